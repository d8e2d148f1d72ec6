"""Score: bounded components that add up to the total, each fraction as documented, ranking, explain()."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from include.matching.rules import judge
from include.matching.score import DEFAULT_WEIGHTS, component_fractions, explain, rank_key, resolve_weights, score
from tests.matching.records import TODAY, make_applicant, make_preceptor


def fractions(applicant=None, preceptor=None):
    applicant, preceptor = applicant or make_applicant(), preceptor or make_preceptor()
    return component_fractions(applicant, preceptor, judge(applicant, preceptor, {}, TODAY), today=TODAY)


def test_default_weights_sum_to_100_with_letters_at_20_and_no_constant_components():
    assert sum(DEFAULT_WEIGHTS.values()) == 100
    assert DEFAULT_WEIGHTS["lor"] == 20
    assert not {"img_friendly", "language", "load"} & set(DEFAULT_WEIGHTS)


def test_custom_weights_are_scaled_to_100_and_unknown_ones_rejected():
    scaled = resolve_weights({"lor": 120})
    assert sum(scaled.values()) == pytest.approx(100)
    assert scaled["lor"] == pytest.approx(60)
    with pytest.raises(ValueError, match="unknown score weight 'vibes'"):
        resolve_weights({"vibes": 3})


@settings(max_examples=150, deadline=None)
@given(
    specialty=st.sampled_from(["Internal Medicine", "Cardiology", "Pediatrics"]),
    state=st.sampled_from(["NY", "NJ", "CA", None]),
    preferred=st.lists(st.sampled_from(["NY", "TX", "ANY"]), max_size=2),
    region=st.sampled_from([None, "Tri-state", "West Coast", "Chicago IL"]),
    months=st.lists(st.sampled_from(["2026-12", "2027-01", "2027-02", "2027-09"]), max_size=4),
    types=st.lists(st.sampled_from(["hands_on", "observership", "research", "telehealth"]), min_size=1, max_size=3),
    lor=st.booleans(),
    fee=st.one_of(st.none(), st.integers(0, 6000)),
    budget=st.one_of(st.none(), st.integers(0, 6000)),
    lor_weight=st.floats(0, 50),
)
def test_components_are_bounded_and_sum_to_the_total(
    specialty, state, preferred, region, months, types, lor, fee, budget, lor_weight
):
    applicant = make_applicant(preferred_states=preferred, preferred_region=region, budget_usd=budget)
    preceptor = make_preceptor(
        specialty=specialty, state=state, available_months=months, provides_lor=lor, fee_usd=fee, rotation_types=types
    )
    weights = {"lor": lor_weight}
    total, components = score(applicant, preceptor, weights=weights, today=TODAY)
    scaled = resolve_weights(weights)
    assert 0 <= total <= 100
    assert set(components) == set(DEFAULT_WEIGHTS)
    for name, points in components.items():
        assert 0 <= points <= scaled[name] + 0.005
    assert sum(components.values()) == pytest.approx(total, abs=0.1)


def test_perfect_fit_scores_100():
    applicant = make_applicant(preferred_start="2027-01", budget_usd=3000)
    preceptor = make_preceptor(residency_program="Internal Medicine")
    assert score(applicant, preceptor, today=TODAY)[0] == 100.0


def test_specialty_first_listed_beats_second_beats_subspecialty():
    applicant = make_applicant(specialties=["Family Medicine", "Internal Medicine"])
    got = [
        fractions(applicant, make_preceptor(specialty=s))["specialty"]
        for s in ("Family Medicine", "Internal Medicine", "Cardiology")
    ]
    assert got == [1.0, 0.8, 0.6]


def test_rotation_type_is_scored_and_telehealth_earns_no_location_points():
    hands_on = fractions()
    tele = fractions(
        make_applicant(rotation_types=["telehealth"]), make_preceptor(rotation_types=["telehealth"], state="NY")
    )
    assert (hands_on["rotation"], hands_on["location"]) == (1.0, 1.0)
    assert (tele["rotation"], tele["location"], tele["usce"]) == (pytest.approx(1 / 3), 0.0, 0.0)
    fallback = fractions(make_applicant(ecfmg_status="not_certified"))
    assert fallback["rotation"] == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("states", "region", "preceptor_state", "city", "expected"),
    [
        (["NY"], None, "NY", "Brooklyn", 1.0),
        ([], None, "TX", "Houston", 1.0),  # no preference: anywhere
        ([], "anywhere", "TX", "Houston", 1.0),
        ([], "Tri-state", "CT", "Hartford", 0.8),
        ([], "Tri-state", "PA", "Philadelphia", 0.0),
        (["FL"], "Florida or nearby", "GA", "Atlanta", 0.8),
        (["FL"], "Florida or nearby", "TX", "Houston", 0.0),  # Texas is not a Florida applicant's region
        ([], "Chicago IL", "IN", "Hammond", 0.8),
        ([], "Chicago IL", "IN", "Indianapolis", 0.0),
        ([], "Chicago IL", "MO", "St. Louis", 0.0),
        ([], "DMV", "VA", "Arlington", 0.8),
    ],
)
def test_location_by_state_then_the_region_or_metro_area_the_applicant_means(
    states, region, preceptor_state, city, expected
):
    applicant = make_applicant(preferred_states=states, preferred_region=region)
    assert fractions(applicant, make_preceptor(state=preceptor_state, city=city))["location"] == expected


def test_dates_reward_the_month_asked_and_lose_after_the_eras_cut():
    assert fractions()["dates"] == 1.0
    assert fractions(preceptor=make_preceptor(available_months=["2027-02"]))["dates"] == 0.5
    late = make_applicant(preferred_start="2027-09", target_match_year=2028)
    assert fractions(late, make_preceptor(available_months=["2027-09"]))["dates"] == pytest.approx(0.3)


def test_teaching_is_the_residency_program_column():
    got = [
        fractions(preceptor=make_preceptor(residency_program=r))["teaching"]
        for r in ("Internal Medicine", "yes", "Pediatrics", None)
    ]
    assert got == [1.0, 0.8, 0.6, 0.0]


def test_existing_usce_first_hands_on_counts_most():
    assert fractions()["usce"] == 1.0
    done = make_applicant(usce=[{"type": "hands_on", "specialty": "Internal Medicine"}])
    assert fractions(done)["usce"] == pytest.approx(0.2)
    other = make_applicant(usce=[{"type": "hands_on", "specialty": "Pediatrics"}])
    assert fractions(other)["usce"] == pytest.approx(0.6)


@pytest.mark.parametrize(
    ("budget", "fee", "expected"),
    [
        (None, 1500, 1.0),
        (None, 2500, 0.8),
        (None, 3500, 0.4),
        (None, 4000, 0.0),
        (2000, 2500, 0.0),
        (3000, 2500, 1.0),
        (None, None, 0.5),
    ],
)
def test_fee_within_budget_or_by_bands_without_one(budget, fee, expected):
    assert fractions(make_applicant(budget_usd=budget), make_preceptor(fee_usd=fee))["fee"] == expected


def test_ranking_puts_in_person_then_telehealth_then_fallbacks_and_conditional_three_lower():
    applicant = make_applicant(rotation_types=["hands_on", "telehealth"], ecfmg_status="certified")
    tele = make_preceptor(rotation_types=["telehealth"], id="T")
    in_person = make_preceptor(id="H", provides_lor=False)
    keys = sorted(
        rank_key(judge(applicant, p, {}, TODAY), score(applicant, p, today=TODAY)[0], p["fee_usd"], p["id"])
        for p in (tele, in_person)
    )
    assert [k[-1] for k in keys] == ["H", "T"]
    pending = make_applicant(ecfmg_status="pending")
    v = judge(pending, make_preceptor(), {}, TODAY)
    assert rank_key(v, 90.0, 2000, "P")[1] == -87.0


def test_explain_gives_the_strongest_applicant_facing_reasons():
    _, components = score(make_applicant(), make_preceptor(residency_program="yes"), today=TODAY)
    reasons = explain(components, preceptor=make_preceptor())
    assert reasons[0] == "Exact match for your specialty"
    assert "Offers letters of recommendation" in reasons
    assert 2 <= len(reasons) <= 4


def test_explain_gives_at_least_two_reasons_for_a_weak_fit():
    assert len(explain({"specialty": 15.0})) >= 2
