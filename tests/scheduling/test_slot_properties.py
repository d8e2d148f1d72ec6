"""Property tests: whatever the hours, busy time and bookings, the slots are safe to offer."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from include.scheduling.slots import WEEKDAYS, free_slots
from tests.scheduling.rows import advisor, utc

ZONES = ["America/New_York", "America/Los_Angeles", "America/Phoenix", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"]
# Starts near the US and Lord Howe (30-minute) changes, plus an ordinary week.
ANCHORS = [utc(2026, 10, 30), utc(2027, 3, 12), utc(2026, 10, 2), utc(2027, 4, 2), utc(2026, 12, 7)]


def _hhmm(quarters: int) -> str:
    return f"{quarters // 4:02d}:{quarters % 4 * 15:02d}"


@st.composite
def day_ranges(draw) -> list[str]:
    out = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, 95))
        end = draw(st.integers(start + 1, 96))
        out.append(f"{_hhmm(start)}-{_hhmm(end)}")
    return out


@st.composite
def intervals(draw, start: datetime, days: int, max_size: int) -> list[tuple[datetime, datetime]]:
    out = []
    for _ in range(draw(st.integers(0, max_size))):
        at = start + timedelta(minutes=draw(st.integers(-120, days * 1440)))
        out.append((at, at + timedelta(minutes=draw(st.integers(5, 300)))))
    return out


@st.composite
def scenarios(draw):
    start = draw(st.sampled_from(ANCHORS)) + timedelta(minutes=draw(st.integers(0, 2 * 1440)))
    days = draw(st.integers(1, 4))
    off_offsets = draw(st.lists(st.integers(-1, 4), max_size=2))
    adv = advisor(
        timezone=draw(st.sampled_from(ZONES)),
        working_hours={d: draw(day_ranges()) for d in WEEKDAYS},
        days_off=[(start.date() + timedelta(days=o)).isoformat() for o in off_offsets],
        slot_minutes=draw(st.sampled_from([15, 20, 30, 45, 60])),
        buffer_minutes=draw(st.sampled_from([0, 5, 10, 15])),
        daily_max=draw(st.integers(0, 12)),
    )
    return {
        "advisor": adv,
        "start": start,
        "days": days,
        "busy": draw(intervals(start, days, 6)),
        "booked": draw(intervals(start, days, 3)),
        "now": start + timedelta(minutes=draw(st.integers(-1440, 2 * 1440))),
        "min_notice": timedelta(minutes=draw(st.integers(0, 48 * 60))),
    }


def _wall_minutes(moment: datetime) -> float:
    return moment.hour * 60 + moment.minute + moment.second / 60


def _in_hours(adv: dict, moment: datetime, *, closing: bool) -> bool:
    """``moment``'s wall time falls in that weekday's hours (closing: the end may touch the range end)."""
    local = moment.astimezone(ZoneInfo(adv["timezone"]))
    if local.fold:  # a repeated wall time: read from the clock it is ambiguous, the UTC checks cover it
        return True
    minute = _wall_minutes(local)
    before = (moment - timedelta(seconds=1)).astimezone(local.tzinfo)
    if closing and before.utcoffset() < local.utcoffset():  # ends as the clocks jump forward: read the old clock
        local, minute = before, _wall_minutes(before) + 1 / 60
    day, weekday = local.date(), WEEKDAYS[local.weekday()]
    if closing and minute == 0:  # an end at midnight closes the previous day's "..-24:00"
        day, weekday, minute = day - timedelta(days=1), WEEKDAYS[(local.weekday() - 1) % 7], 1440
    if day.isoformat() in adv["days_off"]:
        return False
    for text in adv["working_hours"][weekday]:
        a, b = (int(x[:2]) * 60 + int(x[3:]) for x in text.split("-"))
        if (a < minute <= b) if closing else (a <= minute < b):
            return True
    return False


def _overlaps(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_slots_are_always_safe_to_offer(case):
    adv = case["advisor"]
    slots = free_slots(
        adv,
        busy=case["busy"],
        booked=case["booked"],
        start=case["start"],
        days=case["days"],
        now=case["now"],
        min_notice=case["min_notice"],
    )
    pad = timedelta(minutes=adv["buffer_minutes"])
    length = timedelta(minutes=adv["slot_minutes"])
    tz = ZoneInfo(adv["timezone"])

    assert slots == sorted(slots)
    for a, b in itertools.pairwise(slots):
        assert b.start >= a.end + pad, "two slots overlap, buffer included"
    for s in slots:
        assert s.end - s.start == length
        assert s.start >= case["now"] + case["min_notice"], "inside the minimum notice"
        assert case["start"] <= s.start < case["start"] + timedelta(days=case["days"])
        assert _in_hours(adv, s.start, closing=False), "starts outside working hours"
        assert _in_hours(adv, s.end, closing=True), "ends outside working hours"
        for b0, b1 in [*case["busy"], *case["booked"]]:
            assert not _overlaps(s.start, s.end, b0 - pad, b1 + pad), "overlaps busy time or its buffer"

    booked_per_day = Counter(b0.astimezone(tz).date() for b0, _ in case["booked"])
    for s in slots:
        assert booked_per_day[s.start.astimezone(tz).date()] < adv["daily_max"], "offered on a full day"


def test_property_scenarios_do_produce_slots():
    """Guard against the property test passing vacuously: a plain week yields plenty of slots."""
    slots = free_slots(
        advisor(),
        busy=[],
        booked=[],
        start=utc(2026, 12, 7),
        days=5,
        now=utc(2026, 12, 7),
        min_notice=timedelta(0),
    )
    assert len(slots) == 70
    assert isinstance(slots[0].start.date(), date)
