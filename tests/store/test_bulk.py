"""include.store.bulk.update_rows, the one bulk update: the same rows updated and keys returned whichever way it
takes (a CASE statement for a few rows, a staging table for many), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select

from include.store import bulk
from include.store import tables as t
from include.store.bulk import update_rows
from include.store.db import make_engine, migrate
from tests.pgdb import PG_URL, scratch_database

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
AWKWARD = ["", "a\tb", "line\nbreak", "back\\slash", "\x1a", "ünïcödé ✓", "'quote'"]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'bulk.db'}"
        migrate(url)
        made = make_engine(url)
        yield made
        made.dispose()
        return
    if not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set")
    with scratch_database("clerkflow_bulk") as url:
        migrate(url)
        made = make_engine(url)
        yield made
        made.dispose()


@pytest.mark.parametrize("n", [7, bulk._FEW + 13])  # below and above the switch to a staging table
def test_update_rows_sets_each_row_its_values_where_the_condition_holds(engine: Engine, n: int) -> None:
    a = t.applicants
    with engine.begin() as conn:
        conn.execute(insert(a), [_applicant(i) for i in range(n + 2)])  # the last two are not asked for
        ids = list(conn.scalars(select(a.c.id).order_by(a.c.id)))
    held = set(ids[:n:3])  # "not pending": the condition leaves these alone
    with engine.begin() as conn:
        conn.execute(a.update().where(a.c.id.in_(held)).values(status="held"))
    rows = [
        {
            "id": ids[i],
            "full_name": AWKWARD[i % len(AWKWARD)] or "x",
            "given_name": None if i % 2 else AWKWARD[i % len(AWKWARD)],
            "specialties": [AWKWARD[i % len(AWKWARD)], i],
            "submitted_at": NOW - timedelta(minutes=i),
            "is_student": [None, True, False][i % 3],
        }
        for i in range(n - 1)
    ]
    rows.append({"id": ids[n - 1], "status": "merged"})  # other columns: a statement of its own
    with engine.begin() as conn:
        done = update_rows(conn, a, rows, a.c.status != "held")
    assert sorted(done) == sorted(r["id"] for r in rows if r["id"] not in held)
    with engine.connect() as conn:
        stored = {r.id: r._mapping for r in conn.execute(select(a))}
    for i, row in enumerate(rows):
        got = stored[row["id"]]
        if row["id"] in held:
            assert (got["full_name"], got["status"]) == (f"Person {i}", "held")
            continue
        for column, value in row.items():
            assert (got[column].astimezone(UTC) if column == "submitted_at" else got[column]) == value, column
    for untouched in ids[n:]:
        assert stored[untouched]["full_name"] == f"Person {ids.index(untouched)}"


def _applicant(i: int) -> dict:
    return dict(email=f"p{i}@example.org", full_name=f"Person {i}", specialties=[], preferred_states=[],
                rotation_types=[], warnings=[], status="new", created_at=NOW, updated_at=NOW)  # fmt: skip
