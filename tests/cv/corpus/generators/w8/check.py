# -*- coding: utf-8 -*-
"""Check truth.jsonl against files/ and recompute USCE months from the entries."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
bad = []
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}


def mset(es):
    s = set()
    for e in es:
        y, m = map(int, e["start"].split("-"))
        ey, em = map(int, ("2026-12" if e["end"] == "present" else e["end"]).split("-"))
        if (y, m) > (ey, em):
            bad.append(f"start after end {e}")
        while (y, m) <= (ey, em):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return s


names = [r["file"] for r in rows]
if len(set(names)) != len(names):
    bad.append("duplicate rows")
on_disk = set(os.listdir(FILES))
for f in on_disk - set(names):
    bad.append(f"file without row: {f}")
for r in rows:
    f = r["file"]
    if f not in on_disk:
        bad.append(f"row without file: {f}")
    if not re.match(r"^w8_\d{3}_[a-z0-9_]+\.(pdf|docx|txt|odt|rtf|png|jpg)$", f):
        bad.append(f"bad name {f}")
    if r.get("error"):
        if set(r) != {"file", "layout", "error"}:
            bad.append(f"{f}: error row has extra keys")
        continue
    miss = [k for k in KEYS if k not in r]
    if miss:
        bad.append(f"{f}: missing {miss}")
        continue
    if f.endswith((".png", ".jpg")) or "scan" in r["layout"]:
        if r.get("needs_ocr") is not True:
            bad.append(f"{f}: scan without needs_ocr")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            bad.append(f"{f}: type {e['type']}")
        if not re.match(r"^[A-Z]{2}$", e["state"]):
            bad.append(f"{f}: state")
        for k in ("start", "end"):
            if not (e[k] == "present" or re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e[k])):
                bad.append(f"{f}: date {e[k]}")
    if r["usce_months"] != len(mset(r["usce_entries"])):
        bad.append(f"{f}: usce_months {r['usce_months']} != {len(mset(r['usce_entries']))}")
    clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if r["usce_months_clinical"] != len(mset(clin)):
        bad.append(f"{f}: usce_months_clinical")
    for s in r["specialties"]:
        if s not in SPEC:
            bad.append(f"{f}: specialty {s}")
    if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]):
        bad.append(f"{f}: phone")
    s1 = r["usmle_step1"]
    if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        bad.append(f"{f}: step1")
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"):
        bad.append(f"{f}: ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"):
        bad.append(f"{f}: visa")
print(f"{len(rows)} rows, {len(on_disk)} files")
if bad:
    print("\n".join(bad)); sys.exit(1)
print("OK")
