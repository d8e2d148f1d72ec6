# -*- coding: utf-8 -*-
"""Validate truth.jsonl for writer w89 against the brief's contract and the files themselves."""
import os, sys, json, re, zipfile, subprocess, tempfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_entries", "usce_months", "usce_months_clinical"]
ERR = []


def err(f, m):
    ERR.append(f"{f}: {m}")


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


def xml_text(z, names):
    out = []
    for n in names:
        if n in z.namelist():
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<(w:tab|text:tab|w:br|text:line-break|text:s)[^>]*/>", " ", x)
            x = re.sub(r"</(w:p|text:p|text:h)>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(out))


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return xml_text(z, sorted(n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)))
    if ext == "odt":
        return xml_text(zipfile.ZipFile(path), ["content.xml", "styles.xml"])
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/prof", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", d, path], capture_output=True, timeout=180)
        return open(os.path.join(d, os.path.basename(path)[:-4] + ".txt"), encoding="utf-8-sig").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


def main():
    lines = open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(os.listdir(FILES))
    recs = [json.loads(l) for l in lines]
    names = [r["file"] for r in recs]
    if sorted(names) != files: err("*", f"truth files {sorted(names)} != files/ {files}")
    if len(set(names)) != len(names): err("*", "duplicate file in truth")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in recs:
        f = r["file"]
        if not re.match(r"^w89_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad file name")
        if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]: err(f, "layout does not match name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}: err(f, "damaged record has extra keys")
            continue
        scan = r.get("needs_ocr") is True
        want = KEYS + (["needs_ocr"] if scan else [])
        if set(r) != set(want): err(f, f"keys differ: {set(r) ^ set(want)}")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone not E.164")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or "x"): err(f, "bad email")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1970 < r["graduation_year"] < 2032: err(f, "grad year")
        if r["is_student"] != (r["graduation_year"] >= 2027): err(f, "is_student inconsistent with graduation year (ref 2026-12-01)")
        s1 = r["usmle_step1"]
        if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
        if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
        if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
        if not set(r["specialties"]) <= SPECS: err(f, "specialty outside vocabulary")
        if not r["languages"] or not all(isinstance(x, str) for x in r["languages"]): err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
            if e["specialty"] not in SPECS: err(f, "entry specialty")
            if e["state"] not in STATES: err(f, "entry state")
            if not (re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["end"])): err(f, "entry dates")
            elif e["start"] > e["end"] or e["end"] > "2026-12": err(f, "entry range")
        if r["usce_months"] != months(r["usce_entries"]): err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        if r["usce_months_clinical"] != months(r["usce_entries"], True): err(f, "usce_months_clinical")
        if scan:
            kinds["scan"] += 1
            ext = f.rsplit(".", 1)[1]
            if ext == "pdf":
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if t.strip(): err(f, "scan PDF has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
                if len(fonts) > 2: err(f, "scan PDF has fonts")
            else:
                from PIL import Image
                Image.open(path).verify()
        else:
            kinds["readable"] += 1
            t = norm(extract(path))
            if norm(r["full_name"]) not in t: err(f, "full_name not found in text")
            if r["email"].lower() not in t.replace(" ", ""): err(f, "email not found in text")
            if r["phone_e164"] and r["phone_e164"][-8:] not in re.sub(r"\D", "", t): err(f, "phone digits not found in text")
            for e in r["usce_entries"]:
                if e["state"] == "PR" and "puerto rico" not in t and ", pr" not in t: err(f, "PR entry but no Puerto Rico in text")
    # damaged files really are damaged
    for r in recs:
        if not r.get("error"): continue
        p = os.path.join(FILES, r["file"])
        if p.endswith(".pdf"):
            res = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
            if res.returncode == 0 and res.stdout.strip(): err(r["file"], "damaged PDF still readable")
        elif p.endswith(".docx"):
            if zipfile.is_zipfile(p): err(r["file"], "damaged docx is a valid zip")
    print("counts:", kinds)
    if kinds["readable"] < 16 - 0 or kinds["scan"] < 5 or kinds["damaged"] < 3: err("*", f"wrong mix {kinds}")
    if ERR:
        print("\n".join("FAIL " + e for e in ERR)); sys.exit(1)
    print(f"OK: {len(recs)} records validated")


if __name__ == "__main__":
    main()
