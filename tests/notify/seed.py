"""App-DB rows for notification tests: an applicant, an advisor, a booking, a CV profile, recommendations."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from include.backends.mail import Mailer
from include.runtime import Runtime
from include.store import tables as t

CREATED = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)


def add_applicant(rt: Runtime, aid: int = 1, tz: str | None = "Asia/Kolkata", **kw: Any) -> int:
    row = {
        "id": aid,
        "email": f"applicant{aid}@example.org",
        "full_name": f"Priya Sharma {aid}",
        "timezone": tz,
        "specialties": ["Internal Medicine"],
        "preferred_states": ["NY"],
        "preferred_start": "2027-03",
        "rotation_types": [],
        "warnings": [],
        "status": "new",
        "submitted_at": CREATED,
        "created_at": CREATED,
        "updated_at": CREATED,
    } | kw
    with rt.engine.begin() as conn:
        conn.execute(insert(t.applicants).values(**row))
    return aid


def add_advisor(rt: Runtime, tz: str = "America/New_York") -> str:
    with rt.engine.begin() as conn:
        conn.execute(insert(t.advisors).values(**_advisor_row(), timezone=tz))
    return "adv-1"


def add_booking(rt: Runtime, aid: int, start: datetime, status: str = "booked", **kw: Any) -> str:
    bid = f"cfbooking{aid}"
    with rt.engine.begin() as conn:
        if conn.scalar(select(t.advisors.c.id)) is None:
            conn.execute(insert(t.advisors).values(**_advisor_row(), timezone="America/New_York"))
        conn.execute(
            insert(t.consult_bookings).values(
                id=bid,
                applicant_id=aid,
                advisor_id="adv-1",
                start_at=start,
                end_at=start + timedelta(minutes=30),
                status=status,
                event_id=bid,
                meet_link="https://meet.example.com/abc-defg-hij",
                sequence=kw.pop("sequence", 0),
                created_at=kw.pop("created_at", CREATED),
                updated_at=CREATED,
                **kw,
            )
        )
    return bid


def set_booking(rt: Runtime, bid: str, **values: Any) -> None:
    with rt.engine.begin() as conn:
        conn.execute(update(t.consult_bookings).where(t.consult_bookings.c.id == bid).values(**values))


def add_cv(rt: Runtime, aid: int, status: str, reason: str | None = None, document: bool = False) -> None:
    with rt.engine.begin() as conn:
        doc_id = None
        if document:
            doc_id = conn.execute(
                insert(t.cv_documents)
                .values(applicant_id=aid, sha256="ab" * 32, filename="cv.pdf", size_bytes=10, fetched_at=CREATED)
                .returning(t.cv_documents.c.id)
            ).scalar_one()
        conn.execute(
            insert(t.cv_profiles).values(
                applicant_id=aid,
                document_id=doc_id,
                parser_version="test",
                status=status,
                error_reason=reason,
                profile={},
                discrepancies=[],
                parsed_at=CREATED,
            )
        )


def add_recommendation(rt: Runtime, aid: int, rank: int, state: str = "NY") -> None:
    pid = f"p{rank}"
    with rt.engine.begin() as conn:
        conn.execute(
            insert(t.preceptors).values(
                id=pid,
                name=f"Dr. Preceptor {rank}",
                specialty="Internal Medicine",
                city="Albany",
                state=state,
                timezone="America/New_York",
                rotation_types=["clerkship"],
                monthly_capacity=2,
                available_months=["2027-03"],
                img_friendly=True,
                accepts_visas=["J-1"],
                requires_ecfmg=False,
                provides_lor=True,
                languages=["English"],
                active=True,
                content_hash="x",
                updated_at=CREATED,
            )
        )
        conn.execute(
            insert(t.recommendations).values(
                applicant_id=aid,
                rank=rank,
                preceptor_id=pid,
                score=90.0 - rank,
                components={"specialty": 30.0, "location": 15.0, "lor": 10.0},
                computed_at=CREATED,
            )
        )


def outbox(rt: Runtime, **where: Any) -> list[Any]:
    o = t.outbox_messages
    query = select(o).order_by(o.c.id)
    for name, value in where.items():
        query = query.where(o.c[name] == value)
    with rt.engine.connect() as conn:
        return conn.execute(query).all()


def with_mailer(rt: Runtime, mailer: Mailer) -> Runtime:
    return replace(rt, backends=replace(rt.backends, mailer=mailer))


def _advisor_row() -> dict[str, Any]:
    return {
        "id": "adv-1",
        "name": "Dr. Michael Okafor",
        "email": "advisor@example.com",
        "calendar_id": "advisor@example.com",
        "specialties": ["Internal Medicine"],
        "working_hours": {},
        "days_off": [],
        "slot_minutes": 30,
        "buffer_minutes": 0,
        "daily_max": 8,
        "active": True,
    }
