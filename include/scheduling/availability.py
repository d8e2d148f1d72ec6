"""Open consultation slots: advisors' hours minus calendar busy time and live bookings.

One place computes them for the booking stage, a reschedule and the ``slots`` command, so all three agree.
Busy time comes from ONE calendar backend call for all advisors (the Google backend splits it into
freeBusy queries of at most 50 calendars). A slot found taken later is ``block``-ed and the advisor's
slots are recomputed, so the caller can choose again in the same run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from include.backends.calendar import CalendarBackend, Interval
from include.config import BookingConfig
from include.scheduling.slots import Slot, free_slots
from include.store import tables as t
from include.timeutil import as_utc

LIVE = ("pending", "booked")
# Slots may end after the horizon's last start; busy time is read a day further so none is missed.
_MARGIN = timedelta(days=1)


def live_bookings(
    conn: Connection,
    start: datetime,
    end: datetime,
    exclude_booking: str | None = None,
    advisor_id: str | None = None,
    advisor_ids: Collection[str] | None = None,
) -> dict[str, list[Interval]]:
    """Pending and booked consultations overlapping ``[start, end)``, per advisor id (of ``advisor_ids`` if given)."""
    b = t.consult_bookings
    query = select(b.c.advisor_id, b.c.start_at, b.c.end_at).where(
        b.c.status.in_(LIVE), b.c.end_at > start, b.c.start_at < end
    )
    if exclude_booking is not None:
        query = query.where(b.c.id != exclude_booking)
    if advisor_id is not None:
        query = query.where(b.c.advisor_id == advisor_id)
    if advisor_ids is not None:
        query = query.where(b.c.advisor_id.in_(sorted(advisor_ids)))
    out: dict[str, list[Interval]] = defaultdict(list)
    for advisor_id, s, e in conn.execute(query):
        out[advisor_id].append((as_utc(s), as_utc(e)))
    return out


def active_advisors(conn: Connection) -> list[dict[str, Any]]:
    return [
        dict(r._mapping) for r in conn.execute(select(t.advisors).where(t.advisors.c.active).order_by(t.advisors.c.id))
    ]


@dataclass
class Availability:
    """Free slots per advisor for one run, kept current as slots are booked or found taken."""

    advisors: dict[str, Mapping[str, Any]]
    busy: dict[str, list[Interval]]  # by advisor id
    booked: dict[str, list[Interval]]  # by advisor id
    start: datetime
    days: int
    now: datetime
    min_notice: timedelta
    free: dict[str, list[Slot]] = field(init=False)

    def __post_init__(self) -> None:
        self.free = {aid: self._compute(aid) for aid in self.advisors}

    def _compute(self, advisor_id: str) -> list[Slot]:
        return free_slots(
            self.advisors[advisor_id],
            busy=self.busy.get(advisor_id, []),
            booked=self.booked.get(advisor_id, []),
            start=self.start,
            days=self.days,
            now=self.now,
            min_notice=self.min_notice,
        )

    @property
    def loads(self) -> dict[str, int]:
        """Consultations per advisor in the horizon: fewer means next in line."""
        return {aid: len(self.booked.get(aid, [])) for aid in self.advisors}

    def block(self, slot: Slot) -> None:
        """The calendar says ``slot`` is taken after all: never offer it again this run (our hold on it, if
        counted as booked, is dropped)."""
        booked = self.booked.get(slot.advisor_id, [])
        if (slot.start, slot.end) in booked:
            booked.remove((slot.start, slot.end))
        self.busy.setdefault(slot.advisor_id, []).append((slot.start, slot.end))
        self.free[slot.advisor_id] = self._compute(slot.advisor_id)

    def book(self, slot: Slot) -> None:
        self.booked.setdefault(slot.advisor_id, []).append((slot.start, slot.end))
        self.free[slot.advisor_id] = self._compute(slot.advisor_id)

    def still_free(self, conn: Connection, slot: Slot, exclude_booking: str | None = None) -> bool:
        """Re-read the advisor's live bookings (another run may have taken some) and re-check ``slot``.

        Call it holding the advisor's lock: a True answer stays true until the caller's hold is committed.
        """
        self.refresh(conn, [slot.advisor_id], exclude_booking)
        return slot in self.free[slot.advisor_id]

    def refresh(
        self,
        conn: Connection,
        advisor_ids: Collection[str],
        exclude_booking: str | None = None,
        tentative: Sequence[Slot] | None = None,
    ) -> set[str]:
        """Re-read the live bookings of ``advisor_ids`` in one query and recompute their slots (hold their locks).

        With ``tentative`` (slots ``book``-ed in memory, not yet written): an advisor whose bookings in the
        database plus those are exactly what is held already keeps everything as it is, tentative slots
        included (recomputing slots is most of a booking batch's CPU); the others lose their tentative
        slots and are recomputed. Returns the advisors recomputed."""
        fresh = live_bookings(conn, self.start - _MARGIN, self._end, exclude_booking, advisor_ids=advisor_ids)
        mine: dict[str, list[Interval]] = defaultdict(list)
        for slot in tentative or ():
            mine[slot.advisor_id].append((slot.start, slot.end))
        changed: set[str] = set()
        for aid in advisor_ids:
            booked = list(fresh.get(aid, []))
            if tentative is not None and sorted(booked + mine[aid]) == sorted(self.booked.get(aid, [])):
                continue
            self.booked[aid] = booked
            self.free[aid] = self._compute(aid)
            changed.add(aid)
        return changed

    @property
    def _end(self) -> datetime:
        return self.start + timedelta(days=self.days) + _MARGIN


def availability(
    conn: Connection,
    calendar: CalendarBackend,
    advisors: Sequence[Mapping[str, Any]],
    *,
    start: datetime,
    days: int,
    now: datetime,
    min_notice: timedelta,
    exclude_booking: str | None = None,
) -> Availability:
    """Open slots of ``advisors`` for ``days`` from ``start``; ``exclude_booking`` is left out of the bookings."""
    start, now = as_utc(start), as_utc(now)
    end = start + timedelta(days=days) + _MARGIN
    calendars = sorted({str(a["calendar_id"]) for a in advisors})
    by_calendar = calendar.busy(calendars, start - _MARGIN, end) if calendars else {}
    return Availability(
        advisors={str(a["id"]): a for a in advisors},
        busy={str(a["id"]): list(by_calendar.get(str(a["calendar_id"]), [])) for a in advisors},
        booked={k: v for k, v in live_bookings(conn, start - _MARGIN, end, exclude_booking).items()},
        start=start,
        days=days,
        now=now,
        min_notice=min_notice,
    )


def booking_availability(
    conn: Connection,
    calendar: CalendarBackend,
    advisors: Sequence[Mapping[str, Any]],
    cfg: BookingConfig,
    now: datetime,
) -> Availability:
    """What an applicant may be given now: ``advisors``' open slots over the horizon, minimum notice applied."""
    return availability(
        conn,
        calendar,
        advisors,
        start=now,
        days=cfg.horizon_days,
        now=now,
        min_notice=timedelta(hours=cfg.min_notice_hours),
    )
