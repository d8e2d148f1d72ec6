"""Prepare Airflow and clerkflow's app database before any service starts; safe to run again and again.

`make demo` / `make up`, compose's `airflow-init` and the Celery stack test all run this one script, so what
a stack needs (migrations, pools, the app database and its role, users and roles) cannot differ between them.
Every step looks before it writes, so a second run on a prepared stack is quick and changes nothing.

Environment (all optional except where a step needs it):
  CLERKFLOW_ENV=production        refuse to start with an unset or localhost AIRFLOW__API__BASE_URL
  CLERKFLOW_DB_URL                the app database as the app connects to it (its own role, its own database)
  CLERKFLOW_DB_ADMIN_URL          a superuser URL on the same server: create that role and database if missing
  _AIRFLOW_WWW_USER_USERNAME / _AIRFLOW_WWW_USER_PASSWORD   the admin user (FAB) or the simple manager's password
  CLERKFLOW_NOTES_USER / CLERKFLOW_NOTES_PASSWORD           an Ops user the rerun DAG signs in as to write notes

Run with the repo root on PYTHONPATH: ``python deploy/init.py``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from include.dag_defaults import POOLS

FAB_MANAGER = "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager"
RERUN_DAG = "clerkflow_rerun_applicant"
# Ops read everything a Viewer reads, trigger the rerun DAG and write its run notes; nothing else.
OPS_ROLE = "Ops"
OPS_EXTRA = (
    ("can_edit", f"DAG:{RERUN_DAG}"),
    ("can_create", f"DAG Run:{RERUN_DAG}"),
    ("can_edit", f"DAG Run:{RERUN_DAG}"),
)


class InitError(Exception):
    """A setting that makes the stack unsafe or unable to start; printed as one line."""


def check_base_url(env: dict[str, str]) -> str:
    """In production, alert links must point somewhere people can reach: no unset or localhost base URL."""
    url = env.get("AIRFLOW__API__BASE_URL", "")
    if env.get("CLERKFLOW_ENV") != "production":
        return "base URL not checked (not production)"
    host = urlsplit(url).hostname or ""
    if not url or host in {"localhost", "127.0.0.1", "::1"}:
        raise InitError(
            f"AIRFLOW_BASE_URL is {url or 'unset'!r}: set it in .env to the public URL of the Airflow UI "
            "(e.g. https://airflow.example.org) so alert emails link to it"
        )
    return f"base URL {url}"


def ensure_app_database(app_url: str, admin_url: str) -> str:
    """Create the app's PostgreSQL role and database (owned by that role, closed to others) if missing.

    Works on a fresh server and on an existing volume: a database made earlier by another owner is handed
    to the app role with everything in it, and a changed password in .env is applied to the role.
    """
    app = make_url(app_url)
    role, password, database = app.username, app.password, app.database
    if not (role and database) or not app.drivername.startswith("postgresql"):
        raise InitError("CLERKFLOW_DB_URL must be a postgresql URL with a user and a database")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    done: list[str] = []
    try:
        with admin.connect() as conn:
            quoted = conn.dialect.identifier_preparer.quote
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
            verb = "ALTER" if exists else "CREATE"
            pw = " PASSWORD '{}'".format(password.replace("'", "''")) if password else ""
            conn.execute(text(f"{verb} ROLE {quoted(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE{pw}"))
            done.append(f"role {role} {'updated' if exists else 'created'}")
            owner = conn.execute(
                text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :d"), {"d": database}
            ).scalar()
            if owner is None:
                conn.execute(text(f"CREATE DATABASE {quoted(database)} OWNER {quoted(role)}"))
                done.append(f"database {database} created")
            elif owner != role:
                conn.execute(text(f"ALTER DATABASE {quoted(database)} OWNER TO {quoted(role)}"))
                done.append(f"database {database} handed to {role}")
            conn.execute(text(f"REVOKE ALL ON DATABASE {quoted(database)} FROM PUBLIC"))
            conn.execute(text(f"GRANT ALL ON DATABASE {quoted(database)} TO {quoted(role)}"))
            # The app role must not reach the Airflow metadata database (or any other) through PUBLIC.
            admin_db = make_url(admin_url).database
            if admin_db and admin_db != database:
                conn.execute(text(f"REVOKE CONNECT ON DATABASE {quoted(admin_db)} FROM PUBLIC"))
        _hand_over_tables(admin_url, database, role, quoted)
    finally:
        admin.dispose()
    return ", ".join(done)


def _hand_over_tables(admin_url: str, database: str, role: str, quoted: Callable[[str], str]) -> None:
    """Tables an earlier superuser-run migration created in the app database now belong to the app role."""
    engine = create_engine(make_url(admin_url).set(database=database), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v') "
                    "AND pg_get_userbyid(c.relowner) <> :role "
                    # a serial column's sequence follows its table
                    "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))"
                ),
                {"role": role},
            ).all()
            kinds = {"r": "TABLE", "S": "SEQUENCE", "v": "VIEW"}
            for name, kind in rows:
                conn.execute(text(f"ALTER {kinds[kind]} public.{quoted(name)} OWNER TO {quoted(role)}"))
    finally:
        engine.dispose()


def migrate_airflow() -> str:
    """`airflow db migrate`, only when the metadata database is behind the installed Airflow."""
    from airflow.utils import db

    try:
        db.check_migrations(timeout=1)
        return "Airflow metadata DB up to date"
    except Exception:  # behind, empty or never created: all mean "migrate"
        db.upgradedb()
        return "Airflow metadata DB migrated"


def migrate_app() -> str:
    from include.pipeline import migrate_app_db

    return f"app DB migrated: {migrate_app_db()}"


def ensure_pools() -> str:
    """The pools the DAGs use (include/dag_defaults.py): a task in a missing pool would wait forever."""
    from airflow.models.pool import Pool

    changed = []
    for name, (slots, description) in POOLS.items():
        pool = Pool.get_pool(name)
        if pool is None or pool.slots != slots or pool.description != description:
            Pool.create_or_update_pool(name, slots, description, include_deferred=False)
            changed.append(name)
    return f"pools {', '.join(changed)} set" if changed else "pools up to date"


def ensure_users(env: dict[str, str]) -> str:
    """Admin (and the optional notes user) for the configured auth manager."""
    manager = env.get("AIRFLOW__CORE__AUTH_MANAGER", "")
    admin, password = env.get("_AIRFLOW_WWW_USER_USERNAME", "admin"), env.get("_AIRFLOW_WWW_USER_PASSWORD")
    if manager == FAB_MANAGER:
        return _ensure_fab_users(admin, password, env.get("CLERKFLOW_NOTES_USER"), env.get("CLERKFLOW_NOTES_PASSWORD"))
    path = env.get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE")
    if not (password and path):
        return "left to the simple auth manager"
    file = Path(path)
    if not file.exists() or json.loads(file.read_text() or "{}").get(admin) != password:
        file.write_text(json.dumps({admin: password}) + "\n")
        file.chmod(0o600)
        return f"simple auth manager password of {admin} written"
    return "simple auth manager password up to date"


def _ensure_fab_users(admin: str, password: str | None, notes_user: str | None, notes_password: str | None) -> str:
    from airflow.providers.fab.auth_manager.cli_commands.utils import get_application_builder
    from werkzeug.security import check_password_hash

    if not password:
        raise InitError("_AIRFLOW_WWW_USER_PASSWORD is not set: the FAB auth manager needs an admin password")
    done = []
    with get_application_builder() as appbuilder:
        sm = appbuilder.sm
        ops = sm.find_role(OPS_ROLE) or sm.add_role(OPS_ROLE)
        viewer = sm.find_role("Viewer")
        wanted = {(p.action.name, p.resource.name) for p in (viewer.permissions if viewer else [])} | set(OPS_EXTRA)
        have = {(p.action.name, p.resource.name) for p in ops.permissions}
        for action, resource in sorted(wanted - have):
            sm.add_permission_to_role(ops, sm.create_permission(action, resource))
        if wanted - have:
            done.append(f"role {OPS_ROLE} given {len(wanted - have)} permissions")
        for user, secret, role in ((admin, password, "Admin"), (notes_user, notes_password, OPS_ROLE)):
            if not (user and secret):
                continue
            existing = sm.find_user(username=user)
            if existing is None:
                sm.add_user(user, user, "clerkflow", f"{user}@clerkflow.invalid", sm.find_role(role), secret)
                done.append(f"user {user} ({role}) created")
            elif not check_password_hash(existing.password, secret):
                sm.reset_password(existing.id, secret)
                done.append(f"user {user} password set")
    return "; ".join(done) or "up to date"


def main(env: dict[str, str] | None = None) -> int:
    env = dict(os.environ if env is None else env)
    steps: list[tuple[str, Callable[[], str]]] = [("settings", lambda: check_base_url(env))]
    if env.get("CLERKFLOW_DB_ADMIN_URL") and env.get("CLERKFLOW_DB_URL"):
        app, admin = env["CLERKFLOW_DB_URL"], env["CLERKFLOW_DB_ADMIN_URL"]
        steps.append(("app database", lambda: ensure_app_database(app, admin)))
    steps += [
        ("airflow db", migrate_airflow),
        ("app db", migrate_app),
        ("pools", ensure_pools),
        ("users", lambda: ensure_users(env)),
    ]
    for name, step in steps:
        started = time.monotonic()
        try:
            outcome = step()
        except InitError as exc:
            print(f"clerkflow init: {exc}", file=sys.stderr)
            return 2
        print(f"clerkflow init: {name}: {outcome} ({time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
