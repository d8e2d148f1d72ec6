# -*- coding: utf-8 -*-
"""Fictional applicants for the w42 blind set (theme: Latin America & Caribbean).
Every person is invented; schools and hospitals are real institutions.
Each section item is either a plain string or an E(...) entry; E entries carrying
`usce=(type, specialty, state, start, end)` are the US clinical experience used for truth."""


def E(title, org="", dates="", bullets=(), usce=None):
    return {"title": title, "org": org, "dates": dates, "bullets": list(bullets), "usce": usce}


P = []

# 001 ---------------------------------------------------------------- Colombia, sidebar
P.append(dict(
    n=1, layout="chromium_sidebar", kind="chromium",
    name="Valentina Restrepo Gómez", display="Dra. Valentina Restrepo Gómez", suffix="",
    headline="Médica y Cirujana · Medicina Interna",
    email="vale.restrepo.md@gmail.com", phone="+57 310 456 7821", phone_e164="+573104567821",
    address="Calle 10 Sur #43A-25, Medellín, Antioquia, Colombia",
    school="Universidad de Antioquia", country="CO", grad=2021, student=False,
    s1="pass", s2=247, s3=None, ecfmg="certified", visa="b1b2",
    specs=["Internal Medicine"], langs=["Spanish", "English", "Portuguese"], pubs=1,
    sidebar=[("Idiomas", ["Español (nativo)", "Inglés (C1, TOEFL iBT 108)", "Portugués (básico)"]),
             ("USMLE / ECFMG", ["Step 1: Aprobado (2023)", "Step 2 CK: 247 (2024)", "ECFMG: Certificada (jun 2024)"]),
             ("Visa", ["B1/B2 vigente hasta 2031"]),
             ("Interés", ["Residencia en Medicina Interna (Match 2027)"])],
    sections=[
        ("Perfil", ["Médica general colombiana con experiencia rural y hospitalaria, interesada en Medicina Interna y en la atención del paciente crónico."]),
        ("Formación académica", [
            E("Médica y Cirujana", "Universidad de Antioquia, Facultad de Medicina — Medellín, Colombia", "feb 2015 – dic 2021",
              ["Internado rotatorio: Hospital San Vicente Fundación (ene 2021 – dic 2021)"]),
        ]),
        ("Experiencia clínica en EE. UU.", [
            E("Observership — Internal Medicine", "Jackson Memorial Hospital, Miami, FL", "ene 2024 – mar 2024",
              ["Pase de visita diario con el equipo de hospitalización", "Presentación de casos en morning report"],
              usce=("observership", "Internal Medicine", "FL", "2024-01", "2024-03")),
            E("Externship (hands-on) — Family Medicine", "Memorial Hermann Medical Group, Houston, TX", "abr 2024 – may 2024",
              ["Historia clínica y examen físico supervisados; notas en Epic"],
              usce=("hands_on", "Family Medicine", "TX", "2024-04", "2024-05")),
        ]),
        ("Experiencia profesional", [
            E("Médica de Servicio Social Obligatorio (SSO)", "E.S.E. Hospital San Juan de Dios, Santa Fe de Antioquia", "ene 2022 – dic 2022",
              ["Urgencias, consulta externa y brigadas rurales"]),
            E("Médica general — Urgencias", "Clínica Las Américas AUNA, Medellín", "feb 2023 – actualidad"),
        ]),
        ("Publicaciones", [
            "Restrepo-Gómez V, Arango JC. Hipertensión no controlada en zona rural antioqueña. Iatreia. 2023;36(2):145-153. (artículo revisado por pares)",
            "Póster: Adherencia a insulina en diabetes tipo 2. Congreso Colombiano de Medicina Interna, 2022.",
        ]),
        ("Referencias", [
            "Mark Ellison, MD — Attending, Internal Medicine, Jackson Memorial Hospital · mellison@jhsmiami.org · +1 (305) 585-1111",
            "Dr. Juan Camilo Arango — Profesor, Universidad de Antioquia · juan.arango@udea.edu.co",
        ]),
    ]))

# 002 ---------------------------------------------------------------- Ross, timeline
P.append(dict(
    n=2, layout="chromium_timeline", kind="chromium",
    name="Daniel J. Ferreira", display="Daniel J. Ferreira, MD", suffix="",
    headline="Ross University School of Medicine · Class of 2025 · Applying Emergency Medicine",
    email="dferreira.md25@outlook.com", phone="(305) 742-8816", phone_e164="+13057428816",
    address="1420 Brickell Bay Dr, Apt 1203, Miami, FL 33131",
    school="Ross University School of Medicine", country="BB", grad=2025, student=False,
    s1="pass", s2=238, s3=None, ecfmg="certified", visa="citizen",
    specs=["Emergency Medicine"], langs=["English", "Portuguese"], pubs=0,
    sections=[
        ("Education", [
            E("Doctor of Medicine (MD)", "Ross University School of Medicine — Bridgetown, Barbados", "Sep 2021 – May 2025",
              ["Basic sciences in Barbados; clinical sciences at US affiliated hospitals"]),
            E("B.S. Biology", "Florida International University, Miami, FL", "2016 – 2020"),
        ]),
        ("Core Clinical Clerkships (US)", [
            E("Internal Medicine", "Mount Sinai Hospital, Chicago, IL", "07/2023 – 09/2023",
              usce=("hands_on", "Internal Medicine", "IL", "2023-07", "2023-09")),
            E("General Surgery", "Saint Agnes Hospital, Baltimore, MD", "10/2023 – 12/2023",
              usce=("hands_on", "General Surgery", "MD", "2023-10", "2023-12")),
            E("Pediatrics", "Saint Michael's Medical Center, Newark, NJ", "01/2024 – 02/2024",
              usce=("hands_on", "Pediatrics", "NJ", "2024-01", "2024-02")),
            E("Obstetrics & Gynecology", "California Hospital Medical Center, Los Angeles, CA", "03/2024 – 04/2024",
              usce=("hands_on", "Obstetrics and Gynecology", "CA", "2024-03", "2024-04")),
            E("Psychiatry", "Atlanta Medical Center, Atlanta, GA", "05/2024 – 06/2024",
              usce=("hands_on", "Psychiatry", "GA", "2024-05", "2024-06")),
        ]),
        ("Electives / Sub-Internships", [
            E("Emergency Medicine Sub-I", "Larkin Community Hospital, South Miami, FL", "Jul 2024 – Aug 2024",
              usce=("hands_on", "Emergency Medicine", "FL", "2024-07", "2024-08")),
            E("Emergency Medicine (away elective)", "St. Joseph's University Medical Center, Paterson, NJ", "Sept 2024",
              usce=("hands_on", "Emergency Medicine", "NJ", "2024-09", "2024-09")),
        ]),
        ("Licensing Exams", ["USMLE Step 1 — PASS (Feb 2023)", "USMLE Step 2 CK — 238 (Oct 2024)", "NBME CCSE practice — 81", "ECFMG Certified — June 2025"]),
        ("Other", ["US citizen · BLS / ACLS (AHA, 2024)", "Languages: English (native), Portuguese (fluent — Brazilian family)",
                   "Volunteer EMT, Miami-Dade County (2019–2021)"]),
        ("References", ["Dr. Patricia Holloway, Clerkship Director, Larkin Community Hospital — pholloway@larkinhospital.com — (305) 284-7500"]),
    ]))

# 003 ---------------------------------------------------------------- UNAM, grid
P.append(dict(
    n=3, layout="chromium_grid", kind="chromium",
    name="José Luis Hernández Ávila", display="Dr. José Luis Hernández Ávila", suffix="",
    headline="Médico Cirujano · Research Fellow in Cardiology",
    email="jl.hernandez.avila@protonmail.com", phone="+52 55 4123 9087", phone_e164="+525541239087",
    address="Dallas, TX (actual) · Coyoacán, CDMX, México",
    school="Universidad Nacional Autónoma de México", country="MX", grad=2020, student=False,
    s1="pass", s2=252, s3=229, ecfmg="certified", visa="j1",
    specs=["Cardiology", "Internal Medicine"], langs=["Spanish", "English", "French"], pubs=3,
    sections=[
        ("Educación / Education", [
            E("Médico Cirujano", "Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)", "2014 – 2020",
              ["Internado de pregrado: Hospital General de México «Dr. Eduardo Liceaga», ene 2018 – dic 2018",
               "Servicio social: Instituto Nacional de Cardiología Ignacio Chávez (investigación), ago 2019 – jul 2020"]),
        ]),
        ("Experiencia en EE. UU. / US Experience", [
            E("Postdoctoral Research Fellow — Cardiology (J-1 research scholar)", "UT Southwestern Medical Center, Dallas, TX", "2024-01 – presente",
              ["Heart-failure registry, echo core lab"], usce=("research", "Cardiology", "TX", "2024-01", "2026-12")),
            E("Clinical Observer — Cardiology", "Houston Methodist DeBakey Heart & Vascular Center, Houston, TX", "set 2023 – nov 2023",
              usce=("observership", "Cardiology", "TX", "2023-09", "2023-11")),
        ]),
        ("Experiencia en México", [
            E("Médico general", "IMSS, UMF No. 28, Ciudad de México", "2020-09 – 2023-07"),
        ]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 252", "Step 3: 229", "ECFMG: certificado (2022)"]),
        ("Publicaciones (revisadas por pares)", [
            "Hernández-Ávila JL, et al. Sacubitril/valsartan in Mexican HFrEF cohort. Arch Cardiol Mex. 2021;91(3):301-9.",
            "Hernández-Ávila JL, Rivera M. Chagas cardiomyopathy outcomes. Int J Cardiol. 2023;372:88-94.",
            "Patel R, Hernández-Ávila JL, et al. GLS and readmission in HFpEF. JACC Heart Fail. 2025;13(2):210-219.",
        ]),
        ("Resúmenes / Abstracts", ["AHA Scientific Sessions 2024 (poster)", "ACC.25 (moderated poster)"]),
        ("Idiomas", ["Español (nativo) · English (C2) · Français (B1)"]),
        ("Intereses", ["Cardiology (long-term), Internal Medicine residency"]),
        ("Referencias", ["Dr. Rebecca Patel — Associate Professor, UTSW — rebecca.patel@utsouthwestern.edu — +1 214 645 0000"]),
    ]))

# 004 ---------------------------------------------------------------- USP, icons
P.append(dict(
    n=4, layout="chromium_icons", kind="chromium",
    name="Ana Carolina Souza Lima", display="Ana Carolina Souza Lima", suffix="",
    headline="Médica · Neurologia & Psiquiatria",
    email="anacarolina.slima@usp.br", phone="+55 (11) 98765-4321", phone_e164="+5511987654321",
    address="Rua Teodoro Sampaio, 1020 — Pinheiros, São Paulo/SP",
    school="Universidade de São Paulo", country="BR", grad=2022, student=False,
    s1="pass", s2=244, s3=None, ecfmg="pending", visa="b1b2",
    specs=["Neurology", "Psychiatry"], langs=["Portuguese", "English", "Spanish", "Italian"], pubs=2,
    sections=[
        ("Formação", [
            E("Graduação em Medicina", "Faculdade de Medicina da Universidade de São Paulo (FMUSP)", "mar/2017 – dez/2022",
              ["Internato: Hospital das Clínicas da FMUSP (2021–2022)"]),
        ]),
        ("Experiência clínica nos EUA", [
            E("Observership — Neurology", "Massachusetts General Hospital, Boston, MA", "set/2023 – out/2023",
              usce=("observership", "Neurology", "MA", "2023-09", "2023-10")),
            E("Telehealth volunteer — Neurology (Project ECHO)", "University of New Mexico HSC, Albuquerque, NM (remote)", "fev/2024 – abr/2024",
              usce=("telehealth", "Neurology", "NM", "2024-02", "2024-04")),
        ]),
        ("Experiência no Brasil", [
            E("Médica plantonista", "Hospital Israelita Albert Einstein — Pronto Atendimento", "jan/2023 – atual"),
        ]),
        ("USMLE & ECFMG", ["Step 1 — Aprovada (2023)", "Step 2 CK — 244 (2024)", "ECFMG — certificação pendente (OET agendado)"]),
        ("Publicações", [
            "Souza Lima AC, et al. Status epilepticus in São Paulo. Arq Neuropsiquiatr. 2022;80(9):901-8.",
            "Souza Lima AC, Nitrini R. Early-onset dementia registry. Dement Neuropsychol. 2024;18:e20230077.",
            "Em preparação: Autoimmune encephalitis in Brazil (manuscript).",
        ]),
        ("Idiomas", ["Português (nativo) · Inglês (fluente) · Espanhol (intermediário) · Italiano (básico)"]),
        ("Visto", ["B1/B2 (válido até 2032)"]),
        ("Referências", ["Dr. Thomas Whitcombe — Neurology, MGH — twhitcombe@mgh.harvard.edu"]),
    ]))

# 005 ---------------------------------------------------------------- Cayetano, bilingual
P.append(dict(
    n=5, layout="chromium_bilingual", kind="chromium",
    name="Luis Fernando Quispe Mamani", display="Luis Fernando Quispe Mamani, M.D.", suffix="",
    headline="Médico Cirujano · Internal Medicine / Nephrology",
    email="lfquispe.mamani@gmail.com", phone="+51 984 221 673", phone_e164="+51984221673",
    address="Av. Honorio Delgado 430, San Martín de Porres, Lima, Perú",
    school="Universidad Peruana Cayetano Heredia", country="PE", grad=2019, student=False,
    s1="pass", s2=236, s3=None, ecfmg="certified", visa="j1",
    specs=["Nephrology", "Internal Medicine"], langs=["Spanish", "Quechua", "English"], pubs=1,
    sections=[
        ("Educación / Education", [
            E("Médico Cirujano (MD equivalent)", "Universidad Peruana Cayetano Heredia, Lima", "2012 – 2019",
              ["Internado médico: Hospital Nacional Cayetano Heredia, 2018–2019"]),
        ]),
        ("Residencia / Residency", [
            E("Residente de Medicina Interna (Residentado Médico)", "Hospital Nacional Cayetano Heredia, Lima", "07/2021 – 06/2024"),
        ]),
        ("SERUMS", [E("Médico SERUMS", "Puesto de Salud Capachica, Puno", "05/2019 – 04/2020")]),
        ("Experiencia clínica en EE. UU. / US Clinical Experience", [
            E("Observership — Nephrology", "Mayo Clinic, Rochester, MN", "03/2025 – 05/2025",
              usce=("observership", "Nephrology", "MN", "2025-03", "2025-05")),
            E("Externship (hands-on) — Internal Medicine", "Brookdale Hospital Medical Center, Brooklyn, NY", "06/2025 – 07/2025",
              usce=("hands_on", "Internal Medicine", "NY", "2025-06", "2025-07")),
        ]),
        ("Exámenes / Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 236", "ECFMG Certified (2025)", "Visa: J-1 (ECFMG sponsorship required)"]),
        ("Publicaciones / Publications", ["Quispe-Mamani LF, et al. CKD of unknown etiology in the Peruvian Andes. Rev Peru Med Exp Salud Publica. 2022;39(4):412-20."]),
        ("Idiomas / Languages", ["Español (nativo), Quechua (nativo), Inglés (avanzado)"]),
        ("Referencias / References", ["Dr. Karen Lindqvist, Nephrology, Mayo Clinic — lindqvist.karen@mayo.edu — +1 507 284 2511"]),
    ]))

# 006 ---------------------------------------------------------------- SGU student, classic
P.append(dict(
    n=6, layout="chromium_classic", kind="chromium",
    name="Kavita Ramdial", display="Kavita Ramdial", suffix="",
    headline="MD Candidate, St. George's University School of Medicine (Expected May 2027)",
    email="kramdial@sgu.edu", phone="+1 (718) 555-0143", phone_e164="+17185550143",
    address="Richmond Hill, Queens, NY 11418",
    school="St. George's University School of Medicine", country="GD", grad=2027, student=True,
    s1="pass", s2=None, s3=None, ecfmg="pending", visa="green_card",
    specs=["Pediatrics"], langs=["English", "Hindi"], pubs=0,
    sections=[
        ("Education", [
            E("Doctor of Medicine (MD) candidate", "St. George's University School of Medicine, True Blue, Grenada", "Aug 2022 – May 2027 (expected)"),
            E("BSc Biology", "The University of the West Indies, St. Augustine, Trinidad and Tobago", "2017 – 2021"),
        ]),
        ("Core Clinical Rotations", [
            E("Internal Medicine (12 wks)", "The Brooklyn Hospital Center, Brooklyn, NY", "Jul 2025 – Sep 2025",
              usce=("hands_on", "Internal Medicine", "NY", "2025-07", "2025-09")),
            E("Surgery (12 wks)", "St. Joseph's University Medical Center, Paterson, NJ", "Oct 2025 – Dec 2025",
              usce=("hands_on", "General Surgery", "NJ", "2025-10", "2025-12")),
            E("Pediatrics (6 wks)", "Queens Hospital Center, Jamaica, NY", "Jan 2026 – Feb 2026",
              usce=("hands_on", "Pediatrics", "NY", "2026-01", "2026-02")),
            E("Psychiatry (6 wks)", "Kings County Hospital Center, Brooklyn, NY", "Mar 2026 – Apr 2026",
              usce=("hands_on", "Psychiatry", "NY", "2026-03", "2026-04")),
            E("Obstetrics & Gynecology (6 wks)", "Queens Hospital Center, Jamaica, NY", "May 2026 – Jun 2026",
              usce=("hands_on", "Obstetrics and Gynecology", "NY", "2026-05", "2026-06")),
            E("Family Medicine (6 wks)", "Wyckoff Heights Medical Center, Brooklyn, NY", "Jul 2026 – Aug 2026",
              usce=("hands_on", "Family Medicine", "NY", "2026-07", "2026-08")),
            E("Pediatric Sub-Internship", "Maimonides Children's Hospital, Brooklyn, NY", "Oct 2026 – present",
              usce=("hands_on", "Pediatrics", "NY", "2026-10", "2026-12")),
        ]),
        ("Examinations", ["USMLE Step 1: Pass (June 2025)", "USMLE Step 2 CK: scheduled January 2027",
                          "NBME CBSE (practice): 78 · UWSA2: 251 (practice)", "ECFMG: application in progress"]),
        ("Additional Information", ["Status: US Permanent Resident (green card)", "Languages: English (native), Hindi (conversational)",
                                    "Career interest: Pediatrics", "Poster: Childhood asthma & housing, SGU Research Day 2024"]),
        ("References", ["Dr. Sunil Mehra, Clerkship Director Pediatrics, Queens Hospital Center — mehras@nychhc.org — (718) 883-3000"]),
    ]))

# 007 ---------------------------------------------------------------- UASD, docx classic
P.append(dict(
    n=7, layout="docx_classic", kind="docx",
    name="María Altagracia Peña Rosario", display="Dra. María Altagracia Peña Rosario", suffix="",
    headline="Doctor en Medicina",
    email="maria.pena.rosario@hotmail.com", phone="+1 809-555-2741", phone_e164="+18095552741",
    address="Ensanche Naco, Santo Domingo, República Dominicana",
    school="Universidad Autónoma de Santo Domingo", country="DO", grad=2021, student=False,
    s1="pass", s2=229, s3=None, ecfmg="certified", visa="green_card",
    specs=["Obstetrics and Gynecology", "Family Medicine"], langs=["Spanish", "English"], pubs=0,
    sections=[
        ("Objetivo / Objective", ["Obtener una posición de residencia en Obstetricia y Ginecología o Medicina Familiar en los Estados Unidos."]),
        ("Educación", [
            E("Doctor en Medicina", "Universidad Autónoma de Santo Domingo (UASD), Facultad de Ciencias de la Salud", "2014 – 2021",
              ["Internado rotatorio: Hospital Docente Padre Billini (2020)"]),
        ]),
        ("Experiencia clínica en EE. UU.", [
            E("Observership, Obstetrics & Gynecology", "Lincoln Medical and Mental Health Center, Bronx, NY", "Jun–Aug 2024",
              usce=("observership", "Obstetrics and Gynecology", "NY", "2024-06", "2024-08")),
            E("Hands-on externship, Family Medicine", "Hudson Regional Hospital, Secaucus, NJ", "Sept 2024 (4 semanas)",
              usce=("hands_on", "Family Medicine", "NJ", "2024-09", "2024-09")),
        ]),
        ("Experiencia profesional", [
            E("Médico pasante (pasantía de ley)", "Hospital Municipal de Villa Vásquez, Montecristi", "2021 – 2022"),
            E("Médico general", "Hospital Maternidad Nuestra Señora de la Altagracia, Santo Domingo", "2022 – 2023"),
        ]),
        ("USMLE / ECFMG", ["Step 1: PASS", "Step 2 CK: 229", "ECFMG Certified: Sí (2024)"]),
        ("Estatus migratorio", ["Residente permanente de EE. UU. (Green Card)"]),
        ("Idiomas", ["Español (nativo); Inglés (fluido)"]),
        ("Referencias", ["Dr. Ramón Féliz, Jefe de Obstetricia, Lincoln Medical Center — ramon.feliz@nychhc.org"]),
    ]))

# 008 ---------------------------------------------------------------- UBA, docx table
P.append(dict(
    n=8, layout="docx_table", kind="docx",
    name="Martín Ezequiel Barrientos", display="Martín Ezequiel Barrientos", suffix="MD",
    headline="Médico (UBA) · Especialista en Clínica Médica · Hematology/Oncology Research",
    email="mebarrientos@fmed.uba.ar", phone="+54 9 11 5832-0917", phone_e164="+5491158320917",
    address="Av. Córdoba 2351, C1120 CABA, Argentina",
    school="Universidad de Buenos Aires", country="AR", grad=2018, student=False,
    s1="pass", s2=255, s3=240, ecfmg="certified", visa="j1",
    specs=["Hematology/Oncology", "Internal Medicine"], langs=["Spanish", "English", "Italian", "German"], pubs=5,
    sections=[
        ("Formación", [
            E("Médico (título de grado)", "Facultad de Medicina, Universidad de Buenos Aires", "2012 – 2018"),
            E("Residencia en Clínica Médica", "Hospital de Clínicas José de San Martín, CABA", "06/2019 – 05/2023"),
            E("Jefe de Residentes, Clínica Médica", "Hospital de Clínicas José de San Martín", "06/2023 – 05/2024"),
        ]),
        ("US Experience", [
            E("Research Fellow, Lymphoma/Myeloma", "MD Anderson Cancer Center, Houston, TX", "Jun 2024 – ongoing",
              usce=("research", "Hematology/Oncology", "TX", "2024-06", "2026-12")),
            E("Observership, Hematology/Oncology", "Memorial Sloan Kettering Cancer Center, New York, NY", "Feb 2025 – Mar 2025",
              usce=("observership", "Hematology/Oncology", "NY", "2025-02", "2025-03")),
        ]),
        ("USMLE", ["Step 1: Pass · Step 2 CK: 255 · Step 3: 240 · ECFMG certified (2024)"]),
        ("Career goal", ["Internal Medicine residency, then Hematology/Oncology fellowship"]),
        ("Visa", ["J-1 (research scholar, DS-2019 via MD Anderson); J-1 clinical via ECFMG for residency"]),
        ("Publicaciones (peer-reviewed)", [
            "1. Barrientos ME, et al. Medicina (B Aires). 2020;80(5):455-62.",
            "2. Barrientos ME, Rossi G. Rev Argent Hematol. 2021;25(2):33-41.",
            "3. Barrientos ME, et al. Hematol Oncol. 2023;41(4):612-20.",
            "4. Kumar S, Barrientos ME, et al. Blood Adv. 2025;9(3):501-12.",
            "5. Barrientos ME, Nastoupil L. Leuk Lymphoma. 2025;66(7):1302-9.",
            "Posters: ASH 2024 (x2) — not peer-reviewed papers",
        ]),
        ("Idiomas", ["Español (nativo), English (C2), Italiano (B2), Deutsch (A2)"]),
        ("Referencias", ["Loretta Nastoupil, MD — MD Anderson — lnastoupil@mdanderson.org — +1 713 792 2860",
                         "Dr. Guillermo Rossi — Hospital de Clínicas — grossi@hospitaldeclinicas.uba.ar"]),
    ]))

# 009 ---------------------------------------------------------------- UCV, docx header/footer contacts
P.append(dict(
    n=9, layout="docx_headerfooter", kind="docx",
    name="Andrés Eduardo Rangel Paredes", display="Andrés Eduardo Rangel Paredes", suffix="M.D.",
    headline="Médico Cirujano (UCV) · Pulmonary & Critical Care",
    email="andres.rangel.p@gmail.com", phone="(786) 390-2217", phone_e164="+17863902217",
    address="Doral, FL 33178",
    school="Universidad Central de Venezuela", country="VE", grad=2016, student=False,
    s1="pass", s2=241, s3=None, ecfmg="certified", visa="green_card",
    specs=["Pulmonology/Critical Care", "Internal Medicine"], langs=["Spanish", "English"], pubs=2,
    sections=[
        ("Education", [
            E("Médico Cirujano", "Escuela de Medicina Luis Razetti, Universidad Central de Venezuela, Caracas", "2010 – 2016"),
            E("Artículo 8 (rural service)", "Ambulatorio Rural Tipo II, El Callao, Bolívar", "2016 – 2017"),
            E("Postgrado de Medicina Interna (3 of 4 years, interrupted by emigration)", "Hospital Universitario de Caracas", "2017 – 2020"),
        ]),
        ("US Experience", [
            E("Clinical Research Coordinator, Pulmonary", "Baptist Health South Florida, Miami, FL", "March 2022 – August 2024",
              usce=("research", "Pulmonology/Critical Care", "FL", "2022-03", "2024-08")),
            E("Observership, Pulmonary & Critical Care", "Mount Sinai Medical Center, Miami Beach, FL", "Oct–Dec 2024",
              usce=("observership", "Pulmonology/Critical Care", "FL", "2024-10", "2024-12")),
        ]),
        ("Exams", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 241", "ECFMG — Certified (2023)"]),
        ("Status", ["US Lawful Permanent Resident"]),
        ("Goal", ["Internal Medicine residency → Pulmonary/Critical Care fellowship"]),
        ("Publications", ["Rangel-Paredes AE, et al. Chest. 2023;164(4):e101-e103.",
                          "Suarez M, Rangel-Paredes AE. Respir Med. 2024;221:107498.",
                          "Abstract: ATS 2024 Conference (poster)"]),
        ("Languages", ["Spanish (native), English (fluent)"]),
        ("References", ["Dr. Miguel Suárez, Pulmonary Division, Baptist Health — miguelsu@baptisthealth.net — (786) 596-1960"]),
    ]))

# 010 ---------------------------------------------------------------- Cuba, docx -> pdf
P.append(dict(
    n=10, layout="docx2pdf_soffice", kind="docx2pdf",
    name="Yanelis Fernández Castillo", display="Dra. Yanelis Fernández Castillo", suffix="",
    headline="Doctora en Medicina · Especialista de Primer Grado en MGI",
    email="yanelis.fcastillo@yahoo.com", phone="+1 305 555 0198", phone_e164="+13055550198",
    address="Hialeah, FL 33012",
    school="Universidad de Ciencias Médicas de La Habana", country="CU", grad=2015, student=False,
    s1="pass", s2=226, s3=None, ecfmg="certified", visa="green_card",
    specs=["Family Medicine", "Geriatrics"], langs=["Spanish", "English"], pubs=0,
    sections=[
        ("Formación académica", [
            E("Doctor en Medicina", "Universidad de Ciencias Médicas de La Habana, Facultad «Calixto García»", "2009 – 2015"),
            E("Especialista de Primer Grado en Medicina General Integral", "Policlínico Docente «Plaza de la Revolución», La Habana", "2015 – 2018"),
        ]),
        ("Experiencia clínica en EE. UU. / US Clinical Experience", [
            E("Observership, Internal Medicine", "Mount Sinai Medical Center, Miami Beach, FL", "01/2025–03/2025",
              usce=("observership", "Internal Medicine", "FL", "2025-01", "2025-03")),
            E("Telehealth volunteer, Geriatrics (remote, supervised)", "Hialeah Senior Care Clinic, Hialeah, FL", "2024-05 → 2024-10",
              usce=("telehealth", "Geriatrics", "FL", "2024-05", "2024-10")),
        ]),
        ("Experiencia en Cuba y misiones", [
            E("Médico, Programa Más Médicos", "Unidade Básica de Saúde, Maranhão, Brasil", "2016 – nov 2018"),
            E("Médico de familia, consultorio", "Policlínico «Plaza», La Habana", "2019 – 2022"),
        ]),
        ("USMLE / ECFMG", ["Step 1: Aprobado", "Step 2 CK: 226", "ECFMG: certificada (oct 2025)"]),
        ("Estatus migratorio", ["Residente permanente (green card) desde 2023"]),
        ("Idiomas", ["Español (nativo), Inglés (intermedio-avanzado), Portugués (conversacional)"]),
        ("Intereses", ["Medicina Familiar y Geriatría"]),
    ]))
P[-1]["langs"] = ["Spanish", "English", "Portuguese"]

# 011 ---------------------------------------------------------------- AUC, docx -> odt
P.append(dict(
    n=11, layout="docx2odt_soffice", kind="docx2odt",
    name="Gabriel Ortiz-Santiago", display="Gabriel Ortiz-Santiago, MD", suffix="",
    headline="American University of the Caribbean School of Medicine — MD 2025",
    email="g.ortizsantiago@gmail.com", phone="787-555-0162", phone_e164="+17875550162",
    address="Calle Loíza 1850, San Juan, PR 00911",
    school="American University of the Caribbean School of Medicine", country="SX", grad=2025, student=False,
    s1="pass", s2=243, s3=None, ecfmg="certified", visa="citizen",
    specs=["Family Medicine"], langs=["English", "Spanish"], pubs=0,
    sections=[
        ("Education", [
            E("Doctor of Medicine", "American University of the Caribbean School of Medicine, Cupecoy, Sint Maarten", "2021 – May 2025"),
            E("B.S. Natural Sciences", "Universidad de Puerto Rico, Río Piedras", "2016 – 2020"),
        ]),
        ("Clinical Clerkships (United States)", [
            E("Internal Medicine", "Jackson Park Hospital, Chicago, IL", "Jan 2024 – Mar 2024",
              usce=("hands_on", "Internal Medicine", "IL", "2024-01", "2024-03")),
            E("Surgery", "Kern Medical, Bakersfield, CA", "Apr 2024 – Jun 2024",
              usce=("hands_on", "General Surgery", "CA", "2024-04", "2024-06")),
            E("Psychiatry", "Interfaith Medical Center, Brooklyn, NY", "Jul 2024 – Aug 2024",
              usce=("hands_on", "Psychiatry", "NY", "2024-07", "2024-08")),
            E("Pediatrics", "NYC Health + Hospitals/South Brooklyn Health, Brooklyn, NY", "Sep 2024 – Oct 2024",
              usce=("hands_on", "Pediatrics", "NY", "2024-09", "2024-10")),
            E("Obstetrics/Gynecology", "Kern Medical, Bakersfield, CA", "Nov 2024 – Dec 2024",
              usce=("hands_on", "Obstetrics and Gynecology", "CA", "2024-11", "2024-12")),
            E("Family Medicine elective", "Broward Health Medical Center, Fort Lauderdale, FL", "Jan 2025 – Feb 2025",
              usce=("hands_on", "Family Medicine", "FL", "2025-01", "2025-02")),
        ]),
        ("Other clinical experience (not US mainland)", [
            E("Volunteer, community clinic", "Centro de Salud Familiar, Loíza, Puerto Rico", "Summer 2019"),
        ]),
        ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 243", "ECFMG: Certified (2025)"]),
        ("Personal", ["U.S. citizen (Puerto Rico)", "Bilingual: English / Spanish", "Interest: Family Medicine"]),
        ("References", ["Dr. Angela Whitfield, Program Director FM, Broward Health — awhitfield@browardhealth.org"]),
    ]))

# 012 ---------------------------------------------------------------- Saba, RTF
P.append(dict(
    n=12, layout="rtf_wordpad", kind="rtf",
    name="Camila Ríos Whitaker", display="Camila Ríos Whitaker", suffix="",
    headline="MD Candidate, Saba University School of Medicine",
    email="camila.rioswhitaker@saba.edu", phone="+1 (410) 555-0177", phone_e164="+14105550177",
    address="Towson, MD 21204",
    school="Saba University School of Medicine", country="BQ", grad=2027, student=True,
    s1="pass", s2=None, s3=None, ecfmg=None, visa="citizen",
    specs=["General Surgery", "Anesthesiology"], langs=["English", "Spanish", "Dutch"], pubs=0,
    sections=[
        ("EDUCATION", [
            E("Doctor of Medicine (expected June 2027)", "Saba University School of Medicine, The Bottom, Saba, Dutch Caribbean", "2023 – present"),
            E("BA Chemistry", "University of Maryland, Baltimore County", "2018 – 2022"),
        ]),
        ("CLINICAL CLERKSHIPS", [
            E("Internal Medicine", "MedStar Union Memorial Hospital, Baltimore, MD", "Sep 2025 - Nov 2025",
              usce=("hands_on", "Internal Medicine", "MD", "2025-09", "2025-11")),
            E("Surgery", "Ascension Providence Hospital, Southfield, MI", "Dec 2025 - Feb 2026",
              usce=("hands_on", "General Surgery", "MI", "2025-12", "2026-02")),
            E("Pediatrics", "Hurley Medical Center, Flint, MI", "Mar 2026 - Apr 2026",
              usce=("hands_on", "Pediatrics", "MI", "2026-03", "2026-04")),
            E("Psychiatry", "Hurley Medical Center, Flint, MI", "May 2026 - Jun 2026",
              usce=("hands_on", "Psychiatry", "MI", "2026-05", "2026-06")),
            E("Obstetrics & Gynecology (current)", "Ascension St. John Hospital, Detroit, MI", "Oct 2026 - present",
              usce=("hands_on", "Obstetrics and Gynecology", "MI", "2026-10", "2026-12")),
        ]),
        ("EXAMS", ["USMLE Step 1: Passed (Aug 2025)", "Step 2 CK: not yet taken"]),
        ("INTERESTS", ["General Surgery; also exploring Anesthesiology"]),
        ("OTHER", ["U.S. citizen", "Languages: English, Spanish (heritage speaker), Dutch (basic)",
                   "Poster: Perioperative hypothermia, Saba Research Symposium 2024"]),
    ]))

# 013 ---------------------------------------------------------------- Windsor, email txt
P.append(dict(
    n=13, layout="txt_email_paste", kind="txt",
    name="Widlyne Joseph", display="Widlyne Joseph, MD", suffix="",
    headline="",
    email="widlyne.joseph.md@gmail.com", phone="773.555.0119", phone_e164="+17735550119",
    address="Chicago, IL 60649",
    school="Windsor University School of Medicine", country="KN", grad=2024, student=False,
    s1="pass", s2=221, s3=None, ecfmg="certified", visa="green_card",
    specs=["Psychiatry"], langs=["English", "Haitian Creole", "French"], pubs=0,
    sections=[
        ("EDUCATION", [E("MD", "Windsor University School of Medicine, Cayon, St. Kitts", "2019-2024")]),
        ("CLINICAL ROTATIONS (all in Chicago)", [
            E("Internal Medicine", "Saint Anthony Hospital, Chicago IL", "9/2022-11/2022",
              usce=("hands_on", "Internal Medicine", "IL", "2022-09", "2022-11")),
            E("Surgery", "Saint Anthony Hospital, Chicago IL", "12/2022-2/2023",
              usce=("hands_on", "General Surgery", "IL", "2022-12", "2023-02")),
            E("Family Medicine", "Jackson Park Hospital, Chicago IL", "3/2023-4/2023",
              usce=("hands_on", "Family Medicine", "IL", "2023-03", "2023-04")),
            E("Pediatrics", "Roseland Community Hospital, Chicago IL", "5/2023-6/2023",
              usce=("hands_on", "Pediatrics", "IL", "2023-05", "2023-06")),
            E("Psychiatry", "Jackson Park Hospital, Chicago IL", "7/2023-8/2023",
              usce=("hands_on", "Psychiatry", "IL", "2023-07", "2023-08")),
            E("OB/GYN", "Roseland Community Hospital, Chicago IL", "9/2023-10/2023",
              usce=("hands_on", "Obstetrics and Gynecology", "IL", "2023-09", "2023-10")),
        ]),
        ("EXAMS", ["USMLE Step 1 - PASS", "USMLE Step 2 CK - 221", "ECFMG certified 2024"]),
        ("OTHER", ["Permanent resident (green card)", "Languages: English, Haitian Creole, French",
                   "Goal: Psychiatry residency"]),
    ]))

# 014 ---------------------------------------------------------------- UFMG, modern
P.append(dict(
    n=14, layout="chromium_modern", kind="chromium",
    name="Rafael Augusto Nogueira", display="Dr. Rafael Augusto Nogueira", suffix="",
    headline="Gastroenterologista · Internal Medicine",
    email="rafael.a.nogueira@gmail.com", phone="+55 31 99812-4470", phone_e164="+5531998124470",
    address="Belo Horizonte, MG, Brasil",
    school="Universidade Federal de Minas Gerais", country="BR", grad=2019, student=False,
    s1="pass", s2=249, s3=None, ecfmg="certified", visa="b1b2",
    specs=["Gastroenterology", "Internal Medicine"], langs=["Portuguese", "English", "Spanish"], pubs=4,
    sections=[
        ("Formação acadêmica", [
            E("Graduação em Medicina", "Faculdade de Medicina da UFMG, Belo Horizonte", "2013 – 2019"),
            E("Residência em Clínica Médica", "Hospital das Clínicas da UFMG", "mar/2020 – fev/2022"),
            E("Residência em Gastroenterologia", "Hospital das Clínicas da UFMG", "mar/2022 – fev/2024"),
        ]),
        ("Experiência nos EUA", [
            E("Observership — Gastroenterology & Hepatology", "Cleveland Clinic, Cleveland, OH", "fev/2025 – abr/2025",
              usce=("observership", "Gastroenterology", "OH", "2025-02", "2025-04")),
        ]),
        ("Experiência internacional (fora dos EUA)", [
            E("Estágio observacional — Hepatologia", "Centro Hospitalar Universitário de Lisboa Central, Portugal", "out/2024"),
        ]),
        ("Exames", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 249", "ECFMG: Certified (2025)", "Título de Especialista em Gastroenterologia (FBG, 2024)"]),
        ("Publicações (revisadas por pares)", [
            "Nogueira RA, et al. Arq Gastroenterol. 2021;58(3):300-6.",
            "Nogueira RA, Ferrari TCA. World J Hepatol. 2022;14(8):1600-10.",
            "Nogueira RA, et al. Dig Dis Sci. 2023;68(11):4120-8.",
            "Castro L, Nogueira RA. Clin Gastroenterol Hepatol. 2025;23(1):99-107.",
            "Resumo: DDW 2025 (pôster)",
        ]),
        ("Idiomas", ["Português (nativo) · Inglês (fluente) · Espanhol (intermediário)"]),
        ("Visto", ["B1/B2"]),
        ("Objetivo", ["Residência em Internal Medicine nos EUA e fellowship em Gastroenterology"]),
        ("Referências", ["Dr. Luis Castro, Digestive Disease Institute, Cleveland Clinic — castrol@ccf.org — +1 216 444 2200"]),
    ]))

# 015 ---------------------------------------------------------------- Javeriana student, table
P.append(dict(
    n=15, layout="chromium_table", kind="chromium",
    name="Sofía Isabel Cárdenas Mejía", display="Sofía Isabel Cárdenas Mejía", suffix="",
    headline="Estudiante de Medicina (Internado) · Pediatrics",
    email="sofia.cardenas@javeriana.edu.co", phone="+57 (601) 555 0182 · móvil +57 315 882 0431", phone_e164="+573158820431",
    address="Bogotá D.C., Colombia",
    school="Pontificia Universidad Javeriana", country="CO", grad=2027, student=True,
    s1="pass", s2=None, s3=None, ecfmg=None, visa="b1b2",
    specs=["Pediatrics"], langs=["Spanish", "English", "French"], pubs=1,
    sections=[
        ("Educación", [
            E("Medicina (Médico Cirujano, grado esperado jun 2027)", "Pontificia Universidad Javeriana, Bogotá", "2021 – actualidad",
              ["Internado: Hospital Universitario San Ignacio (ene 2026 – actualidad)"]),
        ]),
        ("Experiencia en EE. UU.", [
            E("Summer Research Student — Pediatrics", "Children's Hospital of Philadelphia, Philadelphia, PA", "Summer 2024",
              usce=("research", "Pediatrics", "PA", "2024-06", "2024-08")),
            E("Observership — Pediatrics", "Nicklaus Children's Hospital, Miami, FL", "jul. 2025 – ago. 2025",
              usce=("observership", "Pediatrics", "FL", "2025-07", "2025-08")),
        ]),
        ("Exámenes", ["USMLE Step 1: Pass (nov 2025)", "Step 2 CK: pendiente"]),
        ("Publicaciones", ["Cárdenas-Mejía SI, et al. Bronchiolitis admissions after COVID-19. Univ Med. 2024;65(2). (peer-reviewed)"]),
        ("Idiomas", ["Español (nativo), Inglés (C1), Francés (B1)"]),
        ("Visa", ["B1/B2"]),
        ("Referencias", ["Dr. Alejandro Vélez — Pediatría, HUSI — avelez@husi.org.co — +57 601 594 6161"]),
    ]))

# 016 ---------------------------------------------------------------- Tec de Monterrey, compact
P.append(dict(
    n=16, layout="chromium_compact", kind="chromium",
    name="Daniela Alejandra Garza Treviño", display="Daniela Alejandra Garza Treviño", suffix="",
    headline="Médico Cirujano · Emergency Medicine",
    email="dgarza.trevino@tec.mx", phone="+52 1 81 1234 5678", phone_e164="+528112345678",
    address="San Pedro Garza García, N.L., México",
    school="Tecnológico de Monterrey", country="MX", grad=2023, student=False,
    s1="pass", s2=258, s3=None, ecfmg="certified", visa="b1b2",
    specs=["Emergency Medicine"], langs=["Spanish", "English", "German"], pubs=2,
    sections=[
        ("Educación", [
            E("Médico Cirujano", "Escuela de Medicina y Ciencias de la Salud, Tecnológico de Monterrey", "2017 – 2023",
              ["Internado de pregrado: Hospital Zambrano Hellion (2021–2022)",
               "Servicio social en investigación: 2022.08 – 2023.07"]),
        ]),
        ("USCE", [
            E("Visiting student elective (hands-on) — Emergency Medicine", "UT Health San Antonio, San Antonio, TX", "2022.11 – 2022.12",
              usce=("hands_on", "Emergency Medicine", "TX", "2022-11", "2022-12")),
            E("Observership — Emergency Medicine", "Banner – University Medical Center Phoenix, AZ", "2025.02 – 2025.03",
              usce=("observership", "Emergency Medicine", "AZ", "2025-02", "2025-03")),
        ]),
        ("Experiencia", [E("Médico de urgencias", "Hospital Christus Muguerza Alta Especialidad, Monterrey", "2023.09 – actualidad")]),
        ("Exámenes", ["USMLE Step 1 Pass · Step 2 CK 258 · ECFMG certified (2024)"]),
        ("Publicaciones", ["Garza-Treviño DA, et al. Rev Med Inst Mex Seguro Soc. 2023;61(4):455-61.",
                           "Garza-Treviño DA, et al. West J Emerg Med. 2025;26(2):310-6.",
                           "Submitted: Triage accuracy in northern Mexico (Ann Emerg Med)"]),
        ("Idiomas", ["Español, English (C2), Deutsch (B1)"]),
        ("Visa", ["B1/B2 vigente"]),
    ]))

# ---------------------------------------------------------------- scans 017-021
P.append(dict(
    n=17, layout="scan_png_rotated", kind="scan_png",
    name="Carlos Enrique Ajú Xicará", display="Carlos Enrique Ajú Xicará", suffix="",
    headline="Médico y Cirujano", email="carlos.aju.x@gmail.com", phone="+502 5512 8834", phone_e164="+50255128834",
    address="Quetzaltenango, Guatemala",
    school="Universidad de San Carlos de Guatemala", country="GT", grad=2020, student=False,
    s1="pass", s2=232, s3=None, ecfmg="certified", visa="b1b2",
    specs=["Internal Medicine"], langs=["Spanish", "English"], pubs=0,
    sections=[
        ("Educación", [E("Médico y Cirujano", "Universidad de San Carlos de Guatemala", "2014 – 2020",
                         ["EPS rural (Ejercicio Profesional Supervisado): Sololá, 2020"])]),
        ("Experiencia clínica en EE. UU.", [
            E("Observership, Internal Medicine", "Baylor Scott & White, Temple, TX", "abr 2024 – jun 2024",
              usce=("observership", "Internal Medicine", "TX", "2024-04", "2024-06"))]),
        ("USMLE", ["Step 1: Aprobado · Step 2 CK: 232 · ECFMG certificado"]),
        ("Idiomas", ["Español, Inglés, K'iche' (básico)"]),
        ("Visa", ["B1/B2"]),
        ("Objetivo", ["Residencia en Medicina Interna"]),
    ]))
P[-1]["langs"] = ["Spanish", "English", "K'iche'"]

P.append(dict(
    n=18, layout="scan_pdf_imageonly", kind="scan_pdf",
    name="Paola Andrea Villacís Mora", display="Paola Andrea Villacís Mora", suffix="",
    headline="Médica Cirujana", email="paola.villacis.m@outlook.com", phone="+593 99 876 5432", phone_e164="+593998765432",
    address="Quito, Ecuador",
    school="Universidad Central del Ecuador", country="EC", grad=2022, student=False,
    s1="pass", s2=None, s3=None, ecfmg="not_certified", visa="b1b2",
    specs=["Obstetrics and Gynecology"], langs=["Spanish", "English"], pubs=0,
    sections=[
        ("Formación", [E("Médica Cirujana", "Universidad Central del Ecuador, Quito", "2016 – 2022",
                         ["Año de salud rural: Centro de Salud Tena, 2022 – 2023"])]),
        ("Experiencia en EE. UU.", [
            E("Observership — Obstetrics & Gynecology", "Jersey City Medical Center, Jersey City, NJ", "08/2024 – 09/2024",
              usce=("observership", "Obstetrics and Gynecology", "NJ", "2024-08", "2024-09"))]),
        ("USMLE", ["Step 1: Pass (2024)", "Step 2 CK: en preparación", "ECFMG: no certificada aún"]),
        ("Idiomas", ["Español (nativo), Inglés (B2)"]),
        ("Interés", ["Ginecología y Obstetricia"]),
        ("Visa", ["B1/B2"]),
    ]))

P.append(dict(
    n=19, layout="scan_jpg_photo", kind="scan_jpg",
    name="Ignacio Tomás Fuentes Araya", display="Ignacio Tomás Fuentes Araya", suffix="",
    headline="Médico Cirujano", email="ifuentes@uc.cl", phone="+56 9 8765 1234", phone_e164="+56987651234",
    address="Santiago, Chile",
    school="Pontificia Universidad Católica de Chile", country="CL", grad=2021, student=False,
    s1="pass", s2=260, s3=None, ecfmg="certified", visa="j1",
    specs=["Anesthesiology"], langs=["Spanish", "English"], pubs=1,
    sections=[
        ("Educación", [E("Médico Cirujano", "Pontificia Universidad Católica de Chile", "2014 – 2021")]),
        ("Experiencia en EE. UU.", [
            E("Research fellow — Anesthesiology", "Stanford University, Palo Alto, CA", "2025-01 – 2025-06",
              usce=("research", "Anesthesiology", "CA", "2025-01", "2025-06")),
            E("Observership — Anesthesiology", "Stanford Health Care, Palo Alto, CA", "2025-05 – 2025-07",
              usce=("observership", "Anesthesiology", "CA", "2025-05", "2025-07"))]),
        ("USMLE", ["Step 1: Pass · Step 2 CK: 260 · ECFMG: certified"]),
        ("Publicaciones", ["Fuentes-Araya IT, et al. Rev Med Chil. 2023;151(5):601-8."]),
        ("Idiomas / Visa", ["Español, Inglés · J-1 requerida"]),
        ("Objetivo", ["Residencia en Anesthesiology (EE. UU.)"]),
    ]))

P.append(dict(
    n=20, layout="scan_pdf_lowcontrast", kind="scan_pdf",
    name="Mariana Solís Vargas", display="Mariana Solís Vargas", suffix="",
    headline="Médica y Cirujana", email="mariana.solis.vargas@ucr.ac.cr", phone="+506 8812 3456", phone_e164="+50688123456",
    address="San José, Costa Rica",
    school="Universidad de Costa Rica", country="CR", grad=2023, student=False,
    s1="pass", s2=245, s3=None, ecfmg="certified", visa=None,
    specs=["Family Medicine", "Pediatrics"], langs=["Spanish", "English"], pubs=0,
    sections=[
        ("Educación", [E("Licenciatura en Medicina y Cirugía", "Universidad de Costa Rica", "2017 – 2023",
                         ["Internado universitario: Hospital San Juan de Dios, 2022"])]),
        ("Servicio social", [E("Médica de servicio social", "EBAIS Talamanca, Limón", "2023 – 2024")]),
        ("Experiencia en EE. UU.", [
            E("Hands-on externship — Family Medicine", "Jackson Health System, Miami, FL", "Mar 2025 – Apr 2025",
              usce=("hands_on", "Family Medicine", "FL", "2025-03", "2025-04")),
            E("Observership — Pediatrics", "Texas Children's Hospital, Houston, TX", "May 2025",
              usce=("observership", "Pediatrics", "TX", "2025-05", "2025-05"))]),
        ("USMLE", ["Step 1: Pass · Step 2 CK: 245 · ECFMG certified"]),
        ("Idiomas", ["Español, Inglés"]),
        ("Intereses", ["Family Medicine, Pediatrics"]),
    ]))

P.append(dict(
    n=21, layout="scan_png_noisy", kind="scan_png",
    name="Kemar Anthony Campbell", display="Kemar Anthony Campbell, MBBS", suffix="",
    headline="MBBS (UWI)", email="kemar.campbell@uwimona.edu.jm", phone="+1 876 555 0134", phone_e164="+18765550134",
    address="Kingston, Jamaica",
    school="The University of the West Indies, Mona", country="JM", grad=2019, student=False,
    s1=221, s2=234, s3=None, ecfmg="certified", visa="j1",
    specs=["General Surgery"], langs=["English"], pubs=1,
    sections=[
        ("Education", [E("MBBS", "The University of the West Indies, Mona, Kingston", "2014 – 2019",
                         ["Internship: University Hospital of the West Indies, 2019 – 2020"])]),
        ("Residency (Jamaica)", [E("DM General Surgery resident", "UHWI, Kingston", "2020 – 2024")]),
        ("US Clinical Experience", [
            E("Observership, General Surgery", "Jackson Memorial Hospital, Miami, FL", "Jan 2025 – Mar 2025",
              usce=("observership", "General Surgery", "FL", "2025-01", "2025-03"))]),
        ("USMLE", ["Step 1: 221 (2019)", "Step 2 CK: 234", "ECFMG certified"]),
        ("Publications", ["Campbell KA, et al. West Indian Med J. 2022;69(3):150-5."]),
        ("Other", ["Visa: J-1 required", "Languages: English", "Interest: General Surgery"]),
    ]))

# ---------------------------------------------------------------- damaged 022-024 (source person for 022/023)
DAMAGED = [
    dict(n=22, layout="damaged_truncated_pdf", ext="pdf", base=1),
    dict(n=23, layout="damaged_encrypted_pdf", ext="pdf", base=14),
    dict(n=24, layout="damaged_random_bytes", ext="docx", base=None),
]
