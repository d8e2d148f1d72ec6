#!/bin/bash
# Rebuilds /work/blind/w32/files and truth.jsonl. Needs soffice, chromium, pdftoppm; venv with python-docx pillow pypdf.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv; .venv/bin/pip install -q python-docx pillow pypdf cryptography; }
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
