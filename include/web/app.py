"""The public web service (booking page and other emailed-link pages): an app factory and its shared parts.

It is NOT part of the Airflow UI: people who follow a link from an email have no Airflow login; a signed
token (``include.links``) is their only credential. Run it with ``python -m include.web`` (port 8090).

Adding a feature: write a module with an ``APIRouter`` named ``router`` (its templates under
``include/web/templates/<feature>/``, extending ``base.html``) and append ``"module.path:router"`` to
``ROUTERS``. Routes reach the shared state through ``web(request)``: the runtime (DB, calendar, mail), the
link key, the clock, ``page()`` to render a template and ``check_form()`` for CSRF.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from include.config import Settings, load_settings
from include.runtime import Runtime, open_runtime
from include.web.security import CSRF_FIELD, RateLimit, WebGuard, check_csrf, csrf_token

HERE = Path(__file__).resolve().parent
# One line per feature; each module exposes ``router`` (an APIRouter). Append, don't reorder.
ROUTERS: tuple[str, ...] = (
    "include.web.health:router",
    "include.web.booking:router",
    "include.web.placements:router",
)


@dataclass
class Web:
    """What every route needs, built once per process by ``create_app``."""

    rt: Runtime
    key: bytes
    clock: Callable[[], datetime]
    templates: Jinja2Templates

    @property
    def settings(self) -> Settings:
        return self.rt.settings

    def now(self) -> datetime:
        return self.clock()

    def page(self, request: Request, name: str, ctx: dict[str, Any] | None = None, status: int = 200) -> HTMLResponse:
        """Render ``name`` with the brand, the CSRF field value and ``ctx``."""
        data = {
            "brand": {"name": self.settings.mail.from_name, "help_email": self.settings.mail.reply_to or ""},
            "csrf_field": CSRF_FIELD,
            "csrf": csrf_token(request, self.key),
            **(ctx or {}),
        }
        return self.templates.TemplateResponse(request, name, data, status_code=status)

    def check_form(self, request: Request, form: Any) -> None:
        check_csrf(request, self.key, form.get(CSRF_FIELD))


def web(request: Request) -> Web:
    return request.app.state.web


def create_app(
    settings: Settings | None = None,
    *,
    rt: Runtime | None = None,
    key: bytes | None = None,
    clock: Callable[[], datetime] | None = None,
    limit: RateLimit | None = None,
    routers: Sequence[str | APIRouter] = ROUTERS,
    secure_cookies: bool = False,
) -> FastAPI:
    """The service with every feature in ``routers`` mounted. Tests pass a runtime, key and clock."""
    from include.hooks import link_secret

    rt = rt or open_runtime(settings or load_settings())
    app = FastAPI(title="clerkflow", docs_url=None, redoc_url=None, openapi_url=None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    from include.labels import label

    templates.env.globals["label"] = label
    clock = clock or (lambda: datetime.now(UTC))
    app.state.web = Web(rt=rt, key=key or link_secret(), clock=clock, templates=templates)
    app.add_middleware(WebGuard, limit=limit or RateLimit(), secure_cookies=secure_cookies)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for entry in routers:
        app.include_router(_load(entry) if isinstance(entry, str) else entry)

    @app.exception_handler(StarletteHTTPException)
    async def _error(request: Request, exc: StarletteHTTPException) -> HTMLResponse | PlainTextResponse:
        if not hasattr(request.state, "csrf_cookie"):
            return PlainTextResponse(str(exc.detail), status_code=exc.status_code)
        titles = {403: "This form has expired", 404: "Page not found", 405: "Not allowed"}
        ctx = {"title": titles.get(exc.status_code, "Something went wrong"), "detail": _public_detail(exc)}
        return app.state.web.page(request, "error.html", ctx, status=exc.status_code)

    return app


def _public_detail(exc: StarletteHTTPException) -> str:
    if exc.status_code == 403:
        return "Please go back, reload the page and try again."
    if exc.status_code == 404:
        return "Check the link in your email; it may have been cut when copied."
    return "Please try again in a moment."


def _load(entry: str) -> APIRouter:
    module, _, name = entry.partition(":")
    router = getattr(importlib.import_module(module), name or "router")
    if not isinstance(router, APIRouter):
        raise TypeError(f"{entry} is not an APIRouter")
    return router


__all__ = ["ROUTERS", "HTTPException", "Web", "create_app", "web"]
