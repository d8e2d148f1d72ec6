"""Allocation: capacity, one seat per applicant, optimality against brute force, ties, pins, excludes."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from include.matching.allocate import Assignment, Candidate, allocate, greedy_allocate, unplaced_pins

T0 = datetime(2026, 5, 1, tzinfo=UTC)


def cand(applicant: int, preceptor: str, month: str, score: float, minutes: int | None = None) -> Candidate:
    at = T0 + timedelta(minutes=applicant if minutes is None else minutes)
    return Candidate(applicant, at, preceptor, month, score)


def total(assignments: list[Assignment]) -> float:
    return sum(a.score for a in assignments)


def assert_feasible(assignments, candidates, capacity):
    applicants = [a.applicant_id for a in assignments]
    assert len(applicants) == len(set(applicants))
    used: dict[tuple[str, str], int] = {}
    for a in assignments:
        used[(a.preceptor_id, a.month)] = used.get((a.preceptor_id, a.month), 0) + 1
    for slot, n in used.items():
        assert n <= capacity.get(slot, 0)
    offered = {(c.applicant_id, c.preceptor_id, c.month) for c in candidates}
    assert all((a.applicant_id, a.preceptor_id, a.month) in offered for a in assignments)


def brute_force_best(candidates, capacity) -> float:
    by_applicant: dict[int, list[Candidate | None]] = {}
    for c in candidates:
        by_applicant.setdefault(c.applicant_id, [None]).append(c)
    best = (0, 0.0)
    for combo in itertools.product(*by_applicant.values()):
        used: dict[tuple[str, str], int] = {}
        ok = True
        for c in combo:
            if c is None:
                continue
            slot = (c.preceptor_id, c.month)
            used[slot] = used.get(slot, 0) + 1
            ok = ok and used[slot] <= capacity.get(slot, 0)
        if ok:
            placed = [c for c in combo if c is not None]
            best = max(best, (len(placed), round(sum(c.score for c in placed), 6)))
    return best


@st.composite
def instances(draw, max_applicants=8):
    n_app = draw(st.integers(1, max_applicants))
    preceptors = ["p1", "p2", "p3"][: draw(st.integers(1, 3))]
    months = ["2027-01", "2027-02"][: draw(st.integers(1, 2))]
    capacity = {(p, m): draw(st.integers(0, 2)) for p in preceptors for m in months}
    candidates = []
    for a in range(1, n_app + 1):
        for p in preceptors:
            for m in months:
                if draw(st.booleans()):
                    score = draw(st.integers(0, 1000)) / 10
                    candidates.append(cand(a, p, m, score, minutes=draw(st.integers(0, 5))))
    return candidates, capacity


@settings(max_examples=150, deadline=None)
@given(instances())
def test_allocation_is_feasible_and_at_least_as_good_as_greedy(instance):
    candidates, capacity = instance
    result = allocate(candidates, capacity)
    assert_feasible(result, candidates, capacity)
    greedy = greedy_allocate(candidates, capacity)
    # the most applicants placed first, then the best total
    assert (len(result), total(result) + 1e-9) >= (len(greedy), total(greedy))
    assert_feasible(greedy_allocate(candidates, capacity), candidates, capacity)


@settings(max_examples=100, deadline=None)
@given(instances(max_applicants=5))
def test_allocation_equals_brute_force_on_small_instances(instance):
    candidates, capacity = instance
    result = allocate(candidates, capacity)
    count, best = brute_force_best(candidates, capacity)
    assert len(result) == count
    assert abs(total(result) - best) < 1e-6


@settings(max_examples=60, deadline=None)
@given(instances(), st.randoms(use_true_random=False))
def test_allocation_does_not_depend_on_input_order(instance, rnd):
    candidates, capacity = instance
    shuffled = list(candidates)
    rnd.shuffle(shuffled)
    reversed_capacity = dict(reversed(list(capacity.items())))
    assert allocate(shuffled, reversed_capacity) == allocate(candidates, capacity)


def test_greedy_is_beaten_where_first_fit_blocks_a_better_total():
    candidates = [cand(1, "a", "2027-01", 90), cand(1, "b", "2027-01", 85), cand(2, "a", "2027-01", 80)]
    capacity = {("a", "2027-01"): 1, ("b", "2027-01"): 1}
    assert total(greedy_allocate(candidates, capacity)) == 90
    assert {(a.applicant_id, a.preceptor_id) for a in allocate(candidates, capacity)} == {(1, "b"), (2, "a")}


def test_earlier_application_wins_a_tie_for_the_last_seat():
    later, earlier = cand(1, "a", "2027-01", 70.0, minutes=30), cand(2, "a", "2027-01", 70.0, minutes=5)
    result = allocate([later, earlier], {("a", "2027-01"): 1})
    assert [a.applicant_id for a in result] == [2]


def test_tie_break_never_outweighs_a_small_score_difference():
    candidates = [cand(1, "a", "2027-01", 70.1, minutes=30), cand(2, "a", "2027-01", 70.0, minutes=5)]
    assert [a.applicant_id for a in allocate(candidates, {("a", "2027-01"): 1})] == [1]


def test_tie_break_holds_among_many_applicants():
    rng = random.Random(7)
    candidates = [cand(a, "a", "2027-01", 50.0, minutes=rng.randrange(10_000) * 10 + a) for a in range(300)]
    result = allocate(candidates, {("a", "2027-01"): 3})
    earliest = sorted(candidates, key=lambda c: c.submitted_at)[:3]
    assert {a.applicant_id for a in result} == {c.applicant_id for c in earliest}


def test_zero_or_missing_capacity_assigns_nobody():
    candidates = [cand(1, "a", "2027-01", 80), cand(2, "b", "2027-01", 80)]
    assert allocate(candidates, {("a", "2027-01"): 0}) == []


def test_pin_takes_the_pinned_preceptors_best_month_even_against_a_higher_total():
    candidates = [
        cand(1, "a", "2027-01", 60),
        cand(1, "a", "2027-02", 65),
        cand(1, "b", "2027-01", 95),
        cand(2, "a", "2027-02", 99),
    ]
    capacity = {("a", "2027-01"): 1, ("a", "2027-02"): 1, ("b", "2027-01"): 1}
    result = allocate(candidates, capacity, pins={1: "a"})
    assert Assignment(1, "a", "2027-02", 65) in result
    assert all(a.applicant_id != 2 for a in result)
    assert unplaced_pins(result, {1: "a"}) == []


def test_pin_to_a_full_preceptor_leaves_the_applicant_unassigned_and_reported():
    candidates = [cand(1, "a", "2027-01", 60), cand(1, "b", "2027-01", 90), cand(2, "a", "2027-01", 70)]
    capacity = {("a", "2027-01"): 1, ("b", "2027-01"): 1}
    # Both pinned to "a": the earlier application takes its only seat; "b" is not a silent substitute.
    result = allocate(candidates, capacity, pins={2: "a", 1: "a"})
    assert result == [Assignment(1, "a", "2027-01", 60)]
    assert unplaced_pins(result, {1: "a", 2: "a"}) == [2]


def test_excluded_preceptor_is_never_assigned_even_if_pinned():
    candidates = [cand(1, "a", "2027-01", 90), cand(1, "b", "2027-01", 40)]
    capacity = {("a", "2027-01"): 1, ("b", "2027-01"): 1}
    assert allocate(candidates, capacity, excludes={1: {"a"}}) == [Assignment(1, "b", "2027-01", 40)]
    assert allocate(candidates, capacity, pins={1: "a"}, excludes={1: {"a"}}) == []


@settings(max_examples=60, deadline=None)
@given(instances(), st.data())
def test_pins_and_excludes_hold_on_random_instances(instance, data):
    candidates, capacity = instance
    applicants = sorted({c.applicant_id for c in candidates})
    pins = {a: data.draw(st.sampled_from(["p1", "p2", "p3"])) for a in applicants[:2]}
    excludes = {a: {data.draw(st.sampled_from(["p1", "p2", "p3"]))} for a in applicants[2:5]}
    result = allocate(candidates, capacity, pins=pins, excludes=excludes)
    assert_feasible(result, candidates, capacity)
    for a in result:
        assert a.preceptor_id not in excludes.get(a.applicant_id, set())
        if a.applicant_id in pins:
            assert a.preceptor_id == pins[a.applicant_id]
