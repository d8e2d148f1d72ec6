# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the contract and the files."""
import json, os, re, subprocess, sys, zipfile, tempfile, html, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine","Family Medicine","Pediatrics","Psychiatry","Neurology","General Surgery","Obstetrics and Gynecology",
 "Emergency Medicine","Anesthesiology","Radiology","Pathology","Cardiology","Gastroenterology","Nephrology","Pulmonology/Critical Care",
 "Endocrinology","Rheumatology","Hematology/Oncology","Infectious Disease","Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file","layout","full_name","email","phone_e164","medical_school","medical_school_country","graduation_year","is_student",
 "usmle_step1","usmle_step2ck","usmle_step3","ecfmg_status","specialties","languages","visa_status","publications","usce_months",
 "usce_months_clinical","usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml")):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<(w:p|text:p|text:h|w:tab|text:tab|w:tc|table:table-cell)\b[^>]*>", " ", x)
                out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(out)
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{d}/lo", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", d, path], capture_output=True, timeout=180)
        return open(os.path.join(d, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8-sig").read()
    raise ValueError(ext)

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES)); seen = set()
for r in rows:
    f = r.get("file"); seen.add(f)
    if not re.fullmatch(r"w47_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f or ""): err(f, "bad name")
    if not os.path.exists(os.path.join(FILES, f)): err(f, "missing file"); continue
    if r.get("error"):
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row keys")
        continue
    exp = KEYS + (["needs_ocr"] if r.get("needs_ocr") else [])
    if set(r) != set(exp): err(f, f"keys {sorted(set(r) ^ set(exp))}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032: err(f, "grad year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not set(r["specialties"]) <= SPEC: err(f, "specialty vocab")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "pubs")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPEC: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])) or e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, f"entry dates {e}")
    if r["usce_months"] != months(r["usce_entries"]): err(f, "usce_months recount")
    if r["usce_months_clinical"] != months(r["usce_entries"], True): err(f, "usce_months_clinical recount")
    path = os.path.join(FILES, f)
    if r.get("needs_ocr"):
        if f.endswith(".pdf"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip(): err(f, "scan has text layer")
            if "Font" in open(path, "rb").read().decode("latin-1"): err(f, "scan has fonts")
        continue
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t: err(f, "name not in text")
    if r["email"].lower() not in t: err(f, "email not in text")
for n in names:
    if n not in seen: err(n, "file without truth row")
kinds = {"readable": sum(1 for r in rows if not r.get("error") and not r.get("needs_ocr")), "scan": sum(1 for r in rows if r.get("needs_ocr")),
         "damaged": sum(1 for r in rows if r.get("error"))}
print(kinds)
if kinds != {"readable": 16, "scan": 5, "damaged": 3}: err("-", f"counts {kinds}")
for e in errs: print("ERROR", e)
print(f"{len(rows) - len(errs)} passed, {len(errs)} failed" if not errs else f"FAILED with {len(errs)} errors")
sys.exit(1 if errs else 0)
