"""Rerunning one applicant: who it finds, what force and dry_run do, and that only chosen steps run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from include.rerun import ApplicantNotFound, describe, rerun_applicant, resend_key, resolve_applicant
from include.store import tables as t
from tests.rerun.conftest import outbox_files, world


def _email_of(rt, applicant_id: int) -> str:
    with rt.engine.connect() as conn:
        return conn.scalar(select(t.applicants.c.email).where(t.applicants.c.id == applicant_id))


def test_applicant_is_found_by_id_and_by_email_in_any_case(funnel) -> None:
    email = _email_of(funnel, 5)
    assert resolve_applicant(funnel, "5") == 5
    assert resolve_applicant(funnel, f"  {email.upper()} ") == 5


@pytest.mark.parametrize("ref", ["999999", "nobody@example.org", "not an id", ""])
def test_unknown_applicant_fails_clearly_without_echoing_the_address(funnel, ref: str) -> None:
    with pytest.raises(ApplicantNotFound) as err:
        resolve_applicant(funnel, ref)
    message = str(err.value)
    assert "@" not in message
    assert message.startswith(("no applicant with", "give the applicant's id"))


def test_dry_run_changes_no_row_and_no_file_but_shows_what_would_happen(funnel) -> None:
    before = world(funnel)
    summary = rerun_applicant("4", force=True, dry_run=True, action="reschedule", settings=funnel.settings)
    assert world(funnel) == before
    assert summary["dry_run"] is True
    assert any(line.startswith("booking:") for line in summary["changes"])
    assert any(call.startswith("calendar: move event") for call in summary["would_call"])
    assert any(call.startswith("mail: send consult_rescheduled") for call in summary["would_call"])
    assert "Dry run: nothing was changed." in describe(summary)


def test_force_resends_the_latest_email_once_under_a_new_key(funnel) -> None:
    files = outbox_files(funnel)
    with funnel.engine.connect() as conn:
        rows = conn.scalar(select(func.count()).select_from(t.outbox_messages))
    first = rerun_applicant("6", ["email"], force=True, tag="run-1", settings=funnel.settings)
    again = rerun_applicant("6", ["email"], force=True, tag="run-1", settings=funnel.settings)  # a retried task
    new_files = outbox_files(funnel) - files
    assert len(new_files) == 1
    assert first["results"]["email"]["resent"].startswith("resend:run-1:")
    assert ":advisor_brief:" not in first["results"]["email"]["resent"]  # the applicant's email, not the advisor's
    assert again["results"]["email"]["sent"] == {}
    with funnel.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(t.outbox_messages)) == rows + 1
        state = conn.scalar(
            select(t.outbox_messages.c.state).where(
                t.outbox_messages.c.message_key == first["results"]["email"]["resent"]
            )
        )
    assert state == "sent"


def test_without_force_a_finished_applicant_gets_no_new_email_and_no_new_booking(funnel) -> None:
    before = world(funnel)["rows"]
    summary = rerun_applicant("7", ["book", "email"], settings=funnel.settings)
    after = world(funnel)["rows"]
    assert summary["changes"] == []
    assert "skipped" in summary["results"]["book"]
    assert after["outbox_messages"] == before["outbox_messages"]
    assert after["consult_bookings"] == before["consult_bookings"]


def test_only_the_chosen_steps_run(funnel) -> None:
    before = world(funnel)
    summary = rerun_applicant("8", ["match"], settings=funnel.settings)
    after = world(funnel)
    assert summary["steps"] == ["match"]
    assert set(summary["results"]) == {"match"}
    for table in ("cv_profiles", "cv_documents", "outbox_messages", "consult_bookings", "calendar_events"):
        assert after["rows"][table] == before["rows"][table], table
    assert after["files"] == before["files"]


def test_cancel_action_cancels_and_mails_the_notice_but_never_rebooks(funnel) -> None:
    summary = rerun_applicant("9", ["book", "email"], action="cancel", settings=funnel.settings)
    assert summary["results"]["action"]["status"] == "cancelled"
    assert "skipped" in summary["results"]["book"]
    assert summary["after"]["booking"]["status"] == "cancelled"
    assert any(key.startswith("consult_cancelled:") and s == "sent" for key, s in summary["after"]["emails"].items())


def test_mark_done_after_the_call_queues_the_followup(funnel) -> None:
    later = datetime.now(UTC) + timedelta(days=30)
    summary = rerun_applicant("10", ["email"], action="mark_done", settings=funnel.settings, now=later)
    assert summary["after"]["status"] == "consulted"
    assert any(key.startswith("followup:") for key in summary["after"]["emails"])


def test_unknown_step_or_action_is_refused_before_anything_runs(funnel) -> None:
    with pytest.raises(ValueError, match="unknown step"):
        rerun_applicant("1", ["cv", "teleport"], settings=funnel.settings)
    with pytest.raises(ValueError, match="unknown action"):
        rerun_applicant("1", ["cv"], action="delete", settings=funnel.settings)


def test_resend_key_keeps_the_original_ending_and_fits_the_column() -> None:
    assert resend_key("cv_nudge:12:2", "manual__2026-11-25T10:00:00+00:00").endswith(":cv_nudge:12:2")
    long = resend_key("consult_booked:" + "x" * 150, "t" * 100)
    assert len(long) <= 200
    assert long != resend_key("consult_booked:" + "x" * 150, "u" * 100)
