# -*- coding: utf-8 -*-
"""Validates ../truth.jsonl against ../files (writer w84)."""
import os, re, sys, json, zipfile, subprocess, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, ".."); FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append("%s: %s" % (f, m))

def months(s, e):
    y1, m1 = map(int, s.split("-")); y2, m2 = map(int, e.split("-"))
    return {(y, m) for y in range(y1, y2 + 1) for m in range(1, 13) if (y1, m1) <= (y, m) <= (y2, m2)}

def rtf_text(raw):
    raw = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), raw)
    raw = re.sub(r"\{\\fonttbl.*?\}\}", "", raw, flags=re.S)
    raw = re.sub(r"\\par\b", "\n", raw); raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
    return raw.replace("{", "").replace("}", "").replace("\\\\", "\\")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)
                out.append(re.sub(r"<[^>]+>", "", x))
        import html; return html.unescape("\n".join(out))
    if ext == "rtf": return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt": return open(path, encoding="utf-8").read()
    raise ValueError(ext)

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES)); seen = set()
if len(rows) != len(files): err("*", "rows %d != files %d" % (len(rows), len(files)))
for t in rows:
    f = t.get("file"); seen.add(f); path = os.path.join(FILES, f)
    if not os.path.exists(path): err(f, "missing file"); continue
    if not re.match(r"^w84_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad name")
    if t.get("error"):
        if set(t) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        if f.endswith(".pdf"):
            r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if r.returncode == 0 and r.stdout.strip(): err(f, "damaged pdf is readable")
        continue
    exp = KEYS + (["needs_ocr"] if t.get("needs_ocr") else [])
    if list(t) != exp: err(f, "keys %s" % list(t))
    if not re.match(r"^\+[1-9]\d{6,14}$", t["phone_e164"] or "+10000000"): err(f, "phone not E.164")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", t["email"] or ""): err(f, "email")
    if not re.match(r"^[A-Z]{2}$", t["medical_school_country"]): err(f, "country")
    if not isinstance(t["graduation_year"], int) or not 1980 < t["graduation_year"] < 2032: err(f, "grad year")
    if t["is_student"] != (t["graduation_year"] > 2026): err(f, "is_student vs graduation_year")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if t[k] is not None and not (isinstance(t[k], int) and 100 <= t[k] <= 300): err(f, k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    for s in t["specialties"]:
        if s not in SPECS: err(f, "specialty " + s)
    if not isinstance(t["publications"], int) or t["publications"] < 0: err(f, "publications")
    allm, clin = set(), set()
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.match(r"^\d{4}-\d{2}$", e["start"]) and re.match(r"^\d{4}-\d{2}$", e["end"]) and e["start"] <= e["end"] <= "2026-12"): err(f, "entry dates")
        ms = months(e["start"], e["end"]); allm |= ms
        if e["type"] in ("hands_on", "observership"): clin |= ms
    if t["usce_months"] != len(allm): err(f, "usce_months %s != %d" % (t["usce_months"], len(allm)))
    if t["usce_months_clinical"] != len(clin): err(f, "usce_months_clinical %s != %d" % (t["usce_months_clinical"], len(clin)))
    if t.get("needs_ocr"):
        if f.endswith(".pdf"):
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if txt.strip() or len(fonts) > 2: err(f, "scan PDF has a text layer")
        else:
            from PIL import Image
            Image.open(path).verify()
        continue
    txt = norm(text_of(path))
    if norm(t["full_name"]) not in txt: err(f, "name not in text")
    if t["email"].casefold() not in txt: err(f, "email not in text")
for f in files:
    if f not in seen: err(f, "file without truth row")
kinds = {"readable": sum(1 for t in rows if not t.get("error") and not t.get("needs_ocr")), "scan": sum(1 for t in rows if t.get("needs_ocr")), "damaged": sum(1 for t in rows if t.get("error"))}
print(kinds)
if kinds != {"readable": 16, "scan": 5, "damaged": 3}: err("*", "expected 16/5/3")
print("\n".join(errs) if errs else "OK: %d rows valid" % len(rows))
sys.exit(1 if errs else 0)
