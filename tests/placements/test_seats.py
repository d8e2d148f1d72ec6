"""Held and confirmed seats: the nightly allocation never moves them and never over-fills a preceptor's month.

On the sample funnel, applicants request seats (some confirmed, some declined, one preceptor's month filled
to capacity by requests alone), then matching runs again and again with the roster changing between runs.
After every run: each committed applicant's allocation row is their placement, their recommendations are
the ones they requested from, and proposals + commitments stay within ``monthly_capacity`` everywhere.
Two requests racing for the last seat (threads, PostgreSQL too) get one seat.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from include import pipeline
from include.placements import service
from include.placements.model import LIVE, PlacementError
from include.store import tables as t
from tests.placements.conftest import World


def _snapshot(w: World) -> tuple[dict, dict, dict, dict]:
    with w.rt.engine.connect() as conn:
        live = {
            r.applicant_id: (r.preceptor_id, list(r.months))
            for r in conn.execute(select(t.placements).where(t.placements.c.state.in_(LIVE)))
        }
        alloc = {
            r.applicant_id: (r.preceptor_id, list(r.months or [r.month])) for r in conn.execute(select(t.allocations))
        }
        recs = {}
        for r in conn.execute(select(t.recommendations).order_by(t.recommendations.c.rank)):
            recs.setdefault(r.applicant_id, []).append((r.preceptor_id, r.score))
        capacity = {
            (p.id, m): p.monthly_capacity for p in conn.execute(select(t.preceptors)) for m in p.available_months
        }
    return live, alloc, recs, capacity


def _check(w: World, recs_at_request: dict) -> None:
    live, alloc, recs, capacity = _snapshot(w)
    for aid, seat in live.items():
        assert alloc.get(aid) == seat, f"applicant {aid}'s held seat moved"
        assert recs[aid] == recs_at_request[aid], f"applicant {aid}'s recommendations changed while committed"
    used = Counter((p, m) for p, months in alloc.values() for m in months)
    over = {k: n for k, n in used.items() if n > capacity.get(k, 0)}
    # A committed seat may stand alone above a capacity the roster later cut; proposals never add to it.
    for (p, m), n in over.items():
        committed = sum(1 for pp, months in live.values() if pp == p and m in months)
        assert n == committed, f"{p} {m}: {n} seats allocated, capacity {capacity.get((p, m), 0)}"


def test_nightly_allocation_keeps_commitments_and_capacity(world: World) -> None:
    w, rng = world, random.Random(18)
    recs_at_request: dict[int, list] = {}
    with w.rt.engine.connect() as conn:
        ids = list(conn.scalars(select(t.applicants.c.id).order_by(t.applicants.c.id)))
    for round_ in range(4):
        with w.rt.engine.connect() as conn:
            free = [(aid, service.options(conn, aid, w.clock.now)) for aid in ids]
            live = {r for r in conn.scalars(select(t.placements.c.applicant_id).where(t.placements.c.state.in_(LIVE)))}
            recs = {aid: [] for aid in ids}
            for r in conn.execute(select(t.recommendations).order_by(t.recommendations.c.rank)):
                recs[r.applicant_id].append((r.preceptor_id, r.score))
        for aid, opts in free:
            if aid in live or not opts or rng.random() < 0.3:
                continue
            o = rng.choice(opts)
            made = service.request_placement(w.rt.engine, aid, o.preceptor_id, rng.choice(o.months), w.clock.now, "ops")
            recs_at_request[aid] = recs[aid]
            roll = rng.random()
            if roll < 0.5:
                service.accept(w.rt.engine, made["placement_id"], w.clock.now, w.settings.placements)
            elif roll < 0.65:
                service.decline(w.rt.engine, made["placement_id"], w.clock.now, "no room")
        if round_ == 2:  # the roster shrinks under the commitments: they stay, nothing new is added on top
            with w.rt.engine.begin() as conn:
                conn.execute(update(t.preceptors).values(monthly_capacity=1))
        w.clock.now += timedelta(hours=6)
        pipeline.match(w.settings, w.clock.now)
        _check(w, recs_at_request)
    live, alloc, _, _ = _snapshot(w)
    assert len(live) >= 5
    assert len(alloc) > len(live)  # proposals for the others go on


def test_a_full_month_is_full_for_requests_and_for_the_allocation(world: World) -> None:
    w = world
    with w.rt.engine.connect() as conn:
        options = {aid: service.options(conn, aid, w.clock.now) for aid in conn.scalars(select(t.applicants.c.id))}
    by_seat: dict[tuple[str, str], list[int]] = {}
    for aid, opts in options.items():
        for o in opts:
            for m in o.months:
                by_seat.setdefault((o.preceptor_id, m), []).append(aid)
    with w.rt.engine.connect() as conn:
        cap = dict(conn.execute(select(t.preceptors.c.id, t.preceptors.c.monthly_capacity)).all())
    (preceptor, month), wanting = max(by_seat.items(), key=lambda kv: len(kv[1]) - cap[kv[0][0]])
    assert len(wanting) > cap[preceptor], "the sample data should have a contested month"
    holders, others = wanting[: cap[preceptor]], wanting[cap[preceptor] :]
    for aid in holders:
        service.request_placement(w.rt.engine, aid, preceptor, month, w.clock.now, "applicant")
    with pytest.raises(PlacementError):
        service.request_placement(w.rt.engine, others[0], preceptor, month, w.clock.now, "applicant")
    pipeline.match(w.settings, w.clock.now)
    with w.rt.engine.connect() as conn:
        seated = [
            r.applicant_id
            for r in conn.execute(select(t.allocations).where(t.allocations.c.preceptor_id == preceptor))
            if month in (r.months or [r.month])
        ]
    assert sorted(seated) == sorted(holders)


def test_two_requests_for_the_last_seat_get_one(world: World) -> None:
    w = world
    with w.rt.engine.connect() as conn:
        options = {aid: service.options(conn, aid, w.clock.now) for aid in conn.scalars(select(t.applicants.c.id))}
    pairs = {}
    for aid, opts in options.items():
        for o in opts:
            pairs.setdefault((o.preceptor_id, o.months[0]), []).append(aid)
    (preceptor, month), wanting = next((k, v) for k, v in pairs.items() if len(v) >= 2)
    with w.rt.engine.begin() as conn:  # one seat left in that month
        conn.execute(update(t.preceptors).where(t.preceptors.c.id == preceptor).values(monthly_capacity=1))
    results: list[str] = []
    start = threading.Barrier(2)

    def ask(aid: int) -> None:
        start.wait()
        try:
            service.request_placement(w.rt.engine, aid, preceptor, month, w.clock.now, "applicant")
            results.append("held")
        except PlacementError:
            results.append("full")

    threads = [threading.Thread(target=ask, args=(aid,)) for aid in wanting[:2]]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sorted(results) == ["full", "held"]
    with w.rt.engine.connect() as conn:
        n = conn.scalar(select(func.count()).where(t.placements.c.preceptor_id == preceptor))
    assert n == 1


def test_two_placement_runs_at_once_release_and_issue_once(world: World) -> None:
    """Two copies of the placements stage, then of notify, at the same moment: one release, one link pair, one email."""
    from include.links.store import ACTIVE
    from include.placements.links import ACCEPT

    w = world
    with w.rt.engine.connect() as conn:
        todo = [
            (aid, opts[0])
            for aid in conn.scalars(select(t.applicants.c.id))
            if (opts := service.options(conn, aid, w.clock.now))
        ]
    held = [
        service.request_placement(w.rt.engine, aid, o.preceptor_id, None, w.clock.now, "ops") for aid, o in todo[:4]
    ]

    def twice(stage: str) -> None:
        gate = threading.Barrier(2)
        errors: list[BaseException] = []

        def one() -> None:
            gate.wait()
            try:
                pipeline.STAGES[stage](w.settings, w.clock.now)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=one) for _ in range(2)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert errors == []

    twice("placements")
    twice("notify")
    with w.rt.engine.connect() as conn:
        sl, o = t.signed_links, t.outbox_messages
        for made in held:
            links = conn.execute(
                select(sl).where(sl.c.purpose == ACCEPT, sl.c.subject == str(made["placement_id"]))
            ).all()
            assert [x.state for x in links] == [ACTIVE]
        requests = conn.scalar(select(func.count()).where(o.c.kind == "placement_request", o.c.state == "sent"))
    assert requests == len(held)
    w.clock.now += timedelta(days=w.settings.placements.release_after_days, hours=1)
    twice("placements")
    with w.rt.engine.connect() as conn:
        expired = conn.scalar(select(func.count()).where(t.audit_log.c.event == "placement_expired"))
    assert expired == len(held)
