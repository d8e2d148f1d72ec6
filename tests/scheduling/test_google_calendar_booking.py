"""The booking stage and manual changes through the real googleapiclient against the fake Calendar server."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from include.backends.google import GoogleCalendar
from include.scheduling.book import book_consults, booking_id
from include.scheduling.manage import cancel_booking, reschedule_booking
from include.store import tables as t
from include.timeutil import as_utc
from tests.fakes.google import FakeGoogle
from tests.fakes.server import Fault, Recorded, Reply, json_reply
from tests.scheduling.rows import advisor, utc
from tests.scheduling.seed import add_advisors, add_applicant, audit_events, bookings, outbox_keys, with_booking

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
    # One read for all advisors, then one per batch (sizes 1, 2, 2) for the batch's calendars.
    freebusy = [sorted(item["id"] for item in r.json()["items"]) for r in google_conn.calls("POST", "/freeBusy$")]
    assert freebusy[0] == [a["calendar_id"] for a in advisors]
    assert [len(ids) for ids in freebusy[1:]] == [1, 2, 2]
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
    assert [len(r.json()["items"]) for r in google_conn.calls("POST", "/freeBusy$")] == [50, 10, 1]  # read, batch


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
        assert book_consults(rt, NOW) == {"booked": 1, "repicked": 2}
        (row,) = bookings(rt)
        assert as_utc(row.start_at) == utc(2026, 12, 8, 15)  # after the other meeting
        assert {e["id"] for e in fake.live_events("jane.placeholder@example.com")} == {"other", row.id}
        assert len(audit_events(rt, "slot_taken")) == 2  # 09:00 and 09:30 both fell inside it
        # The run's read, then each pick's batch freeBusy; a busy slot costs a find (is it our event?), no insert.
        assert len(fake.calls("POST", "/freeBusy$")) == 4
        assert len(fake.calls("GET", EVENTS)) == 2
        assert len(fake.calls("POST", EVENTS)) == 1


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


# -- the batch path: freeBusy per batch, insert without a look first, 409 when the id is taken

FIND = "privateExtendedProperty"  # events.list by booking id: a find (is_free lists by time instead)


def finds(fake: FakeGoogle) -> list[Recorded]:
    return [r for r in fake.calls("GET", EVENTS) if r.param(FIND)]


class LaggingGoogle(FakeGoogle):
    """events.list by booking id does not show ``hidden`` events yet (listing lags a recent insert)."""

    hidden: frozenset[str] = frozenset()

    def _list(self, req: Recorded, cal: dict[str, dict[str, Any]]) -> Reply:
        reply = super()._list(req, cal)
        if not req.param(FIND):
            return reply
        body = json.loads(reply.body)
        body["items"] = [e for e in body["items"] if e["id"] not in self.hidden]
        return json_reply(body)


def test_a_pending_row_whose_event_exists_but_is_not_listed_yet_takes_the_409_path_to_one_event(
    runtime, sleeps, monkeypatch
):
    with LaggingGoogle() as fake:
        monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_GOOGLE", fake.airflow_conn())
        rt = google_runtime(runtime, fake, sleeps)
        add_applicant(rt, 1, "America/New_York")
        assert book_consults(rt, NOW) == {"booked": 1}
        # As if the run died after the insert landed, before marking the row booked; the find misses the event.
        with rt.engine.begin() as conn:
            conn.execute(update(t.consult_bookings).values(status="pending", event_id=None, meet_link=None))
        fake.hidden = frozenset({booking_id(1)})
        first = fake.live_events("jane.placeholder@example.com")[0]
        fake.requests.clear()
        assert book_consults(rt, NOW) == {"booked": 1}
        inserts = fake.calls("POST", EVENTS)
        assert len(inserts) == 1
        assert fake.calls("GET", f"/events/{booking_id(1)}$")  # the 409's event, read by id
        (event,) = live(fake)
        assert event == first
        (row,) = bookings(rt)
        assert (row.status, row.event_id, row.meet_link) == ("booked", event["id"], event["hangoutLink"])


def _stale_event(fake: FakeGoogle, bid: str, start: str, end: str) -> None:
    """A live event carrying booking ``bid``'s id whose row is gone (its run's hold was dropped, the event kept)."""
    fake.events["jane.placeholder@example.com"][bid] = {
        "id": bid,
        "status": "confirmed",
        "start": {"dateTime": start},
        "end": {"dateTime": end},
        "extendedProperties": {"private": {"booking_id": bid, "applicant_id": "1"}},
    }


def _after_the_read(fake: FakeGoogle, change: Callable[[], None]) -> None:
    """``change()`` on the fake right after it answers the run's first freeBusy (the availability read)."""
    handle = fake.handle

    def handle_then_change(req: Recorded) -> Reply:
        reply = handle(req)
        if req.path.endswith("/freeBusy") and len(fake.calls("POST", "/freeBusy$")) == 1:
            change()
        return reply

    fake.handle = handle_then_change  # type: ignore[method-assign]


def test_a_new_hold_whose_id_is_taken_gets_a_409_and_that_event_is_moved_not_doubled(google_conn, sleeps, runtime):
    rt = google_runtime(runtime, google_conn, sleeps)
    add_applicant(rt, 1, "America/New_York")
    _stale_event(google_conn, booking_id(1), "2026-12-10T15:00:00Z", "2026-12-10T15:30:00Z")
    assert book_consults(rt, NOW) == {"booked": 1}
    (row,) = bookings(rt)
    assert as_utc(row.start_at) == utc(2026, 12, 8, 14)
    (event,) = live(google_conn)
    assert event["id"] == row.event_id == booking_id(1)
    assert as_utc(_parse(event["start"]["dateTime"])) == utc(2026, 12, 8, 14)  # moved to the row's time
    assert len(google_conn.calls("POST", EVENTS)) == 1  # the 409
    assert len(google_conn.calls("PATCH")) == 1
    assert finds(google_conn) == []  # the batch path never looked first


def test_a_busy_slot_that_is_our_own_event_is_adopted_not_dropped(google_conn, sleeps, runtime):
    rt = google_runtime(runtime, google_conn, sleeps)
    add_applicant(rt, 1, "America/New_York")

    # Our event appears at the slot the run will pick, after its read (e.g. a lagging earlier insert).
    _after_the_read(
        google_conn, lambda: _stale_event(google_conn, booking_id(1), "2026-12-08T14:00:00Z", "2026-12-08T14:30:00Z")
    )
    assert book_consults(rt, NOW) == {"booked": 1}
    (row,) = bookings(rt)
    assert (as_utc(row.start_at), row.event_id) == (utc(2026, 12, 8, 14), booking_id(1))
    assert len(live(google_conn)) == 1
    assert len(finds(google_conn)) == 1  # busy: is it ours? yes, kept
    assert google_conn.calls("POST", EVENTS) == []
    assert audit_events(rt, "slot_taken") == []


def test_a_batch_freebusy_showing_one_slot_busy_repicks_only_that_applicant(google_conn, sleeps, runtime):
    tue = {"tue": ["09:00-10:00"]}
    fields = ("Internal Medicine", "Pediatrics", "Surgery")
    advisors = [
        advisor(id=f"adv{i}", calendar_id=f"adv{i}@clinic.example", specialties=[f], working_hours=tue)
        for i, f in enumerate(fields)
    ]
    rt = google_runtime(runtime, google_conn, sleeps, advisors=advisors)
    for i, f in enumerate(fields, start=1):
        add_applicant(rt, i, "America/New_York", [f])

    # Someone takes adv2's 09:00 right after the run's read: the second batch (applicants 2 and 3) sees it.
    _after_the_read(
        google_conn, lambda: google_conn.add_busy("adv2@clinic.example", "2026-12-08T14:00:00Z", "2026-12-08T14:30:00Z")
    )
    assert book_consults(rt, NOW) == {"booked": 3, "repicked": 1}
    starts = {r.applicant_id: (r.advisor_id, as_utc(r.start_at)) for r in bookings(rt)}
    assert starts == {
        1: ("adv0", utc(2026, 12, 8, 14)),
        2: ("adv1", utc(2026, 12, 8, 14)),
        3: ("adv2", utc(2026, 12, 8, 14, 30)),  # re-picked: the next slot
    }
    assert [a.applicant_id for a in audit_events(rt, "slot_taken")] == [3]
    batch_reads = [sorted(i["id"] for i in r.json()["items"]) for r in google_conn.calls("POST", "/freeBusy$")][1:]
    assert batch_reads == [
        ["adv0@clinic.example"],
        ["adv1@clinic.example", "adv2@clinic.example"],
        ["adv2@clinic.example"],
    ]
    assert [r.param(FIND) for r in finds(google_conn)] == [f"booking_id={booking_id(3)}"]
    assert len(google_conn.calls("POST", EVENTS)) == 3  # none for the busy slot


def test_a_clean_run_costs_about_one_calendar_call_per_booking(google_conn, sleeps, runtime):
    advisors = [advisor(id=f"adv{i}", calendar_id=f"adv{i}@clinic.example") for i in range(12)]
    rt = with_booking(google_runtime(runtime, google_conn, sleeps, advisors=advisors), calendar_concurrency=32)
    n = 150
    for i in range(1, n + 1):
        add_applicant(rt, i, "America/New_York")
    assert book_consults(rt, NOW) == {"booked": n}
    calls = google_conn.calls(path="^/calendar/")
    freebusy = google_conn.calls("POST", "/freeBusy$")
    # The run's read, then one per batch: 1, 2, 4, 8, 16, 32, 32, 32, 23.
    assert len(freebusy) == 1 + 9
    assert len(google_conn.calls("POST", EVENTS)) == n
    assert len(calls) == n + len(freebusy)  # nothing else: no find, no per-booking free check
    assert len(calls) / n <= 1.1
    assert sum(len(google_conn.live_events(a["calendar_id"])) for a in advisors) == n
