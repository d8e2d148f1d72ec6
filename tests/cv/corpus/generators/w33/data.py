# -*- coding: utf-8 -*-
"""Content of the w33 CVs: experienced IMGs re-entering US training.
Every person carries its truth fields; USCE entries and publication statuses are
the single source from which both the CV text and truth.jsonl are derived."""
import random

COUNTED = ("pub", "press")  # peer-reviewed published + accepted/in press


def mk_pubs(seed, me, coauth, conds, outcomes, journals, years, plan):
    """plan: list of statuses e.g. ['pub']*10+['press','review']"""
    r = random.Random(seed)
    designs = ["a retrospective cohort study", "a prospective observational study",
               "a single-centre randomized controlled trial", "a cross-sectional study",
               "a systematic review and meta-analysis", "a case series", "a multicentre registry analysis",
               "a propensity-matched analysis", "a quality-improvement initiative"]
    out = []
    for i, st in enumerate(plan):
        authors = r.sample(coauth, k=min(len(coauth), r.randint(2, 5)))
        authors.insert(r.randint(0, len(authors)), me)
        if len(authors) > 6:
            authors = authors[:6] + ["et al"]
        title = f"{r.choice(outcomes)} in {r.choice(conds)}: {r.choice(designs)}"
        title = title[0].upper() + title[1:]
        j = r.choice(journals)
        y = r.choice(years)
        vol, iss, p1 = r.randint(8, 160), r.randint(1, 12), r.randint(12, 2400)
        if st == "pub":
            doi = f"doi:10.{r.randint(1000, 9999)}/{j.split()[0].lower()[:5]}.{y}.{r.randint(10000, 99999)}"
            txt = f"{', '.join(authors)}. {title}. {j}. {y};{vol}({iss}):{p1}-{p1 + r.randint(4, 14)}. {doi}"
        elif st == "press":
            txt = f"{', '.join(authors)}. {title}. {j}. In press (accepted {r.choice(['Sep', 'Oct', 'Nov'])} 2026)."
        elif st == "review":
            txt = f"{', '.join(authors)}. {title}. Under review, {j}."
        elif st == "submitted":
            txt = f"{', '.join(authors)}. {title}. Submitted to {j}, 2026."
        else:
            txt = f"{', '.join(authors)}. {title}. Manuscript in preparation."
        out.append((st, y if st == "pub" else 9999, txt))
    out.sort(key=lambda t: -t[1])
    return [(s, t) for s, _, t in out]


def mk_posters(seed, me, coauth, conds, meetings, n):
    r = random.Random(seed)
    res = []
    for _ in range(n):
        a = r.sample(coauth, k=min(2, len(coauth))) + [me]
        r.shuffle(a)
        m, place = r.choice(meetings)
        y = r.randint(2013, 2026)
        res.append(f"{', '.join(a)}. {r.choice(['Clinical profile', 'Predictors of outcome', 'Audit of management', 'Trends over a decade', 'Real-world experience'])} "
                   f"of {r.choice(conds)}. Poster, {m} {y}, {place}.")
    return res


def usce_months(entries, clinical_only=False):
    months = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        ye, me_ = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me_):
            months.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(months)


PEOPLE = {}

# ---------------------------------------------------------------- 1 Pakistan IM
PEOPLE[1] = dict(
    full_name="Farah Naz Chaudhry", title="Dr.", alt_name=None,
    email="farah.chaudhry.md@gmail.com", phone_disp="+92 300 451 2783", phone_e164="+923004512783",
    address="House 41-B, Street 7, DHA Phase V, Lahore 54792, Pakistan",
    dob="14 August 1984", nationality="Pakistani",
    medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2009,
    primary_degree="MBBS, King Edward Medical University, Lahore, Pakistan (2003 – 2009)",
    postgrad=[("2015", "FCPS (Medicine), College of Physicians and Surgeons Pakistan, Karachi"),
              ("2017", "MRCP (UK), Royal Colleges of Physicians of the United Kingdom"),
              ("2010 – 2011", "House Job (Internship), Mayo Hospital, Lahore – Medicine & Surgery")],
    experience=[("Jan 2020 – present", "Consultant Physician / Assistant Professor of Medicine, Mayo Hospital & KEMU, Lahore"),
                ("2015 – 2018", "Senior Registrar, Medical Unit III, Mayo Hospital, Lahore"),
                ("2011 – 2015", "Postgraduate Resident (FCPS trainee), Internal Medicine, Services Hospital, Lahore")],
    usce=[dict(type="research", specialty="Internal Medicine", state="OH", start="2018-09", end="2019-08",
               date="09/2018 – 08/2019", text="Clinical Research Fellow, Department of Nephrology & Hypertension, Cleveland Clinic, Cleveland, Ohio (J-1 research scholar)"),
          dict(type="observership", specialty="Internal Medicine", state="MI", start="2025-03", end="2025-04",
               date="03/2025 – 04/2025", text="Clinical Observership, Internal Medicine (hospitalist service), Henry Ford Hospital, Detroit, MI")],
    other_clin=[("Jun 2017", "Clinical attachment, Acute Medicine, Royal Preston Hospital, UK (4 weeks)")],
    exams=["USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 248 (2024)", "ECFMG Certified (June 2024)", "PLAB 1 & 2: Passed (2017)", "OET Medicine: Grade A/B"],
    usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
    visa_disp="J-1 visa sponsorship (ECFMG) required",
    visa_status="j1",
    objective="Board-certified internist (FCPS, MRCP) seeking categorical Internal Medicine residency with long-term interest in Nephrology.",
    specialties=["Internal Medicine", "Nephrology"],
    lang_disp="English (fluent), Urdu (native), Punjabi (native)", languages=["English", "Urdu", "Punjabi"],
    pubs=mk_pubs(11, "Chaudhry FN", ["Iqbal M", "Rasheed A", "Nadeem S", "Khan AA", "Schold JD", "Nally JV", "Tariq H"],
                 ["chronic kidney disease", "acute kidney injury after cardiac surgery", "dengue fever", "diabetic nephropathy", "snake-bite envenomation", "hepatitis C-associated glomerulonephritis"],
                 ["Mortality and renal recovery", "Prevalence and risk factors", "Predictors of dialysis dependence", "Clinical outcomes", "Electrolyte derangements"],
                 ["J Pak Med Assoc", "Pak J Med Sci", "Kidney Int Rep", "Clin J Am Soc Nephrol", "Cureus", "J Coll Physicians Surg Pak", "BMC Nephrol"],
                 list(range(2013, 2026)), ["pub"] * 10 + ["press", "review", "prep"]),
    posters=mk_posters(12, "Chaudhry FN", ["Iqbal M", "Khan AA"], ["AKI in dengue", "hyperkalemia", "CKD-MBD"], [("ASN Kidney Week", "San Diego, CA"), ("APCON", "Lahore"), ("ISN WCN", "Melbourne")], 4),
    chapters=["Chaudhry FN, Iqbal M. Acute kidney injury in the tropics. In: Rasheed A (ed). Essentials of Clinical Nephrology, 2nd ed. Lahore: Paramount Books; 2021. p. 211-228."],
    talks=["'Hyponatremia made simple', CME lecture, KEMU Medicine Update, Lahore, Nov 2022", "'Dialysis access in resource-limited settings', PSN Annual Conference, Islamabad, 2023"],
    teaching=["Undergraduate clinical teaching, 4th & 5th year MBBS, KEMU (2018 – present)", "FCPS part II mock exam examiner, CPSP Lahore region (2021 – 2024)"],
    awards=["Gold medal in Medicine, Final Professional MBBS (2009)", "ISN Fellowship Award (2018)"],
    memberships=["Pakistan Society of Nephrology", "American College of Physicians (International Member)"],
    referees=[("Prof. Muhammad Iqbal, FRCP", "Professor of Medicine, King Edward Medical University, Lahore", "+92 42 99211145", "m.iqbal@kemu.edu.pk"),
              ("Joshua D. Schold, PhD", "Department of Quantitative Health Sciences, Cleveland Clinic, 9500 Euclid Ave, Cleveland, OH 44195", "+1 216 444 2200", "scholdj@ccf.org"),
              ("Dr. Amanda Reyes, MD", "Hospitalist, Henry Ford Hospital, Detroit, MI", "(313) 916-2600", "areyes4@hfhs.org")],
)

# ---------------------------------------------------------------- 2 India Pediatrics (H-1B research)
PEOPLE[2] = dict(
    full_name="Arjun Raghavan Menon", title="Dr.", alt_name=None,
    email="arjun.r.menon@outlook.com", phone_disp="(614) 302-7718", phone_e164="+16143027718",
    address="1180 Olentangy River Rd, Apt 3C, Columbus, OH 43212, USA",
    dob="02/11/1984", nationality="Indian",
    medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2008,
    primary_degree="MBBS – Kasturba Medical College, Manipal (Manipal University), Karnataka, India, 2002–2008 (incl. compulsory rotating internship)",
    postgrad=[("2009–2012", "MD (Pediatrics), Postgraduate Institute of Medical Education and Research (PGIMER), Chandigarh"),
              ("2013", "DNB (Pediatrics), National Board of Examinations, New Delhi"),
              ("2013–2015", "DM Senior Residency (Neonatology), AIIMS New Delhi — completed 2 years, left for US fellowship")],
    experience=[("2012–2015", "Senior Resident, Department of Pediatrics, AIIMS, New Delhi"),
                ("2019–2022", "Assistant Professor of Pediatrics, Amrita Institute of Medical Sciences, Kochi, Kerala")],
    usce=[dict(type="research", specialty="Pediatrics", state="OH", start="2016-01", end="2018-12",
               date="Jan 2016 – Dec 2018", text="Postdoctoral Research Fellow, Perinatal Institute, Cincinnati Children's Hospital Medical Center, Cincinnati, OH (J-1)"),
          dict(type="research", specialty="Pediatrics", state="OH", start="2022-04", end="2026-12",
               date="Apr 2022 – present", text="Research Scientist, Center for Perinatal Research, Nationwide Children's Hospital, Columbus, OH (H-1B)"),
          dict(type="observership", specialty="Pediatrics", state="OH", start="2024-10", end="2024-10",
               date="Oct 2024", text="Clinical Observer, Neonatal Intensive Care Unit, Nationwide Children's Hospital, Columbus, OH (4 weeks, concurrent with research post)")],
    other_clin=[],
    exams=["USMLE Step 1 — 231 (2015)", "USMLE Step 2 CK — 244 (2017)", "USMLE Step 2 CS — Pass (2018)", "USMLE Step 3 — 229 (2023)", "ECFMG certification — Certified, 2018"],
    usmle_step1=231, usmle_step2ck=244, usmle_step3=229, ecfmg_status="certified",
    visa_disp="H-1B (valid through 09/2027), cap-exempt employer", visa_status="h1b",
    objective="Neonatologist-trained pediatrician applying to categorical Pediatrics residency (PGY-1).",
    specialties=["Pediatrics"],
    lang_disp="English, Malayalam (native), Hindi, Tamil, Kannada (spoken)", languages=["English", "Malayalam", "Hindi", "Tamil", "Kannada"],
    pubs=mk_pubs(21, "Menon AR", ["Whitsett JA", "Kumar P", "Sankar MJ", "Agarwal R", "Rogers LK", "Deorari AK", "Paul VK", "Nelin LD"],
                 ["extremely preterm infants", "bronchopulmonary dysplasia", "neonatal sepsis", "hyperoxia-exposed neonatal mice", "late preterm neonates", "persistent pulmonary hypertension of the newborn"],
                 ["Surfactant protein expression", "Oxidative stress markers", "Long-term respiratory outcomes", "Early-onset sepsis", "Nutritional outcomes", "Lung inflammation"],
                 ["Indian Pediatr", "J Perinatol", "Am J Physiol Lung Cell Mol Physiol", "Pediatr Res", "JAMA Pediatr", "Neonatology", "Indian J Pediatr", "Front Pediatr"],
                 list(range(2011, 2026)), ["pub"] * 18 + ["press", "press", "review", "submitted"]),
    posters=mk_posters(22, "Menon AR", ["Rogers LK", "Nelin LD"], ["BPD", "neonatal hyperoxia", "NEC"], [("Pediatric Academic Societies (PAS) Meeting", "Toronto, ON"), ("PAS", "Washington, DC"), ("NEOCON", "Chennai")], 6),
    chapters=["Menon AR, Kumar P. Neonatal resuscitation. In: Gupte S (ed). Recent Advances in Pediatrics, Vol 24. New Delhi: Jaypee; 2015. p. 45-66.",
              "Menon AR, Rogers LK. Animal models of BPD. In: Bancalari E (ed). The Newborn Lung, 4th ed. Elsevier; 2024 (in press)."],
    talks=["Invited speaker, 'Oxygen toxicity in the preterm lung', Kerala PEDICON, Kochi, Jan 2020", "Grand Rounds, Department of Pediatrics, Ohio State University, March 2025"],
    teaching=["Mentor, summer undergraduate research program, Nationwide Children's (2023 – 2025)", "NRP instructor (AAP), 2017 – present"],
    awards=["PAS Young Investigator Award (2018)", "ICMR International Fellowship (2016)"],
    memberships=["American Academy of Pediatrics (International Affiliate)", "Indian Academy of Pediatrics (Life member L/2012/M-1184)"],
    referees=[("Lynette K. Rogers, PhD", "Principal Investigator, Center for Perinatal Research, Nationwide Children's Hospital, 575 Children's Crossroad, Columbus, OH 43215", "(614) 355-6725", "lynette.rogers@nationwidechildrens.org"),
              ("Prof. Praveen Kumar, MD, DM", "Head, Neonatology, PGIMER Chandigarh, India", "+91 172 275 6500", "drpkumarpgi@gmail.com")],
)

# ---------------------------------------------------------------- 3 Egypt Cardiology
PEOPLE[3] = dict(
    full_name="Mohamed Abdelaziz Elshazly", title="Dr.", alt_name="محمد عبد العزيز الشاذلي",
    email="m.elshazly.cardio@yahoo.com", phone_disp="+20 100 734 2219", phone_e164="+201007342219",
    address="12 El-Nozha St., Heliopolis, Cairo, Egypt",
    dob="1985", nationality="Egyptian",
    medical_school="Ain Shams University", medical_school_country="EG", graduation_year=2010,
    primary_degree="M.B.B.Ch. (Bachelor of Medicine and Surgery), Faculty of Medicine, Ain Shams University, Cairo — Sept 2003 – Sept 2010, grade: Excellent with Honours",
    postgrad=[("2011 – 2012", "Internship (house officer year), Ain Shams University Hospitals"),
              ("2014", "M.Sc. Cardiology, Ain Shams University"),
              ("2019", "M.D. (Doctorate) Cardiology, Ain Shams University — thesis: 'Strain imaging after primary PCI'"),
              ("2020", "European Certification in Echocardiography (EACVI TTE)")],
    experience=[("2012 – 2015", "Resident of Cardiology, Ain Shams University Hospitals, Cairo"),
                ("2015 – 2019", "Assistant Lecturer of Cardiology, Faculty of Medicine, Ain Shams University"),
                ("2019 – Present", "Lecturer (Assistant Professor) of Cardiology, Ain Shams University; interventional cardiology consultant, Dar Al Fouad Hospital")],
    usce=[dict(type="observership", specialty="Cardiology", state="NY", start="2023-07", end="2023-08",
               date="July – August 2023", text="Observership in Interventional Cardiology, Mount Sinai Hospital, New York, NY"),
          dict(type="hands_on", specialty="Internal Medicine", state="NJ", start="2025-01", end="2025-03",
               date="Jan – Mar 2025", text="Hands-on Clinical Externship, Internal Medicine, Saint Michael's Medical Center, Newark, NJ")],
    other_clin=[("2018", "Visiting fellow, cath lab, Hôpital Bichat, Paris, France (6 weeks)")],
    exams=["USMLE Step 1: PASS", "USMLE Step 2 CK: 239", "OET: pending (scheduled Jan 2027)", "ECFMG certification: pending OET pathway"],
    usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending",
    visa_disp="B1/B2 visitor visa (valid until 2028)", visa_status="b1b2",
    objective="Interventional cardiologist seeking Internal Medicine residency as the pathway to US cardiology fellowship.",
    specialties=["Internal Medicine", "Cardiology"],
    lang_disp="Arabic (mother tongue); English (C1); French (B1)", languages=["Arabic", "English", "French"],
    pubs=mk_pubs(31, "Elshazly MA", ["Abdelhamid M", "Saad A", "Nassar Y", "Elbadry M", "Kamal D", "Youssef G"],
                 ["ST-elevation myocardial infarction", "rheumatic mitral stenosis", "hypertrophic cardiomyopathy", "patients undergoing primary PCI", "Egyptian patients with heart failure"],
                 ["Global longitudinal strain", "Left ventricular remodeling", "No-reflow phenomenon", "In-hospital outcomes", "Contrast-induced nephropathy"],
                 ["Egypt Heart J", "Echocardiography", "Int J Cardiol", "Catheter Cardiovasc Interv", "Cardiovasc Revasc Med", "Egypt J Hosp Med"],
                 list(range(2014, 2026)), ["pub"] * 8 + ["press", "review", "review"]),
    posters=mk_posters(32, "Elshazly MA", ["Saad A", "Nassar Y"], ["no-reflow", "LV thrombus", "strain after STEMI"], [("EuroPCR", "Paris"), ("ESC Congress", "Amsterdam"), ("CardioEgypt", "Cairo")], 5),
    chapters=[],
    talks=["Invited speaker, 'Imaging-guided PCI', CardioAlex 2022, Alexandria"],
    teaching=["Lecturer, undergraduate cardiology module (2015 – present)", "Supervisor of 6 M.Sc. theses"],
    awards=["Best young investigator abstract, CardioEgypt 2018"],
    memberships=["Egyptian Society of Cardiology", "European Society of Cardiology (Professional member)"],
    referees=[("Prof. Yasser Nassar", "Professor of Cardiology, Ain Shams University, Cairo", "+20 122 318 4471", "y.nassar@med.asu.edu.eg"),
              ("Dr. Samin K. Sharma, MD", "Director of Interventional Cardiology, Mount Sinai Hospital, One Gustave L. Levy Place, New York, NY 10029", "212-241-4021", "samin.sharma@mountsinai.org")],
)

# ---------------------------------------------------------------- 4 Iran Neurology
PEOPLE[4] = dict(
    full_name="Seyedeh Maryam Hosseini", title="Dr.", alt_name="سیده مریم حسینی",
    email="maryam.hosseini.neuro@gmail.com", phone_disp="+1 617 739 0193", phone_e164="+16177390193",
    address="45 Beacon Street, Unit 2, Brookline, MA 02446",
    dob="21.03.1982", nationality="Iranian; U.S. permanent resident",
    medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2007,
    primary_degree="Doctor of Medicine (MD), Tehran University of Medical Sciences, School of Medicine, Tehran, Iran, 2000–2007",
    postgrad=[("2009–2013", "Residency in Neurology, Tehran University of Medical Sciences (Iranian Board of Neurology, 2013)"),
              ("2013–2015", "Clinical Fellowship, Multiple Sclerosis and Neuroimmunology, Sina Hospital, Tehran"),
              ("2016–2017", "MPH, Johns Hopkins Bloomberg School of Public Health, Baltimore, MD")],
    experience=[("2007–2009", "General practitioner (mandatory service), Rural Health Center, Kerman Province"),
                ("2015–2016", "Attending Neurologist, Sina Hospital, Tehran")],
    usce=[dict(type="research", specialty="Neurology", state="MA", start="2017-09", end="2020-08",
               date="2017.09 – 2020.08", text="Research Fellow, MGH Multiple Sclerosis Center, Massachusetts General Hospital / Harvard Medical School, Boston, MA"),
          dict(type="observership", specialty="Neurology", state="MA", start="2025-06", end="2025-06",
               date="2025.06", text="Observership, Inpatient Neurology and Stroke Service, Beth Israel Deaconess Medical Center, Boston, MA")],
    other_clin=[],
    exams=["USMLE Step 1: 246", "USMLE Step 2 CK: 252", "USMLE Step 3: scheduled February 2027", "ECFMG: certified (2019)"],
    usmle_step1=246, usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified",
    visa_disp="Lawful permanent resident (Green Card, EB-2 NIW, 2023)", visa_status="green_card",
    objective="Neurologist and MS researcher seeking a Neurology residency position.",
    specialties=["Neurology"],
    lang_disp="Farsi (native), English (fluent), Azerbaijani (conversational)", languages=["Persian", "English", "Azerbaijani"],
    pubs=mk_pubs(41, "Hosseini SM", ["Sahraian MA", "Naser Moghadasi A", "Weiner HL", "Chitnis T", "Healy BC", "Eskandarieh S", "Kaufmann M"],
                 ["relapsing-remitting multiple sclerosis", "neuromyelitis optica spectrum disorder", "pediatric-onset MS", "Iranian patients with MS", "clinically isolated syndrome"],
                 ["Serum neurofilament light chain", "Vitamin D status", "Disease-modifying therapy switching", "Cognitive impairment", "MRI lesion burden", "COVID-19 vaccine response"],
                 ["Mult Scler Relat Disord", "Mult Scler", "Neurology", "Ann Neurol", "Iran J Neurol", "J Neuroimmunol", "Front Neurol", "Curr J Neurol"],
                 list(range(2010, 2026)), ["pub"] * 23 + ["press", "press", "review", "prep", "prep"]),
    posters=mk_posters(42, "Hosseini SM", ["Healy BC", "Chitnis T"], ["NfL in MS", "NMOSD", "pediatric MS"], [("ECTRIMS", "Stockholm"), ("AAN Annual Meeting", "Philadelphia, PA"), ("ACTRIMS Forum", "West Palm Beach, FL")], 7),
    chapters=["Hosseini SM, Sahraian MA. Multiple sclerosis in the Middle East. In: Neuroepidemiology Handbook. Springer; 2019. p. 301-318."],
    talks=["Invited talk, 'Biomarkers in MS', Iranian Congress of Neurology, Tehran, 2021 (virtual)"],
    teaching=["Teaching assistant, Epidemiologic Methods 1, Johns Hopkins (2017)", "Resident teaching, TUMS Neurology (2015–2016)"],
    awards=["ECTRIMS research fellowship (2018)", "National Elites Foundation award (2006)"],
    memberships=["American Academy of Neurology", "Iranian Neurological Association"],
    referees=[("Tanuja Chitnis, MD", "Professor of Neurology, Harvard Medical School; Brigham MS Center, 60 Fenwood Rd, Boston, MA 02115", "617-732-8500", "tchitnis@bwh.harvard.edu"),
              ("Prof. Mohammad Ali Sahraian", "MS Research Center, Sina Hospital, Tehran", "+98 21 6634 8571", "msahrai@tums.ac.ir")],
)

# ---------------------------------------------------------------- 5 Iraq Surgery (no phone)
PEOPLE[5] = dict(
    full_name="Haider Abdulkareem Al-Jubouri", title="Dr.", alt_name="حيدر عبد الكريم الجبوري",
    email="haider.aljubouri.surg@gmail.com", phone_disp=None, phone_e164=None,
    address="Al-Mansour, Baghdad, Iraq — currently residing in Dubai, UAE",
    dob="5 May 1982", nationality="Iraqi",
    medical_school="University of Baghdad College of Medicine", medical_school_country="IQ", graduation_year=2006,
    primary_degree="MBChB, University of Baghdad College of Medicine, Baghdad, Iraq (graduated July 2006)",
    postgrad=[("2006 – 2008", "Rotating residency (internship), Baghdad Medical City"),
              ("2009 – 2013", "Arab Board of Health Specializations (CABMS) — General Surgery, Certificate 2013"),
              ("2015", "MRCS, Royal College of Surgeons of Edinburgh")],
    experience=[("2013 – 2018", "Specialist General Surgeon, Al-Yarmouk Teaching Hospital, Baghdad"),
                ("2018 – present", "Specialist Surgeon (Upper GI & Bariatrics), Rashid Hospital, Dubai Health, UAE")],
    usce=[dict(type="observership", specialty="General Surgery", state="TX", start="2024-09", end="2024-10",
               date="September–October 2024", text="Surgical Observership, Department of Surgery, Houston Methodist Hospital, Houston, TX")],
    other_clin=[("Apr 2023", "Observership, Minimally Invasive Surgery, Toronto Western Hospital, Toronto, ON, Canada (4 weeks)")],
    exams=["USMLE Step 1 – Pass", "USMLE Step 2 CK – 236", "ECFMG – Certified (2025)", "DHA licence (Specialist General Surgery)"],
    usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
    visa_disp="B1/B2 (multiple entry)", visa_status="b1b2",
    objective="General surgeon with 13 years of post-graduation practice applying for General Surgery residency; also interested in Neurosurgery research.",
    specialties=["General Surgery"],
    lang_disp="Arabic — native; English — fluent; Kurdish (Sorani) — basic", languages=["Arabic", "English", "Kurdish"],
    pubs=mk_pubs(51, "Al-Jubouri HA", ["Al-Saadi AM", "Hussein KA", "Al-Ani MJ", "Mahmood SF", "Rahman F"],
                 ["blast abdominal injuries", "laparoscopic sleeve gastrectomy", "acute appendicitis in pregnancy", "hydatid disease of the liver", "perforated peptic ulcer"],
                 ["Postoperative complications", "Management outcomes", "Length of stay", "Surgical site infection"],
                 ["Obes Surg", "World J Surg", "Iraqi Postgrad Med J", "Ann Med Surg (Lond)", "Int J Surg Case Rep", "J Fac Med Baghdad"],
                 list(range(2012, 2026)), ["pub"] * 8 + ["review", "prep"]),
    posters=mk_posters(52, "Al-Jubouri HA", ["Rahman F"], ["sleeve leak", "hydatid cyst"], [("IFSO World Congress", "Naples"), ("Emirates Surgical Congress", "Dubai")], 3),
    chapters=[],
    talks=["Panelist, 'Trauma care in conflict zones', Arab Surgical Congress, Amman, 2017"],
    teaching=["Clinical tutor, Dubai Medical College surgical clerkship (2019 – present)"],
    awards=[],
    memberships=["Iraqi Association of Surgeons", "IFSO member"],
    referees=[("Dr. Kareem A. Hussein, FRCS", "Consultant Surgeon, Rashid Hospital, Dubai, UAE", "+971 4 219 2000", "kahussein@dha.gov.ae"),
              ("Dr. Patricia Lowe, MD, FACS", "Department of Surgery, Houston Methodist Hospital, 6550 Fannin St, Houston, TX 77030", "(713) 790-3311", "plowe@houstonmethodist.org")],
)

# ---------------------------------------------------------------- 6 Syria Endocrinology (contacts only in footer)
PEOPLE[6] = dict(
    full_name="Nour Al-Huda Kassab", title="Dr.", alt_name=None,
    email="nour.kassab.md@gmx.de", phone_disp="+49 1523 7764102", phone_e164="+4915237764102",
    address="Schillerstraße 18, 39108 Magdeburg, Germany",
    dob="1987", nationality="Syrian / German",
    medical_school="Damascus University", medical_school_country="SY", graduation_year=2012,
    primary_degree="Doctor of Medicine (MD), Faculty of Medicine, Damascus University, Syria — 2006 to 2012",
    postgrad=[("2012–2015", "Residency in Internal Medicine, Al-Mouwasat University Hospital, Damascus (Syrian Board — interrupted)"),
              ("2021", "Facharzt für Innere Medizin (German Board Certification in Internal Medicine), Ärztekammer Sachsen-Anhalt"),
              ("2024", "Zusatzbezeichnung / specialty training in Endocrinology and Diabetology (ongoing)")],
    experience=[("2016–2021", "Assistenzärztin, Internal Medicine, Universitätsklinikum Magdeburg, Germany"),
                ("2021–present", "Fachärztin, Endocrinology & Diabetology, Universitätsklinikum Magdeburg")],
    usce=[dict(type="observership", specialty="Endocrinology", state="MN", start="2024-09", end="2024-11",
               date="Sept–Nov 2024", text="Clinical Observership, Division of Endocrinology, Diabetes, Metabolism & Nutrition, Mayo Clinic, Rochester, MN"),
          dict(type="telehealth", specialty="Endocrinology", state="CT", start="2025-01", end="2025-02",
               date="Jan–Feb 2025", text="Telehealth clinical elective (virtual diabetes clinic), Yale New Haven Health, New Haven, CT")],
    other_clin=[],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 241", "USMLE Step 3: 218", "ECFMG certified (2024)"],
    usmle_step1="pass", usmle_step2ck=241, usmle_step3=218, ecfmg_status="certified",
    visa_disp="Requires J-1 (ECFMG sponsored)", visa_status="j1",
    objective="Internal Medicine residency, followed by fellowship in Endocrinology, Diabetes and Metabolism.",
    specialties=["Internal Medicine", "Endocrinology"],
    lang_disp="Arabic (native), German (C2), English (C1)", languages=["Arabic", "German", "English"],
    pubs=mk_pubs(61, "Kassab NA", ["Schott M", "Müller T", "Al-Masri H", "Weber K", "Lange S"],
                 ["type 2 diabetes", "refugees with diabetes", "primary hyperaldosteronism", "thyroid nodules", "adrenal incidentalomas"],
                 ["Glycemic control", "Screening yield", "Continuous glucose monitoring", "Diagnostic accuracy"],
                 ["Exp Clin Endocrinol Diabetes", "Dtsch Med Wochenschr", "Endocr Connect", "J Clin Endocrinol Metab", "Diabetes Res Clin Pract", "Horm Metab Res"],
                 list(range(2017, 2026)), ["pub"] * 9 + ["press", "submitted"]),
    posters=mk_posters(62, "Kassab NA", ["Schott M"], ["CGM in ramadan fasting", "adrenal incidentaloma"], [("DDG Diabetes Kongress", "Berlin"), ("ENDO", "Chicago, IL"), ("ECE", "Istanbul")], 4),
    chapters=[],
    talks=["'Diabetes care in Syrian refugees', DDG Herbsttagung, Leipzig, 2022"],
    teaching=["Lecturer, practical course Internal Medicine for medical students, Otto-von-Guericke-Universität Magdeburg (2019–present)"],
    awards=["DDG travel grant (2023)"],
    memberships=["Deutsche Gesellschaft für Endokrinologie", "Endocrine Society"],
    referees=[("Prof. Dr. med. Matthias Schott", "Universitätsklinikum Magdeburg, Leipziger Str. 44, 39120 Magdeburg", "+49 391 67 13200", "matthias.schott@med.ovgu.de"),
              ("Dr. Ellen Thompson", "Consultant Endocrinologist, Mayo Clinic, 200 First St SW, Rochester, MN 55905", "+1 507 284 2511", "thompson.ellen@mayo.edu")],
)

# ---------------------------------------------------------------- 7 Nigeria Psychiatry (sidebar)
PEOPLE[7] = dict(
    full_name="Oluwaseun Adebayo Adeyemi", title="Dr.", alt_name=None,
    email="seun.adeyemi.psych@gmail.com", phone_disp="+234 803 412 7765", phone_e164="+2348034127765",
    address="14 Adeola Odeku Street, Victoria Island, Lagos, Nigeria",
    dob="12-Jun-1983", nationality="Nigerian",
    medical_school="University of Ibadan College of Medicine", medical_school_country="NG", graduation_year=2008,
    primary_degree="MBBS, College of Medicine, University of Ibadan, Nigeria (2001–2008)",
    postgrad=[("2008–2009", "Housemanship, University College Hospital (UCH), Ibadan"),
              ("2011–2017", "Residency in Psychiatry, Neuropsychiatric Hospital, Aro, Abeokuta"),
              ("2017", "FWACP (Psychiatry), West African College of Physicians"),
              ("2019–2020", "MSc Global Mental Health, King's College London, UK")],
    experience=[("2017–present", "Consultant Psychiatrist, Federal Neuropsychiatric Hospital, Yaba, Lagos"),
                ("2009–2010", "NYSC Medical Officer, General Hospital, Katsina")],
    usce=[dict(type="observership", specialty="Psychiatry", state="GA", start="2023-05", end="2023-06",
               date="May 2023 – Jun 2023", text="Observership, Adult Inpatient Psychiatry, Grady Memorial Hospital / Emory University, Atlanta, GA"),
          dict(type="hands_on", specialty="Psychiatry", state="NY", start="2025-02", end="2025-04",
               date="Feb 2025 – Apr 2025", text="Clinical Externship (hands-on), Psychiatry, Brookdale Hospital Medical Center, Brooklyn, NY")],
    other_clin=[],
    exams=["USMLE Step 1 — Pass", "USMLE Step 2 CK — 233", "ECFMG — Certified"],
    usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified",
    visa_disp="B1/B2", visa_status="b1b2",
    objective="Consultant psychiatrist seeking PGY-1 Psychiatry residency; interests in addiction and child psychiatry.",
    specialties=["Psychiatry"],
    lang_disp="English, Yoruba, Nigerian Pidgin", languages=["English", "Yoruba", "Nigerian Pidgin"],
    pubs=mk_pubs(71, "Adeyemi OA", ["Gureje O", "Ogunwale A", "Adewuya AO", "Oladeji BD", "Ola BA", "Thornicroft G"],
                 ["Nigerian adolescents", "first-episode psychosis", "substance use disorders", "perinatal depression", "tramadol misuse among young adults"],
                 ["Prevalence and correlates", "Duration of untreated psychosis", "Treatment gap", "Stigma and help-seeking"],
                 ["Niger Postgrad Med J", "BJPsych Open", "S Afr J Psychiatry", "Soc Psychiatry Psychiatr Epidemiol", "Afr J Psychiatry", "Lancet Psychiatry"],
                 list(range(2014, 2026)), ["pub"] * 10 + ["press", "prep"]),
    posters=mk_posters(72, "Adeyemi OA", ["Ola BA"], ["tramadol misuse", "perinatal depression"], [("APA Annual Meeting", "San Francisco, CA"), ("WPA World Congress", "Bangkok")], 3),
    chapters=["Adeyemi OA, Gureje O. Psychiatry in sub-Saharan Africa. In: Oxford Textbook of Global Mental Health. Oxford University Press; 2022."],
    talks=["Invited talk, 'Drug abuse in Nigerian youth', APN Conference, Abuja, 2021"],
    teaching=["Honorary Lecturer, Lagos State University College of Medicine (2018–present)"],
    awards=["Commonwealth Shared Scholarship (2019)"],
    memberships=["Association of Psychiatrists in Nigeria", "American Psychiatric Association (International Member)"],
    referees=[("Prof. Oye Gureje", "Department of Psychiatry, University College Hospital, Ibadan", "+234 802 345 6112", "ogureje@comui.edu.ng"),
              ("Dr. Michael T. Compton, MD", "Department of Psychiatry, Emory University, Atlanta, GA 30303", "404-616-2790", "mcompton@emory.edu")],
)

# ---------------------------------------------------------------- 8 Ukraine Anesthesiology
PEOPLE[8] = dict(
    full_name="Olena Kovalenko", title="Dr.", alt_name="Олена Коваленко",
    email="olena.kovalenko.md@proton.me", phone_disp="+1 (412) 608-2294", phone_e164="+14126082294",
    address="5530 Penn Ave, Pittsburgh, PA 15206",
    dob="1986", nationality="Ukrainian",
    medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2010,
    primary_degree="Specialist degree in General Medicine (equivalent to MD), Bogomolets National Medical University, Kyiv, Ukraine, 2004–2010",
    postgrad=[("2010–2012", "Internship (Інтернатура), Anesthesiology and Intensive Care, Kyiv City Clinical Hospital No. 17"),
              ("2016", "Candidate of Medical Sciences (PhD), Shupyk National Healthcare University of Ukraine")],
    experience=[("2012–2022", "Anesthesiologist–Intensivist, Kyiv City Clinical Hospital No. 17; Head of ICU from 2018"),
                ("Mar 2022 – Sep 2022", "Volunteer anesthesiologist, mobile surgical team, Kharkiv region")],
    usce=[dict(type="observership", specialty="Anesthesiology", state="PA", start="2023-10", end="2023-12",
               date="10.2023 – 12.2023", text="Observership, Department of Anesthesiology & Perioperative Medicine, UPMC Presbyterian, Pittsburgh, PA"),
          dict(type="research", specialty="Pulmonology/Critical Care", state="PA", start="2024-01", end="2026-12",
               date="01.2024 – current", text="Research Associate, CRISMA Center, Department of Critical Care Medicine, University of Pittsburgh, PA")],
    other_clin=[("2019", "Clinical attachment, Anaesthesia, Medical University of Warsaw, Poland (1 month)")],
    exams=["USMLE Step 1 — Pass (2023)", "USMLE Step 2 CK — 245 (2024)", "ECFMG — Certified (2024)"],
    usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
    visa_disp="U.S. Permanent Resident (green card holder since 2025)", visa_status="green_card",
    objective="Anesthesiology residency (categorical); long-term goal Critical Care Medicine fellowship.",
    specialties=["Anesthesiology", "Pulmonology/Critical Care"],
    lang_disp="Ukrainian (native), Russian (native), English (fluent), Polish (intermediate)", languages=["Ukrainian", "Russian", "English", "Polish"],
    pubs=mk_pubs(81, "Kovalenko O", ["Kellum JA", "Angus DC", "Bondar M", "Shevchenko I", "Melnyk V", "Seymour CW"],
                 ["septic shock", "combat-related trauma", "mechanically ventilated patients", "burn patients in wartime Ukraine", "postoperative delirium"],
                 ["Fluid balance", "Early vasopressor use", "Regional anesthesia outcomes", "Mortality predictors", "Ketamine analgesia"],
                 ["Crit Care Med", "Pain Med", "Ukr J Anesthesiol", "Emerg Med Ukraine", "JAMA Netw Open", "Crit Care"],
                 list(range(2013, 2026)), ["pub"] * 7 + ["press", "review", "prep"]),
    posters=mk_posters(82, "Kovalenko O", ["Seymour CW"], ["sepsis phenotypes", "war trauma analgesia"], [("SCCM Critical Care Congress", "Phoenix, AZ"), ("Euroanaesthesia", "Munich")], 3),
    chapters=["Коваленко О., Бондар М. Інтенсивна терапія сепсису. У кн.: Анестезіологія та інтенсивна терапія. Київ: Медицина; 2019. С. 410–432."],
    talks=["'Anesthesia in wartime Ukraine', Grand Rounds, UPMC Department of Anesthesiology, Feb 2024"],
    teaching=["Assistant, Department of Anesthesiology, Bogomolets NMU (2014–2022)"],
    awards=["Order 'For Merit' (III class), 2022"],
    memberships=["Society of Critical Care Medicine", "Ukrainian Association of Anesthesiologists"],
    referees=[("Christopher W. Seymour, MD, MSc", "Professor of Critical Care Medicine, University of Pittsburgh, 3550 Terrace St, Pittsburgh, PA 15261", "+1 412 647 7980", "seymourcw@upmc.edu"),
              ("Prof. Mykola Bondar", "Bogomolets National Medical University, Kyiv, Ukraine", "+380 44 234 4062", "m.bondar@nmu.ua")],
)

# ---------------------------------------------------------------- 9 Russia Cardiology (fpdf2)
PEOPLE[9] = dict(
    full_name="Dmitry Sergeyevich Volkov", title="Dr.", alt_name="Дмитрий Сергеевич Волков",
    email="d.volkov.md@gmail.com", phone_disp="+1 713-492-8031", phone_e164="+17134928031",
    address="2100 Holly Hall St, Apt 1207, Houston, TX 77054",
    dob="07.09.1982", nationality="Russian Federation",
    medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU", graduation_year=2005,
    primary_degree="Physician (General Medicine / Lechebnoe delo), Pirogov Russian National Research Medical University (RNRMU), Moscow, 1999 – 2005",
    postgrad=[("2005 – 2007", "Clinical Ordinatura (residency) in Cardiology, RNRMU / City Clinical Hospital No. 15, Moscow"),
              ("2011", "Candidate of Medical Sciences (PhD), Cardiology — dissertation on atrial fibrillation ablation outcomes")],
    experience=[("2007 – 2012", "Cardiologist, City Clinical Hospital No. 15, Moscow"),
                ("2013 – 2021", "Senior Researcher & Electrophysiologist, Almazov National Medical Research Centre, St. Petersburg")],
    usce=[dict(type="research", specialty="Cardiology", state="CA", start="2012-03", end="2013-02",
               date="March 2012 – February 2013", text="Visiting Research Fellow, Cardiac Electrophysiology, Stanford University School of Medicine, Stanford, CA"),
          dict(type="research", specialty="Cardiology", state="TX", start="2021-09", end="2026-12",
               date="September 2021 – Present", text="Research Scientist, Texas Heart Institute, Houston, TX"),
          dict(type="observership", specialty="Cardiology", state="TX", start="2025-02", end="2025-02",
               date="February 2025", text="Clinical Observership, Cardiology consult service, Baylor St. Luke's Medical Center, Houston, TX")],
    other_clin=[],
    exams=["USMLE Step 1: 237", "USMLE Step 2 CK: 241", "USMLE Step 3: 230", "ECFMG Certificate: issued 2020"],
    usmle_step1=237, usmle_step2ck=241, usmle_step3=230, ecfmg_status="certified",
    visa_disp="H-1B (Texas Heart Institute), extension approved to 2028", visa_status="h1b",
    objective="Internal Medicine residency leading to Cardiology / Clinical Cardiac Electrophysiology fellowship.",
    specialties=["Internal Medicine", "Cardiology"],
    lang_disp="Russian (native); English (fluent); German (intermediate)", languages=["Russian", "English", "German"],
    pubs=mk_pubs(91, "Volkov DS", ["Wang PJ", "Lebedev DS", "Mikhaylov EN", "Razavi M", "Shlyakhto EV", "Narayan SM"],
                 ["persistent atrial fibrillation", "patients with cardiac resynchronization therapy", "ventricular tachycardia", "Brugada syndrome", "post-infarction scar"],
                 ["Long-term outcomes of catheter ablation", "Rotor mapping", "Recurrence predictors", "Left atrial fibrosis"],
                 ["Heart Rhythm", "J Cardiovasc Electrophysiol", "Europace", "Russ J Cardiol", "Kardiologiia", "Tex Heart Inst J", "JACC Clin Electrophysiol"],
                 list(range(2008, 2026)), ["pub"] * 17 + ["press", "review", "review"]),
    posters=mk_posters(92, "Volkov DS", ["Razavi M"], ["AF ablation", "VT mapping"], [("Heart Rhythm Society Scientific Sessions", "Boston, MA"), ("EHRA", "Barcelona"), ("AHA Scientific Sessions", "Chicago, IL")], 6),
    chapters=["Volkov DS, Lebedev DS. Catheter ablation of atrial fibrillation. In: Shlyakhto EV (ed). Cardiology: National Guide. Moscow: GEOTAR-Media; 2015."],
    talks=["Invited lecture, 'Pulsed-field ablation', Russian National Congress of Cardiology, 2019"],
    teaching=["Associate professor (part time), Almazov Centre Institute of Medical Education (2015–2021)"],
    awards=["Russian Presidential Grant for Young Scientists (2014)"],
    memberships=["Heart Rhythm Society", "Russian Society of Cardiology"],
    referees=[("Mehdi Razavi, MD", "Director, Electrophysiology Clinical Research, Texas Heart Institute, 6770 Bertner Ave, Houston, TX 77030", "832-355-4100", "mrazavi@texasheart.org"),
              ("Prof. Dmitry S. Lebedev", "Almazov National Medical Research Centre, St. Petersburg, Russia", "+7 812 702 3700", "lebedev_ds@almazovcentre.ru")],
)

# ---------------------------------------------------------------- 10 Brazil GI (fpdf2, citizen)
PEOPLE[10] = dict(
    full_name="João Pedro Albuquerque Nogueira", title="Dr.", alt_name=None,
    email="joaopedro.nogueira@icloud.com", phone_disp="+55 (11) 98744-3120", phone_e164="+5511987443120",
    address="Rua Oscar Freire, 1520, ap. 82, Pinheiros, São Paulo – SP, 05409-010, Brasil",
    dob="19/04/1988", nationality="Brazilian and American (dual citizen)",
    medical_school="Faculdade de Medicina da Universidade de São Paulo", medical_school_country="BR", graduation_year=2012,
    primary_degree="Médico (MD), Faculdade de Medicina da Universidade de São Paulo (FMUSP), 2007–2012",
    postgrad=[("2013–2015", "Residência Médica em Clínica Médica (Internal Medicine), Hospital das Clínicas da FMUSP"),
              ("2015–2017", "Residência em Gastroenterologia Clínica, HC-FMUSP (Board certified, FBG 2017)"),
              ("2020–2024", "PhD (Doutorado) in Gastroenterology, FMUSP")],
    experience=[("2017–2018", "Attending physician, Endoscopy Unit, Hospital Sírio-Libanês, São Paulo"),
                ("2019–present", "Assistant Physician, Gastroenterology Division, HC-FMUSP")],
    usce=[dict(type="research", specialty="Gastroenterology", state="FL", start="2018-08", end="2019-07",
               date="08/2018 – 07/2019", text="Research Fellow, Division of Gastroenterology & Hepatology, Mayo Clinic, Jacksonville, FL"),
          dict(type="observership", specialty="Gastroenterology", state="FL", start="2025-03", end="2025-03",
               date="03/2025", text="Observer, Digestive Disease Institute, Cleveland Clinic Florida, Weston, FL")],
    other_clin=[],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 250", "ECFMG: Certified (2025)", "Revalida: not applicable"],
    usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified",
    visa_disp="U.S. citizen (dual nationality) — no visa sponsorship required", visa_status="citizen",
    objective="Internal Medicine residency; career goal: advanced IBD fellowship (Gastroenterology).",
    specialties=["Internal Medicine", "Gastroenterology"],
    lang_disp="Portuguese (native), English (fluent), Spanish (advanced), Italian (basic)", languages=["Portuguese", "English", "Spanish", "Italian"],
    pubs=mk_pubs(101, "Nogueira JPA", ["Sobrado CW", "Damião AOMC", "Farraye FA", "Kröner PT", "Sipahi AM", "Cury DB"],
                 ["Crohn's disease", "ulcerative colitis", "Brazilian IBD patients", "perianal fistulizing disease", "hepatic encephalopathy"],
                 ["Therapeutic drug monitoring", "Biologic persistence", "Endoscopic remission", "Costs of care", "Incidence trends"],
                 ["Arq Gastroenterol", "Inflamm Bowel Dis", "J Crohns Colitis", "Clinics (Sao Paulo)", "Am J Gastroenterol", "Dig Dis Sci"],
                 list(range(2014, 2026)), ["pub"] * 13 + ["press", "review"]),
    posters=mk_posters(102, "Nogueira JPA", ["Farraye FA"], ["IBD biologics", "CMV colitis"], [("Digestive Disease Week (DDW)", "San Diego, CA"), ("ECCO Congress", "Copenhagen")], 4),
    chapters=["Nogueira JPA, Sipahi AM. Doença de Crohn. In: Clínica Médica HC-FMUSP, 2ª ed. Barueri: Manole; 2016."],
    talks=["Palestra 'Monitorização terapêutica em DII', Semana Brasileira do Aparelho Digestivo (SBAD), 2022"],
    teaching=["Preceptor of internal medicine residents, HC-FMUSP (2019–present)"],
    awards=["DDW Poster of Distinction (2019)"],
    memberships=["GEDIIB (Brazilian IBD Study Group)", "American Gastroenterological Association"],
    referees=[("Francis A. Farraye, MD, MSc", "Inflammatory Bowel Disease Center, Mayo Clinic, 4500 San Pablo Rd, Jacksonville, FL 32224", "(904) 953-2000", "farraye.francis@mayo.edu"),
              ("Prof. Dr. Aytan Miranda Sipahi", "Disciplina de Gastroenterologia Clínica, FMUSP, São Paulo", "+55 11 2661-6447", "aytan.sipahi@hc.fm.usp.br")],
)

# ---------------------------------------------------------------- 11 Colombia EM (chromium HTML)
PEOPLE[11] = dict(
    full_name="María Alejandra Restrepo Gómez", title="Dra.", alt_name=None,
    email="malejandra.restrepo@udea.edu.co", phone_disp="+57 310 455 8821", phone_e164="+573104558821",
    address="Carrera 43A # 14-109, El Poblado, Medellín, Antioquia, Colombia",
    dob="1990", nationality="Colombian",
    medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2014,
    primary_degree="Médica y Cirujana (MD), Facultad de Medicina, Universidad de Antioquia, Medellín — 2008–2014",
    postgrad=[("2014–2015", "Servicio Social Obligatorio (rural year), Hospital San Juan de Dios, Santa Fe de Antioquia"),
              ("2016–2019", "Especialización en Medicina de Urgencias (Emergency Medicine residency), Universidad CES, Medellín"),
              ("2021", "MSc Clinical Epidemiology, Universidad de Antioquia")],
    experience=[("2019–present", "Emergency Physician (Especialista), Hospital Pablo Tobón Uribe, Medellín"),
                ("2020–2022", "Instructor, Emergency Medicine residency program, Universidad CES")],
    usce=[dict(type="observership", specialty="Emergency Medicine", state="FL", start="2022-11", end="2022-11",
               date="November 2022", text="Observership, Emergency Department, Jackson Memorial Hospital, Miami, Florida"),
          dict(type="research", specialty="Emergency Medicine", state="FL", start="2023-03", end="2024-08",
               date="March 2023 – August 2024", text="Clinical Research Coordinator, Department of Emergency Medicine, University of Miami Miller School of Medicine, Miami, FL")],
    other_clin=[("Summer 2018", "Elective rotation, Toxicology, Hospital Clínic de Barcelona, Spain")],
    exams=["USMLE Step 1: Pass (2022)", "USMLE Step 2 CK: 238 (2023)", "ECFMG: Certified (2023)"],
    usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
    visa_disp="Will need J-1 sponsorship", visa_status="j1",
    objective="Board-certified emergency physician (Colombia) applying to Emergency Medicine residency.",
    specialties=["Emergency Medicine"],
    lang_disp="Spanish (native) · English (fluent, IELTS 8.0) · Portuguese (intermediate)", languages=["Spanish", "English", "Portuguese"],
    pubs=mk_pubs(111, "Restrepo-Gómez MA", ["Vallejo-Ortega C", "Cardona-Arango D", "Bhatt A", "Martínez JM", "Ochoa-Vásquez J"],
                 ["patients presenting with chest pain", "trauma patients in Medellín", "ED visits for sepsis", "snakebite in rural Antioquia", "older adults with falls"],
                 ["Door-to-antibiotic time", "ED crowding", "Point-of-care ultrasound accuracy", "Triage performance"],
                 ["Rev Colomb Anestesiol", "Acad Emerg Med", "Am J Emerg Med", "Iatreia", "West J Emerg Med", "Emerg Med J"],
                 list(range(2016, 2026)), ["pub"] * 8 + ["press", "review", "prep"]),
    posters=mk_posters(112, "Restrepo-Gómez MA", ["Bhatt A"], ["POCUS in trauma", "sepsis bundles"], [("SAEM Annual Meeting", "Austin, TX"), ("ACEM", "Cartagena")], 3),
    chapters=["Restrepo-Gómez MA. Manejo del paciente intoxicado. En: Urgencias en Medicina, 3ª ed. Medellín: CES; 2020."],
    talks=["Invited speaker, 'POCUS en el trauma', Congreso Colombiano de Medicina de Urgencias, Bogotá, 2021"],
    teaching=["Instructor, ACLS/ATLS courses (2019–present)"],
    awards=["Best resident research award, Universidad CES (2019)"],
    memberships=["Asociación Colombiana de Especialistas en Medicina de Urgencias (ACEM)", "SAEM"],
    referees=[("Ashish Bhatt, MD", "Associate Professor of Emergency Medicine, University of Miami, 1611 NW 12th Ave, Miami, FL 33136", "305-585-1111", "abhatt@med.miami.edu"),
              ("Dr. Carlos Vallejo-Ortega", "Director, Urgencias, Hospital Pablo Tobón Uribe, Medellín", "+57 604 445 9000", "cvallejo@hptu.org.co")],
)

# ---------------------------------------------------------------- 12 Pakistan Radiology (txt)
PEOPLE[12] = dict(
    full_name="Syed Ali Raza Zaidi", title="Dr.", alt_name=None,
    email="syed.arzaidi@hotmail.com", phone_disp="+1-470-209-6614", phone_e164="+14702096614",
    address="3350 Peachtree Rd NE, Apt 1804, Atlanta, GA 30326",
    dob="1979", nationality="Pakistani-born, US permanent resident",
    medical_school="Dow Medical College", medical_school_country="PK", graduation_year=2004,
    primary_degree="MBBS, Dow Medical College (Dow University of Health Sciences), Karachi - 1998 to 2004",
    postgrad=[("2005-2006", "House job, Civil Hospital Karachi (Medicine/Surgery)"),
              ("2006-2011", "FCPS Diagnostic Radiology, College of Physicians and Surgeons Pakistan (fellowship awarded 2011)"),
              ("2012", "FRCR Part 1 (Royal College of Radiologists, UK)")],
    experience=[("2011-2014", "Consultant Radiologist, Aga Khan University Hospital, Karachi"),
                ("2016-2024", "Associate Professor of Radiology, Dow University of Health Sciences, Karachi")],
    usce=[dict(type="research", specialty="Radiology", state="MD", start="2014-07", end="2016-06",
               date="Jul 2014 - Jun 2016", text="Research Fellow, Russell H. Morgan Department of Radiology, Johns Hopkins Hospital, Baltimore, MD"),
          dict(type="observership", specialty="Radiology", state="GA", start="2025-04", end="2025-05",
               date="Apr 2025 - May 2025", text="Observership, Neuroradiology & Body Imaging, Emory University Hospital, Atlanta, GA")],
    other_clin=[],
    exams=["USMLE Step 1: 221", "USMLE Step 2 CK: 230", "USMLE Step 3: 224", "ECFMG: Certified (2015)"],
    usmle_step1=221, usmle_step2ck=230, usmle_step3=224, ecfmg_status="certified",
    visa_disp="Green Card holder (permanent resident since 2024)", visa_status="green_card",
    objective="Diagnostic Radiology residency (advanced/categorical), interest in neuroradiology",
    specialties=["Radiology"],
    lang_disp="English, Urdu, Sindhi, Arabic (reading)", languages=["English", "Urdu", "Sindhi", "Arabic"],
    pubs=mk_pubs(121, "Zaidi SAR", ["Yousem DM", "Bluemke DA", "Ahmad MN", "Haider Z", "Sajjad Z", "Lima JAC"],
                 ["acute ischemic stroke", "tuberculous meningitis", "cardiac sarcoidosis", "hepatocellular carcinoma", "MESA participants"],
                 ["Diffusion-weighted imaging findings", "Cardiac MRI T1 mapping", "CT perfusion accuracy", "Inter-reader agreement"],
                 ["AJNR Am J Neuroradiol", "Radiology", "J Magn Reson Imaging", "J Pak Med Assoc", "Eur Radiol", "Pak J Radiol"],
                 list(range(2010, 2026)), ["pub"] * 15 + ["press", "submitted", "prep"]),
    posters=mk_posters(122, "Zaidi SAR", ["Yousem DM"], ["TB meningitis imaging", "cardiac MRI"], [("RSNA Annual Meeting", "Chicago, IL"), ("ASNR", "Boston, MA")], 5),
    chapters=["Zaidi SAR, Yousem DM. Imaging of CNS infections. In: Neuroradiology: The Requisites, 4th ed (contributing author). Elsevier; 2016."],
    talks=["Invited lecture, 'Stroke imaging protocols', Radiological Society of Pakistan Annual Conference, 2019"],
    teaching=["FCPS residency program director (deputy), Dow University (2018-2024)"],
    awards=["RSNA International Visitor Award (2013)"],
    memberships=["RSNA", "Radiological Society of Pakistan"],
    referees=[("David M. Yousem, MD, MBA", "Professor of Radiology, Johns Hopkins, 600 N Wolfe St, Baltimore, MD 21287", "+1 410 955 2685", "dyousem1@jhu.edu"),
              ("Prof. Zafar Sajjad", "Chair, Radiology, Aga Khan University, Karachi", "+92 21 3486 4012", "zafar.sajjad@aku.edu")],
)

# ---------------------------------------------------------------- 13 India Pathology (docx header/footer contacts)
PEOPLE[13] = dict(
    full_name="Kavitha Ramasamy", title="Dr.", alt_name="கவிதா ராமசாமி",
    email="kavitha.ramasamy.path@gmail.com", phone_disp="+1 857 928 4410", phone_e164="+18579284410",
    address="88 Brookline Ave, Boston, MA 02215",
    dob="03-Jan-1990", nationality="Indian",
    medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2013,
    primary_degree="MBBS, Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University), 2007 – 2013",
    postgrad=[("2014 – 2017", "MD (Pathology), JIPMER, Puducherry"),
              ("2018", "DNB (Pathology), National Board of Examinations"),
              ("2017 – 2019", "Senior Resident, Hematopathology, Tata Memorial Hospital, Mumbai")],
    experience=[],
    usce=[dict(type="research", specialty="Pathology", state="MA", start="2019-10", end="2026-12",
               date="Oct 2019 – Present", text="Research Fellow → Instructor (2023), Department of Pathology, Brigham and Women's Hospital, Boston, MA"),
          dict(type="observership", specialty="Pathology", state="TX", start="2024-01", end="2024-01",
               date="Jan 2024", text="Observership, Hematopathology sign-out, MD Anderson Cancer Center, Houston, TX")],
    other_clin=[],
    exams=["USMLE Step 1: 242", "USMLE Step 2 CK: 249", "ECFMG Certified: Yes (2021)"],
    usmle_step1=242, usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified",
    visa_disp="H-1B", visa_status="h1b",
    objective="AP/CP Pathology residency; future Hematopathology fellowship (interest in Hematology/Oncology).",
    specialties=["Pathology", "Hematology/Oncology"],
    lang_disp="English, Tamil (native), Hindi, Telugu", languages=["English", "Tamil", "Hindi", "Telugu"],
    pubs=mk_pubs(131, "Ramasamy K", ["Weinberg OK", "Hasserjian RP", "Subramaniam S", "Menon H", "Gujral S", "Pinkus GS"],
                 ["acute myeloid leukemia", "myelodysplastic neoplasms", "clonal hematopoiesis", "B-lymphoblastic leukemia", "T-cell lymphomas"],
                 ["Flow cytometric immunophenotyping", "Next-generation sequencing findings", "Digital pathology classification", "Measurable residual disease"],
                 ["Am J Clin Pathol", "Mod Pathol", "Blood Adv", "Indian J Pathol Microbiol", "Leukemia", "Haematologica"],
                 list(range(2015, 2026)), ["pub"] * 20 + ["press", "press", "review", "review"]),
    posters=mk_posters(132, "Ramasamy K", ["Weinberg OK"], ["MDS", "AML MRD"], [("USCAP Annual Meeting", "Baltimore, MD"), ("ASH Annual Meeting", "San Diego, CA")], 5),
    chapters=["Ramasamy K, Weinberg OK. Myeloid neoplasms. In: Hematopathology Atlas. Springer; 2023."],
    talks=["Invited talk, 'AI in hematopathology', IAPM Annual Conference (APCON), 2024"],
    teaching=["Tutor, Harvard Medical School pathology course (2022–present)"],
    awards=["USCAP Stowell-Orbison Award (2022)"],
    memberships=["USCAP", "College of American Pathologists (junior member)"],
    referees=[("Olga K. Weinberg, MD", "Department of Pathology, UT Southwestern, Dallas, TX 75390", "214-648-3000", "olga.weinberg@utsouthwestern.edu"),
              ("Dr. Sumeet Gujral", "Professor, Hematopathology, Tata Memorial Centre, Mumbai", "+91 22 2417 7000", "sgujral@tmc.gov.in")],
)

# ---------------------------------------------------------------- 14 Egypt OB/GYN (docx->pdf, Arabic name)
PEOPLE[14] = dict(
    full_name="Dina Samir Abdel-Fattah", title="Dr.", alt_name="دينا سمير عبد الفتاح",
    email="dina.abdelfattah.obgyn@gmail.com", phone_disp="+20 111 560 9983", phone_e164="+201115609983",
    address="7 Mourad St, Giza, Egypt",
    dob="1984", nationality="Egyptian",
    medical_school="Cairo University (Kasr Al Ainy Faculty of Medicine)", medical_school_country="EG", graduation_year=2008,
    primary_degree="MBBCh, Kasr Al Ainy Faculty of Medicine, Cairo University — 2008 (Very Good with Honours)",
    postgrad=[("2009–2010", "Internship, Kasr Al Ainy Hospitals"),
              ("2012", "MSc Obstetrics & Gynaecology, Cairo University"),
              ("2017", "MD Obstetrics & Gynaecology, Cairo University"),
              ("2019", "MRCOG Part 1, Royal College of Obstetricians and Gynaecologists (London)")],
    experience=[("2010–2013", "Resident, Obstetrics & Gynaecology, Kasr Al Ainy"),
                ("2013–2017", "Assistant Lecturer, OB/GYN, Cairo University"),
                ("2017–present", "Lecturer of OB/GYN, Cairo University; Consultant, Fetal Medicine Unit")],
    usce=[dict(type="observership", specialty="Obstetrics and Gynecology", state="RI", start="2024-06", end="2024-07",
               date="Jun–Jul 2024", text="Observership, Maternal-Fetal Medicine, Women & Infants Hospital of Rhode Island, Providence, RI"),
          dict(type="hands_on", specialty="Obstetrics and Gynecology", state="IL", start="2025-09", end="2025-10",
               date="Sep–Oct 2025", text="Hands-on externship, Obstetrics & Gynecology, Mount Sinai Hospital, Chicago, IL")],
    other_clin=[],
    exams=["USMLE Step 1 – Pass", "USMLE Step 2 CK – 243", "ECFMG – Certified (Jul 2025)", "MRCOG Part 1 – Pass"],
    usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified",
    visa_disp="Holds B1/B2 visa", visa_status="b1b2",
    objective="Obstetrics and Gynecology residency; special interest in maternal-fetal medicine.",
    specialties=["Obstetrics and Gynecology"],
    lang_disp="Arabic (native), English (fluent)", languages=["Arabic", "English"],
    pubs=mk_pubs(141, "Abdel-Fattah DS", ["Maged AM", "Ogila AI", "Mostafa WA", "Shoab AY", "Hussein AM"],
                 ["women with placenta accreta spectrum", "preeclampsia", "recurrent pregnancy loss", "polycystic ovary syndrome", "cesarean scar niche"],
                 ["Uterine artery Doppler", "Aspirin prophylaxis", "Maternal morbidity", "Letrozole versus clomiphene"],
                 ["Int J Gynaecol Obstet", "J Matern Fetal Neonatal Med", "Arch Gynecol Obstet", "Egypt J Hosp Med", "BMC Pregnancy Childbirth", "Kasr Al Ainy Med J"],
                 list(range(2013, 2026)), ["pub"] * 12 + ["press", "review"]),
    posters=mk_posters(142, "Abdel-Fattah DS", ["Maged AM"], ["PAS", "preeclampsia"], [("ISUOG World Congress", "Seoul"), ("ACOG Annual Meeting", "San Francisco, CA")], 3),
    chapters=[],
    talks=["'Placenta accreta: Egyptian experience', EFOG Annual Conference, Cairo, 2023"],
    teaching=["Lecturer, undergraduate OB/GYN, Cairo University (2013–present)"],
    awards=[],
    memberships=["Egyptian Fertility and Sterility Society", "ISUOG"],
    referees=[("Prof. Ahmed M. Maged", "Professor of OB/GYN, Kasr Al Ainy, Cairo University", "+20 100 123 4577", "ahmedmaged@kasralainy.edu.eg"),
              ("Dr. Methodius G. Tuuli, MD, MPH", "Chair, Obstetrics & Gynecology, Women & Infants Hospital, 101 Dudley St, Providence, RI 02905", "401-274-1100", "mtuuli@wihri.org")],
)

# ---------------------------------------------------------------- 15 Nigeria FM (odfpy table)
PEOPLE[15] = dict(
    full_name="Chukwuemeka Obinna Nwosu", title="Dr.", alt_name=None,
    email="emeka.nwosu.fm@gmail.com", phone_disp="+1 (832) 771-4058", phone_e164="+18327714058",
    address="10900 Fuqua St, Houston, TX 77089",
    dob="30/10/1984", nationality="Nigerian",
    medical_school="University of Nigeria College of Medicine", medical_school_country="NG", graduation_year=2009,
    primary_degree="MBBS, College of Medicine, University of Nigeria, Enugu Campus (UNEC), 2002 – 2009",
    postgrad=[("2009 – 2010", "Housemanship, University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla"),
              ("2012 – 2017", "Residency, Family Medicine, UNTH Enugu"),
              ("2017", "FMCFM — Fellow of the National Postgraduate Medical College of Nigeria (Family Medicine)")],
    experience=[("2017 – 2023", "Consultant Family Physician, Federal Medical Centre, Owerri, Imo State"),
                ("2010 – 2011", "NYSC Medical Officer, Comprehensive Health Centre, Sokoto")],
    usce=[dict(type="hands_on", specialty="Family Medicine", state="TX", start="2024-02", end="2024-04",
               date="Feb 2024 – Apr 2024", text="Hands-on Externship, Family Medicine clinic, Harris Health System (Bear Creek Clinic), Houston, TX"),
          dict(type="observership", specialty="Family Medicine", state="MD", start="2024-08", end="2024-08",
               date="Aug 2024", text="Observership, Family & Community Medicine, University of Maryland Medical Center, Baltimore, MD")],
    other_clin=[],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 229", "USMLE Step 3: 211", "ECFMG Certification: Certified (2023)"],
    usmle_step1="pass", usmle_step2ck=229, usmle_step3=211, ecfmg_status="certified",
    visa_disp="Permanent resident (green card, DV-2023)", visa_status="green_card",
    objective="PGY-1 Family Medicine residency.",
    specialties=["Family Medicine"],
    lang_disp="English, Igbo (native), Yoruba (conversational), Nigerian Pidgin", languages=["English", "Igbo", "Yoruba", "Nigerian Pidgin"],
    pubs=mk_pubs(151, "Nwosu CO", ["Ezeala-Adikaibe BA", "Okwuonu CG", "Nwachukwu CE", "Arodiwe EB", "Onyekwulu FA"],
                 ["hypertensive adults in Enugu", "type 2 diabetes in primary care", "elderly patients", "people living with HIV", "rural communities in southeast Nigeria"],
                 ["Medication adherence", "Family functioning and glycemic control", "Cardiovascular risk profile", "Health-seeking behaviour"],
                 ["Niger J Clin Pract", "Afr J Prim Health Care Fam Med", "Pan Afr Med J", "BMC Fam Pract", "Niger Med J"],
                 list(range(2014, 2025)), ["pub"] * 8 + ["review"]),
    posters=mk_posters(152, "Nwosu CO", ["Okwuonu CG"], ["hypertension control"], [("WONCA Africa", "Abuja"), ("STFM Annual Spring Conference", "Los Angeles, CA")], 2),
    chapters=[],
    talks=[],
    teaching=["Clinical lecturer (honorary), Imo State University College of Medicine (2018 – 2023)"],
    awards=[],
    memberships=["Society of Family Physicians of Nigeria", "AAFP (international)"],
    referees=[("Dr. Grace O. Adebanjo, MD", "Medical Director, Bear Creek Clinic, Harris Health, Houston, TX", "(713) 634-1000", "grace.adebanjo@harrishealth.org"),
              ("Prof. Benjamin Ezeala-Adikaibe", "UNTH Ituku-Ozalla, Enugu", "+234 803 670 2291", "bezeala@unn.edu.ng")],
)

# ---------------------------------------------------------------- 16 Brazil ID (reportlab)
PEOPLE[16] = dict(
    full_name="Ana Carolina Ferreira Lima", title="Dra.", alt_name=None,
    email="anacarolina.flima@gmail.com", phone_disp="+55 21 99612-4478", phone_e164="+5521996124478",
    address="Rua Voluntários da Pátria, 190/1203, Botafogo, Rio de Janeiro – RJ",
    dob="1990", nationality="Brazilian",
    medical_school="Universidade Federal do Rio de Janeiro", medical_school_country="BR", graduation_year=2015,
    primary_degree="Graduação em Medicina (MD), Universidade Federal do Rio de Janeiro (UFRJ), 2010–2015",
    postgrad=[("2016–2019", "Residência em Infectologia (Infectious Diseases), Instituto Nacional de Infectologia Evandro Chagas – Fiocruz"),
              ("2019–2021", "MSc in Clinical Research in Infectious Diseases, INI-Fiocruz")],
    experience=[("2019–present", "Infectious Diseases physician, Hospital Universitário Clementino Fraga Filho (UFRJ)"),
                ("2022–present", "Co-investigator, HIV Prevention Trials Network site, Rio de Janeiro")],
    usce=[dict(type="research", specialty="Infectious Disease", state="AL", start="2021-09", end="2022-08",
               date="Sep 2021 – Aug 2022", text="Fogarty Global Health Research Fellow, Division of Infectious Diseases, University of Alabama at Birmingham, AL"),
          dict(type="observership", specialty="Infectious Disease", state="NY", start="2025-04", end="2025-05",
               date="April – May 2025", text="Clinical Observership, Infectious Diseases consult service, NYU Langone / Bellevue Hospital, New York, NY")],
    other_clin=[],
    exams=["USMLE Step 1 — Pass", "USMLE Step 2 CK — 255", "ECFMG — Certified (2025)"],
    usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
    visa_disp="J-1 (ECFMG) sponsorship required", visa_status="j1",
    objective="Internal Medicine residency → Infectious Disease fellowship.",
    specialties=["Internal Medicine", "Infectious Disease"],
    lang_disp="Portuguese (native), English (fluent), Spanish (fluent), French (basic)", languages=["Portuguese", "English", "Spanish", "French"],
    pubs=mk_pubs(161, "Lima ACF", ["Grinsztejn B", "Veloso VG", "Saag MS", "Luz PM", "Coelho LE", "Cardoso SW"],
                 ["people living with HIV in Rio de Janeiro", "tuberculosis-HIV coinfection", "congenital syphilis", "COVID-19 inpatients", "transgender women"],
                 ["Retention in care", "PrEP uptake", "Mortality trends", "Drug resistance", "Outcomes of treatment"],
                 ["Braz J Infect Dis", "Lancet HIV", "J Int AIDS Soc", "Clin Infect Dis", "Rev Soc Bras Med Trop", "AIDS"],
                 list(range(2017, 2026)), ["pub"] * 15 + ["press", "press", "review", "prep"]),
    posters=mk_posters(162, "Lima ACF", ["Saag MS"], ["PrEP", "TB-HIV"], [("CROI", "Denver, CO"), ("IAS Conference", "Brisbane"), ("IDWeek", "Boston, MA")], 5),
    chapters=["Lima ACF, Veloso VG. Profilaxia pré-exposição. In: Tratado de Infectologia, 6ª ed. Atheneu; 2022."],
    talks=["Invited speaker, 'PrEP in Latin America', IDWeek 2023 (Boston, MA)"],
    teaching=["Preceptor, Infectious Diseases residency, INI-Fiocruz (2019–present)"],
    awards=["Fogarty International Center fellowship (2021)", "CROI New Investigator Scholarship (2022)"],
    memberships=["Sociedade Brasileira de Infectologia", "IDSA"],
    referees=[("Michael S. Saag, MD", "Professor of Medicine, UAB Division of Infectious Diseases, 1720 2nd Ave S, Birmingham, AL 35294", "205-934-5191", "msaag@uabmc.edu"),
              ("Dra. Beatriz Grinsztejn", "INI-Fiocruz, Av. Brasil 4365, Rio de Janeiro", "+55 21 3865-9595", "beatriz.grinsztejn@ini.fiocruz.br")],
)

# ---------------------------------------------------------------- 17 Iran Nephrology (scan pdf)
PEOPLE[17] = dict(
    full_name="Amirhossein Karimi", title="Dr.", alt_name="امیرحسین کریمی",
    email="a.karimi.nephro@gmail.com", phone_disp="+98 912 384 5521", phone_e164="+989123845521",
    address="No. 22, Zand Blvd, Shiraz, Iran",
    dob="1985", nationality="Iranian",
    medical_school="Shiraz University of Medical Sciences", medical_school_country="IR", graduation_year=2011,
    primary_degree="MD (General Medicine), Shiraz University of Medical Sciences, 2004–2011",
    postgrad=[("2013–2017", "Internal Medicine Residency, Shiraz UMS (Iranian Board certified)"),
              ("2017–2019", "Nephrology Fellowship, Shiraz UMS")],
    experience=[("2019–present", "Nephrologist, Namazi Hospital, Shiraz; Assistant Professor of Medicine")],
    usce=[dict(type="observership", specialty="Nephrology", state="TX", start="2024-10", end="2024-11",
               date="Oct–Nov 2024", text="Observership, Nephrology & Transplant, Houston Methodist Hospital, Houston, TX")],
    other_clin=[],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 240", "ECFMG: Certified"],
    usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
    visa_disp="B1/B2", visa_status="b1b2",
    objective="Internal Medicine residency with a view to Nephrology fellowship.",
    specialties=["Internal Medicine", "Nephrology"],
    lang_disp="Farsi (native), English (fluent)", languages=["Persian", "English"],
    pubs=mk_pubs(171, "Karimi A", ["Roozbeh J", "Malekmakan L", "Raiss-Jalali GA", "Sagheb MM"],
                 ["kidney transplant recipients", "hemodialysis patients", "lupus nephritis"],
                 ["Graft survival", "Vascular access outcomes", "Anemia management"],
                 ["Iran J Kidney Dis", "Transplant Proc", "Saudi J Kidney Dis Transpl", "Exp Clin Transplant"],
                 list(range(2015, 2026)), ["pub"] * 6 + ["review"]),
    posters=[], chapters=[], talks=[], teaching=["Teaching residents and interns, Namazi Hospital"], awards=[], memberships=["Iranian Society of Nephrology"],
    referees=[("Prof. Jamshid Roozbeh", "Shiraz Nephro-Urology Research Center, Shiraz", "+98 71 3612 2123", "roozbehj@sums.ac.ir")],
)

# ---------------------------------------------------------------- 18 Iraq/Kurdistan Pediatrics (png)
PEOPLE[18] = dict(
    full_name="Shilan Omer Ahmed", title="Dr.", alt_name=None,
    email="shilan.omer.peds@gmail.com", phone_disp="+964 750 446 1928", phone_e164="+9647504461928",
    address="Erbil, Kurdistan Region, Iraq",
    dob="1988", nationality="Iraqi",
    medical_school="Hawler Medical University", medical_school_country="IQ", graduation_year=2012,
    primary_degree="MBChB, College of Medicine, Hawler Medical University, Erbil, 2006–2012",
    postgrad=[("2014–2018", "Kurdistan Board of Medical Specialties — Pediatrics (FKBMS)")],
    experience=[("2018–present", "Pediatrician, Raparin Pediatric Teaching Hospital, Erbil")],
    usce=[dict(type="observership", specialty="Pediatrics", state="MI", start="2025-01", end="2025-01",
               date="01/2025", text="Observership, General Pediatrics, Children's Hospital of Michigan, Detroit, MI")],
    other_clin=[],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 232", "ECFMG: pending (OET)"],
    usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="pending",
    visa_disp="Will require J-1 visa", visa_status="j1",
    objective="Pediatrics residency.",
    specialties=["Pediatrics"],
    lang_disp="Kurdish, Arabic, English", languages=["Kurdish", "Arabic", "English"],
    pubs=mk_pubs(181, "Ahmed SO", ["Ismail AM", "Rasul KH"], ["children with thalassemia", "neonatal jaundice"],
                 ["Iron overload", "Risk factors"], ["Zanco J Med Sci", "Erbil J Med"], list(range(2016, 2025)), ["pub"] * 3 + ["prep"]),
    posters=[], chapters=[], talks=[], teaching=[], awards=[], memberships=[],
    referees=[("Dr. Kawa H. Rasul", "Head of Pediatrics, Raparin Hospital, Erbil", "+964 750 112 0044", "kawa.rasul@hmu.edu.krd")],
)

# ---------------------------------------------------------------- 19 India Pulm (jpg)
PEOPLE[19] = dict(
    full_name="Rohit Anand Kulkarni", title="Dr.", alt_name=None,
    email="rohit.kulkarni.pulm@gmail.com", phone_disp="(513) 684-2207", phone_e164="+15136842207",
    address="Cincinnati, OH 45219",
    dob="1981", nationality="Indian",
    medical_school="Grant Government Medical College, Mumbai", medical_school_country="IN", graduation_year=2006,
    primary_degree="MBBS, Grant Government Medical College & Sir JJ Group of Hospitals, Mumbai, 2006",
    postgrad=[("2008–2011", "MD (Respiratory Medicine), Seth GS Medical College & KEM Hospital, Mumbai"),
              ("2012", "DNB (Respiratory Diseases)")],
    experience=[("2011–2022", "Consultant Pulmonologist, Hinduja Hospital, Mumbai")],
    usce=[dict(type="research", specialty="Pulmonology/Critical Care", state="OH", start="2023-01", end="2026-12",
               date="Jan 2023 – present", text="Research Scientist, Pulmonary, Critical Care & Sleep Medicine, University of Cincinnati, OH"),
          dict(type="observership", specialty="Pulmonology/Critical Care", state="OH", start="2024-05", end="2024-06",
               date="May–Jun 2024", text="Observership, Medical ICU, Cleveland Clinic, Cleveland, OH")],
    other_clin=[],
    exams=["USMLE Step 1: 228", "USMLE Step 2 CK: 235", "ECFMG: Certified"],
    usmle_step1=228, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified",
    visa_disp="H-1B", visa_status="h1b",
    objective="Internal Medicine residency → Pulmonary/Critical Care fellowship.",
    specialties=["Internal Medicine", "Pulmonology/Critical Care"],
    lang_disp="English, Marathi, Hindi", languages=["English", "Marathi", "Hindi"],
    pubs=mk_pubs(191, "Kulkarni RA", ["Udwadia ZF", "Panos RJ", "Mehta V"], ["interstitial lung disease", "MDR tuberculosis"],
                 ["Outcomes", "Lung function decline"], ["Lung India", "Chest", "Respir Med"], list(range(2012, 2025)), ["pub"] * 4 + ["review"]),
    posters=[], chapters=[], talks=[], teaching=[], awards=[], memberships=[],
    referees=[("Ralph J. Panos, MD", "University of Cincinnati, Cincinnati, OH 45267", "513-558-4831", "ralph.panos@uc.edu")],
)

# ---------------------------------------------------------------- 20 Syria Hem/Onc (multi-page scan pdf)
PEOPLE[20] = dict(
    full_name="Omar Fayez Al-Halabi", title="Dr.", alt_name="عمر فايز الحلبي",
    email="omar.halabi.onc@gmail.com", phone_disp="+1 (813) 440-2917", phone_e164="+18134402917",
    address="Tampa, FL 33612",
    dob="1980", nationality="Syrian-born; US permanent resident",
    medical_school="University of Aleppo", medical_school_country="SY", graduation_year=2005,
    primary_degree="Doctor of Medicine (MD), Faculty of Medicine, University of Aleppo, Syria, 1999–2005",
    postgrad=[("2005–2009", "Internal Medicine residency, Aleppo University Hospital (Syrian Board)"),
              ("2010–2013", "Clinical fellowship, Medical Oncology, King Hussein Cancer Center, Amman, Jordan"),
              ("2015", "Jordanian Board of Medical Oncology")],
    experience=[("2013–2016", "Specialist Medical Oncologist, King Hussein Cancer Center, Amman")],
    usce=[dict(type="research", specialty="Hematology/Oncology", state="FL", start="2016-09", end="2018-08",
               date="09/2016 – 08/2018", text="Postdoctoral Research Fellow, Department of Malignant Hematology, Moffitt Cancer Center, Tampa, FL"),
          dict(type="observership", specialty="Hematology/Oncology", state="FL", start="2025-03", end="2025-03",
               date="03/2025", text="Observership, Thoracic Oncology clinic, Moffitt Cancer Center, Tampa, FL")],
    other_clin=[],
    exams=["USMLE Step 1: 225", "USMLE Step 2 CK: 234", "USMLE Step 3: 219", "ECFMG: Certified (2017)"],
    usmle_step1=225, usmle_step2ck=234, usmle_step3=219, ecfmg_status="certified",
    visa_disp="Permanent resident (Green Card)", visa_status="green_card",
    objective="Internal Medicine residency, then Hematology/Oncology fellowship.",
    specialties=["Internal Medicine", "Hematology/Oncology"],
    lang_disp="Arabic (native), English (fluent), Turkish (basic)", languages=["Arabic", "English", "Turkish"],
    pubs=mk_pubs(201, "Al-Halabi OF", ["Komrokji RS", "Sallman DA", "Padron E", "Al Ali NH", "Mansour A"],
                 ["lower-risk myelodysplastic syndromes", "chronic myelomonocytic leukemia", "Arab patients with breast cancer"],
                 ["Response to hypomethylating agents", "Prognostic scoring", "Survival outcomes"],
                 ["Leuk Res", "Blood Adv", "Clin Lymphoma Myeloma Leuk", "Cancer Control", "J Clin Oncol"],
                 list(range(2012, 2025)), ["pub"] * 10 + ["press", "review"]),
    posters=mk_posters(202, "Al-Halabi OF", ["Komrokji RS"], ["MDS", "CMML"], [("ASH Annual Meeting", "Atlanta, GA"), ("ASCO", "Chicago, IL")], 3),
    chapters=[], talks=[], teaching=[], awards=[], memberships=["ASCO", "ASH"],
    referees=[("Rami S. Komrokji, MD", "Moffitt Cancer Center, 12902 USF Magnolia Dr, Tampa, FL 33612", "813-745-4291", "rami.komrokji@moffitt.org")],
)

# ---------------------------------------------------------------- 21 Colombia Rheum (jpg)
PEOPLE[21] = dict(
    full_name="Santiago Andrés Morales Ríos", title="Dr.", alt_name=None,
    email="santiago.moralesrios@gmail.com", phone_disp="+57 315 207 6634", phone_e164="+573152076634",
    address="Bogotá D.C., Colombia",
    dob="1985", nationality="Colombian",
    medical_school="Universidad Nacional de Colombia", medical_school_country="CO", graduation_year=2010,
    primary_degree="Médico Cirujano, Universidad Nacional de Colombia, Bogotá, 2010",
    postgrad=[("2012–2015", "Especialización en Medicina Interna, Universidad Nacional de Colombia"),
              ("2016–2018", "Especialización en Reumatología, Universidad Nacional de Colombia")],
    experience=[("2018–present", "Reumatólogo, Hospital Universitario Nacional de Colombia, Bogotá")],
    usce=[dict(type="observership", specialty="Rheumatology", state="NY", start="2023-09", end="2023-09",
               date="Sep 2023", text="Observership, Rheumatology, Hospital for Special Surgery, New York, NY")],
    other_clin=[],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 236", "ECFMG Certified"],
    usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
    visa_disp="B1/B2", visa_status="b1b2",
    objective="Internal Medicine residency; Rheumatology fellowship afterwards.",
    specialties=["Internal Medicine", "Rheumatology"],
    lang_disp="Spanish (native), English (advanced)", languages=["Spanish", "English"],
    pubs=mk_pubs(211, "Morales-Ríos SA", ["Iglesias-Gamarra A", "Quintana G", "Rondón F"], ["systemic lupus erythematosus", "rheumatoid arthritis"],
                 ["Disease activity", "Cardiovascular risk"], ["Rev Colomb Reumatol", "Lupus", "Clin Rheumatol"], list(range(2014, 2025)), ["pub"] * 4 + ["review"]),
    posters=[], chapters=[], talks=[], teaching=[], awards=[], memberships=["Asociación Colombiana de Reumatología"],
    referees=[("Dr. Gerardo Quintana", "Universidad Nacional de Colombia, Bogotá", "+57 601 316 5000", "gquintanal@unal.edu.co")],
)


TRUTH_KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
              "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status"]


def truth_for(n, fname, layout, scan=False):
    p = PEOPLE[n]
    t = {"file": fname, "layout": layout}
    for k in TRUTH_KEYS:
        t[k] = p[k]
    t["is_student"] = False
    t["publications"] = sum(1 for s, _ in p["pubs"] if s in COUNTED)
    ents = [{k: e[k] for k in ("type", "specialty", "state", "start", "end")} for e in p["usce"]]
    t["usce_entries"] = ents
    t["usce_months"] = usce_months(ents)
    t["usce_months_clinical"] = usce_months(ents, True)
    if scan:
        t["needs_ocr"] = True
    return t
