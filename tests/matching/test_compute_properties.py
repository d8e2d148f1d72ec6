"""Properties of the whole matching computation on random applicants and preceptors (hypothesis).

Capacity never exceeded; no ineligible or excluded pair ever recommended or allocated; pins honored
when eligible; the allocation's total equal to brute force on small instances; the result independent
of the order applicants, preceptors and seats come in.
"""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from include.matching.compute import Overrides, compute_matching
from include.matching.rules import applicant_window, judge
from include.matching.score import score
from tests.matching.records import TODAY, make_applicant, make_preceptor, random_applicant, random_preceptor

NOW_ISH = datetime(2026, 5, 1, tzinfo=UTC)


def friendly_applicant(rng: random.Random, applicant_id: int):
    """Eligible for most friendly preceptors; varies what the score and allocation look at."""
    return make_applicant(
        id=applicant_id,
        preferred_states=rng.choice([["NY"], ["CA"], ["TX", "NJ"], []]),
        preferred_start=rng.choice(["2027-01", "2027-02", "2027-03"]),
        languages=rng.sample(["English", "Hindi", "Spanish"], rng.randint(0, 2)),
        budget_usd=rng.choice([None, 1500, 3000]),
        submitted_at=NOW_ISH + timedelta(minutes=rng.randrange(5)),
    )


def friendly_preceptor(rng: random.Random, preceptor_id: str):
    return make_preceptor(
        id=preceptor_id,
        specialty=rng.choice(["Internal Medicine", "Cardiology"]),
        state=rng.choice(["NY", "NJ", "CA", "FL"]),
        monthly_capacity=rng.choice([0, 1, 1, 2]),
        available_months=sorted(rng.sample(["2027-01", "2027-02", "2027-03"], rng.randint(1, 2))),
        provides_lor=rng.random() < 0.5,
        languages=rng.sample(["English", "Hindi", "Spanish"], rng.randint(1, 2)),
        fee_usd=rng.choice([None, 1000, 2000, 3500]),
    )


def build(seed: int, n_applicants: int, n_preceptors: int, n_overrides: int = 0, *, friendly: float = 0.5):
    """Random applicants and preceptors, a share of them ``friendly`` (so many pairs are eligible)."""
    rng = random.Random(seed)
    applicants = [
        friendly_applicant(rng, i) if rng.random() < friendly else random_applicant(rng, i)
        for i in range(1, n_applicants + 1)
    ]
    preceptors = [
        friendly_preceptor(rng, f"P{j}") if rng.random() < friendly else random_preceptor(rng, f"P{j}")
        for j in range(n_preceptors)
    ]
    free = {
        (p["id"], m): rng.randint(0, p["monthly_capacity"])
        for p in preceptors
        for m in p["available_months"]
        if rng.random() < 0.3
    }
    pins, excludes = {}, {}
    for _ in range(n_overrides):
        a, p = rng.choice(applicants)["id"], rng.choice(preceptors)["id"]
        if rng.random() < 0.5:
            pins[a] = p
        else:
            excludes.setdefault(a, set()).add(p)
    overrides = Overrides(pins, {a: frozenset(ps) for a, ps in excludes.items()})
    return applicants, preceptors, free, overrides


def failing(applicants, preceptors, free):
    by = {p["id"]: {m: n for (pid, m), n in free.items() if pid == p["id"]} for p in preceptors}
    return {
        (a["id"], p["id"])
        for a in applicants
        for p in preceptors
        if judge(a, p, by[p["id"]], TODAY).status == "ineligible"
    }


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 30), st.integers(1, 15), st.integers(0, 8))
def test_no_ineligible_or_excluded_pair_is_recommended_or_allocated_and_capacity_holds(seed, n_a, n_p, n_o):
    applicants, preceptors, free, overrides = build(seed, n_a, n_p, n_o)
    result = compute_matching(applicants, preceptors, today=TODAY, top_k=3, free=free, overrides=overrides)
    bad = failing(applicants, preceptors, free)
    excluded = {(a, p) for a, ps in overrides.excludes.items() for p in ps}
    for r in result.recommendations:
        assert (r["applicant_id"], r["preceptor_id"]) not in bad | excluded
    used: dict[tuple[str, str], int] = {}
    for a in result.allocation:
        assert (a["applicant_id"], a["preceptor_id"]) not in bad | excluded
        used[(a["preceptor_id"], a["month"])] = used.get((a["preceptor_id"], a["month"]), 0) + 1
    capacity = {(p["id"], m): p["monthly_capacity"] for p in preceptors for m in p["available_months"]}
    for slot, n in used.items():
        assert n <= free.get(slot, capacity[slot])
    assert len({a["applicant_id"] for a in result.allocation}) == len(result.allocation)
    for applicant, preceptor in overrides.pins.items():
        pinned = [r for r in result.recommendations if r["applicant_id"] == applicant and r["rank"] == 1]
        if (applicant, preceptor) not in bad | excluded:
            assert pinned[0]["preceptor_id"] == preceptor
        placed = {(a["applicant_id"], a["preceptor_id"]) for a in result.allocation}
        assert ((applicant, preceptor) in placed) == (applicant not in result.unhonored_pins)


def brute_force_total(applicants, preceptors, free) -> tuple[int, float]:
    """Most placed, then best total, over every assignment of each applicant to one offered start or nobody."""
    by = {p["id"]: {m: n for (pid, m), n in free.items() if pid == p["id"]} for p in preceptors}
    capacity = {p["id"]: p["monthly_capacity"] for p in preceptors}
    options = []
    for a in applicants:
        mine: list[tuple[str, str, float] | None] = [None]
        for p in preceptors:
            verdict = judge(a, p, by[p["id"]], TODAY)
            if verdict.status != "ineligible":
                total = score(a, p, today=TODAY, verdict=verdict)[0]
                starts = [verdict.start] + [m for m in applicant_window(a, TODAY)[:2] if m != verdict.start]
                mine += [
                    (p["id"], m, total if m == verdict.start else total - 1.0)
                    for m in starts
                    if m in p["available_months"]
                ]
        options.append(mine)
    best = (0, 0.0)
    for combo in itertools.product(*options):
        used: dict[tuple[str, str], int] = {}
        for c in combo:
            if c is not None:
                used[c[:2]] = used.get(c[:2], 0) + 1
        if all(n <= by[p].get(m, capacity[p]) for (p, m), n in used.items()):
            placed = [c for c in combo if c is not None]
            best = max(best, (len(placed), round(sum(c[2] for c in placed), 6)))
    return best


def allocated_like_brute_force(seed: int, n_a: int, n_p: int) -> int:
    """Asserts the allocation places as many, at the same best total, as trying every assignment; returns how many."""
    applicants, preceptors, free, _ = build(seed, n_a, n_p)
    for p in preceptors:  # few months keep the brute force small
        p["available_months"] = p["available_months"][:2]
    free = {
        k: v for k, v in free.items() if k[1] in dict.fromkeys(m for p in preceptors for m in p["available_months"])
    }
    result = compute_matching(applicants, preceptors, today=TODAY, top_k=3, free=free)
    got = sum(a["score"] for a in result.allocation)
    count, best = brute_force_total(applicants, preceptors, free)
    assert len(result.allocation) == count  # the most applicants placed first
    assert abs(got - best) < 1e-6
    return count


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 4), st.integers(1, 3))
def test_allocation_total_equals_brute_force_on_small_instances(seed, n_a, n_p):
    allocated_like_brute_force(seed, n_a, n_p)


def test_allocation_equals_brute_force_on_fixed_instances_that_place_someone():
    """The same comparison on 60 fixed instances, so a share of them surely places someone (not vacuous)."""
    placed = [allocated_like_brute_force(seed, 1 + seed % 4, 1 + seed % 3) for seed in range(60)]
    assert sum(n > 0 for n in placed) >= 15
    assert sum(n > 1 for n in placed) >= 5


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 25), st.integers(1, 12), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_input_order(seed, n_a, n_p, rnd):
    applicants, preceptors, free, overrides = build(seed, n_a, n_p, 4)
    first = compute_matching(applicants, preceptors, today=TODAY, top_k=3, free=free, overrides=overrides)
    rnd.shuffle(applicants)
    rnd.shuffle(preceptors)
    shuffled_free = dict(rnd.sample(list(free.items()), len(free)))
    again = compute_matching(applicants, preceptors, today=TODAY, top_k=3, free=shuffled_free, overrides=overrides)
    key = lambda r: (r["applicant_id"], r.get("rank", 0), r["preceptor_id"])  # noqa: E731
    assert sorted(again.recommendations, key=key) == sorted(first.recommendations, key=key)
    assert again.allocation == first.allocation
    by_id = lambda r: r["applicant_id"]  # noqa: E731
    assert sorted(again.failures, key=by_id) == sorted(first.failures, key=by_id)
