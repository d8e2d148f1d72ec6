"""Matching stage: eligibility with reasons, scored top-K recommendations, capacity-aware allocation.

Recomputed for everyone on each run (it is cheap and the roster changes nightly), so stored results
always reflect the current roster. Ineligibility keeps the first failed rule per pair, with every
failed rule's detail, so ops can ask "why not preceptor X for applicant Y".
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from include.matching.allocate import Candidate, allocate
from include.matching.rules import applicant_window, ineligibility
from include.matching.score import score
from include.runtime import Runtime
from include.store import tables as t
from include.store.status import refresh_status
from include.timeutil import as_utc

log = logging.getLogger(__name__)


def match(rt: Runtime, now: datetime, top_k: int | None = None) -> dict[str, Any]:
    """Recompute recommendations, ineligibility and the allocation for all applicants."""
    top_k = top_k or int(rt.settings.matching.get("top_k", 3))
    weights = rt.settings.matching.get("weights")
    today = now.date()
    with rt.engine.connect() as conn:
        preceptors = [dict(r._mapping) for r in conn.execute(select(t.preceptors).where(t.preceptors.c.active))]
        applicants = _applicants(conn)
    capacity = {(p["id"], m): p["monthly_capacity"] for p in preceptors for m in p["available_months"]}
    free_by_preceptor = {p["id"]: {m: p["monthly_capacity"] for m in p["available_months"]} for p in preceptors}
    recs: list[dict[str, Any]] = []
    blocked: list[dict[str, Any]] = []
    candidates: list[Candidate] = []
    reasons: Counter[str] = Counter()
    for ap in applicants:
        window = set(applicant_window(ap, today))
        scored = []
        for pr in preceptors:
            failures = ineligibility(ap, pr, free_by_preceptor[pr["id"]], today)
            if failures:
                reasons.update(rule for rule, _ in failures)
                detail = "; ".join(d for _, d in failures)
                blocked.append(
                    {"applicant_id": ap["id"], "preceptor_id": pr["id"], "rule": failures[0][0], "detail": detail}
                )
                continue
            total, components = score(ap, pr, weights=weights, today=today)
            scored.append((total, pr["id"], components))
            submitted = ap["submitted_at"] or ap["created_at"]
            candidates += [
                Candidate(ap["id"], as_utc(submitted), pr["id"], m, total)
                for m in pr["available_months"]
                if m in window
            ]
        scored.sort(key=lambda s: (-s[0], s[1]))
        recs += [
            {
                "applicant_id": ap["id"],
                "rank": i,
                "preceptor_id": pid,
                "score": total,
                "components": comps,
                "computed_at": now,
            }
            for i, (total, pid, comps) in enumerate(scored[:top_k], start=1)
        ]
    assignments = allocate(candidates, capacity)
    with rt.engine.begin() as conn:
        for table in (t.recommendations, t.ineligibility, t.allocations):
            conn.execute(delete(table))
        for table, rows in ((t.recommendations, recs), (t.ineligibility, blocked)):
            for i in range(0, len(rows), 1000):
                conn.execute(insert(table), rows[i : i + 1000])
        if assignments:
            conn.execute(
                insert(t.allocations),
                [
                    {
                        "applicant_id": a.applicant_id,
                        "preceptor_id": a.preceptor_id,
                        "month": a.month,
                        "score": a.score,
                        "computed_at": now,
                    }
                    for a in assignments
                ],
            )
        refresh_status(conn)
    summary = {
        "applicants": len(applicants),
        "with_recommendations": len({r["applicant_id"] for r in recs}),
        "allocated": len(assignments),
        "ineligible_reasons": dict(reasons),
    }
    log.info("matching done applicants=%d allocated=%d", len(applicants), len(assignments))
    return summary


def _applicants(conn: Connection) -> list[dict[str, Any]]:
    """Applicants with the CV facts matching uses (USCE months, languages) merged in."""
    a, p = t.applicants, t.cv_profiles
    rows = conn.execute(select(a, p.c.profile).outerjoin(p, p.c.applicant_id == a.c.id).order_by(a.c.id))
    out = []
    for r in rows:
        d = dict(r._mapping)
        profile = d.pop("profile") or {}
        d["usce_months"] = profile.get("usce_months")
        d["languages"] = profile.get("languages") or []
        d["budget_usd"] = None
        out.append(d)
    return out
