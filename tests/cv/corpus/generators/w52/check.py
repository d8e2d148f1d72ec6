#!/usr/bin/env python3
"""Validate w52 truth.jsonl against the brief's contract and the files themselves."""
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
         "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
         "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
             "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        ey, em = map(int, e["end"].split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(s)


def xml_text(data):
    data = re.sub(r"<w:tab/>|<text:tab/>|</w:p>|</text:p>|</text:h>|<text:s[^>]*/>", " ", data)
    t = re.sub(r"<[^>]+>", "", data)
    return (t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", '"').replace("&apos;", "'"))


def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\(line|par|tab)\b", " ", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    s = re.sub(r"\{\\fonttbl.*?;\}\}", "", s)
    return s.replace("{", "").replace("}", "").replace("\\\\", "\\")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace")
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        names = [n for n in z.namelist() if (n.startswith("word/") and n.endswith(".xml")) or n in ("content.xml", "styles.xml")]
        return " ".join(xml_text(z.read(n).decode("utf-8")) for n in names)
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()


def main():
    lines = open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8").read().splitlines()
    recs = [json.loads(x) for x in lines if x.strip()]
    files = sorted(os.listdir(FILES))
    names = [r["file"] for r in recs]
    if sorted(names) != files:
        err("truth", f"files/ and truth.jsonl differ: {set(files) ^ set(names)}")
    if len(set(names)) != len(names):
        err("truth", "duplicate file names")
    counts = {"readable": 0, "scan": 0, "damaged": 0}
    for r in recs:
        f = r["file"]
        m = re.fullmatch(r"w52_(\d{3})_([a-z0-9_]+)\.(pdf|docx|odt|rtf|txt|png|jpg)", f)
        if not m or m.group(2) != r["layout"]:
            err(f, "bad file name / layout")
        path = os.path.join(FILES, f)
        if r.get("error"):
            counts["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged record must be exactly file/layout/error")
            continue
        scan = r.get("needs_ocr") is True
        counts["scan" if scan else "readable"] += 1
        want = set(KEYS) | ({"needs_ocr"} if scan else set())
        if set(r) != want:
            err(f, f"keys differ: {set(r) ^ want}")
            continue
        if not isinstance(r["full_name"], str) or not r["full_name"].strip():
            err(f, "full_name")
        if re.search(r"\b(Dr|MD|MBBS|MBChB)\b\.?", r["full_name"]):
            err(f, "title/degree in full_name")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(r["is_student"], bool):
            err(f, "is_student")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = r[k]
            if not (v is None or (isinstance(v, int) and 100 <= v <= 300)):
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
        ents = r["usce_entries"]
        for e in ents:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"entry keys {e}")
                continue
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, f"entry type {e}")
            if e["specialty"] not in SPECS:
                err(f, f"entry specialty {e}")
            if e["state"] not in STATES:
                err(f, f"entry state {e}")
            if not (re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["end"])):
                err(f, f"entry dates {e}")
            elif e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, f"entry order {e}")
        if r["usce_months"] != months(ents):
            err(f, f"usce_months {r['usce_months']} != {months(ents)}")
        clin = [e for e in ents if e["type"] in ("hands_on", "observership")]
        if r["usce_months_clinical"] != months(clin):
            err(f, f"usce_months_clinical {r['usce_months_clinical']} != {months(clin)}")
        if not os.path.exists(path):
            continue
        if scan:
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode().strip()
                fonts = subprocess.run(["pdffonts", path], capture_output=True).stdout.decode().splitlines()[2:]
                if t or fonts:
                    err(f, "scan PDF has a text layer / fonts")
            else:
                from PIL import Image
                Image.open(path).verify()
        else:
            t = norm(extract(path))
            if norm(r["full_name"]) not in t:
                err(f, "full_name not found in extracted text")
            if norm(r["email"]) not in t:
                err(f, "email not found in extracted text")
    # damaged files really are broken
    for r in recs:
        if r.get("error"):
            path = os.path.join(FILES, r["file"])
            if r["file"].endswith(".pdf"):
                res = subprocess.run(["pdftotext", path, "-"], capture_output=True)
                if res.returncode == 0 and res.stdout.strip():
                    err(r["file"], "damaged PDF still yields text")
            elif r["file"].endswith(".docx") and zipfile.is_zipfile(path):
                err(r["file"], "damaged docx is a valid zip")
    print(f"counts: {counts}")
    if counts["readable"] + counts["scan"] + counts["damaged"] < 18:
        err("truth", "fewer than 18 files")
    if errors:
        print("\n".join(errors))
        print(f"0 passed, {len(errors)} failed")
        sys.exit(1)
    print(f"{len(recs)} passed, 0 failed")


if __name__ == "__main__":
    main()
