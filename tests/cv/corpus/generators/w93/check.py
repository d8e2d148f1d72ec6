# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against the contract and the files in ../files."""
import html, json, os, re, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
WRITER = "w93"
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
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


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def xml_text(x):
    x = re.sub(r"</(w:p|text:p|text:h)>|<w:br/>|<text:line-break/>|<w:tab/>|<text:tab/>|</w:tc>|</table:table-cell>", "\n", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))


def rtf_text(s):
    s = re.sub(r"\{\\(fonttbl|colortbl)(\{[^{}]*\}|[^{}])*\}", "", s)
    s = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\(par|line|cell|row|tab)\b ?", "\n", s)
    s = re.sub(r"\\([{}\\])", r"\1", s)
    s = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        names = [n for n in z.namelist() if re.match(r"(word/(document|header\d*|footer\d*)\.xml|content\.xml|styles\.xml)$", n)]
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in names)
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError("unsupported readable ext " + ext)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def months(e):
    y1, m1 = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
    return {(y, m) for y in range(y1, y2 + 1) for m in range(1, 13) if (y1, m1) <= (y, m) <= (y2, m2)}


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
on_disk = sorted(os.listdir(FILES))
named = [r["file"] for r in rows]
if sorted(named) != on_disk:
    err("truth", "files on disk and truth lines differ: %s" % (set(named) ^ set(on_disk)))
if len(set(named)) != len(named):
    err("truth", "duplicate file lines")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]
    path = os.path.join(FILES, f)
    if not re.match(r"^%s_(\d{3})_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$" % WRITER, f):
        err(f, "bad file name")
    if not r.get("layout") or not isinstance(r["layout"], str):
        err(f, "layout missing")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"} or r["error"] is not True:
            err(f, "damaged line must have only file/layout/error")
        data = open(path, "rb").read()
        if f.endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip():
                err(f, "damaged pdf still yields text")
        elif f.endswith(".docx"):
            if zipfile.is_zipfile(path):
                err(f, "damaged docx is a valid zip")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(r.keys()) != want:
        err(f, "keys %s != %s" % (list(r.keys()), want))
        continue
    if not isinstance(r["full_name"], str) or not r["full_name"].strip():
        err(f, "full_name")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"] or ""):
        err(f, "email")
    if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.match(r"^[A-Z]{2}$", r["medical_school_country"] or ""):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if not isinstance(r["is_student"], bool):
        err(f, "is_student")
    if r["is_student"] and r["graduation_year"] < 2027:
        err(f, "student graduating before reference date?")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg_status")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa_status")
    if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]):
        err(f, "specialties")
    if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]):
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    allm, clin = set(), set()
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "usce entry keys"); continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "usce type")
        if e["specialty"] not in SPECS:
            err(f, "usce specialty")
        if e["state"] not in STATES:
            err(f, "usce state")
        if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])):
            err(f, "usce dates format"); continue
        if e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "usce date order / future")
        m = months(e)
        allm |= m
        if e["type"] in ("hands_on", "observership"):
            clin |= m
    if r["usce_months"] != len(allm):
        err(f, "usce_months %s != recount %s" % (r["usce_months"], len(allm)))
    if r["usce_months_clinical"] != len(clin):
        err(f, "usce_months_clinical %s != recount %s" % (r["usce_months_clinical"], len(clin)))
    # file content
    if scan:
        if f.endswith(".pdf"):
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if txt.strip():
                err(f, "scan pdf has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
            if len(fonts) > 2:
                err(f, "scan pdf has fonts")
        else:
            from PIL import Image
            im = Image.open(path)
            if im.format not in ("PNG", "JPEG"):
                err(f, "scan image format")
    else:
        try:
            t = norm(extract(path))
        except Exception as ex:  # noqa
            err(f, "cannot extract text: %r" % ex); continue
        if norm(r["full_name"]) not in t:
            err(f, "name %r not found in text" % r["full_name"])
        if r["email"].casefold() not in t:
            err(f, "email not found in text")
print("counts:", kinds)
if kinds["readable"] < 10 or kinds["scan"] < 3 or kinds["damaged"] < 3:
    err("truth", "too few files of some kind")
if errors:
    print("FAIL")
    print("\n".join(errors))
    sys.exit(1)
print("OK: %d lines checked" % len(rows))
