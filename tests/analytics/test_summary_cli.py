"""``python -m include.cli summary`` on the generated history: capped lists, reasons, emails by type, ops times."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, func, select

from bench.history import History
from include.attention import needs_attention
from include.cli import SUMMARY_ROWS, main
from include.store import tables as t


def test_summary_caps_lists_explains_unmatched_and_points_to_the_queue(
    history: History, history_engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLERKFLOW_DB_URL", history.db_url)
    assert main(["--config", str(history.config), "summary"]) == 0
    out = capsys.readouterr().out
    with history_engine.connect() as conn:
        bookings = conn.scalar(select(func.count()).select_from(t.consult_bookings))
        items = needs_attention(conn, datetime.now(UTC))
    unmatched = [i for i in items if i.category == "unmatched"]
    assert f"Consultations ({bookings}, times in America/New_York" in out
    assert f"… and {bookings - SUMMARY_ROWS} more" in out
    assert f"No eligible preceptor ({len(unmatched)}):" in out
    assert f"… and {len(unmatched) - SUMMARY_ROWS} more" in out
    assert unmatched[0].reason in out
    assert f"Needs attention: {len(items)} item(s)" in out
    booking_lines = [line for line in out.splitlines() if " with Dr. Advisor" in line]
    assert len(booking_lines) == SUMMARY_ROWS
    # Ops time then the applicant's, each with a city and a UTC offset (never an ambiguous abbreviation).
    assert all(re.search(r"\d:\d\d [AP]M \(New York time, UTC-[45]\) \(.+ time, UTC", line) for line in booking_lines)
    assert "  Follow-up after the consultation: " in out
    assert "followup" not in out
    assert "@" not in out  # no contact details
