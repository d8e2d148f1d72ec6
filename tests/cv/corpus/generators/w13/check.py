# -*- coding: utf-8 -*-
"""Validates truth.jsonl: keys, enums, specialties, phone format, month recount, files present, text content."""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..")
sys.path.insert(0, os.path.dirname(__file__))
from build_truth import KEYS  # noqa: E402

SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())


def months(es, types=None):
    s = set()
    for e in es:
        if types and e["type"] not in types:
            continue
        a = tuple(map(int, e["start"].split("-")))
        b = (2026, 12) if e["end"] == "present" else tuple(map(int, e["end"].split("-")))
        y, m = a
        assert a <= b, e
        while (y, m) <= b:
            s.add((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(s)


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if path.endswith(".odt"):
        import zipfile
        x = zipfile.ZipFile(path).read("content.xml").decode()
        return re.sub(r"<[^>]+>", " ", x)
    return None


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    for r in rows:
        f = r["file"]
        p = os.path.join(ROOT, "files", f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing file")
        for k in KEYS:
            if k not in r:
                errs.append(f"{f}: missing key {k}")
        if r.get("error"):
            continue
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            errs.append(f"{f}: ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            errs.append(f"{f}: visa")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            errs.append(f"{f}: step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
                errs.append(f"{f}: {k}")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            errs.append(f"{f}: phone {r['phone_e164']}")
        for s in r["specialties"]:
            if s not in SPECS:
                errs.append(f"{f}: specialty {s}")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            errs.append(f"{f}: country")
        if r["is_student"] != (r["graduation_year"] > 2026):
            errs.append(f"{f}: is_student vs year")
        for e in r["usce_entries"]:
            if e["type"] not in ("hands_on", "observership", "research", "telehealth") or e["specialty"] not in SPECS \
                    or e["state"] not in STATES or not re.fullmatch(r"\d{4}-\d{2}", e["start"]) \
                    or not (e["end"] == "present" or re.fullmatch(r"\d{4}-\d{2}", e["end"])):
                errs.append(f"{f}: bad entry {e}")
        if months(r["usce_entries"]) != r["usce_months"]:
            errs.append(f"{f}: usce_months")
        if months(r["usce_entries"], {"hands_on", "observership"}) != r["usce_months_clinical"]:
            errs.append(f"{f}: usce_months_clinical")
        # the text layer (when there is one) must contain name / email / phone digits
        if not r.get("needs_ocr"):
            t = text_of(p)
            if t is not None:
                flat = re.sub(r"\s+", " ", t)
                digits = re.sub(r"\D", "", t)
                if r["email"] not in flat.replace(" ", "") and r["email"] not in flat:
                    errs.append(f"{f}: email not in text")
                if r["phone_e164"][1:] not in digits:
                    errs.append(f"{f}: phone not in text")
                last = r["full_name"].split()[-1]
                if last not in flat and last.upper() not in flat and " ".join(last.upper()) not in flat:
                    errs.append(f"{f}: name not in text")
        else:
            if p.endswith(".pdf"):
                t = text_of(p)
                if t and t.strip():
                    errs.append(f"{f}: scan has a text layer")
    print(f"{len(rows)} rows; {len(errs)} problems")
    for e in errs:
        print("  ", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
