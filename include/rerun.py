"""Re-running one applicant by hand: after ops fix their data, get a new CV, or want a re-booking.

``dry_run`` changes nothing: it reports the applicant's current state and which steps would run.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from include.config import Settings, load_settings
from include.dag_defaults import RERUN_STEPS
from include.runtime import Runtime, open_runtime
from include.store import tables as t


class ApplicantNotFound(LookupError):
    """No applicant matches what ops typed."""


def resolve_applicant(rt: Runtime, ref: str) -> int:
    """An applicant id from ``ref``: a number (the id) or an email address (any case, spaces trimmed)."""
    ref = (ref or "").strip()
    a = t.applicants
    query = (
        select(a.c.id).where(a.c.id == int(ref)) if ref.isdigit() else select(a.c.id).where(a.c.email == ref.lower())
    )
    with rt.engine.connect() as conn:
        found = conn.scalar(query)
    if found is None:
        raise ApplicantNotFound(
            f"no applicant with {'id ' + ref if ref.isdigit() else 'that email address'}; "
            "check the Applicants list (quarantined rows are not applicants yet)"
        )
    return found


def snapshot(rt: Runtime, applicant_id: int) -> dict[str, Any]:
    """The applicant's state in ids and statuses (safe for logs and the run note)."""
    a, p, b, o = t.applicants, t.cv_profiles, t.consult_bookings, t.outbox_messages
    with rt.engine.connect() as conn:
        status = conn.scalar(select(a.c.status).where(a.c.id == applicant_id))
        cv = conn.scalar(select(p.c.status).where(p.c.applicant_id == applicant_id))
        booking = conn.execute(select(b.c.id, b.c.status, b.c.start_at).where(b.c.applicant_id == applicant_id)).first()
        emails = dict(
            conn.execute(
                select(o.c.state, func.count()).where(o.c.applicant_id == applicant_id).group_by(o.c.state)
            ).all()
        )
    return {
        "status": status,
        "cv": cv,
        "booking": None
        if booking is None
        else {"id": booking.id, "status": booking.status, "start": str(booking.start_at)},
        "emails": emails,
    }


def rerun_applicant(
    ref: str,
    steps: Sequence[str] = RERUN_STEPS,
    *,
    force: bool = False,
    dry_run: bool = False,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Run ``steps`` (in funnel order) for one applicant and return a summary of what changed."""
    from include.cv.collect import parse_cvs
    from include.intake.ingest import ingest
    from include.matching.run import match
    from include.notify.dispatch import dispatch
    from include.notify.plan import plan_messages
    from include.scheduling.book import book_consults

    unknown = [s for s in steps if s not in RERUN_STEPS]
    if unknown:
        raise ValueError(f"unknown step(s) {unknown}; choose from {list(RERUN_STEPS)}")
    rt = open_runtime(settings or load_settings())
    now = (now or datetime.now(UTC)).astimezone(UTC)
    applicant_id = resolve_applicant(rt, ref)
    before = snapshot(rt, applicant_id)
    ordered = [s for s in RERUN_STEPS if s in steps]
    if dry_run:
        return {"applicant_id": applicant_id, "dry_run": True, "would_run": ordered, "before": before}
    results: dict[str, Any] = {}
    for step in ordered:
        if step == "intake":
            results[step] = ingest(rt, now)
        elif step == "cv":
            results[step] = parse_cvs(rt, now, [applicant_id], force=force)
        elif step == "match":
            results[step] = match(rt, now)
        elif step == "book":
            results[step] = book_consults(rt, now, [applicant_id])
        elif step == "email":
            with rt.engine.begin() as conn:
                queued = plan_messages(conn, now, [applicant_id])
            results[step] = {"queued": queued, "sent": dispatch(rt, now, applicant_ids=[applicant_id])}
    return {"applicant_id": applicant_id, "steps": results, "before": before, "after": snapshot(rt, applicant_id)}
