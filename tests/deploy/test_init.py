"""deploy/init.py, the one script that prepares a stack: settings it refuses, and the app DB's own role.

The PostgreSQL cases run on a scratch server database (CLERKFLOW_TEST_PG_URL) as compose's airflow-init
would on a fresh volume and on one made before the app had its own role.
"""

from __future__ import annotations

import importlib.util
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from tests.pgdb import PG_URL, scratch_database

ROOT = Path(__file__).resolve().parents[2]


def _load_init():
    spec = importlib.util.spec_from_file_location("clerkflow_deploy_init", ROOT / "deploy" / "init.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


init = _load_init()


@pytest.mark.parametrize("url", ["", "http://localhost:8080", "http://127.0.0.1:8080/"])
def test_production_refuses_a_base_url_nobody_can_reach(url, capsys):
    env = {"CLERKFLOW_ENV": "production", "AIRFLOW__API__BASE_URL": url}
    with pytest.raises(init.InitError, match="AIRFLOW_BASE_URL"):
        init.check_base_url(env)
    assert init.main(env) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("clerkflow init: AIRFLOW_BASE_URL is")
    assert "\n" not in err
    assert "Traceback" not in err


def test_a_public_base_url_passes_and_demos_are_not_checked():
    assert "https://airflow.example.org" in init.check_base_url(
        {"CLERKFLOW_ENV": "production", "AIRFLOW__API__BASE_URL": "https://airflow.example.org"}
    )
    assert "not checked" in init.check_base_url({"AIRFLOW__API__BASE_URL": ""})


def test_the_app_db_url_must_name_a_role_and_a_database():
    with pytest.raises(init.InitError, match="postgresql URL"):
        init.ensure_app_database("sqlite:///x.db", "postgresql+psycopg2://postgres@127.0.0.1/test")


# ---------------------------------------------------------------- PostgreSQL: the app's own role


@pytest.fixture
def server() -> Iterator[tuple[str, str]]:
    """(admin URL on a scratch 'metadata' database, app URL for a new role + database), dropped afterwards."""
    if not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set")
    role = f"cf_app_{secrets.token_hex(4)}"
    with scratch_database("cf_meta") as admin_url:
        app_url = make_url(admin_url).set(username=role, password="pw", database=role)
        try:
            yield admin_url, app_url.render_as_string(hide_password=False)
        finally:
            engine = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{role}" WITH (FORCE)'))
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
            engine.dispose()


def _scalar(url: str, sql: str):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_fresh_server_gets_a_role_that_owns_only_its_database(server):
    admin_url, app_url = server
    role = make_url(app_url).username
    assert "created" in init.ensure_app_database(app_url, admin_url)
    assert _scalar(app_url, "SELECT current_user") == role
    powers = "SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
    assert _scalar(app_url, powers) is False
    engine = create_engine(app_url)
    with engine.begin() as conn:  # it can build its own schema (migrations run as the app role)
        conn.execute(text("CREATE TABLE t (x int)"))
    engine.dispose()
    # ...but cannot reach the metadata database.
    with pytest.raises(OperationalError, match="permission denied"):
        _scalar(make_url(app_url).set(database=make_url(admin_url).database).render_as_string(False), "SELECT 1")


@pytest.mark.postgres
def test_an_existing_volume_hands_the_database_and_its_tables_to_the_role(server):
    admin_url, app_url = server
    role, database = make_url(app_url).username, make_url(app_url).database
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:  # what an older compose (database made by the superuser) left behind
        conn.execute(text(f'CREATE DATABASE "{database}"'))
    admin.dispose()
    old = create_engine(make_url(admin_url).set(database=database))
    with old.begin() as conn:
        conn.execute(text("CREATE TABLE applicants (id serial primary key, email text)"))
    old.dispose()

    first = init.ensure_app_database(app_url, admin_url)
    assert f"handed to {role}" in first
    assert _scalar(app_url, "SELECT tableowner FROM pg_tables WHERE tablename = 'applicants'") == role
    engine = create_engine(app_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO applicants (email) VALUES ('a@example.org')"))
        conn.execute(text("ALTER TABLE applicants ADD COLUMN phone text"))  # migrations need ownership
    engine.dispose()
    # Again: nothing left to hand over, the role is only brought in line with .env.
    assert init.ensure_app_database(app_url, admin_url) == f"role {role} updated"


@pytest.mark.postgres
def test_other_roles_cannot_connect_to_the_app_database(server):
    admin_url, app_url = server
    init.ensure_app_database(app_url, admin_url)
    stranger = f"cf_other_{secrets.token_hex(3)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{stranger}" LOGIN'))
    try:
        with pytest.raises((OperationalError, ProgrammingError), match="permission denied"):
            _scalar(make_url(app_url).set(username=stranger).render_as_string(False), "SELECT 1")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE "{stranger}"'))
        admin.dispose()
