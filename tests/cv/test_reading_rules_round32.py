"""Reading rules from issue 12's thirty-second round (holdout31's hasty applications tuned on again: abbreviated
rotation types, a state in brackets, US experience told only in a summary's sentence)."""

from __future__ import annotations

from datetime import date

from include.cv.sections import split_sections
from include.cv.usce import entry_type, find_state, usce_entries
from tests.cv.corpus_files import read

TODAY = date(2026, 12, 1)


def test_abbreviated_rotation_types() -> None:
    assert entry_type("EM obs., Northwestern Memorial Hospital, Chicago, Illinois") == "observership"
    assert entry_type("Nephrology obs — Temple University Hospital, Philadelphia") == "observership"
    assert entry_type("IM ext., Jacobi Medical Center, Bronx NY") == "hands_on"
    # Obstetrics and a phone extension are neither.
    assert entry_type("Obs. & Gynae, District Hospital") is None
    assert entry_type("Obs/Gyn house job") is None
    assert entry_type("Dr. Rao, Mercy Hospital, 555-0100 ext. 22") is None


def test_a_hospital_named_for_research_is_not_a_research_entry() -> None:
    line = "• Observership, Pediatric Hem/Onc — St. Jude Children's Research Hospital, Memphis, TN — April 2025"
    assert entry_type(line) == "observership"
    assert entry_type("Research fellow, Lerner Research Institute, Cleveland, OH") == "research"


def test_a_state_in_brackets() -> None:
    assert find_state("Neuro obs. | Mount Sinai Hospital (NY) | 2023-03 → 2023-04") == "NY"
    assert find_state("Observership (ID), Aga Khan University Hospital, Karachi") is None


def test_an_experience_told_only_in_the_summary() -> None:
    text = (
        "Priyanka Venkataraman\n\nAbout\nMBBS graduate (Madras Medical College, 2025). Step 1 passed. Interested in\n"
        "Radiology. Did a radiology obs. at Emory University Hospital,\nAtlanta GA in May 2025.\n\n"
        "Education\nMBBS — Madras Medical College — 2019–2025\n"
    )
    entries = usce_entries(split_sections(text), TODAY)
    assert [(e["type"], e["specialty"], e["state"], e["start"], e["end"]) for e in entries] == [
        ("observership", "Radiology", "GA", "2025-05", "2025-05")
    ]


def test_a_summary_reads_clause_by_clause_and_skips_plans_and_restatements() -> None:
    text = (
        "Profile\nCompleted a pediatric observership at Cleveland Clinic Children's in Ohio (Sep-Oct 2023) prior\n"
        "to hands-on work in New York. Planning an externship in Houston, TX in January 2027.\n\n"
        "US Clinical Experience\n"
        "Peds ext. (hands-on) — Maimonides Children's Hospital, Brooklyn, NY — Feb 2024 to Mar 2024\n"
        "Pediatrics observership — Cleveland Clinic, Cleveland, OH — 09/2023 – 10/2023\n"
    )
    entries = usce_entries(split_sections(text), TODAY)
    assert sorted((e["type"], e["state"], e["start"], e["end"]) for e in entries) == [
        ("hands_on", "NY", "2024-02", "2024-03"),
        ("observership", "OH", "2023-09", "2023-10"),
    ]


def test_a_statement_that_observed_in_a_us_city() -> None:
    # "Recently observed at a family practice in Baltimore, Maryland (July–August 2025)."
    profile = read("holdout31", "w95_003_fpdf_plain.pdf")
    assert profile["usce_months"] == 2
    assert profile["usce_entries"][0]["type"] == "observership"
