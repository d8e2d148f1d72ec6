"""Sending the outbox: queued → sending → sent | failed | suppressed, each message at most once.

A message is claimed (``sending``) in its own commit before the provider is called, so two runs
never both send it. A crash after the claim leaves it ``sending``: an idempotent mailer (the local
outbox: one file per key) simply re-sends; for SendGrid, which has no idempotency key, a stale claim is
marked failed for ops to check rather than risk a duplicate.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, or_, select, update

from include.backends.calendar import event_ics
from include.backends.mail import Attachment, MailError, Message
from include.matching.score import explain
from include.notify.render import first_name, render_email
from include.runtime import Runtime
from include.scheduling.book import event_spec
from include.scheduling.choose import format_local
from include.store import tables as t
from include.store.db import audit, upsert
from include.timeutil import as_utc

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
STALE_CLAIM = timedelta(minutes=15)
BOOKING_KINDS = {"consult_booked", "consult_rescheduled", "reminder_24h", "reminder_1h"}
ICS_KINDS = {"consult_booked", "consult_rescheduled", "consult_cancelled"}


def dispatch(
    rt: Runtime, now: datetime, limit: int = 1000, applicant_ids: Sequence[int] | None = None
) -> dict[str, int]:
    """Send up to ``limit`` due messages; returns counts per outcome."""
    o = t.outbox_messages
    query = (
        select(o.c.id, o.c.state)
        .where(or_(o.c.state == "queued", (o.c.state == "sending") & (o.c.claimed_at < now - STALE_CLAIM)))
        .order_by(o.c.id)
        .limit(limit)
    )
    if applicant_ids is not None:
        query = query.where(o.c.applicant_id.in_(list(applicant_ids)))
    with rt.engine.connect() as conn:
        due = conn.execute(query).all()
        suppressed = set(conn.scalars(select(t.suppressions.c.email)))
    counts: Counter[str] = Counter()
    for msg_id, state in due:
        counts[_send_one(rt, msg_id, state, suppressed, now)] += 1
    if counts:
        log.info("dispatch done %s", dict(counts))
    return dict(counts)


def send_internal(rt: Runtime, key: str, kind: str, ctx: dict[str, Any], now: datetime) -> str:
    """Queue and send one staff message (ops report, alert) through the same outbox guarantees."""
    mail = rt.settings.mail
    o = t.outbox_messages
    with rt.engine.begin() as conn:
        upsert(
            conn,
            o,
            {
                "message_key": key,
                "kind": kind,
                "to_email": mail.ops_email,
                "state": "queued",
                "attempts": 0,
                "created_at": now,
            },
            keys=["message_key"],
            update=[],
        )
        row = conn.execute(select(o.c.id, o.c.state).where(o.c.message_key == key)).one()
    if row.state not in {"queued", "sending"}:
        return row.state

    def build(_conn: Connection, _rt: Runtime, msg_row: Any) -> Message:
        rendered = render_email(kind, ctx, mail)
        return Message(
            key=key,
            kind=kind,
            applicant_id=None,
            to_email=mail.ops_email,
            to_name="clerkflow ops",
            subject=rendered.subject,
            html=rendered.html,
            text=rendered.text,
            from_email=mail.from_email,
            from_name=mail.from_name,
            categories=(kind,),
        )

    return _send_one(rt, row.id, row.state, set(), now, build)


def _send_one(rt: Runtime, msg_id: int, state: str, suppressed: set[str], now: datetime, build: Any = None) -> str:
    build = build or build_message
    o = t.outbox_messages
    with rt.engine.begin() as conn:
        claimed = conn.execute(
            update(o)
            .where(o.c.id == msg_id, o.c.state == state)
            .values(state="sending", attempts=o.c.attempts + 1, claimed_at=now)
        ).rowcount
        row = conn.execute(select(o).where(o.c.id == msg_id)).one()
    if claimed != 1:
        return "claimed_elsewhere"
    if state == "sending" and not getattr(rt.backends.mailer, "idempotent", False):
        return _finish(rt, row, "failed", now, error="interrupted while sending; not retried to avoid a duplicate")
    if row.to_email in suppressed:
        return _finish(rt, row, "suppressed", now, error="address is on the suppression list")
    try:
        with rt.engine.connect() as conn:
            message = build(conn, rt, row)
    except LookupError as exc:
        return _finish(rt, row, "failed", now, error=str(exc))
    try:
        result = rt.backends.mailer.send(message)
    except MailError as exc:
        final = exc.permanent or row.attempts >= MAX_ATTEMPTS
        return _finish(rt, row, "failed" if final else "queued", now, error=str(exc))
    return _finish(rt, row, "sent", now, provider_id=result.provider_id, subject=message.subject)


def _finish(rt: Runtime, row: Any, state: str, now: datetime, **values: Any) -> str:
    with rt.engine.begin() as conn:
        extra = {"sent_at": now} if state == "sent" else {}
        conn.execute(
            update(t.outbox_messages).where(t.outbox_messages.c.id == row.id).values(state=state, **values, **extra)
        )
        audit(conn, row.applicant_id, "email", f"{row.kind}:{state}", now, message_key=row.message_key)
    return state


def build_message(conn: Connection, rt: Runtime, row: Any) -> Message:
    """Render outbox row ``row`` from the current facts; LookupError when they are gone."""
    mail = rt.settings.mail
    ap = conn.execute(select(t.applicants).where(t.applicants.c.id == row.applicant_id)).first()
    if ap is None:
        raise LookupError("applicant no longer exists")
    ctx: dict[str, Any] = {"applicant": {"first_name": first_name(ap.full_name), "full_name": ap.full_name}}
    attachments: tuple[Attachment, ...] = ()
    kind = row.kind
    if kind == "application_received":
        ctx |= {"specialties": ap.specialties or [], "preferred_start": ap.preferred_start}
    elif kind in {"cv_needed", "cv_nudge"}:
        ctx |= _cv_context(conn, row)
        ctx["upload_url"] = mail.upload_cv_url
    if row.booking_id:
        booking, spec = _booking_context(conn, rt, row.booking_id, ap.timezone)
        ctx["booking"] = booking
        ctx["rebook_url"] = mail.manage_booking_url
        if kind in ICS_KINDS:
            status = "CANCELLED" if kind == "consult_cancelled" else "CONFIRMED"
            ics = event_ics(spec, spec.booking_id, status=status, meet_link=booking["meet_link"])
            attachments = (Attachment("consultation.ics", ics, "text/calendar"),)
    if kind == "followup":
        ctx["recommendations"] = _recommendations(conn, rt, ap.id)
        ctx["next_steps"] = [
            "Reply to this email with the rotation you would like us to request.",
            "Make sure your CV and USMLE documents are up to date.",
            "Seats are limited; we hold a seat for 7 days once you confirm.",
        ]
    rendered = render_email(kind, ctx, mail)
    return Message(
        key=row.message_key,
        kind=kind,
        applicant_id=ap.id,
        to_email=ap.email,
        to_name=ap.full_name,
        subject=rendered.subject,
        html=rendered.html,
        text=rendered.text,
        from_email=mail.from_email,
        from_name=mail.from_name,
        reply_to=mail.reply_to,
        attachments=attachments,
        categories=(kind,),
        unsubscribe_url=mail.unsubscribe_url or None,
    )


def _cv_context(conn: Connection, row: Any) -> dict[str, Any]:
    p = t.cv_profiles
    prof = conn.execute(select(p.c.status, p.c.error_reason).where(p.c.applicant_id == row.applicant_id)).first()
    status = prof.status if prof else "missing"
    reason = {"missing": "missing", "error": "unreadable", "needs_ocr": "needs_ocr"}.get(status, "missing")
    if status == "missing" and prof and prof.error_reason and "not found" in prof.error_reason.lower():
        reason = "not_found"
    nudge = int(row.message_key.rsplit(":", 1)[-1]) if row.kind == "cv_nudge" else None
    ctx: dict[str, Any] = {"reason": reason, "reason_text": (prof.error_reason if prof else None) or ""}
    if nudge is not None:
        ctx["nudge_number"] = nudge
    return ctx


def _booking_context(conn: Connection, rt: Runtime, bid: str, applicant_tz: str | None) -> tuple[dict[str, Any], Any]:
    b, adv = t.consult_bookings, t.advisors
    row = conn.execute(
        select(b, adv.c.name.label("advisor_name"), adv.c.timezone.label("advisor_tz"))
        .join(adv, adv.c.id == b.c.advisor_id)
        .where(b.c.id == bid)
    ).first()
    if row is None:
        raise LookupError("booking no longer exists")
    tz = applicant_tz or "UTC"
    start = as_utc(row.start_at)
    booking = {
        "advisor_name": row.advisor_name,
        "start_applicant": format_local(start, tz),
        "start_advisor": format_local(start, row.advisor_tz),
        "duration_minutes": int((as_utc(row.end_at) - start).total_seconds() // 60),
        "meet_link": row.meet_link,
        "manage_url": rt.settings.mail.manage_booking_url,
        "previous_start_applicant": format_local(as_utc(row.previous_start_at), tz) if row.previous_start_at else None,
    }
    return booking, event_spec(conn, bid, rt.settings.mail.from_email)


def _recommendations(conn: Connection, rt: Runtime, applicant_id: int) -> list[dict[str, Any]]:
    r, pr = t.recommendations, t.preceptors
    rows = conn.execute(
        select(r.c.score, r.c.components, pr.c.name, pr.c.specialty, pr.c.city, pr.c.state)
        .join(pr, pr.c.id == r.c.preceptor_id)
        .where(r.c.applicant_id == applicant_id)
        .order_by(r.c.rank)
    )
    weights = rt.settings.matching.get("weights")
    return [
        {
            "name": x.name,
            "specialty": x.specialty,
            "city": x.city,
            "state": x.state,
            "score": round(x.score),
            "reasons": explain(x.components, weights),
        }
        for x in rows
    ]
