"""Reading rules from issue 12's thirteenth round (holdout13: South Asia, Latin America and the Caribbean, the
Middle East, Eastern Europe and Central Asia)."""

from __future__ import annotations

from datetime import date

from include.cv.education import education
from include.cv.exams import ecfmg, usmle_scores
from include.cv.layout import TextLine
from include.cv.profile import extract_profile, languages, publications, specialties
from include.cv.sections import EDUCATION, EXAMS, PUBLICATIONS, USCE, heading_kind, split_sections
from include.cv.usce import find_specialties

TODAY = date(2026, 12, 1)


def _school(text: str) -> tuple[str | None, int | None, bool | None]:
    got = education(split_sections(text), TODAY)
    return got.medical_school, got.graduation_year, got.is_student


def test_spanish_portuguese_and_french_results_and_ecfmg_statuses() -> None:
    assert usmle_scores(["Step 1 — Aprovada (2023)", "Step 2 CK — 244 (2024)"])["usmle_step1"] == "pass"
    assert usmle_scores(["Step 1: Aprobado"])["usmle_step1"] == "pass"
    assert usmle_scores(["Step 1: Reprobado (2023)"])["usmle_step1"] == "fail"
    assert ecfmg(["Certificación ECFMG: obtenida (certificado, 2024)"]) == "certified"
    assert ecfmg(["11.08.2023   ECFMG Certified (certificate no. 0-812-345-6)"]) == "certified"
    assert ecfmg(["ECFMG: OET passed 2025; certification pending final document"]) == "pending"
    assert ecfmg(["USMLE / ECFMG", "Step 1: Passed (first attempt)", "ECFMG Certified (Certificate No. 0-987)"]) == (
        "certified"
    )


def test_specialties_in_romance_languages_titles_and_long_objectives() -> None:
    def read(text: str) -> list[str]:
        return specialties(split_sections("Ana Souza\n" + text))

    assert read("Intereses\nMedicina Familiar y Geriatría\n") == ["Family Medicine", "Geriatrics"]
    assert read("Objetivo / Objective\nObtener una posición de residencia en Obstetricia y Ginecología o Medicina "
                "Familiar en los Estados Unidos.\n") == ["Obstetrics and Gynecology", "Family Medicine"]  # fmt: skip
    assert specialties(split_sections("Ana Souza\nMédica · Neurologia & Psiquiatria\n\nEDUCATION\nMD 2020\n")) == [
        "Neurology",
        "Psychiatry",
    ]
    assert specialties(split_sections("Sofía Cárdenas\nEstudiante de Medicina (Internado) · Pediatrics\n")) == [
        "Pediatrics"
    ]
    assert specialties(
        split_sections("Daniela Garza\nMédico Cirujano · Emergency Medicine   San Pedro Garza García, N.L., México\n")
    ) == ["Emergency Medicine"]
    long = (
        "To obtain a PGY-1 position in Internal Medicine in a reputed US residency programme where I can utilise my "
        "clinical skills and continue to learn under expert supervision."
    )
    assert find_specialties(long) == ["Internal Medicine"]
    assert read("OTHER\n  * Languages: English, Haitian Creole, French\n  * Goal: Psychiatry residency\n") == [
        "Psychiatry"
    ]


def test_language_labels_bulleted_bilingual_and_known() -> None:
    assert languages(split_sections("A B\nOTHER\n  * Languages: English, Haitian Creole, French")) == [
        "English",
        "Haitian Creole",
        "French",
    ]
    assert languages(split_sections("A B\nPersonal\nBilingual: English / Spanish")) == ["English", "Spanish"]
    assert languages(split_sections("A B\nLANGUAGES KNOWN\nEnglish, Kannada, Hindi, Tamil")) == [
        "English",
        "Kannada",
        "Hindi",
        "Tamil",
    ]


def test_headings_a_qualifications_table_names_and_places_in_brackets() -> None:
    assert heading_kind("Publicaciones (revisadas por pares)") == (PUBLICATIONS, False)
    assert heading_kind("CLINICAL ROTATIONS (all in Chicago)") == (USCE, True)
    assert heading_kind("Clinical Experience (Georgia)") is None  # the country too
    sections = split_sections(
        "A B\nACADEMIC QUALIFICATIONS\nExam\nBoard / University\nYear | Marks\n"
        "MBBS | Faculty of Medicine, University of Colombo | 2012–2017 | Second Class (Upper)\nEXAMINATIONS\nStep 1\n"
    )
    assert [s.kind for s in sections[1:]] == [EDUCATION, EXAMS]
    assert _school("EDUCATION\n" + "\n".join(sections[1].lines))[:2] == (
        "Faculty of Medicine, University of Colombo",
        2017,
    )


def test_schools_in_brackets_wrapped_asides_and_dates_before_them() -> None:
    assert _school("EDUCATION\n  2019-2024 -- MD (Windsor University School of Medicine, Cayon, St. Kitts)\n")[0] == (
        "Windsor University School of Medicine, Cayon"
    )
    text = (
        "Education\nDegree   Institution   Year   Result\nDhaka Medical College   2012–2018 (internship\n"
        "MBBS   Passed\n(University of Dhaka)   2018–2019)\n"
    )
    assert _school(text)[:2] == ("Dhaka Medical College", 2018)
    text = (
        "Education\n09.2014 - 06.2020 Tashkent Medical Academy, Tashkent, Uzbekistan - General Medicine (Diploma of "
        "Doctor,\nMD equivalent)\n09.2020 - 07.2022 Clinical ordinatura (residency), Endocrinology - Republican "
        "Specialized\nMedical Center of Endocrinology, Tashkent\n"
    )
    assert _school(text) == ("Tashkent Medical Academy, Tashkent", 2020, False)
    text = (
        "Educación\nDoctor en Medicina   2014 – 2021\n"
        "Universidad Autónoma de Santo Domingo (UASD), Facultad de Medicina\n"
    )
    assert _school(text)[0] == "Universidad Autónoma de Santo Domingo (UASD), Facultad de Medicina"


def test_graduation_expected_earlier_this_year_is_no_longer_a_student() -> None:
    text = (
        "Education\n2020/09 - 2026/06 Medical Doctor (MD), Tbilisi State Medical University, Tbilisi, Georgia "
        "(expected graduation June 2026)\n"
    )
    assert _school(text)[1:] == (2026, False)
    text = (
        "Educación\n2021 – actualidad   Medicina (Médico Cirujano, grado esperado jun 2027)\n"
        "Pontificia Universidad Javeriana\n"
    )
    assert _school(text)[1:] == (2027, True)


def test_papers_a_year_column_label_cells_and_research_bullets() -> None:
    year_column = (
        "A B\nPublications (peer-reviewed)\n2025   Abdelrahman MA, et al. Non-invasive fibrosis scores. Arab\n"
        "Journal of Gastroenterology. 2025;26(1):44-50.\n"
        "2024   Abdelrahman MA, Farag S. PPI overuse in medical wards.\n"
        "BMC Gastroenterology. 2024;24:118.\n"
    )
    assert publications(split_sections(year_column)) == 2
    label_cell = (
        "A B\nLANGUAGES\nEnglish\nPUBLICATIONS | Bondarenko K, Tkachenko O. Depression screening. Fam Med Prim Care "
        "Rev. 2024;26(3):301-6.\nCAREER OBJECTIVE | Family Medicine residency (PGY-1, 2027).\n"
    )
    assert publications(split_sections(label_cell)) == 1
    research = (
        "A B\nRESEARCH\n\uf0b7   Perera D, Silva N. Snakebite envenoming in a tertiary ED. Ceylon Med J.\n"
        "2022;67(1):12-7.\n"
        "\uf0b7   Poster: Trauma triage audit, SLCEM Annual Congress 2023\n"
    )
    assert publications(split_sections(research)) == 1


def test_contacts_alone_on_the_last_page_a_quoted_email_and_the_mobile() -> None:
    lines = [
        TextLine("Rafael Nogueira", page=1, size=20, top=0.05),
        TextLine("Formação acadêmica", page=1, size=14, top=0.1),
        TextLine("Graduação em Medicina, Universidade Federal de Minas Gerais, 2019", page=1, size=12, top=0.12),
        TextLine("Referências", page=1, size=14, top=0.7),
        TextLine("Dr. Luis Castro, Cleveland Clinic — castrol@ccf.org — +1 216 444 2200", page=1, size=12, top=0.72),
        TextLine("rafael.a.nogueira@gmail.com · +55 31 99812-4470 · Belo Horizonte", page=2, size=10.7, top=0.08),
    ]
    profile = extract_profile(lines, TODAY)
    assert (profile["email"], profile["phone_e164"]) == ("rafael.a.nogueira@gmail.com", "+5531998124470")
    pasted = (
        "> Our coordinator Ms. Tracy Lin (tlin@rotations-office.example, +1 312 555 0100) will review it.\n"
        "WIDLYNE JOSEPH, MD\nChicago, IL 60649 | 773.555.0119 | widlyne.joseph.md@gmail.com\n"
    )
    assert extract_profile(pasted, TODAY)["phone_e164"] == "+17735550119"
    two = "Sofía Cárdenas\n✉ sofia@javeriana.edu.co\n☎ +57 (601) 555 0182 · móvil +57 315 882 0431\n"
    assert extract_profile(two, TODAY)["phone_e164"] == "+573158820431"
