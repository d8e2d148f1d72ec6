"""Reading rules from issue 12's twenty-eighth round (holdout28 tuned on: the Levant and North Africa; Southeast Asia
and the Pacific; US citizens at Caribbean and European schools)."""

from __future__ import annotations

from include.cv.identity import _respelled
from include.cv.sections import heading_kind, loose_heading_kind
from include.cv.usce import find_state, split_entries
from include.vocab import country_code
from tests.cv.corpus_files import read


def test_a_clinical_heading_naming_the_home_country_in_french_or_spanish_is_not_us() -> None:
    assert loose_heading_kind("Expérience clinique (pays d'origine)") == ("usce", False)
    assert loose_heading_kind("Experiencia clínica (país de origen)") == ("usce", False)
    assert loose_heading_kind("Clinical Experience (country of origin)") == ("usce", False)
    assert loose_heading_kind("Expérience clinique (Tunisie)") == ("usce", False)
    assert loose_heading_kind("Expérience clinique (Cardiologie)") is None  # a specialty is not a place
    # the internship and residency at home under it are not added to the US months
    assert read("holdout28", "w86_006_rtf_french.rtf")["usce_months"] == 5
    assert read("holdout28", "w86_014_rtf_bilingual.rtf")["usce_months"] == 4


def test_french_names_of_countries() -> None:
    assert [country_code(x) for x in ("Tunisie", "Maroc", "Algérie", "Liban", "Royaume-Uni")] == [
        "TN", "MA", "DZ", "LB", "GB",
    ]  # fmt: skip


def test_a_career_before_medicine_in_the_us_is_not_usce() -> None:
    # "Registered Nurse, Emergency Department, Hospital Auxilio Mutuo, San Juan, PR — 2012–2018"
    assert read("holdout28", "w88_002_lo_docx_hf_pdf.pdf")["usce_months"] == 10
    # "Physician Assistant (PA-C), Emergency Medicine, Kaiser Permanente Anaheim, CA — 2015–2022"
    assert read("holdout28", "w88_003_chromium_sidebar.pdf")["usce_months"] == 13


def test_an_authors_initials_are_not_a_state() -> None:
    assert find_state("Bautista JMS, Cruz AL. Appendicitis in children. Philipp J Surg Spec. 2025;80(2):45-50.") is None
    assert find_state("Observership, Dallas TX") == "TX"
    assert read("holdout28", "w87_012_fpdf_student.pdf")["usce_entries"] == [
        {"type": "hands_on", "specialty": "General Surgery", "state": "TX", "start": "2026-07", "end": "2026-08"}
    ]


def test_a_duration_in_weeks_abbreviated_after_a_dash_goes_on_the_item_above() -> None:
    lines = [
        "- 02/2026 - 03/2026 | Hands-on clerkship | Pediatrics Core, Harris Methodist, Fort Worth, TX - 6",
        "wks",
        "- 03/2026 - 04/2026 | Hands-on clerkship | Family Medicine Core, Piedmont Columbus Regional, Columbus, GA",
        "- 6 wks (overlapping start)",
        "- 09/2026 - current | Hands-on clerkship | Psychiatry Core, Merit Health, Jackson, MS",
    ]
    assert [len(entry) for entry in split_entries(lines)] == [2, 2, 1]
    assert read("holdout28", "w88_005_fpdf2_banner.pdf")["usce_months"] == 10


def test_a_summary_box_heading_is_not_the_name() -> None:
    assert heading_kind("AT A GLANCE") == ("interests", False)
    assert heading_kind("Career Highlights") == ("interests", False)
    assert read("holdout28", "w87_010_docx_header_contacts.docx")["full_name"] == "Farhana Akter"


def test_ocr_slips_in_an_address_are_mended_from_the_name_and_the_mail_host() -> None:
    assert _respelled("Aya Mostafa Hassan", "aya.m.hasin@gmail.com") == "aya.m.hassan@gmail.com"
    assert _respelled("Mariam Khaled Zoubi", "sriam.zoubi@hotmail.com") == "mariam.zoubi@hotmail.com"
    # a short name word is not trusted over the address: OCR misreads names as often ("Rupo" for Rudo)
    assert _respelled("Lim Wei Jie", "weijie.im.ukm@gmail.com") == "weijie.im.ukm@gmail.com"
    assert _respelled("Rupo Cuireo Mutasa", "rudo.mutasa@gmail.com") == "rudo.mutasa@gmail.com"
    assert _respelled("Aisha Khan", "akhan91@ymail.com") == "akhan91@ymail.com"  # Yahoo's other host
    assert _respelled("Christopher M. Beaulieu", "cbeaulieumd@gmait.com") == "cbeaulieumd@gmail.com"
    assert _respelled("Aisha Khan", "akhan91@gmail.com") == "akhan91@gmail.com"  # an initial and the surname
    assert _respelled("Omar Li", "omar.li@uni.edu") == "omar.li@uni.edu"
    # a name's letters with no accent to strip are spelled as an address spells them, not copied into it
    assert _respelled("Łukasz Wójcik", "lukasz.wojcik88@gmail.com") == "lukasz.wojcik88@gmail.com"
    assert _respelled("Ayşegül Yılmaz", "aysegul.yilmaz@outlook.com") == "aysegul.yilmaz@outlook.com"
    assert _respelled("Łukasz Wójcik", "lukasz.wojclk88@gmail.com") == "lukasz.wojcik88@gmail.com"
    assert _respelled("Omar Farouk", "dr.omar@gmx.de") == "dr.omar@gmx.de"  # not a mail host it knows
