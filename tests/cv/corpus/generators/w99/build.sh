#!/usr/bin/env bash
# Rebuilds files/ and truth.jsonl for writer w99, then validates them.
# Needs: soffice, chromium, pdftoppm/pdftotext/pdfimages/pdffonts (poppler), DejaVu fonts.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q reportlab fpdf2 python-docx odfpy pillow pypdf numpy
fi
"$ROOT/.venv/bin/python" "$HERE/gen.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
