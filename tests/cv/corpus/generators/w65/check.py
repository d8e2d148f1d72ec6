# -*- coding: utf-8 -*-
"""Validate truth.jsonl for writer w65."""
import json, os, re, sys, subprocess, zipfile
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []


def err(f, m):
    errs.append("%s: %s" % (f, m))


def months(entries, clin=False):
    s = set()
    for u in entries:
        if clin and u["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, u["start"].split("-")); ye, me = map(int, u["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def rtf_text(raw):
    out = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    out = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), out)
    out = re.sub(r"\\[a-z]+-?\d* ?", " ", out)
    return out.replace("{", "").replace("}", "").replace("\\", "")


def xml_text(zf, names):
    t = []
    for n in names:
        x = zf.read(n).decode("utf-8")
        x = re.sub(r"</(w|text):p>", "\n", x)
        t.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(t))


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return xml_text(z, [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)])
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return xml_text(z, ["content.xml", "styles.xml"])
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
present = sorted(os.listdir(FILES))
if sorted(r["file"] for r in recs) != present:
    err("ALL", "truth files != files/ listing")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in recs:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.match(r"^w65_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
        err(f, "bad name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"} or r["error"] is not True:
            err(f, "damaged record must only have file/layout/error")
        continue
    scan = r.get("needs_ocr") is True
    exp = KEYS + (["needs_ocr"] if scan else [])
    if sorted(r) != sorted(exp):
        err(f, "keys mismatch %s" % (set(r) ^ set(exp)))
        continue
    if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"] or ""):
        err(f, "email")
    if not re.match(r"^[A-Z]{2}$", r["medical_school_country"]):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
        err(f, "grad year")
    if not isinstance(r["is_student"], bool):
        err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"):
        err(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"):
        err(f, "visa")
    if not all(s in SPECS for s in r["specialties"]) or len(set(r["specialties"])) != len(r["specialties"]):
        err(f, "specialties")
    if not r["languages"] or not all(isinstance(x, str) for x in r["languages"]):
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    for u in r["usce_entries"]:
        if sorted(u) != sorted(["type", "specialty", "state", "start", "end"]):
            err(f, "entry keys"); continue
        if u["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type")
        if u["specialty"] not in SPECS:
            err(f, "entry specialty")
        if u["state"] not in STATES:
            err(f, "entry state")
        if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", u["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", u["end"])):
            err(f, "entry date format"); continue
        if u["start"] > u["end"] or u["end"] > "2026-12":
            err(f, "entry date order")
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, "usce_months recount %d != %d" % (months(r["usce_entries"]), r["usce_months"]))
    if months(r["usce_entries"], True) != r["usce_months_clinical"]:
        err(f, "usce_months_clinical recount")
    if scan:
        kinds["scan"] += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2:
                err(f, "scan PDF has a text layer")
        else:
            from PIL import Image
            Image.open(path).verify()
    else:
        kinds["readable"] += 1
        t = norm(extract(path))
        if norm(r["full_name"]) not in t:
            err(f, "name not in text")
        if r["email"].lower() not in t.replace(" ", ""):
            err(f, "email not in text")
print("counts:", kinds)
if errs:
    print("\n".join(errs)); print("FAIL (%d)" % len(errs)); sys.exit(1)
print("OK: %d records" % len(recs))
