"""Purge reaches every place the README names: mistyped quarantine rows, previews, Airflow's metadata."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

from sqlalchemy import insert, select, update

from include.cli import main
from include.privacy import purge_applicant
from include.store import tables as t
from include.timeutil import as_utc
from tests.privacy.conftest import NOW
from tests.privacy.test_purge import _booked_applicant


def _applicant(rt, applicant_id: int):
    with rt.engine.connect() as conn:
        return conn.execute(select(t.applicants).where(t.applicants.c.id == applicant_id)).one()


def _quarantine(rt, n: int, raw: dict[str, str]) -> int:
    with rt.engine.begin() as conn:
        return conn.execute(
            insert(t.quarantine).values(
                kind="application",
                source="google_form",
                row_number=900 + n,
                content_hash=f"test-{n}",
                raw=raw,
                reason="invalid email address",
                created_at=NOW,
            )
        ).inserted_primary_key[0]


def _quarantine_ids(rt) -> set[int]:
    with rt.engine.connect() as conn:
        return set(conn.scalars(select(t.quarantine.c.id)))


def test_quarantined_rows_of_the_same_person_go_even_with_a_mistyped_email(funnel) -> None:
    applicant_id, email, _ = _booked_applicant(funnel)
    ap = _applicant(funnel, applicant_id)
    local, domain = email.split("@")
    by_name = _quarantine(funnel, 1, {"Full Name": f" {ap.full_name.upper()} ", "Email Address": f"{local}.{domain}"})
    by_typo = _quarantine(funnel, 2, {"Full Name": ap.full_name, "Email Address": f"{local}x@{domain}"})
    phone = ap.phone_e164 or "+15555550123"
    if not ap.phone_e164:
        with funnel.engine.begin() as conn:
            conn.execute(update(t.applicants).where(t.applicants.c.id == applicant_id).values(phone_e164=phone))
    by_phone = _quarantine(funnel, 3, {"Full Name": "", "Phone (WhatsApp)": phone[:3] + " " + phone[3:]})
    namesake = _quarantine(funnel, 4, {"Full Name": ap.full_name, "Email Address": "someone.else@elsewhere.example"})

    result = purge_applicant(funnel, str(applicant_id), NOW)

    remaining = _quarantine_ids(funnel)
    assert {by_name, by_typo, by_phone} & remaining == set()
    assert namesake in remaining  # same name, clearly another person's valid address: not theirs
    assert result["quarantine"] >= 3


def test_render_email_previews_of_the_person_are_removed(funnel, capsys) -> None:
    applicant_id, email, booking_id = _booked_applicant(funnel)
    with funnel.engine.connect() as conn:
        start = conn.scalar(select(t.consult_bookings.c.start_at).where(t.consult_bookings.c.id == booking_id))
    # The preview of a message still to come (the confirmation was already sent): the day-before reminder.
    at = (as_utc(start) - timedelta(hours=23)).isoformat()
    assert main(["render-email", "reminder_24h", "--applicant", str(applicant_id), "--at", at]) == 0
    folder = funnel.settings.output_dir / "preview" / str(applicant_id)
    assert (folder / "reminder_24h.html").exists()
    other = funnel.settings.output_dir / "preview" / "old-default" / "application_received.txt"
    other.parent.mkdir(parents=True)
    other.write_text(f"To: {email}\n\nHello")  # a flat preview from before per-applicant folders
    unrelated = other.with_name("someone_else.txt")
    unrelated.write_text("To: someone.else@elsewhere.example")
    capsys.readouterr()

    result = purge_applicant(funnel, email, NOW)

    assert not (folder / "reminder_24h.html").exists()
    assert not other.exists()
    assert unrelated.exists()
    assert result["preview_files"] >= 3


def test_airflow_metadata_keeps_no_address(funnel, airflow_db) -> None:
    from airflow.models.dagrun import DagRun
    from airflow.models.log import Log
    from airflow.utils.session import create_session

    applicant_id, email, _ = _booked_applicant(funnel)
    run_id = f"manual__purge_test_{uuid.uuid4().hex[:8]}"  # the Airflow DB is shared by the test session
    conf = {"applicant": email.upper(), "steps": ["email"], "action": "none", "force": False, "dry_run": False}
    command = ["airflow", "dags", "trigger", "clerkflow_rerun_applicant", "--conf", json.dumps(conf)]
    with create_session() as session:
        run = DagRun(
            dag_id="clerkflow_rerun_applicant",
            run_id=run_id,
            run_type="manual",
            conf=conf,
            triggered_by="CLI",
        )
        session.add(run)
        session.add(Log(event="cli_dags_trigger", extra=json.dumps({"full_command": str(command)})))
        session.add(Log(event="cli_dags_list", extra=json.dumps({"full_command": "['airflow', 'dags', 'list']"})))

    result = purge_applicant(funnel, str(applicant_id), NOW)

    assert result["airflow_dag_runs_scrubbed"] == 1
    assert result["airflow_log_rows_scrubbed"] == 1
    with create_session() as session:
        stored = session.scalar(select(DagRun.conf).where(DagRun.run_id == run_id))
        extras = list(session.scalars(select(Log.extra)))
    assert stored["applicant"] == "<purged>"
    assert stored["steps"] == ["email"]
    assert not any(email.lower() in (x or "").lower() for x in extras)
    assert any("dags', 'list" in (x or "") for x in extras)  # other rows untouched
