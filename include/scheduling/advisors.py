"""Advisors' configuration (YAML) → the advisors table. Bad entries fail loudly: they are staff config."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from sqlalchemy import Connection, update

from include.config import ConfigError
from include.store import tables as t
from include.store.db import upsert

DEFAULTS = {"slot_minutes": 30, "buffer_minutes": 10, "daily_max": 6, "days_off": [], "specialties": [], "active": True}


def load_advisors(path: Path) -> list[dict[str, Any]]:
    """The advisors listed in ``path`` as advisors-table rows."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read advisors file {path}: {exc}") from exc
    rows = []
    for i, entry in enumerate(raw.get("advisors") or []):
        row = {**DEFAULTS, **entry}
        missing = [k for k in ("id", "name", "email", "timezone", "working_hours") if not row.get(k)]
        if missing:
            raise ConfigError(f"{path}: advisors[{i}] is missing {', '.join(missing)}")
        try:
            ZoneInfo(row["timezone"])
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(
                f"{path}: advisors[{i}] ({row['id']}) has an unknown timezone {row['timezone']!r}"
            ) from exc
        row.setdefault("calendar_id", row["email"])
        row["days_off"] = [str(d) for d in row["days_off"]]
        rows.append({c.name: row.get(c.name) for c in t.advisors.c})
    return rows


def sync_advisors(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """Upsert ``rows``; advisors no longer listed are deactivated, never deleted (bookings reference them)."""
    upsert(conn, t.advisors, rows, keys=["id"])
    ids = [r["id"] for r in rows]
    conn.execute(update(t.advisors).where(t.advisors.c.id.not_in(ids)).values(active=False))
    return len(rows)
