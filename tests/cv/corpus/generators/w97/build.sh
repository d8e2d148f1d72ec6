#!/bin/sh
set -e
cd "$(dirname "$0")/.."
[ -d .venv ] || { python3 -m venv .venv; .venv/bin/pip install -q reportlab fpdf2 pillow python-docx odfpy pypdf numpy; }
.venv/bin/python generators/gen.py "$@"
.venv/bin/python generators/check.py
