# -*- coding: utf-8 -*-
"""Validates /work/blind/w99/truth.jsonl against the brief's contract and the files."""
import os, re, sys, json, zipfile, subprocess, tempfile, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist()
                      if re.match(r"(word/(document|header\d*|footer\d*)\.xml|content\.xml|styles\.xml)$", n))
        xml = re.sub(r"</w:p>|</text:p>|</text:h>|<w:tab/>|</w:tc>", "\n", xml)
        t = re.sub(r"<[^>]+>", "", xml)
        return t.replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
    if ext == "rtf":
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, path],
                           capture_output=True, timeout=180)
            out = os.path.join(d, os.path.basename(path)[:-4] + ".txt")
            return open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""
    return ""


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(FILES))
    tf = [r["file"] for r in rows]
    if sorted(tf) != names:
        err("*", "truth files != files/: %s" % set(tf).symmetric_difference(names))
    if len(tf) != len(set(tf)):
        err("*", "duplicate file rows")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]; path = os.path.join(FILES, f)
        if not re.match(r"w99_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
            err(f, "bad file name")
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}:
                err(f, "damaged row must have only file/layout/error")
            if f.endswith(".pdf"):
                p = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
                if p.returncode == 0 and p.stdout.strip():
                    err(f, "damaged pdf still yields text")
            continue
        scan = r.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        want = KEYS + (["needs_ocr"] if scan else [])
        if list(r.keys()) != want:
            err(f, "keys %s" % list(r.keys()))
            continue
        if not r["phone_e164"] is None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]):
            err(f, "email")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]) or r["medical_school_country"] == "US":
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa")
        if not set(r["specialties"]) <= SPEC:
            err(f, "specialty vocab %s" % r["specialties"])
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        if not r["languages"] or "Farsi" in r["languages"]:
            err(f, "languages")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, "entry keys")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, "entry type")
            if e["specialty"] not in SPEC:
                err(f, "entry specialty %s" % e["specialty"])
            if e["state"] not in STATES:
                err(f, "entry state")
            if not (re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["end"])):
                err(f, "entry date format")
            elif e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, "entry dates order/range")
        if r["usce_months"] != months(r["usce_entries"]):
            err(f, "usce_months %s != %s" % (r["usce_months"], months(r["usce_entries"])))
        clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
        if r["usce_months_clinical"] != months(clin):
            err(f, "usce_months_clinical")
        if not 2 <= len(r["usce_entries"]) <= 7:
            err(f, "theme: 2..7 US entries expected, got %d" % len(r["usce_entries"]))
        if scan:
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if t.strip():
                    err(f, "scan PDF has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if len(fonts) > 2:
                    err(f, "scan PDF has fonts")
            continue
        t = norm(text_of(path))
        if norm(r["full_name"]) not in t:
            err(f, "name not in text")
        if r["email"].lower() not in t:
            err(f, "email not in text")
        if r["layout"].startswith("pdf") != f.endswith(".pdf"):
            err(f, "layout/ext mismatch")
    print("counts:", kinds)
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
        err("*", "expected 16/5/3, got %s" % kinds)
    for e in errors:
        print("FAIL", e)
    print("%d passed, %d failed" % (len(rows) - len({e.split(':')[0] for e in errors}), len({e.split(':')[0] for e in errors})))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
