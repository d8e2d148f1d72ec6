# -*- coding: utf-8 -*-
"""Validates /work/blind/w31/truth.jsonl against the contract and against the files themselves."""
import json, os, re, subprocess, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
             "PA RI SC SD TN TX UT VT VA WA WV WI WY".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(s, e):
    y, m = map(int, s.split("-")); y2, m2 = map(int, e.split("-"))
    out = set()
    while (y, m) <= (y2, m2):
        out.add((y, m)); m += 1
        if m == 13: y, m = y + 1, 1
    return out


def rtf_text(raw):
    raw = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), raw)
    raw = re.sub(r"\\(par|line|tab)\b ?", "\n", raw)
    raw = re.sub(r"\{\\(fonttbl|colortbl)[^{}]*(\{[^{}]*\}[^{}]*)*\}", "", raw)
    raw = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", raw)
    return raw.replace("{", "").replace("}", "").replace("\\\\", "\\")


def xml_text(data):
    data = re.sub(r"<(w:p|text:p|text:h|w:br|text:line-break)\b[^>]*/?>", "\n", data)
    data = re.sub(r"<w:tab/>|<text:tab/>", "\t", data)
    t = re.sub(r"<[^>]+>", "", data)
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace("&quot;", '"')


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True).stdout
                         for mode in (["-layout"], []))
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                         if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return xml_text(z.read("content.xml").decode("utf-8")) + xml_text(z.read("styles.xml").decode("utf-8"))
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return ""


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
files_on_disk = sorted(os.listdir(FILES))
names = [r["file"] for r in rows]
if sorted(names) != files_on_disk: err("truth", f"file list mismatch: {set(names) ^ set(files_on_disk)}")
if len(set(names)) != len(names): err("truth", "duplicate file names")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r.get("file", "?"); path = os.path.join(FILES, f)
    m = re.match(r"w31_(\d{3})_([a-z0-9_]+)\.(pdf|docx|odt|rtf|txt|png|jpg|jpeg)$", f)
    if not m: err(f, "bad file name"); continue
    if m.group(2) != r.get("layout"): err(f, "layout does not match file name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row must only have file/layout/error")
        # the file must really be unusable
        ext = m.group(3)
        if ext == "pdf":
            pr = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if pr.returncode == 0 and len(pr.stdout.strip()) > 50: err(f, "damaged pdf still yields text")
        elif ext in ("docx", "odt"):
            if zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
        continue
    scan = r.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    exp_keys = KEYS + (["needs_ocr"] if scan else [])
    if list(r.keys()) != exp_keys: err(f, f"keys {list(r.keys())} != {exp_keys}")
    if not isinstance(r["full_name"], str) or not r["full_name"]: err(f, "full_name")
    if re.search(r"\b(Dr\.?|MD|MBBS|MBChB|MBBCh)\b", r["full_name"]): err(f, "title/degree in name")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"] or ""): err(f, "email")
    if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]): err(f, "phone not E.164")
    if not re.match(r"^[A-Z]{2}$", r["medical_school_country"] or ""): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032: err(f, "graduation_year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] and r["graduation_year"] < 2027: err(f, "student but graduation before reference date")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg_status")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa_status")
    if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]): err(f, "specialties")
    if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]): err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    allm, clin = set(), set()
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, f"entry keys {e}"); continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, f"entry type {e}")
        if e["specialty"] not in SPECS: err(f, f"entry specialty {e}")
        if e["state"] not in STATES: err(f, f"entry state {e}")
        if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])):
            err(f, f"entry dates {e}"); continue
        if e["start"] > e["end"] or e["end"] > "2026-12": err(f, f"entry order {e}")
        mm = months(e["start"], e["end"]); allm |= mm
        if e["type"] in ("hands_on", "observership"): clin |= mm
    if r["usce_months"] != len(allm): err(f, f"usce_months {r['usce_months']} != recount {len(allm)}")
    if r["usce_months_clinical"] != len(clin): err(f, f"usce_months_clinical {r['usce_months_clinical']} != {len(clin)}")
    # file content
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan PDF has fonts")
        continue
    t = norm(text_of(path))
    if norm(r["full_name"]) not in t: err(f, "name not found in file text")
    if r["email"].lower() not in t: err(f, "email not found in file text")
    if r["medical_school"] and norm(r["medical_school"]).split(",")[0][:20] not in t.replace("’", "'"):
        err(f, "medical school not found in text (first 20 chars)")
    for e in r["usce_entries"]:
        pass

print("kinds:", kinds)
if kinds["readable"] < 16 or kinds["scan"] < 5 or kinds["damaged"] < 3: errors.append(f"kind counts {kinds}")
if errors:
    print("\n".join(errors)); print(f"CHECK FAILED: {len(errors)} problem(s)"); sys.exit(1)
print(f"CHECK OK: {len(rows)} rows")
