# -*- coding: utf-8 -*-
"""Validates /work/blind/w21/truth.jsonl against the contract and the files."""
import os, re, sys, json, subprocess, zipfile, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")

SPECS = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]

def ym(s):
    y, m = s.split("-"); return int(y) * 12 + int(m) - 1

def months_union(entries):
    ms = set()
    for e in entries:
        a, b = ym(e["start"]), ym(e["end"])
        assert a <= b, e
        ms.update(range(a, b + 1))
    return len(ms)

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"\s+", " ", s)

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf8")))
        return " ".join(out)
    if ext == "odt":
        x = zipfile.ZipFile(path).read("content.xml").decode("utf8")
        return re.sub(r"<[^>]+>", " ", x)
    if ext == "rtf":
        import tempfile, shutil
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", d, path], capture_output=True, timeout=180)
        t = open(os.path.join(d, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8", errors="replace").read()
        shutil.rmtree(d, ignore_errors=True)
        return t
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)

def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(FILES))
    if sorted(r["file"] for r in rows) != names:
        errs.append("truth files != files/ listing")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]; E = lambda m: errs.append("%s: %s" % (f, m))
        if not re.match(r"^w21_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
            E("bad name")
        if f[8:].split(".")[0] != r["layout"]:
            E("layout mismatch with name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}:
                E("damaged keys")
            continue
        scan = r.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        want = KEYS + (["needs_ocr"] if scan else [])
        if list(r.keys()) != want:
            E("keys %s" % list(r.keys()))
        if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]):
            E("phone")
        if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"]):
            E("email")
        if not re.match(r"^[A-Z]{2}$", r["medical_school_country"]):
            E("country")
        if not isinstance(r["graduation_year"], int):
            E("gradyear")
        if r["is_student"] != (r["graduation_year"] > 2026):
            E("is_student vs graduation year")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            E("step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
                E(k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            E("ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            E("visa")
        if any(s not in SPECS for s in r["specialties"]):
            E("specialty vocab")
        if not isinstance(r["publications"], int):
            E("pubs")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}: E("entry keys")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"): E("entry type")
            if e["specialty"] not in SPECS: E("entry specialty")
            if e["state"] not in STATES: E("entry state")
            for k in ("start", "end"):
                if not re.match(r"^20\d\d-(0[1-9]|1[0-2])$", e[k]): E("entry date")
            if e["end"] > "2026-12" or e["start"] > e["end"]: E("entry range")
        if months_union(r["usce_entries"]) != r["usce_months"]:
            E("usce_months recount")
        if months_union([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]) != r["usce_months_clinical"]:
            E("usce_months_clinical recount")
        ext = f.rsplit(".", 1)[-1]
        if scan:
            if ext == "pdf":
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if t.strip():
                    E("scan PDF has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if len(fonts) > 2:
                    E("scan PDF has fonts")
            elif ext not in ("png", "jpg"):
                E("scan ext")
        else:
            t = norm(text_of(path))
            if norm(r["full_name"]) not in t and norm(r["full_name"]).upper().lower() not in t:
                E("name not in text")
            if r["email"].lower() not in t:
                E("email not in text")
    if kinds["readable"] < 12 or kinds["scan"] < 3 or kinds["damaged"] < 3:
        errs.append("counts %s" % kinds)
    print("counts:", kinds)
    if errs:
        print("\n".join("FAIL " + e for e in errs)); sys.exit(1)
    print("check.py: all %d rows OK" % len(rows))

if __name__ == "__main__":
    main()
