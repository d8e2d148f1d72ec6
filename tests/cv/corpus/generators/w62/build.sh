#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl, then validate. Needs: soffice, chromium, pdftoppm, pdftotext/pdffonts.
set -euo pipefail
cd "$(dirname "$0")"
VENV=../.venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q python-docx odfpy reportlab fpdf2 Pillow pypdf numpy
fi
rm -rf ../files && mkdir -p ../files
"$VENV/bin/python" build.py
"$VENV/bin/python" check.py
