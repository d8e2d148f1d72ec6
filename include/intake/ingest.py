"""Intake: every configured source → one applicant per email; bad rows quarantined with a reason.

Incremental by row content hash: an unchanged row is skipped, an edited row is a new submission that
merges into the same applicant. The newest submission wins for each field it fills; older ones only
fill gaps. Each row is its own savepoint, so one unstorable row cannot sink the batch.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from include.intake.normalize import normalize_application
from include.runtime import Runtime
from include.store import tables as t
from include.store.db import audit, fit
from include.tabular import SourceRow, iter_rows
from include.timeutil import as_utc

log = logging.getLogger(__name__)


def ingest(rt: Runtime, now: datetime) -> dict[str, int]:
    """Read every source once and store what is new. Returns counts (no personal data)."""
    counts: Counter[str] = Counter()
    for source in rt.settings.sources:
        table = rt.backends.sheets.read(source)
        rows = list(iter_rows(table, source))
        with rt.engine.begin() as conn:
            seen = set(
                conn.scalars(select(t.raw_submissions.c.content_hash).where(t.raw_submissions.c.source == source.name))
            )
            for row in rows:
                counts["rows"] += 1
                if row.content_hash in seen:
                    counts["unchanged"] += 1
                    continue
                seen.add(row.content_hash)
                try:
                    with conn.begin_nested():
                        counts[_store_row(conn, rt, source.name, row, now)] += 1
                except SQLAlchemyError as exc:
                    with conn.begin_nested():
                        _quarantine(
                            conn, source.name, row, f"could not store the row: {type(exc.orig or exc).__name__}", now
                        )
                    counts["rejected"] += 1
        log.info("intake source=%s rows=%d", source.name, len(rows))
    log.info("intake done %s", dict(counts))
    return dict(counts)


def _store_row(conn: Connection, rt: Runtime, source: str, row: SourceRow, now: datetime) -> str:
    result = normalize_application(row.fields, now.date(), source_tz=rt.settings.ops_timezone)
    if result.reject_reason:
        _quarantine(conn, source, row, result.reject_reason, now)
        return "rejected"
    applicant_id, outcome = _merge(conn, result.values, result.warnings, now)
    conn.execute(
        insert(t.raw_submissions).values(
            source=source,
            row_number=row.row_number,
            content_hash=row.content_hash,
            raw=row.raw,
            applicant_id=applicant_id,
            outcome="accepted",
            ingested_at=now,
        )
    )
    audit(conn, applicant_id, "intake", outcome, now, source=source, row=row.row_number, warnings=len(result.warnings))
    return outcome


def _quarantine(conn: Connection, source: str, row: SourceRow, reason: str, now: datetime) -> None:
    conn.execute(
        insert(t.raw_submissions).values(
            source=source,
            row_number=row.row_number,
            content_hash=row.content_hash,
            raw=row.raw,
            outcome="rejected",
            ingested_at=now,
        )
    )
    conn.execute(
        insert(t.quarantine).values(
            kind="application",
            source=source,
            row_number=row.row_number,
            content_hash=row.content_hash,
            raw=row.raw,
            reason=reason,
            created_at=now,
        )
    )


def _merge(conn: Connection, values: dict[str, Any], warnings: list[str], now: datetime) -> tuple[int, str]:
    """Insert the applicant or merge this submission into the one with the same email."""
    a = t.applicants
    values = fit(a, values)
    existing = conn.execute(select(a).where(a.c.email == values["email"])).first()
    if existing is None:
        new_id = conn.execute(
            insert(a)
            .values(**values, warnings=warnings, status="new", created_at=now, updated_at=now)
            .returning(a.c.id)
        ).scalar_one()
        return new_id, "created"
    submitted = values.get("submitted_at")
    newer = existing.submitted_at is None or (submitted is not None and submitted >= as_utc(existing.submitted_at))
    changes: dict[str, Any] = {}
    for col, value in values.items():
        if value in (None, "", []):
            continue
        if (newer or getattr(existing, col) in (None, "", [])) and getattr(existing, col) != value:
            changes[col] = value
    if newer:
        changes["warnings"] = warnings
    if not changes:
        return existing.id, "unchanged"
    conn.execute(update(a).where(a.c.id == existing.id).values(**changes, updated_at=now))
    return existing.id, "merged"
