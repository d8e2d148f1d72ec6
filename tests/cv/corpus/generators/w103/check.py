#!/usr/bin/env python3
"""Independent checks of truth.jsonl against the contract and the rendered files."""
import json, os, re, subprocess, zipfile, sys, tempfile, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
FILES = os.path.join(ROOT, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPECS = set("""Internal Medicine|Family Medicine|Pediatrics|Surgery|General Surgery|Psychiatry|Neurology|Emergency Medicine|Obstetrics and Gynecology|Radiology|Anesthesiology|Pathology|Cardiology|Nephrology|Gastroenterology|Pulmonology|Oncology|Hematology|Endocrinology|Infectious Disease|Rheumatology|Dermatology|Ophthalmology|Orthopedic Surgery|Urology|Neurosurgery|Physical Medicine and Rehabilitation|Geriatrics|Critical Care|Otolaryngology|Plastic Surgery|Radiation Oncology|Preventive Medicine""".split("|"))
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me) and (y, m) <= (2026, 12):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def xml_text(data):
    data = re.sub(rb"</w:p>|</text:p>|</text:h>|<w:tab/>|<w:br/>", b"\n", data)
    return re.sub(r"<[^>]+>", "", data.decode("utf-8"))

def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n)) for n in z.namelist()
                         if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    if ext == "odt":
        z = zipfile.ZipFile(path); return xml_text(z.read("content.xml")) + xml_text(z.read("styles.xml"))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        raw = open(path, encoding="ascii").read()
        raw = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), raw)
        raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", " ", raw)
        return raw.replace("{", "").replace("}", "")
    return ""

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()

recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES))
names = [r["file"] for r in recs]
if sorted(names) != files: err("ALL", f"file list mismatch {set(names) ^ set(files)}")
if len(set(names)) != len(names): err("ALL", "duplicate file names")
n_read = n_scan = n_dmg = 0
for r in recs:
    f = r["file"]; p = os.path.join(FILES, f)
    if not re.match(r"w103_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|txt|rtf|png|jpg)$", f): err(f, "bad name")
    if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]: err(f, "layout tag != file name")
    if r.get("error"):
        n_dmg += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged record has extra keys")
        ext = f.rsplit(".", 1)[1]
        if ext == "pdf":
            pr = subprocess.run(["pdftotext", "-q", p, "-"], capture_output=True)
            if pr.returncode == 0: err(f, "damaged pdf opens")
        elif ext == "docx":
            try:
                zipfile.ZipFile(p).read("word/document.xml"); err(f, "damaged docx opens")
            except Exception:
                pass
        continue
    for k in KEYS:
        if k not in r: err(f, f"missing {k}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int): err(f, "grad year")
    if r["usmle_step1"] not in ("pass", "fail", None) and not (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    for s in r["specialties"]:
        if s not in SPECS: err(f, f"specialty {s}")
    if not isinstance(r["publications"], int): err(f, "pubs")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPECS: err(f, f"usce specialty {e['specialty']}")
        if e["state"] not in STATES: err(f, "state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"]): err(f, "dates")
    if months(r["usce_entries"]) != r["usce_months"]: err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, f"clinical {r['usce_months_clinical']} != {months(r['usce_entries'], True)}")
    ext = f.rsplit(".", 1)[1]
    if r.get("needs_ocr"):
        n_scan += 1
        if ext == "pdf":
            t = subprocess.run(["pdftotext", "-q", p, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan PDF has fonts")
        elif ext not in ("png", "jpg"): err(f, "scan ext")
        continue
    n_read += 1
    txt = norm(extract(p))
    if norm(r["full_name"]) not in txt: err(f, f"name not in text: {r['full_name']}")
    if r["email"].lower() not in txt: err(f, "email not in text")
print(f"readable={n_read} scans={n_scan} damaged={n_dmg} total={len(recs)}")
layouts = {r['layout'] for r in recs if not r.get('error') and not r.get('needs_ocr')}
print("distinct readable layouts:", len(layouts))
print("\n".join(errs) if errs else "ALL CHECKS PASSED")
sys.exit(1 if errs else 0)
