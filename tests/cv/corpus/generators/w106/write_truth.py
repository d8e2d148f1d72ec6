"""Write truth.jsonl from the hand-written truth dicts in people.py (no parsing of rendered files)."""
import json, sys
from people import P, DAMAGED
from render import fname
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
out = open(sys.argv[1], "w", encoding="utf-8")
for p in sorted(P + DAMAGED, key=lambda x: x["n"]):
    rec = {"file": fname(p), "layout": p["layout"]}
    if "truth" not in p:
        rec["error"] = True
    else:
        for k in KEYS:
            rec[k] = p["truth"][k]
        if "scan" in p:
            rec["needs_ocr"] = True
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("truth written")
