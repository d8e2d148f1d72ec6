# -*- coding: utf-8 -*-
"""Independent check of truth.jsonl against the files."""
import json, os, re, subprocess, zipfile, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
F = os.path.join(ROOT, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y2, m2) > (2026, 12): y2, m2 = 2026, 12
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf8"); t += " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)) + "\n"
        return t
    return open(path, encoding="utf-8").read()

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(F))
if sorted(r["file"] for r in rows) != files: err("*", "file list mismatch")
cnt = {"readable": 0, "ocr": 0, "damaged": 0}; layouts = set()
for r in rows:
    f = r["file"]; path = os.path.join(F, f)
    if not f.startswith("w109_") or r["layout"] not in f: err(f, "name/layout")
    if r.get("error"):
        cnt["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged keys")
        if f.endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip(): err(f, "damaged pdf opens")
        else:
            try: zipfile.ZipFile(path); err(f, "damaged docx opens")
            except zipfile.BadZipFile: pass
        continue
    for k in KEYS:
        if k not in r: err(f, "missing " + k)
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"): err(f, "e164")
    if r["medical_school_country"] and not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "iso2")
    if r["usmle_step1"] not in ("pass", "fail", None) and not (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    for s in r["specialties"]:
        if s not in SPEC: err(f, "spec " + s)
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "type")
        if e["specialty"] is not None and e["specialty"] not in SPEC: err(f, "entry spec")
        if e["state"] not in STATES: err(f, "state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"]): err(f, "dates")
    if months(r["usce_entries"], False) != r["usce_months"]: err(f, f"usce_months {months(r['usce_entries'], False)} != {r['usce_months']}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, "usce_months_clinical")
    if r.get("needs_ocr"):
        cnt["ocr"] += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan has text layer")
        from PIL import Image
        if f.endswith((".png", ".jpg")): Image.open(path).verify()
    else:
        cnt["readable"] += 1; layouts.add(r["layout"])
        t = text_of(path)
        norm = lambda s: re.sub(r"\s+", " ", s)
        if r["full_name"] not in norm(t): err(f, "name not in text")
        if r["email"] not in t: err(f, "email not in text")
print(cnt, "distinct readable layouts:", len(layouts))
print("\n".join(errs) if errs else "ALL OK")
sys.exit(1 if errs else 0)
