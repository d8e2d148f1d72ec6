#!/bin/bash
# Rebuild files/ and truth.jsonl, then validate.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q python-docx reportlab fpdf2 odfpy Pillow pypdf cryptography
fi
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
