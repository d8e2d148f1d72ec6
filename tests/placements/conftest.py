"""The placement test world: the sample funnel run once on a fresh DB, a link key, the public app on a clock."""

from __future__ import annotations

import email
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email import policy
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from include.config import Settings, load_settings
from include.runtime import Runtime, open_runtime
from include.store.db import migrate
from tests.pgdb import PG_URL, scratch_database

KEY = b"placement-test-link-key-0123456789abcdef"
NOW = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
FUNNEL = ("roster", "intake", "cv", "match", "book", "notify")
PAGE = "https://rotations.example.org"
LINK = re.compile(r"https://rotations\.example\.org/placement/(pick|accept|decline)/[A-Za-z0-9_.-]+")


@dataclass
class Clock:
    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    settings: Settings
    rt: Runtime
    clock: Clock
    client: TestClient
    seen: set[str] = field(default_factory=set)

    def run(self, *stages: str) -> list[Path]:
        """Run stages at the clock's time; the .eml files written by them (new since the last call)."""
        from include import pipeline

        for stage in stages:
            pipeline.STAGES[stage](self.settings, self.clock.now)
        files = sorted(self.settings.outbox_dir.glob("*.eml"))
        new = [f for f in files if f.name not in self.seen]
        self.seen |= {f.name for f in files}
        return new


def read_eml(path: Path) -> tuple[email.message.EmailMessage, str, str]:
    """The message, its plain-text part and its HTML part."""
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    return msg, text, html


def link(path: Path, kind: str) -> str:
    """The ``kind`` link (pick, accept, decline) in the message's plain text."""
    _, text, _ = read_eml(path)
    found = [m.group(0) for m in LINK.finditer(text) if m.group(1) == kind]
    assert found, f"no {kind} link in {path.name}"
    return found[0]


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set")
    monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CLERKFLOW_LINK_SECRET", KEY.decode())
    with _database(request.param, tmp_path) as url:
        monkeypatch.setenv("CLERKFLOW_DB_URL", url)
        settings = load_settings()
        settings = replace(settings, booking=replace(settings.booking, page_url=PAGE))
        migrate(url)
        rt = open_runtime(settings)
        clock = Clock()
        from include.web.app import create_app

        client = TestClient(create_app(rt=rt, key=KEY, clock=clock), base_url=PAGE)
        w = World(settings, rt, clock, client)
        w.run(*FUNNEL)
        try:
            yield w
        finally:
            rt.engine.dispose()


def _database(kind: str, tmp_path: Path):
    from contextlib import nullcontext

    if kind == "postgresql":
        return scratch_database("clerkflow_placements")
    return nullcontext(f"sqlite:///{tmp_path / 'clerkflow.db'}")
