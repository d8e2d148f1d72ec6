"""
### clerkflow_intake — new applications, hourly

Reads every application source in the clerkflow config (the Google Form responses sheet, partner
referral sheets, or local CSV/XLSX files) in one call per worksheet, normalizes each row and merges it
into one applicant per email. Rows without a usable email or name go to **quarantine** with a reason
(see the nightly ops report). Unchanged rows are skipped, so re-running is always safe.

Emits the `clerkflow://app-db/applicants` asset, which starts `clerkflow_process`.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, dag, task

from include.dag_defaults import APPLICANTS_ASSET, DEFAULT_ARGS, GOOGLE_POOL, OPS_TIMEZONE, TAGS


@dag(
    dag_id="clerkflow_intake",
    schedule="0 * * * *",
    start_date=pendulum.datetime(2026, 11, 1, tz=OPS_TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "intake"],
    doc_md=__doc__,
)
def clerkflow_intake() -> None:
    @task(pool=GOOGLE_POOL, outlets=[Asset(APPLICANTS_ASSET)])
    def ingest_applications() -> dict:
        from include import pipeline

        return pipeline.intake()

    ingest_applications()


clerkflow_intake()
