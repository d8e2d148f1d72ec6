#!/usr/bin/env python3
"""Independent check of truth.jsonl against the files in ../files."""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
errs = []
def bad(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y2, min(m2, 99)) > (2026, 12): y2, m2 = 2026, 12
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True)
        r2 = subprocess.run(["pdftotext", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace") + "\n" + r2.stdout.decode("utf-8", "replace"), r.returncode
    if ext in ("docx", "odt"):
        try:
            z = zipfile.ZipFile(path)
        except Exception:
            return "", 1
        xml = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
        return re.sub(r"<[^>]+>", "", xml), 0
    if ext == "txt":
        return open(path, encoding="utf-8").read(), 0
    if ext == "rtf":
        raw = open(path, encoding="ascii").read()
        raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
        raw = raw.replace("\\line", " ")
        return re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", raw), 0
    return "", 0

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names: bad("-", "file list and truth differ")
cnt = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not f.startswith("w125_") or r["layout"] not in f: bad(f, "name/layout")
    if r.get("error"):
        cnt["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: bad(f, "damaged keys")
        t, rc = text_of(path)
        if f.endswith(".pdf"):
            enc = subprocess.run(["pdfinfo", path], capture_output=True)
            if enc.returncode == 0 and t.strip(): bad(f, "damaged pdf opens")
        elif zipfile.is_zipfile(path): bad(f, "damaged docx is a zip")
        continue
    for k in KEYS:
        if k not in r: bad(f, "missing " + k)
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"): bad(f, "e164")
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): bad(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): bad(f, "visa")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): bad(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): bad(f, k)
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): bad(f, "cc")
    for s in r["specialties"]:
        if s not in SPEC: bad(f, "spec " + s)
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): bad(f, "type")
        if e["specialty"] is not None and e["specialty"] not in SPEC: bad(f, "entry spec")
        if e["state"] not in STATES: bad(f, "state " + e["state"])
        if not (re.fullmatch(r"\d{4}-\d\d", e["start"]) and re.fullmatch(r"\d{4}-\d\d", e["end"]) and e["start"] <= e["end"]): bad(f, "dates")
    if not 3 <= len(r["usce_entries"]) <= 10: bad(f, "usce count")
    if months(r["usce_entries"], False) != r["usce_months"]: bad(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'], False)}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: bad(f, f"clinical {r['usce_months_clinical']} != {months(r['usce_entries'], True)}")
    t, rc = text_of(path)
    if r.get("needs_ocr"):
        cnt["scan"] += 1
        if t.strip(): bad(f, "scan has a text layer")
        continue
    cnt["readable"] += 1
    if rc != 0: bad(f, "cannot extract")
    nt = norm(t)
    if norm(r["full_name"]) not in nt and norm(r["full_name"]).upper() not in nt: bad(f, "name not in text")
    if r["email"] not in nt: bad(f, "email not in text")
print(cnt, "layouts:", len({r["layout"] for r in rows if not r.get("error") and not r.get("needs_ocr")}))
print("\n".join(errs) or "OK")
sys.exit(1 if errs else 0)
