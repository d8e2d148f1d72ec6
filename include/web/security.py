"""What every page of the public service needs: CSRF on forms, a rate limit, safe headers, a log without PII.

- **CSRF**: a random cookie (``cf_csrf``, HttpOnly, SameSite=Strict) and, in each form, a hidden field that
  is the HMAC of that cookie under the link key. A POST needs both to agree, and is refused when the browser
  says it comes from another site (``Origin``, ``Sec-Fetch-Site``). Forms work without JavaScript.
- **Rate limit**: a fixed one-minute window per client address (hashed) and kind (reads, writes), in memory:
  one process serves the page (compose runs one); behind a proxy set ``trust_forwarded``.
- **Access log**: method, the route's *template* (``/b/{token}``, never the token), status and milliseconds.
  No query string, no client address, no user agent. Run uvicorn with ``access_log=False``: its own log
  prints the raw path, which carries the token.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import Response
from starlette.routing import Match
from starlette.types import ASGIApp

access_log = logging.getLogger("clerkflow.web.access")

CSRF_COOKIE = "cf_csrf"
CSRF_FIELD = "csrf"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",  # the page URL carries a token: never send it to another site
    "Cache-Control": "no-store",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def csrf_token(request: Request, key: bytes) -> str:
    """The hidden form value for this browser (HMAC of its CSRF cookie)."""
    return _csrf_mac(key, request.state.csrf_cookie)


def _csrf_mac(key: bytes, cookie: str) -> str:
    return hmac.new(key, f"csrf|{cookie}".encode(), hashlib.sha256).hexdigest()


def check_csrf(request: Request, key: bytes, submitted: str | None) -> None:
    """Refuse a POST whose form value does not match this browser's cookie, or from another origin (403)."""
    # Browsers send "Origin: null" under our no-referrer policy, so only another real origin is refused;
    # Sec-Fetch-Site (sent by current browsers) says the same thing more reliably.
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin.rstrip("/") != str(request.base_url).rstrip("/"):
        raise HTTPException(403, "cross-site form")
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise HTTPException(403, "cross-site form")
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not hmac.compare_digest(_csrf_mac(key, cookie), submitted):
        raise HTTPException(403, "form expired")


@dataclass
class RateLimit:
    """At most ``reads`` GETs and ``writes`` other requests per client and minute."""

    reads: int = 120
    writes: int = 20
    trust_forwarded: bool = False
    window: float = 60.0
    _hits: dict[tuple[str, str], tuple[float, int]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def client(self, request: Request) -> str:
        forwarded = request.headers.get("x-forwarded-for") if self.trust_forwarded else None
        address = (forwarded.split(",")[0].strip() if forwarded else None) or (
            request.client.host if request.client else "?"
        )
        return hashlib.sha256(address.encode()).hexdigest()[:16]

    def allow(self, request: Request, now: float | None = None) -> float | None:
        """None if allowed, else the seconds until the window resets."""
        kind = "read" if request.method in {"GET", "HEAD"} else "write"
        limit = self.reads if kind == "read" else self.writes
        now = time.monotonic() if now is None else now
        bucket = (self.client(request), kind)
        with self._lock:
            if len(self._hits) > 50_000:  # forget old windows rather than grow without bound
                self._hits = {k: v for k, v in self._hits.items() if now - v[0] < self.window}
            start, count = self._hits.get(bucket, (now, 0))
            if now - start >= self.window:
                start, count = now, 0
            if count >= limit:
                return self.window - (now - start)
            self._hits[bucket] = (start, count + 1)
        return None


def _route_template(request: Request) -> str:
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match == Match.FULL:
            return getattr(route, "path", "?")
    return "(no route)"


class WebGuard(BaseHTTPMiddleware):
    """Rate limit, CSRF cookie, security headers and the access log, for every request."""

    def __init__(self, app: ASGIApp, limit: RateLimit, secure_cookies: bool = False) -> None:
        super().__init__(app)
        self.limit = limit
        self.secure_cookies = secure_cookies

    async def dispatch(self, request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        wait = self.limit.allow(request)
        if wait is not None:
            response: Response = Response(
                "Too many requests; please wait a minute and try again.\n",
                status_code=429,
                media_type="text/plain",
                headers={"Retry-After": str(max(1, int(wait)))},
            )
        else:
            cookie = request.cookies.get(CSRF_COOKIE)
            fresh = not cookie or len(cookie) > 64
            request.state.csrf_cookie = secrets.token_urlsafe(24) if fresh else cookie
            response = await call_next(request)
            if fresh:
                response.set_cookie(
                    CSRF_COOKIE,
                    request.state.csrf_cookie,
                    httponly=True,
                    samesite="strict",
                    secure=self.secure_cookies,
                    path="/",
                )
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        access_log.info(
            "%s %s %s %.0fms",
            request.method,
            _route_template(request),
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return response
