# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against ../files (writer w63)."""
import os, re, sys, json, subprocess, zipfile, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]
errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def rtf_text(raw):
    t = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    t = re.sub(r"\\par\b", "\n", t); t = re.sub(r"\\tab\b", "\t", t)
    t = re.sub(r"\\[a-z]+-?\d* ?", "", t)
    return t.replace("{", "").replace("}", "").replace("\\\\", "\\")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        import docx
        d = docx.Document(path); parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "odt":
        from odf.opendocument import load
        from odf import text as T, teletype
        doc = load(path)
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(T.P))
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = [r["file"] for r in rows]
    ondisk = sorted(os.listdir(FILES))
    if sorted(names) != ondisk:
        err("truth", f"file set mismatch: {set(names) ^ set(ondisk)}")
    if len(names) != len(set(names)):
        err("truth", "duplicate file names")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]
        if not re.fullmatch(r"w63_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        p = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged row must have only file/layout/error")
            data = open(p, "rb").read()
            if f.endswith(".docx"):
                if zipfile.is_zipfile(p):
                    err(f, "damaged docx is a valid zip")
            elif f.endswith(".pdf"):
                out = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
                if out.returncode == 0 and len(out.stdout.strip()) > 20:
                    err(f, "damaged pdf still yields text")
            continue
        scan = r.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        exp = KEYS + (["needs_ocr"] if scan else [])
        if set(r) != set(exp):
            err(f, f"keys mismatch: {set(r) ^ set(exp)}")
            continue
        if not isinstance(r["full_name"], str) or not r["full_name"]:
            err(f, "full_name")
        if re.search(r"\b(Dr|MD|MBBS)\b\.?", r["full_name"]):
            err(f, "title/degree in full_name")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(r["is_student"], bool):
            err(f, "is_student")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = r[k]
            if v is not None and not (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg_status")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa_status")
        if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]):
            err(f, "specialties")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x[:1].isupper() for x in r["languages"]):
            err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"entry keys {e}")
                continue
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, f"entry type {e}")
            if e["specialty"] not in SPECS:
                err(f, f"entry specialty {e}")
            if e["state"] not in STATES:
                err(f, f"entry state {e}")
            if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
                err(f, f"entry dates {e}")
            elif e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, f"entry order {e}")
        if months(r["usce_entries"]) != r["usce_months"]:
            err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
        if months(clin) != r["usce_months_clinical"]:
            err(f, "usce_months_clinical")
        if scan:
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
                fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.splitlines()
                if t.strip() or len(fonts) > 2:
                    err(f, "scan PDF has a text layer / fonts")
            elif not f.endswith((".png", ".jpg")):
                err(f, "scan must be pdf/png/jpg")
            else:
                from PIL import Image
                Image.open(p).verify()
        else:
            t = norm(text_of(p))
            if norm(r["full_name"]) not in t:
                err(f, "full_name not found in text")
            if r["email"] not in t:
                err(f, "email not found in text")
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
        err("truth", f"kind counts {kinds}")
    print("kinds:", kinds, "rows:", len(rows))
    if errors:
        print("\n".join("FAIL " + e for e in errors)); sys.exit(1)
    print("check.py: all OK")


if __name__ == "__main__":
    main()
