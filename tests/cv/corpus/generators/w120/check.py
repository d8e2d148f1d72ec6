# Independent checks of truth.jsonl against the files.
import json, os, re, subprocess, zipfile, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, ".."); FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
errs = []
def bad(f, m): errs.append("%s: %s" % (f, m))

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); Y, M = map(int, e["end"].split("-"))
        while (y, m) <= (Y, M) and (y, m) <= (2026, 12):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml"):
                t += re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8")) + "\n"
        return t
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        r = open(path, encoding="ascii").read()
        r = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), r)
        return re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", r)
    return ""

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != files: bad("ALL", "file list mismatch")
n_read = n_scan = n_dmg = 0
for r in rows:
    f = r["file"]; p = os.path.join(FILES, f)
    if not f.startswith("w120_") or r["layout"] not in f: bad(f, "name/layout")
    if r.get("error"):
        n_dmg += 1
        if set(r) != {"file", "layout", "error"}: bad(f, "damaged keys")
        if f.endswith(".pdf"):
            pr = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if pr.returncode == 0 and pr.stdout.strip(): bad(f, "damaged pdf opens")
        else:
            try: zipfile.ZipFile(p); bad(f, "damaged zip opens")
            except zipfile.BadZipFile: pass
        continue
    for k in KEYS:
        if k not in r: bad(f, "missing " + k)
    t = r
    if t["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"]): bad(f, "e164")
    if t["phone_e164"] and t["phone_e164"].startswith("+1") and len(t["phone_e164"]) != 12: bad(f, "NANP length")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", t["email"] or ""): bad(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"]): bad(f, "iso2")
    if not isinstance(t["graduation_year"], int): bad(f, "gradyear")
    if t["is_student"] != (t["graduation_year"] > 2026): bad(f, "student vs year")
    if not (t["usmle_step1"] in ("pass", "fail", None) or (isinstance(t["usmle_step1"], int) and 100 <= t["usmle_step1"] <= 300)): bad(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if t[k] is not None and not (isinstance(t[k], int) and 100 <= t[k] <= 300): bad(f, k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): bad(f, "ecfmg")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): bad(f, "visa")
    if not set(t["specialties"]) <= SPECS: bad(f, "specialties")
    if not isinstance(t["publications"], int): bad(f, "pubs")
    for e in t["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): bad(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPECS: bad(f, "usce spec")
        if e["state"] not in STATES: bad(f, "usce state")
        if not (re.fullmatch(r"\d{4}-\d\d", e["start"]) and re.fullmatch(r"\d{4}-\d\d", e["end"]) and e["start"] <= e["end"]): bad(f, "usce dates")
    if months(t["usce_entries"]) != t["usce_months"]: bad(f, "usce_months %d vs %d" % (months(t["usce_entries"]), t["usce_months"]))
    cl = [e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if months(cl) != t["usce_months_clinical"]: bad(f, "usce_months_clinical")
    if r.get("needs_ocr"):
        n_scan += 1
        if f.endswith(".pdf"):
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2 or text_of(p).strip(): bad(f, "scan has text layer")
        continue
    n_read += 1
    txt = text_of(p)
    norm = lambda s: re.sub(r"\s+", " ", s).lower()
    if norm(t["full_name"]) not in norm(txt): bad(f, "name not in text")
    if t["email"].lower() not in txt.lower(): bad(f, "email not in text")
    digits = re.sub(r"\D", "", txt)
    if t["phone_e164"] and t["phone_e164"][-10:] not in digits: bad(f, "phone digits not in text")
print("readable", n_read, "scans", n_scan, "damaged", n_dmg, "layouts", len({r["layout"] for r in rows if not r.get("error") and not r.get("needs_ocr")}))
print("\n".join(errs) if errs else "ALL CHECKS PASSED")
sys.exit(1 if errs else 0)
