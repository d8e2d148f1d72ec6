"""Quarantined application rows, listed and re-read on demand (after a config or normalizer fix).

A replay reads the stored raw row again with the source's *current* mapping and normalizer: a row that
now passes merges into its applicant like any new submission and leaves quarantine; one that still fails
stays, with the newest reason. Listing shows source, row and reason only, never the row's values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from include.config import ConfigError
from include.intake.ingest import IntakeSummary, Submission, _normalize, store_submissions
from include.runtime import Runtime
from include.store import tables as t
from include.store.locks import named_lock
from include.tabular import SourceRow, column_map, mapping_key


def list_quarantined(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    """Quarantined application rows, newest first: id, source, row, reason, when (no personal data)."""
    q = t.quarantine
    rows = conn.execute(
        select(q.c.id, q.c.source, q.c.row_number, q.c.reason, q.c.created_at)
        .where(q.c.kind == "application")
        .order_by(q.c.created_at.desc(), q.c.id.desc())
        .limit(limit)
    )
    return [dict(r._mapping) for r in rows]


def replay_quarantined(rt: Runtime, now: datetime, ids: Sequence[int] | None = None) -> dict[str, Any]:
    """Re-read quarantined rows (all, or the given quarantine ids). Returns counts only."""
    q = t.quarantine
    sources = {s.name: (i, s) for i, s in enumerate(rt.settings.sources)}
    out: dict[str, Any] = {"replayed": 0, "accepted": 0, "still_rejected": 0, "source_not_configured": 0}
    with named_lock(rt.engine, "stage", "intake"):
        query = select(q).where(q.c.kind == "application").order_by(q.c.id)
        if ids is not None:
            query = query.where(q.c.id.in_(list(ids)))
        with rt.engine.connect() as conn:
            stored = conn.execute(query).all()
        subs: list[Submission] = []
        for r in stored:
            found = sources.get(r.source)
            if found is None:
                out["source_not_configured"] += 1
                continue
            index, source = found
            header = list(r.raw)
            try:
                columns = column_map(header, source)
            except ConfigError:
                columns = _loose_columns(header, source)
            fields = {f: str(r.raw[header[i]]) for f, i in columns.items()}
            row = SourceRow(r.row_number, dict(r.raw), fields, r.content_hash, mapping_key(header, columns, source))
            subs.append(_normalize(index, r.source, row, now.date(), rt.settings.ops_timezone))
        summary = IntakeSummary()
        store_submissions(rt, subs, now, summary)
    out["replayed"] = len(subs)
    out["accepted"] = summary.accepted
    out["still_rejected"] = summary.rejected
    out["rejected_by_reason"] = dict(sorted(summary.rejected_by_reason.items()))
    return out


def _loose_columns(header: list[str], source: Any) -> dict[str, int]:
    """The columns that are there when a required one is missing: the row is then rejected for what it lacks."""
    from dataclasses import replace

    return column_map(header, replace(source, required=()))
