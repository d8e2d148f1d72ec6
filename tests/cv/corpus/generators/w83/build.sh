#!/bin/bash
# Rebuild files/ and truth.jsonl, then validate.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab fpdf2 odfpy pypdf Pillow numpy; }
export HOME=${HOME:-/tmp}
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
