"""Fixtures shared by the intake tests: an app DB on SQLite or PostgreSQL and runtimes reading chosen sources."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from include.config import SourceConfig
from include.runtime import Runtime, open_runtime
from include.store.db import migrate
from tests.pgdb import PG_URL, scratch_database


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """SQLite; tests marked with ``both_databases`` also run on PostgreSQL (when CLERKFLOW_TEST_PG_URL is set)."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield f"sqlite:///{tmp_path / 'intake.db'}"
        return
    if not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set")
    with scratch_database("clerkflow_intake") as url:
        yield url


@pytest.fixture
def make_rt(settings, db_url: str) -> Iterator:
    """A runtime on ``db_url`` reading ``sources`` (default: the sample form and referral sheets)."""
    migrate(db_url)
    made: list[Runtime] = []

    def make(sources: tuple[SourceConfig, ...] | None = None) -> Runtime:
        rt = open_runtime(replace(settings, db_url=db_url, sources=settings.sources if sources is None else sources))
        made.append(rt)
        return rt

    yield make
    for rt in made:
        rt.engine.dispose()
