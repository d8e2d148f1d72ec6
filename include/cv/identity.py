"""The applicant's own name, email and phone: taken from the header and contact parts first.

References and recommendation sections list other doctors' emails and phones; they are never read,
and elsewhere a line that names a supervisor or "Dr." is skipped.
"""

from __future__ import annotations

import re

import phonenumbers

from include.cv.sections import HEADER, PERSONAL, REFERENCES, Section

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_OTHER_PERSON = re.compile(
    r"\b(?:dr\.?|supervisor|preceptor|mentor|attending|referee|reference|program\s+director|faculty|chair)\b",
    re.IGNORECASE,
)
_PHONE_CUE = re.compile(r"\b(?:phone|mobile|mob|tel|telephone|cell|contact|whatsapp|ph)\b|\+\d", re.IGNORECASE)
_CREDENTIALS = re.compile(
    r"(?:[,\s]+(?:M\.?D\.?|MBBS|M\.B\.B\.S\.?|MBChB|D\.?O\.?|Ph\.?D\.?|MPH|MSc|M\.S\.|BSc|MBBCh|FCPS|MRCP|ECFMG"
    r"(?:\s+certified)?))+\s*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_NOT_NAME = frozenset(
    {
        "curriculum",
        "vitae",
        "resume",
        "résumé",
        "cv",
        "email",
        "phone",
        "address",
        "street",
        "road",
        "hospital",
        "university",
        "college",
        "medical",
        "medicine",
        "school",
        "clinic",
        "contact",
        "profile",
        "summary",
        "objective",
        "personal",
        "candidate",
        "applicant",
        "international",
        "graduate",
        "student",
        "residency",
        "city",
        "state",
        "page",
        "experience",
        "education",
        "linkedin",
    }
)


def _ordered_lines(sections: list[Section]) -> list[str]:
    """Header, then personal/contact parts, then the rest; never the references."""
    rank = {HEADER: 0, PERSONAL: 1}
    ordered = sorted((s for s in sections if s.kind != REFERENCES), key=lambda s: rank.get(s.kind, 2))
    return [line for s in ordered for line in s.lines]


def _trusted(section_lines: list[str], index: int, early: int) -> bool:
    return index < early or not _OTHER_PERSON.search(section_lines[index])


def email(sections: list[Section]) -> str | None:
    """The first email outside the references, header first."""
    lines = _ordered_lines(sections)
    early = sum(len(s.lines) for s in sections if s.kind in {HEADER, PERSONAL})
    for i, line in enumerate(lines):
        if (m := _EMAIL.search(line)) and _trusted(lines, i, early):
            return m.group(0).rstrip(".")
    return None


def phone_e164(sections: list[Section], country: str | None) -> str | None:
    """The first valid phone number in the header or on a line labelled as a phone, in E.164."""
    lines = _ordered_lines(sections)
    early = sum(len(s.lines) for s in sections if s.kind in {HEADER, PERSONAL})
    regions = ["US"] + ([country] if country and country != "US" else [])
    for i, line in enumerate(lines):
        if not (i < early or _PHONE_CUE.search(line)) or not _trusted(lines, i, early):
            continue
        if not re.search(r"\d{3}", line):
            continue
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(line, region, leniency=phonenumbers.Leniency.VALID):
                return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    return None


def full_name(sections: list[Section]) -> str | None:
    """The first line of the header that reads as a person's name (credentials and "Dr." removed)."""
    header = [x for x in sections[0].lines if x.strip()][:10]
    # A sidebar or contact block can hold the name when the page opens with "Curriculum Vitae".
    header += [x for s in sections if s.kind == PERSONAL for x in s.lines if x.strip()][:3]
    labelled = [
        m.group(1)
        for s in sections
        if s.kind != REFERENCES
        for x in s.lines
        if (m := re.match(r"^\s*(?:full\s+)?name\s*[:\-]\s*(.+)$", x, re.IGNORECASE))
    ]
    for candidate in [*labelled, *header]:
        name = _clean_name(candidate)
        if name:
            return name
    return None


def _clean_name(line: str) -> str | None:
    first = re.split(r"\s*(?:\||•|·|\s{3,}|\t|\s[-–—]\s)\s*", line.strip())[0]
    first = re.sub(r"^(?:dr\.?\s+|doctor\s+)", "", first, flags=re.IGNORECASE)
    first = _CREDENTIALS.sub("", first).strip(" ,")
    words = first.split()
    if not 2 <= len(words) <= 5 or len(first) > 60:
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    if any(w.lower().strip(".") in _NOT_NAME for w in words):
        return None
    if sum(c.isalpha() for c in first) < 4:
        return None
    if first.isupper():
        first = " ".join(w.capitalize() if len(w) > 1 else w for w in words)
        first = re.sub(r"(?<=[-'’])(\w)", lambda m: m.group(1).upper(), first)
    return first
