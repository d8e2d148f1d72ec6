#!/usr/bin/env bash
# Rebuilds files/ and truth.jsonl for writer w26.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q python-docx odfpy reportlab fpdf2 Pillow pypdf numpy
fi
rm -rf /tmp/w26_build
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
