#!/usr/bin/env python3
"""Validate w54 truth.jsonl against files/.  Usage: check.py [--ocr]"""
import os, re, sys, json, zipfile, subprocess, unicodedata, html

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())
KEYS = {"file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties",
        "languages", "publications", "usce_months", "usce_months_clinical", "usce_entries"}
errs = []
def err(f, m): errs.append("%s: %s" % (f, m))

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()

def xml_text(data, seps):
    for s in seps: data = data.replace(s, s + "\n")
    data = re.sub(r"<w:tab/>|<text:tab/>", " ", data)
    return html.unescape(re.sub(r"<[^>]+>", "", data))

def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\par\b", "\n", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", " ", s)
    return s.replace("{", "").replace("}", "").replace("\\\\", "\\")

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        # both reading orders: -layout keeps table rows, raw keeps sidebar blocks together
        return "\n".join(subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True, check=True).stdout
                         for mode in (["-layout"], []))
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext == "rtf": return rtf_text(open(path, encoding="ascii").read())
    z = zipfile.ZipFile(path)
    if ext == "docx":
        return "\n".join(xml_text(z.read(n).decode("utf-8"), ["</w:p>", "</w:tc>"]) for n in z.namelist()
                         if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    if ext == "odt":
        return "\n".join(xml_text(z.read(n).decode("utf-8"), ["</text:p>", "</text:h>"]) for n in ("content.xml", "styles.xml"))
    raise ValueError(ext)

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def check_row(r):
    f = r["file"]
    for k in r:
        if k not in KEYS | {"needs_ocr"}: err(f, "unknown key " + k)
    for k in KEYS:
        if k not in r: err(f, "missing key " + k)
    if errs and errs[-1].startswith(f + ": missing"): return
    if not isinstance(r["full_name"], str) or not r["full_name"].strip() or re.search(r"\b(Dr|MD|MBBS)\b\.?", r["full_name"]):
        err(f, "bad full_name")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): err(f, "bad email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "bad phone")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""): err(f, "bad country")
    if not isinstance(r["medical_school"], str) or len(r["medical_school"]) < 5: err(f, "bad school")
    if not (isinstance(r["graduation_year"], int) and 1960 <= r["graduation_year"] <= 2032): err(f, "bad graduation_year")
    if not isinstance(r["is_student"], bool): err(f, "is_student not bool")
    elif r["is_student"] != (r["graduation_year"] >= 2027): err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and not isinstance(s1, bool) and 100 <= s1 <= 300)): err(f, "bad step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)): err(f, "bad " + k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "bad ecfmg")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "bad visa")
    if not isinstance(r["specialties"], list) or any(s not in SPEC for s in r["specialties"]): err(f, "bad specialties")
    if not isinstance(r["languages"], list) or not r["languages"] or any(not isinstance(x, str) for x in r["languages"]): err(f, "bad languages")
    if not (isinstance(r["publications"], int) and r["publications"] >= 0): err(f, "bad publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys %s" % e); continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type %s" % e)
        if e["specialty"] not in SPEC: err(f, "entry specialty %s" % e)
        if e["state"] not in STATES: err(f, "entry state %s" % e)
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]): err(f, "entry date %s" % e)
        if e["start"] > e["end"] or e["end"] > "2026-12": err(f, "entry range %s" % e)
    if r["usce_months"] != months(r["usce_entries"]): err(f, "usce_months %s != %s" % (r["usce_months"], months(r["usce_entries"])))
    clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
    if r["usce_months_clinical"] != months(clin): err(f, "usce_months_clinical mismatch")

def main():
    ocr = "--ocr" in sys.argv
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = [r["file"] for r in rows]
    ondisk = sorted(os.listdir(FILES))
    if sorted(names) != ondisk: err("*", "truth files != files/ (%s vs %s)" % (set(names) ^ set(ondisk), ""))
    if len(set(names)) != len(names): err("*", "duplicate rows")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]; path = os.path.join(FILES, f)
        if not re.fullmatch(r"w54_\d{3}_%s\.(pdf|docx|odt|rtf|txt|png|jpg)" % re.escape(r.get("layout", "?")), f): err(f, "bad file name / layout")
        if not os.path.exists(path): err(f, "missing file"); continue
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}: err(f, "damaged row must only have file/layout/error")
            ok = True
            if f.endswith(".pdf"): ok = subprocess.run(["pdftotext", path, "-"], capture_output=True).returncode != 0
            elif f.endswith(".docx"):
                try: zipfile.ZipFile(path).read("word/document.xml"); ok = False
                except Exception: ok = True
            if not ok: err(f, "damaged file is actually readable")
            continue
        check_row(r)
        if r.get("needs_ocr"):
            kinds["scan"] += 1
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if t.strip() or len(fonts) > 2: err(f, "scan PDF has a text layer")
            else:
                from PIL import Image
                Image.open(path).verify()
            if ocr:
                img = path
                if f.endswith(".pdf"):
                    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", path, "/tmp/w54ocr"], check=True)
                    img = [os.path.join("/tmp", x) for x in os.listdir("/tmp") if x.startswith("w54ocr")][0]
                t = subprocess.run(["tesseract", img, "-", "-l", "eng"], capture_output=True, text=True).stdout
                if img.startswith("/tmp/w54ocr"): os.remove(img)
                last = r["full_name"].split()[-1]
                print("  OCR %s: surname %s, email %s" % (f, "found" if norm(last) in norm(t) else "MISSING",
                      "found" if r["email"] in t else "missing"))
            continue
        kinds["readable"] += 1
        try: t = norm(text_of(path))
        except Exception as ex: err(f, "cannot extract text: %s" % ex); continue
        if norm(r["full_name"]) not in t: err(f, "name not in text")
        if r["email"].lower() not in t: err(f, "email not in text")
        if r["phone_e164"]:
            digits = re.sub(r"\D", "", t)
            if r["phone_e164"][-7:] not in digits: err(f, "phone digits not in text")
    print("kinds:", kinds, " total:", len(rows))
    if kinds["readable"] < 13 or kinds["scan"] < 3 or kinds["damaged"] < 2 or len(rows) < 18: err("*", "too few files of some kind")
    if errs:
        print("FAIL"); print("\n".join(errs)); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
