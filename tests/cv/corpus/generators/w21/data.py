# -*- coding: utf-8 -*-
"""CV content + truth for writer w21 (MENA + Latin America, template/résumé-builder CVs).
Each CV: truth fields + 'sections' = list of (heading, [item,...]); item = dict(t=title, s=subtitle, d=date, b=[bullets])
or a plain string line. 'contact' = list of lines shown in header/sidebar.
usce: (type, specialty, state, start, end) – truth; the display text is inside sections."""

def U(t, sp, st, a, b):
    return {"type": t, "specialty": sp, "state": st, "start": a, "end": b}

CVS = []

def cv(**k):
    CVS.append(k)

# 001 Egypt – Google Docs "Serif" look, Chromium PDF
cv(n=1, layout="gdocs_serif", fmt="pdf", render="html_serif",
   full_name="Mohamed Abdelrahman Elsayed", email="m.abdelrahman.elsayed@gmail.com", phone_e164="+201006347821",
   medical_school="Cairo University Faculty of Medicine (Kasr Al Ainy)", medical_school_country="EG", graduation_year=2022,
   is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Internal Medicine"], languages=["Arabic", "English", "German"], publications=2,
   usce=[U("observership", "Internal Medicine", "OH", "2024-03", "2024-04"), U("hands_on", "Cardiology", "NY", "2024-07", "2024-08")],
   title="Dr. Mohamed Abdelrahman Elsayed, MBBCh",
   contact=["12 El-Tahrir St., Dokki, Giza, Egypt", "+20 100 634 7821", "m.abdelrahman.elsayed@gmail.com"],
   sections=[
    ("Objective", ["Egyptian physician, ECFMG certified, seeking a categorical Internal Medicine residency position (J-1 sponsorship needed)."]),
    ("Education", [dict(t="Cairo University Faculty of Medicine (Kasr Al Ainy)", s="Bachelor of Medicine and Bachelor of Surgery (MBBCh), Grade: Excellent with Honors", d="Sept 2015 – Jul 2022"),
                   dict(t="Kasr Al Ainy Hospitals", s="Rotating internship (Ministry of Health)", d="Mar 2022 – Feb 2023")]),
    ("US Clinical Experience", [dict(t="Observership – Internal Medicine", s="Cleveland Clinic, Cleveland", d="Mar 2024 – Apr 2024", b=["Attended morning report and rounds with hospitalist teams."]),
                                dict(t="Externship (hands-on) – Cardiology", s="Mount Sinai Morningside, New York, NY", d="Jul 2024 – Aug 2024", b=["Wrote progress notes under supervision; presented patients on rounds."])]),
    ("Work Experience", [dict(t="Resident physician, Internal Medicine", s="Kasr Al Ainy Hospitals, Cairo", d="Mar 2023 – Present", b=["Inpatient wards, 30-bed unit; night on-calls in the ED."])]),
    ("Examinations", ["USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 248 (2024)", "ECFMG Certified (2024)", "NBME 30 practice: 245"]),
    ("Publications", ["Elsayed MA, Fouad H. Predictors of in-hospital mortality in decompensated cirrhosis. Egypt J Intern Med. 2023;35:41.",
                      "Hassan R, Elsayed MA, et al. Vitamin D status in type 2 diabetes. BMC Endocr Disord. 2024;24:112.",
                      "Poster: Elsayed MA. Hyponatremia in the elderly. ACP Egypt Chapter Meeting 2023."]),
    ("Languages", ["Arabic (native), English (fluent – IELTS 8.0), German (B1)"]),
    ("References", ["Dr. Karim Mostafa, Professor of Medicine, Cairo University – k.mostafa@kasralainy.edu.eg – +20 122 555 0198",
                    "Dr. Susan Reynolds, Staff Physician, Cleveland Clinic – reynols2@ccf.org"]),
   ])

# 002 Jordan – Canva-style two column, Chromium
cv(n=2, layout="canva_2col", fmt="pdf", render="html_canva",
   full_name="Lina Khaled Al-Masri", email="lina.almasri.md@outlook.com", phone_e164="+962791234567",
   medical_school="University of Jordan School of Medicine", medical_school_country="JO", graduation_year=2023,
   is_student=False, usmle_step1="pass", usmle_step2ck=256, usmle_step3=None, ecfmg_status="certified",
   visa_status=None, specialties=["Pediatrics"], languages=["Arabic", "English", "French"], publications=1,
   usce=[U("observership", "Pediatrics", "TX", "2024-09", "2024-10"), U("telehealth", "Pediatrics", "PA", "2024-01", "2024-01")],
   title="LINA KHALED AL-MASRI",
   contact=["Amman, Jordan", "(+962) 79 123 4567", "lina.almasri.md@outlook.com", "linkedin.com/in/linaalmasri"],
   side=[("SKILLS", ["Pediatric history & exam", "Neonatal resuscitation (NRP)", "EPIC (observed)", "SPSS"]),
         ("LANGUAGES", ["Arabic – Native", "English – Fluent", "French – Basic"]),
         ("CERTIFICATIONS", ["BLS / ACLS – AHA 2024", "PALS – 2024"])],
   sections=[
    ("PROFILE", ["Jordanian medical graduate pursuing Pediatrics residency in the US. ECFMG certified, 2024."]),
    ("EDUCATION", [dict(t="Doctor of Medicine (MD)", s="University of Jordan School of Medicine, Amman", d="2017 – 2023")]),
    ("USCE", [dict(t="Pediatrics Observer", s="Texas Children's Hospital, Houston", d="09/2024 – 10/2024"),
              dict(t="Telemedicine Elective – General Pediatrics", s="Children's Hospital of Philadelphia (virtual)", d="01/2024")]),
    ("EXPERIENCE", [dict(t="General Practitioner", s="Jordan University Hospital – Pediatric ED", d="11/2023 – present")]),
    ("USMLE", ["Step 1 – PASS", "Step 2 CK – 256", "Step 3 – scheduled 2025"]),
    ("RESEARCH", ["Al-Masri L, Odeh M. Bronchiolitis admissions after COVID-19 in Amman. J Pediatr Infect Dis. 2024;19(2):88-93.",
                  "Abstract (in preparation): Iron deficiency in toddlers in Zarqa."]),
   ])

# 003 Syria – Word template, docx table header
cv(n=3, layout="docx_table", fmt="docx", render="docx_table",
   full_name="Omar Haddad", email="omar.haddad.syr@gmail.com", phone_e164="+963944718205",
   medical_school="Damascus University Faculty of Medicine", medical_school_country="SY", graduation_year=2021,
   is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Neurology", "Internal Medicine"], languages=["Arabic", "English", "German"], publications=0,
   usce=[U("observership", "Neurology", "MN", "2023-10", "2023-12"), U("research", "Neurology", "MD", "2024-02", "2024-07")],
   title="Omar Haddad, MD",
   contact=["Mezzeh, Damascus, Syria", "+963 944 718 205", "omar.haddad.syr@gmail.com", "Born: 1996"],
   sections=[
    ("Personal Statement", ["Syrian physician aiming for Neurology (preliminary Internal Medicine also considered). Will require a J-1 visa."]),
    ("Education", [dict(t="Doctor of Medicine (MD)", s="Damascus University Faculty of Medicine", d="2015 – 2021"),
                   dict(t="Deutsch Sprachkurs B2", s="Goethe-Institut Beirut", d="2022")]),
    ("Clinical Experience in the USA", [dict(t="Clinical Observer, Department of Neurology", s="Mayo Clinic, Rochester", d="Oct 2023 – Dec 2023"),
                                        dict(t="Research Volunteer – Stroke outcomes", s="Johns Hopkins Hospital, Baltimore, MD", d="Feb 2024 – Jul 2024")]),
    ("Clinical Experience in Syria", [dict(t="Neurology resident (Year 1–2)", s="Al-Assad University Hospital, Damascus", d="Jan 2022 – Sep 2023")]),
    ("Examinations", ["USMLE Step 1 – Passed", "USMLE Step 2 CK – 241", "OET Medicine – Grade B", "ECFMG certificate issued 2023"]),
    ("Presentations", ["Poster: Thrombolysis delays in Damascus. World Stroke Congress 2023 (abstract)."]),
    ("Languages", ["Arabic (mother tongue) · English (C1) · German (B2)"]),
   ])

# 004 Iraq – Google Docs "Swiss" look, Chromium
cv(n=4, layout="gdocs_swiss", fmt="pdf", render="html_swiss",
   full_name="Zainab Ali Hussein", email="zainab.hussein94@yahoo.com", phone_e164="+9647701234589",
   medical_school="University of Baghdad College of Medicine", medical_school_country="IQ", graduation_year=2019,
   is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=215, ecfmg_status="certified",
   visa_status="h1b", specialties=["Family Medicine"], languages=["Arabic", "English", "Kurdish"], publications=1,
   usce=[U("hands_on", "Family Medicine", "MI", "2024-05", "2024-06"), U("hands_on", "Internal Medicine", "MI", "2024-06", "2024-07")],
   title="Zainab Ali Hussein",
   contact=["Baghdad, Iraq", "+964 770 123 4589", "zainab.hussein94@yahoo.com"],
   sections=[
    ("Summary", ["Iraqi physician, ECFMG certified, seeking Family Medicine residency; eligible for H-1B (Step 3 passed)."]),
    ("Education", [dict(t="University of Baghdad College of Medicine", s="M.B.Ch.B.", d="2013 – 2019")]),
    ("U.S. Clinical Experience", [dict(t="Hands-on Clerkship, Family Medicine", s="Henry Ford Hospital, Detroit, Michigan", d="May 2024 – June 2024"),
                                  dict(t="Hands-on Clerkship, Internal Medicine", s="Henry Ford Hospital, Detroit, Michigan", d="June 2024 – July 2024")]),
    ("Experience", [dict(t="Senior House Officer", s="Baghdad Teaching Hospital", d="2020 – 2023"),
                    dict(t="Primary Health Care Physician", s="Al-Karkh PHC, Baghdad", d="since 2023")]),
    ("Exams", ["Step 1: Pass | Step 2 CK: 233 | Step 3: 215", "ECFMG: Certified", "Arab Board Part I – passed"]),
    ("Publications", ["Hussein ZA, Jasim K. Hypertension control in primary care, Baghdad. Iraqi Postgrad Med J. 2022;21(3):210-6."]),
    ("Languages", ["Arabic, English, Kurdish (Sorani, conversational)"]),
   ])

# 005 Saudi Arabia – Bilingual Arabic/English headings, Chromium
cv(n=5, layout="bilingual_ar_en", fmt="pdf", render="html_bilingual",
   full_name="Abdullah Saad Alqahtani", email="a.alqahtani@ksu-alumni.sa", phone_e164="+966505318842",
   medical_school="King Saud University College of Medicine", medical_school_country="SA", graduation_year=2023,
   is_student=False, usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Cardiology", "Internal Medicine"], languages=["Arabic", "English"], publications=3,
   usce=[U("research", "Cardiology", "MA", "2023-09", "2024-08"), U("observership", "Internal Medicine", "MA", "2024-09", "2024-10")],
   title="عبدالله سعد القحطاني | Abdullah Saad Alqahtani",
   contact=["Riyadh, Saudi Arabia", "+966 50 531 8842", "a.alqahtani@ksu-alumni.sa"],
   sections=[
    ("الهدف | Objective", ["Internal Medicine residency with a path to Cardiology fellowship; SCFHS sponsored J-1 physician."]),
    ("التعليم | Education", [dict(t="Bachelor of Medicine, Bachelor of Surgery (MBBS)", s="King Saud University College of Medicine, Riyadh", d="2016 – 2023", b=["GPA 4.71/5 – Second Honors"])]),
    ("الخبرة السريرية في الولايات المتحدة | US Clinical Experience",
        [dict(t="Research Fellow – Cardiovascular Imaging", s="Massachusetts General Hospital, Boston, MA", d="2023/09 – 2024/08"),
         dict(t="Observer – General Medicine", s="Brigham and Women's Hospital, Boston, MA", d="2024/09 – 2024/10")]),
    ("الخبرة | Experience", [dict(t="Intern (Imtiaz year)", s="King Khalid University Hospital, Riyadh", d="2022/07 – 2023/06")]),
    ("الاختبارات | Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 262", "ECFMG Certification: 2024", "Saudi Medical Licensing Exam (SMLE): 680"]),
    ("المنشورات | Publications", ["1. Alqahtani AS, et al. Strain imaging in cardio-oncology. JACC CardioOncol. 2024.",
                                  "2. Alqahtani AS, Park J. LV global longitudinal strain in athletes. Echocardiography. 2024.",
                                  "3. Ghanem F, Alqahtani AS. Statin adherence in Riyadh. Saudi Med J. 2022.",
                                  "Manuscript submitted: AI-based LVEF estimation. (under review)"]),
    ("اللغات | Languages", ["العربية Arabic (native) – الإنجليزية English (fluent)"]),
   ])

# 006 Morocco – Europass-like, Chromium
cv(n=6, layout="europass_like", fmt="pdf", render="html_europass",
   full_name="Yassine El Amrani", email="yassine.elamrani@gmail.com", phone_e164="+212661482937",
   medical_school="Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V", medical_school_country="MA", graduation_year=2022,
   is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
   visa_status="b1b2", specialties=["Emergency Medicine"], languages=["Arabic", "French", "English", "Spanish"], publications=0,
   usce=[U("observership", "Emergency Medicine", "FL", "2024-11", "2024-12")],
   title="Yassine El Amrani",
   contact=["Address: Hay Riad, Rabat, Morocco", "Telephone: +212 6 61 48 29 37", "Email: yassine.elamrani@gmail.com", "Date of birth: 14/02/1997", "Nationality: Moroccan"],
   sections=[
    ("DESIRED EMPLOYMENT", ["Residency position – Emergency Medicine (United States)"]),
    ("WORK EXPERIENCE", [dict(t="Médecin généraliste / General practitioner", s="Centre Hospitalier Ibn Sina, Urgences, Rabat", d="01/2023 – current"),
                         dict(t="Emergency Medicine Observer", s="Jackson Memorial Hospital, Miami", d="11/2024 – 12/2024", b=["Visa: B1/B2 (held)"])]),
    ("EDUCATION AND TRAINING", [dict(t="Doctorat en Médecine (MD)", s="Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V", d="2015 – 2022")]),
    ("EXAMS", ["USMLE Step 1: PASS (2024)", "USMLE Step 2 CK: planned 2025", "ECFMG certification: pending Step 2 CK"]),
    ("LANGUAGE SKILLS", ["Mother tongue(s): Arabic", "Other language(s): French C2, English C1, Spanish B1"]),
    ("DIGITAL SKILLS", ["Microsoft Office, DxGPT, UpToDate"]),
   ])

# 007 Mexico – bilingual Spanish/English, Google Docs "Modern Writer", Chromium
cv(n=7, layout="gdocs_modernwriter_es_en", fmt="pdf", render="html_modern",
   full_name="José Luis Ramírez Hernández", email="jl.ramirez.hdz@gmail.com", phone_e164="+525512349876",
   medical_school="Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", medical_school_country="MX", graduation_year=2021,
   is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
   visa_status="b1b2", specialties=["Internal Medicine", "Gastroenterology"], languages=["Spanish", "English"], publications=1,
   usce=[U("observership", "Gastroenterology", "TX", "2024-01", "2024-03"), U("hands_on", "Internal Medicine", "IL", "2024-04", "2024-04")],
   title="José Luis Ramírez Hernández",
   contact=["CDMX, México", "Cel. +52 1 55 1234 9876", "jl.ramirez.hdz@gmail.com"],
   sections=[
    ("Perfil / Profile", ["Médico cirujano buscando residencia en Medicina Interna (interés futuro: Gastroenterología). Cuento con visa B1/B2."]),
    ("Educación / Education", [dict(t="Médico Cirujano", s="Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", d="Ago 2014 – Jul 2021"),
                               dict(t="Servicio Social", s="Centro de Salud Rural, Oaxaca", d="Ago 2020 – Jul 2021")]),
    ("Experiencia clínica en EE. UU. / US Clinical Experience",
        [dict(t="Observership – Gastroenterología", s="Houston Methodist Hospital, Houston, TX", d="Ene 2024 – Mar 2024"),
         dict(t="Externship – Medicina Interna (hands-on)", s="John H. Stroger Jr. Hospital of Cook County, Chicago, IL", d="Abr 2024")]),
    ("Experiencia / Experience", [dict(t="Médico general", s="Hospital Ángeles Pedregal, CDMX", d="Sep 2021 – Dic 2023")]),
    ("Exámenes / Exams", ["USMLE Step 1: Aprobado (Pass)", "USMLE Step 2 CK: 238", "ENARM 2022: 78.5", "ECFMG: Certificado"]),
    ("Publicaciones / Publications", ["Ramírez-Hernández JL, et al. Prevalencia de hígado graso en CDMX. Rev Gastroenterol Mex. 2023;88(4):301-8."]),
    ("Idiomas / Languages", ["Español (nativo), Inglés (avanzado, TOEFL iBT 108)"]),
   ])

# 008 Colombia – Word template converted to PDF with LibreOffice
cv(n=8, layout="docx_lo_pdf", fmt="pdf", render="docx_plain_lo",
   full_name="Valentina Gómez Restrepo", email="valegomezr@hotmail.com", phone_e164="+573104587214",
   medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2024,
   is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
   visa_status=None, specialties=["Obstetrics and Gynecology"], languages=["Spanish", "English", "Portuguese"], publications=0,
   usce=[U("observership", "Obstetrics and Gynecology", "FL", "2025-06", "2025-07")],
   title="VALENTINA GÓMEZ RESTREPO",
   contact=["Medellín, Colombia · +57 310 458 7214 · valegomezr@hotmail.com"],
   sections=[
    ("PERFIL PROFESIONAL", ["Médica general con interés en Ginecología y Obstetricia (OB/GYN)."]),
    ("FORMACIÓN ACADÉMICA", [dict(t="Medicina y Cirugía (Médica)", s="Universidad de Antioquia, Medellín", d="2017 – 2024"),
                             dict(t="Internado rotatorio", s="Hospital San Vicente Fundación", d="2023 – 2024")]),
    ("EXPERIENCIA EN ESTADOS UNIDOS", [dict(t="Observership OB/GYN", s="University of Miami / Jackson Health System, Miami", d="Jun. 2025 – Jul. 2025")]),
    ("EXPERIENCIA", [dict(t="Médica SSO (servicio social obligatorio)", s="ESE Hospital San Juan de Dios, Rionegro", d="Feb 2025 – actual")]),
    ("EXÁMENES", ["USMLE Step 1 – Pass (2025)", "Step 2 CK: programado / scheduled"]),
    ("IDIOMAS", ["Español – nativo; Inglés – C1; Portugués – B2"]),
   ])

# 009 Peru – docx plain with contacts in page header (docx)
cv(n=9, layout="docx_header_contacts", fmt="docx", render="docx_plain",
   full_name="Diego Alonso Quispe Mamani", email="dquispe.md@gmail.com", phone_e164="+51987654123",
   medical_school="Universidad Peruana Cayetano Heredia", medical_school_country="PE", graduation_year=2020,
   is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Infectious Disease", "Internal Medicine"], languages=["Spanish", "English", "Quechua"], publications=2,
   usce=[U("research", "Infectious Disease", "AL", "2022-03", "2023-02"), U("observership", "Infectious Disease", "GA", "2023-05", "2023-06"),
         U("hands_on", "Internal Medicine", "NY", "2023-06", "2023-07")],
   title="Diego Alonso Quispe Mamani",
   contact=["Lima, Perú | +51 987 654 123 | dquispe.md@gmail.com"],
   header_contacts=True,
   sections=[
    ("Objective", ["Internal Medicine residency (J-1), long-term Infectious Disease fellowship."]),
    ("Education", [dict(t="Médico Cirujano (MD)", s="Universidad Peruana Cayetano Heredia, Lima", d="2013 – 2020")]),
    ("USCE", [dict(t="Research Associate – TB/HIV cohort", s="University of Alabama at Birmingham (UAB), Birmingham", d="03/2022 – 02/2023"),
              dict(t="ID Observer", s="Emory University Hospital, Atlanta, GA", d="05/2023 – 06/2023"),
              dict(t="Sub-internship style externship, Internal Medicine", s="NYC Health + Hospitals/Elmhurst, Queens, NY", d="06/2023 – 07/2023")]),
    ("Peru", [dict(t="SERUMS physician", s="Puesto de Salud Chucuito, Puno", d="2020 – 2021"),
              dict(t="Observership", s="Hospital Nacional Cayetano Heredia – Infectología", d="2021 – 2022")]),
    ("USMLE", ["Step 1 Pass · Step 2 CK 245 · ECFMG certified (2023)"]),
    ("Publications", ["Quispe DA, Gotuzzo E. MDR-TB outcomes in Lima. Int J Tuberc Lung Dis. 2022;26(5):441-7.",
                      "Quispe DA, et al. Strongyloides in HTLV-1 carriers. Am J Trop Med Hyg. 2023;108(2):250-5.",
                      "Oral presentation: IDWeek 2023."]),
    ("Languages", ["Spanish (native), English (fluent), Quechua (conversational)"]),
   ])

# 010 Venezuela – plain text résumé
cv(n=10, layout="plain_text", fmt="txt", render="txt",
   full_name="María Fernanda Pérez Rojas", email="mafe.perez.rojas@gmail.com", phone_e164="+584141234567",
   medical_school="Universidad Central de Venezuela", medical_school_country="VE", graduation_year=2018,
   is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified",
   visa_status="green_card", specialties=["Psychiatry"], languages=["Spanish", "English", "Italian"], publications=0,
   usce=[U("hands_on", "Psychiatry", "FL", "2023-08", "2023-10"), U("observership", "Psychiatry", "FL", "2023-10", "2023-11")],
   title="MARÍA FERNANDA PÉREZ ROJAS",
   contact=["Doral, FL (originally Caracas, Venezuela)", "Tel: +58 414-1234567", "mafe.perez.rojas@gmail.com"],
   sections=[
    ("PROFILE", ["Psychiatry applicant. US Permanent Resident (green card). ECFMG certified."]),
    ("EDUCATION", [dict(t="Médico Cirujano", s="Universidad Central de Venezuela, Caracas", d="2011-2018")]),
    ("US CLINICAL EXPERIENCE (USCE)", [dict(t="Clinical Rotation (hands-on) - Adult Psychiatry", s="Larkin Community Hospital, South Miami, FL", d="08/2023 - 10/2023"),
                                       dict(t="Observership - Consultation-Liaison Psychiatry", s="University of Miami Hospital, Miami", d="10/2023 - 11/2023")]),
    ("EXPERIENCE", [dict(t="Medico Residente, Psiquiatria", s="Hospital Universitario de Caracas", d="2019-2021"),
                    dict(t="Medico General", s="Clinica Santa Sofia, Caracas", d="2021-2022")]),
    ("EXAMS", ["USMLE Step 1: PASS", "USMLE Step 2CK: 228", "OET: passed"]),
    ("LANGUAGES", ["Spanish (native), English (fluent), Italian (intermediate)"]),
   ])

# 011 Dominican Republic – docx → odt via LibreOffice
cv(n=11, layout="odt_sidebar_table", fmt="odt", render="docx_table_odt",
   full_name="Carlos Manuel Batista Reyes", email="cbatista.reyes@gmail.com", phone_e164="+18095550147",
   medical_school="Universidad Autónoma de Santo Domingo (UASD)", medical_school_country="DO", graduation_year=2025,
   is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
   visa_status="b1b2", specialties=["General Surgery"], languages=["Spanish", "English"], publications=0,
   usce=[U("observership", "General Surgery", "NY", "2024-06", "2024-07"), U("hands_on", "General Surgery", "NJ", "2025-08", "2025-09")],
   title="Carlos Manuel Batista Reyes",
   contact=["Santo Domingo, República Dominicana", "(809) 555-0147", "cbatista.reyes@gmail.com", "B1/B2 visa holder"],
   sections=[
    ("Objetivo / Objective", ["General Surgery (categorical)."]),
    ("Educación / Education", [dict(t="Doctor en Medicina", s="Universidad Autónoma de Santo Domingo (UASD)", d="2018 – 2025"),
                               dict(t="Internado rotatorio", s="Hospital Dr. Salvador B. Gautier", d="2024 – 2025")]),
    ("USCE", [dict(t="Surgery Observership", s="NewYork-Presbyterian / Weill Cornell, New York", d="Jun 2024 – Jul 2024"),
              dict(t="Hands-on Elective – Acute Care Surgery", s="Saint Barnabas Medical Center, Livingston, NJ", d="Aug 2025 – Sep 2025")]),
    ("Exámenes / Exams", ["Step 1: PASS (attempt 1)", "NBME CCSSA practice: 231"]),
    ("Idiomas / Languages", ["Español, English"]),
   ])

# 012 Brazil – Word template docx, Portuguese/English, with Portuguese month names
cv(n=12, layout="docx_pt_en", fmt="docx", render="docx_plain",
   full_name="Ana Beatriz Souza Lima", email="anabeatriz.slima@gmail.com", phone_e164="+5511987651234",
   medical_school="Faculdade de Medicina da Universidade de São Paulo (FMUSP)", medical_school_country="BR", graduation_year=2024,
   is_student=False, usmle_step1="pass", usmle_step2ck=259, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Hematology/Oncology", "Internal Medicine"], languages=["Portuguese", "English", "Spanish"], publications=4,
   usce=[U("research", "Hematology/Oncology", "TX", "2022-12", "2023-02"), U("hands_on", "Internal Medicine", "PA", "2025-03", "2025-04"),
         U("research", "Hematology/Oncology", "TX", "2025-09", "2026-12")],
   title="Ana Beatriz Souza Lima",
   contact=["São Paulo – SP, Brasil", "+55 (11) 98765-1234", "anabeatriz.slima@gmail.com", "Lattes: lattes.cnpq.br/0123456789"],
   sections=[
    ("Objetivo / Objective", ["Internal Medicine residency (J-1), aiming at Hematology/Oncology fellowship."]),
    ("Formação / Education", [dict(t="Graduação em Medicina (MD)", s="Faculdade de Medicina da Universidade de São Paulo (FMUSP)", d="Fev 2018 – Dez 2024")]),
    ("Experiência nos EUA / US Experience",
        [dict(t="Summer research student – Leukemia", s="MD Anderson Cancer Center, Houston, TX", d="Dez 2022 – Fev 2023"),
         dict(t="Elective (hands-on), Internal Medicine", s="Hospital of the University of Pennsylvania, Philadelphia, PA", d="Mar 2025 – Abr 2025"),
         dict(t="Postdoctoral Research Fellow – Lymphoma", s="MD Anderson Cancer Center, Houston, TX", d="Set 2025 – atual")]),
    ("Experiência / Experience", [dict(t="Médica plantonista", s="Hospital Sírio-Libanês, São Paulo", d="Jan 2025 – Ago 2025")]),
    ("Exames / Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 259", "ECFMG: certified (2025)", "Revalida: n/a (Brazilian graduate)"]),
    ("Publicações / Publications", ["1. Lima ABS, et al. Venetoclax combinations in AML. Blood Adv. 2023.",
                                    "2. Lima ABS, Rocha V. CAR-T toxicity in Brazil. Hematol Transfus Cell Ther. 2024.",
                                    "3. Santos P, Lima ABS. Sickle cell mortality trends. Rev Bras Hematol. 2022.",
                                    "4. Lima ABS, et al. MRD in B-ALL. Leuk Lymphoma. 2025.",
                                    "Pôster / Poster: ASH Annual Meeting 2023.", "Under review: Lima ABS. Mantle cell outcomes."]),
    ("Idiomas / Languages", ["Português (nativo), Inglês (fluente), Espanhol (intermediário)"]),
   ])

# 013 Egypt – student, Canva two-col, Chromium
cv(n=13, layout="canva_2col_student", fmt="pdf", render="html_canva",
   full_name="Nour Hany Abdelaziz", email="nour.h.abdelaziz@std.mans.edu.eg", phone_e164="+201224560931",
   medical_school="Mansoura University Faculty of Medicine", medical_school_country="EG", graduation_year=2027,
   is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
   visa_status="b1b2", specialties=["General Surgery"], languages=["Arabic", "English"], publications=0,
   usce=[U("observership", "General Surgery", "AZ", "2025-08", "2025-08"), U("telehealth", "Internal Medicine", "CA", "2025-02", "2025-03")],
   title="NOUR HANY ABDELAZIZ",
   contact=["Mansoura, Egypt", "+20 122 456 0931", "nour.h.abdelaziz@std.mans.edu.eg"],
   side=[("LANGUAGES", ["Arabic", "English"]), ("SKILLS", ["Suturing", "Basic laparoscopy box trainer"]), ("VISA", ["B1/B2 (valid to 2030)"])],
   sections=[
    ("ABOUT ME", ["Final-year medical student interested in General Surgery."]),
    ("EDUCATION", [dict(t="MBBCh (expected)", s="Mansoura University Faculty of Medicine", d="2021 – expected 2027")]),
    ("US EXPERIENCE", [dict(t="Surgical Observership", s="Mayo Clinic Arizona, Phoenix", d="Aug 2025"),
                       dict(t="Telemedicine Elective – Internal Medicine", s="UCLA (remote), Los Angeles, CA", d="Feb – Mar 2025")]),
    ("USMLE", ["Step 1: Passed (2025)"]),
    ("ACTIVITIES", ["IFMSA-Egypt local officer 2023–2024", "Poster: Appendicitis scoring in children – MSA conference 2024"]),
   ])

# 014 Saudi – Google Docs Serif, txt? -> rtf via LibreOffice
cv(n=14, layout="rtf_word", fmt="rtf", render="docx_plain_rtf",
   full_name="Reem Faisal Alharbi", email="reem.alharbi.md@gmail.com", phone_e164="+966555014278",
   medical_school="King Abdulaziz University Faculty of Medicine", medical_school_country="SA", graduation_year=2021,
   is_student=False, usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Endocrinology", "Internal Medicine"], languages=["Arabic", "English"], publications=1,
   usce=[U("observership", "Endocrinology", "MN", "2024-02", "2024-03"), U("observership", "Internal Medicine", "OH", "2024-04", "2024-04")],
   title="Reem Faisal Alharbi, MBBS",
   contact=["Jeddah, KSA", "Mobile: 00966 55 501 4278", "Email: reem.alharbi.md@gmail.com"],
   sections=[
    ("Career Goal", ["Internal Medicine residency followed by Endocrinology fellowship. J1 visa."]),
    ("Education", [dict(t="MBBS", s="King Abdulaziz University Faculty of Medicine, Jeddah", d="2015 – 2021")]),
    ("Postgraduate training", [dict(t="Internal Medicine Resident (Saudi Board, R2)", s="King Fahad General Hospital, Jeddah", d="10/2022 – 09/2023")]),
    ("USCE", [dict(t="Observership, Endocrinology", s="Mayo Clinic, Rochester, Minnesota", d="February–March 2024"),
              dict(t="Observership, Internal Medicine", s="Cleveland Clinic", d="April 2024")]),
    ("Exams", ["USMLE Step 1: Pass; Step 2 CK: 251; ECFMG certified", "Saudi Board Part 1: Passed"]),
    ("Publications", ["Alharbi RF, et al. Thyroid nodules in Western Saudi Arabia. Cureus. 2023;15(4):e37511."]),
    ("Languages", ["Arabic, English"]),
   ])

# 015 Colombia – Google Docs Swiss, Chromium, Spanish/English, research ongoing
cv(n=15, layout="gdocs_swiss_es", fmt="pdf", render="html_swiss",
   full_name="Santiago Andrés Moreno Díaz", email="santiago.morenod@gmail.com", phone_e164="+573015559812",
   medical_school="Pontificia Universidad Javeriana", medical_school_country="CO", graduation_year=2022,
   is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
   visa_status=None, specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["Spanish", "English"], publications=2,
   usce=[U("research", "Pulmonology/Critical Care", "PA", "2024-10", "2026-12"), U("observership", "Pulmonology/Critical Care", "PA", "2025-05", "2025-06")],
   title="Santiago Andrés Moreno Díaz",
   contact=["Pittsburgh, PA / Bogotá", "+57 301 555 9812", "santiago.morenod@gmail.com"],
   sections=[
    ("Resumen / Summary", ["Colombian MD; research fellow in critical care. Applying to Internal Medicine (Pulmonary & Critical Care track)."]),
    ("Educación", [dict(t="Médico Cirujano", s="Pontificia Universidad Javeriana, Bogotá", d="2016 – 2022")]),
    ("Experiencia en EE. UU.", [dict(t="Research Scholar – CRISMA Center", s="University of Pittsburgh Medical Center (UPMC), Pittsburgh, PA", d="Oct 2024 – presente"),
                               dict(t="MICU Observer", s="UPMC Presbyterian, Pittsburgh, PA", d="May 2025 – Jun 2025")]),
    ("Experiencia en Colombia", [dict(t="Médico general UCI", s="Hospital Universitario San Ignacio, Bogotá", d="2023 – 2024")]),
    ("Exámenes", ["USMLE Step 1: Pass · Step 2 CK: 244 · ECFMG certificado"]),
    ("Publicaciones", ["Moreno-Díaz SA, et al. Prone positioning in non-intubated patients. Crit Care Med. 2025.",
                       "Moreno-Díaz SA, Rojas L. ICU mortality in Bogotá. Acta Med Colomb. 2023.",
                       "Abstract: ATS 2025 (poster)."]),
    ("Idiomas", ["Español (nativo) · Inglés (C2)"]),
   ])

# 016 Jordan/Iraq – docx delivered, two-column table, Modern look
cv(n=16, layout="docx_twocol_table", fmt="docx", render="docx_table",
   full_name="Hamza Nabil Abu-Ghazaleh", email="hamza.abughazaleh@gmail.com", phone_e164="+962777864321",
   medical_school="Jordan University of Science and Technology (JUST)", medical_school_country="JO", graduation_year=2020,
   is_student=False, usmle_step1=221, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Anesthesiology"], languages=["Arabic", "English", "Turkish"], publications=0,
   usce=[U("observership", "Anesthesiology", "NY", "2023-01", "2023-02"), U("observership", "Anesthesiology", "NY", "2023-02", "2023-03")],
   title="Hamza Nabil Abu-Ghazaleh, MD",
   contact=["Irbid, Jordan", "+962 77 786 4321", "hamza.abughazaleh@gmail.com"],
   sections=[
    ("Objective", ["Anesthesiology residency. Requires J-1 visa sponsorship."]),
    ("Education", [dict(t="Doctor of Medicine (MD)", s="Jordan University of Science and Technology (JUST), Irbid", d="2014 – 2020")]),
    ("US Clinical Experience", [dict(t="Observer, Anesthesiology", s="NYU Langone Health, New York", d="01/2023 – 02/2023"),
                                dict(t="Observer, Cardiac Anesthesia", s="Mount Sinai Hospital, NY", d="02/2023 – 03/2023")]),
    ("Experience", [dict(t="Anesthesia Resident", s="King Abdullah University Hospital, Irbid", d="2021 – 2022"),
                    dict(t="Observership (not US)", s="Toronto General Hospital, Toronto, ON, Canada", d="05/2023 – 06/2023")]),
    ("USMLE", ["Step 1: 221 (taken before P/F)", "Step 2 CK: 235", "ECFMG certified 2022"]),
    ("Languages", ["Arabic, English, Turkish (basic)"]),
   ])

# ---------------- scans (needs_ocr) ----------------
cv(n=17, layout="scan_gdocs_serif", fmt="scanpdf", render="html_serif", scan=True,
   full_name="Ahmed Mahmoud Fathy", email="ahmed.fathy.md@gmail.com", phone_e164="+201118876543",
   medical_school="Ain Shams University Faculty of Medicine", medical_school_country="EG", graduation_year=2021,
   is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Nephrology", "Internal Medicine"], languages=["Arabic", "English"], publications=1,
   usce=[U("observership", "Nephrology", "TX", "2024-04", "2024-05")],
   title="Ahmed Mahmoud Fathy",
   contact=["Nasr City, Cairo, Egypt", "+20 111 887 6543", "ahmed.fathy.md@gmail.com"],
   sections=[
    ("Objective", ["Internal Medicine residency, then Nephrology. J-1 visa."]),
    ("Education", [dict(t="Ain Shams University Faculty of Medicine", s="MBBCh", d="2014 – 2021")]),
    ("USCE", [dict(t="Nephrology Observership", s="Baylor St. Luke's Medical Center, Houston, TX", d="Apr 2024 – May 2024")]),
    ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 240", "ECFMG certified"]),
    ("Publications", ["Fathy AM, et al. AKI after cardiac surgery. Ren Fail. 2023;45(1):2189."]),
    ("Languages", ["Arabic, English"]),
   ])

cv(n=18, layout="scan_canva_jpg", fmt="jpg", render="html_canva", scan=True,
   full_name="Luis Enrique Castillo Vargas", email="lcastillo.vargas@gmail.com", phone_e164="+51944332211",
   medical_school="Universidad Nacional Mayor de San Marcos", medical_school_country="PE", graduation_year=2022,
   is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
   visa_status=None, specialties=["Family Medicine"], languages=["Spanish", "English"], publications=0,
   usce=[U("hands_on", "Family Medicine", "CA", "2024-03", "2024-04")],
   title="LUIS ENRIQUE CASTILLO VARGAS",
   contact=["Lima, Perú", "+51 944 332 211", "lcastillo.vargas@gmail.com"],
   side=[("IDIOMAS", ["Español", "English"]), ("HABILIDADES", ["Atención primaria", "Ecografía POCUS"])],
   sections=[
    ("PERFIL", ["Médico cirujano, interés en Medicina Familiar (Family Medicine)."]),
    ("EDUCACIÓN", [dict(t="Médico Cirujano", s="Universidad Nacional Mayor de San Marcos", d="2015 – 2022")]),
    ("USCE", [dict(t="Hands-on rotation – Family Medicine", s="Loma Linda University Health, Loma Linda, CA", d="Mar 2024 – Abr 2024")]),
    ("USMLE", ["Step 1: Pass", "ECFMG: en trámite (pending)"]),
   ])

cv(n=19, layout="scan_docx_png", fmt="png", render="html_europass", scan=True,
   full_name="Khalid Youssef Benali", email="khalid.benali@gmail.com", phone_e164="+212670123456",
   medical_school="Faculté de Médecine et de Pharmacie de Casablanca, Université Hassan II", medical_school_country="MA", graduation_year=2020,
   is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
   visa_status=None, specialties=["Radiology"], languages=["Arabic", "French", "English"], publications=0,
   usce=[U("observership", "Radiology", "MD", "2024-06", "2024-07")],
   title="Khalid Youssef Benali",
   contact=["Casablanca, Morocco", "Tel: +212 670 12 34 56", "Email: khalid.benali@gmail.com"],
   sections=[
    ("WORK EXPERIENCE", [dict(t="Observer – Diagnostic Radiology", s="Johns Hopkins Hospital, Baltimore", d="06/2024 – 07/2024"),
                         dict(t="Médecin résident, Radiologie", s="CHU Ibn Rochd, Casablanca", d="2021 – 2023")]),
    ("EDUCATION AND TRAINING", [dict(t="Doctorat en Médecine", s="Faculté de Médecine et de Pharmacie de Casablanca, Université Hassan II", d="2013 – 2020")]),
    ("EXAMS", ["USMLE Step 1 PASS – Step 2 CK 232 – ECFMG certified", "Interest: Radiology"]),
    ("LANGUAGE SKILLS", ["Arabic (native), French (C2), English (C1)"]),
   ])

cv(n=20, layout="scan_swiss_pdf", fmt="scanpdf", render="html_swiss", scan=True,
   full_name="Gabriel Henrique Oliveira Santos", email="gabriel.hos@gmail.com", phone_e164="+5521998761234",
   medical_school="Universidade Federal do Rio de Janeiro (UFRJ)", medical_school_country="BR", graduation_year=2023,
   is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Emergency Medicine"], languages=["Portuguese", "English", "Spanish"], publications=0,
   usce=[U("hands_on", "Emergency Medicine", "IL", "2025-01", "2025-02")],
   title="Gabriel Henrique Oliveira Santos",
   contact=["Rio de Janeiro, Brasil", "+55 21 99876-1234", "gabriel.hos@gmail.com"],
   sections=[
    ("Objective", ["Emergency Medicine residency (J-1)."]),
    ("Education", [dict(t="Universidade Federal do Rio de Janeiro (UFRJ)", s="Médico (MD)", d="2017 – 2023")]),
    ("USCE", [dict(t="EM Sub-internship (hands-on)", s="Northwestern Memorial Hospital, Chicago, IL", d="Jan 2025 – Feb 2025")]),
    ("Exams", ["Step 1: Pass | Step 2 CK: 247 | ECFMG certified"]),
    ("Languages", ["Portuguese, English, Spanish"]),
   ])

cv(n=21, layout="scan_modern_jpg", fmt="jpg", render="html_modern", scan=True,
   full_name="Rana Adel Khoury", email="rana.khoury.md@gmail.com", phone_e164="+963933112244",
   medical_school="University of Aleppo Faculty of Medicine", medical_school_country="SY", graduation_year=2022,
   is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
   visa_status="j1", specialties=["Pediatrics"], languages=["Arabic", "English", "French"], publications=0,
   usce=[U("observership", "Pediatrics", "OH", "2024-10", "2024-11")],
   title="Rana Adel Khoury",
   contact=["Aleppo, Syria", "+963 933 112 244", "rana.khoury.md@gmail.com"],
   sections=[
    ("Profile", ["Pediatrics applicant, J-1 visa required."]),
    ("Education", [dict(t="Doctor of Medicine", s="University of Aleppo Faculty of Medicine", d="2016 – 2022")]),
    ("USCE", [dict(t="Pediatric Observership", s="Cincinnati Children's Hospital, Cincinnati, OH", d="Oct 2024 – Nov 2024")]),
    ("Exams", ["USMLE Step 1 Pass; Step 2 CK 236; ECFMG certified"]),
    ("Languages", ["Arabic, English, French"]),
   ])

DAMAGED = [
    (22, "damaged_truncated_pdf", "pdf"),
    (23, "damaged_encrypted_pdf", "pdf"),
    (24, "damaged_random_docx", "docx"),
]
