# -*- coding: utf-8 -*-
"""Validate /work/blind/w72/truth.jsonl against the brief's contract and the files themselves."""
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
PREFIX = "w72_"

SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
               "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
               "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
             "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
TYPES = {"hands_on", "observership", "research", "telehealth"}
ECFMG = {"certified", "pending", "not_certified", None}
VISA = {"citizen", "green_card", "j1", "h1b", "b1b2", None}
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
READABLE_EXT = {"pdf", "docx", "odt", "rtf", "txt"}

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def strip_xml(x):
    x = re.sub(r"<w:tab/>|<text:tab/>|</w:p>|</text:p>|</text:h>|<text:line-break/>|<w:br/>", " ", x)
    x = re.sub(r"<[^>]+>", "", x)
    for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        x = x.replace(a, b)
    return x


def rtf_text(raw):
    t = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), raw)
    t = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), t)
    t = re.sub(r"\\(line|par|tab)\b ?", " ", t)
    t = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", t)
    return t.replace("{", "").replace("}", "").replace("\\", "")


def extract_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace")
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        return " ".join(strip_xml(z.read(n).decode("utf-8")) for n in parts)
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return strip_xml(z.read("content.xml").decode("utf-8")) + " " + strip_xml(z.read("styles.xml").decode("utf-8"))
    if ext == "rtf":
        return rtf_text(open(path, encoding="latin-1").read())
    raise ValueError(ext)


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s)


def main():
    lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    on_disk = sorted(os.listdir(FILES))
    names = [o["file"] for o in lines]
    if sorted(names) != on_disk:
        err("truth", f"file list mismatch: only in truth {set(names) - set(on_disk)}, only on disk {set(on_disk) - set(names)}")
    if len(set(names)) != len(names):
        err("truth", "duplicate file entries")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for o in lines:
        f = o["file"]
        path = os.path.join(FILES, f)
        m = re.match(r"^w72_(\d{3})_([a-z0-9_]+)\.([a-z]+)$", f)
        if not m:
            err(f, "bad file name")
            continue
        if m.group(2) != o.get("layout"):
            err(f, "layout does not match file name")
        ext = m.group(3)
        if o.get("error"):
            kinds["damaged"] += 1
            if set(o) != {"file", "layout", "error"} or o["error"] is not True:
                err(f, "damaged entry must have only file, layout, error=true")
            check_damaged(f, path)
            continue
        if list(o.keys())[:len(KEYS)] != KEYS or set(o) - set(KEYS) - {"needs_ocr"}:
            err(f, f"keys wrong: {list(o.keys())}")
            continue
        scan = o.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        if "needs_ocr" in o and o["needs_ocr"] is not True:
            err(f, "needs_ocr must be true when present")
        if not scan and ext not in READABLE_EXT:
            err(f, "readable file with non-accepted extension")
        # field checks
        if not isinstance(o["full_name"], str) or not o["full_name"].strip() or re.search(r"\b(Dr\.?|MD|MBBS|MBChB)\b", o["full_name"]):
            err(f, "full_name empty or contains title/degree")
        if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", o["email"] or ""):
            err(f, "email invalid")
        if o["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", o["phone_e164"]):
            err(f, "phone not E.164")
        if not re.match(r"^[A-Z]{2}$", o["medical_school_country"] or ""):
            err(f, "country not ISO alpha-2")
        if not isinstance(o["graduation_year"], int) or not 1970 <= o["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(o["is_student"], bool):
            err(f, "is_student not bool")
        if o["is_student"] and o["graduation_year"] < 2027 and o["graduation_year"] != 2026:
            err(f, "student with past graduation year")
        s1 = o["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = o[k]
            if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
                err(f, k)
        if o["ecfmg_status"] not in ECFMG:
            err(f, "ecfmg_status enum")
        if o["visa_status"] not in VISA:
            err(f, "visa_status enum")
        if not isinstance(o["specialties"], list) or set(o["specialties"]) - SPECIALTIES:
            err(f, f"specialties outside vocabulary: {set(o['specialties']) - SPECIALTIES}")
        if not isinstance(o["languages"], list) or not all(isinstance(x, str) and x for x in o["languages"]):
            err(f, "languages")
        if not isinstance(o["publications"], int) or o["publications"] < 0:
            err(f, "publications")
        for e in o["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"usce entry keys {e}")
                continue
            if e["type"] not in TYPES:
                err(f, f"usce type {e['type']}")
            if e["specialty"] not in SPECIALTIES:
                err(f, f"usce specialty {e['specialty']}")
            if e["state"] not in STATES:
                err(f, f"usce state {e['state']}")
            if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])):
                err(f, f"usce dates {e}")
            elif e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, f"usce date order/range {e}")
        if o["usce_months"] != months(o["usce_entries"]):
            err(f, f"usce_months {o['usce_months']} != recount {months(o['usce_entries'])}")
        if o["usce_months_clinical"] != months(o["usce_entries"], True):
            err(f, f"usce_months_clinical {o['usce_months_clinical']} != recount {months(o['usce_entries'], True)}")
        # file checks
        if not os.path.exists(path):
            err(f, "missing file")
            continue
        if scan:
            check_scan(f, path, ext)
        else:
            txt = extract_text(path)
            nt = norm(txt)
            if norm(o["full_name"]) not in nt:
                err(f, "full_name not found in extracted text")
            if norm(o["email"]) not in nt:
                err(f, "email not found in extracted text")
            if o["phone_e164"]:
                digits = re.sub(r"\D", "", txt)
                if o["phone_e164"][-7:] not in digits:
                    err(f, "phone digits not found in text")
    if kinds["readable"] < 12 or kinds["scan"] < 3 or kinds["damaged"] < 2:
        err("truth", f"too few of a kind: {kinds}")
    print("kinds:", kinds, "total:", len(lines))
    if errors:
        print("FAILED")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("check.py: all OK")


def check_scan(f, path, ext):
    if ext == "pdf":
        r = subprocess.run(["pdftotext", path, "-"], capture_output=True)
        if r.stdout.decode("utf-8", "replace").strip():
            err(f, "scan PDF has a text layer")
        r = subprocess.run(["pdffonts", path], capture_output=True, text=True)
        if len(r.stdout.strip().splitlines()) > 2:
            err(f, "scan PDF has fonts")
    else:
        from PIL import Image
        try:
            Image.open(path).verify()
        except Exception as e:  # noqa
            err(f, f"scan image unreadable: {e}")


def check_damaged(f, path):
    data = open(path, "rb").read()
    if f.endswith(".pdf"):
        enc = b"/Encrypt" in data
        r = subprocess.run(["pdftotext", path, "-"], capture_output=True)
        ok_text = r.returncode == 0 and r.stdout.strip()
        if ok_text:
            err(f, "damaged PDF still extracts text")
        if not enc and b"%%EOF" in data[-64:]:
            err(f, "truncated PDF still ends with %%EOF")
    elif f.endswith(".docx"):
        if zipfile.is_zipfile(path) and len(data) > 0:
            err(f, "damaged docx is a valid zip")


if __name__ == "__main__":
    main()
