#!/bin/sh
# Rebuild files/ and truth.jsonl for writer w37, then validate.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
cd "$ROOT"
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q reportlab python-docx fpdf2 Pillow odfpy pypdf pycryptodome numpy fonttools; }
rm -rf files && mkdir files
cd "$HERE"
"$ROOT/.venv/bin/python" render.py "$ROOT/files"
"$ROOT/.venv/bin/python" check.py "$ROOT"
