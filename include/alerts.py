"""Ops alerts: a mail to ops when a task fails for good, and when the nightly run misses its deadline.

Both go through the outbox (``send_internal``) under a key per (dag, task, run, try) or per (dag, run),
so a callback that fires twice still mails once. Callbacks never raise: a failed alert is logged and
the task's own failure stays what Airflow reports. Plain Python: Airflow calls these with its context.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import quote

log = logging.getLogger(__name__)

MAX_ERROR_CHARS = 2000
KEY_LIMIT = 200  # outbox_messages.message_key


def base_url() -> str:
    """Where people open Airflow (``[api] base_url``, as compose sets it); links in alerts start here."""
    return (os.environ.get("AIRFLOW__API__BASE_URL") or "http://localhost:8080").rstrip("/")


def task_log_url(dag_id: str, run_id: str, task_id: str, try_number: int, map_index: int = -1) -> str:
    """The task instance's log page in the Airflow 3 UI (the same path as Airflow's ``ti.log_url``)."""
    mapped = f"/mapped/{map_index}" if map_index >= 0 else ""
    return f"{base_url()}/dags/{dag_id}/runs/{quote(run_id)}/tasks/{task_id}{mapped}?try_number={try_number}"


def run_url(dag_id: str, run_id: str) -> str:
    return f"{base_url()}/dags/{dag_id}/runs/{quote(run_id)}"


def alert_key(*parts: object) -> str:
    """``ops_alert:<parts>``; hashed when too long for the outbox key column (still one key per alert)."""
    key = "ops_alert:" + ":".join(str(p) for p in parts)
    if len(key) <= KEY_LIMIT:
        return key
    return f"{key[: KEY_LIMIT - 41]}:{hashlib.sha256(key.encode()).hexdigest()[:40]}"


def send_alert(ctx: dict[str, Any], key: str, now: datetime | None = None, settings: Any = None) -> str:
    """Mail one ``ops_alert`` (ctx: dag_id, task_id, run_id, try_number, log_url, error); returns its outbox state."""
    from include.config import load_settings
    from include.notify.dispatch import send_internal
    from include.runtime import open_runtime

    rt = open_runtime(settings or load_settings())
    try:
        return send_internal(rt, key, "ops_alert", ctx, (now or datetime.now(UTC)).astimezone(UTC))
    finally:
        rt.engine.dispose()


def describe_error(exc: object) -> str:
    """``Type: message``, cut to a size that fits an email; our exceptions carry ids, not personal data."""
    if exc is None:
        return "(no exception recorded; see the task log)"
    text = f"{type(exc).__name__}: {exc}" if isinstance(exc, BaseException) else str(exc)
    return text if len(text) <= MAX_ERROR_CHARS else text[:MAX_ERROR_CHARS] + " …"


def on_task_failure(context: Mapping[str, Any]) -> None:
    """``on_failure_callback`` for every clerkflow task: mail ops the DAG, task, try, error and log link."""
    try:
        ti = context["ti"]
        dag_id, task_id, run_id = ti.dag_id, ti.task_id, ti.run_id
        try_number = int(ti.try_number or 1)
        map_index = int(getattr(ti, "map_index", -1) if getattr(ti, "map_index", None) is not None else -1)
        ctx = {
            "dag_id": dag_id,
            "task_id": task_id if map_index < 0 else f"{task_id}[{map_index}]",
            "run_id": run_id,
            "try_number": try_number,
            "log_url": task_log_url(dag_id, run_id, task_id, try_number, map_index),
            "error": describe_error(context.get("exception")),
        }
        state = send_alert(ctx, alert_key(dag_id, task_id, run_id, map_index, try_number))
        log.info("ops alert for %s.%s try %s: %s", dag_id, task_id, try_number, state)
    except Exception:  # an alert must never hide or replace the task's own failure
        log.exception("could not send the ops alert for a failed task")


# ---------------------------------------------------------------- the nightly deadline


def parse_hhmm(value: str) -> time:
    """``"07:00"`` → 07:00; a clear ValueError for anything else."""
    try:
        hours, minutes = (int(x) for x in str(value).strip().split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"expected a time of day as HH:MM, got {value!r}") from exc


def nightly_overdue(conn: Any, now: datetime, ops_tz: str, scheduled: time, deadline: time) -> date | None:
    """The ops-local day whose nightly report is overdue, if any: the latest scheduled start has passed its
    deadline and no ``nightly`` stage run finished since that start. Wall-clock times in the ops zone, so DST
    cannot shift the deadline; a deadline before the start (05:00 for a 06:00 run) means the next morning."""
    from sqlalchemy import func, select

    from include.store import tables as t
    from include.timeutil import zone

    tz = zone(ops_tz)
    local = now.astimezone(tz)
    day = local.date() if local.time() >= scheduled else local.date() - timedelta(days=1)  # the latest cycle
    start = datetime.combine(day, scheduled, tzinfo=tz)
    due = datetime.combine(day + timedelta(days=1) if deadline <= scheduled else day, deadline, tzinfo=tz)
    if local < due:
        return None
    done = conn.scalar(
        select(func.count()).where(
            t.stage_runs.c.stage == "nightly", t.stage_runs.c.finished_at >= start.astimezone(UTC)
        )
    )
    return None if done else day


def check_nightly_deadline(rt: Any, now: datetime, scheduled: time) -> str | None:
    """Mail ops once per day when the nightly report is overdue; returns the alert's outbox state, if sent."""
    from include.notify.dispatch import send_internal

    deadline = parse_hhmm(rt.settings.alerts.nightly_deadline)
    with rt.engine.connect() as conn:
        day = nightly_overdue(conn, now, rt.settings.ops_timezone, scheduled, deadline)
    if day is None:
        return None
    ctx = {
        "dag_id": "clerkflow_nightly",
        "task_id": "(whole run)",
        "run_id": f"{day:%Y-%m-%d}",
        "try_number": 1,
        "log_url": f"{base_url()}/dags/clerkflow_nightly/runs",
        "error": f"The nightly report for {day:%Y-%m-%d} had not finished by {deadline:%H:%M} ops time.",
    }
    return send_internal(rt, alert_key("deadline", "clerkflow_nightly", f"{day:%Y-%m-%d}"), "ops_alert", ctx, now)
