"""Alembic's migrations build exactly the schema in include/store/tables.py, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from include.store.db import make_engine, migrate
from include.store.tables import metadata
from tests.pgdb import PG_URL, scratch_database


def _diff(url: str) -> list:
    engine = make_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    return diff


def test_migrations_match_tables_on_sqlite(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    migrate(url)
    migrate(url)  # a second upgrade is a no-op
    assert _diff(url) == []
    engine = make_engine(url)
    assert set(inspect(engine).get_table_names()) >= set(metadata.tables)
    engine.dispose()


@pytest.mark.postgres
def test_migrations_match_tables_on_postgresql() -> None:
    if not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set")
    with scratch_database("clerkflow_mig") as url:
        migrate(url)
        assert _diff(url) == []
