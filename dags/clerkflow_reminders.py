"""
### clerkflow_reminders — reminders and follow-ups, every 15 minutes

Queues what is due now — reminders 24 h and 1 h before each consultation, follow-ups after a call,
no-show and CV nudges — and sends the outbox. Reminder windows close well before the call, so a late
run never sends a "tomorrow" reminder minutes before it; a missed run inside the window catches up.

**advance_placements** runs first: placement holds unanswered for `placements.release_after_days` are
released (ops told, the next recommendation offered), ended rotations are completed, and the signed links the
placement emails carry are issued.

**check_nightly_deadline** mails ops once a day if the nightly report has not finished by
`alerts.nightly_deadline` (ops time).
"""

from __future__ import annotations

import pendulum
from airflow.sdk import dag, task

from include.dag_defaults import DEFAULT_ARGS, OPS_TIMEZONE, SENDGRID_POOL, TAGS


@dag(
    dag_id="clerkflow_reminders",
    schedule="*/15 * * * *",
    start_date=pendulum.datetime(2026, 11, 1, tz=OPS_TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "email"],
    doc_md=__doc__,
)
def clerkflow_reminders() -> None:
    @task(pool=SENDGRID_POOL)
    def send_due_messages() -> dict:
        from include import pipeline

        return pipeline.notify()

    @task
    def advance_placements() -> dict:
        from include import pipeline

        return pipeline.placements()

    @task(pool=SENDGRID_POOL)
    def check_nightly_deadline() -> dict:
        from include import pipeline

        return pipeline.nightly_deadline()

    advance_placements() >> send_due_messages()
    check_nightly_deadline()


clerkflow_reminders()
