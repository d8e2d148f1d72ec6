#!/bin/sh
# Rebuild everything: from /work/blind/w8  ->  sh generators/make_all.sh
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
rm -rf ../files ../build_tmp
$PY build.py
$PY scans.py
$PY broken.py
cat ../build_tmp/truth_cv.jsonl ../build_tmp/truth_scan.jsonl ../build_tmp/truth_broken.jsonl > ../truth.jsonl
$PY check.py
