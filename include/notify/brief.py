"""The advisor's brief on one applicant: the facts that matter for placement, in words, and the top matches.

Shared by the ``advisor_brief`` email and the advisor's change notices (which repeat it when the brief
itself never reached the advisor). When nothing can be recommended it says why (``unmatched``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from include.labels import NOT_ON_FILE, label, labels, step1
from include.notify.unmatched import Blocker, top_blockers_many
from include.store import tables as t
from include.vocab import COUNTRY_NAMES


def advisor_brief(conn: Connection, applicant_id: int, today: date) -> dict[str, Any]:
    """``profile`` ([label, value] rows), ``discrepancies``, ``recommendations`` and ``unmatched`` reasons."""
    ap = conn.execute(select(t.applicants).where(t.applicants.c.id == applicant_id)).one()
    return advisor_briefs(conn, [ap], today)[applicant_id]


def advisor_briefs(conn: Connection, applicants: list[Any], today: date) -> dict[int, dict[str, Any]]:
    """``advisor_brief`` for a batch of ``applicants`` rows, by applicant id: a few queries for the whole batch
    (CV profiles, recommendations, and ``top_blockers_many`` for those with nothing to recommend)."""
    p, r, pr = t.cv_profiles, t.recommendations, t.preceptors
    ids = sorted({ap.id for ap in applicants})
    if not ids:
        return {}
    profs = {
        x.applicant_id: x
        for x in conn.execute(
            select(p.c.applicant_id, p.c.status, p.c.profile, p.c.discrepancies).where(p.c.applicant_id.in_(ids))
        )
    }
    recs: dict[int, list[Any]] = {}
    for x in conn.execute(
        select(r.c.applicant_id, r.c.score, pr.c.name, pr.c.specialty, pr.c.city, pr.c.state)
        .join(pr, pr.c.id == r.c.preceptor_id)
        .where(r.c.applicant_id.in_(ids))
        .order_by(r.c.applicant_id, r.c.rank)
    ):
        recs.setdefault(x.applicant_id, []).append(x)
    blockers = top_blockers_many(conn, [i for i in ids if i not in recs], today)
    return {ap.id: _brief(ap, profs.get(ap.id), recs.get(ap.id, []), blockers.get(ap.id, [])) for ap in applicants}


def _brief(ap: Any, prof: Any, recs: list[Any], blockers: list[Blocker]) -> dict[str, Any]:
    profile = (prof.profile if prof else None) or {}
    school = ap.medical_school or NOT_ON_FILE
    if ap.country:
        school += f" ({COUNTRY_NAMES.get(ap.country, ap.country)})"
    rows = [
        ["Applicant", f"{ap.full_name} (clerkflow #{ap.id})"],
        ["Medical school", school],
        ["Graduation", str(ap.graduation_year) if ap.graduation_year else NOT_ON_FILE],
        ["USMLE Step 1", step1(ap.usmle_step1)],
        ["USMLE Step 2 CK", str(ap.usmle_step2ck) if ap.usmle_step2ck else "no score on file"],
        ["ECFMG", label("ecfmg_status", ap.ecfmg_status)],
        ["Visa", label("visa_status", ap.visa_status)],
        ["Wants", ", ".join(ap.specialties or []) or NOT_ON_FILE],
        ["Where", ", ".join(ap.preferred_states or []) or "any state"],
        ["From", _month(ap.preferred_start) or NOT_ON_FILE],
        ["Rotation", labels("rotation_type", ap.rotation_types, missing="any type")],
        ["CV", label("cv_status", prof.status) if prof else "not read yet"],
        ["US clinical experience", _usce(prof.status if prof else None, profile)],
    ]
    discrepancies = ""
    if prof and prof.discrepancies:
        from include.cv.merge import describe

        discrepancies = describe(prof.discrepancies)
    recommendations = [
        f"{x.name}, {x.specialty}, {' '.join(v for v in (x.city, x.state) if v)} (fit score {x.score:.0f})"
        for x in recs
    ]
    unmatched = [] if recs else [b.staff_text for b in blockers]
    return {
        "profile": rows,
        "discrepancies": discrepancies,
        "recommendations": recommendations,
        "unmatched": unmatched,
    }


def _usce(cv_status: str | None, profile: dict[str, Any]) -> str:
    if cv_status != "parsed":
        return "not known (no CV read)"
    return f"{profile.get('usce_months') or 0} months (from the CV)"


def salutation(name: str) -> str:
    """ "Dr. Margaret Ellison, MD" -> "Dr. Ellison": how staff address a physician; else the name as given."""
    bare = name.split(",", 1)[0].split()
    if len(bare) >= 2 and bare[0].strip(".").lower() in {"dr", "doctor"}:
        return f"Dr. {bare[-1]}"
    return " ".join(bare) or name


def _month(value: str | None) -> str | None:
    from include.notify.compose import month_words

    return month_words(value)
