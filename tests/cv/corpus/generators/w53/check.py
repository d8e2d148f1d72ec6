# -*- coding: utf-8 -*-
"""Validates truth.jsonl against files/ for writer w53. Exit 1 on any problem."""
import os, re, sys, json, zipfile, subprocess, tempfile, shutil, html

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
             "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
TYPES = {"hands_on", "observership", "research", "telehealth"}
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


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
    data = re.sub(r"</(w:p|text:p|text:h)>", "\n", data)
    data = re.sub(r"<text:tab/>|<w:tab/>|<text:s[^>]*/>", " ", data)
    data = re.sub(r"<[^>]+>", "", data)
    return html.unescape(data)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                         if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in ("content.xml", "styles.xml"))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        # own minimal RTF reader (keeps header/footer groups), plus LibreOffice's body text
        return rtf_text(open(path, encoding="latin-1").read()) + "\n" + (soffice_txt(path) or "")
    return None


def rtf_text(s):
    s = re.sub(r"\{\\fonttbl(?:[^{}]|\{[^{}]*\})*\}", "", s)
    s = re.sub(r"\{\\colortbl[^{}]*\}", "", s)
    s = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), s)
    s = re.sub(r"\\(par|line|tab)\b ?", "\n", s)
    s = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", s)
    s = re.sub(r"\\([\\{}])", r"\1", s)
    return s.replace("{", "").replace("}", "")


def soffice_txt(path):
    if True:
        tmp = tempfile.mkdtemp(prefix="w53chk_")
        try:
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w53_lo_profile_chk",
                            "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            out = os.path.join(tmp, os.path.basename(path)[:-4] + ".txt")
            return open(out, encoding="utf-8-sig").read() if os.path.exists(out) else None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return None


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def check_record(r):
    f = r.get("file", "?")
    path = os.path.join(FILES, f)
    if not os.path.exists(path):
        err(f, "file missing"); return
    if not re.match(r"^w53_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
        err(f, "bad file name")
    if f.split("_", 2)[2].rsplit(".", 1)[0] != r.get("layout"):
        err(f, "layout does not match file name")
    if r.get("error"):
        if set(r) != {"file", "layout", "error"} or r["error"] is not True:
            err(f, "damaged record must have exactly file, layout, error=true")
        ext = f.rsplit(".", 1)[1]
        if ext == "pdf":
            ok = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if ok.returncode == 0 and ok.stdout.strip():
                err(f, "damaged pdf still yields text")
        elif ext == "docx":
            if zipfile.is_zipfile(path):
                err(f, "damaged docx is a valid zip")
        return
    scan = r.get("needs_ocr") is True
    want = KEYS + (["needs_ocr"] if scan else [])
    if list(r.keys()) != want and set(r.keys()) != set(want):
        err(f, f"keys differ: {sorted(set(r) ^ set(want))}")
        return
    if not isinstance(r["full_name"], str) or not r["full_name"] or re.search(r"\b(Dr|MD|MBBS)\b\.?", r["full_name"]):
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
    if r["is_student"] != (r["graduation_year"] > 2026):
        err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and not isinstance(r[k], bool) and 100 <= r[k] <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "ecfmg_status")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "visa_status")
    if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]):
        err(f, "specialties")
    if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x for x in r["languages"]) \
            or "Farsi" in r["languages"]:
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, f"entry keys {e}"); continue
        if e["type"] not in TYPES: err(f, f"entry type {e}")
        if e["specialty"] not in SPECS: err(f, f"entry specialty {e}")
        if e["state"] not in STATES: err(f, f"entry state {e}")
        if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])):
            err(f, f"entry dates {e}"); continue
        if e["start"] > e["end"] or e["end"] > "2026-12": err(f, f"entry range {e}")
    if r["usce_months"] != months(r["usce_entries"]):
        err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if r["usce_months_clinical"] != months(r["usce_entries"], True):
        err(f, f"usce_months_clinical {r['usce_months_clinical']} != {months(r['usce_entries'], True)}")

    ext = f.rsplit(".", 1)[1]
    if scan:
        if ext == "pdf":
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            fonts = subprocess.run(["pdffonts", path], capture_output=True).stdout.decode().strip().splitlines()
            if t.strip() or len(fonts) > 2:
                err(f, "scan pdf has a text layer")
        elif ext in ("png", "jpg"):
            from PIL import Image
            Image.open(path).verify()
        else:
            err(f, "scan must be pdf/png/jpg")
        return
    if ext not in ("pdf", "docx", "odt", "rtf", "txt"):
        err(f, "readable file has unaccepted extension"); return
    text = extract(path)
    if not text or len(text.strip()) < 200:
        err(f, "could not extract text"); return
    nt = norm(text)
    if norm(r["full_name"]) not in nt:
        err(f, f"name {r['full_name']!r} not in text")
    if r["email"].casefold() not in nt:
        err(f, f"email {r['email']} not in text")
    if r["phone_e164"]:
        digits = re.sub(r"\D", "", text)
        if r["phone_e164"][-7:] not in digits:
            err(f, "phone digits not in text")


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = [r["file"] for r in recs]
    if len(set(names)) != len(names): errors.append("duplicate file names in truth")
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk: errors.append(f"truth/files mismatch: {set(names) ^ set(on_disk)}")
    for r in recs:
        check_record(r)
    n_dmg = sum(1 for r in recs if r.get("error"))
    n_scan = sum(1 for r in recs if r.get("needs_ocr"))
    n_read = len(recs) - n_dmg - n_scan
    print(f"records: {len(recs)} readable={n_read} scans={n_scan} damaged={n_dmg}")
    if n_read < 12 or n_scan < 3 or n_dmg < 2:
        errors.append("too few files of some kind")
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
