# Person data for w67 test set. Each person -> one CV. Truth derived from these fields.
MON = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
MONTH = ["January","February","March","April","May","June","July","August","September","October","November","December"]

def fmt(ym, style, present="Present"):
    if ym is None:
        return present
    y, m = int(ym[:4]), int(ym[5:7])
    return {"mm/yyyy": f"{m:02d}/{y}", "Mon yyyy": f"{MON[m-1]} {y}", "yyyy-mm": f"{y}-{m:02d}",
            "Month yyyy": f"{MONTH[m-1]} {y}", "yyyy.mm": f"{y}.{m:02d}", "Mon. yyyy": f"{MON[m-1]}. {y}"}[style]

def rng(s, e, style, present="Present", dash=" – "):
    return fmt(s, style) + dash + fmt(e, style, present)

def U(type, spec, state, start, end, title, inst, city, desc=""):
    return dict(type=type, specialty=spec, state=state, start=start, end=end, title=title, inst=inst, city=city, desc=desc)

def W(title, org, place, start, end, desc=""):
    return dict(title=title, org=org, place=place, start=start, end=end, desc=desc)

P = []

P.append(dict(
  name="Priya Raghunathan", suffix="MBBS", email="priya.raghunathan.md@gmail.com", phone="(404) 555-0187", e164="+14045550187",
  address="2150 Peachtree Rd NW, Apt 714, Atlanta, GA 30309", datefmt="mm/yyyy", present="Present",
  school="Madras Medical College", school_city="Chennai, Tamil Nadu, India", country="IN", grad=2011, degree="MBBS",
  edu_extra=[("Master of Public Health (Epidemiology)", "Rollins School of Public Health, Emory University, Atlanta, GA", "2015")],
  step1=232, step1_txt="USMLE Step 1: 232 (first attempt)", step2=245, step2_txt="USMLE Step 2 CK: 245", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified (2021)", visa="green_card", visa_txt="U.S. Permanent Resident (no visa sponsorship required)",
  specialties=["Internal Medicine","Cardiology"], objective="Applicant for Internal Medicine residency; long-term interest in Cardiology.",
  langs_txt="English (fluent), Tamil (native), Hindi (conversational)", languages=["English","Tamil","Hindi"],
  usce=[U("research","Cardiology","GA","2015-09","2019-06","Clinical Research Coordinator II","Emory University School of Medicine, Division of Cardiology","Atlanta, GA","Coordinated 3 multicenter heart-failure trials; IRB submissions; consented 400+ participants."),
        U("research","Cardiology","GA","2019-07","2022-08","Postdoctoral Research Fellow","Emory Clinical Cardiovascular Research Institute","Atlanta, GA","Cardiac MRI outcomes research; supervised 4 research assistants."),
        U("observership","Internal Medicine","GA","2022-10","2022-12","Clinical Observership – Internal Medicine","Grady Memorial Hospital","Atlanta, GA","Inpatient general medicine teams."),
        U("hands_on","Cardiology","TN","2023-03","2023-04","Externship – Cardiology","Vanderbilt University Medical Center","Nashville, TN","Hands-on history & physical, presentations, notes co-signed.")],
  work=[W("House Surgeon (Compulsory Rotating Internship)","Rajiv Gandhi Government General Hospital","Chennai, India","2010-03","2011-02"),
        W("Medical Officer","Apollo Hospitals, Greams Road","Chennai, India","2011-04","2013-07"),
        W("Medical Scribe (part-time)","ScribeAmerica – Emory Saint Joseph's Hospital ED","Atlanta, GA","2013-10","2015-05","Real-time documentation for ED physicians; not a clinical role.")],
  volunteer=[W("Volunteer","Good Samaritan Health Center","Atlanta, GA","2016-01",None,"Patient intake and health education; 4 hrs/week.")],
  pubs=["Raghunathan P, Kim JH, Patel AB, et al. Sacubitril-valsartan adherence in a safety-net heart failure clinic. J Card Fail. 2018;24(9):601-608. PMID: 29963771",
        "Patel AB, Raghunathan P, Moore L. Sex differences in late gadolinium enhancement after myocardial infarction. JACC Cardiovasc Imaging. 2020;13(4):1012-1021. PMID: 31864981",
        "Raghunathan P, Osei K, Vaccarino V. Social vulnerability and 30-day readmission in heart failure. Am Heart J. 2021;239:45-53. PMID: 34033803"],
  other_pubs=["Poster: Raghunathan P, et al. Frailty indices in TAVR candidates. AHA Scientific Sessions, Chicago, IL, Nov 2018.",
              "Oral presentation: Readmission risk models. Emory Department of Medicine Research Day, Atlanta, GA, 05/2021.",
              "Manuscript in preparation: Raghunathan P, et al. Cardiac MRI strain in peripartum cardiomyopathy."],
  certs=["BLS – American Heart Association, exp. 09/2026","ACLS – American Heart Association, exp. 09/2026","CITI Human Subjects Research / GCP"],
  refs=[("Vanessa Moore, MD","Professor of Medicine (Cardiology), Emory University","vanessa.moore@emory.edu","(404) 555-0123"),
        ("Kwame Osei, MD, MPH","Associate Program Director, Internal Medicine, Grady","kosei@gradyhealth.org","(404) 555-0190")],
))

P.append(dict(
  name="Muhammad Usman Farooq", suffix="MBBS, PhD", email="usman.farooq.pitt@outlook.com", phone="+1 412-555-0163", e164="+14125550163",
  address="5600 Forbes Ave, Unit 3B, Pittsburgh, PA 15217", datefmt="Mon yyyy", present="Present",
  school="Allama Iqbal Medical College", school_city="Lahore, Pakistan", country="PK", grad=2012, degree="MBBS",
  edu_extra=[("PhD, Physiology", "University of Health Sciences, Lahore, Pakistan", "2017")],
  step1="pass", step1_txt="USMLE Step 1 — Passed (2023)", step2=238, step2_txt="USMLE Step 2 CK — 238", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certificate issued 2024", visa="h1b", visa_txt="H-1B (employer: University of Pittsburgh)",
  specialties=["Internal Medicine","Pulmonology/Critical Care"], objective="Seeking Internal Medicine residency with a path to Pulmonary & Critical Care Medicine.",
  langs_txt="English, Urdu, Punjabi", languages=["English","Urdu","Punjabi"],
  usce=[U("research","Pulmonology/Critical Care","PA","2018-01","2021-12","Postdoctoral Associate","University of Pittsburgh, Division of Pulmonary, Allergy and Critical Care Medicine","Pittsburgh, PA","Murine models of ARDS; single-cell RNA-seq."),
        U("research","Pulmonology/Critical Care","PA","2022-01",None,"Research Assistant Professor (Research Track)","University of Pittsburgh School of Medicine","Pittsburgh, PA","PI of an ATS Foundation grant on ventilator-induced lung injury."),
        U("observership","Pulmonology/Critical Care","PA","2024-06","2024-07","Observership – Medical ICU","UPMC Presbyterian","Pittsburgh, PA")],
  work=[W("House Officer","Services Hospital","Lahore, Pakistan","2012-11","2013-10"),
        W("Demonstrator, Department of Physiology","Allama Iqbal Medical College","Lahore, Pakistan","2013-11","2017-09")],
  volunteer=[W("Volunteer Physician (non-licensed, health education)","Islamic Center of Pittsburgh Free Clinic","Pittsburgh, PA","2019-03",None)],
  pubs=["Farooq MU, Lee JS, Mallampalli RK. Ubiquitin ligase FBXL2 in ventilator-induced lung injury. Am J Respir Cell Mol Biol. 2020;62(3):338-349. PMID: 31509715",
        "Farooq MU, Chen BB, et al. Alveolar macrophage heterogeneity in ARDS. JCI Insight. 2021;6(8):e141121. PMID: 33690221",
        "Lee JS, Farooq MU, et al. Plasma mtDNA as a biomarker of sepsis-ARDS. Crit Care Med. 2022;50(5):e412-e421. PMID: 34973154",
        "Farooq MU, et al. Mitochondrial transfer in lung injury. Nat Commun. 2023;14:2210. PMID: 37072410"],
  other_pubs=["Abstract: Farooq MU. Single-cell atlas of murine VILI. Am J Respir Crit Care Med 2022;205:A2314 (ATS 2022, San Francisco, CA)",
              "Submitted: Farooq MU, et al. FBXL2 agonists in sepsis. Under review at Sci Transl Med."],
  certs=["BLS & ACLS (AHA), valid through 03/2027","Good Clinical Practice (NIH)"],
  refs=[("Rama K. Mallampalli, MD","Professor of Medicine, University of Pittsburgh","mallampallirk@upmc.edu","412-555-0101")],
))

P.append(dict(
  name="Nourhan Abdelrahman Elsayed", suffix="MBBCh", email="nourhan.elsayed88@yahoo.com", phone="(713) 555-0148", e164="+17135550148",
  address="8100 Cambridge St, Apt 1209, Houston, TX 77054", datefmt="yyyy-mm", present="current",
  school="Cairo University Faculty of Medicine (Kasr Alainy)", school_city="Cairo, Egypt", country="EG", grad=2012, degree="MBBCh",
  edu_extra=[],
  step1="pass", step1_txt="Step 1: PASS", step2=252, step2_txt="Step 2 CK: 252", step3=None, step3_txt="Step 3: scheduled Feb 2027",
  ecfmg="certified", ecfmg_txt="ECFMG certified", visa=None, visa_txt="H-4 dependent with valid EAD (spouse of H-1B)",
  specialties=["Pediatrics"], objective="Categorical Pediatrics applicant.",
  langs_txt="Arabic (native) · English (fluent) · French (basic)", languages=["Arabic","English","French"],
  usce=[U("research","Pediatrics","TX","2019-02","2021-06","Research Assistant","Baylor College of Medicine, Department of Pediatrics – Section of Hematology-Oncology","Houston, TX","Data abstraction for pediatric leukemia registry."),
        U("hands_on","Pediatrics","TX","2023-01","2023-03","Externship – General Pediatrics (outpatient)","UTHealth Houston Pediatric Clinic","Houston, TX"),
        U("observership","Pediatrics","TX","2023-02","2023-04","Observership – Neonatal ICU","Texas Children's Hospital","Houston, TX"),
        U("telehealth","Pediatrics","TX","2024-09","2024-11","Tele-rotation – Pediatric Primary Care","Legacy Community Health (virtual)","Houston, TX")],
  work=[W("Intern (Rotating)","Kasr Alainy University Hospitals","Cairo, Egypt","2013-03","2014-02"),
        W("Resident, Pediatrics","Abu El Reesh Children's Hospital","Cairo, Egypt","2014-03","2017-02"),
        W("Medical Assistant","Kelsey-Seybold Clinic","Pearland, TX","2021-08","2022-12","Vitals, rooming, EHR; unlicensed support role.")],
  volunteer=[W("Patient Navigator Volunteer","Texas Children's Hospital Family Services","Houston, TX","2022-01",None)],
  pubs=["Elsayed NA, Rabin KR, et al. Obesity at diagnosis and outcomes in pediatric ALL. Pediatr Blood Cancer. 2021;68(2):e28801. PMID: 33155409"],
  other_pubs=["Poster: Elsayed NA. Delays to first antibiotic in febrile neutropenia. ASPHO Annual Meeting, 2021.",
              "Elsayed NA, et al. Vitamin D in Egyptian children with asthma. Abstract, Egyptian Pediatric Association Congress, Cairo, 2016."],
  certs=["PALS (AHA) 2024","BLS (AHA) 2024","NRP 8th ed."],
  refs=[("Karen R. Rabin, MD, PhD","Baylor College of Medicine","krabin@bcm.edu","832-555-0134")],
))

P.append(dict(
  name="Chinedu Okonkwo-Eze", suffix="MD", email="chinedu.okonkwoeze@gmail.com", phone="281.555.0199", e164="+12815550199",
  address="14210 Bellaire Blvd, Houston, TX 77083", datefmt="Month yyyy", present="Present",
  school="University of Nigeria College of Medicine", school_city="Enugu, Nigeria", country="NG", grad=2009, degree="MBBS",
  edu_extra=[("B.Sc. Anatomy (intercalated)", "University of Nigeria, Enugu Campus", "2005")],
  step1=221, step1_txt="USMLE Step 1: 221", step2=234, step2_txt="USMLE Step 2 CK: 234", step3=219, step3_txt="USMLE Step 3: 219",
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="citizen", visa_txt="U.S. Citizen (naturalized 2018)",
  specialties=["Family Medicine"], objective="Family Medicine – committed to underserved communities in Texas.",
  langs_txt="English, Igbo, Yoruba (basic)", languages=["English","Igbo","Yoruba"],
  usce=[U("hands_on","Family Medicine","TX","2019-08","2019-10","Externship – Family Medicine","Harris Health Settegast Health Center","Houston, TX"),
        U("hands_on","Internal Medicine","TX","2019-11","2019-11","Clinical Rotation – Inpatient Medicine","Memorial Hermann Southwest Hospital","Houston, TX"),
        U("observership","Family Medicine","LA","2020-01","2020-02","Observership","Ochsner Health Center – Kenner","Kenner, LA")],
  work=[W("House Officer","University of Nigeria Teaching Hospital (UNTH)","Ituku-Ozalla, Enugu, Nigeria","2009-11","2010-10"),
        W("NYSC Medical Officer","General Hospital Damaturu","Yobe State, Nigeria","2010-11","2011-10"),
        W("Medical Officer","St. Nicholas Hospital","Lagos, Nigeria","2011-11","2014-05"),
        W("Certified Medical Assistant","Kelsey-Seybold Clinic – Family Medicine","Houston, TX","2015-01","2019-06","Rooming, phlebotomy, EKGs; not counted as physician training."),
        W("Patient Navigator","Harris Health System","Houston, TX","2020-04",None,"Care coordination for diabetic patients.")],
  volunteer=[W("Volunteer","Houston Shifa Clinic","Houston, TX","2016-05","2020-03")],
  pubs=[], other_pubs=["Poster: Okonkwo-Eze C. Patient navigation and HbA1c in a safety-net clinic. TAFP Annual Session, San Antonio, TX, Nov 2022."],
  certs=["BLS","ACLS","CCMA (NHA)"],
  refs=[("Adaeze Nwosu, MD","Family Medicine, Harris Health","adaeze.nwosu@harrishealth.org","713-555-0177"),
        ("Robert Lindquist, DO","Ochsner Health","rlindquist@ochsner.org","504-555-0142")],
))

P.append(dict(
  name="Shirin Rahimi-Tabar", alt="شیرین رحیمی‌تبار", suffix="MD", email="shirin.rahimitabar@gmail.com", phone="(310) 555-0112", e164="+13105550112",
  address="11740 Wilshire Blvd, #A1805, Los Angeles, CA 90025", datefmt="yyyy.mm", present="present",
  school="Tehran University of Medical Sciences", school_city="Tehran, Iran", country="IR", grad=2009, degree="MD (Doctor of Medicine)",
  edu_extra=[],
  step1=228, step1_txt="USMLE Step 1 – 228", step2=241, step2_txt="USMLE Step 2 CK – 241", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG: Certified", visa="green_card", visa_txt="Lawful Permanent Resident",
  specialties=["Neurology"], objective="Neurology residency applicant (interest: movement disorders).",
  langs_txt="Farsi (native), English (fluent), Azerbaijani (conversational)", languages=["Persian","English","Azerbaijani"],
  usce=[U("research","Neurology","CA","2014-10","2020-03","Staff Research Associate II","UCLA Department of Neurology, Movement Disorders Program","Los Angeles, CA"),
        U("research","Neurology","CA","2020-04","2023-06","Clinical Research Coordinator","Cedars-Sinai Medical Center, Department of Neurology","Los Angeles, CA"),
        U("observership","Neurology","CA","2023-09","2023-10","Observership – Neurology Consult Service","Ronald Reagan UCLA Medical Center","Los Angeles, CA"),
        U("hands_on","Neurology","NV","2024-01","2024-02","Externship – Outpatient Neurology","University Medical Center of Southern Nevada","Las Vegas, NV")],
  work=[W("General Practitioner (Mandatory Rural Service)","Health Network of Ahar","East Azerbaijan, Iran","2009-09","2011-08"),
        W("Neurology Resident (PGY-1/2, incomplete)","Roozbeh & Sina Hospitals, TUMS","Tehran, Iran","2011-09","2013-08")],
  volunteer=[],
  pubs=["Rahimi-Tabar S, Bordelon Y, et al. Gait variability in early Parkinson disease. Mov Disord. 2017;32(6):880-887. PMID: 28370374",
        "Bordelon Y, Rahimi-Tabar S. Pesticide exposure and PD progression. Neurology. 2019;92(15):e1712-e1720. PMID: 30894448",
        "Rahimi-Tabar S, et al. Tele-neurology follow-up in deep brain stimulation. Parkinsonism Relat Disord. 2021;84:12-18. PMID: 33529979",
        "Ahmadi M, Rahimi-Tabar S. Stroke epidemiology in northwest Iran. Arch Iran Med. 2012;15(9):540-544. PMID: 22924371",
        "Rahimi-Tabar S, et al. Blood biomarkers in Lewy body dementia. Ann Neurol. 2022;91(4):555-566. PMID: 35089601"],
  other_pubs=["Platform: MDS Congress 2019, Nice, France — Gait variability trajectories."],
  certs=["BLS (2025)","NIH Stroke Scale certification","CITI GCP"],
  refs=[("Yvette Bordelon, MD, PhD","Professor of Neurology, UCLA","ybordelon@mednet.ucla.edu","(310) 555-0166")],
))

P.append(dict(
  name="Maria Angelica Dela Cruz", suffix="MD", email="mad.delacruz@icloud.com", phone="(201) 555-0134", e164="+12015550134",
  address="88 River Rd, Apt 6C, Edgewater, NJ 07020", datefmt="Mon yyyy", present="Present",
  school="University of Santo Tomas Faculty of Medicine and Surgery", school_city="Manila, Philippines", country="PH", grad=2008, degree="Doctor of Medicine",
  edu_extra=[("BS Medical Technology", "University of Santo Tomas", "2003")],
  step1=219, step1_txt="USMLE Step 1: 219", step2=236, step2_txt="USMLE Step 2CK: 236", step3=None, step3_txt=None,
  ecfmg="pending", ecfmg_txt="ECFMG certification: pending (OET Medicine completed; awaiting Pathway verification)", visa="green_card", visa_txt="Permanent Resident (Green Card)",
  specialties=["Internal Medicine","Geriatrics"], objective="Internal Medicine, with interest in Geriatric Medicine.",
  langs_txt="English, Filipino (Tagalog), Cebuano", languages=["English","Filipino","Cebuano"],
  usce=[U("observership","Internal Medicine","NJ","2022-05","2022-06","Observership – Internal Medicine","Hackensack University Medical Center","Hackensack, NJ"),
        U("hands_on","Geriatrics","NY","2022-08","2022-10","Externship – Geriatric Medicine","Mount Sinai Brookdale Department of Geriatrics","New York, NY"),
        U("hands_on","Internal Medicine","NJ","2022-09","2022-11","Clinical Clerkship – Inpatient Medicine","Jersey City Medical Center","Jersey City, NJ")],
  work=[W("Post-graduate Internship","Philippine General Hospital","Manila, Philippines","2008-06","2009-05"),
        W("Resident Physician, Internal Medicine","St. Luke's Medical Center","Quezon City, Philippines","2010-01","2012-12"),
        W("Clinical Research Associate II","IQVIA","Parsippany, NJ","2014-03","2019-11","Site monitoring for oncology trials (NJ, NY, PA); non-clinical."),
        W("Senior Clinical Research Associate","Syneos Health","Morrisville, NC (remote, NJ-based)","2019-12",None)],
  volunteer=[W("Volunteer","Englewood Health – Patient Experience","Englewood, NJ","2018-01","2019-12")],
  pubs=["Dela Cruz MA, Santos RL. Dengue hemorrhagic fever in adults: a PGH cohort. Philipp J Intern Med. 2011;49(2):81-87."],
  other_pubs=["Poster: Dela Cruz MA. Deprescribing in nursing-home residents. AGS Annual Meeting 2023, Long Beach, CA."],
  certs=["BLS/ACLS (AHA) – current","ACRP Certified Clinical Research Associate (CCRA)"],
  refs=[("Harold Feinberg, MD","Hackensack Meridian Health","harold.feinberg@hmhn.org","(551) 555-0110")],
))

P.append(dict(
  name="José Luis Ramírez Ocampo", suffix="MD", email="jl.ramirez.ocampo@gmail.com", phone="(520) 555-0176", e164="+15205550176",
  address="1840 E Speedway Blvd, Tucson, AZ 85719", datefmt="mm/yyyy", present="presente/Present",
  school="Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", school_city="Ciudad de México, México", country="MX", grad=2012, degree="Médico Cirujano",
  edu_extra=[],
  step1="pass", step1_txt="USMLE Step 1: Pass", step2=247, step2_txt="USMLE Step 2 CK: 247", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified (#0-912-xxx-x)", visa="citizen", visa_txt="US Citizen",
  specialties=["Emergency Medicine"], objective="Emergency Medicine applicant, bilingual EN/ES.",
  langs_txt="Spanish (native), English (full professional), Portuguese (intermediate)", languages=["Spanish","English","Portuguese"],
  usce=[U("research","Emergency Medicine","AZ","2017-07","2020-06","Research Coordinator","University of Arizona College of Medicine, Department of Emergency Medicine","Tucson, AZ"),
        U("hands_on","Emergency Medicine","AZ","2021-03","2021-04","Externship – Emergency Medicine","Banner – University Medical Center Tucson","Tucson, AZ"),
        U("hands_on","Emergency Medicine","NM","2021-06","2021-06","Sub-internship (audition) – Emergency Medicine","University of New Mexico Hospital","Albuquerque, NM")],
  work=[W("Internado de pregrado","Hospital General de México \"Dr. Eduardo Liceaga\"","CDMX","2010-01","2010-12"),
        W("Servicio social","Centro de Salud Rural, Oaxaca","Oaxaca, México","2011-08","2012-07"),
        W("Medical Scribe","PhysAssist Scribes – Tucson Medical Center ED","Tucson, AZ","2014-02","2017-06")],
  volunteer=[W("Volunteer Interpreter","El Rio Community Health Center","Tucson, AZ","2015-01","2021-12")],
  pubs=["Ramírez Ocampo JL, Stolz U, et al. Point-of-care ultrasound for pediatric forearm fractures. Acad Emerg Med. 2019;26(9):1010-1018. PMID: 31055858",
        "Stolz U, Ramírez Ocampo JL, Bobrow BJ. Bystander CPR in Hispanic neighborhoods of Arizona. Resuscitation. 2020;148:60-67. PMID: 31962160"],
  other_pubs=["Abstract: SAEM 2020 (virtual) — Heat illness ED visits on the US–Mexico border."],
  certs=["BLS, ACLS, PALS (AHA) – exp 2027","ATLS (10th ed.) student course"],
  refs=[("Uwe Stolz, PhD, MPH","University of Cincinnati (formerly U of Arizona)","stolzu@ucmail.uc.edu","513-555-0180")],
))

P.append(dict(
  name="Anastasia Volkova", alt="Анастасия Сергеевна Волкова", suffix="MD, PhD", email="a.volkova.jhu@proton.me", phone="+1 (443) 555-0121", e164="+14435550121",
  address="1 E 31st St, Apt 1402, Baltimore, MD 21218", datefmt="Month yyyy", present="ongoing",
  school="Pirogov Russian National Research Medical University", school_city="Moscow, Russia", country="RU", grad=2013, degree="Specialist in General Medicine (MD equivalent)",
  edu_extra=[("PhD (Candidate of Medical Sciences), Hematology", "National Medical Research Center for Hematology, Moscow", "2017")],
  step1=240, step1_txt="USMLE Step 1: 240", step2=None, step2_txt="USMLE Step 2 CK: scheduled January 2027", step3=None, step3_txt=None,
  ecfmg="not_certified", ecfmg_txt="ECFMG: not yet certified (Step 2 CK outstanding)", visa="j1", visa_txt="J-1 Research Scholar (DS-2019 sponsor: Johns Hopkins University)",
  specialties=["Hematology/Oncology","Internal Medicine"], objective="Internal Medicine residency → Hematology/Oncology fellowship.",
  langs_txt="Russian (native), English (C2), German (B1)", languages=["Russian","English","German"],
  usce=[U("research","Hematology/Oncology","MD","2018-09",None,"Postdoctoral Research Fellow","Johns Hopkins Sidney Kimmel Comprehensive Cancer Center","Baltimore, MD","CAR-T toxicity biomarkers"),
        U("observership","Hematology/Oncology","MD","2024-03","2024-05","Clinical Observer – Leukemia Service","Johns Hopkins Hospital","Baltimore, MD")],
  work=[W("Clinical Resident (Ordinatura), Hematology","National Medical Research Center for Hematology","Moscow, Russia","2013-09","2015-08"),
        W("Hematologist","City Clinical Hospital No. 52","Moscow, Russia","2015-09","2018-07")],
  volunteer=[],
  pubs=["Volkova A, Savchenko VG. Minimal residual disease in adult ALL: Russian cohort. Ter Arkh. 2016;88(7):22-28. PMID: 27459609",
        "Volkova A, Gojo I, et al. IL-6 kinetics predicts grade ≥3 CRS after CAR-T. Blood Adv. 2021;5(12):2510-2520. PMID: 34100900",
        "Gojo I, Volkova A, et al. Venetoclax combinations in relapsed AML. Leukemia. 2023;37(2):301-310. PMID: 36400981"],
  other_pubs=["ASH 2022 poster #1845 — ICANS and serum NfL.","Manuscript submitted: Volkova A, et al. Ferritin dynamics after CAR-T."],
  certs=["BLS (AHA)","CITI Biomedical Research"],
  refs=[("Ivana Gojo, MD","Professor of Oncology, Johns Hopkins","igojo1@jhmi.edu","410-555-0155")],
))

P.append(dict(
  name="Wei Zhang", alt="张伟", suffix="MD", email="wzhang.gi.research@gmail.com", phone="(650) 555-0108", e164="+16505550108",
  address="1600 Sand Hill Rd, Apt 210, Palo Alto, CA 94304", datefmt="yyyy-mm", present="Present",
  school="Peking Union Medical College", school_city="Beijing, China", country="CN", grad=2011, degree="MD (8-year program)",
  edu_extra=[],
  step1=251, step1_txt="Step 1: 251", step2=260, step2_txt="Step 2 CK: 260", step3=231, step3_txt="Step 3: 231",
  ecfmg="certified", ecfmg_txt="ECFMG certified", visa="h1b", visa_txt="H-1B",
  specialties=["Internal Medicine","Gastroenterology"], objective="Internal Medicine (future Gastroenterology).",
  langs_txt="Mandarin Chinese, English, Cantonese", languages=["Chinese","English","Cantonese"],
  usce=[U("research","Gastroenterology","CA","2015-08","2019-07","Postdoctoral Scholar","Stanford University School of Medicine, Division of Gastroenterology & Hepatology","Stanford, CA"),
        U("research","Gastroenterology","CA","2019-08",None,"Senior Research Scientist","Stanford University, Department of Medicine","Stanford, CA"),
        U("observership","Gastroenterology","CA","2023-07","2023-08","Observership – Hepatology","Stanford Health Care","Palo Alto, CA"),
        U("hands_on","Internal Medicine","WA","2024-04","2024-05","Externship – Inpatient Medicine","Harborview Medical Center","Seattle, WA")],
  work=[W("Resident, Internal Medicine","Peking Union Medical College Hospital","Beijing, China","2011-09","2014-08")],
  volunteer=[W("Volunteer","Pacific Free Clinic","San Jose, CA","2017-01","2019-12")],
  pubs=["Zhang W, Ji HP. Tumor microenvironment of gastric cancer by scRNA-seq. Gastroenterology. 2018;155(5):1470-1484. PMID: 30030111",
        "Zhang W, et al. Hepatitis B reactivation with checkpoint inhibitors. Hepatology. 2020;71(4):1230-1242. PMID: 31444834",
        "Li X, Zhang W, Ji HP. Spatial transcriptomics of Barrett's esophagus. Nat Med. 2021;27:1780-1790. PMID: 34608352",
        "Zhang W, et al. Cell-free DNA for colorectal cancer screening. Clin Gastroenterol Hepatol. 2022;20(3):600-609. PMID: 33545361",
        "Zhang W, Wang L. Helicobacter pylori eradication in Beijing. Chin Med J. 2013;126(2):330-334. PMID: 23324286",
        "Zhang W, et al. Gut microbiome and NAFLD fibrosis. Cell Metab. 2023;35(6):1010-1024. PMID: 37178685"],
  other_pubs=["DDW 2022 oral presentation — cfDNA methylation markers."],
  certs=["BLS/ACLS"],
  refs=[("Hanlee P. Ji, MD","Professor of Medicine (Oncology), Stanford","genomics_ji@stanford.edu","650-555-0199")],
))

P.append(dict(
  name="Rania Haddad", suffix="MD", email="rania.haddad.md@gmail.com", phone="(216) 555-0152", e164="+12165550152",
  address="2700 Euclid Heights Blvd, Cleveland Heights, OH 44106", datefmt="Mon yyyy", present="Present",
  school="American University of Beirut Faculty of Medicine", school_city="Beirut, Lebanon", country="LB", grad=2015, degree="MD",
  edu_extra=[("BS Biology (with distinction)", "American University of Beirut", "2011")],
  step1=245, step1_txt="USMLE Step 1: 245", step2=254, step2_txt="USMLE Step 2 CK: 254", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified (2016)", visa="green_card", visa_txt="Green card holder",
  specialties=["Internal Medicine","Nephrology"], objective="Internal Medicine; Nephrology (transplant) interest.",
  langs_txt="Arabic, English, French", languages=["Arabic","English","French"],
  usce=[U("research","Nephrology","OH","2016-09","2020-08","Clinical Research Coordinator","Cleveland Clinic, Glickman Urological & Kidney Institute","Cleveland, OH"),
        U("research","Nephrology","OH","2020-09","2023-12","Research Fellow","Cleveland Clinic Lerner Research Institute","Cleveland, OH"),
        U("observership","Nephrology","OH","2024-02","2024-03","Observership – Transplant Nephrology","Cleveland Clinic Main Campus","Cleveland, OH"),
        U("hands_on","Internal Medicine","MI","2024-06","2024-08","Externship – Internal Medicine","Henry Ford Hospital","Detroit, MI")],
  work=[W("Intern","American University of Beirut Medical Center","Beirut, Lebanon","2015-07","2016-06")],
  volunteer=[W("Volunteer","Circle Health Services free clinic","Cleveland, OH","2017-03","2020-03")],
  pubs=["Haddad R, Poggio ED. eGFR equations without race in transplant donors. Clin J Am Soc Nephrol. 2021;16(9):1367-1375. PMID: 34301748",
        "Haddad R, et al. Belatacept conversion outcomes. Am J Transplant. 2022;22(3):845-854. PMID: 34735744",
        "Poggio ED, Haddad R, et al. Kidney biopsy safety in the CURE-GN network. Kidney Int. 2019;96(4):1000-1008. PMID: 31378390",
        "Haddad R, et al. SGLT2 inhibitors after kidney transplant. Transplantation. 2023;107(5):1120-1128. PMID: 36508647"],
  other_pubs=["ASN Kidney Week 2022 poster: Donor-derived cfDNA and subclinical rejection."],
  certs=["BLS/ACLS (AHA), exp 06/2026"],
  refs=[("Emilio D. Poggio, MD","Cleveland Clinic","poggioe@ccf.org","216-555-0119")],
))

P.append(dict(
  name="Oleksandr Kovalenko", alt="Олександр Коваленко", suffix="MD", email="o.kovalenko.md@gmail.com", phone="(773) 555-0195", e164="+17735550195",
  address="2341 W Chicago Ave, Apt 2R, Chicago, IL 60622", datefmt="mm/yyyy", present="Present",
  school="Bogomolets National Medical University", school_city="Kyiv, Ukraine", country="UA", grad=2016, degree="MD (Medical Doctor)",
  edu_extra=[],
  step1="pass", step1_txt="USMLE Step 1: Pass", step2=243, step2_txt="USMLE Step 2 CK: 243", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG certified 2022", visa="green_card", visa_txt="Permanent Resident",
  specialties=["General Surgery"], objective="Preliminary/Categorical General Surgery.",
  langs_txt="Ukrainian, Russian, English, Polish", languages=["Ukrainian","Russian","English","Polish"],
  usce=[U("hands_on","General Surgery","IL","2022-09","2022-11","Externship – General Surgery","Advocate Illinois Masonic Medical Center","Chicago, IL"),
        U("hands_on","General Surgery","IL","2023-01","2023-02","Sub-Internship – Trauma Surgery","John H. Stroger Jr. Hospital of Cook County","Chicago, IL"),
        U("research","General Surgery","IL","2023-03",None,"Research Assistant (volunteer research)","Northwestern University Feinberg School of Medicine, Department of Surgery","Chicago, IL")],
  work=[W("Intern, Surgery","Kyiv City Clinical Hospital No. 17","Kyiv, Ukraine","2016-08","2018-06"),
        W("Surgeon","Kyiv Regional Clinical Hospital","Kyiv, Ukraine","2018-07","2021-12"),
        W("Surgical Technologist (trainee)","Rush University Medical Center","Chicago, IL","2022-03","2022-08","Scrub tech assisting in OR; not physician training.")],
  volunteer=[W("Volunteer","Ukrainian Medical Association of North America","Chicago, IL","2022-03",None)],
  pubs=["Kovalenko O, et al. Damage-control laparotomy in blast injuries. Injury. 2023;54(7):110732. PMID: 37147234",
        "Bilimoria KY, Kovalenko O. Surgical workforce in war-affected regions. JAMA Surg. 2024;159(2):210-211. PMID: 37966832"],
  other_pubs=["ACS Clinical Congress 2023 poster — Tourniquet conversion times."],
  certs=["ATLS (2023)","BLS","ACLS"],
  refs=[("Karl Y. Bilimoria, MD","Indiana University (prev. Northwestern)","kbilimor@iu.edu","317-555-0143")],
))

P.append(dict(
  name="Sabina Thapa Magar", suffix="MBBS", email="sabina.thapamagar@gmail.com", phone="(734) 555-0129", e164="+17345550129",
  address="3100 Lakehaven Dr, Ann Arbor, MI 48105", datefmt="Mon yyyy", present="Present",
  school="Institute of Medicine, Tribhuvan University (Maharajgunj Medical Campus)", school_city="Kathmandu, Nepal", country="NP", grad=2014, degree="MBBS",
  edu_extra=[],
  step1="pass", step1_txt="USMLE Step 1: Pass (2022)", step2=239, step2_txt="USMLE Step 2 CK: 239", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa=None, visa_txt="H-4 EAD (work authorized; spouse on H-1B)",
  specialties=["Internal Medicine","Endocrinology"], objective="Internal Medicine; interest in Endocrinology & diabetes technology.",
  langs_txt="Nepali, Hindi, English, Magar (spoken)", languages=["Nepali","Hindi","English","Magar"],
  usce=[U("research","Endocrinology","MI","2018-05","2022-04","Research Assistant","University of Michigan, Division of Metabolism, Endocrinology & Diabetes","Ann Arbor, MI"),
        U("research","Endocrinology","MI","2022-05",None,"Clinical Research Coordinator","Michigan Medicine Caswell Diabetes Institute","Ann Arbor, MI"),
        U("observership","Endocrinology","MI","2023-06","2023-07","Observership – Endocrinology Clinic","Michigan Medicine, Domino's Farms","Ann Arbor, MI"),
        U("hands_on","Internal Medicine","OH","2024-01","2024-03","Externship – Internal Medicine","University of Toledo Medical Center","Toledo, OH")],
  work=[W("Rotating Intern","Tribhuvan University Teaching Hospital","Kathmandu, Nepal","2014-01","2014-12"),
        W("Medical Officer","Dhulikhel Hospital","Kavre, Nepal","2015-02","2017-12")],
  volunteer=[W("Volunteer","Hope Clinic","Ypsilanti, MI","2018-09","2021-09")],
  pubs=["Thapa Magar S, Lee JM. Continuous glucose monitoring in South Asian adults. Diabetes Care. 2021;44(8):e150-e152. PMID: 34155098",
        "Lee JM, Thapa Magar S, et al. Automated insulin delivery in older adults. Diabetes Technol Ther. 2023;25(4):233-241. PMID: 36630543"],
  other_pubs=["ADA Scientific Sessions 2022 poster: CGM disparities.","Manuscript in preparation: Thyroid nodules in Nepal."],
  certs=["BLS","ACLS","CITI"],
  refs=[("Joyce M. Lee, MD, MPH","University of Michigan","joyclee@umich.edu","734-555-0186")],
))

P.append(dict(
  name="Tanvir Ahmed Chowdhury", suffix="MBBS", email="tanvir.chowdhury.nyc@gmail.com", phone="(718) 555-0141", e164="+17185550141",
  address="37-18 73rd St, Apt 4F, Jackson Heights, NY 11372", datefmt="mm/yyyy", present="Present",
  school="Dhaka Medical College", school_city="Dhaka, Bangladesh", country="BD", grad=2010, degree="MBBS",
  edu_extra=[],
  step1=215, step1_txt="USMLE Step 1: 215", step2=229, step2_txt="USMLE Step 2 CK: 229", step3=214, step3_txt="USMLE Step 3: 214",
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="green_card", visa_txt="Green Card",
  specialties=["Internal Medicine","Nephrology"], objective="Internal Medicine residency.",
  langs_txt="Bangla (Bengali), English, Hindi, Urdu", languages=["Bengali","English","Hindi","Urdu"],
  usce=[U("observership","Nephrology","NY","2019-02","2019-04","Observership – Nephrology","NYC Health + Hospitals/Elmhurst","Elmhurst, NY"),
        U("hands_on","Internal Medicine","NY","2019-05","2019-07","Clinical Rotation – Internal Medicine (externship)","Interfaith Medical Center","Brooklyn, NY"),
        U("hands_on","Internal Medicine","PA","2021-09","2021-10","Externship – Hospital Medicine","Einstein Medical Center Philadelphia","Philadelphia, PA")],
  work=[W("Intern Doctor","Dhaka Medical College Hospital","Dhaka, Bangladesh","2010-07","2011-06"),
        W("Medical Officer","Bangabandhu Sheikh Mujib Medical University, Nephrology","Dhaka, Bangladesh","2011-08","2015-12"),
        W("Medical Scribe","ScribeAmerica – NewYork-Presbyterian Queens","Flushing, NY","2016-06","2018-12","Documentation only; not USCE."),
        W("Patient Navigator","Northwell Health, South Asian Health Initiative","New Hyde Park, NY","2019-09",None)],
  volunteer=[W("Health camp volunteer","Bangladeshi American Medical Association","Queens, NY","2017-01",None)],
  pubs=["Chowdhury TA, Rahman M. Prevalence of CKD in rural Bangladesh. BMC Nephrol. 2014;15:142. PMID: 25189230"],
  other_pubs=["Poster: Chowdhury TA. Community screening for CKD among South Asian New Yorkers. NKF Spring Clinical Meetings 2022."],
  certs=["BLS","ACLS"],
  refs=[("Anjali Mehta, MD","Nephrology, NYC H+H/Elmhurst","mehtaa2@nychhc.org","(718) 555-0114")],
))

P.append(dict(
  name="Camila Restrepo Gaviria", suffix="MD", email="camila.restrepo.g@gmail.com", phone="(305) 555-0183", e164="+13055550183",
  address="1450 Brickell Bay Dr, Apt 2305, Miami, FL 33131", datefmt="Mon. yyyy", present="Present",
  school="Universidad de Antioquia, Facultad de Medicina", school_city="Medellín, Colombia", country="CO", grad=2013, degree="Médica y Cirujana",
  edu_extra=[("MSPH, Epidemiology", "University of Miami Miller School of Medicine", "2018")],
  step1="pass", step1_txt="USMLE Step 1: Pass", step2=244, step2_txt="USMLE Step 2 CK: 244", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="citizen", visa_txt="U.S. Citizen",
  specialties=["Internal Medicine","Infectious Disease"], objective="Internal Medicine → Infectious Diseases.",
  langs_txt="Spanish (native), English (fluent), Portuguese (basic)", languages=["Spanish","English","Portuguese"],
  usce=[U("research","Infectious Disease","FL","2016-08","2019-07","Research Coordinator","University of Miami Miller School of Medicine, Division of Infectious Diseases","Miami, FL"),
        U("research","Infectious Disease","FL","2019-08","2022-12","Research Associate","University of Miami CFAR","Miami, FL"),
        U("hands_on","Infectious Disease","FL","2023-02","2023-03","Externship – ID Consults","Jackson Memorial Hospital","Miami, FL"),
        U("observership","Internal Medicine","GA","2023-05","2023-05","Observership – Internal Medicine","Piedmont Atlanta Hospital","Atlanta, GA")],
  work=[W("Médica interna","Hospital San Vicente Fundación","Medellín, Colombia","2012-01","2012-12"),
        W("Servicio Social Obligatorio (rural)","E.S.E. Hospital San Juan de Dios","Yarumal, Antioquia","2013-02","2014-01"),
        W("Médica general","Clínica Las Américas","Medellín, Colombia","2014-02","2015-12")],
  volunteer=[W("Volunteer","Camillus Health Concern","Miami, FL","2016-10","2020-02")],
  pubs=["Restrepo Gaviria C, Doblecki-Lewis S. PrEP uptake among Latino MSM in Miami. AIDS Behav. 2019;23(7):1800-1808. PMID: 30924062",
        "Doblecki-Lewis S, Restrepo Gaviria C, et al. Zika seroprevalence in Miami-Dade. Emerg Infect Dis. 2020;26(3):540-543. PMID: 32091363",
        "Restrepo Gaviria C, et al. Long-acting cabotegravir implementation. Clin Infect Dis. 2023;76(5):900-907. PMID: 36189903"],
  other_pubs=["IDWeek 2021 poster: Syphilis trends in South Florida."],
  certs=["BLS","ACLS","CITI GCP"],
  refs=[("Susanne Doblecki-Lewis, MD","University of Miami","sdoblecki@med.miami.edu","305-555-0138")],
))

P.append(dict(
  name="Ahmad Al-Khatib", alt="أحمد الخطيب", suffix="MD", email="ahmad.alkhatib.mayo@gmail.com", phone="(507) 555-0117", e164="+15075550117",
  address="1201 2nd St SW, Apt 508, Rochester, MN 55902", datefmt="mm/yyyy", present="Present",
  school="The University of Jordan, School of Medicine", school_city="Amman, Jordan", country="JO", grad=2012, degree="MD",
  edu_extra=[],
  step1=236, step1_txt="USMLE Step 1: 236", step2=248, step2_txt="USMLE Step 2 CK: 248", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="j1", visa_txt="J-1 (Research Scholar); will require J-1 clinical sponsorship via ECFMG",
  specialties=["Internal Medicine","Rheumatology"], objective="Internal Medicine residency; Rheumatology long-term.",
  langs_txt="Arabic, English", languages=["Arabic","English"],
  usce=[U("research","Rheumatology","MN","2019-10",None,"Research Fellow","Mayo Clinic, Division of Rheumatology","Rochester, MN"),
        U("observership","Rheumatology","MN","2021-04","2021-06","Observership – Rheumatology Clinic","Mayo Clinic","Rochester, MN")],
  work=[W("Intern","Jordan University Hospital","Amman, Jordan","2012-07","2013-06"),
        W("Resident, Internal Medicine","Jordan University Hospital","Amman, Jordan","2013-07","2017-06"),
        W("Specialist, Internal Medicine","King Hussein Cancer Center","Amman, Jordan","2017-07","2019-09")],
  volunteer=[],
  pubs=["Al-Khatib A, Crowson CS, Matteson EL. Giant cell arteritis incidence trends. Arthritis Rheumatol. 2021;73(6):1050-1058. PMID: 33369200",
        "Al-Khatib A, et al. Interstitial lung disease in RA: Rochester cohort. Rheumatology (Oxford). 2022;61(4):1500-1508. PMID: 34264329",
        "Crowson CS, Al-Khatib A. Cardiovascular risk calculators in RA. J Rheumatol. 2023;50(2):190-197. PMID: 36109080"],
  other_pubs=["ACR Convergence 2022 abstract #0412."],
  certs=["BLS (AHA)"],
  refs=[("Eric L. Matteson, MD, MPH","Mayo Clinic","matteson.eric@mayo.edu","507-555-0171")],
))

P.append(dict(
  name="Bethlehem Tesfaye Alemu", suffix="MD", email="bethlehem.alemu@gmail.com", phone="(571) 555-0193", e164="+15715550193",
  address="5920 Columbia Pike, Apt 302, Falls Church, VA 22041", datefmt="Month yyyy", present="Present",
  school="Addis Ababa University, School of Medicine", school_city="Addis Ababa, Ethiopia", country="ET", grad=2011, degree="Doctor of Medicine",
  edu_extra=[],
  step1="pass", step1_txt="Step 1: Pass", step2=231, step2_txt="Step 2 CK: 231", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="green_card", visa_txt="Permanent Resident (Diversity Visa)",
  specialties=["Family Medicine","Psychiatry"], objective="Family Medicine or Psychiatry.",
  langs_txt="Amharic, Tigrinya, Afaan Oromo (basic), English", languages=["Amharic","Tigrinya","Oromo","English"],
  usce=[U("observership","Family Medicine","VA","2020-09","2020-10","Observership – Family Medicine","Inova Fairfax Hospital","Falls Church, VA"),
        U("telehealth","Psychiatry","MD","2021-01","2021-03","Telepsychiatry Rotation","University of Maryland Medical System (virtual)","Baltimore, MD"),
        U("hands_on","Psychiatry","DC","2022-06","2022-08","Externship – Psychiatry","MedStar Washington Hospital Center","Washington, DC"),
        U("hands_on","Family Medicine","VA","2022-07","2022-09","Clinical Rotation – Family Medicine","VCU Health Community Memorial Hospital","South Hill, VA")],
  work=[W("Intern","Tikur Anbessa Specialized Hospital","Addis Ababa, Ethiopia","2010-09","2011-08"),
        W("General Practitioner","Ayder Referral Hospital","Mekelle, Ethiopia","2011-10","2015-06"),
        W("Medical Assistant","Kaiser Permanente Tysons Corner Medical Center","Tysons, VA","2016-03","2020-07")],
  volunteer=[W("Volunteer","Arlington Free Clinic","Arlington, VA","2017-01","2022-12")],
  pubs=[], other_pubs=["Poster: Alemu BT. Depression screening in Ethiopian immigrants. APA Annual Meeting 2023, San Francisco, CA."],
  certs=["BLS","ACLS","Mental Health First Aid"],
  refs=[("Samuel Tadesse, MD","Inova Family Medicine","samuel.tadesse@inova.org","(703) 555-0160")],
))

# ---- scans 17-21
P.append(dict(
  name="Gabriel Souza Nascimento", suffix="MD", email="gabriel.nascimento.md@gmail.com", phone="(617) 555-0138", e164="+16175550138",
  address="45 Prospect St, Cambridge, MA 02139", datefmt="mm/yyyy", present="Present",
  school="Universidade Federal de Minas Gerais (UFMG)", school_city="Belo Horizonte, Brazil", country="BR", grad=2014, degree="Médico",
  edu_extra=[], step1=233, step1_txt="USMLE Step 1: 233", step2=246, step2_txt="USMLE Step 2 CK: 246", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="green_card", visa_txt="Green card holder",
  specialties=["Psychiatry"], objective="Psychiatry residency.", langs_txt="Portuguese, English, Spanish", languages=["Portuguese","English","Spanish"],
  usce=[U("research","Psychiatry","MA","2017-01","2021-12","Research Assistant","Massachusetts General Hospital, Department of Psychiatry","Boston, MA"),
        U("observership","Psychiatry","MA","2022-03","2022-04","Observership – Consultation-Liaison Psychiatry","Beth Israel Deaconess Medical Center","Boston, MA")],
  work=[W("Médico generalista","Hospital das Clínicas da UFMG","Belo Horizonte, Brazil","2015-02","2016-11")],
  volunteer=[], pubs=["Nascimento GS, Perlis RH. Lithium response polygenic score. Am J Psychiatry. 2020;177(9):800-808. PMID: 32466664",
                      "Perlis RH, Nascimento GS. Suicide risk prediction from EHR. JAMA Psychiatry. 2021;78(6):620-628. PMID: 33688926"],
  other_pubs=[], certs=["BLS"], refs=[("Roy H. Perlis, MD","MGH Psychiatry","rperlis@mgh.harvard.edu","617-555-0102")],
))

P.append(dict(
  name="Mohammed Yaser Alhamwi", suffix="MD", email="m.alhamwi.md@gmail.com", phone="(313) 555-0172", e164="+13135550172",
  address="15200 Michigan Ave, Dearborn, MI 48126", datefmt="Mon yyyy", present="Present",
  school="Damascus University Faculty of Medicine", school_city="Damascus, Syria", country="SY", grad=2009, degree="MD",
  edu_extra=[], step1=224, step1_txt="USMLE Step 1: 224", step2=237, step2_txt="USMLE Step 2 CK: 237", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="green_card", visa_txt="Permanent Resident",
  specialties=["Internal Medicine"], objective="Internal Medicine.", langs_txt="Arabic, English, Turkish", languages=["Arabic","English","Turkish"],
  usce=[U("observership","Internal Medicine","MI","2018-03","2018-05","Observership – Internal Medicine","Beaumont Hospital, Dearborn","Dearborn, MI"),
        U("hands_on","Internal Medicine","MI","2019-01","2019-03","Externship – Internal Medicine","Detroit Medical Center – Sinai-Grace","Detroit, MI")],
  work=[W("Resident, Internal Medicine","Al-Mouwasat University Hospital","Damascus, Syria","2009-09","2012-08"),
        W("Physician","Syrian American Medical Society clinic","Gaziantep, Turkey","2013-01","2016-06"),
        W("Medical Assistant","ACCESS Community Health & Research Center","Dearborn, MI","2016-10","2020-12")],
  volunteer=[], pubs=[], other_pubs=[], certs=["BLS","ACLS"], refs=[("Layla Haidar, MD","Beaumont","layla.haidar@beaumont.org","313-555-0111")],
))

P.append(dict(
  name="Joanna Wiśniewska", suffix="lek.", email="joanna.wisniewska.md@gmail.com", phone="(214) 555-0161", e164="+12145550161",
  address="5323 Harry Hines Blvd, Dallas, TX 75390", datefmt="yyyy-mm", present="obecnie / Present",
  school="Medical University of Warsaw", school_city="Warsaw, Poland", country="PL", grad=2012, degree="Lekarz (MD)",
  edu_extra=[], step1=238, step1_txt="USMLE Step 1: 238", step2=250, step2_txt="USMLE Step 2 CK: 250", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="citizen", visa_txt="US Citizen",
  specialties=["Anesthesiology"], objective="Anesthesiology residency.", langs_txt="Polish, English, German", languages=["Polish","English","German"],
  usce=[U("research","Anesthesiology","TX","2016-06","2020-05","Research Associate","UT Southwestern Medical Center, Department of Anesthesiology & Pain Management","Dallas, TX"),
        U("hands_on","Anesthesiology","TX","2021-01","2021-02","Externship – Anesthesiology","Parkland Memorial Hospital","Dallas, TX")],
  work=[W("Staż podyplomowy (internship)","Szpital Bielański","Warsaw, Poland","2012-10","2013-09"),
        W("Resident, Anaesthesiology","Central Clinical Hospital","Warsaw, Poland","2013-10","2015-12")],
  volunteer=[], pubs=["Wiśniewska J, Joshi GP. Opioid-sparing anesthesia for bariatric surgery. Anesth Analg. 2019;128(4):700-708. PMID: 30883415"],
  other_pubs=[], certs=["BLS","ACLS","PALS"], refs=[("Girish P. Joshi, MD","UT Southwestern","girish.joshi@utsouthwestern.edu","214-555-0120")],
))

P.append(dict(
  name="Ji-hoon Kim", suffix="MD, PhD", email="jihoon.kim.yale@gmail.com", phone="(203) 555-0144", e164="+12035550144",
  address="300 George St, Apt 905, New Haven, CT 06511", datefmt="yyyy.mm", present="Present",
  school="Seoul National University College of Medicine", school_city="Seoul, Republic of Korea", country="KR", grad=2010, degree="MD",
  edu_extra=[], step1=255, step1_txt="USMLE Step 1: 255", step2=262, step2_txt="USMLE Step 2 CK: 262", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="h1b", visa_txt="H-1B (Yale University)",
  specialties=["Radiology"], objective="Diagnostic Radiology.", langs_txt="Korean, English, Japanese", languages=["Korean","English","Japanese"],
  usce=[U("research","Radiology","CT","2017-03",None,"Postdoctoral Associate","Yale School of Medicine, Department of Radiology & Biomedical Imaging","New Haven, CT")],
  work=[W("Intern & Resident, Radiology","Seoul National University Hospital","Seoul, Korea","2010-03","2015-02"),
        W("Military Medical Officer","Republic of Korea Armed Forces","Korea","2015-03","2017-02")],
  volunteer=[], pubs=["Kim JH, et al. Deep learning for pulmonary nodule malignancy. Radiology. 2019;292(2):365-373. PMID: 31210613",
                      "Kim JH, Chung CS. Federated learning for chest radiographs. Radiology: AI. 2021;3(5):e200210. PMID: 34617028",
                      "Kim JH, et al. Liver fat quantification with MRI-PDFF. Radiology. 2016;280(1):120-128. PMID: 26808060"],
  other_pubs=["RSNA 2022 scientific presentation."], certs=["BLS"], refs=[("Christopher S. Chung, MD","Yale Radiology","chris.chung@yale.edu","203-555-0130")],
))

P.append(dict(
  name="Andrés Eduardo Pérez Lugo", suffix="MD", email="andres.perezlugo@hotmail.com", phone="(407) 555-0150", e164="+14075550150",
  address="7400 Southland Blvd, Orlando, FL 32809", datefmt="Mon yyyy", present="Present",
  school="Universidad Central de Venezuela, Escuela de Medicina Luis Razetti", school_city="Caracas, Venezuela", country="VE", grad=2011, degree="Médico Cirujano",
  edu_extra=[], step1="pass", step1_txt="USMLE Step 1: Pass", step2=235, step2_txt="USMLE Step 2 CK: 235", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="green_card", visa_txt="Green card",
  specialties=["Obstetrics and Gynecology"], objective="Obstetrics & Gynecology.", langs_txt="Spanish, English, Italian", languages=["Spanish","English","Italian"],
  usce=[U("observership","Obstetrics and Gynecology","FL","2021-04","2021-05","Observership – OB/GYN","AdventHealth Orlando","Orlando, FL"),
        U("hands_on","Obstetrics and Gynecology","FL","2022-01","2022-03","Externship – OB/GYN","Orlando Health Winnie Palmer Hospital","Orlando, FL")],
  work=[W("Residente de Obstetricia y Ginecología","Maternidad Concepción Palacios","Caracas, Venezuela","2012-01","2015-12"),
        W("Medical Scribe","Orlando Health ED","Orlando, FL","2017-05","2020-12")],
  volunteer=[W("Volunteer","Shepherd's Hope clinic","Orlando, FL","2018-01","2021-12")], pubs=[], other_pubs=[], certs=["BLS","ACLS","ALSO"],
  refs=[("Maria Torres, MD","AdventHealth","maria.torres@adventhealth.com","407-555-0177")],
))

# ---- damaged 22-24 (truncated source CV person)
P.append(dict(
  name="Fatima Zahra Benali", suffix="MD", email="fz.benali@gmail.com", phone="(617) 555-0109", e164="+16175550109",
  address="12 Beacon St, Boston, MA 02108", datefmt="mm/yyyy", present="Present",
  school="Faculté de Médecine et de Pharmacie de Rabat", school_city="Rabat, Morocco", country="MA", grad=2013, degree="Doctorat en Médecine",
  edu_extra=[], step1="pass", step1_txt="USMLE Step 1: Pass", step2=240, step2_txt="USMLE Step 2 CK: 240", step3=None, step3_txt=None,
  ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="green_card", visa_txt="Green card", specialties=["Internal Medicine"], objective="IM.",
  langs_txt="Arabic, French, English", languages=["Arabic","French","English"],
  usce=[U("research","Internal Medicine","MA","2018-01","2022-01","Research Coordinator","Boston Medical Center","Boston, MA")],
  work=[], volunteer=[], pubs=[], other_pubs=[], certs=["BLS"], refs=[],
))

import re as _re
for _i, _p in enumerate(P):
    _p["alias"] = _i % 3
    for _w in _p["work"]:
        _w["us"] = bool(_re.search(r", [A-Z]{2}$|\b(TX|NY|VA|MI|FL|NJ|GA|PA|IL|AZ)\b", _w["place"]))
for _i in (3, 12, 15, 17):   # these applicants list scribe/MA/navigator jobs under their US clinical heading
    P[_i]["mix_in_usce"] = True
P[1]["dob"] = "Date of birth: 14 March 1988 | Place of birth: Sialkot, Pakistan"
P[7]["dob"] = "Born 1990, Moscow"
P[12]["dob"] = "DOB: 02/11/1985 | Nationality: Bangladeshi-born US permanent resident"
P[15]["dob"] = "Year of birth: 1986"

# free-form date displays on single entries (truth keeps YYYY-MM)
P[10]["usce"][1]["disp"] = "Jan–Feb 2023"          # Oleksandr sub-I
P[6]["usce"][2]["disp"] = "Summer 2021 (June)"      # José Luis audition rotation
P[15]["usce"][1]["disp"] = "January–March 2021"     # Bethlehem telepsychiatry
P[2]["usce"][3]["disp"] = "Fall 2024 (Sep–Nov)"     # Nourhan tele-rotation
