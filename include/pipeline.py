"""The stages as DAG tasks and CLI commands call them: settings in, small JSON-able counts out.

Each call opens its own engine and backends (tasks run in separate processes) and takes ``now`` so
tests and re-runs can travel in time. Only ids and counts leave this module: they become XComs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from include.config import Settings, load_settings
from include.runtime import Runtime, db_url, open_runtime
from include.store.db import migrate
from include.store.locks import named_lock

log = logging.getLogger(__name__)


def _runtime(settings: Settings | None) -> Runtime:
    return open_runtime(settings or load_settings())


def record(rt: Runtime, stage: str, started: datetime, summary: dict[str, Any]) -> dict[str, Any]:
    """Keep the run's summary in ``stage_runs`` (the ops report and the UI read it) and hand it back."""
    from sqlalchemy import insert

    from include.store import tables as t

    with rt.engine.begin() as conn:
        conn.execute(
            insert(t.stage_runs).values(
                stage=stage,
                started_at=started,
                finished_at=datetime.now(UTC),
                summary=json.loads(json.dumps(summary, default=str)),
            )
        )
    log.info("%s summary %s", stage, summary)
    return summary


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def migrate_app_db(settings: Settings | None = None) -> str:
    """Create or upgrade the app database; returns its URL with the password hidden."""
    from sqlalchemy.engine import make_url

    url = db_url(settings or load_settings())
    migrate(url)
    return make_url(url).render_as_string(hide_password=True)


def intake(settings: Settings | None = None, now: datetime | None = None) -> dict[str, Any]:
    from include.intake.ingest import ingest

    rt, at = _runtime(settings), _now(now)
    return record(rt, "intake", at, ingest(rt, at))


def replay_quarantine(
    settings: Settings | None = None, now: datetime | None = None, ids: Sequence[int] | None = None
) -> dict[str, Any]:
    """Re-read quarantined application rows (all, or these quarantine ids) with the current config."""
    from include.intake.replay import replay_quarantined

    rt, at = _runtime(settings), _now(now)
    return record(rt, "intake_replay", at, replay_quarantined(rt, at, ids))


def roster_sync(settings: Settings | None = None, now: datetime | None = None) -> dict[str, int]:
    from include.matching.sync import sync_roster

    rt, at = _runtime(settings), _now(now)
    return record(rt, "roster", at, sync_roster(rt, at))


def parse_cvs(
    settings: Settings | None = None,
    now: datetime | None = None,
    applicant_ids: Sequence[int] | None = None,
    force: bool = False,
    id_range: Sequence[int | None] | None = None,
) -> dict[str, Any]:
    """Parse the due CVs (all, or those with ids in ``id_range`` = [first, last or None]: one chunk)."""
    from include.cv.collect import parse_cvs as run

    rt, at = _runtime(settings), _now(now)
    span = (int(id_range[0] or 0), id_range[1]) if id_range is not None else None
    summary = run(rt, at, applicant_ids, force, span)
    return record(rt, "cv", at, {**summary, "id_range": list(span)} if span and summary.get("due") else summary)


def cv_chunks(settings: Settings | None = None, chunk: int | None = None) -> list[list[int | None]]:
    """Id ranges of at most ``chunk`` due CVs each (one when few are due): one mapped parse task each."""
    from include.cv.collect import CHUNK, plan_chunks

    return [[low, high] for low, high in plan_chunks(_runtime(settings), chunk or CHUNK)]


def match(settings: Settings | None = None, now: datetime | None = None) -> dict[str, Any]:
    from include.matching.run import match as run

    rt, at = _runtime(settings), _now(now)
    return record(rt, "match", at, run(rt, at))


def book(
    settings: Settings | None = None, now: datetime | None = None, applicant_ids: Sequence[int] | None = None
) -> dict[str, int]:
    from include.scheduling.book import book_consults

    rt, at = _runtime(settings), _now(now)
    with named_lock(rt.engine, "stage", "book"):  # one booking run at a time across DAGs (book.py is safe anyway)
        if rt.settings.booking.mode == "offer":  # the applicant picks the time on the booking page
            from include.hooks import link_secret
            from include.scheduling.offer import offer_consults

            return record(rt, "book", at, offer_consults(rt, link_secret(), at, applicant_ids))
        return record(rt, "book", at, book_consults(rt, at, applicant_ids))


def notify(
    settings: Settings | None = None, now: datetime | None = None, applicant_ids: Sequence[int] | None = None
) -> dict[str, Any]:
    """Queue what is due, then send the outbox."""
    from include.notify.dispatch import dispatch
    from include.notify.plan import plan_messages

    rt, at = _runtime(settings), _now(now)
    with named_lock(rt.engine, "stage", "notify"):  # one sender at a time across DAGs (claims keep it safe anyway)
        with rt.engine.begin() as conn:
            ids = list(applicant_ids) if applicant_ids is not None else None
            queued = plan_messages(conn, at, ids, rt.settings.placements)
        return record(rt, "notify", at, {"queued": queued, "sent": dispatch(rt, at, applicant_ids=applicant_ids)})


def placements(settings: Settings | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Release holds left unanswered, complete ended rotations, issue the links due emails carry."""
    from include.placements.links import ensure_links, signing_key
    from include.placements.service import advance

    rt, at = _runtime(settings), _now(now)
    cfg = rt.settings.placements
    with named_lock(rt.engine, "stage", "placements"):  # one run issues each link once (the steps are safe anyway)
        summary: dict[str, Any] = advance(rt.engine, at, cfg)
        with rt.engine.begin() as conn:
            summary |= ensure_links(conn, at, cfg, signing_key())
    return record(rt, "placements", at, summary)


def sync_suppressions(settings: Settings | None = None, now: datetime | None = None) -> dict[str, int]:
    """Copy SendGrid's bounce, spam-report and unsubscribe lists into the local suppression list."""
    from include.notify.suppressions import sync_from_sendgrid

    rt, at = _runtime(settings), _now(now)
    return record(rt, "suppressions", at, sync_from_sendgrid(rt, at))


def nightly(settings: Settings | None = None, now: datetime | None = None) -> dict[str, Any]:
    from include.report import nightly_report

    rt, at = _runtime(settings), _now(now)
    return record(rt, "nightly", at, nightly_report(rt, at))


def writeback(settings: Settings | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Write applicant statuses to the configured ``writeback`` sheet or file; nothing without one."""
    from include.intake.writeback import write_statuses

    rt, at = _runtime(settings), _now(now)
    if rt.settings.writeback is None:
        return {"configured": False, "rows_written": 0}
    return record(rt, "writeback", at, write_statuses(rt, at))


def retention(settings: Settings | None = None, now: datetime | None = None) -> dict[str, int]:
    """Forget the CV data of applicants inactive for ``privacy.cv_retention_days``."""
    from include.privacy import purge_old_cvs

    rt, at = _runtime(settings), _now(now)
    return record(rt, "retention", at, purge_old_cvs(rt, at, rt.settings.privacy.cv_retention_days))


def purge(applicant: str, settings: Settings | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Erase one applicant (id or email) everywhere; the summary holds the former id and counts only."""
    from include.privacy import purge_applicant

    rt, at = _runtime(settings), _now(now)
    return record(rt, "privacy", at, purge_applicant(rt, applicant, at))


def nightly_deadline(settings: Settings | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Alert ops (once a day) when the nightly report is overdue."""
    from include.alerts import check_nightly_deadline
    from include.dag_defaults import NIGHTLY_AT

    rt = _runtime(settings)
    return {"alert": check_nightly_deadline(rt, _now(now), NIGHTLY_AT)}


STAGES: dict[str, Callable[..., Any]] = {
    "intake": intake,
    "roster": roster_sync,
    "cv": parse_cvs,
    "match": match,
    "book": book,
    "notify": notify,
    "placements": placements,
    "nightly": nightly,
    "suppressions": sync_suppressions,
    "retention": retention,
    "writeback": writeback,
}
