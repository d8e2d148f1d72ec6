# -*- coding: utf-8 -*-
"""Validates ../truth.jsonl against ../files (writer w76)."""
import os, re, sys, json, zipfile, subprocess, tempfile, html, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")

KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status",
        "specialties", "languages", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
ECFMG = {"certified", "pending", "not_certified", None}
VISA = {"citizen", "green_card", "j1", "h1b", "b1b2", None}
TYPES = {"hands_on", "observership", "research", "telehealth"}
errors = []


def err(f, msg): errors.append(f"{f}: {msg}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def xml_text(data):
    data = re.sub(r"</(w:p|text:p|text:h)>", "\n", data)
    data = re.sub(r"<(w:tab|text:tab|w:br|text:line-break)[^>]*/>", " ", data)
    data = re.sub(r"<text:s[^>]*/>", " ", data)
    return html.unescape(re.sub(r"<[^>]+>", "", data))


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                         if n.startswith("word/") and n.endswith(".xml"))
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return xml_text(z.read("content.xml").decode("utf-8")) + xml_text(z.read("styles.xml").decode("utf-8"))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/lo", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True, timeout=180)
        out = os.path.join(d, os.path.basename(path)[:-4] + ".txt")
        return open(out, encoding="utf-8-sig").read() if os.path.exists(out) else ""
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


def main():
    lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(FILES))
    names = [d["file"] for d in lines]
    if sorted(names) != files: err("truth", f"file list mismatch: {set(names) ^ set(files)}")
    if len(names) != len(set(names)): err("truth", "duplicate file entries")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for d in lines:
        f = d["file"]; path = os.path.join(FILES, f)
        if not re.fullmatch(r"w76_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
        if d.get("error"):
            kinds["damaged"] += 1
            if set(d) != {"file", "layout", "error"}: err(f, "damaged entry has extra keys")
            r = subprocess.run(["pdfinfo", path], capture_output=True) if f.endswith(".pdf") else None
            if f.endswith(".pdf") and r.returncode == 0: err(f, "damaged pdf opens fine")
            if f.endswith(".docx") and zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
            continue
        scan = d.get("needs_ocr", False)
        want = KEYS + (["needs_ocr"] if scan else [])
        if list(d) != want: err(f, f"keys {list(d)}")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", d["email"] or ""): err(f, "email")
        if d["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{6,14}", d["phone_e164"]): err(f, "phone")
        if not re.fullmatch(r"[A-Z]{2}", d["medical_school_country"]): err(f, "country")
        if not isinstance(d["graduation_year"], int): err(f, "grad year")
        if not isinstance(d["is_student"], bool): err(f, "is_student")
        if d["is_student"] != (d["graduation_year"] > 2026): err(f, "is_student vs graduation_year")
        s1 = d["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (d[k] is None or (isinstance(d[k], int) and 100 <= d[k] <= 300)): err(f, k)
        if d["ecfmg_status"] not in ECFMG: err(f, "ecfmg")
        if d["visa_status"] not in VISA: err(f, "visa")
        if not all(s in SPECS for s in d["specialties"]): err(f, "specialty vocab")
        if not d["languages"] or not all(isinstance(x, str) for x in d["languages"]): err(f, "languages")
        if not isinstance(d["publications"], int): err(f, "publications")
        for e in d["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, f"entry keys {e}")
            if e["type"] not in TYPES: err(f, "entry type")
            if e["specialty"] not in SPECS: err(f, "entry specialty")
            if e["state"] not in STATES: err(f, "entry state")
            if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"])): err(f, "entry dates")
            elif e["start"] > e["end"] or e["end"] > "2026-12": err(f, "entry order")
        if months(d["usce_entries"]) != d["usce_months"]: err(f, "usce_months recount")
        clin = [e for e in d["usce_entries"] if e["type"] in ("hands_on", "observership")]
        if months(clin) != d["usce_months_clinical"]: err(f, "usce_months_clinical recount")
        if scan:
            kinds["scan"] += 1
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if t.strip() or len(fonts) > 2: err(f, "scan pdf has a text layer")
            else:
                from PIL import Image
                Image.open(path).verify()
            continue
        kinds["readable"] += 1
        text = norm(extract(path))
        if norm(d["full_name"]) not in text: err(f, f"name {d['full_name']!r} not in text")
        if d["email"].lower() not in text.replace(" ", ""): err(f, f"email {d['email']} not in text")
    print("kinds:", kinds)
    if errors:
        print("\n".join(errors)); print("FAILED", len(errors)); sys.exit(1)
    print("OK: truth.jsonl valid for", len(lines), "files")


if __name__ == "__main__":
    main()
