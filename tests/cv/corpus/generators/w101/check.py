# -*- coding: utf-8 -*-
"""Independent check of truth.jsonl against the contract and the rendered files.
Reads only truth.jsonl and files/ (does not import people.py)."""
import os, re, json, subprocess, zipfile, tempfile, shutil, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Surgery", "General Surgery", "Psychiatry", "Neurology",
        "Emergency Medicine", "Obstetrics and Gynecology", "Radiology", "Anesthesiology", "Pathology", "Cardiology",
        "Nephrology", "Gastroenterology", "Pulmonology", "Oncology", "Hematology", "Endocrinology", "Infectious Disease",
        "Rheumatology", "Dermatology", "Ophthalmology", "Orthopedic Surgery", "Urology", "Neurosurgery",
        "Physical Medicine and Rehabilitation", "Geriatrics", "Critical Care", "Otolaryngology", "Plastic Surgery",
        "Radiation Oncology", "Preventive Medicine"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
ERR = []


def err(f, m):
    ERR.append(f"{f}: {m}")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y2, m2) > (2026, 12): y2, m2 = 2026, 12
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml", n):
                t += re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")) + "\n"
        return t
    if ext in ("odt", "rtf"):
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/p", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", d, path], capture_output=True, timeout=180)
        out = os.path.join(d, os.path.basename(path).rsplit(".", 1)[0] + ".txt")
        t = open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""
        shutil.rmtree(d, ignore_errors=True)
        return t
    return ""


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(FILES))
    if sorted(r["file"] for r in rows) != files:
        err("ALL", "truth files != files/ listing")
    nread = nscan = ndam = 0; layouts = set()
    for r in rows:
        f = r["file"]; path = os.path.join(FILES, f)
        if not re.match(r"w101_\d{3}_[a-z0-9_]+\.\w+$", f) or f"_{r['layout']}." not in f:
            err(f, "bad name/layout")
        if r.get("error"):
            ndam += 1
            if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
            if f.endswith(".pdf"):
                rc = subprocess.run(["pdftotext", path, "-"], capture_output=True).returncode
                if rc == 0: err(f, "damaged PDF opens")
            elif f.endswith(".docx"):
                try: zipfile.ZipFile(path); err(f, "damaged docx opens")
                except zipfile.BadZipFile: pass
            continue
        for k in KEYS:
            if k not in r: err(f, f"missing {k}")
        if not re.fullmatch(r"\+[1-9]\d{6,14}", r["phone_e164"] or "+10000000"): err(f, "phone not E.164")
        if r["usmle_step1"] not in (None, "pass", "fail") and not (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300):
            err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): err(f, k)
        if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
        if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
        for s in r["specialties"]:
            if s not in SPEC: err(f, f"specialty {s}")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
        if not isinstance(r["graduation_year"], int) or not isinstance(r["is_student"], bool): err(f, "grad/is_student types")
        if r["is_student"] and r["graduation_year"] < 2027: err(f, "student graduating before 2027?")
        if not isinstance(r["publications"], int): err(f, "pubs")
        for e in r["usce_entries"]:
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "usce type")
            if e["state"] not in STATES: err(f, "state")
            if e["specialty"] is not None and e["specialty"] not in SPEC: err(f, f"usce specialty {e['specialty']}")
            if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"] <= "2026-12"):
                err(f, f"usce dates {e}")
        if months(r["usce_entries"]) != r["usce_months"]: err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        if months(r["usce_entries"], True) != r["usce_months_clinical"]: err(f, "usce_months_clinical")
        layouts.add(r["layout"])
        if r.get("needs_ocr"):
            nscan += 1
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if t.strip(): err(f, "scan PDF has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if len(fonts) > 2: err(f, "scan PDF has fonts")
            elif not f.endswith((".png", ".jpg")):
                err(f, "scan with odd extension")
            continue
        nread += 1
        t = text_of(path)
        flat = re.sub(r"\s+", " ", t)
        if r["full_name"] not in flat: err(f, f"name '{r['full_name']}' not in text")
        if r["email"] and r["email"] not in flat: err(f, f"email not in text")
        digits = re.sub(r"\D", "", t)
        if r["phone_e164"] and r["phone_e164"][-9:] not in digits: err(f, "phone digits not in text")
    if (nread, nscan, ndam) != (16, 5, 3): err("ALL", f"counts {nread}/{nscan}/{ndam}")
    readable_layouts = {r["layout"] for r in rows if not r.get("error") and not r.get("needs_ocr")}
    if len(readable_layouts) < 8: err("ALL", "fewer than 8 readable layouts")
    print(f"readable={nread} scans={nscan} damaged={ndam} readable_layouts={len(readable_layouts)}")
    print("\n".join(ERR) if ERR else "ALL CHECKS PASSED")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
