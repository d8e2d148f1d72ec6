# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against ../files/ (writer w55)."""
import os, sys, re, json, zipfile, subprocess, unicodedata, html, tempfile, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
W = "w55"
SPEC = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
READ_EXT = {"pdf", "docx", "odt", "rtf", "txt"}
errors = []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def xml_text(data):
    data = re.sub(r"<(w:tab|text:tab|w:br|text:line-break)[^>]*/>", " ", data)
    data = re.sub(r"</(w:p|text:p|text:h)>", "\n", data)
    return html.unescape(re.sub(r"<[^>]+>", "", data))


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                         if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in ("content.xml", "styles.xml"))
    if ext == "rtf":
        d = tempfile.mkdtemp(prefix="w55chk_")
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w55_lo_profile", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True, timeout=180)
        t = open(os.path.join(d, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8-sig").read()
        shutil.rmtree(d, ignore_errors=True)
        return t
    raise ValueError(ext)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(FILES))
    names = [r["file"] for r in recs]
    if sorted(names) != files: err("*", "truth files != files/ : %s" % set(names).symmetric_difference(files))
    if len(set(names)) != len(names): err("*", "duplicate file entries")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in recs:
        f = r["file"]
        if not re.match(r"^%s_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$" % W, f): err(f, "bad file name")
        if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]: err(f, "layout != name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}: err(f, "damaged record has extra keys")
            continue
        scan = r.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        want = KEYS + (["needs_ocr"] if scan else [])
        if list(r.keys()) != want: err(f, "keys %s" % list(r.keys()))
        if not isinstance(r["full_name"], str) or not r["full_name"].strip(): err(f, "full_name")
        if re.search(r"\b(Dr\.?|MD|MBBS|MBChB)\b", r["full_name"]): err(f, "title/degree in name")
        if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"] or ""): err(f, "email")
        if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]): err(f, "phone not E.164")
        if not re.match(r"^[A-Z]{2}$", r["medical_school_country"] or ""): err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032: err(f, "grad year")
        if not isinstance(r["is_student"], bool): err(f, "is_student")
        if r["is_student"] and r["graduation_year"] < 2027: err(f, "student but graduated before 2026-12")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = r[k]
            if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)): err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
        if not isinstance(r["specialties"], list) or any(s not in SPEC for s in r["specialties"]): err(f, "specialties")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x[:1].isupper() for x in r["languages"]): err(f, "languages")
        if "Farsi" in r["languages"]: err(f, "Farsi must be Persian")
        if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys %s" % e)
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
            if e["specialty"] not in SPEC: err(f, "entry specialty %s" % e["specialty"])
            if e["state"] not in STATES: err(f, "entry state")
            for k in ("start", "end"):
                if not re.match(r"^20\d\d-(0[1-9]|1[0-2])$", e[k]): err(f, "entry date %s" % e[k])
            if e["start"] > e["end"]: err(f, "entry start>end")
            if e["end"] > "2026-12": err(f, "entry end after 2026-12")
        if months(r["usce_entries"]) != r["usce_months"]: err(f, "usce_months %s != %s" % (r["usce_months"], months(r["usce_entries"])))
        if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, "usce_months_clinical")
        # file content
        ext = f.rsplit(".", 1)[1]
        if scan:
            if ext == "pdf":
                pf = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().split("\n")
                if len(pf) > 2: err(f, "scan PDF has fonts")
                if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip(): err(f, "scan PDF has text layer")
                if "/Image" not in open(path, "rb").read().decode("latin-1"): err(f, "scan PDF without image")
            elif ext not in ("png", "jpg"): err(f, "scan extension")
            continue
        if ext not in READ_EXT: err(f, "readable extension")
        txt = norm(extract(path))
        if norm(r["full_name"]) not in txt: err(f, "name not found in text")
        if r["email"].lower() not in txt.replace(" ", ""): err(f, "email not found in text")
    # damaged files really are unreadable
    for r in recs:
        if not r.get("error"): continue
        path = os.path.join(FILES, r["file"])
        if r["file"].endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip(): err(r["file"], "damaged PDF is readable")
        elif r["file"].endswith(".docx"):
            if zipfile.is_zipfile(path): err(r["file"], "damaged docx is a valid zip")
    print("counts:", kinds, "total", len(recs))
    if kinds["readable"] < 12 or len(recs) < 18: err("*", "too few files")
    if errors:
        print("FAIL"); [print("  " + e) for e in errors]; sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
