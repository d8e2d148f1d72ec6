"""The Applicants pages: HTML rendered by Jinja2 with autoescaping, plus two JSON search endpoints.

Search terms travel in POST bodies and in the page's URL fragment, never in a query string: the API
server's access log records query strings, and a search is usually an applicant's name or email.
Every route requires an Airflow user (``auth.require_reader``); the Rerun button posts to Airflow's
own REST API from the browser with the user's session, so this app holds no credentials.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from include.applicants_view import STATUS_LABELS, applicant_detail, list_applicants, list_rejected, status_counts
from include.config import Settings
from include.dag_defaults import RERUN_STEPS
from include.labels import label, labels, zone_label
from include.scheduling.video import NO_LINK
from include.timeutil import as_utc, zone
from include.vocab import COUNTRY_NAMES

from .auth import RERUN_DAG, Reader, can_edit, can_rerun, require_reader
from .ops_pages import add_ops_routes

HERE = Path(__file__).resolve().parent
STATIC = {
    "clerkflow.js": "text/javascript",
    "clerkflow.css": "text/css",
    "icon.svg": "image/svg+xml",
}
# The iframe in Airflow's UI is same-origin; nothing else may frame or feed these pages.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@cache
def default_engine() -> Engine:
    """The app DB, resolved like every other clerkflow entry point (once per API server process)."""
    from include.config import load_settings
    from include.runtime import db_url
    from include.store.db import make_engine

    return make_engine(db_url(load_settings()))


@cache
def default_settings() -> Settings:
    from include.config import load_settings

    return load_settings()


class ApplicantSearch(BaseModel):
    q: str = Field("", max_length=200)
    status: str | None = None
    offset: int = Field(0, ge=0)
    limit: int = Field(50, ge=1, le=200)


class RejectedSearch(BaseModel):
    q: str = Field("", max_length=200)
    offset: int = Field(0, ge=0)
    limit: int = Field(50, ge=1, le=200)


def _when(value: datetime | None, zone_name: str | None = None) -> str:
    """A stored (UTC) time for people: in ``zone_name`` when given, else UTC."""
    if value is None:
        return ""
    tz = zone(zone_name) if zone_name else ZoneInfo("UTC")
    local = as_utc(value).astimezone(tz)
    # A city and an offset, not an abbreviation: Asia/Manila and America/Los_Angeles are both "PST".
    return f"{local:%a %d %b %Y %H:%M} ({zone_label(tz.key, local)})"


def _pretty(value: Any) -> str:
    return json.dumps(value, indent=1, ensure_ascii=False, default=str, sort_keys=True)


def _web_link(value: Any) -> str | None:
    """``value`` if it is an http(s) URL; anything else (``javascript:``…) is shown as text, never linked."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else None


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(when=_when, pretty=_pretty, web_link=_web_link)
    env.globals.update(status_labels=STATUS_LABELS, rerun_steps=RERUN_STEPS, rerun_dag=RERUN_DAG)
    env.globals.update(label=label, labels=labels, no_video_link=NO_LINK, country_names=COUNTRY_NAMES)
    return Jinja2Templates(env=env)


def _roots(request: Request) -> dict[str, str]:
    """URL prefixes for links: this app's mount point and the Airflow UI/API root above it."""
    return {"root": request.scope.get("root_path", ""), "airflow_root": request.scope.get("app_root_path", "")}


def create_app(
    engine: Callable[[], Engine] = default_engine,
    settings: Callable[[], Settings] = default_settings,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> FastAPI:
    """The app Airflow mounts at ``URL_PREFIX``; ``engine`` gives the app DB (tests pass their own)."""
    app = FastAPI(
        title="clerkflow applicants",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(require_reader)],
    )
    templates = _templates()

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        own_csp = response.headers.get("X-Clerkflow-CSP")
        response.headers.update(SECURITY_HEADERS)
        if own_csp:  # a chart image carries its own (stricter: no script at all) policy
            response.headers["Content-Security-Policy"] = own_csp
            del response.headers["X-Clerkflow-CSP"]
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith(f"{request.scope.get('root_path', '')}/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return templates.TemplateResponse(
            request,
            "error.html",
            {**_roots(request), "status_code": exc.status_code, "detail": str(exc.detail)},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    @app.get("/", include_in_schema=False)
    def home(request: Request) -> RedirectResponse:
        return RedirectResponse(f"{_roots(request)['root']}/applicants")

    @app.get("/applicants", response_class=HTMLResponse)
    def applicants_page(request: Request) -> Response:
        with engine().connect() as conn:
            counts = status_counts(conn)
        return templates.TemplateResponse(request, "list.html", {**app.state.nav(request), "counts": counts})

    @app.post("/api/applicants")
    def search_applicants(body: ApplicantSearch) -> JSONResponse:
        try:
            with engine().connect() as conn:
                page = list_applicants(
                    conn, search=body.q, status=body.status or None, limit=body.limit, offset=body.offset
                )
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        return JSONResponse(jsonable_encoder(page))

    @app.post("/api/rejected")
    def search_rejected(body: RejectedSearch) -> JSONResponse:
        with engine().connect() as conn:
            page = list_rejected(conn, search=body.q, limit=body.limit, offset=body.offset)
        return JSONResponse(jsonable_encoder(page))

    @app.get("/applicants/{applicant_id}", response_class=HTMLResponse)
    def applicant_page(request: Request, applicant_id: int, user: Reader) -> Response:
        with engine().connect() as conn:
            detail = applicant_detail(conn, applicant_id)
        if detail is None:
            raise HTTPException(404, f"No applicant with id {applicant_id}")
        components = sorted({k for rec in detail.recommendations for k in (rec["components"] or {})})
        from include.placements.service import live_placement, options

        with engine().connect() as conn:
            pick = [] if live_placement(conn, applicant_id) else options(conn, applicant_id, clock())
        return templates.TemplateResponse(
            request,
            "detail.html",
            {
                **app.state.nav(request),
                "d": detail,
                "components": components,
                "can_rerun": can_rerun(user),
                "can_edit": can_edit(user),
                "ops_tz": settings().ops_timezone,
                "placement_options": pick,
            },
        )

    add_ops_routes(app, templates, engine, settings, clock)

    @app.get("/static/{name}")
    def static(name: str) -> FileResponse:
        if name not in STATIC:
            raise HTTPException(404, "Not found")
        return FileResponse(HERE / "static" / name, media_type=STATIC[name])

    return app
