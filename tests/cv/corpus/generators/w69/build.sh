#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w69. Needs soffice, chromium, pdftoppm and the venv (.venv).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
PY="$ROOT/.venv/bin/python"
if [ ! -x "$PY" ]; then python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install -q python-docx odfpy reportlab fpdf2 Pillow pikepdf numpy; fi
rm -rf "$ROOT/files"; mkdir -p "$ROOT/files"
"$PY" "$HERE/make.py" "$ROOT/files"
"$PY" "$HERE/truth.py" "$ROOT/truth.jsonl"
"$PY" "$HERE/check.py" "$ROOT/truth.jsonl" "$ROOT/files"
