"""Status write-back: one row per applicant (id, name, email, status, consult time) for ops' own sheet.

The target (``writeback:`` in the config) is rewritten whole each run, so it must be its own worksheet
or file, never the form responses sheet. Everything goes through ``SheetsBackend.write``, which escapes
cells starting with ``= + - @`` and writes Google Sheets with RAW input: nothing an applicant typed can
run as a formula.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from include.backends.sheets import Table
from include.runtime import Runtime
from include.store import tables as t
from include.timeutil import as_utc, zone

log = logging.getLogger(__name__)

HEADER = ["Applicant ID", "Name", "Email", "Status", "Consult time", "Consult status"]


def status_rows(conn: Connection, ops_tz: str) -> Table:
    """The header and one row per applicant, oldest first; the consult time in the ops time zone."""
    a, b = t.applicants, t.consult_bookings
    tz = zone(ops_tz, "America/New_York")
    rows = conn.execute(
        select(a.c.id, a.c.full_name, a.c.email, a.c.status, b.c.start_at, b.c.status.label("consult"))
        .outerjoin(b, b.c.applicant_id == a.c.id)
        .order_by(a.c.id)
    )
    table: Table = [[*HEADER[:4], f"{HEADER[4]} ({tz.key})", HEADER[5]]]
    for r in rows:
        when = "" if r.start_at is None else as_utc(r.start_at).astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")
        table.append([str(r.id), r.full_name, r.email, r.status, when, r.consult or ""])
    return table


def write_statuses(rt: Runtime, now: datetime) -> dict[str, Any]:
    """Write the status table to the configured target; a no-op (``configured: False``) without one."""
    target = rt.settings.writeback
    if target is None:
        return {"configured": False, "rows_written": 0}
    with rt.engine.connect() as conn:
        table = status_rows(conn, rt.settings.ops_timezone)
    rt.backends.sheets.write(target, table)
    log.info("writeback kind=%s rows=%d", target.kind, len(table) - 1)
    return {"configured": True, "kind": target.kind, "rows_written": len(table) - 1, "at": now.isoformat()}
