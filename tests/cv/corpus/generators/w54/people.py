# -*- coding: utf-8 -*-
"""Content + ground truth for w54 (Latin America & Caribbean IMGs).
body markup: '# Heading', '- bullet', '| a | b | c' table row, other = paragraph."""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = []

# 001 ---------------------------------------------------------------- Mexico, all Spanish, docx table
P.append(dict(num=1, layout="docx_es_table", ext="docx", kind="readable", render="docx_table",
 name="María Fernanda Gutiérrez Ochoa",
 title="Médica Cirujana",
 contacts=["Correo: mfgutierrez.ochoa@gmail.com", "Celular / WhatsApp: +52 55 4187 2290",
           "Ciudad de México, México", "Fecha de nacimiento: 14/09/1998"],
 body="""# Perfil
Médica cirujana egresada de la UNAM con interés en Medicina Interna y Endocrinología. Busco una plaza de residencia en EE. UU. (Match 2027).
# Formación académica
- Médico Cirujano — Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM). Agosto 2017 – julio 2023. Titulación: agosto 2024.
- Internado médico de pregrado — Hospital General de México "Dr. Eduardo Liceaga", CDMX. Enero 2022 – diciembre 2022.
- Servicio social — Centro de Salud Rural, San Juan Bautista Tuxtepec, Oaxaca. Agosto 2023 – julio 2024.
# Exámenes USMLE y certificación
- USMLE Step 1: Aprobado (junio 2023)
- USMLE Step 2 CK: 247 (noviembre 2024)
- Certificación ECFMG: en trámite
- ENARM 2024: 78.4 puntos (examen nacional de residencias, México)
# Experiencia clínica en EE. UU.
- Rotación clínica práctica (hands-on), Medicina Interna — University of Texas Medical Branch, Galveston, TX. Marzo 2025 – mayo 2025.
- Voluntaria de investigación, Endocrinología (diabetes tipo 2) — Baylor College of Medicine, Houston, TX. Abril 2025 – actualidad.
- Observership, Endocrinología — Cleveland Clinic Florida, Weston, FL. Junio 2025.
# Experiencia clínica en México
- Médica general (guardias), Hospital Ángeles Pedregal, CDMX. Septiembre 2024 – febrero 2025.
# Publicaciones
- Gutiérrez-Ochoa MF, Salinas-Torres A, Medina-Ruiz L. Prevalencia de hipotiroidismo subclínico en población rural de Oaxaca. Rev Fac Med UNAM. 2024;67(3):22-30.
- Cartel: "Control glucémico en el primer nivel de atención", Congreso Nacional de Medicina Interna, Mérida, noviembre 2024.
- Manuscrito en preparación: Adherencia a metformina en pacientes de Houston con barrera idiomática.
# Idiomas
Español (nativo), Inglés (C1 – TOEFL iBT 108), Francés (básico)
# Visa
Requiero visa B1/B2 para rotaciones clínicas.
# Referencias
- Dr. Alberto Salinas Torres, Jefe de Medicina Interna, Hospital General de México — asalinas.torres@hgm.salud.gob.mx — +52 55 2789 2000 ext. 1164
- Dra. Karen L. Whitfield, MD, UTMB Galveston — klwhitfi@utmb.edu — +1 (409) 772-1011
""",
 truth=dict(full_name="María Fernanda Gutiérrez Ochoa", email="mfgutierrez.ochoa@gmail.com", phone_e164="+525541872290",
  medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2024, is_student=False,
  usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
  specialties=["Internal Medicine", "Endocrinology"], languages=["Spanish", "English", "French"], publications=1,
  usce_entries=[E("hands_on","Internal Medicine","TX","2025-03","2025-05"), E("research","Endocrinology","TX","2025-04","2026-12"),
                E("observership","Endocrinology","FL","2025-06","2025-06")])))

# 002 ---------------------------------------------------------------- Ross (Barbados) student, reportlab
P.append(dict(num=2, layout="pdf_caribbean_cores", ext="pdf", kind="readable", render="reportlab",
 name="Daniel Alejandro Restrepo",
 title="MD Candidate, Class of 2027",
 contacts=["Miami, FL 33135", "(786) 402-3318", "danielrestrepo.md@gmail.com", "U.S. Citizen (born Medellín, Colombia)"],
 body="""# Education
- Ross University School of Medicine, Bridgetown, Barbados — Doctor of Medicine (MD) candidate, expected graduation May 2027. Basic sciences 09/2022 – 08/2024 (Barbados campus).
- Florida International University, Miami, FL — B.S. Biology, 2021.
# Licensing Examinations
- USMLE Step 1: Pass (08/2024)
- USMLE Step 2 CK: 238 (09/2026)
- NBME CCSE practice exam: 224
- ECFMG: certification pending graduation (application in progress)
# Core Clinical Rotations (United States)
- Internal Medicine core — Larkin Community Hospital, South Miami, FL — 01/2025 – 03/2025
- General Surgery core — Saint Michael's Medical Center, Newark, NJ — 04/2025 – 06/2025
- Pediatrics core — Kern Medical, Bakersfield, CA — 07/2025 – 08/2025
- Obstetrics & Gynecology core — Jackson Park Hospital, Chicago, IL — 09/2025 – 10/2025
- Psychiatry core — Brookdale Hospital Medical Center, Brooklyn, NY — 11/2025 – 12/2025
- Family Medicine core — Larkin Community Hospital, South Miami, FL — 01/2026 – 02/2026
- Emergency Medicine elective — Kern Medical, Bakersfield, CA — 03/2026 – 04/2026
- Emergency Medicine sub-internship — Saint Michael's Medical Center, Newark, NJ — 11/2026 – present
# Career Goal
Categorical residency in Emergency Medicine.
# Presentations
- Restrepo DA, et al. "Time-to-antibiotics in ED sepsis at a community hospital." Poster, ACEP Scientific Assembly, 2026 (abstract).
# Leadership & Service
- President, Emergency Medicine Interest Group, Ross University (2023 – 2024)
- Volunteer EMT, Miami-Dade Fire Rescue community program (2019 – 2021)
# Languages
English (native), Spanish (native)
# References
- Dr. Patricia Morales, Clerkship Director EM, Kern Medical — patricia.morales@kernmedical.com — (661) 326-2000
""",
 truth=dict(full_name="Daniel Alejandro Restrepo", email="danielrestrepo.md@gmail.com", phone_e164="+17864023318",
  medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="pending", visa_status="citizen",
  specialties=["Emergency Medicine"], languages=["English", "Spanish"], publications=0,
  usce_entries=[E("hands_on","Internal Medicine","FL","2025-01","2025-03"), E("hands_on","General Surgery","NJ","2025-04","2025-06"),
   E("hands_on","Pediatrics","CA","2025-07","2025-08"), E("hands_on","Obstetrics and Gynecology","IL","2025-09","2025-10"),
   E("hands_on","Psychiatry","NY","2025-11","2025-12"), E("hands_on","Family Medicine","FL","2026-01","2026-02"),
   E("hands_on","Emergency Medicine","CA","2026-03","2026-04"), E("hands_on","Emergency Medicine","NJ","2026-11","2026-12")])))

# 003 ---------------------------------------------------------------- Brazil, Portuguese titles, contacts in header
P.append(dict(num=3, layout="docx_pt_header", ext="docx", kind="readable", render="docx_header",
 name="João Pedro Albuquerque Nogueira",
 title="Médico — CRM-SP 241.873",
 contacts=["jp.albuquerque.nogueira@gmail.com", "+55 (11) 98734-2156", "São Paulo – SP, Brasil"],
 body="""# Formação
- Graduação em Medicina — Faculdade de Medicina da Universidade de São Paulo (FMUSP). fev/2018 – dez/2023. Internato: jan/2022 – dez/2023 (Hospital das Clínicas).
- Residência Médica em Clínica Médica — Hospital das Clínicas da FMUSP. mar/2024 – fev/2026.
# Exames / USMLE
- USMLE Step 1: Aprovado (Pass) — jun/2022
- USMLE Step 2 CK: 255 — set/2024
- OET Medicine: B (todas as seções)
- ECFMG Certified — out/2024
# Experiência clínica nos EUA (USCE)
- Observership em Cardiologia — Massachusetts General Hospital, Boston, MA — jan/2024 – fev/2024
- Observership em Clínica Médica — Jackson Memorial Hospital / University of Miami, Miami, FL — jul/2025
- Research fellow (pesquisa clínica em insuficiência cardíaca) — Cleveland Clinic, Cleveland, OH — mar/2026 – atual
# Objetivo
Residência em Medicina Interna (Internal Medicine) com posterior fellowship em Cardiologia.
# Publicações (artigos revisados por pares)
- Nogueira JPA, Ramires FJA, et al. Sacubitril-valsartan in Chagas cardiomyopathy: a retrospective cohort. Arq Bras Cardiol. 2024;121(5):e20230611.
- Nogueira JPA, Lage SHG. Predictors of readmission after acute decompensated heart failure in a tertiary Brazilian center. Clinics (Sao Paulo). 2023;78:100214.
- Albuquerque-Nogueira JP, et al. Giant cell myocarditis presenting as ventricular storm. JACC Case Rep. 2025;30(2):102811.
- Submetido: Nogueira JPA, et al. SGLT2 inhibitors in HFpEF: a Brazilian registry. (em revisão, Eur J Heart Fail)
# Resumos em congressos
- Congresso Brasileiro de Cardiologia 2023 — pôster
- AHA Scientific Sessions 2025 — abstract (pôster)
# Idiomas
Português (nativo); Inglês (fluente); Espanhol (intermediário)
# Visto
Necessitarei de visto J-1 (ECFMG) para a residência.
# Referências
- Prof. Dr. Silvia H. G. Lage, InCor-HCFMUSP — silvia.lage@hc.fm.usp.br — +55 11 2661-5000
- Dr. W. H. Wilson Tang, MD, Cleveland Clinic — tangw@ccf.org
""",
 truth=dict(full_name="João Pedro Albuquerque Nogueira", email="jp.albuquerque.nogueira@gmail.com", phone_e164="+5511987342156",
  medical_school="Faculdade de Medicina da Universidade de São Paulo", medical_school_country="BR", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Cardiology"], languages=["Portuguese", "English", "Spanish"], publications=3,
  usce_entries=[E("observership","Cardiology","MA","2024-01","2024-02"), E("observership","Internal Medicine","FL","2025-07","2025-07"),
   E("research","Cardiology","OH","2026-03","2026-12")])))

# 004 ---------------------------------------------------------------- Colombia, ODT, año rural, long research
P.append(dict(num=4, layout="odt_colombia_research", ext="odt", kind="readable", render="odt",
 name="Valentina Ospina Cárdenas",
 title="MD — Universidad de Antioquia",
 contacts=["valentina.ospinac@udea.edu.co", "Mobile: +57 314 268 9051", "US: Baltimore, MD (J-1 research scholar)"],
 body="""# Education
- Médica y Cirujana (MD), Facultad de Medicina, Universidad de Antioquia, Medellín, Colombia — 2015-02 to 2021-06 (graduated June 2021)
- Internado (final-year rotating internship), Hospital San Vicente Fundación, Medellín — 2020-07 to 2021-06
# Social Service
- Año rural / Servicio Social Obligatorio — Hospital San Francisco de Asís, Quibdó, Chocó, Colombia — 2021-08 to 2022-07
# USMLE
- Step 1: 229 (2021-05)
- Step 2 CK: 246 (2023-04)
- ECFMG certified (2023-06)
# U.S. Clinical & Research Experience
- Postdoctoral Research Fellow, Infectious Disease epidemiology (TB/HIV), Johns Hopkins Bloomberg School of Public Health, Baltimore, MD — 2023-08 to present
- Observership, Infectious Disease consult service, Johns Hopkins Hospital, Baltimore, MD — 2024-02 to 2024-03
- Clinical externship (hands-on), Internal Medicine, University of Maryland Medical Center Midtown Campus, Baltimore, MD — 2025-10 to 2025-11
# Specialty Interest
Internal Medicine (categorical), with a long-term goal of fellowship in Infectious Disease.
# Peer-reviewed Publications
- Ospina-Cárdenas V, Martínez-Restrepo J, et al. Tuberculosis treatment outcomes in Chocó, Colombia. Biomédica. 2023;43(1):55-64.
- Ospina-Cárdenas V, Golub JE, et al. Household contact tracing for TB in Medellín. Int J Tuberc Lung Dis. 2024;28(4):190-196.
- Chaisson RE, Ospina-Cárdenas V, et al. Isoniazid preventive therapy uptake among people with HIV in Colombia. Clin Infect Dis. 2025;80(2):301-309.
- Ospina-Cárdenas V, et al. Leptospirosis mimicking dengue: a case series. Rev Chilena Infectol. 2022;39(6):745-750.
- Under review: Ospina-Cárdenas V, et al. Social determinants of MDR-TB in Baltimore immigrants.
# Posters
- IDWeek 2024 (Los Angeles): TB preventive therapy cascade — poster
- Union World Conference on Lung Health 2023 — e-poster
# Languages
Spanish (native), English (full professional), Portuguese (intermediate)
# Visa
Currently on J-1 research scholar visa; will require J-1 (ECFMG) sponsorship for residency.
# References
- Jonathan E. Golub, PhD, MPH — jgolub@jhu.edu — +1 (410) 614-0000
- Dr. Juan Martínez Restrepo — Universidad de Antioquia — juan.martinez@udea.edu.co
""",
 truth=dict(full_name="Valentina Ospina Cárdenas", email="valentina.ospinac@udea.edu.co", phone_e164="+573142689051",
  medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2021, is_student=False,
  usmle_step1=229, usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Infectious Disease"], languages=["Spanish", "English", "Portuguese"], publications=4,
  usce_entries=[E("research","Infectious Disease","MD","2023-08","2026-12"), E("observership","Infectious Disease","MD","2024-02","2024-03"),
   E("hands_on","Internal Medicine","MD","2025-10","2025-11")])))

# 005 ---------------------------------------------------------------- Peru, chromium sidebar
P.append(dict(num=5, layout="pdf_chromium_sidebar", ext="pdf", kind="readable", render="chromium_sidebar",
 name="Luis Alberto Quispe Mamani",
 title="Médico Cirujano · IMG",
 contacts=["luis.quispe.mamani@outlook.com", "+51 984 227 615", "Lima, Perú", "Born 1996"],
 side="""# Languages
- Spanish — native
- Quechua — native (Cusco–Collao)
- English — fluent (C1)
# Skills
- ACLS / BLS (AHA, 2024)
- Point-of-care ultrasound
- Epic (observer access)
""",
 body="""# Objective
Seeking a PGY-1 position in Family Medicine or Pediatrics, with a focus on rural and Indigenous health.
# Education
- Médico Cirujano, Universidad Peruana Cayetano Heredia, Lima, Peru — 2016–2022 (graduated December 2022)
- Internado médico: Hospital Nacional Cayetano Heredia, Jan 2022 – Dec 2022
# Service
- SERUMS (Servicio Rural y Urbano Marginal de Salud), Centro de Salud Ilave, Puno, Peru — May 2023 – Apr 2024
# Examinations
- USMLE Step 1 — PASS
- USMLE Step 2 CK — 233
- ECFMG Certified (October 2024)
# Clinical Experience — United States
- Observership, Family Medicine — UT Health San Antonio, San Antonio, TX — Sep 2024 – Oct 2024
- Telehealth rotation, Pediatrics (virtual clinics) — Nemours Children's Health, Jacksonville, FL — Jan 2025 – Mar 2025
- Hands-on externship, Family Medicine — Texas Tech University Health Sciences Center, El Paso, TX — June 2025
# Other International Experience
- Observership, General Internal Medicine — Toronto General Hospital, Toronto, ON, Canada — Nov 2023
# Publications
- Quispe-Mamani LA, Cárdenas-Ruiz P. Anemia in children under 5 at high altitude in Puno. Rev Peru Med Exp Salud Publica. 2024;41(2):133-140.
- Submitted: Quispe-Mamani LA, et al. Telehealth follow-up for pediatric asthma in Florida Hispanic families.
# References
- Dr. Rebecca Ortiz, Program Faculty, UT Health San Antonio — ortizr4@uthscsa.edu — (210) 567-7000
""",
 truth=dict(full_name="Luis Alberto Quispe Mamani", email="luis.quispe.mamani@outlook.com", phone_e164="+51984227615",
  medical_school="Universidad Peruana Cayetano Heredia", medical_school_country="PE", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Family Medicine", "Pediatrics"], languages=["Spanish", "Quechua", "English"], publications=1,
  usce_entries=[E("observership","Family Medicine","TX","2024-09","2024-10"), E("telehealth","Pediatrics","FL","2025-01","2025-03"),
   E("hands_on","Family Medicine","TX","2025-06","2025-06")])))

# 006 ---------------------------------------------------------------- Venezuela, RTF, green card, 3 steps
P.append(dict(num=6, layout="rtf_venezuela_surgery", ext="rtf", kind="readable", render="rtf",
 name="Andrés Eduardo Villalobos Pérez",
 title="Médico Cirujano — General Surgeon (Venezuela)",
 contacts=["Orlando, FL 32803", "Cell: (407) 318-6624", "andres.villalobos.md@gmail.com", "Permanent Resident (Green Card)"],
 body="""# Education
- Médico Cirujano, Escuela de Medicina "Luis Razetti", Universidad Central de Venezuela, Caracas — 2009 – 2015
- Postgraduate training in General Surgery (Especialización en Cirugía General), Hospital Universitario de Caracas — 2016 – 2019
# USMLE
- Step 1: 232
- Step 2 CK: 241
- Step 3: 225
- ECFMG: Certified (2021)
# U.S. Clinical Experience
- Surgical clinical externship (hands-on), AdventHealth Orlando, Orlando, FL — Jan 2024 – Jun 2024
- Research Assistant, Department of Surgery, University of Central Florida College of Medicine, Orlando, FL — Aug 2024 – Present
- Observership, Trauma & Acute Care Surgery, Ryder Trauma Center / Jackson Memorial, Miami, FL — Mar 2025
# Professional Experience (Venezuela)
- Attending surgeon, Hospital Dr. Domingo Luciani, Caracas — 2019 – 2022
# Goal
General Surgery residency (categorical).
# Publications
- Villalobos-Pérez AE, et al. Laparoscopic versus open appendectomy in a resource-limited setting. Rev Venez Cir. 2019;72(1):14-20.
- Villalobos-Pérez AE, Hernández R, et al. Frailty and 30-day outcomes after emergency laparotomy in older adults. Am Surg. 2025;91(7):1120-1127.
- Poster: Southeastern Surgical Congress 2025.
# Languages
Spanish (native), English (fluent), Italian (conversational)
# References
- Dr. Ricardo Hernández, FACS — UCF College of Medicine — ricardo.hernandez@ucf.edu — (407) 266-1000
""",
 truth=dict(full_name="Andrés Eduardo Villalobos Pérez", email="andres.villalobos.md@gmail.com", phone_e164="+14073186624",
  medical_school="Universidad Central de Venezuela", medical_school_country="VE", graduation_year=2015, is_student=False,
  usmle_step1=232, usmle_step2ck=241, usmle_step3=225, ecfmg_status="certified", visa_status="green_card",
  specialties=["General Surgery"], languages=["Spanish", "English", "Italian"], publications=2,
  usce_entries=[E("hands_on","General Surgery","FL","2024-01","2024-06"), E("research","General Surgery","FL","2024-08","2026-12"),
   E("observership","General Surgery","FL","2025-03","2025-03")])))

# 007 ---------------------------------------------------------------- Cuba, txt, dotted dates
P.append(dict(num=7, layout="txt_cuba_dotdates", ext="txt", kind="readable", render="txt",
 name="Yaneisy Rodríguez Castellanos",
 title="Doctor of Medicine (Cuba) — ECFMG Certified",
 contacts=["Hialeah, FL 33012", "Tel: 305.718.2943", "E-mail: yaneisy.rcastellanos@yahoo.com", "Status: Lawful Permanent Resident"],
 body="""# EDUCATION
- 2011.09 - 2017.07  Doctor en Medicina, Universidad de Ciencias Médicas de La Habana (Facultad "Calixto García"), Havana, Cuba
- 2019.09 - 2021.08  Especialidad de Primer Grado en Medicina General Integral (MGI), Policlínico "Plaza de la Revolución", Havana
# SOCIAL SERVICE
- 2017.09 - 2019.08  Servicio social, Consultorio Médico de Familia, Baracoa, Guantánamo, Cuba
# USMLE / ECFMG
- Step 1 .......... PASS (2023.02)
- Step 2 CK ....... 236 (2024.06)
- ECFMG ........... Certified (2024.11)
# US CLINICAL EXPERIENCE
- 2024.03 - 2024.05  Hands-on clinical rotation, Family Medicine - Larkin Community Hospital Palm Springs Campus, Hialeah, FL
- 2024.06           Observership, Geriatrics - Mount Sinai Medical Center, Miami Beach, FL
- 2025.01 - 2025.02  Hands-on clinical rotation, Internal Medicine - HCA Florida Aventura Hospital, Aventura, FL
# RESIDENCY INTEREST
Family Medicine (primary), with interest in Geriatrics.
# PRESENTATIONS
- Poster: "Polypharmacy in older Cuban-American adults", Florida Academy of Family Physicians, 2025.
# LANGUAGES
Spanish - native; English - advanced
# REFERENCES
- Dr. Manuel Á. Iglesias, MD - Program faculty, Larkin - miglesias@larkinhospital.com - (305) 284-7500
""",
 truth=dict(full_name="Yaneisy Rodríguez Castellanos", email="yaneisy.rcastellanos@yahoo.com", phone_e164="+13057182943",
  medical_school="Universidad de Ciencias Médicas de La Habana", medical_school_country="CU", graduation_year=2017, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Family Medicine", "Geriatrics"], languages=["Spanish", "English"], publications=0,
  usce_entries=[E("hands_on","Family Medicine","FL","2024-03","2024-05"), E("observership","Geriatrics","FL","2024-06","2024-06"),
   E("hands_on","Internal Medicine","FL","2025-01","2025-02")])))

# 008 ---------------------------------------------------------------- Dominican Republic, fpdf, bilingual
P.append(dict(num=8, layout="pdf_fpdf_dr_bilingual", ext="pdf", kind="readable", render="fpdf",
 name="Rafael Antonio Peña Almonte",
 title="Doctor en Medicina / Medical Doctor",
 contacts=["Santiago de los Caballeros, República Dominicana", "Cel.: +1 (829) 441-7739", "rafapena.almonte@hotmail.com"],
 body="""# Educación / Education
- Doctor en Medicina — Pontificia Universidad Católica Madre y Maestra (PUCMM), Santiago, República Dominicana. 2017 – 2023.
- Internado rotatorio — Hospital Metropolitano de Santiago (HOMS), 2022 – 2023.
- Pasantía médica de ley (servicio social) — Hospital Municipal de Montecristi, oct. 2023 – sept. 2024.
# Exámenes / Examinations
- USMLE Step 1: Pass (2024)
- USMLE Step 2 CK: programado para enero 2027 / scheduled January 2027 (UWSA2 practice: 244)
- ECFMG Certification: Pending (Step 2 CK outstanding)
# Experiencia clínica en EE.UU. / US Clinical Experience
- Observership en Nefrología — Montefiore Medical Center, Bronx, NY — Julio–Agosto 2025
- Hands-on clinical rotation, Internal Medicine — SBH Health System (St. Barnabas Hospital), Bronx, NY — Octubre–Diciembre 2025
# Intereses / Interests
Medicina Interna (Internal Medicine) y Nefrología (Nephrology).
# Presentaciones
- Abstract: Peña-Almonte RA. Acute kidney injury in leptospirosis, northwestern Dominican Republic. ASN Kidney Week 2025 (poster).
# Idiomas / Languages
Español (nativo), Inglés (avanzado)
# Visa
B1/B2 visa holder (valid until 2031).
# Referencias / References
- Dr. Michal L. Melamed, MD, MHS — Montefiore — mmelamed@montefiore.org — +1 (718) 920-4321
- Dra. Ana Julia Taveras — PUCMM — anajtaveras@pucmm.edu.do — +1 (809) 580-1962
""",
 truth=dict(full_name="Rafael Antonio Peña Almonte", email="rafapena.almonte@hotmail.com", phone_e164="+18294417739",
  medical_school="Pontificia Universidad Católica Madre y Maestra", medical_school_country="DO", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
  specialties=["Internal Medicine", "Nephrology"], languages=["Spanish", "English"], publications=0,
  usce_entries=[E("observership","Nephrology","NY","2025-07","2025-08"), E("hands_on","Internal Medicine","NY","2025-10","2025-12")])))

# 009 ---------------------------------------------------------------- Argentina, docx -> soffice pdf
P.append(dict(num=9, layout="pdf_soffice_argentina", ext="pdf", kind="readable", render="soffice",
 name="Sofía Belén Carrizo",
 title="Médica Pediatra (Argentina)",
 contacts=["Buenos Aires, Argentina", "WhatsApp +54 9 11 5832-4417", "sofiab.carrizo@gmail.com", "Year of birth: 1995"],
 body="""# Education
- Médica (MD), Facultad de Medicina, Universidad de Buenos Aires (UBA) — 2013–2020; diploma issued 2020
- Residency in Pediatrics, Hospital de Niños "Ricardo Gutiérrez", Buenos Aires — Jun 2021 – May 2025 (chief resident 2024–2025)
# USMLE & Certification
- Step 1: Pass (2023)
- Step 2 CK: 243 (2024)
- ECFMG Certified (2024)
# U.S. Clinical Experience
- Summer 2024 (8 weeks, June–July): Observership, Pediatric Hospital Medicine, Children's Hospital of Philadelphia, Philadelphia, PA
- Feb – Apr 2026: Research fellow, Division of General Pediatrics, Boston Children's Hospital, Boston, MA
- Oct 2026 – ongoing: Hands-on sub-internship (visiting IMG), General Pediatrics, Nicklaus Children's Hospital, Miami, FL
# Specialty
Pediatrics — applying to categorical pediatrics programs, Match 2027.
# Publications
- Carrizo SB, Ferrero F. Bronchiolitis admissions after nirsevimab introduction in Buenos Aires. Arch Argent Pediatr. 2025;123(1):e202410345.
- Carrizo SB, et al. Kawasaki disease in Argentine children: a multicenter series. Pediatr Infect Dis J. 2023;42(9):780-785.
- Poster: Pediatric Academic Societies (PAS) 2026, Washington DC.
# Languages
Spanish (native), English (C2), Italian (B2, Italian citizenship), Portuguese (basic)
# Visa
Will need J-1 visa sponsorship (ECFMG).
# References
- Dr. Fernando Ferrero — Hospital de Niños R. Gutiérrez — fferrero@guti.gob.ar
- Dr. Jonathan M. Mansbach, MD — Boston Children's Hospital — jonathan.mansbach@childrens.harvard.edu — +1 617 355 6000
""",
 truth=dict(full_name="Sofía Belén Carrizo", email="sofiab.carrizo@gmail.com", phone_e164="+5491158324417",
  medical_school="Universidad de Buenos Aires", medical_school_country="AR", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Pediatrics"], languages=["Spanish", "English", "Italian", "Portuguese"], publications=2,
  usce_entries=[E("observership","Pediatrics","PA","2024-06","2024-07"), E("research","Pediatrics","MA","2026-02","2026-04"),
   E("hands_on","Pediatrics","FL","2026-10","2026-12")])))

# 010 ---------------------------------------------------------------- Chile, docx two-column table
P.append(dict(num=10, layout="docx_twocol_chile", ext="docx", kind="readable", render="docx_twocol",
 name="Ignacio Tomás Fuenzalida Rojas",
 title="Médico Cirujano — Pontificia Universidad Católica de Chile",
 contacts=["ifuenzalida@uc.cl", "+56 9 8821 4536", "Santiago, Chile"],
 side="""# Languages
- Spanish (native)
- English (fluent)
- German (B1, Goethe-Zertifikat)
# Interests
- Anesthesiology
- Critical Care Medicine
# Exams
- USMLE Step 1: 241
- USMLE Step 2 CK: 250
- Step 2 CS: Pass
- EUNACOM (Chile): 87%
- ECFMG: Certified
""",
 body="""# Education
- Médico Cirujano, Pontificia Universidad Católica de Chile, Santiago — March 2012 – December 2019
# Professional Experience (Chile)
- Médico General de Zona (Etapa de Destinación y Formación), Hospital de Castro, Chiloé — 2020 – 2023
- Médico de urgencias, Clínica Alemana de Santiago — 2023 – present (part-time)
# United States Experience
- Observership, Anesthesiology — UPMC Presbyterian, Pittsburgh, PA — 09/2023 – 10/2023
- Research fellow, Critical care outcomes (ARDS), University of Michigan, Ann Arbor, MI — 01/2024 – 12/2024
# Publications
- Fuenzalida IT, Bugedo G, et al. Prone positioning outside the ICU in COVID-19. Rev Med Chil. 2021;149(8):1142-1150.
- Fuenzalida IT, Sjoding MW, et al. Racial bias in pulse oximetry among Hispanic ICU patients. Crit Care Med. 2025;53(3):e601-e610.
- Fuenzalida IT, et al. Sugammadex versus neostigmine in a rural Chilean hospital. Rev Esp Anestesiol Reanim. 2023;70(4):201-208.
- Posters: ATS 2024 (San Diego); SCCM Congress 2025.
# Visa
Seeking H-1B sponsorship (Step 3 planned for 2027).
# References
- Dr. Guillermo Bugedo — Pontificia Universidad Católica de Chile — gbugedo@med.puc.cl
- Michael W. Sjoding, MD — University of Michigan — msjoding@med.umich.edu — (734) 936-4000
""",
 truth=dict(full_name="Ignacio Tomás Fuenzalida Rojas", email="ifuenzalida@uc.cl", phone_e164="+56988214536",
  medical_school="Pontificia Universidad Católica de Chile", medical_school_country="CL", graduation_year=2019, is_student=False,
  usmle_step1=241, usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
  specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["Spanish", "English", "German"], publications=3,
  usce_entries=[E("observership","Anesthesiology","PA","2023-09","2023-10"), E("research","Pulmonology/Critical Care","MI","2024-01","2024-12")])))

# 011 ---------------------------------------------------------------- Haiti, reportlab
P.append(dict(num=11, layout="pdf_reportlab_haiti", ext="pdf", kind="readable", render="reportlab",
 name="Widline Jean-Baptiste",
 title="Docteur en Médecine — OB/GYN applicant",
 contacts=["Pétion-Ville, Haïti", "+509 37 48 2210", "widline.jeanbaptiste@gmail.com"],
 body="""# Education
- Docteur en Médecine — Faculté de Médecine et de Pharmacie, Université d'État d'Haïti, Port-au-Prince — 2014 – 2021
- Internat (rotating internship) — Hôpital de l'Université d'État d'Haïti (HUEH) — 2020 – 2021
- Service social — Hôpital Saint-Antoine, Jérémie, Grand'Anse — 2021 – 2022
# USMLE
- Step 1: Pass
- Step 2 CK: 229
- ECFMG Certified (2024)
# US Clinical Experience
- Observership, Obstetrics & Gynecology — Jackson Memorial Hospital, Miami, FL — May 2023 – June 2023
- Observership, Family Planning / Complex Gynecology — Brigham and Women's Hospital, Boston, MA — Sept 2024
- Hands-on clinical rotation, Obstetrics & Gynecology — John H. Stroger Jr. Hospital of Cook County, Chicago, IL — January–February 2025
# International Experience
- Medical officer, maternity ward — Hôpital Universitaire de Mirebalais (Partners In Health / Zanmi Lasante), Mirebalais, Haiti — 2022 – 2023
# Specialty goal
Obstetrics and Gynecology.
# Publications
- Jean-Baptiste W, Louis-Jean D, et al. Eclampsia outcomes in rural Haiti before and after magnesium sulfate protocols. Int J Gynaecol Obstet. 2024;164(2):512-519.
- Oral presentation: Haitian Medical Association Annual Meeting, 2023.
# Languages
Haitian Creole (Kreyòl, native), French (native), English (fluent), Spanish (intermediate)
# Visa
J-1 (ECFMG-sponsored) anticipated.
# References
- Dr. Daphney Louis-Jean — HUM Mirebalais — dlouisjean@pih.org — +509 28 12 0000
- Dr. Karen Carvalho, MD — Brigham and Women's Hospital — kcarvalho@bwh.harvard.edu
""",
 truth=dict(full_name="Widline Jean-Baptiste", email="widline.jeanbaptiste@gmail.com", phone_e164="+50937482210",
  medical_school="Université d'État d'Haïti", medical_school_country="HT", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Obstetrics and Gynecology"], languages=["Haitian Creole", "French", "English", "Spanish"], publications=1,
  usce_entries=[E("observership","Obstetrics and Gynecology","FL","2023-05","2023-06"), E("observership","Obstetrics and Gynecology","MA","2024-09","2024-09"),
   E("hands_on","Obstetrics and Gynecology","IL","2025-01","2025-02")])))

# 012 ---------------------------------------------------------------- SGU (Grenada) student, ODT with table
P.append(dict(num=12, layout="odt_sgu_cores_table", ext="odt", kind="readable", render="odt",
 name="Camila Andrea Betancourt Salazar",
 title="Fourth-year medical student (MD candidate 2027)",
 contacts=["Jersey City, NJ", "(201) 794-3382", "cbetanco@sgu.edu", "U.S. Lawful Permanent Resident (born Valencia, Venezuela)"],
 body="""# Education
- St. George's University School of Medicine, True Blue, Grenada, West Indies — MD expected June 2027 (basic sciences 2023-01 – 2024-12)
- Rutgers University–Newark — B.A. Psychology, 2020
# Examinations
- USMLE Step 1 — Pass (2025-03)
- USMLE Step 2 CK — scheduled 2027-01
# Clinical Rotations (USA)
| Rotation | Hospital | Location | Dates
| Internal Medicine (core) | Richmond University Medical Center | Staten Island, NY | 2025-05 – 2025-07
| Surgery (core) | St. Joseph's University Medical Center | Paterson, NJ | 2025-08 – 2025-10
| Psychiatry (core) | Queens Hospital Center | Jamaica, NY | 2025-11 – 2025-12
| Pediatrics (core) | Maimonides Medical Center | Brooklyn, NY | 2026-01 – 2026-02
| Obstetrics & Gynecology (core) | Lincoln Medical Center | Bronx, NY | 2026-03 – 2026-04
| Family Medicine (core) | St. Joseph's University Medical Center | Paterson, NJ | 2026-05 – 2026-06
| Psychiatry sub-internship | Jersey City Medical Center | Jersey City, NJ | 2026-09 – present
# Career interest
Adult Psychiatry (applying in the 2027 Match).
# Research & Presentations
- Poster: "Screening for postpartum depression in Spanish-speaking mothers", SGU Research Day 2025.
# Languages
Spanish (native), English (native)
# Reference
- Dr. Leonard Ashby, MD, Psychiatry Clerkship Director — lashby@rwjbh.org — (201) 915-2000
""",
 truth=dict(full_name="Camila Andrea Betancourt Salazar", email="cbetanco@sgu.edu", phone_e164="+12017943382",
  medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="green_card",
  specialties=["Psychiatry"], languages=["Spanish", "English"], publications=0,
  usce_entries=[E("hands_on","Internal Medicine","NY","2025-05","2025-07"), E("hands_on","General Surgery","NJ","2025-08","2025-10"),
   E("hands_on","Psychiatry","NY","2025-11","2025-12"), E("hands_on","Pediatrics","NY","2026-01","2026-02"),
   E("hands_on","Obstetrics and Gynecology","NY","2026-03","2026-04"), E("hands_on","Family Medicine","NJ","2026-05","2026-06"),
   E("hands_on","Psychiatry","NJ","2026-09","2026-12")])))

# 013 ---------------------------------------------------------------- Brazil, txt wholly Portuguese
P.append(dict(num=13, layout="txt_pt_full", ext="txt", kind="readable", render="txt",
 name="Thaís Cristina Moura Bezerra",
 title="Médica — Neurologia",
 contacts=["Recife – PE, Brasil", "Celular: (81) 99612-3478 (+55)", "E-mail: thais.mbezerra@gmail.com", "Nascimento: 1997"],
 body="""# FORMAÇÃO ACADÊMICA
- Graduação em Medicina — Universidade Federal de Pernambuco (UFPE), Recife. fev/2017 – dez/2022.
- Residência Médica em Neurologia — Hospital das Clínicas da UFPE. mar/2023 – fev/2026.
# EXAMES
- USMLE Step 1: aprovada (2022)
- USMLE Step 2 CK: 244 (2025)
- Certificação ECFMG: certificada (jan/2026)
# EXPERIÊNCIA CLÍNICA NOS ESTADOS UNIDOS
- Observership em Neurologia — Mayo Clinic, Jacksonville, FL — jan/2024 – fev/2024
- Estágio observacional (observership) em Neurologia Vascular — University of Miami Miller School of Medicine, Miami, FL — jul/2025
- Pesquisa clínica (research scholar) em Neurologia — Emory University, Atlanta, GA — abr/2026 – atual
# INTERCÂMBIO
- Estágio em Neurologia — Hospital de Santa Maria, Lisboa, Portugal — set/2021 – out/2021
# OBJETIVO
Residência em Neurologia nos EUA.
# PUBLICAÇÕES
- Bezerra TCM, Oliveira-Filho J. Trombólise no AVC isquêmico no Nordeste brasileiro. Arq Neuropsiquiatr. 2024;82(3):1-8.
- Bezerra TCM, et al. Neurocysticercosis presenting as status epilepticus. Seizure. 2023;110:45-50.
- Capítulo de livro: Bezerra TCM. "Cefaleias secundárias". In: Manual de Neurologia da UFPE. 2ª ed. 2025.
# IDIOMAS
Português (nativo); Inglês (fluente); Espanhol (intermediário); Francês (básico)
# VISTO
Possuo visto B1/B2 válido.
# REFERÊNCIAS
- Dr. Jamary Oliveira-Filho — jamary.filho@ufpe.br — +55 81 2126-3500
""",
 truth=dict(full_name="Thaís Cristina Moura Bezerra", email="thais.mbezerra@gmail.com", phone_e164="+5581996123478",
  medical_school="Universidade Federal de Pernambuco", medical_school_country="BR", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Neurology"], languages=["Portuguese", "English", "Spanish", "French"], publications=2,
  usce_entries=[E("observership","Neurology","FL","2024-01","2024-02"), E("observership","Neurology","FL","2025-07","2025-07"),
   E("research","Neurology","GA","2026-04","2026-12")])))

# 014 ---------------------------------------------------------------- Mexico Tec de Monterrey, chromium, footer contacts
P.append(dict(num=14, layout="pdf_chromium_footer", ext="pdf", kind="readable", render="chromium_footer",
 name="Diego Armando Treviño Garza",
 title="MD · Postdoctoral Research Fellow, Mayo Clinic",
 contacts=["dtrevinogarza@icloud.com", "+52 81 1934 7720", "Rochester, MN · J-1 Research Scholar"],
 body="""# Education
- Médico Cirujano (MD), Escuela de Medicina y Ciencias de la Salud, Tecnológico de Monterrey, Monterrey, Mexico — 2018 – 2024; degree conferred July 2025 after social service
- Servicio social en investigación (research social service year) — Division of Gastroenterology and Hepatology, Mayo Clinic, Rochester, MN — Aug 2024 – Jul 2025
# Current Position
- Postdoctoral Research Fellow, Division of Gastroenterology and Hepatology, Mayo Clinic, Rochester, MN — Aug 2025 – Present
# Clinical Experience in the USA
- Sub-internship (hands-on), Internal Medicine — Houston Methodist Hospital, Houston, TX — May–June 2024 (visiting student elective)
- Clinical observership, Transplant Hepatology — Mayo Clinic Arizona, Phoenix, AZ — March 2026
# USMLE
- Step 1: Pass · Step 2 CK: 261 · ECFMG Certified (2025)
# Goals
Internal Medicine residency → Gastroenterology fellowship.
# Peer-reviewed publications
- Treviño-Garza DA, Kamath PS, et al. MELD 3.0 performance in Hispanic patients awaiting liver transplant. Hepatology. 2025;81(4):1012-1021.
- Treviño-Garza DA, et al. Metabolic dysfunction-associated steatotic liver disease in Mexican adolescents. Ann Hepatol. 2024;29(2):101182.
- Simonetto DA, Treviño-Garza DA, et al. Alcohol-associated hepatitis trends after COVID-19. Clin Gastroenterol Hepatol. 2025;23(6):1033-1041.
- Treviño-Garza DA, et al. Fibrosis-4 thresholds in Latin American cohorts: a systematic review. Rev Gastroenterol Mex. 2025;90(1):44-56.
- Treviño-Garza DA, Kamath PS. Hepatic encephalopathy readmissions: a single-center study. Mayo Clin Proc. 2026;101(2):250-259.
- Under review: Treviño-Garza DA, et al. Machine learning for variceal bleeding risk.
# Abstracts
- DDW 2025 (3 posters); AASLD The Liver Meeting 2025 (oral)
# Languages
Spanish (native) · English (fluent) · German (A2)
# References
- Patrick S. Kamath, MD — Mayo Clinic — kamath.patrick@mayo.edu — +1 507 284 2511
""",
 truth=dict(full_name="Diego Armando Treviño Garza", email="dtrevinogarza@icloud.com", phone_e164="+528119347720",
  medical_school="Tecnológico de Monterrey", medical_school_country="MX", graduation_year=2025, is_student=False,
  usmle_step1="pass", usmle_step2ck=261, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Gastroenterology"], languages=["Spanish", "English", "German"], publications=5,
  usce_entries=[E("research","Gastroenterology","MN","2024-08","2025-07"), E("research","Gastroenterology","MN","2025-08","2026-12"),
   E("hands_on","Internal Medicine","TX","2024-05","2024-06"), E("observership","Gastroenterology","AZ","2026-03","2026-03")])))

# 015 ---------------------------------------------------------------- AUA (Antigua) grad, docx footer contacts
P.append(dict(num=15, layout="docx_footer_aua", ext="docx", kind="readable", render="docx_footer",
 name="Kelvin Manuel De los Santos",
 title="Doctor of Medicine",
 contacts=["Washington Heights, New York, NY 10033", "+1 646-832-5107", "kelvin.delossantos.md@gmail.com"],
 body="""# Education
- Doctor of Medicine, American University of Antigua College of Medicine, St. John's, Antigua — graduated May 2026
- B.S. Biology, City College of New York (CUNY), 2019
# Licensure
- USMLE Step 1: Pass
- USMLE Step 2 CK: 232
- ECFMG certification: pending (final medical diploma verification in process)
# Clinical Clerkships (U.S.)
- Internal Medicine — Woodhull Medical Center, Brooklyn, NY — Jan 2024 – Mar 2024
- General Surgery — CarePoint Health Christ Hospital, Jersey City, NJ — Apr 2024 – Jun 2024
- Pediatrics — Flushing Hospital Medical Center, Queens, NY — Jul 2024 – Aug 2024
- Obstetrics & Gynecology — St. John's Episcopal Hospital, Far Rockaway, NY — Aug 2024 – Sep 2024
- Psychiatry — Interfaith Medical Center, Brooklyn, NY — Oct 2024 – Nov 2024
- Family Medicine — University of Maryland Capital Region, Largo, MD — Dec 2024 – Jan 2025
- Elective: Cardiology — Flushing Hospital Medical Center, Queens, NY — Feb 2025
- Elective: Nephrology — Woodhull Medical Center, Brooklyn, NY — Mar 2025
# Post-graduate Experience
- Observership, Internal Medicine — NYC Health + Hospitals/Harlem, New York, NY — Jul 2026 – Present
# Interests
Internal Medicine or Family Medicine (community-based programs).
# Publication
- De los Santos KM, et al. Hypertension control among Dominican immigrants in Washington Heights. J Immigr Minor Health. 2025;27(1):88-95.
# Languages
English, Spanish (bilingual)
# Citizenship
U.S. citizen (born in Santo Domingo, Dominican Republic)
# References
- Dr. Olusegun Adeyemi — Woodhull Medical Center — olusegun.adeyemi@nychhc.org — (718) 963-8000
""",
 truth=dict(full_name="Kelvin Manuel De los Santos", email="kelvin.delossantos.md@gmail.com", phone_e164="+16468325107",
  medical_school="American University of Antigua College of Medicine", medical_school_country="AG", graduation_year=2026, is_student=False,
  usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="pending", visa_status="citizen",
  specialties=["Internal Medicine", "Family Medicine"], languages=["English", "Spanish"], publications=1,
  usce_entries=[E("hands_on","Internal Medicine","NY","2024-01","2024-03"), E("hands_on","General Surgery","NJ","2024-04","2024-06"),
   E("hands_on","Pediatrics","NY","2024-07","2024-08"), E("hands_on","Obstetrics and Gynecology","NY","2024-08","2024-09"),
   E("hands_on","Psychiatry","NY","2024-10","2024-11"), E("hands_on","Family Medicine","MD","2024-12","2025-01"),
   E("hands_on","Cardiology","NY","2025-02","2025-02"), E("hands_on","Nephrology","NY","2025-03","2025-03"),
   E("observership","Internal Medicine","NY","2026-07","2026-12")])))

# 016 ---------------------------------------------------------------- Peru San Marcos, fpdf, Spanish month abbreviations
P.append(dict(num=16, layout="pdf_fpdf_peru_esdates", ext="pdf", kind="readable", render="fpdf",
 name="Carla Milagros Huamán Torres",
 title="Médico Cirujano — UNMSM",
 contacts=["Lima 15001, Perú", "carla.huaman.t@gmail.com", "Móvil: 956 114 382 (+51)"],
 body="""# Formación / Education
- Médico Cirujano, Facultad de Medicina "San Fernando", Universidad Nacional Mayor de San Marcos (UNMSM), Lima — 2016 – 2023
- SERUMS — Puesto de Salud Chazuta, San Martín, Perú — may. 2023 – abr. 2024
# USMLE / Exámenes
- USMLE Step 1: Pass
- USMLE Step 2 CK: examen programado feb. 2027 (NBME 12: 241, UWSA2: 248 — práctica)
- ECFMG: not certified yet
# Experiencia clínica en EE. UU. / US Clinical Experience
- Observership, Hematology/Oncology — The University of Texas MD Anderson Cancer Center, Houston, TX — ene. 2025 – feb. 2025
- Hands-on externship, Internal Medicine — Jackson Park Hospital, Chicago, IL — jun. 2025 – ago. 2025
# Intereses
Internal Medicine residency; future fellowship in Hematology/Oncology.
# Publicaciones
- Huamán-Torres CM, Vargas-Pérez R. Leucemia linfoblástica aguda en adolescentes: supervivencia en un hospital público de Lima. An Fac Med. 2024;85(1):30-37.
- Manuscript in preparation: Time to diagnosis of lymphoma in rural Peru.
# Idiomas
Español (lengua materna), Inglés (avanzado)
# Visa
Requeriré visa B1/B2 para rotaciones.
# Referencias
- Dr. Roberto Vargas Pérez — Instituto Nacional de Enfermedades Neoplásicas — rvargas@inen.sld.pe — +51 1 201 6500
""",
 truth=dict(full_name="Carla Milagros Huamán Torres", email="carla.huaman.t@gmail.com", phone_e164="+51956114382",
  medical_school="Universidad Nacional Mayor de San Marcos", medical_school_country="PE", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
  specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Spanish", "English"], publications=1,
  usce_entries=[E("observership","Hematology/Oncology","TX","2025-01","2025-02"), E("hands_on","Internal Medicine","IL","2025-06","2025-08")])))

# ======================= SCANS (rendered by reportlab, rasterised, degraded) =====================
P.append(dict(num=17, layout="scan_png_mexico", ext="png", kind="scan", render="scan",
 name="Alejandra Itzel Domínguez Ramírez", title="Médica Cirujana y Partera",
 contacts=["aleitzel.dr@gmail.com", "+52 33 2846 1175", "Guadalajara, Jalisco, México"],
 body="""# Formación
- Médico Cirujano y Partero, Centro Universitario de Ciencias de la Salud, Universidad de Guadalajara — 2017 – 2024
- Servicio social: IMSS-Bienestar, Huejuquilla el Alto, Jalisco — 08/2023 – 07/2024
# USMLE
- Step 1: Pass
- Step 2 CK: 235
- ECFMG: certification pending
# US Clinical Experience
- Observership, Psychiatry — UC San Diego Health, San Diego, CA — 08/2025 – 09/2025
- Hands-on rotation, Psychiatry — Larkin Behavioral Health, Hialeah, FL — 11/2025
# Specialty
Psychiatry
# Idiomas / Languages
Español (nativo), Inglés (avanzado)
# Referencia
- Dr. Luis F. Ortega, MD — UC San Diego — lfortega@health.ucsd.edu
""",
 truth=dict(full_name="Alejandra Itzel Domínguez Ramírez", email="aleitzel.dr@gmail.com", phone_e164="+523328461175",
  medical_school="Universidad de Guadalajara", medical_school_country="MX", graduation_year=2024, is_student=False,
  usmle_step1="pass", usmle_step2ck=235, usmle_step3=None, ecfmg_status="pending", visa_status=None,
  specialties=["Psychiatry"], languages=["Spanish", "English"], publications=0,
  usce_entries=[E("observership","Psychiatry","CA","2025-08","2025-09"), E("hands_on","Psychiatry","FL","2025-11","2025-11")])))

P.append(dict(num=18, layout="scan_pdf_colombia", ext="pdf", kind="scan", render="scan",
 name="Santiago José Mejía Arango", title="MD — Diagnostic Radiology applicant",
 contacts=["smejiaarango@gmail.com", "+57 310 455 8123", "Bogotá, Colombia"],
 body="""# Education
- Médico Cirujano, Pontificia Universidad Javeriana, Bogotá, Colombia — 2014 – 2020
- Servicio social obligatorio, Hospital San José de Guaviare — 2020 – 2021
# USMLE
- Step 1: 231   Step 2 CK: 240   Step 3: 219
- ECFMG Certified
# US Experience
- Research fellow, Neuroradiology AI lab — Massachusetts General Hospital, Boston, MA — 03/2022 – 02/2024
- Observership, Diagnostic Radiology — Brigham and Women's Hospital, Boston, MA — 06/2023
# Interest
Radiology
# Publications
- Mejía-Arango SJ, et al. Deep learning for ICH detection on CT. Radiology. 2023;308(2):e230112.
- Mejía-Arango SJ, et al. Stroke imaging triage in Latin America. AJNR Am J Neuroradiol. 2024;45(1):60-66.
# Languages
Spanish, English
# Visa
Requires H-1B
""",
 truth=dict(full_name="Santiago José Mejía Arango", email="smejiaarango@gmail.com", phone_e164="+573104558123",
  medical_school="Pontificia Universidad Javeriana", medical_school_country="CO", graduation_year=2020, is_student=False,
  usmle_step1=231, usmle_step2ck=240, usmle_step3=219, ecfmg_status="certified", visa_status="h1b",
  specialties=["Radiology"], languages=["Spanish", "English"], publications=2,
  usce_entries=[E("research","Radiology","MA","2022-03","2024-02"), E("observership","Radiology","MA","2023-06","2023-06")])))

P.append(dict(num=19, layout="scan_jpg_brazil", ext="jpg", kind="scan", render="scan",
 name="Letícia Fernandes Cavalcanti", title="Médica — Patologia",
 contacts=["leticia.fcavalcanti@gmail.com", "+55 21 99874-5520", "Rio de Janeiro – RJ"],
 body="""# Formação
- Medicina — Universidade Federal do Rio de Janeiro (UFRJ) — 2016 – 2021
# USMLE
- Step 1: aprovada (Pass)
- Step 2 CK: 239
- ECFMG: certificada
# Experiência nos EUA
- Observership em Patologia — Johns Hopkins Hospital, Baltimore, MD — mar/2025 – abr/2025
- Research (Patologia) — Johns Hopkins University, Baltimore, MD — mai/2025 – out/2025
# Interesse
Pathology (AP/CP)
# Publicações
- Cavalcanti LF, et al. HPV-associated oropharyngeal carcinoma in Rio de Janeiro. J Bras Patol Med Lab. 2023;59:e5102023.
# Idiomas
Português, Inglês, Espanhol
# Visto
J-1 necessário
""",
 truth=dict(full_name="Letícia Fernandes Cavalcanti", email="leticia.fcavalcanti@gmail.com", phone_e164="+5521998745520",
  medical_school="Universidade Federal do Rio de Janeiro", medical_school_country="BR", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Pathology"], languages=["Portuguese", "English", "Spanish"], publications=1,
  usce_entries=[E("observership","Pathology","MD","2025-03","2025-04"), E("research","Pathology","MD","2025-05","2025-10")])))

P.append(dict(num=20, layout="scan_pdf_saba", ext="pdf", kind="scan", render="scan",
 name="Gabriel Eduardo Fonseca", title="MD Candidate — Saba University",
 contacts=["gfonseca@saba.edu", "(954) 612-0387", "Weston, FL — U.S. Citizen"],
 body="""# Education
- Saba University School of Medicine, Saba, Caribbean Netherlands — MD expected 2027
# USMLE
- Step 1: Pass
# Clinical Rotations
- Internal Medicine core — Ascension St. John Hospital, Detroit, MI — Jan 2026 – Mar 2026
- Surgery core — Ascension St. John Hospital, Detroit, MI — Apr 2026 – Jun 2026
- Pediatrics core — Advocate Illinois Masonic Medical Center, Chicago, IL — Jul 2026 – Aug 2026
- OB/GYN core — MedStar Franklin Square, Baltimore, MD — Oct 2026 – present
# Interest
Anesthesiology
# Languages
English, Spanish
""",
 truth=dict(full_name="Gabriel Eduardo Fonseca", email="gfonseca@saba.edu", phone_e164="+19546120387",
  medical_school="Saba University School of Medicine", medical_school_country="BQ", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="citizen",
  specialties=["Anesthesiology"], languages=["English", "Spanish"], publications=0,
  usce_entries=[E("hands_on","Internal Medicine","MI","2026-01","2026-03"), E("hands_on","General Surgery","MI","2026-04","2026-06"),
   E("hands_on","Pediatrics","IL","2026-07","2026-08"), E("hands_on","Obstetrics and Gynecology","MD","2026-10","2026-12")])))

P.append(dict(num=21, layout="scan_jpg_chile", ext="jpg", kind="scan", render="scan",
 name="Francisca Javiera Muñoz Valenzuela", title="Médica Cirujana — Universidad de Chile",
 contacts=["fran.munoz.v@gmail.com", "+56 9 7743 2198", "Santiago, Chile"],
 body="""# Education
- Médico Cirujano, Universidad de Chile, Santiago — 2011 – 2018
# USMLE
- Step 1: 238 / Step 2 CK: 246
- ECFMG Certified
# US Clinical Experience
- Observership, Nephrology — Cleveland Clinic, Cleveland, OH — Jul 2024 – Aug 2024
- Hands-on externship, Internal Medicine — UT Southwestern / Parkland, Dallas, TX — Sep 2024 – Nov 2024
# Interests
Internal Medicine, Nephrology
# Publications
- Muñoz-Valenzuela FJ, et al. 3 peer-reviewed articles (Rev Med Chil 2020; Nefrologia 2022; Kidney Int Rep 2024)
# Languages
Spanish, English
# Visa
J-1 required
""",
 truth=dict(full_name="Francisca Javiera Muñoz Valenzuela", email="fran.munoz.v@gmail.com", phone_e164="+56977432198",
  medical_school="Universidad de Chile", medical_school_country="CL", graduation_year=2018, is_student=False,
  usmle_step1=238, usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Nephrology"], languages=["Spanish", "English"], publications=3,
  usce_entries=[E("observership","Nephrology","OH","2024-07","2024-08"), E("hands_on","Internal Medicine","TX","2024-09","2024-11")])))

DAMAGED = [dict(num=22, layout="damaged_encrypted_pdf", ext="pdf", src=4),
           dict(num=23, layout="damaged_truncated_docx", ext="docx", src=1),
           dict(num=24, layout="damaged_random_bytes", ext="pdf")]
