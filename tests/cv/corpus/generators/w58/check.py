# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against the contract and against ../files."""
import os, sys, json, re, zipfile, subprocess, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries, clin=False):
    s = set()
    for e in entries:
        if clin and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def strip_xml(b):
    t = b.decode("utf-8", "replace")
    t = re.sub(r"<(w:tab|text:tab|w:br|text:line-break)[^>]*/>", " ", t)
    t = re.sub(r"</(w:p|text:p|text:h)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    import html; return html.unescape(t)

def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\(par|tab|bullet)\b ?", " ", s)
    s = re.sub(r"\\([{}\\])", r"\1", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        names = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml"))]
        return "\n".join(strip_xml(z.read(n)) for n in names)
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
present = set(os.listdir(FILES))
listed = [r["file"] for r in rows]
if len(set(listed)) != len(listed): err("truth", "duplicate file names")
if set(listed) != present: err("truth", f"mismatch with files/: {set(listed) ^ present}")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]
    if not re.fullmatch(r"w58_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad file name")
    if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]: err(f, "layout does not match file name")
    path = os.path.join(FILES, f)
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row must have only file/layout/error")
        if f.endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip(): err(f, "damaged pdf still yields text")
        if f.endswith(".docx"):
            try: zipfile.ZipFile(path); err(f, "damaged docx opens as zip")
            except zipfile.BadZipFile: pass
        continue
    scan = r.get("needs_ocr") is True
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(r) != want: err(f, f"keys {list(r)}")
    if not isinstance(r["full_name"], str) or not r["full_name"]: err(f, "full_name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032: err(f, "graduation_year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] and r["graduation_year"] < 2026: err(f, "student with past graduation")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)): err(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
    if not isinstance(r["specialties"], list) or any(s not in SPEC for s in r["specialties"]): err(f, "specialties")
    if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x for x in r["languages"]): err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, f"entry keys {e}")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPEC: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])): err(f, "entry dates")
        elif e["start"] > e["end"] or e["end"] > "2026-12": err(f, "entry order")
    if r["usce_months"] != months(r["usce_entries"]): err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if r["usce_months_clinical"] != months(r["usce_entries"], True): err(f, "usce_months_clinical")
    if scan:
        kinds["scan"] += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan PDF has fonts")
        else:
            from PIL import Image
            Image.open(path).verify()
        continue
    kinds["readable"] += 1
    if not f.rsplit(".", 1)[1] in ("pdf", "docx", "odt", "rtf", "txt"): err(f, "readable format not allowed")
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t: err(f, "name not in text")
    if r["email"].lower() not in t: err(f, "email not in text")
    digits = re.sub(r"\D", "", t)
    if r["phone_e164"] and r["phone_e164"][-7:] not in digits: err(f, "phone digits not in text")
print("kinds:", kinds)
for e in errs: print("ERROR", e)
print("%d passed, %d failed" % (len(rows) - len({e.split(':')[0] for e in errs}), len({e.split(':')[0] for e in errs})))
sys.exit(1 if errs else 0)
