#!/usr/bin/env bash
# Rebuild all w117 files, truth.jsonl and NOTES.md, then run the checks.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx odfpy fpdf2 reportlab pillow numpy pypdf; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
