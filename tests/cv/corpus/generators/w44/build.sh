#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for helper w44, then validate.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv; .venv/bin/pip install -q python-docx reportlab fpdf2 pypdf cryptography Pillow numpy; }
rm -rf files /tmp/w44_build && mkdir -p files
.venv/bin/python generators/render.py
.venv/bin/python generators/check.py
