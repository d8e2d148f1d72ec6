# Writes truth.jsonl from the hand-written truth dicts in people.py (no parsing of rendered files).
import json, os
from people import CVS, DAMAGED
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
rows = []
for cv in CVS:
    f = "w120_%s_%s.%s" % (cv["id"], cv["layout"], cv["ext"])
    r = {"file": f, "layout": cv["layout"]}
    r.update({k: cv["truth"][k] for k in KEYS})
    if "base" in cv:
        r["needs_ocr"] = True
    rows.append(r)
for d in DAMAGED:
    rows.append({"file": "w120_%s_%s.%s" % (d["id"], d["layout"], d["ext"]), "layout": d["layout"], "error": True})
with open(os.path.join(HERE, "..", "truth.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "truth rows")
