# -*- coding: utf-8 -*-
"""Independent check of ../truth.jsonl against ../files (does not import data.py)."""
import json, os, re, subprocess, zipfile, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); FILES = os.path.join(HERE, "..", "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
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
        if (y2, m2) > (2026, 12): y2, m2 = 2026, 12
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def xml_text(z, names):
    t = []
    for n in names:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"</w:p>|</text:p>|</text:h>|<w:tab/>|<text:tab/>", "\n", x)
        t.append(re.sub(r"<[^>]+>", "", x))
    return "\n".join(t)

def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + o + [path, "-"], capture_output=True, text=True).stdout
                         for o in (["-layout"], []))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        r = open(path, encoding="ascii").read()
        r = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), r)
        return re.sub(r"\\[a-z]+-?\d* ?", "", r)
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return xml_text(z, [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)])
    if ext == "odt":
        return xml_text(zipfile.ZipFile(path), ["content.xml"])
    raise ValueError(ext)

N = lambda s: re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != files: bad("ALL", "truth files != folder files")
cnt = dict(readable=0, scan=0, damaged=0); layouts = set()
for t in rows:
    f = t["file"]; p = os.path.join(FILES, f)
    if not f.startswith("w118_") or t["layout"] not in f: bad(f, "name/layout")
    if t.get("error"):
        cnt["damaged"] += 1
        if set(t) != {"file", "layout", "error"}: bad(f, "damaged keys")
        if f.endswith(".pdf"):
            r = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if r.returncode == 0 and r.stdout.strip(): bad(f, "damaged pdf opens")
        else:
            try: zipfile.ZipFile(p); bad(f, "damaged docx opens")
            except zipfile.BadZipFile: pass
        continue
    for k in KEYS:
        if k not in t: bad(f, "missing " + k)
    if not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"] or "+10000000000"): bad(f, "e164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"]): bad(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"]): bad(f, "iso2")
    if not isinstance(t["graduation_year"], int): bad(f, "grad year")
    if t["is_student"] != (t["graduation_year"] > 2026): bad(f, "student vs grad year")
    if not (t["usmle_step1"] in ("pass", "fail", None) or (isinstance(t["usmle_step1"], int) and 100 <= t["usmle_step1"] <= 300)): bad(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (t[k] is None or (isinstance(t[k], int) and 100 <= t[k] <= 300)): bad(f, k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): bad(f, "ecfmg")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): bad(f, "visa")
    if not set(t["specialties"]) <= SPECS: bad(f, "specialties")
    if not isinstance(t["publications"], int): bad(f, "pubs")
    for e in t["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): bad(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPECS: bad(f, "usce spec")
        if e["state"] not in STATES: bad(f, "state")
        if not (re.fullmatch(r"\d{4}-\d\d", e["start"]) and re.fullmatch(r"\d{4}-\d\d", e["end"]) and e["start"] <= e["end"]): bad(f, "dates")
    if t["usce_months"] != months(t["usce_entries"], False): bad(f, f"usce_months {t['usce_months']} vs {months(t['usce_entries'], False)}")
    if t["usce_months_clinical"] != months(t["usce_entries"], True): bad(f, "usce_months_clinical")
    layouts.add(t["layout"])
    if t.get("needs_ocr"):
        cnt["scan"] += 1
        if f.endswith(".pdf"):
            tx = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
            if tx.strip(): bad(f, "scan has a text layer")
        continue
    cnt["readable"] += 1
    tx = N(extract(p))
    if N(t["full_name"]) not in tx: bad(f, "name not in text")
    if t["email"].lower() not in tx: bad(f, "email not in text")
    digits = re.sub(r"\D", "", tx)
    if t["phone_e164"] and t["phone_e164"][-9:] not in digits: bad(f, "phone digits not in text")
print(cnt, "distinct readable layouts:", len(layouts - {r['layout'] for r in rows if r.get('needs_ocr')}))
if cnt != dict(readable=16, scan=5, damaged=3): bad("ALL", "counts")
print("\n".join(errs) if errs else "ALL CHECKS PASSED"); sys.exit(1 if errs else 0)
