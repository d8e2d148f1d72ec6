#!/bin/bash
set -e
cd "$(dirname "$0")/.."
[ -d .venv ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab fpdf2 odfpy pypdf Pillow; }
rm -rf files /tmp/w96build; mkdir -p files
.venv/bin/python generators/render.py
.venv/bin/python generators/check.py
