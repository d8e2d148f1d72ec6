"""Validate truth.jsonl against files/ for writer w61.  Exit code 0 = pass."""
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")

SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
               "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
               "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
FULL_KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
             "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
             "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
             "usce_entries"]
ECFMG = {"certified", "pending", "not_certified", None}
VISA = {"citizen", "green_card", "j1", "h1b", "b1b2", None}
TYPES = {"hands_on", "observership", "research", "telehealth"}
READABLE_EXT = {"pdf", "docx", "odt", "rtf", "txt"}
SCAN_EXT = {"pdf", "png", "jpg", "jpeg"}

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def xml_text(xml, para_tags, space_tags):
    for t in para_tags:
        xml = xml.replace(t, "\n")
    for t in space_tags:
        xml = re.sub(t, " ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def rtf_text(raw):
    out = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), raw)
    out = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), out)
    out = re.sub(r"\\(par|line|tab)\b ?", " ", out)
    out = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", out)
    return out.replace("{", "").replace("}", "")


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace")
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        return "\n".join(xml_text(z.read(n).decode("utf-8"), ["</w:p>"], [r"<w:tab/>", r"<w:br/>"]) for n in parts)
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8"), ["</text:p>", "</text:h>"], [r"<text:s[^>]*/>", r"<text:tab/>", r"<text:line-break/>"])
                         for n in ("content.xml", "styles.xml"))
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii", errors="replace").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def month_set(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def check_full(r, f, path, scan):
    keys = FULL_KEYS + (["needs_ocr"] if scan else [])
    if list(r.keys()) != keys and set(r.keys()) != set(keys):
        err(f, f"keys mismatch: {sorted(set(r) ^ set(keys))}")
        return
    for k in ("full_name", "email", "medical_school", "layout"):
        if not isinstance(r[k], str) or not r[k].strip():
            err(f, f"{k} must be a non-empty string")
    if re.search(r"\b(Dr|Prof|MD|MBBS)\b\.?", r["full_name"]):
        err(f, "full_name contains a title/degree")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]):
        err(f, "bad email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
        err(f, "bad country code")
    if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032:
        err(f, "bad graduation_year")
    if not isinstance(r["is_student"], bool):
        err(f, "is_student not bool")
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "bad usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
            err(f, f"bad {k}")
    if r["ecfmg_status"] not in ECFMG:
        err(f, "bad ecfmg_status")
    if r["visa_status"] not in VISA:
        err(f, "bad visa_status")
    if not isinstance(r["specialties"], list) or any(s not in SPECIALTIES for s in r["specialties"]):
        err(f, "specialty outside vocabulary")
    if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x for x in r["languages"]):
        err(f, "bad languages")
    if "Farsi" in r["languages"]:
        err(f, "Farsi must be Persian")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "bad publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, f"usce entry keys {sorted(e)}"); continue
        if e["type"] not in TYPES:
            err(f, "bad usce type")
        if e["specialty"] not in SPECIALTIES:
            err(f, "bad usce specialty")
        if e["state"] not in STATES:
            err(f, "bad usce state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
            err(f, "bad usce date format")
        elif e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "usce start>end or end beyond 2026-12")
    if r["usce_months"] != month_set(r["usce_entries"], False):
        err(f, f"usce_months {r['usce_months']} != recount {month_set(r['usce_entries'], False)}")
    if r["usce_months_clinical"] != month_set(r["usce_entries"], True):
        err(f, "usce_months_clinical mismatch")
    ext = f.rsplit(".", 1)[1].lower()
    if scan:
        if r.get("needs_ocr") is not True:
            err(f, "scan without needs_ocr")
        if ext not in SCAN_EXT:
            err(f, "scan extension")
        if ext == "pdf":
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            if txt.strip():
                err(f, "scan PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True).stdout.decode().splitlines()
            if len(fonts) > 2:
                err(f, "scan PDF has fonts")
    else:
        if ext not in READABLE_EXT:
            err(f, "readable extension not accepted")
        txt = norm(extract(path))
        if norm(r["full_name"]) not in txt:
            err(f, "full_name not found in extracted text")
        if r["email"].lower() not in txt:
            err(f, "email not found in extracted text")


def check_damaged(r, f, path):
    if set(r) != {"file", "layout", "error"} or r["error"] is not True:
        err(f, "damaged row must be exactly file/layout/error:true")
    data = open(path, "rb").read()
    ext = f.rsplit(".", 1)[1]
    if ext == "pdf":
        enc = b"/Encrypt" in data
        cut = not data.rstrip().endswith(b"%%EOF")
        if not (enc or cut or not data.startswith(b"%PDF")):
            err(f, "damaged PDF looks intact")
        if enc:
            from_out = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if from_out.returncode == 0:
                err(f, "encrypted PDF opens without password")
    elif ext == "docx":
        if zipfile.is_zipfile(path):
            err(f, "damaged docx is a valid zip")


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(FILES))
    names = [r["file"] for r in rows]
    if sorted(names) != files:
        err("truth", f"files/rows mismatch: {sorted(set(names) ^ set(files))}")
    if len(set(names)) != len(names):
        err("truth", "duplicate rows")
    if len(rows) != 24:
        err("truth", f"{len(rows)} rows, expected 24")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]
        if not re.fullmatch(r"w61_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        m = re.match(r"w61_\d{3}_(.+)\.\w+$", f)
        if m and m.group(1) != r.get("layout"):
            err(f, "layout does not match file name")
        path = os.path.join(FILES, f)
        if not os.path.exists(path):
            continue
        if r.get("error"):
            kinds["damaged"] += 1; check_damaged(r, f, path)
        elif r.get("needs_ocr"):
            kinds["scan"] += 1; check_full(r, f, path, True)
        else:
            kinds["readable"] += 1; check_full(r, f, path, False)
    print("counts:", kinds)
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
        err("truth", "expected 16 readable / 5 scans / 3 damaged")
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows) - len({e.split(':')[0] for e in errors})} passed, {len({e.split(':')[0] for e in errors})} failed")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
