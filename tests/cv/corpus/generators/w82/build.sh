#!/bin/sh
set -e
cd "$(dirname "$0")/.."
[ -d .venv ] || (python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab fpdf2 odfpy pypdf Pillow)
rm -f files/*
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
