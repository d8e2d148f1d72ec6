#!/bin/bash
# Rebuild everything for w6. Needs: soffice, chromium, pandoc, qpdf, poppler-utils, tesseract (verify only),
# /work/blind/w6/venv with reportlab (python3 -m venv venv && venv/bin/pip install reportlab),
# and a python with Pillow, numpy, pypdfium2, python-docx (here /work/main/.venv/bin/python, used read-only).
set -e
cd "$(dirname "$0")/.."
PY2=${PY2:-/work/main/.venv/bin/python}
venv/bin/python generators/render.py
$PY2 generators/scans.py
(cd generators && $PY2 truth.py && $PY2 verify.py)
