# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the contract and against the files themselves."""
import json, os, re, subprocess, sys, zipfile, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files"); TRUTH = os.path.join(ROOT, "truth.jsonl")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Oncology", "Hematology", "Nephrology", "Pulmonology", "Endocrinology", "Infectious Disease",
         "Rheumatology", "Dermatology", "Ophthalmology", "Orthopedic Surgery", "Urology", "Otolaryngology", "Neurosurgery",
         "Geriatrics", "Critical Care"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
ISO = set("IN PK EG NG PH MX BR IR SY JO BD GD BB SX BQ DM AG KN LC VC AW CW KY".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(ents):
    s = set()
    for e in ents:
        y, m = map(int, e["start"].split("-")); Y, M = map(int, e["end"].split("-"))
        if (y, m) > (Y, M): return None
        while (y, m) <= (Y, M):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def strip_xml(b):
    t = re.sub(r"<w:tab/>|<text:tab/>|</w:p>|</text:p>|<text:line-break/>", " ", b.decode("utf-8"))
    return re.sub(r"<[^>]+>", "", t)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return " ".join(strip_xml(z.read(n)) for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    if ext == "odt":
        return strip_xml(zipfile.ZipFile(path).read("content.xml"))
    if ext == "rtf":
        out = "/tmp/w17_check_rtf"; os.makedirs(out, exist_ok=True)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w17_lo", "--convert-to", "txt:Text",
                        "--outdir", out, path], capture_output=True, timeout=180)
        return open(os.path.join(out, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8-sig").read()
    raise ValueError(ext)

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()

rows = [json.loads(l) for l in open(TRUTH, encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names: err("truth", "file list mismatch with files/")
if len(rows) != 24: err("truth", f"{len(rows)} rows")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.match(r"w17_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad name")
    if not f.startswith(f"w17_{f[4:7]}_{r['layout']}."): err(f, "layout not in name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        if f.endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if p.returncode == 0 and p.stdout.strip(): err(f, "damaged pdf still yields text")
        else:
            try: zipfile.ZipFile(path); err(f, "damaged docx opens as zip")
            except zipfile.BadZipFile: pass
        continue
    miss = [k for k in KEYS if k not in r]
    if miss: err(f, f"missing {miss}")
    extra = set(r) - set(KEYS) - {"needs_ocr"}
    if extra: err(f, f"extra {extra}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "email")
    if r["medical_school_country"] not in ISO: err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 < r["graduation_year"] < 2032: err(f, "grad year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student inconsistent with grad year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg enum")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa enum")
    for s in r["specialties"]:
        if s not in SPECS: err(f, f"specialty {s}")
    if "Farsi" in r["languages"]: err(f, "Farsi should be Persian")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, f"entry keys {e}")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, f"entry specialty {e['specialty']}")
        if e["state"] not in STATES: err(f, f"state {e['state']}")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]) or e[k] > "2026-12": err(f, f"date {e[k]}")
    m = months(r["usce_entries"]); mc = months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")])
    if m != r["usce_months"]: err(f, f"usce_months {r['usce_months']} != recount {m}")
    if mc != r["usce_months_clinical"]: err(f, f"usce_months_clinical {r['usce_months_clinical']} != recount {mc}")
    if r.get("needs_ocr"):
        kinds["scan"] += 1
        if f.endswith(".pdf"):
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()[2:]
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.strip()
            if fonts or txt: err(f, "scan pdf has a text layer")
        elif not f.endswith((".png", ".jpg")): err(f, "scan must be pdf/png/jpg")
        continue
    kinds["readable"] += 1
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t:
        if norm(r["full_name"]).replace(" ", "") in t.replace(" ", ""):
            print(f"note {f}: name found only ignoring spaces (letter-spaced heading)")
        else: err(f, "name not found in text")
    if r["email"].lower() not in t: err(f, "email not found in text")
print("kinds:", kinds)
if kinds != {"readable": 16, "scan": 5, "damaged": 3}: err("set", f"kinds {kinds}")
if errs:
    print("\n".join(errs)); print("CHECK FAILED"); sys.exit(1)
print("CHECK PASSED:", len(rows), "rows")
