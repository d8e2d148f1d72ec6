"""Placement actions (request, accept, decline, cancel, tick a checklist item) and the timed steps.

A request is written under the ``stage:seats`` lock after re-counting the preceptor's commitments, the
same lock the nightly matching holds while it reads free seats and writes the allocation: a seat is never
promised twice, and the allocation never counts a seat a request has just taken. Every other step is a
single conditional transition (``model.transition``), safe to repeat and to race.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from include.config import PlacementsConfig
from include.labels import LABELS
from include.placements.model import (
    LIVE,
    PlacementError,
    commitments,
    ends_at,
    load,
    rotation_dates,
    seats_taken,
    starts_at,
    transition,
)
from include.store import tables as t
from include.store.db import audit
from include.store.locks import named_lock
from include.store.status import refresh_status
from include.timeutil import as_utc

log = logging.getLogger(__name__)
SEATS_LOCK = ("stage", "seats")
NO_VISA_NEEDED = frozenset({"citizen", "green_card"})
REQUESTERS = ("applicant", "ops")


@dataclass(frozen=True)
class Option:
    """A recommended preceptor the applicant may ask for, and the start months with a seat free."""

    rank: int
    preceptor_id: str
    preceptor: str
    specialty: str
    city: str
    state: str
    rotation_type: str | None
    suggested: str | None  # the recommendation's start month, when it still has a seat
    months: list[str] = field(default_factory=list)


def live_placement(conn: Connection, applicant_id: int) -> Any:
    p = t.placements
    return conn.execute(
        select(p).where(p.c.applicant_id == applicant_id, p.c.state.in_(LIVE)).order_by(p.c.id.desc())
    ).first()


def options(conn: Connection, applicant_id: int, now: datetime) -> list[Option]:
    """The applicant's recommendations, best first, minus preceptors who declined or let a request lapse.

    Months: the preceptor's available months starting after today with a seat left counting commitments.
    """
    r, pr, p = t.recommendations, t.preceptors, t.placements
    tried = set(
        conn.scalars(
            select(p.c.preceptor_id).where(
                p.c.applicant_id == applicant_id, p.c.state.in_(("declined", "expired", "cancelled"))
            )
        )
    )
    rows = conn.execute(
        select(r.c.rank, r.c.rotation_type, r.c.start_month, pr)
        .join(pr, pr.c.id == r.c.preceptor_id)
        .where(r.c.applicant_id == applicant_id, pr.c.active)
        .order_by(r.c.rank)
    ).all()
    taken = seats_taken(commitments(conn))
    this_month = as_utc(now).strftime("%Y-%m")
    out = []
    for x in rows:
        if x.id in tried:
            continue
        free = [
            m for m in sorted(x.available_months or []) if m > this_month and taken[(x.id, m)] < int(x.monthly_capacity)
        ]
        out.append(
            Option(
                rank=x.rank,
                preceptor_id=x.id,
                preceptor=x.name,
                specialty=x.specialty,
                city=x.city or "",
                state=x.state or "",
                rotation_type=x.rotation_type,
                suggested=x.start_month if x.start_month in free else (free[0] if free else None),
                months=free,
            )
        )
    return [o for o in out if o.months]


def request_placement(
    engine: Engine, applicant_id: int, preceptor_id: str, month: str | None, now: datetime, by: str
) -> dict[str, Any]:
    """Ask ``preceptor_id`` to take the applicant from ``month`` (default: the suggested month); holds the seat."""
    if by not in REQUESTERS:
        raise ValueError(f"requested_by must be one of {REQUESTERS}")
    with named_lock(engine, *SEATS_LOCK), engine.begin() as conn:
        current = live_placement(conn, applicant_id)
        if current is not None:
            raise PlacementError(f"applicant {applicant_id} already has placement {current.id} ({current.state})")
        option = next((o for o in options(conn, applicant_id, now) if o.preceptor_id == preceptor_id), None)
        if option is None:
            raise PlacementError(f"preceptor {preceptor_id} is not open to applicant {applicant_id} now")
        month = month or option.suggested
        if month not in option.months:
            raise PlacementError(f"preceptor {preceptor_id} has no free seat in {month}")
        blocks = conn.scalar(select(t.applicants.c.rotation_blocks).where(t.applicants.c.id == applicant_id)) or 1
        months = [month]
        free = set(option.months)
        while len(months) < blocks and _next_month(months[-1]) in free:
            months.append(_next_month(months[-1]))
        pid = conn.execute(
            insert(t.placements).values(
                applicant_id=applicant_id,
                preceptor_id=preceptor_id,
                rotation_type=option.rotation_type,
                months=months,
                state="requested",
                requested_by=by,
                created_at=now,
                updated_at=now,
            )
        ).inserted_primary_key[0]
        audit(
            conn,
            applicant_id,
            "placement",
            "placement_requested",
            now,
            placement_id=pid,
            preceptor_id=preceptor_id,
            months=months,
            rank=option.rank,
            by=by,
        )
        refresh_status(conn, [applicant_id])
    log.info("placement requested placement=%s applicant=%s preceptor=%s", pid, applicant_id, preceptor_id)
    return {"placement_id": pid, "state": "requested", "months": months, "preceptor_id": preceptor_id}


def accept(engine: Engine, placement_id: int, now: datetime, cfg: PlacementsConfig, by: str = "preceptor") -> Any:
    """The preceptor said yes: the seat is confirmed and the checklist of what to bring is created."""
    with engine.begin() as conn:
        return accept_in(conn, placement_id, now, cfg, by)


def accept_in(conn: Connection, placement_id: int, now: datetime, cfg: PlacementsConfig, by: str) -> Any:
    """``accept`` inside the caller's transaction (the answer page spends the link in the same one)."""
    row = transition(conn, placement_id, "confirmed", now, by, decided_at=now)
    items = checklist_items(conn, row, cfg)
    conn.execute(
        insert(t.placement_checklist),
        [{"placement_id": placement_id, "item": item, "position": i} for i, item in enumerate(items)],
    )
    refresh_status(conn, [row.applicant_id])
    return row


def decline(engine: Engine, placement_id: int, now: datetime, reason: str, by: str = "preceptor") -> Any:
    """The preceptor said no (a reason is required): the seat is free, the next recommendation is offered."""
    with engine.begin() as conn:
        return decline_in(conn, placement_id, now, reason, by)


def decline_in(conn: Connection, placement_id: int, now: datetime, reason: str, by: str) -> Any:
    reason = " ".join(reason.split())[:1000]
    if not reason:
        raise PlacementError("a reason is needed to decline")
    row = transition(conn, placement_id, "declined", now, by, decided_at=now, decline_reason=reason)
    refresh_status(conn, [row.applicant_id])
    return row


def cancel(engine: Engine, placement_id: int, now: datetime, reason: str, by: str = "ops") -> Any:
    reason = " ".join(reason.split())[:1000]
    with engine.begin() as conn:
        row = transition(conn, placement_id, "cancelled", now, by, decline_reason=reason or None)
        refresh_status(conn, [row.applicant_id])
    return row


def tick(engine: Engine, placement_id: int, item: str, done: bool, now: datetime, by: str) -> None:
    """Mark one checklist item done (or open again); audited with the ops user's name."""
    c = t.placement_checklist
    with engine.begin() as conn:
        row = load(conn, placement_id)
        changed = conn.execute(
            update(c)
            .where(c.c.placement_id == placement_id, c.c.item == item)
            .values(done_at=now if done else None, done_by=by[:200] if done else None)
        ).rowcount
        if not changed:
            raise PlacementError(f"placement {placement_id} has no checklist item {item!r}")
        audit(
            conn,
            row.applicant_id,
            "placement",
            "checklist_done" if done else "checklist_reopened",
            now,
            placement_id=placement_id,
            item=item,
            by=by,
        )


def checklist_items(conn: Connection, row: Any, cfg: PlacementsConfig) -> list[str]:
    """The preceptor's required documents (else the configured ones), plus a visa letter when one is needed.

    A visa letter is needed for an in-person rotation unless the applicant is a citizen or green-card holder
    (a blank visa is judged as a visitor visa, as matching does).
    """
    pr, a = t.preceptors, t.applicants
    documents = conn.scalar(select(pr.c.required_documents).where(pr.c.id == row.preceptor_id))
    known = LABELS["checklist_item"]
    items = [_item_code(str(d), known)[:80] for d in (documents or cfg.documents)]
    visa = conn.scalar(select(a.c.visa_status).where(a.c.id == row.applicant_id))
    if row.rotation_type != "telehealth" and visa not in NO_VISA_NEEDED and "visa_letter" not in items:
        items.append("visa_letter")
    return list(dict.fromkeys(items))


def advance(engine: Engine, now: datetime, cfg: PlacementsConfig) -> dict[str, int]:
    """The timed steps, due now: release holds unanswered for ``release_after_days``; complete ended rotations.

    Reminders, alerts and emails are not sent here: they are due from these facts (``messages``).
    """
    p = t.placements
    out = {"expired": 0, "completed": 0}
    with engine.connect() as conn:
        waiting = conn.execute(select(p.c.id, p.c.created_at).where(p.c.state == "requested")).all()
        running = conn.execute(select(p.c.id, p.c.months).where(p.c.state == "confirmed")).all()
    for pid, created in waiting:
        if now - as_utc(created) >= timedelta(days=cfg.release_after_days):
            try:
                with engine.begin() as conn:
                    row = transition(conn, pid, "expired", now, "clerkflow", decided_at=now)
                    refresh_status(conn, [row.applicant_id])
                out["expired"] += 1
            except PlacementError:
                pass  # answered meanwhile
    for pid, months in running:
        if now >= ends_at(months):
            try:
                complete(engine, pid, now)
                out["completed"] += 1
            except PlacementError:
                pass
    return out


def complete(engine: Engine, placement_id: int, now: datetime) -> Any:
    """The rotation is over: completed, and its months added to the applicant's USCE (in person only)."""
    with engine.begin() as conn:
        row = load(conn, placement_id)
        gained = len(row.months) if row.rotation_type not in ("telehealth", "research") else 0
        row = transition(conn, placement_id, "completed", now, "clerkflow", completed_at=now, usce_months=gained)
        if gained:
            _credit_usce(conn, row, gained)
        refresh_status(conn, [row.applicant_id])
    return row


def _credit_usce(conn: Connection, row: Any, gained: int) -> None:
    """Add the rotation to the CV profile matching and the brief read (``usce_months``, ``usce_entries``)."""
    cp = t.cv_profiles
    profile = conn.execute(select(cp.c.profile).where(cp.c.applicant_id == row.applicant_id)).scalar_one_or_none()
    if profile is None:
        return  # no CV profile yet: the placement keeps the months, added when one is stored (with_placements)
    conn.execute(
        update(cp)
        .where(cp.c.applicant_id == row.applicant_id)
        .values(profile=with_placements(conn, row.applicant_id, profile))
    )


def with_placements(conn: Connection, applicant_id: int, profile: dict[str, Any]) -> dict[str, Any]:
    """``profile`` with every completed placement's months in ``usce_months`` and ``usce_entries`` (once each).

    The CV stage calls it too, so a CV read again (or read for the first time) keeps the rotations we arranged.
    """
    p, pr = t.placements, t.preceptors
    done = conn.execute(
        select(p.c.id, p.c.months, p.c.rotation_type, p.c.usce_months, pr.c.specialty, pr.c.state.label("us_state"))
        .join(pr, pr.c.id == p.c.preceptor_id)
        .where(p.c.applicant_id == applicant_id, p.c.state == "completed", p.c.usce_months > 0)
        .order_by(p.c.id)
    ).all()
    entries = [e for e in profile.get("usce_entries") or [] if isinstance(e, dict)]
    have = {e.get("placement_id") for e in entries}
    added = 0
    for r in done:
        if r.id in have:
            continue
        first, last = rotation_dates(r.months)
        entries.append(
            {
                "type": r.rotation_type,
                "specialty": r.specialty,
                "state": r.us_state,
                "months": r.usce_months,
                "start": first.isoformat()[:7],
                "end": last.isoformat()[:7],
                "placement_id": r.id,
                "source": "clerkflow placement",
            }
        )
        added += r.usce_months
    if not added:
        return profile
    return {**profile, "usce_entries": entries, "usce_months": int(profile.get("usce_months") or 0) + added}


def placements_of(conn: Connection, applicant_id: int) -> list[dict[str, Any]]:
    """The applicant's placements, newest first, each with its preceptor and checklist (for the page)."""
    p, pr, c = t.placements, t.preceptors, t.placement_checklist
    rows = conn.execute(
        select(p, pr.c.name.label("preceptor"), pr.c.specialty, pr.c.city, pr.c.state.label("us_state"))
        .join(pr, pr.c.id == p.c.preceptor_id)
        .where(p.c.applicant_id == applicant_id)
        .order_by(p.c.id.desc())
    ).all()
    out = []
    for r in rows:
        d = dict(r._mapping)
        d["start"], d["end"] = rotation_dates(r.months)
        d["checklist"] = [
            dict(x._mapping) for x in conn.execute(select(c).where(c.c.placement_id == r.id).order_by(c.c.position))
        ]
        out.append(d)
    return out


def open_items(conn: Connection, placement_id: int) -> int:
    c = t.placement_checklist
    return conn.scalar(select(func.count()).where(c.c.placement_id == placement_id, c.c.done_at.is_(None))) or 0


def _item_code(text: str, known: dict[str, str]) -> str:
    """ "BLS" or "Visa letter" as the label code ("bls", "visa_letter") when one exists, else the words."""
    code = "_".join(text.lower().split())
    return code if code in known else " ".join(text.split())


def _next_month(month: str) -> str:
    y, m = (int(x) for x in month.split("-"))
    return f"{y + (m == 12)}-{m % 12 + 1:02d}"


__all__ = [
    "PlacementError",
    "accept",
    "advance",
    "cancel",
    "complete",
    "decline",
    "options",
    "request_placement",
    "starts_at",
    "tick",
]
