"""Intake end to end on the sample sheets, merges, quarantine, storage failures and the ``ingest`` command.

Sample facts (include/sample_data/README.md): 25 form rows + 4 referral rows; no email (Mohammed Tariq),
an invalid email (Maria Santos) and an empty name are rejected; Rohan Mehta submits twice and Fatima Malik
is in both sheets, so 24 applicants.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from sqlalchemy import event, func, select, text

from include.config import SourceConfig
from include.intake.ingest import IntakeSourceError, ingest
from include.runtime import Runtime
from include.store import tables as t

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
both_databases = pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
FORM = ["Timestamp", "Full Name", "Email Address", "Specialties of Interest", "Phone (WhatsApp)"]


def csv_source(path: Path, name: str = "form") -> SourceConfig:
    mapping = {
        "submitted_at": ["Timestamp"],
        "full_name": ["Full Name"],
        "email": ["Email Address"],
        "specialties": ["Specialties of Interest"],
        "phone": ["Phone (WhatsApp)"],
    }
    return SourceConfig(name=name, kind="csv", mapping=mapping, path=path, required=("full_name", "email"))


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([FORM, *rows])
    return path


def applicant(rt: Runtime, email: str) -> dict:
    with rt.engine.connect() as conn:
        row = conn.execute(select(t.applicants).where(t.applicants.c.email == email)).one()
    return dict(row._mapping)


def count(rt: Runtime, table, *where) -> int:
    with rt.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table).where(*where)) or 0


# ------------------------------------------------------------------------------------------ sample data


@both_databases
def test_sample_sheets_give_the_documented_summary(make_rt):
    rt = make_rt()
    summary = ingest(rt, NOW)
    assert summary == {
        "rows_read": 29,
        "accepted": 26,
        "rejected": 3,
        "rejected_by_reason": {"invalid email address": 1, "missing email": 1, "missing name": 1},
        "superseded": 2,
        "applicants_new": 24,
        "applicants_updated": 0,
        "unchanged": 0,
    }
    assert count(rt, t.applicants) == 24
    assert count(rt, t.raw_submissions) == 29  # every row is history, accepted or not


def test_sample_deliberate_cases_have_their_outcomes(make_rt):
    rt = make_rt()
    ingest(rt, NOW)
    with rt.engine.connect() as conn:
        quarantined = {
            (r.source, r.row_number): (r.reason, r.raw)
            for r in conn.execute(select(t.quarantine).where(t.quarantine.c.kind == "application"))
        }
    reasons = {raw["Full Name"]: reason for reason, raw in quarantined.values()}
    assert reasons == {"Mohammed Tariq": "missing email", "Maria Santos": "invalid email address", "": "missing name"}
    assert all(raw["Email Address"] is not None for _, raw in quarantined.values())  # raw values kept as typed

    rohan = applicant(rt, "rohan.mehta@example.com")  # second submission, email in another case with spaces
    assert rohan["specialties"] == ["Cardiology", "Internal Medicine"]
    assert count(rt, t.raw_submissions, t.raw_submissions.c.applicant_id == rohan["id"]) == 2
    fatima = applicant(rt, "fatima.malik@example.com")  # form 11/19, referral 11/21: the referral wins
    assert fatima["rotation_types"] == ["hands_on"]
    assert fatima["specialties"] == ["Neurology"]
    assert count(rt, t.raw_submissions, t.raw_submissions.c.applicant_id == fatima["id"]) == 2

    assert applicant(rt, "ravi.kumar@example.net")["full_name"] == "Ravi Kumar<script>alert(1)</script>"
    chloe = applicant(rt, "chloe.baptiste@example.com")
    assert chloe["medical_school"].startswith("=HYPERLINK(")  # stored as typed; escaped where written out
    assert chloe["is_student"] is True
    assert chloe["usmle_step1"] is None
    assert applicant(rt, "grace.adeyemi@example.org")["full_name"] == "Grace Adeyemi"
    assert applicant(rt, "chinedu.okoro@example.org")["cv_url"] is None
    soren = applicant(rt, "soren.l@example.com")
    assert (soren["country"], soren["visa_status"], soren["preferred_states"]) == ("GD", "citizen", [])
    names = {applicant(rt, e)["full_name"] for e in ("jose.alvarez@example.org", "lan.nguyen@example.net")}
    assert names == {"José Álvarez", "Nguyễn Thị Lan"}
    assert applicant(rt, "aarav.sharma@example.com")["full_name"] == "आरव शर्मा"

    zoe = applicant(rt, "zoe.okafor@example.com")
    assert zoe["usmle_step2ck"] is None
    assert any("expected" in w for w in zoe["warnings"])
    assert "NY" in zoe["preferred_states"]
    assert "CA" not in zoe["preferred_states"]
    assert applicant(rt, "aarav.sharma@example.com")["usmle_step2ck"] is None  # "not taken"
    assert applicant(rt, "layla.mansour@example.org")["usmle_step2ck"] is None  # "pending" (referral)
    assert applicant(rt, "o.kovalenko@example.net")["preferred_states"] == ["NY"]  # NYC
    assert applicant(rt, "jose.alvarez@example.org")["preferred_states"] == ["TX", "FL"]
    assert soren["preferred_start"] == "2027-01"  # ASAP on 2026-12-01
    assert applicant(rt, "zoe.okafor@example.com")["preferred_start"] == "2027-03"  # 03/2027
    assert applicant(rt, "rohan.mehta@example.com")["country"] == applicant(rt, "priya.raghavan@example.com")["country"]
    assert applicant(rt, "deepak.thapa@example.net")["phone_e164"] == "+9779801234567"  # number cell, "+" lost
    assert applicant(rt, "priya.raghavan@example.com")["phone_e164"] == "+919876543210"


def test_second_run_on_the_same_input_changes_nothing(make_rt):
    rt = make_rt()
    ingest(rt, NOW)
    again = ingest(rt, NOW)
    assert again["unchanged"] == again["rows_read"] == 29
    assert again["applicants_new"] == again["accepted"] == again["rejected"] == again["superseded"] == 0
    assert count(rt, t.raw_submissions) == 29
    assert count(rt, t.quarantine) == 3


# ----------------------------------------------------------------------------------------------- merges


@both_databases
def test_edited_row_is_reingested_and_merged_into_the_same_applicant(make_rt, tmp_path):
    path = write_csv(tmp_path / "f.csv", [["11/20/2026 9:00:00", "Ana Lima", "ana@example.org", "IM", ""]])
    rt = make_rt((csv_source(path),))
    ingest(rt, NOW)
    first_id = applicant(rt, "ana@example.org")["id"]
    write_csv(path, [["11/20/2026 9:00:00", "Ana Lima", "ana@example.org", "Peds", "+55 21 98765 4321"]])
    summary = ingest(rt, NOW)
    assert summary["accepted"] == summary["superseded"] == summary["applicants_updated"] == 1
    assert summary["applicants_new"] == 0
    ana = applicant(rt, "ana@example.org")
    assert ana["id"] == first_id
    assert ana["specialties"] == ["Pediatrics"]
    assert ana["phone_e164"] == "+5521987654321"
    assert count(rt, t.raw_submissions, t.raw_submissions.c.applicant_id == first_id) == 2


@both_databases
def test_latest_submission_wins_field_by_field_within_one_run(make_rt, tmp_path):
    rows = [
        ["11/22/2026 9:00:00", "Ana Lima", "ana@example.org", "Peds", ""],  # newest, no phone
        ["11/20/2026 9:00:00", "Ana Lima", "ANA@example.org", "IM", "+55 21 98765 4321"],
    ]
    rt = make_rt((csv_source(write_csv(tmp_path / "f.csv", rows)),))
    summary = ingest(rt, NOW)
    assert (summary["applicants_new"], summary["superseded"]) == (1, 1)
    ana = applicant(rt, "ana@example.org")
    assert ana["specialties"] == ["Pediatrics"]  # the newer value, though its row came first
    assert ana["phone_e164"] == "+5521987654321"  # the older one fills what the newer one left empty


@both_databases
def test_older_submission_ingested_later_does_not_override_newer_values(make_rt, tmp_path):
    form = csv_source(
        write_csv(tmp_path / "form.csv", [["11/22/2026 9:00", "Ana Lima", "ana@example.org", "Peds", ""]])
    )
    rt = make_rt((form,))
    ingest(rt, NOW)
    older = [["11/20/2026 9:00", "Ana Lima", "ana@example.org", "IM", "+55 21 98765 4321"]]
    referral = csv_source(write_csv(tmp_path / "referral.csv", older), name="referral")
    rt = make_rt((form, referral))  # the referral sheet is processed after the form
    summary = ingest(rt, NOW)
    assert summary["superseded"] == 1
    assert summary["applicants_updated"] == 1
    ana = applicant(rt, "ana@example.org")
    assert ana["specialties"] == ["Pediatrics"]
    assert ana["phone_e164"] == "+5521987654321"
    assert as_naive(ana["submitted_at"]) == datetime(2026, 11, 22, 14, 0)  # 9:00 New York


@both_databases
def test_late_middle_submission_beats_an_older_one_that_filled_a_gap(make_rt, tmp_path):
    """t1 sets a phone, t3 (newest) has none; t2 arrives last with another phone: t2's phone is the latest."""
    path = tmp_path / "form.csv"
    write_csv(
        path,
        [
            ["11/20/2026 9:00", "Ana Lima", "ana@example.org", "IM", "+55 21 98765 4321"],
            ["11/24/2026 9:00", "Ana Lima", "ana@example.org", "Peds", ""],
        ],
    )
    form = csv_source(path)
    rt = make_rt((form,))
    ingest(rt, NOW)
    middle = [["11/22/2026 9:00", "Ana Lima", "ana@example.org", "Psych", "+55 21 91111 2222"]]
    rt = make_rt((form, csv_source(write_csv(tmp_path / "late.csv", middle), name="late")))
    ingest(rt, NOW)
    ana = applicant(rt, "ana@example.org")
    assert ana["specialties"] == ["Pediatrics"]
    assert ana["phone_e164"] == "+5521911112222"


def as_naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


# ---------------------------------------------------------------------------------- failures, quarantine


def test_a_row_that_fails_to_store_is_quarantined_and_the_rest_stored(make_rt, tmp_path, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("the failure is injected with a SQLite trigger")
    rows = [[f"11/2{i}/2026 9:00", f"Person {c}", f"p{i}@example.org", "IM", ""] for i, c in enumerate("ABCDE")]
    rt = make_rt((csv_source(write_csv(tmp_path / "f.csv", rows)),))
    with rt.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TRIGGER refuse BEFORE INSERT ON applicants WHEN NEW.email = 'p2@example.org' "
                "BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        )
    summary = ingest(rt, NOW)
    assert summary["accepted"] == summary["applicants_new"] == 4
    assert summary["rejected"] == 1
    (reason,) = summary["rejected_by_reason"]
    assert reason.startswith("could not store the row: ")
    assert "p2@" not in reason
    with rt.engine.connect() as conn:
        q = conn.execute(select(t.quarantine.c.row_number, t.quarantine.c.reason)).one()
        emails = set(conn.scalars(select(t.applicants.c.email)))
    assert q.row_number == 4
    assert q.reason == reason
    assert emails == {f"p{i}@example.org" for i in (0, 1, 3, 4)}
    assert ingest(rt, NOW)["unchanged"] == 5  # nothing lost, nothing stored twice


def test_missing_required_header_names_the_source_and_other_sources_still_ingest(make_rt, tmp_path):
    good = csv_source(write_csv(tmp_path / "good.csv", [["11/20/2026 9:00", "Ana Lima", "ana@example.org", "", ""]]))
    bad_path = tmp_path / "bad.csv"
    bad_path.write_text("Timestamp,Full Name,Mail\n11/20/2026 9:00,Bo,bo@example.org\n", encoding="utf-8")
    rt = make_rt((csv_source(bad_path, name="partner_x"), good))
    with pytest.raises(IntakeSourceError, match=r"partner_x.*email"):
        ingest(rt, NOW)
    assert count(rt, t.applicants) == 1


def test_ingest_reads_each_source_once(make_rt, settings):
    rt = make_rt()
    calls: list[str] = []
    stream = rt.backends.sheets.stream
    rt.backends.sheets.stream = lambda source: calls.append(source.name) or stream(source)  # type: ignore[method-assign]
    ingest(rt, NOW)
    assert calls == [s.name for s in settings.sources]


@both_databases
def test_bulk_write_uses_a_few_statements_not_one_per_row(make_rt, tmp_path):
    rows = [[f"11/20/2026 9:{i % 60:02d}", f"Person {i}", f"p{i}@example.org", "IM", ""] for i in range(300)]
    rt = make_rt((csv_source(write_csv(tmp_path / "f.csv", rows)),))
    statements: list[str] = []
    event.listen(rt.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    assert ingest(rt, NOW)["applicants_new"] == 300
    assert len(statements) < 30


# ---------------------------------------------------------------------------------- command and report


@both_databases
def test_ingest_command_prints_the_summary_and_a_rerun_adds_no_one(settings, tmp_path, capsys, db_url):
    from include.cli import main

    raw = yaml.safe_load(settings.config_path.read_text(encoding="utf-8"))
    for source in raw["sources"]:
        source["path"] = str((settings.config_path.parent / source["path"]).resolve())
    raw["roster"]["path"] = str(settings.roster.path)
    raw["advisors"], raw["cv_folder"] = str(settings.advisors_path), str(settings.cv_folder)
    config = tmp_path / "sources.yaml"
    config.write_text(yaml.safe_dump(raw), encoding="utf-8")
    args = ["ingest", "--config", str(config), "--db", db_url, "--json"]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert set(first) >= {"rows_read", "accepted", "rejected", "rejected_by_reason", "superseded"}
    assert (first["applicants_new"], first["rejected"], first["superseded"]) == (24, 3, 2)
    assert main(args) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["applicants_new"] == 0
    assert second["unchanged"] == 29


def test_ops_report_shows_the_last_intake_summary(settings, runtime):
    from include.pipeline import intake
    from include.report import build_report

    intake(settings, NOW)
    with runtime.engine.connect() as conn:
        counts = build_report(conn, NOW, "America/New_York").counts
    assert counts["last_intake_rows_read"] == 29
    assert counts["last_intake_applicants_new"] == 24
    assert counts["last_intake_rejected_by_reason (missing email)"] == 1
