"""Plain-dict applicants and preceptors shaped like the store's rows, eligible for each other by default."""

from __future__ import annotations

from datetime import date
from typing import Any

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
    }
    preceptor.update(overrides)
    return preceptor
