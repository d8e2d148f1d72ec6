"""Independent checks of truth.jsonl against the rendered files (does not use people.py)."""
import json, os, re, subprocess, zipfile, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
             "PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
errs = []


def err(f, m): errs.append(f"{f}: {m}")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        ye, me = min((ye, me), (2026, 12))
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None
    if ext in ("docx", "odt"):
        try:
            z = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            return None
        out = []
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml")):
                x = z.read(n).decode("utf-8")
                out.append(re.sub(r"<[^>]+>", " ", x))
        return " ".join(out)
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return ""


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
assert len(recs) == 24, len(recs)
files = sorted(os.listdir(FILES))
assert sorted(r["file"] for r in recs) == files, "file list mismatch"
counts = {"readable": 0, "scan": 0, "damaged": 0}
layouts = set()
for r in recs:
    f = r["file"]; path = os.path.join(FILES, f)
    if not f.startswith("w124_") or f"_{r['layout']}." not in f: err(f, "name/layout mismatch")
    if r.get("error"):
        counts["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged record has extra keys")
        t = text_of(path)
        if f.endswith(".pdf"):
            rr = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if rr.returncode == 0 and rr.stdout.strip(): err(f, "damaged pdf still yields text")
            enc = subprocess.run(["pdfinfo", path], capture_output=True)
            print(f"  {f}: pdftotext rc={rr.returncode} pdfinfo rc={enc.returncode} {rr.stderr.decode()[:80]!r}")
        elif t is not None:
            err(f, "damaged docx opens as zip")
        continue
    for k in KEYS:
        if k not in r: err(f, f"missing {k}")
    scan = r.get("needs_ocr") is True
    counts["scan" if scan else "readable"] += 1
    if not scan: layouts.add(r["layout"])
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"): err(f, "bad E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): err(f, "bad email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "bad country")
    if not isinstance(r["graduation_year"], int): err(f, "grad year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    for s in r["specialties"]:
        if s not in SPECS: err(f, f"spec {s}")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] is not None and e["specialty"] not in SPECS: err(f, "entry spec")
        if e["state"] not in STATES: err(f, "state")
        if not (re.fullmatch(r"\d{4}-\d\d", e["start"]) and re.fullmatch(r"\d{4}-\d\d", e["end"]) and e["start"] <= e["end"]): err(f, "dates")
    if months(r["usce_entries"]) != r["usce_months"]: err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, f"clinical months {r['usce_months_clinical']} != {months(r['usce_entries'], True)}")
    if scan:
        if f.endswith(".pdf"):
            rr = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if rr.stdout.strip(): err(f, "scan pdf has a text layer")
            ff = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(ff) > 2: err(f, "scan pdf has fonts")
        continue
    t = text_of(path)
    if t is None: err(f, "cannot extract text"); continue
    t = norm(t)
    if r["full_name"] not in t: err(f, "name not in text")
    if r["email"] not in t: err(f, "email not in text")
print("counts", counts, "distinct readable layouts", len(layouts))
if counts != {"readable": 16, "scan": 5, "damaged": 3}: errs.append("counts wrong")
print("\n".join(errs) if errs else "ALL OK")
sys.exit(1 if errs else 0)
