#!/bin/sh
set -e
cd "$(dirname "$0")"
../.venv/bin/python build.py
../.venv/bin/python check.py
