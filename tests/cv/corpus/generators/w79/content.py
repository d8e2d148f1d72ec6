import random
from people import P
MON = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
MONF = ["January","February","March","April","May","June","July","August","September","October","November","December"]
ONGOING = {"present","ongoing","current"}

def fmt_ym(ym, style):
    if ym in ONGOING: return {0:"present",1:"Present",2:"ongoing",3:"current",4:"to date",5:"Present"}[style]
    y, m = int(ym[:4]), int(ym[5:])
    return [f"{MON[m-1]} {y}", f"{m:02d}/{y}", f"{y}.{m:02d}", f"{MONF[m-1]} {y}", f"{y}-{m:02d}", f"{MON[m-1]}. {y}"][style]

def fmt_range(s, e, style):
    if s == e:
        return fmt_ym(s, 3 if style != 1 else 1)
    if style == 3 and e not in ONGOING and s[:4] == e[:4]:
        return f"{MONF[int(s[5:])-1]}–{MONF[int(e[5:])-1]} {s[:4]}"
    sep = [" – ", " - ", " to ", "–", " to ", " - "][style]
    return fmt_ym(s, style) + sep + (fmt_ym(e, style) if e not in ONGOING else e.capitalize() if style % 2 else e)

TOPICS = {
 "Cardiology": ["transradial primary PCI","left ventricular thrombus after anterior STEMI","rheumatic mitral stenosis","heart failure with preserved ejection fraction","Chagas cardiomyopathy","troponin kinetics in NSTEMI","SGLT2 inhibitors in heart failure","atrial fibrillation in young adults"],
 "Obstetrics and Gynecology": ["postpartum haemorrhage","placenta accreta spectrum","gestational diabetes screening","eclampsia in tertiary care","caesarean scar pregnancy","misoprostol for induction of labour"],
 "General Surgery": ["typhoid ileal perforation","laparoscopic cholecystectomy in a low-resource setting","surgical site infection","breast cancer in young African women","abdominal trauma","hernia mesh repair"],
 "Gastroenterology": ["hepatitis C direct-acting antivirals","Helicobacter pylori eradication","upper GI bleeding","endoscopic ultrasound in pancreatic cysts","NAFLD in the Middle East","Barrett's oesophagus surveillance","ulcerative colitis outcomes"],
 "Pediatrics": ["steroid-resistant nephrotic syndrome","neonatal sepsis","acute kidney injury in the PICU","childhood hypertension","febrile seizures","severe acute malnutrition"],
 "Neurology": ["acute ischaemic stroke thrombolysis","drug-resistant epilepsy","multiple sclerosis disease-modifying therapy","post-stroke depression","status epilepticus","CADASIL"],
 "Hematology/Oncology": ["triple-negative breast cancer","neoadjuvant chemotherapy","febrile neutropenia","hypofractionated radiotherapy","HER2-positive breast cancer","cancer-associated thrombosis"],
 "Anesthesiology": ["ultrasound-guided regional anaesthesia","ARDS prone positioning","ketamine analgesia in combat trauma","difficult airway management","septic shock vasopressors"],
 "Endocrinology": ["type 2 diabetes during Ramadan","Graves' disease radioiodine","primary hyperparathyroidism","diabetic foot","insulin pump therapy","thyroid nodules"],
 "Infectious Disease": ["HIV/TB co-infection","Buruli ulcer","antimicrobial resistance","malaria in adults","cryptococcal meningitis","COVID-19 outcomes in West Africa"],
 "Psychiatry": ["treatment-resistant depression","ADHD in adolescents","bipolar disorder relapse","obsessive-compulsive disorder","methamphetamine-induced psychosis"],
 "Radiology": ["MRI of rectal cancer","LI-RADS in hepatocellular carcinoma","CT in acute pancreatitis","prostate MRI PI-RADS","contrast-enhanced ultrasound"],
 "Pathology": ["HER2 testing","lymphoma classification","cervical cytology","molecular profiling of lung adenocarcinoma","frozen section accuracy"],
 "Family Medicine": ["hypertension control in primary care","vitamin D deficiency","diabetes self-management","antibiotic prescribing","refugee health screening"],
 "Nephrology": ["diabetic kidney disease","peritoneal dialysis peritonitis","AKI in dengue","renal transplant outcomes","CKD of unknown aetiology"],
 "Pulmonology/Critical Care": ["COPD exacerbations","ventilator-associated pneumonia","pulmonary tuberculosis","asthma control","sepsis bundles"],
 "Rheumatology": ["rheumatoid arthritis biologics","systemic lupus erythematosus","ankylosing spondylitis","gout","systemic sclerosis"],
 "Emergency Medicine": ["chest pain triage","point-of-care ultrasound","trauma activation","sepsis recognition","toxicology"],
 "Internal Medicine": ["hyponatraemia","sepsis","anaemia in elderly"],
}
DESIGN = ["A prospective study of {t}","Outcomes of {t}: a retrospective cohort","{t}: a randomized controlled trial","Predictors of mortality in {t}","{t} – a single-centre experience","Cost-effectiveness of {t}","A systematic review and meta-analysis of {t}","Clinical profile of {t} in a tertiary hospital","Long-term follow-up of {t}","Case report: an unusual presentation of {t}"]
JOURN = {"IN":["Indian Heart J","J Assoc Physicians India","Indian J Pathol Microbiol","Natl Med J India"],"PK":["J Pak Med Assoc","J Coll Physicians Surg Pak","Pak J Med Sci"],
 "NG":["Niger J Clin Pract","West Afr J Med","Ann Afr Med"],"JO":["Saudi J Gastroenterol","Jordan Med J","Arab J Gastroenterol"],"CO":["Pediatr Nephrol","Iatreia","Rev Colomb Nefrol"],
 "PL":["Neurol Neurochir Pol","Eur J Neurol","Stroke"],"EG":["J Egypt Natl Canc Inst","Breast Cancer Res Treat","Ann Oncol"],"UA":["Wiad Lek","Crit Care","Eur J Anaesthesiol"],
 "MA":["Pan Afr Med J","Ann Endocrinol (Paris)","Diabetes Res Clin Pract"],"GH":["Ghana Med J","PLoS One","Am J Trop Med Hyg","Clin Infect Dis"],"IR":["Iran J Psychiatry","BMC Psychiatry","Asian J Psychiatr"],
 "RO":["Eur Radiol","Abdom Radiol (NY)","Rom J Morphol Embryol"],"BR":["Arq Bras Cardiol","Int J Cardiol","ESC Heart Fail"],"IQ":["Iraqi Postgrad Med J","East Mediterr Health J","BMC Fam Pract"],
 "BD":["Bangladesh Med Res Counc Bull","Nephrology (Carlton)","Kidney Int Rep"],"BG":["Rheumatol Int","Clin Rheumatol"],"MX":["Gac Med Mex","Rev Med Inst Mex Seguro Soc"]}
COAUTH = ["Kumar S","Ahmed N","Lee JH","Smith AB","Garcia M","Okonkwo C","Novak P","Rossi F","Haddad R","Patel V","Nguyen T","Silva R","Kowalski J","Mensah E","Hossain M"]

def surname_init(name):
    parts = name.replace("Md. ","").split()
    sur = parts[-1]
    if name.startswith("Carlos"): sur = "Mendes da Silva"
    if name.startswith("Ana Lucía"): sur = "Ramírez-Ochoa"
    if name.startswith("María"): sur = "Gutiérrez-Salazar"
    inits = "".join(p[0] for p in parts[:-1] if p[0].isalpha())
    if name.startswith("Carlos"): inits = "CE"
    return f"{sur} {inits}"

def pubs(p):
    """returns (peer list, other list of (category, text)); peer includes in-press/accepted (counted)."""
    rnd = random.Random(p["id"]*7919)
    sp = p["spec"][0]; tops = TOPICS.get(sp) + TOPICS.get(p["spec"][-1], [])
    me = surname_init(p["name"]); js = JOURN[p["cc"]] + ["BMJ Open","Cureus","Medicine (Baltimore)"]
    peer = []
    for i in range(p["npub"]):
        t = rnd.choice(DESIGN).format(t=rnd.choice(tops)); t = t[0].upper()+t[1:]
        au = rnd.sample(COAUTH, rnd.randint(1,4)); au.insert(rnd.randint(0,len(au)), me)
        yr = rnd.randint(max(p["grad"]+1, 2000), 2025)
        tail = f"{yr};{rnd.randint(3,68)}({rnd.randint(1,12)}):{rnd.randint(10,980)}-{rnd.randint(981,1200)}."
        if i == p["npub"]-1 and p["npub"] > 11: tail = "2026 (in press)."
        elif i == p["npub"]-2 and p["npub"] > 14: tail = "Accepted for publication, 2026."
        peer.append(f"{', '.join(au)}. {t}. {rnd.choice(js)}. {tail}")
    import re
    peer.sort(key=lambda s: (1, 0) if "press" in s or "Accepted" in s else (0, int(re.findall(r"\. (\d{4});", s)[-1])))
    other = []
    cats = ["Abstract","Poster","Book chapter","Oral presentation","Submitted","In preparation"]
    for i in range(p["nother"]):
        c = cats[i % len(cats)] if i < 6 else rnd.choice(cats[:4])
        t = rnd.choice(DESIGN).format(t=rnd.choice(tops)); t = t[0].upper()+t[1:]
        yr = rnd.randint(max(p["grad"]+2, 2003), 2025)
        if c == "Abstract": s = f"{me}, {rnd.choice(COAUTH)}. {t} [abstract]. {rnd.choice(js)}. {yr};{rnd.randint(5,60)}(Suppl {rnd.randint(1,3)}):S{rnd.randint(10,300)}."
        elif c == "Poster": s = f"{me}, {rnd.choice(COAUTH)}. {t}. Poster presented at the {rnd.choice(['ESC Congress','ACG Annual Meeting','World Congress of Nephrology','AAN Annual Meeting','RSNA','ASCO Annual Meeting','ECCMID','ACR Convergence','APA Annual Meeting'])}, {yr}."
        elif c == "Book chapter": s = f"{me}. Chapter {rnd.randint(3,28)}: {rnd.choice(tops).capitalize()}. In: {rnd.choice(['Textbook of Clinical Medicine','Handbook of Tropical Medicine','Postgraduate Review Series'])}, {rnd.choice(['2nd','3rd','4th','5th'])} ed. {rnd.choice(['Jaypee','Elsevier','Springer'])}; {yr}."
        elif c == "Oral presentation": s = f"{t}. Oral presentation, National {sp} Conference, {p['city']}, {yr}."
        elif c == "Submitted": s = f"{me}, {rnd.choice(COAUTH)}. {t}. Submitted to {rnd.choice(js)}, 2026."
        else: s = f"{me} et al. {t}. Manuscript in preparation."
        other.append((c, s))
    return peer, other

REFS = [("Prof. Dr. Steven J. Whitaker","Professor of Medicine","{usinst}","swhitaker@{usdom}","+1 216 555 0193"),
        ("Dr. Meera Krishnan, MD, FACP","Program Director","{usinst}","mkrishnan@{usdom}","+1 (212) 555-0177"),
        ("Prof. {homeprof}","Head of Department","{home}","{homemail}","{homeph}"),
        ("Dr. Alan P. Ferreira","Consultant","{home}","a.ferreira.md@gmail.com","+44 20 7946 0321")]
HOMEPROF = {"IN":("R. Subramanian","+91 44 2530 5000"),"PK":("Shabnam Rizvi","+92 21 9921 5740"),"NG":("Adebayo O. Adeniyi","+234 2 241 0088"),"JO":("Faris Al-Khatib","+962 6 535 3444"),
 "CO":("Jaime Restrepo Mejía","+57 4 219 6000"),"PL":("Anna Kamińska","+48 22 599 2000"),"EG":("Hesham El-Ghazaly","+20 2 2365 4060"),"UA":("Olena Shevchenko","+380 44 234 4062"),
 "MA":("Naïma Bennani","+212 537 67 28 71"),"GH":("Ama Owusu-Ansah","+233 30 266 5401"),"IR":("Mehdi Tehrani-Doost","+98 21 5541 2222"),"RO":("Mihai Ionescu","+40 21 318 0719"),
 "BR":("Ricardo Andrade Lima","+55 31 3409 9300"),"IQ":("Haider Al-Saadi","+964 770 123 4400"),"BD":("Harun-ur Rashid","+880 2 5516 5760"),"BG":("Rasho Rashkov","+359 2 952 0527"),"MX":("Guadalupe Rivas Ortega","+52 55 2789 2000")}

def referees(p, n=4):
    us = p["usce"][-1][5].split(",")[0]
    usdom = "".join(ch for ch in us.lower().split()[0] if ch.isalpha()) + ".org"
    hp, hph = HOMEPROF[p["cc"]]
    home = p["nonus"][0][1]
    out = []
    for t in REFS[:n]:
        out.append(tuple(x.format(usinst=p["usce"][-1][5], usdom=usdom, homeprof=hp, home=home,
                   homemail=hp.split()[-1].lower().replace("í","i").replace("ń","n")+"@"+p["cc"].lower()+"-univ.edu", homeph=hph) for x in t))
    return out

def build(p, style=0, refs=4, cont_number=False):
    """Generic section model. Returns dict(header=..., contact=[...], sections=[(title,[items])]).
    items: ('p',text) ('b',text) ('n',num,text)"""
    peer, other = pubs(p)
    contact = [f"Email: {p['email']}", f"Phone: {p['phone_disp']}", f"Address: {p['city']}"]
    pers = [f"Date of birth: {p['birth']}", f"Citizenship: {dict(IN='Indian',PK='Pakistani',NG='Nigerian',JO='Jordanian',CO='Colombian',PL='Polish',EG='Egyptian',UA='Ukrainian',MA='Moroccan',GH='Ghanaian',IR='Iranian',RO='Romanian',BR='Brazilian',IQ='Iraqi',BD='Bangladeshi',BG='Bulgarian',MX='Mexican')[p['cc']]}"]
    if p.get("visa_txt"): pers.append(f"Visa status: {p['visa_txt']}")
    secs = []
    sp = " and ".join(p["spec"])
    secs.append(("Career Objective", [("p", f"Senior clinician with {2026-p['grad']} years of post-qualification experience seeking a residency position in {sp} in the United States, building on prior US research training and recent clinical observerships.")]))
    secs.append(("Personal Details", [("b", x) for x in pers]))
    ed = [("b", f"{p['deg']} — {p['school']}, {p['school_city']} ({p['grad']})")] + [("b", x) for x in p["pg"]]
    secs.append(("Education & Qualifications", ed))
    ex = [("b", f"USMLE Step 1: {p['s1'] if p['s1']!='pass' else 'Pass'}"), ("b", f"USMLE Step 2 CK: {p['s2']}")]
    if p["s3"]: ex.append(("b", f"USMLE Step 3: {p['s3']}"))
    ex.append(("b", p["ecfmg_txt"]))
    ex.append(("b", "Practice: NBME CCSSA form 12 – 74%; UWSA2 – 251 (not official scores)" if p["id"] % 3 == 0 else "PLAB 1 passed (2011); OET Medicine grade B in all sub-tests" if p["id"] % 3 == 1 else "MRCP(UK) Part 1 passed; IELTS 7.5"))
    secs.append(("Examinations & Certification", ex))
    us = []
    for (ty, spc, st, s, e, inst, role) in p["usce"]:
        us.append(("b", f"{fmt_range(s, e, style)}: {role} — {inst}" + (" (research only, no patient contact)" if ty == "research" else "")))
    secs.append(("US Clinical & Research Experience", us))
    nu = [("b", f"{fmt_range(s, e, (style+1)%6)}: {r}, {i}") for (r, i, s, e) in p["nonus"]]
    nu.append(("b", f"{fmt_range(str(p['grad'])+'-02', str(p['grad']+1)+'-01', (style+2)%6)}: Rotating internship (house job), {p['school'].split(',')[0]}"))
    if p["id"] % 4 == 0: nu.append(("b", "Summer 2019: Clinical attachment, Toronto General Hospital, Toronto, ON, Canada"))
    if p["id"] % 4 == 1: nu.append(("b", "Aug–Sep 2013: Clinical attachment, Addenbrooke's Hospital, Cambridge, UK"))
    secs.append(("Professional Experience (outside the US)", nu))
    secs.append(("Teaching & Grants", [("b", f"Undergraduate & postgraduate teaching: bedside teaching, MCQ paper setting, supervisor of {3+p['id']%6} postgraduate theses"),
                                       ("b", f"Principal Investigator, institutional research grant ({2015+p['id']%9}), {dict(IN='INR 8 lakh',PK='PKR 1.2 million',EG='EGP 250,000',PL='PLN 140,000',BR='BRL 90,000',CO='COP 60 million',UA='UAH 300,000',RO='EUR 20,000',BG='BGN 30,000').get(p['cc'],'USD 15,000')}"),
                                       ("b", "Examiner, final professional MBBS/MD examinations")]))
    pubitems = [("n", i+1, t) for i, t in enumerate(peer)]
    secs.append((f"Peer-Reviewed Publications", pubitems))
    k = len(peer)
    cats = {}
    for c, t in other: cats.setdefault(c, []).append(t)
    for c in ["Book chapter","Abstract","Poster","Oral presentation","Submitted","In preparation"]:
        if c not in cats: continue
        title = {"Book chapter":"Book Chapters","Abstract":"Published Abstracts","Poster":"Posters","Oral presentation":"Presentations","Submitted":"Manuscripts Submitted / Under Review","In preparation":"Work in Progress"}[c]
        its = []
        for t in cats[c]:
            if cont_number: k += 1; its.append(("n", k, t))
            else: its.append(("b", t))
        secs.append((title, its))
    secs.append(("Interests", [("p", "Specialties of interest: " + ", ".join(p["spec"]) + ".")]))
    secs.append(("Languages", [("p", ", ".join(p["lang_txt"]))]))
    secs.append(("Memberships", [("b", "American College of Physicians (International Associate)" if p["id"]%2 else "European Society / national specialty society, life member"), ("b", "Member, national medical council (registered, full licence)")]))
    rr = referees(p, refs)
    secs.append(("Referees", [("p", f"{a}, {b}, {c}. Email: {d}. Tel: {e}") for a, b, c, d, e in rr]))
    return dict(name=p["name"], title=p["title"], alt=p.get("alt"), subtitle=f"{p['title']} {p['name']}, {p['deg'].split(' (')[0]}", contact=contact, sections=secs)

def truth(p, fname, layout, scan=False):
    ents = []
    for (ty, spc, st, s, e, inst, role) in p["usce"]:
        ents.append(dict(type=ty, specialty=spc, state=st, start=s, end=("2026-12" if e in ONGOING else e)))
    def months(es):
        ms = set()
        for x in es:
            y, m = int(x["start"][:4]), int(x["start"][5:]); ye, me = int(x["end"][:4]), int(x["end"][5:])
            while (y, m) <= (ye, me):
                ms.add((y, m)); m += 1
                if m == 13: y, m = y+1, 1
        return len(ms)
    d = dict(file=fname, layout=layout, full_name=p["name"], email=p["email"], phone_e164=p["e164"], medical_school=p["school"],
             medical_school_country=p["cc"], graduation_year=p["grad"], is_student=False, usmle_step1=p["s1"], usmle_step2ck=p["s2"], usmle_step3=p["s3"],
             ecfmg_status=p["ecfmg"], specialties=p["spec"], languages=p["langs"], visa_status=p["visa"], publications=p["npub"],
             usce_months=months(ents), usce_months_clinical=months([x for x in ents if x["type"] in ("hands_on","observership")]), usce_entries=ents)
    if scan: d["needs_ocr"] = True
    return d
