# -*- coding: utf-8 -*-
import os, sys, json
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED
from render import fname

def months(entries):
    s = set()
    for e in entries:
        y, m = int(e["start"][:4]), int(e["start"][5:7]); y2, m2 = int(e["end"][:4]), int(e["end"][5:7])
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(s)

def rows():
    out = []
    for p in P:
        ent = [{"type": t, "specialty": sp, "state": st, "start": a, "end": "2026-12" if b == "ongoing" else b} for t, sp, st, a, b in p["usce"]]
        ent.sort(key=lambda e: (e["start"], e["end"]))
        r = {"file": fname(p), "layout": p["layout"]}
        for k in ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
                  "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]:
            r[k] = p[k]
        r["usce_months"] = months(ent)
        r["usce_months_clinical"] = months([e for e in ent if e["type"] in ("hands_on", "observership")])
        r["usce_entries"] = ent
        if p.get("scan"): r["needs_ocr"] = True
        out.append(r)
    for n, L, ext in DAMAGED:
        out.append({"file": f"w81_{n:03d}_{L}.{ext}", "layout": L, "error": True})
    return out

if __name__ == "__main__":
    path = os.path.join(os.path.dirname(__file__), "..", "truth.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows(): f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", path)
