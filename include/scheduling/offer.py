"""Offer mode (``booking.mode: offer``): the applicant picks the consultation time on the booking page.

The book stage, instead of choosing a time, gives each applicant without a consultation an *offer*: a
``consult_offers`` row and a single-use signed link (purpose ``consult_pick``) that the ``consult_offer``
email carries. The page computes the times live when it opens (``offered_slots``: the same availability
code as the batch — advisors' hours minus freeBusy and live bookings, minimum notice, the applicant's
daytime, best specialty fit, least loaded advisor first), and the time clicked is booked by
``book.book_chosen_slot``, the batch's own hold-and-confirm; so the event, Meet link, ``.ics`` and the
confirmation email are those of an automatic booking. Once booked, the pick link is spent and a
``consult_manage`` link (reschedule with the same advisor, cancel) goes into every booking email.

Fallbacks: the ``offer_reminder`` email at ``remind_at``; at ``fallback_at`` an unpicked offer is either
booked as in auto mode (``offer_fallback: auto``) or closed as ``expired`` for ops (needs-attention list).
Ops can resend the link (a new link; the old one stops working).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from include.links import store as links
from include.runtime import Runtime
from include.scheduling.availability import Availability, active_advisors, booking_availability
from include.scheduling.choose import rank_advisors
from include.scheduling.slots import Slot, load_zone, local_daytime
from include.store import tables as t
from include.store.db import audit
from include.store.locks import named_lock
from include.timeutil import as_utc

log = logging.getLogger(__name__)

PICK = "consult_pick"  # single use: the offer email's link
MANAGE = "consult_manage"  # the booked consultation's link: reschedule or cancel, until it is over
OPEN_STATES = ("offered", "opened")
MANAGE_GRACE = timedelta(days=30)  # a manage link outlives the booking horizon by this much


@dataclass(frozen=True)
class Offered:
    """One time shown on the page: the slot and whose calendar it is on."""

    slot: Slot
    advisor_name: str

    @property
    def value(self) -> str:
        """The form value: advisor id and start, nothing about the applicant."""
        return f"{self.slot.advisor_id}|{int(self.slot.start.timestamp())}"


# ---- the stage ------------------------------------------------------------------------------------------


def offer_consults(
    rt: Runtime, key: bytes, now: datetime, applicant_ids: Sequence[int] | None = None
) -> dict[str, int]:
    """The book stage in offer mode: settle offers booked elsewhere, apply fallbacks, then offer the rest."""
    from include.scheduling.book import book_consults

    now = as_utc(now)
    cfg = rt.settings.booking
    counts: Counter[str] = Counter()
    o, b = t.consult_offers, t.consult_bookings
    with rt.engine.connect() as conn:
        pending = [r for (r,) in conn.execute(select(b.c.applicant_id).where(b.c.status == "pending"))]
        overdue = o.c.state.in_(OPEN_STATES) & (o.c.fallback_at <= now)
        due = list(conn.scalars(select(o.c.applicant_id).where(overdue).order_by(o.c.offered_at)))
    if applicant_ids is not None:
        pending = [a for a in pending if a in applicant_ids]
        due = [a for a in due if a in applicant_ids]
    if pending:  # a page that crashed between hold and confirm: confirm (or drop) as a batch run would
        counts.update({f"pending_{k}": v for k, v in book_consults(rt, now, pending).items()})
    if due and cfg.offer_fallback == "auto":
        counts.update({f"fallback_{k}": v for k, v in book_consults(rt, now, due).items()})
    elif due:
        counts["expired"] += _expire(rt, due, now)
    counts["settled"] += settle(rt, key, now, applicant_ids)
    with rt.engine.connect() as conn:
        fresh = _unoffered(conn, applicant_ids)
    for aid in fresh:
        with named_lock(rt.engine, "applicant", aid), rt.engine.begin() as conn:
            if _unoffered(conn, [aid]):
                _offer(conn, rt, key, aid, now)
                counts["offered"] += 1
    log.info("offers done %s", dict(counts))
    return dict(counts)


def _unoffered(conn: Connection, applicant_ids: Sequence[int] | None) -> list[int]:
    """Applicants with neither a consultation nor an offer (a cancelled consultation is not re-offered)."""
    a, b, o = t.applicants, t.consult_bookings, t.consult_offers
    has_booking = select(b.c.id).where(b.c.applicant_id == a.c.id).exists()
    has_offer = select(o.c.applicant_id).where(o.c.applicant_id == a.c.id).exists()
    query = select(a.c.id).where(~has_booking, ~has_offer).order_by(a.c.submitted_at, a.c.id)
    if applicant_ids is not None:
        query = query.where(a.c.id.in_(list(applicant_ids)))
    return list(conn.scalars(query))


def _offer(conn: Connection, rt: Runtime, key: bytes, applicant_id: int, now: datetime) -> None:
    cfg = rt.settings.booking
    _token, nonce = links.issue(conn, key, PICK, applicant_id, now, _pick_ttl(rt), single_use=True)
    conn.execute(
        insert(t.consult_offers).values(
            applicant_id=applicant_id,
            state="offered",
            link_nonce=nonce,
            offered_at=now,
            remind_at=now + timedelta(days=cfg.offer_reminder_days),
            fallback_at=now + timedelta(days=cfg.offer_fallback_days),
            sends=1,
            updated_at=now,
        )
    )
    audit(conn, applicant_id, "book", "offered", now)
    _plan(conn, now, applicant_id)


def _pick_ttl(rt: Runtime) -> timedelta:
    """The pick link works until a day after the fallback (ops may still be looking at it)."""
    return timedelta(days=rt.settings.booking.offer_fallback_days + 1)


def _plan(conn: Connection, now: datetime, applicant_id: int) -> None:
    from include.notify.plan import plan_messages

    plan_messages(conn, now, [applicant_id])


def _expire(rt: Runtime, applicant_ids: list[int], now: datetime) -> int:
    o = t.consult_offers
    n = 0
    for aid in applicant_ids:
        with named_lock(rt.engine, "applicant", aid), rt.engine.begin() as conn:
            done = conn.execute(
                update(o)
                .where(o.c.applicant_id == aid, o.c.state.in_(OPEN_STATES))
                .values(state="expired", closed_at=now, updated_at=now)
            )
            if done.rowcount:
                links.revoke(conn, PICK, aid, now)
                audit(conn, aid, "book", "offer_expired", now)
                n += 1
    return n


def settle(rt: Runtime, key: bytes, now: datetime, applicant_ids: Sequence[int] | None = None) -> int:
    """Offers whose applicant got a consultation another way (fallback, ops rerun) become ``booked``."""
    o, b = t.consult_offers, t.consult_bookings
    with rt.engine.connect() as conn:
        query = (
            select(o.c.applicant_id)
            .join(b, b.c.applicant_id == o.c.applicant_id)
            .where(o.c.state.in_((*OPEN_STATES, "expired")), b.c.status == "booked")
        )
        if applicant_ids is not None:
            query = query.where(o.c.applicant_id.in_(list(applicant_ids)))
        ids = list(conn.scalars(query))
    for aid in ids:
        with rt.engine.begin() as conn:
            mark_booked(conn, rt, key, aid, now, by="auto")
    return len(ids)


def mark_booked(conn: Connection, rt: Runtime, key: bytes, applicant_id: int, now: datetime, by: str) -> str:
    """Close the offer as booked: the pick link is spent, a manage link issued (once). Returns its token."""
    o = t.consult_offers
    conn.execute(
        update(o)
        .where(o.c.applicant_id == applicant_id, o.c.state != "booked")
        .values(state="booked", booked_at=now, booked_by=by, updated_at=now)
    )
    links.revoke(conn, PICK, applicant_id, now)
    row = links.latest(conn, MANAGE, applicant_id)
    if row is not None:
        return links.token_for(key, row)
    ttl = timedelta(days=rt.settings.booking.horizon_days) + MANAGE_GRACE
    token, _nonce = links.issue(conn, key, MANAGE, applicant_id, now, ttl)
    audit(conn, applicant_id, "book", f"booked_by_{by}", now)
    return token


def resend_offer(rt: Runtime, key: bytes, applicant_id: int, now: datetime) -> dict[str, Any]:
    """Ops: a new pick link (the old one stops working), a fresh offer email, and the clocks restarted.

    Refused (ValueError) for an applicant with a live consultation: every booking email carries its manage
    link. Works after a cancellation or an expired offer, and for an applicant who never had an offer.
    """
    cfg = rt.settings.booking
    o, b = t.consult_offers, t.consult_bookings
    now = as_utc(now)
    with named_lock(rt.engine, "applicant", applicant_id), rt.engine.begin() as conn:
        if conn.scalar(select(t.applicants.c.id).where(t.applicants.c.id == applicant_id)) is None:
            raise LookupError(f"applicant {applicant_id} does not exist")
        status = conn.scalar(select(b.c.status).where(b.c.applicant_id == applicant_id))
        if status is not None and status != "cancelled":
            raise ValueError(f"applicant {applicant_id} already has a consultation ({status}); no new link")
        offer = conn.execute(select(o).where(o.c.applicant_id == applicant_id)).first()
        links.revoke(conn, PICK, applicant_id, now)
        _token, nonce = links.issue(conn, key, PICK, applicant_id, now, _pick_ttl(rt), single_use=True)
        values = {
            "state": "offered",
            "link_nonce": nonce,
            "offered_at": now,
            "remind_at": now + timedelta(days=cfg.offer_reminder_days),
            "fallback_at": now + timedelta(days=cfg.offer_fallback_days),
            "opened_at": None,
            "closed_at": None,
            "updated_at": now,
        }
        if offer is None:
            conn.execute(insert(o).values(applicant_id=applicant_id, sends=1, **values))
            sends = 1
        else:
            sends = offer.sends + 1
            conn.execute(update(o).where(o.c.applicant_id == applicant_id).values(sends=sends, **values))
        audit(conn, applicant_id, "book", "offer_resent", now, sends=sends)
        _plan(conn, now, applicant_id)
    return {"applicant_id": applicant_id, "state": "offered", "sends": sends, "changed": True}


def pick_link_row(conn: Connection, applicant_id: int) -> tuple[Any, Any]:
    """The applicant's offer and its current pick link (either may be None)."""
    o, sl = t.consult_offers, t.signed_links
    offer = conn.execute(select(o).where(o.c.applicant_id == applicant_id)).first()
    if offer is None or offer.link_nonce is None:
        return offer, None
    return offer, conn.execute(select(sl).where(sl.c.nonce == offer.link_nonce)).first()


def offer_state(conn: Connection, applicant_id: int) -> dict[str, Any] | None:
    """The offer as ops see it (state and dates), or None when the applicant never had one."""
    o = t.consult_offers
    row = conn.execute(select(o).where(o.c.applicant_id == applicant_id)).first()
    return None if row is None else dict(row._mapping)


# ---- the page -------------------------------------------------------------------------------------------


def applicant_facts(conn: Connection, applicant_id: int) -> dict[str, Any] | None:
    a = t.applicants
    row = conn.execute(
        select(a.c.id, a.c.full_name, a.c.given_name, a.c.country, a.c.timezone, a.c.specialties).where(
            a.c.id == applicant_id
        )
    ).first()
    return None if row is None else dict(row._mapping)


def offered_slots(
    rt: Runtime,
    applicant: dict[str, Any],
    tz_name: str,
    now: datetime,
    advisor_id: str | None = None,
    every: bool = False,
) -> tuple[list[Offered], Availability | None]:
    """The times to show now, in ``tz_name``'s daytime: computed live, so a taken time is not shown.

    Only advisors of the best specialty fit that has a daytime slot are offered (all of them, so the
    applicant has a choice); for each start time the least loaded of them. Per local day at most
    ``offer_per_day`` times, spread over the day; ``every`` returns all of them (to re-check a pick).
    ``advisor_id`` limits it to one advisor (a reschedule keeps the advisor).
    """
    cfg = rt.settings.booking
    load_zone(tz_name)
    with rt.engine.connect() as conn:
        advisors = [a for a in active_advisors(conn) if advisor_id is None or a["id"] == advisor_id]
        if not advisors:
            return [], None
        avail = booking_availability(conn, rt.backends.calendar, advisors, cfg, now)
    ranked = rank_advisors(applicant.get("specialties") or [], advisors, avail.free, avail.loads)
    by_start: dict[datetime, Offered] = {}
    best_fit: int | None = None
    for fit, advisor in ranked:
        if best_fit is not None and fit > best_fit:
            break
        for slot in avail.free[str(advisor["id"])]:
            duration = slot.end - slot.start
            if not local_daytime(
                slot.start, tz_name, cfg.applicant_day_start_hour, cfg.applicant_day_end_hour, duration
            ):
                continue
            best_fit = fit
            by_start.setdefault(slot.start, Offered(slot, str(advisor.get("name") or advisor["id"])))
    ordered = [by_start[s] for s in sorted(by_start)]
    if every:
        return ordered, avail
    return _spread(ordered, tz_name, cfg.offer_per_day), avail


def _spread(offered: list[Offered], tz_name: str, per_day: int) -> list[Offered]:
    """At most ``per_day`` times per local day, evenly spread from the first to the last."""
    tz = load_zone(tz_name)
    days: dict[Any, list[Offered]] = {}
    for item in offered:
        days.setdefault(as_utc(item.slot.start).astimezone(tz).date(), []).append(item)
    out: list[Offered] = []
    for items in days.values():
        if len(items) <= per_day:
            out += items
        elif per_day == 1:
            out.append(items[0])
        else:
            picks = sorted({round(i * (len(items) - 1) / (per_day - 1)) for i in range(per_day)})
            out += [items[i] for i in picks]
    return out


def mark_opened(conn: Connection, applicant_id: int, nonce: str, now: datetime) -> None:
    """The applicant opened the pick link: the link's first opening and the offer's ``opened`` state."""
    if links.opened(conn, nonce, now):
        o = t.consult_offers
        done = conn.execute(
            update(o)
            .where(o.c.applicant_id == applicant_id, o.c.state == "offered")
            .values(state="opened", opened_at=now, updated_at=now)
        )
        if done.rowcount:
            audit(conn, applicant_id, "book", "offer_opened", now)


def set_timezone(conn: Connection, applicant_id: int, tz_name: str, now: datetime) -> None:
    """The zone the applicant booked in becomes theirs: emails and invites then show the times they saw."""
    a = t.applicants
    current = conn.scalar(select(a.c.timezone).where(a.c.id == applicant_id))
    if current != tz_name:
        conn.execute(update(a).where(a.c.id == applicant_id).values(timezone=tz_name))
        audit(conn, applicant_id, "book", "timezone_changed", now, **{"from": current, "to": tz_name})


def close_cancelled(conn: Connection, applicant_id: int, now: datetime) -> None:
    """The applicant cancelled on the page: the offer is closed and the manage link stops working."""
    o = t.consult_offers
    conn.execute(
        update(o).where(o.c.applicant_id == applicant_id).values(state="cancelled", closed_at=now, updated_at=now)
    )
    links.revoke(conn, MANAGE, applicant_id, now)
