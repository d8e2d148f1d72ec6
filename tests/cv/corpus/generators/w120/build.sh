#!/usr/bin/env bash
# Rebuild all w120 files and truth. Needs: chromium, soffice (LibreOffice), poppler-utils, DejaVu/Noto fonts,
# and a venv with fpdf2 reportlab python-docx odfpy pillow numpy pypdf cryptography.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
PY=${PY:-$ROOT/.venv/bin/python}
if [ ! -x "$PY" ]; then
  python3 -m venv $ROOT/.venv && $ROOT/.venv/bin/pip install -q fpdf2 reportlab python-docx odfpy pillow numpy pypdf cryptography
  PY=$ROOT/.venv/bin/python
fi
rm -rf $ROOT/files $ROOT/tmp
$PY render.py        # readable CVs + base renders for the scans (in tmp/)
$PY scan.py          # degrade scans; make damaged files
$PY make_truth.py    # truth.jsonl from the hand-written truth in people.py
$PY check.py         # independent checks
rm -rf $ROOT/tmp
