#!/bin/bash
# Rebuilds files/ and truth.jsonl. Needs soffice, pdftoppm, pdftotext; venv at ../.venv
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
[ -x "$ROOT/.venv/bin/python" ] || { python3 -m venv "$ROOT/.venv"; "$ROOT/.venv/bin/pip" install -q python-docx odfpy Pillow pypdf numpy; }
"$ROOT/.venv/bin/python" "$HERE/make.py"
"$ROOT/.venv/bin/python" "$HERE/check.py"
