#!/bin/sh
# Rebuilds files/ and truth.jsonl for writer w100, then validates.
set -e
cd "$(dirname "$0")"
ROOT=..
[ -x $ROOT/.venv/bin/python ] || { python3 -m venv $ROOT/.venv && $ROOT/.venv/bin/pip install -q python-docx reportlab fpdf2 odfpy Pillow pypdf; }
$ROOT/.venv/bin/python build.py
$ROOT/.venv/bin/python check.py
