# Validate truth.jsonl against the contract and the files in files/.
import json, os, re, subprocess, sys, zipfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); FILES = os.path.join(ROOT, "files")
SPEC = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append("%s: %s" % (f, m))

def months(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y, m) > (y2, m2): return -1
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if n.endswith(".xml"): t += re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8"))
        return t
    if ext == "rtf":
        raw = open(path, encoding="ascii").read()
        raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
        return raw
    return ""

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
seen = set(); counts = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r.get("file", "?")
    if f in seen: err(f, "duplicate")
    seen.add(f)
    if not re.fullmatch(r"w48_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if not os.path.exists(os.path.join(FILES, f)): err(f, "missing file"); continue
    if f.split("_")[2].split(".")[0] != r["layout"] and "_".join(f.split("_")[2:]).rsplit(".", 1)[0] != r["layout"]: err(f, "layout mismatch")
    if r.get("error"):
        counts["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        continue
    scan = r.get("needs_ocr") is True
    counts["scan" if scan else "readable"] += 1
    want = KEYS + (["needs_ocr"] if scan else [])
    if set(r) != set(want): err(f, "keys %s" % sorted(set(r) ^ set(want)))
    if not r["full_name"] or re.search(r"\b(Dr\.?|MD|MBBS)\b", r["full_name"]): err(f, "name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""): err(f, "country")
    if not isinstance(r["graduation_year"], int): err(f, "grad year")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs graduation_year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
    if any(s not in SPEC for s in r["specialties"]): err(f, "specialty vocab")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "pubs")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPEC: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]): err(f, "entry date")
        if e["end"] > "2026-12": err(f, "entry end beyond 2026-12")
    if months(r["usce_entries"], False) != r["usce_months"]: err(f, "usce_months recount %d" % months(r["usce_entries"], False))
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, "usce_months_clinical recount")
    path = os.path.join(FILES, f)
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan pdf has fonts")
    else:
        t = text_of(path)
        norm = lambda s: re.sub(r"\s+", " ", s)
        if norm(r["full_name"]) not in norm(t): err(f, "name not in text")
        if r["email"] not in t: err(f, "email not in text")
print("counts:", counts, "rows:", len(rows))
files = set(os.listdir(FILES))
if files != seen: err("files/", "mismatch with truth: %s" % sorted(files ^ seen))
if errs:
    print("\n".join(errs)); print("FAIL (%d)" % len(errs)); sys.exit(1)
print("OK")
