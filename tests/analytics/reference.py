"""The funnel numbers computed a second way: plain Python loops over the rows, no pandas.

Used by the analytics tests as the independent answer and by ``bench/history.py`` as the naive baseline.
It follows the definitions in ``include/analytics/funnel.py``'s docstring, written out one row at a time.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select

from include.store import tables as t
from include.timeutil import as_utc

STAGES = ("applied", "cv_parsed", "matched", "booked", "consulted", "followed_up", "placed", "completed")


def _utc(value: datetime | None) -> datetime | None:
    return as_utc(value) if value is not None else None


def reference_analytics(conn: Connection, ops_tz: str) -> dict[str, Any]:
    """Stage totals, cohorts, steps, breakdowns, advisors and supply/demand as plain dicts."""
    a, rs = t.applicants, t.raw_submissions
    people = conn.execute(
        select(a.c.id, a.c.submitted_at, a.c.created_at, a.c.country, a.c.specialties, a.c.preferred_start)
    ).all()
    first_source: dict[int, tuple[int, str]] = {}
    for row_id, aid, source in conn.execute(select(rs.c.id, rs.c.applicant_id, rs.c.source)):
        if aid is not None and (aid not in first_source or row_id < first_source[aid][0]):
            first_source[aid] = (row_id, source)
    parsed = {r.applicant_id: _utc(r.parsed_at) for r in conn.execute(select(t.cv_profiles)) if r.status == "parsed"}
    matched: dict[int, datetime] = {}
    for r in conn.execute(select(t.recommendations)):
        at = _utc(r.computed_at)
        if r.applicant_id not in matched or at < matched[r.applicant_id]:
            matched[r.applicant_id] = at
    bookings = {r.applicant_id: r for r in conn.execute(select(t.consult_bookings))}
    followed: dict[int, datetime] = {}
    for r in conn.execute(select(t.outbox_messages)):
        if r.kind == "followup" and r.state == "sent" and r.applicant_id is not None and r.sent_at is not None:
            at = _utc(r.sent_at)
            if r.applicant_id not in followed or at < followed[r.applicant_id]:
                followed[r.applicant_id] = at

    placed: dict[int, datetime] = {}
    completed: dict[int, datetime] = {}
    for r in conn.execute(select(t.placements)):
        if r.state not in ("confirmed", "completed"):
            continue
        for store, at in ((placed, r.decided_at), (completed, r.completed_at)):
            if at is not None and (r.applicant_id not in store or _utc(at) < store[r.applicant_id]):
                store[r.applicant_id] = _utc(at)

    tz = ZoneInfo(ops_tz)
    per: dict[int, dict[str, Any]] = {}
    for p in people:
        b = bookings.get(p.id)
        times = {
            "applied": _utc(p.submitted_at or p.created_at),
            "cv_parsed": parsed.get(p.id),
            "matched": matched.get(p.id),
            "booked": _utc(b.created_at) if b else None,
            "consulted": _utc(b.end_at) if b and b.status == "done" else None,
            "followed_up": followed.get(p.id),
            "placed": placed.get(p.id),
            "completed": completed.get(p.id),
        }
        for i in range(1, len(STAGES)):
            if times[STAGES[i - 1]] is None:
                times[STAGES[i]] = None
        local = times["applied"].astimezone(tz)
        monday = local.date() - timedelta(days=local.weekday())
        per[p.id] = {
            "times": times,
            "week": monday.isoformat(),
            "source": first_source.get(p.id, (0, None))[1],
            "country": p.country,
            "specialty": p.specialties[0] if p.specialties else None,
        }

    totals = {s: sum(1 for x in per.values() if x["times"][s] is not None) for s in STAGES}
    cohorts: dict[str, Counter[str]] = defaultdict(Counter)
    groups: dict[str, dict[Any, Counter[str]]] = {"source": {}, "country": {}, "specialty": {}}
    for x in per.values():
        for s in STAGES:
            if x["times"][s] is not None:
                cohorts[x["week"]][s] += 1
                for dim, table in groups.items():
                    table.setdefault(x[dim], Counter())[s] += 1
    steps = []
    for i in range(1, len(STAGES)):
        before, stage = STAGES[i - 1], STAGES[i]
        hours = [
            (x["times"][stage] - x["times"][before]).total_seconds() / 3600
            for x in per.values()
            if x["times"][stage] is not None
        ]
        steps.append(
            {
                "reached_from": totals[before],
                "reached_to": totals[stage],
                "median_hours": statistics.median(hours) if hours else None,
            }
        )

    advisor_names = dict(conn.execute(select(t.advisors.c.id, t.advisors.c.name)).all())
    advisors: dict[str, Counter[str]] = defaultdict(Counter)
    for b in bookings.values():
        advisors[advisor_names.get(b.advisor_id, b.advisor_id)][b.status] += 1
    no_show_rate = {
        name: (c["no_show"] / (c["done"] + c["no_show"]) if c["done"] + c["no_show"] else None)
        for name, c in advisors.items()
    }

    demand: Counter[tuple[str, str]] = Counter()
    for p in people:
        if p.preferred_start:
            for s in p.specialties or []:
                demand[(s, p.preferred_start)] += 1
    seats: Counter[tuple[str, str]] = Counter()
    specialty_of = {}
    for pr in conn.execute(select(t.preceptors)):
        if pr.active:
            specialty_of[pr.id] = pr.specialty
            for month in pr.available_months:
                seats[(pr.specialty, month)] += pr.monthly_capacity
    allocated: Counter[tuple[str, str]] = Counter()
    for al in conn.execute(select(t.allocations)):
        if al.preceptor_id in specialty_of:
            allocated[(specialty_of[al.preceptor_id], al.month)] += 1

    return {
        "totals": totals,
        "cohorts": {week: dict(c) for week, c in cohorts.items()},
        "steps": steps,
        "groups": {dim: {k: dict(c) for k, c in table.items()} for dim, table in groups.items()},
        "advisors": {name: dict(c) for name, c in advisors.items()},
        "no_show_rate": no_show_rate,
        "demand": dict(demand),
        "seats": dict(seats),
        "allocated": dict(allocated),
    }
