# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the brief's contract and the files. Usage: python check.py <w37 dir>"""
import json, os, re, sys, subprocess, zipfile, tempfile, unicodedata

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def xml_text(b):
    t = re.sub(rb"<[^>]+>", b" ", b).decode("utf-8", "replace")
    return t.replace("&amp;", "&").replace("&apos;", "'").replace("&quot;", '"')


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        return " ".join(xml_text(z.read(n)) for n in z.namelist() if n.endswith(".xml"))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        td = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + td + "/lo",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", td, path], capture_output=True, timeout=180)
        out = os.path.join(td, os.path.basename(path)[:-4] + ".txt")
        return open(out, encoding="utf-8-sig").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = [r["file"] for r in rows]
ondisk = sorted(os.listdir(FILES))
if sorted(names) != ondisk:
    err("truth", "files on disk %s != truth %s" % (ondisk, sorted(names)))
if len(set(names)) != len(names):
    err("truth", "duplicate file names")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]
    path = os.path.join(FILES, f)
    if not re.match(r"^w37_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
        err(f, "bad file name")
    if r.get("layout") not in f:
        err(f, "layout not in file name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row must have only file/layout/error")
        # must really be unreadable
        if f.endswith(".pdf"):
            from pypdf import PdfReader
            try:
                rd = PdfReader(path)
                if rd.is_encrypted:
                    if rd.decrypt("") != 0:
                        err(f, "encrypted pdf opens with empty password")
                else:
                    "".join(p.extract_text() or "" for p in rd.pages)
                    err(f, "damaged pdf opened fine")
            except Exception:
                pass
        elif f.endswith(".docx"):
            if zipfile.is_zipfile(path):
                err(f, "damaged docx is a valid zip")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = KEYS + (["needs_ocr"] if scan else [])
    if sorted(r) != sorted(want):
        err(f, "keys differ: %s" % sorted(set(r) ^ set(want)))
        continue
    if not r["full_name"] or not isinstance(r["full_name"], str):
        err(f, "full_name")
    if r["email"] is not None and not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"]):
        err(f, "email")
    if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]):
        err(f, "phone not E.164")
    if not (isinstance(r["medical_school_country"], str) and re.match(r"^[A-Z]{2}$", r["medical_school_country"])):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if not isinstance(r["is_student"], bool):
        err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg_status")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa_status")
    if not all(s in SPECS for s in r["specialties"]):
        err(f, "specialty outside vocabulary")
    if not (isinstance(r["languages"], list) and all(isinstance(x, str) for x in r["languages"])):
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    for e in r["usce_entries"]:
        if sorted(e) != ["end", "specialty", "start", "state", "type"]:
            err(f, "usce entry keys")
            continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "usce type")
        if e["specialty"] not in SPECS:
            err(f, "usce specialty")
        if e["state"] not in STATES:
            err(f, "usce state")
        if not (re.match(r"^\d{4}-\d{2}$", e["start"]) and re.match(r"^\d{4}-\d{2}$", e["end"]) and e["start"] <= e["end"]
                and e["end"] <= "2026-12"):
            err(f, "usce dates")
    if r["usce_months"] != months(r["usce_entries"]):
        err(f, "usce_months %s != recount %s" % (r["usce_months"], months(r["usce_entries"])))
    if r["usce_months_clinical"] != months(r["usce_entries"], True):
        err(f, "usce_months_clinical mismatch")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            fonts = subprocess.run(["pdffonts", path], capture_output=True).stdout.decode().strip().splitlines()
            if t.strip() or len(fonts) > 2:
                err(f, "scan PDF has a text layer")
        else:
            from PIL import Image
            Image.open(path).verify()
        continue
    try:
        t = norm(text_of(path))
    except Exception as ex:
        err(f, "cannot extract text: %r" % ex)
        continue
    if norm(r["full_name"]) not in t:
        err(f, "name not found in text")
    if r["email"] and norm(r["email"]) not in t:
        err(f, "email not found in text")
    if str(r["graduation_year"]) not in t:
        err(f, "graduation year not in text")

print("kinds:", kinds)
if errors:
    print("FAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: %d rows checked" % len(rows))
