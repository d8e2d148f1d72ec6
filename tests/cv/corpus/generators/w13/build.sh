#!/bin/sh
# Rebuild every file and the truth: sh build.sh   (needs .venv with fpdf2 reportlab pillow numpy pikepdf odfpy uharfbuzz,
# plus soffice, chromium, poppler-utils, fonts-noto-core, fonts-noto-cjk, fonts-dejavu, fonts-liberation)
set -e
cd "$(dirname "$0")"
PY=.venv/bin/python
rm -rf files && mkdir files
$PY generators/gen_text.py
$PY generators/gen_office.py
$PY generators/gen_scan.py
$PY generators/gen_broken.py
$PY generators/build_truth.py
$PY generators/check.py
