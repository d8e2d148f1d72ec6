import sys, os, json
sys.path.insert(0, os.path.dirname(__file__))
from people import PEOPLE, DAMAGED, months
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]
rows = []
for p in sorted(PEOPLE, key=lambda p: p["n"]):
    t = {k: p[k] for k in KEYS}
    ents = [{k: e[k] for k in ("type", "specialty", "state", "start", "end")} for e in p["usce"]]
    t["usce_months"] = months(ents); t["usce_months_clinical"] = months(ents, True); t["usce_entries"] = ents
    if p.get("scan"): t["needs_ocr"] = True
    rows.append(t)
rows += [{"file": d["file"], "layout": d["layout"], "error": True} for d in DAMAGED]
rows.sort(key=lambda r: r["file"])
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "truth rows")
