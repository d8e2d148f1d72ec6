"""Reading rules from issue 12's thirtieth round (holdout30 tuned on: Egypt, Iran, Turkey and the Arab world in prose
and tables; East Asia and the EU's English-language schools; résumé-builder and web-form exports)."""

from __future__ import annotations

from include.cv import exams
from include.cv.profile import _FOR_RESIDENCY
from include.cv.sections import heading_kind
from include.cv.usce import _foreign
from tests.cv.corpus_files import read, spans


def test_a_form_or_export_title_is_not_the_name_and_its_name_fields_are_read() -> None:
    assert read("holdout30", "w94_004_eras_experience_txt.txt")["full_name"] == "Ayesha Siddiqa Malik"  # "Malik, …"
    assert read("holdout30", "w94_009_webform_paste_txt.txt")["full_name"] == "Muhammad Usman Chaudhry"
    assert read("holdout30", "w94_012_odfpy_odt.odt")["full_name"] == "Nino Beridze"  # "ნინო ბერიძე  ·  Nino Beridze"


def test_a_web_forms_questions_are_headings_and_its_paper_count_an_answer() -> None:
    assert heading_kind("Previous US clinical experience (list all):") == ("usce", True)
    profile = read("holdout30", "w94_009_webform_paste_txt.txt")
    assert profile["usce_months"] == 6
    assert profile["publications"] == 1  # "Number of publications: 1 (Pak Heart J 2023) + 2 posters"


def test_dates_and_places_in_prose() -> None:
    assert spans("Between April and June 2024 I worked as a hands-on clinical extern") == [((2024, 4), (2024, 6))]
    assert spans("the gap between Step 1 and Step 2") == []
    assert _foreign("a two-week observership at The Hospital for Sick Children\n(SickKids) in Toronto, Ontario")
    assert not _foreign("a four-week observership in general pediatrics at Texas Children's Hospital in Houston")
    assert read("holdout30", "w92_012_pdf_reportlab_prose.pdf")["usce_months"] == 20
    assert read("holdout30", "w92_003_pdf_chromium_prose.pdf")["usce_months"] == 10


def test_a_visa_held_for_the_rotation_over_the_one_needed_for_residency() -> None:
    assert _FOR_RESIDENCY.sub("", "B1/B2 (Visitor)  -- will require J-1 for residency") == "B1/B2 (Visitor)"
    assert _FOR_RESIDENCY.sub("", "J-1 visa required") == "J-1 visa required"
    assert read("holdout30", "w94_004_eras_experience_txt.txt")["visa_status"] == "b1b2"  # "Citizenship:   Pakistan"
    assert read("holdout29", "w91_012_soffice_docx2rtf.rtf")["visa_status"] == "j1"  # nothing else held in the US


def test_exam_results_before_a_practice_score_and_an_ecfmg_date_in_cjk() -> None:
    line = "USMLE Step 1: Passed (Sep 2024). NBME CBSE practice: 81. Step 2 CK planned for 2026/27."
    assert exams.usmle_scores([line])["usmle_step1"] == "pass"
    assert exams.ecfmg(["• ECFMG Certification: 2023年10月"]) == "certified"


def test_a_school_named_after_its_programme_and_a_country_its_name_holds_a_longer_word_of() -> None:
    profile = read("holdout30", "w93_010_reportlab_banner.pdf")  # "…, Integrated Studies of Medicine in English"
    assert profile["medical_school"] == "Lithuanian University of Health Sciences (LSMU), Kaunas"
    assert profile["medical_school_country"] == "LT"
    assert profile["usce_months"] == 32  # "McLean Hospital, Belmont": a hospital that places itself


def test_a_polish_physicians_title_names_the_specialty() -> None:
    assert read("holdout30", "w94_016_chromium_serif_pdf.pdf")["specialties"] == ["Radiology"]


def test_ocr_specks_between_a_phone_numbers_digit_groups() -> None:
    from include.cv import ocr

    assert ocr.repair("zainab@gmail.com | +964'781:220 5537") == "zainab@gmail.com | +964 781 220 5537"
    assert ocr.repair("Submitted: 11/02/2026 08:14 PKT") == "Submitted: 11/02/2026 08:14 PKT"  # a time, not a phone


def test_a_page_read_hardly_at_all_is_read_on_white_paper() -> None:
    profile = read("holdout30", "w92_021_scan_jpg_lowcontrast.jpg")  # a grey, vignetted page: mean confidence 26
    assert profile["full_name"] == "Zainab Hussein Al-Moussawi"
    assert profile["phone_e164"] == "+9647812205537"
