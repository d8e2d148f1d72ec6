# -*- coding: utf-8 -*-
"""Independent checks of files/ and truth.jsonl (does not use the generator's data except for a pub-count cross-check)."""
import json, os, re, subprocess, sys, zipfile, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
errs = []
def bad(f, m):
    errs.append(f"{f}: {m}")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2) and (y, m) <= (2026, 12):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
        return r.returncode, r.stdout.decode("utf-8", "replace")
    if ext in ("docx", "odt"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n) or n in ("content.xml", "styles.xml")]
        xml = " ".join(z.read(n).decode("utf-8") for n in parts)
        xml = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", xml)
        xml = re.sub(r"<w:tab/>|<text:tab/>", "\t", xml)
        t = re.sub(r"<[^>]+>", "", xml)
        import html
        return 0, html.unescape(t)
    if ext == "txt":
        return 0, open(path, encoding="utf-8").read()
    if ext == "rtf":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{d}/p", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, path],
                       capture_output=True, timeout=120)
        out = os.path.join(d, os.path.basename(path)[:-4] + ".txt")
        return (0, open(out, encoding="utf-8-sig").read()) if os.path.exists(out) else (1, "")
    return 1, ""


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(FILES))
if len(rows) != 24: bad("truth", f"{len(rows)} rows")
if sorted(r["file"] for r in rows) != files: bad("truth", "file set differs from files/")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
layouts = set()
for r in rows:
    f = r["file"]; path = os.path.join(FILES, f)
    if not re.match(r"^w115_\d{3}_" + re.escape(r["layout"]) + r"\.\w+$", f): bad(f, "name/layout mismatch")
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: bad(f, "damaged row has extra keys")
        ext = f.rsplit(".", 1)[1]
        if ext == "pdf":
            rc, t = text_of(path)
            if rc == 0 and t.strip(): bad(f, "damaged pdf still opens")
        elif ext == "docx":
            try:
                zipfile.ZipFile(path); bad(f, "damaged docx opens as zip")
            except zipfile.BadZipFile:
                pass
        continue
    for k in KEYS:
        if k not in r: bad(f, f"missing {k}")
    if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"): bad(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""): bad(f, "email")
    if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None): bad(f, "ecfmg enum")
    if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None): bad(f, "visa enum")
    if not (r["usmle_step1"] in ("pass", "fail", None) or (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300)): bad(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): bad(f, k)
    if not isinstance(r["graduation_year"], int) or not isinstance(r["is_student"], bool): bad(f, "grad/is_student types")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): bad(f, "country")
    for s in r["specialties"]:
        if s not in SPECS: bad(f, f"specialty {s}")
    for e in r["usce_entries"]:
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): bad(f, "entry type")
        if e["specialty"] is not None and e["specialty"] not in SPECS: bad(f, "entry specialty")
        if e["state"] not in STATES: bad(f, "state")
        if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"]) and e["start"] <= e["end"] <= "2026-12"): bad(f, f"dates {e}")
    m_all = months(r["usce_entries"]); m_cl = months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")])
    if m_all != r["usce_months"]: bad(f, f"usce_months {r['usce_months']} != {m_all}")
    if m_cl != r["usce_months_clinical"]: bad(f, f"usce_months_clinical {r['usce_months_clinical']} != {m_cl}")
    ext = f.rsplit(".", 1)[1].lower()
    if r.get("needs_ocr"):
        kinds["scan"] += 1
        if ext == "pdf":
            rc, t = text_of(path)
            if t.strip(): bad(f, "scan has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: bad(f, "scan pdf has fonts")
        else:
            from PIL import Image
            Image.open(path).verify()
    else:
        kinds["readable"] += 1; layouts.add(r["layout"])
        rc, t = text_of(path)
        if rc != 0: bad(f, "cannot extract text")
        if norm(r["full_name"]) not in norm(t): bad(f, "name not in text")
        if r["email"].lower() not in t.lower(): bad(f, "email not in text")
        digits = re.sub(r"\D", "", t)
        if r["phone_e164"] and r["phone_e164"][-8:] not in digits: bad(f, "phone digits not in text")
        if ext == "pdf":
            n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
            if not 3 <= n <= 5: bad(f, f"{n} pages")
# cross-check publication counts against the generator's requested counts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import people
for p in people.P:
    if p["kind"] == "damaged" or p["id"] == 18:
        continue
    r = [x for x in rows if x["file"].startswith(f"w115_{p['id']:03d}_")][0]
    if r["publications"] != p["pubn"][0]: bad(r["file"], "publications vs generator")
print("counts:", kinds, "readable layouts:", len(layouts))
if kinds != {"readable": 16, "scan": 5, "damaged": 3}: bad("all", "wrong mix")
if len(layouts) < 8: bad("all", "too few layouts")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("ALL CHECKS PASSED")
