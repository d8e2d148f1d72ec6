"""Reading rules from issue 12's twenty-second round (holdout22 tuned on: South Asia with many US experiences;
Russia, Ukraine, the Caucasus and Eastern Europe; résumé-builder designs)."""

from __future__ import annotations

from include.cv.dates import join_wrapped_ranges
from include.cv.education import education
from include.cv.exams import usmle_scores
from include.cv.identity import clean_name
from include.cv.ocr import repair
from include.cv.profile import extract_profile
from include.cv.sections import (
    EDUCATION,
    INTERESTS,
    LANGUAGES,
    PERSONAL,
    REFERENCES,
    USCE,
    WORK,
    heading_kind,
    split_sections,
)
from include.cv.usce import find_specialties, find_state
from tests.cv.corpus_files import TODAY, read, spans


def test_russian_and_ukrainian_headings_without_their_english() -> None:
    assert heading_kind("Образование") == (EDUCATION, False)
    assert heading_kind("Опыт в США") == (USCE, True)
    assert heading_kind("Опыт работы") == (WORK, False)
    assert heading_kind("Языки") == (LANGUAGES, False)
    assert heading_kind("Специализация") == (INTERESTS, False)
    assert heading_kind("Виза") == (PERSONAL, False)
    assert heading_kind("Рекомендации") == (REFERENCES, False)
    assert heading_kind("Досвід роботи") == (WORK, False)
    assert heading_kind("Опыт работы в больнице") is None  # a word no heading has: body text
    profile = read("holdout22", "w69_014_lo_docx_ru.docx")
    assert profile["medical_school"] == "Tashkent Medical Academy, Tashkent"
    assert profile["graduation_year"] == 2018
    assert [(e["type"], e["state"]) for e in profile["usce_entries"]] == [("observership", "TX"), ("research", "TX")]
    assert profile["languages"] == ["Uzbek", "Russian", "English", "Turkish"]


def test_russian_and_ukrainian_months() -> None:
    assert spans("сентябрь - октябрь 2023    Observership, Pediatrics") == [((2023, 9), (2023, 10))]
    assert spans("березень–квітень 2025") == [((2025, 3), (2025, 4))]
    assert spans("мая 2024 - июня 2024") == [((2024, 5), (2024, 6))]


def test_the_post_soviet_specialist_diploma_is_the_primary_degree() -> None:
    text = (
        "EDUCATION\n09.2014 – 06.2020     Diploma of Specialist (General Medicine), «Лікувальна справа»\n"
        "Danylo Halytsky Lviv National Medical University, Lviv, Ukraine\n"
        "08.2020 – 06.2022     Інтернатура (internship), Internal Medicine\nLviv Regional Clinical Hospital\n"
    )
    found = education(split_sections(text), TODAY)
    assert found.graduation_year == 2020
    assert found.medical_school_country == "UA"
    # "completed" over a range written year first is not a graduation in the range's first year
    assert read("holdout22", "w69_003_chromium_sidebar.pdf")["graduation_year"] == 2022


def test_eras_labels_each_read_as_its_own_field() -> None:
    profile = read("holdout22", "w70_007_eras_experiences_fpdf.pdf")
    assert profile["medical_school"] == "Cairo University Faculty of Medicine (Kasr Al Ainy)"
    assert profile["medical_school_country"] == "EG"
    joined = join_wrapped_ranges("Experience Type:   Research\nStart Date:   10/2024\nEnd Date:   03/2025\n")
    assert spans(joined) == [((2024, 10), (2025, 3))]
    assert [(e["state"], e["start"], e["end"]) for e in profile["usce_entries"]] == [
        ("MI", "2024-06", "2024-07"),
        ("PA", "2024-07", "2024-09"),
        ("MN", "2024-10", "2025-03"),
    ]


def test_abbreviated_steps_and_a_lone_p() -> None:
    assert usmle_scores(["Step 1 — passed", "S2CK — 229"]) == {
        "usmle_step1": "pass",
        "usmle_step2ck": 229,
        "usmle_step3": None,
    }
    assert usmle_scores(["USMLE Step 1: P", "USMLE Step 2 CK: 233"])["usmle_step1"] == "pass"
    assert usmle_scores(["Step 1: Pending"])["usmle_step1"] is None


def test_a_heading_cut_at_a_dash_or_before_states() -> None:
    text = (
        "CLINICAL EXPERIENCE — UNITED\nSTATES\n2023-01 – 2023-04\nHands-on externship, General Surgery\n"
        "LAC+USC Medical Center, Los Angeles, CA\n\nCLINICAL EXPERIENCE —\nELSEWHERE\n2022-09 – 2022-10\n"
        "Observership, Trauma Surgery\nSunnybrook Health Sciences Centre, Toronto, Canada\n"
    )
    sections = split_sections(text)
    assert [s.heading for s in sections[1:]] == [
        "CLINICAL EXPERIENCE — UNITED STATES",
        "CLINICAL EXPERIENCE — ELSEWHERE",
    ]
    entries = extract_profile(text, TODAY)["usce_entries"]
    assert [(e["type"], e["state"], e["start"]) for e in entries] == [("hands_on", "CA", "2023-01")]


def test_the_applicants_page_footer_read_among_the_referees() -> None:
    profile = read("holdout22", "w69_004_reportlab.pdf")
    assert profile["email"] == "ninoberidze94@gmail.com"
    assert profile["phone_e164"] == "+995599274183"


def test_nyc_and_specialties_outside_the_list() -> None:
    assert find_state("NYC-based community mental health clinic (remote)") == "NY"
    assert find_specialties("Neurology applicant (secondary interest: Physical Medicine & Rehabilitation)") == [
        "Neurology"
    ]
    assert find_specialties("Obstetrics and Gynecology; Reproductive Endocrinology & Infertility") == [
        "Obstetrics and Gynecology"
    ]


def test_ocr_slips_in_names_and_mail_hosts() -> None:
    assert clean_name("loana Cristina Muresan") == "Ioana Cristina Muresan"  # a capital I read as "l"
    assert clean_name("Maria de la Cruz") == "Maria de la Cruz"
    assert clean_name("Dr. Vikram 1 Singh Rathore") == "Vikram Singh Rathore"
    assert repair("USMLE Step 1 Pass") == "USMLE Step 1 Pass"
    assert repair("vikram. rathore.sms@gmall.com") == "vikram.rathore.sms@gmail.com"
