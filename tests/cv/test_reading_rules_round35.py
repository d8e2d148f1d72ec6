"""Reading rules from issue 12's thirty-fifth round (holdout34, tuned on once scored untouched)."""

from __future__ import annotations

from datetime import date

from include.cv import education
from include.cv.profile import languages
from include.cv.sections import split_sections
from tests.cv.corpus_files import read, spans

TODAY = date(2026, 12, 1)


def test_a_length_from_a_start_date_in_capitals_or_commencing() -> None:
    assert spans("8 WEEKS, STARTING MARCH 2024") == [((2024, 3), (2024, 4))]
    assert spans("3 months commencing 1 May 2024") == [((2024, 5), (2024, 7))]
    assert spans("4 Weeks From Jan 2025") == [((2025, 1), (2025, 1))]


def test_europass_languages_under_personal_skills() -> None:
    text = (
        "PERSÖNLICHE FÄHIGKEITEN / PERSONAL SKILLS\n"
        "Muttersprache / Mother tongue Deutsch (German)\n"
        "Hören   Lesen   Gespräch   Sprechen Schreiben\n"
        "Englisch / English   C2   C2   C2   C2   C2\n"
        "Französisch /\n"
        "B2   B2   B1   B1   B1\n"
        "French\n"
    )
    assert languages(split_sections(text)) == ["German", "English", "French"]
    text = "PERSONAL SKILLS – Mother tongue\nPolish\n\nOther languages\nEnglish – C2 ; German – B2\n"
    assert languages(split_sections("Jan Kowalski\n\n" + text)) == ["Polish", "English", "German"]
    europass = read("holdout33", "w102_005_chromium_europass.pdf")
    assert europass["languages"] == ["German", "English", "French", "Italian"]


def test_a_forms_expected_graduation_apart_from_the_degree() -> None:
    text = (
        "Medical Education\n\nMedical school:\nTbilisi State Medical University (TSMU), Tbilisi, Georgia\n\n"
        "Program:\nMedical Doctor (MD), 6-year English program\n\nCurrent year:\nFinal year (6th)\n\n"
        "Expected graduation:\nJuly 2027\n"
    )
    found = education.education(split_sections(text), TODAY)
    assert (found.graduation_year, found.is_student) == (2027, True)
    assert read("holdout33", "w101_015_webform_txt.txt")["graduation_year"] == 2027  # "Batch:" / "Class of 2027"
