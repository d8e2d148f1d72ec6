"""The matching stage on PostgreSQL (COPY into recommendations, allocations, match_failures; migration 0009)
stores exactly what it stores on SQLite, and the words rendered from the bits read the same."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from sqlalchemy import select

from include.matching.reasons import pair_reasons
from include.matching.run import match, matching_applicants
from include.notify.unmatched import top_blockers
from include.runtime import open_runtime
from include.store import tables as t
from include.store.db import migrate
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
