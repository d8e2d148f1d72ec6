# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the contract and against the files themselves."""
import os, sys, json, re, subprocess, zipfile, tempfile, unicodedata, html
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append("%s: %s" % (f, m))

def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        import docx
        d = docx.Document(path); parts = [p.text for p in d.paragraphs]
        def tables(ts):
            for t in ts:
                for r in t.rows:
                    for c in r.cells:
                        parts.extend(p.text for p in c.paragraphs); tables(c.tables)
        tables(d.tables)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "odt":
        x = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
        return html.unescape(re.sub(r"<[^>]+>", " ", x))
    if ext == "rtf":
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", td, path],
                           capture_output=True, timeout=180)
            out = os.path.join(td, os.path.basename(path)[:-4] + ".txt")
            return open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""
    return ""

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()

lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(os.listdir(FILES)); seen = set()
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for o in lines:
    f = o.get("file", "?"); seen.add(f)
    if not re.fullmatch(r"w46_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad file name")
    if f.split("_", 2)[2].rsplit(".", 1)[0] != o.get("layout"): err(f, "layout does not match file name")
    if not os.path.exists(os.path.join(FILES, f)): err(f, "file missing"); continue
    if o.get("error"):
        kinds["damaged"] += 1
        if set(o) != {"file", "layout", "error"} or o["error"] is not True: err(f, "damaged entry keys")
        continue
    scan = o.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(o.keys()) != want: err(f, "keys %s" % sorted(set(o) ^ set(want)))
    if not isinstance(o["full_name"], str) or not o["full_name"] or re.search(r"\b(Dr|MD|MBBS)\b\.?", o["full_name"]): err(f, "full_name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", o["email"] or ""): err(f, "email")
    if o["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", o["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", o["medical_school_country"] or ""): err(f, "country")
    if not isinstance(o["graduation_year"], int) or not 1970 <= o["graduation_year"] <= 2032: err(f, "graduation_year")
    if not isinstance(o["is_student"], bool): err(f, "is_student")
    if o["is_student"] != (o["graduation_year"] > 2026): err(f, "is_student inconsistent with graduation year (ref 2026-12-01)")
    s1 = o["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (o[k] is None or (isinstance(o[k], int) and 100 <= o[k] <= 300)): err(f, k)
    if o["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if o["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not isinstance(o["specialties"], list) or any(s not in SPECS for s in o["specialties"]): err(f, "specialties")
    if not isinstance(o["languages"], list) or not all(isinstance(x, str) for x in o["languages"]): err(f, "languages")
    if not isinstance(o["publications"], int) or o["publications"] < 0: err(f, "publications")
    for e in o["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys"); continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])) or e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "entry dates")
    if o["usce_months"] != months(o["usce_entries"]): err(f, "usce_months recount %d" % months(o["usce_entries"]))
    if o["usce_months_clinical"] != months(o["usce_entries"], True): err(f, "usce_months_clinical recount")
    path = os.path.join(FILES, f)
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2: err(f, "scan PDF has a text layer")
        else:
            from PIL import Image
            Image.open(path).verify()
    else:
        t = norm(text_of(path))
        if norm(o["email"]) not in t: err(f, "email not found in text")
        toks = [norm(x) for x in re.split(r"\s+", o["full_name"])]
        if not all(x in t for x in toks): err(f, "name tokens not found in text")
        digits = re.sub(r"\D", "", t)
        if o["phone_e164"] and o["phone_e164"][1:] not in digits: err(f, "phone digits not found in text")
for f in files:
    if f not in seen: err(f, "file without truth line")
print("kinds:", kinds, "lines:", len(lines))
if errs:
    print("\n".join(errs)); print("0 passed, %d failed" % len(errs)); sys.exit(1)
print("%d passed, 0 failed" % len(lines))
