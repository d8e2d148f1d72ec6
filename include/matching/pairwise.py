"""Every applicant × preceptor pair at once: eligibility as bit masks, scores as arrays (numpy).

The scalar ``rules.ineligibility`` and ``score.score`` stay the definition; this module is their
vectorized twin for the nightly run (10,000 × 2,000 pairs in seconds instead of minutes) and must give
bit-identical results: same rule verdicts, same rounded totals and component points. It gets there by
encoding every field once (specialties, states, visas, languages as small vocabularies; months on one
axis) and by doing the same float operations in the same order as the scalar code: a component's
points are ``weight × fraction`` looked up from tables built with the scalar expressions, summed in
``DEFAULT_WEIGHTS`` order, then rounded like Python's ``round`` (see ``round_like_python``).

Failures are a ``uint8`` per pair with bit ``i`` set when ``RULES[i]`` failed (eight rules, eight bits).
Details (the sentences ops read) are not vectorized: callers ask ``rules.ineligibility`` for the few
pairs whose details they store or show.

``free`` says how many seats are left per (preceptor id, month); a month absent from it has the
preceptor's full ``monthly_capacity``, as in ``rules``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from include.matching.rules import (
    CERTIFIED,
    NO_VISA_NEEDED,
    RULES,
    VISITOR_VISAS,
    WINDOW_MONTHS,
    allowed_rotation_types,
    applicant_window,
)
from include.matching.score import ANYWHERE_MARKERS, DEFAULT_WEIGHTS, TEACHING_WORDS, fee_fraction, resolve_weights
from include.vocab import PARENT_SPECIALTY, ROTATION_TYPES, state_region

Record = Mapping[str, Any]
RULE_BIT: dict[str, int] = {rule: 1 << i for i, rule in enumerate(RULES)}
# Rows per block: about 1M pairs at 2,000 preceptors, so a block's float64 temporaries stay near 10 MB each.
BLOCK_ROWS = 512


@dataclass(frozen=True)
class Block:
    """One block of applicant rows × all preceptors: failures for every pair, scores for the scored ones.

    Only eligible pairs are scored unless asked (an ineligible pair has no score to show), which is
    what makes the nightly run fast: typically 1–5% of pairs pass every rule.
    """

    rows: slice
    failures: np.ndarray  # uint8 [n, P]: bit i set when RULES[i] failed
    pair_rows: np.ndarray  # intp [k]: the scored pairs' rows, relative to rows.start
    pair_cols: np.ndarray  # intp [k]: their preceptor columns
    total: np.ndarray  # float64 [k]: the score, rounded to one decimal like score()
    points: dict[str, np.ndarray]  # component -> float64 [k], unrounded


class Pairwise:
    """Applicants and preceptors encoded once; ``block`` evaluates a range of applicant rows.

    Preceptors are kept in id order (column ``j`` is ``preceptor_ids[j]``), so ranking ties broken by
    preceptor id are ties broken by column.
    """

    def __init__(
        self,
        applicants: Sequence[Record],
        preceptors: Sequence[Record],
        *,
        today: date,
        free: Mapping[tuple[str, str], int] | None = None,
        weights: Mapping[str, float] | None = None,
        load: Mapping[str, float] | None = None,
    ) -> None:
        self.today = today
        self.applicants = list(applicants)
        self.preceptors = sorted(preceptors, key=lambda p: p["id"])
        self.preceptor_ids = [p["id"] for p in self.preceptors]
        self.column = {pid: j for j, pid in enumerate(self.preceptor_ids)}
        self.scaled = resolve_weights(weights)
        self._encode_preceptors(free or {}, load or {})
        self._encode_applicants()

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.applicants), len(self.preceptors)

    # ---------------------------------------------------------------------------------------- encoding

    def _encode_preceptors(self, free: Mapping[tuple[str, str], int], load: Mapping[str, float]) -> None:
        ps, w = self.preceptors, self.scaled
        specialties = sorted({p["specialty"] for p in ps if p.get("specialty")} | set(PARENT_SPECIALTY.values()))
        self.specialty_index = {s: i for i, s in enumerate(specialties)}
        none = len(specialties)  # an always-False column for "no such specialty"
        self.p_specialty = np.array([self.specialty_index.get(p.get("specialty"), none) for p in ps], dtype=np.intp)
        self.p_parent = np.array(
            [self.specialty_index.get(PARENT_SPECIALTY.get(p.get("specialty")), none) for p in ps], dtype=np.intp
        )
        self.rotation_bit = {r: 1 << i for i, r in enumerate(ROTATION_TYPES)}
        self.p_rotation = np.array(
            [self._bits(p.get("rotation_types") or (), self.rotation_bit) for p in ps], dtype=np.int64
        )
        visas = sorted({v for p in ps for v in p.get("accepts_visas") or ()} | VISITOR_VISAS)
        if len(visas) > 62:
            raise ValueError("more than 62 distinct visa statuses in the roster")
        self.visa_bit = {v: 1 << i for i, v in enumerate(visas)}
        self.p_visas = np.array([self._bits(p.get("accepts_visas") or (), self.visa_bit) for p in ps], dtype=np.int64)
        self.p_min_step2ck = np.array([_num(p.get("min_step2ck")) for p in ps], dtype=np.float64)
        self.p_requires_ecfmg = np.array([bool(p.get("requires_ecfmg")) for p in ps], dtype=bool)
        self.p_max_years = np.array([_num(p.get("max_years_since_graduation")) for p in ps], dtype=np.float64)
        self.p_img = np.array([bool(p.get("img_friendly")) for p in ps], dtype=bool)

        states = sorted({str(p["state"]).upper() for p in ps if p.get("state")})
        self.state_index = {s: i for i, s in enumerate(states)}
        self.p_state = np.array(
            [self.state_index[str(p["state"]).upper()] if p.get("state") else len(states) for p in ps], dtype=np.intp
        )
        regions = sorted({r for p in ps if (r := state_region(p.get("state")))})
        self.region_index = {r: i for i, r in enumerate(regions)}
        self.p_region = np.array(
            [self.region_index.get(state_region(p.get("state")) or "", len(regions)) for p in ps], dtype=np.intp
        )

        languages = sorted({x.casefold() for p in ps for x in p.get("languages") or ()} - {"english"})
        self.language_index = {x: i for i, x in enumerate(languages)}
        self.p_language_bits = self._language_bits(p.get("languages") or () for p in ps)

        # Months on one sorted axis; counts of available / free months in a window are differences of prefix sums.
        self.months = sorted({_month_number(m) for p in ps for m in p.get("available_months") or ()})
        month_col = {m: i for i, m in enumerate(self.months)}
        available = np.zeros((len(ps), len(self.months)), dtype=np.int32)
        has_seat = np.zeros_like(available)
        for j, p in enumerate(ps):
            capacity = int(p.get("monthly_capacity") or 0)
            for m in set(p.get("available_months") or ()):
                col = month_col[_month_number(m)]
                available[j, col] = 1
                has_seat[j, col] = int(free.get((p["id"], m), capacity) > 0)
        self.p_has_seat = has_seat.astype(bool)
        zeros = np.zeros((1, len(ps)), dtype=np.int32)
        self.available_prefix = np.concatenate([zeros, np.cumsum(available.T, axis=0, dtype=np.int32)])
        self.seat_prefix = np.concatenate([zeros, np.cumsum(has_seat.T, axis=0, dtype=np.int32)])

        def per_preceptor(name: str, fractions: list[float]) -> np.ndarray:
            return np.array([w[name] * f for f in fractions], dtype=np.float64)

        self.p_points = {
            "lor": per_preceptor("lor", [1.0 if p.get("provides_lor") else 0.0 for p in ps]),
            "img_friendly": per_preceptor("img_friendly", [1.0 if p.get("img_friendly") else 0.0 for p in ps]),
            "teaching": per_preceptor(
                "teaching", [1.0 if TEACHING_WORDS.search(p.get("hospital_affiliation") or "") else 0.0 for p in ps]
            ),
            "fee": per_preceptor("fee", [fee_fraction(None, p.get("fee_usd")) for p in ps]),
            "load": per_preceptor("load", [min(1.0, max(0.0, 1.0 - load.get(p["id"], 0.0))) for p in ps]),
        }
        self.p_fee = np.array([_num(p.get("fee_usd")) for p in ps], dtype=np.float64)
        self.fee_points = np.array([w["fee"] * f for f in (0.0, 0.5, 1.0)], dtype=np.float64)
        self.specialty_points = np.array([w["specialty"] * f for f in (0.0, 0.6, 1.0)], dtype=np.float64)
        self.location_points = np.array([w["location"] * f for f in (0.2, 0.6, 0.8, 1.0)], dtype=np.float64)
        self.dates_points = np.array(
            [w["dates"] * (k / WINDOW_MONTHS) for k in range(WINDOW_MONTHS + 1)], dtype=np.float64
        )
        self.language_points = np.array([w["language"] * f for f in (0.5, 1.0)], dtype=np.float64)

    def _encode_applicants(self) -> None:
        aps, today = self.applicants, self.today
        n_spec = len(self.specialty_index) + 1
        self.a_wants = np.zeros((len(aps), n_spec), dtype=bool)
        self.a_wants_state = np.zeros((len(aps), len(self.state_index) + 1), dtype=bool)
        self.a_wants_region = np.zeros((len(aps), len(self.region_index) + 1), dtype=bool)
        self.a_anywhere = np.zeros(len(aps), dtype=bool)
        rotation, visa_need, visa_free = [], [], []
        for i, a in enumerate(aps):
            for s in a.get("specialties") or ():
                if s in self.specialty_index:
                    self.a_wants[i, self.specialty_index[s]] = True
            wanted = {str(code).upper() for code in a.get("preferred_states") or ()}
            self.a_anywhere[i] = not wanted or bool(wanted & ANYWHERE_MARKERS)
            for code in wanted:
                if code in self.state_index:
                    self.a_wants_state[i, self.state_index[code]] = True
                region = state_region(code)
                if region in self.region_index:
                    self.a_wants_region[i, self.region_index[region]] = True
            wanted_types = set(a.get("rotation_types") or ()) or set(ROTATION_TYPES)
            rotation.append(self._bits(wanted_types & allowed_rotation_types(a, today), self.rotation_bit))
            visa = a.get("visa_status")
            visa_free.append(visa in NO_VISA_NEEDED)
            needed = VISITOR_VISAS if visa is None else {visa}
            visa_need.append(self._bits(needed, self.visa_bit))
        self.a_language_bits = self._language_bits(a.get("languages") or () for a in aps)
        self.a_rotation = np.array(rotation, dtype=np.int64)
        self.a_visa_need = np.array(visa_need, dtype=np.int64)
        self.a_visa_free = np.array(visa_free, dtype=bool)
        self.a_step2ck = np.array([_num(a.get("usmle_step2ck")) for a in aps], dtype=np.float64)
        self.a_certified = np.array([a.get("ecfmg_status") == CERTIFIED for a in aps], dtype=bool)
        self.a_years = np.array(
            [today.year - a["graduation_year"] if a.get("graduation_year") is not None else np.nan for a in aps],
            dtype=np.float64,
        )
        self.a_budget = np.array([_num(a.get("budget_usd")) for a in aps], dtype=np.float64)
        starts = np.array([_month_number(applicant_window(a, today)[0]) for a in aps], dtype=np.int64)
        self.a_window_lo = np.searchsorted(self.months, starts).astype(np.intp)
        self.a_window_hi = np.searchsorted(self.months, starts + WINDOW_MONTHS).astype(np.intp)

    def _language_bits(self, per_record: Iterator[Any]) -> np.ndarray:
        """Languages besides English as bit sets, 62 languages per int64 word."""
        words = len(self.language_index) // 62 + 1
        out = []
        for languages in per_record:
            row = [0] * words
            for x in languages:
                index = self.language_index.get(x.casefold())
                if index is not None:
                    row[index // 62] |= 1 << (index % 62)
            out.append(row)
        return np.array(out, dtype=np.int64).reshape(-1, words)

    @staticmethod
    def _bits(values: Any, index: Mapping[str, int]) -> int:
        return sum(index[v] for v in set(values) if v in index)

    # ---------------------------------------------------------------------------------------- evaluation

    def blocks(self, rows: int = BLOCK_ROWS, *, score_all: bool = False) -> Iterator[Block]:
        """All applicants, ``rows`` at a time."""
        for start in range(0, len(self.applicants), rows):
            yield self.block(slice(start, min(start + rows, len(self.applicants))), score_all=score_all)

    def block(self, rows: slice, *, score_all: bool = False) -> Block:
        """Failures for applicants ``rows`` × every preceptor; scores for eligible pairs (all with ``score_all``)."""
        failures = self.failures(rows)
        if score_all:
            pair_rows, pair_cols = (x.ravel() for x in np.indices(failures.shape))
        else:
            pair_rows, pair_cols = np.nonzero(failures == 0)
        total, points = self.score_pairs(rows.start + pair_rows, pair_cols)
        return Block(rows, failures, pair_rows, pair_cols, total, points)

    def failures(self, rows: slice) -> np.ndarray:
        """uint8 [n, P]: bit ``i`` set where ``RULES[i]`` fails."""
        wants = self.a_wants[rows]
        fit = wants[:, self.p_specialty] | wants[:, self.p_parent]
        lo, hi = self.a_window_lo[rows], self.a_window_hi[rows]
        with_seat = self.seat_prefix[hi] - self.seat_prefix[lo]
        min2, years_max = self.p_min_step2ck[None, :], self.p_max_years[None, :]
        step2ck, years = self.a_step2ck[rows, None], self.a_years[rows, None]
        with np.errstate(invalid="ignore"):
            low_step2ck = ~np.isnan(min2) & (np.isnan(step2ck) | (step2ck < min2))
            too_old = ~np.isnan(years_max) & (np.isnan(years) | (years > years_max))
        failed = (
            ~fit,
            (self.a_rotation[rows, None] & self.p_rotation[None, :]) == 0,
            with_seat == 0,
            ~self.a_visa_free[rows, None] & ((self.a_visa_need[rows, None] & self.p_visas[None, :]) == 0),
            low_step2ck,
            self.p_requires_ecfmg[None, :] & ~self.a_certified[rows, None],
            too_old,
            ~self.p_img[None, :],
        )
        out = np.zeros(fit.shape, dtype=np.uint8)
        for bit, mask in enumerate(failed):
            out |= mask.view(np.uint8) << np.uint8(bit)
        return out

    def score_pairs(self, a: np.ndarray, p: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Rounded totals and unrounded component points for pairs (applicant row ``a[k]``, column ``p[k]``)."""
        exact = self.a_wants[a, self.p_specialty[p]]
        related = self.a_wants[a, self.p_parent[p]]
        in_state = self.a_wants_state[a, self.p_state[p]]
        in_region = self.a_wants_region[a, self.p_region[p]]
        location = np.where(in_state, 3, np.where(self.a_anywhere[a], 2, in_region.view(np.int8)))
        available = self.available_prefix[self.a_window_hi[a], p] - self.available_prefix[self.a_window_lo[a], p]
        shared = ((self.a_language_bits[a] & self.p_language_bits[p]) != 0).any(axis=1)
        budget, fee = self.a_budget[a], self.p_fee[p]
        fee_code = np.where(np.isnan(fee), 1, np.where(fee <= budget, 2, 0))
        points = {
            "specialty": self.specialty_points[np.where(exact, 2, related.view(np.int8))],
            "location": self.location_points[location],
            "dates": self.dates_points[available],
            "lor": self.p_points["lor"][p],
            "img_friendly": self.p_points["img_friendly"][p],
            "language": self.language_points[shared.view(np.int8)],
            "teaching": self.p_points["teaching"][p],
            "fee": np.where(np.isnan(budget), self.p_points["fee"][p], self.fee_points[fee_code]),
            "load": self.p_points["load"][p],
        }
        total = np.zeros(len(a), dtype=np.float64)
        for name in DEFAULT_WEIGHTS:  # the scalar sum's order, so the float result is identical
            total += points[name]
        return round_like_python(total, 1), points

    def window_columns(self, row: int) -> range:
        """Month-axis columns inside applicant ``row``'s window."""
        return range(int(self.a_window_lo[row]), int(self.a_window_hi[row]))

    def month_label(self, column: int) -> str:
        number = self.months[column]
        return f"{number // 12:04d}-{number % 12 + 1:02d}"


def failed_rules(bits: int) -> list[str]:
    """The rule names set in one pair's failure bits, in ``RULES`` order."""
    return [rule for rule, bit in RULE_BIT.items() if bits & bit]


def rule_counts(failures: np.ndarray) -> dict[str, int]:
    """How many pairs failed each rule (a pair failing two rules counts for both)."""
    return {rule: int(np.count_nonzero(failures & np.uint8(bit))) for rule, bit in RULE_BIT.items()}


def round_like_python(values: np.ndarray, digits: int) -> np.ndarray:
    """``round(v, digits)`` for every element, exactly.

    ``np.round`` scales by ``10**digits`` first, so where the scaled value sits within float error of a
    half it can round the other way than Python (which rounds the exact binary value). Those few
    elements are recomputed with Python's ``round``.
    """
    out = np.round(values, digits)
    scaled = values * 10.0**digits
    near_half = np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6
    if near_half.any():
        where = np.nonzero(near_half)
        out[where] = [round(v, digits) for v in values[where].tolist()]
    return out


def _num(value: Any) -> float:
    return float(value) if value is not None else np.nan


def _month_number(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1
