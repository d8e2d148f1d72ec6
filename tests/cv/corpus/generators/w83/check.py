# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the brief's contract and against the files themselves."""
import os, re, sys, json, subprocess, tempfile, zipfile, shutil
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPEC = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append("%s: %s" % (f, m))
def months(es, clin=False):
    s = set()
    for e in es:
        if clin and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext == "docx":
        import docx
        d = docx.Document(path); parts = [p.text for p in d.paragraphs]
        def tbl(t):
            for row in t.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs)
                    for t2 in c.tables: tbl(t2)
        for t in d.tables: tbl(t)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext in ("odt", "rtf"):
        tmp = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, path],
                       capture_output=True, timeout=180)
        out = os.path.join(tmp, os.path.basename(path).rsplit(".", 1)[0] + ".txt")
        t = open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""
        shutil.rmtree(tmp); return t
    return ""

lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
names = [t["file"] for t in lines]
if len(set(names)) != len(names): err("truth", "duplicate file entries")
ondisk = sorted(os.listdir(FILES))
if sorted(names) != ondisk: err("truth", "files/ and truth.jsonl disagree: %s" % (set(names) ^ set(ondisk)))
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for t in lines:
    f = t["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w83_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad file name")
    if not f.startswith("w83_%03d_%s." % (int(f[4:7]), t.get("layout", "?"))): err(f, "layout does not match name")
    if t.get("error"):
        kinds["damaged"] += 1
        if set(t) != {"file", "layout", "error"}: err(f, "damaged entry must only have file/layout/error")
        data = open(path, "rb").read()
        if f.endswith(".pdf"):
            from pypdf import PdfReader
            try:
                r = PdfReader(path)
                if not r.is_encrypted:
                    txt = "".join((p.extract_text() or "") for p in r.pages)
                    err(f, "damaged PDF opens and gives %d chars" % len(txt))
            except Exception: pass
        elif f.endswith(".docx") and zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
        continue
    scan = t.get("needs_ocr", False)
    want = set(KEYS) | ({"needs_ocr"} if scan else set())
    if set(t) != want: err(f, "keys differ: %s" % (set(t) ^ want))
    kinds["scan" if scan else "readable"] += 1
    if t["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"] or ""): err(f, "bad email")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"] or ""): err(f, "bad country")
    if not isinstance(t["graduation_year"], int) or not 1980 <= t["graduation_year"] <= 2032: err(f, "bad graduation_year")
    if not isinstance(t["is_student"], bool): err(f, "is_student not bool")
    if t["is_student"] != (t["graduation_year"] > 2026): err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "bad step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = t[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)): err(f, "bad " + k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "bad ecfmg_status")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "bad visa_status")
    for s in t["specialties"]:
        if s not in SPEC: err(f, "specialty not in vocabulary: " + s)
    if not t["languages"] or not all(isinstance(x, str) for x in t["languages"]): err(f, "languages")
    if not isinstance(t["publications"], int) or t["publications"] < 0: err(f, "publications")
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPEC: err(f, "entry specialty " + e["specialty"])
        if e["state"] not in STATES: err(f, "entry state " + e["state"])
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]): err(f, "entry date " + e[k])
        if e["start"] > e["end"] or e["end"] > "2026-12": err(f, "entry range %s..%s" % (e["start"], e["end"]))
    if t["usce_months"] != months(t["usce_entries"]): err(f, "usce_months %s != recount %s" % (t["usce_months"], months(t["usce_entries"])))
    if t["usce_months_clinical"] != months(t["usce_entries"], True): err(f, "usce_months_clinical mismatch")
    if scan:
        if f.endswith(".pdf"):
            txt = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if txt.strip() or len(fonts) > 2: err(f, "scan PDF has a text layer")
        else:
            from PIL import Image
            im = Image.open(path); im.verify()
        continue
    txt = norm(text_of(path))
    if norm(t["full_name"]) not in txt: err(f, "name not found in text")
    if t["email"].lower() not in txt: err(f, "email not found in text")
print("counts:", kinds)
if kinds["readable"] + kinds["scan"] + kinds["damaged"] < 18: err("truth", "fewer than 18 files")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: %d entries checked" % len(lines))
