#!/usr/bin/env python3
"""Consistency check: every file has a row, every row a file; months recomputed from entries;
for text PDFs, key truth strings are present in the extracted text."""
import json, os, subprocess, sys, unicodedata

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(BASE, "files")
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}


def months(entries, types):
    s = set()
    for e in entries:
        if e["type"] not in types:
            continue
        y, m = map(int, e["start"].split("-"))
        end = (2026, 12) if e["end"] == "present" else tuple(map(int, e["end"].split("-")))
        assert (y, m) <= end, e
        while (y, m) <= end:
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(BASE, "truth.jsonl"), encoding="utf-8")]
    names = [r["file"] for r in rows]
    if len(set(names)) != len(names):
        errs.append("duplicate rows")
    files = set(os.listdir(FILES))
    for f in files - set(names):
        errs.append(f"file without row: {f}")
    for f in set(names) - files:
        errs.append(f"row without file: {f}")
    for r in rows:
        f = r["file"]
        if not f.startswith("w9_"):
            errs.append(f"bad name {f}")
        if r.get("error"):
            continue
        for k in KEYS:
            if k not in r:
                errs.append(f"{f}: missing {k}")
        if r["usce_months"] != months(r["usce_entries"], {"hands_on", "observership", "research", "telehealth"}):
            errs.append(f"{f}: usce_months")
        if r["usce_months_clinical"] != months(r["usce_entries"], {"hands_on", "observership"}):
            errs.append(f"{f}: usce_months_clinical")
        for s in r["specialties"] + [e["specialty"] for e in r["usce_entries"]]:
            if s not in SPECS:
                errs.append(f"{f}: specialty {s}")
        is_scan = f.endswith((".png", ".jpg")) or r["layout"].startswith("scan")
        if is_scan != bool(r.get("needs_ocr")):
            errs.append(f"{f}: needs_ocr mismatch")
        if f.endswith(".pdf") and not is_scan:
            txt = subprocess.run(["pdftotext", "-layout", os.path.join(FILES, f), "-"], capture_output=True, text=True).stdout
            norm = lambda s: unicodedata.normalize("NFC", s)
            txt = norm(txt)
            for v in [r["full_name"], r["email"]]:
                if v and norm(v) not in txt and norm(v) not in txt.replace("\n", " "):
                    errs.append(f"{f}: '{v}' not in text")
    print("\n".join(errs) if errs else f"OK: {len(rows)} rows, {len(files)} files")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
