""" "Why is preceptor X (not) recommended for applicant Y": the answer ops get, from the current data.

Computed on demand rather than read from the stored failure bits (``match_failures``: near misses only), so
it answers any pair and always agrees with what the next matching run would do. The answer is one
of: excluded by ops; inactive preceptor; the failed rules with their details; or, when eligible, the
score breakdown and the rank among the applicant's eligible preceptors (pins first, as in ``run``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from include.matching.compute import Overrides
from include.matching.overrides import load_overrides
from include.matching.policy import DEFAULT_POLICY
from include.matching.rules import STATUS_LABELS, judge
from include.matching.run import active_preceptors, matching_applicants, seats_free
from include.matching.score import rank_key, score
from include.store import tables as t


def why(
    conn: Connection,
    applicant_id: int,
    preceptor_id: str,
    *,
    today: date,
    top_k: int = 3,
    weights: dict[str, float] | None = None,
) -> dict[str, Any]:
    """The verdict for one pair: ``status`` is excluded, inactive, ineligible, recommended or eligible."""
    found = matching_applicants(conn, applicant_id)
    if not found:
        raise LookupError(f"no applicant {applicant_id}")
    applicant = found[0]
    pr = t.preceptors
    row = conn.execute(select(pr).where(pr.c.id == preceptor_id)).first()
    if row is None:
        raise LookupError(f"no preceptor {preceptor_id!r} in the roster")
    preceptor = dict(row._mapping)
    out: dict[str, Any] = {"applicant_id": applicant_id, "preceptor_id": preceptor_id}
    overrides = load_overrides(conn)
    out["pinned"] = overrides.pins.get(applicant_id) == preceptor_id
    allocated = conn.execute(
        select(t.allocations.c.preceptor_id, t.allocations.c.month).where(t.allocations.c.applicant_id == applicant_id)
    ).first()
    out["allocated_month"] = allocated.month if allocated and allocated.preceptor_id == preceptor_id else None
    if preceptor_id in overrides.excludes.get(applicant_id, ()):
        return {**out, "status": "excluded", "answer": "excluded by ops", "failures": []}
    if not preceptor["active"]:
        return {**out, "status": "inactive", "answer": "preceptor is no longer on the roster", "failures": []}
    preceptors = active_preceptors(conn)
    free = seats_free(conn, preceptors)
    free_months = {m: n for (pid, m), n in free.items() if pid == preceptor_id}
    verdict = judge(applicant, preceptor, free_months, today, DEFAULT_POLICY)
    failures = list(verdict.failures)
    if failures:
        answer = "not eligible: " + "; ".join(f"{rule}: {detail}" for rule, detail in failures)
        return {
            **out,
            "status": "ineligible",
            "answer": answer,
            "failures": [{"rule": r, "detail": d} for r, d in failures],
        }
    total, components = score(applicant, preceptor, weights=weights, today=today, verdict=verdict)
    rank, eligible = _rank(applicant, preceptors, preceptor_id, free, overrides, today=today, weights=weights)
    status = "recommended" if rank <= top_k else "eligible"
    answer = (
        f"{STATUS_LABELS[verdict.status]} ({verdict.rotation_type}, start {verdict.start}), score {total}, "
        f"rank {rank} of {eligible}"
        + (" (pinned by ops)" if out["pinned"] else "")
        + ("" if status == "recommended" else f"; only the top {top_k} are recommended")
        + (f"; {verdict.fallback_text}" if verdict.fallback_text else "")
        + ("; to confirm: " + "; ".join(verdict.condition_texts) if verdict.condition_texts else "")
    )
    return {
        **out,
        "status": status,
        "answer": answer,
        "failures": [],
        "score": total,
        "components": components,
        "verdict": verdict.status,
        "rotation_type": verdict.rotation_type,
        "start_month": verdict.start,
        "conditions": list(verdict.condition_texts),
        "fallback": verdict.fallback_text,
        "rank": rank,
        "eligible_preceptors": eligible,
    }


def _rank(
    applicant: dict[str, Any],
    preceptors: list[dict[str, Any]],
    preceptor_id: str,
    free: dict[tuple[str, str], int],
    overrides: Overrides,
    *,
    today: date,
    weights: dict[str, float] | None,
) -> tuple[int, int]:
    """(rank, number of eligible preceptors) in the order ``run`` recommends: pin, score, preceptor id."""
    by_id = {p["id"]: p for p in preceptors}
    excluded = overrides.excludes.get(applicant["id"], frozenset())
    pinned = overrides.pins.get(applicant["id"])
    keys = []
    for pid, p in by_id.items():
        if pid in excluded:
            continue
        v = judge(applicant, p, {m: n for (q, m), n in free.items() if q == pid}, today)
        if v.status == "ineligible":
            continue
        total, _ = score(applicant, p, weights=weights, today=today, verdict=v)
        keys.append(((pid != pinned, *rank_key(v, total, p.get("fee_usd"), pid)), pid))
    ids = [pid for _, pid in sorted(keys)]
    return ids.index(preceptor_id) + 1, len(ids)
