"""``extract_profile`` on text: the rules that decide which number or contact belongs to which field."""

from __future__ import annotations

from datetime import date

import pytest

from include.cv import PROFILE_KEYS, extract_profile
from include.cv.sections import heading_kind

TODAY = date(2025, 6, 1)


def _profile(text: str) -> dict:
    return extract_profile(text, TODAY)


def test_every_key_is_present_even_for_empty_text() -> None:
    profile = _profile("")
    assert tuple(profile) == PROFILE_KEYS
    assert profile["error"] is False


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Education", "education"),
        ("Academic Background", "education"),
        ("EDUCATION & TRAINING", "education"),
        ("Clinical Experience", "usce"),
        ("USCE", "usce"),
        ("U.S. Clinical Experience:", "usce"),
        ("Observerships", "usce"),
        ("Licensure & Examinations", "exams"),
        ("USMLE", "exams"),
        ("Languages", "languages"),
        ("Publications", "publications"),
        ("References", "references"),
        ("Letters of Recommendation", "references"),
    ],
)
def test_heading_variants_open_the_right_section(heading: str, kind: str) -> None:
    found = heading_kind(heading)
    assert found is not None
    assert found[0] == kind


@pytest.mark.parametrize("line", ["Internal Medicine Observership", "MBBS", "Step 1: Pass", "Dr. John Smith, MD"])
def test_entry_lines_are_not_headings(line: str) -> None:
    assert heading_kind(line) is None


def test_references_contacts_are_never_the_applicants() -> None:
    text = (
        "Maria Santos\nManila, Philippines\n\nEducation\nMD, University of the Philippines, Manila, 2020\n\n"
        "References\nDr. Jane Roe, MD\njane.roe@hospital.org\nPhone: +1 (312) 555-0100\n"
    )
    profile = _profile(text)
    assert profile["full_name"] == "Maria Santos"
    assert profile["email"] is None
    assert profile["phone_e164"] is None


def test_applicant_contacts_come_from_the_header_before_anything_later() -> None:
    text = (
        "Maria Santos, MD\nmaria.santos@example.com | Mobile: +63 917 123 4567\n\n"
        "US Clinical Experience\nObservership, Internal Medicine, Chicago, IL   Jan 2024 - Mar 2024\n"
        "Supervisor: Dr. Lee, lee@uchicago.edu, (773) 702-1000\n"
    )
    profile = _profile(text)
    assert profile["email"] == "maria.santos@example.com"
    assert profile["phone_e164"] == "+639171234567"


def test_a_year_outside_the_degree_entry_is_not_a_graduation_year() -> None:
    text = (
        "Omar Khan\n\nPublications\n1. Khan O. A study. 2015.\n\nUS Clinical Experience\n"
        "Observership, Cardiology, Boston, MA   2021\n\nCertifications\nBLS 2019\n"
    )
    assert _profile(text)["graduation_year"] is None


def test_graduation_year_is_read_from_the_medical_degree_not_other_schooling() -> None:
    text = (
        "Omar Khan\n\nEducation\nMBBS, King Edward Medical University, Lahore, Pakistan   2012 - 2017\n"
        "FSc Pre-Medical, Government College, Lahore   2010 - 2012\n\nPublications\n1. Khan O. 2021.\n"
    )
    profile = _profile(text)
    assert profile["graduation_year"] == 2017
    assert profile["medical_school"] == "King Edward Medical University, Lahore"  # the school and its place
    assert profile["medical_school_country"] == "PK"
    assert profile["is_student"] is False


@pytest.mark.parametrize(
    ("education", "year"),
    [
        ("MD, St. George's University, Grenada (Class of 2022)", 2022),
        ("Doctor of Medicine - Xavier University School of Medicine, Aruba, Graduated: May 2021", 2021),
        ("MBBS (2019), B.J. Medical College, Pune, India", 2019),
    ],
)
def test_graduation_year_variants(education: str, year: int) -> None:
    assert _profile(f"A Person\n\nEducation\n{education}\n")["graduation_year"] == year


@pytest.mark.parametrize(
    "education",
    [
        "MD Candidate, American University of the Caribbean, Sint Maarten   2021 - Present",
        "MBBS, Kathmandu University, Nepal - expected graduation June 2025",
        "MD, Tbilisi State Medical University, Georgia   2020 - 2026",
    ],
)
def test_students_are_recognised(education: str) -> None:
    assert _profile(f"A Person\n\nEducation\n{education}\n")["is_student"] is True


def test_final_year_student_words_in_the_summary_make_a_student() -> None:
    text = "A Person\nFinal-year medical student seeking an observership\n\nEducation\nMBBS, Dhaka Medical College\n"
    assert _profile(text)["is_student"] is True


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("Step 1: PASS", "usmle_step1", "pass"),
        ("USMLE Step 1 - 238 (first attempt)", "usmle_step1", 238),
        ("Step 1: Failed", "usmle_step1", "fail"),
        ("Step 2 CK – 245", "usmle_step2ck", 245),
        ("USMLE Step 2 CK (2023): 251", "usmle_step2ck", 251),
        ("Step II CK: 262", "usmle_step2ck", 262),
        ("Step 3: Pass", "usmle_step3", "pass"),
        ("Step 3 - 225 (June 2024)", "usmle_step3", 225),
    ],
)
def test_usmle_results_next_to_their_step_token(line: str, key: str, value: object) -> None:
    assert _profile(f"A Person\n\nUSMLE\n{line}\n")[key] == value


@pytest.mark.parametrize(
    "line",
    [
        "Step 2 CK: 245 (expected)",
        "Step 2 CK: scheduled for August 2025",
        "Step 2 CK: NBME practice 240",
        "Step 2 CK: not taken",
        "Step 2 CS: Pass",
    ],
)
def test_expected_or_practice_scores_are_not_scores(line: str) -> None:
    assert _profile(f"A Person\n\nUSMLE\n{line}\n")["usmle_step2ck"] is None


def test_numbers_away_from_step_tokens_are_not_scores() -> None:
    text = "A Person\n\nResearch\nEnrolled 245 patients in a cohort study (2022)\n\nAwards\nRanked 230 of 400\n"
    profile = _profile(text)
    assert (profile["usmle_step1"], profile["usmle_step2ck"], profile["usmle_step3"]) == (None, None, None)


def test_multiple_steps_on_one_line_keep_their_own_results() -> None:
    profile = _profile("A Person\n\nExams\nUSMLE Step 1: Pass | Step 2 CK: 250 | Step 3: 230\n")
    assert (profile["usmle_step1"], profile["usmle_step2ck"], profile["usmle_step3"]) == ("pass", 250, 230)


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        ("2019–2020", "2019-01", "2020-12"),
        ("06/2021 - 08/2021", "2021-06", "2021-08"),
        ("Jun 2021 – Aug 2021", "2021-06", "2021-08"),
        ("June 2024 - Present", "2024-06", "2025-06"),
        ("2021.06 - 2021.09", "2021-06", "2021-09"),
        ("March - May 2023", "2023-03", "2023-05"),
        ("Sept 2022", "2022-09", "2022-09"),
    ],
)
def test_usce_date_formats(dates: str, start: str, end: str) -> None:
    text = f"A Person\n\nUS Clinical Experience\nObservership, Pediatrics, Miami, FL    {dates}\n"
    entries = _profile(text)["usce_entries"]
    assert [(e["start"], e["end"]) for e in entries] == [(start, end)]


def test_usce_months_count_overlaps_once_and_present_is_today() -> None:
    text = (
        "A Person\n\nUSCE\n"
        "Observership, Internal Medicine, Brooklyn, NY   Jan 2025 - Mar 2025\n"
        "Externship, Internal Medicine, Newark, NJ   Feb 2025 - Present\n"
    )
    profile = _profile(text)
    assert profile["usce_months"] == 6  # Jan..Jun 2025
    assert [e["state"] for e in profile["usce_entries"]] == ["NY", "NJ"]
    assert [e["type"] for e in profile["usce_entries"]] == ["observership", "hands_on"]


def test_home_country_clinical_experience_is_not_usce() -> None:
    text = (
        "A Person\n\nClinical Experience\n"
        "Internship, Internal Medicine, Mayo Hospital, Lahore, Pakistan   2018 - 2019\n"
        "Observership, Neurology, Cleveland Clinic, Cleveland, OH   May 2022 - Jun 2022\n"
    )
    profile = _profile(text)
    assert [(e["specialty"], e["state"]) for e in profile["usce_entries"]] == [("Neurology", "OH")]
    assert profile["usce_months"] == 2


def test_entries_with_dates_on_their_own_line_are_split_correctly() -> None:
    text = (
        "A Person\n\nU.S. Clinical Experience\n"
        "Telehealth Rotation in Psychiatry\nVirtual Care Clinic, Austin, TX\n01/2024 - 02/2024\n"
        "- Saw patients by video\n"
        "Clerkship in General Surgery\nSt. Luke's Hospital, Bethlehem, PA\n03/2024 - 04/2024\n"
    )
    entries = _profile(text)["usce_entries"]
    assert [(e["type"], e["specialty"], e["state"], e["start"]) for e in entries] == [
        ("telehealth", "Psychiatry", "TX", "2024-01"),
        ("hands_on", "General Surgery", "PA", "2024-03"),
    ]


def test_no_usce_gives_zero_months_and_no_entries() -> None:
    # Issue 12's contract: 0 when the CV lists none (null only when the file could not be read).
    profile = _profile("A Person\n\nEducation\nMBBS, Dow Medical College, Karachi, Pakistan 2020\n")
    assert profile["usce_entries"] == []
    assert profile["usce_months"] == 0


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("ECFMG Certified (2023)", "certified"),
        ("ECFMG Certification: Pending", "pending"),
        ("Not ECFMG certified", "not_certified"),
        ("ECFMG certification expected March 2026", "pending"),
    ],
)
def test_ecfmg_status(line: str, status: str) -> None:
    assert _profile(f"A Person\n\nLicensure\n{line}\n")["ecfmg_status"] == status


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Visa Status: J-1", "j1"),
        ("US Citizen", "citizen"),
        ("Permanent Resident (Green Card)", "green_card"),
        ("Work authorization: H-1B", "h1b"),
        ("Citizenship: India", None),
    ],
)
def test_visa_status(line: str, status: str | None) -> None:
    assert _profile(f"A Person\n{line}\n")["visa_status"] == status


def test_languages_inline_and_in_their_section() -> None:
    assert _profile("A Person\n\nSkills\nLanguages: Español, Portuguese - native\n")["languages"] == [
        "Spanish",
        "Portuguese",
    ]
    assert _profile("A Person\n\nLanguages\n• Arabic (native)\n• English – fluent\n")["languages"] == [
        "Arabic",
        "English",
    ]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("[1] Paper one.\n[2] Paper two.\n[3] Paper three.\n", 3),
        ("• First paper.\n• Second paper, which is long and\n  wraps onto a second line.\n", 2),
        ("Doe J. First paper. 2020.\n\nDoe J. Second paper. 2021.\n", 2),
        ("None\n", 0),
    ],
)
def test_publications_count_entries_not_lines(body: str, count: int) -> None:
    assert _profile(f"A Person\n\nPublications\n{body}\nReferences\nAvailable on request\n")["publications"] == count


def test_publications_are_zero_without_a_section() -> None:
    assert _profile("A Person\n\nEducation\nMD 2020\n")["publications"] == 0


def test_specialties_are_the_pursued_ones_not_every_rotations() -> None:
    # Issue 12's contract: the specialties the applicant pursues, not every past rotation's.
    text = (
        "A Person\n\nCareer Objective\nSeeking residency in Pediatrics.\n\n"
        "USCE\nObservership, Cardiology, Houston, TX   Jan 2024 - Feb 2024\n"
    )
    assert _profile(text)["specialties"] == ["Pediatrics"]


def test_all_caps_name_is_title_cased_and_credentials_dropped() -> None:
    assert _profile("CURRICULUM VITAE\nDR. AHMED EL-SAYED, MBBCh\nCairo, Egypt\n")["full_name"] == "Ahmed El-Sayed"


def test_non_ascii_names_survive() -> None:
    assert _profile("Nguyễn Thị Hương\nhuong@example.com\n")["full_name"] == "Nguyễn Thị Hương"


def test_a_dated_ecfmg_line_is_certified_whatever_name_follows_it() -> None:
    # The next line was read for a status, and "Ramkissoon" held the word "soon": pending.
    text = "Shanice Ramkissoon\n\nBoard Examinations\nECFMG Certification – July 2025\n\nShanice O. Ramkissoon, MD\n"
    assert _profile(text)["ecfmg_status"] == "certified"


def test_an_immigration_section_gives_the_visa_held() -> None:
    text = "Dilini Perera\n\nIMMIGRATION\nH-1B (current employer: University of Miami)\n"
    assert _profile(text)["visa_status"] == "h1b"
    assert _profile("Ana Ruiz\n\nVisa Status\nJ-1 visa required\n")["visa_status"] == "j1"
