# -*- coding: utf-8 -*-
"""Validate truth.jsonl against the contract and against files/."""
import html, json, os, re, subprocess, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")

SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
               "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
               "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
US_STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
                "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]
ENTRY_KEYS = {"type", "specialty", "state", "start", "end"}
YM = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


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


def strip_xml(x):
    x = re.sub(r"<w:tab/>|<text:tab/>|</w:p>|</text:p>|</text:h>|<text:s/>|<text:line-break/>", " ", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))


def rtf_text(raw):
    t = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), raw)
    t = re.sub(r"\\(par|line|tab)\b", " ", t)
    t = re.sub(r"\\[a-z]+-?\d* ?", "", t)
    t = re.sub(r"\{\\fonttbl.*?\}\}|\{\\colortbl.*?\}", "", t, flags=re.S)
    return t.replace("{", "").replace("}", "")


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    if ext in ("docx", "odt"):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n in ("content.xml", "styles.xml"))]
            return "\n".join(strip_xml(z.read(n).decode("utf-8")) for n in names)
    if ext == "rtf":
        return rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError("unknown ext " + ext)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def check_record(d):
    f = d.get("file", "?")
    path = os.path.join(FILES, f)
    if not os.path.isfile(path):
        err(f, "file missing")
    if d.get("error"):
        if set(d) != {"file", "layout", "error"} or d["error"] is not True:
            err(f, "damaged record must be exactly file/layout/error")
        check_damaged(f, path)
        return
    is_scan = d.get("needs_ocr") is True
    want = KEYS + (["needs_ocr"] if is_scan else [])
    if list(d.keys()) != want:
        err(f, f"keys differ: {sorted(set(d) ^ set(want))}")
    if not re.match(r"^w26_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)$", f):
        err(f, "bad file name")
    if not (f.split("_", 2)[2].startswith(d["layout"].split("_")[0])):
        pass  # layout name is free text; only needs to be non-empty
    if not d["layout"]:
        err(f, "empty layout")
    for k in ("full_name", "email", "medical_school"):
        if not isinstance(d[k], str) or not d[k].strip():
            err(f, f"{k} empty")
    if re.search(r"\b(Dr|Dra)\.|\b(MD|MBBS|M\.D\.)\b", d["full_name"]):
        err(f, "title/degree left in full_name")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", d["email"]):
        err(f, "bad email")
    if d["phone_e164"] is not None and not re.match(r"^\+[1-9]\d{7,14}$", d["phone_e164"]):
        err(f, "phone not E.164")
    if d["phone_e164"] and d["phone_e164"].startswith("+521"):
        err(f, "Mexican mobile must drop the legacy 1")
    if not re.match(r"^[A-Z]{2}$", d["medical_school_country"] or ""):
        err(f, "bad country")
    if not isinstance(d["graduation_year"], int) or not 1980 <= d["graduation_year"] <= 2032:
        err(f, "bad graduation_year")
    if not isinstance(d["is_student"], bool):
        err(f, "is_student not bool")
    if d["is_student"] and d["graduation_year"] < 2027:
        err(f, "student but graduation before reference date")
    s1 = d["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "bad step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = d[k]
        if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
            err(f, f"bad {k}")
    if d["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
        err(f, "bad ecfmg")
    if d["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
        err(f, "bad visa")
    if not isinstance(d["specialties"], list) or any(s not in SPECIALTIES for s in d["specialties"]):
        err(f, "bad specialties")
    if not isinstance(d["languages"], list) or not d["languages"] or len(set(d["languages"])) != len(d["languages"]):
        err(f, "bad languages")
    if not isinstance(d["publications"], int) or d["publications"] < 0:
        err(f, "bad publications")
    ents = d["usce_entries"]
    for e in ents:
        if set(e) != ENTRY_KEYS:
            err(f, f"entry keys {e}")
            continue
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
            err(f, f"bad entry type {e}")
        if e["specialty"] not in SPECIALTIES:
            err(f, f"bad entry specialty {e}")
        if e["state"] not in US_STATES:
            err(f, f"bad entry state {e}")
        if not (YM.match(e["start"]) and YM.match(e["end"])) or e["start"] > e["end"]:
            err(f, f"bad entry dates {e}")
        if e["end"] > "2026-12":
            err(f, f"entry ends after 2026-12 {e}")
    try:
        if d["usce_months"] != months(ents):
            err(f, f"usce_months {d['usce_months']} != recount {months(ents)}")
        if d["usce_months_clinical"] != months(ents, True):
            err(f, f"usce_months_clinical {d['usce_months_clinical']} != recount {months(ents, True)}")
    except Exception as ex:  # noqa
        err(f, f"recount failed: {ex}")
    if not os.path.isfile(path):
        return
    if is_scan:
        check_scan(f, path)
    else:
        t = norm(text_of(path))
        t_nospace = re.sub(r"\s", "", t)
        if norm(d["full_name"]) not in t:
            err(f, "full_name not found in extracted text")
        if d["email"].casefold() not in t_nospace:
            err(f, "email not found in extracted text")
        if d["phone_e164"]:
            cc = 1 if d["phone_e164"].startswith("+1") else 2
            nsn = d["phone_e164"][1 + cc:]
            if nsn not in re.sub(r"\D", "", t):
                err(f, "phone digits not found in extracted text")
        if norm(d["medical_school"]) not in t:
            err(f, "medical_school not found verbatim in extracted text")


def check_scan(f, path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
        if len(fonts) > 2:
            err(f, "scan PDF has fonts")
        txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        if txt.strip():
            err(f, "scan PDF has a text layer")
    else:
        from PIL import Image
        with Image.open(path) as im:
            im.verify()
            if im.format not in ("PNG", "JPEG"):
                err(f, "scan image not png/jpeg")


def check_damaged(f, path):
    data = open(path, "rb").read()
    if f.endswith(".pdf"):
        r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip():
            err(f, "damaged pdf still extracts text")
    elif f.endswith((".docx", ".odt")):
        try:
            zipfile.ZipFile(path)
            err(f, "damaged docx opens as zip")
        except zipfile.BadZipFile:
            pass


def main():
    lines = open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8").read().splitlines()
    recs = [json.loads(l) for l in lines if l.strip()]
    names = [r["file"] for r in recs]
    if len(names) != len(set(names)):
        err("truth", "duplicate file names")
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        err("truth", f"files/ and truth differ: {sorted(set(names) ^ set(on_disk))}")
    for r in recs:
        check_record(r)
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in recs:
        kinds["damaged" if r.get("error") else "scan" if r.get("needs_ocr") else "readable"] += 1
    print("counts:", kinds)
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"0 passed, {len(errors)} failed")
        sys.exit(1)
    print(f"{len(recs)} passed, 0 failed")


if __name__ == "__main__":
    main()
