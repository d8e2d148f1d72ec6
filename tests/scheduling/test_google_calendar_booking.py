"""The booking stage and manual changes through the real googleapiclient against the fake Calendar server."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from include.backends.google import GoogleCalendar
from include.scheduling.book import book_consults, booking_id
from include.scheduling.manage import cancel_booking, reschedule_booking
from include.timeutil import as_utc
from tests.fakes.google import FakeGoogle
from tests.fakes.server import Fault, Recorded, Reply
from tests.scheduling.rows import advisor, utc
from tests.scheduling.seed import add_advisors, add_applicant, audit_events, bookings, outbox_keys

NOW = utc(2026, 12, 7, 12)
EVENTS = r"/events$"


def google_runtime(runtime, fake: FakeGoogle, sleeps: list[float], timeout: float = 60.0, advisors=None):
    """The runtime with its calendar swapped for GoogleCalendar on ``fake``, advisors' calendars created."""
    advisors = advisors or [advisor()]
    add_advisors(runtime, advisors)
    for adv in advisors:
        fake.events.setdefault(adv["calendar_id"], {})
    cal = GoogleCalendar.from_connection(sleep=sleeps.append, timeout=timeout)
    return replace(runtime, backends=replace(runtime.backends, calendar=cal))


def live(fake: FakeGoogle, cal_id: str = "jane.placeholder@example.com") -> list[dict[str, Any]]:
    return fake.live_events(cal_id)


def test_books_end_to_end_with_one_freebusy_call_for_all_advisors(google_conn, sleeps, runtime):
    advisors = [advisor(id=f"adv{i}", calendar_id=f"adv{i}@clinic.example") for i in range(3)]
    rt = google_runtime(runtime, google_conn, sleeps, advisors=advisors)
    for i in range(1, 6):
        add_applicant(rt, i, "Asia/Kolkata", ["Internal Medicine"])
    assert book_consults(rt, NOW) == {"booked": 5}
    (freebusy,) = google_conn.calls("POST", "/freeBusy$")
    assert sorted(item["id"] for item in freebusy.json()["items"]) == [a["calendar_id"] for a in advisors]
    rows = bookings(rt)
    for row in rows:
        ev = google_conn.events[f"{row.advisor_id}@clinic.example"][row.id]
        assert ev["extendedProperties"]["private"] == {"booking_id": row.id, "applicant_id": str(row.applicant_id)}
        assert ev["attendees"][0]["email"] == f"applicant{row.applicant_id}@example.org"
        # the event is shared with the applicant: no brief on it (the advisor gets that by email)
        assert row.id in ev["description"]
        assert "Applicant:" not in ev["description"]
        assert f"applicant{row.applicant_id}@" not in ev["description"]
        assert row.meet_link == ev["hangoutLink"]
        assert row.event_id == row.id == booking_id(row.applicant_id)
    assert sorted(r.advisor_id for r in rows) == ["adv0", "adv0", "adv1", "adv1", "adv2"]
    assert book_consults(rt, NOW) == {}
    assert sum(len(google_conn.live_events(a["calendar_id"])) for a in advisors) == 5


def test_more_than_50_advisors_are_read_in_freebusy_chunks_of_50(google_conn, sleeps, runtime):
    advisors = [advisor(id=f"adv{i:02d}", calendar_id=f"adv{i:02d}@clinic.example") for i in range(60)]
    rt = google_runtime(runtime, google_conn, sleeps, advisors=advisors)
    add_applicant(rt, 1, "America/New_York")
    assert book_consults(rt, NOW) == {"booked": 1}
    assert [len(r.json()["items"]) for r in google_conn.calls("POST", "/freeBusy$")] == [50, 10]


def test_freebusy_busy_time_is_not_offered(google_conn, sleeps, runtime):
    rt = google_runtime(runtime, google_conn, sleeps, advisors=[advisor(working_hours={"tue": ["09:00-10:00"]})])
    google_conn.add_busy("jane.placeholder@example.com", "2026-12-08T14:00:00Z", "2026-12-08T14:30:00Z")
    add_applicant(rt, 1, "America/New_York")
    book_consults(rt, NOW)
    assert as_utc(bookings(rt)[0].start_at) == utc(2026, 12, 8, 14, 30)


def test_a_500_on_insert_is_retried_into_one_event(google_conn, sleeps, runtime):
    rt = google_runtime(runtime, google_conn, sleeps)
    add_applicant(rt, 1, "America/New_York")
    google_conn.inject(Fault.http(500, method="POST", path=EVENTS))
    assert book_consults(rt, NOW) == {"booked": 1}
    assert len(google_conn.calls("POST", EVENTS)) == 2
    assert len(live(google_conn)) == 1


@pytest.mark.parametrize("fault", [Fault.timeout_after(1.0), Fault.drop_after()], ids=["timeout", "dropped"])
def test_an_insert_whose_answer_is_lost_leaves_exactly_one_event(google_conn, sleeps, runtime, fault):
    rt = google_runtime(runtime, google_conn, sleeps, timeout=0.3)
    add_applicant(rt, 1, "America/New_York")
    google_conn.inject(replace(fault, method="POST", path=EVENTS))
    assert book_consults(rt, NOW) == {"booked": 1}
    (event,) = live(google_conn)
    assert bookings(rt)[0].event_id == event["id"]
    assert book_consults(rt, NOW) == {}
    assert len(live(google_conn)) == 1


def test_a_409_on_our_id_revives_that_event_instead_of_making_another(google_conn, sleeps, runtime):
    rt = google_runtime(runtime, google_conn, sleeps)
    add_applicant(rt, 1, "America/New_York")
    bid = booking_id(1)
    # A deleted event with our id (an expired hold): list does not show it, insert answers 409.
    google_conn.events["jane.placeholder@example.com"][bid] = {
        "id": bid,
        "status": "cancelled",
        "start": {"dateTime": "2026-12-01T14:00:00Z"},
        "end": {"dateTime": "2026-12-01T14:30:00Z"},
    }
    assert book_consults(rt, NOW) == {"booked": 1}
    (event,) = live(google_conn)
    assert event["id"] == bid
    assert as_utc(bookings(rt)[0].start_at) == utc(2026, 12, 8, 14)
    assert event["start"]["dateTime"] == "2026-12-08T09:00:00-05:00"


class RacingGoogle(FakeGoogle):
    """Someone books the advisor's first free slot right after our freeBusy read."""

    def handle(self, req: Recorded) -> Reply:
        reply = super().handle(req)
        if req.path.endswith("/freeBusy") and not self.events["jane.placeholder@example.com"].get("other"):
            self.events["jane.placeholder@example.com"]["other"] = {
                "id": "other",
                "status": "confirmed",
                "start": {"dateTime": "2026-12-08T09:00:00-05:00"},
                "end": {"dateTime": "2026-12-08T10:00:00-05:00"},
            }
        return reply


def test_a_slot_taken_after_freebusy_is_repicked_in_the_same_run(runtime, sleeps, monkeypatch):
    with RacingGoogle() as fake:
        monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_GOOGLE", fake.airflow_conn())
        rt = google_runtime(runtime, fake, sleeps)
        add_applicant(rt, 1, "America/New_York")
        assert book_consults(rt, NOW) == {"booked": 1}
        (row,) = bookings(rt)
        assert as_utc(row.start_at) == utc(2026, 12, 8, 15)  # after the other meeting
        assert {e["id"] for e in fake.live_events("jane.placeholder@example.com")} == {"other", row.id}
        assert len(audit_events(rt, "slot_taken")) == 2  # 09:00 and 09:30 both fell inside it
        assert len(fake.calls("POST", "/freeBusy$")) == 1


def test_reschedule_patches_the_same_event_and_queues_the_rescheduled_message(google_conn, sleeps, runtime):
    rt = google_runtime(runtime, google_conn, sleeps)
    add_applicant(rt, 1, "America/New_York")
    book_consults(rt, NOW)
    (before,) = bookings(rt)
    out = reschedule_booking(rt, 1, NOW + timedelta(hours=1))
    (after,) = bookings(rt)
    assert (after.id, after.advisor_id, after.sequence) == (before.id, before.advisor_id, 1)
    assert as_utc(after.previous_start_at) == as_utc(before.start_at)
    assert as_utc(after.start_at) > as_utc(before.start_at)
    (patch,) = google_conn.calls("PATCH")
    assert patch.param("sendUpdates") == "none"
    assert patch.json()["sequence"] == 1
    (event,) = live(google_conn)
    assert as_utc(_parse(event["start"]["dateTime"])) == as_utc(after.start_at)
    assert f"consult_rescheduled:{after.id}:1" in outbox_keys(rt)
    assert out["changed"] is True
    assert out["previous_start"] == as_utc(before.start_at).isoformat()


def test_cancel_deletes_the_event_and_a_second_cancel_changes_nothing(google_conn, sleeps, runtime):
    rt = google_runtime(runtime, google_conn, sleeps)
    add_applicant(rt, 1, "America/New_York")
    book_consults(rt, NOW)
    assert cancel_booking(rt, 1, NOW, "ops")["status"] == "cancelled"
    assert live(google_conn) == []
    assert cancel_booking(rt, 1, NOW)["changed"] is False
    assert len(google_conn.calls("DELETE")) == 1
    (row,) = bookings(rt)
    assert f"consult_cancelled:{row.id}:1" in outbox_keys(rt)


def _parse(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text)


def test_one_failing_insert_does_not_hold_up_the_others_and_is_confirmed_next_run(google_conn, sleeps, runtime):
    advisors = [advisor(id=f"adv{i}", calendar_id=f"adv{i}@clinic.example") for i in range(2)]
    rt = google_runtime(runtime, google_conn, sleeps, advisors=advisors)
    for i in range(1, 4):
        add_applicant(rt, i, "America/New_York", ["Internal Medicine"])
    google_conn.inject(Fault.http(500, method="POST", path=EVENTS, times=5))  # outlasts the client's 5 attempts
    assert book_consults(rt, NOW) == {"booked": 2, "calendar_error": 1}
    assert sorted(r.status for r in bookings(rt)) == ["booked", "booked", "pending"]
    assert book_consults(rt, NOW) == {"booked": 1}
    rows = bookings(rt)
    assert [r.status for r in rows] == ["booked"] * 3
    live_ids = [e["id"] for a in advisors for e in google_conn.live_events(a["calendar_id"])]
    assert sorted(live_ids) == sorted(r.id for r in rows)
    spans = sorted((r.advisor_id, as_utc(r.start_at), as_utc(r.end_at)) for r in rows)
    assert all(a[0] != b[0] or a[2] <= b[1] for a, b in itertools.pairwise(spans))


def test_a_calendar_that_keeps_failing_fails_the_run_for_airflow_to_retry(google_conn, sleeps, runtime):
    from include.backends.calendar import CalendarError

    rt = google_runtime(runtime, google_conn, sleeps)
    for i in range(1, 6):
        add_applicant(rt, i, "America/New_York")
    google_conn.inject(Fault.http(503, method="POST", path=EVENTS, times=1000))
    with pytest.raises(CalendarError):
        book_consults(rt, NOW)
    assert len(bookings(rt)) == 3  # three pending holds, confirmed or dropped by the next run
    assert google_conn.live_events("jane.placeholder@example.com") == []
