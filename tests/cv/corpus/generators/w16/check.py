# -*- coding: utf-8 -*-
"""Validates ../truth.jsonl against the brief's contract and against the files themselves."""
import json, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Oncology", "Hematology", "Nephrology", "Pulmonology", "Endocrinology", "Infectious Disease",
         "Rheumatology", "Dermatology", "Ophthalmology", "Orthopedic Surgery", "Urology", "Otolaryngology", "Neurosurgery",
         "Geriatrics", "Critical Care"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
READABLE_EXT = {".pdf", ".docx", ".odt", ".rtf", ".txt"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s)


def months(a, b):
    ya, ma = map(int, a.split("-")); yb, mb = map(int, b.split("-"))
    return {(y, m) for y in range(ya, yb + 1) for m in range(1, 13) if (ya, ma) <= (y, m) <= (yb, mb)}


def xml_text(x):
    x = re.sub(r"</(w:p|text:p|text:h)>", "\n", x)
    x = re.sub(r"<(text:tab|w:tab)[^>]*/>", "\t", x)
    x = re.sub(r"<[^>]+>", "", x)
    return x.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace("&quot;", '"')


def text_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
    if ext == ".docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in parts)
    if ext == ".odt":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in ("content.xml", "styles.xml"))
    if ext == ".rtf":
        tmp = tempfile.mkdtemp(prefix="w16chk_")
        subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/prof", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", tmp, path], capture_output=True, timeout=240)
        out = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".txt")
        t = open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""
        shutil.rmtree(tmp, ignore_errors=True)
        return t
    if ext == ".txt":
        return open(path, encoding="utf-8").read()
    return ""


def check_record(t):
    f = t.get("file", "?")
    path = os.path.join(FILES, f)
    if not os.path.exists(path):
        err(f, "file missing")
    if t.get("error"):
        if set(t) != {"file", "layout", "error"} or t["error"] is not True:
            err(f, "damaged record must be exactly file/layout/error:true")
        return "damaged"
    scan = t.get("needs_ocr") is True
    want = set(KEYS) | ({"needs_ocr"} if scan else set())
    if set(t) != want:
        err(f, "keys differ: missing %s extra %s" % (sorted(want - set(t)), sorted(set(t) - want)))
        return "bad"
    if not f.startswith("w16_") or not re.match(r"w16_\d{3}_[a-z0-9_]+\.[a-z]+$", f):
        err(f, "bad file name")
    if t["layout"] not in f:
        err(f, "layout not in file name")
    if not isinstance(t["full_name"], str) or not t["full_name"].strip() or re.search(r"\b(Dr|MD|MBBS|M\.D)\b\.?", t["full_name"]):
        err(f, "full_name empty or has a title/degree")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", t["email"] or ""):
        err(f, "bad email")
    if t["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", t["phone_e164"]):
        err(f, "phone not E.164")
    if not re.match(r"^[A-Z]{2}$", t["medical_school_country"] or ""):
        err(f, "country not ISO alpha-2")
    if t["medical_school_country"] == "US":
        err(f, "IMG school cannot be US")
    gy = t["graduation_year"]
    if not isinstance(gy, int) or isinstance(gy, bool) or not 1980 <= gy <= 2032:
        err(f, "graduation_year not a plausible int")
    elif t["is_student"] is not (gy > 2026):
        err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = t["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "bad usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = t[k]
        if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
            err(f, "bad " + k)
    if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "bad ecfmg_status")
    if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "bad visa_status")
    if not isinstance(t["specialties"], list) or any(s not in SPECS for s in t["specialties"]):
        err(f, "bad specialties")
    if not isinstance(t["languages"], list) or not t["languages"] or "Farsi" in t["languages"]:
        err(f, "bad languages")
    if not isinstance(t["publications"], int) or t["publications"] < 0:
        err(f, "bad publications")
    allm, clin = set(), set()
    for e in t["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "usce entry keys %s" % sorted(e)); continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, "usce type " + e["type"])
        if e["specialty"] not in SPECS:
            err(f, "usce specialty " + e["specialty"])
        if e["state"] not in STATES:
            err(f, "usce state " + e["state"])
        if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])):
            err(f, "usce date format"); continue
        if e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, "usce start>end or end beyond 2026-12")
        m = months(e["start"], e["end"])
        allm |= m
        if e["type"] in ("hands_on", "observership"):
            clin |= m
    if t["usce_months"] != len(allm):
        err(f, "usce_months %s != recount %d" % (t["usce_months"], len(allm)))
    if t["usce_months_clinical"] != len(clin):
        err(f, "usce_months_clinical %s != recount %d" % (t["usce_months_clinical"], len(clin)))
    ext = os.path.splitext(f)[1].lower()
    if not os.path.exists(path):
        return "bad"
    if scan:
        if ext == ".pdf":
            txt = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if txt.strip() or len(fonts) > 2:
                err(f, "scan PDF has a text layer / fonts")
        elif ext in (".png", ".jpg", ".jpeg"):
            from PIL import Image
            with Image.open(path) as im:
                im.verify()
        else:
            err(f, "scan must be .pdf/.png/.jpg")
        return "scan"
    if ext not in READABLE_EXT:
        err(f, "readable file has a non-accepted extension")
    txt = norm(text_of(path))
    if norm(t["full_name"]) not in txt:
        err(f, "full_name not found in text")
    if norm(t["email"]) not in txt:
        err(f, "email not found in text")
    if t["phone_e164"]:
        digits = re.sub(r"\D", "", txt)
        tail = t["phone_e164"][-7:]
        if tail not in digits:
            err(f, "phone digits not found in text")
    return "readable"


def main():
    lines = open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8").read().splitlines()
    recs = [json.loads(l) for l in lines if l.strip()]
    kinds = {}
    names = [r["file"] for r in recs]
    if len(set(names)) != len(names):
        errors.append("duplicate file names in truth")
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        errors.append("truth and files/ differ: %s" % sorted(set(names) ^ set(on_disk)))
    for r in recs:
        k = check_record(r)
        kinds[k] = kinds.get(k, 0) + 1
    # damaged files really are unreadable
    for r in recs:
        if r.get("error"):
            p = os.path.join(FILES, r["file"])
            if p.endswith(".pdf"):
                res = subprocess.run(["pdftotext", "-q", p, "-"], capture_output=True, text=True)
                if res.returncode == 0 and res.stdout.strip():
                    err(r["file"], "damaged PDF still yields text")
            elif p.endswith(".docx") and zipfile.is_zipfile(p):
                err(r["file"], "damaged docx is a valid zip")
    print("records:", len(recs), kinds)
    if errors:
        print("FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
