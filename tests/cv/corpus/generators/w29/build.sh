#!/bin/bash
# Rebuild /work/blind/w29/files and truth.jsonl from scratch.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$ROOT"
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/pip install -q python-docx pillow pypdf manimgx-fonts-cjk fontpkg-noto-sans-thai >/dev/null
# CJK + Thai fonts for Chromium/LibreOffice rendering (shipped inside the two PyPI packages above)
mkdir -p "$HOME/.fonts"
find .venv -name 'NotoSansCJK-VF.otf.ttc' -exec cp {} "$HOME/.fonts/" \;
find .venv -name 'NotoSansThai*.ttf' -exec cp {} "$HOME/.fonts/" \;
fc-cache -f >/dev/null 2>&1 || true
WORK=/tmp/w29_build
rm -rf "$WORK" files
mkdir -p files "$WORK"
.venv/bin/python generators/build.py "$ROOT/files" "$WORK"
.venv/bin/python generators/check.py
