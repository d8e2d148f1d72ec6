# -*- coding: utf-8 -*-
"""Independent check of files/ and truth.jsonl (does not import people.py)."""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FILES = os.path.join(ROOT, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
USPS = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errs = []


def err(f, m):
    errs.append(f"{f}: {m}")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me) and (y, m) <= (2026, 12):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml"):
                x = z.read(n).decode("utf-8")
                out.append(re.sub(r"<[^>]+>", " ", x))
        return "\n".join(out)
    if ext == "rtf":
        raw = open(path, encoding="ascii").read()
        raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
        return raw
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return ""


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != files:
    err("ALL", "truth rows and files differ")
n_read = n_scan = n_dmg = 0
layouts = set()
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not f.startswith("w116_") or f"_{r['layout']}." not in f:
        err(f, "name/layout mismatch")
    if r.get("error"):
        n_dmg += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row has extra keys")
        if f.endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip():
                err(f, "damaged pdf still yields text")
        elif f.endswith(".docx"):
            try:
                zipfile.ZipFile(path); err(f, "damaged docx opens as zip")
            except zipfile.BadZipFile:
                pass
        continue
    for k in KEYS:
        if k not in r:
            err(f, f"missing {k}")
    if not re.fullmatch(r"\+[1-9]\d{6,14}", r["phone_e164"] or "+10000000"):
        err(f, "bad E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", r["email"] or ""):
        err(f, "bad email")
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg enum")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa enum")
    for k in ("usmle_step1",):
        v = r[k]
        if not (v in ("pass", "fail", None) or (isinstance(v, int) and 100 <= v <= 300)): err(f, k)
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)): err(f, k)
    if not (isinstance(r["graduation_year"], int) and len(r["medical_school_country"]) == 2): err(f, "school")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "student/graduation year inconsistent")
    for s in r["specialties"]:
        if s not in SPEC: err(f, f"specialty {s}")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPEC: err(f, "usce specialty")
        if e["state"] not in USPS: err(f, "usce state")
        if e["start"] > e["end"]: err(f, "usce order")
    if months(r["usce_entries"]) != r["usce_months"]: err(f, f"usce_months {months(r['usce_entries'])} != {r['usce_months']}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, "usce_months_clinical")
    if r.get("needs_ocr"):
        n_scan += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2: err(f, "scan has a text layer")
        else:
            from PIL import Image
            Image.open(path).verify()
        continue
    n_read += 1
    layouts.add(r["layout"])
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t: err(f, "name not in text")
    if r["email"].lower() not in t: err(f, "email not in text")
    digits = re.sub(r"\D", "", t)
    if r["phone_e164"][-8:] not in digits: err(f, "phone digits not in text")

print(f"readable={n_read} scans={n_scan} damaged={n_dmg} readable_layouts={len(layouts)}")
if (n_read, n_scan, n_dmg) != (16, 5, 3) or len(layouts) < 8:
    err("ALL", "counts")
for e in errs:
    print("ERROR", e)
print("OK" if not errs else f"{len(errs)} problems")
sys.exit(1 if errs else 0)
