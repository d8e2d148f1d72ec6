#!/bin/sh
# Rebuilds files/ and truth.jsonl for writer w76, then validates.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx odfpy reportlab fpdf2 Pillow pypdf; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
