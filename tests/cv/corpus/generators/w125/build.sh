#!/bin/bash
# Rebuild all w125 files and the truth. Needs: soffice, chromium, pdftoppm, qpdf, and the venv (python-docx fpdf2 reportlab odfpy pillow numpy).
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
[ -x "$PY" ] || { python3 -m venv ../.venv && ../.venv/bin/pip install -q python-docx fpdf2 reportlab odfpy pillow numpy; }
rm -rf ../files && mkdir -p ../files
$PY render.py ../files
$PY make_truth.py ../truth.jsonl
$PY check.py
