"""The booking stage on the local calendar: who gets which slot, idempotence, re-picks, DST."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, insert, select, update

from include.scheduling.availability import active_advisors, booking_availability
from include.scheduling.book import book_consults, booking_id
from include.scheduling.choose import local_daytime
from include.scheduling.manage import cancel_booking
from include.store import tables as t
from include.timeutil import as_utc
from tests.scheduling.rows import advisor, utc
from tests.scheduling.seed import add_advisors, add_applicant, add_foreign_event, audit_events, bookings, with_booking

NOW = utc(2026, 12, 7, 12)  # Monday; with 24 h notice the first slots are on Tuesday


def test_each_applicant_gets_one_call_inside_their_daytime_with_the_fitting_advisor(runtime):
    add_advisors(
        runtime,
        [advisor(id="im", specialties=["Internal Medicine"]), advisor(id="peds", specialties=["Pediatrics"])],
    )
    add_applicant(runtime, 1, "Asia/Kolkata", ["Internal Medicine"])
    add_applicant(runtime, 2, "Asia/Kathmandu", ["Pediatrics"])
    # Both advisors write to one calendar here (rows.advisor's default): the second pick found the time taken.
    assert book_consults(runtime, NOW) == {"booked": 2, "repicked": 1}
    first, second = bookings(runtime)
    assert (first.advisor_id, second.advisor_id) == ("im", "peds")
    for row, tz in ((first, "Asia/Kolkata"), (second, "Asia/Kathmandu")):
        assert row.status == "booked"
        assert as_utc(row.start_at) >= NOW + timedelta(hours=24)
        assert local_daytime(as_utc(row.start_at), tz)
    # 09:00 EST on Tuesday is 19:30 in India: the first slot of the day that fits the applicant.
    assert as_utc(first.start_at) == utc(2026, 12, 8, 14)


def test_equal_advisors_take_turns_and_loads_stay_even(runtime):
    add_advisors(runtime, [advisor(id="a"), advisor(id="b")])
    for i in range(1, 7):
        add_applicant(runtime, i, "America/New_York", ["Internal Medicine"])
    # One shared calendar (rows.advisor's default): each "b" pick first met the time its "a" twin had just taken.
    assert book_consults(runtime, NOW) == {"booked": 6, "repicked": 5}
    assert [r.advisor_id for r in bookings(runtime)] == ["a", "b", "a", "b", "a", "b"]


def test_a_second_run_books_nothing_and_keeps_the_ids(runtime):
    add_advisors(runtime, [advisor()])
    add_applicant(runtime, 1, "Asia/Kolkata")
    book_consults(runtime, NOW)
    before = [(r.id, r.start_at) for r in bookings(runtime)]
    assert book_consults(runtime, NOW + timedelta(hours=1)) == {}
    assert [(r.id, r.start_at) for r in bookings(runtime)] == before
    assert before[0][0] == booking_id(1, 0)


def test_busy_calendar_time_and_existing_bookings_are_never_offered(runtime):
    adv = advisor(working_hours={"tue": ["09:00-10:30"]})
    add_advisors(runtime, [adv])
    add_foreign_event(runtime, adv["calendar_id"], utc(2026, 12, 8, 14), utc(2026, 12, 8, 14, 45))
    for i in (1, 2):
        add_applicant(runtime, i, "America/New_York")
    assert book_consults(with_booking(runtime, horizon_days=3), NOW) == {"booked": 1, "no_slot": 1}
    (row,) = [r for r in bookings(runtime) if r.status == "booked"]
    assert as_utc(row.start_at) == utc(2026, 12, 8, 15)  # 10:00 EST, after the 09:00-09:45 meeting


def test_a_pending_booking_left_by_a_crash_is_confirmed_once(runtime):
    add_advisors(runtime, [advisor()])
    add_applicant(runtime, 1, "America/New_York")
    book_consults(runtime, NOW)
    # As if the run died after the insert, before marking the row booked.
    with runtime.engine.begin() as conn:
        conn.execute(update(t.consult_bookings).values(status="pending", event_id=None))
    assert book_consults(runtime, NOW) == {"booked": 1}
    with runtime.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(t.calendar_events)) == 1


def test_a_pending_booking_now_inside_the_notice_is_dropped_and_rebooked_later(runtime):
    add_advisors(runtime, [advisor()])
    add_applicant(runtime, 1, "America/New_York")
    book_consults(runtime, NOW)
    (row,) = bookings(runtime)
    with runtime.engine.begin() as conn:
        conn.execute(update(t.consult_bookings).values(status="pending"))
    later = as_utc(row.start_at) - timedelta(hours=2)
    counts = book_consults(runtime, later)
    assert counts == {"pending_expired": 1, "booked": 1}
    (again,) = bookings(runtime)
    assert as_utc(again.start_at) >= later + timedelta(hours=24)
    assert again.id == row.id  # never announced, so the same booking id is reused


def test_a_cancelled_consultation_is_rebooked_only_on_request_and_under_a_new_id(runtime):
    add_advisors(runtime, [advisor()])
    add_applicant(runtime, 1, "America/New_York")
    book_consults(runtime, NOW)
    cancel_booking(runtime, 1, NOW + timedelta(hours=1), reason="applicant asked")
    assert book_consults(runtime, NOW + timedelta(hours=2)) == {}
    assert bookings(runtime)[0].status == "cancelled"
    assert book_consults(runtime, NOW + timedelta(hours=2), [1]) == {"booked": 1}
    (row,) = bookings(runtime)
    assert row.id == booking_id(1, 1) != booking_id(1, 0)
    assert len(audit_events(runtime, "cancelled")) == 1


def test_no_active_advisor_means_no_booking(runtime):
    add_advisors(runtime, [advisor(active=False)])
    add_applicant(runtime, 1, "America/New_York")
    assert book_consults(runtime, NOW) == {"no_advisor": 1}
    assert bookings(runtime) == []


# -- DST at the booking stage: the advisor's 10:00 stays 10:00 local, the UTC instant moves by an hour.

_ONE_CALL_A_DAY = {d: ["10:00-11:00"] for d in ("mon", "tue", "wed", "thu", "fri")}


def _book_week(runtime, now, n):
    add_advisors(runtime, [advisor(working_hours=_ONE_CALL_A_DAY, daily_max=2)])
    for i in range(1, n + 1):
        add_applicant(runtime, i, "Asia/Kolkata")
    book_consults(runtime, now)
    return [as_utc(r.start_at) for r in bookings(runtime)]


def test_us_spring_forward_moves_the_utc_time_and_widens_an_indian_evening(runtime):
    # 2026-03-08 clocks go forward in New York. 10:30 EST ends at 21:30 IST (outside the applicant's
    # day); 10:30 EDT ends at 20:30 IST (inside). So before the change one call a day fits, after it two.
    starts = _book_week(runtime, utc(2026, 3, 4, 12), 5)
    assert starts == [
        utc(2026, 3, 5, 15),  # Thu 10:00 EST
        utc(2026, 3, 6, 15),  # Fri 10:00 EST
        utc(2026, 3, 9, 14),  # Mon 10:00 EDT
        utc(2026, 3, 9, 14, 30),  # Mon 10:30 EDT
        utc(2026, 3, 10, 14),  # Tue 10:00 EDT
    ]


def test_us_fall_back_moves_the_utc_time_back(runtime):
    # 2026-11-01 clocks go back in New York: 10:30 EDT still fits the Indian day, 10:30 EST no longer does.
    starts = _book_week(runtime, utc(2026, 10, 28, 12), 5)
    assert starts == [
        utc(2026, 10, 29, 14),  # Thu 10:00 EDT
        utc(2026, 10, 29, 14, 30),
        utc(2026, 10, 30, 14),  # Fri 10:00 EDT
        utc(2026, 10, 30, 14, 30),
        utc(2026, 11, 2, 15),  # Mon 10:00 EST
    ]


def test_minimum_notice_ending_on_the_dst_day_is_counted_in_real_hours(runtime):
    # Now is Saturday 11:00 EST; 24 real hours later is Sunday 12:00 EDT (a 23-hour wall-clock day).
    add_advisors(runtime, [advisor(working_hours={"sun": ["11:00-13:00"]})])
    add_applicant(runtime, 1, "America/New_York")
    book_consults(runtime, utc(2026, 3, 7, 16))
    (row,) = bookings(runtime)
    assert as_utc(row.start_at) == utc(2026, 3, 8, 16)  # Sunday 12:00 EDT, not 11:00 EDT (23 h away)


def test_a_batch_hold_recomputes_only_advisors_another_run_booked_meanwhile(runtime):
    add_advisors(runtime, [advisor(id="a"), advisor(id="b", calendar_id="b@clinic.example")])
    with runtime.engine.connect() as conn:
        avail = booking_availability(
            conn, runtime.backends.calendar, active_advisors(conn), runtime.settings.booking, NOW
        )
    mine = [avail.free["a"][0], avail.free["b"][0]]
    for slot in mine:
        avail.book(slot)  # chosen in memory, not written yet
    with runtime.engine.connect() as conn:
        assert avail.refresh(conn, ["a", "b"], tentative=mine) == set()  # nothing new: kept as is
    assert mine[0] not in avail.free["a"]
    other = avail.free["b"][0]  # another run holds b's next slot
    add_applicant(runtime, 9, "America/New_York")
    with runtime.engine.begin() as conn:
        conn.execute(
            insert(t.consult_bookings).values(
                id="other", applicant_id=9, advisor_id="b", start_at=other.start, end_at=other.end,
                status="pending", sequence=0, created_at=NOW, updated_at=NOW,
            )
        )  # fmt: skip
    with runtime.engine.connect() as conn:
        assert avail.refresh(conn, ["a", "b"], tentative=mine) == {"b"}
    assert avail.booked["b"] == [(other.start, other.end)]  # our choice dropped: re-added only if still free
    assert mine[1] in avail.free["b"]
    assert other not in avail.free["b"]
    assert mine[0] not in avail.free["a"]
