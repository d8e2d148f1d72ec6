"""Reading rules from issue 12's forty-third round (holdout40, tuned on once scored untouched: South Asians who
studied medicine abroad, the Horn of Africa and Sudan, CVs out of application systems and online tools)."""

from __future__ import annotations

import pytest

from include.cv.exams import usmle_scores
from include.cv.profile import extract_profile
from tests.cv.corpus_files import TODAY, read, spans


@pytest.mark.parametrize(
    ("name", "school", "country"),
    [
        (
            "w122_002_chromium_sidebar.pdf",
            "Tbilisi State Medical University",
            "GE",
        ),  # "+2 Science, St. Xavier's College"
        ("w122_005_reportlab.pdf", "Kazakh National Medical University", "KZ"),  # "G.C.E. Advanced Level, … College"
        ("w122_012_chromium_modern.pdf", "Orenburg State Medical University", "RU"),  # "Senior Secondary, … School"
    ],
)
def test_the_school_before_university_is_not_the_medical_school(name: str, school: str, country: str) -> None:
    found = read("holdout40", name)
    assert found["medical_school"].startswith(school)
    assert found["medical_school_country"] == country


def test_a_school_s_line_opens_a_bracket_the_next_line_closes() -> None:
    text = (
        "Priya Nair\n\nEducation\n"
        "Yerevan State Medical University after Mkhitar Heratsi ( Երևանի Մխիթար Հերացու անվան\n"
        "պետական բժշկական համալսարան ), Yerevan, Armenia — 2018 – 2024\n"
        "Faculty of General Medicine – MD, 6 years, English medium\n"
    )
    assert "Yerevan State Medical University after Mkhitar Heratsi" in extract_profile(text, TODAY)["medical_school"]


def test_a_degree_label_under_its_school_s_line_stays_in_its_entry() -> None:
    text = (
        "Karandeep Singh\n\nEDUCATION\n"
        "Samarkand State Medical University, Samarkand, Uzbekistan   Sep 2022 – Jun 2025\n"
        "Degree: General Medicine (MD), awarded June 2025 – transferred in 4th year under academic mobility\n"
        "Kharkiv National Medical University, Kharkiv, Ukraine   Sep 2019 – Feb 2022\n"
        "Years 1–3 of General Medicine; studies interrupted by the war, transferred to Samarkand\n"
    )
    found = extract_profile(text, TODAY)
    assert found["medical_school"].startswith("Samarkand State Medical University")
    assert (found["medical_school_country"], found["graduation_year"]) == ("UZ", 2025)


def test_years_of_a_degree_wrapped_at_the_dash_and_another_calendar_s_year() -> None:
    wrapped = (
        "Hodan Warsame\n\nEDUCATION\n\n"
        "MBBS, Amoud University, College of Health Sciences (Faculty of Medicine), Borama, Somaliland/Somalia, 2014\n"
        "- 2020.\nInternship: Hargeisa Group Hospital, 2020 - 2021.\n"
    )
    assert extract_profile(wrapped, TODAY)["graduation_year"] == 2020
    ethiopian = (
        "Yonas Mekonnen\n\nEducation\nDoctor of Medicine (MD), University of Gondar, Gondar, Ethiopia. 2014–2020. "
        "Graduation: Hamle 2012 E.C. (July 2020), ceremony postponed to 2021 due to COVID-19.\n"
    )
    assert extract_profile(ethiopian, TODAY)["graduation_year"] == 2020
    semicolon = "Chiamaka Nwosu\n\nEDUCATION\nUniversity of Nigeria, College of Medicine — MB;BS\n2015 - NOV 2021\n"
    assert extract_profile(semicolon, TODAY)["graduation_year"] == 2021


def test_languages_of_sudan_and_the_himalaya() -> None:
    assert extract_profile("Languages\nArabic (native, Sudanese dialect); English (fluent).\n", TODAY)["languages"] == [
        "Arabic",
        "English",
    ]
    assert extract_profile("Languages\nDinka (native), Juba Arabic, English.\n", TODAY)["languages"] == [
        "Dinka",
        "Arabic",
        "English",
    ]
    assert extract_profile("Languages\nHindi, Kumaoni, English, Russian\n", TODAY)["languages"] == [
        "Hindi",
        "Kumaoni",
        "English",
        "Russian",
    ]
    assert extract_profile("Jezici / Languages\nBosanski, English\n", TODAY)["languages"] == ["Bosnian", "English"]


def test_an_exams_table_with_a_practice_test_s_column() -> None:
    lines = ["USMLE", "", "USMLE Step 1   USMLE Step 2 CK   UWSA 1 (practice)", "PASS   255   262"]
    assert usmle_scores(lines) == {"usmle_step1": "pass", "usmle_step2ck": 255, "usmle_step3": None}


def test_papers_cited_under_a_template_s_projects_heading() -> None:
    text = (
        "Usman Chaudhry\n\nPROJECTS\n"
        "Chaudhry UT, Morales L, Brennan K. Remote glucose monitoring in an urban FQHC: a pilot RCT. Journal of the "
        "American Board of Family Medicine. 2023;36(4):612-620.\n\n"
        "Chaudhry UT, Akhtar S. Dengue-associated hepatitis in adults. Journal of Pakistan Medical Association. "
        "2021;71(3):880-884.\n\n"
        "Morales L, Chaudhry UT. Telemonitoring adherence among Spanish-speaking patients. Manuscript under review.\n"
    )
    assert extract_profile(text, TODAY)["publications"] == 2


def test_a_from_and_a_to_cell_written_day_first() -> None:
    assert spans("01/07/2024   31/08/2024   Observership, General Surgery, UPMC Presbyterian, Pittsburgh, PA") == [
        ((2024, 7), (2024, 8))
    ]
    assert spans("04/2024   06/2024   Observership") == [((2024, 4), (2024, 6))]
