# -*- coding: utf-8 -*-
"""Applicant data: display content (what the CV shows) + truth (what a careful reader extracts)."""

def E(t, s, st, a, b):
    return {"type": t, "specialty": s, "state": st, "start": a, "end": b}

P = []

# 001 Brazil, sidebar teal, Portuguese headings/dates
P.append(dict(
    id="001", layout="sidebar_teal", kind="html", tpl="sidebar", color="#0f766e",
    name="Mariana Costa Albuquerque", title="Médica | Physician — Internal Medicine applicant",
    contacts=[("mail", "mariana.albuquerque.md@gmail.com"), ("phone", "+55 (31) 98765-4321"),
              ("pin", "Belo Horizonte, MG, Brasil"), ("link", "linkedin.com/in/marianacalbuquerque")],
    side=[("Idiomas", ["Português (nativo)", "English (fluent, C2)", "Español (intermediário)"]),
          ("Skills", ["Point-of-care ultrasound", "ACLS / BLS (AHA, 2024)", "Epic EHR (observership)", "REDCap, R"]),
          ("USMLE", ["Step 1: PASS (2023)", "Step 2 CK: 247 (2024)", "ECFMG Certified — 2024", "Visa: B1/B2 (valid to 2031)"]),
          ("Nascimento", ["1997"])],
    sections=[
        ("Objetivo", [("", "Seeking a categorical Internal Medicine residency position (Match 2027).", "", "")]),
        ("Formação", [("2017 – 2023", "Doutor em Medicina (MD equivalent)", "Universidade Federal de Minas Gerais (UFMG), Faculdade de Medicina — Belo Horizonte, Brasil", "Class rank: top 10%."),
                      ("2015 – 2016", "Pre-medical cursinho", "Colégio Bernoulli, Belo Horizonte", "")]),
        ("Experiência Clínica nos EUA", [
            ("jan/2025 – fev/2025", "Hands-on Clinical Elective — Internal Medicine", "Mount Sinai Hospital, New York, NY", "Admitted and followed 4–6 patients daily on the general medicine wards under attending supervision; wrote progress notes and presented on rounds."),
            ("abr/2025", "Observership — Cardiology", "Cleveland Clinic, Cleveland, Ohio", "Heart & Vascular Institute; echo lab and cath conference.")]),
        ("Experiência no Brasil", [
            ("mar/2023 – dez/2024", "Médica Generalista (General Practitioner)", "UPA Centro-Sul, Belo Horizonte", "Urgent care, 40 h/week."),
            ("2022", "Internato (final-year clerkship)", "Hospital das Clínicas da UFMG", "")]),
        ("Publicações", [
            ("2024", "Albuquerque MC, Ferreira LP, et al. Hospital readmission after heart failure discharge in a public hospital in Minas Gerais. Arq Bras Cardiol. 2024;121(3):e20230512.", "", ""),
            ("2023", "Souza TR, Albuquerque MC. Dengue-associated myocarditis: a case series. Rev Soc Bras Med Trop. 2023;56:e0214.", "", ""),
            ("2022", "Poster: Albuquerque MC. Sepsis bundle adherence in an ED. Congresso Brasileiro de Clínica Médica, 2022 (poster).", "", "")]),
        ("Referências", [("", "Dr. Paulo Henrique Ferreira — Professor of Medicine, UFMG", "paulo.ferreira@medicina.ufmg.br · +55 31 3409-9300", "")]),
    ],
    truth=dict(full_name="Mariana Costa Albuquerque", email="mariana.albuquerque.md@gmail.com", phone_e164="+5531987654321",
               medical_school="Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Internal Medicine"], languages=["Portuguese", "English", "Spanish"], publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "NY", "2025-01", "2025-02"), E("observership", "Cardiology", "OH", "2025-04", "2025-04")]),
    notes="Portuguese headings and dates (jan/fev/abr); poster not counted; referee phone +55 31 3409 in references."))

# 002 Colombia, timeline gutter
P.append(dict(
    id="002", layout="timeline_gutter", kind="html", tpl="timeline", color="#b45309",
    name="Andrés Felipe Restrepo Gómez", title="MD — Family Medicine & Pediatrics",
    contacts=[("mail", "af.restrepo.gomez@outlook.com"), ("phone", "+57 300 412 7788"), ("pin", "Medellín, Colombia")],
    side=[],
    sections=[
        ("Educación / Education", [("2015 — 2022", "Médico y Cirujano (MD)", "Universidad de Antioquia, Facultad de Medicina — Medellín, Colombia", "Graduated Dec 2022.")]),
        ("Experiencia en EE.UU. / US Clinical Experience", [
            ("Sep — Oct 2024", "Observership, Family Medicine", "Jackson Memorial Hospital, Miami, FL", "Outpatient family medicine clinics; chart review and patient shadowing."),
            ("Jun 2025 — present", "Research Fellow (Pediatrics)", "Johns Hopkins Hospital — Department of Pediatrics", "Retrospective cohort studies on pediatric asthma readmissions; no direct patient care.")]),
        ("Experiencia en Colombia", [
            ("2023 — 2024", "Servicio Social Obligatorio (rural physician)", "E.S.E. Hospital San Juan de Dios, Santa Fe de Antioquia", "Emergency, prenatal and well-child care."),
            ("2022", "Internado rotatorio", "Hospital San Vicente Fundación, Medellín", "")]),
        ("USMLE & ECFMG", [
            ("2023", "USMLE Step 1 — Pass", "", ""),
            ("2024", "USMLE Step 2 CK — 238", "", "NBME CCSSA practice: 245"),
            ("", "ECFMG certification: pending (OET Medicine scheduled)", "", "")]),
        ("Idiomas / Languages", [("", "Spanish (native), English (fluent)", "", "")]),
        ("Interests", [("", "Applying to Family Medicine and Pediatrics residencies. Visa: will require J-1 sponsorship (ECFMG).", "", "")]),
        ("Research output", [("2025", "Abstract: Restrepo-Gómez AF et al. Asthma readmissions in Baltimore. PAS Meeting 2025 (abstract).", "", ""),
                             ("", "Manuscript in preparation (pediatric asthma).", "", "")]),
        ("Referencias", [("", "Dr. Laura Mejía, Pediatrics Faculty — lmejia7@jhmi.edu, +1 (410) 555-0182", "", "")]),
    ],
    truth=dict(full_name="Andrés Felipe Restrepo Gómez", email="af.restrepo.gomez@outlook.com", phone_e164="+573004127788",
               medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Family Medicine", "Pediatrics"], languages=["Spanish", "English"], publications=0,
               usce_entries=[E("observership", "Family Medicine", "FL", "2024-09", "2024-10"), E("research", "Pediatrics", "MD", "2025-06", "2026-12")]),
    notes="Johns Hopkins Hospital without state -> MD; research 'present' -> 2026-12; abstract + in-preparation not counted; referee US phone."))

# 003 Ukraine, cards grid
P.append(dict(
    id="003", layout="cards_grid", kind="html", tpl="cards", color="#1d4ed8",
    name="Kateryna Shevchenko", alt_name="Катерина Шевченко", title="Neurology-bound physician · Kyiv → Boston",
    contacts=[("mail", "k.shevchenko.neuro@gmail.com"), ("phone", "+380 67 123 4567"), ("pin", "Kraków, Poland (temporary)")],
    side=[("Languages", ["Ukrainian — native", "Russian — native", "English — C1 (IELTS 8.0)", "Polish — B2"]),
          ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 251", "USMLE Step 3: 229", "ECFMG certified (2023)"]),
          ("Visa", ["Will require H-1B sponsorship"])],
    sections=[
        ("Education", [("2015–2021", "Doctor of Medicine (Лікар)", "Bogomolets National Medical University, Kyiv, Ukraine", ""),
                       ("2021–2023", "Internship (Neurology)", "Kyiv City Clinical Hospital No. 4", "")]),
        ("US Clinical Experience", [
            ("Feb–Apr 2024", "Clinical externship, Neurology (hands-on)", "Massachusetts General Hospital", "Stroke and general neurology inpatient services; performed neuro exams, wrote notes co-signed by residents."),
            ("Jul 2024", "Observership, Neurology", "Mayo Clinic, Rochester", "Epilepsy monitoring unit.")]),
        ("Other clinical work", [("2022–2023", "Neurologist (intern), wartime evacuation hospital", "Lviv Regional Hospital, Ukraine", "")]),
        ("Publications (peer-reviewed)", [
            ("2023", "Shevchenko K, et al. Post-traumatic epilepsy in civilians after blast injury. Epilepsia Open. 2023;8(4):1402-1410.", "", ""),
            ("2022", "Melnyk O, Shevchenko K. Guillain–Barré after COVID-19 vaccination. Ukr Neurol J. 2022;3:22-27.", "", ""),
            ("2024", "Shevchenko K, Hart J. Thrombectomy outcomes in patients >85. J Stroke Cerebrovasc Dis. 2024;33(6):107711.", "", "")]),
        ("References", [("", "Joshua Hart, MD — MGH Neurology, jhart@mgh.harvard.edu", "", "")]),
    ],
    truth=dict(full_name="Kateryna Shevchenko", email="k.shevchenko.neuro@gmail.com", phone_e164="+380671234567",
               medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=251, usmle_step3=229, ecfmg_status="certified", visa_status="h1b",
               specialties=["Neurology"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=3,
               usce_entries=[E("hands_on", "Neurology", "MA", "2024-02", "2024-04"), E("observership", "Neurology", "MN", "2024-07", "2024-07")]),
    notes="Name also in Cyrillic; MGH without state -> MA; 'Mayo Clinic, Rochester' -> MN; lives in Poland but school UA."))

# 004 Mexico, Canva-like
P.append(dict(
    id="004", layout="canva_onepage", kind="html", tpl="canva", color="#db2777",
    name="Juan Carlos Mendoza Ríos", title="MÉDICO CIRUJANO · EMERGENCY MEDICINE",
    contacts=[("mail", "jc.mendoza.rios@yahoo.com.mx"), ("phone", "+52 55 3412 8890"), ("pin", "CDMX, México")],
    side=[("Idiomas", ["Español", "English", "Français"]),
          ("Habilidades", ["ATLS 10th ed.", "ACLS", "Sutures & procedures", "Spanish medical interpreting"]),
          ("Exámenes", ["USMLE Step 1 — PASS (Oct 2024)", "Step 2 CK — scheduled Feb 2027", "NBME practice: 232"]),
          ("Visa", ["B1/B2 tourist visa"])],
    sections=[
        ("Perfil", [("", "Recent UNAM graduate pursuing Emergency Medicine (also applying Internal Medicine).", "", "")]),
        ("Educación", [("2018 – 2024", "Médico Cirujano", "Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", ""),
                       ("2023 – 2024", "Servicio Social", "Centro de Salud T-III, Iztapalapa", "")]),
        ("Rotaciones en EE.UU.", [
            ("marzo – abril 2025", "Hands-on Elective, Emergency Medicine", "University Medical Center of El Paso, El Paso, TX", "Saw ED patients, presented to attendings, performed procedures under supervision."),
            ("agosto 2025", "Virtual Rotation (telehealth), Internal Medicine", "UC Davis Health telemedicine program, Sacramento, CA", "Remote case presentations and tele-visits.")]),
        ("Publicación", [("2024", "Mendoza-Ríos JC, López A. Snakebite envenomation in central Mexico. Gac Med Mex. 2024;160(2):101-108.", "", "")]),
    ],
    truth=dict(full_name="Juan Carlos Mendoza Ríos", email="jc.mendoza.rios@yahoo.com.mx", phone_e164="+525534128890",
               medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2024, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
               specialties=["Emergency Medicine", "Internal Medicine"], languages=["Spanish", "English", "French"], publications=1,
               usce_entries=[E("hands_on", "Emergency Medicine", "TX", "2025-03", "2025-04"), E("telehealth", "Internal Medicine", "CA", "2025-08", "2025-08")]),
    notes="Spanish month names; Step 2 CK only scheduled -> null; NBME not USMLE; telehealth excluded from clinical."))

# 005 Poland, LaTeX-looking academic
P.append(dict(
    id="005", layout="latex_academic", kind="html", tpl="latex", color="#000",
    name="Tomasz Wiśniewski, MD, PhD", title="Curriculum Vitae",
    contacts=[("mail", "t.wisniewski@wum.edu.pl"), ("phone", "+48 601 234 567"), ("pin", "ul. Banacha 1a, 02-097 Warszawa, Poland")],
    side=[],
    sections=[
        ("Education", [("2013–2019", "Lekarz (MD)", "Warszawski Uniwersytet Medyczny (Medical University of Warsaw), Poland", ""),
                       ("2019–2023", "PhD in Medical Sciences (Hematology)", "Medical University of Warsaw", "")]),
        ("Examinations", [("2019", "USMLE Step 1: 241", "", ""), ("2020", "USMLE Step 2 CK: 255", "", ""), ("2021", "ECFMG Certificate", "", ""),
                          ("2019", "LEK (Polish state exam): 92nd percentile", "", "")]),
        ("Research and Clinical Appointments", [
            ("01/2023–06/2024", "Research Fellow, Leukemia Service", "Memorial Sloan Kettering Cancer Center, New York, NY", "CAR-T toxicity outcomes; no patient care."),
            ("08/2024", "Clinical Observer, Lymphoma/Myeloma", "MD Anderson Cancer Center, Houston, TX", ""),
            ("2019–2022", "Resident physician, Hematology", "Central Clinical Hospital, Warsaw", "")]),
        ("Peer-reviewed Publications", [
            ("", "1. Wiśniewski T, et al. Blood. 2024;143(2):110-121.", "", ""),
            ("", "2. Wiśniewski T, Nowak A. Leukemia. 2023;37:1881-1890.", "", ""),
            ("", "3. Kowalczyk M, Wiśniewski T. Br J Haematol. 2023;201(5):900-908.", "", ""),
            ("", "4. Wiśniewski T, et al. Pol Arch Intern Med. 2022;132(9):16310.", "", ""),
            ("", "5. Wiśniewski T, et al. Ann Hematol. 2022;101:2455-2463.", "", ""),
            ("", "6. Nowak A, Wiśniewski T. Acta Haematol Pol. 2021;52(4):301-307.", "", ""),
            ("", "7. Wiśniewski T. Hematology. 2020;25(1):388-395.", "", "")]),
        ("Abstracts and Manuscripts", [("", "ASH Annual Meeting 2023 (abstract #4512); EHA 2024 (poster). One manuscript submitted to JCO (2025).", "", "")]),
        ("Interests and Visa", [("", "Hematology/Oncology fellowship track via Internal Medicine residency. J-1 (ECFMG-sponsored) required.", "", "")]),
        ("Languages", [("", "Polish (native), English (fluent), German (B2)", "", "")]),
    ],
    truth=dict(full_name="Tomasz Wiśniewski", email="t.wisniewski@wum.edu.pl", phone_e164="+48601234567",
               medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2019, is_student=False,
               usmle_step1=241, usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Hematology/Oncology", "Internal Medicine"], languages=["Polish", "English", "German"], publications=7,
               usce_entries=[E("research", "Hematology/Oncology", "NY", "2023-01", "2024-06"), E("observership", "Hematology/Oncology", "TX", "2024-08", "2024-08")]),
    notes="LaTeX imitation in HTML (no texlive); PhD not the primary degree; 7 papers, abstracts/poster/submitted excluded; numeric Step 1 (pre-2022)."))

# 006 Italy, small caps serif
P.append(dict(
    id="006", layout="smallcaps_serif", kind="html", tpl="smallcaps", color="#7c2d12",
    name="Alessandra Bianchi", title="Medico Chirurgo — aspiring psychiatrist",
    contacts=[("mail", "alessandra.bianchi.md@libero.it"), ("phone", "+39 347 221 9034"), ("pin", "Milano, Italia")],
    side=[],
    sections=[
        ("Education", [("2016 – 2022", "Laurea Magistrale in Medicina e Chirurgia, 110/110 cum laude", "Università degli Studi di Milano", "Thesis: ketamine for treatment-resistant depression."),
                       ("2023", "Abilitazione (Italian medical licence)", "Ordine dei Medici di Milano", "")]),
        ("Clinical Experience — United States", [("Oct – Dec 2024", "Clinical Observer, Adult Psychiatry", "McLean Hospital, Belmont, MA", "Inpatient mood disorders unit; observed ECT and TMS.")]),
        ("Clinical Experience — Elsewhere", [("Jun 2024", "Observership, Psychiatry", "Centre for Addiction and Mental Health (CAMH), Toronto, Canada", ""),
                                              ("2023 – 2024", "Guardia medica (locum GP)", "ATS Milano", "")]),
        ("Examinations", [("", "USMLE Step 1 — Pass; Step 2 CK — 244; ECFMG certified (2024). PLAB 1 passed (2023).", "", "")]),
        ("Publications", [("2023", "Bianchi A, Rossi G. Esketamine in older adults. J Affect Disord. 2023;340:12-18.", "", ""),
                          ("2024", "Oral presentation: SIP national congress, Rome (2024).", "", "")]),
        ("Languages", [("", "Italian (mother tongue) · English (C2) · Spanish (B1)", "", "")]),
        ("Career goal", [("", "Psychiatry residency, 2027 Match.", "", "")]),
        ("Referees", [("", "Prof. Giorgio Rossi — giorgio.rossi@unimi.it — +39 02 5031 2000", "", "")]),
    ],
    truth=dict(full_name="Alessandra Bianchi", email="alessandra.bianchi.md@libero.it", phone_e164="+393472219034",
               medical_school="Università degli Studi di Milano", medical_school_country="IT", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Psychiatry"], languages=["Italian", "English", "Spanish"], publications=1,
               usce_entries=[E("observership", "Psychiatry", "MA", "2024-10", "2024-12")]),
    notes="Small-caps headings with letter spacing; Toronto observership is not USCE; PLAB not USMLE; no visa stated."))

# 007 Romania, docx with sidebar table
P.append(dict(
    id="007", layout="docx_sidebar_table", kind="docx", tpl="docx_sidebar",
    name="Ioana Popescu", title="Medic rezident · Internal Medicine / Nephrology",
    contacts=[("mail", "ioana.popescu.med@gmail.com"), ("phone", "+40 722 315 904"), ("pin", "București, România")],
    side=[("LANGUAGES", ["Romanian (native)", "English (C2)", "French (B2)", "Italian (B1)"]),
          ("USMLE", ["Step 1: PASS", "Step 2 CK: 239", "ECFMG: certification pending (Step 2 CS waived, OET done)"]),
          ("VISA", ["J-1 sponsorship needed"]), ("BORN", ["14.03.1998"])],
    sections=[
        ("EDUCATION", [("2017–2023", "Doctor-medic (MD)", "Universitatea de Medicină și Farmacie „Carol Davila”, București", "")]),
        ("U.S. CLINICAL EXPERIENCE", [
            ("05/2024 – 06/2024", "Hands-on externship, Internal Medicine", "Brookdale University Hospital Medical Center, Brooklyn, NY", ""),
            ("06/2024 – 07/2024", "Hands-on rotation, Nephrology", "Saint Peter's University Hospital, New Brunswick, NJ", "Overlapped with Brookdale by two weeks.")]),
        ("ROMANIA", [("2024 – present", "Resident physician (Nephrology), year 2", "Spitalul Clinic Dr. Carol Davila, București", "")]),
        ("GOALS", [("", "Internal Medicine residency, then Nephrology fellowship.", "", "")]),
        ("REFEREE", [("", "Dr. Mihai Dumitrescu — mihai.dumitrescu@umfcd.ro — +40 21 318 0719", "", "")]),
    ],
    truth=dict(full_name="Ioana Popescu", email="ioana.popescu.med@gmail.com", phone_e164="+40722315904",
               medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Internal Medicine", "Nephrology"], languages=["Romanian", "English", "French", "Italian"], publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "NY", "2024-05", "2024-06"), E("hands_on", "Nephrology", "NJ", "2024-06", "2024-07")]),
    notes="python-docx; contacts only in a left table cell; overlapping June counted once (3 months); 'present' is home residency, not USCE."))

# 008 SGU Grenada, US citizen, clerkship two-column table
P.append(dict(
    id="008", layout="clerkship_table", kind="html", tpl="clerk", color="#991b1b",
    name="Tyler James Whitaker", title="MD Candidate, Class of 2027 · St. George's University",
    contacts=[("mail", "twhitaker@sgu.edu"), ("phone", "(973) 555-0147"), ("pin", "Morristown, NJ")],
    side=[],
    rows=[("Internal Medicine (12 wks)", "Kingsbrook Jewish Medical Center, Brooklyn, NY — Jul 2025 – Sep 2025"),
          ("General Surgery (12 wks)", "St. Joseph's University Medical Center, Paterson, NJ — Oct 2025 – Dec 2025"),
          ("Pediatrics (6 wks)", "Maimonides Medical Center, Brooklyn, NY — Jan 2026 – Feb 2026"),
          ("Obstetrics & Gynecology (6 wks)", "Jamaica Hospital Medical Center, Queens, NY — Mar 2026 – Apr 2026"),
          ("Psychiatry (6 wks)", "Larkin Community Hospital, South Miami, FL — May 2026 – Jun 2026"),
          ("Sub-Internship, Surgery", "Wyckoff Heights Medical Center, Brooklyn, NY — Aug 2026 – present")],
    rows_heading="Core Clerkships & Electives (United States)",
    sections=[
        ("Education", [("Aug 2021 – May 2027 (expected)", "Doctor of Medicine (MD)", "St. George's University School of Medicine, True Blue, Grenada, West Indies", "Basic sciences in Grenada (2021–2023)."),
                       ("2017 – 2021", "B.S. Biology", "Rutgers University, New Brunswick, NJ", "")]),
        ("Board Examinations", [("", "USMLE Step 1: Pass (first attempt, 2024) · Step 2 CK: scheduled Jan 2027", "", "")]),
        ("Career Interest", [("", "General Surgery", "", "")]),
        ("Personal", [("", "U.S. citizen · Languages: English, Spanish (conversational)", "", "")]),
    ],
    truth=dict(full_name="Tyler James Whitaker", email="twhitaker@sgu.edu", phone_e164="+19735550147",
               medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="citizen",
               specialties=["General Surgery"], languages=["English", "Spanish"], publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "NY", "2025-07", "2025-09"), E("hands_on", "General Surgery", "NJ", "2025-10", "2025-12"),
                             E("hands_on", "Pediatrics", "NY", "2026-01", "2026-02"), E("hands_on", "Obstetrics and Gynecology", "NY", "2026-03", "2026-04"),
                             E("hands_on", "Psychiatry", "FL", "2026-05", "2026-06"), E("hands_on", "General Surgery", "NY", "2026-08", "2026-12")]),
    notes="Caribbean student, US clerkships are hands_on; rotation list as two-column table; sub-I 'present' -> 2026-12; gap in 2026-07."))

# 009 Philippines, sidebar with photo placeholder
P.append(dict(
    id="009", layout="sidebar_photo_ph", kind="html", tpl="sidebar", color="#6d28d9",
    name="Maria Angelica Dela Cruz Reyes", title="MD · Pediatrics",
    contacts=[("mail", "angelica.dcreyes@gmail.com"), ("phone", "+63 917 555 0142"), ("pin", "Quezon City, Philippines")],
    side=[("Languages", ["English", "Filipino (Tagalog)", "Cebuano"]),
          ("Licensure", ["Philippine Physician Licensure Exam (PLE) 2021", "USMLE Step 1 — Passed", "USMLE Step 2 CK — 236", "ECFMG Certified"]),
          ("Visa", ["Current B1/B2 visa holder"]), ("Skills", ["PALS, NRP", "Pediatric IV access", "Breastfeeding counselling"])],
    sections=[
        ("Education", [("2016–2020", "Doctor of Medicine", "University of Santo Tomas Faculty of Medicine and Surgery, Manila", ""),
                       ("2020–2021", "Post-graduate internship", "Philippine General Hospital, Manila", "")]),
        ("US Clinical Experience", [
            ("Feb 2025 – Mar 2025", "Observership, General Pediatrics", "Children's Hospital of Philadelphia", ""),
            ("May 2025", "Hands-on Externship, Pediatrics", "Driscoll Children's Hospital, Corpus Christi, Texas", "Pre-rounded, wrote notes, family updates in Spanish-speaking families with interpreter.")]),
        ("Work Experience (Philippines)", [("2021–2024", "Resident physician, Pediatrics", "Vicente Sotto Memorial Medical Center, Cebu City", "")]),
        ("Goal", [("", "Categorical Pediatrics residency.", "", "")]),
        ("References", [("", "Dr. Ramon Villanueva, Chair of Pediatrics — rvillanueva@vsmmc.ph — +63 32 253 9891", "", "")]),
    ],
    truth=dict(full_name="Maria Angelica Dela Cruz Reyes", email="angelica.dcreyes@gmail.com", phone_e164="+639175550142",
               medical_school="University of Santo Tomas", medical_school_country="PH", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Pediatrics"], languages=["English", "Filipino", "Cebuano"], publications=0,
               usce_entries=[E("observership", "Pediatrics", "PA", "2025-02", "2025-03"), E("hands_on", "Pediatrics", "TX", "2025-05", "2025-05")]),
    notes="CHOP without state -> PA; 'Filipino (Tagalog)' -> Filipino; post-graduate internship not the degree."))

# 010 Dominica, timeline
P.append(dict(
    id="010", layout="timeline_dominica", kind="html", tpl="timeline", color="#047857",
    name="Jasmine Adaeze Okafor", title="Fourth-year medical student · Obstetrics & Gynecology",
    contacts=[("mail", "jasmine.okafor@allsaintsu.org"), ("phone", "+1 404-555-0163"), ("pin", "Atlanta, GA")],
    side=[],
    sections=[
        ("Education", [("2022 – May 2027 (exp.)", "Doctor of Medicine", "All Saints University School of Medicine, Roseau, Commonwealth of Dominica", ""),
                       ("2018 – 2022", "B.S. Biology", "Georgia State University", "")]),
        ("Clinical Rotations (USA)", [
            ("2025-09 → 2025-11", "Internal Medicine core clerkship", "Larkin Community Hospital Palm Springs Campus, Hialeah, FL", ""),
            ("2025-12 → 2026-01", "OB/GYN core clerkship", "Nassau University Medical Center, East Meadow, NY", ""),
            ("2026-02 → 2026-03", "Family Medicine core clerkship", "Southside Medical Center, Atlanta, GA", "")]),
        ("Exams", [("2025", "USMLE Step 1: Pass", "", ""), ("", "CBSE practice 71, NBME 28: 243 (Step 2 practice)", "", "")]),
        ("Volunteer", [("2019 – 2022", "Doula volunteer", "Grady Memorial Hospital, Atlanta, GA", "Non-clinical volunteer.")]),
        ("About", [("", "U.S. citizen. Languages: English, Igbo. Interested in Obstetrics and Gynecology.", "", "")]),
    ],
    truth=dict(full_name="Jasmine Adaeze Okafor", email="jasmine.okafor@allsaintsu.org", phone_e164="+14045550163",
               medical_school="All Saints University School of Medicine", medical_school_country="DM", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="citizen",
               specialties=["Obstetrics and Gynecology"], languages=["English", "Igbo"], publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "FL", "2025-09", "2025-11"), E("hands_on", "Obstetrics and Gynecology", "NY", "2025-12", "2026-01"),
                             E("hands_on", "Family Medicine", "GA", "2026-02", "2026-03")]),
    notes="ISO-style dates with arrows; doula volunteering is not clinical USCE; practice scores not USMLE."))

# 011 Saba, docx rotation table
P.append(dict(
    id="011", layout="docx_rotation_table", kind="docx", tpl="docx_rot",
    name="Ethan Michael Goldberg", title="MD Candidate 2027",
    contacts=[("mail", "egoldberg@saba.edu"), ("phone", "(561) 555-0119"), ("pin", "Boca Raton, FL 33431")],
    side=[],
    rows=[("Internal Medicine", "Aventura Hospital & Medical Center, Aventura, FL · Jan–Mar 2026"),
          ("Surgery", "Hackensack Meridian Health Palisades Medical Center, North Bergen, NJ · Apr–Jun 2026"),
          ("Emergency Medicine (elective)", "Memorial Regional Hospital, Hollywood, FL · Nov 2026 – current")],
    rows_heading="Clinical Clerkships",
    sections=[
        ("Education", [("2022 – 2027 (expected)", "Doctor of Medicine", "Saba University School of Medicine, Saba, Dutch Caribbean", ""),
                       ("2018 – 2022", "B.A. Psychology", "Florida Atlantic University", "")]),
        ("USMLE", [("", "Step 1: Pass (2025)", "", "")]),
        ("Interests", [("", "Emergency Medicine; Internal Medicine", "", "")]),
        ("Other", [("", "United States citizen · English, Hebrew", "", "")]),
    ],
    truth=dict(full_name="Ethan Michael Goldberg", email="egoldberg@saba.edu", phone_e164="+15615550119",
               medical_school="Saba University School of Medicine", medical_school_country="BQ", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="citizen",
               specialties=["Emergency Medicine", "Internal Medicine"], languages=["English", "Hebrew"], publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "FL", "2026-01", "2026-03"), E("hands_on", "General Surgery", "NJ", "2026-04", "2026-06"),
                             E("hands_on", "Emergency Medicine", "FL", "2026-11", "2026-12")]),
    notes="Saba -> BQ (Caribbean Netherlands); 'Surgery' mapped to General Surgery; 'current' -> 2026-12."))

# 012 Germany, Lebenslauf with SVG icons
P.append(dict(
    id="012", layout="lebenslauf_icons", kind="html", tpl="sidebar", color="#334155",
    name="Dr. med. Lukas Bergmann", title="Arzt · Anesthesiology / Critical Care",
    contacts=[("mail", "lukas.bergmann@posteo.de"), ("phone", "+49 (0)151 2345 6789"), ("pin", "München, Deutschland")],
    side=[("Sprachen", ["Deutsch (Muttersprache)", "Englisch (C2)", "Spanisch (B2)"]),
          ("Prüfungen", ["USMLE Step 1: bestanden (Pass)", "USMLE Step 2 CK: 260", "ECFMG certified 03/2023"]),
          ("Visum", ["J-1 (ECFMG)"]), ("Geburtsjahr", ["1995"])],
    sections=[
        ("Ausbildung / Education", [("10/2014 – 11/2021", "Staatsexamen Humanmedizin (Approbation 2021)", "Ludwig-Maximilians-Universität München (LMU)", ""),
                                    ("2022", "Dr. med. (doctoral thesis)", "LMU München", "")]),
        ("Berufserfahrung / Experience", [("12/2021 – 09/2023", "Assistenzarzt, Anästhesiologie", "Klinikum der Universität München", "")]),
        ("USA", [("10/2023 – 12/2023", "Clinical Observer, Anesthesiology", "Massachusetts General Hospital", ""),
                 ("01/2024 – 09/2024", "Research Scholar, Critical Care Medicine (CRISMA Center)", "University of Pittsburgh Medical Center, Pittsburgh, PA", "")]),
        ("Publikationen", [("", "4 peer-reviewed original articles (Crit Care Med 2024; Anesth Analg 2023; Br J Anaesth 2022; Anaesthesist 2021).", "", ""),
                           ("", "3 congress abstracts (DAC, SCCM).", "", "")]),
        ("Ziel / Goal", [("", "Anesthesiology residency, with interest in Pulmonary/Critical Care.", "", "")]),
    ],
    truth=dict(full_name="Lukas Bergmann", email="lukas.bergmann@posteo.de", phone_e164="+4915123456789",
               medical_school="Ludwig-Maximilians-Universität München", medical_school_country="DE", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["German", "English", "Spanish"], publications=4,
               usce_entries=[E("observership", "Anesthesiology", "MA", "2023-10", "2023-12"), E("research", "Pulmonology/Critical Care", "PA", "2024-01", "2024-09")]),
    notes="German headings; '(0)' trunk prefix dropped in E.164; title 'Dr. med.' stripped; MGH without state -> MA; publications given as a count."))

# 013 Peru, inline-SVG icons, Spanish headings
P.append(dict(
    id="013", layout="icons_header_peru", kind="html", tpl="canva", color="#dc2626",
    name="Lucía Fernanda Quispe Huamán", title="Médico Cirujano · Infectious Disease",
    contacts=[("mail", "lucia.quispe.h@upch.pe"), ("phone", "+51 987 654 321"), ("pin", "Lima, Perú")],
    side=[("Idiomas", ["Español (nativo)", "Quechua (intermedio)", "Inglés (avanzado)"]),
          ("USMLE", ["Step 1: Aprobado / Pass", "Step 2 CK: 242", "ECFMG: certificada"]),
          ("Visa", ["B1/B2"])],
    sections=[
        ("Formación académica", [("2015 – 2022", "Médico Cirujano", "Universidad Peruana Cayetano Heredia, Lima", ""),
                                 ("2022 – 2023", "SERUMS (servicio rural)", "Puesto de Salud Chuschi, Ayacucho", "")]),
        ("Experiencia clínica en EE.UU.", [
            ("julio – agosto 2024", "Observership, Infectious Diseases", "Emory University Hospital, Atlanta, GA", ""),
            ("ene 2025 – mar 2025", "Hands-on rotation, Internal Medicine", "Texas Tech University Health Sciences Center, El Paso, TX", "")]),
        ("Publicaciones", [("2023", "Quispe-Huamán LF, et al. Bartonellosis in the Peruvian Andes. Am J Trop Med Hyg. 2023;108(4):712-9.", "", ""),
                           ("2024", "Quispe-Huamán LF, Gotuzzo E. Strongyloides hyperinfection. Rev Peru Med Exp Salud Publica. 2024;41(1):55-61.", "", "")]),
        ("Intereses", [("", "Internal Medicine residency → Infectious Disease fellowship.", "", "")]),
    ],
    truth=dict(full_name="Lucía Fernanda Quispe Huamán", email="lucia.quispe.h@upch.pe", phone_e164="+51987654321",
               medical_school="Universidad Peruana Cayetano Heredia", medical_school_country="PE", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=242, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Infectious Disease", "Internal Medicine"], languages=["Spanish", "Quechua", "English"], publications=2,
               usce_entries=[E("observership", "Infectious Disease", "GA", "2024-07", "2024-08"), E("hands_on", "Internal Medicine", "TX", "2025-01", "2025-03")]),
    notes="Spanish month names (julio, ene); languages in Spanish (Inglés -> English)."))

# 014 Mexico, green card, cards grid
P.append(dict(
    id="014", layout="cards_grid_mx", kind="html", tpl="cards", color="#0369a1",
    name="Daniela Hernández Villalobos", title="Family Medicine applicant · U.S. Permanent Resident",
    contacts=[("mail", "dani.hernandez.v@gmail.com"), ("phone", "+1 (210) 555-0175"), ("pin", "San Antonio, TX")],
    side=[("Languages", ["Spanish", "English"]),
          ("Scores", ["USMLE Step 1 — Pass", "Step 2 CK — 231", "Step 3 — 218", "ECFMG Certified"]),
          ("Status", ["Green card holder (LPR)"])],
    sections=[
        ("Education", [("2014 – 2021", "Médico Cirujano y Partero", "Universidad Autónoma de Nuevo León (UANL), Monterrey", ""),
                       ("2020 – 2021", "Servicio Social", "Hospital General de Zona No. 17, IMSS", "")]),
        ("U.S. Clinical Experience", [
            ("Jun 2023 – Aug 2023", "Hands-on externship, Family Medicine", "Baylor Scott & White Medical Center, Temple, TX", ""),
            ("Sep 2023", "Observership, Family Medicine", "UT Health San Antonio, San Antonio, TX", "")]),
        ("Work", [("2021 – 2023", "Médico general", "Clínica San José, Monterrey", ""),
                  ("2024 – present", "Medical scribe (non-clinical)", "CHRISTUS Santa Rosa, San Antonio, TX", "")]),
        ("Goal", [("", "Family Medicine residency.", "", "")]),
    ],
    truth=dict(full_name="Daniela Hernández Villalobos", email="dani.hernandez.v@gmail.com", phone_e164="+12105550175",
               medical_school="Universidad Autónoma de Nuevo León", medical_school_country="MX", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=231, usmle_step3=218, ecfmg_status="certified", visa_status="green_card",
               specialties=["Family Medicine"], languages=["Spanish", "English"], publications=0,
               usce_entries=[E("hands_on", "Family Medicine", "TX", "2023-06", "2023-08"), E("observership", "Family Medicine", "TX", "2023-09", "2023-09")]),
    notes="Scribe job (present) is non-clinical and not counted as USCE; green card."))

# 015 Brazil academic gutter
P.append(dict(
    id="015", layout="gutter_academic_br", kind="html", tpl="latex", color="#000",
    name="Rafael Nogueira Lima", title="Curriculum Vitae — Cardiology research",
    contacts=[("mail", "rafael.nlima@usp.br"), ("phone", "+55 11 99123-4567"), ("pin", "São Paulo, SP, Brasil")],
    side=[],
    sections=[
        ("Formação Acadêmica", [("2012–2018", "Médico (MD)", "Faculdade de Medicina da Universidade de São Paulo (FMUSP)", ""),
                                ("2019–2021", "Residência em Clínica Médica", "Hospital das Clínicas FMUSP", "")]),
        ("Experiência nos Estados Unidos", [
            ("mar/2022 a fev/2023", "Postdoctoral Research Fellow, Cardiovascular Medicine", "Brigham and Women's Hospital", ""),
            ("abr/2023", "Observership, Cardiology (echo & heart failure)", "Mayo Clinic, Jacksonville", "")]),
        ("Exames", [("2018", "USMLE Step 1: 232", "", ""), ("2019", "USMLE Step 2 CK: 249", "", ""), ("2020", "ECFMG certified", "", "")]),
        ("Publicações (peer-reviewed)", [("", "Lima RN et al. JACC Heart Fail. 2023;11(4):455-466.", "", ""),
                                         ("", "Lima RN, Santos F. Arq Bras Cardiol. 2022;118(2):300-309.", "", ""),
                                         ("", "Santos F, Lima RN. Circ Heart Fail. 2023;16:e010221.", "", ""),
                                         ("", "Lima RN et al. Int J Cardiol. 2021;340:55-61.", "", ""),
                                         ("", "Lima RN et al. Eur J Heart Fail. 2024;26(1):88-97.", "", "")]),
        ("Idiomas", [("", "Português (nativo), English (fluent), Español, Italiano (básico)", "", "")]),
        ("Objetivo", [("", "Internal Medicine residency, Cardiology fellowship. Visa: J-1.", "", "")]),
    ],
    truth=dict(full_name="Rafael Nogueira Lima", email="rafael.nlima@usp.br", phone_e164="+5511991234567",
               medical_school="Universidade de São Paulo", medical_school_country="BR", graduation_year=2018, is_student=False,
               usmle_step1=232, usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Cardiology"], languages=["Portuguese", "English", "Spanish", "Italian"], publications=5,
               usce_entries=[E("research", "Cardiology", "MA", "2022-03", "2023-02"), E("observership", "Cardiology", "FL", "2023-04", "2023-04")]),
    notes="Brigham without state -> MA; 'Mayo Clinic, Jacksonville' -> FL; Portuguese 'mar/2022 a fev/2023'; Brazilian residency not primary degree."))

# 016 Ukraine, sidebar orange
P.append(dict(
    id="016", layout="sidebar_orange_ua", kind="html", tpl="sidebar", color="#c2410c",
    name="Oleksandr Kovalenko", alt_name="Олександр Коваленко", title="Physician · Internal Medicine / GI",
    contacts=[("mail", "o.kovalenko.md@ukr.net"), ("phone", "+48 512 880 431"), ("pin", "Wrocław, Poland")],
    side=[("Languages", ["Ukrainian", "Russian", "Polish", "English"]),
          ("USMLE", ["Step 1: PASS", "Step 2 CK: 233", "ECFMG Certified (2024)"]),
          ("Visa", ["J-1 required"])],
    sections=[
        ("Education", [("2014 – 2020", "Medical Doctor (Лікар)", "Kharkiv National Medical University, Kharkiv, Ukraine", "")]),
        ("US Clinical Experience", [
            ("Oct 2025 – Dec 2025", "Hands-on Clinical Rotation, Internal Medicine", "John H. Stroger Jr. Hospital of Cook County, Chicago, IL", ""),
            ("Jan 2026", "Observership, Gastroenterology", "Cleveland Clinic, Cleveland, OH", "")]),
        ("Experience", [("2020 – 2022", "Intern, Internal Medicine", "Kharkiv Regional Clinical Hospital", ""),
                        ("2022 – 2025", "Physician assistant role (nostrification pending)", "Uniwersytecki Szpital Kliniczny, Wrocław", "")]),
        ("Publications", [("2021", "Kovalenko O, et al. H. pylori eradication in Eastern Ukraine. Wiad Lek. 2021;74(9):2101-2105.", "", "")]),
        ("Goals", [("", "Internal Medicine residency; Gastroenterology fellowship.", "", "")]),
    ],
    truth=dict(full_name="Oleksandr Kovalenko", email="o.kovalenko.md@ukr.net", phone_e164="+48512880431",
               medical_school="Kharkiv National Medical University", medical_school_country="UA", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Gastroenterology"], languages=["Ukrainian", "Russian", "Polish", "English"], publications=1,
               usce_entries=[E("hands_on", "Internal Medicine", "IL", "2025-10", "2025-12"), E("observership", "Gastroenterology", "OH", "2026-01", "2026-01")]),
    notes="Polish phone, Ukrainian school; Cyrillic name too; Polish hospital work not USCE."))

# ---- scans (rendered with Chromium, rasterized, degraded) ----
P.append(dict(
    id="017", layout="scan_sidebar", kind="scan", tpl="sidebar", color="#15803d", scan=dict(fmt="pdf", angle=1.2, blur=0.8, noise=18, contrast=0.7),
    name="Valentina Ospina Cárdenas", title="Médica General · Pediatrics",
    contacts=[("mail", "valentina.ospina.c@gmail.com"), ("phone", "+57 315 220 6143"), ("pin", "Bogotá, Colombia")],
    side=[("Idiomas", ["Español", "English", "Português"]), ("USMLE", ["Step 1: Pass", "Step 2 CK: 240", "ECFMG certified"]), ("Visa", ["B1/B2"])],
    sections=[
        ("Educación", [("2016 – 2023", "Médico Cirujano", "Universidad Nacional de Colombia, Bogotá", "")]),
        ("Experiencia en EE.UU.", [("Nov – Dic 2024", "Observership, Pediatrics", "Nicklaus Children's Hospital, Miami, FL", "")]),
        ("Experiencia", [("2023 – 2024", "Médica rural (SSO)", "Hospital San Rafael, Leticia, Amazonas", "")]),
        ("Objetivo", [("", "Pediatrics residency.", "", "")]),
    ],
    truth=dict(full_name="Valentina Ospina Cárdenas", email="valentina.ospina.c@gmail.com", phone_e164="+573152206143",
               medical_school="Universidad Nacional de Colombia", medical_school_country="CO", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Pediatrics"], languages=["Spanish", "English", "Portuguese"], publications=0,
               usce_entries=[E("observership", "Pediatrics", "FL", "2024-11", "2024-12")]),
    notes="image-only PDF, rotated 1.2 deg, noise+blur, low contrast; 'Dic' Spanish month."))

P.append(dict(
    id="018", layout="photo_timeline", kind="scan", tpl="timeline", color="#1e40af", scan=dict(fmt="png", angle=-1.7, blur=1.0, noise=25, contrast=0.75),
    name="Jose Miguel Bautista Santos", title="MD · Internal Medicine",
    contacts=[("mail", "jm.bautista.santos@yahoo.com"), ("phone", "+63 918 204 7731"), ("pin", "Cebu City, Philippines")],
    side=[],
    sections=[
        ("Education", [("2015 – 2019", "Doctor of Medicine", "Cebu Institute of Medicine, Cebu City", "")]),
        ("US Clinical Experience", [("Feb 2024 – Apr 2024", "Hands-on externship, Internal Medicine", "Jersey City Medical Center, Jersey City, NJ", ""),
                                    ("May 2024", "Observership, Geriatrics", "Mount Sinai Hospital, New York, NY", "")]),
        ("Exams", [("", "USMLE Step 1: Pass · Step 2 CK: 228 · ECFMG Certified", "", "")]),
        ("Other", [("", "Languages: English, Filipino, Cebuano · Will need H-1B visa · Interests: Internal Medicine, Geriatrics", "", "")]),
    ],
    truth=dict(full_name="Jose Miguel Bautista Santos", email="jm.bautista.santos@yahoo.com", phone_e164="+639182047731",
               medical_school="Cebu Institute of Medicine", medical_school_country="PH", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Geriatrics"], languages=["English", "Filipino", "Cebuano"], publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2024-02", "2024-04"), E("observership", "Geriatrics", "NY", "2024-05", "2024-05")]),
    notes="PNG photo of the page, rotated -1.7 deg, blur + noise."))

P.append(dict(
    id="019", layout="scan_cards", kind="scan", tpl="cards", color="#7e22ce", scan=dict(fmt="pdf", angle=0.6, blur=0.6, noise=15, contrast=0.65),
    name="Andreea Mihaela Ionescu", title="MD · Neurology / Psychiatry",
    contacts=[("mail", "andreea.ionescu@umfcluj.ro"), ("phone", "+40 745 118 262"), ("pin", "Cluj-Napoca, România")],
    side=[("Languages", ["Romanian", "English", "Hungarian"]), ("Exams", ["Step 1: Pass", "Step 2 CK: 245", "ECFMG certified"]), ("Visa", ["J-1"])],
    sections=[
        ("Education", [("2016–2022", "Doctor-medic", "Iuliu Hațieganu University of Medicine and Pharmacy, Cluj-Napoca", "")]),
        ("US Experience", [("Sep 2024 – Feb 2025", "Research Fellow, Neurology", "Johns Hopkins Hospital", ""),
                           ("Mar 2025", "Observership, Neurology", "Johns Hopkins Hospital", "")]),
        ("Publications", [("2024", "Ionescu AM et al. Neurology. 2024;102(3):e208012.", "", "")]),
        ("Interests", [("", "Neurology; Psychiatry", "", "")]),
    ],
    truth=dict(full_name="Andreea Mihaela Ionescu", email="andreea.ionescu@umfcluj.ro", phone_e164="+40745118262",
               medical_school="Iuliu Hațieganu University of Medicine and Pharmacy", medical_school_country="RO", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Neurology", "Psychiatry"], languages=["Romanian", "English", "Hungarian"], publications=1,
               usce_entries=[E("research", "Neurology", "MD", "2024-09", "2025-02"), E("observership", "Neurology", "MD", "2025-03", "2025-03")]),
    notes="image-only PDF; JHH without state -> MD; low contrast."))

P.append(dict(
    id="020", layout="scan_clerkship_table", kind="scan", tpl="clerk", color="#9a3412", scan=dict(fmt="pdf", angle=-0.9, blur=0.7, noise=20, contrast=0.7),
    name="Megan Rose O'Connell", title="MD Candidate 2027 · St. George's University",
    contacts=[("mail", "moconnell2@sgu.edu"), ("phone", "(617) 555-0188"), ("pin", "Quincy, MA")],
    side=[],
    rows=[("Internal Medicine", "Kingsbrook Jewish Medical Center, Brooklyn, NY — Jan–Mar 2026"),
          ("Pediatrics", "St. Michael's Medical Center, Newark, NJ — Apr–May 2026"),
          ("Family Medicine", "Saint Agnes Hospital, Baltimore, MD — Sep 2026 – ongoing")],
    rows_heading="Clinical Clerkships (USA)",
    sections=[
        ("Education", [("2022 – 2027 (expected)", "Doctor of Medicine", "St. George's University, Grenada, W.I.", "")]),
        ("Boards", [("", "USMLE Step 1: Pass", "", "")]),
        ("Interests", [("", "Pediatrics, Family Medicine · U.S. citizen · English, Irish (basic)", "", "")]),
    ],
    truth=dict(full_name="Megan Rose O'Connell", email="moconnell2@sgu.edu", phone_e164="+16175550188",
               medical_school="St. George's University", medical_school_country="GD", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="citizen",
               specialties=["Pediatrics", "Family Medicine"], languages=["English", "Irish"], publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "NY", "2026-01", "2026-03"), E("hands_on", "Pediatrics", "NJ", "2026-04", "2026-05"),
                             E("hands_on", "Family Medicine", "MD", "2026-09", "2026-12")]),
    notes="image-only PDF of clerkship table; 'ongoing' -> 2026-12."))

P.append(dict(
    id="021", layout="scan_canva", kind="scan", tpl="canva", color="#0e7490", scan=dict(fmt="pdf", angle=1.8, blur=0.9, noise=22, contrast=0.72),
    name="Marco Esposito", title="Medico Chirurgo · Radiology",
    contacts=[("mail", "marco.esposito.rad@gmail.com"), ("phone", "+39 333 874 2210"), ("pin", "Napoli, Italia")],
    side=[("Lingue", ["Italiano", "English"]), ("USMLE", ["Step 1: Pass", "Step 2 CK: 252", "ECFMG certified"]), ("Visa", ["J-1"])],
    sections=[
        ("Formazione", [("2014 – 2020", "Laurea in Medicina e Chirurgia", "Università degli Studi di Napoli Federico II", "")]),
        ("US Experience", [("May – Jun 2025", "Observership, Radiology", "NYU Langone Health, New York, NY", "")]),
        ("Pubblicazioni", [("", "Esposito M et al. Radiol Med. 2023;128:700-9.", "", ""), ("", "Esposito M et al. Eur Radiol. 2024;34:1201-10.", "", "")]),
        ("Obiettivo", [("", "Diagnostic Radiology residency.", "", "")]),
    ],
    truth=dict(full_name="Marco Esposito", email="marco.esposito.rad@gmail.com", phone_e164="+393338742210",
               medical_school="Università degli Studi di Napoli Federico II", medical_school_country="IT", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Radiology"], languages=["Italian", "English"], publications=2,
               usce_entries=[E("observership", "Radiology", "NY", "2025-05", "2025-06")]),
    notes="image-only PDF rotated 1.8 deg; Italian headings."))

DAMAGED = [
    dict(id="022", layout="damaged_truncated", ext="pdf", how="truncated", src="001", notes="Chromium PDF cut to 40% of its bytes (no xref/trailer)."),
    dict(id="023", layout="damaged_encrypted", ext="pdf", how="encrypted", src="003", notes="Chromium PDF encrypted with a user password via pypdf (RC4-128)."),
    dict(id="024", layout="damaged_random", ext="docx", how="random", src=None, notes="8 KiB of random bytes named .docx."),
]
