"""The local calendar's .ics per booking: valid RFC 5545 with VTIMEZONE, updated on reschedule and cancel."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar

from include.scheduling.book import book_consults
from include.scheduling.manage import cancel_booking, reschedule_booking
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
