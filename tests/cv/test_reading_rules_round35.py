"""Reading rules from issue 12's thirty-fifth round (holdout34, tuned on once scored untouched)."""

from __future__ import annotations

from datetime import date

from include.cv import education, exams, identity
from include.cv.profile import extract_profile, languages
from include.cv.sections import heading_kind, split_sections
from tests.cv.corpus_files import entries, read, spans

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


def test_a_title_over_its_place_and_dates_paragraphs_apart() -> None:
    text = (
        "Experiencia clínica en EE.UU.\n"
        "Observership — Internal Medicine\n\n"
        "Jackson Memorial Hospital, Miami, FL · feb. 2024 – mar. 2024\n\n"
        "\uf0b7 Attended rounds, morning report and case presentations.\n\n"
        "Hands-on Externship — Family Medicine\n\n"
        "Bayou Community Health Clinic, Houston, TX · abr. 2024 – jun. 2024\n\n"
        "\uf0b7 Took histories and wrote progress notes.\n\n"
        "Research Volunteer — Division of Endocrinology\n\n"
        "UT Health San Antonio, San Antonio, TX · sept. 2024 – actualidad\n"
    )
    assert entries(text) == [
        ("observership", "FL", "2024-02", "2024-03"),
        ("hands_on", "TX", "2024-04", "2024-06"),
        ("research", "TX", "2024-09", "2026-12"),
    ]


def test_a_table_row_dated_with_lower_case_months_is_not_the_row_above_wrapped() -> None:
    profile = read("holdout34", "w104_014_lo_docx_tables_es_dates.pdf")  # "sept. 2023 – dic." / "2023" in its cell
    assert [(e["type"], e["start"], e["end"]) for e in profile["usce_entries"]] == [
        ("observership", "2023-01", "2023-03"),
        ("research", "2023-04", "2026-12"),
        ("hands_on", "2023-09", "2023-12"),
    ]


def test_a_state_run_into_its_dates_and_a_postdoctoral_heading() -> None:
    assert heading_kind("Postdoctoral & Research Positions (USA)") == ("research", True)
    assert heading_kind("Postdoctoral Research Fellow") is None  # a title
    text = (
        "Research Experience in the United States\n"
        "Postdoctoral Associate, Department of Neurology, University of Minnesota, Minneapolis, MN03.2018 – 12.2020\n"
    )
    assert extract_profile(text, TODAY)["usce_entries"][0]["start"] == "2018-03"


def test_a_support_job_under_a_research_heading_is_not_usce() -> None:
    text = (
        "US Research & Clinical Experience\n"
        "06/2017 – 05/2020   Research Fellow, Department of Family Medicine, UC Davis Health, Sacramento, CA\n"
        "03/2015 – 05/2017   Medical Assistant, Kaiser Permanente, Roseville, CA\n"
        "Non-physician role while completing licensure steps\n"
    )
    assert entries(text) == [("research", "CA", "2017-06", "2020-05")]


def test_a_season_with_its_days() -> None:
    assert spans("Summer 2024 (July 1 - August 9) Observership") == [((2024, 7), (2024, 8))]
    assert spans("Summer 2024 (June–July)") == [((2024, 6), (2024, 7))]


def test_a_trailing_initial_keeps_its_dot_and_other_small_labels() -> None:
    assert identity.clean_name("Mohammed Abdul Rahman S.") == "Mohammed Abdul Rahman S."
    assert identity.clean_name("Anna Kowalska.") == "Anna Kowalska"
    scores = exams.usmle_scores(["USMLE 2 CK 244", "USMLE Step 1 Pass"])
    assert (scores["usmle_step1"], scores["usmle_step2ck"]) == ("pass", 244)
    assert heading_kind("PUBLICATIONS (peer-reviewed, 5)") == ("publications", False)


def test_scans_contacts_on_a_dark_strip_or_sidebar_and_another_scripts_guess() -> None:
    from include.cv import ocr

    assert ocr.repair("Zainab.alobaidi.md@q mail.com") == "Zainab.alobaidi.md@gmail.com"
    assert ocr.repair("tunde.bakare@gmai.com") == "tunde.bakare@gmail.com"  # a webmail host one letter off
    assert ocr.repair("c.beaulieu@gmait.com | a.b@yaho.com") == "c.beaulieu@gmail.com | a.b@yahoo.com"
    assert ocr.repair("k.osei@mail.com, l.ng@ymail.com") == "k.osei@mail.com, l.ng@ymail.com"  # real hosts
    strip = read("holdout34", "w106_019_scan_pdf_imageonly.pdf")  # pale contacts on a dark strip; Telugu beside
    assert (strip["full_name"], strip["email"], strip["phone_e164"]) == (
        "Venkata Sai Krishna Reddy G.",
        "vsk.reddy.g@gmail.com",
        "+919000011223",
    )
    sidebar = read("holdout34", "w106_017_scan_photo_perspective.jpg")  # a photo of a dark sidebar's contacts
    assert (sidebar["email"], sidebar["phone_e164"]) == ("bilal.chaudhry.md@gmail.com", "+923337654321")
