# -*- coding: utf-8 -*-
"""Validates ../truth.jsonl against the brief's contract and against the files themselves."""
import os, sys, json, re, zipfile, subprocess, tempfile, unicodedata, html, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
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


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        if (y, m) > (y2, m2):
            return None
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def xml_text(z, names, para_tags):
    out = []
    for n in names:
        x = z.read(n).decode("utf-8")
        for t in para_tags:
            x = x.replace(t, "\n")
        x = re.sub(r"<(w:tab|text:tab)/>", "\t", x)
        x = re.sub(r"<text:s[^>]*/>", " ", x)
        x = re.sub(r"<[^>]+>", "", x)
        out.append(html.unescape(x))
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        z = zipfile.ZipFile(path)
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        return xml_text(z, names, ["</w:p>"])
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return xml_text(z, ["content.xml", "styles.xml"], ["</text:p>", "</text:h>"])
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file:///tmp/w92_lo_check",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, path],
                       capture_output=True, timeout=240)
        fn = os.path.join(d, os.path.basename(path)[:-4] + ".txt")
        t = open(fn, encoding="utf-8-sig").read() if os.path.exists(fn) else ""
        shutil.rmtree(d, ignore_errors=True)
        return t
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


def main():
    lines = open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8").read().splitlines()
    rows = [json.loads(l) for l in lines if l.strip()]
    names = [r["file"] for r in rows]
    if len(names) != len(set(names)):
        err("truth", "duplicate file names")
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        err("truth", "files/ and truth differ: %s" % (set(names) ^ set(on_disk)))
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]
        if not re.match(r"w92_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
            err(f, "bad file name")
        if f.split("_")[2:] and not f.startswith("w92_%s_%s." % (f[4:7], r["layout"])):
            err(f, "layout not in name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged row must have only file/layout/error")
            continue
        scan = r.get("needs_ocr") is True
        want = set(KEYS) | ({"needs_ocr"} if scan else set())
        if set(r) != want:
            err(f, "keys differ: %s" % (set(r) ^ want))
            continue
        kinds["scan" if scan else "readable"] += 1
        if not isinstance(r["full_name"], str) or not r["full_name"]:
            err(f, "full_name")
        if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"] or ""):
            err(f, "email")
        if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.match(r"^[A-Z]{2}$", r["medical_school_country"] or ""):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(r["is_student"], bool):
            err(f, "is_student")
        if r["is_student"] and r["graduation_year"] < 2026:
            err(f, "student with past graduation")
        s1 = r["usmle_step1"]
        if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = r[k]
            if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg_status")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa_status")
        if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]):
            err(f, "specialties")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]):
            err(f, "languages")
        if "Farsi" in r["languages"]:
            err(f, "Farsi must be Persian")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, "entry keys %s" % e)
                continue
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, "entry type")
            if e["specialty"] not in SPECS:
                err(f, "entry specialty %s" % e["specialty"])
            if e["state"] not in STATES:
                err(f, "entry state")
            for k in ("start", "end"):
                if not re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e[k]):
                    err(f, "entry date %s" % e[k])
            if e["end"] > "2026-12":
                err(f, "entry ends after 2026-12")
        m = months(r["usce_entries"])
        mc = months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")])
        if m is None or m != r["usce_months"]:
            err(f, "usce_months %s != recount %s" % (r["usce_months"], m))
        if mc != r["usce_months_clinical"]:
            err(f, "usce_months_clinical %s != recount %s" % (r["usce_months_clinical"], mc))
        if not os.path.exists(path):
            continue
        ext = f.rsplit(".", 1)[1]
        if scan:
            if ext == "pdf":
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
                txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if len(fonts) > 2 or txt.strip():
                    err(f, "scan PDF has a text layer")
            elif ext in ("png", "jpg"):
                from PIL import Image
                Image.open(path).verify()
            else:
                err(f, "scan must be pdf/png/jpg")
        else:
            if ext not in ("pdf", "docx", "odt", "rtf", "txt"):
                err(f, "readable format not accepted")
            t = norm(extract(path))
            if norm(r["full_name"]) not in t:
                err(f, "name not found in text")
            if r["email"].lower() not in t:
                err(f, "email not found in text")
    # damaged files really are unreadable
    for r in rows:
        if not r.get("error"):
            continue
        path = os.path.join(FILES, r["file"])
        if not os.path.exists(path):
            continue
        if r["file"].endswith(".pdf"):
            p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip():
                err(r["file"], "damaged PDF still extracts text")
        elif r["file"].endswith((".docx", ".odt")) and os.path.getsize(path) > 0:
            if zipfile.is_zipfile(path):
                err(r["file"], "damaged docx is a valid zip")
    print("counts:", kinds)
    if kinds["readable"] < 12 or kinds["scan"] < 1 or kinds["damaged"] < 1:
        err("truth", "too few files of some kind")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print("OK: %d rows checked" % len(rows))


if __name__ == "__main__":
    main()
