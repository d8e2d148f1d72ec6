"""Roster sync: the preceptor sheet → the preceptors table, with a history of changes in the audit log.

Bad rows go to quarantine with their reason (ops see them in the nightly report); preceptors that left
the sheet are deactivated, never deleted, because recommendations and history point at them.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime

from sqlalchemy import insert, select, update

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
            if known.get(record["id"]) == digest:
                counts["unchanged"] += 1
                continue
            upsert(conn, pr, {**record, "active": True, "content_hash": digest, "updated_at": now}, keys=["id"])
            counts["added" if record["id"] not in known else "changed"] += 1
            audit(
                conn,
                None,
                "roster",
                "added" if record["id"] not in known else "changed",
                now,
                preceptor_id=record["id"],
            )
        gone = [pid for pid in known if pid not in seen]
        if gone:
            conn.execute(update(pr).where(pr.c.id.in_(gone), pr.c.active).values(active=False, updated_at=now))
            counts["deactivated"] = len(gone)
        counts["advisors"] = sync_advisors(conn, load_advisors(rt.settings.advisors_path))
    log.info("roster sync %s", dict(counts))
    return dict(counts)
