"""``render-email``: staff preview any message kind for an applicant, queued or not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from include import cli
from include.notify.render import KINDS, OPS_KINDS
from tests.notify.seed import add_applicant, add_booking, outbox


@pytest.mark.parametrize("kind", [k for k in KINDS if k not in OPS_KINDS])
def test_every_applicant_kind_previews_from_current_facts_without_an_outbox_row(runtime, settings, tmp_path, kind):
    add_applicant(runtime, 3, "Asia/Kathmandu")
    add_booking(runtime, 3, datetime.now(UTC) + timedelta(hours=20), previous_start_at=datetime(2027, 1, 4, tzinfo=UTC))
    out = tmp_path / "preview"
    assert cli.main(["--db", settings.db_url, "render-email", kind, "--applicant", "3", "--out", str(out)]) == 0
    html, text = (out / f"{kind}.html").read_text(), (out / f"{kind}.txt").read_text()
    assert html.startswith("<!DOCTYPE html>")
    assert text.startswith("Subject: ")
    assert "Priya" in text
    if kind in {"consult_booked", "consult_rescheduled", "consult_cancelled"}:
        assert (out / f"{kind}-consultation.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    if kind.startswith("reminder"):
        assert "(Asia/Kathmandu)" in text
    assert outbox(runtime) == []


def test_a_booking_message_for_an_applicant_without_a_booking_says_why(runtime, settings, tmp_path, capsys):
    add_applicant(runtime, 4)
    args = ["--db", settings.db_url, "render-email", "reminder_1h", "--applicant", "4", "--out", str(tmp_path)]
    assert cli.main(args) == 1
    assert "has no consultation booking" in capsys.readouterr().err
    assert not (tmp_path / "reminder_1h.html").exists()
