#!/bin/sh
# Rebuild files/ and truth.jsonl for helper w49 (sequential; uses soffice, chromium, pdftoppm)
set -e
cd "$(dirname "$0")/.."
[ -d .venv ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab odfpy pypdf Pillow; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
