# -*- coding: utf-8 -*-
"""Independent checks of truth.jsonl against the files (does not use the renderers)."""
import os, re, sys, json, zipfile, subprocess, tempfile, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]

def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        if (y2, m2) > (2026, 12): y2, m2 = 2026, 12
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True)
        r2 = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
        return r.stdout + "\n" + r2.stdout if r.returncode == 0 else None
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml")]
        t = ""
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</text:p>|</text:h>|<w:tab/>|<w:br/>", "\n", x)
            t += re.sub(r"<[^>]+>", "", x) + "\n"
        import html; return html.unescape(t)
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/p", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, path], capture_output=True)
        return open(os.path.join(d, os.path.basename(path)[:-3] + "txt"), encoding="utf-8-sig").read()
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    return None

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).lower()

def main():
    from persons import PEOPLE
    pubs = {p["id"]: len(p["pubs"]["P"]) for p in PEOPLE}
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    errs = []; n = {"readable": 0, "scan": 0, "damaged": 0}
    files = sorted(os.listdir(FILES))
    assert sorted(r["file"] for r in rows) == files, "truth/file mismatch"
    for r in rows:
        f = r["file"]; path = os.path.join(FILES, f); pid = f.split("_")[1]
        assert f.startswith("w105_") and r["layout"] in f
        if r.get("error"):
            n["damaged"] += 1
            assert set(r) == {"file", "layout", "error"}, f
            ext = f.rsplit(".", 1)[1]
            if ext == "pdf":
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
                if t.returncode == 0 and t.stdout.strip(): errs.append(f"{f}: damaged pdf still opens")
                try:
                    import pypdf; rd = pypdf.PdfReader(path)
                    if rd.is_encrypted: pass
                    else:
                        txt = "".join(pg.extract_text() or "" for pg in rd.pages)
                        if txt.strip(): errs.append(f"{f}: pypdf reads text")
                except Exception: pass
            else:
                try: zipfile.ZipFile(path); errs.append(f"{f}: opens as zip")
                except zipfile.BadZipFile: pass
            continue
        for k in KEYS:
            if k not in r: errs.append(f"{f}: missing {k}")
        if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"): errs.append(f"{f}: bad phone")
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): errs.append(f"{f}: ecfmg")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): errs.append(f"{f}: visa")
        for s in r["specialties"]:
            if s not in SPECS: errs.append(f"{f}: spec {s}")
        for e in r["usce_entries"]:
            assert e["type"] in ("hands_on", "observership", "research", "telehealth"), f
            assert e["state"] in STATES and (e["specialty"] is None or e["specialty"] in SPECS), f
            assert re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"], f
        if months(r["usce_entries"]) != r["usce_months"]: errs.append(f"{f}: usce_months {months(r['usce_entries'])} != {r['usce_months']}")
        if months(r["usce_entries"], True) != r["usce_months_clinical"]: errs.append(f"{f}: clinical months {months(r['usce_entries'], True)} != {r['usce_months_clinical']}")
        if pubs[pid] != r["publications"]: errs.append(f"{f}: pubs {pubs[pid]} != {r['publications']}")
        for k in ("usmle_step1",):
            v = r[k]; assert v in (None, "pass", "fail") or (isinstance(v, int) and 100 <= v <= 300), f
        if r.get("needs_ocr"):
            n["scan"] += 1
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if t.strip(): errs.append(f"{f}: scan has a text layer")
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                if len(fonts) > 2: errs.append(f"{f}: scan has fonts")
            continue
        n["readable"] += 1
        t = text_of(path)
        if t is None: errs.append(f"{f}: no text"); continue
        if norm(r["full_name"]) not in norm(t): errs.append(f"{f}: name not found")
        if r["email"].lower() not in norm(t).replace(" ", ""): errs.append(f"{f}: email not found")
    print(n, "layouts:", len({r['layout'] for r in rows}))
    print("\n".join(errs) if errs else "ALL CHECKS PASSED")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
