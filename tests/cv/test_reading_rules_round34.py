"""Reading rules from issue 12's thirty-fourth round (holdout33, tuned on once scored untouched: students' core
clerkships, research-heavy academic CVs, design-heavy exports)."""

from __future__ import annotations

from datetime import date

from include.cv import education, identity
from include.cv.profile import specialties, visa
from include.cv.sections import heading_kind, is_bullet, split_sections, strip_bullet
from tests.cv.corpus_files import entries, read

TODAY = date(2026, 12, 1)


def test_core_clerkship_headings() -> None:
    assert heading_kind("Core Clinical Clerkships (hands-on, United States)") == ("usce", True)
    assert heading_kind("Core clerkships completed / in progress (hands-on)") == ("usce", False)
    assert heading_kind("CORE ROTATIONS") == ("usce", False)
    assert heading_kind("Core Rotation: Internal Medicine") is None  # an entry's label
    profile = read("holdout33", "w101_001_eras_list.pdf")
    assert profile["usce_months"] == 18  # seven clerkships; the confirmed 2027 elective is not done yet


def test_asides_in_a_headings_brackets() -> None:
    assert heading_kind("Publications (* equal contribution)") == ("publications", False)
    assert heading_kind("Peer-reviewed Publications (SCI/SCIE)") == ("publications", False)
    assert heading_kind("PUBLICATIONS, POSTERS AND REPORTS (chronological mix)") == ("publications", False)
    assert heading_kind("Full papers") == ("publications", False)
    assert heading_kind("Languages (English, Spanish)") is None  # a list, not an aside
    assert heading_kind("USCE · TELEHEALTH (REMOTE)") is None  # a timeline's tag
    assert read("holdout33", "w102_016_docx_footer_contacts.docx")["publications"] == 15


def test_bilingual_headings_joined_by_a_middle_dot() -> None:
    assert heading_kind("HỌC VẤN · EDUCATION") == ("education", False)
    assert heading_kind("NGÔN NGỮ · LANGUAGES") == ("languages", False)
    assert heading_kind("USCE · HANDS-ON") is None


def test_a_wrapped_line_is_not_a_heading_and_a_grade_is_not_the_school() -> None:
    assert heading_kind("with Honours") is None
    assert education._school_name("Very Good Faculty of Medicine (Kasr Al Ainy), Cairo University, Egypt") == (
        "Faculty of Medicine (Kasr Al Ainy), Cairo University"
    )


def test_an_entrys_end_under_it_and_a_forms_none_yet() -> None:
    text = (
        "US CLINICAL ELECTIVES\nHands-on clinical elective, Internal Medicine 4 weeks, starting 2 June 2025\n"
        "Advocate Illinois Masonic Medical Center, Chicago, IL\nEnded 29 June 2025\n\n"
        "Observership, Pulmonary & Critical Care   Dec 2025 - Jan 2026\nRush University Medical Center, Chicago, IL\n"
    )
    assert entries(text) == [("hands_on", "IL", "2025-06", "2025-06"), ("observership", "IL", "2025-12", "2026-01")]
    text = (
        "US CLINICAL EXPERIENCE\n\nEntries:\nNone yet. Confirmed: Ophthalmology elective, Wills Eye Hospital, "
        "Philadelphia, PA, 2027 (4 weeks, dates TBA)\n"
    )
    assert entries(text) == []


def test_a_titled_entrys_place_is_its_own_not_the_next_ones() -> None:
    # "03.2022 - 02.2024   Research Fellow, …" / "Northwestern …, Chicago, IL" / "06.2022 - 12.2022   Volunteer
    # medical interpreter …": the place under the fellowship is the fellowship's, though the next title names no type
    profile = read("holdout33", "w102_012_lo_odt_pdf.pdf")
    assert ("research", "IL", "2022-03", "2024-02") in {
        (e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]
    }
    assert profile["usce_months"] == 58


def test_a_scientists_post_is_research_and_moderncv_items_are_bullets() -> None:
    text = (
        "Mei Li\n\nPositions\n2021.10–2024.12   Assistant Project Scientist, Division of Endocrinology and Metabolism\n"
        "University of California San Diego, La Jolla, CA\n"
    )
    assert entries(text) == [("research", "CA", "2021-10", "2024-12")]
    assert is_bullet("{ AHA Postdoctoral Fellowship (2021-2023)")
    assert strip_bullet("{ AHA Postdoctoral Fellowship") == "AHA Postdoctoral Fellowship"


def test_specialties_opening_or_ending_a_title_line() -> None:
    text = "Maria Santos\nDoctor of Medicine, University of Santo Tomas (2025) · Family Medicine\nmaria@example.org\n"
    assert specialties(split_sections(text)) == ["Family Medicine"]
    text = "Ana Ruiz\nFamily Medicine & Emergency Medicine · US Permanent Resident (Green Card)\n"
    assert specialties(split_sections(text)) == ["Family Medicine", "Emergency Medicine"]
    text = "Ana Ruiz\nUniversity of Santo Tomas · Manila\n"
    assert specialties(split_sections(text)) == []


def test_a_forms_label_on_its_own_line_and_a_german_doctorate() -> None:
    text = "Applicant Profile\nCitizenship:\nIndia\n\nUS visa status:\nRequires B1/B2 visa for US rotations\n"
    assert visa(split_sections(text)) == "b1b2"
    assert identity.clean_name("Johanna Katharina Müller-Brandt, Dr. med.") == "Johanna Katharina Müller-Brandt"


def test_a_specialty_named_twice_is_listed_once_and_mgh_is_in_massachusetts() -> None:
    text = "Sita Rai\nMBBS  ·  Internal Medicine  →  Pulmonary & Critical Care\n"
    assert specialties(split_sections(text)) == ["Internal Medicine", "Pulmonology/Critical Care"]
    assert entries("Clinical Experience\nClinical Observer, Stroke Service, MGH - January 2025\n") == [
        ("observership", "MA", "2025-01", "2025-01")
    ]
