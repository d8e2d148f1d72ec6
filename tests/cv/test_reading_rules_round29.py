"""Reading rules from issue 12's twenty-ninth round (holdout29 tuned on: Latin America in Spanish and Portuguese;
South Asia's one-line US entries; Sub-Saharan Africa and the former Soviet region)."""

from __future__ import annotations

from include.cv import ocr
from include.cv.dates import find_points, find_ranges
from include.cv.exams import ecfmg
from include.cv.profile import _title_specialties
from include.vocab import state_code
from tests.cv.corpus_files import read, spans


def test_a_spanish_or_portuguese_university_cut_after_its_adjective_goes_on_on_the_next_line() -> None:
    profile = read("holdout29", "w89_001_pdf_sidebar.pdf")  # "…, Universidad Nacional" / "Autónoma de México (UNAM)"
    assert profile["medical_school"].startswith("Facultad de Medicina, Universidad Nacional Autónoma de México")
    profile = read("holdout29", "w89_003_pdf_fpdf_plain.pdf")  # "…, Universidad Peruana" / "Cayetano Heredia"
    assert profile["medical_school"].endswith("Universidad Peruana Cayetano Heredia")


def test_to_date_in_spanish_and_portuguese() -> None:
    assert spans("abr. 2023 – a la fecha | Research fellow") == [((2023, 4), None)]
    assert spans("ene. 2024 – hasta el presente") == [((2024, 1), None)]
    assert spans("maio/2024 – até o momento") == [((2024, 5), None)]
    assert read("holdout29", "w89_014_odt_table.odt")["usce_months"] == 48


def test_a_month_and_two_digit_year_alone_in_a_table_cell() -> None:
    assert [p for p, _ in find_points("Externship | Bellaire Clinic | Houston, TX | 09/24 (4 weeks)")] == [(2024, 9)]
    assert [p for p, _ in find_points("Virtual IM Rotation | Ochsner Health | New Orleans, LA | 01/25")] == [(2025, 1)]
    assert find_points("Blood pressure 12/80 mmHg") == []  # not in a cell of its own
    assert find_points("Grade | 9/10") == []  # one digit: a mark, not a month
    assert find_ranges("IM Observership | Cleveland Clinic | Cleveland, OH | 06/24–07/24")[0].start == (2024, 6)
    assert read("holdout29", "w90_001_docx_table.docx")["usce_months"] == 30


def test_an_ecfmg_status_after_the_id_number() -> None:
    assert ecfmg(["ECFMG ID 1-234-567-8 — certificación pendiente"]) == "pending"
    assert ecfmg(["ECFMG ID: 1-234-567-8"]) is None
    assert ecfmg(["ECFMG ID obtained; certification pending graduation"]) == "pending"


def test_a_title_line_names_the_specialty_before_its_place_and_contacts() -> None:
    line = "Médica Cirujana — Psychiatry — Santiago, Chile / +56 9 8123 4567 / valentina.soto.m@uc.cl / Visa: J-1"
    assert _title_specialties(line) == ["Psychiatry"]
    assert _title_specialties("MBBS — Internal Medicine Resident, Aga Khan Hospital") == []  # a post held
    assert _title_specialties("Médico — Belo Horizonte, MG, Brasil") == []


def test_the_name_in_a_cell_after_the_specialty_sought() -> None:
    assert read("holdout29", "w90_023_lo_rtf.rtf")["full_name"] == "Vikram Singh Rathore"  # "General Surgery | Vikram…"


def test_ocr_repairs_of_an_address() -> None:
    assert ocr.repair("+7 925 318 44 02 | €.morozova.endo@yandex.ru") == "+7 925 318 44 02 | e.morozova.endo@yandex.ru"
    assert ocr.repair("imranhaider .aimc@gmail.com | Lahore") == "imranhaider.aimc@gmail.com | Lahore"


def test_a_poorly_read_page_is_read_again_despeckled() -> None:
    poor = {"text": ["IMRAN", "", "HA1DER", "ses"], "conf": ["40", "-1", "55", "30"]}
    good = {"text": ["IMRAN", "HAIDER"], "conf": ["91", "88"]}
    assert ocr._poorly_read(poor)
    assert not ocr._poorly_read(good)
    assert ocr._poorly_read({"text": [], "conf": []})


def test_the_accents_model_leaves_an_address_parted_from_its_at_sign() -> None:
    def words(*rows: tuple[str, int, int]) -> dict[str, list]:
        return {
            "text": [w for w, _, _ in rows],
            "left": [x for _, x, _ in rows],
            "top": [y for _, _, y in rows],
            "width": [10 * len(w) for w, _, _ in rows],
            "height": [20 for _ in rows],
        }

    english = words(("imranhaider", 100, 50), (".aimc@gmail.com", 215, 50), ("Haider", 100, 90))
    latin = words(("imranħaider", 100, 50), (".aimc@gmail.com", 215, 50), ("Haidér", 100, 90))
    ocr._with_accents(english, latin)
    assert english["text"] == ["imranhaider", ".aimc@gmail.com", "Haidér"]


def test_a_province_is_no_providence() -> None:
    assert state_code("Province") is None
    assert state_code("Providence") == "RI"
    assert state_code("Provdence") == "RI"  # a typo of the city still reads
    assert read("holdout24", "w76_004_fpdf2_classic_thai.pdf")["usce_months"] == 3  # "Nan Hospital, Nan" / "Province"


def test_unpublished_work_in_spanish_and_english_is_not_a_paper() -> None:
    assert read("holdout29", "w91_012_soffice_docx2rtf.rtf")["publications"] == 1  # "Audit (not published): …"
    assert read("holdout29", "w89_003_pdf_fpdf_plain.pdf")["publications"] == 2  # "(manuscrito enviado, 2026)"
    assert read("holdout29", "w89_014_odt_table.odt")["publications"] == 5  # "• Pósters: ACR Convergence 2023; …"


def test_languages_of_nepal() -> None:
    assert read("holdout29", "w90_009_rtf_handmade.rtf")["languages"] == ["Nepali", "English", "Gurung", "Hindi"]
