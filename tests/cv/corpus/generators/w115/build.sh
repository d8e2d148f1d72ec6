#!/bin/sh
# Rebuild all files and truth.jsonl, then verify.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab odfpy fpdf2 pillow numpy pypdf; }
rm -rf files .tmp && mkdir -p files
.venv/bin/python generators/build.py "$@"
.venv/bin/python generators/check.py
