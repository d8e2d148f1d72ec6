"""Validate truth.jsonl against files/ (keys, enums, E.164, usce recount, text content, scans without text)."""
import json, os, re, subprocess, sys, zipfile
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
        "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
        "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []


def err(f, m):
    errs.append(f"{f}: {m}")


def months(ents):
    s = set()
    for e in ents:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = "".join(z.read(n).decode("utf8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
        return re.sub(r"<[^>]+>", "", xml)
    return open(path, encoding="utf8", errors="replace").read()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf8")]
names = [r["file"] for r in rows]
ondisk = sorted(os.listdir(FILES))
if sorted(names) != ondisk: err("truth", f"files mismatch {set(names) ^ set(ondisk)}")
if len(set(names)) != len(names): err("truth", "duplicate file")
for r in rows:
    f = r["file"]
    if not re.match(r"^w24_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad name")
    if f.split("_")[2].split(".")[0] not in r["layout"].split("_")[0] and not f[8:].startswith(r["layout"]): err(f, "layout/name mismatch")
    if r.get("error"):
        if set(r) != {"file", "layout", "error"}: err(f, "damaged keys")
        continue
    want = set(KEYS) | ({"needs_ocr"} if r.get("needs_ocr") else set())
    if set(r) != want: err(f, f"keys {set(r) ^ want}")
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"): err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", r["email"] or ""): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2031: err(f, "grad year")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs graduation_year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    for s in r["specialties"]:
        if s not in SPEC: err(f, f"specialty {s}")
    if not isinstance(r["languages"], list) or not r["languages"]: err(f, "languages")
    if not isinstance(r["publications"], int): err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPEC: err(f, f"entry specialty {e['specialty']}")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["end"])): err(f, "entry date")
        if e["start"] > e["end"] or e["end"] > "2026-12": err(f, "entry order/future")
    if r["usce_months"] != months(r["usce_entries"]): err(f, "usce_months recount")
    if r["usce_months_clinical"] != months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]): err(f, "clinical recount")
    path = os.path.join(FILES, f)
    if r.get("needs_ocr"):
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan has fonts")
    else:
        t = " ".join(text_of(path).split())  # a name wrapped over two lines still counts
        if r["full_name"] not in t: err(f, "name not in text")
        if r["email"] not in t: err(f, "email not in text")
# damaged files really are unreadable
for r in rows:
    if r.get("error"):
        p = os.path.join(FILES, r["file"])
        if p.endswith(".pdf"):
            res = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if res.returncode == 0 and res.stdout.strip(): err(r["file"], "damaged pdf still yields text")
        else:
            if zipfile.is_zipfile(p): err(r["file"], "damaged docx is a valid zip")
print(f"{len(rows)} rows checked")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("check.py: OK")
