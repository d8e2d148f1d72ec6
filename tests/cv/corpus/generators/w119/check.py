# -*- coding: utf-8 -*-
"""Independent check of truth.jsonl against the files (does not use cvdata.py)."""
import json, os, re, subprocess, sys, tempfile, zipfile, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPEC = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties",
        "languages", "publications", "usce_entries", "usce_months", "usce_months_clinical"]
errs = []


def err(f, m):
    errs.append(f"{f}: {m}")


def months(entries, clinical_only):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        if (ye, me) > (2026, 12):
            ye, me = 2026, 12
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def xml_text(data):
    data = re.sub(r"<w:tab/>|<text:tab/>|</w:p>|</text:p>|</text:h>", " ", data)
    return re.sub(r"<[^>]+>", "", data)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], capture_output=True, text=True).stdout
                         for m in (["-layout"], []))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        names = [n for n in z.namelist() if re.match(r"(word/(document|header\d*|footer\d*)\.xml|content\.xml|styles\.xml)$", n)]
        return " ".join(xml_text(z.read(n).decode("utf-8")) for n in names)
    if ext == "rtf":
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/p", "--headless", "--convert-to",
                            "txt:Text (encoded):UTF8", "--outdir", td, path], capture_output=True, timeout=180)
            return open(os.path.join(td, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8-sig").read()
    return ""


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != files:
    err("ALL", "truth rows and files differ")
n_read = n_scan = n_dmg = 0
layouts = set()
for r in rows:
    f = r["file"]; p = os.path.join(FILES, f)
    if not f.startswith("w119_") or f"_{r['layout']}." not in f:
        err(f, "name/layout mismatch")
    if r.get("error"):
        n_dmg += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row has extra keys")
        ext = f.rsplit(".", 1)[1]
        if ext == "pdf":
            pi = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if pi.returncode == 0 and pi.stdout.strip():
                err(f, "damaged PDF opened and gave text")
        elif ext == "docx":
            try:
                zipfile.ZipFile(p); err(f, "damaged docx opens as zip")
            except zipfile.BadZipFile:
                pass
        continue
    for k in KEYS:
        if k not in r:
            err(f, f"missing {k}")
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"):
        err(f, "bad e164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
        err(f, "bad email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
        err(f, "bad country")
    if not isinstance(r["graduation_year"], int):
        err(f, "grad year")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation year")
    if not (r["usmle_step1"] in (None, "pass", "fail") or (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
            err(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"):
        err(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"):
        err(f, "visa")
    for s in r["specialties"]:
        if s not in SPEC:
            err(f, f"specialty {s}")
    if not isinstance(r["publications"], int):
        err(f, "pubs")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth") or e["state"] not in STATES \
                or (e["specialty"] is not None and e["specialty"] not in SPEC) \
                or not re.fullmatch(r"\d{4}-\d{2}", e["start"]) or not re.fullmatch(r"\d{4}-\d{2}", e["end"]) \
                or e["start"] > e["end"]:
            err(f, f"bad entry {e}")
    if months(r["usce_entries"], False) != r["usce_months"]:
        err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'], False)}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]:
        err(f, f"usce_months_clinical {r['usce_months_clinical']} != {months(r['usce_entries'], True)}")
    if r.get("needs_ocr"):
        n_scan += 1
        ext = f.rsplit(".", 1)[1]
        if ext == "pdf":
            t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
            if t.strip():
                err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2:
                err(f, "scan PDF has fonts")
        else:
            from PIL import Image
            Image.open(p).verify()
    else:
        n_read += 1
        layouts.add(r["layout"])
        t = norm(extract(p))
        if norm(r["full_name"]) not in t:
            err(f, f"name {r['full_name']!r} not in text")
        if r["email"] not in t:
            err(f, f"email {r['email']!r} not in text")
        digits = re.sub(r"\D", "", t)
        if r["phone_e164"] and r["phone_e164"][1:] not in digits:
            err(f, "phone digits not in text")
print(f"readable={n_read} scans={n_scan} damaged={n_dmg} readable layouts={len(layouts)}")
if (n_read, n_scan, n_dmg) != (16, 5, 3):
    err("ALL", "counts")
print("\n".join(errs) if errs else "ALL CHECKS OK")
sys.exit(1 if errs else 0)
