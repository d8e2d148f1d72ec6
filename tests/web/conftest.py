"""The booking page's test world: offer mode, two advisors, applicants, a movable clock, the link from the .eml."""

from __future__ import annotations

import email
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from include.runtime import Runtime, open_runtime
from include.store.db import migrate
from include.web.app import create_app
from include.web.security import RateLimit
from tests.scheduling.rows import advisor
from tests.scheduling.seed import add_advisors, add_applicant

KEY = b"test-link-key-0123456789abcdef-0123456789"
# Wednesday 10 March 2027, 12:00 UTC: the 14-day horizon crosses the US change (Sunday 14 March, 2 AM).
NOW = datetime(2027, 3, 10, 12, 0, tzinfo=UTC)
ADVISORS = (
    advisor(id="adv-ny", name="Dr. Nora York", email="nora@example.com", calendar_id="nora@example.com"),
    advisor(
        id="adv-chi",
        name="Dr. Carl Chicago",
        email="carl@example.com",
        calendar_id="carl@example.com",
        timezone="America/Chicago",
    ),
)


@dataclass
class Clock:
    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    rt: Runtime
    clock: Clock
    client: TestClient
    outbox: Path
    applicants: list[int] = field(default_factory=list)

    def run_offers(self) -> dict[str, int]:
        from include.scheduling.offer import offer_consults

        return offer_consults(self.rt, KEY, self.clock.now)

    def send(self) -> dict[str, int]:
        from include.notify.dispatch import dispatch
        from include.notify.plan import plan_messages

        with self.rt.engine.begin() as conn:
            plan_messages(conn, self.clock.now)
        return dispatch(self.rt, self.clock.now)

    def new_client(self) -> TestClient:
        return TestClient(self.client.app, follow_redirects=False)


def offer_settings(settings, **booking):
    return replace(settings, booking=replace(settings.booking, mode="offer", **booking))


@pytest.fixture
def world(settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    monkeypatch.setenv("CLERKFLOW_LINK_SECRET", KEY.decode())
    cfg = offer_settings(settings)
    migrate(cfg.db_url)
    rt = open_runtime(cfg)
    add_advisors(rt, ADVISORS)
    clock = Clock()
    app = create_app(rt=rt, key=KEY, clock=clock, limit=RateLimit(reads=10_000, writes=10_000))
    w = World(rt, clock, TestClient(app, follow_redirects=False), cfg.outbox_dir)
    w.applicants = [add_applicant(rt, 1, "Europe/Berlin", ["Internal Medicine"]), add_applicant(rt, 2, "Asia/Kolkata")]
    yield w
    rt.engine.dispose()


def emails(outbox: Path, kind: str | None = None, applicant: int | None = None) -> list[email.message.EmailMessage]:
    """The .eml files written so far (oldest first), optionally one kind for one applicant."""
    out = []
    for path in sorted(outbox.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns):
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        if kind and str(msg["X-Clerkflow-Key"]).split(":")[0] != kind:
            continue
        if applicant is not None and f"applicant{applicant}@" not in str(msg["To"]):
            continue
        out.append(msg)
    return out


def text_of(msg: email.message.EmailMessage) -> str:
    return msg.get_body(preferencelist=("plain",)).get_content()


def link_in(msg: email.message.EmailMessage, path: str) -> str:
    """The booking page link (``/b/...`` or ``/m/...``) in an email's text part, as a path."""
    found = re.search(rf"https?://[^/\s]+(/{path}/[A-Za-z0-9_.-]+)", text_of(msg))
    assert found, text_of(msg)
    return found.group(1)


def later(clock: Clock, **delta: float) -> None:
    clock.now = clock.now + timedelta(**delta)
