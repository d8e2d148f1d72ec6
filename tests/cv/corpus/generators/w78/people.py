# -*- coding: utf-8 -*-
# CV content + truth for writer w78. Items "A || B" = date column || body.

def T(**kw):
    base = dict(usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
                visa_status=None, specialties=[], languages=[], publications=0, usce_entries=[],
                phone_e164=None, is_student=False)
    base.update(kw)
    return base

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = {}

P["lorenzo"] = dict(
    name="Lorenzo De Santis", title="Dott. Lorenzo De Santis, MD",
    contact=["Via Giuseppe Verdi 14, 20121 Milano (MI), Italia", "Tel.: +39 347 218 5591",
             "E-mail: lorenzo.desantis93@gmail.com", "Data di nascita / Date of birth: 12/04/1993",
             "Nazionalità: Italiana"],
    sections=[
        ("Profilo / Profile", ["Italian physician (Laurea 2019) applying for US clinical rotations ahead of the 2027 Match in Internal Medicine, with a strong interest in Cardiology."]),
        ("Istruzione e formazione / Education and training", [
            "10/2013 – 07/2019 || Laurea Magistrale a ciclo unico in Medicina e Chirurgia (LM-41), 110/110 e lode – Università degli Studi di Milano, Milano (Italia)",
            "07/2019 – 11/2019 || Tirocinio pratico-valutativo (abilitazione all'esercizio della professione medica)",
            "2008 – 2013 || Diploma di Liceo Scientifico – Liceo Scientifico Statale \"A. Volta\", Milano"]),
        ("Esami USMLE / USMLE", [
            "Step 1: PASS (May 2023)", "Step 2 CK: 247 (January 2024)", "Step 3: not yet taken",
            "ECFMG Certified (certificate issued 02/2024)"]),
        ("Esperienza clinica negli USA / US Clinical Experience", [
            "03/2024 – 05/2024 || Externship (hands-on), Internal Medicine – Rush University Medical Center, Chicago, IL",
            "06/2024 – 06/2024 || Observership, Cardiology – Cleveland Clinic, Cleveland, OH",
            "09/2024 – 02/2025 || Research volunteer, Division of Cardiology – Northwestern University, Chicago, IL (remote data work continued part-time)"]),
        ("Esperienza professionale / Work experience", [
            "01/2020 – 12/2022 || Medico di Continuità Assistenziale (out-of-hours GP service), ATS Milano",
            "02/2023 – ad oggi || Medico specializzando? No – Sostituto di Medicina Generale, Studio Medico Associato, Monza"]),
        ("Pubblicazioni / Publications", [
            "1. De Santis L, Bianchi F, et al. Left atrial strain in heart failure with preserved ejection fraction. G Ital Cardiol. 2021;22(4):301-8.",
            "2. Rossi A, De Santis L, Moretti P. Outcomes of TAVI in octogenarians: a single-centre cohort. Int J Cardiol. 2022;350:44-50.",
            "Poster: ESC Congress 2023, Amsterdam – 'Sodium intake and HFpEF readmissions' (not peer-reviewed)"]),
        ("Competenze linguistiche / Language skills", [
            "Lingua madre: Italiano", "Altre lingue: Inglese (C1 – IELTS 7.5), Spagnolo (B2), Francese (A2)"]),
        ("Referenze / References", [
            "Prof. Marco Galli, MD – Direttore, UO Cardiologia, Ospedale Niguarda – marco.galli@ospedaleniguarda.it – +39 02 6444 2210",
            "Dr. Sarah K. Whitman – Rush University Medical Center – sarah_whitman@rush.edu – (312) 942-5000"]),
        ("Visa", ["Will require J-1 visa sponsorship (ECFMG) for residency; B1/B2 visitor visa currently held for rotations."]),
    ],
    truth=T(full_name="Lorenzo De Santis", email="lorenzo.desantis93@gmail.com", phone_e164="+393472185591",
            medical_school="Università degli Studi di Milano", medical_school_country="IT", graduation_year=2019,
            usmle_step1="pass", usmle_step2ck=247, ecfmg_status="certified", visa_status="b1b2",
            specialties=["Internal Medicine", "Cardiology"], languages=["Italian", "English", "Spanish", "French"],
            publications=2,
            usce_entries=[E("hands_on", "Internal Medicine", "IL", "2024-03", "2024-05"),
                          E("observership", "Cardiology", "OH", "2024-06", "2024-06"),
                          E("research", "Cardiology", "IL", "2024-09", "2025-02")]))
# fix odd line
P["lorenzo"]["sections"][4] = ("Esperienza professionale / Work experience", [
    "01/2020 – 12/2022 || Medico di Continuità Assistenziale (out-of-hours GP service), ATS Milano",
    "02/2023 – ad oggi || Sostituto di Medicina Generale, Studio Medico Associato, Monza (Italia)"])

P["maria"] = dict(
    name="María José Núñez Olmedo", title="María José Núñez Olmedo",
    contact=["C/ de Alcalá 212, 3º B, 28028 Madrid, España", "Móvil: 612 48 90 37 (+34)",
             "mjnunez.olmedo@outlook.es", "Nacimiento: 1997"],
    sections=[
        ("Formación académica", [
            "Sept 2015 – Jun 2021 || Grado en Medicina – Universidad Complutense de Madrid (UCM), Facultad de Medicina",
            "Sept 2019 – Feb 2020 || Erasmus+ – Università di Bologna, Italia (rotaciones de Pediatría y Neonatología)",
            "2022 || Examen MIR – número de orden 4.812 (no plaza adjudicada)"]),
        ("USMLE", ["Step 1 – Pass (2023)", "Step 2 CK – 238 (2024)", "NBME CBSE práctica: 71", "ECFMG: certificación en trámite (pendiente OET)"]),
        ("Experiencia clínica en EE. UU. / US Clinical Experience", [
            "Enero 2025 – Marzo 2025 || Observership – Pediatrics, Nicklaus Children's Hospital, Miami, FL",
            "Abril 2025 || Hands-on clerkship – Emergency Medicine (adult ED), Jackson Memorial Hospital, Miami, FL",
            "desde Septiembre 2025 || Telehealth observer (remoto), Pediatric virtual clinic – Texas Children's Hospital, Houston, TX"]),
        ("Experiencia profesional", [
            "Jul 2021 – Dic 2024 || Médico de urgencias (contrato eventual), Hospital Universitario 12 de Octubre, Madrid"]),
        ("Publicaciones", ["Núñez Olmedo MJ, García-Prieto L. Bronquiolitis por VRS: factores de gravedad. An Pediatr (Barc). 2023;98(2):112-9.",
                           "Comunicación oral – Congreso AEP 2022 (no publicado)"]),
        ("Idiomas", ["Español: nativo", "Inglés: C1 (Cambridge Advanced)", "Italiano: B1", "Catalán: A2"]),
        ("Intereses profesionales", ["Pediatrics; Emergency Medicine"]),
        ("Referencias", ["Dra. Carmen Vidal Ruiz – Jefa de Servicio de Pediatría, H. 12 de Octubre – cvidal@salud.madrid.org – +34 913 90 80 00"]),
    ],
    truth=T(full_name="María José Núñez Olmedo", email="mjnunez.olmedo@outlook.es", phone_e164="+34612489037",
            medical_school="Universidad Complutense de Madrid", medical_school_country="ES", graduation_year=2021,
            usmle_step1="pass", usmle_step2ck=238, ecfmg_status="pending",
            specialties=["Pediatrics", "Emergency Medicine"], languages=["Spanish", "English", "Italian", "Catalan"],
            publications=1,
            usce_entries=[E("observership", "Pediatrics", "FL", "2025-01", "2025-03"),
                          E("hands_on", "Emergency Medicine", "FL", "2025-04", "2025-04"),
                          E("telehealth", "Pediatrics", "TX", "2025-09", "2026-12")]))

P["joao"] = dict(
    name="João Pedro Gonçalves Ribeiro", title="João Pedro Gonçalves Ribeiro",
    contact=["Rua de Santa Catarina 870, 4000-447 Porto, Portugal", "+351 912 337 604",
             "jp.goncalves.ribeiro@gmail.com", "LinkedIn: linkedin.com/in/jpgribeiro"],
    sections=[
        ("Educação / Education", [
            "2016 – 2022 || Mestrado Integrado em Medicina – Faculdade de Medicina da Universidade do Porto (FMUP). Final grade 17/20",
            "2020.09 – 2021.01 || Erasmus+ clinical exchange – Karolinska Institutet, Stockholm, Sweden",
            "2023 – 2024 || Formação Geral (Ano Comum), Centro Hospitalar Universitário de São João"]),
        ("Licensing exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 255", "USMLE Step 3: 229",
                             "ECFMG certified – 2024", "PLAB 1: passed (2023)"]),
        ("US Clinical Experience", [
            "2024.02 – 2024.03 || Sub-internship (hands-on), Neurology – Massachusetts General Hospital, Boston, MA",
            "2024.03 – 2024.05 || Observership, Neurology – Beth Israel Deaconess Medical Center, Boston, MA",
            "Summer 2024 || Research elective, Stroke Outcomes Lab – Johns Hopkins, Baltimore, MD (June–August 2024)"]),
        ("Research & Publications", [
            "Peer-reviewed: 3 original articles (Acta Med Port 2021; Eur J Neurol 2023; Stroke 2024)",
            "Posters: 4 (ESOC 2022, 2023; AAN 2024 x2)"]),
        ("Languages", ["Portuguese (native)", "English (C2)", "Spanish (B2)", "Swedish (A1)"]),
        ("Goal", ["Neurology residency, categorical position, 2027 Match."]),
        ("Status", ["US permanent resident (green card holder since 2025)."]),
        ("References", ["Prof. Dr. Elsa Azevedo – Neurology, ULS São João – elsa.azevedo@chsj.min-saude.pt",
                        "Dr. Michael O'Rourke, MD – MGH Neurology – morourke@mgh.harvard.edu – +1 617 726 2000"]),
    ],
    truth=T(full_name="João Pedro Gonçalves Ribeiro", email="jp.goncalves.ribeiro@gmail.com", phone_e164="+351912337604",
            medical_school="Faculdade de Medicina da Universidade do Porto", medical_school_country="PT", graduation_year=2022,
            usmle_step1="pass", usmle_step2ck=255, usmle_step3=229, ecfmg_status="certified", visa_status="green_card",
            specialties=["Neurology"], languages=["Portuguese", "English", "Spanish", "Swedish"], publications=3,
            usce_entries=[E("hands_on", "Neurology", "MA", "2024-02", "2024-03"),
                          E("observership", "Neurology", "MA", "2024-03", "2024-05"),
                          E("research", "Neurology", "MD", "2024-06", "2024-08")]))

P["konstantinos"] = dict(
    name="Konstantinos Papadopoulos", title="Konstantinos Papadopoulos (Κωνσταντίνος Παπαδόπουλος)",
    contact=["Λεωφόρος Κηφισίας 118, 115 26 Αθήνα / Kifisias Ave 118, Athens 11526, Greece",
             "Κινητό / Mobile: 694 412 3308", "Email: k.papadopoulos.md@yahoo.gr", "Γεννήθηκα / Born: 1995"],
    sections=[
        ("Εκπαίδευση / Education", [
            "09/2013 – 07/2019 || Ptychio Iatrikis (Πτυχίο Ιατρικής) – Medical School, National and Kapodistrian University of Athens (ΕΚΠΑ). Grade: 8.12/10",
            "2017 (3 months) || Erasmus placement – Charité, Berlin, Germany (Internal Medicine)"]),
        ("Επαγγελματική εμπειρία / Experience", [
            "2020 – 2021 || Υπηρεσία υπαίθρου (rural service) – Health Centre of Kalavryta",
            "2021 – present || Resident (ειδικευόμενος) Internal Medicine, Evangelismos General Hospital, Athens"]),
        ("USMLE", ["Step 1 – Pass (2022)", "Step 2 CK – 261 (2023)", "ECFMG: certified"]),
        ("US Experience", [
            "Jul 2023 – Aug 2023 || Clinical observership, Hematology/Oncology – MD Anderson Cancer Center, Houston, TX",
            "Sep 2023 – Dec 2023 || Research fellow (remote), Lymphoma Section – MD Anderson Cancer Center, Houston, TX"]),
        ("Publications", ["5 PubMed-indexed peer-reviewed papers (2 first-author), 6 congress abstracts, 1 manuscript under review."]),
        ("Γλώσσες / Languages", ["Ελληνικά / Greek – native", "Αγγλικά / English – C2 (Proficiency)", "Γερμανικά / German – B2"]),
        ("Career interest", ["Hematology/Oncology fellowship after Internal Medicine residency."]),
        ("Visa", ["Requires J-1 (ECFMG-sponsored)."]),
        ("Συστάσεις / Referees", ["Prof. Ioannis Dimopoulos – idimop@med.uoa.gr – +30 210 338 1541"]),
    ],
    truth=T(full_name="Konstantinos Papadopoulos", email="k.papadopoulos.md@yahoo.gr", phone_e164="+306944123308",
            medical_school="National and Kapodistrian University of Athens", medical_school_country="GR", graduation_year=2019,
            usmle_step1="pass", usmle_step2ck=261, ecfmg_status="certified", visa_status="j1",
            specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Greek", "English", "German"], publications=5,
            usce_entries=[E("observership", "Hematology/Oncology", "TX", "2023-07", "2023-08"),
                          E("research", "Hematology/Oncology", "TX", "2023-09", "2023-12")]))

P["lena"] = dict(
    name="Lena Schäfer", title="Lena Schäfer",
    contact=["Schellingstraße 42, 80799 München", "Tel. +49 176 2841 0937", "lena.schaefer@posteo.de",
             "Geburtsdatum: 03.11.1998 in Augsburg"],
    sections=[
        ("Ausbildung / Education", [
            "WS 2017 – SS 2023 || Studium der Humanmedizin, Ludwig-Maximilians-Universität München (LMU). Ärztliche Prüfung (Staatsexamen) 11/2023, Note: gut (2,0)",
            "08/2022 – 07/2023 || Praktisches Jahr (PJ): Innere Medizin (Klinikum der LMU), Chirurgie (Kantonsspital St. Gallen, Schweiz), Wahlfach Psychiatrie",
            "2008 – 2017 || Abitur, Maria-Theresia-Gymnasium Augsburg"]),
        ("Berufserfahrung", ["seit 01/2024 || Assistenzärztin Psychiatrie und Psychotherapie, kbo-Isar-Amper-Klinikum München-Ost"]),
        ("USMLE / ECFMG", ["Step 1: bestanden (pass), 2024", "Step 2 CK: 249 (03/2025)", "ECFMG-Zertifizierung: beantragt (pending)"]),
        ("Klinische Erfahrung USA", [
            "Oktober 2025 || Observership Psychiatry – Yale New Haven Hospital, New Haven, CT",
            "seit 11/2025 || Telepsychiatry observer (virtual), Department of Psychiatry – UCSF, San Francisco, CA"]),
        ("Promotion / Publikationen", ["Dissertation (Dr. med.) in Vorbereitung", "Schäfer L, Huber M. Ketamin bei therapieresistenter Depression. Nervenarzt. 2024;95:210-7.",
                                        "Posterbeitrag DGPPN 2024"]),
        ("Sprachen", ["Deutsch (Muttersprache)", "Englisch (C1)", "Französisch (B1)"]),
        ("Ziel", ["Residency in Psychiatry (USA)"]),
        ("Referenzen", ["PD Dr. med. Thomas Brandl – thomas.brandl@kbo.de – +49 89 4562 0"]),
    ],
    truth=T(full_name="Lena Schäfer", email="lena.schaefer@posteo.de", phone_e164="+4917628410937",
            medical_school="Ludwig-Maximilians-Universität München", medical_school_country="DE", graduation_year=2023,
            usmle_step1="pass", usmle_step2ck=249, ecfmg_status="pending",
            specialties=["Psychiatry"], languages=["German", "English", "French"], publications=1,
            usce_entries=[E("observership", "Psychiatry", "CT", "2025-10", "2025-10"),
                          E("telehealth", "Psychiatry", "CA", "2025-11", "2026-12")]))

P["helene"] = dict(
    name="Hélène Lefèvre-Marchand", title="Dr Hélène Lefèvre-Marchand",
    contact=["12 rue des Écoles, 75005 Paris", "06 71 42 88 19", "helene.lefevre.marchand@proton.me"],
    sections=[
        ("Formation", [
            "2014 – 2020 || Diplôme de Formation Approfondie en Sciences Médicales (DFASM), Sorbonne Université, Faculté de Médecine",
            "2020 – 2024 || Internat (DES) Anesthésie-Réanimation, AP-HP, Paris",
            "12/2024 || Diplôme d'État de Docteur en Médecine (thèse soutenue), Sorbonne Université"]),
        ("Examens américains", ["USMLE Step 1 : Pass (2024)", "USMLE Step 2 CK : en préparation (date prévue 02/2026)", "ECFMG : non certifiée"]),
        ("Expérience aux États-Unis", [
            "Avril – Mai 2025 || Observership, Department of Anesthesiology – NewYork-Presbyterian / Columbia, New York, NY",
            "Juin 2025 || Observership, Surgical ICU – Mount Sinai Hospital, New York, NY"]),
        ("Expérience à l'étranger (hors USA)", ["Mars 2019 || Stage Erasmus – Hospital Clínic de Barcelona, Espagne (Urgences)",
                                                "2023 || Stage – McGill University Health Centre, Montréal, Canada (Soins intensifs)"]),
        ("Publications", ["Lefèvre-Marchand H, et al. Ann Fr Anesth Reanim 2022", "Lefèvre-Marchand H, Dubois P. Br J Anaesth 2023", "Co-author, Crit Care 2024",
                          "Abstract – SFAR 2023"]),
        ("Langues", ["Français (langue maternelle)", "Anglais (courant)", "Espagnol (intermédiaire)"]),
        ("Projet professionnel", ["Anesthesiology residency; interest in Critical Care (Pulmonology/Critical Care)."]),
        ("Statut", ["Citoyenne française et américaine (US citizen by birth, born in Boston 1996)."]),
        ("Références", ["Pr Jean-Michel Constantin – jean-michel.constantin@aphp.fr – 01 42 16 00 00"]),
    ],
    truth=T(full_name="Hélène Lefèvre-Marchand", email="helene.lefevre.marchand@proton.me", phone_e164="+33671428819",
            medical_school="Sorbonne Université", medical_school_country="FR", graduation_year=2024,
            usmle_step1="pass", ecfmg_status="not_certified", visa_status="citizen",
            specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["French", "English", "Spanish"], publications=3,
            usce_entries=[E("observership", "Anesthesiology", "NY", "2025-04", "2025-05"),
                          E("observership", "Pulmonology/Critical Care", "NY", "2025-06", "2025-06")]))

P["sanne"] = dict(
    name="Sanne de Vries", title="Sanne de Vries, BSc",
    contact=["Oudegracht 231, 3511 NK Utrecht, Nederland", "+31 (0)6 4819 2276", "sanne.devries@student.uu.nl"],
    sections=[
        ("Opleiding / Education", [
            "09/2020 – heden || Master Geneeskunde (SUMMA), Universiteit Utrecht – artsexamen verwacht 07/2027",
            "09/2017 – 07/2020 || Bachelor Biomedische Wetenschappen, Universiteit Utrecht"]),
        ("Coschappen / Clerkships", [
            "2025 || Erasmus+ elective, Emergency Medicine – Universitätsklinikum Freiburg, Deutschland",
            "02/2026 – 03/2026 || Visiting student (hands-on sub-I), Emergency Medicine – University of Michigan, Ann Arbor, MI"]),
        ("USMLE", ["Step 1: scheduled 2026 (NBME practice 64/UWSA 245)"]),
        ("Talen / Languages", ["Nederlands (moedertaal)", "Engels (C2)", "Duits (B2)"]),
        ("Interesse", ["Emergency Medicine; Family Medicine"]),
        ("Referenties", ["Dr. Pieter Bakker, SEH-arts – p.bakker@umcutrecht.nl"]),
    ],
    truth=T(full_name="Sanne de Vries", email="sanne.devries@student.uu.nl", phone_e164="+31648192276",
            medical_school="Universiteit Utrecht", medical_school_country="NL", graduation_year=2027, is_student=True,
            specialties=["Emergency Medicine", "Family Medicine"], languages=["Dutch", "English", "German"],
            usce_entries=[E("hands_on", "Emergency Medicine", "MI", "2026-02", "2026-03")]))

P["nikola"] = dict(
    name="Nikola Petrović", title="Nikola Petrović / Никола Петровић",
    contact=["Bulevar kralja Aleksandra 73, 11000 Beograd, Srbija", "tel: 064 555 81 42 (Serbia +381)",
             "nikola.petrovic.mf@gmail.com", "Rođen / Born: 1996, Kragujevac"],
    sections=[
        ("Obrazovanje / Education", [
            "2015 – 2021 || Doktor medicine (integrated MD), Medicinski fakultet Univerziteta u Beogradu (University of Belgrade Faculty of Medicine), prosek 9.41",
            "2019 || IFMSA Professional Exchange – General Surgery, Hospital Santa Maria, Lisbon, Portugal"]),
        ("Radno iskustvo / Work experience", ["2022 – danas || Klinički lekar, Klinika za digestivnu hirurgiju, UKCS Beograd"]),
        ("USMLE", ["Step 1 – FAIL (first attempt 2022), PASS (2023)", "Step 2 CK – 232", "ECFMG status: Certified 2024"]),
        ("USCE", [
            "01/2024 – 03/2024 || Hands-on externship, General Surgery – Danbury Hospital, Danbury, CT",
            "02/2024 – 04/2024 || Research assistant (part-time, overlapping), Surgical Outcomes – Yale School of Medicine, New Haven, CT"]),
        ("Publikacije", ["Petrović N, et al. Srp Arh Celok Lek. 2023;151:45-50.", "Poster – ACS Clinical Congress 2024"]),
        ("Jezici / Languages", ["srpski (maternji)", "engleski (C1)", "ruski (B1)"]),
        ("Cilj / Objective", ["General Surgery residency"]),
        ("Preporuke / References", ["Prof. dr Dragan Mašulović – dragan.masulovic@kcs.ac.rs – +381 11 366 2222"]),
    ],
    truth=T(full_name="Nikola Petrović", email="nikola.petrovic.mf@gmail.com", phone_e164="+381645558142",
            medical_school="University of Belgrade Faculty of Medicine", medical_school_country="RS", graduation_year=2021,
            usmle_step1="pass", usmle_step2ck=232, ecfmg_status="certified",
            specialties=["General Surgery"], languages=["Serbian", "English", "Russian"], publications=1,
            usce_entries=[E("hands_on", "General Surgery", "CT", "2024-01", "2024-03"),
                          E("research", "General Surgery", "CT", "2024-02", "2024-04")]))

P["ivana"] = dict(
    name="Ivana Kovačević", title="dr. med. Ivana Kovačević",
    contact=["Ilica 189, 10000 Zagreb, Hrvatska", "Mob: +385 91 724 3365", "ivana.kovacevic@mef.hr"],
    sections=[
        ("Obrazovanje", [
            "2012. – 2018. || doktor medicine (dr. med.), Medicinski fakultet Sveučilišta u Zagrebu (University of Zagreb School of Medicine)",
            "2018. – 2019. || Pripravnički staž / internship, KBC Zagreb"]),
        ("Specijalizacija", ["2020. – 2025. || Specijalizacija iz pedijatrije (Pediatrics residency), Klinika za dječje bolesti Zagreb"]),
        ("USMLE", ["Step 1 – Pass", "Step 2 CK – 244", "ECFMG Certified"]),
        ("Iskustvo u SAD / US experience", [
            "03/2025 – 08/2025 || Observership, Pediatrics (general inpatient) – Children's Hospital of Philadelphia, Philadelphia, PA"]),
        ("Objavljeni radovi", ["4 peer-reviewed publications (Paediatr Croat; Horm Res Paediatr; J Pediatr Endocrinol Metab x2)"]),
        ("Jezici", ["hrvatski – materinski", "engleski – C2", "talijanski – B2", "njemački – A2"]),
        ("Cilj", ["Pediatrics / Endocrinology"]),
        ("Status", ["H-1B visa sponsorship required"]),
        ("Preporuke", ["Prof. dr. sc. Marina Krnić – marina.krnic@kbc-zagreb.hr"]),
    ],
    truth=T(full_name="Ivana Kovačević", email="ivana.kovacevic@mef.hr", phone_e164="+385917243365",
            medical_school="University of Zagreb School of Medicine", medical_school_country="HR", graduation_year=2018,
            usmle_step1="pass", usmle_step2ck=244, ecfmg_status="certified", visa_status="h1b",
            specialties=["Pediatrics", "Endocrinology"], languages=["Croatian", "English", "Italian", "German"], publications=4,
            usce_entries=[E("observership", "Pediatrics", "PA", "2025-03", "2025-08")]))

P["ayse"] = dict(
    name="Ayşe Gül Yıldırım", title="Dr. Ayşe Gül Yıldırım",
    contact=["Çankaya, Ankara, Türkiye", "GSM: 0532 418 77 06", "aysegul.yildirim@hacettepe.edu.tr",
             "Doğum tarihi: 1994"],
    sections=[
        ("Eğitim / Education", [
            "2012 – 2018 || Tıp Fakültesi, Hacettepe Üniversitesi (Hacettepe University Faculty of Medicine), Ankara – English program",
            "2016 || Erasmus stajı – Medizinische Universität Wien, Austria (Nephrology)"]),
        ("Deneyim / Experience", ["2018 – 2019 || Pratisyen hekim (mecburi hizmet), Van Bölge Eğitim ve Araştırma Hastanesi",
                                  "2019 – 2024 || İç Hastalıkları uzmanlık eğitimi (Internal Medicine residency), Hacettepe"]),
        ("USMLE", ["Step 1: 241 (2020, numeric score)", "Step 2 CK: 258", "Step 3: 236", "ECFMG Certified (2021)"]),
        ("ABD Klinik Deneyimi / USCE", [
            "2024-09 – 2024-11 || Observership, Nephrology – Mayo Clinic, Rochester, MN",
            "2024-12 – 2025-01 || Observership, Internal Medicine – Henry Ford Hospital, Detroit, MI",
            "2025-02 – ongoing || Clinical research fellow, Division of Nephrology – University of Alabama at Birmingham, AL"]),
        ("Yayınlar / Publications", ["7 peer-reviewed publications (Turk J Nephrol, Kidney Int Rep, NDT...). 3 posters at ASN Kidney Week."]),
        ("Diller / Languages", ["Türkçe (ana dil)", "İngilizce (ileri)", "Almanca (orta)"]),
        ("Hedef", ["Nephrology fellowship / Internal Medicine"]),
        ("Vize", ["Currently in the US on J-1 research scholar visa"]),
        ("Referanslar", ["Prof. Dr. Mustafa Arıcı – marici@hacettepe.edu.tr", "Dr. Orhan Kaya, UAB – okaya@uabmc.edu, +1 205 934 3411"]),
    ],
    truth=T(full_name="Ayşe Gül Yıldırım", email="aysegul.yildirim@hacettepe.edu.tr", phone_e164="+905324187706",
            medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR", graduation_year=2018,
            usmle_step1=241, usmle_step2ck=258, usmle_step3=236, ecfmg_status="certified", visa_status="j1",
            specialties=["Nephrology", "Internal Medicine"], languages=["Turkish", "English", "German"], publications=7,
            usce_entries=[E("observership", "Nephrology", "MN", "2024-09", "2024-11"),
                          E("observership", "Internal Medicine", "MI", "2024-12", "2025-01"),
                          E("research", "Nephrology", "AL", "2025-02", "2026-12")]))

P["mehmet"] = dict(
    name="Mehmet Emre Doğan", title="Mehmet Emre Doğan",
    contact=["Fatih, İstanbul", "+90 (535) 902 14 63", "emre.dogan@ogr.iuc.edu.tr"],
    sections=[
        ("Eğitim", ["2021 – 2027 (expected) || İstanbul Üniversitesi-Cerrahpaşa, Cerrahpaşa Tıp Fakültesi – 6th-year student (intern doctor)"]),
        ("Clinical electives", [
            "Jul 2025 || Erasmus+ traineeship – Universitätsklinikum Heidelberg, Germany (Radiology)",
            "Aug 2025 – Sep 2025 || Observership, Diagnostic Radiology – University of Miami / Jackson Health, Miami, FL",
            "Mar 2026 || Virtual radiology rotation (telehealth reading room), Emory University, Atlanta, GA"]),
        ("Exams", ["USMLE Step 1 – Pass (Nov 2025)", "Step 2 CK – planned 2026"]),
        ("Research", ["Manuscript submitted: 'Deep learning for pneumothorax detection' (under review)", "Poster – ECR 2025, Vienna"]),
        ("Languages", ["Turkish – native", "English – advanced (TOEFL 110)", "Arabic – basic"]),
        ("Interests", ["Radiology", "Interventional radiology"]),
    ],
    truth=T(full_name="Mehmet Emre Doğan", email="emre.dogan@ogr.iuc.edu.tr", phone_e164="+905359021463",
            medical_school="İstanbul Üniversitesi-Cerrahpaşa, Cerrahpaşa Tıp Fakültesi", medical_school_country="TR",
            graduation_year=2027, is_student=True, usmle_step1="pass",
            specialties=["Radiology"], languages=["Turkish", "English", "Arabic"], publications=0,
            usce_entries=[E("observership", "Radiology", "FL", "2025-08", "2025-09"),
                          E("telehealth", "Radiology", "GA", "2026-03", "2026-03")]))

P["ardita"] = dict(
    name="Ardita Çela", title="Ardita Çela",
    contact=["Rruga e Durrësit, Pall. 45, Tiranë, Shqipëri", "Cel: +355 69 318 4420", "ardita.cela@umed.edu.al"],
    sections=[
        ("Arsimimi / Education", [
            "10/2016 – 07/2022 || Master i Integruar në Mjekësi të Përgjithshme – Fakulteti i Mjekësisë, Universiteti i Mjekësisë, Tiranë",
            "02/2021 – 06/2021 || Erasmus+ – Università degli Studi di Padova, Italy (Obstetrics & Gynecology)"]),
        ("Përvoja / Experience", ["2022 – present || General practitioner, QSUT \"Nënë Tereza\", Maternity Hospital Koço Gliozheni"]),
        ("USMLE", ["Step 1: PASS", "Step 2 CK: 229", "ECFMG: pending Step 2 score verification"]),
        ("US Clinical Experience", [
            "May 2025 – July 2025 || Hands-on externship, Obstetrics and Gynecology – Brookdale University Hospital, Brooklyn, NY",
            "Aug 2025 || Observership, Family Medicine – Hackensack Meridian Health, NJ"]),
        ("Gjuhët / Languages", ["Shqip (amtare)", "Anglisht (C1)", "Italisht (C1)", "Greqisht (A2)"]),
        ("Objective", ["Obstetrics and Gynecology"]),
        ("Visa", ["B1/B2 tourist visa valid until 2029"]),
        ("References", ["Dr. Linda Bushati – lbushati@qsut.gov.al", "Dr. Ronald Feldman, Brookdale – rfeldman@bhmcny.org, (718) 240-5000"]),
    ],
    truth=T(full_name="Ardita Çela", email="ardita.cela@umed.edu.al", phone_e164="+355693184420",
            medical_school="Universiteti i Mjekësisë, Tiranë", medical_school_country="AL", graduation_year=2022,
            usmle_step1="pass", usmle_step2ck=229, ecfmg_status="pending", visa_status="b1b2",
            specialties=["Obstetrics and Gynecology"], languages=["Albanian", "English", "Italian", "Greek"],
            usce_entries=[E("hands_on", "Obstetrics and Gynecology", "NY", "2025-05", "2025-07"),
                          E("observership", "Family Medicine", "NJ", "2025-08", "2025-08")]))

P["tomas"] = dict(
    name="Tomáš Dvořák", title="MUDr. Tomáš Dvořák",
    contact=["Karlovo náměstí 32, 120 00 Praha 2", "+420 603 781 442", "tomas.dvorak@lf1.cuni.cz"],
    sections=[
        ("Vzdělání / Education", [
            "2014 – 2020 || MUDr. (doktor medicíny), 1. lékařská fakulta, Univerzita Karlova (First Faculty of Medicine, Charles University), Praha",
            "2018 || Erasmus+ – Universidad de Granada, Spain (Gastroenterology)"]),
        ("Praxe / Experience", ["2020 – 2025 || Interna, Všeobecná fakultní nemocnice v Praze (VFN) – Internal Medicine training",
                                "2025 – současnost || Gastroenterologie, IKEM Praha"]),
        ("USMLE", ["Step 1 – Pass", "Step 2 CK – 236", "ECFMG – certified"]),
        ("US Clinical Experience", [
            "11/2023 – 01/2024 || Observership, Gastroenterology & Hepatology – University of Pittsburgh Medical Center (UPMC), Pittsburgh, PA",
            "02/2024 || Hands-on clerkship, Internal Medicine – UPMC Mercy, Pittsburgh, PA"]),
        ("Publikace", ["Dvořák T, et al. Cas Lek Cesk 2021", "Dvořák T, Lukáš M. J Crohns Colitis 2023"]),
        ("Jazyky", ["čeština (rodilý mluvčí)", "angličtina (C1)", "španělština (B1)", "slovenština"]),
        ("Zaměření", ["Gastroenterology, Internal Medicine"]),
    ],
    truth=T(full_name="Tomáš Dvořák", email="tomas.dvorak@lf1.cuni.cz", phone_e164="+420603781442",
            medical_school="Charles University, First Faculty of Medicine", medical_school_country="CZ", graduation_year=2020,
            usmle_step1="pass", usmle_step2ck=236, ecfmg_status="certified",
            specialties=["Gastroenterology", "Internal Medicine"], languages=["Czech", "English", "Spanish", "Slovak"], publications=2,
            usce_entries=[E("observership", "Gastroenterology", "PA", "2023-11", "2024-01"),
                          E("hands_on", "Internal Medicine", "PA", "2024-02", "2024-02")]))

P["chiara"] = dict(
    name="Chiara Esposito", title="Chiara Esposito",
    contact=["Viale Regina Elena 291, 00161 Roma", "+39 333 90 12 457", "chiara.esposito@studenti.uniroma1.it"],
    sections=[
        ("Istruzione", ["2021 – in corso || Corso di Laurea in Medicina e Chirurgia, Sapienza Università di Roma – VI anno, laurea prevista 07/2027"]),
        ("Esperienze cliniche", [
            "Sept 2025 || Erasmus+ Traineeship, Dermatologia/Medicina Interna – Hôpital Saint-Louis, Paris, France",
            "Jan 2026 – Feb 2026 || Clinical observer, Infectious Disease – Emory University Hospital, Atlanta, GA"]),
        ("USMLE", ["Step 1: pass (2025)"]),
        ("Lingue", ["Italiano (madrelingua)", "Inglese (C1)", "Francese (B2)", "Napoletano"]),
        ("Interessi", ["Infectious Disease, Internal Medicine"]),
        ("Ricerca", ["Esposito C, et al. HIV PrEP uptake in Lazio. Infez Med. 2025 (peer-reviewed)"]),
    ],
    truth=T(full_name="Chiara Esposito", email="chiara.esposito@studenti.uniroma1.it", phone_e164="+393339012457",
            medical_school="Sapienza Università di Roma", medical_school_country="IT", graduation_year=2027, is_student=True,
            usmle_step1="pass", specialties=["Infectious Disease", "Internal Medicine"],
            languages=["Italian", "English", "French", "Neapolitan"], publications=1,
            usce_entries=[E("observership", "Infectious Disease", "GA", "2026-01", "2026-02")]))

P["jordi"] = dict(
    name="Jordi Puig i Ferrer", title="Jordi Puig i Ferrer",
    contact=["Carrer de Mallorca 401, 08013 Barcelona", "+34 654 21 09 88", "jordi.puigferrer@gmail.com"],
    sections=[
        ("Formació / Education", ["2016 – 2022 || Grado en Medicina, Universitat de Barcelona (Facultat de Medicina i Ciències de la Salut)",
                                  "2022 – 2026 || MIR Medicina Familiar y Comunitaria, CAP Sagrada Família, Barcelona"]),
        ("USMLE", ["Step 1 – Pass", "Step 2 CK – 242", "ECFMG certified 2025"]),
        ("US Experience", [
            "Jun 2025 – Aug 2025 || Observership, Family Medicine – UCLA Health, Los Angeles, CA",
            "Sep 2025 || Observership, Geriatrics – Cedars-Sinai, Los Angeles, CA"]),
        ("Idiomes", ["Català (natiu)", "Castellà (natiu)", "Anglès (C1)", "Francès (B1)"]),
        ("Interest", ["Family Medicine, Geriatrics"]),
        ("Publicacions", ["Puig i Ferrer J, et al. Aten Primaria. 2024", "Puig i Ferrer J. Rev Esp Geriatr Gerontol. 2025"]),
    ],
    truth=T(full_name="Jordi Puig i Ferrer", email="jordi.puigferrer@gmail.com", phone_e164="+34654210988",
            medical_school="Universitat de Barcelona", medical_school_country="ES", graduation_year=2022,
            usmle_step1="pass", usmle_step2ck=242, ecfmg_status="certified",
            specialties=["Family Medicine", "Geriatrics"], languages=["Catalan", "Spanish", "English", "French"], publications=2,
            usce_entries=[E("observership", "Family Medicine", "CA", "2025-06", "2025-08"),
                          E("observership", "Geriatrics", "CA", "2025-09", "2025-09")]))

P["eleftheria"] = dict(
    name="Eleftheria Georgiou", title="Eleftheria Georgiou (Ελευθερία Γεωργίου)",
    contact=["Thessaloniki, Greece", "+30 697 220 1845", "eleftheria.georgiou@auth.gr"],
    sections=[
        ("Education", ["2014 – 2020 || Ptychio Iatrikis, School of Medicine, Aristotle University of Thessaloniki (AUTh)"]),
        ("Clinical", ["2021 – present || Resident in Pathology, AHEPA University Hospital, Thessaloniki"]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 233", "ECFMG: Certified"]),
        ("US Experience", [
            "Oct 2024 – Dec 2024 || Research (digital pathology), Brigham and Women's Hospital, Boston, MA",
            "Jan 2025 || Observership, Surgical Pathology – Brigham and Women's Hospital, Boston, MA"]),
        ("Publications", ["2 peer-reviewed articles; 3 abstracts (USCAP)"]),
        ("Languages", ["Greek", "English", "French"]),
        ("Interest", ["Pathology"]),
    ],
    truth=T(full_name="Eleftheria Georgiou", email="eleftheria.georgiou@auth.gr", phone_e164="+306972201845",
            medical_school="Aristotle University of Thessaloniki", medical_school_country="GR", graduation_year=2020,
            usmle_step1="pass", usmle_step2ck=233, ecfmg_status="certified",
            specialties=["Pathology"], languages=["Greek", "English", "French"], publications=2,
            usce_entries=[E("research", "Pathology", "MA", "2024-10", "2024-12"),
                          E("observership", "Pathology", "MA", "2025-01", "2025-01")]))

# ---- scans
P["can"] = dict(
    name="Mehmet Can Öztürk", title="Mehmet Can Öztürk",
    contact=["Torstraße 118, 10119 Berlin", "Mobil: +49 157 3392 4410", "can.oeztuerk@gmx.de"],
    sections=[
        ("Ausbildung", ["WS 2016 – SS 2022 || Humanmedizin, Charité – Universitätsmedizin Berlin, Staatsexamen 2022"]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 251", "ECFMG certified"]),
        ("US Clinical Experience", ["04/2024 – 06/2024 || Hands-on externship, Cardiology – Hackensack University Medical Center, Hackensack, NJ"]),
        ("Sprachen", ["Deutsch, Türkisch (Muttersprachen)", "Englisch (C1)"]),
        ("Ziel", ["Cardiology / Internal Medicine"]),
    ],
    truth=T(full_name="Mehmet Can Öztürk", email="can.oeztuerk@gmx.de", phone_e164="+4915733924410",
            medical_school="Charité – Universitätsmedizin Berlin", medical_school_country="DE", graduation_year=2022,
            usmle_step1="pass", usmle_step2ck=251, ecfmg_status="certified",
            specialties=["Cardiology", "Internal Medicine"], languages=["German", "Turkish", "English"],
            usce_entries=[E("hands_on", "Cardiology", "NJ", "2024-04", "2024-06")]))

P["ines"] = dict(
    name="Inês Sofia Araújo", title="Inês Sofia Araújo",
    contact=["Coimbra, Portugal", "Tel: +351 936 114 207", "ines.araujo@uc.pt"],
    sections=[
        ("Educação", ["2017 – 2023 || Mestrado Integrado em Medicina, Faculdade de Medicina da Universidade de Coimbra"]),
        ("USMLE", ["Step 1 – Pass", "Step 2 CK – 240"]),
        ("US Experience", ["Jan 2025 – Feb 2025 || Observership, Rheumatology – Hospital for Special Surgery, New York, NY"]),
        ("Línguas", ["Português (nativo)", "Inglês (C1)", "Francês (B2)"]),
        ("Interesse", ["Rheumatology"]),
    ],
    truth=T(full_name="Inês Sofia Araújo", email="ines.araujo@uc.pt", phone_e164="+351936114207",
            medical_school="Faculdade de Medicina da Universidade de Coimbra", medical_school_country="PT", graduation_year=2023,
            usmle_step1="pass", usmle_step2ck=240,
            specialties=["Rheumatology"], languages=["Portuguese", "English", "French"],
            usce_entries=[E("observership", "Rheumatology", "NY", "2025-01", "2025-02")]))

P["luka"] = dict(
    name="Luka Babić", title="Luka Babić, dr. med.",
    contact=["Split, Hrvatska", "+385 98 442 716", "luka.babic@mefst.hr"],
    sections=[
        ("Obrazovanje", ["2015 – 2021 || Medicinski fakultet, Sveučilište u Splitu (University of Split School of Medicine)"]),
        ("USMLE", ["Step 1 – Pass", "ECFMG – not certified"]),
        ("US Experience", ["07/2025 – 09/2025 || Observership, Emergency Medicine – Maimonides Medical Center, Brooklyn, NY"]),
        ("Jezici", ["hrvatski", "engleski", "njemački"]),
        ("Cilj", ["Emergency Medicine"]),
    ],
    truth=T(full_name="Luka Babić", email="luka.babic@mefst.hr", phone_e164="+38598442716",
            medical_school="University of Split School of Medicine", medical_school_country="HR", graduation_year=2021,
            usmle_step1="pass", ecfmg_status="not_certified",
            specialties=["Emergency Medicine"], languages=["Croatian", "English", "German"],
            usce_entries=[E("observership", "Emergency Medicine", "NY", "2025-07", "2025-09")]))

P["jelena"] = dict(
    name="Jelena Đorđević", title="Jelena Đorđević",
    contact=["Novi Sad, Srbija", "+381 63 812 2904", "jelena.djordjevic@mf.uns.ac.rs"],
    sections=[
        ("Obrazovanje", ["2016 – 2022 || Medicinski fakultet, Univerzitet u Novom Sadu – doktor medicine"]),
        ("USMLE", ["Step 1 – Pass", "Step 2 CK – 226", "ECFMG certified"]),
        ("USCE", ["Mar 2025 – May 2025 || Hands-on, Internal Medicine – Saint Michael's Medical Center, Newark, NJ"]),
        ("Jezici", ["srpski", "engleski", "mađarski"]),
        ("Interesovanja", ["Internal Medicine"]),
        ("Visa", ["J-1"]),
    ],
    truth=T(full_name="Jelena Đorđević", email="jelena.djordjevic@mf.uns.ac.rs", phone_e164="+381638122904",
            medical_school="University of Novi Sad Faculty of Medicine", medical_school_country="RS", graduation_year=2022,
            usmle_step1="pass", usmle_step2ck=226, ecfmg_status="certified", visa_status="j1",
            specialties=["Internal Medicine"], languages=["Serbian", "English", "Hungarian"],
            usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2025-03", "2025-05")]))

P["francois"] = dict(
    name="François Giraud", title="François Giraud",
    contact=["Lyon, France", "+33 6 24 81 57 30", "francois.giraud@univ-lyon1.fr"],
    sections=[
        ("Formation", ["2015 – 2021 || Faculté de Médecine Lyon Est, Université Claude Bernard Lyon 1"]),
        ("USMLE", ["Step 1 : Pass", "Step 2 CK : 245"]),
        ("Expérience aux USA", ["Sept 2024 – Nov 2024 || Observership, Pulmonary & Critical Care – Mayo Clinic, Jacksonville, FL"]),
        ("Langues", ["Français", "Anglais", "Allemand"]),
        ("Projet", ["Pulmonology/Critical Care"]),
    ],
    truth=T(full_name="François Giraud", email="francois.giraud@univ-lyon1.fr", phone_e164="+33624815730",
            medical_school="Université Claude Bernard Lyon 1", medical_school_country="FR", graduation_year=2021,
            usmle_step1="pass", usmle_step2ck=245,
            specialties=["Pulmonology/Critical Care"], languages=["French", "English", "German"],
            usce_entries=[E("observership", "Pulmonology/Critical Care", "FL", "2024-09", "2024-11")]))
