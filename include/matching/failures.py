"""What matching keeps of the ineligibility: a failure bitmask per pair that matters, one row per applicant.

At 10,000 × 2,000 about a million pairs are worth a reason (near misses, pins, excludes); storing each as a
row with its text cost 38 s a night on PostgreSQL. Instead each applicant gets one ``match_failures`` row:

- ``pairs``: the kept pairs grouped by mask, ``{"<mask>": ["P001", "P017", ...]}``. Bit ``i`` of a mask is
  ``RULES[i]``; ``EXCLUDED_BIT`` marks a pair ops excluded. Kept are the near misses (in the applicant's
  specialty family, blocked by exactly one rule) and every pinned or excluded pair (``compute.evaluate``).
- ``family``: what the applicant's specialty family says about them, for "why nothing fits" (the advisor's
  brief, the follow-up email): how many active preceptors are in the family, and per failed rule how many it
  turns away and the first of them (by id), in the order the rules are met scanning the family by id.
- ``kept``: the number of kept pairs, so "matching ruled someone out" is one indexed test.

The words (``rules.failure_detail``) are rendered only when asked (``reasons``): they depend on a few fields
of the pair, so storing them repeated the same sentence hundreds of thousands of times.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from include.matching.pairwise import RULE_BIT, failed_rules
from include.matching.rules import RULES

EXCLUDED = "excluded_by_ops"
EXCLUDED_BIT = 1 << len(RULES)
FAMILY_RULES: tuple[str, ...] = tuple(r for r in RULES if r != "specialty")  # a family member passes specialty


def rules_of(mask: int) -> list[str]:
    """The reasons a mask stands for, as the old stored row listed them: excluded by ops first, then ``RULES``."""
    return ([EXCLUDED] if mask & EXCLUDED_BIT else []) + failed_rules(mask)


class FamilyTally:
    """Per applicant row: family size, and per ``FAMILY_RULES`` rule the count and first preceptor column."""

    def __init__(self, n: int) -> None:
        self.size = np.zeros(n, dtype=np.int64)
        self.count = np.zeros((n, len(FAMILY_RULES)), dtype=np.int64)
        self.first = np.full((n, len(FAMILY_RULES)), -1, dtype=np.int64)

    def add_block(self, start: int, failures: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Tally one block of rows (``failures`` is its uint8 [n, P] bits, preceptors in id order); returns the
        block's failing family pairs (rows, columns, bits) in row-major order, where ``evaluate`` finds the near
        misses without another pass over every pair."""
        family = (failures & np.uint8(RULE_BIT["specialty"])) == 0
        self.size[start : start + len(failures)] = np.count_nonzero(family, axis=1)
        rows, cols = np.nonzero(family & (failures != 0))  # row-major: each row's columns ascending
        bits = failures[rows, cols]
        for k, rule in enumerate(FAMILY_RULES):
            hit = np.flatnonzero(bits & np.uint8(RULE_BIT[rule]))
            if not len(hit):
                continue
            r = rows[hit]
            self.count[start : start + len(failures), k] = np.bincount(r, minlength=len(failures))
            first = hit[np.concatenate([[True], r[1:] != r[:-1]])]  # rows ascending: each row's first hit
            self.first[start + rows[first], k] = cols[first]
        return rows, cols, bits

    def summary(self, row: int, preceptor_ids: Sequence[str]) -> dict[str, Any]:
        """``{"preceptors": n, "rules": [[rule, count, first preceptor id], ...]}`` in the order rules are met."""
        found = [k for k in range(len(FAMILY_RULES)) if self.count[row, k]]
        found.sort(key=lambda k: (int(self.first[row, k]), RULES.index(FAMILY_RULES[k])))
        return {
            "preceptors": int(self.size[row]),
            "rules": [
                [FAMILY_RULES[k], int(self.count[row, k]), preceptor_ids[int(self.first[row, k])]] for k in found
            ],
        }


def pack(
    applicant_ids: Sequence[int],
    preceptor_ids: Sequence[str],
    kept: tuple[np.ndarray, np.ndarray, np.ndarray],
    family: FamilyTally,
) -> list[dict[str, Any]]:
    """One ``match_failures`` row per applicant (without ``computed_at``), in applicant row order.

    ``kept`` is (applicant rows, preceptor columns, masks) of the pairs worth a reason.
    """
    rows, cols, masks = kept
    # One int64 key (row, mask, column) sorted instead of a three-key lexsort (1.4 s at 1.8 M pairs); evaluate
    # hands the pairs in (row, column) order, which the stable sort keeps nearly free.
    col_bits = max(len(preceptor_ids).bit_length(), 1)
    key = (np.asarray(rows, dtype=np.int64) << (16 + col_bits)) | (np.asarray(masks, dtype=np.int64) << col_bits)
    key = np.sort(key | np.asarray(cols, dtype=np.int64), kind="stable")
    rows, masks, cols = key >> (16 + col_bits), (key >> col_bits) & 0xFFFF, key & ((1 << col_bits) - 1)
    ids = np.asarray(preceptor_ids, dtype=object)[cols].tolist()
    pairs: list[dict[str, list[str]]] = [{} for _ in applicant_ids]
    if len(rows):
        change = np.flatnonzero((np.diff(rows) != 0) | (np.diff(masks) != 0)) + 1
        starts = np.concatenate([[0], change])
        ends = np.concatenate([change, [len(rows)]]).tolist()
        for row, mask, s, e in zip(rows[starts].tolist(), masks[starts].tolist(), starts.tolist(), ends, strict=True):
            pairs[row][str(mask)] = ids[s:e]
    counts = np.bincount(rows, minlength=len(applicant_ids)).tolist()
    return [
        {"applicant_id": aid, "kept": counts[i], "pairs": pairs[i], "family": family.summary(i, preceptor_ids)}
        for i, aid in enumerate(applicant_ids)
    ]


def unpack(pairs: dict[str, list[str]] | None) -> list[tuple[str, int]]:
    """(preceptor id, mask) for every stored pair."""
    return [(pid, int(mask)) for mask, ids in (pairs or {}).items() for pid in ids]
