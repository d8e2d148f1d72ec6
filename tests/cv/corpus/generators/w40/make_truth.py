import json, os
from data import P, truth
here = os.path.dirname(os.path.abspath(__file__))
rows = [truth(p) for p in P]
rows += [{"file": "w40_022_damaged_truncated.pdf", "layout": "damaged_truncated", "error": True},
         {"file": "w40_023_damaged_encrypted.pdf", "layout": "damaged_encrypted", "error": True},
         {"file": "w40_024_damaged_random.docx", "layout": "damaged_random", "error": True}]
with open(os.path.join(here, "..", "truth.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "truth rows")
