# -*- coding: utf-8 -*-
"""Persons for writer w51: truth + CV content.  Section kinds:
  ("lines", [str...])  ("table", [header, row...])  ("entries", [(title, org, dates, [bullets])...])
"""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = []

def add(**kw):
    P.append(kw)

# ---------------------------------------------------------------- 001
add(num=1, layout="docx_table", fmt="docx",
    truth=dict(full_name="Muhammad Usman Farooq", email="usman.farooq.md@gmail.com", phone_e164="+923214587902",
               medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"],
               visa_status="j1", publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "OH", "2025-01", "2025-02"),
                             E("observership", "Cardiology", "NY", "2025-03", "2025-03"),
                             E("research", "Cardiology", "MD", "2025-04", "2026-12")]),
    title="Dr. Muhammad Usman Farooq, MBBS",
    contact=["House 14-B, Street 7, Johar Town, Lahore, Pakistan", "Cell/WhatsApp: +92 321 4587902",
             "usman.farooq.md@gmail.com"],
    sections=[
        ("Objective", "lines", ["Motivated ECFMG-certified graduate seeking a categorical Internal Medicine residency position, "
                                 "with a long-term goal of fellowship training in Cardiology."]),
        ("Education", "lines", ["MBBS — Allama Iqbal Medical College, Lahore (University of Health Sciences), 2017 – 2023",
                                 "F.Sc. Pre-Medical — Government College Lahore, 2015 – 2017"]),
        ("USMLE / Certification", "table", [["Exam", "Result", "Date"],
                                             ["USMLE Step 1", "Pass", "08/2023"],
                                             ["USMLE Step 2 CK", "248", "11/2024"],
                                             ["NBME CBSSA (practice)", "262", "10/2024"],
                                             ["ECFMG Certification", "Certified", "12/2024"]]),
        ("Clinical Experience", "table", [["Dates", "Position", "Institution", "Location"],
            ["Mar 2023 – Dec 2024", "House Officer, Medicine & Surgery", "Jinnah Hospital", "Lahore, Pakistan"],
            ["01/2025 – 02/2025", "Hands-on Clinical Rotation, Internal Medicine", "Cleveland Clinic", "Cleveland, OH"],
            ["03/2025", "Observership, Cardiology", "Mount Sinai Hospital", "New York, NY"],
            ["04/2025 – Present", "Research Fellow, Cardiology (Heart Failure outcomes)", "Johns Hopkins University School of Medicine", "Baltimore, MD"]]),
        ("Publications", "lines", ["1. Farooq MU, et al. Predictors of 30-day readmission in heart failure with reduced EF. J Card Fail. 2025;31(6):812-820.",
                                    "2. Farooq MU, Malik A. Dengue myocarditis in Lahore: a case series. Cureus. 2024;16(3):e55123.",
                                    "Poster: SGLT2 inhibitor uptake in an urban clinic. ACC Scientific Sessions 2025 (abstract).",
                                    "Manuscript in preparation: Frailty index and LVAD candidacy."]),
        ("Languages", "lines", ["English (fluent), Urdu (native), Punjabi (native)"]),
        ("Visa", "lines", ["Will require J-1 visa sponsorship (ECFMG)."]),
        ("References", "lines", ["Dr. Steven R. Hartley, MD — Staff Physician, Cleveland Clinic — hartles@ccf.org — +1 216 444 2200",
                                  "Prof. Dr. Asif Mahmood — Head of Medicine, Jinnah Hospital Lahore — asif.mahmood@aimc.edu.pk — +92 42 99231400"]),
    ])

# ---------------------------------------------------------------- 002
add(num=2, layout="reportlab_sidebar", fmt="pdf",
    truth=dict(full_name="Mariam Adel Abdelrahman", email="mariam.abdelrahman94@outlook.com", phone_e164="+201002345678",
               medical_school="Cairo University Faculty of Medicine", medical_school_country="EG", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Nephrology"], languages=["Arabic", "English", "French"],
               visa_status="b1b2", publications=1,
               usce_entries=[E("hands_on", "Internal Medicine", "MI", "2024-07", "2024-08"),
                             E("observership", "Nephrology", "TX", "2024-09", "2024-09"),
                             E("telehealth", "Psychiatry", "FL", "2024-10", "2024-10")]),
    title="Mariam Adel Abdelrahman, MBBCh",
    contact=["(+20) 100 234 5678", "mariam.abdelrahman94@outlook.com", "Nasr City, Cairo, Egypt", "Born 1998"],
    sidebar=["US Clinical Experience", "Languages", "Contact"],
    sections=[
        ("Contact", "lines", ["(+20) 100 234 5678", "mariam.abdelrahman94@outlook.com", "Nasr City, Cairo, Egypt", "DOB: 1998"]),
        ("US Clinical Experience", "lines", [
            "Sub-Internship, Internal Medicine",
            "Henry Ford Hospital, Detroit MI",
            "Jul – Aug 2024",
            "",
            "Observership, Nephrology",
            "UT Southwestern Medical Center, Dallas TX",
            "Sept 2024",
            "",
            "Virtual (telehealth) rotation, Psychiatry",
            "University of Florida Health, Gainesville FL",
            "Oct 2024",
            ]),
        ("Languages", "lines", ["Arabic — native", "English — C2", "French — B1"]),
        ("Profile", "lines", ["Internal Medicine applicant with a strong interest in Nephrology and glomerular disease. "
                               "Currently in the US on a B1/B2 visitor visa for clinical rotations."]),
        ("Education", "entries", [("MBBCh (Bachelor of Medicine and Surgery)", "Kasr Alainy — Cairo University Faculty of Medicine, Cairo, Egypt",
                                    "2016 – 2022", ["Graduated with Very Good with Honors"])]),
        ("Egyptian Clinical Training", "entries", [
            ("Intern (Rotating Internship)", "Kasr Alainy University Hospitals, Cairo", "03/2022 – 02/2023", ["Internal medicine, surgery, pediatrics, OB/GYN rotations"]),
            ("Resident, Internal Medicine", "Ain Shams University Hospitals, Cairo", "03/2023 – 06/2024", ["Dialysis unit and nephrology ward"])]),
        ("Examinations", "lines", ["USMLE Step 1: PASS (2023)", "USMLE Step 2 CK: 239 (2024)", "OET Medicine: Grade A/B", "ECFMG certified (2024)"]),
        ("Research", "lines", ["Abdelrahman MA, Fathy H. Outcomes of AKI in COVID-19 inpatients in Cairo. Egypt J Intern Med. 2023;35:44. (peer-reviewed)",
                                "Poster: Hyperkalemia management audit — Kasr Alainy Research Day 2023"]),
        ("Referees", "lines", ["Dr. Linda Okafor, MD, Henry Ford Hospital — lokafor1@hfhs.org",
                                "Dr. Rajiv Menon, UTSW Nephrology — rajiv.menon@utsouthwestern.edu, (214) 648-3111"]),
    ])

# ---------------------------------------------------------------- 003
add(num=3, layout="odt_mixed", fmt="odt",
    truth=dict(full_name="Priyanka Raghavan", email="priyanka.raghavan21@gmail.com", phone_e164="+919840123456",
               medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
               specialties=["Pediatrics"], languages=["English", "Tamil", "Hindi"], visa_status="green_card", publications=3,
               usce_entries=[E("observership", "Pediatrics", "PA", "2024-03", "2024-04"),
                             E("hands_on", "Pediatrics", "OH", "2024-06", "2024-07"),
                             E("hands_on", "Family Medicine", "TX", "2024-09", "2024-11")]),
    title="PRIYANKA RAGHAVAN",
    contact=["Mobile: +91 98401 23456", "Email: priyanka.raghavan21@gmail.com", "Chennai, Tamil Nadu, India / Edison, NJ"],
    sections=[
        ("Career Goal", "lines", ["Pediatrics residency (categorical)."]),
        ("Education", "lines", ["2015.08 – 2021.02  MBBS, Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University)",
                                 "2020.02 – 2021.02  Compulsory Rotating Residential Internship, Rajiv Gandhi Government General Hospital"]),
        ("Clinical Experience", "entries", [
            ("Junior Resident (non-academic), Pediatrics", "Institute of Child Health and Hospital for Children, Egmore, Chennai", "2021.04 – 2023.12", ["Managed 30-bed general pediatric ward; NICU cover at night"]),
            ("Observership, Department of Pediatrics", "Children's Hospital of Philadelphia, Philadelphia, PA", "2024.03 – 2024.04", ["Rounded with general pediatrics inpatient team"]),
            ("Observer, Paediatric Medicine", "The Hospital for Sick Children (SickKids), Toronto, ON, Canada", "2024.05", ["Two-week observership"]),
            ("Clinical Elective (hands-on), General Pediatrics", "Nationwide Children's Hospital, Columbus, Ohio", "2024.06 – 2024.07", ["Wrote notes and presented patients; supervised by attending"]),
            ("Externship, Family Medicine", "Bayou City Family Health Clinic, Houston, TX", "2024.09 – 2024.11", ["Hands-on outpatient externship: well-child visits, immunizations"]),
        ]),
        ("USMLE", "lines", ["Step 1 – Pass (first attempt)", "Step 2 CK – 255", "ECFMG Certified (2024)"]),
        ("Immigration status", "lines", ["US Permanent Resident (Green Card holder) — no visa sponsorship required"]),
        ("Publications", "lines", [
            "Raghavan P, et al. Neonatal sepsis in a tertiary care centre. Indian Pediatr. 2022;59:455-9.",
            "Raghavan P, Kumar S. Kawasaki disease presenting as fever of unknown origin. J Trop Pediatr. 2023;69(2):fmad012.",
            "Sundaram K, Raghavan P. Iron deficiency in toddlers: a cross-sectional study. Indian J Pediatr. 2023;90:1102-6.",
            "Posters (2): PAS 2024 Toronto; IAP Pedicon 2022."]),
        ("Languages", "lines", ["English, Tamil, Hindi"]),
        ("References", "lines", ["Dr. Meghan O'Connell, Nationwide Children's Hospital — meghan.oconnell@nationwidechildrens.org — +1 614 722 2000"]),
    ])

# ---------------------------------------------------------------- 004
add(num=4, layout="rtf_plain", fmt="rtf",
    truth=dict(full_name="Chukwuemeka Obinna Nwosu", email="emeka.nwosu@yahoo.com", phone_e164="+2348031234567",
               medical_school="University of Nigeria College of Medicine", medical_school_country="NG", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=221, ecfmg_status="certified",
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["English", "Igbo", "Yoruba"],
               visa_status="h1b", publications=4,
               usce_entries=[E("observership", "Internal Medicine", "MA", "2023-06", "2023-08"),
                             E("hands_on", "Gastroenterology", "GA", "2023-09", "2023-09"),
                             E("research", "Hematology/Oncology", "TX", "2024-01", "2024-12")]),
    title="CHUKWUEMEKA OBINNA NWOSU, MBBS",
    contact=["Enugu, Nigeria  |  0803 123 4567 (Nigeria)  |  emeka.nwosu@yahoo.com"],
    sections=[
        ("Summary", "lines", ["Internal Medicine applicant aiming for Hematology/Oncology. Requires H-1B visa sponsorship."]),
        ("Education", "lines", ["MBBS, University of Nigeria College of Medicine, Enugu Campus — 2013 to 2020"]),
        ("US Clinical Experience", "entries", [
            ("Observership – Internal Medicine", "Brigham and Women's Hospital", "June 2023 – August 2023", ["Inpatient general medicine service"]),
            ("Hands-on Elective – Gastroenterology", "Emory University Hospital", "September 2023", ["Endoscopy suite and GI consults"]),
            ("Research Fellowship – Hematology/Oncology", "The University of Texas MD Anderson Cancer Center", "January 2024 – December 2024", ["Retrospective cohort on CAR-T toxicities"]),
        ]),
        ("Nigerian Clinical Experience", "entries", [
            ("House Officer", "University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla", "2020 – 2021", []),
            ("Medical Officer (NYSC)", "General Hospital Ikeja, Lagos", "2021 – 2022", []),
        ]),
        ("Examinations", "lines", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 232", "USMLE Step 3: 221", "PLAB 1: Passed (2021)", "ECFMG: Certified"]),
        ("Publications (peer-reviewed)", "lines", ["1. Nwosu CO et al. Blood Adv. 2025;9(4):1010-18.", "2. Nwosu CO, Eze U. Niger J Clin Pract. 2022;25:300-5.",
                                                   "3. Okeke C, Nwosu CO. Pan Afr Med J. 2021;40:88.", "4. Nwosu CO et al. JCO Oncol Pract. 2025;21:e200-e207.",
                                                   "Abstracts: ASH Annual Meeting 2024 (2 abstracts)"]),
        ("Languages", "lines", ["English, Igbo, Yoruba"]),
        ("References", "lines", ["Dr. Elaine Whitaker, MD Anderson — ewhitaker@mdanderson.org — (713) 792-2121"]),
    ])

# ---------------------------------------------------------------- 005
add(num=5, layout="txt_plain", fmt="txt",
    truth=dict(full_name="Maria Camille Dela Cruz", email="mc.delacruz.md@gmail.com", phone_e164="+639171234567",
               medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Neurology"], languages=["English", "Filipino"], visa_status="b1b2", publications=1,
               usce_entries=[E("observership", "Neurology", "CA", "2026-02", "2026-04"),
                             E("research", "Neurology", "FL", "2026-08", "2026-12")]),
    title="MARIA CAMILLE DELA CRUZ, MD",
    contact=["Quezon City, Philippines  *  +63 917 123 4567  *  mc.delacruz.md@gmail.com"],
    sections=[
        ("OBJECTIVE", "lines", ["Applying to Neurology residency (Match 2027)."]),
        ("EDUCATION", "lines", ["Doctor of Medicine, University of Santo Tomas Faculty of Medicine and Surgery, Manila — 2018-2022",
                                 "Post-graduate internship, UST Hospital — 2022-2023", "BS Biology, University of the Philippines Diliman — 2014-2018"]),
        ("US CLINICAL EXPERIENCE", "lines", [
            "02/2026 - 04/2026   Clinical Observership, Neurology - Cedars-Sinai Medical Center, Los Angeles CA",
            "08/2026 - present   Research Volunteer, Department of Neurology - University of Miami Miller School of Medicine, Miami, FL",
            "UPCOMING (accepted): Sub-internship, Neurology - Barrow Neurological Institute, Phoenix AZ - Feb 2027"]),
        ("PHILIPPINE EXPERIENCE", "lines", ["2023-2025   Resident Physician (non-training), Neurology, St. Luke's Medical Center, Quezon City"]),
        ("EXAMS", "lines", ["USMLE Step 1: PASSED (2025)", "Step 2 CK: scheduled Jan 2027 (NBME practice 245)", "ECFMG certification: pending Step 2 CK",
                             "Philippine Physician Licensure Exam: passed 2023"]),
        ("VISA", "lines", ["Currently in the US on a B1/B2 visitor visa"]),
        ("PUBLICATION", "lines", ["Dela Cruz MC, Santos R. Stroke thrombolysis door-to-needle times. Acta Med Philipp. 2024;58(9):33-9."]),
        ("LANGUAGES", "lines", ["English, Filipino"]),
        ("REFERENCE", "lines", ["Dr. Alan K. Rosen, Cedars-Sinai Neurology - alan.rosen@cshs.org - 310-423-5000"]),
    ])

# ---------------------------------------------------------------- 006
add(num=6, layout="chromium_twocol", fmt="pdf",
    truth=dict(full_name="Seyed Amirhossein Hosseini", email="a.hosseini.md@gmail.com", phone_e164="+16175550142",
               medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=261, usmle_step3=240, ecfmg_status="certified",
               specialties=["Internal Medicine", "Cardiology"], languages=["Persian", "English", "Arabic"],
               visa_status="j1", publications=9,
               usce_entries=[E("research", "Cardiology", "MA", "2022-09", "2024-08"),
                             E("observership", "Cardiology", "MA", "2024-03", "2024-05"),
                             E("hands_on", "Internal Medicine", "NJ", "2024-10", "2024-12")]),
    title="Seyed Amirhossein Hosseini, MD",
    alt_name="سید امیرحسین حسینی",
    contact=["Boston, MA", "+1 (617) 555-0142", "a.hosseini.md@gmail.com", "J-1 Research Scholar"],
    sidebar=["Contact", "Exams", "Languages"],
    sections=[
        ("Contact", "lines", ["Boston, MA", "+1 (617) 555-0142", "a.hosseini.md@gmail.com"]),
        ("Exams", "lines", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 261", "USMLE Step 3 — 240", "ECFMG Certified 2023"]),
        ("Languages", "lines", ["Farsi (native)", "English (fluent)", "Arabic (reading)"]),
        ("Goal", "lines", ["Internal Medicine residency with a view to Cardiology (electrophysiology) fellowship."]),
        ("Education", "entries", [("Doctor of Medicine (MD)", "Tehran University of Medical Sciences, Tehran, Iran", "2012 – 2019", [])]),
        ("Experience in the United States", "entries", [
            ("Postdoctoral Research Fellow, Cardiovascular Research Center", "Massachusetts General Hospital, Boston, MA", "Sep 2022 – Aug 2024", ["Atrial fibrillation genomics; 6 first-author papers"]),
            ("Clinical Observer, Cardiology (overlapping with research)", "Massachusetts General Hospital, Boston, MA", "Mar 2024 – May 2024", ["Cardiac ICU and EP consults"]),
            ("Hands-on Externship, Internal Medicine", "Newark Beth Israel Medical Center, Newark, NJ", "Oct – Dec 2024", ["Admitted patients under supervision"]),
        ]),
        ("Experience in Iran", "entries", [
            ("General Practitioner (mandatory service)", "Imam Khomeini Hospital Complex, Tehran", "2019 – 2021", []),
            ("Research Assistant", "Tehran Heart Center", "2021 – 2022", []),
        ]),
        ("Publications", "lines", ["9 peer-reviewed papers (6 first author), e.g. Hosseini SA, et al. Circ Genom Precis Med. 2024;17:e004321.",
                                    "12 abstracts at AHA / ACC / HRS (not counted above)."]),
        ("Visa", "lines", ["Currently J-1 (research scholar); will require J-1 clinical sponsorship through ECFMG."]),
        ("References", "lines", ["Patrick T. Ellinor, MD, PhD — MGH — pellinor@mgh.harvard.edu",
                                  "Dr. Neha Kapoor — Newark Beth Israel — nkapoor@rwjbh.org — +1 973 926 7000"]),
    ])

# ---------------------------------------------------------------- 007
add(num=7, layout="fpdf_table", fmt="pdf",
    truth=dict(full_name="João Pedro Albuquerque Lima", email="jp.albuquerque.lima@gmail.com", phone_e164="+5531991234567",
               medical_school="Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2024,
               is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
               specialties=["Emergency Medicine"], languages=["Portuguese", "English", "Spanish"], visa_status="b1b2", publications=0,
               usce_entries=[E("hands_on", "Emergency Medicine", "TX", "2025-01", "2025-02"),
                             E("observership", "Emergency Medicine", "FL", "2025-03", "2025-03"),
                             E("telehealth", "Emergency Medicine", "AZ", "2025-04", "2025-05")]),
    title="João Pedro Albuquerque Lima",
    contact=["Belo Horizonte, MG, Brasil", "+55 (31) 99123-4567", "jp.albuquerque.lima@gmail.com"],
    sections=[
        ("Objective", "lines", ["Seeking an Emergency Medicine residency position."]),
        ("Education", "lines", ["Médico (MD equivalent) — Faculdade de Medicina, Universidade Federal de Minas Gerais (UFMG), 2018–2024"]),
        ("Rotations", "table", [["Institution", "City/State", "Dates", "Type / Specialty"],
            ["Hospital das Clínicas da UFMG", "Belo Horizonte, MG", "2023-01 to 2023-12", "Internato (clerkship)"],
            ["Santa Casa de São Paulo", "São Paulo, SP", "2024-02 to 2024-04", "Elective, Emergency"],
            ["University of Texas Medical Branch", "Galveston, TX", "Jan 2025 - Feb 2025", "Hands-on elective, EM"],
            ["Jackson Memorial Hospital", "Miami, FL", "Mar 2025", "Observership, EM"],
            ["Mayo Clinic Arizona (virtual)", "Phoenix, AZ", "Apr - May 2025", "Telehealth rotation, EM"]]),
        ("Exams", "lines", ["USMLE Step 1: Pass (2023)  |  USMLE Step 2 CK: 244 (2024)  |  ECFMG certified (2025)"]),
        ("Research", "lines", ["Posters: SAEM 2025 (ED boarding in Brazil); Congresso Brasileiro de Medicina de Emergência 2023. No peer-reviewed papers yet."]),
        ("Languages", "lines", ["Portuguese (native), English (fluent), Spanish (intermediate)"]),
        ("Visa", "lines", ["B1/B2"]),
        ("References", "lines", ["Dr. Carla Mendes Rocha — UFMG — carla.rocha@ufmg.br — +55 31 3409-9000",
                                  "Dr. Thomas Whitfield — UTMB Emergency Medicine — twhitfield@utmb.edu"]),
    ])

# ---------------------------------------------------------------- 008
add(num=8, layout="docx_twocol", fmt="docx",
    truth=dict(full_name="Olena Kovalenko", email="olena.kovalenko.md@gmail.com", phone_e164="+13475550187",
               medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
               specialties=["Psychiatry"], languages=["Ukrainian", "Russian", "English", "Polish"], visa_status="green_card",
               publications=2,
               usce_entries=[E("observership", "Psychiatry", "NY", "2023-10", "2023-12"),
                             E("research", "Psychiatry", "CT", "2024-01", "2024-09"),
                             E("hands_on", "Psychiatry", "NY", "2024-10", "2025-01")]),
    title="Olena Kovalenko / Олена Коваленко",
    contact=["olena.kovalenko.md@gmail.com", "+1 347 555 0187", "Brooklyn, NY 11235"],
    sidebar=["Languages", "Exams", "Status"],
    sections=[
        ("Languages", "lines", ["Ukrainian — native", "Russian — fluent", "English — fluent", "Polish — conversational"]),
        ("Exams", "lines", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 236", "ECFMG: certified 2023"]),
        ("Status", "lines", ["Lawful Permanent Resident (green card)"]),
        ("Objective", "lines", ["Applicant for Psychiatry residency; interest in early psychosis and consultation-liaison work."]),
        ("Education", "lines", ["2015.09 – 2021.06  Doctor of Medicine (Medical Doctor), Bogomolets National Medical University, Kyiv, Ukraine",
                                 "2021.08 – 2022.02  Internship (Psychiatry), Kyiv City Clinical Psychiatric Hospital No. 1"]),
        ("Clinical & Research Experience", "entries", [
            ("Observership, Psychiatry", "Zucker Hillside Hospital (Northwell Health), Glen Oaks, NY", "2023.10 – 2023.12", []),
            ("Research Assistant, Psychiatry (first-episode psychosis)", "Yale School of Medicine, New Haven, CT", "2024.01 – 2024.09", []),
            ("Clinical Externship, Psychiatry", "Maimonides Medical Center, Brooklyn, New York", "2024.10 – 2025.01", ["Hands-on: inpatient psychiatry and CL service"]),
        ]),
        ("Publications", "lines", ["Kovalenko O, et al. Schizophr Res. 2025;265:40-47.", "Kovalenko O, Shevchenko I. Psychiatr Danub. 2022;34(S8):112-6."]),
        ("Referees", "lines", ["Dr. Jonathan Weiss, Maimonides — jweiss@maimo.org — (718) 283-6000"]),
    ])

# ---------------------------------------------------------------- 009
add(num=9, layout="soffice_docx2pdf", fmt="pdf",
    truth=dict(full_name="Mohamed Elfatih Osman", email="m.elfatih.osman@hotmail.com", phone_e164="+966551234567",
               medical_school="University of Khartoum Faculty of Medicine", medical_school_country="SD", graduation_year=2018,
               is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Infectious Disease"], languages=["Arabic", "English"], visa_status="j1", publications=1,
               usce_entries=[E("observership", "Infectious Disease", "PA", "2024-06", "2024-08"),
                             E("hands_on", "Internal Medicine", "NY", "2024-11", "2025-01")]),
    title="Mohamed Elfatih Osman (MBBS)",
    contact=["Riyadh, Saudi Arabia • +966 55 123 4567 • m.elfatih.osman@hotmail.com"],
    sections=[
        ("Education", "lines", ["MBBS, University of Khartoum Faculty of Medicine, Sudan — graduated 2018"]),
        ("Clinical Experience", "entries", [
            ("House Officer", "Khartoum Teaching Hospital, Sudan", "2018 – 2019", []),
            ("Medical Officer, Internal Medicine", "King Fahad Medical City, Riyadh, KSA", "2020 – 2024", []),
            ("Observer, Infectious Diseases", "University of Pittsburgh Medical Center (UPMC), Pittsburgh, Pennsylvania", "Summer 2024 (June–August)", []),
            ("Hands-on clinical rotation, Internal Medicine", "Wyckoff Heights Medical Center, Brooklyn, NY", "Nov 2024 – Jan 2025", []),
        ]),
        ("Exams", "lines", ["USMLE Step 1: Pass; Step 2 CK: 228; ECFMG certified", "PLAB 1: passed (2020); Saudi Medical Licensing Exam: passed"]),
        ("Visa", "lines", ["J-1 visa sponsorship required"]),
        ("Publications", "lines", ["Osman ME, et al. Brucellosis in central Sudan. Sudan J Med Sci. 2019;14(2):60-5."]),
        ("Languages", "lines", ["Arabic, English"]),
        ("Interests", "lines", ["Internal Medicine, then Infectious Disease fellowship"]),
        ("References", "lines", ["Dr. Karen L. Moss, UPMC ID — mosskl@upmc.edu — +1 412 647 8762"]),
    ])

# ---------------------------------------------------------------- 010
add(num=10, layout="odt_table", fmt="odt",
    truth=dict(full_name="Daniela Fernanda Ramírez Ochoa", email="dani.ramirez.ochoa@gmail.com", phone_e164="+525512345678",
               medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=242, usmle_step3=None, ecfmg_status="certified",
               specialties=["Obstetrics and Gynecology"], languages=["Spanish", "English"], visa_status="b1b2", publications=1,
               usce_entries=[E("hands_on", "Obstetrics and Gynecology", "NM", "2025-01", "2025-02"),
                             E("observership", "Obstetrics and Gynecology", "TX", "2025-05", "2025-05"),
                             E("research", "Obstetrics and Gynecology", "CA", "2025-06", "2025-08")]),
    title="Daniela Fernanda Ramírez Ochoa",
    contact=["Ciudad de México, CDMX", "Tel. +52 55 1234 5678", "dani.ramirez.ochoa@gmail.com"],
    sections=[
        ("Formación", "lines", ["Médico Cirujano, Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM), 2017–2023",
                                 "Internado de pregrado: Hospital General de México (2021–2022); Servicio social: Oaxaca (2022–2023)"]),
        ("Objetivo / Goal", "lines", ["Residency in Obstetrics and Gynecology (OB/GYN)."]),
        ("US Clinical Rotations", "table", [["Type", "Specialty", "Hospital", "Dates"],
            ["Hands-on elective", "Obstetrics & Gynecology", "University of New Mexico Hospital, Albuquerque, NM", "Jan 2025 – Feb 2025"],
            ["Observership", "OB/GYN", "Baylor College of Medicine, Houston, TX", "May 2025"],
            ["Research elective", "Ob/Gyn (maternal-fetal medicine)", "UC San Diego Health, San Diego, CA", "Jun – Aug 2025"]]),
        ("Mexican clinical work", "table", [["Type", "Specialty", "Hospital", "Dates"],
            ["Médico general", "Urgencias / Ginecología", "Hospital Universitario, Monterrey, Nuevo León", "Sep 2023 – Dec 2024"]]),
        ("USMLE", "lines", ["Step 1 Pass • Step 2 CK 242 • ECFMG certified"]),
        ("Visa", "lines", ["B1/B2 visa holder"]),
        ("Publicaciones", "lines", ["Ramírez Ochoa DF, et al. Preeclampsia in adolescents. Ginecol Obstet Mex. 2024;92(3):101-9."]),
        ("Idiomas / Languages", "lines", ["Spanish (native), English (C1)"]),
        ("Referencias", "lines", ["Dr. Susan Delgado, UNM OB/GYN — sdelgado@salud.unm.edu — 505-272-2111"]),
    ])

# ---------------------------------------------------------------- 011
add(num=11, layout="rtf_sections", fmt="rtf",
    truth=dict(full_name="Rami Al-Khatib", email="rami.alkhatib@protonmail.com", phone_e164="+17345550163",
               medical_school="Damascus University Faculty of Medicine", medical_school_country="SY", graduation_year=2017,
               is_student=False, usmle_step1=245, usmle_step2ck=250, usmle_step3=230, ecfmg_status="certified",
               specialties=["Internal Medicine", "Gastroenterology"], languages=["Arabic", "English", "German"],
               visa_status="green_card", publications=6,
               usce_entries=[E("research", "Gastroenterology", "MI", "2021-03", "2023-02"),
                             E("hands_on", "Gastroenterology", "MI", "2023-04", "2023-06"),
                             E("observership", "Gastroenterology", "FL", "2023-07", "2023-07")]),
    title="Rami Al-Khatib, MD",
    contact=["Ann Arbor, Michigan", "Phone: (734) 555-0163", "E-mail: rami.alkhatib@protonmail.com"],
    sections=[
        ("Education", "lines", ["Doctor of Medicine, Damascus University Faculty of Medicine, Damascus, Syria, 2011–2017",
                                 "Internal Medicine Residency (3 of 4 years), Al-Mouwasat University Hospital, Damascus, 2017–2020"]),
        ("U.S. Experience", "entries", [
            ("Research Fellow — Division of Gastroenterology and Hepatology", "University of Michigan, Ann Arbor, MI", "2021-03 – 2023-02", []),
            ("Externship (hands-on), Gastroenterology", "Corewell Health William Beaumont University Hospital, Royal Oak, MI", "2023-04 – 2023-06", []),
            ("Observership, Gastroenterology", "Cleveland Clinic Florida, Weston, FL", "2023-07", []),
        ]),
        ("USMLE", "lines", ["Step 1: 245", "Step 2 CK: 250", "Step 3: 230", "ECFMG certified (2020)"]),
        ("Immigration", "lines", ["U.S. permanent resident"]),
        ("Publications", "lines", ["Six peer-reviewed publications (Gastroenterology, Am J Gastroenterol, Clin Gastroenterol Hepatol x2, Dig Dis Sci, J Crohns Colitis); 4 DDW abstracts."]),
        ("Languages", "lines", ["Arabic, English, German (B2)"]),
        ("Career Interest", "lines", ["Internal Medicine residency followed by Gastroenterology fellowship."]),
        ("References", "lines", ["Dr. Akbar Waljee, University of Michigan — awaljee@med.umich.edu"]),
    ])

# ---------------------------------------------------------------- 012
add(num=12, layout="fpdf_plain", fmt="pdf",
    truth=dict(full_name="Bibek Adhikari", email="bibek.adhikari.ku@gmail.com", phone_e164="+9779841234567",
               medical_school="Kathmandu University School of Medical Sciences", medical_school_country="NP", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Family Medicine", "Internal Medicine"], languages=["Nepali", "Hindi", "English"], visa_status="b1b2",
               publications=0,
               usce_entries=[E("hands_on", "Family Medicine", "KS", "2026-06", "2026-07"),
                             E("observership", "Family Medicine", "MN", "2026-09", "2026-09")]),
    title="Bibek Adhikari",
    contact=["Final-year medical student | Dhulikhel, Nepal | +977 9841234567 | bibek.adhikari.ku@gmail.com"],
    sections=[
        ("Education", "lines", ["MBBS (expected Jul 2027), Kathmandu University School of Medical Sciences, Dhulikhel Hospital, Nepal"]),
        ("US Clinical Electives", "lines", [
            "Jun 2026 - Jul 2026: Sub-internship (hands-on clerkship), Family Medicine, University of Kansas Medical Center, Kansas City, KS",
            "Sep 2026: Observership, Family Medicine, Mayo Clinic, Rochester, MN",
            "Planned: Jan 2027 - Feb 2027 Sub-I, Internal Medicine, Rush University Medical Center, Chicago, IL (confirmed, not yet started)"]),
        ("Exams", "lines", ["USMLE Step 1: Pass (2026)", "Step 2 CK: planned 2027", "ECFMG certification pending (graduation required)"]),
        ("Interests", "lines", ["Family Medicine, Internal Medicine"]),
        ("Languages", "lines", ["Nepali, Hindi, English"]),
        ("Visa", "lines", ["Electives done on B1/B2 visa"]),
        ("Referee", "lines", ["Dr. Rebecca Lindqvist, KUMC Family Medicine - rlindqvist@kumc.edu - +1 913 588 1227"]),
    ])

# ---------------------------------------------------------------- 013
add(num=13, layout="chromium_cards", fmt="pdf",
    truth=dict(full_name="Ji-woo Park", email="jiwoo.park.rad@gmail.com", phone_e164="+16505550119",
               medical_school="Yonsei University College of Medicine", medical_school_country="KR", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified",
               specialties=["Radiology"], languages=["Korean", "English", "Japanese"], visa_status="j1", publications=12,
               usce_entries=[E("research", "Radiology", "CA", "2023-03", "2026-12"),
                             E("observership", "Radiology", "CA", "2024-06", "2024-07"),
                             E("observership", "Radiology", "CA", "2025-09", "2025-09")]),
    title="Ji-woo Park, MD",
    alt_name="(Park Jiwoo)",
    contact=["Palo Alto, CA", "+1 650-555-0119", "jiwoo.park.rad@gmail.com"],
    sections=[
        ("Objective", "lines", ["Diagnostic Radiology residency applicant."]),
        ("Education", "entries", [("MD", "Yonsei University College of Medicine, Seoul, Korea", "2014 – 2020", []),
                                  ("Internship", "Severance Hospital, Seoul", "2020 – 2021", [])]),
        ("US Experience", "entries", [
            ("Research Fellow, Department of Radiology", "Stanford University School of Medicine, Palo Alto, CA", "Mar 2023 – present", ["AI for chest CT triage"]),
            ("Observership, Neuroradiology", "UCSF Medical Center, San Francisco, CA", "Jun 2024 – Jul 2024", []),
            ("Observership, Body Imaging", "Stanford Health Care, Stanford, CA", "Sep 2025", []),
        ]),
        ("Korean Experience", "entries", [("Military Public Health Doctor", "Gangwon-do Public Health Center", "2021 – 2023", [])]),
        ("Exams", "lines", ["USMLE Step 1: Pass • Step 2 CK: 258 • ECFMG certified"]),
        ("Visa", "lines", ["J-1 (research scholar); will need J-1 for residency"]),
        ("Publications", "lines", ["12 peer-reviewed articles (Radiology, AJR, Eur Radiol…); 8 RSNA abstracts; 1 manuscript under review"]),
        ("Languages", "lines", ["Korean (native), English (fluent), Japanese (JLPT N2)"]),
        ("Reference", "lines", ["Prof. David Larsen — dlarsen@stanford.edu — 650-723-0000"]),
    ])

# ---------------------------------------------------------------- 014
add(num=14, layout="docx_header", fmt="docx",
    truth=dict(full_name="Nusrat Jahan", email="nusrat.jahan.dmc@gmail.com", phone_e164="+8801712345678",
               medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Endocrinology"], languages=["Bengali", "English", "Hindi"], visa_status="j1",
               publications=2,
               usce_entries=[E("observership", "Internal Medicine", "NY", "2025-03", "2025-05"),
                             E("hands_on", "Internal Medicine", "NJ", "2025-06", "2025-08"),
                             E("telehealth", "Endocrinology", "AL", "2025-09", "2025-09")]),
    title="NUSRAT JAHAN",
    contact=["Dhanmondi, Dhaka-1209, Bangladesh | +880 1712-345678 | nusrat.jahan.dmc@gmail.com"],
    sections=[
        ("Education", "lines", ["MBBS, Dhaka Medical College (University of Dhaka), 2016–2022"]),
        ("US Clinical Experience", "lines", [
            "Observership — Internal Medicine — NewYork-Presbyterian Queens, Flushing, NY — March–May 2025",
            "Hands-on Externship — Internal Medicine — St. Joseph's University Medical Center, Paterson, NJ — June 2025 – August 2025",
            "Virtual rotation (telehealth) — Endocrinology — University of Alabama at Birmingham, AL — September 2025"]),
        ("Bangladesh", "lines", ["Intern Doctor, Dhaka Medical College Hospital, 2022–2023", "Medical Officer, BIRDEM General Hospital (Endocrinology), 2023–2024"]),
        ("Exams", "lines", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 247", "ECFMG Certified", "Step 3 — not yet taken"]),
        ("Visa", "lines", ["Needs J-1 visa"]),
        ("Publications", "lines", ["Jahan N, et al. Bangladesh Med Res Counc Bull. 2023;49:20-6.", "Jahan N, Rahman M. Diabetes Metab Syndr. 2024;18:102912."]),
        ("Languages", "lines", ["Bengali (Bangla), English, Hindi"]),
        ("Specialty interest", "lines", ["Internal Medicine; Endocrinology fellowship"]),
        ("References", "lines", ["Dr. Michael Ferrante, St. Joseph's — ferrantem@sjhmc.org — +1 973 754 2000"]),
    ])

# ---------------------------------------------------------------- 015
add(num=15, layout="reportlab_table", fmt="pdf",
    truth=dict(full_name="Hana Tesfaye Bekele", email="hana.tesfaye@aau.edu.et", phone_e164="+251911234567",
               medical_school="Addis Ababa University School of Medicine", medical_school_country="ET", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
               specialties=["General Surgery"], languages=["Amharic", "Oromo", "English"], visa_status="j1", publications=3,
               usce_entries=[E("observership", "General Surgery", "TN", "2024-04", "2024-06"),
                             E("research", "General Surgery", "WI", "2024-07", "2025-06"),
                             E("hands_on", "General Surgery", "GA", "2025-08", "2025-09")]),
    title="Hana Tesfaye Bekele, MD",
    contact=["Addis Ababa, Ethiopia", "+251 91 123 4567", "hana.tesfaye@aau.edu.et"],
    sections=[
        ("Career Objective", "lines", ["Categorical General Surgery residency."]),
        ("Education", "lines", ["Doctor of Medicine (MD), Addis Ababa University School of Medicine (Tikur Anbessa), 2013–2019"]),
        ("Clinical and Research Experience", "table", [["From", "To", "Role", "Institution / Location"],
            ["09/2019", "08/2021", "General Practitioner", "Tikur Anbessa Specialized Hospital, Addis Ababa"],
            ["09/2021", "03/2024", "Surgical Resident (R1–R3)", "Addis Ababa University, Ethiopia"],
            ["04/2024", "06/2024", "Surgical Observership, General Surgery", "Vanderbilt University Medical Center, Nashville, Tennessee"],
            ["07/2024", "06/2025", "Research Fellow, Global Surgery", "University of Wisconsin–Madison, Madison, WI"],
            ["08/2025", "09/2025", "Sub-internship, General Surgery", "Morehouse School of Medicine, Atlanta, GA"]]),
        ("Examinations", "lines", ["USMLE Step 1: Pass | Step 2 CK: 240 | ECFMG: Certified"]),
        ("Visa", "lines", ["J-1 visa required"]),
        ("Publications", "lines", ["3 peer-reviewed (World J Surg 2025; Ethiop Med J 2022; BMJ Glob Health 2025); 2 posters (ACS Clinical Congress 2024)"]),
        ("Languages", "lines", ["Amharic, Afaan Oromo, English"]),
        ("Referees", "lines", ["Dr. Kathryn Mills, UW Surgery — millsk@surgery.wisc.edu — +1 608 263 1000"]),
    ])

# ---------------------------------------------------------------- 016
add(num=16, layout="txt_dense", fmt="txt",
    truth=dict(full_name="Emre Yıldırım", email="emre.yildirim@hacettepe.edu.tr", phone_e164="+905321234567",
               medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
               specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["Turkish", "English", "German"],
               visa_status=None, publications=2,
               usce_entries=[E("observership", "Anesthesiology", "OH", "2023-09", "2023-11"),
                             E("hands_on", "Anesthesiology", "NY", "2024-01", "2024-02"),
                             E("research", "Pulmonology/Critical Care", "NC", "2024-03", "2024-06")]),
    title="Emre Yıldırım",
    contact=["Ankara / Türkiye -- tel 0532 123 45 67 -- emre.yildirim@hacettepe.edu.tr"],
    sections=[
        ("Clinical Experience", "lines", [
            "* Intern physician, Hacettepe University Hospitals, Ankara -- 09/21 to 06/22",
            "* Observer, Dept. of Anesthesiology & Perioperative Medicine, Cleveland Clinic (Ohio) -- 09/23 to 11/23",
            "* Hands-on elective: Anesthesiology, The Brookdale Hospital Medical Center, Brooklyn NY -- 2024-01 -> 2024-02",
            "* Research: Pulmonary/Critical Care, Duke University Medical Center, Durham NC -- Mar 2024 - Jun 2024",
            "* Practitioner (compulsory service), Anesthesia & ICU, Van Regional Training and Research Hospital -- 07/22 to 08/23"]),
        ("Education", "lines", ["MD, Hacettepe University Faculty of Medicine (English program), 2016-2022"]),
        ("Exams", "lines", ["USMLE Step 1 pass / Step 2 CK 238 / ECFMG certified 2024 / TUS (Turkish residency exam) 68.4"]),
        ("Goals", "lines", ["Anesthesiology residency; later Critical Care fellowship."]),
        ("Pubs", "lines", ["2 peer-reviewed: Turk J Anaesthesiol Reanim 2023; J Crit Care 2025.  Abstract: ASA 2024."]),
        ("Languages", "lines", ["Turkish, English, German"]),
        ("Referees", "lines", ["Dr. Paul Granger, Duke PCCM, paul.granger@duke.edu, +1 919 684 8111"]),
    ])

# ================================================================= scans
add(num=17, layout="scan_png", fmt="png",
    truth=dict(full_name="Karthik Subramanian", email="karthik.subramanian.cmc@gmail.com", phone_e164="+919443012345",
               medical_school="Christian Medical College Vellore", medical_school_country="IN", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Nephrology"], languages=["Tamil", "English", "Hindi", "Malayalam"],
               visa_status="j1", publications=2,
               usce_entries=[E("observership", "Nephrology", "PA", "2023-08", "2023-10"),
                             E("hands_on", "Internal Medicine", "NY", "2023-11", "2023-12")]),
    title="KARTHIK SUBRAMANIAN, MBBS",
    contact=["Vellore, Tamil Nadu | +91 94430 12345 | karthik.subramanian.cmc@gmail.com"],
    sections=[
        ("Education", "lines", ["MBBS, Christian Medical College Vellore, 2014-2020"]),
        ("US Clinical Experience", "lines", ["Aug 2023 - Oct 2023  Observership, Nephrology, Hospital of the University of Pennsylvania, Philadelphia, PA",
                                              "Nov 2023 - Dec 2023  Hands-on rotation, Internal Medicine, Interfaith Medical Center, Brooklyn, NY"]),
        ("Indian Experience", "lines", ["2020-2023  Junior Resident, Nephrology, CMC Vellore"]),
        ("USMLE", "lines", ["Step 1: Pass   Step 2 CK: 252   ECFMG: Certified"]),
        ("Visa / Interest", "lines", ["J-1 sponsorship needed. Internal Medicine, Nephrology."]),
        ("Publications", "lines", ["2 peer-reviewed (Indian J Nephrol 2022; Kidney Int Rep 2024)"]),
        ("Languages", "lines", ["Tamil, English, Hindi, Malayalam"]),
    ])

add(num=18, layout="scan_pdf", fmt="scanpdf",
    truth=dict(full_name="Kwame Asante Boateng", email="kwame.boateng@gmail.com", phone_e164="+233244123456",
               medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Pediatrics", "Infectious Disease"], languages=["English", "Twi", "Ga"], visa_status="b1b2",
               publications=1,
               usce_entries=[E("observership", "Pediatrics", "TX", "2024-02", "2024-03"),
                             E("research", "Infectious Disease", "GA", "2024-04", "2024-09")]),
    title="Kwame Asante Boateng, MB ChB",
    contact=["Accra, Ghana  |  +233 24 412 3456  |  kwame.boateng@gmail.com"],
    sections=[
        ("Education", "lines", ["MB ChB, University of Ghana Medical School, Korle Bu, 2015-2021"]),
        ("Clinical Experience", "lines", ["2021-2022  House Officer, Korle Bu Teaching Hospital, Accra",
                                           "02/2024-03/2024  Observership, Pediatrics, Texas Children's Hospital, Houston, TX",
                                           "04/2024-09/2024  Research Fellow, Pediatric Infectious Diseases, Emory University, Atlanta, GA"]),
        ("Exams", "lines", ["USMLE Step 1: Pass; Step 2 CK: awaiting exam; ECFMG: pending"]),
        ("Interests", "lines", ["Pediatrics, Infectious Disease"]),
        ("Visa", "lines", ["B1/B2"]), ("Publications", "lines", ["1 peer-reviewed (Ghana Med J 2023)"]),
        ("Languages", "lines", ["English, Twi, Ga"]),
    ])

add(num=19, layout="scan_jpg", fmt="jpg",
    truth=dict(full_name="Nguyễn Thị Minh Anh", email="minhanh.nguyen.hmu@gmail.com", phone_e164="+84912345678",
               medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
               specialties=["Family Medicine", "Geriatrics"], languages=["Vietnamese", "English", "French"], visa_status="j1",
               publications=1,
               usce_entries=[E("hands_on", "Family Medicine", "WA", "2025-07", "2025-08"),
                             E("observership", "Geriatrics", "MD", "2025-09", "2025-09")]),
    title="Nguyễn Thị Minh Anh, MD",
    contact=["Hà Nội, Việt Nam · +84 912 345 678 · minhanh.nguyen.hmu@gmail.com"],
    sections=[
        ("Education", "lines", ["Doctor of Medicine (Bác sĩ Đa khoa), Hanoi Medical University, 2016-2022"]),
        ("US Clinical Experience", "lines", ["Jul-Aug 2025  Hands-on elective, Family Medicine, UW Medicine, Seattle, WA",
                                              "Sep 2025  Observership, Geriatric Medicine, Johns Hopkins Bayview, Baltimore, MD"]),
        ("Vietnam", "lines", ["2022-2025  Physician, Bach Mai Hospital, Hanoi"]),
        ("Exams", "lines", ["Step 1 Pass / Step 2 CK 236 / ECFMG certified"]),
        ("Other", "lines", ["Visa: J-1 needed. Interests: Family Medicine, Geriatrics. 1 publication (Vietnam Med J 2024)."]),
        ("Languages", "lines", ["Vietnamese, English, French"]),
    ])

add(num=20, layout="scan_pdf_rot", fmt="scanpdf",
    truth=dict(full_name="Karim Nasrallah", email="karim.nasrallah@aub.edu.lb", phone_e164="+9613123456",
               medical_school="American University of Beirut Faculty of Medicine", medical_school_country="LB", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Arabic", "English", "French"],
               visa_status="h1b", publications=5,
               usce_entries=[E("hands_on", "Pulmonology/Critical Care", "MA", "2022-07", "2022-08"),
                             E("observership", "Pulmonology/Critical Care", "IL", "2024-01", "2024-03")]),
    title="Karim Nasrallah, MD",
    contact=["Beirut, Lebanon  |  +961 3 123 456  |  karim.nasrallah@aub.edu.lb"],
    sections=[
        ("Education", "lines", ["MD, American University of Beirut Faculty of Medicine, 2019-2023"]),
        ("US Experience", "lines", ["07/2022-08/2022  Sub-internship, MICU (Pulmonary & Critical Care), Beth Israel Deaconess Medical Center, Boston, MA",
                                     "01/2024-03/2024  Observership, Pulmonary & Critical Care, University of Chicago Medicine, Chicago, IL"]),
        ("Exams", "lines", ["USMLE Step 1: Pass  Step 2 CK: 262  ECFMG certified"]),
        ("Visa", "lines", ["Seeking H-1B sponsorship"]), ("Interests", "lines", ["Internal Medicine -> Pulmonary/Critical Care"]),
        ("Publications", "lines", ["5 peer-reviewed articles"]), ("Languages", "lines", ["Arabic, English, French"]),
    ])

add(num=21, layout="scan_png_lowc", fmt="png",
    truth=dict(full_name="Fatima Zahra Malik", email="fatimazmalik@gmail.com", phone_e164="+923001234567",
               medical_school="Aga Khan University Medical College", medical_school_country="PK", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Rheumatology"], languages=["Urdu", "English", "Punjabi"], visa_status="j1",
               publications=3,
               usce_entries=[E("research", "Rheumatology", "NY", "2023-01", "2023-12"),
                             E("hands_on", "Internal Medicine", "NJ", "2024-02", "2024-03"),
                             E("telehealth", "Rheumatology", "TX", "2024-05", "2024-05")]),
    title="Fatima Zahra Malik",
    contact=["Karachi, Pakistan | 0300-1234567 | fatimazmalik@gmail.com"],
    sections=[
        ("Education", "lines", ["MBBS, Aga Khan University Medical College, Karachi, 2016-2021"]),
        ("US Clinical Experience", "lines", ["2023-01 to 2023-12  Research Fellow, Rheumatology, Hospital for Special Surgery, New York, NY",
                                              "2024-02 to 2024-03  Hands-on, Internal Medicine, Jersey City Medical Center, Jersey City, NJ",
                                              "2024-05  Telehealth rotation, Rheumatology, UT Health San Antonio, TX"]),
        ("Exams", "lines", ["Step 1 Pass, Step 2 CK 249, ECFMG Certified"]),
        ("Visa", "lines", ["J-1"]), ("Interests", "lines", ["Internal Medicine, Rheumatology"]),
        ("Publications", "lines", ["3 peer-reviewed"]), ("Languages", "lines", ["Urdu, English, Punjabi"]),
    ])


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)
