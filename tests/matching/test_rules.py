"""Eligibility as an advisor judges it: every rule passes and fails with a detail ops can read; missing or
pending data gives conditions, impossible hands-on gives a labelled observership fallback."""

from __future__ import annotations

import pytest

from include.matching.policy import Policy
from include.matching.rules import applicant_window, ecfmg_status, judge, step2ck_facts
from tests.matching.records import TODAY, make_applicant, make_preceptor


def verdict(applicant=None, preceptor=None, free=None, policy=None):
    return judge(applicant or make_applicant(), preceptor or make_preceptor(), free or {}, TODAY, policy or Policy())


def test_the_default_pair_is_eligible_for_hands_on_at_the_requested_month():
    v = verdict()
    assert (v.status, v.rotation_type, v.start, v.condition_texts, v.failures) == (
        "eligible",
        "hands_on",
        "2027-01",
        (),
        (),
    )


def test_specialty_exact_or_subspecialty_passes_and_another_fails_naming_both():
    assert verdict(preceptor=make_preceptor(specialty="Cardiology")).status == "eligible"
    assert verdict(preceptor=make_preceptor(specialty="Pediatrics")).failures == (
        ("specialty", "preceptor's specialty Pediatrics is not among Internal Medicine"),
    )
    assert verdict(applicant=make_applicant(specialties=[])).failures[0] == ("specialty", "no specialty on file")


def test_uncertified_graduate_asking_hands_on_gets_a_labelled_observership_fallback():
    v = verdict(applicant=make_applicant(ecfmg_status="not_certified"))
    assert (v.status, v.rotation_type) == ("fallback", "observership")
    assert v.fallback_text == "observership instead of hands-on: ECFMG certification required for hands-on"


def test_no_fallback_without_an_observership_nor_for_a_research_request():
    hands_on_only = make_preceptor(rotation_types=["hands_on"])
    v = verdict(applicant=make_applicant(ecfmg_status="not_certified"), preceptor=hands_on_only)
    assert [rule for rule, _ in v.failures] == ["ecfmg"]
    research = make_applicant(rotation_types=["research"])
    assert [rule for rule, _ in verdict(applicant=research).failures] == ["rotation_type"]


def test_ecfmg_requirement_per_rotation_type_and_never_for_students():
    uncertified = make_applicant(ecfmg_status="not_certified", rotation_types=["observership"])
    assert verdict(applicant=uncertified).status == "eligible"
    strict = make_preceptor(ecfmg_required_for=["hands_on", "observership"])
    assert [r for r, _ in verdict(applicant=uncertified, preceptor=strict).failures] == ["ecfmg"]
    student = make_applicant(is_student=True, graduation_year=2028, ecfmg_status="not_certified")
    assert verdict(applicant=student, preceptor=strict).status == "eligible"
    lenient = make_preceptor(ecfmg_required_for=[])
    assert verdict(applicant=make_applicant(ecfmg_status="not_certified"), preceptor=lenient).status == "eligible"


@pytest.mark.parametrize(
    ("status", "condition"),
    [("pending", "ECFMG certification to confirm before start"), (None, "ECFMG status to confirm")],
)
def test_pending_or_unknown_ecfmg_is_a_condition(status, condition):
    v = verdict(applicant=make_applicant(ecfmg_status=status))
    assert (v.status, v.condition_texts) == ("conditional", (condition,))


def test_b1b2_graduates_observe_and_students_do_hands_on_only_at_a_teaching_hospital():
    graduate = make_applicant(visa_status="b1b2")
    assert verdict(applicant=graduate).fallback == "b1b2_graduate"
    student = make_applicant(visa_status="b1b2", is_student=True, graduation_year=2028, ecfmg_status=None)
    assert verdict(applicant=student).fallback == "b1b2_clinic"
    teaching = make_preceptor(residency_program="yes")
    assert verdict(applicant=student, preceptor=teaching).status == "eligible"


def test_unknown_visa_is_judged_as_b1b2_with_visa_to_confirm_and_the_interview_wait():
    abroad = make_applicant(visa_status=None, is_student=True, graduation_year=2028, ecfmg_status=None, country="IN")
    v = verdict(applicant=abroad, preceptor=make_preceptor(residency_program="Internal Medicine"))
    assert v.status == "conditional"
    assert v.condition_texts == (
        "visa to confirm",
        "B1/B2 interview wait ~12 months from IN: start 2027-01 only if a visa is already held",
    )
    only_j1 = make_preceptor(accepts_visas=["j1"], residency_program="yes")
    assert [r for r, _ in verdict(applicant=abroad, preceptor=only_j1).failures] == ["visa"]
    telehealth = make_preceptor(rotation_types=["telehealth"], accepts_visas=[])
    v = verdict(applicant={**abroad, "rotation_types": ["telehealth"]}, preceptor=telehealth)
    assert (v.status, v.condition_texts) == ("eligible", ())


def test_citizens_need_no_visa_and_a_named_visa_must_be_accepted():
    assert verdict(applicant=make_applicant(visa_status="citizen"), preceptor=make_preceptor(accepts_visas=[])).status
    v = verdict(applicant=make_applicant(visa_status="h1b"), preceptor=make_preceptor(accepts_visas=["j1"]))
    assert v.failures == (("visa", "does not accept h1b; accepts j1"),)


@pytest.mark.parametrize(
    ("step2ck", "student", "applies", "expected"),
    [
        (240, False, False, "eligible"),
        (229, False, False, "ineligible"),
        (None, False, False, "Step 2 CK score needed (minimum 230)"),
        ("245 (expected)", False, False, "Step 2 CK score due before start (minimum 230)"),
        ("225 (expected)", False, False, "ineligible"),
        ("scheduled 2026-11", False, False, "Step 2 CK result (exam 2026-11) needed before start (minimum 230)"),
        ("scheduled 2026-12", False, False, "ineligible"),
        (None, True, False, "eligible"),
        (200, True, False, "eligible"),
        (None, True, True, "Step 2 CK score needed (minimum 230)"),
    ],
)
def test_step2ck_minimum_missing_expected_scheduled_and_students(step2ck, student, applies, expected):
    applicant = make_applicant(usmle_step2ck=step2ck, is_student=student)
    preceptor = make_preceptor(min_step2ck=230, min_step2ck_applies_to_students=applies)
    v = verdict(applicant=applicant, preceptor=preceptor)
    assert (v.condition_texts[0] if v.condition_texts else v.status) == expected


def test_step2ck_and_ecfmg_text_as_applicants_write_it():
    assert step2ck_facts({"usmle_step2ck": "245 (expected)"}) == (None, 245, None)
    assert step2ck_facts({"usmle_step2ck": "scheduled 2027-01"}) == (None, None, "2027-01")
    assert step2ck_facts({"usmle_step2ck": 250}) == (250, None, None)
    assert [ecfmg_status({"ecfmg_status": x}) for x in ("N", "N/A", "student", "certified")] == [
        "not_certified",
        None,
        None,
        "certified",
    ]


def test_start_moves_by_a_month_and_fewer_blocks_are_conditions():
    later = make_preceptor(available_months=["2027-02", "2027-03"])
    v = verdict(preceptor=later)
    assert (v.status, v.start, v.condition_texts) == ("conditional", "2027-02", ("start moved to 2027-02",))
    three = make_applicant(rotation_blocks=3, preferred_start="2027-02")
    v = verdict(applicant=three)  # a month earlier has all three blocks: preferred over two blocks on time
    assert (v.start, v.months_open, v.condition_texts) == ("2027-01", 3, ("start moved to 2027-01",))
    two_open = make_preceptor(available_months=["2027-01", "2027-02"])
    v = verdict(applicant=make_applicant(rotation_blocks=3), preceptor=two_open)
    assert v.condition_texts == ("only 2 of 3 requested months open",)
    far = make_preceptor(available_months=["2027-06"])
    assert verdict(preceptor=far).failures == (("dates_capacity", "no free seat in 2027-01..2027-03"),)


def test_window_is_the_request_then_a_month_later_earlier_and_two_later_never_past():
    assert applicant_window(make_applicant(preferred_start="2027-03"), TODAY) == [
        "2027-03",
        "2027-04",
        "2027-02",
        "2027-05",
    ]
    assert applicant_window(make_applicant(preferred_start="2026-12"), TODAY) == ["2026-12", "2027-01", "2027-02"]
    assert applicant_window(make_applicant(preferred_start=None), TODAY)[0] == "2026-12"


def test_full_months_fail_and_an_unlisted_month_has_full_capacity():
    full = {"2027-01": 0, "2027-02": 0, "2027-03": 0}
    assert [r for r, _ in verdict(free=full).failures] == ["dates_capacity"]
    assert verdict(free={"2027-02": 0}).status == "eligible"


def test_years_since_graduation_for_graduates_only():
    assert verdict(preceptor=make_preceptor(max_years_since_graduation=3)).status == "eligible"  # 2026 - 2023 = 3
    assert [r for r, _ in verdict(preceptor=make_preceptor(max_years_since_graduation=2)).failures] == [
        "years_since_graduation"
    ]
    student = make_applicant(is_student=True, graduation_year=2010)
    assert verdict(applicant=student, preceptor=make_preceptor(max_years_since_graduation=2)).status == "eligible"
    unknown = make_applicant(graduation_year=None)
    assert verdict(applicant=unknown, preceptor=make_preceptor(max_years_since_graduation=2)).condition_texts == (
        "graduation year to confirm (within 2 years)",
    )


def test_preceptor_not_img_friendly_fails_and_every_failed_rule_is_reported_in_order():
    preceptor = make_preceptor(img_friendly=False, specialty="Pediatrics", max_years_since_graduation=0)
    assert [r for r, _ in verdict(preceptor=preceptor).failures] == [
        "specialty",
        "years_since_graduation",
        "img_friendly",
    ]
