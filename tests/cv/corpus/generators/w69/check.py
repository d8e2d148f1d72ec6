# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the contract and the files. Usage: python check.py truth.jsonl files/ [--ocr]"""
import json, sys, os, re, subprocess, zipfile, unicodedata

SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
               "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
               "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
ECFMG = {"certified", "pending", "not_certified", None}
VISA = {"citizen", "green_card", "j1", "h1b", "b1b2", None}
TYPES = {"hands_on", "observership", "research", "telehealth"}
READABLE = {".pdf", ".docx", ".odt", ".rtf", ".txt"}
errors = []


def err(f, msg): errors.append("%s: %s" % (f, msg))


def months(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def rtf_text(raw):
    t = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), raw)
    t = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), t)
    t = re.sub(r"\\(line|par|tab)\b", " ", t)
    t = re.sub(r"\\[a-z]+-?\d* ?", "", t)
    return t.replace("{", "").replace("}", "").replace("\\\\", "\\")


def zip_text(path):
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if n.endswith(".xml"):
            x = z.read(n).decode("utf-8", "replace")
            x = re.sub(r"<(w:tab|text:tab|w:br|text:line-break)[^>]*/>", " ", x)
            x = re.sub(r"</(w:p|text:p|text:h)>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(out))


def text_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        return subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
    if ext in (".docx", ".odt"): return zip_text(path)
    if ext == ".rtf": return rtf_text(open(path, encoding="ascii", errors="replace").read())
    return open(path, encoding="utf-8").read()


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", "", s)


def main():
    truth_path, files_dir = sys.argv[1], sys.argv[2]
    ocr = "--ocr" in sys.argv
    rows = [json.loads(l) for l in open(truth_path, encoding="utf-8") if l.strip()]
    names = [r["file"] for r in rows]
    if len(names) != len(set(names)): err("truth", "duplicate file names")
    ondisk = set(os.listdir(files_dir))
    if ondisk != set(names): err("truth", "files/ and truth differ: %s" % (ondisk ^ set(names)))
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]; path = os.path.join(files_dir, f)
        if not re.match(r"^w69_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad file name")
        if not os.path.exists(path): err(f, "missing"); continue
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}: err(f, "damaged row must only have file/layout/error")
            if f.endswith(".pdf"):
                p = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True)
                if p.returncode == 0 and p.stdout.strip(): err(f, "damaged pdf still yields text")
            elif f.endswith(".docx") and zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
            continue
        scan = r.get("needs_ocr") is True
        exp = KEYS + (["needs_ocr"] if scan else [])
        if list(r) != exp and set(r) != set(exp): err(f, "keys %s" % sorted(set(r) ^ set(exp)))
        if not isinstance(r["full_name"], str) or not r["full_name"]: err(f, "full_name")
        if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"] or ""): err(f, "email")
        if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]): err(f, "phone not E.164")
        if not re.match(r"^[A-Z]{2}$", r["medical_school_country"] or ""): err(f, "country")
        gy = r["graduation_year"]
        if not isinstance(gy, int) or not 1980 <= gy <= 2032: err(f, "graduation_year")
        elif r["is_student"] != (gy > 2026): err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
        if r["ecfmg_status"] not in ECFMG: err(f, "ecfmg_status")
        if r["visa_status"] not in VISA: err(f, "visa_status")
        if not isinstance(r["specialties"], list) or any(s not in SPECIALTIES for s in r["specialties"]): err(f, "specialties")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]): err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys %s" % e)
            if e["type"] not in TYPES: err(f, "entry type")
            if e["specialty"] not in SPECIALTIES: err(f, "entry specialty")
            if e["state"] not in STATES: err(f, "entry state")
            for k in ("start", "end"):
                if not re.match(r"^20\d\d-(0[1-9]|1[0-2])$", e[k]): err(f, "entry %s format" % k)
            if e["start"] > e["end"]: err(f, "entry start > end")
            if e["end"] > "2026-12": err(f, "entry end after 2026-12")
        if r["usce_months"] != months(r["usce_entries"], False): err(f, "usce_months recount mismatch")
        if r["usce_months_clinical"] != months(r["usce_entries"], True): err(f, "usce_months_clinical recount mismatch")
        ext = os.path.splitext(f)[1].lower()
        if scan:
            kinds["scan"] += 1
            if ext == ".pdf":
                t = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True).stdout
                if t.strip(): err(f, "scan pdf has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
                if len(fonts) > 2: err(f, "scan pdf has fonts")
            elif ext not in (".png", ".jpg"): err(f, "scan must be pdf/png/jpg")
            else:
                from PIL import Image
                Image.open(path).verify()
            if ocr:
                import tempfile
                img = path
                if ext == ".pdf":
                    d = tempfile.mkdtemp(); subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", path, d + "/p"], check=True)
                    img = d + "/p-1.png"
                o = subprocess.run(["tesseract", img, "-"], capture_output=True, text=True).stdout
                print("  OCR %s: email %s, name %s" % (f, "found" if r["email"].lower() in o.lower() else "NOT found",
                                                         "found" if r["full_name"].split()[-1].lower() in o.lower() else "NOT found"))
            continue
        kinds["readable"] += 1
        if ext not in READABLE: err(f, "readable file with unaccepted extension")
        t = text_of(path); nt = norm(t)
        if norm(r["full_name"]) not in nt: err(f, "name not found in text")
        if norm(r["email"]) not in nt: err(f, "email not found in text")
        if r["phone_e164"]:
            digits = re.sub(r"\D", "", t)
            if r["phone_e164"][-7:] not in digits: err(f, "phone digits not found in text")
    print("kinds:", kinds)
    if errors:
        print("\n".join("ERROR " + e for e in errors)); print("CHECK FAILED (%d errors)" % len(errors)); sys.exit(1)
    print("CHECK PASSED: %d rows" % len(rows))


if __name__ == "__main__":
    main()
