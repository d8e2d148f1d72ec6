"""Reading rules from issue 12's forty-fourth round (holdout41, tuned on once scored untouched: CVs dense with US
clinical experience, CVs that arrive on paper, unusual paths to the medical degree)."""

from __future__ import annotations

from include.cv.exams import ecfmg, usmle_scores
from include.cv.profile import extract_profile
from tests.cv.corpus_files import TODAY, entries, pdf_lines, read


def test_rotations_listed_under_their_hospital_s_line_share_its_place() -> None:
    text = (
        "U.S. Clinical Experience\n"
        "Saint Barnabas Medical Center, Livingston, New Jersey\n"
        "Emergency Medicine Externship (hands-on) — Jan 2024 to Feb 2024\n"
        "Observership, General Surgery (Acute Care Surgery) — March 2024\n"
        "Detroit Medical Center – Sinai-Grace Hospital, Detroit, MI\n"
        "Observership, Emergency Medicine — 4 weeks, starting 3 June 2024\n"
        "Observership, Medical ICU (Pulmonary & Critical Care) — July 2024\n"
        "MedStar Washington Hospital Center, Washington, DC\n"
        "Virtual Emergency Medicine rotation (telehealth) — Sep 2024\n"
    )
    assert entries(text) == [
        ("hands_on", "NJ", "2024-01", "2024-02"),
        ("observership", "NJ", "2024-03", "2024-03"),
        ("observership", "MI", "2024-06", "2024-06"),
        ("observership", "MI", "2024-07", "2024-07"),
        ("telehealth", "DC", "2024-09", "2024-09"),
    ]


def test_hospital_groups_set_apart_by_blankpdf_lines() -> None:
    text = (
        "Clinical Experience in the USA\n\n"
        "UF Health Shands Hospital — Gainesville, FL\n"
        "Neurology Observership – Stroke service (Aug 2025 – Sep 2025)\n"
        "Neurocritical Care Observership (Oct 2025)\n\n"
        "Baptist Medical Center — Jacksonville, Florida\n"
        "Hands-on Externship – Internal Medicine (Nov 2025 – Dec 2025)\n"
        "Research Assistant – Stroke outcomes registry (Jan 2026 – present)\n"
    )
    assert entries(text) == [
        ("observership", "FL", "2025-08", "2025-09"),
        ("observership", "FL", "2025-10", "2025-10"),
        ("hands_on", "FL", "2025-11", "2025-12"),
        ("research", "FL", "2026-01", "2026-12"),
    ]


def test_a_range_of_two_months_is_not_joined_to_the_next_line_s_date() -> None:
    text = (
        "US Clinical Experience\n"
        "June – July 2025 — Pediatrics Observership, Nemours Children's Hospital, Wilmington, Delaware\n"
        "Sept 2025 — Virtual (telehealth) rotation, Internal Medicine — Lakeside Community Health, Toledo, Ohio\n"
    )
    assert entries(text) == [
        ("observership", "DE", "2025-06", "2025-07"),
        ("telehealth", "OH", "2025-09", "2025-09"),
    ]


def test_a_table_of_outlined_cells_is_read_by_their_borders() -> None:
    # fpdf2 draws each bordered cell as one stroked rectangle, not as lines
    lines = pdf_lines("holdout41", "w127_014_fpdf2_table.pdf")
    assert "10/2024 – 11/2024   Observership, Endocrinology   Mayo Clinic, Rochester, MN" in lines
    assert "USMLE Step 2 CK | 247" in lines
    found = read("holdout41", "w127_014_fpdf2_table.pdf")
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in found["usce_entries"]] == [
        ("observership", "MN", "2024-10", "2024-11")
    ]
    assert found["publications"] == 2


def test_a_month_over_its_year_in_a_table_s_dates_cell() -> None:
    lines = pdf_lines("holdout41", "w125_016_chromium_wrapped_table.pdf")
    assert "August 2023   Hands-on Externship, Emergency Medicine   Kern Medical   Bakersfield, California" in lines
    found = read("holdout41", "w125_016_chromium_wrapped_table.pdf")
    assert ("hands_on", "CA", "2023-08", "2023-08") in [
        (e["type"], e["state"], e["start"], e["end"]) for e in found["usce_entries"]
    ]
    assert found["usce_months"] == 9


def test_exams_told_in_sentences() -> None:
    lines = [
        "I passed USMLE Step 1 on my first attempt and scored 236 on USMLE Step 2 CK. I have",
        "been ECFMG certified since 2023, and I will travel on my B1/B2 visa for any further rotations.",
    ]
    assert usmle_scores(lines) == {"usmle_step1": "pass", "usmle_step2ck": 236, "usmle_step3": None}
    assert ecfmg(lines) == "certified"
    assert ecfmg(["ECFMG Certified (Certificate No. 0-987-654-3, issued 2023)"]) == "certified"


def test_a_paper_followed_by_sentences_about_posters_is_counted() -> None:
    text = (
        "Ana Ruiz\n\nPublications\n"
        "Peer-reviewed publication: Benali FZ, et al. Postpartum hemorrhage in Casablanca. Pan Afr\n"
        "Med J. 2022;41:210. I also presented two posters at SMFM 2025, and one manuscript is\n"
        "under review.\n"
    )
    assert extract_profile(text, TODAY)["publications"] == 1


def test_an_education_heading_with_a_dashed_aside() -> None:
    text = (
        "Zsófia Kertész\n\nEducation — combined MD–PhD track\n"
        "• 2012 – 2018: Doctor of Medicine (dr. med., General Medicine, 6 years), Semmelweis\nUniversity, Budapest\n"
        "• 2018 – 2022: PhD, Doctoral School of Pathological Sciences, Semmelweis University, Budapest\n\n"
        "Interests\nHematology-Oncology\n"
    )
    found = extract_profile(text, TODAY)
    assert found["medical_school"].startswith("Semmelweis University")
    assert (found["medical_school_country"], found["graduation_year"]) == ("HU", 2018)
    assert found["specialties"] == ["Hematology/Oncology"]


def test_the_school_left_by_transfer_did_not_award_the_degree() -> None:
    text = (
        "Andrea Villaseñor Cruz\n\nEducation\n"
        "2015 – 2017   Universidad Autónoma de Guadalajara, Guadalajara, Jalisco   Basic sciences (years 1–2 of the "
        "Médico Cirujano program); transferred in good standing\n"
        "2017 – 2022   Universidad Panamericana, Facultad de Ciencias de la Salud, Ciudad de México   Título de "
        "Médico Cirujano (degree awarded by Universidad Panamericana, August 2022)\n"
    )
    found = extract_profile(text, TODAY)
    assert found["medical_school"].startswith("Universidad Panamericana")
    assert found["graduation_year"] == 2022
    table = read("holdout41", "w127_014_fpdf2_table.pdf")  # "Medizinische Universität Graz … ; transferred"
    assert (table["medical_school"], table["graduation_year"]) == ("Medizinische Universität Wien", 2018)


def test_the_next_bulleted_degree_is_not_this_entry_s_year() -> None:
    text = (
        "Jonas Müller\n\nSTUDIUM / MEDICAL EDUCATION\n"
        "• 2013 – 2020: Studium der Humanmedizin, Ludwig-Maximilians-Universität München. Ärztliche Prüfung\n"
        "(Staatsexamen) 11/2020; Approbation als Arzt 12/2020.\n"
        "• 2020 – 2022: Dr. med. (doctoral thesis in neuroradiology, magna cum laude), LMU München, awarded\n"
        "2022.\n"
    )
    assert extract_profile(text, TODAY)["graduation_year"] == 2020


def test_rotations_under_word_s_symbol_bullets_each_with_a_wrapped_line() -> None:
    text = (
        "U.S. Clinical Experience\n"
        "\uf0b7 Observership, Internal Medicine — Houston Methodist Hospital, Houston, TX. Jan 2024 – Feb 2024.\n"
        "Attended rounds, morning report and noon conferences.\n"
        "\uf0b7 Hands-on Clinical Externship, Family Medicine — Bayview Family Health Clinic, Chula Vista, CA.\n"
        "03/2024 – 04/2024. Took histories, presented patients, wrote progress notes under supervision.\n"
    )
    assert entries(text) == [
        ("observership", "TX", "2024-01", "2024-02"),
        ("hands_on", "CA", "2024-03", "2024-04"),
    ]
