"""A full run through the real DAGs writes no applicant's email, phone, name or CV text to any log.

Everything a run can print is captured: Python logging at DEBUG (caplog), the process's stdout/stderr
(capfd, which also sees subprocesses such as the CV parser pool), and every file under AIRFLOW_HOME/logs.
SQLAlchemy's own statement echo is left at WARNING: turned on, it prints bound parameters by design.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from include.cv.extract import ExtractError, extract_text
from include.store import tables as t

pytestmark = pytest.mark.e2e


def _cv_lines(folder: Path) -> set[str]:
    """Distinctive lines of the sample CVs (long enough not to be a heading)."""
    lines: set[str] = set()
    for path in folder.iterdir():
        try:
            text = extract_text(path.read_bytes()).text
        except ExtractError:
            continue
        lines |= {line.strip() for line in text.splitlines() if len(line.strip()) >= 30}
    return lines


def _personal(db_url: str, cv_folder: Path) -> dict[str, set[str]]:
    from include.privacy import _email_of
    from include.store.db import make_engine

    engine = make_engine(db_url)
    with engine.connect() as conn:
        people = conn.execute(
            select(t.applicants.c.email, t.applicants.c.full_name, t.applicants.c.phone_e164, t.applicants.c.phone_raw)
        ).all()
        raw = conn.scalars(select(t.raw_submissions.c.raw)).all()
    engine.dispose()
    emails = {p.email for p in people} | {e for r in raw for e in map(_email_of, r.values()) if e}
    return {
        "email": emails,
        "name": {p.full_name for p in people},
        "phone": {x for p in people for x in (p.phone_e164, p.phone_raw) if x and len(x) >= 7},
        "cv": _cv_lines(cv_folder),
    }


def _log_files() -> str:
    logs = Path(os.environ["AIRFLOW_HOME"]) / "logs"
    return "\n".join(p.read_text(errors="replace") for p in logs.rglob("*") if p.is_file()) if logs.exists() else ""


def test_a_full_run_logs_no_personal_data(
    airflow_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capfd
) -> None:
    from include.config import load_settings
    from include.store.db import migrate
    from tests.e2e.test_pipeline_dags import run_all

    db_url = f"sqlite:///{tmp_path / 'clerkflow.db'}"
    monkeypatch.setenv("CLERKFLOW_DB_URL", db_url)
    monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
    migrate(db_url)
    caplog.set_level(logging.WARNING, logger="sqlalchemy")
    caplog.set_level(logging.DEBUG)  # last: set_level also sets the capture handler's own level
    logs_before = _log_files()

    run_all()

    out, err = capfd.readouterr()
    text = "\n".join([caplog.text, out, err, _log_files().replace(logs_before, "")])
    personal = _personal(db_url, load_settings().cv_folder)
    assert len(personal["email"]) >= 24
    assert len(personal["cv"]) >= 20
    assert "dispatch done" in text or "summary" in text  # the capture did see the run's logs
    leaks = {kind: sorted(v for v in values if v.lower() in text.lower()) for kind, values in personal.items()}
    assert {k: v for k, v in leaks.items() if v} == {}
