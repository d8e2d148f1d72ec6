#!/usr/bin/env python3
"""Consistency check: every truth value that should be printed is found in the file's extracted text."""
import json, os, re, subprocess, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext"] + ([] if "twocol" in path else ["-layout"]) + [path, "-"], capture_output=True, text=True).stdout
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "header" in n or "footer" in n):
            x = z.read(n).decode("utf8")
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<w:br/>", "\n", x)
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(x)
    import html
    return html.unescape("\n".join(out))


bad = 0
for line in open(os.path.join(HERE, "truth.jsonl"), encoding="utf8"):
    t = json.loads(line)
    txt = text_of(os.path.join(HERE, "files", t["file"]))
    flat = re.sub(r"\s+", " ", txt)
    digits = re.sub(r"\D", "", txt)
    probs = []
    if t["full_name"] not in flat:
        probs.append("name")
    if t["email"] not in flat:
        probs.append("email")
    e = t["phone_e164"][1:]
    if e not in digits and e[len(e) - 10:] not in digits:
        probs.append("phone")
    if t["medical_school"] not in flat:
        probs.append("school")
    if str(t["graduation_year"]) not in flat:
        probs.append("grad")
    for k in ("usmle_step1", "usmle_step2ck", "usmle_step3"):
        v = t[k]
        if isinstance(v, int) and str(v) not in flat:
            probs.append(k)
    if t["usmle_step2ck"] is None and re.search(r"Step 2 CK\W+\d{3}", flat):
        probs.append("step2 printed")
    for L in t["languages"]:
        if L not in flat:
            probs.append("lang " + L)
    if t["visa_status"] is None and re.search(r"J-1|B1/B2|H-1B|Green Card|US Citizen", flat, re.I):
        probs.append("visa printed")
    if "@" in flat:
        emails = re.findall(r"[\w.+-]+@[\w.-]+", flat)
    if probs:
        bad += 1
        print(t["file"], probs)
print("bad", bad)
