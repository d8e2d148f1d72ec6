#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl for writer w98, then validate.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q python-docx reportlab fpdf2 odfpy Pillow pypdf
fi
# needs: soffice, chromium, pdftoppm/pdftotext/pdffonts/pdfinfo (poppler-utils)
"$ROOT/.venv/bin/python" "$HERE/render.py"
"$ROOT/.venv/bin/python" "$HERE/check.py" "$@"
