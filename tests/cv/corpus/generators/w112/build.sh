#!/bin/bash
# Rebuild all w112 files and the truth, then check.
set -euo pipefail
cd "$(dirname "$0")"
PY=../.venv/bin/python
[ -x "$PY" ] || { python3 -m venv ../.venv; ../.venv/bin/pip install -q pillow python-docx reportlab fpdf2 numpy pypdf; }
rm -rf ../files ../.tmp; mkdir -p ../files
$PY build.py
$PY truth.py
$PY check.py
