#!/usr/bin/env python3
"""Validate w88 truth.jsonl against files/."""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []


def err(f, m):
    errs.append(f"{f}: {m}")


def mon(s):
    y, m = map(int, s.split("-")); return y * 12 + m - 1


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml")]
        xml = " ".join(z.read(n).decode("utf8") for n in parts)
        xml = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)
    if ext == "rtf":
        s = open(path).read()
        s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
        return re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", s)
    return open(path, encoding="utf-8").read()


def norm(s):
    return unicodedata.normalize("NFC", s).replace("&amp;", "&").replace("&#39;", "'")


def main():
    lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(FILES))
    if sorted(t["file"] for t in lines) != names:
        err("truth", "file list mismatch")
    counts = {"readable": 0, "scan": 0, "damaged": 0}
    for t in lines:
        f = t["file"]; path = os.path.join(FILES, f)
        if not f.startswith("w88_"): err(f, "bad prefix")
        if t.get("error"):
            counts["damaged"] += 1
            if set(t) != {"file", "layout", "error"}: err(f, "damaged keys")
            continue
        scan = t.get("needs_ocr", False)
        exp = KEYS + (["needs_ocr"] if scan else [])
        if list(t.keys()) != exp: err(f, f"keys {list(t.keys())}")
        if not re.fullmatch(r"\+[1-9]\d{6,14}", t["phone_e164"] or "+10000000"): err(f, "phone")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"]): err(f, "email")
        if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"]): err(f, "cc")
        if not isinstance(t["graduation_year"], int): err(f, "grad")
        if not isinstance(t["is_student"], bool): err(f, "is_student")
        if t["is_student"] and t["graduation_year"] < 2027: err(f, "student but graduated before ref date")
        s1 = t["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (t[k] is None or (isinstance(t[k], int) and 100 <= t[k] <= 300)): err(f, k)
        if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
        if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
        if not set(t["specialties"]) <= SPEC: err(f, "specialties")
        if not isinstance(t["publications"], int): err(f, "pubs")
        allm, clin = set(), set()
        for e in t["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "type")
            if e["specialty"] not in SPEC: err(f, "entry spec " + e["specialty"])
            if e["state"] not in STATES: err(f, "state")
            if mon(e["end"]) < mon(e["start"]) or e["end"] > "2026-12": err(f, "dates")
            r = set(range(mon(e["start"]), mon(e["end"]) + 1)); allm |= r
            if e["type"] in ("hands_on", "observership"): clin |= r
        if t["usce_months"] != len(allm): err(f, f"usce_months {t['usce_months']} != {len(allm)}")
        if t["usce_months_clinical"] != len(clin): err(f, "usce_months_clinical")
        if scan:
            counts["scan"] += 1
            if f.endswith(".pdf"):
                txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if txt.strip(): err(f, "scan has text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if len(fonts) > 2: err(f, "scan pdf has fonts")
        else:
            counts["readable"] += 1
            txt = norm(text_of(path))
            if norm(t["full_name"]).casefold() not in txt.casefold(): err(f, "name not in text")
            if t["email"] not in txt: err(f, "email not in text")
    for f in names:
        p = os.path.join(FILES, f)
        if os.path.getsize(p) == 0: pass
    print(counts)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("CHECK PASSED:", len(lines), "files")


main()
