#!/usr/bin/env python3
"""Validate truth.jsonl against files/ for w39. Exit 1 on any problem."""
import json, os, re, subprocess, sys, zipfile, unicodedata, tempfile, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
READABLE = (".pdf", ".docx", ".odt", ".rtf", ".txt")
errs = []


def err(f, m): errs.append(f"{f}: {m}")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s.replace("\u00ad", ""))


def xml_text(path, members):
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if any(re.fullmatch(m, n) for m in members):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</text:p>|</text:h>|<w:tab/>|<text:tab/>|<w:br/>|<text:line-break/>", " \n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape(" ".join(out))


def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == ".docx":
        return xml_text(path, [r"word/document\.xml", r"word/header\d*\.xml", r"word/footer\d*\.xml"])
    if ext == ".odt":
        return xml_text(path, [r"content\.xml", r"styles\.xml"])
    if ext == ".txt":
        return open(path, encoding="utf-8").read()
    if ext == ".rtf":  # let LibreOffice decode the RTF (to PDF, so headers/footers are kept)
        tmp = tempfile.mkdtemp()
        try:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to", "pdf",
                            "--outdir", tmp, path], capture_output=True, timeout=120)
            return subprocess.run(["pdftotext", "-q", os.path.join(tmp, os.path.basename(path)[:-4] + ".pdf"), "-"],
                                  capture_output=True, text=True).stdout
        finally:
            shutil.rmtree(tmp)
    return ""


def ym(s): y, m = map(int, s.split("-")); return y * 12 + m - 1


lines = open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8").read().splitlines()
seen = set()
for ln in lines:
    d = json.loads(ln); f = d.get("file", "?")
    if f in seen: err(f, "duplicate")
    seen.add(f)
    path = os.path.join(FILES, f)
    if not os.path.exists(path): err(f, "missing file"); continue
    if not re.fullmatch(r"w39_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if d.get("layout") != f.split("_", 2)[2].rsplit(".", 1)[0]: err(f, "layout != name part")
    if d.get("error"):
        if set(d) != {"file", "layout", "error"} or d["error"] is not True: err(f, "damaged keys")
        # damaged must not parse as a normal document
        ext = os.path.splitext(f)[1]
        if ext == ".pdf":
            r = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True)
            if r.returncode == 0 and r.stdout.strip(): err(f, "damaged pdf still readable")
        elif ext == ".docx" and zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
        continue
    scan = d.get("needs_ocr") is True
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(d) != want: err(f, f"keys {list(d)}")
    if not isinstance(d["full_name"], str) or not d["full_name"].strip(): err(f, "name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", d["email"] or ""): err(f, "email")
    if d["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", d["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[A-Z]{2}", d["medical_school_country"] or ""): err(f, "country")
    if not isinstance(d["graduation_year"], int) or not 1970 <= d["graduation_year"] <= 2032: err(f, "grad year")
    if not isinstance(d["is_student"], bool): err(f, "is_student")
    if d["is_student"] != (d["graduation_year"] > 2026): err(f, "is_student vs graduation_year inconsistent")
    s1 = d["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = d[k]
        if not (v is None or (isinstance(v, int) and 100 <= v <= 300)): err(f, k)
    if d["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
    if d["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
    if not all(s in SPECS for s in d["specialties"]) or len(set(d["specialties"])) != len(d["specialties"]): err(f, "specialties")
    if not d["languages"] or len(set(d["languages"])) != len(d["languages"]): err(f, "languages")
    if not isinstance(d["publications"], int) or d["publications"] < 0: err(f, "publications")
    allm, clin = set(), set()
    for e in d["usce_entries"]:
        if list(e) != ["type", "specialty", "state", "start", "end"]: err(f, f"entry keys {e}")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"])): err(f, "entry dates"); continue
        a, b = ym(e["start"]), ym(e["end"])
        if b < a or b > ym("2026-12"): err(f, "entry range")
        r = set(range(a, b + 1)); allm |= r
        if e["type"] in ("hands_on", "observership"): clin |= r
    if d["usce_months"] != len(allm): err(f, f"usce_months {d['usce_months']} != {len(allm)}")
    if d["usce_months_clinical"] != len(clin): err(f, f"usce_months_clinical {d['usce_months_clinical']} != {len(clin)}")
    ext = os.path.splitext(f)[1]
    if scan:
        if ext == ".pdf":
            t = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
            if t.strip() or len(fonts) > 2: err(f, "scan PDF has a text layer")
        elif ext not in (".png", ".jpg"): err(f, "scan must be pdf/png/jpg")
    else:
        if ext not in READABLE: err(f, "readable ext")
        t = norm(text_of(path))
        if norm(d["full_name"]) not in t: err(f, "name not in text")
        if d["email"].lower() not in t: err(f, "email not in text")

n_read = sum(1 for l in lines if "needs_ocr" not in l and '"error"' not in l)
n_scan = sum(1 for l in lines if '"needs_ocr": true' in l)
n_dmg = sum(1 for l in lines if '"error": true' in l)
on_disk = set(os.listdir(FILES))
if on_disk != seen: err("files/", f"not in truth: {on_disk - seen}; missing: {seen - on_disk}")
print(f"readable={n_read} scans={n_scan} damaged={n_dmg} total={len(lines)}")
if errs:
    print("\n".join("FAIL " + e for e in errs)); sys.exit(1)
print("OK")
