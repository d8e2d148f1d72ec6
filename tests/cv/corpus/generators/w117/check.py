# -*- coding: utf-8 -*-
"""Independent checks of w117 truth.jsonl against the contract and the files."""
import json, os, re, subprocess, sys, tempfile, zipfile, shutil, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
errs = []
def bad(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); Y, M = map(int, e["end"].split("-"))
        if (Y, M) > (2026, 12): Y, M = 2026, 12
        while (y, m) <= (Y, M):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], capture_output=True, text=True).stdout
                         for m in ([], ["-layout"]))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml"):
                parts.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")))
        import html; return html.unescape(" ".join(parts))
    if ext == "rtf":  # independent: let LibreOffice read the RTF
        d = tempfile.mkdtemp(prefix="w117_ck_")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/p", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", d, path], capture_output=True, timeout=180)
        t = open(os.path.join(d, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8-sig").read()
        shutil.rmtree(d, ignore_errors=True); return t
    raise ValueError(ext)

norm = lambda s: re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != files: bad("*", "truth rows and files differ")
n_read = n_scan = n_dmg = 0; layouts = set()
for r in rows:
    f = r["file"]; p = os.path.join(FILES, f)
    if not f.startswith("w117_") or r["layout"] not in f: bad(f, "name/layout")
    if r.get("error"):
        n_dmg += 1
        if set(r) != {"file", "layout", "error"}: bad(f, "damaged row has extra keys")
        ext = f.rsplit(".", 1)[1]
        if ext == "pdf":
            pr = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if pr.returncode == 0 and pr.stdout.strip(): bad(f, "damaged PDF still opens")
        elif ext == "docx":
            try:
                import docx; docx.Document(p); bad(f, "damaged docx opens")
            except Exception: pass
        continue
    missing = [k for k in KEYS if k not in r]
    if missing: bad(f, f"missing {missing}")
    scan = f.rsplit(".", 1)[1] in ("png", "jpg") or r["layout"].startswith(("scan", "photo"))
    if scan:
        n_scan += 1
        if r.get("needs_ocr") is not True: bad(f, "scan without needs_ocr")
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2: bad(f, "scan PDF has a text layer")
        else:
            from PIL import Image; Image.open(p).verify()
    else:
        n_read += 1; layouts.add(r["layout"])
        if "needs_ocr" in r: bad(f, "readable with needs_ocr")
        t = norm(text_of(p))
        if norm(r["full_name"]) not in t: bad(f, f"name {r['full_name']!r} not in text")
        if r["email"] and r["email"].lower() not in t: bad(f, "email not in text")
        digits = re.sub(r"\D", "", t)
        if r["phone_e164"]:
            nat = r["phone_e164"][1:]
            cc = {"44": 2, "353": 3, "61": 2, "64": 2, "1": 1}
            k = next(c for c in ("353", "44", "61", "64", "1") if nat.startswith(c))
            sub = nat[len(k):]
            if sub not in digits: bad(f, "phone digits not in text")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): bad(f, "E.164")
    if r["email"] is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): bad(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or "XX"): bad(f, "country")
    if not isinstance(r["graduation_year"], int): bad(f, "grad year")
    if not isinstance(r["is_student"], bool): bad(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026): bad(f, "student vs grad year")
    s1 = r["usmle_step1"]
    if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): bad(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): bad(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): bad(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): bad(f, "visa")
    if not set(r["specialties"]) <= SPECS: bad(f, f"specialties {r['specialties']}")
    if not all(isinstance(x, str) and x for x in r["languages"]): bad(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: bad(f, "pubs")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: bad(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): bad(f, "entry type")
        if e["specialty"] is not None and e["specialty"] not in SPECS: bad(f, "entry specialty")
        if e["state"] not in STATES: bad(f, "entry state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"]): bad(f, "entry dates")
    if months(r["usce_entries"], False) != r["usce_months"]: bad(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'], False)}")
    if months(r["usce_entries"], True) != r["usce_months_clinical"]: bad(f, "usce_months_clinical")
    # referees' contacts must not be the applicant's
    if r["email"] and ("nhs" in r["email"] or r["email"].endswith((".ie", ".edu"))): bad(f, "email looks institutional")

print(f"readable={n_read} scans={n_scan} damaged={n_dmg} readable_layouts={len(layouts)} {sorted(layouts)}")
if (n_read, n_scan, n_dmg) != (16, 5, 3): bad("*", "counts")
if len(layouts) < 8: bad("*", "fewer than 8 layouts")
print("\n".join(errs) if errs else "ALL CHECKS PASSED")
sys.exit(1 if errs else 0)
