"""The profile's keys and its empty and failed forms: light enough for the pool's parent process to import.

The parent of the sandboxed workers (the CV stage, ``parse-cv``) needs these without importing the
parser itself (pdfium, lxml, the vocabularies), which only the workers load.
"""

from __future__ import annotations

from typing import Any

MAX_BYTES = 10 * 1024 * 1024  # larger files are refused before parsing

PROFILE_KEYS: tuple[str, ...] = (
    "full_name",
    "email",
    "phone_e164",
    "medical_school",
    "medical_school_country",
    "graduation_year",
    "is_student",
    "usmle_step1",
    "usmle_step2ck",
    "usmle_step3",
    "ecfmg_status",
    "usce_months",
    "usce_entries",
    "specialties",
    "languages",
    "visa_status",
    "publications",
    "needs_ocr",
    "ocr",
    "ocr_confidence",
    "evidence",
    "error",
    "error_reason",
)
MAX_TEXT_CHARS = 200_000


def empty_profile() -> dict[str, Any]:
    """Every key present, nothing known."""
    profile: dict[str, Any] = dict.fromkeys(PROFILE_KEYS)
    profile.update(usce_entries=[], specialties=[], languages=[], needs_ocr=False, ocr=False, evidence={}, error=False)
    return profile


def error_profile(reason: str) -> dict[str, Any]:
    """A failed parse: ``error`` true with a reason fit for ops and the "CV needed" email."""
    profile = empty_profile()
    profile.update(error=True, error_reason=reason)
    return profile
