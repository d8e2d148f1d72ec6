"""Re-running one applicant by hand: after ops fix their data, get a new CV, or want a re-booking.

Steps run in funnel order through the same stage code the DAGs use; an optional consultation ``action``
(reschedule, cancel, mark done / no-show) runs just before booking, so the email step then sends its
notice. ``force`` redoes what is already done: re-parses the CV, moves a live booking to a new slot, and
re-sends the applicant's latest email under a new outbox key (``resend:<tag>:<original key>``), so the
outbox's one-send-per-key rule still holds.

``dry_run`` runs exactly the same code, but on one database connection whose outer transaction is rolled
back at the end (each stage "commit" is a savepoint), with the calendar and the mailer swapped for
recorders that only note what would have been done. So the dry-run summary is what a real run would
do now, and nothing changes: no row, no calendar event, no email, no file. CVs are still fetched and
parsed (read-only) to show their outcome. On SQLite the dry run holds the write lock while it runs.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, select

from include.backends.calendar import CalendarBackend, CalendarEvent, EventSpec
from include.backends.mail import Mailer, Message, SendResult
from include.config import Settings, load_settings
from include.dag_defaults import RERUN_ACTIONS, RERUN_STEPS
from include.runtime import Runtime, db_url, open_runtime
from include.store import tables as t
from include.store.db import make_engine
from include.store.locks import named_lock
from include.timeutil import as_utc

log = logging.getLogger(__name__)

LIVE_BOOKING = ("pending", "booked")
KEY_LIMIT = 200  # outbox_messages.message_key
RESEND = "resend:"


class ApplicantNotFound(LookupError):
    """No applicant matches what ops typed."""


def resolve_applicant(rt: Runtime, ref: str) -> int:
    """An applicant id from ``ref``: a number (the id) or an email address (any case, spaces trimmed).

    The error names the id but never echoes an email address (it ends up in task logs).
    """
    ref = (ref or "").strip()
    a = t.applicants
    if ref.isdigit():
        query = select(a.c.id).where(a.c.id == int(ref))
    elif "@" in ref:
        query = select(a.c.id).where(a.c.email == ref.lower())
    else:
        raise ApplicantNotFound("give the applicant's id (a number) or their email address")
    with rt.engine.connect() as conn:
        found = conn.scalar(query)
    if found is None:
        raise ApplicantNotFound(
            f"no applicant with {'id ' + ref if ref.isdigit() else 'that email address'}; "
            "check the Applicants list (quarantined rows are not applicants yet)"
        )
    return found


def snapshot(conn: Connection, applicant_id: int) -> dict[str, Any]:
    """The applicant's state in ids and statuses (safe for logs and the run note)."""
    a, p, b, o = t.applicants, t.cv_profiles, t.consult_bookings, t.outbox_messages
    booking = conn.execute(
        select(b.c.id, b.c.status, b.c.start_at, b.c.sequence).where(b.c.applicant_id == applicant_id)
    ).first()
    cv = conn.execute(select(p.c.status, p.c.document_id).where(p.c.applicant_id == applicant_id)).first()
    return {
        "status": conn.scalar(select(a.c.status).where(a.c.id == applicant_id)),
        "cv": None if cv is None else {"status": cv.status, "document": cv.document_id},
        "recommendations": list(
            conn.scalars(
                select(t.recommendations.c.preceptor_id)
                .where(t.recommendations.c.applicant_id == applicant_id)
                .order_by(t.recommendations.c.rank)
            )
        ),
        "booking": None
        if booking is None
        else {
            "id": booking.id,
            "status": booking.status,
            "start": as_utc(booking.start_at).strftime("%Y-%m-%d %H:%M UTC"),
            "sequence": booking.sequence,
        },
        "emails": {
            r.message_key: r.state
            for r in conn.execute(select(o.c.message_key, o.c.state).where(o.c.applicant_id == applicant_id))
        },
    }


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What differs between two snapshots, one readable line per fact."""
    out = []
    for name in ("status", "cv", "recommendations", "booking"):
        if before[name] != after[name]:
            out.append(f"{name}: {_short(before[name])} → {_short(after[name])}")
    for key, state in sorted(after["emails"].items()):
        old = before["emails"].get(key)
        if old != state:
            out.append(f"email {key}: {old or 'new'} → {state}")
    return out


def _short(value: Any) -> str:
    if value is None or value == []:
        return "none"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def rerun_applicant(
    ref: str,
    steps: Sequence[str] = RERUN_STEPS,
    *,
    force: bool = False,
    dry_run: bool = False,
    action: str = "none",
    tag: str | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Run ``steps`` (and ``action``) for one applicant; returns a summary of what changed (or would).

    ``tag`` names this run in re-send keys (the Airflow run id, so a retried task re-sends nothing twice).
    """
    unknown = [s for s in steps if s not in RERUN_STEPS]
    if unknown:
        raise ValueError(f"unknown step(s) {unknown}; choose from {list(RERUN_STEPS)}")
    if action not in RERUN_ACTIONS:
        raise ValueError(f"unknown action {action!r}; choose from {list(RERUN_ACTIONS)}")
    settings = settings or load_settings()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    tag = tag or now.strftime("%Y%m%dT%H%M%S%fZ")
    rt = open_runtime(settings)
    try:
        applicant_id = resolve_applicant(rt, ref)
        if not dry_run:
            return _run(rt, applicant_id, steps, force, action, tag, now, dry_run=False)
        with rolled_back(rt) as (dry, recorded):
            summary = _run(dry, applicant_id, steps, force, action, tag, now, dry_run=True)
        summary["would_call"] = recorded.calls
        return summary
    finally:
        rt.engine.dispose()


def _run(
    rt: Runtime,
    applicant_id: int,
    steps: Sequence[str],
    force: bool,
    action: str,
    tag: str,
    now: datetime,
    *,
    dry_run: bool,
) -> dict[str, Any]:
    from include.cv.collect import parse_cvs
    from include.intake.ingest import ingest
    from include.matching.run import match

    with rt.engine.connect() as conn:
        before = snapshot(conn, applicant_id)
    results: dict[str, Any] = {}
    ordered = [s for s in RERUN_STEPS if s in steps]
    for step in ordered:
        if step == "book" and action != "none":
            results["action"] = consult_action(rt, applicant_id, action, now)
        if step == "intake":
            results[step] = ingest(rt, now)
        elif step == "cv":
            results[step] = parse_cvs(rt, now, [applicant_id], force=force)
        elif step == "match":
            results[step] = match(rt, now)
        elif step == "book":
            with named_lock(rt.engine, "stage", "book"):  # waits for an overlapping process-DAG book task
                results[step] = _book(rt, applicant_id, force and action == "none", action, now)
        elif step == "email":
            with named_lock(rt.engine, "stage", "notify"):
                results[step] = _email(rt, applicant_id, force, tag, now)
    if action != "none" and "action" not in results:  # no book step chosen: the action still runs, after the rest
        results["action"] = consult_action(rt, applicant_id, action, now)
    with rt.engine.connect() as conn:
        after = snapshot(conn, applicant_id)
    return {
        "applicant_id": applicant_id,
        "dry_run": dry_run,
        "steps": ordered,
        "force": force,
        "action": action,
        "results": results,
        "changes": changes(before, after),
        "before": before,
        "after": after,
    }


def consult_action(rt: Runtime, applicant_id: int, action: str, now: datetime) -> dict[str, Any]:
    """Reschedule, cancel or record the outcome of the applicant's consultation."""
    from include.scheduling import manage

    if action == "reschedule":
        return manage.reschedule_booking(rt, applicant_id, now)
    if action == "cancel":
        return manage.cancel_booking(rt, applicant_id, now, reason="cancelled by ops (rerun)")
    if action in {"mark_done", "mark_no_show"}:
        return manage.mark_outcome(rt, applicant_id, action.removeprefix("mark_"), now)
    raise ValueError(f"unknown action {action!r}")


def _book(rt: Runtime, applicant_id: int, force: bool, action: str, now: datetime) -> dict[str, Any]:
    """Book if there is no live consultation; ``force`` moves a live one to a new slot."""
    from include.scheduling.book import book_consults

    if action == "cancel":
        return {"skipped": "the consultation was just cancelled; not booking a new one"}
    with rt.engine.connect() as conn:
        status = conn.scalar(
            select(t.consult_bookings.c.status).where(t.consult_bookings.c.applicant_id == applicant_id)
        )
    if status in LIVE_BOOKING:
        if force:
            return {"rebooked": consult_action(rt, applicant_id, "reschedule", now)}
        return {"skipped": f"a consultation is already {status} (force moves it)"}
    return book_consults(rt, now, [applicant_id])


def _email(rt: Runtime, applicant_id: int, force: bool, tag: str, now: datetime) -> dict[str, Any]:
    """Queue and send what is due; ``force`` also re-sends the latest email sent before this run."""
    from include.notify.compose import ADVISOR_KINDS
    from include.notify.dispatch import dispatch
    from include.notify.plan import plan_messages

    o = t.outbox_messages
    resent = None
    with rt.engine.begin() as conn:
        latest = conn.execute(
            select(o)
            .where(
                o.c.applicant_id == applicant_id,
                o.c.state == "sent",
                ~o.c.message_key.startswith(RESEND),
                o.c.kind.not_in(ADVISOR_KINDS),  # force re-sends the applicant's latest email, not the advisor's
            )
            .order_by(o.c.sent_at.desc(), o.c.id.desc())
            .limit(1)
        ).first()
        queued = plan_messages(conn, now, [applicant_id], rt.settings.placements)
        if force and latest is not None:
            resent = resend_key(latest.message_key, tag)
            if conn.scalar(select(o.c.id).where(o.c.message_key == resent)) is None:
                conn.execute(
                    insert(o).values(
                        message_key=resent,
                        applicant_id=applicant_id,
                        kind=latest.kind,
                        booking_id=latest.booking_id,
                        to_email=latest.to_email,
                        state="queued",
                        attempts=0,
                        created_at=now,
                    )
                )
    out: dict[str, Any] = {"queued": queued, "sent": dispatch(rt, now, applicant_ids=[applicant_id])}
    if force:
        out["resent"] = resent or "nothing sent before, nothing to re-send"
    return out


def resend_key(original: str, tag: str) -> str:
    """The outbox key for re-sending ``original``: new per run, the same for a retry of that run.

    The tag goes in front so the key still ends like the original (dispatch reads e.g. a nudge's number there).
    """
    key = f"{RESEND}{tag}:{original}"
    if len(key) <= KEY_LIMIT:
        return key
    return f"{RESEND}{hashlib.sha256(tag.encode()).hexdigest()[:16]}:{original}"[:KEY_LIMIT]


def describe(summary: dict[str, Any]) -> str:
    """The summary as Markdown for people: the DAG run note and the task log."""
    head = " Dry run: nothing was changed." if summary["dry_run"] else ""
    lines = [
        f"**Rerun of applicant #{summary['applicant_id']}**.{head}",
        f"Steps: {', '.join(summary['steps']) or 'none'}; force: {'yes' if summary['force'] else 'no'}; "
        f"consultation action: {summary['action']}",
        "",
        "Results:",
        *[f"- {name}: {_short(value)}" for name, value in summary["results"].items()],
        "",
        "Would change:" if summary["dry_run"] else "Changed:",
        *([f"- {line}" for line in summary["changes"]] or ["- nothing"]),
    ]
    calls = summary.get("would_call") or []
    if calls:
        lines += ["", "Would call (not done):", *[f"- {c}" for c in calls]]
    return "\n".join(lines)


# ---------------------------------------------------------------- dry run


@dataclass
class Recorded:
    """What a dry run would have done outside the database."""

    calls: list[str] = field(default_factory=list)


class _PinnedEngine:
    """Stands in for the Engine: every ``connect`` is the one connection, every ``begin`` a savepoint on it."""

    single_transaction = True  # named locks pass through: nothing this engine does is ever committed

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.dialect = conn.dialect

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        yield self._conn

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self._conn.begin_nested():
            yield self._conn

    def dispose(self) -> None:
        """The real engine is disposed by ``rolled_back``."""


@dataclass
class _RecordingCalendar:
    """Reads the real calendar (free/busy), records writes instead of making them."""

    real: CalendarBackend
    recorded: Recorded
    events: dict[str, CalendarEvent] = field(default_factory=dict)

    def busy(self, calendar_ids: list[str], start: datetime, end: datetime) -> dict[str, list[Any]]:
        return self.real.busy(calendar_ids, start, end)

    def find(self, calendar_id: str, booking_id: str) -> CalendarEvent | None:
        return self.events.get(booking_id) or self.real.find(calendar_id, booking_id)

    def is_free(self, spec: EventSpec, event_id: str | None = None) -> bool:
        return self.real.is_free(spec, event_id)

    def insert(self, spec: EventSpec) -> CalendarEvent:
        self.recorded.calls.append(
            f"calendar: create event {spec.booking_id} at {spec.start:%Y-%m-%d %H:%M} UTC on {spec.calendar_id}"
        )
        return self._event(spec, spec.booking_id)

    def update(self, spec: EventSpec, event_id: str) -> CalendarEvent:
        self.recorded.calls.append(f"calendar: move event {event_id} to {spec.start:%Y-%m-%d %H:%M} UTC")
        return self._event(spec, event_id)

    def cancel(self, calendar_id: str, event_id: str) -> None:
        self.recorded.calls.append(f"calendar: cancel event {event_id} on {calendar_id}")

    def _event(self, spec: EventSpec, event_id: str) -> CalendarEvent:
        ev = CalendarEvent(event_id, spec.booking_id, spec.start, spec.end)
        self.events[spec.booking_id] = ev
        return ev


@dataclass
class _RecordingMailer:
    """Records ``send``; everything else (read-only: unsubscribe link, suppression lists) is the real mailer's."""

    real: Mailer
    recorded: Recorded
    idempotent: bool = True

    def send(self, msg: Message) -> SendResult:
        self.recorded.calls.append(f"mail: send {msg.kind} ({msg.key})")
        return SendResult(provider_id="dry-run")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@contextmanager
def rolled_back(rt: Runtime) -> Iterator[tuple[Runtime, Recorded]]:
    """``rt`` on one connection whose transaction is always rolled back, with recording calendar and mail."""
    url = db_url(rt.settings)
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        # pysqlite defers BEGIN and breaks SAVEPOINT; SQLAlchemy's documented fix: emit BEGIN ourselves.
        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN")

    recorded = Recorded()
    conn = engine.connect()
    outer = conn.begin()
    try:
        backends = replace(
            rt.backends,
            calendar=_RecordingCalendar(rt.backends.calendar, recorded),
            mailer=_RecordingMailer(rt.backends.mailer, recorded),
        )
        yield Runtime(rt.settings, _PinnedEngine(conn), backends), recorded  # type: ignore[arg-type]
    finally:
        outer.rollback()
        conn.close()
        engine.dispose()


def set_run_note(dag_id: str, run_id: str, note: str) -> bool:
    """Write ``note`` on a DAG run through Airflow's REST API (in 3.3 the task execution API cannot).

    Needs the optional ``clerkflow_airflow_api`` connection (http; host = Airflow base URL, login/password of
    a user who may edit runs); without it the summary stays in the task log and return value.
    """
    import httpx

    from include.hooks import AIRFLOW_API_CONN_ID, get_connection

    conn = get_connection(AIRFLOW_API_CONN_ID)
    if conn is None or not conn.host:
        log.info("run note not set: no %s connection (the summary is in this log)", AIRFLOW_API_CONN_ID)
        return False
    base = conn.host if "://" in conn.host else f"http://{conn.host}:{conn.port or 8080}"
    try:
        with httpx.Client(base_url=base.rstrip("/"), timeout=10) as client:
            token = client.post("/auth/token", json={"username": conn.login, "password": conn.password})
            token.raise_for_status()
            client.patch(
                f"/api/v2/dags/{dag_id}/dagRuns/{run_id}",
                json={"note": note[:1000]},
                params={"update_mask": "note"},
                headers={"Authorization": f"Bearer {token.json()['access_token']}"},
            ).raise_for_status()
    except (httpx.HTTPError, KeyError, ValueError) as exc:
        log.warning("run note not set: %s", type(exc).__name__)
        return False
    return True
