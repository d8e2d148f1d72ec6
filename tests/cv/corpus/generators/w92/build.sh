#!/usr/bin/env bash
# Rebuilds files/ and truth.jsonl, then validates. Needs: soffice, chromium, pdftoppm, pdftotext, pdffonts.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q reportlab fpdf2 python-docx odfpy Pillow numpy pypdf arabic-reshaper python-bidi
fi
rm -rf files && mkdir files
.venv/bin/python generators/render.py
.venv/bin/python generators/make_truth.py
.venv/bin/python generators/check.py
