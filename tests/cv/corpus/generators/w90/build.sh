#!/bin/sh
# Rebuilds files/ and truth.jsonl, then validates.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
[ -x "$ROOT/.venv/bin/python" ] || { python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install python-docx odfpy reportlab fpdf2 Pillow pypdf numpy; }
rm -rf "$ROOT/files"; mkdir -p "$ROOT/files"
"$ROOT/.venv/bin/python" "$HERE/build.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
