"""Status write-back: what ops get, in their time zone, and never a formula (CSV, XLSX, Google Sheets RAW)."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, select

from include.backends.google import GoogleSheets
from include.config import SourceConfig
from include.intake.writeback import status_rows, write_statuses
from include.runtime import Runtime
from include.store import tables as t
from tests.fakes.fixtures import fake_google, google_conn, sleeps  # noqa: F401

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
SID = "1OpsStatusSpreadsheet0123456789"
FORMULA = ("=", "+", "-", "@")
# What an applicant can type into a name or an email that a spreadsheet would run as a formula.
HOSTILE = [
    ('=HYPERLINK("https://evil.example.net","x")', "eq@example.org"),
    ("+1 Bob", "plus@example.org"),
    ("-Alice", "-alice@example.org"),
    ("@SUM Carol", "at@example.org"),
]


def add_applicants(rt: Runtime) -> dict[str, int]:
    with rt.engine.begin() as conn:
        for name, email in [("Ana Lima", "ana@example.org"), *HOSTILE]:
            conn.execute(
                insert(t.applicants).values(
                    email=email, full_name=name, status="new", created_at=NOW, updated_at=NOW, warnings=[]
                )
            )
        ids = {email: aid for email, aid in conn.execute(select(t.applicants.c.email, t.applicants.c.id))}
        conn.execute(
            insert(t.advisors).values(
                id="ADV-1",
                name="Dr. Advisor",
                email="adv@example.com",
                calendar_id="adv@example.com",
                timezone="America/Chicago",
                specialties=[],
                working_hours={},
                days_off=[],
                slot_minutes=30,
                buffer_minutes=0,
                daily_max=8,
                active=True,
            )
        )
        conn.execute(
            insert(t.consult_bookings).values(
                id="b0001",
                applicant_id=ids["ana@example.org"],
                advisor_id="ADV-1",
                start_at=datetime(2026, 12, 3, 15, 0, tzinfo=UTC),
                end_at=datetime(2026, 12, 3, 15, 30, tzinfo=UTC),
                status="booked",
                created_at=NOW,
                updated_at=NOW,
            )
        )
        conn.execute(t.applicants.update().where(t.applicants.c.email == "ana@example.org").values(status="booked"))
    return ids


def with_target(rt: Runtime, target: SourceConfig) -> Runtime:
    return Runtime(replace(rt.settings, writeback=target), rt.engine, rt.backends)


def test_rows_name_the_applicant_and_give_the_consult_in_ops_time(runtime):
    ids = add_applicants(runtime)
    with runtime.engine.connect() as conn:
        table = status_rows(conn, "America/New_York")
    assert table[0] == [
        "Applicant ID",
        "Name",
        "Email",
        "Status",
        "Consult time (America/New_York)",
        "Consult status",
    ]
    ana = next(r for r in table if r[2] == "ana@example.org")
    assert ana == [
        str(ids["ana@example.org"]),
        "Ana Lima",
        "ana@example.org",
        "booked",
        "2026-12-03 10:00 EST",
        "booked",
    ]
    assert len(table) == 1 + 1 + len(HOSTILE)
    assert next(r for r in table if r[2] == "plus@example.org")[4:] == ["", ""]


def test_without_a_target_nothing_is_written(runtime):
    add_applicants(runtime)
    assert runtime.settings.writeback is None
    assert write_statuses(runtime, NOW) == {"configured": False, "rows_written": 0}


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_file_targets_never_hold_a_formula(runtime, tmp_path: Path, suffix: str):
    add_applicants(runtime)
    path = tmp_path / f"status.{suffix}"
    target = SourceConfig(name="writeback", kind=suffix, mapping={}, path=path, worksheet="Status")
    result = write_statuses(with_target(runtime, target), NOW)
    assert result["rows_written"] == 5
    if suffix == "csv":
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
    else:
        ws = load_workbook(path)["Status"]
        assert all(cell.data_type == "s" for row in ws.iter_rows(min_row=2) for cell in row if cell.value)
        rows = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    cells = [c for row in rows[1:] for c in row]
    assert not [c for c in cells if c.startswith(FORMULA)]
    for name, _ in HOSTILE:
        assert "'" + name in cells
    assert "'-alice@example.org" in cells


def test_google_target_is_written_raw_with_formula_cells_escaped(runtime, google_conn, sleeps):  # noqa: F811
    add_applicants(runtime)
    google_conn.add_sheet(SID, "clerkflow status", [["stale"]])
    target = SourceConfig(name="writeback", kind="gsheet", mapping={}, spreadsheet_id=SID, worksheet="clerkflow status")
    rt = with_target(runtime, target)
    rt.backends.sheets = GoogleSheets.from_connection(sleep=sleeps.append)
    assert write_statuses(rt, NOW)["rows_written"] == 5
    (put,) = google_conn.calls("PUT", "/values/")
    assert put.param("valueInputOption") == "RAW"
    sent = [c for row in put.json()["values"][1:] for c in row]
    assert not [c for c in sent if c.startswith(FORMULA)]
    assert '\'=HYPERLINK("https://evil.example.net","x")' in sent
    assert google_conn.sheets[SID]["clerkflow status"][0][0] == "Applicant ID"


def test_nightly_writeback_stage_is_a_no_op_until_configured(settings, runtime, tmp_path, monkeypatch):
    from include import pipeline

    assert pipeline.writeback(settings, NOW) == {"configured": False, "rows_written": 0}
    config = tmp_path / "clerkflow.yaml"
    config.write_text(
        settings.config_path.read_text(encoding="utf-8")
        .replace("../sample_data", str(settings.config_path.parent.parent / "sample_data"))
        .replace("\nroster:", f"\nwriteback:\n  kind: csv\n  path: {tmp_path / 'out.csv'}\n\nroster:", 1),
        encoding="utf-8",
    )
    from include.config import load_settings

    configured = load_settings(config)
    assert configured.writeback is not None
    add_applicants(runtime)
    summary = pipeline.writeback(configured, NOW)
    assert summary["rows_written"] == 5
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").startswith("Applicant ID,Name,Email,Status")
