"""Deterministic generator of invented citation strings (counts are chosen by hand in people.py)."""
import random

SURN = ["Nguyen", "Schmidt", "Rossi", "Garcia", "Kim", "Chen", "Patel", "Okafor", "Novak", "Haddad",
        "Silva", "Yamamoto", "Ivanova", "Cohen", "Brown", "Miller", "Larsen", "Dubois", "Ahmed", "Kaya",
        "Moreno", "Fischer", "Lee", "Wang", "Sato", "Petrov", "Rahman", "O'Neil", "Kowalski", "Hughes"]
INIT = ["J", "A", "M", "K", "S", "L", "R", "T", "E", "H", "D", "P", "Y", "N", "C", "JH", "MA", "SK"]

TOPICS = {
 "cardio": ["cardiac fibroblast activation", "HFpEF outcomes", "atrial fibrillation ablation", "troponin kinetics",
            "SGLT2 inhibitor response", "myocardial inflammation", "left ventricular remodeling", "statin adherence",
            "coronary microvascular dysfunction", "cardiac amyloidosis screening", "endothelial NOTCH signaling"],
 "onc": ["KRAS-mutant colorectal cancer", "immune checkpoint blockade", "circulating tumor DNA", "CAR-T toxicity",
         "myeloid-derived suppressor cells", "BRCA-associated breast cancer", "tumor mutational burden",
         "acute myeloid leukemia relapse", "lymphoma minimal residual disease", "PARP inhibitor resistance"],
 "neuro": ["multiple sclerosis relapse", "glymphatic clearance", "post-stroke aphasia", "CSF neurofilament light",
           "migraine prophylaxis", "Parkinson disease progression", "thrombectomy outcomes", "epilepsy surgery",
           "amyloid PET positivity", "autoimmune encephalitis"],
 "rad": ["deep-learning lung nodule detection", "photon-counting CT", "prostate MRI PI-RADS", "radiomics of glioma",
         "contrast-induced nephropathy", "breast tomosynthesis recall", "liver elastography", "dual-energy CT gout"],
 "gi": ["intestinal stem cell niche", "hepatic stellate cell activation", "NAFLD fibrosis scores", "gut microbiome in IBD",
        "Barrett esophagus surveillance", "bile acid signaling", "colonic organoids", "pancreatic cyst follow-up"],
 "eye": ["retinal ganglion cell survival", "OCT angiography in diabetic retinopathy", "glaucoma progression",
         "myopia control in children", "anti-VEGF injection intervals", "corneal endothelial cell density",
         "retinal organoid differentiation", "choroidal thickness"],
 "id": ["HIV pre-exposure prophylaxis uptake", "tuberculosis treatment outcomes", "antimicrobial stewardship",
        "cryptococcal meningitis", "malaria rapid diagnostics", "hepatitis B vertical transmission",
        "COVID-19 vaccine effectiveness", "carbapenem-resistant Enterobacterales"],
 "peds": ["neonatal hypoglycemia", "Kawasaki disease coronary outcomes", "pediatric type 1 diabetes", "bronchiolitis admissions",
          "growth hormone therapy", "congenital hypothyroidism screening", "preterm infant nutrition", "childhood obesity"],
 "obgyn": ["postpartum hemorrhage", "preeclampsia prediction", "maternal near-miss", "cesarean surgical site infection",
           "antenatal care utilization", "obstetric fistula repair", "HPV self-sampling", "gestational diabetes"],
 "neph": ["APOL1 kidney disease", "acute kidney injury biomarkers", "peritoneal dialysis peritonitis", "podocyte injury",
          "kidney transplant rejection", "hyperkalemia management", "IgA nephropathy", "CKD progression"],
 "anes": ["postoperative delirium", "regional anesthesia in trauma", "ketamine analgesia", "ARDS ventilation",
          "sepsis fluid resuscitation", "perioperative troponin", "blast injury critical care", "ICU sedation"],
 "rheum": ["lupus nephritis", "rheumatoid arthritis cardiovascular risk", "giant cell arteritis", "systemic sclerosis ILD",
           "JAK inhibitor safety", "gout flare prophylaxis", "antiphospholipid syndrome", "spondyloarthritis imaging"],
 "nsurg": ["glioblastoma resection", "subarachnoid hemorrhage vasospasm", "spinal cord injury", "deep brain stimulation",
           "chronic subdural hematoma", "pituitary adenoma surgery", "traumatic brain injury"],
 "endo": ["brown adipose tissue", "beta-cell dedifferentiation", "thyroid nodule ultrasound", "GLP-1 receptor agonists",
          "adrenal incidentaloma", "insulin resistance in hepatocytes", "hypoglycemia unawareness", "osteoporosis screening"],
 "surg": ["pancreatoduodenectomy outcomes", "hernia mesh infection", "trauma laparotomy", "colorectal anastomotic leak",
          "robotic cholecystectomy", "surgical site infection bundles", "liver transplantation"],
 "derm": ["atopic dermatitis biologics", "melanoma dermoscopy", "hidradenitis suppurativa", "psoriasis comorbidity",
          "teledermatology triage"],
 "pulm": ["idiopathic pulmonary fibrosis", "COPD exacerbations", "nontuberculous mycobacteria", "alpha-1 antitrypsin deficiency",
          "interstitial lung abnormalities", "asthma biologics"],
 "psych": ["adolescent depression", "ketamine for treatment-resistant depression", "digital CBT", "first-episode psychosis",
           "burnout in medical students"],
}
JOURNALS = {
 "cardio": ["Circulation", "J Am Coll Cardiol", "JAMA Cardiol", "Eur Heart J", "Circ Res", "J Am Heart Assoc", "Cardiovasc Res"],
 "onc": ["J Clin Oncol", "Clin Cancer Res", "Cancer Res", "Blood", "Ann Oncol", "JCO Precis Oncol", "Oncologist"],
 "neuro": ["Neurology", "Ann Neurol", "Mult Scler", "J Neurol", "Stroke", "Brain", "Eur J Neurol"],
 "rad": ["Radiology", "Eur Radiol", "AJR Am J Roentgenol", "Invest Radiol", "Radiol Artif Intell"],
 "gi": ["Gastroenterology", "Hepatology", "Gut", "Cell Mol Gastroenterol Hepatol", "Am J Physiol Gastrointest Liver Physiol"],
 "eye": ["Ophthalmology", "Invest Ophthalmol Vis Sci", "JAMA Ophthalmol", "Am J Ophthalmol", "Br J Ophthalmol"],
 "id": ["Clin Infect Dis", "Lancet Infect Dis", "Open Forum Infect Dis", "J Infect Dis", "AIDS"],
 "peds": ["Pediatrics", "J Pediatr", "JAMA Pediatr", "Pediatr Res", "Horm Res Paediatr"],
 "obgyn": ["Obstet Gynecol", "BJOG", "Int J Gynaecol Obstet", "BMC Pregnancy Childbirth", "Ethiop J Health Sci"],
 "neph": ["J Am Soc Nephrol", "Kidney Int", "Clin J Am Soc Nephrol", "Am J Kidney Dis", "J Bras Nefrol"],
 "anes": ["Anesthesiology", "Br J Anaesth", "Crit Care Med", "Anesth Analg", "Ukr J Perioper Med"],
 "rheum": ["Arthritis Rheumatol", "Ann Rheum Dis", "Rheumatology (Oxford)", "J Rheumatol", "Lupus"],
 "nsurg": ["J Neurosurg", "Neurosurgery", "World Neurosurg", "Acta Neurochir"],
 "endo": ["Diabetes", "Cell Metab", "J Clin Endocrinol Metab", "Diabetologia", "Mol Metab"],
 "surg": ["Ann Surg", "JAMA Surg", "Br J Surg", "J Am Coll Surg", "Surgery"],
 "derm": ["J Am Acad Dermatol", "JAMA Dermatol", "Br J Dermatol"],
 "pulm": ["Am J Respir Crit Care Med", "Chest", "Eur Respir J", "Thorax"],
 "psych": ["JAMA Psychiatry", "Am J Psychiatry", "Acad Psychiatry", "Rev Bras Psiquiatr"],
}
CONF = {
 "cardio": ["American Heart Association Scientific Sessions", "ACC Annual Scientific Session", "ESC Congress"],
 "onc": ["ASCO Annual Meeting", "ESMO Congress", "ASH Annual Meeting", "AACR Annual Meeting"],
 "neuro": ["AAN Annual Meeting", "ECTRIMS", "International Stroke Conference"],
 "rad": ["RSNA Annual Meeting", "European Congress of Radiology", "ISMRM"],
 "gi": ["Digestive Disease Week", "AASLD The Liver Meeting", "UEG Week"],
 "eye": ["ARVO Annual Meeting", "AAO Annual Meeting", "Korean Ophthalmological Society Meeting"],
 "id": ["IDWeek", "CROI", "ECCMID"],
 "peds": ["Pediatric Academic Societies Meeting", "ENDO", "Japan Pediatric Society Annual Meeting"],
 "obgyn": ["ACOG Annual Clinical & Scientific Meeting", "FIGO World Congress", "ESOG Annual Conference"],
 "neph": ["ASN Kidney Week", "ERA Congress", "Congresso Brasileiro de Nefrologia"],
 "anes": ["ANESTHESIOLOGY Annual Meeting", "SCCM Critical Care Congress", "Euroanaesthesia"],
 "rheum": ["ACR Convergence", "EULAR Congress"],
 "nsurg": ["AANS Annual Scientific Meeting", "CNS Annual Meeting"],
 "endo": ["ADA Scientific Sessions", "ENDO", "EASD Annual Meeting"],
 "surg": ["ACS Clinical Congress", "Academic Surgical Congress"],
 "derm": ["AAD Annual Meeting", "SID Annual Meeting"],
 "pulm": ["ATS International Conference", "ERS Congress"],
 "psych": ["APA Annual Meeting", "Congresso Brasileiro de Psiquiatria"],
}
PREFIX = ["Association of", "Long-term outcomes of", "A randomized trial of", "Single-cell analysis of",
          "Sex differences in", "Predictors of", "Machine learning prediction of", "Role of",
          "Real-world effectiveness of", "Mechanisms of", "Multicenter cohort study of", "Trends in"]
SUFFIX = ["in a US cohort", "in adults", "after discharge", "in a murine model", "across 12 centers",
          ": a systematic review and meta-analysis", "in low-resource settings", "with patient outcomes",
          "during the COVID-19 pandemic", "in a prospective registry", ""]


def _authors(rng, me, pos=None, n=None, star=False):
    n = n or rng.randint(3, 8)
    names = [f"{rng.choice(SURN)} {rng.choice(INIT)}" for _ in range(n)]
    pos = rng.randint(0, n - 1) if pos is None else min(pos, n - 1)
    names[pos] = me + ("*" if star else "")
    if n > 6:
        names = names[:6] + ["et al"] if pos < 6 else names[:3] + ["et al"]
        if me not in " ".join(names):
            names[-2] = me
    return ", ".join(names)


def _title(rng, topic):
    t = f"{rng.choice(PREFIX)} {rng.choice(TOPICS[topic])} {rng.choice(SUFFIX)}".strip().replace(" :", ":")
    return t[0].upper() + t[1:]


def make(kind, n, me, topic, seed, years=(2016, 2026), pmid=True, doi=True):
    rng = random.Random(f"{seed}-{kind}")
    out = []
    for i in range(n):
        y = rng.randint(*years)
        au = _authors(rng, me, pos=0 if rng.random() < 0.4 else None, star=(kind == "article" and rng.random() < 0.15))
        ti = _title(rng, topic)
        j = rng.choice(JOURNALS[topic])
        if kind == "article":
            s = f"{au}. {ti}. {j}. {y};{rng.randint(3, 150)}({rng.randint(1, 12)}):{rng.randint(100, 2900)}-{rng.randint(2901, 2999)}."
            if doi and rng.random() < 0.8:
                s += f" doi:10.{rng.randint(1000, 1200)}/{j.split()[0].lower()}.{y}.{rng.randint(10000, 99999)}."
            if pmid and rng.random() < 0.85:
                s += f" PMID: {rng.randint(28000000, 41200000)}."
        elif kind == "inpress":
            s = f"{au}. {ti}. {j}. In press (accepted {rng.choice(['August', 'September', 'October', 'November'])} 2026)."
        elif kind == "submitted":
            s = f"{au}. {ti}. Submitted to {j}, 2026 (under review)."
        elif kind == "prep":
            s = f"{au}. {ti}. Manuscript in preparation."
        elif kind == "preprint":
            s = f"{au}. {ti}. {rng.choice(['medRxiv', 'bioRxiv', 'Research Square'])} [preprint]. {y}. doi:10.1101/{y}.{rng.randint(1, 12):02d}.{rng.randint(10, 28)}.{rng.randint(20000000, 29999999)}."
        elif kind in ("abstract", "poster", "oral"):
            c = rng.choice(CONF[topic])
            lab = {"abstract": "Abstract", "poster": "Poster presentation", "oral": "Oral presentation"}[kind]
            s = f"{au}. {ti}. {lab}, {c}, {y}."
        elif kind == "chapter":
            s = f"{au}. {ti.split(' in ')[0]}. In: {rng.choice(SURN)} {rng.choice(INIT)}, {rng.choice(SURN)} {rng.choice(INIT)}, eds. {rng.choice(['Textbook of', 'Handbook of', 'Principles of', 'Clinical Atlas of'])} {rng.choice(['Clinical Medicine', 'Translational Research', 'Internal Medicine', 'Critical Care'])}. {rng.choice(['Springer', 'Elsevier', 'Wiley', 'Thieme'])}; {y}:{rng.randint(10, 400)}-{rng.randint(401, 450)}."
        elif kind == "letter":
            s = f"{au}. {ti} [Letter to the Editor]. {j}. {y};{rng.randint(3, 150)}:{rng.randint(100, 999)}."
        out.append(s)
    return out


def label(items, style="num", start=1):
    res = []
    for k, s in enumerate(items, start):
        if style == "num":
            res.append(f"{k}. {s}")
        elif style == "bracket":
            res.append(f"[{k}] {s}")
        else:
            res.append(s)
    return res
