"""Shared content helpers: publication lists, referees, teaching, etc. Seeded, deterministic."""
import random

FIRST = ["Robert","Linda","Michael","Susan","David","Karen","James","Patricia","Thomas","Jennifer","Steven","Elizabeth",
         "Kevin","Laura","Brian","Rachel","Gregory","Megan","Daniel","Amy","Andrew","Nicole","Mark","Heather","Paul","Julie"]
LAST = ["Whitaker","Feldman","Okafor","Hansen","Brennan","Kowalski","Nguyen","Patterson","Goldberg","Morales","Ostrowski",
        "Lindqvist","Chandler","Abernathy","Tanaka","Reinholt","McAllister","Delgado","Fitzgerald","Sorensen","Blackwood",
        "Kaminski","Huang","Prescott","Valdez","Harrington","Lieberman","O'Donnell","Castellano","Weissman"]
INITS = ["JR","L","M","SK","D","K","JA","P","T","JM","S","E","KW","L","B","R","G","MA","D","A","AJ","N","M","H","P","JL"]

TOPICS = {
 "neph": ["APOL1 risk variants and {x} in {y}", "Urinary {x} as a biomarker of {y}", "Outcomes of {x} in patients with {y}",
          "Podocyte injury and {x}: insights from {y}", "SGLT2 inhibition and {x} in {y}", "Time to {x} after {y}"],
 "neph_x": ["kidney function decline","albuminuria","acute kidney injury","tubular injury","dialysis initiation","hyperkalemia"],
 "neph_y": ["diabetic kidney disease","a multiethnic cohort","hospitalized adults","kidney transplant recipients","IgA nephropathy","lupus nephritis"],
 "cardio": ["{x} in patients with {y}: a retrospective cohort", "Prognostic value of {x} in {y}", "Sex differences in {x} among {y}",
            "Cardiac magnetic resonance assessment of {x} in {y}", "{x} after {y}: a propensity-matched analysis", "Machine learning prediction of {x} in {y}"],
 "cardio_x": ["left ventricular remodeling","myocardial fibrosis","atrial fibrillation recurrence","all-cause mortality","global longitudinal strain","heart failure hospitalization"],
 "cardio_y": ["hypertrophic cardiomyopathy","transcatheter aortic valve replacement","cardiac amyloidosis","ST-elevation myocardial infarction","non-ischemic cardiomyopathy","Chagas cardiomyopathy"],
 "gi": ["{x} in {y}: a population-based study","Endoscopic assessment of {x} in {y}","Risk factors for {x} in {y}","Gut microbiome signatures of {x} in {y}","Long-term outcomes of {x} among {y}"],
 "gi_x": ["colorectal neoplasia","hepatic steatosis","Clostridioides difficile recurrence","Barrett's esophagus progression","variceal bleeding","fibrosis progression"],
 "gi_y": ["Hispanic adults","patients with cirrhosis","inflammatory bowel disease","young-onset colorectal cancer","metabolic dysfunction-associated steatotic liver disease","liver transplant candidates"],
 "hemonc": ["{x} in {y}","Clonal evolution and {x} in {y}","Real-world outcomes of {x} in {y}","Measurable residual disease and {x} in {y}","Targeting {x} in {y}"],
 "hemonc_x": ["venetoclax-based therapy","FLT3 inhibition","CAR T-cell therapy","treatment-free remission","BCL-2 dependence","early relapse"],
 "hemonc_y": ["acute myeloid leukemia","multiple myeloma","chronic lymphocytic leukemia","older adults with AML","diffuse large B-cell lymphoma","myelodysplastic syndromes"],
 "pulm": ["{x} in {y}","Mechanical power and {x} in {y}","Biomarkers of {x} in {y}","Prone positioning and {x} in {y}","Long-term {x} among survivors of {y}"],
 "pulm_x": ["ventilator-associated events","lung injury","mortality","diaphragm dysfunction","fibrotic progression","functional recovery"],
 "pulm_y": ["ARDS","COVID-19 pneumonia","idiopathic pulmonary fibrosis","septic shock","mechanically ventilated adults","critical illness"],
 "psych": ["{x} in {y}","Ketamine and {x} in {y}","Neural correlates of {x} in {y}","Digital phenotyping of {x} in {y}","Longitudinal course of {x} in {y}"],
 "psych_x": ["suicidal ideation","treatment-resistant depression","anhedonia","psychotic relapse","sleep disturbance","cognitive control"],
 "psych_y": ["adolescents","Latino immigrants","first-episode psychosis","bipolar disorder","major depressive disorder","veterans"],
 "id": ["{x} among {y}","Immunogenicity of {x} in {y}","Antimicrobial resistance and {x} in {y}","Outcomes of {x} in {y}","Pre-exposure prophylaxis and {x} in {y}"],
 "id_x": ["HIV viral suppression","yellow fever vaccination","carbapenem-resistant Enterobacterales","latent tuberculosis","dengue severity","cytomegalovirus reactivation"],
 "id_y": ["people living with HIV","solid organ transplant recipients","Brazilian adults","healthcare workers","men who have sex with men","hospitalized patients"],
 "fm": ["{x} in {y}","Team-based care and {x} in {y}","Telehealth and {x} among {y}","Deprescribing and {x} in {y}","Social determinants of {x} in {y}"],
 "fm_x": ["hypertension control","falls","polypharmacy","hospital readmission","frailty","advance care planning"],
 "fm_y": ["older adults","rural primary care","Filipino Americans","nursing home residents","community-dwelling elders","safety-net clinics"],
 "surg": ["{x} after {y}","Frailty and {x} in {y}","Enhanced recovery and {x} following {y}","Racial disparities in {x} after {y}","Minimally invasive approaches and {x} in {y}"],
 "surg_x": ["surgical site infection","anastomotic leak","30-day readmission","textbook outcome","postoperative mortality","failure to rescue"],
 "surg_y": ["pancreaticoduodenectomy","emergency general surgery","colectomy","hepatectomy","bariatric surgery","trauma laparotomy"],
 "neuro": ["{x} in {y}","Imaging markers of {x} in {y}","Thrombectomy and {x} in {y}","Blood biomarkers of {x} in {y}","Cognitive outcomes of {x} in {y}"],
 "neuro_x": ["small vessel disease","hemorrhagic transformation","functional independence","amyloid pathology","post-stroke cognitive impairment","tau accumulation"],
 "neuro_y": ["acute ischemic stroke","frontotemporal dementia","large vessel occlusion","Alzheimer disease","intracerebral hemorrhage","older adults"],
 "endo": ["{x} in {y}","GLP-1 receptor agonists and {x} in {y}","Beta-cell function and {x} in {y}","Continuous glucose monitoring and {x} in {y}","Adipose tissue {x} in {y}"],
 "endo_x": ["insulin resistance","glycemic variability","hypoglycemia","thyroid dysfunction","weight regain","diabetic ketoacidosis"],
 "endo_y": ["Mexican American adults","type 1 diabetes","gestational diabetes","obesity","youth-onset type 2 diabetes","prediabetes"],
 "rheum": ["{x} in {y}","Interferon signature and {x} in {y}","Cardiovascular risk and {x} in {y}","Ultrasound assessment of {x} in {y}","Biologic therapy and {x} in {y}"],
 "rheum_x": ["disease activity","lupus nephritis flares","erosive progression","interstitial lung disease","treatment persistence","pregnancy outcomes"],
 "rheum_y": ["systemic lupus erythematosus","rheumatoid arthritis","systemic sclerosis","Latin American patients","psoriatic arthritis","antiphospholipid syndrome"],
 "path": ["{x} in {y}","Digital pathology assessment of {x} in {y}","Molecular profiling of {x} in {y}","Interobserver variability of {x} in {y}","Immunohistochemical {x} in {y}"],
 "path_x": ["tumor budding","PD-L1 expression","mismatch repair deficiency","HER2-low status","lymphovascular invasion","tumor-infiltrating lymphocytes"],
 "path_y": ["colorectal carcinoma","breast cancer","gastric adenocarcinoma","endometrial carcinoma","thyroid neoplasms","soft tissue sarcoma"],
 "anes": ["{x} in {y}","Regional anesthesia and {x} after {y}","Intraoperative hypotension and {x} in {y}","Opioid-sparing analgesia and {x} after {y}","Delirium and {x} after {y}"],
 "anes_x": ["postoperative delirium","acute kidney injury","chronic postsurgical pain","opioid consumption","myocardial injury","recovery quality"],
 "anes_y": ["cardiac surgery","older adults","total knee arthroplasty","noncardiac surgery","spine surgery","cesarean delivery"],
 "peds": ["{x} in {y}","Respiratory syncytial virus and {x} in {y}","Early-life {x} in {y}","Antibiotic exposure and {x} in {y}","Outcomes of {x} in {y}"],
 "peds_x": ["bronchiolitis","wheezing","growth faltering","sepsis","asthma exacerbations","hospitalization"],
 "peds_y": ["infants","preterm children","Hispanic children","pediatric intensive care","school-age children","neonates"],
 "obgyn": ["{x} in {y}","Placental {x} in {y}","Aspirin prophylaxis and {x} in {y}","Maternal {x} and {y}","Postpartum {x} in {y}"],
 "obgyn_x": ["preeclampsia","preterm birth","hemorrhage","gestational weight gain","hypertensive disorders","fetal growth restriction"],
 "obgyn_y": ["nulliparous women","twin pregnancies","low-resource settings","women with obesity","immigrant women","high-altitude pregnancies"],
 "em": ["{x} in {y}","Point-of-care ultrasound for {x} in {y}","Emergency department {x} among {y}","Prehospital {x} in {y}","Time to {x} in {y}"],
 "em_x": ["sepsis recognition","boarding","chest pain","opioid overdose","antibiotic administration","trauma triage"],
 "em_y": ["older adults","the emergency department","rural hospitals","patients with syncope","pediatric patients","overcrowded emergency departments"],
 "im": ["{x} in {y}","Predictors of {x} in {y}","Hospital outcomes of {x} in {y}","Clinical characteristics of {x} in {y}","Management of {x} in {y}"],
 "im_x": ["hyponatremia","community-acquired pneumonia","readmission","delirium","venous thromboembolism","anemia"],
 "im_y": ["hospitalized adults","older patients","Egyptian patients","patients with cirrhosis","medical wards","the elderly"],
}
JOURNALS = {
 "neph": ["J Am Soc Nephrol","Kidney Int","Clin J Am Soc Nephrol","Am J Kidney Dis","Nephrol Dial Transplant","Kidney Int Rep","BMC Nephrol"],
 "cardio": ["J Am Coll Cardiol","Circ Cardiovasc Imaging","JACC Cardiovasc Imaging","Eur Heart J Cardiovasc Imaging","Am J Cardiol","Heart","Rev Esp Cardiol"],
 "gi": ["Gastroenterology","Am J Gastroenterol","Clin Gastroenterol Hepatol","Hepatology","Gut","Dig Dis Sci","Rev Gastroenterol Mex"],
 "hemonc": ["Blood","Leukemia","J Clin Oncol","Blood Adv","Haematologica","Cancer","Am J Hematol"],
 "pulm": ["Am J Respir Crit Care Med","Chest","Crit Care Med","Ann Am Thorac Soc","Eur Respir J","Respir Res","Intensive Care Med"],
 "psych": ["Am J Psychiatry","JAMA Psychiatry","Biol Psychiatry","J Affect Disord","Psychol Med","Depress Anxiety","Schizophr Res"],
 "id": ["Clin Infect Dis","J Infect Dis","Open Forum Infect Dis","AIDS","Vaccine","Lancet HIV","Rev Inst Med Trop Sao Paulo"],
 "fm": ["J Am Geriatr Soc","Ann Fam Med","J Gen Intern Med","Fam Med","J Am Board Fam Med","BMC Geriatr","Gerontologist"],
 "surg": ["JAMA Surg","Ann Surg","J Am Coll Surg","Surgery","J Gastrointest Surg","Am J Surg","World J Surg"],
 "neuro": ["Stroke","Neurology","Ann Neurol","JAMA Neurol","Alzheimers Dement","J Stroke Cerebrovasc Dis","Brain"],
 "endo": ["Diabetes Care","Diabetes","J Clin Endocrinol Metab","Diabetologia","Obesity (Silver Spring)","Endocr Pract","Thyroid"],
 "rheum": ["Arthritis Rheumatol","Ann Rheum Dis","Lupus","J Rheumatol","Rheumatology (Oxford)","Arthritis Care Res","Lupus Sci Med"],
 "path": ["Mod Pathol","Am J Surg Pathol","Histopathology","Arch Pathol Lab Med","Hum Pathol","J Clin Pathol","Virchows Arch"],
 "anes": ["Anesthesiology","Br J Anaesth","Anesth Analg","Reg Anesth Pain Med","J Clin Anesth","Can J Anaesth","Pain Med"],
 "peds": ["Pediatrics","J Pediatr","JAMA Pediatr","Pediatr Infect Dis J","Pediatr Pulmonol","Arch Dis Child","Acad Pediatr"],
 "obgyn": ["Obstet Gynecol","Am J Obstet Gynecol","BJOG","Hypertension","Placenta","J Matern Fetal Neonatal Med","Int J Gynaecol Obstet"],
 "em": ["Ann Emerg Med","Acad Emerg Med","Am J Emerg Med","J Emerg Med","West J Emerg Med","Resuscitation","Prehosp Emerg Care"],
 "im": ["J Hosp Med","Am J Med","Egypt J Intern Med","BMC Infect Dis","J Gen Intern Med","Medicine (Baltimore)","QJM"],
}
MEETINGS = {
 "neph": ["ASN Kidney Week","National Kidney Foundation Spring Clinical Meetings"],
 "cardio": ["ACC Scientific Session","AHA Scientific Sessions","SCMR Scientific Sessions","ESC Congress"],
 "gi": ["Digestive Disease Week (DDW)","AASLD The Liver Meeting","ACG Annual Scientific Meeting"],
 "hemonc": ["ASH Annual Meeting","ASCO Annual Meeting","EHA Congress"],
 "pulm": ["ATS International Conference","CHEST Annual Meeting","SCCM Critical Care Congress"],
 "psych": ["APA Annual Meeting","Society of Biological Psychiatry Annual Meeting","ACNP Annual Meeting"],
 "id": ["IDWeek","CROI","IAS Conference on HIV Science"],
 "fm": ["AGS Annual Scientific Meeting","STFM Annual Spring Conference","NAPCRG Annual Meeting"],
 "surg": ["ACS Clinical Congress","Academic Surgical Congress","SSAT at DDW"],
 "neuro": ["International Stroke Conference","AAN Annual Meeting","AAIC"],
 "endo": ["ADA Scientific Sessions","ENDO Annual Meeting","EASD Annual Meeting"],
 "rheum": ["ACR Convergence","EULAR Congress","PANLAR Congress"],
 "path": ["USCAP Annual Meeting","CAP Annual Meeting","ASCP Annual Meeting"],
 "anes": ["ANESTHESIOLOGY Annual Meeting (ASA)","ASRA Pain Medicine Meeting","IARS Annual Meeting"],
 "peds": ["Pediatric Academic Societies Meeting","IDWeek","AAP National Conference"],
 "obgyn": ["SMFM Pregnancy Meeting","ACOG Annual Clinical & Scientific Meeting","SRI Annual Scientific Meeting"],
 "em": ["SAEM Annual Meeting","ACEP Scientific Assembly","AHA Resuscitation Science Symposium"],
 "im": ["ACP Internal Medicine Meeting","SHM Converge","IDWeek"],
}
CITIES = ["Chicago, IL","San Diego, CA","Boston, MA","Washington, DC","New Orleans, LA","Philadelphia, PA","Orlando, FL",
          "San Francisco, CA","Atlanta, GA","Seattle, WA","Denver, CO","Nashville, TN"]
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]


def _title(rng, key, used):
    for _ in range(200):
        t = rng.choice(TOPICS[key]).format(x=rng.choice(TOPICS[key + "_x"]), y=rng.choice(TOPICS[key + "_y"]))
        t = t[0].upper() + t[1:]
        if t not in used:
            used.add(t)
            return t
    raise RuntimeError("out of titles")


def _authors(rng, me, pos=None, n=None):
    n = n or rng.randint(3, 8)
    pos = pos if pos is not None else rng.randint(0, min(n - 1, 3))
    names = []
    for i in range(n):
        if i == pos:
            names.append(me)
        else:
            names.append(f"{rng.choice(LAST)} {rng.choice(INITS)}")
    if n > 6:
        names = names[:6] + ["et al"]
        if me not in names:
            names[2] = me
    return ", ".join(names)


def make_pubs(seed, me, key, n_peer, n_abs, n_chap, n_sub, y0, y1):
    """Return dict of lists of citation strings."""
    rng = random.Random(seed)
    used = set()
    peer = []
    for i in range(n_peer):
        y = rng.randint(y0, y1)
        t = _title(rng, key, used)
        j = rng.choice(JOURNALS[key])
        vol = rng.randint(8, 150); iss = rng.randint(1, 12); pg = rng.randint(100, 2400)
        doi = f"10.{rng.randint(1000, 9999)}/{j.split()[0].lower()[:5]}.{y}.{rng.randint(10000, 99999)}"
        peer.append((y, f"{_authors(rng, me)}. {t}. {j}. {y};{vol}({iss}):{pg}-{pg + rng.randint(5, 14)}. doi:{doi}"))
    peer.sort(key=lambda x: -x[0])
    abstracts = []
    for i in range(n_abs):
        y = rng.randint(y0, y1)
        t = _title(rng, key, used)
        m = rng.choice(MEETINGS[key]); c = rng.choice(CITIES)
        kind = rng.choice(["Poster presentation", "Oral presentation", "Poster"])
        abstracts.append((y, f"{_authors(rng, me, pos=0)}. {t}. {kind}, {m}; {c}; {rng.choice(MONTHS)} {y}."))
    abstracts.sort(key=lambda x: -x[0])
    chapters = []
    for i in range(n_chap):
        y = rng.randint(y0, y1)
        t = _title(rng, key, used)
        chapters.append((y, f"{_authors(rng, me, n=rng.randint(2, 3))}. {t}. In: {rng.choice(LAST)} {rng.choice(INITS)}, ed. "
                            f"{rng.choice(['Clinical Handbook of', 'Principles of', 'Current Practice in', 'Textbook of'])} "
                            f"{rng.choice(['Internal Medicine', 'Translational Medicine', 'Clinical Research', 'Hospital Medicine'])}. "
                            f"{rng.choice(['Springer', 'Elsevier', 'Wolters Kluwer', 'McGraw Hill', 'Editorial Médica Panamericana'])}; {y}:{rng.randint(20, 400)}-{rng.randint(401, 420)}."))
    submitted = []
    for i in range(n_sub):
        t = _title(rng, key, used)
        submitted.append((y1, f"{_authors(rng, me, pos=0)}. {t}. {rng.choice(['Submitted to', 'Under review at', 'Manuscript submitted to'])} {rng.choice(JOURNALS[key])}, {y1}."))
    return {"peer": [c for _, c in peer], "abstracts": [c for _, c in abstracts],
            "chapters": [c for _, c in chapters], "submitted": [c for _, c in submitted]}


def referees(seed, n, insts):
    """Referees with their own titles and contacts (never the applicant's)."""
    rng = random.Random(seed + 7)
    out = []
    for i in range(n):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        inst, dom, city, area = insts[i % len(insts)]
        title = rng.choice(["Professor of Medicine", "Associate Professor", "Division Chief", "Program Director",
                            "Principal Investigator", "Professor and Vice Chair for Research", "Attending Physician"])
        em = f"{fn[0].lower()}{ln.lower().replace(chr(39), '')}@{dom}"
        import re as _re
        if _re.search(r", [A-Z]{2}$", city):
            ph = f"+1 ({area}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
        else:
            cc = {"Spain": "+34 9{} {} {}", "India": "+91 {}{} {}", "Manila": "+63 2 {} {}{}", "Philippines": "+63 2 {} {}{}",
                  "Brazil": "+55 21 {} {}{}", "Rio de Janeiro": "+55 21 {} {}{}", "Egypt": "+20 2 {} {}{}"}
            key = next((k for k in cc if k in city), None)
            a, b, c = rng.randint(10, 99), rng.randint(100, 999), rng.randint(100, 999)
            ph = cc[key].format(a, b, c) if key else f"+1 ({area}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
        out.append({"name": f"{fn} {ln}, MD, PhD" if rng.random() < 0.5 else f"{fn} {ln}, MD",
                    "title": title, "inst": inst, "city": city, "email": em, "phone": ph})
    return out


def teaching(seed, spec_word, n=4):
    rng = random.Random(seed + 3)
    pool = [f"Lecturer, journal club on {spec_word} research methods for visiting scholars",
            "Mentor to summer undergraduate research students (2–3 students per year)",
            "Teaching assistant, Introduction to Biostatistics with R (graduate course)",
            "Small-group facilitator, Clinical Reasoning course for second-year medical students",
            "Bedside teaching of interns and clerks (home-country residency)",
            "Invited lecturer, Good Clinical Practice (GCP) workshop for research coordinators",
            f"Organizer, monthly {spec_word} research-in-progress seminar",
            "Supervised 4 medical students' theses (home country)",
            "Instructor, Basic Life Support / ACLS courses (AHA-certified instructor)"]
    rng.shuffle(pool)
    return pool[:n]


def grants(seed, spec_word, n=3):
    rng = random.Random(seed + 5)
    pool = [f"Young Investigator Award, {spec_word} society annual meeting",
            f"Pilot Grant, Institutional Clinical and Translational Science Award (CTSA) — ${rng.randint(20, 60)},000 (Co-Investigator)",
            f"NIH T32 postdoctoral trainee support (institutional training grant in {spec_word})",
            "Travel Award, international scientific congress",
            f"Foundation research fellowship — ${rng.randint(40, 80)},000 / year (Principal Investigator)",
            "Best Poster Award, regional research day",
            "Dean's list / graduated with honors (medical school)",
            "Scholarship for postgraduate training abroad (home-country government program)"]
    rng.shuffle(pool)
    return pool[:n]
