"""``failures.pack`` groups the kept pairs per applicant and mask, preceptor ids ascending, whatever the input order."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from include.matching.failures import EXCLUDED_BIT, FamilyTally, pack, unpack


def grouped_one_by_one(n_a: int, preceptor_ids: list[str], rows, cols, masks) -> list[dict[str, list[str]]]:
    """The definition, pair by pair: ``{"<mask>": [ids ascending]}`` per applicant row, masks ascending."""
    out: list[dict[int, list[str]]] = [{} for _ in range(n_a)]
    for r, c, m in sorted(
        zip(rows.tolist(), cols.tolist(), masks.tolist(), strict=True), key=lambda x: (x[0], x[2], x[1])
    ):
        out[r].setdefault(m, []).append(preceptor_ids[c])
    return [{str(m): ids for m, ids in sorted(d.items())} for d in out]


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 40), st.integers(1, 300), st.integers(0, 2000))
def test_pack_groups_pairs_by_applicant_and_mask_in_any_input_order(seed, n_a, n_p, n_pairs):
    rng = np.random.default_rng(seed)
    cells = rng.choice(n_a * n_p, size=min(n_pairs, n_a * n_p), replace=False)  # each pair at most once
    rows, cols = cells // n_p, cells % n_p
    masks = rng.choice([1, 2, 8, 64, 1 | EXCLUDED_BIT, EXCLUDED_BIT], size=len(cells)).astype(np.uint16)
    preceptor_ids = [f"P{j:04d}" for j in range(n_p)]
    applicant_ids = [100 + i for i in range(n_a)]

    packed = pack(applicant_ids, preceptor_ids, (rows, cols, masks), FamilyTally(n_a))

    expected = grouped_one_by_one(n_a, preceptor_ids, rows, cols, masks)
    assert [p["applicant_id"] for p in packed] == applicant_ids
    assert [p["pairs"] for p in packed] == expected
    assert [p["kept"] for p in packed] == np.bincount(rows, minlength=n_a).tolist()
    assert sum(len(unpack(p["pairs"])) for p in packed) == len(cells)
