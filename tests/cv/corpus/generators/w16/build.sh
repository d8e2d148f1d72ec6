#!/usr/bin/env bash
# Rebuilds ../files and ../truth.jsonl, then validates them.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q reportlab fpdf2 python-docx pillow pypdf cryptography
fi
PY="$ROOT/.venv/bin/python"
export SOURCE_DATE_EPOCH=1764000000
"$PY" build.py
"$PY" check.py
