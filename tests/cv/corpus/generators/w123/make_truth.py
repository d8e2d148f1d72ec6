# Writes truth.jsonl from the hand-written truth dicts in cvs_a.py / cvs_b.py (no parsing of rendered files).
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from cvs_a import CVS as A
from cvs_b import CVS as B
CVS = {**A, **B}
out = os.path.join(os.path.dirname(__file__), "..", "truth.jsonl")
ORDER = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
         "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
         "publications", "usce_entries", "usce_months", "usce_months_clinical"]
with open(out, "w", encoding="utf-8") as f:
    for n in sorted(CVS):
        c = CVS[n]; rec = {"file": f"w123_{n:03d}_{c['layout']}.{c['ext']}", "layout": c["layout"]}
        for k in ORDER: rec[k] = c["truth"][k]
        if "scan" in c: rec["needs_ocr"] = True
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for fn, lay in (("w123_022_truncated.pdf", "truncated"), ("w123_023_encrypted.pdf", "encrypted"), ("w123_024_random_bytes.docx", "random_bytes")):
        f.write(json.dumps({"file": fn, "layout": lay, "error": True}) + "\n")
print("wrote", out)
