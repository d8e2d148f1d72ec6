"""Which advisor and slot an applicant gets: specialty fit, then the least loaded advisor, inside their daytime."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from include.scheduling.slots import Slot, load_zone, local_daytime
from include.timeutil import as_utc
from include.vocab import PARENT_SPECIALTY as _PARENTS

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@cache
def _parent_map() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for child, parent in _PARENTS.items():
        parents = [parent] if isinstance(parent, str) else list(parent or ())
        out[str(child).casefold()] = frozenset(str(p).casefold() for p in parents)
    return out


def _fit(advisor: Mapping[str, Any], wanted: set[str], parents: set[str]) -> int:
    """0 = the applicant's own specialty, 1 = its parent (a subspecialty counts, with less weight), 2 = none."""
    offered = {str(s).strip().casefold() for s in advisor.get("specialties") or ()}
    if offered & wanted:
        return 0
    return 1 if offered & parents else 2


def rank_advisors(
    applicant_specialties: Sequence[str],
    advisors: Sequence[Mapping[str, Any]],
    free: Mapping[str, Sequence[Slot]],
    loads: Mapping[str, int],
) -> list[tuple[int, Mapping[str, Any]]]:
    """Active advisors with slots, best first, each with its fit (0 own specialty, 1 parent, 2 none).

    Order: specialty fit, then fewest bookings in the horizon (``loads``), then id. The booking stage takes
    the first advisor's earliest daytime slot; the booking page offers the best-fit advisors' times.
    """
    wanted = {s.strip().casefold() for s in applicant_specialties if s and s.strip()}
    parents = set().union(*(_parent_map().get(s, frozenset()) for s in wanted)) - wanted
    scored = [
        (_fit(a, wanted, parents), loads.get(str(a["id"]), 0), str(a["id"]), a)
        for a in advisors
        if a.get("active", True) and str(a.get("id")) in free
    ]
    return [(fit, a) for fit, _load, _id, a in sorted(scored, key=lambda x: x[:3])]


def choose_slot(
    *,
    applicant_tz: str,
    applicant_specialties: Sequence[str],
    advisors: Sequence[Mapping[str, Any]],
    free: Mapping[str, Sequence[Slot]],
    loads: Mapping[str, int],
    taken: set[tuple[str, datetime]] | frozenset[tuple[str, datetime]] = frozenset(),
    day_start_hour: int = 8,
    day_end_hour: int = 21,
) -> Slot | None:
    """The earliest daytime slot of the best advisor that has one, or None.

    Advisors rank by specialty fit, then fewest bookings in the horizon (``loads``), then id; with the caller
    bumping ``loads`` after each booking, equal advisors take turns. ``taken`` holds ``(advisor_id, start)``
    pairs booked or refused since ``free`` was computed. Inactive advisors are skipped; an advisor with no
    fit is still a fallback, since every applicant is offered a call.
    """
    load_zone(applicant_tz)  # an unknown zone is the caller's error, not "no slot"
    for _fit_rank, advisor in rank_advisors(applicant_specialties, advisors, free, loads):
        advisor_id = str(advisor["id"])
        for slot in sorted(free[advisor_id]):
            if (advisor_id, slot.start) in taken:
                continue
            if local_daytime(slot.start, applicant_tz, day_start_hour, day_end_hour, slot.end - slot.start):
                return slot
    return None


def format_local(dt: datetime, tz_name: str) -> str:
    """E.g. ``Tue 1 Dec 2026, 7:30 PM (Kolkata time, UTC+5:30)``: a city and an offset, never an abbreviation.

    Abbreviations collide (Asia/Manila and America/Los_Angeles are both "PST"); English names whatever the
    process locale.
    """
    from include.labels import zone_label

    local = as_utc(dt).astimezone(load_zone(tz_name))
    hour = local.hour % 12 or 12
    return (
        f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year}, "
        f"{hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'} ({zone_label(tz_name, local)})"
    )
