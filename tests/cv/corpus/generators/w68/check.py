# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against ../files (w68)."""
import json, os, re, sys, subprocess, zipfile, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "..", "files")
TRUTH = os.path.join(HERE, "..", "truth.jsonl")
SPECS = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []
def err(f, m): errors.append("%s: %s" % (f, m))

def months(a, b):
    y, m = map(int, a.split("-")); y2, m2 = map(int, b.split("-")); s = set()
    while (y, m) <= (y2, m2):
        s.add((y, m)); m += 1
        if m == 13: y, m = y + 1, 1
    return s

def rtf_text(raw):
    out, i, n = [], 0, len(raw)
    skip_dest = re.compile(r"\\(fonttbl|colortbl|stylesheet|info|\*)")
    while i < n:
        c = raw[i]
        if c == "\\":
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)", raw[i:])
            if m.group(1):
                w, arg = m.group(1), m.group(2)
                if w == "u" and arg:
                    v = int(arg); out.append(chr(v + 65536 if v < 0 else v))
                    i += m.end()
                    if i < n and raw[i] == "?": i += 1
                    continue
                if w in ("par", "line", "tab", "cell", "row"): out.append("\n" if w != "tab" and w != "cell" else " ")
            elif m.group(3): out.append(bytes([int(m.group(3), 16)]).decode("cp1252", "replace"))
            elif m.group(4) in "\\{}": out.append(m.group(4))
            i += m.end(); continue
        if c in "{}": i += 1; continue
        if c in "\r\n": i += 1; continue
        out.append(c); i += 1
    return "".join(out)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        # both the layout and the raw reading order (multi-column pages wrap names differently)
        return "\n".join(subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True).stdout
                         for mode in (["-layout"], []))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        import docx
        d = docx.Document(path); parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "odt":
        z = zipfile.ZipFile(path); xml = z.read("content.xml").decode() + z.read("styles.xml").decode()
        xml = re.sub(r"<text:s(?: text:c=\"(\d+)\")?/>", " ", xml)
        return re.sub(r"<[^>]+>", " ", xml)
    if ext == "rtf":
        return rtf_text(open(path, encoding="latin-1").read())
    raise ValueError(ext)

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()

rows = [json.loads(l) for l in open(TRUTH, encoding="utf-8") if l.strip()]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names: err("truth", "file list mismatch with files/")
if len(rows) != 24: err("truth", "expected 24 rows, got %d" % len(rows))
nscan = nerr = nread = 0
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.match(r"^w68_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad name")
    if not f.startswith("w68_%s_%s." % (f[4:7], r["layout"])): err(f, "layout not in name")
    if r.get("error"):
        nerr += 1
        if set(r) != {"file", "layout", "error"} or r["error"] is not True: err(f, "damaged row keys")
        data = open(path, "rb").read()
        if f.endswith(".pdf"):
            from pypdf import PdfReader
            try:
                rd = PdfReader(path)
                if not rd.is_encrypted and b"%%EOF" in data[-64:]: err(f, "damaged pdf looks intact")
            except Exception:
                pass
        if f.endswith(".docx") and zipfile.is_zipfile(path): err(f, "random docx is a zip")
        continue
    for k in KEYS:
        if k not in r: err(f, "missing " + k)
    extra = set(r) - set(KEYS) - {"needs_ocr"}
    if extra: err(f, "extra keys %s" % extra)
    if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]): err(f, "phone not E.164")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"]): err(f, "email")
    if not re.match(r"^[A-Z]{2}$", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 < r["graduation_year"] < 2032: err(f, "grad year")
    if r["is_student"] != (r["graduation_year"] >= 2027): err(f, "is_student vs graduation_year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg enum")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa enum")
    if not all(s in SPECS for s in r["specialties"]) or len(set(r["specialties"])) != len(r["specialties"]): err(f, "specialties")
    if not isinstance(r["languages"], list) or not r["languages"]: err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    allm, clin = set(), set()
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys %s" % e)
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty " + e["specialty"])
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])) or e["start"] > e["end"]:
            err(f, "entry dates %s" % e)
        if e["end"] > "2026-12": err(f, "end after 2026-12")
        m = months(e["start"], e["end"]); allm |= m
        if e["type"] in ("hands_on", "observership"): clin |= m
    if r["usce_months"] != len(allm): err(f, "usce_months %s != %d" % (r["usce_months"], len(allm)))
    if r["usce_months_clinical"] != len(clin): err(f, "usce_months_clinical %s != %d" % (r["usce_months_clinical"], len(clin)))
    if r.get("needs_ocr"):
        nscan += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan PDF has a text layer")
            from pypdf import PdfReader
            for pg in PdfReader(path).pages:
                c = pg.get_contents()
                if c is not None and re.search(rb"\bBT\b", c.get_data()): err(f, "scan PDF has text operators")
        elif not f.endswith((".png", ".jpg")): err(f, "scan must be png/jpg/pdf")
        continue
    nread += 1
    if f.endswith((".png", ".jpg")): err(f, "readable file is an image")
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t: err(f, "name not in text")
    if r["email"].lower() not in t: err(f, "email not in text")
print("rows=%d readable=%d scans=%d damaged=%d" % (len(rows), nread, nscan, nerr))
if nread != 16 or nscan != 5 or nerr != 3: err("truth", "counts")
if errors:
    print("\n".join("FAIL " + e for e in errors)); sys.exit(1)
print("OK")
