#!/usr/bin/env python3
"""Validate ../truth.jsonl against the brief's contract and the files in ../files."""
import os, sys, json, re, zipfile, subprocess, unicodedata, tempfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "..", "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]


def mi(s):
    y, m = s.split("-"); return int(y) * 12 + int(m) - 1


def months(entries):
    cov = set()
    for e in entries:
        cov.update(range(mi(e["start"]), mi(e["end"]) + 1))
    return len(cov)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()


def xml_text(path, members):
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if any(re.fullmatch(m, n) for m in members):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</text:p>|</text:h>|<w:tab/>|<text:tab/>|<text:s/>", " ", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape(" ".join(out))


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        return xml_text(path, [r"word/document\.xml", r"word/header\d*\.xml", r"word/footer\d*\.xml"])
    if ext == "odt":
        return xml_text(path, [r"content\.xml", r"styles\.xml"])
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, path],
                       capture_output=True)
        t = open(os.path.join(d, os.path.basename(path)[:-3] + "txt"), encoding="utf-8-sig").read()
        shutil.rmtree(d); return t
    return ""


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "truth.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(FILES))
    if len(rows) != 24 or sorted(r["file"] for r in rows) != names:
        errs.append(f"files/truth mismatch: {len(rows)} rows, {len(names)} files")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]; E = lambda m: errs.append(f"{f}: {m}")
        if not re.fullmatch(r"w34_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): E("bad name")
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}: E("damaged row has extra keys")
            continue
        scan = r.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        want = KEYS + (["needs_ocr"] if scan else [])
        if sorted(r) != sorted(want): E(f"keys {sorted(set(r) ^ set(want))}")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): E("email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): E("phone")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): E("country")
        if not isinstance(r["graduation_year"], int) or not 1990 <= r["graduation_year"] <= 2032: E("gy")
        if r["is_student"] != (r["graduation_year"] > 2026): E("is_student vs graduation year")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): E("step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): E(k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): E("ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): E("visa")
        if not set(r["specialties"]) <= SPECS: E(f"specialties {r['specialties']}")
        for e in r["usce_entries"]:
            if sorted(e) != ["end", "specialty", "start", "state", "type"]: E("entry keys")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"): E("entry type")
            if e["specialty"] not in SPECS: E("entry specialty")
            if e["state"] not in STATES: E("entry state")
            if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"])) or e["start"] > e["end"] or e["end"] > "2026-12":
                E("entry dates")
        if r["usce_months"] != months(r["usce_entries"]): E("usce_months")
        if r["usce_months_clinical"] != months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]):
            E("usce_months_clinical")
        p = os.path.join(FILES, f)
        if scan:
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", "-q", p, "-"], capture_output=True, text=True).stdout
                if t.strip(): E("scan PDF has a text layer")
                fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
                if len(fonts) > 2: E("scan PDF has fonts")
            elif not f.endswith((".png", ".jpg")): E("scan extension")
        else:
            t = norm(text_of(p))
            if norm(r["full_name"]) not in t: E("name not in text")
            if norm(r["email"]) not in t: E("email not in text")
    for f in names:
        p = os.path.join(FILES, f)
        if os.path.getsize(p) == 0 and "damaged" not in f: errs.append(f"{f}: empty")
    print(kinds)
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}: errs.append(f"kind counts {kinds}")
    for e in errs: print("ERROR", e)
    print("PASS" if not errs else f"FAIL ({len(errs)} errors)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
