"""Slot choice: specialty fit, load, round-robin ties, applicant daytime, and local formatting."""

from __future__ import annotations

from datetime import timedelta

import pytest

from include.scheduling import choose
from include.scheduling.choose import choose_slot, format_local
from include.scheduling.slots import Slot
from tests.scheduling.rows import advisor, utc

IST = "Asia/Kolkata"
MORNING_ET = utc(2026, 12, 8, 14)  # 09:00 EST = 19:30 IST: inside an Indian applicant's day
AFTERNOON_ET = utc(2026, 12, 8, 20)  # 15:00 EST = 01:30 IST: outside it


def slot(advisor_id: str, start=MORNING_ET, minutes: int = 30) -> Slot:
    return Slot(start, start + timedelta(minutes=minutes), advisor_id)


def pick(advisors, free, loads=None, *, specialties=("Internal Medicine",), tz=IST, taken=frozenset()):
    return choose_slot(
        applicant_tz=tz,
        applicant_specialties=list(specialties),
        advisors=advisors,
        free=free,
        loads=loads or {},
        taken=taken,
    )


def test_specialty_fit_beats_a_lighter_load():
    im = advisor(id="im", specialties=["Internal Medicine"])
    peds = advisor(id="peds", specialties=["Pediatrics"])
    got = pick([peds, im], {"im": [slot("im")], "peds": [slot("peds")]}, {"im": 5, "peds": 0})
    assert got == slot("im")


def test_specialty_match_ignores_case_and_spacing():
    im = advisor(id="im", specialties=["internal medicine "])
    fm = advisor(id="fm", specialties=["Family Medicine"])
    assert pick([fm, im], {"im": [slot("im")], "fm": [slot("fm")]}, {"im": 3}).advisor_id == "im"


def test_least_loaded_wins_among_equally_fitting_advisors():
    a, b = advisor(id="a"), advisor(id="b")
    assert pick([a, b], {"a": [slot("a")], "b": [slot("b")]}, {"a": 2, "b": 1}).advisor_id == "b"


def test_ties_take_turns_as_loads_grow():
    advisors = [advisor(id=i) for i in ("c", "a", "b")]
    free = {i: [slot(i), slot(i, MORNING_ET + timedelta(hours=1))] for i in ("a", "b", "c")}
    loads = {"a": 0, "b": 0, "c": 0}
    taken: set = set()
    order = []
    for _ in range(5):
        got = pick(advisors, free, loads, taken=taken)
        assert got is not None
        order.append(got.advisor_id)
        loads[got.advisor_id] += 1
        taken.add((got.advisor_id, got.start))
    assert order == ["a", "b", "c", "a", "b"]


def test_an_advisor_without_fit_is_still_a_fallback():
    peds = advisor(id="peds", specialties=["Pediatrics"])
    assert pick([peds], {"peds": [slot("peds")]}, specialties=["Psychiatry"]) == slot("peds")


def test_next_advisor_is_tried_when_the_best_has_nothing_in_applicant_daytime():
    best = advisor(id="best", specialties=["Internal Medicine"])
    other = advisor(id="other", specialties=["Pediatrics"])
    free = {"best": [slot("best", AFTERNOON_ET)], "other": [slot("other")]}
    assert pick([best, other], free) == slot("other")


def test_earliest_daytime_slot_that_is_not_taken():
    a = advisor(id="a")
    early, later, night = MORNING_ET, MORNING_ET + timedelta(hours=1), AFTERNOON_ET
    free = {"a": [slot("a", night), slot("a", later), slot("a", early)]}
    assert pick([a], free) == slot("a", early)
    assert pick([a], free, taken={("a", early)}) == slot("a", later)


def test_none_when_no_slot_falls_in_applicant_daytime():
    a = advisor(id="a")
    assert pick([a], {"a": [slot("a", AFTERNOON_ET)]}) is None
    assert pick([a], {"a": []}) is None
    assert pick([], {}) is None


def test_inactive_advisors_and_advisors_without_free_slots_are_skipped():
    off = advisor(id="off", active=False)
    missing = advisor(id="missing")
    on = advisor(id="on")
    free = {"off": [slot("off")], "on": [slot("on")]}
    assert pick([off, missing, on], free, {"on": 9}) == slot("on")


def test_daytime_uses_half_and_quarter_hour_zones():
    a = advisor(id="a")
    npt_eight = utc(2026, 12, 8, 2, 15)  # 08:00 NPT (+5:45) but 07:45 IST (+5:30)
    assert pick([a], {"a": [slot("a", npt_eight)]}, tz="Asia/Kathmandu") == slot("a", npt_eight)
    assert pick([a], {"a": [slot("a", npt_eight)]}, tz="Asia/Kolkata") is None
    assert pick([a], {"a": [slot("a", npt_eight + timedelta(minutes=15))]}, tz="Asia/Kolkata") is not None


def test_parent_specialty_fits_below_an_exact_match(monkeypatch):
    monkeypatch.setattr(choose, "_PARENTS", {"Cardiology": "Internal Medicine"})
    choose._parent_map.cache_clear()
    try:
        cardio = advisor(id="z-cardio", specialties=["Cardiology"])
        im = advisor(id="y-im", specialties=["Internal Medicine"])
        peds = advisor(id="a-peds", specialties=["Pediatrics"])
        free = {i: [slot(i)] for i in ("z-cardio", "y-im", "a-peds")}
        loads = {"z-cardio": 4, "y-im": 2, "a-peds": 0}
        assert pick([peds, im, cardio], free, loads, specialties=["Cardiology"]).advisor_id == "z-cardio"
        del free["z-cardio"]
        assert pick([peds, im, cardio], free, loads, specialties=["Cardiology"]).advisor_id == "y-im"
    finally:
        choose._parent_map.cache_clear()


def test_unknown_applicant_zone_is_an_error_not_no_slot():
    with pytest.raises(ValueError, match="time zone"):
        pick([advisor(id="a")], {"a": [slot("a")]}, tz="Atlantis/Capital")


@pytest.mark.parametrize(
    ("moment", "tz", "text"),
    [
        (utc(2026, 12, 1, 14), "Asia/Kolkata", "Tue 1 Dec 2026, 7:30 PM (Kolkata time, UTC+5:30)"),
        (utc(2026, 12, 1, 14), "Asia/Kathmandu", "Tue 1 Dec 2026, 7:45 PM (Kathmandu time, UTC+5:45)"),
        (utc(2026, 10, 26, 13), "America/New_York", "Mon 26 Oct 2026, 9:00 AM (New York time, UTC-4)"),
        (utc(2026, 11, 2, 14), "America/New_York", "Mon 2 Nov 2026, 9:00 AM (New York time, UTC-5)"),
        (utc(2026, 12, 1, 0, 5), "UTC", "Tue 1 Dec 2026, 12:05 AM (UTC)"),
        (utc(2026, 12, 1, 12), "America/Sao_Paulo", "Tue 1 Dec 2026, 9:00 AM (Sao Paulo time, UTC-3)"),
        (utc(2026, 12, 1, 12), "Asia/Manila", "Tue 1 Dec 2026, 8:00 PM (Manila time, UTC+8)"),
    ],
)
def test_format_local_reads_like_a_person_would_write_it(moment, tz, text):
    assert format_local(moment, tz) == text
