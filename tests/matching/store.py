"""Put records from ``records.py`` into the app database, the way intake and roster sync would."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert

from include.store import tables as t

NOW = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)  # records.TODAY at noon

_APPLICANT_COLUMNS = {c.name for c in t.applicants.columns}


def store_applicants(conn: Connection, applicants: list[dict[str, Any]]) -> None:
    """Applicants (languages go to a CV profile, where matching reads them)."""
    for a in applicants:
        row = {k: v for k, v in a.items() if k in _APPLICANT_COLUMNS}
        row |= {
            "email": f"applicant{a['id']}@example.org",
            "full_name": f"Applicant {a['id']}",
            "warnings": [],
            "status": "new",
            "submitted_at": a.get("submitted_at") or NOW,
            "created_at": NOW,
            "updated_at": NOW,
        }
        conn.execute(insert(t.applicants).values(row))
        conn.execute(
            insert(t.cv_profiles).values(
                applicant_id=a["id"],
                parser_version="test",
                status="parsed",
                profile={"languages": a.get("languages") or []},
                parsed_at=NOW,
            )
        )


def store_preceptors(conn: Connection, preceptors: list[dict[str, Any]]) -> None:
    conn.execute(
        insert(t.preceptors),
        [{**p, "active": True, "content_hash": "x", "updated_at": NOW} for p in preceptors],
    )
