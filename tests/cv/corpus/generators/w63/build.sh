#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w63, then validate.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q reportlab fpdf2 python-docx odfpy pillow pypdf pikepdf
fi
rm -rf files && mkdir -p files
.venv/bin/python generators/make.py
.venv/bin/python generators/check.py
