"""Validate truth.jsonl against the brief's contract and the built files."""
import json, os, re, subprocess, sys, zipfile, html
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(s, e):
    y1, m1 = map(int, s.split("-")); y2, m2 = map(int, e.split("-")); out = set()
    while (y1, m1) <= (y2, m2):
        out.add((y1, m1)); m1 += 1
        if m1 == 13: y1, m1 = y1 + 1, 1
    return out

def rtf_text(raw):
    raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    raw = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), raw)
    raw = re.sub(r"\\(line|par|cell|row)\b ?", "\n", raw)
    raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
    return raw.replace("{", "").replace("}", "")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); t = []
        for n in z.namelist():
            if n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>|</text:p>|</text:h>|<text:line-break/>|<w:br/>", "\n", x)
                t.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(t)
    if ext == "rtf": return rtf_text(open(path, encoding="ascii").read())
    return open(path, encoding="utf-8").read()

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names: err("truth", "file list mismatch with files/")
if len(rows) < 18: err("truth", "fewer than 18 files")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w67_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if not f.startswith("w67_%03d_%s." % (int(f[4:7]), r["layout"])): err(f, "layout not in name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        continue
    scan = r.get("needs_ocr") is True
    want = set(KEYS) | ({"needs_ocr"} if scan else set())
    if set(r) != want: err(f, f"keys differ: {set(r) ^ want}")
    if not re.fullmatch(r"\+[1-9]\d{6,14}", r["phone_e164"] or "+10000000"): err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int): err(f, "grad year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not set(r["specialties"]) <= SPECS: err(f, "specialty vocab")
    if not isinstance(r["publications"], int): err(f, "publications")
    allm, clin = set(), set()
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"] <= "2026-12"): err(f, "entry dates")
        m = months(e["start"], e["end"]); allm |= m
        if e["type"] in ("hands_on", "observership"): clin |= m
    if r["usce_months"] != len(allm): err(f, f"usce_months {r['usce_months']} != {len(allm)}")
    if r["usce_months_clinical"] != len(clin): err(f, f"usce_months_clinical {r['usce_months_clinical']} != {len(clin)}")
    if scan:
        kinds["scan"] += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
            if len(fonts) > 2: err(f, "scan PDF has fonts")
        elif not f.endswith((".png", ".jpg")): err(f, "scan must be image or pdf")
    else:
        kinds["readable"] += 1
        t = re.sub(r"\s+", " ", text_of(path))
        if r["full_name"] not in t: err(f, "name not found in text")
        if r["email"] not in t: err(f, "email not found in text")
# damaged files really damaged
for r in rows:
    if r.get("error"):
        path = os.path.join(FILES, r["file"])
        if path.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if t.returncode == 0 and t.stdout.strip(): err(r["file"], "damaged pdf still extracts without password")
        if path.endswith(".docx"):
            try: zipfile.ZipFile(path); err(r["file"], "damaged docx is a valid zip")
            except zipfile.BadZipFile: pass
print(kinds)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("check.py: all good,", len(rows), "rows")
