# -*- coding: utf-8 -*-
"""Write truth.jsonl from the hand-written truth in persons.py (never from the rendered files)."""
import os, sys, json
sys.path.insert(0, os.path.dirname(__file__))
from persons import P
from render import fname
EXT = {"docx_lo_pdf": "pdf", "wps_lo_pdf": "pdf", "lo_rtf": "rtf", "docx_headerfooter": "docx", "docx_tables": "docx",
       "rtf_hand": "rtf", "chromium_twocol": "pdf", "reportlab_classic": "pdf", "reportlab_modern": "pdf",
       "fpdf2_simple": "pdf", "fpdf2_banner": "pdf", "plaintext": "txt", "scan_pdf": "pdf", "photo_jpg": "jpg",
       "scan_png_lowres": "png", "photo_jpg_lowcontrast": "jpg"}
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
out = os.path.join(os.path.dirname(__file__), "..", "truth.jsonl")
rows = []
for p in P:
    r = {"file": fname(p, EXT[p["layout"]]), "layout": p["layout"]}
    for k in KEYS: r[k] = p["truth"][k]
    if "source" in p: r["needs_ocr"] = True
    rows.append(r)
for f, lay in (("w108_022_truncated.pdf", "truncated"), ("w108_023_encrypted.pdf", "encrypted"),
               ("w108_024_zero_length.docx", "zero_length")):
    rows.append({"file": f, "layout": lay, "error": True})
with open(out, "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows ->", os.path.abspath(out))
