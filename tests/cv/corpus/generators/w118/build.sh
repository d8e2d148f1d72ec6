#!/bin/sh
# Rebuild w118 files + truth. Needs: soffice, chromium, poppler-utils, fonts-noto-core, fonts-dejavu;
# venv with python-docx odfpy fpdf2 reportlab pillow numpy pikepdf.
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
rm -rf ../files ../_tmp
$PY render.py
rm -rf ../_tmp
$PY check.py
