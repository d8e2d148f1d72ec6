#!/bin/sh
# Rebuild all files and truth for writer w109. Needs: chromium, soffice, poppler-utils, Noto CJK + Droid fonts,
# venv with reportlab fpdf2 python-docx pillow numpy pypdf at ../.venv
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
rm -rf ../files ../tmp
$PY render.py
$PY make_truth.py
$PY check.py
