# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the brief's contract and the files in files/."""
import json, os, re, subprocess, sys, zipfile, tempfile, shutil, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
             "PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
ERR = []
def bad(f, msg): ERR.append(f"{f}: {msg}")

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def run(cmd):
    return subprocess.run(cmd, capture_output=True, timeout=120)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = run(["pdftotext", "-enc", "UTF-8", path, "-"]); return r.stdout.decode("utf-8", "replace")
    if ext == "txt":
        return open(path, encoding="utf-8-sig").read()
    if ext == "docx":
        import docx
        d = docx.Document(path); parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts += [p.text for p in hf.paragraphs]
                for t in hf.tables:
                    for row in t.rows: parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == "odt":
        from odf.opendocument import load
        from odf import teletype, text as otext
        doc = load(path)
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(otext.P) + doc.getElementsByType(otext.H))
    if ext == "rtf":
        prof = tempfile.mkdtemp(prefix="chk_w66_")
        r = run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--cat", path])
        shutil.rmtree(prof, ignore_errors=True)
        return r.stdout.decode("utf-8", "replace")
    raise ValueError(ext)

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()

def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(FILES))
    if len(recs) != 24: bad("truth", f"{len(recs)} records, want 24")
    if sorted(r["file"] for r in recs) != files: bad("truth", "file list differs from files/")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in recs:
        f = r["file"]; path = os.path.join(FILES, f)
        if not re.fullmatch(r"w66_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): bad(f, "bad name")
        if f"_{r['layout']}." not in f: bad(f, "layout not in name")
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}: bad(f, "damaged record has extra keys")
            if f.endswith(".pdf") and run(["pdfinfo", path]).returncode == 0: bad(f, "damaged pdf opens cleanly")
            if f.endswith(".docx") and zipfile.is_zipfile(path): bad(f, "damaged docx is a valid zip")
            continue
        scan = r.get("needs_ocr") is True
        want = KEYS + (["needs_ocr"] if scan else [])
        if list(r.keys()) != want: bad(f, f"keys {list(r.keys())}")
        if not isinstance(r["full_name"], str) or not r["full_name"]: bad(f, "full_name")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): bad(f, "email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): bad(f, "phone")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""): bad(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032: bad(f, "grad year")
        if not isinstance(r["is_student"], bool): bad(f, "is_student")
        if r["is_student"] != (r["graduation_year"] >= 2027): bad(f, "is_student vs graduation_year (ref 2026-12-01)")
        s1 = r["usmle_step1"]
        if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): bad(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = r[k]
            if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)): bad(f, k)
        if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): bad(f, "ecfmg")
        if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): bad(f, "visa")
        if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]): bad(f, "specialties")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]): bad(f, "languages")
        if "Farsi" in r["languages"]: bad(f, "Farsi must be Persian")
        if not isinstance(r["publications"], int) or r["publications"] < 0: bad(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}: bad(f, f"entry keys {e}")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"): bad(f, "entry type")
            if e["specialty"] not in SPECS: bad(f, "entry specialty")
            if e["state"] not in STATES: bad(f, "entry state")
            if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])): bad(f, "entry dates")
            elif not (e["start"] <= e["end"] <= "2026-12"): bad(f, "entry date order / future")
        if r["usce_months"] != months(r["usce_entries"]): bad(f, "usce_months recount")
        if r["usce_months_clinical"] != months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]): bad(f, "usce_months_clinical recount")
        if scan:
            kinds["scan"] += 1
            if f.endswith(".pdf"):
                if run(["pdftotext", path, "-"]).stdout.strip(): bad(f, "scan pdf has a text layer")
                fonts = run(["pdffonts", path]).stdout.decode().strip().splitlines()
                if len(fonts) > 2: bad(f, "scan pdf has fonts")
            elif not f.endswith((".png", ".jpg")): bad(f, "scan must be pdf/png/jpg")
        else:
            kinds["readable"] += 1
            t = norm(text_of(path))
            if norm(r["full_name"]) not in t: bad(f, "name not in text")
            if norm(r["email"]) not in t: bad(f, "email not in text")
    print("kinds:", kinds)
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}: bad("truth", f"kind counts {kinds}")
    if ERR:
        print("\n".join(ERR)); print("FAIL"); sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
