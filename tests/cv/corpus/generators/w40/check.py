#!/usr/bin/env python3
"""Validate truth.jsonl against the contract and the files in files/."""
import json, os, re, subprocess, sys, unicodedata, zipfile, zlib
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, ".."); FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")
def ym(s): y, m = s.split("-"); return int(y), int(m)
def months(ents, clin):
    S = set()
    for e in ents:
        if clin and e["type"] in ("research", "telehealth"): continue
        y, m = ym(e["start"]); y2, m2 = ym(e["end"])
        if (y, m) > (y2, m2): return -1
        while (y, m) <= (y2, m2):
            S.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(S)
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()
def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); out = ""
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml")):
                x = z.read(n).decode("utf-8"); out += re.sub(r"<[^>]+>", "", re.sub(r"</w:p>|</text:p>|</text:h>|<text:tab/>|<w:tab/>", "\n", x)) + "\n"
        import html; return html.unescape(out)
    if ext == "rtf":
        r = open(path, encoding="ascii").read()
        r = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), r)
        return re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", r)
    return ""
seen = set(); rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
for r in rows:
    f = r.get("file"); seen.add(f); path = os.path.join(FILES, f)
    if not re.fullmatch(r"w40_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f or ""): err(f, "bad file name")
    if not os.path.exists(path): err(f, "missing file"); continue
    if r.get("error"):
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        data = open(path, "rb").read()
        if f.endswith(".pdf"):
            rc = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if rc.returncode == 0 and rc.stdout.strip(): err(f, "damaged pdf still readable")
        elif f.endswith(".docx") and zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
        continue
    want = KEYS + (["needs_ocr"] if r.get("needs_ocr") else [])
    if list(r.keys()) != want: err(f, f"keys {list(r.keys())}")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): err(f, "email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032: err(f, "grad year")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student inconsistent with graduation year")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if v is not None and not (isinstance(v, int) and 100 <= v <= 300): err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not set(r["specialties"]) <= SPECS: err(f, "specialty vocab")
    if not r["languages"] or not all(isinstance(x, str) for x in r["languages"]): err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]) or e[k] > "2026-12": err(f, "entry date " + e[k])
    if months(r["usce_entries"], False) != r["usce_months"]: err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'], False)}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, "usce_months_clinical")
    if r.get("needs_ocr"):
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan PDF has a text layer")
            if b"/Font" in open(path, "rb").read(): err(f, "scan PDF has fonts")
        else:
            from PIL import Image
            Image.open(path).verify()
    else:
        t = norm(text_of(path))
        if norm(r["full_name"]) not in t: err(f, "name not found in text")
        if r["email"].casefold() not in t: err(f, "email not found in text")
files = set(os.listdir(FILES))
if files != seen: err("-", f"files vs truth mismatch: {sorted(files ^ seen)}")
n_read = sum(1 for r in rows if not r.get("error") and not r.get("needs_ocr")); n_scan = sum(1 for r in rows if r.get("needs_ocr")); n_dmg = sum(1 for r in rows if r.get("error"))
print(f"rows={len(rows)} readable={n_read} scans={n_scan} damaged={n_dmg}")
if errs: print("\n".join(errs)); print("CHECK FAILED"); sys.exit(1)
print("CHECK PASSED")
