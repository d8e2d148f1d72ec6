"""The IMG profile from a CV's text: one pure function, ``extract_profile``, testable without files.

Absent facts are None; lists (USCE entries, specialties, languages) are empty rather than None, so
callers can iterate them. Each field is read from the section it belongs to (see ``sections``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from include.cv import education as edu
from include.cv import exams, identity, usce
from include.cv.sections import (
    EXAMS,
    HEADER,
    INTERESTS,
    LANGUAGES,
    PERSONAL,
    PUBLICATIONS,
    REFERENCES,
    Section,
    is_bullet,
    split_sections,
)
from include.vocab import canonical_language, visa_status

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
    "error",
    "error_reason",
)
MAX_TEXT_CHARS = 200_000


def empty_profile() -> dict[str, Any]:
    """Every key present, nothing known."""
    profile: dict[str, Any] = dict.fromkeys(PROFILE_KEYS)
    profile.update(usce_entries=[], specialties=[], languages=[], needs_ocr=False, error=False)
    return profile


def error_profile(reason: str) -> dict[str, Any]:
    """A failed parse: ``error`` true with a reason fit for ops and the "CV needed" email."""
    profile = empty_profile()
    profile.update(error=True, error_reason=reason)
    return profile


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS])
    text = text.replace("\t", "   ").replace("\u00a0", " ").replace("\u200b", "")
    return "\n".join(line.rstrip() for line in text.splitlines())


def _lines(sections: list[Section], first: set[str]) -> list[str]:
    """Lines of ``first`` kinds, then of all other sections except the references."""
    chosen = [x for s in sections if s.kind in first for x in s.lines]
    rest = [x for s in sections if s.kind not in first and s.kind != REFERENCES for x in s.lines]
    return chosen + rest


_LANG_INLINE = re.compile(r"^\s*(?:languages?(?:\s+spoken)?|spoken\s+languages?)\s*[:\-–]\s*(.+)$", re.IGNORECASE)
_LANG_SPLIT = re.compile(r"\s*(?:[,;|/•·:()\[\]]|\s[-–—]\s|\band\b|&|\s{3,})\s*", re.IGNORECASE)


def languages(sections: list[Section]) -> list[str]:
    """English names of the languages listed, in CV order."""
    lines = [x for s in sections if s.kind == LANGUAGES for x in s.lines]
    lines += [m.group(1) for s in sections if s.kind != REFERENCES for x in s.lines if (m := _LANG_INLINE.match(x))]
    found: list[str] = []
    for line in lines:
        for piece in _LANG_SPLIT.split(line):
            piece = piece.strip(" .-*\u2022")
            if not piece or len(piece) > 30:
                continue
            name = canonical_language(piece) or canonical_language(piece.split()[0])
            if name and name not in found:
                found.append(name)
    return found


_VISA_CUE = re.compile(
    r"\b(?:visa|citizen\w*|green\s*card|permanent\s+resident|work\s+authori\w+|immigration|"
    r"J-?1|H-?1B|B-?1\s*/\s*B-?2|B1/B2|EAD|LPR)\b",
    re.IGNORECASE,
)


def visa(sections: list[Section]) -> str | None:
    """The status the applicant holds, from the first line that states one."""
    for line in _lines(sections, {HEADER, PERSONAL}):
        if not _VISA_CUE.search(line):
            continue
        for clause in re.split(r"[;|•]|\s{3,}", line):
            if not _VISA_CUE.search(clause):
                continue
            value = clause.split(":", 1)[1] if ":" in clause and clause.split(":", 1)[1].strip() else clause
            status = visa_status(value)
            if status:
                return status
    return None


_NUMBERED = re.compile(r"^\s*(?:\[\d+\]|\d{1,3}[.)])\s+\S")
_NONE = re.compile(r"^\s*(?:none|n/?a|nil|-)\s*\.?\s*$", re.IGNORECASE)


def publications(sections: list[Section]) -> int | None:
    """Entries in the Publications section(s); None when the CV has no such section."""
    found = [s for s in sections if s.kind == PUBLICATIONS]
    if not found:
        return None
    total = 0
    for section in found:
        lines = [x for x in section.lines if x.strip() and not _NONE.match(x)]
        numbered = sum(1 for x in lines if _NUMBERED.match(x))
        bullets = sum(1 for x in lines if is_bullet(x))
        if numbered or bullets:
            total += max(numbered, bullets)
            continue
        blocks = [b for b in re.split(r"\n\s*\n", section.text) if b.strip() and not _NONE.match(b)]
        if len(blocks) > 1:
            total += len(blocks)
            continue
        # One unbroken block: a wrapped line continues when it starts in lower case or the previous line
        # did not end a sentence.
        count = 0
        previous = ""
        for line in lines:
            starts_new = not previous or (previous.rstrip().endswith((".", ")", "]")) and line[:1].isupper())
            count += starts_new
            previous = line
        total += count
    return total


_INTEREST_CUE = re.compile(
    r"\b(?:interest\w*|seeking|pursu\w+|applying|residency\s+in|career\s+in|specialty|aspir\w+|passion\w*|"
    r"match\s+into|goal)\b",
    re.IGNORECASE,
)


def specialties(sections: list[Section], entries: list[dict[str, Any]]) -> list[str]:
    """Specialties the applicant states an interest in, then those of their US rotations."""
    found: list[str] = []
    for section in sections:
        if section.kind in {REFERENCES, PUBLICATIONS, EXAMS}:
            continue
        for line in section.lines:
            if section.kind == INTERESTS or _INTEREST_CUE.search(line):
                match = _INTEREST_CUE.search(line)
                tail = line[match.end() :] if match else line
                for name in usce.find_specialties(tail):
                    if name not in found:
                        found.append(name)
    for entry in entries:
        if entry["specialty"] and entry["specialty"] not in found:
            found.append(entry["specialty"])
    return found


def extract_profile(text: str, today: date | None = None) -> dict[str, Any]:
    """The profile read from a CV's text; never raises on odd text, every key always present."""
    today = today or date.today()
    sections = split_sections(_clean(text or ""))
    profile = empty_profile()
    school = edu.education(sections, today)
    entries = usce.usce_entries(sections, today)
    profile.update(
        full_name=identity.full_name(sections),
        email=identity.email(sections),
        phone_e164=identity.phone_e164(sections, school.medical_school_country),
        medical_school=school.medical_school,
        medical_school_country=school.medical_school_country,
        graduation_year=school.graduation_year,
        is_student=school.is_student,
        ecfmg_status=exams.ecfmg(_lines(sections, {EXAMS})),
        usce_entries=entries,
        usce_months=usce.usce_months(entries, today),
        specialties=specialties(sections, entries),
        languages=languages(sections),
        visa_status=visa(sections),
        publications=publications(sections),
    )
    profile.update(exams.usmle_scores(_lines(sections, {EXAMS})))
    return profile
