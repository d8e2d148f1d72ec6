# -*- coding: utf-8 -*-
"""Validate truth.jsonl against files/ (keys, enums, phones, usce month recount, text presence, scans without text)."""
import os, sys, json, re, subprocess, zipfile, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def E(f, m): errs.append(f"{f}: {m}")

def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf": return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml")]
        return " ".join(re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8")) for n in parts)
    if ext == "rtf":
        raw = open(path, encoding="latin-1").read()
        raw = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), raw)
        raw = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", " ", raw); return re.sub(r"[{}]", "", raw)
    return ""

def months(entries):
    idx = lambda s: int(s[:4]) * 12 + int(s[5:7]) - 1
    a, c = set(), set()
    for e in entries:
        r = set(range(idx(e["start"]), idx(e["end"]) + 1)); a |= r
        if e["type"] in ("hands_on", "observership"): c |= r
    return len(a), len(c)

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names: E("truth", "file list mismatch with files/")
if len(rows) != 24: E("truth", f"{len(rows)} rows")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.match(r"^w64_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): E(f, "bad name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: E(f, "damaged row has extra keys")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    exp = set(KEYS) | ({"needs_ocr"} if scan else set())
    if set(r) != exp: E(f, f"keys differ: {set(r) ^ exp}")
    if not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"] or "+10000000000"): E(f, "phone not E.164")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"] or ""): E(f, "email")
    if not re.match(r"^[A-Z]{2}$", r["medical_school_country"]): E(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032: E(f, "grad year")
    if r["is_student"] != (r["graduation_year"] > 2026): E(f, "is_student inconsistent with graduation_year")
    if not (r["usmle_step1"] in ("pass", "fail", None) or (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300)): E(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): E(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): E(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): E(f, "visa")
    if any(s not in SPECS for s in r["specialties"]): E(f, "specialty vocab")
    if not isinstance(r["publications"], int) or r["publications"] < 0: E(f, "pubs")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: E(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): E(f, "entry type")
        if e["specialty"] not in SPECS: E(f, "entry specialty")
        if e["state"] not in STATES: E(f, "entry state")
        if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])) or e["start"] > e["end"]: E(f, "entry dates")
        if e["end"] > "2026-12" or e["start"] > "2026-12": E(f, "entry beyond reference")
    m = months(r["usce_entries"])
    if (r["usce_months"], r["usce_months_clinical"]) != m: E(f, f"usce months {r['usce_months']},{r['usce_months_clinical']} != recount {m}")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): E(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: E(f, "scan PDF has fonts")
    else:
        t = unicodedata.normalize("NFC", text_of(path))
        flat = re.sub(r"\s+", " ", t)
        if r["full_name"].lower() not in flat.lower(): E(f, "name not found in text")
        if r["email"] and r["email"].lower() not in flat.lower(): E(f, "email not found in text")
        digits = re.sub(r"\D", "", flat)
        if r["phone_e164"] and r["phone_e164"][-8:] not in digits: E(f, "phone digits not found in text")
print("counts:", kinds)
if kinds != {"readable": 16, "scan": 5, "damaged": 3}: E("truth", f"kind counts {kinds}")
# damaged files really unreadable
for f in names:
    r = next(x for x in rows if x["file"] == f)
    if r.get("error") and f.endswith(".pdf"):
        p = subprocess.run(["pdftotext", os.path.join(FILES, f), "-"], capture_output=True, text=True)
        if p.returncode == 0 and p.stdout.strip(): E(f, "damaged PDF still extracts text")
    if r.get("error") and f.endswith(".docx") and zipfile.is_zipfile(os.path.join(FILES, f)): E(f, "damaged docx is a valid zip")
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print("OK: all checks passed")
