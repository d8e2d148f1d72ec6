"""Check truth.jsonl: keys, enums, specialties, phones, month counts; and that text PDFs show name/email/phone."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import count_months  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
             "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errs = []


def bad(f, msg):
    errs.append(f"{f}: {msg}")


rows = [json.loads(x) for x in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = set(os.listdir(os.path.join(ROOT, "files")))
seen = set()
for r in rows:
    f = r["file"]
    seen.add(f)
    if f not in files:
        bad(f, "missing file")
    if not re.fullmatch(r"w11_\d{3}_[a-z0-9_]+\.(pdf|png)", f):
        bad(f, "bad name")
    for k in KEYS:
        if k not in r:
            bad(f, "missing key " + k)
    if r.get("error"):
        continue
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        bad(f, "phone")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", r["email"] or ""):
        bad(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
        bad(f, "country")
    if r["is_student"] != (r["graduation_year"] > 2026):
        bad(f, "is_student vs graduation_year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        bad(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
            bad(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        bad(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        bad(f, "visa")
    for s in r["specialties"]:
        if s not in SPECS:
            bad(f, "specialty " + s)
    if not r["languages"] or not all(isinstance(x, str) for x in r["languages"]):
        bad(f, "languages")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            bad(f, "usce type")
        if e["specialty"] not in SPECS:
            bad(f, "usce specialty " + e["specialty"])
        if e["state"] not in STATES:
            bad(f, "state")
        if not re.fullmatch(r"\d{4}-\d{2}", e["start"]) or not (e["end"] == "present" or re.fullmatch(r"\d{4}-\d{2}", e["end"])):
            bad(f, "dates")
        if e["end"] != "present" and e["end"] < e["start"]:
            bad(f, "end<start")
    if r["usce_months"] != count_months(r["usce_entries"]):
        bad(f, "usce_months")
    if r["usce_months_clinical"] != count_months(r["usce_entries"], True):
        bad(f, "usce_months_clinical")
    if r.get("needs_ocr"):
        continue
    # text check on the PDF itself
    txt = subprocess.run(["pdftotext", "-layout", os.path.join(ROOT, "files", f), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", txt)
    if r["full_name"] not in flat:
        bad(f, "name not in text")
    if r["email"] not in flat:
        bad(f, "email not in text")
    digits = re.sub(r"\D", "", flat)
    if r["phone_e164"][1:] not in digits:
        bad(f, "phone digits not in text")
    if not all(w.lower() in flat.lower() for w in r["medical_school"].split()):
        bad(f, "school not in text")

for f in files - seen:
    bad(f, "file without truth row")
print(f"{len(rows)} rows, {len(files)} files")
print("\n".join(errs) if errs else "ALL OK")
sys.exit(1 if errs else 0)
