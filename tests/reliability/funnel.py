"""The whole funnel over the fake Google and SendGrid servers, driven like a scheduler that retries.

Shared by the chaos and crash tests (and ``stage_child.py``): a synthetic workload seeded into the fakes,
a runtime whose clients never really sleep and time out fast, stages re-run until no work is left, and the
invariants every run must end with (one live booking per applicant, each expected email at most once).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from include.backends.google import Backoff, DriveCvStore, GoogleCalendar, GoogleSheets
from include.backends.sendgrid import SendGridMailer
from include.backends.sheets import LocalSheets
from include.config import Settings
from include.notify.dispatch import UNKNOWN_OUTCOME
from include.notify.plan import CV_PROBLEMS, REMINDER_WINDOWS, reminder_due
from include.runtime import Backends, Runtime, db_url
from include.store import tables as t
from include.store.db import make_engine
from include.timeutil import as_utc
from tests.fakes.google import FakeGoogle
from tests.fakes.sendgrid import FakeSendGrid

log = logging.getLogger(__name__)

T0 = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
T_REMINDERS = T0 + timedelta(days=1, hours=12)  # the 24 h reminders of calls two days out are due
CLIENT_TIMEOUT = 1.5  # seconds; chaos "timeout_after" stays silent longer. Not shorter: on a loaded 2-core CI machine
# a clean answer to one of 32 concurrent sends can take over 0.5 s, and a timeout then is an "unknown" no fault caused.


def no_sleep(_seconds: float) -> None:
    """Backoff sleeps cost nothing in tests; the retry logic still runs."""


def fast_runtime(
    settings: Settings, timeout: float = CLIENT_TIMEOUT, attempts: int = 5, via_airflow: bool = True
) -> Runtime:
    """The real Google/SendGrid backends (from the ``AIRFLOW_CONN_*`` env) with no-op sleeps and short timeouts.

    ``attempts`` below the default makes the clients give up sooner, so stages fail and are re-run more.
    ``via_airflow=False`` reads the fakes' addresses from the same env without importing Airflow (5 s saved
    per child process); the backends and their clients are the same.
    """
    kw: dict[str, Any] = {"sleep": no_sleep, "timeout": timeout}
    if via_airflow:
        backends = Backends(
            sheets=GoogleSheets.from_connection(**kw),
            cvstore=DriveCvStore.from_connection(**kw),
            calendar=GoogleCalendar.from_connection(**kw),
            mailer=SendGridMailer.from_connection(settings.mail, **kw),
        )
    else:
        backends = _direct_backends(settings, timeout)
    for backend in (backends.sheets, backends.cvstore, backends.calendar, backends.mailer):
        backend.backoff = Backoff(no_sleep, attempts=attempts)  # type: ignore[attr-defined]
    return Runtime(settings, make_engine(db_url(settings)), backends)


def _direct_backends(settings: Settings, timeout: float) -> Backends:
    import httplib2
    from googleapiclient.discovery import build
    from sendgrid import SendGridAPIClient

    from include.backends.sendgrid import keep_alive

    google = json.loads(os.environ["AIRFLOW_CONN_CLERKFLOW_GOOGLE"])["extra"]["endpoint"]
    sendgrid = json.loads(os.environ["AIRFLOW_CONN_CLERKFLOW_SENDGRID"])

    def service(name: str, version: str) -> Any:
        options = {"api_endpoint": f"{google}/{name}/{version}/"}
        return build(name, version, http=httplib2.Http(timeout=timeout), client_options=options, static_discovery=True)

    client = keep_alive(SendGridAPIClient(sendgrid["password"], host=sendgrid["extra"]["host"]))
    return Backends(
        sheets=LocalSheets(),  # the crash tests' children neither read nor write sheets
        cvstore=DriveCvStore(service("drive", "v3")),
        calendar=GoogleCalendar(service("calendar", "v3")),
        mailer=SendGridMailer(client, settings.mail, timeout=timeout),
    )


@dataclass
class Driver:
    """Calls a stage again and again, as Airflow's retries and the next schedule would, until it is done."""

    bound: int = 25
    errors: list[str] = field(default_factory=list)  # exception type names, one per failed attempt

    def until(self, name: str, run: Callable[[], Any], done: Callable[[Any], bool] = lambda _r: True) -> Any:
        for _ in range(self.bound):
            try:
                result = run()
            except Exception as exc:  # a task failure: the scheduler retries it
                self.errors.append(f"{name}:{type(exc).__name__}")
                log.info("stage %s failed (%s); retrying", name, type(exc).__name__)
                continue
            if done(result):
                return result
        raise AssertionError(f"stage {name} still had work after {self.bound} runs (errors: {self.errors[-5:]})")


def notify_round(rt: Runtime, now: datetime) -> dict[str, int]:
    """Plan what is due, then send; the counts of this dispatch."""
    from include.notify.dispatch import dispatch
    from include.notify.plan import plan_messages

    with rt.engine.begin() as conn:
        plan_messages(conn, now)
    return dispatch(rt, now)


def outbox_open(rt: Runtime) -> int:
    """Messages still waiting to be sent (queued or claimed)."""
    o = t.outbox_messages
    with rt.engine.connect() as conn:
        return len(conn.execute(select(o.c.id).where(o.c.state.in_(["queued", "sending"]))).all())


def expected_keys(rt: Runtime, notify_times: list[datetime]) -> set[str]:
    """The message keys the facts call for, given the times the notify stage ran (the first one told)."""
    a, p, b = t.applicants, t.cv_profiles, t.consult_bookings
    told = notify_times[0]
    keys: set[str] = set()
    with rt.engine.connect() as conn:
        for (aid,) in conn.execute(select(a.c.id)):
            keys.add(f"application_received:{aid}")
        for aid, doc in conn.execute(select(p.c.applicant_id, p.c.document_id).where(p.c.status.in_(CV_PROBLEMS))):
            keys.add(f"cv_needed:{aid}:{doc or 'none'}")
        for bid, start, seq in conn.execute(select(b.c.id, b.c.start_at, b.c.sequence).where(b.c.status == "booked")):
            start = as_utc(start)
            keys.add(f"consult_booked:{bid}")
            keys.add(f"advisor_brief:{bid}:{seq}")
            for kind, (opens, _closes) in REMINDER_WINDOWS.items():
                if told < start - opens and any(reminder_due(kind, start, at) for at in notify_times):
                    keys.add(f"{kind}:{bid}:{seq}")
    return keys


def assert_one_live_booking_each(rt: Runtime, google: FakeGoogle) -> dict[str, str]:
    """Every applicant has one booked booking, and each has exactly one live event on its advisor's calendar;
    no live event belongs to anything else. Returns booking id -> event id."""
    a, b, adv = t.applicants, t.consult_bookings, t.advisors
    with rt.engine.connect() as conn:
        applicants = set(conn.scalars(select(a.c.id)))
        rows = conn.execute(
            select(b.c.id, b.c.applicant_id, b.c.status, b.c.event_id, adv.c.calendar_id).join(
                adv, adv.c.id == b.c.advisor_id
            )
        ).all()
        statuses = dict(conn.execute(select(a.c.id, a.c.status)).all())
    per_applicant: dict[int, list[str]] = {}
    for r in rows:
        per_applicant.setdefault(r.applicant_id, []).append(r.status)
    assert {aid: s for aid, s in per_applicant.items() if s != ["booked"]} == {}
    assert set(per_applicant) == applicants, f"{len(applicants - set(per_applicant))} applicants without a booking"
    assert set(statuses.values()) == {"booked"}
    live = google.live_events_by_booking()
    want = {r.id: [(r.calendar_id, r.event_id)] for r in rows}
    doubled = {bid: len(evs) for bid, evs in live.items() if len(evs) > 1}
    orphans = set(live) - set(want)
    assert doubled == {}, "more than one live event for a booking"
    assert orphans == set(), "live events that no booking owns"
    assert live == want
    return {r.id: r.event_id for r in rows}


@dataclass(frozen=True)
class MailOutcome:
    sent: int
    unknown: int  # failed with "outcome unknown" (left for ops): delivered at most once
    unknown_delivered: int


def assert_each_email_at_most_once(rt: Runtime, sendgrid: FakeSendGrid, expected: set[str]) -> MailOutcome:
    """The outbox holds exactly ``expected``; a sent key reached SendGrid once; an "outcome unknown" key at most
    once; nothing else was ever delivered and nothing is left unsent."""
    o = t.outbox_messages
    with rt.engine.connect() as conn:
        rows = conn.execute(select(o.c.message_key, o.c.state, o.c.error)).all()
    delivered = sendgrid.delivered()
    assert {r.message_key for r in rows} == expected
    assert {k: n for k, n in delivered.items() if n > 1} == {}, "a message was delivered twice"
    assert set(delivered) <= expected, "a message nobody queued was delivered"
    sent = [r.message_key for r in rows if r.state == "sent"]
    unknown = [r.message_key for r in rows if r.state == "failed" and UNKNOWN_OUTCOME in (r.error or "")]
    others = {r.message_key: (r.state, r.error) for r in rows if r.message_key not in {*sent, *unknown}}
    assert others == {}, "messages neither sent nor left for ops with an unknown outcome"
    assert [k for k in sent if delivered[k] != 1] == [], "a message marked sent never reached SendGrid"
    return MailOutcome(len(sent), len(unknown), sum(delivered[k] for k in unknown))
