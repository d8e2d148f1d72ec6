# -*- coding: utf-8 -*-
"""Write truth.jsonl for text files (from data.py), scans (scans.py list) and broken files."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import data
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
from scans import SCANS, BROKEN
from render import fname
EXT = {"rtf2pdf": "pdf", "rl2col": "pdf", "rlright": "pdf", "chrome": "pdf", "rtf2docx": "docx", "pandoc": "docx", "fodt": "docx", "fodt_tb": "docx", "txt": "txt"}
lines = []
byid = {p["id"]: p for p in data.P}
for p in data.P:
    lines.append(data.truth_line(p, fname(p, EXT[p["fmt"]])))
for new_id, src_id, style, _ in SCANS:
    p = byid[src_id]; d = data.truth_line(p, "w6_%03d_scan_%s.pdf" % (new_id, style), needs_ocr=True)
    d["layout"] = "scan_%s of %s" % (style, p["layout"]); lines.append(d)
for new_id, kind in BROKEN:
    d = {"file": "w6_%03d_broken_%s.%s" % (new_id, kind, "docx" if "docx" in kind else "pdf"), "layout": "unreadable_" + kind}
    for k in data.KEYS + ["usce_months", "usce_months_clinical", "usce_entries"]: d[k] = None
    d["error"] = True; lines.append(d)
with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
    for d in lines: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(lines), "lines")
