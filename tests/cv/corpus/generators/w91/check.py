# -*- coding: utf-8 -*-
"""Validates ../truth.jsonl against ../files/. Independent of people.py (reads only truth + files)."""
import html
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
TRUTH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "truth.jsonl")

SPECIALTIES = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
               "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
               "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
               "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
ECFMG = {"certified", "pending", "not_certified", None}
VISA = {"citizen", "green_card", "j1", "h1b", "b1b2", None}
TYPES = {"hands_on", "observership", "research", "telehealth"}
FULL_KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
             "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
             "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
             "usce_entries"]
READABLE_EXT = {"pdf", "docx", "odt", "rtf", "txt"}

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


# ---------------------------------------------------------------- text extraction
def xml_text(xml, para_tags):
    for t in para_tags:
        xml = xml.replace(t, t + "\n")
    xml = re.sub(r"<text:s[^>]*/>", " ", xml)
    xml = re.sub(r"<(w:tab|text:tab|w:br|text:line-break)[^>]*/>", " ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
    return "\n".join(xml_text(z.read(n).decode("utf-8"), ["</w:p>"]) for n in parts)


def odt_text(path):
    z = zipfile.ZipFile(path)
    return "\n".join(xml_text(z.read(n).decode("utf-8"), ["</text:p>", "</text:h>"])
                     for n in ("content.xml", "styles.xml") if n in z.namelist())


def rtf_text(path):
    data = open(path, "rb").read().decode("latin-1")
    m = re.search(r"\\ansicpg(\d+)", data)
    cp = "cp%s" % (m.group(1) if m else "1252")
    out, i, n = [], 0, len(data)
    stack, skip, uc, pending_skip = [], False, 1, 0
    dest_skip = ("fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable", "rsidtbl",
                 "generator", "pict", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl",
                 "mmathPr", "pgdsctbl", "header", "footer")  # headers/footers re-added below
    keep_hf = True
    while i < n:
        c = data[i]
        if c == "{":
            stack.append((skip, uc))
            i += 1
            if data.startswith("\\*", i):
                skip = True
            continue
        if c == "}":
            skip, uc = stack.pop() if stack else (False, 1)
            i += 1
            continue
        if c == "\\":
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?", data[i:])
            if m:
                word, arg = m.group(1), m.group(2)
                i += m.end()
                if word in dest_skip and not (keep_hf and word in ("header", "footer")):
                    skip = True
                elif word == "uc":
                    uc = int(arg)
                elif word == "u" and not skip:
                    v = int(arg)
                    out.append(chr(v + 65536 if v < 0 else v))
                    # skip fallback chars
                    k = uc
                    while k > 0 and i < n:
                        if data[i] == "\\" and data.startswith("\\'", i):
                            i += 4
                        elif data[i] in "{}":
                            break
                        else:
                            i += 1
                        k -= 1
                elif word in ("par", "line", "row", "sect", "page") and not skip:
                    out.append("\n")
                elif word in ("tab", "cell") and not skip:
                    out.append(" ")
                continue
            if data.startswith("\\'", i):
                if not skip:
                    try:
                        out.append(bytes([int(data[i + 2:i + 4], 16)]).decode(cp))
                    except Exception:
                        pass
                i += 4
                continue
            if i + 1 < n and not skip and data[i + 1] in "\\{}":
                out.append(data[i + 1])
            elif i + 1 < n and not skip and data[i + 1] == "~":
                out.append(" ")
            i += 2
            continue
        if c in "\r\n":
            i += 1
            continue
        if not skip:
            out.append(c)
        i += 1
    return "".join(out)


def pdf_text(path):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, timeout=60)
    return r.stdout.decode("utf-8", "replace"), r.returncode


def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return pdf_text(path)[0]
    if ext == "docx":
        return docx_text(path)
    if ext == "odt":
        return odt_text(path)
    if ext == "rtf":
        return rtf_text(path)
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ---------------------------------------------------------------- usce recount
def month_set(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return s


def check_row(r):
    f = r.get("file", "?")
    path = os.path.join(FILES, f)
    if not os.path.exists(path):
        err(f, "file missing")
        return
    if r.get("error"):
        if set(r) != {"file", "layout", "error"} or r["error"] is not True:
            err(f, "damaged row must have only file/layout/error=true")
        check_damaged(f, path)
        return
    scan = r.get("needs_ocr") is True
    expected = FULL_KEYS + (["needs_ocr"] if scan else [])
    if list(r.keys()) != expected:
        err(f, "keys differ: %s" % sorted(set(r) ^ set(expected)))
    if not isinstance(r["full_name"], str) or not r["full_name"].strip():
        err(f, "full_name")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{6,14}", r["phone_e164"]):
        err(f, "phone not E.164: %r" % r["phone_e164"])
    if r["email"] is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]):
        err(f, "email format")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
        err(f, "country")
    if not isinstance(r["graduation_year"], int) or not 1970 <= r["graduation_year"] <= 2032:
        err(f, "graduation_year")
    if not isinstance(r["is_student"], bool):
        err(f, "is_student")
    if r["is_student"] != (r["graduation_year"] >= 2027):
        err(f, "is_student inconsistent with graduation year (reference 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ECFMG:
        err(f, "ecfmg_status")
    if r["visa_status"] not in VISA:
        err(f, "visa_status")
    if not isinstance(r["specialties"], list) or any(s not in SPECIALTIES for s in r["specialties"]):
        err(f, "specialties %r" % r["specialties"])
    if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x for x in r["languages"]):
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    ents = r["usce_entries"]
    for e in ents:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, "usce entry keys %r" % e)
            continue
        if e["type"] not in TYPES:
            err(f, "usce type %r" % e["type"])
        if e["specialty"] not in SPECIALTIES:
            err(f, "usce specialty %r" % e["specialty"])
        if e["state"] not in STATES:
            err(f, "usce state %r" % e["state"])
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]):
                err(f, "usce %s %r" % (k, e[k]))
        if e["start"] > e["end"]:
            err(f, "usce start after end")
        if e["end"] > "2026-12":
            err(f, "usce end beyond 2026-12")
    if r["usce_months"] != len(month_set(ents)):
        err(f, "usce_months %s != recount %s" % (r["usce_months"], len(month_set(ents))))
    clin = [e for e in ents if e["type"] in ("hands_on", "observership")]
    if r["usce_months_clinical"] != len(month_set(clin)):
        err(f, "usce_months_clinical %s != recount %s" % (r["usce_months_clinical"], len(month_set(clin))))
    ext = f.rsplit(".", 1)[1].lower()
    if scan:
        check_scan(f, path, ext)
    else:
        if ext not in READABLE_EXT:
            err(f, "readable file with extension %s" % ext)
            return
        try:
            t = norm(text_of(path))
        except Exception as ex:
            err(f, "text extraction failed: %s" % ex)
            return
        if norm(r["full_name"]) not in t:
            err(f, "name %r not found in text" % r["full_name"])
        if r["email"] and r["email"].lower() not in t.replace(" ", ""):
            err(f, "email %r not found in text" % r["email"])
        # phone digits present somewhere (national form allowed)
        if r["phone_e164"]:
            digits = re.sub(r"\D", "", t)
            if r["phone_e164"][-7:] not in digits:
                err(f, "phone digits not found in text")


def check_scan(f, path, ext):
    if ext == "pdf":
        txt, rc = pdf_text(path)
        if rc != 0 or txt.strip():
            err(f, "scan PDF has a text layer or fails (rc=%s, %d chars)" % (rc, len(txt.strip())))
        fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
        if len(fonts) > 2:
            err(f, "scan PDF has fonts")
    elif ext in ("png", "jpg", "jpeg"):
        try:
            from PIL import Image
            im = Image.open(path)
            im.verify()
        except ImportError:
            with open(path, "rb") as fh:
                head = fh.read(4)
            if head[:3] != b"\xff\xd8\xff" and head != b"\x89PNG":
                err(f, "not an image")
        except Exception as ex:
            err(f, "image does not open: %s" % ex)
    else:
        err(f, "scan with unexpected extension")


def check_damaged(f, path):
    ext = f.rsplit(".", 1)[1].lower()
    size = os.path.getsize(path)
    if size == 0:
        return
    if ext == "pdf":
        data = open(path, "rb").read()
        if b"/Encrypt" in data:
            r = subprocess.run(["pdftotext", path, "-"], capture_output=True)
            if r.returncode == 0:
                err(f, "encrypted PDF opens without password")
        elif b"%%EOF" in data[-1024:]:
            err(f, "PDF looks complete")
    elif ext in ("docx", "odt"):
        if zipfile.is_zipfile(path):
            err(f, "damaged %s is still a valid zip" % ext)


def main():
    rows = [json.loads(l) for l in open(TRUTH, encoding="utf-8") if l.strip()]
    names = [r.get("file") for r in rows]
    if len(names) != len(set(names)):
        err("truth", "duplicate file rows")
    on_disk = sorted(os.listdir(FILES))
    for x in set(on_disk) - set(names):
        err(x, "file has no truth row")
    for r in rows:
        if not re.fullmatch(r"w91_\d{3}_[a-z0-9_]+\.[a-z]+", r.get("file", "")):
            err(r.get("file"), "bad file name")
        elif r["file"].split("_", 2)[2].rsplit(".", 1)[0] != r.get("layout"):
            err(r["file"], "layout does not match file name")
        check_row(r)
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        kinds["damaged" if r.get("error") else "scan" if r.get("needs_ocr") else "readable"] += 1
    print("rows:", len(rows), kinds)
    if errors:
        print("FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
