# -*- coding: utf-8 -*-
"""Validate w90 truth.jsonl against files/: keys, enums, E.164, usce_months recount, text contains name/email,
scans have no text layer, damaged files really fail to open."""
import os, sys, re, json, zipfile, subprocess, io

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties",
        "languages", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
ERR = []


def err(f, msg):
    ERR.append(f"{f}: {msg}")


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


def rtf_text(raw):
    # minimal RTF → text: drop ignorable destinations, decode \uN and \'hh, drop control words
    out, i, n = [], 0, len(raw)
    stack, skip, uc = [], False, 1
    skipdest = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "listtable", "listoverridetable", "rsidtbl",
                "generator", "xmlnstbl", "themedata", "datastore", "latentstyles", "pgdsctbl", "header", "footer"}
    pending_skip = 0
    while i < n:
        c = raw[i]
        if c == "{":
            stack.append(skip); i += 1
        elif c == "}":
            skip = stack.pop() if stack else False; i += 1
        elif c == "\\":
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?", raw[i:])
            if m:
                w, arg = m.group(1), m.group(2); i += m.end()
                if w in skipdest:
                    skip = True
                elif w == "u" and arg is not None:
                    if not skip:
                        v = int(arg); out.append(chr(v + 65536 if v < 0 else v))
                    pending_skip = uc
                    while pending_skip and i < n:
                        if raw[i] == "\\" and raw[i + 1] == "'":
                            i += 4
                        else:
                            i += 1
                        pending_skip -= 1
                elif w == "uc" and arg:
                    uc = int(arg)
                elif w in ("par", "line", "row", "cell", "tab", "sect", "page") and not skip:
                    out.append("\n" if w != "tab" else "\t")
                continue
            nx = raw[i + 1] if i + 1 < n else ""
            if nx == "*":
                skip = True; i += 2
            elif nx == "'":
                if not skip:
                    out.append(bytes([int(raw[i + 2:i + 4], 16)]).decode("cp1252", "replace"))
                i += 4
            else:
                if not skip and nx in "\\{}":
                    out.append(nx)
                i += 2
        else:
            if not skip and c not in "\r\n":
                out.append(c)
            i += 1
    return "".join(out)


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "odt":
        from odf.opendocument import load
        from odf import text as T, teletype
        d = load(path)
        return "\n".join(teletype.extractText(p) for p in d.getElementsByType(T.P))
    if ext == "rtf":
        return rtf_text(open(path, encoding="latin-1").read())
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(ext)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = [r["file"] for r in rows]
    ondisk = sorted(os.listdir(FILES))
    if sorted(names) != ondisk:
        err("truth", f"file list mismatch: {set(names) ^ set(ondisk)}")
    if len(set(names)) != len(names):
        err("truth", "duplicate file names")
    kinds = {"readable": 0, "scan": 0, "damaged": 0}
    for r in rows:
        f = r["file"]; path = os.path.join(FILES, f)
        if not re.fullmatch(r"w90_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f):
            err(f, "bad file name")
        if f.split("_", 2)[2].rsplit(".", 1)[0] != r["layout"]:
            err(f, "layout does not match file name")
        if r.get("error"):
            kinds["damaged"] += 1
            if set(r) != {"file", "layout", "error"} or r["error"] is not True:
                err(f, "damaged row keys")
            ok_open = True
            if f.endswith(".pdf"):
                pt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
                ok_open = pt.returncode == 0 and bool(pt.stdout.strip())
            elif f.endswith(".docx"):
                ok_open = zipfile.is_zipfile(path)
            if ok_open:
                err(f, "damaged file opens fine")
            continue
        scan = r.get("needs_ocr") is True
        kinds["scan" if scan else "readable"] += 1
        want = set(KEYS) | ({"needs_ocr"} if scan else set())
        if set(r) != want:
            err(f, f"keys differ: {set(r) ^ want}")
            continue
        if not isinstance(r["full_name"], str) or not r["full_name"]:
            err(f, "full_name")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
            err(f, "email")
        if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
            err(f, "phone not E.164")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            err(f, "country")
        if not isinstance(r["graduation_year"], int) or not 1980 <= r["graduation_year"] <= 2032:
            err(f, "graduation_year")
        if not isinstance(r["is_student"], bool) or r["is_student"] != (r["graduation_year"] > 2026):
            err(f, "is_student inconsistent with graduation_year")
        s1 = r["usmle_step1"]
        if not (s1 in ("pass", "fail", None) or (isinstance(s1, int) and 100 <= s1 <= 300)):
            err(f, "usmle_step1")
        for k in ("usmle_step2ck", "usmle_step3"):
            if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
                err(f, k)
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg_status")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa_status")
        if not all(s in SPECS for s in r["specialties"]):
            err(f, "specialty outside vocabulary")
        if not isinstance(r["languages"], list) or not all(isinstance(x, str) for x in r["languages"]):
            err(f, "languages")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"entry keys {e}")
                continue
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, f"entry type {e}")
            if e["specialty"] not in SPECS:
                err(f, f"entry specialty {e}")
            if e["state"] not in STATES:
                err(f, f"entry state {e}")
            for k in ("start", "end"):
                if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]):
                    err(f, f"entry date {e}")
            if e["start"] > e["end"] or e["end"] > "2026-12":
                err(f, f"entry order {e}")
        if r["usce_months"] != months(r["usce_entries"]):
            err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
        if r["usce_months_clinical"] != months(r["usce_entries"], True):
            err(f, "usce_months_clinical")
        if scan:
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if t.strip() or len(fonts) > 2:
                    err(f, "scan PDF has a text layer")
            else:
                from PIL import Image
                im = Image.open(path); im.verify()
        else:
            try:
                t = norm(text_of(path))
            except Exception as ex:
                err(f, f"cannot extract text: {ex}"); continue
            if norm(r["full_name"]) not in t:
                err(f, "name not found in text")
            if r["email"].lower() not in t:
                err(f, "email not found in text")
    if kinds != {"readable": 16, "scan": 5, "damaged": 3}:
        err("truth", f"kind counts {kinds}")
    if ERR:
        print("\n".join(ERR)); print(f"FAIL ({len(ERR)} problems)"); sys.exit(1)
    print(f"OK: {len(rows)} rows, {kinds}")


if __name__ == "__main__":
    main()
