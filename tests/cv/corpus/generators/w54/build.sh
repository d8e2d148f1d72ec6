#!/bin/sh
# Rebuild files/ and truth.jsonl for writer w54, then validate.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx odfpy reportlab fpdf2 Pillow pypdf numpy; }
rm -rf files && mkdir files
.venv/bin/python generators/make.py
.venv/bin/python generators/check.py "$@"
