#!/bin/sh
# Rebuilds ../files and ../truth.jsonl, then validates.
set -e
cd "$(dirname "$0")"
VENV=../.venv
[ -x $VENV/bin/python ] || { python3 -m venv $VENV && $VENV/bin/pip install -q python-docx reportlab fpdf2 odfpy Pillow pypdf; }
$VENV/bin/python build.py
$VENV/bin/python check.py
