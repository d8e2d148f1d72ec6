#!/bin/bash
# Rebuild files/ and truth.jsonl for writer w17. Needs chromium, soffice, pdftoppm, pdftotext and the venv.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || { python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install -q python-docx pillow pypdf numpy; }
rm -rf "$ROOT/files"; mkdir -p "$ROOT/files"
"$PY" "$HERE/gen_html.py"    "$ROOT/files"   # Chromium print-to-PDF (also scan sources in /tmp/w17_html)
"$PY" "$HERE/gen_docx.py"    "$ROOT/files"   # python-docx (+ LibreOffice -> pdf/odt/rtf)
"$PY" "$HERE/gen_scans.py"   "$ROOT/files"   # pdftoppm + Pillow degradation
"$PY" "$HERE/gen_damaged.py" "$ROOT/files"
"$PY" "$HERE/make_truth.py"  "$ROOT/truth.jsonl"
"$PY" "$HERE/check.py"
