"""Booking stage: one intro consultation per applicant, on an advisor's calendar, never twice.

A booking row is written as ``pending`` with its deterministic id *before* the calendar call; the
calendar is then asked for an event carrying that id (``find``) before anything is inserted. So a
retry after a timeout or a crash between insert and commit converges on one event. Just before
inserting, the calendar is asked whether the slot is still free; a slot taken since the run's freeBusy
read is blocked and another chosen in the same run (at most ``MAX_PICKS`` times).

Overlapping runs (the process DAG's book task and a rerun, two CLI runs) are safe on their own, whatever
the DAGs' pools do: all work on one applicant happens under that applicant's lock
(``include.store.locks``), which re-reads its booking first (booked by the other run → nothing to do);
the pending row is written under the advisor's lock after re-reading that advisor's live bookings, so
two applicants never hold one slot and a daily cap is never passed; an event found for a booking at
another time than its row is moved to the row's time (or cancelled), so the row, the event and the
email built from the row always agree.

Who gets what: an applicant is offered a slot inside their own daytime (their country's zone,
``applicants.timezone``), with the advisor of the best specialty fit, then the least loaded one, equal
advisors taking turns. A cancelled consultation is re-booked only when asked for by applicant id (the
rerun DAG or CLI): a batch run leaves cancelled applicants alone. Re-bookings get a new id (the count
of audited cancellations), so the cancelled event is never revived.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, select, update

from include.backends.calendar import CalendarError, CalendarEvent, EventSpec
from include.runtime import Runtime
from include.scheduling.availability import Availability, active_advisors, availability
from include.scheduling.choose import choose_slot
from include.scheduling.slots import Slot
from include.store import tables as t
from include.store.db import audit
from include.store.locks import named_lock
from include.store.status import refresh_status
from include.timeutil import as_utc

log = logging.getLogger(__name__)

MAX_PICKS = 5  # slots tried per applicant per run when the calendar keeps saying "taken"
EVENT_DESCRIPTION = (
    "Free 30-minute intro consultation booked by clerkflow (booking {booking_id}). "
    "The advisor receives the applicant's brief by email."
)
EVENT_SUMMARY = "clerkflow intro consultation (30 min)"
MAX_CALENDAR_ERRORS_IN_ROW = 3  # then the calendar is down: fail the task and let Airflow retry


def booking_id(applicant_id: int, attempt: int = 0) -> str:
    """Deterministic and base32hex (Calendar event ids allow a–v and 0–9): the same booking, the same id."""
    return "cf" + hashlib.sha256(f"clerkflow-consult:{applicant_id}:{attempt}".encode()).hexdigest()[:30]


def book_consults(rt: Runtime, now: datetime, applicant_ids: Sequence[int] | None = None) -> dict[str, int]:
    """Confirm pending bookings, then book every applicant who has none (or just ``applicant_ids``)."""
    now = as_utc(now)
    counts: Counter[str] = Counter()
    cfg = rt.settings.booking
    notice = timedelta(hours=cfg.min_notice_hours)
    b = t.consult_bookings
    with rt.engine.connect() as conn:
        query = select(b.c.id, b.c.applicant_id).where(b.c.status == "pending")
        if applicant_ids is not None:
            query = query.where(b.c.applicant_id.in_(list(applicant_ids)))
        pending = conn.execute(query).all()
    for bid, applicant_id in pending:
        with named_lock(rt.engine, "applicant", applicant_id):
            with rt.engine.connect() as conn:
                start = conn.scalar(select(b.c.start_at).where(b.c.id == bid, b.c.status == "pending"))
            if start is None:  # another run confirmed or dropped it meanwhile
                continue
            counts[_confirm_pending(rt, bid, as_utc(start), now, notice)] += 1
    with rt.engine.connect() as conn:
        applicants = _unbooked(conn, applicant_ids)
        advisors = active_advisors(conn)
        if not applicants:
            return _done(counts)
        if not advisors:
            counts["no_advisor"] = len(applicants)
            return _done(counts)
        avail = availability(
            conn, rt.backends.calendar, advisors, start=now, days=cfg.horizon_days, now=now, min_notice=notice
        )
    errors_in_row = 0
    for ap in applicants:
        try:
            outcome = _book_one(rt, ap, avail, now)
        except CalendarError as exc:
            # One bad answer should not hold up everyone else; a calendar that keeps failing fails the task,
            # so Airflow retries it with backoff. Pending rows left behind are confirmed first next run.
            errors_in_row += 1
            log.warning("calendar error while booking applicant %s: %s", ap["id"], type(exc).__name__)
            if errors_in_row >= MAX_CALENDAR_ERRORS_IN_ROW:
                raise
            outcome = "calendar_error"
        else:
            errors_in_row = 0
        counts[outcome] += 1
    return _done(counts)


def _done(counts: Counter[str]) -> dict[str, int]:
    log.info("booking done %s", dict(counts))
    return dict(counts)


def _book_one(rt: Runtime, ap: dict[str, Any], avail: Availability, now: datetime) -> str:
    """Under the applicant's lock: choose, hold and confirm a slot; a slot found taken is blocked, another chosen."""
    with named_lock(rt.engine, "applicant", ap["id"]):
        with rt.engine.connect() as conn:
            if conn.scalar(select(t.applicants.c.id).where(t.applicants.c.id == ap["id"])) is None:
                return "gone"  # erased (purge) since we listed them
            current = conn.scalar(
                select(t.consult_bookings.c.status).where(t.consult_bookings.c.applicant_id == ap["id"])
            )
            if current is not None and current != "cancelled":
                return "booked_elsewhere"  # another run booked (or is confirming) this applicant since we listed them
            attempt = _cancellations(conn, [ap["id"]]).get(ap["id"], 0) if current == "cancelled" else 0
        return _pick_and_book(rt, ap, booking_id(ap["id"], attempt), avail, now)


def _pick_and_book(rt: Runtime, ap: dict[str, Any], bid: str, avail: Availability, now: datetime) -> str:
    cfg = rt.settings.booking
    for _ in range(MAX_PICKS):
        try:
            slot = choose_slot(
                applicant_tz=ap["timezone"] or "UTC",
                applicant_specialties=ap["specialties"] or [],
                advisors=list(avail.advisors.values()),
                free=avail.free,
                loads=avail.loads,
                day_start_hour=cfg.applicant_day_start_hour,
                day_end_hour=cfg.applicant_day_end_hour,
            )
        except ValueError:
            log.warning("applicant %s has an unknown time zone; not booked", ap["id"])
            return "bad_timezone"
        if slot is None:
            return "no_slot"
        if not _hold(rt, ap["id"], bid, slot, avail, now):
            continue  # another run took it (or filled the advisor's day); availability is fresh now
        try:
            confirmed = _confirm(rt, bid, now)
        except CalendarError:
            avail.book(slot)  # the pending row holds it until the next run confirms or drops it
            raise
        if confirmed == "booked":
            avail.book(slot)
            return "booked"
        avail.block(slot)
    return "slot_taken"


def _hold(rt: Runtime, applicant_id: int, bid: str, slot: Slot, avail: Availability, now: datetime) -> bool:
    """Write the pending row if ``slot`` is still free in the DB; False (nothing written) when it is not.

    Runs under the advisor's lock, so no other run can hold the slot between the re-check and the commit.
    The row is written before any calendar call, so a crash leaves a trace to confirm next run.
    """
    b = t.consult_bookings
    with named_lock(rt.engine, "advisor", slot.advisor_id), rt.engine.begin() as conn:
        if not avail.still_free(conn, slot):
            return False
        conn.execute(delete(b).where(b.c.applicant_id == applicant_id))  # a cancelled booking, if any
        conn.execute(
            insert(b).values(
                id=bid,
                applicant_id=applicant_id,
                advisor_id=slot.advisor_id,
                start_at=slot.start,
                end_at=slot.end,
                status="pending",
                sequence=0,
                created_at=now,
                updated_at=now,
            )
        )
    return True


def _unbooked(conn: Connection, applicant_ids: Sequence[int] | None) -> list[dict[str, Any]]:
    """Applicants to book, earliest application first (each is re-checked under its lock before booking)."""
    a, b = t.applicants, t.consult_bookings
    query = (
        select(a.c.id, a.c.timezone, a.c.specialties, b.c.status)
        .select_from(a.outerjoin(b, b.c.applicant_id == a.c.id))
        .order_by(a.c.submitted_at, a.c.id)
    )
    if applicant_ids is not None:
        query = query.where(a.c.id.in_(list(applicant_ids)))
    rows = [
        r for r in conn.execute(query) if r.status is None or (r.status == "cancelled" and applicant_ids is not None)
    ]
    return [{"id": r.id, "timezone": r.timezone, "specialties": r.specialties} for r in rows]


def _cancellations(conn: Connection, applicant_ids: list[int]) -> dict[int, int]:
    """Audited cancellations per applicant: a re-booking gets a new id (the old event stays cancelled)."""
    if not applicant_ids:
        return {}
    log_ = t.audit_log
    rows = conn.execute(
        select(log_.c.applicant_id, func.count())
        .where(log_.c.applicant_id.in_(applicant_ids), log_.c.stage == "book", log_.c.event == "cancelled")
        .group_by(log_.c.applicant_id)
    )
    return {aid: n for aid, n in rows}


def _confirm_pending(rt: Runtime, bid: str, start: datetime, now: datetime, notice: timedelta) -> str:
    """A booking left pending by an earlier run: confirm it, or drop it (re-picked below) when it is too late."""
    if start >= now + notice:
        return _confirm(rt, bid, now)
    # The applicant was never told about it, and it is now inside the minimum notice.
    with rt.engine.connect() as conn:
        spec = event_spec(conn, bid, rt.settings.mail.from_email)
    found = rt.backends.calendar.find(spec.calendar_id, bid)
    if found is not None:
        rt.backends.calendar.cancel(spec.calendar_id, found.event_id)
    _drop(rt, spec, now, "pending_expired")
    return "pending_expired"


def _confirm(rt: Runtime, bid: str, now: datetime) -> str:
    """Make sure the calendar holds exactly one event for ``bid``, at the row's time, and mark the booking booked.

    Call it holding the applicant's lock. Returns ``slot_taken`` (the row deleted, to be chosen again) when
    another event now holds the time. An event already there for ``bid`` at another time (an earlier hold
    whose row was replaced) is moved to the row's time, never left where the row does not say.
    """
    with rt.engine.connect() as conn:
        spec = event_spec(conn, bid, rt.settings.mail.from_email)
    cal = rt.backends.calendar
    event = cal.find(spec.calendar_id, bid)
    if event is not None and (as_utc(event.start), as_utc(event.end)) != (spec.start, spec.end):
        if not cal.is_free(spec, event.event_id):
            cal.cancel(spec.calendar_id, event.event_id)
            _drop(rt, spec, now, "slot_taken")
            return "slot_taken"
        event = cal.update(spec, event.event_id)
    if event is None:
        if not cal.is_free(spec):
            _drop(rt, spec, now, "slot_taken")
            return "slot_taken"
        event = cal.insert(spec)
    _mark_booked(rt, spec, event, now)
    return "booked"


def _drop(rt: Runtime, spec: EventSpec, now: datetime, why: str) -> None:
    with rt.engine.begin() as conn:
        conn.execute(delete(t.consult_bookings).where(t.consult_bookings.c.id == spec.booking_id))
        audit(conn, spec.applicant_id, "book", why, now, booking_id=spec.booking_id)


def _mark_booked(rt: Runtime, spec: EventSpec, event: CalendarEvent, now: datetime) -> None:
    b = t.consult_bookings
    with rt.engine.begin() as conn:
        done = conn.execute(
            update(b)
            .where(b.c.id == spec.booking_id, b.c.status == "pending", b.c.start_at == spec.start)
            .values(status="booked", event_id=event.event_id, meet_link=event.meet_link, updated_at=now)
        )
        if done.rowcount != 1:  # cannot happen under the applicant's lock; never book a row we did not confirm
            raise RuntimeError(f"booking {spec.booking_id} changed while it was being confirmed")
        audit(conn, spec.applicant_id, "book", "booked", now, booking_id=spec.booking_id, event_id=event.event_id)
        refresh_status(conn, [spec.applicant_id])


def event_spec(conn: Connection, bid: str, organizer_email: str) -> EventSpec:
    """The calendar event for booking ``bid``.

    Its description is shared with the attendee (Google shows it on their copy), so it carries no applicant
    data; the advisor's brief goes to the advisor alone as the ``advisor_brief`` email.
    """
    return spec_from_row(conn.execute(booking_query().where(t.consult_bookings.c.id == bid)).one(), organizer_email)


def booking_query() -> Select[Any]:
    """Bookings with what their event and their emails need from the applicant and the advisor (filter it)."""
    a, b, adv = t.applicants, t.consult_bookings, t.advisors
    return (
        select(
            b,
            a.c.full_name,
            a.c.email,
            adv.c.calendar_id,
            adv.c.timezone,
            adv.c.name.label("advisor_name"),
            adv.c.email.label("advisor_email"),
            adv.c.video_url,
        )
        .join(a, a.c.id == b.c.applicant_id)
        .join(adv, adv.c.id == b.c.advisor_id)
    )


def spec_from_row(row: Any, organizer_email: str) -> EventSpec:
    """The event of a ``booking_query`` row."""
    return EventSpec(
        booking_id=row.id,
        applicant_id=row.applicant_id,
        calendar_id=row.calendar_id,
        start=as_utc(row.start_at),
        end=as_utc(row.end_at),
        timezone=row.timezone,
        summary=EVENT_SUMMARY,
        description=EVENT_DESCRIPTION.format(booking_id=row.id),
        attendee_email=row.email,
        attendee_name=row.full_name,
        organizer_email=organizer_email,
        sequence=row.sequence,
        video_url=row.video_url,
    )
