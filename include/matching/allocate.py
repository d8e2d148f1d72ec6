"""Who gets which limited seat: a capacity-aware allocation that maximizes the total score.

Each (preceptor, month) with capacity ``c`` becomes ``c`` seats; every applicant also gets a private
"unassigned" seat, so a full matching always exists and leaving someone out is a legal choice. The
minimum-cost full matching (scipy's sparse Jonker–Volgenant, which stays sparse where a dense
applicant × seat matrix would not fit in memory at 10,000 × 24,000) then maximizes total score.

Ties: scores are compared on a 0.01 grid, and each applicant carries a bonus far below that grid that
shrinks with their submission rank, so between equally good allocations the one favouring earlier
applications wins. Inputs are sorted first, so the result does not depend on input order.

Pins are honored before optimizing: in submission order, a pinned applicant takes the best-scoring month
(earliest month on a tie) of the pinned preceptor among their candidates that still has a seat. When no
such month exists (the pinned preceptor is full, or not among the applicant's candidates) the applicant
is left unassigned rather than silently given someone ops did not choose; ``unplaced_pins`` lists them.
Excludes win over pins: an excluded preceptor is never assigned, pinned or not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from scipy.sparse import csr_array
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

SCORE_GRID = 0.01
# Total tie-break bonus over all applicants stays below half a grid step, so it never outweighs score.
TIE_BREAK_BUDGET = 0.004
# Any constant above the maximum score keeps every edge weight strictly positive (scipy rejects zeros).
WEIGHT_OFFSET = 1000.0


@dataclass(frozen=True)
class Candidate:
    applicant_id: int
    submitted_at: datetime
    preceptor_id: str
    month: str
    score: float


@dataclass(frozen=True)
class Assignment:
    applicant_id: int
    preceptor_id: str
    month: str
    score: float


def allocate(
    candidates: Sequence[Candidate],
    capacity: Mapping[tuple[str, str], int],
    pins: Mapping[int, str] | None = None,
    excludes: Mapping[int, set[str]] | None = None,
) -> list[Assignment]:
    """The score-maximizing allocation, at most one seat per applicant, sorted by applicant id."""
    pool, order = _prepare(candidates, excludes or {})
    remaining = {slot: max(0, int(seats)) for slot, seats in capacity.items()}
    pinned = _place_pins(pool, order, remaining, pins or {})
    free = [c for c in pool if c.applicant_id not in (pins or {}) and remaining.get((c.preceptor_id, c.month), 0) > 0]
    return sorted(pinned + _optimal(free, order, remaining), key=lambda a: a.applicant_id)


def greedy_allocate(
    candidates: Sequence[Candidate],
    capacity: Mapping[tuple[str, str], int],
    pins: Mapping[int, str] | None = None,
    excludes: Mapping[int, set[str]] | None = None,
) -> list[Assignment]:
    """The naive baseline: pins first, then highest score first, first seat that fits."""
    pool, order = _prepare(candidates, excludes or {})
    remaining = {slot: max(0, int(seats)) for slot, seats in capacity.items()}
    result = _place_pins(pool, order, remaining, pins or {})
    taken = {a.applicant_id for a in result} | set(pins or {})
    for c in sorted(pool, key=lambda c: (-c.score, order[c.applicant_id], c.preceptor_id, c.month)):
        slot = (c.preceptor_id, c.month)
        if c.applicant_id not in taken and remaining.get(slot, 0) > 0:
            remaining[slot] -= 1
            taken.add(c.applicant_id)
            result.append(_assignment(c))
    return sorted(result, key=lambda a: a.applicant_id)


def unplaced_pins(assignments: Sequence[Assignment], pins: Mapping[int, str]) -> list[int]:
    """Pinned applicants whose pinned preceptor could not take them, for the ops report."""
    placed = {a.applicant_id for a in assignments if pins.get(a.applicant_id) == a.preceptor_id}
    return sorted(set(pins) - placed)


def _prepare(
    candidates: Sequence[Candidate], excludes: Mapping[int, set[str]]
) -> tuple[list[Candidate], dict[int, int]]:
    """Drop excluded pairs, keep the best score per (applicant, preceptor, month), sort canonically.

    Returns the candidates and each applicant's submission rank (earliest = 0; id breaks equal times).
    """
    best: dict[tuple[int, str, str], Candidate] = {}
    first_seen: dict[int, datetime] = {}
    for c in candidates:
        if c.preceptor_id in excludes.get(c.applicant_id, ()):
            continue
        key = (c.applicant_id, c.preceptor_id, c.month)
        if key not in best or c.score > best[key].score:
            best[key] = c
        if c.applicant_id not in first_seen or c.submitted_at < first_seen[c.applicant_id]:
            first_seen[c.applicant_id] = c.submitted_at
    ranked = sorted(first_seen, key=lambda a: (first_seen[a], a))
    order = {applicant: rank for rank, applicant in enumerate(ranked)}
    pool = sorted(best.values(), key=lambda c: (order[c.applicant_id], c.preceptor_id, c.month))
    return pool, order


def _place_pins(
    pool: list[Candidate], order: Mapping[int, int], remaining: dict[tuple[str, str], int], pins: Mapping[int, str]
) -> list[Assignment]:
    wanted = [c for c in pool if pins.get(c.applicant_id) == c.preceptor_id]
    placed = []
    for applicant in sorted(pins, key=lambda a: (order.get(a, len(order)), a)):
        options = [c for c in wanted if c.applicant_id == applicant and remaining.get((c.preceptor_id, c.month), 0) > 0]
        if options:
            choice = min(options, key=lambda c: (-c.score, c.month))
            remaining[(choice.preceptor_id, choice.month)] -= 1
            placed.append(_assignment(choice))
    return placed


def _optimal(
    pool: list[Candidate], order: Mapping[int, int], remaining: Mapping[tuple[str, str], int]
) -> list[Assignment]:
    if not pool:
        return []
    applicants = sorted({c.applicant_id for c in pool}, key=lambda a: order[a])
    row_of = {a: i for i, a in enumerate(applicants)}
    demand: dict[tuple[str, str], int] = {}
    for c in pool:
        slot = (c.preceptor_id, c.month)
        demand[slot] = demand.get(slot, 0) + 1
    # More copies of a seat than applicants who want it can never be used.
    first_col: dict[tuple[str, str], int] = {}
    copies: dict[tuple[str, str], int] = {}
    n_cols = 0
    for slot in sorted(demand):
        first_col[slot] = n_cols
        copies[slot] = min(remaining[slot], demand[slot])
        n_cols += copies[slot]

    n = len(applicants)
    step = TIE_BREAK_BUDGET / (n * (n + 1) / 2)
    rows, cols, weights = [], [], []
    for c in pool:
        slot = (c.preceptor_id, c.month)
        row = row_of[c.applicant_id]
        quantized = round(c.score / SCORE_GRID) * SCORE_GRID
        weight = WEIGHT_OFFSET - quantized - step * (n - row)
        for k in range(copies[slot]):
            rows.append(row)
            cols.append(first_col[slot] + k)
            weights.append(weight)
    for row in range(n):
        rows.append(row)
        cols.append(n_cols + row)
        weights.append(WEIGHT_OFFSET)
    graph = csr_array(
        (np.asarray(weights, dtype=np.float64), (np.asarray(rows), np.asarray(cols))), shape=(n, n_cols + n)
    )
    row_ind, col_ind = min_weight_full_bipartite_matching(graph)

    slot_of_col = np.empty(n_cols, dtype=object)
    for slot, start in first_col.items():
        for k in range(copies[slot]):
            slot_of_col[start + k] = slot
    by_key = {(c.applicant_id, c.preceptor_id, c.month): c for c in pool}
    result = []
    for row, col in zip(row_ind.tolist(), col_ind.tolist(), strict=True):
        if col < n_cols:
            preceptor_id, month = slot_of_col[col]
            result.append(_assignment(by_key[(applicants[row], preceptor_id, month)]))
    return result


def _assignment(c: Candidate) -> Assignment:
    return Assignment(applicant_id=c.applicant_id, preceptor_id=c.preceptor_id, month=c.month, score=c.score)
