# -*- coding: utf-8 -*-
"""Validate /work/blind/w32/truth.jsonl against the contract and the files."""
import json, re, subprocess, sys, tempfile, zipfile, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "files"
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
             "PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties",
        "languages", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
errors = []

def err(f, msg):
    errors.append(f"{f}: {msg}")

def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(p: Path) -> str:
    ext = p.suffix.lower()
    if ext == ".pdf":
        return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout
    if ext == ".txt":
        return p.read_text(encoding="utf-8")
    if ext in (".docx", ".odt"):
        out = []
        with zipfile.ZipFile(p) as z:
            for n in z.namelist():
                if n.endswith(".xml") and ("word/" in n or n in ("content.xml", "styles.xml")):
                    x = z.read(n).decode("utf-8")
                    x = re.sub(r"<w:tab/>|<text:tab/>", " ", x)
                    x = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)
                    out.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape("\n".join(out))
    if ext == ".rtf":
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/prof", "--convert-to",
                            "txt:Text (encoded):UTF8", "--outdir", td, str(p)], capture_output=True, timeout=180)
            t = Path(td, p.stem + ".txt")
            txt = t.read_text(encoding="utf-8-sig") if t.exists() else ""
        raw = p.read_text(encoding="latin-1")  # header/footer text is not in the txt export; decode \uN escapes too
        raw = re.sub(r"\\u(-?\d+)\s?\??", lambda m: chr(int(m.group(1)) % 65536), raw)
        return txt + "\n" + raw
    return ""

def norm(s):
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s)).lower()

lines = (ROOT / "truth.jsonl").read_text(encoding="utf-8").splitlines()
seen = set()
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for ln in lines:
    d = json.loads(ln)
    f = d.get("file")
    if f in seen: err(f, "duplicate")
    seen.add(f)
    p = FILES / f
    if not p.exists():
        err(f, "missing file"); continue
    if not re.fullmatch(r"w32_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)", f): err(f, "bad name")
    if d.get("error"):
        kinds["damaged"] += 1
        if set(d) != {"file", "layout", "error"}: err(f, "damaged entry has extra keys")
        if p.suffix == ".pdf":
            r = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True)
            if r.returncode == 0 and r.stdout.strip(): err(f, "damaged pdf still yields text")
        continue
    scan = d.get("needs_ocr") is True
    kinds["scan" if scan else "readable"] += 1
    want = KEYS + (["needs_ocr"] if scan else [])
    if sorted(d) != sorted(want): err(f, f"keys {sorted(set(d) ^ set(want))}")
    if d["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", d["phone_e164"]): err(f, "phone not E.164")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", d["email"] or ""): err(f, "email")
    if not re.fullmatch(r"[A-Z]{2}", d["medical_school_country"]): err(f, "country")
    if not isinstance(d["graduation_year"], int) or not 1990 <= d["graduation_year"] <= 2032: err(f, "grad year")
    if not isinstance(d["is_student"], bool): err(f, "is_student")
    s1 = d["usmle_step1"]
    if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (d[k] is None or (isinstance(d[k], int) and 100 <= d[k] <= 300)): err(f, k)
    if d["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
    if d["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
    for s in d["specialties"]:
        if s not in SPECS: err(f, f"specialty {s}")
    if not isinstance(d["publications"], int) or d["publications"] < 0: err(f, "publications")
    for e in d["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry specialty " + e["specialty"])
        if e["state"] not in STATES: err(f, "entry state")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])
                and e["start"] <= e["end"] <= "2026-12"): err(f, f"entry dates {e}")
    if months(d["usce_entries"]) != d["usce_months"]: err(f, "usce_months recount")
    if months(d["usce_entries"], True) != d["usce_months_clinical"]: err(f, "usce_months_clinical recount")
    # grad year vs student flag (reference date 2026-12-01): a student graduates 2026 or later
    if d["is_student"] and d["graduation_year"] < 2026: err(f, "student with past graduation year")
    if scan:
        if p.suffix == ".pdf":
            t = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", str(p)], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2: err(f, "scan PDF has a text layer")
        elif p.suffix not in (".png", ".jpg"):
            err(f, "scan must be image or image-only pdf")
    else:
        t = norm(text_of(p))
        if norm(d["full_name"]) not in t: err(f, "name not in text")
        if d["email"].lower() not in t: err(f, "email not in text")

if len(lines) != len(list(FILES.iterdir())): err("files/", "count mismatch with truth.jsonl")
print(kinds)
if errors:
    print("\n".join(errors)); print(f"0 passed, {len(errors)} failed"); sys.exit(1)
print(f"{len(lines)} passed, 0 failed")
