# -*- coding: utf-8 -*-
"""Validate truth.jsonl against files/ (helper w41)."""
import os, sys, json, re, subprocess, zipfile, tempfile, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def months(entries):
    s = set()
    for x in entries:
        y, m = map(int, x["start"].split("-")); y2, m2 = map(int, x["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "odt":
        from odf.opendocument import load
        from odf import text as odtext, teletype
        doc = load(path)
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(odtext.P))
    if ext == "rtf":
        tmp = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/prof",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        out = os.path.join(tmp, os.path.basename(path)[:-4] + ".txt")
        t = open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""
        shutil.rmtree(tmp, ignore_errors=True)
        return t
    return ""


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = [r["file"] for r in rows]
    ondisk = sorted(os.listdir(FILES))
    if sorted(names) != ondisk:
        err("truth", f"file list mismatch: {set(names) ^ set(ondisk)}")
    if len(set(names)) != len(names):
        err("truth", "duplicate file")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]
        if not re.fullmatch(r"w41_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        if f"_{r['layout']}." not in f:
            err(f, "layout not in file name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}:
                err(f, "damaged row has extra keys")
            continue
        exp = KEYS + (["needs_ocr"] if r.get("needs_ocr") else [])
        if set(r) != set(exp):
            err(f, f"keys {set(r) ^ set(exp)}")
            continue
        if r.get("needs_ocr") is not True and "needs_ocr" in r:
            err(f, "needs_ocr must be true")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "bad email")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            err(f, "bad country")
        if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032:
            err(f, "bad graduation_year")
        if not isinstance(r["is_student"], bool):
            err(f, "is_student not bool")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
        s1 = r["usmle_step1"]
        if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "bad step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
                err(f, f"bad {k}")
        if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"):
            err(f, "bad ecfmg")
        if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"):
            err(f, "bad visa")
        if not all(s in SPECS for s in r["specialties"]):
            err(f, "specialty outside vocabulary")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]):
            err(f, "bad languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "bad publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, "bad usce keys"); continue
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, "bad usce type")
            if e["specialty"] not in SPECS:
                err(f, "usce specialty outside vocabulary")
            if e["state"] not in STATES:
                err(f, "bad state")
            if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
                err(f, "bad usce date"); continue
            if e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, "usce start>end or after 2026-12")
        if r["usce_months"] != months(r["usce_entries"]):
            err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
        if r["usce_months_clinical"] != months(clin):
            err(f, "usce_months_clinical mismatch")
        if r.get("needs_ocr"):
            kinds["scan"] += 1
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
                if t.strip():
                    err(f, "scan PDF has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if len(fonts) > 2:
                    err(f, "scan PDF has fonts")
            else:
                from PIL import Image
                Image.open(path).verify()
        else:
            kinds["readable"] += 1
            if f.rsplit(".", 1)[-1] not in ("pdf", "docx", "odt", "rtf", "txt"):
                err(f, "readable file in an unaccepted format")
            t = text_of(path)
            flat = re.sub(r"\s+", " ", t)
            if r["full_name"] not in flat:
                err(f, "name not found in text")
            if r["email"] not in flat:
                err(f, "email not found in text")
    # damaged files really are unreadable
    for r in rows:
        if not r.get("error"):
            continue
        path = os.path.join(FILES, r["file"])
        if r["file"].endswith(".pdf"):
            pr = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True)
            if pr.returncode == 0 and pr.stdout.strip():
                err(r["file"], "damaged PDF is readable without a password")
        elif r["file"].endswith(".docx"):
            if zipfile.is_zipfile(path):
                err(r["file"], "damaged docx is a valid zip")
    print("counts:", kinds)
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
        err("truth", f"expected 16/5/3, got {kinds}")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"0 passed, {len(errors)} failed")
        sys.exit(1)
    print(f"{len(rows)} passed, 0 failed")


if __name__ == "__main__":
    main()
