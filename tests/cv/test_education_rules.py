"""Education and identity reading rules of issue 12's fourth round, each on a made-up example: the gazetteer for a
school's country, label-column and bilingual education entries, names followed by degrees, OCR email slips."""

from __future__ import annotations

from datetime import date

import pytest

from include.cv import identity
from include.cv import ocr as ocr_module
from include.cv.education import education
from include.cv.places import place_country
from include.cv.profile import extract_profile
from include.cv.sections import split_sections

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Universidade Federal de Minas Gerais (UFMG), Belo Horizonte", "BR"),
        ("Shahid Beheshti University of Medical Sciences", "IR"),
        ("Trường Đại học Y Hà Nội", "VN"),
        ("Faculty of Medicine, Kasr Al Ainy", "EG"),
        ("Ross University School of Medicine", "BB"),
        ("American University of Beirut", "LB"),  # the city, not "American"
        ("Universidad Nacional Mayor de San Marcos", "PE"),
        ("Kasturba Medical College", "IN"),
        ("Universidad de Ciencias Médicas de La Habana", "CU"),
    ],
)
def test_the_gazetteer_reads_a_country_from_a_city_region_or_school(text: str, code: str) -> None:
    assert place_country(text) == code


def test_the_gazetteer_leaves_names_shared_with_other_places_alone() -> None:
    for text in ("Alexandria Hospital", "Georgetown University", "Hyderabad", "Santiago", "Kingston General"):
        assert place_country(text) is None, text
    assert place_country("Alexandria University") == "EG"


def _school(text: str) -> tuple[str | None, str | None, int | None, bool | None]:
    got = education(split_sections(text), TODAY)
    return got.medical_school, got.medical_school_country, got.graduation_year, got.is_student


def test_a_country_written_in_the_entry_wins_over_the_gazetteer() -> None:
    text = "EDUCATION\nMBBS, 2014 - 2020\nKing Edward Medical University, Lahore, Pakistan\n"
    assert _school(text)[1] == "PK"
    text = "EDUCATION\nMD, 2012 - 2018\nUniversity of Lagos Medical School, Lagos\n"  # no country: the city says it
    assert _school(text)[1] == "NG"


def test_a_label_column_layout_keeps_the_entry_apart_from_its_dates() -> None:
    # Europass read as text: the right column's entries come first, the education heading holds only the dates.
    text = (
        "Curriculum Vitae\nZanele Dube\nMBBS\n12 Long Street, Harare\n\n"
        "Bachelor of Medicine, Bachelor of Surgery (MBBS)\nUniversity of Zimbabwe College of Health Sciences\n"
        "USMLE Step 1 — Passed (2021)\nUSMLE Step 2 CK — 240 (2022)\n\n"
        "EDUCATION AND TRAINING\nFeb 2011 – Dec 2017\n"
    )
    school, country, year, student = _school(text)
    assert school == "University of Zimbabwe College of Health Sciences"
    assert (country, year, student) == ("ZW", 2017, False)


def test_a_degree_line_with_its_school_below_is_read_without_an_education_heading() -> None:
    # A bilingual heading ("Formación / Education") the section reader does not know: the entry alone says it.
    text = (
        "Camila Rojas Vera\ncamila.rojas@example.org\n\nFormación académica / Academic background\n\n"
        "Médico y Cirujano / Physician and Surgeon   2012 – 2018\nUniversidad de Concepción · Concepción, Chile\n"
    )
    school, country, year, student = _school(text)
    assert school == "Universidad de Concepción"
    assert (country, year, student) == ("CL", 2018, False)


def test_a_lone_degree_under_the_name_does_not_open_an_entry() -> None:
    text = (
        "Omar Haddad\nMD\n44 Garden Road, Amman\nomar.haddad@example.org\n\nPROFILE\nInternist seeking a US rotation.\n"
    )
    assert _school(text) == (None, None, None, None)


def test_exam_lines_after_the_degree_do_not_give_the_graduation_year() -> None:
    text = "Doctor of Medicine (MD)\nUniversity of Khartoum Faculty of Medicine\nUSMLE Step 1: Pass (2023)\n"
    assert _school(text)[2] is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Dr. Leila Farouk Aziz, MBBCh, MRCOG Part 1", "Leila Farouk Aziz"),
        ("Parisa Mohammadi Nejad, MD ) نژاد محمدی)", "Parisa Mohammadi Nejad"),
        ("Tariq Mansoor, M.B.B.S., FCPS Part I", "Tariq Mansoor"),
    ],
)
def test_a_name_ends_at_the_comma_that_opens_its_degrees(line: str, name: str) -> None:
    assert identity.clean_name(line) == name


def test_a_name_in_a_label_table_row_is_read_after_its_label() -> None:
    text = (
        "europass | Curriculum Vitae\nPERSONAL INFORMATION | Bilal Ahmed Qureshi  (بلال احمد)\n"
        "E-mail | bilal.qureshi@example.org\n\nWORK EXPERIENCE\nHouse Officer\nMayo Hospital, Lahore\n"
    )
    assert extract_profile(text, TODAY)["full_name"] == "Bilal Ahmed Qureshi"


def test_digits_before_an_ocr_email_stay_with_the_phone_number() -> None:
    text = "Sami Khoury, MD\n+961 3 482 119- sami.khoury@example.org - Beirut, Lebanon\n"
    assert extract_profile(text, TODAY)["email"] == "sami.khoury@example.org"


def test_ocr_reads_a_bar_for_an_l_in_an_email_domain() -> None:
    assert ocr_module.repair("rana.saleh@aub.edu.|b - Hamra") == "rana.saleh@aub.edu.lb - Hamra"
