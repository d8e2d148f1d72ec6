# -*- coding: utf-8 -*-
"""Validate truth.jsonl against files/ for helper w25."""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
ERRS = []


def err(f, m):
    ERRS.append(f"{f}: {m}")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def xml_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if n.endswith(".xml")]
    txt = []
    for n in parts:
        x = z.read(n).decode("utf-8", "replace")
        x = re.sub(r"<[^>]+>", "", x)
        txt.append(x)
    import html
    return html.unescape("\n".join(txt))


def rtf_text(path):
    s = open(path, encoding="ascii").read()
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        # layout mode and reading-order mode (a name wrapped inside a table cell only joins in the latter)
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], capture_output=True, text=True).stdout
                         for m in (["-layout"], []))
    if ext in ("docx", "odt"):
        return xml_text(path)
    if ext == "rtf":
        return rtf_text(path)
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(FILES))
    if len(rows) != len(names) or sorted(r["file"] for r in rows) != names:
        err("truth", "file list mismatch with files/")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]
        if not re.fullmatch(r"w25_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        if not f.startswith(f"w25_{f[4:7]}_{r['layout']}."):
            err(f, "layout not in name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged row keys")
            continue
        want = KEYS + (["needs_ocr"] if r.get("needs_ocr") else [])
        if list(r) != want:
            err(f, f"keys {list(r)}")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "email")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "grad year")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student vs graduation_year (reference 2026-12-01)")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa")
        if not set(r["specialties"]) <= SPECS:
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
            if not re.fullmatch(r"[A-Z]{2}", e["state"]):
                err(f, "state")
            if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
                err(f, "entry dates")
            elif e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, "entry order/range")
        if r["usce_months"] != months(r["usce_entries"]):
            err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        if r["usce_months_clinical"] != months(r["usce_entries"], True):
            err(f, "usce_months_clinical")
        if r.get("needs_ocr"):
            kinds["scan"] += 1
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if t.strip():
                    err(f, "scan has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if len(fonts) > 2:
                    err(f, "scan has fonts")
            elif not f.endswith((".png", ".jpg")):
                err(f, "scan ext")
            continue
        kinds["readable"] += 1
        t = norm(text_of(path))
        if norm(r["full_name"]) not in t:
            err(f, "name not found in text")
        if r["email"].lower() not in t:
            err(f, "email not found in text")
    # damaged files really are damaged
    for r in rows:
        if r.get("error"):
            p = os.path.join(FILES, r["file"])
            if r["file"].endswith(".pdf"):
                pr = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
                if pr.returncode == 0 and pr.stdout.strip():
                    err(r["file"], "damaged pdf still readable")
            else:
                try:
                    zipfile.ZipFile(p)
                    err(r["file"], "damaged docx opens as zip")
                except zipfile.BadZipFile:
                    pass
    print("kinds:", kinds)
    if ERRS:
        print("\n".join(ERRS)); print(f"0 passed, {len(ERRS)} failed"); sys.exit(1)
    print(f"{len(rows)} passed, 0 failed")


if __name__ == "__main__":
    main()
