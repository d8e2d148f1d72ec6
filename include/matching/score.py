"""How well an eligible preceptor fits an applicant: 0–100, as a sum of named components.

Each component is a fraction in [0, 1] times its weight, and the breakdown is stored with every
recommendation, so a score is never a black box: ops see which component moved it, and ``explain``
turns the strongest components into the sentences an applicant reads.

Weights come from YAML (``matching.weights``); whatever they add up to, they are scaled to 100 so
scores stay comparable when ops tune one weight.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from include.matching.rules import applicant_window, specialty_match
from include.vocab import state_region

DEFAULT_WEIGHTS: dict[str, float] = {
    "specialty": 25.0,
    "location": 15.0,
    "dates": 15.0,
    "lor": 12.0,
    "img_friendly": 5.0,
    "language": 5.0,
    "teaching": 8.0,
    "fee": 10.0,
    "load": 5.0,
}

# Applicants who said "anywhere" have an empty preferred_states list; these markers mean the same.
ANYWHERE_MARKERS = frozenset({"ANY", "ANYWHERE", "*"})
TEACHING_WORDS = re.compile(r"\b(teaching|residency|university|academic)\b", re.IGNORECASE)
# Without a budget, cheaper is better: the usual fee range, $1,000 (best) to $4,000 (worst).
FEE_BEST, FEE_WORST = 1000, 4000

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
    load: float = 0.0,
) -> tuple[float, dict[str, float]]:
    """The total (0–100, one decimal) and each component's points (in [0, its weight], two decimals).

    ``load`` is the share of the preceptor's seats already taken, so busy preceptors rank a little lower.
    """
    scaled = resolve_weights(weights)
    fractions = component_fractions(applicant, preceptor, today=today, load=load)
    points = {name: scaled[name] * fractions[name] for name in scaled}
    return round(sum(points.values()), 1), {name: round(value, 2) for name, value in points.items()}


def component_fractions(applicant: Record, preceptor: Record, *, today: date, load: float = 0.0) -> dict[str, float]:
    """Each component as a fraction in [0, 1], before weighting."""
    return {
        "specialty": {"exact": 1.0, "related": 0.6}.get(specialty_match(applicant, preceptor) or "", 0.0),
        "location": _location(applicant.get("preferred_states") or [], preceptor.get("state")),
        "dates": _dates(applicant, preceptor, today),
        "lor": 1.0 if preceptor.get("provides_lor") else 0.0,
        "img_friendly": 1.0 if preceptor.get("img_friendly") else 0.0,
        "language": _language(applicant.get("languages") or [], preceptor.get("languages") or []),
        "teaching": 1.0 if TEACHING_WORDS.search(preceptor.get("hospital_affiliation") or "") else 0.0,
        "fee": fee_fraction(applicant.get("budget_usd"), preceptor.get("fee_usd")),
        "load": min(1.0, max(0.0, 1.0 - load)),
    }


def explain(
    components: Mapping[str, float], weights: Mapping[str, float] | None = None, *, preceptor: Record | None = None
) -> list[str]:
    """Two to four short reasons for the applicant, strongest first; ``preceptor`` adds specifics (state).

    Load balance is our concern, not the applicant's, and never appears.
    """
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
        if fraction >= 0.99
        else "Subspecialty rotation that counts toward your specialty",
        "location": (f"In your preferred state ({state})" if state else "In your preferred state")
        if fraction >= 0.99
        else ("In your preferred region" if 0.5 <= fraction < 0.7 else None),
        "dates": "Available in every month of your window"
        if fraction >= 0.99
        else ("Available in most of your preferred months" if fraction >= 0.5 else None),
        "lor": "Offers letters of recommendation",
        "img_friendly": "Welcomes international medical graduates",
        "language": "Speaks your language" if fraction >= 0.99 else None,
        "teaching": "Affiliated with a teaching hospital or residency program",
        "fee": "Within your budget" if fraction >= 0.99 else ("Lower fee than most" if fraction >= 0.6 else None),
    }
    return texts.get(name)


def _location(preferred: list[str], state: str | None) -> float:
    wanted = {code.upper() for code in preferred}
    if state and state.upper() in wanted:
        return 1.0
    if not wanted or wanted & ANYWHERE_MARKERS:
        return 0.8
    region = state_region(state)
    if region and region in {state_region(code) for code in wanted}:
        return 0.6
    return 0.2


def _dates(applicant: Record, preceptor: Record, today: date) -> float:
    window = applicant_window(applicant, today)
    available = set(preceptor.get("available_months") or ())
    return sum(month in available for month in window) / len(window)


def _language(applicant_languages: list[str], preceptor_languages: list[str]) -> float:
    """A shared language besides English counts fully; English is assumed shared (US physicians, USCE applicants)."""
    shared = {x.casefold() for x in applicant_languages} & {x.casefold() for x in preceptor_languages}
    return 1.0 if shared - {"english"} else 0.5


def fee_fraction(budget: int | None, fee: int | None) -> float:
    """Within budget is full marks; without a budget, cheaper is better across the usual fee range."""
    if fee is None:
        return 0.5
    if budget is not None:
        return 1.0 if fee <= budget else 0.0
    return min(1.0, max(0.0, (FEE_WORST - fee) / (FEE_WORST - FEE_BEST)))
