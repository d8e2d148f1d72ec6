"""Plain-dict applicants and preceptors shaped like the store's rows, eligible for each other by default."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from include.vocab import PARENT_SPECIALTY, ROTATION_TYPES

TODAY = date(2026, 11, 15)


def make_applicant(**overrides: Any) -> dict[str, Any]:
    applicant = {
        "id": 1,
        "graduation_year": 2023,
        "ecfmg_status": "certified",
        "usmle_step2ck": 240,
        "specialties": ["Internal Medicine"],
        "preferred_states": ["NY"],
        "preferred_start": "2027-01",
        "rotation_types": ["hands_on"],
        "visa_status": "j1",
        "is_student": False,
        "usce_months": 0,
        "languages": ["English", "Hindi"],
        "budget_usd": None,
    }
    applicant.update(overrides)
    return applicant


def make_preceptor(**overrides: Any) -> dict[str, Any]:
    preceptor = {
        "id": "P001",
        "name": "Dr Example",
        "specialty": "Internal Medicine",
        "city": "Brooklyn",
        "state": "NY",
        "timezone": "America/New_York",
        "rotation_types": ["hands_on", "observership"],
        "monthly_capacity": 2,
        "available_months": ["2027-01", "2027-02", "2027-03"],
        "img_friendly": True,
        "accepts_visas": ["j1", "b1b2"],
        "min_step2ck": None,
        "max_years_since_graduation": None,
        "requires_ecfmg": False,
        "provides_lor": True,
        "languages": ["English"],
        "hospital_affiliation": "Brooklyn University Hospital",
        "fee_usd": 2000,
        "ecfmg_required_for": None,
        "residency_program": None,
        "min_step2ck_applies_to_students": False,
    }
    preceptor.update(overrides)
    return preceptor


SPECIALTIES = ("Internal Medicine", "Cardiology", "Nephrology", "Family Medicine", "Pediatrics", "Psychiatry")
STATES = ("NY", "NJ", "PA", "CA", "TX", "FL", "IL", "ny", "PR")
VISAS = ("citizen", "green_card", "j1", "h1b", "b1b2", "f1")
LANGUAGES = ("English", "english", "Hindi", "Spanish", "spanish", "Urdu", "Arabic")


def random_month(rng: random.Random, around: date = TODAY) -> str:
    index = around.year * 12 + around.month - 1 + rng.randint(-3, 14)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def maybe(rng: random.Random, value: Any, p_none: float = 0.25) -> Any:
    return None if rng.random() < p_none else value


def random_applicant(rng: random.Random, applicant_id: int = 1) -> dict[str, Any]:
    """An applicant with every field drawn, blanks included, so scalar and vectorized paths see edge cases."""
    return make_applicant(
        id=applicant_id,
        graduation_year=maybe(rng, rng.randint(2012, 2029)),
        ecfmg_status=maybe(rng, rng.choice(["certified", "pending", "not_certified"])),
        usmle_step2ck=maybe(rng, rng.randint(195, 275)),
        specialties=rng.sample(SPECIALTIES, rng.randint(0, 2)),
        preferred_states=rng.choice([[], ["ANY"], rng.sample(STATES, rng.randint(1, 3))]),
        preferred_start=maybe(rng, random_month(rng)),
        rotation_types=rng.sample(ROTATION_TYPES, rng.randint(0, 2)),
        visa_status=maybe(rng, rng.choice(VISAS)),
        is_student=maybe(rng, rng.random() < 0.3, p_none=0.6),
        languages=rng.sample(LANGUAGES, rng.randint(0, 3)),
        budget_usd=maybe(rng, rng.randrange(500, 5000, 250), p_none=0.6),
        country=maybe(rng, rng.choice(["IN", "NG", "GB", "EG", "BR", "KR", "PK"])),
        rotation_blocks=rng.choice([1, 1, 1, 2, 3]),
        target_match_year=maybe(rng, rng.randint(2026, 2029), p_none=0.5),
        preferred_region=maybe(rng, rng.choice(["East Coast", "Tri-state", "Chicago IL", "South", "anywhere", "DMV"])),
        step2ck_expected=maybe(rng, rng.randint(215, 260), p_none=0.8),
        step2ck_exam_month=maybe(rng, random_month(rng), p_none=0.8),
        usce=rng.choice(
            [
                [],
                [],
                [{"type": "hands_on", "specialty": "Internal Medicine"}],
                [{"type": "observership", "specialty": "Pediatrics"}],
            ]
        ),
        wants_lor=rng.choice([True, True, False, None]),
        submitted_at=datetime(2026, 5, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(100_000)),
    )


def random_preceptor(rng: random.Random, preceptor_id: str = "P001") -> dict[str, Any]:
    return make_preceptor(
        id=preceptor_id,
        specialty=rng.choice(SPECIALTIES),
        state=maybe(rng, rng.choice(STATES[:7]), p_none=0.1),
        rotation_types=rng.sample(ROTATION_TYPES, rng.randint(1, 3)),
        monthly_capacity=rng.randint(0, 4),
        available_months=sorted({random_month(rng) for _ in range(rng.randint(0, 6))}),
        img_friendly=rng.random() < 0.9,
        min_step2ck=maybe(rng, rng.randint(200, 250), p_none=0.6),
        max_years_since_graduation=maybe(rng, rng.randint(0, 10), p_none=0.6),
        requires_ecfmg=rng.random() < 0.3,
        provides_lor=rng.random() < 0.6,
        languages=rng.sample(LANGUAGES, rng.randint(0, 3)),
        hospital_affiliation=rng.choice([None, "Teaching Hospital", "Community Clinic", "University Medical Center"]),
        fee_usd=maybe(rng, rng.randrange(0, 6000, 50), p_none=0.15),
        ecfmg_required_for=rng.choice([None, None, [], ["hands_on", "observership"]]),
        residency_program=rng.choice([None, None, "yes", "Internal Medicine", "Pediatrics"]),
        min_step2ck_applies_to_students=rng.random() < 0.3,
        accepts_visas=None if rng.random() < 0.2 else rng.sample(VISAS[2:], rng.randint(0, 3)),
    )


# Positions offered in the NRMP 2024 Main Residency Match, roughly, per specialty family in clerkflow's vocabulary:
# the mix the NRMP-size bench draws specialties from (Internal Medicine includes its subspecialties).
NRMP_FAMILIES = {
    "Internal Medicine": 11_000,
    "Family Medicine": 5_200,
    "Emergency Medicine": 3_000,
    "Pediatrics": 3_100,
    "General Surgery": 2_600,
    "Psychiatry": 2_150,
    "Anesthesiology": 2_000,
    "Obstetrics and Gynecology": 1_550,
    "Radiology": 1_300,
    "Neurology": 1_000,
    "Pathology": 630,
}


def _family(rng: random.Random) -> str:
    return rng.choices(list(NRMP_FAMILIES), list(NRMP_FAMILIES.values()))[0]


def nrmp_applicant(rng: random.Random, applicant_id: int, cross: float = 0.0) -> dict[str, Any]:
    """``random_applicant`` with specialties as applicants list them: one family (Internal Medicine often with a
    subspecialty), a second family with probability ``cross``."""
    applicant = random_applicant(rng, applicant_id)
    first = _family(rng)
    specialties = [first]
    if rng.random() < cross:
        specialties.append(_family(rng))
    elif first == "Internal Medicine" and rng.random() < 0.5:
        specialties.append(rng.choice(sorted(PARENT_SPECIALTY)))
    applicant["specialties"] = list(dict.fromkeys(specialties))
    return applicant


def nrmp_preceptor(rng: random.Random, preceptor_id: str) -> dict[str, Any]:
    """``random_preceptor`` in a specialty drawn by the NRMP mix (40% of internists in a subspecialty)."""
    preceptor = random_preceptor(rng, preceptor_id)
    family = _family(rng)
    if family == "Internal Medicine" and rng.random() < 0.4:
        family = rng.choice(sorted(PARENT_SPECIALTY))
    preceptor["specialty"] = family
    return preceptor
