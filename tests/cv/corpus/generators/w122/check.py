# -*- coding: utf-8 -*-
"""Independent checks of ../truth.jsonl against ../files."""
import json, os, re, subprocess, zipfile, sys
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "..", "files")
TRUTH = os.path.join(HERE, "..", "truth.jsonl")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
errs = []


def err(f, m):
    errs.append("%s: %s" % (f, m))


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me) and (y, m) <= (2026, 12):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml")]
        out = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)
            x = re.sub(r"<text:s/>", " ", x)
            out.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape("\n".join(out))
    if ext == "rtf":
        r = open(path, encoding="ascii").read()
        r = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), r)
        return r
    return open(path, encoding="utf-8").read()


truth = [json.loads(l) for l in open(TRUTH, encoding="utf-8")]
names = [t["file"] for t in truth]
if len(names) != 24 or len(set(names)) != 24: err("truth", "need 24 unique records")
if sorted(os.listdir(FILES)) != sorted(names): err("files", "file set differs from truth: %s" % set(os.listdir(FILES)).symmetric_difference(names))
n_read = n_scan = n_bad = 0
layouts = set()
for t in truth:
    f = t["file"]; p = os.path.join(FILES, f)
    if not f.startswith("w122_") or t["layout"] not in f: err(f, "bad name/layout")
    if t.get("error"):
        n_bad += 1
        if set(t) != {"file", "layout", "error"}: err(f, "damaged record has extra keys")
        ok = False
        if f.endswith(".pdf"):
            r = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            ok = r.returncode != 0 and not r.stdout.strip()
            try:
                from pypdf import PdfReader
                rd = PdfReader(p)
                if rd.is_encrypted: pass
                else: ok = ok and not "".join(pg.extract_text() or "" for pg in rd.pages).strip()
            except Exception:
                pass
        else:
            try:
                zipfile.ZipFile(p); ok = False
            except zipfile.BadZipFile:
                ok = True
        if not ok: err(f, "damaged file opens")
        continue
    for k in KEYS:
        if k not in t: err(f, "missing " + k)
    if not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"] or "+10000000"): err(f, "phone")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"]): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"]): err(f, "cc")
    if not (isinstance(t["graduation_year"], int) and 1990 < t["graduation_year"] < 2032): err(f, "year")
    if t["is_student"] != (t["graduation_year"] > 2026): err(f, "student/year inconsistent")
    if not (t["usmle_step1"] in (None, "pass", "fail") or (isinstance(t["usmle_step1"], int) and 100 <= t["usmle_step1"] <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (t[k] is None or (isinstance(t[k], int) and 100 <= t[k] <= 300)): err(f, k)
    if t["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
    if t["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
    if not set(t["specialties"]) <= SPECS: err(f, "specialty names")
    for e in t["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth") or e["state"] not in STATES \
                or not (e["specialty"] is None or e["specialty"] in SPECS) or e["start"] > e["end"]:
            err(f, "usce entry %s" % e)
    if months(t["usce_entries"]) != t["usce_months"]: err(f, "usce_months %d vs %d" % (months(t["usce_entries"]), t["usce_months"]))
    cl = [e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if months(cl) != t["usce_months_clinical"]: err(f, "clinical months %d vs %d" % (months(cl), t["usce_months_clinical"]))
    if not isinstance(t["publications"], int) or t["publications"] < 0: err(f, "pubs")
    layouts.add(t["layout"])
    if t.get("needs_ocr"):
        n_scan += 1
        if f.endswith(".pdf"):
            if subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout.strip(): err(f, "scan has text layer")
            if subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.count("\n") > 2: err(f, "scan has fonts")
        else:
            Image.open(p).verify()
    else:
        n_read += 1
        txt = re.sub(r"\s+", " ", text_of(p))
        if t["full_name"] not in txt: err(f, "name not in text")
        if t["email"] not in txt: err(f, "email not in text")
        digits = re.sub(r"\D", "", txt)
        if t["phone_e164"] and t["phone_e164"][1:] not in digits: err(f, "phone digits not in text")
print("readable %d, scans %d, damaged %d, readable layouts %d" % (n_read, n_scan, n_bad, len(layouts) - 0))
if (n_read, n_scan, n_bad) != (16, 5, 3): err("counts", "wrong split")
print("\n".join(errs) if errs else "ALL CHECKS PASSED")
sys.exit(1 if errs else 0)
