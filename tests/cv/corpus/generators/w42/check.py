# -*- coding: utf-8 -*-
"""Validate /work/blind/w42/truth.jsonl against the brief's contract and the files."""
import json, os, re, subprocess, sys, unicodedata, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
             "PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def xml_text(data):
    t = re.sub(r"<[^>]+>", " ", data.decode("utf-8"))
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")


def rtf_text(raw):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\[a-z]+-?\d* ?", " ", s)
    return s.replace("\\{", "{").replace("\\}", "}").replace("\\\\", "\\")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return " ".join(xml_text(z.read(n)) for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n))
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return xml_text(z.read("content.xml")) + " " + xml_text(z.read("styles.xml"))
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names:
    err("truth", "file list differs from files/")
if len(rows) != 24:
    err("truth", "expected 24 rows, got %d" % len(rows))
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]
    if not re.match(r"^w42_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
        err(f, "bad name")
    if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]:
        err(f, "layout mismatch")
    path = os.path.join(FILES, f)
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row has extra keys")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(r) != want:
        err(f, "keys %s" % list(r))
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not isinstance(r["is_student"], bool):
        err(f, "grad/is_student types")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa")
    if not set(r["specialties"]) <= SPECS:
        err(f, "specialty vocab %s" % r["specialties"])
    if not r["languages"] or not isinstance(r["publications"], int):
        err(f, "languages/publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type")
        if e["specialty"] not in SPECS or e["state"] not in STATES:
            err(f, "entry specialty/state %s" % e)
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
            err(f, "entry date format")
        elif e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "entry date order")
    if r["usce_months"] != months(r["usce_entries"]):
        err(f, "usce_months %s != %s" % (r["usce_months"], months(r["usce_entries"])))
    clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if r["usce_months_clinical"] != months(clin):
        err(f, "usce_months_clinical")
    # file content
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2:
                err(f, "scan PDF has a text layer")
        else:
            head = open(path, "rb").read(8)
            if not (head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8")):
                err(f, "scan is not an image")
    else:
        t = norm(text_of(path))
        if norm(r["full_name"]) not in t:
            err(f, "name not found in text")
        if r["email"].lower() not in t.replace(" ", ""):
            err(f, "email not found in text")
if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
    err("truth", "kinds %s" % kinds)
# damaged files really are damaged
for r in rows:
    if r.get("error"):
        path = os.path.join(FILES, r["file"])
        if r["file"].endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip():
                err(r["file"], "damaged PDF still yields text")
        elif zipfile.is_zipfile(path):
            err(r["file"], "damaged docx is a valid zip")
print("kinds:", kinds)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: %d rows valid" % len(rows))
