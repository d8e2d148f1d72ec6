# -*- coding: utf-8 -*-
"""Independent checks of files/ against truth.jsonl (does not import the generators)."""
import json, os, re, subprocess, zipfile, sys, tempfile, glob
from PIL import Image

BASE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(BASE, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Surgery", "General Surgery", "Psychiatry", "Neurology",
        "Emergency Medicine", "Obstetrics and Gynecology", "Radiology", "Anesthesiology", "Pathology", "Cardiology", "Nephrology",
        "Gastroenterology", "Pulmonology", "Oncology", "Hematology", "Endocrinology", "Infectious Disease", "Rheumatology",
        "Dermatology", "Ophthalmology", "Orthopedic Surgery", "Urology", "Neurosurgery", "Physical Medicine and Rehabilitation",
        "Geriatrics", "Critical Care", "Otolaryngology", "Plastic Surgery", "Radiation Oncology", "Preventive Medicine"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA "
             "RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2) and (y, m) <= (2026, 12):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True)
        return r.stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml"))]
        return " ".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")) for n in parts)
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{d}/p", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", d, path], capture_output=True)
        return open(glob.glob(d + "/*.txt")[0], encoding="utf-8-sig").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


rows = [json.loads(l) for l in open(os.path.join(BASE, "truth.jsonl"), encoding="utf-8")]
names = [r["file"] for r in rows]
if sorted(names) != sorted(os.listdir(FILES)):
    err("files/", f"mismatch truth vs folder: {set(names) ^ set(os.listdir(FILES))}")
if len(set(names)) != len(names):
    err("truth", "duplicate file")
n_read = n_scan = n_dmg = 0
layouts = set()
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.match(r"^w102_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|txt|rtf|png|jpg)$", f):
        err(f, "bad name")
    if r.get("layout") not in f:
        err(f, "layout tag not in file name")
    if r.get("error"):
        n_dmg += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged rows carry only file/layout/error")
        if f.endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip():
                err(f, "damaged pdf still yields text")
        else:
            try:
                zipfile.ZipFile(path); err(f, "damaged docx opens as zip")
            except zipfile.BadZipFile:
                pass
        continue
    missing = [k for k in KEYS if k not in r]
    if missing:
        err(f, f"missing keys {missing}")
        continue
    # enums / types
    if not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"] or "+10000000000"):
        err(f, "phone not E.164")
    if not re.match(r"^[A-Z]{2}$", r["medical_school_country"]):
        err(f, "country")
    if not isinstance(r["graduation_year"], int):
        err(f, "grad year")
    for k in ("usmle_step1",):
        v = r[k]
        if not (v is None or v in ("pass", "fail") or (isinstance(v, int) and 100 <= v <= 300)):
            err(f, k)
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa")
    if not set(r["specialties"]) <= SPEC:
        err(f, f"specialties {set(r['specialties']) - SPEC}")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    if not isinstance(r["is_student"], bool):
        err(f, "is_student")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth") or e["state"] not in STATES:
            err(f, f"entry {e}")
        if e["specialty"] is not None and e["specialty"] not in SPEC:
            err(f, f"entry specialty {e['specialty']}")
        if not (re.match(r"^\d{4}-\d{2}$", e["start"]) and re.match(r"^\d{4}-\d{2}$", e["end"]) and e["start"] <= e["end"]):
            err(f, f"entry dates {e}")
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    cl = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if months(cl) != r["usce_months_clinical"]:
        err(f, f"usce_months_clinical {r['usce_months_clinical']} != {months(cl)}")
    if r.get("needs_ocr"):
        n_scan += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2:
                err(f, "scan pdf has a text layer")
        else:
            Image.open(path).verify()
        layouts.add(r["layout"])
        continue
    n_read += 1
    layouts.add(r["layout"])
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t:
        err(f, f"name '{r['full_name']}' not found in text")
    if r["email"].lower() not in t:
        err(f, f"email not found")
    if r["phone_e164"]:
        digits = re.sub(r"\D", "", t)
        tail = r["phone_e164"][-7:]
        if tail not in digits:
            err(f, "phone digits not found")
print(f"readable={n_read} scans={n_scan} damaged={n_dmg} layouts={len(layouts)}")
if (n_read, n_scan, n_dmg) != (16, 5, 3):
    err("counts", "expected 16/5/3")
print("\n".join(errors) if errors else "ALL CHECKS PASSED")
sys.exit(1 if errors else 0)
