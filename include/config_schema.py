"""The shape of clerkflow.yaml, checked when it is loaded: unknown keys, types, ranges, files that must exist.

A typo must never change behaviour quietly (``mial: sendgrid`` kept mail on the outbox and marked it sent;
``soruces:`` made intake a no-op), so every key is declared here and anything else is an error. All problems
are collected and reported at once, each with its key path, in one message.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

_STRICT = ConfigDict(extra="forbid", strict=True)


class _Section(BaseModel):
    model_config = _STRICT


class SourceModel(_Section):
    name: str | None = None
    kind: Literal["gsheet", "csv", "xlsx"]
    path: str | None = None
    spreadsheet_id: str | None = None
    worksheet: str | None = None
    required: list[str] = Field(default_factory=list)
    mapping: dict[str, list[str] | str]

    @field_validator("mapping")
    @classmethod
    def _aliases_are_text(cls, value: dict[str, list[str] | str]) -> dict[str, list[str] | str]:
        for fieldname, aliases in value.items():
            if not (aliases if isinstance(aliases, list) else [aliases]):
                raise ValueError(f"{fieldname!r} has no header aliases")
        return value

    @model_validator(mode="after")
    def _where(self) -> SourceModel:
        if self.kind == "gsheet" and not self.spreadsheet_id:
            raise ValueError("a gsheet source needs 'spreadsheet_id'")
        if self.kind != "gsheet" and not self.path:
            raise ValueError(f"a {self.kind} source needs 'path'")
        unmapped = [f for f in self.required if f not in self.mapping]
        if unmapped:
            raise ValueError(f"required field(s) {', '.join(unmapped)} have no entry in 'mapping'")
        return self


class WritebackModel(_Section):
    kind: Literal["gsheet", "csv", "xlsx"]
    path: str | None = None
    spreadsheet_id: str | None = None
    worksheet: str | None = None
    name: str | None = None
    mapping: dict[str, list[str] | str] | None = None

    @model_validator(mode="after")
    def _where(self) -> WritebackModel:
        if self.kind == "gsheet" and not self.spreadsheet_id:
            raise ValueError("a gsheet target needs 'spreadsheet_id'")
        if self.kind != "gsheet" and not self.path:
            raise ValueError(f"a {self.kind} target needs 'path'")
        return self


class BackendsModel(_Section):
    sheets: Literal["local", "google"] = "local"
    cvstore: Literal["local", "google"] = "local"
    calendar: Literal["local", "google"] = "local"
    mail: Literal["local", "sendgrid"] = "local"


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class MailModel(_Section):
    from_email: str
    from_name: str
    ops_email: str
    reply_to: str | None = None
    footer: str = ""
    unsubscribe_url: str = ""
    upload_cv_url: str = ""
    manage_booking_url: str = ""
    asm_group_id: int | None = Field(default=None, ge=1)
    sandbox_mode: bool = False
    max_attempts: int = Field(default=5, ge=1, le=50)
    send_concurrency: int = Field(default=16, ge=1, le=128)

    @field_validator("from_email", "ops_email", "reply_to")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.fullmatch(value):
            raise ValueError("not an email address")
        return value

    @field_validator("unsubscribe_url", "upload_cv_url", "manage_booking_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not re.match(r"https?://", value):
            raise ValueError("must start with http:// or https://")
        return value


class BookingModel(_Section):
    horizon_days: int = Field(default=14, ge=1, le=120)
    min_notice_hours: int = Field(default=24, ge=0, le=24 * 14)
    applicant_day_start_hour: int = Field(default=8, ge=0, le=23)
    applicant_day_end_hour: int = Field(default=21, ge=1, le=24)
    mode: Literal["offer", "auto"] = "auto"
    page_url: str = "http://127.0.0.1:8090"
    offer_per_day: int = Field(default=6, ge=1, le=48)
    offer_reminder_days: float = Field(default=2, gt=0, le=60)
    offer_fallback_days: float = Field(default=5, gt=0, le=60)
    offer_fallback: Literal["auto", "ops"] = "auto"
    calendar_concurrency: int = Field(default=16, ge=1, le=128)

    @field_validator("offer_reminder_days", "offer_fallback_days", mode="before")
    @classmethod
    def _days(cls, value: Any) -> Any:
        return float(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("page_url")
    @classmethod
    def _page(cls, value: str) -> str:
        if not re.match(r"https?://[^/?#\s]+(/[^?#\s]*)?$", value):
            raise ValueError("must be an http:// or https:// address without query or fragment")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _day(self) -> BookingModel:
        if self.applicant_day_start_hour >= self.applicant_day_end_hour:
            raise ValueError("applicant_day_start_hour must be before applicant_day_end_hour")
        if self.offer_reminder_days >= self.offer_fallback_days:
            raise ValueError("offer_reminder_days must be before offer_fallback_days")
        return self


class AlertsModel(_Section):
    nightly_deadline: str = Field(default="07:00", pattern=r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")


class PrivacyModel(_Section):
    cv_retention_days: int = Field(default=365, ge=1)


class PlacementsModel(_Section):
    remind_after_days: int = Field(default=3, ge=1, le=60)
    release_after_days: int = Field(default=7, ge=1, le=90)
    checklist_days: list[int] = Field(default_factory=lambda: [30, 7])
    documents: list[str] = Field(default_factory=lambda: ["immunizations", "bls", "insurance"])
    coordinator_email: str = ""

    @field_validator("checklist_days")
    @classmethod
    def _days(cls, value: list[int]) -> list[int]:
        if any(d < 1 or d > 180 for d in value):
            raise ValueError("each day count must be 1 to 180")
        return sorted(set(value), reverse=True)

    @field_validator("coordinator_email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and not _EMAIL.fullmatch(value):
            raise ValueError("not an email address")
        return value

    @model_validator(mode="after")
    def _order(self) -> PlacementsModel:
        if self.release_after_days <= self.remind_after_days:
            raise ValueError("release_after_days must be after remind_after_days")
        return self


class MatchingModel(_Section):
    top_k: int = Field(default=3, ge=1, le=50)
    weights: dict[str, int | float] | None = None


class ConfigModel(_Section):
    ops_timezone: str = "America/New_York"
    output_dir: str | None = None
    db_url: str | None = None
    backends: BackendsModel = Field(default_factory=BackendsModel)
    sources: list[SourceModel] = Field(default_factory=list)
    roster: SourceModel
    writeback: WritebackModel | None = None
    advisors: str = "advisors.yaml"
    cv_folder: str = "cvs"
    mail: MailModel
    booking: BookingModel = Field(default_factory=BookingModel)
    alerts: AlertsModel = Field(default_factory=AlertsModel)
    privacy: PrivacyModel = Field(default_factory=PrivacyModel)
    matching: MatchingModel = Field(default_factory=MatchingModel)
    placements: PlacementsModel = Field(default_factory=PlacementsModel)

    @field_validator("ops_timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not an IANA time zone (e.g. America/New_York)") from None
        return value


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif str(part).startswith(("function-", "tagged-union")) or part in {"list[str]", "str", "int", "float"}:
            continue
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _message(err: dict[str, Any]) -> str:
    kind, msg = err["type"], err["msg"]
    if kind == "extra_forbidden":
        return "unknown key (a typo?)"
    if kind == "missing":
        return "missing"
    if kind == "literal_error":
        return f"{msg[0].lower()}{msg[1:]}, got {err.get('input')!r}"
    return msg.removeprefix("Value error, ")


def validate(raw: Any) -> tuple[ConfigModel | None, list[str]]:
    """The parsed config, or None and every problem as "key.path: what is wrong"."""
    if not isinstance(raw, dict):
        return None, ["(top level): expected a mapping of settings"]
    try:
        model = ConfigModel.model_validate(raw)
    except ValidationError as exc:
        seen: dict[str, str] = {}
        for err in exc.errors():
            path = _loc(err["loc"])
            seen.setdefault(path, _message(err))  # a union reports each branch; the first says enough
        return None, [f"{path}: {msg}" for path, msg in seen.items()]
    return model, _field_names(model)


def _field_names(model: ConfigModel) -> list[str]:
    """Mapping keys must be fields the stage knows: ``emial:`` would silently never be read."""
    from include.intake.normalize import CANONICAL_FIELDS
    from include.matching.roster import ROSTER_FIELDS

    problems: list[str] = []
    for i, source in enumerate(model.sources):
        problems += [
            f"sources[{i}].mapping.{f}: unknown field (one of {', '.join(CANONICAL_FIELDS)})"
            for f in source.mapping
            if f not in CANONICAL_FIELDS
        ]
    problems += [
        f"roster.mapping.{f}: unknown field (one of {', '.join(ROSTER_FIELDS)})"
        for f in model.roster.mapping
        if f not in ROSTER_FIELDS
    ]
    names = [s.name for s in model.sources if s.name]
    problems += [f"sources: the name {n!r} is used twice" for n in sorted({n for n in names if names.count(n) > 1})]
    return problems


def missing_files(model: ConfigModel, resolve: Any) -> list[str]:
    """Local files the config names that are not there (sources, roster, advisors, the CV folder)."""
    problems: list[str] = []

    def check(where: str, value: str | None, folder: bool = False) -> None:
        path: Path | None = resolve(value)
        if path is not None and not (path.is_dir() if folder else path.is_file()):
            problems.append(f"{where}: {'folder' if folder else 'file'} {path} does not exist")

    for i, source in enumerate(model.sources):
        if source.kind != "gsheet":
            check(f"sources[{i}].path", source.path)
    if model.roster.kind != "gsheet":
        check("roster.path", model.roster.path)
    check("advisors", model.advisors)
    if model.backends.cvstore == "local":
        check("cv_folder", model.cv_folder, folder=True)
    return problems
