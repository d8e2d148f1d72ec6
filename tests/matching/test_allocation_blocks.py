"""Requested consecutive blocks: seated together when seats allow, else fewer months, recorded."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from include.matching.compute import compute_matching
from include.matching.run import match
from include.store import tables as t
from tests.matching.records import TODAY, make_applicant, make_preceptor
from tests.matching.store import NOW, store_applicants, store_preceptors

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


def test_stored_allocation_records_the_months_seated_and_the_blocks_asked(runtime):
    """P002 has one month only: applicant 2 (who can go nowhere else) gets one block of the two asked."""
    with runtime.engine.begin() as conn:
        store_preceptors(
            conn,
            [
                make_preceptor(id="P001", monthly_capacity=1, available_months=MONTHS),
                make_preceptor(id="P002", specialty="Cardiology", monthly_capacity=1, available_months=["2027-01"]),
            ],
        )
        store_applicants(
            conn,
            [
                make_applicant(id=1, rotation_blocks=3),
                make_applicant(id=2, rotation_blocks=2, specialties=["Cardiology"]),
            ],
        )
    match(runtime, NOW, top_k=3)
    with runtime.engine.connect() as conn:
        stored = {r.applicant_id: r for r in conn.execute(select(t.allocations))}
    assert (stored[1].preceptor_id, stored[1].months, stored[1].blocks_requested) == ("P001", MONTHS, 3)
    assert (stored[2].preceptor_id, stored[2].months, stored[2].blocks_requested) == ("P002", ["2027-01"], 2)
