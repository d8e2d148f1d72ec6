"""Which messages are due, as outbox rows. Run as often as you like: the message key makes it idempotent.

Keys name the fact that triggers the message (``consult_booked:<booking>``, ``reminder_24h:<booking>:<seq>``),
so a retry, a re-run or an overlapping run inserts nothing new.

Reminders: a reminder is due from ``start - opens`` until ``start - closes`` (absolute UTC, so DST in
either zone cannot shift it). A late run never sends the 24 h reminder in the last 12 hours (the 1 h one
covers that) and a run missed inside the window catches up. A reminder whose window had already opened
when the confirmation (or the reschedule notice) was queued is skipped: that message was the reminder.

CV nudges count from the latest "CV needed" message, at most two ever, and one run queues at most one
(a run missed for days sends the last-reminder nudge, not both).

Offers (``booking.mode: offer``): ``consult_offer:<applicant>:<send>`` while the offer is open, and one
``offer_reminder:<applicant>:<send>`` from the offer's ``remind_at`` (not when the offer itself was queued
after that time: it was the reminder). A resend by ops is a new send, so a new pair of keys.

Advisors: one brief per booking (``advisor_brief:<booking>:<seq>``, re-queued at the new sequence only if
no brief could have reached them before a move). Once a brief may have reached the advisor (sent, being
sent, or failed with an unknown outcome), each later change is a notice: ``advisor_rescheduled:<booking>:
<seq>`` or ``advisor_cancelled:<booking>:<seq>``, each with the invitation's update or cancellation.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from include.config import PlacementsConfig
from include.placements import messages as placement_messages
from include.store import tables as t
from include.store.db import upsert
from include.timeutil import as_utc

REMINDER_WINDOWS = {
    "reminder_24h": (timedelta(hours=24), timedelta(hours=12)),
    "reminder_1h": (timedelta(hours=1), timedelta(minutes=10)),
}
NUDGE_AFTER = (timedelta(days=2), timedelta(days=5))
CV_PROBLEMS = ("missing", "error", "needs_ocr")
BATCH = 500  # rows per INSERT
OFFER_OPEN = ("offered", "opened")  # offers still waiting for the applicant's pick
# An advisor's brief in one of these states may have reached them: later changes come as notices.
TOLD_STATES = frozenset({"sent", "sending", "failed"})


def reminder_due(kind: str, start: datetime, now: datetime) -> bool:
    """Is ``now`` inside ``kind``'s window before a call starting at ``start``?"""
    opens, closes = REMINDER_WINDOWS[kind]
    return start - opens <= now < start - closes


def plan_messages(
    conn: Connection,
    now: datetime,
    applicant_ids: list[int] | None = None,
    placements: PlacementsConfig | None = None,
) -> dict[str, int]:
    """Queue every message that is due now; returns how many were newly queued per kind."""
    new = due_messages(conn, now, applicant_ids, placements)
    for i in range(0, len(new), BATCH):
        upsert(conn, t.outbox_messages, new[i : i + BATCH], keys=["message_key"], update=[])
    return dict(Counter(w["kind"] for w in new))


def due_messages(
    conn: Connection,
    now: datetime,
    applicant_ids: list[int] | None = None,
    placements: PlacementsConfig | None = None,
) -> list[dict[str, Any]]:
    """The outbox rows ``plan_messages`` would insert now (not yet queued), without writing anything."""
    a, p, b, o = t.applicants, t.cv_profiles, t.consult_bookings, t.outbox_messages
    scope = (lambda q: q.where(a.c.id.in_(applicant_ids))) if applicant_ids is not None else (lambda q: q)
    keys = select(o.c.message_key, o.c.created_at, o.c.state)
    if applicant_ids is not None:
        keys = keys.where(o.c.applicant_id.in_(applicant_ids))
    queued_at: dict[str, datetime] = {}
    briefs: dict[str, list[tuple[int, str]]] = {}  # booking id -> (sequence, state) of its advisor briefs
    for key, at, state in conn.execute(keys):
        queued_at[key] = as_utc(at)
        if key.startswith("advisor_brief:"):
            _, bid, seq = key.split(":")
            briefs.setdefault(bid, []).append((int(seq), state))
    wanted: dict[str, dict[str, Any]] = {}

    def want(kind: str, key: str, applicant_id: int, email: str, booking_id: str | None = None) -> None:
        if key in queued_at or key in wanted:
            return
        wanted[key] = {
            "message_key": key,
            "applicant_id": applicant_id,
            "kind": kind,
            "booking_id": booking_id,
            "to_email": email,
            "state": "queued",
            "attempts": 0,
            "created_at": now,
        }

    def told_at(key: str) -> datetime:
        return queued_at.get(key, now)

    for row in conn.execute(scope(select(a.c.id, a.c.email))):
        want("application_received", f"application_received:{row.id}", row.id, row.email)

    # Offer mode: the link to pick a time (one per send: ops' resend is a new send), then one reminder.
    off = t.consult_offers
    booked = select(b.c.id).where(b.c.applicant_id == a.c.id, b.c.status.in_(("pending", "booked"))).exists()
    offers = conn.execute(
        scope(
            select(a.c.id, a.c.email, off.c.sends, off.c.remind_at)
            .join(off, off.c.applicant_id == a.c.id)
            .where(off.c.state.in_(OFFER_OPEN), ~booked)  # booked meanwhile (a rerun): no link to pick
        )
    )
    for row in offers:
        offer_key = f"consult_offer:{row.id}:{row.sends}"
        want("consult_offer", offer_key, row.id, row.email)
        if now >= as_utc(row.remind_at) and told_at(offer_key) < as_utc(row.remind_at):
            want("offer_reminder", f"offer_reminder:{row.id}:{row.sends}", row.id, row.email)

    cv_rows = conn.execute(
        scope(
            select(a.c.id, a.c.email, p.c.document_id)
            .join(p, p.c.applicant_id == a.c.id)
            .where(p.c.status.in_(CV_PROBLEMS))
        )
    )
    asked: dict[int, datetime] = {}
    for key, at in queued_at.items():
        if key.startswith("cv_needed:"):
            aid = int(key.split(":")[1])
            asked[aid] = max(at, asked.get(aid, at))
    for row in cv_rows:
        key = f"cv_needed:{row.id}:{row.document_id or 'none'}"
        want("cv_needed", key, row.id, row.email)
        since = now if key not in queued_at else asked[row.id]
        due = [n for n, after in enumerate(NUDGE_AFTER, start=1) if now - since >= after]
        if due and not any(f"cv_nudge:{row.id}:{n}" in queued_at for n in range(due[-1], len(NUDGE_AFTER) + 1)):
            want("cv_nudge", f"cv_nudge:{row.id}:{due[-1]}", row.id, row.email)

    bookings = conn.execute(
        scope(
            select(
                a.c.id,
                a.c.email,
                b.c.id.label("booking_id"),
                b.c.status,
                b.c.start_at,
                b.c.sequence,
                t.advisors.c.email.label("advisor_email"),
            )
            .join(b, b.c.applicant_id == a.c.id)
            .join(t.advisors, t.advisors.c.id == b.c.advisor_id)
        )
    )
    for row in bookings:
        bid, seq, start = row.booking_id, row.sequence, as_utc(row.start_at)
        if row.status == "booked":
            notice = f"consult_booked:{bid}" if seq == 0 else f"consult_rescheduled:{bid}:{seq}"
            want(notice.split(":", 1)[0], notice, row.id, row.email, bid)
            # the brief stays off the shared calendar event: only the advisor gets it
            told = [s for s, state in briefs.get(bid, []) if state in TOLD_STATES]
            if told and seq > max(told):
                want("advisor_rescheduled", f"advisor_rescheduled:{bid}:{seq}", row.id, row.advisor_email, bid)
            elif not told:
                want("advisor_brief", f"advisor_brief:{bid}:{seq}", row.id, row.advisor_email, bid)
            for kind, (opens, _closes) in REMINDER_WINDOWS.items():
                if reminder_due(kind, start, now) and told_at(notice) < start - opens:
                    want(kind, f"{kind}:{bid}:{seq}", row.id, row.email, bid)
        elif row.status == "done":
            want("followup", f"followup:{bid}", row.id, row.email, bid)
        elif row.status == "no_show":
            want("no_show", f"no_show:{bid}", row.id, row.email, bid)
        elif row.status == "cancelled":
            want("consult_cancelled", f"consult_cancelled:{bid}:{seq}", row.id, row.email, bid)
            if any(state in TOLD_STATES for _, state in briefs.get(bid, [])):
                want("advisor_cancelled", f"advisor_cancelled:{bid}:{seq}", row.id, row.advisor_email, bid)
    placement_messages.due(conn, now, placements or PlacementsConfig(), set(queued_at), want, applicant_ids)
    return list(wanted.values())
