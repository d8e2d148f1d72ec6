#!/bin/bash
# Rebuild all w106 files and truth.jsonl, then check them.
# Needs: chromium, soffice (libreoffice-writer-nogui), poppler-utils, fonts-noto-core, fonts-dejavu;
# venv with python-docx fpdf2 reportlab pillow numpy odfpy pypdf.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PY="$ROOT/.venv/bin/python"
if [ ! -x "$PY" ]; then python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install -q python-docx fpdf2 reportlab pillow numpy odfpy pypdf; fi
rm -rf "$ROOT/files"; mkdir -p "$ROOT/files"
cd "$HERE"
"$PY" render.py "$ROOT/files"
"$PY" scan.py "$ROOT/files"
"$PY" damage.py "$ROOT/files"
"$PY" write_truth.py "$ROOT/truth.jsonl"
"$PY" check.py "$ROOT"
