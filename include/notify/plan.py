"""Which messages are due, as outbox rows. Run as often as you like: the message key makes it idempotent.

Keys name the fact that triggers the message (``consult_booked:<booking>``, ``reminder_24h:<booking>:<seq>``),
so a retry, a re-run or an overlapping run inserts nothing new. Reminder windows end well before the
call, so a late run never sends the 24 h reminder 30 minutes before it; a missed run inside the window
catches up.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from include.store import tables as t
from include.store.db import upsert
from include.timeutil import as_utc

REMINDER_WINDOWS = {
    "reminder_24h": (timedelta(hours=24), timedelta(hours=2)),
    "reminder_1h": (timedelta(hours=1), timedelta(minutes=10)),
}
NUDGE_AFTER = (timedelta(days=2), timedelta(days=5))
CV_PROBLEMS = ("missing", "error", "needs_ocr")


def plan_messages(conn: Connection, now: datetime, applicant_ids: list[int] | None = None) -> dict[str, int]:
    """Queue every message that is due now; returns how many were newly queued per kind."""
    a, p, b = t.applicants, t.cv_profiles, t.consult_bookings
    wanted: list[dict[str, Any]] = []

    def want(kind: str, key: str, applicant_id: int, email: str, booking_id: str | None = None) -> None:
        wanted.append(
            {
                "message_key": key,
                "applicant_id": applicant_id,
                "kind": kind,
                "booking_id": booking_id,
                "to_email": email,
                "state": "queued",
                "attempts": 0,
                "created_at": now,
            }
        )

    scope = (lambda q: q.where(a.c.id.in_(applicant_ids))) if applicant_ids is not None else (lambda q: q)
    for row in conn.execute(scope(select(a.c.id, a.c.email))):
        want("application_received", f"application_received:{row.id}", row.id, row.email)

    cv_rows = conn.execute(
        scope(
            select(a.c.id, a.c.email, a.c.created_at, p.c.document_id)
            .join(p, p.c.applicant_id == a.c.id)
            .where(p.c.status.in_(CV_PROBLEMS))
        )
    )
    for row in cv_rows:
        want("cv_needed", f"cv_needed:{row.id}:{row.document_id or 'none'}", row.id, row.email)
        if row.document_id is None:
            for n, after in enumerate(NUDGE_AFTER, start=1):
                if now - as_utc(row.created_at) >= after:
                    want("cv_nudge", f"cv_nudge:{row.id}:{n}", row.id, row.email)

    bookings = conn.execute(
        scope(
            select(a.c.id, a.c.email, b.c.id.label("booking_id"), b.c.status, b.c.start_at, b.c.sequence).join(
                b, b.c.applicant_id == a.c.id
            )
        )
    )
    for row in bookings:
        bid, seq, start = row.booking_id, row.sequence, as_utc(row.start_at)
        if row.status == "booked":
            if seq == 0:
                want("consult_booked", f"consult_booked:{bid}", row.id, row.email, bid)
            else:
                want("consult_rescheduled", f"consult_rescheduled:{bid}:{seq}", row.id, row.email, bid)
            for kind, (opens, closes) in REMINDER_WINDOWS.items():
                if start - opens <= now < start - closes:
                    want(kind, f"{kind}:{bid}:{seq}", row.id, row.email, bid)
        elif row.status == "done":
            want("followup", f"followup:{bid}", row.id, row.email, bid)
        elif row.status == "no_show":
            want("no_show", f"no_show:{bid}", row.id, row.email, bid)
        elif row.status == "cancelled":
            want("consult_cancelled", f"consult_cancelled:{bid}:{seq}", row.id, row.email, bid)

    if not wanted:
        return {}
    o = t.outbox_messages
    keys = select(o.c.message_key)
    if applicant_ids is not None:
        keys = keys.where(o.c.applicant_id.in_(applicant_ids))
    existing = set(conn.scalars(keys))
    new = [w for w in wanted if w["message_key"] not in existing]
    for start in range(0, len(new), 500):
        upsert(conn, t.outbox_messages, new[start : start + 500], keys=["message_key"], update=[])
    return dict(Counter(w["kind"] for w in new))
