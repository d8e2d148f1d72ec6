import random
from people import MON, MONTH

ONGO = ["present", "current", "ongoing", "Present", "to date"]
TYPE_TXT = {"hands_on": ["Hands-on Clinical Externship", "Clinical Rotation (hands-on)", "Inpatient Externship"],
            "observership": ["Clinical Observership", "Observership", "Observership (inpatient & clinic)"],
            "research": ["Clinical Research Rotation"], "telehealth": ["Telehealth Clinical Rotation"]}


DISP = {("012", 1): "June–July 2025", ("002", 1): "January 2025 (4 weeks)", ("010", 1): "Sept 2024 (2 weeks)",
        ("006", 2): "April–May 2025", ("018", 0): "Feb–Mar 2025"}


def fd(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    return {"Mon YYYY": f"{MON[m-1]} {y}", "MM/YYYY": f"{m:02d}/{y}", "YYYY.MM": f"{y}.{m:02d}",
            "YYYY-MM": f"{y}-{m:02d}", "Month YYYY": f"{MONTH[m-1]} {y}"}[style]


def rng(s, e, style, i=0):
    return f"{fd(s, style)} – {fd(e, style) if e else ONGO[i % len(ONGO)]}"


TOPICS = ["outcomes of", "predictors of mortality in", "a retrospective cohort of", "prevalence of", "a randomized trial of",
          "risk factors for", "clinical profile of", "quality improvement in", "ten-year experience with", "biomarkers in"]
SUBJ = {"default": ["acute kidney injury", "sepsis in adults", "type 2 diabetes", "heart failure admissions", "community-acquired pneumonia",
                    "hepatitis C", "anemia in pregnancy", "stroke thrombolysis", "pediatric asthma", "postoperative delirium",
                    "tuberculosis co-infection", "obesity and hypertension"]}
JOURNALS = ["J Pak Med Assoc", "Indian Heart J", "Egypt J Intern Med", "Niger J Clin Pract", "Cureus", "BMJ Open",
            "Chin Med J (Engl)", "Saudi Med J", "Qatar Med J", "Ann Saudi Med", "Medicine (Baltimore)", "PLoS One",
            "Int J Cardiol", "Rev Cubana Med Gen Integr", "Zh Nevrol Psikhiatr Im S S Korsakova", "J Clin Oncol (Suppl)"]


def pubs(p):
    r = random.Random(p["code"])
    sur = p["name"].split()[-1]
    ini = "".join(w[0] for w in p["name"].split()[:-1])
    out = {"papers": [], "abstracts": [], "chapters": [], "submitted": []}
    for i in range(p["pubs"]):
        y = p["grad"] + 1 + r.randrange(0, 14); y = min(y, 2025)
        co = r.choice(["Khan A", "Smith JR", "Wang Y", "Hassan M", "Adebayo O", "Ivanov P", "Gómez L", "Patel S"])
        out["papers"].append(f"{sur} {ini}, {co}, et al. {r.choice(TOPICS).capitalize()} {r.choice(SUBJ['default'])}: "
                             f"a single-centre study. {r.choice(JOURNALS)}. {y};{r.randrange(10,80)}({r.randrange(1,12)}):{r.randrange(100,999)}-{r.randrange(1000,1100)}.")
    for i in range(p["abstracts"]):
        y = min(p["grad"] + 2 + r.randrange(0, 14), 2025)
        kind = r.choice(["Poster", "Abstract", "Oral presentation"])
        out["abstracts"].append(f"{kind}: {r.choice(TOPICS).capitalize()} {r.choice(SUBJ['default'])}. "
                                f"{r.choice(['ACC Scientific Sessions', 'ESC Congress', 'ASN Kidney Week', 'Saudi Heart Association Meeting', 'APA Annual Meeting', 'RSNA', 'ATS International Conference'])}, {y}.")
    for i in range(p["chapters"]):
        out["chapters"].append(f"{sur} {ini}. Chapter {r.randrange(3,30)}: {r.choice(SUBJ['default']).capitalize()}. In: "
                               f"{r.choice(['Textbook of Clinical Medicine', 'Handbook of Emergency Care', 'Essentials of Pediatrics'])}, "
                               f"{r.randrange(2,6)}th ed. {r.choice(['Jaypee Brothers', 'Elsevier India', 'Springer'])}; {min(p['grad']+r.randrange(4,15),2025)}.")
    for i in range(p["submitted"]):
        out["submitted"].append(f"{sur} {ini}, et al. {r.choice(TOPICS).capitalize()} {r.choice(SUBJ['default'])}. (Manuscript submitted, under review)")
    return out


def usmle_lines(p):
    L = []
    s1 = p["s1"]
    if s1 == "pass": L.append("USMLE Step 1: PASS")
    elif s1: L.append(f"USMLE Step 1: {s1}")
    if p["s2"]: L.append(f"USMLE Step 2 CK: {p['s2']}")
    if p["s3"]: L.append(f"USMLE Step 3: {p['s3']}")
    if p["code"] in ("001", "012", "013"): L.append("USMLE Step 2 CS: Pass (first attempt)")
    if p["code"] in ("005", "011"): L.append("PLAB 1 & 2: Passed (GMC registered)")
    if p["code"] == "015": L.append("NBME CCSSA practice (Step 2 CK): 238; Step 2 CK scheduled Feb 2027")
    if p["ecfmg"] == "certified": L.append("ECFMG Certified")
    elif p["ecfmg"] == "pending": L.append("ECFMG Certification: pending (Step 2 CK/OET outstanding)")
    return L


def objective(p):
    sp = p["specs"]
    if len(sp) == 1:
        return f"Experienced physician seeking a residency position in {sp[0]} in the United States."
    return f"Experienced physician seeking residency in {sp[0]}, with a strong interest in {' and '.join(sp[1:])}."


def sections(p):
    """Generic CV as list of (heading, [lines]) in reading order."""
    st = p["ds"]
    S = []
    S.append(("Career Objective", [objective(p)]))
    ed = [f"{p['degree']} — {p['school']} ({p['grad']})"]
    if p["code"] in ("001", "003", "013"): ed.append(f"Postgraduate degree (MD/DM) — completed {p['grad']+5}")
    S.append(("Education", ed))
    S.append(("USMLE / ECFMG", usmle_lines(p)))
    if p["usce"]:
        L = []
        for i, (t, sp, stt, s, e, org, city) in enumerate(p["usce"]):
            dr = DISP.get((p["code"], i)) or rng(s, e, st, i)
            L.append(f"{dr}: {TYPE_TXT[t][i % len(TYPE_TXT[t])]}, {sp} — {org}, {city}, {stt}")
        S.append(("US Clinical Experience", L))
    L = []
    for i, (ti, org, pl, s, e) in enumerate(p["career"]):
        L.append(f"{rng(s, e, st, i+1)}: {ti}, {org}, {pl}")
    for i, (ti, org, city, stt, s, e) in enumerate(p["usjobs"]):
        L.append(f"{rng(s, e, st, i+2)}: {ti} (non-clinical employment), {org}, {city}, {stt}")
    S.append(("Professional Experience", L))
    pb = pubs(p)
    if p["code"] in ("006", "013", "016", "010"):
        # mixed list: papers, abstracts, chapters interleaved, one numbering, no count given
        items = ([x for x in pb["papers"]] + ["[Book chapter] " + x for x in pb["chapters"]]
                 + [x for x in pb["abstracts"]] + ["[In review] " + x for x in pb["submitted"]])
        random.Random(p["code"] + "mix").shuffle(items)
        S.append(("Publications, Presentations & Chapters", [f"{i+1}. {x}" for i, x in enumerate(items)]))
    else:
        S.append((f"Peer-reviewed Publications ({p['pubs']})", [f"{i+1}. {x}" for i, x in enumerate(pb['papers'])]))
        if pb["chapters"]: S.append(("Book Chapters", pb["chapters"]))
        if pb["abstracts"]: S.append(("Abstracts & Poster Presentations", pb["abstracts"]))
        if pb["submitted"]: S.append(("Manuscripts Submitted", pb["submitted"]))
    S.append(("Languages", [", ".join(p["langs"])]))
    pers = []
    if p["dob"]: pers.append(f"Year of birth: {p['dob']}")
    if p["visa_text"]: pers.append(f"Immigration status: {p['visa_text']}")
    if pers: S.append(("Personal Details", pers))
    if p["refs"]:
        S.append(("References", [f"{a}, {b}. Email: {c}; Tel: {d}" for a, b, c, d in p["refs"]]))
    return S


def display_name(p):
    return (p["title"] + " " if p["title"] else "") + p["name"] + (", " + p["deg"] if p["deg"] else "")


def months(entries):
    ms = set()
    for e in entries:
        y, m = int(e["start"][:4]), int(e["start"][5:])
        y2, m2 = int(e["end"][:4]), int(e["end"][5:])
        while (y, m) <= (y2, m2):
            ms.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(ms)


def truth(p, fname, scan=False):
    ents = [{"type": t, "specialty": sp, "state": stt, "start": s, "end": e or "2026-12"} for t, sp, stt, s, e, o, c in p["usce"]]
    d = {"file": fname, "layout": p["layout"], "full_name": p["name"], "email": p["email"], "phone_e164": p["e164"],
         "medical_school": p["school"], "medical_school_country": p["cc"], "graduation_year": p["grad"], "is_student": False,
         "usmle_step1": p["s1"], "usmle_step2ck": p["s2"], "usmle_step3": p["s3"], "ecfmg_status": p["ecfmg"],
         "specialties": p["specs"], "languages": p["lang_truth"] or p["langs"], "visa_status": p["visa"],
         "publications": p["pubs"], "usce_months": months(ents),
         "usce_months_clinical": months([e for e in ents if e["type"] in ("hands_on", "observership")]),
         "usce_entries": ents}
    if scan: d["needs_ocr"] = True
    return d
