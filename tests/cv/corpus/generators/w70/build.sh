#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w70. Needs: chromium, soffice, pdftoppm (poppler), DejaVu fonts,
# and the venv in ../.venv (python-docx reportlab fpdf2 odfpy pillow pypdf numpy).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
PY=$ROOT/.venv/bin/python
if [ ! -x "$PY" ]; then
  python3 -m venv $ROOT/.venv
  $ROOT/.venv/bin/pip install -q python-docx reportlab fpdf2 odfpy pillow pypdf numpy
fi
rm -rf $ROOT/files && mkdir -p $ROOT/files
$PY render.py $ROOT/files
$PY make_truth.py $ROOT/truth.jsonl
$PY check.py $ROOT
