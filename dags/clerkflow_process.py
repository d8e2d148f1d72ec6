"""
### clerkflow_process — CVs, matching, consultations, emails

Runs whenever intake or the roster sync updates the app DB. Each stage handles the whole batch in one
task and only does what is due: CVs that are new or changed are parsed (in a sandboxed child process;
a backlog of more than *cv_chunk* CVs is split by applicant id into mapped tasks the workers share),
recommendations and the allocation are recomputed, every applicant without a consultation gets one on
an advisor's calendar, and due emails are queued and sent from the outbox (each exactly once).

To redo one applicant, use `clerkflow_rerun_applicant` instead of clearing tasks here.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, Param, dag, task

from include.dag_defaults import (
    APPLICANTS_ASSET,
    DEFAULT_ARGS,
    GOOGLE_POOL,
    OPS_TIMEZONE,
    ROSTER_ASSET,
    SENDGRID_POOL,
    TAGS,
)


@dag(
    dag_id="clerkflow_process",
    schedule=(Asset(APPLICANTS_ASSET) | Asset(ROSTER_ASSET)),
    start_date=pendulum.datetime(2026, 11, 1, tz=OPS_TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "pipeline"],
    doc_md=__doc__,
    params={
        "cv_chunk": Param(
            500,
            type="integer",
            minimum=1,
            title="CVs per parse task",
            description="A backlog of due CVs is split into mapped tasks of this many, shared by the workers",
        )
    },
)
def clerkflow_process() -> None:
    @task
    def plan_cv_chunks(params: dict | None = None) -> list:
        """Id ranges of at most ``cv_chunk`` due CVs: a large backlog is parsed by several workers at once."""
        from include import pipeline

        return pipeline.cv_chunks(chunk=int((params or {}).get("cv_chunk") or 0) or None)

    @task(pool=GOOGLE_POOL, execution_timeout=pendulum.duration(minutes=30))
    def parse_cvs(id_range: list) -> dict:
        from include import pipeline

        return pipeline.parse_cvs(id_range=id_range)

    @task
    def match_preceptors() -> dict:
        from include import pipeline

        return pipeline.match()

    @task(pool=GOOGLE_POOL)
    def book_consultations() -> dict:
        from include import pipeline

        return pipeline.book()

    @task(pool=SENDGRID_POOL)
    def send_emails() -> dict:
        from include import pipeline

        return pipeline.notify()

    parse_cvs.expand(id_range=plan_cv_chunks()) >> match_preceptors() >> book_consultations() >> send_emails()


clerkflow_process()
