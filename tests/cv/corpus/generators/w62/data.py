# -*- coding: utf-8 -*-
"""Content of every CV (display text) plus the ground truth derived from it."""

def E(role, org, place, dates, bullets=(), usce=None):
    return dict(role=role, org=org, place=place, dates=dates, bullets=list(bullets), usce=usce)

P = []

# 001 LinkedIn "Save to PDF" export, reportlab ---------------------------------------------
P.append(dict(
    id="001", layout="linkedin_pdf", ext="pdf",
    name="Priya Ramakrishnan", disp_name="Dr. Priya Ramakrishnan, MBBS",
    headline="MBBS | ECFMG Certified | Aspiring Internal Medicine Resident | Cardiology Research",
    location="Bengaluru, Karnataka, India",
    email="priya.ramakrishnan93@gmail.com", phone="+91 98450 12367 (Mobile)",
    links=["www.linkedin.com/in/priya-ramakrishnan-md (LinkedIn)"],
    summary=("International medical graduate from Kasturba Medical College, Manipal (Class of 2023). "
             "USMLE Step 1: Pass | Step 2 CK: 248. ECFMG certified (2024). Seeking a categorical position in "
             "Internal Medicine with a long-term interest in Cardiology. Will require J-1 visa sponsorship."),
    exp=[
        E("Clinical Research Volunteer", "Emory University School of Medicine", "Remote (US) - Atlanta, Georgia, United States",
          "Jun 2025 - Present · 1 yr 7 mos",
          ["Chart abstraction and REDCap data entry for a heart-failure readmission cohort."],
          usce=("research", "Cardiology", "GA", "2025-06", "2026-12")),
        E("Medical Officer", "Narayana Health City", "Bengaluru, Karnataka, India", "Jan 2025 - Present · 2 yrs",
          ["Cardiac ICU step-down unit; 12-bed coverage on night rotation."]),
        E("Clinical Extern - Internal Medicine", "Advocate Illinois Masonic Medical Center", "Greater Chicago Area",
          "Jul 2024 - Aug 2024 · 2 mos",
          ["Hands-on inpatient externship: H&Ps, progress notes, presented on rounds under attending supervision."],
          usce=("hands_on", "Internal Medicine", "IL", "2024-07", "2024-08")),
        E("Clinical Observer - Cardiology", "Houston Methodist", "Houston, Texas, United States",
          "Jan 2024 - Mar 2024 · 3 mos",
          ["Observed echo lab, cath lab and inpatient cardiology consults."],
          usce=("observership", "Cardiology", "TX", "2024-01", "2024-03")),
        E("Compulsory Rotating Resident Internship", "Kasturba Hospital, Manipal", "Manipal, Karnataka, India",
          "Apr 2022 - Mar 2023 · 1 yr", ["Rotations in Medicine, Surgery, OBG, Pediatrics, Community Medicine."]),
    ],
    edu=[("Bachelor of Medicine, Bachelor of Surgery - MBBS, Medicine", "Kasturba Medical College, Manipal", "", "2017 - 2023"),
         ("Higher Secondary, Biology", "National Public School, Indiranagar", "", "2015 - 2017")],
    skills=["Internal Medicine", "Echocardiography", "REDCap"],
    langs=["English (Full Professional)", "Hindi (Professional Working)", "Tamil (Native or Bilingual)", "Kannada (Limited Working)"],
    certs=["ECFMG Certification", "BLS & ACLS Provider - American Heart Association", "USMLE Step 2 CK - 248"],
    pubs=["Ramakrishnan P, Shetty R. Troponin kinetics after non-cardiac surgery. Indian Heart J. 2023;75(4):281-6.",
          "Rao K, Ramakrishnan P, et al. Rheumatic mitral stenosis outcomes in coastal Karnataka. J Assoc Physicians India. 2024;72(2):33-8."],
    posters=["Poster: Sex differences in door-to-balloon time. ACC Asia 2024, Singapore."],
    refs=["Michael Grant, MD - Houston Methodist DeBakey Heart Center - mgrant.cardio@houstonmethodist.org - +1 713 441 2290"],
    truth=dict(school="Kasturba Medical College, Manipal", country="IN", grad=2023, student=False, step1="pass",
               step2=248, step3=None, ecfmg="certified", visa="j1", specs=["Internal Medicine", "Cardiology"],
               langs=["English", "Hindi", "Tamil", "Kannada"], pubs=2, phone="+919845012367"),
))

# 002 Canva two-column designed PDF, Chromium ------------------------------------------------
P.append(dict(
    id="002", layout="canva_two_column", ext="pdf",
    name="Youssef Adel Mansour", disp_name="YOUSSEF ADEL MANSOUR",
    headline="Emergency Medicine Physician · IMG", location="Nasr City, Cairo, Egypt",
    email="youssef.a.mansour@outlook.com", phone="(+20) 101 234 5678",
    links=["linkedin.com/in/youssefmansour-em"],
    summary="Egyptian physician applying for US Emergency Medicine residency. Holder of a valid B1/B2 visa (exp. 2029).",
    exp=[
        E("Emergency Medicine Resident", "Ministry of Health – El Demerdash ER", "Cairo, Egypt", "03/2024 – present",
          ["Level-1 trauma bay, 60+ patients per shift", "ATLS-based primary surveys"]),
        E("Visiting Externship – Emergency Dept.", "Rutgers NJMS / University Hospital", "Newark, NJ", "06/2025",
          ["Hands-on shifts: triage, procedures under supervision"],
          usce=("hands_on", "Emergency Medicine", "NJ", "2025-06", "2025-06")),
        E("Clinical Observership – Emergency Medicine", "Mount Sinai Hospital", "NYC", "03/2025 – 04/2025",
          ["Observed ED flow & resuscitation bay"],
          usce=("observership", "Emergency Medicine", "NY", "2025-03", "2025-04")),
        E("House Officer (Internship)", "Ain Shams University Hospitals", "Cairo, Egypt", "03/2023 – 02/2024", []),
    ],
    edu=[("MBBCh – Bachelor of Medicine & Surgery", "Faculty of Medicine, Ain Shams University", "Cairo", "2016 – 2022")],
    exams=["USMLE Step 1 — PASS", "USMLE Step 2 CK — 239", "OET Medicine — Grade B", "ECFMG Certification — in progress"],
    skills=[("Airway management", 90), ("POCUS / eFAST", 75), ("Trauma resuscitation", 85), ("Research", 55)],
    langs=[("Arabic", 100), ("English", 90), ("German", 40)],
    certs=["ACLS (AHA) 2025", "ATLS 10th ed. 2024"],
    pubs=["Mansour Y, Fathy H. Lactate clearance in septic shock in an Egyptian ED. Egypt J Emerg Med. 2024;12:45-51."],
    posters=["Submitted: ED boarding times in Cairo public hospitals (under review, BMC Emerg Med)."],
    refs=["Dr. Hany Fathy – Professor of Emergency Medicine, Ain Shams – hany.fathy@med.asu.edu.eg"],
    truth=dict(school="Ain Shams University", country="EG", grad=2022, student=False, step1="pass", step2=239,
               step3=None, ecfmg="pending", visa="b1b2", specs=["Emergency Medicine"],
               langs=["Arabic", "English", "German"], pubs=1, phone="+201012345678"),
))

# 003 Google Docs export DOCX (Title style, "Docs" headings) --------------------------------
P.append(dict(
    id="003", layout="gdocs_docx", ext="docx",
    name="Chiamaka Adaeze Okonkwo", disp_name="Chiamaka Adaeze Okonkwo, MBBS",
    headline="Pediatrics-bound IMG · US Permanent Resident", location="Enugu, Nigeria / Houston, TX",
    email="chiamaka.okonkwo.md@gmail.com", phone="+234 803 456 7812",
    summary="",
    exp=[
        E("Telehealth Volunteer Scribe (Family Medicine)", "MedStar Health – Remote (US), Maryland", "", "2025-05 to present",
          ["Virtual visit documentation for primary care clinics in Baltimore."],
          usce=("telehealth", "Family Medicine", "MD", "2025-05", "2026-12")),
        E("Clinical Observer, Neonatology", "Boston Children's Hospital", "Greater Boston", "Feb 2025",
          ["NICU rounds, family meetings"], usce=("observership", "Pediatrics", "MA", "2025-02", "2025-02")),
        E("Pediatric Extern (hands-on)", "Texas Children's Hospital", "Houston, TX", "Sep 2024 to Nov 2024",
          ["Admitted and followed patients on general pediatrics wards under supervision."],
          usce=("hands_on", "Pediatrics", "TX", "2024-09", "2024-11")),
        E("Medical Officer", "Lagos Island Maternity Hospital", "Lagos, Nigeria", "Jan 2022 – Jul 2024",
          ["Special care baby unit and paediatric emergency."]),
        E("House Officer", "University of Nigeria Teaching Hospital (UNTH)", "Ituku-Ozalla, Enugu", "Nov 2020 – Oct 2021", []),
    ],
    edu=[("MBBS", "University of Nigeria, College of Medicine", "Enugu Campus", "2013 – 2020")],
    exams=["USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 255 (2024)", "USMLE Step 3: 221 (2025)",
           "ECFMG Certified – July 2024", "NBME CCSSA practice: 261 (not an official score)"],
    skills=["PALS", "NRP", "Epic (EHR) – trained", "Neonatal resuscitation"],
    langs=["English", "Igbo", "Yoruba", "French (basic)"],
    pubs=["Okonkwo CA, Eze N. Neonatal sepsis organisms at UNTH. Niger J Paediatr. 2021;48(3):190-5.",
          "Okonkwo CA, et al. Kangaroo mother care uptake in Lagos. BMC Pediatr. 2023;23:412.",
          "Adeyemi T, Okonkwo CA. Sickle cell crisis admissions in children. Pan Afr Med J. 2024;47:88."],
    posters=["Abstract: Oxygen concentrators in SCBU – PAS 2025 meeting (abstract only)."],
    refs=["Prof. Ngozi Eze, Dept. of Paediatrics, UNTH – ngozi.eze@unn.edu.ng – +234 805 221 0098",
          "Dr. Laura Whitfield, Texas Children's Hospital – lwhitfield@texaschildrens.org"],
    misc=["Immigration: US Permanent Resident (Green Card holder) since 2023"],
    truth=dict(school="University of Nigeria, College of Medicine", country="NG", grad=2020, student=False,
               step1="pass", step2=255, step3=221, ecfmg="certified", visa="green_card", specs=["Pediatrics"],
               langs=["English", "Igbo", "Yoruba", "French"], pubs=3, phone="+2348034567812"),
))

# 004 Zety-like template with photo circle & right column, Chromium --------------------------
P.append(dict(
    id="004", layout="zety_photo_right_column", ext="pdf",
    name="Ayesha Siddiqa Malik", disp_name="Ayesha Siddiqa Malik",
    headline="Medical Graduate — Internal Medicine & Nephrology", location="Gulshan-e-Iqbal, Karachi, Pakistan",
    email="ayesha.s.malik@yahoo.com", phone="+92 300 2718645",
    links=["orcid.org/0000-0002-7741-1093"],
    summary=("Dow graduate (2024) with 6 months of nephrology research at Cleveland Clinic and US clinical "
             "experience in Michigan and Florida. Seeking Internal Medicine residency; future Nephrology fellowship. J-1 visa required."),
    exp=[
        E("Extern, Internal Medicine (hands-on)", "Jackson Memorial Hospital", "Miami, FL", "2025.08 – 2025.10",
          ["Wrote notes and orders co-signed by residents."], usce=("hands_on", "Internal Medicine", "FL", "2025-08", "2025-10")),
        E("Observer, Internal Medicine", "Henry Ford Hospital", "Detroit, MI", "2025.07 – 2025.08",
          ["Inpatient teaching service, morning report."], usce=("observership", "Internal Medicine", "MI", "2025-07", "2025-08")),
        E("Research Fellow, Nephrology", "Cleveland Clinic Glickman Urological & Kidney Institute", "Cleveland, OH",
          "2025.01 – 2025.06", ["AKI after TAVR retrospective study; IRB drafting."],
          usce=("research", "Nephrology", "OH", "2025-01", "2025-06")),
        E("House Officer", "Civil Hospital Karachi", "Karachi, Pakistan", "2024.01 – 2024.12",
          ["Medicine & Surgery units, 1 year house job (PMDC)."]),
    ],
    edu=[("MBBS", "Dow Medical College, Dow University of Health Sciences", "Karachi", "2018 – 2023 (degree conferred 2024)")],
    exams=["USMLE Step 1: Passed", "USMLE Step 2 CK: 262", "ECFMG: Certified (2025)"],
    skills=["Dialysis access care", "SPSS / R", "Epic", "Point-of-care ultrasound"],
    langs=["English", "Urdu", "Punjabi"],
    pubs=["Malik AS et al. Hyperkalemia in CKD outpatients. J Pak Med Assoc. 2023;73(9):1801-5.",
          "Malik AS, Khan F. Contrast nephropathy after PCI. Cureus. 2024;16(2):e53321.",
          "Hassan R, Malik AS. Dengue-associated AKI. Pak J Med Sci. 2024;40(5):960-4.",
          "Malik AS, et al. AKI after TAVR: a single-centre cohort. Kidney360. 2025;6(8):1210-8."],
    posters=["Poster — ASN Kidney Week 2025, San Diego", "Poster — ACP Michigan Chapter 2025"],
    refs=["Dr. Farhan Khan, FCPS — Dow University — farhan.khan@duhs.edu.pk"],
    truth=dict(school="Dow Medical College", country="PK", grad=2024, student=False, step1="pass", step2=262,
               step3=None, ecfmg="certified", visa="j1", specs=["Internal Medicine", "Nephrology"],
               langs=["English", "Urdu", "Punjabi"], pubs=4, phone="+923002718645"),
))

# 005 Word résumé template with tables (DOCX) -------------------------------------------------
P.append(dict(
    id="005", layout="word_table_docx", ext="docx",
    name="José Miguel Dela Cruz Santos", disp_name="JOSÉ MIGUEL DELA CRUZ SANTOS, MD",
    headline="Family Medicine / Geriatrics", location="Quezon City, Metro Manila, Philippines",
    email="jm.delacruzsantos@gmail.com", phone="+63 917 845 2231",
    summary="",
    exp=[
        E("Hands-on Externship – Geriatrics", "Mount Sinai Beth Israel", "NYC", "Summer 2024",
          ["10-week inpatient geriatrics & palliative externship."],
          usce=("hands_on", "Geriatrics", "NY", "2024-06", "2024-08")),
        E("Clinical Observer – Family Medicine", "AdventHealth Family Medicine Residency", "Orlando, Florida",
          "March–May 2025", ["Outpatient continuity clinic."], usce=("observership", "Family Medicine", "FL", "2025-03", "2025-05")),
        E("Municipal Health Officer / Medical Officer III", "Rural Health Unit, Municipality of Carcar", "Cebu, Philippines",
          "Aug 2021 – Feb 2024", ["Doctor-to-the-Barrios program."]),
        E("Post-graduate Intern", "Philippine General Hospital", "Manila", "Aug 2020 – Jul 2021", []),
    ],
    edu=[("Doctor of Medicine (MD)", "University of Santo Tomas Faculty of Medicine and Surgery", "Manila", "2016 – 2020"),
         ("BS Biology (pre-med)", "University of the Philippines Cebu", "Cebu City", "2012 – 2016")],
    exams=["Philippine Physician Licensure Exam – passed (2021)", "USMLE Step 1 – Passed", "USMLE Step 2 CK – 231",
           "ECFMG Certificate – issued 2023"],
    skills=["Geriatric assessment", "Chronic disease management", "Community health"],
    langs=["English", "Filipino (Tagalog)", "Cebuano"],
    pubs=[], posters=["Case presentation: Delirium in the elderly – PAFP Convention 2023"],
    refs=["Dr. Ramon Villanueva, UST Hospital – rvillanueva@ust.edu.ph – +63 2 8731 3001",
          "Dr. Karen O'Leary, AdventHealth Orlando – karen.oleary@adventhealth.com"],
    truth=dict(school="University of Santo Tomas Faculty of Medicine and Surgery", country="PH", grad=2020,
               student=False, step1="pass", step2=231, step3=None, ecfmg="certified", visa=None,
               specs=["Family Medicine", "Geriatrics"], langs=["English", "Filipino", "Cebuano"], pubs=0,
               phone="+639178452231"),
))

# 006 Plain text pasted into an e-mail body ----------------------------------------------------
P.append(dict(
    id="006", layout="email_body_txt", ext="txt",
    name="Lucas Henrique Albuquerque Ferreira", disp_name="Lucas Henrique Albuquerque Ferreira",
    headline="6th-year medical student, UFMG", location="Belo Horizonte - MG, Brazil",
    email="lucas.h.ferreira@ufmg.br", phone="+55 (31) 9 8765-4321",
    exp=[
        E("Visiting Student – Neurology sub-internship (hands-on)", "University of Miami / Jackson Memorial", "Miami, FL",
          "jan/2026 – fev/2026", [], usce=("hands_on", "Neurology", "FL", "2026-01", "2026-02")),
        E("Summer Undergraduate Research Fellowship – Neurology", "Mayo Clinic", "Rochester, MN", "jul/2025 – ago/2025",
          [], usce=("research", "Neurology", "MN", "2025-07", "2025-08")),
        E("Internato (clinical clerkships)", "Hospital das Clínicas da UFMG", "Belo Horizonte", "mar/2025 – atual", []),
        E("Visiting observer – Stroke unit", "Toronto Western Hospital", "Toronto, ON, Canada", "dez/2024", []),
    ],
    edu=[("MD (Medicina) – expected graduation Dec 2027", "Universidade Federal de Minas Gerais (UFMG)", "Belo Horizonte", "2022 – 2027")],
    exams=["USMLE Step 1: PASS (Apr 2026)", "Step 2 CK: not taken yet", "ECFMG: not certified yet (graduation pending)"],
    langs=["Portuguese (native)", "English (C1)", "Spanish (B2)"],
    pubs=["Ferreira LHA, Souza MT. Thrombolysis door-to-needle times in Minas Gerais. Arq Neuropsiquiatr. 2025;83(4):e2024."],
    posters=["In preparation: migraine prevalence among medical students."],
    refs=["Profa. Dra. Mariana Teixeira Souza – UFMG Neurology – mariana.souza@medicina.ufmg.br"],
    misc=["Visa: I hold a valid B1/B2 visa."],
    truth=dict(school="Universidade Federal de Minas Gerais", country="BR", grad=2027, student=True, step1="pass",
               step2=None, step3=None, ecfmg="not_certified", visa="b1b2", specs=["Neurology"],
               langs=["Portuguese", "English", "Spanish"], pubs=1, phone="+5531987654321"),
))

# 007 Markdown-ish TXT ------------------------------------------------------------------------
P.append(dict(
    id="007", layout="markdown_txt", ext="txt",
    name="Amirhossein Hosseini", name_alt="امیرحسین حسینی", disp_name="Amirhossein Hosseini",
    headline="MD, Tehran University of Medical Sciences", location="Tehran, Iran",
    email="a.hosseini.md@protonmail.com", phone=None,
    exp=[
        E("Clinical Observer, Psychiatry", "McLean Hospital (Harvard affiliate)", "Greater Boston", "2024-10 → 2024-11", [],
          usce=("observership", "Psychiatry", "MA", "2024-10", "2024-11")),
        E("Research Assistant (remote)", "Yale Department of Psychiatry, New Haven, CT", "Remote (US)", "2023-09 → 2024-08",
          ["fMRI preprocessing for a treatment-resistant depression trial"],
          usce=("research", "Psychiatry", "CT", "2023-09", "2024-08")),
        E("General Practitioner (Tarh – mandatory rural service)", "Zahedan University of Medical Sciences", "Zahedan, Iran",
          "2022-09 → 2023-08 (1401–1402 SH)", []),
        E("Intern (Kaaroorzi)", "Imam Khomeini Hospital Complex", "Tehran", "2020-09 → 2022-06", []),
    ],
    edu=[("MD (Doctor of Medicine)", "Tehran University of Medical Sciences", "Tehran, Iran", "2015 – 2022")],
    exams=["USMLE Step 1 — Pass", "USMLE Step 2 CK — 244", "ECFMG certified ✔", "UWSA2: 256 (practice)"],
    langs=["Farsi (native)", "English (fluent)", "Arabic (reading)"],
    pubs=["Hosseini A, et al. Ketamine for TRD in Iranian outpatients. Iran J Psychiatry. 2021;16(2):101-9.",
          "Hosseini A, Rahimi M. Lithium levels and renal function. Asian J Psychiatr. 2022;70:103042.",
          "Rahimi M, Hosseini A. Sleep in medical interns. BMC Med Educ. 2022;22:611.",
          "Hosseini A, et al. rTMS in OCD: meta-analysis. J Affect Disord. 2023;325:70-8.",
          "Karimi S, Hosseini A. Stroke after COVID-19 in Tehran. Neurol Sci. 2023;44:1201-7."],
    posters=["Conference abstract: APA Annual Meeting 2024", "Conference abstract: Iranian Psychiatry Congress 2022"],
    refs=["Dr. Maryam Rahimi — Roozbeh Hospital — m.rahimi@tums.ac.ir"],
    misc=["Telegram: @amir_hsn", "Visa: B1/B2 will be needed for rotations (appointment scheduled in Yerevan)",
          "Specialty interests: Psychiatry (primary), Neurology"],
    truth=dict(school="Tehran University of Medical Sciences", country="IR", grad=2022, student=False, step1="pass",
               step2=244, step3=None, ecfmg="certified", visa="b1b2", specs=["Psychiatry", "Neurology"],
               langs=["Persian", "English", "Arabic"], pubs=5, phone=None),
))

# 008 LinkedIn export flavour, fpdf2 ---------------------------------------------------------
P.append(dict(
    id="008", layout="linkedin_fpdf", ext="pdf",
    name="María Fernanda Gutiérrez López", disp_name="María Fernanda Gutiérrez López",
    headline="Médico Cirujano (UNAM) | OB/GYN applicant | USMLE 1 Pass · 2 CK 236",
    location="Ciudad de México, México",
    email="mafer.gutierrez.lopez@gmail.com", phone="+52 55 1234 5678 (Mobile)",
    links=["www.linkedin.com/in/mafergutierrezlopez (LinkedIn)"],
    summary="Mexican physician pursuing Obstetrics and Gynecology residency. B1/B2 (tourist) visa holder. ECFMG certified.",
    exp=[
        E("Médico General", "Hospital Ángeles Pedregal", "Ciudad de México, México", "Jul 2025 - Present · 1 yr 6 mos", []),
        E("Clinical Extern", "Baylor Scott & White? no — University Health", "San Antonio, Texas, United States",
          "May 2025 - Jun 2025 · 2 mos", ["Labor & delivery hands-on externship; cervical checks, assisted deliveries."],
          usce=("hands_on", "Obstetrics and Gynecology", "TX", "2025-05", "2025-06")),
        E("Observer - Obstetrics & Gynecology", "UT Southwestern Medical Center", "Dallas, Texas, United States",
          "Feb 2025 - Apr 2025 · 3 mos", [], usce=("observership", "Obstetrics and Gynecology", "TX", "2025-02", "2025-04")),
        E("Médico Pasante de Servicio Social", "Centro de Salud Rural, SSA", "San Juan Bautista Tuxtepec, Oaxaca, México",
          "Aug 2022 - Jul 2023 · 1 yr", []),
    ],
    edu=[("Médico Cirujano, Medicine", "Universidad Nacional Autónoma de México", "", "2016 - 2023")],
    skills=["Obstetrics", "Ultrasound", "Spanish-English medical interpretation"],
    langs=["Español (Native or Bilingual)", "English (Full Professional)", "Français (Elementary)"],
    certs=["ECFMG Certified", "ALSO - Advanced Life Support in Obstetrics"],
    pubs=["Gutiérrez-López MF, et al. Preeclampsia screening in a rural clinic. Ginecol Obstet Mex. 2024;92(3):101-9."],
    refs=[],
    truth=dict(school="Universidad Nacional Autónoma de México", country="MX", grad=2023, student=False, step1="pass",
               step2=236, step3=None, ecfmg="certified", visa="b1b2", specs=["Obstetrics and Gynecology"],
               langs=["Spanish", "English", "French"], pubs=1, phone="+525512345678"),
))
P[-1]["exp"][1]["org"] = "University Health (UT Health San Antonio)"

# 009 Novoresume-like ODT (odfpy) -----------------------------------------------------------
P.append(dict(
    id="009", layout="novoresume_odt", ext="odt",
    name="Olena Kovalenko", name_alt="Олена Коваленко", disp_name="Olena Kovalenko",
    headline="Anesthesiologist (Ukraine) · Critical Care", location="Pittsburgh, PA, USA",
    email="olena.kovalenko.md@gmail.com", phone="+1 (412) 838-2290",
    summary="Ukrainian-trained anesthesiologist, U.S. Permanent Resident since 2023, applying to Anesthesiology; strong interest in Critical Care Medicine.",
    exp=[
        E("Clinical Research Coordinator", "University of Pittsburgh, Dept. of Critical Care Medicine", "Pittsburgh, PA",
          "02/2024 – current", ["ARDS ventilation trial: screening, consent, CRF."],
          usce=("research", "Pulmonology/Critical Care", "PA", "2024-02", "2026-12")),
        E("Observership – Pulmonary & Critical Care", "Northwell Health, Lenox Hill Hospital", "NYC", "01/2024", [],
          usce=("observership", "Pulmonology/Critical Care", "NY", "2024-01", "2024-01")),
        E("Externship – Anesthesiology", "Rush University Medical Center", "Chicago, IL", "10/2023 – 12/2023",
          ["Hands-on: pre-op assessments, airway under supervision."], usce=("hands_on", "Anesthesiology", "IL", "2023-10", "2023-12")),
        E("Anesthesiologist", "Kyiv City Clinical Hospital No. 17", "Kyiv, Ukraine", "09/2021 – 03/2022", []),
        E("Intern (Internatura) – Anesthesiology", "Bogomolets National Medical University clinics", "Kyiv, Ukraine",
          "08/2019 – 06/2021", []),
    ],
    edu=[("MD (Doctor of Medicine, General Medicine)", "Bogomolets National Medical University", "Kyiv, Ukraine", "2013 – 2019")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 227", "USMLE Step 3: 212", "ECFMG Certified (2023)", "KROK 2: 192.4"],
    skills=["Regional anesthesia", "Mechanical ventilation", "Central lines", "REDCap"],
    langs=["Ukrainian", "Russian", "English", "Polish"],
    pubs=["Kovalenko O, Shevchenko I. Ketamine analgesia in mass-casualty settings. Ukr J Anaesth. 2022;3:21-7.",
          "Kovalenko O, et al. Prone positioning in COVID ARDS. Emerg Med (Ukr). 2021;17(5):44-9."],
    refs=["Prof. Ihor Shevchenko – Bogomolets NMU – i.shevchenko@nmu.ua",
          "Dr. Sarah Lindqvist – UPMC Critical Care – lindqvists@upmc.edu – +1 412 647 3000"],
    misc=["Status: U.S. Permanent Resident (green card)"],
    truth=dict(school="Bogomolets National Medical University", country="UA", grad=2019, student=False, step1="pass",
               step2=227, step3=212, ecfmg="certified", visa="green_card",
               specs=["Anesthesiology", "Pulmonology/Critical Care"],
               langs=["Ukrainian", "Russian", "English", "Polish"], pubs=2, phone="+14128382290"),
))

# 010 RTF ---------------------------------------------------------------------------------------
P.append(dict(
    id="010", layout="plain_rtf", ext="rtf",
    name="Omar Khaled Al-Zoubi", disp_name="Omar Khaled Al-Zoubi, MD",
    headline="General Surgery applicant", location="Irbid, Jordan",
    email="omar.alzoubi.md@hotmail.com", phone="+962 79 123 4567",
    exp=[
        E("Observership – Trauma & Acute Care Surgery", "Ben Taub Hospital (Baylor College of Medicine)",
          "Houston, Texas, United States", "2025-10", [], usce=("observership", "General Surgery", "TX", "2025-10", "2025-10")),
        E("Surgical Observership", "Toronto General Hospital", "Toronto, ON, Canada", "2025-06 – 2025-07", []),
        E("General Practitioner", "King Abdullah University Hospital", "Irbid, Jordan", "2024-07 – present", []),
        E("Visiting Student Sub-Internship – General Surgery", "University of Toledo Medical Center", "Toledo, Ohio",
          "2023-07 – 2023-08", ["Sub-I: pre-rounding, OR assisting, floor calls."],
          usce=("hands_on", "General Surgery", "OH", "2023-07", "2023-08")),
    ],
    edu=[("Doctor of Medicine (MD)", "Jordan University of Science and Technology (JUST)", "Irbid, Jordan", "2018 – 2024")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: scheduled February 2027", "ECFMG: certification pending Step 2 CK",
           "Jordan Medical Council licensing exam: passed", "MCCQE Part I (Medical Council of Canada): 256"],
    langs=["Arabic (native)", "English (fluent)"],
    pubs=[], posters=["Manuscript submitted: Appendicitis in pregnancy, a JUST cohort (under review)."],
    refs=["Dr. Samer Haddadin, Professor of Surgery, JUST – s.haddadin@just.edu.jo – +962 2 720 0600"],
    truth=dict(school="Jordan University of Science and Technology", country="JO", grad=2024, student=False,
               step1="pass", step2=None, step3=None, ecfmg="pending", visa=None, specs=["General Surgery"],
               langs=["Arabic", "English"], pubs=0, phone="+962791234567"),
))

# 011 Word template, contacts only in header/footer, DOCX -> PDF via LibreOffice -----------
P.append(dict(
    id="011", layout="word_header_footer_lo_pdf", ext="pdf",
    name="Nusrat Jahan Chowdhury", disp_name="Dr. Nusrat Jahan Chowdhury",
    headline="MBBS (DMC) · Internal Medicine / Hematology-Oncology", location="Dhanmondi, Dhaka-1205, Bangladesh",
    email="nusrat.jahan.dmc@gmail.com", phone="+880 1712-345678",
    exp=[
        E("Extern – Internal Medicine (hands-on)", "NYC Health + Hospitals/Kings County", "Brooklyn, NYC",
          "Jul 2024 – Sep 2024", [], usce=("hands_on", "Internal Medicine", "NY", "2024-07", "2024-09")),
        E("Observer – Hematology/Oncology", "MD Anderson Cancer Center", "Houston, Texas, United States",
          "Apr 2024 – Jun 2024", [], usce=("observership", "Hematology/Oncology", "TX", "2024-04", "2024-06")),
        E("Honorary Medical Officer, Dept. of Haematology", "Dhaka Medical College Hospital", "Dhaka", "Jan 2023 – Mar 2024", []),
        E("Intern Doctor", "Dhaka Medical College Hospital", "Dhaka", "Jan 2022 – Dec 2022", []),
    ],
    edu=[("MBBS", "Dhaka Medical College (University of Dhaka)", "Dhaka, Bangladesh", "2016 – 2021")],
    exams=["USMLE Step 1 – PASS", "USMLE Step 2 CK – 250", "ECFMG Certified (Oct 2024)", "PLAB 1 & PLAB 2 (GMC, UK) – passed 2023", "UWorld self-assessment (UWSA2) – 263"],
    langs=["Bengali (Bangla)", "English", "Hindi"],
    pubs=["Chowdhury NJ, et al. Aplastic anaemia outcomes in Bangladesh. Bangladesh Med Res Counc Bull. 2022;48:12-8.",
          "Chowdhury NJ, Rahman M. Thalassemia carrier screening. J Dhaka Med Coll. 2023;32(1):5-11.",
          "Rahman M, Chowdhury NJ. Febrile neutropenia in ALL. Cureus. 2024;16:e61122."],
    refs=["Prof. Mizanur Rahman, Head of Haematology, DMCH – mizanur.rahman@dmc.gov.bd"],
    misc=["Visa: will require J-1 sponsorship", "Born: 1997"],
    truth=dict(school="Dhaka Medical College", country="BD", grad=2021, student=False, step1="pass", step2=250,
               step3=None, ecfmg="certified", visa="j1", specs=["Internal Medicine", "Hematology/Oncology"],
               langs=["Bengali", "English", "Hindi"], pubs=3, phone="+8801712345678"),
))

# 012 Google Docs DOCX re-exported to PDF via LibreOffice -------------------------------------
P.append(dict(
    id="012", layout="gdocs_lo_pdf", ext="pdf",
    name="Sushant Raj Adhikari", disp_name="Sushant Raj Adhikari",
    headline="MBBS · Family Medicine & Internal Medicine", location="Lalitpur, Nepal",
    email="sushant.adhikari.iom@gmail.com", phone="+977 984-1234567",
    exp=[
        E("Telehealth Medical Scribe", "Atrium Health (Charlotte, North Carolina)", "Remote (US)", "2025-04 – ongoing", [],
          usce=("telehealth", "Family Medicine", "NC", "2025-04", "2026-12")),
        E("Observership – Family Medicine", "Cook County Health", "Chicago, IL", "January – February 2025", [],
          usce=("observership", "Family Medicine", "IL", "2025-01", "2025-02")),
        E("Medical Officer", "Dhulikhel Hospital, Kathmandu University Hospital", "Kavre, Nepal", "2023-03 – 2024-11", []),
        E("Intern (part of MBBS)", "Tribhuvan University Teaching Hospital", "Maharajgunj, Kathmandu", "2021-02 – 2022-01", []),
    ],
    edu=[("MBBS", "Institute of Medicine, Tribhuvan University", "Maharajgunj, Kathmandu", "2016 – 2022 (incl. rotating internship)")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 241", "ECFMG certified: yes (2024)", "NMC licensing exam: passed"],
    langs=["Nepali", "English", "Hindi"],
    pubs=["Adhikari SR, et al. Hypertension awareness in rural Kavre. J Nepal Health Res Counc. 2024;22(1):55-60."],
    refs=["Dr. Bishnu Karki, Dhulikhel Hospital – bkarki@kusms.edu.np"],
    misc=["Visa status: B1/B2 visitor visa (valid)"],
    truth=dict(school="Institute of Medicine, Tribhuvan University", country="NP", grad=2022, student=False,
               step1="pass", step2=241, step3=None, ecfmg="certified", visa="b1b2",
               specs=["Family Medicine", "Internal Medicine"], langs=["Nepali", "English", "Hindi"], pubs=1,
               phone="+9779841234567"),
))

# 013 LinkedIn-like web profile printed with Chromium -----------------------------------------
P.append(dict(
    id="013", layout="linkedin_chromium_print", ext="pdf",
    name="Ji-woo Kim", name_alt="김지우", disp_name="Ji-woo Kim (김지우)",
    headline="MD, Yonsei | Diagnostic Radiology | AI in imaging", location="Seoul, South Korea",
    email="jiwoo.kim.rad@naver.com", phone="+82 10-2345-6789",
    links=["www.linkedin.com/in/jiwookim-rad"],
    summary="Korean physician with two years of US radiology research. Applying for Diagnostic Radiology residency.",
    exp=[
        E("Visiting Observer, Radiology", "Massachusetts General Hospital", "Greater Boston",
          "Mar 2025 - Apr 2025 · 2 mos", [], usce=("observership", "Radiology", "MA", "2025-03", "2025-04")),
        E("Postdoctoral Research Fellow, Radiology", "Stanford University School of Medicine",
          "Palo Alto, California, United States", "Mar 2023 - Feb 2025 · 2 yrs", ["Deep-learning triage of chest CT."],
          usce=("research", "Radiology", "CA", "2023-03", "2025-02")),
        E("Public Health Doctor (military-alternative service)", "Gangwon-do Public Health Center", "Gangwon, South Korea",
          "Mar 2022 - Feb 2023 · 1 yr", []),
        E("Intern", "Severance Hospital", "Seoul, South Korea", "Mar 2021 - Feb 2022 · 1 yr", []),
    ],
    edu=[("Doctor of Medicine - MD", "Yonsei University College of Medicine", "", "2015 - 2021")],
    exams=["USMLE Step 1 (Pass)", "USMLE Step 2 CK 258", "ECFMG certified"],
    skills=["PyTorch", "Chest CT", "Radiomics"],
    langs=["Korean (Native)", "English (Professional)", "Japanese (Limited)"],
    pubs=["Kim J, et al. Radiology 2024;310:e231200.", "Kim J, et al. Eur Radiol 2024;34:1022-31.",
          "Kim J, et al. AJR 2023;221:611-9.", "Park S, Kim J. Korean J Radiol 2022;23:881-9.",
          "Kim J, Lee H. Yonsei Med J 2021;62:700-7.", "Lee H, Kim J. Radiol Artif Intell 2025;7:e240112."],
    refs=[],
    truth=dict(school="Yonsei University College of Medicine", country="KR", grad=2021, student=False, step1="pass",
               step2=258, step3=None, ecfmg="certified", visa=None, specs=["Radiology"],
               langs=["Korean", "English", "Japanese"], pubs=6, phone="+821023456789"),
))

# 014 DOCX with a sidebar table -----------------------------------------------------------------
P.append(dict(
    id="014", layout="docx_sidebar_table", ext="docx",
    name="Santiago Restrepo Álvarez", disp_name="Santiago Restrepo Álvarez",
    headline="Médico y Cirujano · Internal Medicine / Infectious Disease", location="Medellín, Antioquia, Colombia",
    email="santiago.restrepo.alvarez@udea.edu.co", phone="+57 300 456 7890",
    exp=[
        E("Observership – Infectious Diseases", "Emory University Hospital", "Atlanta, GA", "2024-12", [],
          usce=("observership", "Infectious Disease", "GA", "2024-12", "2024-12")),
        E("Externship – Internal Medicine", "Larkin Community Hospital", "Miami, FL", "2024-09 – 2024-11",
          ["Hands-on: admissions, daily notes, family meetings."], usce=("hands_on", "Internal Medicine", "FL", "2024-09", "2024-11")),
        E("Médico General", "Hospital Pablo Tobón Uribe", "Medellín, Colombia", "2021-03 – 2024-08", []),
        E("Médico SSO (rural service)", "Hospital San Francisco de Asís", "Quibdó, Chocó", "2020-02 – 2021-01", []),
    ],
    edu=[("Médico y Cirujano", "Universidad de Antioquia, Facultad de Medicina", "Medellín", "2013 – 2019 (título 2020)")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 233", "ECFMG Certified"],
    langs=["Spanish", "English", "Portuguese"],
    pubs=["Restrepo-Álvarez S, et al. Leptospirosis in Urabá. Biomédica. 2022;42:301-9.",
          "Restrepo-Álvarez S, Gómez J. Tuberculosis in HIV in Medellín. Infectio. 2023;27:40-6."],
    refs=["Dr. Juliana Gómez – Universidad de Antioquia – juliana.gomez@udea.edu.co – +57 604 219 6000"],
    misc=["Year of birth: 1995", "Visa: B1/B2"],
    truth=dict(school="Universidad de Antioquia", country="CO", grad=2020, student=False, step1="pass", step2=233,
               step3=None, ecfmg="certified", visa="b1b2", specs=["Internal Medicine", "Infectious Disease"],
               langs=["Spanish", "English", "Portuguese"], pubs=2, phone="+573004567890"),
))

# 015 Canva-like with skill bars, fpdf2 --------------------------------------------------------
P.append(dict(
    id="015", layout="canva_skillbars_fpdf", ext="pdf",
    name="Hanna Tesfaye Bekele", disp_name="Hanna Tesfaye Bekele",
    headline="General Practitioner · Pediatrics & Infectious Disease", location="Addis Ababa, Ethiopia",
    email="hanna.tesfaye@aau.edu.et", phone="+251 91 123 4567",
    exp=[
        E("Observership – Pediatrics", "Children's Hospital of Philadelphia", "Philadelphia, PA", "June 2025 – July 2025", [],
          usce=("observership", "Pediatrics", "PA", "2025-06", "2025-07")),
        E("General Practitioner", "Tikur Anbessa Specialized Hospital", "Addis Ababa", "Oct 2023 – present", []),
        E("Medical Intern", "Tikur Anbessa Specialized Hospital", "Addis Ababa", "Sep 2022 – Aug 2023", []),
    ],
    edu=[("Doctor of Medicine (MD)", "Addis Ababa University, School of Medicine", "Addis Ababa, Ethiopia", "2017 – 2023")],
    exams=["USMLE Step 1: Pass", "NBME Form 13 (practice, Step 2 CK): 245", "ECFMG: pending (Step 2 CK)"],
    skills=[("Pediatric emergency", 80), ("HIV/TB care", 90), ("Research", 60)],
    langs=[("Amharic", 100), ("English", 90), ("Afaan Oromo", 60)],
    pubs=["Bekele HT, et al. Severe acute malnutrition outcomes in Addis Ababa. Ethiop J Health Sci. 2023;33(2):201-8."],
    refs=["Dr. Abebe Girma, Tikur Anbessa – abebe.girma@aau.edu.et"],
    truth=dict(school="Addis Ababa University", country="ET", grad=2023, student=False, step1="pass", step2=None,
               step3=None, ecfmg="pending", visa=None, specs=["Pediatrics", "Infectious Disease"],
               langs=["Amharic", "English", "Oromo"], pubs=1, phone="+251911234567"),
))

# 016 ODT with a text frame for contacts (odfpy) ---------------------------------------------
P.append(dict(
    id="016", layout="odt_text_frame", ext="odt",
    name="Nguyễn Thị Minh Anh", disp_name="NGUYỄN Thị Minh Anh",
    headline="Bác sĩ Đa khoa · Endocrinology / Internal Medicine", location="Hà Nội, Việt Nam",
    email="minhanh.nguyen.hmu@gmail.com", phone="+84 912 345 678",
    exp=[
        E("Research Volunteer – Endocrinology (remote)", "University of Washington, Seattle, WA", "Remote (US)",
          "May 2024 – Apr 2025", [], usce=("research", "Endocrinology", "WA", "2024-05", "2025-04")),
        E("Externship – Internal Medicine", "Ochsner Medical Center", "New Orleans, Louisiana", "Mar – Apr 2024",
          ["Hands-on inpatient medicine."], usce=("hands_on", "Internal Medicine", "LA", "2024-03", "2024-04")),
        E("Resident physician (Bác sĩ nội trú)", "Bach Mai Hospital", "Hà Nội", "Oct 2022 – Feb 2024", []),
    ],
    edu=[("Doctor of Medicine (Bác sĩ Đa khoa)", "Hanoi Medical University (Trường Đại học Y Hà Nội)", "Hà Nội", "2016 – 2022")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 246", "ECFMG: certified"],
    langs=["Vietnamese", "English", "French"],
    pubs=["Nguyen TMA, et al. Diabetes distress in Hanoi. Diabetes Metab Syndr. 2023;17:102771.",
          "Tran VH, Nguyen TMA. Thyroid nodules on ultrasound. Vietnam Med J. 2022;515:33-7."],
    refs=["PGS.TS. Trần Văn Hùng – Hanoi Medical University – tranvanhung@hmu.edu.vn"],
    misc=["Visa: J-1 required"],
    truth=dict(school="Hanoi Medical University", country="VN", grad=2022, student=False, step1="pass", step2=246,
               step3=None, ecfmg="certified", visa="j1", specs=["Endocrinology", "Internal Medicine"],
               langs=["Vietnamese", "English", "French"], pubs=2, phone="+84912345678"),
))

# ---------------------------------------------------------------- scans (17..21)
P.append(dict(
    id="017", layout="scan_png_photo", ext="png",
    name="Brian Otieno Omondi", disp_name="Dr. Brian Otieno Omondi", headline="MBChB · Emergency Medicine",
    location="Nairobi, Kenya", email="brian.omondi@uonbi.ac.ke", phone="+254 712 345 678",
    exp=[E("Observer, Emergency Medicine", "Johns Hopkins Hospital", "Baltimore, MD", "Aug 2025 - Sep 2025", [],
           usce=("observership", "Emergency Medicine", "MD", "2025-08", "2025-09")),
         E("Medical Officer", "Kenyatta National Hospital", "Nairobi", "2023 - present", [])],
    edu=[("MBChB", "University of Nairobi", "Nairobi, Kenya", "2016 - 2022")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 238", "ECFMG Certified", "Visa: J-1 required"],
    langs=["English", "Swahili", "Luo"], pubs=[],
    truth=dict(school="University of Nairobi", country="KE", grad=2022, student=False, step1="pass", step2=238,
               step3=None, ecfmg="certified", visa="j1", specs=["Emergency Medicine"],
               langs=["English", "Swahili", "Luo"], pubs=0, phone="+254712345678"),
))
P.append(dict(
    id="018", layout="scan_jpg_photo", ext="jpg",
    name="Dilini Perera", disp_name="Dilini Perera, MBBS", headline="Pathology", location="Colombo, Sri Lanka",
    email="dilini.perera.path@gmail.com", phone="+94 77 123 4567",
    exp=[E("Observership – Anatomic Pathology", "Mayo Clinic", "Jacksonville, FL", "2025-06", [],
           usce=("observership", "Pathology", "FL", "2025-06", "2025-06")),
         E("Research Fellow – Pathology", "Mayo Clinic", "Jacksonville, FL", "2024-06 to 2025-05", [],
           usce=("research", "Pathology", "FL", "2024-06", "2025-05")),
         E("Intern House Officer", "National Hospital of Sri Lanka", "Colombo", "2022-01 to 2022-12", [])],
    edu=[("MBBS", "Faculty of Medicine, University of Colombo", "Colombo", "2015 - 2021")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 249", "ECFMG: Certified"],
    langs=["Sinhala", "English", "Tamil"],
    pubs=["Perera D, et al. Ceylon Med J. 2023;68:12-6.", "Perera D, et al. Am J Surg Pathol. 2025;49:300-8."],
    truth=dict(school="University of Colombo", country="LK", grad=2021, student=False, step1="pass", step2=249,
               step3=None, ecfmg="certified", visa=None, specs=["Pathology"], langs=["Sinhala", "English", "Tamil"],
               pubs=2, phone="+94771234567"),
))
P.append(dict(
    id="019", layout="scan_image_pdf", ext="pdf",
    name="Emre Yılmaz", disp_name="Dr. Emre Yılmaz", headline="Cardiology / Internal Medicine", location="Ankara, Türkiye",
    email="emre.yilmaz.md@gmail.com", phone="+90 532 123 45 67",
    exp=[E("Cardiology Externship (hands-on)", "Cleveland Clinic", "Cleveland, OH", "01.2024 – 03.2024", [],
           usce=("hands_on", "Cardiology", "OH", "2024-01", "2024-03")),
         E("Araştırma Görevlisi (Resident), Internal Medicine", "Hacettepe University Hospital", "Ankara", "09.2020 – 12.2023", [])],
    edu=[("MD (Tıp Doktoru)", "Hacettepe University Faculty of Medicine", "Ankara", "2014 – 2020")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 245", "ECFMG Certified", "Visa: B1/B2"],
    langs=["Turkish", "English", "German"],
    pubs=["Yılmaz E, et al. Anatol J Cardiol. 2022.", "Yılmaz E, et al. Turk Kardiyol Dern Ars. 2023.",
          "Yılmaz E, et al. Int J Cardiol. 2024."],
    truth=dict(school="Hacettepe University Faculty of Medicine", country="TR", grad=2020, student=False,
               step1="pass", step2=245, step3=None, ecfmg="certified", visa="b1b2",
               specs=["Cardiology", "Internal Medicine"], langs=["Turkish", "English", "German"], pubs=3,
               phone="+905321234567"),
))
P.append(dict(
    id="020", layout="scan_image_pdf_rotated", ext="pdf",
    name="Rama Haddad", disp_name="Rama Haddad", headline="Neurology", location="Damascus, Syria",
    email="rama.haddad.md@gmail.com", phone="+963 944 123 456",
    exp=[E("Resident Physician, Neurology", "Al-Assad University Hospital", "Damascus", "2023 – present", [])],
    edu=[("Doctor of Medicine", "Damascus University Faculty of Medicine", "Damascus", "2017 – 2023")],
    exams=["USMLE Step 1: Pass", "Step 2 CK: preparing"],
    langs=["Arabic", "English", "French"], pubs=[],
    truth=dict(school="Damascus University", country="SY", grad=2023, student=False, step1="pass", step2=None,
               step3=None, ecfmg=None, visa=None, specs=["Neurology"], langs=["Arabic", "English", "French"],
               pubs=0, phone="+963944123456"),
))
P.append(dict(
    id="021", layout="scan_jpg_lowcontrast", ext="jpg",
    name="Diego Alonso Quispe Mamani", disp_name="Diego Alonso Quispe Mamani", headline="Medical student · General Surgery",
    location="Lima, Perú", email="diego.quispe@upch.pe", phone="+51 987 654 321",
    exp=[E("Visiting Student – General Surgery", "University of New Mexico Hospital", "Albuquerque, NM",
           "09/2026 – 10/2026", [], usce=("hands_on", "General Surgery", "NM", "2026-09", "2026-10")),
         E("Internado médico", "Hospital Cayetano Heredia", "Lima", "01/2026 – present", [])],
    edu=[("Médico Cirujano (expected 2027)", "Universidad Peruana Cayetano Heredia", "Lima", "2020 – 2027")],
    exams=["USMLE Step 1: Pass", "Visa: B1/B2"],
    langs=["Spanish", "Quechua", "English"], pubs=[],
    truth=dict(school="Universidad Peruana Cayetano Heredia", country="PE", grad=2027, student=True, step1="pass",
               step2=None, step3=None, ecfmg=None, visa="b1b2", specs=["General Surgery"],
               langs=["Spanish", "Quechua", "English"], pubs=0, phone="+51987654321"),
))

DAMAGED = [
    ("022", "damaged_truncated_pdf", "pdf"),
    ("023", "damaged_encrypted_pdf", "pdf"),
    ("024", "damaged_random_bytes", "docx"),
]


def month_set(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return s


def truth_for(p):
    t = p["truth"]
    entries = [dict(type=u[0], specialty=u[1], state=u[2], start=u[3], end=u[4])
               for u in (e["usce"] for e in p["exp"]) if u]
    clin = [e for e in entries if e["type"] in ("hands_on", "observership")]
    d = {"file": fname(p), "layout": p["layout"], "full_name": p["name"], "email": p["email"],
         "phone_e164": t["phone"], "medical_school": t["school"], "medical_school_country": t["country"],
         "graduation_year": t["grad"], "is_student": t["student"], "usmle_step1": t["step1"],
         "usmle_step2ck": t["step2"], "usmle_step3": t["step3"], "ecfmg_status": t["ecfmg"],
         "specialties": t["specs"], "languages": t["langs"], "visa_status": t["visa"], "publications": t["pubs"],
         "usce_months": len(month_set(entries)), "usce_months_clinical": len(month_set(clin)),
         "usce_entries": entries}
    if p["ext"] in ("png", "jpg") or p["layout"].startswith("scan"):
        d["needs_ocr"] = True
    return d


def fname(p):
    return "w62_%s_%s.%s" % (p["id"], p["layout"], p["ext"])
