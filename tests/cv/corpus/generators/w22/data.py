# -*- coding: utf-8 -*-
"""CV content + truth for writer w22. Each CV: truth dict + content used by renderers.
Items in sections: str (plain line) or dict(h=heading, d=dates, sub=[lines])."""

def T(**kw):
    base = dict(full_name=None, email=None, phone_e164=None, medical_school=None, medical_school_country=None,
                graduation_year=None, is_student=False, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
                ecfmg_status=None, specialties=[], languages=[], visa_status=None, publications=0, usce_entries=[])
    base.update(kw)
    return base

def U(t, s, st, a, b):
    return {"type": t, "specialty": s, "state": st, "start": a, "end": b}

CVS = []

# ---------------------------------------------------------------- 001 Nigeria, ERAS chronological docx->pdf
CVS.append(dict(
    n="001", layout="eras_docx_pdf", ext="pdf", render="docx_eras_pdf",
    display_name="Dr. Chukwuemeka Obinna Eze, MBBS",
    contact_lines=["14 Ogui Road, Enugu, Enugu State, Nigeria", "Mobile/WhatsApp: +234 803 512 7740",
                   "E-mail: chukwuemeka.eze.md@gmail.com"],
    sections=[
        ("PERSONAL DETAILS", ["Date of birth: 17 August 1994", "Nationality: Nigerian",
                              "Visa: will require J-1 (ECFMG sponsorship) for residency"]),
        ("EDUCATION", [
            dict(h="Bachelor of Medicine, Bachelor of Surgery (MBBS)", d="Oct 2013 – Nov 2020",
                 sub=["University of Nigeria, College of Medicine, Enugu Campus, Enugu, Nigeria",
                      "Distinction in Pharmacology; Class rep, 2016/2017 session"]),
            dict(h="West African Senior School Certificate Examination", d="2012",
                 sub=["Federal Government College, Enugu"])]),
        ("USMLE / ECFMG", ["USMLE Step 1: PASS (first attempt, 06/2022)",
                           "USMLE Step 2 CK: 248 (first attempt, 01/2023)",
                           "NBME CCSSA practice: 256 (not an official score)",
                           "ECFMG Certified – March 2023 (OET Medicine completed)"]),
        ("U.S. CLINICAL EXPERIENCE", [
            dict(h="Hands-on Externship – Family Medicine", d="Jan 2025 – Mar 2025",
                 sub=["Piedmont Family Practice, Atlanta, GA",
                      "Admitted and followed outpatients under Dr. R. Whitfield; wrote SOAP notes in Epic"]),
            dict(h="Clinical Observership – Internal Medicine", d="Sep 2024 – Oct 2024",
                 sub=["Cleveland Clinic, Department of Hospital Medicine, Cleveland, OH"])]),
        ("CLINICAL EXPERIENCE (NIGERIA)", [
            dict(h="Medical Officer, Department of Internal Medicine", d="Feb 2022 – present",
                 sub=["Enugu State University Teaching Hospital, Parklane, Enugu"]),
            dict(h="House Officer (Internship)", d="Jan 2021 – Dec 2021",
                 sub=["University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla",
                      "Rotations: Internal Medicine, Surgery, Paediatrics, O&G"]),
            dict(h="NYSC Medical Officer", d="2022", sub=["Primary Health Centre, Nsukka"])]),
        ("PUBLICATIONS", [
            "1. Eze CO, Okafor UH, Anigbo CS. Prevalence of chronic kidney disease among hypertensive adults in Enugu. Niger J Clin Pract. 2022;25(9):1441-1447. (peer-reviewed)",
            "2. Onodugo OD, Eze CO, et al. Glycaemic control among type 2 diabetics in a Nigerian tertiary hospital. Pan Afr Med J. 2023;44:112. (peer-reviewed)"]),
        ("POSTERS", ["Eze CO. Sickle cell crisis readmissions – a quality improvement audit. Poster, Nigerian Medical Association AGM, Abuja, Nov 2023."]),
        ("CAREER INTEREST", ["Internal Medicine residency"]),
        ("LANGUAGES", ["English (native/official), Igbo (native), Yoruba (conversational)"]),
        ("REFERENCES", ["Dr. Rachel Whitfield, MD – Piedmont Family Practice, Atlanta, GA – rwhitfield@piedmontfp.org – +1 404 352 8810",
                        "Prof. Uchenna H. Okafor – UNTH Enugu – uh.okafor@unn.edu.ng – +234 802 331 0945"]),
    ],
    truth=T(full_name="Chukwuemeka Obinna Eze", email="chukwuemeka.eze.md@gmail.com", phone_e164="+2348035127740",
            medical_school="University of Nigeria College of Medicine", medical_school_country="NG", graduation_year=2020,
            usmle_step1="pass", usmle_step2ck=248, ecfmg_status="certified", specialties=["Internal Medicine"],
            languages=["English", "Igbo", "Yoruba"], visa_status="j1", publications=2,
            usce_entries=[U("hands_on", "Family Medicine", "GA", "2025-01", "2025-03"),
                          U("observership", "Internal Medicine", "OH", "2024-09", "2024-10")]),
))

# ---------------------------------------------------------------- 002 SGU student, core clerkship list, docx
CVS.append(dict(
    n="002", layout="caribbean_clerkships_docx", ext="docx", render="docx_plain",
    display_name="Megan Elizabeth Kowalczyk",
    contact_lines=["megan.kowalczyk@sgu.edu  |  (347) 829-4416  |  Brooklyn, NY 11215",
                   "U.S. Citizen"],
    sections=[
        ("EDUCATION", [
            dict(h="St. George's University School of Medicine, Grenada, West Indies", d="Aug 2022 – Present",
                 sub=["Doctor of Medicine (MD) candidate, expected May 2027", "Basic Sciences completed in Grenada, Aug 2022 – Dec 2023"]),
            dict(h="Fordham University, Bronx, NY", d="2016 – 2020", sub=["B.S. Biological Sciences, cum laude"])]),
        ("EXAMINATIONS", ["USMLE Step 1 – Pass (May 2024)", "USMLE Step 2 CK – scheduled March 2026",
                          "NBME Comprehensive Basic Science Self-Assessment – 232 (practice)"]),
        ("CORE CLINICAL CLERKSHIPS", [
            "Internal Medicine – Core Clerkship, 12 weeks, Brooklyn Hospital Center, Brooklyn, NY, Jan 2025 – Mar 2025",
            "General Surgery – Core Clerkship, 12 weeks, St. Joseph's University Medical Center, Paterson, NJ, Apr 2025 – Jun 2025",
            "Pediatrics – Core Clerkship, 6 weeks, Richmond University Medical Center, Staten Island, NY, Jul 2025 – Aug 2025",
            "Psychiatry – Core Clerkship, 6 weeks, Kingsbrook Jewish Medical Center, Brooklyn, NY, Sep 2025 – Oct 2025",
            "Obstetrics & Gynecology – Core Clerkship, 6 weeks, Brooklyn Hospital Center, Brooklyn, NY, Nov 2025 – Dec 2025",
            "Family Medicine – Core Clerkship, 6 weeks, BronxCare Health System, Bronx, NY, Feb 2026 – Mar 2026"]),
        ("ELECTIVE ROTATIONS", [
            "Emergency Medicine – Elective, 4 weeks, Maimonides Medical Center, Brooklyn, NY, Apr 2026",
            "Emergency Medicine – Sub-Internship, 4 weeks, Jersey Shore University Medical Center, Neptune, NJ, Jul 2026"]),
        ("RESEARCH & PRESENTATIONS", [
            "Kowalczyk M, Haddad R. Door-to-needle times in a community ED. Poster, SGU Research Day, Grenada, Nov 2023.",
            "Manuscript in preparation: Opioid prescribing after minor trauma (target: West J Emerg Med)."]),
        ("VOLUNTEER / LEADERSHIP", ["EMT-B, Park Slope Volunteer Ambulance Corps, 2019 – 2022",
                                    "SGU Emergency Medicine Interest Group – Treasurer, 2023"]),
        ("SPECIALTY INTEREST", ["Applying to Emergency Medicine, Match 2027"]),
        ("LANGUAGES", ["English (native), Polish (conversational)"]),
    ],
    truth=T(full_name="Megan Elizabeth Kowalczyk", email="megan.kowalczyk@sgu.edu", phone_e164="+13478294416",
            medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027,
            is_student=True, usmle_step1="pass", visa_status="citizen", specialties=["Emergency Medicine"],
            languages=["English", "Polish"], publications=0,
            usce_entries=[U("hands_on", "Internal Medicine", "NY", "2025-01", "2025-03"),
                          U("hands_on", "General Surgery", "NJ", "2025-04", "2025-06"),
                          U("hands_on", "Pediatrics", "NY", "2025-07", "2025-08"),
                          U("hands_on", "Psychiatry", "NY", "2025-09", "2025-10"),
                          U("hands_on", "Obstetrics and Gynecology", "NY", "2025-11", "2025-12"),
                          U("hands_on", "Family Medicine", "NY", "2026-02", "2026-03"),
                          U("hands_on", "Emergency Medicine", "NY", "2026-04", "2026-04"),
                          U("hands_on", "Emergency Medicine", "NJ", "2026-07", "2026-07")]),
))

# ---------------------------------------------------------------- 003 Philippines, LinkedIn-like chromium
CVS.append(dict(
    n="003", layout="linkedin_chromium", ext="pdf", render="html_linkedin",
    display_name="Maria Kristina Dela Cruz Santos, MD",
    headline="Clinical Research Coordinator at Johns Hopkins Medicine | Aspiring Infectious Disease Physician | USMLE Step 1 & 2 CK passed",
    location="Baltimore, Maryland, United States",
    contact=dict(email="mk.delacruzsantos@yahoo.com", phone="+63 917 845 2306 (Mobile)",
                 linkedin="www.linkedin.com/in/mkdcsantos-md"),
    top_skills=["Clinical Research", "Good Clinical Practice (GCP)", "REDCap"],
    languages_side=["English (Full Professional)", "Filipino (Native or Bilingual)", "Cebuano (Limited Working)"],
    certs=["ECFMG Certification", "CITI Program – Human Subjects Research", "BLS/ACLS – American Heart Association"],
    summary="Physician from Manila with 3 years of internal medicine practice. Now coordinating HIV and TB clinical trials in Baltimore. "
            "USMLE Step 1 (Pass), Step 2 CK 246. ECFMG certified, currently in the US on an H-1B (research staff). "
            "Seeking Internal Medicine residency with a path to Infectious Disease fellowship.",
    experience=[
        ("Johns Hopkins Medicine", "Clinical Research Coordinator – Division of Infectious Diseases",
         "June 2023 - Present (3 years 7 months)", "Baltimore, Maryland, United States",
         "Coordinate enrollment in HIV pre-exposure prophylaxis and latent TB trials; consent, REDCap data entry, AE reporting."),
        ("Philippine General Hospital", "Resident Physician, Department of Medicine (non-training)",
         "July 2020 - May 2023 (2 years 11 months)", "Manila, National Capital Region, Philippines",
         "Ward and COVID-19 ICU coverage during the pandemic."),
        ("St. Luke's Medical Center", "Post-graduate Intern", "August 2019 - June 2020 (11 months)",
         "Quezon City, Philippines", ""),
    ],
    education=[
        ("University of Santo Tomas", "Doctor of Medicine - MD, Medicine · (2015 - 2019)"),
        ("University of Santo Tomas", "Bachelor of Science - BS, Medical Technology · (2011 - 2015)"),
    ],
    truth=T(full_name="Maria Kristina Dela Cruz Santos", email="mk.delacruzsantos@yahoo.com", phone_e164="+639178452306",
            medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH",
            graduation_year=2019, usmle_step1="pass", usmle_step2ck=246, ecfmg_status="certified", visa_status="h1b",
            specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Filipino", "Cebuano"],
            publications=0, usce_entries=[U("research", "Infectious Disease", "MD", "2023-06", "2026-12")]),
))

# ---------------------------------------------------------------- 004 Ukraine, long academic, reportlab
pubs004 = [
    "Kovalenko O, Nguyen T, Singh A, et al. Left atrial strain predicts atrial fibrillation recurrence after pulmonary vein isolation. J Am Heart Assoc. 2024;13(4):e031122.",
    "Kovalenko O, Marchetti D, Reyes P. Sex differences in outcomes of transcatheter edge-to-edge repair: a registry analysis. Catheter Cardiovasc Interv. 2023;102(6):1034-1042.",
    "Singh A, Kovalenko O, Bhatt K, et al. Right ventricular–pulmonary arterial coupling in HFpEF. ESC Heart Fail. 2023;10(2):1187-1196.",
    "Kovalenko O, Shevchenko I. War-related stress and acute coronary syndrome admissions in Kyiv, 2022. Ukr Cardiol J. 2022;29(3):22-29.",
    "Bondarenko M, Kovalenko O, Tkachuk V. Troponin kinetics after electrical cardioversion. Kardiologiia Ukrainy. 2019;(5):41-46.",
    "Kovalenko O, Marchetti D. Cardiac amyloidosis in patients with carpal tunnel syndrome: a cross-sectional study. Am J Cardiol. 2024;215:58-64.",
]
CVS.append(dict(
    n="004", layout="academic_long_reportlab", ext="pdf", render="rl_academic",
    display_name="Oleksandr Petrovych Kovalenko, MD, PhD",
    alt_name="Олександр Петрович Коваленко",
    contact_lines=["Heart and Vascular Institute, University of Pittsburgh Medical Center, 200 Lothrop St, Pittsburgh, PA 15213",
                   "Cell: +1 (412) 667-3021   ·   o.kovalenko.md@gmail.com   ·   ORCID 0000-0002-7781-4409"],
    sections=[
        ("Personal", ["Born 1992, Vinnytsia, Ukraine", "Current status: J-1 Research Scholar (Alien Physician category will be required for residency)"]),
        ("Education", [
            dict(h="PhD (Candidate of Medical Sciences), Cardiology", d="2017 – 2021", sub=["Bogomolets National Medical University, Kyiv, Ukraine",
                 "Dissertation: Biomarkers of myocardial injury after electrical cardioversion"]),
            dict(h="Medical Doctor (Specialist Degree, General Medicine)", d="2010 – 2016", sub=["Bogomolets National Medical University, Kyiv, Ukraine — diploma with honours"]),
            dict(h="Internship (Internatura), Internal Medicine", d="2016 – 2018", sub=["Kyiv City Clinical Hospital No. 1"])]),
        ("Licensure and Examinations", ["USMLE Step 1: Pass (2021)", "USMLE Step 2 CK: 255 (2022)", "USMLE Step 3: 231 (2024)",
                                        "ECFMG Certificate: issued 09/2022", "Licensed physician (Ukraine), Ministry of Health, 2018",
                                        "Krok 1 / Krok 2 national licensing examinations: passed"]),
        ("US Experience", [
            dict(h="Postdoctoral Research Fellow, Cardiac Imaging Lab", d="09/2022 – 08/2024",
                 sub=["University of Pittsburgh Medical Center, Pittsburgh, PA", "PI: Daniela Marchetti, MD, MPH"]),
            dict(h="Research Associate (part-time), Structural Heart Program", d="09/2024 – present",
                 sub=["UPMC Presbyterian, Pittsburgh, PA — registry analyses, TEER outcomes"]),
            dict(h="Clinical Observership, Cardiology", d="02/2025 – 03/2025",
                 sub=["Massachusetts General Hospital, Boston, MA — echo lab and CCU rounds"])]),
        ("Clinical Experience (Ukraine)", [
            dict(h="Cardiologist, Department of Interventional Cardiology", d="2018 – 2022",
                 sub=["Amosov National Institute of Cardiovascular Surgery, Kyiv", "~400 diagnostic catheterizations; on-call CCU"])]),
        ("Peer-Reviewed Publications", [f"{i+1}. {p}" for i, p in enumerate(pubs004)]),
        ("Manuscripts Submitted / Under Review", [
            "7. Kovalenko O, Reyes P, Marchetti D. Machine-learning echo phenotypes of HFpEF. Submitted to JACC Cardiovasc Imaging, 2025.",
            "8. Kovalenko O, et al. Outcomes of Ukrainian refugees with heart failure in Poland. Under review, Eur J Heart Fail."]),
        ("Abstracts and Posters", [
            "Kovalenko O, Singh A. LA reservoir strain and AF burden. Poster, American Heart Association Scientific Sessions, Philadelphia, PA, Nov 2023.",
            "Kovalenko O, Marchetti D. TEER in women. Moderated poster, TCT 2024, Washington, DC, Oct 2024.",
            "Kovalenko O. Amyloid red flags in carpal tunnel surgery. Poster, ACC.24, Atlanta, GA, Apr 2024. Abstract published in J Am Coll Cardiol. 2024;83(13 Suppl).",
            "Kovalenko O, Bondarenko M. Troponin after cardioversion. Poster, Ukrainian Congress of Cardiology, Kyiv, Sep 2019.",
            "Kovalenko O. Stress cardiomyopathy in wartime. E-poster, ESC Congress 2022 (virtual)."]),
        ("Oral Presentations", [
            "Strain imaging for the general cardiologist. Grand Rounds, UPMC Division of Cardiology, Pittsburgh, PA, March 2024.",
            "Acute coronary syndromes during the war in Ukraine. Invited talk, Pittsburgh Ukrainian Medical Association, 2023.",
            "Cardioversion and myocardial injury. PhD defense, Bogomolets NMU, 2021."]),
        ("Book Chapter (non-peer-reviewed)", ["Kovalenko O. Chapter 12: Atrial fibrillation. In: Tkachuk V, ed. Handbook of Cardiology for Interns. Kyiv: Medknyha; 2020."]),
        ("Teaching", ["Lecturer, Propaedeutics of Internal Medicine, Bogomolets NMU, 2018 – 2022",
                      "USMLE peer tutor, Ukrainian IMG network, 2023 – ongoing"]),
        ("Awards", ["Young Investigator Award finalist, Heart Failure Society of America, 2023",
                    "Presidential Scholarship, Bogomolets NMU, 2014 – 2016"]),
        ("Professional Memberships", ["American College of Cardiology (FIT member)", "Ukrainian Association of Cardiology",
                                      "American Society of Echocardiography"]),
        ("Career Goal", ["Internal Medicine residency followed by Cardiology fellowship (cardiac imaging)"]),
        ("Languages", ["Ukrainian – native; Russian – fluent; English – fluent (C2); Polish – intermediate (B1)"]),
        ("References", ["Daniela Marchetti, MD, MPH — Associate Professor of Medicine, UPMC — marchettid@upmc.edu — (412) 647-5090",
                        "Prabhjot Singh, MD — Massachusetts General Hospital — psingh22@mgh.harvard.edu",
                        "Prof. Ivan Shevchenko — Bogomolets National Medical University — i.shevchenko@nmu.ua — +380 44 234 4062"]),
    ],
    truth=T(full_name="Oleksandr Petrovych Kovalenko", email="o.kovalenko.md@gmail.com", phone_e164="+14126673021",
            medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2016,
            usmle_step1="pass", usmle_step2ck=255, usmle_step3=231, ecfmg_status="certified", visa_status="j1",
            specialties=["Internal Medicine", "Cardiology"], languages=["Ukrainian", "Russian", "English", "Polish"],
            publications=6,
            usce_entries=[U("research", "Cardiology", "PA", "2022-09", "2024-08"),
                          U("research", "Cardiology", "PA", "2024-09", "2026-12"),
                          U("observership", "Cardiology", "MA", "2025-02", "2025-03")]),
))

# ---------------------------------------------------------------- 005 Ghana, one page docx, contacts in header
CVS.append(dict(
    n="005", layout="onepage_docx_header", ext="docx", render="docx_header",
    display_name="AMA SERWAA BOATENG, MBChB",
    header_lines=["Ama Serwaa Boateng  •  amaserwaa.boateng@outlook.com  •  +233 24 481 6672  •  Kumasi, Ghana"],
    sections=[
        ("Profile", ["Ghanaian physician (MBChB, KNUST 2021) seeking a categorical Pediatrics position. Holds a valid US B1/B2 visitor visa."]),
        ("Education", ["MBChB — Kwame Nkrumah University of Science and Technology (KNUST), School of Medicine and Dentistry, Kumasi — 2015–2021"]),
        ("Exams", ["USMLE Step 1: Pass · USMLE Step 2 CK: 239 · OET: awaiting result · ECFMG certification pending"]),
        ("Clinical", [
            "Medical Officer, Paediatrics — Komfo Anokye Teaching Hospital, Kumasi — 2023 – current",
            "House Officer — Korle Bu Teaching Hospital, Accra — 2021 – 2023",
            "Observership, Pediatrics — Texas Children's Hospital, Houston, TX — 03/2024 – 04/2024"]),
        ("Other", ["Languages: English, Twi (Akan), French (basic)",
                   "Reference: Dr. Kwabena Owusu-Ansah, Head of Child Health, KATH — k.owusuansah@kathhsp.org — +233 32 202 2301"]),
    ],
    truth=T(full_name="Ama Serwaa Boateng", email="amaserwaa.boateng@outlook.com", phone_e164="+233244816672",
            medical_school="Kwame Nkrumah University of Science and Technology School of Medicine and Dentistry",
            medical_school_country="GH", graduation_year=2021, usmle_step1="pass", usmle_step2ck=239,
            ecfmg_status="pending", visa_status="b1b2", specialties=["Pediatrics"], languages=["English", "Twi", "French"],
            publications=0, usce_entries=[U("observership", "Pediatrics", "TX", "2024-03", "2024-04")]),
))

# ---------------------------------------------------------------- 006 Kenya, plain text email
CVS.append(dict(
    n="006", layout="plaintext_email", ext="txt", render="txt_email",
    truth=T(full_name="Brian Otieno Ochieng", email="b.otieno.ochieng@gmail.com", phone_e164="+254722318940",
            medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2018,
            usmle_step1="pass", usmle_step2ck=232, ecfmg_status="certified", visa_status=None,
            specialties=["Internal Medicine", "Nephrology"], languages=["English", "Swahili", "Luo"], publications=1,
            usce_entries=[U("observership", "Internal Medicine", "MI", "2024-06", "2024-08"),
                          U("telehealth", "Family Medicine", "FL", "2024-10", "2024-11")]),
    text="""From: Brian Otieno <b.otieno.ochieng@gmail.com>
To: Rotations Desk <apply@usce-rotations.com>
Subject: Application for IM hands-on rotation - CV pasted below
Date: Tue, 1 Dec 2026 09:14:22 +0300

Dear Sir/Madam,

Kindly find my CV below (I could not attach the PDF from my phone). I am looking for a hands-on
Internal Medicine rotation starting Feb/March 2027. Thank you.

Regards,
Dr. Brian Otieno Ochieng

-------------------------------------------------------------
BRIAN OTIENO OCHIENG, MBChB
Nairobi, Kenya | Tel +254 722 318 940 | b.otieno.ochieng@gmail.com
-------------------------------------------------------------

OBJECTIVE
  Internal Medicine residency (PGY-1), long-term interest in Nephrology.

EDUCATION
  MBChB, University of Nairobi, School of Medicine ........ 2012 - 2018
  KCSE, Alliance High School ............................... 2011

LICENSING
  - Kenya Medical Practitioners and Dentists Council, full registration 2019
  - USMLE Step 1: PASS
  - USMLE Step 2 CK: 232
  - ECFMG certified (2024)
  - UWorld self-assessment: 245 (practice only)

US CLINICAL EXPERIENCE
  * Observership, Internal Medicine - Henry Ford Hospital, Detroit, Michigan
    Summer 2024 (June - August 2024)
  * Telehealth rotation, Family Medicine - virtual clinic based in Orlando, FL
    Oct 2024 - Nov 2024 (remote, 8 weeks)

WORK EXPERIENCE (KENYA)
  Medical Officer, Renal Unit, Kenyatta National Hospital ...... 2020 - present
  Medical Officer Intern, Kisumu County Referral Hospital ....... 2018 - 2019

PUBLICATIONS
  1. Ochieng BO, Kayima JK, McLigeyo SO. Outcomes of acute kidney injury in a
     Kenyan referral hospital. East Afr Med J. 2021;98(4):3801-3809. [peer reviewed]
  Poster: Ochieng BO. Haemodialysis catheter infections. Kenya Renal Association
     Scientific Conference, Mombasa, 2022.

LANGUAGES
  English, Kiswahili, Dholuo

REFEREES
  Prof. Joshua K. Kayima, Dept of Clinical Medicine, University of Nairobi
     jkayima@uonbi.ac.ke, +254 733 612 804
  Dr. Aaron Feldman, Henry Ford Hospital, Detroit, MI - afeldma3@hfhs.org
"""))

# ---------------------------------------------------------------- 007 Ethiopia, ODT (odfpy)
CVS.append(dict(
    n="007", layout="eras_odt", ext="odt", render="odt",
    display_name="Hiwot Tesfaye Alemu (ሕይወት ተስፋዬ ዓለሙ)",
    contact_lines=["Bole Sub-city, Woreda 03, Addis Ababa, Ethiopia", "Phone: +251 911 62 47 85", "Email: hiwot.tesfaye.alemu@gmail.com"],
    sections=[
        ("Personal Information", ["Year of birth: 1995", "Citizenship: Ethiopian", "Visa: J-1 sponsorship needed"]),
        ("Education", [dict(h="Doctor of Medicine (MD)", d="2013 – 2019", sub=["Addis Ababa University, College of Health Sciences, School of Medicine (Tikur Anbessa)"])]),
        ("Examinations", ["USMLE Step 1 — Pass (2022.11)", "USMLE Step 2 CK — 244 (2023.06)", "ECFMG Certification — certified 2023.09"]),
        ("Clinical Experience in the United States", [
            dict(h="Observership, Department of Neurology", d="2025.03 – 2025.04", sub=["Mayo Clinic, Rochester, MN"])]),
        ("Clinical Experience in Ethiopia", [
            dict(h="General Practitioner, Neurology Referral Clinic", d="2020.01 – present", sub=["Tikur Anbessa Specialized Hospital, Addis Ababa"]),
            dict(h="Intern Physician", d="2018.09 – 2019.08", sub=["Tikur Anbessa Specialized Hospital"]),
            dict(h="Visiting medical officer", d="2022.07 – 2022.09", sub=["Toronto Western Hospital, Toronto, ON, Canada (stroke unit)"])]),
        ("Publications", ["Alemu HT, Zenebe G. Epilepsy treatment gap in rural Ethiopia. Ethiop Med J. 2021;59(2):101-108. (peer-reviewed)",
                          "Oral presentation: Stroke in young adults at TASH, Ethiopian Medical Association Annual Conference, 2022."]),
        ("Interests", ["Neurology (vascular neurology, epilepsy)"]),
        ("Languages", ["Amharic (native), Afaan Oromo (fluent), English (fluent)"]),
        ("References", ["Prof. Guta Zenebe, Department of Neurology, AAU — guta.zenebe@aau.edu.et",
                        "Dr. Laura K. Simmons, Mayo Clinic Neurology — simmons.laura@mayo.edu — +1 507 284 2511"]),
    ],
    truth=T(full_name="Hiwot Tesfaye Alemu", email="hiwot.tesfaye.alemu@gmail.com", phone_e164="+251911624785",
            medical_school="Addis Ababa University School of Medicine", medical_school_country="ET", graduation_year=2019,
            usmle_step1="pass", usmle_step2ck=244, ecfmg_status="certified", visa_status="j1", specialties=["Neurology"],
            languages=["Amharic", "Oromo", "English"], publications=1,
            usce_entries=[U("observership", "Neurology", "MN", "2025-03", "2025-04")]),
))

# ---------------------------------------------------------------- 008 Uganda, fpdf2 sidebar
CVS.append(dict(
    n="008", layout="sidebar_fpdf", ext="pdf", render="fpdf_sidebar",
    display_name="Patience Nakato Ssemwanga",
    title="Medical Doctor (MBChB)",
    sidebar=[("CONTACT", ["Plot 22, Kira Road", "Kampala, Uganda", "+256 772 904 318", "p.nakato.ssem@gmail.com"]),
             ("LANGUAGES", ["English", "Luganda", "Swahili"]),
             ("INTERESTS", ["Obstetrics & Gynecology", "Family Medicine", "Maternal health"]),
             ("SKILLS", ["Obstetric ultrasound", "Manual vacuum aspiration", "EPIC, Cerner"])],
    sections=[
        ("EDUCATION", [dict(h="Bachelor of Medicine and Bachelor of Surgery", d="2017 - 2022",
                            sub=["Makerere University College of Health Sciences, Kampala"])]),
        ("USMLE", ["Step 1: Passed (2024)", "Step 2 CK: scheduled 01/2027"]),
        ("US CLINICAL EXPERIENCE", [
            dict(h="Hands-on Externship, Obstetrics & Gynecology", d="03/2025 - 05/2025",
                 sub=["Mount Sinai Hospital, Chicago, IL", "Labor & delivery, prenatal clinic; supervised by Dr. A. Novak"]),
            dict(h="Observership, Family Medicine", d="04/2025 - 06/2025",
                 sub=["Access Community Health Network, Chicago, IL (Saturday clinics, overlapping)"])]),
        ("EXPERIENCE IN UGANDA", [
            dict(h="Medical Officer, Obstetrics", d="2023 - present", sub=["Kawempe National Referral Hospital"]),
            dict(h="Intern Doctor", d="2022 - 2023", sub=["Mulago National Referral Hospital"])]),
        ("RESEARCH", ["Abstract: Ssemwanga PN, et al. Postpartum haemorrhage bundle uptake. Uganda Medical Association conference, 2023 (abstract only)."]),
        ("REFEREES", ["Dr. Anna Novak, MD, Mount Sinai Hospital Chicago - anna.novak@sinai.org", "Dr. Moses Kato, Kawempe NRH - +256 414 531 220"]),
    ],
    truth=T(full_name="Patience Nakato Ssemwanga", email="p.nakato.ssem@gmail.com", phone_e164="+256772904318",
            medical_school="Makerere University College of Health Sciences", medical_school_country="UG", graduation_year=2022,
            usmle_step1="pass", specialties=["Obstetrics and Gynecology", "Family Medicine"],
            languages=["English", "Luganda", "Swahili"], publications=0,
            usce_entries=[U("hands_on", "Obstetrics and Gynecology", "IL", "2025-03", "2025-05"),
                          U("observership", "Family Medicine", "IL", "2025-04", "2025-06")]),
))

# ---------------------------------------------------------------- 009 Zimbabwe, RTF
CVS.append(dict(
    n="009", layout="rtf_uk_style", ext="rtf", render="rtf",
    display_name="Dr Tatenda Rufaro Moyo MBChB",
    contact_lines=["Flat 4, 27 Beaumont Road, Leicester LE5 3PD, United Kingdom",
                   "Mobile: +44 7823 445190   Email: tatenda.moyo@nhs.net"],
    sections=[
        ("PERSONAL STATEMENT", ["Psychiatrist in training with UK and Zimbabwean experience, applying for US Psychiatry residency. Will require H-1B visa sponsorship."]),
        ("QUALIFICATIONS", ["MBChB, University of Zimbabwe College of Health Sciences, Harare — December 2017",
                            "PLAB 1 (2019) and PLAB 2 (2020) — passed; full GMC registration (No. 7712045)",
                            "MRCPsych Paper A and B — passed (2023)",
                            "USMLE Step 1: Pass; Step 2 CK: 236 — ECFMG certified (2025)"]),
        ("EMPLOYMENT", [
            dict(h="Core Trainee (CT3) in Psychiatry", d="Aug 2021 – present", sub=["Leicestershire Partnership NHS Trust, Leicester, UK"]),
            dict(h="Trust Grade Doctor, General Adult Psychiatry", d="Sep 2020 – Jul 2021", sub=["Nottinghamshire Healthcare NHS Foundation Trust"]),
            dict(h="Senior House Officer, Psychiatry", d="Jan 2019 – Jun 2020", sub=["Ingutsheni Central Hospital, Bulawayo, Zimbabwe"]),
            dict(h="Government Medical Officer (Internship)", d="Jan 2018 – Dec 2018", sub=["Parirenyatwa Group of Hospitals, Harare"])]),
        ("AUDIT AND QI", ["Lithium monitoring re-audit, Leicester, 2022", "Clozapine initiation pathway QI project, 2023"]),
        ("TEACHING", ["Teaching fellow, University of Leicester medical students, 2022 – 2024"]),
        ("LANGUAGES", ["English, Shona (native), Ndebele"]),
        ("REFEREES", ["Dr Helen Carrick, Consultant Psychiatrist, LPT — helen.carrick@nhs.net — +44 116 225 6000",
                      "Dr Farai Mutasa, Ingutsheni Central Hospital — fmutasa@ich.co.zw"]),
    ],
    truth=T(full_name="Tatenda Rufaro Moyo", email="tatenda.moyo@nhs.net", phone_e164="+447823445190",
            medical_school="University of Zimbabwe College of Health Sciences", medical_school_country="ZW", graduation_year=2017,
            usmle_step1="pass", usmle_step2ck=236, ecfmg_status="certified", visa_status="h1b", specialties=["Psychiatry"],
            languages=["English", "Shona", "Ndebele"], publications=0, usce_entries=[]),
))

# ---------------------------------------------------------------- 010 Jamaica, docx contact table
CVS.append(dict(
    n="010", layout="docx_contact_table", ext="docx", render="docx_table",
    display_name="Shanice Marie Campbell-Brown, MBBS",
    table_rows=[("Address", "22 Hope Road, Kingston 10, Jamaica"), ("Phone", "+1 (876) 454-2290"),
                ("Email", "shanice.cbrown@gmail.com"), ("Status", "U.S. Permanent Resident (Green Card holder)")],
    sections=[
        ("EDUCATION", [dict(h="Bachelor of Medicine, Bachelor of Surgery (MBBS)", d="2015 – 2020",
                            sub=["The University of the West Indies, Mona Campus, Kingston, Jamaica — Honours in Surgery"])]),
        ("EXAMINATIONS", ["USMLE Step 1 ............ Pass", "USMLE Step 2 CK ......... 227", "ECFMG ................... Certified (2024)"]),
        ("U.S. CLINICAL EXPERIENCE", [
            dict(h="Sub-Internship (hands-on), Emergency Medicine", d="March–May 2025", sub=["Jackson Memorial Hospital, Miami, FL"]),
            dict(h="Observership, Emergency Medicine", d="Nov 2024", sub=["NYC Health + Hospitals/Kings County, Brooklyn, NY"])]),
        ("CLINICAL EXPERIENCE", [
            dict(h="Senior House Officer, Accident & Emergency", d="Jul 2021 – Oct 2024", sub=["Kingston Public Hospital, Kingston, Jamaica"]),
            dict(h="Intern", d="Jul 2020 – Jun 2021", sub=["University Hospital of the West Indies, Mona"])]),
        ("PUBLICATIONS", ["Campbell-Brown S, Williams-Johnson J. Road traffic injuries presenting to KPH. West Indian Med J. 2022;70(3):188-192."]),
        ("SPECIALTY", ["Emergency Medicine"]),
        ("LANGUAGES", ["English, Spanish (intermediate)"]),
        ("REFERENCES", ["Dr. Jean Williams-Johnson, UHWI — jean.wjohnson@uwimona.edu.jm — +1 876 927 1620"]),
    ],
    truth=T(full_name="Shanice Marie Campbell-Brown", email="shanice.cbrown@gmail.com", phone_e164="+18764542290",
            medical_school="The University of the West Indies, Mona", medical_school_country="JM", graduation_year=2020,
            usmle_step1="pass", usmle_step2ck=227, ecfmg_status="certified", visa_status="green_card",
            specialties=["Emergency Medicine"], languages=["English", "Spanish"], publications=1,
            usce_entries=[U("hands_on", "Emergency Medicine", "FL", "2025-03", "2025-05"),
                          U("observership", "Emergency Medicine", "NY", "2024-11", "2024-11")]),
))

# ---------------------------------------------------------------- 011 Trinidad, reportlab two-column dates
CVS.append(dict(
    n="011", layout="reportlab_right_dates", ext="pdf", render="rl_simple",
    display_name="Dev Anand Ramnarine, MBBS",
    contact_lines=["#14 Eastern Main Road, Tunapuna, Trinidad and Tobago, W.I.",
                   "+1 868 753 2214  ·  dev.ramnarine@live.com"],
    sections=[
        ("Education", [dict(h="MBBS (with Honours)", d="2014 – 2019", sub=["The University of the West Indies, St. Augustine — Faculty of Medical Sciences, Eric Williams Medical Sciences Complex"])]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 241", "Step 3: 220", "ECFMG: Certified"]),
        ("Visa", ["Currently holds B1/B2 visa"]),
        ("U.S. Experience", [
            dict(h="Research Volunteer, Gastroenterology", d="Jan 2023 – Dec 2023", sub=["Baylor College of Medicine, Houston, TX — IBD registry"]),
            dict(h="Observership, Internal Medicine", d="Feb 2024", sub=["Houston Methodist Hospital, Houston, TX"])]),
        ("Experience in Trinidad & Tobago", [
            dict(h="House Officer → Senior House Officer, Medicine", d="2019 – 2022", sub=["Port of Spain General Hospital"]),
            dict(h="Medical Officer, Gastroenterology Clinic", d="2024 – current", sub=["San Fernando General Hospital"])]),
        ("Publications", ["Ramnarine DA, Persad K, Jain S. Hepatitis C treatment outcomes in Trinidad. Caribb Med J. 2021;83(1). (peer-reviewed)",
                          "Ramnarine DA, et al. Vedolizumab persistence in a Texas IBD cohort. Inflamm Bowel Dis. 2024;30(5):712-719.",
                          "Jain S, Ramnarine DA. Fecal calprotectin in Caribbean patients. J Clin Gastroenterol. 2023;57(8):801-806.",
                          "Poster: Ramnarine DA. IBD in Indo-Trinidadians. Digestive Disease Week (DDW), Chicago, May 2023."]),
        ("Interests", ["Internal Medicine; Gastroenterology fellowship"]),
        ("Languages", ["English; Hindi (basic)"]),
        ("Reference", ["Dr. Sunil Jain, Baylor College of Medicine — sjain@bcm.edu — (713) 798-0950"]),
    ],
    truth=T(full_name="Dev Anand Ramnarine", email="dev.ramnarine@live.com", phone_e164="+18687532214",
            medical_school="The University of the West Indies, St. Augustine", medical_school_country="TT", graduation_year=2019,
            usmle_step1="pass", usmle_step2ck=241, usmle_step3=220, ecfmg_status="certified", visa_status="b1b2",
            specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Hindi"], publications=3,
            usce_entries=[U("research", "Gastroenterology", "TX", "2023-01", "2023-12"),
                          U("observership", "Internal Medicine", "TX", "2024-02", "2024-02")]),
))

# ---------------------------------------------------------------- 012 Philippines, Chromium HTML with footer contacts
CVS.append(dict(
    n="012", layout="html_footer_chromium", ext="pdf", render="html_footer",
    display_name="Jose Miguel Reyes Bautista, M.D.",
    footer="Jose Miguel R. Bautista · 0918 223 4471 (PH) · jmrbautista.md@gmail.com · Quezon City, Philippines",
    sections=[
        ("Summary", ["Family physician from the Philippines (UP-PGH), interested in Family Medicine and Geriatrics in the US."]),
        ("Medical Education", [dict(h="Doctor of Medicine", d="2017–2021", sub=["University of the Philippines College of Medicine, Manila"]),
                               dict(h="Post-graduate internship", d="2021–2022", sub=["Philippine General Hospital"]),
                               "Philippine Physician Licensure Examination – passed, September 2022"]),
        ("USMLE", ["Step 1 – Passed (2023)", "Step 2 CK – 229 (2024)", "ECFMG certification – pending (Pathway 6 / OET completed)"]),
        ("US Clinical Experience", [dict(h="Observership – Family Medicine", d="2024-03 – 2024-05", sub=["Kaiser Permanente, Los Angeles Medical Center, CA"])]),
        ("Work Experience", [dict(h="Rural Health Physician (Doctor to the Barrios)", d="2022-10 – present", sub=["Municipal Health Office, Pagudpud, Ilocos Norte"])]),
        ("Languages", ["English · Filipino · Ilocano"]),
        ("References", ["Dr. Teresita de la Paz, Dept. of Family & Community Medicine, UP-PGH – tdelapaz@up.edu.ph",
                        "Dr. Kevin Huang, Kaiser Permanente LAMC – kevin.x.huang@kp.org – +1 323 783 4011"]),
    ],
    truth=T(full_name="Jose Miguel Reyes Bautista", email="jmrbautista.md@gmail.com", phone_e164="+639182234471",
            medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2021,
            usmle_step1="pass", usmle_step2ck=229, ecfmg_status="pending", specialties=["Family Medicine", "Geriatrics"],
            languages=["English", "Filipino", "Ilocano"], publications=0,
            usce_entries=[U("observership", "Family Medicine", "CA", "2024-03", "2024-05")]),
))

# ---------------------------------------------------------------- 013 Russia, docx with two scripts
CVS.append(dict(
    n="013", layout="docx_two_scripts", ext="docx", render="docx_plain",
    display_name="Anastasia Igorevna Smirnova / Анастасия Игоревна Смирнова",
    contact_lines=["Tel.: +7 (916) 284-57-31 · e-mail: a.i.smirnova@yandex.ru · New York, NY (temporary)", "Born 23.04.1995, Moscow"],
    sections=[
        ("EDUCATION / ОБРАЗОВАНИЕ", [
            dict(h="Specialist diploma, General Medicine (Лечебное дело) — equivalent to MD", d="09.2012 – 06.2018",
                 sub=["Pirogov Russian National Research Medical University (RNRMU), Moscow, Russia"]),
            dict(h="Clinical residency (ordinatura), Endocrinology", d="09.2018 – 08.2020", sub=["Endocrinology Research Centre, Moscow"])]),
        ("USMLE", ["Step 1: pass", "Step 2 CK: 250", "ECFMG: certified 2023", "J-1 visa (research scholar); J-1 clinical sponsorship will be required"]),
        ("US EXPERIENCE", [
            dict(h="Research fellow, Division of Endocrinology, Diabetes and Bone Disease", d="10/2023 – current",
                 sub=["Icahn School of Medicine at Mount Sinai, New York, NY"]),
            dict(h="Clinical observership, Internal Medicine (inpatient)", d="07/2024 – 08/2024", sub=["Mount Sinai Morningside, New York, NY"])]),
        ("WORK EXPERIENCE", [dict(h="Endocrinologist", d="09/2020 – 09/2023", sub=["City Clinical Hospital No. 52, Moscow"])]),
        ("PUBLICATIONS (peer-reviewed)", [
            "1. Smirnova AI, Mokrysheva NG. Primary hyperparathyroidism in young adults. Problems of Endocrinology (Проблемы эндокринологии). 2020;66(4):15-22.",
            "2. Smirnova AI, et al. Continuous glucose monitoring in type 1 diabetes pregnancies. Diabetes Mellitus (Сахарный диабет). 2021;24(6):512-519.",
            "3. Levy R, Smirnova AI, Tamler R. Bone density after bariatric surgery. Endocr Pract. 2025;31(2):140-147.",
            "4. Smirnova AI, Levy R. Romosozumab in dialysis patients: case series. J Bone Miner Res. 2024;39(9):1230-1236."]),
        ("OTHER", ["Candidate of Sciences thesis — in progress (not defended)", "Abstract: ENDO 2024, Boston — poster 'GLP-1 RA and BMD'"]),
        ("GOALS", ["Internal Medicine residency, then Endocrinology fellowship"]),
        ("LANGUAGES", ["Russian (native), English (C1), German (B1)"]),
        ("REFERENCES", ["Rachel Levy, MD — Mount Sinai Endocrinology — rachel.levy@mountsinai.org"]),
    ],
    truth=T(full_name="Anastasia Igorevna Smirnova", email="a.i.smirnova@yandex.ru", phone_e164="+79162845731",
            medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU", graduation_year=2018,
            usmle_step1="pass", usmle_step2ck=250, ecfmg_status="certified", visa_status="j1",
            specialties=["Internal Medicine", "Endocrinology"], languages=["Russian", "English", "German"], publications=4,
            usce_entries=[U("research", "Endocrinology", "NY", "2023-10", "2026-12"),
                          U("observership", "Internal Medicine", "NY", "2024-07", "2024-08")]),
))

# ---------------------------------------------------------------- 014 Poland, ODT via soffice from docx? -> odfpy table layout
CVS.append(dict(
    n="014", layout="odt_polish", ext="odt", render="odt",
    display_name="lek. Katarzyna Zofia Wiśniewska",
    contact_lines=["ul. Żwirki i Wigury 61, 02-091 Warszawa, Polska", "tel. +48 601 234 877", "katarzyna.wisniewska@wum.edu.pl"],
    sections=[
        ("Education", [dict(h="Lekarz (physician diploma, equivalent to MD)", d="2014–2020", sub=["Medical University of Warsaw (Warszawski Uniwersytet Medyczny), Faculty of Medicine"]),
                       "Lekarski Egzamin Końcowy (LEK) – 2020, 86th percentile"]),
        ("USMLE & ECFMG", ["Step 1 – PASS", "Step 2 CK – 258", "ECFMG certified – 2022"]),
        ("U.S. Clinical Experience", [dict(h="Observership, Department of Radiology", d="Jul 2025", sub=["The Ohio State University Wexner Medical Center, Columbus, OH"])]),
        ("Experience in Poland", [dict(h="Resident in Radiology (rezydentura)", d="2021 – ongoing", sub=["University Clinical Centre of the Medical University of Warsaw"]),
                                  dict(h="Postgraduate internship (staż podyplomowy)", d="2020 – 2021", sub=["Szpital Bielański, Warszawa"])]),
        ("Publications", ["Wiśniewska KZ, Nowak P. MRI features of autoimmune pancreatitis. Pol J Radiol. 2022;87:e411-e418.",
                          "Wiśniewska KZ, et al. Deep learning for pneumothorax detection on chest radiographs. Eur Radiol. 2024;34(3):1702-1711.",
                          "Conference poster: ECR 2023, Vienna – 'Incidental adrenal findings in CT'"]),
        ("Languages", ["Polish (native) · English (C2) · German (B2) · Spanish (A2)"]),
        ("Interest", ["Diagnostic Radiology"]),
    ],
    truth=T(full_name="Katarzyna Zofia Wiśniewska", email="katarzyna.wisniewska@wum.edu.pl", phone_e164="+48601234877",
            medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2020,
            usmle_step1="pass", usmle_step2ck=258, ecfmg_status="certified", specialties=["Radiology"],
            languages=["Polish", "English", "German", "Spanish"], publications=2,
            usce_entries=[U("observership", "Radiology", "OH", "2025-07", "2025-07")]),
))

# ---------------------------------------------------------------- 015 Romania, long academic docx->pdf
pubs015 = [
    "Popescu AM, Ardeleanu C, Ionescu R. PD-L1 expression in gastric adenocarcinoma: a Romanian cohort. Rom J Morphol Embryol. 2016;57(2):523-530.",
    "Popescu AM, Dumitru E. Mismatch-repair deficiency in colorectal carcinoma. Chirurgia (Bucur). 2017;112(4):402-409.",
    "Popescu AM, Hartley J, Kowalski E, et al. Digital image analysis of Ki-67 in breast cancer. Mod Pathol. 2020;33(9):1721-1730.",
    "Hartley J, Popescu AM, Chen L. Interobserver variability in grading of follicular lymphoma. Am J Surg Pathol. 2021;45(3):380-388.",
    "Popescu AM, Chen L, Hartley J. Flow cytometry pitfalls in CLL/SLL. Cytometry B Clin Cytom. 2021;100(6):654-661.",
    "Ionescu R, Popescu AM. HER2-low breast cancer in Eastern Europe. J BUON. 2022;27(1):88-94.",
    "Popescu AM, Vasilescu F. Tumor budding as a prognostic marker in pT1 colorectal cancer. Rom J Morphol Embryol. 2023;64(1):45-52.",
    "Popescu AM, Hartley J. Whole-slide imaging validation for frozen sections. Arch Pathol Lab Med. 2022;146(11):1350-1357.",
    "Dumitru E, Popescu AM, et al. Microsatellite instability in young-onset CRC. Diagnostics (Basel). 2024;14(5):512.",
]
CVS.append(dict(
    n="015", layout="academic_long_docx_pdf", ext="pdf", render="docx_eras_pdf",
    display_name="Andrei-Mihai Popescu, MD, PhD",
    contact_lines=["Str. Dionisie Lupu 37, Sector 2, București, România", "+40 722 315 908 | andrei.popescu@umfcd.ro"],
    sections=[
        ("PERSONAL DATA", ["Born: 1990 (Constanța, Romania)", "Visa needs: J-1 (ECFMG) for residency"]),
        ("EDUCATION", [
            dict(h="Doctor-Medic (MD), Faculty of General Medicine", d="2009 – 2015", sub=["\"Carol Davila\" University of Medicine and Pharmacy, Bucharest, Romania"]),
            dict(h="PhD in Medical Sciences (Pathology)", d="2015 – 2019", sub=["\"Carol Davila\" UMF — thesis: Immunohistochemical prognostic markers in gastric cancer"]),
            dict(h="Residency in Pathology (rezidențiat Anatomie Patologică)", d="2016 – 2021", sub=["Fundeni Clinical Institute, Bucharest"])]),
        ("USMLE / ECFMG", ["Step 1: 241 (2018)", "Step 2 CK: 247 (2019)", "ECFMG certified: 2019", "Step 2 CS: Pass (2019)"]),
        ("U.S. EXPERIENCE", [
            dict(h="Visiting Research Scholar, Department of Pathology", d="Sept 2019 – June 2021", sub=["University of Michigan, Ann Arbor, MI"]),
            dict(h="Observership, Hematology/Oncology", d="July – August 2021", sub=["Rogel Cancer Center, University of Michigan, Ann Arbor, MI"])]),
        ("EMPLOYMENT (ROMANIA)", [dict(h="Specialist Pathologist", d="2021 – present", sub=["Fundeni Clinical Institute, Department of Pathology"]),
                                  dict(h="Teaching Assistant, Pathology", d="2016 – present", sub=["\"Carol Davila\" UMF"])]),
        ("PEER-REVIEWED JOURNAL ARTICLES", [f"{i+1}. {p}" for i, p in enumerate(pubs015)]),
        ("NON-PEER-REVIEWED / OTHER WRITING", [
            "Popescu AM. Pathology for the clinician: reading an IHC report. Viața Medicală (newsletter), 2020.",
            "Popescu AM, Ionescu R. Chapter: Gastric tumours. In: Tratat de Anatomie Patologică. Editura Universitară Carol Davila; 2018.",
            "Popescu AM, Hartley J. Frozen section turnaround — manuscript in preparation."]),
        ("ABSTRACTS & POSTERS", [
            "Popescu AM, Hartley J. Ki-67 hot-spot vs global scoring. Poster, USCAP Annual Meeting, Los Angeles, CA, 2020 (abstract in Mod Pathol suppl).",
            "Popescu AM, Chen L. CD200 in mantle cell lymphoma. Poster, USCAP 2021 (virtual).",
            "Popescu AM. Tumor budding in Romania. Poster, European Congress of Pathology, Nice, 2019.",
            "Popescu AM. HER2-low: what changes? Poster, ESMO Breast, Berlin, 2023.",
            "Popescu AM, Dumitru E. MSI testing uptake. Poster, Romanian Society of Pathology National Conference, Sibiu, 2022.",
            "Popescu AM. Digital pathology workflows. Poster, ECP 2024, Florence."]),
        ("ORAL PRESENTATIONS", [
            "Frozen section validation with whole-slide imaging. Platform talk, USCAP 2022, Los Angeles, CA.",
            "Digital pathology in Romania. Invited lecture, Romanian Society of Pathology, Cluj-Napoca, 2023.",
            "Tumor budding — a practical guide. Residents' course, Fundeni Institute, 2024."]),
        ("AWARDS & GRANTS", ["Fulbright Visiting Scholar (2019–2020)", "Best Poster, Romanian Society of Pathology, 2022",
                             "UEFISCDI young researcher grant PD-2022-0112 (PI)"]),
        ("MEMBERSHIPS", ["United States and Canadian Academy of Pathology (USCAP)", "European Society of Pathology", "Romanian Society of Pathology"]),
        ("CAREER GOALS", ["AP/CP Pathology residency, then Hematopathology fellowship"]),
        ("LANGUAGES", ["Romanian (native), English (fluent), French (fluent), Italian (intermediate)"]),
        ("REFERENCES", ["Prof. Jonathan Hartley, MD — Department of Pathology, University of Michigan — jhartley@med.umich.edu — +1 734 936 6770",
                        "Lily Chen, MD — Hematopathology, University of Michigan — lilychen@med.umich.edu",
                        "Prof. Răzvan Ionescu — Carol Davila UMF — razvan.ionescu@umfcd.ro"]),
    ],
    truth=T(full_name="Andrei-Mihai Popescu", email="andrei.popescu@umfcd.ro", phone_e164="+40722315908",
            medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO", graduation_year=2015,
            usmle_step1=241, usmle_step2ck=247, ecfmg_status="certified", visa_status="j1",
            specialties=["Pathology"], languages=["Romanian", "English", "French", "Italian"], publications=9,
            usce_entries=[U("research", "Pathology", "MI", "2019-09", "2021-06"),
                          U("observership", "Hematology/Oncology", "MI", "2021-07", "2021-08")]),
))

# ---------------------------------------------------------------- 016 AUC student, fpdf2 simple
CVS.append(dict(
    n="016", layout="auc_student_fpdf", ext="pdf", render="fpdf_simple",
    display_name="Michael J. O'Connor",
    contact_lines=["Miami, FL  |  305-481-2267  |  moconnor@students.aucmed.edu"],
    sections=[
        ("EDUCATION", ["American University of the Caribbean School of Medicine, Cupecoy, Sint Maarten — MD Candidate, Class of 2027 (expected graduation April 2027)",
                       "University of Florida, Gainesville, FL — BS Health Science, 2021"]),
        ("CITIZENSHIP", ["United States citizen"]),
        ("EXAMS", ["USMLE Step 1 — Pass (Sept 2024)", "CBSE (NBME) — 71 (practice)"]),
        ("CLINICAL ROTATIONS", [
            "Internal Medicine — Core, 12 wks — Aventura Hospital and Medical Center, Aventura, FL — 07/2025–09/2025",
            "General Surgery — Core, 12 wks — Larkin Community Hospital, South Miami, FL — 10/2025–12/2025",
            "Psychiatry — Core, 6 wks — Griffin Memorial Hospital, Norman, OK — 01/2026–02/2026",
            "Family Medicine — Core, 6 wks — Goshen Medical Center, Faison, NC — 03/2026–04/2026",
            "Anesthesiology — Elective, 4 wks — Larkin Community Hospital, South Miami, FL — 06/2026",
            "Pediatrics — Core, 6 wks — Brookdale Hospital Medical Center, Brooklyn, NY — 11/2026–Present"]),
        ("INTERESTS", ["Anesthesiology; critical care ultrasound"]),
        ("LANGUAGES", ["English, Spanish (conversational)"]),
    ],
    truth=T(full_name="Michael J. O'Connor", email="moconnor@students.aucmed.edu", phone_e164="+13054812267",
            medical_school="American University of the Caribbean School of Medicine", medical_school_country="SX",
            graduation_year=2027, is_student=True, usmle_step1="pass", visa_status="citizen", specialties=["Anesthesiology"],
            languages=["English", "Spanish"], publications=0,
            usce_entries=[U("hands_on", "Internal Medicine", "FL", "2025-07", "2025-09"),
                          U("hands_on", "General Surgery", "FL", "2025-10", "2025-12"),
                          U("hands_on", "Psychiatry", "OK", "2026-01", "2026-02"),
                          U("hands_on", "Family Medicine", "NC", "2026-03", "2026-04"),
                          U("hands_on", "Anesthesiology", "FL", "2026-06", "2026-06"),
                          U("hands_on", "Pediatrics", "NY", "2026-11", "2026-12")]),
))

# ================================================================ SCANS (source rendered by reportlab, then degraded)
CVS.append(dict(
    n="017", layout="scan_photo_perspective", ext="jpg", render="scan", scan="photo",
    display_name="Tyler Andrew Brooks",
    contact_lines=["(917) 604-3318 · tyler.brooks@mail.rossu.edu · Queens, NY · US citizen"],
    sections=[
        ("Education", ["Ross University School of Medicine, Bridgetown, Barbados — MD expected 2027", "Rutgers University — BA Biology, 2019"]),
        ("Boards", ["USMLE Step 1: PASS (2024)"]),
        ("Clinical Clerkships", [
            "Internal Medicine — Core Clerkship, 12 weeks, Flushing Hospital Medical Center, Queens, NY, Jan 2025 – Mar 2025",
            "Surgery — Core Clerkship, 12 weeks, Saint Michael's Medical Center, Newark, NJ, Apr 2025 – Jun 2025",
            "OB/GYN — Core Clerkship, 6 weeks, Flushing Hospital Medical Center, Queens, NY, Aug 2025 – Sep 2025"]),
        ("Interest", ["General Surgery"]),
        ("Languages", ["English"]),
    ],
    truth=T(full_name="Tyler Andrew Brooks", email="tyler.brooks@mail.rossu.edu", phone_e164="+19176043318",
            medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2027, is_student=True,
            usmle_step1="pass", visa_status="citizen", specialties=["General Surgery"], languages=["English"], publications=0,
            usce_entries=[U("hands_on", "Internal Medicine", "NY", "2025-01", "2025-03"),
                          U("hands_on", "General Surgery", "NJ", "2025-04", "2025-06"),
                          U("hands_on", "Obstetrics and Gynecology", "NY", "2025-08", "2025-09")]),
))
CVS.append(dict(
    n="018", layout="scan_fax_1bit", ext="pdf", render="scan", scan="fax",
    display_name="Dr. Aisha Bello Abdullahi",
    contact_lines=["No. 8 Sokoto Road, Samaru, Zaria, Kaduna State, Nigeria", "Tel: 0803 621 4459   Email: aisha.abdullahi.mbbs@gmail.com"],
    sections=[
        ("Education", ["MBBS — Ahmadu Bello University, Zaria, Nigeria (2012 – 2019)"]),
        ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 235", "ECFMG: Certified (2022)"]),
        ("US Clinical Experience", ["Observership, Obstetrics & Gynecology — Howard University Hospital, Washington, DC — Oct 2023 – Dec 2023"]),
        ("Work", ["Medical Officer, Obstetrics & Gynaecology, ABU Teaching Hospital, Zaria — 2021 – present",
                  "House Officer, ABUTH — 2019 – 2020"]),
        ("Interest", ["Obstetrics and Gynecology"]),
        ("Languages", ["English, Hausa, Arabic (reading)"]),
        ("Referee", ["Dr. Lawal Umar, ABUTH — lawal.umar@abuth.gov.ng — +234 806 112 7730"]),
    ],
    truth=T(full_name="Aisha Bello Abdullahi", email="aisha.abdullahi.mbbs@gmail.com", phone_e164="+2348036214459",
            medical_school="Ahmadu Bello University", medical_school_country="NG", graduation_year=2019,
            usmle_step1="pass", usmle_step2ck=235, ecfmg_status="certified", specialties=["Obstetrics and Gynecology"],
            languages=["English", "Hausa", "Arabic"], publications=0,
            usce_entries=[U("observership", "Obstetrics and Gynecology", "DC", "2023-10", "2023-12")]),
))
CVS.append(dict(
    n="019", layout="scan_low_contrast", ext="png", render="scan", scan="lowcontrast",
    display_name="Priya Nair Whitaker",
    contact_lines=["priya.whitaker@saba.edu  ·  +1 617 290 4475  ·  Boston, MA  ·  U.S. citizen"],
    sections=[
        ("Education", ["Saba University School of Medicine, Saba, Dutch Caribbean — MD candidate, graduation expected Dec 2026"]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 238"]),
        ("Clerkships", [
            "Pediatrics – Core Clerkship, 6 weeks, Nassau University Medical Center, East Meadow, NY, 09/2025 – 10/2025",
            "Psychiatry – Core Clerkship, 6 weeks, Larkin Behavioral Health, Hollywood, FL, 11/2025 – 12/2025",
            "Neurology – Elective, 4 weeks, Baystate Medical Center, Springfield, MA, 2026-02"]),
        ("Interests", ["Pediatrics, Neurology"]),
        ("Languages", ["English, Malayalam, Hindi"]),
    ],
    truth=T(full_name="Priya Nair Whitaker", email="priya.whitaker@saba.edu", phone_e164="+16172904475",
            medical_school="Saba University School of Medicine", medical_school_country="BQ", graduation_year=2026, is_student=True,
            usmle_step1="pass", usmle_step2ck=238, visa_status="citizen", specialties=["Pediatrics", "Neurology"],
            languages=["English", "Malayalam", "Hindi"], publications=0,
            usce_entries=[U("hands_on", "Pediatrics", "NY", "2025-09", "2025-10"),
                          U("hands_on", "Psychiatry", "FL", "2025-11", "2025-12"),
                          U("hands_on", "Neurology", "MA", "2026-02", "2026-02")]),
))
CVS.append(dict(
    n="020", layout="scan_rotated_pdf", ext="pdf", render="scan", scan="rotated",
    display_name="Rohan Mehta Kapoor, MD",
    contact_lines=["Edison, NJ 08817 | +1 (732) 814-5590 | rohan.kapoor.md@gmail.com | Lawful Permanent Resident"],
    sections=[
        ("Education", ["American University of Antigua College of Medicine, St. John's, Antigua — MD, May 2023"]),
        ("USMLE", ["Step 1: Pass · Step 2 CK: 226 · Step 3: 214", "ECFMG certified 2023"]),
        ("Clinical", [
            "Hands-on Externship, Internal Medicine — Saint Peter's University Hospital, New Brunswick, NJ — Jan 2024 – Apr 2024",
            "Research Assistant, Nephrology — Rutgers RWJ Medical School, NJ — 05/2024 – present"]),
        ("Interests", ["Internal Medicine, Nephrology"]),
        ("Languages", ["English, Hindi, Gujarati"]),
    ],
    truth=T(full_name="Rohan Mehta Kapoor", email="rohan.kapoor.md@gmail.com", phone_e164="+17328145590",
            medical_school="American University of Antigua College of Medicine", medical_school_country="AG", graduation_year=2023,
            usmle_step1="pass", usmle_step2ck=226, usmle_step3=214, ecfmg_status="certified", visa_status="green_card",
            specialties=["Internal Medicine", "Nephrology"], languages=["English", "Hindi", "Gujarati"], publications=0,
            usce_entries=[U("hands_on", "Internal Medicine", "NJ", "2024-01", "2024-04"),
                          U("research", "Nephrology", "NJ", "2024-05", "2026-12")]),
))
CVS.append(dict(
    n="021", layout="scan_phone_jpg", ext="jpg", render="scan", scan="photo2",
    display_name="Kwame Asante Mensah",
    contact_lines=["P.O. Box LG 25, Legon, Accra · +233 20 771 3385 · kwame.mensah@ug.edu.gh"],
    sections=[
        ("Education", ["MB ChB, University of Ghana Medical School, Accra — 2020"]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 231", "ECFMG: pending"]),
        ("US Experience", ["Observership, Infectious Disease — Emory University Hospital, Atlanta, GA — June 2025"]),
        ("Work", ["Medical Officer, Fevers Unit, Korle Bu Teaching Hospital — 2021 – present"]),
        ("Interests", ["Internal Medicine, Infectious Disease"]),
        ("Languages", ["English, Twi, Ga"]),
        ("Visa", ["B1/B2 visa holder"]),
    ],
    truth=T(full_name="Kwame Asante Mensah", email="kwame.mensah@ug.edu.gh", phone_e164="+233207713385",
            medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2020,
            usmle_step1="pass", usmle_step2ck=231, ecfmg_status="pending", visa_status="b1b2",
            specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Twi", "Ga"], publications=0,
            usce_entries=[U("observership", "Infectious Disease", "GA", "2025-06", "2025-06")]),
))

DAMAGED = [
    dict(n="022", layout="truncated_pdf", ext="pdf", src="004"),
    dict(n="023", layout="encrypted_pdf", ext="pdf", src="011"),
    dict(n="024", layout="random_bytes_docx", ext="docx"),
]
