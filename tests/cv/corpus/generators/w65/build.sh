#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w65, then validate.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q python-docx odfpy reportlab fpdf2 pillow pypdf numpy
fi
# needs system tools: soffice, chromium, pdftoppm, pdftotext, pdffonts
"$ROOT/.venv/bin/python" "$HERE/build.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
