# -*- coding: utf-8 -*-
"""Validate w51 truth.jsonl against the contract and the files."""
import json, os, re, subprocess, sys, zipfile, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def month_set(entries, clinical):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def xml_text(data):
    t = re.sub(r"<(w:tab|text:tab)[^>]*/>", " ", data)
    t = re.sub(r"</(w:p|text:p|text:h)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    import html
    return html.unescape(t)


def rtf_text(raw):
    def u(m):
        c = int(m.group(1)); return chr(c + 65536 if c < 0 else c)
    t = re.sub(r"\\u(-?\d+)\??", u, raw)
    t = re.sub(r"\\par\b", "\n", t)
    t = re.sub(r"\\tab\b", " ", t)
    t = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", t)
    t = t.replace("\\{", "{").replace("\\}", "}").replace("\\\\", "\\")
    return re.sub(r"[{}]", "", t)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None
    if ext == "docx":
        z = zipfile.ZipFile(path)
        return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                         if n.startswith("word/") and n.endswith(".xml") and re.search(r"(document|header|footer)\d*\.xml$", n))
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return xml_text(z.read("content.xml").decode("utf-8")) + xml_text(z.read("styles.xml").decode("utf-8"))
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return None


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


def main():
    lines = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = [t["file"] for t in lines]
    ondisk = sorted(os.listdir(FILES))
    if sorted(names) != ondisk: err("*", "truth files != files on disk: %s" % set(names).symmetric_difference(ondisk))
    if len(set(names)) != len(names): err("*", "duplicate file entries")
    counts = {"readable": 0, "scan": 0, "damaged": 0}
    for t in lines:
        f = t["file"]; path = os.path.join(FILES, f)
        if not re.match(r"^w51_(0\d\d)_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f): err(f, "bad file name")
        if not f.startswith("w51_%s_%s." % (f[4:7], t.get("layout"))): err(f, "layout does not match name")
        if t.get("error"):
            counts["damaged"] += 1
            if set(t) != {"file", "layout", "error"} or t["error"] is not True: err(f, "damaged keys")
            # must really be unreadable
            data = open(path, "rb").read()
            if f.endswith(".docx") and zipfile.is_zipfile(path): err(f, "damaged docx is a valid zip")
            if f.endswith(".pdf"):
                enc = b"/Encrypt" in data
                if not enc and data.rstrip().endswith(b"%%EOF"): err(f, "damaged pdf looks complete")
                if enc:
                    r = subprocess.run(["pdftotext", path, "-"], capture_output=True)
                    if r.returncode == 0: err(f, "encrypted pdf opened without password")
            continue
        scan = t.get("needs_ocr") is True
        want = KEYS + (["needs_ocr"] if scan else [])
        if sorted(t) != sorted(want): err(f, "keys %s" % set(t).symmetric_difference(want))
        counts["scan" if scan else "readable"] += 1
        if not re.match(r"^\+[1-9]\d{7,14}$", t["phone_e164"] or "+10000000000"): err(f, "phone not E.164")
        if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", t["email"] or ""): err(f, "email")
        if not re.match(r"^[A-Z]{2}$", t["medical_school_country"]): err(f, "country")
        if t["medical_school_country"] == "US": err(f, "IMG with US school?")
        if not isinstance(t["graduation_year"], int) or not 1980 <= t["graduation_year"] <= 2032: err(f, "grad year")
        if not isinstance(t["is_student"], bool): err(f, "is_student")
        if t["is_student"] != (t["graduation_year"] > 2026): err(f, "is_student vs graduation_year")
        s1 = t["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = t[k]
            if v is not None and not (isinstance(v, int) and 100 <= v <= 300): err(f, k)
        if t["ecfmg_status"] not in ("certified", "pending", "not_certified", None): err(f, "ecfmg")
        if t["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): err(f, "visa")
        for s in t["specialties"]:
            if s not in SPECS: err(f, "specialty %s" % s)
        if not t["languages"] or not all(isinstance(x, str) for x in t["languages"]): err(f, "languages")
        if "Farsi" in t["languages"]: err(f, "Farsi must be Persian")
        if not isinstance(t["publications"], int) or t["publications"] < 0: err(f, "publications")
        for e in t["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys %s" % e)
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
            if e["specialty"] not in SPECS: err(f, "entry specialty %s" % e["specialty"])
            if e["state"] not in STATES: err(f, "entry state %s" % e["state"])
            for k in ("start", "end"):
                if not re.match(r"^\d{4}-(0[1-9]|1[0-2])$", e[k]): err(f, "entry %s format" % k)
            if e["start"] > e["end"]: err(f, "entry start > end")
            if e["end"] > "2026-12": err(f, "entry in the future (after reference date)")
        if t["usce_months"] != month_set(t["usce_entries"], False): err(f, "usce_months recount %d" % month_set(t["usce_entries"], False))
        if t["usce_months_clinical"] != month_set(t["usce_entries"], True): err(f, "usce_months_clinical recount")
        if scan:
            if f.endswith(".pdf"):
                r = subprocess.run(["pdftotext", path, "-"], capture_output=True)
                if r.stdout.strip(): err(f, "scan pdf has a text layer")
                r = subprocess.run(["pdffonts", path], capture_output=True, text=True)
                if len(r.stdout.strip().splitlines()) > 2: err(f, "scan pdf has fonts")
            else:
                from PIL import Image
                Image.open(path).verify()
            continue
        txt = text_of(path)
        if txt is None: err(f, "cannot extract text"); continue
        nt = norm(txt)
        if norm(t["full_name"]) not in nt: err(f, "name not in text")
        if t["email"].lower() not in nt.replace(" ", ""): err(f, "email not in text")
        if t["email"].lower() not in nt: err(f, "email not contiguous in text")
    print("counts:", counts, "total:", len(lines))
    if counts["readable"] < 12 or counts["scan"] < 3 or counts["damaged"] < 3 or len(lines) < 18:
        err("*", "too few files of some kind")
    if errors:
        print("\n".join("FAIL " + e for e in errors)); sys.exit(1)
    print("CHECK PASSED")


if __name__ == "__main__":
    main()
