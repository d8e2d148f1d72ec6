#!/bin/sh
# Rebuilds ../files and ../truth.jsonl, then validates.
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
[ -x "$PY" ] || { python3 -m venv ../.venv && ../.venv/bin/pip install -q python-docx reportlab fpdf2 pillow odfpy pypdf cryptography; }
$PY build.py
$PY check.py
