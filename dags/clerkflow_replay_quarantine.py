"""
### clerkflow_replay_quarantine — re-read quarantined application rows

Rows that intake rejected (no usable email or name, an address mail cannot reach, a column the mapping
did not find) wait in **quarantine** with their reason (nightly ops report, *Applicants → Rejected*).
After fixing the config (a header alias, `required:`) or the normalizer, trigger this DAG: each row is
read again from its stored copy with the current settings. A row that now passes becomes (or updates) its
applicant and leaves quarantine; one that still fails stays with its newest reason.

**ids**: quarantine ids to replay (see `python -m include.cli quarantine list`); leave empty for all.
A changed mapping is also picked up by the hourly intake on its own: rows read with another mapping are
read again. Safe to re-run: a replayed row merges like any submission, never a second applicant.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, Param, dag, get_current_context, task

from include.dag_defaults import APPLICANTS_ASSET, DEFAULT_ARGS, OPS_TIMEZONE, TAGS


@dag(
    dag_id="clerkflow_replay_quarantine",
    schedule=None,
    start_date=pendulum.datetime(2026, 11, 1, tz=OPS_TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "manual", "intake"],
    doc_md=__doc__,
    params={
        "ids": Param(
            [],
            type="array",
            items={"type": "integer", "minimum": 1},
            title="Quarantine ids",
            description="Leave empty to replay every quarantined application row",
            uniqueItems=True,
        ),
    },
)
def clerkflow_replay_quarantine() -> None:
    @task(outlets=[Asset(APPLICANTS_ASSET)])
    def replay() -> dict:
        from include import pipeline

        ids = [int(i) for i in get_current_context()["params"]["ids"]]
        return pipeline.replay_quarantine(ids=ids or None)

    replay()


clerkflow_replay_quarantine()
