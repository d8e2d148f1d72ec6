"""A funnel that has run once (roster → intake → CV → match → booking → emails), on SQLite and PostgreSQL.

The funnel runs once per session per database into a template; each test gets its own copy (SQLite file +
output folder, or ``CREATE DATABASE … TEMPLATE``), so purges in one test never show in another.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, text, update

PG_URL = os.environ.get("CLERKFLOW_TEST_PG_URL")
NOW = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
STAGES = ("roster", "intake", "cv", "match", "book", "notify")


def _run_funnel(db_url: str, out: Path) -> None:
    from include import pipeline
    from include.config import load_settings
    from include.store.db import migrate

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLERKFLOW_OUTPUT_DIR", str(out))
        mp.setenv("CLERKFLOW_DB_URL", db_url)
        settings = load_settings()
        migrate(db_url)
        for stage in STAGES:
            pipeline.STAGES[stage](settings, NOW)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("privacy-sqlite-template")
    _run_funnel(f"sqlite:///{root / 'clerkflow.db'}", root / "var")
    return root


@pytest.fixture(scope="session")
def pg_template() -> Iterator[tuple[str, Path]]:
    if not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set (e.g. postgresql+psycopg2://postgres@127.0.0.1:5432/test)")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    names = [f"clerkflow_privacy_{uuid.uuid4().hex[:8]}"]
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{names[0]}"'))
    out = Path(os.environ["AIRFLOW_HOME"]).parent / f"{names[0]}-var"
    try:
        _run_funnel(PG_URL.rsplit("/", 1)[0] + f"/{names[0]}", out)
        with admin.connect() as conn:  # the stages' pooled connections would block CREATE DATABASE … TEMPLATE
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": names[0]}
            )
        yield names[0], out
    finally:
        with admin.connect() as conn:
            for name in conn.scalars(
                text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": f"{names[0]}%"}
            ):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def funnel(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A runtime on this test's own copy of the funnel's app DB, outbox and calendar."""
    from include.config import load_settings
    from include.runtime import open_runtime
    from include.store import tables as t

    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        src_out = template / "var"
        db_url = f"sqlite:///{tmp_path / 'clerkflow.db'}"
        with sqlite3.connect(template / "clerkflow.db") as src, sqlite3.connect(tmp_path / "clerkflow.db") as dst:
            src.backup(dst)
    else:
        name, src_out = request.getfixturevalue("pg_template")
        copy = f"{name}_{uuid.uuid4().hex[:6]}"
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"'))
        admin.dispose()
        db_url = PG_URL.rsplit("/", 1)[0] + f"/{copy}"
    shutil.copytree(src_out, tmp_path / "var")
    monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CLERKFLOW_DB_URL", db_url)
    rt = open_runtime(load_settings())
    ev = t.calendar_events
    with rt.engine.begin() as conn:  # the local calendar stores absolute .ics paths
        conn.execute(update(ev).values(ics_path=func.replace(ev.c.ics_path, str(src_out), str(tmp_path / "var"))))
    yield rt
    rt.engine.dispose()
