"""The vectorized pairwise evaluation gives exactly what the scalar rules and score give, pair by pair."""

from __future__ import annotations

import random

import numpy as np
import pytest

from include.matching.pairwise import FALLBACK_KEYS, STATUS_NAME, Pairwise, failed_rules, round_like_python, rule_counts
from include.matching.rules import judge
from include.matching.score import score
from include.vocab import ROTATION_TYPES
from tests.matching.records import TODAY, random_applicant, random_preceptor


def instance(seed: int, n_applicants: int = 40, n_preceptors: int = 30):
    rng = random.Random(seed)
    applicants = [random_applicant(rng, i) for i in range(1, n_applicants + 1)]
    preceptors = [random_preceptor(rng, f"P{j:03d}") for j in rng.sample(range(1000), n_preceptors)]
    free = {(p["id"], m): rng.randint(0, 2) for p in preceptors for m in p["available_months"] if rng.random() < 0.3}
    load = None
    weights = rng.choice([None, {"lor": rng.uniform(0, 40), "fee": rng.uniform(0, 30)}])
    for a in applicants[::7]:  # Step 2 CK as applicants write it
        a["usmle_step2ck"] = rng.choice(["245 (expected)", "scheduled 2027-02", "230 (expected)"])
    return applicants, preceptors, free, load, weights


@pytest.mark.parametrize("seed", range(25))
def test_vectorized_rules_and_scores_equal_the_scalar_ones_on_random_instances(seed):
    applicants, preceptors, free, _, weights = instance(seed)
    pw = Pairwise(applicants, preceptors, today=TODAY, free=free, weights=weights)
    free_by = {p["id"]: {m: n for (pid, m), n in free.items() if pid == p["id"]} for p in preceptors}
    checked = eligible = 0
    for block in pw.blocks(rows=16, score_all=True):
        for k, (r, j) in enumerate(zip(block.pair_rows.tolist(), block.pair_cols.tolist(), strict=True)):
            ap, pr = applicants[block.rows.start + r], pw.preceptors[j]
            verdict = judge(ap, pr, free_by[pr["id"]], TODAY)
            expected_rules = [rule for rule, _ in verdict.failures]
            assert failed_rules(int(block.failures[r, j])) == expected_rules, (ap["id"], pr["id"])
            assert STATUS_NAME[int(block.status[r, j])] == verdict.status, (ap["id"], pr["id"])
            assert int(block.conditions[r, j]) == verdict.conditions, (ap["id"], pr["id"])
            kind, fb = int(block.rotation[r, j]), int(block.fallback[r, j])
            assert (ROTATION_TYPES[kind] if kind >= 0 else None) == verdict.rotation_type
            assert (FALLBACK_KEYS[fb] if fb >= 0 else None) == verdict.fallback
            start = int(block.start[r, j])
            assert (pw.month_label(start) if start >= 0 else None) == verdict.start, (ap["id"], pr["id"])
            total, components = score(ap, pr, weights=weights, today=TODAY, verdict=verdict)
            assert block.total[k] == total
            assert {name: round(float(points[k]), 2) for name, points in block.points.items()} == components
            checked += 1
            eligible += not expected_rules
    assert checked == len(applicants) * len(preceptors)
    assert eligible >= 5  # the instances are built so both verdicts are compared


def test_default_blocks_score_exactly_the_eligible_pairs_with_the_same_values():
    applicants, preceptors, free, _, weights = instance(11)
    pw = Pairwise(applicants, preceptors, today=TODAY, free=free, weights=weights)
    for everything, eligible in zip(pw.blocks(rows=7, score_all=True), pw.blocks(rows=7), strict=True):
        assert (eligible.failures[eligible.pair_rows, eligible.pair_cols] == 0).all()
        assert len(eligible.pair_rows) == int((eligible.status != 0).sum())
        flat = everything.pair_rows * len(preceptors) + everything.pair_cols
        at = np.searchsorted(flat, eligible.pair_rows * len(preceptors) + eligible.pair_cols)
        assert (everything.total[at] == eligible.total).all()


def test_rule_counts_count_each_failed_rule_of_every_pair():
    applicants, preceptors, free, _, _ = instance(3)
    pw = Pairwise(applicants, preceptors, today=TODAY, free=free)
    failures = np.concatenate([b.failures for b in pw.blocks()])
    expected: dict[str, int] = {}
    for bits in failures.ravel().tolist():
        for rule in failed_rules(bits):
            expected[rule] = expected.get(rule, 0) + 1
    assert {k: v for k, v in rule_counts(failures).items() if v} == expected


def test_rounding_matches_python_round_where_numpy_round_would_not():
    values = np.array([0.285, 1.005, 2.675, 0.15, 0.25, 0.35, 72.45, 88.05, 100.0])
    assert round_like_python(values, 2).tolist() == [round(v, 2) for v in values.tolist()]
    assert round_like_python(values, 1).tolist() == [round(v, 1) for v in values.tolist()]
