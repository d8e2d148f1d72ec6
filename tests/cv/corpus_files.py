"""Blind corpus files as the reading-rule tests read them: one CV's profile, and the ranges a text holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from include.cv.dates import find_ranges
from include.cv.document import parse_document
from include.cv.pdf_text import pdf_text
from include.cv.sections import split_sections
from include.cv.usce import usce_entries

TODAY = date(2026, 12, 1)  # the corpus's reference date (tests/cv/corpus_floors.py's REFERENCE_DATE)
CORPUS = Path(__file__).parent / "corpus"


def read(split: str, name: str) -> dict:
    """The parser's profile of ``name`` in the corpus split ``split``."""
    return parse_document((CORPUS / split / "files" / name).read_bytes(), TODAY)


def pdf_lines(split: str, name: str) -> list[str]:
    """The text lines the PDF reader gives for ``name`` in the corpus split ``split``."""
    return [x.text for x in pdf_text((CORPUS / split / "files" / name).read_bytes()).lines]


def spans(text: str) -> list[tuple]:
    """Each date range in ``text`` as (start, end)."""
    return [(r.start, r.end) for r in find_ranges(text)]


def entries(text: str) -> list[tuple]:
    """Each USCE entry read from ``text`` as (type, state, start, end)."""
    return [(e["type"], e["state"], e["start"], e["end"]) for e in usce_entries(split_sections(text), TODAY)]
