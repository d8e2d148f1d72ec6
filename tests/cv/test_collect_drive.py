"""The CV stage end to end against the fake Drive, through the real googleapiclient and ``DriveCvStore``."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from include.backends.google import DOCX, GOOGLE_DOC, DriveCvStore
from include.cv.collect import parse_cvs
from include.store import tables as t
from tests.cv import builders
from tests.cv.test_collect import add_applicant, applicant
from tests.fakes.fixtures import fake_google, google_conn, sleeps  # noqa: F401
from tests.fakes.server import Fault

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)
FILE_ID = "1DrIvEfIlEiD_0123456789"
LINK = f"https://drive.google.com/open?id={FILE_ID}"


@pytest.fixture
def rt(runtime, google_conn, sleeps):  # noqa: F811
    runtime.backends.cvstore = DriveCvStore.from_connection(sleep=sleeps.append)
    return runtime


def profile_row(rt, applicant_id: int):
    with rt.engine.connect() as conn:
        return conn.execute(select(t.cv_profiles).where(t.cv_profiles.c.applicant_id == applicant_id)).one()


def test_pdf_downloaded_from_drive_is_parsed_and_stored(rt, google_conn) -> None:  # noqa: F811
    google_conn.add_file(FILE_ID, "cv.pdf", "application/pdf", builders.one_column_pdf())
    aid = add_applicant(rt, cv_url=f"https://drive.google.com/file/d/{FILE_ID}/view?usp=sharing")
    assert parse_cvs(rt, NOW) == {"due": 1, "parsed": 1}
    row = profile_row(rt, aid)
    assert row.profile["usmle_step2ck"] == 248
    assert row.profile["usce_months"] == 7
    assert [r.param("alt") for r in google_conn.calls("GET")] == ["json", "media"]


def test_google_doc_is_exported_and_parsed(rt, google_conn) -> None:  # noqa: F811
    google_conn.add_file(FILE_ID, "My CV", GOOGLE_DOC, builders.docx_with_table_and_header())
    aid = add_applicant(rt, cv_url=LINK)
    assert parse_cvs(rt, NOW)["parsed"] == 1
    assert profile_row(rt, aid).profile["full_name"] == "Aisha Bello"
    assert [r.param("mimeType") for r in google_conn.calls("GET", "/export$")] == [DOCX]
    assert applicant(rt, aid).graduation_year == 2019


def test_file_not_on_drive_is_missing(rt, google_conn) -> None:  # noqa: F811
    aid = add_applicant(rt, cv_url=LINK)
    assert parse_cvs(rt, NOW) == {"due": 1, "missing": 1}
    assert profile_row(rt, aid).error_reason == f"CV not found on Drive (file id {FILE_ID})"


def test_unshared_file_is_missing_and_asks_for_sharing(rt, google_conn) -> None:  # noqa: F811
    google_conn.add_file(FILE_ID, "cv.pdf", "application/pdf", b"%PDF-1.7", forbidden=True)
    aid = add_applicant(rt, cv_url=LINK)
    assert parse_cvs(rt, NOW) == {"due": 1, "missing": 1}
    assert "share it with the service account" in profile_row(rt, aid).error_reason


def test_file_over_the_cap_on_drive_is_an_error(rt, google_conn) -> None:  # noqa: F811
    google_conn.add_file(FILE_ID, "cv.pdf", "application/pdf", b"%PDF-1.7", size=50 * 1024 * 1024)
    aid = add_applicant(rt, cv_url=LINK)
    assert parse_cvs(rt, NOW) == {"due": 1, "error": 1}
    assert "over the" in profile_row(rt, aid).error_reason
    assert not [r for r in google_conn.requests if r.param("alt") == "media"]


def test_server_error_then_success_is_retried_and_parsed(rt, google_conn, sleeps) -> None:  # noqa: F811
    google_conn.add_file(FILE_ID, "cv.txt", "text/plain", builders.cv_text().encode())
    google_conn.inject(Fault.http(500, method="GET"))
    aid = add_applicant(rt, cv_url=LINK)
    assert parse_cvs(rt, NOW) == {"due": 1, "parsed": 1}
    assert len(sleeps) == 1
    assert profile_row(rt, aid).profile["email"] == "aisha.bello@example.com"


def test_drive_outage_stores_nothing_and_the_cv_stays_due(rt, google_conn) -> None:  # noqa: F811
    google_conn.add_file(FILE_ID, "cv.txt", "text/plain", builders.cv_text().encode())
    google_conn.inject(Fault.http(500, method="GET", times=50))
    aid = add_applicant(rt, cv_url=LINK)
    assert parse_cvs(rt, NOW) == {"due": 1, "retry": 1}
    with rt.engine.connect() as conn:
        assert conn.scalar(select(t.cv_profiles.c.status).where(t.cv_profiles.c.applicant_id == aid)) is None
    google_conn.faults.clear()
    assert parse_cvs(rt, NOW) == {"due": 1, "parsed": 1}
