#!/usr/bin/env bash
# Rebuilds ../files and ../truth.jsonl, then validates. Needs soffice, chromium, pdftoppm, pdftotext.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd .. && pwd)"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q python-docx reportlab fpdf2 odfpy pypdf Pillow
fi
"$ROOT/.venv/bin/python" render.py
"$ROOT/.venv/bin/python" check.py
