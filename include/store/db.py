"""Engines, migrations and the portable upsert every stage uses to stay idempotent."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, insert
from sqlalchemy.dialects import postgresql, sqlite

from include.store import tables as t

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys on and a busy timeout for concurrent tasks."""
    if url.startswith("sqlite"):
        db_path = url.split("///", 1)[-1]
        if db_path and db_path != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL: still crash-safe (a power cut can lose only the last commits, never corrupt);
            # FULL would fsync every commit, and stages commit per item to stay idempotent.
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(url: str) -> None:
    """Bring the database at ``url`` to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "head")


def upsert(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]] | Mapping[str, Any],
    keys: Iterable[str],
    update: Iterable[str] | None = None,
) -> None:
    """INSERT … ON CONFLICT(keys) DO UPDATE (or DO NOTHING when ``update`` is empty), on SQLite and PostgreSQL."""
    rows = [rows] if isinstance(rows, Mapping) else list(rows)
    if not rows:
        return
    dialect = conn.dialect.name
    ins = (
        (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
        if dialect
        in {
            "postgresql",
            "sqlite",
        }
        else None
    )
    if ins is None:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)
    keys = list(keys)
    cols = list(update) if update is not None else [c for c in rows[0] if c not in keys]
    if cols:
        stmt = ins.on_conflict_do_update(index_elements=keys, set_={c: ins.excluded[c] for c in cols})
    else:
        stmt = ins.on_conflict_do_nothing(index_elements=keys)
    conn.execute(stmt, rows)


def audit(
    conn: Connection, applicant_id: int | None, stage: str, event_name: str, now: datetime, **detail: Any
) -> None:
    """Append one line to the applicant's audit log. ``detail`` must hold ids and facts, never contact data."""
    audit_many(conn, [(applicant_id, stage, event_name, now, detail)])


def audit_many(conn: Connection, entries: Sequence[tuple[int | None, str, str, datetime, Mapping[str, Any]]]) -> None:
    """``audit`` for a batch, in one statement: (applicant_id, stage, event, at, detail) per line."""
    if not entries:
        return
    rows = [audit_row(aid, stage, name, at, **d) for aid, stage, name, at, d in entries]
    conn.execute(insert(t.audit_log).values(rows) if len(rows) > 1 else insert(t.audit_log).values(rows[0]))


def audit_row(applicant_id: int | None, stage: str, event_name: str, now: datetime, **detail: Any) -> dict[str, Any]:
    """One audit_log row as ``audit`` writes it, for a batch written with one ``insert(t.audit_log)``."""
    detail = json.loads(json.dumps(detail, default=str))
    return {"applicant_id": applicant_id, "at": now, "stage": stage, "event": event_name, "detail": detail}


def fit(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with strings cut to their column's length, so one over-long cell cannot fail a batch on PostgreSQL."""
    out = dict(values)
    for name, value in values.items():
        length = getattr(table.c[name].type, "length", None) if name in table.c else None
        if length and isinstance(value, str) and len(value) > length:
            out[name] = value[:length]
    return out
