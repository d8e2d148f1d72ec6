"""Sending the outbox: queued → sending → sent | failed | suppressed | skipped, each message at most once.

A message is claimed (``sending``) in its own commit before the provider is called, so two runs never
both send it. Outcomes the provider cannot make undone are final:

- a crash after the claim leaves the row ``sending``; once the claim is ``STALE_CLAIM`` old, an idempotent
  mailer (the local outbox: one file per key) sends again, SendGrid (no idempotency key) marks it
  ``failed`` for ops to check in the SendGrid activity feed rather than risk a duplicate;
- a lost answer (``MailError.maybe_sent``) is handled the same way, at once;
- a refused address (4xx) is ``failed`` with SendGrid's reason; a 429/5xx that outlasted the client's
  backoff is ``queued`` again for the next run (up to ``MAX_ATTEMPTS``) and ends this run's batch, so an
  outage is not hammered once per message;
- a message whose trigger is gone (booking cancelled or moved, CV arrived, reminder window closed) is
  ``skipped``; an address on the suppression list is ``suppressed``.

Throughput: one mail/send request per message, sent one after another by a task in the Airflow pool
``sendgrid_api`` (2 slots: the reminders, process and nightly DAGs share them). A run sends at most
``BATCH_LIMIT`` messages (about 1–2 minutes at SendGrid's usual 50–100 ms per request); the reminders
DAG runs every 15 minutes, so the rest follow in the next run.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from jinja2 import TemplateError
from sqlalchemy import Connection, func, or_, select, update

from include.backends.calendar import event_ics
from include.backends.mail import Attachment, MailError, Message
from include.matching.score import explain
from include.notify.plan import CV_PROBLEMS, REMINDER_WINDOWS
from include.notify.render import first_name, plain, render_email
from include.runtime import Runtime
from include.scheduling.book import advisor_brief, event_spec
from include.scheduling.choose import format_local
from include.store import tables as t
from include.store.db import audit, upsert
from include.timeutil import as_utc

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
STALE_CLAIM = timedelta(minutes=15)
BATCH_LIMIT = 1000
BOOKING_KINDS = frozenset(
    {
        "consult_booked",
        "consult_rescheduled",
        "consult_cancelled",
        "reminder_24h",
        "reminder_1h",
        "followup",
        "no_show",
        "advisor_brief",
    }
)
ICS_KINDS = frozenset({"consult_booked", "consult_rescheduled", "consult_cancelled"})
BOOKING_STATUS = {
    "consult_booked": "booked",
    "consult_rescheduled": "booked",
    "reminder_24h": "booked",
    "reminder_1h": "booked",
    "consult_cancelled": "cancelled",
    "followup": "done",
    "no_show": "no_show",
    "advisor_brief": "booked",
}
NEXT_STEPS = (
    "Reply to this email with the rotation you would like us to request.",
    "Make sure your CV and USMLE documents are up to date.",
    "Seats are limited; we hold a seat for 7 days once you confirm.",
)
UNKNOWN_OUTCOME = (
    "outcome unknown: the provider may have accepted it before the answer was lost; not re-sent to avoid a "
    "duplicate (check the provider's activity for this message key, then re-queue if it never arrived)"
)
Build = Callable[[Connection, Runtime, Any, datetime], Message]


def dispatch(
    rt: Runtime, now: datetime, limit: int = BATCH_LIMIT, applicant_ids: Sequence[int] | None = None
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
        suppressed = set(conn.scalars(select(func.lower(t.suppressions.c.email))))
    counts: Counter[str] = Counter()
    claimed: Any = None
    for i, (msg_id, state) in enumerate(due):
        following = due[i + 1] if i + 1 < len(due) else None
        outcome, claimed = _send_one(rt, msg_id, state, suppressed, now, claimed=claimed, then=following)
        counts[outcome] += 1
        if outcome == "retry":
            counts["deferred"] += len(due) - i - 1
            break
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
        row = conn.execute(select(o.c.id, o.c.state, o.c.claimed_at).where(o.c.message_key == key)).one()
    if row.state not in {"queued", "sending"}:
        return row.state
    if row.state == "sending" and as_utc(row.claimed_at) >= now - STALE_CLAIM:
        return "claimed_elsewhere"

    def build(_conn: Connection, _rt: Runtime, _row: Any, _now: datetime) -> Message:
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
            internal=True,
        )

    outcome, _ = _send_one(rt, row.id, row.state, set(), now, build)
    return "queued" if outcome == "retry" else outcome


def _send_one(
    rt: Runtime,
    msg_id: int,
    state: str,
    suppressed: set[str],
    now: datetime,
    build: Build | None = None,
    claimed: Any = None,
    then: tuple[int, str] | None = None,
) -> tuple[str, Any]:
    """Claim (unless ``claimed`` already holds the claim's outcome), build, send and finish one message.

    The finishing commit also claims ``then`` (the next message's id and state) and returns that claim,
    so a batch costs one commit per message while each message is still claimed before it is built.
    """
    if claimed is None:
        with rt.engine.begin() as conn:
            claimed = _claim(conn, msg_id, state, now) or _ELSEWHERE
    if claimed is _ELSEWHERE:
        return "claimed_elsewhere", None
    row = claimed
    mailer = rt.backends.mailer
    if state == "sending" and not mailer.idempotent:
        return _finish(rt, row, "failed", now, then, error="interrupted while sending; " + UNKNOWN_OUTCOME)
    if row.to_email.lower() in suppressed:
        return _finish(rt, row, "suppressed", now, then, error="address is on the suppression list")
    try:
        with rt.engine.connect() as conn:
            stale = no_longer_due(conn, row, now) if build is None else None
            message = None if stale else (build or build_message)(conn, rt, row, now)
    except (LookupError, TemplateError, ValueError) as exc:
        # A message that cannot be rendered now will not render on a retry either: ops must look.
        return _finish(rt, row, "failed", now, then, error=f"cannot render: {type(exc).__name__}: {exc}"[:500])
    if message is None:
        return _finish(rt, row, "skipped", now, then, error=stale)
    try:
        result = mailer.send(message)
    except MailError as exc:
        if exc.maybe_sent and not mailer.idempotent:
            return _finish(rt, row, "failed", now, then, error=f"{exc}; {UNKNOWN_OUTCOME}")
        if exc.permanent or row.attempts >= MAX_ATTEMPTS:
            return _finish(rt, row, "failed", now, then, error=str(exc))
        _finish(rt, row, "queued", now, error=str(exc))  # the batch ends here: nothing more is claimed
        return "retry", None
    return _finish(rt, row, "sent", now, then, provider_id=result.provider_id, subject=message.subject, error=None)


_ELSEWHERE = object()  # a claim another run holds


def _claim(conn: Connection, msg_id: int, state: str, now: datetime) -> Any | None:
    """Take message ``msg_id`` if it is still in ``state``: its row after the claim, or None."""
    o = t.outbox_messages
    claimable = o.c.state == state
    if state == "sending":  # only a stale claim: a live one belongs to a run still in progress
        claimable &= o.c.claimed_at < now - STALE_CLAIM
    return conn.execute(
        update(o)
        .where(o.c.id == msg_id, claimable)
        .values(state="sending", attempts=o.c.attempts + 1, claimed_at=now)
        .returning(*o.c)
    ).first()


def _finish(
    rt: Runtime, row: Any, state: str, now: datetime, then: tuple[int, str] | None = None, **values: Any
) -> tuple[str, Any]:
    """Record ``row``'s outcome; in the same commit claim ``then`` (returned: its row or ``_ELSEWHERE``)."""
    with rt.engine.begin() as conn:
        extra = {"sent_at": now} if state == "sent" else {}
        conn.execute(
            update(t.outbox_messages).where(t.outbox_messages.c.id == row.id).values(state=state, **values, **extra)
        )
        audit(conn, row.applicant_id, "email", f"{row.kind}:{state}", now, message_key=row.message_key)
        following = None if then is None else _claim(conn, *then, now) or _ELSEWHERE
    return state, following


def no_longer_due(conn: Connection, row: Any, now: datetime) -> str | None:
    """Why the fact behind a queued message no longer holds (None: still due), checked just before sending."""
    kind, parts = row.kind, row.message_key.split(":")
    if kind in BOOKING_KINDS:
        b = t.consult_bookings
        booking = conn.execute(select(b.c.status, b.c.sequence, b.c.start_at).where(b.c.id == row.booking_id)).first()
        if booking is None:
            return "booking no longer exists"
        if booking.status != BOOKING_STATUS[kind]:
            return f"booking is {booking.status} now"
        sequenced = kind in REMINDER_WINDOWS or kind in {"consult_rescheduled", "consult_cancelled", "advisor_brief"}
        if sequenced and int(parts[-1]) != booking.sequence:
            return "booking was moved since"
        if kind in REMINDER_WINDOWS and now >= as_utc(booking.start_at) - REMINDER_WINDOWS[kind][1]:
            return "reminder window closed"
    elif kind in {"cv_needed", "cv_nudge"}:
        p = t.cv_profiles
        prof = conn.execute(select(p.c.status, p.c.document_id).where(p.c.applicant_id == row.applicant_id)).first()
        if prof is None or prof.status not in CV_PROBLEMS:
            return "CV is no longer needed"
        if kind == "cv_needed" and parts[-1] != str(prof.document_id or "none"):
            return "a newer CV was received since"
    return None


def build_message(conn: Connection, rt: Runtime, row: Any, now: datetime | None = None) -> Message:
    """Render outbox row ``row`` from the current facts; LookupError when they are gone."""
    mail = rt.settings.mail
    ap = conn.execute(select(t.applicants).where(t.applicants.c.id == row.applicant_id)).first()
    if ap is None:
        raise LookupError("applicant no longer exists")
    ctx: dict[str, Any] = {"applicant": {"first_name": first_name(ap.full_name), "full_name": ap.full_name}}
    link = rt.backends.mailer.unsubscribe_link
    if link:
        ctx["brand"] = {"unsubscribe_url": link}
    attachments: tuple[Attachment, ...] = ()
    kind = row.kind
    if kind == "application_received":
        ctx |= {"specialties": ap.specialties or [], "preferred_start": _month(ap.preferred_start)}
    elif kind in {"cv_needed", "cv_nudge"}:
        ctx |= _cv_context(conn, row)
        ctx["upload_url"] = mail.upload_cv_url
    if kind in BOOKING_KINDS:
        if not row.booking_id:
            raise LookupError(f"{kind} needs a consultation booking")
        booking, spec = _booking_context(conn, rt, row.booking_id, ap.timezone, now or row.created_at)
        ctx["booking"] = booking
        ctx["previous_start_applicant"] = booking["previous_start_applicant"]
        ctx["rebook_url"] = mail.manage_booking_url
        if kind in ICS_KINDS:
            status = "CANCELLED" if kind == "consult_cancelled" else "CONFIRMED"
            ics = event_ics(spec, spec.booking_id, status=status, meet_link=booking["meet_link"])
            attachments = (Attachment("consultation.ics", ics, "text/calendar"),)
    if kind == "followup":
        ctx["recommendations"] = _recommendations(conn, rt, ap.id)
        ctx["next_steps"] = list(NEXT_STEPS)
    to_email, to_name = ap.email, ap.full_name
    if kind == "advisor_brief":  # to the advisor, not the applicant
        b, adv = t.consult_bookings, t.advisors
        to_email = conn.scalar(select(adv.c.email).join(b, b.c.advisor_id == adv.c.id).where(b.c.id == row.booking_id))
        to_name = ctx["booking"]["advisor_name"]
        ctx |= {"advisor_name": to_name, "brief": advisor_brief(conn, ap.id).splitlines()}
    rendered = render_email(kind, ctx, mail)
    return Message(
        key=row.message_key,
        kind=kind,
        applicant_id=ap.id,
        to_email=to_email,
        to_name=to_name,
        subject=rendered.subject,
        html=rendered.html,
        text=rendered.text,
        from_email=mail.from_email,
        from_name=mail.from_name,
        reply_to=mail.reply_to,
        attachments=attachments,
        categories=(kind,),
        unsubscribe_url=None if link or kind == "advisor_brief" else (mail.unsubscribe_url or None),
        internal=kind == "advisor_brief",
    )


def preview_message(conn: Connection, rt: Runtime, applicant_id: int, kind: str, now: datetime) -> Message:
    """``kind`` for an applicant from their current facts, queued or not (staff preview; nothing is stored)."""
    booking_id = conn.scalar(select(t.consult_bookings.c.id).where(t.consult_bookings.c.applicant_id == applicant_id))
    if kind in BOOKING_KINDS and booking_id is None:
        raise LookupError(f"applicant {applicant_id} has no consultation booking, which {kind} needs")
    key = {"cv_nudge": f"cv_nudge:{applicant_id}:1"}.get(kind, f"{kind}:preview:{applicant_id}")
    row = SimpleNamespace(
        message_key=key,
        kind=kind,
        applicant_id=applicant_id,
        booking_id=booking_id if kind in BOOKING_KINDS else None,
        created_at=now,
    )
    return build_message(conn, rt, row, now)


def _month(value: str | None) -> str | None:
    """ "2027-03" as "March 2027" (what the applicant wrote, readable)."""
    try:
        return datetime.strptime(value or "", "%Y-%m").strftime("%B %Y")
    except ValueError:
        return value


def applicant_reason(status: str, error_reason: str | None) -> tuple[str, str]:
    """The template's reason code and one sentence the applicant can act on, from our internal CV reason.

    Internal reasons name parsers, limits and Drive ids; none of that is useful (or safe) in the email.
    """
    why = (error_reason or "").lower()
    if status == "needs_ocr":
        return "needs_ocr", ""
    if status == "missing":
        if "no cv link" in why:
            return "missing", ""
        if "no access" in why:
            return "not_found", "The file's sharing settings don't let us open it; please upload it directly."
        if "not a" in why and "link" in why:
            return "not_found", "The CV link in your application doesn't point to a file we can open."
        if "limit" in why or "too large" in why:
            return "unreadable", "The file is too large for us to process; please send a smaller copy."
        return "not_found", ""
    if "encrypted" in why or "password" in why:
        return "unreadable", "The file is password-protected."
    if "unsupported" in why or "not a document" in why:
        return "unreadable", "We can read PDF and Word (.docx) files."
    if "empty" in why or "no text" in why:
        return "unreadable", "The file appears to be empty."
    if any(w in why for w in ("too large", "memory", "timed out", "zip bomb")):
        return "unreadable", "The file is too large or complex for us to process; please send a simpler copy."
    return "unreadable", ""


def _cv_context(conn: Connection, row: Any) -> dict[str, Any]:
    p = t.cv_profiles
    prof = conn.execute(select(p.c.status, p.c.error_reason).where(p.c.applicant_id == row.applicant_id)).first()
    reason, text = applicant_reason(prof.status if prof else "missing", prof.error_reason if prof else None)
    ctx: dict[str, Any] = {"reason": reason, "reason_text": text}
    if row.kind == "cv_nudge":
        ctx["nudge_number"] = int(row.message_key.rsplit(":", 1)[-1])
    return ctx


def starts_in(start: datetime, now: datetime) -> str:
    """How long until ``start``, as a reminder says it: "45 minutes", "about 1 hour", "about 23 hours"."""
    minutes = max(0, round((as_utc(start) - as_utc(now)).total_seconds() / 60))
    if minutes < 50:
        return f"{minutes} minutes"
    hours = max(1, round(minutes / 60))
    return f"about {hours} hour{'s' if hours != 1 else ''}"


def _booking_context(
    conn: Connection, rt: Runtime, bid: str, applicant_tz: str | None, now: datetime
) -> tuple[dict[str, Any], Any]:
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
        "starts_in": starts_in(start, now),
        "previous_start_applicant": format_local(as_utc(row.previous_start_at), tz) if row.previous_start_at else "",
    }
    spec = event_spec(conn, bid, rt.settings.mail.from_email)
    # The attendee's name is applicant data: no line breaks into the ICS.
    return booking, replace(spec, attendee_name=plain(spec.attendee_name))


def _recommendations(conn: Connection, rt: Runtime, applicant_id: int) -> list[dict[str, Any]]:
    r, pr = t.recommendations, t.preceptors
    rows = conn.execute(
        select(r.c.score, r.c.components, r.c.fallback, r.c.conditions, pr)
        .join(pr, pr.c.id == r.c.preceptor_id)
        .where(r.c.applicant_id == applicant_id)
        .order_by(r.c.rank)
    )
    weights = rt.settings.matching.get("weights")
    return [
        {
            "name": x.name,
            "specialty": x.specialty,
            "city": x.city or "",
            "state": x.state or "",
            "score": round(x.score),
            "reasons": explain(x.components, weights, preceptor=dict(x._mapping)),
            # What the advisor offers instead of what was asked, and what must be confirmed first.
            "offered_instead": x.fallback or "",
            "to_confirm": list(x.conditions or []),
        }
        for x in rows
    ]
