#!/bin/bash
# Rebuilds ../files and ../truth.jsonl, then validates. Needs: chromium, soffice, tesseract (eng), pdftotext/pdffonts,
# fonts DejaVu, Liberation and Noto Sans CJK (/root/.fonts/NotoSansCJK-VF.otf.ttc).
set -e
cd "$(dirname "$0")"
[ -x ../.venv/bin/python ] || python3 -m venv ../.venv
../.venv/bin/pip install -q -r requirements.txt
../.venv/bin/python make.py
../.venv/bin/python check.py
