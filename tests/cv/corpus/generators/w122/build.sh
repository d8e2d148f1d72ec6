#!/bin/sh
# Rebuild all w122 files and the truth file.
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
rm -rf ../files && mkdir -p ../files
$PY render.py ../files
$PY truth.py ../truth.jsonl
$PY check.py
