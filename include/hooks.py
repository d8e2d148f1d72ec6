"""The one module that reads Airflow connections (secrets live there or in env vars, never in YAML).

Imports of Airflow happen inside the functions, so ``include`` stays importable without Airflow.
Connection ids: ``clerkflow_db`` (app DB), ``clerkflow_google`` (service account), ``clerkflow_sendgrid``,
the optional ``clerkflow_airflow_api`` (REST API user that writes rerun notes) and ``clerkflow_links`` (the key
that signs links in emails; ``$CLERKFLOW_LINK_SECRET`` first).
"""

from __future__ import annotations

import configparser
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote

DB_CONN_ID = "clerkflow_db"
GOOGLE_CONN_ID = "clerkflow_google"
SENDGRID_CONN_ID = "clerkflow_sendgrid"
AIRFLOW_API_CONN_ID = "clerkflow_airflow_api"  # optional: lets the rerun DAG write its summary as the run note
LINKS_CONN_ID = "clerkflow_links"  # the signing key of emailed links (password); $CLERKFLOW_LINK_SECRET first
LINK_SECRET_ENV = "CLERKFLOW_LINK_SECRET"  # noqa: S105 - the variable's name, not a secret
MIN_LINK_SECRET = 32  # characters: a short key could be guessed offline from one emailed link


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


def metadata_db_url() -> str | None:
    """Airflow's own metadata DB URL (for erasing a person from it), or None outside an Airflow setup."""
    url = os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")
    if url or not os.environ.get("AIRFLOW_HOME"):
        return url or None
    try:
        from airflow.configuration import conf

        return conf.get("database", "sql_alchemy_conn")
    except Exception:  # Airflow not installed or not configured: nothing of ours is in it
        return None


def connection_may_exist(conn_id: str) -> bool:
    """False only when the connection surely does not exist, told without importing Airflow (~1.5 s).

    Inside Airflow (already imported) and whenever it cannot tell cheaply (an env var, a secrets backend, a
    metadata DB it cannot read), the answer is True and Airflow is asked. Otherwise the metadata DB's
    ``connection`` table is read directly: a CLI call on a plain SQLite setup starts without Airflow.
    """
    if "airflow" in sys.modules or os.environ.get(f"AIRFLOW_CONN_{conn_id.upper()}"):
        return True
    home = Path(os.environ.get("AIRFLOW_HOME") or Path.home() / "airflow")
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(os.environ.get("AIRFLOW_CONFIG") or home / "airflow.cfg")
    if os.environ.get("AIRFLOW__SECRETS__BACKEND") or cfg.get("secrets", "backend", fallback=""):
        return True
    if any(os.environ.get(f"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_{s}") for s in ("CMD", "SECRET")):
        return True
    url = os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN") or cfg.get("database", "sql_alchemy_conn", fallback="")
    if not url:
        if not (home / "airflow.db").exists():
            return False  # no Airflow set up here: nowhere a connection could be stored
        url = f"sqlite:///{home / 'airflow.db'}"
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("{AIRFLOW_HOME}", str(home)))
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT 1 FROM connection WHERE conn_id = :c"), {"c": conn_id}).first()
        return found is not None
    except Exception:  # no such table yet, another driver, no access: let Airflow answer
        return True
    finally:
        engine.dispose()


def connection_db_url(conn_id: str = DB_CONN_ID) -> str | None:
    """The SQLAlchemy URL of the ``clerkflow_db`` connection, naming the psycopg2 driver for Postgres."""
    conn = get_connection(conn_id) if connection_may_exist(conn_id) else None
    if conn is None:
        return None
    uri: str = conn.get_uri()
    scheme, rest = uri.split("://", 1)
    if scheme in {"postgres", "postgresql"}:
        scheme = "postgresql+psycopg2"
    if scheme.startswith("sqlite"):
        # Airflow URL-quotes the path (%2Ftmp%2Fapp.db); SQLAlchemy wants sqlite:////tmp/app.db (absolute only).
        return f"{scheme}:////{unquote(rest).lstrip('/')}" if rest.strip("/") else f"{scheme}://"
    return f"{scheme}://{rest}"


def _extra(conn: Any) -> dict[str, Any]:
    extra = conn.extra_dejson
    return extra if isinstance(extra, dict) else {}


def google_credentials(conn_id: str = GOOGLE_CONN_ID, scopes: Sequence[str] = ()) -> tuple[Any | None, str | None]:
    """Service-account credentials (or None for ``anonymous``) and the optional base-URL override.

    Extra: ``keyfile_dict`` (JSON text or object) or ``key_path``; ``subject`` for domain-wide delegation
    (calendar invites sent as a Workspace user); ``endpoint`` and ``anonymous: true`` point tests at a fake.
    """
    from include.config import ConfigError

    conn = get_connection(conn_id)
    if conn is None:
        raise ConfigError(f"Airflow connection {conn_id!r} is missing (set it or AIRFLOW_CONN_{conn_id.upper()})")
    extra = _extra(conn)
    endpoint = (extra.get("endpoint") or "").rstrip("/") or None
    if extra.get("anonymous") or extra.get("is_anonymous"):
        return None, endpoint

    from google.oauth2 import service_account

    keyfile = extra.get("keyfile_dict")
    if not keyfile and not extra.get("key_path"):
        raise ConfigError(f"connection {conn_id!r} has neither keyfile_dict nor key_path in its extra")
    try:
        if keyfile:
            info = json.loads(keyfile) if isinstance(keyfile, str) else dict(keyfile)
            creds = service_account.Credentials.from_service_account_info(info, scopes=list(scopes))
        else:
            creds = service_account.Credentials.from_service_account_file(extra["key_path"], scopes=list(scopes))
    except (ValueError, OSError) as exc:
        # The key itself must never reach a log, so name only the field that was wrong.
        raise ConfigError(
            f"connection {conn_id!r}: the service-account key is unreadable ({type(exc).__name__})"
        ) from None
    if extra.get("subject"):
        creds = creds.with_subject(extra["subject"])
    return creds, endpoint


def sendgrid_settings(conn_id: str = SENDGRID_CONN_ID) -> tuple[str, str | None]:
    """The SendGrid API key (connection password, else ``$SENDGRID_API_KEY``) and an optional ``host`` override."""
    from include.config import ConfigError

    conn = get_connection(conn_id)
    api_key = conn.password if conn is not None else None
    host = (_extra(conn).get("host") or None) if conn is not None else None
    api_key = api_key or os.environ.get("SENDGRID_API_KEY")
    if not api_key:
        raise ConfigError(
            f"no SendGrid API key: Airflow connection {conn_id!r} is missing or has no password, "
            "and SENDGRID_API_KEY is not set"
        )
    return api_key, host


def link_secret(conn_id: str = LINKS_CONN_ID) -> bytes:
    """The key that signs emailed links: ``$CLERKFLOW_LINK_SECRET``, else the connection's password.

    Every process that renders or checks a link (the booking page, the notify stage) needs the same key;
    changing it invalidates every link already sent.
    """
    from include.config import ConfigError

    secret = os.environ.get(LINK_SECRET_ENV)
    if not secret:
        conn = get_connection(conn_id)
        secret = conn.password if conn is not None else None
    if not secret:
        raise ConfigError(
            f"no link signing key: set {LINK_SECRET_ENV} or the Airflow connection {conn_id!r} (password)"
        )
    if len(secret) < MIN_LINK_SECRET:
        raise ConfigError(f"the link signing key must be at least {MIN_LINK_SECRET} characters")
    return secret.encode()
