# Hand-written CV content and hand-written truth for writer w127.
# Markup in body/side: "## Heading", "* bullet", "| a | b | c" table row, other = paragraph.
P = []

P.append(dict(
 n=1, layout="docx_soffice", ext="pdf",
 name_line="Dra. Andrea Sofía Villaseñor Cruz",
 title="Médico Cirujano — Internal Medicine applicant (2027 Match)",
 contacts=["Ciudad de México · andrea.villasenor.md@gmail.com · +52 55 4821 7736", "Born: 1997"],
 body="""## Education
| 2015 – 2017 | Universidad Autónoma de Guadalajara, Guadalajara, Jalisco | Basic sciences (years 1–2 of the Médico Cirujano program); transferred in good standing
| 2017 – 2022 | Universidad Panamericana, Facultad de Ciencias de la Salud, Ciudad de México | Título de Médico Cirujano (degree awarded by Universidad Panamericana, August 2022)
| 2020 – 2021 | Hospital Ángeles Lomas, Huixquilucan | Internado Rotatorio de Pregrado (undergraduate rotating internship, part of the degree)
| 2021 – 2022 | Centro de Salud T-III, Tlalpan | Servicio Social (compulsory social service year)
## Licensing Examinations
* USMLE Step 1: PASS (May 2022)
* USMLE Step 2 CK: 241 (November 2023)   — practice: UWSA2 248, NBME 12: 236
* ECFMG Certified (January 2024)
* ENARM (Mexican residency exam) 2022: 71.3
## U.S. Clinical Experience
* Observership, Internal Medicine — Houston Methodist Hospital, Houston, TX. Jan 2024 – Feb 2024. Attended rounds, morning report and noon conferences.
* Hands-on Clinical Externship, Family Medicine — Bayview Family Health Clinic, Chula Vista, CA. 03/2024 – 04/2024. Took histories, presented patients, wrote progress notes under supervision.
## Clinical Experience (Mexico)
* Médico General, Clínica Médica Santa Fe, Ciudad de México — 08/2022 – 12/2023
## Publications and Presentations
* Villaseñor-Cruz A, Ortega-Ruiz M. Prevalence of uncontrolled hypertension in a primary care unit. Rev Med Inst Mex Seguro Soc. 2023;61(4):412-419. (peer-reviewed)
* Poster: Diabetic ketoacidosis in a young adult. ACP Texas Chapter Meeting, 2024.
## Career Interest
Internal Medicine residency; visa status: B1/B2 tourist/business visa (valid until 2031).
## Languages
Spanish (native), English (C2 / full professional), French (basic)
## Reference
Dr. Robert Klein, Attending Physician, Houston Methodist Hospital — rklein.md@houstonmethodist-mail.example — +1 713 555 0142
""",
 truth=dict(full_name="Andrea Sofía Villaseñor Cruz", email="andrea.villasenor.md@gmail.com", phone_e164="+525548217736",
  medical_school="Universidad Panamericana", medical_school_country="MX", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Internal Medicine"], languages=["Spanish","English","French"], publications=1,
  usce_entries=[dict(type="observership",specialty="Internal Medicine",state="TX",start="2024-01",end="2024-02"),
                dict(type="hands_on",specialty="Family Medicine",state="CA",start="2024-03",end="2024-04")],
  usce_months=4, usce_months_clinical=4)))

P.append(dict(
 n=2, layout="chromium_sidebar", ext="pdf",
 name_line="Małgorzata Wiśniewska-Kołodziej, MD",
 title="Physician (lekarz) · Neurology",
 contacts=[],
 side="""## Contact
m.wisniewska.kolodziej@wp.pl
+48 601 234 587
Kraków
## Education
Jagiellonian University Medical College — Kraków
Lekarz (Physician), 6-year uniform medical program, 2014–2020
Staż podyplomowy (postgraduate internship, 13 months), University Hospital Kraków, 10/2020 – 10/2021
## Exams
USMLE Step 1 — Pass
USMLE Step 2 CK — 255
ECFMG certified (2023)
LEK (Polish national exam) — 172/200
## Languages
Polish — native
English — C2
German — B2
""",
 body="""## Profile
Neurologist-in-training seeking a Neurology residency; strong interest in neuropsychiatry and Psychiatry. Will require J-1 visa sponsorship.
## U.S. Experience
* Research Fellow, Neurology (stroke outcomes) — Massachusetts General Hospital, Boston, MA — 07.2024 – 06.2025
* Clinical Observership, Neurology (vascular neurology service) — Brigham and Women's Hospital, Boston, MA — 05.2025 – 07.2025
## Clinical Work in Poland
* Resident in Neurology (rezydentura), University Hospital Kraków — 11/2021 – 06/2024
* Night-shift physician, Emergency Department, Szpital im. S. Żeromskiego — 2022 – 2023
## Publications
Peer-reviewed journal articles (3):
* Wiśniewska-Kołodziej M, et al. Early mobilisation after thrombectomy. Neurol Neurochir Pol. 2023;57(2):150-157.
* Nowak P, Wiśniewska-Kołodziej M. Delirium after stroke. J Stroke Cerebrovasc Dis. 2024;33(5):107612.
* Wiśniewska-Kołodziej M, et al. Tenecteplase in rural stroke networks. Stroke. 2025;56(3):e80-e82.
Conference abstracts (2): AAN Annual Meeting 2025 (two abstracts).
## Referee
Prof. Agnieszka Słowik, Department of Neurology, Kraków — a.slowik@neuro-krakow.example — +48 12 400 3150
""",
 truth=dict(full_name="Małgorzata Wiśniewska-Kołodziej", email="m.wisniewska.kolodziej@wp.pl", phone_e164="+48601234587",
  medical_school="Jagiellonian University Medical College", medical_school_country="PL", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Neurology","Psychiatry"], languages=["Polish","English","German"], publications=3,
  usce_entries=[dict(type="research",specialty="Neurology",state="MA",start="2024-07",end="2025-06"),
                dict(type="observership",specialty="Neurology",state="MA",start="2025-05",end="2025-07")],
  usce_months=13, usce_months_clinical=3)))

P.append(dict(
 n=3, layout="chromium_table", ext="pdf",
 name_line="Omar Khaled Abdelrahman",
 title="عمر خالد عبد الرحمن · MBBCh",
 contacts=["omar.k.abdelrahman@outlook.com", "+20 100 482 3917", "Nasr City, Cairo"],
 body="""## Education (most recent first)
| Dates | Qualification | Institution
| 2023 – present (expected 2027) | MSc Internal Medicine (part-time, thesis) | Ain Shams University, Cairo
| 2021 – 2022 | Compulsory internship year (house officer, 12 months) | Ain Shams University Hospitals, Cairo
| 2015 – 2021 | MBBCh — Bachelor of Medicine and Bachelor of Surgery (6 years), grade: Excellent with Honours | Faculty of Medicine, Ain Shams University, Cairo, Egypt
## Examinations
| Exam | Result | Date
| USMLE Step 1 | Pass | 08/2022
| USMLE Step 2 CK | 238 | 03/2023
| USMLE Step 3 | not yet taken | —
| OET Medicine | B in all subtests | 2024
| ECFMG | Certification pending (OET verification) | —
## U.S. Clinical Experience
| Type | Specialty / Site | Dates
| Observership | Cardiology — Hackensack University Medical Center, Hackensack, NJ | Summer 2024 (June – August)
| Externship (hands-on) | Internal Medicine — Brookdale Hospital, Brooklyn, NY | 4 weeks, starting 2 June 2025
## Other Clinical Work
* Resident, Internal Medicine, Ain Shams University Hospitals — 2022 – present
## Goals
Internal Medicine residency followed by Cardiology fellowship. J-1 visa (ECFMG sponsorship) required.
## Publications
* 2 peer-reviewed articles (Egyptian Heart Journal 2023; BMC Cardiovascular Disorders 2024)
* 1 manuscript under review
## Languages
Arabic (native), English (fluent), French (intermediate)
""",
 truth=dict(full_name="Omar Khaled Abdelrahman", email="omar.k.abdelrahman@outlook.com", phone_e164="+201004823917",
  medical_school="Ain Shams University", medical_school_country="EG", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
  specialties=["Internal Medicine","Cardiology"], languages=["Arabic","English","French"], publications=2,
  usce_entries=[dict(type="observership",specialty="Cardiology",state="NJ",start="2024-06",end="2024-08"),
                dict(type="hands_on",specialty="Internal Medicine",state="NY",start="2025-06",end="2025-06")],
  usce_months=4, usce_months_clinical=4)))

P.append(dict(
 n=4, layout="docx_tables", ext="docx",
 name_line="Giacomo Ferrandi, MD",
 title="Anesthesiologist (Specialista in Anestesia, Rianimazione e Terapia Intensiva)",
 contacts=["giacomo.ferrandi91@gmail.com", "+39 347 882 1904", "Padova / Cleveland, OH", "Year of birth: 1991"],
 body="""## Formazione / Education
| 2010 – 2016 | Laurea Magistrale a ciclo unico in Medicina e Chirurgia (6 anni) — 110/110 e lode | Università degli Studi di Padova
| 2017 | Abilitazione all'esercizio della professione medica (medical licence) | Università degli Studi di Padova
| 2017 – 2022 | Scuola di Specializzazione in Anestesia, Rianimazione e Terapia Intensiva (residency) | Azienda Ospedale-Università Padova
## USMLE / ECFMG
| Step 1 | Pass | 2019
| Step 2 CK | 262 | 2020
| Step 3 | 224 | 2023
| ECFMG | Certified | 2020
## U.S. Experience
| 09/2023 – 10/2023 | Clinical Observer, Department of Anesthesiology | Cleveland Clinic, Cleveland, OH
| 11/2023 – present | Research Fellow, Anesthesiology (perioperative outcomes) | Cleveland Clinic, Cleveland, OH
## Clinical Career (Italy)
* Dirigente Medico, Anestesia e Rianimazione, Ospedale di Camposampiero — 2022 – 2023
## Interests
Anesthesiology residency (interest in critical care and regional anesthesia). Current visa: B1/B2.
## Publications
* 4 peer-reviewed publications (Br J Anaesth 2021; Minerva Anestesiol 2022; Anesth Analg 2024; J Clin Anesth 2025)
* 2 manuscripts submitted
## Languages
Italian (native), English (C2), Spanish (B2)
""",
 truth=dict(full_name="Giacomo Ferrandi", email="giacomo.ferrandi91@gmail.com", phone_e164="+393478821904",
  medical_school="Università degli Studi di Padova", medical_school_country="IT", graduation_year=2016, is_student=False,
  usmle_step1="pass", usmle_step2ck=262, usmle_step3=224, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Anesthesiology"], languages=["Italian","English","Spanish"], publications=4,
  usce_entries=[dict(type="observership",specialty="Anesthesiology",state="OH",start="2023-09",end="2023-10"),
                dict(type="research",specialty="Anesthesiology",state="OH",start="2023-11",end="2026-12")],
  usce_months=40, usce_months_clinical=2)))

P.append(dict(
 n=5, layout="fpdf2", ext="pdf",
 name_line="OLUWASEUN ADEBAYO-OKAFOR",
 title="MBBS, BPharm",
 contacts=["Email: seun.adebayo.okafor@yahoo.com | Tel: +234 803 417 2290 | Ibadan, Oyo State"],
 body="""## EDUCATION
* 2007 - 2012: Bachelor of Pharmacy (BPharm), University of Lagos, Lagos
* 2013 - 2019: Bachelor of Medicine, Bachelor of Surgery (MBBS), College of Medicine, University of Ibadan, Ibadan (graduate direct entry into 200 level)
* 2019 - 2020: House Officer (internship), University College Hospital, Ibadan
* 2020 - 2021: National Youth Service Corps (NYSC), General Hospital Lafia
## USMLE
* Step 1: Pass (2023)
* Step 2 CK: 249 (2024)
* Practice: NBME 30 - 252, UWSA1 - 258, Free 120 - 84%
* ECFMG certified (September 2024). Visa: will need J-1.
## US CLINICAL EXPERIENCE
* Hands-on clinical rotation, Family Medicine, Grady Primary Care, Atlanta, GA - Feb 2024 to Mar 2024
* Telehealth rotation, Family Medicine (virtual, Coastal Family Practice, Savannah, GA) - May 2024 to Aug 2024
## WORK EXPERIENCE (NIGERIA)
* Medical Officer, Ring Road Specialist Hospital, Ibadan - 2021 to 2023
* Community Pharmacist (locum), Ikeja - 2012 to 2013
## SPECIALTY INTEREST
Family Medicine, with a special interest in Geriatrics and care of older adults.
## PUBLICATIONS
* Adebayo-Okafor O, et al. Polypharmacy among elderly outpatients in Ibadan. Afr J Med Med Sci. 2022;51(2):101-108.
* Poster: Deprescribing in primary care. AAFP FMX 2024 (poster).
## LANGUAGES
English, Yoruba, Igbo
## REFEREE
Dr. Folake Adeyemi, Consultant Family Physician, UCH Ibadan - f.adeyemi@uch-ibadan.example - +234 802 555 0199
""",
 truth=dict(full_name="Oluwaseun Adebayo-Okafor", email="seun.adebayo.okafor@yahoo.com", phone_e164="+2348034172290",
  medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Family Medicine","Geriatrics"], languages=["English","Yoruba","Igbo"], publications=1,
  usce_entries=[dict(type="hands_on",specialty="Family Medicine",state="GA",start="2024-02",end="2024-03"),
                dict(type="telehealth",specialty="Family Medicine",state="GA",start="2024-05",end="2024-08")],
  usce_months=6, usce_months_clinical=2)))

P.append(dict(
 n=6, layout="reportlab", ext="pdf",
 name_line="Edson Armando Macuácua",
 title="Licenciado em Medicina",
 contacts=["edson.macuacua.md@gmail.com", "+258 84 613 2780", "Av. Eduardo Mondlane 1420, Maputo"],
 body="""## Education
* 2012 — Ano propedêutico (pre-medical foundation year), Faculdade de Medicina, Universidade Eduardo Mondlane, Maputo
* 2013 – 2019 — Licenciatura em Medicina (Licenciado em Medicina, 6 years), Faculdade de Medicina, Universidade Eduardo Mondlane, Maputo
## Professional Experience
* Médico de Clínica Geral, Hospital Provincial de Inhambane — 2020 – 2023 (HIV/TB clinic lead)
* Clinical research physician, Centro de Investigação em Saúde da Manhiça — 2023 – 2025
## Examinations
* USMLE Step 1: Pass (2024)
* USMLE Step 2 CK: scheduled for February 2027
* PLAB 1: passed (2023)
* ECFMG certification: pending
## US Clinical Experience
* Observership, Infectious Diseases — Johns Hopkins Hospital, Baltimore, Maryland — Sep 2025 – Oct 2025
## Interests
Infectious Disease; Internal Medicine (HIV medicine, tuberculosis)
## Publications
* Macuácua EA, et al. Tuberculosis preventive therapy uptake in Inhambane. Int J Tuberc Lung Dis. 2022;26(9):870-876.
* Macuácua EA, Sitoe N. Advanced HIV disease at presentation. S Afr J HIV Med. 2024;25(1):1540.
## Languages
Portuguese (native), English (fluent), French (intermediate)
## Referee
Dra. Fátima Mussa, Director, Hospital Provincial de Inhambane — f.mussa@hpi-saude.example — +258 82 555 0123
""",
 truth=dict(full_name="Edson Armando Macuácua", email="edson.macuacua.md@gmail.com", phone_e164="+258846132780",
  medical_school="Universidade Eduardo Mondlane", medical_school_country="MZ", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
  specialties=["Infectious Disease","Internal Medicine"], languages=["Portuguese","English","French"], publications=2,
  usce_entries=[dict(type="observership",specialty="Infectious Disease",state="MD",start="2025-09",end="2025-10")],
  usce_months=2, usce_months_clinical=2)))

P.append(dict(
 n=7, layout="plaintext", ext="txt",
 name_line="ANASTASIA VOLKOVA (Анастасия Волкова), MD",
 title="Physician (Врач-лечебник) | Internal Medicine / Cardiology",
 contacts=["a.volkova.md@mail.ru | +1 (718) 555-0193 | Brooklyn, NY", "Born 1998"],
 body="""## EDUCATION
* 2015 - 2021  Pirogov Russian National Research Medical University, Moscow
  Specialty 31.05.01 General Medicine (Лечебное дело); qualification: Physician (Врач-лечебник). Diploma with honours, 2021.
* 2021 - 2023  Clinical residency (ординатура), Cardiology - same university, City Clinical Hospital No. 1, Moscow
## EXAMS
* USMLE Step 1 ....... PASS (2023)
* USMLE Step 2 CK .... 244 (2024)
* ECFMG .............. Certified (2024)
## STATUS
US Permanent Resident (Green Card holder) - no visa sponsorship needed.
## US CLINICAL EXPERIENCE
* March–May 2025   Hands-on externship, Internal Medicine, Maimonides Medical Center, Brooklyn, NY
* 05.2025 - 06.2025  Observership, Cardiology, NYU Langone Heart, New York, NY
## OTHER
* 2024  Medical interpreter (Russian-English), Coney Island Hospital, Brooklyn, NY
* 2021 - 2023  Cardiology resident, Moscow
## PUBLICATIONS (3 peer-reviewed)
* Volkova A, et al. Kardiologiia. 2022;62(4):33-40 (in Russian).
* Volkova A, Petrov I. Atrial fibrillation in young adults. Russ J Cardiol. 2023;28(2):5210.
* Volkova A, et al. Lipid targets after ACS. Eur J Prev Cardiol. 2024;31(Suppl):zwae175.
## INTERESTS
Internal Medicine residency, then Cardiology.
## LANGUAGES
Russian (native), English (fluent), Ukrainian (conversational)
""",
 truth=dict(full_name="Anastasia Volkova", email="a.volkova.md@mail.ru", phone_e164="+17185550193",
  medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Internal Medicine","Cardiology"], languages=["Russian","English","Ukrainian"], publications=3,
  usce_entries=[dict(type="hands_on",specialty="Internal Medicine",state="NY",start="2025-03",end="2025-05"),
                dict(type="observership",specialty="Cardiology",state="NY",start="2025-05",end="2025-06")],
  usce_months=4, usce_months_clinical=4)))

P.append(dict(
 n=8, layout="rtf", ext="rtf",
 name_line="Juan Sebastián Restrepo Ochoa",
 title="Médico y Cirujano · Pediatrics",
 contacts=["jsrestrepo.ochoa@gmail.com  ·  +57 310 448 2917  ·  Medellín"],
 body="""## Education
* Médico y Cirujano — Universidad de Antioquia, Medellín. 2015 – 2021 (degree conferred December 2021; final year = internado rotatorio)
* Servicio Social Obligatorio (compulsory rural year) — Hospital San Juan de Dios, Santa Fe de Antioquia. 2022 – 2023
## Examinations
* USMLE Step 1: Pass (Oct 2023)
* USMLE Step 2 CK: scheduled March 2027 (NBME 13: 231; UWSA2: 244)
## Visa
Current B1/B2 visa holder.
## U.S. Clinical Experience
* Observership, Pediatrics — Nicklaus Children's Hospital, Miami, FL — January 2024
* Hands-on clinical elective, Pediatrics — AdventHealth for Children, Orlando, FL — 01/2025 – 03/2025
## Clinical Experience (Colombia)
* Médico general, Hospital Pablo Tobón Uribe, Medellín — 2023 – 2024
## Interest
Pediatrics
## Presentations
* Poster: Bronchiolitis admissions after COVID-19. Congreso Colombiano de Pediatría, 2023.
## Languages
Spanish (native), English (advanced), Portuguese (intermediate)
## References
Dra. Catalina Uribe, Pediatra — c.uribe@hptu-pediatria.example — +57 604 555 0177
""",
 truth=dict(full_name="Juan Sebastián Restrepo Ochoa", email="jsrestrepo.ochoa@gmail.com", phone_e164="+573104482917",
  medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
  specialties=["Pediatrics"], languages=["Spanish","English","Portuguese"], publications=0,
  usce_entries=[dict(type="observership",specialty="Pediatrics",state="FL",start="2024-01",end="2024-01"),
                dict(type="hands_on",specialty="Pediatrics",state="FL",start="2025-01",end="2025-03")],
  usce_months=4, usce_months_clinical=4)))

P.append(dict(
 n=9, layout="odt", ext="odt",
 name_line="Tomáš Dvořák",
 title="Medical student (6th year) — General Surgery",
 contacts=["tomas.dvorak.med@seznam.cz", "+420 603 118 452", "Praha 2"],
 body="""## Education
* 2021 – present: Charles University, First Faculty of Medicine, Prague — General Medicine (MUDr.), 6-year program. Expected graduation: June 2027.
* 2020 – 2021: Masaryk University, Faculty of Medicine, Brno — General Medicine, year 1 completed; transferred to Charles University.
## USMLE
* Step 1: Pass (2025)
* Step 2 CK: planned 2027
* ECFMG certification pending graduation.
## U.S. Experience
* Summer 2025 — Summer research student, Department of Surgery, University of Pittsburgh, Pittsburgh, PA
* 07/2026 – 08/2026 — Sub-internship elective (hands-on), General Surgery, Thomas Jefferson University Hospital, Philadelphia, PA
## Clinical Electives (Europe)
* 2024 — Surgical clerkship, Universitätsklinikum Heidelberg, Germany (4 weeks)
* 2025 — Trauma surgery, Fakultní nemocnice Královské Vinohrady, Praha
## Career Goal
General Surgery residency. B1/B2 visa will be used for U.S. electives.
## Publications
* Dvořák T, et al. Outcomes of laparoscopic appendectomy in children. Rozhl Chir. 2025;104(3):98-103.
## Languages
Czech (native), English (C1), Slovak (fluent), German (B1)
""",
 truth=dict(full_name="Tomáš Dvořák", email="tomas.dvorak.med@seznam.cz", phone_e164="+420603118452",
  medical_school="Charles University, First Faculty of Medicine", medical_school_country="CZ", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
  specialties=["General Surgery"], languages=["Czech","English","Slovak","German"], publications=1,
  usce_entries=[dict(type="research",specialty="General Surgery",state="PA",start="2025-06",end="2025-08"),
                dict(type="hands_on",specialty="General Surgery",state="PA",start="2026-07",end="2026-08")],
  usce_months=5, usce_months_clinical=2)))

P.append(dict(
 n=10, layout="docx_header_footer", ext="docx",
 name_line="Lina Haddad, MD   |   لينا حداد",
 title="",
 contacts=["Mobile: +962 79 552 8140"],
 footer="lina.haddad.md@gmail.com  ·  Amman",
 body="""## Education
Doctor of Medicine (MD), 6-year program — Jordan University of Science and Technology, Irbid — 2013 – 2019
Rotating Internship (compulsory 12 months) — King Abdullah University Hospital, Irbid — 2019 – 2020
## Examinations
USMLE Step 1: Pass. USMLE Step 2 CK: 251. ECFMG: Certified (2022). Jordan Medical Council licence (2020).
## U.S. Clinical Experience
* Observership, Pediatrics — Children's Hospital of Michigan, Detroit, MI — 06/2023 – 07/2023
* Research Assistant, Pediatrics (neonatology outcomes) — Wayne State University, Detroit, MI — 08/2023 – 07/2024
## Experience in Jordan
* General Practitioner, Pediatric Emergency, Al-Bashir Hospital, Amman — 2020 – 2023
## Career Goal
Pediatrics residency; J-1 visa sponsorship required.
## Publications
Two peer-reviewed articles: J Pediatr 2024; Pediatr Emerg Care 2025.
## Languages
Arabic, English
""",
 truth=dict(full_name="Lina Haddad", email="lina.haddad.md@gmail.com", phone_e164="+962795528140",
  medical_school="Jordan University of Science and Technology", medical_school_country="JO", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Pediatrics"], languages=["Arabic","English"], publications=2,
  usce_entries=[dict(type="observership",specialty="Pediatrics",state="MI",start="2023-06",end="2023-07"),
                dict(type="research",specialty="Pediatrics",state="MI",start="2023-08",end="2024-07")],
  usce_months=14, usce_months_clinical=2)))

P.append(dict(
 n=11, layout="reportlab_twocol", ext="pdf",
 name_line="Muhammad Usman Tariq, MBBS, MPH",
 title="Pulmonary & Critical Care research · Internal Medicine applicant",
 contacts=["usman.tariq.md@gmail.com", "+1 410 555 0178", "Baltimore, MD"],
 body="""## Education
* 2021 – 2022  MPH, Johns Hopkins Bloomberg School of Public Health, Baltimore, MD
* 2019 – 2020  House Job (internship), Mayo Hospital, Lahore
* 2014 – 2019  MBBS, King Edward Medical University, Lahore, Pakistan
* 2012 – 2014  FSc Pre-Medical, Government College Lahore
## USMLE
* Step 1: 237
* Step 2 CK: 248
* Step 3: 221
* ECFMG: Certified
* Visa: H-1B (current)
## Research & U.S. Experience
* 09/2022 – present  Research Associate, Division of Pulmonary and Critical Care Medicine, Johns Hopkins University, Baltimore, MD
* 03/2023 – 04/2023  Observership, Internal Medicine, Johns Hopkins Bayview Medical Center, Baltimore, MD
## Pakistan
* Medical Officer, Services Hospital, Lahore — 2020 – 2021
## Career Interests
Internal Medicine residency → Pulmonary and Critical Care Medicine fellowship.
## Publications
6 peer-reviewed articles (e.g., Chest 2023; Ann Am Thorac Soc 2024; Crit Care Med 2025), 3 abstracts (ATS 2023–2025).
## Languages
English, Urdu, Punjabi
""",
 truth=dict(full_name="Muhammad Usman Tariq", email="usman.tariq.md@gmail.com", phone_e164="+14105550178",
  medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2019, is_student=False,
  usmle_step1=237, usmle_step2ck=248, usmle_step3=221, ecfmg_status="certified", visa_status="h1b",
  specialties=["Internal Medicine","Pulmonology/Critical Care"], languages=["English","Urdu","Punjabi"], publications=6,
  usce_entries=[dict(type="research",specialty="Pulmonology/Critical Care",state="MD",start="2022-09",end="2026-12"),
                dict(type="observership",specialty="Internal Medicine",state="MD",start="2023-03",end="2023-04")],
  usce_months=52, usce_months_clinical=2)))

P.append(dict(
 n=12, layout="chromium_newest_first", ext="pdf",
 name_line="Maria Angelica Dela Cruz-Reyes, MD",
 title="Family Medicine · Internal Medicine",
 contacts=["angelica.dcreyes@gmail.com", "+63 917 824 5561", "Quezon City"],
 body="""## Education & Training (newest first)
* 2022 – 2023 · Post-Graduate Internship, Philippine General Hospital, Manila
* 2018 – 2022 · Doctor of Medicine (MD), Faculty of Medicine and Surgery, University of Santo Tomas, Manila
* 2014 – 2018 · BS Biology (pre-medical), University of the Philippines Diliman, Quezon City
## Licensure
* Philippine Physician Licensure Examination — passed (2023)
* USMLE Step 1 — Pass; USMLE Step 2 CK — 240
* ECFMG Certified
## Citizenship
U.S. citizen (born in San Diego, California) — no visa required.
## U.S. Clinical Rotations
* Oct 2024 – Nov 2024 · Hands-on rotation, Family Medicine — Kalihi-Palama Health Center, Honolulu, HI
* Jan 2025 – Feb 2025 · Hands-on rotation, Internal Medicine — Sunrise Hospital, Las Vegas, NV
## Philippine Experience
* Municipal Health Officer (Doctors to the Barrios), Bohol — 2023 – 2024
## Specialty Interests
Family Medicine, Internal Medicine
## Languages
English, Filipino, Cebuano
## References
Dr. Jose Ramirez, Program Director — jramirez@sunrise-im.example — +1 702 555 0150
""",
 truth=dict(full_name="Maria Angelica Dela Cruz-Reyes", email="angelica.dcreyes@gmail.com", phone_e164="+639178245561",
  medical_school="University of Santo Tomas", medical_school_country="PH", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
  specialties=["Family Medicine","Internal Medicine"], languages=["English","Filipino","Cebuano"], publications=0,
  usce_entries=[dict(type="hands_on",specialty="Family Medicine",state="HI",start="2024-10",end="2024-11"),
                dict(type="hands_on",specialty="Internal Medicine",state="NV",start="2025-01",end="2025-02")],
  usce_months=4, usce_months_clinical=4)))

P.append(dict(
 n=13, layout="rtf_soffice", ext="pdf",
 name_line="Dr. med. Jonas Müller-Öztürk",
 title="Arzt · Radiology",
 contacts=["jonas.mueller-oeztuerk@posteo.de  |  +49 (0)176 2348 9915  |  München"],
 body="""## Studium / Medical Education
* 2013 – 2020: Studium der Humanmedizin, Ludwig-Maximilians-Universität München. Ärztliche Prüfung (Staatsexamen) 11/2020; Approbation als Arzt 12/2020.
* 2020 – 2022: Dr. med. (doctoral thesis in neuroradiology, magna cum laude), LMU München, awarded 2022.
## USMLE
* Step 1: Pass · Step 2 CK: 258 · ECFMG: certified (2022)
* Visa: J-1 required
## U.S. Experience
* Research Fellow, Radiology (3D MRI reconstruction) — Stanford University, Stanford, CA — 01/2023 – 12/2023
* Observership, Radiology — Stanford Health Care, Palo Alto, CA — 01/2024 – 02/2024
## Clinical Work (Germany)
* Assistenzarzt Radiologie, Klinikum rechts der Isar, München — 2024 – present
## Interest
Diagnostic Radiology residency
## Publications
* 5 peer-reviewed original articles (Radiology 2022; Eur Radiol 2023 ×2; AJNR 2024; Invest Radiol 2025)
* 1 book chapter (Springer, 2024)
## Languages
German (native), English (C2), Turkish (native)
""",
 truth=dict(full_name="Jonas Müller-Öztürk", email="jonas.mueller-oeztuerk@posteo.de", phone_e164="+4917623489915",
  medical_school="Ludwig-Maximilians-Universität München", medical_school_country="DE", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Radiology"], languages=["German","English","Turkish"], publications=5,
  usce_entries=[dict(type="research",specialty="Radiology",state="CA",start="2023-01",end="2023-12"),
                dict(type="observership",specialty="Radiology",state="CA",start="2024-01",end="2024-02")],
  usce_months=14, usce_months_clinical=2)))

P.append(dict(
 n=14, layout="fpdf2_table", ext="pdf",
 name_line="Katharina Steinbauer",
 title="Dr. med. univ. — Internal Medicine / Endocrinology",
 contacts=["k.steinbauer@gmx.at", "+43 664 517 2239", "Wien"],
 body="""## Education
| Period | Institution | Degree / Notes
| 2011 – 2013 | Medizinische Universität Graz | Diplomstudium Humanmedizin, 1st study segment; transferred
| 2013 – 2018 | Medizinische Universität Wien | Diplomstudium Humanmedizin — Dr. med. univ. (awarded 2018)
| 2018 – 2019 | Klinik Hietzing, Wien | Basisausbildung (9-month basic training)
## Exams
| USMLE Step 1 | Pass
| USMLE Step 2 CK | 247
| ECFMG | Certified (2021)
## U.S. Clinical Experience
| 10/2024 – 11/2024 | Observership, Endocrinology | Mayo Clinic, Rochester, MN
## Experience (Austria)
| 2019 – 2024 | Assistenzärztin, Innere Medizin | Klinik Ottakring, Wien
## Interests
Internal Medicine; Endocrinology (diabetes technology)
## Publications
Two peer-reviewed articles (Wien Klin Wochenschr 2022; Diabetologia 2024).
## Languages
German (native), English (C1), Italian (B1)
""",
 truth=dict(full_name="Katharina Steinbauer", email="k.steinbauer@gmx.at", phone_e164="+436645172239",
  medical_school="Medizinische Universität Wien", medical_school_country="AT", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Internal Medicine","Endocrinology"], languages=["German","English","Italian"], publications=2,
  usce_entries=[dict(type="observership",specialty="Endocrinology",state="MN",start="2024-10",end="2024-11")],
  usce_months=2, usce_months_clinical=2)))

P.append(dict(
 n=15, layout="docx_textbox", ext="docx",
 name_line="Dr. Wanjiru Kamau-Otieno",
 title="MBChB · Obstetrics & Gynaecology",
 contacts=["wanjiru.kamau.otieno@gmail.com", "+254 722 915 384", "Nairobi"],
 body="""## Education
* MBChB (Bachelor of Medicine and Bachelor of Surgery), University of Nairobi — 2012 – 2018
* Internship (12 months), Kenyatta National Hospital — 2018 – 2019
* MMed Obstetrics & Gynaecology (residency), University of Nairobi — 2020 – 2024
## Examinations
* USMLE Step 1: Pass
* USMLE Step 2 CK: 236
* ECFMG certified (2024)
* Visa: J-1 needed
## U.S. Clinical Experience
* Observership, Obstetrics and Gynecology — Vanderbilt University Medical Center, Nashville, TN — 09/2024 – 10/2024
* Hands-on externship, Obstetrics and Gynecology — Regional One Health, Memphis, TN — 02/2025 – 03/2025
## Interest
Obstetrics and Gynecology
## Publications
* Kamau-Otieno W, et al. Postpartum haemorrhage bundles in Kenya. BMC Pregnancy Childbirth. 2023;23:611.
## Languages
English, Swahili, Kikuyu
""",
 truth=dict(full_name="Wanjiru Kamau-Otieno", email="wanjiru.kamau.otieno@gmail.com", phone_e164="+254722915384",
  medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Obstetrics and Gynecology"], languages=["English","Swahili","Kikuyu"], publications=1,
  usce_entries=[dict(type="observership",specialty="Obstetrics and Gynecology",state="TN",start="2024-09",end="2024-10"),
                dict(type="hands_on",specialty="Obstetrics and Gynecology",state="TN",start="2025-02",end="2025-03")],
  usce_months=4, usce_months_clinical=4)))

P.append(dict(
 n=16, layout="odt_soffice", ext="pdf",
 name_line="Réka Szabó-Farkas, MD, PhD",
 title="Physician-scientist · Hematology-Oncology",
 contacts=["reka.szabo.farkas@gmail.com · +36 30 412 7785 · Houston, TX"],
 body="""## Education — combined MD–PhD track
* 2012 – 2018: Doctor of Medicine (dr. med., General Medicine, 6 years), Semmelweis University, Budapest
* 2018 – 2022: PhD, Doctoral School of Pathological Sciences, Semmelweis University, Budapest (thesis: clonal hematopoiesis)
## USMLE
* Step 1: Pass
* Step 2 CK: 260
* Step 3: 239
* ECFMG certified
## Visa
J-1 (research scholar), currently held
## U.S. Experience
* 04/2022 – present: Postdoctoral Research Fellow, Hematology/Oncology (leukemia), MD Anderson Cancer Center, Houston, TX
* 06/2023 – 07/2023: Clinical Observership, Hematology/Oncology, Baylor St. Luke's Medical Center, Houston, TX
## Goal
Hematology-Oncology (clinical and translational research career).
## Publications
9 peer-reviewed articles (first author on 4), 5 conference abstracts (ASH 2022–2025).
## Languages
Hungarian (native), English (C2), German (B2)
""",
 truth=dict(full_name="Réka Szabó-Farkas", email="reka.szabo.farkas@gmail.com", phone_e164="+36304127785",
  medical_school="Semmelweis University", medical_school_country="HU", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=260, usmle_step3=239, ecfmg_status="certified", visa_status="j1",
  specialties=["Hematology/Oncology"], languages=["Hungarian","English","German"], publications=9,
  usce_entries=[dict(type="research",specialty="Hematology/Oncology",state="TX",start="2022-04",end="2026-12"),
                dict(type="observership",specialty="Hematology/Oncology",state="TX",start="2023-06",end="2023-07")],
  usce_months=57, usce_months_clinical=2)))

# ---------------- scans / photos ----------------
P.append(dict(
 n=17, layout="scan_pdf", ext="pdf", src="reportlab",
 name_line="Dr. Prabin Shrestha",
 title="BDS, MBBS",
 contacts=["prabin.shrestha.dr@gmail.com | +977 984 1526 370 | Lalitpur"],
 body="""## Education
* 2008 – 2013: Bachelor of Dental Surgery (BDS), Kathmandu Medical College (Kathmandu University)
* 2014 – 2020: MBBS, Institute of Medicine, Tribhuvan University, Maharajgunj, Kathmandu
* 2020 – 2021: Rotating internship (1 year), Tribhuvan University Teaching Hospital
## Examinations
* USMLE Step 1: Pass; Step 2 CK: 232
* ECFMG certified (2023); J-1 visa required
* NMC licensing exam (Nepal): passed 2021
## U.S. Clinical Experience
* Observership, Nephrology — Northwestern Memorial Hospital, Chicago, IL — Aug 2023 – Sep 2023
## Work Experience (Nepal)
* Dental Surgeon, Bir Hospital, Kathmandu — 2013 – 2014
* Medical Officer, Patan Hospital — 2021 – 2023
## Interests
Internal Medicine; Nephrology
## Publications
3 peer-reviewed (JNMA 2021, 2022; Kidney Int Rep 2023)
## Languages
Nepali, English, Hindi
""",
 truth=dict(full_name="Prabin Shrestha", email="prabin.shrestha.dr@gmail.com", phone_e164="+9779841526370",
  medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine","Nephrology"], languages=["Nepali","English","Hindi"], publications=3,
  usce_entries=[dict(type="observership",specialty="Nephrology",state="IL",start="2023-08",end="2023-09")],
  usce_months=2, usce_months_clinical=2)))

P.append(dict(
 n=18, layout="photo_jpg", ext="jpg", src="chromium",
 name_line="Sanne van der Meulen",
 title="Arts (MD) · Emergency Medicine",
 contacts=["sanne.vdmeulen@kpnmail.nl", "+31 6 2845 1197", "Rotterdam"],
 body="""## Opleiding / Education
| 2014 – 2017 | Bachelor Geneeskunde | Erasmus Universiteit Rotterdam
| 2017 – 2020 | Master Geneeskunde — Artsexamen (Dutch medical degree), 2020 | Erasmus MC – Erasmus Universiteit Rotterdam
## Exams
* USMLE Step 1: Pass · Step 2 CK: 257 · ECFMG certified
* Visa: J-1 will be required
## U.S. Clinical Experience
* Hands-on elective, Emergency Medicine — Denver Health Medical Center, Denver, CO — 03/2024 – 04/2024
## Work
* ANIOS Spoedeisende Hulp (ED physician), Maasstad Ziekenhuis — 2020 – 2023
## Interest
Emergency Medicine
## Publications
2 peer-reviewed articles (Eur J Emerg Med 2022; Resuscitation 2023)
## Languages
Dutch, English, German, French
""",
 truth=dict(full_name="Sanne van der Meulen", email="sanne.vdmeulen@kpnmail.nl", phone_e164="+31628451197",
  medical_school="Erasmus Universiteit Rotterdam", medical_school_country="NL", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Emergency Medicine"], languages=["Dutch","English","German","French"], publications=2,
  usce_entries=[dict(type="hands_on",specialty="Emergency Medicine",state="CO",start="2024-03",end="2024-04")],
  usce_months=2, usce_months_clinical=2)))

P.append(dict(
 n=19, layout="scan_png", ext="png", src="docx_soffice",
 name_line="Akosua Mensah-Bonsu",
 title="MBChB · Psychiatry",
 contacts=["akosua.mensahbonsu@gmail.com · +233 24 559 8102 · Accra"],
 body="""## Education
* 2012 – 2015: BSc Medical Sciences, University of Ghana Medical School, Korle Bu, Accra
* 2015 – 2018: MBChB, University of Ghana Medical School, Korle Bu, Accra
* 2018 – 2020: Housemanship, Korle Bu Teaching Hospital
## Examinations
* USMLE Step 1: Pass; USMLE Step 2 CK: 229
* PLAB 1 and PLAB 2: passed (2021)
* ECFMG certified; current B1/B2 visa
## U.S. Clinical Experience
* Observership, Psychiatry — Bellevue Hospital, New York, NY — June 2024 – July 2024
* Hands-on rotation, Psychiatry — Hackensack Meridian Health, Edison, NJ — September 2024
## Other Experience
* Medical Officer, Accra Psychiatric Hospital — 2020 – 2023
* Clinical Fellow, Psychiatry, NHS Leeds (UK) — 2023
## Interest
Psychiatry
## Publications
1 peer-reviewed article (Ghana Med J 2022)
## Languages
English, Twi, Ga
""",
 truth=dict(full_name="Akosua Mensah-Bonsu", email="akosua.mensahbonsu@gmail.com", phone_e164="+233245598102",
  medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Psychiatry"], languages=["English","Twi","Ga"], publications=1,
  usce_entries=[dict(type="observership",specialty="Psychiatry",state="NY",start="2024-06",end="2024-07"),
                dict(type="hands_on",specialty="Psychiatry",state="NJ",start="2024-09",end="2024-09")],
  usce_months=3, usce_months_clinical=3)))

P.append(dict(
 n=20, layout="scan_pdf_skewed", ext="pdf", src="fpdf2",
 name_line="LUCIANA PAREDES QUISPE",
 title="Médico Cirujano",
 contacts=["lu.paredes.quispe@gmail.com | +51 984 271 563 | Lima"],
 body="""## EDUCATION
* 2013 - 2020: Médico Cirujano, Universidad Peruana Cayetano Heredia, Lima (7 years, incl. internado)
* 2021 - 2022: SERUMS (rural service), Centro de Salud Ocongate, Cusco
## USMLE
* Step 1: Pass | Step 2 CK: 245 | ECFMG certified | B1/B2 visa
## US CLINICAL EXPERIENCE
* Observership, Gastroenterology - Mayo Clinic, Jacksonville, FL - 07/2023 - 08/2023
* Research Fellow, Gastroenterology - Mayo Clinic, Jacksonville, FL - 09/2023 - 08/2024
## INTERESTS
Internal Medicine; Gastroenterology
## PUBLICATIONS
2 peer-reviewed articles (Rev Gastroenterol Peru 2022; Am J Gastroenterol 2024)
## LANGUAGES
Spanish, English, Quechua
""",
 truth=dict(full_name="Luciana Paredes Quispe", email="lu.paredes.quispe@gmail.com", phone_e164="+51984271563",
  medical_school="Universidad Peruana Cayetano Heredia", medical_school_country="PE", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Internal Medicine","Gastroenterology"], languages=["Spanish","English","Quechua"], publications=2,
  usce_entries=[dict(type="observership",specialty="Gastroenterology",state="FL",start="2023-07",end="2023-08"),
                dict(type="research",specialty="Gastroenterology",state="FL",start="2023-09",end="2024-08")],
  usce_months=14, usce_months_clinical=2)))

P.append(dict(
 n=21, layout="photo_jpg_perspective", ext="jpg", src="reportlab",
 name_line="Álvaro Fernández Iglesias",
 title="Licenciado en Medicina y Cirugía · Family Medicine",
 contacts=["alvaro.fdez.iglesias@gmail.com · +34 612 458 903 · Santiago de Compostela"],
 body="""## Formación
* 2003 – 2009: Licenciado en Medicina y Cirugía, Universidad de Salamanca
* 2010 – 2014: MIR — Medicina Familiar y Comunitaria, Complejo Hospitalario Universitario de Santiago
## USMLE
* Step 1: Pass · Step 2 CK: 226 · ECFMG certified (2016)
## Experiencia
* Médico de familia, Centro de Saúde Concepción Arenal, Santiago — 2014 – present
## Interés
Family Medicine
## Publicaciones
4 peer-reviewed articles (Aten Primaria 2015, 2017, 2019; Semergen 2021)
## Idiomas
Spanish, Galician, English
""",
 truth=dict(full_name="Álvaro Fernández Iglesias", email="alvaro.fdez.iglesias@gmail.com", phone_e164="+34612458903",
  medical_school="Universidad de Salamanca", medical_school_country="ES", graduation_year=2009, is_student=False,
  usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Family Medicine"], languages=["Spanish","Galician","English"], publications=4,
  usce_entries=[], usce_months=0, usce_months_clinical=0)))

DAMAGED = [
 dict(n=22, layout="truncated_pdf", ext="pdf", base=1),
 dict(n=23, layout="encrypted_pdf", ext="pdf", base=12),
 dict(n=24, layout="random_bytes", ext="docx"),
]
