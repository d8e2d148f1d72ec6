"""
### clerkflow_nightly — the ops report

Writes the nightly ops report (counts per stage and a needs-attention list: quarantined rows, CV
problems, unbooked applicants, failed emails, stuck bookings) to `var/reports/` and mails it to the ops
address once per day, however often the DAG is re-run.

If no nightly report has finished by `alerts.nightly_deadline` (ops time, default 07:00), ops get one
alert email that day (checked every 15 minutes by `clerkflow_reminders`, from the app DB's stage runs,
so it also fires when this DAG never started).

Alongside, **cv_retention** forgets the CV data of applicants inactive for `privacy.cv_retention_days`
(their status stays); a re-run finds nothing more to forget.

**sync_suppressions** copies SendGrid's bounce, spam-report and unsubscribe lists (and the ASM group's)
into the local suppression list, so those addresses are never mailed; safe to re-run. With the local
mail backend it finds nothing. An event-webhook export can be added by hand:
`python -m include.cli suppressions import FILE`.

Last, **status_writeback** writes one row per applicant (id, name, email, status, consult time in ops
time) to the `writeback:` sheet or file when the config has one, and does nothing otherwise. The target
is rewritten whole each run, so give it its own worksheet; nothing is written as a formula.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import dag, task

from include.dag_defaults import (
    DEFAULT_ARGS,
    GOOGLE_POOL,
    NIGHTLY_SCHEDULE,
    OPS_TIMEZONE,
    SENDGRID_POOL,
    TAGS,
)


@dag(
    dag_id="clerkflow_nightly",
    schedule=NIGHTLY_SCHEDULE,
    start_date=pendulum.datetime(2026, 11, 1, tz=OPS_TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "report"],
    doc_md=__doc__,
)
def clerkflow_nightly() -> None:
    @task(pool=SENDGRID_POOL)
    def ops_report() -> dict:
        from include import pipeline

        return pipeline.nightly()

    @task
    def cv_retention() -> dict:
        from include import pipeline

        return pipeline.retention()

    @task(pool=SENDGRID_POOL)
    def sync_suppressions() -> dict:
        from include import pipeline

        return pipeline.sync_suppressions()

    @task(pool=GOOGLE_POOL, trigger_rule="all_done")
    def status_writeback() -> dict:
        from include import pipeline

        return pipeline.writeback()

    [ops_report(), cv_retention(), sync_suppressions()] >> status_writeback()


clerkflow_nightly()
