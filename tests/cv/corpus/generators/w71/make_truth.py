# -*- coding: utf-8 -*-
"""Writes truth.jsonl from data.py (usce entries are taken from the very items that are rendered)."""
import json, sys
from data import P, DAMAGED

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications"]


def mi(ym):
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    s = set()
    for e in entries:
        s.update(range(mi(e["start"]), mi(e["end"]) + 1))
    return len(s)


def truth(p):
    ents = [it[4] for _h, items in p["sections"] for it in items
            if not isinstance(it, str) and len(it) == 5 and it[4]]
    t = {"file": p["file"], "layout": p["layout"]}
    for k in KEYS:
        t[k] = p["phone"] if k == "phone_e164" else p[k]
    t["usce_months"] = months(ents)
    t["usce_months_clinical"] = months([e for e in ents if e["type"] in ("hands_on", "observership")])
    t["usce_entries"] = ents
    if p.get("scan"):
        t["needs_ocr"] = True
    return t


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "../truth.jsonl"
    rows = [truth(p) for p in P] + [dict(d, error=True) for d in DAMAGED]
    rows.sort(key=lambda r: r["file"])
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "truth rows")
