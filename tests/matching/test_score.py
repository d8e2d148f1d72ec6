"""Score: bounded components that add up to the total, each fraction as documented, and explain()."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from include.matching.score import DEFAULT_WEIGHTS, component_fractions, explain, resolve_weights, score
from tests.matching.records import TODAY, make_applicant, make_preceptor


def fractions(applicant=None, preceptor=None, load=0.0):
    return component_fractions(applicant or make_applicant(), preceptor or make_preceptor(), today=TODAY, load=load)


def test_default_weights_sum_to_100():
    assert sum(DEFAULT_WEIGHTS.values()) == 100


def test_custom_weights_are_scaled_to_100_and_unknown_ones_rejected():
    scaled = resolve_weights({"lor": 112})
    assert sum(scaled.values()) == pytest.approx(100)
    assert scaled["lor"] == pytest.approx(56)
    with pytest.raises(ValueError, match="unknown score weight 'vibes'"):
        resolve_weights({"vibes": 3})


@settings(max_examples=200, deadline=None)
@given(
    specialty=st.sampled_from(["Internal Medicine", "Cardiology", "Pediatrics"]),
    state=st.sampled_from(["NY", "NJ", "CA", None]),
    preferred=st.lists(st.sampled_from(["NY", "TX", "ANY"]), max_size=2),
    months=st.lists(st.sampled_from(["2026-12", "2027-01", "2027-04", "2027-09"]), max_size=4),
    lor=st.booleans(),
    fee=st.one_of(st.none(), st.integers(0, 6000)),
    budget=st.one_of(st.none(), st.integers(0, 6000)),
    languages=st.lists(st.sampled_from(["English", "Hindi", "Spanish"]), max_size=3),
    load=st.floats(-1, 2),
    lor_weight=st.floats(0, 50),
)
def test_components_are_bounded_and_sum_to_the_total(
    specialty, state, preferred, months, lor, fee, budget, languages, load, lor_weight
):
    applicant = make_applicant(preferred_states=preferred, budget_usd=budget, languages=languages)
    preceptor = make_preceptor(specialty=specialty, state=state, available_months=months, provides_lor=lor, fee_usd=fee)
    weights = {"lor": lor_weight}
    total, components = score(applicant, preceptor, weights=weights, today=TODAY, load=load)
    scaled = resolve_weights(weights)
    assert 0 <= total <= 100
    assert set(components) == set(DEFAULT_WEIGHTS)
    for name, points in components.items():
        assert 0 <= points <= scaled[name] + 0.005
    assert sum(components.values()) == pytest.approx(total, abs=0.1)


def test_perfect_fit_scores_100():
    applicant = make_applicant(preferred_start="2027-01", budget_usd=3000, languages=["Hindi"])
    preceptor = make_preceptor(available_months=[f"2027-{m:02d}" for m in range(1, 7)], languages=["English", "Hindi"])
    assert score(applicant, preceptor, today=TODAY)[0] == 100.0


def test_specialty_exact_beats_related():
    assert fractions()["specialty"] == 1.0
    assert fractions(preceptor=make_preceptor(specialty="Nephrology"))["specialty"] == 0.6


@pytest.mark.parametrize(
    ("preferred", "state", "expected"),
    [(["NY"], "NY", 1.0), (["NY"], "PA", 0.6), ([], "CA", 0.8), (["ANY"], "CA", 0.8), (["NY"], "CA", 0.2)],
)
def test_location_prefers_state_then_region_then_anywhere(preferred, state, expected):
    assert fractions(make_applicant(preferred_states=preferred), make_preceptor(state=state))["location"] == expected


def test_dates_is_the_share_of_window_months_available():
    assert fractions()["dates"] == pytest.approx(3 / 6)


@pytest.mark.parametrize(
    ("applicant_languages", "expected"), [(["Hindi", "English"], 1.0), (["English"], 0.5), ([], 0.5)]
)
def test_shared_language_besides_english_counts_fully(applicant_languages, expected):
    preceptor = make_preceptor(languages=["English", "Hindi"])
    assert fractions(make_applicant(languages=applicant_languages), preceptor)["language"] == expected


@pytest.mark.parametrize(
    ("affiliation", "expected"),
    [
        ("Mount Sinai Residency Program", 1.0),
        ("Academic Medical Center", 1.0),
        ("Main Street Clinic", 0.0),
        (None, 0.0),
    ],
)
def test_teaching_affiliation_by_its_words(affiliation, expected):
    assert fractions(preceptor=make_preceptor(hospital_affiliation=affiliation))["teaching"] == expected


@pytest.mark.parametrize(
    ("budget", "fee", "expected"),
    [(2500, 2500, 1.0), (2000, 2500, 0.0), (None, 1000, 1.0), (None, 2500, 0.5), (None, 5000, 0.0), (None, None, 0.5)],
)
def test_fee_within_budget_or_cheaper_when_no_budget(budget, fee, expected):
    assert fractions(make_applicant(budget_usd=budget), make_preceptor(fee_usd=fee))["fee"] == expected


def test_busier_preceptors_score_lower_on_load():
    assert fractions(load=0.0)["load"] == 1.0
    assert fractions(load=0.75)["load"] == 0.25


def test_explain_gives_the_strongest_applicant_facing_reasons():
    _, components = score(make_applicant(), make_preceptor(), today=TODAY)
    reasons = explain(components, preceptor=make_preceptor())
    assert reasons == [
        "Exact match for your specialty",
        "In your preferred state (NY)",
        "Offers letters of recommendation",
        "Affiliated with a teaching hospital or residency program",
    ]


def test_explain_gives_at_least_two_reasons_for_a_weak_fit():
    applicant = make_applicant(preferred_states=["TX"], budget_usd=100, preferred_start="2027-06")
    preceptor = make_preceptor(
        specialty="Cardiology", provides_lor=False, hospital_affiliation=None, img_friendly=False
    )
    _, components = score(applicant, preceptor, today=TODAY, load=1.0)
    reasons = explain(components)
    assert reasons[0] == "Subspecialty rotation that counts toward your specialty"
    assert 2 <= len(reasons) <= 4
    assert all("load" not in r.lower() for r in reasons)


def test_explain_mentions_region_and_budget():
    applicant = make_applicant(preferred_states=["NJ"], budget_usd=2500)
    _, components = score(applicant, make_preceptor(provides_lor=False, hospital_affiliation=None), today=TODAY)
    reasons = explain(components)
    assert "In your preferred region" in reasons
    assert "Within your budget" in reasons
