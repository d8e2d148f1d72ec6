"""Write the bundled sample data: form export, partner sheet, preceptor roster, advisors and CVs.

Run ``python -m include.sample_data.generate [--out DIR]``. Output is deterministic (fixed seeds, fixed
document dates, fixed zip entry times), so re-running it only changes files whose source changed.
Every person in it is fictional; README.md beside this file lists the rows that are broken on purpose.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from include.sample_data.applicants import (
    FORM_APPLICANTS,
    REFERRALS,
    cv_owners,
    form_rows,
    referral_rows,
)
from include.sample_data.cv_documents import FIXED_TIME, cv_suffix, render_cv, reproducible_zip
from include.sample_data.preceptors import advisors, roster_rows

HERE = Path(__file__).resolve().parent

FORM_CSV = "form_responses.csv"
REFERRALS_XLSX = "referrals.xlsx"
REFERRALS_SHEET = "Referrals"
ROSTER_CSV = "roster.csv"
ADVISORS_YAML = "advisors.yaml"
CV_DIR = "cvs"
CV_MANIFEST = "cv_manifest.json"


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(rows)
    return buf.getvalue().encode("utf-8")


def _xlsx_bytes(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = REFERRALS_SHEET
    for row in rows:
        ws.append(row)
    for cell in ws["A"][1:]:
        cell.number_format = "m/d/yyyy h:mm"
    wb.properties.creator = "Partner agency"
    wb.properties.created = FIXED_TIME.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    return reproducible_zip(buf.getvalue())


class _PlainDumper(yaml.SafeDumper):
    """No &anchors/*aliases for repeated lists: ops edit this file by hand."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _advisors_yaml() -> bytes:
    header = "# Fictional physician advisors for the sample config. Times are local to each advisor's timezone.\n"
    body = yaml.dump(
        advisors(), Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, default_flow_style=None, width=120
    )
    return (header + body).encode("utf-8")


def cv_manifest() -> list[dict[str, Any]]:
    """One entry per CV link: which file backs it (or none) and what is odd about it, for tests and docs."""
    referral_keys = {r.applicant.key for r in REFERRALS}
    form_keys = {a.key for a in FORM_APPLICANTS}
    entries = []
    for a in cv_owners():
        suffix = cv_suffix(a.cv_kind)
        entries.append(
            {
                "drive_id": a.drive_id,
                "file": f"{CV_DIR}/{a.drive_id}{suffix}" if suffix else None,
                "kind": a.cv_kind,
                "name_on_cv": a.cv_name,
                "in_form": a.key in form_keys,
                "in_referrals": a.key in referral_keys,
                "notes": list(a.notes),
            }
        )
    return entries


def generate(out: Path = HERE) -> list[Path]:
    """Write every sample file under ``out``; returns the paths written."""
    written = [
        _write(out / FORM_CSV, _csv_bytes(form_rows())),
        _write(out / REFERRALS_XLSX, _xlsx_bytes(referral_rows())),
        _write(out / ROSTER_CSV, _csv_bytes(roster_rows())),
        _write(out / ADVISORS_YAML, _advisors_yaml()),
    ]
    for variant, a in enumerate(cv_owners()):
        data = render_cv(a, variant)
        if data is not None:
            written.append(_write(out / CV_DIR / f"{a.drive_id}{cv_suffix(a.cv_kind)}", data))
    manifest = json.dumps(cv_manifest(), ensure_ascii=False, indent=2) + "\n"
    written.append(_write(out / CV_MANIFEST, manifest.encode("utf-8")))
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: this package)")
    args = parser.parse_args(argv)
    written = generate(args.out)
    total = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} files ({total} bytes) under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
