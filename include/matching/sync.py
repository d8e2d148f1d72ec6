"""Roster sync: the preceptor sheet → the preceptors table, with a history of changes in the audit log.

Bad rows go to quarantine with their reason (ops see them in the nightly report); preceptors that left
the sheet are deactivated, never deleted, because recommendations and history point at them.

History: every added, changed, deactivated or reactivated preceptor is one audit-log line (stage
"roster", no applicant), a change listing each changed field as ``[old, new]``. The preceptor's name
is personal data: a renamed preceptor shows ``name`` as changed, without the values.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from include.matching.roster import normalize_preceptor
from include.runtime import Runtime
from include.scheduling.advisors import load_advisors, sync_advisors
from include.store import tables as t
from include.store.db import audit, upsert
from include.tabular import content_hash, iter_rows

log = logging.getLogger(__name__)


def sync_roster(rt: Runtime, now: datetime) -> dict[str, int]:
    """Upsert changed preceptors, quarantine bad rows, deactivate the missing; then sync advisors."""
    source = rt.settings.roster
    rows = list(iter_rows(rt.backends.sheets.read(source), source))
    counts: Counter[str] = Counter(rows=len(rows))
    pr = t.preceptors
    with rt.engine.begin() as conn:
        known = dict(conn.execute(select(pr.c.id, pr.c.content_hash)).all())
        active = set(conn.scalars(select(pr.c.id).where(pr.c.active)))
        bad = set(conn.scalars(select(t.quarantine.c.content_hash).where(t.quarantine.c.kind == "roster")))
        seen: set[str] = set()
        for row in rows:
            record, reason = normalize_preceptor(row.fields)
            if record is not None and record["id"] in seen:
                record, reason = None, f"duplicate preceptor id {record['id']}"
            if record is None:
                counts["rejected"] += 1
                if row.content_hash not in bad:
                    bad.add(row.content_hash)
                    conn.execute(
                        insert(t.quarantine).values(
                            kind="roster",
                            source=source.name,
                            row_number=row.row_number,
                            content_hash=row.content_hash,
                            raw=row.raw,
                            reason=reason or "unreadable row",
                            created_at=now,
                        )
                    )
                continue
            seen.add(record["id"])
            digest = content_hash({k: str(v) for k, v in record.items()})
            pid = record["id"]
            if known.get(pid) == digest:
                if pid not in active:
                    conn.execute(update(pr).where(pr.c.id == pid).values(active=True, updated_at=now))
                    audit(conn, None, "roster", "reactivated", now, preceptor_id=pid)
                    counts["reactivated"] += 1
                else:
                    counts["unchanged"] += 1
                continue
            changes = _changes(conn, record) if pid in known else {}
            upsert(conn, pr, {**record, "active": True, "content_hash": digest, "updated_at": now}, keys=["id"])
            event = "changed" if pid in known else "added"
            counts[event] += 1
            if pid in known and pid not in active:
                changes["active"] = [False, True]
            audit(conn, None, "roster", event, now, preceptor_id=pid, **({"changes": changes} if changes else {}))
        gone = sorted(pid for pid in active if pid not in seen)
        if gone:
            conn.execute(update(pr).where(pr.c.id.in_(gone)).values(active=False, updated_at=now))
            for pid in gone:
                audit(conn, None, "roster", "deactivated", now, preceptor_id=pid)
            counts["deactivated"] = len(gone)
        counts["advisors"] = sync_advisors(conn, load_advisors(rt.settings.advisors_path))
    log.info("roster sync %s", dict(counts))
    return dict(counts)


def _changes(conn: Connection, record: dict[str, Any]) -> dict[str, list[Any]]:
    """Each field whose stored value differs from ``record``'s, as [old, new] (the name's values withheld)."""
    old = conn.execute(select(t.preceptors).where(t.preceptors.c.id == record["id"])).one()._mapping
    changes: dict[str, list[Any]] = {}
    for field, new in record.items():
        if old[field] != new:
            changes[field] = ["(withheld)", "(withheld)"] if field == "name" else [old[field], new]
    return changes
