# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w116.
Every person is invented. Each CV: header block + sections; items are str or (when, what) tuples.
The truth is written by hand from the content below (not parsed from rendered files)."""

W = "w116"

def U(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

PEOPLE = []

# ---------------------------------------------------------------- 001 Lattes (Brazil, PT) -> Chromium
PEOPLE.append(dict(
    n=1, layout="lattes_chromium", ext="pdf", lang="pt",
    name="Mariana Oliveira dos Santos Ferreira",
    truth=dict(full_name="Mariana Oliveira dos Santos Ferreira", email="mariana.osferreira@gmail.com",
               phone_e164="+5511987342106", medical_school="Faculdade de Medicina da Universidade de São Paulo",
               medical_school_country="BR", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Internal Medicine", "Cardiology"], languages=["English", "Spanish", "French"],
               publications=3,
               usce_entries=[U("observership", "Cardiology", "OH", "2025-07", "2025-08"),
                             U("research", "Cardiology", "MA", "2026-03", "2026-12")],
               usce_months=12, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 002 Portugal PT, python-docx -> LibreOffice PDF
PEOPLE.append(dict(
    n=2, layout="docx_lo_header", ext="pdf", lang="pt",
    name="João Pedro Magalhães da Costa e Silva",
    title="Médico Interno de Formação Específica — Medicina Interna",
    header="João Pedro Magalhães da Costa e Silva  ·  joaopedro.costasilva@sapo.pt  ·  Telemóvel: +351 912 345 678",
    footer="Cédula profissional da Ordem dos Médicos n.º 61234  ·  Porto, Portugal  ·  Atualizado em 20/10/2026",
    contact=[],
    sections=[
        ("Dados Pessoais", ["Data de nascimento: 03/05/1996", "Nacionalidade: Portuguesa",
                            "Morada: Rua de Cedofeita 412, 3.º Esq., 4050-174 Porto"]),
        ("Formação Académica", [
            ("set. 2014 – jul. 2020", "Mestrado Integrado em Medicina — Faculdade de Medicina da Universidade do Porto (FMUP). Classificação final: 16/20."),
            ("jun. 2019", "Programa Erasmus+ — Universidad de Salamanca, Espanha (estágio clínico de 4 semanas em Cirurgia)."),
        ]),
        ("Experiência Profissional", [
            ("jan. 2021 – dez. 2021", "Internato Médico — Formação Geral (Ano Comum), Centro Hospitalar Universitário de São João, Porto."),
            ("jan. 2022 – atual", "Internato de Formação Específica em Medicina Interna, Unidade Local de Saúde de Coimbra."),
            ("2023 – atual", "Urgência Geral (12 h/semana), Hospital de Aveiro."),
        ]),
        ("Experiência Clínica nos EUA", [
            ("02/03/2026 – 27/03/2026", "Observership em Medicina Interna — Mount Sinai Beth Israel, Nova Iorque, NY. Visitas à enfermaria, discussão de casos, sem contacto direto com doentes."),
            ("setembro de 2025 (4 semanas)", "Estágio observacional em Nefrologia — University of Miami / Jackson Memorial Hospital, Miami, FL."),
        ]),
        ("Exames e Certificação", [
            "USMLE Step 1 — Aprovado (Pass), junho de 2025",
            "USMLE Step 2 CK — 243 (novembro de 2025)",
            "UWSA2 (simulado): 255 · NBME 12: 248",
            "Certificação ECFMG: em curso (a aguardar verificação do diploma)",
            "Estatuto migratório: necessitarei de visto J-1 (patrocínio ECFMG)",
        ]),
        ("Publicações", [
            "Artigos em revistas com revisão por pares:",
            "1. Costa e Silva JP, Almeida R, Tavares M. Hiponatremia grave num serviço de Medicina Interna: estudo retrospetivo. Acta Med Port. 2024;37(4):251-258.",
            "2. Costa e Silva JP, Nogueira F. Lesão renal aguda associada a vancomicina: série de casos. Port J Nephrol Hypert. 2025;39(2):88-94.",
            "Submetido: Costa e Silva JP et al. Readmissões aos 30 dias em doentes com insuficiência cardíaca. (em revisão)",
            "Posters: Congresso Nacional de Medicina Interna 2023; Encontro Renal 2024.",
        ]),
        ("Idiomas", ["Português — língua materna", "Inglês — C1 (IELTS 8.0)", "Espanhol — B2", "Francês — A2"]),
        ("Áreas de Interesse", ["Medicina Interna; Nefrologia"]),
        ("Referências", ["Dr.ª Fernanda Nogueira, Diretora do Serviço de Medicina Interna, ULS Coimbra — fnogueira@ulscoimbra.min-saude.pt — +351 239 400 400"]),
    ],
    truth=dict(full_name="João Pedro Magalhães da Costa e Silva", email="joaopedro.costasilva@sapo.pt",
               phone_e164="+351912345678", medical_school="Faculdade de Medicina da Universidade do Porto",
               medical_school_country="PT", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Internal Medicine", "Nephrology"], languages=["Portuguese", "English", "Spanish", "French"],
               publications=2,
               usce_entries=[U("observership", "Internal Medicine", "NY", "2026-03", "2026-03"),
                             U("observership", "Nephrology", "FL", "2025-09", "2025-09")],
               usce_months=2, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 003 Angola PT, odfpy -> LibreOffice PDF
PEOPLE.append(dict(
    n=3, layout="odt_lo", ext="pdf", lang="pt",
    name="Domingos Manuel Kiala Neto",
    title="Médico Pediatra",
    contact=["Luanda, Angola", "Tel.: +244 923 456 781", "E-mail: domingos.kneto@hotmail.com",
             "Ordem dos Médicos de Angola — inscrição n.º 8172"],
    sections=[
        ("Formação Acadêmica", [
            ("2012 – 2018", "Licenciatura em Medicina — Faculdade de Medicina da Universidade Agostinho Neto, Luanda."),
            ("2020 – 2024", "Internato Complementar em Pediatria — Hospital Pediátrico David Bernardino, Luanda (título de especialista em 2024)."),
        ]),
        ("Experiência Profissional", [
            ("2019 – atual", "Médico, Hospital Josina Machel, Luanda (Banco de Urgência e enfermaria de Pediatria)."),
            ("mar. 2017 – mai. 2017", "Estágio de Infecciologia, Hospital de Santa Maria, Lisboa, Portugal (estudante)."),
        ]),
        ("Estágios nos Estados Unidos", [
            ("01/10/2025 – 31/10/2025", "Observership em Pediatria — Children's National Hospital, Washington, DC."),
        ]),
        ("Exames", ["USMLE Step 1: Pass (2025)", "USMLE Step 2 CK: agendado para fevereiro de 2027", "Teste de inglês OET: grau B (2025)"]),
        ("Interesses", ["Pediatria; Doenças Infecciosas"]),
        ("Idiomas", ["Português (nativo)", "Inglês (avançado)", "Francês (intermediário)", "Quimbundo (fluente)"]),
        ("Publicações", [
            "Kiala Neto DM, Bumba A. Malária grave em crianças menores de 5 anos em Luanda. Rev Angol Med. 2023;12(1):15-22.",
            "Comunicação oral: Jornadas de Pediatria de Luanda, 2022 — \"Desnutrição aguda grave\".",
        ]),
    ],
    truth=dict(full_name="Domingos Manuel Kiala Neto", email="domingos.kneto@hotmail.com",
               phone_e164="+244923456781", medical_school="Faculdade de Medicina da Universidade Agostinho Neto",
               medical_school_country="AO", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
               specialties=["Pediatrics", "Infectious Disease"], languages=["Portuguese", "English", "French", "Kimbundu"],
               publications=1,
               usce_entries=[U("observership", "Pediatrics", "DC", "2025-10", "2025-10")],
               usce_months=1, usce_months_clinical=1),
))

# ---------------------------------------------------------------- 004 Mozambique EN, fpdf2
PEOPLE.append(dict(
    n=4, layout="fpdf2_classic", ext="pdf", lang="en",
    name="Nélia Armando Macuácua",
    title="Medical Doctor (Licenciatura em Medicina)",
    contact=["Maputo, Mozambique", "Mobile/WhatsApp: +258 84 312 7765", "nelia.macuacua@gmail.com"],
    sections=[
        ("Education", [
            ("2016 - 2022", "Licenciatura em Medicina (MD equivalent), Faculdade de Medicina, Universidade Eduardo Mondlane, Maputo, Mozambique"),
            ("Jan 2021 - Dec 2021", "Final-year clinical internship (internato), Hospital Central de Maputo - part of the degree"),
        ]),
        ("Clinical Experience", [
            ("Feb 2023 - present", "General Practitioner (Médica de Clínica Geral), Hospital Provincial de Inhambane, Mozambique"),
            ("Jun 2022 - Jan 2023", "HIV/TB clinician, Centro de Saúde do Alto Maé, Maputo"),
        ]),
        ("US Clinical Experience", [
            ("4 weeks, starting 2 June 2025", "Observership, Infectious Diseases - Emory University Hospital, Atlanta, GA"),
            ("Oct 2025 - Nov 2025", "Telehealth elective (virtual rounds), Family Medicine - University of New Mexico, Albuquerque, NM"),
        ]),
        ("USMLE & Certification", [
            "USMLE Step 1: Pass (2024)", "USMLE Step 2 CK: 238 (2025)", "ECFMG Certified (January 2026)",
            "Visa: will require J-1 sponsorship",
        ]),
        ("Career Interests", ["Infectious Disease; Internal Medicine"]),
        ("Publications", [
            "1. Macuácua NA, Langa J. Cryptococcal meningitis outcomes in Maputo. Afr J Infect Dis. 2023;17(2):33-40.",
            "2. Sitoe R, Macuácua NA, et al. Adherence to dolutegravir regimens in rural Mozambique. Pan Afr Med J. 2024;47:112.",
            "Manuscript under review: TB preventive therapy uptake among health workers (2026).",
        ]),
        ("Languages", ["Portuguese (native), English (fluent), French (basic)"]),
        ("References", ["Dr. Joaquim Langa, Head of Internal Medicine, Hospital Central de Maputo - jlanga.hcm@gmail.com - +258 21 320 828"]),
    ],
    truth=dict(full_name="Nélia Armando Macuácua", email="nelia.macuacua@gmail.com",
               phone_e164="+258843127765", medical_school="Universidade Eduardo Mondlane",
               medical_school_country="MZ", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Infectious Disease", "Internal Medicine"], languages=["Portuguese", "English", "French"],
               publications=2,
               usce_entries=[U("observership", "Infectious Disease", "GA", "2025-06", "2025-06"),
                             U("telehealth", "Family Medicine", "NM", "2025-10", "2025-11")],
               usce_months=3, usce_months_clinical=1),
))

# ---------------------------------------------------------------- 005 Spain ES, reportlab two-column
PEOPLE.append(dict(
    n=5, layout="reportlab_twocol", ext="pdf", lang="es",
    name="María del Carmen Ruiz de la Fuente",
    title="Médica especialista en Anestesiología y Reanimación",
    contact=["Madrid, España", "Móvil: +34 612 48 93 07", "mcarmen.ruizfuente@outlook.es",
             "Nº de colegiada: 28/2851234 (ICOMEM)", "Nacida en 1995"],
    side=[("Idiomas", ["Español (nativo)", "Inglés (C2)", "Catalán (B2)", "Francés (B1)"]),
          ("USMLE", ["Step 1: 232", "Step 2 CK: 247", "ECFMG: certificada (2023)", "Visado: requiere J-1"]),
          ("Interés", ["Anestesiología (residencia en EE. UU.)"])],
    sections=[
        ("Formación Académica", [
            ("09/2013 – 06/2019", "Grado en Medicina, Facultad de Medicina, Universidad Complutense de Madrid."),
            ("05/2020 – 05/2024", "MIR — Médico Interno Residente en Anestesiología y Reanimación, Hospital Universitario 12 de Octubre, Madrid."),
        ]),
        ("Experiencia Profesional", [
            ("06/2024 – 08/2024", "Facultativa especialista de área (FEA), Anestesiología, Hospital Universitario de Getafe."),
        ]),
        ("Experiencia Clínica en EE. UU.", [
            ("01/03/2023 – 30/04/2023", "Rotación externa (observership) en Anestesiología — Massachusetts General Hospital, Boston (MA)."),
            ("09/2024 – actualidad", "Research fellow, Department of Anesthesiology and Perioperative Medicine — University of Pittsburgh (PA)."),
        ]),
        ("Publicaciones", [
            "Artículos en revistas indexadas (JCR):",
            "1. Ruiz de la Fuente MC, et al. Bloqueo del plano erector de la columna en cirugía cardíaca. Rev Esp Anestesiol Reanim. 2022;69(3):140-7.",
            "2. Ruiz de la Fuente MC, López A. Sugammadex and postoperative pulmonary complications. Br J Anaesth. 2023;131(2):e45-e47.",
            "3. Ortega P, Ruiz de la Fuente MC. Remimazolam en endoscopias. Rev Esp Anestesiol Reanim. 2024;71(1):12-19.",
            "4. Ruiz de la Fuente MC, Hernandez J, Kim S. Intraoperative hypotension and AKI. Anesth Analg. 2025;140(4):801-809.",
            "Comunicaciones a congresos: 3 (SEDAR 2021, 2022; ASA 2025).",
            "Capítulo de libro: Manual de Anestesia Regional, 2ª ed. (2023).",
        ]),
    ],
    truth=dict(full_name="María del Carmen Ruiz de la Fuente", email="mcarmen.ruizfuente@outlook.es",
               phone_e164="+34612489307", medical_school="Universidad Complutense de Madrid",
               medical_school_country="ES", graduation_year=2019, is_student=False,
               usmle_step1=232, usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Anesthesiology"], languages=["Spanish", "English", "Catalan", "French"],
               publications=4,
               usce_entries=[U("observership", "Anesthesiology", "MA", "2023-03", "2023-04"),
                             U("research", "Anesthesiology", "PA", "2024-09", "2026-12")],
               usce_months=30, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 006 Cape Verde EN/PT, plain text
PEOPLE.append(dict(
    n=6, layout="plaintext_caboverde", ext="txt", lang="en",
    name="Edmilson Tavares Fortes Lopes",
    truth=dict(full_name="Edmilson Tavares Fortes Lopes", email="edmilson.tlopes@gmail.com",
               phone_e164="+2389912345", medical_school="Faculdade de Medicina da Universidade de Coimbra",
               medical_school_country="PT", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Family Medicine"], languages=["Portuguese", "Cape Verdean Creole", "English", "French"],
               publications=0,
               usce_entries=[U("hands_on", "Family Medicine", "TX", "2025-03", "2025-05")],
               usce_months=3, usce_months_clinical=3),
))

# ---------------------------------------------------------------- 007 Brazil EN student, RTF
PEOPLE.append(dict(
    n=7, layout="rtf_student", ext="rtf", lang="en",
    name="Rafael Henrique de Albuquerque Lins",
    title="Final-year Medical Student (Internato) - Universidade Federal de Pernambuco",
    contact=["Recife, PE, Brazil", "Phone: +55 (81) 99812-4470", "Email: rafaelhlins@gmail.com", "Born 2001"],
    sections=[
        ("Education", [
            ("Feb 2021 - expected Dec 2027", "Bachelor of Medicine (Medicina, MD-equivalent), Centro de Ciências Médicas, Universidade Federal de Pernambuco (UFPE), Recife, Brazil. Currently in the internato (clinical clerkship years, 2026-2027)."),
            ("2018 - 2020", "High school, Colégio de Aplicação da UFPE"),
        ]),
        ("US Clinical Experience", [
            ("Oct 2026 (4 weeks)", "Clinical elective (hands-on), Internal Medicine - University of Florida Health, Gainesville, FL"),
            ("11/2026 - present", "Observership, Neurology - Baptist Health Neuroscience Center, Miami, FL"),
            ("Summer 2025 (June-August)", "Research internship, Neurology (stroke outcomes) - University of Miami Miller School of Medicine, Miami, FL"),
        ]),
        ("Examinations", ["USMLE Step 1: Pass (August 2026)", "NBME CBSE practice: 78", "TOEFL iBT: 112"]),
        ("Visa", ["B1/B2 visitor visa holder (valid through 2031)"]),
        ("Interests", ["Neurology; Internal Medicine"]),
        ("Publications & Presentations", [
            "Lins RHA, Cavalcanti M, Rundek T. Door-to-needle times in a Brazilian stroke unit. Arq Neuropsiquiatr. 2025;83(6):e2024112.",
            "Abstract: Lins RHA et al. Post-stroke depression screening. International Stroke Conference 2026 (poster).",
            "Abstract: Lins RHA. Teleneurology in Pernambuco. Congresso Brasileiro de Neurologia 2024 (oral).",
        ]),
        ("Languages", ["Portuguese (native); English (fluent); Spanish (intermediate)"]),
    ],
    truth=dict(full_name="Rafael Henrique de Albuquerque Lins", email="rafaelhlins@gmail.com",
               phone_e164="+5581998124470", medical_school="Universidade Federal de Pernambuco",
               medical_school_country="BR", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
               specialties=["Neurology", "Internal Medicine"], languages=["Portuguese", "English", "Spanish"],
               publications=1,
               usce_entries=[U("hands_on", "Internal Medicine", "FL", "2026-10", "2026-10"),
                             U("observership", "Neurology", "FL", "2026-11", "2026-12"),
                             U("research", "Neurology", "FL", "2025-06", "2025-08")],
               usce_months=6, usce_months_clinical=3),
))

# ---------------------------------------------------------------- 008 Portugal EN, native .docx, contact in header + table
PEOPLE.append(dict(
    n=8, layout="docx_native_table", ext="docx", lang="en",
    name="Inês Sofia Carvalho Moreira dos Reis",
    title="Consultant Psychiatrist (Assistente Hospitalar de Psiquiatria)",
    header="Inês Sofia Carvalho Moreira dos Reis, MD",
    contact_table=[("Mobile", "+351 934 567 210"), ("Email", "ines.reis.md@gmail.com"),
                   ("Location", "Lisbon, Portugal"), ("Ordem dos Médicos", "No. 58391")],
    sections=[
        ("Education", [
            ("2012 - 2018", "Integrated Master in Medicine (Mestrado Integrado em Medicina), Faculdade de Medicina da Universidade de Lisboa"),
        ]),
        ("Postgraduate Training & Employment", [
            ("Jan 2019 - Dec 2019", "Common Year Internship (Formação Geral), Hospital de Santa Maria, Lisbon"),
            ("Jan 2020 - Dec 2024", "Psychiatry residency (Internato de Formação Específica), Centro Hospitalar Psiquiátrico de Lisboa"),
            ("Jan 2025 - present", "Consultant Psychiatrist, Centro Hospitalar Psiquiátrico de Lisboa"),
        ]),
        ("US Clinical Experience", [
            ("04/2025 - 05/2025", "Observership, Psychiatry (inpatient psychosis unit) - McLean Hospital, Belmont, MA"),
        ]),
        ("USMLE / ECFMG / Status", [
            "USMLE Step 1: Pass | Step 2 CK: 236 | Step 3: 221", "ECFMG certified (2023)",
            "Immigration: US permanent resident (Green Card holder since 2025)",
        ]),
        ("Specialty Interest", ["Psychiatry"]),
        ("Peer-reviewed Publications", [
            "1. Reis ISCM, Gago J. Clozapine-induced myocarditis: a case series. Acta Med Port. 2020;33(9):601-606.",
            "2. Reis ISCM, et al. First-episode psychosis and cannabis in Lisbon. Schizophr Res. 2021;235:44-50.",
            "3. Moreira dos Reis I, Santos P. Lithium and renal function. Bipolar Disord. 2022;24(5):512-519.",
            "4. Reis ISCM, Ferreira T. Catatonia in the general hospital. Gen Hosp Psychiatry. 2023;81:20-26.",
            "5. Reis ISCM, Gago J, Linden M. Long-acting injectables adherence in Portugal. Psychiatr Serv. 2024;75(8):766-772.",
        ]),
        ("Posters", ["European Congress of Psychiatry 2022; APA Annual Meeting 2025"]),
        ("Languages", ["Portuguese (native), English (C2), Spanish (B2), Italian (B1)"]),
        ("Referees", ["Prof. Dr. António Vaz - avaz@chpl.min-saude.pt - +351 217 917 000"]),
    ],
    truth=dict(full_name="Inês Sofia Carvalho Moreira dos Reis", email="ines.reis.md@gmail.com",
               phone_e164="+351934567210", medical_school="Faculdade de Medicina da Universidade de Lisboa",
               medical_school_country="PT", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=221, ecfmg_status="certified", visa_status="green_card",
               specialties=["Psychiatry"], languages=["Portuguese", "English", "Spanish", "Italian"],
               publications=5,
               usce_entries=[U("observership", "Psychiatry", "MA", "2025-04", "2025-05")],
               usce_months=2, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 009 Brazil EN, Chromium sidebar
PEOPLE.append(dict(
    n=9, layout="chromium_sidebar", ext="pdf", lang="en",
    name="Thiago Nakamura Vasconcelos",
    title="General Surgeon · Surgical Oncology Research Fellow",
    contact=["+55 (11) 97654-3210", "thiago.nvasconcelos@gmail.com", "São Paulo, SP · Brazil", "CRM-SP 176543"],
    side=[("Languages", ["Portuguese — native", "English — fluent", "Spanish — intermediate", "Japanese — basic (heritage)"]),
          ("Exams", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 260", "ECFMG certified (2024)"]),
          ("Visa", ["Will require H-1B"]),
          ("Goal", ["Categorical General Surgery residency"])],
    sections=[
        ("Education", [
            ("2014 – 2019", "Doctor of Medicine (Medicina), Faculdade de Ciências Médicas, Universidade Estadual de Campinas (UNICAMP), Brazil"),
        ]),
        ("Residency (Brazil)", [
            ("2020 – 2023", "General Surgery Residency (Residência Médica em Cirurgia Geral), Hospital de Clínicas da UNICAMP"),
        ]),
        ("US Experience", [
            ("Jan 2024 – Dec 2025", "Postdoctoral Research Fellow, Surgical Oncology — The University of Texas MD Anderson Cancer Center, Houston, TX"),
            ("Feb 2025 – Mar 2025", "Observership, General Surgery — Houston Methodist Hospital, Houston, TX (concurrent with research fellowship)"),
        ]),
        ("Publications (peer-reviewed)", [
            "1. Vasconcelos TN, et al. Minimally invasive gastrectomy in Brazil. Arq Bras Cir Dig. 2021;34(2):e1589.",
            "2. Vasconcelos TN, Albuquerque R. Liver resection outcomes. HPB. 2022;24(7):1101-1108.",
            "3. Vasconcelos TN, Whitaker D. Peritoneal lavage cytology in gastric cancer. Ann Surg Oncol. 2024;31(9):5712-5720.",
            "4. Whitaker D, Vasconcelos TN, et al. Neoadjuvant FLOT in US patients. J Surg Oncol. 2024;130(3):401-409.",
            "5. Vasconcelos TN, et al. ctDNA in gastric adenocarcinoma. JAMA Surg. 2025;160(2):190-198.",
            "6. Vasconcelos TN, Okafor C. Frailty and gastrectomy. Surgery. 2025;177(4):108-115.",
            "Abstracts: SSO 2024, SSO 2025, ACS Clinical Congress 2025. Submitted: 1 manuscript (Ann Surg).",
        ]),
    ],
    truth=dict(full_name="Thiago Nakamura Vasconcelos", email="thiago.nvasconcelos@gmail.com",
               phone_e164="+5511976543210", medical_school="Universidade Estadual de Campinas",
               medical_school_country="BR", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
               specialties=["General Surgery"], languages=["Portuguese", "English", "Spanish", "Japanese"],
               publications=6,
               usce_entries=[U("research", None, "TX", "2024-01", "2025-12"),
                             U("observership", "General Surgery", "TX", "2025-02", "2025-03")],
               usce_months=24, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 010 Spain EN, reportlab table layout (no USCE)
PEOPLE.append(dict(
    n=10, layout="reportlab_table", ext="pdf", lang="en",
    name="Alejandro Fernández-Villaverde Ortega",
    title="Family Physician (Especialista en Medicina Familiar y Comunitaria)",
    contact=["Pamplona, Navarra, Spain", "+34 655 21 08 93", "a.fvillaverde@gmail.com", "Colegiado n.º 31/09876"],
    sections=[
        ("Education", [
            ("2011 - 2017", "Grado en Medicina (Degree in Medicine), Universidad de Navarra, Pamplona, Spain"),
            ("2018 - 2022", "MIR residency, Family and Community Medicine, Complejo Hospitalario de Navarra"),
        ]),
        ("Work Experience", [
            ("06.2022 - present", "Family physician, Centro de Salud Iturrama, Servicio Navarro de Salud"),
            ("10.2024", "Observership, Family Medicine, St. Michael's Hospital, Toronto, ON, Canada"),
            ("03.2023 - 04.2023", "Clinical attachment, Care of the Elderly, Royal Free Hospital, London, UK"),
        ]),
        ("Examinations", [
            "USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 231 (2024)", "ECFMG certified (2024)",
            "PLAB 1: passed (2022) | MCCQE Part I: passed (2024)", "Step 2 CS: not applicable (discontinued)",
        ]),
        ("Interests", ["Family Medicine; Geriatrics"]),
        ("Presentations", ["Poster: semFYC Congress 2021 (polypharmacy in the elderly)", "Poster: WONCA Europe 2023"]),
        ("Languages", ["Spanish (native); English (C1); Basque (basic); German (A2)"]),
    ],
    truth=dict(full_name="Alejandro Fernández-Villaverde Ortega", email="a.fvillaverde@gmail.com",
               phone_e164="+34655210893", medical_school="Universidad de Navarra",
               medical_school_country="ES", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Family Medicine", "Geriatrics"], languages=["Spanish", "English", "Basque", "German"],
               publications=0, usce_entries=[], usce_months=0, usce_months_clinical=0),
))

# ---------------------------------------------------------------- 011 Brazil PT, Europass-style DOCX table -> LO PDF
PEOPLE.append(dict(
    n=11, layout="docx_lo_europass", ext="pdf", lang="pt",
    name="Ana Luíza Pereira da Silva Bittencourt",
    title="Médica Ginecologista e Obstetra",
    contact_table=[("Nome", "Ana Luíza Pereira da Silva Bittencourt"), ("Endereço", "Rua Voluntários da Pátria 190, apto 801, Botafogo, Rio de Janeiro – RJ"),
                   ("Celular", "(21) 98123-4567"), ("E-mail", "analuiza.bittencourt@yahoo.com.br"),
                   ("Registro", "CRM/RJ 52-123456-7"), ("Nacionalidade", "Brasileira e norte-americana (cidadã dos EUA)")],
    sections=[
        ("Formação Acadêmica", [
            ("03/2016 – 12/2021", "Graduação em Medicina — Faculdade de Medicina, Universidade Federal do Rio de Janeiro (UFRJ)."),
            ("2020 – 2021", "Internato (6.º ano) — rodízios em Clínica Médica, Cirurgia, Pediatria, GO e Saúde Coletiva."),
            ("03/2022 – 02/2025", "Residência Médica em Ginecologia e Obstetrícia — Instituto Nacional Fernandes Figueira (IFF/Fiocruz)."),
        ]),
        ("Experiência Profissional", [
            ("03/2025 – 02/2026", "Plantonista de Obstetrícia, Maternidade Escola da UFRJ."),
        ]),
        ("Experiência Clínica nos EUA", [
            ("03/2026 – 05/2026", "Observership em Ginecologia e Obstetrícia — Jackson Memorial Hospital, Miami, FL."),
            ("06/2026 – atual", "Pesquisa clínica (voluntária) — Department of Obstetrics, Gynecology and Reproductive Sciences, University of Miami, Miami, FL."),
        ]),
        ("Exames", ["USMLE Step 1: aprovada", "USMLE Step 2 CK: 244", "Certificação ECFMG concluída em 04/2026"]),
        ("Objetivo", ["Residência em Obstetrics and Gynecology nos Estados Unidos."]),
        ("Publicações", [
            "Artigos: (1) Bittencourt ALPS, Reis AF. Pré-eclâmpsia precoce e desfechos perinatais. Rev Bras Ginecol Obstet. 2023;45(8):455-462.",
            "(2) Bittencourt ALPS, et al. Sífilis congênita no Rio de Janeiro, 2015–2022. Cad Saude Publica. 2024;40(3):e00112323.",
            "Resumos em congressos: 3 (CBGO 2022, 2023; SMFM 2026).",
        ]),
        ("Idiomas", ["Português (nativo) · Inglês (fluente) · Espanhol (intermediário)"]),
    ],
    truth=dict(full_name="Ana Luíza Pereira da Silva Bittencourt", email="analuiza.bittencourt@yahoo.com.br",
               phone_e164="+5521981234567", medical_school="Universidade Federal do Rio de Janeiro",
               medical_school_country="BR", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["Obstetrics and Gynecology"], languages=["Portuguese", "English", "Spanish"],
               publications=2,
               usce_entries=[U("observership", "Obstetrics and Gynecology", "FL", "2026-03", "2026-05"),
                             U("research", "Obstetrics and Gynecology", "FL", "2026-06", "2026-12")],
               usce_months=10, usce_months_clinical=3),
))

# ---------------------------------------------------------------- 012 Mozambique PT, native .odt
PEOPLE.append(dict(
    n=12, layout="odt_native", ext="odt", lang="pt",
    name="Celso Fernando dos Santos Mucavele",
    title="Médico de Clínica Geral",
    contact=["Beira, Sofala, Moçambique", "Cel.: +258 82 765 4321", "celso.mucavele@gmail.com", "Nº de inscrição na Ordem dos Médicos de Moçambique: 3417"],
    sections=[
        ("Formação Acadêmica", [
            ("2010 – 2016", "Licenciatura em Medicina — Faculdade de Ciências de Saúde, Universidade Católica de Moçambique (UCM), Beira."),
        ]),
        ("Experiência Profissional", [
            ("2017 – 2021", "Médico de Clínica Geral, Hospital Central da Beira — Serviço de Urgência."),
            ("2022 – atual", "Médico responsável, Banco de Socorros, Hospital Rural de Nhamatanda."),
            ("02/2019 – 03/2019", "Estágio em Medicina de Emergência, Hospital Israelita Albert Einstein, São Paulo, Brasil."),
        ]),
        ("Exames", ["USMLE Step 1: Aprovado (2023)", "USMLE Step 2 CK: agendado para 03/2027",
                    "NBME Form 13 (simulado CK): 228", "Estado ECFMG: não certificado"]),
        ("Área de Interesse", ["Medicina de Emergência"]),
        ("Idiomas", ["Português (materna); Inglês (avançado); Suaíli (intermediário); Sena (fluente)"]),
        ("Publicações", ["Nenhuma até ao momento."]),
    ],
    truth=dict(full_name="Celso Fernando dos Santos Mucavele", email="celso.mucavele@gmail.com",
               phone_e164="+258827654321", medical_school="Universidade Católica de Moçambique",
               medical_school_country="MZ", graduation_year=2016, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status=None,
               specialties=["Emergency Medicine"], languages=["Portuguese", "English", "Swahili", "Sena"],
               publications=0, usce_entries=[], usce_months=0, usce_months_clinical=0),
))

# ---------------------------------------------------------------- 013 Angola EN, Chromium modern single column
PEOPLE.append(dict(
    n=13, layout="chromium_modern", ext="pdf", lang="en",
    name="Yolanda Esperança Cassoma Bento",
    title="Physician · Internal Medicine applicant",
    contact=["yolanda.bento@outlook.com", "+244 912 078 553", "Benguela, Angola / currently Orlando, FL"],
    sections=[
        ("Education", [
            ("2014 – 2020", "Licenciatura em Medicina (MD), Faculdade de Medicina, Universidade Katyavala Bwila, Benguela, Angola"),
        ]),
        ("US Clinical Experience", [
            ("15/01/2026 – 15/03/2026", "Hands-on externship, Internal Medicine — The Brooklyn Hospital Center, Brooklyn, NY"),
            ("April 2026 – May 2026", "Observership, Hematology-Oncology — Tampa General Hospital, Tampa, FL"),
            ("06/2026", "Telehealth observership, Endocrinology — UT Health San Antonio, TX (virtual clinics)"),
        ]),
        ("Other Experience", [
            ("2021 – 2024", "Medical Officer, Hospital Geral de Benguela, Angola"),
            ("2025", "Medical Scribe, ScribeAmerica — Orlando, FL (non-clinical role)"),
        ]),
        ("Exams & Status", ["USMLE Step 1: 221 (2021)", "USMLE Step 2 CK: 235 (2024)", "ECFMG certified",
                            "Currently in the US on a B1/B2 visitor visa"]),
        ("Interests", ["Internal Medicine, Hematology/Oncology"]),
        ("Publication", ["Bento YEC, Chivinda A. Sickle cell disease admissions in Benguela. Pan Afr Med J. 2023;44:87."]),
        ("Languages", ["Portuguese, English, French, Umbundu"]),
    ],
    truth=dict(full_name="Yolanda Esperança Cassoma Bento", email="yolanda.bento@outlook.com",
               phone_e164="+244912078553", medical_school="Universidade Katyavala Bwila",
               medical_school_country="AO", graduation_year=2020, is_student=False,
               usmle_step1=221, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Portuguese", "English", "French", "Umbundu"],
               publications=1,
               usce_entries=[U("hands_on", "Internal Medicine", "NY", "2026-01", "2026-03"),
                             U("observership", "Hematology/Oncology", "FL", "2026-04", "2026-05"),
                             U("telehealth", "Endocrinology", "TX", "2026-06", "2026-06")],
               usce_months=6, usce_months_clinical=5),
))

# ---------------------------------------------------------------- 014 Brazil PT student, fpdf2 (different style)
PEOPLE.append(dict(
    n=14, layout="fpdf2_banner", ext="pdf", lang="pt",
    name="Gabriel dos Santos Rocha Meireles",
    title="Estudante de Medicina — Internato (11.º período)",
    contact=["Belo Horizonte – MG", "+55 31 99345-8812", "gabriel.meireles@aluno.ufmg.br"],
    sections=[
        ("Formação Acadêmica", [
            ("ago. 2021 – jul. 2027 (previsão)", "Graduação em Medicina, Faculdade de Medicina da Universidade Federal de Minas Gerais (UFMG). Previsão de formatura: julho de 2027."),
            ("jan. 2025 – atual", "Internato: Clínica Médica, Cirurgia, Pediatria, Ginecologia e Obstetrícia, Urgência e Emergência."),
        ]),
        ("Estágios", [
            ("setembro de 2026 (4 semanas)", "Estágio eletivo (hands-on sub-internship) em Emergency Medicine — Yale New Haven Hospital, New Haven, CT."),
            ("jan. 2025 – fev. 2025", "Estágio de pesquisa em Cardiologia (férias) — Stanford University School of Medicine, Stanford, CA."),
            ("jul. 2024", "Estágio voluntário, SAMU 192, Belo Horizonte."),
        ]),
        ("Exames", ["USMLE Step 1: Pass (05/2026)", "NBME CBSE: 81 · UWorld 1º passe: 68%"]),
        ("Interesse", ["Medicina de Emergência (Emergency Medicine)"]),
        ("Publicações", [
            "Artigo: Meireles GSR, Nunes MCP. Doença de Chagas e fibrilação atrial. Arq Bras Cardiol. 2025;122(3):e20240311.",
            "Resumos: Congresso Brasileiro de Cardiologia 2024 e 2025 (2 pôsteres).",
            "Em preparação: revisão sistemática sobre ultrassom point-of-care.",
        ]),
        ("Idiomas", ["Português (nativo), Inglês (avançado — TOEFL 109), Espanhol (intermediário), Alemão (básico)"]),
    ],
    truth=dict(full_name="Gabriel dos Santos Rocha Meireles", email="gabriel.meireles@aluno.ufmg.br",
               phone_e164="+5531993458812", medical_school="Faculdade de Medicina da Universidade Federal de Minas Gerais",
               medical_school_country="BR", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
               specialties=["Emergency Medicine"], languages=["Portuguese", "English", "Spanish", "German"],
               publications=1,
               usce_entries=[U("hands_on", "Emergency Medicine", "CT", "2026-09", "2026-09"),
                             U("research", "Cardiology", "CA", "2025-01", "2025-02")],
               usce_months=3, usce_months_clinical=1),
))

# ---------------------------------------------------------------- 015 Spain EN, plain text (long research, H-1B)
PEOPLE.append(dict(
    n=15, layout="plaintext_spain_en", ext="txt", lang="en",
    name="Javier Ignacio Morales Sánchez",
    truth=dict(full_name="Javier Ignacio Morales Sánchez", email="jimorales.md@gmail.com",
               phone_e164="+34699123987", medical_school="Universidad de Sevilla",
               medical_school_country="ES", graduation_year=2010, is_student=False,
               usmle_step1=238, usmle_step2ck=245, usmle_step3=230, ecfmg_status="certified", visa_status="h1b",
               specialties=["Cardiology", "Internal Medicine"], languages=["Spanish", "English", "Portuguese"],
               publications=7,
               usce_entries=[U("research", "Cardiology", "TX", "2022-09", "2026-12"),
                             U("observership", "Cardiology", "TX", "2023-03", "2023-03")],
               usce_months=52, usce_months_clinical=1),
))

# ---------------------------------------------------------------- 016 Portugal PT student, RTF
PEOPLE.append(dict(
    n=16, layout="rtf_pt_student", ext="rtf", lang="pt",
    name="Beatriz Alves Gonçalves de Sousa",
    title="Estudante do 6.º ano do Mestrado Integrado em Medicina",
    contact=["Braga, Portugal", "Telemóvel: 961 223 340 (+351)", "E-mail: bia.gsousa@gmail.com", "Data de nascimento: 14/02/2002"],
    sections=[
        ("Formação Académica", [
            ("2021 – 2027", "Mestrado Integrado em Medicina, Escola de Medicina da Universidade do Minho, Braga (conclusão prevista em junho de 2027)."),
            ("2026/2027", "Estágio Profissionalizante (6.º ano): Medicina Interna, Cirurgia Geral, Pediatria, Saúde Mental, Medicina Geral e Familiar."),
        ]),
        ("Estágios Clínicos nos EUA", [
            ("julho de 2026", "Estágio clínico (clerkship com contacto direto com doentes) em Pediatria — Nicklaus Children's Hospital, Miami, FL."),
            ("01/08/2026 – 28/08/2026", "Observership em Neurologia — Mayo Clinic, Rochester, MN."),
        ]),
        ("Exames", ["USMLE Step 1: em preparação (data prevista: 2027)"]),
        ("Interesses", ["Pediatria; Neurologia"]),
        ("Publicações e Comunicações", ["Ainda sem artigos publicados.", "Póster: Congresso Nacional de Pediatria 2025 — \"Convulsões febris complexas\"."]),
        ("Línguas", ["Português (materna); Inglês (C1); Francês (B1); Espanhol (B1)"]),
        ("Referências", ["Prof.ª Dr.ª Helena Pinto, Escola de Medicina da UMinho — hpinto@med.uminho.pt — 253 604 800"]),
    ],
    truth=dict(full_name="Beatriz Alves Gonçalves de Sousa", email="bia.gsousa@gmail.com",
               phone_e164="+351961223340", medical_school="Escola de Medicina da Universidade do Minho",
               medical_school_country="PT", graduation_year=2027, is_student=True,
               usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
               specialties=["Pediatrics", "Neurology"], languages=["Portuguese", "English", "French", "Spanish"],
               publications=0,
               usce_entries=[U("hands_on", "Pediatrics", "FL", "2026-07", "2026-07"),
                             U("observership", "Neurology", "MN", "2026-08", "2026-08")],
               usce_months=2, usce_months_clinical=2),
))

# ================================================================ SCANS (5)
PEOPLE.append(dict(
    n=17, layout="scan_chromium_pt_pdf", ext="pdf", lang="pt", scan=True, base="chromium_modern",
    name="Luís Felipe Teixeira de Mello",
    title="Médico Clínico — CRM-SP 165.432",
    contact=["Celular: +55 (11) 99123-4455", "lfteixeiramello@gmail.com", "São Paulo – SP"],
    sections=[
        ("Formação Acadêmica", [("2012 – 2017", "Graduação em Medicina — Escola Paulista de Medicina, Universidade Federal de São Paulo (UNIFESP).")]),
        ("Residência", [("2018 – 2020", "Residência em Clínica Médica — Hospital São Paulo / UNIFESP."),
                        ("2021 – 2023", "Residência em Gastroenterologia — Hospital São Paulo / UNIFESP.")]),
        ("Experiência nos EUA", [("08/2025 – 09/2025", "Observership em Gastroenterology — University of Chicago Medicine, Chicago, IL.")]),
        ("Exames e Visto", ["USMLE Step 1: Pass · Step 2 CK: 239", "ECFMG: certificado (2024)", "Necessita de visto J-1"]),
        ("Interesses", ["Clínica Médica (Internal Medicine) e Gastroenterologia"]),
        ("Publicações", ["3 artigos em periódicos indexados:",
                         "Mello LFT, et al. Doença inflamatória intestinal no Brasil. Arq Gastroenterol. 2021;58(1):22-28.",
                         "Mello LFT, Ferrari AP. Hemorragia digestiva alta. Arq Gastroenterol. 2022;59(3):350-355.",
                         "Mello LFT, et al. Hepatite C em hemodiálise. Braz J Infect Dis. 2023;27(2):102745."]),
        ("Idiomas", ["Português, Inglês, Espanhol"]),
    ],
    truth=dict(full_name="Luís Felipe Teixeira de Mello", email="lfteixeiramello@gmail.com",
               phone_e164="+5511991234455", medical_school="Universidade Federal de São Paulo",
               medical_school_country="BR", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Gastroenterology"], languages=["Portuguese", "English", "Spanish"],
               publications=3,
               usce_entries=[U("observership", "Gastroenterology", "IL", "2025-08", "2025-09")],
               usce_months=2, usce_months_clinical=2),
))
PEOPLE.append(dict(
    n=18, layout="photo_fpdf2_en_png", ext="png", lang="en", scan=True, base="fpdf2_classic",
    name="Aida Ernesto Sitoe",
    title="Medical Doctor",
    contact=["Nampula, Mozambique", "+258 86 455 1290", "aida.sitoe@gmail.com"],
    sections=[
        ("Education", [("2015 - 2021", "Licenciatura em Medicina, Faculdade de Ciências de Saúde, Universidade Lúrio, Nampula, Mozambique")]),
        ("Experience", [("2022 - present", "Medical Officer, Hospital Central de Nampula - Pediatrics ward"),
                        ("Feb 2026 - Mar 2026", "Virtual observership (telehealth), Pediatrics - Children's Hospital of Philadelphia, PA")]),
        ("USMLE", ["Step 1: Pass (2025)"]),
        ("Interest", ["Pediatrics"]),
        ("Languages", ["Portuguese, English, Emakhuwa"]),
        ("Publications", ["None"]),
    ],
    truth=dict(full_name="Aida Ernesto Sitoe", email="aida.sitoe@gmail.com",
               phone_e164="+258864551290", medical_school="Universidade Lúrio",
               medical_school_country="MZ", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
               specialties=["Pediatrics"], languages=["Portuguese", "English", "Makhuwa"],
               publications=0,
               usce_entries=[U("telehealth", "Pediatrics", "PA", "2026-02", "2026-03")],
               usce_months=2, usce_months_clinical=0),
))
PEOPLE.append(dict(
    n=19, layout="scan_docx_es_jpg", ext="jpg", lang="es", scan=True, base="docx",
    name="Lucía Martín-Baró Echeverría",
    title="Neuróloga",
    contact=["Salamanca, España", "Tel. +34 678 90 12 34", "lucia.mbaro@gmail.com"],
    sections=[
        ("Formación", [("2010 – 2016", "Licenciatura/Grado en Medicina, Universidad de Salamanca."),
                       ("2017 – 2021", "MIR Neurología, Hospital Universitario de Salamanca.")]),
        ("Experiencia en EE. UU.", [("09/2024 – 10/2024", "Observership en Neurología, Johns Hopkins Hospital, Baltimore, MD.")]),
        ("USMLE", ["Step 1: 228 · Step 2 CK: 241 · ECFMG: certificada"]),
        ("Interés", ["Neurología"]),
        ("Publicaciones", ["4 artículos en revistas con revisión por pares (Neurología, Rev Neurol, Eur J Neurol ×2)."]),
        ("Idiomas", ["Español, Inglés, Italiano"]),
    ],
    truth=dict(full_name="Lucía Martín-Baró Echeverría", email="lucia.mbaro@gmail.com",
               phone_e164="+34678901234", medical_school="Universidad de Salamanca",
               medical_school_country="ES", graduation_year=2016, is_student=False,
               usmle_step1=228, usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Neurology"], languages=["Spanish", "English", "Italian"],
               publications=4,
               usce_entries=[U("observership", "Neurology", "MD", "2024-09", "2024-10")],
               usce_months=2, usce_months_clinical=2),
))
PEOPLE.append(dict(
    n=20, layout="scan_reportlab_pt_pdf", ext="pdf", lang="pt", scan=True, base="reportlab_table",
    name="Nilton Jorge Semedo Varela",
    title="Médico — Praia, Cabo Verde",
    contact=["Praia, Santiago, Cabo Verde", "+238 958 44 21", "niltonvarela.cv@gmail.com"],
    sections=[
        ("Formação Acadêmica", [("2013 – 2019", "Graduação em Medicina (PEC-G) — Faculdade de Medicina, Universidade Federal do Ceará (UFC), Fortaleza, Brasil.")]),
        ("Experiência Profissional", [("2020 – atual", "Médico, Hospital Universitário Agostinho Neto, Praia.")]),
        ("Experiência nos EUA", [("jan. 2026 – fev. 2026", "Observership em Medicina de Família — Boston Medical Center, Boston, MA.")]),
        ("Exames", ["USMLE Step 1: Pass; Step 2 CK: 233", "ECFMG: certificação em andamento", "Visto: J-1 necessário"]),
        ("Interesses", ["Family Medicine; Internal Medicine"]),
        ("Publicações", ["Varela NJS, et al. Hipertensão arterial em Santiago. Rev Port Saúde Pública. 2022;40(2):88-94."]),
        ("Idiomas", ["Português, Crioulo cabo-verdiano, Inglês, Francês"]),
    ],
    truth=dict(full_name="Nilton Jorge Semedo Varela", email="niltonvarela.cv@gmail.com",
               phone_e164="+2389584421", medical_school="Universidade Federal do Ceará",
               medical_school_country="BR", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Family Medicine", "Internal Medicine"], languages=["Portuguese", "Cape Verdean Creole", "English", "French"],
               publications=1,
               usce_entries=[U("observership", "Family Medicine", "MA", "2026-01", "2026-02")],
               usce_months=2, usce_months_clinical=2),
))
PEOPLE.append(dict(
    n=21, layout="photo_chromium_en_jpg", ext="jpg", lang="en", scan=True, base="chromium_sidebar",
    name="Helena Cristina Mbala Fortunato",
    title="Physician (Angola) · OB/GYN applicant",
    contact=["+244 931 220 415", "helena.fortunato@yahoo.com", "Luanda, Angola"],
    side=[("Languages", ["Portuguese", "English", "French", "Lingala"]),
          ("USMLE", ["Step 1: Pass", "Step 2 CK: 222", "ECFMG certified"]),
          ("Visa", ["J-1 required"])],
    sections=[
        ("Education", [("2011 – 2017", "Licenciatura em Medicina, Faculdade de Medicina, Universidade Agostinho Neto, Luanda")]),
        ("Experience", [("2018 – present", "Physician, Maternidade Lucrécia Paim, Luanda"),
                        ("Jun 2025 – Aug 2025", "Hands-on externship, Obstetrics & Gynecology — Saint Barnabas Medical Center, Livingston, NJ")]),
        ("Interest", ["Obstetrics and Gynecology"]),
        ("Publications", ["None to date"]),
    ],
    truth=dict(full_name="Helena Cristina Mbala Fortunato", email="helena.fortunato@yahoo.com",
               phone_e164="+244931220415", medical_school="Universidade Agostinho Neto",
               medical_school_country="AO", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=222, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Obstetrics and Gynecology"], languages=["Portuguese", "English", "French", "Lingala"],
               publications=0,
               usce_entries=[U("hands_on", "Obstetrics and Gynecology", "NJ", "2025-06", "2025-08")],
               usce_months=3, usce_months_clinical=3),
))

DAMAGED = [
    dict(n=22, layout="damaged_truncated_pdf", ext="pdf"),
    dict(n=23, layout="damaged_encrypted_pdf", ext="pdf"),
    dict(n=24, layout="damaged_random_bytes", ext="docx"),
]


def fname(p):
    return f"{W}_{p['n']:03d}_{p['layout']}.{p['ext']}"
