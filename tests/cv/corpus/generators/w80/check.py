import json, os, re, sys, subprocess, zipfile, html
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); FD = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
 "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care",
 "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")
def ym(s): y, m = map(int, s.split("-")); return y * 12 + m - 1
def count(es): return len({k for e in es for k in range(ym(e["start"]), ym(e["end"]) + 1)})
def xmltext(path, parts):
    z = zipfile.ZipFile(path); o = ""
    for n in z.namelist():
        if any(re.fullmatch(p, n) for p in parts): o += " " + re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8"))
    return html.unescape(o)
def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx": return xmltext(path, [r"word/(document|header\d*|footer\d*)\.xml"])
    if ext == "odt": return xmltext(path, [r"content\.xml", r"styles\.xml"])
    if ext == "rtf":
        s = open(path, encoding="ascii").read()
        s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
        s = re.sub(r"\\[a-z]+-?\d* ?", " ", s); return s.replace("\\{", "{").replace("\\}", "}").replace("{", "").replace("}", "")
    return open(path, encoding="utf-8").read()
norm = lambda s: re.sub(r"\s+", " ", s)
rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FD))
if sorted(r["file"] for r in rows) != files: err("ALL", "truth files != files/")
if len(files) != 24: err("ALL", f"{len(files)} files")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = os.path.join(FD, f)
    if not re.fullmatch(r"w80_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged keys")
        continue
    scan = r.get("needs_ocr", False); kinds["scan" if scan else "readable"] += 1
    if set(r) != set(KEYS) | ({"needs_ocr"} if scan else set()): err(f, f"keys {set(r) ^ set(KEYS)}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", r["email"] or ""): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not isinstance(r["is_student"], bool): err(f, "grad/student")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "student vs year")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
    if any(s not in SPECS for s in r["specialties"]): err(f, "specialty")
    if not isinstance(r["publications"], int) or not r["languages"]: err(f, "pubs/langs")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"} or e["type"] not in ("hands_on", "observership", "research", "telehealth") \
           or e["specialty"] not in SPECS or e["state"] not in STATES or not re.fullmatch(r"\d{4}-\d{2}", e["start"]) \
           or not re.fullmatch(r"\d{4}-\d{2}", e["end"]) or e["start"] > e["end"] or e["end"] > "2026-12": err(f, f"entry {e}")
    if r["usce_months"] != count(r["usce_entries"]): err(f, "usce_months recount")
    if r["usce_months_clinical"] != count([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]): err(f, "clinical recount")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan pdf has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
            if len(fonts) > 2: err(f, "scan pdf has fonts")
    else:
        t = norm(text_of(path))
        if norm(r["full_name"]) not in t: err(f, "name not in text")
        if r["email"] not in t.replace(" ", "") and r["email"] not in t: err(f, "email not in text")
print(kinds)
if kinds["readable"] < 16 or kinds["scan"] < 5 or kinds["damaged"] < 3: err("ALL", "kind counts")
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors"); sys.exit(1 if errs else 0)
