# -*- coding: utf-8 -*-
"""Person records for writer w84 (Francophone IMGs). Each record: truth fields + rendered sections."""

def U(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = []

P.append(dict(
 n=1, layout="docx_table", fmt="docx", kind="readable",
 full_name="Youssef Ben Amar", email="youssef.benamar@gmail.com", phone_disp="+212 6 61 23 45 78", phone_e164="+212661234578",
 medical_school="Faculté de Médecine et de Pharmacie de Casablanca", medical_school_country="MA", graduation_year=2022, is_student=False,
 usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Internal Medicine"], languages=["Arabic", "French", "English", "Spanish"], publications=2,
 usce=[U("hands_on","Internal Medicine","NY","2024-09","2024-12"), U("observership","Cardiology","NJ","2025-02","2025-03")],
 header=["Dr Youssef BEN AMAR", "Médecin généraliste – Candidat au Match 2027 (Internal Medicine)"],
 contact_table=[("Adresse", "12, rue Ibnou Mounir, Maârif, 20100 Casablanca, Maroc"), ("Téléphone", "+212 6 61 23 45 78"), ("E-mail", "youssef.benamar@gmail.com"), ("Né le", "14/03/1996 à Settat")],
 sections=[
  ("Formation", ["2015 – 2022 : Doctorat en médecine, Faculté de Médecine et de Pharmacie de Casablanca, Université Hassan II de Casablanca (mention Très honorable)",
                 "Thèse : « Profil épidémiologique de l'insuffisance cardiaque au CHU Ibn Rochd » – soutenue le 7 juillet 2022",
                 "2015 : Baccalauréat Sciences Expérimentales, Lycée Moulay Ismaïl, Settat"]),
  ("Examens et certification", ["USMLE Step 1 : Pass (mars 2023)", "USMLE Step 2 CK : 244 (août 2023)", "Certifié ECFMG depuis octobre 2023",
                 "NBME Self-Assessment 30 : 252 (score d'entraînement)"]),
  ("Stages cliniques aux États-Unis", ["sept. 2024 – déc. 2024 : Externship (hands-on) en médecine interne – Brookdale University Hospital, Brooklyn, NY",
                 "févr. 2025 – mars 2025 : Observership en cardiologie – Saint Michael's Medical Center, Newark, NJ"]),
  ("Expérience professionnelle", ["depuis janvier 2023 : Médecin généraliste, Centre de santé Sidi Moumen, Casablanca",
                 "2021 – 2022 : Interne, CHU Ibn Rochd (médecine interne, urgences, pédiatrie)"]),
  ("Publications", ["1. Ben Amar Y, Alami K. Insuffisance cardiaque à fraction d'éjection préservée au Maroc. Pan Afr Med J. 2023;44:112.",
                 "2. Ben Amar Y, et al. Hyponatremia in elderly inpatients: a Moroccan cohort. Cureus. 2024;16(2):e53121.",
                 "Poster : Congrès de la Société Marocaine de Cardiologie, 2022 (non publié)"]),
  ("Langues", ["Arabe (langue maternelle), Français (courant), Anglais (courant – TOEFL 108), Espagnol (notions)"]),
  ("Centres d'intérêt", ["Course à pied (semi-marathon de Casablanca 2024), bénévolat avec le Croissant-Rouge marocain"]),
  ("Références", ["Pr Khadija Alami, Service de Cardiologie, CHU Ibn Rochd – k.alami@chuibnrochd.ma – +212 5 22 48 20 20",
                  "Dr Michael Rosen, MD, Brookdale University Hospital – mrosen@bhmcny.org – (718) 240-5000"]),
 ]))

P.append(dict(
 n=2, layout="lo_docx_pdf_header", fmt="pdf", kind="readable",
 full_name="Lina Boumediene", email="lina.boumediene@outlook.fr", phone_disp="+213 (0) 550 41 27 93", phone_e164="+213550412793",
 medical_school="Faculté de Médecine d'Alger, Université d'Alger 1 Benyoucef Benkhedda", medical_school_country="DZ", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
 specialties=["Pediatrics"], languages=["Arabic", "Kabyle", "French", "English"], publications=0,
 usce=[U("observership","Pediatrics","OH","2025-04","2025-06"), U("telehealth","Pediatrics","FL","2025-05","2025-07")],
 header_text="Lina BOUMEDIENE  |  lina.boumediene@outlook.fr  |  +213 (0) 550 41 27 93  |  Alger, Algérie",
 sections=[
  ("Curriculum vitæ", ["Médecin – future résidente en pédiatrie (Match 2027)"]),
  ("Formation", ["Diplôme de Docteur en Médecine — Faculté de Médecine d'Alger, Université d'Alger 1 Benyoucef Benkhedda — juin 2021",
                 "Internat (7e année) : CHU Mustapha Pacha, CHU Béni Messous — 2020–2021"]),
  ("USMLE / ECFMG", ["Step 1 : Pass — novembre 2024", "Step 2 CK : programmé pour février 2026", "Certification ECFMG : en cours",
                 "UWorld self-assessment (UWSA 2) : 241 – score d'entraînement uniquement"]),
  ("Stages cliniques aux États-Unis", ["04/2025 – 06/2025 : Observership, Pediatrics — Cincinnati Children's Hospital Medical Center, Cincinnati, OH",
                 "05/2025 – 07/2025 : Télémédecine (Telehealth rotation), pédiatrie générale — Nicklaus Children's Hospital, Miami, FL (à distance)"]),
  ("Expérience professionnelle", ["Depuis oct. 2021 : Médecin généraliste, EPSP Bab El Oued, Alger",
                 "2022 – 2023 : Faisant fonction d'interne, service de pédiatrie, CHU Nafissa Hamoud (ex-Parnet), Hussein Dey"]),
  ("Langues", ["Arabe, Kabyle (langues maternelles) · Français (bilingue) · Anglais (C1)"]),
  ("Visa", ["Titulaire d'un visa B1/B2 valide jusqu'en 2030"]),
  ("Centres d'intérêt", ["Photographie, randonnée en Kabylie, chorale"]),
  ("Référence", ["Dr Sarah Whitfield, Division of General Pediatrics, Cincinnati Children's — sarah.whitfield@cchmc.org"]),
 ]))

P.append(dict(
 n=3, layout="chromium_sidebar", fmt="pdf", kind="readable",
 full_name="Mame Diarra Ndiaye", email="mamediarra.ndiaye@yahoo.fr", phone_disp="+221 77 645 18 02", phone_e164="+221776451802",
 medical_school="Université Cheikh Anta Diop de Dakar", medical_school_country="SN", graduation_year=2023, is_student=False,
 usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["Wolof", "French", "English", "Serer"], publications=1,
 usce=[U("hands_on","Obstetrics and Gynecology","GA","2025-01","2025-02"), U("hands_on","Family Medicine","GA","2025-03","2025-03"), U("research","Obstetrics and Gynecology","MD","2025-06","2026-12")],
 sidebar=["CONTACT", "Dakar, Sénégal", "+221 77 645 18 02", "mamediarra.ndiaye@yahoo.fr", "", "LANGUES / LANGUAGES", "Wolof (native)", "Sérère (native)", "Français (fluent)", "English (fluent)", "", "EXAMS", "USMLE Step 1: PASS", "USMLE Step 2 CK: 236", "ECFMG certified (2024)", "J-1 visa sponsorship required"],
 sections=[
  ("Objective", ["Obstetrics & Gynecology residency; strong interest in family medicine and maternal health in underserved communities."]),
  ("Formation / Education", ["Doctorat d'État en médecine — Faculté de Médecine, de Pharmacie et d'Odonto-Stomatologie, Université Cheikh Anta Diop de Dakar (2016–2023)",
                 "Thèse soutenue en décembre 2023 : Hémorragies du post-partum à l'Hôpital Aristide Le Dantec"]),
  ("US Clinical Experience", ["Jan 2025 – Feb 2025 · Hands-on clerkship, OB/GYN · Grady Memorial Hospital, Atlanta, GA",
                 "Mar 2025 · Hands-on rotation, Family Medicine · Morehouse School of Medicine, Atlanta, GA",
                 "June 2025 – present · Research fellow, Maternal-Fetal Medicine · Johns Hopkins University, Baltimore, MD"]),
  ("Expérience professionnelle", ["2023 – 2024 : Médecin, Centre de Santé Philippe Maguilène Senghor, Dakar",
                 "2021 – 2023 : Interne des hôpitaux, CHU Aristide Le Dantec — gynécologie-obstétrique"]),
  ("Publications", ["Ndiaye MD, Cissé ML. Postpartum hemorrhage in Dakar: a retrospective study. Int J Gynaecol Obstet. 2024;165(3):1021-8.",
                 "Manuscript in preparation: Tranexamic acid use in Senegalese district hospitals."]),
  ("Références", ["Pr Mamadou Lamine Cissé — Clinique gynécologique, Le Dantec — ml.cisse@ucad.edu.sn", "Dr Angela Brooks, MD — Grady — abrooks@gmh.edu — +1 404 616 1000"]),
 ]))

P.append(dict(
 n=4, layout="reportlab_classic", fmt="pdf", kind="readable",
 full_name="Mohamed Amine Ben Salah", email="mamine.bensalah@gmail.com", phone_disp="(+216) 98 412 305", phone_e164="+21698412305",
 medical_school="Faculté de Médecine de Tunis", medical_school_country="TN", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Internal Medicine", "Gastroenterology"], languages=["Arabic", "French", "English", "Italian"], publications=3,
 usce=[U("observership","Gastroenterology","PA","2023-07","2023-08"), U("hands_on","Internal Medicine","MI","2023-09","2023-11"), U("hands_on","Internal Medicine","MI","2023-11","2024-01")],
 sections=[
  ("Contact", ["Ariana, Tunisie · (+216) 98 412 305 · mamine.bensalah@gmail.com · Né en 1995"]),
  ("Education", ["Doctorat en Médecine — Faculté de Médecine de Tunis, Université de Tunis El Manar, 2013–2020",
                 "Résidanat en médecine interne (2021–2023), Hôpital La Rabta, Tunis — interrompu pour le projet américain"]),
  ("USMLE", ["Step 1: Pass · Step 2 CK: 248 · OET Medicine: grade A", "ECFMG Certified (certifié depuis 2022)"]),
  ("Clinical Experience in the USA", ["Jul–Aug 2023: Observership in Gastroenterology, Allegheny General Hospital, Pittsburgh, PA",
                 "Sep 2023 – Nov 2023: Externship, Internal Medicine inpatient service, Detroit Medical Center, Detroit, MI",
                 "Nov 2023 – Jan 2024: Sub-internship, Internal Medicine (hands-on), Henry Ford Hospital, Detroit, MI"]),
  ("Expérience professionnelle", ["2021 – 2023 : Résident, Service de médecine interne, Hôpital La Rabta", "2020 – 2021 : Stage interné, CHU Charles Nicolle"]),
  ("Publications", ["1. Ben Salah MA et al. Celiac disease in adult Tunisians. Tunis Med. 2022;100(4):301-6.",
                 "2. Ben Salah MA, Ferchichi S. Hepatitis E seroprevalence. Arab J Gastroenterol. 2023;24(1):44-9.",
                 "3. Ben Salah MA et al. IgG4-related disease: case series. Rev Med Interne. 2023;44(7):355-61.",
                 "Abstract: ACG 2023, Vancouver (poster)."]),
  ("Langues", ["Arabe, Français, Anglais, Italien"]),
  ("Visa", ["Will require J-1 visa (ECFMG sponsorship)"]),
  ("References", ["Dr. Rajiv Patel, Program Director, Henry Ford Hospital, rpatel2@hfhs.org, +1 313 916 2600", "Pr Sonia Ferchichi, La Rabta, sonia.ferchichi@fmt.utm.tn"]),
 ]))

P.append(dict(
 n=5, layout="fpdf2_student", fmt="pdf", kind="readable",
 full_name="Aya Prisca Koné", email="aya.kone@etu.ufhb.edu.ci", phone_disp="+225 07 08 45 62 19", phone_e164="+2250708456219",
 medical_school="UFR des Sciences Médicales d'Abidjan, Université Félix Houphouët-Boigny", medical_school_country="CI", graduation_year=2027, is_student=True,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
 specialties=["Infectious Disease", "Internal Medicine"], languages=["French", "English", "Dioula"], publications=0,
 usce=[U("observership","Infectious Disease","TX","2025-07","2025-08")],
 sections=[
  ("AYA PRISCA KONÉ", ["Étudiante en médecine (7e année) – Externe des hôpitaux", "Cocody, Abidjan · +225 07 08 45 62 19 · aya.kone@etu.ufhb.edu.ci"]),
  ("Formation", ["Depuis 2020 : Doctorat en médecine (en cours) – UFR des Sciences Médicales d'Abidjan, Université Félix Houphouët-Boigny – soutenance de thèse prévue en 2027",
                 "Externat : CHU de Cocody, CHU de Treichville (2023 – en cours)"]),
  ("Examens", ["USMLE Step 1 : Pass (janvier 2025)", "Step 2 CK : en préparation", "ECFMG : non certifiée (diplôme non encore obtenu)"]),
  ("Stages cliniques aux États-Unis", ["Été 2025 (juillet – août 2025) : Observership en maladies infectieuses, Baylor St. Luke's Medical Center, Houston, TX"]),
  ("Stages hospitaliers", ["sept. 2023 – déc. 2023 : Externe, Service des Maladies Infectieuses et Tropicales, CHU de Treichville",
                 "janv. 2024 – avril 2024 : Externe, Médecine interne, CHU de Cocody"]),
  ("Langues", ["Français (langue maternelle), Anglais (B2+), Dioula (courant)"]),
  ("Visa", ["Visa B1/B2 obtenu en 2025"]),
  ("Centres d'intérêt", ["Basketball universitaire, tutorat de biochimie, association AEMCI"]),
  ("Référents", ["Pr Serge Eholié, SMIT, CHU de Treichville – s.eholie@chutreichville.ci", "Dr Laura Nguyen, Baylor College of Medicine – lnguyen@bcm.edu"]),
 ]))

P.append(dict(
 n=6, layout="odt_plain", fmt="odt", kind="readable",
 full_name="Marie-Claire Ngo Biyong", email="mc.ngobiyong@gmail.com", phone_disp="+237 6 77 52 10 48", phone_e164="+237677521048",
 medical_school="Faculté de Médecine et des Sciences Biomédicales, Université de Yaoundé I", medical_school_country="CM", graduation_year=2019, is_student=False,
 usmle_step1="pass", usmle_step2ck=231, usmle_step3=218, ecfmg_status="certified", visa_status="h1b",
 specialties=["Family Medicine"], languages=["French", "English", "Bassa"], publications=1,
 usce=[U("hands_on","Family Medicine","IL","2022-10","2022-12"), U("hands_on","Internal Medicine","IL","2023-01","2023-02")],
 sections=[
  ("Marie-Claire NGO BIYONG, MD", ["Yaoundé, Cameroun / Chicago, IL", "Tél. : +237 6 77 52 10 48 — Courriel : mc.ngobiyong@gmail.com"]),
  ("Formation", ["2012 – 2019 : Doctorat en Médecine, Faculté de Médecine et des Sciences Biomédicales (FMSB), Université de Yaoundé I",
                 "2019 – 2020 : Internat rotatoire, Hôpital Central de Yaoundé"]),
  ("USMLE", ["Step 1 : Pass", "Step 2 CK : 231", "Step 3 : 218", "ECFMG : certifiée (2022)"]),
  ("Expérience clinique aux USA", ["Oct. 2022 – Déc. 2022 : Hands-on rotation, Family Medicine, Advocate Illinois Masonic Medical Center, Chicago, IL",
                 "Janv. 2023 – Févr. 2023 : Hands-on rotation, Internal Medicine, Mount Sinai Hospital, Chicago, IL"]),
  ("Expérience professionnelle", ["Depuis 2020 : Médecin généraliste, Hôpital de District de Biyem-Assi, Yaoundé",
                 "2021 : Médecin volontaire, campagne de vaccination COVID-19, Région du Centre"]),
  ("Statut d'immigration", ["Visa H-1B requis"]),
  ("Publications", ["Ngo Biyong MC, Mbanya J. Diabetes screening in primary care in Yaoundé. BMC Prim Care. 2021;22:187."]),
  ("Langues", ["Français, Anglais (bilingue), Bassa"]),
  ("Références", ["Dr Emmanuel Kamga, Hôpital Central de Yaoundé – ekamga@hcy.cm – +237 2 22 23 40 20"]),
 ]))

P.append(dict(
 n=7, layout="rtf_cv", fmt="rtf", kind="readable",
 full_name="Patrick Mukendi Kalonji", email="patrick.mukendi@unikin.ac.cd", phone_disp="+243 81 556 3210", phone_e164="+243815563210",
 medical_school="Université de Kinshasa", medical_school_country="CD", graduation_year=2018, is_student=False,
 usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
 specialties=["General Surgery"], languages=["French", "Lingala", "Tshiluba", "English", "Swahili"], publications=2,
 usce=[U("observership","General Surgery","MA","2024-01","2024-02"), U("research","General Surgery","MA","2024-03","2024-12"), U("hands_on","General Surgery","CT","2025-01","2025-03")],
 sections=[
  ("Patrick MUKENDI KALONJI", ["Docteur en médecine", "Kinshasa / Lynn, MA — patrick.mukendi@unikin.ac.cd — +243 81 556 3210"]),
  ("Formation", ["2011–2018 : Diplôme de Docteur en Médecine, Chirurgie et Accouchements, Faculté de Médecine, Université de Kinshasa (UNIKIN)",
                 "2018–2020 : Stage professionnel, Cliniques Universitaires de Kinshasa"]),
  ("USMLE et ECFMG", ["Step 1 : réussi (Pass) · Step 2 CK : 229 · Step 2 CS : Pass (2020)", "ECFMG : certifié (2021)"]),
  ("Stages cliniques aux États-Unis", ["janv. 2024 – févr. 2024 : Observership en chirurgie générale, Massachusetts General Hospital, Boston, MA",
                 "mars 2024 – déc. 2024 : Research fellow, Department of Surgery, Massachusetts General Hospital, Boston, MA",
                 "janv. 2025 – mars 2025 : Externship (hands-on), chirurgie générale, Yale New Haven Hospital, New Haven, CT"]),
  ("Expérience professionnelle", ["2020–2023 : Médecin généraliste, Hôpital Général de Référence de Kinshasa (ex-Mama Yemo)"]),
  ("Publications", ["Mukendi Kalonji P et al. Typhoid intestinal perforation in Kinshasa. World J Surg. 2022;46:1510-7.",
                 "Mukendi Kalonji P, Kelly E. Global surgery workforce in DRC. JAMA Surg. 2025;160(2):e245012.",
                 "Soumis : Trauma registry in Kinshasa (Injury, 2025)."]),
  ("Statut", ["Résident permanent des États-Unis (carte verte) depuis 2023"]),
  ("Langues", ["Français, Lingala, Tshiluba (maternelle), Anglais, Swahili"]),
  ("Références", ["Dr Elizabeth Kelly, MGH Surgery — ekelly@mgh.harvard.edu", "Pr Jean-Pierre Mbuyi, UNIKIN — jp.mbuyi@unikin.ac.cd"]),
 ]))

P.append(dict(
 n=8, layout="plain_txt", fmt="txt", kind="readable",
 full_name="Karim El Khoury", email="karim.elkhoury@net.usj.edu.lb", phone_disp="+961 3 214 587", phone_e164="+9613214587",
 medical_school="Université Saint-Joseph de Beyrouth", medical_school_country="LB", graduation_year=2024, is_student=False,
 usmle_step1="pass", usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Cardiology", "Internal Medicine"], languages=["Arabic", "French", "English", "Armenian"], publications=4,
 usce=[U("research","Cardiology","OH","2024-08","2025-07"), U("observership","Cardiology","OH","2025-03","2025-04")],
 sections=[
  ("KARIM EL KHOURY", ["Achrafieh, Beirut, Lebanon", "karim.elkhoury@net.usj.edu.lb | +961 3 214 587"]),
  ("EDUCATION", ["MD (Doctorat en médecine), Faculté de Médecine, Université Saint-Joseph de Beyrouth (USJ), 2017–2024",
                 "Internship (Internat), Hôtel-Dieu de France, 2023–2024"]),
  ("EXAMS", ["USMLE Step 1: PASS (2022)", "USMLE Step 2 CK: 257 (2024)", "ECFMG Certified: yes (Sep 2024)"]),
  ("US EXPERIENCE", ["2024-08 to 2025-07  Research fellow, Heart, Vascular & Thoracic Institute, Cleveland Clinic, Cleveland, OH",
                 "2025-03 to 2025-04  Clinical observership, Cardiology, Cleveland Clinic, Cleveland, OH"]),
  ("PUBLICATIONS", ["4 peer-reviewed articles (JACC Case Rep 2024; Am J Cardiol 2025; Heart Rhythm 2025; Lebanese Med J 2023)",
                 "6 abstracts/posters (ACC 2025, AHA 2024)"]),
  ("LANGUAGES", ["Arabic (native), French (native), English (fluent), Armenian (conversational)"]),
  ("VISA", ["J-1 (ECFMG sponsored)"]),
  ("INTERESTS", ["Jazz piano, mountain biking in Faqra"]),
  ("REFERENCES", ["Dr. Wael Jaber, Cleveland Clinic, jaberw@ccf.org", "Pr. Rita Medlej, USJ, rita.medlej@usj.edu.lb, +961 1 421 000"]),
 ]))

P.append(dict(
 n=9, layout="docx_textbox", fmt="docx", kind="readable",
 full_name="Nathalie Saint-Fleur", email="nathalie.saintfleur@gmail.com", phone_disp="+509 3712-4480", phone_e164="+50937124480",
 medical_school="Faculté de Médecine et de Pharmacie, Université d'État d'Haïti", medical_school_country="HT", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=225, usmle_step3=None, ecfmg_status="certified", visa_status=None,
 specialties=["Emergency Medicine"], languages=["Haitian Creole", "French", "English", "Spanish"], publications=0,
 usce=[U("hands_on","Emergency Medicine","FL","2024-02","2024-04"), U("observership","Emergency Medicine","NY","2024-10","2024-10")],
 textbox=["Nathalie SAINT-FLEUR", "Pétion-Ville, Haïti", "nathalie.saintfleur@gmail.com", "+509 3712-4480"],
 sections=[
  ("Profil", ["Médecin haïtienne, quatre ans d'expérience en urgences dans un contexte à ressources limitées. Objectif : résidence en médecine d'urgence (Emergency Medicine)."]),
  ("Formation", ["Docteur en Médecine, Faculté de Médecine et de Pharmacie (FMP), Université d'État d'Haïti — promotion 2020",
                 "Service social obligatoire : Hôpital Immaculée Conception, Les Cayes (2020–2021)"]),
  ("Examens", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 225", "ECFMG — certifiée en mai 2023"]),
  ("Expérience clinique aux États-Unis", ["Fév. 2024 – Avr. 2024 — Hands-on externship, Emergency Medicine — Jackson Memorial Hospital, Miami, FL",
                 "Oct. 2024 — Observership (4 semaines), Emergency Department — NYC Health + Hospitals/Kings County, Brooklyn, NY"]),
  ("Expérience professionnelle", ["Depuis août 2021 : Médecin urgentiste, Hôpital Universitaire de Mirebalais",
                 "2019–2020 : Interne, Hôpital de l'Université d'État d'Haïti (HUEH)"]),
  ("Langues", ["Créole haïtien, Français, Anglais, Espagnol"]),
  ("Références", ["Dr. Marcus Hill, Jackson Memorial ED — mhill@jhsmiami.org — +1 305 585 1111"]),
 ]))

P.append(dict(
 n=10, layout="chromium_twocol_fr", fmt="pdf", kind="readable",
 full_name="Louis-Étienne de La Roche", email="le.delaroche@protonmail.com", phone_disp="+33 6 12 84 57 30", phone_e164="+33612845730",
 medical_school="Université Paris Cité", medical_school_country="FR", graduation_year=2024, is_student=False,
 usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
 specialties=["Neurology"], languages=["French", "English", "German"], publications=5,
 usce=[U("observership","Neurology","MN","2025-09","2025-10"), U("research","Neurology","CA","2025-11","2026-12")],
 header_line="Louis-Étienne de La Roche — Docteur en médecine (Paris)",
 sections=[
  ("Coordonnées", ["75011 Paris, France", "+33 6 12 84 57 30", "le.delaroche@protonmail.com", "Né en 1996"]),
  ("Formation", ["2014 – 2020 : Premier et deuxième cycles des études médicales (DFGSM, DFASM), Faculté de Santé, Université Paris Cité",
                 "2020 : Épreuves classantes nationales (ECN) – rang 412",
                 "2020 – 2025 : Internat de neurologie (DES de Neurologie), AP-HP",
                 "14 octobre 2024 : Thèse d'exercice soutenue – Diplôme d'État de docteur en médecine"]),
  ("USMLE", ["Step 1 : Pass (2023) · Step 2 CK : 262 (2024) · ECFMG : certifié (2024)"]),
  ("Expérience aux États-Unis", ["Sept. – oct. 2025 : Observership, Department of Neurology, Mayo Clinic, Rochester, MN",
                 "Depuis nov. 2025 : Postdoctoral research fellow, Memory and Aging Center, UCSF, San Francisco, CA"]),
  ("Expérience en France", ["2020 – 2025 : Interne des Hôpitaux de Paris – Pitié-Salpêtrière, Lariboisière, Sainte-Anne",
                 "mai 2022 – oct. 2022 : Faisant fonction d'interne en réanimation neurologique, Hôpital Foch, Suresnes"]),
  ("Publications", ["5 articles dans des revues à comité de lecture (dont Neurology 2024, Rev Neurol (Paris) 2023 ×2, J Neurol 2025, Brain 2025)",
                 "3 communications orales (SFN 2023, EAN 2024)"]),
  ("Langues", ["Français (langue maternelle), Anglais (C2), Allemand (B2)"]),
  ("Visa", ["Visa B1/B2 (ESTA non applicable pour les stages cliniques)"]),
  ("Référents", ["Pr Anne-Sophie Marchand, Pitié-Salpêtrière — annesophie.marchand@aphp.fr", "Dr. Bruce Miller, UCSF — bruce.miller@ucsf.edu"]),
 ]))

P.append(dict(
 n=11, layout="docx_footer_contacts", fmt="docx", kind="readable",
 full_name="Élise Van den Bossche", email="elise.vdbossche@skynet.be", phone_disp="+32 478 55 21 09", phone_e164="+32478552109",
 medical_school="Université catholique de Louvain", medical_school_country="BE", graduation_year=2023, is_student=False,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
 specialties=["Psychiatry"], languages=["French", "Dutch", "English"], publications=1,
 usce=[U("observership","Psychiatry","MA","2025-05","2025-06"), U("observership","Psychiatry","NH","2025-06","2025-07")],
 footer_text="Élise Van den Bossche · Avenue de Tervueren 142, 1150 Bruxelles · elise.vdbossche@skynet.be · +32 478 55 21 09",
 sections=[
  ("ÉLISE VAN DEN BOSSCHE", ["Médecin – candidate à la résidence en psychiatrie"]),
  ("Formation", ["2017 – 2020 : Bachelier en médecine, UCLouvain", "2020 – 2023 : Master en médecine, Faculté de médecine et médecine dentaire, Université catholique de Louvain (grande distinction)",
                 "2023 – en cours : Master de spécialisation en psychiatrie (assistante), UCLouvain"]),
  ("USMLE / ECFMG", ["Step 1 : Pass (2024)", "Step 2 CK : session prévue mars 2026", "ECFMG : dossier en cours"]),
  ("Stages cliniques aux États-Unis", ["mai 2025 – juin 2025 : Observership, Psychiatry, McLean Hospital, Belmont, MA",
                 "juin 2025 – juil. 2025 : Observership, Child Psychiatry, Dartmouth Hitchcock Medical Center, Lebanon, NH"]),
  ("Expérience professionnelle", ["Depuis octobre 2023 : Médecin assistante en psychiatrie, Cliniques universitaires Saint-Luc, Bruxelles",
                 "2022 : Stage de neurologie, CHU UCL Namur (Godinne)"]),
  ("Publications", ["Van den Bossche E, Constant E. Ketamine for resistant depression: a Belgian cohort. Psychiatr Danub. 2024;36:210-6.",
                 "Poster : Congrès belge de psychiatrie 2024"]),
  ("Langues", ["Français (langue maternelle) — Néerlandais (C1) — Anglais (C1)"]),
  ("Visa", ["B1/B2"]),
  ("Références", ["Pr Éric Constant, Saint-Luc — eric.constant@saintluc.uclouvain.be — +32 2 764 11 11"]),
 ]))

P.append(dict(
 n=12, layout="odt_to_pdf_quebec", fmt="pdf", kind="readable",
 full_name="Marc-André Tremblay", email="ma.tremblay@umontreal.ca", phone_disp="514-555-0187", phone_e164="+15145550187",
 medical_school="Université de Montréal", medical_school_country="CA", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status=None, visa_status=None,
 specialties=["Anesthesiology"], languages=["French", "English"], publications=2,
 usce=[U("research","Anesthesiology","MA","2024-09","2025-08")],
 sections=[
  ("Marc-André Tremblay", ["Montréal (Québec) · 514-555-0187 · ma.tremblay@umontreal.ca"]),
  ("Formation", ["Doctorat en médecine (M.D.), Faculté de médecine, Université de Montréal — 2017–2021",
                 "Résidence en anesthésiologie, Université de Montréal — 2021–2024 (R1–R3)"]),
  ("Examens", ["MCCQE Partie I : réussi (2021)", "USMLE Step 1 : Pass ; Step 2 CK : 240"]),
  ("Expérience clinique (Canada)", ["2021–2024 : Résident, CHUM et Hôpital Maisonneuve-Rosemont, Montréal",
                 "Été 2019 : Externat, urgence, Hôpital du Sacré-Cœur-de-Montréal"]),
  ("Recherche aux États-Unis", ["sept. 2024 – août 2025 : Research fellow, Department of Anesthesia, Critical Care and Pain Medicine, Massachusetts General Hospital, Boston, MA"]),
  ("Publications", ["Tremblay MA et al. Regional anesthesia outcomes. Can J Anaesth. 2023;70:1120-8.",
                 "Tremblay MA, Chen L. Postoperative delirium after hip fracture. Anesth Analg. 2025;140:77-85."]),
  ("Langues", ["Français, anglais"]),
  ("Références", ["Dre Isabelle Gagnon, CHUM — isabelle.gagnon.chum@ssss.gouv.qc.ca", "Dr. Lucy Chen, MGH — lchen@mgh.harvard.edu"]),
 ]))

P.append(dict(
 n=13, layout="chromium_bilingual", fmt="pdf", kind="readable",
 full_name="Salma Benjelloun", email="salma.benjelloun.md@gmail.com", phone_disp="06 62 71 90 34 (Maroc)", phone_e164="+212662719034",
 medical_school="Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V", medical_school_country="MA", graduation_year=2024, is_student=False,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
 specialties=["Neurology", "Psychiatry"], languages=["Arabic", "French", "English"], publications=0,
 usce=[U("telehealth","Neurology","NY","2025-01","2025-03"), U("observership","Neurology","NY","2025-06","2025-07")],
 sections=[
  ("Salma BENJELLOUN — Curriculum Vitae", ["Rabat, Maroc · Tél. 06 62 71 90 34 (Maroc) · salma.benjelloun.md@gmail.com"]),
  ("Formation | Education", ["Doctorat en médecine / Doctor of Medicine — FMP Rabat, Université Mohammed V — 2017 – 2024 (thèse soutenue en septembre 2024)"]),
  ("Examens | Exams", ["USMLE Step 1 : Pass", "Step 2 CK : prévu / scheduled 2026", "ECFMG : en cours / in progress"]),
  ("Expérience aux USA | US experience", ["2025.01 – 2025.03 : Telehealth observership, Neurology, NYU Langone (remote), New York, NY",
                 "2025.06 – 2025.07 : Observership, Neurology, Mount Sinai Hospital, New York, NY"]),
  ("Expérience | Experience", ["Depuis novembre 2024 : Médecin généraliste, Clinique Agdal, Rabat", "2023 – 2024 : Interne, CHU Ibn Sina, Rabat"]),
  ("Intérêts de carrière | Career interests", ["Neurology (first choice), Psychiatry"]),
  ("Langues | Languages", ["Arabe / Arabic, Français / French, Anglais / English"]),
  ("Référence | Reference", ["Dr. Priya Raman, Mount Sinai Neurology — priya.raman@mountsinai.org — +1 212 241 6500"]),
 ]))

P.append(dict(
 n=14, layout="docx_bilingual_table", fmt="docx", kind="readable",
 full_name="Riad Benali", email="riad.benali.dz@gmail.com", phone_disp="00213 661 09 87 45", phone_e164="+213661098745",
 medical_school="Faculté de Médecine d'Oran, Université Oran 1 Ahmed Ben Bella", medical_school_country="DZ", graduation_year=2019, is_student=False,
 usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Nephrology", "Internal Medicine"], languages=["Arabic", "French", "English"], publications=1,
 usce=[U("hands_on","Nephrology","TX","2024-05","2024-06"), U("hands_on","Internal Medicine","TX","2024-06","2024-08")],
 sections=[
  ("Riad BENALI", ["Médecin généraliste · Oran, Algérie · 00213 661 09 87 45 · riad.benali.dz@gmail.com"]),
  ("Formation", ["Docteur en Médecine — Faculté de Médecine d'Oran, Université Oran 1 Ahmed Ben Bella — 2012–2019"]),
  ("USMLE", ["Step 1 : Fail (2021), Pass (2022)", "Step 2 CK : 233 (2023)", "ECFMG : certifié"]),
  ("US Clinical Experience", ["05/2024 – 06/2024 · Hands-on, Nephrology · UT Health San Antonio, San Antonio, TX",
                 "06/2024 – 08/2024 · Hands-on, Internal Medicine · University Health, San Antonio, TX"]),
  ("Expérience professionnelle", ["2019 – en cours : Médecin généraliste, EHU 1er Novembre 1954, Oran — service de néphrologie et hémodialyse"]),
  ("Publications", ["Benali R et al. AKI in COVID-19 patients in western Algeria. Saudi J Kidney Dis Transpl. 2022;33(2):241-8."]),
  ("Langues", ["Arabe, français, anglais"]),
  ("Visa", ["J-1 visa required"]),
  ("Références", ["Dr. Carlos Mendoza, UT Health San Antonio — mendozac@uthscsa.edu — +1 210 567 7000"]),
 ]))

P.append(dict(
 n=15, layout="reportlab_twocol", fmt="pdf", kind="readable",
 full_name="Inès Trabelsi", email="ines.trabelsi@hotmail.com", phone_disp="+1 (617) 555-0142", phone_e164="+16175550142",
 medical_school="Faculté de Médecine de Sfax", medical_school_country="TN", graduation_year=2022, is_student=False,
 usmle_step1="pass", usmle_step2ck=239, usmle_step3=221, ecfmg_status="certified", visa_status="green_card",
 specialties=["Hematology/Oncology", "Internal Medicine"], languages=["Arabic", "French", "English", "German"], publications=2,
 usce=[U("hands_on","Internal Medicine","MA","2023-10","2023-12"), U("research","Hematology/Oncology","MA","2024-01","2026-12"), U("observership","Hematology/Oncology","RI","2024-04","2024-04")],
 sections=[
  ("Inès TRABELSI, MD", ["Boston, MA · +1 (617) 555-0142 · ines.trabelsi@hotmail.com · Née en 1997"]),
  ("Formation", ["Doctorat en médecine, Faculté de Médecine de Sfax, Université de Sfax, Tunisie — 2015–2022"]),
  ("USMLE", ["Step 1: Pass · Step 2 CK: 239 · Step 3: 221", "ECFMG certified (2023)"]),
  ("US Clinical Experience", ["Oct 2023 – Dec 2023 : Sub-internship (hands-on), Internal Medicine, Boston Medical Center, Boston, MA",
                 "Jan 2024 – ongoing : Clinical research coordinator, Hematology/Oncology, Dana-Farber Cancer Institute, Boston, MA",
                 "April 2024 : Observership, Hematology/Oncology, Rhode Island Hospital, Providence, RI"]),
  ("Experience in Tunisia", ["2021–2022 : Interne, CHU Habib Bourguiba, Sfax (hématologie, médecine interne)"]),
  ("Publications", ["Trabelsi I et al. Venetoclax in older AML. Leuk Res. 2025;140:107501.",
                 "Trabelsi I et al. Thrombosis in myeloproliferative neoplasms. Tunis Med. 2022;100:512-8."]),
  ("Statut", ["Résidente permanente (Green Card)"]),
  ("Langues", ["Arabe, Français, Anglais, Allemand (A2)"]),
  ("Références", ["Dr. Daniel DeAngelo, Dana-Farber — ddeangelo@dfci.harvard.edu"]),
 ]))

P.append(dict(
 n=16, layout="fpdf2_compact", fmt="pdf", kind="readable",
 full_name="Georges Haddad", email="georges.haddad@ul.edu.lb", phone_disp="+961-70-845-612", phone_e164="+96170845612",
 medical_school="Université Libanaise, Faculté des Sciences Médicales", medical_school_country="LB", graduation_year=2023, is_student=False,
 usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["Arabic", "French", "English"], publications=1,
 usce=[U("hands_on","Pulmonology/Critical Care","MO","2024-07","2024-09"), U("observership","Internal Medicine","MO","2024-09","2024-10"), U("telehealth","Internal Medicine","AZ","2025-01","2025-02")],
 sections=[
  ("GEORGES HADDAD", ["Zahlé, Liban | +961-70-845-612 | georges.haddad@ul.edu.lb"]),
  ("Formation", ["Doctorat en médecine — Faculté des Sciences Médicales, Université Libanaise, Hadath — 2016–2023"]),
  ("USMLE", ["Step 1 Pass / Step 2 CK 246 / ECFMG certifié (2024)"]),
  ("US Clinical Experience", ["Jul–Sep 2024: Hands-on, Pulmonary & Critical Care (MICU), Barnes-Jewish Hospital, St. Louis, MO",
                 "Sep–Oct 2024: Observership, Internal Medicine, SSM Health Saint Louis University Hospital, St. Louis, MO",
                 "Jan–Feb 2025: Telemedicine rotation, Internal Medicine, Banner Health (virtual), Phoenix, AZ"]),
  ("Expérience", ["2023 – présent : Médecin, Hôpital Tal Chiha, Zahlé (soins intensifs)", "mars 2024 : Mission humanitaire, Croix-Rouge libanaise"]),
  ("Publications", ["Haddad G et al. Ventilator-associated pneumonia in Lebanese ICUs. J Infect Dev Ctries. 2024;18:88-94."]),
  ("Langues", ["Arabe, Français, Anglais"]),
  ("Visa", ["J-1 requis"]),
  ("Références", ["Dr. Ana Torres, Barnes-Jewish MICU — a.torres@wustl.edu — (314) 747-3000"]),
 ]))

# ---------------- scans ----------------
P.append(dict(
 n=17, layout="scan_pdf_haiti", fmt="scanpdf", kind="scan",
 full_name="Wideline Joseph", email="wideline.joseph@gmail.com", phone_disp="+509 4890 2217", phone_e164="+50948902217",
 medical_school="Université Notre Dame d'Haïti", medical_school_country="HT", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
 specialties=["Pediatrics"], languages=["Haitian Creole", "French", "English"], publications=0,
 usce=[U("observership","Pediatrics","FL","2024-06","2024-08")],
 sections=[
  ("WIDELINE JOSEPH", ["Delmas, Haïti — wideline.joseph@gmail.com — +509 4890 2217"]),
  ("Formation", ["Docteur en médecine, Faculté de Médecine, Université Notre Dame d'Haïti (UNDH), 2014–2021"]),
  ("USMLE", ["Step 1 : Pass    Step 2 CK : 228    ECFMG : certifiée"]),
  ("Stages aux États-Unis", ["juin 2024 – août 2024 : Observership en pédiatrie, Broward Health, Fort Lauderdale, FL"]),
  ("Expérience", ["Depuis 2022 : Médecin, Hôpital Saint-Damien (pédiatrie), Tabarre"]),
  ("Langues", ["Créole haïtien, Français, Anglais"]),
  ("Visa", ["B1/B2"]),
 ]))

P.append(dict(
 n=18, layout="scan_png_senegal", fmt="png", kind="scan",
 full_name="Ousmane Diallo", email="ousmane.diallo@ugb.edu.sn", phone_disp="+221 78 310 44 59", phone_e164="+221783104459",
 medical_school="Université Gaston Berger de Saint-Louis", medical_school_country="SN", graduation_year=2022, is_student=False,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
 specialties=["Family Medicine"], languages=["Pulaar", "Wolof", "French", "English"], publications=0,
 usce=[U("observership","Family Medicine","MN","2025-03","2025-04")],
 sections=[
  ("OUSMANE DIALLO", ["Saint-Louis, Sénégal", "ousmane.diallo@ugb.edu.sn  /  +221 78 310 44 59"]),
  ("Formation", ["Doctorat en médecine, UFR des Sciences de la Santé, Université Gaston Berger de Saint-Louis (2015–2022)"]),
  ("Examens", ["USMLE Step 1 : Pass", "ECFMG : en cours"]),
  ("Stage aux USA", ["mars – avril 2025 : Observership, Family Medicine, Hennepin Healthcare, Minneapolis, MN"]),
  ("Expérience", ["Depuis 2022 : Médecin-chef de poste, District sanitaire de Podor"]),
  ("Langues", ["Pulaar, Wolof, Français, Anglais"]),
 ]))

P.append(dict(
 n=19, layout="scan_jpg_cameroon", fmt="jpg", kind="scan",
 full_name="Brice Tchoffo Kamdem", email="brice.kamdem@gmail.com", phone_disp="+237 6 99 14 27 83", phone_e164="+237699142783",
 medical_school="Université de Douala", medical_school_country="CM", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=234, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Internal Medicine"], languages=["French", "English"], publications=1,
 usce=[U("hands_on","Internal Medicine","MD","2024-03","2024-05")],
 sections=[
  ("Brice TCHOFFO KAMDEM", ["Douala, Cameroun  -  brice.kamdem@gmail.com  -  +237 6 99 14 27 83"]),
  ("Formation", ["Doctorat en Médecine, Faculté de Médecine et des Sciences Pharmaceutiques, Université de Douala, 2013-2020"]),
  ("USMLE / ECFMG", ["Step 1 : Pass ; Step 2 CK : 234 ; ECFMG certifié"]),
  ("Expérience clinique aux USA", ["03/2024 - 05/2024 : Hands-on, Internal Medicine, MedStar Union Memorial, Baltimore, MD"]),
  ("Expérience", ["2020 - en cours : Médecin généraliste, Hôpital Laquintinie, Douala"]),
  ("Publications", ["Kamdem BT et al. Hypertension in Douala. Pan Afr Med J. 2021;38:201."]),
  ("Langues / Visa", ["Français, Anglais  -  Visa J-1 requis"]),
 ]))

P.append(dict(
 n=20, layout="scan_pdf_morocco", fmt="scanpdf", kind="scan",
 full_name="Hajar El Amrani", email="hajar.elamrani@gmail.com", phone_disp="+212 6 70 33 81 42", phone_e164="+212670338142",
 medical_school="Faculté de Médecine et de Pharmacie de Marrakech, Université Cadi Ayyad", medical_school_country="MA", graduation_year=2023, is_student=False,
 usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Endocrinology", "Internal Medicine"], languages=["Arabic", "French", "English"], publications=2,
 usce=[U("observership","Endocrinology","PA","2024-10","2024-11"), U("hands_on","Internal Medicine","NJ","2025-01","2025-03")],
 sections=[
  ("Hajar EL AMRANI", ["Marrakech, Maroc  |  hajar.elamrani@gmail.com  |  +212 6 70 33 81 42"]),
  ("Formation", ["Doctorat en médecine, FMP Marrakech, Université Cadi Ayyad (2016 – 2023)"]),
  ("Examens", ["USMLE Step 1 : Pass  |  Step 2 CK : 251  |  ECFMG : certifiée"]),
  ("Stages cliniques aux États-Unis", ["oct. 2024 – nov. 2024 : Observership, Endocrinology, Penn Medicine, Philadelphia, PA",
                 "janv. 2025 – mars 2025 : Externship (hands-on), Internal Medicine, Jersey City Medical Center, NJ"]),
  ("Publications", ["2 articles (Cureus 2023 ; Ann Endocrinol 2024)"]),
  ("Langues", ["Arabe, Français, Anglais"]),
  ("Visa", ["J-1"]),
 ]))

P.append(dict(
 n=21, layout="scan_jpg_belgium", fmt="jpg", kind="scan",
 full_name="Thomas Lefèvre", email="thomas.lefevre@ulb.be", phone_disp="+32 495 12 40 77", phone_e164="+32495124077",
 medical_school="Université libre de Bruxelles", medical_school_country="BE", graduation_year=2022, is_student=False,
 usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified", visa_status=None,
 specialties=["Radiology"], languages=["French", "English", "Dutch"], publications=1,
 usce=[U("observership","Radiology","OH","2025-02","2025-03")],
 sections=[
  ("Thomas LEFÈVRE", ["Ixelles, Belgique — thomas.lefevre@ulb.be — +32 495 12 40 77"]),
  ("Formation", ["Master en médecine, Faculté de Médecine, Université libre de Bruxelles (ULB), 2016–2022"]),
  ("USMLE", ["Step 1 : Pass — Step 2 CK : 243 — ECFMG certifié"]),
  ("Stage aux États-Unis", ["févr. 2025 – mars 2025 : Observership, Radiology, University Hospitals Cleveland Medical Center, Cleveland, OH"]),
  ("Expérience", ["Depuis 2022 : Assistant en radiologie, Hôpital Erasme, Bruxelles"]),
  ("Publications", ["Lefèvre T et al. Cardiac MRI in myocarditis. JBSR. 2024;108:45."]),
  ("Langues", ["Français, Anglais, Néerlandais"]),
 ]))

DAMAGED = [
 dict(n=22, layout="truncated_pdf", file_ext="pdf"),
 dict(n=23, layout="encrypted_pdf", file_ext="pdf"),
 dict(n=24, layout="random_bytes_docx", file_ext="docx"),
]

def fname(p):
    ext = {"docx":"docx","pdf":"pdf","odt":"odt","rtf":"rtf","txt":"txt","scanpdf":"pdf","png":"png","jpg":"jpg"}[p["fmt"]]
    return "w84_%03d_%s.%s" % (p["n"], p["layout"], ext)
