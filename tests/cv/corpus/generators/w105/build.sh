#!/usr/bin/env bash
# Rebuild all w105 files and truth.jsonl, then run the independent checks.
# Needs: pdflatex (texlive-latex-base/-recommended/-extra), soffice, chromium, poppler-utils, fonts-dejavu, fonts-noto-core, fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")"
VENV=../.venv
[ -x $VENV/bin/python ] || { python3 -m venv $VENV; $VENV/bin/pip install -q reportlab python-docx fpdf2 pillow numpy pypdf odfpy pikepdf; }
$VENV/bin/python build.py
$VENV/bin/python check.py
