"""Reading rules from issue 12's twenty-sixth round (holdout26 tuned on: India and Pakistan; Spanish- and
Portuguese-speaking applicants; West and East Africa and the Caribbean in designed layouts)."""

from __future__ import annotations

from include.cv.places import place_country
from tests.cv.corpus_files import read


def test_schools_of_west_and_southern_africa_and_of_bolivia_and_argentina() -> None:
    assert place_country("College of Medicine and Allied Health Sciences, University of Sierra Leone") == "SL"
    assert place_country("A.M. Dogliotti College of Medicine, University of Liberia") == "LR"
    assert place_country("Universidade Eduardo Mondlane, Maputo") == "MZ"
    assert place_country("Universidad Mayor de San Andrés, La Paz") == "BO"
    assert place_country("Universidad Nacional de Córdoba") == "AR"
    assert place_country("Universidad de Córdoba, Córdoba, Spain") == "ES"


def test_a_medico_line_names_the_school() -> None:
    profile = read(
        "holdout26", "w81_005_fpdf2_twocol.pdf"
    )  # "• Médico — Universidad San Francisco de Quito, Quito. Egreso: 2021"
    assert profile["medical_school"] == "Universidad San Francisco de Quito"
    assert profile["medical_school_country"] == "EC"
    assert profile["graduation_year"] == 2021
