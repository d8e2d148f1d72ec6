#!/usr/bin/env bash
# Rebuilds files/ and truth.jsonl for writer w91, then validates.
# Needs: soffice, chromium, pdftotext/pdffonts (poppler), DejaVu fonts; python venv with
# python-docx odfpy reportlab fpdf2 Pillow pypdf numpy.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q python-docx odfpy reportlab fpdf2 Pillow pypdf numpy
fi
PY="$ROOT/.venv/bin/python"
rm -rf "$ROOT/files"
mkdir -p "$ROOT/files"
cd "$HERE"
"$PY" render.py "$ROOT/files"
"$PY" make_truth.py "$ROOT/truth.jsonl"
"$PY" check.py
