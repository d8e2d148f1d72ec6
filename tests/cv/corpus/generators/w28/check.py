# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against ../files/ for writer w28. Exit 1 on any problem."""
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
TRUTH = os.path.join(ROOT, "truth.jsonl")

SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
               "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
               "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
ECFMG = {"certified", "pending", "not_certified", None}
VISA = {"citizen", "green_card", "j1", "h1b", "b1b2", None}
TYPES = {"hands_on", "observership", "research", "telehealth"}
FULL_KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
             "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
             "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
             "usce_entries"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        ey, em = map(int, e["end"].split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(s)


def xml_text(xml):
    xml = re.sub(r"<(w:tab|text:tab)\b[^>]*/>", "\t", xml)
    xml = re.sub(r"<text:s\b[^>]*/>", " ", xml)
    xml = re.sub(r"</(w:p|text:p|text:h)>", "\n", xml)
    txt = re.sub(r"<[^>]+>", "", xml)
    return (txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&apos;", "'").replace("&quot;", '"'))


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                              check=True).stdout
    if ext == "docx":
        with zipfile.ZipFile(path) as z:
            parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
            return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in parts)
    if ext == "odt":
        with zipfile.ZipFile(path) as z:
            return xml_text(z.read("content.xml").decode("utf-8"))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/prof", "--headless", "--convert-to",
                            "txt:Text (encoded):UTF8", "--outdir", td, path], check=True, capture_output=True,
                           timeout=180)
            base = os.path.basename(path)[:-4] + ".txt"
            return open(os.path.join(td, base), encoding="utf-8", errors="replace").read()
    raise ValueError(ext)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()


def check_scan_no_text(f, path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        if txt.strip():
            err(f, "scan PDF has a text layer")
        raw = open(path, "rb").read()
        if b"/Font" in raw:
            err(f, "scan PDF contains font resources")
    elif ext in ("png", "jpg", "jpeg"):
        from PIL import Image
        Image.open(path).verify()
    else:
        err(f, "scan must be pdf/png/jpg")


def main():
    rows = [json.loads(l) for l in open(TRUTH, encoding="utf-8") if l.strip()]
    names = [r["file"] for r in rows]
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        err("truth", f"file list mismatch: truth-only {set(names) - set(on_disk)}, disk-only {set(on_disk) - set(names)}")
    if len(set(names)) != len(names):
        err("truth", "duplicate file names")
    counts = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]
        if not re.match(r"^w28_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
            err(f, "bad file name")
        if f.split("_", 2)[2].rsplit(".", 1)[0] != r.get("layout"):
            err(f, "layout does not match file name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            counts["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged row must have exactly file, layout, error=true")
            continue
        scan = r.get("needs_ocr") is True
        counts["scan" if scan else "readable"] += 1
        expected = FULL_KEYS + (["needs_ocr"] if scan else [])
        if list(r.keys()) != expected:
            err(f, f"keys {list(r.keys())} != {expected}")
            continue
        if not r["full_name"] or re.search(r"\b(Dr|MBBS|MD|MBChB)\b\.?", r["full_name"]):
            err(f, "full_name empty or has title/degree")
        if r["email"] is not None and not EMAIL.match(r["email"]):
            err(f, "bad email")
        if r["phone_e164"] is not None and not E164.match(r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.match(r"^[A-Z]{2}$", r["medical_school_country"] or ""):
            err(f, "country not ISO alpha-2")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(r["is_student"], bool):
            err(f, "is_student not bool")
        if r["is_student"] and r["graduation_year"] < 2027:
            err(f, "student with past graduation year")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = r[k]
            if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
                err(f, k)
        if r["ecfmg_status"] not in ECFMG:
            err(f, "ecfmg_status enum")
        if r["visa_status"] not in VISA:
            err(f, "visa_status enum")
        if not isinstance(r["specialties"], list) or any(s not in SPECIALTIES for s in r["specialties"]):
            err(f, "specialties vocabulary")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x for x in r["languages"]):
            err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"entry keys {e}")
                continue
            if e["type"] not in TYPES:
                err(f, f"entry type {e['type']}")
            if e["specialty"] not in SPECIALTIES:
                err(f, f"entry specialty {e['specialty']}")
            if e["state"] not in STATES:
                err(f, f"entry state {e['state']}")
            if not (YM.match(e["start"]) and YM.match(e["end"])) or e["start"] > e["end"]:
                err(f, f"entry dates {e}")
            if e["end"] > "2026-12":
                err(f, "entry ends after 2026-12")
        if r["usce_months"] != months(r["usce_entries"], False):
            err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'], False)}")
        if r["usce_months_clinical"] != months(r["usce_entries"], True):
            err(f, f"usce_months_clinical {r['usce_months_clinical']} != {months(r['usce_entries'], True)}")
        if scan:
            check_scan_no_text(f, path)
            continue
        try:
            txt = norm(extract(path))
        except Exception as ex:  # noqa: BLE001
            err(f, f"text extraction failed: {ex}")
            continue
        if norm(r["full_name"]) not in txt:
            err(f, "full_name not found in text")
        if r["email"] and norm(r["email"]) not in txt:
            err(f, "email not found in text")
    # damaged files really are unreadable
    for r in rows:
        if not r.get("error"):
            continue
        path = os.path.join(FILES, r["file"])
        if r["file"].endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip():
                err(r["file"], "damaged PDF still yields text")
        elif r["file"].endswith(".docx"):
            if zipfile.is_zipfile(path):
                err(r["file"], "damaged docx is still a zip")
    print(f"counts: {counts}")
    if counts["readable"] < 12 or counts["scan"] < 3 or counts["damaged"] < 2:
        err("truth", f"too few files: {counts}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(rows)} rows checked")


if __name__ == "__main__":
    main()
