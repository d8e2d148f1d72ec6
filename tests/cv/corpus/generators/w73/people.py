# -*- coding: utf-8 -*-
"""Content of the w73 CVs. Each person: header data, truth data, and free-form sections.

Section item forms:
  str                                  -> a paragraph / bullet line
  (title, org, dates, [bullets])       -> an entry
  ("kv", label, value)                 -> label: value row
"""

P = []


def person(**kw):
    P.append(kw)
    return kw


# ---------------------------------------------------------------- 001
person(
    n=1, layout="docx_nhs_table", ext="docx", tool="python-docx (tables, contacts in page header)",
    name="Usman Ali Chaudhry", display_name="Dr Usman Ali Chaudhry MBBS MRCP(UK)",
    email="usman.a.chaudhry@nhs.net", phone="07700 900482", phone_e164="+447700900482",
    address="Flat 12, Kingsway Court, Manchester M19 2LL, United Kingdom",
    school="King Edward Medical University", country="PK", grad=2015, student=False,
    step1="pass", step2=241, step3=None, ecfmg="certified", visa="j1",
    specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Urdu", "Punjabi"],
    pubs=3,
    usce=[dict(type="observership", specialty="Gastroenterology", state="OH", start="2023-08", end="2023-09")],
    sections=[
        ("Personal Details", [
            ("kv", "GMC Number", "7461923 (Full registration with licence to practise)"),
            ("kv", "Date of Birth", "14/02/1991"),
            ("kv", "Nationality", "Pakistani (UK Skilled Worker visa)"),
            ("kv", "US visa", "Will require J-1 (ECFMG sponsored) for residency"),
        ]),
        ("Career Statement", [
            "Internal medicine registrar-level clinician with six years of NHS acute medical experience, "
            "applying to US Internal Medicine residency with a long-term aim of Gastroenterology fellowship.",
        ]),
        ("Education & Qualifications", [
            ("MBBS", "King Edward Medical University, Lahore, Pakistan", "2009 – 2015", ["Distinction in Medicine (final professional)"]),
            ("MRCP(UK) Diploma", "Royal Colleges of Physicians of the United Kingdom", "PACES passed Oct 2021", []),
            ("PLAB 1 & 2", "General Medical Council", "PLAB 1 Mar 2017; PLAB 2 Sep 2017", []),
            ("USMLE", "ECFMG", "Step 1: PASS (2022); Step 2 CK: 241 (Feb 2023); ECFMG certified Jun 2023", []),
        ]),
        ("Employment History", [
            ("Specialty Registrar (Locum Appointment for Service), Gastroenterology", "Manchester Royal Infirmary, Manchester University NHS FT",
             "Aug 2023 – present", ["Endoscopy list (diagnostic OGD, 140+ procedures, JAG log)", "Med reg on call 1:8"]),
            ("Core Medical Trainee (IMT1–IMT2)", "Salford Royal NHS Foundation Trust", "Aug 2021 – Jul 2023",
             ["Rotations: Acute Medicine, Gastroenterology, Respiratory, Geriatrics", "Led ward rounds on 28-bed AMU"]),
            ("Trust Grade Doctor (FY2 level), General Medicine", "Royal Oldham Hospital, Northern Care Alliance", "Feb 2018 – Jul 2019",
             []),
            ("Clinical Fellow in Acute Medicine", "Royal Oldham Hospital", "Aug 2019 – Jul 2021", ["Covid-19 ward lead 2020"]),
            ("House Officer (Medicine & Surgery)", "Mayo Hospital, Lahore", "Jan 2016 – Dec 2016", []),
        ]),
        ("US Clinical Experience", [
            ("Clinical Observer, Department of Gastroenterology, Hepatology & Nutrition", "Cleveland Clinic, Cleveland, Ohio",
             "08/2023 – 09/2023", ["Observed IBD clinic and advanced endoscopy (ERCP/EUS)"]),
        ]),
        ("Audit & Quality Improvement", [
            "Re-audit of VTE risk assessment on AMU (compliance 61% → 93%), presented at Trust Audit Day, Mar 2022",
            "Time to antibiotics in neutropenic sepsis – closed-loop audit, 2019–2020",
            "QIP: Alcohol withdrawal pathway (CIWA-Ar) rollout, Salford Royal, 2022",
        ]),
        ("Teaching", [
            "Weekly bedside teaching for University of Manchester MBChB year 4 students (2021–2023)",
            "PACES mock examiner, North West Deanery, 2023",
        ]),
        ("Courses", ["ALS (Resuscitation Council UK), renewed Jan 2024", "Basic Skills in Endoscopy (JAG), 2023",
                     "Generic Instructor Course, 2022", "Simulation faculty, 2022"]),
        ("Publications", [
            "Chaudhry UA, Patel R, Lim S. Faecal calprotectin in the acute medical take. Frontline Gastroenterol. 2022;13(4):301-306.",
            "Chaudhry UA, et al. Refeeding syndrome in alcohol-related hepatitis. Clin Med (Lond). 2023;23(2):145-149.",
            "Hussain T, Chaudhry UA. Dengue fever outbreak in Lahore: a retrospective cohort. J Pak Med Assoc. 2017;67(9):1350-4.",
            "Poster: Iron deficiency pathway audit. BSG Live, Birmingham, June 2023.",
        ]),
        ("Languages", ["English (IELTS Academic 8.0), Urdu (native), Punjabi"]),
        ("Referees", [
            ("Dr Rebecca Holloway, Consultant Gastroenterologist", "Manchester Royal Infirmary", "", ["rebecca.holloway@mft.nhs.uk | 0161 276 1234"]),
            ("Dr Anil Mehta, Consultant Physician & IMT Programme Director", "Salford Royal", "", ["anil.mehta@nca.nhs.uk | +44 161 789 7373"]),
        ]),
    ],
)

# ---------------------------------------------------------------- 002
person(
    n=2, layout="lo_docx_pdf", ext="pdf", tool="python-docx -> LibreOffice headless PDF",
    name="Aisha Abdelrahman Mohamed Elhassan", display_name="Dr. Aisha Abdelrahman Mohamed Elhassan, MBBS, MRCPCH",
    email="aisha.elhassan.peds@gmail.com", phone="+44 7911 438 205", phone_e164="+447911438205",
    address="21 Heathfield Road, Birmingham B14 7DB, UK",
    school="University of Khartoum", country="SD", grad=2014, student=False,
    step1=228, step2=236, step3=None, ecfmg="certified", visa="j1",
    specialties=["Pediatrics"], languages=["English", "Arabic"], pubs=1, usce=[],
    sections=[
        ("Professional Registrations", [
            ("kv", "GMC (UK)", "7612045 – full registration, licence to practise"),
            ("kv", "Saudi Commission for Health Specialties", "Classification: Resident (Paediatrics), SCFHS No. 15-R-0098341 (lapsed 2019)"),
            ("kv", "Sudan Medical Council", "Registration no. 23517"),
        ]),
        ("Education", [
            ("Bachelor of Medicine and Bachelor of Surgery (MBBS)", "Faculty of Medicine, University of Khartoum, Sudan", "2008–2014", []),
            ("MRCPCH (Membership of the Royal College of Paediatrics and Child Health)", "RCPCH, London", "Clinical exam passed 2022", []),
            ("USMLE Step 1 / Step 2 CK", "", "Step 1: 228 (2019) · Step 2 CK: 236 (2020) · ECFMG Certificate issued 2021", []),
        ]),
        ("Clinical Experience", [
            ("Clinical Fellow in Paediatrics (ST4 level)", "Birmingham Children's Hospital, Birmingham Women's and Children's NHS FT",
             "September 2022 – current", ["Tier 2 rota in general paediatrics and PICU step-down", "Safeguarding level 3"]),
            ("Trust Grade Registrar, Paediatrics & Neonates", "Royal Stoke University Hospital", "Oct 2019 – Aug 2022",
             ["Neonatal unit level 3; intubation and UVC/UAC placement", "Paediatric ED cover"]),
            ("Paediatric Resident (R1–R3)", "King Fahad Medical City, Riyadh, Saudi Arabia", "2015.10 – 2018.09",
             ["Saudi Board programme in Paediatrics (completed R3, left before Part II)"]),
            ("House Officer", "Soba University Hospital, Khartoum", "03/2014 – 02/2015", ["Paediatrics, Medicine, Surgery, Obstetrics"]),
        ]),
        ("Audit and QI", [
            "Audit of sepsis six in the paediatric ED (NICE NG51) – presented at regional audit meeting, 2021",
            "QIP: Reducing unnecessary blood cultures in bronchiolitis, 2023 (36% reduction)",
            "Audit of neonatal hypoglycaemia management, Royal Stoke, 2020",
        ]),
        ("Teaching", ["Simulation faculty (PEWS deterioration), 2023–present", "Teaching FY2 and GP trainees on paediatric placements"]),
        ("Courses", ["APLS (Advanced Paediatric Life Support) – 2023", "NLS (Newborn Life Support) – 2020",
                     "Safeguarding Children Level 3 – 2024", "Good Clinical Practice (NIHR) – 2022"]),
        ("Research & Publications", [
            "Elhassan AAM, Ibrahim S. Severe acute malnutrition outcomes at Gaafar Ibnauf Children's Hospital. Sudan J Paediatr. 2016;16(2):44-51.",
            "Poster: Bronchiolitis high-flow pathway. RCPCH Conference, Liverpool, 2023.",
            "Manuscript in preparation: neonatal hypoglycaemia audit.",
        ]),
        ("Career Goal", ["Pediatrics residency in the United States; interests in general pediatrics and neonatal care. "
                         "I will require J-1 visa sponsorship through ECFMG."]),
        ("Languages", ["Arabic (native), English (IELTS Academic 8.0)"]),
        ("Referees", [
            ("Dr Helen Marsh, Consultant Paediatrician", "Birmingham Children's Hospital", "", ["helen.marsh@nhs.net", "Tel: 0121 333 9999"]),
            ("Prof. Mohammed Al-Qahtani, Consultant Neonatologist", "King Fahad Medical City, Riyadh", "", ["malqahtani@kfmc.med.sa", "+966 11 288 9999"]),
        ]),
    ],
)

# ---------------------------------------------------------------- 003
person(
    n=3, layout="chromium_sidebar", ext="pdf", tool="HTML/CSS two-column (contacts in sidebar) -> Chromium print-to-PDF",
    name="Ahmed Mostafa El-Sayed", display_name="Ahmed Mostafa El-Sayed",
    email="a.elsayed.em@outlook.com", phone="+353 87 614 2298", phone_e164="+353876142298",
    address="Santry, Dublin 9, Ireland",
    school="Cairo University", country="EG", grad=2016, student=False,
    step1="pass", step2=248, step3=None, ecfmg="certified", visa="h1b",
    specialties=["Emergency Medicine"], languages=["Arabic", "English", "French"], pubs=2,
    usce=[dict(type="observership", specialty="Emergency Medicine", state="NY", start="2024-10", end="2024-11"),
          dict(type="research", specialty="Emergency Medicine", state="MI", start="2025-01", end="2026-12")],
    sections=[
        ("Profile", ["Emergency physician (MRCEM) trained in Egypt, Qatar and Ireland. Seeking Emergency Medicine residency; "
                     "H-1B sponsorship preferred (eligible: Step 3 planned)."]),
        ("Licensure", [("kv", "Irish Medical Council", "General Division, Reg. No. 431207"),
                       ("kv", "QCHP (Qatar)", "Licence 2018–2021 (General Practitioner / EM Resident)"),
                       ("kv", "Egyptian Medical Syndicate", "No. 218845")]),
        ("Education", [("MBBCh", "Faculty of Medicine, Kasr Al Ainy – Cairo University", "Sept 2010 – Jun 2016", ["Grade: Very Good with Honours"]),
                       ("Internship (house year)", "Kasr Al Ainy Hospitals", "Mar 2017 – Feb 2018", [])]),
        ("Examinations", ["USMLE Step 1 – Pass (May 2023)", "USMLE Step 2 CK – 248 (Jan 2024)", "ECFMG Certified (April 2024)",
                          "MRCEM (Primary, SBA, OSCE) – completed 2022", "NBME CCSSA practice: 251 (not official)"]),
        ("Clinical Experience", [
            ("Senior House Officer, Emergency Medicine", "Beaumont Hospital, Dublin", "Jul 2021 – present",
             ["Resus and majors; ~35 patients/shift", "Trauma team member"]),
            ("Emergency Medicine Resident (R1–R3)", "Hamad General Hospital, Hamad Medical Corporation, Doha, Qatar", "Oct 2018 – Jun 2021",
             ["Qatar EM residency programme (ACGME-I accredited)", "Covid-19 surge ED, 2020"]),
            ("General Practitioner (locum)", "Private polyclinic, Giza", "Mar 2018 – Sep 2018", []),
        ]),
        ("US Experience", [
            ("Clinical Observership – Emergency Medicine", "Mount Sinai Hospital, New York, NY", "October–November 2024", []),
            ("Remote Research Collaborator", "Department of Emergency Medicine, University of Michigan (Ann Arbor, MI)", "Jan 2025 – ongoing",
             ["Retrospective study of ED boarding times"]),
        ]),
        ("Publications", [
            "El-Sayed AM, Farouk H, et al. Point-of-care ultrasound for renal colic in Qatar. Qatar Med J. 2021;2021(2):34.",
            "El-Sayed AM, O'Brien C. Ketamine for acute agitation in an Irish ED. Ir J Med Sci. 2023;192:2111-2116.",
            "Abstract: ED crowding and mortality — SAEM 2025 (accepted abstract).",
        ]),
        ("Audits & Teaching", ["Audit: CT head within 1 h for anticoagulated head injury (NICE CG176), Beaumont 2022",
                               "Teaching: RCSI medical students, EM module tutor 2022–2024"]),
        ("Courses", ["ACLS (AHA) 2024", "ATLS 10th ed. 2022", "APLS 2023", "FAST/eFAST ultrasound 2019"]),
        ("Referees", [("Dr Niamh Gallagher, Consultant in Emergency Medicine", "Beaumont Hospital", "", ["niamhgallagher@beaumont.ie", "+353 1 809 3000"]),
                      ("Dr Khalid Al-Mulla, Program Director EM", "HMC Doha", "", ["kalmulla@hamad.qa"])]),
    ],
    sidebar_langs="Arabic (native) · English (C2) · French (basic)",
)

# ---------------------------------------------------------------- 004
person(
    n=4, layout="reportlab_classic", ext="pdf", tool="reportlab platypus (serif, multi-page, page numbers)",
    name="Priya Ramachandran Nair", display_name="Dr Priya Ramachandran Nair",
    email="priya.r.nair@doctors.org.uk", phone="+44 7824 551 093", phone_e164="+447824551093",
    address="Leeds LS6, United Kingdom",
    school="Government Medical College, Thiruvananthapuram", country="IN", grad=2013, student=False,
    step1="pass", step2=255, step3=None, ecfmg="pending", visa=None,
    specialties=["Psychiatry"], languages=["English", "Malayalam", "Hindi", "Tamil"], pubs=2,
    usce=[dict(type="telehealth", specialty="Psychiatry", state="MA", start="2025-03", end="2025-04")],
    sections=[
        ("Personal Statement", ["Psychiatrist in training with MRCPsych and 7 years of NHS psychiatry. I am seeking a US Psychiatry residency position."]),
        ("Registration", [("kv", "GMC", "7389211 — Full, with licence to practise"), ("kv", "Travancore-Cochin Medical Council", "TCMC 51172"),
                          ("kv", "USMLE", "Step 1 passed (2024); Step 2 CK 255 (2025)"),
                          ("kv", "ECFMG", "certification pending – awaiting Pathway/OET verification")]),
        ("Education", [("MBBS", "Government Medical College, Thiruvananthapuram (Kerala University of Health Sciences)", "2007–2013", ["Compulsory Rotating Residential Internship 2012–13"]),
                       ("MRCPsych", "Royal College of Psychiatrists", "CASC passed Spring 2021", []),
                       ("PLAB", "GMC", "Part 1 – Nov 2015, Part 2 – Apr 2016", [])]),
        ("Employment", [
            ("Specialty Doctor in General Adult Psychiatry", "Leeds and York Partnership NHS FT", "2023-02 – present", ["Community mental health team, caseload 60"]),
            ("Core Trainee CT1–CT3 Psychiatry", "Yorkshire & Humber Deanery", "Aug 2019 – Jan 2023", ["Old age, CAMHS, liaison, forensic (low secure)"]),
            ("Trust Grade Doctor, Psychiatry", "South West Yorkshire Partnership NHS FT", "May 2016 – Jul 2019", []),
            ("Junior Resident, Psychiatry", "Government Medical College Hospital, Kozhikode", "Aug 2013 – Dec 2015", []),
        ]),
        ("US Clinical Exposure", [("Tele-psychiatry elective (virtual)", "Massachusetts General Hospital, Boston, MA — remote",
                                  "Mar 2025 – Apr 2025", ["Attended virtual consult-liaison rounds twice weekly"])]),
        ("Audit", ["Physical health monitoring for clozapine (NICE CG178), 2021 re-audit", "Lithium monitoring audit, 2018"]),
        ("Teaching", ["Balint group co-facilitator for medical students, University of Leeds 2021–2023", "MRCPsych Paper A course tutor"]),
        ("Publications", [
            "Nair PR, Thompson J. Clozapine-induced myocarditis: a case series. BJPsych Bull. 2022;46(3):178-182.",
            "Nair PR, et al. Delirium screening in older adult inpatients. Int J Geriatr Psychiatry. 2020;35(10):1201-1207.",
            "Poster: Telepsychiatry in rural Kerala. RCPsych International Congress 2019.",
        ]),
        ("Courses", ["Management of Actual or Potential Aggression (MAPA) 2023", "ILS 2022", "Section 12(2) MHA approval course 2022"]),
        ("Languages", ["English, Malayalam (native), Hindi, Tamil"]),
        ("Referees", [("Dr Jonathan Reeve, Consultant Psychiatrist", "Leeds and York Partnership NHS FT", "", ["j.reeve@nhs.net", "0113 855 5000"]),
                      ("Dr Sunita Varghese, Training Programme Director", "Health Education England – Yorkshire", "", ["sunita.varghese@hee.nhs.uk"])]),
    ],
)

# ---------------------------------------------------------------- 005
person(
    n=5, layout="fpdf2_compact", ext="pdf", tool="fpdf2 (core Helvetica, compact one column)",
    name="Oluwaseun Adebayo Ogunleye", display_name="OLUWASEUN ADEBAYO OGUNLEYE, MBBS",
    email="seun.ogunleye@yahoo.co.uk", phone="+44 (0) 7456 201 887", phone_e164="+447456201887",
    address="Nottingham NG7 2UH, United Kingdom",
    school="University of Ibadan", country="NG", grad=2017, student=False,
    step1="pass", step2=260, step3=None, ecfmg="certified", visa="j1",
    specialties=["Internal Medicine", "Cardiology"], languages=["English", "Yoruba"], pubs=0,
    usce=[dict(type="observership", specialty="Cardiology", state="TX", start="2025-02", end="2025-03"),
          dict(type="observership", specialty="Internal Medicine", state="TX", start="2025-04", end="2025-04")],
    sections=[
        ("Summary", ["IMT doctor in the NHS aiming for Internal Medicine residency followed by Cardiology fellowship. J-1 visa needed."]),
        ("Exams", ["USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 260 (2024)", "ECFMG certification: Certified, Aug 2024",
                   "PLAB 1 (2019), PLAB 2 (2020)", "MRCP(UK) Part 1 (2022), Part 2 Written (2023)"]),
        ("Education", [("MBBS", "College of Medicine, University of Ibadan, Nigeria", "2011 - 2017", [])]),
        ("Work Experience", [
            ("Internal Medicine Trainee (IMT2)", "Nottingham University Hospitals NHS Trust", "Aug 2023 - present", ["Cardiology and CCU rotation, acute take"]),
            ("Clinical Fellow, Acute Medicine", "Queen's Medical Centre, Nottingham", "Aug 2021 - Jul 2023", []),
            ("Trust Grade SHO (FY2 equivalent)", "Kettering General Hospital", "Sep 2020 - Jul 2021", []),
            ("National Youth Service Corps (NYSC) Medical Officer", "General Hospital, Ilorin, Kwara State", "2019", []),
            ("House Officer (Housemanship)", "University College Hospital, Ibadan", "Feb 2018 - Jan 2019", []),
        ]),
        ("US Clinical Experience", [
            ("Observer, Cardiology", "Houston Methodist DeBakey Heart & Vascular Center, Houston, TX", "Feb 2025 - Mar 2025", []),
            ("Observer, Internal Medicine (inpatient)", "Baylor St. Luke's Medical Center, Houston, TX", "April 2025", []),
        ]),
        ("Audit / QI", ["Audit: Troponin requesting in chest pain (ESC 0/1h), NUH 2024", "QIP: Discharge summary completion within 24h (2022)"]),
        ("Teaching", ["Co-organiser, weekly FY1 teaching programme, QMC 2022-23", "PLAB 2 mock OSCE examiner (voluntary)"]),
        ("Courses", ["ALS 2023", "Level 1 Echo (BSE) course 2024", "Teach the Teacher 2022"]),
        ("Presentations", ["Poster: Hyperkalaemia management audit, Society for Acute Medicine 2022", "Oral: Case report, Nigerian Cardiac Society 2019"]),
        ("Interests", ["Football, Yoruba literature, mentoring Nigerian IMGs in the NHS"]),
        ("Referees", [("Dr Paul Whitfield, Consultant Cardiologist", "Nottingham University Hospitals", "", ["paul.whitfield@nuh.nhs.uk"]),
                      ("Dr Folake Adeyemi, Consultant Physician", "University College Hospital Ibadan", "", ["f.adeyemi@uch-ibadan.org.ng", "+234 803 456 7788"])]),
    ],
    langs_line="Languages: English (fluent), Yoruba (native)",
)

# ---------------------------------------------------------------- 006
person(
    n=6, layout="plain_txt", ext="txt", tool="plain UTF-8 text (hand-typed look)",
    name="Maria Cristina Dela Cruz Santos", display_name="MARIA CRISTINA DELA CRUZ SANTOS, MD",
    email="mcdsantos.md@gmail.com", phone="+971 55 318 7420", phone_e164="+971553187420",
    address="Al Barsha 1, Dubai, UAE",
    school="University of Santo Tomas", country="PH", grad=2012, student=False,
    step1="pass", step2=232, step3=None, ecfmg="pending", visa="b1b2",
    specialties=["Family Medicine"], languages=["English", "Filipino", "Arabic"], pubs=0,
    usce=[dict(type="observership", specialty="Family Medicine", state="IL", start="2024-06", end="2024-06")],
    sections=[],
)

# ---------------------------------------------------------------- 007
person(
    n=7, layout="odt_odfpy", ext="odt", tool="odfpy (ODT, styles, tables)",
    name="Mustafa Kadhim Al-Rubaie", display_name="Dr. Mustafa Kadhim Al-Rubaie MBChB MRCS",
    email="m.alrubaie.surg@gmail.com", phone="+965 6655 2031", phone_e164="+96566552031",
    address="Salmiya, Kuwait",
    school="University of Baghdad", country="IQ", grad=2011, student=False,
    step1="pass", step2=239, step3=None, ecfmg="certified", visa=None,
    specialties=["General Surgery"], languages=["Arabic", "English"], pubs=4, usce=[],
    sections=[
        ("Objective", ["General surgeon (MRCS, Arab Board part I) seeking a categorical General Surgery residency in the USA."]),
        ("Licences", [("kv", "Kuwait Ministry of Health", "Registrar, General Surgery – Licence KW-MOH 2022/11873"),
                      ("kv", "GMC", "7298410 (relinquished 2022)"),
                      ("kv", "Iraqi Medical Association", "No. 44190")]),
        ("Education", [("MBChB", "College of Medicine, University of Baghdad", "2005–2011", ["Ranked 31/512"]),
                       ("MRCS (England)", "Royal College of Surgeons of England", "Part A 2016, Part B OSCE 2017", []),
                       ("USMLE", "", "Step 1 PASS (2023); Step 2 CK 239 (2024); ECFMG certified 2024", [])]),
        ("Surgical Experience", [
            ("Registrar, General & Laparoscopic Surgery", "Mubarak Al-Kabeer Hospital, Jabriya, Kuwait", "Sep 2022 – present",
             ["Independent lap. cholecystectomy, appendicectomy, hernia repair", "On-call emergency surgery 1:5"]),
            ("Core Surgical Trainee (CT1–CT2)", "East of England: Addenbrooke's / West Suffolk", "Aug 2018 – Jul 2020", []),
            ("Clinical Fellow in General Surgery", "Ipswich Hospital NHS Trust", "Aug 2020 – Aug 2022", ["Colorectal and upper GI firms"]),
            ("Trust Grade SHO, General Surgery", "Luton & Dunstable University Hospital", "Mar 2017 – Jul 2018", []),
            ("Resident Doctor (Surgery)", "Baghdad Teaching Hospital, Medical City", "2012 – 2015", ["Trauma surgery during 2014 mass-casualty events"]),
        ]),
        ("Operative Logbook (summary)", [("kv", "Laparoscopic cholecystectomy", "186 (112 as primary surgeon)"),
                                        ("kv", "Appendicectomy", "240"), ("kv", "Inguinal hernia repair", "131"), ("kv", "Emergency laparotomy", "58 (assist/primary)")]),
        ("Audit", ["NELA compliance audit – Ipswich 2021", "Consent form documentation (Montgomery) – L&D 2018", "Day-case lap chole discharge rates – Kuwait 2023"]),
        ("Teaching", ["Tutor, Basic Surgical Skills course (RCS England), 2019", "Lectures for Kuwait University students on surgical rotation"]),
        ("Publications", [
            "Al-Rubaie MK, Hassan AA. Blast injuries of the abdomen: 3-year experience. Iraqi J Med Sci. 2015;13(2):150-157.",
            "Al-Rubaie MK, et al. Early versus delayed cholecystectomy in acute cholecystitis. Ann R Coll Surg Engl. 2021;103(8):580-585.",
            "Al-Rubaie MK, Smith J, Patel V. Frailty scores in emergency laparotomy. Br J Surg. 2022;109(S5):znac248.",
            "Al-Rubaie MK, Al-Enezi F. Pilonidal sinus recurrence after Limberg flap. Med Princ Pract. 2024;33(1):45-51.",
            "Presentations: ASGBI 2021 (poster), Kuwait Surgical Conference 2023 (oral).",
        ]),
        ("Courses", ["ATLS (2023 renewal)", "CCrISP 2019", "Basic Surgical Skills 2016", "Laparoscopic skills (Karl Storz) 2021"]),
        ("Languages", ["Arabic – native; English – fluent (IELTS 7.5)"]),
        ("References", [("Mr. David Crane, Consultant Colorectal Surgeon", "Ipswich Hospital", "", ["david.crane@esneft.nhs.uk"]),
                        ("Dr. Fahad Al-Enezi, Head of Surgery", "Mubarak Al-Kabeer Hospital", "", ["+965 2531 2700", "f.alenezi@moh.gov.kw"])]),
    ],
)

# ---------------------------------------------------------------- 008
person(
    n=8, layout="rtf_handwritten", ext="rtf", tool="hand-written RTF (\\u escapes, tab stops)",
    name="Fatima Zahra Siddiqui", display_name="Dr Fatima Zahra Siddiqui",
    email="fz.siddiqui@protonmail.com", phone="+1 (443) 562-0187", phone_e164="+14435620187",
    address="Baltimore, MD 21205, USA (research visa)",
    school="Aga Khan University", country="PK", grad=2019, student=False,
    step1="pass", step2=262, step3=None, ecfmg="certified", visa="j1",
    specialties=["Neurology"], languages=["English", "Urdu", "Sindhi"], pubs=5,
    usce=[dict(type="research", specialty="Neurology", state="MD", start="2025-07", end="2026-12"),
          dict(type="observership", specialty="Neurology", state="MD", start="2025-09", end="2025-10")],
    sections=[
        ("Current Position", [("Postdoctoral Research Fellow, Stroke & Cerebrovascular Division", "Johns Hopkins University School of Medicine, Baltimore, MD",
                               "07/2025 – present", ["J-1 Research Scholar; thrombectomy outcomes registry"])]),
        ("Education", [("MBBS", "Aga Khan University, Karachi, Pakistan", "2014 – 2019", ["Dean's Honour Roll 2016, 2018"])]),
        ("Licensing Exams", [("kv", "USMLE Step 1", "Pass (2021)"), ("kv", "USMLE Step 2 CK", "262 (2022)"),
                             ("kv", "ECFMG", "Certified 2022"), ("kv", "PLAB 1", "passed 2020 (for UK entry)")]),
        ("UK Experience", [("Foundation Year 2 (stand-alone FY2)", "Royal Preston Hospital, Lancashire Teaching Hospitals", "Aug 2021 – Aug 2022",
                            ["Stroke medicine, ED, General Surgery"]),
                           ("Clinical Fellow in Neurology", "Royal Preston Hospital", "Sep 2022 – Jun 2025",
                            ["Hyperacute stroke unit, thrombolysis calls", "GMC 7780134"])]),
        ("Pakistan", [("House Officer", "Aga Khan University Hospital, Karachi", "Jan 2020 – Dec 2020", ["Internal Medicine and Neurology"])]),
        ("US Clinical Observership", [("Neurology Inpatient Observer", "Johns Hopkins Hospital, Baltimore, MD", "Sep 2025 – Oct 2025", [])]),
        ("Peer-reviewed Publications", [
            "Siddiqui FZ, et al. Stroke in young adults in Karachi. J Stroke Cerebrovasc Dis. 2020;29(11):105210.",
            "Siddiqui FZ, Wasim M. Cerebral venous thrombosis in Pakistan: a multicentre series. Neurol Asia. 2021;26(2):301-307.",
            "Siddiqui FZ, Ahmed N. Door-to-needle time in a UK district HASU. BMJ Open Qual. 2023;12:e002201.",
            "Khan R, Siddiqui FZ, et al. Guillain-Barré syndrome after COVID-19 vaccination. Cureus. 2022;14(3):e23001.",
            "Siddiqui FZ, Marlowe EB, Urquhart VC. Tenecteplase vs alteplase in a registry cohort. Stroke. 2026;57(2):301-309.",
        ]),
        ("Abstracts / Posters", ["International Stroke Conference 2026 (poster)", "UK Stroke Forum 2023 (poster x2)"]),
        ("Audit & Teaching", ["Audit: Swallow screen within 4 h of admission (SSNAP), 2023", "Teaching: Neuro-examination sessions for Lancaster medical students"]),
        ("Interests", ["Vascular neurology, neurocritical care, Urdu poetry"]),
        ("Languages", ["English, Urdu, Sindhi"]),
        ("References", [("Dr. Elisabeth Marlowe, Associate Professor of Neurology", "Johns Hopkins", "", ["emarlowe@jhmi.edu", "(410) 955-5000"]),
                        ("Dr Nadeem Ahmed, Consultant Stroke Physician", "Royal Preston Hospital", "", ["nadeem.ahmed@lthtr.nhs.uk"])]),
    ],
)

# ---------------------------------------------------------------- 009
person(
    n=9, layout="docx_footer_contacts", ext="docx", tool="python-docx (contacts only in footer, tables for exams)",
    name="Rajesh Kumar Venkataraman", display_name="Dr. Rajesh Kumar Venkataraman",
    email="rk.venkataraman@gmail.com", phone="+61 412 889 034", phone_e164="+61412889034",
    address="Subiaco WA 6008, Australia",
    school="Madras Medical College", country="IN", grad=2008, student=False,
    step1="pass", step2=224, step3=218, ecfmg="certified", visa="green_card",
    specialties=["Anesthesiology"], languages=["English", "Tamil", "Hindi", "Telugu"], pubs=2,
    usce=[dict(type="observership", specialty="Anesthesiology", state="FL", start="2024-11", end="2024-11")],
    sections=[
        ("Summary", ["Anaesthetist with 15 years' experience across India, Oman, the UK and Australia. US permanent resident (green card holder since 2024); "
                     "applying for Anesthesiology residency."]),
        ("Registration", [("kv", "AHPRA (Australia)", "MED0002387145 – Limited registration (Specialist pathway)"),
                          ("kv", "GMC (UK)", "7120984"), ("kv", "Oman Medical Specialty Board / MOH", "Licence 2011–2015"),
                          ("kv", "Tamil Nadu Medical Council", "Reg. 92211")]),
        ("USMLE / ECFMG", [("kv", "Step 1", "Pass (2018)"), ("kv", "Step 2 CK", "224 (2019)"), ("kv", "Step 3", "218 (2021)"),
                           ("kv", "ECFMG", "Certified (2019)")]),
        ("Education", [("MBBS", "Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University)", "2002 – 2008", []),
                       ("MD (Anaesthesiology)", "JIPMER, Puducherry", "2009 – 2011", []),
                       ("FRCA Primary", "Royal College of Anaesthetists", "2016", [])]),
        ("Work History", [
            ("Senior Registrar, Anaesthesia", "Fiona Stanley Hospital, Perth, WA", "Feb 2022 – present", ["Cardiothoracic and obstetric lists"]),
            ("Specialty Doctor in Anaesthetics", "Royal Derby Hospital, UK", "Apr 2016 – Jan 2022", ["SAS tutor 2019–2021", "Obstetric anaesthesia lead"]),
            ("Specialist Anaesthetist", "Sultan Qaboos University Hospital, Muscat, Oman", "Jan 2012 – Mar 2016", []),
            ("Senior Resident", "JIPMER, Puducherry", "2011", []),
        ]),
        ("US Clinical Experience", [("Observer, Department of Anesthesiology", "Mayo Clinic, Jacksonville, Florida", "November 2024", [])]),
        ("Quality Improvement", ["Post-op nausea and vomiting bundle — Derby 2019", "WHO checklist compliance — SQUH 2014"]),
        ("Teaching", ["Regional anaesthesia workshops (ultrasound-guided blocks) — faculty 2018–2024"]),
        ("Publications", ["Venkataraman RK, Hughes L. Spinal anaesthesia for caesarean section in obese parturients. Int J Obstet Anesth. 2020;41:56-61.",
                          "Venkataraman RK, Al-Abri S. Difficult airway incidence in an Omani tertiary centre. Sultan Qaboos Univ Med J. 2015;15(3):e380-4."]),
        ("Courses", ["ALS, APLS, EMST (Australia)", "Difficult Airway Society course 2021"]),
        ("Languages", ["English, Tamil, Hindi, Telugu"]),
        ("Referees", [("Dr. Catherine Moss, Head of Department, Anaesthesia", "Fiona Stanley Hospital", "", ["catherine.moss@health.wa.gov.au", "+61 8 6152 2222"])]),
    ],
)

# ---------------------------------------------------------------- 010
person(
    n=10, layout="chromium_modern", ext="pdf", tool="HTML/CSS (flex header, uppercase name via CSS) -> Chromium print",
    name="Nurul Aina binti Ahmad Fauzi", display_name="Nurul Aina binti Ahmad Fauzi",
    email="nurulaina.fauzi@rcsi.com", phone="+61 433 702 118", phone_e164="+61433702118",
    address="Carlton VIC 3053, Australia",
    school="Royal College of Surgeons in Ireland", country="IE", grad=2020, student=False,
    step1="pass", step2=251, step3=None, ecfmg="certified", visa="j1",
    specialties=["Obstetrics and Gynecology"], languages=["English", "Malay"], pubs=1,
    usce=[dict(type="hands_on", specialty="Obstetrics and Gynecology", state="PA", start="2019-07", end="2019-08")],
    sections=[
        ("About", ["Malaysian RCSI graduate; intern year in Ireland, now Obstetrics & Gynaecology RMO in Melbourne. Pursuing OB/GYN residency (J-1)."]),
        ("Education", [("MB BCh BAO (Hons)", "Royal College of Surgeons in Ireland, Dublin", "2014 – 2020", ["Medical Graduate of Honours; Silver Medal in Obstetrics"])]),
        ("Licensing", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "251"), ("kv", "ECFMG", "Certified (2023)"),
                       ("kv", "Medical Council of Ireland", "Reg. 432881"), ("kv", "AHPRA", "MED0002564410, general registration")]),
        ("Experience", [
            ("RMO / Unaccredited Registrar, Obstetrics & Gynaecology", "The Royal Women's Hospital, Melbourne", "Feb 2023 – present",
             ["Birth suite, gynae-oncology, early pregnancy assessment"]),
            ("SHO Obstetrics & Gynaecology", "Rotunda Hospital, Dublin", "Jul 2021 – Dec 2022", []),
            ("Intern", "Beaumont Hospital, Dublin (RCSI Hospital Group)", "Jul 2020 – Jun 2021", ["Medicine & Surgery"]),
        ]),
        ("US Clinical Experience", [("Sub-internship (hands-on clinical elective), OB/GYN", "Hospital of the University of Pennsylvania, Philadelphia, PA",
                                     "Jul 2019 – Aug 2019", ["Hands-on student elective: deliveries, L&D triage, notes co-signed"])]),
        ("Publication", ["Fauzi NA, Kennelly M. Gestational diabetes screening in twin pregnancies. Eur J Obstet Gynecol Reprod Biol. 2022;270:12-16.",
                         "Poster: Postpartum haemorrhage drills. RANZCOG ASM 2024."]),
        ("Audit & QI", ["Audit: Obstetric anal sphincter injury rates (RCOG GTG 29), Rotunda 2022", "Teaching: OSCE tutor for RCSI final years"]),
        ("Courses", ["PROMPT 2023", "ALSO 2022", "Neonatal Resuscitation 2021"]),
        ("Languages", ["English · Malay (native)"]),
        ("Referees", [("Assoc. Prof. Fionnuala Ní Bhriain", "RCSI / Rotunda Hospital", "", ["fnibhriain@rcsi.ie"]),
                      ("Dr Sarah Whitehead, Consultant O&G", "The Royal Women's Hospital, Melbourne", "", ["sarah.whitehead@thewomens.org.au"])]),
    ],
)

# ---------------------------------------------------------------- 011
person(
    n=11, layout="reportlab_twocol_table", ext="pdf", tool="reportlab Table-based two-column (dates in left column)",
    name="Mohammed Yousef Al-Hashimi", display_name="Mohammed Yousef Al-Hashimi",
    email="m.alhashimi@students.mbru.ac.ae", phone="+971 50 662 1403", phone_e164="+971506621403",
    address="Dubai Healthcare City, Dubai, United Arab Emirates",
    school="Mohammed Bin Rashid University of Medicine and Health Sciences", country="AE", grad=2027, student=True,
    step1="pass", step2=None, step3=None, ecfmg=None, visa="b1b2",
    specialties=["Internal Medicine", "Endocrinology"], languages=["Arabic", "English"], pubs=1,
    usce=[dict(type="telehealth", specialty="Endocrinology", state="TX", start="2025-06", end="2025-07")],
    sections=[
        ("Profile", ["Final-year MBBS student (expected graduation June 2027). Interested in Internal Medicine and Endocrinology. "
                     "Will require a B1/B2 visitor visa for US electives."]),
        ("Education", [("MBBS (in progress), Year 6", "Mohammed Bin Rashid University of Medicine and Health Sciences, Dubai", "2021 – 2027 (expected)", ["GPA 3.72/4.0"]),
                       ("High School (British curriculum, A-levels)", "Dubai College", "2014 – 2021", [])]),
        ("Examinations", [("kv", "USMLE Step 1", "PASS (Nov 2025)"), ("kv", "UWorld self-assessment", "UWSA2 248 (practice)"), ("kv", "IELTS", "8.5")]),
        ("Clinical Electives", [
            ("Elective, Diabetes & Endocrinology", "King's College Hospital, London, UK", "Summer 2025 (4 weeks, Aug)", []),
            ("Virtual (telehealth) endocrine elective", "Baylor College of Medicine, Houston, TX — remote", "June–July 2025", ["Remote diabetes clinic sessions"]),
            ("Clerkship, Internal Medicine", "Mediclinic City Hospital & Rashid Hospital, Dubai", "Sep 2024 – Dec 2024", []),
            ("Elective, Emergency Medicine", "Al Adan Hospital, Kuwait", "Jan 2026", []),
        ]),
        ("Research", ["Al-Hashimi MY, Bashir M. HbA1c variability and retinopathy in Emirati adults. Diabetes Res Clin Pract. 2025;221:112003.",
                      "Abstract: Thyroid nodules on ultrasound in Dubai — ENDO 2025 poster"]),
        ("Leadership & Volunteering", ["President, MBRU Internal Medicine Interest Group 2024–25", "Volunteer, Dubai Diabetes Awareness Walk"]),
        ("Courses", ["BLS (AHA) 2025", "Research methods (MBRU) 2023"]),
        ("Languages", ["Arabic (native), English (fluent)"]),
        ("Referees", [("Prof. Samir Al-Khateeb, Vice Dean", "MBRU", "", ["dean.office@mbru.ac.ae"]),
                      ("Dr. Mohamed Bashir, Consultant Endocrinologist", "Rashid Hospital, DHA", "", ["mbashir@dha.gov.ae", "+971 4 219 2000"])]),
    ],
)

# ---------------------------------------------------------------- 012
person(
    n=12, layout="odt_to_pdf", ext="pdf", tool="odfpy ODT -> LibreOffice headless PDF",
    name="Khalid Omer Babiker", display_name="Dr Khalid Omer Babiker",
    email="khalid.babiker.md@gmail.com", phone="+974 5581 2046", phone_e164="+97455812046",
    address="Al Sadd, Doha, Qatar",
    school="University of Gezira", country="SD", grad=2013, student=False,
    step1="pass", step2=229, step3=None, ecfmg="certified", visa=None,
    specialties=["Nephrology", "Internal Medicine"], languages=["Arabic", "English"], pubs=1, usce=[],
    sections=[
        ("Profile", ["Internal medicine specialist (MRCP UK) with nephrology interest, currently at Hamad Medical Corporation. "
                     "Applying for Internal Medicine residency with a view to Nephrology fellowship."]),
        ("Registration & Licensure", [("kv", "QCHP (Qatar)", "Specialist, Internal Medicine, Licence D-18721"),
                                      ("kv", "SCFHS (Saudi Arabia)", "Registrar classification 2015–2018"),
                                      ("kv", "GMC", "7533108 – registered with licence"), ("kv", "Sudan Medical Council", "30214")]),
        ("Education & Examinations", [("MBBS", "Faculty of Medicine, University of Gezira, Wad Madani, Sudan", "2007–2013", []),
                                      ("MRCP(UK)", "RCP London", "Full diploma 2019", []),
                                      ("USMLE", "", "Step 1: pass (2022); Step 2 CK: 229 (2023). ECFMG certified (2023).", [])]),
        ("Employment", [
            ("Specialist, Internal Medicine (Nephrology unit)", "Hamad General Hospital, Doha", "Jan 2022 – current", ["Dialysis unit, renal transplant follow-up"]),
            ("Trust Grade Registrar, Acute Medicine", "Pinderfields Hospital, Wakefield (Mid Yorkshire Hospitals NHS Trust)", "Jun 2018 – Dec 2021", []),
            ("Registrar, Internal Medicine", "King Khalid Hospital, Najran, Saudi Arabia", "2015-02 to 2018-04", []),
            ("Medical Officer", "Wad Madani Teaching Hospital", "2013 – 2015", []),
        ]),
        ("Audits", ["AKI e-alert response audit, Pinderfields 2020", "Hyperkalaemia treatment audit, HGH 2023"]),
        ("Teaching", ["Clinical tutor, Weill Cornell Medicine – Qatar, internal medicine clerkship 2023–present"]),
        ("Publications", ["Babiker KO, et al. Outcomes of AKI in COVID-19 admissions. Clin Kidney J. 2021;14(9):2105-2110.",
                          "Oral presentation: Qatar Nephrology Conference 2024"]),
        ("Courses", ["ACLS 2024", "Renal ultrasound course 2023", "ALS (UK) 2019"]),
        ("Languages", ["Arabic (mother tongue), English (fluent)"]),
        ("Referees", [("Dr Hassan Al-Malki, Senior Consultant Nephrologist", "HMC Doha", "", ["halmalki@hamad.qa", "+974 4439 5777"]),
                      ("Dr Ian Firth, Consultant Acute Physician", "Pinderfields Hospital", "", ["ian.firth@nhs.net"])]),
    ],
)

# ---------------------------------------------------------------- 013
person(
    n=13, layout="txt_bilingual_arabic", ext="txt", tool="plain UTF-8 text with Arabic-script name",
    name="Zainab Hussein Al-Jubouri", display_name="Zainab Hussein Al-Jubouri", name_alt="زينب حسين الجبوري",
    email="zainab.aljubouri@hotmail.com", phone="07380 114962", phone_e164="+447380114962",
    address="Sheffield S10, UK",
    school="University of Mosul", country="IQ", grad=2016, student=False,
    step1="pass", step2=None, step3=None, ecfmg="not_certified", visa=None,
    specialties=["Family Medicine", "Geriatrics"], languages=["Arabic", "English", "Turkish"], pubs=0, usce=[],
    sections=[],
)

# ---------------------------------------------------------------- 014
person(
    n=14, layout="docx_via_lo_rtf", ext="rtf", tool="python-docx -> LibreOffice headless RTF",
    name="Adaeze Chinwe Okafor", display_name="Dr Adaeze Chinwe Okafor MBBS MRCOG(Part 1)",
    email="adaeze.okafor@gmail.com", phone="+353 85 221 7734", phone_e164="+353852217734",
    address="Dublin 1, Ireland",
    school="University of Nigeria", country="NG", grad=2015, student=False,
    step1="pass", step2=244, step3=None, ecfmg="certified", visa="j1",
    specialties=["Obstetrics and Gynecology"], languages=["English", "Igbo"], pubs=1,
    usce=[dict(type="observership", specialty="Obstetrics and Gynecology", state="GA", start="2024-09", end="2024-10")],
    sections=[
        ("Personal Profile", ["Obstetrics & Gynaecology SHO in Dublin, previously NHS Trust Grade. Seeking an OB/GYN residency (J-1 sponsorship)."]),
        ("Registration", [("kv", "Medical Council of Ireland", "General Division 438812"), ("kv", "GMC", "7600227"),
                          ("kv", "MDCN (Nigeria)", "Full registration 2016")]),
        ("Education", [("MBBS", "College of Medicine, University of Nigeria, Enugu Campus", "2008 – 2015", []),
                       ("MRCOG Part 1", "RCOG", "Passed Jan 2020", []), ("PLAB 1 / 2", "GMC", "2017 / 2018", [])]),
        ("USMLE", [("kv", "Step 1", "Pass (2022)"), ("kv", "Step 2 CK", "244 (2023)"), ("kv", "ECFMG", "Certified, 2023")]),
        ("Clinical Posts", [
            ("Senior House Officer, Obstetrics & Gynaecology", "The Rotunda Hospital, Dublin", "Jan 2023 – present", ["Labour ward, colposcopy"]),
            ("Trust Grade Doctor (ST1-2 level), O&G", "Royal Bolton Hospital", "Nov 2018 – Dec 2022", ["Caesarean sections ~150 as primary"]),
            ("Medical Officer", "Lagoon Hospitals, Lagos", "2016 – 2018", []),
            ("House Officer", "University of Nigeria Teaching Hospital, Ituku-Ozalla", "2015 – 2016", []),
        ]),
        ("US Clinical Experience", [("Observership, Obstetrics & Gynecology", "Emory University Hospital Midtown, Atlanta, GA", "Sept 2024 – Oct 2024", [])]),
        ("Audits", ["Induction of labour (NICE NG207) audit, Bolton 2021", "Sepsis in pregnancy re-audit, Rotunda 2024"]),
        ("Teaching", ["PROMPT faculty 2022", "Teaching medical students (University of Manchester)"]),
        ("Publications", ["Okafor AC, Ezugwu FO. Maternal near-miss at UNTH Enugu. Niger J Clin Pract. 2017;20(8):1003-1008.",
                          "Poster: Obstetric haemorrhage drill outcomes — RCOG World Congress 2023"]),
        ("Courses", ["MOET 2023", "ROBuST 2022", "Basic Practical Skills in O&G 2019"]),
        ("Languages", ["English, Igbo"]),
        ("Referees", [("Dr. Michael Gearon, Consultant Obstetrician", "Rotunda Hospital", "", ["mgearon@rotunda.ie"]),
                      ("Miss Joanne Hartley, Consultant O&G", "Royal Bolton Hospital", "", ["joanne.hartley@boltonft.nhs.uk", "01204 390390"])]),
    ],
)

# ---------------------------------------------------------------- 015
person(
    n=15, layout="fpdf2_header_footer", ext="pdf", tool="fpdf2 with DejaVu TTF, running header + footer with contacts",
    name="Siddharth Menon", display_name="Dr Siddharth Menon",
    email="sid.menon.heme@gmail.com", phone="+91 98470 33125", phone_e164="+919847033125",
    address="Kochi, Kerala, India / London, UK",
    school="Kasturba Medical College, Manipal", country="IN", grad=2018, student=False,
    step1="pass", step2=258, step3=None, ecfmg="certified", visa="h1b",
    specialties=["Hematology/Oncology", "Internal Medicine"], languages=["English", "Malayalam", "Hindi", "Kannada"], pubs=3,
    usce=[dict(type="research", specialty="Hematology/Oncology", state="TX", start="2024-01", end="2024-12"),
          dict(type="observership", specialty="Hematology/Oncology", state="TX", start="2024-06", end="2024-07")],
    sections=[
        ("Career aim", ["Internal Medicine residency followed by Hematology/Oncology fellowship. Will require H-1B sponsorship."]),
        ("Qualifications", [("MBBS", "Kasturba Medical College, Manipal (MAHE), India", "2012–2018", []),
                            ("MRCP(UK) Part 1, Part 2 Written", "RCP", "2021, 2022", []),
                            ("USMLE", "", "Step 1 pass · Step 2 CK 258 · ECFMG certified (2023)", [])]),
        ("Clinical Posts (UK)", [
            ("Clinical Fellow in Haematology", "Guy's and St Thomas' NHS Foundation Trust, London", "Jan 2025 – present", []),
            ("Core Medical Trainee / IMT", "North Middlesex University Hospital", "Aug 2020 – Jul 2023", []),
            ("Trust Grade (FY2 level)", "Queen's Hospital, Romford (BHRUT)", "Oct 2019 – Jul 2020", []),
        ]),
        ("India", [("Intern (CRRI)", "Kasturba Hospital, Manipal", "2017–2018", [])]),
        ("US Experience", [
            ("Research Fellow (Leukemia), Department of Leukemia", "The University of Texas MD Anderson Cancer Center, Houston, Texas", "Jan 2024 – Dec 2024",
             ["Retrospective AML cohort; two manuscripts"]),
            ("Clinical Observer (Stem cell transplant clinic)", "MD Anderson Cancer Center, Houston, TX", "Jun – Jul 2024 (concurrent with research)", []),
        ]),
        ("Publications", ["Menon S, Okonkwo-Hale R, et al. Venetoclax-based therapy in older AML. Leuk Lymphoma. 2025;66(3):410-418.",
                          "Menon S, Lindqvist P. FLT3 inhibitors: real-world outcomes. Clin Lymphoma Myeloma Leuk. 2025;25(1):e12-e19.",
                          "Menon S, Rao A. Iron deficiency in Indian adolescents. Indian J Hematol Blood Transfus. 2019;35(4):700-705.",
                          "Submitted: Menon S et al. TP53-mutated AML outcomes (under review, Blood Adv).",
                          "ASH 2024 abstract (poster)"]),
        ("Audit / Teaching", ["Blood transfusion consent audit, NMUH 2022", "Teaching: haematology tutorials for UCL students"]),
        ("Courses", ["ALS 2022", "Good Clinical Practice 2024"]),
        ("Languages", ["English, Malayalam, Hindi, Kannada"]),
        ("Referees", [("Dr Raymond Okonkwo-Hale, Professor of Leukemia", "MD Anderson Cancer Center", "", ["rokonkwohale@mdanderson.org"]),
                      ("Dr Claire Pemberton, Consultant Haematologist", "Guy's and St Thomas'", "", ["claire.pemberton@gstt.nhs.uk"])]),
    ],
)

# ---------------------------------------------------------------- 016
person(
    n=16, layout="chromium_plain_print", ext="pdf", tool="HTML (serif, tables, page-break) -> Chromium print",
    name="Hina Batool Rizvi", display_name="Dr. Hina Batool Rizvi",
    email="hina.rizvi.rad@gmail.com", phone="+966 55 410 9932", phone_e164="+966554109932",
    address="Al Khobar, Eastern Province, Saudi Arabia",
    school="Dow University of Health Sciences", country="PK", grad=2016, student=False,
    step1="pass", step2=236, step3=None, ecfmg="certified", visa=None,
    specialties=["Radiology"], languages=["English", "Urdu", "Arabic"], pubs=2, usce=[],
    sections=[
        ("Career Objective", ["Radiologist (FRCR Part 1, Saudi Board part I) seeking a Diagnostic Radiology residency in the US."]),
        ("Registrations", [("kv", "SCFHS", "Resident/Registrar – Radiology, No. 17-R-0043218"),
                           ("kv", "GMC", "7702511 (UK)"), ("kv", "PMDC", "83321-S")]),
        ("Education", [("MBBS", "Dow Medical College, Dow University of Health Sciences, Karachi", "2010–2016", []),
                       ("FRCR Part 1 (Anatomy & Physics)", "Royal College of Radiologists", "2020", []),
                       ("USMLE", "", "Step 1 Pass (2022) | Step 2 CK 236 (2023) | ECFMG certified 2023", [])]),
        ("Professional Experience", [
            ("Radiology Registrar", "King Fahd Hospital of the University, Al Khobar", "Oct 2022 – present", ["CT/MRI reporting, IR assisting"]),
            ("Clinical Fellow in Radiology", "University Hospitals of Leicester NHS Trust", "Sep 2019 – Sep 2022", ["Neuro and MSK reporting"]),
            ("Trust Grade SHO, General Medicine", "Northampton General Hospital", "2018 – 2019", []),
            ("House Officer", "Civil Hospital Karachi", "2016–2017", []),
        ]),
        ("Audits", ["CT KUB dose audit, Leicester 2021", "MRI safety checklist audit, KFHU 2023"]),
        ("Teaching", ["Anatomy demonstrations for Imam Abdulrahman Bin Faisal University students"]),
        ("Publications", ["Rizvi HB, et al. Diagnostic accuracy of MRCP in choledocholithiasis. J Coll Physicians Surg Pak. 2018;28(6):437-440.",
                          "Rizvi HB, Ahmed S. CT pulmonary angiography yield in the ED. Clin Radiol. 2022;77(5):e380-e385.",
                          "Educational exhibit: RSNA 2023"]),
        ("Courses", ["BLS 2024", "MRI safety (ISMRM) 2023"]),
        ("Languages", ["English, Urdu, Arabic (conversational)"]),
        ("Referees", [("Dr. Abdullah Al-Dossary, Chairman of Radiology", "King Fahd Hospital of the University", "", ["aaldossary@iau.edu.sa", "+966 13 896 6666"])]),
    ],
)

# ---------------------------------------------------------------- scans 017-021
person(
    n=17, layout="scan_png_tilted", ext="png", tool="reportlab PDF -> pdftoppm 150dpi -> ImageMagick rotate 1.2°, noise, blur (PNG)",
    scan=True,
    name="Chukwuemeka Nnamdi Eze", display_name="Dr Chukwuemeka Nnamdi Eze",
    email="emeka.eze.icu@gmail.com", phone="+966 50 771 3209", phone_e164="+966507713209",
    address="Riyadh, Saudi Arabia",
    school="University of Lagos", country="NG", grad=2012, student=False,
    step1="pass", step2=233, step3=None, ecfmg="certified", visa="j1",
    specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["English", "Igbo", "Yoruba"], pubs=1,
    usce=[dict(type="observership", specialty="Pulmonology/Critical Care", state="MN", start="2023-05", end="2023-06")],
    sections=[
        ("Summary", ["ICU physician (MRCP, EDIC) aiming for Internal Medicine then Pulmonary/Critical Care fellowship. J-1 visa."]),
        ("Licences", [("kv", "SCFHS", "Specialist, Critical Care – 19-R-0077120"), ("kv", "GMC", "7345560")]),
        ("Education", [("MBBS", "College of Medicine, University of Lagos", "2005 – 2012", []),
                       ("USMLE / ECFMG", "", "Step 1 Pass; Step 2 CK 233; ECFMG certified 2022", [])]),
        ("Experience", [("Specialist, Adult Critical Care", "King Saud Medical City, Riyadh", "Mar 2021 – present", []),
                        ("ICU Clinical Fellow", "Royal Liverpool University Hospital", "Aug 2017 – Feb 2021", []),
                        ("Trust Grade SHO, Medicine", "Aintree University Hospital", "Aug 2015 – Jul 2017", []),
                        ("House Officer", "Lagos University Teaching Hospital", "2012–2013", [])]),
        ("US Clinical Experience", [("Observership, Pulmonary & Critical Care Medicine", "Mayo Clinic, Rochester, MN", "May–June 2023", [])]),
        ("Publications", ["Eze CN, et al. Prone positioning in COVID ARDS. J Intensive Care Soc. 2021;22(4):310-315."]),
        ("Languages", ["English, Igbo, Yoruba"]),
        ("Referee", [("Dr Mark Sutton, Consultant Intensivist", "Royal Liverpool", "", ["mark.sutton@liverpoolft.nhs.uk"])]),
    ],
)
person(
    n=18, layout="scan_jpg_photo", ext="jpg", tool="Chromium PDF -> pdftoppm -> ImageMagick rotate -0.8°, low contrast, noise, JPEG q55",
    scan=True,
    name="Anjali Sharma", display_name="Dr Anjali Sharma",
    email="anjali.sharma.endo@gmail.com", phone="+61 401 556 720", phone_e164="+61401556720",
    address="Brisbane QLD, Australia",
    school="Maulana Azad Medical College", country="IN", grad=2014, student=False,
    step1="pass", step2=247, step3=None, ecfmg="certified", visa=None,
    specialties=["Endocrinology"], languages=["English", "Hindi", "Punjabi"], pubs=2, usce=[],
    sections=[
        ("Profile", ["Physician with MRCP(UK) and FRACP trainee experience; interested in Endocrinology."]),
        ("Education", [("MBBS", "Maulana Azad Medical College, New Delhi", "2008–2014", []),
                       ("USMLE", "", "Step 1 pass, Step 2 CK 247; ECFMG certified", [])]),
        ("Experience", [("Advanced Trainee, Endocrinology", "Princess Alexandra Hospital, Brisbane", "Feb 2022 – present", []),
                        ("Clinical Fellow, Diabetes & Endocrinology", "Leicester Royal Infirmary, UK", "Aug 2018 – Dec 2021", []),
                        ("Junior Resident", "Lok Nayak Hospital, New Delhi", "2014–2016", [])]),
        ("Publications", ["Sharma A, et al. Thyroid storm outcomes. Clin Endocrinol. 2021;95(2):300-306.",
                          "Sharma A, Davenport M. SGLT2 and DKA. Diabet Med. 2020;37(9):1555-1560."]),
        ("Languages", ["English, Hindi, Punjabi"]),
        ("Referee", [("Dr Melanie Davenport, Professor of Diabetes", "University of Leicester", "", ["md.office@le.ac.uk"])]),
    ],
)
person(
    n=19, layout="scan_pdf_imageonly", ext="pdf", tool="reportlab -> pdftoppm 120dpi -> ImageMagick rotate 1.7°, noise -> image-only PDF",
    scan=True,
    name="Mohamed Abdelaziz Hassan", display_name="Dr. Mohamed Abdelaziz Hassan",
    email="m.abdelaziz.cardio@gmail.com", phone="+968 9234 5512", phone_e164="+96892345512",
    address="Muscat, Oman",
    school="Ain Shams University", country="EG", grad=2010, student=False,
    step1="pass", step2=238, step3=None, ecfmg="certified", visa="j1",
    specialties=["Cardiology", "Internal Medicine"], languages=["Arabic", "English"], pubs=2,
    usce=[dict(type="observership", specialty="Cardiology", state="NJ", start="2024-03", end="2024-04")],
    sections=[
        ("Summary", ["Cardiology specialist (Oman, Kuwait, UK) seeking Internal Medicine residency → Cardiology. J-1."]),
        ("Licences", [("kv", "OMSB / MOH Oman", "Specialist Cardiology 2020–present"), ("kv", "Kuwait MOH", "2014–2019"), ("kv", "GMC", "7410021")]),
        ("Education", [("MBBCh", "Faculty of Medicine, Ain Shams University, Cairo", "2004–2010", []),
                       ("MSc Cardiology", "Ain Shams University", "2014", []),
                       ("USMLE", "", "Step 1: Pass | Step 2 CK: 238 | ECFMG: certified", [])]),
        ("Experience", [("Specialist Cardiologist", "Royal Hospital, Muscat", "Jan 2020 – present", []),
                        ("Registrar, Cardiology", "Chest Diseases Hospital, Kuwait", "2014 – 2019", []),
                        ("Clinical Fellow, Cardiology", "Basildon University Hospital, UK", "2012 – 2014", [])]),
        ("US Clinical Experience", [("Observer, Cardiology (cath lab & echo)", "Hackensack University Medical Center, NJ", "03/2024 – 04/2024", [])]),
        ("Publications", ["Hassan MA, et al. Primary PCI times in Kuwait. Heart Views. 2018;19(2):45-50.",
                          "Hassan MA, Al-Riyami A. Rheumatic heart disease in Oman. Oman Med J. 2022;37(4):e401."]),
        ("Languages", ["Arabic, English"]),
        ("Referee", [("Dr Abdullah Al-Riyami, Senior Consultant", "Royal Hospital, Muscat", "", ["a.alriyami@moh.gov.om"])]),
    ],
)
person(
    n=20, layout="scan_pdf_lowcontrast", ext="pdf", tool="fpdf2 -> pdftoppm 110dpi grey -> ImageMagick rotate -1.4°, low contrast, blur -> image-only PDF",
    scan=True,
    name="Joseph Emmanuel Reyes", display_name="JOSEPH EMMANUEL REYES, MD",
    email="joseph.reyes.md@gmail.com", phone="+974 3312 8890", phone_e164="+97433128890",
    address="Doha, Qatar",
    school="University of the Philippines Manila", country="PH", grad=2016, student=False,
    step1="pass", step2=242, step3=None, ecfmg="pending", visa="b1b2",
    specialties=["Infectious Disease", "Internal Medicine"], languages=["English", "Filipino"], pubs=1,
    usce=[dict(type="observership", specialty="Infectious Disease", state="CA", start="2025-01", end="2025-01")],
    sections=[
        ("Objective", ["Physician from the Philippines seeking Internal Medicine residency; interest in Infectious Disease. Holds B1/B2 visa."]),
        ("Education", [("Doctor of Medicine (MD)", "College of Medicine, University of the Philippines Manila", "2012–2016", []),
                       ("USMLE", "", "Step 1 Pass; Step 2 CK 242; ECFMG certification pending", [])]),
        ("Experience", [("General Practitioner, Infection Control", "Aster DM Healthcare, Doha", "2022 – present", []),
                        ("Clinical Fellow, Infectious Diseases", "North Manchester General Hospital, UK", "2019 – 2022", []),
                        ("Resident, Internal Medicine", "Philippine General Hospital", "2017 – 2019", [])]),
        ("US Clinical Experience", [("Observership, Infectious Diseases", "UCSF Medical Center, San Francisco, CA", "January 2025", [])]),
        ("Publications", ["Reyes JE, et al. Leptospirosis after typhoon flooding in Manila. Acta Med Philipp. 2019;53(5):401-406."]),
        ("Languages", ["English, Filipino"]),
        ("Referee", [("Dr Lorna Arcilla, Professor of Medicine", "UP-PGH", "", ["lorna.arcilla@up.edu.ph"])]),
    ],
)
person(
    n=21, layout="scan_jpg_skewed", ext="jpg", tool="python-docx -> LibreOffice PDF -> pdftoppm -> ImageMagick rotate 0.6°, noise, blur, JPEG",
    scan=True,
    name="Sana Iqbal", display_name="Dr Sana Iqbal",
    email="sana.iqbal.rheum@gmail.com", phone="+44 7712 904 331", phone_e164="+447712904331",
    address="Glasgow G12, Scotland",
    school="Allama Iqbal Medical College", country="PK", grad=2019, student=False,
    step1="pass", step2=None, step3=None, ecfmg="not_certified", visa=None,
    specialties=["Rheumatology", "Internal Medicine"], languages=["English", "Urdu", "Punjabi"], pubs=0, usce=[],
    sections=[
        ("Profile", ["IMT doctor in Scotland applying for US Internal Medicine residency, with interest in Rheumatology. "
                     "USMLE Step 1 passed (2025); Step 2 CK planned 2027. Not yet ECFMG certified."]),
        ("Education", [("MBBS", "Allama Iqbal Medical College, Lahore", "2014–2019", []), ("PLAB 1 & 2", "GMC", "2021", [])]),
        ("Experience", [("IMT1", "Queen Elizabeth University Hospital, Glasgow", "Aug 2024 – present", []),
                        ("Clinical Fellow, Medicine", "Royal Alexandra Hospital, Paisley", "Sep 2021 – Jul 2024", []),
                        ("House Officer", "Jinnah Hospital, Lahore", "2019–2020", [])]),
        ("Audit", ["Methotrexate monitoring audit, RAH 2023"]),
        ("Languages", ["English, Urdu, Punjabi"]),
        ("Referee", [("Dr Iain McCrindle, Consultant Rheumatologist", "QEUH", "", ["iain.mccrindle@ggc.scot.nhs.uk"])]),
    ],
)

DAMAGED = [
    dict(n=22, layout="damaged_truncated_pdf", ext="pdf", tool="reportlab PDF cut at 40% of its bytes"),
    dict(n=23, layout="damaged_encrypted_pdf", ext="pdf", tool="reportlab PDF encrypted with a user password (pypdf AES-256)"),
    dict(n=24, layout="damaged_random_docx", ext="docx", tool="random bytes with a .docx name"),
]


def fname(p):
    return "w73_%03d_%s.%s" % (p["n"], p["layout"], p["ext"])
