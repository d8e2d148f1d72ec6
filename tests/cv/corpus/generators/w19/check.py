"""Validate w19 truth.jsonl against files/. Usage: check.py W19_ROOT"""
import sys, os, json, re, subprocess, zipfile, tempfile
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(root, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Oncology", "Hematology",
         "Nephrology", "Pulmonology", "Endocrinology", "Infectious Disease", "Rheumatology", "Dermatology", "Ophthalmology",
         "Orthopedic Surgery", "Urology", "Otolaryngology", "Neurosurgery", "Geriatrics", "Critical Care"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def mcount(ents):
    s = set()
    for e in ents:
        a = int(e["start"][:4]) * 12 + int(e["start"][5:]) - 1; b = int(e["end"][:4]) * 12 + int(e["end"][5:]) - 1
        s.update(range(a, b + 1))
    return len(s)

def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    td = tempfile.mkdtemp(prefix="w19chk")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w19_lo_profile", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                    "--outdir", td, path], capture_output=True, timeout=180)
    out = os.path.join(td, os.path.splitext(os.path.basename(path))[0] + ".txt")
    return open(out, encoding="utf-8", errors="replace").read() if os.path.exists(out) else ""

norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
rows = [json.loads(l) for l in open(os.path.join(root, "truth.jsonl"), encoding="utf-8")]
names = [r["file"] for r in rows]
if len(set(names)) != len(names): err("truth", "duplicate file names")
ondisk = sorted(os.listdir(FILES))
if sorted(names) != ondisk: err("truth", f"file set mismatch: {set(names) ^ set(ondisk)}")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w19_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        data = open(path, "rb").read()
        if f.endswith(".docx") and zipfile.is_zipfile(path): err(f, "random docx is a valid zip")
        if f.endswith(".pdf"):
            if b"/Encrypt" not in data and b"%%EOF" in data[-64:]: err(f, "pdf looks intact")
            if b"/Encrypt" in data:
                from pypdf import PdfReader
                rd = PdfReader(path)
                if not rd.is_encrypted or rd.decrypt("") != 0: err(f, "opens without a password")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(r) != want and set(r) != set(want): err(f, f"keys {sorted(set(r) ^ set(want))}")
    if not r["full_name"] or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "name/email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032: err(f, "graduation_year")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student inconsistent with graduation year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if v is not None and not (isinstance(v, int) and 100 <= v <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg enum")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa enum")
    if not set(r["specialties"]) <= SPECS: err(f, f"specialties {set(r['specialties']) - SPECS}")
    if not r["languages"] or "Farsi" in r["languages"]: err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])) or e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, f"entry dates {e}")
    if r["usce_months"] != mcount(r["usce_entries"]): err(f, "usce_months recount")
    if r["usce_months_clinical"] != mcount([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]): err(f, "usce_months_clinical recount")
    if scan:
        if f.endswith(".pdf"):
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan PDF has fonts")
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip(): err(f, "scan PDF has a text layer")
        elif not f.endswith((".png", ".jpg")): err(f, "scan must be pdf/png/jpg")
    else:
        t = norm(text_of(path))
        if norm(r["full_name"]) not in t: err(f, "name not in text")
        if r["email"].lower() not in t: err(f, "email not in text")
if kinds != {"readable": 14, "scan": 7, "damaged": 3}: err("truth", f"kinds {kinds}")
print(kinds)
if errs:
    print("\n".join(errs)); print(f"CHECK FAILED: {len(errs)} problem(s)"); sys.exit(1)
print(f"{len(rows)} passed, 0 failed")
