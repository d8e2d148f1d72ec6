# -*- coding: utf-8 -*-
"""CV content + ground truth for writer w69 (post-Soviet / CEE medical schools).

Each record: 'truth' (contract fields except derived usce_months*), 'native' (name in native
script, optional), 'contacts' [(label, value)], 'sections' [(heading, [item, ...])] where an
item is a str or a tuple (dates, title, detail).
"""

R = {}

R[1] = dict(
    layout="docx_table", ext="docx",
    native="Соколова Дарья Андреевна",
    title="Daria Andreevna Sokolova, MD",
    subtitle="Врач-кардиолог / Cardiology-trained physician, Moscow, Russia",
    contacts=[("E-mail", "d.sokolova.md@yandex.ru"), ("Телефон / Phone", "+7 (916) 482-37-15"),
              ("Дата рождения / DOB", "14.03.1999"), ("Адрес", "ул. Островитянова 1, Москва 117997")],
    sections=[
        ("Образование / Education", [
            ("09.2016 – 06.2022", "Diploma of Specialist (General Medicine) — «Лечебное дело»",
             "Pirogov Russian National Research Medical University (RNRMU), Moscow, Russia. GPA 4.8/5, diploma with honours."),
            ("09.2022 – 08.2024", "Clinical residency (ordinatura), Cardiology",
             "Pirogov RNRMU, City Clinical Hospital No. 15 named after O.M. Filatov, Moscow"),
        ]),
        ("USMLE / ECFMG", [
            "USMLE Step 1 — Pass (May 2023)",
            "USMLE Step 2 CK — 246 (February 2024)",
            "ECFMG Certified — April 2024 (OET Medicine: B)",
            "Visa: will require J-1 (ECFMG-sponsored)",
        ]),
        ("Клинический опыт в США / US Clinical Experience", [
            ("Oct – Dec 2024", "Observership, Cardiology",
             "Cleveland Clinic, Heart, Vascular & Thoracic Institute, Cleveland, OH"),
            ("02/2025 – 04/2025", "Clinical externship (hands-on), Internal Medicine",
             "Brookdale University Hospital Medical Center, Brooklyn, NY — admitted and followed 6–8 patients/day"),
            ("05.2025 – present", "Research volunteer (remote + on-site), Cardiology",
             "University of Pittsburgh Medical Center, Heart and Vascular Institute, Pittsburgh, PA"),
        ]),
        ("Клинический опыт в России / Clinical Experience in Russia", [
            ("09.2022 – 08.2024", "Resident physician (ordinator), Cardiology",
             "City Clinical Hospital No. 15, Moscow — CCU, echo lab, 24-h call"),
            ("2020 – 2022", "Nurse assistant (part-time)", "Morozov Children's City Clinical Hospital, Moscow"),
        ]),
        ("Публикации / Publications", [
            "1. Sokolova DA, Kuznetsov IV. Atrial fibrillation burden after CABG. Kardiologiya. 2023;63(4):41-47.",
            "2. Sokolova DA, et al. Sacubitril/valsartan in HFmrEF: a single-centre cohort. Russian Journal of Cardiology. 2024;29(2):5512.",
            "3. Petrov AA, Sokolova DA, et al. Troponin kinetics in type 2 MI. Clinical Medicine (Moscow). 2024;102(7):530-536.",
            "Poster: Heart failure clinic follow-up in Moscow. ESC Heart Failure Congress 2024 (poster, not peer-reviewed).",
        ]),
        ("Интересы / Specialty interests", ["Internal Medicine (categorical); long-term goal: Cardiology fellowship"]),
        ("Языки / Languages", ["Russian — native", "English — C1 (OET B)", "German — B1"]),
        ("Рекомендации / References", [
            "Prof. Igor Vladimirovich Kuznetsov, Head of Cardiology Dept., RNRMU — kuznetsov_iv@rsmu.ru, +7 495 434-14-22",
            "Dr. Michael R. Stein, MD, Internal Medicine, Brookdale UHMC — mstein@bhmcny.org, +1 (718) 240-5412",
        ]),
    ],
    truth=dict(full_name="Daria Andreevna Sokolova", email="d.sokolova.md@yandex.ru", phone_e164="+79164823715",
               medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=246, usmle_step3=None,
               ecfmg_status="certified", specialties=["Internal Medicine", "Cardiology"],
               languages=["Russian", "English", "German"], visa_status="j1", publications=3,
               usce_entries=[
                   dict(type="observership", specialty="Cardiology", state="OH", start="2024-10", end="2024-12"),
                   dict(type="hands_on", specialty="Internal Medicine", state="NY", start="2025-02", end="2025-04"),
                   dict(type="research", specialty="Cardiology", state="PA", start="2025-05", end="2026-12")]),
)

R[2] = dict(
    layout="lo_docx_pdf", ext="pdf",
    title="ADITYA RAGHUNATH MENON",
    subtitle="6th-year medical student (English-medium MD programme), Kazan, Russian Federation",
    contacts=[("Email", "aditya.menon.kfu@gmail.com"), ("WhatsApp", "+91 94470 28163"),
              ("Permanent address", "TC 14/1120, Vazhuthacaud, Thiruvananthapuram, Kerala 695014, India"),
              ("Date of birth", "22 Nov 2002")],
    sections=[
        ("Education", [
            ("09.2021 – 06.2027 (expected)", "MD (General Medicine), 6-year English-medium programme",
             "Kazan Federal University, Institute of Fundamental Medicine and Biology, Kazan, Russia — current GPA 4.6/5"),
            ("2019 – 2021", "Higher Secondary (Class XII), Biology Science", "Kendriya Vidyalaya Pattom, Thiruvananthapuram — 94.2%"),
        ]),
        ("Examinations", [
            "USMLE Step 1: Passed on first attempt (08/2025)",
            "USMLE Step 2 CK: preparing; NBME Form 13 practice score 242, UWSA 1: 247",
            "ECFMG certification: in progress (Step 2 CK and OET outstanding)",
            "NEET-UG 2021: qualified (AIR 61,208)",
        ]),
        ("US Clinical Experience", [
            ("Jan 2026", "Observership, Gastroenterology",
             "Baylor St. Luke's Medical Center, Houston, TX — endoscopy suite, GI consult rounds"),
            ("Summer 2026 (June–August)", "Clinical elective (hands-on), Internal Medicine",
             "Mount Sinai Hospital, Chicago, IL — wrote notes under supervision, presented on rounds"),
        ]),
        ("Clinical rotations in Russia", [
            ("2024 – present", "Clinical clerkships (internal medicine, surgery, OB/GYN, pediatrics)",
             "Republican Clinical Hospital of Tatarstan; Kazan City Clinical Hospital No. 7"),
        ]),
        ("Research", [
            "Menon AR, Galiullina LR. Helicobacter pylori eradication outcomes in students — manuscript under review, Cureus.",
            "Poster: 'IBD in South-Indian diaspora' — KFU Student Scientific Conference, April 2025.",
        ]),
        ("Interests", ["Internal Medicine, with a view to Gastroenterology fellowship"]),
        ("Languages", ["English (fluent), Malayalam (native), Hindi (fluent), Russian (basic, A2)"]),
        ("Visa", ["B1/B2 visitor visa, valid until 2029"]),
        ("Referees", [
            "Dr. Liliya R. Galiullina, Associate Professor, Department of Hospital Therapy, KFU — liliya.galiullina@kpfu.ru",
            "Dr. Sandeep Rao, MD, Mount Sinai Hospital Chicago — sandeep.rao@sinai.org, (773) 542-2000",
        ]),
    ],
    truth=dict(full_name="Aditya Raghunath Menon", email="aditya.menon.kfu@gmail.com", phone_e164="+919447028163",
               medical_school="Kazan Federal University", medical_school_country="RU",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="pending", specialties=["Internal Medicine", "Gastroenterology"],
               languages=["English", "Malayalam", "Hindi", "Russian"], visa_status="b1b2", publications=0,
               usce_entries=[
                   dict(type="observership", specialty="Gastroenterology", state="TX", start="2026-01", end="2026-01"),
                   dict(type="hands_on", specialty="Internal Medicine", state="IL", start="2026-06", end="2026-08")]),
)

R[3] = dict(
    layout="chromium_sidebar", ext="pdf",
    title="Chukwuemeka Obinna Okafor",
    subtitle="Medical Doctor · Bogomolets NMU graduate (Kyiv, Ukraine)",
    contacts=[("Email", "emeka.okafor.md@outlook.com"), ("Phone", "+234 803 416 2297"),
              ("Location", "Lekki Phase 1, Lagos, Nigeria"), ("Born", "1996")],
    sections=[
        ("Profile", ["Ukrainian-trained physician (English-medium programme) completing my degree under wartime conditions in 2022. "
                     "Seeking a categorical position in Family Medicine; also interested in Emergency Medicine."]),
        ("Education", [
            ("2016.09 – 2022.06", "Doctor of Medicine (Diploma of Specialist, Medicine)",
             "Bogomolets National Medical University, Kyiv, Ukraine — final semester completed online"),
        ]),
        ("Licensing Exams", [
            "USMLE Step 1 ........ PASS",
            "USMLE Step 2 CK ..... 238",
            "ECFMG ............... Certified (2024)",
            "MDCN (Nigeria) assessment: passed 2022",
        ]),
        ("US Clinical Experience", [
            ("2023.11 – 2024.01", "Telehealth rotation, Internal Medicine",
             "Tampa General Hospital virtual clinic, Tampa, FL (remote, from Lagos)"),
            ("2024.03 – 2024.05", "Hands-on clerkship, Family Medicine",
             "Grady Memorial Hospital / Morehouse FM, Atlanta, GA"),
            ("2024.05 – 2024.06", "Observership, Internal Medicine",
             "Sinai Hospital of Baltimore, Baltimore, MD"),
            ("2024.06 – 2024.07", "Hands-on externship, Emergency Medicine",
             "Newark Beth Israel Medical Center, Newark, NJ"),
        ]),
        ("Clinical Experience (Nigeria)", [
            ("2022.11 – 2023.10", "House Officer (housemanship)", "Lagos University Teaching Hospital, Idi-Araba, Lagos"),
        ]),
        ("Publications & Presentations", [
            "Okafor CO, Bondarenko V. Tuberculosis co-infection in HIV patients in Kyiv. Ukrainian Medical Journal. 2021;3(143):55-59.",
            "Poster — ACP Georgia Chapter Meeting 2024: Sickle-cell crisis in primary care.",
            "Poster — SAEM Southeastern Regional 2024.",
        ]),
        ("References", [
            "Dr. Angela W. Brooks, MD — Program faculty, Morehouse School of Medicine — abrooks@msm.edu · +1 404 752 1000",
            "Prof. Vira Bondarenko — Bogomolets NMU, Dept. of Infectious Diseases — v.bondarenko@nmu.ua",
        ]),
    ],
    side_extra=[("Languages", ["English", "Igbo", "Ukrainian (B1)", "Russian (A2)"]),
                ("Visa", ["B1/B2 (current)"]),
                ("Interests", ["Family Medicine", "Emergency Medicine", "Global health"])],
    truth=dict(full_name="Chukwuemeka Obinna Okafor", email="emeka.okafor.md@outlook.com", phone_e164="+2348034162297",
               medical_school="Bogomolets National Medical University", medical_school_country="UA",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None,
               ecfmg_status="certified", specialties=["Family Medicine", "Emergency Medicine"],
               languages=["English", "Igbo", "Ukrainian", "Russian"], visa_status="b1b2", publications=1,
               usce_entries=[
                   dict(type="telehealth", specialty="Internal Medicine", state="FL", start="2023-11", end="2024-01"),
                   dict(type="hands_on", specialty="Family Medicine", state="GA", start="2024-03", end="2024-05"),
                   dict(type="observership", specialty="Internal Medicine", state="MD", start="2024-05", end="2024-06"),
                   dict(type="hands_on", specialty="Emergency Medicine", state="NJ", start="2024-06", end="2024-07")]),
)

R[4] = dict(
    layout="reportlab", ext="pdf",
    native="ნინო ბერიძე",
    title="Nino Beridze, MD",
    subtitle="Internal Medicine · Nephrology research",
    contacts=[("E-mail", "ninoberidze94@gmail.com"), ("Mob.", "+995 599 27 41 83"),
              ("Address", "12 Chavchavadze Ave, Tbilisi 0179, Georgia"), ("Year of birth", "1994")],
    sections=[
        ("Education", [
            ("2013 – 2019", "Medical Doctor (MD), 6-year one-cycle programme",
             "Tbilisi State Medical University (TSMU), Tbilisi, Georgia"),
            ("2019 – 2022", "Residency in Internal Medicine (Georgian state certification)",
             "Aversi Clinic / TSMU First University Clinic, Tbilisi"),
        ]),
        ("USMLE", ["Step 1: Pass  |  Step 2 CK: 252  |  Step 3: 221", "ECFMG certified since 2021"]),
        ("Experience in the United States", [
            ("March 2023 – February 2024", "Research Fellow, Division of Nephrology",
             "Beth Israel Deaconess Medical Center, Boston, MA — AKI biomarkers cohort"),
            ("Mar–Apr 2024", "Clinical Observer, Nephrology", "Massachusetts General Hospital, Boston, MA"),
            ("Sept 2024", "Hands-on sub-internship, Internal Medicine", "Henry Ford Hospital, Detroit, MI"),
        ]),
        ("Experience in Georgia", [
            ("2022 – 2023", "Physician, Nephrology & Dialysis Unit", "Todua Clinic, Tbilisi"),
        ]),
        ("Publications (peer-reviewed)", [
            "Beridze N, Kvaratskhelia T, et al. Urinary NGAL after cardiac surgery. Kidney International Reports. 2024;9(5):1401-1409.",
            "Beridze N, et al. Hyponatremia in elderly inpatients in Tbilisi. Georgian Medical News. 2022;(328-329):77-81.",
        ]),
        ("Conference abstracts", ["ASN Kidney Week 2023, Philadelphia — abstract SA-PO512."]),
        ("Career goal", ["Internal Medicine residency followed by Nephrology fellowship."]),
        ("Languages", ["Georgian (native), English (fluent), Russian (fluent), German (intermediate)"]),
        ("Visa", ["J-1 physician visa sponsorship needed"]),
        ("References", [
            "Tamar Kvaratskhelia, MD, PhD — TSMU Dept. of Nephrology — t.kvaratskhelia@tsmu.edu, +995 32 254 24 40",
            "Jonathan H. Weiss, MD — BIDMC Nephrology — jweiss@bidmc.harvard.edu",
        ]),
    ],
    truth=dict(full_name="Nino Beridze", email="ninoberidze94@gmail.com", phone_e164="+995599274183",
               medical_school="Tbilisi State Medical University", medical_school_country="GE",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=221,
               ecfmg_status="certified", specialties=["Internal Medicine", "Nephrology"],
               languages=["Georgian", "English", "Russian", "German"], visa_status="j1", publications=2,
               usce_entries=[
                   dict(type="research", specialty="Nephrology", state="MA", start="2023-03", end="2024-02"),
                   dict(type="observership", specialty="Nephrology", state="MA", start="2024-03", end="2024-04"),
                   dict(type="hands_on", specialty="Internal Medicine", state="MI", start="2024-09", end="2024-09")]),
)

R[5] = dict(
    layout="fpdf2", ext="pdf",
    title="Omar Khaled Abdelrahman",
    subtitle="Medical student, English Programme, Semmelweis University, Budapest",
    contacts=[("Email", "omar.abdelrahman@stud.semmelweis.hu"), ("Mobile (HU)", "+36 30 512 8841"),
              ("Nationality", "Egyptian"), ("DOB", "03/07/2001")],
    sections=[
        ("Education", [
            ("09/2021 - 07/2027 (exp.)", "Doctor of Medicine (MD / dr. med.)",
             "Semmelweis University, Faculty of Medicine, English Programme, Budapest, Hungary"),
            ("2018 - 2021", "IGCSE / American Diploma", "Cairo American College, Cairo, Egypt"),
        ]),
        ("USMLE", ["Step 1 - Pass (06/2025). Step 2 CK - scheduled for 03/2027."]),
        ("Clinical experience - USA", [
            ("09/2025", "Surgical observership", "NYU Langone Health, Dept. of Surgery, New York, NY"),
            ("04/2026 - 05/2026", "Sub-internship (hands-on), General Surgery", "Jackson Memorial Hospital, Miami, FL"),
        ]),
        ("Clinical experience - other", [
            ("Summer 2024", "Summer clerkship, surgery", "Kasr Al Ainy Hospital, Cairo University, Egypt"),
            ("2025 - present", "Clinical rotations", "Semmelweis University clinics, Budapest"),
        ]),
        ("Publication", [
            "Abdelrahman OK, Szabo G. Outcomes of laparoscopic appendectomy in adolescents. Orvosi Hetilap. 2025;166(12):455-461.",
        ]),
        ("Specialty interest", ["General Surgery"]),
        ("Languages", ["Arabic (native), English (fluent), French (intermediate), Hungarian (basic medical)"]),
        ("Visa", ["Egyptian citizen - will need a B1/B2 visa for US electives"]),
        ("Reference", ["Dr. Gabor Szabo, Dept. of Surgery, Semmelweis University - szabo.gabor@med.semmelweis-univ.hu"]),
    ],
    truth=dict(full_name="Omar Khaled Abdelrahman", email="omar.abdelrahman@stud.semmelweis.hu", phone_e164="+36305128841",
               medical_school="Semmelweis University", medical_school_country="HU",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, specialties=["General Surgery"],
               languages=["Arabic", "English", "French", "Hungarian"], visa_status="b1b2", publications=1,
               usce_entries=[
                   dict(type="observership", specialty="General Surgery", state="NY", start="2025-09", end="2025-09"),
                   dict(type="hands_on", specialty="General Surgery", state="FL", start="2026-04", end="2026-05")]),
)

R[6] = dict(
    layout="plain_text", ext="txt",
    native="Жумабекова Айгерим Нурлановна",
    title="AIGERIM NURLANOVNA ZHUMABEKOVA",
    subtitle="Pediatrician (Kazakhstan)",
    contacts=[("e-mail", "a.zhumabekova@mail.kz"), ("tel", "8 701 345 6712 (Kazakhstan)"),
              ("city", "Almaty, Kazakhstan"), ("born", "1996")],
    sections=[
        ("EDUCATION", [
            ("09.2013 - 06.2019", "Specialist diploma, General Medicine (6 years)",
             "Asfendiyarov Kazakh National Medical University, Almaty, Kazakhstan"),
            ("09.2019 - 06.2021", "Residency (ordinatura), Pediatrics", "Scientific Center of Pediatrics and Pediatric Surgery, Almaty"),
        ]),
        ("USMLE", ["Step 1 ... PASS", "Step 2 CK ... 235 (2023)", "ECFMG: certified (2023)"]),
        ("US CLINICAL EXPERIENCE", [
            ("сентябрь - октябрь 2023", "Observership, Pediatrics", "Seattle Children's Hospital, Seattle, WA"),
            ("Jan 2024 - Mar 2024", "Hands-on externship, Pediatrics", "Maimonides Children's Hospital, Brooklyn, NY"),
        ]),
        ("WORK EXPERIENCE (KAZAKHSTAN)", [
            ("2021 - present", "Pediatrician", "City Children's Hospital No. 2, Almaty"),
        ]),
        ("INTERESTS", ["Pediatrics (general pediatrics, neonatology)"]),
        ("LANGUAGES", ["Kazakh - native; Russian - native; English - advanced; Turkish - intermediate"]),
        ("REFERENCES", [
            "Dr. Gulnara K. Abdrakhmanova, Head of Pediatrics Dept., KazNMU - abdrakhmanova.g@kaznmu.kz, +7 727 338 70 90",
            "Dr. Emily Carter, MD, Seattle Children's Hospital - emily.carter@seattlechildrens.org",
        ]),
    ],
    truth=dict(full_name="Aigerim Nurlanovna Zhumabekova", email="a.zhumabekova@mail.kz", phone_e164="+77013456712",
               medical_school="Asfendiyarov Kazakh National Medical University", medical_school_country="KZ",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=235, usmle_step3=None,
               ecfmg_status="certified", specialties=["Pediatrics"],
               languages=["Kazakh", "Russian", "English", "Turkish"], visa_status=None, publications=0,
               usce_entries=[
                   dict(type="observership", specialty="Pediatrics", state="WA", start="2023-09", end="2023-10"),
                   dict(type="hands_on", specialty="Pediatrics", state="NY", start="2024-01", end="2024-03")]),
)

R[7] = dict(
    layout="odt_polish", ext="odt",
    title="lek. Katarzyna Wiśniewska-Nowak",
    subtitle="Lekarz rezydent, neurologia / Neurology resident, Warsaw",
    contacts=[("E-mail", "k.wisniewska.nowak@gmail.com"), ("Tel.", "+48 601 234 578"),
              ("Adres", "ul. Banacha 1a, 02-097 Warszawa"), ("Data urodzenia", "1996")],
    sections=[
        ("Wykształcenie / Education", [
            ("10.2015 – 06.2021", "Lekarz (Physician, MD-equivalent), kierunek lekarski",
             "Warszawski Uniwersytet Medyczny / Medical University of Warsaw, Poland"),
            ("10.2021 – 09.2022", "Staż podyplomowy (postgraduate internship)", "Szpital Bielański, Warszawa"),
            ("10.2022 – obecnie", "Rezydentura: neurologia (specialty training, ongoing)", "Mazowiecki Szpital Bródnowski, Warszawa"),
        ]),
        ("Egzaminy / Examinations", [
            "USMLE Step 1: Pass; USMLE Step 2 CK: 261; ECFMG certified (2023)",
            "LEK (Polish Medical Final Examination): 182/200",
        ]),
        ("Doświadczenie w USA / US Experience", [
            ("07.2023 – 09.2023", "Research trainee, Neurology (stroke)", "Mayo Clinic, Rochester, MN"),
            ("2024-10 – 2024-11", "Observership, Neurology", "Hospital of the University of Pennsylvania, Philadelphia, PA"),
        ]),
        ("Publikacje / Publications", [
            "Wiśniewska-Nowak K, et al. Thrombectomy outcomes in Masovia. Neurologia i Neurochirurgia Polska. 2022;56(3):210-217.",
            "Wiśniewska-Nowak K, Kowalski P. Migraine in medical students. Journal of Headache and Pain. 2023;24:88.",
            "Nowak J, Wiśniewska-Nowak K, et al. Tenecteplase vs alteplase. Stroke. 2024;55(2):301-309.",
            "Wiśniewska-Nowak K, et al. MS relapses post-COVID. Multiple Sclerosis and Related Disorders. 2024;82:105399.",
            "Wiśniewska-Nowak K, et al. Wake-up stroke imaging — w recenzji (under review), European Stroke Journal.",
        ]),
        ("Zainteresowania / Interests", ["Neurology (vascular neurology)"]),
        ("Języki / Languages", ["polski (ojczysty), angielski (C2), niemiecki (B2), hiszpański (A2)",
                                 "Polish – native, English – C2, German – B2, Spanish – A2"]),
        ("Status wizowy / Immigration status", ["US permanent resident (green card holder) since 2025"]),
        ("Referencje / References", [
            "prof. dr hab. n. med. Piotr Kowalski — Klinika Neurologii WUM — piotr.kowalski@wum.edu.pl, +48 22 326 58 10",
            "Dr. Sarah L. Brennan, MD — Penn Neurology — sarah.brennan@pennmedicine.upenn.edu",
        ]),
    ],
    truth=dict(full_name="Katarzyna Wiśniewska-Nowak", email="k.wisniewska.nowak@gmail.com", phone_e164="+48601234578",
               medical_school="Medical University of Warsaw", medical_school_country="PL",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=261, usmle_step3=None,
               ecfmg_status="certified", specialties=["Neurology"],
               languages=["Polish", "English", "German", "Spanish"], visa_status="green_card", publications=4,
               usce_entries=[
                   dict(type="research", specialty="Neurology", state="MN", start="2023-07", end="2023-09"),
                   dict(type="observership", specialty="Neurology", state="PA", start="2024-10", end="2024-11")]),
)

R[8] = dict(
    layout="rtf", ext="rtf",
    title="Dr. Andrei-Mihai Popescu",
    subtitle="Medic specialist ATI (Anesthesiology & Intensive Care), Bucharest, Romania",
    contacts=[("Email", "andrei.popescu91@yahoo.ro"), ("Phone", "(+40) 722 418 309"),
              ("Address", "Str. Dionisie Lupu 37, Sector 2, București"), ("Born", "1991")],
    sections=[
        ("Education", [
            ("2010 – 2016", "Doctor-medic (Diplomă de licență), Medicine, 6 years",
             "\"Carol Davila\" University of Medicine and Pharmacy, Bucharest, Romania"),
            ("2017 – 2022", "Rezidențiat (residency), Anesthesiology and Intensive Care",
             "Fundeni Clinical Institute, Bucharest — specialist title 2022"),
        ]),
        ("USMLE", ["Step 1: 229 (2019)", "Step 2 CK: 240 (2020)", "ECFMG certificate #0-987-654-3 (certified)"]),
        ("US Clinical Experience", [
            ("Mar 2023", "Observership, Anesthesiology", "Memorial Hermann – Texas Medical Center, Houston, TX"),
            ("2023-06 to 2023-08", "Externship (hands-on), Critical Care Medicine", "MetroHealth Medical Center, Cleveland, OH"),
        ]),
        ("Professional experience (Romania)", [
            ("2022 – present", "Specialist physician, Anesthesiology & ICU", "Fundeni Clinical Institute, Bucharest"),
        ]),
        ("Publications", [
            "Popescu AM, Ionescu D. Sugammadex in liver transplant recipients. Romanian Journal of Anaesthesia and Intensive Care. 2021;28(1):33-38.",
            "Popescu AM, et al. Prone positioning in COVID-19 ARDS. Journal of Critical Care Medicine. 2021;7(3):184-190.",
            "Ionescu D, Popescu AM. Lung ultrasound in weaning. Anaesthesiology Intensive Therapy. 2023;55(2):97-104.",
        ]),
        ("Career goals", ["Anesthesiology residency; interest in Critical Care (Pulmonology/Critical Care fellowship)"]),
        ("Languages", ["Romanian (native), English (C1), French (B2), Italian (B1)"]),
        ("Visa", ["Seeking H-1B sponsorship"]),
        ("References", ["Prof. Dan Ionescu, MD, PhD — UMF Carol Davila — dan.ionescu@umfcd.ro, +40 21 318 04 00"]),
    ],
    truth=dict(full_name="Andrei-Mihai Popescu", email="andrei.popescu91@yahoo.ro", phone_e164="+40722418309",
               medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO",
               graduation_year=2016, is_student=False, usmle_step1=229, usmle_step2ck=240, usmle_step3=None,
               ecfmg_status="certified", specialties=["Anesthesiology", "Pulmonology/Critical Care"],
               languages=["Romanian", "English", "French", "Italian"], visa_status="h1b", publications=3,
               usce_entries=[
                   dict(type="observership", specialty="Anesthesiology", state="TX", start="2023-03", end="2023-03"),
                   dict(type="hands_on", specialty="Pulmonology/Critical Care", state="OH", start="2023-06", end="2023-08")]),
)

R[9] = dict(
    layout="chromium_twocol", ext="pdf",
    native="Արամ Գրիգորյան",
    title="Aram Grigoryan",
    subtitle="MD · General Surgery",
    contacts=[("Email", "aram.grigoryan.md@gmail.com"), ("Cell", "+1 (818) 402-7719"),
              ("Address", "Glendale, CA 91205"), ("Citizenship", "U.S. citizen (naturalized 2023)")],
    sections=[
        ("Education", [
            ("2014 – 2020", "Doctor of Medicine (MD)",
             "Yerevan State Medical University after Mkhitar Heratsi (YSMU), Yerevan, Armenia"),
            ("2020 – 2022", "Clinical ordinatura (residency), General Surgery", "Erebouni Medical Center, Yerevan"),
        ]),
        ("Exams", ["USMLE Step 1: P", "USMLE Step 2 CK: 233", "ECFMG: Certified 2022"]),
        ("Clinical Experience — United States", [
            ("2023-01 – 2023-04", "Hands-on externship, General Surgery", "LAC+USC Medical Center, Los Angeles, CA"),
            ("2023-03 – present", "Clinical research associate, Surgery", "Cedars-Sinai Medical Center, Los Angeles, CA"),
        ]),
        ("Clinical Experience — elsewhere", [
            ("2022-09 – 2022-10", "Observership, Trauma Surgery", "Sunnybrook Health Sciences Centre, Toronto, Canada"),
            ("2020 – 2022", "Surgical resident", "Erebouni Medical Center, Yerevan, Armenia"),
        ]),
        ("Publications", ["Grigoryan A, et al. Laparoscopic cholecystectomy timing in Armenia. Surgical Endoscopy. 2022;36(8):5890-5897.",
                          "Grigoryan A. Trauma registry design (abstract). Journal of the American College of Surgeons. 2024 (abstract supplement)."]),
        ("Goals", ["General Surgery residency; also considering Emergency Medicine"]),
        ("Languages", ["Armenian, Russian, English"]),
        ("References", ["Dr. Hovhannes Sargsyan — YSMU Dept. of Surgery — h.sargsyan@ysmu.am",
                        "Kevin Park, MD, FACS — Cedars-Sinai — kevin.park@cshs.org, (310) 423-3277"]),
    ],
    truth=dict(full_name="Aram Grigoryan", email="aram.grigoryan.md@gmail.com", phone_e164="+18184027719",
               medical_school="Yerevan State Medical University after Mkhitar Heratsi", medical_school_country="AM",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None,
               ecfmg_status="certified", specialties=["General Surgery", "Emergency Medicine"],
               languages=["Armenian", "Russian", "English"], visa_status="citizen", publications=1,
               usce_entries=[
                   dict(type="hands_on", specialty="General Surgery", state="CA", start="2023-01", end="2023-04"),
                   dict(type="research", specialty="General Surgery", state="CA", start="2023-03", end="2026-12")]),
)

R[10] = dict(
    layout="docx_header_ukr", ext="docx",
    native="Мельник Олександр Васильович",
    title="Oleksandr Vasylovych Melnyk",
    subtitle="Лікар-терапевт / Internal Medicine physician, Lviv, Ukraine",
    contacts=[("Ел. пошта", "o.melnyk.md@ukr.net"), ("Тел.", "+380 67 315 2048"), ("Місто", "Lviv, Ukraine")],
    sections=[
        ("Освіта / Education", [
            ("09.2014 – 06.2020", "Diploma of Specialist (General Medicine), «Лікувальна справа»",
             "Danylo Halytsky Lviv National Medical University, Lviv, Ukraine"),
            ("08.2020 – 06.2022", "Інтернатура (internship), Internal Medicine", "Lviv Regional Clinical Hospital"),
        ]),
        ("Іспити / Exams", [
            "USMLE Step 1 – PASS (11/2022); USMLE Step 2 CK – 244 (07/2023)",
            "ECFMG: application in process, OET pending",
            "КРОК 1 / KROK 2 (Ukrainian licensing exams): passed",
        ]),
        ("Клінічний досвід у США / US Clinical Experience", [
            ("03.2025 – 04.2025 (березень–квітень 2025)", "Observership, Infectious Diseases", "UPMC Presbyterian, Pittsburgh, PA"),
            ("08.2025 – 10.2025", "Hands-on clinical rotation, Internal Medicine", "Advocate Illinois Masonic Medical Center, Chicago, IL"),
        ]),
        ("Досвід роботи / Work Experience", [
            ("07.2022 – 12.2024", "Physician (therapist), internal medicine ward", "Lviv City Clinical Hospital No. 5"),
        ]),
        ("Публікації / Publications", [
            "Melnyk OV, Hrytsko RY. Hepatitis C treatment outcomes in Western Ukraine. Wiadomości Lekarskie. 2021;74(9):2101-2105.",
            "Melnyk OV, et al. War-related infections in Lviv trauma patients. Infectious Diseases in Clinical Practice. 2024;32(4):e1320.",
        ]),
        ("Професійні інтереси / Interests", ["Internal Medicine, Infectious Disease"]),
        ("Мови / Languages", ["Українська (рідна) / Ukrainian – native; Russian – fluent; English – C1; Polish – B2"]),
        ("Віза / Visa", ["J-1 visa required"]),
        ("Рекомендації / References", [
            "Prof. Roman Y. Hrytsko — LNMU Dept. of Infectious Diseases — r.hrytsko@meduniv.lviv.ua",
            "Dr. Lisa M. Novak, MD — Advocate Illinois Masonic — lisa.novak@aah.org, +1 773 975 1600",
        ]),
    ],
    truth=dict(full_name="Oleksandr Vasylovych Melnyk", email="o.melnyk.md@ukr.net", phone_e164="+380673152048",
               medical_school="Danylo Halytsky Lviv National Medical University", medical_school_country="UA",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None,
               ecfmg_status="pending", specialties=["Internal Medicine", "Infectious Disease"],
               languages=["Ukrainian", "Russian", "English", "Polish"], visa_status="j1", publications=2,
               usce_entries=[
                   dict(type="observership", specialty="Infectious Disease", state="PA", start="2025-03", end="2025-04"),
                   dict(type="hands_on", specialty="Internal Medicine", state="IL", start="2025-08", end="2025-10")]),
)

R[11] = dict(
    layout="docx_textbox", ext="docx",
    title="Layla Mahmoud Al-Khatib",
    subtitle="MD graduate, Medical University of Varna (Bulgaria)",
    contacts=[("Email", "layla.alkhatib@gmail.com"), ("Phone", "+962 79 558 1432"), ("Address", "Amman, Jordan"),
              ("DOB", "1999")],
    sections=[
        ("Education", [
            ("Sep 2018 – Jun 2024", "Master's degree in Medicine (Doctor of Medicine), English-language programme",
             "Medical University \"Prof. Dr. Paraskev Stoyanov\" – Varna, Bulgaria"),
        ]),
        ("USMLE & Certification", [
            "Step 1: PASS", "Step 2 CK: Score 250 (08/2025)", "ECFMG certified – October 2025",
            "Jordan Medical Council licensing exam: passed (2024)",
        ]),
        ("US Clinical Experience", [
            ("Nov 2025 – Jan 2026", "Hands-on rotation, Obstetrics & Gynecology", "John H. Stroger Jr. Hospital of Cook County, Chicago, IL"),
            ("Feb 2026", "Observership, Pediatrics", "Children's Medical Center Dallas, Dallas, TX"),
        ]),
        ("Internship (Jordan)", [
            ("Jul 2024 – Jun 2025", "Rotating internship", "Jordan University Hospital, Amman"),
        ]),
        ("Posters", ["Gestational diabetes screening in Varna – poster, Varna Medical Forum 2023",
                     "Pre-eclampsia case series – poster, ACOG Annual Meeting 2026"]),
        ("Interests", ["Obstetrics and Gynecology; Reproductive Endocrinology & Infertility"]),
        ("Languages", ["Arabic (native), English (fluent), Bulgarian (intermediate)"]),
        ("Visa", ["J-1 sponsorship required"]),
        ("References", ["Dr. Marianna Ivanova – OB/GYN Clinic, MU-Varna – m.ivanova@mu-varna.bg",
                        "Dr. Robert Kline, MD – Cook County Health – rkline@cookcountyhhs.org"]),
    ],
    truth=dict(full_name="Layla Mahmoud Al-Khatib", email="layla.alkhatib@gmail.com", phone_e164="+962795581432",
               medical_school="Medical University of Varna", medical_school_country="BG",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
               ecfmg_status="certified", specialties=["Obstetrics and Gynecology"],
               languages=["Arabic", "English", "Bulgarian"], visa_status="j1", publications=0,
               usce_entries=[
                   dict(type="hands_on", specialty="Obstetrics and Gynecology", state="IL", start="2025-11", end="2026-01"),
                   dict(type="observership", specialty="Pediatrics", state="TX", start="2026-02", end="2026-02")]),
)

R[12] = dict(
    layout="lo_odt_pdf", ext="pdf",
    native="Ковалёв Павел Сергеевич",
    title="Pavel Sergeevich Kovalev",
    subtitle="Radiologist · Minsk, Belarus",
    contacts=[("E-mail", "pavel.kovalev.bsmu@gmail.com"), ("Тел.", "+375 (29) 614-25-87"), ("Минск", "Belarus")],
    sections=[
        ("Образование", [
            ("2013 – 2019", "Diploma of Specialist (General Medicine), qualification «врач»",
             "Belarusian State Medical University (BSMU), Minsk, Belarus"),
            ("2019 – 2020", "Internatura (internship), Radiology", "Minsk City Clinical Oncology Center"),
        ]),
        ("USMLE", ["Step 1 — passed", "S2CK — 229", "ECFMG certification: pending (OET outstanding)"]),
        ("Опыт в США / US experience", [
            ("2023.09 – 2024.08", "Research fellow, Body Imaging", "Johns Hopkins Hospital, Russell H. Morgan Dept. of Radiology, Baltimore, MD"),
            ("2024.09", "Observer, Neuroradiology reading room", "Johns Hopkins Hospital, Baltimore, MD"),
        ]),
        ("Работа / Work", [("2020 – 2023", "Radiologist (CT/MRI)", "Minsk City Clinical Oncology Center")]),
        ("Публикации / Publications", [
            "Kovalev PS, et al. CT texture analysis of renal masses. European Radiology. 2024;34(6):3981-3990.",
            "Kovalev PS, Smith JT. Deep-learning liver segmentation. Radiology: Artificial Intelligence. 2024;6(3):e230312.",
            "Kovalev PS. RSNA 2024 oral presentation (abstract).",
        ]),
        ("Interests", ["Radiology"]),
        ("Языки / Languages", ["Russian, Belarusian, English, Polish (basic)"]),
        ("References", ["Prof. Anna V. Lutsko — BSMU Radiology — lutsko.av@bsmu.by", "Jonathan T. Smith, MD — JHU — jsmit123@jhmi.edu"]),
    ],
    truth=dict(full_name="Pavel Sergeevich Kovalev", email="pavel.kovalev.bsmu@gmail.com", phone_e164="+375296142587",
               medical_school="Belarusian State Medical University", medical_school_country="BY",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=229, usmle_step3=None,
               ecfmg_status="pending", specialties=["Radiology"],
               languages=["Russian", "Belarusian", "English", "Polish"], visa_status=None, publications=2,
               usce_entries=[
                   dict(type="research", specialty="Radiology", state="MD", start="2023-09", end="2024-08"),
                   dict(type="observership", specialty="Radiology", state="MD", start="2024-09", end="2024-09")]),
)

R[13] = dict(
    layout="chromium_cards", ext="pdf",
    title="Priya Lakshmi Venkatesan",
    subtitle="MD (KSMA, Bishkek) · FMGE qualified",
    contacts=[("Email", "priya.venkatesan21@gmail.com"), ("Phone", "+91-98410-73526"), ("City", "Chennai, Tamil Nadu, India")],
    sections=[
        ("Education", [
            ("Sep 2018 – Feb 2024", "Doctor of Medicine (MD), General Medicine (English medium)",
             "I.K. Akhunbaev Kyrgyz State Medical Academy, Bishkek, Kyrgyzstan"),
            ("Apr 2024 – Apr 2025", "Compulsory Rotating Medical Internship (CRMI)", "Government Stanley Medical College, Chennai"),
        ]),
        ("Scores", ["USMLE Step 1 — Pass (first attempt)", "Step 2 CK — scheduled Jan 2027 (UWSA2: 251)",
                    "FMGE (NBE, India) — qualified June 2024", "ECFMG Certification: not certified (Step 2 CK pending)"]),
        ("US Clinical Experience", [
            ("April 2025", "Observership, Endocrinology", "Jersey City Medical Center, Jersey City, NJ"),
            ("May–July 2025", "Hands-on externship, Internal Medicine", "AdventHealth Orlando, Orlando, FL"),
            ("Sept 2025 – Nov 2025", "Telehealth rotation, Internal Medicine", "Virtual clinic, Northwell Health, New York (NY)"),
        ]),
        ("Publication", ["Venkatesan PL, et al. Thyroid dysfunction in type 2 diabetes. Cureus. 2025;17(3):e80412."]),
        ("Interests", ["Internal Medicine", "Endocrinology"]),
        ("Languages", ["Tamil", "English", "Hindi", "Russian (basic)", "Kyrgyz (basic)"]),
        ("Visa", ["B1/B2 tourist visa"]),
        ("References", ["Dr. Aigul Dzhumabaeva, KSMA Dept. of Internal Medicine — a.dzhumabaeva@ksma.kg",
                        "Dr. Carlos M. Ruiz, MD — AdventHealth Orlando — carlos.ruiz@adventhealth.com"]),
    ],
    truth=dict(full_name="Priya Lakshmi Venkatesan", email="priya.venkatesan21@gmail.com", phone_e164="+919841073526",
               medical_school="I.K. Akhunbaev Kyrgyz State Medical Academy", medical_school_country="KG",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="not_certified", specialties=["Internal Medicine", "Endocrinology"],
               languages=["Tamil", "English", "Hindi", "Russian", "Kyrgyz"], visa_status="b1b2", publications=1,
               usce_entries=[
                   dict(type="observership", specialty="Endocrinology", state="NJ", start="2025-04", end="2025-04"),
                   dict(type="hands_on", specialty="Internal Medicine", state="FL", start="2025-05", end="2025-07"),
                   dict(type="telehealth", specialty="Internal Medicine", state="NY", start="2025-09", end="2025-11")]),
)

R[14] = dict(
    layout="lo_docx_ru", ext="docx",
    native="Юлдашев Шахзод Рустамович",
    title="Shakhzod Rustamovich Yuldashev",
    subtitle="Врач-кардиолог / Cardiologist, Tashkent, Uzbekistan",
    contacts=[("Эл. почта", "sh.yuldashev@inbox.uz"), ("Телефон", "+998 93 517 28 46"), ("Адрес", "Ташкент, Узбекистан")],
    sections=[
        ("Образование", [
            ("09.2012 – 07.2018", "Diploma of Specialist (General Medicine) / Врач общей практики",
             "Tashkent Medical Academy, Tashkent, Uzbekistan"),
            ("09.2018 – 07.2021", "Магистратура (clinical ordinatura), Cardiology",
             "Republican Specialized Scientific-Practical Medical Center of Cardiology, Tashkent"),
        ]),
        ("Экзамены USMLE", ["Step 1 — PASS; Step 2 CK — 237; ECFMG — certified (2023)"]),
        ("Опыт в США", [
            ("03.2024 – 05.2024", "Observership, Cardiology", "Houston Methodist DeBakey Heart & Vascular Center, Houston, TX"),
            ("06.2024 – 12.2024", "Research assistant, Cardiology (heart failure registry)", "Houston Methodist Research Institute, Houston, TX"),
        ]),
        ("Опыт работы", [("2021 – 2023", "Cardiologist", "Republican Specialized Center of Cardiology, Tashkent")]),
        ("Публикации", [
            "Yuldashev SR, Kurbanov RD. Rheumatic heart disease in Uzbekistan. Cardiovascular Diagnosis and Therapy. 2022;12(4):455-462.",
            "Yuldashev SR, et al. GDMT uptake in HFrEF. Journal of Cardiac Failure. 2025;31(1):88-95.",
            "Yuldashev SR. Registry design (manuscript in preparation).",
        ]),
        ("Специализация", ["Internal Medicine residency → Cardiology fellowship"]),
        ("Языки", ["узбекский (родной) / Uzbek, русский / Russian, английский / English, турецкий / Turkish"]),
        ("Виза", ["Требуется виза J-1 / J-1 required"]),
        ("Рекомендации", ["Prof. Ravshanbek D. Kurbanov — kurbanov.rd@cardiocenter.uz",
                          "Dr. Ashley Nguyen, MD — Houston Methodist — anguyen@houstonmethodist.org"]),
    ],
    truth=dict(full_name="Shakhzod Rustamovich Yuldashev", email="sh.yuldashev@inbox.uz", phone_e164="+998935172846",
               medical_school="Tashkent Medical Academy", medical_school_country="UZ",
               graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=237, usmle_step3=None,
               ecfmg_status="certified", specialties=["Cardiology", "Internal Medicine"],
               languages=["Uzbek", "Russian", "English", "Turkish"], visa_status="j1", publications=2,
               usce_entries=[
                   dict(type="observership", specialty="Cardiology", state="TX", start="2024-03", end="2024-05"),
                   dict(type="research", specialty="Cardiology", state="TX", start="2024-06", end="2024-12")]),
)

R[15] = dict(
    layout="reportlab_twocol", ext="pdf",
    title="Rohan Singh Gill",
    subtitle="MD, Poznan University of Medical Sciences · Psychiatry applicant",
    contacts=[("Email", "rohan.gill.md@gmail.com"), ("Phone", "+1 (647) 391-8820"), ("Based in", "Brampton, ON, Canada")],
    sections=[
        ("Education", [
            ("Oct 2017 – Jun 2023", "Doctor of Medicine (lekarz), 6-year English Programme",
             "Poznan University of Medical Sciences, Poznań, Poland"),
        ]),
        ("Examinations", ["USMLE Step 1 - Pass", "USMLE Step 2 CK - 258", "ECFMG certified (Dec 2023)",
                          "MCCQE Part I - Pass (Canada)", "NAC OSCE - 81"]),
        ("US Clinical Experience", [
            ("Jan 2025 – Mar 2025", "Hands-on clerkship, Psychiatry", "Erie County Medical Center, Buffalo, NY"),
            ("Apr 2025", "Observership, Consultation-Liaison Psychiatry", "NYU Langone / Bellevue Hospital, New York, NY"),
        ]),
        ("Canadian Experience", [
            ("Jul 2024 – Nov 2024", "Clinical observer, Psychiatry", "Centre for Addiction and Mental Health (CAMH), Toronto, ON"),
        ]),
        ("Publications", [
            "Gill RS, Nowak A. Depression screening in Polish medical students. Psychiatria Polska. 2022;56(5):1021-1033.",
            "Gill RS, et al. Ketamine for TRD: real-world data. Journal of Affective Disorders. 2024;350:112-119.",
            "Gill RS, et al. Cannabis-induced psychosis in Ontario. Canadian Journal of Psychiatry. 2025;70(2):95-103.",
        ]),
        ("Specialty", ["Psychiatry"]),
        ("Languages", ["English, Punjabi, Hindi, Polish (B1)"]),
        ("Visa", ["Canadian citizen — will require J-1"]),
        ("References", ["Dr. Agnieszka Nowak — PUMS Dept. of Psychiatry — anowak@ump.edu.pl",
                        "Dr. Daniel Okoro, MD — ECMC Psychiatry — dokoro@ecmc.edu, +1 716 898 3000"]),
    ],
    truth=dict(full_name="Rohan Singh Gill", email="rohan.gill.md@gmail.com", phone_e164="+16473918820",
               medical_school="Poznan University of Medical Sciences", medical_school_country="PL",
               graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=258, usmle_step3=None,
               ecfmg_status="certified", specialties=["Psychiatry"],
               languages=["English", "Punjabi", "Hindi", "Polish"], visa_status="j1", publications=3,
               usce_entries=[
                   dict(type="hands_on", specialty="Psychiatry", state="NY", start="2025-01", end="2025-03"),
                   dict(type="observership", specialty="Psychiatry", state="NY", start="2025-04", end="2025-04")]),
)

R[16] = dict(
    layout="lo_rtf_pdf", ext="pdf",
    native="Мария Георгиева Петрова",
    title="Maria Georgieva Petrova",
    subtitle="Pathologist, Sofia, Bulgaria",
    contacts=[("Email", "maria.g.petrova@abv.bg"), ("Tel", "+359 887 412 903"), ("Address", "bul. Vitosha 89, 1463 Sofia")],
    sections=[
        ("Education", [
            ("2012 – 2018", "Master's degree in Medicine (магистър по медицина)", "Medical University – Sofia, Faculty of Medicine, Bulgaria"),
            ("2019 – 2023", "Specialization (residency) in General and Clinical Pathology", "Alexandrovska University Hospital, Sofia"),
        ]),
        ("USMLE", ["Step 1: pass · Step 2 CK: 231 · ECFMG certified 2024"]),
        ("US Experience", [
            ("2025-02 – 2025-07", "Research fellow, Pathology (hematopathology)", "Vanderbilt University Medical Center, Nashville, TN"),
            ("2025-08", "Observership, Anatomic & Clinical Pathology", "Vanderbilt University Medical Center, Nashville, TN"),
        ]),
        ("Publications", [
            "Petrova MG, et al. CD30 expression in DLBCL. Virchows Archiv. 2022;481(3):401-409.",
            "Petrova MG, Dimitrov K. Frozen section accuracy in breast surgery. Folia Medica. 2021;63(5):700-706.",
            "Petrova MG, et al. Digital pathology in Bulgaria. Journal of Pathology Informatics. 2023;14:100321.",
            "Petrova MG, et al. Myeloid sarcoma case series. American Journal of Clinical Pathology. 2025;163(4):512-520.",
        ]),
        ("Interests", ["Pathology (hematopathology)"]),
        ("Languages", ["Bulgarian (native), English (C1), Russian (B2), German (A2)"]),
        ("References", ["Prof. Krasimir Dimitrov — MU-Sofia — k.dimitrov@medfac.mu-sofia.bg",
                        "Dr. Hannah Lee, MD — VUMC Pathology — hannah.lee@vumc.org"]),
    ],
    truth=dict(full_name="Maria Georgieva Petrova", email="maria.g.petrova@abv.bg", phone_e164="+359887412903",
               medical_school="Medical University – Sofia", medical_school_country="BG",
               graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=231, usmle_step3=None,
               ecfmg_status="certified", specialties=["Pathology"],
               languages=["Bulgarian", "English", "Russian", "German"], visa_status=None, publications=4,
               usce_entries=[
                   dict(type="research", specialty="Pathology", state="TN", start="2025-02", end="2025-07"),
                   dict(type="observership", specialty="Pathology", state="TN", start="2025-08", end="2025-08")]),
)

# ---------------- scans ----------------
R[17] = dict(
    layout="scan_pdf", ext="pdf", scan="pdf",
    native="Орлов Илья Дмитриевич",
    title="Ilya Dmitrievich Orlov",
    subtitle="Neurologist, Moscow",
    contacts=[("E-mail", "ilya.orlov.md@gmail.com"), ("Phone", "+7 903 771-20-58")],
    sections=[
        ("Education", [("09.2014 – 06.2020", "Diploma of Specialist (General Medicine)",
                        "I.M. Sechenov First Moscow State Medical University (Sechenov University), Russia"),
                       ("2020 – 2022", "Ordinatura, Neurology", "Sechenov University Clinic of Nervous Diseases")]),
        ("USMLE", ["Step 1: Pass; Step 2 CK: 249; ECFMG certified"]),
        ("US Clinical Experience", [("Jun 2023 – Jul 2023", "Observership, Neurology", "Brigham and Women's Hospital, Boston, MA")]),
        ("Publications", ["Orlov ID, et al. Post-stroke spasticity. Zhurnal Nevrologii i Psikhiatrii. 2022;122(3):40-46."]),
        ("Interests", ["Neurology"]),
        ("Languages", ["Russian (native), English (C1)"]),
        ("Visa", ["J-1 required"]),
    ],
    truth=dict(full_name="Ilya Dmitrievich Orlov", email="ilya.orlov.md@gmail.com", phone_e164="+79037712058",
               medical_school="I.M. Sechenov First Moscow State Medical University", medical_school_country="RU",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=249, usmle_step3=None,
               ecfmg_status="certified", specialties=["Neurology"], languages=["Russian", "English"],
               visa_status="j1", publications=1,
               usce_entries=[dict(type="observership", specialty="Neurology", state="MA", start="2023-06", end="2023-07")]),
)

R[18] = dict(
    layout="photo_png", ext="png", scan="png",
    title="Mohammed Faizan Shaikh",
    subtitle="MD (Kharkiv National Medical University)",
    contacts=[("Email", "faizan.shaikh.knmu@gmail.com"), ("Mobile", "+91 98201 44573"), ("City", "Mumbai, India")],
    sections=[
        ("Education", [("2017 – 2023", "Doctor of Medicine (MD), English medium", "Kharkiv National Medical University, Kharkiv, Ukraine")]),
        ("USMLE", ["Step 1: PASS", "Step 2 CK: not yet taken", "ECFMG: pending"]),
        ("US Clinical Experience", [("Feb 2026 – Apr 2026", "Hands-on externship, Emergency Medicine", "Mount Sinai Hospital, Chicago, IL")]),
        ("Interests", ["Emergency Medicine"]),
        ("Languages", ["English, Hindi, Urdu, Marathi, Russian"]),
        ("Visa", ["B1/B2"]),
    ],
    truth=dict(full_name="Mohammed Faizan Shaikh", email="faizan.shaikh.knmu@gmail.com", phone_e164="+919820144573",
               medical_school="Kharkiv National Medical University", medical_school_country="UA",
               graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="pending", specialties=["Emergency Medicine"],
               languages=["English", "Hindi", "Urdu", "Marathi", "Russian"], visa_status="b1b2", publications=0,
               usce_entries=[dict(type="hands_on", specialty="Emergency Medicine", state="IL", start="2026-02", end="2026-04")]),
)

R[19] = dict(
    layout="photo_jpg", ext="jpg", scan="jpg",
    title="Youssef Ashraf Mansour",
    subtitle="5th-year medical student, Grodno State Medical University",
    contacts=[("Email", "youssef.mansour.grsmu@gmail.com"), ("Phone", "+20 101 552 3874")],
    sections=[
        ("Education", [("09.2021 – 06.2027 (expected)", "General Medicine (English medium)",
                        "Grodno State Medical University, Grodno, Belarus")]),
        ("USMLE", ["Step 1: Pass (2025)"]),
        ("Clinical rotations", [("2024 – present", "Clerkships", "Grodno University Clinic")]),
        ("Interests", ["Internal Medicine"]),
        ("Languages", ["Arabic, English, Russian"]),
    ],
    truth=dict(full_name="Youssef Ashraf Mansour", email="youssef.mansour.grsmu@gmail.com", phone_e164="+201015523874",
               medical_school="Grodno State Medical University", medical_school_country="BY",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, specialties=["Internal Medicine"], languages=["Arabic", "English", "Russian"],
               visa_status=None, publications=0, usce_entries=[]),
)

R[20] = dict(
    layout="scan_pdf_2p", ext="pdf", scan="pdf2",
    title="Ioana Cristina Mureșan",
    subtitle="Medic rezident, Reumatologie · Cluj-Napoca",
    contacts=[("Email", "ioana.c.muresan@gmail.com"), ("Phone", "+40 745 310 228")],
    sections=[
        ("Education", [("2013 – 2019", "Doctor-medic, Medicine",
                        "\"Iuliu Hațieganu\" University of Medicine and Pharmacy, Cluj-Napoca, Romania")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 255", "ECFMG certified (2022)"]),
        ("US Clinical Experience", [
            ("Sept–Oct 2024", "Observership, Rheumatology", "Hospital for Special Surgery, New York, NY"),
            ("Nov 2024 – Jan 2025", "Hands-on rotation, Internal Medicine", "Jersey Shore University Medical Center, Neptune, NJ")]),
        ("Publications", ["Mureșan IC, et al. Lupus nephritis in NW Romania. Lupus. 2022;31(9):1101-1108.",
                          "Mureșan IC, et al. Ultrasound in early RA. Medical Ultrasonography. 2023;25(1):45-51."]),
        ("Interests", ["Rheumatology, Internal Medicine"]),
        ("Languages", ["Romanian, English, Hungarian, French"]),
        ("Visa", ["J-1"]),
    ],
    truth=dict(full_name="Ioana Cristina Mureșan", email="ioana.c.muresan@gmail.com", phone_e164="+40745310228",
               medical_school="Iuliu Hațieganu University of Medicine and Pharmacy", medical_school_country="RO",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=None,
               ecfmg_status="certified", specialties=["Rheumatology", "Internal Medicine"],
               languages=["Romanian", "English", "Hungarian", "French"], visa_status="j1", publications=2,
               usce_entries=[
                   dict(type="observership", specialty="Rheumatology", state="NY", start="2024-09", end="2024-10"),
                   dict(type="hands_on", specialty="Internal Medicine", state="NJ", start="2024-11", end="2025-01")]),
)

R[21] = dict(
    layout="scan_jpg", ext="jpg", scan="jpg2",
    title="Ahmad Yousef Haddad",
    subtitle="MD, Kazan State Medical University",
    contacts=[("Email", "ahmad.haddad.ksmu@gmail.com"), ("Phone", "+962 77 641 2290")],
    sections=[
        ("Education", [("2016 – 2022", "Doctor of Medicine (General Medicine, English medium)",
                        "Kazan State Medical University, Kazan, Russia")]),
        ("USMLE", ["Step 1 — Pass; Step 2 CK — 241; ECFMG certified"]),
        ("US Clinical Experience", [("Aug 2024", "Observership, Anesthesiology", "Cleveland Clinic, Cleveland, OH")]),
        ("Interests", ["Anesthesiology"]),
        ("Languages", ["Arabic, English, Russian"]),
        ("Visa", ["J-1 visa needed"]),
    ],
    truth=dict(full_name="Ahmad Yousef Haddad", email="ahmad.haddad.ksmu@gmail.com", phone_e164="+962776412290",
               medical_school="Kazan State Medical University", medical_school_country="RU",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None,
               ecfmg_status="certified", specialties=["Anesthesiology"], languages=["Arabic", "English", "Russian"],
               visa_status="j1", publications=0,
               usce_entries=[dict(type="observership", specialty="Anesthesiology", state="OH", start="2024-08", end="2024-08")]),
)

DAMAGED = {22: ("truncated_pdf", "pdf"), 23: ("encrypted_pdf", "pdf"), 24: ("random_bytes", "docx")}


def fname(n):
    if n in R:
        return "w69_%03d_%s.%s" % (n, R[n]["layout"], R[n]["ext"])
    lay, ext = DAMAGED[n]
    return "w69_%03d_%s.%s" % (n, lay, ext)


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
