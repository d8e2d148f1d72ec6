import json, re, subprocess, sys, zipfile, os
W = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."); F = W + "/files"
SPECS = {"Internal Medicine","Family Medicine","Pediatrics","Psychiatry","Neurology","General Surgery","Obstetrics and Gynecology","Emergency Medicine",
 "Anesthesiology","Radiology","Pathology","Cardiology","Gastroenterology","Nephrology","Pulmonology/Critical Care","Endocrinology","Rheumatology",
 "Hematology/Oncology","Infectious Disease","Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["file","layout","full_name","email","phone_e164","medical_school","medical_school_country","graduation_year","is_student","usmle_step1",
 "usmle_step2ck","usmle_step3","ecfmg_status","visa_status","specialties","languages","publications","usce_months","usce_months_clinical","usce_entries"]
errs = []
def err(f, m): errs.append(f"{f}: {m}")
def months(es):
    s = set()
    for e in es:
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        if (y, m) > (ye, me): return None
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)
def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf": return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if ext == "txt": return open(path, encoding="utf-8").read()
    if ext == "rtf": return re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", open(path).read())
    z = zipfile.ZipFile(path); xml = ""
    for n in z.namelist():
        if n.endswith(".xml") and (n.startswith("word/") or n == "content.xml" or n == "styles.xml"): xml += z.read(n).decode("utf-8")
    return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&")
rows = [json.loads(l) for l in open(W + "/truth.jsonl")]
files = sorted(os.listdir(F)); seen = [r["file"] for r in rows]
if sorted(seen) != files: err("truth", f"file set mismatch {set(files) ^ set(seen)}")
kinds = {"readable": 0, "scan": 0, "damaged": 0}
for r in rows:
    f = r["file"]; path = F + "/" + f
    if r.get("error"):
        kinds["damaged"] += 1
        if set(r) != {"file", "layout", "error"}: err(f, "damaged row has extra keys")
        continue
    exp = KEYS + (["needs_ocr"] if r.get("needs_ocr") else [])
    if list(r) != exp: err(f, f"keys {list(r)}")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]): err(f, "bad phone")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"]): err(f, "country")
    if not isinstance(r["graduation_year"], int): err(f, "grad year")
    if r["is_student"] != (r["graduation_year"] > 2026): err(f, "is_student vs year")
    s1 = r["usmle_step1"]
    if not (s1 is None or s1 in ("pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, "step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r["ecfmg_status"] not in (None, "certified", "pending", "not_certified"): err(f, "ecfmg")
    if r["visa_status"] not in (None, "citizen", "green_card", "j1", "h1b", "b1b2"): err(f, "visa")
    for s in r["specialties"]:
        if s not in SPECS: err(f, f"specialty {s}")
    if not isinstance(r["publications"], int): err(f, "pubs")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}: err(f, "entry keys")
        if e["type"] not in ("hands_on", "observership", "research", "telehealth"): err(f, "entry type")
        if e["specialty"] not in SPECS: err(f, "entry spec")
        if e["state"] not in STATES: err(f, "entry state")
        for k in ("start", "end"):
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", e[k]) or e[k] > "2026-12": err(f, "entry date")
    m = months(r["usce_entries"]); mc = months([e for e in r["usce_entries"] if e["type"] in ("hands_on", "observership")])
    if m is None or m != r["usce_months"] or mc != r["usce_months_clinical"]: err(f, f"usce months {m}/{mc} vs {r['usce_months']}/{r['usce_months_clinical']}")
    if r.get("needs_ocr"):
        kinds["scan"] += 1
        if f.endswith(".pdf") and subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip(): err(f, "scan has text layer")
        if not f.endswith((".pdf", ".png", ".jpg")): err(f, "scan format")
    else:
        kinds["readable"] += 1
        t = text_of(path)
        if r["full_name"] not in t: err(f, "name not in text")
        if r["email"] and r["email"] not in t: err(f, "email not in text")
print(kinds)
if errs: print("\n".join(errs)); sys.exit(1)
print("CHECK OK", len(rows))
