"""Spot-check truth vs file text (pdftotext / txt / tesseract for scans)."""
import json, os, re, subprocess, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "truth.jsonl"))]
names = [r["file"] for r in rows]
assert len(names) == len(set(names)), "dupe"
assert sorted(names) == sorted(os.listdir(os.path.join(HERE, "files"))), "file set mismatch"
ocr = "--ocr" in sys.argv
bad = 0
for r in rows:
    fp = os.path.join(HERE, "files", r["file"])
    assert os.path.getsize(fp) < 400_000, r["file"]
    if r.get("error"):
        continue
    if r.get("needs_ocr"):
        t = subprocess.run(["pdftotext", fp, "-"], capture_output=True, text=True).stdout
        assert len(t.strip()) == 0, "scan has text " + r["file"]
        if not ocr:
            continue
        subprocess.run(["pdftoppm", "-r", "200", "-png", fp, "/tmp/w3ocrpg"], check=True)
        t = ""
        for f in sorted(x for x in os.listdir("/tmp") if x.startswith("w3ocrpg")):
            t += subprocess.run(["tesseract", "/tmp/" + f, "-"], capture_output=True, text=True).stdout
            os.remove("/tmp/" + f)
    elif fp.endswith(".txt"):
        t = open(fp, encoding="utf-8").read()
    else:
        t = subprocess.run(["pdftotext", fp, "-"], capture_output=True, text=True).stdout
    tn = unicodedata.normalize("NFC", re.sub(r"\s+", " ", t)).replace("- ", "-").replace("\u2019", "'")
    digits = re.sub(r"\D", "", t)
    probs = []
    for part in r["full_name"].split():
        if part.lower() not in tn.lower():
            probs.append("name part " + part)
    if r["email"] and r["email"] not in tn.replace(" ", ""):
        probs.append("email")
    nat = r["phone_e164"][-7:]
    if nat not in digits:
        probs.append("phone")
    for k in ("usmle_step1", "usmle_step2ck", "usmle_step3"):
        v = r[k]
        if isinstance(v, int) and str(v) not in t:
            probs.append(k)
    if str(r["graduation_year"]) not in t:
        probs.append("grad year")
    if r["medical_school"].split()[0] not in t:
        probs.append("school")
    for e in r["usce_entries"]:
        pass
    if probs:
        bad += 1
        print(r["file"], probs)
print("checked", len(rows), "problems", bad)
