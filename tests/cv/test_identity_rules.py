"""Identity and education rules for what real CV headers and education entries do; each on a made-up document."""

from __future__ import annotations

from datetime import date

from include.cv.layout import TextLine
from include.cv.pdf_text import pdf_text
from include.cv.profile import extract_profile
from tests.cv.builders import NAME, one_column_pdf

TODAY = date(2026, 12, 1)


def _name(text: str | list[TextLine], stream: str = "") -> str | None:
    return extract_profile(text, TODAY, stream=stream)["full_name"]


def test_a_name_written_twice_in_two_scripts_is_read_in_latin_letters() -> None:
    assert _name("Layla Haddad حداد ليلى\nlayla.h@example.org\n") == "Layla Haddad"
    assert _name("Oleksandr Kovalenko Олександр Коваленко\no.kov@example.org\n") == "Oleksandr Kovalenko"
    assert _name("Salma Idrissi El Fassi سلمى الفاسي\n") == "Salma Idrissi El Fassi"  # too long once joined
    assert _name("Олександр Коваленко\n") == "Олександр Коваленко"  # one script alone is kept as it is


def test_titles_in_other_languages_are_not_part_of_the_name() -> None:
    assert _name("lek. Tomasz Nowak\nt.nowak@example.pl\n") == "Tomasz Nowak"
    assert _name("lek. med. Anna Zielińska\n") == "Anna Zielińska"
    assert _name("Dra. Ana Ruiz Paz\n") == "Ana Ruiz Paz"
    assert _name("Dott.ssa Giulia Rossi\n") == "Giulia Rossi"
    assert _name("MUDr. Petr Novák\n") == "Petr Novák"


def test_a_logo_word_on_the_name_row_is_not_read_with_the_name() -> None:
    assert _name("europass   Ana Popescu\nCurriculum Vitae\nEmail address: ana.p@example.ro\n") == "Ana Popescu"


def test_a_degree_written_in_two_words_after_the_comma_ends_the_name() -> None:
    assert _name("KWAME OSEI ADJEI, MB ChB\nkwame@example.org\n") == "Kwame Osei Adjei"
    assert _name("Priya Raman, MB BS\n") == "Priya Raman"


def test_a_place_in_large_type_loses_to_the_name_beside_it() -> None:
    lines = [
        TextLine("Krakow Poland", 1, 20.0, True, 0.05, 0.1),
        TextLine("Zofia Maj", 1, 20.0, True, 0.08, 0.1),
        TextLine("Internal Medicine", 1, 10.0, False, 0.12, 0.1),
    ]
    assert _name(lines) == "Zofia Maj"


def test_the_content_order_spelling_keeps_a_hyphen_the_layout_spaced_out() -> None:
    lines = [TextLine("Jessica Marie Thompson - Reyes", 1, 20.0, True, 0.05, 0.1), TextLine("Internal Medicine")]
    stream = "Jessica Marie Thompson-Reyes\r\nInternal Medicine\r\n"
    assert _name(lines, stream) == "Jessica Marie Thompson-Reyes"
    assert _name(lines) == "Jessica Marie Thompson"  # the layout alone cuts at the spaced dash


def test_a_name_only_the_content_order_reads_on_top_is_a_candidate() -> None:
    # the layout read the header band after the column beside it: its first lines are a place and a title
    lines = [
        TextLine("Anesthesiology and Intensive Care", 1, 16.0, False, 0.1, 0.1),
        TextLine("Lublin Poland · t.nowak.anest@example.pl", 1, 12.0, False, 0.14, 0.1),
        TextLine(""),
        TextLine("EXPERIENCE", 1, 12.0, True, 0.2, 0.1),
        TextLine("Resident, Anesthesiology   2020 – 2025", 1, 10.0, False, 0.22, 0.1),
    ]
    stream = "T. Nowak Tomasz Nowak\r\nAnesthesiology and Intensive Care\r\n"
    assert _name(lines, "Tomasz Nowak\r\n" + stream) == "Tomasz Nowak"
    # a line far down the content order, agreeing with nothing, does not outweigh a name in the layout
    strong = [TextLine("Zofia Maj", 1, 20.0, True, 0.05, 0.1), *lines[1:]]
    assert _name(strong, "Resident, Anesthesiology\r\nInternal Medicine\r\nJan Kowalski\r\n") == "Zofia Maj"


def test_contacts_in_the_footer_after_references_on_request_are_the_applicants() -> None:
    cv = (
        "Mariana Ortega\nPHYSICIAN ❖ PEDIATRICS\n\nEDUCATION\nMD, Universidad de Guadalajara, 2021\n\n"
        "REFERENCES\nAvailable upon request.\nmariana.o@example.org ❖ +1 (720) 555-0143 ❖ Aurora, Colorado\n"
    )
    profile = extract_profile(cv, TODAY)
    assert (profile["email"], profile["phone_e164"]) == ("mariana.o@example.org", "+17205550143")
    referee = "Ana Ruiz\n\nREFERENCES\nDr. John Smith, Mercy Hospital\njohn.smith@example.org\n"
    assert extract_profile(referee, TODAY)["email"] is None  # a referee's own lines stay unread


def test_a_pdf_gives_its_first_page_in_content_order_too() -> None:
    read = pdf_text(one_column_pdf())
    assert NAME in read.stream.splitlines()[0]


def _school(text: str) -> tuple:
    p = extract_profile(text, TODAY)
    return p["medical_school"], p["medical_school_country"], p["graduation_year"], p["is_student"]


def test_a_degree_line_under_its_school_is_read_where_the_heading_was_not() -> None:
    # a Ghanaian CV's school line with dotted leaders over its "MB ChB", under a heading the parser does not know
    cv = (
        "Ama Owusu\n\nCAREER OBJECTIVE\nTo train in Obstetrics and Gynaecology.\nQUALIFICATIONS WITH DATES\n"
        "University of Ghana Medical School, Korle Bu, Accra ........ 2014 – 2020\nMB ChB\n"
    )
    assert _school(cv) == ("University of Ghana Medical School, Korle Bu, Accra", "GH", 2020, False)
    # an ERAS-style label column: the school wrapped over two lines above the degree, the dates below
    eras = (
        "Salma Idrissi\nsalma@example.org\nFaculté de Médecine et de Pharmacie de Rabat, Université\nMohammed V\n"
        "Doctorat en Médecine (MD)\n09/2013 – 07/2020\n"
    )
    assert _school(eras) == ("Faculté de Médecine et de Pharmacie de Rabat, Université", "MA", 2020, False)


def test_a_degree_after_the_entry_dates_opens_its_entry() -> None:
    cv = "Lucía Pérez\n\nPerfil (Profile)\nfeb. 2013 – jun. 2020   Médica y Cirujana (MD)\n"
    cv += "Universidad de Caldas, Colombia\n"
    assert _school(cv) == ("Universidad de Caldas", "CO", 2020, False)


def test_a_form_label_is_not_the_school() -> None:
    cv = "Ana Ruiz\n\nEDUCATION\nSchool   St. George's University School of Medicine, Grenada\nDegree   MD\n"
    assert _school(cv)[0] == "St. George's University School of Medicine"


def test_double_spaced_text_keeps_the_entry_together() -> None:
    cv = "Omar Saleh\n\nEDUCATION\n\nMBBS\n\nKing Saud University College of Medicine, Riyadh\n\n2015-09 – 2022-06\n\n"
    assert _school(cv) == ("King Saud University College of Medicine, Riyadh", "SA", 2022, False)


def test_without_a_degree_written_the_education_sections_medical_school_is_read() -> None:
    cv = (
        "Jan Nowak\n\nEDUCATION AND TRAINING\n01/10/2020 – 30/06/2027 – Gdansk, Poland\n"
        "Physician (lekarz) – expected graduation June 2027\nMedical University of Gdansk – English Division\n"
    )
    assert _school(cv) == ("Medical University of Gdansk", "PL", 2027, True)


def test_a_school_name_read_twice_from_two_table_cells_is_kept_once() -> None:
    cv = (
        "Ana Ruiz\n\nEDUCATION\nMédico Cirujano (MD), 2016 – 2022\n"
        "Universidad de Sonora (UNISON) Universidad de Sonora (UNISON), Hermosillo, Mexico\n"
    )
    assert _school(cv)[:2] == ("Universidad de Sonora (UNISON), Hermosillo", "MX")
    cells = "Ana Ruiz\n\nEDUCATION\nMBBS, University of Colombo, University of Colombo, Sri Lanka, 2019\n"
    assert _school(cells)[:2] == ("University of Colombo", "LK")


def test_a_degree_word_ending_in_a_month_name_is_not_read_as_the_entry_dates() -> None:
    # "Médecine   2015 – 2022": "decine" is no "Dec", the dates alone are dropped before the school is joined on
    cv = (
        "Ines Trabelsi\n\nEDUCATION\nDoctorat en Médecine   2015 – 2022\n"
        "Faculté de Médecine de Tunis, Université de Tunis El Manar\n"
    )
    assert _school(cv)[:3] == ("Faculté de Médecine de Tunis, Université de Tunis El Manar", "TN", 2022)


def test_the_school_of_a_diploma_listed_above_the_degree_is_not_the_medical_school() -> None:
    cv = (
        "Lan Nguyen\n\nEDUCATION\nDiploma in Tropical Medicine   2026\nUniversity of Liverpool (online)\n"
        "MD degree   09/2016 – 12/2022\nHue University of Medicine and Pharmacy, Hue, Vietnam\n"
    )
    assert _school(cv)[:3] == ("Hue University of Medicine and Pharmacy, Hue", "VN", 2022)


def test_month_year_dates_in_the_header_are_no_phone_number() -> None:
    # "11/2024 – 12/2024" is read by the phone library as a valid US number (+1 202 412 2024)
    cv = "Rafael Duarte\nObserver, Mount Sinai, NY   11/2024 – 12/2024\nrafael.d@example.org\n"
    assert extract_profile(cv, TODAY)["phone_e164"] is None
    with_phone = "Rafael Duarte\n06/2023 - 08/2023   +55 11 98765-4321\nrafael.d@example.org\n"
    assert extract_profile(with_phone, TODAY)["phone_e164"] == "+5511987654321"


def test_a_cover_letter_before_the_cv_gives_the_signer_not_the_addressee() -> None:
    text = "\n".join([
        "November 18, 2026", "Mark Peterson", "Program Coordinator, Visiting Physicians", "Beaumont Health",
        "visiting.physicians@beaumont.org | (248) 555-0161", "Dear Mr. Peterson,",
        "I am writing to apply for a clinical rotation through your program.", "Sincerely,",
        "Dr. Abdulrahman Nasser Al-Hakimi, MBBS", "a.alhakimi.md@gmail.com", "+1 734 555 0148", "",
        "CURRICULUM VITAE", "Dr. Abdulrahman Nasser Al-Hakimi, MBBS", "", "EDUCATION", "Sana'a University, 2018",
    ])  # fmt: skip
    profile = extract_profile(text, TODAY)
    assert profile["full_name"] == "Abdulrahman Nasser Al-Hakimi"
    assert profile["phone_e164"] == "+17345550148"


def test_a_greeting_or_a_mail_header_is_no_name() -> None:
    text = "Gmail   Ahmed Salem Elmabrouk <ahmed.elmabrouk91@gmail.com>\nDear Ms. Walker\nI hope this e-mail finds you."
    assert extract_profile(text, TODAY)["full_name"] == "Ahmed Salem Elmabrouk"


def test_a_name_before_a_degree_list_in_a_box_or_beside_its_own_script() -> None:
    """Post-nominals after a space ("Khan MBBS, MRCP(UK) Part 1"), a name boxed in a plain-text CV, and a name
    written in two scripts around a slash: the name, not the next two capitalised words ("House Job")."""
    assert _name("Dr. Bilal Ahmed Khan MBBS, MRCP(UK) Part 1\n\nEDUCATION\nHouse Job\n") == "Bilal Ahmed Khan"
    assert _name("+-------------------------+\n|  Kwame Asante            |\n|  MBChB, GMC registered   |\n") == (
        "Kwame Asante"
    )
    assert _name("Kateryna Shevchenko / Катерина Шевченко\nNeurology-bound physician\n") == "Kateryna Shevchenko"
    assert _name("Катерина Шевченко / Kateryna Shevchenko\nNeurology-bound physician\n") == "Kateryna Shevchenko"
    assert _name("Nguyen Van Do, MD\nHanoi\n") == "Nguyen Van Do"


def test_a_cv_title_cut_by_ocr_is_no_name() -> None:
    lines = [
        TextLine("RRICULUM VITA", 1, 16.0, False, 0.05, 0.3, ocr=True),
        TextLine("Dr. Zainab Rashid", 1, 14.0, False, 0.08, 0.3, ocr=True),
        TextLine("Email: zainab.rashid.aimc@gmail.com Cell: 0300-4127789", 1, 10.0, False, 0.1, 0.1, ocr=True),
    ]
    assert _name(lines) == "Zainab Rashid"


def _ocr_email(contact: str) -> str | None:
    lines = [
        TextLine("Abimbola Oluwaseun Adeyemi", 1, 40.0, False, 0.05, 0.1, ocr=True),
        TextLine(contact, 1, 20.0, False, 0.08, 0.1, ocr=True),
    ]
    return extract_profile(lines, TODAY)["email"]


def test_a_dot_ocr_read_as_a_space_comma_or_colon_is_put_back_in_the_email() -> None:
    assert _ocr_email("Phone: +234 802 555 7781 Email: abimbola adeyemi@gmail.com") == "abimbola.adeyemi@gmail.com"
    assert _ocr_email("Lagos | abimbola,adeyemi@gmail.com") == "abimbola.adeyemi@gmail.com"
    assert _ocr_email("Lagos | abimbola:adeyemi@gmail.com") == "abimbola.adeyemi@gmail.com"
    assert _ocr_email("Lagos | abimbola oadeyemi@gmail.com") == "abimbola.oadeyemi@gmail.com"  # an initial glued
    assert _ocr_email("Email: adeyemi@gmail.com") == "adeyemi@gmail.com"  # nothing lost: nothing added
    # a word that is no part of the name stays out of the address
    assert _ocr_email("Lagos contact adeyemi@gmail.com") == "adeyemi@gmail.com"


def test_a_mexican_mobile_written_with_its_old_1_is_read_without_it() -> None:
    cv = "Mariana Treviño Garza\nCelular / WhatsApp: +52 1 81 1234 5678\nmariana.t@example.org\n"
    assert extract_profile(cv, TODAY)["phone_e164"] == "+528112345678"
    assert extract_profile("Ana Ruiz\n+52 33 1856 2290\n", TODAY)["phone_e164"] == "+523318562290"


def test_a_phone_written_in_pairs_of_digits_is_read() -> None:
    cv = "Mads Østergaard\nMUDr., Masaryk University\nmads.o@example.org | +45 28 41 93 07 | Aarhus, Denmark\n"
    assert extract_profile(cv, TODAY)["phone_e164"] == "+4528419307"


def test_a_phone_wrapped_at_the_end_of_a_contact_line_is_read_whole() -> None:
    cv = "Priya Venkataraman\nChennai, India · priya.v@example.org · +91 98401\n22378 · Will need an H-1B visa\n"
    assert extract_profile(cv, TODAY)["phone_e164"] == "+919840122378"
    cut = "Angelica Dela Cruz | angelica@example.org | +63 917 802\n4419 | Quezon City, Philippines\n"
    assert extract_profile(cut, TODAY)["phone_e164"] == "+639178024419"


def test_a_markdown_heading_mark_is_not_part_of_the_name() -> None:
    cv = "# Anjali Shrestha\n*MBBS, KUSMS (Dhulikhel)*\n\nEmail: anjali.shrestha.md@gmail.com\nPhone: +977 980-3456712"
    assert extract_profile(cv)["full_name"] == "Anjali Shrestha"


def test_a_phone_wrapped_after_its_area_code_is_read_whole() -> None:
    cv = (
        "Oleksandr Kovalenko\nMD, PhD\n"
        "4102 Carnegie Ave, Apt 7B, Cleveland, OH 44103 · o.kovalenko.md@gmail.com · +1 (216)\n"
        "555-0143 · ORCID 0000-0002-5813-4471\n"
    )
    assert extract_profile(cv)["phone_e164"] == "+12165550143"
