# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the contract and the files on disk (writer w27)."""
import json, re, subprocess, sys, tempfile, unicodedata, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "files"
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
TYPES = {"hands_on", "observership", "research", "telehealth"}
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status",
        "specialties", "languages", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
READABLE_EXT = {".pdf", ".docx", ".odt", ".rtf", ".txt"}
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def strip_xml(b):
    t = re.sub(rb"<(w:p|text:p|text:h)[ >/]", b"\n<", b)
    t = re.sub(rb"<w:tab/>|<text:tab/>", b" ", t)
    t = re.sub(rb"<[^>]+>", b"", t)
    return t.decode("utf-8", "replace")


def extract_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    if ext == ".docx":
        z = zipfile.ZipFile(path)
        return "\n".join(strip_xml(z.read(n)) for n in z.namelist()
                         if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    if ext == ".odt":
        z = zipfile.ZipFile(path)
        return strip_xml(z.read("content.xml")) + strip_xml(z.read("styles.xml"))
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".rtf":
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/prof", "--headless", "--convert-to",
                            "txt:Text (encoded):UTF8", "--outdir", d, str(path)], capture_output=True, timeout=180)
            return (Path(d) / (path.stem + ".txt")).read_text(encoding="utf-8", errors="replace")
    raise ValueError(ext)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).casefold()


def has_text_layer(path):
    ext = path.suffix.lower()
    if ext in (".png", ".jpg", ".jpeg"):
        return False
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.strip().splitlines()
    txt = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.strip()
    return len(fonts) > 2 or bool(txt)


def is_damaged(path):
    ext = path.suffix.lower()
    if path.stat().st_size == 0:
        return True
    if ext == ".pdf":
        r = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
        return r.returncode != 0 or not r.stdout.strip()
    if ext in (".docx", ".odt"):
        try:
            zipfile.ZipFile(path).testzip(); return False
        except Exception:
            return True
    return False


def main():
    rows = [json.loads(l) for l in (ROOT / "truth.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    names = [r["file"] for r in rows]
    on_disk = sorted(p.name for p in FILES.iterdir())
    if sorted(names) != on_disk:
        err("truth.jsonl", f"files mismatch: truth-only {set(names)-set(on_disk)}, disk-only {set(on_disk)-set(names)}")
    if len(set(names)) != len(names):
        err("truth.jsonl", "duplicate file entries")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]; path = FILES / f
        if not re.match(r"^w27_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
            err(f, "bad file name")
        if not f.startswith(f"w27_{f[4:7]}_{r['layout']}."):
            err(f, "layout does not match file name")
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}:
                err(f, "damaged row must only have file/layout/error")
            if not is_damaged(path):
                err(f, "damaged file is actually readable")
            continue
        scan = r.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        expected = KEYS + (["needs_ocr"] if scan else [])
        if list(r.keys()) != expected:
            err(f, f"keys differ: {list(r.keys())}")
        if not r["full_name"] or not isinstance(r["full_name"], str):
            err(f, "full_name")
        if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r["email"] or ""):
            err(f, "email")
        if r["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", r["phone_e164"]):
            err(f, f"phone {r['phone_e164']}")
        if not re.match(r"^[A-Z]{2}$", r["medical_school_country"] or ""):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(r["is_student"], bool):
            err(f, "is_student")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year (ref 2026-12-01; no 2026 grads here)")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg_status")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa_status")
        if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]):
            err(f, "specialties")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x[:1].isupper() for x in r["languages"]):
            err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"entry keys {e}")
            if e["type"] not in TYPES: err(f, f"entry type {e}")
            if e["specialty"] not in SPECS: err(f, f"entry specialty {e}")
            if e["state"] not in STATES: err(f, f"entry state {e}")
            if not (re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["start"]) and re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e["end"])):
                err(f, f"entry dates {e}")
            elif not (e["start"] <= e["end"] <= "2026-12"):
                err(f, f"entry order {e}")
        if r["usce_months"] != months(r["usce_entries"]):
            err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        clin = [e for e in r["usce_entries"] if e["type"] not in ("research", "telehealth")]
        if r["usce_months_clinical"] != months(clin):
            err(f, "usce_months_clinical")
        if scan:
            if has_text_layer(path):
                err(f, "scan has a text layer")
            continue
        if path.suffix.lower() not in READABLE_EXT:
            err(f, "readable file with a non-accepted extension")
            continue
        txt = norm(extract_text(path))
        if norm(r["full_name"]) not in txt:
            err(f, f"name {r['full_name']!r} not found in text")
        if r["email"].casefold() not in txt:
            err(f, f"email {r['email']} not found in text")
        if r["phone_e164"]:
            digits = re.sub(r"\D", "", txt)
            local = r["phone_e164"][1:]
            if local not in digits and local[-9:] not in digits:
                err(f, "phone digits not found in text")
    print("counts:", kinds)
    if kinds["readable"] < 16 or kinds["scan"] < 5 or kinds["damaged"] < 3:
        err("truth.jsonl", f"need 16 readable / 5 scans / 3 damaged, have {kinds}")
    if errors:
        print("FAILED:"); print("\n".join(errors)); sys.exit(1)
    print(f"OK: {len(rows)} rows validated")


if __name__ == "__main__":
    main()
