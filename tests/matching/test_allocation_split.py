"""Allocation split into independent groups gives exactly the unsplit allocation (issue 17).

Checked on generated inputs: specialty families as the NRMP mix draws them (so groups exist), a few
applicants across families, pins and excludes, multi-month blocks, seats already taken, and raw edge
arrays with many exact score ties (where a solver's choices show first).
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from include.matching import allocate
from include.matching.allocate import Edges, allocate_edges
from include.matching.compute import Overrides, allocate_pairs, evaluate
from include.matching.pairwise import Pairwise
from tests.matching.records import TODAY, nrmp_applicant, nrmp_preceptor

GROUPS: list[int] = []


@pytest.fixture(autouse=True)
def one_component_per_group(monkeypatch):
    """Solve every component on its own (the default packs small ones together), and count the groups."""
    monkeypatch.setattr(allocate, "GROUP_COLUMNS", 1)
    real = allocate._groups

    def counted(*args):
        groups = real(*args)
        GROUPS.append(len(groups))
        return groups

    monkeypatch.setattr(allocate, "_groups", counted)


def generated(seed: int, n_a: int, n_p: int, cross: float):
    rng = random.Random(seed)
    applicants = [nrmp_applicant(rng, i, cross) for i in range(1, n_a + 1)]
    preceptors = [nrmp_preceptor(rng, f"P{j:03d}") for j in range(n_p)]
    free = {}
    for p in preceptors:
        for m in p["available_months"]:
            free[(p["id"], m)] = rng.randint(0, p["monthly_capacity"]) if rng.random() < 0.2 else p["monthly_capacity"]
    pins, excludes = {}, {}
    for _ in range(rng.randint(0, 6)):
        a, p = rng.choice(applicants)["id"], rng.choice(preceptors)["id"]
        if rng.random() < 0.5:
            pins[a] = p
        else:
            excludes.setdefault(a, set()).add(p)
    return applicants, preceptors, free, Overrides(pins, {a: frozenset(ps) for a, ps in excludes.items()})


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.integers(5, 150), st.integers(3, 60), st.sampled_from([0.0, 0.02, 0.1]))
def test_split_allocation_equals_the_unsplit_one_months_and_blocks_included(seed, n_a, n_p, cross):
    applicants, preceptors, free, overrides = generated(seed, n_a, n_p, cross)
    pw = Pairwise(applicants, preceptors, today=TODAY, free=free)
    ev = evaluate(pw, 3, overrides)
    split, split_blocks = allocate_pairs(pw, ev, free, overrides)
    whole, whole_blocks = allocate_pairs(pw, ev, free, overrides, split=False)
    assert np.array_equal(split, whole)
    assert np.array_equal(split_blocks, whole_blocks)


def test_the_generated_inputs_had_several_groups():
    """Runs after the property above (file order): instances were really split (not just one group)."""
    assert sum(n > 1 for n in GROUPS) >= 5


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6), st.integers(2, 300), st.integers(2, 120))
def test_split_equals_unsplit_on_edges_with_many_exact_ties(seed, n_a, n_slots):
    rng = np.random.default_rng(seed)
    n_edges = int(rng.integers(1, 6 * n_a))
    applicant = rng.integers(1, n_a + 1, n_edges)
    slot = rng.integers(0, n_slots, n_edges)
    keep = np.unique(applicant * n_slots + slot, return_index=True)[1]  # one edge per (applicant, slot)
    applicant, slot = applicant[keep], slot[keep]
    rank = rng.permutation(n_a + 1)[applicant]  # priority independent of id, one per applicant
    edges = Edges(applicant=applicant, rank=rank, slot=slot.astype(np.intp), score=rng.integers(0, 4, len(slot)) * 5.0)
    capacity = rng.integers(0, 3, n_slots)
    slot_preceptor = np.arange(n_slots) // 3
    pins = {int(a): int(slot_preceptor[s]) for a, s in zip(applicant[:2], slot[:2], strict=True)}
    split = allocate_edges(edges, capacity, slot_preceptor, pins)
    whole = allocate_edges(edges, capacity, slot_preceptor, pins, split=False)
    assert np.array_equal(split, whole)
