#!/bin/bash
# Rebuild /work/blind/w72/files and truth.jsonl, then validate.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
[ -x $ROOT/.venv/bin/python ] || { python3 -m venv $ROOT/.venv && $ROOT/.venv/bin/pip install -q python-docx odfpy reportlab fpdf2 Pillow pypdf numpy; }
rm -f $ROOT/files/w72_*
$ROOT/.venv/bin/python build.py "$@"
$ROOT/.venv/bin/python check.py
