#!/bin/sh
# Rebuilds /work/blind/w42/files and truth.jsonl, then validates.
set -e
cd "$(dirname "$0")"
ROOT=..
[ -x $ROOT/.venv/bin/python ] || { python3 -m venv $ROOT/.venv && $ROOT/.venv/bin/pip install -q python-docx pypdf Pillow; }
$ROOT/.venv/bin/python make.py
$ROOT/.venv/bin/python check.py
