"""The stages as DAG tasks and CLI commands call them: settings in, small JSON-able counts out.

Each call opens its own engine and backends (tasks run in separate processes) and takes ``now`` so
tests and re-runs can travel in time. Only ids and counts leave this module: they become XComs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from include.config import Settings, load_settings
from include.runtime import Runtime, db_url, open_runtime
from include.store.db import migrate

log = logging.getLogger(__name__)


def _runtime(settings: Settings | None) -> Runtime:
    return open_runtime(settings or load_settings())


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def migrate_app_db(settings: Settings | None = None) -> str:
    """Create or upgrade the app database; returns its URL with the password hidden."""
    from sqlalchemy.engine import make_url

    url = db_url(settings or load_settings())
    migrate(url)
    return make_url(url).render_as_string(hide_password=True)


def intake(settings: Settings | None = None, now: datetime | None = None) -> dict[str, int]:
    from include.intake.ingest import ingest

    return ingest(_runtime(settings), _now(now))


def roster_sync(settings: Settings | None = None, now: datetime | None = None) -> dict[str, int]:
    from include.matching.sync import sync_roster

    return sync_roster(_runtime(settings), _now(now))


def parse_cvs(
    settings: Settings | None = None,
    now: datetime | None = None,
    applicant_ids: Sequence[int] | None = None,
    force: bool = False,
) -> dict[str, int]:
    from include.cv.collect import parse_cvs as run

    return run(_runtime(settings), _now(now), applicant_ids, force)


def match(settings: Settings | None = None, now: datetime | None = None) -> dict[str, Any]:
    from include.matching.run import match as run

    return run(_runtime(settings), _now(now))


def book(
    settings: Settings | None = None, now: datetime | None = None, applicant_ids: Sequence[int] | None = None
) -> dict[str, int]:
    from include.scheduling.book import book_consults

    return book_consults(_runtime(settings), _now(now), applicant_ids)


def notify(
    settings: Settings | None = None, now: datetime | None = None, applicant_ids: Sequence[int] | None = None
) -> dict[str, Any]:
    """Queue what is due, then send the outbox."""
    from include.notify.dispatch import dispatch
    from include.notify.plan import plan_messages

    rt, at = _runtime(settings), _now(now)
    with rt.engine.begin() as conn:
        queued = plan_messages(conn, at, list(applicant_ids) if applicant_ids is not None else None)
    return {"queued": queued, "sent": dispatch(rt, at, applicant_ids=applicant_ids)}


def nightly(settings: Settings | None = None, now: datetime | None = None) -> dict[str, Any]:
    from include.report import nightly_report

    return nightly_report(_runtime(settings), _now(now))


STAGES: dict[str, Callable[..., Any]] = {
    "intake": intake,
    "roster": roster_sync,
    "cv": parse_cvs,
    "match": match,
    "book": book,
    "notify": notify,
    "nightly": nightly,
}
