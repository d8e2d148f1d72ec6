"""Ops decisions that outrank the score: pin a preceptor for an applicant, or exclude one.

Stored in ``match_overrides`` (one row per pair), so every matching run keeps them until ops clear
them. An applicant has at most one pin: pinning another preceptor replaces it. Pinning an excluded
pair turns the exclude into a pin, and the other way round. Every change is in the applicant's
audit log (stage "match").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select

from include.matching.compute import Overrides
from include.store import tables as t
from include.store.db import audit, upsert

KINDS = ("pin", "exclude")


class UnknownPreceptor(LookupError):
    """No preceptor with that id in the roster."""


def set_override(
    conn: Connection, applicant_id: int, preceptor_id: str, kind: str, now: datetime, note: str | None = None
) -> None:
    """Pin or exclude ``preceptor_id`` for the applicant (replacing any override of that pair)."""
    if kind not in KINDS:
        raise ValueError(f"override kind must be one of {KINDS}, not {kind!r}")
    if conn.scalar(select(t.preceptors.c.id).where(t.preceptors.c.id == preceptor_id)) is None:
        raise UnknownPreceptor(f"no preceptor {preceptor_id!r} in the roster")
    o = t.match_overrides
    if kind == "pin":
        conn.execute(
            delete(o).where(o.c.applicant_id == applicant_id, o.c.kind == "pin", o.c.preceptor_id != preceptor_id)
        )
    upsert(
        conn,
        o,
        {"applicant_id": applicant_id, "preceptor_id": preceptor_id, "kind": kind, "note": note, "created_at": now},
        keys=["applicant_id", "preceptor_id"],
    )
    audit(conn, applicant_id, "match", kind, now, preceptor_id=preceptor_id)


def clear_override(conn: Connection, applicant_id: int, preceptor_id: str, now: datetime) -> str | None:
    """Remove the pin or exclude of this pair; returns the kind removed (None when there was none)."""
    o = t.match_overrides
    where = (o.c.applicant_id == applicant_id, o.c.preceptor_id == preceptor_id)
    kind = conn.scalar(select(o.c.kind).where(*where))
    if kind is not None:
        conn.execute(delete(o).where(*where))
        audit(conn, applicant_id, "match", f"clear_{kind}", now, preceptor_id=preceptor_id)
    return kind


def load_overrides(conn: Connection) -> Overrides:
    pins: dict[int, str] = {}
    excludes: dict[int, set[str]] = {}
    o = t.match_overrides
    for applicant_id, preceptor_id, kind in conn.execute(
        select(o.c.applicant_id, o.c.preceptor_id, o.c.kind).order_by(o.c.applicant_id, o.c.created_at)
    ):
        if kind == "pin":
            pins[applicant_id] = preceptor_id
        else:
            excludes.setdefault(applicant_id, set()).add(preceptor_id)
    return Overrides(pins=pins, excludes={a: frozenset(ps) for a, ps in excludes.items()})


def unhonored_pins(conn: Connection) -> list[dict[str, Any]]:
    """Pins the last matching run could not honor, with why: for the nightly report (ids only)."""
    from include.matching.reasons import pair_detail  # reasons reads the store through run, which imports this

    o, al, pr = t.match_overrides, t.allocations, t.preceptors
    rows = conn.execute(
        select(o.c.applicant_id, o.c.preceptor_id, pr.c.active)
        .join(pr, pr.c.id == o.c.preceptor_id)
        .where(
            o.c.kind == "pin",
            ~select(al.c.applicant_id)
            .where(al.c.applicant_id == o.c.applicant_id, al.c.preceptor_id == o.c.preceptor_id)
            .exists(),
        )
        .order_by(o.c.applicant_id)
    )
    out = []
    for applicant_id, preceptor_id, active in rows.all():
        detail = pair_detail(conn, applicant_id, preceptor_id) if active else None
        if not active:
            reason = "preceptor is no longer on the roster"
        elif detail:
            reason = f"not eligible: {detail}"
        else:
            reason = "no free seat with this preceptor in the applicant's window"
        out.append({"applicant_id": applicant_id, "preceptor_id": preceptor_id, "reason": reason})
    return out
