#!/bin/sh
# Rebuild all w127 files and truth.jsonl, then verify.
set -e
cd "$(dirname "$0")"
VENV=../.venv
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV"; "$VENV/bin/pip" install -q python-docx fpdf2 reportlab pillow odfpy numpy pypdf; }
"$VENV/bin/python" build.py
"$VENV/bin/python" check.py
