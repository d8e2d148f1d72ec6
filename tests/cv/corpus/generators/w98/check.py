# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the brief's contract and against the files themselves.
Usage: python check.py [--ocr]   (--ocr also runs tesseract on the scans as a legibility smoke test)"""
import os, re, sys, json, html, zipfile, subprocess, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
PREFIX = "w98_"
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
             "PA RI SC SD TN TX UT VT VA WA WV WI WY".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
READABLE_EXT = {"pdf", "docx", "odt", "rtf", "txt"}
errors = []

def err(f, msg):
    errors.append("%s: %s" % (f, msg))

def months(entries, clinical_only):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y1, m1 = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        y, m = y1, m1
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def rtf_text(raw):
    out = []
    def u(m):
        n = int(m.group(1)); return chr(n + 65536 if n < 0 else n)
    raw = re.sub(r"\\u(-?\d+)\??", u, raw)
    raw = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), raw)
    raw = re.sub(r"\\(par|line)\b ?", "\n", raw)
    raw = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", raw)
    raw = raw.replace("\\{", "{").replace("\\}", "}").replace("\\\\", "\\")
    return raw.replace("{", "").replace("}", "")

def xml_text(xml):
    xml = re.sub(r"</(w:p|text:p|text:h)>", "\n", xml)
    xml = re.sub(r"<(w:tab|text:tab|text:s)[^>]*/>", " ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))

def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                         if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return xml_text(z.read("content.xml").decode("utf-8")) + xml_text(z.read("styles.xml").decode("utf-8"))
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    return open(path, encoding="utf-8").read()

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).casefold()

def check_entry(f, t):
    for k in KEYS:
        if k not in t:
            err(f, "missing key " + k)
    extra = set(t) - set(KEYS) - {"needs_ocr"}
    if extra:
        err(f, "unexpected keys %s" % extra)
    if not isinstance(t.get("full_name"), str) or not t["full_name"].strip():
        err(f, "full_name")
    elif re.search(r"\b(Dr\.?|MD|MBBS|MBChB|MBBCh)\b", t["full_name"]):
        err(f, "title/degree in full_name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t.get("email") or ""):
        err(f, "email")
    if t["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"]):
        err(f, "phone_e164 not E.164: %r" % t["phone_e164"])
    if not re.fullmatch(r"[A-Z]{2}", t.get("medical_school_country") or ""):
        err(f, "medical_school_country")
    if not isinstance(t["graduation_year"], int) or not 1990 <= t["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if not isinstance(t["is_student"], bool):
        err(f, "is_student")
    elif t["is_student"] != (t["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and not isinstance(s1, bool) and 100 <= s1 <= 300)):
        err(f, "usmle_step1 %r" % s1)
    for k in ("usmle_step2ck", "usmle_step3"):
        v = t[k]
        if v is not None and not (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300):
            err(f, "%s %r" % (k, v))
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg_status")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa_status")
    if not isinstance(t["specialties"], list) or any(s not in SPECS for s in t["specialties"]):
        err(f, "specialties %r" % t["specialties"])
    if not isinstance(t["languages"], list) or not all(isinstance(x, str) and x for x in t["languages"]) \
            or "Farsi" in t["languages"] or len(set(t["languages"])) != len(t["languages"]):
        err(f, "languages %r" % t["languages"])
    if not isinstance(t["publications"], int) or t["publications"] < 0:
        err(f, "publications")
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "entry keys %r" % e); continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "entry type %r" % e["type"])
        if e["specialty"] not in SPECS:
            err(f, "entry specialty %r" % e["specialty"])
        if e["state"] not in STATES:
            err(f, "entry state %r" % e["state"])
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
            err(f, "entry dates %r" % e)
        elif e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "entry order/ongoing %r" % e)
    if t["usce_months"] != months(t["usce_entries"], False):
        err(f, "usce_months %s != recount %s" % (t["usce_months"], months(t["usce_entries"], False)))
    if t["usce_months_clinical"] != months(t["usce_entries"], True):
        err(f, "usce_months_clinical %s != recount %s" % (t["usce_months_clinical"], months(t["usce_entries"], True)))

def main():
    ocr = "--ocr" in sys.argv
    lines = [l for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    truth = [json.loads(l) for l in lines]
    names = [t["file"] for t in truth]
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        err("truth", "files on disk %s != truth %s" % (set(on_disk) ^ set(names), ""))
    if len(names) != len(set(names)):
        err("truth", "duplicate file names")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for t in truth:
        f = t["file"]; path = os.path.join(FILES, f); ext = f.rsplit(".", 1)[1]
        if not re.fullmatch(PREFIX + r"\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        if f.split("_", 2)[2].rsplit(".", 1)[0] != t.get("layout"):
            err(f, "layout does not match file name")
        if t.get("error"):
            kinds["damaged"] += 1
            if set(t) != {"file", "layout", "error"} or t["error"] is not True:
                err(f, "damaged entry must be exactly file/layout/error")
            data = open(path, "rb").read()
            if ext == "pdf":
                enc = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
                if enc.returncode == 0 and "Encrypted:      no" in enc.stdout:
                    err(f, "damaged PDF opens cleanly")
            elif ext == "docx":
                if zipfile.is_zipfile(path):
                    err(f, "damaged docx is a valid zip")
            continue
        check_entry(f, t)
        if t.get("needs_ocr"):
            kinds["scan"] += 1
            if t["needs_ocr"] is not True:
                err(f, "needs_ocr must be true")
            if ext == "pdf":
                tx = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if tx.strip() or len(fonts) > 2:
                    err(f, "scan PDF has a text layer")
            elif ext not in ("png", "jpg"):
                err(f, "scan must be pdf/png/jpg")
            if ocr:
                o = subprocess.run(["tesseract", path if ext != "pdf" else "-", "-"], capture_output=True, text=True,
                                   input=None).stdout if ext != "pdf" else ""
                if ext != "pdf" and t["email"].split("@")[0][:6].lower() not in o.lower():
                    print("  (ocr warning) %s: email not recovered by tesseract" % f)
            continue
        kinds["readable"] += 1
        if ext not in READABLE_EXT:
            err(f, "readable extension not accepted")
            continue
        text = norm(extract(path))
        if norm(t["full_name"]) not in text:
            err(f, "full_name not found in extracted text")
        if t["email"].casefold() not in text:
            err(f, "email not found in extracted text")
    print("kinds:", kinds, "total:", len(truth))
    if errors:
        print("\n".join("FAIL " + e for e in errors)); sys.exit(1)
    print("check.py: all %d entries OK" % len(truth))

if __name__ == "__main__":
    main()
