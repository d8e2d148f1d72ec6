# -*- coding: utf-8 -*-
"""Build all w72 files and truth.jsonl.  Usage: python build.py [id ...]"""
import json, os, sys
from data import PEOPLE, DAMAGED, fname
import render

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications"]


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


def truth_line(p):
    t = p["truth"]
    o = {"file": fname(p), "layout": p["layout"]}
    for k in KEYS:
        o[k] = t[k]
    o["usce_months"] = months(t["usce_entries"])
    o["usce_months_clinical"] = months(t["usce_entries"], True)
    o["usce_entries"] = t["usce_entries"]
    if p.get("scan"):
        o["needs_ocr"] = True
    return o


def main(only):
    os.makedirs(FILES, exist_ok=True)
    lines = []
    for p in PEOPLE:
        out = os.path.join(FILES, fname(p))
        if not only or p["id"] in only:
            print("building", fname(p), flush=True)
            if p.get("scan"):
                render.scan(p, out)
            else:
                render.RENDER[p["layout"]](p, out)
        lines.append(truth_line(p))
    for d in DAMAGED:
        out = os.path.join(FILES, fname(d))
        if not only or d["id"] in only:
            print("building", fname(d), flush=True)
            render.damaged(d, out)
        lines.append({"file": fname(d), "layout": d["layout"], "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for o in lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(lines), "truth lines")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
