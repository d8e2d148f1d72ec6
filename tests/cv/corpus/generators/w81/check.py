#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the contract and against the files themselves."""
import os, re, json, sys, subprocess, zipfile, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def E(f, m): errs.append(f"{f}: {m}")

def months(ents):
    s = set()
    for e in ents:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(s)

def xml_text(z, names):
    t = []
    for n in names:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"<(w:p|text:p|text:h)[ >/]", "\n<\\1 ", x)
        t.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(t))

def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\[a-z]+-?\d* ?", " ", s)
    return s.replace("{", "").replace("}", "")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext == "rtf": return rtf_text(open(path, encoding="ascii").read())
    z = zipfile.ZipFile(path)
    if ext == "docx": return xml_text(z, [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)])
    if ext == "odt": return xml_text(z, ["content.xml", "styles.xml"])
    raise ValueError(ext)

def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFC", s)).lower()

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != files: E("*", "truth files != files/ listing")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.match(r"w81_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): E(f, "bad name")
    if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]: E(f, "layout mismatch with file name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: E(f, "damaged row must only have file/layout/error")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = set(KEYS) | ({"needs_ocr"} if scan else set())
    if set(r) != want: E(f, f"keys differ: {set(r) ^ want}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): E(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): E(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): E(f, "country")
    if not isinstance(r["graduation_year"], int): E(f, "grad year")
    if r["is_student"] != (r["graduation_year"] > 2026): E(f, "is_student inconsistent with graduation year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): E(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): E(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): E(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): E(f, "visa")
    for s in r["specialties"]:
        if s not in SPECS: E(f, f"specialty {s}")
    if not isinstance(r["publications"], int): E(f, "pubs")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: E(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): E(f, "entry type")
        if e["specialty"] not in SPECS: E(f, "entry specialty")
        if e["state"] not in STATES: E(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])) or e["start"] > e["end"]: E(f, "entry dates")
        if e["end"] > "2026-12": E(f, "end after 2026-12")
    if months(r["usce_entries"]) != r["usce_months"]: E(f, "usce_months recount")
    if months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]) != r["usce_months_clinical"]: E(f, "usce_months_clinical recount")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): E(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: E(f, "scan PDF has fonts")
    else:
        t = norm(text_of(path))
        if norm(r["full_name"]) not in t: E(f, "name not in text")
        if norm(r["email"]) not in t: E(f, "email not in text")
# damaged files really damaged
for r in rows:
    if not r.get("error"): continue
    path = os.path.join(FILES, r["file"])
    if r["file"].endswith(".pdf"):
        from pypdf import PdfReader
        try:
            rd = PdfReader(path)
            if not rd.is_encrypted:
                rd.pages[0].extract_text(); E(r["file"], "damaged pdf opens fine")
        except Exception: pass
    elif r["file"].endswith(".docx") and zipfile.is_zipfile(path): E(r["file"], "damaged docx is a zip")
print("counts:", kinds)
if errs:
    print("\n".join(errs)); print(f"check: 0 passed, {len(errs)} failed"); sys.exit(1)
print(f"check: {len(rows)} passed, 0 failed")
