# -*- coding: utf-8 -*-
"""Content + truth for writer w74 (Middle East / North Africa IMGs).

Each person: display content (what the CV says) and truth (what a parser should extract).
Entries: dict(t=title, o=organisation/place, d=date string as printed, b=[bullets]) or plain strings.
"""

def E(t, o="", d="", b=None):
    return dict(t=t, o=o, d=d, b=b or [])

U = lambda typ, spec, st, s, e: {"type": typ, "specialty": spec, "state": st, "start": s, "end": e}

PEOPLE = []

# ---------------------------------------------------------------- 001
PEOPLE.append(dict(
    num=1, layout="docx_table", ext="docx",
    name="Mohamed Abdelrahman El-Sayed", name_ar="محمد عبد الرحمن السيد",
    headline="MBBCh | ECFMG Certified | Applying Internal Medicine 2027",
    email="m.abdelrahman.elsayed@gmail.com", phone="+20 100 482 7391",
    address="12 El-Nozha St., Heliopolis, Cairo, Egypt", extra="DOB: 14/02/1998  |  linkedin.com/in/m-elsayed-md",
    sections=[
        ("Education", [
            E("Bachelor of Medicine and Bachelor of Surgery (MBBCh)", "Faculty of Medicine, Ain Shams University, Cairo, Egypt", "Sep 2016 – Nov 2022",
              ["Cumulative grade: Excellent with Honors (rank 41/1,480)"]),
            E("Internship year (House Officer, 12 months)", "Ain Shams University Hospitals, Cairo", "Mar 2023 – Feb 2024",
              ["Rotations: Internal Medicine, General Surgery, Pediatrics, OB/GYN, Emergency, Anesthesia"]),
        ]),
        ("USMLE & Certification", [
            "USMLE Step 1: PASS (Feb 2024)",
            "USMLE Step 2 CK: 248 (Aug 2024)",
            "ECFMG Certified: October 2024",
            "NBME CCSSA Form 10: 252 (practice)",
            "Visa: will require J-1 visa sponsorship",
        ]),
        ("US Clinical Experience", [
            E("Clinical Observership – Internal Medicine", "Mount Sinai Morningside, New York, NY", "01/2025 – 03/2025",
              ["Attended daily rounds on inpatient general medicine teaching service", "Presented 3 cases at morning report"]),
            E("Hands-on Externship – Internal Medicine", "Henry Ford Hospital, Detroit, MI", "04/2025 – 05/2025",
              ["Wrote daily progress notes under supervision; pre-rounded on 4–6 patients"]),
            E("Research Fellow – Cardiology (Heart, Vascular & Thoracic Institute)", "Cleveland Clinic, Cleveland, OH", "06/2025 – Present",
              ["Retrospective registry study on HFpEF readmissions", "IRB drafting, REDCap data abstraction"]),
        ]),
        ("Publications", [
            "1. El-Sayed MA, Fathy R, Soliman H. Predictors of contrast nephropathy after PCI in Egyptian patients. Egypt Heart J. 2023;75(1):44.",
            "2. Nour S, El-Sayed MA, et al. Vitamin D status and glycemic control in type 2 diabetes. BMC Endocr Disord. 2024;24:112.",
            "Poster: El-Sayed MA et al. HFpEF readmission trends. ACC Quality Summit 2025 (poster).",
            "Submitted: Sodium-glucose cotransporter inhibitors in HFpEF, a meta-analysis (under review).",
        ]),
        ("Interests & Languages", [
            "Career interests: Internal Medicine, Cardiology",
            "Languages: Arabic (native), English (fluent, IELTS 8.0), German (A2)",
        ]),
        ("References", [
            "Prof. Hany Soliman, MD – Professor of Cardiology, Ain Shams University – hany.soliman@med.asu.edu.eg – +20 122 310 4478",
            "Dr. Karen Whitfield, MD – Program Faculty, Henry Ford Hospital – kwhitfi1@hfhs.org",
        ]),
    ],
    truth=dict(medical_school="Ain Shams University", medical_school_country="EG", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Cardiology"], languages=["Arabic", "English", "German"], publications=2,
               usce_entries=[U("observership", "Internal Medicine", "NY", "2025-01", "2025-03"),
                             U("hands_on", "Internal Medicine", "MI", "2025-04", "2025-05"),
                             U("research", "Cardiology", "OH", "2025-06", "2026-12")]),
))

# ---------------------------------------------------------------- 002
PEOPLE.append(dict(
    num=2, layout="lo_docx_pdf_header", ext="pdf",
    name="Lina Khaled Al-Momani", name_ar=None,
    headline="Pediatrics applicant – Doctor of Medicine (JUST), Arab Board Pediatrics R2",
    email="lina.almomani.md@outlook.com", phone="00962 79 555 0193",
    address="Irbid, Jordan", extra="Born 1997",
    sections=[
        ("Education", [
            E("Doctor of Medicine (MD)", "Jordan University of Science and Technology (JUST), Irbid, Jordan", "2015 – 2021", ["GPA 3.71 / 4.2 – Very Good"]),
            E("Rotating Internship", "King Abdullah University Hospital, Irbid", "07/2021 – 06/2022"),
        ]),
        ("Postgraduate Training", [
            E("Pediatric Resident (R1–R2), Jordanian / Arab Board of Pediatrics", "King Abdullah University Hospital, Irbid", "07/2022 – 12/2024",
              ["NICU and PICU rotations; 8 on-calls/month", "Arab Board Part I – passed (2023)"]),
        ]),
        ("Examinations", [
            "USMLE Step 1 – Pass",
            "USMLE Step 2 CK – 255",
            "USMLE Step 3 – 228",
            "ECFMG certification – Certified (2023)",
            "Immigration: seeking H-1B visa sponsorship",
        ]),
        ("US Clinical Experience", [
            E("Observership, General Pediatrics", "Children's Hospital of Philadelphia, Philadelphia, PA", "March–May 2025"),
            E("Hands-on Externship, Pediatrics (inpatient wards)", "University of Texas Medical Branch, Galveston, TX", "2025.06 – 2025.07",
              ["Admitted patients, presented on rounds, wrote H&Ps co-signed by attending"]),
            E("Telehealth Elective, Pediatrics", "Nemours Children's Health (virtual), Wilmington, DE", "4 weeks in September 2025"),
        ]),
        ("Research & Publications", [
            "Al-Momani L, Haddad O. Neonatal sepsis pathogens in northern Jordan. J Infect Dev Ctries. 2022;16(4):601-7.",
            "Al-Momani L, et al. Kawasaki disease in Jordanian children: a 10-year review. Pediatr Int. 2023;65:e15501.",
            "Khasawneh W, Al-Momani L. Outcomes of late preterm infants. BMC Pediatr. 2024;24:88.",
            "Oral presentation: Jordanian Pediatric Society Annual Meeting, Amman, 2023.",
        ]),
        ("Languages", ["Arabic – native; English – fluent; French – intermediate"]),
        ("Referees", [
            "Dr. Omar Haddad, Associate Professor of Pediatrics, JUST – ohaddad@just.edu.jo – +962 2 720 0600 ext 4412",
            "Dr. Wasim Khasawneh, Neonatology, KAUH – wkhasawneh@just.edu.jo",
        ]),
    ],
    truth=dict(medical_school="Jordan University of Science and Technology", medical_school_country="JO", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=255, usmle_step3=228, ecfmg_status="certified", visa_status="h1b",
               specialties=["Pediatrics"], languages=["Arabic", "English", "French"], publications=3,
               usce_entries=[U("observership", "Pediatrics", "PA", "2025-03", "2025-05"),
                             U("hands_on", "Pediatrics", "TX", "2025-06", "2025-07"),
                             U("telehealth", "Pediatrics", "DE", "2025-09", "2025-09")]),
))

# ---------------------------------------------------------------- 003
PEOPLE.append(dict(
    num=3, layout="chromium_sidebar", ext="pdf",
    name="Rami Nizar Haddad", name_ar="رامي نزار حداد",
    headline="Internal Medicine / Nephrology",
    email="rami.haddad.md@gmail.com", phone="+963 944 218 705",
    address="Mezzeh, Damascus, Syria", extra="Born 1995 · Syrian",
    sections=[
        ("Profile", ["Syrian-trained internist (Syrian Board, Internal Medicine) with a research focus on CKD in conflict settings; seeking a categorical Internal Medicine position with a path to Nephrology fellowship."]),
        ("Education", [
            E("Doctor of Medicine (MD)", "Faculty of Medicine, Damascus University, Syria", "2014 – 2020"),
        ]),
        ("Residency (home country)", [
            E("Internal Medicine Resident, Syrian Board (PGY1–PGY3)", "Al-Mouwasat University Hospital, Damascus", "2020 – 2023"),
        ]),
        ("USMLE", ["Step 1: 241 (Nov 2021)", "Step 2 CK: 252 (Jun 2023)", "ECFMG: certified (Sep 2023)", "Current US visa: B1/B2 (valid to 2028)"]),
        ("US Clinical & Research Experience", [
            E("Observer, Division of Nephrology", "University of Michigan, Ann Arbor, MI", "2024-02 – 2024-03"),
            E("Postdoctoral Research Fellow, Renal-Electrolyte Division", "University of Pittsburgh, Pittsburgh, PA", "2024-04 – present",
              ["APOL1 genotype and CKD progression cohort; statistical analysis in R"]),
            E("Clinical Elective (hands-on), Internal Medicine", "Jackson Memorial Hospital, Miami, FL", "Summer 2024",
              ["Inpatient wards; supervised by Dr. L. Ortega"]),
        ]),
        ("Publications (peer-reviewed)", [
            "Haddad RN, et al. Kidney Int Rep. 2022;7:1180-8.",
            "Haddad RN, Saleh M. Hemodialysis in wartime Syria. BMC Nephrol. 2021;22:301.",
            "Ahmad K, Haddad RN. Hyperkalemia management. Cureus. 2023;15:e40121.",
            "Haddad RN, et al. APOL1 risk variants. Clin J Am Soc Nephrol. 2025;20:55-63.",
            "Posters: ASN Kidney Week 2024 (2 posters)",
        ]),
        ("Languages", ["Arabic (native)", "English (C1)", "German (B2)"]),
        ("References", ["Prof. Maher Saleh – Damascus University – m.saleh@damascusuniversity.edu.sy",
                        "Dr. Emily Tran – University of Pittsburgh – tranE2@upmc.edu"]),
    ],
    truth=dict(medical_school="Damascus University", medical_school_country="SY", graduation_year=2020, is_student=False,
               usmle_step1=241, usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Internal Medicine", "Nephrology"], languages=["Arabic", "English", "German"], publications=4,
               usce_entries=[U("observership", "Nephrology", "MI", "2024-02", "2024-03"),
                             U("research", "Nephrology", "PA", "2024-04", "2026-12"),
                             U("hands_on", "Internal Medicine", "FL", "2024-06", "2024-08")]),
))

# ---------------------------------------------------------------- 004
PEOPLE.append(dict(
    num=4, layout="reportlab_twocol", ext="pdf",
    name="Zainab Hussein Al-Obaidi", name_ar=None,
    headline="MBChB – Obstetrics & Gynecology / Family Medicine",
    email="zainab.alobaidi@yahoo.com", phone="+964 771 245 8093",
    address="Al-Mansour, Baghdad, Iraq", extra="Year of birth: 1998",
    sections=[
        ("Education", [E("MBChB", "College of Medicine, University of Baghdad, Iraq", "2016 – 2022", ["Graduated 9th of 412"])]),
        ("Clinical Training (Iraq)", [E("Resident Doctor (2-year rotating residency)", "Baghdad Medical City Teaching Hospital", "Oct 2022 – Sep 2024")]),
        ("Exams", ["USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 239 (2024)", "NBME Form 30: 245  |  UWSA2: 252 (self-assessments)",
                   "ECFMG certification: pending (Pathway application submitted 2025)", "Visa: J-1 required"]),
        ("Clinical Experience in the USA", [
            E("Observership – Obstetrics & Gynecology", "Brigham and Women's Hospital, Boston, MA", "Oct 2024 - Dec 2024"),
            E("Observership – Obstetrics & Gynecology", "University Hospitals Cleveland Medical Center, OH", "Jan 2025"),
        ]),
        ("Other International Experience", [
            E("Clinical Observer – Family & Community Medicine", "Mount Sinai Hospital, Toronto, ON, Canada", "Feb 2025 – Mar 2025"),
        ]),
        ("Publications", [
            "Al-Obaidi ZH, Jasim A. Anemia in pregnancy in Baghdad. Iraqi J Med Sci. 2023;21(2):140-6.",
            "Two manuscripts under review (preeclampsia screening; postpartum hemorrhage audit).",
        ]),
        ("Interests", ["Obstetrics and Gynecology (first choice), Family Medicine"]),
        ("Languages", ["Arabic, English, Kurdish (basic)"]),
        ("Referees", ["Prof. Ali Jasim – ali.jasim@comed.uobaghdad.edu.iq", "Dr. Sarah Klein (BWH) – sklein@bwh.harvard.edu"]),
    ],
    truth=dict(medical_school="University of Baghdad", medical_school_country="IQ", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["Arabic", "English", "Kurdish"], publications=1,
               usce_entries=[U("observership", "Obstetrics and Gynecology", "MA", "2024-10", "2024-12"),
                             U("observership", "Obstetrics and Gynecology", "OH", "2025-01", "2025-01")]),
))

# ---------------------------------------------------------------- 005
PEOPLE.append(dict(
    num=5, layout="fpdf_classic", ext="pdf",
    name="Abdullah bin Fahad Al-Qahtani", name_ar=None,
    headline="Consultant-track Internist (SBIM) | Gastroenterology applicant",
    email="a.alqahtani.md@gmail.com", phone="+966 50 312 7784",
    address="Riyadh 12372, Kingdom of Saudi Arabia", extra="Nationality: Saudi",
    sections=[
        ("Education", [
            E("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "College of Medicine, King Saud University, Riyadh", "2013 - 2019",
              ["Second Class Honors; mandatory internship year 2018-2019 completed before degree conferral"]),
        ]),
        ("Postgraduate Training", [
            E("Saudi Board of Internal Medicine (SBIM) Residency, R1-R4", "King Khalid University Hospital, Riyadh", "Oct 2019 - Sep 2023",
              ["Saudi Board certified in Internal Medicine (2023)"]),
            E("Staff Physician, Internal Medicine", "King Fahad Medical City, Riyadh", "Oct 2023 - Aug 2024"),
        ]),
        ("Licensing Examinations", ["USMLE Step 1 - 236", "USMLE Step 2 CK - 244", "USMLE Step 3 - scheduled (2027)", "ECFMG - Certified",
                                    "SCFHS Classification: Senior Registrar", "Visa status: J-1 (ECFMG sponsored)"]),
        ("US Experience", [
            E("Clinical Observership, Gastroenterology & Hepatology", "Mayo Clinic, Rochester, MN", "09/2024 - 10/2024"),
            E("Clinical Research Fellow, Division of Gastroenterology", "Mayo Clinic, Jacksonville, FL", "11/2024 - 08/2025",
              ["Endoscopic outcomes in IBD; two manuscripts published during fellowship"]),
        ]),
        ("Publications", [
            "1. Al-Qahtani AF, et al. Saudi J Gastroenterol. 2020;26:210-5.",
            "2. Al-Qahtani AF, Saleh F. Ann Saudi Med. 2021;41:33-9.",
            "3. Al-Qahtani AF, et al. Cureus. 2022;14:e31122.",
            "4. Al-Qahtani AF, et al. Inflamm Bowel Dis. 2025;31:402-10.",
            "5. Patel R, Al-Qahtani AF. Gastrointest Endosc. 2025;101:77-85.",
        ]),
        ("Specialty interests", ["Gastroenterology; Internal Medicine"]),
        ("Languages", ["Arabic (mother tongue), English (professional)"]),
        ("References", ["Dr. Fahd Saleh, Professor of Medicine, KSU - dr.fsaleh@ksu.edu.sa - +966 11 467 0000",
                        "Dr. Rajesh Patel, Mayo Clinic Florida - patel.rajesh@mayo.edu"]),
    ],
    truth=dict(medical_school="King Saud University", medical_school_country="SA", graduation_year=2019, is_student=False,
               usmle_step1=236, usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Gastroenterology", "Internal Medicine"], languages=["Arabic", "English"], publications=5,
               usce_entries=[U("observership", "Gastroenterology", "MN", "2024-09", "2024-10"),
                             U("research", "Gastroenterology", "FL", "2024-11", "2025-08")]),
))

# ---------------------------------------------------------------- 006
PEOPLE.append(dict(
    num=6, layout="plain_txt", ext="txt",
    name="Maya Georges Khoury", name_ar=None,
    headline="Final-year medical student (MD IV), American University of Beirut",
    email="maya.khoury@mail.aub.edu", phone="+961 71 234 567",
    address="Achrafieh, Beirut, Lebanon", extra="",
    sections=[
        ("EDUCATION", [E("Doctor of Medicine (MD) - candidate, expected June 2027", "American University of Beirut Faculty of Medicine, Beirut, Lebanon", "2023 - present"),
                       E("BS Biology, with High Distinction", "American University of Beirut", "2019 - 2023")]),
        ("EXAMS", ["USMLE Step 1: Pass (May 2025)", "USMLE Step 2 CK: scheduled for January 2027", "ECFMG: not yet certified",
                   "I will apply for a B1/B2 visitor visa for US electives."]),
        ("US CLINICAL EXPERIENCE", [
            E("Visiting student sub-internship (hands-on), Psychiatry", "Yale New Haven Hospital, New Haven, CT", "4 weeks in March 2026"),
            E("Virtual telepsychiatry elective", "University of Michigan Medicine (Ann Arbor, MI)", "Oct-Nov 2025"),
        ]),
        ("RESEARCH", [E("Summer research student, Neurology (stroke outcomes lab)", "Massachusetts General Hospital, Boston, MA", "Summer 2024"),
                      E("Research assistant, Department of Psychiatry", "AUBMC, Beirut", "Sep 2023 - present")]),
        ("CLINICAL ROTATIONS (AUBMC, Lebanon)", ["Internal Medicine, Pediatrics, Surgery, OB/GYN, Psychiatry, Neurology (2024-2026)"]),
        ("PUBLICATIONS", ["Khoury MG, Nahas Z. Depression screening in Lebanese primary care. BJPsych Open. 2025;11:e58.",
                          "Abstract: Khoury MG et al. Post-stroke depression. Stroke 2025;56(Suppl 1) (abstract)."]),
        ("INTERESTS", ["Psychiatry, Neurology"]),
        ("LANGUAGES", ["Arabic, English, French"]),
        ("REFERENCES", ["Dr. Ziad Nahas, Chair of Psychiatry, AUBMC - zn17@aub.edu.lb"]),
    ],
    truth=dict(medical_school="American University of Beirut", medical_school_country="LB", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
               specialties=["Psychiatry", "Neurology"], languages=["Arabic", "English", "French"], publications=1,
               usce_entries=[U("hands_on", "Psychiatry", "CT", "2026-03", "2026-03"),
                             U("telehealth", "Psychiatry", "MI", "2025-10", "2025-11"),
                             U("research", "Neurology", "MA", "2024-06", "2024-08")]),
))

# ---------------------------------------------------------------- 007
PEOPLE.append(dict(
    num=7, layout="odt_odfpy", ext="odt",
    name="Yousef Mahmoud Abu-Khalil", name_ar="يوسف محمود أبو خليل",
    headline="Emergency Medicine applicant, MD (An-Najah)",
    email="y.abukhalil93@gmail.com", phone="+970 599 123 456",
    address="Rafidia, Nablus, Palestine", extra="Date of birth: 1999",
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "Faculty of Medicine and Health Sciences, An-Najah National University, Nablus, Palestine", "2017 – 2023"),
                       E("Internship (12 months)", "An-Najah National University Hospital", "Aug 2023 – Jul 2024")]),
        ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 261", "ECFMG Certified (March 2025)", "PLAB 1: Passed (2024)", "Visa: J-1"]),
        ("USCE", [
            E("Observership, Emergency Medicine", "University of Chicago Medicine, Chicago, IL", "2025-01 to 2025-02"),
            E("Observership, Emergency Medicine", "Ochsner Medical Center, New Orleans, LA", "03/2025"),
            E("Research Fellow, Department of Emergency Medicine", "Brown University / Rhode Island Hospital, Providence, RI", "Apr 2025 – Sep 2025"),
        ]),
        ("Publications", ["Abu-Khalil YM, et al. Trauma triage in the West Bank. BMC Emerg Med. 2024;24:19.",
                          "Abu-Khalil YM, Odeh S. POCUS training for interns. AEM Educ Train. 2025;9:e11002."]),
        ("Interests", ["Emergency Medicine"]),
        ("Languages", ["Arabic (native), English (fluent), Hebrew (basic)"]),
        ("References", ["Dr. Samer Odeh – s.odeh@najah.edu", "Dr. Lana Tamimi – l.tamimi@ju.edu.jo"]),
    ],
    truth=dict(medical_school="An-Najah National University", medical_school_country="PS", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=261, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Emergency Medicine"], languages=["Arabic", "English", "Hebrew"], publications=2,
               usce_entries=[U("observership", "Emergency Medicine", "IL", "2025-01", "2025-02"),
                             U("observership", "Emergency Medicine", "LA", "2025-03", "2025-03"),
                             U("research", "Emergency Medicine", "RI", "2025-04", "2025-09")]),
))

# ---------------------------------------------------------------- 008
PEOPLE.append(dict(
    num=8, layout="rtf_handmade", ext="rtf",
    name="Ahmed Saleh Ba-Wazir", name_ar=None,
    headline="Family Medicine / Infectious Disease",
    email="ahmed.bawazir@hotmail.com", phone="(313) 662-4819",
    address="Dearborn, MI 48126, USA", extra="Permanent Resident (Green Card) since 2023",
    sections=[
        ("Education", [E("Bachelor of Medicine and Surgery (MBBCh)", "Faculty of Medicine and Health Sciences, Sana'a University, Yemen", "2012 - 2018")]),
        ("Work Experience (Yemen)", [E("General Practitioner", "Médecins Sans Frontières - Al-Jumhuri Hospital, Sana'a", "2018 - 2021", ["Cholera treatment center; outpatient care"])]),
        ("USMLE", ["Step 1: 228", "Step 2 CK: 236", "ECFMG Certified (2022)"]),
        ("US Clinical Experience", [
            E("Externship (hands-on), Family Medicine", "ACCESS Community Health Center, Dearborn, MI", "2023-08 - 2023-12"),
            E("Clinical Assistant (hands-on), Infectious Disease Clinic", "Detroit Medical Center, Detroit, MI", "Jan 2024 - ongoing"),
        ]),
        ("Specialty Goals", ["Family Medicine; Infectious Disease"]),
        ("Languages", ["Arabic, English"]),
        ("References", ["Dr. Nabil Al-Saqqaf - nalsaqqaf@su.edu.ye", "Dr. Janet Moore, DMC - jmoore@dmc.org"]),
    ],
    truth=dict(medical_school="Sana'a University", medical_school_country="YE", graduation_year=2018, is_student=False,
               usmle_step1=228, usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
               specialties=["Family Medicine", "Infectious Disease"], languages=["Arabic", "English"], publications=0,
               usce_entries=[U("hands_on", "Family Medicine", "MI", "2023-08", "2023-12"),
                             U("hands_on", "Infectious Disease", "MI", "2024-01", "2026-12")]),
))

# ---------------------------------------------------------------- 009
PEOPLE.append(dict(
    num=9, layout="docx_textbox_footer", ext="docx",
    name="Nourhan Ashraf Abdel-Aziz", name_ar="نورهان أشرف عبد العزيز",
    headline="MBBCh (Cairo) – House Officer – Neurology",
    email="nourhan.abdelaziz@gmail.com", phone="+20 111 234 5678",
    address="Dokki, Giza, Egypt", extra="",
    sections=[
        ("Education", [E("MBBCh, Faculty of Medicine (Kasr Al Ainy)", "Cairo University, Egypt", "2018 – Dec 2024", ["Grade: Excellent with Honors"]),
                       E("Internship year (house officer / intern, 12 months)", "Kasr Al Ainy University Hospitals", "Mar 2025 – Feb 2026")]),
        ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 258", "OET Medicine: Grade B (all sub-tests)",
                          "ECFMG certification: pending (awaiting final diploma verification)", "Visa: J-1 sponsorship needed"]),
        ("U.S. Experience", [
            E("Telehealth Elective, Neurology (virtual)", "University of Miami Miller School of Medicine, Miami, FL", "4 weeks in March 2025"),
            E("Observership, Neurology", "Barrow Neurological Institute, Phoenix, AZ", "Mar 2026 – Apr 2026"),
            E("Research Assistant (remote), Stanford Stroke Center", "Stanford University, Palo Alto, CA", "06/2026 – ongoing"),
        ]),
        ("Publications", ["Abdel-Aziz NA, et al. Status epilepticus in Egyptian ICUs. Epilepsy Behav. 2025;160:109988.",
                          "Poster: Egyptian Society of Neurology Congress 2024."]),
        ("Languages", ["Arabic · English · French"]),
        ("References", ["Prof. Mona Hussein – mona.hussein@kasralainy.edu.eg", "Dr. Tarek Fouad – t.fouad@cu.edu.eg"]),
    ],
    truth=dict(medical_school="Cairo University", medical_school_country="EG", graduation_year=2024, is_student=False,
               usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Neurology"], languages=["Arabic", "English", "French"], publications=1,
               usce_entries=[U("telehealth", "Neurology", "FL", "2025-03", "2025-03"),
                             U("observership", "Neurology", "AZ", "2026-03", "2026-04"),
                             U("research", "Neurology", "CA", "2026-06", "2026-12")]),
))

# ---------------------------------------------------------------- 010
PEOPLE.append(dict(
    num=10, layout="chromium_grid_bilingual", ext="pdf",
    name="Omar Tarek El-Shafei", name_ar="عمر طارق الشافعي",
    headline="General Surgery | جراحة عامة",
    email="omar.t.elshafei@gmail.com", phone="+20 128 765 4321",
    address="Smouha, Alexandria, Egypt", extra="GMC registered (PLAB 1 & 2 passed)",
    sections=[
        ("Education · التعليم", [E("MBBCh – بكالوريوس الطب والجراحة", "Faculty of Medicine, Alexandria University, Egypt", "2015 – 2021"),
                                 E("Internship (12 months) – سنة الامتياز", "Alexandria Main University Hospital", "03/2022 – 02/2023")]),
        ("Residency · الزمالة", [E("Egyptian Fellowship of General Surgery, Resident", "Alexandria Main University Hospital", "2023 – 2025")]),
        ("Exams · الامتحانات", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 244", "ECFMG: Certified (2024)", "PLAB 1 (2022) & PLAB 2 (2023): Passed"]),
        ("US Clinical Experience · الخبرة الأمريكية", [
            E("Observership, General Surgery", "Cedars-Sinai Medical Center, Los Angeles, CA", "2025/07 – 2025/09"),
            E("Surgical Externship (hands-on)", "Kendall Regional Medical Center, Miami, FL", "Jan 2026–Feb 2026"),
        ]),
        ("UK Experience", [E("Clinical Attachment, Colorectal Surgery", "Royal Liverpool University Hospital, UK", "Apr 2023")]),
        ("Publications · الأبحاث", ["El-Shafei OT, et al. Laparoscopic vs open appendectomy. Surg Endosc. 2022;36:500-8.",
                                   "El-Shafei OT, Hamdy M. Hernia mesh infection. Hernia. 2023;27:900-6.",
                                   "Hamdy M, El-Shafei OT. ERAS in Egypt. World J Surg. 2024;48:1201-9."]),
        ("Languages · اللغات", ["Arabic (العربية), English, Italian"]),
        ("Referees", ["Prof. Mohamed Hamdy – m.hamdy@alexmed.edu.eg", "Dr. Ahmed Zaki – ahmed.zaki@alexu.edu.eg"]),
    ],
    truth=dict(medical_school="Alexandria University", medical_school_country="EG", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["General Surgery"], languages=["Arabic", "English", "Italian"], publications=3,
               usce_entries=[U("observership", "General Surgery", "CA", "2025-07", "2025-09"),
                             U("hands_on", "General Surgery", "FL", "2026-01", "2026-02")]),
))

# ---------------------------------------------------------------- 011
PEOPLE.append(dict(
    num=11, layout="odt_lo_pdf", ext="pdf",
    name="Salma Adel Mansour", name_ar=None,
    headline="Internal Medicine – Endocrinology",
    email="salma.mansour.md@gmail.com", phone="+1 (832) 419-2270",
    address="Sugar Land, TX 77479", extra="U.S. Citizen (naturalized 2025)",
    sections=[
        ("Education", [E("MBBCh", "Faculty of Medicine, Mansoura University, Egypt", "2014 – 2020"),
                       E("Internship", "Mansoura University Hospitals", "2020 – 2021")]),
        ("Training", [E("Internal Medicine Resident (Master's program)", "Mansoura University Hospitals", "2021 – 2024")]),
        ("USMLE", ["Step 1 – 232", "Step 2 CK – 240", "Step 3 – 215", "ECFMG certified"]),
        ("US Clinical Experience", [
            E("Externship (hands-on), Internal Medicine", "Baylor St. Luke's Medical Center, Houston, TX", "Sep 2025 – Nov 2025"),
            E("Observership, Endocrinology", "Baylor College of Medicine, Houston, TX", "Oct 2025"),
            E("Clinical Research Coordinator, Endocrinology", "UTHealth Houston, TX", "12/2025 – current"),
        ]),
        ("Publications", ["Mansour SA, et al. Egypt J Intern Med. 2022;34:71.", "Mansour SA, El-Baz H. Diabetes Metab Syndr. 2023;17:102788."]),
        ("Interests", ["Internal Medicine, Endocrinology"]),
        ("Languages", ["Arabic, English"]),
        ("References", ["Prof. Hanan El-Baz – helbaz@mans.edu.eg"]),
    ],
    truth=dict(medical_school="Mansoura University", medical_school_country="EG", graduation_year=2020, is_student=False,
               usmle_step1=232, usmle_step2ck=240, usmle_step3=215, ecfmg_status="certified", visa_status="citizen",
               specialties=["Internal Medicine", "Endocrinology"], languages=["Arabic", "English"], publications=2,
               usce_entries=[U("hands_on", "Internal Medicine", "TX", "2025-09", "2025-11"),
                             U("observership", "Endocrinology", "TX", "2025-10", "2025-10"),
                             U("research", "Endocrinology", "TX", "2025-12", "2026-12")]),
))

# ---------------------------------------------------------------- 012
PEOPLE.append(dict(
    num=12, layout="docx_arabic_mixed", ext="docx",
    name="Faisal bin Saad Al-Harbi", name_ar="فيصل بن سعد الحربي",
    headline="Radiology Resident (Saudi Board) | طبيب مقيم – الأشعة",
    email="faisal.alharbi.rad@gmail.com", phone="0559876543 (KSA)",
    address="Jeddah, Saudi Arabia – جدة، المملكة العربية السعودية", extra="",
    sections=[
        ("التعليم / Education", [E("MBBS – بكالوريوس الطب والجراحة", "Faculty of Medicine, King Abdulaziz University, Jeddah", "2016 – 2022", ["Internship year 2021–2022 (سنة الامتياز)"])]),
        ("التدريب / Residency", [E("Saudi Board of Diagnostic Radiology, R3", "King Fahad General Hospital, Jeddah", "Oct 2023 – present")]),
        ("الامتحانات / Exams", ["USMLE Step 1: Pass (2023)", "Step 2 CK: not yet taken", "B1/B2 visa holder"]),
        ("الخبرة في أمريكا / US Experience", [
            E("Observership, Diagnostic Radiology (3 weeks)", "UCLA Ronald Reagan Medical Center, Los Angeles, CA", "Aug 2024"),
            E("Observership, Neuroradiology", "Massachusetts General Hospital, Boston, MA", "يناير – فبراير 2025 (Jan–Feb 2025)"),
        ]),
        ("الأبحاث / Publications", ["Al-Harbi FS, et al. CT utilization in Saudi EDs. Saudi Med J. 2023;44:300-6.",
                                    "Al-Harbi FS, Bakr A. MRI safety awareness. Cureus. 2024;16:e55231."]),
        ("الاهتمامات / Interests", ["Radiology"]),
        ("اللغات / Languages", ["العربية (Arabic) – اللغة الأم", "English – fluent"]),
        ("المعرفون / References", ["Dr. Adel Bakr – abakr@kau.edu.sa", "د. منى الغامدي – mghamdi@kfgh.med.sa"]),
    ],
    phone_e164="+966559876543",
    truth=dict(medical_school="King Abdulaziz University", medical_school_country="SA", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
               specialties=["Radiology"], languages=["Arabic", "English"], publications=2,
               usce_entries=[U("observership", "Radiology", "CA", "2024-08", "2024-08"),
                             U("observership", "Radiology", "MA", "2025-01", "2025-02")]),
))

# ---------------------------------------------------------------- 013
PEOPLE.append(dict(
    num=13, layout="lo_docx_to_odt", ext="odt",
    name="Hala Ibrahim Al-Zoubi", name_ar=None,
    headline="Intern, Jordan University Hospital – Internal Medicine / Hematology-Oncology",
    email="hala.zoubi.md@gmail.com", phone="+962 77 845 2210",
    address="Amman, Jordan", extra="",
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "School of Medicine, The University of Jordan, Amman", "Sep 2019 – Jun 2025", ["Excellent; top 5%"]),
                       E("Internship year", "Jordan University Hospital", "Jul 2025 – Jun 2026")]),
        ("Exams", ["USMLE Step 1 Pass (2024)", "USMLE Step 2 CK 249 (2025)", "NBME CBSSA: 68 / UWSA1: 245 (practice)", "ECFMG: pending", "Visa: J-1"]),
        ("US Experience", [
            E("Observership, Hematology/Oncology", "MD Anderson Cancer Center, Houston, TX", "July 2024"),
            E("Elective (hands-on), Internal Medicine", "University of Illinois Hospital, Chicago, IL", "Aug 2024"),
            E("Remote Research Volunteer, Hematologic Malignancies", "Fred Hutchinson Cancer Center, Seattle, WA", "Sep 2025 – ongoing"),
        ]),
        ("Publications", ["Al-Zoubi HI, et al. CML outcomes in Jordan. JCO Glob Oncol. 2025;11:e2400310."]),
        ("Interests", ["Internal Medicine; Hematology/Oncology"]),
        ("Languages", ["Arabic, English, Spanish"]),
        ("References", ["Dr. Rami Qasem – r.qasem@ju.edu.jo"]),
    ],
    truth=dict(medical_school="The University of Jordan", medical_school_country="JO", graduation_year=2025, is_student=False,
               usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Arabic", "English", "Spanish"], publications=1,
               usce_entries=[U("observership", "Hematology/Oncology", "TX", "2024-07", "2024-07"),
                             U("hands_on", "Internal Medicine", "IL", "2024-08", "2024-08"),
                             U("research", "Hematology/Oncology", "WA", "2025-09", "2026-12")]),
))

# ---------------------------------------------------------------- 014
PEOPLE.append(dict(
    num=14, layout="reportlab_minimal", ext="pdf",
    name="Karam Fadi Al-Ali", name_ar=None,
    headline="Final-year medical student",
    email="karam.alali@outlook.com", phone="+963 933 456 120",
    address="Latakia, Syria", extra="",
    sections=[
        ("Education", [E("Doctor of Medicine (MD), 6th year", "Faculty of Medicine, Tishreen University, Latakia, Syria", "2021 – expected July 2027")]),
        ("Exams", ["USMLE Step 1: Pass (2026)", "Step 2 CK: preparing (UWSA1 238)"]),
        ("Clinical Experience", [E("Elective, Anesthesiology and ICU", "American University of Beirut Medical Center, Lebanon", "Jul 2025"),
                                 E("Clerkships", "Tishreen University Hospital", "2024 – present")]),
        ("Research", ["Manuscript in preparation: ventilator-associated pneumonia in Syrian ICUs."]),
        ("Interests", ["Anesthesiology, Pulmonary and Critical Care"]),
        ("Languages", ["Arabic, English, Russian"]),
        ("Reference", ["Dr. Bassam Younes – b.younes@tishreen.edu.sy"]),
    ],
    truth=dict(medical_school="Tishreen University", medical_school_country="SY", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
               specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["Arabic", "English", "Russian"], publications=0,
               usce_entries=[]),
))

# ---------------------------------------------------------------- 015
PEOPLE.append(dict(
    num=15, layout="chromium_timeline", ext="pdf",
    name="Rana Walid Saab", name_ar=None,
    headline="Pathology | Research Fellow, Johns Hopkins",
    email="rana.w.saab@gmail.com", phone="+961 76 543 210",
    address="Aley, Mount Lebanon", extra="",
    sections=[
        ("Education", [E("Doctorate in Medicine (MD)", "Faculty of Medical Sciences, Lebanese University, Hadath, Lebanon", "2016 – 2023")]),
        ("Residency", [E("Anatomic & Clinical Pathology Resident (PGY1–2)", "Rafik Hariri University Hospital, Beirut", "2023 – 2025")]),
        ("USMLE", ["Step 1 — Pass", "Step 2 CK — 237", "ECFMG — Certified", "Will require J-1 visa"]),
        ("US Experience", [
            E("Observership, Surgical Pathology (6 weeks)", "Memorial Sloan Kettering Cancer Center, New York, NY", "Jun–Jul 2025"),
            E("Research Fellow, Department of Pathology", "Johns Hopkins Hospital, Baltimore, MD", "Fall 2025 – present"),
        ]),
        ("Publications", ["6 peer-reviewed articles (2 first-author), e.g.:",
                          "Saab RW, et al. Mod Pathol. 2024;37:100412.", "Saab RW, et al. Am J Surg Pathol. 2025;49:88-95.",
                          "Khalil A, Saab RW, et al. Histopathology. 2023;82:700-8.", "Saab RW, et al. Virchows Arch. 2024;484:311-9.",
                          "Nassar M, Saab RW. Lebanese Med J. 2022;70:121-5.", "Haddad F, Saab RW. Diagn Pathol. 2025;20:14."]),
        ("Interests", ["Pathology"]),
        ("Languages", ["Arabic, French, English"]),
        ("References", ["Dr. Fadi Haddad — fhaddad@ul.edu.lb", "Dr. Jonathan Epstein — jepstein@jhmi.edu"]),
    ],
    truth=dict(medical_school="Lebanese University", medical_school_country="LB", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=237, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Pathology"], languages=["Arabic", "French", "English"], publications=6,
               usce_entries=[U("observership", "Pathology", "NY", "2025-06", "2025-07"),
                             U("research", "Pathology", "MD", "2025-09", "2026-12")]),
))

# ---------------------------------------------------------------- 016
PEOPLE.append(dict(
    num=16, layout="txt_email_paste", ext="txt",
    name="Mostafa Gamal Abdel-Hamid", name_ar=None,
    headline="",
    email="mostafa.gamal.fm@gmail.com", phone="+966 54 221 0987",
    address="Al Khobar, Saudi Arabia", extra="",
    sections=[
        ("Education", [E("MBBCh", "Faculty of Medicine, Zagazig University, Egypt", "2013-2019"),
                       E("House officer (internship, 12 months)", "Zagazig University Hospitals", "2019-2020")]),
        ("Work", [E("General Practitioner", "Al Mana General Hospital, Al Khobar, KSA", "2021 - present"),
                  E("Arab Board of Family Medicine - Part I passed", "", "2023")]),
        ("USMLE", ["Step 1: 221", "Step 2 CK: 233", "Step 3: 219", "ECFMG certified 2021", "Visa: H1B needed"]),
        ("US clinical experience", [
            E("Family Medicine externship, hands-on", "BayCare Health System, Tampa, FL", "3 months (02/2024-04/2024)"),
            E("Geriatrics observership", "Mount Sinai Hospital, New York, NY", "May 2024"),
        ]),
        ("Interests", ["Family Medicine, Geriatrics"]),
        ("Languages", ["Arabic, English"]),
        ("References", ["Dr. Waleed Fathy - wfathy@zu.edu.eg", "Dr. Linda Perez (BayCare) - linda.perez@baycare.org"]),
    ],
    truth=dict(medical_school="Zagazig University", medical_school_country="EG", graduation_year=2019, is_student=False,
               usmle_step1=221, usmle_step2ck=233, usmle_step3=219, ecfmg_status="certified", visa_status="h1b",
               specialties=["Family Medicine", "Geriatrics"], languages=["Arabic", "English"], publications=0,
               usce_entries=[U("hands_on", "Family Medicine", "FL", "2024-02", "2024-04"),
                             U("observership", "Geriatrics", "NY", "2024-05", "2024-05")]),
))

# ================================================================ scans
PEOPLE.append(dict(
    num=17, layout="scan_pdf_imageonly", ext="pdf", scan=True,
    name="Mariam Hassan Al-Khatib", name_ar="مريم حسن الخطيب",
    headline="Internal Medicine applicant",
    email="mariam.alkhatib@gmail.com", phone="+90 532 411 2093",
    address="Gaziantep, Türkiye", extra="",
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "Faculty of Medicine, University of Aleppo, Syria", "2013 – 2019")]),
        ("USMLE", ["Step 1: 230", "Step 2 CK: 238", "ECFMG Certified", "Visa: J-1"]),
        ("US Clinical Experience", [E("Observership, Internal Medicine", "Rutgers New Jersey Medical School, Newark, NJ", "06/2024 – 08/2024")]),
        ("Work (Türkiye)", [E("Physician, Syrian refugee health center", "Gaziantep", "2020 – 2024")]),
        ("Publications", ["Al-Khatib MH, et al. Avicenna J Med. 2021;11:90-5."]),
        ("Interests", ["Internal Medicine"]),
        ("Languages", ["Arabic, English, Turkish"]),
        ("References", ["Dr. Samir Kayali – s.kayali@alepuniv.edu.sy"]),
    ],
    truth=dict(medical_school="University of Aleppo", medical_school_country="SY", graduation_year=2019, is_student=False,
               usmle_step1=230, usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine"], languages=["Arabic", "English", "Turkish"], publications=1,
               usce_entries=[U("observership", "Internal Medicine", "NJ", "2024-06", "2024-08")]),
))
PEOPLE.append(dict(
    num=18, layout="photo_jpg_rotated", ext="jpg", scan=True,
    name="Hussein Ali Al-Musawi", name_ar=None,
    headline="MBChB – Psychiatry",
    email="hussein.almusawi@gmail.com", phone="+964 781 223 4170",
    address="Najaf, Iraq", extra="",
    sections=[
        ("Education", [E("MBChB", "College of Medicine, University of Kufa, Najaf, Iraq", "2015 – 2021")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 246", "ECFMG: pending", "Visa: J-1 required"]),
        ("US Experience", [E("Observership, Psychiatry", "UT Southwestern Medical Center, Dallas, TX", "Apr 2025 – Jun 2025")]),
        ("Interests", ["Psychiatry"]),
        ("Languages", ["Arabic, English, Persian (Farsi)"]),
        ("References", ["Dr. Haider Al-Hakim – h.alhakim@uokufa.edu.iq"]),
    ],
    truth=dict(medical_school="University of Kufa", medical_school_country="IQ", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Psychiatry"], languages=["Arabic", "English", "Persian"], publications=0,
               usce_entries=[U("observership", "Psychiatry", "TX", "2025-04", "2025-06")]),
))
PEOPLE.append(dict(
    num=19, layout="scan_png_lowcontrast", ext="png", scan=True,
    name="Reem Abdullah Al-Shehri", name_ar=None,
    headline="MBBS – Pediatrics",
    email="reem.alshehri.md@gmail.com", phone="+966 56 118 2290",
    address="Dammam, Saudi Arabia", extra="",
    sections=[
        ("Education", [E("MBBS", "College of Medicine, Imam Abdulrahman Bin Faisal University, Dammam", "2017 – 2023")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 251", "ECFMG Certified", "Visa: J-1"]),
        ("US Clinical Experience", [E("Hands-on Elective, Pediatrics", "Nationwide Children's Hospital, Columbus, OH", "10/2024 – 11/2024"),
                                    E("Telehealth Elective, Pediatrics", "Seattle Children's Hospital, WA (virtual)", "Dec 2024")]),
        ("Publications", ["Al-Shehri RA, et al. Saudi Med J. 2023;44:45-51.", "Al-Shehri RA, et al. Cureus. 2024;16:e51234."]),
        ("Interests", ["Pediatrics"]),
        ("Languages", ["Arabic, English"]),
        ("References", ["Dr. Nora Al-Dossary – naldossary@iau.edu.sa"]),
    ],
    truth=dict(medical_school="Imam Abdulrahman Bin Faisal University", medical_school_country="SA", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Pediatrics"], languages=["Arabic", "English"], publications=2,
               usce_entries=[U("hands_on", "Pediatrics", "OH", "2024-10", "2024-11"),
                             U("telehealth", "Pediatrics", "WA", "2024-12", "2024-12")]),
))
PEOPLE.append(dict(
    num=20, layout="scan_pdf_twopage", ext="pdf", scan=True,
    name="Tamer Mohamed Fawzy", name_ar=None,
    headline="MBBCh – Emergency Medicine / Anesthesiology",
    email="tamer.fawzy22@gmail.com", phone="+20 106 998 1122",
    address="Assiut, Egypt", extra="",
    sections=[
        ("Education", [E("MBBCh", "Faculty of Medicine, Assiut University, Egypt", "2016 – 2022"),
                       E("Internship (house officer, 12 months)", "Assiut University Hospitals", "2022 – 2023")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 236", "ECFMG Certified"]),
        ("US Experience", [E("Observership, Anesthesiology", "Emory University Hospital, Atlanta, GA", "Sep 2025")]),
        ("Egyptian Experience", [E("Resident, Emergency Medicine", "Assiut University Hospitals", "2023 – present")]),
        ("Publications", ["Fawzy TM, et al. Egypt J Anaesth. 2024;40:12-18."]),
        ("Interests", ["Emergency Medicine, Anesthesiology"]),
        ("Languages", ["Arabic, English"]),
        ("References", ["Prof. Ayman Mostafa – aymanm@aun.edu.eg"]),
    ],
    truth=dict(medical_school="Assiut University", medical_school_country="EG", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Emergency Medicine", "Anesthesiology"], languages=["Arabic", "English"], publications=1,
               usce_entries=[U("observership", "Anesthesiology", "GA", "2025-09", "2025-09")]),
))
PEOPLE.append(dict(
    num=21, layout="photo_jpg_blurred", ext="jpg", scan=True,
    name="Dana Samir Odeh", name_ar=None,
    headline="MD – Obstetrics & Gynecology",
    email="dana.odeh@gmail.com", phone="+970 568 234 901",
    address="Ramallah, Palestine", extra="",
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "Faculty of Medicine, Al-Quds University, Abu Dis, Palestine", "2018 – 2024")]),
        ("USMLE", ["Step 1: Pass", "ECFMG: not certified yet", "Visa: B1/B2"]),
        ("US Experience", [E("Observership, Obstetrics & Gynecology", "Northwell Health, Manhasset, NY", "Feb–Mar 2025")]),
        ("Interests", ["Obstetrics and Gynecology"]),
        ("Languages", ["Arabic, English"]),
        ("References", ["Dr. Hani Abdeen – habdeen@staff.alquds.edu"]),
    ],
    truth=dict(medical_school="Al-Quds University", medical_school_country="PS", graduation_year=2024, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
               specialties=["Obstetrics and Gynecology"], languages=["Arabic", "English"], publications=0,
               usce_entries=[U("observership", "Obstetrics and Gynecology", "NY", "2025-02", "2025-03")]),
))

DAMAGED = [
    dict(num=22, layout="truncated_pdf", ext="pdf"),
    dict(num=23, layout="encrypted_pdf", ext="pdf"),
    dict(num=24, layout="random_bytes_docx", ext="docx"),
]


def fname(p):
    return "w74_%03d_%s.%s" % (p["num"], p["layout"], p["ext"])


def e164(p):
    if p.get("phone_e164"):
        return p["phone_e164"]
    import re
    ph = p["phone"]
    if ph.startswith("00"):
        ph = "+" + ph[2:]
    if ph.startswith("("):
        ph = "+1" + ph
    return "+" + re.sub(r"\D", "", ph)


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth_line(p):
    t = p["truth"]
    d = dict(file=fname(p), layout=p["layout"], full_name=p["name"], email=p["email"], phone_e164=e164(p))
    for k in ["medical_school", "medical_school_country", "graduation_year", "is_student", "usmle_step1", "usmle_step2ck",
              "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages", "publications"]:
        d[k] = t[k]
    d["usce_months"] = months(t["usce_entries"])
    d["usce_months_clinical"] = months(t["usce_entries"], True)
    d["usce_entries"] = t["usce_entries"]
    if p.get("scan"):
        d["needs_ocr"] = True
    return d
