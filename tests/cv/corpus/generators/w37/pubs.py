"""Deterministic publication-list generator (journal papers, posters, abstracts, chapters, submitted)."""
import random

COAUTH = ["Smith J", "Müller K", "Patel R", "Johnson A", "Lee H", "García M", "Novak P", "Brown T", "Tanaka Y",
          "Ivanova E", "O'Connor D", "Rossi F", "Kaplan S", "Zhang W", "Nguyen T", "Wilson K", "Haddad N", "Kowalski J"]
JOURNALS = {
    "cardio": ["Eur Heart J", "J Am Coll Cardiol", "Cardiology Journal", "Kardiologia Polska", "Int J Cardiol", "Circ Heart Fail"],
    "gi": ["Gastroenterology", "Am J Gastroenterol", "World J Gastroenterol", "Pol Arch Intern Med", "Clin Gastroenterol Hepatol"],
    "neuro": ["Neurology", "J Neurol Sci", "Mult Scler J", "Front Neurol", "Ann Neurol", "Brain Res"],
    "anes": ["Anesthesiology", "Br J Anaesth", "Crit Care Med", "Anesth Analg", "J Crit Care"],
    "peds": ["Pediatrics", "Pediatr Infect Dis J", "J Pediatr", "BMC Pediatr", "Vaccine"],
    "renal": ["Kidney Int", "J Am Soc Nephrol", "Nephrol Dial Transplant", "Clin J Am Soc Nephrol", "Kidney Res Clin Pract"],
    "obgyn": ["Philipp J Obstet Gynecol", "Int J Gynaecol Obstet", "BMC Pregnancy Childbirth"],
    "surg": ["Ann Surg", "J Surg Oncol", "Turk J Surg", "Ann Surg Oncol", "Surgery"],
    "heme": ["Blood", "Leukemia", "Br J Haematol", "Haematologica", "Chin Med J (Engl)", "Blood Adv"],
    "psych": ["J Affect Disord", "Asian J Psychiatr", "BMC Psychiatry", "Psychiatry Res"],
    "path": ["Mod Pathol", "Am J Surg Pathol", "Virchows Arch", "Pol J Pathol", "Histopathology"],
    "rad": ["Radiology", "Korean J Radiol", "AJR Am J Roentgenol", "Eur Radiol", "Invest Radiol"],
    "fm": ["Prim Health Care Res Dev", "BMC Fam Pract", "Cent Asian J Glob Health"],
    "em": ["Am J Emerg Med", "Georgian Med News", "Resuscitation"],
}
TOPICS = {
    "cardio": ["heart failure with preserved ejection fraction", "atrial fibrillation after cardiac surgery",
               "left ventricular strain in hypertensive patients", "SGLT2 inhibitors in HFrEF", "cardiac amyloidosis",
               "myocardial injury in COVID-19", "coronary microvascular dysfunction", "wartime acute coronary syndrome care"],
    "gi": ["Helicobacter pylori eradication", "inflammatory bowel disease", "small intestinal bacterial overgrowth",
           "colorectal cancer screening adherence", "eosinophilic esophagitis", "liver stiffness in NAFLD", "Barrett's esophagus"],
    "neuro": ["multiple sclerosis relapse rates", "post-stroke depression", "myasthenia gravis", "ischemic stroke thrombolysis",
              "neuromyelitis optica spectrum disorder", "autoimmune encephalitis", "migraine prophylaxis", "CNS demyelination"],
    "anes": ["postoperative delirium", "sepsis-associated AKI", "ARDS ventilation strategies", "regional anesthesia outcomes",
             "perioperative dexmedetomidine", "ICU-acquired weakness", "prone positioning", "hemodynamic monitoring"],
    "peds": ["dengue in children", "pediatric pneumonia", "hand, foot and mouth disease", "RSV bronchiolitis", "neonatal sepsis"],
    "renal": ["IgA nephropathy", "diabetic kidney disease", "kidney transplant rejection", "APOL1 variants", "dialysis access",
              "acute kidney injury biomarkers", "membranous nephropathy", "hyperkalemia management"],
    "obgyn": ["preeclampsia screening", "postpartum hemorrhage", "cervical cancer screening uptake"],
    "surg": ["peritoneal carcinomatosis", "HIPEC outcomes", "laparoscopic gastrectomy", "pancreatic fistula", "sarcopenia and surgery",
             "enhanced recovery after surgery"],
    "heme": ["acute myeloid leukemia", "CAR-T cell therapy", "graft-versus-host disease", "myelodysplastic syndromes",
             "aplastic anemia", "minimal residual disease", "clonal hematopoiesis"],
    "psych": ["depression in medical students", "methamphetamine-induced psychosis", "schizophrenia relapse", "suicide screening"],
    "path": ["thyroid cytopathology", "HER2-low breast cancer", "digital pathology", "lymphoma classification", "PD-L1 scoring"],
    "rad": ["lung nodule CT", "deep learning mammography", "liver MRI", "prostate MRI PI-RADS", "contrast nephropathy", "breast MRI"],
    "fm": ["hypertension control in rural clinics", "diabetes self-management"],
    "em": ["trauma triage", "out-of-hospital cardiac arrest"],
}


def _pages(rng):
    a = rng.randint(10, 2400)
    return a, a + rng.randint(4, 14)


VENUES = {"cardio": ["ACC.23 Scientific Session", "ESC Congress", "AHA Scientific Sessions", "Heart Failure 2021 (HFA-ESC)"],
          "gi": ["Digestive Disease Week", "UEG Week", "ACG Annual Scientific Meeting"],
          "neuro": ["ECTRIMS Congress", "AAN Annual Meeting", "ACTRIMS Forum"],
          "anes": ["ANESTHESIOLOGY Annual Meeting (ASA)", "SCCM Critical Care Congress", "Euroanaesthesia"],
          "peds": ["ESPID Annual Meeting", "Pediatric Academic Societies Meeting", "IDWeek"],
          "renal": ["ASN Kidney Week", "ERA Congress", "KSN Spring Meeting"],
          "obgyn": ["POGS Annual Convention", "FIGO World Congress"],
          "surg": ["SSO Annual Cancer Symposium", "ACS Clinical Congress", "Turkish Surgical Congress"],
          "heme": ["ASH Annual Meeting", "EHA Congress", "Tandem Meetings (ASTCT/CIBMTR)"],
          "psych": ["APA Annual Meeting", "World Congress of Psychiatry"],
          "path": ["USCAP Annual Meeting", "European Congress of Pathology", "CAP Annual Meeting"],
          "rad": ["RSNA Annual Meeting", "European Congress of Radiology", "KCR Congress"],
          "fm": ["WONCA Europe"], "em": ["EuSEM Congress"]}


def author_list(me, rng, first=False):
    n = rng.randint(2, 6)
    co = rng.sample(COAUTH, n)
    pos = 0 if first else rng.randint(0, n)
    co.insert(pos, "**" + me + "**")
    if n > 4:
        co = co[:5] + ["et al"]
    return ", ".join(co).replace("**", "")


def make(me, field, seed, journal=0, poster=0, abstract=0, chapter=0, submitted=0, years=(2012, 2025)):
    rng = random.Random(seed)
    js = JOURNALS[field]
    tp = TOPICS[field]
    out = {"journal": [], "poster": [], "abstract": [], "chapter": [], "submitted": []}
    for i in range(journal):
        y = rng.randint(*years)
        t = rng.choice(tp)
        title = rng.choice(["Clinical outcomes of %s: a retrospective cohort study",
                            "%s: a single-center experience", "Risk factors and outcomes in %s",
                            "Long-term mortality in %s: a registry analysis", "Trends in %s over a decade",
                            "A prospective study of %s"]) % t
        title = title[0].upper() + title[1:]
        out["journal"].append("%s. %s. %s. %d;%d(%d):%d-%d. doi:10.%d/%s.%d.%03d" % (
            author_list(me, rng, i == 0), title, rng.choice(js), y, rng.randint(5, 120), rng.randint(1, 12),
            *_pages(rng), rng.randint(1000, 1100), rng.choice(["j", "s", "jcm", "x"]), y,
            rng.randint(1, 999)))
    for i in range(poster):
        y = rng.randint(*years)
        out["poster"].append("%s. %s. Poster presented at: %s; %s %d; %s." % (
            author_list(me, rng), rng.choice(["Case series: ", "Real-world data on ", "Retrospective analysis of ", "Quality improvement in "]) + rng.choice(tp),
            rng.choice(VENUES[field]),
            rng.choice(["May", "April", "October", "June", "November"]), y,
            rng.choice(["Chicago, IL", "Vienna, Austria", "San Diego, CA", "Warsaw, Poland", "Seoul, Korea"])))
    for i in range(abstract):
        y = rng.randint(*years)
        out["abstract"].append("%s. %s [abstract]. %s. %d;%d(Suppl %d):A%d." % (
            author_list(me, rng), "Early experience with " + rng.choice(tp), rng.choice(js), y, rng.randint(5, 90),
            rng.randint(1, 3), rng.randint(10, 999)))
    for i in range(chapter):
        y = rng.randint(*years)
        out["chapter"].append("%s. %s. In: %s, ed. %s. %s: %s; %d:%d-%d." % (
            author_list(me, rng), "Management of " + rng.choice(tp), rng.choice(COAUTH),
            rng.choice(["Clinical Handbook of Internal Medicine", "Textbook of Clinical Practice", "Manual of Hospital Medicine"]),
            *rng.choice([("Cham", "Springer"), ("Kyiv", "Medytsyna"), ("Moscow", "GEOTAR-Media"), ("Ankara", "Nobel Tıp Kitabevleri"),
                         ("Beijing", "People's Medical Publishing House")]),
            y, *_pages(rng)))
    for i in range(submitted):
        out["submitted"].append("%s. %s. Submitted to %s, %s." % (
            author_list(me, rng, True), "Long-term follow-up of " + rng.choice(tp), rng.choice(js),
            rng.choice(["2026", "Sep 2026", "under review", "manuscript under review (2026)"])))
    return out
