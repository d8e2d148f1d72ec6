#!/bin/sh
# Rebuilds files/ and truth.jsonl, then validates. Needs chromium, soffice, pdftoppm, pdftotext.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx pillow pypdf; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
