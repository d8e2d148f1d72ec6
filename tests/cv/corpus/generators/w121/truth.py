"""Write ../truth.jsonl from the hand-written truth dicts in data.py (not from the rendered files)."""
import json, sys
from data import P
out = sys.argv[1] if len(sys.argv) > 1 else "../truth.jsonl"
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
with open(out, "w", encoding="utf-8") as f:
    for i in sorted(P):
        p = P[i]
        rec = {"file": f"w121_{i:03d}_{p['layout']}.{p['ext']}", "layout": p["layout"]}
        rec.update({k: p["truth"][k] for k in KEYS})
        if i >= 17:
            rec["needs_ocr"] = True
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for fn, lay in [("w121_022_truncated_pdf.pdf", "truncated_pdf"), ("w121_023_encrypted_pdf.pdf", "encrypted_pdf"),
                    ("w121_024_zero_length_docx.docx", "zero_length_docx")]:
        f.write(json.dumps({"file": fn, "layout": lay, "error": True}) + "\n")
