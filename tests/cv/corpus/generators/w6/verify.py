# -*- coding: utf-8 -*-
"""Check every truth line against the file's own text (pdftotext / docx XML / txt; tesseract for scans)."""
import json, os, re, subprocess, sys, zipfile, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def text_of(path, ocr=False):
    if path.endswith(".txt"): return open(path, encoding="utf-8").read()
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts.append(c.text)
        # text boxes live outside paragraphs/tables in python-docx: take all w:t from the XML too
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        parts.append(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))
        return "\n".join(parts)
    if ocr:
        out = subprocess.run(["bash", "-c", "pdftoppm -r 200 -gray '%s' /tmp/w6ocr && for f in /tmp/w6ocr*.pgm; do tesseract $f - 2>/dev/null; done; rm -f /tmp/w6ocr*" % path], capture_output=True, text=True).stdout
        return out
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()
LANG_ALIASES = {"Swahili": "Kiswahili"}
def check(t, txt, ocr=False):
    prob = []; n = norm(txt); digits = re.sub(r"\D", "", txt)
    def has(s):
        if s is None: return True
        return norm(str(s)) in n
    if t.get("error"): return prob
    for part in t["full_name"].split():
        if not has(part) and not ocr: prob.append("name part " + part)
    if not has(t["email"]): prob.append("email")
    if t["phone_e164"]:
        ph = t["phone_e164"].lstrip("+")
        if ph not in digits and ph[1:] not in digits and ph[2:] not in digits and ph[3:] not in digits: prob.append("phone")
    for w in re.split(r"[,() ]+", t["medical_school"]):
        if w and not has(w): prob.append("school word " + w)
    if t["graduation_year"] and str(t["graduation_year"]) not in txt: prob.append("grad year")
    for k in ("usmle_step1", "usmle_step2ck", "usmle_step3"):
        v = t[k]
        if isinstance(v, int) and str(v) not in txt: prob.append(k)
    for l in t["languages"]:
        if not has(l) and not has(LANG_ALIASES.get(l, "@@")): prob.append("lang " + l)
    return prob

if __name__ == "__main__":
    bad = 0
    for line in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8"):
        t = json.loads(line); path = os.path.join(ROOT, "files", t["file"])
        if t.get("error"): print(t["file"], "error-file (checked separately)"); continue
        txt = text_of(path, ocr=t.get("needs_ocr", False))
        if t.get("needs_ocr"):
            native = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip()
            if native: print(t["file"], "HAS TEXT LAYER!"); bad += 1
        p = check(t, txt, ocr=t.get("needs_ocr", False))
        print(t["file"], "OK" if not p else p); bad += bool(p)
    print("problems:", bad)
