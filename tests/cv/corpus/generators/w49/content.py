# -*- coding: utf-8 -*-
import random
JOURNALS = ["J Am Heart Assoc", "BMC Medical Education", "Cureus", "Pakistan Journal of Medical Sciences", "PLoS One",
            "BMJ Open", "Clinical Pediatrics", "European Heart Journal – Case Reports", "Journal of Clinical Medicine",
            "Annals of Medicine and Surgery", "Frontiers in Psychiatry", "International Journal of Surgery"]
TOPICS = ["outcomes of primary PCI in a tertiary cohort", "antibiotic stewardship in a resource-limited ICU",
          "a retrospective review of sepsis bundles", "risk factors for readmission after heart failure admission",
          "burnout among residents: a cross-sectional survey", "quality of life after laparoscopic cholecystectomy",
          "vitamin D status in hospitalized children", "depression screening in primary care",
          "trends in diabetic ketoacidosis admissions", "predictors of difficult airway", "a rare case report",
          "point-of-care ultrasound training outcomes", "neonatal sepsis: microbiology and resistance"]

def pubs(p, seed):
    r = random.Random(seed)
    last = p["name"].split()[-1]
    ini = "".join(w[0] for w in p["name"].split()[:-1])
    me = f"{last} {ini}"
    out = {"peer": [], "abs": [], "sub": [], "chap": []}
    for k in range(p["pubs"]):
        y = 2024 - k
        out["peer"].append(f"{r.choice(['Khan A','Ali S','Smith J','Müller K','Okoye C','Rao P'])}, {me}, {r.choice(['Lee H','Garcia M','Ahmed R'])}. "
                           f"{r.choice(TOPICS).capitalize()}. {r.choice(JOURNALS)}. {y};{r.randint(5,60)}({r.randint(1,12)}):{r.randint(100,900)}-{r.randint(901,999)}.")
    for k in range(p["abstracts"]):
        out["abs"].append(f"{me}, et al. {r.choice(TOPICS).capitalize()} [poster/abstract]. Presented at {r.choice(['ACC.25, Chicago','ESC Congress 2023, Amsterdam','PAS 2024, Toronto','APA Annual Meeting 2025','ACS Clinical Congress 2024','Annual Regional Conference'])}.")
    for k in range(p["submitted"]):
        out["sub"].append(f"{me}, et al. {r.choice(TOPICS).capitalize()}. Submitted to {r.choice(JOURNALS)} (under review, 2026).")
    for k in range(p["chapters"]):
        out["chap"].append(f"{me}. Chapter {r.randint(3,30)}: {r.choice(['Management of acute coronary syndromes','Fluid therapy','Approach to the febrile child','Perioperative care'])}. In: {r.choice(['Textbook of Clinical Medicine','Handbook of Emergency Care','Pediatric Practice Manual'])}, {r.randint(2,5)}th ed. 2022.")
    return out

def usmle_lines(p):
    L = []
    s1 = p["s1"]
    L.append("USMLE Step 1: " + ("Pass" if s1 == "pass" else str(s1)))
    if p["s2"]: L.append(f"USMLE Step 2 CK: {p['s2']}")
    if p["s3"]: L.append(f"USMLE Step 3: {p['s3']}")
    return L

def sections(p, seed=0, merged_pubs=False):
    """Return (head, sections). head = dict(name,title,contacts[list]); sections = [(heading,[items])]
    item = str or (left,right)."""
    head = dict(name=p["name"], title=p["title"], contacts=[f"Email: {p['email']}", f"Phone: {p['phone']}"],
                dob=p["dob"])
    S = []
    S.append(("Professional Summary", [
        f"{p['title']} with more than {2026 - p['grad'] - 2} years of clinical practice since graduating in {p['grad']}. "
        f"Seeking a US residency position in {p['spec_disp']}."]))
    S.append(("Education", [(str(p["grad"]), f"Primary medical degree — {p['school']} (graduated {p['grad']})")]))
    S.append(("Postgraduate Qualifications & Board Certifications", list(p["boards"])))
    S.append(("Clinical Experience (Abroad)", list(p["work"])))
    if p["usce"]:
        S.append(("US Clinical Experience", [u["disp"] for u in p["usce"]]))
    S.append(("Teaching Appointments", list(p["teach"])))
    ex = usmle_lines(p) + [p["ecfmg_disp"]]
    if seed % 3 == 0:
        ex.append("NBME practice (CCSSA) self-assessment: 255 — practice only")
    S.append(("USMLE & ECFMG", ex))
    if p["visa_disp"]:
        S.append(("Work Authorization", [p["visa_disp"]]))
    pb = pubs(p, seed)
    if merged_pubs:
        items = [f"[Journal article] {x}" for x in pb["peer"]] + [f"[Abstract] {x}" for x in pb["abs"]] + \
                [f"[Submitted] {x}" for x in pb["sub"]] + [f"[Book chapter] {x}" for x in pb["chap"]]
        r = __import__("random").Random(seed); r.shuffle(items)
        S.append(("Publications & Presentations", [f"{i+1}. {x}" for i, x in enumerate(items)]))
    else:
        S.append((f"Peer-Reviewed Publications ({len(pb['peer'])})", [f"{i+1}. {x}" for i, x in enumerate(pb["peer"])]))
        if pb["abs"]: S.append(("Abstracts & Posters", pb["abs"]))
        if pb["sub"]: S.append(("Manuscripts Submitted / Under Review", pb["sub"]))
        if pb["chap"]: S.append(("Book Chapters", pb["chap"]))
    S.append(("Languages", [p["langs_disp"]]))
    S.append(("Personal", [p["dob"]]))
    S.append(("References", [f"{n}, {t} — {e} — {ph}" for n, t, e, ph in p["refs"]]))
    return head, S

def truth(p, fname, layout):
    from people import months
    ents = [{k: u[k] for k in ("type", "specialty", "state", "start", "end")} for u in p["usce"]]
    return dict(file=fname, layout=layout, full_name=p["name"], email=p["email"], phone_e164=p["e164"],
                medical_school=p["school"], medical_school_country=p["cc"], graduation_year=p["grad"],
                is_student=False, usmle_step1=p["s1"], usmle_step2ck=p["s2"], usmle_step3=p["s3"],
                ecfmg_status=p["ecfmg"], specialties=p["spec"], languages=p["langs"], visa_status=p["visa"],
                publications=p["pubs"], usce_months=months(ents), usce_months_clinical=months(ents, True),
                usce_entries=ents)
