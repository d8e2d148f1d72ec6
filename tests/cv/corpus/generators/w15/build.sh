#!/bin/bash
# Rebuilds ../files and ../truth.jsonl, then runs the checker.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q pillow markdown pypdf pycryptodome
fi
"$ROOT/.venv/bin/python" build.py
"$ROOT/.venv/bin/python" check.py
