"""clerkflow settings: one YAML file plus environment overrides.

Relative paths in the YAML resolve against the YAML file's folder, so the same file works from any
working directory (Airflow workers, the CLI, tests). Secrets never live here: Google and SendGrid
credentials come from Airflow connections or environment variables (see ``include.hooks``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = REPO_ROOT / "include" / "config" / "clerkflow.yaml"


class ConfigError(ValueError):
    """The configuration is unusable; the message names the file and the key."""


@dataclass(frozen=True)
class SourceConfig:
    """One tabular source: a Google Sheet worksheet or a local CSV/XLSX file."""

    name: str
    kind: str  # gsheet | csv | xlsx
    mapping: dict[str, list[str]]
    path: Path | None = None
    spreadsheet_id: str | None = None
    worksheet: str | None = None
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class MailConfig:
    from_email: str
    from_name: str
    ops_email: str
    reply_to: str | None = None
    footer: str = ""
    unsubscribe_url: str = ""
    upload_cv_url: str = ""
    manage_booking_url: str = ""
    asm_group_id: int | None = None
    sandbox_mode: bool = False
    max_attempts: int = 5  # sends of one message before it is marked failed for ops (include.notify.dispatch)
    send_concurrency: int = 16  # mail/send requests in flight at once per run (include.notify.dispatch)


@dataclass(frozen=True)
class BookingConfig:
    horizon_days: int = 14
    min_notice_hours: int = 24
    applicant_day_start_hour: int = 8
    applicant_day_end_hour: int = 21
    # Offer mode (issue 16): the applicant picks the time on the booking page; "auto" books it for them.
    mode: str = "auto"  # offer | auto
    page_url: str = "http://127.0.0.1:8090"  # the booking page as applicants reach it (links in emails)
    offer_per_day: int = 6  # times shown per day on the page (spread over the day)
    offer_reminder_days: float = 2  # "not picked yet" reminder this long after the offer
    offer_fallback_days: float = 5  # then, if still not picked: auto-book or leave it to ops
    offer_fallback: str = "auto"  # auto | ops
    calendar_concurrency: int = 16  # bookings whose calendar calls run at once per run (include.scheduling.book)


@dataclass(frozen=True)
class AlertsConfig:
    nightly_deadline: str = "07:00"  # ops time: the nightly report must be done by then, else ops get a mail


@dataclass(frozen=True)
class PrivacyConfig:
    cv_retention_days: int = 365  # CV data of applicants inactive this long is forgotten (include.privacy)


@dataclass(frozen=True)
class PlacementsConfig:
    """Placement requests (include/placements): how long a held seat waits for the preceptor, what to bring."""

    remind_after_days: int = 3  # no answer this long: the preceptor gets one reminder
    release_after_days: int = 7  # still none: ops are alerted and the held seat is released
    checklist_days: tuple[int, ...] = (30, 7)  # checklist emails this many days before the start
    documents: tuple[str, ...] = ("immunizations", "bls", "insurance")  # when the roster names none
    # requests for preceptors without a contact_email, and unanswered-request alerts (blank in YAML = mail.ops_email)
    coordinator_email: str = ""


@dataclass(frozen=True)
class Settings:
    config_path: Path
    ops_timezone: str
    output_dir: Path
    backends: dict[str, str]
    sources: tuple[SourceConfig, ...]
    roster: SourceConfig
    advisors_path: Path
    cv_folder: Path
    mail: MailConfig
    booking: BookingConfig
    matching: dict[str, Any] = field(default_factory=dict)
    db_url: str | None = None
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    alerts: AlertsConfig = field(default_factory=AlertsConfig)
    writeback: SourceConfig | None = None  # optional: applicant statuses written back for ops
    placements: PlacementsConfig = field(default_factory=PlacementsConfig)

    @property
    def outbox_dir(self) -> Path:
        return self.output_dir / "outbox"

    @property
    def ics_dir(self) -> Path:
        return self.output_dir / "ics"

    @property
    def reports_dir(self) -> Path:
        return self.output_dir / "reports"


def _path(base: Path, value: str | None) -> Path | None:
    if value is None:
        return None
    p = Path(os.path.expandvars(value))
    return p if p.is_absolute() else (base / p).resolve()


def load_settings(path: str | Path | None = None) -> Settings:
    """Read the YAML named by ``path``, else ``$CLERKFLOW_CONFIG``, else the bundled sample config.

    The file is checked against ``include.config_schema`` first; every problem (unknown key, wrong type,
    out-of-range value, missing file) is reported at once in one ConfigError naming the file and key paths.
    """
    from include.config_schema import missing_files, validate

    config_path = Path(path or os.environ.get("CLERKFLOW_CONFIG") or DEFAULT_CONFIG).resolve()
    where = str(config_path)
    try:
        raw = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config {where}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(_yaml_error(where, exc)) from None
    raw = {} if raw is None else raw
    base = config_path.parent
    if isinstance(raw, dict):
        backends = dict(raw.get("backends") or {}) if isinstance(raw.get("backends") or {}, dict) else raw["backends"]
        for name in ("sheets", "cvstore", "calendar", "mail"):
            env = os.environ.get(f"CLERKFLOW_BACKEND_{name.upper()}")
            if env and isinstance(backends, dict):
                backends[name] = env
        raw = {**raw, "backends": backends}
        mode = os.environ.get("CLERKFLOW_BOOKING_MODE")
        if mode and isinstance(raw.get("booking") or {}, dict):
            raw["booking"] = {**(raw.get("booking") or {}), "mode": mode}
    model, problems = validate(raw)
    if model is not None:
        problems += missing_files(model, lambda value: _path(base, value))
    if problems or model is None:
        raise ConfigError(f"{where}: {len(problems)} problem(s): " + "; ".join(problems))
    output_dir = os.environ.get("CLERKFLOW_OUTPUT_DIR") or model.output_dir or str(REPO_ROOT / "var")
    return Settings(
        config_path=config_path,
        ops_timezone=model.ops_timezone,
        output_dir=_path(base, output_dir),  # type: ignore[arg-type]
        backends=model.backends.model_dump(),
        sources=tuple(_source(base, s.model_dump(), f"sources[{i}]") for i, s in enumerate(model.sources)),
        roster=_source(base, model.roster.model_dump(), "roster"),
        advisors_path=_path(base, model.advisors),  # type: ignore[arg-type]
        cv_folder=_path(base, model.cv_folder),  # type: ignore[arg-type]
        mail=MailConfig(**model.mail.model_dump()),
        booking=BookingConfig(**model.booking.model_dump()),
        matching=model.matching.model_dump(),
        db_url=os.environ.get("CLERKFLOW_DB_URL") or model.db_url,
        privacy=PrivacyConfig(**model.privacy.model_dump()),
        alerts=AlertsConfig(**model.alerts.model_dump()),
        placements=PlacementsConfig(
            **{
                **{k: tuple(v) if isinstance(v, list) else v for k, v in model.placements.model_dump().items()},
                "coordinator_email": model.placements.coordinator_email or model.mail.ops_email,
            }
        ),
        writeback=None
        if model.writeback is None
        else _source(base, {"name": "writeback", **model.writeback.model_dump(), "mapping": {}}, "writeback"),
    )


def _yaml_error(where: str, exc: yaml.YAMLError) -> str:
    """ "file: line N, column M: what the parser found", without the parser's multi-line excerpt."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    at = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return f"{where}: {at}YAML syntax error: {problem}" + (f" ({context})" if context else "")


def _source(base: Path, raw: dict[str, Any], where: str) -> SourceConfig:
    """A validated source section (include.config_schema) as the SourceConfig the stages use."""
    mapping = {k: [str(a) for a in (v if isinstance(v, list) else [v])] for k, v in (raw.get("mapping") or {}).items()}
    return SourceConfig(
        name=str(raw.get("name") or where),
        kind=raw["kind"],
        mapping=mapping,
        path=_path(base, raw.get("path")),
        spreadsheet_id=raw.get("spreadsheet_id"),
        worksheet=raw.get("worksheet"),
        required=tuple(raw.get("required") or ()),
    )
