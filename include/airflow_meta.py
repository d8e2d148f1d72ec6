"""Airflow's own metadata database, reached with plain SQLAlchemy: only for erasing a person from it.

Airflow keeps what ops typed: a DAG run's ``conf`` (the rerun DAG once took an email address) and the
``log`` table's ``extra`` (CLI command lines, trigger requests). ``include.privacy`` calls ``scrub`` so an
erasure leaves no address there. Its URL comes from ``include.hooks`` (the one module that imports Airflow).
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import JSON, Engine, Integer, Text, column, create_engine, inspect, select, table, update

PURGED = "<purged>"


def metadata_engine() -> Engine | None:
    """An engine on Airflow's metadata DB, or None when this process is not set up to run under Airflow."""
    from include.hooks import metadata_db_url

    url = metadata_db_url()
    return create_engine(url) if url else None


def _replace(value: Any, pattern: re.Pattern[str]) -> Any:
    """``value`` (JSON) with every match of ``pattern`` in its strings (keys included) replaced."""
    if isinstance(value, str):
        return pattern.sub(PURGED, value)
    if isinstance(value, list):
        return [_replace(v, pattern) for v in value]
    if isinstance(value, dict):
        return {_replace(k, pattern): _replace(v, pattern) for k, v in value.items()}
    return value


def scrub(engine: Engine, emails: list[str]) -> dict[str, int]:
    """Replace ``emails`` (any case) in ``dag_run.conf``, ``dag_run_note.content`` and ``log.extra``."""
    pattern = re.compile("|".join(re.escape(e) for e in sorted(set(emails), key=len, reverse=True)), re.IGNORECASE)
    present = set(inspect(engine).get_table_names())
    counts = {"airflow_dag_runs_scrubbed": 0, "airflow_notes_scrubbed": 0, "airflow_log_rows_scrubbed": 0}
    with engine.begin() as conn:
        if "dag_run" in present:
            dag_run = table("dag_run", column("id", Integer), column("conf", JSON))
            for rid, conf in conn.execute(select(dag_run.c.id, dag_run.c.conf).where(dag_run.c.conf.is_not(None))):
                value = json.loads(conf) if isinstance(conf, str) else conf
                if value is not None and pattern.search(json.dumps(value, ensure_ascii=False)):
                    conn.execute(update(dag_run).where(dag_run.c.id == rid).values(conf=_replace(value, pattern)))
                    counts["airflow_dag_runs_scrubbed"] += 1
        for name, key, text_col, count in (
            ("dag_run_note", "dag_run_id", "content", "airflow_notes_scrubbed"),
            ("log", "id", "extra", "airflow_log_rows_scrubbed"),
        ):
            if name not in present:
                continue
            tbl = table(name, column(key, Integer), column(text_col, Text))
            for rid, text in conn.execute(select(tbl.c[key], tbl.c[text_col]).where(tbl.c[text_col].is_not(None))):
                if pattern.search(text):
                    conn.execute(update(tbl).where(tbl.c[key] == rid).values({text_col: pattern.sub(PURGED, text)}))
                    counts[count] += 1
    return counts
