#!/bin/bash
# Rebuilds files/ and truth.jsonl. Needs soffice, chromium, pdftoppm; python venv at ../.venv
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
[ -x "$PY" ] || { python3 -m venv ../.venv; ../.venv/bin/pip install python-docx reportlab fpdf2 odfpy pypdf Pillow numpy cryptography; }
$PY build.py
$PY check.py
