#!/usr/bin/env bash
# Rebuilds files/ and truth.jsonl for writer w71, then validates.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
PY=$ROOT/.venv/bin/python
if [ ! -x "$PY" ]; then
  python3 -m venv $ROOT/.venv
  $ROOT/.venv/bin/pip install -q python-docx odfpy reportlab fpdf2 Pillow pypdf numpy
fi
rm -rf $ROOT/files && mkdir -p $ROOT/files
$PY render.py $ROOT/files          # 16 readable CVs (python-docx, LibreOffice, Chromium, reportlab, fpdf2, odfpy, RTF, txt)
$PY scans.py $ROOT/files           # 5 scans + 3 damaged files
$PY make_truth.py $ROOT/truth.jsonl
$PY check.py
