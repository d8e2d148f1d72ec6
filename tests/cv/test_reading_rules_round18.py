"""Reading rules from issue 12's eighteenth round (holdout18 tuned on: South Asia and the Philippines; designed
résumés with footers, cards and grids; Africa, Eastern Europe and Central Asia)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from include.cv.document import parse_document
from include.cv.education import education
from include.cv.extract import extract_text
from include.cv.identity import email, phone
from include.cv.places import hospital_state
from include.cv.profile import publications, specialties
from include.cv.sections import INTERESTS, PERSONAL, USCE, heading_kind, split_sections
from include.cv.usce import find_state, split_entries
from tests.cv.corpus_files import entries

TODAY = date(2026, 12, 1)
FILES = Path(__file__).parent / "corpus" / "holdout18" / "files"


def _read(name: str) -> dict:
    return parse_document((FILES / name).read_bytes(), TODAY)


def test_contacts_in_a_drawing_shape_of_an_odt_header() -> None:
    lines = [x.text for x in extract_text((FILES / "w57_014_odt_textbox_header.odt").read_bytes()).lines]
    # one line per paragraph of the shape, not the three run together ("…@case.eduMobile/WhatsApp: …")
    assert "E-mail: arash.karimi.t@case.edu" in lines
    assert "Mobile/WhatsApp: +1 (216) 555-0199" in lines
    assert _read("w57_014_odt_textbox_header.odt")["email"] == "arash.karimi.t@case.edu"


def test_a_page_footer_read_before_a_sidebar_is_still_the_page_foot() -> None:
    # The footer's line comes after the referees in reading order; the sidebar read after it starts higher up.
    profile = _read("w57_002_html_sidebar_footer.pdf")
    assert (profile["email"], profile["phone_e164"]) == ("o.kovalenko.md@ukr.net", "+380671234581")


def test_contact_headings_that_close_a_references_section() -> None:
    for heading in ("GET IN TOUCH", "Contact me", "Let's connect", "Reach me"):
        assert heading_kind(heading) == (PERSONAL, False), heading
    text = (
        "Usman Farooq\n\nREFERENCE\n  Dr. Rachel Stone, MD - stoner@uthscsa.edu - 210-555-0193\n\n"
        "Contact me: usman.farooq@gmail.com  //  cell 0300-1234567 (PK)\n"
    )
    sections = split_sections(text)
    found, number = email(sections, "Usman Farooq"), phone(sections, "PK")
    assert (found and found.value, number and number.value) == ("usman.farooq@gmail.com", "+923001234567")


def test_a_referees_address_is_never_the_applicants() -> None:
    # The applicant's own address is unreadable (a scan): nothing is better than the referee's.
    sections = split_sections("Jean Nkurunziza\n\nLANGUAGES\nFrench   Dr. Karen Olson — karen.olson@hcmed.org\n")
    assert email(sections, "Jean Nkurunziza") is None


def test_an_underlined_united_states_heading_in_plain_text() -> None:
    text = (
        "USMLE\n-----\nStep 1 ...... Pass\n\nUNITED STATES\n-------------\n"
        "2025-02 - 2025-03   Observership, Anesthesiology, Mayo Clinic, Rochester MN\n"
        "2025-04 - current   Research fellow, Anesthesiology, Brigham and Women's Hospital\n"
    )
    assert [s.kind for s in split_sections(text)][-1] == USCE
    assert entries(text) == [("observership", "MN", "2025-02", "2025-03"), ("research", "MA", "2025-04", "2026-12")]


def test_hospitals_whose_name_alone_places_them() -> None:
    assert hospital_state("Nationwide Children's Hospital") == "OH"
    assert hospital_state("Newark Beth Israel Medical Center") == "NJ"
    assert hospital_state("Virginia Mason Medical Center") == "WA"
    assert hospital_state("Mount Sinai Hospital") is None  # New York's, Chicago's, Toronto's, Miami's
    assert find_state("Research Assistant, Cardiology (heart-failure registry) — WI — May 2025 – ongoing") == "WI"


def test_dates_wrapped_after_a_dash_close_their_own_entry() -> None:
    block = [
        "Hands-on externship, General Surgery - Ochsner Medical Center, New",
        "Orleans - 01/2025 - 03/2025",
        "Postdoctoral research fellow, Surgical Oncology - Johns Hopkins Hospital",
        "- 04/2025 - present",
    ]
    assert split_entries(block) == [block[:2], block[2:]]
    assert entries("US EXPERIENCE\n" + "\n".join(block)) == [
        ("hands_on", "LA", "2025-01", "2025-03"),
        ("research", "MD", "2025-04", "2026-12"),
    ]


def test_a_hospital_named_after_its_city_abroad_is_no_us_experience() -> None:
    text = (
        "US clinical experience\n"
        "09/2025 – 12/2025 | Hands-on externship, Hematology/Oncology, NYU Langone, New York, NY\n"
        "2022/06 – 2023/05 | Oncologist, Moscow City Oncology Hospital No. 62\n"
    )
    assert entries(text) == [("hands_on", "NY", "2025-09", "2025-12")]


def test_grid_cells_and_cards_side_by_side_are_read_one_by_one() -> None:
    lines = extract_text((FILES / "w57_013_html_grid_table.pdf").read_bytes()).lines
    grid = [x.text for x in lines if x.text]
    at = grid.index("LICENSING EXAMS")
    assert grid[at + 1 : at + 4] == ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 247", "ECFMG — Certified"]
    profile = _read("w57_013_html_grid_table.pdf")
    assert (profile["usmle_step2ck"], sorted(profile["languages"])) == (247, ["English", "French", "Greek"])
    cards = _read("w57_004_html_cards.pdf")
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in cards["usce_entries"]] == [
        ("hands_on", "GA", "2023-02", "2023-04"),
        ("hands_on", "MD", "2023-05", "2023-05"),
        ("research", "MD", "2023-06", "2023-12"),
        ("observership", "GA", "2024-01", "2024-02"),
    ]


def test_an_expected_year_in_brackets_is_not_the_next_lines() -> None:
    text = (
        "Education\nObafemi Awolowo University, College of Health Sciences, Ile-Ife — MBChB candidate, 2020 –\n"
        "2027 (expected)\nWAEC/SSCE 2018\n"
    )
    found = education(split_sections("Folasade Adeyemi\n\n" + text), TODAY)
    assert (found.graduation_year, found.is_student) == (2027, True)


def test_papers_counted_under_a_rule_in_a_table_and_before_other_items() -> None:
    def count(body: str) -> int:
        return publications(split_sections("A B\n\nPUBLICATIONS\n" + body))

    assert count("------------\n8 peer-reviewed (including Gastroenterology); 12 abstracts at DDW/ACG\n") == 8
    assert (
        count("1 | Qureshi FZ, et al. Typhoid XDR. J Pak Med Assoc. 2023.\n2 | Qureshi FZ. Candida. Cureus. 2024.\n")
        == 2
    )
    papers = "".join(f"{i}. Author A{i}, et al. Title {i}. Ceylon Med J. 202{i};66(2):70-5.\n" for i in range(1, 5))
    assert count(papers + "(Also: 3 conference abstracts; 1 manuscript in preparation)\n") == 4
    assert count(papers + "ENDO 2023 — poster abstract\n") == 4


def test_a_focus_heading_names_what_is_sought() -> None:
    assert heading_kind("FOCUS") == (INTERESTS, False)
    assert specialties(split_sections("A B\n\nFOCUS\nDiagnostic Radiology residency\n")) == ["Radiology"]
