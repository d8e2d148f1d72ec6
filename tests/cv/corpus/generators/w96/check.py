"""Validate truth.jsonl against files/ (w96)."""
import json, os, re, subprocess, sys, zipfile, html, tempfile

W = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = os.path.join(W, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
errs = []


def err(f, m): errs.append(f"{f}: {m}")


def months(entries):
    ms = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            ms.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(ms)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)
                out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(out)
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w96_lo_profile", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True)
        return open(os.path.join(d, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8", errors="replace").read()
    return ""


rows = [json.loads(l) for l in open(os.path.join(W, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(F))
if sorted(r["file"] for r in rows) != files: err("truth", "file list mismatch with files/")
n_read = n_scan = n_dmg = 0
for r in rows:
    f = r["file"]; path = os.path.join(F, f)
    if not re.fullmatch(r"w96_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if r.get("error"):
        n_dmg += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged keys")
        continue
    scan = r.get("needs_ocr", False)
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(r.keys()) != want: err(f, f"keys {list(r.keys())}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "cc")
    if not isinstance(r["graduation_year"], int): err(f, "grad")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "s1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not set(r["specialties"]) <= SPECS: err(f, "specs")
    if not isinstance(r["publications"], int): err(f, "pubs")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "type")
        if e["specialty"] not in SPECS: err(f, "usce spec")
        if e["state"] not in STATES: err(f, "state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"]): err(f, "dates")
    if r["usce_months"] != months(r["usce_entries"]): err(f, "usce_months recount")
    if r["usce_months_clinical"] != months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]): err(f, "clinical recount")
    if scan:
        n_scan += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan has text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan has fonts")
    else:
        n_read += 1
        t = text_of(path)
        if r["full_name"] not in t: err(f, "name not in text")
        if r["email"] not in t: err(f, "email not in text")
print(f"readable={n_read} scans={n_scan} damaged={n_dmg}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("CHECK PASSED")
