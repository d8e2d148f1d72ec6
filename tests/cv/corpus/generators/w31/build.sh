#!/usr/bin/env bash
# Rebuilds files/ and truth.jsonl, then validates. Needs: chromium, soffice, and the venv in ../.venv
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx reportlab Pillow pypdf fpdf2 odfpy numpy; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
