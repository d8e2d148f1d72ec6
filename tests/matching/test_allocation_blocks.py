"""Requested consecutive blocks: seated together when seats allow, else fewer months, recorded."""

from __future__ import annotations

from collections import Counter

from include.matching.compute import compute_matching
from tests.matching.records import TODAY, make_applicant, make_preceptor

MONTHS = ["2027-01", "2027-02", "2027-03"]


def run(applicants, preceptors, free=None):
    return {
        a["applicant_id"]: a
        for a in compute_matching(applicants, preceptors, today=TODAY, top_k=3, free=free).allocation
    }


def test_two_block_request_is_seated_in_two_consecutive_months_same_preceptor_and_type():
    got = run([make_applicant(id=1, rotation_blocks=2)], [make_preceptor(monthly_capacity=1, available_months=MONTHS)])
    a = got[1]
    assert a["month"] == "2027-01"
    assert a["months"] == ["2027-01", "2027-02"]
    assert a["blocks_requested"] == 2
    assert a["preceptor_id"] == "P001"
    assert a["rotation_type"] == "hands_on"


def test_full_second_month_falls_back_to_one_block_and_records_it():
    free = {("P001", "2027-01"): 1, ("P001", "2027-02"): 0, ("P001", "2027-03"): 1}
    got = run([make_applicant(id=1, rotation_blocks=2)], [make_preceptor(available_months=MONTHS)], free)
    assert got[1]["months"] == ["2027-01"]
    assert got[1]["blocks_requested"] == 2


def test_single_block_applicants_get_one_month():
    got = run([make_applicant(id=1, rotation_blocks=None)], [make_preceptor(available_months=MONTHS)])
    assert got[1]["months"] == ["2027-01"]
    assert got[1]["blocks_requested"] == 1


def test_capacity_is_never_exceeded_over_every_month_taken_and_placements_come_first():
    applicants = [
        make_applicant(id=i, rotation_blocks=b, preferred_start=s)
        for i, (b, s) in enumerate([(3, "2027-01"), (2, "2027-01"), (2, "2027-02"), (1, "2027-03"), (3, "2027-02")], 1)
    ]
    preceptors = [make_preceptor(id=p, monthly_capacity=1, available_months=MONTHS) for p in ("P001", "P002")]
    got = run(applicants, preceptors)
    used = Counter((a["preceptor_id"], m) for a in got.values() for m in a["months"])
    assert used
    assert max(used.values()) <= 1
    assert sum(used.values()) > len(got)  # some request really took more than one month
    # Blocks only use seats the one-month optimum left free: as many placed as with no block requests.
    singles = run([{**a, "rotation_blocks": 1} for a in applicants], preceptors)
    assert len(got) == len(singles)
    for a in got.values():
        assert 1 <= len(a["months"]) <= a["blocks_requested"]
        assert a["months"][0] == a["month"]
