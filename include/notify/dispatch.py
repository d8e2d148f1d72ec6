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

Throughput: one mail/send request per message, up to ``mail.send_concurrency`` (default 16) in flight at
once from one task, the Airflow pool ``sendgrid_api`` (2 slots, shared by the reminders, process and
nightly DAGs) bounding the tasks; a 429's Retry-After pauses every sender thread of the run. The database
work is per batch (claim, read the facts, record the outcomes: a few statements for up to
``send_concurrency`` messages). A crash can leave at most two batches claimed (2 × ``send_concurrency``
rows ``sending``); with SendGrid they become "outcome unknown" for ops, as one interrupted send did before.
A run sends at most ``BATCH_LIMIT`` messages; the reminders DAG runs every 15 minutes, so the rest follow.
"""

from __future__ import annotations

import email.errors
import logging
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from jinja2 import TemplateError
from sqlalchemy import Connection, func, or_, select, update

from include.backends.mail import MailError, Message
from include.notify.compose import BOOKING_KINDS, CONTEXT_FROM_DB, OFFER_KINDS, Facts, build_message
from include.notify.plan import CV_PROBLEMS, OFFER_OPEN, REMINDER_WINDOWS
from include.notify.render import render_email
from include.placements.messages import PLACEMENT_KINDS
from include.placements.messages import stale as placement_stale
from include.runtime import Runtime
from include.store import tables as t
from include.store.bulk import update_rows
from include.store.db import audit_many, upsert
from include.timeutil import as_utc

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
STALE_CLAIM = timedelta(minutes=15)
BATCH_LIMIT = 5000
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
Compose = Message | Callable[[], Message]  # a message, or how to build it on the sender thread
T = TypeVar("T")


@dataclass
class _Done:
    """One message's outcome, to be written with the rest of its batch."""

    row: Any
    state: str  # sent | failed | suppressed | skipped | queued (a retry for the next run)
    values: dict[str, Any]

    @property
    def outcome(self) -> str:
        return "retry" if self.state == "queued" else self.state


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
        due = [(r.id, r.state) for r in conn.execute(query)]
        suppressed = set(conn.scalars(select(func.lower(t.suppressions.c.email))))
    counts = _send_batches(rt, due, suppressed, now)
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

    counts = _send_batches(rt, [(row.id, row.state)], set(), now, build)
    outcome = next(iter(counts), "claimed_elsewhere")
    return "queued" if outcome == "retry" else outcome


def _send_batches(
    rt: Runtime, due: list[tuple[int, str]], suppressed: set[str], now: datetime, build: Build | None = None
) -> Counter[str]:
    """Claim, build, send and record ``due`` in batches, the sends of a batch running concurrently.

    Each batch's claim is committed before any of its messages is built or sent; its outcomes are written
    in the transaction that claims the batch after next, so the database sees a handful of statements per
    batch, not per message. Batches start at one message and double up to ``mail.send_concurrency`` (a
    provider that is down costs one request, not a full batch); at full size two batches are in flight.
    A retry (429/5xx that outlasted the client's backoff) stops claiming: the rest is ``deferred``.
    """
    counts: Counter[str] = Counter()
    width = send_concurrency(rt)
    size, taken, stop = 1, 0, False
    in_flight: deque[list[Future[_Done]]] = deque()
    finished: list[_Done] = []
    with ThreadPoolExecutor(max_workers=width, thread_name_prefix="send") as pool:
        while True:
            batch = [] if stop else due[taken : taken + size]
            taken += len(batch)
            if not batch and not in_flight and not finished:
                break
            with rt.engine.begin() as conn:  # one connection per batch: record, claim, read, build
                _record(conn, finished, now)
                claimed = _claim_many(conn, batch, now)
                counts["claimed_elsewhere"] += len(batch) - len(claimed)
                ready, to_send = _prepare(conn, rt, claimed, suppressed, now, build)
                _record(conn, ready, now)  # never sent: settled at once
            counts.update(d.outcome for d in [*finished, *ready])
            finished = []
            if to_send:
                in_flight.append([pool.submit(_deliver, rt, row, message, now) for row, message in to_send])
            ramping = size < width
            if in_flight and (ramping or len(in_flight) > 1 or not batch):
                finished = [f.result() for f in in_flight.popleft()]
                stop = stop or any(d.state == "queued" for d in finished)
            size = min(width, size * 2)
    if stop:
        counts["deferred"] += len(due) - taken
    return +counts


def send_concurrency(rt: Runtime) -> int:
    return max(1, int(getattr(rt.settings.mail, "send_concurrency", 1) or 1))


def _claim_many(conn: Connection, batch: list[tuple[int, str]], now: datetime) -> list[tuple[Any, str]]:
    """Take the messages of ``batch`` still in the state they were listed in: (row after the claim, that state)."""
    o = t.outbox_messages
    rows: dict[int, Any] = {}
    for state in ("queued", "sending"):
        ids = [i for i, s in batch if s == state]
        if not ids:
            continue
        claimable = o.c.state == state
        if state == "sending":  # only a stale claim: a live one belongs to a run still in progress
            claimable &= o.c.claimed_at < now - STALE_CLAIM
        stmt = (
            update(o)
            .where(o.c.id.in_(ids), claimable)
            .values(state="sending", attempts=o.c.attempts + 1, claimed_at=now)
            .returning(*o.c)
        )
        rows |= {r.id: (r, state) for r in conn.execute(stmt)}
    return [rows[i] for i, _ in batch if i in rows]


def _prepare(
    conn: Connection,
    rt: Runtime,
    claimed: list[tuple[Any, str]],
    suppressed: set[str],
    now: datetime,
    build: Build | None,
) -> tuple[list[_Done], list[tuple[Any, Compose]]]:
    """Settle what must not be sent (stale claims, suppressed, no longer due, cannot be built); the rest with how
    to build each: a message rendered from the batch's ``Facts`` alone is built on its sender thread, so this
    thread goes on to the next batch's claim instead of rendering (templates, .ics) the whole batch itself."""
    mailer = rt.backends.mailer
    cap = max_attempts(rt)
    facts = Facts.load(conn, [row for row, _ in claimed], now.date()) if build is None and claimed else None
    ready: list[_Done] = []
    to_send: list[tuple[Any, Compose]] = []
    for row, state in claimed:
        if state == "sending" and not mailer.idempotent:
            ready.append(_Done(row, "failed", {"error": "interrupted while sending; " + UNKNOWN_OUTCOME}))
            continue
        if state == "sending" and row.attempts > cap:
            error = f"gave up after {cap} attempts: each was interrupted while sending (see the task logs)"
            ready.append(_Done(row, "failed", {"error": error}))
            continue
        if row.to_email.lower() in suppressed:
            ready.append(_Done(row, "suppressed", {"error": "address is on the suppression list"}))
            continue
        if build is not None:
            message = _guarded(row, partial(build, conn, rt, row, now))
        else:
            stale = _guarded(row, partial(no_longer_due, conn, row, now, facts))
            if stale:
                ready.append(stale if isinstance(stale, _Done) else _Done(row, "skipped", {"error": stale}))
                continue
            if row.kind not in CONTEXT_FROM_DB:
                to_send.append((row, partial(build_message, None, rt, row, now, facts)))
                continue
            message = _guarded(row, partial(build_message, conn, rt, row, now, facts))
        if isinstance(message, _Done):
            ready.append(message)
        else:
            to_send.append((row, message))
    return ready, to_send


def _guarded(row: Any, step: Callable[[], T]) -> T | _Done:
    """``step()`` (building ``row``'s message or checking it is still due), or the row's failed outcome."""
    try:
        return step()
    except (LookupError, TemplateError, ValueError) as exc:
        # A message that cannot be rendered now will not render on a retry either: ops must look.
        return _Done(row, "failed", {"error": f"cannot render: {type(exc).__name__}: {exc}"[:500]})
    except Exception as exc:  # a bug in one message's data or template must not stop the batch
        log.warning("message %s could not be built: %s", row.id, type(exc).__name__)
        return _Done(row, "failed", {"error": f"cannot build: {type(exc).__name__}: {exc}"[:500]})


def _deliver(rt: Runtime, row: Any, compose: Compose, now: datetime) -> _Done:
    """Build (if not built yet) and hand one claimed message to the provider, in a sender thread; its outcome,
    not yet recorded."""
    message = compose if isinstance(compose, Message) else _guarded(row, compose)
    if isinstance(message, _Done):
        return message
    mailer = rt.backends.mailer
    try:
        result = mailer.send(message)
    except MailError as exc:
        if exc.maybe_sent and not mailer.idempotent:
            return _Done(row, "failed", {"error": f"{exc}; {UNKNOWN_OUTCOME}"})
        if exc.permanent or row.attempts >= max_attempts(rt):
            return _Done(row, "failed", {"error": str(exc)})
        return _Done(row, "queued", {"error": str(exc)})  # the batch ends here: nothing more is claimed
    except Exception as exc:
        # Not the provider's answer but our side failing on this one message (e.g. an address the MIME
        # writer refuses). Retrying would fail the same way: record why, go on with the next message.
        log.warning("message %s could not be sent: %s", row.id, type(exc).__name__)
        return _Done(row, "failed", {"error": unsendable(exc)})
    values = {"provider_id": result.provider_id, "subject": message.subject, "error": None, "sent_at": now}
    return _Done(row, "sent", values)


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


def _key(done: _Done) -> dict[str, str]:
    return {"message_key": done.row.message_key}


def _record(conn: Connection, done: list[_Done], now: datetime) -> None:
    """Write the outcomes of a batch: one UPDATE per kind of outcome, one INSERT for their audit lines."""
    if not done:
        return
    update_rows(conn, t.outbox_messages, [{"id": d.row.id, "state": d.state, **d.values} for d in done])
    audit_many(conn, [(d.row.applicant_id, "email", f"{d.row.kind}:{d.state}", now, _key(d)) for d in done])


def no_longer_due(conn: Connection, row: Any, now: datetime, facts: Facts | None = None) -> str | None:
    """Why the fact behind a queued message no longer holds (None: still due), checked just before sending."""
    kind, parts = row.kind, row.message_key.split(":")
    facts = facts or Facts.load(conn, [row], now.date())
    if kind in BOOKING_KINDS:
        booking = facts.bookings.get(row.booking_id)
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
        prof = facts.profiles.get(row.applicant_id)
        if prof is None or prof.status not in CV_PROBLEMS:
            return "CV is no longer needed"
        if kind == "cv_needed" and parts[-1] != str(prof.document_id or "none"):
            return "a newer CV was received since"
    return None
