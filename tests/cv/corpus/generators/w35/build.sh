#!/bin/sh
# Rebuilds ../files and ../truth.jsonl. Needs: python venv at ../.venv (python-docx odfpy reportlab fpdf2 pillow pypdf
# pycryptodome), soffice, chromium, pdftoppm, pdfinfo.
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
[ -x "$PY" ] || PY=python3
$PY build.py
$PY check.py
