#!/bin/sh
# Rebuild all files and truth.jsonl, then verify. Needs: chromium, soffice, pdflatex/xelatex (moderncv), poppler-utils,
# fonts-noto-core, fonts-noto-cjk, fonts-dejavu; venv with python-docx reportlab fpdf2 odfpy pillow numpy.
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
$PY build.py "$@"
$PY check.py
