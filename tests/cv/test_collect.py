"""The CV stage: fetch, parse, store, merge with the form (form wins), flag disagreements, re-parse when due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, update

from include.backends.cvstore import LocalCvStore
from include.cv import collect, ocr
from include.cv.collect import fetch_failure, parse_cvs
from include.store import tables as t
from tests.cv import builders

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)
DRIVE_ID = "1aBcDeFgHiJkLmNoPqRsTu"


@pytest.fixture
def rt(runtime, tmp_path: Path):
    runtime.backends.cvstore = LocalCvStore(tmp_path)
    return runtime


def add_applicant(rt, **form: Any) -> int:
    values = {
        "email": "applicant@example.com",
        "full_name": "Applicant",
        "cv_url": f"https://drive.google.com/file/d/{DRIVE_ID}/view",
        "specialties": [],
        "preferred_states": [],
        "rotation_types": [],
        "warnings": [],
        "status": "new",
        "created_at": NOW - timedelta(days=1),
        "updated_at": NOW - timedelta(days=1),
        **form,
    }
    with rt.engine.begin() as conn:
        return conn.execute(insert(t.applicants).values(**values).returning(t.applicants.c.id)).scalar_one()


def put_cv(rt, content: bytes, ext: str = "txt") -> None:
    for old in rt.backends.cvstore.folder.glob(f"{DRIVE_ID}.*"):
        old.unlink()
    (rt.backends.cvstore.folder / f"{DRIVE_ID}.{ext}").write_bytes(content)


def stored(rt, applicant_id: int) -> Any:
    with rt.engine.connect() as conn:
        return conn.execute(select(t.cv_profiles).where(t.cv_profiles.c.applicant_id == applicant_id)).one()


def applicant(rt, applicant_id: int) -> Any:
    with rt.engine.connect() as conn:
        return conn.execute(select(t.applicants).where(t.applicants.c.id == applicant_id)).one()


def events(rt, applicant_id: int, event: str) -> list[dict]:
    with rt.engine.connect() as conn:
        rows = conn.execute(
            select(t.audit_log.c.detail).where(t.audit_log.c.applicant_id == applicant_id, t.audit_log.c.event == event)
        )
        return [r.detail for r in rows]


def touch_form(rt, applicant_id: int, **values: Any) -> None:
    with rt.engine.begin() as conn:
        conn.execute(
            update(t.applicants)
            .where(t.applicants.c.id == applicant_id)
            .values(updated_at=NOW + timedelta(hours=1), **values)
        )


CV = builders.cv_text().encode()  # Step 1 pass, Step 2 CK 248, ECFMG certified, 2019, NG, B1/B2


def test_disagreements_between_form_and_cv_are_flagged_for_ops(rt) -> None:
    aid = add_applicant(
        rt, usmle_step2ck=250, ecfmg_status="pending", graduation_year=2019, country="NG", visa_status="j1"
    )
    put_cv(rt, CV)
    assert parse_cvs(rt, NOW) == {"due": 1, "parsed": 1}
    assert stored(rt, aid).discrepancies == [
        {"field": "usmle_step2ck", "form": 250, "cv": 248},
        {"field": "ecfmg_status", "form": "pending", "cv": "certified"},
        {"field": "visa_status", "form": "j1", "cv": "b1b2"},
    ]
    assert events(rt, aid, "discrepancies") == [{"fields": ["usmle_step2ck", "ecfmg_status", "visa_status"]}]


def test_form_wins_and_agreeing_answers_are_not_flagged(rt) -> None:
    aid = add_applicant(rt, usmle_step1="pass", usmle_step2ck=250, graduation_year=2019)
    put_cv(rt, CV)
    parse_cvs(rt, NOW)
    row = applicant(rt, aid)
    assert (row.usmle_step2ck, row.usmle_step1, row.graduation_year) == (250, "pass", 2019)
    assert [d["field"] for d in stored(rt, aid).discrepancies] == ["usmle_step2ck"]


def test_contact_fields_are_never_compared(rt) -> None:
    aid = add_applicant(rt, email="other@example.org", full_name="Someone Else", phone_e164="+12025550100")
    put_cv(rt, CV)
    parse_cvs(rt, NOW)
    assert stored(rt, aid).discrepancies == []


def test_fields_the_form_left_empty_are_filled_from_the_cv_with_an_audit_line(rt) -> None:
    aid = add_applicant(rt, country="NG")
    put_cv(rt, CV)
    parse_cvs(rt, NOW)
    row = applicant(rt, aid)
    assert (row.graduation_year, row.usmle_step1, row.usmle_step2ck, row.ecfmg_status) == (
        2019,
        "pass",
        248,
        "certified",
    )
    assert row.updated_at.replace(tzinfo=UTC) == NOW - timedelta(days=1)  # filling is not a form change
    assert events(rt, aid, "filled_from_cv") == [
        {"fields": {"graduation_year": 2019, "usmle_step1": "pass", "usmle_step2ck": 248, "ecfmg_status": "certified"}}
    ]
    assert stored(rt, aid).discrepancies == []


def test_a_newer_cv_replaces_what_an_older_cv_filled_instead_of_disagreeing(rt) -> None:
    aid = add_applicant(rt)
    put_cv(rt, CV)
    parse_cvs(rt, NOW)
    put_cv(rt, CV.replace(b"Step 2 CK (2023): 248", b"Step 2 CK (2023): 252"))
    touch_form(rt, aid)
    assert parse_cvs(rt, NOW + timedelta(hours=2))["parsed"] == 1
    assert applicant(rt, aid).usmle_step2ck == 252
    assert stored(rt, aid).discrepancies == []


def test_unchanged_file_is_not_parsed_again_but_the_new_form_is_compared(rt) -> None:
    aid = add_applicant(rt, usmle_step2ck=248)
    put_cv(rt, CV)
    parse_cvs(rt, NOW)
    document = stored(rt, aid).document_id
    touch_form(rt, aid, usmle_step2ck=255)
    assert parse_cvs(rt, NOW + timedelta(hours=2)) == {"due": 1, "unchanged": 1}
    after = stored(rt, aid)
    assert after.document_id == document
    assert after.discrepancies == [{"field": "usmle_step2ck", "form": 255, "cv": 248}]


def test_nothing_is_due_when_nothing_changed(rt) -> None:
    add_applicant(rt)
    put_cv(rt, CV)
    parse_cvs(rt, NOW)
    assert parse_cvs(rt, NOW + timedelta(hours=1)) == {"due": 0}


def test_a_new_file_is_parsed_and_stored_as_a_new_document(rt) -> None:
    aid = add_applicant(rt)
    put_cv(rt, CV)
    parse_cvs(rt, NOW)
    first = stored(rt, aid).document_id
    put_cv(rt, builders.one_column_pdf(), "pdf")
    touch_form(rt, aid)
    assert parse_cvs(rt, NOW + timedelta(hours=2))["parsed"] == 1
    assert stored(rt, aid).document_id != first


def test_a_new_parser_version_parses_unchanged_files_again(rt, monkeypatch: pytest.MonkeyPatch) -> None:
    aid = add_applicant(rt)
    put_cv(rt, CV)
    parse_cvs(rt, NOW)
    monkeypatch.setattr(collect, "PARSER_VERSION", "99.0.0")
    assert parse_cvs(rt, NOW + timedelta(hours=1)) == {"due": 1, "parsed": 1}
    assert stored(rt, aid).parser_version == "99.0.0"


def test_cv_not_in_the_store_is_missing_with_its_reason(rt) -> None:
    aid = add_applicant(rt)
    assert parse_cvs(rt, NOW) == {"due": 1, "missing": 1}
    row = stored(rt, aid)
    assert row.error_reason == f"no CV file for Drive id {DRIVE_ID} in the CV folder"
    assert applicant(rt, aid).status == "needs_cv"


def test_cv_over_the_size_cap_is_an_error_not_missing(rt) -> None:
    aid = add_applicant(rt)
    put_cv(rt, b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024), "pdf")
    assert parse_cvs(rt, NOW) == {"due": 1, "error": 1}
    assert "over the 10485760-byte limit" in stored(rt, aid).error_reason


def test_no_link_is_missing(rt) -> None:
    aid = add_applicant(rt, cv_url=None)
    parse_cvs(rt, NOW)
    assert (stored(rt, aid).status, stored(rt, aid).error_reason) == ("missing", "no CV link in the application")


def test_unreadable_and_image_only_cvs_keep_their_reason(rt) -> None:
    aid = add_applicant(rt)
    put_cv(rt, builders.encrypted_pdf(), "pdf")
    parse_cvs(rt, NOW)
    assert (stored(rt, aid).status, stored(rt, aid).error_reason) == ("error", "encrypted PDF")
    put_cv(rt, builders.scanned_cv(), "pdf")
    touch_form(rt, aid)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PATH", "/nonexistent")  # the workers find no tesseract: the scan waits for OCR
        parse_cvs(rt, NOW + timedelta(hours=2))
    assert stored(rt, aid).status == "needs_ocr"
    if ocr.available():
        parse_cvs(rt, NOW + timedelta(hours=4), force=True)
        assert stored(rt, aid).status == "parsed"
        assert stored(rt, aid).profile["ocr"] is True


@pytest.mark.parametrize(
    ("reason", "outcome"),
    [
        ("CV not found on Drive (file id X)", "missing"),
        ("no access to the CV on Drive (file id X): share it with the service account", "missing"),
        ("CV link is not a Google Drive link or file id", "missing"),
        ("CV file is 20000000 bytes, over the 10485760-byte limit", "error"),
        ("CV Google Doc (file id X) is too large to export", "error"),
        ("CV on Drive (file id X) is a folder, not a document", "error"),
        ("Drive failed for file id X: HTTP 500", "retry"),
        ("Drive did not answer for file id X (TimeoutError)", "retry"),
    ],
)
def test_fetch_failures_are_sorted_into_missing_error_and_retry(reason: str, outcome: str) -> None:
    assert fetch_failure(reason) == outcome


def test_a_batch_is_parsed_together_in_input_order(rt) -> None:
    ids = []
    for i in range(3):
        drive_id = f"{DRIVE_ID}{i}"
        ids.append(add_applicant(rt, email=f"a{i}@example.com", cv_url=drive_id))
        content = CV.replace(b"248", str(240 + i).encode())
        (rt.backends.cvstore.folder / f"{drive_id}.txt").write_bytes(content)
    assert parse_cvs(rt, NOW) == {"due": 3, "parsed": 3}
    assert [applicant(rt, aid).usmle_step2ck for aid in ids] == [240, 241, 242]


def test_disagreements_reach_the_ops_report_and_the_advisor_brief(rt) -> None:
    from include.notify.brief import advisor_brief
    from include.report import build_report

    aid = add_applicant(rt, usmle_step2ck=250, ecfmg_status="pending")
    put_cv(rt, CV)
    parse_cvs(rt, NOW)
    with rt.engine.connect() as conn:
        attention = build_report(conn, NOW, "UTC").attention
        brief = advisor_brief(conn, aid, NOW.date())
    reason = "Step 2 CK: form 250, CV 248; ECFMG: form ECFMG certification pending, CV ECFMG certified"
    assert {"kind": "form and CV disagree", "ref": f"applicant #{aid}", "reason": reason} in attention
    assert brief["discrepancies"] == reason
