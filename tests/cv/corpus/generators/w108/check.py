# -*- coding: utf-8 -*-
"""Independent checks of truth.jsonl against the files in files/."""
import os, sys, json, re, subprocess, zipfile, tempfile, shutil
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
USPS = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
errs = []
def bad(f, m): errs.append(f"{f}: {m}")

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        y2, m2 = min((y2, m2), (2026, 12))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return (subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout + "\n" +
                subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout)
    if ext == "docx":
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml", n):
                t += " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", z.read(n).decode("utf-8"))) + "\n"
        return t
    if ext == "rtf":
        tmp = tempfile.mkdtemp(); prof = tempfile.mkdtemp()
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", tmp, path], capture_output=True, timeout=120)
        t = open(os.path.join(tmp, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8", errors="replace").read()
        shutil.rmtree(tmp, True); shutil.rmtree(prof, True); return t
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return None

rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
names = [r["file"] for r in rows]
if len(set(names)) != len(names): bad("truth", "duplicate file names")
ondisk = set(os.listdir(FILES))
if ondisk != set(names): bad("truth", f"file set mismatch: {ondisk ^ set(names)}")
n_read = n_scan = n_dmg = 0
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.match(r"w108_\d{3}_" + re.escape(r["layout"]) + r"\.\w+$", f): bad(f, "name/layout mismatch")
    if r.get("error"):
        n_dmg += 1
        if set(r) != {"file", "layout", "error"}: bad(f, "damaged row has extra keys")
        size = os.path.getsize(path)
        if f.endswith(".pdf"):
            pr = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if pr.returncode == 0 and pr.stdout.strip(): bad(f, "damaged pdf still opens")
        elif size != 0: bad(f, "zero-length file is not empty")
        continue
    for k in KEYS:
        if k not in r: bad(f, f"missing {k}")
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000"): bad(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): bad(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): bad(f, "country")
    if not isinstance(r["graduation_year"], int): bad(f, "grad year")
    if r["usmle_step1"] not in ("pass", "fail", None) and not (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300): bad(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): bad(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): bad(f, "ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): bad(f, "visa")
    for s in r["specialties"]:
        if s not in SPECS: bad(f, f"specialty {s}")
    if not isinstance(r["publications"], int): bad(f, "pubs")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): bad(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPECS: bad(f, "usce spec")
        if e["state"] not in USPS: bad(f, "usce state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"]): bad(f, "usce dates")
    m = months(r["usce_entries"]); mc = months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")])
    if m != r["usce_months"]: bad(f, f"usce_months {r['usce_months']} != recount {m}")
    if mc != r["usce_months_clinical"]: bad(f, f"usce_months_clinical {r['usce_months_clinical']} != recount {mc}")
    if r.get("needs_ocr"):
        n_scan += 1
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip(): bad(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: bad(f, "scan PDF has fonts")
        elif not f.endswith((".png", ".jpg")): bad(f, "scan ext")
        continue
    n_read += 1
    t = text_of(path)
    flat = re.sub(r"\s+", " ", t or "")
    if r["full_name"] not in flat and r["full_name"].upper() not in flat: bad(f, "name not in text")
    if r["email"] not in flat: bad(f, "email not in text")
    digits = re.sub(r"\D", "", flat)
    tail = r["phone_e164"][-9:]
    if tail not in digits: bad(f, "phone digits not in text")
print(f"readable={n_read} scans={n_scan} damaged={n_dmg} total={len(rows)}")
if n_read != 16 or n_scan != 5 or n_dmg != 3: bad("counts", "expected 16/5/3")
print("\n".join(errs) if errs else "ALL CHECKS PASSED")
sys.exit(1 if errs else 0)
