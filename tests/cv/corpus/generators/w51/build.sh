#!/bin/sh
# Rebuild files/ and truth.jsonl for writer w51
set -e
cd "$(dirname "$0")/.."
[ -d .venv ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab fpdf2 odfpy Pillow pypdf; }
rm -rf files /tmp/w51_build && mkdir -p files
.venv/bin/python generators/render.py
.venv/bin/python generators/check.py
