# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the contract and against the files themselves."""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
         "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
         "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
             "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); ey, em = map(int, e["end"].split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()


def rtf_text(raw):
    def u(m):
        v = int(m.group(1));
        return chr(v + 65536 if v < 0 else v)
    t = re.sub(r"\\u(-?\d+)\?", u, raw)
    t = re.sub(r"\\line ", "\n", t)
    t = re.sub(r"\\[a-z]+-?\d* ?", " ", t)
    return t.replace("{", "").replace("}", "")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml")]
        xml = " ".join(z.read(n).decode("utf-8") for n in parts)
        xml = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&").replace("&#39;", "'")
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def main():
    lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    names = [l["file"] for l in lines]
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        err("truth", f"file list mismatch: {set(names) ^ set(on_disk)}")
    if len(set(names)) != len(names):
        err("truth", "duplicate file entries")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for t in lines:
        f = t["file"]
        if not re.fullmatch(r"w59_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        if t.get("layout") not in f:
            err(f, "layout not in file name")
        path = os.path.join(FILES, f)
        if t.get("error"):
            kinds["damaged"] += 1
            if set(t) != {"file", "layout", "error"} or t["error"] is not True:
                err(f, "damaged entry must have only file/layout/error")
            continue
        scan = t.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        extra = set(t) - set(KEYS) - ({"needs_ocr"} if scan else set())
        missing = set(KEYS) - set(t)
        if extra or missing:
            err(f, f"keys extra={extra} missing={missing}")
            continue
        if not re.fullmatch(r"\+[1-9]\d{6,14}", t["phone_e164"] or "+10000000"):
            err(f, f"phone not E.164: {t['phone_e164']}")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"] or ""):
            err(f, "bad email")
        if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"] or ""):
            err(f, "bad country")
        if not isinstance(t["graduation_year"], int) or not 1970 <= t["graduation_year"] <= 2032:
            err(f, "bad graduation_year")
        if t["is_student"] != (t["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
        s1 = t["usmle_step1"]
        if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "bad step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (t[k] is None or (isinstance(t[k], int) and 100 <= t[k] <= 300)):
                err(f, f"bad {k}")
        if t["ecfmg_status"] not in (None, "certified", "pending", "not_certified"):
            err(f, "bad ecfmg")
        if t["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"):
            err(f, "bad visa")
        if not all(s in SPECS for s in t["specialties"]):
            err(f, f"specialty outside vocabulary {t['specialties']}")
        if not isinstance(t["publications"], int) or t["publications"] < 0:
            err(f, "bad publications")
        if not t["languages"] or not all(isinstance(x, str) for x in t["languages"]):
            err(f, "bad languages")
        for e in t["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"entry keys {e}")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, f"entry type {e}")
            if e["specialty"] not in SPECS:
                err(f, f"entry specialty {e}")
            if e["state"] not in STATES:
                err(f, f"entry state {e}")
            for k in ("start", "end"):
                if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]):
                    err(f, f"entry {k} {e}")
            if e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, f"entry range {e}")
        if t["usce_months"] != months(t["usce_entries"]):
            err(f, f"usce_months {t['usce_months']} != {months(t['usce_entries'])}")
        clin = [e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")]
        if t["usce_months_clinical"] != months(clin):
            err(f, "usce_months_clinical wrong")
        # file-level checks
        if scan:
            if f.endswith(".pdf"):
                txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if txt.strip():
                    err(f, "scan PDF has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
                if len(fonts) > 2:
                    err(f, "scan PDF has fonts")
            else:
                from PIL import Image
                Image.open(path).verify()
        else:
            txt = norm(extract(path))
            if norm(t["full_name"]) not in txt:
                err(f, f"name not found in text: {t['full_name']}")
            if t["email"].lower() not in txt.replace(" ", ""):
                err(f, f"email not found in text: {t['email']}")
    # damaged files really are unreadable
    for t in lines:
        if not t.get("error"):
            continue
        path = os.path.join(FILES, t["file"])
        if t["file"].endswith(".pdf"):
            r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if r.returncode == 0 and r.stdout.strip():
                err(t["file"], "damaged PDF still yields text")
        elif t["file"].endswith((".docx", ".odt")):
            if zipfile.is_zipfile(path):
                err(t["file"], "damaged docx is a valid zip")
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
        err("truth", f"counts {kinds}")
    print("kinds:", kinds)
    if errors:
        print("\n".join(errors))
        print(f"0 passed, {len(errors)} failed")
        sys.exit(1)
    print(f"{len(lines)} passed, 0 failed")


if __name__ == "__main__":
    main()
