"""A synthetic workload wired to the fake servers: the config that points every backend at them, and the seeding.

Shared by the reliability tests and ``bench/nightly.py``, so both exercise the same real-client paths.
"""

from __future__ import annotations

import csv
from pathlib import Path

import yaml

from include.sample_data.synthetic import SAMPLE_DIR, Workload
from tests.fakes.google import FakeGoogle

SHEET_ID = "fake-form-sheet"
ROSTER_ID = "fake-roster-sheet"
GOOGLE_BACKENDS = {"sheets": "google", "cvstore": "google", "calendar": "google", "mail": "sendgrid"}


def write_config(workload: Workload, out: Path) -> Path:
    """The workload's config with every backend on Google/SendGrid (the fakes) and sheets as sources."""
    config = yaml.safe_load(workload.config.read_text(encoding="utf-8"))
    config["backends"] = dict(GOOGLE_BACKENDS)
    source = {**config["sources"][0], "kind": "gsheet", "spreadsheet_id": SHEET_ID}
    source.pop("path", None)
    config["sources"] = [source]
    config["roster"] = {**config["roster"], "kind": "gsheet", "spreadsheet_id": ROSTER_ID}
    config["roster"].pop("path", None)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "clerkflow-google.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def seed_fakes(google: FakeGoogle, workload: Workload) -> None:
    """Form and roster sheets, CV files on Drive, and an empty calendar per advisor."""
    google.add_sheet(SHEET_ID, "Sheet1", workload.form_rows())
    with (SAMPLE_DIR / "roster.csv").open(newline="", encoding="utf-8") as fh:
        google.add_sheet(ROSTER_ID, "Sheet1", list(csv.reader(fh)))
    for file_id, path in workload.cv_files.items():
        mime = "application/pdf" if path.suffix == ".pdf" else "text/plain"
        google.add_file(file_id, path.name, mime, path.read_bytes())
    advisors = yaml.safe_load((workload.folder / "advisors.yaml").read_text(encoding="utf-8"))["advisors"]
    for adv in advisors:
        google.events.setdefault(adv["calendar_id"], {})
