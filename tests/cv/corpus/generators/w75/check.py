# -*- coding: utf-8 -*-
"""Validate truth.jsonl against files/.  Usage: python check.py FILESDIR TRUTH"""
import json, os, re, subprocess, sys, zipfile, html, tempfile, unicodedata

FILES, TRUTH = sys.argv[1], sys.argv[2]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        a, b = y * 12 + m - 1, y2 * 12 + m2 - 1
        if b < a:
            return None
        s.update(range(a, b + 1))
    return len(s)


def xml_text(z, names):
    out = []
    for n in names:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"</w:p>|</text:p>|</text:h>|<w:tab/>|<text:tab/>|<w:br/>|<text:line-break/>", "\n", x)
        x = re.sub(r"<text:s[^>]*/>", " ", x)
        out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return xml_text(z, [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)])
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return xml_text(z, ["content.xml", "styles.xml"])
    if ext == "rtf":
        d = tempfile.mkdtemp(prefix="w75chk")
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w75_lo_profile", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True, timeout=180)
        return open(os.path.join(d, os.path.basename(path)[:-3] + "txt"), encoding="utf-8-sig").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()


rows = [json.loads(l) for l in open(TRUTH, encoding="utf-8") if l.strip()]
files = sorted(os.listdir(FILES))
names = [r["file"] for r in rows]
if sorted(names) != files:
    err("truth", f"file list mismatch: {set(names) ^ set(files)}")
if len(set(names)) != len(names):
    err("truth", "duplicate file names")
for r in rows:
    f = r["file"]
    if not re.match(r"^w75_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
        err(f, "bad file name")
    if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]:
        err(f, "layout does not match file name")
    path = os.path.join(FILES, f)
    if r.get("error"):
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged entry must only have file/layout/error")
        ok = True
        if f.endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            ok = p.returncode != 0 or not p.stdout.strip()
        else:
            ok = not zipfile.is_zipfile(path)
        if not ok:
            err(f, "damaged file is readable")
        continue
    missing = [k for k in KEYS if k not in r]
    extra = set(r) - set(KEYS) - {"needs_ocr"}
    if missing or extra:
        err(f, f"keys missing {missing} extra {extra}")
        continue
    if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]):
        err(f, "phone not E.164")
    if r["email"] is not None and not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"]):
        err(f, "bad email")
    if not re.match(r"^[A-Z]{2}$", r["medical_school_country"] or ""):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if not isinstance(r["is_student"], bool):
        err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg_status")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa_status")
    if not set(r["specialties"]) <= SPECS:
        err(f, f"specialty outside vocabulary {set(r['specialties']) - SPECS}")
    if not isinstance(r["languages"], list) or not r["languages"]:
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, f"entry keys {e}")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type")
        if e["specialty"] not in SPECS:
            err(f, "entry specialty")
        if e["state"] not in STATES:
            err(f, "entry state")
        for k in ("start", "end"):
            if not re.match(r"^20\d\d-(0[1-9]|1[0-2])$", e[k]) or e[k] > "2026-12":
                err(f, f"entry {k}")
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, f"usce_months {r['usce_months']} != recount {months(r['usce_entries'])}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]:
        err(f, f"usce_months_clinical {r['usce_months_clinical']} != recount {months(r['usce_entries'], True)}")
    if r.get("needs_ocr"):
        if f.endswith(".pdf"):
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if txt.strip() or len(fonts) > 2:
                err(f, "scan PDF has a text layer / fonts")
        elif not f.endswith((".png", ".jpg")):
            err(f, "scan must be pdf/png/jpg")
        continue
    if f.endswith((".png", ".jpg")):
        err(f, "image without needs_ocr")
        continue
    txt = norm(extract(path))
    if norm(r["full_name"]) not in txt:
        err(f, f"name '{r['full_name']}' not found in text")
    if r["email"] and r["email"].lower() not in txt:
        err(f, f"email '{r['email']}' not found in text")

kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    kinds["damaged" if r.get("error") else "scan" if r.get("needs_ocr") else "readable"] += 1
print("counts:", kinds)
if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(rows)} rows checked")
