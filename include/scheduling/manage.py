"""Changing a consultation by hand: cancel it, reschedule it with the same advisor, record how the call went.

The outcome's source of truth is the DB flag ``consult_bookings.status`` (``done`` | ``no_show``), set by
the advisor or ops with ``python -m include.cli consult done|no-show APPLICANT`` or the rerun DAG. Calendar
colours and RSVPs are not read: anyone with calendar access edits them, and a cancelled meeting must never
turn into a no-show. The follow-up and no-show emails key on this flag (``include/notify/plan.py``).

Rules: a cancelled booking cannot get an outcome; an outcome is refused before the call has ended; a call
with an outcome cannot be cancelled; a reschedule keeps the advisor (applicants dislike being moved to
another host), takes the next free slot inside the applicant's daytime and bumps ``sequence`` (the
``consult_rescheduled`` message and the invite's SEQUENCE key on it). Each change updates the calendar
first (safe to repeat), then the row, the audit log and the status, and queues the applicant's message in
the same transaction. Refusals raise ``BookingError``; repeating a change that is already true is a no-op.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, select, update

from include.notify.plan import plan_messages
from include.runtime import Runtime
from include.scheduling.availability import availability
from include.scheduling.book import MAX_PICKS, event_spec
from include.scheduling.choose import choose_slot
from include.scheduling.slots import Slot
from include.store import tables as t
from include.store.db import audit
from include.store.locks import named_lock
from include.store.status import refresh_status
from include.timeutil import as_utc

OUTCOMES = ("done", "no_show")


class BookingError(ValueError):
    """The change does not fit the booking's state (the message names ids only)."""


class SlotTaken(BookingError):
    """The slot a person picked is no longer free (``reschedule_to``); nothing moved."""


def cancel_booking(rt: Runtime, applicant_id: int, now: datetime, reason: str = "") -> dict[str, Any]:
    """Cancel the applicant's consultation: the event is cancelled and the applicant told."""
    with named_lock(rt.engine, "applicant", applicant_id):
        return _cancel(rt, applicant_id, now, reason)


def _cancel(rt: Runtime, applicant_id: int, now: datetime, reason: str) -> dict[str, Any]:
    with rt.engine.connect() as conn:
        row = _booking(conn, applicant_id)
        if row.status == "cancelled":
            return _result(row, changed=False)
        if row.status in OUTCOMES:
            raise BookingError(f"booking {row.id} is already marked {row.status}; it cannot be cancelled")
        spec = event_spec(conn, row.id, rt.settings.mail.from_email)
    cal = rt.backends.calendar
    event_id = row.event_id
    if event_id is None:  # still pending: an event may exist without our having heard back
        found = cal.find(spec.calendar_id, row.id)
        event_id = found.event_id if found else None
    if event_id is not None:
        cal.cancel(spec.calendar_id, event_id)
    # The cancellation is a new revision of the invite: its .ics CANCEL must carry a higher SEQUENCE.
    values = {"status": "cancelled", "sequence": row.sequence + 1, "updated_at": now}
    detail = {"booking_id": row.id, "event_id": event_id, "reason": reason or None}
    return _apply(rt, row, values, now, "book", "cancelled", detail)


def propose_reschedule(rt: Runtime, applicant_id: int, now: datetime) -> dict[str, Any]:
    """The slot ``reschedule_booking`` would take now, changing nothing (for a confirm step)."""
    return _reschedule(rt, applicant_id, now, propose=True)


def reschedule_booking(
    rt: Runtime, applicant_id: int, now: datetime, expect_start: datetime | None = None
) -> dict[str, Any]:
    """Move the consultation to the advisor's next free slot in the applicant's daytime.

    ``expect_start`` is the slot a person confirmed (from ``propose_reschedule``): when the next free
    slot is no longer that one, nothing moves and ``BookingError`` says so.
    """
    with named_lock(rt.engine, "applicant", applicant_id):
        return _reschedule(rt, applicant_id, now, expect_start=expect_start)


def reschedule_to(rt: Runtime, applicant_id: int, slot: Slot, now: datetime) -> dict[str, Any]:
    """Move the consultation to ``slot``, a time the applicant picked (same advisor, booking page).

    The same checks and writes as ``reschedule_booking``; ``SlotTaken`` when the slot is no longer free.
    """
    with named_lock(rt.engine, "applicant", applicant_id):
        return _reschedule(rt, applicant_id, now, target=slot)


def _reschedule(
    rt: Runtime,
    applicant_id: int,
    now: datetime,
    expect_start: datetime | None = None,
    propose: bool = False,
    target: Slot | None = None,
) -> dict[str, Any]:
    cfg = rt.settings.booking
    cal = rt.backends.calendar
    with rt.engine.connect() as conn:
        row = _booking(conn, applicant_id)
        if row.status not in ("booked", "no_show"):
            raise BookingError(f"booking {row.id} is {row.status}; only a booked or missed consultation moves")
        if row.event_id is None:
            raise BookingError(f"booking {row.id} has no calendar event yet; run the book stage first")
        advisor = conn.execute(select(t.advisors).where(t.advisors.c.id == row.advisor_id)).one()._mapping
        if not advisor["active"]:
            raise BookingError(f"advisor {row.advisor_id} is no longer active; cancel and re-book instead")
        tz = conn.scalar(select(t.applicants.c.timezone).where(t.applicants.c.id == applicant_id)) or "UTC"
        spec = event_spec(conn, row.id, rt.settings.mail.from_email)
        avail = availability(
            conn,
            cal,
            [advisor],
            start=now,
            days=cfg.horizon_days,
            now=now,
            min_notice=timedelta(hours=cfg.min_notice_hours),
        )
    if target is not None and target.advisor_id != row.advisor_id:
        raise BookingError(f"booking {row.id} stays with advisor {row.advisor_id}")
    for _ in range(MAX_PICKS):
        if target is not None:  # the applicant's pick: that slot or nothing
            if target not in avail.free.get(row.advisor_id, []):
                raise SlotTaken(f"slot {as_utc(target.start).isoformat()} of advisor {row.advisor_id} is not free")
            slot = target
        else:
            slot = choose_slot(
                applicant_tz=tz,
                applicant_specialties=[],
                advisors=[advisor],
                free=avail.free,
                loads={},
                day_start_hour=cfg.applicant_day_start_hour,
                day_end_hour=cfg.applicant_day_end_hour,
            )
        if slot is None:
            break
        moved = replace(spec, start=slot.start, end=slot.end, sequence=row.sequence + 1)
        # Under the advisor's lock from the re-check to the commit: no booking run can take the new slot
        # in between (the row still shows the old time until _apply commits).
        with named_lock(rt.engine, "advisor", row.advisor_id):
            with rt.engine.connect() as conn:
                if not avail.still_free(conn, slot):
                    continue
            if not cal.is_free(moved, row.event_id):
                avail.block(slot)
                continue
            if propose:
                proposal = {"proposed_start": slot.start.isoformat(), "proposed_end": slot.end.isoformat()}
                return {**_result(row, changed=False), **proposal}
            if expect_start is not None and as_utc(slot.start) != as_utc(expect_start):
                raise BookingError(
                    f"the proposed slot {as_utc(expect_start).isoformat()} is no longer free; "
                    f"the next one is {as_utc(slot.start).isoformat()}"
                )
            event = cal.update(moved, row.event_id)
            values = {
                "status": "booked",
                "start_at": slot.start,
                "end_at": slot.end,
                "previous_start_at": row.start_at,
                "sequence": moved.sequence,
                "meet_link": event.meet_link or row.meet_link,
                "updated_at": now,
            }
            detail = {"booking_id": row.id, "from": as_utc(row.start_at), "to": slot.start, "sequence": moved.sequence}
            return _apply(rt, row, values, now, "book", "rescheduled", detail)
    raise BookingError(
        f"advisor {row.advisor_id} has no free slot in applicant {applicant_id}'s daytime "
        f"in the next {cfg.horizon_days} days"
    )


def mark_outcome(rt: Runtime, applicant_id: int, outcome: str, now: datetime) -> dict[str, Any]:
    """Record that the call happened (``done``) or the applicant missed it (``no_show``), after it ended."""
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {OUTCOMES}, got {outcome!r}")
    with named_lock(rt.engine, "applicant", applicant_id):
        return _mark(rt, applicant_id, outcome, now)


def _mark(rt: Runtime, applicant_id: int, outcome: str, now: datetime) -> dict[str, Any]:
    with rt.engine.connect() as conn:
        row = _booking(conn, applicant_id)
    if row.status == outcome:
        return _result(row, changed=False)
    if row.status == "cancelled":
        raise BookingError(f"booking {row.id} was cancelled; a cancelled call has no outcome")
    if row.status == "pending":
        raise BookingError(f"booking {row.id} is not confirmed on the calendar yet")
    if as_utc(now) < as_utc(row.end_at):
        raise BookingError(f"booking {row.id} ends at {as_utc(row.end_at).isoformat()}; mark it after the call")
    detail = {"booking_id": row.id, "previous": row.status}
    return _apply(rt, row, {"status": outcome, "updated_at": now}, now, "consult", outcome, detail)


def _booking(conn: Connection, applicant_id: int) -> Row[Any]:
    row = conn.execute(select(t.consult_bookings).where(t.consult_bookings.c.applicant_id == applicant_id)).first()
    if row is None:
        raise BookingError(f"applicant {applicant_id} has no consultation booking")
    return row


def _apply(
    rt: Runtime, row: Row[Any], values: dict[str, Any], now: datetime, stage: str, event: str, detail: dict[str, Any]
) -> dict[str, Any]:
    b = t.consult_bookings
    with rt.engine.begin() as conn:
        # Only from the state this change was decided on: of two people (or a page and the CLI) making
        # it at once, one applies it and the other is told it is already done.
        moved = conn.execute(
            update(b).where(b.c.id == row.id, b.c.status == row.status, b.c.sequence == row.sequence).values(**values)
        )
        if moved.rowcount == 0:
            return _result(conn.execute(select(b).where(b.c.id == row.id)).one(), changed=False)
        audit(conn, row.applicant_id, stage, event, now, **detail)
        refresh_status(conn, [row.applicant_id])
        plan_messages(conn, now, [row.applicant_id])
        fresh = conn.execute(select(b).where(b.c.id == row.id)).one()
    return _result(fresh, changed=True)


def _result(row: Row[Any], *, changed: bool) -> dict[str, Any]:
    """Ids, statuses and times only: this goes to the task log and the terminal."""
    return {
        "applicant_id": row.applicant_id,
        "booking_id": row.id,
        "advisor_id": row.advisor_id,
        "status": row.status,
        "start": as_utc(row.start_at).isoformat(),
        "previous_start": as_utc(row.previous_start_at).isoformat() if row.previous_start_at else None,
        "sequence": row.sequence,
        "changed": changed,
    }
