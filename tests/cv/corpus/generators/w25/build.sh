#!/bin/bash
# Rebuild files/ and truth.jsonl for helper w25, then validate.
# Needs: soffice, chromium, pdftoppm/pdftotext/pdffonts (poppler), DejaVu + Droid Sans Fallback fonts.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
cd "$ROOT"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q odfpy reportlab fpdf2 python-docx Pillow pypdf cryptography numpy
fi
.venv/bin/python "$HERE/build.py"
.venv/bin/python "$HERE/check.py"
