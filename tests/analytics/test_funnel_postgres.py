"""The same analytics on PostgreSQL (JSON lists, tz-aware timestamps come back differently than from SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.history import generate_history
from include.analytics import STAGES, funnel_analytics, label, load_frames
from tests.analytics.reference import reference_analytics
from tests.pgdb import PG_URL, scratch_database

pytestmark = pytest.mark.postgres


@pytest.mark.skipif(not PG_URL, reason="CLERKFLOW_TEST_PG_URL is not set")
def test_postgres_history_gives_the_row_by_row_numbers(tmp_path: Path) -> None:
    from include.store.db import make_engine

    with scratch_database("clerkflow_analytics") as url:
        history = generate_history(tmp_path, 400, db_url=url)
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                result = funnel_analytics(load_frames(conn), ops_tz="America/New_York", now=history.end)
                expected = reference_analytics(conn, ops_tz="America/New_York")
        finally:
            engine.dispose()
    assert result.stage_totals == expected["totals"]
    assert result.stage_totals["applied"] == 400
    got = {r["week"]: {s: r[label("funnel_stage", s)] for s in STAGES} for r in result.cohorts.to_dict("records")}
    assert got == {w: {s: c.get(s, 0) for s in STAGES} for w, c in expected["cohorts"].items()}
    rows = {(r["specialty"], r["month"]): r for r in result.supply_demand.to_dict("records")}
    assert {k: r["applicants"] for k, r in rows.items() if r["applicants"]} == expected["demand"]
    assert {k: r["seats"] for k, r in rows.items() if r["seats"]} == expected["seats"]
    for step, want in zip(result.conversion.to_dict("records"), expected["steps"], strict=True):
        assert step["median_hours"] == pytest.approx(want["median_hours"], abs=0.01)
