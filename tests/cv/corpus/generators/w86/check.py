# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against ../files (writer w86)."""
import json, os, re, sys, subprocess, zipfile, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "..", "files")
TRUTH = os.path.join(HERE, "..", "truth.jsonl")

SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
        "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
ERR = []


def err(f, m):
    ERR.append(f"{f}: {m}")


def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def xml_text(z, names):
    out = []
    for n in names:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"</(w:p|text:p|text:h)>", "\n", x)
        x = re.sub(r"<(w:tab|text:tab|w:br|text:line-break|text:s)[^>]*/>", " ", x)
        x = re.sub(r"<[^>]+>", "", x)
        out.append(html.unescape(x))
    return "\n".join(out)


def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\{\\(fonttbl|colortbl)[^}]*(\{[^}]*\}[^}]*)*\}", "", s)
    s = re.sub(r"\\par\b", "\n", s)
    s = re.sub(r"\\([{}\\])", r"\1", s)
    s = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")


def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    z = zipfile.ZipFile(path)
    if ext == "docx":
        return xml_text(z, [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)])
    if ext == "odt":
        return xml_text(z, ["content.xml", "styles.xml"])
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()


def main():
    rows = [json.loads(l) for l in open(TRUTH, encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(FILES))
    if sorted(r["file"] for r in rows) != names:
        err("truth", f"file set mismatch: {set(names) ^ set(r['file'] for r in rows)}")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]; p = os.path.join(FILES, f)
        if not re.match(r"^w86_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
            err(f, "bad file name")
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}:
                err(f, "damaged row has extra keys")
            # must really be unreadable
            ext = f.rsplit(".", 1)[1]
            if ext == "pdf":
                res = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
                if res.returncode == 0 and r["file"].find("encrypted") < 0 and len(res.stdout.strip()) > 50:
                    err(f, "damaged pdf still parses")
                if "encrypted" in f and res.returncode == 0:
                    err(f, "encrypted pdf opened without password")
            elif ext in ("docx", "odt"):
                if zipfile.is_zipfile(p):
                    err(f, "damaged docx is a valid zip")
            continue
        for k in KEYS:
            if k not in r:
                err(f, f"missing key {k}")
        extra = set(r) - set(KEYS) - {"needs_ocr"}
        if extra:
            err(f, f"extra keys {extra}")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "bad email")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]):
            err(f, "bad country")
        if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032:
            err(f, "bad graduation_year")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation year")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "bad step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
                err(f, f"bad {k}")
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "bad ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "bad visa")
        for s in r["specialties"]:
            if s not in SPECS:
                err(f, f"specialty {s} not in vocabulary")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "bad publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, "bad entry keys")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, "bad entry type")
            if e["specialty"] not in SPECS or e["state"] not in STATES:
                err(f, f"bad entry specialty/state {e}")
            if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
                err(f, "bad entry dates")
            elif e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, "entry start>end or beyond 2026-12")
        if months(r["usce_entries"]) != r["usce_months"]:
            err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        if months(r["usce_entries"], True) != r["usce_months_clinical"]:
            err(f, "usce_months_clinical mismatch")
        ext = f.rsplit(".", 1)[1]
        if r.get("needs_ocr"):
            kinds["scan"] += 1
            if ext == "pdf":
                t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
                if t.strip():
                    err(f, "scan pdf has a text layer")
                if subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.count("\n") > 2:
                    err(f, "scan pdf has fonts")
            else:
                from PIL import Image
                Image.open(p).verify()
            continue
        kinds["readable"] += 1
        t = norm(text_of(p))
        if norm(r["full_name"]) not in t:
            err(f, "name not found in text")
        if r["email"].lower() not in t:
            err(f, "email not found in text")
        if r["phone_e164"]:
            digits = re.sub(r"\D", "", t)
            if r["phone_e164"][-7:] not in digits:
                err(f, "phone digits not found in text")
    print("kinds:", kinds)
    if ERR:
        print("\n".join(ERR)); print(f"FAIL ({len(ERR)} problems)"); sys.exit(1)
    print(f"OK: {len(rows)} rows checked")


if __name__ == "__main__":
    main()
