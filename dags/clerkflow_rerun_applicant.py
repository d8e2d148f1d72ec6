"""
### clerkflow_rerun_applicant — redo one applicant by hand

Trigger with **applicant** (their id: the number on the Applicants page, where ops search by name or
email; the page's *Rerun* button fills it in) and pick the **steps** to run. The id, never an address,
is what Airflow stores in the run's conf, so erasing a person leaves nothing of them here. Use it
after fixing an applicant's data, when they send a new CV, or to re-run their matching. Everything is
idempotent: without **force**, nothing already done (a parsed CV, a booking, a sent email) is redone.
With **force**, the CV is re-parsed, a live consultation moves to a new slot, and the applicant's latest
email is sent again (as a new message, once per run).

**Consultation action** reschedules or cancels the consultation, or records its outcome (done / no-show);
it runs before booking, and the email step then sends the matching notice. Cancelling never books anew.

**Dry run** runs the same code inside a database transaction that is rolled back, with the calendar and
mail replaced by recorders: the summary shows what would change and which calls would be made, and
nothing changes. Matching (and intake, if chosen) always recompute for everyone: they are batch stages.

The first task checks the applicant exists (a clear failure if not). The summary is in the `rerun` task
log, its return value, and the run's note (when the `clerkflow_airflow_api` connection is set).
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, get_current_context, task

from include.dag_defaults import DEFAULT_ARGS, OPS_TIMEZONE, RERUN_ACTIONS, RERUN_STEPS, TAGS


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
            pattern=r"^[0-9]{1,12}$",
            title="Applicant id",
            description="The applicant's id (a number); find it by name or email on the Applicants page",
        ),
        # The 3.3 trigger form shows an array with `examples` as a multi-select; `items.enum` validates.
        "steps": Param(
            list(RERUN_STEPS),
            type="array",
            items={"type": "string", "enum": list(RERUN_STEPS)},
            examples=list(RERUN_STEPS),
            values_display={
                "intake": "Intake (re-read the application sheets)",
                "cv": "CV (fetch and parse)",
                "match": "Match (recompute recommendations)",
                "book": "Book a consultation",
                "email": "Email (send what is due)",
            },
            minItems=1,
            uniqueItems=True,
            title="Steps",
            description="Which stages to run; they always run in funnel order",
        ),
        "action": Param(
            "none",
            type="string",
            enum=list(RERUN_ACTIONS),
            values_display={
                "none": "No change to the consultation",
                "reschedule": "Reschedule (next free slot)",
                "cancel": "Cancel",
                "mark_done": "Mark as done",
                "mark_no_show": "Mark as no-show",
            },
            title="Consultation action",
        ),
        "force": Param(
            False,
            type="boolean",
            title="Force",
            description="Redo what is done: re-parse the CV, move the consultation, re-send the latest email",
        ),
        "dry_run": Param(False, type="boolean", title="Dry run", description="Show what would change; change nothing"),
    },
)
def clerkflow_rerun_applicant() -> None:
    # A typo in the form is not an incident: no ops alert for this one.
    @task(on_failure_callback=[])
    def check_applicant(params: dict | None = None) -> int:
        from include.config import load_settings
        from include.rerun import resolve_applicant
        from include.runtime import open_runtime

        ref = str((params or {})["applicant"]).strip()
        if not ref.isdigit():  # the form's pattern refuses it already; an API caller gets the same answer
            raise ValueError("give the applicant's id (a number); search by email on the Applicants page")
        rt = open_runtime(load_settings())
        try:
            return resolve_applicant(rt, ref)
        finally:
            rt.engine.dispose()

    @task
    def rerun(applicant_id: int, params: dict | None = None) -> dict:
        import logging

        from include.rerun import describe, rerun_applicant, set_run_note

        p = params or {}
        ctx = get_current_context()
        summary = rerun_applicant(
            str(applicant_id),
            p["steps"],
            force=p["force"],
            dry_run=p["dry_run"],
            action=p["action"],
            tag=ctx["run_id"],
        )
        note = describe(summary)
        log = logging.getLogger("clerkflow.rerun")
        log.info("rerun summary\n%s", note)
        summary["note_set"] = set_run_note(ctx["dag"].dag_id, ctx["run_id"], note)
        return summary

    rerun(check_applicant())


clerkflow_rerun_applicant()
