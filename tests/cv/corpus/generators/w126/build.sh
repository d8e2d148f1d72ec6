#!/bin/bash
# Rebuild all w126 files and truth. Needs: chromium, soffice (libreoffice-writer), poppler-utils, DejaVu/Liberation fonts.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv; .venv/bin/pip install python-docx fpdf2 reportlab pillow numpy pypdf cryptography odfpy; }
.venv/bin/python generators/build.py
.venv/bin/python generators/make_truth.py
.venv/bin/python generators/check.py
