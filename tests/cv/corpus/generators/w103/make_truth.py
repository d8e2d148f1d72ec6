#!/usr/bin/env python3
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from truth_data import TRUTH
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "truth.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in TRUTH:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(TRUTH), "truth records")
