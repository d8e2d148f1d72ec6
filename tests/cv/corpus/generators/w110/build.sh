#!/usr/bin/env bash
# Rebuild all w110 files and truth.jsonl, then check them.
# Needs: libreoffice-writer-nogui poppler-utils qpdf chromium fonts-noto-core fonts-dejavu (apt)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q python-docx fpdf2 reportlab pillow numpy odfpy uharfbuzz
fi
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
