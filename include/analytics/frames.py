"""The app DB's funnel facts as pandas frames, read once through SQLAlchemy (ids, times and categories only).

No names, emails or CV text are read: the analytics never need them, so they cannot leak into a chart
or a CSV.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Connection, Select, func, select

from include.store import tables as t


@dataclass(frozen=True)
class Frames:
    """One frame per fact the funnel reads; times are tz-aware UTC."""

    applicants: pd.DataFrame  # id, applied_at, country, specialties (list), preferred_start, source
    cv: pd.DataFrame  # applicant_id, status, parsed_at
    matches: pd.DataFrame  # applicant_id, matched_at (first recommendation)
    bookings: pd.DataFrame  # applicant_id, advisor_id, advisor, status, created_at, start_at, end_at
    followups: pd.DataFrame  # applicant_id, sent_at (first sent follow-up)
    preceptors: pd.DataFrame  # id, specialty, monthly_capacity, available_months (list)
    allocations: pd.DataFrame  # applicant_id, preceptor_id, month
    placements: pd.DataFrame | None = None  # applicant_id, placed_at (first confirmation), completed_at


def _read(conn: Connection, query: Select, times: tuple[str, ...] = ()) -> pd.DataFrame:
    result = conn.execute(query)
    frame = pd.DataFrame(result.fetchall(), columns=list(result.keys()))
    for col in times:
        # SQLite hands back naive datetimes; every stored time is UTC
        frame[col] = pd.to_datetime(frame[col], utc=True)
    return frame


def load_frames(conn: Connection) -> Frames:
    """Read the funnel's tables: eight small queries, no per-applicant round trip."""
    a, rs, p, r = t.applicants, t.raw_submissions, t.cv_profiles, t.recommendations
    b, adv, o, pr, al = t.consult_bookings, t.advisors, t.outbox_messages, t.preceptors, t.allocations
    first_row = select(rs.c.applicant_id, func.min(rs.c.id).label("row_id")).group_by(rs.c.applicant_id).subquery()
    source = (
        select(rs.c.source)
        .join(first_row, first_row.c.row_id == rs.c.id)
        .where(first_row.c.applicant_id == a.c.id)
        .scalar_subquery()
    )
    applicants = _read(
        conn,
        select(
            a.c.id,
            func.coalesce(a.c.submitted_at, a.c.created_at).label("applied_at"),
            a.c.country,
            a.c.specialties,
            a.c.preferred_start,
            source.label("source"),
        ).order_by(a.c.id),
        ("applied_at",),
    )
    cv = _read(conn, select(p.c.applicant_id, p.c.status, p.c.parsed_at), ("parsed_at",))
    matches = _read(
        conn,
        select(r.c.applicant_id, func.min(r.c.computed_at).label("matched_at")).group_by(r.c.applicant_id),
        ("matched_at",),
    )
    bookings = _read(
        conn,
        select(
            b.c.applicant_id,
            b.c.advisor_id,
            adv.c.name.label("advisor"),
            b.c.status,
            b.c.created_at,
            b.c.start_at,
            b.c.end_at,
        ).outerjoin(adv, adv.c.id == b.c.advisor_id),
        ("created_at", "start_at", "end_at"),
    )
    followups = _read(
        conn,
        select(o.c.applicant_id, func.min(o.c.sent_at).label("sent_at"))
        .where(o.c.kind == "followup", o.c.state == "sent", o.c.applicant_id.is_not(None))
        .group_by(o.c.applicant_id),
        ("sent_at",),
    )
    preceptors = _read(
        conn, select(pr.c.id, pr.c.specialty, pr.c.monthly_capacity, pr.c.available_months).where(pr.c.active)
    )
    allocations = _read(conn, select(al.c.applicant_id, al.c.preceptor_id, al.c.month))
    pl = t.placements
    placements = _read(
        conn,
        select(
            pl.c.applicant_id,
            func.min(pl.c.decided_at).label("placed_at"),
            func.min(pl.c.completed_at).label("completed_at"),
        )
        .where(pl.c.state.in_(("confirmed", "completed")))
        .group_by(pl.c.applicant_id),
        ("placed_at", "completed_at"),
    )
    return Frames(applicants, cv, matches, bookings, followups, preceptors, allocations, placements)
