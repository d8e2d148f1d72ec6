#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w81, then validate.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q python-docx reportlab fpdf2 pillow pypdf odfpy numpy
fi
PY="$ROOT/.venv/bin/python"
# needs system tools: soffice, chromium, pdftoppm, pdftotext, pdffonts
"$PY" "$HERE/render.py"
"$PY" "$HERE/truth.py"
"$PY" "$HERE/check.py"
"$PY" "$HERE/make_notes.py"
