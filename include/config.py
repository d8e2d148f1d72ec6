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


@dataclass(frozen=True)
class BookingConfig:
    horizon_days: int = 14
    min_notice_hours: int = 24
    applicant_day_start_hour: int = 8
    applicant_day_end_hour: int = 21


@dataclass(frozen=True)
class AlertsConfig:
    nightly_deadline: str = "07:00"  # ops time: the nightly report must be done by then, else ops get a mail


@dataclass(frozen=True)
class PrivacyConfig:
    cv_retention_days: int = 365  # CV data of applicants inactive this long is forgotten (include.privacy)


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


def _source(base: Path, raw: dict[str, Any], where: str) -> SourceConfig:
    try:
        kind = raw["kind"]
        mapping = {k: [str(a) for a in (v if isinstance(v, list) else [v])] for k, v in raw["mapping"].items()}
    except (KeyError, AttributeError, TypeError) as exc:
        raise ConfigError(f"{where}: a source needs 'kind' and a 'mapping' of field: [aliases] ({exc})") from exc
    if kind not in {"gsheet", "csv", "xlsx"}:
        raise ConfigError(f"{where}: unknown source kind {kind!r} (gsheet, csv or xlsx)")
    if kind == "gsheet" and not raw.get("spreadsheet_id"):
        raise ConfigError(f"{where}: a gsheet source needs 'spreadsheet_id'")
    if kind != "gsheet" and not raw.get("path"):
        raise ConfigError(f"{where}: a {kind} source needs 'path'")
    return SourceConfig(
        name=str(raw.get("name", where)),
        kind=kind,
        mapping=mapping,
        path=_path(base, raw.get("path")),
        spreadsheet_id=raw.get("spreadsheet_id"),
        worksheet=raw.get("worksheet"),
        required=tuple(raw.get("required", ())),
    )


def load_settings(path: str | Path | None = None) -> Settings:
    """Read the YAML named by ``path``, else ``$CLERKFLOW_CONFIG``, else the bundled sample config."""
    config_path = Path(path or os.environ.get("CLERKFLOW_CONFIG") or DEFAULT_CONFIG).resolve()
    try:
        raw = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read config {config_path}: {exc}") from exc
    base = config_path.parent
    where = str(config_path)
    backends = {"sheets": "local", "cvstore": "local", "calendar": "local", "mail": "local"}
    backends.update(raw.get("backends") or {})
    for name in list(backends):
        env = os.environ.get(f"CLERKFLOW_BACKEND_{name.upper()}")
        if env:
            backends[name] = env
    output_dir = os.environ.get("CLERKFLOW_OUTPUT_DIR") or raw.get("output_dir") or str(REPO_ROOT / "var")
    try:
        mail = MailConfig(**(raw.get("mail") or {}))
        booking = BookingConfig(**(raw.get("booking") or {}))
    except TypeError as exc:
        raise ConfigError(f"{where}: bad 'mail' or 'booking' section: {exc}") from exc
    try:
        privacy = PrivacyConfig(**(raw.get("privacy") or {}))
        alerts = AlertsConfig(**(raw.get("alerts") or {}))
    except TypeError as exc:
        raise ConfigError(f"{where}: bad 'privacy' or 'alerts' section: {exc}") from exc
    if not isinstance(privacy.cv_retention_days, int) or privacy.cv_retention_days < 1:
        raise ConfigError(f"{where}: privacy.cv_retention_days must be a whole number of days, at least 1")
    if "roster" not in raw:
        raise ConfigError(f"{where}: missing 'roster' source")
    return Settings(
        config_path=config_path,
        ops_timezone=raw.get("ops_timezone", "America/New_York"),
        output_dir=_path(base, output_dir),  # type: ignore[arg-type]
        backends=backends,
        sources=tuple(_source(base, s, f"{where}: sources[{i}]") for i, s in enumerate(raw.get("sources") or [])),
        roster=_source(base, raw["roster"], f"{where}: roster"),
        advisors_path=_path(base, raw.get("advisors", "advisors.yaml")),  # type: ignore[arg-type]
        cv_folder=_path(base, raw.get("cv_folder", "cvs")),  # type: ignore[arg-type]
        mail=mail,
        booking=booking,
        matching=raw.get("matching") or {},
        db_url=os.environ.get("CLERKFLOW_DB_URL") or raw.get("db_url"),
        privacy=privacy,
        alerts=alerts,
        writeback=_writeback(base, raw.get("writeback"), f"{where}: writeback"),
    )


def _writeback(base: Path, raw: Any, where: str) -> SourceConfig | None:
    """The optional status write-back target: a gsheet worksheet or a CSV/XLSX file, rewritten each run."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping with 'kind' and 'spreadsheet_id' or 'path'")
    return _source(base, {"name": "writeback", **raw, "mapping": raw.get("mapping") or {}}, where)
