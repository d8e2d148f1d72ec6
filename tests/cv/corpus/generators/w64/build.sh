#!/bin/sh
# Rebuild files/ and truth.jsonl, then validate.
set -e
cd "$(dirname "$0")/.."
[ -d .venv ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx odfpy reportlab fpdf2 pillow pypdf numpy; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
