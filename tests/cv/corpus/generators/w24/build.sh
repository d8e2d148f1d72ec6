#!/bin/bash
# Rebuilds files/ and truth.jsonl, then validates.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q python-docx pypdf Pillow; }
.venv/bin/python generators/render.py
.venv/bin/python generators/check.py
