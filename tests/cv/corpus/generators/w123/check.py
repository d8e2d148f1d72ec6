# Independent checks of truth.jsonl against the files.
import json, os, re, subprocess, zipfile, sys
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student", "usmle_step1",
        "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages", "publications", "usce_entries",
        "usce_months", "usce_months_clinical"]
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y2, m2) > (2026, 12): y2, m2 = 2026, 12
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext == "rtf":
        raw = open(path, encoding="ascii").read()
        raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
        return re.sub(r"\\[a-z]+-?\d* ?|[{}]", " ", raw)
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if n.endswith(".xml"): t += re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")) + "\n"
        return t
    return ""

def norm(s): return re.sub(r"\s+", " ", s)

recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES)); assert len(recs) == 24, len(recs)
assert sorted(r["file"] for r in recs) == names, "file list mismatch"
cnt = {"readable": 0, "scan": 0, "error": 0}; layouts = set()
for r in recs:
    f = r["file"]; p = os.path.join(FILES, f)
    m = re.match(r"w123_(\d{3})_(.+)\.(\w+)$", f)
    if not m or m.group(2) != r["layout"]: err(f, "name/layout mismatch")
    if r.get("error"):
        cnt["error"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "error record has extra keys")
        # must really fail to open
        if f.endswith(".pdf"):
            res = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if res.returncode == 0 and len(res.stdout.strip()) > 50: err(f, "damaged PDF opened fine")
        else:
            try: zipfile.ZipFile(p); err(f, "random docx opened as zip")
            except zipfile.BadZipFile: pass
        continue
    for k in KEYS:
        if k not in r: err(f, f"missing {k}")
    scan = r.get("needs_ocr") is True
    cnt["scan" if scan else "readable"] += 1; layouts.add(r["layout"])
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"): err(f, "bad E.164")
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg enum")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa enum")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)): err(f, k)
    for s in r["specialties"]:
        if s not in SPECS: err(f, f"spec {s}")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "iso2")
    if not isinstance(r["graduation_year"], int): err(f, "gradyear")
    if r["is_student"] and r["graduation_year"] <= 2026: err(f, "student with past graduation")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPECS: err(f, "usce spec")
        if e["state"] not in STATES: err(f, "state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"]): err(f, "dates")
    if months(r["usce_entries"], False) != r["usce_months"]: err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'], False)}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, f"clinical months {r['usce_months_clinical']} != {months(r['usce_entries'], True)}")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2: err(f, "scan PDF has a text layer")
        continue
    t = norm(text_of(p))
    if r["full_name"] not in t and r["full_name"].upper() not in t: err(f, "name not in text")
    if r["email"] not in t: err(f, "email not in text")
    digits = re.sub(r"\D", "", t)
    tail = r["phone_e164"][-7:]
    if tail not in digits: err(f, "phone digits not in text")
print(cnt, "distinct readable layouts:", len(layouts))
if cnt != {"readable": 16, "scan": 5, "error": 3}: err("*", "counts")
if len(layouts) < 8: err("*", "too few layouts")
print("\n".join(errs) if errs else "ALL CHECKS PASSED"); sys.exit(1 if errs else 0)
