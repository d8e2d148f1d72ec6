"""Education and identity reading rules of issue 12's fourth round, each on a made-up example: the gazetteer for a
school's country, label-column and bilingual education entries, names followed by degrees, OCR email slips."""

from __future__ import annotations

from datetime import date

import pytest

from include.cv import identity
from include.cv import ocr as ocr_module
from include.cv.education import education
from include.cv.layout import TextLine
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


@pytest.mark.skipif(not ocr_module.available(), reason="tesseract-ocr is not installed")
def test_a_title_the_layout_pass_lost_above_the_first_line_is_read_again() -> None:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 36)
    draw.text((150, 260), "Nadia Osei-Mensah", font=font, fill=0)
    draw.text((150, 310), "=" * 20, font=font, fill=0)
    draw.text((150, 440), "Accra, Ghana", font=font, fill=0)
    # The layout pass (simulated) kept only what starts at a fifth of the page.
    kept = [TextLine("Accra, Ghana", 1, 12.0, False, 0.2, 0.09, ocr=True)]
    lines = ocr_module._with_lost_title(kept, image)
    assert [x.text for x in lines] == ["Nadia Osei-Mensah", "Accra, Ghana"]
    high = [TextLine("Nadia Osei-Mensah", 1, 12.0, False, 0.05, 0.09, ocr=True)]
    assert ocr_module._with_lost_title(high, image) == high  # text starting high: no second pass


def test_an_ocr_email_cut_after_a_capital_is_rejoined_when_it_spells_the_name() -> None:
    lines = [
        TextLine("Kwame Asante-Boateng", 1, 14.0, True, 0.05, 0.1, ocr=True),
        TextLine("E-mail: Kasanteboa teng@example.org", 1, 10.0, False, 0.08, 0.1, ocr=True),
    ]
    assert extract_profile(lines, TODAY)["email"] == "Kasanteboateng@example.org"


def test_the_awarding_university_in_brackets_yields_to_the_college_named_on_its_own() -> None:
    text = "EDUCATION\nMBBS (University of Rajshahi)   2013 – 2019\nRajshahi Medical College, Rajshahi, Bangladesh\n"
    assert _school(text)[:3] == ("Rajshahi Medical College, Rajshahi", "BD", 2019)


def test_a_postgraduate_md_in_a_specialty_is_not_the_primary_degree() -> None:
    text = (
        "EDUCATION\nMD (Internal Medicine) – postgraduate residency   2018 – 2021\n"
        "Government Medical College Nagpur, Maharashtra\n\n2011 – 2017\nMBBS\nGrant Medical College, Mumbai\n"
    )
    assert _school(text)[:2] == ("Grant Medical College, Mumbai", "IN")


@pytest.mark.parametrize(
    "line",
    [
        "Médico Cirujano – Universidad de Chile, egreso previsto 2027",
        "Bacharel em Medicina – Universidade Federal da Bahia, formatura prevista 2028",
        "Doctorat en médecine – Université de Tunis, diplôme prévu en 2027",
        "MD – Universidad Central de Venezuela (en curso)",
    ],
)
def test_expected_graduation_in_other_languages_makes_a_student(line: str) -> None:
    assert _school(f"EDUCATION\n{line}\n")[3] is True


def test_a_qualification_tables_header_row_is_no_heading() -> None:
    """South-Asian Word CVs head the table "Exam | Board / University | Year | Marks"; as a PDF row, or one cell a
    line in a plain-text export, its first cell named an exams section and took the MBBS row out of education."""
    row = (
        "ACADEMIC QUALIFICATIONS\nExamination   Board / University   Year   Marks\n"
        "F.Sc. (Pre-Medical)   BISE Lahore   2014   1017/1100\nMBBS   King Edward Medical University, Lahore   2020\n"
    )
    cells = "ACADEMIC QUALIFICATIONS\nExam\nBoard/University\nYear\nMarks\nMBBS\nDow Medical College, Karachi\n2021\n"
    assert _school(row)[:3] == ("King Edward Medical University, Lahore", "PK", 2020)
    assert _school(cells)[:3] == ("Dow Medical College, Karachi", "PK", 2021)
    assert [s.kind for s in split_sections("EXAMINATIONS\nUSMLE Step 1: Pass\n")][1] == "exams"
    assert [s.kind for s in split_sections("EDUCATION\nExaminations\nUSMLE Step 1: Pass\n")][2] == "exams"
    assert [s.kind for s in split_sections("U S   CLINICAL   EXPERIENCE\n")][1] == "usce"  # letter-spaced


def test_a_school_cut_inside_its_brackets_loses_the_open_bracket() -> None:
    text = "EDUCATION\nMBBS   Armed Forces Medical College, Pune (MUHS, Nashik) 2019   First class\n"
    assert _school(text)[0] == "Armed Forces Medical College, Pune"


def test_a_school_cell_run_into_the_year_cell_keeps_its_last_part() -> None:
    text = "EDUCATION\nM.B.B.Ch.   Faculty of Medicine, Cairo University (Kasr Al Ainy) 2020   Very Good\n"
    assert _school(text)[:3] == ("Faculty of Medicine, Cairo University (Kasr Al Ainy)", "EG", 2020)


def test_dot_leaders_end_the_school_name() -> None:
    assert _school("EDUCATION\n  MBChB, University of Nairobi, School of Medicine ........ 2012 - 2018\n")[0] == (
        "University of Nairobi, School of Medicine"
    )


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "Laurea Magistrale in Medicina e Chirurgia, 110/110 cum laude   2016 – 2022\n"
            "Università degli Studi di Milano\n",
            ("Università degli Studi di Milano", "IT", 2022),
        ),
        (
            "Staatsexamen Humanmedizin (Approbation 2021) 10/2014 – 11/2021\n"
            "Ludwig-Maximilians-Universität München (LMU)\n",
            ("Ludwig-Maximilians-Universität München (LMU)", "DE", 2021),
        ),
        (
            "2013 – 2021\nFudan University Shanghai Medical College\nMD (8-year program)\n",
            ("Fudan University Shanghai Medical College", "CN", 2021),
        ),
        (
            "2013 – 2020\nAstana Medical University, Kazakhstan\nDoctor of Medicine (General Medicine)\n"
            "2020 – 2022\nNational Research Medical Center, Astana\nInternship/residency, Endocrinology\n",
            ("Astana Medical University", "KZ", 2020),
        ),
    ],
)
def test_degrees_in_other_languages_and_dates_above_the_school(text: str, school: tuple) -> None:
    assert _school("EDUCATION\n" + text)[:3] == school


def test_a_timeline_without_an_education_section_gives_the_conferred_degree() -> None:
    text = (
        "Aaliyah Joseph\naaliyah@example.org\n\nTIMELINE\n"
        "Aug 2024 – Oct 2024   Pediatric Observership\nChildren's National Hospital, Washington, DC\n"
        "May 2023   MD conferred\nSt. George's University School of Medicine, Grenada\n"
        "Aug 2018 – Dec 2020   Basic Sciences\nSt. George's University, True Blue, Grenada\n"
    )
    school, country, year, student = _school(text)
    assert school == "St. George's University School of Medicine"  # not "conferred St. George's ..."
    assert (country, year, student) == ("GD", 2023, False)


def test_a_faculty_is_named_with_its_university() -> None:
    text = (
        "Ximena Castañeda\nximena@example.org\n\nEducación / Education\nMédico Cirujano y Partero\n"
        "ago. 2015 – jul. 2022\nCentro Universitario de Ciencias de la Salud\nUniversidad de Guadalajara, México\n"
    )
    school, country, year, _ = _school(text)
    assert school == "Centro Universitario de Ciencias de la Salud, Universidad de Guadalajara"
    assert (country, year) == ("MX", 2022)
    one_line = "Omar Said\n\nEDUCATION\nMBBCh   2016 – 2022\nFaculty of Medicine, Kasr Al-Ainy — Cairo University\n"
    assert _school(one_line)[0] == "Faculty of Medicine, Kasr Al-Ainy, Cairo University"


def test_a_final_year_in_the_past_is_no_student() -> None:
    text = (
        "Emeka Nwosu\n\nEDUCATION\n2012 – 2019   MBBS, College of Medicine, University of Nigeria\n"
        "2018 (Jul–Aug)   Final-year elective abroad\n"
    )
    assert _school(text)[2:] == (2019, False)


def test_a_conferral_word_before_a_range_gives_the_ranges_end() -> None:
    text = "EDUCATION\nDoctor of Medicine (MD) — degree conferred September   2016 – 2023\nTehran University\n"
    assert _school(text)[2] == 2023


def test_the_dates_two_lines_above_a_wrapped_degree_are_its_dates() -> None:
    text = (
        "Education\nSpecialist degree in   01.09.2014 – 30.06.2020\nGeneral Medicine\n(Лечебное дело), MD\nequivalent\n"
        "I.M. Sechenov First Moscow State Medical University, Moscow, Russia\n"
    )
    assert _school(text)[2:] == (2020, False)


def test_a_turkish_university_is_a_school() -> None:
    text = "EDUCATION\n2013 – 2019: Doctor of Medicine, İstanbul Üniversitesi-Cerrahpaşa, Tıp Fakültesi, İstanbul\n"
    school, country, year, _ = _school(text)
    assert school is not None
    assert school.startswith("İstanbul Üniversitesi-Cerrahpaşa")
    assert (country, year) == ("TR", 2019)


def test_an_acronym_inside_a_schools_name_is_left_out() -> None:
    text = "EDUCATION\n2014 – 2020 | MBBS, Sawai Man Singh (SMS) Medical College, Jaipur — Rajasthan University\n"
    assert _school(text)[0] == "Sawai Man Singh Medical College, Jaipur, Rajasthan University"  # and its university
    text = "EDUCATION\nMédico Cirujano   2012 – 2018\nUniversidad Nacional Autónoma de México (UNAM)\n"
    assert _school(text)[0] == "Universidad Nacional Autónoma de México (UNAM)"  # one at the end stays


def test_an_expected_month_and_year_or_a_range_to_an_expected_year_give_the_expected_year() -> None:
    text = (
        "FORMAZIONE / EDUCATION\n2021 – in corso Laurea Magistrale in Medicina e Chirurgia (MD) – 6th year\n"
        "(expected 07/2027)   Università degli Studi di Milano\n2015 – 2020   Diploma di Liceo Classico\n"
    )
    assert _school(text)[2:] == (2027, True)
    text = "EDUCATION\nMBBCh (expected)   2021 – expected 2027\nMansoura University Faculty of Medicine\n"
    assert _school(text)[2:] == (2027, True)


def test_a_degree_wrapped_onto_its_abbreviation_and_a_bracketed_internship_stay_in_the_entry() -> None:
    wrapped = (
        "Ana Haddad\n\nEducation\nAmerican University of Beirut, Faculty of Medicine — Doctor of Medicine\n"
        "(MD), June 2023\n"
    )
    assert extract_profile(wrapped, TODAY)["graduation_year"] == 2023
    dated = (
        "Ravi Shetty\n\nEducation\nMBBS — Kasturba Medical College, Manipal, India\n"
        "Aug 2016 – Mar 2022 (incl. compulsory rotating internship)\n"
    )
    profile = extract_profile(dated, TODAY)
    assert (profile["graduation_year"], profile["is_student"]) == (2022, False)


def test_a_preclinical_bachelor_is_not_the_medical_degree_and_a_universitas_names_the_faculty() -> None:
    cv = (
        "Putri Lestari\n\nEducation\nSarjana Kedokteran (S.Ked., Bachelor of Medicine, pre-clinical)   2015 – 2019\n"
        "Faculty of Medicine, Universitas Indonesia, Jakarta\nDokter (MD, professional degree)   2019 – 2021\n"
        "Faculty of Medicine, Universitas Indonesia, Jakarta\n"
    )
    profile = extract_profile(cv, TODAY)
    assert profile["graduation_year"] == 2021
    wrapped = (
        "Budi Santoso\n\nEducation\nMedical Doctor (dokter), Faculty of Medicine, Public Health and Nursing   "
        "2014.08 – 2020.11\nUniversitas Gadjah Mada, Yogyakarta, Indonesia\n"
    )
    school = extract_profile(wrapped, TODAY)["medical_school"]
    assert school.startswith("Faculty of Medicine")
    assert school.endswith("Universitas Gadjah Mada, Yogyakarta")


def test_the_schools_country_is_not_read_from_a_sentence_after_it_or_from_the_applicants_address() -> None:
    cv = (
        "Sigrid Nygård\n\nEducation\nX.2021 – present   Doctor of Medicine (lekarz) programme, Medical University of "
        "Warsaw, Poland. Expected graduation VI.2027.\nVIII.2018 – VI.2021   Biology, University of Bergen, Norway\n"
    )
    assert extract_profile(cv, TODAY)["medical_school_country"] == "PL"
    header = (
        "Michael Russo\nMUDr. (MD) June 2026 – First Faculty of Medicine, Charles University, Prague\n"
        "31 Bay Avenue, Huntington, NY 11743 | m.russo@example.org\nCitizenship   United States\n"
    )
    assert extract_profile(header, TODAY)["medical_school_country"] == "CZ"
    assert place_country("Monash University, Clayton") == "AU"


def test_a_schools_name_wrapped_after_a_comma_and_a_generic_name_with_its_city_are_read_whole() -> None:
    wrapped = (
        "Chen Yu\n\nEducation\nBachelor of Medicine (MBBS), Clinical Medicine, 5-year program, Fudan\n"
        "University Shanghai Medical College, Shanghai, China (2022.09 – 2027.07 (expected))\n"
    )
    assert extract_profile(wrapped, TODAY)["medical_school"] == "Fudan University Shanghai Medical College, Shanghai"
    sofia = "Ade Bello\n\nEducation\n2017 – 2023 — Master of Medicine (MD), Medical University – Sofia, Bulgaria\n"
    assert extract_profile(sofia, TODAY)["medical_school"] == "Medical University – Sofia"


def test_a_schools_name_wrapped_after_a_preposition_or_before_its_last_words_is_joined() -> None:
    cases = [
        (
            "Médico Cirujano (MD) — Universidad Autónoma de   2018 – 2025\nGuadalajara, Facultad de Medicina",
            "Universidad Autónoma de Guadalajara",
        ),
        (
            "2010   Specialist degree in General Medicine (equivalent to MD), Bogomolets\n"
            "National Medical University, Kyiv, Ukraine, 2004–2010",
            "Bogomolets National Medical University",
        ),
        (
            "2014   Médica y Cirujana (MD), Facultad de Medicina, Universidad de\nAntioquia, Medellín — 2008–2014",
            "Facultad de Medicina, Universidad de Antioquia",
        ),
    ]
    for body, school in cases:
        assert extract_profile(f"Ana Ruiz\n\nEducation\n{body}\n", TODAY)["medical_school"].startswith(school), body


def test_the_internship_after_the_degree_does_not_give_its_year() -> None:
    cv = "Meera Nair\n\nEducation\n\nMBBS, Christian Medical College, Vellore — 2016–2022\n(internship completed 2023)"
    assert extract_profile(cv, TODAY)["graduation_year"] == 2022
    cv = (
        "Luis Quispe\n\nEducación\n2017 – 2024\n\nMédico Cirujano\nUniversidad Peruana Cayetano Heredia (UPCH), Lima\n"
        "– Tercio superior\n– Internado: Hospital Nacional Cayetano Heredia, ene. 2023 – dic. 2023\n"
    )
    assert extract_profile(cv, TODAY)["graduation_year"] == 2024


def test_a_grade_after_the_degree_is_not_a_school_name_wrapped_onto_the_next_line() -> None:
    cv = (
        "Omar Hassan\n\nEducation\n\n2011 – 2018   Bachelor of Medicine and Surgery (MBBCh), Excellent with Honours\n"
        "Kasr Al Ainy Faculty of Medicine, Cairo University, Egypt\n"
        "2018 – 2019   Internship year, Kasr Al Ainy Hospitals\n"
    )
    assert extract_profile(cv, TODAY)["medical_school"] == "Kasr Al Ainy Faculty of Medicine, Cairo University"


def test_a_medical_campus_opens_the_school_name() -> None:
    cv = (
        "Sushant Thapa\n\nEDUCATION\nMBBS (final year), Maharajgunj Medical Campus, Institute of Medicine,\n"
        "Tribhuvan University, Kathmandu — Expected graduation: March\n2027\n"
    )
    assert extract_profile(cv, TODAY)["medical_school"].startswith("Maharajgunj Medical Campus, Institute of Medicine")
