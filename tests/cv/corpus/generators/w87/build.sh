#!/bin/sh
# Rebuild /work/blind/w87/files and truth.jsonl, then validate.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab fpdf2 Pillow odfpy pypdf numpy; }
rm -rf files && mkdir files
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
