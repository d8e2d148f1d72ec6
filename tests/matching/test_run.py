"""The matching stage on the store: same results as the scalar rules and score, overrides, why, the CLI."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest
from sqlalchemy import delete, select

from include.cli import main
from include.matching.compute import EXCLUDED
from include.matching.overrides import clear_override, set_override, unhonored_pins
from include.matching.reasons import pair_reasons
from include.matching.rules import ineligibility, judge, specialty_match
from include.matching.run import active_preceptors, match, matching_applicants, seats_free
from include.matching.score import rank_key, score
from include.matching.why import why
from include.notify.unmatched import RULE_FIELD, Blocker, top_blockers, top_blockers_many
from include.report import build_report
from include.store import tables as t
from tests.matching.records import TODAY, make_applicant, make_preceptor, random_applicant, random_preceptor
from tests.matching.store import NOW, store_applicants, store_preceptors


def rows(conn, table, *order):
    return [dict(r._mapping) for r in conn.execute(select(table).order_by(*order))]


@pytest.fixture
def random_store(runtime):
    rng = random.Random(5)
    applicants = [random_applicant(rng, i) for i in range(1, 61)]
    preceptors = [random_preceptor(rng, f"P{j:03d}") for j in range(40)]
    with runtime.engine.begin() as conn:
        store_applicants(conn, applicants)
        store_preceptors(conn, preceptors)
    return runtime, preceptors


def test_stored_results_equal_the_scalar_rules_and_score(random_store):
    rt, preceptors = random_store
    summary = match(rt, NOW, top_k=3)
    free = {p["id"]: {m: p["monthly_capacity"] for m in p["available_months"]} for p in preceptors}
    with rt.engine.connect() as conn:
        applicants = matching_applicants(conn)
        recs = rows(conn, t.recommendations, t.recommendations.c.applicant_id, t.recommendations.c.rank)
        stored = {(a["id"], r["preceptor_id"]): r for a in applicants for r in pair_reasons(conn, a["id"])}
        allocation = rows(conn, t.allocations, "applicant_id")
    expected_recs, counts, failing = [], {}, {}
    for ap in applicants:
        scored = []
        for pr in sorted(preceptors, key=lambda p: p["id"]):
            verdict = judge(ap, pr, free[pr["id"]], TODAY)
            failures = list(verdict.failures)
            for rule, _ in failures:
                counts[rule] = counts.get(rule, 0) + 1
            if failures:
                failing[(ap["id"], pr["id"])] = failures
            else:
                total, comps = score(ap, pr, today=TODAY, verdict=verdict)
                key = rank_key(verdict, total, pr["fee_usd"], pr["id"])
                scored.append((key, total, comps, pr["id"], verdict.status, list(verdict.condition_texts)))
        scored.sort()
        expected_recs += [
            (ap["id"], k, pid, total, comps, status, conditions)
            for k, (_, total, comps, pid, status, conditions) in enumerate(scored[:3], 1)
        ]
    got = [
        (r["applicant_id"], r["rank"], r["preceptor_id"], r["score"], r["components"], r["status"], r["conditions"])
        for r in recs
    ]
    assert got == expected_recs
    assert len(got) > 20
    assert summary["ineligible_reasons"] == counts
    assert stored, "near misses are kept"
    for pair, row in stored.items():
        assert row["rule"] == failing[pair][0][0]
        assert row["detail"] == "; ".join(d for _, d in failing[pair])
        assert len(failing[pair]) == 1
        assert failing[pair][0][0] != "specialty"
    eligible = {(a, p) for a, _, p, *_ in expected_recs}
    used: dict[tuple[str, str], int] = {}
    for a in allocation:
        assert (a["applicant_id"], a["preceptor_id"]) not in failing
        used[(a["preceptor_id"], a["month"])] = used.get((a["preceptor_id"], a["month"]), 0) + 1
    capacity = {p["id"]: p["monthly_capacity"] for p in preceptors}
    assert all(n <= capacity[p] for (p, _), n in used.items())
    assert allocation
    assert eligible


def test_a_rerun_on_the_same_data_stores_the_same_results(random_store):
    rt, _ = random_store
    match(rt, NOW)
    with rt.engine.connect() as conn:
        first = [rows(conn, table, *table.primary_key.columns) for table in (t.recommendations, t.allocations)]
    match(rt, NOW)
    with rt.engine.connect() as conn:
        again = [rows(conn, table, *table.primary_key.columns) for table in (t.recommendations, t.allocations)]
    assert again == first


@pytest.fixture
def small_store(runtime):
    """Two applicants who both want P1 (one seat a month), P2 as the alternative, P9 ineligible (Pediatrics)."""
    one_month = ["2027-01"]
    preceptors = [
        make_preceptor(id="P1", monthly_capacity=1, available_months=one_month, fee_usd=1000),
        make_preceptor(id="P2", monthly_capacity=1, available_months=one_month, fee_usd=4000),
        make_preceptor(id="P9", specialty="Pediatrics", available_months=one_month),
    ]
    with runtime.engine.begin() as conn:
        store_preceptors(conn, preceptors)
        store_applicants(conn, [make_applicant(id=1), make_applicant(id=2)])
    return runtime


def allocated(rt):
    with rt.engine.connect() as conn:
        return {r["applicant_id"]: r["preceptor_id"] for r in rows(conn, t.allocations, "applicant_id")}


def recommended(rt, applicant_id):
    with rt.engine.connect() as conn:
        return [r["preceptor_id"] for r in rows(conn, t.recommendations, "rank") if r["applicant_id"] == applicant_id]


def test_pin_is_recommended_first_allocated_and_kept_across_reruns(small_store):
    rt = small_store
    match(rt, NOW)
    assert allocated(rt)[1] == "P1"  # same scores: the earlier application wins the cheaper preceptor
    with rt.engine.begin() as conn:
        set_override(conn, 2, "P1", "pin", NOW, note="agreed with the preceptor")
    for _ in range(2):
        match(rt, NOW)
        assert allocated(rt) == {1: "P2", 2: "P1"}
        assert recommended(rt, 2)[0] == "P1"
    with rt.engine.begin() as conn:
        assert clear_override(conn, 2, "P1", NOW) == "pin"
    match(rt, NOW)
    assert allocated(rt)[1] == "P1"


def test_excluded_preceptor_is_never_recommended_nor_allocated(small_store):
    rt = small_store
    with rt.engine.begin() as conn:
        set_override(conn, 1, "P1", "exclude", NOW)
    summary = match(rt, NOW)
    assert "P1" not in recommended(rt, 1)
    assert allocated(rt) == {1: "P2", 2: "P1"}
    assert summary["ineligible_reasons"][EXCLUDED] == 1
    with rt.engine.connect() as conn:
        stored = pair_reasons(conn, 1)
        verdict = why(conn, 1, "P1", today=TODAY)
    assert [(r["preceptor_id"], r["rule"], r["detail"]) for r in stored] == [("P1", EXCLUDED, "excluded by ops")]
    assert verdict["status"] == "excluded"
    assert verdict["answer"] == "excluded by ops"


def test_pin_that_cannot_be_honored_is_in_the_ops_report_with_the_reason(small_store):
    rt = small_store
    with rt.engine.begin() as conn:
        set_override(conn, 1, "P9", "pin", NOW)
    match(rt, NOW)
    assert 1 not in allocated(rt)  # a pin is not silently replaced by another preceptor
    assert "P9" not in recommended(rt, 1)
    with rt.engine.connect() as conn:
        [pin] = unhonored_pins(conn)
        report = build_report(conn, NOW, "UTC")
    assert pin["applicant_id"] == 1
    assert pin["reason"].startswith("not eligible: preceptor's specialty Pediatrics")
    assert {"kind": "pin not honored", "ref": "applicant #1 / preceptor P9", "reason": pin["reason"]} in (
        report.attention
    )


def test_why_names_the_failed_rule_or_gives_the_score_and_rank(small_store):
    rt = small_store
    match(rt, NOW)
    with rt.engine.connect() as conn:
        no = why(conn, 1, "P9", today=TODAY)
        yes = why(conn, 1, "P2", today=TODAY)
        stored = conn.execute(
            select(t.recommendations).where(
                t.recommendations.c.applicant_id == 1, t.recommendations.c.preceptor_id == "P2"
            )
        ).one()
    assert no["status"] == "ineligible"
    assert no["failures"] == [
        {
            "rule": "specialty",
            "detail": judge(
                make_applicant(), make_preceptor(specialty="Pediatrics", available_months=["2027-01"]), {}, TODAY
            ).failures[0][1],
        }
    ]
    assert yes["status"] == "recommended"
    assert (yes["rank"], yes["score"], yes["components"]) == (stored.rank, stored.score, stored.components)


def test_why_and_the_stored_recommendation_show_the_fallback_and_the_conditions(small_store):
    rt = small_store
    with rt.engine.begin() as conn:
        store_applicants(conn, [make_applicant(id=3, ecfmg_status="not_certified", usmle_step2ck=None)])
        conn.execute(t.preceptors.update().where(t.preceptors.c.id == "P2").values(min_step2ck=230))
    match(rt, NOW)
    with rt.engine.connect() as conn:
        answer = why(conn, 3, "P2", today=TODAY)
        stored = conn.execute(
            select(t.recommendations).where(
                t.recommendations.c.applicant_id == 3, t.recommendations.c.preceptor_id == "P2"
            )
        ).one()
    fallback = "observership instead of hands-on: ECFMG certification required for hands-on"
    assert (answer["verdict"], answer["rotation_type"], answer["fallback"]) == ("fallback", "observership", fallback)
    assert answer["conditions"] == ["Step 2 CK score needed (minimum 230)"]
    assert fallback in answer["answer"]
    assert "to confirm: Step 2 CK score needed (minimum 230)" in answer["answer"]
    assert (stored.status, stored.fallback, stored.conditions) == ("fallback", fallback, answer["conditions"])


def test_cli_pins_by_email_and_match_prints_exactly_the_documented_json(small_store, capsys):
    rt = small_store
    assert main(["pin", "Applicant2@Example.org ", "P1", "--note", "ops call"]) == 0
    assert main(["why", "2", "P1", "--json"]) == 0
    capsys.readouterr()
    assert main(["match", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"recommendations", "allocation", "ineligible_reasons"}
    assert set(out["recommendations"][0]) == {"applicant_email", "preceptor_id", "rank", "score", "components"}
    assert {"applicant_email": "applicant2@example.org", "preceptor_id": "P1", "month": "2027-01"} in out["allocation"]
    assert out["ineligible_reasons"] == {"specialty": 2}
    assert main(["unpin", "2", "P1"]) == 0
    assert main(["exclude", "2", "NOPE"]) == 1
    with rt.engine.connect() as conn:
        events = [r.event for r in conn.execute(select(t.audit_log).where(t.audit_log.c.applicant_id == 2))]
    assert events == ["pin", "clear_pin"]


def scalar_blockers(conn, applicant_id, today, top=3):
    """What the advisor's brief said before the bitmasks: the scalar rules over the specialty family, live."""
    [applicant] = matching_applicants(conn, applicant_id)
    family = [p for p in active_preceptors(conn) if specialty_match(applicant, p)]
    if not family:
        wanted = ", ".join(applicant.get("specialties") or ()) or "no specialty on file"
        return [Blocker("specialty", 0, f"no preceptor on the roster offers {wanted}")]
    free = seats_free(conn, family)
    counts, example = Counter(), {}
    for p in family:
        for rule, detail in ineligibility(applicant, p, {m: n for (q, m), n in free.items() if q == p["id"]}, today):
            counts[rule] += 1
            example.setdefault(rule, detail)
    return [
        Blocker(rule, n, example[rule], rule in RULE_FIELD and not applicant.get(RULE_FIELD[rule]))
        for rule, n in counts.most_common(top)
    ]


def _every(blockers: dict[int, list[Blocker]], ids: list[int]) -> dict[int, list[Blocker]]:
    return {aid: blockers.get(aid, []) for aid in ids}


def test_brief_blockers_from_the_stored_bitmasks_say_what_the_scalar_rules_say(random_store):
    rt, _ = random_store
    match(rt, NOW)
    with rt.engine.begin() as conn:
        ids = [a["id"] for a in matching_applicants(conn)]
        stored = {aid: top_blockers(conn, aid, TODAY) for aid in ids}
        expected = {aid: scalar_blockers(conn, aid, TODAY) for aid in ids}
        batch = _every(top_blockers_many(conn, ids, TODAY), ids)  # an email batch's briefs: read once for all of them
        conn.execute(delete(t.match_failures))  # not judged by a run yet: judged now, same answer
        live = {aid: top_blockers(conn, aid, TODAY) for aid in ids}
        live_batch = _every(top_blockers_many(conn, ids, TODAY), ids)
    assert stored == expected
    assert live == expected
    assert batch == live_batch == expected
    assert sum(len(b) for b in stored.values()) > 30
    assert any(b and b[0].rule == "specialty" for b in stored.values())
