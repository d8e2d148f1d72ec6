#!/bin/sh
# Rebuild files/ and truth.jsonl for writer w89, then validate.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
[ -x "$ROOT/.venv/bin/python" ] || { python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install -q python-docx odfpy reportlab fpdf2 pillow pypdf numpy; }
"$ROOT/.venv/bin/python" "$HERE/build.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
