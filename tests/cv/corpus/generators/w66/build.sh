#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w66, then validate.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$ROOT"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q python-docx odfpy reportlab fpdf2 Pillow pypdf
fi
rm -rf files && mkdir files
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
