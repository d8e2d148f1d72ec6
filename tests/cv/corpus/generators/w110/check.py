# -*- coding: utf-8 -*-
"""Independent check of w110 truth.jsonl against the contract and the rendered files."""
import json
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
REF = (2026, 12)
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        ey, em = map(int, e["end"].split("-"))
        while (y, m) <= (ey, em) and (y, m) <= REF:
            s.add((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(s)


def strip_xml(x):
    x = re.sub(r"</w:p>|</text:p>|</text:h>|<w:tab/>|<w:br/>", "\n", x)
    return re.sub(r"<[^>]+>", "", x)


def rtf_text(raw):
    raw = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    raw = re.sub(r"\\par\b", "\n", raw)
    raw = re.sub(r"\{\\fonttbl.*?\}\}", "", raw, flags=re.S)
    raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
    return raw.replace("{", "").replace("}", "").replace("\\\\", "\\")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"(word/(document|header\d*|footer\d*)\.xml|content\.xml|styles\.xml)$", n)]
        return "\n".join(strip_xml(z.read(n).decode("utf-8")) for n in parts)
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def opens(path):
    ext = path.rsplit(".", 1)[1]
    if os.path.getsize(path) == 0:
        return False
    if ext == "pdf":
        r = subprocess.run(["pdftotext", path, "-"], capture_output=True)
        r2 = subprocess.run(["qpdf", "--check", path], capture_output=True)
        return r.returncode == 0 and r2.returncode == 0
    if ext == "docx":
        try:
            zipfile.ZipFile(path).read("word/document.xml")
            return True
        except Exception:
            return False
    return True


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(FILES))
    if sorted(r["file"] for r in rows) != names:
        err("*", "truth files != files/ listing")
    n_read = n_scan = n_dmg = 0
    layouts = set()
    for r in rows:
        f = r["file"]
        path = os.path.join(FILES, f)
        m = re.match(r"w110_(\d{3})_(.+)\.(pdf|docx|odt|rtf|txt|jpg|png)$", f)
        if not m or m.group(2) != r["layout"]:
            err(f, "bad name/layout")
        if r.get("error"):
            n_dmg += 1
            if set(r) != {"file", "layout", "error"}:
                err(f, "damaged row has extra keys")
            if opens(path):
                err(f, "damaged file opens")
            continue
        for k in KEYS:
            if k not in r:
                err(f, f"missing {k}")
        if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000"):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "email")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not isinstance(r["is_student"], bool):
            err(f, "grad/is_student types")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation year")
        s1 = r["usmle_step1"]
        if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa")
        if not set(r["specialties"]) <= SPECS:
            err(f, "specialty not on list")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            if e["type"] not in ("hands_on", "observership", "research", "telehealth") or e["state"] not in STATES:
                err(f, f"entry {e}")
            if e["specialty"] is not None and e["specialty"] not in SPECS:
                err(f, f"entry specialty {e}")
            if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"]):
                err(f, f"entry dates {e}")
        if months(r["usce_entries"]) != r["usce_months"]:
            err(f, f"usce_months {r['usce_months']} != recount {months(r['usce_entries'])}")
        clin = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
        if months(clin) != r["usce_months_clinical"]:
            err(f, f"usce_months_clinical {r['usce_months_clinical']} != recount {months(clin)}")
        layouts.add(r["layout"])
        if r.get("needs_ocr"):
            n_scan += 1
            if f.endswith(".pdf"):
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if len(fonts) > 2 or txt.strip():
                    err(f, "scan PDF has a text layer")
            continue
        n_read += 1
        txt = norm(extract(path))
        if norm(r["full_name"]) not in txt:
            err(f, "name not in text")
        if r["email"].lower() not in txt:
            err(f, "email not in text")
        digits = re.sub(r"\D", "", txt)
        tail = r["phone_e164"][-7:]
        if tail not in digits:
            err(f, "phone digits not in text")
    print(f"readable={n_read} scans={n_scan} damaged={n_dmg} distinct readable layouts={len(layouts)}")
    if (n_read, n_scan, n_dmg) != (16, 5, 3):
        err("*", "counts")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
