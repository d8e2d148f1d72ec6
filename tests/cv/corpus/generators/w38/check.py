# -*- coding: utf-8 -*-
"""Validate w38 truth.jsonl against the brief's contract and against the files themselves."""
import json, os, re, sys, subprocess, zipfile, tempfile, shutil, html

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
READABLE_EXT = {"pdf", "docx", "odt", "rtf", "txt"}
errors = []
def err(f, m): errors.append(f"{f}: {m}")

def months(entries, clinical_only=False):
    s = set()
    for en in entries:
        if clinical_only and en["type"] in ("research", "telehealth"): continue
        y, m = map(int, en["start"].split("-")); y2, m2 = map(int, en["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def xml_text(data, para_tags):
    t = data.decode("utf-8")
    for tag in para_tags: t = t.replace(tag, "\n")
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n), ["</w:p>", "<w:tab/>"]) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n), ["</text:p>", "</text:h>", "<text:tab/>"]) for n in ("content.xml", "styles.xml"))
    if ext == "rtf":
        tmp = tempfile.mkdtemp(prefix="w38chk_")
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w38_lo_check", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", tmp, path], capture_output=True, timeout=180)
        out = os.path.join(tmp, os.path.basename(path)[:-4] + ".txt")
        txt = open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""
        shutil.rmtree(tmp, ignore_errors=True)
        # soffice's text export drops headers/footers: add a crude strip of the raw RTF as well
        raw = open(path, encoding="latin-1").read()
        raw = re.sub(r"\\u(-?\d+) ?\??", lambda m: chr(int(m.group(1)) % 65536), raw)
        raw = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), raw)
        raw = re.sub(r"\\[a-zA-Z]+-?\d* ?", " ", raw).replace("{", " ").replace("}", " ")
        return txt + "\n" + raw
    return ""

def norm(s):
    # collapse whitespace; re-join words a PDF line-wrapped at a hyphen ("El-\nSayed")
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", s)).casefold()

lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
names = [t["file"] for t in lines]
if len(set(names)) != len(names): err("truth", "duplicate file names")
on_disk = set(os.listdir(FILES))
if set(names) != on_disk: err("truth", f"mismatch with files/: {sorted(set(names) ^ on_disk)}")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for t in lines:
    f = t["file"]; path = os.path.join(FILES, f)
    if not re.fullmatch(r"w38_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad file name")
    if f.split("_", 2)[2].rsplit(".", 1)[0] != t["layout"]: err(f, "layout does not match file name")
    if t.get("error"):
        kinds["damaged"] += 1
        if set(t) != {"file", "layout", "error"} or t["error"] is not True: err(f, "damaged entry must have only file/layout/error")
        ok = False
        if f.endswith(".pdf"):
            r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            ok = r.returncode != 0
        elif f.endswith(".docx"):
            ok = not zipfile.is_zipfile(path)
        if os.path.getsize(path) == 0: ok = True
        if not ok: err(f, "damaged file is readable")
        continue
    scan = t.get("needs_ocr") is True
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(t.keys()) != want and set(t.keys()) != set(want): err(f, f"keys {sorted(set(t) ^ set(want))}")
    if not isinstance(t["full_name"], str) or not t["full_name"].strip(): err(f, "full_name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"] or ""): err(f, "email")
    if t["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"] or ""): err(f, "country")
    if not isinstance(t["graduation_year"], int) or not 1960 <= t["graduation_year"] <= 2032: err(f, "graduation_year")
    if not isinstance(t["is_student"], bool): err(f, "is_student")
    if t["is_student"] != (t["graduation_year"] > 2026): err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = t[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)): err(f, k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg_status")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa_status")
    if not isinstance(t["specialties"], list) or any(s not in SPECS for s in t["specialties"]): err(f, "specialties")
    if not isinstance(t["languages"], list) or not all(isinstance(x, str) for x in t["languages"]): err(f, "languages")
    if not isinstance(t["publications"], int) or t["publications"] < 0: err(f, "publications")
    for en in t["usce_entries"]:
        if set(en) != {"type", "specialty", "state", "start", "end"}: err(f, f"entry keys {en}")
        if en["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if en["specialty"] not in SPECS: err(f, "entry specialty")
        if en["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", en["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", en["end"])): err(f, "entry dates")
        elif en["start"] > en["end"] or en["end"] > "2026-12": err(f, "entry order")
    if t["usce_months"] != months(t["usce_entries"]): err(f, f"usce_months {t['usce_months']} != {months(t['usce_entries'])}")
    if t["usce_months_clinical"] != months(t["usce_entries"], True): err(f, "usce_months_clinical")
    ext = f.rsplit(".", 1)[1]
    if scan:
        kinds["scan"] += 1
        if ext == "pdf":
            txt = extract(path).strip()
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if txt or len(fonts) > 2: err(f, "scan PDF has a text layer")
        elif ext not in ("png", "jpg"): err(f, "scan extension")
    else:
        kinds["readable"] += 1
        if ext not in READABLE_EXT: err(f, "readable extension")
        txt = norm(extract(path))
        if norm(t["full_name"]) not in txt: err(f, "name not found in text")
        if t["email"].casefold() not in txt: err(f, "email not found in text")
print("counts:", kinds, "total", len(lines))
if errors:
    print("\n".join("FAIL " + e for e in errors)); sys.exit(1)
print("check.py: all", len(lines), "entries OK")
print(f"{len(lines)} passed, 0 failed")
