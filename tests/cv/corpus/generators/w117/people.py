# -*- coding: utf-8 -*-
"""Invented CV content (w117) and hand-written truth for each person.

Entries inside sections are either plain strings (paragraph / bullet) or
tuples (dates, title, place, [bullets]).  Truth is written by hand below each
person, from the content -- not from parsing any rendered file.
"""

def U(type_, spec, state, start, end):
    return {"type": type_, "specialty": spec, "state": state, "start": start, "end": end}

PEOPLE = []

# ---------------------------------------------------------------- 001
PEOPLE.append(dict(
    id=1, layout="chromium_sidebar",
    name="Dr Muhammad Usman Tariq", postnom="MBBS (Lahore), MRCP(UK)",
    headline="Clinical Fellow in Cardiology - Leeds Teaching Hospitals NHS Trust",
    contact=[("Mobile", "07700 900412"), ("Email", "m.usman.tariq90@outlook.com"),
             ("Address", "14 Kirkstall Mews, Leeds LS5 3BT, United Kingdom"),
             ("GMC No.", "7654321 (Full registration with a licence to practise)"),
             ("Date of birth", "14/02/1990"), ("Nationality", "Pakistani"),
             ("Visa", "Will require H-1B sponsorship for residency")],
    sections=[
        ("Career Objective", ["Seeking a categorical Internal Medicine residency in the United States, with the long-term aim of a Cardiology fellowship and a career in heart-failure care."]),
        ("Education", [
            ("2009 - 2014", "MBBS", "King Edward Medical University, Lahore, Pakistan", ["Graduated November 2014; distinction in Medicine"]),
            ("Jan 2015 - Dec 2015", "House Officer (House Job)", "Mayo Hospital, Lahore", ["Six months Medicine, six months Surgery"]),
        ]),
        ("Examinations", [
            "USMLE Step 1: PASS (Jan 2022)",
            "USMLE Step 2 CK: 251 (Aug 2022)   |   NBME self-assessment before the exam: 262",
            "USMLE Step 3: 228 (May 2024)",
            "ECFMG Certified: September 2022",
            "PLAB 1: 152/180 (Sep 2016)   PLAB 2: Pass (Feb 2017)",
            "MRCP(UK) Part 1 (2018), Part 2 Written (2019), PACES (Oct 2020) - Membership awarded Oct 2020",
        ]),
        ("Clinical Experience - UK (NHS)", [
            ("Nov 2023 - Present", "Clinical Fellow in Cardiology (ST3 level)", "Leeds General Infirmary, Leeds Teaching Hospitals NHS Trust",
             ["Heart-failure clinic, CCU on-call rota, temporary pacing wires", "Transthoracic echo - 150 supervised studies logged in e-portfolio"]),
            ("Aug 2020 - Jul 2023", "Internal Medicine Training (IMT1 - IMT3)", "Health Education England - Yorkshire and the Humber",
             ["Rotations: Acute Medicine, Respiratory, Cardiology, Geriatrics, ICU (4 months)"]),
            ("Apr 2017 - Jul 2020", "Trust Grade SHO (FY2 level), General Medicine", "Bradford Teaching Hospitals NHS Foundation Trust", []),
        ]),
        ("US Clinical Experience", [
            ("04/09/2023 - 27/10/2023", "Clinical Observership - Cardiology", "Houston Methodist DeBakey Heart & Vascular Center, Houston, TX",
             ["Cath lab, echo reading room, inpatient consult service (8 weeks, study leave)"]),
        ]),
        ("Audit and Quality Improvement", [
            "Re-audit of door-to-balloon times for STEMI (2024) - presented at departmental governance",
            "QIP: potassium replacement protocol on the AMU, reduced errors by 30% (2021)",
        ]),
        ("Teaching", ["Regular bedside teaching for FY1s and 4th-year Leeds medical students; PACES mock examiner (2023-2024)"]),
        ("Publications (peer-reviewed)", [
            "1. Tariq MU, Marsh H. Sacubitril/valsartan uptake after HFrEF admission. Br J Cardiol. 2024;31:45-49.",
            "2. Tariq MU, et al. Outcomes of early cardiology review in NSTEMI. Clin Med (Lond). 2023;23(4):301-306.",
            "3. Ali S, Tariq MU. Hyperkalaemia management on an acute medical unit. BMJ Open Qual. 2022;11:e001872.",
            "4. Tariq MU, Khan A. Rheumatic heart disease in young adults in Punjab. J Pak Med Assoc. 2016;66(8):990-994.",
        ]),
        ("Posters and Presentations", [
            "Poster - British Cardiovascular Society Annual Conference, Manchester, June 2024",
            "Poster - Acute Medicine Society, 2021",
            "Manuscript submitted: Remote monitoring in HFrEF (Heart, 2026)",
        ]),
        ("Courses", ["ALS (Resuscitation Council UK), renewed 2023", "Level 1 Echocardiography (BSE), 2024", "Teach the Teacher, 2022"]),
        ("Languages", ["English (fluent, IELTS 8.0), Urdu (native), Punjabi (native)"]),
        ("Referees", [
            "Dr Helen Marsh, Consultant Cardiologist, Leeds General Infirmary - helen.marsh3@nhs.net - 0113 243 3144",
            "Dr Anil Varma, Consultant Physician & IMT Programme Director, Bradford Royal Infirmary - anil.varma@bthft.nhs.uk - +44 1274 542200",
        ]),
    ],
    truth=dict(full_name="Muhammad Usman Tariq", email="m.usman.tariq90@outlook.com", phone_e164="+447700900412",
               medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2014, is_student=False,
               usmle_step1="pass", usmle_step2ck=251, usmle_step3=228, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"], publications=4,
               usce_entries=[U("observership", "Cardiology", "TX", "2023-09", "2023-10")]),
    tricky="GMC number and DOB in contact block; NBME practice 262 next to Step 2 CK; DD/MM/YYYY USCE dates; NHS referees' emails/phones; poster + submitted manuscript not counted",
))

# ---------------------------------------------------------------- 002
PEOPLE.append(dict(
    id=2, layout="docx_table",
    name="Dr Aisling Ní Bhriain", postnom="MB BCh BAO, MRCPI",
    headline="Clinical Fellow in Gastroenterology",
    contact=[("Mobile (IE)", "+353 (0)87 419 2265"), ("Email", "aisling.nibhriain@gmail.com"),
             ("GMC", "7712093"), ("IMC Reg.", "421876"), ("Address", "Flat 3, 22 Rodney Street, Liverpool L1 9EF")],
    sections=[
        ("Profile", ["Irish-trained physician completing a Clinical Fellowship in Gastroenterology in the NHS. Applying for Internal Medicine residency (US) with a view to Gastroenterology fellowship. Visa: J-1 (ECFMG-sponsored) required."]),
        ("Education & Qualifications", [
            ("2013 - 2019", "MB BCh BAO (Hons)", "University College Dublin, School of Medicine, Ireland", ["Conferred June 2019"]),
            ("2022", "MRCPI (Membership of the Royal College of Physicians of Ireland)", "RCPI, Dublin", []),
        ]),
        ("US Licensing Examinations", [
            "USMLE Step 1 - Pass (March 2023)",
            "USMLE Step 2 CK - 246 (October 2023)",
            "ECFMG certification - Certified (December 2023)",
        ]),
        ("Clinical Experience", [
            ("01/08/2022 - present", "Clinical Fellow in Gastroenterology", "Royal Liverpool University Hospital, Liverpool University Hospitals NHS FT",
             ["Independent endoscopy list (OGD) - JAG provisional certification", "Inflammatory bowel disease clinic"]),
            ("10/07/2020 - 08/07/2022", "Basic Specialist Training (BST) in General Internal Medicine, SHO", "St Vincent's University Hospital & Tallaght University Hospital, Dublin", []),
            ("08/07/2019 - 09/07/2020", "Intern Year", "St Vincent's University Hospital, Dublin (HSE)", ["Medicine, Surgery, ED"]),
        ]),
        ("US Clinical Experience", [
            ("08/04/2024 - 31/05/2024", "Observership, Division of Gastroenterology", "Beth Israel Deaconess Medical Center, Boston, MA",
             ["Inpatient GI consult service and advanced endoscopy; no patient contact"]),
        ]),
        ("Research & Publications", [
            "Ní Bhriain A, Doyle R. Faecal calprotectin triage in primary care referrals. Ir J Med Sci. 2023;192:1811-1816.",
            "Ní Bhriain A, et al. Vedolizumab persistence in ulcerative colitis: a single-centre cohort. Frontline Gastroenterol. 2025;16:210-215.",
            "Abstract: UEG Week 2024, Vienna (poster).",
        ]),
        ("Audit and QI", ["Closed-loop audit of iron-deficiency anaemia referrals against BSG guidance (2023)"]),
        ("Courses", ["ALS (2022)", "JAG Basic Skills in Upper GI Endoscopy (2023)"]),
        ("Languages", ["English (native), Irish / Gaeilge (fluent), French (conversational)"]),
        ("Referees", [
            "Prof. Robert Doyle, Consultant Gastroenterologist, Royal Liverpool University Hospital. robert.doyle@liverpoolft.nhs.uk  Tel: +44 151 706 2000",
            "Dr Siobhán Kerr, Consultant Physician, St Vincent's University Hospital. s.kerr@svuh.ie  Tel: +353 1 221 4000",
        ]),
    ],
    truth=dict(full_name="Aisling Ní Bhriain", email="aisling.nibhriain@gmail.com", phone_e164="+353874192265",
               medical_school="University College Dublin", medical_school_country="IE", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Irish", "French"], publications=2,
               usce_entries=[U("observership", "Gastroenterology", "MA", "2024-04", "2024-05")]),
    tricky="contacts inside a DOCX table; '+353 (0)87' trunk zero; fada diacritic in name; IMC and GMC numbers; DD/MM/YYYY dates; Irish referee landlines",
))

# ---------------------------------------------------------------- 003
PEOPLE.append(dict(
    id=3, layout="docx_headerfooter_pdf",
    name="Dr Chinonso Okafor", postnom="MBBS, MRCEM",
    headline="Specialty Doctor, Emergency Medicine",
    contact=[("Tel", "+44 7700 900 587"), ("E-mail", "chinonso.okafor.em@gmail.com"),
             ("GMC", "7439910"), ("Address", "Northampton NN1 5BD")],
    sections=[
        ("Personal Statement", ["Emergency physician with six years of NHS experience in busy Type 1 emergency departments. I am applying to Emergency Medicine residency programmes in the USA."]),
        ("Education", [
            ("2009 - 2016", "Bachelor of Medicine, Bachelor of Surgery (MBBS)", "University of Nigeria, Nsukka (College of Medicine, Enugu Campus), Nigeria", ["Graduated July 2016"]),
        ]),
        ("Registration & Examinations", [
            "GMC full registration with licence to practise since October 2019",
            "PLAB 1 - March 2019 (score 139/180);  PLAB 2 - August 2019 (Pass)",
            "MRCEM Primary (2020), MRCEM Intermediate SBA (2021), MRCEM OSCE (2023)",
            "USMLE Step 1: Pass (2024)   USMLE Step 2 CK: 239 (2025)",
            "ECFMG certification: pending - awaiting OET Medicine result",
        ]),
        ("Employment History", [
            ("Aug 2022 - Present", "Specialty Doctor in Emergency Medicine", "Northampton General Hospital NHS Trust", ["Middle-grade rota; resus lead on nights", "Supervision of FY2 and GP trainees"]),
            ("Nov 2019 - Jul 2022", "Clinical Fellow in Emergency Medicine (Trust grade)", "Royal Stoke University Hospital, University Hospitals of North Midlands", []),
            ("Nov 2017 - Oct 2018", "NYSC Medical Officer", "General Hospital Awka, Anambra State, Nigeria", []),
            ("Nov 2016 - Oct 2017", "House Officer (Internship)", "University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla", []),
        ]),
        ("Audit & Quality Improvement", ["Sepsis six compliance in ED - audit and re-audit (2021, 2022)", "QIP: fascia iliaca block for neck-of-femur fractures (2023)"]),
        ("Courses", ["ALS (2023)", "ATLS (2022)", "APLS (2021)", "ETC - European Trauma Course (2024)"]),
        ("Publications", ["Okafor C, Bright L. Time to analgesia for hip fracture in the ED. Emerg Med J. 2024;41:210-214.", "Poster: RCEM Annual Scientific Conference 2023"]),
        ("Languages", ["English, Igbo"]),
        ("Referees", ["Dr Lucy Bright, Consultant in Emergency Medicine, Northampton General Hospital - lucy.bright@ngh.nhs.uk - 01604 634700",
                      "Mr Femi Adebayo, Consultant in EM, Royal Stoke - femi.adebayo@uhnm.nhs.uk - +44 1782 715444"]),
    ],
    truth=dict(full_name="Chinonso Okafor", email="chinonso.okafor.em@gmail.com", phone_e164="+447700900587",
               medical_school="University of Nigeria, Nsukka", medical_school_country="NG", graduation_year=2016, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Emergency Medicine"], languages=["English", "Igbo"], publications=1,
               usce_entries=[]),
    tricky="name/phone/email only in the DOCX page header and footer (PDF via LibreOffice); PLAB score; ECFMG pending; no USCE; no visa line",
))

# ---------------------------------------------------------------- 004
PEOPLE.append(dict(
    id=4, layout="chromium_classic",
    name="Dr Ahmed Hassan Elsayed", postnom="MBBCh, MSc, MRCS (Eng)", native="أحمد حسن السيد",
    headline="Research Fellow, Colorectal Surgery - Cleveland Clinic",
    contact=[("Phone", "+1 (216) 555-0143"), ("Email", "ahmed.h.elsayed.md@gmail.com"),
             ("Address", "Cleveland, OH 44106"), ("GMC (UK)", "7281554")],
    sections=[
        ("Summary", ["Surgeon trained in Egypt and the UK NHS (Core Surgical Training, MRCS) now completing a research fellowship in colorectal surgery. Applying for General Surgery residency. Current visa: J-1 (Research Scholar)."]),
        ("Education", [
            ("Sep 2007 - Jun 2013", "MBBCh (Bachelor of Medicine and Surgery), Very Good with Honours", "Faculty of Medicine, Ain Shams University, Cairo, Egypt", []),
            ("2015 - 2018", "MSc General Surgery", "Ain Shams University, Cairo", []),
            ("Mar 2014 - Feb 2015", "Internship (rotating)", "Ain Shams University Hospitals", []),
        ]),
        ("Examinations", ["USMLE Step 1: 241 (2020)", "USMLE Step 2 CK: 248 (2021)", "ECFMG: Certified (2021)",
                          "PLAB 1 & 2: passed 2018", "MRCS (Royal College of Surgeons of England) Part A 2019, Part B OSCE 2021"]),
        ("US Experience", [
            ("Jan 2025 - Present", "Research Fellow, Department of Colorectal Surgery", "Cleveland Clinic, Cleveland, OH", ["Outcomes research; NSQIP database; weekly M&M attendance"]),
            ("August 2024 (2 weeks)", "Surgical Observership, General Surgery", "Cleveland Clinic, Cleveland, OH", []),
        ]),
        ("UK Clinical Experience", [
            ("Aug 2023 - Dec 2024", "Registrar (LAS, ST3 level), Colorectal Surgery", "University Hospitals of Derby and Burton NHS FT", []),
            ("Aug 2021 - Jul 2023", "Core Surgical Trainee (CT1 - CT2), General Surgery", "East Midlands (HEE)", ["Logbook (eLogbook): 410 cases, 165 as primary surgeon"]),
            ("Jan 2019 - Jul 2021", "Clinical Fellow in General Surgery", "Royal Derby Hospital", []),
        ]),
        ("Peer-reviewed Publications (6)", [
            "1. Elsayed AH, et al. Dis Colon Rectum. 2026;69:101-108.", "2. Elsayed AH, et al. Colorectal Dis. 2025;27:e1120.",
            "3. Elsayed AH, Barnes P. Ann R Coll Surg Engl. 2024;106:512-517.", "4. Barnes P, Elsayed AH. Int J Surg. 2023;109:88-94.",
            "5. Elsayed AH, et al. BJS Open. 2022;6:zrac041.", "6. Elsayed AH, Fawzy M. Ain Shams J Surg. 2018;11:33-39.",
        ]),
        ("Other", ["Posters: ASCRS 2025 (x2), ACPGBI 2023", "Book chapter: 'Anastomotic leak' in Colorectal Surgery Essentials (2024)"]),
        ("Courses", ["ATLS (2022)", "CCrISP (2021)", "Basic Surgical Skills (RCS England, 2019)"]),
        ("Languages", ["Arabic (native), English (fluent)"]),
        ("References", ["Mr Paul Barnes FRCS, Consultant Colorectal Surgeon, Royal Derby Hospital. paul.barnes@nhs.net, +44 1332 340131"]),
    ],
    truth=dict(full_name="Ahmed Hassan Elsayed", email="ahmed.h.elsayed.md@gmail.com", phone_e164="+12165550143",
               medical_school="Ain Shams University", medical_school_country="EG", graduation_year=2013, is_student=False,
               usmle_step1=241, usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["General Surgery"], languages=["Arabic", "English"], publications=6,
               usce_entries=[U("research", "General Surgery", "OH", "2025-01", "2026-12"),
                             U("observership", "General Surgery", "OH", "2024-08", "2024-08")]),
    tricky="Arabic-script name beside Latin name; numeric Step 1 (2020); research 'Present' to 2026-12; MSc not the primary degree; posters and book chapter not counted",
))

# ---------------------------------------------------------------- 005
PEOPLE.append(dict(
    id=5, layout="odt_pdf",
    name="Dr Sarah Mohammed Osman", postnom="MBBS, MRCPCH",
    headline="Paediatric Clinical Fellow",
    contact=[("Mobile", "07700 900718"), ("Email", "sarah.m.osman@yahoo.co.uk"), ("GMC Number", "7590032"),
             ("DOB", "22/09/1993"), ("Address", "Edgbaston, Birmingham B15")],
    sections=[
        ("Profile", ["Paediatric doctor (MRCPCH) with five years of NHS experience in general paediatrics and neonatal units, applying to US Pediatrics residency programmes."]),
        ("Education", [
            ("2011 - 2017", "MBBS", "Faculty of Medicine, University of Khartoum, Sudan", ["Graduated 2017 (first class)"]),
            ("2017 - 2018", "Internship (House Officer)", "Soba University Hospital, Khartoum", []),
        ]),
        ("Examinations", ["PLAB 1: 2019   PLAB 2: January 2020", "MRCPCH Theory (2021) and Clinical (2023)",
                          "USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 255 (2024)", "UWSA2 practice: 261", "ECFMG: Certified (2024)"]),
        ("Clinical Posts (UK)", [
            ("08/2022 - present", "Paediatric Clinical Fellow (ST3-equivalent)", "Birmingham Children's Hospital, Birmingham Women's and Children's NHS FT", ["General paediatrics, PICU step-down, safeguarding"]),
            ("03/2020 - 07/2022", "Trust Grade SHO, Paediatrics & Neonates", "Leicester Royal Infirmary, University Hospitals of Leicester NHS Trust", []),
        ]),
        ("US Clinical Experience", [
            ("03/06/2024 - 28/06/2024 (4 weeks)", "Observer, Department of Pediatrics", "Children's Hospital of Michigan, Detroit, MI", ["General pediatrics ward rounds and continuity clinic"]),
        ]),
        ("Audit, QI and Teaching", ["Audit: bronchiolitis admission criteria vs NICE NG9 (2022)", "Simulation teaching for paediatric nurses and FY2 doctors (2023 - present)"]),
        ("Publications", ["Osman SM, Patel R. Vitamin D deficiency in children of Sudanese migrants in the UK. Arch Dis Child. 2024;109:722-726."]),
        ("Courses", ["APLS (2022)", "NLS - Newborn Life Support (2021)", "Safeguarding Children Level 3"]),
        ("Languages", ["Arabic - mother tongue; English - fluent (OET grade A)"]),
        ("Referees", ["Dr Ravi Patel, Consultant Paediatrician, Birmingham Children's Hospital, ravi.patel12@nhs.net, 0121 333 9999",
                      "Dr Jane Cole, Consultant Neonatologist, Leicester Royal Infirmary, jane.cole@uhl-tr.nhs.uk, 0116 258 5000"]),
    ],
    truth=dict(full_name="Sarah Mohammed Osman", email="sarah.m.osman@yahoo.co.uk", phone_e164="+447700900718",
               medical_school="University of Khartoum", medical_school_country="SD", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Pediatrics"], languages=["Arabic", "English"], publications=1,
               usce_entries=[U("observership", "Pediatrics", "MI", "2024-06", "2024-06")]),
    tricky="UK spelling 'Paediatric' -> Pediatrics; UWSA2 practice score near Step 2 CK; MM/YYYY job dates vs DD/MM/YYYY USCE dates; national-format 07700 mobile",
))

# ---------------------------------------------------------------- 006
PEOPLE.append(dict(
    id=6, layout="fpdf2_classic",
    name="Dr James Whitfield", postnom="MBChB BSc (Hons)",
    headline="Core Trainee in Anaesthetics (CT2)",
    contact=[("Mobile", "07700 900129"), ("Email", "james.whitfield.anaes@gmail.com"), ("GMC", "7998812"),
             ("Address", "Clifton, Bristol BS8")],
    sections=[
        ("Personal Statement", ["UK graduate in Core Anaesthetics Training. I wish to pursue Anesthesiology residency in the United States. UK citizen - will require a J-1 visa."]),
        ("Education", [
            ("Sep 2014 - Jul 2020", "MBChB", "University of Bristol Medical School, United Kingdom", ["Intercalated BSc (Hons) Physiological Sciences, First Class, 2017-2018"]),
        ]),
        ("Medical Elective (USA)", [
            ("Mar - Apr 2019 (6 weeks)", "Clinical Elective, Department of Anesthesiology", "Mount Sinai Hospital, New York, NY", ["Hands-on: airway management and regional blocks under supervision"]),
        ]),
        ("Foundation Programme and Specialty Training", [
            ("Aug 2023 - present", "CT1 - CT2 Anaesthetics", "Severn Deanery (NHS England South West)", ["Initial Assessment of Competence completed Jan 2024"]),
            ("Aug 2022 - Jul 2023", "Clinical Fellow in Anaesthetics and ICU", "North Bristol NHS Trust (Southmead Hospital)", []),
            ("Aug 2021 - Aug 2022", "FY2 - Emergency Medicine, Psychiatry, General Practice", "Royal United Hospitals Bath", []),
            ("Aug 2020 - Aug 2021", "FY1 - General Surgery, Respiratory, Acute Medicine", "Bristol Royal Infirmary", []),
        ]),
        ("Examinations", ["Primary FRCA: MCQ (2023), SOE/OSCE (2024)", "USMLE Step 1: Pass   USMLE Step 2 CK: 260", "ECFMG Certified (2025)"]),
        ("Publications", [
            "Whitfield J, et al. Postoperative nausea after day-case laparoscopy. Anaesthesia Reports. 2024;12:e12301.",
            "Whitfield J, Moss K. Cuff-pressure monitoring in ICU. J Intensive Care Soc. 2023;24:190-195.",
            "Moss K, Whitfield J. Capnography use outside theatres: a national survey. Br J Anaesth. 2022;129:e45-e47.",
        ]),
        ("Audit & QI", ["Pre-operative fasting times - QIP with 3 PDSA cycles (2023)"]),
        ("Courses", ["ALS", "Difficult Airway Society workshop", "Ultrasound-guided regional anaesthesia (RA-UK)"]),
        ("Languages", ["English, French (DELF B2)"]),
        ("Referees", ["Dr Karen Moss, Consultant Anaesthetist, Southmead Hospital. karen.moss@nbt.nhs.uk, 0117 950 5050"]),
    ],
    truth=dict(full_name="James Whitfield", email="james.whitfield.anaes@gmail.com", phone_e164="+447700900129",
               medical_school="University of Bristol", medical_school_country="GB", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Anesthesiology"], languages=["English", "French"], publications=3,
               usce_entries=[U("hands_on", "Anesthesiology", "NY", "2019-03", "2019-04")]),
    tricky="UK medical graduate (GB); 'Anaesthetics' -> Anesthesiology; US elective during medical school (hands-on); FY1/FY2 and CT1-CT2 Foundation structure",
))

# ---------------------------------------------------------------- 007
PEOPLE.append(dict(
    id=7, layout="chromium_sidebar",
    name="Dr Priya Raghunathan", postnom="MBBS, MRCP(UK)", native="பிரியா ரகுநாதன்",
    headline="Geriatric Medicine - formerly Specialty Doctor, Royal Berkshire NHS FT",
    contact=[("Cell", "+1 (201) 555-0178"), ("Email", "priya.raghu.geri@gmail.com"), ("Location", "Hackensack, NJ"),
             ("Status", "US Permanent Resident (Green Card holder)")],
    sections=[
        ("Objective", ["Internal Medicine residency position, followed by Geriatric Medicine fellowship."]),
        ("Education", [("2007 - 2013", "MBBS (degree awarded 2013 after CRRI internship)", "Madras Medical College, Chennai, Tamil Nadu, India", [])]),
        ("USMLE & Certification", ["Step 1: Pass", "Step 2 CK: 244", "Step 3: 219", "ECFMG: Certified (2024)", "PLAB 1 & 2 (2014)", "MRCP(UK) - 2017"]),
        ("US Clinical Experience", [("02/2025 - 04/2025", "Observership - Geriatric Medicine", "Hackensack University Medical Center, Hackensack, NJ", ["Geriatric consult service, memory clinic"])]),
        ("UK Experience (NHS)", [
            ("Sep 2017 - Nov 2024", "Specialty Doctor, Care of the Elderly", "Royal Berkshire Hospital, Reading", ["Ortho-geriatrics, falls clinic, frailty unit"]),
            ("Jul 2014 - Aug 2017", "Trust Grade / LAS SHO, Geriatric Medicine", "Wexham Park Hospital, Slough", []),
        ]),
        ("India", [("2013 - 2014", "Medical Officer", "Government General Hospital, Chennai", [])]),
        ("Publications", ["Raghunathan P, Lowe D. Delirium screening on an ortho-geriatric ward. Age Ageing. 2022;51:afac034.",
                          "Raghunathan P, et al. Deprescribing in frailty. Eur Geriatr Med. 2020;11:811-817."]),
        ("Languages", ["English", "Tamil", "Hindi"]),
        ("References", ["Dr Deborah Lowe, Consultant Geriatrician, Royal Berkshire Hospital - deborah.lowe@royalberkshire.nhs.uk - +44 118 322 5111"]),
    ],
    truth=dict(full_name="Priya Raghunathan", email="priya.raghu.geri@gmail.com", phone_e164="+12015550178",
               medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2013, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=219, ecfmg_status="certified", visa_status="green_card",
               specialties=["Internal Medicine", "Geriatrics"], languages=["English", "Tamil", "Hindi"], publications=2,
               usce_entries=[U("observership", "Geriatrics", "NJ", "2025-02", "2025-04")]),
    tricky="Tamil-script name; 'Care of the Elderly' UK wording; green card; Step 3 present; MM/YYYY dates",
))

# ---------------------------------------------------------------- 008
PEOPLE.append(dict(
    id=8, layout="plain_txt",
    name="Dr Liam O'Connell", postnom="MBBS (Hons)",
    headline="Emergency Medicine Registrar (ACEM trainee)",
    contact=[("Mobile", "0491 570 156"), ("Email", "liam.oconnell.ed@icloud.com"), ("AHPRA", "MED0001837264 (General)"),
             ("GMC (UK)", "7823001"), ("Address", "Carlton North VIC 3054, Australia")],
    sections=[
        ("Summary", ["Australian-trained emergency doctor with a year in the NHS, applying for Emergency Medicine residency. Will require H-1B visa sponsorship."]),
        ("Education", [("2013 - 2018", "Bachelor of Medicine, Bachelor of Surgery (Honours)", "Monash University, Melbourne, Australia", [])]),
        ("US Clinical Experience", [("Jan - Feb 2018", "Emergency Medicine elective (hands-on, final-year student)", "The Queen's Medical Center, Honolulu, HI", [])]),
        ("Employment", [
            ("Feb 2025 - present", "Emergency Medicine Registrar (ACEM Advanced Trainee)", "Royal Melbourne Hospital", []),
            ("Aug 2023 - Aug 2024", "Clinical Fellow in Emergency Medicine", "Whittington Health NHS Trust, London, UK", []),
            ("Feb 2021 - Jul 2023", "Emergency HMO / Provisional ACEM trainee", "Alfred Health, Melbourne", []),
            ("Jan 2019 - Jan 2021", "Intern (PGY1) and RMO (PGY2)", "Alfred Health, Melbourne", []),
        ]),
        ("Exams", ["USMLE Step 1 - Pass", "USMLE Step 2 CK - 243", "ECFMG - Certified", "ACEM Primary - passed 2022"]),
        ("Publications", ["O'Connell L, Tran H. Ketamine for agitation in the ED. Emerg Med Australas. 2023;35:612-618."]),
        ("Courses", ["ALS2 (ARC)", "EMST (Australian ATLS)", "APLS"]),
        ("Languages", ["English; Spanish (basic)"]),
        ("Referees", ["Dr Hanh Tran, Emergency Physician, Alfred Health - h.tran@alfred.org.au - +61 3 9076 2000"]),
    ],
    truth=dict(full_name="Liam O'Connell", email="liam.oconnell.ed@icloud.com", phone_e164="+61491570156",
               medical_school="Monash University", medical_school_country="AU", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
               specialties=["Emergency Medicine"], languages=["English", "Spanish"], publications=1,
               usce_entries=[U("hands_on", "Emergency Medicine", "HI", "2018-01", "2018-02")]),
    tricky="plain text; Australian national-format mobile 0491 ...; AHPRA number; apostrophe in name; student elective in Hawaii; NHS year abroad",
))

# ---------------------------------------------------------------- 009
PEOPLE.append(dict(
    id=9, layout="rtf",
    name="Dr Aroha Whaanga", postnom="MBChB (Otago)",
    headline="Psychiatry Registrar - RANZCP trainee",
    contact=[("Mobile", "021 048 7732"), ("Email", "aroha.whaanga@xtra.co.nz"), ("MCNZ registration", "61234"),
             ("Address", "Takapuna, Auckland 0622, New Zealand")],
    sections=[
        ("About", ["New Zealand psychiatry registrar interested in community and child & adolescent psychiatry; applying for Psychiatry residency in the US. J-1 visa will be required."]),
        ("Education", [("2014 - 2019", "MBChB", "University of Otago, Dunedin, New Zealand", ["Graduated December 2019"])]),
        ("Work History", [
            ("Dec 2021 - present", "Psychiatry Registrar", "Te Whatu Ora Waitemata, Auckland", []),
            ("Nov 2019 - Nov 2021", "House Officer (PGY1-2)", "Capital & Coast DHB, Wellington", []),
        ]),
        ("US Experience", [("Oct - Nov 2024", "Virtual observership (telehealth) - Child & Adolescent Psychiatry", "UCSF, San Francisco, CA", ["Remote participation in clinic via video"])]),
        ("Exams", ["USMLE Step 1: Pass; Step 2 CK: 236", "ECFMG certified 2025", "RANZCP Written (2023)"]),
        ("Presentations", ["Poster: RANZCP Congress 2024"]),
        ("Languages", ["English, Maori (te reo Maori)"]),
        ("Referees", ["Dr Peter Lang, Consultant Psychiatrist, Waitemata - peter.lang@waitematadhb.govt.nz - +64 9 486 8900"]),
    ],
    truth=dict(full_name="Aroha Whaanga", email="aroha.whaanga@xtra.co.nz", phone_e164="+64210487732",
               medical_school="University of Otago", medical_school_country="NZ", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Psychiatry"], languages=["English", "Maori"], publications=0,
               usce_entries=[U("telehealth", "Psychiatry", "CA", "2024-10", "2024-11")]),
    tricky="hand-written RTF; NZ mobile 021; MCNZ number; telehealth-only USCE (0 clinical months); poster only -> 0 publications",
))

# ---------------------------------------------------------------- 010
PEOPLE.append(dict(
    id=10, layout="reportlab_table",
    name="Dr Oluwaseun Adeyemi", postnom="MBBS, MRCOG",
    headline="Specialty Doctor, Obstetrics & Gynaecology",
    contact=[("Mobile", "+44 7700 900864"), ("Email", "seun.adeyemi.obgyn@gmail.com"), ("GMC", "7356120"), ("Address", "Milton Keynes MK6")],
    sections=[
        ("Career Aim", ["Residency in Obstetrics and Gynecology in the United States. I currently hold a valid B1/B2 visitor visa."]),
        ("Education", [("2005 - 2012", "MBBS", "College of Medicine, University of Ibadan, Nigeria", ["Graduated 2012"])]),
        ("Exams", ["USMLE Step 1: 232 (2021)", "USMLE Step 2 CK: 241 (2022)", "ECFMG: Certified", "PLAB 1 (2017), PLAB 2 (2018)", "MRCOG Part 1 (2019), Part 2 (2021), Part 3 (2022)"]),
        ("USCE", [("July - August 2023", "Observership, Obstetrics & Gynecology", "Grady Memorial Hospital, Atlanta, GA", [])]),
        ("NHS Experience", [
            ("Oct 2020 - present", "Specialty Doctor in O&G", "Milton Keynes University Hospital NHS FT", ["Labour ward middle grade; colposcopy"]),
            ("Jun 2018 - Sep 2020", "Clinical Fellow in O&G", "Southend University Hospital", []),
        ]),
        ("Nigeria", [("2014 - 2017", "Medical Officer, O&G", "Lagos Island Maternity Hospital", []),
                     ("2013 - 2014", "NYSC", "Ogbomoso", []), ("2012 - 2013", "House Officer", "University College Hospital, Ibadan", [])]),
        ("Publications", ["Adeyemi O, et al. Obstetric haemorrhage drills. Obstet Gynaecol. 2023;25:44-50.", "Adeyemi O, Shaw C. Vaginal birth after caesarean in Milton Keynes. J Obstet Gynaecol. 2021;41:870-874."]),
        ("Courses", ["PROMPT", "ROBuST", "ALSO", "ALS"]),
        ("Languages", ["English, Yoruba"]),
        ("Referees", ["Miss Claire Shaw, Consultant Obstetrician, MKUH - claire.shaw@mkuh.nhs.uk - 01908 660033"]),
    ],
    truth=dict(full_name="Oluwaseun Adeyemi", email="seun.adeyemi.obgyn@gmail.com", phone_e164="+447700900864",
               medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2012, is_student=False,
               usmle_step1=232, usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Obstetrics and Gynecology"], languages=["English", "Yoruba"], publications=2,
               usce_entries=[U("observership", "Obstetrics and Gynecology", "GA", "2023-07", "2023-08")]),
    tricky="reportlab two-column table layout; email nickname differs from name; 'O&G' abbreviation; numeric Step 1; B1/B2",
))

# ---------------------------------------------------------------- 011
PEOPLE.append(dict(
    id=11, layout="docx_table",
    name="Dr Fatima Zahra Qureshi", postnom="MBBS (AKU), MRCP(UK) Part 1",
    headline="IMT1 - North Central London",
    contact=[("Phone", "07700 900351"), ("Email", "fz.qureshi@protonmail.com"), ("GMC", "7843329"), ("Address", "London NW3")],
    sections=[
        ("Summary", ["Internal medicine trainee with a year of nephrology research in the US. Seeking Internal Medicine residency and Nephrology fellowship; will require H-1B sponsorship."]),
        ("Education", [("2013 - 2018", "MBBS", "Aga Khan University, Karachi, Pakistan", [])]),
        ("United States", [
            ("Jan 2022 - Dec 2022", "Research Fellow, Renal-Electrolyte Division", "University of Pittsburgh, Pittsburgh, PA", ["AKI biomarkers, REDCap database"]),
            ("Jun 2022 - Jul 2022", "Clinical Observer, Nephrology", "UPMC Presbyterian, Pittsburgh, PA", []),
        ]),
        ("UK", [
            ("Aug 2024 - present", "Internal Medicine Trainee (IMT1)", "Royal Free London NHS FT", []),
            ("Feb 2023 - Jul 2024", "Junior Clinical Fellow (FY2 equivalent), Medicine", "Royal Free London NHS FT", []),
        ]),
        ("Pakistan", [("2018 - 2019", "House Officer", "Aga Khan University Hospital, Karachi", []),
                      ("2019 - 2021", "Resident Medical Officer, Nephrology", "Sindh Institute of Urology and Transplantation", [])]),
        ("Examinations", ["USMLE Step 1: PASS", "USMLE Step 2 CK: 258", "ECFMG Certified", "PLAB 1 & 2 (2022)", "MRCP(UK) Part 1 (2024)"]),
        ("Publications", ["Five peer-reviewed papers (Kidney Int Rep 2023; Clin J Am Soc Nephrol 2023; Nephron 2022; J Pak Med Assoc 2021; Cureus 2020). Two abstracts at ASN Kidney Week 2022."]),
        ("Languages", ["English, Urdu"]),
        ("Referees", ["Dr Mark Ellison, Associate Professor of Medicine, University of Pittsburgh - ellisonm@upmc.edu - +1 412 555 0199",
                      "Dr Sunita Rao, Consultant Nephrologist, Royal Free Hospital - sunita.rao@nhs.net - 020 7794 0500"]),
    ],
    truth=dict(full_name="Fatima Zahra Qureshi", email="fz.qureshi@protonmail.com", phone_e164="+447700900351",
               medical_school="Aga Khan University", medical_school_country="PK", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Nephrology"], languages=["English", "Urdu"], publications=5,
               usce_entries=[U("research", "Nephrology", "PA", "2022-01", "2022-12"),
                             U("observership", "Nephrology", "PA", "2022-06", "2022-07")]),
    tricky="observership overlaps research year (12 total / 2 clinical); US referee phone +1 412; publications given as a count sentence; 'MRCP(UK) Part 1' only",
))

# ---------------------------------------------------------------- 012
PEOPLE.append(dict(
    id=12, layout="reportlab_table",
    name="Dr Rohan Mehta", postnom="MBBS, FRCR (Part 1)",
    headline="Specialty Registrar (ST2), Clinical Radiology",
    contact=[("Mob", "+44 (0) 7700 900902"), ("Email", "rohan.mehta.rad@gmail.com"), ("GMC", "7611447"), ("Address", "Birmingham B15, UK")],
    sections=[
        ("Interest", ["Diagnostic Radiology residency (US); neuroradiology research."]),
        ("Education", [("2011-08 - 2016-07", "MBBS (incl. 12-month rotating internship)", "Grant Government Medical College & Sir JJ Group of Hospitals, Mumbai, India", [])]),
        ("Research (USA)", [("2019-07 - 2020-06", "Postdoctoral Research Fellow, Department of Radiology", "Johns Hopkins University School of Medicine, Baltimore, MD", [])]),
        ("UK Posts", [("2023-09 - present", "ST2 Clinical Radiology", "West Midlands Radiology Academy", []),
                      ("2020-09 - 2023-08", "Clinical Fellow in Radiology", "University Hospitals Birmingham NHS FT", [])]),
        ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 247", "ECFMG certified (2021)", "FRCR Part 1 (2022), FRCR 2A (2024)", "PLAB 1/2 (2020)"]),
        ("Publications", ["Seven peer-reviewed articles, including AJNR 2021, Radiology 2020, Eur Radiol 2023, Clin Radiol 2024 (x2), BJR 2022, Neuroradiology 2021. Full list on request."]),
        ("Languages", ["English, Hindi, Marathi, Gujarati"]),
        ("Referees", ["Dr Ian Foster, Consultant Neuroradiologist, QEHB - ian.foster@uhb.nhs.uk - 0121 371 2000"]),
    ],
    truth=dict(full_name="Rohan Mehta", email="rohan.mehta.rad@gmail.com", phone_e164="+447700900902",
               medical_school="Grant Government Medical College", medical_school_country="IN", graduation_year=2016, is_student=False,
               usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Radiology"], languages=["English", "Hindi", "Marathi", "Gujarati"], publications=7,
               usce_entries=[U("research", "Radiology", "MD", "2019-07", "2020-06")]),
    tricky="ISO-style YYYY-MM dates; '+44 (0) 7700' trunk zero; research-only USCE (0 clinical months); no visa statement",
))

# ---------------------------------------------------------------- 013
PEOPLE.append(dict(
    id=13, layout="odt_raw",
    name="Dr Nour El-Din Mahmoud", postnom="MBBCh, MRCP(UK) Part 1 & 2 Written",
    headline="Clinical Fellow in Neurology - The Walton Centre",
    contact=[("Mobile", "+44 7700 900276"), ("E-mail", "nour.eldin.mahmoud@gmail.com"), ("GMC", "7720431")],
    sections=[
        ("Personal Statement", ["Neurology-focused physician trained in Cairo and the NHS; applying for Neurology residency. I will need a J-1 visa."]),
        ("Education", [("09.2010 - 07.2016", "MBBCh", "Faculty of Medicine (Kasr Al Ainy), Cairo University, Egypt", []),
                       ("03.2017 - 02.2018", "Internship year", "Kasr Al Ainy Hospitals", [])]),
        ("Clinical Experience", [
            ("08.2023 - present", "Clinical Fellow in Neurology", "The Walton Centre NHS FT, Liverpool", []),
            ("11.2020 - 07.2023", "Clinical Fellow in Stroke Medicine", "Salford Royal, Northern Care Alliance", []),
            ("03.2018 - 06.2020", "Neurology Resident", "Kasr Al Ainy Hospital, Cairo", []),
        ]),
        ("US Clinical Experience", [("10.2024 - 11.2024", "Observership, Neurology", "Jackson Memorial Hospital / University of Miami, Miami, FL", [])]),
        ("Examinations", ["PLAB 1 (2019), PLAB 2 (2020)", "MRCP(UK) Part 1 (2021), Part 2 Written (2022)",
                          "USMLE Step 1: Pass", "USMLE Step 2 CK: 245 (NBME 11: 238, UWSA1: 250)", "ECFMG: certified"]),
        ("Publications", ["Mahmoud NE, et al. Thrombolysis in wake-up stroke. Eur Stroke J. 2023;8:145-151.",
                          "Mahmoud NE, et al. MOGAD in adults: a UK case series. Pract Neurol. 2024;24:301-307.",
                          "Hassan R, Mahmoud NE. Epilepsy stigma in Egypt. Epilepsy Behav. 2019;98:12-17."]),
        ("Languages", ["Arabic (native), English (C2), German (B1)"]),
        ("Referees", ["Dr Claire Hughes, Consultant Neurologist, Walton Centre - claire.hughes@thewaltoncentre.nhs.uk - 0151 525 3611"]),
    ],
    truth=dict(full_name="Nour El-Din Mahmoud", email="nour.eldin.mahmoud@gmail.com", phone_e164="+447700900276",
               medical_school="Cairo University", medical_school_country="EG", graduation_year=2016, is_student=False,
               usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Neurology"], languages=["Arabic", "English", "German"], publications=3,
               usce_entries=[U("observership", "Neurology", "FL", "2024-10", "2024-11")]),
    tricky="raw ODT file; dotted MM.YYYY dates; NBME/UWSA practice scores inside the Step 2 CK line",
))

# ---------------------------------------------------------------- 014
PEOPLE.append(dict(
    id=14, layout="docx_headerfooter_pdf",
    name="Dr Eilidh MacLeod", postnom="MBChB (Glasgow)",
    headline="Clinical Fellow in Rheumatology, NHS Lothian",
    contact=[("Mobile", "07700 900045"), ("Email", "eilidh.macleod.rheum@gmail.com"), ("GMC", "7901266")],
    sections=[
        ("Profile", ["Scottish-trained doctor; dual British/US citizen. Applying for Internal Medicine residency with a plan to specialise in Rheumatology."]),
        ("Education", [("2016 - 2021", "MBChB", "University of Glasgow, School of Medicine, Dentistry & Nursing, Scotland", [])]),
        ("Elective", [("29/04/2019 - 24/05/2019", "Student elective in Internal Medicine (hands-on sub-internship)", "Harborview Medical Center, Seattle, WA", [])]),
        ("Employment", [
            ("Aug 2023 - present", "Clinical Fellow in Rheumatology", "Western General Hospital, NHS Lothian", []),
            ("Aug 2022 - Aug 2023", "FY2 - Foundation Programme", "NHS Greater Glasgow and Clyde", []),
            ("Aug 2021 - Aug 2022", "FY1 - Foundation Programme", "Queen Elizabeth University Hospital, Glasgow", []),
        ]),
        ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 262", "ECFMG Certified (2024)", "MRCP(UK) Part 1 (2024)"]),
        ("Publications", ["MacLeod E, Grant S. Hydroxychloroquine retinal screening uptake. Rheumatology (Oxford). 2024;63:ii45."]),
        ("Languages", ["English, Scottish Gaelic, Spanish"]),
        ("Referees", ["Dr Stuart Grant, Consultant Rheumatologist, Western General Hospital. stuart.grant@nhslothian.scot.nhs.uk. 0131 537 1000"]),
    ],
    truth=dict(full_name="Eilidh MacLeod", email="eilidh.macleod.rheum@gmail.com", phone_e164="+447700900045",
               medical_school="University of Glasgow", medical_school_country="GB", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["Internal Medicine", "Rheumatology"], languages=["English", "Scottish Gaelic", "Spanish"], publications=1,
               usce_entries=[U("hands_on", "Internal Medicine", "WA", "2019-04", "2019-05")]),
    tricky="contacts in DOCX header/footer only; dual UK/US citizenship -> citizen; 'specialise' spelling; Scottish Gaelic language",
))

# ---------------------------------------------------------------- 015
PEOPLE.append(dict(
    id=15, layout="chromium_classic",
    name="Dr Tariq Abdelrahman Musa", postnom="MBBS, MRCP(UK), FRCPath Part 1", native="طارق عبد الرحمن موسى",
    headline="Specialty Doctor in Haematology",
    contact=[("Mobile", "+44 7700 900659"), ("Email", "tariq.a.musa@hotmail.com"), ("GMC", "7498805"), ("Address", "Plymouth PL6, Devon")],
    sections=[
        ("Goal", ["Residency in Internal Medicine followed by Hematology-Oncology fellowship (Haematology and Medical Oncology). Requires H-1B sponsorship."]),
        ("Education", [("2005 - 2011", "MBBS", "Faculty of Medicine, University of Gezira, Wad Madani, Sudan", [])]),
        ("Experience", [
            ("May 2021 - present", "Specialty Doctor, Haematology", "University Hospitals Plymouth NHS Trust", []),
            ("Jan 2018 - Apr 2021", "Trust Grade Registrar, Haematology", "Royal Cornwall Hospitals NHS Trust, Truro", []),
            ("Oct 2014 - Sep 2017", "Resident, Internal Medicine", "King Fahad Hospital, Al-Hofuf, Saudi Arabia", []),
            ("2012 - 2014", "Medical Officer", "Wad Madani Teaching Hospital, Sudan", []),
        ]),
        ("Examinations", ["USMLE Step 1 - Pass", "USMLE Step 2 CK - 233", "ECFMG Certified", "PLAB 1 and 2 (2017)", "MRCP(UK) 2019", "FRCPath Part 1 Haematology 2022"]),
        ("Publications", ["Musa TA, Lee J. Iron overload in sickle cell disease. Br J Haematol. 2022;198:e12-e15.",
                          "Musa TA, et al. Anticoagulation clinic outcomes in Cornwall. Clin Med (Lond). 2020;20:s61."]),
        ("Languages", ["Arabic, English"]),
        ("Referees", ["Dr Jonathan Lee, Consultant Haematologist, Derriford Hospital - jonathan.lee7@nhs.net - 01752 202082"]),
    ],
    truth=dict(full_name="Tariq Abdelrahman Musa", email="tariq.a.musa@hotmail.com", phone_e164="+447700900659",
               medical_school="University of Gezira", medical_school_country="SD", graduation_year=2011, is_student=False,
               usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Arabic", "English"], publications=2,
               usce_entries=[]),
    tricky="Arabic-script name; Saudi residency (not USCE); 'Haematology' UK spelling; no USCE at all",
))

# ---------------------------------------------------------------- 016
PEOPLE.append(dict(
    id=16, layout="fpdf2_classic",
    name="Dr Harpreet Kaur Sandhu", postnom="MBBS, AMC",
    headline="GP Registrar (RACGP AGPT), Brisbane",
    contact=[("Mobile", "0491 571 266"), ("Email", "harpreet.sandhu.gp@gmail.com"), ("AHPRA", "MED0002468135"), ("Address", "Indooroopilly QLD 4068")],
    sections=[
        ("Objective", ["Family Medicine residency in the United States."]),
        ("Education", [("2014 - 2019", "MBBS", "Government Medical College, Amritsar, Punjab, India", ["Graduated 2019 (Baba Farid University of Health Sciences)"])]),
        ("Australian Medical Council", ["AMC CAT MCQ - passed 2020", "AMC Clinical Examination - passed 2021", "AHPRA general registration - 2023"]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 238", "ECFMG certification: pending (Step 2 CK score release in process with ECFMG)"]),
        ("US Observership", [("March - April 2023", "Family Medicine Observership", "Community Regional Medical Center, Fresno, CA", [])]),
        ("Clinical Experience", [
            ("Feb 2024 - present", "GP Registrar", "Moggill Family Practice, Brisbane", []),
            ("Jan 2022 - Jan 2024", "Resident Medical Officer (RMO)", "Gold Coast University Hospital, Queensland Health", []),
        ]),
        ("Languages", ["English, Punjabi, Hindi"]),
        ("Referees", ["Dr Anne Kelly, GP Supervisor - anne.kelly@moggillfp.com.au - +61 7 3202 0000"]),
    ],
    truth=dict(full_name="Harpreet Kaur Sandhu", email="harpreet.sandhu.gp@gmail.com", phone_e164="+61491571266",
               medical_school="Government Medical College, Amritsar", medical_school_country="IN", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Family Medicine"], languages=["English", "Punjabi", "Hindi"], publications=0,
               usce_entries=[U("observership", "Family Medicine", "CA", "2023-03", "2023-04")]),
    tricky="AMC exams (not USMLE); AHPRA; Australian mobile national format; ECFMG pending; no publications section",
))

# ================================================================ scans
# ---------------------------------------------------------------- 017
PEOPLE.append(dict(
    id=17, layout="scan_pdf", render="docx_headerfooter_pdf",
    name="Dr Conor Fitzgerald", postnom="MB BCh BAO, MRCS (Ireland)",
    headline="Research Fellow, Surgical Outcomes",
    contact=[("Phone", "+1 312 555 0187"), ("Email", "conor.fitzgerald.surg@gmail.com"), ("IMC", "403318")],
    sections=[
        ("Summary", ["Irish surgeon (MRCS Ireland) applying for General Surgery residency. J-1 visa holder (research scholar)."]),
        ("Education", [("2011 - 2017", "MB BCh BAO", "Royal College of Surgeons in Ireland (RCSI), Dublin", [])]),
        ("US Experience", [
            ("Jul 2025 - present", "Research Fellow, Surgical Outcomes Research", "University of Chicago Medicine, Chicago, IL", []),
            ("Jul - Aug 2016", "Summer student elective, Department of Surgery (hands-on)", "Northwestern Memorial Hospital, Chicago, IL", []),
        ]),
        ("Irish Clinical Experience", [
            ("Jul 2020 - Jun 2025", "Surgical SHO / Registrar", "Cork University Hospital", []),
            ("Jul 2018 - Jul 2020", "Basic Surgical Training (BST)", "Beaumont Hospital, Dublin", []),
            ("Jul 2017 - Jul 2018", "Intern", "Beaumont Hospital, Dublin", []),
        ]),
        ("Exams", ["USMLE Step 1: Pass  |  Step 2 CK: 240", "ECFMG: Certified", "MRCS Ireland (2020)"]),
        ("Publications", ["Four peer-reviewed papers (Ir J Med Sci 2021, 2022; Surgeon 2023; Ann Surg 2026)."]),
        ("Languages", ["English, Irish"]),
        ("Referees", ["Mr Declan Burke, Consultant Surgeon, Cork University Hospital - declan.burke@hse.ie - +353 21 492 2000"]),
    ],
    truth=dict(full_name="Conor Fitzgerald", email="conor.fitzgerald.surg@gmail.com", phone_e164="+13125550187",
               medical_school="Royal College of Surgeons in Ireland", medical_school_country="IE", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["General Surgery"], languages=["English", "Irish"], publications=4,
               usce_entries=[U("research", "General Surgery", "IL", "2025-07", "2026-12"),
                             U("hands_on", "General Surgery", "IL", "2016-07", "2016-08")]),
    tricky="image-only PDF scan (rotated, noisy); contacts were in header/footer; research to present",
))

# ---------------------------------------------------------------- 018
PEOPLE.append(dict(
    id=18, layout="scan_png", render="chromium_classic",
    name="Dr Zainab Bello", postnom="MBBS, DTM&H",
    headline="Specialty Doctor, Infectious Diseases & HIV",
    contact=[("Mobile", "+44 7700 900531"), ("Email", "zainab.bello.id@gmail.com"), ("GMC", "7688214")],
    sections=[
        ("Objective", ["Internal Medicine residency, then Infectious Disease fellowship. J-1 visa required."]),
        ("Education", [("2008 - 2015", "MBBS", "Ahmadu Bello University, Zaria, Nigeria", []), ("2019", "DTM&H", "London School of Hygiene & Tropical Medicine", [])]),
        ("US Clinical Experience", [("Feb 2025 - Mar 2025", "Observership, Infectious Diseases", "University of Maryland Medical Center, Baltimore, MD", [])]),
        ("UK Experience", [("Sep 2023 - present", "Specialty Doctor, GUM/HIV", "Manchester University NHS FT", []),
                           ("Jan 2020 - Aug 2023", "Clinical Fellow, Infectious Diseases", "North Manchester General Hospital", [])]),
        ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 249", "ECFMG certified", "PLAB 1 & 2 (2019)"]),
        ("Publications", ["Bello Z, et al. Clin Infect Pract. 2024;21:100330.", "Bello Z, Ahmed K. HIV Med. 2022;23:901-905."]),
        ("Languages", ["English, Hausa, French"]),
        ("Referees", ["Dr Kamran Ahmed, Consultant in ID, NMGH - kamran.ahmed@mft.nhs.uk - 0161 795 4567"]),
    ],
    truth=dict(full_name="Zainab Bello", email="zainab.bello.id@gmail.com", phone_e164="+447700900531",
               medical_school="Ahmadu Bello University", medical_school_country="NG", graduation_year=2015, is_student=False,
               usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Hausa", "French"], publications=2,
               usce_entries=[U("observership", "Infectious Disease", "MD", "2025-02", "2025-03")]),
    tricky="PNG scan, low contrast + blur; DTM&H postgraduate not primary degree",
))

# ---------------------------------------------------------------- 019
PEOPLE.append(dict(
    id=19, layout="photo_jpg", render="reportlab_table",
    name="Dr Siddharth Iyer", postnom="MBBS, MD, MRCP(UK)",
    headline="Specialty Registrar (ST6), Gastroenterology",
    contact=[("Mobile", "+44 7700 900318"), ("Email", "sid.iyer.gi@gmail.com"), ("GMC", "7340087")],
    sections=[
        ("Interest", ["Gastroenterology (advanced endoscopy). Will require H-1B visa."]),
        ("Education", [("2004 - 2010", "MBBS", "Kasturba Medical College, Manipal, India", []), ("2011 - 2014", "MD (Internal Medicine)", "Kasturba Medical College, Manipal", [])]),
        ("US Research", [("Jan 2018 - Jun 2018", "Research Fellow, Division of Gastroenterology & Hepatology", "Mayo Clinic, Rochester, MN", [])]),
        ("UK Training", [("Aug 2019 - present", "Specialty Registrar, Gastroenterology", "Health Education England - Wessex", []),
                         ("Mar 2015 - Dec 2017", "Clinical Fellow, Acute Medicine", "Queen Alexandra Hospital, Portsmouth", [])]),
        ("Exams", ["USMLE Step 1: 226", "USMLE Step 2 CK: 235", "ECFMG: Certified", "MRCP(UK) 2016", "ESEGH 2022"]),
        ("Publications", ["Nine peer-reviewed publications (Gut, Endoscopy, Frontline Gastroenterol, among others)."]),
        ("Languages", ["English, Kannada, Hindi, Tamil"]),
        ("Referees", ["Dr Neil Shaw, Consultant Gastroenterologist, QA Hospital - neil.shaw@porthosp.nhs.uk - 023 9228 6000"]),
    ],
    truth=dict(full_name="Siddharth Iyer", email="sid.iyer.gi@gmail.com", phone_e164="+447700900318",
               medical_school="Kasturba Medical College", medical_school_country="IN", graduation_year=2010, is_student=False,
               usmle_step1=226, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
               specialties=["Gastroenterology"], languages=["English", "Kannada", "Hindi", "Tamil"], publications=9,
               usce_entries=[U("research", "Gastroenterology", "MN", "2018-01", "2018-06")]),
    tricky="phone-photo JPG with perspective warp; Indian MD (postgraduate) is not primary degree; research-only USCE",
))

# ---------------------------------------------------------------- 020
PEOPLE.append(dict(
    id=20, layout="scan_jpg", render="fpdf2_classic",
    name="Natalia Wiśniewska", postnom="",
    headline="Final Year Medical Student - University of Leeds",
    contact=[("Mobile", "07700 900874"), ("Email", "n.wisniewska03@gmail.com"), ("Date of birth", "07/03/2003")],
    sections=[
        ("Profile", ["Final-year MBChB student seeking a US clinical elective in Pediatrics (Paediatrics). Will travel on a B1/B2 visitor visa."]),
        ("Education", [("Sep 2021 - Jul 2027 (expected)", "MBChB (in progress)", "University of Leeds School of Medicine, UK", ["Intercalated BSc Paediatrics & Child Health 2024-25"])]),
        ("Examinations", ["USMLE Step 1: Pass (April 2026)", "UKMLA Applied Knowledge Test - due Jan 2027"]),
        ("Clinical Placements (UK)", ["Paediatrics - Leeds General Infirmary (Jan - Mar 2026)", "Obstetrics & Gynaecology - St James's University Hospital (2025)"]),
        ("Research", ["Manuscript submitted: Asthma action plans in primary care (2026)", "Poster: RCPCH Conference 2025"]),
        ("Languages", ["English, Polish (native)"]),
        ("Referees", ["Dr Emma Clarke, Consultant Paediatrician, LGI - emma.clarke14@nhs.net"]),
    ],
    truth=dict(full_name="Natalia Wiśniewska", email="n.wisniewska03@gmail.com", phone_e164="+447700900874",
               medical_school="University of Leeds", medical_school_country="GB", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
               specialties=["Pediatrics"], languages=["English", "Polish"], publications=0,
               usce_entries=[]),
    tricky="JPG scan; student (expected 2027); Polish diacritics in name; no USCE; submitted manuscript + poster -> 0",
))

# ---------------------------------------------------------------- 021
PEOPLE.append(dict(
    id=21, layout="scan_pdf", render="chromium_sidebar",
    name="Dr Hira Aslam", postnom="MBBS, MRCPI",
    headline="SHO in Endocrinology, Beaumont Hospital",
    contact=[("Mobile", "+353 83 907 4418"), ("Email", "hira.aslam.endo@gmail.com"), ("IMC", "429901")],
    sections=[
        ("Objective", ["Endocrinology-focused physician seeking Internal Medicine residency leading to Endocrinology fellowship; J-1."]),
        ("Education", [("2011 - 2017", "MBBS", "Dow University of Health Sciences, Karachi, Pakistan", [])]),
        ("Clinical", [("Jul 2020 - present", "SHO, Endocrinology & Diabetes", "Beaumont Hospital, Dublin", []),
                      ("2017 - 2019", "House Officer / MO", "Civil Hospital Karachi", [])]),
        ("US Clinical Experience", [("May - June 2023", "Observership, Endocrinology", "Houston Methodist Hospital, Houston, TX", [])]),
        ("Exams", ["PRES (Ireland) 2019", "MRCPI 2022", "USMLE Step 1: Pass", "USMLE Step 2 CK: 252", "ECFMG: Certified"]),
        ("Publications", ["Three peer-reviewed publications (Ir Med J 2022; Endocr Connect 2023; Diabet Med 2024)."]),
        ("Languages", ["English, Urdu, Sindhi"]),
    ],
    truth=dict(full_name="Hira Aslam", email="hira.aslam.endo@gmail.com", phone_e164="+353839074418",
               medical_school="Dow University of Health Sciences", medical_school_country="PK", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Endocrinology"], languages=["English", "Urdu", "Sindhi"], publications=3,
               usce_entries=[U("observership", "Endocrinology", "TX", "2023-05", "2023-06")]),
    tricky="image-only PDF from a sidebar layout (two columns in the image); Irish mobile",
))

DAMAGED = [
    dict(id=22, layout="truncated_pdf", ext="pdf", tricky="PDF cut to the first 1.5 KB (no xref/trailer)"),
    dict(id=23, layout="zero_length_docx", ext="docx", tricky="0-byte .docx"),
    dict(id=24, layout="encrypted_pdf", ext="pdf", tricky="PDF encrypted with an unknown user password"),
]

# Hand-counted distinct USCE months (total, clinical = without research/telehealth), up to 2026-12.
MONTHS = {1: (2, 2), 2: (2, 2), 3: (0, 0), 4: (25, 1), 5: (1, 1), 6: (2, 2), 7: (3, 3), 8: (2, 2), 9: (2, 0),
          10: (2, 2), 11: (12, 2), 12: (12, 0), 13: (2, 2), 14: (2, 2), 15: (0, 0), 16: (2, 2), 17: (20, 2),
          18: (2, 2), 19: (6, 0), 20: (0, 0), 21: (2, 2)}
for _p in PEOPLE:
    _p["truth"]["usce_months"], _p["truth"]["usce_months_clinical"] = MONTHS[_p["id"]]
