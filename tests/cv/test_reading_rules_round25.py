"""Reading rules from issue 12's twenty-fifth round (holdout25 tuned on: many US experiences in tables; European and
Turkish schools with local-language headings; senior IMGs)."""

from __future__ import annotations

import pytest

from include.cv.profile import languages, specialties
from include.cv.sections import (
    EDUCATION,
    INTERESTS,
    LANGUAGES,
    PUBLICATIONS,
    REFERENCES,
    RESEARCH,
    USCE,
    WORK,
    heading_kind,
    split_sections,
)
from include.vocab import canonical_language
from tests.cv.corpus_files import read


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Istruzione", EDUCATION),
        ("Ausbildung", EDUCATION),
        ("Obrazovanje", EDUCATION),
        ("Eğitim", EDUCATION),
        ("Vzdělání", EDUCATION),
        ("OPLEIDING / EDUCATION", EDUCATION),
        ("Esperienze cliniche", USCE),
        ("Berufserfahrung", WORK),
        ("Werkervaring", WORK),
        ("Lingue", LANGUAGES),
        ("Yabancı Diller", LANGUAGES),
        ("Sprachkenntnisse", LANGUAGES),
        ("Jezici", LANGUAGES),
        ("Objavljeni radovi", PUBLICATIONS),
        ("Publicaties", PUBLICATIONS),
        ("Ricerca", RESEARCH),
        ("Cilj", INTERESTS),
        ("Preporuke", REFERENCES),
    ],
)
def test_european_and_turkish_headings(heading: str, kind: str) -> None:
    assert heading_kind(heading)[0] == kind


def test_language_names_in_the_languages_of_europe() -> None:
    found = languages(split_sections("Jezici\n   hrvatski – materinski\n   engleski – C2\n   talijanski – B2\n"))
    assert found == ["Croatian", "English", "Italian"]
    assert [canonical_language(x) for x in ("Inglese", "angličtina", "Duits", "anglisht", "castellà")] == [
        "English",
        "English",
        "German",
        "English",
        "Spanish",
    ]


def test_european_medical_degrees() -> None:
    albanian = read("holdout25", "w78_012_lo_odt_to_pdf.pdf")
    assert albanian["graduation_year"] == 2022
    assert albanian["medical_school_country"] == "AL"
    dutch = read("holdout25", "w78_007_plain_text.txt")
    assert dutch["medical_school"] == "Universiteit Utrecht"
    assert dutch["is_student"] is True
    croatian = read("holdout25", "w78_009_rtf_hanging_indent.rtf")
    assert croatian["graduation_year"] == 2018
    assert croatian["specialties"] == ["Pediatrics", "Endocrinology"]  # under "Cilj"


def test_a_profile_line_that_lists_only_specialties() -> None:
    found = specialties(split_sections("Profile\nInternal Medicine → Hematology/Oncology\nPermanent resident\n"))
    assert found == ["Internal Medicine", "Hematology/Oncology"]
    assert specialties(split_sections("PROFILE\n  * Psychiatry\n  * B1/B2 visa (valid through 2034)\n")) == [
        "Psychiatry"
    ]
    assert specialties(split_sections("Profile\nInternal Medicine resident who rotated in Cardiology.\n")) == []
