import json, os, re, sys, subprocess, zipfile, html
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); F = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
errs = []
def E(f, m): errs.append(f"{f}: {m}")
def months(es):
    s = set()
    for e in es:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(s)
def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml")):
                t += html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>|</text:p>|</text:h>", "\n", z.read(n).decode("utf8"))))
        return t
    if ext == "rtf":
        s = open(path).read(); s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
        return re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", s)
    return open(path, encoding="utf-8").read()
rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"))]
files = sorted(os.listdir(F)); names = [r["file"] for r in rows]
if sorted(names) != files: E("truth", f"file set mismatch {set(files) ^ set(names)}")
if len(rows) != len(set(names)): E("truth", "duplicate file")
cnt = {"readable": 0, "scan": 0, "error": 0}
for r in rows:
    f = r["file"]; p = os.path.join(F, f)
    if not re.fullmatch(r"w97_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): E(f, "bad name")
    if r.get("error"):
        cnt["error"] += 1
        if set(r) != {"file", "layout", "error"}: E(f, "error row keys")
        continue
    scan = r.get("needs_ocr") is True; cnt["scan" if scan else "readable"] += 1
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(r) != want: E(f, f"keys {list(r)}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): E(f, "phone")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): E(f, "country")
    if not isinstance(r["graduation_year"], int): E(f, "gy")
    if not isinstance(r["is_student"], bool): E(f, "is_student")
    if r["usmle_step1"] not in ("pass", "fail", None) and not (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300): E(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): E(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): E(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): E(f, "visa")
    if not set(r["specialties"]) <= SPEC: E(f, "specialty")
    if "Farsi" in r["languages"]: E(f, "Farsi")
    if not isinstance(r["publications"], int): E(f, "pubs")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth") or e["specialty"] not in SPEC or e["state"] not in STATES: E(f, f"entry {e}")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"] <= "2026-12"): E(f, f"dates {e}")
    if r["usce_months"] != months(r["usce_entries"]): E(f, "usce_months")
    if r["usce_months_clinical"] != months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]): E(f, "usce_months_clinical")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
            if t.strip(): E(f, "scan has text layer")
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: E(f, "scan has fonts")
    else:
        t = text_of(p)
        if r["full_name"] not in t: E(f, "name not in text")
        if r["email"] not in t: E(f, "email not in text")
print(cnt)
if errs: print("\n".join(errs)); sys.exit(1)
print("check.py: OK", len(rows), "rows")
