# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the brief's contract and the files themselves."""
import os, re, json, sys, subprocess, zipfile, html, unicodedata, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]
errors = []
def err(f, m): errors.append("%s: %s" % (f, m))

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(s)

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).casefold()

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)
                x = re.sub(r"<w:tab/>|<text:tab/>", "\t", x)
                out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(out)
    if ext == "rtf":
        d = tempfile.mkdtemp(prefix="w78chk")
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w78_lo_chk", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True, timeout=180)
        return open(os.path.join(d, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8-sig").read()
    raise ValueError(ext)

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names: err("truth", "file list mismatch with files/")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w78_\d{3}_%s\.(pdf|docx|odt|rtf|txt|png|jpg)" % re.escape(r["layout"]), f): err(f, "bad name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        if f.endswith(".pdf"):
            rc = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if rc.returncode == 0: err(f, "damaged pdf still readable")
        if f.endswith(".docx") and zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    exp = KEYS + (["needs_ocr"] if scan else [])
    if sorted(r) != sorted(exp): err(f, "keys %s" % sorted(set(r) ^ set(exp)))
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032: err(f, "grad year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs graduation_year")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
    if not all(s in SPEC for s in r["specialties"]): err(f, "specialty vocab")
    if not isinstance(r["languages"], list) or not r["languages"]: err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPEC: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])
                and e["start"] <= e["end"] <= "2026-12"): err(f, "entry dates %s" % e)
    if r["usce_months"] != months(r["usce_entries"]): err(f, "usce_months recount")
    if r["usce_months_clinical"] != months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]):
        err(f, "usce_months_clinical recount")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2: err(f, "scan PDF has a text layer")
        continue
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t: err(f, "name not in text")
    if norm(r["email"]) not in t: err(f, "email not in text")

print("counts:", kinds)
if kinds["readable"] + kinds["scan"] + kinds["damaged"] < 18: err("set", "fewer than 18 files")
if errors:
    print("\n".join(errors)); print("FAIL (%d)" % len(errors)); sys.exit(1)
print("OK: %d rows validated" % len(rows))
