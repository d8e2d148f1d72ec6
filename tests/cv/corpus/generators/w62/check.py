# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against ../files. Exit code 1 on any problem."""
import json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
             "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def strip_xml(b):
    t = b.decode("utf-8", "replace")
    t = re.sub(r"<text:s[^>]*/>", " ", t)
    t = re.sub(r"<(w:tab|w:br|text:tab|text:line-break)[^>]*/>", " ", t)
    t = re.sub(r"</(w:p|text:p|text:h)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    import html
    return html.unescape(t)


def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\(par|tab|line)\b ?", "\n", s)
    s = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None
    if ext in ("docx", "odt"):
        try:
            z = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            return None
        names = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml"))]
        return "\n".join(strip_xml(z.read(n)) for n in names)
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return ""


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
on_disk = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != on_disk:
    err("*", "truth files != files on disk")
if len(rows) != 24:
    err("*", "expected 24 rows, got %d" % len(rows))
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w62_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
        err(f, "bad file name")
    if not f.startswith("w62_%s_%s." % (f[4:7], r["layout"])):
        err(f, "layout does not match file name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row has extra keys")
        t = text_of(path) if f.endswith((".pdf", ".docx")) else None
        if t:
            err(f, "damaged file still yields text")
        continue
    scan = bool(r.get("needs_ocr"))
    kinds["scan" if scan else "readable"] += 1
    exp_keys = KEYS + (["needs_ocr"] if scan else [])
    if list(r) != exp_keys:
        err(f, "keys differ: %s" % (set(r) ^ set(exp_keys)))
        continue
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]):
        err(f, "email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1990 <= r["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    if not (r["usmle_step1"] in ("pass", "fail", None) or (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa")
    if not set(r["specialties"]) <= SPECS:
        err(f, "specialty outside vocabulary")
    if not r["languages"] or not all(isinstance(x, str) for x in r["languages"]):
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "usce keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "usce type")
        if e["specialty"] not in SPECS:
            err(f, "usce specialty")
        if e["state"] not in STATES:
            err(f, "usce state")
        if not (re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["end"])):
            err(f, "usce date format")
        elif not e["start"] <= e["end"] <= "2026-12":
            err(f, "usce date order")
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, "usce_months %s != recount %s" % (r["usce_months"], months(r["usce_entries"])))
    clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if months(clin) != r["usce_months_clinical"]:
        err(f, "usce_months_clinical mismatch")
    ext = f.rsplit(".", 1)[1]
    if scan:
        if ext == "pdf":
            t = text_of(path) or ""
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()[2:]
            if t.strip() or fonts:
                err(f, "scan PDF has a text layer")
        elif ext not in ("png", "jpg"):
            err(f, "scan must be pdf/png/jpg")
        continue
    if ext in ("png", "jpg"):
        err(f, "readable file is an image")
    t = text_of(path)
    if t is None:
        err(f, "cannot extract text")
        continue
    nt = norm(t)
    if norm(r["full_name"]) not in nt:
        err(f, "full_name not in text")
    # an e-mail wrapped across lines (LinkedIn sidebar) still counts: compare without whitespace
    if norm(r["email"]) not in re.sub(r"\s+", "", nt):
        err(f, "email not in text")

print("counts:", kinds)
if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
    err("*", "expected 16/5/3")
for e in errors:
    print("FAIL", e)
print("OK" if not errors else "%d problem(s)" % len(errors))
sys.exit(1 if errors else 0)
