#!/bin/sh
# Rebuild all w107 files and truth.jsonl, then verify.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv; .venv/bin/pip install python-docx fpdf2 reportlab pillow numpy odfpy pypdf; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
