#!/usr/bin/env bash
# Rebuilds files/ and truth.jsonl for writer w19, then validates.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
[ -x "$ROOT/.venv/bin/python" ] || { python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install -q reportlab fpdf2 pillow numpy pypdf; }
PY="$ROOT/.venv/bin/python"; SRC=/tmp/w19src
rm -rf "$SRC" "$ROOT/files"; mkdir -p "$SRC" "$ROOT/files"
"$PY" "$HERE/build_pdfs.py" "$SRC"          # reportlab + fpdf2 (readable PDFs and scan sources src_NNN.pdf)
"$PY" "$HERE/build_fodt.py" "$SRC"          # hand-written .fodt -> soffice -> pdf/odt/docx/rtf
"$PY" "$HERE/make_scans.py" "$SRC" "$SRC"   # pdftoppm + Pillow scans/photos
"$PY" "$HERE/make_damaged.py" "$SRC" "$SRC"
cp "$SRC"/w19_* "$ROOT/files/"
"$PY" "$HERE/make_truth.py" "$ROOT/truth.jsonl"
"$PY" "$HERE/check.py" "$ROOT"
