#!/bin/sh
# Rebuilds files/ and truth.jsonl (needs soffice, chromium, pdftoppm, ImageMagick, and the venv in ../.venv)
set -e
cd "$(dirname "$0")"
[ -x ../.venv/bin/python ] || { python3 -m venv ../.venv && ../.venv/bin/pip install python-docx odfpy reportlab fpdf2 Pillow pypdf numpy cryptography; }
rm -rf ../files && mkdir -p ../files
../.venv/bin/python build.py
../.venv/bin/python check.py
