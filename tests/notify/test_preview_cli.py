"""``render-email``: what the next run would send an applicant at a moment, exactly, or why nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from include import cli
from include.notify.plan import plan_messages
from include.notify.render import KINDS, STAFF_KINDS
from tests.notify.seed import add_applicant, add_booking, outbox

START = datetime(2026, 12, 10, 14, 0, tzinfo=UTC)


def render(settings, kind: str, aid: int, at: datetime, out) -> int:
    args = ["--db", settings.db_url, "render-email", kind, "--applicant", str(aid), "--out", str(out)]
    return cli.main([*args, "--at", at.isoformat()])


def test_reminder_1h_preview_says_the_real_time_left_and_writes_the_invite_free_message(runtime, settings, tmp_path):
    add_applicant(runtime, 3, "Asia/Kathmandu")
    add_booking(runtime, 3, START, created_at=START - timedelta(days=3))
    with runtime.engine.begin() as conn:  # the confirmation went out three days before
        plan_messages(conn, START - timedelta(days=3))
    assert render(settings, "reminder_1h", 3, START - timedelta(minutes=45), tmp_path) == 0
    text = (tmp_path / "reminder_1h.txt").read_text()
    assert text.startswith("Subject: Starting in 45 minutes: ")
    assert "starts in 45 minutes" in text
    assert "(Kathmandu time, UTC+5:45)" in text
    assert (tmp_path / "reminder_1h.html").read_text().startswith("<!DOCTYPE html>")
    assert outbox(runtime, kind="reminder_1h") == []  # a preview stores nothing


def test_rescheduled_preview_shows_the_previous_time(runtime, settings, tmp_path):
    add_applicant(runtime, 3, "Asia/Manila")
    add_booking(runtime, 3, START, sequence=1, previous_start_at=START - timedelta(days=1))
    assert render(settings, "consult_rescheduled", 3, START - timedelta(days=2), tmp_path) == 0
    text = (tmp_path / "consult_rescheduled.txt").read_text()
    assert "Previous time (no longer valid):  Wed 9 Dec 2026, 10:00 PM (Manila time, UTC+8)" in text
    assert (tmp_path / "consult_rescheduled-consultation.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("kind", "why"),
    [
        ("reminder_1h", "not due yet: it goes out from Thu 10 Dec 2026, 8:00 AM (New York time, UTC-5)"),
        ("consult_rescheduled", "it is sent only when the consultation has been moved; the consultation is booked"),
        ("followup", "it is sent only when the consultation is marked held"),
        ("advisor_cancelled", "the consultation is cancelled after the advisor had the brief"),
        ("cv_nudge", "no CV problem to report"),
    ],
)
def test_a_message_that_would_not_be_sent_says_why(runtime, settings, tmp_path, capsys, kind, why):
    add_applicant(runtime, 3)
    add_booking(runtime, 3, START)
    assert render(settings, kind, 3, START - timedelta(days=2), tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert f"{kind} for applicant 3 would not be sent now: " in err
    assert why in err
    assert not (tmp_path / "out").exists()


def test_a_booking_message_for_an_applicant_without_a_booking_says_why(runtime, settings, tmp_path, capsys):
    add_applicant(runtime, 4)
    assert render(settings, "reminder_1h", 4, datetime.now(UTC), tmp_path) == 1
    assert "has no consultation booking" in capsys.readouterr().err
    assert not (tmp_path / "reminder_1h.html").exists()


def test_every_per_applicant_kind_can_be_asked_for():
    parser_kinds = [k for k in KINDS if k not in {"ops_alert", "ops_report"}]
    assert set(parser_kinds) >= set(KINDS) - STAFF_KINDS
    assert {"advisor_brief", "advisor_rescheduled", "advisor_cancelled"} <= set(parser_kinds)
