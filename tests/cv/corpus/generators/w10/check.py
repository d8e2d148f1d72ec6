# -*- coding: utf-8 -*-
"""Consistency check: truth.jsonl <-> files/, months recomputed from entries, key facts present in the text."""
import json, os, re, subprocess, sys, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import usce_months

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if path.endswith(".docx"):
        x = zipfile.ZipFile(path).read("word/document.xml").decode()
        return re.sub(r"<[^>]+>", "", x.replace("</w:p>", "\n"))
    if path.endswith(".txt"):
        return open(path, encoding="utf-8-sig").read()
    if path.endswith(".rtf"):
        r = open(path, encoding="ascii").read()
        return re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), r)
    return ""


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    names = [r["file"] for r in rows]
    files = sorted(os.listdir(FILES))
    if len(set(names)) != len(names):
        errs.append("duplicate rows")
    for f in files:
        if f not in names:
            errs.append(f"file without row: {f}")
    for n in names:
        if n not in files:
            errs.append(f"row without file: {n}")
    for r in rows:
        f = r["file"]
        if not re.match(r"w10_\d{3}_[a-z0-9_]+\.(pdf|docx|txt|odt|rtf|png|jpg)$", f):
            errs.append(f"bad name {f}")
        if r.get("error"):
            continue
        for k in KEYS:
            if k not in r:
                errs.append(f"{f}: missing {k}")
        is_img = f.endswith((".png", ".jpg")) or r["layout"].startswith("scan")
        if is_img != bool(r.get("needs_ocr")):
            errs.append(f"{f}: needs_ocr mismatch")
        for e in r["usce_entries"]:
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                errs.append(f"{f}: type {e['type']}")
            if e["state"] not in STATES:
                errs.append(f"{f}: state {e['state']}")
            if e["specialty"] not in SPECS:
                errs.append(f"{f}: usce specialty {e['specialty']}")
        if usce_months(r["usce_entries"]) != r["usce_months"]:
            errs.append(f"{f}: usce_months")
        if usce_months(r["usce_entries"], True) != r["usce_months_clinical"]:
            errs.append(f"{f}: usce_months_clinical")
        for s in r["specialties"]:
            if s not in SPECS:
                errs.append(f"{f}: specialty {s}")
        if r["phone_e164"] and not re.match(r"^\+\d{8,15}$", r["phone_e164"]):
            errs.append(f"{f}: phone")
        if not r.get("needs_ocr"):
            t = text_of(os.path.join(FILES, f))
            flat = re.sub(r"\s+", " ", t)
            for v in (r["full_name"], r["email"]):
                if v and v.lower() not in flat.lower():
                    errs.append(f"{f}: '{v}' not found in text")
            digits = re.sub(r"\D", "", flat)
            if r["phone_e164"] and r["phone_e164"][-7:] not in digits:
                errs.append(f"{f}: phone digits not found")
    print(f"{len(rows)} rows, {len(files)} files, {len(errs)} problems")
    for e in errs:
        print("  ", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
