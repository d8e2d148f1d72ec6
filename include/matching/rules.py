"""Hard eligibility rules: each failure is a named rule with a human detail, so ops can answer
"why is preceptor X not recommended for applicant Y" from the stored reason alone.

Decisions (domain notes in ``shared/notes/domain.md``):

- **specialty**: the preceptor's specialty is one the applicant wants, or it is a subspecialty whose
  parent the applicant wants (a Cardiology rotation counts toward Internal Medicine, scored lower).
  Not the reverse: a general Internal Medicine rotation does not give the Cardiology experience an
  applicant asked for. An applicant with no specialty on file fails (nothing to match on).
- **rotation_type**: a type the applicant asked for (any type when they named none) that the preceptor
  offers and the applicant may do. Students may do all four. Graduates may do observership, research and
  telehealth, and hands-on only when ECFMG-certified: a graduate has no school affiliation or malpractice
  cover, and certification is what US hospitals credential a graduate's patient contact on. B1/B2
  visitors may not do hands-on care ("observerships only in practice"). Student status comes from
  ``is_student``, else a graduation year after ``today``'s year; unknown counts as graduate (stricter).
- **dates_capacity**: the applicant's window is six months from ``preferred_start``, or from next month
  when it is absent or already past (a block that started cannot be joined). A month in the window must
  be in the preceptor's ``available_months`` with a free seat in ``free_months``; a month absent from
  ``free_months`` has the full ``monthly_capacity`` free.
- **visa**: US citizens and green-card holders need no visa and always pass. Anyone else must hold a
  visa the preceptor accepts. An unknown visa is treated as someone coming from abroad: it passes only
  where the preceptor accepts B1/B2 or J-1, the visas such a visitor would come on.
- **step2ck / ecfmg / years_since_graduation**: a set minimum or requirement with no applicant data
  fails ("no Step 2 CK score on file"): an expected score is not a score.
- **img_friendly**: every applicant is an IMG, so a preceptor not marked IMG-friendly is ineligible.

Inactive preceptors are the caller's filter; these rules judge one pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

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

WINDOW_MONTHS = 6
NO_VISA_NEEDED = frozenset({"citizen", "green_card"})
VISITOR_VISAS = frozenset({"b1b2", "j1"})
CERTIFIED = "certified"
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

Record = Mapping[str, Any]
Failure = tuple[str, str]


def ineligibility(applicant: Record, preceptor: Record, free_months: Mapping[str, int], today: date) -> list[Failure]:
    """Every failed rule as (rule, detail), in ``RULES`` order; empty means eligible."""
    failures = []
    for name, check in _CHECKS.items():
        detail = check(applicant, preceptor, free_months, today)
        if detail:
            failures.append((name, detail))
    return failures


# The fields each rule reads (applicant's, preceptor's), besides ``today`` and the preceptor's free seats;
# callers that explain many pairs reuse one detail for pairs that agree on these (``failure_detail``).
RULE_INPUTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "specialty": (("specialties",), ("specialty",)),
    "rotation_type": (
        ("rotation_types", "is_student", "graduation_year", "ecfmg_status", "visa_status"),
        ("rotation_types",),
    ),
    "dates_capacity": (("preferred_start",), ("id", "available_months", "monthly_capacity")),
    "visa": (("visa_status",), ("accepts_visas",)),
    "step2ck": (("usmle_step2ck",), ("min_step2ck",)),
    "ecfmg": (("ecfmg_status",), ("requires_ecfmg",)),
    "years_since_graduation": (("graduation_year",), ("max_years_since_graduation",)),
    "img_friendly": ((), ("img_friendly",)),
}


def failure_detail(rule: str, applicant: Record, preceptor: Record, free_months: Mapping[str, int], today: date) -> str:
    """The detail of one rule known to fail for this pair."""
    return _CHECKS[rule](applicant, preceptor, free_months, today) or ""


def specialty_match(applicant: Record, preceptor: Record) -> str | None:
    """ "exact", "related" (the preceptor's subspecialty counts toward a wanted parent) or None."""
    wanted = set(applicant.get("specialties") or ())
    offered = preceptor.get("specialty")
    if offered in wanted:
        return "exact"
    if PARENT_SPECIALTY.get(offered) in wanted:
        return "related"
    return None


def applicant_window(applicant: Record, today: date) -> list[str]:
    """The six "YYYY-MM" months the applicant could start in, never before next month."""
    earliest = add_months(f"{today.year:04d}-{today.month:02d}", 1)
    preferred = applicant.get("preferred_start") or ""
    start = max(preferred, earliest) if _MONTH.match(preferred) else earliest
    return [add_months(start, k) for k in range(WINDOW_MONTHS)]


def add_months(month: str, k: int) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    index = year * 12 + (mon - 1) + k
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def is_student(applicant: Record, today: date) -> bool:
    if applicant.get("is_student") is not None:
        return bool(applicant["is_student"])
    year = applicant.get("graduation_year")
    return year is not None and year > today.year


def allowed_rotation_types(applicant: Record, today: date) -> set[str]:
    """The rotation types this applicant may do, before asking what they want."""
    if is_student(applicant, today):
        allowed = set(ROTATION_TYPES)
    else:
        allowed = {"observership", "research", "telehealth"}
        if applicant.get("ecfmg_status") == CERTIFIED:
            allowed.add("hands_on")
    if applicant.get("visa_status") == "b1b2":
        allowed.discard("hands_on")
    return allowed


def _specialty(applicant: Record, preceptor: Record, _free: Mapping[str, int], _today: date) -> str | None:
    if not applicant.get("specialties"):
        return "no specialty on file"
    if specialty_match(applicant, preceptor):
        return None
    return f"preceptor's specialty {preceptor.get('specialty')} is not among {_listing(applicant['specialties'])}"


def _rotation_type(applicant: Record, preceptor: Record, _free: Mapping[str, int], today: date) -> str | None:
    offered = set(preceptor.get("rotation_types") or ())
    wanted = set(applicant.get("rotation_types") or ()) or set(ROTATION_TYPES)
    allowed = allowed_rotation_types(applicant, today)
    if offered & wanted & allowed:
        return None
    if not offered & wanted:
        return f"offers {_listing(offered)}; applicant wants {_listing(wanted)}"
    who = "a student" if is_student(applicant, today) else "a graduate"
    if applicant.get("visa_status") == "b1b2":
        who += " on a B1/B2 visa"
    elif not is_student(applicant, today) and applicant.get("ecfmg_status") != CERTIFIED:
        who += " without ECFMG certification"
    return f"offers {_listing(offered & wanted)}, not open to {who}"


def _dates_capacity(applicant: Record, preceptor: Record, free: Mapping[str, int], today: date) -> str | None:
    window = applicant_window(applicant, today)
    span = f"{window[0]}..{window[-1]}"
    available = [m for m in window if m in set(preceptor.get("available_months") or ())]
    if not available:
        return f"not available in {span}"
    capacity = int(preceptor.get("monthly_capacity") or 0)
    if any(free.get(m, capacity) > 0 for m in available):
        return None
    return f"no free seat in {span}"


def _visa(applicant: Record, preceptor: Record, _free: Mapping[str, int], _today: date) -> str | None:
    visa = applicant.get("visa_status")
    accepted = set(preceptor.get("accepts_visas") or ())
    if visa in NO_VISA_NEEDED or visa in accepted:
        return None
    if visa is None:
        if accepted & VISITOR_VISAS:
            return None
        return f"no visa status on file; accepts {_listing(accepted) if accepted else 'no visa holders'}"
    return f"does not accept {visa}; accepts {_listing(accepted) if accepted else 'no visa holders'}"


def _step2ck(applicant: Record, preceptor: Record, _free: Mapping[str, int], _today: date) -> str | None:
    minimum = preceptor.get("min_step2ck")
    if minimum is None:
        return None
    score = applicant.get("usmle_step2ck")
    if score is None:
        return f"requires Step 2 CK ≥ {minimum}; no Step 2 CK score on file"
    if score < minimum:
        return f"requires Step 2 CK ≥ {minimum}; applicant has {score}"
    return None


def _ecfmg(applicant: Record, preceptor: Record, _free: Mapping[str, int], _today: date) -> str | None:
    if not preceptor.get("requires_ecfmg"):
        return None
    status = applicant.get("ecfmg_status")
    if status == CERTIFIED:
        return None
    if status is None:
        return "requires ECFMG certification; no ECFMG status on file"
    return f"requires ECFMG certification; applicant is {status.replace('_', ' ')}"


def _years_since_graduation(applicant: Record, preceptor: Record, _free: Mapping[str, int], today: date) -> str | None:
    maximum = preceptor.get("max_years_since_graduation")
    if maximum is None:
        return None
    year = applicant.get("graduation_year")
    if year is None:
        return f"requires graduation within {maximum} years; no graduation year on file"
    years = today.year - year
    if years > maximum:
        return f"requires graduation within {maximum} years; applicant graduated {year} ({years} years ago)"
    return None


def _img_friendly(_applicant: Record, preceptor: Record, _free: Mapping[str, int], _today: date) -> str | None:
    return None if preceptor.get("img_friendly") else "preceptor is not marked IMG-friendly"


def _listing(values: Iterable[str]) -> str:
    items = sorted(str(v) for v in values)
    return ", ".join(items) if items else "none"


_CHECKS: dict[str, Callable[[Record, Record, Mapping[str, int], date], str | None]] = {
    "specialty": _specialty,
    "rotation_type": _rotation_type,
    "dates_capacity": _dates_capacity,
    "visa": _visa,
    "step2ck": _step2ck,
    "ecfmg": _ecfmg,
    "years_since_graduation": _years_since_graduation,
    "img_friendly": _img_friendly,
}
