#!/bin/sh
# Rebuild files/ and truth.jsonl sequentially (no parallel jobs), then validate.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab fpdf2 pillow pypdf odfpy; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
