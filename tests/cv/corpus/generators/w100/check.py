# -*- coding: utf-8 -*-
"""Validates ../truth.jsonl against ../files (writer w100)."""
import json, os, re, subprocess, sys, tempfile, zipfile, unicodedata
from months import months

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
READABLE_EXT = {".pdf", ".docx", ".odt", ".rtf", ".txt"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext in (".docx", ".odt"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml"))]
        out = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)
            x = re.sub(r"<w:tab/>|<text:tab/>", "\t", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(x.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'"))
        return "\n".join(out)
    if ext == ".rtf":
        d = tempfile.mkdtemp(prefix="w100chk")
        subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file:///tmp/w100work/lo_check",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True)
        t = os.path.join(d, os.path.basename(path)[:-4] + ".txt")
        return open(t, encoding="utf-8-sig").read() if os.path.exists(t) else ""
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()


recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
names = [r["file"] for r in recs]
if len(set(names)) != len(names):
    err("truth", "duplicate file names")
if sorted(names) != sorted(os.listdir(FILES)):
    err("truth", "files/ and truth.jsonl differ: %s" % set(names).symmetric_difference(os.listdir(FILES)))
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in recs:
    f = r["file"]
    path = os.path.join(FILES, f)
    if not re.match(r"^w100_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
        err(f, "bad name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged record must have only file/layout/error")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = KEYS + (["needs_ocr"] if scan else [])
    if sorted(r) != sorted(want):
        err(f, "keys %s" % set(r).symmetric_difference(want))
        continue
    if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"] or ""):
        err(f, "email")
    if not re.match(r"^[A-Z]{2}$", r["medical_school_country"] or ""):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if not isinstance(r["is_student"], bool) or r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa")
    if not set(r["specialties"]) <= SPECS:
        err(f, "specialties %s" % r["specialties"])
    if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]):
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    for e in r["usce_entries"]:
        if sorted(e) != ["end", "specialty", "start", "state", "type"]:
            err(f, "entry keys"); continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type")
        if e["specialty"] not in SPECS:
            err(f, "entry specialty")
        if e["state"] not in STATES:
            err(f, "entry state")
        if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])) or e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "entry dates %s" % e)
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, "usce_months %s != %s" % (r["usce_months"], months(r["usce_entries"])))
    clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if months(clin) != r["usce_months_clinical"]:
        err(f, "usce_months_clinical")
    ext = os.path.splitext(f)[1]
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        err(f, "missing/empty"); continue
    if scan:
        if ext == ".pdf":
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip():
                err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2:
                err(f, "scan PDF has fonts")
        else:
            from PIL import Image
            Image.open(path).verify()
        continue
    if ext not in READABLE_EXT:
        err(f, "readable ext")
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t:
        err(f, "name not in text")
    if norm(r["email"]) not in t:
        err(f, "email not in text")

print("kinds:", kinds)
if errors:
    print("\n".join(errors))
    print("0 passed, %d failed" % len(errors))
    sys.exit(1)
print("%d passed, 0 failed" % len(recs))
