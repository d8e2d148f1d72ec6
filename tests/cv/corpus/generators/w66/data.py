# -*- coding: utf-8 -*-
"""CV content + ground truth for writer w66 (international medical students)."""

def U(t, sp, st, a, b):
    return {"type": t, "specialty": sp, "state": st, "start": a, "end": b}

PEOPLE = []
def add(**kw):
    PEOPLE.append(kw)

# ---------------------------------------------------------------- 001
add(n=1, layout="docx_table", ext="docx", render="docx_table",
    name="Priya Raghunathan", headline="MBBS Final Year Student — Applicant for US Clinical Electives",
    contact=["priya.raghunathan27@gmail.com", "+91 98431 20457", "Puducherry, India", "Born 2002"],
    sections=[
     ("Education", [("MBBS, Jawaharlal Institute of Postgraduate Medical Education and Research (JIPMER), Puducherry", "2021 – present", ["MBBS, final year (expected 2027)", "Rank 14/200 in Second Professional exams"]),
                    ("Class XII (CBSE), Kendriya Vidyalaya, Chennai", "2020", [])]),
     ("Clinical Experience", [("Internal Medicine Elective (VSLO) — University of Michigan Medical School, Ann Arbor, MI", "Sep 2026", ["Hands-on: admitted and followed 4–6 patients on general medicine wards", "Presented at morning report"]),
                    ("Cardiology Elective (confirmed, not yet started) — Mayo Clinic, Rochester, MN", "Jan 2027", []),
                    ("Clinical clerkships — JIPMER Hospital (Medicine, Surgery, OBG, Paediatrics)", "2023 – 2026", ["Core rotations at home institution"])]),
     ("Examinations", ["USMLE Step 1: scheduled March 2027", "NBME Comprehensive Basic Science Self-Assessment (Form 29): 71% equivalent", "NBME Form 31 (practice): 248"]),
     ("Research & Publications", ["Raghunathan P, Kumar S. Prevalence of undiagnosed hypertension among young adults in Puducherry. Indian Heart Journal. 2025;77(2):112-117. (peer-reviewed)",
                    "Poster: 'Lipoprotein(a) in premature CAD' — CSI Annual Conference 2025 (poster only)"]),
     ("Career Interests", ["Internal Medicine, with a long-term interest in Cardiology"]),
     ("Languages", ["English (fluent), Tamil (native), Hindi (conversational)"]),
     ("Visa", ["B1/B2 visitor visa, valid until 2031"]),
     ("Referee", ["Dr. S. Kumar, Professor of Medicine, JIPMER — skumar.med@jipmer.edu.in — +91 413 229 6000"]),
    ],
    truth=dict(full_name="Priya Raghunathan", email="priya.raghunathan27@gmail.com", phone_e164="+919843120457",
      medical_school="Jawaharlal Institute of Postgraduate Medical Education and Research", medical_school_country="IN",
      graduation_year=2027, is_student=True, usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
      visa_status="b1b2", specialties=["Internal Medicine", "Cardiology"], languages=["English", "Tamil", "Hindi"], publications=1,
      usce_entries=[U("hands_on", "Internal Medicine", "MI", "2026-09", "2026-09")]))

# ---------------------------------------------------------------- 002
add(n=2, layout="lo_pdf_docx_header", ext="pdf", render="docx_header_lo",
    name="Omar Haddad", headline="6th-year medical student · University of Jordan",
    contact=["omar.haddad.md@outlook.com", "Mobile: +962 79 555 8213", "Amman, Jordan"],
    sections=[
     ("Education", [("Doctor of Medicine (MD), Faculty of Medicine, The University of Jordan, Amman", "2021 – 06/2027", ["6th year; graduation: June 2027", "Cumulative GPA 3.71/4.00"])]),
     ("US Clinical & Research Experience", [("Observership — Neurology, Cleveland Clinic Neurological Institute, Cleveland, OH", "Jul 2026 – Aug 2026", ["Outpatient epilepsy and stroke clinics; observed EEG reading"]),
                    ("Research internship — Department of Neurology, Johns Hopkins University, Baltimore, MD", "Summer 2025 (June–August)", ["Stroke outcomes database; REDCap data cleaning"])]),
     ("Home Clinical Rotations", [("Jordan University Hospital — Internal Medicine, Surgery, Pediatrics, OB/GYN", "2024 – present", [])]),
     ("USMLE", ["Step 1: PASS (August 2026)", "Step 2 CK: planned for spring 2027"]),
     ("Publications", ["1. Haddad O, et al. Door-to-needle times in acute ischemic stroke in Jordan. J Stroke Cerebrovasc Dis. 2025.",
                    "2. Al-Masri R, Haddad O. Migraine prevalence among Jordanian medical students. Neurol Sci. 2026.",
                    "3. Haddad O, et al. Machine learning for post-stroke depression — manuscript submitted (under review)."]),
     ("Interests", ["Neurology"]),
     ("Languages", ["Arabic (native) | English (C1, IELTS 8.0) | French (B1)"]),
     ("References", ["Prof. Laila Nasser, MD — Chair of Neurology, University of Jordan — l.nasser@ju.edu.jo — +962 6 535 3444"]),
    ],
    truth=dict(full_name="Omar Haddad", email="omar.haddad.md@outlook.com", phone_e164="+962795558213",
      medical_school="The University of Jordan", medical_school_country="JO", graduation_year=2027, is_student=True,
      usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
      specialties=["Neurology"], languages=["Arabic", "English", "French"], publications=2,
      usce_entries=[U("observership", "Neurology", "OH", "2026-07", "2026-08"), U("research", "Neurology", "MD", "2025-06", "2025-08")]))

# ---------------------------------------------------------------- 003
add(n=3, layout="chromium_sidebar", ext="pdf", render="html_sidebar",
    name="Nguyễn Thị Minh Anh", headline="Medical Student (Year 6) · Hanoi Medical University",
    contact=["minhanh.nguyen.hmu@gmail.com", "(+84) 912 345 687", "Đống Đa, Hà Nội, Vietnam", "Visa: B1/B2", "Languages: Vietnamese (native), English (IELTS 7.5), Japanese (basic)"],
    sections=[
     ("Profile", ["Sixth-year student aiming for a Pediatrics residency in the United States."]),
     ("Education", [("General Practitioner Doctor (MD), Hanoi Medical University, Vietnam", "09/2021 – expected 06/2027", ["Year 6 student, expected graduation 06/2027"])]),
     ("Clinical Experience", [("Observership, Pediatrics — Nationwide Children's Hospital, Columbus, OH", "05/2026 – 06/2026", ["General pediatrics inpatient team"]),
                    ("Virtual Elective (telehealth), Internal Medicine — University of Texas Medical Branch, Galveston, TX", "10/2025", ["Remote case conferences and telemedicine visits"]),
                    ("Clerkships, National Hospital of Pediatrics, Hà Nội", "2024 – present", [])]),
     ("Exams", ["USMLE Step 1 – scheduled 02/2027", "NBME Self-Assessment 25: 68% (practice)"]),
     ("Presentations", ["Poster: Neonatal sepsis in a tertiary NICU in Vietnam — Asian Pediatric Congress 2025"]),
     ("Referee", ["Assoc. Prof. Trần Văn Hùng — tranvanhung@hmu.edu.vn — +84 24 3852 3798"]),
    ],
    truth=dict(full_name="Nguyễn Thị Minh Anh", email="minhanh.nguyen.hmu@gmail.com", phone_e164="+84912345687",
      medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2027, is_student=True,
      usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
      specialties=["Pediatrics"], languages=["Vietnamese", "English", "Japanese"], publications=0,
      usce_entries=[U("observership", "Pediatrics", "OH", "2026-05", "2026-06"), U("telehealth", "Internal Medicine", "TX", "2025-10", "2025-10")]))

# ---------------------------------------------------------------- 004
add(n=4, layout="reportlab_twocol", ext="pdf", render="rl_twocol",
    name="Adaeze Okonkwo", headline="MBBS (2025) · ECFMG certification pending",
    contact=["adaeze.okonkwo@yahoo.com", "+234 803 456 7812", "Enugu, Nigeria", "J-1 visa required"],
    sections=[
     ("Education", [("MBBS, College of Medicine, University of Nigeria, Enugu Campus", "2019 – Nov 2025", ["Graduated November 2025", "Distinction in Community Medicine"])]),
     ("US Clinical Experience", [("Clinical Externship (hands-on), Family Medicine — Piedmont Family Practice, Atlanta, GA", "Feb 2026 – Apr 2026", ["Took histories, presented to attending, wrote SOAP notes in EHR"]),
                    ("Observership, Internal Medicine — Houston Methodist Hospital, Houston, TX", "May 2026", [])]),
     ("Nigerian Clinical Experience", [("House Officer, University of Nigeria Teaching Hospital, Ituku-Ozalla", "Dec 2025 – present", ["Internal Medicine and Surgery postings"])]),
     ("USMLE", ["Step 1: Pass (2025)", "Step 2 CK: 248 (2026)", "OET Medicine: passed — ECFMG certification pending"]),
     ("Publication", ["Okonkwo A, Eze C. Hypertension awareness in rural Enugu. Niger J Clin Pract. 2024;27:88-94."]),
     ("Goals", ["Residency in Family Medicine or Internal Medicine"]),
     ("Languages", ["English, Igbo, Yoruba"]),
     ("References", ["Dr. Michael Grant, MD, Piedmont Family Practice — mgrant@piedmontfp.com — +1 404 555 0188"]),
    ],
    truth=dict(full_name="Adaeze Okonkwo", email="adaeze.okonkwo@yahoo.com", phone_e164="+2348034567812",
      medical_school="University of Nigeria", medical_school_country="NG", graduation_year=2025, is_student=False,
      usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
      specialties=["Family Medicine", "Internal Medicine"], languages=["English", "Igbo", "Yoruba"], publications=1,
      usce_entries=[U("hands_on", "Family Medicine", "GA", "2026-02", "2026-04"), U("observership", "Internal Medicine", "TX", "2026-05", "2026-05")]))

# ---------------------------------------------------------------- 005
add(n=5, layout="fpdf2_classic", ext="pdf", render="fpdf_classic",
    name="Kamil Nowak", headline="6th-year medical student, Medical University of Warsaw (English Division)",
    contact=["kamil.nowak@student.wum.edu.pl", "tel. +48 601 234 567", "ul. Żwirki i Wigury 61, Warszawa"],
    sections=[
     ("Education", [("Lekarz (MD equivalent), Warszawski Uniwersytet Medyczny / Medical University of Warsaw", "2021 – 2027", ["6th year (graduation expected 2027)"])]),
     ("Electives in the USA", [("Clinical elective (VSLO), General Surgery — University of Miami Miller School of Medicine, Miami, FL", "2026.03 – 2026.04", ["Scrubbed in on trauma and acute care surgery cases"]),
                    ("Emergency Medicine elective — SUNY Upstate Medical University, Syracuse, NY (confirmed: Feb 2027)", "upcoming", [])]),
     ("Clerkships (Poland)", [("Infant Jesus Teaching Hospital, Warsaw — Surgery, Internal Medicine, Emergency Dept.", "2024.10 – present", [])]),
     ("USMLE", ["Step 1: passed (first attempt), 2026", "Step 2 CK: planned Q2 2027"]),
     ("Interests", ["General Surgery, Emergency Medicine"]),
     ("Languages", ["Polish – native; English – C2; German – B2"]),
    ],
    truth=dict(full_name="Kamil Nowak", email="kamil.nowak@student.wum.edu.pl", phone_e164="+48601234567",
      medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2027, is_student=True,
      usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
      specialties=["General Surgery", "Emergency Medicine"], languages=["Polish", "English", "German"], publications=0,
      usce_entries=[U("hands_on", "General Surgery", "FL", "2026-03", "2026-04")]))

# ---------------------------------------------------------------- 006
add(n=6, layout="odt_odfpy", ext="odt", render="odt",
    name="Sofía Ramírez Castillo", headline="Estudiante de Medicina — Médico Cirujano (UNAM)",
    contact=["sofia.ramirez.c@gmail.com", "+52 55 1234 9876", "Coyoacán, Ciudad de México"],
    sections=[
     ("Education", [("Médico Cirujano, Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)", "2021 – expected 2027", ["Undergraduate internship (internado de pregrado) 2026; graduation expected 2027"])]),
     ("US Experience", [("Observership, Obstetrics & Gynecology — UC San Diego Health, San Diego, CA", "Jan 2026 – Feb 2026", []),
                    ("Summer Research Program, Maternal-Fetal Medicine lab — UT Southwestern Medical Center, Dallas, TX", "Jun–Jul 2025", ["Research in Obstetrics and Gynecology; placental biomarkers"])]),
     ("Clinical rotations (Mexico)", [("Hospital General de México 'Dr. Eduardo Liceaga'", "2024 – 2026", ["Ginecología y Obstetricia, Pediatría, Cirugía"])]),
     ("Exams", ["Planning to sit USMLE Step 1 in 2027", "UWorld self-assessment 1: 62% correct"]),
     ("Publications", ["Ramírez-Castillo S, et al. Preeclampsia screening in Mexico City. Ginecol Obstet Mex. 2025;93(4):201-9."]),
     ("Specialty interest", ["Obstetrics and Gynecology"]),
     ("Languages", ["Spanish (native), English (advanced)"]),
     ("Visa", ["Tourist visa B1/B2"]),
    ],
    truth=dict(full_name="Sofía Ramírez Castillo", email="sofia.ramirez.c@gmail.com", phone_e164="+525512349876",
      medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2027, is_student=True,
      usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
      specialties=["Obstetrics and Gynecology"], languages=["Spanish", "English"], publications=1,
      usce_entries=[U("observership", "Obstetrics and Gynecology", "CA", "2026-01", "2026-02"), U("research", "Obstetrics and Gynecology", "TX", "2025-06", "2025-07")]))

# ---------------------------------------------------------------- 007
add(n=7, layout="txt_plain", ext="txt", render="txt",
    name="Seyed Amirhossein Moradi", headline="Medical Intern (7th year), Tehran University of Medical Sciences",
    contact=["Email: a.moradi.tums@gmail.com", "Phone: 0098 912 345 6789", "Tehran, Iran"],
    sections=[
     ("EDUCATION", [("MD, Tehran University of Medical Sciences (TUMS), School of Medicine", "2020 - 2027", ["7th year (intern), expected graduation Sept 2027"])]),
     ("RESEARCH EXPERIENCE (USA)", [("Research Intern, Cardiovascular Research Center, Massachusetts General Hospital, Boston, MA", "2024-07 to 2024-12", ["Cardiology research: echocardiographic strain analysis"])]),
     ("CLINICAL TRAINING (IRAN)", [("Imam Khomeini Hospital Complex - internship rotations", "2025-09 - present", ["Cardiology, Internal Medicine, Emergency"])]),
     ("EXAMS", ["USMLE Step 1: scheduled 03/2027", "NBME CBSSA 27: 74% / NBME 30: 255 (practice)"]),
     ("PUBLICATIONS (peer-reviewed)", ["1. Moradi SA, et al. Global longitudinal strain in thalassemia major. Echocardiography. 2025.",
                    "2. Karimi M, Moradi SA. Statin adherence in Iranian adults. Arch Iran Med. 2024.",
                    "3. Moradi SA, et al. LV strain after COVID-19. Int J Cardiol. 2025."]),
     ("ABSTRACTS", ["- AHA Scientific Sessions 2024 abstract (poster)", "- ESC Congress 2025 abstract"]),
     ("INTERESTS", ["Cardiology; Internal Medicine"]),
     ("LANGUAGES", ["Farsi (native), English (TOEFL 112), Arabic (reading)"]),
     ("REFERENCES", ["Dr. Jonathan Reed, MD, MGH Cardiology - jreed@mgh.harvard.edu - +1 617 726 2000"]),
    ],
    truth=dict(full_name="Seyed Amirhossein Moradi", email="a.moradi.tums@gmail.com", phone_e164="+989123456789",
      medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2027, is_student=True,
      usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
      specialties=["Cardiology", "Internal Medicine"], languages=["Persian", "English", "Arabic"], publications=3,
      usce_entries=[U("research", "Cardiology", "MA", "2024-07", "2024-12")]))

# ---------------------------------------------------------------- 008
add(n=8, layout="rtf_hand", ext="rtf", render="rtf",
    name="Ayşe Nur Yılmaz", headline="Medical Student, Hacettepe University Faculty of Medicine — Class of 2027",
    contact=["aysenur.yilmaz@hacettepe.edu.tr", "+90 532 456 78 90", "Çankaya, Ankara, Türkiye"],
    sections=[
     ("Education", [("MD Program, Hacettepe University Faculty of Medicine, Ankara", "2021 – 2027", ["Class of 2027, 6th year", "Previous degree: none"])]),
     ("US Clinical Electives", [("Visiting Student Elective, Anesthesiology — University of Pittsburgh Medical Center (UPMC), Pittsburgh, PA", "September–October 2026", ["Hands-on airway management under supervision; pre-op assessments"]),
                    ("Pathology elective (VSLO) — accepted for March 2027", "future", [])]),
     ("Clerkships", [("Hacettepe University Hospitals — Internal Medicine, Surgery, Anesthesiology, Pediatrics", "2024 – present", [])]),
     ("USMLE", ["Step 1 — Pass"]),
     ("Publications", ["Yılmaz AN, Demir K. Postoperative nausea in pediatric tonsillectomy. Turk J Anaesthesiol Reanim. 2025."]),
     ("Career Goal", ["Anesthesiology residency"]),
     ("Languages", ["Turkish (native), English (fluent), German (intermediate)"]),
    ],
    truth=dict(full_name="Ayşe Nur Yılmaz", email="aysenur.yilmaz@hacettepe.edu.tr", phone_e164="+905324567890",
      medical_school="Hacettepe University", medical_school_country="TR", graduation_year=2027, is_student=True,
      usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
      specialties=["Anesthesiology"], languages=["Turkish", "English", "German"], publications=1,
      usce_entries=[U("hands_on", "Anesthesiology", "PA", "2026-09", "2026-10")]))

# ---------------------------------------------------------------- 009
add(n=9, layout="docx_footer_contacts", ext="docx", render="docx_footer",
    name="Fatima Zahra Siddiqui", headline="Final Year MBBS · Aga Khan University",
    contact=["fzsiddiqui01@gmail.com", "+92 300 8765432", "Karachi, Pakistan", "Visa: B1/B2 (valid)"],
    sections=[
     ("Education", [("MBBS, Aga Khan University Medical College, Karachi", "2022 – 2027", ["Final Year MBBS — expected graduation: June 2027"])]),
     ("US Experience", [("Observership, Hematology/Oncology — The University of Texas MD Anderson Cancer Center, Houston, TX", "Jul 2026", []),
                    ("Summer Research Internship, Dana-Farber Cancer Institute, Boston, MA", "June – August 2025", ["Hematology/Oncology research: CAR-T toxicity cohort"])]),
     ("Clerkships", [("Aga Khan University Hospital — Medicine, Surgery, Oncology", "2024 – present", [])]),
     ("USMLE", ["Step 1: Pass (May 2026)", "Step 2 CK: scheduled April 2027"]),
     ("Publications", ["Siddiqui FZ, et al. Febrile neutropenia outcomes in Karachi. JCO Glob Oncol. 2025.",
                    "Ali H, Siddiqui FZ. Iron deficiency in adolescent girls. J Pak Med Assoc. 2024."]),
     ("Interests", ["Hematology/Oncology, Internal Medicine"]),
     ("Languages", ["English, Urdu, Sindhi"]),
    ],
    truth=dict(full_name="Fatima Zahra Siddiqui", email="fzsiddiqui01@gmail.com", phone_e164="+923008765432",
      medical_school="Aga Khan University", medical_school_country="PK", graduation_year=2027, is_student=True,
      usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
      specialties=["Hematology/Oncology", "Internal Medicine"], languages=["English", "Urdu", "Sindhi"], publications=2,
      usce_entries=[U("observership", "Hematology/Oncology", "TX", "2026-07", "2026-07"), U("research", "Hematology/Oncology", "MA", "2025-06", "2025-08")]))

# ---------------------------------------------------------------- 010
add(n=10, layout="chromium_canva", ext="pdf", render="html_canva",
    name="Ana Beatriz Souza", headline="MD candidate, class of 2028 · Faculdade de Medicina da USP",
    contact=["anabeatriz.souza@usp.br", "+55 (11) 98765-4321", "São Paulo, Brasil"],
    sections=[
     ("About me", ["5th-year medical student passionate about Psychiatry and Neurology."]),
     ("Education", [("MD, Faculdade de Medicina da Universidade de São Paulo (FMUSP)", "2023 – 2028", ["MD candidate, class of 2028"])]),
     ("US Experience", [("Virtual Elective: Telepsychiatry — University of Washington, Seattle, WA (virtual)", "08/2026 – 09/2026", []),
                    ("Observership, Psychiatry — Icahn School of Medicine at Mount Sinai, New York, NY", "Jan 2026", [])]),
     ("Clinical rotations (Brazil)", [("Hospital das Clínicas FMUSP — Psychiatry Institute", "2025 – ongoing", [])]),
     ("Exams", ["NBME CBSSA form 28: 65% (practice)", "USMLE Step 1: not yet taken"]),
     ("Languages", ["Portuguese · English · Spanish"]),
    ],
    truth=dict(full_name="Ana Beatriz Souza", email="anabeatriz.souza@usp.br", phone_e164="+5511987654321",
      medical_school="Universidade de São Paulo", medical_school_country="BR", graduation_year=2028, is_student=True,
      usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
      specialties=["Psychiatry", "Neurology"], languages=["Portuguese", "English", "Spanish"], publications=0,
      usce_entries=[U("telehealth", "Psychiatry", "WA", "2026-08", "2026-09"), U("observership", "Psychiatry", "NY", "2026-01", "2026-01")]))

# ---------------------------------------------------------------- 011
add(n=11, layout="reportlab_latexlike", ext="pdf", render="rl_latex",
    name="Ji-hoon Park", alt="박지훈", headline="Yonsei University College of Medicine · MD expected Feb 2027",
    contact=["jihoon.park@yonsei.ac.kr", "+82 10-2345-6789", "Seoul, Republic of Korea"],
    sections=[
     ("Education", [("Doctor of Medicine (MD), Yonsei University College of Medicine, Seoul", "2023 – Feb 2027 (expected)", []),
                    ("B.S. Biomedical Engineering, KAIST, Daejeon", "2016 – 2020", ["Prior degree before medicine"])]),
     ("US Experience", [("Sub-internship (VSLO), Radiology — Stanford University School of Medicine, Stanford, CA", "2026-04 – 2026-05", ["Hands-on reading-room rotation"]),
                    ("Visiting Research Student, Radiology AI Lab — Stanford University, Stanford, CA", "2026-03 – 2026-06", ["Overlapped with the sub-internship"])]),
     ("USMLE", ["Step 1: Pass (2025)", "Step 2 CK: 262 (Sept 2026)"]),
     ("Publications", ["1. Park J, et al. Deep learning for pneumothorax triage. Radiology. 2026.",
                    "2. Park J, Kim S. Radiomics of lung nodules. Korean J Radiol. 2025.",
                    "3. Lee H, Park J. CT dose reduction. Eur Radiol. 2025.",
                    "4. Park J, et al. MRI motion correction. Invest Radiol. 2024.",
                    "Manuscript in preparation: foundation models for chest CT."]),
     ("Interest", ["Radiology"]),
     ("Languages", ["Korean (native), English (fluent)"]),
    ],
    truth=dict(full_name="Ji-hoon Park", email="jihoon.park@yonsei.ac.kr", phone_e164="+821023456789",
      medical_school="Yonsei University College of Medicine", medical_school_country="KR", graduation_year=2027, is_student=True,
      usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status=None, visa_status=None,
      specialties=["Radiology"], languages=["Korean", "English"], publications=4,
      usce_entries=[U("hands_on", "Radiology", "CA", "2026-04", "2026-05"), U("research", "Radiology", "CA", "2026-03", "2026-06")]))

# ---------------------------------------------------------------- 012
add(n=12, layout="docx_header_contacts", ext="docx", render="docx_header",
    name="Tendai Moyo", headline="MBChB (2025) · ECFMG Certified",
    contact=["tendai.moyo.md@gmail.com", "+263 77 234 5678", "Harare, Zimbabwe", "J-1 (ECFMG-sponsored) required"],
    sections=[
     ("Education", [("MBChB, University of Zimbabwe College of Health Sciences, Harare", "2019 – December 2025", ["Graduated December 2025"])]),
     ("US Clinical Experience", [("Clinical Externship, Emergency Medicine — The Brooklyn Hospital Center, Brooklyn, NY", "03/2026–05/2026", ["Hands-on: triage, procedures under supervision"]),
                    ("Observership, Infectious Disease — Emory University Hospital, Atlanta, GA", "06/2026 – 07/2026", [])]),
     ("Home Experience", [("Intern Medical Officer, Parirenyatwa Group of Hospitals, Harare", "Jan 2026 – present (on leave during US rotations)", [])]),
     ("USMLE / ECFMG", ["Step 1: Pass", "Step 2 CK: 239", "ECFMG Certified (September 2026)"]),
     ("Publications", ["Moyo T, et al. HIV-associated TB outcomes in Harare. S Afr Med J. 2025."]),
     ("Specialty interests", ["Emergency Medicine; Infectious Disease"]),
     ("Languages", ["English, Shona, Ndebele"]),
     ("References", ["Dr. Karen Walsh, Program Director EM — kwalsh@tbh.org — +1 718 250 8000"]),
    ],
    truth=dict(full_name="Tendai Moyo", email="tendai.moyo.md@gmail.com", phone_e164="+263772345678",
      medical_school="University of Zimbabwe", medical_school_country="ZW", graduation_year=2025, is_student=False,
      usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
      specialties=["Emergency Medicine", "Infectious Disease"], languages=["English", "Shona", "Ndebele"], publications=1,
      usce_entries=[U("hands_on", "Emergency Medicine", "NY", "2026-03", "2026-05"), U("observership", "Infectious Disease", "GA", "2026-06", "2026-07")]))

# ---------------------------------------------------------------- 013
add(n=13, layout="odt_soffice_html", ext="odt", render="html_to_odt",
    name="Youssef Mahmoud Abdelrahman", headline="Final-year medical student · Kasr Al Ainy, Cairo University",
    contact=["youssef.abdelrahman99@gmail.com", "+20 100 123 4567", "Giza, Egypt", "Born 1999"],
    sections=[
     ("Education", [("MBBCh, Faculty of Medicine (Kasr Al Ainy), Cairo University", "2020 – 2027", ["Final year (6th year), graduation expected July 2027"])]),
     ("USCE", [("Hands-on elective (via agency), General Surgery — Hackensack Meridian Health, Hackensack, NJ", "Aug 2026", []),
                    ("Upcoming: Cardiology observership — Northwell Health, NY", "Jan 2027", ["Confirmed, not started"])]),
     ("Clerkships", [("Kasr Al Ainy Hospitals — Surgery, Medicine, Pediatrics", "2023 – present", [])]),
     ("USMLE", ["Step 1: Pass"]),
     ("Interest", ["General Surgery"]),
     ("Languages", ["Arabic, English"]),
     ("Visa", ["B1/B2"]),
    ],
    truth=dict(full_name="Youssef Mahmoud Abdelrahman", email="youssef.abdelrahman99@gmail.com", phone_e164="+201001234567",
      medical_school="Cairo University", medical_school_country="EG", graduation_year=2027, is_student=True,
      usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
      specialties=["General Surgery"], languages=["Arabic", "English"], publications=0,
      usce_entries=[U("hands_on", "General Surgery", "NJ", "2026-08", "2026-08")]))

# ---------------------------------------------------------------- 014
add(n=14, layout="rtf_soffice_docx", ext="rtf", render="docx_to_rtf",
    name="Maria Clarissa Dela Cruz", headline="MD (2026), University of the Philippines · BS Pharmacy (2020)",
    contact=["clarissa.delacruz@up.edu.ph", "+63 917 555 0123", "Manila, Philippines"],
    sections=[
     ("Education", [("Doctor of Medicine, University of the Philippines College of Medicine, Manila", "2021 – June 2026", ["MD conferred June 2026"]),
                    ("BS Pharmacy, University of the Philippines Manila", "2016 – 2020", ["Licensed pharmacist (2020)"])]),
     ("US Experience", [("Observership, Geriatrics — UCLA Health, Los Angeles, CA", "2025-02", []),
                    ("Virtual clinical elective, Endocrinology — Cleveland Clinic, Cleveland, OH (telehealth)", "Nov–Dec 2025", [])]),
     ("Philippine Experience", [("Post-graduate internship, Philippine General Hospital", "2025 – 2026", [])]),
     ("USMLE / ECFMG", ["Step 1: Pass", "Step 2 CK: scheduled January 2027", "ECFMG certification pending (Step 2 CK outstanding)"]),
     ("Publications", ["Dela Cruz MC, et al. Polypharmacy among Filipino elderly. Acta Med Philipp. 2025."]),
     ("Interests", ["Geriatrics, Endocrinology, Internal Medicine"]),
     ("Languages", ["English, Filipino, Cebuano"]),
    ],
    truth=dict(full_name="Maria Clarissa Dela Cruz", email="clarissa.delacruz@up.edu.ph", phone_e164="+639175550123",
      medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2026, is_student=False,
      usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
      specialties=["Geriatrics", "Endocrinology", "Internal Medicine"], languages=["English", "Filipino", "Cebuano"], publications=1,
      usce_entries=[U("observership", "Geriatrics", "CA", "2025-02", "2025-02"), U("telehealth", "Endocrinology", "OH", "2025-11", "2025-12")]))

# ---------------------------------------------------------------- 015
add(n=15, layout="txt_cyrillic", ext="txt", render="txt2",
    name="Anna Kuznetsova", alt="Анна Сергеевна Кузнецова", headline="5th-year student, General Medicine, Sechenov University",
    contact=["anna.kuznetsova.med@mail.ru", "+7 (916) 123-45-67", "Moscow, Russia"],
    sections=[
     ("Education", [("Specialist degree in General Medicine (MD), I.M. Sechenov First Moscow State Medical University (Sechenov University)", "2022 – 2028", ["5th year of 6, expected June 2028"])]),
     ("US research", [("Summer research internship, Neurology lab — University of Chicago, Chicago, IL", "July 2025 – August 2025", [])]),
     ("Clinical clerkships", [("University Clinical Hospital No. 1, Moscow — Neurology, Psychiatry", "2025 – present", [])]),
     ("Exams", ["USMLE Step 1: not yet taken (target 2027)"]),
     ("Publications", ["Kuznetsova A, et al. Sleep in Parkinson disease. Zh Nevrol Psikhiatr. 2025."]),
     ("Interests", ["Neurology, Psychiatry"]),
     ("Languages", ["Russian (native), English (C1), German (B1)"]),
    ],
    truth=dict(full_name="Anna Kuznetsova", email="anna.kuznetsova.med@mail.ru", phone_e164="+79161234567",
      medical_school="Sechenov University", medical_school_country="RU", graduation_year=2028, is_student=True,
      usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
      specialties=["Neurology", "Psychiatry"], languages=["Russian", "English", "German"], publications=1,
      usce_entries=[U("research", "Neurology", "IL", "2025-07", "2025-08")]))

# ---------------------------------------------------------------- 016
add(n=16, layout="lo_pdf_odt_table", ext="pdf", render="odt_lo",
    name="Kwame Asante Boateng", headline="Final-year MB ChB student · University of Ghana Medical School",
    contact=["kwame.boateng@st.ug.edu.gh", "+233 24 412 3456", "Accra, Ghana", "B1/B2 visa"],
    sections=[
     ("Education", [("MB ChB, University of Ghana Medical School, Korle Bu, Accra", "2021 – 2027", ["Final year (expected graduation: 2027)"])]),
     ("US Clinical Experience", [("VSLO elective, Pediatrics — University of Rochester Medical Center, Rochester, NY", "09/2026 – 10/2026", ["Hands-on: wards and newborn nursery"]),
                    ("Observership, Family Medicine — Penn Medicine, Philadelphia, PA", "06/2026", [])]),
     ("Clerkships (Ghana)", [("Korle Bu Teaching Hospital — Child Health, Medicine, Surgery", "2024 – present", [])]),
     ("USMLE", ["Step 1: Pass"]),
     ("Interest", ["Pediatrics"]),
     ("Languages", ["English, Twi, Ga"]),
    ],
    truth=dict(full_name="Kwame Asante Boateng", email="kwame.boateng@st.ug.edu.gh", phone_e164="+233244123456",
      medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2027, is_student=True,
      usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
      specialties=["Pediatrics"], languages=["English", "Twi", "Ga"], publications=0,
      usce_entries=[U("hands_on", "Pediatrics", "NY", "2026-09", "2026-10"), U("observership", "Family Medicine", "PA", "2026-06", "2026-06")]))

# ================================================================ scans
add(n=17, layout="scan_jpg_photo", ext="jpg", render="scan", scan_src="rl_twocol",
    name="Dinuka Perera", headline="Final year MBBS, Faculty of Medicine, University of Colombo",
    contact=["dinuka.perera@gmail.com", "+94 77 123 4567", "Colombo 08, Sri Lanka", "B1/B2 visa"],
    sections=[
     ("Education", [("MBBS, Faculty of Medicine, University of Colombo", "2021 – 2027", ["Final year, expected 2027"])]),
     ("US Experience", [("Observership, Internal Medicine — Henry Ford Hospital, Detroit, MI", "Apr 2026", [])]),
     ("Clerkships", [("National Hospital of Sri Lanka — Medicine, Surgery", "2024 – present", [])]),
     ("Exams", ["USMLE Step 1: preparing (NBME 26: 232)"]),
     ("Interest", ["Internal Medicine"]),
     ("Languages", ["English, Sinhala, Tamil"]),
    ],
    truth=dict(full_name="Dinuka Perera", email="dinuka.perera@gmail.com", phone_e164="+94771234567",
      medical_school="University of Colombo", medical_school_country="LK", graduation_year=2027, is_student=True,
      usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
      specialties=["Internal Medicine"], languages=["English", "Sinhala", "Tamil"], publications=0,
      usce_entries=[U("observership", "Internal Medicine", "MI", "2026-04", "2026-04")]))

add(n=18, layout="scan_pdf_image", ext="pdf", render="scan", scan_src="fpdf_classic",
    name="Sushma Karki", headline="MBBS (2025), Kathmandu University School of Medical Sciences",
    contact=["sushma.karki.md@gmail.com", "+977 984-1234567", "Dhulikhel, Nepal", "J-1 visa needed"],
    sections=[
     ("Education", [("MBBS, Kathmandu University School of Medical Sciences (KUSMS), Dhulikhel", "2019 - 2025", ["Graduated August 2025"])]),
     ("US Clinical Experience", [("Externship (hands-on), Internal Medicine - Community First Medical Center, Chicago, IL", "2026-01 to 2026-03", [])]),
     ("Nepal", [("Internship, Dhulikhel Hospital", "2024 - 2025", [])]),
     ("USMLE", ["Step 1: Pass", "Step 2 CK: 245", "ECFMG: certification pending"]),
     ("Interests", ["Internal Medicine, Nephrology"]),
     ("Languages", ["Nepali, English, Hindi"]),
    ],
    truth=dict(full_name="Sushma Karki", email="sushma.karki.md@gmail.com", phone_e164="+9779841234567",
      medical_school="Kathmandu University School of Medical Sciences", medical_school_country="NP", graduation_year=2025, is_student=False,
      usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
      specialties=["Internal Medicine", "Nephrology"], languages=["Nepali", "English", "Hindi"], publications=0,
      usce_entries=[U("hands_on", "Internal Medicine", "IL", "2026-01", "2026-03")]))

add(n=19, layout="scan_png_lowcontrast", ext="png", render="scan", scan_src="docx_header_lo",
    name="Lama Alqahtani", headline="6th-year medical student, King Saud University",
    contact=["lama.alqahtani@ksu.edu.sa", "+966 55 123 4567", "Riyadh, Saudi Arabia", "B1/B2"],
    sections=[
     ("Education", [("MBBS, College of Medicine, King Saud University, Riyadh", "2021 – 2027", ["6th year, expected graduation May 2027"])]),
     ("US Electives", [("Elective, Rheumatology — Johns Hopkins Hospital, Baltimore, MD", "Aug–Sep 2026", ["Hands-on clinic and inpatient consults"])]),
     ("Publications", ["Alqahtani L, et al. Vitamin D and lupus activity. Saudi Med J. 2025."]),
     ("Interests", ["Rheumatology, Internal Medicine"]),
     ("Languages", ["Arabic, English"]),
    ],
    truth=dict(full_name="Lama Alqahtani", email="lama.alqahtani@ksu.edu.sa", phone_e164="+966551234567",
      medical_school="King Saud University", medical_school_country="SA", graduation_year=2027, is_student=True,
      usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
      specialties=["Rheumatology", "Internal Medicine"], languages=["Arabic", "English"], publications=1,
      usce_entries=[U("hands_on", "Rheumatology", "MD", "2026-08", "2026-09")]))

add(n=20, layout="scan_pdf_rotated", ext="pdf", render="scan", scan_src="html_sidebar",
    name="Lukas Schäfer", headline="Medical student (Praktisches Jahr), Charité – Universitätsmedizin Berlin",
    contact=["lukas.schaefer@charite.de", "+49 151 2345 6789", "Berlin, Germany"],
    sections=[
     ("Education", [("Medicine (Staatsexamen), Charité – Universitätsmedizin Berlin", "2020 – 2027", ["Praktisches Jahr 2026/27, expected graduation 2027"])]),
     ("US Experience", [("PJ Tertial: Medical ICU (Pulmonology/Critical Care), University of Colorado Hospital, Aurora, CO", "since 11/2026 (ongoing)", ["Hands-on sub-intern"])]),
     ("USMLE", ["Step 1: Pass"]),
     ("Publications", ["Schäfer L, et al. ARDS phenotypes. Crit Care. 2025.", "Weber M, Schäfer L. Prone positioning. Intensive Care Med. 2024."]),
     ("Interests", ["Pulmonology/Critical Care, Anesthesiology"]),
     ("Languages", ["German, English, French"]),
    ],
    truth=dict(full_name="Lukas Schäfer", email="lukas.schaefer@charite.de", phone_e164="+4915123456789",
      medical_school="Charité – Universitätsmedizin Berlin", medical_school_country="DE", graduation_year=2027, is_student=True,
      usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
      specialties=["Pulmonology/Critical Care", "Anesthesiology"], languages=["German", "English", "French"], publications=2,
      usce_entries=[U("hands_on", "Pulmonology/Critical Care", "CO", "2026-11", "2026-12")]))

add(n=21, layout="scan_jpg_cjk", ext="jpg", render="scan", scan_src="rl_latex",
    name="Wang Xiaoyu", alt="王晓雨", headline="MD Program (8-year), Peking Union Medical College — Class of 2028",
    contact=["wangxiaoyu@pumc.edu.cn", "+86 138 1234 5678", "Beijing, China"],
    sections=[
     ("Education", [("MD (8-year program), Peking Union Medical College, Beijing", "2020 – 2028", ["Class of 2028"])]),
     ("US Research", [("Research internship, Gastroenterology — Mayo Clinic, Rochester, MN", "Jul 2025 – Sep 2025", [])]),
     ("Publications", ["1. Wang X, et al. IBD in China. Gut. 2025.", "2. Wang X, Li Y. H. pylori eradication. World J Gastroenterol. 2024."]),
     ("Interest", ["Gastroenterology"]),
     ("Languages", ["Chinese (Mandarin), English"]),
    ],
    truth=dict(full_name="Wang Xiaoyu", email="wangxiaoyu@pumc.edu.cn", phone_e164="+8613812345678",
      medical_school="Peking Union Medical College", medical_school_country="CN", graduation_year=2028, is_student=True,
      usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
      specialties=["Gastroenterology"], languages=["Chinese", "English"], publications=2,
      usce_entries=[U("research", "Gastroenterology", "MN", "2025-07", "2025-09")]))

# ================================================================ damaged
add(n=22, layout="damaged_truncated_pdf", ext="pdf", render="dmg_trunc")
add(n=23, layout="damaged_encrypted_pdf", ext="pdf", render="dmg_encrypt")
add(n=24, layout="damaged_random_docx", ext="docx", render="dmg_random")
