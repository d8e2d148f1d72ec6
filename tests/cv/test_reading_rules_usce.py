"""USCE and "other" field reading rules, each on a small made-up case (bilingual headings, table cells, ...)."""

from __future__ import annotations

from datetime import date

from include.cv.dates import find_ranges
from include.cv.extract import unquoted
from include.cv.layout import TextLine
from include.cv.profile import extract_profile
from include.cv.sections import (
    EDUCATION,
    EXAMS,
    INTERESTS,
    LANGUAGES,
    PUBLICATIONS,
    RESEARCH,
    USCE,
    WORK,
    heading_kind,
    loose_heading_kind,
)
from include.cv.usce import entry_type, find_state, split_entries

TODAY = date(2026, 12, 1)


def test_a_bilingual_heading_is_read_from_either_half() -> None:
    assert heading_kind("Experiencia clínica en EE. UU. / U.S. Clinical Experience") == (USCE, True)
    assert heading_kind("Experiencia profesional / Professional Experience") == (WORK, False)
    assert heading_kind("Idiomas / Languages") == (LANGUAGES, False)
    assert heading_kind("ECFMG / VISA") == (EXAMS, False)
    assert heading_kind("Observed rounds / took notes daily") is None


def test_a_heading_with_its_english_in_brackets_is_read_from_the_english() -> None:
    assert heading_kind("Experiência Clínica nos EUA (US Clinical Experience)") == (USCE, True)
    assert heading_kind("Formação (Education)") == (EDUCATION, False)
    assert heading_kind("Idiomas (Languages)") == (LANGUAGES, False)
    assert heading_kind("Rotaciones en EE. UU. (US Rotations)") == (USCE, True)
    assert heading_kind("Cardiology (Observership)") is None  # an entry's title in English
    assert heading_kind("Internal Medicine (Hands-on)") is None


def test_a_heading_that_names_the_us_to_exclude_it_is_not_us() -> None:
    assert loose_heading_kind("CLINICAL EXPERIENCE (OUTSIDE THE U.S.)") == (USCE, False)
    assert heading_kind("CLINICAL EXPERIENCE (U.S.)") == (USCE, True)


def test_spanish_month_names_and_actualidad() -> None:
    (r,) = find_ranges("Observador clínico   enero 2024 – marzo 2024")
    assert r.months(TODAY) == ((2024, 1), (2024, 3))
    (r,) = find_ranges("septiembre 2025 - actualidad")
    assert r.months(TODAY) == ((2025, 9), (2026, 12))


def test_dates_in_a_cell_of_their_own_lead_the_entry_after_them() -> None:
    lines = ["09/2024 – 11/2024", "", "Externship, Surgery", "Mercy Hospital, Dayton, OH", "", "12/2024", "",
             "Observership, Neurology", "Mount Hope Clinic, Reno, NV"]  # fmt: skip
    assert split_entries(lines) == [lines[0:1] + lines[2:4], lines[5:6] + lines[7:9]]
    profile = extract_profile("Ana Ruiz\n\nUS CLINICAL EXPERIENCE\n" + "\n".join(lines), TODAY)
    got = {(e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]}
    assert got == {("hands_on", "OH", "2024-09", "2024-11"), ("observership", "NV", "2024-12", "2024-12")}


def test_an_objective_names_the_specialty_before_its_cue_word() -> None:
    text = "Ana Ruiz\n\nCAREER OBJECTIVE\nNeurology applicant with a research record.\n"
    assert extract_profile(text, TODAY)["specialties"] == ["Neurology"]
    text = "Ana Ruiz\n\nObjective\nInternal Medicine \u2192 Nephrology. Enjoys teaching.\n"
    assert extract_profile(text, TODAY)["specialties"] == ["Internal Medicine", "Nephrology"]
    # Outside an objective, a past rotation's specialty is not a pursued one.
    text = "Ana Ruiz\n\nVolunteer Work\nNeurology residency clinic volunteer.\n"
    assert extract_profile(text, TODAY)["specialties"] == []


def test_a_statement_and_career_goals_heading_is_read_for_specialties() -> None:
    text = "Ana Ruiz\n\nResearch Statement & Career Goals\nApplying to Pediatrics, future Neonatology fellowship.\n"
    assert "Pediatrics" in extract_profile(text, TODAY)["specialties"]


def test_a_line_saying_there_are_no_papers_is_not_a_paper() -> None:
    for none in ("Peer-reviewed publications: none to date (posters below).", "Ninguna / None",
                 "No peer-reviewed publications yet.", "Peer-reviewed | None (see posters)"):  # fmt: skip
        assert extract_profile(f"Ana Ruiz\n\nPUBLICATIONS\n{none}\n", TODAY)["publications"] == 0
    text = "Ana Ruiz\n\nPUBLICATIONS\n- Ruiz A. Sepsis in adults. J Crit Care. 2023;1:1-5.\n"
    assert extract_profile(text, TODAY)["publications"] == 1


def test_a_hyphenated_extra_curricular_heading_ends_the_publications() -> None:
    text = "Ana Ruiz\n\nPUBLICATIONS\nNil\nEXTRA-CURRICULAR ACTIVITIES\nFree medical camp volunteer.\n"
    assert extract_profile(text, TODAY)["publications"] == 0


def test_two_months_sharing_a_two_digit_year() -> None:
    (r,) = find_ranges("Jan-Mar '25   Externship - Surgery")
    assert r.months(TODAY) == ((2025, 1), (2025, 3))


def test_a_bulleted_entry_carries_its_own_type() -> None:
    text = (
        "Ana Ruiz\n\nCLINICAL EXPERIENCE\n• House Officer, City Hospital, Lima (2021 – 2022)\n"
        "• Hands-on Externship, Surgery, Mercy Hospital\n   Center, Dayton, OH (Aug 2024 - Oct 2024)\n"
    )
    got = [(e["type"], e["state"], e["start"], e["end"]) for e in extract_profile(text, TODAY)["usce_entries"]]
    assert got == [("hands_on", "OH", "2024-08", "2024-10")]


def test_a_margin_place_read_as_a_column_stays_in_its_section() -> None:
    from include.cv.layout import TextLine
    from include.cv.sections import RESEARCH, split_sections

    lines = [
        TextLine("Ana Ruiz", top=0.05),
        TextLine("Research Experience", top=0.40, bold=True),
        TextLine("2015 – 2021", top=0.22, column_start=True),  # an education date read out of place
        TextLine("Research Fellow, Neonatology   September 2024 – present", top=0.43),
        TextLine("Mercy Children's Hospital", top=0.445, column_start=True),
        TextLine("Aurora, CO", top=0.447, column_start=True),  # the right margin beside the hospital
    ]
    sections = split_sections(lines)
    assert [s.kind for s in sections] == ["header", RESEARCH]
    assert sections[1].lines[-1] == "Aurora, CO"
    # A sidebar that starts far above where the main column ended still opens a section of its own.
    sidebar = [*lines, TextLine("ana@example.org", top=0.08, column_start=True)]
    assert split_sections(sidebar)[-1].lines == ["ana@example.org"]


def test_under_dated_titles_an_undated_block_goes_on_the_entry_above() -> None:
    lines = ["Research Fellow, Neonatology   September 2024 – present", "", "Mercy Children's Hospital",
             "• Cohort study", "", "Aurora, CO", "",
             "Visiting Student — Pediatrics Clerkship   February 2020 – March 2020", "",
             "Lakeside Children's Hospital", "", "Houston, TX"]  # fmt: skip
    profile = extract_profile("Ana Ruiz\n\nCLINICAL & RESEARCH EXPERIENCE\n" + "\n".join(lines), TODAY)
    got = {(e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]}
    assert got == {("research", "CO", "2024-09", "2026-12"), ("hands_on", "TX", "2020-02", "2020-03")}
    # A sub-heading naming the US heads the entries below it, not the one above.
    lines = ["Resident, Surgery   Aug 2018 – Jul 2021", "City Hospital — Lima, Peru", "",
             "Research & Clinical Experience in the United States", "",
             "Observer, Surgery   Oct 2025 – Nov 2025", "Bayview Medical Center — Boston, MA"]  # fmt: skip
    profile = extract_profile("Ana Ruiz\n\nCLINICAL EXPERIENCE\n" + "\n".join(lines), TODAY)
    assert [(e["state"], e["start"]) for e in profile["usce_entries"]] == [("MA", "2025-10")]


def test_a_range_whose_end_wrapped_onto_a_line_of_its_own_keeps_the_entry_whole() -> None:
    lines = ["July 2025–   Sub-Internship, Emergency Medicine (hands-on)", "August 2025",
             "Harbor University Hospital, Camden, NJ", "September 2025   Clinical Clerkship, Internal Medicine",
             "Elm City Hospital, Queens, NY"]  # fmt: skip
    profile = extract_profile("Ana Ruiz\n\nEXPERIENCE\n" + "\n".join(lines), TODAY)
    got = {(e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]}
    assert got == {("hands_on", "NJ", "2025-07", "2025-08"), ("hands_on", "NY", "2025-09", "2025-09")}


def test_numeric_dates_of_a_range_are_read_day_first_when_one_of_them_can_only_be() -> None:
    (r,) = find_ranges("01-03-2024 to 30-05-2024: Observership in Nephrology")
    assert r.months(TODAY) == ((2024, 3), (2024, 5))
    (r,) = find_ranges("01/09/2024 – 30/11/2024 – Houston, United States")
    assert r.months(TODAY) == ((2024, 9), (2024, 11))
    (r,) = find_ranges("03/01/2024 - 05/30/2024")  # US order stays US order
    assert r.months(TODAY) == ((2024, 3), (2024, 5))


def test_a_stated_number_of_papers_is_the_count() -> None:
    text = ("Ana Ruiz\n\nPUBLICATIONS\n7 peer-reviewed papers (list available on request), e.g. Ruiz A, et al.\n"
            "Lupus nephritis outcomes. Lupus. 2022.\n")  # fmt: skip
    assert extract_profile(text, TODAY)["publications"] == 7
    text = "Ana Ruiz\n\nPublications\n12 posters and 2 papers in preparation\n"
    assert extract_profile(text, TODAY)["publications"] == 0


def test_a_list_heading_in_capitals_ends_the_papers_above_it() -> None:
    text = ("Ana Ruiz\n\nPUBLICATIONS\nRuiz A, et al. Typhoid perforation outcomes. Ethiop Med J. 2021.\n"
            "Ruiz A, Alemu G. Surgical site infection audit. East Afr J Surg. 2022.\n\nSURGICAL SKILLS\n\n"
            "• Laparotomy\n• Appendectomy\n• Thyroidectomy\n")  # fmt: skip
    assert extract_profile(text, TODAY)["publications"] == 2


def test_an_ecfmg_certificate_with_its_year_or_number_is_certified() -> None:
    from include.cv.exams import ecfmg

    assert ecfmg(["ECFMG certification — 2020"]) == "certified"
    assert ecfmg(["ECFMG certificate #0-912-345-6"]) == "certified"
    assert ecfmg(["ECFMG Certi fi ed"]) == "certified"  # a ligature the PDF gave as three words
    assert ecfmg(["ECFMG ID: 0-123-456-7"]) is None
    assert ecfmg(["ECFMG certification   2022", "Pending"]) == "pending"


def test_spanish_portuguese_and_french_headings_open_their_sections() -> None:
    assert heading_kind("Experiencia clínica en EE. UU.") == (USCE, True)
    assert heading_kind("Expérience clinique aux États-Unis") == (USCE, True)
    assert heading_kind("Formación académica") == (EDUCATION, False)
    assert heading_kind("Exámenes") == (EXAMS, False)
    assert heading_kind("Línguas") == (LANGUAGES, False)
    assert heading_kind("Experiência Profissional") == (WORK, False)
    assert heading_kind("Medicina de Urgencias") is None  # a specialty, not a heading
    assert loose_heading_kind("Experiencia clínica en México") == (USCE, False)


def test_rotation_types_in_spanish_portuguese_and_french() -> None:
    assert entry_type("Observador, Medicina de Urgencias") == "observership"
    assert entry_type("Rotação prática, Pediatria") == "hands_on"
    assert entry_type("Stage clinique, Cardiologie") == "hands_on"
    assert entry_type("Investigación clínica") == "research"


def test_entries_under_another_country_or_naming_it_on_a_line_of_their_own_are_not_usce() -> None:
    text = "\n".join([
        "Ana Ruiz", "", "US CLINICAL EXPERIENCE",
        "Observership, Anesthesiology – Methodist Hospital, San Antonio, TX   08/2024", "",
        "TURKISH EXPERIENCE", "Pathology resident   2021.07 – 2022.08", "Hacettepe University Hospitals", "",
        "Experiencia en México / Experience in Mexico", "ago 2022 – jul 2023   Servicio social, Nuevo León", "",
    ])  # fmt: skip
    profile = extract_profile(text, TODAY)
    assert [(e["state"], e["start"]) for e in profile["usce_entries"]] == [("TX", "2024-08")]
    assert profile["usce_months"] == 1
    lines = ["Pediatric Resident – Abou El Reesh Children's Hospital, Cairo University", "Egypt   Mar 2023 – present"]
    profile = extract_profile("Nour Aziz\n\nUS CLINICAL EXPERIENCE\n" + "\n".join(lines), TODAY)
    assert profile["usce_entries"] == []
    assert profile["usce_months"] == 0


def test_a_title_under_the_name_naming_degrees_and_specialties_gives_the_specialties_pursued() -> None:
    header = "Zainab Al-Jubouri\nM.B.Ch.B. — Internal Medicine / Nephrology\nzainab@example.org\n\n"
    profile = extract_profile(header + "EDUCATION\nUniversity of Baghdad, 2022", TODAY)
    assert profile["specialties"] == ["Internal Medicine", "Nephrology"]
    # A post and its department under the name is the applicant's job, not what they pursue.
    profile = extract_profile("Omar Said\nResident, Internal Medicine\n\nEDUCATION\nCairo University, 2020", TODAY)
    assert profile["specialties"] == []


def test_a_specialty_joined_to_bound_or_focused_is_pursued() -> None:
    text = "Nusrat Jahan\n\nPROFILE\nPediatrics-focused graduate of Dhaka Medical College preparing for Step 2."
    assert extract_profile(text, TODAY)["specialties"] == ["Pediatrics"]


def test_a_status_beside_other_personal_details_is_read_from_its_own_clause() -> None:
    text = "María Pérez\nUS Permanent Resident (Green Card holder) · DOB: 1991\n\nEDUCATION\nUCV, Caracas, 2016"
    assert extract_profile(text, TODAY)["visa_status"] == "green_card"


def test_a_rotations_table_without_commas_gives_each_row_its_state() -> None:
    rows = [
        "Dates   Site   City, State   Type",
        "01/2024 – 02/2024   Jackson Memorial Hospital — OB/GYN   Miami FL   Hands-on",
        "09/2024 – 02/2025   Johns Hopkins Hospital — Maternal-Fetal Medicine   Baltimore MD   Research",
    ]
    profile = extract_profile("Abena Owusu\n\nCLINICAL ROTATIONS\n" + "\n".join(rows), TODAY)
    got = [(e["type"], e["state"], e["start"]) for e in profile["usce_entries"]]
    assert got == [("hands_on", "FL", "2024-01"), ("research", "MD", "2024-09")]


def test_a_cv_forwarded_as_a_quoted_e_mail_is_read_without_the_quote_marks() -> None:
    text = "\n".join([
        "From: Omar Al-Khatib <omar.agency@example.com>", "", "Please find my sister's CV below.", "",
        "> CV - Dr. Lina Al-Khatib, MD", "> Email: lina.k@example.org", ">", "> CLINICAL EXPERIENCE",
        ">   Mar 2025: Observership - Psychiatry", ">       Zucker Hillside Hospital, Glen Oaks, NY", ">",
        "> LANGUAGES", ">   Arabic, English",
    ])  # fmt: skip
    profile = extract_profile(unquoted(text), TODAY)
    assert profile["full_name"] == "Lina Al-Khatib"
    assert [(e["type"], e["state"]) for e in profile["usce_entries"]] == [("observership", "NY")]


def test_portuguese_and_french_months_and_ongoing_words() -> None:
    (r,) = find_ranges("Cincinnati, OH   jan/2026 - fev/2026")
    assert r.months(TODAY) == ((2026, 1), (2026, 2))
    (r,) = find_ranges("Jackson Memorial Hospital, Miami, FL - janv. 2025 - févr. 2025")
    assert r.months(TODAY) == ((2025, 1), (2025, 2))
    (r,) = find_ranges("juin 2024 - juillet 2024")  # "jui" starts both
    assert r.months(TODAY) == ((2024, 6), (2024, 7))
    (r,) = find_ranges("HC-FMUSP   jan/2025 - atual")
    assert r.months(TODAY) == ((2025, 1), (2026, 12))
    (r,) = find_ranges("Hôpital (HUEH) - 2020 - en cours")
    assert r.months(TODAY) == ((2020, 1), (2026, 12))


def test_a_paper_count_stated_in_words_is_the_count() -> None:
    text = "Elif Nur\n\nPUBLICATIONS\nFive peer-reviewed articles (Mod Pathol 2023; Histopathology 2024).\nPosters (3)."
    assert extract_profile(text, TODAY)["publications"] == 5


def test_a_line_set_like_the_known_headings_ends_the_section_above_whatever_its_words() -> None:
    def heading(text: str) -> TextLine:
        return TextLine(text, size=13.0, bold=True)

    lines = [
        TextLine("Omar Said", size=20.0, bold=True),
        heading("Education"),
        TextLine("MBBS, University of Baghdad, 2020", size=10.0),
        heading("US Clinical Experience"),
        TextLine("Observership, Nephrology, Cleveland Clinic, Cleveland, OH   02/2025", size=10.0),
        heading("Work Status"),
        TextLine("H-1B visa holder (research scholar, University of Michigan)", size=10.0),
        heading("Languages"),
        TextLine("Arabic, English", size=10.0),
    ]
    profile = extract_profile(lines, TODAY)
    assert [(e["type"], e["state"]) for e in profile["usce_entries"]] == [("observership", "OH")]
    assert profile["visa_status"] == "h1b"


def test_an_arrow_between_two_dates_is_a_range() -> None:
    (r,) = find_ranges("Harborview Medical Center, Seattle, WA - 2025-06 → 2025-07")
    assert r.months(TODAY) == ((2025, 6), (2025, 7))


def test_la_after_los_angeles_is_the_city_not_louisiana() -> None:
    line = "• Observership – Pediatrics – Children's Hospital Los Angeles, LA – 01/2025–02/2025"
    (entry,) = extract_profile("Ana Ruiz\n\nUS CLINICAL EXPERIENCE\n" + line, TODAY)["usce_entries"]
    assert entry["state"] == "CA"


def test_headings_boxed_in_plain_text_and_year_first_months() -> None:
    text = "\n".join([
        "Kwame Mensah", "", "+------------------------+", "| US CLINICAL EXPERIENCE |", "+------------------------+",
        "Oct 2024 - Dec 2024     Externship (hands-on) | Family Medicine",
        "                        MedStar Franklin Square, Baltimore, Maryland",
        "2024 Mar - 2024 Apr     Observer | Pulmonology",
        "                        Montefiore Medical Center, Bronx, NY",
        "#### LANGUAGES ####", "English, Twi",
    ])  # fmt: skip
    profile = extract_profile(text, TODAY)
    got = [(e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]]
    assert got == [("hands_on", "MD", "2024-10", "2024-12"), ("observership", "NY", "2024-03", "2024-04")]
    assert profile["languages"] == ["English", "Twi"]


def test_a_well_known_us_hospital_places_an_entry_without_a_state() -> None:
    """Template CVs name the hospital alone, or its city on the next line; a campus abroad is no US place."""
    text = (
        "EXPERIENCE\n"
        "Jun 2025 - present   Research Fellow (Pediatrics)\nJohns Hopkins Hospital - Department of Pediatrics\n\n"
        "Observership, Neurology   Jul 2024\nMayo Clinic, Rochester\n\n"
        "Observership - Internal Medicine - Cleveland Clinic, Cleveland\nMar 2024 - Apr 2024\n\n"
        "Observership - Cardiology, Mount Sinai, NYC   06/2024-08/2024\n\n"
        "Clinical Fellow, Internal Medicine   2022 - 2023\nCleveland Clinic Abu Dhabi, UAE\n"
    )
    entries = extract_profile(text, TODAY)["usce_entries"]
    assert [(e["state"], e["start"]) for e in entries] == [
        ("MD", "2025-06"),
        ("MN", "2024-07"),
        ("OH", "2024-03"),
        ("NY", "2024-06"),
    ]
    assert find_state("Mayo Clinic Jacksonville") == "FL"
    assert find_state("Mayo Clinic Arizona") == "AZ"
    assert find_state("Cleveland Clinic Abu Dhabi") is None


def test_an_about_paragraph_gives_the_languages_and_the_status_it_states() -> None:
    text = (
        "Jasmine Okafor\n\nEducation\nMD, All Saints University, Dominica, 2027\n\nAbout\n"
        "U.S. citizen. Languages: English, Igbo. Interested in Obstetrics and Gynecology.\n"
    )
    profile = extract_profile(text, TODAY)
    assert heading_kind("About me") == heading_kind("ABOUT") == (INTERESTS, False)
    assert profile["languages"] == ["English", "Igbo"]
    assert profile["visa_status"] == "citizen"


def test_headings_ruled_to_the_margin_in_other_languages_or_naming_a_continent() -> None:
    ruled = "-=[ USCE ]=" + "-" * 70
    assert len(ruled) > 80
    assert heading_kind(ruled) == (USCE, True)
    assert heading_kind("-=[ PUBLICATIONS (peer-reviewed: 5) ]=" + "-" * 40) == ("publications", False)
    assert heading_kind("-=[ SPECIALTY INTEREST ]=-----") == (INTERESTS, False)
    assert heading_kind("Experiência nos Estados Unidos") == (USCE, True)
    assert loose_heading_kind("Clinical Experience (North America)") == (USCE, False)  # Canada too: not the US


def test_dates_alone_on_a_line_close_the_entry_after_one_dated_on_its_title_line() -> None:
    lines = [
        "Senior Resident, Dept. of Nephrology, AIIMS New Delhi — Jul 2019 – Jun 2022",
        "Observership — Nephrology, Cleveland Clinic",
        "Cleveland, OH",
        "March–May 2025",
    ]
    assert split_entries(lines) == [lines[:1], lines[1:]]
    text = "Rafael Lima\n\nClinical Experience\n" + "\n".join(lines) + "\n"
    entries = extract_profile(text, TODAY)["usce_entries"]
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in entries] == [
        ("observership", "OH", "2025-03", "2025-05")
    ]


def test_a_date_cell_run_into_its_entry_is_read_apart() -> None:
    # Europass through LibreOffice: the date column's text runs into the entry's title with no space.
    text = (
        "Wanjiru Kamau\n\nWORK EXPERIENCE\n"
        "Jan 2024 – Feb 2024US Telehealth Clinical Rotation, Family Medicine — AdventHealth, Orlando, FL\n"
        "2022 – presentMedical Officer — Kenyatta National Hospital, Nairobi, Kenya\n"
    )
    entries = extract_profile(text, TODAY)["usce_entries"]
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in entries] == [
        ("telehealth", "FL", "2024-01", "2024-02")
    ]


def test_a_rotation_named_by_its_specialty_is_clinical_and_a_postdoc_is_research() -> None:
    assert entry_type("Emergency Medicine Rotation — University Medical Center of El Paso, TX") == "hands_on"
    assert entry_type("Observer rotation, Cardiology") == "observership"  # the observer word decides
    assert entry_type("Postdoctoral Scholar, Division of Gastroenterology") == "research"
    assert entry_type("Telehealth rotation, Internal Medicine") == "telehealth"


def _months(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [r.months(TODAY) for r in find_ranges(text)]


def test_spanish_month_abbreviations_seasons_and_actual_are_read() -> None:
    assert _months("Ago. 2016 – Jul. 2023") == [((2016, 8), (2023, 7))]
    assert _months("Ene. 2021 – Dic. 2021") == [((2021, 1), (2021, 12))]
    assert _months("mar. 2024 – abr. 2024") == [((2024, 3), (2024, 4))]
    assert _months("09/2025 – actual") == [((2025, 9), (2026, 12))]
    assert _months("Verano 2024") == [((2024, 6), (2024, 8))]  # a US rotation's summer
    assert _months("verão de 2023") == [((2023, 6), (2023, 8))]
    assert _months("two years ago 2024") == []


def test_a_line_with_its_own_range_is_no_wrapped_end_of_the_line_above() -> None:
    cv = (
        "Ana Ruiz\nana@example.org\n\nUS Clinical Experience\n"
        "Oct 2024 — Observership, Psychiatry — Maimonides Medical Center, Brooklyn, NY\n"
        "Jan 2025 – Mar 2025 — Tele-psychiatry rotation (virtual), outpatient practice, Southfield, MI\n"
    )
    entries = extract_profile(cv, TODAY)["usce_entries"]
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in entries] == [
        ("observership", "NY", "2024-10", "2024-10"),
        ("telehealth", "MI", "2025-01", "2025-03"),
    ]


def test_a_state_code_that_opens_a_facilitys_name_is_no_state() -> None:
    assert find_state("Observer, Psychiatry, UT Southwestern Medical Center, Dallas, TX") == "TX"  # not Utah
    assert find_state("Boston, MA (2024)") == "MA"
    assert find_state("Rochester, MN USA") == "MN"
    assert find_state("Edison, NJ Tele-medicine Externship") == "NJ"  # a table's next cell after one space


def test_a_us_and_international_heading_does_not_make_every_entry_american() -> None:
    assert heading_kind("U.S. AND INTERNATIONAL EXPERIENCE") == (USCE, False)
    cv = (
        "Ivan Petrov\nivan@example.org\n\nU.S. AND INTERNATIONAL EXPERIENCE\n"
        "2021-11 - 2023-06   Clinical Research Coordinator, Columbia University Irving Medical Center, New York, NY\n"
        "2020 - 2021   Psychiatrist, Psychiatric Clinical Hospital No. 1, Moscow\n"
    )
    entries = extract_profile(cv, TODAY)["usce_entries"]
    assert [(e["type"], e["state"]) for e in entries] == [("research", "NY")]


def test_headings_with_words_of_time_place_or_position_are_read() -> None:
    assert heading_kind("Recent U.S. Clinical Experience") == (USCE, True)
    assert heading_kind("Medical School Clerkships") == (USCE, False)
    assert heading_kind("Previous Experience") == (WORK, False)
    assert heading_kind("AWAY ROTATIONS (MAINLAND U.S.)") == (USCE, True)
    assert heading_kind("Visiting Student Rotations") == (USCE, False)
    assert heading_kind("Current position") == (WORK, False)
    assert heading_kind("Position Applied For") == (INTERESTS, False)  # sought, not held
    assert heading_kind("services)") is None  # a title's end wrapped out of its bracket


def test_a_place_under_the_dates_belongs_to_the_entry_whose_title_wrapped() -> None:
    lines = [
        "Psychiatry Observership (inpatient & consult",
        "liaison)",
        "06/2024 – 08/2024",
        "UT Health San Antonio San Antonio TX",
        "Virtual Rotation in Telepsychiatry (remote)",
        "feb. 2024 – mar. 2024",
        "Hosted by University of California, San Francisco, CA",
    ]
    assert split_entries(lines) == [lines[:4], lines[4:]]


def test_a_caribbean_core_rotation_is_clinical() -> None:
    assert entry_type("Surgery Core — St. Joseph's University Medical Center, Paterson, NJ") == "hands_on"


def test_a_city_after_a_facilitys_name_places_it() -> None:
    assert find_state("MD Anderson Cancer Center Houston") == "TX"
    assert find_state("Jefferson Health Philadelphia") == "PA"
    assert find_state("Hospital Universitario Toledo") is None  # a name shared with a city abroad is no US city


def test_an_undated_block_after_the_last_dated_title_is_its_place() -> None:
    lines = [
        "Remote Research Trainee   Jan 2022 – Dec 2022",
        "",
        "Dana-Farber Cancer Institute (Harvard Medical",
        "School), Boston — remote",
    ]
    assert split_entries(lines) == [[lines[0], *lines[2:]]]


def test_languages_named_in_spanish_or_portuguese_and_home_languages_are_read() -> None:
    cv = "Ana Souza\n\nIdiomas\n• Português (nativo), Inglês (fluente), Alemán (B2), Francês, Quechua, Runyankole\n"
    assert set(extract_profile(cv, TODAY)["languages"]) == {
        "Portuguese", "English", "German", "French", "Quechua", "Runyankole",
    }  # fmt: skip


def test_a_label_with_its_value_or_a_tables_header_row_is_no_heading() -> None:
    assert heading_kind("Visa / Work Authorization: US Citizen") is None  # read inline, its value kept
    assert extract_profile("Ana Ruiz\n\nVisa / Work Authorization: US Citizen\n", TODAY)["visa_status"] == "citizen"
    assert heading_kind("Position   Contact") is None  # a referees table's header row
    assert heading_kind("Spoken Languages   Skills & Certifications") == (LANGUAGES, False)  # two grid headings


def test_an_item_said_to_be_not_peer_reviewed_is_no_paper() -> None:
    cv = (
        "Sneha Kulkarni\n\nPublications\nKulkarni S, et al. Indian J Radiol Imaging. 2024;34(1):55-62.\n"
        "RSNA 2025 – education exhibit (not peer-reviewed)\n"
    )
    assert extract_profile(cv, TODAY)["publications"] == 1


def test_year_first_full_dates_roman_months_and_day_ranges_are_read() -> None:
    assert _months("2024/09/02 – 2024/10/25") == [((2024, 9), (2024, 10))]  # not September to February
    assert _months("2024-09-02 – 2024-10-25") == [((2024, 9), (2024, 10))]
    assert _months("VII.2025 – VIII.2025") == [((2025, 7), (2025, 8))]
    assert _months("IX.2021 – now") == [((2021, 9), (2026, 12))]
    assert _months("Feb 24 – Apr 4, 2025") == [((2025, 2), (2025, 4))]
    assert _months("Jul 8 – Aug 2, 2024") == [((2024, 7), (2024, 8))]
    assert _months("Jul 8–26, 2024") == [((2024, 7), (2024, 7))]
    assert _months("Step I. 2020") == []  # no Roman month before a space
    assert _months("vi.2024 – vii.2024") == []  # capitals only


def test_long_or_uncommon_headings_are_read() -> None:
    assert heading_kind("Research and Clinical Experience in the United States") == (RESEARCH, True)
    assert heading_kind("Peer-reviewed Original Articles") == (PUBLICATIONS, False)
    assert heading_kind("PEER REVIEWED JOURNAL ARTICLES") == (PUBLICATIONS, False)
    assert heading_kind("US clinical exposure") == (USCE, True)
    assert heading_kind("U S CLINICAL EXPERIENCE") == (USCE, True)  # letter-spaced "U.S."
    assert heading_kind("CURRENT & PREVIOUS POSTS (UK FOUNDATION PROGRAMME)") == (WORK, False)
    assert loose_heading_kind("CLINICAL ATTACHMENTS (UK)") == (USCE, False)
    assert loose_heading_kind("Clinical rotations (Georgia / India)") == (USCE, False)  # the country, beside India
    assert loose_heading_kind("Clinical rotations (Georgia)") is None  # alone, it may be the state


def test_a_state_in_a_table_column_or_after_a_label_is_read() -> None:
    assert find_state("Surgery Core   Saint Michael's Medical Center   Newark   NJ   04/07/2025–05/16/2025") == "NJ"
    assert find_state("Psychiatry Core   BronxCare Health System   Bronx   NY 02/17/2025–03/28/2025") == "NY"
    assert find_state("Degree   MD   2019") is None  # a degree's cell is no Maryland
    assert find_state("Organization:   Holy Cross Hospital\nState/Province:   MD") == "MD"
    assert find_state("Student assistantship, Renal Medicine, Queen") is None  # not Queens, NY


def test_dates_alone_above_an_undated_entry_are_its_dates() -> None:
    lines = [
        "2023/09/04 – 2023/10/27 | Observership, Emergency Medicine | Johns Hopkins Hospital, Baltimore",
        "2024/03 – 2024/09",
        "",
        "Research Assistant, Department of Emergency Medicine",
        "",
        "University of Washington, Seattle",
    ]
    assert split_entries(lines) == [lines[:1], [lines[1], lines[3], lines[5]]]


def test_a_rotation_under_a_label_the_reader_took_for_a_heading_is_read_where_it_names_its_state() -> None:
    # A scan lost the "Experience" heading: the rotations follow the "Visa:" line.
    cv = (
        "Hervé Mbarga\nherve@example.org\n\nVisa: B1/B2 visa\n\n"
        "Observership, Internal Medicine — Johns Hopkins Bayview Medical Center, Baltimore, MD\nMar 2025\n\n"
        "Médecin généraliste — Hôpital Central de Yaoundé, Yaoundé, Cameroon\n2021 — 2024\n"
    )
    entries = extract_profile(cv, TODAY)["usce_entries"]
    assert [(e["type"], e["state"], e["start"]) for e in entries] == [("observership", "MD", "2025-03")]


def test_a_maryland_city_after_a_dash_and_a_clinical_heading_naming_a_country_are_read() -> None:
    assert find_state("Observership, Infectious Diseases   Feb 2024\nNIH Clinical Center - Bethesda, MD") == "MD"
    assert find_state("Research Fellow - Jane Roe, MD") is None  # a name's degree
    cv = (
        "Li Wei\nli.wei@example.org\n\nU S   CLINICAL   EXPERIENCE\n"
        "2024.09 - 2024.11 Observership, Cardiology consult service\nBeth Israel Deaconess Medical Center, Boston, MA\n"
        "CLINICAL   (CHINA)\n2020.07 - 2022.06 Resident physician, Internal Medicine\n"
        "Zhongshan Hospital, Fudan University\n"
    )
    entries = extract_profile(cv, TODAY)["usce_entries"]
    assert [(e["type"], e["state"], e["start"]) for e in entries] == [("observership", "MA", "2024-09")]


def test_europass_language_labels_and_more_home_languages_are_read() -> None:
    europass = "Elin Lindqvist\n\nPERSONAL SKILLS\nMother tongue(s) Swedish\nOther language(s) English C2 · German B1\n"
    assert extract_profile(europass, TODAY)["languages"] == ["Swedish", "English", "German"]
    cv = "Aroha Ngata\n\nLanguage Fluency\nEnglish, te reo Māori, Irish (basic), Scottish Gaelic, Javanese\n"
    assert extract_profile(cv, TODAY)["languages"] == ["English", "Māori", "Irish", "Scottish Gaelic", "Javanese"]


def test_an_aim_under_the_name_or_under_an_aim_heading_names_the_specialties_sought() -> None:
    cv = "Rami Haddad, MD\nInternal Medicine residency, then Pulmonary & Critical Care fellowship.\n\nEducation\n"
    assert extract_profile(cv, TODAY)["specialties"] == ["Internal Medicine", "Pulmonology/Critical Care"]
    held = "Rami Haddad, MD\nInternal Medicine residency, Damascus University Hospital\n\nEducation\n"
    assert extract_profile(held, TODAY)["specialties"] == []  # a post held, not one sought
    aim = "Lachlan Reid\n\nAim\nGeneral Surgery residency (categorical)\n"
    assert extract_profile(aim, TODAY)["specialties"] == ["General Surgery"]


def test_cities_of_teaching_hospitals_name_their_state_and_shared_ones_do_not() -> None:
    assert find_state("The Queen's Medical Center, Honolulu") == "HI"
    assert find_state("University of Michigan Health, Ann Arbor") == "MI"
    assert find_state("BronxCare Health System, Bronx") == "NY"
    assert find_state("Yale New Haven Hospital, New Haven") == "CT"
    assert find_state("Mercy Hospital, Columbus") is None  # Ohio or Georgia
    assert find_state("Queen Elizabeth Hospital, Birmingham") is None  # England's


def test_months_in_brackets_after_a_season_say_which_months() -> None:
    assert _months("Summer 2023 (June – July 2023)") == [((2023, 6), (2023, 7))]
    assert _months("Summer 2023 (research)") == [((2023, 6), (2023, 8))]


def test_a_word_like_a_city_after_a_facilitys_name_is_no_city() -> None:
    assert find_state("Rural Health Center Kerman Province") is None  # not Providence, RI
    assert _months("Summer 2024 (June-August)") == [((2024, 6), (2024, 8))]  # brackets without a year: the season


def test_a_state_name_wrapped_over_two_lines_and_texas_ut_names_are_read() -> None:
    assert find_state("Clinical Externship - Mount Sinai Morningside, New\nYork") == "NY"
    assert find_state("Observership, Nephrology, UT Southwestern,\nDallas, TX") == "TX"  # not Utah
    assert find_state("University of Utah Hospital, Salt Lake City, UT") == "UT"


def test_a_citizenship_cell_is_read_with_its_value() -> None:
    cv = "Noa Levi\nCitizenship | Israel\nUS visa | Requires J-1 visa for clinical training\n"
    assert extract_profile(cv, TODAY)["visa_status"] == "j1"  # an Israeli citizen, not a US one
    assert extract_profile("Ann Lee\nCitizenship | United States\n", TODAY)["visa_status"] == "citizen"
    assert extract_profile("Ann Lee\nCitizenship   USA\n", TODAY)["visa_status"] == "citizen"


def test_a_title_under_the_name_with_a_status_or_a_future_practice_names_the_specialties() -> None:
    for title, wanted in [
        ("MD Candidate · Class of 2026 · Internal Medicine", ["Internal Medicine"]),
        ("Medical student (6th year) — Internal Medicine & Endocrinology", ["Internal Medicine", "Endocrinology"]),
        ("MBBS (Manipal), 2024 — Family Medicine / Emergency Medicine", ["Family Medicine", "Emergency Medicine"]),
        ("MBBS (Lagos) · House Officer · Future Paediatrician", ["Pediatrics"]),
        ("MBBS (Dhaka Medical College) — Intern Doctor", []),
        ("Internal Medicine, King Edward Medical College, Lahore", []),  # a place: not a title
    ]:
        assert extract_profile(f"Ana Ruiz\n{title}\nana@example.org\n", TODAY)["specialties"] == wanted, title


def test_an_icon_before_a_caribbean_schools_clinical_sciences_heading_and_places_abroad_in_a_us_section() -> None:
    assert heading_kind("✚ Clinical Sciences — United States") == (USCE, True)
    assert heading_kind("✚ Clinical Sciences — Canada (electives)") == (USCE, False)
    cv = (
        "Ola Nowak\n\nUS Clinical Experience\nSub-internship, General Surgery - Jackson Memorial Hospital, Miami, FL\n"
        "07/2026\n\nCLINICAL EXPERIENCE IN EUROPE\nSummer clerkship, Surgery - Uniklinik Köln, Germany\nJul 2025\n\n"
        "Clinical rotations - University Clinical Centre, Gdańsk\n2023 - present\n"
    )
    entries = extract_profile(cv, TODAY)["usce_entries"]
    assert [(e["state"], e["start"]) for e in entries] == [("FL", "2026-07")]


def test_spanish_and_french_ranges_a_length_after_a_start_and_a_half_short_range_are_read() -> None:
    assert _months("desde marzo 2024 hasta mayo 2024") == [((2024, 3), (2024, 5))]
    assert _months("depuis septembre 2025 jusqu'à novembre 2025") == [((2025, 9), (2025, 11))]
    assert _months("desde 2021 hasta la fecha") == [((2021, 1), (2026, 12))]
    assert _months("juil. 2024 (3 mois)") == [((2024, 7), (2024, 9))]
    assert _months("October 2024 - December 2024 (3 months)") == [((2024, 10), (2024, 12))]  # a length, not a start
    assert _months("01/2023-03/23") == [((2023, 1), (2023, 3))]


def test_a_book_chapters_list_under_the_papers_is_not_counted() -> None:
    cv = (
        "Ana Ruiz\n\nPublications\n1. Ruiz A, Lee B. Remission in colitis. Arq Gastroenterol. 2024;59(1):1-8.\n"
        "2. Lee B, Ruiz A. Incidence of encephalopathy. Under review, Arq Gastroenterol.\n"
        "3. Ruiz A. Drug monitoring in IBD. Clinics. 2023;58(2):10-18.\n\nBook Chapters\n"
        "– Ruiz A, Lee B. Doença de Crohn. In: Clínica Médica, 2a ed. Barueri: Manole; 2016.\n"
    )
    assert extract_profile(cv, TODAY)["publications"] == 2


def test_a_languages_label_set_as_body_text_reads_the_line_after_it() -> None:
    heading = {"size": 12.0, "bold": True}
    lines = [
        TextLine("Reza Karimi", size=20.0, bold=True),
        TextLine("Education", **heading),
        TextLine("MD, Tehran University of Medical Sciences, 2012", size=10.5),
        TextLine("Research", **heading),
        TextLine("Research Fellow, Neurology, Johns Hopkins Hospital, Baltimore, MD   2019 – 2021", size=10.5),
        TextLine("Languages", size=10.5),  # set like the body: no heading
        TextLine("Farsi (native), English (fluent), Azerbaijani (conversational)", size=10.5),
        TextLine("References", **heading),
        TextLine("Dr. Jane Roe, Johns Hopkins Hospital", size=10.5),
    ]
    assert extract_profile(lines, TODAY)["languages"] == ["Persian", "English", "Azerbaijani"]


def _entries(cv: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(e["type"], e["state"], e["start"], e["end"]) for e in extract_profile(cv, TODAY)["usce_entries"]]


def test_a_dates_column_under_its_column_headings_dates_the_rows_beside_it() -> None:
    # A Word table read cell by cell: the headings row, then each row's dates cell above its role cell.
    cv = (
        "Priya Rao\n\nClinical Experience\nDates | Role / Institution\nJan 2024 –\nMar 2024\n\n"
        "Hands-on Externship, Internal Medicine\nUniversity of Illinois Hospital, Chicago, Illinois\n\n"
        "Apr 2024\n\nObservership, Nephrology\nRush University Medical Center, Chicago, Illinois\n\n"
        "Jun 2022 –\nDec 2023\n\nJunior Resident, Department of Medicine\nAIIMS, New Delhi, India\n"
    )
    assert _entries(cv) == [("hands_on", "IL", "2024-01", "2024-03"), ("observership", "IL", "2024-04", "2024-04")]
    # Headings set apart by spaces in a PDF, and a range wrapped in the narrow dates column.
    cv = (
        "Tania Roy\n\nClinical Experience\nDuration   Position & Place\n"
        "Sep–Oct 2024   Observership – Pediatrics, Children's Hospital of Michigan, MI\n"
        "Dec 2024 –   Clinical Rotation (hands-on) – Family Medicine, Jackson Memorial\nFeb 2025   Hospital, FL\n"
        "2020 – 2024   Medical Officer, Dhaka Shishu Hospital, Dhaka\n"
    )
    assert _entries(cv) == [("observership", "MI", "2024-09", "2024-10"), ("hands_on", "FL", "2024-12", "2025-02")]


def test_a_dates_cell_may_name_its_months_and_a_row_on_one_line_stands_alone() -> None:
    cv = (
        "Sana Malik\n\nExperience\nWhen | What | Where\nSummer 2024\n(Jun–Aug)\n\n"
        "Hands-on rotation, Family Medicine\n\nCook County Health, Chicago, Illinois\n\n"
        "2024-10 | Observership, Radiology | Massachusetts General Hospital, Boston, MA\n"
        "2019 – 2022 | General Practitioner | Namazi Hospital, Shiraz\n"
    )
    assert _entries(cv) == [("hands_on", "IL", "2024-06", "2024-08"), ("observership", "MA", "2024-10", "2024-10")]


def test_a_practice_heading_is_work_and_medical_school_heads_education() -> None:
    assert heading_kind("Clinical Practice") == (WORK, False)
    assert heading_kind("Medical Practice") == (WORK, False)
    assert heading_kind("MEDICAL SCHOOL") == (EDUCATION, False)
    assert heading_kind("Medical School Clerkships") == (USCE, False)
    assert heading_kind("Surgical Externship") is None  # an entry's title, not a heading
    cv = (
        "Emre Kaya\n\nOBSERVERSHIP (USA)\nJuly 2025 – September 2025   Clinical Observer, General Surgery\n"
        "Houston Methodist Hospital, Houston, TX\n\nCLINICAL PRACTICE\n"
        "2019 – 2023   Specialist General Surgeon\nVan Training and Research Hospital, Van\n\n"
        "MEDICAL SCHOOL\n2007 – 2013   MD (Tıp Doktoru)\nHacettepe University Faculty of Medicine, Ankara, Türkiye\n"
    )
    profile = extract_profile(cv, TODAY)
    assert _entries(cv) == [("observership", "TX", "2025-07", "2025-09")]
    assert (profile["medical_school_country"], profile["graduation_year"]) == ("TR", 2013)
    assert "Hacettepe University" in profile["medical_school"]


def test_specialties_and_ecfmg_status_in_spanish_french_and_portuguese() -> None:
    cv = (
        "Luis Quispe\nMédico cirujano. Intereses: Medicina Familiar, Salud Global y Enfermedades Infecciosas.\n\n"
        "Exámenes\nUSMLE Step 1: Aprobado (Pass)\nECFMG: certificación en trámite\n"
    )
    profile = extract_profile(cv, TODAY)
    assert profile["specialties"] == ["Family Medicine", "Infectious Disease"]
    assert profile["ecfmg_status"] == "pending"
    cv = "Yanelis Rodríguez\nMédica de familia. Interesada en\nMedicina Familiar y Geriatría.\n\nECFMG: pendiente"
    profile = extract_profile(cv, TODAY)
    assert (profile["specialties"], profile["ecfmg_status"]) == (["Family Medicine", "Geriatrics"], "pending")
    french = extract_profile("Paul Mbarga\n\nExamens\nECFMG : certification en cours\n", TODAY)
    assert french["ecfmg_status"] == "pending"


def test_papers_one_a_paragraph_ending_in_a_doi_or_dated_in_a_year_column_are_counted_apart() -> None:
    cv = (
        "Kasia Nowak\n\nORIGINAL ARTICLES (PEER-REVIEWED)\n"
        "Nowak K, García M. Clinical outcomes of H. pylori eradication. Am J Gastroenterol. 2016;82(1):2390-2404. "
        "doi:10.1020/x.2016.654\n"
        "Rossi F, Nowak K, et al. A prospective study of Barrett's esophagus. Pol Arch Intern Med. 2022;45(7):1745-57. "
        "doi:10.1021/s.2022.242\n"
        "Kim MJ, Heo JH, Nowak K,\nLee K. Tenecteplase use in rural Korea. J Clin Neurol. 2025;21(1):44-51.\n"
    )
    assert extract_profile(cv, TODAY)["publications"] == 3
    cv = (
        "Akosua Mensah\n\nPublications\n2024   Mensah AS, et al. Neonatal sepsis. Ghana Med J. 2024;58(1):12-9.\n"
        "2022   Mensah AS. Kangaroo care uptake. BMC Pediatr.\n2022;22:541.\n"
        "2023   Póster: Hipotiroidismo subclínico — Congreso Nacional de Endocrinología.\n"
    )
    assert extract_profile(cv, TODAY)["publications"] == 2


def test_a_us_section_that_says_there_is_none_yet_gives_no_entry() -> None:
    cv = "Yanelis Rodríguez\n\nEXPERIENCIA CLÍNICA EN EE.UU.\nNinguna hasta la fecha; buscando observership 2027.\n"
    profile = extract_profile(cv, TODAY)
    assert (profile["usce_entries"], profile["usce_months"]) == ([], 0)


def test_research_named_only_in_brackets_does_not_make_an_observership_research() -> None:
    assert entry_type("Observership, Hematology/Oncology (one month, part-time alongside postdoc)") == "observership"
    assert entry_type("Research Fellow (postdoc), Oncology") == "research"
    assert entry_type("Psychiatry elective, NYU Langone Health (virtual)") == "telehealth"


def test_positions_heads_the_work_section_and_a_position_column_does_not() -> None:
    assert heading_kind("Positions") == (WORK, False)
    assert heading_kind("Clinical Positions") == (WORK, False)
    assert heading_kind("Position   Contact") is None  # a references table's header row
    cv = (
        "Iryna Bondar\n\nPositions\n\nObserver, Anatomic and Clinical Pathology   Nov 2025 – Jan 2026\n"
        "Henry Ford Hospital, Detroit, MI\nResearch Fellow, Department of Pathology   Feb 2025 – Oct 2025\n"
        "University of Michigan, Ann Arbor, MI\nPathologist   2020 – 2022\nPathology Bureau, Lviv, Ukraine\n"
    )
    assert _entries(cv) == [("observership", "MI", "2025-11", "2026-01"), ("research", "MI", "2025-02", "2025-10")]


def test_an_accented_interest_cue_and_an_aspiring_general_surgeon_name_the_specialties() -> None:
    cv = "María Gutiérrez\nMédica general egresada de la UNAM con interés en Medicina Interna y Endocrinología\n"
    assert extract_profile(cv, TODAY)["specialties"] == ["Internal Medicine", "Endocrinology"]
    cv = "Brian Ochieng\nDOB: 1996 | US visa: B1/B2\nAspiring general surgeon; trauma and acute care surgery.\n"
    assert extract_profile(cv, TODAY)["specialties"] == ["General Surgery"]


def test_hands_on_rotations_heads_a_us_section_and_a_hands_on_entry_title_does_not() -> None:
    assert heading_kind("Hands-on rotations") == (USCE, False)
    assert heading_kind("US Hands-on Experience") == (USCE, True)
    assert heading_kind("Hands-on Externship") is None
    assert heading_kind("Hands-on Rotation") is None  # one rotation's title
    cv = (
        "Ana Nogueira\n\nHands-on rotations\n\nmarço 2023 – abril 2023\nSub-internship, Neurology (stroke service)\n"
        "Mass General Hospital, Boston, MA\njun. 2023\nClinical elective, Neurology\nCleveland Clinic Cleveland OH\n"
    )
    assert _entries(cv) == [("hands_on", "MA", "2023-03", "2023-04"), ("hands_on", "OH", "2023-06", "2023-06")]
