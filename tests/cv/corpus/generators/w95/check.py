# Validates ../truth.jsonl against the contract and the files.
import json, os, re, subprocess, sys, zipfile, tempfile, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(es):
    s = set()
    for e in es:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml")]
        raw = " ".join(z.read(n).decode("utf-8") for n in parts)
        # join runs: drop tags entirely inside paragraphs, newline at paragraph ends
        raw = re.sub(r"</(w:p|text:p|text:h)>", "\n", raw); raw = re.sub(r"<text:s/>", " ", raw); raw = re.sub(r"<[^>]+>", "", raw)
        import html; return html.unescape(raw)
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True, timeout=180)
        t = open(os.path.join(d, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8-sig").read(); shutil.rmtree(d); return t
    return ""

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES)); names = [r["file"] for r in rows]
if sorted(names) != files: err("truth", f"file list mismatch {set(names) ^ set(files)}")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w95_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged keys")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    if [k for k in r if k != "needs_ocr"] != KEYS: err(f, f"keys/order {list(r)}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{6,14}", r["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", r["email"] or ""): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not isinstance(r["is_student"], bool): err(f, "grad/student types")
    if r["is_student"] != (r["graduation_year"] > 2026): pass  # informative only: graduation month matters
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not all(s in SPECS for s in r["specialties"]): err(f, "specialties")
    if not isinstance(r["publications"], int): err(f, "pubs")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"] <= "2026-12"): err(f, "entry dates")
    if r["usce_months"] != months(r["usce_entries"]): err(f, "usce_months recount")
    if r["usce_months_clinical"] != months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]): err(f, "clinical recount")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan pdf has fonts")
        continue
    t = text_of(path); norm = re.sub(r"\s+", " ", t).lower()
    if r["full_name"].lower() not in norm: err(f, f"name not in text")
    if r["email"].lower() not in norm: err(f, "email not in text")
if kinds["readable"] < 12 or kinds["scan"] < 3 or kinds["damaged"] < 2: err("truth", f"kind counts {kinds}")
print(kinds)
if errs: print("\n".join(errs)); sys.exit(1)
print("CHECK OK:", len(rows), "rows")
