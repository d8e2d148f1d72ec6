#!/bin/bash
# Rebuild files/ and truth.jsonl for writer w88
set -e
cd "$(dirname "$0")"
../.venv/bin/python build.py
../.venv/bin/python check.py
