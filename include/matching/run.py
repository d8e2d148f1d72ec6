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
import hashlib
import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Connection, Table, Text, cast, delete, func, select, update

from include.matching.compute import compute_matching
from include.matching.overrides import load_overrides
from include.matching.policy import DEFAULT_POLICY, Policy, explicit_states
from include.placements.model import Commitment, commitments, seats_taken
from include.runtime import Runtime
from include.store import tables as t
from include.store.bulk import insert_rows, json_text
from include.store.locks import named_lock
from include.store.status import refresh_status

log = logging.getLogger(__name__)
_CV_FACTS = ("usce_months", "usce_entries", "languages")  # what matching reads of a CV profile


def match(
    rt: Runtime, now: datetime, top_k: int | None = None, timings: dict[str, tuple[float, float]] | None = None
) -> dict[str, Any]:
    """Recompute recommendations, ineligibility and the allocation for all applicants.

    ``timings``, when given, receives (wall, CPU) seconds per phase, for the bench."""
    # The seats lock: no placement request takes a seat while seats are counted.
    with named_lock(rt.engine, "stage", "seats"), _collector_paused():
        return _match(rt, now, top_k, Phases(timings))


class Phases:
    """Wall and process CPU seconds per named phase, added into ``into`` (nothing recorded when it is None)."""

    def __init__(self, into: dict[str, tuple[float, float]] | None) -> None:
        self.into = into

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        if self.into is None:
            yield
            return
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            w, c = self.into.get(name, (0.0, 0.0))
            self.into[name] = (w + time.perf_counter() - wall, c + time.process_time() - cpu)


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


def _match(rt: Runtime, now: datetime, top_k: int | None, phase: Phases) -> dict[str, Any]:
    top_k = top_k or int(rt.settings.matching.get("top_k", 3))
    with phase("load"), rt.engine.connect() as conn:
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
        phase=phase,
    )
    with phase("store"):
        recs = [{**r, "computed_at": now} for r in result.recommendations]
        allocation = [{**a, "computed_at": now} for a in result.allocation]
        with rt.engine.begin() as conn:
            store(conn, now, recs, allocation + list(fixed.values()), result.failures, keep=sorted(fixed))
            with phase("statuses"):
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
    """Make the stored results tonight's (one transaction: readers see last night's or tonight's, never a mix).

    ``keep``: applicants with a live placement, whose recommendations and failures stay as they were.

    Only what changed is written (``_replace``): from one night to the next most applicants' rows are the same,
    and rewriting them all (10,000 × 2,000: 20,000 recommendations and 34 MB of failure bitmasks, each row's
    foreign keys checked) was most of the stage's database time."""
    _replace(conn, t.recommendations, recommendations, now, keep or [])
    _replace(conn, t.match_failures, [{**f, "computed_at": now} for f in failures], now, keep or [])
    _replace(conn, t.allocations, allocation, now, [])


_CHUNK = 5000  # applicant ids per DELETE … IN (SQLite's limit on bound parameters is 32,766)


def _replace(conn: Connection, table: Table, rows: list[dict[str, Any]], now: datetime, keep: list[int]) -> None:
    """Make ``table``'s rows (all but ``keep``'s applicants) exactly ``rows``, rewriting only the applicants whose
    rows differ in anything but ``computed_at``; the others only get ``computed_at = now``.

    Rows are compared per applicant as the database holds them: plain columns as values, JSON columns by the text
    the bulk writer sends (on PostgreSQL its MD5, so the 34 MB of failure bitmasks never travel back). Equal
    text is the same JSON value, so what is left unwritten is what rewriting would have stored."""
    digest = _Digest(conn, table)
    where = [table.c.applicant_id.notin_(keep)] if keep else []
    stored: dict[int, list[tuple[Any, ...]]] = {}
    for r in conn.execute(select(table.c.applicant_id, *digest.columns).where(*where)):
        stored.setdefault(r[0], []).append(tuple(r[1:]))
    tonight: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        tonight.setdefault(row["applicant_id"], []).append(row)
    changed = [a for a, new in tonight.items() if a not in stored or sorted(stored[a]) != sorted(map(digest.of, new))]
    stale = [a for a in stored if a not in tonight] + [a for a in changed if a in stored]
    for i in range(0, len(stale), _CHUNK):
        conn.execute(delete(table).where(table.c.applicant_id.in_(stale[i : i + _CHUNK])))
    insert_rows(conn, table, [row for a in changed for row in tonight[a]])
    conn.execute(update(table).where(table.c.computed_at != now, *where).values(computed_at=now))


class _Digest:
    """What ``_replace`` compares of a row, selected from the table (``columns``) or computed from a row (``of``):
    every column but ``applicant_id`` and ``computed_at``, JSON as the text the bulk writer stores, in order."""

    def __init__(self, conn: Connection, table: Table) -> None:
        names = [c.name for c in table.columns if c.name not in ("applicant_id", "computed_at")]
        self.names = names
        self.json = [isinstance(table.c[n].type, JSON) for n in names]
        self.md5 = conn.dialect.name == "postgresql"
        self.encode = json_text(conn)
        self.columns = [
            (func.md5(cast(table.c[n], Text)) if self.md5 else cast(table.c[n], Text)) if is_json else table.c[n]
            for n, is_json in zip(names, self.json, strict=True)
        ]

    def of(self, row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(
            self._json(row[n]) if is_json else row[n] for n, is_json in zip(self.names, self.json, strict=True)
        )

    def _json(self, value: Any) -> str:
        text = self.encode(value)
        return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest() if self.md5 else text


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
