# CV contents and truth for writer w34. Markup: "# " name line, "## " heading, "- " bullet, other = paragraph.
ONGOING = "2026-12"

def E(t, sp, st, a, b):
    return {"type": t, "specialty": sp, "state": st, "start": a, "end": b}

def T(name, email, phone, school, cc, gy, student, s1, s2, s3, ecfmg, visa, specs, langs, pubs, entries):
    return dict(full_name=name, email=email, phone_e164=phone, medical_school=school,
                medical_school_country=cc, graduation_year=gy, is_student=student,
                usmle_step1=s1, usmle_step2ck=s2, usmle_step3=s3, ecfmg_status=ecfmg,
                specialties=specs, languages=langs, visa_status=visa, publications=pubs,
                usce_entries=entries)

CV = {}

CV["001"] = dict(layout="ocr_layer_pdf", text="""
# OLUWASEUN ADEBAYO OKAFOR, MBBS
Ibadan, Oyo State, Nigeria | seun.okafor21@gmail.com | +234 803 412 7765
## PROFILE
Nigerian medical graduate seeking an Internal Medicine residency; strong interest in Nephrology.
B1/B2 visitor visa holder (valid to 2029).
## EDUCATION
MBBS, University of Ibadan College of Medicine, Ibadan, Nigeria - 2014 to 2021 (graduated Nov 2021)
## USMLE / ECFMG
USMLE Step 1: PASS (first attempt)
USMLE Step 2 CK: 238
ECFMG Certified (2024)
NBME CCSSA practice exam: 251 (self-assessment only)
## US CLINICAL EXPERIENCE
- Hands-on Externship, Internal Medicine - Grady Memorial Hospital, Atlanta, GA - 06/2024 to 08/2024
- Observership, Nephrology - University of Maryland Medical Center, Baltimore, MD - 10/2024
## CLINICAL EXPERIENCE (NIGERIA)
- House Officer, University College Hospital, Ibadan - Dec 2021 to Nov 2022
- Medical Officer, Adeoyo Maternity Teaching Hospital, Ibadan - Jan 2023 to May 2024
## PUBLICATIONS
1. Okafor OA, Adeyemi TB. Prevalence of chronic kidney disease among hypertensive adults in Ibadan. Niger J Clin Pract. 2023;26(4):412-418.
Poster: Okafor OA. Hyperkalemia management in resource-limited settings. ISN Frontiers 2024 (poster).
## LANGUAGES
English (fluent), Yoruba (native), Igbo (conversational)
## REFEREES
Dr. Folake Adewale, Consultant Nephrologist, UCH Ibadan - f.adewale@uch-ibadan.org.ng - +234 802 555 0193
""", truth=T("Oluwaseun Adebayo Okafor", "seun.okafor21@gmail.com", "+2348034127765",
             "University of Ibadan College of Medicine", "NG", 2021, False, "pass", 238, None, "certified", "b1b2",
             ["Internal Medicine", "Nephrology"], ["English", "Yoruba", "Igbo"], 1,
             [E("hands_on", "Internal Medicine", "GA", "2024-06", "2024-08"),
              E("observership", "Nephrology", "MD", "2024-10", "2024-10")]))

CV["002"] = dict(layout="chromium_letter_landscape", text="""
# Dr. Priya Venkataraman MBBS
Chennai, Tamil Nadu, India · priya.venkat.md@outlook.com · +91 98401 22378 · Will require H-1B visa sponsorship
## Objective
Psychiatry residency applicant (Match 2027) with research in perinatal mental health.
## Education
MBBS — Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University), 2014 – 2020
Compulsory Rotating Residential Internship, Rajiv Gandhi Government General Hospital, 2019 – 2020
## USMLE
Step 1: Pass · Step 2 CK: 247 · Step 3: 221 · ECFMG certified (June 2023)
## U.S. Clinical Experience
- Sep – Dec 2023 · Hands-on sub-internship, Psychiatry · Zucker Hillside Hospital, Glen Oaks, NY
- 2023.11 – 2024.10 · Research fellow, Department of Psychiatry · Massachusetts General Hospital, Boston, MA
- Feb 2025 – Apr 2025 · Telehealth rotation, Psychiatry · UC San Diego Health, San Diego, CA (virtual)
## Clinical Work in India
- Junior Resident (non-academic), Institute of Mental Health, Chennai · Aug 2020 – Jul 2023
## Publications
1. Venkataraman P, et al. Postpartum depression screening in Tamil Nadu. Asian J Psychiatr. 2022;71:103045.
2. Venkataraman P, Rao S. Lithium levels in pregnancy: a cohort. J Affect Disord. 2024;350:118-124.
3. Lee K, Venkataraman P, et al. Telepsychiatry adherence after discharge. Psychiatr Serv. 2025;76(2):155-161.
Under review: Venkataraman P. Ketamine and perinatal depression (manuscript submitted, 2025).
## Languages
English, Tamil, Hindi, Telugu
## References
Dr. Jonathan Weiss, MD — Zucker Hillside Hospital — jweiss@northwell.edu — (718) 470-8000
""", truth=T("Priya Venkataraman", "priya.venkat.md@outlook.com", "+919840122378",
             "Madras Medical College", "IN", 2020, False, "pass", 247, 221, "certified", "h1b",
             ["Psychiatry"], ["English", "Tamil", "Hindi", "Telugu"], 3,
             [E("hands_on", "Psychiatry", "NY", "2023-09", "2023-12"),
              E("research", "Psychiatry", "MA", "2023-11", "2024-10"),
              E("telehealth", "Psychiatry", "CA", "2025-02", "2025-04")]))

CV["003"] = dict(layout="chromium_a5_phone", text="""
# Ahmed Mostafa El-Sayed
MBBCh | Cairo, Egypt
a.elsayed.mbbch@gmail.com
WhatsApp: +20 100 457 3321
## About me
Emergency Medicine and Internal Medicine applicant. J-1 visa required.
## Education
Bachelor of Medicine and Surgery (MBBCh) – Ain Shams University Faculty of Medicine, Cairo – 2016–2022 (Excellent with Honors)
## Exams
USMLE Step 1 – Pass
USMLE Step 2 CK – 229
ECFMG certification in process (pending Step 2 CK verification)
NBME Form 30 (practice): 245
## US Experience
- Observership – Emergency Medicine – Jackson Memorial Hospital, Miami, FL – Summer 2024 (Jun – Aug)
- Clinical clerkship (hands-on) – Internal Medicine – Saint Peter's University Hospital, New Brunswick, NJ – Jan 2025 – Feb 2025
## Experience in Egypt
- Intern (Imtiaz year), Ain Shams University Hospitals – Mar 2023 – Feb 2024
- ER resident physician, El Demerdash Hospital – 2024–present
## Languages
Arabic (native) • English (C1) • German (B1)
## Referee
Prof. Hany Abdelrahman – hany.abdelrahman@med.asu.edu.eg
""", truth=T("Ahmed Mostafa El-Sayed", "a.elsayed.mbbch@gmail.com", "+201004573321",
             "Ain Shams University Faculty of Medicine", "EG", 2022, False, "pass", 229, None, "pending", "j1",
             ["Emergency Medicine", "Internal Medicine"], ["Arabic", "English", "German"], 0,
             [E("observership", "Emergency Medicine", "FL", "2024-06", "2024-08"),
              E("hands_on", "Internal Medicine", "NJ", "2025-01", "2025-02")]))

# 004: rendered specially (right column first, contacts at bottom of last page)
CV["004"] = dict(layout="pdf_rightcol_first_contacts_last",
    right="""
## SKILLS
Pediatric advanced life support (PALS)
Neonatal resuscitation (NRP)
Point-of-care ultrasound
## LANGUAGES
Vietnamese (native)
English (fluent, IELTS 8.0)
French (intermediate)
## USMLE
Step 1: Pass
Step 2 CK: 252
ECFMG: Certified 2024
Visa: J-1 required
""",
    main="""
# Nguyễn Thị Minh Anh
Doctor of Medicine (Bác sĩ Đa khoa) · Pediatrics applicant
## EDUCATION
Doctor of Medicine, Hanoi Medical University (Trường Đại học Y Hà Nội), Hà Nội, Việt Nam, 2017 – 2023
## CAREER GOAL
Pediatrics residency; long-term interest in pediatric leukemia care.
## U.S. CLINICAL EXPERIENCE
- 07/2024 – 08/2024 Hands-on rotation, Pediatrics, Cincinnati Children's Hospital, Cincinnati, OH
- 08/2024 – 09/2024 Hands-on rotation, Pediatrics, Texas Children's Hospital, Houston, TX
- Jan 2025 – present Research assistant, Hematology/Oncology, St. Jude Children's Research Hospital, Memphis, TN
## EXPERIENCE IN VIETNAM
- Resident doctor (trainee), Vietnam National Children's Hospital, Hà Nội, 10/2023 – 12/2024
- Volunteer, Hanoi Heart Camp for children, Summer 2022
## PUBLICATIONS
1. Nguyen TMA, Tran VH. Outcomes of childhood ALL in northern Vietnam. Pediatr Blood Cancer. 2024;71(3):e30811.
2. Le QT, Nguyen TMA, et al. Kawasaki disease incidence in Hanoi 2015-2022. Pediatr Int. 2025;67(1):e15802.
Abstract: Nguyen TMA. Febrile neutropenia protocols. ASPHO 2025 (oral abstract).
## REFERENCES
Dr. Sarah Goldberg, St. Jude Children's Research Hospital, sarah.goldberg@stjude.org, +1 901 595 3300
Assoc. Prof. Trần Văn Hùng, Hanoi Medical University, tranvanhung@hmu.edu.vn
""",
    contacts="Contact: minhanh.nguyen.hmu@gmail.com · +84 912 345 081 · 18 Tôn Thất Tùng, Đống Đa, Hà Nội",
    truth=T("Nguyễn Thị Minh Anh", "minhanh.nguyen.hmu@gmail.com", "+84912345081",
            "Hanoi Medical University", "VN", 2023, False, "pass", 252, None, "certified", "j1",
            ["Pediatrics"], ["Vietnamese", "English", "French"], 2,
            [E("hands_on", "Pediatrics", "OH", "2024-07", "2024-08"),
             E("hands_on", "Pediatrics", "TX", "2024-08", "2024-09"),
             E("research", "Hematology/Oncology", "TN", "2025-01", ONGOING)]))

CV["005"] = dict(layout="docx_cv_then_cover_letter", text="""
# Mohammad Reza Hosseini, MD
Email: mr.hosseini.md@yahoo.com | Mobile: +98 912 604 7719 | Permanent resident (Green Card holder) since 2022
## Education
Doctor of Medicine (MD), Tehran University of Medical Sciences, Tehran, Iran — 2011–2018
## Examinations
USMLE Step 1 — Pass; USMLE Step 2 CK — 241; ECFMG — Certified
## Specialty interest
Neurology (stroke and neurocritical care)
## Clinical experience in the United States
- Observership, Neurology — Henry Ford Hospital, Detroit, MI — Mar–May 2023
- Hands-on externship, Neurology — Rush University Medical Center, Chicago, IL — Oct 2023
- Research fellowship, Neurology (stroke) — Mayo Clinic, Rochester, MN — 2024-01 to 2025-06
## Clinical experience in Iran
- General practitioner (military service), Imam Khomeini Hospital Complex — 2018–2020
- Neurology research assistant, Sina Hospital, Tehran — 2020–2022
## Publications (peer-reviewed)
1. Hosseini MR, et al. Thrombolysis door-to-needle times in Tehran. J Stroke Cerebrovasc Dis. 2019;28(9):104276.
2. Hosseini MR, Karimi A. Migraine prevalence among medical students. Cephalalgia. 2020;40(5):488-495.
3. Rahimi N, Hosseini MR. Multiple sclerosis in Iran: a cohort. Mult Scler Relat Disord. 2021;52:102981.
4. Hosseini MR, Smith JL, et al. Tenecteplase vs alteplase outcomes. Stroke. 2025;56(3):701-709.
## Posters
- AAN Annual Meeting 2024 (poster); ISC 2025 (poster)
## Languages
Farsi (native), English (fluent), Arabic (basic)
## References
Dr. Emily R. Carter, Mayo Clinic — carter.emily@mayo.edu — +1 507 284 2511
""", cover="""
Mohammad Reza Hosseini
Rochester, MN, 2 November 2025

Dear Program Director,

Please find above my curriculum vitae in support of my application to your Neurology residency program. During my research fellowship at Mayo Clinic I worked closely with the vascular neurology team, and my observership at Henry Ford Hospital showed me the value of a structured stroke pathway.

As a permanent resident I do not require visa sponsorship. I would welcome the opportunity to discuss my application; my program coordinator contact at Mayo is neuro.fellowship@mayo.edu and Dr. Carter can be reached at the address listed above.

Sincerely,
Mohammad Reza Hosseini
""", truth=T("Mohammad Reza Hosseini", "mr.hosseini.md@yahoo.com", "+989126047719",
             "Tehran University of Medical Sciences", "IR", 2018, False, "pass", 241, None, "certified", "green_card",
             ["Neurology"], ["Persian", "English", "Arabic"], 4,
             [E("observership", "Neurology", "MI", "2023-03", "2023-05"),
              E("hands_on", "Neurology", "IL", "2023-10", "2023-10"),
              E("research", "Neurology", "MN", "2024-01", "2025-06")]))

CV["006"] = dict(layout="chromium_cover_letter_first", cover="""
Ana Carolina Ribeiro Souza
Belo Horizonte, MG, Brazil — 14 October 2026

To: Ms. Linda Park, Visiting Student Coordinator
Department of Obstetrics and Gynecology, Thomas Jefferson University Hospital
lpark.obgyn@jefferson.edu

Dear Ms. Park,

I am a final-year medical student at UFMG writing to apply for a visiting elective in Obstetrics and Gynecology. My previous hands-on rotation in your department confirmed my wish to pursue OB/GYN residency in the United States. I hold a valid B1/B2 visa.

Thank you for considering my application. My curriculum vitae follows on the next page.

Kind regards,
Ana Carolina Ribeiro Souza
""", text="""
# Ana Carolina Ribeiro Souza
Medical Student (6th year) · anacarolina.rsouza@gmail.com · +55 31 99876-4412 · B1/B2 visa holder
## Education
Doctor of Medicine (MD) candidate — Universidade Federal de Minas Gerais (UFMG), Faculdade de Medicina, Belo Horizonte — 2021 – expected Dec 2027
## USMLE
Step 1: Pass (2025) · Step 2 CK: scheduled for 2027 · ECFMG: not yet certified
## Career interest
Obstetrics and Gynecology
## United States clinical experience
- Hands-on elective, Obstetrics and Gynecology — Thomas Jefferson University Hospital, Philadelphia, PA — March–May 2025
- Observership, Obstetrics and Gynecology — NYU Langone Health, New York, NY — July 2025
## Brazil
- Internato (clerkship), Hospital das Clínicas da UFMG — 2025 – ongoing
- Research student, maternal mortality group — 2022–2024
## Publications
1. Souza ACR, Almeida P. Maternal near-miss in Minas Gerais. Rev Bras Ginecol Obstet. 2024;46:e-rbgo12.
Poster: FIGO World Congress 2025 (poster).
## Languages
Portuguese (native), English (advanced), Spanish (intermediate)
""", truth=T("Ana Carolina Ribeiro Souza", "anacarolina.rsouza@gmail.com", "+5531998764412",
             "Universidade Federal de Minas Gerais", "BR", 2027, True, "pass", None, None, "not_certified", "b1b2",
             ["Obstetrics and Gynecology"], ["Portuguese", "English", "Spanish"], 1,
             [E("hands_on", "Obstetrics and Gynecology", "PA", "2025-03", "2025-05"),
              E("observership", "Obstetrics and Gynecology", "NY", "2025-07", "2025-07")]))

# 007 is hand-written ASCII (see make.py)
CV["007"] = dict(layout="txt_ascii_tables", truth=T(
    "Muhammad Usman Farooq", "usman.farooq.aimc@gmail.com", "+923004415862",
    "Allama Iqbal Medical College", "PK", 2020, False, 231, 244, None, "certified", "j1",
    ["Internal Medicine", "Cardiology"], ["English", "Urdu", "Punjabi"], 2,
    [E("hands_on", "Internal Medicine", "NY", "2023-01", "2023-03"),
     E("hands_on", "Cardiology", "NJ", "2023-04", "2023-04"),
     E("observership", "Internal Medicine", "IL", "2023-03", "2023-05")]))

CV["008"] = dict(layout="docx_every_line_table_cell", text="""
# Fatima Zahra Benali
Médecin généraliste — Casablanca, Morocco
fz.benali.md@gmail.com
+212 661-238-904
## Education
Doctorat en Médecine (MD), Faculté de Médecine et de Pharmacie de Casablanca, Université Hassan II — 2014–2021
## USMLE
Step 1: Pass
Step 2 CK: 236
ECFMG Certified: Yes (2023)
Visa: J-1 sponsorship needed
## Interest
Family Medicine
## US Clinical Experience
- Hands-on, Family Medicine — UT Health San Antonio, San Antonio, TX — Feb 2024 – Mar 2024
- Telehealth rotation, Family Medicine — University of Maryland Family Health, Baltimore, MD — May 2024 – Jun 2024
## Experience in Morocco
- Médecin généraliste, Centre de Santé Sidi Moumen — 2021 – present
## Languages
Arabic, French, English, Spanish
## References
Dr. Miguel Ortega — ortegam@uthscsa.edu — +1 210 567 7000
""", truth=T("Fatima Zahra Benali", "fz.benali.md@gmail.com", "+212661238904",
             "Faculté de Médecine et de Pharmacie de Casablanca", "MA", 2021, False, "pass", 236, None, "certified", "j1",
             ["Family Medicine"], ["Arabic", "French", "English", "Spanish"], 0,
             [E("hands_on", "Family Medicine", "TX", "2024-02", "2024-03"),
              E("telehealth", "Family Medicine", "MD", "2024-05", "2024-06")]))

CV["009"] = dict(layout="docx_every_line_textbox", text="""
# Kwame Asante Boateng
MBChB · Accra, Ghana
kwame.boateng.ugms@gmail.com · +233 24 418 7753
## Education
Bachelor of Medicine and Bachelor of Surgery (MBChB), University of Ghana Medical School, Accra — 2013–2019
## Licensing
USMLE Step 1 — Pass
USMLE Step 2 CK — 233
USMLE Step 3 — 219
ECFMG — Certified (2022)
PLAB 1 — Pass (2021)
## Goal
General Surgery residency
## US Clinical Experience
- Hands-on externship, General Surgery — Emory University Hospital Midtown, Atlanta, GA — Sep 2022 – Nov 2022
- Observership, General Surgery — Duke University Hospital, Durham, NC — Jan 2023
## Other clinical experience
- Clinical attachment, General Surgery — Royal London Hospital, UK — Apr 2023 – Jun 2023
- Medical Officer, Korle Bu Teaching Hospital, Accra — 2020 – present
## Publications
1. Boateng KA, Mensah E. Typhoid ileal perforation outcomes in Accra. World J Surg. 2021;45(7):2103-2110.
## Languages
English, Twi, Ga
""", truth=T("Kwame Asante Boateng", "kwame.boateng.ugms@gmail.com", "+233244187753",
             "University of Ghana Medical School", "GH", 2019, False, "pass", 233, 219, "certified", None,
             ["General Surgery"], ["English", "Twi", "Ga"], 1,
             [E("hands_on", "General Surgery", "GA", "2022-09", "2022-11"),
              E("observership", "General Surgery", "NC", "2023-01", "2023-01")]))

CV["010"] = dict(layout="pdf_headings_as_images", text="""
# Ji-hoon Park
MD · Seoul, Republic of Korea · jihoon.park.yonsei@naver.com · +82 10-4821-7736 · J-1 visa required
## Education
Doctor of Medicine, Yonsei University College of Medicine, Seoul — 2016–2022
Internship, Severance Hospital, Seoul — 2022–2023
## USMLE
Step 1: Pass; Step 2 CK: 255; ECFMG certified (2024)
## Interest
Diagnostic Radiology (neuroradiology)
## US Experience
- Research fellow, Radiology — Johns Hopkins Hospital, Baltimore, MD — 2024-03 to 2024-08
- Observership, Radiology — UCLA Medical Center, Los Angeles, CA — 2024-09 to 2024-10
## Publications
1. Park J, Kim SY. Deep learning for intracranial hemorrhage on CT. Korean J Radiol. 2023;24(5):412-420.
2. Park J, et al. MRI features of pediatric moyamoya. AJNR Am J Neuroradiol. 2024;45(2):188-194.
3. Chen L, Park J, et al. Radiomics in glioma grading. Radiology. 2025;314(1):e241133.
Posters: RSNA 2024 (2 posters)
## Languages
Korean (native), English (fluent), Japanese (conversational)
""", truth=T("Ji-hoon Park", "jihoon.park.yonsei@naver.com", "+821048217736",
             "Yonsei University College of Medicine", "KR", 2022, False, "pass", 255, None, "certified", "j1",
             ["Radiology"], ["Korean", "English", "Japanese"], 3,
             [E("research", "Radiology", "MD", "2024-03", "2024-08"),
              E("observership", "Radiology", "CA", "2024-09", "2024-10")]))

CV["011"] = dict(layout="odt_spanish_mixed_headings", text="""
# María José Restrepo Gutiérrez
Médica y Cirujana · Medellín, Colombia
Correo: mariajose.restrepo@hotmail.com · Celular: +57 300 612 4478 · Visa B1/B2 vigente
## Formación académica
Médico y Cirujano, Universidad de Antioquia, Facultad de Medicina, Medellín — 2014–2020
Servicio Social Obligatorio (año rural), Hospital San Juan de Dios, Rionegro — 2020–2021
## USMLE Scores
Step 1: aprobado (Pass) · Step 2 CK: 239 · ECFMG: certificada (2023)
## Áreas de interés
Medicina Interna; Enfermedades Infecciosas
## US Clinical Experience
- Rotación clínica hands-on, Medicina Interna — Jackson Memorial Hospital, Miami, FL — desde marzo 2024 hasta mayo 2024
- Observership, Enfermedades Infecciosas — Houston Methodist Hospital, Houston, TX — junio 2024
## Experiencia en Colombia
- Médica general, Hospital Pablo Tobón Uribe, Medellín — desde 2021 hasta la fecha
## Publicaciones
1. Restrepo MJ, Vélez L. Tuberculosis multirresistente en Antioquia. Biomédica. 2022;42(3):501-510.
2. Restrepo MJ, et al. Dengue grave en adultos. Infectio. 2023;27(2):88-94.
Póster: Congreso Colombiano de Infectología 2023 (póster).
## Languages
Español (nativo), Inglés (avanzado), Portugués (intermedio)
## Referencias
Dr. Carlos A. Mejía — carlos.mejia@udea.edu.co — +57 604 219 2000
""", truth=T("María José Restrepo Gutiérrez", "mariajose.restrepo@hotmail.com", "+573006124478",
             "Universidad de Antioquia", "CO", 2020, False, "pass", 239, None, "certified", "b1b2",
             ["Internal Medicine", "Infectious Disease"], ["Spanish", "English", "Portuguese"], 2,
             [E("hands_on", "Internal Medicine", "FL", "2024-03", "2024-05"),
              E("observership", "Infectious Disease", "TX", "2024-06", "2024-06")]))

CV["012"] = dict(layout="rtf_french_mixed_headings", text="""
# Yasmine Trabelsi
Docteur en Médecine — Tunis, Tunisie
yasmine.trabelsi.md@gmail.com — +216 98 345 117
## Formation
Doctorat en Médecine, Faculté de Médecine de Tunis (Université de Tunis El Manar) — 2015–2022
## USMLE Scores
Step 1 : Pass (réussi) — Step 2 CK : 242 — ECFMG : certification en attente
Visa : J-1 requis
## Projet professionnel
Résidence en Pédiatrie
## Clinical Experience in the USA
- Externat clinique (hands-on), Pédiatrie — Nationwide Children's Hospital, Columbus, OH — juil. 2024 (3 mois)
- Observership, Pédiatrie — Children's Hospital of Michigan, Detroit, MI — depuis septembre 2025 jusqu'à novembre 2025
## Expérience clinique
- Stage hospitalier, Hôpital Necker-Enfants malades, Paris, France — janv.–mars 2023
- Médecin interne, Hôpital d'Enfants Béchir Hamza de Tunis — 2022–2024
## Publications
1. Trabelsi Y, Ben Salah M. Bronchiolite aiguë du nourrisson à Tunis. Tunis Med. 2023;101(4):320-326.
Communication affichée (poster) : Congrès de la Société Tunisienne de Pédiatrie 2024.
## Langues
Arabe (langue maternelle), Français (courant), Anglais (courant), Italien (notions)
## Référents
Pr. Mohamed Ben Salah — mohamed.bensalah@fmt.utm.tn
""", truth=T("Yasmine Trabelsi", "yasmine.trabelsi.md@gmail.com", "+21698345117",
             "Faculté de Médecine de Tunis", "TN", 2022, False, "pass", 242, None, "pending", "j1",
             ["Pediatrics"], ["Arabic", "French", "English", "Italian"], 1,
             [E("hands_on", "Pediatrics", "OH", "2024-07", "2024-09"),
              E("observership", "Pediatrics", "MI", "2025-09", "2025-11")]))

CV["013"] = dict(layout="fpdf2_free_text_dates", text="""
# Arjun Bahadur Thapa
MBBS | arjun.thapa.kusms@gmail.com | +977 984-1237790 | Pittsburgh, PA (J-1 research scholar)
## Summary
Internal Medicine applicant aiming for Pulmonary and Critical Care fellowship. ECFMG certified since 2023.
## Education
MBBS, Kathmandu University School of Medical Sciences, Dhulikhel, Nepal - graduated 2019
## USMLE
Step 1: Pass. Step 2 CK: 231.
## Experience in the US
- Clinical research fellow, Pulmonary and Critical Care Medicine, University of Pittsburgh Medical Center, Pittsburgh, PA - from March 2024 until now
- Hands-on externship, Internal Medicine, Charleston Area Medical Center, Charleston, WV - Sep 2023 to Nov 2023 (3 months)
- Observership, Cardiology, Cleveland Clinic, Cleveland, OH - Jan 2024 (4 weeks)
## Experience in Nepal
- Medical Officer, Dhulikhel Hospital - since 2019, left Feb 2024
- COVID-19 ICU duty, Bir Hospital - 2021 (3 months)
## Publications
1. Thapa AB, Shrestha R. High-altitude pulmonary edema in trekkers. Wilderness Environ Med. 2022;33(1):45-51.
2. Thapa AB, et al. Prone positioning outcomes in non-intubated COVID-19 patients. Crit Care Explor. 2025;7(4):e1210.
Manuscript in preparation: ARDS phenotypes in Appalachia.
## Memberships
American College of Physicians (member since 2023)
## Languages
Nepali, Hindi, English
""", truth=T("Arjun Bahadur Thapa", "arjun.thapa.kusms@gmail.com", "+9779841237790",
             "Kathmandu University School of Medical Sciences", "NP", 2019, False, "pass", 231, None, "certified", "j1",
             ["Internal Medicine", "Pulmonology/Critical Care"], ["Nepali", "Hindi", "English"], 2,
             [E("research", "Pulmonology/Critical Care", "PA", "2024-03", ONGOING),
              E("hands_on", "Internal Medicine", "WV", "2023-09", "2023-11"),
              E("observership", "Cardiology", "OH", "2024-01", "2024-01")]))

CV["014"] = dict(layout="soffice_docx_to_pdf_header_contacts", header="Angelica Mae Dela Cruz, MD  |  angelica.delacruz.md@gmail.com  |  +63 917 802 4419  |  Quezon City, Philippines",
text="""
# Angelica Mae Dela Cruz
US citizen (dual US/Philippine citizenship) — no visa required
## Education
Doctor of Medicine, University of Santo Tomas Faculty of Medicine and Surgery, Manila — 2017–2021
Post-graduate internship, Philippine General Hospital — 2021–2022
## Board Exams
USMLE Step 1: Pass | Step 2 CK: 248 | Step 3: 226 | ECFMG: Certified
Philippine Physician Licensure Exam: Passed (2022)
## Specialty Goals
Family Medicine, with a future Geriatrics fellowship
## U.S. Clinical Rotations
- Hands-on, Family Medicine — Kaiser Permanente Fontana, Fontana, CA — 10/2022 – 12/2022
- Hands-on, Geriatrics — The Queen's Medical Center, Honolulu, HI — 01/2023 – 02/2023
- Observership, Internal Medicine — University Medical Center of Southern Nevada, Las Vegas, NV — 02/2023
## Other Experience
- Barangay health volunteer physician, Quezon City — 2022–2023
## Languages
English, Filipino, Cebuano
## References
Dr. Grace Yamamoto, The Queen's Medical Center — gyamamoto@queens.org — +1 808 691 1000
Dr. Ramon Villanueva, UST Hospital — rvillanueva@ust.edu.ph
""", truth=T("Angelica Mae Dela Cruz", "angelica.delacruz.md@gmail.com", "+639178024419",
             "University of Santo Tomas Faculty of Medicine and Surgery", "PH", 2021, False, "pass", 248, 226, "certified", "citizen",
             ["Family Medicine", "Geriatrics"], ["English", "Filipino", "Cebuano"], 0,
             [E("hands_on", "Family Medicine", "CA", "2022-10", "2022-12"),
              E("hands_on", "Geriatrics", "HI", "2023-01", "2023-02"),
              E("observership", "Internal Medicine", "NV", "2023-02", "2023-02")]))

CV["015"] = dict(layout="docx_contacts_header_footer",
header="Oleksandr Kovalenko (Олександр Коваленко) — o.kovalenko.md@ukr.net",
footer="Mobile / Viber: +380 67 512 3490 · Kyiv, Ukraine · page",
text="""
## Curriculum Vitae
Anesthesiology applicant · J-1 visa will be needed
## Education
Doctor of Medicine (MD), Bogomolets National Medical University, Kyiv — 2011–2017
Internship in Anesthesiology and Intensive Care, Lviv Regional Clinical Hospital — 2017–2019
## Examinations
USMLE Step 1 — 226
USMLE Step 2 CK — 240
ECFMG certificate — issued 2021
## US Clinical Experience
- Observership, Anesthesiology — UPMC Presbyterian, Pittsburgh, PA — May–June 2022
- Observership, Anesthesiology — Mount Sinai Hospital, New York, NY — 2023-08 – 2023-09
## Work in Ukraine and Poland
- Anesthesiologist, Lviv Regional Clinical Hospital — 2019–2022
- Anesthesiology resident (rezydent), Szpital Uniwersytecki, Kraków, Poland — Oct 2023 – current
## Publications
1. Kovalenko O, Shevchenko I. Regional anesthesia in combat trauma. Ukr J Anesthesiol. 2022;4:15-21.
2. Kovalenko O, et al. Ketamine analgesia in field hospitals. Pain Med. 2023;24(6):640-647.
3. Kovalenko O. Postoperative delirium in elderly patients. Emerg Med (Ukr). 2019;3:77-82.
4. Nowak P, Kovalenko O. ERAS compliance in Kraków. Anaesthesiol Intensive Ther. 2024;56(2):110-116.
5. Kovalenko O, Bondar T. Sugammadex in pediatric anesthesia. Paediatr Anaesth. 2025;35(1):52-58.
## Languages
Ukrainian (native), Russian (native), English (C1), Polish (B2)
""", truth=T("Oleksandr Kovalenko", "o.kovalenko.md@ukr.net", "+380675123490",
             "Bogomolets National Medical University", "UA", 2017, False, 226, 240, None, "certified", "j1",
             ["Anesthesiology"], ["Ukrainian", "Russian", "English", "Polish"], 5,
             [E("observership", "Anesthesiology", "PA", "2022-05", "2022-06"),
              E("observership", "Anesthesiology", "NY", "2023-08", "2023-09")]))

CV["016"] = dict(layout="ocr_layer_pdf_2page_contacts_last", text="""
# TANVIR HASAN CHOWDHURY
MBBS (Dhaka Medical College)
## CAREER OBJECTIVE
Internal Medicine residency, then Gastroenterology fellowship. H-1B visa sponsorship requested.
## EDUCATION
MBBS, Dhaka Medical College, University of Dhaka, Bangladesh - 2012 to 2018
Internship, Dhaka Medical College Hospital - 2018 to 2019
## USMLE
Step 1: 229 / Step 2 CK: 237 / ECFMG certified (2021)
## US CLINICAL EXPERIENCE
- Hands-on, Internal Medicine - Detroit Medical Center, Detroit, MI - Nov 2021 to Jan 2022
- Research, Gastroenterology - Cleveland Clinic, Cleveland, OH - Feb 2022 to Jan 2023
## BANGLADESH
- Medical Officer, Square Hospitals, Dhaka - 2019 to 2021
## PUBLICATIONS
1. Chowdhury TH, et al. Hepatitis E outbreaks in Dhaka. J Viral Hepat. 2020;27(8):801-807.
2. Chowdhury TH, Lee M. Colonoscopy quality metrics. Gastrointest Endosc. 2023;97(5):912-919.
## LANGUAGES
Bengali, English, Hindi
##PAGEBREAK
## CONTACT
Email: tanvir.chowdhury.dmc@gmail.com
Phone: +880 1711 548203
Address: House 12, Road 5, Dhanmondi, Dhaka 1205
""", truth=T("Tanvir Hasan Chowdhury", "tanvir.chowdhury.dmc@gmail.com", "+8801711548203",
             "Dhaka Medical College", "BD", 2018, False, 229, 237, None, "certified", "h1b",
             ["Internal Medicine", "Gastroenterology"], ["Bengali", "English", "Hindi"], 2,
             [E("hands_on", "Internal Medicine", "MI", "2021-11", "2022-01"),
              E("research", "Gastroenterology", "OH", "2022-02", "2023-01")]))

# ---- scans ----
CV["017"] = dict(layout="scan_pdf_image_only", text="""
# Lina Haddad
MD - Beirut, Lebanon - lina.haddad.md@gmail.com - +961 3 457 812
## Education
Doctor of Medicine, Lebanese University Faculty of Medical Sciences, Hadath - 2016-2023
## USMLE
Step 1: Pass | Step 2 CK: 244 | ECFMG Certified | J-1 visa
## Interests
Cardiology, Internal Medicine
## US Clinical Experience
- Hands-on, Cardiology - University of Kentucky, Lexington, KY - Apr 2024 - May 2024
- Observership, Internal Medicine - Beth Israel Deaconess, Boston, MA - Jun 2024
## Publications
1. Haddad L, Khoury R. Atrial fibrillation in Lebanon. J Med Liban. 2023;71(2):60-66.
## Languages
Arabic, English, French
""", truth=T("Lina Haddad", "lina.haddad.md@gmail.com", "+9613457812",
             "Lebanese University Faculty of Medical Sciences", "LB", 2023, False, "pass", 244, None, "certified", "j1",
             ["Cardiology", "Internal Medicine"], ["Arabic", "English", "French"], 1,
             [E("hands_on", "Cardiology", "KY", "2024-04", "2024-05"),
              E("observership", "Internal Medicine", "MA", "2024-06", "2024-06")]))

CV["018"] = dict(layout="scan_png_phone_photo", text="""
# Diego Alejandro Hernández Ruiz
Médico Cirujano - Ciudad de México - diego.hdzruiz@gmail.com - +52 55 3412 8870
## Education
Médico Cirujano, UNAM Facultad de Medicina, Mexico City - 2016-2022
## USMLE
Step 1: Pass - B1/B2 visa
## Interest
Emergency Medicine
## US Clinical Experience
- Hands-on rotation, Emergency Medicine - Ben Taub Hospital, Houston, TX - Jan 2025 - Feb 2025
## Mexico
- Servicio social, Hospital General de México - 2022-2023
## Languages
Spanish, English
""", truth=T("Diego Alejandro Hernández Ruiz", "diego.hdzruiz@gmail.com", "+525534128870",
             "UNAM Facultad de Medicina", "MX", 2022, False, "pass", None, None, None, "b1b2",
             ["Emergency Medicine"], ["Spanish", "English"], 0,
             [E("hands_on", "Emergency Medicine", "TX", "2025-01", "2025-02")]))

CV["019"] = dict(layout="scan_jpg_low_contrast", text="""
# Aigerim Sultanbekova
MD - Astana, Kazakhstan - aigerim.sultanbek@mail.ru - +7 701 845 2290
## Education
Doctor of Medicine, Astana Medical University - 2015-2021
## USMLE
Step 1: Pass; Step 2 CK: 232; ECFMG certified; J-1 required
## Interest
Pathology
## US Experience
- Research, Pathology - Memorial Sloan Kettering, New York, NY - 06/2023 - 05/2024
- Observership, Pathology - Yale New Haven Hospital, New Haven, CT - 06/2024 - 07/2024
## Publications
1. Sultanbekova A, et al. HER2 testing in Kazakhstan. Virchows Arch. 2022;481:55-61.
2. Sultanbekova A, Park S. Digital pathology QA. Mod Pathol. 2024;37:100412.
## Languages
Kazakh, Russian, English, Turkish
""", truth=T("Aigerim Sultanbekova", "aigerim.sultanbek@mail.ru", "+77018452290",
             "Astana Medical University", "KZ", 2021, False, "pass", 232, None, "certified", "j1",
             ["Pathology"], ["Kazakh", "Russian", "English", "Turkish"], 2,
             [E("research", "Pathology", "NY", "2023-06", "2024-05"),
              E("observership", "Pathology", "CT", "2024-06", "2024-07")]))

CV["020"] = dict(layout="scan_pdf_multipage", text="""
# Dinuka Sampath Perera
MBBS - Colombo, Sri Lanka - dinuka.perera.md@gmail.com - +94 77 345 6612
## Education
MBBS, University of Colombo Faculty of Medicine - 2013-2020
## USMLE
Step 1: Pass / Step 2 CK: 250 / ECFMG certified / J-1 visa
## Career interest
Hematology/Oncology via Internal Medicine residency
## US Clinical Experience
- Hands-on, Hematology/Oncology - MD Anderson Cancer Center, Houston, TX - Jan 2024 - Feb 2024
- Hands-on, Internal Medicine - Mayo Clinic Florida, Jacksonville, FL - Feb 2024 - Apr 2024
##PAGEBREAK
## Sri Lanka
- Intern House Officer, National Hospital of Sri Lanka - 2020-2021
- Senior House Officer, Apeksha Hospital Maharagama - 2021-2023
## Publications
1. Perera DS, et al. CML outcomes in Sri Lanka. Ceylon Med J. 2021;66(3):120-125.
2. Perera DS. Thalassemia carriers screening. BMC Hematol. 2022;22:14.
3. Fernando A, Perera DS. Febrile neutropenia. Asia Pac J Clin Oncol. 2023;19(4):e211.
## Languages
Sinhala, English, Tamil
""", truth=T("Dinuka Sampath Perera", "dinuka.perera.md@gmail.com", "+94773456612",
             "University of Colombo Faculty of Medicine", "LK", 2020, False, "pass", 250, None, "certified", "j1",
             ["Hematology/Oncology", "Internal Medicine"], ["Sinhala", "English", "Tamil"], 3,
             [E("hands_on", "Hematology/Oncology", "TX", "2024-01", "2024-02"),
              E("hands_on", "Internal Medicine", "FL", "2024-02", "2024-04")]))

CV["021"] = dict(layout="scan_jpg_rotated_noise", text="""
# Xiaoyu Wang  王晓宇
MD - Beijing, China - xiaoyu.wang.pumc@163.com - +86 138 1024 5567
## Education
Doctor of Medicine (8-year program), Peking Union Medical College - 2012-2020
## USMLE
Step 1: Pass; Step 2 CK: 257; ECFMG certified
## Interests
Rheumatology, Internal Medicine
## US Experience
- Research, Rheumatology - University of Alabama at Birmingham, AL - Aug 2022 - Jul 2023
- Hands-on, Internal Medicine - Northwestern Memorial Hospital, Chicago, IL - Sep 2023 - Oct 2023
## Publications
Six peer-reviewed papers (lupus nephritis, IgG4-related disease); list on request.
## Languages
Chinese (Mandarin), English
""", truth=T("Xiaoyu Wang", "xiaoyu.wang.pumc@163.com", "+8613810245567",
             "Peking Union Medical College", "CN", 2020, False, "pass", 257, None, "certified", None,
             ["Rheumatology", "Internal Medicine"], ["Chinese", "English"], 6,
             [E("research", "Rheumatology", "AL", "2022-08", "2023-07"),
              E("hands_on", "Internal Medicine", "IL", "2023-09", "2023-10")]))

DAMAGED = {"022": "damaged_truncated_pdf", "023": "damaged_encrypted_pdf", "024": "damaged_random_bytes_docx"}
