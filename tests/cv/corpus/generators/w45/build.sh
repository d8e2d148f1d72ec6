#!/bin/bash
# Rebuild files/ and truth.jsonl for w45, then validate.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab fpdf2 pypdf Pillow; }
.venv/bin/python generators/make.py
.venv/bin/python generators/check.py
