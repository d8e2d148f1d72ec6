"""Booking stage: one intro consultation per applicant, on an advisor's calendar, never twice.

A booking row is written as ``pending`` with its deterministic id (the calendar event's id) *before* any
calendar call (hold-before-insert), and the time is checked free on the calendar just before the event is
inserted; a slot taken since the run's first freeBusy read is blocked and another chosen in the same run (at
most ``MAX_PICKS`` times). The calendar never holds two events for a booking: an insert with an id already
used is refused (Google: 409; the local calendar the same, ``DuplicateEventError``) and that event is then
adopted, moved to the row's time, or cancelled, never doubled.

Two paths do this. A new hold in a batch run (``_book_batches``) costs one call: its batch's freeBusy (one query
per 50 calendars, all the batch's bookings) stands for the free check, then the insert goes out without a look
first. No event can carry a new hold's id: it was never inserted unless by a run holding that row, and such a
row stays ``pending`` (confirmed by the other path) or is dropped only after its event is cancelled; the 409
covers the rest. A slot freeBusy shows busy costs a ``find`` before the row is dropped, since freeBusy cannot tell
our own event from another's. A pending row left by an earlier run, a reschedule and an applicant-chosen slot
go through ``_confirm`` / ``_settle_event``, which looks first (``find``, then the event's own free check,
``is_free``): after a crash the event is often there already.

Overlapping runs (the process DAG's book task and a rerun, two CLI runs) are safe on their own, whatever
the DAGs' pools do: all work on one applicant happens under that applicant's lock
(``include.store.locks``), which re-reads its booking first (booked by the other run → nothing to do);
the pending row is written under the advisor's lock after re-reading that advisor's live bookings, so
two applicants never hold one slot and a daily cap is never passed; an event found for a booking at
another time than its row is moved to the row's time (or cancelled), so the row, the event and the
email built from the row always agree.

A run books in batches (``_book_batches``), the database work done once per batch (``named_locks``,
``_hold_many``, ``_record_many``) and the calendar calls of a batch running concurrently. Two advisors sharing
one calendar are kept apart within a batch by its freeBusy answer plus the batch's own earlier bookings on
that calendar. ``_hold`` and ``_confirm`` are the one-booking primitives; both paths share ``_place`` (adopt,
move or cancel an event of ours).

Who gets what: an applicant is offered a slot inside their own daytime (their country's zone,
``applicants.timezone``), with the advisor of the best specialty fit, then the least loaded one, equal
advisors taking turns. A cancelled consultation is re-booked only when asked for by applicant id (the
rerun DAG or CLI): a batch run leaves cancelled applicants alone. Re-bookings get a new id (the count
of audited cancellations), so the cancelled event is never revived.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, select, update

from include.backends.calendar import (
    CalendarBackend,
    CalendarError,
    CalendarEvent,
    DuplicateEventError,
    EventSpec,
    Interval,
)
from include.runtime import Runtime
from include.scheduling.availability import Availability, active_advisors, availability, booking_availability
from include.scheduling.choose import choose_slot
from include.scheduling.slots import Slot
from include.store import tables as t
from include.store.bulk import update_rows
from include.store.db import audit, audit_many
from include.store.locks import named_lock, named_locks, pg_xact_locks
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
    return _done(_book_batches(rt, applicants, avail, now, counts))


def _done(counts: Counter[str]) -> dict[str, int]:
    log.info("booking done %s", dict(counts))
    return dict(counts)


@dataclass
class _Want:
    """An applicant to book in this run, and how many more slots may be tried for them."""

    ap: dict[str, Any]
    picks: int = MAX_PICKS
    bid: str = ""


Outcome = CalendarEvent | CalendarError | None  # a booking's calendar result: its event, a failure, or slot taken


@dataclass
class _Batch:
    """Applicants being booked together: their locks, and the calendar work running for their holds."""

    locks: ExitStack
    holds: list[tuple[_Want, Slot, EventSpec]]
    futures: list[Future[dict[str, Outcome]]] = field(default_factory=list)
    retries: deque[_Want] = field(default_factory=deque)  # slot taken at hold time: tried once the locks are gone

    def start(self, drivers: ThreadPoolExecutor, pool: ThreadPoolExecutor, cal: CalendarBackend) -> None:
        """The batch's calendar work on a driver thread (``_settle_batch``): its freeBusy, then its inserts on
        ``pool``."""
        if self.holds:
            self.futures = [drivers.submit(_settle_batch, pool, cal, [spec for *_, spec in self.holds])]

    def results(self) -> dict[str, Outcome]:
        return {bid: result for f in self.futures for bid, result in f.result().items()}


def _book_batches(
    rt: Runtime, applicants: list[dict[str, Any]], avail: Availability, now: datetime, counts: Counter[str]
) -> Counter[str]:
    """Book ``applicants`` a batch at a time, each batch's calendar calls running concurrently.

    Per batch: the applicants' locks in one statement, their bookings re-read in one, slots chosen in
    memory, the pending rows written in one transaction under the advisors' locks (``_hold_many``), then one
    freeBusy for the batch's calendars and each booking's insert on a worker thread
    (``booking.calendar_concurrency`` at once; ``_settle_batch``), then one transaction marking them booked (or
    dropping those whose slot was taken: they are tried again in a later batch, at most ``MAX_PICKS`` slots
    each). Batches start at one applicant and double up to the concurrency (a calendar that is down costs one
    booking, not a batch); then two batches are in flight, each with its driver thread.
    """
    width = max(1, int(getattr(rt.settings.booking, "calendar_concurrency", 1) or 1))
    todo = deque(_Want(ap) for ap in applicants)
    in_flight: deque[_Batch] = deque()
    size, errors_in_row, failed = 1, 0, False
    with (
        ThreadPoolExecutor(max_workers=width, thread_name_prefix="calendar") as pool,
        ThreadPoolExecutor(max_workers=2, thread_name_prefix="calendar-batch") as drivers,
    ):
        try:
            while in_flight or (todo and not failed):
                if todo and not failed and (len(in_flight) < (2 if size >= width else 1)):
                    wants = [todo.popleft() for _ in range(min(size, len(todo)))]
                    batch = _start_batch(rt, wants, avail, now, counts, todo)
                    batch.start(drivers, pool, rt.backends.calendar)
                    in_flight.append(batch)
                    size = min(width, size * 2)
                    continue
                batch = in_flight.popleft()
                with batch.locks:
                    errors_in_row = _finish_batch(rt, batch, avail, now, counts, todo, errors_in_row)
                todo.extendleft(
                    reversed(batch.retries)
                )  # not before: a batch taking their locks again would wait forever
                failed = failed or errors_in_row >= MAX_CALENDAR_ERRORS_IN_ROW
        finally:
            for batch in in_flight:  # an exception: let the calendar calls end, then release the locks
                for f in batch.futures:
                    f.exception()
                batch.locks.close()
    if failed:
        # The calendar keeps failing: fail the task so Airflow retries it with backoff. Pending rows left
        # behind are confirmed first next run.
        raise CalendarError(f"{errors_in_row} calendar errors in a row; {len(todo)} applicants left for the next run")
    return counts


def _start_batch(
    rt: Runtime, wants: list[_Want], avail: Availability, now: datetime, counts: Counter[str], todo: deque[_Want]
) -> _Batch:
    """Lock the applicants, re-check them, choose their slots and hold them (pending rows, committed)."""
    locks, retries = ExitStack(), deque[_Want]()
    locks.enter_context(named_locks(rt.engine, "applicant", [w.ap["id"] for w in wants]))
    try:
        chosen: list[tuple[_Want, Slot]] = []
        for want, outcome in _recheck(rt, wants):
            if outcome is not None:
                counts[outcome] += 1
                continue
            slot, outcome = _choose(rt, want, avail)
            if slot is None:
                counts[outcome] += 1
                continue
            avail.book(slot)  # so the next applicant of the batch is not offered it too
            chosen.append((want, slot))
        holds = _hold_many(rt, chosen, avail, now)
        held = {id(h[0]) for h in holds}
        for want, _slot in chosen:
            if id(want) not in held:  # another run took it (or filled the advisor's day): another pick later
                _retry_or(counts, want, "slot_taken", retries)
        return _Batch(locks, holds, retries=retries)
    except BaseException:
        locks.close()
        raise


def _recheck(rt: Runtime, wants: list[_Want]) -> list[tuple[_Want, str | None]]:
    """Under the applicants' locks: who is gone or booked by another run since we listed them (one query)."""
    a, b = t.applicants, t.consult_bookings
    ids = [w.ap["id"] for w in wants]
    with rt.engine.connect() as conn:
        rows = conn.execute(
            select(a.c.id, b.c.status).select_from(a.outerjoin(b, b.c.applicant_id == a.c.id)).where(a.c.id.in_(ids))
        ).all()
        current = {r.id: r.status for r in rows}
        cancelled = [i for i, status in current.items() if status == "cancelled"]
        attempts = _cancellations(conn, cancelled)
    out: list[tuple[_Want, str | None]] = []
    for want in wants:
        aid = want.ap["id"]
        if aid not in current:
            out.append((want, "gone"))  # erased (purge) since we listed them
        elif current[aid] is not None and current[aid] != "cancelled":
            out.append((want, "booked_elsewhere"))  # another run booked (or is confirming) them since
        else:
            want.bid = booking_id(aid, attempts.get(aid, 0) if current[aid] == "cancelled" else 0)
            out.append((want, None))
    return out


def _choose(rt: Runtime, want: _Want, avail: Availability) -> tuple[Slot | None, str]:
    cfg, ap = rt.settings.booking, want.ap
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
        return None, "bad_timezone"
    return slot, "no_slot"


def _retry_or(counts: Counter[str], want: _Want, outcome: str, todo: deque[_Want]) -> None:
    """Another slot for ``want`` in the next batch if picks are left (counted ``repicked``: ops see how often the
    calendar changed under a run), else count ``outcome``."""
    want.picks -= 1
    if want.picks > 0:
        counts["repicked"] += 1
        todo.appendleft(want)
    else:
        counts[outcome] += 1


def _hold_many(
    rt: Runtime, chosen: list[tuple[_Want, Slot]], avail: Availability, now: datetime
) -> list[tuple[_Want, Slot, EventSpec]]:
    """``_hold`` for a batch in one transaction: under the advisors' locks, re-read their live bookings, keep
    the slots still free (in order) and write their pending rows. The rest are released in ``avail``."""
    if not chosen:
        return []
    b = t.consult_bookings
    advisors = sorted({slot.advisor_id for _, slot in chosen})
    with ExitStack() as stack:
        if rt.engine.dialect.name != "postgresql":
            stack.enter_context(named_locks(rt.engine, "advisor", advisors))
        conn = stack.enter_context(rt.engine.begin())
        if conn.dialect.name == "postgresql":
            pg_xact_locks(conn, "advisor", advisors)  # released by the commit: no lock connection, no unlock
        # An advisor another run booked meanwhile loses this batch's choices: they are re-added below as kept.
        changed = avail.refresh(conn, advisors, tentative=[slot for _, slot in chosen])
        kept: list[tuple[_Want, Slot]] = []
        for want, slot in chosen:
            if slot.advisor_id not in changed:  # nothing new under it: still free, and booked in ``avail``
                kept.append((want, slot))
            elif slot in avail.free[slot.advisor_id]:
                avail.book(slot)
                kept.append((want, slot))
        if not kept:
            return []
        replaced = [w.ap["id"] for w, _ in kept if w.bid != booking_id(w.ap["id"])]
        if replaced:
            conn.execute(delete(b).where(b.c.applicant_id.in_(replaced)))  # their cancelled bookings
        rows = [
            {
                "id": want.bid,
                "applicant_id": want.ap["id"],
                "advisor_id": slot.advisor_id,
                "start_at": slot.start,
                "end_at": slot.end,
                "status": "pending",
                "sequence": 0,
                "created_at": now,
                "updated_at": now,
            }
            for want, slot in kept
        ]
        conn.execute(insert(b).values(rows))
    organizer = rt.settings.mail.from_email
    return [(want, slot, _spec(want, slot, avail, organizer)) for want, slot in kept]


def _spec(want: _Want, slot: Slot, avail: Availability, organizer: str) -> EventSpec:
    """The event of a hold just written, from what the run already has (no query)."""
    adv = avail.advisors[slot.advisor_id]
    return EventSpec(
        booking_id=want.bid,
        applicant_id=want.ap["id"],
        calendar_id=adv["calendar_id"],
        start=slot.start,
        end=slot.end,
        timezone=adv["timezone"],
        summary=EVENT_SUMMARY,
        description=EVENT_DESCRIPTION.format(booking_id=want.bid),
        attendee_email=want.ap["email"],
        attendee_name=want.ap["full_name"],
        organizer_email=organizer,
        sequence=0,
        video_url=adv.get("video_url"),
    )


def _settle_batch(pool: ThreadPoolExecutor, cal: CalendarBackend, specs: list[EventSpec]) -> dict[str, Outcome]:
    """A batch's calendar side, on its driver thread: one freeBusy for all its calendars (chunked by the backend),
    then on ``pool`` each booking's insert (``_insert_or_place``), or for a slot found busy, a ``find``
    (``_busy_or_ours``). Taken from freeBusy just before the inserts, like the per-booking free check it
    replaces; a failed freeBusy is every booking's calendar error (their rows stay pending)."""
    try:
        busy = cal.busy(sorted({s.calendar_id for s in specs}), min(s.start for s in specs), max(s.end for s in specs))
    except CalendarError as exc:
        return dict.fromkeys((s.booking_id for s in specs), exc)
    taken = _overlapping(specs, busy)
    futures = {
        s.booking_id: pool.submit(_quietly, _busy_or_ours if s.booking_id in taken else _insert_or_place, cal, s)
        for s in specs
    }
    wait(futures.values())  # all of them, even if one raises: the locks are released only after
    return {bid: f.result() for bid, f in futures.items()}


def _overlapping(specs: list[EventSpec], busy: dict[str, list[Interval]]) -> set[str]:
    """Booking ids whose time is busy on their calendar, in batch order: a booking overlapping an earlier one of
    the batch on the same calendar (two advisors sharing one) counts as busy too. A calendar missing from the
    answer could not be read: its bookings are busy."""
    spans = {cid: list(intervals) for cid, intervals in busy.items()}
    taken: set[str] = set()
    for s in specs:
        mine = spans.get(s.calendar_id)
        if mine is None or any(start < s.end and end > s.start for start, end in mine):
            taken.add(s.booking_id)
        else:
            mine.append((s.start, s.end))
    return taken


def _quietly(
    settle: Callable[[CalendarBackend, EventSpec], CalendarEvent | None], cal: CalendarBackend, spec: EventSpec
) -> Outcome:
    """``settle(cal, spec)`` on a worker thread, a calendar failure returned, not raised."""
    try:
        return settle(cal, spec)
    except CalendarError as exc:
        return exc


def _insert_or_place(cal: CalendarBackend, spec: EventSpec) -> CalendarEvent | None:
    """The batch path's one call: insert with the booking's id. An event already there with that id (409: a run
    that inserted it never updated its row) is adopted, moved or cancelled as ``_settle_event`` would."""
    try:
        event = cal.insert(spec)
    except DuplicateEventError as dup:
        event = dup.event
    return _place(cal, spec, event)


def _busy_or_ours(cal: CalendarBackend, spec: EventSpec) -> CalendarEvent | None:
    """freeBusy says the slot is busy: slot taken (None), unless the busy time is our own event for this booking,
    which freeBusy cannot tell apart: look before dropping the row, so a dropped row never leaves an event."""
    event = cal.find(spec.calendar_id, spec.booking_id)
    return None if event is None else _place(cal, spec, event)


def _finish_batch(
    rt: Runtime,
    batch: _Batch,
    avail: Availability,
    now: datetime,
    counts: Counter[str],
    todo: deque[_Want],
    errors_in_row: int,
) -> int:
    """Record a batch's calendar outcomes in one transaction; returns the calendar errors in a row so far."""
    booked: list[tuple[EventSpec, CalendarEvent]] = []
    taken: list[EventSpec] = []
    results = batch.results()
    for want, slot, spec in batch.holds:
        result = results[spec.booking_id]
        if isinstance(result, CalendarError):
            # One bad answer should not hold up everyone else; the pending row holds the slot until the
            # next run confirms or drops it.
            errors_in_row += 1
            log.warning("calendar error while booking applicant %s: %s", spec.applicant_id, type(result).__name__)
            counts["calendar_error"] += 1
            continue
        errors_in_row = 0
        if result is None:
            taken.append(spec)
            avail.block(slot)
            _retry_or(counts, want, "slot_taken", todo)
        else:
            booked.append((spec, result))
    if booked or taken:
        with rt.engine.begin() as conn:
            _record_many(conn, booked, taken, now)
    if booked:
        counts["booked"] += len(booked)
    return errors_in_row


def _record_many(
    conn: Connection, booked: list[tuple[EventSpec, CalendarEvent]], taken: list[EventSpec], now: datetime
) -> None:
    """``_mark_booked`` and ``_drop`` for a batch: a few statements, not a few per booking."""
    b = t.consult_bookings
    if booked:
        rows = [
            {"id": s.booking_id, "status": "booked", "event_id": e.event_id, "meet_link": e.meet_link}
            for s, e in booked
        ]
        rows = [{**r, "updated_at": now} for r in rows]
        done = update_rows(conn, b, rows, b.c.status == "pending")
        if len(done) != len(rows):  # cannot happen under the applicants' locks; never book a row we did not confirm
            raise RuntimeError(f"bookings {sorted({r['id'] for r in rows} - set(done))} changed while being confirmed")
    if taken:
        conn.execute(delete(b).where(b.c.id.in_([s.booking_id for s in taken])))
    lines = [(s.applicant_id, "book", "booked", now, {"booking_id": s.booking_id, "event_id": e.event_id})
             for s, e in booked]  # fmt: skip
    lines += [(s.applicant_id, "book", "slot_taken", now, {"booking_id": s.booking_id}) for s in taken]
    audit_many(conn, lines)
    if booked:
        refresh_status(conn, [s.applicant_id for s, _ in booked])


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
        select(a.c.id, a.c.timezone, a.c.specialties, a.c.email, a.c.full_name, b.c.status)
        .select_from(a.outerjoin(b, b.c.applicant_id == a.c.id))
        .order_by(a.c.submitted_at, a.c.id)
    )
    if applicant_ids is not None:
        query = query.where(a.c.id.in_(list(applicant_ids)))
    rows = [
        r for r in conn.execute(query) if r.status is None or (r.status == "cancelled" and applicant_ids is not None)
    ]
    return [
        {"id": r.id, "timezone": r.timezone, "specialties": r.specialties, "email": r.email, "full_name": r.full_name}
        for r in rows
    ]


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
    event = _settle_event(rt.backends.calendar, spec)
    if event is None:
        _drop(rt, spec, now, "slot_taken")
        return "slot_taken"
    _mark_booked(rt, spec, event, now)
    return "booked"


def _settle_event(cal: CalendarBackend, spec: EventSpec) -> CalendarEvent | None:
    """The calendar's side of ``_confirm``: exactly one event for the booking at ``spec``'s time, or None when
    another event holds the time (an event of ours found at another time is then cancelled). Looks first: a
    pending row left by a crash often has its event already."""
    event = cal.find(spec.calendar_id, spec.booking_id)
    if event is None:
        # Free, then inserted; an event there after all (listing lags an insert made moments before) is placed.
        return _insert_or_place(cal, spec) if cal.is_free(spec) else None
    return _place(cal, spec, event)


def _place(cal: CalendarBackend, spec: EventSpec, event: CalendarEvent) -> CalendarEvent | None:
    """Our ``event`` for the booking, at ``spec``'s time: kept if it is there already, else moved there if that
    time is free, else cancelled (None: slot taken), so the row, the event and the email agree."""
    if (as_utc(event.start), as_utc(event.end)) == (spec.start, spec.end):
        return event
    if not cal.is_free(spec, event.event_id):
        cal.cancel(spec.calendar_id, event.event_id)
        return None
    return cal.update(spec, event.event_id)


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


def book_chosen_slot(rt: Runtime, applicant_id: int, slot: Slot, now: datetime) -> str:
    """Book the slot the applicant picked (the booking page): the same hold and confirm as a batch run.

    Under the applicant's lock; the slot is re-checked against the advisor's live bookings under the
    advisor's lock (``_hold``), then against the calendar (``_confirm``). Returns ``booked``,
    ``already_booked`` (this applicant has a live booking: two tabs, a double click), ``taken`` (someone
    else got it first; nothing was written) or ``gone`` (the applicant was erased).
    """
    now = as_utc(now)
    cfg = rt.settings.booking
    with named_lock(rt.engine, "applicant", applicant_id):
        with rt.engine.connect() as conn:
            if conn.scalar(select(t.applicants.c.id).where(t.applicants.c.id == applicant_id)) is None:
                return "gone"
            current = conn.scalar(
                select(t.consult_bookings.c.status).where(t.consult_bookings.c.applicant_id == applicant_id)
            )
            if current is not None and current != "cancelled":
                return "already_booked"
            attempt = _cancellations(conn, [applicant_id]).get(applicant_id, 0) if current == "cancelled" else 0
            advisors = [a for a in active_advisors(conn) if a["id"] == slot.advisor_id]
            if not advisors:
                return "taken"
            avail = booking_availability(conn, rt.backends.calendar, advisors, cfg, now)
        bid = booking_id(applicant_id, attempt)
        if not _hold(rt, applicant_id, bid, slot, avail, now):
            return "taken"
        return "booked" if _confirm(rt, bid, now) == "booked" else "taken"
