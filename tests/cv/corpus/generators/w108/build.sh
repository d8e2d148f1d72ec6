#!/usr/bin/env bash
# Rebuild all w108 files and truth. Needs: soffice, chromium, pdftoppm/pdftotext, fonts-dejavu, fonts-noto-core,
# and a venv with python-docx reportlab fpdf2 pillow numpy pypdf cryptography.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
PY="${PY:-$ROOT/.venv/bin/python}"
if [ ! -x "$PY" ]; then python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install -q python-docx reportlab fpdf2 pillow numpy pypdf cryptography; PY="$ROOT/.venv/bin/python"; fi
rm -rf "$ROOT/files"; mkdir -p "$ROOT/files"
"$PY" "$HERE/render.py" "$ROOT/files"      # 16 readable CVs
"$PY" "$HERE/scans.py" "$ROOT/files"       # 5 scans/photos + 3 damaged
"$PY" "$HERE/write_truth.py"               # truth.jsonl from hand-written truth in persons.py
"$PY" "$HERE/check.py"                     # independent checks
