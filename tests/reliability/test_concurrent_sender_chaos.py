"""The concurrent sender under chaos: 16 sends in flight, a fault on a quarter of them, two senders at once.

The fake SendGrid answers 429/503 (with Retry-After), slow answers, resets, and answers lost after the
message was accepted. ``dispatch`` is re-run, the way the schedule would, until nothing is left, with a
second ``dispatch`` running alongside the first each round. Then every message reached SendGrid at most
once, each marked sent reached it exactly once, and nothing is left unsent or unexplained.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from include.backends.mail import Message, SendResult
from include.config import load_settings
from include.intake.ingest import ingest
from include.matching.sync import sync_roster
from include.notify.dispatch import dispatch
from include.notify.plan import plan_messages
from include.runtime import Runtime
from include.sample_data.synthetic import write_workload
from include.scheduling.book import book_consults
from include.store.db import migrate
from tests.fakes.google import FakeGoogle
from tests.fakes.sendgrid import FakeSendGrid
from tests.fakes.server import Chaos
from tests.fakes.workload import seed_fakes, write_config
from tests.reliability import funnel
from tests.reliability.funnel import T0, Driver

N = 80
WIDTH = 16


class _Counting:
    """The real mailer, counting how many of its sends run at once."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.idempotent = inner, inner.idempotent
        self.lock, self.now, self.most = threading.Lock(), 0, 0

    @property
    def unsubscribe_link(self) -> str | None:
        return self.inner.unsubscribe_link

    def suppressed(self) -> Any:
        return self.inner.suppressed()

    def send(self, msg: Message) -> SendResult:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            return self.inner.send(msg)
        finally:
            with self.lock:
                self.now -= 1


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Runtime, FakeSendGrid, _Counting]]:
    workload = write_workload(tmp_path / "input", N, seed=3, advisors=8)
    with FakeGoogle() as google, FakeSendGrid() as sendgrid:
        seed_fakes(google, workload)
        monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_GOOGLE", google.airflow_conn())
        monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_SENDGRID", sendgrid.airflow_conn())
        monkeypatch.setenv("CLERKFLOW_DB_URL", f"sqlite:///{tmp_path / 'app.db'}")
        monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
        settings = load_settings(write_config(workload, tmp_path))
        settings = replace(settings, mail=replace(settings.mail, send_concurrency=WIDTH))
        migrate(settings.db_url)
        rt = funnel.fast_runtime(settings, attempts=2)
        sync_roster(rt, T0)
        ingest(rt, T0)
        book_consults(rt, T0)
        with rt.engine.begin() as conn:
            plan_messages(conn, T0)
        counting = _Counting(rt.backends.mailer)
        rt = replace(rt, backends=replace(rt.backends, mailer=counting))
        sendgrid.latency = 0.02  # sends overlap
        sendgrid.chaos = Chaos(rate=0.25, seed=7, timeout=2 * funnel.CLIENT_TIMEOUT)
        try:
            yield rt, sendgrid, counting
        finally:
            rt.engine.dispose()


def _two_senders(rt: Runtime) -> None:
    other = threading.Thread(target=dispatch, args=(rt, T0))
    other.start()
    try:
        dispatch(rt, T0)
    finally:
        other.join()


def test_concurrent_sender_under_chaos_delivers_each_message_at_most_once(world) -> None:
    rt, sendgrid, counting = world
    expected = funnel.expected_keys(rt, [T0])
    assert len(expected) == 3 * N
    Driver(bound=40).until("notify", lambda: _two_senders(rt), done=lambda _r: funnel.outbox_open(rt) == 0)
    outcome = funnel.assert_each_email_at_most_once(rt, sendgrid, expected)
    assert counting.most > 4, "sends ran concurrently"
    lost = sum(len(sendgrid.chaos_faults(k)) for k in ("drop_after", "timeout_after", "reset"))
    assert all(sendgrid.chaos_faults(k) for k in ("429", "503", "drop_after")), "the faults that matter were drawn"
    assert outcome.unknown <= lost  # an "outcome unknown" only where an answer was really lost
    assert outcome.sent + outcome.unknown == 3 * N
