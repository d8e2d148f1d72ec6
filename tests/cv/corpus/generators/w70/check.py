# -*- coding: utf-8 -*-
"""Validate truth.jsonl against files/ for writer w70. Usage: python check.py [ROOT]"""
import json, os, re, subprocess, sys, zipfile, unicodedata
ROOT = sys.argv[1] if len(sys.argv) > 1 else ".."
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
             "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s)

def rtf_text(raw):
    out = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    out = re.sub(r"\\par\b", "\n", out)
    out = re.sub(r"\\[a-z]+-?\d* ?", "", out)
    out = re.sub(r"\{\\fonttbl.*?\}\}", "", out)
    return out.replace("{", "").replace("}", "").replace("\\\\", "\\")

def xml_text(path, members):
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n).decode("utf-8") for n in z.namelist() if any(re.fullmatch(m, n) for m in members)]
    txt = " ".join(parts)
    txt = re.sub(r"<(?=(w:p|text:p|text:h)[ >/])", "\n<", txt)
    txt = re.sub(r"<w:tab/>|<text:tab/>|<text:s/>", " ", txt)
    txt = re.sub(r"<[^>]+>", "", txt)
    import html
    return html.unescape(txt)

def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None
    if ext == "docx":
        return xml_text(path, [r"word/document\.xml", r"word/header\d*\.xml", r"word/footer\d*\.xml"])
    if ext == "odt":
        return xml_text(path, [r"content\.xml"])
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return None

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = [r["file"] for r in rows]
if len(set(names)) != len(names): err("truth", "duplicate file names")
ondisk = sorted(os.listdir(FILES))
if sorted(names) != ondisk: err("truth", f"files mismatch: {set(names) ^ set(ondisk)}")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w70_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad file name")
    if not f.startswith(f"w70_{f[4:7]}_{r['layout']}."): err(f, "layout not in name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"} or r["error"] is not True: err(f, "damaged row keys")
        ok_read = False
        if f.endswith(".pdf"):
            from pypdf import PdfReader
            try:
                rd = PdfReader(path)
                if rd.is_encrypted: ok_read = False
                else: ok_read = bool("".join(pg.extract_text() or "" for pg in rd.pages).strip())
            except Exception:
                ok_read = False
        elif f.endswith(".docx"):
            ok_read = zipfile.is_zipfile(path)
        if ok_read: err(f, "damaged file is actually readable")
        continue
    scan = r.get("needs_ocr") is True
    exp = KEYS + (["needs_ocr"] if scan else [])
    if list(r.keys()) != exp and set(r.keys()) != set(exp): err(f, f"keys {set(r) ^ set(exp)}")
    if not isinstance(r["full_name"], str) or not r["full_name"].strip(): err(f, "full_name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""): err(f, "country")
    if r["medical_school_country"] == "US": err(f, "IMG with US school?")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032: err(f, "graduation_year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs graduation_year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]): err(f, "specialties")
    if not isinstance(r["languages"], list) or not r["languages"] or "Farsi" in r["languages"]: err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "usce keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "usce type")
        if e["specialty"] not in SPECS: err(f, "usce specialty")
        if e["state"] not in STATES: err(f, "usce state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])): err(f, "usce date format")
        elif e["start"] > e["end"] or e["end"] > "2026-12": err(f, "usce date order/range")
    if r["usce_months"] != months(r["usce_entries"], False): err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'], False)}")
    if r["usce_months_clinical"] != months(r["usce_entries"], True): err(f, "usce_months_clinical")
    if scan:
        kinds["scan"] += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            if t.strip(): err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan PDF has fonts")
        else:
            from PIL import Image
            Image.open(path).verify()
        continue
    kinds["readable"] += 1
    t = text_of(path)
    if t is None: err(f, "no text extracted"); continue
    nt = norm(t)
    if norm(r["full_name"]) not in nt: err(f, "name not found in text")
    if norm(r["email"]) not in nt: err(f, "email not found in text")
print("counts:", kinds)
if kinds["readable"] < 12 or kinds["scan"] < 1 or kinds["damaged"] < 1: err("truth", "too few files of some kind")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK:", len(rows), "rows checked")
