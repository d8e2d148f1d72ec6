#!/bin/bash
# Rebuilds files/ and truth.jsonl for writer w75, then validates.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install -q python-docx odfpy reportlab fpdf2 pypdf Pillow numpy cryptography
fi
rm -rf "$ROOT/files" /tmp/w75_build
mkdir -p "$ROOT/files"
cd "$HERE"
"$ROOT/.venv/bin/python" gen.py "$ROOT/files" "$ROOT/truth.jsonl"
"$ROOT/.venv/bin/python" check.py "$ROOT/files" "$ROOT/truth.jsonl"
