# -*- coding: utf-8 -*-
"""Independent check of truth.jsonl against the files' text (pdftotext / python-docx / raw text / tesseract for scans).
Only uses truth.jsonl + the files (not the generator data)."""
import json, subprocess, re, sys, os, unicodedata
from docx import Document

FILES = "/work/blind/w4/files"; BUILD = "/work/blind/w4/build"
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()

def text_of(path, ocr=False):
    if path.endswith(".txt"): return open(path, encoding="utf-8").read()
    if path.endswith(".docx"):
        d = Document(path); parts = []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts.append(c.text)
        return "\n".join(parts)
    if ocr:
        base = os.path.basename(path)[:-4]; od = f"{BUILD}/ocr/{base}"; os.makedirs(od, exist_ok=True)
        if not any(f.endswith(".png") for f in os.listdir(od)):  # cache (delete build/ocr to force)
            subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", path, f"{od}/p"], check=True)
        out = []
        for f in sorted(os.listdir(od)):
            if f.endswith(".png"):
                out.append(subprocess.run(["tesseract", f"{od}/{f}", "-", "-l", "eng", "--psm", "3"], capture_output=True, text=True).stdout)
        return "\n".join(out)
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout

def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00ad", "").replace("‐", "-").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).lower()

def loose(s):  # for OCR: drop everything but letters/digits
    return re.sub(r"[^0-9a-z@.]", "", unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode())

def check(t, raw, ocr):
    issues = []
    T = norm(raw); L = loose(raw)
    has = (lambda s: loose(s) in L) if ocr else (lambda s: norm(s) in T)
    for k in ("full_name", "email", "medical_school"):
        if t[k] and not has(t[k]): issues.append(f"{k} not found: {t[k]}")
    digits = re.sub(r"\D", "", raw)
    if t["phone_e164"]:
        d = t["phone_e164"][1:]
        if d not in digits and d[-9:] not in digits: issues.append(f"phone not found {t['phone_e164']}")
    if t["graduation_year"] and str(t["graduation_year"]) not in raw: issues.append("grad year missing")
    for k, lab in (("usmle_step2ck", "2 ck"), ("usmle_step3", "step 3"), ("usmle_step1", "step 1")):
        v = t[k]
        if isinstance(v, int) and not re.search(lab + r"[^0-9]{0,6}" + str(v), T): issues.append(f"{k} {v} not near label")
        if v == "pass" and not re.search(r"step 1[^0-9]{0,6}pass", T): issues.append("step1 pass not found")
        if v is None and k != "usmle_step1" and re.search(lab + r"[^0-9a-z]{0,6}[12]\d\d\b", T): issues.append(f"{k} null but score printed?")
    for l in t["languages"]:
        if not has(l): issues.append(f"language {l}")
    if t["is_student"] and not re.search(r"expected|candidate|class of", T): issues.append("student wording missing")
    # USCE entries: state abbreviation present and months/years present
    for e in t["usce_entries"]:
        if not re.search(r"\b" + e["state"].lower() + r"\b", T): issues.append(f"state {e['state']}")
        for d in (e["start"], e["end"]):
            if e["end"] == "2026-12" and d == e["end"]:
                if "present" not in T: issues.append("present missing")
                continue
            y, m = d.split("-")
            forms = [f"{m}/{y}", f"{y}-{m}", f"{MONTHS[int(m)-1]} {y}", f"{MONTHS[int(m)-1]}", f"'{y[2:]}"]
            if not any(f in T for f in forms): issues.append(f"date {d} not found")
    # ecfmg / visa wording
    ec = t["ecfmg_status"]
    if ec == "certified" and "certified" not in T: issues.append("ecfmg certified missing")
    if ec == "pending" and "pending" not in T and "in progress" not in T: issues.append("ecfmg pending missing")
    if ec is None and "ecfmg" in T: issues.append("ecfmg mentioned but null")
    v = t["visa_status"]
    pats = {"j1": r"j-?1", "h1b": r"h-?1b", "b1b2": r"b1/b2", "green_card": r"green card|permanent resident", "citizen": r"citizen"}
    if v and not re.search(pats[v], T): issues.append(f"visa {v} wording missing")
    if v is None and re.search(r"j-1|h-1b|b1/b2|green card|citizen", T): issues.append("visa null but wording present")
    if t["publications"] is None and re.search(r"publications", T): issues.append("publications null but section present")
    if t["publications"] is not None and t["publications"] > 0:
        n = len(re.findall(r"\b(19|20)\d\d;\s?\d+", raw.replace("\n", " ")))  # journal citations 'YYYY;vol'
        if n != t["publications"]: issues.append(f"pub count {t['publications']} vs journal-citations {n}")
    return issues

def months(entries, clin):
    s = set()
    for e in entries:
        if clin and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

bad = 0
for line in open("/work/blind/w4/truth.jsonl"):
    t = json.loads(line)
    path = f"{FILES}/{t['file']}"
    if t.get("error"):
        continue
    assert months(t["usce_entries"], False) == t["usce_months"] and months(t["usce_entries"], True) == t["usce_months_clinical"]
    ocr = bool(t.get("needs_ocr"))
    if ocr:
        pt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip()
        fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
        if pt or len(fonts) > 2: print(t["file"], "SCAN HAS TEXT LAYER?")
    raw = text_of(path, ocr)
    iss = check(t, raw, ocr)
    if iss:
        bad += 1; print(t["file"], iss)
print("files with issues:", bad)
