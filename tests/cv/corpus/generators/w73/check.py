# -*- coding: utf-8 -*-
"""Validate ../truth.jsonl against ../files. Exit 1 on any problem."""
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
PREFIX = "w73_"

SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
               "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
               "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
US_STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
                "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]
READABLE_EXT = {"pdf", "docx", "odt", "rtf", "txt"}
SCAN_EXT = {"pdf", "png", "jpg", "jpeg"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def ym(s):
    m = re.fullmatch(r"(\d{4})-(\d{2})", s or "")
    if not m or not (1 <= int(m.group(2)) <= 12):
        return None
    return int(m.group(1)), int(m.group(2))


def month_set(a, b):
    out = set()
    y, m = a
    while (y, m) <= b:
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


# ---------------------------------------------------------------- text extraction
def rtf_text(raw):
    out, stack, skip, uc = [], [], False, 1
    i, n = 0, len(raw)
    skip_dest = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "listtable", "listoverridetable", "rsidtbl",
                 "generator", "xmlnstbl", "themedata", "colorschememapping", "datastore", "latentstyles", "pgdsctbl"}
    pending_skip = 0
    while i < n:
        c = raw[i]
        if c == "{":
            stack.append((skip, uc))
            i += 1
            if raw.startswith("\\*", i):
                skip = True
        elif c == "}":
            skip, uc = stack.pop() if stack else (False, 1)
            i += 1
        elif c == "\\":
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?", raw[i:])
            if m:
                word, arg = m.group(1), m.group(2)
                i += m.end()
                if word in skip_dest:
                    skip = True
                elif word == "uc":
                    uc = int(arg)
                elif word == "u" and not skip:
                    v = int(arg)
                    out.append(chr(v + 65536 if v < 0 else v))
                    # skip the fallback characters
                    k = 0
                    while k < uc and i < n:
                        if raw[i] == "\\" and raw[i + 1] == "'":
                            i += 4
                        else:
                            i += 1
                        k += 1
                elif word in ("par", "line", "row", "sect", "page") and not skip:
                    out.append("\n")
                elif word in ("tab", "cell") and not skip:
                    out.append("\t")
            elif raw[i + 1] == "'":
                if not skip:
                    out.append(bytes([int(raw[i + 2:i + 4], 16)]).decode("cp1252", "replace"))
                i += 4
            else:
                if not skip and raw[i + 1] in "\\{}":
                    out.append(raw[i + 1])
                i += 2
        else:
            if not skip and c not in "\r\n":
                out.append(c)
            i += 1
    return "".join(out)


def text_of(path, ext):
    if ext == "pdf":
        # both reading orders: default (column blocks) and -layout (physical lines)
        return "\n".join(subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True).stdout
                         for mode in ([], ["-layout"]))
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "rtf":
        return rtf_text(open(path, encoding="latin-1").read())
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        parts = []
        for nm in z.namelist():
            if (ext == "docx" and re.match(r"word/(document|header\d*|footer\d*)\.xml", nm)) or \
               (ext == "odt" and nm in ("content.xml", "styles.xml")):
                xml = z.read(nm).decode("utf-8")
                xml = re.sub(r"</w:p>|<text:p[^>]*/>|</text:p>|</text:h>|<w:tab/>|<w:br/>", "\n", xml)
                parts.append(re.sub(r"<[^>]+>", "", xml))
        import html
        return html.unescape("\n".join(parts))
    return ""


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def has_text_layer(path):
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    return len(out.strip()) > 0


def pdf_fonts(path):
    out = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
    return out[2:]


# ---------------------------------------------------------------- main
def main():
    lines = open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8").read().splitlines()
    recs = [json.loads(l) for l in lines if l.strip()]
    files = sorted(os.listdir(FILES))
    names = [r["file"] for r in recs]
    if sorted(names) != files:
        err("-", "truth files %s != files/ %s" % (sorted(set(names) ^ set(files)), ""))
    if len(set(names)) != len(names):
        err("-", "duplicate file names in truth")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in recs:
        f = r["file"]
        if not re.fullmatch(PREFIX + r"\d{3}_[a-z0-9_]+\.[a-z]+", f):
            err(f, "bad file name")
        ext = f.rsplit(".", 1)[1]
        path = os.path.join(FILES, f)
        if not f.split(".")[0].endswith(r["layout"]):
            err(f, "layout does not match file name")
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged record must have only file, layout, error=true")
            continue
        scan = r.get("needs_ocr") is True
        want = set(KEYS) | ({"needs_ocr"} if scan else set())
        if set(r) != want:
            err(f, "keys differ: %s" % sorted(set(r) ^ want))
            continue
        # enums and types
        if not isinstance(r["full_name"], str) or not r["full_name"].strip():
            err(f, "full_name")
        if re.search(r"\b(Dr|MD|MBBS|MBChB)\b\.?", r["full_name"]):
            err(f, "title/degree in full_name")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(r["is_student"], bool):
            err(f, "is_student")
        if r["is_student"] and r["graduation_year"] < 2026:
            err(f, "student but graduation year in the past")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            v = r[k]
            if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg_status")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa_status")
        if not isinstance(r["specialties"], list) or any(s not in SPECIALTIES for s in r["specialties"]):
            err(f, "specialties")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x[:1].isupper() for x in r["languages"]):
            err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        # usce recount
        allm, clin = set(), set()
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, "usce entry keys %s" % e)
                continue
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, "usce type")
            if e["specialty"] not in SPECIALTIES:
                err(f, "usce specialty")
            if e["state"] not in US_STATES:
                err(f, "usce state")
            a, b = ym(e["start"]), ym(e["end"])
            if not a or not b or a > b or b > (2026, 12):
                err(f, "usce dates %s" % e)
                continue
            ms = month_set(a, b)
            allm |= ms
            if e["type"] in ("hands_on", "observership"):
                clin |= ms
        if r["usce_months"] != len(allm):
            err(f, "usce_months %s != recount %d" % (r["usce_months"], len(allm)))
        if r["usce_months_clinical"] != len(clin):
            err(f, "usce_months_clinical %s != recount %d" % (r["usce_months_clinical"], len(clin)))
        # file content
        if not os.path.exists(path):
            err(f, "missing file")
            continue
        if scan:
            kinds["scan"] += 1
            if ext not in SCAN_EXT:
                err(f, "scan extension")
            if ext == "pdf":
                if has_text_layer(path) or pdf_fonts(path):
                    err(f, "scan PDF has a text layer / fonts")
            continue
        kinds["readable"] += 1
        if ext not in READABLE_EXT:
            err(f, "readable extension %s" % ext)
        txt = norm(text_of(path, ext))
        if norm(r["full_name"]) not in txt:
            err(f, "name not found in text")
        if r["email"].lower() not in txt.replace(" ", ""):
            err(f, "email not found in text")
    # damaged files really unreadable
    for r in recs:
        if r.get("error"):
            path = os.path.join(FILES, r["file"])
            ext = r["file"].rsplit(".", 1)[1]
            if ext == "pdf":
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
                if t.returncode == 0 and t.stdout.strip():
                    err(r["file"], "damaged PDF still yields text")
            elif ext in ("docx", "odt"):
                if zipfile.is_zipfile(path):
                    err(r["file"], "damaged docx is a valid zip")
    print("kinds:", kinds)
    if kinds["readable"] < 12 or kinds["scan"] < 3 or kinds["damaged"] < 3:
        err("-", "too few files of some kind")
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("CHECK OK: %d records" % len(recs))


if __name__ == "__main__":
    main()
