# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the brief's contract and the files in files/."""
import os, re, sys, json, zipfile, subprocess, tempfile, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries):
    S = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            S.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(S)


def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<(w:p|text:p|text:h|w:tab|w:br|text:tab|text:line-break)[ />]", r" <\1 ", x)
                parts.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape(" ".join(parts))
    if ext == "rtf":
        d = tempfile.mkdtemp(prefix="w60chk")
        try:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/prof", "--headless", "--convert-to",
                            "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True, timeout=180)
            t = os.path.join(d, os.path.basename(path)[:-4] + ".txt")
            return open(t, encoding="utf-8-sig").read() if os.path.exists(t) else ""
        finally:
            shutil.rmtree(d, ignore_errors=True)
    return ""


def norm(s):
    return re.sub(r"\s+", "", s).lower()


lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
names = [t["file"] for t in lines]
if len(set(names)) != len(names):
    err("truth", "duplicate file entries")
ondisk = sorted(os.listdir(FILES))
if sorted(names) != ondisk:
    err("truth", f"files mismatch: {set(names) ^ set(ondisk)}")
counts = {"readable": 0, "scan": 0, "damaged": 0}
for t in lines:
    f = t["file"]; p = os.path.join(FILES, f)
    if not re.fullmatch(r"w60_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
        err(f, "bad file name")
    if not f.split("_", 2)[2].startswith(t["layout"]):
        err(f, "layout not in file name")
    if t.get("error"):
        counts["damaged"] += 1
        if set(t) != {"file", "layout", "error"} or t["error"] is not True:
            err(f, "damaged entry must have only file/layout/error")
        # really damaged?
        if f.endswith(".pdf"):
            r = subprocess.run(["pdftotext", "-q", p, "-"], capture_output=True, text=True)
            if r.returncode == 0 and r.stdout.strip():
                err(f, "damaged pdf is readable")
        elif f.endswith(".docx"):
            if zipfile.is_zipfile(p):
                err(f, "damaged docx is a valid zip")
        continue
    scan = t.get("needs_ocr") is True
    exp = KEYS + (["needs_ocr"] if scan else [])
    if set(t) != set(exp):
        err(f, f"keys differ: {set(t) ^ set(exp)}")
        continue
    counts["scan" if scan else "readable"] += 1
    if t["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"] or ""):
        err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"]):
        err(f, "country")
    if not isinstance(t["graduation_year"], int) or isinstance(t["graduation_year"], bool):
        err(f, "graduation_year int")
    if not isinstance(t["is_student"], bool):
        err(f, "is_student bool")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = t[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)):
            err(f, k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg enum")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa enum")
    if not all(s in SPECS for s in t["specialties"]):
        err(f, "specialty vocab")
    if not isinstance(t["languages"], list) or not all(isinstance(x, str) for x in t["languages"]):
        err(f, "languages")
    if not isinstance(t["publications"], int) or t["publications"] < 0:
        err(f, "publications")
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, f"entry keys {e}")
            continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type")
        if e["specialty"] not in SPECS:
            err(f, f"entry specialty {e['specialty']}")
        if e["state"] not in STATES:
            err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
            err(f, "entry date format")
        elif e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "entry date order / future")
    if t["usce_months"] != months(t["usce_entries"]):
        err(f, f"usce_months {t['usce_months']} != {months(t['usce_entries'])}")
    clin = [e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if t["usce_months_clinical"] != months(clin):
        err(f, "usce_months_clinical")
    p_ext = f.rsplit(".", 1)[1]
    if scan:
        if p_ext == "pdf":
            txt = subprocess.run(["pdftotext", "-q", p, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if txt.strip() or len(fonts) > 2:
                err(f, "scan PDF has a text layer / fonts")
        elif p_ext not in ("png", "jpg"):
            err(f, "scan must be pdf/png/jpg")
        continue
    if p_ext in ("png", "jpg"):
        err(f, "readable file cannot be an image")
    txt = text_of(p)
    if norm(t["full_name"]) not in norm(txt):
        err(f, f"name '{t['full_name']}' not in text")
    if norm(t["email"]) not in norm(txt):
        err(f, "email not in text")

print("counts:", counts)
if counts != {"readable": 16, "scan": 5, "damaged": 3}:
    err("truth", f"unexpected counts {counts}")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
