"""The matching computation without the store: recommendations, ineligibility to keep, allocation.

``run.match`` loads the inputs and stores what this returns; the bench times it at 10,000 × 2,000.

Recommendations are the top-K pairs that are not ineligible (eligible, conditional or fallback), each
stored with its verdict, rotation type, start month, conditions and fallback in words (``rules``).

What is kept of the ineligibility: every rule failure is counted (``reason_counts``), but a failure
bitmask is kept only for the pairs ops are likely to ask about: near misses (the preceptor is in the
applicant's specialty family, i.e. their specialty or a subspecialty of it, and exactly one other rule
fails: a Step 2 CK minimum, a full calendar, a visa) and every pinned or excluded pair, plus a tally of
the applicant's specialty family; one row per applicant (``failures``), the words rendered when asked
(``reasons``). ``why`` answers any pair on demand from the current data, stored or not.

Overrides: an excluded preceptor is never recommended nor allocated. A pinned preceptor that passes
every rule is recommended first and allocated before anyone else is optimized; a pin never overrides
a hard rule (ops see the unhonored pin and its reason in the nightly report).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import numpy as np

from include.matching.allocate import Edges, allocate_edges, extend_blocks
from include.matching.failures import EXCLUDED, EXCLUDED_BIT, FamilyTally, pack
from include.matching.pairwise import (
    FALLBACK_KEYS,
    RULE_BIT,
    STATUS_NAME,
    Pairwise,
    round_like_python,
    rule_counts,
)
from include.matching.policy import DEFAULT_POLICY, Policy
from include.matching.rules import Verdict, condition_texts
from include.matching.score import CONDITIONAL_PENALTY
from include.timeutil import as_utc
from include.vocab import ROTATION_TYPES

ALTERNATIVE_STARTS = 2  # candidate starts (the request, a month later) offered to the allocator besides the chosen
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SPECIALTY = np.uint8(RULE_BIT["specialty"])


@dataclass(frozen=True)
class Overrides:
    """Ops decisions per applicant id: at most one pinned preceptor, any number excluded."""

    pins: Mapping[int, str] = field(default_factory=dict)
    excludes: Mapping[int, frozenset[str]] = field(default_factory=dict)


@dataclass
class Evaluation:
    """What scoring every pair keeps: top-K per applicant, allocation edges, failures worth a reason."""

    recommendations: list[dict[str, Any]]
    edge_rows: np.ndarray
    edge_slots: np.ndarray
    edge_scores: np.ndarray
    kept_failures: tuple[np.ndarray, np.ndarray, np.ndarray]  # applicant rows, preceptor columns, masks
    family: FamilyTally
    excluded_pairs: list[tuple[int, int]]
    reason_counts: dict[str, int]
    alternatives: np.ndarray  # per applicant row: preceptors offered (eligible, conditional or fallback)
    edge_types: np.ndarray  # rotation type index per edge


@dataclass
class Matching:
    recommendations: list[dict[str, Any]]  # applicant_id, rank, preceptor_id, score, components
    failures: list[dict[str, Any]]  # one per applicant: applicant_id, kept, pairs, family (``failures.pack``)
    allocation: list[
        dict[str, Any]
    ]  # applicant_id, preceptor_id, month, score, rotation_type, months, blocks_requested
    reason_counts: dict[str, int]
    unhonored_pins: list[int]


def compute_matching(
    applicants: Sequence[Mapping[str, Any]],
    preceptors: Sequence[Mapping[str, Any]],
    *,
    today: date,
    top_k: int,
    free: Mapping[tuple[str, str], int] | None = None,
    weights: Mapping[str, float] | None = None,
    overrides: Overrides | None = None,
    policy: Policy = DEFAULT_POLICY,
    phase: Callable[[str], AbstractContextManager[None]] | None = None,
) -> Matching:
    """Everything ``run.match`` stores, for ``applicants`` against ``preceptors`` (active ones only).

    ``phase(name)`` wraps each step (``run.Phases`` times them for the bench)."""
    phase = phase or (lambda _name: nullcontext())
    overrides = overrides or Overrides()
    free = free or {}
    with phase("encode"):
        pw = Pairwise(applicants, preceptors, today=today, free=free, weights=weights, policy=policy)
    with phase("evaluate"):
        ev = evaluate(pw, top_k, overrides)
    with phase("allocate"):
        chosen, blocks = allocate_pairs(pw, ev, free, overrides)
    with phase("pack"):
        return _assemble(pw, ev, chosen, blocks, overrides)


def _assemble(pw: Pairwise, ev: Evaluation, chosen: np.ndarray, blocks: np.ndarray, overrides: Overrides) -> Matching:
    """The stored rows from the evaluation and the chosen allocation edges."""
    allocation = [
        {
            "applicant_id": pw.applicants[row]["id"],
            "preceptor_id": pw.preceptor_ids[slot // pw.n_months],
            "month": pw.month_label(slot % pw.n_months),
            "score": float(score),
            "rotation_type": ROTATION_TYPES[kind],
            "months": [pw.month_label(slot % pw.n_months + k) for k in range(got)],
            "blocks_requested": requested_blocks(pw.applicants[row]),
        }
        for row, slot, score, kind, got in zip(
            ev.edge_rows[chosen].tolist(),
            ev.edge_slots[chosen].tolist(),
            ev.edge_scores[chosen].tolist(),
            ev.edge_types[chosen].tolist(),
            blocks.tolist(),
            strict=True,
        )
    ]
    placed = {(a["applicant_id"], a["preceptor_id"]) for a in allocation}
    return Matching(
        recommendations=ev.recommendations,
        failures=pack([a["id"] for a in pw.applicants], pw.preceptor_ids, ev.kept_failures, ev.family),
        allocation=sorted(allocation, key=lambda a: a["applicant_id"]),
        reason_counts=ev.reason_counts,
        unhonored_pins=sorted(a for a, p in overrides.pins.items() if (a, p) not in placed),
    )


def evaluate(pw: Pairwise, top_k: int, overrides: Overrides) -> Evaluation:
    """Judge and score every pair, block by block, keeping only what the outputs need.

    Ranking: in-person exact fits, then telehealth, then fallbacks; within a tier by score (a conditional
    fit ranks 3 points lower), then the lower fee, then preceptor id. A pin (if the pair is offered) first.
    """
    row_of = {a["id"]: i for i, a in enumerate(pw.applicants)}
    excluded = _pairs(overrides.excludes.items(), row_of, pw.column)
    pinned = _pairs(((a, [p]) for a, p in overrides.pins.items()), row_of, pw.column)
    recs: list[dict[str, Any]] = []
    edge_rows, edge_slots, edge_scores, edge_types = [], [], [], []
    kept_rows: list[np.ndarray] = []
    kept_cols: list[np.ndarray] = []
    kept_bits: list[np.ndarray] = []
    alternatives = np.zeros(len(pw.applicants), dtype=np.int64)
    family = FamilyTally(len(pw.applicants))
    counts = dict.fromkeys(RULE_BIT, 0)
    fee_key = np.where(np.isnan(pw.p_fee), 10**9, pw.p_fee).astype(np.int64)
    for block in pw.blocks():
        start, stop = block.rows.start, block.rows.stop
        failures = block.failures
        for rule, n in rule_counts(failures).items():
            counts[rule] += n
        fam_r, fam_c, fam_bits = family.add_block(start, failures)
        ex_r, ex_c = _in_block(excluded, start, stop)
        pin_r, pin_c = _in_block(pinned, start, stop)
        # The offered pairs (block.pair_rows/cols) are exactly those with a status, minus what ops excluded.
        keep = np.ones(len(block.pair_rows), dtype=bool)
        if len(ex_r):
            is_excluded = np.zeros(failures.shape, dtype=bool)
            is_excluded[ex_r, ex_c] = True
            keep = ~is_excluded[block.pair_rows, block.pair_cols]
        alternatives[start:stop] = np.bincount(block.pair_rows[keep], minlength=stop - start)

        rows, cols, total = block.pair_rows[keep], block.pair_cols[keep], block.total[keep]
        status = block.status[rows, cols]
        rotation = block.rotation[rows, cols]
        tier = np.where(status == 3, 2, np.where(rotation == ROTATION_TYPES.index("telehealth"), 1, 0))
        adjusted = np.rint((total - np.where(status == 2, CONDITIONAL_PENALTY, 0.0)) * 10).astype(np.int64)
        if len(pin_r):
            is_pin = np.zeros(failures.shape, dtype=bool)
            is_pin[pin_r, pin_c] = True
            tier = np.where(is_pin[rows, cols], -1, tier)  # pinned (and offered) first
        order = np.lexsort((cols, fee_key[cols], -adjusted, tier, rows))
        sorted_rows = rows[order]
        rank = np.arange(len(order)) - np.searchsorted(sorted_rows, sorted_rows)
        top = order[rank < top_k]
        picked = np.flatnonzero(keep)[top]
        comps = {name: round_like_python(points[picked], 2).tolist() for name, points in block.points.items()}
        verdicts = verdict_fields_of(pw, block, rows[top], cols[top])
        for n, (r, rank_, c, score) in enumerate(
            zip(rows[top].tolist(), rank[rank < top_k].tolist(), cols[top].tolist(), total[top].tolist(), strict=True)
        ):
            recs.append(
                {
                    "applicant_id": pw.applicants[start + r]["id"],
                    "rank": rank_ + 1,
                    "preceptor_id": pw.preceptor_ids[c],
                    "score": score,
                    "components": {name: values[n] for name, values in comps.items()},
                    **verdicts[n],
                }
            )

        # Allocation edges: the start month the verdict names, at the pair's score; the requested month and
        # the month after, when they have a seat, one point lower (options when the best month is taken, so
        # more applicants can be placed; more options would slow the nightly allocation for few placements).
        chosen = block.start[rows, cols].astype(np.int64)
        cands = pw.a_candidates[start + rows]
        for k in range(-1, ALTERNATIVE_STARTS):
            month = chosen if k < 0 else cands[:, k].astype(np.int64)
            seat = (month < pw.n_months) & pw.p_has_seat[cols, np.minimum(month, pw.n_months)]
            if k >= 0:
                seat &= month != chosen
            edge_rows.append((start + rows[seat]).astype(np.int64))
            edge_slots.append(cols[seat].astype(np.int64) * pw.n_months + month[seat])
            edge_scores.append(np.where(month[seat] == chosen[seat], total[seat], total[seat] - 1.0))
            edge_types.append(rotation[seat].astype(np.int8))

        # Near misses: in the applicant's specialty family and blocked by exactly one rule; plus overrides.
        # (The family's failing pairs come from the tally; one bit set = one rule blocks.)
        single = (fam_bits & (fam_bits - np.uint8(1))) == 0
        w_r, w_c = fam_r[single], fam_c[single]
        if len(pin_r) or len(ex_r):
            worth = np.zeros(failures.shape, dtype=bool)
            worth[w_r, w_c] = True
            worth[pin_r, pin_c] |= failures[pin_r, pin_c] != 0
            worth[ex_r, ex_c] = True
            w_r, w_c = np.nonzero(worth)
        masks = failures[w_r, w_c].astype(np.uint16)
        if len(ex_r):
            masks[is_excluded[w_r, w_c]] |= np.uint16(EXCLUDED_BIT)
        kept_rows.append(start + w_r)
        kept_cols.append(w_c)
        kept_bits.append(masks)
    excluded_pairs = list(zip(*excluded, strict=True)) if len(excluded[0]) else []
    if excluded_pairs:
        counts[EXCLUDED] = len(excluded_pairs)
    return Evaluation(
        recommendations=recs,
        edge_rows=_join(edge_rows, np.int64),
        edge_slots=_join(edge_slots, np.int64),
        edge_scores=_join(edge_scores, np.float64),
        kept_failures=(_join(kept_rows, np.intp), _join(kept_cols, np.intp), _join(kept_bits, np.uint16)),
        family=family,
        excluded_pairs=[(int(r), int(c)) for r, c in excluded_pairs],
        reason_counts={rule: n for rule, n in counts.items() if n},
        alternatives=alternatives,
        edge_types=_join(edge_types, np.int8),
    )


def verdict_fields_of(pw: Pairwise, block: Any, rows: np.ndarray, cols: np.ndarray) -> list[dict[str, Any]]:
    """``verdict_fields`` of many offered pairs of a block, its arrays read once: only the pairs with conditions
    or a fallback (a few percent) need the words built from a ``Verdict``."""
    status = block.status[rows, cols].tolist()
    rotation = block.rotation[rows, cols].tolist()
    starts = block.start[rows, cols].tolist()
    labels = {s: pw.month_label(s) for s in set(starts) if s >= 0}
    special = ((block.conditions[rows, cols] != 0) | (block.fallback[rows, cols] >= 0)).tolist()
    out = []
    for k, (r, c) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        if special[k]:
            out.append(verdict_fields(pw, block, r, c))
            continue
        out.append(
            {
                "status": STATUS_NAME[status[k]],
                "rotation_type": ROTATION_TYPES[rotation[k]],
                "start_month": labels.get(starts[k]),
                "conditions": [],
                "fallback": None,
            }
        )
    return out


def verdict_fields(pw: Pairwise, block: Any, r: int, c: int) -> dict[str, Any]:
    """The stored verdict of one offered pair: status, type, start, conditions and fallback in words."""
    fb = int(block.fallback[r, c])
    start = int(block.start[r, c])
    verdict = Verdict(
        status=STATUS_NAME[int(block.status[r, c])],
        rotation_type=ROTATION_TYPES[int(block.rotation[r, c])],
        start=pw.month_label(start) if start >= 0 else None,
        months_open=int(block.months_open[r, c]),
        conditions=int(block.conditions[r, c]),
        fallback=FALLBACK_KEYS[fb] if fb >= 0 else None,
        failures=(),
    )
    applicant = pw.applicants[block.rows.start + r]
    return {
        "status": verdict.status,
        "rotation_type": verdict.rotation_type,
        "start_month": verdict.start,
        "conditions": condition_texts(verdict, applicant, pw.preceptors[c], pw.today, pw.policy),
        "fallback": verdict.fallback_text,
    }


def allocate_pairs(
    pw: Pairwise, ev: Evaluation, free: Mapping[tuple[str, str], int], overrides: Overrides, *, split: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the chosen allocation edges, and the consecutive months each gets (see ``extend_blocks``).

    ``split=False`` solves all applicants as one graph: the same result, slower (tests compare the two).
    """
    months = pw.n_months
    capacity = np.zeros(len(pw.preceptors) * months, dtype=np.int64)
    for j, p in enumerate(pw.preceptors):
        for m in p.get("available_months") or ():
            col = int(m[:4]) * 12 + int(m[5:7]) - 1 - pw.month0
            capacity[j * months + col] = max(0, int(free.get((p["id"], m), int(p.get("monthly_capacity") or 0))))
    ids = np.array([a["id"] for a in pw.applicants], dtype=np.int64)
    edges = Edges(
        applicant=ids[ev.edge_rows],
        rank=priority_ranks(pw.applicants, pw.a_cut + pw.month0, ev.alternatives)[ev.edge_rows],
        slot=ev.edge_slots.astype(np.intp),
        score=ev.edge_scores,
    )
    slot_preceptor = np.repeat(np.arange(len(pw.preceptors)), months)
    pins = {a: pw.column[p] for a, p in overrides.pins.items() if p in pw.column}
    chosen = allocate_edges(edges, capacity, slot_preceptor, pins, split=split)
    wanted = np.array([requested_blocks(pw.applicants[r]) for r in ev.edge_rows[chosen].tolist()], dtype=np.int64)
    return chosen, extend_blocks(edges.slot[chosen], edges.rank[chosen], wanted, capacity, months)


def requested_blocks(applicant: Mapping[str, Any]) -> int:
    """Consecutive months the applicant asked for (the form's ``rotation_blocks``; missing or bad = 1)."""
    try:
        return max(1, int(applicant.get("rotation_blocks") or 1))
    except (TypeError, ValueError):
        return 1


def submission_ranks(applicants: Sequence[Mapping[str, Any]]) -> np.ndarray:
    """Each applicant's rank by application time (then id): earlier applications win allocation ties."""
    return priority_ranks(applicants, np.zeros(len(applicants), dtype=np.int64), np.zeros(len(applicants)))


def priority_ranks(
    applicants: Sequence[Mapping[str, Any]], eras_cut: np.ndarray, alternatives: np.ndarray
) -> np.ndarray:
    """Allocation priority: the nearest ERAS season first, then fewest alternatives, then application order."""

    def when(i: int) -> tuple[int, int, datetime, int]:
        a = applicants[i]
        at = a.get("submitted_at") or a.get("created_at")
        return int(eras_cut[i]), int(alternatives[i]), (as_utc(at) if at is not None else EPOCH), a["id"]

    order = sorted(range(len(applicants)), key=when)
    ranks = np.empty(len(applicants), dtype=np.int64)
    ranks[order] = np.arange(len(applicants))
    return ranks


def _join(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype=dtype)


def _pairs(
    items: Iterable[tuple[int, Iterable[str]]], row_of: Mapping[int, int], column: Mapping[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    pairs = sorted((row_of[a], column[p]) for a, ps in items if a in row_of for p in ps if p in column)
    return np.array([r for r, _ in pairs], dtype=np.intp), np.array([c for _, c in pairs], dtype=np.intp)


def _in_block(pairs: tuple[np.ndarray, np.ndarray], start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
    rows, cols = pairs
    inside = (rows >= start) & (rows < stop)
    return rows[inside] - start, cols[inside]
