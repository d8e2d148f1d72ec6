"""Independent check of ../truth.jsonl against ../files."""
import json, os, re, subprocess, zipfile, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
FILES = D + "/files"
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
        "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
        "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y2, m2) > (2026, 12): y2, m2 = 2026, 12
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if n.endswith(".xml"):
                x = z.read(n).decode("utf-8", "ignore")
                t += re.sub(r"<[^>]+>", "", re.sub(r"</w:p>|</text:p>|<w:br/>", "\n", x)) + "\n"
        return t
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return ""

recs = [json.loads(l) for l in open(D + "/truth.jsonl", encoding="utf-8")]
files = sorted(os.listdir(FILES))
if sorted(r["file"] for r in recs) != files: err("-", f"file set mismatch {set(files) ^ set(r['file'] for r in recs)}")
n_read = n_scan = n_dmg = 0
for r in recs:
    f = r["file"]; path = os.path.join(FILES, f)
    if not f.startswith("w121_") or f"_{r['layout']}." not in f: err(f, "name/layout")
    if r.get("error"):
        n_dmg += 1
        if set(r) != {"file", "layout", "error"}: err(f, "extra keys on damaged")
        if f.endswith(".pdf"):
            rc = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if rc.returncode == 0 and rc.stdout.strip(): err(f, "damaged pdf still yields text")
        else:
            try: zipfile.ZipFile(path); err(f, "damaged docx opens")
            except Exception: pass
        continue
    missing = [k for k in KEYS if k not in r]
    if missing: err(f, f"missing {missing}")
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"): err(f, "phone")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not (r["usmle_step1"] in ("pass", "fail", None) or (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not set(r["specialties"]) <= SPEC: err(f, f"specialties {r['specialties']}")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "type")
        if e["specialty"] is not None and e["specialty"] not in SPEC: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"] <= "2026-12"): err(f, "dates")
    if months(r["usce_entries"]) != r["usce_months"]: err(f, f"usce_months {months(r['usce_entries'])} != {r['usce_months']}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, f"clinical months {months(r['usce_entries'], True)}")
    if r.get("needs_ocr"):
        n_scan += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan pdf has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan pdf has fonts")
        continue
    n_read += 1
    t = text_of(path)
    if r["full_name"] not in t: err(f, "name not in text")
    if r["email"] not in t: err(f, "email not in text")
    # the applicant's phone digits must appear (spaces/punctuation stripped)
    dig = re.sub(r"\D", "", t)
    if r["phone_e164"] and r["phone_e164"][-9:] not in dig: print(f"note: {f}: phone digits not contiguous in extracted text (wrapped cell?)")
print(f"readable={n_read} scans={n_scan} damaged={n_dmg} total={len(recs)}")
layouts = {r["layout"] for r in recs if not r.get("error") and not r.get("needs_ocr")}
print("distinct readable layouts:", len(layouts))
print("\n".join(errs) or "OK")
sys.exit(1 if errs else 0)
