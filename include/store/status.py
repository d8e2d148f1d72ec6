"""An applicant's funnel status, derived from the stage tables in one place.

Stages call ``refresh_status`` after they write, so the stored column (what ops filter on) never
disagrees with the facts: a consult outcome beats a booking, a booking beats a match, and so on.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Connection, case, exists, select, update

from include.store import tables as t

STATUSES = (
    "new",
    "needs_cv",
    "parsed",
    "matched",
    "booked",
    "consulted",
    "no_show",
    "placement_requested",
    "placed",
    "completed",
)


def status_expression() -> ColumnElement[str]:
    """The status of ``applicants`` rows as a SQL expression (usable in a WHERE or an UPDATE)."""
    a, b, p = t.applicants, t.consult_bookings, t.cv_profiles
    booking = select(b.c.status).where(b.c.applicant_id == a.c.id).scalar_subquery()
    has_rec = exists().where(t.recommendations.c.applicant_id == a.c.id)
    cv_status = select(p.c.status).where(p.c.applicant_id == a.c.id).scalar_subquery()
    pl = t.placements
    placement = (
        select(pl.c.state).where(pl.c.applicant_id == a.c.id).order_by(pl.c.id.desc()).limit(1).scalar_subquery()
    )
    return case(
        (placement == "completed", "completed"),
        (placement == "confirmed", "placed"),
        (placement == "requested", "placement_requested"),
        (booking == "done", "consulted"),
        (booking == "no_show", "no_show"),
        (booking == "booked", "booked"),
        (has_rec, "matched"),
        (cv_status == "parsed", "parsed"),
        (cv_status.in_(["missing", "error", "needs_ocr"]), "needs_cv"),
        else_="new",
    )


def refresh_status(conn: Connection, applicant_ids: Iterable[int] | None = None) -> None:
    """Recompute the stored status for the given applicants (all when None)."""
    stmt = update(t.applicants).values(status=status_expression())
    if applicant_ids is not None:
        ids = list(applicant_ids)
        if not ids:
            return
        stmt = stmt.where(t.applicants.c.id.in_(ids))
    conn.execute(stmt)
