"""The context of each placement email, from the current facts (``compose.build_message`` calls it).

Preceptor mail (request, reminder, thank-you) uses the staff layout and goes to the roster's
``contact_email``, else ``placements.coordinator_email`` (ops unless set); alerts go to the coordinator. Dates are whole
months written out ("1 March 2027 – 30 April 2027"); links come from ``include.placements.links``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from include.labels import label
from include.notify.brief import advisor_brief, salutation
from include.placements import links
from include.placements.messages import PRECEPTOR_KINDS, placement_id
from include.placements.model import rotation_dates
from include.placements.service import options
from include.runtime import Runtime
from include.store import tables as t
from include.timeutil import as_utc


def placement_context(
    conn: Connection, rt: Runtime, row: Any, now: datetime
) -> tuple[dict[str, Any], tuple[str, str] | None]:
    """(template context, (to_email, to_name) when not the applicant); LookupError when the placement is gone."""
    p, pr = t.placements, t.preceptors
    pid = placement_id(row.message_key)
    pl = conn.execute(
        select(
            p,
            pr.c.name,
            pr.c.specialty,
            pr.c.city,
            pr.c.state.label("us_state"),  # placements.state is the request's state
            pr.c.hospital_affiliation,
            pr.c.site_address,
            pr.c.contact_email,
            pr.c.provides_lor,
        )
        .join(pr, pr.c.id == p.c.preceptor_id)
        .where(p.c.id == pid)
    ).first()
    if pl is None:
        raise LookupError("placement no longer exists")
    cfg, mail = rt.settings.placements, rt.settings.mail
    first, last = rotation_dates(pl.months)
    release = as_utc(pl.created_at) + timedelta(days=cfg.release_after_days)
    site = pl.site_address or ", ".join(x for x in (pl.hospital_affiliation, pl.city, pl.us_state) if x)
    ctx: dict[str, Any] = {
        "placement": {
            "id": pid,
            "preceptor_name": pl.name,
            "preceptor_salutation": salutation(pl.name),
            "specialty": pl.specialty,
            "where": ", ".join(x for x in (pl.city, pl.us_state) if x),
            "site": site or "the address your preceptor's office sends you",
            "rotation_type": label("rotation_type", pl.rotation_type, missing="rotation"),
            "start": _day(first),
            "end": _day(last),
            "months": len(pl.months),
            "respond_by": _day(release.date()),
            "provides_lor": bool(pl.provides_lor),
        },
        "checklist": _checklist(conn, pid),
    }
    kind = row.kind
    if kind in ("placement_request", "placement_reminder"):
        ctx["brief"] = advisor_brief(conn, pl.applicant_id, now.date())
        ctx |= links.preceptor_links(conn, rt, pid, now)
    elif kind == "placement_declined":
        ctx["expired"] = pl.state == "expired"
        nxt = options(conn, pl.applicant_id, now)
        ctx["next_options"] = [
            {
                "name": o.preceptor,
                "specialty": o.specialty,
                "where": ", ".join(x for x in (o.city, o.state) if x),
                "start": _month(o.suggested),
                "rotation_type": label("rotation_type", o.rotation_type, missing="rotation"),
            }
            for o in nxt[:3]
        ]
        ctx["request_url"] = links.request_link(conn, rt, pl.applicant_id, now) if nxt else ""
    elif kind == "placement_checklist":
        ctx["days_before"] = int(row.message_key.rsplit(":", 1)[1])
    elif kind == "placement_unanswered":
        from include.alerts import base_url
        from include.report import APPLICANT_PATH

        ctx["ops"] = {
            "applicant_id": pl.applicant_id,
            "page_url": f"{base_url()}{APPLICANT_PATH}{pl.applicant_id}",
            "requested": _day(as_utc(pl.created_at).date()),
            "days": cfg.release_after_days,
        }
    if kind in PRECEPTOR_KINDS:
        if pl.contact_email:
            return ctx, (pl.contact_email, pl.name)
        return ctx, (cfg.coordinator_email or mail.ops_email, "clerkflow placements")  # they forward it
    if kind == "placement_unanswered":
        return ctx, (cfg.coordinator_email or mail.ops_email, "clerkflow placements")
    return ctx, None


def _checklist(conn: Connection, pid: int) -> list[dict[str, Any]]:
    c = t.placement_checklist
    return [
        {"item": r.item, "label": label("checklist_item", r.item), "done": r.done_at is not None}
        for r in conn.execute(select(c.c.item, c.c.done_at).where(c.c.placement_id == pid).order_by(c.c.position))
    ]


def _day(d: Any) -> str:
    return f"{d.day} {d:%B %Y}"


def _month(value: str | None) -> str:
    from include.notify.compose import month_words

    return month_words(value) or ""
