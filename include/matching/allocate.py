"""Who gets which limited seat: a capacity-aware allocation that places as many applicants as possible,
then maximizes the total score.

Placing one more applicant is worth ``PLACEMENT_BONUS`` points (ten perfect scores), so the optimum
places the most applicants first and only then prefers better fits: the business runs on placements.

Each (preceptor, month) with capacity ``c`` becomes ``c`` seats; every seat also gets a private "left
empty" column costing what an unplaced applicant costs, so a full matching of the seats always exists and
leaving a seat (hence someone) out is a legal choice. The minimum-cost full matching (scipy's sparse
Jonker–Volgenant, which stays sparse where a dense seat × applicant matrix would not fit in memory) then
maximizes total score. Applicants and seats connected by no offered pair are independent: each group is
solved on its own, with exactly the result of solving all at once (``_optimal``).

Ties: scores are compared on a 0.01 grid, and each applicant carries a bonus far below that grid that
shrinks with their submission rank, so between equally good allocations the one favouring earlier
applications wins. Inputs are sorted first, so the result does not depend on input order.

Pins are honored before optimizing: in submission order, a pinned applicant takes the best-scoring month
(earliest month on a tie) of the pinned preceptor among their candidates that still has a seat. When no
such month exists (the pinned preceptor is full, or not among the applicant's candidates) the applicant
is left unassigned rather than silently given someone ops did not choose; ``unplaced_pins`` lists them.
Excludes win over pins: an excluded preceptor is never assigned, pinned or not.

The work happens on arrays (``Edges``, ``allocate_edges``), which is what the nightly run calls with
hundreds of thousands of edges; ``allocate`` takes ``Candidate`` objects for small callers and tests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from scipy.sparse import coo_array, csr_array
from scipy.sparse.csgraph import connected_components, min_weight_full_bipartite_matching

SCORE_GRID = 0.01
# Total tie-break bonus over all applicants stays below half a grid step, so it never outweighs score.
TIE_BREAK_BUDGET = 0.004
PLACEMENT_BONUS = 1000.0
# Any constant above the bonus plus the maximum score keeps every edge weight strictly positive (scipy rejects zeros).
WEIGHT_OFFSET = 2000.0


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


@dataclass(frozen=True)
class Edges:
    """Allocation input as arrays: one entry per (applicant, seat slot) an applicant may take.

    Slots are numbered in (preceptor, month) order, so among one preceptor's slots the lowest number
    is the earliest month. ``rank`` is the applicant's submission rank (earlier application = lower),
    one value per applicant.
    """

    applicant: np.ndarray  # int64 applicant ids
    rank: np.ndarray  # int64
    slot: np.ndarray  # intp, index into the capacity array
    score: np.ndarray  # float64


def allocate(
    candidates: Sequence[Candidate],
    capacity: Mapping[tuple[str, str], int],
    pins: Mapping[int, str] | None = None,
    excludes: Mapping[int, set[str]] | None = None,
) -> list[Assignment]:
    """The score-maximizing allocation, at most one seat per applicant, sorted by applicant id."""
    pool, edges, seats, slot_preceptor, pin_codes = _as_edges(candidates, capacity, pins, excludes)
    chosen = allocate_edges(edges, seats, slot_preceptor, pin_codes)
    return _assignments(pool, chosen)


def greedy_allocate(
    candidates: Sequence[Candidate],
    capacity: Mapping[tuple[str, str], int],
    pins: Mapping[int, str] | None = None,
    excludes: Mapping[int, set[str]] | None = None,
) -> list[Assignment]:
    """The naive baseline: pins first, then highest score first, first seat that fits."""
    pool, edges, seats, slot_preceptor, pin_codes = _as_edges(candidates, capacity, pins, excludes)
    remaining = seats.copy()
    chosen = _place_pins(edges, remaining, slot_preceptor, pin_codes)
    taken = {int(edges.applicant[e]) for e in chosen} | set(pin_codes)
    for e in sorted(range(len(pool)), key=lambda e: (-edges.score[e], edges.rank[e], edges.slot[e])):
        applicant, slot = int(edges.applicant[e]), int(edges.slot[e])
        if applicant not in taken and remaining[slot] > 0:
            remaining[slot] -= 1
            taken.add(applicant)
            chosen.append(e)
    return _assignments(pool, np.asarray(chosen, dtype=np.intp))


def unplaced_pins(assignments: Sequence[Assignment], pins: Mapping[int, str]) -> list[int]:
    """Pinned applicants whose pinned preceptor could not take them, for the ops report."""
    placed = {a.applicant_id for a in assignments if pins.get(a.applicant_id) == a.preceptor_id}
    return sorted(set(pins) - placed)


def allocate_edges(
    edges: Edges,
    capacity: np.ndarray,
    slot_preceptor: np.ndarray,
    pins: Mapping[int, int] | None = None,
    *,
    split: bool = True,
) -> np.ndarray:
    """Indices of the chosen edges (sorted): pins placed first, then the optimal matching of the rest.

    ``slot_preceptor[s]`` is the preceptor code of slot ``s``; ``pins`` maps applicant id -> preceptor code.
    ``capacity`` is what is free in this run: seats already held or confirmed are left out of it, and their
    applicants out of ``edges``. ``split=False`` solves everything as one graph (same result, for tests).
    """
    pins = pins or {}
    remaining = np.maximum(np.asarray(capacity, dtype=np.int64), 0)
    pinned = _place_pins(edges, remaining, slot_preceptor, pins)
    free = (remaining[edges.slot] > 0) & ~np.isin(edges.applicant, np.fromiter(pins, dtype=np.int64, count=len(pins)))
    rest = np.nonzero(free)[0]
    optimal = rest[_optimal(edges.rank[rest], edges.slot[rest], edges.score[rest], remaining, split=split)]
    return np.sort(np.concatenate([np.asarray(pinned, dtype=np.intp), optimal]))


def extend_blocks(
    slot: np.ndarray, rank: np.ndarray, wanted: np.ndarray, capacity: np.ndarray, months: int
) -> np.ndarray:
    """How many consecutive months (1..wanted) each chosen edge gets with the same preceptor and type.

    Runs after the matching, on the seats it left free, so extra months never cost anyone a placement
    nor a better score: placing the most applicants stays first. ``slot`` is the chosen month's slot in
    ``preceptor * months + month`` numbering; in allocation priority (``rank``) each applicant takes
    the following months while every one has a seat left, else as many as fit (the fallback).
    """
    remaining = np.maximum(np.asarray(capacity, dtype=np.int64), 0) - np.bincount(slot, minlength=len(capacity))
    got = np.ones(len(slot), dtype=np.int64)
    for e in np.argsort(rank, kind="stable").tolist():
        s = int(slot[e])
        while got[e] < wanted[e] and (s + got[e]) % months != 0 and remaining[s + got[e]] > 0:
            remaining[s + got[e]] -= 1
            got[e] += 1
    return got


def _place_pins(edges: Edges, remaining: np.ndarray, slot_preceptor: np.ndarray, pins: Mapping[int, int]) -> list[int]:
    """In submission order, each pinned applicant takes the pinned preceptor's best month with a seat left."""
    if not pins:
        return []
    wanted = np.nonzero(np.isin(edges.applicant, np.fromiter(pins, dtype=np.int64, count=len(pins))))[0]
    wanted = [e for e in wanted.tolist() if slot_preceptor[edges.slot[e]] == pins[int(edges.applicant[e])]]
    rank = {int(edges.applicant[e]): int(edges.rank[e]) for e in wanted}
    placed = []
    for applicant in sorted(pins, key=lambda a: (rank.get(a, np.iinfo(np.int64).max), a)):
        options = [e for e in wanted if edges.applicant[e] == applicant and remaining[edges.slot[e]] > 0]
        if options:
            choice = min(options, key=lambda e: (-edges.score[e], edges.slot[e]))
            remaining[edges.slot[choice]] -= 1
            placed.append(choice)
    return placed


def _optimal(
    rank: np.ndarray, slot: np.ndarray, score: np.ndarray, remaining: np.ndarray, *, split: bool = True
) -> np.ndarray:
    """Positions (into the given arrays) of the edges in a maximum-score matching within ``remaining`` seats.

    Applicants and seats fall into independent groups (connected by offered pairs; specialty families rarely
    share seats), and each group is solved on its own (``split``), which is what makes 50,000 applicants
    tractable: the solver's shortest-path search resets and scans every column of its graph for each
    applicant. The result is exactly the unsplit one: every edge keeps its weight (tie-breaks use the global
    ranks), a group's rows and columns keep their relative order, and the solver (LAPJVsp) takes rows in
    order and only ever reaches columns of the row's own group, so it makes the same choices.
    """
    if len(rank) == 0:
        return np.zeros(0, dtype=np.intp)
    row, n = _dense(rank)
    # More copies of a seat than applicants who want it can never be used.
    copies = np.minimum(remaining, np.bincount(slot, minlength=len(remaining)))
    step = TIE_BREAK_BUDGET / (n * (n + 1) / 2)
    weight = WEIGHT_OFFSET - PLACEMENT_BONUS - np.rint(score / SCORE_GRID) * SCORE_GRID - step * (n - row)
    groups = _groups(row, slot, n, copies) if split else [np.arange(len(row))]
    chosen = [g[_solve(row[g], slot[g], weight[g], copies)] for g in groups]
    return np.sort(np.concatenate(chosen))


# Independent components are solved together up to this many graph columns (seat copies + applicants): the
# solver's cost per applicant grows with its graph's columns, and each call has a fixed cost.
GROUP_COLUMNS = 4096


def _groups(row: np.ndarray, slot: np.ndarray, n: int, copies: np.ndarray) -> list[np.ndarray]:
    """Edge positions (ascending) per group of connected components, small components packed together."""
    n_slots = len(copies)
    graph = coo_array((np.ones(len(row), dtype=np.int8), (row, n + slot)), shape=(n + n_slots, n + n_slots))
    _, label = connected_components(graph, directed=False)
    # Columns each component brings: one per applicant plus the seat copies of its slots.
    size = np.bincount(label[:n], minlength=label.max() + 1) + np.bincount(
        label[n:], weights=copies, minlength=label.max() + 1
    ).astype(np.int64)
    group_of = (np.cumsum(size) - size) // GROUP_COLUMNS
    edge_group = group_of[label[row]]
    order = np.argsort(edge_group, kind="stable")
    bounds = np.flatnonzero(np.diff(edge_group[order])) + 1
    return np.split(order, bounds)


def _solve(row: np.ndarray, slot: np.ndarray, weight: np.ndarray, copies: np.ndarray) -> np.ndarray:
    """Positions of the chosen edges for one group: a min-weight matching that fills every seat copy.

    Rows are the copies of each seat (slot order), columns the group's applicants (priority order), then one
    private "left empty" column per seat copy, at the cost an unplaced applicant has. Each row's entries are
    in column order, so a group's graph is the unsplit graph's restriction with the same order everywhere.
    An empty seat costing ``WEIGHT_OFFSET`` minimizes the same total as an unplaced applicant costing it, but
    the solver augments once per seat rather than once per applicant: applicants outnumber seats in the busy
    specialties, and an applicant left out costs a search of the whole group (4× slower at 16,000 × 7,000).
    """
    r, n = _dense(row)
    s, n_slots = _dense(slot)
    have = copies[np.flatnonzero(np.bincount(slot))]  # the group's slots, ascending (np.unique sorts 8 M values)
    keys = s.astype(np.int64) * n + r
    by_key = _order(r, s, n, n_slots, keys)
    keys, r_sorted, w_sorted = keys[by_key], r[by_key], weight[by_key]
    count = np.bincount(s, minlength=n_slots)
    seat_slot = np.repeat(np.arange(n_slots), have)  # one row per seat copy
    graph = _seat_graph(r_sorted, w_sorted, count, seat_slot, n)
    row_ind, col_ind = min_weight_full_bipartite_matching(graph)

    taken = col_ind < n
    found = np.searchsorted(keys, seat_slot[row_ind[taken]].astype(np.int64) * n + col_ind[taken])
    return np.sort(by_key[found])


def _seat_graph(
    applicant: np.ndarray, weight: np.ndarray, count: np.ndarray, seat_slot: np.ndarray, n: int
) -> csr_array:
    """The solver's graph: row ``k`` is a copy of slot ``seat_slot[k]``, holding that slot's edges (``applicant``
    and ``weight`` sorted by slot then applicant, ``count`` per slot) and then its own "left empty" column.

    Each slot's row is laid out once (a template), and the copies are gathered from the templates in one pass:
    at NRMP size the rows hold 21 M entries, and building them with repeats and scatters took seconds."""
    n_slots, m = len(count), len(seat_slot)
    starts = np.concatenate([[0], np.cumsum(count + 1)[:-1]])  # each template: the edges, then the empty seat
    empty = starts + count
    template = np.empty(len(applicant) + n_slots, dtype=np.int64)
    template_weight = np.full(len(template), WEIGHT_OFFSET)
    is_edge = np.ones(len(template), dtype=bool)
    is_edge[empty] = False
    template[is_edge], template_weight[is_edge] = applicant, weight
    lens = count[seat_slot] + 1
    indptr = np.concatenate([[0], np.cumsum(lens)])
    # Template positions row after row are runs of consecutive numbers: one cumulative sum of steps of 1, with
    # a jump to the next row's template at each row start.
    step = np.ones(int(indptr[-1]), dtype=np.int64)
    first = starts[seat_slot]
    step[indptr[:-1]] = np.concatenate([first[:1], first[1:] - (first[:-1] + lens[:-1] - 1)])
    source = np.cumsum(step)
    index_type = np.int32 if max(n + m, int(indptr[-1])) < np.iinfo(np.int32).max else np.int64
    indices = template.astype(index_type)[source]
    indices[indptr[1:] - 1] = n + np.arange(m, dtype=index_type)  # the seat's own "left empty" column
    return csr_array((template_weight[source], indices, indptr.astype(index_type)), shape=(m, n + m))


def _dense(values: np.ndarray) -> tuple[np.ndarray, int]:
    """``np.unique(values, return_inverse=True)``'s inverse and count, for small non-negative ints, without sorting."""
    present = np.zeros(int(values.max()) + 1, dtype=np.int64)
    present[values] = 1
    if present.all():  # already dense (one group holding every applicant): nothing to renumber
        return values, len(present)
    index = np.cumsum(present) - 1
    return index[values], int(index[-1]) + 1


def _order(r: np.ndarray, s: np.ndarray, n: int, n_slots: int, keys: np.ndarray) -> np.ndarray:
    """The permutation sorting edges by (slot, row), i.e. by ``keys``: two stable radix sorts when both fit in
    16 bits (linear time; ``argsort`` of 8 M int64 keys takes seconds), else one comparison sort."""
    if n <= 1 << 16 and n_slots <= 1 << 16:
        by_row = np.argsort(r.astype(np.uint16), kind="stable")
        return by_row[np.argsort(s[by_row].astype(np.uint16), kind="stable")]
    return np.argsort(keys)


def _as_edges(
    candidates: Sequence[Candidate],
    capacity: Mapping[tuple[str, str], int],
    pins: Mapping[int, str] | None,
    excludes: Mapping[int, set[str]] | None,
) -> tuple[list[Candidate], Edges, np.ndarray, np.ndarray, dict[int, int]]:
    """Candidates (best per applicant, preceptor, month; excluded pairs dropped) as arrays."""
    pool, order = _prepare(candidates, excludes or {})
    slots = sorted({(c.preceptor_id, c.month) for c in pool} | set(capacity))
    slot_index = {s: i for i, s in enumerate(slots)}
    preceptors = sorted({p for p, _ in slots} | set((pins or {}).values()))
    code = {p: i for i, p in enumerate(preceptors)}
    edges = Edges(
        applicant=np.array([c.applicant_id for c in pool], dtype=np.int64),
        rank=np.array([order[c.applicant_id] for c in pool], dtype=np.int64),
        slot=np.array([slot_index[(c.preceptor_id, c.month)] for c in pool], dtype=np.intp),
        score=np.array([c.score for c in pool], dtype=np.float64),
    )
    seats = np.array([max(0, int(capacity.get(s, 0))) for s in slots], dtype=np.int64)
    slot_preceptor = np.array([code[p] for p, _ in slots], dtype=np.int64)
    return pool, edges, seats, slot_preceptor, {a: code[p] for a, p in (pins or {}).items()}


def _assignments(pool: list[Candidate], chosen: np.ndarray) -> list[Assignment]:
    picked = [pool[e] for e in chosen.tolist()]
    return sorted((_assignment(c) for c in picked), key=lambda a: a.applicant_id)


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


def _assignment(c: Candidate) -> Assignment:
    return Assignment(applicant_id=c.applicant_id, preceptor_id=c.preceptor_id, month=c.month, score=c.score)
