"""Cancel, reschedule and outcome rules, and the ``consult`` and ``slots`` commands."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from include.cli import main
from include.scheduling.book import book_consults
from include.scheduling.choose import local_daytime
from include.scheduling.manage import BookingError, cancel_booking, mark_outcome, reschedule_booking
from include.store import tables as t
from include.timeutil import as_utc
from tests.scheduling.rows import advisor, utc
from tests.scheduling.seed import add_advisors, add_applicant, add_foreign_event, audit_events, bookings, outbox_keys

NOW = utc(2026, 12, 7, 12)


@pytest.fixture
def one_booking(runtime):
    add_advisors(runtime, [advisor(id="a"), advisor(id="b", calendar_id="b@example.com")])
    add_applicant(runtime, 1, "Asia/Kolkata")
    book_consults(runtime, NOW)
    return bookings(runtime)[0]


def status(runtime) -> str:
    with runtime.engine.connect() as conn:
        return conn.scalar(select(t.applicants.c.status).where(t.applicants.c.id == 1))


def test_outcome_before_the_call_ends_is_refused(runtime, one_booking):
    with pytest.raises(BookingError, match="after the call"):
        mark_outcome(runtime, 1, "no_show", as_utc(one_booking.end_at) - timedelta(minutes=1))
    assert bookings(runtime)[0].status == "booked"


def test_done_after_the_call_sets_consulted_and_queues_the_followup(runtime, one_booking):
    out = mark_outcome(runtime, 1, "done", as_utc(one_booking.end_at))
    assert out["status"] == "done"
    assert status(runtime) == "consulted"
    assert f"followup:{one_booking.id}" in outbox_keys(runtime)
    assert [r.event for r in audit_events(runtime, "done")] == ["done"]
    assert mark_outcome(runtime, 1, "done", as_utc(one_booking.end_at))["changed"] is False


def test_a_cancelled_call_is_never_a_no_show(runtime, one_booking):
    cancel_booking(runtime, 1, NOW)
    with pytest.raises(BookingError, match="cancelled"):
        mark_outcome(runtime, 1, "no_show", as_utc(one_booking.end_at) + timedelta(days=1))
    assert f"no_show:{one_booking.id}" not in outbox_keys(runtime)


def test_a_call_with_an_outcome_cannot_be_cancelled(runtime, one_booking):
    mark_outcome(runtime, 1, "no_show", as_utc(one_booking.end_at))
    with pytest.raises(BookingError):
        cancel_booking(runtime, 1, as_utc(one_booking.end_at))
    assert status(runtime) == "no_show"


def test_reschedule_keeps_the_advisor_even_when_another_is_free_earlier(runtime, one_booking):
    start = as_utc(one_booking.start_at)
    # The booked advisor is busy for the rest of the day; the other advisor is not.
    calendar = "jane.placeholder@example.com"
    add_foreign_event(runtime, calendar, start + timedelta(minutes=30), start + timedelta(hours=6))
    out = reschedule_booking(runtime, 1, NOW + timedelta(hours=1))
    (row,) = bookings(runtime)
    assert row.advisor_id == one_booking.advisor_id == out["advisor_id"]
    assert as_utc(row.start_at) >= start + timedelta(hours=6)
    assert local_daytime(as_utc(row.start_at), "Asia/Kolkata")
    assert row.sequence == 1
    assert as_utc(row.previous_start_at) == start
    assert [r.detail["sequence"] for r in audit_events(runtime, "rescheduled")] == [1]


def test_reschedule_without_a_free_slot_is_refused_and_changes_nothing(runtime, one_booking):
    add_foreign_event(runtime, "jane.placeholder@example.com", NOW, NOW + timedelta(days=30))
    with pytest.raises(BookingError, match="no free slot"):
        reschedule_booking(runtime, 1, NOW)
    assert bookings(runtime)[0].start_at == one_booking.start_at


@pytest.mark.parametrize("hour", range(0, 24, 3))
def test_an_evening_advisor_can_reschedule_an_indian_applicant_whatever_the_hour(runtime, hour):
    """Like the sample's adv-whitfield: mornings (Indian night) and evenings (Indian morning), 4 calls a day.

    The evening slots used to be hidden whenever the morning was free, so the reschedule found no slot or
    not depending on the hour the booking ran.
    """
    west = advisor(
        id="adv-west",
        timezone="America/Los_Angeles",
        buffer_minutes=10,
        daily_max=4,
        working_hours={d: ["10:00-12:00", "18:00-21:00"] for d in ("mon", "tue", "wed", "thu")},
    )
    add_advisors(runtime, [west])
    add_applicant(runtime, 1, "Asia/Kolkata")
    now = NOW + timedelta(hours=hour)
    assert book_consults(runtime, now) == {"booked": 1}
    first = as_utc(bookings(runtime)[0].start_at)
    out = reschedule_booking(runtime, 1, now)
    assert as_utc(bookings(runtime)[0].start_at) != first
    assert local_daytime(as_utc(bookings(runtime)[0].start_at), "Asia/Kolkata")
    assert out["changed"] is True


def test_unknown_applicant_booking_is_an_error(runtime):
    with pytest.raises(BookingError):
        cancel_booking(runtime, 99, NOW)


def test_consult_command_takes_an_email_and_prints_ids_only(runtime, one_booking, capsys):
    assert main(["consult", "cancel", "Applicant1@example.org", "--reason", "asked"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "cancelled"
    assert out["booking_id"] == one_booking.id
    assert "@" not in json.dumps(out)
    assert main(["consult", "no-show", "1"]) == 1
    assert "cancelled" in capsys.readouterr().err


def test_slots_command_leaves_out_bookings_and_calendar_busy_time(runtime, capsys):
    add_advisors(runtime, [advisor(id="adv-ellison", calendar_id="margaret.ellison@example.com")])
    add_applicant(runtime, 1, "America/New_York")
    book_consults(runtime, NOW)
    booked = as_utc(bookings(runtime)[0].start_at)
    add_foreign_event(runtime, "margaret.ellison@example.com", booked + timedelta(hours=3), booked + timedelta(hours=4))
    args = ["slots", "--start", "2026-12-08", "--days", "1", "--now", NOW.isoformat(), "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    starts = [s["start"] for s in out["adv-ellison"]]
    # 09:00 is booked (the 10-minute buffer pushes the next slot to 09:40); 12:00-13:00 is another meeting.
    # The day has room (1 of 6 booked), so every free slot is offered, not only the first five.
    hhmms = ("09:40", "10:20", "11:00", "13:40", "14:20", "15:00", "15:40", "16:20")
    assert starts == [f"2026-12-08T{hhmm}:00-05:00" for hhmm in hhmms]
    assert {"adv-desai", "adv-whitfield"} <= set(out)


def test_the_proposed_slot_is_the_one_taken_and_proposing_changes_nothing(runtime, one_booking):
    from include.scheduling.manage import propose_reschedule

    later = NOW + timedelta(hours=1)
    proposal = propose_reschedule(runtime, 1, later)
    assert bookings(runtime)[0].start_at == one_booking.start_at
    assert bookings(runtime)[0].sequence == 0
    out = reschedule_booking(runtime, 1, later, expect_start=datetime.fromisoformat(proposal["proposed_start"]))
    assert out["start"] == proposal["proposed_start"]
    assert out["sequence"] == 1


def test_a_confirmed_slot_taken_meanwhile_moves_nothing(runtime, one_booking):
    from include.scheduling.manage import propose_reschedule

    proposal = propose_reschedule(runtime, 1, NOW + timedelta(hours=1))
    start = datetime.fromisoformat(proposal["proposed_start"])
    add_foreign_event(runtime, "jane.placeholder@example.com", start, start + timedelta(minutes=30))
    with pytest.raises(BookingError, match="no longer free"):
        reschedule_booking(runtime, 1, NOW + timedelta(hours=1), expect_start=start)
    assert bookings(runtime)[0].start_at == one_booking.start_at


@pytest.mark.postgres
def test_the_same_outcome_marked_twice_at_once_on_postgres_is_applied_once(tmp_path, monkeypatch):
    import threading

    from include.config import load_settings
    from include.runtime import open_runtime
    from include.store.db import migrate
    from tests.pgdb import PG_URL, scratch_database

    if not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set")
    with scratch_database("clerkflow_manage") as url:
        monkeypatch.setenv("CLERKFLOW_DB_URL", url)
        monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
        migrate(url)
        rt = open_runtime(load_settings())
        try:
            add_advisors(rt, [advisor(id="a")])
            add_applicant(rt, 1, "Asia/Kolkata")
            book_consults(rt, NOW)
            after = as_utc(bookings(rt)[0].end_at) + timedelta(minutes=5)
            start = threading.Barrier(2)
            results: list[dict] = []

            def mark() -> None:
                start.wait()
                results.append(mark_outcome(rt, 1, "no_show", after))

            threads = [threading.Thread(target=mark) for _ in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert sorted(r["changed"] for r in results) == [False, True]
            assert len(audit_events(rt, "no_show")) == 1
            assert [k for k in outbox_keys(rt) if k.startswith("no_show:")] == [f"no_show:{bookings(rt)[0].id}"]
            assert bookings(rt)[0].status == "no_show"
        finally:
            rt.engine.dispose()
