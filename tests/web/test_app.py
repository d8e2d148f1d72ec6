"""The public service's shared parts: health, CSRF on forms, the rate limit, headers, an access log without tokens."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse
from fastapi.testclient import TestClient

from include.web.app import ROUTERS, create_app, web
from include.web.security import CSRF_COOKIE, RateLimit, _csrf_mac

KEY = b"k" * 32
probe = APIRouter()


@probe.get("/probe/{token}")
def _form(request: Request, token: str):
    return web(request).page(request, "error.html", {"title": "probe", "detail": token})


@probe.post("/probe/{token}")
async def _post(request: Request, token: str):
    web(request).check_form(request, await request.form())
    return PlainTextResponse("posted")


@pytest.fixture
def client(runtime):
    app = create_app(rt=runtime, key=KEY, clock=lambda: datetime(2027, 3, 10, tzinfo=UTC), routers=[*ROUTERS, probe])
    return TestClient(app)


def test_health_and_headers(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"


def test_forms_need_the_csrf_pair(client) -> None:
    page = client.get("/probe/t0k3n")
    assert page.status_code == 200
    assert CSRF_COOKIE in client.cookies
    good = _csrf_mac(KEY, client.cookies[CSRF_COOKIE])
    assert client.post("/probe/t0k3n", data={"csrf": good}).text == "posted"
    assert client.post("/probe/t0k3n", data={"csrf": "0" * 64}).status_code == 403
    assert client.post("/probe/t0k3n", data={}).status_code == 403
    other = client.post("/probe/t0k3n", data={"csrf": good}, headers={"Origin": "https://evil.example"})
    assert other.status_code == 403
    assert "expired" in other.text.lower()


def test_rate_limit(runtime) -> None:
    app = create_app(rt=runtime, key=KEY, limit=RateLimit(reads=3, writes=1), routers=ROUTERS)
    client = TestClient(app)
    assert [client.get("/healthz").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert int(client.get("/healthz").headers["retry-after"]) >= 1


def test_access_log_has_no_token_or_address(client, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="clerkflow.web.access"):
        client.get("/probe/SECRETTOKEN?tz=Europe/Berlin")
        client.get("/nowhere/SECRETTOKEN")
    lines = [r.getMessage() for r in caplog.records if r.name == "clerkflow.web.access"]
    assert lines[0].startswith("GET /probe/{token} 200")
    assert lines[1].startswith("GET (no route) 404")
    assert not any("SECRETTOKEN" in line or "testclient" in line or "Berlin" in line for line in lines)
