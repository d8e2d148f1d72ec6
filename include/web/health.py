"""``GET /healthz``: the process answers and the app DB is reachable (for compose's health check)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from include.web.app import web

router = APIRouter()


@router.get("/healthz", include_in_schema=False)
def healthz(request: Request) -> JSONResponse:
    try:
        with web(request).rt.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # the reason's type only: a DB error message can carry the URL
        return JSONResponse({"ok": False, "db": type(exc).__name__}, status_code=503)
    return JSONResponse({"ok": True})
