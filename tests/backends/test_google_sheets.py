import base64
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from include.backends.google import GoogleApiError, GoogleSheets
from include.config import SourceConfig
from tests.fakes.server import Fault

SID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"


def source(worksheet: str | None = "Form responses 1") -> SourceConfig:
    return SourceConfig(name="applications", kind="gsheet", mapping={}, spreadsheet_id=SID, worksheet=worksheet)


def test_read_is_exactly_one_values_call_and_pads_ragged_rows(google_conn):
    google_conn.add_sheet(SID, "Form responses 1", [["Name", "Email", "Notes"], ["Ana", "ana@example.org"]])
    rows = GoogleSheets.from_connection().read(source())
    assert rows == [["Name", "Email", "Notes"], ["Ana", "ana@example.org", ""]]
    assert [(r.method, r.path) for r in google_conn.requests] == [
        ("GET", f"/v4/spreadsheets/{SID}/values/'Form responses 1'")
    ]


def test_read_without_worksheet_uses_the_first_sheet(google_conn):
    google_conn.add_sheet(SID, "First", [["a"]])
    google_conn.add_sheet(SID, "Second", [["b"]])
    assert GoogleSheets.from_connection().read(source(worksheet=None)) == [["a"]]
    assert len(google_conn.calls("GET", "/values/")) == 1


def test_write_clears_then_updates_raw_with_formula_cells_escaped(google_conn):
    google_conn.add_sheet(SID, "Form responses 1", [["old"], ["stale", "row"]])
    rows = [["id", "note"], ["1", '=HYPERLINK("http://x")'], ["2", "+1"], ["3", "@SUM(A1)"], ["4", "plain"]]
    GoogleSheets.from_connection().write(source(), rows)
    assert [r.method for r in google_conn.requests] == ["POST", "PUT"]
    assert google_conn.requests[0].path.endswith(":clear")
    assert google_conn.value_inputs == ["RAW"]
    stored = google_conn.sheets[SID]["Form responses 1"]
    assert [r[1] for r in stored] == ["note", '\'=HYPERLINK("http://x")', "'+1", "'@SUM(A1)", "plain"]


def test_read_retries_429_honouring_retry_after(google_conn, sleeps):
    google_conn.add_sheet(SID, "Form responses 1", [["h"], ["v"]])
    google_conn.inject(Fault.http(429, retry_after=7, path="/values/"))
    rows = GoogleSheets.from_connection(sleep=sleeps.append).read(source())
    assert rows == [["h"], ["v"]]
    assert sleeps == [7.0]
    assert len(google_conn.calls("GET", "/values/")) == 2


def test_read_gives_up_after_a_bounded_number_of_5xx(google_conn, sleeps):
    google_conn.add_sheet(SID, "Form responses 1", [["h"]])
    google_conn.inject(Fault.http(503, times=100))
    with pytest.raises(GoogleApiError) as info:
        GoogleSheets.from_connection(sleep=sleeps.append).read(source())
    assert info.value.status == 503
    assert len(google_conn.requests) == 5
    assert len(sleeps) == 4
    assert sleeps == sorted(sleeps)  # the backoff grows


def test_missing_spreadsheet_is_not_retried(google_conn, sleeps):
    with pytest.raises(GoogleApiError) as info:
        GoogleSheets.from_connection(sleep=sleeps.append).read(source())
    assert info.value.status == 404
    assert len(google_conn.requests) == 1
    assert sleeps == []


def test_service_account_key_and_subject_are_used(fake_google, monkeypatch):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    keyfile = {
        "type": "service_account",
        "project_id": "clerkflow-test",
        "private_key_id": "k1",
        "private_key": pem.decode(),
        "client_email": "robot@clerkflow-test.iam.gserviceaccount.com",
        "client_id": "1",
        "token_uri": f"{fake_google.url}/token",
    }
    extra = {"keyfile_dict": json.dumps(keyfile), "subject": "ops@clinic.example", "endpoint": fake_google.url}
    monkeypatch.setenv(
        "AIRFLOW_CONN_CLERKFLOW_GOOGLE", json.dumps({"conn_type": "google_cloud_platform", "extra": extra})
    )
    fake_google.add_sheet(SID, "Form responses 1", [["h"]])

    assert GoogleSheets.from_connection().read(source()) == [["h"]]

    token_call, values_call = fake_google.requests
    assertion = dict(p.split("=", 1) for p in token_call.body.decode().split("&"))["assertion"]
    claims = json.loads(base64.urlsafe_b64decode(assertion.split(".")[1] + "=="))
    assert claims["sub"] == "ops@clinic.example"
    assert claims["scope"] == "https://www.googleapis.com/auth/spreadsheets"
    assert values_call.headers["authorization"] == f"Bearer {fake_google.token}"
