"""Test-wide environment: a private Airflow home and clerkflow output dir, set before Airflow is imported."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_TMP = Path(tempfile.mkdtemp(prefix="clerkflow-tests-"))
os.environ["AIRFLOW_HOME"] = str(_TMP / "airflow-home")
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(ROOT / "dags")
os.environ["AIRFLOW__CORE__PLUGINS_FOLDER"] = str(ROOT / "plugins")
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "True"
os.environ.setdefault("CLERKFLOW_OUTPUT_DIR", str(_TMP / "var"))
os.environ.pop("CLERKFLOW_DB_URL", None)
os.environ.pop("CLERKFLOW_CONFIG", None)


@pytest.fixture(scope="session")
def airflow_db() -> None:
    """A migrated Airflow metadata DB (SQLite in the private home) for dag.test()."""
    from airflow.utils import db

    db.resetdb(skip_init=False)


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The bundled sample config with output and the SQLite app DB under ``tmp_path``."""
    from include.config import load_settings

    monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CLERKFLOW_DB_URL", f"sqlite:///{tmp_path / 'clerkflow.db'}")
    return load_settings()


@pytest.fixture
def runtime(settings):
    """Engine + local backends on a freshly migrated app DB."""
    from include.runtime import open_runtime
    from include.store.db import migrate

    migrate(settings.db_url)
    rt = open_runtime(settings)
    yield rt
    rt.engine.dispose()
