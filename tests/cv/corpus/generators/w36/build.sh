#!/bin/bash
# Rebuild files/ and truth.jsonl for w36, then validate.
set -e
cd "$(dirname "$0")/.."
[ -d .venv ] || { python3 -m venv .venv; .venv/bin/pip install -q reportlab fpdf2 python-docx odfpy Pillow numpy pypdf; }
rm -rf files; mkdir -p files
.venv/bin/python generators/build.py "$@"
.venv/bin/python generators/check.py
