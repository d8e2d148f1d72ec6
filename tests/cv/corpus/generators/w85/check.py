# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the brief's contract and against the files themselves."""
import json, os, re, subprocess, sys, zipfile, html

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
             "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12:
                y, m = y + 1, 1
    return len(s)


def strip_xml(b):
    t = b.decode("utf-8", "replace")
    t = re.sub(r"</w:p>|</text:p>|</text:h>|<w:tab/>|<w:br/>", "\n", t)
    return html.unescape(re.sub(r"<[^>]+>", "", t))


def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\par\b", "\n", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        return "\n".join(strip_xml(z.read(n)) for n in z.namelist() if n.endswith(".xml"))
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = [r["file"] for r in rows]
if len(names) != len(set(names)):
    err("truth", "duplicate file names")
on_disk = sorted(os.listdir(FILES))
if sorted(names) != on_disk:
    err("truth", "files on disk and truth differ: %s" % (set(names) ^ set(on_disk)))
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]
    path = os.path.join(FILES, f)
    if not re.match(r"^w85_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
        err(f, "bad file name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row has extra keys")
        continue
    missing = [k for k in KEYS if k not in r]
    if missing:
        err(f, "missing keys %s" % missing)
        continue
    extra = set(r) - set(KEYS) - {"needs_ocr"}
    if extra:
        err(f, "extra keys %s" % extra)
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
        err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not isinstance(r["is_student"], bool):
        err(f, "grad year / is_student type")
    elif r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg enum")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa enum")
    for s in r["specialties"]:
        if s not in SPEC:
            err(f, "specialty %s" % s)
    if not isinstance(r["publications"], int) or not r["languages"]:
        err(f, "publications/languages")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type")
        if e["specialty"] not in SPEC or e["state"] not in STATES:
            err(f, "entry specialty/state %s" % e)
        if not (re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["end"])
                and e["start"] <= e["end"] <= "2026-12"):
            err(f, "entry dates %s" % e)
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, "usce_months %s != %s" % (r["usce_months"], months(r["usce_entries"])))
    if months(r["usce_entries"], True) != r["usce_months_clinical"]:
        err(f, "usce_months_clinical")
    ext = f.rsplit(".", 1)[-1]
    if r.get("needs_ocr"):
        kinds["scan"] += 1
        if ext == "pdf":
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip():
                err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
            if len(fonts) > 2:
                err(f, "scan PDF has fonts")
        elif ext not in ("png", "jpg"):
            err(f, "scan extension")
        continue
    kinds["readable"] += 1
    if ext in ("png", "jpg"):
        err(f, "image marked readable")
        continue
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t:
        err(f, "name %r not in text" % r["full_name"])
    if r["email"].lower() not in t:
        err(f, "email not in text")
    if r["phone_e164"]:
        digits = re.sub(r"\D", "", t)
        tail = r["phone_e164"][-7:]
        if tail not in digits:
            err(f, "phone digits not in text")

# damaged files must really be damaged
for r in rows:
    if not r.get("error"):
        continue
    path = os.path.join(FILES, r["file"])
    b = open(path, "rb").read()
    if r["file"].endswith(".pdf"):
        res = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
        if res.returncode == 0 and res.stdout.strip():
            err(r["file"], "damaged PDF still extracts text")
    elif r["file"].endswith(".docx"):
        try:
            zipfile.ZipFile(path)
            err(r["file"], "damaged docx opens as zip")
        except zipfile.BadZipFile:
            pass

print("kinds:", kinds)
if kinds["readable"] + kinds["scan"] + kinds["damaged"] < 18:
    err("truth", "fewer than 18 files")
for e in errors:
    print("ERROR", e)
print("%d passed, %d failed" % (len(rows) - len({e.split(':')[0] for e in errors}), len({e.split(':')[0] for e in errors})))
sys.exit(1 if errors else 0)
