#!/bin/bash
# Rebuild files/ and truth.jsonl for writer w14. Needs: python venv at ../.venv (python-docx odfpy Pillow numpy pypdf),
# LibreOffice (soffice), poppler-utils (pdftoppm, pdftotext).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PY="$ROOT/.venv/bin/python"
export W14_SRC=/tmp/w14_src
rm -rf "$W14_SRC" /tmp/w14_conv
"$PY" "$HERE/build_docs.py"
"$PY" "$HERE/finalize.py"
"$PY" "$HERE/check.py"
