"""The one module that reads Airflow connections (secrets live there or in env vars, never in YAML).

Imports of Airflow happen inside the functions, so ``include`` stays importable without Airflow.
Connection ids: ``clerkflow_db`` (app DB), ``clerkflow_google`` (service account), ``clerkflow_sendgrid``.
"""

from __future__ import annotations

from typing import Any

DB_CONN_ID = "clerkflow_db"
GOOGLE_CONN_ID = "clerkflow_google"
SENDGRID_CONN_ID = "clerkflow_sendgrid"


def get_connection(conn_id: str) -> Any | None:
    """The Airflow connection ``conn_id`` (from env ``AIRFLOW_CONN_*``, a secrets backend or the DB), or None."""
    try:
        from airflow.sdk import BaseHook
        from airflow.sdk.exceptions import AirflowNotFoundException
    except ImportError:
        return None
    try:
        return BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        return None


def connection_db_url(conn_id: str = DB_CONN_ID) -> str | None:
    """The SQLAlchemy URL of the ``clerkflow_db`` connection, naming the psycopg2 driver for Postgres."""
    conn = get_connection(conn_id)
    if conn is None:
        return None
    uri: str = conn.get_uri()
    scheme, rest = uri.split("://", 1)
    if scheme in {"postgres", "postgresql"}:
        scheme = "postgresql+psycopg2"
    return f"{scheme}://{rest}"
