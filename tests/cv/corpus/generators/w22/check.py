# -*- coding: utf-8 -*-
"""Validate truth.jsonl for writer w22."""
import json, os, re, subprocess, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errs = []

def err(f, m): errs.append(f"{f}: {m}")

def months(ents):
    s = set()
    for x in ents:
        y, m = map(int, x["start"].split("-")); y2, m2 = map(int, x["end"].split("-"))
        if (y, m) > (y2, m2): return None
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        # both layout and raw reading order (sidebars interleave in -layout mode)
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], capture_output=True, text=True).stdout
                         for m in (["-layout"], ["-raw"]))
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); parts = [n for n in z.namelist() if n.endswith(".xml") and
                                            (n.startswith("word/") or n == "content.xml")]
        raw = " ".join(z.read(n).decode("utf-8") for n in parts)
        raw = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", raw)
        raw = re.sub(r"<[^>]+>", "", raw)
        import html; return html.unescape(raw)
    if ext == "rtf":
        raw = open(path, encoding="ascii").read()
        raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
        return raw
    return open(path, encoding="utf-8").read()

lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
names = sorted(os.listdir(FILES))
if sorted(t["file"] for t in lines) != names: err("ALL", "truth files != files/ listing")
for t in lines:
    f = t["file"]; p = os.path.join(FILES, f)
    if not re.match(r"^w22_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad name")
    if not f.startswith("w22_%s_%s." % (f[4:7], t["layout"])): err(f, "layout mismatch with name")
    if t.get("error"):
        if set(t) != {"file", "layout", "error"}: err(f, "damaged entry has extra keys")
        b = open(p, "rb").read()
        if f.endswith(".pdf"):
            r = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if r.returncode == 0 and r.stdout.strip(): err(f, "damaged pdf still extracts text")
        continue
    exp = KEYS + (["needs_ocr"] if t.get("needs_ocr") else [])
    if list(t.keys()) != exp: err(f, f"keys {list(t.keys())}")
    if not isinstance(t["full_name"], str) or not t["full_name"]: err(f, "name")
    if t["email"] is not None and not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", t["email"]): err(f, "email")
    if t["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", t["phone_e164"]): err(f, "phone")
    if not re.match(r"^[A-Z]{2}$", t["medical_school_country"] or ""): err(f, "country")
    if not isinstance(t["graduation_year"], int) or not 1980 <= t["graduation_year"] <= 2032: err(f, "grad year")
    if not isinstance(t["is_student"], bool): err(f, "is_student")
    if t["is_student"] != (t["graduation_year"] >= 2026) and t["graduation_year"] != 2026: err(f, "is_student vs year")
    s1 = t["usmle_step1"]
    if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (t[k] is None or (isinstance(t[k], int) and 100 <= t[k] <= 300)): err(f, k)
    if t["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
    if t["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
    if any(s not in SPECS for s in t["specialties"]): err(f, "specialty vocab")
    if not isinstance(t["languages"], list) or not all(isinstance(x, str) for x in t["languages"]): err(f, "languages")
    if not isinstance(t["publications"], int) or t["publications"] < 0: err(f, "pubs")
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        for k in ("start", "end"):
            if not re.match(r"^20\d\d-(0[1-9]|1[0-2])$", e[k]) or e[k] > "2026-12": err(f, "entry date " + e[k])
    if months(t["usce_entries"]) != t["usce_months"]: err(f, "usce_months recount %s" % months(t["usce_entries"]))
    cl = [e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if months(cl) != t["usce_months_clinical"]: err(f, "usce_months_clinical recount")
    if t.get("needs_ocr"):
        if f.endswith(".pdf"):
            txt = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
            if txt.strip(): err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan PDF has fonts")
        elif not f.endswith((".png", ".jpg")): err(f, "scan must be pdf/png/jpg")
        continue
    txt = text_of(p)
    norm = lambda s: re.sub(r"\s+", " ", s)
    if norm(t["full_name"]) not in norm(txt): err(f, "name not in text")
    if t["email"] and t["email"] not in txt: err(f, "email not in text")

kinds = {"readable": sum(1 for t in lines if not t.get("error") and not t.get("needs_ocr")),
         "scan": sum(1 for t in lines if t.get("needs_ocr")), "damaged": sum(1 for t in lines if t.get("error"))}
print(kinds)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK: %d entries" % len(lines))
