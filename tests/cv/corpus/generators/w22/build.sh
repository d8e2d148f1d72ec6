#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w22, then validate.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
cd "$ROOT"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q python-docx reportlab fpdf2 Pillow odfpy pypdf numpy
fi
rm -rf files /tmp/w22_work; mkdir -p files
.venv/bin/python generators/render.py
.venv/bin/python generators/check.py
