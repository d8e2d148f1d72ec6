# -*- coding: utf-8 -*-
"""Validate w36 truth.jsonl against the contract and the files."""
import os, sys, json, re, subprocess, zipfile, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from months import usce_months

SPEC = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties",
        "languages", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
ERR = []
def err(f, m): ERR.append(f"{f}: {m}")
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()

def strip_xml(b): return re.sub(r"<[^>]+>", " ", b.decode("utf-8"))
def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\(line|tab|par)\b", " ", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s); s = re.sub(r"\\([\\{}])", r"\1", s)
    return s.replace("{", "").replace("}", "")

def text_of(p):
    ext = p.rsplit(".", 1)[-1]
    if ext == "pdf": return subprocess.run(["pdftotext", "-raw", p, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(p)
        return " ".join(strip_xml(z.read(n)) for n in z.namelist() if n.endswith(".xml") and ("word/" in n or n == "content.xml"))
    if ext == "rtf": return rtf_text(open(p, encoding="ascii").read())
    if ext == "txt": return open(p, encoding="utf-8").read()
    raise ValueError(ext)

def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(os.path.join(ROOT, "files")))
    names = [r["file"] for r in rows]
    if sorted(names) != files: err("*", f"truth/files mismatch {set(names) ^ set(files)}")
    if len(set(names)) != len(names): err("*", "duplicate file rows")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]; p = os.path.join(ROOT, "files", f)
        if not re.fullmatch(r"w36_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
            # must really be unreadable
            ok = subprocess.run(["pdfinfo", p], capture_output=True).returncode == 0 if f.endswith(".pdf") else zipfile.is_zipfile(p)
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
                if t.returncode == 0 and t.stdout.strip(): err(f, "damaged pdf still yields text")
            elif ok: err(f, "damaged docx is a valid zip")
            continue
        scan = r.get("needs_ocr") is True
        exp = KEYS + (["needs_ocr"] if scan else [])
        if list(r) != exp: err(f, f"keys {list(r)}")
        kinds["scan" if scan else "readable"] += 1
        if not r["full_name"] or any(t in r["full_name"] for t in ("Dr.", "MD", "MBBS")): err(f, "name")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]): err(f, "email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "phone")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1970 < r["graduation_year"] < 2032: err(f, "grad year")
        if not isinstance(r["is_student"], bool): err(f, "is_student")
        if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs graduation_year")
        s1 = r["usmle_step1"]
        if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
        if any(s not in SPEC for s in r["specialties"]): err(f, "specialty vocab")
        if not r["languages"] or not all(isinstance(x, str) and x[0].isupper() for x in r["languages"]): err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0: err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
            if e["specialty"] not in SPEC: err(f, "entry specialty")
            if e["state"] not in STATES: err(f, "entry state")
            if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])): err(f, "entry date fmt")
            elif not e["start"] <= e["end"] <= "2026-12": err(f, "entry date order")
        m, mc = usce_months(r["usce_entries"])
        if (m, mc) != (r["usce_months"], r["usce_months_clinical"]): err(f, f"usce months {m},{mc} != {r['usce_months']},{r['usce_months_clinical']}")
        # file content
        if scan:
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
                if t.strip(): err(f, "scan pdf has a text layer")
                fo = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
                if len(fo) > 2: err(f, "scan pdf has fonts")
            else:
                from PIL import Image
                Image.open(p).verify()
        else:
            t = norm(text_of(p))
            if norm(r["full_name"]) not in t: err(f, "name not found in text")
            if r["email"].lower() not in t: err(f, "email not found in text")
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}: err("*", f"kinds {kinds}")
    print("kinds:", kinds)
    if ERR:
        print("\n".join(ERR)); print("CHECK FAILED"); sys.exit(1)
    print(f"CHECK PASSED ({len(rows)} rows)")

if __name__ == "__main__":
    main()
