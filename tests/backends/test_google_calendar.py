from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from include.backends.calendar import CalendarError, DuplicateEventError, EventSpec
from include.backends.google import GoogleCalendar
from tests.fakes.server import Fault

CAL = "advisor.one@clinic.example"
START = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)  # 10:00 in New York


def spec(**kw) -> EventSpec:
    base = EventSpec(
        booking_id="b0k1ng0000000000000000000a",
        applicant_id=42,
        calendar_id=CAL,
        start=START,
        end=START + timedelta(minutes=30),
        timezone="America/New_York",
        summary="Consultation (clerkflow #42)",
        description="Internal brief for the advisor",
        attendee_email="applicant@example.org",
        attendee_name="Applicant Name",
        organizer_email=CAL,
    )
    return replace(base, **kw)


def calendar(sleeps: list[float] | None = None, timeout: float = 60.0) -> GoogleCalendar:
    return GoogleCalendar.from_connection(sleep=(sleeps if sleeps is not None else []).append, timeout=timeout)


def test_busy_asks_at_most_50_calendars_per_freebusy_call(google_conn):
    ids = [f"advisor{i}@clinic.example" for i in range(120)]
    for cid in ids:
        google_conn.add_busy(cid, "2026-12-07T15:00:00Z", "2026-12-07T16:00:00Z")
    google_conn.add_busy(ids[73], "2026-12-08T09:00:00Z", "2026-12-08T10:00:00Z")
    busy = calendar().busy(ids, START - timedelta(hours=1), START + timedelta(days=2))
    sizes = [len(r.json()["items"]) for r in google_conn.calls("POST", "/freeBusy$")]
    assert sizes == [50, 50, 20]
    assert set(busy) == set(ids)
    assert busy[ids[73]][1] == (datetime(2026, 12, 8, 9, tzinfo=UTC), datetime(2026, 12, 8, 10, tzinfo=UTC))


def test_an_unreadable_calendar_counts_as_busy_all_window(google_conn):
    t0, t1 = START, START + timedelta(days=1)
    assert calendar().busy(["nobody@clinic.example"], t0, t1) == {"nobody@clinic.example": [(t0, t1)]}


def test_insert_sends_our_id_private_properties_meet_request_and_no_google_mail(google_conn):
    event = calendar().insert(spec())
    (req,) = google_conn.calls("POST", "/events$")
    assert req.path == f"/calendar/v3/calendars/{CAL}/events"
    assert req.param("sendUpdates") == "none"
    assert req.param("conferenceDataVersion") == "1"
    body = req.json()
    assert body["id"] == "b0k1ng0000000000000000000a"
    assert body["extendedProperties"] == {"private": {"booking_id": "b0k1ng0000000000000000000a", "applicant_id": "42"}}
    create = body["conferenceData"]["createRequest"]
    assert create == {"requestId": "b0k1ng0000000000000000000a", "conferenceSolutionKey": {"type": "hangoutsMeet"}}
    assert body["attendees"] == [{"email": "applicant@example.org", "displayName": "Applicant Name"}]
    assert body["description"] == "Internal brief for the advisor"
    assert body["start"] == {"dateTime": "2026-12-07T10:00:00-05:00", "timeZone": "America/New_York"}
    assert event.event_id == "b0k1ng0000000000000000000a"
    assert (event.start, event.end) == (START, START + timedelta(minutes=30))
    assert event.meet_link
    assert event.meet_link.startswith("https://meet.google.com/")
    assert event.ics
    assert event.meet_link.encode() in event.ics.replace(b"\r\n ", b"")
    assert b"Internal brief" not in event.ics


def test_a_409_raises_duplicate_with_the_existing_event_instead_of_making_a_second_one(google_conn):
    first = calendar().insert(spec())
    moved = spec(start=START + timedelta(hours=2), end=START + timedelta(hours=2, minutes=30))
    with pytest.raises(DuplicateEventError) as dup:
        calendar().insert(moved)
    assert dup.value.event.event_id == first.event_id
    assert dup.value.event.meet_link == first.meet_link
    assert (dup.value.event.start, dup.value.event.end) == (START, START + timedelta(minutes=30))  # not moved
    assert len(google_conn.live_events(CAL)) == 1
    assert [r.method for r in google_conn.requests] == ["POST", "POST", "GET"]


def test_insert_retries_a_500(google_conn, sleeps):
    google_conn.inject(Fault.http(500, method="POST"))
    event = calendar(sleeps).insert(spec())
    assert event.event_id == "b0k1ng0000000000000000000a"
    assert len(google_conn.calls("POST")) == 2
    assert len(sleeps) == 1
    assert len(google_conn.live_events(CAL)) == 1


def test_insert_whose_answer_is_lost_finds_the_event_it_made(google_conn, sleeps):
    google_conn.inject(Fault.timeout_after(1.0, method="POST"))
    event = calendar(sleeps, timeout=0.3).insert(spec())
    assert event.event_id == "b0k1ng0000000000000000000a"
    assert len(google_conn.live_events(CAL)) == 1
    listed = google_conn.calls("GET", "/events$")
    assert [r.param("privateExtendedProperty") for r in listed] == ["booking_id=b0k1ng0000000000000000000a"]


def test_insert_after_a_dropped_connection_makes_one_event(google_conn, sleeps):
    google_conn.inject(Fault.drop_after(method="POST"))
    try:
        event = calendar(sleeps).insert(spec())
    except DuplicateEventError as dup:  # httplib2 re-sent the POST itself: the event is the first one's
        event = dup.event
    assert event.event_id == "b0k1ng0000000000000000000a"
    assert len(google_conn.live_events(CAL)) == 1


def test_insert_revives_a_cancelled_event_with_the_same_id(google_conn):
    cal = calendar()
    cal.insert(spec())
    cal.cancel(CAL, "b0k1ng0000000000000000000a")
    event = cal.insert(spec())
    assert event.status == "confirmed"
    assert google_conn.events[CAL]["b0k1ng0000000000000000000a"]["status"] == "confirmed"


def test_find_uses_the_private_booking_property_and_skips_cancelled(google_conn):
    cal = calendar()
    cal.insert(spec())
    cal.insert(spec(booking_id="0therb00k1ng00000000000000", applicant_id=7))
    found = cal.find(CAL, "0therb00k1ng00000000000000")
    assert found is not None
    assert found.event_id == "0therb00k1ng00000000000000"
    assert found.booking_id == "0therb00k1ng00000000000000"
    cal.cancel(CAL, "0therb00k1ng00000000000000")
    assert cal.find(CAL, "0therb00k1ng00000000000000") is None
    assert all(r.param("showDeleted") == "false" for r in google_conn.calls("GET", "/events$"))


def test_update_patches_times_description_and_sequence(google_conn):
    cal = calendar()
    cal.insert(spec())
    moved = spec(start=START + timedelta(days=1), end=START + timedelta(days=1, minutes=30), sequence=1)
    event = cal.update(replace(moved, description="New brief"), "b0k1ng0000000000000000000a")
    (patch,) = google_conn.calls("PATCH")
    assert patch.param("sendUpdates") == "none"
    body = patch.json()
    assert body["sequence"] == 1
    assert body["description"] == "New brief"
    assert body["start"]["dateTime"] == "2026-12-08T10:00:00-05:00"
    assert event.start == START + timedelta(days=1)


def test_cancel_of_a_deleted_or_unknown_event_is_fine(google_conn):
    cal = calendar()
    cal.insert(spec())
    cal.cancel(CAL, "b0k1ng0000000000000000000a")
    cal.cancel(CAL, "b0k1ng0000000000000000000a")  # 410 Gone
    cal.cancel(CAL, "neverexisted00000")  # 404
    statuses = [r.param("sendUpdates") for r in google_conn.calls("DELETE")]
    assert statuses == ["none", "none", "none"]
    assert google_conn.live_events(CAL) == []


def test_a_bad_request_raises_without_personal_data(google_conn):
    with pytest.raises(CalendarError) as info:
        calendar().insert(spec(booking_id="NOT-base32hex!"))
    assert "400" in str(info.value)
    assert CAL not in str(info.value)
    assert "applicant@" not in str(info.value)
