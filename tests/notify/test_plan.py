"""Planning: reminder windows under time travel (DST included), CV nudges, each trigger queued once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

import pytest
import time_machine

from include import pipeline
from include.backends.mail import eml_name
from include.notify.plan import REMINDER_WINDOWS, plan_messages, reminder_due
from tests.notify.seed import add_applicant, add_booking, add_cv, outbox

START = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)


def run_at(settings, when: datetime) -> dict:
    """One scheduled run of the reminders DAG's task, with the wall clock at ``when``."""
    with time_machine.travel(when, tick=False):
        return pipeline.notify(settings)


def sent(rt, kind: str) -> list:
    return [r for r in outbox(rt, kind=kind) if r.state == "sent"]


def eml_text(settings, key: str) -> str:
    msg = message_from_bytes((settings.outbox_dir / eml_name(key)).read_bytes(), policy=policy.default)
    return msg.get_body(("plain",)).get_content()


@pytest.fixture
def booked(runtime, settings):
    """An applicant whose consultation at START was confirmed three days ahead."""
    add_applicant(runtime, 1, "Asia/Kolkata")
    bid = add_booking(runtime, 1, START)
    run_at(settings, START - timedelta(days=3))
    assert len(sent(runtime, "consult_booked")) == 1
    return bid


@pytest.mark.parametrize("kind", sorted(REMINDER_WINDOWS))
def test_each_reminder_is_sent_once_when_its_window_opens(runtime, settings, booked, kind):
    opens, _ = REMINDER_WINDOWS[kind]
    run_at(settings, START - opens - timedelta(minutes=1))
    assert sent(runtime, kind) == []
    run_at(settings, START - opens)
    run_at(settings, START - opens + timedelta(minutes=15))
    (row,) = sent(runtime, kind)
    assert row.message_key == f"{kind}:{booked}:0"
    assert row.sent_at.replace(tzinfo=UTC) == START - opens


@pytest.mark.parametrize("kind", sorted(REMINDER_WINDOWS))
def test_a_missed_run_catches_up_inside_the_window(runtime, settings, booked, kind):
    _opens, closes = REMINDER_WINDOWS[kind]
    late = START - closes - timedelta(minutes=1)
    run_at(settings, late)
    (row,) = sent(runtime, kind)
    assert row.sent_at.replace(tzinfo=UTC) == late


@pytest.mark.parametrize("kind", sorted(REMINDER_WINDOWS))
def test_a_run_after_the_window_closed_sends_nothing_for_it(runtime, settings, booked, kind):
    _, closes = REMINDER_WINDOWS[kind]
    run_at(settings, START - closes)
    assert outbox(runtime, kind=kind) == []


def test_a_late_run_never_sends_the_24h_reminder_30_minutes_before_the_call(runtime, settings, booked):
    run_at(settings, START - timedelta(minutes=30))
    assert outbox(runtime, kind="reminder_24h") == []
    (one_hour,) = sent(runtime, "reminder_1h")
    assert "starts in 30 minutes" in eml_text(settings, one_hour.message_key)


def test_a_booking_confirmed_inside_the_24h_window_gets_no_24h_reminder(runtime, settings):
    add_applicant(runtime, 1)
    add_booking(runtime, 1, START)
    run_at(settings, START - timedelta(hours=20))
    run_at(settings, START - timedelta(hours=19))
    assert len(sent(runtime, "consult_booked")) == 1
    assert outbox(runtime, kind="reminder_24h") == []
    run_at(settings, START - timedelta(minutes=50))
    assert len(sent(runtime, "reminder_1h")) == 1


def test_a_queued_reminder_whose_window_closed_before_sending_is_skipped(runtime, settings, booked):
    with runtime.engine.begin() as conn:
        plan_messages(conn, START - timedelta(hours=23))
    run_at(settings, START - timedelta(hours=11))
    (row,) = outbox(runtime, kind="reminder_24h")
    assert (row.state, row.error) == ("skipped", "reminder window closed")


def test_reminder_windows_are_in_absolute_time_not_wall_clock() -> None:
    start = datetime(2027, 3, 14, 13, 0, tzinfo=UTC)  # 9:00 EDT, the morning US clocks spring forward
    assert reminder_due("reminder_24h", start, start - timedelta(hours=24))
    assert not reminder_due("reminder_24h", start, start - timedelta(hours=24, seconds=1))
    assert reminder_due("reminder_1h", start, start - timedelta(minutes=11))
    assert not reminder_due("reminder_1h", start, start - timedelta(minutes=10))


DST_CASES = [
    # Spring forward in New York: 24 real hours before is 8:00 EST the day before.
    (
        datetime(2027, 3, 14, 13, 0, tzinfo=UTC),
        "Sun 14 Mar 2027, 9:00 AM (New York time, UTC-4)",
        {
            "Asia/Kolkata": "Sun 14 Mar 2027, 6:30 PM (Kolkata time, UTC+5:30)",
            "Asia/Kathmandu": "Sun 14 Mar 2027, 6:45 PM (Kathmandu time, UTC+5:45)",
        },
    ),
    # Fall back: 24 real hours before is 10:00 EDT the day before.
    (
        datetime(2026, 11, 1, 14, 0, tzinfo=UTC),
        "Sun 1 Nov 2026, 9:00 AM (New York time, UTC-5)",
        {
            "Asia/Kolkata": "Sun 1 Nov 2026, 7:30 PM (Kolkata time, UTC+5:30)",
            "Asia/Kathmandu": "Sun 1 Nov 2026, 7:45 PM (Kathmandu time, UTC+5:45)",
        },
    ),
]


@pytest.mark.parametrize(("start", "advisor_time", "applicant_times"), DST_CASES, ids=["spring", "fall"])
@pytest.mark.parametrize("kind", sorted(REMINDER_WINDOWS))
def test_reminders_across_dst_fire_on_time_and_show_both_zones(
    runtime, settings, start, advisor_time, applicant_times, kind
):
    for aid, tz in enumerate(applicant_times, start=1):
        add_applicant(runtime, aid, tz)
        add_booking(runtime, aid, start)
    run_at(settings, start - timedelta(days=3))
    opens, _ = REMINDER_WINDOWS[kind]
    run_at(settings, start - opens - timedelta(minutes=1))
    assert outbox(runtime, kind=kind) == []
    run_at(settings, start - opens)
    rows = sent(runtime, kind)
    assert len(rows) == 2
    for row, (tz, local) in zip(rows, applicant_times.items(), strict=True):
        text = eml_text(settings, row.message_key)
        assert f"Your time:       {local}" in text, tz
        assert f"Advisor's time:  {advisor_time}" in text
        assert ("about 24 hours" if kind == "reminder_24h" else "about 1 hour") in text


def test_cv_nudges_follow_the_cv_needed_message_at_2_and_5_days_at_most_two(runtime, settings):
    add_applicant(runtime, 1)
    add_cv(runtime, 1, "missing", "no CV link in the application")
    day0 = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    for day in (0, 1, 2, 3, 5, 6, 9, 30):
        run_at(settings, day0 + timedelta(days=day))
    rows = {r.message_key: r.sent_at.replace(tzinfo=UTC) for r in sent(runtime, "cv_nudge")}
    assert rows == {"cv_nudge:1:1": day0 + timedelta(days=2), "cv_nudge:1:2": day0 + timedelta(days=5)}
    assert len(sent(runtime, "cv_needed")) == 1


def test_a_long_gap_sends_only_the_last_nudge_not_both_at_once(runtime, settings):
    add_applicant(runtime, 1)
    add_cv(runtime, 1, "error", "encrypted PDF", document=True)
    day0 = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    run_at(settings, day0)
    run_at(settings, day0 + timedelta(days=7))
    run_at(settings, day0 + timedelta(days=8))
    assert [r.message_key for r in outbox(runtime, kind="cv_nudge")] == ["cv_nudge:1:2"]


def test_no_nudge_once_the_cv_is_parsed(runtime, settings):
    add_applicant(runtime, 1)
    add_cv(runtime, 1, "parsed")
    run_at(settings, datetime(2026, 11, 20, tzinfo=UTC))
    assert outbox(runtime, kind="cv_needed") == outbox(runtime, kind="cv_nudge") == []


def test_planning_twice_queues_nothing_new(runtime):
    add_applicant(runtime, 1)
    add_cv(runtime, 1, "needs_ocr", document=True)
    add_booking(runtime, 1, START)
    now = START - timedelta(days=2)
    with runtime.engine.begin() as conn:
        first = plan_messages(conn, now)
        second = plan_messages(conn, now)
    assert first == {"application_received": 1, "cv_needed": 1, "consult_booked": 1, "advisor_brief": 1}
    assert second == {}
