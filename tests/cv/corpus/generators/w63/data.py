# -*- coding: utf-8 -*-
"""CV content + truth for writer w63 (Europe / Latin America IMGs).
Each record: truth fields (T) + 'head' (display name / subtitle / contact lines) + 'sections'.
Section items: str (paragraph) or tuple (dates, text) for dated entries."""

U = lambda t, sp, st, s, e: {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

R = []

# 001 Europass-style DOCX (python-docx tables), Italian + English
R.append(dict(
    file="w63_001_europass_docx.docx", layout="europass_docx", fmt="docx_europass",
    T=dict(full_name="Francesca Lo Monaco", email="francesca.lomonaco93@gmail.com", phone_e164="+393334821907",
           medical_school="Università degli Studi di Palermo", medical_school_country="IT", graduation_year=2023,
           is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
           visa_status="j1", specialties=["Internal Medicine", "Cardiology"], languages=["Italian", "English", "Spanish"],
           publications=2,
           usce_entries=[U("observership", "Cardiology", "OH", "2025-03", "2025-05")]),
    head=dict(name="Francesca Lo Monaco", sub="Curriculum Vitae Europass",
              contacts=["Via Libertà 112, 90143 Palermo (Italia)", "(+39) 333 482 1907",
                        "francesca.lomonaco93@gmail.com", "Data di nascita / Date of birth: 14/02/1997",
                        "Nazionalità / Nationality: italiana / Italian"]),
    sections=[
        ("Posizione ricoperta / Position", ["Medico chirurgo abilitato – applicant for US clinical rotations in Internal Medicine and Cardiology"]),
        ("Esperienze professionali / Work experience", [
            ("01/11/2023 – in corso", "Medico di guardia medica (continuità assistenziale), ASP Palermo, Italia"),
            ("03/03/2025 – 30/05/2025", "Clinical Observer, Department of Cardiovascular Medicine, Cleveland Clinic, Cleveland, Ohio (USA) – observership; rounds, echo lab, heart-failure clinic"),
            ("09/2022 – 12/2022", "Tirocinio pratico-valutativo (area medica e chirurgica), Policlinico \"Paolo Giaccone\", Palermo"),
        ]),
        ("Istruzione e formazione / Education and training", [
            ("2017 – 27/07/2023", "Laurea Magistrale a ciclo unico in Medicina e Chirurgia (LM-41), Università degli Studi di Palermo – 110/110 e lode"),
            ("02/2021 – 07/2021", "Erasmus+ exchange, Universidad de Granada, España (clinical clerkships, Medicina Interna)"),
            ("2011 – 2016", "Diploma di maturità scientifica, Liceo Scientifico \"S. Cannizzaro\", Palermo"),
        ]),
        ("Esami USA / US licensing exams", [
            "USMLE Step 1: PASS (2023)", "USMLE Step 2 CK: 238 (2024)", "ECFMG Certified (2024)",
            "Visa: will require J-1 (ECFMG-sponsored) for clinical training",
        ]),
        ("Competenze linguistiche / Language skills", [
            "Lingua madre / Mother tongue: italiano (Italian)",
            "Altre lingue / Other languages: inglese (English) – C1; spagnolo (Spanish) – B2",
        ]),
        ("Pubblicazioni / Publications", [
            "1. Lo Monaco F, Bellavia D, et al. Left atrial strain in HFpEF. Journal of Cardiovascular Medicine. 2024;25(3):201-208.",
            "2. Lo Monaco F, Corrado E. Takotsubo syndrome in Sicily: a case series. Monaldi Archives for Chest Disease. 2023;93(2).",
            "Poster: Lo Monaco F. ECG predictors of AF recurrence. Congresso Nazionale SIC, Roma, 12/2023 (poster).",
        ]),
        ("Referenze / References", [
            "Prof. Egle Corrado, Cardiologia, Università di Palermo – egle.corrado@unipa.it – +39 091 655 4301",
        ]),
    ]))

# 002 DOCX -> LibreOffice PDF, Spanish/English, Mexico
R.append(dict(
    file="w63_002_lo_pdf_spanish.pdf", layout="lo_pdf_spanish", fmt="docx2pdf",
    T=dict(full_name="José Antonio Hernández Ruiz", email="ja.hernandez.ruiz@outlook.com", phone_e164="+525512345678",
           medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2022,
           is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
           visa_status="b1b2", specialties=["Internal Medicine", "Nephrology"], languages=["Spanish", "English"],
           publications=3,
           usce_entries=[U("observership", "Internal Medicine", "NY", "2024-03", "2024-05"),
                         U("research", "Nephrology", "TX", "2025-01", "2026-12")]),
    head=dict(name="Dr. José Antonio Hernández Ruiz", sub="Médico Cirujano · Aspirante a residencia en Medicina Interna / Internal Medicine",
              contacts=["Ciudad de México, México", "Tel./WhatsApp: +52 55 1234 5678", "ja.hernandez.ruiz@outlook.com"]),
    sections=[
        ("Formación académica / Education", [
            ("2015 – 2022", "Médico Cirujano, Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM). Titulación: julio 2022"),
            ("ago. 2020 – jul. 2021", "Internado médico de pregrado, Hospital General de México \"Dr. Eduardo Liceaga\""),
            ("ago. 2021 – jul. 2022", "Servicio social, Centro de Salud T-III, Iztapalapa, CDMX"),
        ]),
        ("Experiencia clínica en EE. UU. / US Clinical Experience", [
            ("mar. 2024 – mayo 2024", "Observership, Medicina Interna – Mount Sinai Hospital, Nueva York, NY"),
            ("desde enero 2025", "Investigador visitante (research fellow), División de Nefrología – UT Southwestern Medical Center, Dallas, Texas, EE. UU. (en curso)"),
        ]),
        ("Experiencia profesional / Work experience", [
            ("sep. 2022 – dic. 2023", "Médico general, Hospital Ángeles Pedregal, urgencias y hospitalización, CDMX"),
        ]),
        ("Exámenes / Examinations", [
            "USMLE Step 1: Aprobado (Pass), 2023", "USMLE Step 2 CK: 245 (2023)", "ENARM 2022: 78.4 puntos",
            "Certificación ECFMG: Certificado (2024)", "Visa: B1/B2 vigente",
        ]),
        ("Publicaciones / Publications", [
            "Hernández Ruiz JA, et al. Acute kidney injury in COVID-19 ICU patients in Mexico City. Rev Invest Clin. 2022;74(5):230-237.",
            "Hernández Ruiz JA, Correa-Rotter R. Mesoamerican nephropathy: an update. Kidney Int Rep. 2024;9(2):312-320.",
            "Toto R, Hernández Ruiz JA, et al. SGLT2 inhibitors in CKD stage 4. Clin J Am Soc Nephrol. 2025;20(8):1011-1019.",
            "Hernández Ruiz JA, et al. Hyperkalemia management trends (manuscrito en revisión / under review).",
        ]),
        ("Objetivo / Goal", ["Residencia en Medicina Interna y posterior fellowship en Nefrología (Internal Medicine → Nephrology)"]),
        ("Idiomas / Languages", ["Español – nativo", "Inglés – avanzado (TOEFL iBT 112)"]),
        ("Referencias / References", [
            "Dr. Robert Toto, UT Southwestern, Dallas, TX – robert.toto@utsouthwestern.edu – +1 214 648 3111",
        ]),
    ]))

# 003 HTML sidebar -> Chromium PDF, Brazil student, Portuguese/English
R.append(dict(
    file="w63_003_chromium_sidebar.pdf", layout="chromium_sidebar", fmt="html_sidebar",
    T=dict(full_name="Ana Carolina Souza Lima", email="anacarolina.slima@ufmg.edu.br", phone_e164="+5531998765432",
           medical_school="Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2027,
           is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
           visa_status=None, specialties=["Neurology", "Emergency Medicine"],
           languages=["Portuguese", "English", "Spanish"], publications=1,
           usce_entries=[U("research", "Neurology", "MA", "2024-03", "2025-02"),
                         U("observership", "Emergency Medicine", "FL", "2026-01", "2026-02")]),
    head=dict(name="Ana Carolina Souza Lima", sub="Estudante de Medicina (12º período) · Medical Student",
              contacts=["Belo Horizonte – MG, Brasil", "+55 (31) 99876-5432", "anacarolina.slima@ufmg.edu.br",
                        "Nascimento: 22/09/2001"]),
    sections=[
        ("Formação / Education", [
            ("2021 – 2027 (previsão)", "Graduação em Medicina, Faculdade de Medicina da Universidade Federal de Minas Gerais (UFMG), Belo Horizonte. Conclusão prevista: julho 2027"),
            ("2025–atual", "Internato (rotações obrigatórias): Clínica Médica, Pediatria, Cirurgia – Hospital das Clínicas da UFMG"),
        ]),
        ("Experiência clínica / Clinical Experience", [
            ("jan. 2026 – fev. 2026", "Estágio observacional (observership), Emergency Medicine – Jackson Memorial Hospital, Miami, Flórida, EUA"),
            ("03/2024 – 02/2025", "Research Assistant (remoto / remote), Stroke Research Lab – Massachusetts General Hospital, Boston, MA, EUA"),
            ("2023", "Liga Acadêmica de Neurologia – plantões supervisionados, Hospital Risoleta Neves, BH"),
        ]),
        ("Exames / Exams", ["USMLE Step 1: Pass (maio 2025)", "ECFMG: certificação pendente (aguardando diploma)",
                            "NBME CBSE (simulado): 86"]),
        ("Interesses / Interests", ["Neurologia vascular e Medicina de Emergência (Neurology, Emergency Medicine)"]),
        ("Produção científica / Publications", [
            "Souza Lima AC, Singhal AB, et al. Reversible cerebral vasoconstriction syndrome outcomes. Stroke. 2025;56(4):e88-e95.",
            "Resumo/Abstract: Souza Lima AC. Door-to-needle times in a Brazilian public hospital. Congresso Brasileiro de AVC 2024 (pôster).",
            "Resumo/Abstract: Souza Lima AC. Tele-stroke in Minas Gerais. ISC 2025, Los Angeles (poster).",
        ]),
        ("Idiomas / Languages", ["Português (nativo)", "Inglês (fluente – IELTS 8.0)", "Espanhol (intermediário)"]),
        ("Referências / References", ["Dr. Aneesh B. Singhal, MGH Neurology – asinghal@mgh.harvard.edu"]),
    ]))

# 004 reportlab, German
R.append(dict(
    file="w63_004_reportlab_german.pdf", layout="reportlab_german", fmt="reportlab_simple",
    T=dict(full_name="Maximilian Schäfer", email="max.schaefer@posteo.de", phone_e164="+4915123456789",
           medical_school="Ludwig-Maximilians-Universität München", medical_school_country="DE", graduation_year=2024,
           is_student=False, usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified",
           visa_status="j1", specialties=["Internal Medicine", "Gastroenterology"],
           languages=["German", "English", "French"], publications=4,
           usce_entries=[U("hands_on", "Internal Medicine", "MD", "2023-08", "2023-09")]),
    head=dict(name="Dr. med. Maximilian Schäfer", sub="Lebenslauf / Curriculum Vitae",
              contacts=["Schwanthalerstr. 41, 80336 München", "Mobil: +49 151 2345 6789", "E-Mail: max.schaefer@posteo.de",
                        "geb. 03.05.1998 in Regensburg"]),
    sections=[
        ("Berufserfahrung / Professional Experience", [
            ("seit 10/2025", "Assistenzarzt Innere Medizin und Gastroenterologie, Universitätsklinikum Augsburg"),
            ("01/2025 – 09/2025", "Wissenschaftlicher Mitarbeiter, Medizinische Klinik II, LMU Klinikum München"),
        ]),
        ("Studium / Education", [
            ("10/2018 – 11/2024", "Studium der Humanmedizin, Ludwig-Maximilians-Universität München; Ärztliche Prüfung (M3) 11/2024, Approbation 12/2024"),
            ("2021 – 2024", "Promotion (Dr. med.), Thema: Mikrobiom und Colitis ulcerosa, magna cum laude"),
        ]),
        ("Praktisches Jahr und Famulaturen / Clinical training", [
            ("11/2023 – 03/2024", "PJ-Tertial Innere Medizin, Inselspital Bern, Schweiz"),
            ("08/2023 – 09/2023", "Famulatur (Clinical Elective, hands-on), Department of Medicine, Johns Hopkins Hospital, Baltimore, Maryland, USA"),
            ("03/2022", "Famulatur Gastroenterologie, Klinikum rechts der Isar, München"),
        ]),
        ("USMLE / ECFMG", ["Step 1: bestanden (Pass), 06/2023", "Step 2 CK: 251, 02/2025", "ECFMG-Zertifikat: 04/2025",
                           "Visum: J-1 erforderlich (J-1 visa required)"]),
        ("Berufsziel / Career goal", ["Residency in Internal Medicine, später Fellowship Gastroenterology"]),
        ("Publikationen / Publications (peer-reviewed)", [
            "Schäfer M, et al. Fecal microbiota transplantation in UC. Gut. 2024;73:1120-1129.",
            "Schäfer M, Mayerle J. Autoimmune pancreatitis: review. Z Gastroenterol. 2023;61:455-463.",
            "Weber T, Schäfer M, et al. Vedolizumab trough levels. Aliment Pharmacol Ther. 2024;59:88-97.",
            "Schäfer M, et al. Capsule endoscopy yield in IDA. Endoscopy. 2025;57:301-309.",
            "Vortrag: DGVS Viszeralmedizin 2024, Leipzig (Kongressbeitrag).",
        ]),
        ("Sprachen / Languages", ["Deutsch (Muttersprache), Englisch (C2), Französisch (B2)"]),
        ("Referenzen", ["Prof. Dr. Julia Mayerle, LMU Klinikum, julia.mayerle@med.uni-muenchen.de, +49 89 4400 72391"]),
    ]))

# 005 fpdf2, Poland
R.append(dict(
    file="w63_005_fpdf_poland.pdf", layout="fpdf_poland", fmt="fpdf",
    T=dict(full_name="Katarzyna Wiśniewska-Łuczak", email="k.wisniewska.luczak@wp.pl", phone_e164="+48601234567",
           medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2021,
           is_student=False, usmle_step1="pass", usmle_step2ck=260, usmle_step3=229, ecfmg_status="certified",
           visa_status="h1b", specialties=["Hematology/Oncology", "Internal Medicine"],
           languages=["Polish", "English", "German"], publications=5,
           usce_entries=[U("observership", "Hematology/Oncology", "TX", "2024-03", "2024-05"),
                         U("hands_on", "Internal Medicine", "NJ", "2024-05", "2024-06")]),
    head=dict(name="lek. Katarzyna Wiśniewska-Łuczak", sub="Physician · applying for Internal Medicine residency (Hematology/Oncology track)",
              contacts=["ul. Marszałkowska 84/12, 00-514 Warszawa, Poland", "+48 601 234 567", "k.wisniewska.luczak@wp.pl"]),
    sections=[
        ("Education", [
            ("2015.10 – 2021.06", "Lekarz (MD equivalent), Warszawski Uniwersytet Medyczny / Medical University of Warsaw"),
            ("2021.10 – 2022.09", "Staż podyplomowy (postgraduate internship), Szpital Bielański, Warszawa"),
        ]),
        ("Clinical Experience", [
            ("2022.10 – 2024.02", "Rezydent, Klinika Hematologii, Instytut Hematologii i Transfuzjologii, Warszawa"),
            ("2024.03 – 2024.05", "Observer, Department of Lymphoma/Myeloma, MD Anderson Cancer Center, Houston, TX"),
            ("2024.05 – 2024.06", "Externship (hands-on), Internal Medicine, Saint Michael's Medical Center, Newark, NJ"),
        ]),
        ("Examinations", ["USMLE Step 1 – Pass", "USMLE Step 2 CK – 260", "USMLE Step 3 – 229",
                          "LEK (Polish Medical Final Exam) – 168/200", "ECFMG certified (2023)",
                          "Visa: H-1B sponsorship needed"]),
        ("Publications", [
            "Wiśniewska-Łuczak K, et al. CAR-T toxicity in Polish centres. Acta Haematol Pol. 2023;54(2):77-84.",
            "Wiśniewska-Łuczak K, Jędrzejczak WW. Ruxolitinib in GVHD. Ann Hematol. 2022;101:2211-2219.",
            "Nowak P, Wiśniewska-Łuczak K. Iron overload in MDS. Pol Arch Intern Med. 2023;133(5):16431.",
            "Wiśniewska-Łuczak K, et al. Venetoclax in AML elderly. Leuk Lymphoma. 2024;65:501-509.",
            "Wiśniewska-Łuczak K, et al. Bispecific antibodies in myeloma. Blood Adv. 2025;9:1402-1410.",
            "Conference abstract: EHA 2024, Madrid (poster).",
        ]),
        ("Languages", ["Polish (native), English (C2), German (B1)"]),
        ("Referees", ["Dr. Hans Lee, MD Anderson Cancer Center – hlee@mdanderson.org – +1 713 792 2860"]),
    ]))

# 006 odt (odfpy), Romania
R.append(dict(
    file="w63_006_odt_romania.odt", layout="odt_romania", fmt="odt",
    T=dict(full_name="Andreea-Ioana Popescu", email="andreea.popescu.md@yahoo.com", phone_e164="+40722123456",
           medical_school="Universitatea de Medicină și Farmacie \"Carol Davila\" București", medical_school_country="RO",
           graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None,
           ecfmg_status="certified", visa_status=None, specialties=["Psychiatry"],
           languages=["Romanian", "English", "French", "Italian"], publications=1,
           usce_entries=[U("observership", "Psychiatry", "CT", "2025-06", "2025-07"),
                         U("telehealth", "Psychiatry", "NY", "2025-09", "2025-10")]),
    head=dict(name="Andreea-Ioana Popescu, MD", sub="Medic rezident Psihiatrie / Psychiatry resident (Romania)",
              contacts=["București, România", "+40 722 123 456", "andreea.popescu.md@yahoo.com"]),
    sections=[
        ("Educație / Education", [
            ("2017 – 2023", "Doctor-medic, Universitatea de Medicină și Farmacie \"Carol Davila\" București"),
            ("2019 – 2020", "Erasmus+ semester, Université Paris Cité, France"),
        ]),
        ("Experiență profesională / Experience", [
            ("01.2024 – prezent", "Medic rezident Psihiatrie, Spitalul Clinic de Psihiatrie \"Prof. Dr. Alexandru Obregia\", București"),
            ("15.06.2025 – 25.07.2025", "Clinical Observer, Department of Psychiatry, Yale New Haven Hospital, New Haven, Connecticut, USA"),
            ("09.2025 – 10.2025", "Telehealth observership (virtual), Psychiatry, NYU Langone, New York, NY"),
        ]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 241", "ECFMG Certified: Yes (2025)", "Rezidențiat exam 2023: 871 points"]),
        ("Specialty interest", ["Psychiatry (adult and consultation-liaison)"]),
        ("Publicații / Publications", [
            "Popescu AI, et al. Ketamine for treatment-resistant depression. Rom J Psychiatry. 2024;26(1):12-19.",
            "Popescu AI. Catatonia in a general hospital – case report (manuscript in preparation).",
        ]),
        ("Limbi / Languages", ["Română (maternă), Engleză (C1), Franceză (B2), Italiană (B1)"]),
        ("Referințe / References", ["Dr. John H. Krystal, Yale Psychiatry – john.krystal@yale.edu"]),
    ]))

# 007 TXT, Greece
R.append(dict(
    file="w63_007_txt_greece.txt", layout="txt_greece", fmt="txt",
    T=dict(full_name="Georgios Papadopoulos", email="g.papadopoulos.surg@gmail.com", phone_e164="+306941234567",
           medical_school="National and Kapodistrian University of Athens", medical_school_country="GR",
           graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None,
           ecfmg_status="certified", visa_status="j1", specialties=["General Surgery"],
           languages=["Greek", "English", "German"], publications=6,
           usce_entries=[U("hands_on", "General Surgery", "NY", "2019-06", "2019-08"),
                         U("research", "General Surgery", "PA", "2023-09", "2026-12")]),
    head=dict(name="Georgios Papadopoulos, MD  (Γεώργιος Παπαδόπουλος)", sub="",
              contacts=["Email: g.papadopoulos.surg@gmail.com | Mobile: +30 694 123 4567", "Pittsburgh, PA / Athens, Greece"]),
    sections=[
        ("EDUCATION", [
            ("2014 - 2020", "Ptychio Iatrikis (MD), School of Medicine, National and Kapodistrian University of Athens, Greece"),
        ]),
        ("CLINICAL EXPERIENCE", [
            ("Summer 2019", "Sub-internship (hands-on), Department of Surgery, NewYork-Presbyterian/Weill Cornell, New York, NY"),
            ("2021 - 2022", "Rural service physician (agrotiko iatreio), Health Center of Karpathos, Greece"),
            ("2022 - 2023", "Army medical officer (compulsory military service), 401 General Military Hospital, Athens"),
        ]),
        ("RESEARCH", [
            ("09/2023 - present", "Postdoctoral research fellow, Division of Surgical Oncology, UPMC / University of Pittsburgh, Pittsburgh, PA"),
        ]),
        ("EXAMS", ["USMLE Step 1: PASS | Step 2 CK: 248 | ECFMG certified 2023",
                   "Current visa: J-1 research scholar"]),
        ("PUBLICATIONS (6 peer-reviewed, 3 posters)", [
            "1. Papadopoulos G, et al. Ann Surg Oncol. 2024;31:455-463.",
            "2. Papadopoulos G, et al. JAMA Surg. 2025;160(2):140-148.",
            "3. Zureikat AH, Papadopoulos G. HPB. 2024;26:901-909.",
            "4. Papadopoulos G, et al. Surgery. 2024;175:1021-1028.",
            "5. Papadopoulos G, et al. J Am Coll Surg. 2025;240:77-85.",
            "6. Papadopoulos G, et al. Hellenic J Surg. 2022;94:33-38.",
            "Posters: SSO 2024, ACS Clinical Congress 2024, AHPBA 2025",
        ]),
        ("GOAL", ["Categorical General Surgery residency"]),
        ("LANGUAGES", ["Greek (native), English (fluent), German (B2 - Goethe-Zertifikat)"]),
        ("REFERENCES", ["Amer H. Zureikat, MD - zureikatah@upmc.edu - +1 412 692 2852"]),
    ]))

# 008 RTF, Colombia
R.append(dict(
    file="w63_008_rtf_colombia.rtf", layout="rtf_colombia", fmt="rtf",
    T=dict(full_name="María Fernanda Gómez Restrepo", email="mafe.gomezr@udea.edu.co", phone_e164="+573004567890",
           medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2022,
           is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
           visa_status="b1b2", specialties=["Pediatrics", "Family Medicine"],
           languages=["Spanish", "English", "Portuguese"], publications=0,
           usce_entries=[U("observership", "Pediatrics", "FL", "2024-02", "2024-04"),
                         U("hands_on", "Family Medicine", "TX", "2024-07", "2024-07")]),
    head=dict(name="María Fernanda Gómez Restrepo", sub="Médica y Cirujana · Physician",
              contacts=["Medellín, Colombia · Cel. (+57) 300 456 7890 · mafe.gomezr@udea.edu.co"]),
    sections=[
        ("Perfil / Profile", ["Médica general interesada en Pediatría y Medicina Familiar (Pediatrics and Family Medicine residency)."]),
        ("Formación académica / Education", [
            ("2016 – 2022", "Medicina y Cirugía, Facultad de Medicina, Universidad de Antioquia, Medellín. Grado: diciembre 2022"),
            ("2022 – 2023", "Servicio Social Obligatorio (año rural), E.S.E. Hospital San Juan de Dios, Santa Fe de Antioquia"),
        ]),
        ("Experiencia clínica en Estados Unidos / US Clinical Experience", [
            ("febrero–abril 2024", "Observership en Pediatría, Nicklaus Children's Hospital, Miami, Florida, EE. UU."),
            ("julio 2024", "Hands-on externship, Family Medicine, Legacy Community Health, Houston, Texas, EE. UU."),
        ]),
        ("Experiencia laboral / Work", [("2023 – actual", "Médica general, urgencias pediátricas, Hospital Pablo Tobón Uribe, Medellín")]),
        ("Exámenes", ["USMLE Step 1: Pass · USMLE Step 2 CK: 232 · ECFMG: certificada (2024)", "Visa B1/B2 vigente hasta 2032"]),
        ("Investigación / Research", ["Póster: Bronquiolitis y cánula de alto flujo, Congreso Colombiano de Pediatría 2023",
                                      "Póster: Dengue grave en niños, ESPID 2024"]),
        ("Idiomas / Languages", ["Español (nativo), Inglés (C1), Portugués (B1)"]),
        ("Referencias", ["Dra. Marcela Fama, Nicklaus Children's Hospital – marcela.fama@nicklaushealth.org – +1 305 666 6511"]),
    ]))

# 009 DOCX, contacts only in header/footer, Portugal
R.append(dict(
    file="w63_009_docx_headerfooter.docx", layout="docx_headerfooter", fmt="docx_hf",
    T=dict(full_name="João Miguel Ferreira Santos", email="joaomfsantos@sapo.pt", phone_e164="+351912345678",
           medical_school="Faculdade de Medicina da Universidade do Porto", medical_school_country="PT",
           graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None,
           ecfmg_status="pending", visa_status="j1", specialties=["Anesthesiology"],
           languages=["Portuguese", "English", "Spanish", "French"], publications=2,
           usce_entries=[U("observership", "Anesthesiology", "MA", "2024-10", "2024-11")]),
    head=dict(name="João Miguel Ferreira Santos", sub="Médico · Anestesiologia",
              contacts=["joaomfsantos@sapo.pt", "Telemóvel: +351 912 345 678 · Porto, Portugal"]),
    sections=[
        ("Formação académica / Education", [
            ("2016 – 2022", "Mestrado Integrado em Medicina, Faculdade de Medicina da Universidade do Porto (FMUP) – média 17/20"),
            ("09/2020 – 01/2021", "Erasmus, Universidad Autónoma de Madrid, Hospital La Paz, España"),
        ]),
        ("Experiência clínica / Clinical experience", [
            ("01/2023 – 12/2023", "Internato de Formação Geral, Centro Hospitalar Universitário de São João, Porto"),
            ("2024-01 – atual", "Internato de Formação Especializada em Anestesiologia, Hospital de Santo António, Porto"),
            ("10/2024 – 11/2024", "Clinical Observership, Department of Anesthesia, Critical Care and Pain Medicine, Massachusetts General Hospital, Boston, Massachusetts, EUA"),
        ]),
        ("Exames / Exams", ["USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 236 (2024)",
                            "ECFMG Certification: pending (OET results awaited)", "Prova Nacional de Acesso (PNA) 2022: 87,5",
                            "Visto: J-1 necessário"]),
        ("Publicações / Publications", [
            "Ferreira Santos JM, et al. Remimazolam for procedural sedation. Rev Esp Anestesiol Reanim. 2024;71(3):180-187.",
            "Ferreira Santos JM, Abelha F. Postoperative delirium in elderly. Acta Med Port. 2023;36(10):640-647.",
        ]),
        ("Objetivo / Goal", ["Residência em Anestesiologia nos EUA (Anesthesiology)"]),
        ("Línguas / Languages", ["Português (nativo) · Inglês (C2) · Espanhol (C1) · Francês (B1)"]),
        ("Referências", ["Prof. Fernando Abelha – fjabelha@med.up.pt"]),
    ]))

# 010 ODT -> LibreOffice PDF, Argentina
R.append(dict(
    file="w63_010_lo_odt_pdf.pdf", layout="lo_odt_pdf", fmt="odt2pdf",
    T=dict(full_name="Martín Ezequiel Fernández", email="martin.e.fernandez@hospitalitaliano.org.ar",
           phone_e164="+5491155551234", medical_school="Universidad de Buenos Aires", medical_school_country="AR",
           graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=240,
           ecfmg_status="certified", visa_status="j1", specialties=["Rheumatology", "Internal Medicine"],
           languages=["Spanish", "English", "Italian"], publications=4,
           usce_entries=[U("observership", "Rheumatology", "NY", "2025-01", "2025-03"),
                         U("research", "Rheumatology", "NY", "2025-02", "2025-06")]),
    head=dict(name="Martín Ezequiel Fernández", sub="Médico especialista en Clínica Médica",
              contacts=["Buenos Aires, Argentina", "+54 9 11 5555-1234", "martin.e.fernandez@hospitalitaliano.org.ar"]),
    sections=[
        ("Formación / Education", [
            ("2013 – 2019", "Médico, Facultad de Medicina, Universidad de Buenos Aires (UBA). Diploma: diciembre 2019"),
            ("2020 – 2024", "Residencia completa en Clínica Médica, Hospital Italiano de Buenos Aires (jefe de residentes 2023–2024)"),
        ]),
        ("Experiencia en EE. UU. / US Experience", [
            ("enero – marzo 2025", "Observership, Rheumatology – Hospital for Special Surgery, Nueva York, NY"),
            ("feb. 2025 – jun. 2025", "Research fellow (lupus nephritis cohort), HSS Research Institute, New York, NY"),
        ]),
        ("Exámenes", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 255", "USMLE Step 3: 240", "ECFMG: Certified (2022)",
                      "Requiere visa J-1"]),
        ("Publicaciones", [
            "Fernández ME, et al. Rev Argent Reumatol. 2023;34(1):5-12.",
            "Fernández ME, et al. Medicina (B Aires). 2022;82(4):511-518.",
            "Fernández ME, Kirou KA, et al. Lupus Sci Med. 2025;12:e001233.",
            "Fernández ME, et al. J Clin Rheumatol. 2024;30(6):233-239.",
            "Comunicación oral: Congreso Argentino de Reumatología 2024",
        ]),
        ("Objetivo", ["Residency in Internal Medicine followed by Rheumatology fellowship"]),
        ("Idiomas", ["Español (nativo), Inglés (C2 – TOEFL 115), Italiano (B2, ciudadanía italiana)"]),
        ("Referencias", ["Dr. Kyriakos A. Kirou, HSS – kirouk@hss.edu – +1 212 606 1461"]),
    ]))

# 011 HTML Europass -> Chromium, Spain
R.append(dict(
    file="w63_011_chromium_europass.pdf", layout="chromium_europass", fmt="html_europass",
    T=dict(full_name="Lucía Martínez Ortega", email="lucia.martinez.ortega@gmail.com", phone_e164="+34612345678",
           medical_school="Universidad Complutense de Madrid", medical_school_country="ES", graduation_year=2021,
           is_student=False, usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified",
           visa_status=None, specialties=["Family Medicine", "Geriatrics"],
           languages=["Spanish", "English", "Catalan"], publications=1,
           usce_entries=[U("observership", "Family Medicine", "FL", "2025-03", "2025-04")]),
    head=dict(name="Lucía Martínez Ortega", sub="Europass CV",
              contacts=["Dirección: Calle de Alcalá 215, 28028 Madrid (España)", "Teléfono: (+34) 612 34 56 78",
                        "Correo electrónico: lucia.martinez.ortega@gmail.com", "Fecha de nacimiento: 30/01/1997"]),
    sections=[
        ("Experiencia laboral / Work experience", [
            ("06/2022 – 05/2026", "Médica Interna Residente (MIR) en Medicina Familiar y Comunitaria, Centro de Salud Lavapiés y Hospital Clínico San Carlos, Madrid"),
            ("03/2025 – 04/2025", "Rotación externa (observership), Department of Family Medicine and Community Health, University of Miami, Miami, Florida, EE. UU."),
        ]),
        ("Educación y formación / Education and training", [
            ("09/2015 – 06/2021", "Grado en Medicina, Universidad Complutense de Madrid"),
            ("09/2019 – 06/2020", "Intercambio Erasmus, Università degli Studi di Milano, Italia"),
        ]),
        ("Exámenes / Exams", ["USMLE Step 1: Pass; Step 2 CK: 229; ECFMG certified (2025)", "Examen MIR 2022: n.º de orden 2.311"]),
        ("Intereses / Interests", ["Family Medicine with focus on Geriatrics"]),
        ("Publicaciones", ["Martínez Ortega L, et al. Polifarmacia en ancianos. Aten Primaria. 2024;56(2):102801."]),
        ("Competencias lingüísticas / Language skills", ["Lengua materna: español", "Otros idiomas: inglés (C1), catalán (B2)"]),
        ("Referencias", ["Dra. Pilar Gómez, tutora MIR – pgomez.cs@salud.madrid.org"]),
    ]))

# 012 reportlab two-column, Peru
R.append(dict(
    file="w63_012_reportlab_twocol.pdf", layout="reportlab_twocol", fmt="reportlab_twocol",
    T=dict(full_name="Luis Alberto Quispe Mamani", email="luis.quispe@upch.pe", phone_e164="+51987654321",
           medical_school="Universidad Peruana Cayetano Heredia", medical_school_country="PE", graduation_year=2023,
           is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
           visa_status=None, specialties=["Infectious Disease", "Internal Medicine"],
           languages=["Spanish", "Quechua", "English"], publications=3,
           usce_entries=[U("research", "Infectious Disease", "MD", "2024-06", "2025-05"),
                         U("observership", "Infectious Disease", "GA", "2025-07", "2025-08")]),
    head=dict(name="Luis Alberto Quispe Mamani", sub="Médico Cirujano – Global Health & Infectious Diseases",
              contacts=["Lima, Perú", "+51 987 654 321", "luis.quispe@upch.pe"]),
    sections=[
        ("Education", [("2016 – 2023", "Médico Cirujano, Universidad Peruana Cayetano Heredia (UPCH), Lima"),
                       ("2022 – 2023", "Internado médico, Hospital Nacional Cayetano Heredia")]),
        ("Experience", [
            ("2023 – 2024", "SERUMS, Puesto de Salud Chucuito, Puno, Perú"),
            ("06/2024 – 05/2025", "Research trainee, Johns Hopkins Bloomberg School of Public Health, Baltimore, Maryland (TB diagnostics)"),
            ("07/2025 – 08/2025", "Clinical observership, Division of Infectious Diseases, Emory University Hospital, Atlanta, Georgia"),
        ]),
        ("USMLE", ["Step 1: Pass (2024)", "Step 2 CK: scheduled 02/2026", "ECFMG certification: not certified (Step 2 CK scheduled)"]),
        ("Publications", [
            "Quispe Mamani LA, et al. Xpert Ultra in pediatric TB. Int J Tuberc Lung Dis. 2024;28:301-307.",
            "Quispe Mamani LA, Gilman RH. Chagas in the Andes. Am J Trop Med Hyg. 2023;109:120-126.",
            "Quispe Mamani LA, et al. MDR-TB in Puno. Rev Peru Med Exp Salud Publica. 2025;42(1):44-51.",
        ]),
        ("Interests", ["Infectious Disease, Internal Medicine"]),
        ("Languages", ["Spanish (native), Quechua (native), English (C1)"]),
        ("References", ["Robert H. Gilman, MD – rgilman1@jhu.edu"]),
    ]))

# 013 fpdf2, Venezuela / green card
R.append(dict(
    file="w63_013_fpdf_venezuela.pdf", layout="fpdf_venezuela", fmt="fpdf",
    T=dict(full_name="Daniela Alejandra Rodríguez Pérez", email="daniela.rodriguez.md@gmail.com",
           phone_e164="+17863214590", medical_school="Universidad Central de Venezuela", medical_school_country="VE",
           graduation_year=2017, is_student=False, usmle_step1="pass", usmle_step2ck=224, usmle_step3=218,
           ecfmg_status="certified", visa_status="green_card", specialties=["Internal Medicine", "Endocrinology"],
           languages=["Spanish", "English"], publications=0,
           usce_entries=[U("hands_on", "Internal Medicine", "FL", "2023-09", "2023-12"),
                         U("observership", "Endocrinology", "FL", "2024-01", "2024-02")]),
    head=dict(name="Daniela Alejandra Rodríguez Pérez, MD", sub="Internal Medicine applicant – U.S. Permanent Resident",
              contacts=["Doral, FL 33178", "(786) 321-4590", "daniela.rodriguez.md@gmail.com"]),
    sections=[
        ("Education", [("2011 – 2017", "Médico Cirujano, Escuela de Medicina \"Luis Razetti\", Universidad Central de Venezuela, Caracas")]),
        ("US Clinical Experience", [
            ("Sep 2023 – Dec 2023", "Hands-on externship, Internal Medicine, Larkin Community Hospital, South Miami, FL"),
            ("Jan 2024 – Feb 2024", "Observership, Endocrinology, Orlando Health, Orlando, Florida"),
        ]),
        ("International Experience", [
            ("2017 – 2018", "Artículo 8 (rural), Ambulatorio Rural Tipo II, Estado Miranda, Venezuela"),
            ("2018 – 2021", "Residente de Medicina Interna, Hospital Universitario de Caracas"),
        ]),
        ("Exams", ["USMLE Step 1: Pass", "Step 2 CK: 224", "Step 3: 218", "ECFMG Certified 2022",
                   "Immigration status: Permanent Resident (Green Card) – no visa needed"]),
        ("Career Goal", ["Internal Medicine residency, then Endocrinology fellowship"]),
        ("Languages", ["Spanish (native), English (fluent)"]),
        ("References", ["Dr. Carlos Lopez-Jimenez, Orlando Health Endocrinology – c.lopez@orlandohealth.example.org"]),
    ]))

# 014 DOCX all tables, Dominican Republic
R.append(dict(
    file="w63_014_docx_table.docx", layout="docx_table", fmt="docx_table",
    T=dict(full_name="Rafael Enrique Peña Almonte", email="rafapena.md@hotmail.com", phone_e164="+18296142250",
           medical_school="Pontificia Universidad Católica Madre y Maestra", medical_school_country="DO",
           graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None,
           ecfmg_status="certified", visa_status="b1b2",
           specialties=["Emergency Medicine", "Pulmonology/Critical Care"], languages=["Spanish", "English"],
           publications=1,
           usce_entries=[U("hands_on", "Emergency Medicine", "NY", "2025-05", "2025-06"),
                         U("observership", "Pulmonology/Critical Care", "NJ", "2025-08", "2025-08")]),
    head=dict(name="Rafael Enrique Peña Almonte", sub="Doctor en Medicina",
              contacts=["Santiago de los Caballeros, República Dominicana", "+1 (829) 614-2250", "rafapena.md@hotmail.com"]),
    sections=[
        ("Educación", [("2018 – 2024", "Doctor en Medicina, Pontificia Universidad Católica Madre y Maestra (PUCMM), Santiago. Graduado: 15/06/2024")]),
        ("Experiencia clínica / Clinical Experience", [
            ("05/2025 – 06/2025", "Hands-on clerkship, Emergency Medicine, Jamaica Hospital Medical Center, Queens, Nueva York"),
            ("08/2025", "Observership, Pulmonary & Critical Care, Newark Beth Israel Medical Center, Newark, Nueva Jersey"),
            ("07/2024 – 04/2025", "Pasantía médica (internado), Hospital Regional Universitario José María Cabral y Báez, Santiago, RD"),
        ]),
        ("USMLE / ECFMG", ["Step 1: Pass", "Step 2 CK: 240", "ECFMG: Certified (Oct 2025)", "Visa: B1/B2"]),
        ("Interés / Interests", ["Emergency Medicine; Pulmonary and Critical Care"]),
        ("Publicaciones", ["Peña Almonte RE, et al. Dengue shock in adults. Rev Med Dom. 2024;85(2):44-50.",
                           "Poster: ACEP Scientific Assembly 2025 (abstract)."]),
        ("Idiomas", ["Español (nativo), Inglés (avanzado)"]),
        ("Referencias", ["Dr. Ramón Báez, PUCMM – rbaez@pucmm.edu.do – +1 809 580 1962"]),
    ]))

# 015 DOCX -> LibreOffice PDF, Italian student
R.append(dict(
    file="w63_015_lo_pdf_italian_student.pdf", layout="lo_pdf_italian_student", fmt="docx2pdf",
    T=dict(full_name="Alessandro De Luca", email="alessandro.deluca4@studio.unibo.it", phone_e164="+393471234567",
           medical_school="Alma Mater Studiorum – Università di Bologna", medical_school_country="IT",
           graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
           ecfmg_status=None, visa_status="b1b2", specialties=["Neurology"],
           languages=["Italian", "English", "German"], publications=0,
           usce_entries=[U("hands_on", "Neurology", "MN", "2026-07", "2026-08")]),
    head=dict(name="Alessandro De Luca", sub="Studente di Medicina e Chirurgia (VI anno) / 6th-year medical student",
              contacts=["Bologna, Italia · +39 347 123 4567 · alessandro.deluca4@studio.unibo.it"]),
    sections=[
        ("Istruzione / Education", [
            ("2021 – presente", "Corso di Laurea Magistrale in Medicina e Chirurgia, Alma Mater Studiorum – Università di Bologna. Laurea prevista: marzo 2027"),
            ("10/2024 – 03/2025", "Erasmus+ study exchange, Charité – Universitätsmedizin Berlin, Deutschland"),
        ]),
        ("Esperienze cliniche / Clinical experience", [
            ("07/2026 – 08/2026", "Visiting Medical Student – hands-on clerkship, Department of Neurology, Mayo Clinic, Rochester, Minnesota, USA"),
            ("2025 – in corso", "Tirocinio professionalizzante, Neurologia, IRCCS Istituto delle Scienze Neurologiche di Bologna"),
        ]),
        ("Esami / Exams", ["USMLE Step 1: Pass (12/2025)", "Visa: B1/B2 (visiting student)"]),
        ("Interessi / Interests", ["Neurology (epilepsy, neurophysiology)"]),
        ("Ricerca / Research", ["Abstract: EEG biomarkers in drug-resistant epilepsy, LICE 2025 (poster)",
                                "Manuscript submitted: De Luca A, et al. Seizure (under review)"]),
        ("Lingue / Languages", ["Italiano (madrelingua), Inglese (C1), Tedesco (B2)"]),
        ("Referenze", ["Prof.ssa Francesca Bisulli – francesca.bisulli@unibo.it"]),
    ]))

# 016 TXT Portuguese (Brazil)
R.append(dict(
    file="w63_016_txt_brazil.txt", layout="txt_brazil", fmt="txt",
    T=dict(full_name="Thiago Henrique Oliveira Costa", email="thiago.hocosta@usp.br", phone_e164="+5511912345678",
           medical_school="Universidade de São Paulo", medical_school_country="BR", graduation_year=2020,
           is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
           visa_status="j1", specialties=["Radiology"], languages=["Portuguese", "English", "Spanish"],
           publications=7,
           usce_entries=[U("observership", "Radiology", "CA", "2024-09", "2024-11"),
                         U("research", "Radiology", "CA", "2025-01", "2026-12")]),
    head=dict(name="Thiago Henrique Oliveira Costa", sub="Médico Radiologista (Brasil)",
              contacts=["E-mail: thiago.hocosta@usp.br", "Celular: +55 (11) 91234-5678", "São Paulo – SP"]),
    sections=[
        ("FORMAÇÃO", [("2015–2020", "Graduação em Medicina, Faculdade de Medicina da Universidade de São Paulo (FMUSP)"),
                      ("2021–2024", "Residência Médica em Radiologia e Diagnóstico por Imagem, Hospital das Clínicas – FMUSP")]),
        ("EXPERIÊNCIA NOS EUA", [
            ("set/2024 – nov/2024", "Observership, Department of Radiology, Stanford Health Care, Palo Alto, Califórnia, EUA"),
            ("jan/2025 – atual", "Research Fellow, Neuroradiology – UCSF, São Francisco, Califórnia, EUA"),
        ]),
        ("EXAMES", ["USMLE Step 1: Aprovado (Pass)", "USMLE Step 2 CK: 247", "ECFMG: certificado (2024)",
                    "Visto: J-1 necessário para residência"]),
        ("PUBLICAÇÕES (7 artigos revisados por pares)", [
            "Oliveira Costa TH, et al. Radiology. 2025;314:e241022.",
            "Oliveira Costa TH, et al. AJNR Am J Neuroradiol. 2024;45:1201-1208.",
            "Oliveira Costa TH, et al. Radiol Bras. 2023;56(4):190-196.",
            "Oliveira Costa TH, et al. Eur Radiol. 2024;34:5501-5510.",
            "Oliveira Costa TH, et al. Neuroradiology. 2025;67:331-340.",
            "Oliveira Costa TH, et al. Radiol Bras. 2022;55(2):88-93.",
            "Oliveira Costa TH, et al. J Neuroimaging. 2025;35:e13240.",
        ]),
        ("OBJETIVO", ["Residência em Radiologia Diagnóstica nos EUA (Diagnostic Radiology)"]),
        ("IDIOMAS", ["Português (nativo); Inglês (fluente); Espanhol (avançado)"]),
        ("REFERÊNCIAS", ["Dr. Christopher Hess, UCSF – christopher.hess@ucsf.edu"]),
    ]))

# ---------------- scans ----------------
R.append(dict(
    file="w63_017_scan_photo.png", layout="scan_photo_png", fmt="scan_png",
    T=dict(full_name="Pablo Sánchez Navarro", email="pablo.sanchez.nav@gmail.com", phone_e164="+34655123987",
           medical_school="Universidad de Navarra", medical_school_country="ES", graduation_year=2022,
           is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified",
           visa_status="j1", specialties=["Cardiology", "Internal Medicine"], languages=["Spanish", "English", "French"],
           publications=2,
           usce_entries=[U("observership", "Cardiology", "TX", "2024-09", "2024-10")]),
    head=dict(name="Pablo Sánchez Navarro", sub="Médico – Curriculum Vitae",
              contacts=["Pamplona, España · +34 655 123 987 · pablo.sanchez.nav@gmail.com"]),
    sections=[
        ("Formación académica", [("2016 – 2022", "Grado en Medicina, Universidad de Navarra, Pamplona")]),
        ("Experiencia clínica", [
            ("2023 – actual", "MIR Cardiología, Clínica Universidad de Navarra"),
            ("09/2024 – 10/2024", "Observership, Cardiology, Houston Methodist, Houston, Texas, EE. UU."),
        ]),
        ("USMLE", ["Step 1: Pass · Step 2 CK: 250 · ECFMG certified", "Visa: J-1 requerida"]),
        ("Publicaciones", ["2 artículos: Rev Esp Cardiol 2023; Eur Heart J Case Rep 2024"]),
        ("Idiomas", ["Español (nativo), Inglés (C1), Francés (B2)"]),
        ("Objetivo", ["Internal Medicine residency → Cardiology fellowship"]),
    ]))

R.append(dict(
    file="w63_018_scan_photo.jpg", layout="scan_photo_jpg", fmt="scan_jpg",
    T=dict(full_name="Valeria Guadalupe Torres Medina", email="vale.torres.md@gmail.com", phone_e164="+523312345678",
           medical_school="Universidad de Guadalajara", medical_school_country="MX", graduation_year=2023,
           is_student=False, usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="pending",
           visa_status="b1b2", specialties=["Obstetrics and Gynecology"], languages=["Spanish", "English"],
           publications=0,
           usce_entries=[U("observership", "Obstetrics and Gynecology", "IL", "2025-02", "2025-03")]),
    head=dict(name="Valeria Guadalupe Torres Medina", sub="Médica Cirujana y Partera",
              contacts=["Guadalajara, Jalisco · +52 33 1234 5678", "vale.torres.md@gmail.com"]),
    sections=[
        ("Formación", [("2017 – 2023", "Médico Cirujano y Partero, Centro Universitario de Ciencias de la Salud, Universidad de Guadalajara")]),
        ("Experiencia", [
            ("2021 – 2022", "Internado de pregrado, Hospital Civil de Guadalajara"),
            ("2022 – 2023", "Servicio social, IMSS-Bienestar, Jalisco"),
            ("feb. 2025 – mar. 2025", "Observership, Obstetrics & Gynecology, Northwestern Memorial Hospital, Chicago, Illinois"),
        ]),
        ("Exámenes", ["USMLE Step 1: Pass; Step 2 CK: 226", "ECFMG: en trámite (pending)", "Visa B1/B2"]),
        ("Interés", ["Obstetrics and Gynecology"]),
        ("Idiomas", ["Español, Inglés"]),
    ]))

R.append(dict(
    file="w63_019_scan_pdf.pdf", layout="scan_image_pdf", fmt="scan_pdf",
    T=dict(full_name="Mihai Constantin Ionescu", email="mihai.ionescu@umfcluj.ro", phone_e164="+40745987321",
           medical_school="Universitatea de Medicină și Farmacie \"Iuliu Hațieganu\" Cluj-Napoca",
           medical_school_country="RO", graduation_year=2022, is_student=False, usmle_step1="pass",
           usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified", visa_status=None,
           specialties=["Nephrology", "Internal Medicine"], languages=["Romanian", "English", "Hungarian"],
           publications=3,
           usce_entries=[U("research", "Nephrology", "MI", "2024-01", "2024-12")]),
    head=dict(name="Mihai Constantin Ionescu", sub="Medic / Physician",
              contacts=["Cluj-Napoca, România · +40 745 987 321 · mihai.ionescu@umfcluj.ro"]),
    sections=[
        ("Education", [("2016 – 2022", "Doctor-medic, UMF \"Iuliu Hațieganu\" Cluj-Napoca")]),
        ("Experience", [
            ("2023 – prezent", "Medic rezident Nefrologie, Spitalul Clinic Județean de Urgență Cluj"),
            ("01.2024 – 12.2024", "Research fellow, Nephrology, University of Michigan, Ann Arbor, MI"),
        ]),
        ("USMLE", ["Step 1: Pass · Step 2 CK: 243 · ECFMG Certified"]),
        ("Publications", ["3 peer-reviewed articles (Kidney Int 2024, Nephrol Dial Transplant 2024, Clujul Med 2023)"]),
        ("Goals", ["Internal Medicine residency, Nephrology"]),
        ("Languages", ["Romanian, English, Hungarian"]),
    ]))

R.append(dict(
    file="w63_020_scan_pdf.pdf", layout="scan_image_pdf_lowcontrast", fmt="scan_pdf",
    T=dict(full_name="Beatriz Almeida Carvalho", email="bia.carvalho@unifesp.br", phone_e164="+5511987001234",
           medical_school="Universidade Federal de São Paulo", medical_school_country="BR", graduation_year=2021,
           is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified",
           visa_status=None, specialties=["Pediatrics"], languages=["Portuguese", "English"], publications=1,
           usce_entries=[U("observership", "Pediatrics", "PA", "2024-04", "2024-04")]),
    head=dict(name="Beatriz Almeida Carvalho", sub="Médica Pediatra",
              contacts=["São Paulo, Brasil · +55 11 98700-1234 · bia.carvalho@unifesp.br"]),
    sections=[
        ("Formação", [("2015–2021", "Medicina, Escola Paulista de Medicina – Universidade Federal de São Paulo (UNIFESP)"),
                      ("2022–2025", "Residência em Pediatria, Hospital São Paulo – UNIFESP")]),
        ("Experiência nos EUA", [("abril 2024", "Observership, General Pediatrics, Children's Hospital of Philadelphia, Filadélfia, Pensilvânia, EUA")]),
        ("USMLE", ["Step 1: Pass · Step 2 CK: 239 · ECFMG certificada"]),
        ("Publicações", ["Almeida Carvalho B, et al. J Pediatr (Rio J). 2023;99:410-416."]),
        ("Objetivo", ["Pediatrics residency"]),
        ("Idiomas", ["Português, Inglês"]),
    ]))

R.append(dict(
    file="w63_021_scan_photo.jpg", layout="scan_photo_rotated_jpg", fmt="scan_jpg",
    T=dict(full_name="Eleni Nikolaidou", email="eleni.nikolaidou@auth.gr", phone_e164="+306977654321",
           medical_school="Aristotle University of Thessaloniki", medical_school_country="GR", graduation_year=2019,
           is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified",
           visa_status="j1", specialties=["Hematology/Oncology"], languages=["Greek", "English", "Italian"],
           publications=4,
           usce_entries=[U("observership", "Hematology/Oncology", "NY", "2023-10", "2023-12")]),
    head=dict(name="Eleni Nikolaidou (Ελένη Νικολαΐδου)", sub="MD",
              contacts=["Thessaloniki, Greece · +30 697 765 4321 · eleni.nikolaidou@auth.gr"]),
    sections=[
        ("Education", [("2013 – 2019", "MD (Ptychio Iatrikis), Aristotle University of Thessaloniki")]),
        ("Experience", [
            ("2020 – 2025", "Specialty trainee, Haematology, AHEPA University Hospital, Thessaloniki"),
            ("Oct – Dec 2023", "Observership, Hematology/Oncology, Memorial Sloan Kettering, New York, NY"),
        ]),
        ("USMLE", ["Step 1: Pass · Step 2 CK: 252 · ECFMG certified · J-1 needed"]),
        ("Publications", ["4 peer-reviewed papers (Blood 2023, Hemasphere 2024 x2, Ann Hematol 2022)"]),
        ("Languages", ["Greek, English, Italian"]),
        ("Goal", ["Career in Hematology/Oncology"]),
    ]))

DAMAGED = [
    dict(file="w63_022_truncated.pdf", layout="damaged_truncated_pdf"),
    dict(file="w63_023_encrypted.pdf", layout="damaged_encrypted_pdf"),
    dict(file="w63_024_random_bytes.docx", layout="damaged_random_docx"),
]
