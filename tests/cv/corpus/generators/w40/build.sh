#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs: soffice, chromium, pdftoppm, pdftotext; venv at ../.venv with reportlab fpdf2 odfpy python-docx Pillow pypdf markdown
set -euo pipefail
cd "$(dirname "$0")"
PY=../.venv/bin/python
[ -x "$PY" ] || { python3 -m venv ../.venv && ../.venv/bin/pip install -q reportlab fpdf2 odfpy python-docx Pillow pypdf markdown; }
rm -rf ../files /tmp/w40build && mkdir -p ../files
$PY render.py
$PY scans.py
$PY damaged.py
$PY make_truth.py
$PY check.py
