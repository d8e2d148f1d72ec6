#!/bin/bash
# Rebuild all files and truth for writer w116.
# needs: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-core fonts-dejavu chromium qpdf
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv; .venv/bin/pip install -q python-docx odfpy fpdf2 reportlab pillow numpy pypdf; }
rm -rf build_tmp
.venv/bin/python generators/build.py
.venv/bin/python generators/check.py
