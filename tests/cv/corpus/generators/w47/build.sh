#!/bin/bash
# Rebuilds files/ and truth.jsonl, then validates. Sequential (shared 2-core machine).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
[ -x "$ROOT/.venv/bin/python" ] || { python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install -q python-docx reportlab fpdf2 Pillow pypdf numpy; }
"$ROOT/.venv/bin/python" "$HERE/build.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
