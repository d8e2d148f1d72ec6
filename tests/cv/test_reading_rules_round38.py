"""Reading rules from issue 12's thirty-eighth round (holdout37, tuned on once scored untouched: South Asian biodata
CVs, CVs pasted or exported as text, long multi-page CVs of senior IMGs)."""

from __future__ import annotations

import pytest

from include.cv.document import parse_document
from include.cv.extract import ExtractError, extract_text
from include.cv.sections import EDUCATION, INTERESTS, PERSONAL, PUBLICATIONS, heading_kind
from tests.cv.corpus_files import TODAY, entries, read


def test_a_web_page_saved_in_the_cv_s_place_is_no_cv() -> None:
    page = b"<!DOCTYPE html>\n<html><head><title>Session expired</title></head><body><h1>Sign in</h1></body></html>"
    with pytest.raises(ExtractError, match="web page"):
        extract_text(page)
    profile = parse_document(page, TODAY)
    assert profile["error"] is True
    assert parse_document(b"Session expired. Please sign in again to download.\n", TODAY)["error"] is False  # text


def test_a_research_unit_s_staff_job_is_not_usce() -> None:
    text = (
        "RESEARCH EXPERIENCE\n"
        "Postdoctoral Research Fellow, Nephrology   08/2019 – 07/2022\n"
        "UAB Division of Nephrology, Birmingham, AL\n"
        "Clinical Research Coordinator II (staff position)   08/2022 – present\n"
        "UAB Kidney Clinical Research Unit, Birmingham, AL\n"
        "Research Laboratory Technician (hourly lab job)   Jul 2024 – Present\n"
        "Dallas Heart Study core lab, Dallas, TX\n"
        "Medical Assistant   Jan 2016 – Jul 2016\n"
        "South Texas Family Clinic, San Antonio, TX\n"
        "Vital signs, rooming patients, phlebotomy (paid MA position, pre-research).\n"
    )
    assert entries(text) == [("research", "AL", "2019-08", "2022-07")]
    # a coordinator named so, without the staff mark, stays research (as most writers count it)
    assert entries(
        "RESEARCH\nClinical Research Coordinator, Rheumatology   09/2023 – 06/2024\nEmory, Atlanta, GA\n"
    ) == [("research", "GA", "2023-09", "2024-06")]


def test_a_web_form_s_answers_under_their_questions() -> None:
    profile = read("holdout37", "w114_001_webform_txt.txt")
    assert profile["full_name"] == "Luíza Fernandes Albuquerque"  # "First name:" / "Middle name (optional):" / …
    assert profile["medical_school"].startswith("Universidade Federal de Minas Gerais")  # "Medical school name:"
    assert profile["specialties"] == ["Internal Medicine", "Nephrology"]  # "Specialty(ies) of interest:"
    assert heading_kind("Specialty(ies) of interest") == (INTERESTS, False)
    assert heading_kind("Medical school name") == (EDUCATION, False)


def test_a_typed_cv_s_dotted_labels_and_numbered_boxed_headings() -> None:
    profile = read("holdout37", "w114_009_monospace_ascii.txt")
    assert profile["full_name"] == "Dmitry Sergeyevich VOLKOV"  # "Name ............ Dmitry Sergeyevich VOLKOV  (…)"
    assert profile["publications"] == 5  # "5. PUBLICATIONS (peer-reviewed, 5)"
    assert heading_kind("| 1. EDUCATION                    |") == (EDUCATION, False)
    assert heading_kind("II. PUBLICATIONS") == (PUBLICATIONS, False)
    assert heading_kind("1. Observership") is None  # a numbered entry, not a heading


def test_contacts_and_names_far_from_the_top() -> None:
    linkedin = read("holdout37", "w114_007_linkedin_paste.txt")  # LinkedIn's "Contact Info" at the end of the paste
    assert (linkedin["email"], linkedin["phone_e164"]) == ("angelica.santos.md@gmail.com", "+639178123456")
    assert heading_kind("Contact Info") == (PERSONAL, False)
    # "Lucía Fernández-Bermejo   E-mail: …" / "Castro, MD, PhD": the name's cell wrapped beside the contacts'
    assert read("holdout37", "w115_012_lo_docx_firstpage_table.pdf")["full_name"] == "Lucía Fernández-Bermejo Castro"


def test_a_citizenship_label_a_preference_and_a_statement() -> None:
    eras = read("holdout37", "w113_005_fpdf_eras.pdf")  # "Citizenship" / "Current Country of Citizenship: Pakistan"
    assert eras["visa_status"] == "j1"  # "Visa Sponsorship Sought: J-1"; the label "Citizenship" alone says nothing
    assert eras["specialties"] == ["Pediatrics"]  # "Preference:   Pediatrics (Categorical)"
    latex = read("holdout37", "w115_005_chromium_latex_like.pdf")  # under "Research Statement": "Seeking …"
    assert latex["specialties"] == ["Internal Medicine", "Hematology/Oncology"]


def test_a_degree_s_dates_below_its_wrapped_school() -> None:
    profile = read("holdout37", "w113_004_chromium_twocol.pdf")  # "MBBS" / school over four lines / "2015 – 2021"
    assert (profile["graduation_year"], profile["is_student"]) == (2021, False)
