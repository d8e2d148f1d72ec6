# -*- coding: utf-8 -*-
"""Validates w20 truth.jsonl against the brief's contract and the files themselves."""
import json, os, re, subprocess, sys, tempfile, zipfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y, m) > (y2, m2): return None
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8-sig").read()
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]
        return "\n".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")) for n in parts)
    # odt / rtf: let LibreOffice render text
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{d}/p", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True, timeout=180)
    out = os.path.join(d, os.path.basename(path).rsplit(".", 1)[0] + ".txt")
    return open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = [r["file"] for r in rows]
if len(set(names)) != len(names): err("truth", "duplicate file names")
if sorted(names) != sorted(os.listdir(FILES)): err("truth", "file list differs from files/")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.match(r"w20_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad file name")
    if f.split("_")[2].split(".")[0] and r.get("layout") not in f: err(f, "layout not in file name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row must have only file/layout/error")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    exp = KEYS + (["needs_ocr"] if scan else [])
    if list(r) != exp: err(f, f"keys {list(r)}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032: err(f, "grad year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs graduation_year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not set(r["specialties"]) <= SPEC: err(f, f"specialties {r['specialties']}")
    if not r["languages"] or not all(isinstance(x, str) for x in r["languages"]): err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, f"entry keys {e}")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPEC: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]) or e[k] > "2026-12": err(f, f"entry {k}")
    m = months(r["usce_entries"])
    mc = months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")])
    if m is None or m != r["usce_months"]: err(f, f"usce_months {r['usce_months']} != {m}")
    if mc != r["usce_months_clinical"]: err(f, f"usce_months_clinical {r['usce_months_clinical']} != {mc}")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan PDF has fonts")
    else:
        t = text_of(path)
        flat = re.sub(r"\s+", " ", t).lower()
        if r["full_name"].lower() not in flat: err(f, "name not found in text")
        if r["email"].lower() not in flat: err(f, "email not found in text")
for r in rows:
    if r.get("error") and r["file"].endswith(".pdf"):
        p = subprocess.run(["pdftotext", os.path.join(FILES, r["file"]), "-"], capture_output=True, text=True)
        if p.returncode == 0 and p.stdout.strip(): err(r["file"], "damaged PDF still readable")
print(kinds)
if kinds["readable"] < 12 or kinds["scan"] < 3 or kinds["damaged"] < 3: err("truth", f"counts {kinds}")
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print("OK", len(rows), "rows")
