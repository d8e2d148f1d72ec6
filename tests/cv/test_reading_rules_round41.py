"""Reading rules from issue 12's forty-first round (holdout39, tuned on once scored untouched: Southeast Europe and
the Balkans, IMGs living in the US with US jobs, table-heavy CVs)."""

from __future__ import annotations

from include.cv.profile import extract_profile
from tests.cv.corpus_files import TODAY, entries


def test_a_school_s_english_name_wrapped_at_faculty() -> None:
    found = extract_profile(
        "Nikola Petrović\n\nEducation\n"
        "2012 – 2018   Медицински факултет, Универзитет „Св. Кирил и Методиј“ во Скопје — Faculty\n"
        "of Medicine, Ss. Cyril and Methodius University in Skopje, North Macedonia.\n",
        TODAY,
    )
    assert found["medical_school"] == "Faculty of Medicine, Ss. Cyril and Methodius University in Skopje"


def test_a_us_support_job_at_a_research_center_and_undergraduate_research_are_not_usce() -> None:
    text = (
        "US Employment\n"
        "Clinical Research Coordinator, 2018 – 2022\n"
        "Henry Ford Health, Department of Endocrinology, Detroit, MI\n"
        "Coordinated 6 diabetes-device trials (staff position)\n"
        "Arabic Medical Interpreter, 2016 – 2018\n"
        "ACCESS Community Health & Research Center, Dearborn, MI\n"
    )
    assert entries(text) == []
    assert (
        entries("RESEARCH\n2019 – 2020   Research Assistant (undergraduate)\nRutgers University, New Brunswick, NJ\n")
        == []
    )
    assert entries("RESEARCH\n2023 – 2024   Research Fellow, Cardiology\nRutgers University, New Brunswick, NJ\n") == [
        ("research", "NJ", "2023-01", "2024-12")
    ]
