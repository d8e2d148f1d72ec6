"""Every command fails with one clear line on stderr and a non-zero exit, never a traceback; --json is only JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from include.cli import main
from include.pipeline import STAGES

ROOT = Path(__file__).resolve().parents[2]
DEAD_DB = "postgresql+psycopg2://clerkflow:s3cret@127.0.0.1:1/nothing"  # nothing listens on port 1
NO_DB_NEEDED = {"writeback"}  # no write-back target in the sample config: nothing to do, no DB touched


@pytest.fixture
def migrated(settings, capsys):
    assert main(["migrate"]) == 0
    capsys.readouterr()
    return settings


def _one_line(capsys, code: int, expected_code: int = 1) -> str:
    captured = capsys.readouterr()
    assert code == expected_code
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: ")
    assert "Traceback" not in captured.err
    return lines[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["rerun", "999"],
        ["rerun", "nobody@example.org", "--dry-run"],
        ["consult", "cancel", "999"],
        ["consult", "reschedule", "999"],
        ["purge", "999", "--yes"],
        ["purge", "999"],
        ["why", "999", "pre-001"],
        ["pin", "999", "pre-001"],
        ["render-email", "consult_booked", "--applicant", "999"],
    ],
)
def test_unknown_applicant_is_one_line(migrated, capsys, argv) -> None:
    line = _one_line(capsys, main(argv))
    assert "999" in line or "no applicant" in line
    assert "nobody@example.org" not in line


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["suppressions", "import", "/nonexistent/events.json"], 1),
        (["--config", "/nonexistent/clerkflow.yaml", "run", "book"], 2),
        (["--config", "/nonexistent/clerkflow.yaml", "summary", "--json"], 2),
    ],
)
def test_missing_file_is_one_line(migrated, capsys, argv, code) -> None:
    line = _one_line(capsys, main(argv), code)
    assert "/nonexistent/" in line


@pytest.mark.parametrize("stage", sorted(set(STAGES) - NO_DB_NEEDED))
def test_run_stage_with_a_database_that_does_not_answer(settings, capsys, stage) -> None:
    line = _one_line(capsys, main(["--db", DEAD_DB, "run", stage, "--json"]))
    assert "the app database does not answer" in line
    assert "s3cret" not in line  # the URL is shown with its password hidden


@pytest.mark.parametrize(
    "argv", [["summary"], ["migrate"], ["rerun", "1"], ["purge", "1", "--yes"], ["consult", "done", "1"], ["match"]]
)
def test_other_commands_with_a_database_that_does_not_answer(settings, capsys, argv) -> None:
    line = _one_line(capsys, main(["--db", DEAD_DB, *argv]))
    assert "database" in line
    assert "s3cret" not in line


def test_json_goes_alone_to_stdout_and_logs_to_stderr_even_through_airflow(tmp_path: Path) -> None:
    """A real process, whether or not it imports Airflow to look for the app DB connection (Airflow's logging
    would otherwise write to stdout; without Airflow the CLI sets up logging to stderr itself)."""
    env = {k: v for k, v in os.environ.items() if k != "CLERKFLOW_DB_URL"}
    env |= {"PYTHONPATH": str(ROOT), "CLERKFLOW_OUTPUT_DIR": str(tmp_path / "var")}
    cmd = [sys.executable, "-m", "include.cli"]
    subprocess.run([*cmd, "migrate"], cwd=ROOT, env=env, check=True, capture_output=True)
    done = subprocess.run([*cmd, "run", "intake", "--json"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["rows_read"] > 0
    assert "intake summary" in done.stderr  # the logs are still there, on stderr
