#!/bin/sh
# Rebuild w123 files + truth. Needs: soffice, chromium, poppler-utils, fonts-noto-core, fonts-dejavu; venv with python-docx fpdf2 reportlab odfpy pillow numpy pypdf
set -e
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
rm -rf files && mkdir files
$PY generators/render.py files
$PY generators/make_truth.py
$PY generators/check.py
