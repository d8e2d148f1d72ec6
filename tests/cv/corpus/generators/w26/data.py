# -*- coding: utf-8 -*-
"""CV content + ground truth for writer w26 (Latin America, Caribbean, Philippines).

Each record: truth fields (contract) + 'cv' rendering content.
item in a section: str, or dict(t=title, d=dates, o=org/location, b=[bullets]).
"""

def E(type_, spec, st, s, e):
    return {"type": type_, "specialty": spec, "state": st, "start": s, "end": e}

R = []

# ---------------------------------------------------------------- 001
R.append(dict(
    file="w26_001_html_sidebar.pdf", layout="html_sidebar", kind="readable",
    full_name="Gabriela Sofía Marte", email="gabriela.marte.md@gmail.com", phone_e164="+19736182047",
    medical_school="St. George's University School of Medicine", medical_school_country="GD",
    graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
    ecfmg_status=None, visa_status="citizen", specialties=["Emergency Medicine", "Internal Medicine"],
    languages=["English", "Spanish"], publications=1,
    usce_entries=[
        E("research", "Emergency Medicine", "NJ", "2023-06", "2023-08"),
        E("hands_on", "Internal Medicine", "NY", "2025-01", "2025-03"),
        E("hands_on", "General Surgery", "NJ", "2025-04", "2025-06"),
        E("hands_on", "Pediatrics", "CA", "2025-07", "2025-08"),
        E("hands_on", "Psychiatry", "FL", "2025-09", "2025-10"),
        E("hands_on", "Obstetrics and Gynecology", "NY", "2025-11", "2025-12"),
        E("hands_on", "Family Medicine", "NJ", "2026-01", "2026-02"),
        E("hands_on", "Emergency Medicine", "NJ", "2026-08", "2026-12"),
    ],
    cv=dict(
        name="Gabriela Sofía Marte", headline="MD Candidate, Class of 2027 · St. George's University",
        contact=["gabriela.marte.md@gmail.com", "+1 (973) 618-2047", "Paterson, New Jersey, USA",
                 "linkedin.com/in/gabriela-marte"],
        side=[("Citizenship", ["U.S. Citizen (born Paterson, NJ)"]),
              ("Languages", ["English — native", "Spanish — native (Dominican household)"]),
              ("USMLE", ["Step 1: PASS (Oct 2024)", "Step 2 CK: scheduled Jan 2027"]),
              ("Career interests", ["Emergency Medicine", "Internal Medicine"]),
              ("Skills", ["BLS / ACLS (AHA, 2025)", "Point-of-care ultrasound (basic)", "Epic, Cerner"])],
        sections=[
            ("Profile", ["Fourth-year Caribbean medical student completing clinical training in U.S. teaching hospitals. "
                         "Interested in high-acuity emergency care for Spanish-speaking communities in northern New Jersey."]),
            ("Education", [
                dict(t="Doctor of Medicine (MD) — expected May 2027", d="Aug 2022 – present",
                     o="St. George's University School of Medicine, True Blue, Grenada, West Indies",
                     b=["Basic Sciences completed on the Grenada campus (Aug 2022 – Jun 2024)",
                        "Clinical years at SGU-affiliated hospitals in the United States"]),
                dict(t="B.S. Biology, minor in Spanish", d="2017 – 2021", o="Montclair State University, Montclair, NJ"),
            ]),
            ("Core Clinical Rotations (U.S.)", [
                dict(t="Internal Medicine (12 weeks)", d="Jan 2025 – Mar 2025", o="Brookdale Hospital Medical Center, Brooklyn, NY"),
                dict(t="General Surgery (12 weeks)", d="Apr 2025 – Jun 2025", o="St. Joseph's University Medical Center, Paterson, NJ"),
                dict(t="Pediatrics (6 weeks)", d="Jul 2025 – Aug 2025", o="Kern Medical, Bakersfield, CA"),
                dict(t="Psychiatry (6 weeks)", d="Sep 2025 – Oct 2025", o="Larkin Community Hospital, South Miami, FL"),
                dict(t="Obstetrics & Gynecology (6 weeks)", d="Nov 2025 – Dec 2025", o="Jamaica Hospital Medical Center, Queens, NY"),
                dict(t="Family Medicine (6 weeks)", d="Jan 2026 – Feb 2026", o="St. Joseph's University Medical Center, Paterson, NJ"),
            ]),
            ("Electives", [
                dict(t="Emergency Medicine Sub-Internship", d="Aug 2026 – Present", o="Hackensack University Medical Center, Hackensack, NJ",
                     b=["Manage 4–6 patients per shift under attending supervision; present to EM faculty"]),
            ]),
            ("Research", [
                dict(t="Summer Research Volunteer, Department of Emergency Medicine", d="Summer 2023",
                     o="Rutgers New Jersey Medical School, Newark, NJ",
                     b=["Chart review of ED boarding times for behavioral-health patients"]),
            ]),
            ("Publications & Presentations", [
                "Marte GS, Okafor C, Lindqvist P. Emergency department boarding of behavioral-health patients in an urban safety-net hospital. "
                "West J Emerg Med. 2025;26(2):311-318. (peer-reviewed)",
                "Poster: Language concordance and ED length of stay. SGU Research Day, Grenada, 2024.",
            ]),
            ("References", [
                "Dr. Paul Lindqvist, MD — EM Clerkship Director, Hackensack UMC — paul.lindqvist@hmhn.org — (551) 996-2300",
                "Dr. Chidi Okafor, MD — Rutgers NJMS — c.okafor@njms.rutgers.edu",
            ]),
        ])))

# ---------------------------------------------------------------- 002
R.append(dict(
    file="w26_002_docx_table.docx", layout="docx_table", kind="readable",
    full_name="Mariana Guadalupe Treviño Garza", email="mariana.trevino.gz@outlook.com", phone_e164="+528112345678",
    medical_school="Universidad Autónoma de Nuevo León", medical_school_country="MX",
    graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None,
    ecfmg_status="certified", visa_status="b1b2", specialties=["Internal Medicine", "Endocrinology"],
    languages=["Spanish", "English"], publications=2,
    usce_entries=[
        E("hands_on", "Family Medicine", "TX", "2024-06", "2024-08"),
        E("observership", "Internal Medicine", "TX", "2025-01", "2025-03"),
        E("research", "Endocrinology", "TX", "2025-09", "2026-12"),
    ],
    cv=dict(
        name="Dra. Mariana Guadalupe Treviño Garza", headline="Médico Cirujano y Partero · ECFMG Certified",
        contact=["Celular / WhatsApp: +52 1 81 1234 5678", "mariana.trevino.gz@outlook.com",
                 "Av. Gonzalitos 235, Mitras Centro, Monterrey, N.L., México"],
        sections=[
            ("Education / Formación académica", [
                dict(t="Médico Cirujano y Partero (MD equivalent)", d="Ago. 2016 – Jul. 2023",
                     o="Facultad de Medicina, Universidad Autónoma de Nuevo León (UANL), Monterrey, México",
                     b=["Título profesional y Cédula Profesional expedidos en 2023"]),
                dict(t="Internado Rotatorio de Pregrado", d="Ene. 2021 – Dic. 2021",
                     o="Hospital Universitario \"Dr. José Eleuterio González\", Monterrey"),
            ]),
            ("USMLE / ECFMG", [
                "USMLE Step 1: Pass (Mar 2024)", "USMLE Step 2 CK: 239 (Nov 2024)",
                "ECFMG Certified (Feb 2025)", "NBME CBSSA practice score: 221 (not official)",
            ]),
            ("U.S. Clinical Experience", [
                dict(t="Research Assistant — Endocrinology, Diabetes & Metabolism", d="09/2025 – actual",
                     o="Baylor College of Medicine, Houston, TX",
                     b=["Continuous glucose monitoring data in Hispanic adults with type 2 diabetes"]),
                dict(t="Clinical Observer — Internal Medicine", d="Enero – Marzo 2025",
                     o="Houston Methodist Hospital, Houston, TX"),
                dict(t="Hands-on Externship — Family Medicine", d="Verano 2024",
                     o="UTRGV Family Medicine Clinic, Edinburg, TX",
                     b=["Patient histories, physical exams and progress notes under supervision"]),
            ]),
            ("Experiencia clínica en México (not USCE)", [
                dict(t="Servicio Social — Médico Pasante", d="Ago. 2022 – Jul. 2023",
                     o="Centro de Salud Rural, Galeana, Nuevo León, México",
                     b=["Primary care for ~40 patients/day; prenatal control; vaccination campaigns"]),
            ]),
            ("Publications", [
                "Treviño-Garza MG, Salinas-Cantú R. Prevalence of metabolic syndrome in rural Nuevo León. Rev Med Inst Mex Seguro Soc. 2023;61(4):455-462.",
                "Salinas-Cantú R, Treviño-Garza MG, et al. HbA1c variability and retinopathy in Mexican adults. Endocr Pract. 2025;31(7):880-887.",
                "Treviño-Garza MG, et al. CGM time-in-range in Hispanic adults (manuscript in preparation).",
            ]),
            ("Interests", ["Internal Medicine, with a long-term goal in Endocrinology"]),
            ("Languages / Idiomas", ["Spanish (native), English (C1 – TOEFL iBT 108)"]),
            ("Datos personales", ["Fecha de nacimiento: 22/09/1997", "Nacionalidad: Mexicana", "CURP disponible a solicitud"]),
            ("Visa", ["Current B1/B2 visa holder (valid through 2032)"]),
            ("References", [
                "Dr. Roberto Salinas Cantú — Jefe de Endocrinología, UANL — rsalinas@uanl.edu.mx — +52 81 8329 4000",
                "Dr. Ashok Balasubramanyam — Baylor College of Medicine — ashokb@bcm.edu",
            ]),
        ])))

# ---------------------------------------------------------------- 003
R.append(dict(
    file="w26_003_docx_lo.pdf", layout="docx_lo_pdf", kind="readable",
    full_name="Andrés Felipe Restrepo Gómez", email="afrestrepo.md@gmail.com", phone_e164="+573004567812",
    medical_school="Universidad de Antioquia", medical_school_country="CO",
    graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Cardiology"],
    languages=["Spanish", "English", "Portuguese"], publications=3,
    usce_entries=[
        E("telehealth", "Cardiology", "OH", "2024-03", "2024-04"),
        E("observership", "Cardiology", "FL", "2025-03", "2025-05"),
        E("research", "Cardiology", "NY", "2025-09", "2026-12"),
    ],
    cv=dict(
        name="Andrés Felipe Restrepo Gómez, MD", headline="Physician (Médico y Cirujano) · Cardiovascular research",
        contact=["afrestrepo.md@gmail.com", "+57 300 456 7812", "Medellín, Colombia / New York, NY"],
        sections=[
            ("Education", [
                dict(t="Médico y Cirujano (MD)", d="feb. 2015 – dic. 2022",
                     o="Facultad de Medicina, Universidad de Antioquia, Medellín, Colombia"),
            ]),
            ("Licensing examinations", [
                "USMLE Step 1 — Passed (2023)", "USMLE Step 2 CK — 244 (2024)", "ECFMG Certificate — issued June 2024",
            ]),
            ("U.S. experience", [
                dict(t="Postdoctoral Research Fellow, Cardiovascular Institute", d="09/2025 – actual",
                     o="Icahn School of Medicine at Mount Sinai, New York, NY",
                     b=["Registry of heart failure with preserved ejection fraction; J-1 Research Scholar"]),
                dict(t="Clinical Observership — Cardiology", d="03/2025 – 05/2025",
                     o="University of Miami / Jackson Memorial Hospital, Miami, FL"),
                dict(t="Virtual Clinical Elective — Cardiology (remote, telehealth)", d="mar. 2024 – abr. 2024",
                     o="Hosted by Cleveland Clinic, Cleveland, OH",
                     b=["Participated in virtual rounds and e-consults from Medellín"]),
            ]),
            ("Clinical experience — Colombia", [
                dict(t="Médico Rural — Servicio Social Obligatorio", d="ene. 2023 – dic. 2023",
                     o="E.S.E. Hospital San Francisco de Asís, Quibdó, Chocó, Colombia"),
                dict(t="Internado (final-year clinical internship)", d="2022",
                     o="Hospital Universitario San Vicente Fundación, Medellín"),
            ]),
            ("Publications", [
                "Restrepo-Gómez AF, et al. Chagas cardiomyopathy in rural Antioquia. Rev Colomb Cardiol. 2023;30(2):88-95.",
                "Restrepo-Gómez AF, Mejía JD. Atrial fibrillation anticoagulation in Colombia. Arch Cardiol Mex. 2024;94(1):41-48.",
                "Lee S, Restrepo-Gómez AF, et al. HFpEF phenotypes in a New York cohort. JACC Heart Fail. 2026;14(3):201-210.",
                "Abstract: ACC.25 Scientific Session, Chicago (poster).",
                "Abstract: AHA Scientific Sessions 2025 (oral).",
            ]),
            ("Career goal", ["Internal Medicine residency followed by Cardiology fellowship."]),
            ("Languages", ["Spanish (native) · English (fluent) · Portuguese (basic)"]),
            ("Visa", ["Currently in the U.S. on a J-1 visa (research scholar); will require J-1 for residency."]),
            ("References", [
                "Juan David Mejía, MD — Universidad de Antioquia — juan.mejia@udea.edu.co — +57 604 219 2000",
                "Sunhee Lee, MD — Mount Sinai — sunhee.lee@mountsinai.org — +1 212 241 6500",
            ]),
        ])))

# ---------------------------------------------------------------- 004
R.append(dict(
    file="w26_004_odt.odt", layout="odt_odfpy", kind="readable",
    full_name="Letícia Araújo Figueiredo", email="leticia.figueiredo@usp.br", phone_e164="+5511987654321",
    medical_school="Faculdade de Medicina da Universidade de São Paulo", medical_school_country="BR",
    graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=256, usmle_step3=231,
    ecfmg_status="certified", visa_status=None, specialties=["Internal Medicine", "Rheumatology"],
    languages=["Portuguese", "English", "Spanish", "French"], publications=4,
    usce_entries=[
        E("observership", "Rheumatology", "NY", "2025-05", "2025-07"),
        E("hands_on", "Internal Medicine", "IL", "2025-09", "2025-10"),
    ],
    cv=dict(
        name="Letícia Araújo Figueiredo", headline="Médica · Clínica Médica (Internal Medicine) · São Paulo, Brasil",
        contact=["E-mail: leticia.figueiredo@usp.br", "Celular: +55 (11) 98765-4321", "São Paulo – SP, Brasil"],
        sections=[
            ("Formação / Education", [
                dict(t="Graduação em Medicina (MD)", d="fev. 2016 – dez. 2021",
                     o="Faculdade de Medicina da Universidade de São Paulo (FMUSP), São Paulo, Brasil"),
                dict(t="Residência Médica em Clínica Médica (Internal Medicine residency)", d="mar. 2022 – fev. 2024",
                     o="Hospital das Clínicas da FMUSP, São Paulo"),
            ]),
            ("USMLE", ["Step 1: Aprovada / Pass", "Step 2 CK: 256", "Step 3: 231", "ECFMG: certificada (2024)"]),
            ("Experiência nos EUA / U.S. Clinical Experience", [
                dict(t="Hands-on Externship — Internal Medicine", d="set. 2025 – out. 2025",
                     o="Jackson Park Hospital, Chicago, IL"),
                dict(t="Clinical Observership — Rheumatology", d="mai. 2025 – jul. 2025",
                     o="Hospital for Special Surgery, New York, NY"),
            ]),
            ("Experiência profissional no Brasil", [
                dict(t="Médica Assistente — Reumatologia ambulatorial", d="mar. 2024 – atual",
                     o="Hospital Sírio-Libanês, São Paulo"),
                dict(t="Plantonista — Pronto-Socorro", d="jan. 2022 – dez. 2023", o="Hospital Municipal do M'Boi Mirim, São Paulo"),
            ]),
            ("Publicações (revisadas por pares)", [
                "Figueiredo LA, et al. Lupus nephritis outcomes in a Brazilian cohort. Lupus. 2022;31(9):1102-1110.",
                "Figueiredo LA, Borba EF. Hydroxychloroquine adherence in SLE. Rev Bras Reumatol. 2023;63(1):12-19.",
                "Borba EF, Figueiredo LA, et al. Vaccine response in rheumatic disease. Clinics (Sao Paulo). 2023;78:100215.",
                "Figueiredo LA, et al. Antiphospholipid syndrome in pregnancy. Adv Rheumatol. 2024;64:35.",
            ]),
            ("Apresentações", ["Poster: EULAR 2024, Vienna — \"Interstitial lung disease in systemic sclerosis\""]),
            ("Objetivo", ["Residency in Internal Medicine, then fellowship in Rheumatology."]),
            ("Idiomas", ["Português (nativo), Inglês (fluente), Espanhol (avançado), Francês (intermediário)"]),
            ("Referências", [
                "Prof. Dr. Eduardo Ferreira Borba — FMUSP — eduardo.borba@hc.fm.usp.br — +55 11 2661-7490",
                "Dr. Theodore Fields — HSS, New York — fieldst@hss.edu",
            ]),
        ])))

# ---------------------------------------------------------------- 005
R.append(dict(
    file="w26_005_rtf.rtf", layout="rtf_handwritten", kind="readable",
    full_name="Maria Clarissa Dela Cruz Santos", email="clarissa.santos.md@yahoo.com", phone_e164="+639178452210",
    medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH",
    graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=None,
    ecfmg_status="pending", visa_status="j1", specialties=["Pediatrics"],
    languages=["English", "Tagalog", "Ilocano"], publications=0,
    usce_entries=[
        E("observership", "Pediatrics", "FL", "2024-03", "2024-04"),
        E("hands_on", "Pediatrics", "NY", "2024-04", "2024-06"),
    ],
    cv=dict(
        name="MARIA CLARISSA DELA CRUZ SANTOS, MD", headline="Pediatrics applicant",
        contact=["Mobile: +63 917 845 2210", "Email: clarissa.santos.md@yahoo.com",
                 "Address: 1187 P. Noval St., Sampaloc, Manila 1008, Philippines"],
        sections=[
            ("OBJECTIVE", ["To obtain a position in a U.S. Pediatrics residency program."]),
            ("EDUCATION", [
                dict(t="Doctor of Medicine", d="2016 – 2020",
                     o="University of Santo Tomas Faculty of Medicine and Surgery, Manila, Philippines"),
                dict(t="Post-Graduate Internship", d="2020 – 2021", o="University of Santo Tomas Hospital, Manila"),
                dict(t="BS Medical Technology, cum laude", d="2012 – 2016", o="University of Santo Tomas"),
            ]),
            ("LICENSURE / EXAMINATIONS", [
                "Philippine Physician Licensure Examination (PLE) – passed, 2021 (rating 86.4%)",
                "USMLE Step 1 – PASSED (2023)", "USMLE Step 2 CK – 232 (2023)",
                "OET Medicine – completed; ECFMG certification pending",
            ]),
            ("U.S. CLINICAL EXPERIENCE", [
                dict(t="Clinical Observership, Pediatrics", d="2024.03 – 2024.04",
                     o="Nicklaus Children's Hospital, Miami, Florida"),
                dict(t="Hands-on Pediatric Externship", d="2024.04 – 2024.06",
                     o="The Brookdale Hospital Medical Center, Brooklyn, New York",
                     b=["Pre-rounded on newborn nursery and general pediatric ward patients"]),
            ]),
            ("WORK EXPERIENCE (PHILIPPINES)", [
                dict(t="Municipal Health Officer – Doctors to the Barrios Program (DOH)", d="2021 – 2023",
                     o="Rural Health Unit, Pagudpud, Ilocos Norte"),
                dict(t="Resident Physician (non-training), Pediatrics", d="2023 – present",
                     o="Ospital ng Maynila Medical Center, Manila"),
            ]),
            ("PRESENTATIONS", ["Poster: Dengue shock syndrome outcomes in a Manila tertiary hospital. Philippine Pediatric Society Convention, 2023."]),
            ("LANGUAGES", ["English, Tagalog (native), Ilocano"]),
            ("PERSONAL DATA", ["Date of Birth: March 14, 1995", "Place of Birth: Laoag City, Ilocos Norte",
                               "Civil Status: Single", "Citizenship: Filipino", "Religion: Roman Catholic",
                               "Height: 5'3\"   Weight: 52 kg"]),
            ("VISA", ["Will require J-1 visa sponsorship"]),
            ("REFERENCES", [
                "Dr. Ma. Liza Antoinette Gonzales — UST Hospital, Dept. of Pediatrics — lagonzales@ust.edu.ph — +63 2 8731 3001",
                "Dr. Steven Greenberg — Brookdale Hospital — sgreenberg@bhmcny.org — +1 718 240 5000",
            ]),
        ])))

# ---------------------------------------------------------------- 006
R.append(dict(
    file="w26_006_txt.txt", layout="plain_txt", kind="readable",
    full_name="Rafael Antonio Peña Almonte", email="rpena.almonte@gmail.com", phone_e164="+18294713356",
    medical_school="Instituto Tecnológico de Santo Domingo (INTEC)", medical_school_country="DO",
    graduation_year=2019, is_student=False, usmle_step1=229, usmle_step2ck=241, usmle_step3=None,
    ecfmg_status="certified", visa_status="green_card", specialties=["Internal Medicine", "Nephrology"],
    languages=["Spanish", "English"], publications=1,
    usce_entries=[
        E("observership", "Internal Medicine", "NY", "2023-09", "2023-11"),
        E("research", "Nephrology", "NY", "2024-01", "2024-12"),
    ],
    cv=dict(
        name="Rafael Antonio Peña Almonte, MD", headline="",
        contact=["Tel: +1 (829) 471-3356", "E-mail: rpena.almonte@gmail.com", "Bronx, NY 10461"],
        sections=[
            ("STATUS", ["U.S. Permanent Resident (Green Card) - no visa sponsorship needed", "ECFMG certified (2021)",
                        "DOB: 1994-11-05"]),
            ("EDUCATION", [
                dict(t="Doctor en Medicina (MD)", d="2013 - 2019",
                     o="Instituto Tecnológico de Santo Domingo (INTEC), Santo Domingo, Republica Dominicana"),
            ]),
            ("USMLE", ["Step 1 ........ 229 (2020)", "Step 2 CK ..... 241 (2021)", "Step 2 CS ..... Pass (2020)"]),
            ("U.S. EXPERIENCE", [
                dict(t="Clinical Research Coordinator, Division of Nephrology", d="2024-01 to 2024-12",
                     o="Montefiore Medical Center, Bronx, NY"),
                dict(t="Observer, Internal Medicine", d="2023-09 to 2023-11",
                     o="NYC Health + Hospitals/Lincoln, Bronx, NY"),
            ]),
            ("DOMINICAN REPUBLIC", [
                dict(t="Medico Pasante (Pasantia rural obligatoria)", d="2019 - 2020",
                     o="Hospital Municipal de Jarabacoa, La Vega"),
                dict(t="Medico General, Emergencias", d="2020 - 2023",
                     o="Hospital General Plaza de la Salud, Santo Domingo"),
            ]),
            ("PUBLICATIONS", [
                "1. Pena-Almonte RA, Golestaneh L. Hyperkalemia management in hemodialysis patients. Kidney Med. 2025;7(1):100911.",
            ]),
            ("INTERESTS", ["Internal Medicine; Nephrology"]),
            ("LANGUAGES", ["Spanish (native), English (fluent)"]),
            ("REFERENCES", [
                "Ladan Golestaneh, MD - Montefiore Nephrology - lgolesta@montefiore.org - (718) 920-4321",
                "Dra. Ana Cecilia Ureña - INTEC - ana.urena@intec.edu.do - +1 809 567 9271",
            ]),
        ])))

# ---------------------------------------------------------------- 007
R.append(dict(
    file="w26_007_html_twocol.pdf", layout="html_twocol", kind="readable",
    full_name="Tyler James Broussard", email="tj.broussard@rossmed.edu", phone_e164="+13375510982",
    medical_school="Ross University School of Medicine", medical_school_country="BB",
    graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None,
    ecfmg_status="certified", visa_status="citizen", specialties=["Emergency Medicine"],
    languages=["English", "French"], publications=2,
    usce_entries=[
        E("hands_on", "Internal Medicine", "FL", "2023-01", "2023-03"),
        E("hands_on", "General Surgery", "NJ", "2023-04", "2023-06"),
        E("hands_on", "Obstetrics and Gynecology", "MD", "2023-07", "2023-08"),
        E("hands_on", "Psychiatry", "GA", "2023-09", "2023-10"),
        E("hands_on", "Pediatrics", "MI", "2023-11", "2023-12"),
        E("hands_on", "Emergency Medicine", "LA", "2024-01", "2024-02"),
        E("hands_on", "Internal Medicine", "LA", "2024-03", "2024-04"),
        E("research", "Emergency Medicine", "LA", "2024-06", "2026-12"),
    ],
    cv=dict(
        name="Tyler James Broussard, MD", headline="Emergency Medicine applicant · ERAS 2027",
        contact=["tj.broussard@rossmed.edu", "337-551-0982", "Lafayette, LA", "U.S. citizen"],
        sections=[
            ("Education", [
                dict(t="Doctor of Medicine", d="09/2020 – 05/2024",
                     o="Ross University School of Medicine, Bridgetown, Barbados",
                     b=["Medical Sciences on the Barbados campus; clinical clerkships in the U.S."]),
                dict(t="B.S. Kinesiology", d="2015 – 2019", o="University of Louisiana at Lafayette"),
            ]),
            ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 248", "ECFMG certified 07/2024"]),
            ("Current position", [
                dict(t="Research Fellow, Department of Emergency Medicine", d="06/2024 – present",
                     o="Tulane University School of Medicine, New Orleans, LA"),
            ]),
            ("Clinical clerkships", [
                dict(t="Internal Medicine (core)", d="01/2023 – 03/2023", o="Mount Sinai Medical Center, Miami Beach, FL"),
                dict(t="Surgery (core)", d="04/2023 – 06/2023", o="Saint Michael's Medical Center, Newark, NJ"),
                dict(t="Obstetrics & Gynecology (core)", d="07/2023 – 08/2023", o="University of Maryland Capital Region Medical Center, Largo, MD"),
                dict(t="Psychiatry (core)", d="09/2023 – 10/2023", o="Atlanta Medical Center, Atlanta, GA"),
                dict(t="Pediatrics (core)", d="11/2023 – 12/2023", o="Hurley Medical Center, Flint, MI"),
                dict(t="Emergency Medicine elective", d="01/2024 – 02/2024", o="University Medical Center New Orleans, LA"),
                dict(t="Internal Medicine Sub-Internship", d="03/2024 – 04/2024", o="Ochsner Medical Center, New Orleans, LA"),
            ]),
            ("Publications", [
                "Broussard TJ, Meyer K. Time to antibiotics in ED sepsis after Hurricane Ida. Am J Emerg Med. 2025;88:45-50.",
                "Meyer K, Broussard TJ, et al. Heat illness presentations in Louisiana EDs. Prehosp Disaster Med. 2026;41(1):12-18.",
                "Broussard TJ. ED crowding and LWBS rates (submitted).",
            ]),
            ("Languages", ["English (native), French (conversational – Cajun French)"]),
            ("References", [
                "Kathryn Meyer, MD, MPH — Tulane EM — kmeyer3@tulane.edu — (504) 988-5100",
                "Omar Haddad, MD — Ochsner — omar.haddad@ochsner.org",
            ]),
        ])))

# ---------------------------------------------------------------- 008
R.append(dict(
    file="w26_008_docx_header.docx", layout="docx_header_footer", kind="readable",
    full_name="Shanice Olivia Ramkissoon", email="shanice.ramkissoon@aucmed.edu", phone_e164="+13478126604",
    medical_school="American University of the Caribbean School of Medicine", medical_school_country="SX",
    graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=237, usmle_step3=None,
    ecfmg_status="certified", visa_status="green_card", specialties=["Internal Medicine", "Nephrology"],
    languages=["English", "Spanish"], publications=0,
    usce_entries=[
        E("hands_on", "General Surgery", "NY", "2023-04", "2023-06"),
        E("hands_on", "Pediatrics", "FL", "2023-07", "2023-08"),
        E("hands_on", "Family Medicine", "GA", "2023-09", "2023-10"),
        E("hands_on", "Obstetrics and Gynecology", "NY", "2023-11", "2023-12"),
        E("hands_on", "Internal Medicine", "NY", "2024-01", "2024-02"),
        E("hands_on", "Nephrology", "NY", "2024-03", "2024-03"),
    ],
    cv=dict(
        name="Shanice Olivia Ramkissoon, MD", headline="Internal Medicine applicant",
        contact=["shanice.ramkissoon@aucmed.edu", "(347) 812-6604", "Queens, NY 11432",
                 "Lawful Permanent Resident (Green Card)"],
        sections=[
            ("Education", [
                dict(t="Doctor of Medicine (MD)", d="Jan 2021 – May 2025",
                     o="American University of the Caribbean School of Medicine, Cupecoy, Sint Maarten"),
                dict(t="B.Sc. Biology", d="2016 – 2019", o="The University of the West Indies, St. Augustine, Trinidad and Tobago"),
            ]),
            ("Board Examinations", ["USMLE Step 1 – Pass", "USMLE Step 2 CK – 237", "ECFMG Certification – July 2025"]),
            ("Clinical Rotations", [
                dict(t="Internal Medicine Core", d="Jan 2023 – Mar 2023", o="Hillingdon Hospital, Uxbridge, United Kingdom (AUC UK Clinical Program)"),
                dict(t="General Surgery Core", d="Apr 2023 – Jun 2023", o="Coney Island Hospital, Brooklyn, NY"),
                dict(t="Pediatrics Core", d="Jul 2023 – Aug 2023", o="Kendall Regional Medical Center, Miami, FL"),
                dict(t="Family Medicine Core", d="Sep 2023 – Oct 2023", o="Wellstar Kennestone Hospital, Marietta, GA"),
                dict(t="Obstetrics & Gynecology Core", d="Nov 2023 – Dec 2023", o="Wyckoff Heights Medical Center, Brooklyn, NY"),
                dict(t="Internal Medicine Sub-Internship", d="Jan 2024 – Feb 2024", o="Harlem Hospital Center, New York, NY"),
                dict(t="Nephrology Elective (4 weeks)", d="Mar 2024", o="Harlem Hospital Center, New York, NY"),
            ]),
            ("Volunteer", ["Health-fair volunteer, Indo-Caribbean Alliance, Richmond Hill, NY (2024 – present)"]),
            ("Career Interests", ["Internal Medicine; Nephrology"]),
            ("Languages", ["English (native); Spanish (conversational)"]),
            ("References", [
                "Dr. Olusegun Adeyemi — Harlem Hospital — adeyemio@nychhc.org — (212) 939-1000",
                "Dr. Rebecca Tan — Coney Island Hospital — rebecca.tan@nychhc.org",
            ]),
        ])))

# ---------------------------------------------------------------- 009
R.append(dict(
    file="w26_009_reportlab.pdf", layout="reportlab_classic", kind="readable",
    full_name="Camila Andrea Vargas Ruiz", email="camila.vargas@saba.edu", phone_e164="+14075529813",
    medical_school="Saba University School of Medicine", medical_school_country="BQ",
    graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
    ecfmg_status=None, visa_status="citizen", specialties=["Neurology", "Psychiatry"],
    languages=["English", "Spanish"], publications=0,
    usce_entries=[
        E("hands_on", "Internal Medicine", "FL", "2025-07", "2025-09"),
        E("hands_on", "General Surgery", "NY", "2025-10", "2025-12"),
        E("hands_on", "Pediatrics", "NY", "2026-01", "2026-02"),
        E("hands_on", "Family Medicine", "CT", "2026-03", "2026-04"),
        E("hands_on", "Psychiatry", "CT", "2026-05", "2026-06"),
        E("hands_on", "Obstetrics and Gynecology", "NY", "2026-07", "2026-08"),
        E("hands_on", "Neurology", "NY", "2026-10", "2026-12"),
    ],
    cv=dict(
        name="Camila Andrea Vargas Ruiz", headline="Fourth-year medical student · Saba University School of Medicine",
        contact=["camila.vargas@saba.edu", "+1 407-552-9813", "Orlando, FL 32801"],
        sections=[
            ("Education", [
                dict(t="Doctor of Medicine (MD) candidate — anticipated graduation May 2027", d="Sep 2023 – present",
                     o="Saba University School of Medicine, The Bottom, Saba, Caribbean Netherlands"),
                dict(t="B.S. Biomedical Sciences", d="2018 – 2022", o="University of Central Florida, Orlando, FL"),
            ]),
            ("USMLE", ["Step 1: Passed (first attempt), Sept 2024"]),
            ("Clinical Clerkships", [
                dict(t="Internal Medicine", d="2025-07 → 2025-09", o="Larkin Community Hospital, South Miami, FL"),
                dict(t="Surgery", d="2025-10 → 2025-12", o="Wyckoff Heights Medical Center, Brooklyn, NY"),
                dict(t="Pediatrics", d="2026-01 → 2026-02", o="Flushing Hospital Medical Center, Queens, NY"),
                dict(t="Family Medicine", d="2026-03 → 2026-04", o="Danbury Hospital, Danbury, CT"),
                dict(t="Psychiatry", d="2026-05 → 2026-06", o="Griffin Hospital, Derby, CT"),
                dict(t="Obstetrics and Gynecology", d="2026-07 → 2026-08", o="Jamaica Hospital Medical Center, Queens, NY"),
                dict(t="Neurology elective", d="2026-10 → ongoing", o="Brooklyn Hospital Center, Brooklyn, NY"),
            ]),
            ("Leadership", ["President, Saba Neurology Interest Group (2023 – 2024)", "Peer tutor, Neuroscience block"]),
            ("Interests", ["Neurology (primary); Psychiatry"]),
            ("Personal", ["U.S. citizen · born in Bogotá, Colombia · Languages: English, Spanish (native)"]),
            ("References", [
                "Dr. Hemant Patel, Neurology Clerkship Director — hpatel@tbh.org — (718) 250-8000",
                "Dr. Linda Carrasco, Psychiatry — lcarrasco@griffinhealth.org",
            ]),
        ])))

# ---------------------------------------------------------------- 010
R.append(dict(
    file="w26_010_odt_lo.pdf", layout="odt_lo_pdf", kind="readable",
    full_name="Diego Alonso Quispe Mamani", email="diego.quispe@upch.pe", phone_e164="+51987654321",
    medical_school="Universidad Peruana Cayetano Heredia", medical_school_country="PE",
    graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Infectious Disease"],
    languages=["Spanish", "English", "Quechua"], publications=3,
    usce_entries=[
        E("observership", "Infectious Disease", "MA", "2024-02", "2024-04"),
        E("research", "Infectious Disease", "MD", "2024-05", "2025-05"),
    ],
    cv=dict(
        name="Diego Alonso Quispe Mamani", headline="Médico Cirujano · Infectious diseases research",
        contact=["diego.quispe@upch.pe", "+51 987 654 321", "San Martín de Porres, Lima, Perú"],
        sections=[
            ("Education", [
                dict(t="Médico Cirujano", d="2014 – 2021", o="Universidad Peruana Cayetano Heredia (UPCH), Lima, Perú"),
            ]),
            ("Examinations", ["USMLE Step 1: PASS", "USMLE Step 2 CK: 250", "ECFMG certified (2023)"]),
            ("Clinical & research experience — United States", [
                dict(t="Research Fellow, Division of Infectious Diseases", d="May 2024 – May 2025",
                     o="Johns Hopkins University School of Medicine, Baltimore, MD"),
                dict(t="Clinical Observer, Infectious Diseases consult service", d="Feb 2024 – Apr 2024",
                     o="Massachusetts General Hospital, Boston, MA"),
            ]),
            ("Experience — Perú", [
                dict(t="SERUMS (Servicio Rural y Urbano Marginal de Salud)", d="2022 – 2023",
                     o="Centro de Salud Macusani, Puno"),
                dict(t="Research assistant, Instituto de Medicina Tropical Alexander von Humboldt", d="2025 – present",
                     o="UPCH, Lima"),
            ]),
            ("Publications", [
                "Quispe-Mamani DA, et al. Tuberculosis treatment outcomes at high altitude. Int J Tuberc Lung Dis. 2023;27(5):380-386.",
                "Quispe-Mamani DA, Gotuzzo E. Strongyloides in HTLV-1 carriers. Am J Trop Med Hyg. 2024;110(2):250-255.",
                "Clarke M, Quispe-Mamani DA, et al. Cryptococcal antigen screening in Lima. Open Forum Infect Dis. 2025;12(3):ofaf101.",
                "Abstract: IDWeek 2024, Los Angeles. Abstract: ASTMH 2024, New Orleans.",
                "Manuscript submitted: Syphilis screening in Puno.",
            ]),
            ("Interests", ["Internal Medicine → Infectious Disease fellowship"]),
            ("Languages", ["Spanish (native), Quechua (conversational), English (fluent)"]),
            ("Personal", ["Born 1995, Juliaca, Puno (Peruvian national)"]),
            ("Visa", ["Will require J-1 visa sponsorship (ECFMG)"]),
            ("References", [
                "Dr. Eduardo Gotuzzo — UPCH — eduardo.gotuzzo@upch.pe — +51 1 482 3910",
                "Dr. Meredith Clarke — Johns Hopkins ID — mclarke12@jhmi.edu — +1 410 955 5000",
            ]),
        ])))

# ---------------------------------------------------------------- 011
R.append(dict(
    file="w26_011_fpdf.pdf", layout="fpdf2_banner", kind="readable",
    full_name="Luis Enrique Colón Rivera", email="luis.colon9@upr.edu", phone_e164="+17874021189",
    medical_school="University of Puerto Rico School of Medicine", medical_school_country="PR",
    graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=243, usmle_step3=None,
    ecfmg_status=None, visa_status="citizen", specialties=["Internal Medicine", "Hematology/Oncology"],
    languages=["Spanish", "English"], publications=2,
    usce_entries=[
        E("hands_on", "Hematology/Oncology", "FL", "2024-08", "2024-08"),
        E("hands_on", "Internal Medicine", "FL", "2024-09", "2024-10"),
        E("research", "Hematology/Oncology", "FL", "2025-07", "2026-12"),
    ],
    cv=dict(
        name="Luis Enrique Colón Rivera, MD", headline="Internal Medicine applicant · Hematology/Oncology research",
        contact=["luis.colon9@upr.edu", "(787) 402-1189", "San Juan, Puerto Rico 00921", "U.S. citizen"],
        sections=[
            ("Education", [
                dict(t="Doctor of Medicine", d="Aug 2021 – May 2025",
                     o="University of Puerto Rico School of Medicine, Medical Sciences Campus, San Juan, PR",
                     b=["Core clerkships completed at University Hospital and affiliated sites as part of the MD curriculum"]),
                dict(t="B.S. Cellular and Molecular Biology, magna cum laude", d="2017 – 2021",
                     o="University of Puerto Rico, Río Piedras"),
            ]),
            ("USMLE", ["Step 1: Pass (2023)", "Step 2 CK: 243 (2024)"]),
            ("Away rotations (mainland U.S.)", [
                dict(t="Sub-Internship, Hematology/Oncology", d="Aug 2024", o="Moffitt Cancer Center, Tampa, FL"),
                dict(t="Visiting student, Internal Medicine wards", d="Sep 2024 – Oct 2024",
                     o="Jackson Memorial Hospital, Miami, FL"),
            ]),
            ("Research", [
                dict(t="Research Fellow, Department of Malignant Hematology", d="Jul 2025 – present",
                     o="Moffitt Cancer Center, Tampa, FL"),
            ]),
            ("Publications", [
                "Colón-Rivera LE, et al. Multiple myeloma survival among Hispanic patients in Puerto Rico. Clin Lymphoma Myeloma Leuk. 2024;24(6):390-397.",
                "Colón-Rivera LE, Ortiz-Ortiz KJ. Hurricane María and cancer care delays. JCO Glob Oncol. 2025;11:e2400312.",
                "Poster: ASH Annual Meeting 2025, Orlando.",
            ]),
            ("Interests", ["Internal Medicine; Hematology/Oncology"]),
            ("Languages", ["Spanish (native), English (fluent)"]),
            ("References", [
                "Dr. Rami Komrokji — Moffitt — rami.komrokji@moffitt.org — (813) 745-4291",
                "Dra. Karen J. Ortiz-Ortiz — UPR — karen.ortiz7@upr.edu",
            ]),
        ])))

# ---------------------------------------------------------------- 012
R.append(dict(
    file="w26_012_html_icons.pdf", layout="html_icons_header", kind="readable",
    full_name="Ximena Rodríguez Castañeda", email="ximena.rdzc@gmail.com", phone_e164="+523318562290",
    medical_school="Universidad de Guadalajara", medical_school_country="MX",
    graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None,
    ecfmg_status="pending", visa_status="b1b2", specialties=["Psychiatry"],
    languages=["Spanish", "English", "French"], publications=1,
    usce_entries=[
        E("telehealth", "Psychiatry", "CA", "2024-02", "2024-03"),
        E("observership", "Psychiatry", "TX", "2024-06", "2024-08"),
    ],
    cv=dict(
        name="Ximena Rodríguez Castañeda", headline="Médica Cirujana y Partera · Aspiring Psychiatrist",
        contact=["+52 1 33 1856 2290", "ximena.rdzc@gmail.com", "Guadalajara, Jalisco, México", "B1/B2 visa"],
        sections=[
            ("Educación / Education", [
                dict(t="Médico Cirujano y Partero", d="ago. 2015 – jul. 2022",
                     o="Centro Universitario de Ciencias de la Salud, Universidad de Guadalajara, México"),
            ]),
            ("USMLE & ECFMG", ["Step 1 — Pass", "Step 2 CK — 233", "UWSA2 (practice) — 241", "ECFMG certification — in process (pending OET result)"]),
            ("Experiencia clínica en EE. UU.", [
                dict(t="Psychiatry Observership (inpatient & consult-liaison)", d="06/2024 – 08/2024",
                     o="UT Health San Antonio, San Antonio, TX"),
                dict(t="Virtual Rotation in Telepsychiatry (remote)", d="feb. 2024 – mar. 2024",
                     o="Hosted by University of California, San Francisco (UCSF), San Francisco, CA"),
            ]),
            ("Experiencia en México", [
                dict(t="Servicio Social (médico pasante)", d="ago. 2021 – jul. 2022",
                     o="Unidad de Medicina Familiar, Tlaquepaque, Jalisco"),
                dict(t="Médica general — Centro de Atención Primaria en Adicciones", d="sep. 2022 – actual",
                     o="Zapopan, Jalisco"),
            ]),
            ("Publicación", [
                "Rodríguez-Castañeda X, et al. Depresión posparto en el Occidente de México. Salud Mental. 2023;46(5):233-240.",
            ]),
            ("Idiomas", ["Español (nativo) · English (C1) · Français (B1)"]),
            ("Referencias", [
                "Dr. Ernesto Palafox Ruiz — UdeG — ernesto.palafox@academicos.udg.mx — +52 33 1058 5200",
                "Dr. Laura Whitfield — UT Health San Antonio — whitfieldl@uthscsa.edu",
            ]),
        ])))

# ---------------------------------------------------------------- 013
R.append(dict(
    file="w26_013_docx_footer_lo.pdf", layout="docx_footer_lo_pdf", kind="readable",
    full_name="Jose Miguel Bautista Reyes", email="jmbreyes.md@gmail.com", phone_e164="+639182234471",
    medical_school="University of the Philippines College of Medicine", medical_school_country="PH",
    graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None,
    ecfmg_status="certified", visa_status="h1b", specialties=["Internal Medicine", "Cardiology"],
    languages=["English", "Tagalog", "Cebuano"], publications=2,
    usce_entries=[
        E("observership", "Cardiology", "MN", "2024-10", "2024-10"),
        E("hands_on", "Internal Medicine", "NJ", "2024-11", "2025-01"),
    ],
    cv=dict(
        name="Jose Miguel Bautista Reyes, MD, DPCP", headline="Internist (Philippines) · Internal Medicine applicant",
        contact=["jmbreyes.md@gmail.com", "+63 918 223 4471", "Quezon City, Metro Manila, Philippines"],
        sections=[
            ("EDUCATION", [
                dict(t="Doctor of Medicine", d="2015 – 2019", o="University of the Philippines College of Medicine, Manila"),
                dict(t="Post-Graduate Internship", d="2019 – 2020", o="Philippine General Hospital, Manila"),
                dict(t="Residency, Internal Medicine (Diplomate, Philippine College of Physicians)", d="2021 – 2024",
                     o="Philippine General Hospital, Manila"),
            ]),
            ("LICENSES AND EXAMINATIONS", ["Philippine Physician Licensure Exam – passed 2020",
                                            "USMLE Step 1: Passed", "USMLE Step 2 CK: 252", "ECFMG Certified (2024)",
                                            "NBME CCSSA (practice): 259"]),
            ("UNITED STATES CLINICAL EXPERIENCE", [
                dict(t="Externship, Internal Medicine (hands-on)", d="November 2024 – January 2025",
                     o="Englewood Health, Englewood, New Jersey"),
                dict(t="Clinical Observership, Cardiovascular Medicine", d="October 2024",
                     o="Mayo Clinic, Rochester, Minnesota"),
            ]),
            ("PUBLICATIONS", [
                "Reyes JMB, Punzalan FE. Rheumatic heart disease in young Filipino adults. Acta Med Philipp. 2023;57(8):15-22.",
                "Reyes JMB, et al. Statin use after ACS in a Philippine registry. Philipp J Intern Med. 2024;62(2):101-108.",
            ]),
            ("INTERESTS", ["Internal Medicine, Cardiology"]),
            ("LANGUAGES", ["English, Tagalog, Cebuano"]),
            ("VISA", ["Requires H-1B visa sponsorship"]),
            ("PERSONAL INFORMATION", ["Birthdate: 02 July 1993", "Sex: Male", "Civil status: Married"]),
            ("REFERENCES", [
                "Dr. Felix Eduardo Punzalan — PGH Cardiology — fepunzalan@up.edu.ph — +63 2 8554 8400",
                "Dr. Amir Rahman — Englewood Health — amir.rahman@englewoodhealth.org — (201) 894-3000",
            ]),
        ])))

# ---------------------------------------------------------------- 014
R.append(dict(
    file="w26_014_docx2odt_lo.odt", layout="docx_to_odt_lo", kind="readable",
    full_name="Valentina Ospina Cárdenas", email="vale.ospina.c@javeriana.edu.co", phone_e164="+573102458876",
    medical_school="Pontificia Universidad Javeriana", medical_school_country="CO",
    graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
    ecfmg_status="not_certified", visa_status=None, specialties=["Obstetrics and Gynecology", "Family Medicine"],
    languages=["Spanish", "English", "German"], publications=0,
    usce_entries=[
        E("observership", "Obstetrics and Gynecology", "TX", "2025-06", "2025-08"),
        E("telehealth", "Family Medicine", "WA", "2025-10", "2025-11"),
    ],
    cv=dict(
        name="Valentina Ospina Cárdenas", headline="Médica Cirujana · Bogotá, Colombia",
        contact=["vale.ospina.c@javeriana.edu.co", "+57 (310) 245 8876", "Bogotá D.C., Colombia"],
        sections=[
            ("Formación académica", [
                dict(t="Médica Cirujana", d="ene. 2017 – dic. 2023", o="Pontificia Universidad Javeriana, Bogotá, Colombia"),
            ]),
            ("Exámenes", ["USMLE Step 1: Pass (2024)", "USMLE Step 2 CK: scheduled February 2027",
                          "ECFMG: not yet certified"]),
            ("Experiencia en Estados Unidos", [
                dict(t="Clinical Observership — Obstetrics & Gynecology", d="Verano 2025",
                     o="Texas Children's Pavilion for Women, Houston, TX"),
                dict(t="Rotación virtual (telemedicina) — Family Medicine", d="oct. 2025 – nov. 2025",
                     o="University of Washington School of Medicine, Seattle, WA (remote)"),
            ]),
            ("Experiencia en Colombia", [
                dict(t="Médica Rural — Servicio Social Obligatorio", d="feb. 2024 – ene. 2025",
                     o="Hospital San Rafael de Leticia, Amazonas"),
                dict(t="Médica general — Urgencias", d="03/2025 – actual", o="Clínica del Country, Bogotá"),
            ]),
            ("Intereses", ["Obstetrics and Gynecology; Family Medicine"]),
            ("Idiomas", ["Español (nativo), Inglés (avanzado), Alemán (intermedio – Goethe B2)"]),
            ("Referencias", [
                "Dr. Camilo Andrés Pinzón — Javeriana — capinzon@javeriana.edu.co — +57 601 594 6161",
            ]),
        ])))

# ---------------------------------------------------------------- 015
R.append(dict(
    file="w26_015_html_timeline.pdf", layout="html_timeline", kind="readable",
    full_name="Aaliyah Celestine Joseph", email="aaliyah.joseph@sgu.edu", phone_e164="+14734152280",
    medical_school="St. George's University School of Medicine", medical_school_country="GD",
    graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Pediatrics"],
    languages=["English", "French"], publications=1,
    usce_entries=[
        E("hands_on", "General Surgery", "NJ", "2021-04", "2021-06"),
        E("hands_on", "Pediatrics", "NY", "2021-07", "2021-08"),
        E("hands_on", "Obstetrics and Gynecology", "NY", "2021-09", "2021-10"),
        E("hands_on", "Psychiatry", "NY", "2021-11", "2021-12"),
        E("hands_on", "Pediatrics", "NY", "2022-02", "2022-03"),
        E("observership", "Pediatrics", "DC", "2024-08", "2024-10"),
    ],
    cv=dict(
        name="Aaliyah Celestine Joseph, MD", headline="Pediatrics · Grenada",
        contact=["aaliyah.joseph@sgu.edu", "+1 (473) 415-2280", "Grand Anse, St. George's, Grenada"],
        sections=[
            ("Timeline", [
                dict(t="Pediatric Observership", d="Aug 2024 – Oct 2024", o="Children's National Hospital, Washington, DC"),
                dict(t="House Officer, Paediatrics", d="Jan 2023 – Jun 2024", o="General Hospital, St. George's, Grenada"),
                dict(t="MD conferred", d="May 2023", o="St. George's University School of Medicine, Grenada"),
                dict(t="Pediatrics Sub-Internship", d="Feb 2022 – Mar 2022", o="Maimonides Medical Center, Brooklyn, NY"),
                dict(t="Psychiatry Core", d="Nov 2021 – Dec 2021", o="Kingsboro Psychiatric Center, Brooklyn, NY"),
                dict(t="Obstetrics & Gynecology Core", d="Sep 2021 – Oct 2021", o="Woodhull Medical Center, Brooklyn, NY"),
                dict(t="Pediatrics Core", d="Jul 2021 – Aug 2021", o="Maimonides Medical Center, Brooklyn, NY"),
                dict(t="Surgery Core", d="Apr 2021 – Jun 2021", o="St. Joseph's University Medical Center, Paterson, NJ"),
                dict(t="Internal Medicine Core", d="Jan 2021 – Mar 2021", o="Northwick Park Hospital, London, UK"),
                dict(t="Basic Sciences", d="Aug 2018 – Dec 2020", o="St. George's University, True Blue, Grenada"),
            ]),
            ("Exams", ["USMLE Step 1: Pass · Step 2 CK: 245 · ECFMG certified (2023)", "PLAB 1: Pass (2023) · IELTS Academic 8.0"]),
            ("Publication", ["Joseph AC, Noel K. Childhood obesity in Grenadian primary schools. West Indian Med J. 2023;70(4):211-216."]),
            ("Goal", ["Pediatrics residency (J-1 visa sponsorship via ECFMG required)"]),
            ("Languages", ["English, French"]),
            ("References", ["Dr. Kirk Noel — SGU Department of Pediatrics — knoel@sgu.edu — +1 473 444 4175"]),
        ])))

# ---------------------------------------------------------------- 016
R.append(dict(
    file="w26_016_html2docx_lo.docx", layout="html_to_docx_lo", kind="readable",
    full_name="Alejandro Javier Fuentes", email="ajfuentes.md@icloud.com", phone_e164="+13055187734",
    medical_school="Ross University School of Medicine", medical_school_country="DM",
    graduation_year=2017, is_student=False, usmle_step1=214, usmle_step2ck=221, usmle_step3=208,
    ecfmg_status="certified", visa_status="citizen", specialties=["Family Medicine"],
    languages=["English", "Spanish"], publications=0,
    usce_entries=[
        E("hands_on", "Internal Medicine", "FL", "2016-01", "2016-03"),
        E("hands_on", "General Surgery", "NJ", "2016-04", "2016-06"),
        E("observership", "Family Medicine", "FL", "2025-01", "2025-03"),
        E("hands_on", "Family Medicine", "FL", "2025-04", "2025-06"),
    ],
    cv=dict(
        name="Alejandro Javier Fuentes, M.D.", headline="Family Medicine",
        contact=["305.518.7734", "ajfuentes.md@icloud.com", "Hialeah, FL 33012", "U.S. Citizen"],
        sections=[
            ("Education", [
                dict(t="Doctor of Medicine", d="2013 – 2017",
                     o="Ross University School of Medicine, Portsmouth, Commonwealth of Dominica"),
                dict(t="B.S. Biology", d="2008 – 2012", o="Florida International University, Miami, FL"),
            ]),
            ("USMLE", ["Step 1: 214", "Step 2 CK: 221", "Step 2 CS: Pass", "Step 3: 208", "ECFMG certified 2017"]),
            ("Recent U.S. Clinical Experience", [
                dict(t="Hands-on Externship, Family Medicine", d="04/2025 – 06/2025", o="Hialeah Hospital, Hialeah, FL"),
                dict(t="Observership, Family Medicine", d="01/2025 – 03/2025", o="Baptist Health Primary Care, Miami, FL"),
            ]),
            ("Medical School Clerkships", [
                dict(t="Internal Medicine", d="Jan–Mar 2016", o="Mount Sinai Medical Center, Miami Beach, FL"),
                dict(t="Surgery", d="Apr–Jun 2016", o="Saint Michael's Medical Center, Newark, NJ"),
            ]),
            ("Other Work Experience", [
                dict(t="Pharmacy Operations Manager (non-clinical)", d="2018 – 2024", o="Farmacia Fuentes, Hialeah, FL"),
            ]),
            ("Languages", ["English, Spanish (native)"]),
            ("References", ["Dr. Maritza Oquendo — Hialeah Hospital — moquendo@hialeahhosp.com — (305) 693-6100"]),
        ])))

# ================================================================ scans
R.append(dict(
    file="w26_017_scan_pdf.pdf", layout="scan_pdf_reportlab", kind="scan",
    full_name="Rosa Elena Huamán Torres", email="rosa.huaman.t@gmail.com", phone_e164="+51946112378",
    medical_school="Universidad Nacional Mayor de San Marcos", medical_school_country="PE",
    graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Pediatrics"],
    languages=["Spanish", "English"], publications=1,
    usce_entries=[E("observership", "Pediatrics", "FL", "2025-01", "2025-02")],
    cv=dict(
        name="Rosa Elena Huamán Torres", headline="Médico Cirujano",
        contact=["rosa.huaman.t@gmail.com", "+51 946 112 378", "Lima, Perú"],
        sections=[
            ("Education", [dict(t="Médico Cirujano", d="2013 – 2020", o="Universidad Nacional Mayor de San Marcos, Lima, Perú")]),
            ("USMLE", ["Step 1: Pass", "Step 2 CK: 238", "ECFMG certified"]),
            ("U.S. Clinical Experience", [
                dict(t="Observership, Pediatrics", d="Jan 2025 – Feb 2025", o="Nicklaus Children's Hospital, Miami, FL")]),
            ("Experience in Peru", [dict(t="SERUMS", d="2021 – 2022", o="Puesto de Salud Chacas, Áncash"),
                                    dict(t="Médico general, Pediatría", d="2022 – present", o="Instituto Nacional de Salud del Niño, Lima")]),
            ("Publication", ["Huamán-Torres RE, et al. Anemia in Andean children. Rev Peru Med Exp Salud Publica. 2022;39(3):310-317."]),
            ("Interests", ["Pediatrics"]),
            ("Languages", ["Spanish, English"]),
            ("Visa", ["J-1 required"]),
        ])))

R.append(dict(
    file="w26_018_scan_photo.png", layout="scan_png_photo", kind="scan",
    full_name="Rafael Moreira Costa", email="rafael.mcosta@unifesp.br", phone_e164="+5521998123456",
    medical_school="Universidade Federal de São Paulo", medical_school_country="BR",
    graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=261, usmle_step3=None,
    ecfmg_status="certified", visa_status=None, specialties=["Neurology"],
    languages=["Portuguese", "English", "Spanish"], publications=3,
    usce_entries=[E("observership", "Neurology", "OH", "2024-09", "2024-11")],
    cv=dict(
        name="Rafael Moreira Costa", headline="Médico · Neurologia",
        contact=["rafael.mcosta@unifesp.br", "+55 (21) 99812-3456", "Rio de Janeiro – RJ"],
        sections=[
            ("Formação", [dict(t="Medicina (MD)", d="2017 – 2022", o="Universidade Federal de São Paulo (UNIFESP), São Paulo")]),
            ("USMLE", ["Step 1: Pass", "Step 2 CK: 261", "ECFMG certified"]),
            ("U.S. Clinical Experience", [dict(t="Observership, Neurology", d="set/2024 – nov/2024", o="Cleveland Clinic, Cleveland, OH")]),
            ("Publicações", ["Costa RM, et al. Stroke thrombolysis in Rio. Arq Neuropsiquiatr. 2023;81(2):120-127.",
                             "Costa RM, et al. Myasthenia gravis crisis. Arq Neuropsiquiatr. 2024;82(5):1-8.",
                             "Silva LP, Costa RM. Epilepsy surgery access in Brazil. Epilepsy Behav. 2025;162:110155."]),
            ("Interesse", ["Neurology"]),
            ("Idiomas", ["Português, English, Español"]),
        ])))

R.append(dict(
    file="w26_019_scan_photo.jpg", layout="scan_jpg_photo", kind="scan",
    full_name="Angelica Mae Villanueva Ramos", email="angelicamae.ramos@gmail.com", phone_e164="+639225678910",
    medical_school="Cebu Doctors' University College of Medicine", medical_school_country="PH",
    graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None,
    ecfmg_status="pending", visa_status="j1", specialties=["Family Medicine", "Geriatrics"],
    languages=["English", "Tagalog", "Cebuano"], publications=0,
    usce_entries=[E("observership", "Family Medicine", "NJ", "2025-02", "2025-03"),
                  E("telehealth", "Geriatrics", "NY", "2025-04", "2025-04")],
    cv=dict(
        name="ANGELICA MAE VILLANUEVA RAMOS, MD", headline="",
        contact=["+63 922 567 8910", "angelicamae.ramos@gmail.com", "Mandaue City, Cebu"],
        sections=[
            ("EDUCATION", [dict(t="Doctor of Medicine", d="2017 – 2021", o="Cebu Doctors' University College of Medicine, Mandaue City")]),
            ("EXAMS", ["USMLE Step 1 – PASSED", "USMLE Step 2 CK – 228", "ECFMG certification – pending"]),
            ("US CLINICAL EXPERIENCE", [
                dict(t="Observership, Family Medicine", d="2025.02 – 2025.03", o="Jersey City Medical Center, Jersey City, NJ"),
                dict(t="Virtual Geriatrics Rotation (telehealth)", d="April 2025", o="Mount Sinai Hospital, New York, NY (remote)")]),
            ("INTERESTS", ["Family Medicine, Geriatrics"]),
            ("LANGUAGES", ["English, Tagalog, Cebuano"]),
            ("VISA", ["J-1"]),
        ])))

R.append(dict(
    file="w26_020_scan_pdf.pdf", layout="scan_pdf_docx", kind="scan",
    full_name="Carolina Isabel Jiménez Batista", email="carolinajb.md@hotmail.com", phone_e164="+18095832291",
    medical_school="Pontificia Universidad Católica Madre y Maestra", medical_school_country="DO",
    graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None,
    ecfmg_status="certified", visa_status="b1b2", specialties=["Obstetrics and Gynecology"],
    languages=["Spanish", "English"], publications=0,
    usce_entries=[E("observership", "Obstetrics and Gynecology", "NY", "2024-03", "2024-05")],
    cv=dict(
        name="Carolina Isabel Jiménez Batista", headline="Doctora en Medicina",
        contact=["Tel. +1 809-583-2291", "carolinajb.md@hotmail.com", "Santiago de los Caballeros, República Dominicana"],
        sections=[
            ("Educación", [dict(t="Doctor en Medicina", d="2015 – 2021", o="Pontificia Universidad Católica Madre y Maestra (PUCMM), Santiago, R.D.")]),
            ("USMLE", ["Step 1: Pass", "Step 2 CK: 236", "ECFMG Certified"]),
            ("U.S. Clinical Experience", [dict(t="Observership, Obstetrics & Gynecology", d="03/2024 – 05/2024", o="NewYork-Presbyterian Queens, Flushing, NY")]),
            ("Experiencia en R.D.", [dict(t="Pasantía médica", d="2021 – 2022", o="Hospital Regional Universitario José María Cabral y Báez, Santiago")]),
            ("Interés", ["Obstetrics and Gynecology"]),
            ("Idiomas", ["Español, Inglés"]),
            ("Visa", ["B1/B2"]),
        ])))

R.append(dict(
    file="w26_021_scan_pdf.pdf", layout="scan_pdf_html", kind="scan",
    full_name="Emiliano Garza Villarreal", email="emiliano.garzav@tec.mx", phone_e164="+528127459031",
    medical_school="Tecnológico de Monterrey", medical_school_country="MX",
    graduation_year=2027, is_student=True, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
    ecfmg_status=None, visa_status="b1b2", specialties=["General Surgery"],
    languages=["Spanish", "English"], publications=1,
    usce_entries=[E("hands_on", "General Surgery", "TX", "2025-07", "2025-08")],
    cv=dict(
        name="Emiliano Garza Villarreal", headline="Estudiante de Medicina · 5º año",
        contact=["+52 1 81 2745 9031", "emiliano.garzav@tec.mx", "San Pedro Garza García, N.L."],
        sections=[
            ("Educación", [dict(t="Médico Cirujano (en curso, egreso esperado 2027)", d="ago. 2021 – actual",
                                o="Escuela de Medicina y Ciencias de la Salud, Tecnológico de Monterrey, Monterrey, México")]),
            ("USMLE", ["Step 1: programado para marzo 2027"]),
            ("U.S. Clinical Experience", [dict(t="Clinical Elective (hands-on), General Surgery", d="jul. 2025 – ago. 2025", o="Houston Methodist Hospital, Houston, TX")]),
            ("Publicación", ["Garza-Villarreal E, et al. Laparoscopic appendectomy outcomes. Cir Cir. 2025;93(2):140-146."]),
            ("Interés", ["General Surgery"]),
            ("Idiomas", ["Español, Inglés"]),
            ("Visa", ["B1/B2"]),
        ])))

DAMAGED = [
    dict(file="w26_022_truncated.pdf", layout="truncated_pdf", error=True),
    dict(file="w26_023_encrypted.pdf", layout="encrypted_pdf", error=True),
    dict(file="w26_024_random_bytes.docx", layout="random_bytes_docx", error=True),
]

TRUTH_KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
              "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
              "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
              "usce_entries"]


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth_line(r):
    d = {k: r.get(k) for k in TRUTH_KEYS}
    d["usce_months"] = months(r["usce_entries"])
    d["usce_months_clinical"] = months(r["usce_entries"], True)
    if r["kind"] == "scan":
        d["needs_ocr"] = True
    return d
