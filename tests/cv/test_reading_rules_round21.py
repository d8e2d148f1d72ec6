"""Reading rules from issue 12's twenty-first round (holdout21 tuned on: the Middle East, North Africa, Turkey and
Iran with French sections; medical students; IMGs living in the US)."""

from __future__ import annotations

from include.cv.dates import find_ranges, join_wrapped_ranges
from include.cv.identity import clean_name
from include.cv.profile import extract_profile, publications
from include.cv.sections import INTERESTS, USCE, WORK, heading_kind, split_sections
from include.cv.usce import entry_type, usce_entries
from include.vocab import canonical_language, visa_status
from tests.cv.corpus_files import TODAY, read, spans


def test_a_us_support_job_beside_the_rotations_is_not_usce() -> None:
    text = (
        "US CLINICAL EXPERIENCE\n"
        "April 2020 – Present   Patient Navigator\nHarris Health System, Houston, TX\n\n"
        "August 2019 – October 2019   Externship – Family Medicine\nHarris Health Settegast, Houston, TX\n\n"
        "March 2016 – July 2020   Medical Assistant\nKaiser Permanente Tysons Corner, Tysons, VA\n\n"
        "06/2016 – 12/2018  Medical Scribe\nScribeAmerica – NewYork-Presbyterian Queens, Flushing, NY\n"
    )
    entries = usce_entries(split_sections(text), TODAY)
    assert [(e["type"], e["state"], e["start"]) for e in entries] == [("hands_on", "TX", "2019-08")]
    # a rotation still counts under its own heading even with no type word on its line
    rotation = "US CLINICAL EXPERIENCE\nJan 2024 - Mar 2024  Cardiology, Mayo Clinic, MN"
    kept = usce_entries(split_sections(rotation), TODAY)
    assert [(e["state"], e["start"]) for e in kept] == [("MN", "2024-01")]


def test_french_headings_of_rotations_and_objectives() -> None:
    assert heading_kind("STAGE D'OBSERVATION (ÉTATS-UNIS)") == (USCE, True)
    assert heading_kind("Stage d'observation (États-Unis)") == (USCE, True)
    assert heading_kind("EXPÉRIENCE PROFESSIONNELLE") == (WORK, False)
    assert heading_kind("PROJET PROFESSIONNEL") == (INTERESTS, False)
    assert entry_type("Stage d'observation – Service de Neurologie — Mount Sinai Hospital, New York") == "observership"
    profile = read("holdout21", "w65_009_rtf_french.rtf")
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]] == [
        ("observership", "NY", "2024-09", "2024-10")
    ]


def test_french_and_turkish_language_names_and_turkish_ongoing() -> None:
    assert [canonical_language(x) for x in ("Italien (intermédiaire)", "Allemand", "Russe", "Turc")] == [
        "Italian",
        "German",
        "Russian",
        "Turkish",
    ]
    assert [canonical_language(x) for x in ("İngilizce (C1)", "Almanca (A2)", "Arapça")] == [
        "English",
        "German",
        "Arabic",
    ]
    (ongoing,) = find_ranges("2024.09 – devam ediyor (ongoing) | Research Fellow")
    assert ongoing.ongoing
    assert ongoing.start == (2024, 9)


def test_a_french_talk_or_poster_is_not_a_paper() -> None:
    sections = split_sections(
        "PUBLICATIONS\n- Communication orale : Grossesse et lupus, Journées Tunisiennes 2025.\n"
        "- Communication affichée : AVC du sujet jeune, Congrès 2022.\n"
        "- El Idrissi Y, et al. Sclérose en plaques au Maroc. Rev Neurol (Paris). 2023;179(5):412-8.\n"
    )
    assert publications(sections) == 1


def test_a_cv_title_with_a_double_dash_and_british_diplomas_after_the_name() -> None:
    assert clean_name("CURRICULUM VITAE -- Bethlehem Tesfaye Alemu, MD") == "Bethlehem Tesfaye Alemu"
    assert clean_name("Dr Mohamed Ali Elmabrouk MBBCh MRCA") == "Mohamed Ali Elmabrouk"
    assert clean_name("Dr. Abdulrahman Bader Al-Mutairi, BM BCh") == "Abdulrahman Bader Al-Mutairi"
    assert read("holdout21", "w65_008_docx_headerfooter.docx")["full_name"] == "Abdulrahman Bader Al-Mutairi"


def test_a_spouses_h1b_is_not_the_applicants_visa() -> None:
    assert visa_status("H-4 dependent with valid EAD (spouse of H-1B)") is None
    assert visa_status("H-4 EAD (work authorized; spouse on H-1B)") is None
    assert visa_status("H-1B visa holder") == "h1b"


def test_a_months_year_wrapped_alone_and_a_state_glued_to_a_month() -> None:
    wrapped = join_wrapped_ranges("Observership, Internal Medicine, Houston Methodist, Houston, TX May\n2026")
    assert wrapped == "Observership, Internal Medicine, Houston Methodist, Houston, TX May 2026"
    assert join_wrapped_ranges("I may\n2026") == "I may\n2026"  # a verb, not a month
    glued = join_wrapped_ranges("Observership — Neurology, Cleveland Clinic, Cleveland, OHJul 2026 – Aug 2026")
    assert spans(glued) == [((2026, 7), (2026, 8))]
    profile = extract_profile(
        "US CLINICAL EXPERIENCE\nObservership — Neurology, Cleveland Clinic, Cleveland, OHJul 2026 – Aug\n2026\n",
        TODAY,
    )
    assert [(e["state"], e["start"], e["end"]) for e in profile["usce_entries"]] == [("OH", "2026-07", "2026-08")]


def test_a_season_with_one_month_in_brackets() -> None:
    assert spans("Summer 2021 (June)  Sub-internship – Emergency Medicine") == [((2021, 6), (2021, 6))]
    assert spans("Summer 2024 (June–July)") == [((2024, 6), (2024, 7))]
    assert spans("Summer 2022") == [((2022, 6), (2022, 8))]
