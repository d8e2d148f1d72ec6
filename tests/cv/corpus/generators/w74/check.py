# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the brief's contract and the files themselves."""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA "
             "RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
READABLE_EXT = {"pdf", "docx", "odt", "rtf", "txt"}
errors = []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def strip_xml(x):
    x = re.sub(r"<(w:tab|text:tab|text:s)[^>]*/>", " ", x)
    x = re.sub(r"</(w:p|text:p|text:h)>", "\n", x)
    return re.sub(r"<[^>]+>", "", x)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        # both physical-layout and raw reading order (multi-column layouts split names/phones differently)
        return "\n".join(subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True).stdout
                         for mode in (["-layout"], ["-raw"]))
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        names = [n for n in z.namelist() if (n.startswith("word/") and n.endswith(".xml")) or n in ("content.xml", "styles.xml")]
        import html
        return html.unescape("\n".join(strip_xml(z.read(n).decode("utf-8")) for n in names))
    if ext == "rtf":
        raw = open(path, encoding="ascii").read()
        raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", " ", raw)
        return raw.replace("{", "").replace("}", "")
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()


lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
names = [l["file"] for l in lines]
ondisk = sorted(os.listdir(FILES))
if sorted(names) != ondisk:
    err("truth.jsonl", "file list mismatch: %s vs %s" % (set(names) ^ set(ondisk), ""))
if len(set(names)) != len(names):
    err("truth.jsonl", "duplicate file entries")
counts = {"readable": 0, "scan": 0, "damaged": 0}
for t in lines:
    f = t["file"]; path = os.path.join(FILES, f)
    if not re.match(r"^w74_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
        err(f, "bad file name")
    if t.get("error"):
        counts["damaged"] += 1
        if set(t) != {"file", "layout", "error"}:
            err(f, "damaged entry must have only file/layout/error")
        data = open(path, "rb").read()
        if f.endswith(".pdf"):
            r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if "bilal" in r.stdout.lower() or "sultan" in r.stdout.lower():
                err(f, "damaged PDF still yields the CV text")
        if f.endswith(".docx") and zipfile.is_zipfile(path):
            err(f, "random-bytes docx is a valid zip")
        continue
    scan = t.get("needs_ocr") is True
    exp = KEYS + (["needs_ocr"] if scan else [])
    if list(t.keys()) != exp:
        err(f, "keys differ: %s" % (set(t) ^ set(exp)))
    if not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"] or "+10000000"):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"]):
        err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"]):
        err(f, "country")
    if not isinstance(t["graduation_year"], int) or not 1980 <= t["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if t["is_student"] != (t["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation year (ref 2026-12-01)")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if t[k] is not None and not (isinstance(t[k], int) and 100 <= t[k] <= 300):
            err(f, k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa")
    if any(s not in SPECS for s in t["specialties"]):
        err(f, "specialty vocab")
    if not isinstance(t["publications"], int) or t["publications"] < 0:
        err(f, "publications")
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type")
        if e["specialty"] not in SPECS:
            err(f, "entry specialty")
        if e["state"] not in STATES:
            err(f, "entry state")
        if not (re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["end"])):
            err(f, "entry date format")
        elif e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "entry date order/range")
    if months(t["usce_entries"]) != t["usce_months"]:
        err(f, "usce_months %s != recount %s" % (t["usce_months"], months(t["usce_entries"])))
    if months(t["usce_entries"], True) != t["usce_months_clinical"]:
        err(f, "usce_months_clinical mismatch")
    ext = f.rsplit(".", 1)[1]
    if scan:
        counts["scan"] += 1
        if ext == "pdf":
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if txt.strip():
                err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2:
                err(f, "scan PDF has fonts")
        elif ext not in ("png", "jpg"):
            err(f, "scan must be pdf/png/jpg")
    else:
        counts["readable"] += 1
        if ext not in READABLE_EXT:
            err(f, "readable ext")
        txt = norm(extract(path))
        if norm(t["full_name"]) not in txt:
            err(f, "name not found in text")
        if t["email"].lower() not in txt.replace(" ", ""):
            err(f, "email not found in text")
        digits = re.sub(r"\D", "", txt)
        if t["phone_e164"] and t["phone_e164"][-8:] not in digits:
            err(f, "phone digits not found")
print("counts:", counts)
if errors:
    print("FAIL"); print("\n".join(errors)); sys.exit(1)
print("OK: %d entries validated" % len(lines))
