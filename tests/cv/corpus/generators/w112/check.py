# -*- coding: utf-8 -*-
"""Independent check of truth.jsonl against the files."""
import json, os, re, subprocess, zipfile, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
FILES = os.path.join(ROOT, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errs = []


def err(f, m):
    errs.append(f"{f}: {m}")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y2, m2) > (2026, 12):
            y2, m2 = 2026, 12
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout + "\n" + \
               subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.endswith(".xml"):
                x = z.read(n).decode("utf-8", "ignore")
                x = re.sub(r"<w:tab/>|<text:tab/>|<w:br/>|<text:line-break/>|</w:p>|</text:p>|</text:h>", " \n", x)
                out.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape("\n".join(out))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return ""


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names:
    err("-", f"file list mismatch: {set(names) ^ set(r['file'] for r in rows)}")
readable = scans = damaged = 0
for r in rows:
    f = r["file"]; p = os.path.join(FILES, f)
    m = re.match(r"w112_(\d{3})_(.+)\.(\w+)$", f)
    if not m or m.group(2) != r["layout"]:
        err(f, "name/layout mismatch")
    if r.get("error"):
        damaged += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row has extra keys")
        if f.endswith(".pdf"):
            pr = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if pr.returncode == 0 and pr.stdout.strip():
                err(f, "damaged pdf still opens")
        elif f.endswith(".docx"):
            try:
                zipfile.ZipFile(p); err(f, "damaged docx opens as zip")
            except zipfile.BadZipFile:
                pass
        continue
    for k in KEYS:
        if k not in r:
            err(f, f"missing {k}")
    if r["email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]):
        err(f, "bad email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "bad phone")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
        err(f, "bad country")
    if not isinstance(r["graduation_year"], int):
        err(f, "grad year")
    if r["usmle_step1"] not in ("pass", "fail", None) and not (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa")
    for s in r["specialties"]:
        if s not in SPECS:
            err(f, f"specialty {s}")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPECS:
            err(f, "usce specialty")
        if e["state"] not in STATES:
            err(f, "usce state")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]):
                err(f, "usce date")
        if e["start"] > e["end"]:
            err(f, "usce start>end")
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]:
        err(f, f"usce_months_clinical {r['usce_months_clinical']} != {months(r['usce_entries'], True)}")
    ext = f.rsplit(".", 1)[1]
    if r.get("needs_ocr"):
        scans += 1
        if ext == "pdf":
            t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
            if t.strip():
                err(f, "scan has a text layer")
            fo = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fo) > 2:
                err(f, "scan pdf has fonts")
        elif ext not in ("png", "jpg", "jpeg"):
            err(f, "scan with unexpected extension")
    else:
        readable += 1
        t = norm(text_of(p))
        if norm(r["full_name"]) not in t:
            err(f, f"name not in text: {r['full_name']}")
        if r["email"] and r["email"].casefold() not in t:
            err(f, f"email not in text")
print(f"readable={readable} scans={scans} damaged={damaged} total={len(rows)}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
