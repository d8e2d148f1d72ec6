"""Reading rules from issue 12's thirty-sixth round (holdout35, tuned on once scored untouched: Eastern Europe and
Central Asia, Anglophone Africa, East and Southeast Asia)."""

from __future__ import annotations

from datetime import date

from include.cv import identity
from include.cv.profile import extract_profile, languages, specialties
from include.cv.sections import split_sections
from tests.cv.corpus_files import read, spans

TODAY = date(2026, 12, 1)


def test_a_name_labelled_in_two_languages() -> None:
    japanese = "氏名\u3000Name：\u3000TANAKA Kenta（田中\u3000健太）\nE-mail： kenta.tanaka.pccm@yahoo.co.jp\n"
    assert extract_profile(japanese, TODAY)["full_name"] == "TANAKA Kenta"
    russian = "europass\n\nName / ФИО   Olena Kovalenko\nОлена Миколаївна Коваленко (passport: Olena Kovalenko)\n"
    assert extract_profile(russian, TODAY)["full_name"] == "Olena Kovalenko"


def test_a_name_then_the_same_without_diacritics_or_with_a_guess_after_it() -> None:
    assert identity.clean_name("Trần Thị Mai TRAN Thi Mai") == "Trần Thị Mai"
    assert identity.clean_name("LEE Ji-hoon 02|2") == "LEE Ji-hoon"  # a scan's guess at the Hangul beside it
    assert identity.clean_name("Anna Maria Kowalska") == "Anna Maria Kowalska"


def test_languages_named_in_russian_and_a_cjk_label_row() -> None:
    text = "Знание языков\n\nРусский — Родной\nАнглийский — C1 — Продвинутый\nНемецкий — B1 — Средний\n"
    assert languages(split_sections("Dmitry Sokolov\n\n" + text)) == ["Russian", "English", "German"]
    row = "考試 Examinations\nUSMLE Step 1: 229\n語言 Languages   Chinese (Mandarin), Taiwanese, English, Japanese\n"
    profile = extract_profile("HUANG Chia-Hao\n\n" + row, TODAY)
    assert profile["languages"] == ["Chinese", "Taiwanese", "English", "Japanese"]


def test_an_objectives_specialties_in_a_long_clause() -> None:
    def sought(sentence: str) -> list[str]:
        return specialties(split_sections("Jane Doe\n\nCAREER OBJECTIVE\n\n" + sentence + "\n"))

    assert sought(
        "To pursue residency training in Internal Medicine followed by a fellowship in Pulmonary and Critical Care "
        "Medicine."
    ) == ["Internal Medicine", "Pulmonology/Critical Care"]
    assert sought(
        "To join an Internal Medicine residency programme and subsequently pursue an Infectious Diseases "
        "fellowship, focusing on HIV care."
    ) == ["Internal Medicine", "Infectious Disease"]
    assert sought("To train in Obstetrics and Gynaecology in the United States and return to Zambia.") == [
        "Obstetrics and Gynecology"
    ]


def test_a_range_with_its_year_written_once() -> None:
    assert spans("2025年7月 – 8月   Observership, Mayo Clinic") == [((2025, 7), (2025, 8))]
    assert spans("2019.09 - 2020.06") == [((2019, 9), (2020, 6))]
    assert spans("Pak J Med Sci. 2023;39(4):1021-6") == []
    assert read("holdout35", "w109_007_plaintext_fullwidth.txt")["usce_months"] == 3


def test_scans_names_beside_another_script_and_a_misread_domain() -> None:
    from include.cv import ocr

    assert ocr.repair("yaw.appiah.md@gmail.cam") == "yaw.appiah.md@gmail.com"
    assert read("holdout35", "w109_017_scan_pdf.pdf")["full_name"] == "YAMAMOTO Yuki"  # "YAMAMOTO Yuki wa &%"
    assert read("holdout35", "w109_018_phone_photo_jpg.jpg")["full_name"] == "CHEN Hao"
