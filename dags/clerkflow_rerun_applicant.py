"""
### clerkflow_rerun_applicant — redo one applicant by hand

Trigger with **applicant** (their id, or their email address) and tick the **steps** to run. Use it
after fixing an applicant's data, when they send a new CV, or to re-run their matching. Everything is
idempotent: without **force**, nothing already done (a parsed CV, a booking, a sent email) is redone.
**dry_run** shows the applicant's current state and the steps that would run, and changes nothing.
The summary is in the task log and the task's return value.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, task

from include.dag_defaults import DEFAULT_ARGS, OPS_TIMEZONE, RERUN_STEPS, TAGS


@dag(
    dag_id="clerkflow_rerun_applicant",
    schedule=None,
    start_date=pendulum.datetime(2026, 11, 1, tz=OPS_TIMEZONE),
    catchup=False,
    default_args={**DEFAULT_ARGS, "retries": 0},
    tags=[*TAGS, "manual"],
    doc_md=__doc__,
    params={
        "applicant": Param(
            "",
            type="string",
            minLength=1,
            maxLength=320,
            title="Applicant",
            description="Applicant id or email address",
        ),
        "steps": Param(
            list(RERUN_STEPS),
            type="array",
            items={"type": "string", "enum": list(RERUN_STEPS)},
            examples=list(RERUN_STEPS),
            uniqueItems=True,
            title="Steps",
            description="Which stages to run, in funnel order",
        ),
        "force": Param(False, type="boolean", title="Force", description="Re-parse even an unchanged CV"),
        "dry_run": Param(False, type="boolean", title="Dry run", description="Show what would run; change nothing"),
    },
)
def clerkflow_rerun_applicant() -> None:
    @task
    def rerun(params: dict | None = None) -> dict:
        import json
        import logging

        from include.rerun import rerun_applicant

        p = params or {}
        summary = rerun_applicant(p["applicant"], p["steps"], force=p["force"], dry_run=p["dry_run"])
        logging.getLogger("clerkflow.rerun").info("summary: %s", json.dumps(summary, default=str, indent=1))
        return summary

    rerun()


clerkflow_rerun_applicant()
