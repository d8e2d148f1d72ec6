# -*- coding: utf-8 -*-
"""Content + truth for writer w71 (Latin America / Caribbean / offshore schools).
Section items:  str -> paragraph/bullet ; (dates, text) -> dated line ;
(dates, title, place, desc, usce_or_None) -> experience entry (usce dict drives the truth)."""

def U(t, sp, st, s, e):
    return dict(type=t, specialty=sp, state=st, start=s, end=e)

P = []

# ---------------------------------------------------------------- 001 Mexico, UNAM, Spanish, docx table
P.append(dict(
    file="w71_001_docx_table.docx", layout="docx_table", lang="es",
    full_name="María Fernanda Castillo Ruiz", display="Dra. María Fernanda Castillo Ruiz",
    email="mfcastillo.ruiz@outlook.com", phone="+525531876420", phone_disp="+52 (55) 3187-6420",
    contact=["Av. Universidad 1810, Col. Oxtopulco, Coyoacán, CDMX 04318, México",
             "Tel./WhatsApp: +52 (55) 3187-6420", "Correo: mfcastillo.ruiz@outlook.com",
             "Fecha de nacimiento: 14/02/1996 · Nacionalidad: mexicana"],
    medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX",
    graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
    visa_status="b1b2", specialties=["Internal Medicine", "Rheumatology"],
    languages=["Spanish", "English", "French"], publications=1,
    summary="Médica general egresada de la UNAM con experiencia clínica en EE. UU. Busco una posición de "
            "residencia en Medicina Interna con miras a subespecialidad en Reumatología.",
    sections=[
        ("Formación académica", [
            ("2015 – 2022", "Médico Cirujano — Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM), "
                            "Ciudad de México. Título y cédula profesional expedidos en marzo de 2022."),
            ("ene. 2020 – dic. 2020", "Internado de pregrado — Hospital General de México \"Dr. Eduardo Liceaga\", CDMX."),
            ("feb. 2021 – ene. 2022", "Servicio social — Centro de Salud Rural, San Pedro Pochutla, Oaxaca."),
        ]),
        ("Exámenes y certificaciones", [
            "USMLE Step 1: Aprobado (PASS), 2023",
            "USMLE Step 2 CK: 248 (agosto 2024)",
            "Certificación ECFMG: Certificada (octubre 2024)",
            "Examen de práctica UWSA2: 252 (no oficial)",
            "ENARM 2023: puntaje 71.2 (seleccionada, no tomé plaza)",
            "BLS / ACLS — American Heart Association, vigente hasta 2026",
            "Visa B1/B2 vigente (hasta 2033)",
        ]),
        ("Experiencia clínica en EE. UU.", [
            ("ene. 2024 – mar. 2024", "Rotación clínica hands-on — Medicina Interna",
             "University Hospital / UT Health Science Center at San Antonio, San Antonio, TX",
             "Historias clínicas, presentación de pacientes en pase de visita, notas de evolución en Epic bajo supervisión.",
             U("hands_on", "Internal Medicine", "TX", "2024-01", "2024-03")),
            ("abr. 2024", "Observership — Reumatología", "Cleveland Clinic, Cleveland, OH",
             "Consulta externa de artritis reumatoide y lupus; sesiones académicas semanales.",
             U("observership", "Rheumatology", "OH", "2024-04", "2024-04")),
            ("abr. 2024 – jun. 2024", "Asistente de investigación clínica — Reumatología",
             "Hospital for Special Surgery, New York, NY",
             "Revisión de expedientes y base de datos REDCap para cohorte de miopatías inflamatorias.",
             U("research", "Rheumatology", "NY", "2024-04", "2024-06")),
        ]),
        ("Experiencia profesional en México", [
            ("mar. 2022 – dic. 2023", "Médico general (urgencias y hospitalización)", "Hospital Ángeles Pedregal, CDMX",
             "Guardias de urgencias adultos, manejo inicial de pacientes críticos.", None),
        ]),
        ("Publicaciones", [
            "Castillo-Ruiz MF, Peralta-Soto J, Ramírez-Lugo A. Prevalencia de hipertensión arterial no diagnosticada en "
            "población rural de Oaxaca. Rev Med Inst Mex Seguro Soc. 2023;61(4):412-419.",
            "Póster: Castillo-Ruiz MF, et al. Interstitial lung disease in anti-MDA5 myositis: a case series. "
            "ACR Convergence 2024, Washington, DC (póster).",
        ]),
        ("Idiomas", ["Español: lengua materna", "Inglés: avanzado (C1, TOEFL iBT 109)", "Francés: básico (A2)"]),
        ("Referencias", [
            "Dr. John R. Carter, MD — Department of Medicine, UT Health San Antonio — carterj@uthscsa.edu — +1 (210) 567-4400",
            "Dra. Lucía Méndez Robles — Hospital Ángeles Pedregal — lucia.mendez@saludangeles.mx — +52 55 5449 5500",
        ]),
    ]))

# ---------------------------------------------------------------- 002 Colombia, UdeA, LibreOffice docx->pdf
P.append(dict(
    file="w71_002_lo_docx_pdf.pdf", layout="lo_docx_pdf", lang="en",
    full_name="Andrés Felipe Gómez Restrepo", display="Andrés Felipe Gómez Restrepo, MD",
    email="andresf.gomezr@gmail.com", phone="+573004127789", phone_disp="+57 300 412 7789",
    contact=["Medellín, Antioquia, Colombia", "+57 300 412 7789", "andresf.gomezr@gmail.com",
             "linkedin.com/in/andresgomezrestrepo"],
    medical_school="Universidad de Antioquia", medical_school_country="CO",
    graduation_year=2020, is_student=False,
    usmle_step1=236, usmle_step2ck=251, usmle_step3=221, ecfmg_status="certified",
    visa_status="j1", specialties=["Internal Medicine", "Pulmonology/Critical Care"],
    languages=["Spanish", "English"], publications=2,
    summary="Colombian physician applying to Internal Medicine residency; long-term goal: fellowship in "
            "Pulmonary & Critical Care Medicine. Will require J-1 visa sponsorship (ECFMG).",
    sections=[
        ("Formación académica / Education", [
            ("2014 – 2020", "Médico y Cirujano (MD) — Facultad de Medicina, Universidad de Antioquia, Medellín, Colombia. "
                            "Graduated December 2020."),
            ("01/2020 a 12/2020", "Internado rotatorio — Hospital San Vicente Fundación, Medellín"),
            ("2008 – 2013", "Bachiller académico — Colegio San Ignacio de Loyola, Medellín"),
        ]),
        ("USMLE / ECFMG", [
            "Step 1: 236 (first attempt, 2021)", "Step 2 CK: 251 (2022)", "Step 3: 221 (2024)",
            "ECFMG Certified (2022) · Step 2 CS: waived (Pathway 1)",
        ]),
        ("Experiencia clínica en EE. UU. / US Clinical Experience", [
            ("09/2023 a 02/2024", "Clinical Research Assistant (remote)", "Division of Pulmonary & Critical Care, "
             "University of Miami Miller School of Medicine, Miami, FL",
             "Chart abstraction for ARDS cohort; co-author of submitted manuscript.",
             U("research", "Pulmonology/Critical Care", "FL", "2023-09", "2024-02")),
            ("03/2024 a 05/2024", "Externship (hands-on) — Internal Medicine", "Mount Sinai Medical Center, Miami Beach, FL",
             "Admitted and followed 4–6 patients daily; wrote notes and orders co-signed by attending.",
             U("hands_on", "Internal Medicine", "FL", "2024-03", "2024-05")),
            ("06/2024 a 06/2024", "Observership — Pulmonary/Critical Care", "Baylor Scott & White Medical Center, Temple, TX",
             "MICU rounds, bronchoscopy suite.", U("observership", "Pulmonology/Critical Care", "TX", "2024-06", "2024-06")),
        ]),
        ("Experiencia en Colombia / Clinical Experience in Colombia", [
            ("01/2021 a 12/2021", "Servicio Social Obligatorio (SSO) — General Practitioner",
             "E.S.E. Hospital San Juan de Dios, Rionegro, Antioquia", "Emergency department and rural outreach.", None),
            ("01/2022 a 08/2023", "Médico general — ICU/Emergency", "Clínica Las Américas AUNA, Medellín",
             "Night shifts in the medical ICU; central lines, intubations under supervision.", None),
        ]),
        ("Publications", [
            "Gómez-Restrepo AF, Vélez JM, Arango C. Neumonía adquirida en la comunidad en adultos mayores: "
            "experiencia de un hospital universitario. Iatreia. 2021;34(3):210-218.",
            "Vélez JM, Gómez-Restrepo AF, et al. Factores asociados a mortalidad en COVID-19 crítico en Medellín. "
            "Biomédica. 2022;42(Supl 1):88-97.",
            "Gómez-Restrepo AF, et al. Driving pressure and outcomes in Hispanic ARDS patients. Submitted to Chest (2024).",
        ]),
        ("Languages", ["Spanish (native)", "English (fluent; IELTS 8.0)"]),
        ("References", [
            "Laura Méndez, MD — Program Director, Internal Medicine, Mount Sinai Medical Center — lmendez@msmc.com — (305) 674-2121",
            "Carlos Arango, MD — Universidad de Antioquia — carlos.arango@udea.edu.co — +57 604 219 1010",
        ]),
    ]))

# ---------------------------------------------------------------- 003 SGU student, US citizen, Chromium sidebar
P.append(dict(
    file="w71_003_chromium_sidebar.pdf", layout="chromium_sidebar", lang="en",
    full_name="Daniel Alejandro Ortiz", display="Daniel Alejandro Ortiz",
    email="daniel.ortiz.md@gmail.com", phone="+12016384417", phone_disp="(201) 638-4417",
    contact=["Jersey City, NJ 07306", "(201) 638-4417", "daniel.ortiz.md@gmail.com", "U.S. Citizen"],
    medical_school="St. George's University School of Medicine", medical_school_country="GD",
    graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status=None,
    visa_status="citizen", specialties=["Emergency Medicine"],
    languages=["English", "Spanish"], publications=0,
    summary="Fourth-year MD candidate (expected May 2027) applying to Emergency Medicine. All core clerkships "
            "completed in U.S. teaching hospitals.",
    side=["Exams", "Languages", "Skills"],
    sections=[
        ("Education", [
            ("2022 – present", "Doctor of Medicine (MD) candidate, St. George's University School of Medicine, Grenada, W.I. "
                               "— expected graduation May 2027"),
            ("2016 – 2020", "B.S. Biology, Rutgers University, New Brunswick, NJ"),
        ]),
        ("Exams", ["USMLE Step 1: Pass (2024)", "USMLE Step 2 CK: 247 (2026)", "NBME CBSE: 71 (practice)",
                   "BLS, ACLS (AHA)"]),
        ("Core Clerkships", [
            ("Jul 2024 – Sep 2024", "Internal Medicine (12 wks)", "Kings County Hospital Center, Brooklyn", "",
             U("hands_on", "Internal Medicine", "NY", "2024-07", "2024-09")),
            ("Oct 2024 – Dec 2024", "General Surgery (12 wks)", "St. Michael's Medical Center, Newark, NJ", "",
             U("hands_on", "General Surgery", "NJ", "2024-10", "2024-12")),
            ("Jan 2025 – Feb 2025", "Pediatrics (6 wks)", "Kings County Hospital Center, Brooklyn", "",
             U("hands_on", "Pediatrics", "NY", "2025-01", "2025-02")),
            ("Mar 2025 – Apr 2025", "Obstetrics & Gynecology (6 wks)", "Flushing Hospital Medical Center, Queens", "",
             U("hands_on", "Obstetrics and Gynecology", "NY", "2025-03", "2025-04")),
            ("May 2025 – Jun 2025", "Psychiatry (6 wks)", "Kings County Hospital Center, Brooklyn", "",
             U("hands_on", "Psychiatry", "NY", "2025-05", "2025-06")),
            ("Jul 2025 – Aug 2025", "Family Medicine (6 wks)", "Saint Peter's University Hospital, New Brunswick, NJ", "",
             U("hands_on", "Family Medicine", "NJ", "2025-07", "2025-08")),
        ]),
        ("Electives & Sub-Internships", [
            ("Sep 2025", "Emergency Medicine elective", "Jersey Shore University Medical Center, Neptune, NJ",
             "Managed ESI 2–4 patients; procedures: laceration repair, FAST exams.",
             U("hands_on", "Emergency Medicine", "NJ", "2025-09", "2025-09")),
            ("Oct 2025 – Nov 2025", "Emergency Medicine Sub-Internship (audition)", "Einstein Medical Center Philadelphia, PA",
             "SLOE obtained.", U("hands_on", "Emergency Medicine", "PA", "2025-10", "2025-11")),
            ("Feb 2026 – Mar 2026", "Medical ICU elective", "The Brooklyn Hospital Center, Brooklyn, NY", "",
             U("hands_on", "Pulmonology/Critical Care", "NY", "2026-02", "2026-03")),
        ]),
        ("Research", [
            ("Jan 2026 – present", "Research Student, Department of Emergency Medicine",
             "Rutgers New Jersey Medical School, Newark, NJ",
             "Retrospective study of ED boarding times; poster accepted at SAEM 2026.",
             U("research", "Emergency Medicine", "NJ", "2026-01", "2026-12")),
            "Poster: Ortiz DA, Kaplan R. ED boarding and left-without-being-seen rates. SAEM Annual Meeting 2026 (poster).",
        ]),
        ("Languages", ["English (native)", "Spanish (fluent, heritage speaker)"]),
        ("Skills", ["Epic, Cerner", "Point-of-care ultrasound", "Suturing"]),
        ("References", ["Available upon request."]),
    ]))

# ---------------------------------------------------------------- 004 Venezuela UCV, reportlab
P.append(dict(
    file="w71_004_reportlab_twocol.pdf", layout="reportlab_twocol", lang="en",
    full_name="Valentina Isabel Rondón Pérez", display="Valentina Isabel Rondón Pérez, MD",
    email="valentina.rondon.md@gmail.com", phone="+17864429013", phone_disp="+1 (786) 442-9013",
    contact=["Doral, FL 33178", "+1 (786) 442-9013", "valentina.rondon.md@gmail.com",
             "U.S. Permanent Resident (Green Card)", "Born 1992"],
    medical_school="Universidad Central de Venezuela", medical_school_country="VE",
    graduation_year=2017, is_student=False,
    usmle_step1=229, usmle_step2ck=238, usmle_step3=225, ecfmg_status="certified",
    visa_status="green_card", specialties=["Pediatrics"],
    languages=["Spanish", "English", "Italian"], publications=3,
    summary="Venezuelan-trained physician and U.S. permanent resident seeking a categorical Pediatrics position.",
    sections=[
        ("Education", [
            ("2011 – 2017", "Médico Cirujano, Escuela de Medicina \"Luis Razetti\", Facultad de Medicina, "
                            "Universidad Central de Venezuela (UCV), Caracas"),
            ("2016 – 2017", "Internado rotatorio, Hospital Universitario de Caracas"),
        ]),
        ("Licensing Examinations", [
            "USMLE Step 1: 229 (2019)", "USMLE Step 2 CK: 238 (2020)", "USMLE Step 3: 225 (2023)",
            "ECFMG Certificate issued 2020", "NBME pediatric shelf practice: 82nd percentile (not official)",
        ]),
        ("U.S. Clinical & Research Experience", [
            ("March–May 2022", "Observership, Pediatrics", "Nicklaus Children's Hospital, Miami, FL",
             "General pediatrics wards and PICU rounds.", U("observership", "Pediatrics", "FL", "2022-03", "2022-05")),
            ("Jun 2022 – Dec 2023", "Research Assistant, Pediatric Hematology/Oncology",
             "University of Miami Miller School of Medicine, Miami, FL",
             "IRB submissions, data analysis (R, SPSS), consenting families in Spanish.",
             U("research", "Hematology/Oncology", "FL", "2022-06", "2023-12")),
            ("Jan 2024 – Feb 2024", "Hands-on Externship, Pediatrics", "Larkin Community Hospital, South Miami, FL",
             "Newborn nursery and inpatient pediatrics.", U("hands_on", "Pediatrics", "FL", "2024-01", "2024-02")),
            ("Summer 2024", "Virtual Pediatrics Rotation (telehealth)", "Ochsner Children's, New Orleans, LA",
             "Supervised telemedicine visits, weekly case presentations.",
             U("telehealth", "Pediatrics", "LA", "2024-06", "2024-08")),
        ]),
        ("Clinical Experience in Venezuela", [
            ("2017 – 2018", "Medicatura Rural (Artículo 8)", "Ambulatorio Rural Tipo II, Timotes, Estado Mérida", "", None),
            ("2018 – 2019", "Postgraduate resident, Pediatrics (PGY-1, not completed — emigrated)",
             "Hospital de Niños \"J.M. de los Ríos\", Caracas", "", None),
        ]),
        ("Peer-reviewed Publications", [
            "1. Suárez A, Rondón Pérez VI, et al. Outcomes of Hispanic children with ALL in South Florida. "
            "Pediatr Blood Cancer. 2023;70(9):e30512.",
            "2. Rondón Pérez VI, Suárez A. Language concordance and adherence in pediatric oncology. "
            "J Pediatr Hematol Oncol. 2023;45(6):301-306.",
            "3. Rondón V, Colmenares L. Desnutrición aguda en menores de 5 años, Timotes. "
            "Arch Venez Pueric Pediatr. 2018;81(2):45-50.",
        ]),
        ("Abstracts & Posters", [
            "Rondón Pérez VI. Food insecurity screening in pediatric oncology. ASPHO 2023 (poster).",
            "Rondón Pérez VI. Telehealth follow-up after induction. ASPHO 2024 (abstract).",
        ]),
        ("Languages", ["Spanish — native", "English — fluent", "Italian — intermediate"]),
        ("References", [
            "Ana Suárez, MD, Professor of Pediatrics, University of Miami — asuarez@med.miami.edu — (305) 243-6000",
        ]),
    ]))

# ---------------------------------------------------------------- 005 Peru UPCH, fpdf2, Spanish
P.append(dict(
    file="w71_005_fpdf2_es.pdf", layout="fpdf2_es", lang="es",
    full_name="José Luis Quispe Mamani", display="José Luis Quispe Mamani",
    email="jl.quispe.mamani@gmail.com", phone="+51984213770", phone_disp="(+51) 984 213 770",
    contact=["Lima, Perú", "Celular: (+51) 984 213 770", "jl.quispe.mamani@gmail.com", "Año de nacimiento: 1997"],
    medical_school="Universidad Peruana Cayetano Heredia", medical_school_country="PE",
    graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
    visa_status="b1b2", specialties=["Family Medicine", "Internal Medicine"],
    languages=["Spanish", "Quechua", "English"], publications=1,
    summary="Médico cirujano peruano interesado en Medicina Familiar y Medicina Interna, con experiencia en atención "
            "primaria rural (SERUMS) y rotaciones en EE. UU.",
    sections=[
        ("Formación académica", [
            ("2016 – 2023", "Médico Cirujano — Facultad de Medicina Alberto Hurtado, Universidad Peruana Cayetano Heredia, Lima "
                            "(título: abril 2023)"),
            ("2022 – 2023", "Internado médico — Hospital Nacional Cayetano Heredia, Lima"),
        ]),
        ("Exámenes", [
            "USMLE Step 1: Aprobado (2024)", "USMLE Step 2 CK: programado para febrero de 2027",
            "ENAM 2022: 17.4/20", "ECFMG: certificación en trámite", "Visa B1/B2 vigente",
        ]),
        ("Experiencia clínica en EE. UU.", [
            ("ago. 2025 – sep. 2025", "Rotación clínica (hands-on) — Medicina Familiar",
             "Jackson Park Hospital & Medical Center, Chicago, Illinois",
             "Consulta externa y hospitalización; notas SOAP supervisadas.",
             U("hands_on", "Family Medicine", "IL", "2025-08", "2025-09")),
            ("oct. 2025", "Observership — Medicina Interna", "John H. Stroger Jr. Hospital of Cook County, Chicago, IL",
             "Pase de visita del servicio de hospitalización general.",
             U("observership", "Internal Medicine", "IL", "2025-10", "2025-10")),
        ]),
        ("Experiencia en Perú", [
            ("may. 2023 – abr. 2024", "SERUMS (servicio rural) — Médico jefe", "Puesto de Salud Chucuito, Puno (3,850 m s. n. m.)",
             "Atención primaria en quechua y español; campañas de vacunación.", None),
            ("jun. 2024 – jul. 2025", "Médico general", "Clínica Internacional, sede San Borja, Lima", "", None),
        ]),
        ("Publicaciones", [
            "Quispe-Mamani JL, Huamán C, Torres-Ríos P. Anemia en niños menores de 3 años a gran altitud. "
            "Rev Peru Med Exp Salud Publica. 2023;40(2):155-162.",
            "Tesis de pregrado: \"Adherencia al tratamiento antituberculoso en Lima Norte\" (UPCH, 2023).",
        ]),
        ("Idiomas", ["Español (nativo)", "Quechua (nativo, variante Collao)", "Inglés (avanzado)"]),
        ("Referencias", [
            "Dra. Carmen Huamán Ríos — Docente principal, UPCH — carmen.huaman@upch.pe — +51 1 319 0000",
            "Dr. Michael Osei — Jackson Park Hospital — mosei@jacksonparkhospital.org",
        ]),
    ]))

# ---------------------------------------------------------------- 006 Cuba, plain text
P.append(dict(
    file="w71_006_plain.txt", layout="plain_text", lang="es",
    full_name="Yanelis Hernández Fonseca", display="YANELIS HERNÁNDEZ FONSECA",
    email="yanelis.hfonseca@yahoo.com", phone="+13059182264", phone_disp="(305) 918-2264",
    contact=["Hialeah, FL 33012", "Tel: (305) 918-2264", "Email: yanelis.hfonseca@yahoo.com",
             "Residente permanente de EE. UU. (green card)", "Nacida en 1989, Holguín, Cuba"],
    medical_school="Universidad de Ciencias Médicas de La Habana", medical_school_country="CU",
    graduation_year=2015, is_student=False,
    usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
    visa_status="green_card", specialties=["Family Medicine", "Geriatrics"],
    languages=["Spanish", "English"], publications=1,
    summary="Doctora en Medicina cubana con 8 años de experiencia en atención primaria. Interés: Medicina Familiar y Geriatría.",
    sections=[
        ("FORMACIÓN ACADÉMICA", [
            ("2009 – 2015", "Doctor en Medicina — Facultad de Ciencias Médicas \"General Calixto García\", "
                            "Universidad de Ciencias Médicas de La Habana, Cuba"),
            ("2015 – 2018", "Especialista de Primer Grado en Medicina General Integral (MGI) — Policlínico \"Plaza de la "
                            "Revolución\", La Habana"),
        ]),
        ("EXÁMENES", ["USMLE Step 1 ........ PASS (2023)", "USMLE Step 2 CK ..... 232 (2024)",
                      "ECFMG ............... Certificada (2024.06)", "Step 3 .............. pendiente"]),
        ("EXPERIENCIA CLÍNICA EN EE. UU.", [
            ("2023.09 – 2023.11", "Observership, Family Medicine", "Baptist Health Primary Care, Miami, FL",
             "Consulta ambulatoria de adultos mayores.", U("observership", "Family Medicine", "FL", "2023-09", "2023-11")),
            ("2024.03 – 2024.05", "Externship hands-on, Geriatrics", "Mount Sinai Medical Center, Miami Beach, FL",
             "Evaluación geriátrica integral, prevención de caídas, visitas a domicilio.",
             U("hands_on", "Geriatrics", "FL", "2024-03", "2024-05")),
            ("2024.05 – 2024.08", "Research volunteer, Geriatric Research (GRECC)", "Miami VA Healthcare System, Miami, FL",
             "Recolección de datos para estudio de delirium postoperatorio.",
             U("research", "Geriatrics", "FL", "2024-05", "2024-08")),
        ]),
        ("EXPERIENCIA EN CUBA Y VENEZUELA", [
            ("2015.09 – 2019.07", "Médica de familia, Consultorio 14", "Policlínico Plaza, La Habana", "", None),
            ("2019.08 – 2021.10", "Médica integral comunitaria (misión médica)", "CDI Petare, Caracas, Venezuela", "", None),
        ]),
        ("PUBLICACIONES", [
            "Hernández Fonseca Y, Pérez Alfonso R. Caracterización del adulto mayor frágil en un consultorio urbano. "
            "Rev Cubana Med Gen Integr. 2017;33(3):301-312.",
            "Póster: Delirium screening in Spanish-speaking veterans. AGS Annual Meeting 2024.",
        ]),
        ("IDIOMAS", ["Español - nativo", "Inglés - avanzado"]),
        ("REFERENCIAS", [
            "Dr. Roberto Pérez Alfonso - roberto.perez@infomed.sld.cu - +53 7 838 2000",
            "Dr. Steven Goldberg, MD - Mount Sinai Medical Center - sgoldberg@msmc.com - (305) 674-2000",
        ]),
    ]))

# ---------------------------------------------------------------- 007 Dominican Rep. INTEC, ODT
P.append(dict(
    file="w71_007_odt.odt", layout="odt_plain", lang="es",
    full_name="Carlos Manuel Peña Almonte", display="Carlos Manuel Peña Almonte",
    email="carlosmpena.almonte@gmail.com", phone="+18294471036", phone_disp="+1 (829) 447-1036",
    contact=["Santo Domingo, República Dominicana", "Móvil: +1 (829) 447-1036", "carlosmpena.almonte@gmail.com"],
    medical_school="Instituto Tecnológico de Santo Domingo", medical_school_country="DO",
    graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="pending",
    visa_status="b1b2", specialties=["Obstetrics and Gynecology"],
    languages=["Spanish", "English"], publications=0,
    summary="Médico general dominicano. Objetivo: residencia en Obstetricia y Ginecología en EE. UU.",
    sections=[
        ("Formación académica", [
            ("2018 – 2024", "Doctor en Medicina — Instituto Tecnológico de Santo Domingo (INTEC), Santo Domingo. "
                            "Investido: junio 2024"),
            ("2023 – 2024", "Internado rotatorio — Hospital Dr. Salvador B. Gautier, Santo Domingo"),
        ]),
        ("USMLE / ECFMG", ["Step 1: Pass (2025)", "Step 2 CK: 244 (2026)", "Certificación ECFMG: en proceso",
                           "Visa B1/B2 vigente hasta 2029"]),
        ("Rotaciones en EE. UU.", [
            ("02/2025 – 03/2025", "Observership — Obstetricia y Ginecología", "NYC Health + Hospitals/Lincoln, Bronx, NY",
             "", U("observership", "Obstetrics and Gynecology", "NY", "2025-02", "2025-03")),
            ("junio 2025 – agosto 2025", "Rotación hands-on — Obstetricia y Ginecología",
             "Lawrence General Hospital, Lawrence, Massachusetts",
             "Sala de partos, consulta prenatal, asistencia en cesáreas.",
             U("hands_on", "Obstetrics and Gynecology", "MA", "2025-06", "2025-08")),
            ("sept. 2026 – actualidad", "Rotación hands-on — Medicina Interna", "SBH Health System (St. Barnabas Hospital), Bronx, NY",
             "", U("hands_on", "Internal Medicine", "NY", "2026-09", "2026-12")),
        ]),
        ("Experiencia en República Dominicana", [
            ("jul. 2024 – ene. 2025", "Pasantía de ley (médico pasante)", "Hospital Regional Dr. Alejandro Cabral, San Juan de la Maguana", "", None),
            ("2025 – 2026", "Médico general (guardias)", "Hospital Materno Infantil San Lorenzo de Los Mina, Santo Domingo", "", None),
        ]),
        ("Investigación", ["Manuscrito en preparación: \"Preeclampsia severa en adolescentes dominicanas\" (2026)."]),
        ("Idiomas", ["Español (nativo)", "Inglés (fluido)"]),
        ("Referencias", ["Dra. Altagracia Núñez — Lincoln Medical Center — anunez@nychhc.org — (718) 579-5000"]),
    ]))

# ---------------------------------------------------------------- 008 Haiti UEH, RTF
P.append(dict(
    file="w71_008_rtf.rtf", layout="rtf_handmade", lang="en",
    full_name="Jean-Robert Pierre-Louis", display="Dr Jean-Robert PIERRE-LOUIS",
    email="jr.pierrelouis@gmail.com", phone="+50937124588", phone_disp="+509 3712-4588",
    contact=["Delmas 33, Port-au-Prince, Haïti", "+509 3712-4588 (WhatsApp)", "jr.pierrelouis@gmail.com"],
    medical_school="Université d'État d'Haïti", medical_school_country="HT",
    graduation_year=2019, is_student=False,
    usmle_step1=218, usmle_step2ck=226, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Infectious Disease", "Internal Medicine"],
    languages=["Haitian Creole", "French", "English", "Spanish"], publications=2,
    summary="Haitian physician with 3 years of HIV/TB work in rural Haiti. Applying to Internal Medicine with a goal of "
            "Infectious Disease fellowship. J-1 visa (ECFMG sponsorship) required.",
    sections=[
        ("Education", [
            ("2012 – 2019", "Docteur en Médecine, Faculté de Médecine et de Pharmacie, Université d'État d'Haïti (UEH), Port-au-Prince"),
            ("2018 – 2019", "Internat, Hôpital de l'Université d'État d'Haïti (HUEH)"),
        ]),
        ("Examinations", ["USMLE Step 1: 218 (Nov 2021)", "USMLE Step 2 CK: 226 (2022)",
                          "OET Medicine: B in all subtests (2022)", "ECFMG certified, 2023"]),
        ("US Clinical Experience", [
            ("Oct 2023–Dec 2023", "Hands-on clinical rotation, Infectious Diseases", "Jackson Memorial Hospital, Miami",
             "ID consult service, HIV clinic; presented daily to attendings.",
             U("hands_on", "Infectious Disease", "FL", "2023-10", "2023-12")),
            ("Jan 2024", "Observership, Internal Medicine", "Massachusetts General Hospital, Boston, MA", "",
             U("observership", "Internal Medicine", "MA", "2024-01", "2024-01")),
            ("Feb 2024–Jul 2024", "Research fellow (volunteer)", "Division of Global Health Equity, Brigham and Women's Hospital, Boston, MA",
             "TB treatment-outcome cohort from Haitian sites.",
             U("research", "Infectious Disease", "MA", "2024-02", "2024-07")),
        ]),
        ("Other Clinical Experience", [
            ("Jun 2022", "Clinical observership, Infectious Diseases", "McGill University Health Centre, Montréal, QC, Canada", "", None),
            ("2019 – 2020", "Service social", "Hôpital Albert Schweitzer, Deschapelles", "", None),
            ("2020 – 2023", "Staff physician, HIV/TB program", "Hôpital Universitaire de Mirebalais (Zanmi Lasante)", "", None),
        ]),
        ("Publications", [
            "Pierre-Louis JR, Joseph P, Dorvil N, et al. Treatment outcomes of rifampicin-resistant TB in central Haiti. "
            "Am J Trop Med Hyg. 2021;105(4):980-986.",
            "Dorvil N, Pierre-Louis JR, et al. HIV viral suppression after the 2021 earthquake in southern Haiti. Lancet Glob Health. 2022;10(6):e870-e878.",
            "Pierre-Louis JR. Cholera resurgence in Artibonite, 2022. Abstract, IAS 2023.",
            "Pierre-Louis JR, et al. Bedaquiline access in Haiti. Under review, Clin Infect Dis.",
        ]),
        ("Languages", ["Haitian Creole (native)", "French (native)", "English (fluent)", "Spanish (intermediate)"]),
        ("References", ["Marc Julien, MD, MPH - Massachusetts General Hospital - mjulien@mgh.harvard.edu - +1 617 726 2000"]),
    ]))

# ---------------------------------------------------------------- 009 Brazil FMUSP, Chromium grid, Portuguese
P.append(dict(
    file="w71_009_chromium_grid_pt.pdf", layout="chromium_grid", lang="pt",
    full_name="Ana Beatriz Nogueira Carvalho", display="Ana Beatriz Nogueira Carvalho",
    email="anabeatriz.ncarvalho@gmail.com", phone="+5511994217385", phone_disp="+55 (11) 99421-7385",
    contact=["São Paulo – SP, Brasil", "+55 (11) 99421-7385", "anabeatriz.ncarvalho@gmail.com", "Nascida em 1996"],
    medical_school="Universidade de São Paulo", medical_school_country="BR",
    graduation_year=2021, is_student=False,
    usmle_step1="pass", usmle_step2ck=259, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Neurology"],
    languages=["Portuguese", "English", "Spanish", "German"], publications=3,
    summary="Médica formada pela FMUSP, com residência em Clínica Médica concluída. Objetivo: residência em Neurologia nos EUA "
            "(necessitarei visto J-1).",
    sections=[
        ("Formação acadêmica", [
            ("2016 – 2021", "Graduação em Medicina — Faculdade de Medicina da Universidade de São Paulo (FMUSP). Colação de grau: dez/2021"),
            ("2020 – 2021", "Internato — Hospital das Clínicas da FMUSP"),
            ("03/2022 a 02/2024", "Residência médica em Clínica Médica — HC-FMUSP (concluída)"),
        ]),
        ("Exames", ["USMLE Step 1: Aprovada (2022)", "USMLE Step 2 CK: 259 (2023)", "ECFMG: Certificada (2023)",
                    "Revalida: não aplicável"]),
        ("Experiência clínica nos EUA", [
            ("03/2025 a 08/2025", "Research fellow (pesquisa) — Neurologia", "Mayo Clinic, Rochester, MN",
             "Estudo de biomarcadores em encefalite autoimune.", U("research", "Neurology", "MN", "2025-03", "2025-08")),
            ("06/2025 a 06/2025", "Observership — Neurologia", "Mayo Clinic, Rochester, MN",
             "Enfermaria de neurologia geral e stroke.", U("observership", "Neurology", "MN", "2025-06", "2025-06")),
            ("09/2025 a 10/2025", "Estágio hands-on — Neurologia", "UT Southwestern Medical Center, Dallas, TX",
             "Avaliação de pacientes, notas no Epic sob supervisão.", U("hands_on", "Neurology", "TX", "2025-09", "2025-10")),
        ]),
        ("Experiência no Brasil", [
            ("03/2024 a 02/2025", "Médica plantonista — Pronto-socorro", "Hospital Sírio-Libanês, São Paulo", "", None),
        ]),
        ("Publicações (revisadas por pares)", [
            "Carvalho ABN, Siqueira PH, et al. Autoimmune encephalitis in São Paulo: a 10-year cohort. Arq Neuropsiquiatr. 2022;80(7):701-708.",
            "Siqueira PH, Carvalho ABN. Stroke in young adults in Brazil. J Stroke Cerebrovasc Dis. 2023;32(5):107044.",
            "Carvalho ABN, et al. CSF biomarkers in anti-NMDAR encephalitis. Neurol Neuroimmunol Neuroinflamm. 2025;12(2):e200311.",
        ]),
        ("Pôsteres", ["Carvalho ABN. Pôster: Seizure outcomes in autoimmune encephalitis. AAN 2025."]),
        ("Idiomas", ["Português (nativo)", "Inglês (fluente)", "Espanhol (intermediário)", "Alemão (básico)"]),
        ("Referências", ["Dr. Paulo Henrique Siqueira — HC-FMUSP — paulo.siqueira@hc.fm.usp.br — +55 11 2661-0000"]),
    ]))

# ---------------------------------------------------------------- 010 Ross student (Trinidad), docx textbox
P.append(dict(
    file="w71_010_docx_textbox.docx", layout="docx_textbox", lang="en",
    full_name="Keisha Anne-Marie Baptiste", display="KEISHA ANNE-MARIE BAPTISTE",
    email="keishabaptiste.md@gmail.com", phone="+18687632290", phone_disp="+1 (868) 763-2290",
    contact=["San Fernando, Trinidad and Tobago", "Cell: +1 (868) 763-2290", "keishabaptiste.md@gmail.com",
             "Citizenship: Trinidad and Tobago · Visa: B-1/B-2"],
    medical_school="Ross University School of Medicine", medical_school_country="BB",
    graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
    visa_status="b1b2", specialties=["Pediatrics", "Family Medicine"],
    languages=["English", "Spanish"], publications=0,
    summary="Final-year MD student at Ross University (expected graduation January 2027) pursuing Pediatrics or Family Medicine.",
    sections=[
        ("Education", [
            ("2022 – present", "Doctor of Medicine (MD) candidate, Ross University School of Medicine, Bridgetown, Barbados "
                               "— anticipated graduation January 2027"),
            ("2018 – 2021", "BSc Biology (First Class Honours), The University of the West Indies, St. Augustine"),
        ]),
        ("Examinations", ["USMLE Step 1: Pass (2024)", "USMLE Step 2 CK: scheduled Dec 2026", "CCSE practice: 241"]),
        ("Clinical Clerkships (USA)", [
            ("Sep 2024 – Nov 2024", "Internal Medicine Core", "Mount Sinai Hospital, Chicago", "",
             U("hands_on", "Internal Medicine", "IL", "2024-09", "2024-11")),
            ("Dec 2024 – Feb 2025", "Surgery Core", "Larkin Community Hospital, Miami, FL", "",
             U("hands_on", "General Surgery", "FL", "2024-12", "2025-02")),
            ("Mar 2025 – Apr 2025", "Pediatrics Core", "Kern Medical, Bakersfield, CA", "",
             U("hands_on", "Pediatrics", "CA", "2025-03", "2025-04")),
            ("May 2025 – Jun 2025", "OB/GYN Core", "Kern Medical, Bakersfield, CA", "",
             U("hands_on", "Obstetrics and Gynecology", "CA", "2025-05", "2025-06")),
            ("Jul 2025 – Aug 2025", "Psychiatry Core", "Larkin Behavioral Health Services, Hollywood, FL", "",
             U("hands_on", "Psychiatry", "FL", "2025-07", "2025-08")),
            ("Sept. 2025 – Oct. 2025", "Family Medicine Core", "Trinity Health Oakland Hospital, Pontiac, MI", "",
             U("hands_on", "Family Medicine", "MI", "2025-09", "2025-10")),
            ("Nov 2025", "Elective: Pediatric Cardiology", "Children's Hospital of Michigan, Detroit, MI", "",
             U("hands_on", "Cardiology", "MI", "2025-11", "2025-11")),
            ("Oct 2026 – Present", "Sub-Internship: Pediatrics", "Kern Medical, Bakersfield, CA", "",
             U("hands_on", "Pediatrics", "CA", "2026-10", "2026-12")),
        ]),
        ("Other Experience", [
            ("2021 – 2022", "Volunteer, Paediatric Ward", "San Fernando General Hospital, Trinidad", "", None),
        ]),
        ("Languages", ["English (native)", "Spanish (conversational)"]),
        ("Referees", ["Dr. Harold Mensah, Clerkship Director, Kern Medical — harold.mensah@kernmedical.com — (661) 326-2000"]),
    ]))

# ---------------------------------------------------------------- 011 AUC grad, Puerto Rican (US citizen), LibreOffice docx->pdf
P.append(dict(
    file="w71_011_lo_docx_pdf.pdf", layout="lo_docx_pdf_compact", lang="en",
    full_name="Gabriel Antonio Rivera Colón", display="Gabriel Antonio Rivera Colón, M.D.",
    email="g.riveracolon@gmail.com", phone="+17876143092", phone_disp="787-614-3092",
    contact=["Jacksonville, FL 32224", "787-614-3092", "g.riveracolon@gmail.com", "U.S. citizen (born San Juan, Puerto Rico)"],
    medical_school="American University of the Caribbean School of Medicine", medical_school_country="SX",
    graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
    visa_status="citizen", specialties=["Internal Medicine", "Gastroenterology"],
    languages=["Spanish", "English"], publications=2,
    summary="AUC graduate (MD 2024) currently a GI research fellow; applying to Internal Medicine with interest in Gastroenterology.",
    sections=[
        ("Education", [
            ("2020 – 2024", "Doctor of Medicine, American University of the Caribbean School of Medicine, Cupecoy, Sint Maarten (MD, May 2024)"),
            ("2015 – 2019", "B.S. Natural Sciences, University of Puerto Rico, Río Piedras"),
        ]),
        ("Licensure", ["USMLE Step 1 – Pass (2022)", "USMLE Step 2 CK – 238 (2023)", "ECFMG Certified (2024)"]),
        ("Research Position", [
            ("08/2024 – present", "Research Fellow, Division of Gastroenterology & Hepatology", "Mayo Clinic, Jacksonville, FL",
             "Clinical outcomes research in IBD; manages two retrospective databases.",
             U("research", "Gastroenterology", "FL", "2024-08", "2026-12")),
        ]),
        ("Clinical Rotations", [
            ("06/2022 – 08/2022", "Internal Medicine", "NYC Health + Hospitals/Coney Island, Brooklyn, NY", "",
             U("hands_on", "Internal Medicine", "NY", "2022-06", "2022-08")),
            ("09/2022 – 11/2022", "Surgery", "Jackson Park Hospital, Chicago, IL", "",
             U("hands_on", "General Surgery", "IL", "2022-09", "2022-11")),
            ("12/2022 – 01/2023", "Pediatrics", "BronxCare Health System, Bronx", "",
             U("hands_on", "Pediatrics", "NY", "2022-12", "2023-01")),
            ("02/2023 – 03/2023", "Obstetrics & Gynecology", "Larkin Community Hospital, Miami, FL", "",
             U("hands_on", "Obstetrics and Gynecology", "FL", "2023-02", "2023-03")),
            ("04/2023 – 05/2023", "Psychiatry", "BronxCare Health System, Bronx, NY", "",
             U("hands_on", "Psychiatry", "NY", "2023-04", "2023-05")),
            ("06/2023 – 07/2023", "Family Medicine", "Hialeah Hospital, Hialeah, FL", "",
             U("hands_on", "Family Medicine", "FL", "2023-06", "2023-07")),
            ("08/2023 – 09/2023", "Gastroenterology elective", "NYC Health + Hospitals/Coney Island, Brooklyn, NY", "",
             U("hands_on", "Gastroenterology", "NY", "2023-08", "2023-09")),
            ("09/2023 – 10/2023", "Cardiology elective", "Memorial Regional Hospital, Hollywood, FL", "",
             U("hands_on", "Cardiology", "FL", "2023-09", "2023-10")),
        ]),
        ("Publications", [
            "Rivera Colón GA, Farraye FA, et al. Ustekinumab persistence in Hispanic patients with Crohn's disease. Inflamm Bowel Dis. 2025;31(4):1012-1019.",
            "Rivera Colón GA, et al. Colorectal cancer screening uptake in Puerto Rico. Clin Transl Gastroenterol. 2025;16(2):e00791.",
            "Abstract: Rivera Colón GA. Vedolizumab in elderly IBD. DDW 2025, San Diego (poster).",
            "Abstract: Rivera Colón GA. Biosimilar switching outcomes. ACG 2025 (oral presentation).",
        ]),
        ("Languages", ["Spanish (native)", "English (native)"]),
        ("References", ["Francisco A. Farraye, MD, MSc — Mayo Clinic Florida — farraye.francis@mayo.edu — (904) 953-2000"]),
    ]))

# ---------------------------------------------------------------- 012 Saba student, US citizen, reportlab (single col)
P.append(dict(
    file="w71_012_reportlab_classic.pdf", layout="reportlab_classic", lang="en",
    full_name="Natalia Sofía Herrera", display="Natalia Sofía Herrera",
    email="nsherrera@saba.edu", phone="+12104178853", phone_disp="210.417.8853",
    contact=["San Antonio, TX", "210.417.8853", "nsherrera@saba.edu", "U.S. citizen"],
    medical_school="Saba University School of Medicine", medical_school_country="BQ",
    graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status=None,
    visa_status="citizen", specialties=["Radiology"],
    languages=["English", "Spanish"], publications=1,
    summary="MD candidate (Saba University, class of 2027) applying to Diagnostic Radiology.",
    sections=[
        ("Education", [
            ("2022 – 2027 (expected)", "Doctor of Medicine, Saba University School of Medicine, Saba, Dutch Caribbean"),
            ("2017 – 2021", "B.S. Biomedical Sciences, The University of Texas at San Antonio"),
        ]),
        ("Board Examinations", ["USMLE Step 1: Pass (2024)", "USMLE Step 2 CK: 255 (Aug 2026)", "CBSE: 78 / NBME 30: 248 (practice)"]),
        ("Clinical Clerkships", [
            ("Jan–Mar 2025", "Internal Medicine", "Griffin Hospital, Derby, CT", "",
             U("hands_on", "Internal Medicine", "CT", "2025-01", "2025-03")),
            ("Apr–Jun 2025", "General Surgery", "Jersey City Medical Center, Jersey City, NJ", "",
             U("hands_on", "General Surgery", "NJ", "2025-04", "2025-06")),
            ("Jul–Aug 2025", "Pediatrics", "Jamaica Hospital Medical Center, Queens, NY", "",
             U("hands_on", "Pediatrics", "NY", "2025-07", "2025-08")),
            ("Sep–Oct 2025", "Obstetrics and Gynecology", "Jamaica Hospital Medical Center, Queens, NY", "",
             U("hands_on", "Obstetrics and Gynecology", "NY", "2025-09", "2025-10")),
            ("Nov–Dec 2025", "Psychiatry", "Griffin Hospital, Derby, CT", "",
             U("hands_on", "Psychiatry", "CT", "2025-11", "2025-12")),
            ("Jan–Feb 2026", "Family Medicine", "University Health, San Antonio, TX", "",
             U("hands_on", "Family Medicine", "TX", "2026-01", "2026-02")),
            ("Mar 2026", "Elective – Emergency Medicine", "Hurley Medical Center, Flint, MI", "",
             U("hands_on", "Emergency Medicine", "MI", "2026-03", "2026-03")),
            ("Apr 2026", "Elective – Diagnostic Radiology", "University Health, San Antonio, TX", "",
             U("hands_on", "Radiology", "TX", "2026-04", "2026-04")),
        ]),
        ("Research", [
            ("Feb 2026 – Jun 2026", "Research student (remote), Department of Radiology", "NYU Langone Health, New York, NY",
             "Annotation of chest CT datasets for an AI triage study.", U("research", "Radiology", "NY", "2026-02", "2026-06")),
            "Herrera NS, Patel K, et al. Incidental pulmonary nodules in ED CT: adherence to follow-up. J Am Coll Radiol. 2026;23(3):311-318.",
            "Poster: Herrera NS. Deep learning triage of head CT. RSNA 2025 (education exhibit).",
        ]),
        ("Languages", ["English (native)", "Spanish (professional working proficiency)"]),
        ("References", ["Kiran Patel, MD — NYU Langone Radiology — kiran.patel@nyulangone.org"]),
    ]))

# ---------------------------------------------------------------- 013 Windsor grad, Jamaica, docx footer contacts
P.append(dict(
    file="w71_013_docx_footer.docx", layout="docx_footer_contacts", lang="en",
    full_name="Shanice Tamara Clarke", display="Shanice Tamara Clarke, MD",
    email="shanice.clarke.md@gmail.com", phone="+18764579932", phone_disp="+1 876-457-9932",
    contact=["Kingston 6, Jamaica", "+1 876-457-9932", "shanice.clarke.md@gmail.com"],
    medical_school="Windsor University School of Medicine", medical_school_country="KN",
    graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=231, usmle_step3=214, ecfmg_status="certified",
    visa_status="h1b", specialties=["Family Medicine", "Psychiatry"],
    languages=["English", "Jamaican Patois", "Spanish"], publications=0,
    summary="Windsor University graduate (2023) working as a medical officer in Kingston. Seeking Family Medicine or "
            "Psychiatry residency; will require H-1B sponsorship.",
    sections=[
        ("Education", [
            ("2019 – 2023", "Doctor of Medicine, Windsor University School of Medicine, Cayon, St. Kitts (graduated June 2023)"),
        ]),
        ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 231", "USMLE Step 3: 214 (2025)",
                          "ECFMG Certified", "PLAB 1: Pass (2024) — UK route, not pursued"]),
        ("Clinical Rotations — United States", [
            ("May 2021 – Jul 2021", "Internal Medicine", "St. Bernard Hospital, Chicago, IL", "",
             U("hands_on", "Internal Medicine", "IL", "2021-05", "2021-07")),
            ("Aug 2021 – Oct 2021", "General Surgery", "Jackson Park Hospital, Chicago, IL", "",
             U("hands_on", "General Surgery", "IL", "2021-08", "2021-10")),
            ("Nov 2021 – Dec 2021", "Pediatrics", "St. Bernard Hospital, Chicago, IL", "",
             U("hands_on", "Pediatrics", "IL", "2021-11", "2021-12")),
            ("Jan 2022 – Feb 2022", "Obstetrics & Gynecology", "Humboldt Park Health, Chicago", "",
             U("hands_on", "Obstetrics and Gynecology", "IL", "2022-01", "2022-02")),
            ("Mar 2022 – Apr 2022", "Psychiatry", "Larkin Behavioral Health, Hollywood, FL", "",
             U("hands_on", "Psychiatry", "FL", "2022-03", "2022-04")),
            ("May 2022 – Jun 2022", "Family Medicine", "Grady Memorial Hospital, Atlanta", "",
             U("hands_on", "Family Medicine", "GA", "2022-05", "2022-06")),
            ("Aug 2024 – Sep 2024", "Observership, Psychiatry", "Kingsboro Psychiatric Center, Brooklyn, NY", "",
             U("observership", "Psychiatry", "NY", "2024-08", "2024-09")),
        ]),
        ("Work Experience", [
            ("Jul 2023 – present", "Medical Officer (Internship → MO)", "Kingston Public Hospital, Kingston, Jamaica",
             "Rotations in medicine, surgery, A&E.", None),
        ]),
        ("Languages", ["English", "Jamaican Patois", "Spanish (basic)"]),
        ("References", ["Dr. Olivia Grant, Consultant Psychiatrist, Bellevue Hospital Kingston — ogrant@bellevue.gov.jm — +1 876-928-1380"]),
    ]))

# ---------------------------------------------------------------- 014 Mexico Tec de Monterrey, LibreOffice docx->odt
P.append(dict(
    file="w71_014_lo_odt.odt", layout="lo_docx_to_odt", lang="en",
    full_name="Diego Armando Treviño Garza", display="Diego Armando Treviño Garza, M.D.",
    email="diego.trevino.g@hotmail.com", phone="+18325017734", phone_disp="(832) 501-7734",
    contact=["Houston, TX 77030", "Cell: (832) 501-7734", "diego.trevino.g@hotmail.com",
             "Visa: H-1B (research)"],
    medical_school="Tecnológico de Monterrey", medical_school_country="MX",
    graduation_year=2020, is_student=False,
    usmle_step1=241, usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified",
    visa_status="h1b", specialties=["Internal Medicine", "Hematology/Oncology"],
    languages=["Spanish", "English", "French"], publications=6,
    summary="Physician-scientist (MD, Tec de Monterrey 2020) at MD Anderson; applying to Internal Medicine, "
            "future Hematology/Oncology fellowship.",
    sections=[
        ("Education", [
            ("2014-08 – 2020-07", "Médico Cirujano, Escuela de Medicina y Ciencias de la Salud, Tecnológico de Monterrey, Monterrey, N.L."),
            ("2018-07 – 2019-06", "Internado de pregrado, Hospital San José TecSalud, Monterrey"),
            ("2019-08 – 2020-07", "Servicio social en investigación, Centro de Cáncer TecSalud"),
        ]),
        ("USMLE", ["Step 1: 241 (2020)", "Step 2 CK: 257 (2021)", "ECFMG certified 2021"]),
        ("US Experience", [
            ("2021-09 – 2021-10", "Observership, Leukemia", "The University of Texas MD Anderson Cancer Center, Houston, TX", "",
             U("observership", "Hematology/Oncology", "TX", "2021-09", "2021-10")),
            ("2021-11", "Clinical elective (hands-on), Internal Medicine", "Baylor St. Luke's Medical Center, Houston, TX", "",
             U("hands_on", "Internal Medicine", "TX", "2021-11", "2021-11")),
            ("2022-08 – present", "Postdoctoral Research Fellow, Department of Leukemia",
             "The University of Texas MD Anderson Cancer Center, Houston, TX",
             "Correlative studies in AML clinical trials; flow cytometry MRD analysis.",
             U("research", "Hematology/Oncology", "TX", "2022-08", "2026-12")),
        ]),
        ("Peer-reviewed publications (6)", [
            "1. Treviño-Garza DA, et al. Venetoclax combinations in older AML. Blood Adv. 2023;7(12):2890-2899.",
            "2. Treviño-Garza DA, Kadia T, et al. MRD by flow after HMA-venetoclax. Am J Hematol. 2024;99(2):210-219.",
            "3. Ramos-Salinas E, Treviño-Garza DA. Acute promyelocytic leukemia in northern Mexico. Gac Med Mex. 2020;156(5):410-415.",
            "4. Treviño-Garza DA, et al. FLT3 inhibitors in Hispanic patients. Leuk Lymphoma. 2024;65(8):1101-1108.",
            "5. Kadia T, Treviño-Garza DA, et al. Oral azacitidine maintenance real-world data. Cancer. 2025;131(3):e35602.",
            "6. Treviño-Garza DA, et al. TP53-mutated AML outcomes. Clin Lymphoma Myeloma Leuk. 2025;25(6):401-409.",
        ]),
        ("Abstracts", ["ASH 2023 (poster) · ASH 2024 (oral) · EHA 2025 (poster)"]),
        ("Languages", ["Spanish (native)", "English (fluent)", "French (intermediate, DELF B1)"]),
        ("References", ["Tapan Kadia, MD — MD Anderson — tkadia@mdanderson.org — (713) 792-2121"]),
    ]))

# ---------------------------------------------------------------- 015 Colombia Javeriana, Chromium cards (header right)
P.append(dict(
    file="w71_015_chromium_cards.pdf", layout="chromium_cards", lang="en",
    full_name="Laura Camila Sánchez Ospina", display="Laura Camila Sánchez Ospina",
    email="lauracsanchez.o@gmail.com", phone="+573152086641", phone_disp="+57 315 208 6641",
    contact=["Bogotá D.C., Colombia", "+57 315 208 6641", "lauracsanchez.o@gmail.com", "Visa B1/B2"],
    medical_school="Pontificia Universidad Javeriana", medical_school_country="CO",
    graduation_year=2025, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
    visa_status="b1b2", specialties=["Psychiatry", "Neurology"],
    languages=["Spanish", "English"], publications=1,
    summary="Recent graduate (Médica Cirujana, June 2025). Interested in Psychiatry and Neurology (neuropsychiatry).",
    sections=[
        ("Formación académica", [
            ("2019 – 2025", "Médica Cirujana — Facultad de Medicina, Pontificia Universidad Javeriana, Bogotá (grado: junio 2025)"),
            ("jul. 2024 – jun. 2025", "Internado — Hospital Universitario San Ignacio, Bogotá"),
            "Servicio Social Obligatorio: exonerada por sorteo (Ministerio de Salud, 2025)",
        ]),
        ("Exams", ["USMLE Step 1: Pass (2025)", "USMLE Step 2 CK: not yet taken", "ECFMG: not yet certified"]),
        ("US Clinical Experience", [
            ("Jul 2025 – Aug 2025", "Observership — Psychiatry", "McLean Hospital, Belmont, MA", "",
             U("observership", "Psychiatry", "MA", "2025-07", "2025-08")),
            ("Sep 2025", "Hands-on rotation — Psychiatry", "UF Health Jacksonville, Jacksonville, FL", "",
             U("hands_on", "Psychiatry", "FL", "2025-09", "2025-09")),
            ("Oct 2025 – Jan 2026", "Telehealth rotation (virtual) — Psychiatry", "Rhode Island Hospital / Brown Health, Providence, RI",
             "Supervised tele-psychiatry follow-ups, Spanish-speaking patients.",
             U("telehealth", "Psychiatry", "RI", "2025-10", "2026-01")),
        ]),
        ("Publications", [
            "Sánchez-Ospina LC, Gómez-Restrepo C. Depresión posparto en Bogotá. Rev Colomb Psiquiatr. 2024;53(1):33-40.",
            "Preprint: Sánchez-Ospina LC, et al. Delirium in Colombian ICUs. medRxiv 2025 (not peer-reviewed).",
        ]),
        ("Languages", ["Spanish (native)", "English (C1)"]),
        ("References", ["Dr. Carlos Gómez-Restrepo — Pontificia Universidad Javeriana — cgomez@javeriana.edu.co — +57 601 320 8320"]),
    ]))

# ---------------------------------------------------------------- 016 Brazil UNIFESP student, fpdf2 Portuguese
P.append(dict(
    file="w71_016_fpdf2_pt.pdf", layout="fpdf2_pt", lang="pt",
    full_name="Thiago Moreira dos Santos", display="Thiago Moreira dos Santos",
    email="thiago.msantos@unifesp.br", phone="+5511973120458", phone_disp="+55 (11) 97312-0458",
    contact=["São Paulo – SP", "+55 (11) 97312-0458", "thiago.msantos@unifesp.br", "Visto B1/B2"],
    medical_school="Universidade Federal de São Paulo", medical_school_country="BR",
    graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
    visa_status="b1b2", specialties=["General Surgery"],
    languages=["Portuguese", "English", "Spanish"], publications=1,
    summary="Estudante do 6º ano de Medicina (EPM-UNIFESP), colação de grau prevista para fev/2027. Interesse: Cirurgia Geral "
            "(e Ortopedia).",
    sections=[
        ("Formação acadêmica", [
            ("2021 – atual", "Graduação em Medicina — Escola Paulista de Medicina, Universidade Federal de São Paulo (UNIFESP). "
                             "Previsão de formatura: fevereiro/2027"),
            ("2025 – atual", "Internato — Hospital São Paulo (HU-UNIFESP)"),
        ]),
        ("Exames", ["USMLE Step 1: Aprovado (2025)", "Step 2 CK: em preparação"]),
        ("Estágios nos EUA", [
            ("jan/2026 – fev/2026", "Estágio eletivo (hands-on) — Cirurgia Geral", "Jackson Memorial Hospital / University of Miami, Miami, FL",
             "", U("hands_on", "General Surgery", "FL", "2026-01", "2026-02")),
            ("mar/2026", "Observership — Cirurgia Geral", "Houston Methodist Hospital, Houston, TX", "",
             U("observership", "General Surgery", "TX", "2026-03", "2026-03")),
            ("jul/2026 – atual", "Pesquisa (remoto) — Cirurgia do Trauma", "Massachusetts General Hospital, Boston, MA",
             "", U("research", "General Surgery", "MA", "2026-07", "2026-12")),
        ]),
        ("Publicações", [
            "Santos TM, Fraga GP, et al. Trauma abdominal penetrante em São Paulo. Rev Col Bras Cir. 2025;52:e20253811.",
            "Resumo: Santos TM. Laparoscopia no trauma. Congresso Brasileiro de Cirurgia 2025.",
        ]),
        ("Idiomas", ["Português (nativo)", "Inglês (fluente — TOEFL 112)", "Espanhol (intermediário)"]),
        ("Referências", ["Prof. Dr. Gustavo P. Fraga — gfraga@unifesp.br — +55 11 5576-4848"]),
    ]))

# ======================================================================== scans (short, one page)
P.append(dict(
    file="w71_017_scan_pdf.pdf", layout="scan_image_pdf", lang="en", scan=True,
    full_name="Marcus Antonio Delgado", display="Marcus Antonio Delgado, MD",
    email="marcus.delgado.elam@gmail.com", phone="+15053927718", phone_disp="(505) 392-7718",
    contact=["Albuquerque, NM", "(505) 392-7718", "marcus.delgado.elam@gmail.com", "U.S. Citizen"],
    medical_school="Escuela Latinoamericana de Medicina", medical_school_country="CU",
    graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified",
    visa_status="citizen", specialties=["Family Medicine"], languages=["English", "Spanish"], publications=0,
    summary="U.S. citizen graduate of ELAM (Havana). Committed to rural Family Medicine in New Mexico.",
    sections=[
        ("Education", [("2016 – 2022", "Doctor en Medicina, Escuela Latinoamericana de Medicina (ELAM), La Habana, Cuba")]),
        ("Exams", ["USMLE Step 1: Pass (2023) · Step 2 CK: 229 (2024) · ECFMG certified (2024)"]),
        ("US Clinical Experience", [
            ("Feb 2025 – Apr 2025", "Hands-on externship, Family Medicine", "University of New Mexico Hospital, Albuquerque, NM", "",
             U("hands_on", "Family Medicine", "NM", "2025-02", "2025-04")),
            ("May 2025", "Observership, Internal Medicine", "Presbyterian Hospital, Albuquerque, NM", "",
             U("observership", "Internal Medicine", "NM", "2025-05", "2025-05")),
        ]),
        ("Other", [("2021 – 2022", "Internado, Hospital Clínico Quirúrgico \"Hermanos Ameijeiras\", La Habana", "", "", None)]),
        ("Languages", ["English (native), Spanish (fluent)"]),
    ]))

P.append(dict(
    file="w71_018_scan_photo.png", layout="scan_photo_png", lang="es", scan=True,
    full_name="Rosa Elena Jiménez Tavárez", display="Dra. Rosa Elena Jiménez Tavárez",
    email="rosajimenez.md@gmail.com", phone="+18492105573", phone_disp="+1 849-210-5573",
    contact=["Bronx, NY 10451", "+1 849-210-5573", "rosajimenez.md@gmail.com", "Residente permanente (green card)"],
    medical_school="Pontificia Universidad Católica Madre y Maestra", medical_school_country="DO",
    graduation_year=2021, is_student=False,
    usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
    visa_status="green_card", specialties=["Pediatrics"], languages=["Spanish", "English"], publications=0,
    summary="Médica dominicana, residente permanente en EE. UU. Interés: Pediatría.",
    sections=[
        ("Formación académica", [("2015 – 2021", "Doctor en Medicina — Pontificia Universidad Católica Madre y Maestra (PUCMM), Santiago de los Caballeros, República Dominicana")]),
        ("Exámenes", ["USMLE Step 1: Aprobado · Step 2 CK: 240 · ECFMG: certificada (2023)"]),
        ("Experiencia clínica en EE. UU.", [
            ("03/2023 – 04/2023", "Observership — Pediatría", "SBH Health System, Bronx, NY", "",
             U("observership", "Pediatrics", "NY", "2023-03", "2023-04")),
            ("05/2023 – 07/2023", "Rotación hands-on — Pediatría", "Lincoln Medical Center, Bronx, NY", "",
             U("hands_on", "Pediatrics", "NY", "2023-05", "2023-07")),
        ]),
        ("Idiomas", ["Español (nativo) · Inglés (avanzado)"]),
    ]))

P.append(dict(
    file="w71_019_scan_photo.jpg", layout="scan_photo_jpg", lang="en", scan=True,
    full_name="Luis Alberto Huamán Torres", display="Luis Alberto Huamán Torres",
    email="luis.huaman.t@gmail.com", phone="+51956330127", phone_disp="+51 956 330 127",
    contact=["Lima, Perú", "+51 956 330 127", "luis.huaman.t@gmail.com"],
    medical_school="Universidad Nacional Mayor de San Marcos", medical_school_country="PE",
    graduation_year=2019, is_student=False,
    usmle_step1=222, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Internal Medicine"], languages=["Spanish", "English"], publications=1,
    summary="Peruvian physician applying to Internal Medicine (J-1 visa required).",
    sections=[
        ("Education", [("2012 – 2019", "Médico Cirujano, Facultad de Medicina San Fernando, Universidad Nacional Mayor de San Marcos, Lima")]),
        ("USMLE", ["Step 1: 222 (2021) · Step 2 CK: 235 (2022) · ECFMG certified"]),
        ("US Experience", [
            ("Sep 2022 – Nov 2022", "Hands-on rotation, Internal Medicine", "Cleveland Clinic Florida, Weston, FL", "",
             U("hands_on", "Internal Medicine", "FL", "2022-09", "2022-11")),
            ("Jan 2023 – Jun 2023", "Research volunteer, General Internal Medicine", "University of Pittsburgh, Pittsburgh, PA", "",
             U("research", "Internal Medicine", "PA", "2023-01", "2023-06")),
        ]),
        ("Publications", ["Huamán-Torres LA, et al. Diabetes control in Lima. Rev Peru Med Exp Salud Publica. 2021;38(1):50-57."]),
        ("Languages", ["Spanish, English"]),
    ]))

P.append(dict(
    file="w71_020_scan_pdf.pdf", layout="scan_image_pdf", lang="en", scan=True,
    full_name="Kareem Andre Charles", display="KAREEM ANDRE CHARLES, MD",
    email="kareem.charles@outlook.com", phone="+14734152286", phone_disp="+1 (473) 415-2286",
    contact=["St. George's, Grenada", "+1 (473) 415-2286", "kareem.charles@outlook.com", "J-1 visa required"],
    medical_school="St. George's University School of Medicine", medical_school_country="GD",
    graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Emergency Medicine", "Internal Medicine"], languages=["English", "French"], publications=0,
    summary="Grenadian SGU graduate seeking Emergency Medicine or Internal Medicine residency.",
    sections=[
        ("Education", [("2019 – 2023", "Doctor of Medicine, St. George's University School of Medicine, Grenada")]),
        ("Exams", ["USMLE Step 1: Pass · Step 2 CK: 236 · ECFMG Certified (2023)"]),
        ("US Clerkships", [
            ("Jan 2022 – Mar 2022", "Internal Medicine", "Kings County Hospital Center, Brooklyn", "",
             U("hands_on", "Internal Medicine", "NY", "2022-01", "2022-03")),
            ("Apr 2022 – Jun 2022", "General Surgery", "St. Michael's Medical Center, Newark, NJ", "",
             U("hands_on", "General Surgery", "NJ", "2022-04", "2022-06")),
            ("Jul 2022 – Aug 2022", "Emergency Medicine elective", "Brookdale Hospital Medical Center, Brooklyn, NY", "",
             U("hands_on", "Emergency Medicine", "NY", "2022-07", "2022-08")),
        ]),
        ("Languages", ["English (native), French (basic)"]),
    ]))

P.append(dict(
    file="w71_021_scan_photo.jpg", layout="scan_photo_jpg", lang="es", scan=True,
    full_name="Gabriela Alejandra Urdaneta Paz", display="Gabriela Alejandra Urdaneta Paz",
    email="gabriela.urdaneta.p@gmail.com", phone="+584146123390", phone_disp="+58 414-612-3390",
    contact=["Maracaibo, Venezuela", "+58 414-612-3390", "gabriela.urdaneta.p@gmail.com"],
    medical_school="Universidad del Zulia", medical_school_country="VE",
    graduation_year=2018, is_student=False,
    usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="pending",
    visa_status=None, specialties=["Anesthesiology"], languages=["Spanish", "English"], publications=0,
    summary="Médica cirujana venezolana. Interés: Anestesiología.",
    sections=[
        ("Formación académica", [("2011 – 2018", "Médico Cirujano — Facultad de Medicina, Universidad del Zulia (LUZ), Maracaibo")]),
        ("Exámenes", ["USMLE Step 1: Aprobado (2023) · Step 2 CK: 226 (2024) · ECFMG: en trámite"]),
        ("Experiencia clínica en EE. UU.", [
            ("ene. 2025 – feb. 2025", "Observership — Anestesiología", "Baptist Hospital of Miami, Miami, FL", "",
             U("observership", "Anesthesiology", "FL", "2025-01", "2025-02")),
        ]),
        ("Experiencia en Venezuela", [("2019 – actualidad", "Médico residente de Anestesiología", "Hospital Universitario de Maracaibo", "", None)]),
        ("Idiomas", ["Español (nativo) · Inglés (avanzado)"]),
    ]))

DAMAGED = [
    dict(file="w71_022_truncated.pdf", layout="damaged_truncated_pdf"),
    dict(file="w71_023_encrypted.pdf", layout="damaged_encrypted_pdf"),
    dict(file="w71_024_random_bytes.docx", layout="damaged_random_docx"),
]
