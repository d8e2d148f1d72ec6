#!/usr/bin/env python3
"""Independent checks of w127 truth.jsonl against the rendered files."""
import os, re, json, sys, zipfile, subprocess, unicodedata
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
ISO2 = set("MX PL EG IT NG MZ RU CO CZ JO PK PH DE AT KE HU NP NL GH PE ES AU IN".split())
REF = "2026-12"
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); ey, em = map(int, min(e["end"], REF).split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def rtf_text(raw):
    raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    raw = re.sub(r"\\[a-z]+-?\d* ?", " ", raw)
    return raw.replace("{", " ").replace("}", " ")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None
    if ext in ("docx", "odt"):
        with zipfile.ZipFile(path) as z:
            parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml")]
            xml = " ".join(z.read(n).decode("utf-8") for n in parts)
        xml = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", xml)
        import html as H
        return H.unescape(re.sub(r"<[^>]+>", "", xml))
    if ext == "rtf": return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt": return open(path, encoding="utf-8").read()
    return None

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = [r["file"] for r in rows]
if sorted(names) != sorted(os.listdir(FILES)): err("ALL", "truth files != files/ listing")
if len(set(names)) != len(names): err("ALL", "duplicate file names")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    m = re.fullmatch(r"w127_(\d{3})_([a-z0-9_]+)\.(pdf|docx|txt|rtf|odt|png|jpg)", f)
    if not m or m.group(2) != r["layout"]: err(f, "bad name/layout")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        if f.endswith(".pdf"):
            rr = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if rr.returncode == 0 and rr.stdout.strip(): err(f, "damaged pdf still opens")
        elif f.endswith(".docx"):
            if zipfile.is_zipfile(path): err(f, "damaged docx is a zip")
        continue
    for k in KEYS:
        if k not in r: err(f, "missing " + k)
    extra = set(r) - set(KEYS) - {"file", "layout", "needs_ocr"}
    if extra: err(f, f"extra keys {extra}")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): err(f, "email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone")
    if r["medical_school_country"] not in ISO2: err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1990 <= r["graduation_year"] <= 2030: err(f, "grad year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs grad year inconsistent")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not set(r["specialties"]) <= SPEC: err(f, f"specialty {set(r['specialties']) - SPEC}")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "pubs")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "usce keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPEC: err(f, "usce specialty")
        if e["state"] not in STATES: err(f, "usce state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"])) or e["start"] > e["end"] or e["end"] > REF:
            err(f, "usce dates")
    if months(r["usce_entries"]) != r["usce_months"]: err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, "usce_months_clinical")
    if r.get("needs_ocr"):
        kinds["scan"] += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode().strip()
            if t: err(f, "scan pdf has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan pdf has fonts")
        else:
            from PIL import Image
            Image.open(path).verify()
        continue
    kinds["readable"] += 1
    t = text_of(path)
    if not t: err(f, "no text extracted"); continue
    nt = norm(t)
    # the name may wrap across lines (e.g. at a hyphen in a narrow column): compare without whitespace
    if re.sub(r"\s", "", norm(r["full_name"])) not in re.sub(r"\s", "", nt): err(f, "name not in text")
    if r["email"].casefold() not in nt: err(f, "email not in text")
    if r["phone_e164"]:
        digits = re.sub(r"\D", "", t)
        if r["phone_e164"][-8:] not in digits: err(f, "phone digits not in text")
print("counts:", kinds, "total", len(rows))
if kinds != {"readable": 16, "scan": 5, "damaged": 3}: err("ALL", "wrong counts")
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
