"""Reading rules from issue 12's thirty-ninth round: leftovers of holdout37 (text exports), fixed before holdout38
was scored."""

from __future__ import annotations

from include.cv.document import parse_document
from include.cv.extract import unmarked
from tests.cv.corpus_files import TODAY, entries, read, spans


def test_an_export_that_wrote_question_marks_for_its_bullets_and_dashes() -> None:
    text = "USMLE\n? Step 1: 238 (Nov 2021)\n? Step 2 CK: 245\n? Step 3: not yet taken\nMBBS Aug 2014 ? Jun 2020\n"
    assert unmarked(text) == (
        "USMLE\n\u2022 Step 1: 238 (Nov 2021)\n\u2022 Step 2 CK: 245\n\u2022 Step 3: not yet taken\n"
        "MBBS Aug 2014 \u2013 Jun 2020\n"
    )
    assert unmarked("What? Yes ? no\n? one\n") == "What? Yes ? no\n? one\n"  # two such lines prove nothing
    profile = read("holdout37", "w114_005_ats_export_txt.txt")
    assert profile["publications"] == 3  # "? Iyer VR, et al. …" items, not one run-on paragraph


def test_an_ats_export_s_start_and_end_date_labels() -> None:
    assert spans("Start Date: 01/2025 End Date: 02/2025") == [((2025, 1), (2025, 2))]
    assert spans("From: 01/2025 To: 02/2025") == [((2025, 1), (2025, 2))]
    text = (
        "EXPERIENCE\n"
        "Clinical Observer - Pulmonology\n"
        "UPMC Presbyterian Hospital, Pittsburgh, PA\n"
        "Start Date: 01/2025 End Date: 02/2025\n"
    )
    assert entries(text) == [("observership", "PA", "2025-01", "2025-02")]
    profile = parse_document(("Venkat Iyer\nvenkat@example.com\n\n" + text).encode(), TODAY)
    assert profile["usce_months"] == 2


def test_a_title_wrapped_under_an_entry_written_on_one_line() -> None:
    text = (
        "US Clinical Experience\n\n"
        "Observership, Emergency Medicine — Henry Ford Hospital, Detroit, MI — 03.2025 –\n"
        "04.2025\n"
        "Telehealth elective, Internal Medicine (remote, virtual rounds with Johns Hopkins\n"
        "affiliated clinic, Baltimore, MD) — 10.2024 – 11.2024\n"
    )
    assert entries(text) == [
        ("observership", "MI", "2025-03", "2025-04"),
        ("telehealth", "MD", "2024-10", "2024-11"),
    ]
    # a place-first layout keeps each title under its own place and dates
    assert entries(
        "US CLINICAL EXPERIENCE\n\n"
        "Jackson Health System, Miami, FL January–March 2023\n"
        "Hands-on externship, Family Medicine\n"
        "Borinquen Medical Centers, Miami, FL Mar 2023 – Apr 2023\n"
        "Observership, Community Health\n"
    ) == [("hands_on", "FL", "2023-01", "2023-03"), ("observership", "FL", "2023-03", "2023-04")]
