#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w86, then validate.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q python-docx reportlab fpdf2 pillow odfpy pypdf numpy cryptography
fi
rm -rf "$ROOT/files" /tmp/w86build && mkdir -p "$ROOT/files"
# needs: soffice (LibreOffice), chromium, pdftotext/pdffonts (poppler) on PATH
"$ROOT/.venv/bin/python" build.py
"$ROOT/.venv/bin/python" check.py
