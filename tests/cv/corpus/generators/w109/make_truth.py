# -*- coding: utf-8 -*-
"""Write truth.jsonl from the hand-written truth in data.py plus hand-counted USCE months."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from data import P, DAMAGED
# hand-counted (total, clinical) distinct months, reference date 2026-12
MONTHS = {"001": (29, 1), "002": (2, 2), "003": (16, 2), "004": (14, 2), "005": (2, 2), "006": (2, 0),
          "007": (3, 3), "008": (15, 3), "009": (4, 2), "010": (2, 2), "011": (60, 1), "012": (2, 2),
          "013": (26, 2), "014": (0, 0), "015": (14, 2), "016": (14, 2), "017": (2, 2), "018": (28, 0),
          "019": (6, 2), "020": (2, 2), "021": (2, 2)}
out = open(os.path.join(os.path.dirname(__file__), "..", "truth.jsonl"), "w", encoding="utf-8")
for p in P:
    t = dict(file=p["file"], layout=p["layout"]); t.update(p["truth"])
    n = p["file"].split("_")[1]
    t["usce_months"], t["usce_months_clinical"] = MONTHS[n]
    if "scan" in p:
        t["needs_ocr"] = True
    out.write(json.dumps(t, ensure_ascii=False) + "\n")
for d in DAMAGED:
    out.write(json.dumps(dict(file=d["file"], layout=d["layout"], error=True)) + "\n")
out.close()
