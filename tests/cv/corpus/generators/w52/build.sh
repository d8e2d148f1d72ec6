#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w52.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q reportlab fpdf2 python-docx odfpy Pillow pypdf numpy
fi
"$ROOT/.venv/bin/python" "$HERE/build.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
