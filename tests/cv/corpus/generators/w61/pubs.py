"""Deterministic generator of realistic-looking academic output lists.

Each item is a dict {kind, year, text}. kind in:
  article, review, case_report  -> peer-reviewed papers (counted)
  abstract, poster, oral, chapter, talk, letter, submitted, in_prep, thesis -> not counted
"""
import random

PEER = {"article", "review", "case_report"}

TOPICS = {
    "peds": ["neonatal sepsis", "late-onset sepsis in preterm neonates", "kangaroo mother care",
             "bronchopulmonary dysplasia", "neonatal hyperbilirubinemia", "retinopathy of prematurity",
             "probiotic supplementation in very low birth weight infants", "hypoxic-ischemic encephalopathy",
             "childhood nephrotic syndrome", "severe acute malnutrition"],
    "cards": ["acute coronary syndrome", "heart failure with preserved ejection fraction",
              "transcatheter aortic valve implantation", "atrial fibrillation", "rheumatic heart disease",
              "premature coronary artery disease", "cardiac amyloidosis", "left ventricular thrombus",
              "coronary artery calcium scoring", "cardio-oncology"],
    "id": ["multidrug-resistant tuberculosis", "Chagas disease", "HIV/TB co-infection", "dengue",
           "carbapenem-resistant Enterobacterales", "leishmaniasis", "antimicrobial stewardship",
           "latent tuberculosis infection", "COVID-19", "Strongyloides hyperinfection"],
    "surg": ["typhoid ileal perforation", "laparoscopic cholecystectomy", "abdominal trauma",
             "surgical site infection", "acute appendicitis", "breast cancer surgery",
             "hernia repair with mesh", "burn wound management", "colorectal cancer", "damage-control laparotomy"],
    "neuro": ["multiple sclerosis", "acute ischemic stroke", "myasthenia gravis", "Parkinson's disease",
              "neuromyelitis optica spectrum disorder", "status epilepticus", "migraine",
              "Guillain-Barré syndrome", "amyotrophic lateral sclerosis", "cerebral venous thrombosis"],
    "neph": ["chronic kidney disease", "IgA nephropathy", "kidney transplantation", "acute kidney injury",
             "peritoneal dialysis", "hemodialysis vascular access", "lupus nephritis",
             "diabetic kidney disease", "hyperkalemia", "BK polyomavirus nephropathy"],
    "obgyn": ["pre-eclampsia", "postpartum haemorrhage", "cervical cancer screening", "HIV in pregnancy",
              "caesarean section rates", "gestational diabetes", "ectopic pregnancy",
              "maternal near-miss", "uterine fibroids", "preterm labour"],
    "psych": ["major depressive disorder", "schizophrenia", "bipolar affective disorder", "suicide attempts",
              "substance use disorders", "postnatal depression", "obsessive-compulsive disorder",
              "dementia", "conversion disorder", "clozapine-resistant schizophrenia"],
    "endo": ["type 2 diabetes", "primary hyperparathyroidism", "Cushing's syndrome", "thyroid nodules", "congenital adrenal hyperplasia", "diabetic foot ulcers", "acromegaly", "osteoporosis", "pheochromocytoma", "adrenal incidentalomas"],
    "anes": ["postoperative nausea and vomiting", "difficult airway", "post-dural puncture headache", "postoperative delirium", "intraoperative hypotension", "postoperative pain after caesarean section", "residual neuromuscular blockade", "emergence agitation in children", "perioperative anaphylaxis", "hypothermia during surgery"],
    "em": ["sepsis", "major trauma", "acute chest pain", "snakebite envenomation", "out-of-hospital cardiac arrest", "pulmonary embolism", "acute organophosphate poisoning", "acute heart failure", "syncope", "traumatic brain injury"],
    "rad": ["hepatocellular carcinoma", "focal liver lesions", "rectal cancer", "breast cancer", "renal cell carcinoma", "prostate cancer", "pancreatic adenocarcinoma", "pulmonary nodules", "acute appendicitis", "cholangiocarcinoma"],
    "path": ["breast carcinoma", "Hodgkin lymphoma", "gastric carcinoma", "papillary thyroid carcinoma", "diffuse large B-cell lymphoma", "soft tissue sarcoma", "cervical intraepithelial neoplasia", "lupus nephritis", "acute myeloid leukemia", "oral squamous cell carcinoma"],
    "gi": ["inflammatory bowel disease", "Helicobacter pylori eradication", "hepatitis C",
           "colorectal cancer screening", "non-alcoholic fatty liver disease", "capsule endoscopy",
           "upper gastrointestinal bleeding", "Barrett's esophagus", "autoimmune hepatitis", "ERCP"],
    "rheum": ["systemic lupus erythematosus", "rheumatoid arthritis", "Behçet's disease",
              "familial Mediterranean fever", "systemic sclerosis", "ANCA-associated vasculitis",
              "gout", "spondyloarthritis", "Sjögren's syndrome", "biologic therapy"],
    "pulm": ["chronic obstructive pulmonary disease", "asthma", "interstitial lung disease",
             "mechanical ventilation", "ARDS", "sleep apnoea", "pleural effusion", "bronchiectasis",
             "pulmonary hypertension", "ventilator-associated pneumonia"],
    "heme": ["sickle cell disease", "Burkitt lymphoma", "acute lymphoblastic leukemia",
             "iron deficiency anaemia", "hemophilia", "multiple myeloma", "febrile neutropenia",
             "chronic myeloid leukemia", "breast cancer", "thalassemia"],
    "geri": ["frailty", "polypharmacy", "falls in older adults", "delirium", "sarcopenia",
             "Alzheimer's disease", "advance care planning", "hip fracture", "nursing home residents",
             "cognitive impairment"],
    "fm": ["hypertension", "type 2 diabetes", "malaria", "childhood pneumonia", "tuberculosis", "obesity", "depression in primary care", "HIV", "anaemia in pregnancy", "asthma"],
}

TEMPLATES = [
    "{T}: a {N}-year retrospective cohort study from a tertiary care centre",
    "Clinical profile and outcomes of {t} in {C}",
    "Predictors of mortality in patients with {t}: a prospective study",
    "Prevalence and risk factors of {t} among adults in {C}",
    "Efficacy and safety of a standardised protocol for {t}: a randomised controlled trial",
    "{T} in a resource-limited setting: lessons from {N} consecutive cases",
    "Quality of life in patients with {t}: a cross-sectional survey",
    "Long-term outcomes of {t}: a single-centre experience",
    "Diagnostic accuracy of bedside scoring for {t}",
    "Trends in {t} over two decades in {C}",
    "Knowledge, attitudes and practices regarding {t} among resident physicians",
    "Sex differences in presentation and outcome of {t}",
]
REVIEW_T = ["{T}: a narrative review", "Current concepts in the management of {t}",
            "{T}: a systematic review and meta-analysis", "Updates in {t}: what the clinician needs to know"]
CASE_T = ["An unusual presentation of {t}: a case report", "{T} presenting as a diagnostic dilemma",
          "Fatal {t} in a young adult: case report and review of the literature"]
ABS_T = ["{T}: preliminary results", "Audit of {t} management at our institution",
         "Outcomes of {t}: early experience", "Factors associated with delayed diagnosis of {t}"]


def _cap(s):
    return s[0].upper() + s[1:]


def _authors(rng, me, pool, k=None):
    k = k or rng.randint(3, 7)
    others = rng.sample(pool, min(k - 1, len(pool)))
    pos = rng.choice([0, 0, 1, 1, 2, len(others)])
    lst = others[:pos] + [me] + others[pos:]
    if len(lst) > 6 and rng.random() < 0.5:
        lst = lst[:6] + ["et al"]
    return ", ".join(lst)


def make_output(seed, me, pool, topic, country, journals, meetings, years,
                n_article, n_review=0, n_case=0, n_abstract=0, n_poster=0, n_oral=0,
                n_chapter=0, n_talk=0, n_letter=0, n_submitted=0, n_prep=0):
    rng = random.Random(seed)
    topics = TOPICS[topic]
    y0, y1 = years
    out = []

    def title(tpls):
        t = rng.choice(topics)
        return rng.choice(tpls).format(T=_cap(t), t=t, C=country, N=rng.choice([5, 8, 10, 12]))

    def yr():
        return rng.randint(y0, y1)

    for _ in range(n_article):
        y = yr(); v = rng.randint(3, 68); p = rng.randint(10, 980)
        out.append({"kind": "article", "year": y, "text": f"{_authors(rng, me, pool)}. {title(TEMPLATES)}. {rng.choice(journals)}. {y};{v}({rng.randint(1,12)}):{p}-{p+rng.randint(4,11)}."})
    for _ in range(n_review):
        y = yr(); v = rng.randint(3, 68); p = rng.randint(10, 980)
        out.append({"kind": "review", "year": y, "text": f"{_authors(rng, me, pool, rng.randint(2,4))}. {title(REVIEW_T)}. {rng.choice(journals)}. {y};{v}:{p}-{p+rng.randint(6,15)}."})
    for _ in range(n_case):
        y = yr(); v = rng.randint(3, 68); p = rng.randint(10, 980)
        out.append({"kind": "case_report", "year": y, "text": f"{_authors(rng, me, pool, rng.randint(2,5))}. {title(CASE_T)}. {rng.choice(journals)}. {y};{v}:{p}-{p+rng.randint(2,4)}."})
    for _ in range(n_abstract):
        y = yr(); m = rng.choice(meetings)
        out.append({"kind": "abstract", "year": y, "text": f"{_authors(rng, me, pool, rng.randint(2,5))}. {title(ABS_T)} [abstract]. {m}, {y}."})
    for _ in range(n_poster):
        y = yr(); m = rng.choice(meetings)
        out.append({"kind": "poster", "year": y, "text": f"{_authors(rng, me, pool, rng.randint(2,5))}. {title(ABS_T + TEMPLATES[:3])}. Poster presentation, {m}, {y}."})
    for _ in range(n_oral):
        y = yr(); m = rng.choice(meetings)
        out.append({"kind": "oral", "year": y, "text": f"{title(ABS_T)}. Oral (free paper) presentation, {m}, {y}."})
    for _ in range(n_chapter):
        y = yr()
        out.append({"kind": "chapter", "year": y, "text": f"{_authors(rng, me, pool, rng.randint(1,3))}. {_cap(rng.choice(topics))}. In: {rng.choice(['Sharma R','Kumar V','Gómez L','Haddad N','Okafor C','Müller K'])}, ed. {rng.choice(['Textbook of Clinical Practice','Handbook of Hospital Medicine','Essentials of Postgraduate Medicine','Manual of Emergency Care'])}. {rng.randint(2,5)}th ed. {rng.choice(['Jaypee Brothers','Elsevier','Springer','Wolters Kluwer','Paras Medical'])}; {y}. p. {rng.randint(40,700)}-{rng.randint(701,760)}."})
    for _ in range(n_talk):
        y = yr(); m = rng.choice(meetings)
        out.append({"kind": "talk", "year": y, "text": f"\u201c{_cap(rng.choice(topics))}: {rng.choice(['where do we stand?','pearls and pitfalls','an update','a practical approach','the regional perspective'])}\u201d. Invited lecture, {m}, {y}."})
    for _ in range(n_letter):
        y = yr()
        out.append({"kind": "letter", "year": y, "text": f"{_authors(rng, me, pool, rng.randint(1,3))}. Comment on: {title(TEMPLATES)} [Letter]. {rng.choice(journals)}. {y};{rng.randint(3,68)}:{rng.randint(10,900)}."})
    for _ in range(n_submitted):
        out.append({"kind": "submitted", "year": y1, "text": f"{_authors(rng, me, pool)}. {title(TEMPLATES)}. Submitted to {rng.choice(journals)}."})
    for _ in range(n_prep):
        out.append({"kind": "in_prep", "year": y1, "text": f"{_authors(rng, me, pool)}. {title(TEMPLATES)}. Manuscript in preparation."})
    return out


def count_peer(items):
    return sum(1 for i in items if i["kind"] in PEER)


def by_kind(items, kinds, reverse=True):
    return sorted([i for i in items if i["kind"] in kinds], key=lambda i: i["year"], reverse=reverse)
