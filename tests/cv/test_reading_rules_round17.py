"""Reading rules from issue 12's seventeenth round (holdout17 tuned on: the Middle East, North Africa and the Gulf;
Latin America and the Caribbean in Spanish and Portuguese; a week's mixed inbox)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from include.cv.dates import find_ranges
from include.cv.education import education
from include.cv.extract import extract_text
from include.cv.identity import name
from include.cv.profile import languages, publications, specialties
from include.cv.sections import INTERESTS, heading_kind, split_sections
from include.cv.usce import split_entries, usce_entries
from include.vocab import canonical_language, country_code
from tests.cv.corpus_files import entries

TODAY = date(2026, 12, 1)
CORPUS = Path(__file__).parent / "corpus"


def test_days_before_months_and_a_season_with_its_length_and_months() -> None:
    def months(text: str) -> list[tuple[tuple[int, int | None], tuple[int, int | None] | None]]:
        return [(r.start, r.end) for r in find_ranges(text)]

    assert months("UT Health San Antonio, Texas — 15 Jan – 12 Feb 2024 (4 weeks)") == [((2024, 1), (2024, 2))]
    assert months("Summer 2024 (8 weeks, June–July): Observership") == [((2024, 6), (2024, 7))]


def test_a_research_year_listed_with_the_degrees_is_us_experience() -> None:
    text = (
        "EDUCATION\nMédico Cirujano (MD), Tecnológico de Monterrey, Monterrey,\n"
        "Mexico — 2018 – 2024; degree conferred 2025\n"
        "Servicio social en investigación (research social service year) — Division of Gastroenterology,\n"
        "Mayo Clinic, Rochester, MN — Aug 2024 – Jul 2025\n"
    )
    assert entries(text) == [("research", "MN", "2024-08", "2025-07")]
    # a degree's own clinical rotations are not read from the education section
    assert entries("EDUCATION\nMD, St. George's University — clinical rotations in Brooklyn, NY, 2022 – 2024\n") == []


def test_a_title_over_its_place_and_dates_after_the_entry_above() -> None:
    block = [
        "Clinical Observer, Anesthesiology   10/2023 – 12/2023",
        "Massachusetts General Hospital",
        "Research Scholar, Critical Care Medicine (CRISMA Center)",
        "University of Pittsburgh Medical Center, Pittsburgh, PA   01/2024 – 09/2024",
    ]
    assert split_entries(block) == [block[:2], block[2:]]


def test_a_us_heading_set_like_the_others() -> None:
    lines = [x.text for x in extract_text((CORPUS / "holdout17/files/w55_008_odt_plain.odt").read_bytes()).lines]
    assert "USA" in lines  # a heading in the headings' size and weight, in capitals
    got = usce_entries(
        split_sections(extract_text((CORPUS / "holdout17/files/w55_008_odt_plain.odt").read_bytes()).lines), TODAY
    )
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in got] == [("hands_on", "MI", "2024-02", "2024-04")]


def test_names_written_out_in_a_label_and_europass_labels() -> None:
    def read(text: str, address: str | None = None) -> str | None:
        found = name(split_sections(text), address)
        return found.value if found else None

    text = "Zaid T. Mansour\n\nProfile\nFull legal name: Zaid Tareq Mansour. U.S. citizen (born in Chicago, IL).\n"
    assert read(text, "zaid.mansour@hu.edu.jo") == "Zaid Tareq Mansour"
    assert read("europass Curriculum Vitae\nPERSONAL INFORMATION\nName Andrei-Mihai Popescu\n") == (
        "Andrei-Mihai Popescu"
    )
    assert read("Dra. María Altagracia Peña Rosario\nDoctor en Medicina\n") == "María Altagracia Peña Rosario"
    assert heading_kind("JOB APPLIED FOR") == (INTERESTS, False)


def test_schools_degrees_and_countries_of_latin_america_and_north_africa() -> None:
    def read(line: str) -> tuple[str | None, str | None, int | None]:
        got = education(split_sections(f"A B\nEducation\n{line}\n"), TODAY)
        return got.medical_school, got.medical_school_country, got.graduation_year

    assert read(
        "Médico Cirujano (MD), Escuela de Medicina y Ciencias de la Salud, Tecnológico de Monterrey — 2018 – 2024"
    )[0] == ("Escuela de Medicina y Ciencias de la Salud, Tecnológico de Monterrey")
    assert read("Graduação em Medicina — Faculdade de Medicina da Universidade de São Paulo. fev/2018 – dez/2023.")[
        1:
    ] == (
        "BR",
        2023,
    )
    assert read("• M.B.Ch.B. — Hawler Medical University, College of Medicine, Erbil (2013–2019)")[2] == 2019
    assert read("Doctorat en Médecine (MD), Faculté de Médecine d'Alger, 2012 – 2019")[1] == "DZ"
    assert country_code("Dominicana.") == "DO"
    assert country_code("San Martín") is None  # Peru's region, not Saint Martin


def test_papers_whose_titles_hold_a_talks_words_and_what_is_no_paper() -> None:
    def count(text: str) -> int:
        return publications(split_sections("A B\n" + text))

    assert (
        count("Publications\nAl-Otaibi R, et al. DKA at presentation in Saudi children. J Pediatr. 2024;37(4):321-7.\n")
        == 1
    )
    assert (
        count(
            "RESEARCH\nCase report: Haddad L, Obeidat N. Atypical presentation of lupus. Cureus. 2022;14(5):e25011.\n"
        )
        == 1
    )
    portuguese = (
        "PUBLICAÇÕES (ARTIGOS REVISADOS POR PARES)\nNogueira JPA, et al. Chagas cardiomyopathy. Arq Bras Cardiol. "
        "2024;121(5):e2023.\nSubmetido: Nogueira JPA, et al. SGLT2 inhibitors in HFpEF. (em revisão)\n"
        "Capítulo de livro: Bezerra TCM. Cefaleias. In: Manual de Neurologia. 2025.\n"
    )
    assert count(portuguese) == 1
    years = "Publicações\n2025\nNogueira ABC, et al. Thrombectomy. Arq\nNeuropsiquiatr. 2025;83(1):e0021.\n2024\n" + (
        "Nogueira ABC, Lima R. Venous thrombosis. J Stroke. 2024;33:107612.\n2023\nPôster: Wake-up stroke, WSC.\n"
    )
    assert count(years) == 2


def test_languages_of_a_europass_grid_berber_and_portuguese_objectives() -> None:
    grid = "A B\nPERSONAL SKILLS\nMother tongue(s) Romanian\nOther language(s)\nEnglish   C2   C2   C1   C1   C2\n"
    assert sorted(languages(split_sections(grid + "French   B2   B2   B1   B1   B1\n"))) == [
        "English",
        "French",
        "Romanian",
    ]
    assert (canonical_language("Amazigh"), canonical_language("Kabyle")) == ("Berber", "Kabyle")
    objective = "A B\nOBJETIVO\nResidência em Medicina Interna com posterior fellowship em Cardiologia.\n"
    assert specialties(split_sections(objective)) == ["Internal Medicine", "Cardiology"]
    residency = "A B\nRESIDENCY INTEREST\n==================\nFamily Medicine (primary), with interest in Geriatrics.\n"
    assert specialties(split_sections(residency)) == ["Family Medicine", "Geriatrics"]
