# -*- coding: utf-8 -*-
"""Independent check: extract text from each file (pdftotext / python-docx / tesseract for scans) and verify that the
values of truth.jsonl are printed there. Also recompute usce_months from the entries."""
import json, os, re, subprocess, sys, tempfile, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")


def text_of(path, ocr):
    if path.endswith(".txt"):
        return open(path, encoding="utf-8").read()
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        return "\n".join(parts)
    if ocr:
        td = tempfile.mkdtemp()
        subprocess.run(["pdftoppm", "-r", "200", "-png", path, td + "/p"], check=True)
        out = []
        for f in sorted(os.listdir(td)):
            out.append(subprocess.run(["tesseract", td + "/" + f, "-", "-l", "eng"], capture_output=True, text=True).stdout)
        return "\n".join(out)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()


def months(a, b):
    y1, m1 = map(int, a.split("-")); y2, m2 = map(int, b.split("-"))
    return {(y, m) for y in range(y1, y2 + 1) for m in range(1, 13) if (y1, m1) <= (y, m) <= (y2, m2)}


def main():
    bad = 0
    for line in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8"):
        t = json.loads(line)
        path = os.path.join(FILES, t["file"])
        if t.get("error"):
            ok = all(t[k] is None for k in t if k not in ("file", "layout", "error"))
            print(("OK  " if ok else "BAD ") + t["file"], "error file"); bad += not ok
            continue
        ocr = t.get("needs_ocr", False)
        if ocr:
            pt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if pt.strip():
                print("BAD", t["file"], "scan has a text layer"); bad += 1
        raw = text_of(path, ocr)
        T = norm(raw)
        digits = re.sub(r"\D", "", raw)
        miss = []
        chk = lambda v: norm(str(v)) in T
        if not chk(t["full_name"]): miss.append("name")
        if not chk(t["email"]): miss.append("email")
        if t["phone_e164"]:
            pd = t["phone_e164"][1:]
            if pd not in digits and pd[1:] not in digits: miss.append("phone")
        if not chk(t["medical_school"]): miss.append("school")
        if not chk(t["graduation_year"]): miss.append("year")
        for k in ("usmle_step2ck", "usmle_step3"):
            if t[k] is not None and not re.search(r"step %s[^0-9]{0,12}%d" % ("2 ck" if k == "usmle_step2ck" else "3", t[k]), T):
                miss.append(k)
        s1 = t["usmle_step1"]
        if s1 == "pass" and not re.search(r"step 1[^0-9]{0,5}(pass|passed)", T): miss.append("step1")
        if isinstance(s1, int) and not re.search(r"step 1[^0-9]{0,5}%d" % s1, T): miss.append("step1")
        for l in t["languages"]:
            if norm(l) not in T: miss.append("lang:" + l)
        ents = t["usce_entries"]
        allm, clin = set(), set()
        for e in ents:
            m = months(e["start"], e["end"]); allm |= m
            if e["type"] in ("hands_on", "observership"): clin |= m
        if len(allm) != t["usce_months"] or len(clin) != t["usce_months_clinical"]: miss.append("usce_months")
        # crude: each USCE state abbreviation printed
        for e in ents:
            if not re.search(r"\b%s\b" % e["state"].lower(), T): miss.append("state:" + e["state"])
        if miss:
            bad += 1
        print(("BAD " if miss else "OK  ") + t["file"], miss, "usce=%d/%d" % (t["usce_months"], t["usce_months_clinical"]))
    print("bad:", bad)


if __name__ == "__main__":
    main()
