"""Shared data for the Applicants page tests: the sample funnel run once, and Airflow users' tokens."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "plugins"))  # as Airflow does for the API server

NOW = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
FUNNEL = ("roster", "intake", "cv", "match", "book", "notify")
SCRIPT_NAME = "Ravi Kumar<script>alert(1)</script>"


@pytest.fixture(scope="session")
def funnel_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite app DB holding the whole sample funnel (24 applicants, quarantined rows, bookings, emails)."""
    from include import pipeline
    from include.config import load_settings
    from include.store.db import migrate

    out = tmp_path_factory.mktemp("funnel")
    url = f"sqlite:///{out / 'clerkflow.db'}"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("CLERKFLOW_DB_URL", url)
        env.setenv("CLERKFLOW_OUTPUT_DIR", str(out / "var"))
        settings = load_settings()
        migrate(url)
        for stage in FUNNEL:
            pipeline.STAGES[stage](settings, NOW)
    return url


@pytest.fixture(scope="session")
def funnel_engine(funnel_db: str) -> Iterator[Engine]:
    from include.store.db import make_engine

    engine = make_engine(funnel_db)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def script_applicant(funnel_engine: Engine) -> int:
    """The id of the sample applicant whose name carries a ``<script>`` tag."""
    from include.store import tables as t

    with funnel_engine.connect() as conn:
        found = conn.scalar(select(t.applicants.c.id).where(t.applicants.c.full_name == SCRIPT_NAME))
    assert found is not None
    return found


@pytest.fixture(scope="session")
def make_token(airflow_db: None) -> Callable[[str], str]:
    """A JWT for a SimpleAuthManager user with the given role, as Airflow's login would issue it."""
    from airflow.api_fastapi.app import init_auth_manager
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    manager = init_auth_manager()
    return lambda role: manager.generate_jwt(SimpleAuthManagerUser(username=f"test-{role}", role=role))
