# -*- coding: utf-8 -*-
"""Build all w90 files and truth.jsonl. Usage: python build.py [NNN ...]"""
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import PEOPLE
import render

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")

PLAN = [  # (NNN, person, layout, ext, kind)
    ("001", "sabin", "docx_table", "docx", "readable"),
    ("002", "farhana", "lo_pdf_mixed", "pdf", "readable"),
    ("003", "tharindu", "chromium_sidebar", "pdf", "readable"),
    ("004", "dilini", "scan_png", "png", "scan"),
    ("005", "aditya", "reportlab_oneline", "pdf", "readable"),
    ("006", "bilal", "fpdf_classic", "pdf", "readable"),
    ("007", "rukhsana", "damaged_truncated", "pdf", "damaged"),
    ("008", "zarghona", "odt_plain", "odt", "readable"),
    ("009", "prakriti", "rtf_handmade", "rtf", "readable"),
    ("010", "imran", "scan_jpg", "jpg", "scan"),
    ("011", "rafi", "txt_compact", "txt", "readable"),
    ("012", "ananya", "docx_header_footer", "docx", "readable"),
    ("013", "ayesha", "chromium_table", "pdf", "readable"),
    ("014", "hassan", "damaged_encrypted", "pdf", "damaged"),
    ("015", "kasun", "odt_table", "odt", "readable"),
    ("016", "bishal", "scan_pdf_chromium", "pdf", "scan"),
    ("017", "rohan", "reportlab_table", "pdf", "readable"),
    ("018", "sujata", "docx_sidebar", "docx", "readable"),
    ("019", "aziz", "fpdf_table", "pdf", "readable"),
    ("020", "mursal", "scan_pdf_lowcontrast", "pdf", "scan"),
    ("021", "nusrat", "txt_markdown", "txt", "readable"),
    ("022", None, "damaged_random", "docx", "damaged"),
    ("023", "vikram", "lo_rtf", "rtf", "readable"),
    ("024", "arjun", "scan_photo_png", "png", "scan"),
]
SCAN_ARGS = {"016": dict(seed=16, angle=0.7), "020": dict(seed=20, angle=-1.9), "024": dict(seed=24, angle=-0.6),
             "004": dict(seed=4, angle=1.3)}


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth_for(fname, layout, kind, p):
    if kind == "damaged":
        return {"file": fname, "layout": layout, "error": True}
    t = p["truth"]
    ents = [e["t"] for e in p["exp"] if e["t"]]
    d = {"file": fname, "layout": layout, "full_name": p["name"], "email": p["email"], "phone_e164": p["phone"]}
    for k in ["medical_school", "medical_school_country", "graduation_year", "is_student", "usmle_step1", "usmle_step2ck",
              "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status"]:
        d[k] = t[k]
    d["publications"] = sum(1 for _, ok in p["pubs"] if ok)
    d["usce_months"] = months(ents)
    d["usce_months_clinical"] = months(ents, True)
    d["usce_entries"] = ents
    if kind == "scan":
        d["needs_ocr"] = True
    return d


def main(only):
    os.makedirs(FILES, exist_ok=True)
    rows = []
    for nnn, key, layout, ext, kind in PLAN:
        fname = f"w90_{nnn}_{layout}.{ext}"
        out = os.path.join(FILES, fname)
        p = PEOPLE.get(key)
        if not only or nnn in only:
            fn = getattr(render, layout)
            if nnn in SCAN_ARGS:
                fn(p, out, **SCAN_ARGS[nnn])
            else:
                fn(p, out)
            print("built", fname, flush=True)
        rows.append(truth_for(fname, layout, kind, p))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
