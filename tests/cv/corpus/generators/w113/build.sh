#!/usr/bin/env bash
# Rebuild all w113 files and truth.jsonl, then run the independent checker.
# Needs: soffice (LibreOffice), chromium, poppler-utils, fonts-noto-core, fonts-dejavu;
# Python venv at ../.venv with python-docx fpdf2 reportlab pillow odfpy numpy.
set -euo pipefail
cd "$(dirname "$0")"
PY=../.venv/bin/python
if [ ! -x "$PY" ]; then
  python3 -m venv ../.venv
  ../.venv/bin/pip install -q python-docx fpdf2 reportlab pillow odfpy numpy
fi
rm -rf ../files _work && mkdir -p ../files _work
$PY gen_docx.py
$PY gen_odt.py
$PY gen_html.py
$PY gen_misc.py
$PY gen_scans.py
$PY truth.py
rm -rf _work
$PY check.py
