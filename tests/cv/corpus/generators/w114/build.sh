#!/bin/sh
# Rebuild all w114 files and truth.jsonl, then check them.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q pillow python-docx numpy pypandoc_binary; }
.venv/bin/python generators/build.py
.venv/bin/python generators/truth_data.py > truth.jsonl
.venv/bin/python generators/check.py
