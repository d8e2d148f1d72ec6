# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against ../files (w15)."""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Oncology", "Hematology", "Nephrology", "Pulmonology", "Endocrinology",
         "Infectious Disease", "Rheumatology", "Dermatology", "Ophthalmology", "Orthopedic Surgery", "Urology",
         "Otolaryngology", "Neurosurgery", "Geriatrics", "Critical Care"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
ISO = set("IN PK BD NP LK NG GH KE EG JO SY UA RU CN VN".split())
FULL_KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
             "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
             "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
             "usce_entries"]
errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def months(s, e):
    y, m = map(int, s.split("-")); ye, me = map(int, e.split("-"))
    out = set()
    while (y, m) <= (ye, me):
        out.add((y, m)); m += 1
        if m == 13: y, m = y + 1, 1
    return out


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
    if path.endswith(".txt"):
        return open(path, "rb").read().decode("utf-8-sig")
    raise ValueError(path)


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
names = [r["file"] for r in rows]
on_disk = sorted(os.listdir(FILES))
if sorted(names) != on_disk:
    err("*", f"truth files {sorted(names)} != files on disk {on_disk}")
if len(set(names)) != len(names):
    err("*", "duplicate file names in truth")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]
    path = os.path.join(FILES, f)
    if not re.fullmatch(r"w15_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
        err(f, "bad file name")
    if not f.startswith(f"w15_{f[4:7]}_{r['layout']}."):
        err(f, "layout does not match file name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row must have only file/layout/error")
        data = open(path, "rb").read()
        if f.endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            enc = b"/Encrypt" in data
            if not enc and b"%%EOF" in data[-64:]:
                err(f, "pdf looks complete, not damaged")
            if p.returncode == 0 and p.stdout.strip():
                err(f, "damaged pdf still yields text without password")
        elif f.endswith(".docx"):
            if zipfile.is_zipfile(path):
                err(f, "docx is a valid zip")
        continue
    exp = FULL_KEYS + (["needs_ocr"] if r.get("needs_ocr") else [])
    if list(r.keys()) != exp:
        err(f, f"keys {list(r.keys())} != {exp}")
        continue
    if r.get("needs_ocr"):
        kinds["scan"] += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            fonts = subprocess.run(["pdffonts", path], capture_output=True).stdout.decode().splitlines()
            if t.strip() or len(fonts) > 2:
                err(f, "scan pdf has a text layer / fonts")
        elif not f.endswith((".png", ".jpg")):
            err(f, "scan must be pdf/png/jpg")
    else:
        kinds["readable"] += 1
        if f.endswith((".png", ".jpg")):
            err(f, "readable file is an image")
        t = norm(text_of(path))
        if norm(r["full_name"]) not in t:
            err(f, f"name {r['full_name']!r} not found in text")
        if r["email"] and r["email"].lower() not in t:
            err(f, f"email {r['email']!r} not found in text")
    # field checks
    if not isinstance(r["full_name"], str) or not r["full_name"].strip():
        err(f, "full_name")
    if re.search(r"\b(Dr\.?|MD|MBBS|MBChB)\b", r["full_name"]):
        err(f, "title/degree in full_name")
    if r["email"] is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]):
        err(f, "email format")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "phone not E.164")
    if r["medical_school_country"] not in ISO:
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1990 <= r["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if not isinstance(r["is_student"], bool):
        err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg_status")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa_status")
    if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]):
        err(f, "specialties")
    if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x for x in r["languages"]):
        err(f, "languages")
    if "Farsi" in r["languages"]:
        err(f, "Farsi should be Persian")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    allm, clin = set(), set()
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, f"entry keys {e}")
            continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type")
        if e["specialty"] not in SPECS:
            err(f, "entry specialty")
        if e["state"] not in STATES:
            err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
            err(f, "entry date format"); continue
        if e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "entry date order / future")
        ms = months(e["start"], e["end"])
        allm |= ms
        if e["type"] in ("hands_on", "observership"):
            clin |= ms
    if r["usce_months"] != len(allm):
        err(f, f"usce_months {r['usce_months']} != recount {len(allm)}")
    if r["usce_months_clinical"] != len(clin):
        err(f, f"usce_months_clinical {r['usce_months_clinical']} != recount {len(clin)}")

print("counts:", kinds)
if kinds["readable"] < 12 or sum(kinds.values()) < 18:
    err("*", "too few files")
if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print(f"OK: {len(rows)} rows valid")
