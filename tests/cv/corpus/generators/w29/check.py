# -*- coding: utf-8 -*-
"""Validate /work/blind/w29/truth.jsonl against the brief's contract and the files themselves."""
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
               "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
               "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "visa_status", "specialties", "languages", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        if (y, m) > (y2, m2):
            return None
        while (y, m) <= (y2, m2):
            s.add((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(s)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        xml = ""
        for n in z.namelist():
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml|content\.xml|styles\.xml", n) and not (n == "styles.xml" and path.endswith(".docx")):
                xml += z.read(n).decode("utf-8") + " "
        xml = re.sub(r"<w:tab/>|</w:p>|<text:tab/>|</text:p>|</text:h>", " ", xml)
        return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&").replace("&apos;", "'")
    if ext == "rtf":
        return subprocess.run(["soffice", "--headless", "--cat", path], capture_output=True, text=True, timeout=120).stdout
    return ""


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(FILES))
    names = [r["file"] for r in rows]
    if len(rows) != 24:
        err("truth", f"{len(rows)} rows, want 24")
    if sorted(names) != files:
        err("truth", f"file set mismatch: {set(names) ^ set(files)}")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]
        if not re.fullmatch(r"w29_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        if f.split("_")[2] + "_" not in "_".join(f.split("_")[2:]) + "_" or not f.startswith(f"w29_{f[4:7]}_{r['layout']}."):
            err(f, "layout not in name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged row must be only file/layout/error")
            continue
        scan = r.get("needs_ocr", False)
        kinds["scan" if scan else "readable"] += 1
        want = set(KEYS) | ({"needs_ocr"} if scan else set())
        if set(r) != want:
            err(f, f"keys differ: {set(r) ^ want}")
            continue
        if not isinstance(r["full_name"], str) or not r["full_name"].strip():
            err(f, "full_name")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if r["phone_e164"] and r["phone_e164"].startswith("+1") and len(r["phone_e164"]) != 12:
            err(f, "NANP length")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(r["is_student"], bool):
            err(f, "is_student")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year vs 2026-12-01")
        s1 = r["usmle_step1"]
        if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = r[k]
            if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
                err(f, k)
        if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"):
            err(f, "ecfmg enum")
        if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"):
            err(f, "visa enum")
        if not isinstance(r["specialties"], list) or not set(r["specialties"]) <= SPECIALTIES:
            err(f, f"specialties {r['specialties']}")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]):
            err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"entry keys {e}")
                continue
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, "entry type")
            if e["specialty"] not in SPECIALTIES:
                err(f, f"entry specialty {e['specialty']}")
            if e["state"] not in STATES:
                err(f, "entry state")
            for k in ("start", "end"):
                if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]) or e[k] > "2026-12":
                    err(f, f"entry {k}")
        m = months(r["usce_entries"], False)
        mc = months(r["usce_entries"], True)
        if m is None or m != r["usce_months"]:
            err(f, f"usce_months {r['usce_months']} != recount {m}")
        if mc is None or mc != r["usce_months_clinical"]:
            err(f, f"usce_months_clinical {r['usce_months_clinical']} != recount {mc}")
        # file content
        if scan:
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if t.strip():
                    err(f, "scan PDF has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
                if len(fonts) > 2:
                    err(f, "scan PDF has fonts")
            else:
                head = open(path, "rb").read(4)
                if not (head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8")):
                    err(f, "scan image header")
        else:
            t = norm(text_of(path))
            if norm(r["full_name"]) not in t:
                err(f, f"name {r['full_name']!r} not in text")
            if r["email"].lower() not in t:
                err(f, "email not in text")
            digits = re.sub(r"\D", "", t)
            if r["phone_e164"]:
                tail = r["phone_e164"][-8:]
                if tail not in digits:
                    err(f, "phone digits not in text")
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
        err("truth", f"kinds {kinds}")
    # damaged files really damaged
    for r in rows:
        if not r.get("error"):
            continue
        path = os.path.join(FILES, r["file"])
        if path.endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip():
                err(r["file"], "damaged PDF still yields text without password")
        elif path.endswith(".docx"):
            try:
                zipfile.ZipFile(path)
                err(r["file"], "damaged docx still opens as zip")
            except zipfile.BadZipFile:
                pass
    if errors:
        print("\n".join(errors))
        print(f"CHECK FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"CHECK OK: {len(rows)} rows; {kinds}")


if __name__ == "__main__":
    main()
