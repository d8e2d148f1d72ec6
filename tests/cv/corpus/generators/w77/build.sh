#!/bin/bash
# Rebuilds files/ and truth.jsonl for writer w77.
set -e
cd "$(dirname "$0")/.."
[ -d .venv ] || { python3 -m venv .venv; .venv/bin/pip install -q python-docx reportlab fpdf2 pillow odfpy pypdf numpy pycryptodome; }
rm -rf files /tmp/w77_build; mkdir -p files
.venv/bin/python generators/gen.py
.venv/bin/python generators/check.py
