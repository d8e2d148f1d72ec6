# -*- coding: utf-8 -*-
"""Independent checks of truth.jsonl against the files."""
import os, re, json, subprocess, zipfile, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
             "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
# months counted by hand while writing the CVs: (all, clinical)
HAND = {"001": (33, 5), "002": (6, 6), "003": (7, 4), "004": (5, 5), "005": (4, 1), "006": (32, 5), "007": (3, 3),
        "008": (5, 2), "009": (7, 7), "010": (13, 1), "011": (4, 4), "012": (3, 3), "013": (3, 3), "014": (48, 7),
        "015": (26, 2), "016": (8, 5), "017": (2, 2), "018": (4, 4), "019": (2, 2), "020": (8, 2), "021": (2, 2)}


def months(es):
    s = set()
    for e in es:
        y, m = map(int, e["start"].split("-")); Y, M = map(int, e["end"].split("-"))
        while (y, m) <= (Y, M) and (y, m) <= (2026, 12):
            s.add((y, m)); y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path); t = ""
        for n in z.namelist():
            if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml"):
                x = z.read(n).decode("utf-8")
                t += re.sub(r"<[^>]+>", "", re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)) + "\n"
        return t
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        r = open(path, encoding="ascii").read()
        r = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), r)
        return re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", r)
    return ""


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s.replace("\u00ad", ""))).lower()


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(FILES))
    assert [r["file"] for r in recs] == files, "truth/file mismatch"
    errs = []
    cnt = {"readable": 0, "ocr": 0, "damaged": 0}
    for r in recs:
        f = r["file"]; p = os.path.join(FILES, f); n = f.split("_")[1]
        assert re.fullmatch(r"w104_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|txt|rtf|png|jpg)", f), f
        assert r["layout"] in f
        if r.get("error"):
            cnt["damaged"] += 1
            assert set(r) == {"file", "layout", "error"}, f
            if f.endswith(".pdf"):
                pr = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True)
                if pr.returncode == 0 and pr.stdout.strip():
                    errs.append(f"{f}: damaged pdf still yields text")
            else:
                try:
                    zipfile.ZipFile(p); errs.append(f"{f}: opens as zip")
                except zipfile.BadZipFile:
                    pass
            continue
        missing = [k for k in KEYS if k not in r]
        if missing: errs.append(f"{f}: missing {missing}")
        assert re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]), f
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]), f
        assert re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]), f
        assert isinstance(r["graduation_year"], int) and isinstance(r["is_student"], bool)
        assert r["usmle_step1"] in ("pass", "fail", None) or (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300)
        for k in ("usmle_step2ck", "usmle_step3"):
            assert r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300), (f, k)
        assert r["ecfmg_status"] in ("certified", "pending", "not_certified", None)
        assert r["visa_status"] in ("citizen", "green_card", "j1", "h1b", "b1b2", None)
        assert all(s in SPEC for s in r["specialties"]), f
        assert isinstance(r["publications"], int) and r["languages"]
        for e in r["usce_entries"]:
            assert e["type"] in ("hands_on", "observership", "research", "telehealth"), f
            assert e["specialty"] is None or e["specialty"] in SPEC, f
            assert e["state"] in STATES, f
            assert re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e["end"])
            assert e["start"] <= e["end"] <= "2026-12", f
        cl = [e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")]
        if (r["usce_months"], r["usce_months_clinical"]) != (months(r["usce_entries"]), months(cl)):
            errs.append(f"{f}: month recount mismatch")
        if (r["usce_months"], r["usce_months_clinical"]) != HAND[n]:
            errs.append(f"{f}: months {r['usce_months']},{r['usce_months_clinical']} != hand count {HAND[n]}")
        if r.get("needs_ocr"):
            cnt["ocr"] += 1
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
                fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True).stdout.strip().splitlines()
                if t.strip() or len(fonts) > 2:
                    errs.append(f"{f}: scan has a text layer")
            else:
                assert f.endswith((".png", ".jpg"))
            continue
        cnt["readable"] += 1
        t = norm(text_of(p))
        for k in ("full_name", "email"):
            if norm(r[k]) not in t:
                errs.append(f"{f}: {k} {r[k]!r} not in extracted text")
    print(cnt)
    print("\n".join(errs) if errs else "ALL CHECKS OK")
    return 1 if errs else 0


if __name__ == "__main__":
    raise SystemExit(main())
