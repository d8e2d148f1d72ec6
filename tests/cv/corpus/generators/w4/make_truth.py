# -*- coding: utf-8 -*-
import os, sys, json
sys.path.insert(0, os.path.dirname(__file__))
from persons import P
from common import truth, error_truth
from build import PLAN, SCAN_PLAN, LAYOUT_DESC, FILES

rows = []
for num, pid, layout, ext in PLAN:
    rows.append(truth(P[pid], f"w4_{num:03d}_{layout}.{ext}", LAYOUT_DESC[layout] + f" [{ext}]"))
for num, pid, layout, prof in SCAN_PLAN:
    rows.append(truth(P[pid], f"w4_{num:03d}_{layout}_scan.pdf", f"scan ({prof}) of: " + LAYOUT_DESC[layout], needs_ocr=True))
rows.append(error_truth("w4_044_truncated.pdf", "damaged PDF: cut inside the first content stream, no xref/trailer"))
rows.append(error_truth("w4_045_encrypted.docx", ".docx that is an Agile-encrypted OLE/CFB Office container (password-protected)"))
rows.append(error_truth("w4_046_jsnopages.pdf", "PDF with empty page tree (Count 0), only OpenAction JavaScript + Launch action"))
have = set(os.listdir(FILES))
assert have == {r["file"] for r in rows}, (have ^ {r["file"] for r in rows})
with open("/work/blind/w4/truth.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
