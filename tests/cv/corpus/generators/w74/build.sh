#!/bin/sh
# Rebuilds files/ and truth.jsonl, then validates.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
[ -x "$ROOT/.venv/bin/python" ] || { python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install python-docx reportlab fpdf2 odfpy Pillow pypdf numpy; }
"$ROOT/.venv/bin/python" "$HERE/build_all.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
