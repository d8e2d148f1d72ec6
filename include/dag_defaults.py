"""Constants the DAG files share (plain values: no Airflow import, so ``include`` stays Airflow-free)."""

from __future__ import annotations

from datetime import time, timedelta

from include.alerts import on_task_failure

OPS_TIMEZONE = "America/New_York"
OWNER = "clerkflow-ops"
TAGS = ("clerkflow",)

# Asset URIs: intake emits APPLICANTS, roster sync emits ROSTER; the process DAG runs on either.
APPLICANTS_ASSET = "clerkflow://app-db/applicants"
ROSTER_ASSET = "clerkflow://app-db/preceptors"

# Pools throttle the outside APIs across all DAGs (created by `make up` / `make demo` / compose init).
GOOGLE_POOL = "google_api"
SENDGRID_POOL = "sendgrid_api"
POOLS = {GOOGLE_POOL: (4, "Google Sheets/Drive/Calendar calls"), SENDGRID_POOL: (2, "SendGrid mail/send")}

DEFAULT_ARGS = {
    "owner": OWNER,
    "retries": 3,
    "retry_delay": timedelta(seconds=30),
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": timedelta(minutes=10),
    # A task that fails for good mails ops (once per try) with a link to its log.
    "on_failure_callback": on_task_failure,
}

RERUN_STEPS = ("intake", "cv", "match", "book", "email")
RERUN_ACTIONS = ("none", "reschedule", "cancel", "mark_done", "mark_no_show")

NIGHTLY_AT = time(6, 0)  # ops time zone; the nightly deadline alert counts from here
NIGHTLY_SCHEDULE = f"{NIGHTLY_AT.minute} {NIGHTLY_AT.hour} * * *"
