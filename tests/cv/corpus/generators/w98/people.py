# -*- coding: utf-8 -*-
"""CV content + ground truth for writer w98. One dict per file."""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = []

def add(num, layout, ext, truth, cv):
    truth = dict(truth)
    P.append({"num": num, "layout": layout, "ext": ext, "truth": truth, "cv": cv})

# ---------------------------------------------------------------- 001 India, python-docx with tables, contacts in header
add(1, "docx_table", "docx", dict(
    full_name="Ananya Raghavan", email="ananya.raghavan21@gmail.com", phone_e164="+919840123456",
    medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2021, is_student=False,
    usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Internal Medicine", "Nephrology"], languages=["English", "Tamil", "Hindi", "Telugu"], publications=2,
    usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2024-01", "2024-02"),
                  E("observership", "Nephrology", "MN", "2024-03", "2024-03"),
                  E("research", "Nephrology", "MI", "2024-06", "2026-12")]),
  dict(title="Dr. Ananya Raghavan, MBBS",
       contacts=["No. 14, 3rd Cross Street, Besant Nagar, Chennai 600090, India", "+91 98401 23456", "ananya.raghavan21@gmail.com"],
       sections=[
        ("Career Objective", ["ECFMG-certified graduate seeking a PGY-1 position in Internal Medicine, with a long-term goal of fellowship training in Nephrology."]),
        ("Education", [["2015 – 2020", "MBBS", "Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University)"],
                       ["2020 – 2021", "Compulsory Rotatory Residential Internship", "Rajiv Gandhi Government General Hospital, Chennai"]]),
        ("USMLE / Certification", [["USMLE Step 1", "PASS (first attempt, 2022)"], ["USMLE Step 2 CK", "246 (2023)"],
                                   ["NBME CCSSA (practice)", "258"], ["ECFMG", "Certified, Sept 2023"], ["OET Medicine", "Grade A/B (2022)"]]),
        ("US Clinical Experience", [["Jan 2024 – Feb 2024", "Hands-on Externship, Internal Medicine", "Saint Peter's University Hospital, New Brunswick, NJ (8 weeks)"],
                                    ["Mar 2024", "Observership, Nephrology", "Mayo Clinic, Rochester, MN (4 weeks)"],
                                    ["Jun 2024 – present", "Research Volunteer, Division of Nephrology", "Wayne State University School of Medicine, Detroit, MI"]]),
        ("Clinical Experience in India", [["Aug 2021 – Nov 2023", "Junior Resident (Non-academic), General Medicine", "Stanley Medical College Hospital, Chennai"]]),
        ("Publications (peer-reviewed)", ["1. Raghavan A, Kumar S. Outcomes of AKI in leptospirosis: a retrospective cohort. Indian J Nephrol. 2022;32(4):311-316.",
                                          "2. Raghavan A, et al. Hyponatremia in elderly inpatients. J Assoc Physicians India. 2023;71(2):45-49.",
                                          "Poster: 'CKD-u in Tamil Nadu farm workers', ISN Frontiers Meeting 2024 (not peer-reviewed)"]),
        ("Languages", ["English, Tamil (native), Hindi, Telugu"]),
        ("Visa", ["Indian citizen; will require J-1 visa sponsorship"]),
        ("References", ["Dr. Michael J. Ross, Program Director, Internal Medicine, Saint Peter's University Hospital — mross@saintpetersuh.com — (732) 745-8600",
                        "Dr. S. Kumar, Professor of Nephrology, Madras Medical College — skumar.nephro@mmc.ac.in — +91 44 2530 5000"]),
       ]))

# ---------------------------------------------------------------- 002 Pakistan, python-docx -> LibreOffice PDF
add(2, "lo_docx_pdf", "pdf", dict(
    full_name="Muhammad Usman Farooq", email="usman.farooq.aimc@outlook.com", phone_e164="+923214455667",
    medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2019, is_student=False,
    usmle_step1="pass", usmle_step2ck=238, usmle_step3=221, ecfmg_status="certified", visa_status="b1b2",
    specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"], publications=3,
    usce_entries=[E("hands_on", "Internal Medicine", "NY", "2023-03", "2023-05"),
                  E("observership", "Cardiology", "MI", "2023-06", "2023-06"),
                  E("hands_on", "Family Medicine", "TX", "2023-08", "2023-09")]),
  dict(title="MUHAMMAD USMAN FAROOQ, MBBS",
       contacts=["House 112-B, Johar Town, Lahore", "Cell: 0321-4455667 (WhatsApp)", "Email: usman.farooq.aimc@outlook.com"],
       sections=[
        ("Personal Information", [["Date of Birth", "14 February 1994"], ["Nationality", "Pakistani"], ["Current US visa", "B1/B2 (valid through 2028)"]]),
        ("Education", [["MBBS", "Allama Iqbal Medical College, Lahore (University of Health Sciences)", "2014 – 2019"],
                       ["F.Sc. Pre-Medical", "Government College, Lahore", "2012 – 2014"]]),
        ("USMLE", [["Step 1", "Pass"], ["Step 2 CK", "238"], ["Step 3", "221"], ["Step 2 CS", "Pass (2020)"], ["ECFMG", "Certified"]]),
        ("US Clinical Experience", [["03/2023 – 05/2023", "Clinical Externship (hands-on), Internal Medicine — The Brookdale Hospital Medical Center, Brooklyn, NY"],
                                    ["06/2023 – 06/2023", "Observership, Cardiology (4 weeks) — Henry Ford Hospital, Detroit, MI"],
                                    ["08/2023 – 09/2023", "Hands-on Preceptorship, Family Medicine — Katy Family Care, Katy, TX"]]),
        ("Work Experience (Pakistan)", [["11/2019 – 10/2020", "House Officer, Medicine & Surgery — Mayo Hospital, Lahore"],
                                        ["12/2020 – 01/2023", "Medical Officer, Internal Medicine — Shaukat Khanum Memorial Cancer Hospital, Lahore"]]),
        ("Research & Publications", ["Farooq MU, Iqbal A. Door-to-balloon time in a tertiary care center. Pak J Med Sci. 2021;37(5):1402-6.",
                                     "Farooq MU, et al. Dengue myocarditis: case series. J Pak Med Assoc. 2022;72(3):560-3.",
                                     "Iqbal A, Farooq MU. Statin adherence after ACS. Cureus. 2023;15(8):e43112.",
                                     "Manuscript submitted: 'Heart failure readmissions in Punjab' (under review)"]),
        ("Career Interest", ["Internal Medicine residency; future fellowship in Cardiology."]),
        ("Languages", ["English, Urdu, Punjabi"]),
        ("References", ["Dr. Ahmed Iqbal, Head of Cardiology, AIMC — ahmed.iqbal@aimc.edu.pk — +92 42 9923 1400",
                        "Dr. Rachel Stein, Attending, Brookdale Hospital — rstein@bhmcny.org — (718) 240-5000"]),
       ]))

# ---------------------------------------------------------------- 003 India student, Chromium sidebar
add(3, "chromium_sidebar", "pdf", dict(
    full_name="Rohan Mehta", email="rohan.mehta.ggmc@gmail.com", phone_e164="+919920145678",
    medical_school="Grant Government Medical College", medical_school_country="IN", graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
    specialties=["Neurology", "Psychiatry"], languages=["English", "Hindi", "Marathi", "Gujarati"], publications=0,
    usce_entries=[E("observership", "Neurology", "OH", "2025-07", "2025-07"),
                  E("telehealth", "Psychiatry", "NY", "2025-10", "2025-11")]),
  dict(title="Rohan Mehta",
       contacts=["+91 99201 45678", "rohan.mehta.ggmc@gmail.com", "Mumbai, Maharashtra", "B1/B2 visa (valid till 2030)"],
       side_extra=[("Languages", ["English", "Hindi", "Marathi", "Gujarati"]), ("Interests", ["Neurology", "Psychiatry", "Neuro-ophthalmology"])],
       sections=[
        ("Profile", ["Final-year MBBS student (expected graduation 2027) interested in Neurology and Psychiatry, seeking further US clinical exposure."]),
        ("Education", ["MBBS — Grant Government Medical College & Sir J.J. Group of Hospitals, Mumbai — 2022 – 2027 (expected)",
                       "HSC Science — Jai Hind College, Mumbai — 2021"]),
        ("Examinations", ["USMLE Step 1: Pass (June 2025)", "NBME Form 12 (practice): 245", "USMLE Step 2 CK: preparing"]),
        ("Clinical Experience", ["Neurology Observership — Cleveland Clinic, Cleveland — 4 weeks, July 2025",
                                 "Psychiatry Elective — KEM Hospital, Mumbai — 4 weeks, Jan 2025",
                                 "Virtual Psychiatry Rotation (telehealth) — Northwell Health, New York, NY — Oct 2025 – Nov 2025",
                                 "Neurology Sub-internship — Thomas Jefferson University Hospital, Philadelphia, PA — confirmed for Feb 2027"]),
        ("Research", ["Poster: 'Stroke thrombolysis delays in Mumbai', Indian Academy of Neurology Annual Conference 2025"]),
        ("Referees", ["Dr. Neha Kulkarni, Professor of Neurology, GGMC — neha.kulkarni@ggmc.edu.in",
                      "Dr. Paul Anders, Staff Neurologist, Cleveland Clinic — andersp@ccf.org — +1 216 444 2200"]),
       ]))

# ---------------------------------------------------------------- 004 Nigeria, reportlab
add(4, "reportlab_classic", "pdf", dict(
    full_name="Chukwuemeka Obinna Eze", email="emeka.eze.md@yahoo.com", phone_e164="+2348034567812",
    medical_school="University of Nigeria", medical_school_country="NG", graduation_year=2017, is_student=False,
    usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Family Medicine"], languages=["English", "Igbo", "Yoruba"], publications=1,
    usce_entries=[E("observership", "Family Medicine", "IL", "2023-09", "2023-10"),
                  E("hands_on", "Internal Medicine", "IL", "2023-11", "2024-01")]),
  dict(title="Dr. Chukwuemeka Obinna Eze",
       contacts=["Plot 7 Independence Layout, Enugu, Nigeria  |  +234 803 456 7812  |  emeka.eze.md@yahoo.com"],
       sections=[
        ("Professional Summary", ["Family physician with six years of general practice in Nigeria, applying for Family Medicine residency. ECFMG certified. Requires J-1 visa."]),
        ("Education", ["Bachelor of Medicine, Bachelor of Surgery (MBBS), College of Medicine, University of Nigeria, Enugu Campus — 2010 to 2017"]),
        ("Licensure & Examinations", ["USMLE Step 1: Pass  ·  USMLE Step 2 CK: 232  ·  ECFMG Certified (2023)",
                                      "PLAB 1: Passed (2021) — UK, not pursued", "Medical and Dental Council of Nigeria, full registration No. 45821"]),
        ("US Clinical Experience", ["Observership, Family Medicine — Cook County Health, Chicago, IL — September 2023 to October 2023",
                                    "Hands-on Clinical Externship, Internal Medicine — Jackson Park Hospital, Chicago, IL — November 2023 to January 2024"]),
        ("Other Clinical Experience", ["House Officer — University of Nigeria Teaching Hospital, Ituku-Ozalla — 2017 to 2018",
                                       "NYSC Medical Officer — General Hospital, Ilorin — 2018 to 2019",
                                       "Medical Officer — Reddington Hospital, Lagos — 2019 to 2023",
                                       "Family Medicine Elective — Toronto Western Hospital, Toronto, ON, Canada — May 2024"]),
        ("Publications", ["Eze CO, Okafor U. Hypertension awareness in rural Enugu. Niger J Clin Pract. 2020;23(6):812-8."]),
        ("Languages", ["English (fluent), Igbo (native), Yoruba (conversational)"]),
        ("Referees", ["Dr. Linda Okafor, Consultant Family Physician, UNTH — linda.okafor@unth.edu.ng — +234 802 111 2233",
                      "Dr. James Whitaker, Cook County Health — jwhitaker@cookcountyhhs.org"]),
       ]))

# ---------------------------------------------------------------- 005 Egypt, fpdf2
add(5, "fpdf2_blocks", "pdf", dict(
    full_name="Mohamed Abdelrahman Hassan", email="m.abdelrahman.hassan@gmail.com", phone_e164="+201002345678",
    medical_school="Cairo University Faculty of Medicine (Kasr Al Ainy)", medical_school_country="EG", graduation_year=2020, is_student=False,
    usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
    specialties=["General Surgery"], languages=["Arabic", "English", "French"], publications=4,
    usce_entries=[E("research", "General Surgery", "MD", "2024-01", "2024-12"),
                  E("observership", "General Surgery", "MA", "2025-02", "2025-03")]),
  dict(title="Mohamed Abdelrahman Hassan, MBBCh",
       contacts=["Giza, Egypt", "Mobile: +20 100 234 5678", "E-mail: m.abdelrahman.hassan@gmail.com", "Current US visa: B1/B2"],
       sections=[
        ("Education", ["2014-09 to 2020-07  MBBCh, Faculty of Medicine, Kasr Al Ainy, Cairo University (Very Good with Honors)",
                       "2020-08 to 2021-08  Internship year, Kasr Al Ainy University Hospitals"]),
        ("USMLE", ["Step 1: PASS", "Step 2 CK: 255", "ECFMG Certification: obtained 2023-11"]),
        ("United States Experience", ["2024-01 to 2024-12  Postdoctoral Research Fellow, Department of Surgery, Johns Hopkins Hospital, Baltimore, MD",
                                      "2025-02 to 2025-03  Surgical Observership, Massachusetts General Hospital, Boston"]),
        ("Experience in Egypt", ["2021-10 to 2023-12  Resident, General Surgery, Kasr Al Ainy Hospital, Cairo"]),
        ("Publications", ["Hassan MA, et al. Laparoscopic vs open appendectomy in children. Ann Surg Open. 2024;5(2):e410.",
                          "Hassan MA, Salem T. Bile leak after cholecystectomy. World J Surg. 2023;47:1120-7.",
                          "Hassan MA, et al. ERAS in colorectal surgery in Egypt. Surg Endosc. 2022;36:5521-9.",
                          "Salem T, Hassan MA. Hernia mesh infections. Hernia. 2024;28:88-95.",
                          "Abstracts: ACS Clinical Congress 2024 (2 oral abstracts)"]),
        ("Career goal", ["Categorical General Surgery residency."]),
        ("Languages", ["Arabic (native), English (C2), French (B1)"]),
        ("Recommenders", ["Prof. Tarek Salem, Kasr Al Ainy — tarek.salem@kasralainy.edu.eg",
                          "Dr. Elizabeth Chang, Johns Hopkins Surgery — echang12@jhmi.edu — +1 410 955 5000"]),
       ]))

# ---------------------------------------------------------------- 006 Philippines, plain text
add(6, "plain_text", "txt", dict(
    full_name="Maria Angelica Dela Cruz Santos", email="angelicasantos.md@gmail.com", phone_e164="+639178452231",
    medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH", graduation_year=2018, is_student=False,
    usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
    specialties=["Pediatrics"], languages=["English", "Filipino", "Cebuano"], publications=0,
    usce_entries=[E("hands_on", "Pediatrics", "MI", "2024-06", "2024-08"),
                  E("observership", "Pediatrics", "PA", "2024-10", "2024-10")]),
  dict(title="MARIA ANGELICA DELA CRUZ SANTOS, MD",
       contacts=["Mobile: 0917 845 2231 | angelicasantos.md@gmail.com", "Status: US Permanent Resident (Green Card holder)"],
       sections=[
        ("EDUCATION", ["Doctor of Medicine, University of Santo Tomas Faculty of Medicine and Surgery, Manila - 2014-2018",
                       "BS Biology, University of the Philippines Visayas - 2010-2014",
                       "Philippine Physician Licensure Exam - passed Sept 2019"]),
        ("USMLE", ["Step 1 - PASS | Step 2 CK - 229 | ECFMG certified 2023"]),
        ("US CLINICAL EXPERIENCE", ["Summer 2024 - Pediatrics externship (hands-on) - Children's Hospital of Michigan, Detroit MI",
                                    "Oct 2024 - Pediatrics observership - St. Christopher's Hospital for Children, Philadelphia"]),
        ("TRAINING / WORK (PHILIPPINES)", ["2019-2022 - Pediatric Residency - Philippine General Hospital, Manila",
                                           "2022-2023 - Pediatrician - Cebu Doctors' University Hospital, Cebu City"]),
        ("INTERESTS", ["General Pediatrics"]),
        ("LANGUAGES", ["English, Filipino (Tagalog), Cebuano"]),
        ("REFERENCES", ["Dr. Grace Uy, Chair of Pediatrics, PGH - grace.uy@pgh.gov.ph",
                        "Dr. Steven Klein, Children's Hospital of Michigan - sklein@dmc.org - 313-745-5437"]),
       ]))

# ---------------------------------------------------------------- 007 Caribbean US citizen student, RTF
add(7, "rtf_hand", "rtf", dict(
    full_name="Tyler James Brennan", email="tbrennan@sgu.edu", phone_e164="+16315550148",
    medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="citizen",
    specialties=["Emergency Medicine", "Anesthesiology"], languages=["English", "Spanish"], publications=1,
    usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2025-01", "2025-03"),
                  E("hands_on", "General Surgery", "NY", "2025-04", "2025-06"),
                  E("hands_on", "Pediatrics", "NY", "2025-07", "2025-08"),
                  E("hands_on", "Obstetrics and Gynecology", "FL", "2025-09", "2025-10"),
                  E("hands_on", "Emergency Medicine", "CA", "2026-11", "2026-11")]),
  dict(title="Tyler James Brennan",
       contacts=["42 Birchwood Lane, Smithtown, NY 11787", "(631) 555-0148  ·  tbrennan@sgu.edu", "U.S. Citizen"],
       sections=[
        ("Education", ["St. George's University School of Medicine, Grenada, West Indies — Doctor of Medicine, expected May 2027",
                       "Stony Brook University, NY — B.S. Biology, 2021"]),
        ("Board Examinations", ["USMLE Step 1 — Pass (2024)", "USMLE Step 2 CK — scheduled March 2027", "ECFMG certification pending Step 2 CK"]),
        ("Core Clinical Rotations", ["Internal Medicine, 12 weeks, Jan–Mar 2025 — St. Michael's Medical Center, Newark, NJ",
                                     "Surgery, 12 weeks, Apr–Jun 2025 — Jamaica Hospital Medical Center, Queens, NY",
                                     "Pediatrics, 6 weeks, Jul–Aug 2025 — Wyckoff Heights Medical Center, Brooklyn, NY",
                                     "Obstetrics & Gynecology, 6 weeks, Sep–Oct 2025 — Larkin Community Hospital, Miami, FL"]),
        ("Electives", ["Emergency Medicine, 4 weeks, November 2026 — Kern Medical, Bakersfield, CA (current)",
                       "Emergency Medicine Sub-I — confirmed for January 2027, Stony Brook University Hospital, NY"]),
        ("Publication", ["Brennan TJ, Alvarez R. Ketamine for prehospital analgesia: a review. West J Emerg Med. 2024;25(3):301-8."]),
        ("Interests", ["Emergency Medicine; Anesthesiology"]),
        ("Languages", ["English (native), Spanish (medical proficiency)"]),
        ("References", ["Dr. Rafael Alvarez, Clerkship Director — ralvarez@sgu.edu — (718) 555-0111"]),
       ]))

# ---------------------------------------------------------------- 008 Mexico, ODT (odfpy)
add(8, "odt_spanish_mix", "odt", dict(
    full_name="José Luis Hernández Ramírez", email="jl.hernandez.ramirez@gmail.com", phone_e164="+525512348890",
    medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2016, is_student=False,
    usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status=None,
    specialties=["Internal Medicine", "Gastroenterology"], languages=["Spanish", "English", "Portuguese"], publications=5,
    usce_entries=[E("observership", "Gastroenterology", "FL", "2023-05", "2023-06"),
                  E("research", "Gastroenterology", "TX", "2023-09", "2024-08")]),
  dict(title="José Luis Hernández Ramírez, M.D.",
       contacts=["Ciudad de México, CDMX", "Tel. +52 55 1234 8890", "jl.hernandez.ramirez@gmail.com"],
       sections=[
        ("Education / Formación", ["Médico Cirujano — Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM), 2010.08 – 2016.07",
                                   "Servicio Social — Centro de Salud, Oaxaca, 2016.08 – 2017.07",
                                   "Residency in Internal Medicine — Hospital General de México 'Dr. Eduardo Liceaga', 2018.03 – 2022.02"]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 241", "ECFMG: Certified (2023)"]),
        ("Experience in the United States", ["2023.05 – 2023.06  Observer, Gastroenterology & Hepatology — Jackson Memorial Hospital / University of Miami, Miami, FL",
                                             "2023.09 – 2024.08  Research Fellow, Digestive and Liver Diseases — UT Southwestern Medical Center, Dallas, TX"]),
        ("Experience in Mexico", ["2022.03 – present  Attending Physician, Internal Medicine — Hospital Ángeles, Ciudad de México"]),
        ("Publications / Artículos", ["1. Hernández-Ramírez JL, et al. Rev Gastroenterol Mex. 2019;84(2):150-7.",
                                      "2. Hernández-Ramírez JL, López M. Ann Hepatol. 2020;19(4):380-6.",
                                      "3. López M, Hernández-Ramírez JL. Gac Med Mex. 2021;157(1):22-9.",
                                      "4. Hernández-Ramírez JL, et al. Hepatology. 2024;79(3):640-51.",
                                      "5. Singal A, Hernández-Ramírez JL, et al. Clin Gastroenterol Hepatol. 2024;22(9):1811-9.",
                                      "Carteles (posters): DDW 2024 (2)"]),
        ("Goals", ["Internal Medicine residency followed by Gastroenterology fellowship."]),
        ("Languages / Idiomas", ["Español (nativo), English (C1), Português (intermedio)"]),
        ("References", ["Dr. Amit Singal, UT Southwestern — amit.singal@utsouthwestern.edu",
                        "Dra. Mariana López, Hospital General de México — mlopez.hgm@gmail.com — +52 55 2789 2000"]),
       ]))

# ---------------------------------------------------------------- 009 Ukraine, HTML -> LibreOffice PDF
add(9, "lo_html_pdf", "pdf", dict(
    full_name="Olena Kovalenko", email="olena.kovalenko.md@ukr.net", phone_e164="+380671234567",
    medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Psychiatry"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=1,
    usce_entries=[E("observership", "Psychiatry", "NY", "2025-02", "2025-03"),
                  E("hands_on", "Psychiatry", "NY", "2025-04", "2025-05")]),
  dict(title="Olena Kovalenko (Олена Коваленко), MD",
       contacts=["Kyiv, Ukraine · +380 67 123 4567 · olena.kovalenko.md@ukr.net"],
       sections=[
        ("Education", ["Doctor of Medicine (Medical Doctor), Bogomolets National Medical University, Kyiv — 2016–2022",
                       "Internship in Psychiatry, Kyiv City Psychoneurological Hospital No. 1 — 2022–2024"]),
        ("Exams", ["USMLE Step 1 — Pass; USMLE Step 2 CK — 248; ECFMG certified (Dec 2024)", "KROK 1 & KROK 2 — passed (Ukrainian licensing)"]),
        ("US Clinical Experience", ["02/2025–03/2025 · Observership, Psychiatry · Zucker Hillside Hospital, Glen Oaks, NY",
                                    "04/2025–05/2025 · Externship (hands-on), Psychiatry · Interfaith Medical Center, Brooklyn, NY",
                                    "Upcoming: Consult-Liaison Psychiatry elective, confirmed April 2027, Yale New Haven Hospital, CT"]),
        ("Other Experience", ["06/2024–09/2024 · Clinical observer, Centre for Addiction and Mental Health (CAMH), Toronto, Canada",
                              "2022–present · Volunteer, psychological first aid for displaced persons, Lviv"]),
        ("Publication", ["Kovalenko O, Shevchenko I. PTSD prevalence among internally displaced persons. Psychiatr Danub. 2024;36(1):45-52."]),
        ("Specialty", ["Psychiatry (J-1 visa sponsorship required)"]),
        ("Languages", ["Ukrainian (native), Russian (fluent), English (C1), Polish (B2)"]),
        ("Referees", ["Dr. Igor Shevchenko — i.shevchenko@nmu.ua — +380 44 234 4062",
                      "Dr. Karen Liu, Zucker Hillside — kliu@northwell.edu"]),
       ]))

# ---------------------------------------------------------------- 010 Iran, Chromium two-column, contacts header only
add(10, "chromium_twocol_header", "pdf", dict(
    full_name="Seyed Amirhossein Mousavi", email="a.mousavi.md@gmail.com", phone_e164="+989123456789",
    medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2015, is_student=False,
    usmle_step1="pass", usmle_step2ck=260, usmle_step3=235, ecfmg_status="certified", visa_status="h1b",
    specialties=["Cardiology", "Internal Medicine"], languages=["Persian", "English", "Arabic"], publications=7,
    usce_entries=[E("research", "Cardiology", "MA", "2023-09", "2025-08"),
                  E("observership", "Cardiology", "CA", "2025-09", "2025-10"),
                  E("hands_on", "Internal Medicine", "NY", "2026-03", "2026-05")]),
  dict(title="Seyed Amirhossein Mousavi, MD",
       alt_name="سید امیرحسین موسوی",
       contacts=["+98 912 345 6789", "a.mousavi.md@gmail.com", "Boston, MA (current)"],
       sections=[
        ("Education", ["MD — Tehran University of Medical Sciences, Tehran, Iran — 2008–2015",
                       "Internal Medicine Residency (completed) — Imam Khomeini Hospital Complex, Tehran — 2017–2021"]),
        ("Board Scores", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 260", "USMLE Step 3: 235", "ECFMG Certified (2022)"]),
        ("US Experience", ["Sep 2023 – Aug 2025: Postdoctoral Research Fellow, Cardiovascular Medicine, Brigham and Women's Hospital, Boston, MA",
                           "Sep 2025 – Oct 2025: Clinical Observer, Cardiology, Cedars-Sinai Medical Center, Los Angeles, CA",
                           "Mar 2026 – May 2026: Hands-on Externship, Internal Medicine, Rochester General Hospital, Rochester, NY"]),
        ("Experience in Iran", ["2015–2017: General Practitioner (mandatory service), Zahedan",
                                "2021–2023: Attending Internist, Shariati Hospital, Tehran"]),
        ("Publications", ["7 peer-reviewed articles (JACC Heart Fail, Circ Heart Fail, Am J Cardiol, Eur Heart J Case Rep x2, Arch Iran Med x2); 5 abstracts at AHA/ACC"]),
        ("Goals", ["Internal Medicine residency (H-1B visa preferred), then Cardiology fellowship"]),
        ("Languages", ["Farsi (native), English (fluent), Arabic (reading)"]),
        ("References", ["Dr. Scott Solomon (BWH) — ssolomon@bwh.harvard.edu", "Dr. Sara Karimi (Shariati) — s.karimi@tums.ac.ir — +98 21 8490 2000"]),
       ]))

# ---------------------------------------------------------------- 011 Pakistan, fpdf2 mixed clinical list
add(11, "fpdf2_clinical_list", "pdf", dict(
    full_name="Ayesha Noor Malik", email="ayeshanoor.malik@hotmail.com", phone_e164="+923332145879",
    medical_school="Dow Medical College", medical_school_country="PK", graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status=None,
    specialties=["Obstetrics and Gynecology"], languages=["English", "Urdu", "Sindhi"], publications=1,
    usce_entries=[E("observership", "Obstetrics and Gynecology", "NY", "2025-03", "2025-03"),
                  E("hands_on", "Obstetrics and Gynecology", "IL", "2025-05", "2025-06")]),
  dict(title="Ayesha Noor Malik",
       contacts=["MBBS (Dow Medical College, DUHS)", "+92 333 2145879  |  ayeshanoor.malik@hotmail.com  |  Karachi"],
       sections=[
        ("Clinical Experience", ["Obstetrics & Gynecology Elective — Aga Khan University Hospital, Karachi — Jan 2023",
                                 "House Job, Obstetrics & Gynecology and Medicine — Civil Hospital Karachi — 2023–2024",
                                 "OB/GYN Observership — NYU Langone Health, New York — 4 weeks, March 2025",
                                 "Hands-on Externship, Women's Health — Mercy Hospital & Medical Center, Chicago, IL — 8 weeks, May–June 2025",
                                 "Women Medical Officer — Koohi Goth Women's Hospital, Karachi — Aug 2025 – present"]),
        ("Education", ["MBBS — Dow Medical College, Dow University of Health Sciences, Karachi — 2018–2023"]),
        ("USMLE", ["Step 1: Passed  |  Step 2 CK: 244  |  ECFMG Certified  |  UWorld self-assessment: 250"]),
        ("Research", ["Malik AN, Rizvi S. Postpartum haemorrhage audit. J Coll Physicians Surg Pak. 2024;34(2):190-4.",
                      "Manuscript in preparation: anaemia in pregnancy, Karachi"]),
        ("Goal", ["Obstetrics and Gynecology residency"]),
        ("Languages", ["English, Urdu, Sindhi"]),
        ("Reference", ["Prof. Sadia Rizvi — sadia.rizvi@duhs.edu.pk"]),
       ]))

# ---------------------------------------------------------------- 012 India, ODT -> LibreOffice PDF
add(12, "lo_odt_pdf", "pdf", dict(
    full_name="Harpreet Kaur Sandhu", email="drharpreetsandhu@gmail.com", phone_e164="+919814056789",
    medical_school="Government Medical College, Amritsar", medical_school_country="IN", graduation_year=2016, is_student=False,
    usmle_step1=216, usmle_step2ck=230, usmle_step3=218, ecfmg_status="certified", visa_status="green_card",
    specialties=["Family Medicine", "Geriatrics"], languages=["Punjabi", "Hindi", "English"], publications=0,
    usce_entries=[E("observership", "Family Medicine", "CA", "2024-03", "2024-04"),
                  E("research", "Geriatrics", "TX", "2024-06", "2026-12")]),
  dict(title="Dr. Harpreet Kaur Sandhu",
       contacts=["San Antonio, TX 78229", "+91-98140-56789 (WhatsApp) / drharpreetsandhu@gmail.com", "US Permanent Resident (Green Card)"],
       sections=[
        ("Education", ["M.B.B.S., Government Medical College, Amritsar (Baba Farid University of Health Sciences) — 2010–2016"]),
        ("USMLE", ["Step 1: 216 (2018)", "Step 2 CK: 230 (2019)", "Step 3: 218 (2024)", "ECFMG certificate: 2019"]),
        ("US Experience", ["Observership, Family Medicine — Adventist Health, Hanford, CA — 2024-03 to 2024-04",
                           "Research Assistant, Geriatrics & Palliative Care — UT Health San Antonio, TX — 2024-06 to current"]),
        ("Experience in India", ["Medical Officer (PCMS), Community Health Centre, Tarn Taran, Punjab — 2016–2020",
                                 "Senior Resident, Medicine, Fortis Hospital, Mohali — 2020–2023"]),
        ("Interests", ["Family Medicine, Geriatrics"]),
        ("Presentations", ["Poster, AGS Annual Scientific Meeting 2025: 'Falls in South Asian elders' (abstract only)"]),
        ("Languages", ["Punjabi, Hindi, English"]),
        ("References", ["Dr. Sara Espinoza, UT Health SA — espinozas@uthscsa.edu — (210) 567-4662"]),
       ]))

# ---------------------------------------------------------------- 013 Nigeria, docx contacts in footer, zero USCE
add(13, "docx_footer_contacts", "docx", dict(
    full_name="Oluwaseun Adebayo-Johnson", email="seun.adebayojohnson@gmail.com", phone_e164="+2348091234567",
    medical_school="Obafemi Awolowo University", medical_school_country="NG", graduation_year=2020, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
    specialties=["Pediatrics", "Infectious Disease"], languages=["English", "Yoruba", "French"], publications=2,
    usce_entries=[]),
  dict(title="OLUWASEUN ADEBAYO-JOHNSON",
       footer="Oluwaseun Adebayo-Johnson · +234 (0) 809 123 4567 · seun.adebayojohnson@gmail.com · Ibadan, Oyo State",
       contacts=[],
       sections=[
        ("Education", [["MBChB", "Obafemi Awolowo University, Ile-Ife", "2013 – 2020"]]),
        ("Examinations", [["USMLE Step 1", "Pass (2024)"], ["USMLE Step 2 CK", "Taken Oct 2026 – awaiting result"], ["ECFMG", "Pending"], ["OET", "Passed"]]),
        ("Clinical Experience", [["2020 – 2021", "House Officer", "OAU Teaching Hospitals Complex, Ile-Ife"],
                                 ["2021 – 2022", "NYSC Medical Officer", "Primary Health Centre, Sokoto"],
                                 ["2022 – present", "Medical Officer, Paediatrics", "University College Hospital, Ibadan"]]),
        ("Upcoming", ["Pediatrics externship, Children's Hospital at Montefiore, Bronx, NY — confirmed for January 2027 (J-1 visa application in progress)"]),
        ("Publications", ["Adebayo-Johnson O, et al. Severe malaria in under-fives. Niger Postgrad Med J. 2023;30(1):55-61.",
                          "Adebayo-Johnson O, Bello K. Neonatal sepsis isolates. Afr Health Sci. 2024;24(2):101-9."]),
        ("Interests", ["Pediatrics, Pediatric Infectious Disease"]),
        ("Languages", ["English, Yoruba, French (basic)"]),
        ("Referees", ["Dr. Kemi Bello, Consultant Paediatrician, UCH — kemibello@uch-ibadan.org.ng — +234 803 333 4444"]),
       ]))

# ---------------------------------------------------------------- 014 Egypt, plain text one-liners
add(14, "txt_oneliners", "txt", dict(
    full_name="Nourhan Mostafa El-Sayed", email="nourhan.elsayed94@gmail.com", phone_e164="+201229876543",
    medical_school="Ain Shams University Faculty of Medicine", medical_school_country="EG", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status=None,
    specialties=["Neurology"], languages=["Arabic", "English", "German"], publications=0,
    usce_entries=[E("observership", "Neurology", "TX", "2025-08", "2025-08"),
                  E("research", "Neurology", "GA", "2025-09", "2026-02")]),
  dict(title="Nourhan Mostafa El-Sayed",
       contacts=["Cairo | +20 122 987 6543 | nourhan.elsayed94@gmail.com"],
       sections=[
        ("EDU", ["MBBCh, Ain Shams University Faculty of Medicine, Cairo, 2018-2024 (Excellent w/ Honors)"]),
        ("EXAMS", ["Step 1 Pass; Step 2 CK 251; ECFMG certified 2025; NBME 30: 262 (practice)"]),
        ("USCE", ["Observership – Neurology – Houston Methodist Hospital, Houston – 4 weeks, Aug 2025",
                  "Research – Neurology (stroke) – Emory University, Atlanta, GA – Sep 2025–Feb 2026"]),
        ("EGYPT", ["Intern, Ain Shams University Hospitals – 2024-2025", "Neurology rotation – El Demerdash Hospital – Mar 2024"]),
        ("PUBS", ["Poster: AAN 2026 'tPA in Egyptian women'; 1 manuscript submitted"]),
        ("GOAL", ["Neurology residency"]),
        ("LANG", ["Arabic, English, German (B1)"]),
        ("REF", ["Dr. Hany Aref, Ain Shams – hany.aref@med.asu.edu.eg"]),
       ]))

# ---------------------------------------------------------------- 015 India, HTML -> LibreOffice DOCX
add(15, "lo_html_docx", "docx", dict(
    full_name="Sai Sneha Kommareddy", email="saisneha.k@outlook.com", phone_e164="+918885512340",
    medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
    specialties=["Internal Medicine", "Endocrinology"], languages=["English", "Telugu", "Kannada", "Hindi"], publications=1,
    usce_entries=[E("observership", "Endocrinology", "MA", "2025-06", "2025-06"),
                  E("hands_on", "Internal Medicine", "IL", "2025-09", "2025-10"),
                  E("observership", "Internal Medicine", "IN", "2025-10", "2025-10")]),
  dict(title="Sai Sneha Kommareddy",
       contacts=["Hyderabad, Telangana · +91 88855 12340 · saisneha.k@outlook.com · B1/B2 visa"],
       sections=[
        ("Education", [["MBBS", "Kasturba Medical College, Manipal (MAHE)", "2019 – 2024"],
                       ["CRMI (Internship)", "Kasturba Hospital, Manipal", "2024 – 2025"]]),
        ("USMLE", [["Step 1", "Pass (2025)"], ["Step 2 CK", "Dec 2026 (scheduled)"]]),
        ("US Clinical Experience", [["June 2025 (4 wks)", "Observership – Endocrinology, Joslin Diabetes Center, Boston, MA"],
                                    ["Sep – Oct 2025", "Hands-on externship – Internal Medicine, Advocate Illinois Masonic Medical Center, Chicago, IL"],
                                    ["Oct 2025 (2 wks)", "Observership – Hospital Medicine, Ascension St. Vincent, Indianapolis, IN"]]),
        ("Publications", ["Kommareddy SS, Shetty R. Thyroid dysfunction in T2DM. J Family Med Prim Care. 2024;13(5):1800-4."]),
        ("Interests", ["Internal Medicine; Endocrinology, Diabetes & Metabolism"]),
        ("Languages", ["English, Telugu, Kannada, Hindi"]),
        ("References", ["Dr. Ravi Shetty, KMC Manipal — ravi.shetty@manipal.edu"]),
       ]))

# ---------------------------------------------------------------- 016 Caribbean US citizen grad, Chromium sidebar (right)
add(16, "chromium_sidebar_right", "pdf", dict(
    full_name="Daniela Marie Rodríguez", email="daniela.rodriguez.md@gmail.com", phone_e164="+17875550133",
    medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2025, is_student=False,
    usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
    specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["English", "Spanish"], publications=0,
    usce_entries=[E("hands_on", "Internal Medicine", "FL", "2023-05", "2023-07"),
                  E("hands_on", "General Surgery", "MD", "2023-08", "2023-10"),
                  E("hands_on", "Obstetrics and Gynecology", "GA", "2023-11", "2023-12"),
                  E("hands_on", "Family Medicine", "FL", "2024-01", "2024-02")]),
  dict(title="Daniela Marie Rodríguez, MD",
       contacts=["San Juan, PR", "(787) 555-0133", "daniela.rodriguez.md@gmail.com", "U.S. citizen"],
       side_extra=[("Languages", ["English", "Spanish (native)"]), ("Specialty Interest", ["OB/GYN", "Family Medicine"])],
       sections=[
        ("Education", ["Doctor of Medicine — Ross University School of Medicine, Barbados — 2021 – 2025",
                       "B.S. Biology — University of Puerto Rico, Río Piedras — 2020"]),
        ("Licensing", ["USMLE Step 1: Pass · Step 2 CK: 239 · ECFMG Certified (2025)"]),
        ("Core Clerkships (USA)", ["Internal Medicine · 2023-05 → 2023-07 · Mount Sinai Medical Center, Miami Beach, FL",
                                   "Surgery · 2023-08 → 2023-10 · Prince George's Hospital Center, Cheverly, MD",
                                   "Obstetrics & Gynecology · 2023-11 → 2023-12 · Atlanta Medical Center, Atlanta, GA",
                                   "Family Medicine · 2024-01 → 2024-02 · Larkin Community Hospital, South Miami, FL"]),
        ("Work", ["Teaching Assistant, Anatomy, Ross University School of Medicine, Barbados — 2022"]),
        ("References", ["Dr. Monica Reyes, OB/GYN Clerkship Director — mreyes@rossu.edu — (305) 555-0190"]),
       ]))

# ================================================================ scans (rendered page -> image)
add(17, "scan_pdf_typed", "pdf", dict(
    full_name="Bilal Ahmed Chaudhry", email="bilal.chaudhry18@gmail.com", phone_e164="+923007788123",
    medical_school="Nishtar Medical University", medical_school_country="PK", graduation_year=2018, is_student=False,
    usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Internal Medicine"], languages=["English", "Urdu", "Saraiki"], publications=0,
    usce_entries=[E("hands_on", "Internal Medicine", "NY", "2024-02", "2024-04")]),
  dict(title="BILAL AHMED CHAUDHRY",
       contacts=["Multan, Pakistan  |  0300-7788123  |  bilal.chaudhry18@gmail.com"],
       sections=[
        ("Education", ["MBBS, Nishtar Medical University, Multan — 2013-2018"]),
        ("USMLE", ["Step 1: Pass    Step 2 CK: 233    ECFMG: Certified"]),
        ("US Clinical Experience", ["Feb 2024 - Apr 2024: Hands-on externship, Internal Medicine, Richmond University Medical Center, Staten Island, NY"]),
        ("Experience", ["2018-2019 House Officer, Nishtar Hospital Multan", "2019-2023 Medical Officer, DHQ Hospital, Bahawalpur"]),
        ("Goal", ["Internal Medicine residency. J-1 visa required."]),
        ("Languages", ["English, Urdu, Saraiki"]),
       ]))

add(18, "scan_jpg_photo", "jpg", dict(
    full_name="Arjun Vikram Singh", email="arjun.v.singh@gmail.com", phone_e164="+919811022334",
    medical_school="All India Institute of Medical Sciences, New Delhi", medical_school_country="IN", graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified", visa_status=None,
    specialties=["Radiology"], languages=["English", "Hindi"], publications=3,
    usce_entries=[E("research", "Radiology", "CA", "2024-01", "2024-06"),
                  E("observership", "Radiology", "CA", "2024-07", "2024-07")]),
  dict(title="Arjun Vikram Singh",
       contacts=["New Delhi  ·  +91 98110 22334  ·  arjun.v.singh@gmail.com"],
       sections=[
        ("Education", ["MBBS, All India Institute of Medical Sciences (AIIMS), New Delhi, 2016-2022"]),
        ("Scores", ["USMLE Step 1 Pass | Step 2 CK 262 | ECFMG certified 2023"]),
        ("US Experience", ["Jan 2024 - Jun 2024  Research Scholar, Radiology, Stanford University, Palo Alto, CA",
                           "Jul 2024  Observer, Neuroradiology, UCSF Medical Center, San Francisco, CA"]),
        ("Publications", ["3 peer-reviewed (Radiology, AJR, Indian J Radiol Imaging); 2 RSNA posters"]),
        ("Interest", ["Diagnostic Radiology"]),
        ("Languages", ["English, Hindi"]),
       ]))

add(19, "scan_png_lowcontrast", "png", dict(
    full_name="Kristine Joy Villanueva", email="kjvillanueva.md@gmail.com", phone_e164="+639182345566",
    medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2021, is_student=False,
    usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
    specialties=["Internal Medicine", "Hematology/Oncology"], languages=["English", "Filipino"], publications=1,
    usce_entries=[E("observership", "Hematology/Oncology", "CA", "2024-08", "2024-09")]),
  dict(title="Kristine Joy Villanueva, MD",
       contacts=["Quezon City | +63 918 234 5566 | kjvillanueva.md@gmail.com | B1/B2 visa"],
       sections=[
        ("Education", ["Doctor of Medicine, University of the Philippines College of Medicine, Manila, 2017-2021"]),
        ("USMLE", ["Step 1: PASS  Step 2 CK: 240  ECFMG certified"]),
        ("US Clinical Experience", ["Aug-Sep 2024  Observership, Hematology/Oncology, City of Hope, Duarte, CA"]),
        ("Philippine Experience", ["2022-2025 Resident, Internal Medicine, Philippine General Hospital"]),
        ("Publication", ["Villanueva KJ, et al. Acta Med Philipp. 2023;57(4):12-18."]),
        ("Interests", ["Internal Medicine, Hematology-Oncology"]),
        ("Languages", ["English, Filipino"]),
       ]))

add(20, "scan_pdf_skewed", "pdf", dict(
    full_name="Omar Khaled Al-Masri", email="omar.k.almasri@gmail.com", phone_e164="+962795551234",
    medical_school="University of Jordan", medical_school_country="JO", graduation_year=2019, is_student=False,
    usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Anesthesiology"], languages=["Arabic", "English"], publications=2,
    usce_entries=[E("observership", "Anesthesiology", "PA", "2025-04", "2025-05")]),
  dict(title="Omar Khaled Al-Masri, MD",
       contacts=["Amman, Jordan  •  +962 79 555 1234  •  omar.k.almasri@gmail.com"],
       sections=[
        ("Education", ["Doctor of Medicine (MD), University of Jordan, Amman — 2013–2019"]),
        ("USMLE", ["Step 1: Pass   Step 2 CK: 249   ECFMG: Certified   Visa: J-1 needed"]),
        ("US Experience", ["04/2025 – 05/2025  Observership, Anesthesiology, UPMC Presbyterian, Pittsburgh, PA"]),
        ("Experience", ["2019–2020 Intern, Jordan University Hospital", "2020–2024 Resident, Anesthesia, King Hussein Medical Center"]),
        ("Publications", ["2 peer-reviewed articles (Saudi J Anaesth 2022; J Clin Anesth 2024)"]),
        ("Languages", ["Arabic, English"]),
       ]))

add(21, "scan_png_phone_photo", "png", dict(
    full_name="Andrei Ionuț Popescu", email="andrei.popescu.md@gmail.com", phone_e164="+40722123456",
    medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO", graduation_year=2020, is_student=False,
    usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status=None,
    specialties=["Emergency Medicine"], languages=["Romanian", "English", "French"], publications=1,
    usce_entries=[E("observership", "Emergency Medicine", "NY", "2025-05", "2025-05")]),
  dict(title="Andrei Ionuț Popescu",
       contacts=["București, România  ·  +40 722 123 456  ·  andrei.popescu.md@gmail.com"],
       sections=[
        ("Education", ["Doctor-Medic, Carol Davila University of Medicine and Pharmacy, Bucharest, 2014-2020"]),
        ("USMLE", ["Step 1 Pass, Step 2 CK 245, ECFMG certified"]),
        ("US Experience", ["Emergency Medicine Observership, Mount Sinai Hospital, New York, NY — 3 weeks, May 2025"]),
        ("Experience", ["2021-2025 Rezident, Medicină de Urgență, Spitalul Clinic de Urgență Floreasca"]),
        ("Publication", ["Popescu AI, et al. Rom J Emerg Med. 2023;12(2):44-50."]),
        ("Languages", ["Romanian, English, French"]),
       ]))

DAMAGED = [(22, "damaged_truncated_pdf", "pdf"), (23, "damaged_encrypted_pdf", "pdf"), (24, "damaged_random_docx", "docx")]
