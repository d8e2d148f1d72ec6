"""Reading rules from issue 12's fifteenth round (holdout15 tuned on: a week's cross-section, students seeking
first electives, experienced specialists)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from include.cv.dates import find_ranges, join_wrapped_ranges
from include.cv.education import education
from include.cv.exams import ecfmg, usmle_scores
from include.cv.extract import extract_text
from include.cv.ocr import repair
from include.cv.profile import publications, specialties, visa, visa_of
from include.cv.sections import INTERESTS, heading_kind, split_sections
from include.cv.usce import entry_type
from tests.cv.corpus_files import entries

TODAY = date(2026, 12, 1)
CORPUS = Path(__file__).parent / "corpus"


def test_a_month_whose_year_wrapped_after_a_dash_ends_its_own_entry() -> None:
    text = (
        "Clinical Experience\n"
        "Clinical Attachment, General Practice, Royal London Hospital, London, United Kingdom — Mar\n"
        "2022 (4 weeks)\n\n"
        "Observership in Family Medicine, Piedmont Athens Regional Medical Center, Athens, Georgia —\n"
        "September to October 2023\n"
    )
    assert entries(text) == [("observership", "GA", "2023-09", "2023-10")]
    # the range going on after the year stays one range
    assert join_wrapped_ranges("Research assistant, University of Michigan, MI - Aug\n2025 - ongoing\n").startswith(
        "Research assistant, University of Michigan, MI - Aug 2025 - ongoing"
    )


def test_a_place_after_a_dash_and_dates_after_a_dash_belong_to_the_entry_above() -> None:
    text = (
        "US Experience\n"
        "Jun 2024 – Dec 2024 · Research Assistant (remote), Department of Pediatrics\n"
        "— Boston Children's Hospital, Boston, MA\n"
    )
    assert entries(text) == [("research", "MA", "2024-06", "2024-12")]
    bullets = (
        "US Clinical Experience\n"
        "• Hands-on Externship, Internal Medicine – Emory University Hospital,\nAtlanta, GA – Mar 2026 – May 2026\n"
        "• Observership, Cardiology – Baylor St. Luke's Medical Center, Houston, TX\n— May 2026 – present\n"
    )
    assert entries(bullets) == [("hands_on", "GA", "2026-03", "2026-05"), ("observership", "TX", "2026-05", "2026-12")]


def test_one_date_that_starts_something_still_going_on() -> None:
    text = (
        "US ROTATIONS\n* Currently doing a hands-on externship in Internal Medicine at Newark Beth Israel Medical "
        "Center, Newark, New Jersey (since October 2026, ongoing)\n"
    )
    assert entries(text) == [("hands_on", "NJ", "2026-10", "2026-12")]
    assert entries("US Experience\nObservership, Mayo Clinic, Rochester, MN — May 2025, ongoing\n") == [
        ("observership", "MN", "2025-05", "2026-12")
    ]
    assert entries("US Experience\nObservership, Mayo Clinic, Rochester, MN — May 2025\n") == [
        ("observership", "MN", "2025-05", "2025-05")
    ]


def test_rotations_sought_or_not_yet_begun_are_no_experience() -> None:
    assert entries("US ROTATIONS\n  * None yet - seeking a first US elective in OB/GYN for 2026-2027\n") == []
    assert entries("US Clinical Experience\nSub-internship, Surgery, Emory University Hospital, Atlanta, GA — "
                    "Feb 2027 – Mar 2027\n") == []  # fmt: skip
    assert entry_type("Visiting Physician, Cleveland Clinic, Cleveland, OH, May 2024") == "observership"


def test_a_season_with_the_months_it_names() -> None:
    def months(text: str) -> list[tuple[tuple[int, int | None], tuple[int, int | None] | None]]:
        return [(r.start, r.end) for r in find_ranges(text)]

    assert months("Ann Arbor, MI — Summer 2024 (June–July)") == [((2024, 6), (2024, 7))]
    assert months("Summer 2024") == [((2024, 6), (2024, 8))]


def test_an_exam_table_with_the_exams_as_column_titles() -> None:
    rows = ["USMLE", "Step 1   Step 2 CK   Step 3   ECFMG", "Pass   236   221   Certified"]
    assert usmle_scores(rows) == {"usmle_step1": "pass", "usmle_step2ck": 236, "usmle_step3": 221}
    assert ecfmg(rows) == "certified"
    assert usmle_scores(["Step 1   Step 2 CK", "Step 3   ECFMG"])["usmle_step1"] is None  # titles over titles


def test_permanent_residence_abroad_and_another_persons_status_in_an_aside() -> None:
    assert visa_of("Canadian permanent resident – I will apply for a B1/B2 visa for the rotation.") == "b1b2"
    assert visa_of("PR (Canada)") is None
    assert visa_of("US permanent resident") == "green_card"
    text = "A B\nWork Authorization\nGreen card holder (through spouse, US citizen)\n"
    assert visa(split_sections(text)) == "green_card"


def test_papers_before_a_note_of_abstracts_and_a_count_in_the_heading() -> None:
    text = (
        "A B\nPUBLICATION\nAdeyemi OT, Bello K. Postpartum haemorrhage in south-west Nigeria.\n"
        "Afr J Reprod Health. 2020;24(3):77-84.\n(+ 2 conference abstracts, SOGON 2019 / 2020)\n"
    )
    assert publications(split_sections(text)) == 1
    listed = "A B\nPUBLICATIONS\nKhan AR, et al. Venetoclax in AML. Leuk Lymphoma. 2026;67(2):201-9.\n" + (
        "2 abstracts at ASH 2025 (not peer-reviewed papers)\n"
    )
    assert publications(split_sections(listed)) == 1
    counted = "A B\nPeer-Reviewed Publications (10)\n1. Smith J, Lee H. A review. BMJ Open. 2024;8(2):1-9.\n"
    assert publications(split_sections(counted)) == 10


def test_school_names_wrapped_after_of_or_and_before_a_dated_aside() -> None:
    def school(text: str) -> tuple[str | None, str | None]:
        got = education(split_sections("A B\nEducation\n" + text), TODAY)
        return got.medical_school, got.medical_school_country

    assert school("2007   Primary medical degree — Tehran University of\nMedical Sciences (graduated 2007)\n") == (
        "Tehran University of Medical Sciences",
        "IR",
    )
    hcmc = "University of Medicine and Pharmacy at Ho Chi Minh City"
    assert school(f"2013 Primary medical degree — University of Medicine and\n{hcmc[27:]} (graduated 2013)\n") == (
        hcmc,
        "VN",
    )
    athens = "National and Kapodistrian University of Athens Medical School"
    assert school(f"2008 | Primary medical degree — {athens} (graduated 2008)\n") == (athens, "GR")


def test_specialties_after_a_semicolon_and_a_whole_interests_line() -> None:
    def read(text: str) -> list[str]:
        return specialties(split_sections("A B\n" + text))

    summary = "Professional Summary\nSeeking a US residency position in Internal Medicine; Nephrology.\n"
    assert read(summary) == ["Internal Medicine", "Nephrology"]
    assert read("Interests\nInternal Medicine, with a long-term interest in Infectious Disease\n") == [
        "Internal Medicine",
        "Infectious Disease",
    ]
    assert heading_kind("SPECIALTY SOUGHT") == (INTERESTS, False)


def test_pdf_runs_keep_commas_and_a_page_with_an_unfound_rectangle_keeps_its_words() -> None:
    # Chromium prints: a comma's box sits below the run's middle; a lone full stop after a kerned "V." was
    # found by no position probe and sent the whole page to per-rectangle reads ("A h m e d", "K arachi").
    email = extract_text((CORPUS / "holdout15/files/w47_014_chrome_email.pdf").read_bytes())
    assert "Tue, Dec 1, 2026, 9:14 PM" in [x.text for x in email.lines]
    twocol = extract_text((CORPUS / "holdout15/files/w48_014_canva_twocol.pdf").read_bytes())
    texts = [x.text for x in twocol.lines]
    assert texts[0] == "Ahmed Raza Khan"
    assert "Houston, TX (current) / Karachi," in texts


def test_ocr_reads_an_l_taken_for_an_i_in_a_mail_host() -> None:
    assert repair("thanawat.srisuk@gmaii.com") == "thanawat.srisuk@gmail.com"
    assert repair("a.b@hotmai1.com") == "a.b@hotmail.com"
    assert repair("a.b@gmail.com") == "a.b@gmail.com"
    assert repair("lrina Popescu") == "Irina Popescu"  # a capital I read as "l"
    assert repair("lkhan@gmail.com · lymph node") == "lkhan@gmail.com · lymph node"


def test_column_titles_across_a_gap_make_a_table_not_two_columns() -> None:
    # "When   Institution   Role" over rows whose role cell wraps its details under it: one table.
    lines = [x.text for x in extract_text((CORPUS / "test/files/w2_010_html_compact_table.pdf").read_bytes()).lines]
    row = "2026-02 to 2026-03   Kingsbrook Family Health Center, Paterson, NJ   Observership – Neurology"
    assert lines[lines.index(row) - 1] == "When   Institution   Role"
    assert repair("karim.nasrallah@aub.edu.ib") == "karim.nasrallah@aub.edu.lb"
    assert repair("ayesha..chaudhry91@gmail.com") == "ayesha.chaudhry91@gmail.com"
