#!/usr/bin/env bash
# Rebuilds files/ and truth.jsonl. Needs: soffice, chromium, pdftoppm (poppler), DejaVu fonts; python venv with
# reportlab fpdf2 python-docx odfpy Pillow pypdf.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$HERE/.."
cd "$ROOT"
[ -x .venv/bin/python ] || { python3 -m venv .venv; .venv/bin/pip install -q reportlab fpdf2 python-docx odfpy Pillow pypdf; }
rm -rf files && mkdir -p files /tmp/w43_build
.venv/bin/python generators/build_readable.py
.venv/bin/python generators/build_scans.py
.venv/bin/python generators/build_damaged.py
.venv/bin/python generators/write_truth.py
.venv/bin/python generators/check.py
