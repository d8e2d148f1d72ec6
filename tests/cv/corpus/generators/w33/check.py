# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the contract and the files in files/."""
import json
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        ye, me = map(int, e["end"].split("-"))
        if (y, m) > (ye, me):
            return None
        while (y, m) <= (ye, me):
            s.add((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(s)


def xml_text(data):
    data = re.sub(r"<[^>]+>", " ", data)
    return data.replace("&amp;", "&").replace("&apos;", "'").replace("&quot;", '"')


def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\s?\??", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), s)
    s = re.sub(r"\\[a-zA-Z]+-?\d* ?", " ", s)
    return s.replace("{", " ").replace("}", " ")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        return " ".join(xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                        if n.endswith(".xml") and ("word/" in n or n in ("content.xml", "styles.xml")))
    if ext == "rtf":
        return rtf_text(open(path, encoding="latin-1").read())
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names:
    err("-", "truth files != files/ listing")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]
    if not re.fullmatch(r"w33_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
        err(f, "bad file name")
    if f.endswith(".html"):
        err(f, "html not accepted")
    path = os.path.join(FILES, f)
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row must have only file/layout/error")
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if t.returncode == 0 and t.stdout.strip():
                err(f, "damaged pdf is readable")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = set(KEYS) | ({"needs_ocr"} if scan else set())
    if set(r) != want:
        err(f, f"keys differ: {set(r) ^ want}")
        continue
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
        err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1995 <= r["graduation_year"] <= 2030:
        err(f, "graduation_year")
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
        err(f, f"specialties {r['specialties']}")
    if not isinstance(r["publications"], int) or not isinstance(r["is_student"], bool):
        err(f, "types")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "usce keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "usce type")
        if e["specialty"] not in SPECS or e["state"] not in STATES:
            err(f, f"usce spec/state {e}")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"])) or e["end"] > "2026-12":
            err(f, "usce dates")
    if months(r["usce_entries"]) != r["usce_months"]:
        err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]:
        err(f, "usce_months_clinical")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip():
                err(f, "scan has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2:
                err(f, "scan pdf has fonts")
        continue
    txt = norm(text_of(path))
    if norm(r["full_name"]) not in txt:
        err(f, "name not in text")
    if r["email"].lower() not in txt.replace(" ", ""):
        err(f, "email not in text")
    elif r["email"].lower() not in txt:
        err(f, "email only found with whitespace removed")
print(kinds)
if errors:
    print("\n".join(errors))
    print(f"0 passed, {len(errors)} failed")
    sys.exit(1)
print(f"{len(rows)} passed, 0 failed")
