"""Eligibility as an IMG placement advisor judges it: eligible, conditional, fallback or ineligible.

This module is the readable definition (``judge``); ``pairwise`` is its vectorized twin and must agree
with it pair for pair. Every verdict carries what ops and the applicant need to read: the rotation type
offered, the start month, the conditions to confirm and, for a fallback, why it is not what was asked.

Hard rules (a failure makes the pair ineligible; ``RULES`` order):

- **specialty**: the preceptor's specialty is one the applicant listed, or a subspecialty of a listed one
  (Cardiology counts toward Internal Medicine, with fewer points). Not the reverse.
- **rotation_type**: a type the applicant asked for (any, when none named) that the preceptor offers and
  the applicant may do. When hands-on was asked (and observership was not) but hands-on is impossible here,
  an observership the applicant may do is offered as a **fallback**, labelled with the reason. Only a
  hands-on request gets a fallback; hands-on is never offered to someone who did not ask for it.
- **dates_capacity**: a month with a free seat at the requested start, else one month later, one earlier
  or two later (never in the past). A moved start, or fewer consecutive months than the blocks asked,
  is a condition. Without a requested start, the first open month of the next six.
- **visa** (in-person types only; telehealth needs no visa): citizens and green-card holders always pass;
  any other known visa must be one the preceptor accepts. An unknown visa is judged as B1/B2 (someone
  coming from abroad) with the condition "visa to confirm", plus the interview wait when the start is
  sooner than the typical wait for the school's country.
- **B1/B2**: graduates observe only; enrolled students may do a hands-on elective only where the preceptor
  is at a teaching hospital with a residency program (9 FAM 402.2-5(E)(3)).
- **step2ck**: a minimum applies to graduates, and to students only when the preceptor says so. A missing
  score, an expected score at or above the minimum, or an exam at least two months before the start
  (results take about four weeks) is a condition; a score or expected score below the minimum fails.
- **ecfmg**: certification is needed only for the rotation types the preceptor lists
  (``ecfmg_required_for``, default hands-on) and only from graduates. Pending or unknown is a condition;
  not certified blocks that type.
- **years_since_graduation**: graduates only; exactly at the limit passes; an unknown year is a condition.
- **img_friendly**: a preceptor not marked IMG-friendly is ineligible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from include.matching.policy import DEFAULT_POLICY, Policy
from include.vocab import PARENT_SPECIALTY, ROTATION_TYPES

RULES: tuple[str, ...] = (
    "specialty",
    "rotation_type",
    "dates_capacity",
    "visa",
    "step2ck",
    "ecfmg",
    "years_since_graduation",
    "img_friendly",
)
STATUSES: tuple[str, ...] = ("ineligible", "eligible", "conditional", "fallback")
STATUS_LABELS = {
    "ineligible": "not eligible",
    "eligible": "eligible",
    "conditional": "eligible, to confirm",
    "fallback": "offered instead",
}

# Conditions, as bits (the vectorized twin stores one integer per pair) with the label ops read.
CONDITIONS: tuple[str, ...] = (
    "step2ck_missing",
    "step2ck_expected",
    "step2ck_scheduled",
    "ecfmg_pending",
    "ecfmg_unknown",
    "visa_unknown",
    "visa_wait",
    "start_moved",
    "fewer_months",
    "graduation_unknown",
)
CONDITION_BIT = {name: 1 << i for i, name in enumerate(CONDITIONS)}

WINDOW_MONTHS = 6
START_OFFSETS = (0, 1, -1, 2)  # requested month first, then one later, one earlier, two later
SCHEDULED_LEAD_MONTHS = 2  # a Step 2 CK exam this many months before the start has its result in time
NO_VISA_NEEDED = frozenset({"citizen", "green_card"})
VISITOR = "b1b2"
IN_PERSON = ("hands_on", "observership", "research")
TYPE_ORDER = ("hands_on", "research", "observership", "telehealth")  # best first (rotation points)
DEFAULT_ECFMG_REQUIRED_FOR = ("hands_on",)
CERTIFIED = "certified"
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_EXPECTED = re.compile(r"(\d{3})\s*\(?\s*(expected|pending|anticipated|est)", re.IGNORECASE)
_SCHEDULED = re.compile(r"(scheduled|booked|planned|taking)\D*(\d{4})[-/](\d{1,2})", re.IGNORECASE)

Record = Mapping[str, Any]
Failure = tuple[str, str]

FALLBACK_REASONS = {
    "ecfmg": "ECFMG certification required for hands-on",
    "b1b2_graduate": "graduates on B1/B2 may only observe",
    "b1b2_clinic": "B1/B2 students: hands-on only at a teaching hospital with a residency program",
    "observership_only": "preceptor offers observership only",
    "no_hands_on": "preceptor does not offer hands-on",
}


@dataclass(frozen=True)
class Verdict:
    status: str  # one of STATUSES
    rotation_type: str | None  # the type offered (the fallback type for a fallback)
    start: str | None  # "YYYY-MM"
    months_open: int  # consecutive open months from the start, at most the blocks asked
    conditions: int  # CONDITION_BIT flags
    fallback: str | None  # the fallback reason key (FALLBACK_REASONS)
    failures: tuple[Failure, ...]
    condition_texts: tuple[str, ...] = ()

    @property
    def fallback_text(self) -> str | None:
        return f"observership instead of hands-on: {FALLBACK_REASONS[self.fallback]}" if self.fallback else None

    @property
    def tier(self) -> int:
        """Ranking tier: in-person exact fit 0, telehealth exact fit 1, fallback 2 (ineligible 3)."""
        if self.status == "ineligible":
            return 3
        if self.status == "fallback":
            return 2
        return 1 if self.rotation_type == "telehealth" else 0


# ----------------------------------------------------------------------------------------- applicant facts


@lru_cache(maxsize=4096)
def add_months(month: str, k: int) -> str:
    index = month_number(month) + k
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@lru_cache(maxsize=4096)
def month_number(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def month_label(number: int) -> str:
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


@lru_cache(maxsize=64)
def earliest_start(today: date) -> str:
    """Next month: a block that already started cannot be joined."""
    return month_label(today.year * 12 + today.month)


def requested_start(applicant: Record, today: date) -> tuple[str, bool]:
    """(start month, whether the applicant asked for it); a past or missing request starts next month."""
    earliest = earliest_start(today)
    preferred = str(applicant.get("preferred_start") or "")
    if _MONTH.match(preferred):
        return max(preferred, earliest), True
    return earliest, False


def applicant_window(applicant: Record, today: date) -> list[str]:
    """The months the applicant could start in: requested, +1, -1, +2 (never past), or the next six."""
    start, asked = requested_start(applicant, today)
    if not asked:
        return [add_months(start, k) for k in range(WINDOW_MONTHS)]
    earliest = earliest_start(today)
    return [m for m in (add_months(start, k) for k in START_OFFSETS) if m >= earliest]


def blocks(applicant: Record) -> int:
    try:
        return max(1, min(6, int(applicant.get("rotation_blocks") or 1)))
    except (TypeError, ValueError):
        return 1


def is_student(applicant: Record, today: date) -> bool:
    if applicant.get("is_student") is not None:
        return bool(applicant["is_student"])
    year = applicant.get("graduation_year")
    return year is not None and year > today.year


def ecfmg_status(applicant: Record) -> str | None:
    """certified / pending / not_certified / None; "N" reads as not certified, "N/A" and "student" as unknown."""
    raw = applicant.get("ecfmg_status")
    key = str(raw or "").strip().lower()
    if key in {"certified", "pending", "not_certified"}:
        return key
    if key in {"n", "no", "not certified"}:
        return "not_certified"
    return None


def step2ck_facts(applicant: Record) -> tuple[int | None, int | None, str | None]:
    """(score, expected score, exam month) from the stored fields or a text like "245 (expected)"."""
    raw = applicant.get("usmle_step2ck")
    expected = applicant.get("step2ck_expected")
    exam = applicant.get("step2ck_exam_month")
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw, None, None
    if isinstance(raw, str):
        text = raw.strip()
        if text.isdigit():
            return int(text), None, None
        if m := _EXPECTED.search(text):
            expected = int(m.group(1))
        elif m := _SCHEDULED.search(text):
            exam = f"{int(m.group(2)):04d}-{int(m.group(3)):02d}"
    return None, (int(expected) if expected is not None else None), (exam if exam and _MONTH.match(exam) else None)


def default_target_match_year(applicant: Record, today: date) -> int:
    """The first Match whose ERAS season (September of the year before) the requested rotation can feed.

    A student cannot match before graduating: at least the year after graduation.
    """
    start, _ = requested_start(applicant, today)
    end = month_number(start) + blocks(applicant) - 1
    year = end // 12 + (2 if end % 12 + 1 > 8 else 1)
    if is_student(applicant, today) and applicant.get("graduation_year"):
        year = max(year, int(applicant["graduation_year"]) + 1)
    return year


def target_match_year(applicant: Record, today: date) -> int:
    year = applicant.get("target_match_year")
    return int(year) if year else default_target_match_year(applicant, today)


def eras_cut(applicant: Record, today: date) -> int:
    """Month number of the last month a rotation can end in and still count for the target season (August)."""
    return (target_match_year(applicant, today) - 1) * 12 + 7


def visa_kind(applicant: Record) -> str:
    """free (citizen, green card), visitor (B1/B2 or unknown: judged as B1/B2) or other (a named visa)."""
    visa = applicant.get("visa_status")
    if visa in NO_VISA_NEEDED:
        return "free"
    if visa is None or visa == VISITOR:
        return "visitor"
    return "other"


def teaching(preceptor: Record) -> str | None:
    """The residency program column: None (no), "yes", or the program's specialty."""
    value = preceptor.get("residency_program")
    if value is None or str(value).strip().lower() in {"", "no", "n", "false", "none"}:
        return None
    return "yes" if str(value).strip().lower() in {"yes", "y", "true"} else str(value)


def ecfmg_required_for(preceptor: Record) -> frozenset[str]:
    value = preceptor.get("ecfmg_required_for")
    return frozenset(DEFAULT_ECFMG_REQUIRED_FOR if value is None else value)


def specialty_match(applicant: Record, preceptor: Record) -> str | None:
    """ "first" (first listed), "exact" (another listed), "related" (subspecialty of a listed one) or None."""
    wanted = list(applicant.get("specialties") or ())
    offered = preceptor.get("specialty")
    if wanted and offered == wanted[0]:
        return "first"
    if offered in wanted:
        return "exact"
    if PARENT_SPECIALTY.get(offered) in wanted:
        return "related"
    return None


def visa_accepted(applicant: Record, preceptor: Record) -> bool:
    """In-person visa check; an unknown visa is judged as B1/B2."""
    visa = applicant.get("visa_status")
    if visa in NO_VISA_NEEDED:
        return True
    accepted = preceptor.get("accepts_visas")
    if accepted is None:
        return True
    return (visa or VISITOR) in set(accepted)


# ------------------------------------------------------------------------------------------ rotation type


@dataclass(frozen=True)
class TypeChoice:
    rotation_type: str | None
    fallback: str | None  # FALLBACK_REASONS key
    conditions: int  # ecfmg_pending / ecfmg_unknown / visa_unknown
    failure: str | None  # rule name when nothing fits
    detail: str | None


def choose_rotation_type(
    *,
    student: bool,
    ecfmg: str | None,
    kind: str,
    visa_unknown: bool,
    wanted: frozenset[str],
    offered: frozenset[str],
    ecfmg_for: frozenset[str],
    teaching_hospital: bool,
    visa_ok: bool,
    detail: bool = True,
) -> TypeChoice:
    """The type to offer (best first by ``TYPE_ORDER``), a fallback, or the rule that blocks everything.

    Plain values in, so the vectorized twin can tabulate it over the few distinct combinations.
    """
    wanted = wanted or frozenset(ROTATION_TYPES)

    def blocked(kind_of: str) -> str | None:
        if kind_of != "telehealth" and not visa_ok:
            return "visa"
        if kind_of == "hands_on" and kind == "visitor":
            if not student:
                return "b1b2_graduate"
            if not teaching_hospital:
                return "b1b2_clinic"
        if not student and kind_of in ecfmg_for and ecfmg == "not_certified":
            return "ecfmg"
        return None

    def conditions(kind_of: str) -> int:
        bits = 0
        if not student and kind_of in ecfmg_for:
            if ecfmg == "pending":
                bits |= CONDITION_BIT["ecfmg_pending"]
            elif ecfmg is None:
                bits |= CONDITION_BIT["ecfmg_unknown"]
        if visa_unknown and kind_of != "telehealth":
            bits |= CONDITION_BIT["visa_unknown"]
        return bits

    for kind_of in TYPE_ORDER:
        if kind_of in wanted and kind_of in offered and blocked(kind_of) is None:
            return TypeChoice(kind_of, None, conditions(kind_of), None, None)
    hands_on_only = "hands_on" in wanted and "observership" not in wanted
    if hands_on_only and "observership" in offered and blocked("observership") is None:
        # The applicant's own bar to hands-on says more than what this preceptor happens to offer.
        reason = blocked("hands_on") or ("observership_only" if offered == {"observership"} else "no_hands_on")
        return TypeChoice("observership", reason, conditions("observership"), None, None)
    asked = wanted & offered
    reasons = {blocked(k) for k in asked}
    if not asked or not reasons <= {"visa", "ecfmg"}:
        rule = "rotation_type"
    else:
        rule = "visa" if reasons == {"visa"} else "ecfmg"
    if not detail:  # the vectorized twin tabulates verdicts, not sentences
        return TypeChoice(None, None, 0, rule, None)
    if not asked:
        text = f"offers {_listing(offered)}; applicant wants {_listing(wanted)}"
    elif rule == "visa":
        text = "visa not accepted for in-person rotations"
    elif rule == "ecfmg":
        text = f"ECFMG certification required for {_listing(asked)}"
    else:
        who = "a student on B1/B2" if student else "a graduate on B1/B2"
        if visa_unknown:
            who += " (visa unknown, judged as B1/B2)"
        text = f"offers {_listing(asked)}, not open to {who}"
    return TypeChoice(None, None, 0, rule, text)


def rotation_choice(applicant: Record, preceptor: Record, today: date) -> TypeChoice:
    return choose_rotation_type(
        student=is_student(applicant, today),
        ecfmg=ecfmg_status(applicant),
        kind=visa_kind(applicant),
        visa_unknown=applicant.get("visa_status") is None,
        wanted=frozenset(applicant.get("rotation_types") or ()),
        offered=frozenset(preceptor.get("rotation_types") or ()),
        ecfmg_for=ecfmg_required_for(preceptor),
        teaching_hospital=teaching(preceptor) is not None,
        visa_ok=visa_accepted(applicant, preceptor),
    )


# ---------------------------------------------------------------------------------------------- dates


def choose_start(
    applicant: Record, preceptor: Record, free: Mapping[str, int], today: date
) -> tuple[str | None, int, bool]:
    """(start, consecutive open months from it capped at the blocks asked, moved from the request).

    The first candidate with all the blocks open wins, else the first with any seat.
    """
    start, asked = requested_start(applicant, today)
    want = blocks(applicant)
    available = set(preceptor.get("available_months") or ())
    capacity = int(preceptor.get("monthly_capacity") or 0)

    def has_seat(month: str) -> bool:
        return month in available and free.get(month, capacity) > 0

    def run(month: str) -> int:
        n = 0
        while n < want and has_seat(add_months(month, n)):
            n += 1
        return n

    candidates = applicant_window(applicant, today)
    runs = [(m, run(m)) for m in candidates]
    for m, n in runs:
        if n >= want:
            return m, n, asked and m != start
    for m, n in runs:
        if n > 0:
            return m, n, asked and m != start
    return None, 0, False


# ------------------------------------------------------------------------------------------------ judge


def judge(
    applicant: Record,
    preceptor: Record,
    free_months: Mapping[str, int],
    today: date,
    policy: Policy = DEFAULT_POLICY,
) -> Verdict:
    """The verdict for one pair; ``free_months`` are the preceptor's seats left per month (absent = all)."""
    failures: list[Failure] = []
    bits = 0
    if not applicant.get("specialties"):
        failures.append(("specialty", "no specialty on file"))
    elif specialty_match(applicant, preceptor) is None:
        failures.append(
            (
                "specialty",
                f"preceptor's specialty {preceptor.get('specialty')} is not among {_listing(applicant['specialties'])}",
            )
        )
    choice = rotation_choice(applicant, preceptor, today)
    if choice.failure == "rotation_type":
        failures.append(("rotation_type", choice.detail or ""))
    start, months, moved = choose_start(applicant, preceptor, free_months, today)
    if start is None:
        window = applicant_window(applicant, today)
        failures.append(
            ("dates_capacity", f"no free seat in {window[0]}..{window[-1]}" if window else "no month to start")
        )
    else:
        if moved:
            bits |= CONDITION_BIT["start_moved"]
        if months < blocks(applicant):
            bits |= CONDITION_BIT["fewer_months"]
    if choice.failure == "visa":
        failures.append(("visa", _visa_detail(applicant, preceptor)))
    student = is_student(applicant, today)
    step_bits, step_fail = _step2ck(applicant, preceptor, student, start or requested_start(applicant, today)[0])
    bits |= step_bits
    if step_fail:
        failures.append(("step2ck", step_fail))
    if choice.failure == "ecfmg":
        failures.append(("ecfmg", choice.detail or ""))
    maximum = preceptor.get("max_years_since_graduation")
    if maximum is not None and not student:
        year = applicant.get("graduation_year")
        if year is None:
            bits |= CONDITION_BIT["graduation_unknown"]
        elif today.year - year > maximum:
            failures.append(
                (
                    "years_since_graduation",
                    f"requires graduation within {maximum} years; "
                    f"applicant graduated {year} ({today.year - year} years ago)",
                )
            )
    if not preceptor.get("img_friendly"):
        failures.append(("img_friendly", "preceptor is not marked IMG-friendly"))
    order = {rule: i for i, rule in enumerate(RULES)}
    failures.sort(key=lambda f: order[f[0]])
    bits |= choice.conditions
    if (
        choice.rotation_type
        and choice.rotation_type != "telehealth"
        and applicant.get("visa_status") is None
        and start is not None
    ):
        wait = policy.wait_months(applicant.get("country"))
        if month_number(start) - (today.year * 12 + today.month - 1) < wait:
            bits |= CONDITION_BIT["visa_wait"]
    if failures:
        return Verdict("ineligible", None, start, months, 0, None, tuple(failures))
    status = "fallback" if choice.fallback else ("conditional" if bits else "eligible")
    verdict = Verdict(status, choice.rotation_type, start, months, bits, choice.fallback, ())
    return Verdict(
        **{**verdict.__dict__, "condition_texts": tuple(condition_texts(verdict, applicant, preceptor, today, policy))}
    )


def ineligibility(applicant: Record, preceptor: Record, free_months: Mapping[str, int], today: date) -> list[Failure]:
    """Every failed rule as (rule, detail), in ``RULES`` order; empty means not ineligible."""
    return list(judge(applicant, preceptor, free_months, today).failures)


# The fields each rule's detail reads (applicant's, preceptor's), besides ``today``; callers that explain
# many pairs reuse one detail for pairs that agree on these (``failure_detail``).
_TYPE_INPUTS = (
    ("rotation_types", "is_student", "graduation_year", "ecfmg_status", "visa_status"),
    ("rotation_types", "ecfmg_required_for", "residency_program", "accepts_visas"),
)
RULE_INPUTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "specialty": (("specialties",), ("specialty",)),
    "rotation_type": _TYPE_INPUTS,
    "dates_capacity": (("preferred_start",), ()),
    "visa": (_TYPE_INPUTS[0], _TYPE_INPUTS[1]),
    "step2ck": (
        ("usmle_step2ck", "step2ck_expected", "step2ck_exam_month", "is_student", "graduation_year", "preferred_start"),
        ("min_step2ck", "min_step2ck_applies_to_students"),
    ),
    "ecfmg": _TYPE_INPUTS,
    "years_since_graduation": (("graduation_year", "is_student"), ("max_years_since_graduation",)),
    "img_friendly": ((), ("img_friendly",)),
}


def failure_detail(rule: str, applicant: Record, preceptor: Record, free_months: Mapping[str, int], today: date) -> str:
    """The detail of one rule known to fail for this pair, reading only that rule's inputs."""
    if rule == "specialty":
        if not applicant.get("specialties"):
            return "no specialty on file"
        return f"preceptor's specialty {preceptor.get('specialty')} is not among {_listing(applicant['specialties'])}"
    if rule in {"rotation_type", "ecfmg"}:
        return rotation_choice(applicant, preceptor, today).detail or ""
    if rule == "visa":
        return _visa_detail(applicant, preceptor)
    if rule == "dates_capacity":
        window = applicant_window(applicant, today)
        return f"no free seat in {window[0]}..{window[-1]}" if window else "no month to start"
    if rule == "step2ck":
        detail = _step2ck(applicant, preceptor, is_student(applicant, today), requested_start(applicant, today)[0])[1]
        return (
            detail or f"requires Step 2 CK ≥ {preceptor.get('min_step2ck')}; exam too close to the start for the result"
        )
    if rule == "years_since_graduation":
        year, maximum = applicant.get("graduation_year"), preceptor.get("max_years_since_graduation")
        return f"requires graduation within {maximum} years; applicant graduated {year} ({today.year - year} years ago)"
    return "preceptor is not marked IMG-friendly"


def condition_texts(
    verdict: Verdict, applicant: Record, preceptor: Record, today: date, policy: Policy = DEFAULT_POLICY
) -> list[str]:
    """The conditions in words, as ops and the applicant read them."""
    bits, out = verdict.conditions, []
    if not bits:  # most offered pairs: skip building every sentence (nightly calls this for each recommendation)
        return out
    minimum = preceptor.get("min_step2ck")
    _, _, exam = step2ck_facts(applicant)
    texts = {
        "step2ck_missing": f"Step 2 CK score needed (minimum {minimum})",
        "step2ck_expected": f"Step 2 CK score due before start (minimum {minimum})",
        "step2ck_scheduled": f"Step 2 CK result (exam {exam}) needed before start (minimum {minimum})",
        "ecfmg_pending": "ECFMG certification to confirm before start",
        "ecfmg_unknown": "ECFMG status to confirm",
        "visa_unknown": "visa to confirm",
        "visa_wait": (
            f"B1/B2 interview wait ~{policy.wait_months(applicant.get('country'))} months from "
            f"{applicant.get('country') or 'your country'}: start {verdict.start} only if a visa is already held"
        ),
        "start_moved": f"start moved to {verdict.start}",
        "fewer_months": f"only {verdict.months_open} of {blocks(applicant)} requested months open",
        "graduation_unknown": "graduation year to confirm "
        f"(within {preceptor.get('max_years_since_graduation')} years)",
    }
    for name in CONDITIONS:
        if bits & CONDITION_BIT[name]:
            out.append(texts[name])
    return out


def _step2ck(applicant: Record, preceptor: Record, student: bool, start: str) -> tuple[int, str | None]:
    minimum = preceptor.get("min_step2ck")
    if minimum is None or (student and not preceptor.get("min_step2ck_applies_to_students")):
        return 0, None
    score, expected, exam = step2ck_facts(applicant)
    if score is not None:
        return (0, None) if score >= minimum else (0, f"requires Step 2 CK ≥ {minimum}; applicant has {score}")
    if expected is not None:
        if expected >= minimum:
            return CONDITION_BIT["step2ck_expected"], None
        return 0, f"requires Step 2 CK ≥ {minimum}; expected score {expected}"
    if exam is not None:
        if month_number(exam) <= month_number(start) - SCHEDULED_LEAD_MONTHS:
            return CONDITION_BIT["step2ck_scheduled"], None
        return 0, f"requires Step 2 CK ≥ {minimum}; exam {exam} too close to a {start} start for the result"
    return CONDITION_BIT["step2ck_missing"], None


def _visa_detail(applicant: Record, preceptor: Record) -> str:
    visa = applicant.get("visa_status")
    accepted = preceptor.get("accepts_visas") or ()
    shown = _listing(accepted) if accepted else "no visa holders"
    if visa is None:
        return f"no visa status on file (judged as B1/B2); accepts {shown}"
    return f"does not accept {visa}; accepts {shown}"


def _listing(values: Iterable[str]) -> str:
    items = sorted(str(v) for v in values)
    return ", ".join(items) if items else "none"
