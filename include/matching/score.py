"""How well a preceptor fits an applicant: 0–100, as a sum of named components an advisor would weigh.

Each component is a fraction in [0, 1] times its weight (the points it can give); the breakdown is stored
with every recommendation, and ``explain`` turns the strongest into the sentences the applicant reads.
Weights come from YAML (``matching.weights``) and are scaled to sum to 100.

What the fractions mean (README "Matching" has the same in ops language):

- specialty: first-listed specialty 1, another listed one 0.8, a subspecialty of a listed one 0.6.
- lor: the preceptor writes letters 1 (0.25 if the applicant said they do not need one).
- location: in a listed state, or the applicant said anywhere, 1; in the region or metro area they named
  0.8; elsewhere 0; telehealth 0 (location means nothing there).
- rotation: hands-on 1, research 0.8, observership 2/3, telehealth 1/3, an observership offered as a
  fallback for hands-on 1/3.
- dates: open at the requested start for every block asked 1, a moved start or fewer blocks 0.5; a
  rotation ending after August of the application season (target Match year − 1) loses 0.7.
- teaching: residency program in the applicant's specialty 1, "yes" 0.8, in another specialty 0.6, none 0.
- usce: the applicant's first US hands-on rotation 1; in person in a specialty with no USCE yet 0.6;
  otherwise 0.2; telehealth 0.
- fee: within the applicant's budget 1 (over it 0); without a budget ≤ $1,500 1, ≤ $2,500 0.8,
  ≤ $3,500 0.4, above 0; unknown 0.5.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from include.matching.policy import DEFAULT_POLICY, Policy
from include.matching.rules import (
    CONDITION_BIT,
    Verdict,
    eras_cut,
    judge,
    month_number,
    specialty_match,
    teaching,
)
from include.vocab import fold

DEFAULT_WEIGHTS: dict[str, float] = {
    "specialty": 25.0,
    "lor": 20.0,
    "location": 15.0,
    "rotation": 15.0,
    "dates": 10.0,
    "teaching": 5.0,
    "usce": 5.0,
    "fee": 5.0,
}

SPECIALTY_FRACTION = {"first": 1.0, "exact": 0.8, "related": 0.6}
LOR_UNWANTED = 0.25
LOCATION_FRACTION = {"state": 1.0, "area": 0.8, "outside": 0.0}
ROTATION_FRACTION = {
    "hands_on": 1.0,
    "research": 0.8,
    "observership": 10 / 15,
    "telehealth": 5 / 15,
    "fallback": 5 / 15,
}
DATES_EXACT, DATES_MOVED, ERAS_LATE = 1.0, 0.5, 0.7
TEACHING_FRACTION = {"own": 1.0, "yes": 0.8, "other": 0.6, "none": 0.0}
USCE_FRACTION = {"first_hands_on": 1.0, "new_specialty": 0.6, "more": 0.2, "telehealth": 0.0}
FEE_BANDS = ((1500, 1.0), (2500, 0.8), (3500, 0.4))
_DATE_BITS = CONDITION_BIT["start_moved"] | CONDITION_BIT["fewer_months"]
CONDITIONAL_PENALTY = 3.0  # ranking only: a conditional fit ranks as if it scored this much less

Record = Mapping[str, Any]


def resolve_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    """Defaults overridden by ``weights``, scaled to sum to 100; unknown or negative weights are errors."""
    merged = dict(DEFAULT_WEIGHTS)
    for name, value in (weights or {}).items():
        if name not in DEFAULT_WEIGHTS:
            raise ValueError(f"unknown score weight {name!r}; known: {', '.join(DEFAULT_WEIGHTS)}")
        if value < 0:
            raise ValueError(f"score weight {name!r} must not be negative")
        merged[name] = float(value)
    total = sum(merged.values())
    if total <= 0:
        raise ValueError("score weights must not all be zero")
    return {name: value * 100.0 / total for name, value in merged.items()}


def score(
    applicant: Record,
    preceptor: Record,
    *,
    weights: Mapping[str, float] | None = None,
    today: date,
    verdict: Verdict | None = None,
    free_months: Mapping[str, int] | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> tuple[float, dict[str, float]]:
    """The total (0–100, one decimal) and each component's points (in [0, its weight], two decimals)."""
    verdict = verdict or judge(applicant, preceptor, free_months or {}, today, policy)
    scaled = resolve_weights(weights)
    fractions = component_fractions(applicant, preceptor, verdict, today=today, policy=policy)
    points = {name: scaled[name] * fractions[name] for name in scaled}
    total = 0.0
    for name in DEFAULT_WEIGHTS:  # the vectorized twin sums in this order
        total += points[name]
    return round(total, 1), {name: round(value, 2) for name, value in points.items()}


def component_fractions(
    applicant: Record, preceptor: Record, verdict: Verdict, *, today: date, policy: Policy = DEFAULT_POLICY
) -> dict[str, float]:
    """Each component as a fraction in [0, 1], before weighting."""
    kind = verdict.rotation_type
    tele = kind == "telehealth"
    return {
        "specialty": SPECIALTY_FRACTION.get(specialty_match(applicant, preceptor) or "", 0.0),
        "lor": lor_fraction(bool(preceptor.get("provides_lor")), applicant.get("wants_lor")),
        "location": 0.0 if tele else LOCATION_FRACTION[location_level(applicant, preceptor, policy)],
        "rotation": ROTATION_FRACTION["fallback" if verdict.fallback else (kind or "telehealth")],
        "dates": dates_fraction(
            exact=bool(verdict.start) and not verdict.conditions & _DATE_BITS,
            late=verdict.start is not None
            and month_number(verdict.start) + max(verdict.months_open, 1) - 1 > eras_cut(applicant, today),
        ),
        "teaching": TEACHING_FRACTION[teaching_level(applicant, preceptor)],
        "usce": USCE_FRACTION[usce_level(applicant, preceptor, kind)],
        "fee": fee_fraction(applicant.get("budget_usd"), preceptor.get("fee_usd")),
    }


def lor_fraction(provides: bool, wants: bool | None) -> float:
    if not provides:
        return 0.0
    return LOR_UNWANTED if wants is False else 1.0


def dates_fraction(*, exact: bool, late: bool) -> float:
    base = DATES_EXACT if exact else DATES_MOVED
    return max(0.0, base - ERAS_LATE) if late else base


def location_level(applicant: Record, preceptor: Record, policy: Policy = DEFAULT_POLICY) -> str:
    """state (a listed state, or anywhere), area (the region or metro area named) or outside."""
    state = str(preceptor.get("state") or "").upper()
    listed = {str(s).upper() for s in applicant.get("preferred_states") or ()}
    states, cities, anywhere = policy.area(applicant.get("preferred_region"))
    if anywhere or listed & {"ANY", "ANYWHERE", "*"} or (not listed and not states and not cities):
        return "state"
    if state and state in listed:
        return "state"
    if state and (state in states or (state, _fold_city(preceptor.get("city"))) in cities):
        return "area"
    return "outside"


def teaching_level(applicant: Record, preceptor: Record) -> str:
    program = teaching(preceptor)
    if program is None:
        return "none"
    if program == "yes":
        return "yes"
    return "own" if program in set(applicant.get("specialties") or ()) else "other"


def usce_level(applicant: Record, preceptor: Record, kind: str | None) -> str:
    """What this rotation adds to the applicant's US clinical experience."""
    if kind == "telehealth" or kind is None:
        return "telehealth"
    usce = applicant.get("usce") or []
    if kind == "hands_on" and not any(u.get("type") == "hands_on" for u in usce):
        return "first_hands_on"
    done = {u.get("specialty") for u in usce}
    if preceptor.get("specialty") not in done:
        return "new_specialty"
    return "more"


def fee_fraction(budget: int | None, fee: int | None) -> float:
    """Within budget is full marks; without a budget, by the usual fee bands."""
    if fee is None:
        return 0.5
    if budget is not None:
        return 1.0 if fee <= budget else 0.0
    for limit, fraction in FEE_BANDS:
        if fee <= limit:
            return fraction
    return 0.0


def rank_key(verdict: Verdict, total: float, fee: int | None, preceptor_id: str) -> tuple[Any, ...]:
    """Ranking: in-person exact fits, telehealth, fallbacks; then score (−3 when conditional), fee, id."""
    adjusted = total - (CONDITIONAL_PENALTY if verdict.status == "conditional" else 0.0)
    return (verdict.tier, -round(adjusted, 1), fee if fee is not None else 10**9, preceptor_id)


def explain(
    components: Mapping[str, float], weights: Mapping[str, float] | None = None, *, preceptor: Record | None = None
) -> list[str]:
    """Two to four short reasons for the applicant, strongest first; ``preceptor`` adds specifics (state)."""
    scaled = resolve_weights(weights)
    reasons: list[tuple[float, int, str]] = []
    for order, name in enumerate(DEFAULT_WEIGHTS):
        weight, points = scaled[name], components.get(name, 0.0)
        if weight <= 0 or points <= 0:
            continue
        text = _reason(name, points / weight, preceptor or {})
        if text:
            reasons.append((-points, order, text))
    texts = [text for _, _, text in sorted(reasons)][:4]
    for filler in ("Meets every requirement of your profile", "Accepts international medical graduates"):
        if len(texts) >= 2:
            break
        if filler not in texts:
            texts.append(filler)
    return texts


def _reason(name: str, fraction: float, preceptor: Record) -> str | None:
    state = preceptor.get("state")
    texts = {
        "specialty": "Exact match for your specialty"
        if fraction >= 0.79
        else "Subspecialty rotation that counts toward your specialty",
        "lor": "Offers letters of recommendation",
        "location": (f"In your preferred state ({state})" if state else "In your preferred state")
        if fraction >= 0.99
        else ("In your preferred region" if fraction > 0 else None),
        "rotation": "Hands-on clinical experience"
        if fraction >= 0.99
        else ("Research experience" if fraction >= 0.79 else ("In-person observership" if fraction >= 0.6 else None)),
        "dates": "Open at the month you asked for" if fraction >= 0.99 else None,
        "teaching": "At a hospital with a residency program" if fraction >= 0.6 else None,
        "usce": "Your first US hands-on experience" if fraction >= 0.99 else None,
        "fee": "Within your budget" if fraction >= 0.99 else ("Lower fee than most" if fraction >= 0.6 else None),
    }
    return texts.get(name)


def _fold_city(city: Any) -> str:
    return fold(str(city or ""))
