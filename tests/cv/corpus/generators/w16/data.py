# -*- coding: utf-8 -*-
"""Content of every w16 CV.  Truth for USCE is derived from the U(...) items so the
rendered text and truth.jsonl cannot drift apart.  Reference date: 2026-12-01."""

def E(title, date="", where="", bullets=()):
    return dict(kind="entry", title=title, date=date, where=where, bullets=list(bullets), usce=None)

def U(typ, spec, state, start, end, date, title, where, bullets=()):
    d = E(title, date, where, bullets)
    d["usce"] = dict(type=typ, specialty=spec, state=state, start=start, end=end)
    return d

def T(text):
    return dict(kind="text", text=text)

P = []

# ---------------------------------------------------------------- 001 Saudi Arabia
P.append(dict(
    no=1, layout="rl_table", ext="pdf",
    full_name="Abdulrahman Fahad Al-Qahtani", display_name="Dr. Abdulrahman Fahad Al-Qahtani, MBBS",
    headline="Internal Medicine applicant  |  Interest in Cardiology",
    email="a.alqahtani.md@gmail.com", phone_disp="+966 55 318 4420", phone_e164="+966553184420",
    address="Al Malqa District, Riyadh 13521, Saudi Arabia",
    personal=["Date of birth: 14 February 1998", "Nationality: Saudi"],
    medical_school="King Saud University", medical_school_country="SA", graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Internal Medicine", "Cardiology"], languages=["Arabic", "English"], publications=3,
    sections=[
        ("Education", [
            E("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "2016 – 2023", "College of Medicine, King Saud University, Riyadh, Saudi Arabia",
              ["GPA 4.61 / 5.00 (Second Honour)"]),
            E("Preparatory year (Health Track)", "2015 – 2016", "King Saud University"),
        ]),
        ("USMLE & Certification", [
            T("USMLE Step 1: PASS (first attempt, 2022)"),
            T("USMLE Step 2 CK: 247 (first attempt, June 2024)"),
            T("NBME Self-Assessment Form 30: 251 (practice)"),
            T("ECFMG Certified (Certificate issued Aug 2024)  ·  Saudi Medical Licence (SCFHS) – GP classification"),
            T("Visa: will require J-1 (ECFMG sponsored) for residency; currently B1/B2 not held"),
        ]),
        ("Clinical Experience – United States", [
            U("observership", "Cardiology", "OH", "2024-07", "2024-08", "Jul 2024 – Aug 2024",
              "Observer, Department of Cardiovascular Medicine", "Cleveland Clinic, Cleveland, OH",
              ["Attended heart-failure clinic, cath-lab conferences and daily rounds"]),
            U("hands_on", "Internal Medicine", "MI", "2024-09", "2024-10", "Sep – Oct 2024",
              "Externship, Inpatient Internal Medicine (hands-on)", "Henry Ford Hospital, Detroit, MI",
              ["Pre-rounded on 4–6 patients, wrote progress notes co-signed by attending"]),
            U("research", "Cardiology", "OH", "2025-01", "2026-12", "Jan 2025 – Present",
              "Research Fellow (remote + on-site), Heart, Vascular & Thoracic Institute", "Cleveland Clinic, Cleveland, OH",
              ["Retrospective cohort on SGLT2 inhibitors in HFpEF"]),
        ]),
        ("Clinical Experience – Saudi Arabia", [
            E("Intern (rotating internship)", "Jul 2022 – Jun 2023", "King Khalid University Hospital, Riyadh",
              ["Internal Medicine, General Surgery, Pediatrics, OB/GYN (3 months each)"]),
            E("General Practitioner", "Nov 2023 – Jun 2024", "Ministry of Health Primary Care Centre, Al-Kharj"),
        ]),
        ("Publications", [
            T("1. Al-Qahtani AF, Alotaibi M, et al. Prevalence of uncontrolled hypertension in Riyadh primary care. Saudi Med J. 2023;44(5):481-487."),
            T("2. Alharbi S, Al-Qahtani AF. Statin adherence after acute coronary syndrome. Cureus. 2024;16(2):e53112."),
            T("3. Al-Qahtani AF, Patel R, Wilson T. SGLT2 inhibitors and readmission in HFpEF. J Card Fail. 2025;31(4):612-619."),
            T("Poster: ACC Middle East Conference 2024 – 'Atrial fibrillation screening in Hajj pilgrims' (not peer-reviewed)"),
            T("Poster: Saudi Heart Association 2023 – 'Door-to-balloon time audit'"),
        ]),
        ("Languages", [T("Arabic (native)  ·  English (fluent, IELTS 7.5)")]),
        ("References", [
            T("Dr. Richard Wilson, MD – Staff Cardiologist, Cleveland Clinic – wilsonr3@ccf.org – +1 (216) 444-2839"),
            T("Dr. Hanan Alotaibi – Consultant Internist, King Khalid University Hospital – halotaibi@ksu.edu.sa – +966 11 467 0011"),
        ]),
    ]))

# ---------------------------------------------------------------- 002 Iraq
P.append(dict(
    no=2, layout="rl_twocol", ext="pdf", colbreak="Experience in Iraq",
    full_name="Zainab Hussein Al-Jubouri", display_name="ZAINAB HUSSEIN AL-JUBOURI",
    headline="M.B.Ch.B. — Internal Medicine / Nephrology",
    email="zainab.aljubouri@outlook.com", phone_disp="00964 770 123 4567", phone_e164="+9647701234567",
    address="Al-Mansour, Baghdad, Iraq",
    personal=["Born 1997", "Iraqi citizen"],
    medical_school="University of Baghdad", medical_school_country="IQ", graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status=None,
    specialties=["Internal Medicine", "Nephrology"], languages=["Arabic", "English", "Turkish"], publications=1,
    sections=[
        ("Education", [
            E("M.B.Ch.B.", "2016–2022", "College of Medicine, University of Baghdad", ["Ranked 34/412"]),
        ]),
        ("Exams", [
            T("USMLE Step 1 — Pass (2023)"), T("USMLE Step 2 CK — 238 (2024)"),
            T("UWSA 2 — 246 (practice)"), T("ECFMG certificate — 2024"),
        ]),
        ("US Clinical Experience", [
            U("observership", "Nephrology", "TX", "2023-11", "2024-01", "Nov 2023 – Jan 2024",
              "Observership, Nephrology", "Baylor Scott & White, Temple, TX", ["Dialysis unit & transplant clinic"]),
            U("hands_on", "Internal Medicine", "TX", "2024-02", "2024-03", "02/2024 – 03/2024",
              "Hands-on clerkship, Internal Medicine", "UT Health San Antonio, TX"),
            U("telehealth", "Internal Medicine", "MD", "2024-05", "2024-06", "May–Jun 2024",
              "Virtual (telehealth) IM elective", "Johns Hopkins-affiliated program, Baltimore, MD"),
        ]),
        ("Experience in Iraq", [
            E("Resident doctor (rotating)", "2022–2023", "Baghdad Teaching Hospital, Medical City"),
            E("Nephrology trainee (house officer)", "Apr 2024 – present", "Al-Kindy Teaching Hospital, Baghdad"),
        ]),
        ("Research", [
            T("Al-Jubouri ZH, Kareem A. Contrast-induced nephropathy after PCI in Iraqi patients. Iraqi J Med Sci. 2023;21(1):44-50."),
            T("Abstract (ASN Kidney Week 2024): CKD of unknown aetiology in southern Iraq — poster."),
            T("Manuscript in preparation: hyperkalaemia protocol audit."),
        ]),
        ("Languages", [T("Arabic — native"), T("English — fluent"), T("Turkish — basic")]),
        ("Referees", [
            T("Dr. Samuel O. Adeyemi, Nephrology, Baylor Scott & White — samuel.adeyemi@bswhealth.org, (254) 724-2111"),
        ]),
    ]))

# ---------------------------------------------------------------- 003 Lebanon
P.append(dict(
    no=3, layout="rl_sidebar", ext="pdf",
    full_name="Karim Georges Haddad", display_name="Karim Georges Haddad",
    headline="MD, American University of Beirut | Neurology",
    email="kgh14@mail.aub.edu", phone_disp="+961 3 482 915", phone_e164="+9613482915",
    address="Hamra Street, Ras Beirut, Lebanon",
    personal=["Born 1999", "Lebanese & French citizen"],
    medical_school="American University of Beirut", medical_school_country="LB", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=256, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Neurology"], languages=["Arabic", "French", "English"], publications=4,
    sections=[
        ("Education", [
            E("Doctor of Medicine (MD)", "2020 – 2024", "Faculty of Medicine, American University of Beirut", ["Alpha Omega Alpha (AUB chapter)"]),
            E("BS Biology, with High Distinction", "2017 – 2020", "American University of Beirut"),
        ]),
        ("U.S. Experience", [
            U("research", "Neurology", "MA", "2022-06", "2022-08", "Summer 2022",
              "Summer research student, Stroke Division", "Massachusetts General Hospital, Boston, MA"),
            U("hands_on", "Neurology", "PA", "2023-09", "2023-09", "Sept 2023",
              "Visiting sub-internship, Neurology (VSLO)", "Penn Medicine, Philadelphia, PA"),
            U("observership", "Neurology", "NY", "2024-08", "2024-10", "Aug–Oct 2024",
              "Clinical observer, Neuromuscular clinic", "NYU Langone, New York, NY"),
        ]),
        ("Other clinical work", [
            E("Research assistant, Neurology", "Nov 2024 – ongoing", "AUB Medical Center, Beirut"),
            E("Elective, Neurology", "Jan 2024", "Hôpital Pitié-Salpêtrière, Paris, France"),
        ]),
        ("Publications (peer-reviewed)", [
            T("Haddad KG, et al. Thrombolysis outcomes in Lebanon. J Stroke Cerebrovasc Dis. 2023;32:107011."),
            T("Haddad KG, Saab G. Myasthenia gravis and pregnancy. Neurol Sci. 2024;45:1123-30."),
            T("Khoury R, Haddad KG, et al. Wake-up stroke imaging. Front Neurol. 2024;15:1338."),
            T("Haddad KG, et al. MOGAD in the Middle East: a case series. Mult Scler Relat Disord. 2025;93:106190."),
        ]),
        ("Other output", [
            T("Submitted: 'Tele-stroke in crisis settings' (under review, Lancet Neurology)"),
            T("Abstracts: AAN 2024 (poster); ESOC 2023 (e-poster)"),
        ]),
        ("References", [
            T("Prof. Bassem Yamout — AUBMC — by00@aub.edu.lb"),
            T("Dr. Emily Tran, MD — NYU Langone — emily.tran@nyulangone.org — +1 212 263 7744"),
        ]),
    ]))

# ---------------------------------------------------------------- 004 Turkey
P.append(dict(
    no=4, layout="rl_rightdates", ext="pdf",
    full_name="Elif Nur Yıldırım", display_name="Elif Nur Yıldırım, MD",
    headline="Anatomic & Clinical Pathology",
    email="elifnur.yildirim@protonmail.com", phone_disp="(+90) 532 418 77 21", phone_e164="+905324187721",
    address="Çankaya, Ankara, Türkiye",
    personal=["Year of birth: 1996"],
    medical_school="Hacettepe University", medical_school_country="TR", graduation_year=2021, is_student=False,
    usmle_step1=241, usmle_step2ck=252, usmle_step3=228, ecfmg_status="certified", visa_status="h1b",
    specialties=["Pathology"], languages=["Turkish", "English", "German"], publications=5,
    sections=[
        ("Education", [
            E("Doctor of Medicine", "2015.09 – 2021.06", "Hacettepe University Faculty of Medicine (English program), Ankara"),
            E("Abitur / high school", "2011 – 2015", "Ankara Private Alman Lisesi"),
        ]),
        ("Examinations", [
            T("USMLE Step 1: 241   |   Step 2 CK: 252   |   Step 3: 228"),
            T("ECFMG certified (2022). Seeking H-1B visa sponsorship."),
        ]),
        ("US Experience", [
            U("research", "Pathology", "MD", "2022-09", "2023-08", "2022.09 – 2023.08",
              "Postdoctoral research fellow, Department of Pathology", "Johns Hopkins University, Baltimore, MD"),
            U("observership", "Pathology", "MD", "2023-06", "2023-07", "2023.06 – 2023.07",
              "Observership, Surgical Pathology (concurrent with fellowship)", "Johns Hopkins Hospital, Baltimore, MD"),
            U("hands_on", "Pathology", "NY", "2024-01", "2024-02", "2024.01 – 2024.02",
              "Externship, Gross room and sign-out (hands-on)", "Memorial Sloan Kettering, New York, NY"),
        ]),
        ("Turkish Experience", [
            E("Pathology resident (research year)", "2021.07 – 2022.08", "Hacettepe University Hospitals"),
            E("General practitioner (compulsory service)", "2024.03 – 2025.03", "Van Training and Research Hospital"),
        ]),
        ("Publications", [
            T("Five peer-reviewed articles (Mod Pathol 2023; Am J Surg Pathol 2023; Histopathology 2024; Virchows Arch 2024; Turk Patoloji Derg 2022)."),
            T("USCAP 2023 and 2024 platform/poster presentations (3)."),
        ]),
        ("Languages", [T("Turkish (native), English (C2), German (B2)")]),
        ("References", [T("Dr. Ralph H. Hruban — Johns Hopkins Pathology — rhruban@jhmi.edu — 410-955-9132")]),
    ]))

# ---------------------------------------------------------------- 005 Venezuela (small caps)
P.append(dict(
    no=5, layout="rl_smallcaps", ext="pdf",
    full_name="María Alejandra Rodríguez Pérez", display_name="María Alejandra Rodríguez Pérez, M.D.",
    headline="Family Medicine · Pediatrics",
    email="mrodriguezp.md@yahoo.com", phone_disp="+1 (305) 794-2216", phone_e164="+13057942216",
    address="8750 NW 36th St, Apt 412, Doral, FL 33178",
    personal=["US Permanent Resident (Green Card holder)", "DOB: 1991"],
    medical_school="Universidad Central de Venezuela", medical_school_country="VE", graduation_year=2016, is_student=False,
    usmle_step1=232, usmle_step2ck=245, usmle_step3=219, ecfmg_status="certified", visa_status="green_card",
    specialties=["Family Medicine", "Pediatrics"], languages=["Spanish", "English", "Portuguese"], publications=1,
    sections=[
        ("Education", [
            E("Médico Cirujano (MD equivalent)", "2010 – 2016", "Escuela de Medicina Luis Razetti, Universidad Central de Venezuela, Caracas"),
        ]),
        ("Licensure & Exams", [
            T("USMLE Step 1: 232 · Step 2 CK: 245 · Step 3: 219"),
            T("ECFMG Certified, 2019"),
        ]),
        ("US Clinical Experience", [
            U("hands_on", "Family Medicine", "FL", "2023-01", "2023-03", "January–March 2023",
              "Hands-on externship, Family Medicine", "Jackson Health System, Miami, FL"),
            U("observership", "Family Medicine", "FL", "2023-03", "2023-04", "Mar 2023 – Apr 2023",
              "Observership, Community Health", "Borinquen Medical Centers, Miami, FL"),
            U("hands_on", "Pediatrics", "FL", "2023-04", "2023-05", "04/2023 – 05/2023",
              "Pediatric clerkship (IMG externship)", "Nicklaus Children's Hospital, Miami, FL"),
            U("research", "Pediatrics", "FL", "2023-09", "2026-12", "Sep 2023 – Present",
              "Clinical Research Coordinator, Department of Pediatrics", "University of Miami Miller School of Medicine, Miami, FL"),
        ]),
        ("Venezuela", [
            E("Médico Rural (rural service)", "2016 – 2017", "Ambulatorio Rural Tipo II, Barlovento, Miranda"),
            E("Pediatrics Postgraduate (2 of 3 years, incomplete)", "2017 – 2019", "Hospital J.M. de los Ríos, Caracas"),
        ]),
        ("Publications", [
            T("Rodríguez Pérez MA, Gómez L. Dengue shock syndrome in children. Arch Venez Pueric Pediatr. 2018;81(2):44-49."),
            T("Poster – Florida AAP 2024: 'Vaccine hesitancy in Hispanic families'"),
        ]),
        ("Languages", [T("Spanish (native) · English (fluent) · Portuguese (intermediate)")]),
        ("References", [
            T("Dr. Carlos Mendez, MD, FAAFP – Jackson Health System – cmendez@jhsmiami.org – (305) 585-1111"),
        ]),
    ]))

# ---------------------------------------------------------------- 006 Ethiopia (letter-spaced headings)
P.append(dict(
    no=6, layout="rl_spaced", ext="pdf",
    full_name="Meron Tesfaye Bekele", display_name="Meron Tesfaye Bekele",
    headline="General Practitioner | Aspiring Pediatrician",
    email="meron.tesfaye.b@gmail.com", phone_disp="+251-911-234-567", phone_e164="+251911234567",
    address="Bole Sub-city, Addis Ababa, Ethiopia",
    personal=["Date of Birth: 03/09/1996"],
    medical_school="Addis Ababa University", medical_school_country="ET", graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
    specialties=["Pediatrics"], languages=["Amharic", "English", "Oromo"], publications=2,
    sections=[
        ("Education", [
            E("Doctor of Medicine (MD)", "2016 – 2022", "School of Medicine, College of Health Sciences, Addis Ababa University"),
        ]),
        ("Examinations", [
            T("USMLE Step 1 — Passed (2023)"), T("USMLE Step 2 CK — 241 (2025)"),
            T("OET Medicine — Grade B in all four sub-tests"),
            T("ECFMG certification: pending (application under review)"),
            T("Visa: valid B1/B2 visitor visa (through 2029)"),
        ]),
        ("U.S. Clinical Experience", [
            U("observership", "Pediatrics", "GA", "2025-02", "2025-03", "Feb–Mar 2025",
              "Pediatric Observership", "Children's Healthcare of Atlanta, Atlanta, GA"),
            U("hands_on", "Pediatrics", "GA", "2025-04", "2025-04", "April 2025",
              "Hands-on Pediatric Externship", "Grady Memorial Hospital, Atlanta, GA"),
        ]),
        ("Experience in Ethiopia", [
            E("General Practitioner", "Oct 2022 – Jan 2025", "Tikur Anbessa (Black Lion) Specialized Hospital, Addis Ababa"),
            E("Volunteer physician, malnutrition stabilisation centre", "Summer 2023", "MSF-supported site, Gambella"),
        ]),
        ("Publications", [
            T("Bekele MT, et al. Neonatal sepsis outcomes at Tikur Anbessa. Ethiop Med J. 2023;61(3):211-218."),
            T("Bekele MT, Alemu H. Severe acute malnutrition relapse. BMC Pediatr. 2024;24:418."),
            T("Poster: PAS 2025 — 'Kangaroo mother care uptake'"),
        ]),
        ("Languages", [T("Amharic (native), English (fluent), Afaan Oromo (conversational)")]),
        ("References", [
            T("Dr. Lisa M. Carter, MD — Emory / CHOA — lisa.carter@emory.edu — +1 404 785 6000"),
            T("Dr. Abebe Girma — AAU Pediatrics — abebe.girma@aau.edu.et"),
        ]),
    ]))

# ---------------------------------------------------------------- 007 Sudan (fpdf multi_cell)
P.append(dict(
    no=7, layout="fpdf_multicell", ext="pdf",
    full_name="Mohamed Osman Abdelrahim", display_name="Mohamed Osman Abdelrahim",
    headline="MBBS (Khartoum) - Family Medicine & Internal Medicine",
    email="m.o.abdelrahim@hotmail.com", phone_disp="+249 912 345 678", phone_e164="+249912345678",
    address="Currently: Chicago, IL (temporary)  |  Home: Omdurman, Sudan",
    personal=["Born: 1994"],
    medical_school="University of Khartoum", medical_school_country="SD", graduation_year=2019, is_student=False,
    usmle_step1=229, usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status=None,
    specialties=["Family Medicine", "Internal Medicine"], languages=["Arabic", "English"], publications=1,
    sections=[
        ("EDUCATION", [
            E("MBBS", "2012 - 2019", "Faculty of Medicine, University of Khartoum, Sudan"),
        ]),
        ("USMLE", [
            T("Step 1: 229 (2021)   Step 2 CK: 240 (2022)   ECFMG Certified (2022)"),
            T("Step 2 CS: Pass (2020, exam since discontinued)"),
        ]),
        ("US CLINICAL EXPERIENCE", [
            U("hands_on", "Family Medicine", "IL", "2024-10", "2024-12", "10/2024 - 12/2024",
              "Family Medicine Externship (hands-on)", "Advocate Illinois Masonic Medical Center, Chicago, IL"),
            U("observership", "Internal Medicine", "IL", "2025-01", "2025-02", "01/2025 - 02/2025",
              "Internal Medicine Observership", "Mount Sinai Hospital, Chicago, IL"),
            U("research", "Internal Medicine", "IL", "2025-06", "2026-12", "06/2025 - current",
              "Research volunteer, Division of Hospital Medicine", "University of Illinois Chicago, IL"),
        ]),
        ("WORK EXPERIENCE (NON-US)", [
            E("House Officer", "2019 - 2020", "Soba University Hospital, Khartoum"),
            E("Medical Officer, Internal Medicine", "2020 - 2023", "King Fahad Hospital, Al-Baha, Saudi Arabia"),
        ]),
        ("PUBLICATIONS", [
            T("Abdelrahim MO, Hassan E. Malaria in pregnancy in Omdurman. Sudan Med J. 2020;56(2):77-83."),
            T("Case report submitted to Cureus (2025) - under review."),
        ]),
        ("LANGUAGES", [T("Arabic - mother tongue; English - full professional proficiency")]),
        ("REFERENCES", [
            T("Dr. Jennifer Walsh, MD, Program Director FM, Advocate Illinois Masonic - jennifer.walsh@aah.org - +1 773-296-5000"),
        ]),
    ]))

# ---------------------------------------------------------------- 008 South Africa (fpdf header band)
P.append(dict(
    no=8, layout="fpdf_band", ext="pdf",
    full_name="Thandiwe Nomsa Dlamini", display_name="Dr Thandiwe Nomsa Dlamini",
    headline="MBChB (UCT) | Emergency Medicine",
    email="thandi.dlamini@icloud.com", phone_disp="+27 82 345 6789", phone_e164="+27823456789",
    address="Observatory, Cape Town 7925, South Africa",
    personal=["Year of birth: 1995", "HPCSA registered Medical Practitioner"],
    medical_school="University of Cape Town", medical_school_country="ZA", graduation_year=2019, is_student=False,
    usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Emergency Medicine"], languages=["English", "Zulu", "Afrikaans", "Xhosa"], publications=2,
    sections=[
        ("Education", [
            E("MBChB", "2014 - 2019", "Faculty of Health Sciences, University of Cape Town"),
            E("Diploma in Primary Emergency Care (DipPEC(SA))", "2023", "Colleges of Medicine of South Africa"),
        ]),
        ("Examinations", [
            T("USMLE Step 1: Pass  ·  USMLE Step 2 CK: 233  ·  ECFMG certified 2024"),
            T("PLAB 1 passed (2022) and PLAB 2 passed (2023) - UK GMC"),
            T("J-1 visa sponsorship through ECFMG will be required."),
        ]),
        ("US Clinical Experience", [
            U("hands_on", "Emergency Medicine", "FL", "2025-05", "2025-06", "May - June 2025",
              "Emergency Medicine hands-on rotation", "Broward Health Medical Center, Fort Lauderdale, FL"),
            U("observership", "Emergency Medicine", "FL", "2025-07", "2025-07", "July 2025",
              "ED Observership", "Jackson Memorial Hospital, Miami, FL"),
        ]),
        ("Other International Experience", [
            E("Observer, Emergency Department", "Sep 2024", "Sunnybrook Health Sciences Centre, Toronto, Canada"),
            E("Intern and Community Service Medical Officer", "2020 - 2022", "Groote Schuur Hospital / Khayelitsha District Hospital"),
            E("Medical Officer, Emergency Centre", "2022 - present", "Mitchells Plain Hospital, Western Cape"),
        ]),
        ("Publications", [
            T("Dlamini TN, Wallis LA. Triage accuracy of the SATS in district EDs. Afr J Emerg Med. 2023;13(2):88-92."),
            T("Dlamini TN, et al. Penetrating trauma epidemiology in Cape Town. S Afr Med J. 2024;114(6):e1739."),
            T("Oral presentation: EMSSA Congress 2023."),
        ]),
        ("Languages", [T("English, isiZulu (home language), Afrikaans, isiXhosa")]),
        ("Referees", [
            T("Dr. Marcus Reid, MD - Broward Health EM - mreid@browardhealth.org - +1 954 355 4400"),
            T("Prof. Lee Wallis - UCT Division of Emergency Medicine - lee.wallis@uct.ac.za - +27 21 650 5000"),
        ]),
    ]))

# ---------------------------------------------------------------- 009 Poland (fpdf bordered table), student
P.append(dict(
    no=9, layout="fpdf_bordered", ext="pdf",
    full_name="Katarzyna Zielińska", display_name="Katarzyna Zielińska",
    headline="6th-year medical student, English Division",
    email="k.zielinska@student.wum.edu.pl", phone_disp="+48 601 234 567", phone_e164="+48601234567",
    address="ul. Żwirki i Wigury 61, 02-091 Warszawa, Poland",
    personal=["Born 2001", "Polish citizen (EU)"],
    medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
    specialties=["Internal Medicine"], languages=["Polish", "English", "German"], publications=0,
    sections=[
        ("Education", [
            E("Lekarz (MD) program, 6-year, English Division", "2021 - exp. June 2027", "Medical University of Warsaw (Warszawski Uniwersytet Medyczny)"),
        ]),
        ("Exams", [
            T("USMLE Step 1: PASS (March 2025)"),
            T("Step 2 CK: scheduled Feb 2027 (NBME CCSSA practice: 244)"),
            T("ECFMG: not yet certified (graduation pending)"),
            T("US entry: B1/B2 visitor visa"),
        ]),
        ("US Clinical Rotations", [
            U("hands_on", "Internal Medicine", "NJ", "2026-07", "2026-08", "07.2026 - 08.2026",
              "Core clerkship, Internal Medicine", "Hackensack University Medical Center, NJ"),
            U("hands_on", "Cardiology", "NJ", "2026-09", "2026-09", "09.2026",
              "Elective, Cardiology", "Hackensack University Medical Center, NJ"),
        ]),
        ("Clinical Rotations in Poland / EU", [
            E("Summer clerkship, Internal Medicine", "07.2024", "Szpital Bielański, Warsaw"),
            E("Erasmus+ exchange", "02.2025 - 06.2025", "Charité - Universitätsmedizin Berlin, Germany"),
        ]),
        ("Research", [
            T("Poster: ESC Congress 2025 - 'Lp(a) screening in young adults' (abstract only)"),
            T("Manuscript in preparation with Dept. of Cardiology, WUM"),
        ]),
        ("Languages", [T("Polish - native; English - C1; German - B2")]),
        ("Reference", [
            T("Dr. Anthony Russo, MD - Hackensack Meridian Health - anthony.russo@hmhn.org - +1 (551) 996-2000"),
        ]),
    ]))

# ---------------------------------------------------------------- 010 Romania (3 pages, contacts only in footer)
P.append(dict(
    no=10, layout="fpdf_footer3p", ext="pdf",
    full_name="Andrei-Mihai Popescu", display_name="Andrei-Mihai Popescu",
    headline="Curriculum Vitae",
    email="andrei.popescu.md@gmail.com", phone_disp="+40 722 123 456", phone_e164="+40722123456",
    address="Sector 5, Bucuresti, Romania",
    personal=["Born 1998, Romanian"],
    medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO", graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Anesthesiology", "Critical Care"], languages=["Romanian", "English", "French"], publications=3,
    sections=[
        ("Career objective", [
            T("Categorical Anesthesiology residency in the US, with a future fellowship in Critical Care Medicine. Will need J-1 sponsorship."),
        ]),
        ("Education", [
            E("Doctor-medic (MD), 6 years", "Oct 2017 - Sep 2023", "Carol Davila University of Medicine and Pharmacy, Bucharest",
              ["Licence thesis: 'Quadratus lumborum block after caesarean section' - grade 10/10"]),
            E("Baccalaureate", "2017", "Colegiul National Sfantul Sava, Bucharest"),
        ]),
        ("Examination results", [
            T("USMLE Step 1 - Pass (Nov 2022)"), T("USMLE Step 2 CK - 244 (Jan 2024)"),
            T("ECFMG certification - obtained Feb 2024"),
            T("Romanian Residency Exam (Rezidentiat) 2024 - score 912/950"),
        ]),
        ("United States clinical experience", [
            U("observership", "Anesthesiology", "PA", "2024-03", "2024-04", "March-April 2024",
              "Observership, Department of Anesthesiology & Perioperative Medicine", "UPMC Presbyterian, Pittsburgh, PA",
              ["Observed > 120 general and regional anaesthetics", "Attended resident didactics and simulation sessions"]),
            U("hands_on", "Critical Care", "PA", "2024-05", "2024-06", "May-June 2024",
              "Externship, Surgical ICU (hands-on, supervised)", "Allegheny General Hospital, Pittsburgh, PA",
              ["Presented patients at multidisciplinary rounds", "Performed supervised arterial line placements"]),
            U("research", "Anesthesiology", "PA", "2024-03", "2024-08", "2024-03 to 2024-08",
              "Visiting research scholar (concurrent)", "University of Pittsburgh, PA",
              ["Database study on post-operative delirium (MIMIC-IV)"]),
        ]),
        ("Clinical experience in Romania", [
            E("Resident physician, Anaesthesia & Intensive Care", "Jan 2025 - present", "Spitalul Clinic de Urgenta Bucuresti (Floreasca)"),
            E("Student volunteer, SMURD mobile ICU", "2020 - 2023", "Bucharest"),
        ]),
        ("Publications", [
            T("1. Popescu AM, Ionescu D. Quadratus lumborum block vs. TAP block after caesarean delivery. Rom J Anaesth Intensive Care. 2023;30(1):12-18."),
            T("2. Popescu AM, et al. Delirium after cardiac surgery in MIMIC-IV. J Cardiothorac Vasc Anesth. 2025;39(2):401-409."),
            T("3. Marinescu R, Popescu AM. Sugammadex and postoperative pulmonary complications. Medicina (Kaunas). 2024;60(7):1102."),
            T("Abstracts: ASA ANESTHESIOLOGY 2024 (poster), ESAIC Euroanaesthesia 2023 (poster)"),
        ]),
        ("Skills and certificates", [
            T("ACLS, BLS (American Heart Association, valid to 2026); ATLS provider; ultrasound-guided vascular access course"),
        ]),
        ("Languages", [T("Romanian (native), English (C2, Cambridge CPE), French (B2, DELF)")]),
        ("Hobbies", [T("Mountain running, chess, amateur photography")]),
        ("References", [
            T("Dr. Paul Kowalski, MD, Associate Professor of Anesthesiology, UPMC - kowalskip@upmc.edu - +1 412 647 2345"),
            T("Conf. Dr. Dana Ionescu - UMF Carol Davila - dana.ionescu@umfcd.ro - +40 21 318 0719"),
        ]),
    ]))

# ---------------------------------------------------------------- 011 Italy (fodt -> pdf)
P.append(dict(
    no=11, layout="fodt_pdf", ext="pdf",
    full_name="Giulia Esposito", display_name="Dott.ssa Giulia Esposito",
    headline="Medico Chirurgo — Dermatology",
    email="giulia.esposito94@libero.it", phone_disp="+39 347 123 4567", phone_e164="+393471234567",
    address="Via Tiburtina 155, 00185 Roma RM, Italia",
    personal=["Nata a Napoli, 1999"],
    medical_school="Sapienza University of Rome", medical_school_country="IT", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
    specialties=["Dermatology"], languages=["Italian", "English", "Spanish"], publications=2,
    sections=[
        ("Education", [
            E("Laurea Magistrale in Medicina e Chirurgia (MD), 110/110 cum laude", "2018 – 2024", "Sapienza Università di Roma (Sapienza University of Rome)"),
            E("Abilitazione (Italian medical licence)", "2024", "Ordine dei Medici di Roma"),
        ]),
        ("USMLE", [T("Step 1: Pass (2024) — Step 2 CK: exam date 01/2027 — ECFMG certification pending")]),
        ("US Experience", [
            U("observership", "Dermatology", "NY", "2025-09", "2025-10", "Sept.–Oct. 2025",
              "Observership, Dermatology clinic and Mohs surgery", "Mount Sinai Hospital, New York, NY"),
            U("research", "Dermatology", "NY", "2025-11", "2026-04", "11/2025 – 04/2026",
              "Research fellow, Department of Dermatology", "Icahn School of Medicine at Mount Sinai, New York, NY"),
        ]),
        ("Italian Experience", [
            E("Guardia medica (out-of-hours GP)", "2024 – 2025", "ASL Roma 2"),
            E("Volunteer, dermatology outreach", "2023", "Policlinico Umberto I, Roma"),
        ]),
        ("Publications", [
            T("Esposito G, et al. Dupilumab in elderly atopic dermatitis. J Eur Acad Dermatol Venereol. 2025;39:e101."),
            T("Esposito G, Bianchi L. Teledermatology triage in Lazio. Ital J Dermatol Venerol. 2024;159(3):310-315."),
            T("Poster: AAD Annual Meeting 2026; Abstract: SIDeMaST 2024"),
        ]),
        ("Languages", [T("Italian (native), English (C1), Spanish (B2)")]),
        ("References", [T("Dr. Sarah Goldberg, MD — Mount Sinai Dermatology — sarah.goldberg@mountsinai.org — 212-241-9728")]),
    ]))

# ---------------------------------------------------------------- 012 Peru (fodt -> odt)
P.append(dict(
    no=12, layout="fodt_odt", ext="odt",
    full_name="José Luis Quispe Huamán", display_name="José Luis Quispe Huamán",
    headline="Médico Cirujano — Internal Medicine / Infectious Disease",
    email="jlquispe.h@gmail.com", phone_disp="+51 987 654 321", phone_e164="+51987654321",
    address="Jr. Ucayali 245, Lima 15001, Perú",
    personal=["Fecha de nacimiento: 22/11/1995"],
    medical_school="Universidad Nacional Mayor de San Marcos", medical_school_country="PE", graduation_year=2021, is_student=False,
    usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
    specialties=["Internal Medicine", "Infectious Disease"], languages=["Spanish", "Quechua", "English"], publications=2,
    sections=[
        ("Education", [
            E("Médico Cirujano (MD)", "2014 – 2021", "Facultad de Medicina San Fernando, Universidad Nacional Mayor de San Marcos, Lima"),
        ]),
        ("Exams & Status", [
            T("USMLE Step 1: Pass · Step 2 CK: 236 · ECFMG Certified (2023) · Visa: B1/B2"),
        ]),
        ("U.S. Clinical Experience", [
            U("observership", "Infectious Disease", "MA", "2024-01", "2024-02", "Jan 2024 - Feb 2024",
              "Observership, Infectious Diseases", "Boston Medical Center, Boston, MA"),
            U("hands_on", "Internal Medicine", "FL", "2024-06", "2024-08", "06/2024-08/2024",
              "Hands-on rotation, Internal Medicine wards", "Larkin Community Hospital, South Miami, FL"),
        ]),
        ("Experience in Peru", [
            E("SERUMS (rural service physician)", "2021 – 2022", "Centro de Salud Ocobamba, Apurímac"),
            E("Médico asistente, Infectología", "2022 – presente", "Hospital Nacional Cayetano Heredia, Lima"),
        ]),
        ("Publications", [
            T("Quispe Huamán JL, et al. MDR-TB outcomes in Lima. Rev Peru Med Exp Salud Publica. 2023;40(2):150-158."),
            T("Quispe Huamán JL, Gotuzzo E. Strongyloides in HTLV-1. Am J Trop Med Hyg. 2024;110(4):712-716."),
        ]),
        ("Languages", [T("Spanish (native), Quechua (native, Chanka variety), English (advanced)")]),
        ("References", [T("Dr. Natasha Hochberg — Boston Medical Center ID — natasha.hochberg@bmc.org — +1 617 414 4290")]),
    ]))

# ---------------------------------------------------------------- 013 Iran (html -> pdf, Persian script name)
P.append(dict(
    no=13, layout="html_pdf", ext="pdf",
    full_name="Seyed Amirhossein Mousavi", display_name="Seyed Amirhossein Mousavi, MD", native_name="سید امیرحسین موسوی",
    headline="Psychiatry",
    email="amir.mousavi.md@gmail.com", phone_disp="+98 912 345 6781", phone_e164="+989123456781",
    address="Tehran, Iran (currently Los Angeles, CA)",
    personal=["Born 1993"],
    medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2019, is_student=False,
    usmle_step1=235, usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Psychiatry"], languages=["Persian", "English", "Arabic"], publications=6,
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "2012 – 2019", "Tehran University of Medical Sciences, Tehran, Iran")]),
        ("Examinations", [T("USMLE Step 1: 235 | Step 2 CK: 249 | ECFMG Certified 2021 | J-1 visa required")]),
        ("US Clinical & Research Experience", [
            U("observership", "Psychiatry", "CA", "2023-04", "2023-06", "04/2023–06/2023",
              "Observership, Adult Inpatient Psychiatry", "Cedars-Sinai Medical Center, Los Angeles, CA"),
            U("research", "Psychiatry", "CA", "2023-07", "2024-06", "July 2023 – June 2024",
              "Research Associate, Semel Institute", "UCLA, Los Angeles, CA"),
        ]),
        ("Experience in Iran", [
            E("General Physician (mandatory service)", "2019 – 2021", "Zahedan, Sistan-Baluchestan"),
            E("Research Fellow, Psychiatry", "2021 – 2023", "Roozbeh Hospital, Tehran"),
        ]),
        ("Publications", [
            T("Six peer-reviewed articles, e.g. Mousavi SA, et al. Ketamine in treatment-resistant depression. Iran J Psychiatry. 2022;17(1):1-9."),
            T("One manuscript in preparation (UCLA collaboration)."),
        ]),
        ("Languages", [T("Farsi (native), English (fluent, TOEFL 112), Arabic (reading)")]),
        ("References", [T("Dr. Michael Chen, MD, PhD — UCLA Semel Institute — mchen@mednet.ucla.edu — (310) 825-0511")]),
    ]))

# ---------------------------------------------------------------- 014 Cuba (html -> rtf)
P.append(dict(
    no=14, layout="html_rtf", ext="rtf",
    full_name="Yanelis Castillo Fonseca", display_name="Yanelis Castillo Fonseca, MD",
    headline="Internal Medicine · Geriatrics",
    email="yanelis.castillo.md@gmail.com", phone_disp="(786) 512-0937", phone_e164="+17865120937",
    address="Hialeah, FL 33012",
    personal=["U.S. Citizen (naturalized 2024)", "Year of birth: 1990"],
    medical_school="Universidad de Ciencias Médicas de La Habana", medical_school_country="CU", graduation_year=2014, is_student=False,
    usmle_step1=224, usmle_step2ck=230, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
    specialties=["Internal Medicine", "Geriatrics"], languages=["Spanish", "English"], publications=0,
    sections=[
        ("Education", [E("Doctor en Medicina", "2008 – 2014", "Universidad de Ciencias Médicas de La Habana, Facultad Calixto García, Cuba")]),
        ("Exams", [T("USMLE Step 1: 224 (2019) · USMLE Step 2 CK: 230 (2021) · ECFMG Certified")]),
        ("US Clinical Experience", [
            U("hands_on", "Internal Medicine", "FL", "2024-02", "2024-04", "Feb 2024 – Apr 2024",
              "Externship, Internal Medicine (hands-on)", "Palmetto General Hospital, Hialeah, FL"),
            U("observership", "Geriatrics", "FL", "2024-05", "2024-05", "May 2024",
              "Observership, Geriatric Medicine", "Mount Sinai Medical Center, Miami Beach, FL"),
        ]),
        ("Other Experience", [
            E("Médico especialista en Medicina General Integral", "2014 – 2019", "Policlínico Docente Plaza, La Habana"),
            E("Medical scribe (non-clinical)", "2022 – present", "CareMax Medical Centers, Miami, FL"),
        ]),
        ("Languages", [T("Spanish (native), English (fluent)")]),
        ("References", [T("Dr. Roberto Alvarez, MD — Palmetto General Hospital — ralvarez@palmettogeneral.com — +1 305 823 5000")]),
    ]))

# ---------------------------------------------------------------- 015 Dominican Republic (docx text boxes)
P.append(dict(
    no=15, layout="docx_textbox", ext="docx",
    full_name="Luis Miguel Peña Almonte", display_name="Luis Miguel Peña Almonte",
    headline="Médico General — General Surgery applicant",
    email="luismpena.md@gmail.com", phone_disp="+1 (829) 412-7785", phone_e164="+18294127785",
    address="Santiago de los Caballeros, República Dominicana",
    personal=["DOB: 1997"],
    medical_school="Universidad Autónoma de Santo Domingo", medical_school_country="DO", graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
    specialties=["General Surgery"], languages=["Spanish", "English"], publications=1,
    sections=[
        ("Education", [E("Doctor en Medicina", "2016 – 2023", "Universidad Autónoma de Santo Domingo (UASD)")]),
        ("USMLE / ECFMG", [T("Step 1: PASS — Step 2 CK: 228 — ECFMG certified (2024) — B1/B2 visa holder")]),
        ("US Clinical Experience", [
            U("observership", "General Surgery", "NY", "2024-06", "2024-07", "Jun–Jul 2024",
              "Surgical Observership", "NYC Health + Hospitals/Lincoln, Bronx, NY"),
            U("hands_on", "General Surgery", "NY", "2024-08", "2024-09", "Aug 2024 – Sep 2024",
              "Externship, General Surgery (hands-on)", "Brookdale Hospital Medical Center, Brooklyn, NY"),
        ]),
        ("Dominican Republic", [
            E("Médico pasante (social service year)", "2023 – 2024", "Hospital Regional José María Cabral y Báez, Santiago"),
            E("Médico general, emergencias", "2024 – present", "Clínica Corominas, Santiago"),
        ]),
        ("Publications", [T("Peña Almonte LM, et al. Appendicitis delays in the Cibao region. Rev Med Dom. 2024;85(1):22-27.")]),
        ("Languages", [T("Spanish (native), English (fluent)")]),
        ("References", [T("Dr. Kevin O'Brien, FACS — Brookdale Surgery — kobrien@bhmcny.org — +1 718 240 5000")]),
    ]))

# ---------------------------------------------------------------- 016 Philippines (docx text boxes, sidebar)
P.append(dict(
    no=16, layout="docx_textbox_sidebar", ext="docx",
    full_name="Maria Katrina Santos Villanueva", display_name="MARIA KATRINA SANTOS VILLANUEVA, MD",
    headline="Internal Medicine | Hematology-Oncology",
    email="katvillanueva.md@gmail.com", phone_disp="+63 917 555 0184", phone_e164="+639175550184",
    address="Quezon City, Metro Manila, Philippines",
    personal=["Born 1996"],
    medical_school="University of Santo Tomas", medical_school_country="PH", graduation_year=2021, is_student=False,
    usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Internal Medicine", "Hematology", "Oncology"], languages=["English", "Filipino", "Cebuano"], publications=2,
    sections=[
        ("Education", [
            E("Doctor of Medicine", "2017 – 2021", "University of Santo Tomas Faculty of Medicine and Surgery, Manila"),
            E("BS Medical Technology, cum laude", "2013 – 2017", "University of Santo Tomas"),
        ]),
        ("Examinations", [
            T("USMLE Step 1: Passed · Step 2 CK: 250 · ECFMG Certified (2023)"),
            T("Philippine Physician Licensure Exam (PLE): passed, 2022"),
            T("Visa: will require J-1"),
        ]),
        ("US Clinical Experience", [
            U("hands_on", "Internal Medicine", "CA", "2025-01", "2025-02", "Jan–Feb 2025",
              "Hands-on Externship, Internal Medicine", "Loma Linda University Medical Center, CA"),
            U("observership", "Oncology", "TX", "2025-03", "2025-04", "Mar 2025 – Apr 2025",
              "Observership, Hematology/Oncology", "MD Anderson Cancer Center, Houston, TX"),
        ]),
        ("Philippine Experience", [
            E("Post-graduate internship", "2021 – 2022", "UST Hospital, Manila"),
            E("Resident physician (non-training), Internal Medicine", "2022 – 2024", "St. Luke's Medical Center, Quezon City"),
        ]),
        ("Publications", [
            T("Villanueva MKS, et al. Febrile neutropenia outcomes in Filipino adults. Philipp J Intern Med. 2023;61(2):98-104."),
            T("Villanueva MKS, Reyes J. Dengue and thrombocytopenia. Acta Med Philipp. 2024;58(5):33-39."),
        ]),
        ("Languages", [T("English, Filipino, Cebuano")]),
        ("References", [T("Dr. Alan Park, MD — Loma Linda IM — apark@llu.edu — +1 909 558 4000")]),
    ]))

# ================================================================= scans
# ---------------------------------------------------------------- 017 Korea (scan PDF)
P.append(dict(
    no=17, layout="scan_rl_korea", ext="pdf", scan=True, src="rl_rightdates",
    full_name="Kim Ji-won", display_name="Kim Ji-won", native_name="金智媛",
    headline="Diagnostic Radiology",
    email="jiwon.kim.rad@naver.com", phone_disp="+82 10-2345-6789", phone_e164="+821023456789",
    address="Seodaemun-gu, Seoul, Republic of Korea",
    personal=["Date of birth: 1995.05.17"],
    medical_school="Yonsei University", medical_school_country="KR", graduation_year=2021, is_student=False,
    usmle_step1=246, usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Radiology"], languages=["Korean", "English", "Japanese"], publications=4,
    sections=[
        ("Education", [E("Doctor of Medicine", "2015.03 – 2021.02", "Yonsei University College of Medicine, Seoul")]),
        ("Examinations", [T("USMLE Step 1: 246  /  Step 2 CK: 258  /  ECFMG certified (2022)  /  J-1 visa needed"),
                          T("Korean Medical Licensing Examination: passed (2021)")]),
        ("US Experience", [
            U("research", "Radiology", "MD", "2023-03", "2024-02", "2023.03 – 2024.02",
              "Research fellow, Russell H. Morgan Dept. of Radiology", "Johns Hopkins University, Baltimore, MD"),
            U("observership", "Radiology", "MD", "2024-03", "2024-04", "2024.03 – 2024.04",
              "Observership, Neuroradiology reading room", "Johns Hopkins Hospital, Baltimore, MD"),
        ]),
        ("Korean Experience", [
            E("Internship", "2021.03 – 2022.02", "Severance Hospital, Seoul"),
            E("Public health doctor (military service alternative)", "2024.05 – present", "Gangwon-do"),
        ]),
        ("Publications", [T("4 peer-reviewed articles (Radiology 2024; AJR 2023; Korean J Radiol 2023, 2024); 2 RSNA posters")]),
        ("Languages", [T("Korean (native), English (fluent), Japanese (JLPT N2)")]),
        ("References", [T("Dr. David Yousem — Johns Hopkins — dyousem1@jhu.edu")]),
    ]))

# ---------------------------------------------------------------- 018 Japan (scan PNG)
P.append(dict(
    no=18, layout="scan_fpdf_japan", ext="png", scan=True, src="fpdf_band",
    full_name="Haruto Tanaka", display_name="Haruto Tanaka", native_name="田中 陽翔",
    headline="Internal Medicine / Gastroenterology",
    email="haruto.tanaka.md@gmail.com", phone_disp="+81 90-1234-5678", phone_e164="+819012345678",
    address="Shinjuku-ku, Tokyo, Japan",
    personal=["Born 1997"],
    medical_school="Keio University", medical_school_country="JP", graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Internal Medicine", "Gastroenterology"], languages=["Japanese", "English"], publications=3,
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "2016 - 2022", "Keio University School of Medicine, Tokyo")]),
        ("Examinations", [T("USMLE Step 1: Pass / Step 2 CK: 255 / ECFMG certified / J-1 visa"),
                          T("Japanese National Medical Licensing Examination: passed 2022")]),
        ("US Clinical Experience", [
            U("hands_on", "Internal Medicine", "HI", "2023-10", "2023-11", "Oct - Nov 2023",
              "Clinical clerkship, Internal Medicine", "The Queen's Medical Center, Honolulu, HI"),
            U("observership", "Gastroenterology", "HI", "2023-12", "2023-12", "Dec 2023",
              "Observership, Gastroenterology", "Kuakini Medical Center, Honolulu, HI"),
        ]),
        ("Japan", [E("Junior resident", "2022 - 2024", "St. Luke's International Hospital, Tokyo"),
                   E("Senior resident, Gastroenterology", "2024 - present", "Keio University Hospital")]),
        ("Publications", [T("3 peer-reviewed (Dig Endosc 2023, 2024; J Gastroenterol 2025); 1 DDW poster")]),
        ("Languages", [T("Japanese (native), English (TOEFL iBT 108)")]),
    ]))

# ---------------------------------------------------------------- 019 Turkey #2 (JPG photo)
P.append(dict(
    no=19, layout="photo_jpg", ext="jpg", scan=True, src="fpdf_multicell",
    full_name="Mehmet Can Aydın", display_name="Mehmet Can Aydın",
    headline="Orthopedic Surgery",
    email="mcaydin.md@gmail.com", phone_disp="+90 555 210 44 87", phone_e164="+905552104487",
    address="Kadıköy, İstanbul, Türkiye",
    personal=["Born 2000"],
    medical_school="Istanbul University-Cerrahpaşa", medical_school_country="TR", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
    specialties=["Orthopedic Surgery"], languages=["Turkish", "English"], publications=1,
    sections=[
        ("EDUCATION", [E("MD", "2018 - 2024", "Cerrahpasa Faculty of Medicine, Istanbul University-Cerrahpasa")]),
        ("EXAMS", [T("USMLE Step 1: Pass (2023). Step 2 CK: planned 2027. ECFMG: pending.")]),
        ("US EXPERIENCE", [
            U("observership", "Orthopedic Surgery", "OH", "2025-07", "2025-08", "July-August 2025",
              "Observership, Orthopaedic Surgery", "Cleveland Clinic, Cleveland, OH"),
        ]),
        ("EXPERIENCE", [E("General practitioner", "2024 - present", "Sultan Abdulhamid Han Training Hospital, Istanbul")]),
        ("PUBLICATIONS", [T("Aydin MC, et al. ACL reconstruction return-to-sport. Jt Dis Relat Surg. 2024;35(2):301-307.")]),
        ("LANGUAGES", [T("Turkish (native), English (advanced)")]),
    ]))

# ---------------------------------------------------------------- 020 Lebanon #2 (scan PDF, low contrast)
P.append(dict(
    no=20, layout="scan_lowcontrast", ext="pdf", scan=True, src="rl_table",
    full_name="Rania Khalil", display_name="Rania Khalil, MD",
    headline="Obstetrics & Gynecology",
    email="rania.khalil.obgyn@gmail.com", phone_disp="+961 71 204 583", phone_e164="+96171204583",
    address="Jounieh, Lebanon",
    personal=["Born 1998"],
    medical_school="Lebanese University", medical_school_country="LB", graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
    specialties=["Obstetrics and Gynecology"], languages=["Arabic", "French", "English"], publications=0,
    sections=[
        ("Education", [E("Doctorat en Médecine (MD)", "2016 – 2023", "Faculty of Medical Sciences, Lebanese University, Hadath")]),
        ("USMLE", [T("Step 1: Pass · Step 2 CK: 231 · ECFMG certified · B1/B2 visa")]),
        ("US Clinical Experience", [
            U("hands_on", "Obstetrics and Gynecology", "MI", "2025-10", "2025-11", "Oct – Nov 2025",
              "Hands-on externship, OB/GYN", "Beaumont Hospital, Dearborn, MI"),
        ]),
        ("Lebanon", [E("Resident, OB/GYN (PGY-2)", "2023 – present", "Hôtel-Dieu de France, Beirut")]),
        ("Languages", [T("Arabic, French, English")]),
        ("References", [T("Dr. Susan Miller — Corewell Health Dearborn — susan.miller@corewellhealth.org")]),
    ]))

# ---------------------------------------------------------------- 021 Saudi #2, student (scan PDF 300dpi blur)
P.append(dict(
    no=21, layout="scan_blur_student", ext="pdf", scan=True, src="rl_spaced",
    full_name="Sara Ahmed Al-Shammari", display_name="Sara Ahmed Al-Shammari",
    headline="Medical Student (Year 6)",
    email="sara.alshammari@stu.kau.edu.sa", phone_disp="+966 50 772 1390", phone_e164="+966507721390",
    address="Jeddah, Saudi Arabia",
    personal=["Born 2002"],
    medical_school="King Abdulaziz University", medical_school_country="SA", graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
    specialties=["Neurology", "Psychiatry"], languages=["Arabic", "English"], publications=1,
    sections=[
        ("Education", [E("MBBS (expected June 2027)", "2021 – present", "Faculty of Medicine, King Abdulaziz University, Jeddah")]),
        ("Exams", [T("USMLE Step 1: Pass (2025). NBME CBSE practice: 71.")]),
        ("Clinical Electives", [
            E("Elective, Neurology", "Summer 2025", "King Faisal Specialist Hospital, Jeddah"),
            E("Elective, Psychiatry", "Jan 2026", "Erfan & Bagedo Hospital, Jeddah"),
        ]),
        ("Interests", [T("Neurology, Psychiatry (neuropsychiatry)")]),
        ("Publications", [T("Al-Shammari SA, et al. Migraine prevalence among Saudi medical students. Neurosciences (Riyadh). 2025;30(1):40-46.")]),
        ("Languages", [T("Arabic (native), English (fluent)")]),
    ]))
