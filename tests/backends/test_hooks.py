import json

import pytest

from include.config import ConfigError
from include.hooks import google_credentials, sendgrid_settings


def test_missing_google_connection_names_it(monkeypatch):
    monkeypatch.delenv("AIRFLOW_CONN_CLERKFLOW_GOOGLE", raising=False)
    with pytest.raises(ConfigError, match="'clerkflow_google'"):
        google_credentials()


def test_anonymous_connection_gives_no_credentials_and_the_endpoint(monkeypatch):
    extra = {"anonymous": True, "endpoint": "http://127.0.0.1:9/"}
    monkeypatch.setenv(
        "AIRFLOW_CONN_CLERKFLOW_GOOGLE", json.dumps({"conn_type": "google_cloud_platform", "extra": extra})
    )
    assert google_credentials(scopes=["s"]) == (None, "http://127.0.0.1:9")


def test_unreadable_key_is_reported_without_its_content(monkeypatch):
    extra = {"keyfile_dict": '{"type": "service_account", "private_key": "SECRET-MATERIAL"'}
    monkeypatch.setenv(
        "AIRFLOW_CONN_CLERKFLOW_GOOGLE", json.dumps({"conn_type": "google_cloud_platform", "extra": extra})
    )
    with pytest.raises(ConfigError) as info:
        google_credentials()
    assert "SECRET" not in str(info.value)
    assert info.value.__cause__ is None


def test_connection_without_any_key_is_a_config_error(monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_GOOGLE", json.dumps({"conn_type": "google_cloud_platform"}))
    with pytest.raises(ConfigError, match="neither keyfile_dict nor key_path"):
        google_credentials()


def test_sendgrid_connection_password_and_host(monkeypatch):
    conn = {"conn_type": "sendgrid", "password": "SG.conn-key", "extra": {"host": "http://127.0.0.1:9"}}
    monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_SENDGRID", json.dumps(conn))
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.env-key")
    assert sendgrid_settings() == ("SG.conn-key", "http://127.0.0.1:9")


def test_no_sendgrid_key_anywhere_names_the_connection(monkeypatch):
    monkeypatch.delenv("AIRFLOW_CONN_CLERKFLOW_SENDGRID", raising=False)
    monkeypatch.delenv("SENDGRID_API_KEY", raising=False)
    with pytest.raises(ConfigError, match="'clerkflow_sendgrid'"):
        sendgrid_settings()


def test_db_connection_gives_sqlalchemy_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    from include.hooks import connection_db_url

    monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_DB", "sqlite:////tmp/clerkflow-app.db")
    assert connection_db_url() == "sqlite:////tmp/clerkflow-app.db"
    monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_DB", "postgres://app:secret@db:5432/clerkflow")
    assert connection_db_url() == "postgresql+psycopg2://app:secret@db:5432/clerkflow"
    monkeypatch.delenv("AIRFLOW_CONN_CLERKFLOW_DB")
    assert connection_db_url() is None


def test_connection_lookup_skips_airflow_only_when_there_is_surely_none(monkeypatch, tmp_path) -> None:
    """The CLI on a plain SQLite setup starts without importing Airflow; a stored connection is still found."""
    import sqlite3
    import sys

    from include.hooks import connection_may_exist

    for var in ("AIRFLOW_CONN_CLERKFLOW_DB", "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "AIRFLOW_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path))
    monkeypatch.setitem(sys.modules, "airflow", sys.modules.get("airflow", sys))
    assert connection_may_exist("clerkflow_db")  # Airflow already imported (a task): just ask it
    monkeypatch.delitem(sys.modules, "airflow")
    assert not connection_may_exist("clerkflow_db")  # no metadata DB at all
    with sqlite3.connect(tmp_path / "airflow.db") as db:
        db.execute("CREATE TABLE connection (conn_id TEXT)")
        db.execute("INSERT INTO connection VALUES ('other')")
    assert not connection_may_exist("clerkflow_db")
    with sqlite3.connect(tmp_path / "airflow.db") as db:
        db.execute("INSERT INTO connection VALUES ('clerkflow_db')")
    assert connection_may_exist("clerkflow_db")
    monkeypatch.setenv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    assert connection_may_exist("clerkflow_db")  # cannot read it: Airflow answers
    monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_DB", "sqlite:////tmp/app.db")
    assert connection_may_exist("clerkflow_db")
