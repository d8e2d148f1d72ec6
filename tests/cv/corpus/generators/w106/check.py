"""Independent check of truth.jsonl against the files. Usage: python check.py /work/blind/w106"""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = sys.argv[1]
FILES = os.path.join(ROOT, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
             "PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errs = []


def err(f, m):
    errs.append(f"{f}: {m}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2) and (y, m) <= (2026, 12):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True)
        r2 = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
        return r.stdout + "\n" + r2.stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        t = ""
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml"):
                t += re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8"))
        return t
    if ext == "rtf":
        raw = open(path, encoding="ascii").read()
        raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
        return re.sub(r"\\[a-z]+-?\d* ?|[{}]", " ", raw)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
assert len(recs) == 24, len(recs)
assert sorted(r["file"] for r in recs) == names, "file list mismatch"
counts = {"readable": 0, "scan": 0, "damaged": 0}
layouts = set()
for r in recs:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w106_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
        err(f, "bad name")
    if not f.split("_", 2)[2].startswith(r["layout"]):
        err(f, "layout tag not in name")
    if r.get("error"):
        counts["damaged"] += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged record has extra keys")
        ok_open = False
        if os.path.getsize(path) == 0:
            pass
        elif f.endswith(".pdf"):
            res = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            ok_open = res.returncode == 0 and len(res.stdout.strip()) > 0
        elif f.endswith(".docx"):
            try:
                zipfile.ZipFile(path); ok_open = True
            except Exception:
                pass
        if ok_open:
            err(f, "damaged file opens")
        continue
    for k in KEYS:
        if k not in r:
            err(f, f"missing {k}")
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", r["email"]):
        err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
        err(f, "country")
    if r["usmle_step1"] not in ("pass", "fail", None) and not (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa")
    for s in r["specialties"]:
        if s not in SPECS:
            err(f, f"specialty {s}")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPECS:
            err(f, "usce specialty")
        if e["state"] not in STATES:
            err(f, "state")
        if not (re.fullmatch(r"\d{4}-\d\d", e["start"]) and re.fullmatch(r"\d{4}-\d\d", e["end"]) and e["start"] <= e["end"]):
            err(f, "usce dates")
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if months(clin) != r["usce_months_clinical"]:
        err(f, f"usce_months_clinical {r['usce_months_clinical']} != {months(clin)}")
    layouts.add(r["layout"])
    if r.get("needs_ocr"):
        counts["scan"] += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip():
                err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2:
                err(f, "scan PDF has fonts")
        continue
    counts["readable"] += 1
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t:
        err(f, f"name not in text: {r['full_name']}")
    if r["email"] not in t:
        err(f, "email not in text")

print(counts, "distinct readable layouts:", len(layouts - {l for l in layouts if l.startswith("scan")}))
if counts != {"readable": 16, "scan": 5, "damaged": 3}:
    err("ALL", f"counts {counts}")
if len([l for l in layouts if not l.startswith("scan")]) < 8:
    err("ALL", "fewer than 8 readable layouts")
for e in errs:
    print("ERROR", e)
print("0 errors" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
