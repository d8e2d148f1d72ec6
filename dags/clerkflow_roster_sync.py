"""
### clerkflow_roster_sync — preceptors and advisors, nightly

Syncs the preceptor roster sheet into the app DB (changes kept in the audit log; bad rows quarantined
with a reason; preceptors who left the sheet deactivated) and the advisors' configuration. Emits the
`clerkflow://app-db/preceptors` asset so matching is recomputed against the new roster.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, dag, task

from include.dag_defaults import DEFAULT_ARGS, GOOGLE_POOL, OPS_TIMEZONE, ROSTER_ASSET, TAGS


@dag(
    dag_id="clerkflow_roster_sync",
    schedule="30 1 * * *",
    start_date=pendulum.datetime(2026, 11, 1, tz=OPS_TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "roster"],
    doc_md=__doc__,
)
def clerkflow_roster_sync() -> None:
    @task(pool=GOOGLE_POOL, outlets=[Asset(ROSTER_ASSET)])
    def sync_roster() -> dict:
        from include import pipeline

        return pipeline.roster_sync()

    sync_roster()


clerkflow_roster_sync()
