# -*- coding: utf-8 -*-
"""Validate truth.jsonl against files/ for helper w49."""
import json, os, re, subprocess, sys, zipfile, unicodedata
BASE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(BASE, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def E(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y, m) > (y2, m2): return None
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def xml_text(z, names):
    out = []
    for n in names:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"<(text:tab|w:tab)[^>]*/>", " ", x); x = re.sub(r"</(w:p|text:p|text:h)>", "\n", x)
        out.append(re.sub(r"<[^>]+>", "", x))
    import html; return html.unescape("\n".join(out))

def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\(par|tab)\b ?", "\n", s); s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "").replace("\\\\", "\\")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path); return xml_text(z, [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)])
    if ext == "odt":
        z = zipfile.ZipFile(path); return xml_text(z, ["content.xml", "styles.xml"])
    if ext == "rtf": return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt": return open(path, encoding="utf-8").read()
    raise ValueError(ext)

lines = [json.loads(l) for l in open(os.path.join(BASE, "truth.jsonl"), encoding="utf-8")]
names = [t["file"] for t in lines]
if sorted(names) != sorted(os.listdir(FILES)): E("-", f"truth/file set mismatch: {set(names) ^ set(os.listdir(FILES))}")
if len(set(names)) != len(names): E("-", "duplicate file names")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for t in lines:
    f = t["file"]; path = os.path.join(FILES, f)
    if not re.match(r"^w49_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): E(f, "bad name")
    if f.split("_", 2)[2].rsplit(".", 1)[0] != t["layout"]: E(f, "layout mismatch with name")
    if t.get("error"):
        kinds["damaged"] += 1
        if set(t) != {"file", "layout", "error"}: E(f, "damaged entry has extra keys")
        continue
    scan = t.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = set(KEYS) | ({"needs_ocr"} if scan else set())
    if set(t) != want: E(f, f"keys differ: {set(t) ^ want}")
    if not t["full_name"] or re.search(r"\b(Dr|MD|MBBS)\b\.?", t["full_name"]): E(f, "name")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", t["email"] or ""): E(f, "email")
    if t["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{6,14}$", t["phone_e164"]): E(f, "phone not E.164")
    if not re.match(r"^[A-Z]{2}$", t["medical_school_country"]): E(f, "country")
    if not isinstance(t["graduation_year"], int) or not 1970 <= t["graduation_year"] <= 2031: E(f, "grad year")
    if not isinstance(t["is_student"], bool): E(f, "is_student")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): E(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (t[k] is None or (isinstance(t[k], int) and 100 <= t[k] <= 300)): E(f, k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): E(f, "ecfmg")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): E(f, "visa")
    if not all(s in SPECS for s in t["specialties"]): E(f, "specialty vocab")
    if not t["languages"] or not all(isinstance(x, str) for x in t["languages"]): E(f, "languages")
    if not isinstance(t["publications"], int) or t["publications"] < 0: E(f, "publications")
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: E(f, "usce keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): E(f, "usce type")
        if e["specialty"] not in SPECS: E(f, "usce specialty")
        if e["state"] not in STATES: E(f, "usce state")
        if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])): E(f, "usce date fmt")
        if e["end"] > "2026-12": E(f, "usce end after 2026-12")
    m = months(t["usce_entries"]); mc = months(t["usce_entries"], True)
    if m is None or m != t["usce_months"]: E(f, f"usce_months {t['usce_months']} != {m}")
    if mc is None or mc != t["usce_months_clinical"]: E(f, f"usce_months_clinical {t['usce_months_clinical']} != {mc}")
    if scan:
        ext = f.rsplit(".", 1)[1]
        if ext == "pdf":
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if txt.strip() or len(fonts) > 2: E(f, "scan PDF has a text layer")
        elif ext not in ("png", "jpg"): E(f, "scan ext")
        continue
    txt = unicodedata.normalize("NFC", text_of(path))
    flat = re.sub(r"\s+", " ", txt)
    if unicodedata.normalize("NFC", t["full_name"]).lower() not in flat.lower(): E(f, "name not found in text")
    if t["email"].lower() not in flat.lower(): E(f, "email not found in text")
    if t["phone_e164"]:
        digits = re.sub(r"\D", "", txt)
        if t["phone_e164"][1:] not in digits: E(f, "phone digits not found")

# damaged files really are damaged
for t in lines:
    if not t.get("error"): continue
    p = os.path.join(FILES, t["file"])
    if p.endswith(".pdf"):
        r = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip(): E(t["file"], "damaged PDF still readable")
    elif p.endswith(".docx"):
        if zipfile.is_zipfile(p): E(t["file"], "damaged docx is a valid zip")
print("counts:", kinds)
if kinds["readable"] < 12 or kinds["scan"] < 3 or kinds["damaged"] < 3: E("-", f"counts too low {kinds}")
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print("OK", len(lines), "entries")
