"""Validate ../truth.jsonl against ../files."""
import json, os, re, subprocess, sys, zipfile
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..")); FILES = os.path.join(ROOT, "files")
SPEC = ["Internal Medicine","Family Medicine","Pediatrics","Psychiatry","Neurology","General Surgery","Obstetrics and Gynecology","Emergency Medicine",
        "Anesthesiology","Radiology","Pathology","Cardiology","Gastroenterology","Nephrology","Pulmonology/Critical Care","Endocrinology","Rheumatology",
        "Hematology/Oncology","Infectious Disease","Geriatrics"]
KEYS = ["file","layout","full_name","email","phone_e164","medical_school","medical_school_country","graduation_year","is_student","usmle_step1",
        "usmle_step2ck","usmle_step3","ecfmg_status","specialties","languages","visa_status","publications","usce_months","usce_months_clinical","usce_entries"]
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errs = []
def E(f, m): errs.append(f"{f}: {m}")

def months(es):
    s = set()
    for x in es:
        y, m = map(int, x["start"].split("-")); ye, me = map(int, x["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def rtf_text(raw):
    raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    raw = re.sub(r"\\(par|tab)\b", " ", raw); raw = raw.replace("\\bullet", "•")
    raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw); raw = re.sub(r"\\([{}\\])", r"\1", raw)
    return raw.replace("{", "").replace("}", "")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext == "rtf": return rtf_text(open(path, encoding="ascii").read())
    if ext == "docx":
        import docx
        d = docx.Document(path); parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows: parts += [c.text for c in r.cells]
        for s in d.sections: parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "odt":
        from odf.opendocument import load; from odf import text as T, teletype
        d = load(path); return "\n".join(teletype.extractText(p) for p in d.getElementsByType(T.P) + d.getElementsByType(T.H))
    return None

lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES)); seen = [t["file"] for t in lines]
if sorted(seen) != names: E("truth", f"file list mismatch {set(seen) ^ set(names)}")
n_read = n_scan = n_bad = 0
for t in lines:
    f = t["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w79_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): E(f, "bad name")
    if t.get("error"):
        n_bad += 1
        if set(t) != {"file", "layout", "error"}: E(f, "damaged entry has extra keys")
        data = open(path, "rb").read()
        if f.endswith(".docx") and zipfile.is_zipfile(path): E(f, "random docx is a valid zip")
        if "encrypted" in f:
            from pypdf import PdfReader
            if not PdfReader(path).is_encrypted: E(f, "not encrypted")
        if "truncated" in f and b"%%EOF" in data[-1024:]: E(f, "truncated pdf still has EOF")
        continue
    for k in KEYS:
        if k not in t: E(f, f"missing {k}")
    extra = set(t) - set(KEYS) - {"needs_ocr"}
    if extra: E(f, f"extra keys {extra}")
    if t["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"]): E(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"]): E(f, "country")
    if not (isinstance(t["graduation_year"], int) and 1990 <= t["graduation_year"] <= 2032): E(f, "grad year")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): E(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (t[k] is None or (isinstance(t[k], int) and 100 <= t[k] <= 300)): E(f, k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): E(f, "ecfmg")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): E(f, "visa")
    for s in t["specialties"]:
        if s not in SPEC: E(f, f"specialty {s}")
    if not isinstance(t["publications"], int): E(f, "publications")
    for x in t["usce_entries"]:
        if x["type"] not in ("hands_on", "observership", "research", "telehealth") or x["specialty"] not in SPEC or x["state"] not in STATES: E(f, f"entry {x}")
        if not (re.fullmatch(r"\d{4}-\d\d", x["start"]) and re.fullmatch(r"\d{4}-\d\d", x["end"]) and x["start"] <= x["end"]): E(f, f"entry dates {x}")
    if months(t["usce_entries"]) != t["usce_months"]: E(f, "usce_months recount")
    if months([x for x in t["usce_entries"] if x["type"] in ("hands_on", "observership")]) != t["usce_months_clinical"]: E(f, "clinical recount")
    if t.get("needs_ocr"):
        n_scan += 1
        if f.endswith(".pdf"):
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if txt.strip(): E(f, "scan pdf has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: E(f, "scan pdf has fonts")
        continue
    n_read += 1
    txt = text_of(path)
    if txt is None: E(f, "no extractor"); continue
    norm = re.sub(r"\s+", " ", txt)
    if t["full_name"].casefold() not in norm.casefold(): E(f, f"name not in text: {t['full_name']}")
    if t["email"] and t["email"] not in norm: E(f, f"email not in text")
print(f"readable={n_read} scans={n_scan} damaged={n_bad} total={len(lines)}")
if errs:
    print("\n".join(errs)); print(f"0 passed, {len(errs)} failed"); sys.exit(1)
print("CHECK OK")
