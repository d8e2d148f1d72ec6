"""Booking stage: one intro consultation per applicant, on an advisor's calendar, never twice.

A booking row is written as ``pending`` with its deterministic id *before* the calendar call; the
calendar is then asked for an event carrying that id (``find``) before anything is inserted. So a
retry after a timeout, a crash between insert and commit, or an overlapping run all converge on one
event. A slot taken between freeBusy and insert is dropped and re-picked on the next run.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from include.backends.calendar import EventSpec, SlotTakenError
from include.runtime import Runtime
from include.scheduling.choose import choose_slot
from include.scheduling.slots import Slot, free_slots
from include.store import tables as t
from include.store.db import audit
from include.store.status import refresh_status
from include.timeutil import as_utc

log = logging.getLogger(__name__)

LIVE = ("pending", "booked")


def booking_id(applicant_id: int, attempt: int = 0) -> str:
    """Deterministic and base32hex (Calendar event ids allow a–v and 0–9): the same booking, the same id."""
    return "cf" + hashlib.sha256(f"clerkflow-consult:{applicant_id}:{attempt}".encode()).hexdigest()[:30]


def book_consults(rt: Runtime, now: datetime, applicant_ids: Sequence[int] | None = None) -> dict[str, int]:
    """Confirm pending bookings, then book every applicant who has none (or just ``applicant_ids``)."""
    counts: Counter[str] = Counter()
    cfg = rt.settings.booking
    with rt.engine.connect() as conn:
        advisors = [dict(r._mapping) for r in conn.execute(select(t.advisors).where(t.advisors.c.active))]
        pending = (
            conn.execute(select(t.consult_bookings.c.id).where(t.consult_bookings.c.status == "pending"))
            .scalars()
            .all()
        )
    for bid in pending:
        counts[_confirm(rt, bid, now)] += 1
    with rt.engine.connect() as conn:
        applicants = _unbooked(conn, applicant_ids)
        if not applicants or not advisors:
            counts["no_advisor"] += len(applicants) if not advisors else 0
            return dict(counts)
        end = now + timedelta(days=cfg.horizon_days)
        booked = _booked_by_advisor(conn, now, end)
    busy = rt.backends.calendar.busy(sorted({a["calendar_id"] for a in advisors}), now, end)
    by_id = {a["id"]: a for a in advisors}

    def slots_for(adv: Mapping[str, Any]) -> list[Slot]:
        return free_slots(
            adv,
            busy=busy.get(adv["calendar_id"], []),
            booked=booked[adv["id"]],
            start=now,
            days=cfg.horizon_days,
            now=now,
            min_notice=timedelta(hours=cfg.min_notice_hours),
        )

    free = {a["id"]: slots_for(a) for a in advisors}
    loads = {a["id"]: len(booked[a["id"]]) for a in advisors}
    for ap in applicants:
        slot = choose_slot(
            applicant_tz=ap["timezone"] or "UTC",
            applicant_specialties=ap["specialties"] or [],
            advisors=advisors,
            free=free,
            loads=loads,
            day_start_hour=cfg.applicant_day_start_hour,
            day_end_hour=cfg.applicant_day_end_hour,
        )
        if slot is None:
            counts["no_slot"] += 1
            continue
        bid = booking_id(ap["id"], ap["attempt"])
        with rt.engine.begin() as conn:
            conn.execute(delete(t.consult_bookings).where(t.consult_bookings.c.applicant_id == ap["id"]))
            conn.execute(
                insert(t.consult_bookings).values(
                    id=bid,
                    applicant_id=ap["id"],
                    advisor_id=slot.advisor_id,
                    start_at=slot.start,
                    end_at=slot.end,
                    status="pending",
                    sequence=0,
                    created_at=now,
                    updated_at=now,
                )
            )
        outcome = _confirm(rt, bid, now)
        counts[outcome] += 1
        if outcome == "booked":
            booked[slot.advisor_id].append((slot.start, slot.end))
            loads[slot.advisor_id] += 1
        else:
            busy.setdefault(by_id[slot.advisor_id]["calendar_id"], []).append((slot.start, slot.end))
        free[slot.advisor_id] = slots_for(by_id[slot.advisor_id])
    log.info("booking done %s", dict(counts))
    return dict(counts)


def _unbooked(conn: Connection, applicant_ids: Sequence[int] | None) -> list[dict[str, Any]]:
    """Applicants without a live booking, earliest application first; ``attempt`` numbers a re-booking."""
    a, b = t.applicants, t.consult_bookings
    query = (
        select(a.c.id, a.c.timezone, a.c.specialties, b.c.status, b.c.id.label("booking_id"))
        .select_from(a.outerjoin(b, b.c.applicant_id == a.c.id))
        .order_by(a.c.submitted_at, a.c.id)
    )
    if applicant_ids is not None:
        query = query.where(a.c.id.in_(list(applicant_ids)))
    out = []
    for r in conn.execute(query):
        if r.status in LIVE or r.status in {"done", "no_show"}:
            continue
        attempt = 0 if r.booking_id is None else _cancellations(conn, r.id)
        out.append({"id": r.id, "timezone": r.timezone, "specialties": r.specialties, "attempt": attempt})
    return out


def _cancellations(conn: Connection, applicant_id: int) -> int:
    """A re-booking after a cancellation gets a new id (the old event stays cancelled in the calendar)."""
    log_ = t.audit_log
    return conn.scalar(
        select(func.count()).where(
            log_.c.applicant_id == applicant_id, log_.c.stage == "book", log_.c.event == "cancelled"
        )
    )


def _booked_by_advisor(conn: Connection, start: datetime, end: datetime) -> dict[str, list[tuple[datetime, datetime]]]:
    b = t.consult_bookings
    out: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    rows = conn.execute(
        select(b.c.advisor_id, b.c.start_at, b.c.end_at).where(
            b.c.status.in_(LIVE), b.c.end_at > start, b.c.start_at < end
        )
    )
    for adv, s, e in rows:
        out[adv].append((as_utc(s), as_utc(e)))
    return out


def _confirm(rt: Runtime, bid: str, now: datetime) -> str:
    """Make sure the calendar holds exactly one event for ``bid`` and mark the booking booked."""
    with rt.engine.connect() as conn:
        spec = event_spec(conn, bid, rt.settings.mail.from_email)
    cal = rt.backends.calendar
    try:
        event = cal.find(spec.calendar_id, bid) or cal.insert(spec)
    except SlotTakenError:
        with rt.engine.begin() as conn:
            conn.execute(delete(t.consult_bookings).where(t.consult_bookings.c.id == bid))
            audit(conn, spec.applicant_id, "book", "slot_taken", now, booking_id=bid)
        return "slot_taken"
    with rt.engine.begin() as conn:
        conn.execute(
            update(t.consult_bookings)
            .where(t.consult_bookings.c.id == bid)
            .values(status="booked", event_id=event.event_id, meet_link=event.meet_link, updated_at=now)
        )
        audit(conn, spec.applicant_id, "book", "booked", now, booking_id=bid, event_id=event.event_id)
        refresh_status(conn, [spec.applicant_id])
    return "booked"


def event_spec(conn: Connection, bid: str, organizer_email: str) -> EventSpec:
    """The calendar event for booking ``bid``, with the advisor's brief as its (internal) description."""
    a, b, adv = t.applicants, t.consult_bookings, t.advisors
    row = conn.execute(
        select(b, a.c.full_name, a.c.email, adv.c.calendar_id, adv.c.timezone, adv.c.name.label("advisor_name"))
        .join(a, a.c.id == b.c.applicant_id)
        .join(adv, adv.c.id == b.c.advisor_id)
        .where(b.c.id == bid)
    ).one()
    return EventSpec(
        booking_id=bid,
        applicant_id=row.applicant_id,
        calendar_id=row.calendar_id,
        start=as_utc(row.start_at),
        end=as_utc(row.end_at),
        timezone=row.timezone,
        summary="clerkflow intro consultation (30 min)",
        description=advisor_brief(conn, row.applicant_id),
        attendee_email=row.email,
        attendee_name=row.full_name,
        organizer_email=organizer_email,
        sequence=row.sequence,
    )


def advisor_brief(conn: Connection, applicant_id: int) -> str:
    """A one-page brief for the advisor: the profile that matters for placement and the top matches."""
    a, p, r, pr = t.applicants, t.cv_profiles, t.recommendations, t.preceptors
    ap = conn.execute(select(a).where(a.c.id == applicant_id)).one()
    prof = conn.execute(select(p.c.status, p.c.profile).where(p.c.applicant_id == applicant_id)).first()
    profile = (prof.profile if prof else None) or {}
    lines = [
        f"Applicant: {ap.full_name} (clerkflow #{ap.id})",
        f"School: {ap.medical_school or '-'} ({ap.country or '-'}), graduation {ap.graduation_year or '-'}",
        f"USMLE: Step 1 {ap.usmle_step1 or '-'}, Step 2 CK {ap.usmle_step2ck or '-'}; ECFMG {ap.ecfmg_status or '-'}",
        f"Visa: {ap.visa_status or '-'}; wants {', '.join(ap.specialties or []) or '-'} "
        f"in {', '.join(ap.preferred_states or []) or 'any state'} from {ap.preferred_start or '-'}",
        f"CV: {prof.status if prof else 'not yet parsed'}; USCE months {profile.get('usce_months') or 0}",
        "Top recommendations:",
    ]
    recs = conn.execute(
        select(r.c.rank, r.c.score, pr.c.name, pr.c.specialty, pr.c.city, pr.c.state)
        .join(pr, pr.c.id == r.c.preceptor_id)
        .where(r.c.applicant_id == applicant_id)
        .order_by(r.c.rank)
    ).all()
    lines += [f"  {x.rank}. {x.name}, {x.specialty}, {x.city} {x.state} (score {x.score:.0f})" for x in recs] or [
        "  (none yet)"
    ]
    return "\n".join(lines)
