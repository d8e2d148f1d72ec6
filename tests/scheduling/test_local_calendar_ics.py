"""The local calendar's .ics per booking: valid RFC 5545 with VTIMEZONE, updated on reschedule and cancel."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import delete, select

from include.backends.calendar import DuplicateEventError
from include.scheduling.book import book_consults
from include.scheduling.manage import cancel_booking, reschedule_booking
from include.store import tables as t
from include.timeutil import as_utc
from tests.scheduling.rows import advisor, utc
from tests.scheduling.seed import add_advisors, add_applicant, bookings

NOW = utc(2026, 12, 7, 12)


def booked(runtime):
    add_advisors(runtime, [advisor(timezone="America/Chicago")])
    add_applicant(runtime, 1, "Asia/Kolkata")
    book_consults(runtime, NOW)
    (row,) = bookings(runtime)
    return row, runtime.settings.ics_dir / f"{row.id}.ics"


def parse(path: Path):
    cal = Calendar.from_ical(path.read_bytes())
    (event,) = cal.walk("VEVENT")
    return cal, event


def test_each_booking_gets_an_ics_with_its_zone_and_the_right_instant(runtime):
    row, path = booked(runtime)
    cal, event = parse(path)
    assert str(cal["method"]) == "REQUEST"
    assert str(cal["version"]) == "2.0"
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["tzid"]) == "America/Chicago"
    assert event["dtstart"].params["TZID"] == "America/Chicago"
    assert as_utc(event.decoded("dtstart")) == as_utc(row.start_at)
    assert as_utc(event.decoded("dtend")) - as_utc(event.decoded("dtstart")) == timedelta(minutes=30)
    assert int(event["sequence"]) == 0
    assert str(event["status"]) == "CONFIRMED"
    assert str(event["uid"]) == f"{row.id}@clerkflow"
    raw = path.read_bytes()
    assert b"Applicant:" not in raw  # the advisor's internal brief stays out of the invite
    assert all(line.endswith(b"\r") for line in raw.split(b"\n")[:-1])  # CRLF line ends


def test_a_reschedule_rewrites_the_ics_with_a_higher_sequence(runtime):
    row, path = booked(runtime)
    reschedule_booking(runtime, 1, NOW + timedelta(hours=1))
    (moved,) = bookings(runtime)
    _, event = parse(path)
    assert int(event["sequence"]) == 1
    assert as_utc(event.decoded("dtstart")) == as_utc(moved.start_at) != as_utc(row.start_at)


def test_a_cancel_turns_the_ics_into_a_cancel_of_the_same_uid(runtime):
    row, path = booked(runtime)
    cancel_booking(runtime, 1, NOW)
    cal, event = parse(path)
    assert str(cal["method"]) == "CANCEL"
    assert str(event["status"]) == "CANCELLED"
    assert str(event["uid"]) == f"{row.id}@clerkflow"
    assert int(event["sequence"]) == 1 == bookings(runtime)[0].sequence
    assert cal.walk("VTIMEZONE")


def _spec_of(runtime, row):
    from include.scheduling.book import event_spec

    with runtime.engine.connect() as conn:
        return event_spec(conn, row.id, runtime.settings.mail.from_email)


def test_inserting_a_live_id_again_is_refused_like_googles_409_and_writes_nothing(runtime):
    row, path = booked(runtime)
    before = path.read_bytes()
    moved = replace(_spec_of(runtime, row), start=as_utc(row.start_at) + timedelta(days=1))
    moved = replace(moved, end=moved.start + timedelta(minutes=30))
    with pytest.raises(DuplicateEventError) as dup:
        runtime.backends.calendar.insert(moved)
    assert (dup.value.event.event_id, dup.value.event.start) == (row.id, as_utc(row.start_at))
    assert path.read_bytes() == before
    assert runtime.backends.calendar.find(moved.calendar_id, row.id).start == as_utc(row.start_at)


def test_inserting_a_cancelled_id_revives_that_event(runtime):
    row, _ = booked(runtime)
    spec = _spec_of(runtime, row)
    runtime.backends.calendar.cancel(spec.calendar_id, row.id)
    assert runtime.backends.calendar.insert(spec).status == "confirmed"
    assert runtime.backends.calendar.find(spec.calendar_id, row.id) is not None


def test_a_new_hold_whose_id_is_taken_moves_that_event_to_the_rows_time(runtime):
    """The local twin of Google's 409 path: a live event with the booking's id, its row gone."""
    row, path = booked(runtime)
    spec = _spec_of(runtime, row)
    with runtime.engine.begin() as conn:
        conn.execute(delete(t.consult_bookings))
    stale = replace(spec, start=spec.start + timedelta(days=2), end=spec.end + timedelta(days=2))
    runtime.backends.calendar.update(stale, row.id)  # the event now sits two days later
    assert book_consults(runtime, NOW) == {"booked": 1}
    (again,) = bookings(runtime)
    assert again.id == row.id
    with runtime.engine.connect() as conn:
        (event,) = conn.execute(select(t.calendar_events)).all()
    assert (event.id, event.status, as_utc(event.start_at)) == (row.id, "confirmed", as_utc(again.start_at))
    _, ics = parse(path)
    assert as_utc(ics.decoded("dtstart")) == as_utc(again.start_at)
