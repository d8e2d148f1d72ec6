# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w107.
Each person: header (name lines, contact lines) + sections [(heading, [items])].
An item "DATE | TEXT" is split into a date column by table-style renderers.
Truth is written by hand from the content below (not parsed from output)."""

P = []

def add(**kw):
    P.append(kw)

# ---------------------------------------------------------------- 001
add(num=1, layout="docx_europass", ext="docx",
    name="Aleksandr Sergeyevich Volkov", orig="Волков Александр Сергеевич",
    contacts=["Moscow, Russian Federation", "Mobile: +7 (915) 482-17-39", "E-mail: a.volkov.md@gmail.com",
              "Date of birth: 14.02.1997 | Nationality: Russian"],
    sections=[
     ("Desired position / Желаемая должность", ["Internal Medicine residency (categorical), long-term interest in Cardiology"]),
     ("Work experience / Опыт работы", [
       "09.2022 – н.в. | Internal Medicine physician (врач-терапевт), City Clinical Hospital No. 52, Moscow, Russia. Inpatient ward of 30 beds, admissions, ECG/echo interpretation.",
       "03.2025 – 04.2025 | Clinical Observer, Section of Clinical Cardiology, Cleveland Clinic, Cleveland, Ohio, USA. Rounds with the heart failure team, case presentations.",
     ]),
     ("Education and training / Образование", [
       "09.2020 – 08.2022 | Clinical ordinatura (residency) in Internal Medicine / Ординатура по специальности «Терапия», Pirogov Russian National Research Medical University, Moscow",
       "09.2014 – 06.2020 | Specialist degree (Doctor of Medicine), General Medicine / Лечебное дело, Pirogov Russian National Research Medical University (RNRMU), Moscow, Russia. GPA 4.8/5",
       "2022 | Primary specialised accreditation (первичная специализированная аккредитация), Internal Medicine",
     ]),
     ("Examinations / Экзамены", [
       "USMLE Step 1 — PASS (May 2023)",
       "USMLE Step 2 CK — 246 (August 2024); UWSA2 practice 255",
       "ECFMG Certified (October 2024)",
       "Visa: will require J-1 (ECFMG sponsorship)",
     ]),
     ("Personal skills / Навыки", [
       "Mother tongue: Russian",
       "Other languages: English (C1, IELTS 7.5), German (B1)",
       "Digital: MS Office, SPSS, R (basic), EMIS/МИС",
     ]),
     ("Publications / Публикации", [
       "Volkov AS, Petrova IN. Predictors of readmission in decompensated heart failure. Kardiologiia. 2023;63(4):45-52.",
       "Volkov AS et al. Atrial fibrillation burden in elderly inpatients. Russ J Cardiol. 2024;29(2):5511.",
       "Orlov DV, Volkov AS. SGLT2 inhibitors in real-world practice. Ter Arkh. 2025;97(1):30-36.",
       "Conference abstracts (not peer-reviewed): ESC Congress 2024 (poster); Russian National Congress of Cardiology 2023 (oral).",
     ]),
     ("References / Рекомендатели", [
       "Prof. Igor N. Ivanov, Head of Department of Hospital Therapy, RNRMU — +7 (495) 555-12-34, i.ivanov@rsmu-example.ru",
     ]),
    ],
    truth=dict(full_name="Aleksandr Sergeyevich Volkov", email="a.volkov.md@gmail.com", phone_e164="+79154821739",
        medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU",
        graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=246, usmle_step3=None,
        ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Cardiology"],
        languages=["Russian", "English", "German"], publications=3,
        usce_entries=[dict(type="observership", specialty="Cardiology", state="OH", start="2025-03", end="2025-04")]))

# ---------------------------------------------------------------- 002
add(num=2, layout="lo_europass_pdf", ext="pdf",
    name="Olena Kovalenko", orig="Олена Миколаївна Коваленко (passport: Olena Kovalenko; also Elena Kovalenko)",
    contacts=["Brooklyn, NY 11229, USA", "+380 67 234 5678 (WhatsApp/Viber)", "olena.kovalenko.md@ukr.net",
              "Immigration status: U.S. Permanent Resident (Green Card holder)"],
    sections=[
     ("Personal statement", ["Ukrainian-trained obstetrician-gynecologist seeking an Obstetrics and Gynecology residency position in the United States."]),
     ("Education / Освіта", [
       "09.2013 – 06.2019 | Bogomolets National Medical University, Kyiv, Ukraine — Master's degree, General Medicine (Лікувальна справа), Physician (лікар)",
       "08.2019 – 06.2021 | Internatura (internship) in Obstetrics & Gynecology, Kyiv City Maternity Hospital No. 5, Ukraine",
     ]),
     ("Clinical experience", [
       "07.2021 – 02.2022 | Obstetrician-gynecologist, Kyiv Perinatal Centre, Ukraine",
       "01/2025 – 03/2025 | Clinical Externship (hands-on), Obstetrics & Gynecology, Jackson Memorial Hospital, Miami, FL",
       "02/2025 – 04/2025 | Observership, Obstetrics and Gynecology, NYU Langone Health, New York, NY",
       "2023 – 2024 | Medical interpreter (Ukrainian/Russian), Maimonides Medical Center, Brooklyn, NY",
     ]),
     ("USMLE / ECFMG", [
       "Step 1: Pass (2023)", "Step 2 CK: 238 (2024)", "ECFMG certificate issued 11/2024",
     ]),
     ("Publications", [
       "Kovalenko O, Shevchenko T. Preterm birth in wartime Kyiv: a cohort study. Int J Gynaecol Obstet. 2023;162(3):901-907.",
       "Kovalenko O et al. Outcomes of trial of labor after cesarean in Ukraine. Reprod Health. 2024;21:88.",
     ]),
     ("Languages", ["Ukrainian (native), Russian (fluent), English (C1), Polish (B1)"]),
    ],
    truth=dict(full_name="Olena Kovalenko", email="olena.kovalenko.md@ukr.net", phone_e164="+380672345678",
        medical_school="Bogomolets National Medical University", medical_school_country="UA",
        graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None,
        ecfmg_status="certified", visa_status="green_card", specialties=["Obstetrics and Gynecology"],
        languages=["Ukrainian", "Russian", "English", "Polish"], publications=2,
        usce_entries=[dict(type="hands_on", specialty="Obstetrics and Gynecology", state="FL", start="2025-01", end="2025-03"),
                      dict(type="observership", specialty="Obstetrics and Gynecology", state="NY", start="2025-02", end="2025-04")]))

# ---------------------------------------------------------------- 003 (hh.ru-style)
add(num=3, layout="chromium_hhru_export", ext="pdf",
    name="Dmitry Sokolov", orig="Соколов Дмитрий Андреевич",
    contacts=["Мужчина, 29 лет, родился 3 марта 1997", "8 (926) 318 22 07 — предпочитаемый способ связи", "dm.sokolov@yandex.ru",
              "Проживает: Москва, м. Университет", "Гражданство: Россия"],
    sections=[
     ("Желаемая должность и зарплата", ["Врач-невролог / Neurology resident (USA)", "Специализации: Невролог", "Занятость: полная занятость"]),
     ("Опыт работы — 3 года 3 месяца", [
       "Сентябрь 2023 — по настоящее время | ГБУЗ «Городская клиническая больница им. С.П. Боткина ДЗМ», Москва. Врач-невролог, неврологическое отделение для больных с ОНМК.",
       "Июль 2025 — Август 2025 | Mayo Clinic, Rochester, Minnesota, USA. Observership, Department of Neurology (стажировка-наблюдение, Observer).",
     ]),
     ("Образование — Высшее", [
       "2023 | Первый МГМУ им. И.М. Сеченова (Сеченовский Университет), Ординатура, Неврология",
       "2021 | Первый Московский государственный медицинский университет им. И.М. Сеченова (Sechenov University), Лечебное дело, специалитет",
     ]),
     ("Тесты, экзамены", [
       "2024 | USMLE Step 1 (ECFMG) — Pass",
       "2027 | USMLE Step 2 CK — запланирован на 02.2027; заявка на сертификацию ECFMG в процессе (pending)",
       "2023 | Первичная специализированная аккредитация — Неврология",
     ]),
     ("Публикации", [
       "Статей в рецензируемых журналах: 4, тезисов: 2.",
       "1. Соколов Д.А. и др. Тромболизис у пациентов старше 80 лет. Журнал неврологии и психиатрии им. С.С. Корсакова. 2022;122(12):41-47.",
       "2. Sokolov DA, Ivanova EA. Post-stroke depression screening. Neurology Research International. 2023;2023:771203.",
       "3. Соколов Д.А. Мигрень с аурой и открытое овальное окно. Неврологический журнал. 2024;29(1):12-18.",
       "4. Sokolov D, et al. Tenecteplase vs alteplase in Moscow stroke centres. J Stroke Cerebrovasc Dis. 2025;34(3):108201.",
       "Тезисы: ESOC 2024 (постер); Конгресс неврологов России 2023.",
     ]),
     ("Знание языков", ["Русский — Родной", "Английский — C1 — Продвинутый", "Немецкий — B1 — Средний"]),
     ("Обо мне", ["Цель — резидентура по неврологии в США. Hard skills: неврологический осмотр, NIHSS, EEG, тромболизис."]),
    ],
    truth=dict(full_name="Dmitry Sokolov", email="dm.sokolov@yandex.ru", phone_e164="+79263182207",
        medical_school="Sechenov First Moscow State Medical University", medical_school_country="RU",
        graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
        ecfmg_status="pending", visa_status=None, specialties=["Neurology"],
        languages=["Russian", "English", "German"], publications=4,
        usce_entries=[dict(type="observership", specialty="Neurology", state="MN", start="2025-07", end="2025-08")]))

# ---------------------------------------------------------------- 004 (LinkedIn-style export)
add(num=4, layout="chromium_linkedin_export", ext="pdf",
    name="Nino Beridze, MD", orig="ნინო ბერიძე",
    contacts=["Contact", "nino.beridze.md@gmail.com", "+995 599 12 34 56 (Mobile)", "www.linkedin.com/in/nino-beridze-md (LinkedIn)",
              "Baltimore, Maryland, United States"],
    sections=[
     ("Summary", ["Research Fellow in Gastroenterology & Hepatology. Georgian physician applying for Internal Medicine residency with a goal of Gastroenterology fellowship. J-1 Research Scholar (Exchange Visitor)."]),
     ("Top Skills", ["Clinical Research", "REDCap", "Endoscopy Outcomes Research"]),
     ("Languages", ["Georgian (Native or Bilingual)", "English (Full Professional)", "Russian (Professional Working)"]),
     ("Experience", [
       "January 2024 - Present (2 years 11 months) | Johns Hopkins Medicine — Postdoctoral Research Fellow, Division of Gastroenterology and Hepatology. Baltimore, Maryland",
       "June 2023 - July 2023 (2 months) | Brigham and Women's Hospital — Clinical Observer, Internal Medicine. Boston, Massachusetts",
       "September 2022 - December 2023 (1 year 4 months) | Tbilisi Central Hospital — Junior Doctor, Internal Medicine. Tbilisi, Georgia",
     ]),
     ("Education", [
       "2016 - 2022 | Tbilisi State Medical University — Doctor of Medicine - MD, Medicine",
       "2004 - 2016 | Tbilisi Public School No. 51",
     ]),
     ("Licenses & Certifications", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 251", "ECFMG Certification — Certified (Issued Mar 2024)"]),
     ("Publications", [
       "Beridze N, et al. Vedolizumab persistence in ulcerative colitis. Am J Gastroenterol. 2024;119(8):1602-1610.",
       "Beridze N, Lee K. Cirrhosis readmissions after TIPS. Hepatology Communications. 2025;9(2):e0611.",
       "Beridze N, et al. Bowel prep quality and adenoma detection. Gastrointest Endosc. 2025;101(4):812-819.",
       "Beridze N, et al. AI-assisted colonoscopy in community settings. (submitted, 2026)",
       "Beridze N. Hepatitis C elimination in Georgia. DDW 2025 abstract Su1234.",
     ]),
    ],
    truth=dict(full_name="Nino Beridze", email="nino.beridze.md@gmail.com", phone_e164="+995599123456",
        medical_school="Tbilisi State Medical University", medical_school_country="GE",
        graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=251, usmle_step3=None,
        ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Gastroenterology"],
        languages=["Georgian", "English", "Russian"], publications=3,
        usce_entries=[dict(type="research", specialty="Gastroenterology", state="MD", start="2024-01", end="2026-12"),
                      dict(type="observership", specialty="Internal Medicine", state="MA", start="2023-06", end="2023-07")]))

# ---------------------------------------------------------------- 005 reportlab two-column
add(num=5, layout="reportlab_twocol", ext="pdf",
    name="Armen Hovhannisyan", orig="Արմեն Հովհաննիսյան",
    contacts=["Yerevan, Armenia", "+374 91 234567", "armen.hovhannisyan.md@gmail.com", "Born 1996"],
    sections=[
     ("Objective", ["General Surgery residency (H-1B visa sponsorship required)."]),
     ("Education", [
       "2015 – 2021 | Yerevan State Medical University after Mkhitar Heratsi, Yerevan, Armenia — Doctor of Medicine (MD), General Medicine",
       "2021 – 2024 | Clinical ordinatura (residency), General Surgery, Heratsi Hospital Complex No. 1, Yerevan",
     ]),
     ("US Clinical Experience", [
       "Sep – Oct 2024 | Observership, General Surgery (Trauma service), Ryder Trauma Center, Jackson Health System, Miami, FL",
       "4 weeks, starting 2 June 2025 | Clinical Externship (hands-on), General Surgery, John H. Stroger Jr. Hospital of Cook County, Chicago, IL",
     ]),
     ("Work", ["10/2024 – present | Surgeon, Erebouni Medical Center, Yerevan (part-time)"]),
     ("Examinations", ["USMLE Step 1: 232", "USMLE Step 2 CK: 240", "USMLE Step 3: 225", "ECFMG: Certified (2023)"]),
     ("Research", ["Hovhannisyan A, et al. Laparoscopic vs open appendectomy in Armenian district hospitals. Int J Surg Open. 2023;55:100622.",
                   "Poster: Clinical Congress of the American College of Surgeons 2024 (abstract)."]),
     ("Languages", ["Armenian — native", "Russian — fluent", "English — fluent"]),
     ("Referee", ["Dr. Karen Sargsyan, Chief of Surgery, Heratsi No. 1 — +374 10 582 311 — k.sargsyan@heratsi-example.am"]),
    ],
    truth=dict(full_name="Armen Hovhannisyan", email="armen.hovhannisyan.md@gmail.com", phone_e164="+37491234567",
        medical_school="Yerevan State Medical University after Mkhitar Heratsi", medical_school_country="AM",
        graduation_year=2021, is_student=False, usmle_step1=232, usmle_step2ck=240, usmle_step3=225,
        ecfmg_status="certified", visa_status="h1b", specialties=["General Surgery"],
        languages=["Armenian", "Russian", "English"], publications=1,
        usce_entries=[dict(type="observership", specialty="General Surgery", state="FL", start="2024-09", end="2024-10"),
                      dict(type="hands_on", specialty="General Surgery", state="IL", start="2025-06", end="2025-06")]))

# ---------------------------------------------------------------- 006 fpdf2 DejaVu bilingual
add(num=6, layout="fpdf_dejavu_bilingual", ext="pdf",
    name="Yauheniya Karpovich", orig="Яўгенія Мікалаеўна Карповіч / Евгения Николаевна Карпович (Evgeniya Karpovich)",
    contacts=["Тел. / Phone: +375 29 612-34-58", "Эл. почта / E-mail: e.karpovich.ped@gmail.com", "Минск, Беларусь / Minsk, Belarus"],
    sections=[
     ("Цель / Objective", ["Резидентура по педиатрии в США / Pediatrics residency in the USA"]),
     ("Образование / Education", [
       "2012–2018 | Белорусский государственный медицинский университет, лечебное дело / Belarusian State Medical University, General Medicine (Physician)",
       "2018–2019 | Интернатура по педиатрии, 3-я городская детская клиническая больница, Минск / Internship in Pediatrics",
     ]),
     ("Опыт работы / Work experience", [
       "08.2019–06.2024 | Врач-педиатр участковый, 19-я городская детская поликлиника, Минск / District Pediatrician",
       "09.2024–10.2024 | Observership, Pediatrics, Children's Hospital of Philadelphia, Philadelphia, PA, USA",
       "01.2025–02.2025 | Telehealth observership (virtual), Pediatrics, University of Miami Miller School of Medicine, FL, USA",
     ]),
     ("Экзамены / Examinations", ["USMLE Step 1 — Pass; USMLE Step 2 CK — 229", "Сертификат ECFMG получен / ECFMG certified (2024)",
                                   "Виза / Visa: B1/B2 (действительна до 2028 / valid until 2028)"]),
     ("Научная деятельность / Research", ["Тезисы (2): Конгресс педиатров Беларуси 2021, 2023 (abstracts only). Peer-reviewed articles: none yet."]),
     ("Языки / Languages", ["Белорусский, русский — родные / Belarusian, Russian — native", "Английский — C1 / English — C1", "Польский — B2 / Polish — B2"]),
    ],
    truth=dict(full_name="Yauheniya Karpovich", email="e.karpovich.ped@gmail.com", phone_e164="+375296123458",
        medical_school="Belarusian State Medical University", medical_school_country="BY",
        graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=229, usmle_step3=None,
        ecfmg_status="certified", visa_status="b1b2", specialties=["Pediatrics"],
        languages=["Belarusian", "Russian", "English", "Polish"], publications=0,
        usce_entries=[dict(type="observership", specialty="Pediatrics", state="PA", start="2024-09", end="2024-10"),
                      dict(type="telehealth", specialty="Pediatrics", state="FL", start="2025-01", end="2025-02")]))

# ---------------------------------------------------------------- 007 plain text
add(num=7, layout="plain_text", ext="txt",
    name="Jasur Karimov", orig="Жасур Рустамович Каримов (Jasur Rustamovich Karimov / Zhasur Karimov)",
    contacts=["Tashkent, Uzbekistan | +998 90 123 45 67 | jasur.karimov.md@mail.ru"],
    sections=[
     ("OBJECTIVE", ["Internal Medicine residency; career goal: Nephrology."]),
     ("EDUCATION", [
       "2014-09 – 2020-06 | Tashkent Medical Academy, Tashkent, Uzbekistan. Doctor of Medicine (General Medicine / Лечебное дело)",
       "2020-09 – 2022-06 | Clinical ordinatura (Master's residency), Internal Medicine, Tashkent Medical Academy",
     ]),
     ("US EXPERIENCE", [
       "2024-03 – 2024-08 | Research Volunteer, Division of Nephrology, University of Michigan, Ann Arbor, MI",
       "2024-09 – 2024-10 | Observership, Internal Medicine, Henry Ford Hospital, Detroit, MI",
     ]),
     ("OTHER EXPERIENCE", [
       "2022–н.в. | Nephrologist (part-time, remote consultations), Republican Specialized Scientific-Practical Medical Center of Nephrology, Tashkent",
       "2023-01 – 2024-02 | Medical interpreter (Uzbek/Russian), Detroit, MI (not clinical training)",
     ]),
     ("EXAMS", ["USMLE Step 1 ....... PASS", "USMLE Step 2 CK .... 244", "ECFMG .............. Certified"]),
     ("PUBLICATIONS", ["1) Karimov J, et al. CKD prevalence in rural Uzbekistan. BMC Nephrol. 2023;24:310.",
                       "2) Karimov J, Smith R. Hyperkalemia management in AKI. Kidney Med. 2025;7(1):100912.",
                       "Posters: ASN Kidney Week 2024."]),
     ("LANGUAGES", ["Uzbek (native), Russian (fluent), English (advanced), Turkish (intermediate)"]),
    ],
    truth=dict(full_name="Jasur Karimov", email="jasur.karimov.md@mail.ru", phone_e164="+998901234567",
        medical_school="Tashkent Medical Academy", medical_school_country="UZ",
        graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None,
        ecfmg_status="certified", visa_status=None, specialties=["Internal Medicine", "Nephrology"],
        languages=["Uzbek", "Russian", "English", "Turkish"], publications=2,
        usce_entries=[dict(type="research", specialty="Nephrology", state="MI", start="2024-03", end="2024-08"),
                      dict(type="observership", specialty="Internal Medicine", state="MI", start="2024-09", end="2024-10")]))

# ---------------------------------------------------------------- 008 ODT (odfpy)
add(num=8, layout="odt_odfpy", ext="odt",
    name="Aigerim Nurlanova", orig="Айгерім Серікқызы Нұрланова (Aigerim Serikkyzy Nurlanova)",
    contacts=["Astana, Kazakhstan", "Phone: +7 (701) 555 23 41", "Email: aigerim.nurlanova@inbox.kz"],
    sections=[
     ("Objective", ["Family Medicine residency with interest in Geriatrics."]),
     ("Education", [
       "2015 – 2021 | Astana Medical University, Astana, Kazakhstan — General Medicine (Жалпы медицина), Physician",
       "2021 – 2022 | Internatura, General Practice (Family Medicine), Astana City Polyclinic No. 4",
     ]),
     ("Experience", [
       "2022 – 2024 | General practitioner, City Polyclinic No. 4, Astana",
       "June–August 2024 | Hands-on clinical rotation, Family Medicine, Houston Methodist Primary Care, Houston, TX",
     ]),
     ("USMLE & Certification", ["USMLE Step 1 — Pass (2023)", "USMLE Step 2 CK — not yet taken; NBME 13: 231", "ECFMG certification: pending"]),
     ("Visa", ["J-1 visa required"]),
     ("Publications", ["Nurlanova A, et al. Polypharmacy in older adults in Astana primary care. Aging Clin Exp Res. 2024;36:77."]),
     ("Languages", ["Kazakh, Russian, English"]),
    ],
    truth=dict(full_name="Aigerim Nurlanova", email="aigerim.nurlanova@inbox.kz", phone_e164="+77015552341",
        medical_school="Astana Medical University", medical_school_country="KZ",
        graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
        ecfmg_status="pending", visa_status="j1", specialties=["Family Medicine", "Geriatrics"],
        languages=["Kazakh", "Russian", "English"], publications=1,
        usce_entries=[dict(type="hands_on", specialty="Family Medicine", state="TX", start="2024-06", end="2024-08")]))

# ---------------------------------------------------------------- 009 RTF
add(num=9, layout="rtf_plain", ext="rtf",
    name="Ion Ciobanu", orig="Ион Чобану",
    contacts=["Chișinău, Republic of Moldova", "Tel: +373 69 123 456", "ion.ciobanu.cardio@gmail.com", "Citizenship: Moldova, Romania (EU)"],
    sections=[
     ("Education", [
       "2013 – 2019 | Nicolae Testemițanu State University of Medicine and Pharmacy, Chișinău, Moldova — Doctor of Medicine (Medicină generală)",
       "2019 – 2023 | Rezidențiat (residency), Cardiology, Institute of Cardiology, Chișinău",
     ]),
     ("Clinical experience", [
       "2023 – present | Cardiologist, Institute of Cardiology, Chișinău",
       "15/03/2025 – 15/05/2025 | Observership, Cardiology, Massachusetts General Hospital, Boston, MA",
     ]),
     ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 235", "ECFMG: certified"]),
     ("Interests", ["Cardiology; Internal Medicine residency as the first step"]),
     ("Publications", ["Ciobanu I, et al. Heart failure registry of Moldova. Rev Port Cardiol. 2022;41(6):455-462.",
                       "Ciobanu I, Rusu V. Statin adherence after ACS. Medicina (Kaunas). 2024;60(2):245."]),
     ("Languages", ["Romanian (native), Russian (fluent), English (C1), French (B2)"]),
    ],
    truth=dict(full_name="Ion Ciobanu", email="ion.ciobanu.cardio@gmail.com", phone_e164="+37369123456",
        medical_school="Nicolae Testemițanu State University of Medicine and Pharmacy", medical_school_country="MD",
        graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=235, usmle_step3=None,
        ecfmg_status="certified", visa_status=None, specialties=["Cardiology", "Internal Medicine"],
        languages=["Romanian", "Russian", "English", "French"], publications=2,
        usce_entries=[dict(type="observership", specialty="Cardiology", state="MA", start="2025-03", end="2025-05")]))

# ---------------------------------------------------------------- 010 docx footer contacts
add(num=10, layout="docx_footer_contacts", ext="docx",
    name="Katarzyna Wiśniewska", orig="lek. Katarzyna Wiśniewska",
    contacts=["Katarzyna Wiśniewska · +48 601 234 567 · k.wisniewska.md@gmail.com · Warszawa, Polska"],
    sections=[
     ("Profile", ["Polish physician (lekarz) pursuing Emergency Medicine; also interested in Anesthesiology. J-1 sponsorship needed."]),
     ("Education", [
       "10.2016 – 06.2022 | Medical University of Warsaw (Warszawski Uniwersytet Medyczny), Poland — lekarz (MD equivalent), Faculty of Medicine",
       "10.2022 – 09.2023 | Staż podyplomowy (postgraduate internship), Szpital Bielański, Warszawa",
       "2023 | LEK (Lekarski Egzamin Końcowy) — 172/200",
     ]),
     ("Clinical experience", [
       "March–April 2022 | Visiting Student Elective (hands-on), Emergency Medicine, University of Chicago Medicine, Chicago, IL",
       "2024-10 – 2024-11 | Observership, Anesthesiology, Ronald Reagan UCLA Medical Center, Los Angeles, CA",
       "10.2023 – present | Emergency physician (SOR), Szpital Praski, Warszawa",
     ]),
     ("USMLE", ["Step 1: Pass", "Step 2 CK: 258", "ECFMG certified (2024)"]),
     ("Publications", ["Wiśniewska K, et al. Time-to-antibiotics in sepsis in Polish EDs. Emerg Med J. 2023;40:512-518.",
                       "Wiśniewska K, Nowak P. Point-of-care ultrasound training for interns. Anaesthesiol Intensive Ther. 2024;56(1):34-40.",
                       "Nowak P, Wiśniewska K. Pediatric trauma in Masovia. Pol J Emerg Med. 2025;3(2):61-67."]),
     ("Languages", ["Polish (native), English (C2), German (B2), Spanish (A2)"]),
    ],
    truth=dict(full_name="Katarzyna Wiśniewska", email="k.wisniewska.md@gmail.com", phone_e164="+48601234567",
        medical_school="Medical University of Warsaw", medical_school_country="PL",
        graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=258, usmle_step3=None,
        ecfmg_status="certified", visa_status="j1", specialties=["Emergency Medicine", "Anesthesiology"],
        languages=["Polish", "English", "German", "Spanish"], publications=3,
        usce_entries=[dict(type="hands_on", specialty="Emergency Medicine", state="IL", start="2022-03", end="2022-04"),
                      dict(type="observership", specialty="Anesthesiology", state="CA", start="2024-10", end="2024-11")]))

# ---------------------------------------------------------------- 011 chromium sidebar
add(num=11, layout="chromium_sidebar", ext="pdf",
    name="Andrei-Mihai Popescu", orig="",
    contacts=["+40 722 345 678", "andrei.popescu.rad@yahoo.com", "București, România"],
    sections=[
     ("Profile", ["Radiology resident (medic rezident) in Bucharest applying for Diagnostic Radiology positions in the US."]),
     ("Education", [
       "2014 – 2020 | Carol Davila University of Medicine and Pharmacy, Bucharest, Romania — Doctor-medic (MD)",
       "01/2021 – present | Rezidențiat, Radiology and Medical Imaging, Fundeni Clinical Institute, Bucharest",
     ]),
     ("US Experience", [
       "07/2023 – 09/2023 | Research elective, Radiology (neuroradiology), Stanford University School of Medicine, Stanford, CA",
       "05/2024 – 06/2024 | Observership, Radiology, Hospital of the University of Pennsylvania, Philadelphia, PA",
     ]),
     ("USMLE", ["Step 1: PASS", "Step 2 CK: 247", "ECFMG: certified"]),
     ("Publications", [
       "Popescu AM, et al. MRI perfusion in glioma grading. Eur Radiol. 2022;32:7011-7020.",
       "Popescu AM, et al. Deep learning for ICH detection. AJNR Am J Neuroradiol. 2024;45(3):301-307.",
       "Ionescu R, Popescu AM. CT radiation dose audit in Romania. Insights Imaging. 2023;14:90.",
       "Popescu AM, et al. Diffusion tensor imaging in MS. Neuroradiology. 2025;67:455-463.",
     ]),
     ("Languages", ["Romanian", "English", "French", "Italian"]),
    ],
    truth=dict(full_name="Andrei-Mihai Popescu", email="andrei.popescu.rad@yahoo.com", phone_e164="+40722345678",
        medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO",
        graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None,
        ecfmg_status="certified", visa_status=None, specialties=["Radiology"],
        languages=["Romanian", "English", "French", "Italian"], publications=4,
        usce_entries=[dict(type="research", specialty="Radiology", state="CA", start="2023-07", end="2023-09"),
                      dict(type="observership", specialty="Radiology", state="PA", start="2024-05", end="2024-06")]))

# ---------------------------------------------------------------- 012 LibreOffice ODT -> PDF
add(num=12, layout="lo_odt_pdf", ext="pdf",
    name="Leyla Məmmədova", orig="Лейла Мамедова (Leyla Mammadova)",
    contacts=["Jersey City, NJ", "+994 50 234 56 78", "leyla.mammadova.psy@gmail.com", "U.S. permanent resident (green card)"],
    sections=[
     ("Career goal", ["Psychiatry residency."]),
     ("Education", [
       "2012 – 2018 | Azerbaijan Medical University, Baku, Azerbaijan — Medical Doctor (Müalicə işi / General Medicine)",
       "2018 – 2021 | Residency (rezidentura), Psychiatry, Republican Psychiatric Hospital No. 1, Baku",
     ]),
     ("U.S. Clinical & Research", [
       "Oct 2024 – present | Research Assistant, Department of Psychiatry, Rutgers New Jersey Medical School, Newark, NJ",
       "Jan 2025 – Mar 2025 | Hands-on Externship, Psychiatry, Bergen New Bridge Medical Center, Paramus, NJ",
     ]),
     ("Exams", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 233", "USMLE Step 3 — 218", "ECFMG Certified"]),
     ("Publications", ["Mammadova L, et al. Depression after the 2020 conflict in Azerbaijani veterans. BMC Psychiatry. 2023;23:644."]),
     ("Languages", ["Azerbaijani, Russian, Turkish, English"]),
    ],
    truth=dict(full_name="Leyla Məmmədova", email="leyla.mammadova.psy@gmail.com", phone_e164="+994502345678",
        medical_school="Azerbaijan Medical University", medical_school_country="AZ",
        graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=218,
        ecfmg_status="certified", visa_status="green_card", specialties=["Psychiatry"],
        languages=["Azerbaijani", "Russian", "Turkish", "English"], publications=1,
        usce_entries=[dict(type="research", specialty="Psychiatry", state="NJ", start="2024-10", end="2026-12"),
                      dict(type="hands_on", specialty="Psychiatry", state="NJ", start="2025-01", end="2025-03")]))

# ---------------------------------------------------------------- 013 fpdf2 Georgian font
add(num=13, layout="fpdf_georgian", ext="pdf",
    name="Giorgi Kapanadze", orig="გიორგი კაპანაძე",
    contacts=["Tbilisi, Georgia · +995 555 98 76 54 · g.kapanadze@outlook.com"],
    sections=[
     ("Interest", ["Emergency Medicine"]),
     ("Education", ["2017 – 2023 | David Tvildiani Medical University (AIETI), Tbilisi, Georgia — MD"]),
     ("Clinical Experience", [
       "08.2025 – 09.2025 | Observership, Emergency Medicine, Lincoln Medical Center, Bronx, NY",
       "2022 | Elective, Emergency Department, Charité – Universitätsmedizin Berlin, Germany",
       "2023 – present | Emergency physician, Tbilisi Central Hospital",
     ]),
     ("Exams", ["USMLE Step 1: Pass (2024)", "USMLE Step 2 CK: scheduled February 2027 (NBME 12 practice: 240)"]),
     ("Languages", ["Georgian (ქართული), Russian, English"]),
    ],
    truth=dict(full_name="Giorgi Kapanadze", email="g.kapanadze@outlook.com", phone_e164="+995555987654",
        medical_school="David Tvildiani Medical University", medical_school_country="GE",
        graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
        ecfmg_status=None, visa_status=None, specialties=["Emergency Medicine"],
        languages=["Georgian", "Russian", "English"], publications=0,
        usce_entries=[dict(type="observership", specialty="Emergency Medicine", state="NY", start="2025-08", end="2025-09")]))

# ---------------------------------------------------------------- 014 docx tables + header
add(num=14, layout="docx_tables_header", ext="docx",
    name="Aibek Toktogulov", orig="Айбек Асанович Токтогулов",
    contacts=["Bishkek, Kyrgyz Republic", "+996 555 123 456", "aibek.toktogulov@gmail.com"],
    sections=[
     ("Objective", ["Internal Medicine residency; interest in Infectious Disease. J-1 visa."]),
     ("Education", [
       "2016 – 2022 | Kyrgyz State Medical Academy named after I.K. Akhunbaev, Bishkek — General Medicine (Лечебное дело), Physician",
       "2022 – 2024 | Clinical ordinatura, Internal Medicine, National Hospital, Bishkek",
     ]),
     ("Clinical Experience", [
       "02.06.2025 – 27.06.2025 | Observership, Infectious Disease, Houston Methodist Hospital, Houston, TX",
       "11.2025 – 12.2025 | Telemedicine observership, Internal Medicine, Mount Sinai Morningside, New York, NY (virtual)",
       "2024 – н.в. | Infectious disease physician, Republican Clinical Infectious Diseases Hospital, Bishkek",
     ]),
     ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 226", "ECFMG: certified (2025)"]),
     ("Publications", ["Toktogulov A, et al. Brucellosis in southern Kyrgyzstan. Int J Infect Dis. 2024;140:55-60."]),
     ("Languages", ["Kyrgyz, Russian, English"]),
    ],
    truth=dict(full_name="Aibek Toktogulov", email="aibek.toktogulov@gmail.com", phone_e164="+996555123456",
        medical_school="Kyrgyz State Medical Academy named after I.K. Akhunbaev", medical_school_country="KG",
        graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=226, usmle_step3=None,
        ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Infectious Disease"],
        languages=["Kyrgyz", "Russian", "English"], publications=1,
        usce_entries=[dict(type="observership", specialty="Infectious Disease", state="TX", start="2025-06", end="2025-06"),
                      dict(type="telehealth", specialty="Internal Medicine", state="NY", start="2025-11", end="2025-12")]))

# ---------------------------------------------------------------- 015 reportlab roman-numeral months
add(num=15, layout="reportlab_roman_months", ext="pdf",
    name="Ekaterina Morozova", orig="Екатерина Владимировна Морозова (Yekaterina Vladimirovna Morozova)",
    contacts=["Pittsburgh, PA, USA", "+7 (917) 264-83-91", "e.morozova.icu@yandex.ru"],
    sections=[
     ("Objective", ["Anesthesiology residency; later Pulmonary and Critical Care fellowship."]),
     ("Education", [
       "IX.2012 – VI.2018 | Kazan State Medical University, Kazan, Russia — Specialist (MD), General Medicine (Лечебное дело)",
       "IX.2018 – VIII.2020 | Clinical ordinatura, Anesthesiology and Intensive Care, Kazan State Medical University",
     ]),
     ("Professional experience", [
       "IX.2020 – VI.2024 | Anesthesiologist-intensivist, Republican Clinical Hospital, Kazan",
       "IX.2024 – present | Research Fellow, Department of Anesthesiology and Perioperative Medicine, University of Pittsburgh, Pittsburgh, PA",
       "III.2025 – IV.2025 | Observership, Critical Care Medicine (MICU), UPMC Presbyterian, Pittsburgh, PA",
     ]),
     ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 241", "ECFMG certified"]),
     ("Publications", ["Morozova EV, et al. Prone positioning in COVID-19 ARDS. Anesteziol Reanimatol. 2021;(3):22-29.",
                       "Morozova E, et al. Postoperative delirium after cardiac surgery. Br J Anaesth. 2025;134(2):401-409."]),
     ("Languages", ["Russian, Tatar, English"]),
    ],
    truth=dict(full_name="Ekaterina Morozova", email="e.morozova.icu@yandex.ru", phone_e164="+79172648391",
        medical_school="Kazan State Medical University", medical_school_country="RU",
        graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None,
        ecfmg_status="certified", visa_status=None, specialties=["Anesthesiology", "Pulmonology/Critical Care"],
        languages=["Russian", "Tatar", "English"], publications=2,
        usce_entries=[dict(type="research", specialty="Anesthesiology", state="PA", start="2024-09", end="2026-12"),
                      dict(type="observership", specialty="Pulmonology/Critical Care", state="PA", start="2025-03", end="2025-04")]))

# ---------------------------------------------------------------- 016 python-docx -> LibreOffice PDF, header contacts
add(num=16, layout="docx_header_lo_pdf", ext="pdf",
    name="Andrii Melnyk", orig="Андрій Петрович Мельник (Andriy Petrovych Melnyk)",
    contacts=["Newark, NJ", "+380 (50) 987-65-43", "andrii.melnyk.surg@gmail.com", "Status: Uniting for Ukraine humanitarian parole, EAD"],
    sections=[
     ("Goal", ["General Surgery residency (categorical)."]),
     ("Education", [
       "2010 – 2016 | Kharkiv National Medical University, Kharkiv, Ukraine — Physician, General Medicine",
       "2016 – 2018 | Internatura, Surgery, Kharkiv Regional Clinical Hospital",
     ]),
     ("Experience", [
       "2018 – 2022 | General surgeon, Lviv Emergency Hospital, Ukraine",
       "10.2023 – 09.2025 | Surgical Research Fellow, Department of Surgery, Rutgers New Jersey Medical School, Newark, NJ",
       "11.2025 – 01.2026 | Clinical Externship (hands-on), General Surgery, Hackensack University Medical Center, Hackensack, NJ",
     ]),
     ("Exams", ["USMLE Step 1: 218", "USMLE Step 2 CK: 232", "ECFMG: Certified", "Krok 2 (Ukraine): passed"]),
     ("Publications", ["Melnyk A, et al. Damage control surgery for blast injuries. J Trauma Acute Care Surg. 2024;96(5):770-776.",
                       "Melnyk A, et al. Tourniquet conversion times in war. Injury. 2025;56(2):111980.",
                       "Manuscript in preparation: Abdominal wall reconstruction outcomes."]),
     ("Languages", ["Ukrainian, Russian, English"]),
    ],
    truth=dict(full_name="Andrii Melnyk", email="andrii.melnyk.surg@gmail.com", phone_e164="+380509876543",
        medical_school="Kharkiv National Medical University", medical_school_country="UA",
        graduation_year=2016, is_student=False, usmle_step1=218, usmle_step2ck=232, usmle_step3=None,
        ecfmg_status="certified", visa_status=None, specialties=["General Surgery"],
        languages=["Ukrainian", "Russian", "English"], publications=2,
        usce_entries=[dict(type="research", specialty="General Surgery", state="NJ", start="2023-10", end="2025-09"),
                      dict(type="hands_on", specialty="General Surgery", state="NJ", start="2025-11", end="2026-01")]))

# ================================================================ scans
add(num=17, layout="scan_pdf_chromium", ext="pdf", scan=True,
    name="Mariya Fedorova", orig="Мария Игоревна Федорова",
    contacts=["+7 (903) 771-20-58", "maria.fedorova.md@mail.ru", "Saratov, Russia"],
    sections=[
     ("Education", ["2017 – 2023 | Saratov State Medical University named after V.I. Razumovsky, Russia — General Medicine",
                    "2023 – 2025 | Ordinatura, Pediatrics, Saratov Regional Children's Hospital"]),
     ("US Experience", ["Oct 2025 – Nov 2025 | Observership, Pediatrics, Nemours Children's Hospital, Wilmington, DE"]),
     ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 236", "ECFMG: application pending"]),
     ("Interest", ["Pediatrics"]),
     ("Languages", ["Russian, English, French"]),
    ],
    truth=dict(full_name="Mariya Fedorova", email="maria.fedorova.md@mail.ru", phone_e164="+79037712058",
        medical_school="Saratov State Medical University named after V.I. Razumovsky", medical_school_country="RU",
        graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None,
        ecfmg_status="pending", visa_status=None, specialties=["Pediatrics"],
        languages=["Russian", "English", "French"], publications=0,
        usce_entries=[dict(type="observership", specialty="Pediatrics", state="DE", start="2025-10", end="2025-11")]))

add(num=18, layout="photo_png_perspective", ext="png", scan=True,
    name="Sofiia Bondarenko", orig="Софія Бондаренко",
    contacts=["+380 93 456 78 12", "sofiia.bondarenko@ukr.net", "Lviv, Ukraine"],
    sections=[
     ("Education", ["2021 – 2027 (expected) | Danylo Halytsky Lviv National Medical University, Ukraine — General Medicine, 6th-year student"]),
     ("Exams", ["USMLE Step 1: Pass (2025)"]),
     ("Goals", ["Internal Medicine; B1/B2 visa will be required for US electives"]),
     ("Experience", ["2024 | Summer practice, Lviv Regional Clinical Hospital (Therapy)"]),
     ("Languages", ["Ukrainian, English, Polish"]),
    ],
    truth=dict(full_name="Sofiia Bondarenko", email="sofiia.bondarenko@ukr.net", phone_e164="+380934567812",
        medical_school="Danylo Halytsky Lviv National Medical University", medical_school_country="UA",
        graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
        ecfmg_status=None, visa_status="b1b2", specialties=["Internal Medicine"],
        languages=["Ukrainian", "English", "Polish"], publications=0, usce_entries=[]))

add(num=19, layout="scan_jpg_rotated", ext="jpg", scan=True,
    name="Tamar Gelashvili", orig="თამარ გელაშვილი",
    contacts=["+995 577 11 22 33", "tamar.gelashvili@gmail.com", "Atlanta, GA"],
    sections=[
     ("Education", ["2014 – 2020 | Tbilisi State Medical University, Georgia — MD"]),
     ("US Experience", ["01/2024 – 12/2024 | Research Fellow, Endocrinology, Emory University School of Medicine, Atlanta, GA",
                        "02/2025 – 03/2025 | Observership, Endocrinology, Emory University Hospital, Atlanta, GA"]),
     ("Exams", ["USMLE Step 1: Pass; Step 2 CK: 249; ECFMG certified", "Visa: J-1"]),
     ("Interests", ["Internal Medicine → Endocrinology"]),
     ("Publications", ["2 peer-reviewed articles (Thyroid 2024; J Clin Endocrinol Metab 2025)"]),
     ("Languages", ["Georgian, English, Russian, German"]),
    ],
    truth=dict(full_name="Tamar Gelashvili", email="tamar.gelashvili@gmail.com", phone_e164="+995577112233",
        medical_school="Tbilisi State Medical University", medical_school_country="GE",
        graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=249, usmle_step3=None,
        ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Endocrinology"],
        languages=["Georgian", "English", "Russian", "German"], publications=2,
        usce_entries=[dict(type="research", specialty="Endocrinology", state="GA", start="2024-01", end="2024-12"),
                      dict(type="observership", specialty="Endocrinology", state="GA", start="2025-02", end="2025-03")]))

add(num=20, layout="scan_pdf_lowcontrast", ext="pdf", scan=True,
    name="Ioana Dumitrescu", orig="",
    contacts=["+40 745 123 987", "ioana.dumitrescu.md@gmail.com", "Cluj-Napoca, România"],
    sections=[
     ("Education", ["2013 – 2019 | \"Iuliu Hațieganu\" University of Medicine and Pharmacy, Cluj-Napoca, Romania — MD"]),
     ("Clinical", ["2020 – present | Rezident, Hematology, Institutul Oncologic Cluj",
                   "Mar 2024 – Apr 2024 | Clinical Observership, Hematology-Oncology, Roswell Park Comprehensive Cancer Center, Buffalo, NY"]),
     ("Exams", ["USMLE Step 1: Pass | Step 2 CK: 243 | ECFMG: Certified", "H-1B visa sponsorship required"]),
     ("Interests", ["Hematology/Oncology, Internal Medicine"]),
     ("Publications", ["5 peer-reviewed publications (full list on request)"]),
     ("Languages", ["Romanian, English, Hungarian"]),
    ],
    truth=dict(full_name="Ioana Dumitrescu", email="ioana.dumitrescu.md@gmail.com", phone_e164="+40745123987",
        medical_school="Iuliu Hațieganu University of Medicine and Pharmacy", medical_school_country="RO",
        graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=243, usmle_step3=None,
        ecfmg_status="certified", visa_status="h1b", specialties=["Hematology/Oncology", "Internal Medicine"],
        languages=["Romanian", "English", "Hungarian"], publications=5,
        usce_entries=[dict(type="observership", specialty="Hematology/Oncology", state="NY", start="2024-03", end="2024-04")]))

add(num=21, layout="photo_jpg_lowlight", ext="jpg", scan=True,
    name="Timur Zhaksylykov", orig="Тимур Болатович Жаксылыков",
    contacts=["8 (777) 312 45 09", "t.zhaksylykov@mail.ru", "Almaty, Kazakhstan"],
    sections=[
     ("Образование / Education", ["2015 – 2021 | Semey Medical University, Kazakhstan — General Medicine"]),
     ("Опыт / Experience", ["06.2025 – 07.2025 | Observership, Gastroenterology, Cleveland Clinic, Cleveland, OH",
                            "2022 – н.в. | Gastroenterologist, City Clinical Hospital No. 7, Almaty"]),
     ("Экзамены / Exams", ["USMLE Step 1: Pass"]),
     ("Интересы / Interests", ["Gastroenterology, Internal Medicine"]),
     ("Публикации / Publications", ["1 article: Zhaksylykov T, et al. H. pylori resistance in Kazakhstan. Helicobacter. 2024;29:e13051."]),
     ("Языки / Languages", ["Kazakh, Russian, English"]),
    ],
    truth=dict(full_name="Timur Zhaksylykov", email="t.zhaksylykov@mail.ru", phone_e164="+77773124509",
        medical_school="Semey Medical University", medical_school_country="KZ",
        graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
        ecfmg_status=None, visa_status=None, specialties=["Gastroenterology", "Internal Medicine"],
        languages=["Kazakh", "Russian", "English"], publications=1,
        usce_entries=[dict(type="observership", specialty="Gastroenterology", state="OH", start="2025-06", end="2025-07")]))


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        ye, me = map(int, e["end"].split("-"))
        if (ye, me) > (2026, 12):
            ye, me = 2026, 12
        while (y, m) <= (ye, me):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


DAMAGED = [
    dict(num=22, layout="damaged_truncated_pdf", ext="pdf"),
    dict(num=23, layout="damaged_zero_length_docx", ext="docx"),
    dict(num=24, layout="damaged_random_bytes_pdf", ext="pdf"),
]


def fname(p):
    return "w107_%03d_%s.%s" % (p["num"], p["layout"], p["ext"])
