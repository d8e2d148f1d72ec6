"""One CV file to one profile, in this process: format detection, text extraction, field extraction."""

from __future__ import annotations

from datetime import date
from typing import Any

from include.cv.extract import ExtractError, extract_text
from include.cv.profile import empty_profile, error_profile, extract_profile


def parse_document(content: bytes, today: date | None = None, *, ocr: bool = True) -> dict[str, Any]:
    """The profile of a CV file; unreadable files give ``error: true`` with a reason instead of raising.

    Runs untrusted input in the calling process: use ``parse_cv`` or ``CvParserPool`` for isolation.
    """
    try:
        extracted = extract_text(content, ocr=ocr)
    except ExtractError as exc:
        return error_profile(str(exc))
    if extracted.needs_ocr:
        profile = empty_profile()
        profile.update(needs_ocr=True, usce_months=None)
        return profile
    profile = extract_profile(extracted.lines, today, stream=extracted.stream)
    profile.update(ocr=extracted.ocr, ocr_confidence=extracted.ocr_confidence)
    return profile
