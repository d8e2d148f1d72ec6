"""Ops alerts: a failed task mails ops once per try with a log link; an overdue nightly report mails once a day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from include.alerts import (
    alert_key,
    check_nightly_deadline,
    nightly_overdue,
    on_task_failure,
    parse_hhmm,
    task_log_url,
)

BASE = "https://airflow.ops.example.org"


@pytest.fixture
def ops_outbox(runtime, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AIRFLOW__API__BASE_URL", BASE + "/")
    return runtime.settings.outbox_dir


def _alerts(outbox: Path) -> list[Path]:
    return sorted(outbox.glob("ops_alert*.eml"))


def _text(path: Path) -> str:
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    return msg["Subject"] + "\n" + msg.get_body(("plain",)).get_content()


def test_a_task_that_fails_mails_ops_once_with_a_link_to_its_log(airflow_db, runtime, ops_outbox: Path) -> None:
    """A real DAG task failing for good: marking the outcome of a consultation that does not exist."""
    from datetime import UTC, datetime

    from airflow.sdk import DagRunState
    from sqlalchemy import insert

    from dags.clerkflow_rerun_applicant import clerkflow_rerun_applicant
    from include.store import tables as t

    now = datetime.now(UTC)
    with runtime.engine.begin() as conn:
        conn.execute(
            insert(t.applicants).values(id=1, email="a@example.org", full_name="A B", created_at=now, updated_at=now)
        )
    conf = {"applicant": "1", "steps": ["book"], "action": "mark_done", "force": False, "dry_run": False}
    run = clerkflow_rerun_applicant().test(run_conf=conf)
    assert run.state == DagRunState.FAILED
    alerts = _alerts(ops_outbox)
    assert len(alerts) == 1
    text = _text(alerts[0])
    assert "clerkflow_rerun_applicant.rerun" in text
    assert "BookingError: applicant 1 has no consultation booking" in text
    assert f"{BASE}/dags/clerkflow_rerun_applicant/runs/manual__" in text
    assert "/tasks/rerun?try_number=1" in text
    assert "a@example.org" not in text


class _TI:
    dag_id, task_id, run_id, try_number, map_index = "clerkflow_process", "send_emails", "manual__2026-11-25", 2, -1


def test_the_same_failure_reported_twice_mails_once_and_a_new_try_mails_again(ops_outbox: Path) -> None:
    context = {"ti": _TI(), "exception": ValueError("boom")}
    on_task_failure(context)
    on_task_failure(context)
    assert len(_alerts(ops_outbox)) == 1
    retry = type("TI3", (_TI,), {"try_number": 3})()
    on_task_failure({"ti": retry, "exception": ValueError("boom")})
    assert len(_alerts(ops_outbox)) == 2


def test_a_broken_alert_never_raises_out_of_the_callback(ops_outbox: Path) -> None:
    on_task_failure({})  # no ti at all: logged, not raised
    assert _alerts(ops_outbox) == []


def test_log_url_matches_airflows_task_instance_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIRFLOW__API__BASE_URL", BASE)
    assert task_log_url("d", "manual__2026-11-25T10:00:00+00:00", "t", 2) == (
        f"{BASE}/dags/d/runs/manual__2026-11-25T10%3A00%3A00%2B00%3A00/tasks/t?try_number=2"
    )
    assert task_log_url("d", "r", "t", 1, map_index=3).endswith("/tasks/t/mapped/3?try_number=1")


def test_alert_keys_fit_the_outbox_column_and_stay_distinct() -> None:
    a, b = alert_key("d", "t", "r" * 300, 1), alert_key("d", "t", "r" * 300, 2)
    assert len(a) <= 200
    assert a != b


NIGHTLY = time(6, 0)
NY = ZoneInfo("America/New_York")


def _finish_nightly(runtime, at: datetime) -> None:
    from sqlalchemy import insert

    from include.store import tables as t

    with runtime.engine.begin() as conn:
        at = at.astimezone(UTC)  # the app stores UTC (SQLite keeps no offset)
        conn.execute(insert(t.stage_runs).values(stage="nightly", started_at=at, finished_at=at, summary={}))


def test_deadline_is_a_time_of_day() -> None:
    assert parse_hhmm("06:40") == time(6, 40)
    with pytest.raises(ValueError, match="HH:MM"):
        parse_hhmm("7am")


def test_no_alert_before_the_deadline_or_after_the_report_finished(runtime) -> None:
    before = datetime(2026, 11, 25, 6, 59, tzinfo=NY)
    with runtime.engine.connect() as conn:
        assert nightly_overdue(conn, before, "America/New_York", NIGHTLY, time(7, 0)) is None
    _finish_nightly(runtime, datetime(2026, 11, 25, 6, 20, tzinfo=NY))
    with runtime.engine.connect() as conn:
        assert nightly_overdue(conn, before + timedelta(hours=2), "America/New_York", NIGHTLY, time(7, 0)) is None


def test_yesterdays_report_does_not_count_for_today(runtime) -> None:
    _finish_nightly(runtime, datetime(2026, 11, 24, 6, 20, tzinfo=NY))
    late = datetime(2026, 11, 25, 7, 5, tzinfo=NY)
    with runtime.engine.connect() as conn:
        assert nightly_overdue(conn, late, "America/New_York", NIGHTLY, time(7, 0)) == date(2026, 11, 25)


def test_deadline_is_wall_clock_time_across_dst(runtime) -> None:
    # 2027-03-14: clocks jump at 02:00; 07:05 EDT is 11:05 UTC (it was 12:05 UTC the day before)
    with runtime.engine.connect() as conn:
        assert nightly_overdue(conn, datetime(2027, 3, 14, 11, 5, tzinfo=UTC), "America/New_York", NIGHTLY, time(7, 0))
        assert (
            nightly_overdue(conn, datetime(2027, 3, 14, 10, 55, tzinfo=UTC), "America/New_York", NIGHTLY, time(7, 0))
            is None
        )


def test_an_overdue_nightly_report_mails_ops_once_a_day(ops_outbox: Path, runtime) -> None:
    late = datetime(2026, 11, 25, 7, 30, tzinfo=NY)
    assert check_nightly_deadline(runtime, late, NIGHTLY) == "sent"
    assert check_nightly_deadline(runtime, late + timedelta(minutes=15), NIGHTLY) == "sent"  # the same message
    (alert,) = _alerts(ops_outbox)
    text = _text(alert)
    assert "2026-11-25" in text
    assert "07:00" in text
    assert f"{BASE}/dags/clerkflow_nightly/runs" in text
