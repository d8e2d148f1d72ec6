# -*- coding: utf-8 -*-
"""Write truth.jsonl from data.py. Usage: python truth.py OUT.jsonl"""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import R, DAMAGED, fname, months
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for n in range(1, 25):
        if n in DAMAGED:
            obj = {"file": fname(n), "layout": DAMAGED[n][0], "error": True}
        else:
            r = R[n]; t = r["truth"]
            obj = {"file": fname(n), "layout": r["layout"]}
            for k in KEYS: obj[k] = t[k]
            obj["usce_months"] = months(t["usce_entries"])
            obj["usce_months_clinical"] = months(t["usce_entries"], True)
            obj["usce_entries"] = t["usce_entries"]
            if "scan" in r: obj["needs_ocr"] = True
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
