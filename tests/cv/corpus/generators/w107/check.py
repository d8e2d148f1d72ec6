# -*- coding: utf-8 -*-
"""Independent check of truth.jsonl against the files (does not import people.py)."""
import os, re, json, subprocess, zipfile, tempfile, unicodedata

BASE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(BASE, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
errs = []


def err(f, m):
    errs.append("%s: %s" % (f, m))


def recount(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        a = int(e["start"][:4]) * 12 + int(e["start"][5:]) - 1
        b = min(int(e["end"][:4]) * 12 + int(e["end"][5:]) - 1, 2026 * 12 + 11)
        s.update(range(a, b + 1))
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml"))]
        xml = " ".join(z.read(n).decode("utf-8") for n in parts)
        # join runs: strip tags without inserting spaces inside paragraphs
        xml = re.sub(r"</w:p>|</text:p>|<w:tab/>|<w:br/>|</w:tc>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
    if ext == "rtf":
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", td, path],
                           capture_output=True)
            return open(os.path.join(td, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8-sig").read()
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return None


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


rows = [json.loads(l) for l in open(os.path.join(BASE, "truth.jsonl"), encoding="utf-8")]
names = sorted(os.listdir(FILES))
if sorted(r["file"] for r in rows) != names:
    err("ALL", "files and truth rows differ")
cnt = {"readable": 0, "scan": 0, "damaged": 0}
layouts = set()
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    m = re.match(r"w107_(\d{3})_(.+)\.(\w+)$", f)
    if not m or m.group(2) != r["layout"]:
        err(f, "bad name/layout")
    if r.get("error"):
        cnt["damaged"] += 1
        if set(r) != {"file", "layout", "error"}:
            err(f, "damaged row has extra keys")
        ok = False
        if f.endswith(".pdf"):
            ok = subprocess.run(["pdfinfo", path], capture_output=True).returncode != 0 and \
                 subprocess.run(["pdftotext", path, "-"], capture_output=True).returncode != 0
        elif f.endswith(".docx"):
            try:
                zipfile.ZipFile(path)
            except Exception:
                ok = True
        if not ok:
            err(f, "damaged file opens")
        continue
    for k in KEYS:
        if k not in r:
            err(f, "missing " + k)
    scan = r.get("needs_ocr") is True
    cnt["scan" if scan else "readable"] += 1
    if not scan:
        layouts.add(r["layout"])
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
        err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not isinstance(r["is_student"], bool):
        err(f, "grad/is_student type")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation year")
    s1 = r["usmle_step1"]
    if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"):
        err(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"):
        err(f, "visa")
    for s in r["specialties"]:
        if s not in SPEC:
            err(f, "specialty " + s)
    if not isinstance(r["publications"], int):
        err(f, "publications")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "usce type")
        if e["specialty"] is not None and e["specialty"] not in SPEC:
            err(f, "usce specialty")
        if e["state"] not in STATES:
            err(f, "usce state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"]):
            err(f, "usce dates")
    if recount(r["usce_entries"], False) != r["usce_months"]:
        err(f, "usce_months %s vs %s" % (r["usce_months"], recount(r["usce_entries"], False)))
    if recount(r["usce_entries"], True) != r["usce_months_clinical"]:
        err(f, "usce_months_clinical")
    t = text_of(path)
    if scan:
        if f.endswith(".pdf"):
            if t and t.strip():
                err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2:
                err(f, "scan PDF has fonts")
        continue
    if not t:
        err(f, "no text extracted"); continue
    tn = norm(t)
    if norm(r["full_name"]) not in tn:
        err(f, "name not in text")
    if r["email"] not in tn:
        err(f, "email not in text")
    if r["phone_e164"]:
        digits = re.sub(r"\D", "", tn)
        if r["phone_e164"][-7:] not in digits:
            err(f, "phone digits not in text")

print("counts:", cnt, "distinct readable layouts:", len(layouts))
if cnt != {"readable": 16, "scan": 5, "damaged": 3} or len(layouts) < 8:
    err("ALL", "counts")
for e in errs:
    print("ERROR", e)
print("OK" if not errs else "%d errors" % len(errs))
