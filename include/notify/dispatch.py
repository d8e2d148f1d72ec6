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

One bad message never holds up the others: any error building or sending it (an address no header can
carry, such as a non-ASCII local part, a template bug, a client exception) marks that row ``failed`` with
the reason and the batch goes on. Each claim counts an attempt; at ``mail.max_attempts`` the row is
``failed`` ("gave up"), so a message that kills its process is not claimed forever. Rows never tried go
first (``attempts``, then id), so a retried or stale row never sits at the head of every batch.

Throughput: one mail/send request per message, sent one after another by a task in the Airflow pool
``sendgrid_api`` (2 slots: the reminders, process and nightly DAGs share them). A run sends at most
``BATCH_LIMIT`` messages (about 1–2 minutes at SendGrid's usual 50–100 ms per request); the reminders
DAG runs every 15 minutes, so the rest follow in the next run.
"""

from __future__ import annotations

import email.errors
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from jinja2 import TemplateError
from sqlalchemy import Connection, func, or_, select, update

from include.backends.mail import MailError, Message
from include.notify.compose import BOOKING_KINDS, OFFER_KINDS, build_message
from include.notify.plan import CV_PROBLEMS, OFFER_OPEN, REMINDER_WINDOWS
from include.notify.render import render_email
from include.placements.messages import PLACEMENT_KINDS
from include.placements.messages import stale as placement_stale
from include.runtime import Runtime
from include.store import tables as t
from include.store.db import audit, upsert
from include.timeutil import as_utc

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
STALE_CLAIM = timedelta(minutes=15)
BATCH_LIMIT = 1000
BOOKING_STATUS = {
    "consult_booked": "booked",
    "consult_rescheduled": "booked",
    "reminder_24h": "booked",
    "reminder_1h": "booked",
    "consult_cancelled": "cancelled",
    "followup": "done",
    "no_show": "no_show",
    "advisor_brief": "booked",
    "advisor_rescheduled": "booked",
    "advisor_cancelled": "cancelled",
}
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
        .order_by(o.c.attempts, o.c.id)
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
    cap = max_attempts(rt)
    if state == "sending" and not mailer.idempotent:
        return _finish(rt, row, "failed", now, then, error="interrupted while sending; " + UNKNOWN_OUTCOME)
    if state == "sending" and row.attempts > cap:
        error = f"gave up after {cap} attempts: each was interrupted while sending (see the task logs)"
        return _finish(rt, row, "failed", now, then, error=error)
    if row.to_email.lower() in suppressed:
        return _finish(rt, row, "suppressed", now, then, error="address is on the suppression list")
    try:
        with rt.engine.connect() as conn:
            stale = no_longer_due(conn, row, now) if build is None else None
            message = None if stale else (build or build_message)(conn, rt, row, now)
    except (LookupError, TemplateError, ValueError) as exc:
        # A message that cannot be rendered now will not render on a retry either: ops must look.
        return _finish(rt, row, "failed", now, then, error=f"cannot render: {type(exc).__name__}: {exc}"[:500])
    except Exception as exc:  # a bug in one message's data or template must not stop the batch
        log.warning("message %s could not be built: %s", row.id, type(exc).__name__)
        return _finish(rt, row, "failed", now, then, error=f"cannot build: {type(exc).__name__}: {exc}"[:500])
    if message is None:
        return _finish(rt, row, "skipped", now, then, error=stale)
    try:
        result = mailer.send(message)
    except MailError as exc:
        if exc.maybe_sent and not mailer.idempotent:
            return _finish(rt, row, "failed", now, then, error=f"{exc}; {UNKNOWN_OUTCOME}")
        if exc.permanent or row.attempts >= cap:
            return _finish(rt, row, "failed", now, then, error=str(exc))
        _finish(rt, row, "queued", now, error=str(exc))  # the batch ends here: nothing more is claimed
        return "retry", None
    except Exception as exc:
        # Not the provider's answer but our side failing on this one message (e.g. an address the MIME
        # writer refuses). Retrying would fail the same way: record why, go on with the next message.
        log.warning("message %s could not be sent: %s", row.id, type(exc).__name__)
        return _finish(rt, row, "failed", now, then, error=unsendable(exc))
    return _finish(rt, row, "sent", now, then, provider_id=result.provider_id, subject=message.subject, error=None)


def max_attempts(rt: Runtime) -> int:
    return int(getattr(rt.settings.mail, "max_attempts", MAX_ATTEMPTS) or MAX_ATTEMPTS)


def unsendable(exc: Exception) -> str:
    """The stored reason for a message our side could not hand over (read by ops in the report and the UI)."""
    if isinstance(exc, email.errors.NonASCIILocalPartDefect):
        why = (
            "the address has non-ASCII characters before the @, which this mail backend cannot send; "
            "correct the applicant's email address, then re-queue the message"
        )
    elif isinstance(exc, email.errors.MessageDefect):
        why = f"the message cannot be written as email ({type(exc).__name__}); check the recipient's address"
    else:
        why = f"{type(exc).__name__}: {exc}"
    return f"cannot send: {why}"[:500]


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
        sequenced = kind in REMINDER_WINDOWS or kind in {
            "consult_rescheduled",
            "consult_cancelled",
            "advisor_brief",
            "advisor_rescheduled",
            "advisor_cancelled",
        }
        if sequenced and int(parts[-1]) != booking.sequence:
            return "booking was moved since"
        if kind in REMINDER_WINDOWS and now >= as_utc(booking.start_at) - REMINDER_WINDOWS[kind][1]:
            return "reminder window closed"
    elif kind in OFFER_KINDS:
        o = t.consult_offers
        offer = conn.execute(select(o.c.state, o.c.sends).where(o.c.applicant_id == row.applicant_id)).first()
        if offer is None or offer.state not in OFFER_OPEN:
            return "the applicant has picked a time, or the offer is closed"
        if parts[-1] != str(offer.sends):
            return "a newer booking link was sent since"
        b = t.consult_bookings
        status = conn.scalar(select(b.c.status).where(b.c.applicant_id == row.applicant_id))
        if status in {"pending", "booked"}:
            return "the applicant has a consultation booked"
    elif kind in PLACEMENT_KINDS:
        return placement_stale(conn, row)
    elif kind in {"cv_needed", "cv_nudge"}:
        p = t.cv_profiles
        prof = conn.execute(select(p.c.status, p.c.document_id).where(p.c.applicant_id == row.applicant_id)).first()
        if prof is None or prof.status not in CV_PROBLEMS:
            return "CV is no longer needed"
        if kind == "cv_needed" and parts[-1] != str(prof.document_id or "none"):
            return "a newer CV was received since"
    return None
