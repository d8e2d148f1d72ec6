#!/bin/sh
# Rebuild files/ and truth.jsonl, then validate.
set -e
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
[ -x "$ROOT/.venv/bin/python" ] || { python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install python-docx reportlab fpdf2 odfpy Pillow pypdf; }
"$ROOT/.venv/bin/python" build.py
"$ROOT/.venv/bin/python" check.py
