"""From the form to matching's inputs: the plan fields intake keeps and how matching reads the location answer."""

from __future__ import annotations

from datetime import date

from include.intake.normalize import normalize_application
from include.matching.policy import Policy, explicit_states
from include.matching.run import matching_applicants
from tests.matching.records import make_applicant
from tests.matching.store import store_applicants


def test_intake_keeps_the_plan_fields_and_the_pending_step2ck():
    row = {
        "full_name": "Priya Sharma",
        "email": "priya@example.org",
        "usmle_step2ck": "245 (expected)",
        "preferred_states": "Chicago IL",
        "target_match_year": "Match 2028",
        "rotation_blocks": "2 months",
    }
    values = normalize_application(row, date(2026, 12, 1)).values
    assert values["usmle_step2ck"] is None  # not a score
    assert values["step2ck_expected"] == 245
    assert values["preferred_region"] == "Chicago IL"
    assert (values["target_match_year"], values["rotation_blocks"]) == (2028, 2)
    scheduled = normalize_application({**row, "usmle_step2ck": "scheduled 2027-01"}, date(2026, 12, 1)).values
    assert scheduled["step2ck_exam_month"] == "2027-01"


def test_region_answers_keep_only_the_states_named_one_by_one():
    assert explicit_states("NY, NJ or East Coast") == ["NY", "NJ"]
    assert explicit_states("South") == []
    assert Policy().area("Florida or nearby")[0] == frozenset({"FL", "GA", "AL"})


def test_matching_reads_a_region_as_the_applicant_means_it(runtime):
    with runtime.engine.begin() as conn:
        # intake expanded "FL, South" with Census regions (Texas included); matching narrows it to FL
        store_applicants(conn, [make_applicant(preferred_states=["FL", "TX", "GA"], preferred_region="FL, South")])
        (applicant,) = matching_applicants(conn)
    assert applicant["preferred_states"] == ["FL"]


def test_ecfmg_answers_n_na_and_student():
    from include.vocab import ecfmg_status

    assert [ecfmg_status(x) for x in ("N", "N/A", "student", "No", "Yes")] == [
        "not_certified",
        None,
        None,
        "not_certified",
        "certified",
    ]


def test_usce_entries_from_the_cv_feed_the_score(runtime):
    from include.matching.rules import judge
    from include.matching.score import score
    from include.store import tables as t
    from tests.matching.records import TODAY, make_preceptor

    entry = {"type": "hands_on", "specialty": "Internal Medicine", "state": "NY", "start": "2026-01", "end": "2026-03"}
    with runtime.engine.begin() as conn:
        store_applicants(conn, [make_applicant(id=1), make_applicant(id=2)])
        conn.execute(
            t.cv_profiles.update().where(t.cv_profiles.c.applicant_id == 2).values(profile={"usce_entries": [entry]})
        )
        first, experienced = matching_applicants(conn)
    assert experienced["usce"] == [entry]
    p = make_preceptor()
    points = [score(a, p, today=TODAY, verdict=judge(a, p, {}, TODAY))[1]["usce"] for a in (first, experienced)]
    assert points == [5.0, 1.0]  # the first US hands-on rotation counts most
