# -*- coding: utf-8 -*-
"""Writes ../truth.jsonl from data.py (the same structures that rendered the files)."""
import os, sys, json
sys.path.insert(0, os.path.dirname(__file__))
from data import PEOPLE, DAMAGED, fname, entries_truth

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications"]


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def main():
    rows = []
    for p in PEOPLE:
        t = {"file": fname(p), "layout": p["layout"]}
        for k in KEYS:
            t[k] = p["truth"][k]
        ents = entries_truth(p["entries"])
        t["usce_months"] = months(ents)
        t["usce_months_clinical"] = months([e for e in ents if e["type"] in ("hands_on", "observership")])
        t["usce_entries"] = ents
        if p.get("scan"):
            t["needs_ocr"] = True
        rows.append((p["num"], t))
    for num, layout, ext in DAMAGED:
        rows.append((num, {"file": "w92_%03d_%s.%s" % (num, layout, ext), "layout": layout, "error": True}))
    rows.sort(key=lambda r: r[0])
    out = os.path.join(os.path.dirname(__file__), "..", "truth.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for _, t in rows:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "truth lines")


if __name__ == "__main__":
    main()
