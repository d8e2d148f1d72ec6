"""Rows for booking-stage tests: advisors, applicants and other people's calendar events in a runtime's DB."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from include.runtime import Runtime
from include.scheduling.advisors import sync_advisors
from include.store import tables as t
from tests.scheduling.rows import utc

SUBMITTED = utc(2026, 1, 1)


def add_advisors(rt: Runtime, rows: Sequence[dict[str, Any]]) -> None:
    with rt.engine.begin() as conn:
        sync_advisors(conn, [dict(r) for r in rows])


def add_applicant(rt: Runtime, applicant_id: int, tz: str | None, specialties: Sequence[str] = ()) -> int:
    with rt.engine.begin() as conn:
        conn.execute(
            insert(t.applicants).values(
                id=applicant_id,
                email=f"applicant{applicant_id}@example.org",
                full_name=f"Applicant {applicant_id}",
                timezone=tz,
                specialties=list(specialties),
                preferred_states=[],
                rotation_types=[],
                warnings=[],
                status="new",
                submitted_at=SUBMITTED + timedelta(minutes=applicant_id),
                created_at=SUBMITTED,
                updated_at=SUBMITTED,
            )
        )
    return applicant_id


def add_foreign_event(rt: Runtime, calendar_id: str, start: datetime, end: datetime, n: int = 0) -> None:
    """An event someone else put on the advisor's (local) calendar."""
    with rt.engine.begin() as conn:
        conn.execute(
            insert(t.calendar_events).values(
                id=f"foreign{calendar_id}{n}{start.timestamp():.0f}",
                calendar_id=calendar_id,
                booking_id=f"foreign-{n}-{start.timestamp():.0f}",
                start_at=start,
                end_at=end,
                summary="busy",
                description="",
                attendees=[],
                status="confirmed",
            )
        )


def bookings(rt: Runtime) -> list[Any]:
    b = t.consult_bookings
    with rt.engine.connect() as conn:
        return conn.execute(select(b).order_by(b.c.applicant_id)).all()


def audit_events(rt: Runtime, event: str) -> list[Any]:
    log_ = t.audit_log
    with rt.engine.connect() as conn:
        return conn.execute(select(log_).where(log_.c.event == event)).all()


def outbox_keys(rt: Runtime) -> set[str]:
    with rt.engine.connect() as conn:
        return set(conn.scalars(select(t.outbox_messages.c.message_key)))


def with_booking(rt: Runtime, **booking: Any) -> Runtime:
    """The runtime with other booking settings (min notice, horizon, applicant day)."""
    settings = replace(rt.settings, booking=replace(rt.settings.booking, **booking))
    return replace(rt, settings=settings)
