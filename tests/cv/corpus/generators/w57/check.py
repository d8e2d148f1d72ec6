# -*- coding: utf-8 -*-
"""Validates truth.jsonl against the brief's contract and the files themselves."""
import json, os, re, sys, subprocess, zipfile, tempfile, unicodedata, shutil
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def month_set(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y, m) > (y2, m2): err("?", f"start after end {e}")
        while (y, m) <= (y2, m2):
            s.add((y, m)); y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(s)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)

def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml")):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</(w:p|text:p|text:h)>", "\n", x); x = re.sub(r"<text:s[^>]*/>", " ", x)
                out.append(re.sub(r"<[^>]+>", "", x))
        import html; return html.unescape("\n".join(out))
    if ext == "rtf":   # via docx so page headers/footers are kept (txt export drops them)
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--convert-to", "docx", "--outdir", d, path], capture_output=True, timeout=180)
        p = os.path.join(d, os.path.basename(path)[:-4] + ".docx")
        t = text_of(p) if os.path.exists(p) else ""
        shutil.rmtree(d, ignore_errors=True); return t
    return ""

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = [r["file"] for r in rows]
if len(set(names)) != len(names): err("truth", "duplicate file names")
on_disk = sorted(os.listdir(FILES))
if sorted(names) != on_disk: err("truth", f"files mismatch: {set(names) ^ set(on_disk)}")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]
    if not re.fullmatch(r"w57_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad file name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    exp = KEYS + (["needs_ocr"] if scan else [])
    if list(r.keys()) != exp and set(r.keys()) != set(exp): err(f, f"keys {sorted(set(r) ^ set(exp))}")
    if not isinstance(r["full_name"], str) or re.search(r"\b(Dr|MD|MBBS)\b\.?", r["full_name"]): err(f, "name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]) or r["medical_school_country"] == "US": err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032: err(f, "grad year")
    if not isinstance(r["is_student"], bool) or r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if v is not None and not (isinstance(v, int) and 150 <= v <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg enum")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa enum")
    if not set(r["specialties"]) <= SPEC: err(f, f"specialties {set(r['specialties']) - SPEC}")
    if not r["languages"] or "Farsi" in r["languages"]: err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, f"entry keys {e}")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPEC: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]) or e[k] > "2026-12": err(f, f"entry {k}")
    if not 1 <= len(r["usce_entries"]) <= 4: err(f, "1-4 USCE entries expected for this theme")
    if month_set(r["usce_entries"], False) != r["usce_months"]: err(f, f"usce_months {r['usce_months']} != {month_set(r['usce_entries'], False)}")
    if month_set(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, "usce_months_clinical")
    path = os.path.join(FILES, f)
    if scan:
        if f.endswith(".pdf"):
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip()
            if len(fonts) > 2 or txt: err(f, "scan PDF has a text layer")
        elif not f.endswith((".png", ".jpg")): err(f, "scan must be pdf/png/jpg")
    else:
        t = norm(text_of(path))
        if norm(r["full_name"]) not in t: err(f, "name not found in text")
        if r["email"].lower() not in t: err(f, "email not found in text")
for f in (r["file"] for r in rows if r.get("error")):
    p = os.path.join(FILES, f)
    if f.endswith(".pdf"):
        res = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
        if res.returncode == 0 and res.stdout.strip(): err(f, "damaged pdf still extracts text")
    if f.endswith(".docx") and zipfile.is_zipfile(p): err(f, "damaged docx is a valid zip")
print(kinds)
if errs:
    print("\n".join(errs)); print(f"FAILED: {len(errs)} problem(s)"); sys.exit(1)
print(f"{len(rows)} passed, 0 failed")
