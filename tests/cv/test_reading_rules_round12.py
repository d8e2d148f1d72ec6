"""Reading rules from issue 12's twelfth round (holdout12: Africa, résumé-builder exports, long IMG paths)."""

from __future__ import annotations

from datetime import date

from include.cv.dates import find_ranges, join_wrapped_ranges
from include.cv.education import education
from include.cv.exams import ecfmg
from include.cv.identity import clean_name
from include.cv.layout import TextLine
from include.cv.profile import extract_profile, languages, publications, specialties
from include.cv.sections import EDUCATION, LANGUAGES, PUBLICATIONS, USCE, split_sections
from include.cv.usce import find_state

TODAY = date(2026, 12, 1)


def _school(text: str) -> tuple[str | None, str | None, int | None]:
    got = education(split_sections(text), TODAY)
    return got.medical_school, got.medical_school_country, got.graduation_year


def test_an_md_after_a_maryland_city_is_the_state_not_the_degree() -> None:
    text = (
        "Education\n2022 – 2023\nMaster of Public Health (MPH), Johns Hopkins Bloomberg School of Public\n"
        "Health, Baltimore, MD\n2012 – 2019\n"
        "Doctor of Medicine (MD), Tehran University of Medical Sciences, Tehran, Iran\n"
    )
    assert _school(text) == ("Tehran University of Medical Sciences, Tehran", "IR", 2019)


def test_a_dates_margin_that_wrapped_its_range_leaves_the_school_whole() -> None:
    text = (
        "Education\n01.09.2021 –   MSc Clinical Neuroscience, University College London (UCL), London, UK\n"
        "30.09.2022\n\n"
        "01.09.2012 –   Specialist degree in General Medicine (equivalent to MD), Pirogov Russian National\n"
        "30.06.2018   Research Medical University, Moscow, Russia\n"
    )
    assert _school(text) == ("Pirogov Russian National Research Medical University, Moscow", "RU", 2018)
    # the lines stay one to one where the end stood alone (evidence keeps its line numbers)
    assert join_wrapped_ranges("2014.08 –\n2020.11\nUniversitas Gadjah Mada", keep_lines=True).count("\n") == 2


def test_a_school_name_goes_on_after_a_comma_an_open_word_or_a_grade_line() -> None:
    text = "EDUCATION\nMBChB\n\nMbarara University of Science and Technology,\nFaculty of Medicine · 2015 – 2020\n"
    assert _school(text)[0] == "Mbarara University of Science and Technology, Faculty of Medicine"
    text = (
        "EDUCATION\nDoctor of Medicine (MD) — American   2018 – 2022\nUniversity of Beirut, Faculty of\n"
        "Medicine, Beirut, Lebanon\n"
    )
    assert _school(text) == ("American University of Beirut, Faculty of Medicine, Beirut", "LB", 2022)
    text = (
        "EDUCATION\n2014 – 2020   MBBCh (Bachelor of Medicine and Surgery),\nGrade: Excellent with honours\n"
        "Faculty of Medicine, Ain Shams University, Cairo\n"
    )
    assert _school(text)[0] == "Faculty of Medicine, Ain Shams University, Cairo"


def test_the_degree_conferred_after_the_internship_gives_the_graduation_year() -> None:
    text = (
        "Education\nMBBS coursework, Madras Medical College, Chennai (Aug 2014 – Jul 2019)\n"
        "Compulsory Rotating Residential Internship (CRRI), Rajiv Gandhi Govt. General Hospital — MBBS degree "
        "conferred 08/2020 (Aug 2019 – Jul 2020)\n"
    )
    assert _school(text) == ("Madras Medical College", "IN", 2020)


def test_ecfmg_in_process_under_review_and_the_clause_after_an_id() -> None:
    assert ecfmg(["ECFMG certification — in process (Pathway 1, application under review)"]) == "pending"
    assert ecfmg(["ECFMG ID obtained; certification pending graduation and Step 2 CK."]) == "pending"
    assert ecfmg(["ECFMG · Certified (2023)"]) == "certified"
    # a clause after the status is another exam's, and a heading naming ECFMG reads the next line's first clause
    assert ecfmg(["USMLE / ECFMG", "Step 1 — Pass · Step 2 CK — 241 · ECFMG Certified · Step 2 CS — not taken"]) == (
        "certified"
    )
    assert ecfmg(["2024.08   ECFMG Certification", "Certified (ECFMG #0-912-448-7)"]) == "certified"


def test_titles_of_turkish_physicians_are_dropped_from_the_name() -> None:
    assert clean_name("Uzm. Dr. Zeynep Nur Aydoğan") == "Zeynep Nur Aydoğan"
    assert clean_name("Prof. Dr. Mehmet Kaya") == "Mehmet Kaya"


def test_specialties_beside_applicant_after_a_rule_and_atop_the_main_column() -> None:
    def read(text: str) -> list[str]:
        return specialties(split_sections("Kamal Hossain\n" + text))

    assert set(read("SUMMARY\nInternal Medicine applicant with an interest in Nephrology.\n")) == {
        "Internal Medicine",
        "Nephrology",
    }
    assert read(
        "OBJECTIVE\n" + "-" * 60 + "\nInternal Medicine residency; long-term goal: Infectious Disease fellowship.\n"
    ) == [
        "Internal Medicine",
        "Infectious Disease",
    ]


def test_twi_with_akan_in_brackets_is_one_language() -> None:
    assert languages(split_sections("A B\nLANGUAGES\nEnglish, Twi (Akan), Ga")) == ["English", "Twi", "Ga"]


def test_papers_whose_journal_wrapped_are_counted_once() -> None:
    text = (
        "A Person\nPEER-REVIEWED PUBLICATIONS\n"
        "Alemu MT, Johnson K, Hillis AE. Post-stroke aphasia recovery in a US cohort.\nStroke. 2025;56:1201-1209.\n"
        "El-Sayed AM, Hassan MA. Predictors of no-reflow in primary PCI. Egypt\nHeart J. 2022;74:55.\n"
        "Namutebi GN, Atwine D. Severe malaria\nanaemia in children in south-western Uganda.\nMalar J. 2022;21:190.\n"
    )
    assert publications(split_sections(text)) == 3


def test_papers_in_blocks_posters_word_bullets_and_label_rows() -> None:
    two_in_a_block = (
        "A Person\nPublications\n\nVolkova E, et al. Tenecteplase in wake-up stroke. Stroke. 2024;55:1021-9.\n\n"
        "Volkova E, Ivanova M. Migraine burden in Moscow students. Cephalalgia Rep.\n2020;3:1-7.\n"
        "Volkova E, et al. Machine learning for LVO detection. Front Neurol. 2023;14:1187.\n"
    )
    assert publications(split_sections(two_in_a_block)) == 3
    posters = (
        "A Person\nPublications\nAl-Hamwi Y, et al. Measles resurgence. Lancet Infect Dis.\n2021;21:e334.\n\n"
        "Posters (3): PAS 2023, IDWeek 2023, ESPID 2022 — abstracts only.\n"
    )
    assert publications(split_sections(posters)) == 1
    word_bullets = "A Person\nPublications\n\uf0b7 Chowdhury T. GDM screening. Diabetes Res Clin Pract.\n2020;165:1.\n"
    word_bullets += "\uf0b7 Chowdhury T. Thyroid in pregnancy. BMC Endocr Disord.\n2021;21:77.\n"
    assert publications(split_sections(word_bullets)) == 2
    label_rows = (
        "A Person\nPUBLICATIONS\n\nNguyen TTH, et al. EGFR mutations. Asian Pac J Cancer Prev. 2021;22(7):2201-7.\n\n"
        "GOAL | Internal Medicine residency\nLANGUAGES | Vietnamese, English\n"
    )
    assert publications(split_sections(label_rows)) == 1
    # "Presentations" in a paper's title is no presentation; a heading naming publications holds papers
    titled = (
        "A Person\nPUBLICATIONS & PRESENTATIONS\n1. Fathy OT. Brucellosis presentations in Upper Egypt. J Inf. 2022.\n"
    )
    assert publications(split_sections(titled)) == 1


def test_papers_cited_under_research_count_when_there_is_no_publications_section() -> None:
    text = (
        "A Person\nRESEARCH\nNguyen TMA, Tran VH. Risk factors for severe hand, foot and mouth disease\n"
        "in children under 5 in Hanoi. BMC Pediatrics. 2023;23:412.\n"
        "Research assistant, Dept of Pediatrics, Hanoi Medical University, 2021 – 2022\n"
    )
    assert publications(split_sections(text)) == 1


def test_a_heading_wrapped_onto_the_next_line_is_one_heading() -> None:
    sections = split_sections(
        "A Person\nPublications (peer-reviewed) and\nPresentations\nDoe J. Title. J Med. 2023;1:2.\n"
    )
    assert [(s.kind, s.heading) for s in sections[1:]] == [
        (PUBLICATIONS, "Publications (peer-reviewed) and Presentations")
    ]
    lines = [
        TextLine("A Person", size=18, bold=True),
        TextLine("U.S. Clinical Experience", size=12, bold=True),
        TextLine("Observership, Internal Medicine, Mayo Clinic, Jacksonville, FL (Aug 2024 – Sep 2024)", size=10),
        TextLine("Other Clinical Experience (outside the", size=12, bold=True),
        TextLine("U.S.)", size=12, bold=True),
        TextLine("Mar 2023 — Elective, Hepatology, Hospital de Santa Maria, Lisbon, Portugal", size=10),
        TextLine("Education", size=12, bold=True),
        TextLine("MD, Universidade de São Paulo, 2022", size=10),
        TextLine("Languages", size=12, bold=True),
        TextLine("Portuguese, English", size=10),
    ]
    kinds = [(s.kind, s.us) for s in split_sections(lines)[1:]]
    assert kinds == [(USCE, True), (USCE, False), (EDUCATION, False), (LANGUAGES, False)]
    profile = extract_profile(lines, TODAY)
    assert [e["state"] for e in profile["usce_entries"]] == ["FL"]


def test_states_inside_city_and_school_names_and_washington_dc() -> None:
    assert find_state("Children's Mercy Hospital, Kansas City, Missouri") == "MO"
    assert find_state("Howard University Hospital, Washington, District of Columbia") == "DC"
    assert find_state("Georgetown University Medical Center, Washington, D.C. (Jan 2026 – ongoing)") == "DC"
    assert find_state("Washington University School of Medicine, St. Louis, Missouri") == "MO"
    assert find_state("University of Kansas Medical Center, Kansas City, Kansas") == "KS"
    assert find_state("Seattle, Washington") == "WA"
    assert find_state("Telehealth volunteer (virtual clinic), UT\nSouthwestern, Dallas, TX") == "TX"


def test_quarters_and_a_month_wrapped_in_its_bracket_are_dates() -> None:
    assert [(r.start, r.end) for r in find_ranges("Q1 2025   Clinical Externship")] == [((2025, 1), (2025, 3))]
    assert "(June 2024)" in join_wrapped_ranges("Observership, Nephrology — Chicago, IL (June\n2024)\nNext")
    assert "(Mar 2024 - May 2024" in join_wrapped_ranges(
        "Observer — McLean Hospital, Belmont, MA (Mar 2024 – May\n2024)"
    )


def test_a_detail_sentence_before_a_title_ends_the_entry_above() -> None:
    # A line heading the list sets two lines before each date; the sentence about the entry above is not its title.
    cv = (
        "A Person\nCLINICAL EXPERIENCE\nInternship rotations: Medicine, Surgery, Paediatrics.\n"
        "Virtual rotation (telehealth), Internal Medicine\n"
        "University of Miami Miller School of Medicine, Miami, Florida  ·  Sep 2024 – Dec 2024\n"
        "Participated in remote case conferences and telemedicine visits.\n"
        "Observership, Emergency Department\nBrooklyn Hospital Center, Brooklyn, New York  ·  Summer 2025\n"
    )
    entries = extract_profile(cv, TODAY)["usce_entries"]
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in entries] == [
        ("telehealth", "FL", "2024-09", "2024-12"),
        ("observership", "NY", "2025-06", "2025-08"),
    ]
