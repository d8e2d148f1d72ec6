#!/bin/bash
# Rebuild all w101 files + truth, then run the independent check.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install python-docx odfpy fpdf2 reportlab pillow numpy pypdf cryptography; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
