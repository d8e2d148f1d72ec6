"""Read-only queries behind the Applicants page in the Airflow UI (``plugins/clerkflow_ui``).

Plain SQLAlchemy Core over the app DB, no Airflow: the plugin renders what these return. Nothing here
writes, so the page can never change an applicant; changes go through the rerun DAG.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, String, cast, func, or_, select

from include.labels import LABELS
from include.matching.reasons import pair_reasons
from include.scheduling.video import video_link
from include.store import tables as t
from include.store.status import STATUSES
from include.timeutil import as_utc

MAX_PAGE = 200
AUDIT_LIMIT = 500

STATUS_LABELS = LABELS["applicant_status"]


@dataclass(frozen=True)
class Page:
    """One page of a list: ``rows`` are plain dicts (JSON-able), ``total`` counts every match."""

    rows: list[dict[str, Any]]
    total: int
    offset: int
    limit: int


@dataclass
class ApplicantDetail:
    """Everything ops look at for one applicant, section by section."""

    applicant: dict[str, Any]
    submissions: list[dict[str, Any]] = field(default_factory=list)
    cv: dict[str, Any] | None = None
    ineligibility: list[dict[str, Any]] = field(default_factory=list)
    ineligible_by_rule: dict[str, int] = field(default_factory=dict)
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    allocation: dict[str, Any] | None = None
    overrides: list[dict[str, Any]] = field(default_factory=list)
    booking: dict[str, Any] | None = None
    offer: dict[str, Any] | None = None  # offer mode: the booking link's state (never the link itself)
    emails: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    placements: list[dict[str, Any]] = field(default_factory=list)  # newest first, each with its checklist


def _plain(row: Any) -> dict[str, Any]:
    """A result row as a dict, datetimes made UTC-aware (SQLite returns them naive)."""
    return {k: as_utc(v) if isinstance(v, datetime) else v for k, v in row._mapping.items()}


def _plain_dict(value: dict[str, Any]) -> dict[str, Any]:
    """Like ``_plain`` for a dict (nested checklist rows included)."""
    out = {k: as_utc(v) if isinstance(v, datetime) else v for k, v in value.items()}
    if "checklist" in out:
        out["checklist"] = [_plain_dict(c) for c in out["checklist"]]
    return out


def _window(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(limit, MAX_PAGE)), max(0, offset)


def _page(conn: Connection, query: Select[Any], limit: int, offset: int) -> Page:
    limit, offset = _window(limit, offset)
    total = conn.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = [_plain(r) for r in conn.execute(query.limit(limit).offset(offset))]
    return Page(rows, total, offset, limit)


def _applicant_match(search: str) -> ColumnElement[bool] | None:
    """Name or email containing ``search`` (any case); a bare number also matches that id."""
    text = search.strip()
    if not text:
        return None
    a = t.applicants
    terms = [a.c.full_name.icontains(text, autoescape=True), a.c.email.icontains(text, autoescape=True)]
    if text.isdigit():
        terms.append(a.c.id == int(text))
    return or_(*terms)


def list_applicants(
    conn: Connection, *, search: str = "", status: str | None = None, limit: int = 50, offset: int = 0
) -> Page:
    """Applicants newest first, filtered by name/email/id ``search`` and one funnel ``status``."""
    if status and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; choose from {list(STATUSES)}")
    a, p, b = t.applicants, t.cv_profiles, t.consult_bookings
    query = (
        select(
            a.c.id,
            a.c.full_name,
            a.c.email,
            a.c.status,
            a.c.country,
            a.c.specialties,
            a.c.submitted_at,
            a.c.updated_at,
            p.c.status.label("cv_status"),
            b.c.start_at.label("consult_at"),
        )
        .outerjoin(p, p.c.applicant_id == a.c.id)
        .outerjoin(b, b.c.applicant_id == a.c.id)
        .order_by(a.c.submitted_at.desc().nulls_last(), a.c.id.desc())
    )
    match = _applicant_match(search)
    if match is not None:
        query = query.where(match)
    if status:
        query = query.where(a.c.status == status)
    return _page(conn, query, limit, offset)


def list_rejected(conn: Connection, *, search: str = "", limit: int = 50, offset: int = 0) -> Page:
    """Quarantined input rows (applications and roster), newest first; ``search`` looks in the raw cells too."""
    q = t.quarantine
    query = select(q.c.id, q.c.kind, q.c.source, q.c.row_number, q.c.reason, q.c.raw, q.c.created_at).order_by(
        q.c.created_at.desc(), q.c.id.desc()
    )
    text = search.strip()
    if text:
        query = query.where(
            or_(
                q.c.reason.icontains(text, autoescape=True),
                q.c.source.icontains(text, autoescape=True),
                cast(q.c.raw, String).icontains(text, autoescape=True),
            )
        )
    return _page(conn, query, limit, offset)


def status_counts(conn: Connection) -> dict[str, int]:
    """Applicants per funnel status (every status present, zero when none) plus ``rejected`` rows."""
    a = t.applicants
    counts = dict.fromkeys(STATUSES, 0)
    counts.update({s: n for s, n in conn.execute(select(a.c.status, func.count()).group_by(a.c.status)) if s})
    counts["rejected"] = conn.scalar(select(func.count()).select_from(t.quarantine)) or 0
    return counts


def applicant_detail(conn: Connection, applicant_id: int) -> ApplicantDetail | None:
    """The applicant's page, or None when there is no such applicant."""
    a = t.applicants
    row = conn.execute(select(a).where(a.c.id == applicant_id)).first()
    if row is None:
        return None
    detail = ApplicantDetail(applicant=_plain(row))

    rs = t.raw_submissions
    detail.submissions = [
        _plain(r)
        for r in conn.execute(
            select(rs.c.id, rs.c.source, rs.c.row_number, rs.c.outcome, rs.c.ingested_at, rs.c.raw)
            .where(rs.c.applicant_id == applicant_id)
            .order_by(rs.c.ingested_at.desc(), rs.c.id.desc())
        )
    ]

    p, d = t.cv_profiles, t.cv_documents
    cv = conn.execute(
        select(p, d.c.filename, d.c.size_bytes, d.c.sha256, d.c.fetched_at)
        .outerjoin(d, d.c.id == p.c.document_id)
        .where(p.c.applicant_id == applicant_id)
    ).first()
    detail.cv = _plain(cv) if cv is not None else None

    pr = t.preceptors
    detail.ineligibility = pair_reasons(conn, applicant_id)
    for reason in detail.ineligibility:
        detail.ineligible_by_rule[reason["rule"]] = detail.ineligible_by_rule.get(reason["rule"], 0) + 1

    r = t.recommendations
    detail.recommendations = [
        _plain(x)
        for x in conn.execute(
            select(
                r.c.rank,
                r.c.preceptor_id,
                pr.c.name.label("preceptor"),
                pr.c.specialty,
                pr.c.city,
                pr.c.state,
                pr.c.fee_usd,
                r.c.score,
                r.c.components,
                r.c.status.label("verdict"),
                r.c.rotation_type,
                r.c.start_month,
                r.c.conditions,
                r.c.fallback,
                r.c.computed_at,
            )
            .join(pr, pr.c.id == r.c.preceptor_id)
            .where(r.c.applicant_id == applicant_id)
            .order_by(r.c.rank)
        )
    ]

    al = t.allocations
    allocation = conn.execute(
        select(al.c.preceptor_id, pr.c.name.label("preceptor"), al.c.month, al.c.score, al.c.computed_at)
        .join(pr, pr.c.id == al.c.preceptor_id)
        .where(al.c.applicant_id == applicant_id)
    ).first()
    detail.allocation = _plain(allocation) if allocation is not None else None

    mo = t.match_overrides
    detail.overrides = [
        _plain(x)
        for x in conn.execute(
            select(mo.c.preceptor_id, mo.c.kind, mo.c.note, mo.c.created_at)
            .where(mo.c.applicant_id == applicant_id)
            .order_by(mo.c.created_at)
        )
    ]

    b, adv = t.consult_bookings, t.advisors
    booking = conn.execute(
        select(
            b,
            adv.c.name.label("advisor"),
            adv.c.timezone.label("advisor_timezone"),
            adv.c.video_url.label("advisor_video_url"),
        )
        .outerjoin(adv, adv.c.id == b.c.advisor_id)
        .where(b.c.applicant_id == applicant_id)
    ).first()
    detail.booking = _plain(booking) if booking is not None else None
    if detail.booking is not None:  # the link every email and invitation shows (scheduling.video)
        detail.booking["video_link"] = video_link(detail.booking["meet_link"], detail.booking["advisor_video_url"])

    offer = conn.execute(select(t.consult_offers).where(t.consult_offers.c.applicant_id == applicant_id)).first()
    detail.offer = _plain(offer) if offer is not None else None

    o, ev = t.outbox_messages, t.email_events
    detail.emails = [
        _plain(x)
        for x in conn.execute(select(o).where(o.c.applicant_id == applicant_id).order_by(o.c.created_at, o.c.id))
    ]
    keys = [m["message_key"] for m in detail.emails]
    events: dict[str, list[dict[str, Any]]] = {}
    if keys:
        for x in conn.execute(
            select(ev.c.message_key, ev.c.event, ev.c.occurred_at)
            .where(ev.c.message_key.in_(keys))
            .order_by(ev.c.occurred_at)
        ):
            events.setdefault(x.message_key, []).append(_plain(x))
    for message in detail.emails:
        message["events"] = events.get(message["message_key"], [])

    from include.placements.service import placements_of

    detail.placements = [_plain_dict(x) for x in placements_of(conn, applicant_id)]

    au = t.audit_log
    detail.audit = [
        _plain(x)
        for x in conn.execute(
            select(au.c.id, au.c.at, au.c.stage, au.c.event, au.c.detail)
            .where(au.c.applicant_id == applicant_id)
            .order_by(au.c.at.desc(), au.c.id.desc())
            .limit(AUDIT_LIMIT)
        )
    ]
    return detail
