"""Eligibility: every rule passes and fails with a detail ops can read."""

from __future__ import annotations

import pytest

from include.matching.rules import RULES, allowed_rotation_types, applicant_window, ineligibility
from tests.matching.records import TODAY, make_applicant, make_preceptor


def failures(applicant=None, preceptor=None, free=None):
    return ineligibility(applicant or make_applicant(), preceptor or make_preceptor(), free or {}, TODAY)


def test_the_default_pair_is_eligible():
    assert failures() == []


def test_exact_specialty_passes_and_another_specialty_fails_naming_both():
    assert failures(preceptor=make_preceptor(specialty="Pediatrics")) == [
        ("specialty", "preceptor's specialty Pediatrics is not among Internal Medicine")
    ]


def test_subspecialty_rotation_counts_toward_its_parent_but_not_the_reverse():
    cardiology = make_preceptor(specialty="Cardiology")
    assert failures(preceptor=cardiology) == []
    wants_cardiology = make_applicant(specialties=["Cardiology"])
    assert [rule for rule, _ in failures(applicant=wants_cardiology)] == ["specialty"]


def test_applicant_without_a_specialty_fails_with_that_reason():
    assert failures(applicant=make_applicant(specialties=[])) == [("specialty", "no specialty on file")]


def test_rotation_type_not_offered_fails():
    preceptor = make_preceptor(rotation_types=["research"])
    assert failures(preceptor=preceptor) == [("rotation_type", "offers research; applicant wants hands_on")]


def test_student_may_do_hands_on_without_ecfmg():
    student = make_applicant(is_student=True, ecfmg_status=None, graduation_year=2028)
    assert failures(applicant=student) == []


def test_graduate_without_ecfmg_certification_may_not_do_hands_on():
    graduate = make_applicant(ecfmg_status="pending")
    assert failures(applicant=graduate) == [
        ("rotation_type", "offers hands_on, not open to a graduate without ECFMG certification")
    ]


def test_graduate_without_ecfmg_can_still_observe():
    graduate = make_applicant(ecfmg_status="not_certified", rotation_types=["hands_on", "observership"])
    assert failures(applicant=graduate) == []


def test_unknown_student_status_is_judged_by_graduation_year():
    future = make_applicant(is_student=None, graduation_year=2028, ecfmg_status=None)
    past = make_applicant(is_student=None, graduation_year=2020, ecfmg_status=None)
    assert "hands_on" in allowed_rotation_types(future, TODAY)
    assert "hands_on" not in allowed_rotation_types(past, TODAY)


def test_visitor_visa_rules_out_hands_on_even_for_students():
    student = make_applicant(is_student=True, visa_status="b1b2")
    assert failures(applicant=student) == [("rotation_type", "offers hands_on, not open to a student on a B1/B2 visa")]


def test_applicant_with_no_rotation_preference_takes_any_allowed_type():
    anyone = make_applicant(rotation_types=[], ecfmg_status="pending")
    assert failures(applicant=anyone) == []


def test_window_starts_at_preferred_start_and_spans_six_months():
    assert applicant_window(make_applicant(preferred_start="2027-03"), TODAY) == [
        "2027-03",
        "2027-04",
        "2027-05",
        "2027-06",
        "2027-07",
        "2027-08",
    ]


def test_window_without_or_with_a_past_preferred_start_begins_next_month():
    expected = ["2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05"]
    assert applicant_window(make_applicant(preferred_start=None), TODAY) == expected
    assert applicant_window(make_applicant(preferred_start="2025-02"), TODAY) == expected


def test_no_available_month_in_the_window_fails_with_the_window():
    late = make_applicant(preferred_start="2027-06")
    assert failures(applicant=late) == [("dates_capacity", "not available in 2027-06..2027-11")]


def test_full_months_fail_and_an_unlisted_month_has_full_capacity():
    full = {"2027-01": 0, "2027-02": 0, "2027-03": 0}
    assert failures(free=full) == [("dates_capacity", "no free seat in 2027-01..2027-06")]
    assert failures(free={"2027-01": 0, "2027-02": 0}) == []


def test_visa_not_accepted_fails_and_citizens_need_no_visa():
    preceptor = make_preceptor(accepts_visas=["b1b2"])
    assert failures(preceptor=preceptor) == [("visa", "does not accept j1; accepts b1b2")]
    assert failures(applicant=make_applicant(visa_status="citizen"), preceptor=make_preceptor(accepts_visas=[])) == []
    assert failures(applicant=make_applicant(visa_status="green_card"), preceptor=preceptor) == []


def test_unknown_visa_passes_only_where_visitors_are_accepted():
    unknown = make_applicant(visa_status=None)
    assert failures(applicant=unknown) == []
    assert failures(applicant=unknown, preceptor=make_preceptor(accepts_visas=["h1b"])) == [
        ("visa", "no visa status on file; accepts h1b")
    ]


@pytest.mark.parametrize(
    ("step2ck", "expected"),
    [
        (230, []),
        (221, [("step2ck", "requires Step 2 CK ≥ 230; applicant has 221")]),
        (None, [("step2ck", "requires Step 2 CK ≥ 230; no Step 2 CK score on file")]),
    ],
)
def test_step2ck_minimum(step2ck, expected):
    assert failures(applicant=make_applicant(usmle_step2ck=step2ck), preceptor=make_preceptor(min_step2ck=230)) == (
        expected
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("certified", []),
        ("pending", [("ecfmg", "requires ECFMG certification; applicant is pending")]),
        (None, [("ecfmg", "requires ECFMG certification; no ECFMG status on file")]),
    ],
)
def test_ecfmg_requirement(status, expected):
    applicant = make_applicant(ecfmg_status=status, rotation_types=["observership"])
    assert failures(applicant=applicant, preceptor=make_preceptor(requires_ecfmg=True)) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2021, []),
        (
            2015,
            [("years_since_graduation", "requires graduation within 5 years; applicant graduated 2015 (11 years ago)")],
        ),
        (None, [("years_since_graduation", "requires graduation within 5 years; no graduation year on file")]),
    ],
)
def test_years_since_graduation_maximum(year, expected):
    applicant = make_applicant(graduation_year=year)
    assert failures(applicant=applicant, preceptor=make_preceptor(max_years_since_graduation=5)) == expected


def test_preceptor_not_img_friendly_fails():
    assert failures(preceptor=make_preceptor(img_friendly=False)) == [
        ("img_friendly", "preceptor is not marked IMG-friendly")
    ]


def test_every_failed_rule_is_reported_in_rule_order():
    applicant = make_applicant(
        specialties=["Psychiatry"], visa_status="h1b", usmle_step2ck=200, ecfmg_status="pending", graduation_year=2000
    )
    preceptor = make_preceptor(
        rotation_types=["research"],
        available_months=[],
        min_step2ck=230,
        requires_ecfmg=True,
        max_years_since_graduation=3,
        img_friendly=False,
    )
    assert [rule for rule, _ in failures(applicant, preceptor)] == list(RULES)
