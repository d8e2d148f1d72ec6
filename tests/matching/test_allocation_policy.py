"""Allocation as the business runs it: most applicants placed, hands-on seats to those who can use them,
the nearest ERAS season first."""

from __future__ import annotations

from datetime import UTC, datetime

from include.matching.allocate import Candidate, allocate
from include.matching.compute import compute_matching
from tests.matching.records import TODAY, make_applicant, make_preceptor

ONE_MONTH = ["2027-01"]


def placed(applicants, preceptors):
    result = compute_matching(applicants, preceptors, today=TODAY, top_k=3)
    return {a["applicant_id"]: (a["preceptor_id"], a["rotation_type"]) for a in result.allocation}


def test_hands_on_seat_goes_to_the_applicant_who_can_do_hands_on():
    certified = make_applicant(id=1, rotation_types=["hands_on", "observership"])
    observer = make_applicant(id=2, rotation_types=["observership"], ecfmg_status="not_certified")
    both = make_preceptor(id="A", monthly_capacity=1, available_months=ONE_MONTH)
    observe_only = make_preceptor(
        id="B", rotation_types=["observership"], monthly_capacity=1, available_months=ONE_MONTH
    )
    assert placed([certified, observer], [both, observe_only]) == {1: ("A", "hands_on"), 2: ("B", "observership")}


def test_the_most_applicants_are_placed_before_the_best_total():
    # 1 alone at A scores 100; 1 at B and 2 at A score 60 together but place both: placing both wins.
    at = datetime(2026, 5, 1, tzinfo=UTC)
    candidates = [
        Candidate(1, at, "A", "2027-01", 100.0),
        Candidate(1, at, "B", "2027-01", 10.0),
        Candidate(2, at, "A", "2027-01", 50.0),
    ]
    capacity = {("A", "2027-01"): 1, ("B", "2027-01"): 1}
    assert [(a.applicant_id, a.preceptor_id) for a in allocate(candidates, capacity)] == [(1, "B"), (2, "A")]


def test_the_nearest_eras_season_wins_the_last_seat_then_the_earlier_application():
    early = datetime(2026, 5, 1, tzinfo=UTC)
    late = datetime(2026, 6, 1, tzinfo=UTC)
    relaxed = make_applicant(id=1, target_match_year=2029, submitted_at=early)
    urgent = make_applicant(id=2, target_match_year=2028, submitted_at=late)
    seat = make_preceptor(id="A", monthly_capacity=1, available_months=ONE_MONTH)
    assert placed([relaxed, urgent], [seat]) == {2: ("A", "hands_on")}
    same_season = make_applicant(id=2, target_match_year=2029, submitted_at=late)
    assert placed([relaxed, same_season], [seat]) == {1: ("A", "hands_on")}
