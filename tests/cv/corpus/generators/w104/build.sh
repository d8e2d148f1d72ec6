#!/bin/bash
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || (python3 -m venv .venv && .venv/bin/pip install -q python-docx fpdf2 pillow reportlab odfpy numpy pypdf cryptography)
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
