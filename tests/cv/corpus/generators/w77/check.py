# -*- coding: utf-8 -*-
"""Validate truth.jsonl for writer w77."""
import os, sys, json, re, subprocess, zipfile, unicodedata
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


def ym(s): y, m = s.split("-"); return int(y) * 12 + int(m) - 1


def months(ents, clin=False):
    s = set()
    for e in ents:
        if clin and e["type"] in ("research", "telehealth"): continue
        s.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if n.endswith(".xml") and ("word/" in n or n == "content.xml"):
                t += re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8"))
        return t
    if ext == "rtf":
        raw = open(path, encoding="ascii").read()
        raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
        return re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", raw)
    raise ValueError(ext)


def norm(s): return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s))


lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES))
if sorted(t["file"] for t in lines) != files: err("*", "truth files != files/ listing")
if len(files) != 24: err("*", f"expected 24 files, got {len(files)}")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for t in lines:
    f = t["file"]; path = os.path.join(FILES, f)
    if not re.match(r"^w77_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad name")
    if t.get("error"):
        kinds["damaged"] += 1
        if set(t) != {"file", "layout", "error"}: err(f, "damaged entry has extra keys")
        continue
    want = KEYS + (["needs_ocr"] if t.get("needs_ocr") else [])
    if list(t.keys()) != want: err(f, f"keys {list(t.keys())}")
    if t["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", t["email"]): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"]): err(f, "country")
    if not isinstance(t["graduation_year"], int): err(f, "grad year")
    if not isinstance(t["is_student"], bool): err(f, "is_student")
    if t["is_student"] != (t["graduation_year"] > 2026): err(f, "is_student vs graduation_year")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (t[k] is None or (isinstance(t[k], int) and 100 <= t[k] <= 300)): err(f, k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    for s in t["specialties"]:
        if s not in SPECS: err(f, f"specialty {s}")
    if not isinstance(t["publications"], int): err(f, "pubs")
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, f"entry specialty {e['specialty']}")
        if e["state"] not in STATES: err(f, "entry state")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]): err(f, "entry date")
        if e["start"] > e["end"] or e["end"] > "2026-12": err(f, "entry date order/ongoing")
    if months(t["usce_entries"]) != t["usce_months"]: err(f, f"usce_months {t['usce_months']} != {months(t['usce_entries'])}")
    if months(t["usce_entries"], True) != t["usce_months_clinical"]: err(f, "usce_months_clinical")
    if t.get("needs_ocr"):
        kinds["scan"] += 1
        if f.endswith(".pdf"):
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if txt.strip(): err(f, "scan has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan PDF has fonts")
        elif not f.endswith((".png", ".jpg")): err(f, "scan ext")
        continue
    kinds["readable"] += 1
    txt = norm(text_of(path))
    if norm(t["full_name"]) not in txt and norm(t["full_name"]).upper() not in txt: err(f, "name not in text")
    if t["email"] not in txt: err(f, "email not in text")

# damaged files really are broken
for t in lines:
    if not t.get("error"): continue
    path = os.path.join(FILES, t["file"])
    r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True) if path.endswith(".pdf") else None
    if t["file"].endswith(".docx") and zipfile.is_zipfile(path): err(t["file"], "damaged docx is a valid zip")
    if r is not None and r.returncode == 0 and r.stdout.strip(): err(t["file"], "damaged pdf yields text")

print(kinds)
if kinds != {"readable": 16, "scan": 5, "damaged": 3}: err("*", f"kinds {kinds}")
if errs:
    print("\n".join(errs)); print("CHECK FAILED"); sys.exit(1)
print("CHECK OK:", len(lines), "entries")
