"""The signed links placement emails carry (a thin seam: swapped for the shared link service when it lands)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from include.runtime import Runtime


def preceptor_links(conn: Connection, rt: Runtime, placement_id: int, expires: datetime, now: datetime) -> dict[str, str]:
    raise NotImplementedError


def request_link(conn: Connection, rt: Runtime, applicant_id: int, now: datetime) -> str:
    raise NotImplementedError


__all__: list[Any] = ["preceptor_links", "request_link"]
