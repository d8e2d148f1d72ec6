"""The rerun DAG through dag.test(): found by id (never an email), a clear failure for an unknown applicant."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from include.store import tables as t
from tests.rerun.conftest import outbox_files, world

pytestmark = pytest.mark.e2e


def _run(conf: dict[str, Any]):
    from dags.clerkflow_rerun_applicant import clerkflow_rerun_applicant

    full = {"steps": ["cv", "match", "book", "email"], "action": "none", "force": False, "dry_run": False, **conf}
    return clerkflow_rerun_applicant().test(run_conf=full)  # a fresh DAG: dag.test keeps params between runs


def _states(run) -> dict[str, str]:
    return {ti.task_id: ti.state for ti in run.get_task_instances()}


def _summary(run) -> dict[str, Any]:
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        value = session.scalar(
            select(XComModel.value).where(
                XComModel.dag_id == run.dag_id,
                XComModel.run_id == run.run_id,
                XComModel.task_id == "rerun",
                XComModel.key == "return_value",
            )
        )
    return XComModel.deserialize_value(type("X", (), {"value": value})())


def test_rerun_by_id_runs_the_steps_and_returns_a_summary(airflow_db, funnel) -> None:
    from airflow.sdk import DagRunState

    run = _run({"applicant": "3", "steps": ["cv"], "force": True})
    assert run.state == DagRunState.SUCCESS
    summary = _summary(run)
    assert summary["applicant_id"] == 3
    assert summary["steps"] == ["cv"]
    assert summary["results"]["cv"]["due"] == 1
    assert summary["note_set"] is False  # no clerkflow_airflow_api connection under dag.test


def test_an_email_is_refused_and_never_stored_in_the_run(airflow_db, funnel) -> None:
    """The DAG takes an id: Airflow keeps a run's conf, and an erased person must leave no address there."""
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session

    with funnel.engine.connect() as conn:
        email = conn.scalar(select(t.applicants.c.email).where(t.applicants.c.id == 11))
    before = world(funnel)
    from airflow.sdk.exceptions import ParamValidationError

    with pytest.raises(ParamValidationError, match="param applicant"):  # refused before a run exists
        _run({"applicant": email.upper(), "steps": ["email"], "force": True})
    assert world(funnel) == before
    with create_session() as session:
        confs = [r.conf for r in session.scalars(select(DagRun).where(DagRun.dag_id == "clerkflow_rerun_applicant"))]
    assert not any(email.lower() in str(c).lower() for c in confs)


def test_unknown_applicant_fails_the_first_task_and_changes_nothing(airflow_db, funnel) -> None:
    from airflow.sdk import DagRunState

    before, files = world(funnel), outbox_files(funnel)
    run = _run({"applicant": "999999"})
    assert run.state == DagRunState.FAILED
    assert _states(run) == {"check_applicant": "failed", "rerun": "upstream_failed"}
    assert world(funnel) == before
    assert outbox_files(funnel) == files  # a typo in the form is not an ops alert


def test_dry_run_through_the_dag_changes_nothing(airflow_db, funnel) -> None:
    from airflow.sdk import DagRunState

    before = world(funnel)
    run = _run({"applicant": "12", "force": True, "dry_run": True, "action": "reschedule"})
    assert run.state == DagRunState.SUCCESS
    assert world(funnel) == before
    assert _summary(run)["would_call"]
