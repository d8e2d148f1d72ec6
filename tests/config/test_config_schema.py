"""Issue 13 item 3/6: the YAML is checked at load; every problem at once, with file and key path, in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from include.config import DEFAULT_CONFIG, ConfigError, load_settings
from tests.conftest import ROOT


def sample() -> dict:
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    base = DEFAULT_CONFIG.parent
    for section in (*raw["sources"], raw["roster"]):
        section["path"] = str((base / section["path"]).resolve())
    raw["advisors"] = str((base / raw["advisors"]).resolve())
    raw["cv_folder"] = str((base / raw["cv_folder"]).resolve())
    return raw


def write(tmp_path: Path, raw: dict | str) -> Path:
    path = tmp_path / "clerkflow.yaml"
    path.write_text(raw if isinstance(raw, str) else yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


def problems(tmp_path: Path, raw: dict | str) -> str:
    with pytest.raises(ConfigError) as err:
        load_settings(write(tmp_path, raw))
    message = str(err.value)
    assert "\n" not in message
    assert str(tmp_path / "clerkflow.yaml") in message
    return message


def test_the_bundled_config_is_valid():
    settings = load_settings()
    assert [s.name for s in settings.sources] == ["google_form", "partner_referrals"]


def test_every_problem_is_reported_at_once_with_its_key_path(tmp_path):
    raw = sample()
    raw["mial"] = "sendgrid"  # the typo that kept mail on the outbox
    raw["soruces"] = raw.pop("sources")  # the typo that made intake a no-op
    raw["roster"]["requried"] = ["name"]
    raw["booking"]["horizon_days"] = 0
    raw["booking"]["min_notice_hours"] = "24"
    raw["backends"]["calendar"] = "gogle"
    raw["mail"]["from_email"] = "not-an-address"
    message = problems(tmp_path, raw)
    for expected in (
        "7 problem(s)",
        "mial: unknown key",
        "soruces: unknown key",
        "roster.requried: unknown key",
        "booking.horizon_days: Input should be greater than or equal to 1",
        "booking.min_notice_hours: Input should be a valid integer",
        "backends.calendar: input should be 'local' or 'google', got 'gogle'",
        "mail.from_email: not an email address",
    ):
        assert expected in message


def test_unknown_mapping_fields_and_required_fields_without_a_mapping_are_errors(tmp_path):
    raw = sample()
    raw["sources"][0]["mapping"]["emial"] = raw["sources"][0]["mapping"].pop("email")
    message = problems(tmp_path, raw)
    assert "sources[0]: required field(s) email have no entry in 'mapping'" in message
    raw = sample()
    raw["sources"][1]["mapping"]["full_nme"] = ["Name"]
    assert "sources[1].mapping.full_nme: unknown field" in problems(tmp_path, raw)


def test_files_that_must_exist(tmp_path):
    raw = sample()
    raw["sources"][0]["path"] = str(tmp_path / "nope.csv")
    raw["advisors"] = "missing-advisors.yaml"
    message = problems(tmp_path, raw)
    assert f"sources[0].path: file {tmp_path / 'nope.csv'} does not exist" in message
    assert f"advisors: file {tmp_path / 'missing-advisors.yaml'} does not exist" in message


def test_a_backend_typo_from_the_environment_is_caught(tmp_path, monkeypatch):
    monkeypatch.setenv("CLERKFLOW_BACKEND_MAIL", "sendgird")
    assert "backends.mail: input should be 'local' or 'sendgrid', got 'sendgird'" in problems(tmp_path, sample())


def test_a_yaml_syntax_error_names_file_and_line(tmp_path):
    text = yaml.safe_dump(sample(), sort_keys=False).replace("booking:\n", "booking:\n  horizon_days: [14\n", 1)
    line = text.splitlines().index("  horizon_days: [14") + 1
    message = problems(tmp_path, text)
    assert f"line {line + 1}" in message or f"line {line}" in message
    assert "YAML syntax error" in message


def test_cli_exits_non_zero_with_one_line_for_a_bad_config(tmp_path):
    raw = sample()
    raw["mial"] = "sendgrid"
    path = write(tmp_path, raw)
    for command in (["summary"], ["ingest"], ["run", "intake"]):
        done = subprocess.run(
            [sys.executable, "-m", "include.cli", "--config", str(path), *command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)},
        )
        assert done.returncode == 2, command
        assert done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert "mial: unknown key" in lines[0]


def test_booking_mode_and_offer_settings(tmp_path, monkeypatch):
    assert load_settings().booking.mode == "auto"
    raw = sample()
    raw["booking"] |= {"mode": "ofer", "page_url": "book.example.org", "offer_per_day": 0}
    raw["booking"] |= {"offer_reminder_days": 6, "offer_fallback_days": 5, "offer_fallback": "later"}
    message = problems(tmp_path, raw)
    for expected in (
        "booking.mode: input should be 'offer' or 'auto', got 'ofer'",
        "booking.page_url: must be an http:// or https:// address",
        "booking.offer_per_day: Input should be greater than or equal to 1",
        "booking.offer_fallback: input should be 'auto' or 'ops', got 'later'",
    ):
        assert expected in message
    raw = sample()
    raw["booking"] |= {"offer_reminder_days": 6, "offer_fallback_days": 5}
    assert "offer_reminder_days must be before offer_fallback_days" in problems(tmp_path, raw)
    raw["booking"] |= {"mode": "offer", "page_url": "https://book.example.org/", "offer_reminder_days": 1}
    booking = load_settings(write(tmp_path, raw)).booking
    assert (booking.mode, booking.page_url, booking.offer_reminder_days) == ("offer", "https://book.example.org", 1.0)
    monkeypatch.setenv("CLERKFLOW_BOOKING_MODE", "offer")
    assert load_settings().booking.mode == "offer"
    monkeypatch.setenv("CLERKFLOW_BOOKING_MODE", "manual")
    assert "booking.mode: input should be 'offer' or 'auto', got 'manual'" in problems(tmp_path, sample())


def test_placement_settings_are_checked_and_the_coordinator_defaults_to_ops(tmp_path):
    raw = sample()
    settings = load_settings(write(tmp_path, raw))
    assert settings.placements.coordinator_email == settings.mail.ops_email
    assert settings.placements.checklist_days == (30, 7)
    raw["placements"] = {
        "remind_after_days": 5,
        "release_after_days": 5,
        "checklist_days": [7, 400],
        "coordinator_email": "not an address",
        "reminder_days": 2,
    }
    message = problems(tmp_path, raw)
    for key in ("placements.checklist_days", "placements.coordinator_email", "placements.reminder_days"):
        assert key in message
    raw["placements"] = {"remind_after_days": 5, "release_after_days": 4}
    assert "release_after_days must be after remind_after_days" in problems(tmp_path, raw)
    raw["placements"] = {"checklist_days": [7, 30, 7], "coordinator_email": "placements@example.org"}
    settings = load_settings(write(tmp_path, raw))
    assert settings.placements.checklist_days == (30, 7)
    assert settings.placements.coordinator_email == "placements@example.org"
