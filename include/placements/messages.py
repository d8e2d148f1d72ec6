"""Which placement emails are due, from the placement's state and the clock (keys make them exactly-once).

    placement_request:<id>        to the preceptor, while requested (accept / decline links)
    placement_reminder:<id>       to the preceptor, requested and unanswered ``remind_after_days``
    placement_unanswered:<id>     to the coordinator (ops), when the hold was released for want of an answer
    placement_declined:<id>       to the applicant, declined or expired: the next recommendation is offered
    placement_confirmed:<id>      to the applicant, confirmed: dates, address, what to bring
    placement_checklist:<id>:<d>  to the applicant, ``d`` days before the start (the latest due one only)
    placement_thanks:<id>         to the preceptor, completed: thank-you (and a letter request if they write them)
    placement_feedback:<id>       to the applicant, completed: how was it

``stale`` says why a queued one should no longer go (checked just before sending).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from include.config import PlacementsConfig
from include.placements.links import has_answer_links
from include.placements.model import starts_at
from include.store import tables as t
from include.timeutil import as_utc

# kind -> the placement states in which it may still be sent
SEND_WHILE: dict[str, tuple[str, ...]] = {
    "placement_request": ("requested",),
    "placement_reminder": ("requested",),
    "placement_unanswered": ("expired",),
    "placement_declined": ("declined", "expired"),
    "placement_confirmed": ("confirmed",),
    "placement_checklist": ("confirmed",),
    "placement_thanks": ("completed",),
    "placement_feedback": ("completed",),
}
PLACEMENT_KINDS = frozenset(SEND_WHILE)
PRECEPTOR_KINDS = frozenset({"placement_request", "placement_reminder", "placement_thanks"})

Want = Callable[..., None]


def placement_id(message_key: str) -> int:
    return int(message_key.split(":")[1])


def due(
    conn: Connection,
    now: datetime,
    cfg: PlacementsConfig,
    queued: set[str],
    want: Want,
    applicant_ids: list[int] | None = None,
) -> None:
    """Call ``want(kind, key, applicant_id, email)`` for every placement message due now."""
    p, a, pr = t.placements, t.applicants, t.preceptors
    query = (
        select(p, a.c.email, pr.c.contact_email)
        .join(a, a.c.id == p.c.applicant_id)
        .join(pr, pr.c.id == p.c.preceptor_id)
        .where(p.c.state.in_(("requested", "confirmed", "declined", "expired", "completed")))
    )
    if applicant_ids is not None:
        query = query.where(p.c.applicant_id.in_(applicant_ids))
    for r in conn.execute(query):
        preceptor = r.contact_email or cfg.coordinator_email  # the same address compose sends to
        pid = r.id
        if r.state == "requested":
            if not has_answer_links(conn, pid):
                continue  # issued by the placements stage (needs the signing key); due from then on
            want("placement_request", f"placement_request:{pid}", r.applicant_id, preceptor)
            if now - as_utc(r.created_at) >= timedelta(days=cfg.remind_after_days):
                want("placement_reminder", f"placement_reminder:{pid}", r.applicant_id, preceptor)
        elif r.state in ("declined", "expired"):
            want("placement_declined", f"placement_declined:{pid}", r.applicant_id, r.email)
            if r.state == "expired":
                want("placement_unanswered", f"placement_unanswered:{pid}", r.applicant_id, cfg.coordinator_email)
        elif r.state == "confirmed":
            want("placement_confirmed", f"placement_confirmed:{pid}", r.applicant_id, r.email)
            start = starts_at(r.months)
            open_days = [d for d in cfg.checklist_days if start - timedelta(days=d) <= now < start]
            if open_days:
                latest = min(open_days)  # a late confirmation sends the nearer checklist, not both
                sent = {d for d in cfg.checklist_days if f"placement_checklist:{pid}:{d}" in queued}
                if not any(d <= latest for d in sent):
                    want("placement_checklist", f"placement_checklist:{pid}:{latest}", r.applicant_id, r.email)
        elif r.state == "completed":
            want("placement_thanks", f"placement_thanks:{pid}", r.applicant_id, preceptor)
            want("placement_feedback", f"placement_feedback:{pid}", r.applicant_id, r.email)


def stale(conn: Connection, row: Any) -> str | None:
    """Why a queued placement message should no longer be sent (None: still due)."""
    state = conn.scalar(select(t.placements.c.state).where(t.placements.c.id == placement_id(row.message_key)))
    if state is None:
        return "placement no longer exists"
    if state not in SEND_WHILE[row.kind]:
        return f"placement is {state} now"
    return None
