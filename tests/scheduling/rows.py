"""Advisor rows shaped like the ``advisors`` table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

WEEKDAY_HOURS = {d: ["09:00-12:00", "13:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")}


def advisor(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": "adv-ny",
        "name": "Dr Jane Placeholder",
        "email": "jane.placeholder@example.com",
        "calendar_id": "jane.placeholder@example.com",
        "timezone": "America/New_York",
        "specialties": ["Internal Medicine"],
        "working_hours": WEEKDAY_HOURS,
        "days_off": [],
        "slot_minutes": 30,
        "buffer_minutes": 0,
        "daily_max": 50,
        "active": True,
    }
    row.update(overrides)
    return row


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)
