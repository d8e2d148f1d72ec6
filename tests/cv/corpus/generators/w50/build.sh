#!/bin/bash
# Rebuild files/ and truth.jsonl for writer w50, then validate.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q reportlab fpdf2 python-docx odfpy pillow pypdf numpy; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
