# -*- coding: utf-8 -*-
"""Validate truth.jsonl against files/ for writer w50."""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
             "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
ERR = []


def err(f, msg):
    ERR.append(f"{f}: {msg}")


def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12:
                y, m = y + 1, 1
    return len(s)


def rtf_text(raw):
    out, i = [], 0
    raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    raw = re.sub(r"\\(par|line|tab|cell|row)\b ?", " ", raw)
    raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
    raw = re.sub(r"\{\\\*?[^{}]*;\}", "", raw)
    return raw.replace("{", "").replace("}", "").replace("\\\\", "\\")


def xml_text(z, names):
    t = []
    for n in names:
        if n in z.namelist():
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<(w:p|text:p|text:h|w:tab|w:br)[ >/]", " \\g<0>", x)
            t.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape(" ".join(t))


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        out = []
        for mode in ([], ["-layout"]):  # reading order differs; a sidebar name is only whole in one of them
            r = subprocess.run(["pdftotext", *mode, path, "-"], capture_output=True)
            if r.returncode:
                raise RuntimeError("pdftotext failed")
            out.append(r.stdout.decode("utf-8", "replace"))
        return "\n".join(out)
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return xml_text(z, sorted(n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)))
    if ext == "odt":
        return xml_text(zipfile.ZipFile(path), ["content.xml", "styles.xml"])
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise RuntimeError("unknown ext " + ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(FILES))
    if sorted(r["file"] for r in rows) != files:
        err("*", "truth.jsonl files != files/ listing")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]
        if not re.fullmatch(r"w50_(0[0-2]\d)_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]:
            err(f, "layout does not match name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged row must have only file/layout/error")
            try:
                txt = extract(path)
                if name_like(txt):
                    err(f, "damaged file still yields text")
            except Exception:
                pass
            continue
        scan = r.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        exp = KEYS + (["needs_ocr"] if scan else [])
        if set(r) != set(exp):
            err(f, f"keys differ: {set(r) ^ set(exp)}")
            continue
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]):
            err(f, "email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation year vs 2026-12-01")
        s1 = r["usmle_step1"]
        if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg enum")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa enum")
        if any(s not in SPECS for s in r["specialties"]):
            err(f, "specialty vocab")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, "entry keys")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, "entry type")
            if e["specialty"] not in SPECS:
                err(f, "entry specialty")
            if e["state"] not in STATES:
                err(f, "entry state")
            if not (re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["end"])):
                err(f, "entry date format")
            elif not e["start"] <= e["end"] <= "2026-12":
                err(f, "entry date order")
        if r["usce_months"] != months(r["usce_entries"]):
            err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        if r["usce_months_clinical"] != months(r["usce_entries"], True):
            err(f, "usce_months_clinical")
        ext = f.rsplit(".", 1)[1]
        if scan:
            if ext == "pdf":
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode()
                fonts = subprocess.run(["pdffonts", path], capture_output=True).stdout.decode().splitlines()
                if t.strip() or len(fonts) > 2:
                    err(f, "scan PDF has a text layer / fonts")
            else:
                from PIL import Image
                Image.open(path).verify()
        else:
            try:
                t = norm(extract(path))
            except Exception as ex:
                err(f, f"cannot extract: {ex}"); continue
            if norm(r["full_name"]) not in t:
                err(f, "name not in text")
            if r["email"].lower() not in t:
                err(f, "email not in text")
            if r["phone_e164"]:
                digits = re.sub(r"\D", "", t)
                if r["phone_e164"][-7:] not in digits:
                    err(f, "phone digits not in text")
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
        err("*", f"kind counts {kinds}")
    for e in ERR:
        print("FAIL", e)
    print(f"{len(rows)} rows, {kinds}; {len(ERR)} problems")
    sys.exit(1 if ERR else 0)


def name_like(t):
    return len(t.strip()) > 50


if __name__ == "__main__":
    main()
