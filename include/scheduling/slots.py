"""An advisor's bookable consultation slots, built from weekly hours in the advisor's zone and returned in UTC.

Working hours are wall-clock times in the advisor's zone, so each local date is converted on its own with
zoneinfo: 09:00 stays 09:00 local on both sides of a DST change. Slots are stepped in real (UTC) time from
the window start, so a night schedule gets no slot in a skipped hour and no duplicate in a repeated one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from include.timeutil import as_utc

Interval = tuple[datetime, datetime]
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HHMM = re.compile(r"(\d{1,2}):(\d{2})")


@dataclass(frozen=True, order=True)
class Slot:
    """One bookable consultation; ``start`` and ``end`` are aware UTC."""

    start: datetime
    end: datetime
    advisor_id: str


@dataclass(frozen=True)
class _Schedule:
    """An advisor mapping, validated once so errors name the advisor id (never the person)."""

    advisor_id: str
    tz: ZoneInfo
    hours: Mapping[int, tuple[tuple[int, int], ...]]  # weekday -> (start, end) local wall minutes
    days_off: frozenset[date]
    slot: timedelta
    buffer: timedelta
    daily_max: int | None
    active: bool


@cache
def load_zone(name: str) -> ZoneInfo:
    """The IANA zone; an unknown name is a configuration error, never a silent fallback to UTC.

    Cached: ``ZoneInfo`` keeps only the last 8 zones strongly, and a run's applicants and advisors span dozens,
    so choosing slots kept re-reading zone files (11% of the booking stage's main thread)."""
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def _minutes(text: str, advisor_id: str) -> int:
    match = _HHMM.fullmatch(text.strip())
    hours, minutes = (int(match.group(1)), int(match.group(2))) if match else (-1, -1)
    if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes):
        raise ValueError(f"advisor {advisor_id!r}: bad time {text!r} in working_hours")
    return hours * 60 + minutes


def _window(value: Any, advisor_id: str) -> tuple[int, int]:
    """``"09:00-12:00"`` or ``["09:00", "12:00"]`` (the table comment's form); ``24:00`` ends at midnight."""
    parts = value.split("-") if isinstance(value, str) else list(value)
    if len(parts) != 2 or not all(isinstance(p, str) for p in parts):
        raise ValueError(f"advisor {advisor_id!r}: bad working_hours entry {value!r}")
    start, end = _minutes(parts[0], advisor_id), _minutes(parts[1], advisor_id)
    if start >= end:
        raise ValueError(f"advisor {advisor_id!r}: working_hours entry {value!r} does not end after it starts")
    return start, end


def _merged(windows: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if out and start <= out[-1][1]:  # touching ranges are one stretch of work
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def _count(advisor: Mapping[str, Any], key: str, default: int | None, minimum: int, advisor_id: str) -> int | None:
    value = advisor.get(key, default)
    if value is None and default is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"advisor {advisor_id!r}: {key} must be an integer >= {minimum}, got {value!r}")
    return value


def _schedule(advisor: Mapping[str, Any]) -> _Schedule:
    if not advisor.get("id"):
        raise ValueError("advisor without an id")
    aid = str(advisor["id"])
    try:
        tz = load_zone(advisor["timezone"])
    except (KeyError, ValueError) as exc:
        raise ValueError(f"advisor {aid!r}: missing or unknown timezone") from exc

    raw_hours = advisor.get("working_hours") or {}
    if not isinstance(raw_hours, Mapping):
        raise ValueError(f"advisor {aid!r}: working_hours must map mon..sun to time ranges")
    hours: dict[int, tuple[tuple[int, int], ...]] = {}
    for key, entries in raw_hours.items():
        day = str(key).strip().lower()[:3]
        if day not in WEEKDAYS:
            raise ValueError(f"advisor {aid!r}: unknown weekday {key!r} in working_hours")
        if isinstance(entries, str):
            entries = [entries]
        hours[WEEKDAYS.index(day)] = _merged([_window(entry, aid) for entry in entries or ()])

    days_off: set[date] = set()
    for value in advisor.get("days_off") or ():
        if isinstance(value, date) and not isinstance(value, datetime):  # YAML reads bare dates as dates
            days_off.add(value)
            continue
        try:
            days_off.add(date.fromisoformat(str(value).strip()))
        except ValueError as exc:
            raise ValueError(f"advisor {aid!r}: bad day off {value!r} (want YYYY-MM-DD)") from exc

    slot_minutes = _count(advisor, "slot_minutes", 30, 1, aid)
    buffer_minutes = _count(advisor, "buffer_minutes", 0, 0, aid)
    return _Schedule(
        advisor_id=aid,
        tz=tz,
        hours=hours,
        days_off=frozenset(days_off),
        slot=timedelta(minutes=slot_minutes or 30),
        buffer=timedelta(minutes=buffer_minutes or 0),
        daily_max=_count(advisor, "daily_max", None, 0, aid),
        active=bool(advisor.get("active", True)),
    )


def local_to_utc(day: date, minutes: int, tz: ZoneInfo) -> datetime:
    """Wall time ``minutes`` after local midnight of ``day``, as UTC.

    A repeated wall time (clocks back) means its first occurrence; a skipped one (clocks forward) means the
    moment the clocks jump, so a window starting or ending inside the gap never reaches outside its hours.
    """
    wall = datetime.combine(day, time()) + timedelta(minutes=minutes)
    first = wall.replace(tzinfo=tz).astimezone(UTC)
    if first.astimezone(tz).replace(tzinfo=None) == wall:
        return first
    other = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    lo, hi = sorted((int(first.timestamp()), int(other.timestamp())))
    after = datetime.fromtimestamp(hi, tz).utcoffset()
    while hi - lo > 1:  # the offset changes once between the two readings: find the second it does
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, tz).utcoffset() == after:
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, UTC)


def _windows(schedule: _Schedule, day_from: date, days: int) -> list[Interval]:
    out: list[Interval] = []
    for offset in range(max(days, 0)):
        day = day_from + timedelta(days=offset)
        if day in schedule.days_off:
            continue
        for start, end in schedule.hours.get(day.weekday(), ()):
            utc_start, utc_end = local_to_utc(day, start, schedule.tz), local_to_utc(day, end, schedule.tz)
            if utc_start < utc_end:  # a window wholly inside a skipped hour is empty
                out.append((utc_start, utc_end))
    return sorted(out)


def working_windows(advisor: Mapping[str, Any], day_from: date, days: int) -> list[Interval]:
    """The advisor's working intervals (UTC) for ``days`` local dates from ``day_from``, days off skipped."""
    return _windows(_schedule(advisor), day_from, days)


def _blocked(intervals: Sequence[Interval], pad: timedelta) -> tuple[list[datetime], list[datetime]]:
    """Busy time widened by the buffer and merged: (starts, ends), both ascending, for bisecting."""
    spans = sorted((as_utc(a) - pad, as_utc(b) + pad) for a, b in intervals if as_utc(b) > as_utc(a))
    starts: list[datetime] = []
    ends: list[datetime] = []
    for a, b in spans:
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def free_slots(
    advisor: Mapping[str, Any],
    *,
    busy: Sequence[Interval],
    booked: Sequence[Interval],
    start: datetime,
    days: int,
    now: datetime,
    min_notice: timedelta,
) -> list[Slot]:
    """Bookable slots starting in ``[start, start + days)``, sorted.

    Slots are ``slot_minutes`` long and stepped ``slot_minutes + buffer_minutes`` from each window start, and
    none lies within the buffer of busy time, an existing booking or another returned slot. ``daily_max``
    caps existing bookings per advisor-local day: a full day offers nothing, a day with room offers ALL its
    free slots. (Keeping only the earliest would hide an evening slot from the applicant whose daytime it is
    — India's morning is California's evening — whenever the morning happened to be free.) So each returned
    slot can be booked on its own; callers book one at a time and recompute (``Availability.book``).
    An inactive advisor has no slots.
    """
    schedule = _schedule(advisor)
    if not schedule.active or days <= 0:
        return []
    start, now = as_utc(start), as_utc(now)
    horizon_end = start + timedelta(days=days)
    earliest = max(start, now + min_notice)
    starts, ends = _blocked([*busy, *booked], schedule.buffer)
    tz = schedule.tz
    per_day = Counter(as_utc(a).astimezone(tz).date() for a, _ in booked)  # bookings only, not offers

    first_day = start.astimezone(tz).date()
    span = (horizon_end.astimezone(tz).date() - first_day).days + 1
    out: list[Slot] = []
    last_end: datetime | None = None
    for window_start, window_end in _windows(schedule, first_day, span):
        at = window_start
        while at + schedule.slot <= window_end and at < horizon_end:
            end = at + schedule.slot
            step, at = at, at + schedule.slot + schedule.buffer
            if step < earliest:
                continue
            if last_end is not None and step < last_end + schedule.buffer:
                continue  # adjacent windows: keep the buffer between slots too
            i = bisect_right(ends, step)
            if i < len(starts) and starts[i] < end:
                continue
            day = step.astimezone(tz).date()
            if schedule.daily_max is not None and per_day[day] >= schedule.daily_max:
                continue
            last_end = end
            out.append(Slot(step, end, schedule.advisor_id))
    return out


def local_daytime(
    start: datetime,
    tz_name: str,
    day_start_hour: int = 8,
    day_end_hour: int = 21,
    duration: timedelta = timedelta(minutes=30),
) -> bool:
    """Whether the whole slot falls between ``day_start_hour`` and ``day_end_hour`` on the person's wall clock."""
    tz = load_zone(tz_name)
    begin = as_utc(start).astimezone(tz)
    finish = (as_utc(start) + duration).astimezone(tz)
    begin_min = begin.hour * 60 + begin.minute + begin.second / 60
    finish_min = (finish.date() - begin.date()).days * 1440 + finish.hour * 60 + finish.minute + finish.second / 60
    return day_start_hour * 60 <= begin_min and finish_min <= day_end_hour * 60
