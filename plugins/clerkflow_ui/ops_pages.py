"""The ops pages beside Applicants: Needs attention, Funnel (charts + CSV) and consultation actions.

Charts are SVG drawn on the server (``include.analytics.charts``) and served as images, so the pages'
strict CSP stays as it is; each chart's numbers download as CSV. Consultation changes go through
``include.scheduling.manage``, the code behind the CLI's ``consult`` command and the rerun DAG, and need
edit rights on the rerun DAG. They are JSON POSTs (a cross-site form cannot send one).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from sqlalchemy import Connection, Engine, func, select

from include.attention import attention_counts, needs_attention
from include.config import Settings
from include.labels import LABELS as ATTENTION_LABELS
from include.scheduling.choose import format_local
from include.store import tables as t

from .auth import Editor, Reader, can_rerun

if TYPE_CHECKING:
    from include.analytics import FunnelAnalytics

# An SVG served as an image runs no script; its inline styles (matplotlib's) must still apply.
SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"


class ConsultAction(BaseModel):
    action: Literal["done", "no_show", "cancel", "propose", "reschedule", "resend_link"]
    reason: str = Field("", max_length=500)
    expect_start: datetime | None = None


class PlacementAction(BaseModel):
    action: Literal["request", "cancel", "tick", "untick"]
    preceptor_id: str = Field("", max_length=64)
    month: str = Field("", max_length=7)
    placement_id: int | None = None
    item: str = Field("", max_length=80)
    reason: str = Field("", max_length=500)


def _local(value: datetime | str | None, tz_name: str | None) -> str:
    if value is None:
        return ""
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return format_local(when, tz_name or "UTC")  # a city and a UTC offset, never an ambiguous abbreviation


def data_version(conn: Connection) -> tuple[Any, ...]:
    """Changes whenever a stage or a person changes what the funnel reads (every change is audited)."""
    return (
        conn.scalar(select(func.max(t.audit_log.c.id))),
        conn.scalar(select(func.count()).select_from(t.applicants)),
        conn.scalar(select(func.max(t.outbox_messages.c.id))),
        conn.scalar(select(func.max(t.consult_bookings.c.updated_at))),
        conn.scalar(select(func.max(t.stage_runs.c.id))),
    )


def add_ops_routes(
    app: FastAPI,
    templates: Jinja2Templates,
    engine: Callable[[], Engine],
    settings: Callable[[], Settings],
    clock: Callable[[], datetime],
) -> None:
    """Register the Needs-attention, Funnel and consultation routes on the Applicants app."""

    latest: dict[tuple[Any, ...], FunnelAnalytics] = {}

    def analytics() -> FunnelAnalytics:
        """The funnel, computed once per state of the data: a page and its eight charts share one run."""
        # pandas and matplotlib load with the first Funnel request, not with the Applicants pages
        from include.analytics import funnel_analytics, load_frames

        with engine().connect() as conn:
            key = data_version(conn)
            if key not in latest:
                fa = funnel_analytics(load_frames(conn), ops_tz=settings().ops_timezone, now=clock())
                latest.clear()
                latest[key] = fa
            return latest[key]

    def base(request: Request) -> dict[str, Any]:
        with engine().connect() as conn:
            count = len(needs_attention(conn, clock()))
        return {
            "root": request.scope.get("root_path", ""),
            "airflow_root": request.scope.get("app_root_path", ""),
            "nav_attention": count,
        }

    app.state.nav = base

    @app.get("/attention", response_class=HTMLResponse)
    def attention_page(request: Request, user: Reader) -> Response:
        with engine().connect() as conn:
            items = needs_attention(conn, clock())
        groups: dict[str, list[Any]] = {}
        for item in items:
            groups.setdefault(item.category, []).append(item)
        return templates.TemplateResponse(
            request,
            "attention.html",
            {
                **base(request),
                "groups": groups,
                "counts": attention_counts(items),
                "titles": ATTENTION_LABELS["attention"],
                "actions": ATTENTION_LABELS["action"],
                "can_rerun": can_rerun(user),
            },
        )

    @app.get("/funnel", response_class=HTMLResponse)
    def funnel_page(request: Request) -> Response:
        from include.analytics.charts import CHARTS
        from include.analytics.funnel import STAGES, label

        fa = analytics()
        local = format_local(fa.generated_at, fa.ops_tz)
        return templates.TemplateResponse(
            request,
            "funnel.html",
            {
                **base(request),
                "fa": fa,
                "charts": CHARTS,
                "stages": STAGES,
                "stage_label": lambda s: label("funnel_stage", s),
                "generated": local,
                "conversion": fa.conversion.to_dict("records"),
                "advisors": fa.by_advisor.to_dict("records"),
            },
        )

    @app.get("/funnel/charts/{name}.svg")
    def chart(name: str) -> Response:
        from include.analytics.charts import CHART_NAMES, render_svg

        if name not in CHART_NAMES:
            raise HTTPException(404, "No such chart")
        svg = render_svg(name, analytics())
        return Response(svg, media_type="image/svg+xml", headers={"X-Clerkflow-CSP": SVG_CSP})

    @app.get("/funnel/data/{name}.csv")
    def table_csv(name: str) -> Response:
        from include.analytics.funnel import to_csv

        tables = analytics().tables()
        if name not in tables:
            raise HTTPException(404, "No such table")
        return Response(
            to_csv(tables[name]),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="clerkflow-{name}.csv"'},
        )

    @app.post("/api/applicants/{applicant_id}/placement")
    def placement(applicant_id: int, body: PlacementAction, user: Editor) -> JSONResponse:
        """Request a placement for the applicant (holds the seat), cancel one, or tick a checklist item."""
        from include.placements import service
        from include.placements.model import load

        db, now, who = engine(), clock(), f"ops:{user.get_name()}"
        try:
            if body.action == "request":
                return JSONResponse(
                    service.request_placement(db, applicant_id, body.preceptor_id, body.month or None, now, "ops")
                )
            if body.placement_id is None:
                raise HTTPException(400, "placement_id is needed")
            with db.connect() as conn:
                if load(conn, body.placement_id).applicant_id != applicant_id:
                    raise HTTPException(404, "No such placement for this applicant")
            if body.action == "cancel":
                row = service.cancel(db, body.placement_id, now, body.reason, by=who)
                return JSONResponse({"placement_id": row.id, "state": row.state})
            service.tick(db, body.placement_id, body.item, body.action == "tick", now, who)
            return JSONResponse({"placement_id": body.placement_id, "item": body.item, "done": body.action == "tick"})
        except service.PlacementError as exc:
            raise HTTPException(409, str(exc)) from None

    @app.post("/api/applicants/{applicant_id}/consult")
    def consult(applicant_id: int, body: ConsultAction, user: Editor) -> JSONResponse:
        from include.runtime import Runtime, build_backends
        from include.scheduling import manage

        cfg, db, now = settings(), engine(), clock()
        rt = Runtime(cfg, db, build_backends(cfg, db))
        try:
            if body.action == "propose":
                out = manage.propose_reschedule(rt, applicant_id, now)
            elif body.action == "reschedule":
                if body.expect_start is None:
                    raise HTTPException(400, "Confirm the proposed slot first (expect_start)")
                out = manage.reschedule_booking(rt, applicant_id, now, expect_start=body.expect_start)
            elif body.action == "cancel":
                out = manage.cancel_booking(rt, applicant_id, now, body.reason.strip())
            elif body.action == "resend_link":  # offer mode: a new booking link (the old one stops working)
                from include.hooks import link_secret
                from include.scheduling.offer import resend_offer

                try:
                    out = resend_offer(rt, link_secret(), applicant_id, now)
                except (LookupError, ValueError) as exc:
                    raise manage.BookingError(str(exc)) from None
            else:
                out = manage.mark_outcome(rt, applicant_id, body.action, now)
        except manage.BookingError as exc:
            raise HTTPException(409, str(exc)) from None
        with db.connect() as conn:
            tz = conn.scalar(select(t.applicants.c.timezone).where(t.applicants.c.id == applicant_id))
        for key in ("start", "proposed_start"):
            if out.get(key):
                out[f"{key}_ops"] = _local(out[key], cfg.ops_timezone)
                out[f"{key}_applicant"] = _local(out[key], tz) if tz else ""
        return JSONResponse(out)
