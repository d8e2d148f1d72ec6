#!/bin/bash
# Rebuild w121: venv deps, readable files, scans/damaged, truth, check.
set -e
cd "$(dirname "$0")"
V=../.venv
[ -x $V/bin/python ] || { python3 -m venv $V; $V/bin/pip install -q python-docx odfpy fpdf2 reportlab pillow numpy openpyxl; }
# system: libreoffice-writer-nogui libreoffice-calc-nogui chromium poppler-utils qpdf fonts-noto-core fonts-noto-cjk fonts-dejavu
rm -rf ../files && mkdir -p ../files
$V/bin/python render.py ../files
$V/bin/python scans.py ../files
$V/bin/python truth.py ../truth.jsonl
$V/bin/python check.py
