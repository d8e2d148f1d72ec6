"""Matching stage: eligibility with reasons, scored top-K recommendations, capacity-aware allocation.

Recomputed for everyone on each run (the roster changes nightly), so stored results always reflect
the current roster and the ops overrides in ``match_overrides``. The computation is vectorized
(``compute``); which failures are kept is decided there and stored as bitmasks, one row per applicant
(``failures``; the words are rendered when read, ``reasons``), and ``why`` explains any pair.

Capacity: a preceptor's free seats in a month are ``monthly_capacity`` minus the seats taken by live
placements (requested = held, or confirmed; ``include.placements``). An applicant with a live placement
is left out of the run: their recommendations stay as they were when the seat was requested (a decline
offers the next one from them) and their allocation row is the placement itself, so the nightly run
never moves a held or confirmed seat. It holds the ``stage:seats`` lock, as placement requests do.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select

from include.matching.compute import compute_matching
from include.matching.overrides import load_overrides
from include.matching.policy import DEFAULT_POLICY, Policy, explicit_states
from include.placements.model import Commitment, commitments, seats_taken
from include.runtime import Runtime
from include.store import tables as t
from include.store.bulk import insert_rows
from include.store.locks import named_lock
from include.store.status import refresh_status

log = logging.getLogger(__name__)
_CV_FACTS = ("usce_months", "usce_entries", "languages")  # what matching reads of a CV profile


def match(rt: Runtime, now: datetime, top_k: int | None = None) -> dict[str, Any]:
    """Recompute recommendations, ineligibility and the allocation for all applicants."""
    # The seats lock: no placement request takes a seat while seats are counted.
    with named_lock(rt.engine, "stage", "seats"), _collector_paused():
        return _match(rt, now, top_k)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the run: it makes ~10⁶ short-lived lists and dicts (recommendations,
    failure rows, decoded profiles), which set off full collections that walk every live object — 0.6 s of CPU
    at 10,000 × 2,000. Nothing here builds reference cycles that must be freed before the run ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _match(rt: Runtime, now: datetime, top_k: int | None) -> dict[str, Any]:
    top_k = top_k or int(rt.settings.matching.get("top_k", 3))
    with rt.engine.connect() as conn:
        preceptors = active_preceptors(conn)
        policy = Policy.from_settings(rt.settings.matching)
        applicants = matching_applicants(conn, policy=policy)
        overrides = load_overrides(conn)
        held = commitments(conn)
        free = seats_free(conn, preceptors, held)
        fixed = committed_allocation(conn, held, now)
    applicants = [a for a in applicants if a["id"] not in fixed]
    result = compute_matching(
        applicants,
        preceptors,
        today=now.date(),
        top_k=top_k,
        free=free,
        weights=rt.settings.matching.get("weights"),
        overrides=overrides,
        policy=policy,
    )
    recs = [{**r, "computed_at": now} for r in result.recommendations]
    allocation = [{**a, "computed_at": now} for a in result.allocation]
    with rt.engine.begin() as conn:
        store(conn, now, recs, allocation + list(fixed.values()), result.failures, keep=sorted(fixed))
        refresh_status(conn)
    summary = {
        "applicants": len(applicants),
        "with_recommendations": len({r["applicant_id"] for r in recs}),
        "with_conditions_or_fallbacks": len({r["applicant_id"] for r in recs if r["status"] != "eligible"}),
        "allocated": len(allocation),
        "committed": len(fixed),
        "ineligible_reasons": result.reason_counts,
        "unhonored_pins": len(result.unhonored_pins),
    }
    log.info(
        "matching done applicants=%d allocated=%d unhonored_pins=%d",
        len(applicants),
        len(allocation),
        len(result.unhonored_pins),
    )
    return summary


def store(
    conn: Connection,
    now: datetime,
    recommendations: list[dict[str, Any]],
    allocation: list[dict[str, Any]],
    failures: list[dict[str, Any]],
    keep: list[int] | None = None,
) -> None:
    """Replace the stored results (one transaction: readers see last night's or tonight's, never a mix).

    ``keep``: applicants with a live placement, whose recommendations and failures stay as they were."""
    for table in (t.recommendations, t.match_failures):
        conn.execute(delete(table).where(table.c.applicant_id.notin_(keep)) if keep else delete(table))
    conn.execute(delete(t.allocations))
    for table, rows in (
        (t.recommendations, recommendations),
        (t.match_failures, [{**f, "computed_at": now} for f in failures]),
        (t.allocations, allocation),
    ):
        insert_rows(conn, table, rows)


def seats_free(
    conn: Connection, preceptors: list[dict[str, Any]], held: list[Commitment] | None = None
) -> dict[tuple[str, str], int]:
    """Free seats per (preceptor, month): ``monthly_capacity`` minus the seats live placements take."""
    taken = seats_taken(commitments(conn) if held is None else held)
    return {
        (p["id"], m): max(0, int(p["monthly_capacity"]) - taken[(p["id"], m)])
        for p in preceptors
        for m in p["available_months"]
    }


def committed_allocation(conn: Connection, held: list[Commitment], now: datetime) -> dict[int, dict[str, Any]]:
    """Allocation rows fixed by live placements, one per applicant (the seat they hold or were confirmed on)."""
    r = t.recommendations
    ids = sorted({c.applicant_id for c in held})
    scores = {
        (a, p): s
        for a, p, s in conn.execute(
            select(r.c.applicant_id, r.c.preceptor_id, r.c.score).where(r.c.applicant_id.in_(ids))
        )
    }
    return {
        c.applicant_id: {
            "applicant_id": c.applicant_id,
            "preceptor_id": c.preceptor_id,
            "month": c.months[0],
            "score": float(scores.get((c.applicant_id, c.preceptor_id), 0.0)),
            "rotation_type": c.rotation_type,
            "months": list(c.months),
            "blocks_requested": len(c.months),
            "computed_at": now,
        }
        for c in held
    }


def active_preceptors(conn: Connection) -> list[dict[str, Any]]:
    pr = t.preceptors
    return [dict(r._mapping) for r in conn.execute(select(pr).where(pr.c.active).order_by(pr.c.id))]


def matching_applicants(
    conn: Connection, applicant_id: int | Sequence[int] | None = None, policy: Policy = DEFAULT_POLICY
) -> list[dict[str, Any]]:
    """Applicants (all, one id or a batch of ids) with the CV facts matching uses (USCE months and entries,
    languages) merged in.

    When the location answer names a region or city, intake's state list (regions expanded) is narrowed to
    the states named one by one; the region itself is scored from ``preferred_region`` as applicants mean it.
    """
    a, p = t.applicants, t.cv_profiles
    # Only the three CV facts matching reads, picked by the database: a whole profile (evidence, publications)
    # is kilobytes, read and decoded for every applicant every night.
    facts = [p.c.profile[key].label(f"cv_{key}") for key in _CV_FACTS]
    query = select(a, *facts).outerjoin(p, p.c.applicant_id == a.c.id).order_by(a.c.id)
    if applicant_id is not None:
        query = query.where(a.c.id.in_([applicant_id] if isinstance(applicant_id, int) else list(applicant_id)))
    out = []
    for r in conn.execute(query):
        d = dict(r._mapping)
        usce_months, entries, languages = (d.pop(f"cv_{key}") for key in _CV_FACTS)
        d["usce_months"] = usce_months
        d["usce"] = [u for u in entries or [] if isinstance(u, dict)]
        d["languages"] = languages or []
        d["budget_usd"] = None
        states, cities, _ = policy.area(d.get("preferred_region"))
        if states or cities:
            d["preferred_states"] = explicit_states(d["preferred_region"])
        out.append(d)
    return out
