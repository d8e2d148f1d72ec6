"""Airflow's own authentication and authorization for every page (plugin apps get none by default).

The caller is the Airflow user behind the request's JWT (the UI's ``_token`` cookie or a bearer token);
reading applicants needs read access to the pipeline's DAG runs, where their data flows.
"""

from __future__ import annotations

from typing import Annotated

from airflow.api_fastapi.app import get_auth_manager
from airflow.api_fastapi.auth.managers.models.base_user import BaseUser
from airflow.api_fastapi.auth.managers.models.resource_details import DagAccessEntity, DagDetails
from airflow.api_fastapi.core_api.security import GetUserDep
from fastapi import Depends, HTTPException, status

PIPELINE_DAG = "clerkflow_process"
RERUN_DAG = "clerkflow_rerun_applicant"


def require_reader(user: GetUserDep) -> BaseUser:
    """The signed-in user, if they may read the pipeline's runs; 401 without a valid token, else 403."""
    allowed = get_auth_manager().is_authorized_dag(
        method="GET", access_entity=DagAccessEntity.RUN, details=DagDetails(id=PIPELINE_DAG), user=user
    )
    if not allowed:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Reading applicants needs read access to the clerkflow DAG runs")
    return user


Reader = Annotated[BaseUser, Depends(require_reader)]


def can_rerun(user: BaseUser) -> bool:
    """Whether the user may trigger the rerun DAG (the REST API checks again when they do)."""
    return get_auth_manager().is_authorized_dag(
        method="POST", access_entity=DagAccessEntity.RUN, details=DagDetails(id=RERUN_DAG), user=user
    )


def can_edit(user: BaseUser) -> bool:
    """Whether the user may change applicants from these pages: edit rights on the rerun DAG."""
    return get_auth_manager().is_authorized_dag(method="PUT", details=DagDetails(id=RERUN_DAG), user=user)


def require_editor(user: Reader) -> BaseUser:
    """The signed-in user, if they may change applicants; else 403."""
    if not can_edit(user):
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"Changing consultations needs edit rights on {RERUN_DAG}")
    return user


Editor = Annotated[BaseUser, Depends(require_editor)]
