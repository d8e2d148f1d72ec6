# -*- coding: utf-8 -*-
"""Validates ../truth.jsonl against ../files (independent of data.py)."""
import json, os, re, sys, subprocess, zipfile, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
TRUTH = os.path.join(ROOT, "truth.jsonl")
WRITER = "w71"
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())
TYPES = {"hands_on", "observership", "research", "telehealth"}
FULL = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]
ERR = []


def err(f, msg):
    ERR.append("%s: %s" % (f, msg))


def mi(ym):
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


def xml_text(b):
    s = b.decode("utf-8")
    s = re.sub(r"<(w:tab|text:tab)/>", " ", s)
    s = re.sub(r"</(w:p|text:p|text:h)>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\par\b", "\n", s)
    s = re.sub(r"\\tab\b", "\t", s)
    s = re.sub(r"\{\\(fonttbl|colortbl)[^}]*(\}[^}]*)*?\}\}", "", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "").replace("\\", "")


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        outs = [subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True) for mode in ([], ["-layout"])]
        if any(o.returncode for o in outs):
            return None
        return "\n".join(o.stdout.decode("utf-8", "replace") for o in outs)
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        names = [n for n in z.namelist() if (n.startswith("word/") and n.endswith(".xml")) or
                 n in ("content.xml", "styles.xml")]
        return "\n".join(xml_text(z.read(n)) for n in names)
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return None


def check_entry(f, e):
    if set(e) != {"type", "specialty", "state", "start", "end"}:
        err(f, "entry keys %s" % sorted(e))
    if e["type"] not in TYPES:
        err(f, "type " + e["type"])
    if e["specialty"] not in SPECS:
        err(f, "entry specialty " + e["specialty"])
    if e["state"] not in STATES:
        err(f, "state " + e["state"])
    for k in ("start", "end"):
        if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]):
            err(f, "bad date " + e[k])
    if e["start"] > e["end"] or e["end"] > "2026-12":
        err(f, "date order %s..%s" % (e["start"], e["end"]))


def months(ents):
    s = set()
    for e in ents:
        s.update(range(mi(e["start"]), mi(e["end"]) + 1))
    return len(s)


def main():
    rows = [json.loads(l) for l in open(TRUTH, encoding="utf-8") if l.strip()]
    names = [r["file"] for r in rows]
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        err("truth", "files mismatch: %s" % set(names).symmetric_difference(on_disk))
    if len(set(names)) != len(names):
        err("truth", "duplicate file rows")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]
        m = re.fullmatch(WRITER + r"_(\d{3})_([a-z0-9_]+)\.(pdf|docx|odt|rtf|txt|png|jpg)", f)
        if not m:
            err(f, "bad file name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"}:
                err(f, "damaged row must only have file/layout/error")
            ext = f.rsplit(".", 1)[1]
            if ext == "docx" and zipfile.is_zipfile(path):
                err(f, "damaged docx is a valid zip")
            if ext == "pdf":
                rr = subprocess.run(["pdftotext", path, "-"], capture_output=True)
                if rr.returncode == 0 and rr.stdout.strip():
                    err(f, "damaged pdf still yields text")
            continue
        scan = r.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        want = FULL + (["needs_ocr"] if scan else [])
        if list(r) != want and set(r) != set(want):
            err(f, "keys %s" % sorted(set(r).symmetric_difference(want)))
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
        s1 = r["usmle_step1"]
        if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
                err(f, k)
        if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"):
            err(f, "ecfmg")
        if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"):
            err(f, "visa")
        for s in r["specialties"]:
            if s not in SPECS:
                err(f, "specialty " + s)
        if not r["languages"] or not all(isinstance(x, str) for x in r["languages"]):
            err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            check_entry(f, e)
        if months(r["usce_entries"]) != r["usce_months"]:
            err(f, "usce_months %s != recount %s" % (r["usce_months"], months(r["usce_entries"])))
        cl = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
        if months(cl) != r["usce_months_clinical"]:
            err(f, "usce_months_clinical %s != recount %s" % (r["usce_months_clinical"], months(cl)))
        if scan:
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode().strip()
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
                if t or len(fonts) > 2:
                    err(f, "scan pdf has a text layer")
            continue
        txt = extract(path)
        if txt is None:
            err(f, "cannot extract text")
            continue
        nt = norm(txt)
        if norm(r["full_name"]) not in nt and norm(r["full_name"]).upper() not in nt.upper():
            err(f, "name not in text")
        if r["email"] not in nt:
            err(f, "email not in text")
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
        err("truth", "kind counts %s" % kinds)
    for e in ERR:
        print("FAIL", e)
    print("checked %d rows: %s -> %s" % (len(rows), kinds, "OK" if not ERR else "%d errors" % len(ERR)))
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
