"""Notification tests: the SendGrid fake, and a migrated app DB copied per test (migrating each costs ~0.3 s)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.fakes.fixtures import fake_google, fake_sendgrid, google_conn, sendgrid_conn, sleeps  # noqa: F401


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from include.store.db import migrate

    path = tmp_path_factory.mktemp("notify-template") / "clerkflow.db"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture
def runtime(settings, migrated_db: Path) -> Iterator:
    """Same as the project-wide fixture, on a copy of one migrated SQLite file."""
    from include.runtime import open_runtime

    target = settings.db_url.split("///", 1)[1]
    with closing(sqlite3.connect(migrated_db)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    rt = open_runtime(settings)
    yield rt
    rt.engine.dispose()
