# -*- coding: utf-8 -*-
"""Validates ../truth.jsonl against ../files (writer w94)."""
import os, re, sys, json, zipfile, html, subprocess, tempfile, shutil, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
READ_KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
             "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
             "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
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


def xml_text(x, para_tags):
    for t in para_tags:
        x = x.replace(t, "\n")
    x = re.sub(r"<w:tab/>|<text:tab/>|<text:s[^>]*/>|<text:line-break/>|<w:br/>", " ", x)
    x = re.sub(r"<[^>]+>", "", x)
    return html.unescape(x)


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        # both reading orders: -layout (columns side by side) and raw flow (sidebar templates)
        return "\n".join(subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True).stdout
                         for mode in (["-layout"], []))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8"), ["</w:p>"]) for n in z.namelist()
                         if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return xml_text(z.read("content.xml").decode("utf-8"), ["</text:p>", "</text:h>"])
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w94_lo_check", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True)
        out = os.path.join(d, os.path.basename(path)[:-4] + ".txt")
        t = open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""
        shutil.rmtree(d)
        # LibreOffice's text export drops page headers: add the raw RTF body with \\uN? escapes decoded
        raw = open(path, encoding="latin-1").read()
        raw = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), raw)
        return t + "\n" + raw
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def check_person(f, d, scan):
    keys = READ_KEYS + (["needs_ocr"] if scan else [])
    if list(d.keys()) != keys and set(d.keys()) != set(keys):
        err(f, f"keys differ: {sorted(set(d) ^ set(keys))}")
        return
    if scan and d["needs_ocr"] is not True:
        err(f, "needs_ocr must be true")
    if not d["full_name"] or re.search(r"\b(Dr\.?|MD|MBBS)\b", d["full_name"]):
        err(f, "full_name empty or has title/degree")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", d["email"] or ""):
        err(f, "bad email")
    if d["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", d["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", d["medical_school_country"] or ""):
        err(f, "country not ISO alpha-2")
    if not isinstance(d["graduation_year"], int) or not 1980 <= d["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if not isinstance(d["is_student"], bool):
        err(f, "is_student not bool")
    if d["is_student"] != (d["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = d["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = d[k]
        if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
            err(f, k)
    if d["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg_status enum")
    if d["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa_status enum")
    if not isinstance(d["specialties"], list) or any(s not in SPECS for s in d["specialties"]):
        err(f, "specialties vocab")
    if not isinstance(d["languages"], list) or not all(isinstance(x, str) and x for x in d["languages"]):
        err(f, "languages")
    if not isinstance(d["publications"], int) or d["publications"] < 0:
        err(f, "publications")
    for e in d["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, f"entry keys {e}")
            continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, f"entry type {e}")
        if e["specialty"] not in SPECS:
            err(f, f"entry specialty {e}")
        if e["state"] not in STATES:
            err(f, f"entry state {e}")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]):
                err(f, f"entry {k} format {e}")
        if e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, f"entry range {e}")
    m = months(d["usce_entries"])
    mc = months([e for e in d["usce_entries"] if e["type"] in ("hands_on", "observership")])
    if d["usce_months"] != m:
        err(f, f"usce_months {d['usce_months']} != recount {m}")
    if d["usce_months_clinical"] != mc:
        err(f, f"usce_months_clinical {d['usce_months_clinical']} != recount {mc}")


def main():
    lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = [d["file"] for d in lines]
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        err("truth.jsonl", f"files mismatch: {sorted(set(names) ^ set(on_disk))}")
    if len(set(names)) != len(names):
        err("truth.jsonl", "duplicate file names")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for d in lines:
        f = d["file"]
        path = os.path.join(FILES, f)
        if not re.fullmatch(r"w94_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        if not d.get("layout") or d["layout"] not in f:
            err(f, "layout missing / not in file name")
        if d.get("error"):
            kinds["damaged"] += 1
            if set(d) != {"file", "layout", "error"}:
                err(f, "damaged entry must only have file/layout/error")
            r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True) if f.endswith(".pdf") else None
            if r is not None and r.returncode == 0 and r.stdout.strip():
                err(f, "damaged pdf is still readable")
            if f.endswith(".docx") and zipfile.is_zipfile(path):
                err(f, "damaged docx is a valid zip")
            continue
        scan = d.get("needs_ocr", False)
        check_person(f, d, scan)
        if scan:
            kinds["scan"] += 1
            if f.endswith(".pdf"):
                txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if txt.strip() or len(fonts) > 2:
                    err(f, "scan PDF has a text layer / fonts")
            elif not f.endswith((".png", ".jpg")):
                err(f, "scan must be pdf/png/jpg")
            continue
        kinds["readable"] += 1
        if f.endswith((".png", ".jpg")):
            err(f, "readable file cannot be an image")
            continue
        t = norm(extract(path))
        if norm(d["full_name"]) not in t:
            err(f, f"name '{d['full_name']}' not found in text")
        if norm(d["email"]) not in t:
            err(f, f"email '{d['email']}' not found in text")
    print("kinds:", kinds)
    if kinds["readable"] < 12 or kinds["scan"] < 3 or kinds["damaged"] < 2:
        err("set", f"too few files of a kind: {kinds}")
    if errors:
        print("\n".join(errors))
        print(f"CHECK FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"CHECK PASSED: {len(lines)} files")


if __name__ == "__main__":
    main()
