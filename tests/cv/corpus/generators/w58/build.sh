#!/bin/bash
# Rebuild files/ and truth.jsonl for writer w58, then validate.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx odfpy reportlab fpdf2 Pillow pypdf numpy; }
.venv/bin/python generators/make.py
.venv/bin/python generators/check.py
