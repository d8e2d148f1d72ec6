#!/bin/bash
# Rebuilds files/ and truth.jsonl. Needs: chromium, soffice, pdftoppm, ImageMagick convert; venv with python-docx pikepdf pillow.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
[ -x "$ROOT/.venv/bin/python" ] || { python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install -q python-docx pikepdf pillow; }
"$ROOT/.venv/bin/python" "$HERE/build.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
