# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against the contract and the files in ../files."""
import os, sys, json, re, subprocess, zipfile, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m):
    errs.append(f"{f}: {m}")

def months(entries, kinds=None):
    s = set()
    for e in entries:
        if kinds and e["type"] not in kinds:
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)

def norm(t):
    t = unicodedata.normalize("NFC", t)
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).lower()

def xml_text(data):
    data = re.sub(r"<(w:p|text:p|text:h|w:tab|w:br|text:line-break|table:table-cell)\b[^>]*>", " ", data)
    return re.sub(r"<[^>]+>", "", data)

def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml")):
                out.append(xml_text(z.read(n).decode("utf-8")))
        import html
        return html.unescape(" ".join(out))
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/p", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", d, path], capture_output=True, timeout=120)
        return open(os.path.join(d, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8", errors="replace").read()
    raise ValueError(ext)

recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in recs) != names:
    err("truth", "file set differs from files/")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in recs:
    f = r["file"]; p = os.path.join(FILES, f)
    if not re.fullmatch(r"w35_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
        err(f, "bad file name")
    if f.split("_")[1] != "%03d" % (sorted(names).index(f) + 1):
        err(f, "numbering gap")
    if not f[:-len(f.rsplit('.', 1)[1]) - 1].endswith(r["layout"]):
        err(f, "layout not in name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"} or r["error"] is not True:
            err(f, "damaged record must be only file/layout/error")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = set(KEYS) | ({"needs_ocr"} if scan else set())
    if set(r) != want:
        err(f, f"keys differ: {set(r) ^ want}")
        continue
    if not r["full_name"] or re.search(r"\b(Dr|MD|MBBS)\b\.?", r["full_name"].replace("Md.", "")):
        err(f, "full_name has title/degree")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
        err(f, "email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg enum")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa enum")
    if any(s not in SPECS for s in r["specialties"]):
        err(f, "specialty vocab")
    if "Farsi" in r["languages"] or not r["languages"]:
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type")
        if e["specialty"] not in SPECS:
            err(f, "entry specialty")
        if e["state"] not in STATES:
            err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
            err(f, "entry date format")
        elif e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "entry date order / future")
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, f"usce_months {r['usce_months']} != recount {months(r['usce_entries'])}")
    if months(r["usce_entries"], {"hands_on", "observership"}) != r["usce_months_clinical"]:
        err(f, "usce_months_clinical recount")
    ext = f.rsplit(".", 1)[1]
    if scan:
        if ext == "pdf":
            t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout.strip()
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if t or len(fonts) > 2:
                err(f, "scan PDF has a text layer / fonts")
        elif ext not in ("png", "jpg"):
            err(f, "scan must be pdf/png/jpg")
    else:
        if ext not in ("pdf", "docx", "odt", "rtf", "txt"):
            err(f, "readable ext")
        txt = norm(extract(p))
        if norm(r["full_name"]) not in txt:
            err(f, "full_name not found in text")
        if r["email"].lower() not in txt:
            err(f, "email not found in text")
for e in errs:
    print("FAIL", e)
print(f"{len(recs)} records: {kinds}; {len(errs)} problems")
sys.exit(1 if errs else 0)
