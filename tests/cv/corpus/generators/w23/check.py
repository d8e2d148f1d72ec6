# -*- coding: utf-8 -*-
"""Validate truth.jsonl against files/ (keys, enums, E.164, usce recount, text contains name/email, scans have no text)."""
import os, re, sys, json, zipfile, subprocess, html
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"]
errs = []
def err(f, m): errs.append("%s: %s" % (f, m))

def months(ents):
    s = set()
    for e in ents:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def xml_text(path, parts):
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if any(re.fullmatch(p, n) for p in parts):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</text:p>|</text:h>|<w:tab/>|</w:tc>|</table:table-cell>", "\n", x)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)

def rtf_text(path):
    s = open(path, encoding="ascii").read()
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\{\\(fonttbl|\*)[^{}]*(\{[^{}]*\}[^{}]*)*\}", "", s)
    s = re.sub(r"\\par\b", "\n", s); s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    return s.replace("\\{", "{").replace("\\}", "}").replace("\\\\", "\\").replace("{", "").replace("}", "")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx": return xml_text(path, [r"word/document\.xml", r"word/header\d*\.xml", r"word/footer\d*\.xml"])
    if ext == "odt": return xml_text(path, [r"content\.xml", r"styles\.xml"])
    if ext == "rtf": return rtf_text(path)
    if ext == "txt": return open(path, encoding="utf-8").read()
    return None

norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in lines:
    f = r.get("file", "?")
    if f in seen: err(f, "duplicate")
    seen.add(f)
    if not re.fullmatch(r"w23_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if r.get("layout") != re.sub(r"^w23_\d{3}_|\.[a-z]+$", "", f): err(f, "layout mismatch")
    p = os.path.join(FILES, f)
    if not os.path.isfile(p): err(f, "missing file"); continue
    if r.get("error"):
        if set(r) != {"file", "layout", "error"}: err(f, "damaged record has extra keys")
        if f.endswith(".pdf"):
            rc = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if rc.returncode == 0 and rc.stdout.strip(): err(f, "damaged pdf is readable")
        elif f.endswith(".docx") and zipfile.is_zipfile(p): err(f, "damaged docx is a zip")
        continue
    scan = r.get("needs_ocr") is True
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(r.keys()) != want: err(f, "keys %s" % (set(r) ^ set(want)))
    if not r["full_name"] or re.search(r"\b(Dr\.?|MD|MBBS)\b", r["full_name"]): err(f, "name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""): err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1970 < r["graduation_year"] < 2035: err(f, "grad year")
    if not isinstance(r["is_student"], bool): err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
    if not all(s in SPECS for s in r["specialties"]): err(f, "specialty vocab")
    if not r["languages"] or "Farsi" in r["languages"] or "Bangla" in r["languages"]: err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty")
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])) or e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "entry dates")
    if r["usce_months"] != months(r["usce_entries"]): err(f, "usce_months %s != %s" % (r["usce_months"], months(r["usce_entries"])))
    cl = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if r["usce_months_clinical"] != months(cl): err(f, "usce_months_clinical")
    if scan:
        if f.endswith(".pdf"):
            t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
            if t.strip(): err(f, "scan has a text layer")
            fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: err(f, "scan pdf has fonts")
        continue
    t = text_of(p)
    if t is None: err(f, "unsupported readable format"); continue
    nt = norm(t)
    if norm(r["full_name"]) not in nt: err(f, "name not in text")
    if r["email"].lower() not in nt: err(f, "email not in text")
    digits = re.sub(r"\D", "", t)
    if r["phone_e164"] and r["phone_e164"][-9:] not in digits: err(f, "phone digits not in text")

n_read = sum(1 for r in lines if not r.get("error") and not r.get("needs_ocr"))
n_scan = sum(1 for r in lines if r.get("needs_ocr")); n_dmg = sum(1 for r in lines if r.get("error"))
extra = set(os.listdir(FILES)) - seen
if extra: errs.append("files without truth: %s" % sorted(extra))
print("records: %d (readable %d, scans %d, damaged %d)" % (len(lines), n_read, n_scan, n_dmg))
if errs:
    print("\n".join(errs)); print("CHECK FAILED"); sys.exit(1)
print("CHECK PASSED")
