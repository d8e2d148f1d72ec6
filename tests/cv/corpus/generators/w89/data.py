# -*- coding: utf-8 -*-
"""Content + truth for writer w89 (Latin America / Caribbean IMGs).

Each CV: 'truth' (without usce_months*, computed in build) and 'doc'
(name, subtitle, contact lines, sections). Section items are either str or
tuple (left, right) (e.g. dates | description)."""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

CVS = []

# ---------------------------------------------------------------- 001 MX
CVS.append(dict(
 file="w89_001_pdf_sidebar.pdf", layout="pdf_sidebar", tool="reportlab (2-column canvas, contacts in left sidebar)",
 tricky="Contacts only in coloured sidebar; Spanish headings; dates 'ene. 2025 – mar. 2025'; ENARM score; servicio social; referee email in body",
 truth=dict(full_name="María Fernanda Gutiérrez Olvera", email="mafer.gutierrez.olvera@gmail.com", phone_e164="+525534567812",
  medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", specialties=["Internal Medicine"],
  languages=["Spanish", "English", "French"], visa_status="b1b2", publications=1,
  usce_entries=[E("observership", "Internal Medicine", "TX", "2025-01", "2025-03"),
                E("hands_on", "Family Medicine", "FL", "2025-04", "2025-05")]),
 doc=dict(name="María Fernanda Gutiérrez Olvera", subtitle="Médica Cirujana · Aspirante a residencia en Medicina Interna (EE. UU.)",
  contact=["Ciudad de México, México", "Tel./WhatsApp: +52 55 3456 7812", "mafer.gutierrez.olvera@gmail.com",
           "Nacida: 1998", "Visa: B1/B2 vigente (requerida para rotaciones)"],
  sidebar_extra=[("Idiomas", ["Español (nativo)", "Inglés (C1, TOEFL iBT 108)", "Francés (B1)"]),
                 ("Exámenes", ["USMLE Step 1: PASS (2023)", "USMLE Step 2 CK: 241 (2024)", "ENARM 2023: 78.4 puntos",
                               "ECFMG: Certificada (2024)", "NBME CCSSA practice: 236"])],
  sections=[
   ("Perfil", ["Médica general egresada de la UNAM con interés en Medicina Interna. Busco una posición de residencia en Internal Medicine en Estados Unidos (Match 2027)."]),
   ("Formación académica", [("2017 – 2023", "Médico Cirujano — Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM), CDMX"),
                            ("2021 – 2022", "Internado médico de pregrado — Hospital General de México \"Dr. Eduardo Liceaga\""),
                            ("ago. 2022 – jul. 2023", "Servicio social — Centro de Salud T-III, Iztapalapa, CDMX")]),
   ("Experiencia clínica en EE. UU.", [("ene. 2025 – mar. 2025", "Observership, Internal Medicine — Houston Methodist Hospital, Houston, TX. Supervisor: Dr. Robert K. Allen"),
                                       ("abr. 2025 – may. 2025", "Externship (hands-on), Family Medicine — Jackson Memorial Hospital / UM, Miami, FL")]),
   ("Experiencia clínica en México", [("sep. 2023 – dic. 2024", "Médica general, Urgencias — Hospital Ángeles Pedregal, CDMX")]),
   ("Publicaciones", ["Gutiérrez-Olvera MF, Ramos JL. Hiponatremia en adultos mayores hospitalizados. Rev Med Inst Mex Seguro Soc. 2024;62(3):e5512. (artículo revisado por pares)",
                      "Póster: \"Sepsis en el servicio de urgencias\", Congreso Nacional de Medicina Interna, Mérida 2024."]),
   ("Referencias", ["Dr. Robert K. Allen, MD — Houston Methodist — rkallen@houstonmethodist.org — +1 (713) 441-2290",
                    "Dra. Patricia Luna Ibarra — UNAM — pluna@facmed.unam.mx"]),
  ])))

# ---------------------------------------------------------------- 002 CO
CVS.append(dict(
 file="w89_002_docx_table.docx", layout="docx_table", tool="python-docx (tables for contacts and rotations)",
 tricky="Contacts in a table cell; 'Mount Sinai Hospital' with no city (state unknown → excluded from truth); Jackson Memorial with only 'Miami' (FL inferred); SSO rural year; Colombian rotation not USCE",
 truth=dict(full_name="Juan Sebastián Restrepo Cárdenas", email="jsrestrepo.md@outlook.com", phone_e164="+573004128876",
  medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="pending", specialties=["Emergency Medicine"],
  languages=["Spanish", "English"], visa_status="j1", publications=0,
  usce_entries=[E("hands_on", "Emergency Medicine", "FL", "2024-09", "2024-10")]),
 doc=dict(name="Juan Sebastián Restrepo Cárdenas", subtitle="Médico y Cirujano — Emergency Medicine applicant",
  contact=["Medellín, Antioquia, Colombia", "Celular: (+57) 300 412 8876", "Correo: jsrestrepo.md@outlook.com", "Fecha de nacimiento: 14/05/1996"],
  sections=[
   ("Formación académica", [("2014 – 2021", "Médico y Cirujano, Facultad de Medicina, Universidad de Antioquia, Medellín"),
                            ("2020 – 2021", "Internado rotatorio, Hospital Universitario San Vicente Fundación")]),
   ("USMLE / ECFMG", ["USMLE Step 1: Pass (2022)", "USMLE Step 2 CK: 233 (2023)", "OET Medicine: pending (scheduled 02/2026)",
                      "ECFMG certification: in progress (pending OET)", "Visa: J-1 sponsorship through ECFMG required"]),
   ("Clinical Experience (USA)", [("09/2024 – 10/2024", "Hands-on elective, Emergency Medicine — Jackson Memorial Hospital, Miami"),
                                  ("11/2024", "Observership, Cardiology — Mount Sinai Hospital")]),
   ("Experiencia profesional", [("03/2021 – 03/2022", "Servicio Social Obligatorio (médico rural) — E.S.E. Hospital San Juan de Dios, Yarumal"),
                                ("2022 – presente", "Médico de urgencias — Hospital Pablo Tobón Uribe, Medellín")]),
   ("Intereses", ["Emergency Medicine; ultrasonido en el punto de atención (POCUS)"]),
   ("Idiomas", ["Español — nativo", "Inglés — avanzado (C1)"]),
   ("Presentaciones", ["Póster: Manejo de la vía aérea difícil en urgencias. Congreso ACEM, Bogotá 2023."]),
   ("Referencias", ["Dr. Alan Fischer, MD, Jackson Memorial Hospital — afischer@med.miami.edu — (305) 585-1111",
                    "Dra. Catalina Mejía, Hospital Pablo Tobón Uribe — cmejia@hptu.org.co"]),
  ])))

# ---------------------------------------------------------------- 003 PE
CVS.append(dict(
 file="w89_003_pdf_fpdf_plain.pdf", layout="pdf_fpdf_plain", tool="fpdf2 (single column, DejaVu font)",
 tricky="Ongoing research ('ago. 2025 – actualidad') → 2026-12; SERUMS (not USCE); 'enviado' manuscript not counted; Quechua language; no USMLE Step 2",
 truth=dict(full_name="Luis Alberto Quispe Mamani", email="lquispe.mamani@upch.pe", phone_e164="+51987341265",
  medical_school="Universidad Peruana Cayetano Heredia", medical_school_country="PE", graduation_year=2024, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, specialties=["Pediatrics"],
  languages=["Spanish", "Quechua", "English"], visa_status=None, publications=2,
  usce_entries=[E("observership", "Pediatrics", "FL", "2025-06", "2025-07"),
                E("research", "Hematology/Oncology", "TN", "2025-08", "2026-12")]),
 doc=dict(name="Luis Alberto Quispe Mamani", subtitle="Médico Cirujano",
  contact=["Av. Honorio Delgado 430, San Martín de Porres, Lima, Perú", "Cel.: +51 987 341 265  |  lquispe.mamani@upch.pe"],
  sections=[
   ("FORMACIÓN ACADÉMICA", [("2017 – 2024", "Médico Cirujano, Facultad de Medicina Alberto Hurtado, Universidad Peruana Cayetano Heredia"),
                            ("2023 – 2024", "Internado médico, Hospital Nacional Cayetano Heredia")]),
   ("EXPERIENCIA CLÍNICA EN EE. UU.", [("2025-06 a 2025-07", "Observership en Pediatría — Nicklaus Children's Hospital, Miami, FL"),
                                       ("ago. 2025 – actualidad", "Research fellow (pediatric leukemia) — St. Jude Children's Research Hospital, Memphis, Tennessee")]),
   ("SERVICIO RURAL", [("2024 – 2025", "SERUMS — Puesto de Salud Checca, Canas, Cusco (no incluye experiencia en EE. UU.)")]),
   ("EXÁMENES", ["USMLE Step 1 — PASS (marzo 2025)", "UWorld Self-Assessment 2: 245 (práctica)"]),
   ("ÁREA DE INTERÉS", ["Pediatría (Pediatrics residency)"]),
   ("PUBLICACIONES", ["1. Quispe-Mamani LA, et al. Anemia infantil en comunidades altoandinas. Rev Peru Med Exp Salud Publica. 2023;40(2):150-7.",
                      "2. Huerta R, Quispe-Mamani LA. Tuberculosis pediátrica en Lima Norte. Rev Med Hered. 2024;35(1):22-9.",
                      "3. Quispe-Mamani LA, Pui CH. MRD in Andean children with ALL. (manuscrito enviado, 2026)"]),
   ("IDIOMAS", ["Español (materno), Quechua (nativo), Inglés (avanzado)"]),
   ("REFERENCIAS", ["Dr. Ching-Hon Pui, St. Jude — ching-hon.pui@stjude.org — +1 901 595 3300"]),
  ])))

# ---------------------------------------------------------------- 004 BR
CVS.append(dict(
 file="w89_004_pdf_chromium_pt.pdf", layout="pdf_chromium_pt", tool="Chromium headless print-to-pdf from HTML/CSS",
 tricky="Portuguese headings; 'maio/2024' single month; residência (not primary degree); H-1B; CRM registration number; Step 3 score",
 truth=dict(full_name="Ana Carolina Ribeiro dos Santos", email="anacarol.ribeiro@usp.br", phone_e164="+5511987654321",
  medical_school="Faculdade de Medicina da Universidade de São Paulo", medical_school_country="BR", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=256, usmle_step3=228, ecfmg_status="certified", specialties=["Internal Medicine", "Cardiology"],
  languages=["Portuguese", "English", "Spanish"], visa_status="h1b", publications=3,
  usce_entries=[E("hands_on", "Cardiology", "MA", "2024-03", "2024-04"),
                E("observership", "Internal Medicine", "MN", "2024-05", "2024-05")]),
 doc=dict(name="Ana Carolina Ribeiro dos Santos", subtitle="Médica — CRM-SP 198765 — Candidata a Internal Medicine / Cardiology",
  contact=["São Paulo – SP, Brasil", "+55 (11) 98765-4321", "anacarol.ribeiro@usp.br", "Visto: buscando patrocínio H-1B"],
  sections=[
   ("Formação Acadêmica", [("2016 – 2022", "Graduação em Medicina — Faculdade de Medicina da Universidade de São Paulo (FMUSP)"),
                           ("2023 – 2025", "Residência Médica em Clínica Médica — Hospital das Clínicas da FMUSP")]),
   ("Experiência Clínica nos EUA", [("03/2024 – 04/2024", "Hands-on clinical elective, Cardiology — Massachusetts General Hospital, Boston, MA"),
                                    ("maio/2024", "Observership, Internal Medicine — Mayo Clinic, Rochester, MN")]),
   ("Exames", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 256", "USMLE Step 3: 228", "ECFMG: certificada (2024)"]),
   ("Publicações (revisadas por pares)", ["Ribeiro dos Santos AC, et al. Heart failure readmissions in Brazil. Arq Bras Cardiol. 2023;120(4):e20220345.",
                                          "Lima F, Ribeiro dos Santos AC. Dengue myocarditis: case series. Rev Soc Bras Med Trop. 2024;57:e0012.",
                                          "Ribeiro dos Santos AC, Souza M. Atrial fibrillation anticoagulation gaps. Clinics (Sao Paulo). 2025;80:100321."]),
   ("Pôsteres", ["ACC.24 Atlanta — poster: SGLT2i uptake in Latin America (resumo)."]),
   ("Idiomas", ["Português (nativo) · Inglês (fluente) · Espanhol (intermediário)"]),
   ("Referências", ["Dr. Michael H. Chen — MGH Cardiology — mhchen@mgh.harvard.edu — +1 617 726 2000"]),
  ])))

# ---------------------------------------------------------------- 005 VE
CVS.append(dict(
 file="w89_005_docx_header.docx", layout="docx_header", tool="python-docx (contacts only in page header)",
 tricky="Email/phone only in the Word header part; US phone; green card; ongoing research '09/2023 – present'; two Miami-area hospitals",
 truth=dict(full_name="Andrés Eduardo Márquez Villalobos", email="andres.marquezv@gmail.com", phone_e164="+17864429031",
  medical_school="Universidad Central de Venezuela", medical_school_country="VE", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=238, usmle_step3=221, ecfmg_status="certified", specialties=["Family Medicine", "Geriatrics"],
  languages=["Spanish", "English", "Italian"], visa_status="green_card", publications=2,
  usce_entries=[E("hands_on", "Family Medicine", "FL", "2023-01", "2023-04"),
                E("observership", "Geriatrics", "FL", "2023-05", "2023-06"),
                E("research", "Infectious Disease", "FL", "2023-09", "2026-12")]),
 doc=dict(name="Andrés Eduardo Márquez Villalobos", subtitle="Médico Cirujano (UCV) — Family Medicine / Geriatrics",
  contact=["Doral, FL 33178", "(786) 442-9031", "andres.marquezv@gmail.com", "Permanent Resident (Green Card)"],
  sections=[
   ("Education", [("2012 – 2018", "Médico Cirujano, Escuela de Medicina Luis Razetti, Universidad Central de Venezuela, Caracas"),
                  ("2018 – 2019", "Internado rotatorio, Hospital Universitario de Caracas")]),
   ("US Clinical Experience", [("Jan 2023 – Apr 2023", "Hands-on clinical rotation, Family Medicine — Larkin Community Hospital, South Miami, FL"),
                               ("May–Jun 2023", "Observership, Geriatrics — Mount Sinai Medical Center, Miami Beach, FL"),
                               ("09/2023 – present", "Clinical Research Coordinator (HIV/ID trials) — University of Miami Miller School of Medicine, Miami, FL")]),
   ("Work experience (Venezuela)", [("2019 – 2022", "Médico residente asistencial, Medicina Interna — Hospital Vargas de Caracas")]),
   ("Licensing exams", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 238", "USMLE Step 3 — 221", "ECFMG Certified (2022)"]),
   ("Publications", ["Márquez-Villalobos AE, et al. Long-acting cabotegravir adherence in Hispanic adults. AIDS Care. 2025;37(2):211-9.",
                     "Pérez L, Márquez-Villalobos AE. Malaria resurgence in Bolívar State. Rev Panam Salud Publica. 2021;45:e88.",
                     "Abstract: IDWeek 2024, Los Angeles (poster)."]),
   ("Languages", ["Spanish (native), English (fluent), Italian (conversational)"]),
   ("References", ["Dr. Susanne Doblecki-Lewis, MD — sdoblecki@med.miami.edu", "Dr. Hernán Rivas — Larkin — hrivas@larkinhospital.com — (305) 284-7500"]),
  ])))

# ---------------------------------------------------------------- 006 CU
CVS.append(dict(
 file="w89_006_odt_odfpy.odt", layout="odt_odfpy", tool="odfpy (ODF text, paragraph styles)",
 tricky="Cuban MGI specialty (not primary degree); dates '2024.02 – 2024.04'; single-month observership in Puerto Rico (PR); internationalist mission in Venezuela not USCE; US citizen",
 truth=dict(full_name="Yanelis Rodríguez Pérez", email="yanelis.rodriguez.md@yahoo.com", phone_e164="+13055184472",
  medical_school="Universidad de Ciencias Médicas de La Habana", medical_school_country="CU", graduation_year=2015, is_student=False,
  usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="certified", specialties=["Family Medicine"],
  languages=["Spanish", "English"], visa_status="citizen", publications=0,
  usce_entries=[E("hands_on", "Family Medicine", "FL", "2024-02", "2024-04"),
                E("observership", "Pediatrics", "PR", "2024-06", "2024-06")]),
 doc=dict(name="Yanelis Rodríguez Pérez", subtitle="Doctora en Medicina — Especialista de Primer Grado en MGI",
  contact=["Hialeah, Florida", "Teléfono: +1 305-518-4472", "E-mail: yanelis.rodriguez.md@yahoo.com", "Ciudadana estadounidense (U.S. Citizen)"],
  sections=[
   ("Formación académica", [("2009 – 2015", "Doctor en Medicina — Universidad de Ciencias Médicas de La Habana (Facultad \"Calixto García\")"),
                            ("2015 – 2018", "Especialidad en Medicina General Integral (MGI) — Policlínico Plaza de la Revolución")]),
   ("Experiencia clínica en EE. UU.", [("2024.02 – 2024.04", "Rotación práctica (hands-on), Medicina Familiar — Hialeah Hospital, Hialeah, FL"),
                                       ("2024.06", "Observership en Pediatría — Hospital San Jorge, San Juan, Puerto Rico")]),
   ("Experiencia profesional", [("2018 – 2020", "Médica, Misión Barrio Adentro — Estado Lara, Venezuela"),
                                ("2020 – 2022", "Médica de familia, Consultorio 14, La Habana")]),
   ("Exámenes", ["USMLE Step 1: Aprobado (Pass)", "USMLE Step 2 CK: 226", "Certificación ECFMG: obtenida en 2024"]),
   ("Objetivo", ["Residencia en Family Medicine (Medicina Familiar)."]),
   ("Idiomas", ["Español — lengua materna; Inglés — avanzado"]),
   ("Referencias", ["Dr. Orlando Vázquez, Hialeah Hospital — ovazquez@hialeahhosp.com — (305) 693-6100"]),
  ])))

# ---------------------------------------------------------------- 007 DO
CVS.append(dict(
 file="w89_007_rtf_hand.rtf", layout="rtf_hand", tool="hand-written RTF (\\uN escapes for accents)",
 tricky="Student (expected 2027); Puerto Rico externship (PR); 'Jackson Memorial Hospital, Miami' (FL inferred); ECFMG pending; poster only",
 truth=dict(full_name="Carlos Manuel Peña Almonte", email="cpena.almonte@est.pucmm.edu.do", phone_e164="+18096224517",
  medical_school="Pontificia Universidad Católica Madre y Maestra", medical_school_country="DO", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", specialties=["General Surgery"],
  languages=["Spanish", "English"], visa_status="b1b2", publications=0,
  usce_entries=[E("hands_on", "General Surgery", "PR", "2025-07", "2025-07"),
                E("observership", "Anesthesiology", "FL", "2025-08", "2025-08")]),
 doc=dict(name="Carlos Manuel Peña Almonte", subtitle="Estudiante de Medicina (6.º año) — PUCMM, Santiago de los Caballeros",
  contact=["Tel.: +1 (809) 622-4517", "Email: cpena.almonte@est.pucmm.edu.do", "Visa B1/B2"],
  sections=[
   ("Educación", [("2021 – presente", "Doctor en Medicina (en curso), Pontificia Universidad Católica Madre y Maestra (PUCMM). Graduación esperada: junio 2027"),
                  ("2026", "Internado rotatorio — Hospital Metropolitano de Santiago (HOMS)")]),
   ("Rotaciones en EE. UU.", [("Jul 2025", "Surgical externship (hands-on), General Surgery — Hospital Auxilio Mutuo, San Juan, PR"),
                              ("Aug 2025", "Observership, Anesthesiology — Jackson Memorial Hospital, Miami")]),
   ("USMLE", ["Step 1: PASS (mayo 2025)", "ECFMG ID 1-234-567-8 — certificación pendiente"]),
   ("Interés", ["Cirugía General (General Surgery)"]),
   ("Presentaciones", ["Póster: Apendicitis complicada en niños. Jornada Científica PUCMM, 2024."]),
   ("Idiomas", ["Español (nativo); Inglés (fluido)"]),
   ("Referencia", ["Dr. Rafael Ortiz Morales, Hospital Auxilio Mutuo — rortiz@auxiliomutuo.com — +1 787 758 2000"]),
  ])))

# ---------------------------------------------------------------- 008 AR
CVS.append(dict(
 file="w89_008_txt_plain.txt", layout="txt_plain", tool="plain UTF-8 text (python write)",
 tricky="Plain text; Canadian observership (not USCE); Argentine mobile '+54 9 11' (9 kept in E.164); 12-month research fellowship + observership; 'Sept 2023' spelling; abstracts not counted; 4 languages",
 truth=dict(full_name="Sofía Belén Fernández", email="sofia.b.fernandez@fmed.uba.ar", phone_e164="+5491145678901",
  medical_school="Universidad de Buenos Aires", medical_school_country="AR", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", specialties=["Neurology"],
  languages=["Spanish", "English", "Portuguese", "German"], visa_status="j1", publications=4,
  usce_entries=[E("research", "Neurology", "MD", "2023-09", "2024-08"),
                E("observership", "Neurology", "OH", "2024-10", "2024-11")]),
 doc=dict(name="Sofía Belén Fernández", subtitle="Médica (UBA) — Neurology residency applicant",
  contact=["Buenos Aires, Argentina", "Cel: +54 9 11 4567-8901", "sofia.b.fernandez@fmed.uba.ar", "Visa: J-1 (ECFMG sponsorship)"],
  sections=[
   ("FORMACIÓN", [("2014 – 2020", "Médica, Facultad de Medicina, Universidad de Buenos Aires (UBA)"),
                  ("2020 – 2023", "Residencia en Neurología, Hospital Italiano de Buenos Aires")]),
   ("US EXPERIENCE", [("Sept 2023 – Aug 2024", "Postdoctoral research fellow, Neurology (stroke imaging) — Johns Hopkins University, Baltimore, MD"),
                      ("Oct–Nov 2024", "Clinical observership, Neurology — Cleveland Clinic, Cleveland, OH")]),
   ("OTHER INTERNATIONAL EXPERIENCE", [("Jun 2022 – Jul 2022", "Observership, Stroke Neurology — Toronto Western Hospital, Toronto, ON, Canada")]),
   ("EXAMS", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 249", "ECFMG certified: yes (2023)"]),
   ("PUBLICATIONS (peer-reviewed)", ["1. Fernández SB, et al. Neurology. 2024;102(5):e208976.",
                                     "2. Fernández SB, Hillis AE. Stroke. 2024;55(3):611-9.",
                                     "3. Fernández SB, et al. Medicina (B Aires). 2022;82(4):512-8.",
                                     "4. Rossi G, Fernández SB. J Neurol Sci. 2023;447:120601."]),
   ("ABSTRACTS", ["International Stroke Conference 2024 (x2 abstracts)"]),
   ("IDIOMAS / LANGUAGES", ["Español (nativo), English (C2), Português (B2), Deutsch (A2)"]),
   ("REFERENCES", ["Argye E. Hillis, MD — Johns Hopkins — argye@jhmi.edu — +1 410 614 2381"]),
  ])))

# ---------------------------------------------------------------- 009 EC
CVS.append(dict(
 file="w89_009_pdf_soffice.pdf", layout="pdf_soffice", tool="python-docx → LibreOffice headless → PDF",
 tricky="Telehealth rotation (counts in usce_months, not clinical); año de salud rural; hyphen date ranges '01/2025 - 02/2025'; no visa statement",
 truth=dict(full_name="Diego Fernando Andrade Salazar", email="dandrade.salazar@puce.edu.ec", phone_e164="+593991234567",
  medical_school="Pontificia Universidad Católica del Ecuador", medical_school_country="EC", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=230, usmle_step3=None, ecfmg_status="certified", specialties=["Internal Medicine", "Pulmonology/Critical Care"],
  languages=["Spanish", "English"], visa_status=None, publications=1,
  usce_entries=[E("hands_on", "Internal Medicine", "NY", "2025-01", "2025-02"),
                E("telehealth", "Internal Medicine", "LA", "2025-03", "2025-03"),
                E("observership", "Pulmonology/Critical Care", "TX", "2025-04", "2025-06")]),
 doc=dict(name="Diego Fernando Andrade Salazar", subtitle="Médico — Quito, Ecuador",
  contact=["Quito, Ecuador", "+593 99 123 4567", "dandrade.salazar@puce.edu.ec"],
  sections=[
   ("Objetivo profesional", ["Residencia en Internal Medicine con interés posterior en Pulmonary/Critical Care."]),
   ("Formación académica", [("2016 - 2022", "Médico, Facultad de Medicina, Pontificia Universidad Católica del Ecuador (PUCE), Quito"),
                            ("2021 - 2022", "Internado rotativo, Hospital Carlos Andrade Marín")]),
   ("Año de salud rural", [("2022 - 2023", "Médico rural, Centro de Salud Tipo A, Cotacachi, Imbabura")]),
   ("Experiencia clínica en EE. UU.", [("01/2025 - 02/2025", "Hands-on rotation, Internal Medicine — Brookdale University Hospital, Brooklyn, NY"),
                                       ("03/2025", "Telehealth rotation, Internal Medicine — Ochsner Health, New Orleans, LA (virtual)"),
                                       ("04/2025 - 06/2025", "Observership, Pulmonary & Critical Care — Baylor St. Luke's Medical Center, Houston, TX")]),
   ("USMLE", ["Step 1: Pass — Step 2 CK: 230 — ECFMG Certified (2024)"]),
   ("Publicaciones", ["Andrade-Salazar DF, et al. COVID-19 y altitud: mortalidad en UCI en Quito. Rev Fac Cien Med (Quito). 2023;48(1):33-41."]),
   ("Idiomas", ["Español (nativo), Inglés (avanzado, IELTS 7.5)"]),
   ("Referencias", ["Dr. Kevin Brooks, Brookdale — kbrooks@bhmcny.org — +1 718 240 5000"]),
  ])))

# ---------------------------------------------------------------- 010 CL
CVS.append(dict(
 file="w89_010_pdf_chromium_2col.pdf", layout="pdf_chromium_2col", tool="Chromium headless print-to-pdf, CSS grid 2 columns",
 tricky="Two CSS columns (text order interleaves); Step 1 three-digit score (pre-2022); EUNACOM; 'Summer 2022' only in Chilean course (not USCE)",
 truth=dict(full_name="Valentina Ignacia Soto Muñoz", email="valentina.soto.m@uc.cl", phone_e164="+56981234567",
  medical_school="Pontificia Universidad Católica de Chile", medical_school_country="CL", graduation_year=2019, is_student=False,
  usmle_step1=235, usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", specialties=["Psychiatry"],
  languages=["Spanish", "English"], visa_status="j1", publications=2,
  usce_entries=[E("observership", "Psychiatry", "MA", "2023-06", "2023-08"),
                E("hands_on", "Psychiatry", "CA", "2024-02", "2024-03")]),
 doc=dict(name="Valentina Ignacia Soto Muñoz", subtitle="Médica Cirujana — Psychiatry",
  contact=["Santiago, Chile", "+56 9 8123 4567", "valentina.soto.m@uc.cl", "Visa: J-1 required"],
  sections=[
   ("Formación académica", [("2012 – 2019", "Médico Cirujano — Pontificia Universidad Católica de Chile"),
                            ("Summer 2022", "Curso de verano en psicoterapia breve — Universidad de Chile, Santiago")]),
   ("Experiencia clínica en EE. UU.", [("Jun 2023 – Aug 2023", "Observership, Adult Psychiatry — McLean Hospital, Belmont, MA"),
                                       ("Feb 2024 – Mar 2024", "Hands-on elective, Psychiatry — UCLA Resnick Neuropsychiatric Hospital, Los Angeles, CA")]),
   ("Experiencia en Chile", [("2020 – 2023", "Médica EDF (Etapa de Destinación y Formación), CESFAM Alto Hospicio")]),
   ("Exámenes", ["EUNACOM 2019: 85.1%", "USMLE Step 1: 235", "USMLE Step 2 CK: 247", "ECFMG: Certified"]),
   ("Publicaciones", ["Soto-Muñoz VI, et al. Rev Med Chil. 2021;149(8):1150-8.", "Soto-Muñoz VI, Florenzano R. Rev Chil Neuro-Psiquiatr. 2022;60(2):140-9."]),
   ("Idiomas", ["Español (nativo)", "Inglés (C1)"]),
   ("Referencias", ["Dr. Joseph Gold, McLean Hospital — jgold@mclean.harvard.edu — +1 617 855 2000"]),
  ])))

# ---------------------------------------------------------------- 011 MX
CVS.append(dict(
 file="w89_011_docx_soffice.docx", layout="docx_soffice", tool="HTML → LibreOffice headless → DOCX (MS Word 2007 XML)",
 tricky="Step 1 passed on 2nd attempt (truth 'pass'); ENARM score; dates 'sep. 2024' and 'oct.–dic. 2024'; El Paso rotation",
 truth=dict(full_name="José Luis Hernández Ávila", email="joseluis.hdz.avila@hotmail.com", phone_e164="+523312457789",
  medical_school="Universidad de Guadalajara", medical_school_country="MX", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=224, usmle_step3=None, ecfmg_status="certified", specialties=["Anesthesiology"],
  languages=["Spanish", "English"], visa_status="b1b2", publications=0,
  usce_entries=[E("observership", "Anesthesiology", "TX", "2024-09", "2024-09"),
                E("hands_on", "Internal Medicine", "TX", "2024-10", "2024-12")]),
 doc=dict(name="José Luis Hernández Ávila", subtitle="Médico Cirujano y Partero — Aspirante a Anesthesiology",
  contact=["Guadalajara, Jalisco, México", "+52 33 1245 7789", "joseluis.hdz.avila@hotmail.com", "Visa B1/B2"],
  sections=[
   ("Formación académica", [("2015 – 2021", "Médico Cirujano y Partero — Centro Universitario de Ciencias de la Salud, Universidad de Guadalajara"),
                            ("2020 – 2021", "Internado de pregrado — Hospital Civil de Guadalajara Fray Antonio Alcalde"),
                            ("2021 – 2022", "Servicio social — IMSS-Bienestar, Tlaquepaque")]),
   ("Experiencia clínica en EE. UU.", [("sep. 2024", "Observership, Anestesiología — University of Texas Medical Branch, Galveston, TX"),
                                       ("oct.–dic. 2024", "Rotación hands-on, Internal Medicine — Texas Tech University HSC, El Paso, TX")]),
   ("Exámenes", ["ENARM 2022: 71.2 puntos", "USMLE Step 1: Pass (segundo intento, 2023)", "USMLE Step 2 CK: 224 (2024)", "ECFMG: certificado (2024)"]),
   ("Idiomas", ["Español (nativo) — Inglés (avanzado)"]),
   ("Referencias", ["Dr. Sunil Mehta, UTMB Anesthesiology — smehta@utmb.edu — (409) 772-1221"]),
  ])))

# ---------------------------------------------------------------- 012 CO
CVS.append(dict(
 file="w89_012_pdf_fpdf_footer.pdf", layout="pdf_fpdf_footer", tool="fpdf2 with contacts printed only in page footer",
 tricky="Student (5th year, expected 2027); contacts only in footer; 'dic. 2025 – ene. 2026' across year; French listed",
 truth=dict(full_name="Laura Daniela Martínez Rojas", email="lauramartinez.rojas@javeriana.edu.co", phone_e164="+573157789012",
  medical_school="Pontificia Universidad Javeriana", medical_school_country="CO", graduation_year=2027, is_student=True,
  usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, specialties=["Obstetrics and Gynecology"],
  languages=["Spanish", "English", "French"], visa_status="b1b2", publications=0,
  usce_entries=[E("observership", "Obstetrics and Gynecology", "FL", "2025-12", "2026-01")]),
 doc=dict(name="Laura Daniela Martínez Rojas", subtitle="Estudiante de Medicina — 10.º semestre",
  contact=["Bogotá D.C., Colombia", "Cel. +57 315 778 9012", "lauramartinez.rojas@javeriana.edu.co"],
  sections=[
   ("Formación académica", [("2021 – actual", "Medicina, Facultad de Medicina, Pontificia Universidad Javeriana, Bogotá. Grado esperado: 2027"),
                            ("2020", "Bachillerato — Colegio San Bartolomé La Merced")]),
   ("Experiencia clínica en EE. UU.", [("dic. 2025 – ene. 2026", "Observership, Obstetricia y Ginecología (OB/GYN) — Baptist Health South Florida, Miami, FL")]),
   ("Prácticas clínicas (Colombia)", [("2024 – actual", "Rotaciones de pregrado — Hospital Universitario San Ignacio")]),
   ("Interés", ["Obstetrics and Gynecology"]),
   ("Visa", ["B1/B2 vigente hasta 2030"]),
   ("Idiomas", ["Español (nativo), Inglés (B2), Francés (A2)"]),
   ("Referencia", ["Dra. Gloria Pinzón, HUSI — gpinzon@husi.org.co — +57 1 594 6161"]),
  ])))

# ---------------------------------------------------------------- 013 BR/AR
CVS.append(dict(
 file="w89_013_pdf_reportlab_table.pdf", layout="pdf_reportlab_table", tool="reportlab platypus Table",
 tricky="Brazilian who graduated in Argentina (school country AR); Revalida approval; ISO dates '2024-08 – 2024-09' with overlapping month (union = 3)",
 truth=dict(full_name="Rafael Augusto Moreira Costa", email="rafael.amcosta@gmail.com", phone_e164="+5531991827364",
  medical_school="Universidad Nacional de Rosario", medical_school_country="AR", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", specialties=["Gastroenterology", "Internal Medicine"],
  languages=["Portuguese", "Spanish", "English"], visa_status="h1b", publications=3,
  usce_entries=[E("hands_on", "Gastroenterology", "FL", "2024-08", "2024-09"),
                E("observership", "Internal Medicine", "NY", "2024-09", "2024-10")]),
 doc=dict(name="Rafael Augusto Moreira Costa", subtitle="Médico — Belo Horizonte, MG, Brasil",
  contact=["Belo Horizonte – MG", "+55 31 99182-7364", "rafael.amcosta@gmail.com", "H-1B visa sponsorship needed"],
  sections=[
   ("Formação", [("2013 – 2019", "Médico — Facultad de Ciencias Médicas, Universidad Nacional de Rosario, Argentina"),
                 ("2021", "Revalida (INEP) — aprovado; CRM-MG 87412")]),
   ("Experiência Clínica nos EUA", [("2024-08 – 2024-09", "Hands-on rotation, Gastroenterology — Jackson Memorial Hospital, Miami, Florida"),
                                    ("2024-09 – 2024-10", "Observership, Internal Medicine — NYU Langone Health, New York, NY")]),
   ("Experiência no Brasil", [("2020 – 2024", "Médico plantonista — Hospital Felício Rocho, Belo Horizonte")]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 252", "ECFMG: Certified (2023)"]),
   ("Publicações", ["Moreira Costa RA, et al. Arq Gastroenterol. 2022;59(3):401-7.",
                    "Moreira Costa RA, Silva T. GE Port J Gastroenterol. 2023;30(1):55-62.",
                    "Costa RAM, et al. World J Hepatol. 2024;16(6):880-9.",
                    "Manuscrito em preparação: Helicobacter pylori eradication in Minas Gerais."]),
   ("Idiomas", ["Português (nativo); Espanhol (fluente); Inglês (fluente)"]),
   ("Referências", ["Dr. Enrique Ramos, Jackson Memorial GI — eramos@jhsmiami.org — +1 305 585 5000"]),
  ])))

# ---------------------------------------------------------------- 014 PE
CVS.append(dict(
 file="w89_014_odt_table.odt", layout="odt_table", tool="odfpy with table:table for contact block and rotations",
 tricky="Contacts in ODT table; NJ hospital with state only in 'Jersey City, NJ'; ongoing research 'abr. 2023 – a la fecha'; 5 papers + 2 posters",
 truth=dict(full_name="Rosa Elena Huamán Torres", email="rosa.huaman.t@gmail.com", phone_e164="+51945612378",
  medical_school="Universidad Nacional Mayor de San Marcos", medical_school_country="PE", graduation_year=2016, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=215, ecfmg_status="certified", specialties=["Rheumatology", "Internal Medicine"],
  languages=["Spanish", "English"], visa_status="j1", publications=5,
  usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2023-01", "2023-03"),
                E("research", "Rheumatology", "NY", "2023-04", "2026-12")]),
 doc=dict(name="Rosa Elena Huamán Torres", subtitle="Médica Cirujana — Internal Medicine / Rheumatology",
  contact=["Lima, Perú / New York, NY", "+51 945 612 378", "rosa.huaman.t@gmail.com", "J-1 (research scholar)"],
  sections=[
   ("Formación académica", [("2009 – 2016", "Médico Cirujano — Facultad de Medicina San Fernando, Universidad Nacional Mayor de San Marcos"),
                            ("2017 – 2020", "Residentado médico en Medicina Interna — Hospital Nacional Dos de Mayo")]),
   ("Experiencia en EE. UU.", [("ene. 2023 – mar. 2023", "Clinical rotation (hands-on), Internal Medicine — Jersey City Medical Center, Jersey City, NJ"),
                               ("abr. 2023 – a la fecha", "Research fellow, Rheumatology (lupus cohort) — Hospital for Special Surgery, New York, NY")]),
   ("Exámenes", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 236", "USMLE Step 3: 215", "ECFMG Certified"]),
   ("Publicaciones", ["1. Huamán-Torres RE, et al. Lupus. 2024;33(4):377-85.", "2. Huamán-Torres RE, et al. Arthritis Care Res. 2024;76(9):1201-9.",
                      "3. Salmon JE, Huamán-Torres RE. J Rheumatol. 2025;52(1):44-51.", "4. Huamán RE, et al. Rev Soc Peru Med Interna. 2019;32(2):60-6.",
                      "5. Huamán RE, et al. Acta Med Peru. 2020;37(3):290-7.", "Pósters: ACR Convergence 2023; ACR Convergence 2024."]),
   ("Idiomas", ["Español, Inglés"]),
   ("Referencias", ["Jane E. Salmon, MD — HSS — salmonj@hss.edu — +1 212 606 1000"]),
  ])))

# ---------------------------------------------------------------- 015 VE
CVS.append(dict(
 file="w89_015_rtf_soffice.rtf", layout="rtf_soffice", tool="HTML → LibreOffice headless → RTF",
 tricky="'March–May 2025' range; Philadelphia without state (PA inferred from CHOP, Philadelphia); PR observership '06/2025'; not yet ECFMG certified",
 truth=dict(full_name="Gabriela Alejandra Urdaneta Finol", email="gaby.urdaneta.finol@gmail.com", phone_e164="+584146082231",
  medical_school="Universidad del Zulia", medical_school_country="VE", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", specialties=["Pediatrics"],
  languages=["Spanish", "English", "Italian"], visa_status="b1b2", publications=0,
  usce_entries=[E("observership", "Pediatrics", "PA", "2025-03", "2025-05"),
                E("observership", "Pediatrics", "PR", "2025-06", "2025-06")]),
 doc=dict(name="Gabriela Alejandra Urdaneta Finol", subtitle="Médica Cirujana — Pediatrics applicant",
  contact=["Maracaibo, Zulia, Venezuela", "WhatsApp +58 414-608-2231", "gaby.urdaneta.finol@gmail.com"],
  sections=[
   ("Formación académica", [("2013 – 2020", "Médico Cirujano, Facultad de Medicina, Universidad del Zulia (LUZ), Maracaibo"),
                            ("2020 – 2021", "Médico rural — Ambulatorio Urbano Tipo II, Cabimas")]),
   ("US Clinical Experience", [("March–May 2025", "Pediatric observership — Children's Hospital of Philadelphia (CHOP), Philadelphia"),
                               ("06/2025", "Observership, Pediatría — Hospital Universitario Dr. Ramón Ruiz Arnau, Bayamón, Puerto Rico")]),
   ("Experiencia en Venezuela", [("2021 – 2024", "Médico residente de Pediatría — Hospital Universitario de Maracaibo")]),
   ("Exámenes", ["USMLE Step 1: Pass (2024)", "Step 2 CK: programado para febrero 2026", "ECFMG: aún no certificada"]),
   ("Visa", ["B1/B2"]),
   ("Idiomas", ["Español (nativo), Inglés (fluido), Italiano (básico)"]),
   ("Referencias", ["Dr. Mark Levinson, CHOP — levinsonm@chop.edu — +1 215 590 1000"]),
  ])))

# ---------------------------------------------------------------- 016 DO
CVS.append(dict(
 file="w89_016_pdf_chromium_footer.pdf", layout="pdf_chromium_footer", tool="Chromium headless print-to-pdf with fixed-position footer holding contacts",
 tricky="Contacts only in page footer; US citizen born in NY; Ponce PR rotation; Jackson Memorial 'Miami' (FL); pasantía médica de ley (not USCE)",
 truth=dict(full_name="Miguel Ángel Taveras Reyes", email="mtaveras.reyes@intec.edu.do", phone_e164="+18293471190",
  medical_school="Instituto Tecnológico de Santo Domingo", medical_school_country="DO", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", specialties=["Emergency Medicine"],
  languages=["Spanish", "English"], visa_status="citizen", publications=0,
  usce_entries=[E("hands_on", "Emergency Medicine", "NY", "2025-02", "2025-03"),
                E("hands_on", "Internal Medicine", "PR", "2025-04", "2025-04"),
                E("observership", "Emergency Medicine", "FL", "2025-05", "2025-05")]),
 doc=dict(name="Miguel Ángel Taveras Reyes", subtitle="Doctor en Medicina (INTEC) — Emergency Medicine",
  contact=["Santo Domingo, República Dominicana", "+1 829-347-1190", "mtaveras.reyes@intec.edu.do", "U.S. citizen (born in New York)"],
  sections=[
   ("Formación académica", [("2017 – 2023", "Doctor en Medicina — Instituto Tecnológico de Santo Domingo (INTEC)"),
                            ("2023 – 2024", "Pasantía médica de ley — Hospital Municipal de Baní")]),
   ("US Clinical Experience", [("Feb 2025 – Mar 2025", "Hands-on rotation, Emergency Medicine — Lincoln Medical Center, Bronx, NY"),
                               ("Apr 2025", "Hands-on rotation, Internal Medicine — Hospital Episcopal San Lucas, Ponce, Puerto Rico"),
                               ("May 2025", "Observership, Emergency Medicine — Jackson Memorial Hospital, Miami")]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 245", "ECFMG: Certified (2024)", "NBME Form 13 (práctica): 252"]),
   ("Idiomas", ["Español, English"]),
   ("Referencias", ["Dr. Luis Camacho, Lincoln Medical Center — lcamacho@nychhc.org — +1 718 579 5000"]),
  ])))

# ================================================================ SCANS
SCANS = []
SCANS.append(dict(
 file="w89_017_scan_png.png", layout="scan_png", tool="Pillow render → rotate 1.2°, gaussian noise, blur (PNG)",
 tricky="Image only; Spanish; '03/2022 – 05/2022'",
 truth=dict(full_name="Osmany Leyva Castillo", email="osmany.leyva@gmail.com", phone_e164="+17863320415",
  medical_school="Universidad de Ciencias Médicas de Santiago de Cuba", medical_school_country="CU", graduation_year=2012, is_student=False,
  usmle_step1="pass", usmle_step2ck=219, usmle_step3=None, ecfmg_status="certified", specialties=["Internal Medicine"],
  languages=["Spanish", "English"], visa_status="green_card", publications=0,
  usce_entries=[E("hands_on", "Internal Medicine", "FL", "2022-03", "2022-05")]),
 doc=dict(name="Osmany Leyva Castillo", subtitle="Doctor en Medicina — Internal Medicine",
  contact=["Hialeah, FL · +1 (786) 332-0415 · osmany.leyva@gmail.com · Green Card"],
  sections=[
   ("Formación académica", [("2006 – 2012", "Doctor en Medicina — Universidad de Ciencias Médicas de Santiago de Cuba")]),
   ("Experiencia clínica en EE. UU.", [("03/2022 – 05/2022", "Hands-on rotation, Internal Medicine — Palmetto General Hospital, Hialeah, FL")]),
   ("USMLE", ["Step 1: Pass · Step 2 CK: 219 · ECFMG certificado"]),
   ("Idiomas", ["Español, Inglés"]),
  ])))
SCANS.append(dict(
 file="w89_018_scan_jpg.jpg", layout="scan_jpg", tool="Pillow render → rotate -0.8°, low contrast, JPEG q=55",
 tricky="Image only, low contrast JPEG; 'ago. 2024 – sep. 2024'; ENARM",
 truth=dict(full_name="Daniela Treviño Garza", email="dani.trevino.garza@uanl.edu.mx", phone_e164="+528112345670",
  medical_school="Universidad Autónoma de Nuevo León", medical_school_country="MX", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", specialties=["Pediatrics"],
  languages=["Spanish", "English"], visa_status="b1b2", publications=0,
  usce_entries=[E("observership", "Pediatrics", "TX", "2024-08", "2024-09")]),
 doc=dict(name="Daniela Treviño Garza", subtitle="Médico Cirujano y Partero — Pediatría",
  contact=["Monterrey, N.L. · +52 81 1234 5670 · dani.trevino.garza@uanl.edu.mx"],
  sections=[
   ("Formación académica", [("2016 – 2022", "Médico Cirujano y Partero — Universidad Autónoma de Nuevo León (UANL)")]),
   ("Experiencia clínica en EE. UU.", [("ago. 2024 – sep. 2024", "Observership, Pediatrics — Texas Children's Hospital, Houston, TX")]),
   ("Exámenes", ["ENARM 2023: 69.0 · USMLE Step 1: Pass · ECFMG: en trámite (pending)"]),
   ("Visa / Idiomas", ["Visa B1/B2 · Español, Inglés"]),
  ])))
SCANS.append(dict(
 file="w89_019_scan_pdf.pdf", layout="scan_pdf", tool="Pillow render → noise/rotate → image-only PDF (Pillow PDF writer)",
 tricky="Image-only PDF; Portuguese; 11-month research + 1-month observership",
 truth=dict(full_name="Thiago Nascimento Ferreira", email="thiago.nferreira@gmail.com", phone_e164="+5521998765432",
  medical_school="Universidade Federal do Rio de Janeiro", medical_school_country="BR", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", specialties=["Radiology"],
  languages=["Portuguese", "English", "Spanish"], visa_status="j1", publications=3,
  usce_entries=[E("research", "Radiology", "PA", "2023-02", "2024-01"),
                E("observership", "Radiology", "PA", "2024-02", "2024-02")]),
 doc=dict(name="Thiago Nascimento Ferreira", subtitle="Médico (UFRJ) — Radiology",
  contact=["Rio de Janeiro, RJ · +55 21 99876-5432 · thiago.nferreira@gmail.com · Visto J-1"],
  sections=[
   ("Formação", [("2014 – 2020", "Medicina — Universidade Federal do Rio de Janeiro (UFRJ)")]),
   ("Experiência nos EUA", [("02/2023 – 01/2024", "Research fellow, Radiology — UPMC, Pittsburgh, PA"),
                            ("02/2024", "Observership, Diagnostic Radiology — UPMC Presbyterian, Pittsburgh, PA")]),
   ("USMLE", ["Step 1: Pass · Step 2 CK: 240 · ECFMG: Certified"]),
   ("Publicações", ["3 artigos revisados por pares (AJR 2023; Radiol Bras 2022; Eur Radiol 2024)"]),
   ("Idiomas", ["Português, Inglês, Espanhol"]),
  ])))
SCANS.append(dict(
 file="w89_020_scan_pdf.pdf", layout="scan_pdf", tool="Pillow render → rotate 1.8°, blur → image-only PDF (img2pdf-style via Pillow)",
 tricky="Image-only PDF; EUNACOM; no visa stated",
 truth=dict(full_name="Camila Fernanda Rojas Contreras", email="camila.rojas.c@ug.uchile.cl", phone_e164="+56976543210",
  medical_school="Universidad de Chile", medical_school_country="CL", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", specialties=["Neurology"],
  languages=["Spanish", "English"], visa_status=None, publications=1,
  usce_entries=[E("observership", "Neurology", "AZ", "2024-10", "2024-11")]),
 doc=dict(name="Camila Fernanda Rojas Contreras", subtitle="Médica Cirujana — Neurology",
  contact=["Santiago, Chile · +56 9 7654 3210 · camila.rojas.c@ug.uchile.cl"],
  sections=[
   ("Formación académica", [("2014 – 2021", "Médico Cirujano — Universidad de Chile")]),
   ("Experiencia clínica en EE. UU.", [("Oct 2024 – Nov 2024", "Observership, Neurology — Barrow Neurological Institute, Phoenix, AZ")]),
   ("Exámenes", ["EUNACOM 2021: 80.3% · USMLE Step 1: Pass · Step 2 CK: 233 · ECFMG Certified"]),
   ("Publicaciones", ["Rojas-Contreras CF, et al. Rev Med Chil. 2023;151(2):201-8."]),
   ("Idiomas", ["Español, Inglés"]),
  ])))
SCANS.append(dict(
 file="w89_021_scan_png.png", layout="scan_png", tool="Pillow render → rotate -1.5°, noise, blur, grey paper (PNG)",
 tricky="Image only; Puerto Rico rotation (PR)",
 truth=dict(full_name="Jorge Patricio Guamán Lema", email="jpguaman.lema@gmail.com", phone_e164="+593987654321",
  medical_school="Universidad Central del Ecuador", medical_school_country="EC", graduation_year=2025, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, specialties=["General Surgery"],
  languages=["Spanish", "English"], visa_status="b1b2", publications=0,
  usce_entries=[E("hands_on", "General Surgery", "PR", "2024-11", "2024-11")]),
 doc=dict(name="Jorge Patricio Guamán Lema", subtitle="Médico — Cirugía General",
  contact=["Quito · +593 98 765 4321 · jpguaman.lema@gmail.com"],
  sections=[
   ("Formación académica", [("2019 – 2025", "Médico — Universidad Central del Ecuador, Quito")]),
   ("Experiencia clínica en EE. UU.", [("Nov 2024", "Externship (hands-on), General Surgery — HIMA San Pablo, Caguas, Puerto Rico")]),
   ("USMLE", ["Step 1: Pass"]),
   ("Visa / Idiomas", ["B1/B2 · Español, Inglés"]),
  ])))

DAMAGED = [
 dict(file="w89_022_damaged_truncated.pdf", layout="damaged_truncated", tool="reportlab PDF cut to 35% of its bytes",
      tricky="Truncated PDF (no xref/trailer, cut mid-stream)"),
 dict(file="w89_023_damaged_encrypted.pdf", layout="damaged_encrypted", tool="reportlab PDF encrypted with pypdf (user password, RC4-128)",
      tricky="Needs a user password to open"),
 dict(file="w89_024_damaged_random.docx", layout="damaged_random", tool="seeded pseudo-random bytes (random.Random) with .docx name",
      tricky="Not a zip; random bytes"),
]
