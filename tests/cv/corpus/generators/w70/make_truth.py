# -*- coding: utf-8 -*-
"""Write truth.jsonl from people.py records."""
import json, sys
from people import PEOPLE, DAMAGED, truth_for
out = sys.argv[1] if len(sys.argv) > 1 else "../truth.jsonl"
rows = [truth_for(p) for p in PEOPLE]
rows += [dict(file=f"w70_{d['id']}_{d['layout']}.{d['ext']}", layout=d["layout"], error=True) for d in DAMAGED]
rows.sort(key=lambda r: r["file"])
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "rows to", out)
