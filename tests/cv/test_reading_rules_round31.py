"""Reading rules from issue 12's thirty-first round (holdout31 tuned on: applications written in haste; experienced
IMGs with US support jobs; the scan-heavy end of uploads)."""

from __future__ import annotations

from include.cv import exams
from tests.cv.corpus_files import read


def test_an_ecfmg_status_before_the_next_clause() -> None:
    assert exams.ecfmg(["ECFMG certified, will require J1 visa. Completed a pediatric"]) == "certified"
    assert exams.ecfmg(["Neurology-focused physician from Ukraine, ECFMG-certified, applying for"]) == "certified"
    assert exams.ecfmg(["ECFMG certified (2023). Will require J-1."]) == "certified"
    assert exams.ecfmg(["ECFMG: pending, expected 2025"]) == "pending"
    assert exams.ecfmg(["ECFMG: not certified, will apply 2026"]) == "not_certified"


def test_a_step_passed_before_it_is_named_and_a_practice_test_named_after_its_step() -> None:
    line = "Physician from the Philippines (UST, 2022). Passed USMLE Step 1 (2024). Completed a rotation."
    assert exams.usmle_scores([line])["usmle_step1"] == "pass"
    scores = exams.usmle_scores(["NBME CCSSA practice (Step 2 CK): 238; Step 2 CK scheduled Feb 2027"])
    assert scores["usmle_step2ck"] is None
    assert exams.usmle_scores(["Step 1: Pass · Step 2 CK: 247 · NBME practice 260"])["usmle_step2ck"] == 247


def test_a_us_job_its_cv_calls_non_clinical_is_not_usce() -> None:
    # "Jan 2023 – ongoing: Clinical Research Coordinator II (non-clinical employment), OhioHealth …, Columbus, OH"
    assert read("holdout31", "w96_001_rl_sidebar.pdf")["usce_months"] == 5


def test_a_spanish_degree_after_the_name_is_not_part_of_it_nor_a_name() -> None:
    # "Dra. María Alejandra Gutiérrez Paz, Médica Cirujana"; "Médico Cirujano — Universidad Central de Venezuela"
    assert read("holdout31", "w96_010_odt_from_docx.odt")["full_name"] == "María Alejandra Gutiérrez Paz"
