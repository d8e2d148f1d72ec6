"""Placement states and transitions; seats they take.

A request holds its seat until the preceptor answers: ``requested`` and ``confirmed`` placements are
*commitments*, counted against ``monthly_capacity`` for every month they cover, by the request itself
(under the seats lock) and by the nightly allocation (which never reassigns them). A transition is one
conditional UPDATE (``WHERE state = <from>``), so two people answering at once cannot both win, and each
is written to the audit log with ids and facts only.

    requested --accept--> confirmed --complete--> completed
        |  \\--decline (reason)--> declined          |
        |   \\--timeout (release_after_days)--> expired
        \\-----------cancel (ops)------------> cancelled <-/
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, select, update

from include.store import tables as t
from include.store.db import audit

STATES = ("requested", "confirmed", "declined", "expired", "cancelled", "completed")
LIVE = ("requested", "confirmed")  # states that take a seat
TRANSITIONS: dict[str, dict[str, str]] = {  # from -> {to: action}
    "requested": {"confirmed": "accept", "declined": "decline", "expired": "timeout", "cancelled": "cancel"},
    "confirmed": {"completed": "complete", "cancelled": "cancel"},
}
STAGE = "placement"


class PlacementError(ValueError):
    """An action that does not fit the placement's state or the seats left (the message names ids only)."""


@dataclass(frozen=True)
class Commitment:
    """A seat taken by a live placement."""

    placement_id: int
    applicant_id: int
    preceptor_id: str
    months: tuple[str, ...]
    rotation_type: str | None
    state: str


def commitments(conn: Connection, preceptor_id: str | None = None) -> list[Commitment]:
    """Every live placement (or one preceptor's), oldest first."""
    p = t.placements
    query = select(p).where(p.c.state.in_(LIVE)).order_by(p.c.id)
    if preceptor_id is not None:
        query = query.where(p.c.preceptor_id == preceptor_id)
    return [
        Commitment(r.id, r.applicant_id, r.preceptor_id, tuple(r.months or ()), r.rotation_type, r.state)
        for r in conn.execute(query)
    ]


def seats_taken(held: list[Commitment]) -> Counter[tuple[str, str]]:
    """Seats taken per (preceptor, month)."""
    return Counter((c.preceptor_id, m) for c in held for m in c.months)


def rotation_dates(months: list[str] | tuple[str, ...]) -> tuple[date, date]:
    """First and last day of the rotation (whole months)."""
    first = date.fromisoformat(f"{months[0]}-01")
    y, m = (int(x) for x in months[-1].split("-"))
    after = date(y + (m == 12), m % 12 + 1, 1)
    return first, after - timedelta(days=1)


def starts_at(months: list[str] | tuple[str, ...]) -> datetime:
    return datetime.combine(rotation_dates(months)[0], time(0), tzinfo=UTC)


def ends_at(months: list[str] | tuple[str, ...]) -> datetime:
    """The moment after the last day (UTC midnight): the rotation is over from then on."""
    return datetime.combine(rotation_dates(months)[1] + timedelta(days=1), time(0), tzinfo=UTC)


def load(conn: Connection, placement_id: int) -> Any:
    row = conn.execute(select(t.placements).where(t.placements.c.id == placement_id)).first()
    if row is None:
        raise PlacementError(f"no placement {placement_id}")
    return row


def transition(conn: Connection, placement_id: int, to: str, now: datetime, by: str, **values: Any) -> Any:
    """Move the placement to ``to`` if that is allowed from its current state; audited. Returns the new row."""
    row = load(conn, placement_id)
    action = TRANSITIONS.get(row.state, {}).get(to)
    if action is None:
        raise PlacementError(f"placement {placement_id} is {row.state}; it cannot become {to}")
    p = t.placements
    done = conn.execute(
        update(p).where(p.c.id == placement_id, p.c.state == row.state).values(state=to, updated_at=now, **values)
    )
    if done.rowcount != 1:
        raise PlacementError(f"placement {placement_id} changed meanwhile")
    facts = {k: v for k, v in values.items() if k in {"usce_months"}}
    if "decline_reason" in values:
        facts["reason_given"] = bool(values["decline_reason"])
    audit(
        conn,
        row.applicant_id,
        STAGE,
        f"placement_{to}",
        now,
        placement_id=placement_id,
        preceptor_id=row.preceptor_id,
        action=action,
        previous=row.state,
        by=by,
        **facts,
    )
    return load(conn, placement_id)
