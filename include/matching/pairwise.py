"""Every applicant × preceptor pair at once: verdicts, conditions and scores as arrays (numpy).

``rules.judge`` and ``score.score`` stay the definition; this module is their vectorized twin for the
nightly run (10,000 × 2,000 pairs in seconds) and must give identical verdicts, conditions and rounded
scores. It gets there in two ways:

- The rotation-type decision (which type to offer, a fallback, or the rule that blocks all) depends on a
  handful of discrete facts. It is **tabulated by calling** ``rules.choose_rotation_type`` once per distinct
  (applicant facts, preceptor facts, visa accepted) combination, so the twin cannot drift from it.
- Everything numeric (specialty fit, dates and blocks, Step 2 CK, years, location, fees) is the same
  comparison on arrays, and a component's points are ``weight × fraction`` looked up from tables built
  with the scalar expressions, summed in ``DEFAULT_WEIGHTS`` order, then rounded like Python's ``round``.

Months sit on one dense axis (``month0`` + column), so "the month after" is the next column.
Failures are a ``uint8`` per pair with bit ``i`` set when ``RULES[i]`` failed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from include.matching.policy import DEFAULT_POLICY, Policy
from include.matching.rules import (
    CONDITION_BIT,
    FALLBACK_REASONS,
    RULES,
    SCHEDULED_LEAD_MONTHS,
    applicant_window,
    blocks,
    choose_rotation_type,
    earliest_start,
    ecfmg_required_for,
    ecfmg_status,
    eras_cut,
    is_student,
    month_number,
    requested_start,
    step2ck_facts,
    teaching,
    visa_kind,
)
from include.matching.score import (
    DATES_EXACT,
    DEFAULT_WEIGHTS,
    LOCATION_FRACTION,
    ROTATION_FRACTION,
    SPECIALTY_FRACTION,
    TEACHING_FRACTION,
    USCE_FRACTION,
    dates_fraction,
    fee_fraction,
    lor_fraction,
    resolve_weights,
)
from include.vocab import PARENT_SPECIALTY, ROTATION_TYPES, fold

Record = Mapping[str, Any]
RULE_BIT: dict[str, int] = {rule: 1 << i for i, rule in enumerate(RULES)}
FALLBACK_KEYS: tuple[str, ...] = tuple(FALLBACK_REASONS)
TELEHEALTH = ROTATION_TYPES.index("telehealth")
HANDS_ON = ROTATION_TYPES.index("hands_on")
STATUS_CODE = {"ineligible": 0, "eligible": 1, "conditional": 2, "fallback": 3}
STATUS_NAME = {v: k for k, v in STATUS_CODE.items()}
DATE_BITS = CONDITION_BIT["start_moved"] | CONDITION_BIT["fewer_months"]
# Rows per block: about 1M pairs at 2,000 preceptors, so a block's temporaries stay near 10 MB each.
BLOCK_ROWS = 512
MAX_CANDIDATES = 6
_SCORED = ("rotation", "fallback", "conditions", "start", "months_open")  # what score_pairs reads per pair


@dataclass(frozen=True)
class Block:
    """One block of applicant rows × all preceptors: verdicts for every pair, scores for the offered ones."""

    rows: slice
    failures: np.ndarray  # uint8 [n, P]
    status: np.ndarray  # int8 [n, P]: STATUS_CODE
    rotation: np.ndarray  # int8 [n, P]: index into ROTATION_TYPES, -1 none
    fallback: np.ndarray  # int8 [n, P]: index into FALLBACK_KEYS, -1 none
    conditions: np.ndarray  # int32 [n, P]: CONDITION_BIT flags
    start: np.ndarray  # int32 [n, P]: column of the chosen start month, -1 none
    months_open: np.ndarray  # int8 [n, P]
    pair_rows: np.ndarray  # intp [k]: the scored pairs' rows, relative to rows.start
    pair_cols: np.ndarray  # intp [k]
    total: np.ndarray  # float64 [k]: the score, rounded to one decimal like score()
    points: dict[str, np.ndarray]  # component -> float64 [k], unrounded


class Pairwise:
    """Applicants and preceptors encoded once; ``block`` evaluates a range of applicant rows.

    Preceptors are kept in id order (column ``j`` is ``preceptor_ids[j]``).
    """

    def __init__(
        self,
        applicants: Sequence[Record],
        preceptors: Sequence[Record],
        *,
        today: date,
        free: Mapping[tuple[str, str], int] | None = None,
        weights: Mapping[str, float] | None = None,
        policy: Policy = DEFAULT_POLICY,
    ) -> None:
        self.today = today
        self.policy = policy
        self.applicants = list(applicants)
        self.preceptors = sorted(preceptors, key=lambda p: p["id"])
        self.preceptor_ids = [p["id"] for p in self.preceptors]
        self.column = {pid: j for j, pid in enumerate(self.preceptor_ids)}
        self.scaled = resolve_weights(weights)
        self._month_axis()
        self._encode_preceptors(free or {})
        self._encode_applicants()
        self._tabulate_types()
        self._tabulate_dates()

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.applicants), len(self.preceptors)

    # ---------------------------------------------------------------------------------------- encoding

    def _month_axis(self) -> None:
        earliest = month_number(earliest_start(self.today))
        numbers = [month_number(m) for p in self.preceptors for m in p.get("available_months") or ()]
        starts = [month_number(requested_start(a, self.today)[0]) for a in self.applicants]
        lo = min([earliest, *numbers, *starts])
        hi = max([earliest, *numbers, *starts]) + MAX_CANDIDATES + 2
        self.month0, self.n_months = lo, hi - lo + 1

    def _encode_preceptors(self, free: Mapping[tuple[str, str], int]) -> None:
        ps, w = self.preceptors, self.scaled
        specialties = sorted(
            {p["specialty"] for p in ps if p.get("specialty")}
            | set(PARENT_SPECIALTY.values())
            | {s for a in self.applicants for s in a.get("specialties") or ()}
        )
        self.specialty_index = {s: i for i, s in enumerate(specialties)}
        none = len(specialties)  # an always-False column for "no such specialty"
        self.n_specialties = none + 1
        self.p_specialty = np.array([self.specialty_index.get(p.get("specialty"), none) for p in ps], dtype=np.intp)
        self.p_parent = np.array(
            [self.specialty_index.get(PARENT_SPECIALTY.get(p.get("specialty")), none) for p in ps], dtype=np.intp
        )
        type_keys: dict[tuple[Any, ...], int] = {}
        self.p_type = np.array(
            [
                type_keys.setdefault(
                    (
                        frozenset(p.get("rotation_types") or ()),
                        ecfmg_required_for(p),
                        teaching(p) is not None,
                    ),
                    len(type_keys),
                )
                for p in ps
            ],
            dtype=np.intp,
        )
        self.p_type_keys = list(type_keys)
        self.p_type2 = (2 * self.p_type).astype(np.int32)
        if self.n_specialties > 63:
            raise ValueError("more than 63 distinct specialties")
        one = np.int64(1)
        self.p_family_bits = np.left_shift(one, self.p_specialty.astype(np.int64)) | np.left_shift(
            one, self.p_parent.astype(np.int64)
        )
        self.p_family_bits &= ~np.left_shift(one, np.int64(none))  # the "no such specialty" column never fits
        visas = sorted({v for p in ps for v in p.get("accepts_visas") or ()} | {"b1b2"})
        self.visa_index = {v: i for i, v in enumerate(visas)}
        if len(visas) > 61:  # bit len(visas): a visa no preceptor lists; the bit above: needs no visa
            raise ValueError("more than 61 distinct visa statuses in the roster")
        # Bit 62 is "needs no visa", which every preceptor accepts; "any visa" is every bit.
        self.free_visa_bit = 1 << (len(visas) + 1)  # bit len(visas): a visa no preceptor lists
        self.p_visa_bits = np.array(
            [
                -1 if p.get("accepts_visas") is None else sum(1 << self.visa_index[v] for v in set(p["accepts_visas"]))
                for p in ps
            ],
            dtype=np.int64,
        ) | np.int64(self.free_visa_bit)
        self.p_min_step2ck = np.array([_num(p.get("min_step2ck")) for p in ps], dtype=np.float64)
        self.p_min_students = np.array([bool(p.get("min_step2ck_applies_to_students")) for p in ps], dtype=bool)
        self.p_max_years = np.array([_num(p.get("max_years_since_graduation")) for p in ps], dtype=np.float64)
        self.p_with_min = np.nonzero(~np.isnan(self.p_min_step2ck))[0]
        self.p_with_max_years = np.nonzero(~np.isnan(self.p_max_years))[0]
        self.p_img = np.array([bool(p.get("img_friendly")) for p in ps], dtype=bool)

        states = sorted({str(p["state"]).upper() for p in ps if p.get("state")})
        self.state_index = {s: i for i, s in enumerate(states)}
        self.p_state = np.array(
            [self.state_index[str(p["state"]).upper()] if p.get("state") else len(states) for p in ps], dtype=np.intp
        )
        places = sorted({(str(p["state"]).upper(), fold(str(p.get("city") or ""))) for p in ps if p.get("state")})
        self.place_index = {x: i for i, x in enumerate(places)}
        self.p_place = np.array(
            [
                self.place_index.get((str(p.get("state") or "").upper(), fold(str(p.get("city") or ""))), len(places))
                for p in ps
            ],
            dtype=np.intp,
        )

        # Seats on the dense month axis, and the run of consecutive months with a seat starting at each month.
        has_seat = np.zeros((len(ps), self.n_months + 1), dtype=bool)  # last column: "no month"
        for j, p in enumerate(ps):
            capacity = int(p.get("monthly_capacity") or 0)
            for m in set(p.get("available_months") or ()):
                has_seat[j, month_number(m) - self.month0] = free.get((p["id"], m), capacity) > 0
        self.p_has_seat = has_seat
        run = np.zeros((len(ps), self.n_months + 2), dtype=np.int8)
        for t in range(self.n_months - 1, -1, -1):
            run[:, t] = np.where(has_seat[:, t], np.minimum(run[:, t + 1] + 1, 6), 0)
        self.p_run = np.ascontiguousarray(run[:, : self.n_months + 1].T)  # [T + 1, P], row T is "no month": 0

        self.p_lor = np.array([bool(p.get("provides_lor")) for p in ps], dtype=bool)
        self.p_fee = np.array([_num(p.get("fee_usd")) for p in ps], dtype=np.float64)
        self.p_fee_points = np.array([w["fee"] * fee_fraction(None, p.get("fee_usd")) for p in ps], dtype=np.float64)
        self.p_teach = np.array(
            [
                -1 if (t := teaching(p)) is None else (-2 if t == "yes" else self.specialty_index.get(t, none))
                for p in ps
            ],
            dtype=np.intp,
        )
        self.specialty_points = np.array(
            [0.0] + [w["specialty"] * SPECIALTY_FRACTION[k] for k in ("related", "exact", "first")], dtype=np.float64
        )
        self.location_points = np.array(
            [w["location"] * LOCATION_FRACTION[k] for k in ("outside", "area", "state")], dtype=np.float64
        )
        # rotation points by type index (0..3), then the fallback at index 4
        self.rotation_points = np.array(
            [w["rotation"] * ROTATION_FRACTION[k] for k in (*ROTATION_TYPES, "fallback")], dtype=np.float64
        )
        self.dates_points = np.array(
            [w["dates"] * dates_fraction(exact=e, late=lt) for e in (False, True) for lt in (False, True)],
            dtype=np.float64,
        )  # index: exact * 2 + late
        self.teaching_points = np.array(
            [w["teaching"] * TEACHING_FRACTION[k] for k in ("none", "yes", "other", "own")], dtype=np.float64
        )
        self.usce_points = np.array(
            [w["usce"] * USCE_FRACTION[k] for k in ("telehealth", "more", "new_specialty", "first_hands_on")],
            dtype=np.float64,
        )
        self.fee_points = np.array([w["fee"] * f for f in (0.0, 0.5, 1.0)], dtype=np.float64)
        assert dates_fraction(exact=True, late=False) == DATES_EXACT

    def _encode_applicants(self) -> None:
        aps, today = self.applicants, self.today
        n, ns = len(aps), self.n_specialties
        self.a_wants = np.zeros((n, ns), dtype=bool)
        self.a_first = np.full(n, ns - 1, dtype=np.intp)
        self.a_usce_spec = np.zeros((n, ns), dtype=bool)
        self.a_has_hands_on = np.zeros(n, dtype=bool)
        self.a_listed = np.zeros((n, len(self.state_index) + 1), dtype=bool)
        self.a_area_state = np.zeros((n, len(self.state_index) + 1), dtype=bool)
        self.a_area_place = np.zeros((n, len(self.place_index) + 1), dtype=bool)
        self.a_open = np.zeros(n, dtype=bool)
        type_keys: dict[tuple[Any, ...], int] = {}
        a_type, visa_col, lor_points = [], [], []
        cands = np.full((n, MAX_CANDIDATES), self.n_months, dtype=np.intp)
        w = self.scaled
        for i, a in enumerate(aps):
            specs = list(a.get("specialties") or ())
            for s in specs:
                self.a_wants[i, self.specialty_index[s]] = True
            if specs:
                self.a_first[i] = self.specialty_index[specs[0]]
            for u in a.get("usce") or ():
                if u.get("specialty") in self.specialty_index:
                    self.a_usce_spec[i, self.specialty_index[u["specialty"]]] = True
                self.a_has_hands_on[i] |= u.get("type") == "hands_on"
            listed = {str(s).upper() for s in a.get("preferred_states") or ()}
            states, cities, anywhere = self.policy.area(a.get("preferred_region"))
            self.a_open[i] = anywhere or bool(listed & {"ANY", "ANYWHERE", "*"}) or not (listed or states or cities)
            for code in listed:
                if code in self.state_index:
                    self.a_listed[i, self.state_index[code]] = True
            for code in states:
                if code in self.state_index:
                    self.a_area_state[i, self.state_index[code]] = True
            for place in cities:
                if place in self.place_index:
                    self.a_area_place[i, self.place_index[place]] = True
            kind = visa_kind(a)
            visa = a.get("visa_status")
            a_type.append(
                type_keys.setdefault(
                    (
                        is_student(a, today),
                        ecfmg_status(a),
                        kind,
                        visa is None,
                        frozenset(a.get("rotation_types") or ()),
                    ),
                    len(type_keys),
                )
            )
            visa_col.append(self.visa_index.get(visa or "b1b2", len(self.visa_index)))
            lor_points.append(w["lor"] * lor_fraction(True, a.get("wants_lor")))
            for k, m in enumerate(applicant_window(a, today)):
                cands[i, k] = month_number(m) - self.month0
        self.a_type = np.array(a_type, dtype=np.intp)
        self.a_type_keys = list(type_keys)
        self.a_visa_free = np.array([visa_kind(a) == "free" for a in aps], dtype=bool)
        self.a_visa_col = np.array(visa_col, dtype=np.intp)
        # An applicant who needs no visa matches every preceptor's bits; otherwise the one bit of their visa.
        self.a_visa_bits = np.where(
            self.a_visa_free, np.int64(self.free_visa_bit), np.left_shift(np.int64(1), self.a_visa_col.astype(np.int64))
        )
        self.a_family_bits = np.zeros(len(aps), dtype=np.int64)
        for i, a in enumerate(aps):
            for sp in a.get("specialties") or ():
                self.a_family_bits[i] |= np.int64(1) << np.int64(self.specialty_index[sp])
        # 32-bit words when the vocabularies fit: half the memory traffic in the per-pair AND.
        if self.n_specialties <= 31:
            self.a_family_bits, self.p_family_bits = (
                x.astype(np.uint32) for x in (self.a_family_bits, self.p_family_bits)
            )
        if self.free_visa_bit < 1 << 31:
            self.a_visa_bits, self.p_visa_bits = (x.astype(np.uint32) for x in (self.a_visa_bits, self.p_visa_bits))
        self.a_visa_unknown = np.array([a.get("visa_status") is None for a in aps], dtype=bool)
        self.a_student = np.array([is_student(a, today) for a in aps], dtype=bool)
        facts = [step2ck_facts(a) for a in aps]
        self.a_step2ck = np.array([_num(f[0]) for f in facts], dtype=np.float64)
        self.a_expected = np.array([_num(f[1]) for f in facts], dtype=np.float64)
        self.a_exam = np.array([month_number(f[2]) if f[2] else np.nan for f in facts], dtype=np.float64)
        # One number to compare with a minimum: the score, else the expected score; an exam date alone is
        # judged against the start (``a_step_exam_only``); nothing at all is a condition, never a failure.
        self.a_step_value = np.where(np.isnan(self.a_step2ck), self.a_expected, self.a_step2ck)
        self.a_step_exam_only = np.isnan(self.a_step_value) & ~np.isnan(self.a_exam)
        self.a_step_condition = np.array(
            [
                0
                if f[0] is not None
                else CONDITION_BIT["step2ck_expected"]
                if f[1] is not None
                else CONDITION_BIT["step2ck_scheduled"]
                if f[2]
                else CONDITION_BIT["step2ck_missing"]
                for f in facts
            ],
            dtype=np.int32,
        )
        self.a_years = np.array(
            [today.year - a["graduation_year"] if a.get("graduation_year") is not None else np.nan for a in aps],
            dtype=np.float64,
        )
        self.a_start = np.array([month_number(requested_start(a, today)[0]) - self.month0 for a in aps], dtype=np.intp)
        self.a_asked = np.array([requested_start(a, today)[1] for a in aps], dtype=bool)
        self.a_blocks = np.array([blocks(a) for a in aps], dtype=np.int8)
        self.a_cut = np.array([eras_cut(a, today) - self.month0 for a in aps], dtype=np.int64)
        self.a_wait = np.array([self.policy.wait_months(a.get("country")) for a in aps], dtype=np.int64)
        self.a_lor_points = np.array(lor_points, dtype=np.float64)
        self.a_budget = np.array([_num(a.get("budget_usd")) for a in aps], dtype=np.float64)
        self.a_candidates = cands
        self.today_col = today.year * 12 + today.month - 1 - self.month0

    def _tabulate_types(self) -> None:
        """``choose_rotation_type`` for every (applicant key, preceptor key, visa accepted) present."""
        na, npk = len(self.a_type_keys), len(self.p_type_keys)
        shape = (na, npk, 2)
        self.t_type = np.full(shape, -1, dtype=np.int8)
        self.t_fallback = np.full(shape, -1, dtype=np.int8)
        self.t_conditions = np.zeros(shape, dtype=np.int32)
        self.t_failures = np.zeros(shape, dtype=np.uint8)
        for i, (student, ecfmg, kind, unknown, wanted) in enumerate(self.a_type_keys):
            for j, (offered, ecfmg_for, teaching_hospital) in enumerate(self.p_type_keys):
                for ok in (0, 1):
                    c = choose_rotation_type(
                        student=student,
                        ecfmg=ecfmg,
                        kind=kind,
                        visa_unknown=unknown,
                        wanted=wanted,
                        offered=offered,
                        ecfmg_for=ecfmg_for,
                        teaching_hospital=teaching_hospital,
                        visa_ok=bool(ok),
                        detail=False,
                    )
                    if c.rotation_type:
                        self.t_type[i, j, ok] = ROTATION_TYPES.index(c.rotation_type)
                    if c.fallback:
                        self.t_fallback[i, j, ok] = FALLBACK_KEYS.index(c.fallback)
                    self.t_conditions[i, j, ok] = c.conditions
                    if c.failure:
                        self.t_failures[i, j, ok] = RULE_BIT[c.failure]

    def _tabulate_dates(self) -> None:
        """The chosen start column and open-month run per (distinct candidate starts and blocks) × preceptor.

        The first candidate with every block open, else the first with any seat (``rules.choose_start``).
        """
        keys: dict[tuple[Any, ...], int] = {}
        self.a_dates = np.array(
            [
                keys.setdefault((tuple(self.a_candidates[i].tolist()), int(self.a_blocks[i])), len(keys))
                for i in range(len(self.applicants))
            ],
            dtype=np.intp,
        )
        n_p = len(self.preceptors)
        self.d_start = np.full((max(len(keys), 1), n_p), self.n_months, dtype=np.int32)
        self.d_run = np.zeros((max(len(keys), 1), n_p), dtype=np.int8)
        for (cands, want), k in keys.items():
            start, run = self.d_start[k], self.d_run[k]
            for need_full in (True, False):
                for col in cands:
                    if col == self.n_months:
                        continue
                    r = np.minimum(self.p_run[col], want)
                    take = (start == self.n_months) & ((r >= want) if need_full else (r > 0))
                    start[take] = col
                    run[take] = r[take]

    # ---------------------------------------------------------------------------------------- evaluation

    def blocks(self, rows: int = BLOCK_ROWS, *, score_all: bool = False) -> Iterator[Block]:
        """All applicants, ``rows`` at a time."""
        for start in range(0, len(self.applicants), rows):
            yield self.block(slice(start, min(start + rows, len(self.applicants))), score_all=score_all)

    def block(self, rows: slice, *, score_all: bool = False) -> Block:
        """Verdicts for applicants ``rows`` × every preceptor; scores for the offered pairs (all with ``score_all``)."""
        v = self.verdicts(rows)
        offered = v.pop("offered")  # the passing pairs' rows, columns and verdict values, in row-major order
        if score_all:
            pair_rows, pair_cols = (x.ravel() for x in np.indices(v["failures"].shape))
            values = {name: v[name][pair_rows, pair_cols] for name in _SCORED}
        else:
            pair_rows, pair_cols, values = offered
        total, points = self.score_pairs(rows.start + pair_rows, pair_cols, values)
        return Block(rows=rows, pair_rows=pair_rows, pair_cols=pair_cols, total=total, points=points, **v)

    def verdicts(self, rows: slice) -> dict[str, np.ndarray]:
        """The verdict arrays of ``rules.judge`` for applicants ``rows`` × every preceptor.

        Failure bits are computed for every pair (ops read the counts per rule); the rest (type, start,
        conditions, status) only for the pairs that pass every rule, typically a few percent.
        """
        n, n_p = rows.stop - rows.start, len(self.preceptors)
        # Bit sets instead of gathers: one AND per pair for the specialty family, one for the visa.
        fit = (self.a_family_bits[rows, None] & self.p_family_bits[None, :]) != 0
        visa_ok = (self.a_visa_bits[rows, None] & self.p_visa_bits[None, :]) != 0
        key = self.a_type[rows, None].astype(np.int32) * np.int32(2 * len(self.p_type_keys)) + self.p_type2[None, :]
        key += visa_ok
        failures = self.t_failures.reshape(-1)[key]
        _set(failures, ~fit, "specialty")
        _set(failures, np.broadcast_to(~self.p_img[None, :], (n, n_p)), "img_friendly")

        # Dates: tabulated per distinct (candidate starts, blocks) in ``_tabulate_dates``.
        dkey = self.a_dates[rows]
        start = self.d_start[dkey]
        no_start = start == self.n_months
        _set(failures, no_start, "dates_capacity")

        # Step 2 CK (against the chosen start, else the requested one); a NaN minimum never fails.
        student = self.a_student[rows]
        if len(self.p_with_min):
            applies = ~student[:, None] | self.p_min_students[None, :]
            with np.errstate(invalid="ignore"):
                fail = self.a_step_value[rows, None] < self.p_min_step2ck[None, :]
            exam_rows = np.nonzero(self.a_step_exam_only[rows])[0]
            if len(exam_rows):
                sub_start = start[exam_rows]
                when = np.where(sub_start == self.n_months, self.a_start[rows][exam_rows, None], sub_start)
                late = (self.a_exam[rows][exam_rows, None] - self.month0) > when - SCHEDULED_LEAD_MONTHS
                fail[exam_rows] |= late & ~np.isnan(self.p_min_step2ck)[None, :]
            fail &= applies
            _set(failures, fail, "step2ck")
        if len(self.p_with_max_years):
            with np.errstate(invalid="ignore"):
                old = (~student)[:, None] & (self.a_years[rows, None] > self.p_max_years[None, :])
            _set(failures, old, "years_since_graduation")

        # Everything else on the pairs that pass every rule.
        r, c = np.nonzero(failures == 0)
        k = key[r, c]
        rotation = self.t_type.reshape(-1)[k]
        fallback = self.t_fallback.reshape(-1)[k]
        conditions = self.t_conditions.reshape(-1)[k]
        chosen = start[r, c]
        run = self.d_run[dkey[r], c]
        rr = r + rows.start
        moved = self.a_asked[rr] & (chosen != self.a_start[rr])
        conditions[moved] |= CONDITION_BIT["start_moved"]
        conditions[run < self.a_blocks[rr]] |= CONDITION_BIT["fewer_months"]
        applies = ~np.isnan(self.p_min_step2ck[c]) & (~self.a_student[rr] | self.p_min_students[c])
        conditions |= np.where(applies, self.a_step_condition[rr], 0).astype(np.int32)
        unknown_year = ~np.isnan(self.p_max_years[c]) & ~self.a_student[rr] & np.isnan(self.a_years[rr])
        conditions[unknown_year] |= CONDITION_BIT["graduation_unknown"]
        in_person = (rotation >= 0) & (rotation != TELEHEALTH)
        waiting = in_person & self.a_visa_unknown[rr] & ((chosen - self.today_col) < self.a_wait[rr])
        conditions[waiting] |= CONDITION_BIT["visa_wait"]
        pair_status = np.where(fallback >= 0, 3, np.where(conditions != 0, 2, 1)).astype(np.int8)

        status = np.zeros((n, n_p), dtype=np.int8)
        status[r, c] = pair_status
        out_rotation = np.full((n, n_p), -1, dtype=np.int8)
        out_rotation[r, c] = rotation
        out_fallback = np.full((n, n_p), -1, dtype=np.int8)
        out_fallback[r, c] = fallback
        out_conditions = np.zeros((n, n_p), dtype=np.int32)
        out_conditions[r, c] = conditions
        start[no_start] = -1
        months_open = self.d_run[dkey]
        scored = {
            "rotation": rotation,
            "fallback": fallback,
            "conditions": conditions,
            "start": start[r, c],
            "months_open": months_open[r, c],
        }
        return {
            "offered": (r, c, scored),
            "failures": failures,
            "status": status,
            "rotation": out_rotation,
            "fallback": out_fallback,
            "conditions": out_conditions,
            "start": start,
            "months_open": months_open,
        }

    def score_pairs(
        self, a: np.ndarray, p: np.ndarray, v: Mapping[str, np.ndarray]
    ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Rounded totals and unrounded component points for pairs (applicant row ``a[k]``, column ``p[k]``);
        ``v`` holds each pair's verdict values (``_SCORED``)."""
        rotation = v["rotation"].astype(np.intp)
        fallback = v["fallback"]
        conditions = v["conditions"]
        start = v["start"].astype(np.int64)
        months_open = v["months_open"].astype(np.int64)
        tele = rotation == TELEHEALTH
        none = rotation < 0

        level = np.where(
            self.a_first[a] == self.p_specialty[p],
            3,
            np.where(self.a_wants[a, self.p_specialty[p]], 2, self.a_wants[a, self.p_parent[p]].view(np.int8)),
        )
        location = np.where(
            self.a_open[a] | self.a_listed[a, self.p_state[p]],
            2,
            (self.a_area_state[a, self.p_state[p]] | self.a_area_place[a, self.p_place[p]]).view(np.int8),
        )
        exact = (start >= 0) & ((conditions & DATE_BITS) == 0)
        late = (start >= 0) & (start + np.maximum(months_open, 1) - 1 > self.a_cut[a])
        teach = self.p_teach[p]
        teach_code = np.where(
            teach == -1,
            0,
            np.where(teach == -2, 1, np.where(self.a_wants[a, np.maximum(teach, 0)], 3, 2)),
        )
        usce_code = np.where(
            tele | none,
            0,
            np.where(
                (rotation == HANDS_ON) & ~self.a_has_hands_on[a],
                3,
                np.where(self.a_usce_spec[a, self.p_specialty[p]], 1, 2),
            ),
        )
        budget, fee = self.a_budget[a], self.p_fee[p]
        with np.errstate(invalid="ignore"):
            fee_code = np.where(np.isnan(fee), 1, np.where(fee <= budget, 2, 0))
        points = {
            "specialty": self.specialty_points[level],
            "lor": np.where(self.p_lor[p], self.a_lor_points[a], 0.0),
            "location": np.where(tele, 0.0, self.location_points[location]),
            "rotation": self.rotation_points[np.where(fallback >= 0, 4, np.where(none, TELEHEALTH, rotation))],
            "dates": self.dates_points[exact.view(np.int8) * 2 + late.view(np.int8)],
            "teaching": self.teaching_points[teach_code],
            "usce": self.usce_points[usce_code],
            "fee": np.where(np.isnan(budget), self.p_fee_points[p], self.fee_points[fee_code]),
        }
        total = np.zeros(len(a), dtype=np.float64)
        for name in DEFAULT_WEIGHTS:  # the scalar sum's order, so the float result is identical
            total += points[name]
        return round_like_python(total, 1), points

    def month_label(self, column: int) -> str:
        number = self.month0 + int(column)
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


def _set(failures: np.ndarray, mask: np.ndarray, rule: str) -> None:
    """``failures |= bit where mask``, as byte arithmetic (a boolean-mask assignment is several times slower)."""
    shift = RULE_BIT[rule].bit_length() - 1
    np.bitwise_or(failures, np.left_shift(mask.view(np.uint8), np.uint8(shift)), out=failures)


def _num(value: Any) -> float:
    return float(value) if value is not None else np.nan
