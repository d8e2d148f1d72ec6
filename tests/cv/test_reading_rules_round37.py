"""Reading rules from issue 12's thirty-seventh round: what holdout35 left unread, then holdout36 (w110–w112, tuned on
once scored untouched: the Middle East and North Africa, Western and Central Europe, résumé builders)."""

from __future__ import annotations

from datetime import date

from include.cv.dates import parse_point
from include.cv.layout import TextLine, unspaced
from include.cv.profile import extract_profile, languages
from include.cv.sections import (
    EDUCATION,
    EXAMS,
    INTERESTS,
    LANGUAGES,
    PERSONAL,
    PUBLICATIONS,
    USCE,
    WORK,
    heading_kind,
    split_sections,
)
from include.cv.usce import entry_type
from include.vocab import visa_status
from tests.cv.corpus_files import entries, read, spans

TODAY = date(2026, 12, 1)

HH_RU = (
    "Dmitry Sokolov\n"
    "dm.sokolov@yandex.ru\n\n"
    "Желаемая должность и зарплата\n\n"
    "Врач-невролог / Neurology resident (USA)\n"
    "Занятость: полная занятость\n\n"
    "Опыт работы — 3 года 3 месяца\n\n"
    "Сентябрь 2023 — по настоящее время   ГБУЗ «ГКБ им. С.П. Боткина», Москва. Врач-невролог.\n"
    "Июль 2025 — Август 2025 Mayo Clinic, Rochester, Minnesota, USA. Observership, Department of\n"
    "Neurology (стажировка-наблюдение, Observer).\n\n"
    "Обо мне\n\n"
    "Цель — резидентура по неврологии в США.\n"
)


def test_an_hh_ru_export_s_headings() -> None:
    assert heading_kind("Опыт работы — 3 года 3 месяца") == (WORK, False)  # the length after it is no word of it
    assert heading_kind("Опыт работы — 11 месяцев") == (WORK, False)
    assert heading_kind("Желаемая должность и зарплата") == (INTERESTS, False)
    assert heading_kind("Тесты, экзамены") is not None
    assert heading_kind("Обо мне") == (INTERESTS, False)
    assert heading_kind("Опыт работы — Mayo Clinic") is None  # not a length: a line of its own


def test_an_hh_ru_export_s_desired_post_and_us_experience() -> None:
    profile = extract_profile(HH_RU, TODAY)
    assert profile["specialties"] == ["Neurology"]  # "Neurology resident" under the desired post
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]] == [
        ("observership", "MN", "2025-07", "2025-08")
    ]


def test_italian_and_german_date_words() -> None:
    assert spans("dal 12/2025 ad oggi") == [((2025, 12), None)]
    assert spans("vom 15.09.2025 bis 14.11.2025") == [((2025, 9), (2025, 11))]
    assert parse_point("05.04.2019") == (2019, 4)  # dots are day-first: the 5th of April
    assert parse_point("05/04/2019") == (2019, 5)  # slashes keep the US order
    text = (
        "ESPERIENZE PROFESSIONALI\n"
        "dal 12/2025 ad oggi\n"
        "Dirigente Medico, UOC Anestesia e Rianimazione, AORN Antonio Cardarelli, Napoli.\n"
        "dal 15/09/2025 al 14/11/2025\n"
        "Clinical Observership — Department of Anesthesiology, The Johns Hopkins\n"
        "Hospital, Baltimore (MD), USA.\n"
        "2019 – 2020\n"
        "Guardia medica turistica, ASL Napoli 3 Sud.\n"
    )
    assert entries(text) == [("observership", "MD", "2025-09", "2025-11")]


def test_a_famulatur_dated_above_with_its_days_in_brackets() -> None:
    text = (
        "FAMULATUREN UND PRAKTISCHES JAHR\n\n"
        "08/2018\n\n"
        "Famulatur Gastroenterologie\n"
        "Universitätsspital Zürich, Schweiz (4 Wochen)\n\n"
        "03/2019 – 04/2019\n\n"
        "Famulatur / Clinical Clerkship Innere Medizin (hands-on, Stationsarbeit)\n"
        "Mount Sinai Hospital, New York, NY, USA (11.03.–05.04.2019)\n"
    )
    assert entries(text) == [("hands_on", "NY", "2019-03", "2019-04")]
    assert heading_kind("Famulatur / Clinical Clerkship Innere Medizin (hands-on, Stationsarbeit)") is None
    assert heading_kind("Core clerkships completed / in progress (hands-on)") == (USCE, False)


def test_a_german_lebenslauf() -> None:
    assert heading_kind("PERSÖNLICHE DATEN") == (PERSONAL, False)
    assert heading_kind("BERUFLICHER WERDEGANG") == (WORK, False)
    assert heading_kind("STUDIUM") == (EDUCATION, False)
    assert heading_kind("US-EXAMINA")[0] == EXAMS
    profile = read("holdout36", "w111_013_lebenslauf_student_lo.pdf")
    assert profile["medical_school"] == "Universität zu Köln"  # "Humanmedizin (Staatsexamen)"
    assert (profile["graduation_year"], profile["is_student"]) == (2027, True)  # "voraussichtlicher Abschluss (M3)"
    assert "Swedish" in profile["languages"]  # "Schwedisch"
    assert read("holdout36", "w111_003_lebenslauf_photo.docx")["specialties"] == [
        "Internal Medicine",
        "Gastroenterology",
    ]


def test_what_is_not_a_us_entry_or_section() -> None:
    spearmint = read("holdout36", "w112_009_docx_gdocs_spearmint.docx")  # "Clinical sciences:" a school's years
    assert spearmint["usce_months"] == 16
    moderncv = read("holdout36", "w112_007_chromium_moderncv.pdf")  # "(… relocated to U.S.)" in Mexico City
    assert moderncv["usce_months"] == 5
    assert entry_type("Rotación externa (observership), Jackson Memorial Hospital, Miami, Florida") == "observership"


def test_a_length_wrapped_after_its_number_and_a_year_stated_apart() -> None:
    grid = read("holdout36", "w111_006_chromium_grid.pdf")  # "Houston, TX — 4" / "weeks, starting 1 June 2026"
    assert ("hands_on", "TX", "2026-06", "2026-06") in [
        (e["type"], e["state"], e["start"], e["end"]) for e in grid["usce_entries"]
    ]
    assert grid["graduation_year"] == 2027  # "10/2021 – present", then "Expected graduation: June 2027"


def test_names_letter_spaced_split_by_a_column_or_after_another_script() -> None:
    assert unspaced("A N J A L I   R A M D A S S - M A H A R A J") == "ANJALI RAMDASS-MAHARAJ"
    assert unspaced("J K") == "J K"
    assert heading_kind("L A N G U A G E S") == (LANGUAGES, False)
    assert read("holdout36", "w112_016_soffice_odt.odt")["full_name"] == "Anjali Ramdass-Maharaj"
    assert read("holdout36", "w112_007_chromium_moderncv.pdf")["full_name"] == "Ximena Guadalupe Ibáñez Rentería"
    assert read("holdout36", "w110_015_chromium_arabic_first.pdf")["full_name"] == "Zainab Kadhim Al-Saadi"


def test_a_passport_or_a_degree_is_no_address_for_the_phone() -> None:
    profile = read("holdout36", "w110_011_chromium_sidebar.pdf")  # "MD · …", "Dual citizen: Türkiye / USA"
    assert profile["phone_e164"] == "+905053672184"
    assert profile["visa_status"] == "citizen"
    assert visa_status("Dual citizen: Jordan / Canada") is None


def test_language_names_in_polish_and_a_europass_row_with_its_certificate() -> None:
    text = "Języki / Languages\npolski – ojczysty; angielski – C1 (CAE); niemiecki – B2; rosyjski – A2\n"
    assert languages(split_sections(text)) == ["Polish", "English", "German", "Russian"]
    grid = "PERSONAL SKILLS\nMother tongue(s) Italian\nEnglish C1 C1 C1 C1 C1 — IELTS Academic 8.0\n"
    assert "English" in languages(split_sections(grid))


def test_papers_counted_where_they_are_listed() -> None:
    assert heading_kind("PEER-REVIEWED PUBLICATIONS (N = 6)") == (PUBLICATIONS, False)
    assert read("holdout36", "w110_002_chromium_rtl_persian.pdf")["publications"] == 5  # authors open each paper
    assert read("holdout36", "w112_012_chromium_resumeio_2p.pdf")["publications"] == 5  # "2024 Villanueva Reyes JM, …"
    assert read("holdout36", "w112_002_chromium_zety_timeline.pdf")["publications"] == 1  # "Academic Achievements"
    assert read("holdout36", "w111_001_europass_docx_lo.pdf")["publications"] == 3  # Europass's "Publications" cell
    assert read("holdout3", "w11_009_latex_moderncv_classic.pdf")["publications"] == 1  # not its page number "1/2"


def test_a_scan_s_name_and_contacts_mended_by_what_else_it_says() -> None:
    def profile(*lines: str) -> dict:
        return extract_profile(
            [TextLine(x, 1, size=20.0 if i == 0 else 10.0, top=0.05 * (i + 1), ocr=True) for i, x in enumerate(lines)],
            TODAY,
        )

    edge = profile("eem Abdulaziz Al-Harbi", "obile: 050 874 3321 | reem.alharbi.md@gmail.com | Jeddah, Saudi Arabia")
    assert edge["full_name"] == "Reem Abdulaziz Al-Harbi"  # the scan's edge cut the R: the email spells it
    bar = profile("CURRICULUM VITAE", "Name i Ey Bogdan-Mihai Stanciu", "E-mail | bogdan.stanciu.surg@gmail.com")
    assert bar["full_name"] == "Bogdan-Mihai Stanciu"  # the table's bar and a speck read as "i Ey"
    assert profile("Bikash   Adhikar!", "+977 980-2345678")["full_name"] == "Bikash Adhikari"
    pin = profile("Aisha Bello Abubakar", "aisha.bello.abubakar@gmail.com & +234 706 123 4567 6 Zaria, Nigeria")
    assert pin["phone_e164"] == "+2347061234567"  # the place pin read as "6"
    dot = profile("Youssef Magdy Hassan", "Mobile: 010 9876 1234 youssef.magdy hassan@gmail.com - Alexandria, Egypt")
    assert dot["email"] == "youssef.magdy.hassan@gmail.com"


def test_an_exchange_semester_under_the_degree_is_not_its_school() -> None:
    profile = read("holdout36", "w111_005_chromium_sidebar.pdf")  # "Erasmus+ semester — Medizinische Universität Graz"
    assert (profile["medical_school_country"], profile["graduation_year"]) == ("HU", 2023)
    assert profile["medical_school"].startswith("Semmelweis University")
    assert read("holdout36", "w111_009_plain.txt")["graduation_year"] == 2019  # not the Erasmus year, 2017


def test_a_place_going_on_from_the_line_above() -> None:
    text = (
        "Experiencia clínica\n"
        "Rotación externa (observership) , Department of Obstetrics, Gynecology &\n"
        "sept. 2024 –\n"
        "Reproductive Sciences, Jackson Memorial Hospital / University of Miami, Miami,\n"
        "nov. 2024\n"
        "Florida, EE. UU.\n"
        "feb. 2023 –\n"
        "Rotación externa en Medicina Materno-Fetal, Hospital Clínic de Barcelona\n"
        "abr. 2023\n"
    )
    assert entries(text) == [("observership", "FL", "2024-09", "2024-11")]  # Barcelona is not in Florida
