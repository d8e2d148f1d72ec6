"""Validates /work/blind/w18/truth.jsonl against the contract and the files."""
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from usce import months_union  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")

SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
               "Cardiology", "Gastroenterology", "Oncology", "Hematology", "Nephrology", "Pulmonology",
               "Endocrinology", "Infectious Disease", "Rheumatology", "Dermatology", "Ophthalmology",
               "Orthopedic Surgery", "Urology", "Otolaryngology", "Neurosurgery", "Geriatrics", "Critical Care"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
             "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
ECFMG = {"certified", "pending", "not_certified", None}
VISA = {"citizen", "green_card", "j1", "h1b", "b1b2", None}
TYPES = {"hands_on", "observership", "research", "telehealth"}
IMG_EXT = {".png", ".jpg", ".jpeg"}

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def xml_text(path, parts_prefix):
    with zipfile.ZipFile(path) as z:
        chunks = []
        for n in z.namelist():
            if n.endswith(".xml") and any(n.startswith(p) for p in parts_prefix):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</(w:p|text:p|text:h)>|<(w:br|text:line-break|w:tab|text:tab)[^>]*/>", "\n", x)
                chunks.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(chunks))


def file_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".txt":
        return open(path, encoding="utf-8").read()
    if ext == ".docx":
        return xml_text(path, ["word/document", "word/header", "word/footer"])
    if ext == ".odt":
        return xml_text(path, ["content", "styles"])
    if ext == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    raise ValueError(ext)


def check_ym(f, s):
    if not (isinstance(s, str) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", s)):
        err(f, f"bad month {s!r}")
        return False
    return True


def main():
    lines = open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8").read().splitlines()
    seen = set()
    on_disk = set(os.listdir(FILES))
    n_read = n_scan = n_dmg = 0
    for ln in lines:
        t = json.loads(ln)
        f = t.get("file")
        if f in seen:
            err(f, "duplicate")
        seen.add(f)
        if not re.fullmatch(r"w18_(0\d\d)_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg|jpeg)", f or ""):
            err(f, "bad file name")
        if f not in on_disk:
            err(f, "missing on disk")
            continue
        path = os.path.join(FILES, f)
        if t.get("error"):
            n_dmg += 1
            if set(t) != {"file", "layout", "error"} or t["error"] is not True:
                err(f, "damaged entry must be exactly file/layout/error")
            # make sure it really is unreadable as a normal document
            ext = os.path.splitext(f)[1]
            if ext == ".pdf":
                r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
                if r.returncode == 0 and len(r.stdout.strip()) > 50:
                    err(f, "damaged pdf is still readable")
            elif ext == ".docx":
                if zipfile.is_zipfile(path):
                    err(f, "damaged docx is a valid zip")
            continue
        scan = t.get("needs_ocr") is True
        want = KEYS + (["needs_ocr"] if scan else [])
        if list(t.keys()) != want:
            err(f, f"keys differ: {sorted(set(t) ^ set(want))}")
        if not t["layout"] or not f.startswith("w18_") or t["layout"] not in f:
            err(f, "layout not in file name")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t["email"] or ""):
            err(f, "bad email")
        if t["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", t["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[A-Z]{2}", t["medical_school_country"] or ""):
            err(f, "bad country")
        if not isinstance(t["graduation_year"], int) or not 1980 <= t["graduation_year"] <= 2032:
            err(f, "bad graduation_year")
        if not isinstance(t["is_student"], bool):
            err(f, "is_student not bool")
        if t["is_student"] != (t["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
        s1 = t["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "bad step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = t[k]
            if v is not None and not (isinstance(v, int) and 100 <= v <= 300):
                err(f, f"bad {k}")
        if t["ecfmg_status"] not in ECFMG:
            err(f, "bad ecfmg")
        if t["visa_status"] not in VISA:
            err(f, "bad visa")
        if not isinstance(t["specialties"], list) or any(s not in SPECIALTIES for s in t["specialties"]):
            err(f, "bad specialties")
        if not isinstance(t["languages"], list) or not all(isinstance(x, str) and x[:1].isupper() for x in t["languages"]):
            err(f, "bad languages")
        if not isinstance(t["publications"], int) or t["publications"] < 0:
            err(f, "bad publications")
        ents = t["usce_entries"]
        for e in ents:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"entry keys {e}")
                continue
            if e["type"] not in TYPES:
                err(f, f"bad type {e['type']}")
            if e["specialty"] not in SPECIALTIES:
                err(f, f"bad entry specialty {e['specialty']}")
            if e["state"] not in STATES:
                err(f, f"bad state {e['state']}")
            if check_ym(f, e["start"]) and check_ym(f, e["end"]):
                if e["start"] > e["end"]:
                    err(f, "start after end")
                if e["end"] > "2026-12":
                    err(f, "end after 2026-12")
        if t["usce_months"] != months_union(ents):
            err(f, f"usce_months {t['usce_months']} != {months_union(ents)}")
        clin = [e for e in ents if e["type"] not in ("research", "telehealth")]
        if t["usce_months_clinical"] != months_union(clin):
            err(f, f"usce_months_clinical {t['usce_months_clinical']} != {months_union(clin)}")
        ext = os.path.splitext(f)[1].lower()
        if scan:
            n_scan += 1
            if ext == ".pdf":
                txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if txt.strip():
                    err(f, "scan pdf has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
                if len(fonts) > 2:
                    err(f, "scan pdf has fonts")
            elif ext not in IMG_EXT:
                err(f, "scan must be pdf or image")
        else:
            n_read += 1
            if ext in IMG_EXT:
                err(f, "readable file is an image")
            txt = norm(file_text(path))
            if norm(t["full_name"]) not in txt:
                err(f, "full_name not found in text")
            if norm(t["email"]) not in txt:
                err(f, "email not found in text")
    missing = on_disk - seen
    if missing:
        err("files/", f"not in truth: {sorted(missing)}")
    print(f"readable={n_read} scans={n_scan} damaged={n_dmg} total={len(seen)}")
    if n_read < 1 or len(seen) < 18:
        err("set", "too few files")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print("OK: truth.jsonl passes all checks")


if __name__ == "__main__":
    main()
