#!/bin/bash
# Rebuild files/ and truth.jsonl for writer w85. Needs soffice, chromium, pdftoppm on PATH.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q python-docx reportlab fpdf2 odfpy Pillow pypdf
fi
"$ROOT/.venv/bin/python" "$HERE/build.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
