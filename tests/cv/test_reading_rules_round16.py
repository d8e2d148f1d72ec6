"""Reading rules from issue 12's sixteenth round (holdout16 tuned on: Europe and the Mediterranean, heavy US
experience written every way, South/Southeast Asian, Caribbean and African CVs from real tools)."""

from __future__ import annotations

from datetime import date

from include.cv.dates import find_ranges, join_wrapped_ranges
from include.cv.education import education
from include.cv.identity import name
from include.cv.places import place_country
from include.cv.profile import languages, publications, specialties
from include.cv.sections import INTERESTS, LANGUAGES, PERSONAL, PUBLICATIONS, USCE, heading_kind, split_sections
from include.cv.usce import entry_type, find_state, split_entries
from tests.cv.corpus_files import entries

TODAY = date(2026, 12, 1)


def test_names_labelled_in_the_applicants_language_or_europass() -> None:
    def read(text: str) -> str | None:
        found = name(split_sections(text), None)
        return found.value if found else None

    assert read("Curriculum Vitae\nImię i nazwisko / Name | Łukasz Wiśniewski | [ photo ]\n") == "Łukasz Wiśniewski"
    assert read("CURRICULUM VITAE\nNume: Ioana-Cristina Dumitrescu\nData nașterii: 22.02.2001\n") == (
        "Ioana-Cristina Dumitrescu"
    )
    europass = "Personal information\nFirst name(s) / Surname(s) Giulia Esposito\nNationality Italian\nSex Female\n"
    assert read(europass) == "Giulia Esposito"


def test_headings_of_europass_and_plain_text_cvs() -> None:
    assert heading_kind("Personal Data") == (PERSONAL, False)
    assert heading_kind("INFORMAZIONI PERSONALI") == (PERSONAL, False)
    assert heading_kind("Publications (PubMed-indexed)") == (PUBLICATIONS, False)
    assert heading_kind("PUBS:") == (PUBLICATIONS, False)
    assert heading_kind("Mother tongue(s)") == (LANGUAGES, False)
    assert heading_kind("Data") is None
    assert heading_kind("Mother tongue(s): Romanian") is None  # a label with its value
    sections = split_sections("A B\nCLINICAL ROTATIONS\nIN THE UNITED STATES\n05/2024 – 06/2024\n")
    assert (sections[-1].kind, sections[-1].us, sections[-1].heading) == (
        USCE,
        True,
        "CLINICAL ROTATIONS IN THE UNITED STATES",
    )
    assert specialties(split_sections("A B\nDesired employment /\nResidency position (PGY-1) in Internal Medicine\n"))
    assert heading_kind("Desired employment /") == (INTERESTS, False)


def test_dates_led_entries_with_a_now_word_in_polish_and_from_to_cells() -> None:
    text = (
        "Professional experience\n10.2025 – obecnie (current)\n\nRezydent, Anestezjologia\nSzpital Bielański\n"
        "\n\n04.2025 – 09.2025\n\nResearch fellow, Pulmonary & Critical Care\nMayo Clinic, Rochester, MN, USA\n\n\n"
        "01.2025 – 02.2025\n\nExternship (hands-on), Anesthesiology\nCleveland Clinic, Cleveland, OH, USA\n"
    )
    assert entries(text) == [("research", "MN", "2025-04", "2025-09"), ("hands_on", "OH", "2025-01", "2025-02")]
    table = (
        "Clinical and Research Experience\nFrom   To   Role   Institution / Location\n\n"
        "04/2024   06/2024   Surgical Observership, General Surgery   Vanderbilt University Medical Center, Nashville, "
        "Tennessee\n"
    )
    assert entries(table) == [("observership", "TN", "2024-04", "2024-06")]
    assert [(r.start, r.end) for r in find_ranges("2019   2021   Resident")] == []


def test_arrows_glued_months_and_a_range_start_wrapped_after_its_month() -> None:
    assert [(r.start, r.end) for r in find_ranges("Brooklyn NY -- 2024-01 -> 2024-02")] == [((2024, 1), (2024, 2))]
    assert find_state("Hands-on elective, The Brookdale Hospital Medical Center, Brooklyn NY -- 2024-01") == "NY"
    assert "Internal Medicine Nov 2024 - Jan 2025" in join_wrapped_ranges("Internal MedicineNov 2024 – Jan 2025")
    assert join_wrapped_ranges("Research Fellow, Department of Radiology Mar\n2023 – present\nStanford").startswith(
        "Research Fellow, Department of Radiology Mar 2023 - present\n"
    )


def test_entries_whose_titles_or_dates_wrap_keep_their_own_place() -> None:
    block = [
        "Clinical Externship (hands-on) — Family",
        "Medicine   02/2023 – 04/2023",
        "Hackensack Meridian Family Practice, Edison, NJ",
        "Clinical Observership — Psychiatry 03/2023 –",
        "05/2023",
        "Elmhurst Hospital Center, Queens, NY",
        "Inpatient Clinical Rotation — Internal Medicine",
        "09/2023",
        "Temple University Hospital, Philadelphia, PA",
    ]
    got = split_entries(join_wrapped_ranges("\n".join(block)).split("\n"))
    assert [entry[-1] for entry in got] == [block[2], block[5], block[8]]
    wrapped = (
        "EXPERIENCE\nClinical Fellow (Care of the Elderly), Salford\nRoyal NHS Foundation Trust — Aug 2020 –\npresent\n"
        "Observership, Internal Medicine\nBeaumont Hospital, Royal Oak, MI\nJune – July 2022\n"
    )
    assert entries(wrapped) == [("observership", "MI", "2022-06", "2022-07")]
    # the blank line after a wrapped end stays: it parts the entries of a dates-first table
    assert join_wrapped_ranges("Oct 2022 –\ncurrent\n\nSaudi Board Resident") == (
        "Oct 2022 - current\n\nSaudi Board Resident"
    )
    assert entry_type("Observership, Nephrology & Dialysis (overlaps one month with externship)") == "observership"
    assert entry_type("Elective, Internal Medicine (virtual)") == "telehealth"


def test_education_under_dates_above_each_entry_and_italian_degrees() -> None:
    text = (
        "A B\nISTRUZIONE E FORMAZIONE / EDUCATION AND TRAINING\n09/2021 – in corso (expected 07/2027)\n\n"
        "Corso di Laurea Magistrale a ciclo unico in Medicina e Chirurgia (6th year)\n"
        "Alma Mater Studiorum — University of Bologna, Italy\n\n2015 – 2020\n\nDiploma di Liceo Scientifico\n"
    )
    got = education(split_sections(text), TODAY)
    assert (got.medical_school, got.medical_school_country, got.graduation_year, got.is_student) == (
        "University of Bologna",
        "IT",
        2027,
        True,
    )
    romania = (
        "A B\nEducation\n2021 – 2027 (expected)  Faculty of Medicine, 6th year student\n"
        '"Carol Davila" University of Medicine and Pharmacy, Bucharest, Romania\n'
    )
    assert '"Carol Davila" University of Medicine and Pharmacy' in (
        education(split_sections(romania), TODAY).medical_school or ""
    )
    assert [place_country(f"The University of the West Indies, {c}") for c in ("Mona", "St. Augustine")] == ["JM", "TT"]


def test_languages_papers_and_stated_counts() -> None:
    assert languages(split_sections("A B\nLANGUAGES SPOKEN\nNepali, English, Hindi, Magar\n")) == [
        "Nepali",
        "English",
        "Hindi",
        "Magar",
    ]
    assert languages(split_sections("A B\nLangues\nArabe (langue maternelle), Français, Anglais\n"))[0] == "Arabic"
    assert languages(split_sections("A B\nMother tongue(s)\nItalian\nOther language(s)\nEnglish C1\n")) == [
        "Italian",
        "English",
    ]
    text = "A B\nPublications\n3 peer-reviewed (World J Surg 2025; Ethiop Med J 2022); 2 posters (ACS 2024)\n"
    assert publications(split_sections(text)) == 3
    assert publications(split_sections("A B\nPUBS:\n2 peer-reviewed: Turk J Anaesth 2023; J Crit Care 2025.\n")) == 2


def test_every_month_word_has_its_month() -> None:
    # "mars–avril 2024" crashed a French CV's profile (KeyError 'avr'): each month word the patterns accept maps.
    spanish = "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
    portuguese = "janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro fev mai out dez"
    french = "janvier janv février févr fevr mars avril avr juin juillet juil août aout septembre octobre décembre déc"
    english = "january february march april may june july august september sept october november december"
    words = f"{spanish} ene abr ago dic {portuguese} set {french} {english}".split()
    months = [r.start[1] for w in words for r in find_ranges(f"{w} - {w} 2024")]
    assert len(months) == len(words)
    assert all(1 <= m <= 12 for m in months)
    assert [(r.start, r.end) for r in find_ranges("— mars–avril 2024")] == [((2024, 3), (2024, 4))]
