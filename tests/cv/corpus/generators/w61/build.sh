#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w61, then validate.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q python-docx odfpy reportlab fpdf2 pillow pypdf numpy pycryptodome
fi
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
