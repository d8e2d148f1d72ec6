"""Advisors' calendars: Google Calendar v3 or the local calendar (app DB rows + one .ics file per booking)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, select, update

from include.store import tables as t
from include.store.db import upsert
from include.timeutil import as_utc, zone

Interval = tuple[datetime, datetime]


class CalendarError(Exception):
    """A calendar call failed for good (after the client's own retries)."""


class SlotTakenError(CalendarError):
    """The calendar refused the event because the time is no longer free."""


class DuplicateEventError(CalendarError):
    """``insert`` found a live event with the booking's id already there (an earlier attempt landed, its row was
    not updated): nothing was written. ``event`` is that event, for the caller to adopt, move or cancel."""

    def __init__(self, event: CalendarEvent) -> None:
        super().__init__(f"event {event.event_id} already exists")
        self.event = event


@dataclass(frozen=True)
class EventSpec:
    """What clerkflow puts on an advisor's calendar for one booking."""

    booking_id: str  # base32hex, used as the event id and in extendedProperties.private
    applicant_id: int
    calendar_id: str
    start: datetime
    end: datetime
    timezone: str
    summary: str
    description: str  # internal brief, visible to the advisor only
    attendee_email: str
    attendee_name: str
    organizer_email: str
    sequence: int = 0
    video_url: str | None = None  # the advisor's own video room: the local calendar's call link


@dataclass(frozen=True)
class CalendarEvent:
    event_id: str
    booking_id: str
    start: datetime
    end: datetime
    status: str = "confirmed"
    meet_link: str | None = None
    ics: bytes | None = field(default=None, repr=False)


class CalendarBackend(Protocol):
    def busy(self, calendar_ids: list[str], start: datetime, end: datetime) -> dict[str, list[Interval]]:
        """Busy intervals per calendar (one freeBusy call per 50 calendars)."""

    def find(self, calendar_id: str, booking_id: str) -> CalendarEvent | None:
        """The live event created for ``booking_id``, if any (how a retried insert stays single)."""

    def insert(self, spec: EventSpec) -> CalendarEvent:
        """Create the event with id ``spec.booking_id``. A cancelled event with that id (ours, cancelled earlier)
        is revived; a live one raises ``DuplicateEventError`` and nothing is written, so an insert never makes
        a second event for a booking (Google answers 409 for a taken id)."""

    def update(self, spec: EventSpec, event_id: str) -> CalendarEvent:
        """Move or re-describe an existing event (reschedule)."""

    def is_free(self, spec: EventSpec, event_id: str | None = None) -> bool:
        """Whether no other event occupies ``spec``'s time now (checked just before writing, after freeBusy)."""

    def cancel(self, calendar_id: str, event_id: str) -> None:
        """Cancel the event; cancelling a cancelled or missing event is not an error."""


def event_ics(
    spec: EventSpec,
    event_id: str,
    status: str = "CONFIRMED",
    meet_link: str | None = None,
    stamp: datetime | None = None,
) -> bytes:
    """An RFC 5545 VCALENDAR for the applicant (no internal brief), with the advisor's VTIMEZONE.

    One invitation for everyone (applicant, advisor's notices): UID ``<event id>@clerkflow``, SEQUENCE the
    booking's, METHOD:REQUEST (METHOD:CANCEL once cancelled). ``stamp`` (DTSTAMP) defaults to now; a
    preview passes the time it renders for, so it equals what is sent.
    """
    from icalendar import Calendar, Event, vCalAddress, vText

    from include.scheduling.video import NO_LINK

    cal = Calendar()
    cal.add("prodid", "-//clerkflow//consultations//EN")
    cal.add("version", "2.0")
    cal.add("method", "CANCEL" if status == "CANCELLED" else "REQUEST")
    ev = Event()
    ev.add("uid", f"{event_id}@clerkflow")
    ev.add("dtstamp", as_utc(stamp or datetime.now(UTC)).replace(microsecond=0))
    ev.add("dtstart", spec.start.astimezone(zone(spec.timezone)))
    ev.add("dtend", spec.end.astimezone(zone(spec.timezone)))
    ev.add("summary", spec.summary)
    ev.add("sequence", spec.sequence)
    ev.add("status", status)
    ev.add("description", f"Video link: {meet_link}" if meet_link else NO_LINK)
    if meet_link:
        ev.add("location", meet_link)
        ev.add("url", meet_link)
    organizer = vCalAddress(f"mailto:{spec.organizer_email}")
    ev["organizer"] = organizer
    attendee = vCalAddress(f"mailto:{spec.attendee_email}")
    attendee.params["cn"] = vText(spec.attendee_name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    ev.add("attendee", attendee, encode=0)
    cal.add_component(ev)
    ical = cal.to_ical()
    zones = b"".join(_vtimezone(tzid) for tzid in sorted(cal.get_missing_tzids()))
    # Where add_missing_timezones() would put them: before the event that uses them.
    at = ical.index(b"BEGIN:VEVENT\r\n")
    return ical[:at] + zones + ical[at:]


@cache
def _vtimezone(tzid: str) -> bytes:
    """The zone's VTIMEZONE as ``add_missing_timezones`` writes it, built once per zone per process.

    Building it (every transition 1970–2038) and folding its lines took ~40 ms per invite; it never changes.
    """
    from icalendar import Timezone

    return Timezone.from_tzid(tzid).to_ical()


def cancelled_ics(ics: bytes) -> bytes:
    """``ics`` as its cancellation: METHOD:CANCEL, STATUS:CANCELLED, same UID and zone, SEQUENCE + 1 (RFC 5546)."""
    from icalendar import Calendar

    cal = Calendar.from_ical(ics)
    cal.pop("method", None)
    cal.add("method", "CANCEL")
    for ev in cal.walk("VEVENT"):
        sequence = int(ev.pop("sequence", 0)) + 1
        for key in ("status", "dtstamp"):
            ev.pop(key, None)
        ev.add("sequence", sequence)
        ev.add("status", "CANCELLED")
        ev.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    return cal.to_ical()


class LocalCalendar:
    """Events as rows of ``calendar_events`` plus an .ics file per booking in ``ics_dir``."""

    def __init__(self, engine: Engine, ics_dir: Path) -> None:
        self.engine = engine
        self.ics_dir = ics_dir

    def busy(self, calendar_ids: list[str], start: datetime, end: datetime) -> dict[str, list[Interval]]:
        ev = t.calendar_events
        out: dict[str, list[Interval]] = {cid: [] for cid in calendar_ids}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(ev.c.calendar_id, ev.c.start_at, ev.c.end_at).where(
                    ev.c.calendar_id.in_(calendar_ids),
                    ev.c.status == "confirmed",
                    ev.c.end_at > start,
                    ev.c.start_at < end,
                )
            )
            for cid, s, e in rows:
                out[cid].append((as_utc(s), as_utc(e)))
        return out

    def find(self, calendar_id: str, booking_id: str) -> CalendarEvent | None:
        ev = t.calendar_events
        with self.engine.connect() as conn:
            row = conn.execute(
                select(ev).where(
                    ev.c.booking_id == booking_id, ev.c.calendar_id == calendar_id, ev.c.status == "confirmed"
                )
            ).first()
        return None if row is None else _event_from_row(row)

    def insert(self, spec: EventSpec) -> CalendarEvent:
        """Refuses a live event's id like Google's 409 (checked before the .ics is written, so the existing
        event's file stays as it is); ``booking_id`` is unique in ``calendar_events`` besides."""
        ev = t.calendar_events
        with self.engine.connect() as conn:
            row = conn.execute(select(ev).where(ev.c.id == spec.booking_id)).first()
        if row is not None and row.status != "cancelled":
            raise DuplicateEventError(_event_from_row(row))
        return self._write(spec, spec.booking_id, "confirmed")

    def update(self, spec: EventSpec, event_id: str) -> CalendarEvent:
        return self._write(spec, event_id, "confirmed")

    def is_free(self, spec: EventSpec, event_id: str | None = None) -> bool:
        ev = t.calendar_events
        with self.engine.connect() as conn:
            clash = conn.execute(
                select(ev.c.id).where(
                    ev.c.calendar_id == spec.calendar_id,
                    ev.c.status == "confirmed",
                    ev.c.booking_id != spec.booking_id,
                    ev.c.id != (event_id or spec.booking_id),
                    ev.c.end_at > spec.start,
                    ev.c.start_at < spec.end,
                )
            ).first()
        return clash is None

    def cancel(self, calendar_id: str, event_id: str) -> None:
        ev = t.calendar_events
        with self.engine.begin() as conn:
            row = conn.execute(select(ev).where(ev.c.id == event_id)).first()
            if row is None or row.status == "cancelled":
                return
            conn.execute(update(ev).where(ev.c.id == event_id).values(status="cancelled"))
        if row.ics_path:
            path = Path(row.ics_path)
            old = path.read_bytes() if path.exists() else None
            ics = cancelled_ics(old) if old else event_ics(_spec_from_row(row), event_id, status="CANCELLED")
            path.write_bytes(ics)

    def _write(self, spec: EventSpec, event_id: str, status: str) -> CalendarEvent:
        self.ics_dir.mkdir(parents=True, exist_ok=True)
        ics = event_ics(spec, event_id, meet_link=spec.video_url)
        path = self.ics_dir / f"{spec.booking_id}.ics"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(ics)
        tmp.replace(path)
        with self.engine.begin() as conn:
            upsert(
                conn,
                t.calendar_events,
                {
                    "id": event_id,
                    "calendar_id": spec.calendar_id,
                    "booking_id": spec.booking_id,
                    "start_at": spec.start,
                    "end_at": spec.end,
                    "summary": spec.summary,
                    "description": spec.description,
                    "attendees": [spec.attendee_email],
                    "status": status,
                    "ics_path": str(path),
                },
                keys=["id"],
            )
        return CalendarEvent(event_id, spec.booking_id, spec.start, spec.end, status, spec.video_url, ics)


def _event_from_row(row: Any) -> CalendarEvent:
    return CalendarEvent(row.id, row.booking_id, as_utc(row.start_at), as_utc(row.end_at), row.status)


def _spec_from_row(row) -> EventSpec:
    return EventSpec(
        booking_id=row.booking_id,
        applicant_id=0,
        calendar_id=row.calendar_id,
        start=as_utc(row.start_at),
        end=as_utc(row.end_at),
        timezone="UTC",
        summary=row.summary,
        description="",
        attendee_email=(row.attendees or [""])[0],
        attendee_name="",
        organizer_email=row.calendar_id,
    )
