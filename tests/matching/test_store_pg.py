"""The matching stage on PostgreSQL (COPY into recommendations, allocations, match_failures; migration 0009)
stores exactly what it stores on SQLite, and the words rendered from the bits read the same."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from include.matching.reasons import pair_reasons
from include.matching.run import match, matching_applicants
from include.notify.unmatched import top_blockers
from include.runtime import open_runtime
from include.store import tables as t
from include.store.db import migrate
from include.timeutil import as_utc
from tests.matching.records import TODAY, random_applicant, random_preceptor
from tests.matching.store import NOW, store_applicants, store_preceptors
from tests.pgdb import PG_URL, scratch_database

pytestmark = pytest.mark.skipif(not PG_URL, reason="CLERKFLOW_TEST_PG_URL not set")


def stored(rt):
    out = {}
    with rt.engine.connect() as conn:
        for table in (t.recommendations, t.allocations, t.match_failures):
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).mappings().all()
            out[table.name] = [{k: v for k, v in r.items() if k != "computed_at"} for r in rows]
        ids = [r["applicant_id"] for r in out["match_failures"]]
        out["words"] = {aid: pair_reasons(conn, aid) for aid in ids}
        out["blockers"] = {aid: top_blockers(conn, aid, TODAY) for aid in ids}
    return out


def test_matching_on_postgresql_stores_what_it_stores_on_sqlite(runtime):
    rng = random.Random(11)
    applicants = [random_applicant(rng, i) for i in range(1, 81)]
    preceptors = [random_preceptor(rng, f"P{j:03d}") for j in range(50)]
    results = []
    with scratch_database("clerkflow_matchscale") as url:
        migrate(url)
        pg = open_runtime(replace(runtime.settings, db_url=url))
        try:
            for rt in (runtime, pg):
                with rt.engine.begin() as conn:
                    store_applicants(conn, applicants)
                    store_preceptors(conn, preceptors)
                match(rt, NOW)
                match(rt, NOW)  # a second night replaces, never duplicates
                results.append(stored(rt))
        finally:
            pg.engine.dispose()
    sqlite, postgres = results
    assert postgres == sqlite
    assert len(sqlite["match_failures"]) == 80
    assert sum(len(w) for w in sqlite["words"].values()) > 50


def test_matching_reads_the_same_cv_facts_on_both_databases(runtime):
    """The three facts matching reads are picked from the profile by the database: present, missing, null, and
    no profile at all read the same on SQLite and PostgreSQL."""
    usce = [{"kind": "hands_on", "months": 2, "specialty": "Internal Medicine"}, "not an entry"]
    profiles = {
        1: {"usce_months": 3, "usce_entries": usce, "languages": ["Spanish", "Tamil"], "evidence": {"x": "y" * 5000}},
        2: {"languages": ["Arabic"]},  # no USCE keys at all
        3: {"usce_months": None, "usce_entries": None, "languages": None},
        4: None,  # no profile row
    }
    expected = {
        1: (3, [usce[0]], ["Spanish", "Tamil"]),
        2: (None, [], ["Arabic"]),
        3: (None, [], []),
        4: (None, [], []),
    }
    with scratch_database("clerkflow_cvfacts") as url:
        migrate(url)
        pg = open_runtime(replace(runtime.settings, db_url=url))
        try:
            for rt in (runtime, pg):
                with rt.engine.begin() as conn:
                    store_applicants(conn, [random_applicant(random.Random(i), i) for i in profiles])
                    for aid, profile in profiles.items():
                        row = t.cv_profiles.c.applicant_id == aid
                        if profile is None:
                            conn.execute(t.cv_profiles.delete().where(row))
                        else:
                            conn.execute(t.cv_profiles.update().where(row).values(profile=profile))
                with rt.engine.connect() as conn:
                    got = {a["id"]: (a["usce_months"], a["usce"], a["languages"]) for a in matching_applicants(conn)}
                assert got == expected, rt.engine.dialect.name
        finally:
            pg.engine.dispose()


def _by_applicant(rt, with_version=False):
    """Per table and applicant: the stored rows (with ``xmin`` on PostgreSQL: the transaction that wrote each)."""
    out = {}
    with rt.engine.connect() as conn:
        for table in (t.recommendations, t.allocations, t.match_failures):
            extra = [text("xmin::text")] if with_version else []
            query = select(table, *extra).order_by(*table.primary_key.columns)
            rows: dict[int, list] = {}
            for r in conn.execute(query).mappings():
                rows.setdefault(r["applicant_id"], []).append(dict(r))
            out[table.name] = rows
    return out


def _content(rows):
    return {aid: [{k: v for k, v in r.items() if k != "xmin"} for r in group] for aid, group in rows.items()}


def test_a_rerun_writes_only_the_applicants_whose_results_changed(runtime):
    """The store rewrites only what differs: after a change to one applicant, a new applicant and a preceptor leaving,
    the tables equal a from-scratch run's (``computed_at`` included), and on PostgreSQL no row whose content is the
    same was rewritten (its ``xmin`` is unchanged)."""
    rng = random.Random(17)
    applicants = [random_applicant(rng, i) for i in range(1, 61)]
    preceptors = [random_preceptor(rng, f"P{j:03d}") for j in range(40)]
    later = NOW + timedelta(days=1)
    with scratch_database("clerkflow_matchdiff") as url:
        migrate(url)
        pg = open_runtime(replace(runtime.settings, db_url=url))
        try:
            for rt in (runtime, pg):
                versions = rt.engine.dialect.name == "postgresql"
                with rt.engine.begin() as conn:
                    store_applicants(conn, applicants)
                    store_preceptors(conn, preceptors)
                match(rt, NOW)
                before = _by_applicant(rt, versions)
                with rt.engine.begin() as conn:
                    a = t.applicants
                    current = conn.scalar(select(a.c.specialties).where(a.c.id == 1))
                    new = ["Psychiatry"] if current != ["Psychiatry"] else ["Cardiology"]
                    conn.execute(a.update().where(a.c.id == 1).values(specialties=new))
                    conn.execute(t.preceptors.update().where(t.preceptors.c.id == "P007").values(active=False))
                    store_applicants(conn, [random_applicant(rng, 61)])
                match(rt, NOW)
                after = _by_applicant(rt, versions)
                for name in after:
                    old, now_ = before[name], after[name]
                    differs = {aid for aid in set(old) | set(now_) if _content(old).get(aid) != _content(now_).get(aid)}
                    assert 1 in differs or name == "allocations"
                    if versions:
                        unchanged = set(now_) - differs
                        kept = {
                            aid for aid in unchanged if [r["xmin"] for r in old[aid]] == [r["xmin"] for r in now_[aid]]
                        }
                        assert kept == unchanged, name  # content the same: the rows were left alone
                        assert len(unchanged) > len(now_) // 2, name

                match(rt, later)  # a new night: every row says so
                incremental = stored(rt)
                with rt.engine.begin() as conn:
                    for table in (t.recommendations, t.allocations, t.match_failures):
                        conn.execute(table.delete())
                match(rt, later)
                assert stored(rt) == incremental
                with rt.engine.connect() as conn:
                    for table in (t.recommendations, t.allocations, t.match_failures):
                        stamps = set(conn.scalars(select(table.c.computed_at)))
                        assert {as_utc(s) for s in stamps} == {later}, table.name
        finally:
            pg.engine.dispose()
