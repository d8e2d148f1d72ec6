"""Validate truth.jsonl against the brief's contract and against the files themselves."""
import os, re, sys, json, zipfile, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
         "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
         "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
             "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
FULL_KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
             "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
             "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
             "usce_entries"]
ERRS = []


def err(f, m):
    ERRS.append(f"{f}: {m}")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def strip_xml(b):
    t = b.decode("utf-8")
    t = re.sub(r"<(w:tab|text:tab|text:s)[^>]*/>", " ", t)
    t = re.sub(r"</(w:p|text:p|text:h)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return (t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
            .replace("&quot;", '"'))


def rtf_text(raw):
    def uni(m):
        n = int(m.group(1)); return chr(n + 65536 if n < 0 else n)
    t = re.sub(r"\\u(-?\d+)\??", uni, raw)
    t = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), t)
    t = re.sub(r"\\par[d]?\b", "\n", t)
    t = re.sub(r"\\tab\b", " ", t)
    t = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", t)
    return t.replace("{", "").replace("}", "")


def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        names = [n for n in z.namelist() if (ext == "docx" and re.match(r"word/(document|header\d*|footer\d*)\.xml", n))
                 or (ext == "odt" and n in ("content.xml", "styles.xml"))]
        return "\n".join(strip_xml(z.read(n)) for n in names)
    if ext == "rtf":
        return rtf_text(open(path, encoding="latin-1").read())
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def main():
    lines = open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8").read().splitlines()
    recs = [json.loads(l) for l in lines if l.strip()]
    files = sorted(os.listdir(FILES))
    seen = [r["file"] for r in recs]
    if sorted(seen) != files:
        err("truth", f"file set mismatch: {set(seen) ^ set(files)}")
    if len(set(seen)) != len(seen):
        err("truth", "duplicate file entries")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in recs:
        f = r["file"]
        if not re.fullmatch(r"w56_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]:
            err(f, "layout does not match file name")
        path = os.path.join(FILES, f)
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged record must have only file/layout/error")
            continue
        scan = r.get("needs_ocr") is True
        want = FULL_KEYS + (["needs_ocr"] if scan else [])
        if list(r.keys()) != want and set(r.keys()) != set(want):
            err(f, f"keys {sorted(set(r) ^ set(want))}")
            continue
        for k in ("full_name", "email", "medical_school"):
            if not isinstance(r[k], str) or not r[k]:
                err(f, f"{k} empty")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "email malformed")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            err(f, "country not ISO alpha-2")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(r["is_student"], bool):
            err(f, "is_student not bool")
        if (r["is_student"] and r["graduation_year"] < 2026) or (not r["is_student"] and r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and not isinstance(s1, bool) and 100 <= s1 <= 300)):
            err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = r[k]
            if v is not None and not (isinstance(v, int) and 100 <= v <= 300):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg_status enum")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa_status enum")
        if not isinstance(r["specialties"], list) or any(s not in SPECS for s in r["specialties"]):
            err(f, "specialties vocabulary")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]):
            err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"entry keys {e}")
                continue
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, "entry type")
            if e["specialty"] not in SPECS:
                err(f, "entry specialty")
            if e["state"] not in STATES:
                err(f, "entry state")
            for k in ("start", "end"):
                if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]):
                    err(f, f"entry {k} format")
            if e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, "entry date order/range")
        if r["usce_months"] != months(r["usce_entries"]):
            err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        if r["usce_months_clinical"] != months(r["usce_entries"], True):
            err(f, "usce_months_clinical mismatch")
        if not os.path.getsize(path):
            err(f, "empty file")
        ext = f.rsplit(".", 1)[1]
        if scan:
            kinds["scan"] += 1
            if ext == "pdf":
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
                if t.strip() or len(fonts) > 2:
                    err(f, "scan PDF has a text layer / fonts")
            elif ext not in ("png", "jpg"):
                err(f, "scan must be pdf/png/jpg")
        else:
            kinds["readable"] += 1
            if ext in ("png", "jpg"):
                err(f, "readable file is an image")
            txt = norm(text_of(path))
            if norm(r["full_name"]) not in txt:
                err(f, f"name '{r['full_name']}' not in text")
            if r["email"].lower() not in txt:
                err(f, f"email '{r['email']}' not in text")
    print("counts:", kinds, "total:", len(recs))
    if kinds["readable"] < 12 or kinds["scan"] < 1 or kinds["damaged"] < 1 or len(recs) < 18:
        err("truth", "too few files of some kind")
    if ERRS:
        print("\n".join("FAIL " + e for e in ERRS)); sys.exit(1)
    print("check.py: all OK")


if __name__ == "__main__":
    main()
