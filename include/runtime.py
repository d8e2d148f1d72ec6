"""Wiring: which database and which backends a run uses. Chosen once, here; stages never ask."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from include.backends.calendar import CalendarBackend, LocalCalendar
from include.backends.cvstore import CvStore, LocalCvStore
from include.backends.mail import Mailer, OutboxMailer
from include.backends.sheets import LocalSheets, SheetsBackend
from include.config import ConfigError, Settings
from include.store.db import make_engine


def db_url(settings: Settings) -> str:
    """``$CLERKFLOW_DB_URL`` / ``db_url`` in YAML, else the ``clerkflow_db`` connection, else a SQLite file."""
    if settings.db_url:
        return settings.db_url
    from include.hooks import connection_db_url

    return connection_db_url() or f"sqlite:///{settings.output_dir / 'clerkflow.db'}"


@dataclass
class Backends:
    sheets: SheetsBackend
    cvstore: CvStore
    calendar: CalendarBackend
    mailer: Mailer


def build_backends(settings: Settings, engine: Engine) -> Backends:
    """The backends named in ``settings.backends`` (``local`` or ``google``/``sendgrid``)."""
    choice = settings.backends
    unknown = {k: v for k, v in choice.items() if v not in {"local", "google", "sendgrid"}}
    if unknown:
        raise ConfigError(f"unknown backend choice {unknown}")
    if choice["sheets"] == "google":
        from include.backends.google import GoogleSheets

        sheets: SheetsBackend = GoogleSheets.from_connection()
    else:
        sheets = LocalSheets()
    if choice["cvstore"] == "google":
        from include.backends.google import DriveCvStore

        cvstore: CvStore = DriveCvStore.from_connection()
    else:
        cvstore = LocalCvStore(settings.cv_folder)
    if choice["calendar"] == "google":
        from include.backends.google import GoogleCalendar

        calendar: CalendarBackend = GoogleCalendar.from_connection()
    else:
        calendar = LocalCalendar(engine, settings.ics_dir)
    if choice["mail"] == "sendgrid":
        from include.backends.sendgrid import SendGridMailer

        mailer: Mailer = SendGridMailer.from_connection(settings.mail)
    else:
        mailer = OutboxMailer(settings.outbox_dir)
    return Backends(sheets, cvstore, calendar, mailer)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    backends: Backends


def open_runtime(settings: Settings) -> Runtime:
    """Engine + backends for one task or CLI call (the schema must already be migrated)."""
    engine = make_engine(db_url(settings))
    return Runtime(settings, engine, build_backends(settings, engine))
