#!/usr/bin/env bash
# Rebuild every w103 file and truth.jsonl, then run the independent checks.
# Needs: chromium, soffice (LibreOffice), poppler-utils, fonts-noto-core, fonts-dejavu;
# python venv at ../.venv with python-docx reportlab fpdf2 pillow odfpy numpy pypdf.
set -euo pipefail
cd "$(dirname "$0")"
PY=../.venv/bin/python
rm -rf ../files build_tmp; mkdir -p ../files build_tmp
$PY gen_chromium.py      # 001-007 + scan sources 017-021
$PY gen_office.py        # 008, 009, 012, 015, 016
$PY gen_text.py          # 010, 011
$PY gen_pdflibs.py       # 013, 014
$PY gen_scans.py         # 017-021
$PY gen_damaged.py       # 022-024
$PY make_truth.py
$PY check.py
