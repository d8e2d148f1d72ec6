"""
### clerkflow_nightly — the ops report

Writes the nightly ops report (counts per stage and a needs-attention list: quarantined rows, CV
problems, unbooked applicants, failed emails, stuck bookings) to `var/reports/` and mails it to the ops
address once per day, however often the DAG is re-run.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import dag, task

from include.dag_defaults import DEFAULT_ARGS, OPS_TIMEZONE, SENDGRID_POOL, TAGS


@dag(
    dag_id="clerkflow_nightly",
    schedule="0 6 * * *",
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

    ops_report()


clerkflow_nightly()
