"""Slot generation: DST, notice, buffers, daily caps, days off, validation, applicant daytime."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from include.scheduling.slots import Slot, free_slots, local_daytime, working_windows
from tests.scheduling.rows import advisor, utc

NY = ZoneInfo("America/New_York")
NIGHT = {"sun": ["00:00-06:00"]}


def slots_for(adv, start, days=1, *, busy=(), booked=(), now=None, notice=timedelta(0)):
    return free_slots(
        adv, busy=list(busy), booked=list(booked), start=start, days=days, now=now or start, min_notice=notice
    )


def local_hhmm(slot: Slot) -> str:
    return slot.start.astimezone(NY).strftime("%H:%M")


@pytest.mark.parametrize(
    ("monday", "expected_utc_hour"),
    [
        (date(2026, 10, 26), 13),  # EDT, before the November change
        (date(2026, 11, 2), 14),  # EST, after it
        (date(2027, 3, 8), 14),  # EST, before the March change
        (date(2027, 3, 15), 13),  # EDT, after it
    ],
)
def test_monday_nine_local_maps_to_the_right_utc_hour_around_dst(monday, expected_utc_hour):
    windows = working_windows(advisor(), monday, 1)
    assert windows[0][0] == utc(monday.year, monday.month, monday.day, expected_utc_hour)
    assert windows[0][0].astimezone(NY).hour == 9
    slots = slots_for(advisor(), utc(monday.year, monday.month, monday.day))
    assert slots[0].start.astimezone(NY).strftime("%H:%M") == "09:00"
    assert local_hhmm(slots[-1]) == "16:30"
    assert len(slots) == 14


def test_night_schedule_has_no_slot_in_the_skipped_hour_of_march_14():
    slots = slots_for(advisor(working_hours=NIGHT), utc(2027, 3, 14))
    hours = [s.start.astimezone(NY).hour for s in slots]
    assert 2 not in hours
    assert [local_hhmm(s) for s in slots] == [
        "00:00", "00:30", "01:00", "01:30", "03:00", "03:30", "04:00", "04:30", "05:00", "05:30",
    ]  # fmt: skip
    assert all(b.start - a.start == timedelta(minutes=30) for a, b in itertools.pairwise(slots))


def test_window_starting_inside_the_skipped_hour_starts_when_clocks_jump():
    adv = advisor(working_hours={"sun": ["02:00-04:00", "02:15-02:45"]})
    # 02:15-02:45 lies inside 02:00-04:00 and merges; the gap part of the window does not exist.
    assert working_windows(adv, date(2027, 3, 14), 1) == [(utc(2027, 3, 14, 7), utc(2027, 3, 14, 8))]
    assert working_windows(advisor(working_hours={"sun": ["02:00-02:30"]}), date(2027, 3, 14), 1) == []


def test_repeated_hour_on_november_1_gives_distinct_non_overlapping_slots():
    slots = slots_for(advisor(working_hours=NIGHT), utc(2026, 11, 1))
    assert len(slots) == 14  # 00:00 EDT to 06:00 EST is seven real hours
    assert len({s.start for s in slots}) == len(slots)
    assert all(a.end <= b.start for a, b in itertools.pairwise(slots))
    assert [local_hhmm(s) for s in slots].count("01:00") == 2  # once in EDT, once in EST
    assert slots[-1].end == utc(2026, 11, 1, 11)


def test_min_notice_is_real_hours_across_the_march_change():
    adv = advisor(working_hours={"sun": ["09:00-12:00"]})
    now = utc(2027, 3, 13, 14)  # Saturday 09:00 EST
    slots = slots_for(adv, utc(2027, 3, 13), days=2, now=now, notice=timedelta(hours=24))
    assert slots[0].start == utc(2027, 3, 14, 14)  # Sunday 10:00 EDT, not 09:00 EDT
    assert all(s.start >= now + timedelta(hours=24) for s in slots)


def test_min_notice_ending_inside_a_night_schedule_on_the_change_day():
    now = utc(2027, 3, 13, 6, 15)  # notice ends Sunday 01:15 EST
    slots = slots_for(advisor(working_hours=NIGHT), utc(2027, 3, 13), days=2, now=now, notice=timedelta(hours=24))
    assert [local_hhmm(s) for s in slots[:3]] == ["01:30", "03:00", "03:30"]
    assert slots[0].start == utc(2027, 3, 14, 6, 30)


def test_buffer_keeps_slots_away_from_busy_time_and_from_each_other():
    adv = advisor(buffer_minutes=10, working_hours={"mon": ["09:00-12:00"]})
    busy = [(utc(2026, 12, 7, 15), utc(2026, 12, 7, 15, 30))]  # 10:00-10:30 EST
    slots = slots_for(adv, utc(2026, 12, 7), busy=busy)
    assert [local_hhmm(s) for s in slots] == ["09:00", "11:00"]  # 09:40 and 10:20 touch the buffer
    free = slots_for(adv, utc(2026, 12, 7))
    assert [local_hhmm(s) for s in free] == ["09:00", "09:40", "10:20", "11:00"]


def test_existing_bookings_block_their_time_plus_buffer():
    adv = advisor(buffer_minutes=15, working_hours={"mon": ["09:00-11:00"]})
    booked = [(utc(2026, 12, 7, 14, 45), utc(2026, 12, 7, 15, 15))]  # 09:45-10:15 EST
    slots = slots_for(adv, utc(2026, 12, 7), booked=booked)
    assert [local_hhmm(s) for s in slots] == ["09:00", "10:30"]  # 09:45 is the booking itself
    booked = [(utc(2026, 12, 7, 15, 30), utc(2026, 12, 7, 16))]  # 10:30-11:00 EST
    assert [local_hhmm(s) for s in slots_for(adv, utc(2026, 12, 7), booked=booked)] == ["09:00", "09:45"]


def test_windows_meeting_at_midnight_still_keep_the_buffer_between_slots():
    adv = advisor(buffer_minutes=10, working_hours={"sun": ["23:30-24:00"], "mon": ["00:00-01:30"]})
    slots = slots_for(adv, utc(2026, 12, 6), days=2)
    assert all(b.start >= a.end + timedelta(minutes=10) for a, b in itertools.pairwise(slots))
    assert [local_hhmm(s) for s in slots] == ["23:30", "00:40"]  # 00:00 is inside the buffer after 23:30-00:00


def test_touching_windows_merge_into_one_grid():
    adv = advisor(buffer_minutes=10, working_hours={"mon": ["09:00-10:00", "10:00-11:00"]})
    assert working_windows(adv, date(2026, 12, 7), 1) == [(utc(2026, 12, 7, 14), utc(2026, 12, 7, 16))]
    assert [local_hhmm(s) for s in slots_for(adv, utc(2026, 12, 7))] == ["09:00", "09:40", "10:20"]


def test_daily_max_counts_existing_bookings_on_the_advisor_local_day():
    adv = advisor(daily_max=2)
    # 21:00 EST Monday is 02:00Z Tuesday: it counts toward Monday.
    booked = [(utc(2026, 12, 8, 2), utc(2026, 12, 8, 2, 30)), (utc(2026, 12, 7, 15), utc(2026, 12, 7, 15, 30))]
    slots = slots_for(adv, utc(2026, 12, 7), days=2, booked=booked)
    assert {s.start.astimezone(NY).date() for s in slots} == {date(2026, 12, 8)}  # Monday is full
    one = slots_for(adv, utc(2026, 12, 7), days=2, booked=booked[:1])
    assert sum(s.start.astimezone(NY).date() == date(2026, 12, 7) for s in one) == 14  # room left: all 14 offered


def test_a_day_with_room_offers_every_free_slot_not_just_the_earliest():
    """An evening slot is the only one in an applicant's daytime on the other side of the world.

    Offering only the first ``daily_max`` slots of a day hid it whenever the morning was free (the rerun DAG's
    reschedule then failed depending on the hour it ran).
    """
    adv = advisor(
        timezone="America/Los_Angeles",
        daily_max=2,
        buffer_minutes=10,
        working_hours={"mon": ["10:00-12:00", "18:00-21:00"]},
    )
    slots = slots_for(adv, utc(2026, 12, 7, 8), days=1)  # Monday 00:00 in Los Angeles
    la = ZoneInfo("America/Los_Angeles")
    assert [s.start.astimezone(la).strftime("%H:%M") for s in slots] == [
        "10:00", "10:40", "11:20", "18:00", "18:40", "19:20", "20:00",
    ]  # fmt: skip
    assert any(local_daytime(s.start, "Asia/Kolkata") for s in slots)


def test_full_day_offers_nothing():
    adv = advisor(daily_max=1)
    booked = [(utc(2026, 12, 7, 20), utc(2026, 12, 7, 20, 30))]
    assert slots_for(adv, utc(2026, 12, 7), booked=booked) == []


@pytest.mark.parametrize("day_off", ["2026-12-08", date(2026, 12, 8)])
def test_days_off_are_skipped(day_off):
    slots = slots_for(advisor(days_off=[day_off]), utc(2026, 12, 7), days=3)
    days = {s.start.astimezone(NY).date() for s in slots}
    assert days == {date(2026, 12, 7), date(2026, 12, 9)}


def test_horizon_is_start_plus_days_and_inactive_advisors_have_none():
    start = utc(2026, 12, 7, 17)  # Monday 12:00 EST
    slots = slots_for(advisor(), start, days=1)
    assert slots[0].start == start.replace(hour=18)  # 13:00 EST
    assert slots[-1].start < start + timedelta(days=1)
    assert slots[-1].start.astimezone(NY).date() == date(2026, 12, 8)
    assert slots_for(advisor(active=False), start, days=1) == []


def test_slots_are_sorted_and_tagged_with_the_advisor():
    slots = slots_for(advisor(), utc(2026, 12, 7), days=5)
    assert slots == sorted(slots)
    assert {s.advisor_id for s in slots} == {"adv-ny"}
    assert all(s.end - s.start == timedelta(minutes=30) for s in slots)


@pytest.mark.parametrize(
    "overrides",
    [
        {"working_hours": {"mon": ["25:00-26:00"]}},
        {"working_hours": {"mon": ["12:00-09:00"]}},
        {"working_hours": {"mon": ["9-12"]}},
        {"working_hours": {"funday": ["09:00-12:00"]}},
        {"timezone": "Mars/Olympus_Mons"},
        {"days_off": ["next tuesday"]},
        {"slot_minutes": 0},
        {"buffer_minutes": -5},
    ],
)
def test_bad_advisor_config_names_the_advisor_id_not_the_person(overrides):
    with pytest.raises(ValueError, match="adv-ny") as info:
        slots_for(advisor(**overrides), utc(2026, 12, 7))
    assert "Jane" not in str(info.value)
    assert "example.com" not in str(info.value)


def test_table_comment_pair_form_of_working_hours_is_accepted():
    adv = advisor(working_hours={"mon": [["09:00", "10:00"]]})
    assert working_windows(adv, date(2026, 12, 7), 1) == [(utc(2026, 12, 7, 14), utc(2026, 12, 7, 15))]


@pytest.mark.parametrize(
    ("start", "tz", "inside"),
    [
        (utc(2026, 12, 1, 2, 30), "Asia/Kolkata", True),  # 08:00-08:30 IST
        (utc(2026, 12, 1, 2, 0), "Asia/Kolkata", False),  # 07:30 IST
        (utc(2026, 12, 1, 15, 0), "Asia/Kolkata", True),  # 20:30-21:00 IST
        (utc(2026, 12, 1, 15, 15), "Asia/Kolkata", False),  # ends 21:15 IST
        (utc(2026, 12, 1, 2, 15), "Asia/Kathmandu", True),  # 08:00 NPT (+5:45)
        (utc(2026, 12, 1, 2, 0), "Asia/Kathmandu", False),  # 07:45 NPT
        (utc(2026, 12, 1, 14, 45), "Asia/Kathmandu", True),  # 20:30-21:00 NPT
        (utc(2026, 12, 1, 15, 0), "Asia/Kathmandu", False),  # 20:45-21:15 NPT
        (utc(2026, 12, 1, 23, 0), "America/New_York", True),  # 18:00 EST
    ],
)
def test_local_daytime_holds_the_whole_slot_in_the_applicants_day(start, tz, inside):
    assert local_daytime(start, tz) is inside


def test_local_daytime_respects_custom_hours_and_duration():
    start = utc(2026, 12, 1, 13)  # 18:30 IST
    assert local_daytime(start, "Asia/Kolkata", day_end_hour=19, duration=timedelta(minutes=30))
    assert not local_daytime(start, "Asia/Kolkata", day_end_hour=19, duration=timedelta(minutes=45))
    with pytest.raises(ValueError, match="time zone"):
        local_daytime(start, "Nowhere/Special")
