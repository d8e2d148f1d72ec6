"""Reading rules from issue 12's twenty-third round (holdout23 tuned on: Latin America and the Caribbean; Sub-Saharan
Africa; careers through the UK, Ireland and the Gulf)."""

from __future__ import annotations

from include.cv.dates import join_wrapped_ranges
from include.cv.exams import ecfmg, usmle_scores
from include.cv.identity import clean_name, is_degree
from include.cv.sections import EDUCATION, OTHER, REFERENCES, USCE, heading_kind
from tests.cv.corpus_files import read, spans


def test_degrees_with_a_bracketed_place_or_part_after_a_name() -> None:
    assert is_degree("MRCP(UK)")
    assert is_degree("MBChB (Mosul)")
    assert not is_degree("(MD)")
    assert clean_name("Curriculum Vitae — Dr Usman Ali Chaudhry MBBS MRCP(UK)") == "Usman Ali Chaudhry"
    assert clean_name("Dr Adaeze Chinwe Okafor MBBS MRCOG(Part 1)") == "Adaeze Chinwe Okafor"
    assert clean_name("GMC Number") is None
    assert read("holdout23", "w73_001_docx_nhs_table.docx")["full_name"] == "Usman Ali Chaudhry"


def test_the_latin_name_beside_the_one_chosen_in_its_own_script() -> None:
    assert read("holdout23", "w73_013_txt_bilingual_arabic.txt")["full_name"] == "Zainab Hussein Al-Jubouri"


def test_a_us_hospitals_namesake_or_campus_abroad_is_not_usce() -> None:
    # "Clinical tutor, Weill Cornell Medicine – Qatar … clerkship 2023–present"; its degrees under "Education &
    # Examinations" are read as the education they are
    profile = read("holdout23", "w73_012_odt_to_pdf.pdf")
    assert profile["usce_entries"] == []
    assert profile["medical_school_country"] == "SD"
    assert profile["graduation_year"] == 2013
    # "Beaumont Hospital, Dublin" is not Beaumont in Michigan
    states = [e["state"] for e in read("holdout23", "w73_003_chromium_sidebar.pdf")["usce_entries"]]
    assert states == ["NY", "MI"]  # the observership in New York and the research at the University of Michigan


def test_spanish_and_portuguese_a_between_dates() -> None:
    assert spans("09/2023 a 02/2024 Clinical Research Assistant (remote)") == [((2023, 9), (2024, 2))]
    assert spans("enero 2024 a marzo 2024") == [((2024, 1), (2024, 3))]
    assert spans("Step 2 a 2024") == []
    assert spans("03/2024 al 05/2024") == [((2024, 3), (2024, 5))]
    assert spans("sept. 2023 à déc. 2023") == [((2023, 9), (2023, 12))]
    assert spans("de marzo a mayo 2024") == [((2024, 3), (2024, 5))]
    assert spans("Step 2 a day in 2024") == []
    joined = join_wrapped_ranges("03/2025 a   Research fellow (pesquisa) — Neurologia\n08/2025   Mayo Clinic, MN")
    assert spans(joined.split("\n")[0]) == [((2025, 3), (2025, 8))]


def test_audits_are_not_rotations_and_awaiting_is_pending() -> None:
    assert heading_kind("AUDIT / QUALITY IMPROVEMENT") == (OTHER, False)
    assert heading_kind("Clinical Audits") == (OTHER, False)
    assert [e["state"] for e in read("holdout23", "w73_006_plain_txt.txt")["usce_entries"]] == ["IL"]
    assert ecfmg(["Awaiting ECFMG certification (OET Medicine passed, 2025)"]) == "pending"
    assert ecfmg(["ECFMG certified"]) == "certified"


def test_steps_abbreviated_without_a_colon() -> None:
    assert usmle_scores(["S1 233 / S2 245 (CK)"]) == {"usmle_step1": 233, "usmle_step2ck": 245, "usmle_step3": None}
    assert usmle_scores(["* S1 P / S2 245"])["usmle_step1"] == "pass"
    assert usmle_scores(["S1 P / S2 245 / ECFMG certified"])["usmle_step2ck"] == 245
    assert usmle_scores(["PLAB S1 pass"])["usmle_step1"] is None  # another exam's line


def test_a_misspelt_word_in_a_short_heading() -> None:
    assert heading_kind("Educaton") == (EDUCATION, False)
    assert heading_kind("Clinical Experiance") == (USCE, False)
    assert heading_kind("Refrences") == (REFERENCES, False)
    assert heading_kind("RESUME") is None  # a CV's title, not a misspelt "Resumen"
    assert heading_kind("Cardiology Observership") is None
    assert heading_kind("Experienced physician") is None


def test_a_timelines_usce_label_under_the_education_heading() -> None:
    profile = read("holdout24", "w76_015_chromium_timeline_vn.pdf")
    assert [(e["type"], e["state"]) for e in profile["usce_entries"]] == [
        ("hands_on", "GA"),
        ("hands_on", "GA"),
        ("telehealth", "TX"),
    ]
