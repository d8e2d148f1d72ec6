#!/usr/bin/env bash
# Rebuilds files/ and truth.jsonl for writer w30, then runs check.py.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q python-docx odfpy reportlab fpdf2 Pillow pypdf numpy
fi
cd "$HERE"
"$ROOT/.venv/bin/python" build.py
"$ROOT/.venv/bin/python" check.py
