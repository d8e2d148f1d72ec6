# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the brief's contract and against the delivered files."""
import os, sys, json, re, zipfile, subprocess, tempfile, unicodedata, shutil
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
WRITER = "w14"

SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
               "Cardiology", "Gastroenterology", "Oncology", "Hematology", "Nephrology", "Pulmonology",
               "Endocrinology", "Infectious Disease", "Rheumatology", "Dermatology", "Ophthalmology",
               "Orthopedic Surgery", "Urology", "Otolaryngology", "Neurosurgery", "Geriatrics", "Critical Care"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
ECFMG = {"certified", "pending", "not_certified", None}
VISA = {"citizen", "green_card", "j1", "h1b", "b1b2", None}
TYPES = {"hands_on", "observership", "research", "telehealth"}
READABLE_EXT = {"pdf", "docx", "odt", "rtf", "txt"}

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def xml_paragraph_text(data, ns_par, ns_txt=None):
    root = ET.fromstring(data)
    out = []
    for el in root.iter():
        if el.tag in ns_par:
            out.append("".join(el.itertext()))
    return "\n".join(out)


def text_docx(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    parts.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(parts)


def text_odt(path):
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in ("content.xml", "styles.xml"):
            root = ET.fromstring(z.read(n))
            for el in root.iter():
                if el.tag in (T + "p", T + "h"):
                    parts.append("".join(el.itertext()))
    return "\n".join(parts)


def text_pdf(path):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
    return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None


def text_rtf(path):
    tmp = tempfile.mkdtemp(prefix="w14chk")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w14_lo_profile_chk", "--headless", "--convert-to",
                    "pdf", "--outdir", tmp, path], capture_output=True, timeout=180)
    pdf = os.path.join(tmp, os.path.basename(path)[:-4] + ".pdf")
    t = text_pdf(pdf) if os.path.exists(pdf) else None
    shutil.rmtree(tmp, ignore_errors=True)
    return t


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).casefold()


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "docx": return text_docx(path)
    if ext == "odt": return text_odt(path)
    if ext == "pdf": return text_pdf(path)
    if ext == "rtf": return text_rtf(path)
    if ext == "txt": return open(path, encoding="utf-8-sig").read()
    return None


def check_record(t):
    f = t.get("file", "?")
    if t.get("error"):
        if set(t) != {"file", "layout", "error"} or t["error"] is not True:
            err(f, "damaged record must have exactly file/layout/error=true")
        return
    need = KEYS + (["needs_ocr"] if t.get("needs_ocr") else [])
    if set(t) != set(need):
        err(f, f"keys differ: missing {set(need) - set(t)} extra {set(t) - set(need)}")
        return
    if not t["file"].startswith(WRITER + "_"): err(f, "bad file prefix")
    if not re.fullmatch(r"w14_\d{3}_[a-z0-9_]+\.[a-z]+", t["file"]): err(f, "bad file name pattern")
    if t["layout"] not in t["file"]: err(f, "layout not in file name")
    for k in ("full_name", "email", "medical_school"):
        if not isinstance(t[k], str) or not t[k].strip(): err(f, f"{k} empty")
    if re.search(r"\b(Dr\.?|MD|MBBS|MBBCh)\b", t["full_name"]): err(f, "title/degree in full_name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"]): err(f, "bad email")
    if t["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"]): err(f, "country not ISO alpha-2")
    if not isinstance(t["graduation_year"], int) or not 1980 <= t["graduation_year"] <= 2032: err(f, "graduation_year")
    if not isinstance(t["is_student"], bool): err(f, "is_student not bool")
    if t["is_student"] and t["graduation_year"] < 2026: err(f, "student with past graduation year")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = t[k]
        if v is not None and not (isinstance(v, int) and 100 <= v <= 300): err(f, k)
    if t["ecfmg_status"] not in ECFMG: err(f, "ecfmg_status enum")
    if t["visa_status"] not in VISA: err(f, "visa_status enum")
    if not isinstance(t["specialties"], list) or any(s not in SPECIALTIES for s in t["specialties"]): err(f, "specialties")
    if not isinstance(t["languages"], list) or not t["languages"] or "Farsi" in t["languages"]: err(f, "languages")
    if not isinstance(t["publications"], int) or t["publications"] < 0: err(f, "publications")
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, f"entry keys {e}"); continue
        if e["type"] not in TYPES: err(f, f"entry type {e}")
        if e["specialty"] not in SPECIALTIES: err(f, f"entry specialty {e}")
        if e["state"] not in STATES: err(f, f"entry state {e}")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]): err(f, f"entry {k} format {e}")
        if e["start"] > e["end"]: err(f, f"entry start>end {e}")
        if e["end"] > "2026-12": err(f, f"entry ends after 2026-12 {e}")
    m = months(t["usce_entries"])
    mc = months([e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")])
    if t["usce_months"] != m: err(f, f"usce_months {t['usce_months']} != recount {m}")
    if t["usce_months_clinical"] != mc: err(f, f"usce_months_clinical {t['usce_months_clinical']} != recount {mc}")


def check_file(t):
    f = t["file"]; path = os.path.join(FILES, f)
    if not os.path.exists(path):
        err(f, "file missing"); return
    ext = f.rsplit(".", 1)[1]
    if t.get("error"):
        data = open(path, "rb").read()
        if ext == "pdf":
            r = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if r.returncode == 0 and r.stdout.strip(): err(f, "damaged pdf still yields text")
        elif ext == "docx":
            if zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
        return
    if t.get("needs_ocr"):
        if ext == "pdf":
            txt = text_pdf(path)
            if txt is None or txt.strip(): err(f, "scan pdf has a text layer (or is unreadable)")
            if b"/Font" in open(path, "rb").read(): err(f, "scan pdf contains fonts")
        elif ext in ("png", "jpg", "jpeg"):
            from PIL import Image
            try:
                im = Image.open(path); im.verify()
            except Exception as e:
                err(f, f"scan image unreadable: {e}")
        else:
            err(f, "scan with unexpected extension")
        return
    if ext not in READABLE_EXT:
        err(f, "readable file with non-accepted extension"); return
    txt = extract(path)
    if not txt:
        err(f, "no text extracted"); return
    n = norm(txt)
    if norm(t["full_name"]) not in n: err(f, f"name {t['full_name']!r} not found in text")
    if t["email"].casefold() not in n: err(f, f"email {t['email']!r} not found in text")
    if t["phone_e164"]:
        digits = re.sub(r"\D", "", txt)
        if t["phone_e164"][-8:] not in digits: err(f, "phone digits not found in text")


def main():
    path = os.path.join(ROOT, "truth.jsonl")
    recs = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            err(f"line {i}", f"bad json {e}")
    names = [r.get("file") for r in recs]
    if len(names) != len(set(names)): err("truth", "duplicate file names")
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk: err("truth", f"truth/file mismatch: {set(names) ^ set(on_disk)}")
    n_scan = sum(1 for r in recs if r.get("needs_ocr"))
    n_bad = sum(1 for r in recs if r.get("error"))
    n_read = len(recs) - n_scan - n_bad
    for r in recs:
        check_record(r)
        check_file(r)
    print(f"records: {len(recs)} (readable {n_read}, scans {n_scan}, damaged {n_bad})")
    if len(recs) < 18: err("truth", "fewer than 18 files")
    if errors:
        print("FAILED:"); [print("  " + e) for e in errors]; sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
