"""CV retention: inactive applicants' CV data is forgotten, their funnel status and email history stay."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from include.notify.plan import plan_messages
from include.privacy import RETAINED_SHA, purge_old_cvs
from include.store import tables as t
from tests.privacy.conftest import NOW


def _state(rt) -> dict:
    with rt.engine.connect() as conn:
        return {
            "status": dict(conn.execute(select(t.applicants.c.id, t.applicants.c.status)).all()),
            "cv_status": dict(conn.execute(select(t.cv_profiles.c.applicant_id, t.cv_profiles.c.status)).all()),
            "profiles": [p for p in conn.scalars(select(t.cv_profiles.c.profile)) if p],
            "documents": conn.execute(select(t.cv_documents.c.sha256, t.cv_documents.c.filename)).all(),
        }


def test_recent_applicants_keep_their_cv_data(funnel) -> None:
    before = _state(funnel)

    counts = purge_old_cvs(funnel, NOW + timedelta(days=30), days=365)

    assert counts["applicants"] == 0
    assert _state(funnel) == before


def test_cv_data_of_inactive_applicants_is_forgotten_and_status_kept(funnel) -> None:
    before = _state(funnel)
    assert before["profiles"]
    later = NOW + timedelta(days=400)

    counts = purge_old_cvs(funnel, later, days=365)

    after = _state(funnel)
    assert counts["profiles"] == len(before["profiles"])
    assert counts["documents"] == len(before["documents"])
    assert after["profiles"] == []
    assert after["status"] == before["status"]
    assert after["cv_status"] == before["cv_status"]
    assert after["documents"]
    assert all(d == (RETAINED_SHA, None) for d in after["documents"])
    assert purge_old_cvs(funnel, later, days=365)["applicants"] == 0
    with funnel.engine.begin() as conn:  # a receipt document stays, so no second "CV needed" email
        assert plan_messages(conn, later).get("cv_needed", 0) == 0
