"""Chaos: the whole funnel over fake Google and SendGrid that fail a fifth of all requests at random.

429/503 with Retry-After, slow answers, connection resets, and inserts/sends whose answer is lost after
they took effect. The stages are re-run the way the scheduler would until no work is left; then every
applicant has exactly one booking (one live calendar event), and SendGrid got every expected email
once, except those the outbox marked "outcome unknown" for ops, which it got at most once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from include.config import load_settings
from include.cv.collect import parse_cvs
from include.intake.ingest import ingest
from include.matching.run import match
from include.matching.sync import sync_roster
from include.runtime import Runtime
from include.sample_data.synthetic import write_workload
from include.scheduling.book import book_consults
from include.store import tables as t
from include.store.db import migrate
from tests.fakes.google import FakeGoogle
from tests.fakes.sendgrid import FakeSendGrid
from tests.fakes.server import CHAOS_KINDS, Chaos
from tests.fakes.workload import seed_fakes, write_config
from tests.reliability import funnel
from tests.reliability.funnel import T0, T_REMINDERS, Driver


@contextmanager
def _run_funnel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int, seed: int, attempts: int = 2
) -> Iterator[tuple]:
    """The funnel run to the end under chaos; yields (runtime, google, sendgrid, driver, notify times)."""
    workload = write_workload(tmp_path / "input", n, seed=seed, advisors=n // 12)
    with FakeGoogle() as google, FakeSendGrid() as sendgrid:
        seed_fakes(google, workload)
        monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_GOOGLE", google.airflow_conn())
        monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_SENDGRID", sendgrid.airflow_conn())
        monkeypatch.setenv("CLERKFLOW_DB_URL", f"sqlite:///{tmp_path / 'app.db'}")
        monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
        settings = load_settings(write_config(workload, tmp_path))
        migrate(settings.db_url)
        google.chaos = Chaos(rate=0.2, seed=seed, timeout=2 * funnel.CLIENT_TIMEOUT)
        sendgrid.chaos = Chaos(rate=0.2, seed=seed + 1, timeout=2 * funnel.CLIENT_TIMEOUT)
        rt = funnel.fast_runtime(settings, attempts=attempts)
        # One calendar failure ends a booking run (the rest wait for the next): allow the re-runs that takes.
        drive = Driver(bound=80)
        drive.until("roster", lambda: sync_roster(rt, T0))
        drive.until("intake", lambda: ingest(rt, T0))
        drive.until("cv", lambda: parse_cvs(rt, T0), done=lambda r: not r.get("retry"))
        drive.until("match", lambda: match(rt, T0))
        drive.until("book", lambda: book_consults(rt, T0), done=lambda _r: _unbooked(rt) == 0)
        times = [T0, T_REMINDERS]
        for at in times:
            drive.until(
                "notify", lambda at=at: funnel.notify_round(rt, at), done=lambda _r: funnel.outbox_open(rt) == 0
            )
        try:
            yield rt, google, sendgrid, drive, times
        finally:
            rt.engine.dispose()


def _unbooked(rt: Runtime) -> int:
    a, b = t.applicants, t.consult_bookings
    with rt.engine.connect() as conn:
        booked = set(conn.scalars(select(b.c.applicant_id).where(b.c.status == "booked")))
        return len(set(conn.scalars(select(a.c.id))) - booked)


def _check(rt: Runtime, google: FakeGoogle, sendgrid: FakeSendGrid, times: list, n: int) -> funnel.MailOutcome:
    with rt.engine.connect() as conn:
        applicants = conn.execute(select(t.applicants.c.id)).all()
        failures = conn.execute(
            select(t.cv_profiles.c.applicant_id, t.cv_profiles.c.error_reason).where(
                t.cv_profiles.c.status.in_(["missing", "error", "needs_ocr"])
            )
        ).all()
        profiles = conn.execute(select(t.cv_profiles.c.applicant_id)).all()
    assert len(applicants) == n
    assert len(profiles) == n, "every applicant's CV was settled (parsed or a stored reason)"
    assert failures, "the workload has missing and corrupt CVs"
    assert [aid for aid, why in failures if not why] == []
    funnel.assert_one_live_booking_each(rt, google)
    expected = funnel.expected_keys(rt, times)
    assert any(k.startswith("reminder_24h:") for k in expected), "the reminder run had reminders to send"
    return funnel.assert_each_email_at_most_once(rt, sendgrid, expected)


def test_funnel_under_chaos_books_everyone_once_and_sends_each_email_at_most_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = 200
    with _run_funnel(tmp_path, monkeypatch, n, seed=11) as (rt, google, sendgrid, _drive, times):
        outcome = _check(rt, google, sendgrid, times, n)
        injected = {k: len(google.chaos_faults(k)) + len(sendgrid.chaos_faults(k)) for k in CHAOS_KINDS}
        assert all(injected.values()), f"every chaos kind was exercised: {injected}"
        lost_answers = len(sendgrid.chaos_faults("drop_after")) + len(sendgrid.chaos_faults("timeout_after"))
        assert lost_answers > 0
        # Every "outcome unknown" came from a fault (a lost answer or a reset), never from a clean reply.
        sendgrid_faults = lost_answers + len(sendgrid.chaos_faults("reset"))
        assert 0 < outcome.unknown <= sendgrid_faults
        assert outcome.unknown_delivered <= lost_answers
        assert outcome.sent >= 0.8 * (outcome.sent + outcome.unknown)


@pytest.mark.slow
def test_funnel_under_heavier_chaos_with_other_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for seed in (23, 37):
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        with monkeypatch.context() as mp, _run_funnel(folder, mp, 300, seed=seed) as (rt, google, sendgrid, _d, times):
            _check(rt, google, sendgrid, times, 300)
