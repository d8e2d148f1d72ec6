# -*- coding: utf-8 -*-
"""Writes truth.jsonl from people.py (usce_months computed from the entries)."""
import json
import os
import sys

from people import PEOPLE, DAMAGED, fname

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications"]


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def main(out):
    rows = []
    for p in PEOPLE:
        t = p["truth"]
        r = {"file": fname(p), "layout": p["layout"]}
        for k in KEYS:
            r[k] = t[k]
        r["usce_months"] = months(t["usce_entries"])
        r["usce_months_clinical"] = months(t["usce_entries"], True)
        r["usce_entries"] = t["usce_entries"]
        if "scan" in p:
            r["needs_ocr"] = True
        rows.append(r)
    for d in DAMAGED:
        rows.append({"file": fname(d), "layout": d["layout"], "error": True})
    rows.sort(key=lambda r: r["file"])
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "truth.jsonl"))
