"""Verify truth.jsonl: keys, enums, specialties, phone format, month counts, files exist."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from months import month_union
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
errs = []
rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = set(os.listdir(os.path.join(ROOT, "files")))
for r in rows:
    f = r.get("file"); E = lambda m: errs.append("%s: %s" % (f, m))
    for k in KEYS:
        if k not in r: E("missing " + k)
    if f not in files: E("file missing")
    if not f.startswith("w12_") : E("bad name")
    if r.get("error"):
        continue
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): E("phone " + r["phone_e164"])
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", r["email"] or ""): E("email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): E("country")
    if not isinstance(r["graduation_year"], int): E("gradyear")
    if r["is_student"] != (r["graduation_year"] > 2026): E("is_student vs year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): E("step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): E(k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): E("ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): E("visa")
    for s in r["specialties"]:
        if s not in SPEC: E("specialty " + s)
    if not isinstance(r["publications"], int): E("pubs")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): E("type")
        if e["specialty"] not in SPEC: E("entry specialty " + e["specialty"])
        if e["state"] not in STATES: E("state")
        if not re.fullmatch(r"\d{4}-\d{2}", e["start"]) or not (e["end"] == "present" or re.fullmatch(r"\d{4}-\d{2}", e["end"])): E("dates")
        if e["end"] != "present" and e["end"] < e["start"]: E("end<start")
    if r["usce_months"] != month_union(r["usce_entries"]): E("usce_months")
    if r["usce_months_clinical"] != month_union([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]): E("clinical months")
    if r["layout"].startswith("scan") and not r.get("needs_ocr"): E("needs_ocr")
for fn in files:
    if fn not in {r["file"] for r in rows}: errs.append("no truth for " + fn)
print("\n".join(errs) if errs else "OK: %d rows, all checks pass" % len(rows))
sys.exit(1 if errs else 0)
