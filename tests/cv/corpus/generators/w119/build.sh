#!/usr/bin/env bash
# Rebuild all files and truth.jsonl for writer w119, then run the independent check.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q python-docx fpdf2 reportlab odfpy pillow numpy pypdf
fi
# system tools used: soffice (LibreOffice), chromium, pdftoppm/pdftotext/pdffonts (poppler), Liberation + DejaVu fonts
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
