"""Issue 13 item 3: a changed mapping re-reads the rows it affects; rejected rows are not seen for good;
ops replay quarantined rows (CLI and the clerkflow_replay_quarantine DAG's pipeline call)."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from include.config import SourceConfig
from include.intake.ingest import ingest
from include.pipeline import replay_quarantine
from include.store import tables as t
from include.tabular import content_hash
from tests.intake.test_ingest import both_databases

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
HEADER = ["Timestamp", "Full Name", "Email Address", "Mobile Number"]
ROWS = [
    ["12/01/2026 10:00:00", "Asha Rao", "asha@example.org", "+91 98765 43210"],
    ["12/01/2026 11:00:00", "Bola Ade", "bola@example.org", "+234 803 123 4567"],
]


def csv_source(tmp_path: Path, mapping: dict[str, list[str]], required=("full_name",)) -> SourceConfig:
    path = tmp_path / "form.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *ROWS])
    return SourceConfig(name="form", kind="csv", mapping=mapping, path=path, required=tuple(required))


BASE = {"submitted_at": ["Timestamp"], "full_name": ["Full Name"]}


def count(rt, table) -> int:
    with rt.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


@both_databases
def test_fixing_a_wrong_alias_re_reads_the_rejected_rows(make_rt, tmp_path):
    wrong = csv_source(tmp_path, {**BASE, "email": ["E-mail"]})  # the sheet says "Email Address"
    rt = make_rt((wrong,))
    first = ingest(rt, NOW)
    assert (first["rejected"], first["rejected_by_reason"]) == (2, {"missing email": 2})
    assert count(rt, t.quarantine) == 2
    assert ingest(rt, NOW)["unchanged"] == 2  # same mapping: nothing to re-read

    fixed = replace(wrong, mapping={**BASE, "email": ["E-mail", "Email Address"]})
    second = ingest(make_rt((fixed,)), NOW + timedelta(hours=1))
    assert (second["accepted"], second["applicants_new"], second["unchanged"]) == (2, 2, 0)
    assert count(rt, t.quarantine) == 0  # accepted rows leave quarantine
    assert ingest(make_rt((fixed,)), NOW + timedelta(hours=2))["unchanged"] == 2


@both_databases
def test_a_mapping_change_re_reads_accepted_rows_and_fills_the_field(make_rt, tmp_path):
    source = csv_source(tmp_path, {**BASE, "email": ["Email Address"], "phone": ["Phone"]})
    rt = make_rt((source,))
    assert ingest(rt, NOW)["applicants_new"] == 2
    with rt.engine.connect() as conn:
        assert set(conn.scalars(select(t.applicants.c.phone_e164))) == {None}
    fixed = replace(source, mapping={**source.mapping, "phone": ["Phone", "Mobile Number"]})
    summary = ingest(make_rt((fixed,)), NOW + timedelta(hours=1))
    assert (summary["applicants_new"], summary["applicants_updated"]) == (0, 2)
    with rt.engine.connect() as conn:
        assert set(conn.scalars(select(t.applicants.c.phone_e164))) == {"+919876543210", "+2348031234567"}
    # an alias added for a header the sheet does not have changes nothing that was read: no re-read
    unrelated = replace(fixed, mapping={**fixed.mapping, "cv_url": ["CV Link"]})
    assert ingest(make_rt((unrelated,)), NOW + timedelta(hours=2))["unchanged"] == 2


def _quarantine_as_an_older_release_did(rt, source: SourceConfig) -> None:
    """A row an earlier normalizer rejected: stored raw + quarantined, as intake stores rejects."""
    raw = dict(zip(HEADER, ROWS[0], strict=True))
    digest = content_hash(raw)
    with rt.engine.begin() as conn:
        conn.execute(
            insert(t.raw_submissions).values(
                source=source.name, row_number=2, content_hash=digest, raw=raw, outcome="rejected", ingested_at=NOW
            )
        )
        conn.execute(
            insert(t.quarantine).values(
                kind="application",
                source=source.name,
                row_number=2,
                content_hash=digest,
                raw=raw,
                reason="invalid email address",
                created_at=NOW,
            )
        )


@both_databases
def test_replay_re_reads_quarantined_rows_once(make_rt, tmp_path, db_url, capsys):

    source = csv_source(tmp_path, {**BASE, "email": ["Email Address"]})
    rt = make_rt((source,))
    _quarantine_as_an_older_release_did(rt, source)
    settings = rt.settings
    first = replay_quarantine(settings, NOW)
    assert (first["replayed"], first["accepted"], first["still_rejected"]) == (1, 1, 0)
    assert count(rt, t.quarantine) == 0
    assert count(rt, t.applicants) == 1
    assert replay_quarantine(settings, NOW)["replayed"] == 0  # nothing left: safe to re-run
    assert ingest(rt, NOW)["applicants_new"] == 1  # the other row; the replayed one is not new again
    assert count(rt, t.applicants) == 2


@both_databases
def test_quarantine_cli_lists_without_values_and_replays(make_rt, tmp_path, db_url, capsys, monkeypatch):
    import yaml

    from include.cli import main
    from include.config import DEFAULT_CONFIG

    source = csv_source(tmp_path, {**BASE, "email": ["E-mail"]})
    rt = make_rt((source,))
    ingest(rt, NOW)
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    base = DEFAULT_CONFIG.parent
    raw["sources"] = [
        {"name": "form", "kind": "csv", "path": str(source.path), "required": ["full_name"], "mapping": source.mapping}
    ]
    for key in ("advisors", "cv_folder"):
        raw[key] = str((base / raw[key]).resolve())
    raw["roster"]["path"] = str((base / raw["roster"]["path"]).resolve())
    config = tmp_path / "clerkflow.yaml"
    config.write_text(yaml.safe_dump(raw), encoding="utf-8")

    assert main(["quarantine", "list", "--config", str(config), "--db", db_url, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["source"], r["row_number"], r["reason"]) for r in listed] == [
        ("form", 3, "missing email"),
        ("form", 2, "missing email"),
    ]
    assert "example.org" not in json.dumps(listed)

    raw["sources"][0]["mapping"]["email"] = ["Email Address"]  # the fix
    config.write_text(yaml.safe_dump(raw), encoding="utf-8")
    assert main(["quarantine", "replay", "--id", str(listed[0]["id"]), "--config", str(config), "--db", db_url]) == 0
    assert "accepted: 1" in capsys.readouterr().out
    assert count(rt, t.quarantine) == 1
    assert main(["quarantine", "replay", "--config", str(config), "--db", db_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["accepted"] == 1
    assert count(rt, t.quarantine) == 0
    assert count(rt, t.applicants) == 2
