"""Intake from Google Sheets: the real gspread client against the fake Sheets server (tests/fakes)."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from include.backends.google import GoogleSheets
from include.intake.ingest import ingest
from include.runtime import Runtime, open_runtime
from include.sample_data.applicants import referral_rows
from include.store import tables as t
from include.store.db import migrate
from tests.fakes.fixtures import fake_google, google_conn, sleeps  # noqa: F401
from tests.fakes.server import Fault

SID = "1FormResponsesSpreadsheet0123456789"
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def sheet_rows(settings) -> dict[str, list[list[str]]]:
    """The sample form export and referral sheet, as the Sheets API returns them (strings)."""
    with settings.sources[0].path.open(newline="", encoding="utf-8") as fh:
        form = list(csv.reader(fh))
    referrals = [["" if c is None else str(c) for c in row] for row in referral_rows()]
    return {"Form Responses 1": form, "Referrals": referrals}


@pytest.fixture
def rt(settings, google_conn, sleeps, sheet_rows):  # noqa: F811
    for title, rows in sheet_rows.items():
        google_conn.add_sheet(SID, title, rows)
    form, referrals = settings.sources
    sources = (
        replace(form, kind="gsheet", spreadsheet_id=SID, worksheet="Form Responses 1", path=None),
        replace(referrals, kind="gsheet", spreadsheet_id=SID, worksheet="Referrals", path=None),
    )
    migrate(settings.db_url)
    runtime = open_runtime(replace(settings, sources=sources))
    runtime.backends.sheets = GoogleSheets.from_connection(sleep=sleeps.append)
    yield runtime
    runtime.engine.dispose()


def value_reads(fake) -> list[str]:
    return [r.path for r in fake.calls("GET", "/values/")]


def applicants(rt: Runtime) -> int:
    with rt.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(t.applicants)) or 0


def test_one_values_read_per_worksheet_per_run(rt, google_conn):  # noqa: F811
    summary = ingest(rt, NOW)
    assert (summary["rows_read"], summary["applicants_new"], summary["rejected"]) == (29, 24, 3)
    reads = value_reads(google_conn)
    assert sorted(reads) == sorted(f"/v4/spreadsheets/{SID}/values/'{w}'" for w in ("Form Responses 1", "Referrals"))
    ingest(rt, NOW)
    assert len(value_reads(google_conn)) == 4


def test_a_429_is_retried_and_the_run_succeeds(rt, google_conn, sleeps):  # noqa: F811
    google_conn.inject(Fault.http(429, retry_after=3, path="/values/"))
    summary = ingest(rt, NOW)
    assert summary["applicants_new"] == 24
    assert sleeps == [3.0]
    assert len(value_reads(google_conn)) == 3  # the refused read, its retry, the other worksheet


def test_unchanged_rows_are_skipped_and_an_edited_row_is_merged(rt, google_conn):  # noqa: F811
    ingest(rt, NOW)
    with rt.engine.connect() as conn:
        before = conn.execute(select(t.applicants).where(t.applicants.c.email == "emily.carter@example.com")).one()
    form = google_conn.sheets[SID]["Form Responses 1"]
    header = form[0]
    row = next(r for r in form if r[header.index("Email Address")] == "Emily.Carter@example.com")
    row[header.index("Specialties of Interest")] = "Cardiology, IM"
    row[header.index("USMLE Step 2 CK Score")] = "255"

    summary = ingest(rt, NOW)
    assert summary["unchanged"] == 28
    assert (summary["accepted"], summary["superseded"], summary["applicants_updated"]) == (1, 1, 1)
    assert summary["applicants_new"] == 0
    assert applicants(rt) == 24
    with rt.engine.connect() as conn:
        after = conn.execute(select(t.applicants).where(t.applicants.c.id == before.id)).one()
        history = conn.scalar(
            select(func.count()).select_from(t.raw_submissions).where(t.raw_submissions.c.applicant_id == before.id)
        )
    assert after.specialties == ["Cardiology", "Internal Medicine"]
    assert (before.usmle_step2ck, after.usmle_step2ck) == (251, 255)
    assert history == 2  # the first version stays in history
