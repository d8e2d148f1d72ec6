#!/usr/bin/env python3
"""Validate w45 truth.jsonl against the contract and the files."""
import json, os, re, subprocess, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []

def err(f, m): errs.append(f"{f}: {m}")

def months(es):
    s = set()
    for e in es:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def rtf_text(raw):
    raw = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), raw)
    raw = re.sub(r"\\[a-z]+-?\d* ?", " ", raw)
    return raw.replace("{", "").replace("}", "").replace("\\", "")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], capture_output=True, text=True).stdout
                         for m in (["-layout"], ["-raw"], []))
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names: err("truth", "file list mismatch with files/")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w45_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged keys")
        ext = f.rsplit(".", 1)[1]
        if ext == "pdf":
            out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if out.returncode == 0 and out.stdout.strip(): err(f, "damaged pdf still readable")
        if ext == "docx" and zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    exp = KEYS + (["needs_ocr"] if scan else [])
    if list(r) != exp: err(f, f"keys {list(r)}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032: err(f, "grad year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] >= 2027): err(f, "is_student vs grad year (reference 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not r["specialties"] or any(s not in SPECS for s in r["specialties"]): err(f, "specialties")
    if not isinstance(r["languages"], list) or not r["languages"]: err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty " + e["specialty"])
        if e["state"] not in STATES: err(f, "entry state " + e["state"])
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]): err(f, "entry date")
        if e["start"] > e["end"] or e["end"] > "2026-12": err(f, "entry order/end")
    if r["usce_months"] != months(r["usce_entries"]): err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    cl = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if r["usce_months_clinical"] != months(cl): err(f, "usce_months_clinical")
    if scan:
        ext = f.rsplit(".", 1)[1]
        if ext == "pdf":
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2: err(f, "scan has a text layer")
        continue
    txt = text_of(path)
    flat = re.sub(r"\s+", " ", txt)
    if r["full_name"] not in flat: err(f, "name not found in text")
    if r["email"] not in flat: err(f, "email not found in text")

print(kinds)
if errs:
    print("\n".join(errs)); print(f"FAILED: {len(errs)} problems"); sys.exit(1)
print(f"OK: {len(rows)} rows checked")
