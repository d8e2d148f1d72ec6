"""Reading rules from issue 12's thirty-third round (holdout32, US-experience-rich and cross-section CVs and tool
exports, tuned on once scored untouched): lengths from a start date, day-first ranges that only run forward that
way, dates labelled "Dates:", inline place and section labels, timeline dots, jobs that say they are not clinical."""

from __future__ import annotations

from datetime import date

from include.cv import exams
from include.cv.dates import find_points
from include.cv.layout import TextLine
from include.cv.profile import extract_profile, publications
from include.cv.sections import split_sections
from include.cv.usce import find_state, split_entries
from tests.cv.corpus_files import entries, read, spans

TODAY = date(2026, 12, 1)


def test_a_length_from_a_start_date_ends_when_the_length_does() -> None:
    assert spans("6 weeks, starting 1 November 2023") == [((2023, 11), (2023, 12))]
    assert spans("Dates: 6 weeks, starting June 2025") == [((2025, 6), (2025, 7))]
    assert spans("4 weeks from March 2024") == [((2024, 3), (2024, 3))]
    assert spans("3 months starting in May 2024") == [((2024, 5), (2024, 7))]
    # "starting" alone still reads as going on
    text = "US Clinical Experience\nResearch fellow, Emory University, Atlanta, GA, starting June 2025\n"
    assert entries(text) == [("research", "GA", "2025-06", "2026-12")]


def test_numeric_ranges_read_day_first_when_only_that_runs_forward() -> None:
    assert spans("12/02/2024 – 08/03/2024") == [((2024, 2), (2024, 3))]
    assert spans("11/03/2024 – 05/04/2024") == [((2024, 3), (2024, 4))]
    assert spans("12/01/2023 - 02/01/2024") == [((2023, 12), (2024, 2))]  # US order where it runs forward
    assert spans("03/01/2024 - 05/30/2024") == [((2024, 3), (2024, 5))]


def test_a_month_and_short_year_closing_a_line() -> None:
    assert [p for p, _ in find_points("- Cards obs., MGH, Boston, 4/23")] == [(2023, 4)]
    assert find_points("Step 2 CK: 236, 3/4 of the way") == []
    assert find_state("- Endo obs., Joslin Diabetes Ctr, Boston MA, 1/23-2/23") == "MA"
    assert find_state("Jane Roe MD, 2/23") is None


def test_dates_labelled_on_their_own_line_close_the_entry_above() -> None:
    text = (
        "Clinical Experience\nPsychiatry Observership\n\nBellevue Hospital Center, New York, NY\n\n"
        "Dates: 07/2023 – 08/2023\n\nInpatient psychiatry and CPEP.\n\nTele-psychiatry virtual rotation\n\n"
        "University of Kentucky, Lexington, KY\n\nDates: Oct 2023\n\nSupervised telehealth visits (observer).\n\n"
        "Neurology Sub-Internship (hands-on)\n\nBaylor College of Medicine, Houston\n\nDates: Jan 2024 – Feb 2024\n\n"
        "Research Laboratory Technician\n\nBaylor College of Medicine, Dept. of Neuroscience, Houston, TX\n\n"
        "Dates: Mar 2024 – present\n\nMouse colony management, Western blots (wet lab, paid technician).\n"
    )
    assert entries(text) == [
        ("observership", "NY", "2023-07", "2023-08"),
        ("telehealth", "KY", "2023-10", "2023-10"),
        ("hands_on", "TX", "2024-01", "2024-02"),
    ]


def test_the_title_names_the_type_before_a_sentence_under_it() -> None:
    text = (
        "Clinical and Research Experience\nDates: Jan 2025 – Feb 2025\nHands-on Externship — Internal Medicine\n"
        "Jackson Memorial Hospital, Miami, FL\nTaken during research fellowship (approved leave).\n"
    )
    assert entries(text) == [("hands_on", "FL", "2025-01", "2025-02")]


def test_a_job_that_says_it_is_not_clinical() -> None:
    text = (
        "US Clinical Experience\n* Peds externship (hands-on), Nationwide Children's, Columbus OH, 05/2024-07/2024\n"
        "* 09/2024-present -- Research Coordinator (non-clinical, no patient contact), NYU Langone -- New York NY\n"
    )
    assert entries(text) == [("hands_on", "OH", "2024-05", "2024-07")]


def test_entries_run_together_and_a_country_label_inline() -> None:
    line = (
        "USCE: Observership – Neurology – Houston Methodist Hospital, Houston – 4 weeks, Aug 2025 || Research – "
        "Neurology (stroke) – Emory University, Atlanta, GA – Sep 2025–Feb 2026"
    )
    assert len(split_entries([line])) == 2
    assert split_entries(["EGYPT: Intern, Ain Shams University Hospitals – 2024-2025"]) == [
        ["EGYPT", "Intern, Ain Shams University Hospitals – 2024-2025"]
    ]
    profile = read("holdout32", "w98_014_txt_oneliners.txt")
    assert profile["usce_months"] == 7  # Egypt's "Neurology rotation – El Demerdash Hospital – Mar 2024" is not USCE


def test_a_timelines_dated_dots_each_head_an_entry() -> None:
    profile = read("holdout32", "w100_005_canva_timeline.pdf")
    assert sorted((e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]) == [
        ("hands_on", "GA", "2023-01", "2023-03"),
        ("hands_on", "GA", "2023-04", "2023-04"),
        ("observership", "NJ", "2023-09", "2023-10"),
        ("research", "GA", "2023-11", "2024-06"),
    ]


def test_maryland_after_a_hospital_wrapped_above_and_a_birth_year_beside_an_entry() -> None:
    assert find_state("Surgery · 2023-08 → 2023-10 · Prince George's Hospital Center,\nCheverly, MD") == "MD"
    assert find_state("Dr. Jane Roe,\nSmith, MD") is None
    profile = read("holdout32", "w99_007_pdf_chromium_sidebar.pdf")
    assert ("observership", "OH", "2024-11", "2024-11") in {
        (e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]
    }
    text = "Clinical Experience\nVisa: B1/B2 b. 1996   Nov 2024   Emergency Medicine   Cleveland Clinic   Observership"
    assert entries(text) == [("observership", "OH", "2024-11", "2024-11")]


def test_abbreviated_section_labels_and_certification() -> None:
    text = (
        "DILINI PERERA, MBBS\nEDU: MBBS, Univ. of Colombo (2015-2021), Sri Lanka\n"
        "EXAMS: Step 1: P; Step 2 CK: 236; ECFMG cert. 2022\n"
        "PUBS: Perera D et al. GLP-1 RA adherence. Diabetes Care. 2024;47(3):e21. ; posters: ENDO 2024 poster\n"
        "LANG: Sinhala, English, Tamil\n"
    )
    sections = split_sections(text)
    assert [s.kind for s in sections][1:] == ["education", "exams", "publications", "languages"]
    assert publications(sections) == 1
    assert exams.ecfmg(["ECFMG cert. 2022"]) == "certified"
    assert exams.ecfmg(["ECFMG cert. pending"]) == "pending"


def _scan(*texts: str) -> dict:
    """The identity read from lines of a scan (OCR), the first one large at the top of page 1."""
    lines = [
        TextLine(t, 1, 15.0 if i == 0 else 9.0, False, 0.05 + 0.03 * i, 0.08, ocr=True) for i, t in enumerate(texts)
    ]
    profile = extract_profile(lines, TODAY)
    return {k: profile[k] for k in ("full_name", "email")}


def test_a_scans_name_after_a_rules_dash_and_before_cyrillic_read_as_latin() -> None:
    assert _scan("- Tomás Oliveira Santos", "tomas.oliveira:santos@usp.br « +55 (11) 98765-4321") == {
        "full_name": "Tomás Oliveira Santos",
        "email": "tomas.oliveira.santos@usp.br",
    }
    assert _scan("Olena Kovalenko OneHa KosasieHKO", "olena.kovalenko.md@ukr.net - +380 67 123 4567")["full_name"] == (
        "Olena Kovalenko"
    )
    assert _scan("Mohammed AbdulRahman", "Riyadh | +966 50 123 4567")["full_name"] == "Mohammed AbdulRahman"


def test_a_scans_address_cut_after_its_dot_and_again_before_its_digits() -> None:
    scan = _scan("BILAL AHMED CHAUDHRY", "Multan, Pakistan | 0300-7788123 | bilal. chaudhry 18@gmail.com")
    assert scan["email"] == "bilal.chaudhry18@gmail.com"


def test_a_numbered_paper_under_research_and_a_page_footer_among_the_papers() -> None:
    text = (
        "RESEARCH / PUBLICATIONS\n1. Ahmad SN, Lim KH. Dengue shock syndrome in Malaysian children: a 5-year review.\n"
        "   Med J Malaysia. 2022;77(3):290-296.\n- Poster: Neonatal jaundice follow-up, MPA Congress 2023\n"
    )
    assert publications(split_sections(text)) == 1
    lines = [
        TextLine("Publications", 1, 12.0, True, 0.80, 0.3),
        TextLine("Bondarenko K, Shevchenko O. PTSD symptoms among internally displaced", 1, 10.0, False, 0.82, 0.3),
        TextLine("persons in Ukraine. Psychiatr Danub. 2024;36(1):88-95.", 1, 10.0, False, 0.84, 0.3),
        TextLine("Page 1 of 2", 1, 8.0, False, 0.97, 0.45),
    ]
    assert extract_profile(lines, TODAY)["publications"] == 1
