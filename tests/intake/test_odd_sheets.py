"""Issue 13 item 4: odd sheets. Windows-1252 CSVs, repeated headers, "step 2: 250", two intakes at once."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, func, select

from include.backends.sheets import LocalSheets
from include.config import DEFAULT_CONFIG, SourceConfig
from include.intake.ingest import ingest
from include.intake.normalize import normalize_step2ck
from include.store import tables as t
from include.tabular import iter_rows
from tests.conftest import ROOT
from tests.pgdb import PG_URL, scratch_database

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
MAPPING = {"full_name": ["Full Name"], "email": ["Email Address"], "medical_school": ["Medical School"]}


def source(path: Path) -> SourceConfig:
    return SourceConfig(name="form", kind="csv", mapping=MAPPING, path=path, required=("full_name", "email"))


def test_a_windows_1252_csv_is_read_with_a_note(tmp_path, make_rt):
    path = tmp_path / "form.csv"
    path.write_bytes(
        "Full Name,Email Address,Medical School\r\nJosé Núñez,jose@example.org,Universidad Autónoma\r\n".encode(
            "cp1252"
        )
    )
    table = LocalSheets().read(source(path))
    assert table[1] == ["José Núñez", "jose@example.org", "Universidad Autónoma"]
    assert "Windows-1252" in table.notes[0]
    summary = ingest(make_rt((source(path),)), NOW)
    assert summary["accepted"] == 1
    assert "form: the file is not UTF-8" in summary["source_notes"][0]


def test_utf8_with_a_bom_has_no_note(tmp_path):
    path = tmp_path / "form.csv"
    path.write_bytes("Full Name,Email Address\r\nJosé,j@example.org\r\n".encode("utf-8-sig"))
    table = LocalSheets().read(source(path))
    assert (table[0][0], table.notes) == ("Full Name", ())


def test_repeated_headers_keep_every_cell(tmp_path):
    table = [
        ["Full Name", "Email Address", "Notes", "Notes", "notes ", ""],
        ["Asha Rao", "asha@example.org", "first", "second", "third", "loose"],
    ]
    (row,) = iter_rows(table, source(tmp_path / "x.csv"))
    assert row.raw == {
        "Full Name": "Asha Rao",
        "Email Address": "asha@example.org",
        "Notes": "first",
        "Notes [2]": "second",
        "notes  [3]": "third",
        "column_6": "loose",
    }


def test_a_repeated_mapped_header_reads_its_first_column(tmp_path):
    table = [["Full Name", "Email Address", "Email Address"], ["Asha Rao", "asha@example.org", "old@example.org"]]
    (row,) = iter_rows(table, source(tmp_path / "x.csv"))
    assert row.fields["email"] == "asha@example.org"
    assert row.raw["Email Address [2]"] == "old@example.org"


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("step 2: 250", 250),
        ("Step 2 CK: 245", 245),
        ("Step II CK - 238", 238),
        ("2CK 251", 251),
        ("USMLE Step 2 CK score 240", 240),
    ],
)
def test_step2_scores_written_with_the_exam_name(text, score):
    warnings: list[str] = []
    assert normalize_step2ck(text, warnings) == score
    assert warnings == []


def _config(tmp_path: Path, n: int) -> Path:
    form = tmp_path / "form.csv"
    with form.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Timestamp", "Full Name", "Email Address"])
        for i in range(n):
            w.writerow([f"12/01/2026 10:{i % 60:02d}:00", f"Person {i} Test", f"p{i}@example.org"])
            if i % 7 == 0:  # a resubmission: the same person twice, merged into one applicant
                w.writerow([f"12/01/2026 11:{i % 60:02d}:00", f"Person {i} Test", f"p{i}@example.org"])
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    base = DEFAULT_CONFIG.parent
    raw["sources"] = [
        {
            "name": "form",
            "kind": "csv",
            "path": str(form),
            "required": ["full_name", "email"],
            "mapping": {"submitted_at": ["Timestamp"], "full_name": ["Full Name"], "email": ["Email Address"]},
        }
    ]
    for key in ("advisors", "cv_folder"):
        raw[key] = str((base / raw[key]).resolve())
    raw["roster"]["path"] = str((base / raw["roster"]["path"]).resolve())
    path = tmp_path / "clerkflow.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def _run_concurrently(config: Path, url: str, runs: int) -> list[subprocess.CompletedProcess]:
    cmd = [sys.executable, "-m", "include.cli", "ingest", "--config", str(config), "--db", url, "--json"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(config.parent)}
    procs = [
        subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(runs)
    ]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


@pytest.mark.skipif(not PG_URL, reason="CLERKFLOW_TEST_PG_URL is not set")
@pytest.mark.parametrize("attempt", range(3))
def test_two_intakes_at_once_on_postgresql_neither_crashes_nor_duplicates(tmp_path, attempt):
    config = _config(tmp_path, 1500)
    with scratch_database("clerkflow_intake_race") as url:
        from include.store.db import migrate

        migrate(url)
        done = _run_concurrently(config, url, 2)
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                applicants = conn.scalar(select(func.count()).select_from(t.applicants))
                quarantined = conn.scalar(select(func.count()).select_from(t.quarantine))
                raw = conn.scalar(select(func.count()).select_from(t.raw_submissions))
        finally:
            engine.dispose()
    assert [d.returncode for d in done] == [0, 0], [d.stderr[-500:] for d in done]
    assert (applicants, quarantined, raw) == (1500, 0, 1500 + len(range(0, 1500, 7)))
