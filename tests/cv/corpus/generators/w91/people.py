# -*- coding: utf-8 -*-
"""Content + ground truth for writer w91's 24 CVs.
Each person: display data used by renderers, and `truth` (the contract keys)."""


def E(when, head, sub="", bullets=()):
    return {"when": when, "head": head, "sub": sub, "bullets": list(bullets)}


def U(typ, spec, state, start, end):
    return {"type": typ, "specialty": spec, "state": state, "start": start, "end": end}


PEOPLE = []

# ---------------------------------------------------------------- 001 Nigeria, docx table
PEOPLE.append(dict(
    id="001", layout="docx_table", ext="docx",
    name="Chukwuemeka Obinna Nwosu", prefix="Dr.", suffix="MBBS",
    email="chukwuemeka.nwosu@yahoo.com", phone="+234 803 456 7812",
    address="14 Ogui Road, Enugu, Enugu State, Nigeria",
    personal=[("Date of birth", "12 March 1994"), ("Nationality", "Nigerian"), ("Gender", "Male")],
    summary="ECFMG-certified Nigerian physician with four years of post-housemanship experience in general "
            "medicine and nephrology, seeking a categorical Internal Medicine residency position (interest: Nephrology).",
    sections=[
        ("Education", [
            E("2012 – 2019", "Bachelor of Medicine, Bachelor of Surgery (MBBS)",
              "College of Medicine, University of Nigeria, Enugu Campus",
              ["Distinction in Pharmacology (Part II MBBS)"]),
            E("2005 – 2011", "West African Senior School Certificate", "Federal Government College, Enugu"),
        ]),
        ("USMLE / ECFMG", [
            "USMLE Step 1: PASS (first attempt, June 2023)",
            "USMLE Step 2 CK: 247 (first attempt, January 2024)",
            "ECFMG Certified — certificate issued April 2024",
            "NBME CBSSA practice form 27: 248 (self-assessment, for reference only)",
        ]),
        ("Clinical Experience in the United States", [
            E("Jan 2025 – Feb 2025", "Observership, Internal Medicine",
              "The Brooklyn Hospital Center, Brooklyn, NY",
              ["Attended morning report, inpatient rounds and noon conferences"]),
            E("03/2025 – 05/2025", "Clinical Externship (hands-on), Internal Medicine",
              "Hackensack Meridian Health – Palisades Medical Center, North Bergen, NJ",
              ["Took histories, performed physical exams, presented patients and drafted progress notes under supervision"]),
        ]),
        ("Clinical Experience in Nigeria", [
            E("Nov 2021 – Dec 2024", "Medical Officer, Renal Unit",
              "University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla, Enugu",
              ["Managed haemodialysis patients and AKI referrals; ran the weekly CKD clinic"]),
            E("Oct 2020 – Sep 2021", "NYSC Medical Officer (National Youth Service Corps)",
              "General Hospital Kafanchan, Kaduna State"),
            E("Sep 2019 – Aug 2020", "House Officer (Housemanship)",
              "University of Nigeria Teaching Hospital, Enugu",
              ["Rotations: Internal Medicine, Surgery, Paediatrics, Obstetrics & Gynaecology"]),
        ]),
        ("Publications", [
            "Nwosu CO, Okafor UH, Ulasi II. Prevalence of chronic kidney disease among hypertensive adults in Enugu. "
            "Niger J Clin Pract. 2023;26(4):512-518.",
            "Ezeala-Adikaibe BA, Nwosu CO, et al. Outcomes of acute kidney injury in a Nigerian tertiary hospital. "
            "Pan Afr Med J. 2022;41:233.",
            "Poster: Nwosu CO. Dialysis access in resource-limited settings. Nigerian Association of Nephrology "
            "Annual Scientific Conference, Abuja, 2022.",
        ]),
        ("Languages", ["English (fluent), Igbo (native), Hausa (conversational)"]),
        ("Visa", ["Nigerian passport; will require J-1 visa sponsorship (ECFMG) for residency and rotations."]),
        ("Referees", [
            "Prof. Ifeoma I. Ulasi, Consultant Nephrologist, UNTH Enugu — ifeoma.ulasi@unth.edu.ng — +234 803 311 0427",
            "Dr. Samuel K. Adeyemi, Program Director, Palisades Medical Center — sadeyemi@hmhn.org — (201) 854-5000",
        ]),
    ],
    truth=dict(full_name="Chukwuemeka Obinna Nwosu", email="chukwuemeka.nwosu@yahoo.com",
               phone_e164="+2348034567812",
               medical_school="College of Medicine, University of Nigeria", medical_school_country="NG",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None,
               ecfmg_status="certified", specialties=["Internal Medicine", "Nephrology"],
               languages=["English", "Igbo", "Hausa"], visa_status="j1", publications=2,
               usce_entries=[U("observership", "Internal Medicine", "NY", "2025-01", "2025-02"),
                             U("hands_on", "Internal Medicine", "NJ", "2025-03", "2025-05")]),
))

# ---------------------------------------------------------------- 002 Ukraine, chromium two-column modern
PEOPLE.append(dict(
    id="002", layout="html_twocol_skillbars", ext="pdf",
    name="Olena Kovalchuk", name_alt="Олена Ковальчук", prefix="", suffix="MD",
    email="olena.kovalchuk.md@gmail.com", phone="(312) 555-0148",
    address="Chicago, IL 60611, USA",
    personal=[("Born", "1996"), ("Citizenship", "Ukraine"), ("Status", "U.S. Permanent Resident (Green Card, 2024)")],
    summary="Internist trained in Kyiv (internatura in Internal Medicine) with a strong interest in cardiology "
            "and heart-failure research. Applying for Internal Medicine residency, long-term goal Cardiology fellowship.",
    skills=[("Ukrainian", 100), ("English", 90), ("Russian", 95), ("Polish", 45)],
    tech=[("Echocardiography (basic)", 60), ("ECG interpretation", 90), ("REDCap / SPSS", 70)],
    sections=[
        ("Education", [
            E("2015 – 2021", "Doctor of Medicine (MD) — «Лікар», General Medicine",
              "Bogomolets National Medical University, Kyiv, Ukraine", ["Diploma with honours (червоний диплом)"]),
            E("2021 – 2023", "Internatura (postgraduate internship), Internal Medicine",
              "Kyiv City Clinical Hospital No. 17 / Bogomolets NMU"),
        ]),
        ("USMLE", [
            "Step 1 — Pass (2022)", "Step 2 CK — 239 (2023)", "ECFMG certified (2023)",
            "OET Medicine: Grade B in all sub-tests",
        ]),
        ("US Clinical Experience", [
            E("Sept 2024 – Nov 2024", "Clinical Observer — Cardiology",
              "Cleveland Clinic, Cleveland, OH", ["Heart-failure service and cardiac ICU rounds"]),
            E("2025-01 – present", "Volunteer Research Associate — Cardiology",
              "Northwestern University Feinberg School of Medicine, Chicago, IL",
              ["Retrospective cohort on HFpEF readmissions; data abstraction in REDCap"]),
        ]),
        ("Work Experience", [
            E("08/2023 – 06/2024", "Physician (Internal Medicine)", "Medical Center «Universal Clinic Oberig», Kyiv, Ukraine"),
        ]),
        ("Publications & Presentations", [
            "Kovalchuk O, Zharinov O. Atrial fibrillation burden after COVID-19 in outpatients. "
            "Ukrainian Journal of Cardiology. 2022;29(3):45-52.",
            "Abstract: Kovalchuk O, et al. Sacubitril/valsartan tolerability in elderly HFrEF. ESC Heart Failure Congress 2023.",
            "Abstract: Kovalchuk O, et al. Readmission predictors in HFpEF. AHA Scientific Sessions 2025 (accepted).",
        ]),
        ("References", [
            "Prof. Oleh Zharinov, MD, PhD — Shupyk National Healthcare University — zharinov.cardio@ukr.net",
            "Sanjiv J. Shah, MD — Northwestern Medicine — +1 (312) 503-0000",
        ]),
    ],
    truth=dict(full_name="Olena Kovalchuk", email="olena.kovalchuk.md@gmail.com", phone_e164="+13125550148",
               medical_school="Bogomolets National Medical University", medical_school_country="UA",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None,
               ecfmg_status="certified", specialties=["Internal Medicine", "Cardiology"],
               languages=["Ukrainian", "English", "Russian", "Polish"], visa_status="green_card", publications=1,
               usce_entries=[U("observership", "Cardiology", "OH", "2024-09", "2024-11"),
                             U("research", "Cardiology", "IL", "2025-01", "2026-12")]),
))

# ---------------------------------------------------------------- 003 Kenya, odt plain
PEOPLE.append(dict(
    id="003", layout="odt_plain", ext="odt",
    name="Faith Wanjiru Kamau", prefix="Dr.", suffix="MBChB",
    email="faithwanjiru.kamau@outlook.com", phone="0722 418 093",
    address="P.O. Box 30197-00100, Nairobi, Kenya",
    personal=[("Year of birth", "1995"), ("KMPDC Reg. No.", "A14982")],
    summary="Paediatrics-focused medical officer from Kenya preparing for US Pediatrics residency.",
    sections=[
        ("Education", [
            E("2014 – Dec 2020", "Bachelor of Medicine and Bachelor of Surgery (MBChB)",
              "University of Nairobi, School of Medicine, Nairobi, Kenya"),
        ]),
        ("Internship and Work", [
            E("Jan 2021 – Jan 2022", "Medical Officer Intern", "Kenyatta National Hospital, Nairobi",
              ["Paediatrics, Internal Medicine, Surgery, Obstetrics & Gynaecology rotations (3 months each)"]),
            E("Mar 2022 – current", "Medical Officer, Paediatric Ward & Newborn Unit", "Kiambu Level 5 Hospital, Kiambu County"),
        ]),
        ("Electives / Observerships", [
            E("June–July 2024", "Clinical Observership, Paediatric Medicine",
              "The Hospital for Sick Children (SickKids), Toronto, Ontario, Canada"),
            E("Aug 2019", "Student elective, Paediatrics", "Aga Khan University Hospital, Nairobi"),
        ]),
        ("Examinations", [
            "USMLE Step 1 — Passed (October 2025)",
            "USMLE Step 2 CK — scheduled for February 2027 (NBME practice score 240)",
            "ECFMG certification pending (awaiting Step 2 CK).",
        ]),
        ("Research", [
            "Poster: Kamau FW, Were F. Neonatal sepsis outcomes at a county referral hospital. Kenya Paediatric "
            "Association Annual Conference, Mombasa, April 2023.",
        ]),
        ("Languages", ["English, Kiswahili, Kikuyu"]),
        ("Career interest", ["Pediatrics (general paediatrics, neonatology)"]),
        ("Referees", [
            "Prof. Fred Were, Department of Paediatrics, University of Nairobi. Email: fwere@uonbi.ac.ke. Tel: +254 20 272 6300",
            "Dr. Grace Muthoni Njoroge, Head of Paediatrics, Kiambu Level 5 Hospital. Tel: 0733 904 118",
        ]),
    ],
    truth=dict(full_name="Faith Wanjiru Kamau", email="faithwanjiru.kamau@outlook.com", phone_e164="+254722418093",
               medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Pediatrics"], languages=["English", "Swahili", "Kikuyu"], visa_status=None,
               publications=0, usce_entries=[]),
))

# ---------------------------------------------------------------- 004 Russia, hand-rolled RTF
PEOPLE.append(dict(
    id="004", layout="rtf_bilingual", ext="rtf",
    name="Dmitry Sergeyevich Volkov", name_alt="Дмитрий Сергеевич Волков", prefix="", suffix="",
    email="dvolkov.neuro@mail.ru", phone="+7 (916) 482-37-15",
    address="ул. Профсоюзная, д. 43, кв. 118, Москва, 117420, Россия",
    personal=[("Дата рождения / Date of birth", "07.11.1991"), ("Citizenship", "Russian Federation")],
    summary="Neurologist (ordinatura completed) with 3 years of outpatient and stroke-unit practice in Moscow.",
    sections=[
        ("Образование / Education", [
            E("2012 – 2018", "Specialist degree in General Medicine (Лечебное дело), equivalent to MD",
              "Pirogov Russian National Research Medical University (RNRMU), Moscow"),
            E("2018 – 2020", "Clinical Residency (Ординатура), Neurology",
              "Pirogov RNRMU, Department of Neurology, Neurosurgery and Medical Genetics"),
        ]),
        ("Опыт работы / Work experience", [
            E("09.2020 – 03.2023", "Neurologist (врач-невролог)", "City Polyclinic No. 220, Moscow Department of Health"),
            E("04.2023 – 12.2023", "Neurologist, Regional Vascular Centre", "City Clinical Hospital No. 1 n.a. N.I. Pirogov, Moscow"),
        ]),
        ("Клинический опыт в США / US clinical experience", [
            E("01.04.2024 – 30.04.2024", "Observership, Department of Neurology", "Mayo Clinic, Rochester, MN"),
            E("Aug–Oct 2024", "Observership, Stroke & Neurocritical Care",
              "Jackson Memorial Hospital / University of Miami, Miami, FL"),
        ]),
        ("USMLE / ECFMG", [
            "Step 1: Passed (2022)", "Step 2 CK: 252 (2023)", "ECFMG Certificate: issued 2023",
        ]),
        ("Публикации / Publications", [
            "Волков ДС, Гусев ЕИ. Постинсультная спастичность... Журнал неврологии и психиатрии им. С.С. Корсакова. 2021;121(8):45-51.",
            "Volkov DS, et al. Early mobilisation after ischaemic stroke. Zh Nevrol Psikhiatr Im S S Korsakova. 2022;122(3):22-28.",
            "Volkov DS, Martynov MYu. Headache in post-COVID patients. Neurology, Neuropsychiatry, Psychosomatics. 2022;14(2):60-66.",
            "Martynov MYu, Volkov DS, et al. Thrombolysis door-to-needle time in Moscow. Russian Journal of Neurology. 2023;2:13-19.",
            "Тезисы / Abstracts: Russian Neurology Congress 2021; European Stroke Organisation Conference 2023.",
        ]),
        ("Языки / Languages", ["Русский — родной (native); English — C1; Deutsch (German) — B1"]),
        ("Visa", ["Holds a valid US B1/B2 visitor visa (through 2029)."]),
        ("Interest", ["Neurology residency (vascular neurology)."]),
        ("Рекомендатели / References", [
            "Martynov Mikhail Yurievich, Prof. — m.martynov@rsmu.ru — +7 (495) 434-14-22",
        ]),
    ],
    truth=dict(full_name="Dmitry Sergeyevich Volkov", email="dvolkov.neuro@mail.ru", phone_e164="+79164823715",
               medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU",
               graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None,
               ecfmg_status="certified", specialties=["Neurology"], languages=["Russian", "English", "German"],
               visa_status="b1b2", publications=4,
               usce_entries=[U("observership", "Neurology", "MN", "2024-04", "2024-04"),
                             U("observership", "Neurology", "FL", "2024-08", "2024-10")]),
))

# ---------------------------------------------------------------- 005 Ethiopia, txt
PEOPLE.append(dict(
    id="005", layout="txt_ascii", ext="txt",
    name="Hana Tesfaye Bekele", prefix="", suffix="MD",
    email="hana.tesfaye.b@gmail.com", phone="+251 911 234 567",
    address="Bole Sub-city, Woreda 03, Addis Ababa, Ethiopia",
    personal=[("Born", "1997")],
    summary="General practitioner with infectious-disease research experience (HIV/TB), applying to Internal Medicine.",
    sections=[
        ("EDUCATION", [
            E("2016 - 2022", "Doctor of Medicine (MD)",
              "Addis Ababa University, College of Health Sciences, School of Medicine, Addis Ababa, Ethiopia",
              ["Final-year internship (C-II) at Tikur Anbessa Specialized Hospital, 2021-2022"]),
        ]),
        ("LICENSING EXAMS", [
            "USMLE Step 1 ............ PASS",
            "USMLE Step 2 CK ......... 261",
            "ECFMG ................... Certified (2024)",
            "Ethiopian National Licensing Exam ... passed 2022",
        ]),
        ("US EXPERIENCE", [
            E("2024-03 to 2024-08", "Research Fellow, Infectious Diseases (HIV/TB cohort)",
              "Emory University School of Medicine, Atlanta, GA"),
            E("2024-07 to 2024-09", "Clinical Observer, Internal Medicine wards", "Grady Memorial Hospital, Atlanta, GA"),
        ]),
        ("WORK EXPERIENCE (ETHIOPIA)", [
            E("2022-10 to 2024-02", "General Practitioner", "St. Paul's Hospital Millennium Medical College, Addis Ababa"),
        ]),
        ("PUBLICATIONS", [
            "1. Bekele HT, Abebe W. Treatment outcomes of MDR-TB in Addis Ababa. Ethiop Med J. 2023;61(2):101-108.",
            "2. Bekele HT, et al. Virological failure among adults on dolutegravir. BMC Infect Dis. 2024;24:612.",
            "3. Abebe W, Bekele HT. Cryptococcal antigen screening in advanced HIV. Ethiop J Health Sci. 2023;33(5):777-784.",
            "4. Bekele HT, et al. Latent TB among health workers (submitted to PLOS Glob Public Health, 2025).",
        ]),
        ("LANGUAGES", ["Amharic (native), English (fluent), Afaan Oromo (good)"]),
        ("SPECIALTY INTEREST", ["Internal Medicine -> Infectious Disease fellowship"]),
        ("VISA", ["J-1 visa required"]),
        ("REFERENCES", [
            "Dr. Wondwossen Abebe, Associate Professor, AAU - wondwossen.abebe@aau.edu.et, +251 911 604 223",
            "Dr. Russell R. Kempker, Emory University - rkempke@emory.edu",
        ]),
    ],
    truth=dict(full_name="Hana Tesfaye Bekele", email="hana.tesfaye.b@gmail.com", phone_e164="+251911234567",
               medical_school="Addis Ababa University", medical_school_country="ET", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=261, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Infectious Disease"], languages=["Amharic", "English", "Oromo"],
               visa_status="j1", publications=3,
               usce_entries=[U("research", "Infectious Disease", "GA", "2024-03", "2024-08"),
                             U("observership", "Internal Medicine", "GA", "2024-07", "2024-09")]),
))

# ---------------------------------------------------------------- 006 Ghana, reportlab coloured headers
PEOPLE.append(dict(
    id="006", layout="pdf_colour_headers", ext="pdf",
    name="Kofi Mensah Owusu-Ansah", prefix="Dr.", suffix="MBChB",
    email="kofi.owusuansah@gmail.com", phone="+233 (0) 24 318 7265",
    address="Plot 22, Ahodwo, Kumasi, Ashanti Region, Ghana",
    personal=[("Date of Birth", "04/09/1995")],
    summary="Surgically minded Ghanaian doctor with two years of housemanship and a year of national service, "
            "pursuing General Surgery residency in the United States.",
    sections=[
        ("EDUCATION", [
            E("2014 – 2021", "MBChB (Bachelor of Medicine and Bachelor of Surgery)",
              "School of Medicine and Dentistry, Kwame Nkrumah University of Science and Technology (KNUST), Kumasi, Ghana"),
            E("2014 – 2017", "BSc Human Biology (pre-clinical, awarded en route)", "KNUST, Kumasi"),
        ]),
        ("POSTGRADUATE TRAINING", [
            E("Nov 2021 – Oct 2023", "House Officer (2-year housemanship)", "Komfo Anokye Teaching Hospital, Kumasi",
              ["General Surgery, Trauma & Orthopaedics, Internal Medicine, Paediatrics, O&G, Emergency"]),
            E("Nov 2023 – Oct 2024", "National Service Medical Officer (Ghana National Service Scheme)",
              "Tamale Teaching Hospital, Northern Region"),
        ]),
        ("US CLINICAL EXPERIENCE", [
            E("Summer 2024", "Clinical Externship – General Surgery (hands-on)",
              "Texas Tech University Health Sciences Center, Lubbock, TX"),
            E("Nov 2024", "Observership – Surgical Oncology / General Surgery",
              "Johns Hopkins Hospital, Baltimore, MD"),
        ]),
        ("EXAMINATIONS", [
            "USMLE Step 1: Pass  |  USMLE Step 2 CK: 255  |  ECFMG: Certified (2024)",
            "Ghana Medical and Dental Council provisional & permanent registration",
        ]),
        ("RESEARCH & PUBLICATIONS", [
            "Owusu-Ansah KM, Yorke J. Typhoid intestinal perforation in Kumasi: a 5-year review. Ghana Med J. 2022;56(3):160-166.",
            "Owusu-Ansah KM, et al. Surgical site infection after emergency laparotomy. Pan Afr Med J. 2023;44:85.",
            "Oral presentation: West African College of Surgeons Annual Conference, Accra, 2023.",
        ]),
        ("LANGUAGES", ["English · Twi (Akan) · French (basic)"]),
        ("VISA", ["Current US B1/B2 visa, valid until 2031"]),
        ("REFEREES", [
            "Dr. Joseph Yorke, Consultant General Surgeon, KATH — jyorke@kathhsp.org — +233 20 812 4477",
            "Dr. Emily R. Carter, Program Coordinator, TTUHSC — emily.carter@ttuhsc.edu",
        ]),
    ],
    truth=dict(full_name="Kofi Mensah Owusu-Ansah", email="kofi.owusuansah@gmail.com", phone_e164="+233243187265",
               medical_school="Kwame Nkrumah University of Science and Technology School of Medicine and Dentistry",
               medical_school_country="GH", graduation_year=2021, is_student=False, usmle_step1="pass",
               usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", specialties=["General Surgery"],
               languages=["English", "Twi", "French"], visa_status="b1b2", publications=2,
               usce_entries=[U("hands_on", "General Surgery", "TX", "2024-06", "2024-08"),
                             U("observership", "General Surgery", "MD", "2024-11", "2024-11")]),
))

# ---------------------------------------------------------------- 007 Uzbekistan, docx header/footer contacts
PEOPLE.append(dict(
    id="007", layout="docx_header_footer", ext="docx",
    name="Jasurbek Rustamovich Karimov", name_alt="Жасурбек Рустамович Каримов", prefix="", suffix="MD",
    email="jasur.karimov.md@gmail.com", phone="+998 (93) 517-24-08",
    address="Yunusobod district, 11-kvartal, Tashkent, Uzbekistan",
    personal=[("Date of birth", "1995")],
    summary="Cardiology-trained physician (master's residency) pursuing Internal Medicine residency then Cardiology.",
    sections=[
        ("EDUCATION", [
            E("2013.09 – 2020.06", "Doctor of Medicine (General Medicine / Лечебное дело), 7-year program",
              "Tashkent Medical Academy, Tashkent, Uzbekistan"),
            E("2020.09 – 2023.06", "Master's residency (магистратура / клиническая ординатура) in Cardiology",
              "Republican Specialized Scientific-Practical Medical Center of Cardiology, Tashkent"),
        ]),
        ("U.S. CLINICAL EXPOSURE", [
            E("2024.10 – 2024.12", "Telehealth (virtual) observership — Internal Medicine",
              "Saint Peter's University Hospital, New Brunswick, NJ (remote participation)"),
            E("2025.02 – 2025.03", "Observership — Cardiology", "Mount Sinai Hospital, New York, NY"),
        ]),
        ("WORK", [
            E("2023.07 – present", "Cardiologist", "Multidisciplinary Clinic of Tashkent Medical Academy"),
        ]),
        ("EXAMS", [
            "USMLE Step 1 — Pass (2023)", "USMLE Step 2 CK — 244 (2024)",
            "ECFMG certification: in process (OET passed, awaiting final certificate)",
        ]),
        ("PUBLICATIONS", [
            "Karimov JR, Kurbanov RD. Predictors of in-stent restenosis in Uzbek patients. Cardiology of Uzbekistan. 2022;(2):31-36.",
            "Karimov JR, et al. Lipoprotein(a) levels after myocardial infarction. Eurasian Heart Journal. 2023;(1):54-60.",
            "Kurbanov RD, Karimov JR, et al. Hypertension control in primary care, Tashkent. Central Asian Journal of Medicine. 2023;4:12-19.",
            "Theses: Karimov JR. Congress of Cardiologists of Uzbekistan 2022; Eurasian Congress of Cardiology 2023.",
        ]),
        ("LANGUAGES", ["Uzbek (native), Russian (fluent), English (C1, IELTS 7.5), Turkish (intermediate)"]),
        ("VISA", ["Will need J-1 visa (ECFMG sponsorship)"]),
        ("REFERENCES", ["Prof. Ravshanbek D. Kurbanov — rskcardio@mail.uz — +998 71 237-38-12"]),
    ],
    truth=dict(full_name="Jasurbek Rustamovich Karimov", email="jasur.karimov.md@gmail.com", phone_e164="+998935172408",
               medical_school="Tashkent Medical Academy", medical_school_country="UZ", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="pending",
               specialties=["Internal Medicine", "Cardiology"], languages=["Uzbek", "Russian", "English", "Turkish"],
               visa_status="j1", publications=3,
               usce_entries=[U("telehealth", "Internal Medicine", "NJ", "2024-10", "2024-12"),
                             U("observership", "Cardiology", "NY", "2025-02", "2025-03")]),
))

# ---------------------------------------------------------------- 008 Kazakhstan, fpdf2
PEOPLE.append(dict(
    id="008", layout="fpdf_cyrillic", ext="pdf",
    name="Aigerim Nurlankyzy Seitkali", name_alt="Айгерім Нұрланқызы Сейтқали", prefix="", suffix="",
    email="aigerim.seitkali@mail.kz", phone="+7 701 234 56 78",
    address="Almaty, Bostandyk district, Kazakhstan",
    personal=[("Date of birth", "1998-02-19")],
    summary="Paediatric resident graduate from Almaty, interested in US Pediatrics residency.",
    sections=[
        ("Education", [
            E("2016 – 2022", "General Medicine (Doctor of Medicine; 6-year program incl. internatura)",
              "Asfendiyarov Kazakh National Medical University, Almaty, Kazakhstan",
              ["Internatura (final year) in general practice: 2021–2022"]),
            E("2022 – 2024", "Residency (резидентура) in Pediatrics", "Asfendiyarov KazNMU / Children's City Clinical Hospital No. 2, Almaty"),
        ]),
        ("US clinical experience", [
            E("10/2024–11/2024", "Observer, General Pediatrics", "Children's Hospital of Philadelphia, Philadelphia, PA"),
            E("12/2024", "Observer, Pediatric Hospital Medicine", "Boston Children's Hospital, Boston, MA"),
        ]),
        ("Work experience", [
            E("01/2025 – present", "Pediatrician", "City Polyclinic No. 5, Almaty"),
        ]),
        ("Exams", [
            "USMLE Step 1 – Passed (2024). Step 2 CK – preparing (UWSA2 practice: 235).",
            "ECFMG: not yet certified.",
        ]),
        ("Publications", [
            "Seitkali AN, Bekmukhambetov E. Iron-deficiency anaemia in Almaty toddlers. Vestnik KazNMU. 2023;(4):118-122.",
            "Poster: Seitkali AN. Rotavirus vaccination coverage. Central Asian Pediatric Congress, Astana 2023.",
        ]),
        ("Languages", ["Kazakh – native; Russian – fluent; English – advanced (IELTS 7.0)"]),
        ("References", ["Dr. Gulnara Abdrakhmanova, Head of Pediatrics — +7 727 338 70 90 — g.abdrakhmanova@kaznmu.kz"]),
    ],
    truth=dict(full_name="Aigerim Nurlankyzy Seitkali", email="aigerim.seitkali@mail.kz", phone_e164="+77012345678",
               medical_school="Asfendiyarov Kazakh National Medical University", medical_school_country="KZ",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="not_certified", specialties=["Pediatrics"], languages=["Kazakh", "Russian", "English"],
               visa_status=None, publications=1,
               usce_entries=[U("observership", "Pediatrics", "PA", "2024-10", "2024-11"),
                             U("observership", "Pediatrics", "MA", "2024-12", "2024-12")]),
))

# ---------------------------------------------------------------- 009 Georgia, HTML -> DOCX via soffice (student)
PEOPLE.append(dict(
    id="009", layout="soffice_html2docx", ext="docx",
    name="Nino Beridze", name_alt="ნინო ბერიძე", prefix="", suffix="",
    email="nino.beridze.tsmu@gmail.com", phone="+995 599 41 27 83",
    address="Vazha-Pshavela Ave 33, Tbilisi 0177, Georgia",
    personal=[("Born", "2001")],
    summary="Sixth-year medical student at TSMU interested in Psychiatry and Neurology.",
    sections=[
        ("Education", [
            E("Sep 2021 – Jun 2027 (expected)", "Doctor of Medicine (MD), 6-year English-taught program",
              "Tbilisi State Medical University, Tbilisi, Georgia", ["GPA 3.8/4.0; class rank top 10%"]),
        ]),
        ("USMLE", ["Step 1: Pass (April 2026)", "Step 2 CK: planned for 2027"]),
        ("Clinical Experience — USA", [
            E("July 2026 – August 2026", "Clinical Clerkship (hands-on), Psychiatry",
              "Kingsbrook Jewish Medical Center / One Brooklyn Health, Brooklyn, NY"),
            E("Sep 2026 – present", "Observership, Neurology",
              "Rush University Medical Center, Chicago, IL"),
        ]),
        ("Clinical Experience — Georgia", [
            E("2024 – 2025", "Clinical rotations (Psychiatry, Neurology, Internal Medicine)",
              "Tbilisi Mental Health Center; Ingorokva High Medical Technology University Clinic"),
        ]),
        ("Research", [
            "Beridze N, Kapanadze G. Depression screening in Georgian primary care (manuscript submitted, 2026).",
            "Poster: Beridze N. Stigma toward schizophrenia among medical students. TSMU Student Congress, 2025.",
            "Poster: Beridze N, et al. Migraine prevalence in Tbilisi students. EPA Congress, Budapest 2024.",
        ]),
        ("Languages", ["Georgian (native), English (C2), Russian (B2), German (A2)"]),
        ("Visa", ["Will apply for a B1/B2 visitor visa for elective rotations."]),
        ("References", ["Dr. Giorgi Kapanadze, Associate Professor of Psychiatry, TSMU — g.kapanadze@tsmu.edu — +995 32 254 24 12"]),
    ],
    truth=dict(full_name="Nino Beridze", email="nino.beridze.tsmu@gmail.com", phone_e164="+995599412783",
               medical_school="Tbilisi State Medical University", medical_school_country="GE", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               specialties=["Psychiatry", "Neurology"], languages=["Georgian", "English", "Russian", "German"],
               visa_status="b1b2", publications=0,
               usce_entries=[U("hands_on", "Psychiatry", "NY", "2026-07", "2026-08"),
                             U("observership", "Neurology", "IL", "2026-09", "2026-12")]),
))

# ---------------------------------------------------------------- 010 Armenia, python-docx -> PDF via soffice
PEOPLE.append(dict(
    id="010", layout="soffice_docx2pdf", ext="pdf",
    name="Tigran Vardanyan", name_alt="Տիգրան Վարդանյան", prefix="Dr.", suffix="MD",
    email="tigran.vardanyan.md@gmail.com", phone="+1 (734) 615-2290",
    address="Ann Arbor, Michigan, USA",
    personal=[("Year of birth", "1993"), ("Visa", "H-1B (research appointment, University of Michigan)")],
    summary="Anesthesiologist from Yerevan (clinical ordinatura in Anesthesiology and Intensive Care), currently a "
            "research associate in the US. Seeking Anesthesiology residency; interest in Critical Care Medicine.",
    sections=[
        ("Education", [
            E("2011 – 2017", "Doctor of Medicine (General Medicine)",
              "Yerevan State Medical University after Mkhitar Heratsi, Yerevan, Armenia"),
            E("2017 – 2019", "Clinical Ordinatura (Residency), Anesthesiology & Intensive Care", "Erebouni Medical Center, Yerevan"),
        ]),
        ("US Experience", [
            E("2024-06 – present", "Research Associate, Department of Anesthesiology",
              "University of Michigan Medical School, Ann Arbor, MI"),
            E("2025-02 – 2025-04", "Clinical Observer, Anesthesiology (OR and SICU)", "Michigan Medicine, Ann Arbor, MI"),
        ]),
        ("Professional Experience (Armenia)", [
            E("2019 – 2024", "Anesthesiologist–Intensivist", "Astghik Medical Center, Yerevan"),
        ]),
        ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 233", "USMLE Step 3: 218", "ECFMG Certified"]),
        ("Selected publications (5 peer-reviewed)", [
            "Vardanyan T, et al. Sugammadex and postoperative pulmonary complications. Anesth Analg. 2025;140(2):301-309.",
            "Vardanyan T, Sargsyan A. Spinal anaesthesia for caesarean section in Armenia. Armenian J Anaesthesiol. 2020;4:11-16.",
            "Sargsyan A, Vardanyan T. ICU delirium incidence in Yerevan. New Armenian Medical Journal. 2021;15(2):44-51.",
            "Vardanyan T, et al. COVID-19 ARDS prone positioning outcomes. New Armenian Medical Journal. 2022;16(1):30-37.",
            "Mashour GA, Vardanyan T, et al. Intraoperative EEG and delirium. Br J Anaesth. 2025;134(4):1012-1020.",
        ]),
        ("Languages", ["Armenian (native), Russian (fluent), English (fluent)"]),
        ("References", ["Prof. Armen Sargsyan, Erebouni MC — a.sargsyan@erebouni.am — +374 10 47 16 00"]),
    ],
    truth=dict(full_name="Tigran Vardanyan", email="tigran.vardanyan.md@gmail.com", phone_e164="+17346152290",
               medical_school="Yerevan State Medical University after Mkhitar Heratsi", medical_school_country="AM",
               graduation_year=2017, is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=218,
               ecfmg_status="certified", specialties=["Anesthesiology", "Pulmonology/Critical Care"],
               languages=["Armenian", "Russian", "English"], visa_status="h1b", publications=5,
               usce_entries=[U("research", "Anesthesiology", "MI", "2024-06", "2026-12"),
                             U("observership", "Anesthesiology", "MI", "2025-02", "2025-04")]),
))

# ---------------------------------------------------------------- 011 Uganda, chromium banner template
PEOPLE.append(dict(
    id="011", layout="html_banner_icons", ext="pdf",
    name="Patience Nakato Ssempijja", prefix="", suffix="MBChB",
    email="p.nakato.ssempijja@gmail.com", phone="+256 772 418 330",
    address="Kampala, Uganda",
    personal=[],
    summary="Ugandan OB/GYN-focused physician with maternal-health research experience.",
    skills=[("Obstetric ultrasound", 75), ("Emergency obstetric care", 90), ("Research methods", 70)],
    sections=[
        ("Education", [
            E("2014 – 2019", "Bachelor of Medicine & Bachelor of Surgery (MBChB)",
              "Makerere University College of Health Sciences, Kampala, Uganda"),
        ]),
        ("US Clinical Experience", [
            E("Mar 2025 – Apr 2025", "Observership — Obstetrics & Gynecology", "Henry Ford Hospital, Detroit, MI"),
            E("May 2025 – Jul 2025", "Hands-on Externship — OB/GYN", "Memorial Hermann Hospital, Houston, TX"),
            E("Oct 2023 – Mar 2024", "Remote Research Assistant — Global Women's Health",
              "University of California San Francisco (UCSF), San Francisco, CA"),
        ]),
        ("Experience in Uganda", [
            E("Jul 2019 – Jun 2020", "Intern Doctor", "Mulago National Referral Hospital, Kampala"),
            E("Aug 2020 – Dec 2024", "Medical Officer, Maternity", "Kawempe National Referral Hospital, Kampala"),
        ]),
        ("Exams & Certification", ["USMLE Step 1 — PASS", "USMLE Step 2 CK — 228", "ECFMG Certified (2024)"]),
        ("Publications", [
            "Ssempijja PN, Byamugisha J. Postpartum haemorrhage at Kawempe. Afr Health Sci. 2022;22(1):410-418.",
            "Nakato P, et al. Uptake of postpartum contraception in Kampala. BMC Pregnancy Childbirth. 2024;24:77.",
        ]),
        ("Languages", ["English", "Luganda", "Swahili"]),
        ("Goals", ["Obstetrics and Gynecology residency; J-1 visa sponsorship needed"]),
        ("Referees", ["Dr. Josaphat Byamugisha — jbyamugisha@chs.mak.ac.ug — +256 414 530 020"]),
    ],
    truth=dict(full_name="Patience Nakato Ssempijja", email="p.nakato.ssempijja@gmail.com", phone_e164="+256772418330",
               medical_school="Makerere University College of Health Sciences", medical_school_country="UG",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None,
               ecfmg_status="certified", specialties=["Obstetrics and Gynecology"],
               languages=["English", "Luganda", "Swahili"], visa_status="j1", publications=2,
               usce_entries=[U("observership", "Obstetrics and Gynecology", "MI", "2025-03", "2025-04"),
                             U("hands_on", "Obstetrics and Gynecology", "TX", "2025-05", "2025-07"),
                             U("research", "Obstetrics and Gynecology", "CA", "2023-10", "2024-03")]),
))

# ---------------------------------------------------------------- 012 Zimbabwe, soffice docx -> rtf
PEOPLE.append(dict(
    id="012", layout="soffice_docx2rtf", ext="rtf",
    name="Tatenda Farai Moyo", prefix="Dr", suffix="MBChB (UZ)",
    email="tatendamoyo.em@gmail.com", phone="+44 7700 900412",
    address="Flat 6, 21 Mill Lane, Leicester LE2 7HU, United Kingdom",
    personal=[("GMC No.", "7712093"), ("DOB", "22/01/1993")],
    summary="Emergency medicine clinical fellow (NHS) originally from Harare; applying to US Emergency Medicine residency.",
    sections=[
        ("Education", [
            E("2012 – 2018", "MBChB", "University of Zimbabwe College of Health Sciences, Harare, Zimbabwe"),
        ]),
        ("Experience", [
            E("Jan 2019 – Dec 2020", "Intern / Junior Resident Medical Officer", "Parirenyatwa Group of Hospitals, Harare"),
            E("Jan 2021 – Jul 2022", "Government Medical Officer", "Chinhoyi Provincial Hospital, Mashonaland West"),
            E("Sep 2022 – ongoing", "Clinical Fellow in Emergency Medicine", "Leicester Royal Infirmary, UK (NHS)"),
        ]),
        ("US Clinical Experience", [
            E("June 2025", "Observership, Emergency Department", "NYC Health + Hospitals/Lincoln, Bronx, NY"),
        ]),
        ("Examinations", [
            "PLAB 1 (2021) and PLAB 2 (2022) — passed; full GMC registration",
            "USMLE Step 1 — Pass; USMLE Step 2 CK — 241", "ECFMG certified",
        ]),
        ("Courses", ["ALS, ATLS, APLS (Resuscitation Council UK)"]),
        ("Publications", [
            "Moyo TF, Chimhuya S. Road-traffic injuries at Parirenyatwa. Cent Afr J Med. 2021;67(2):55-61.",
            "Audit (not published): Sepsis-6 compliance in ED, Leicester, 2023.",
        ]),
        ("Languages", ["English, Shona, Ndebele"]),
        ("Visa", ["Zimbabwean citizen, UK Skilled Worker visa; would require J-1 for US residency"]),
        ("Referees", ["Dr Helen Price, ED Consultant, Leicester — helen.price@uhl-tr.nhs.uk — +44 116 258 5000"]),
    ],
    truth=dict(full_name="Tatenda Farai Moyo", email="tatendamoyo.em@gmail.com", phone_e164="+447700900412",
               medical_school="University of Zimbabwe College of Health Sciences", medical_school_country="ZW",
               graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None,
               ecfmg_status="certified", specialties=["Emergency Medicine"], languages=["English", "Shona", "Ndebele"],
               visa_status="j1", publications=1,
               usce_entries=[U("observership", "Emergency Medicine", "NY", "2025-06", "2025-06")]),
))

# ---------------------------------------------------------------- 013 Sudan, odt sidebar table
PEOPLE.append(dict(
    id="013", layout="odt_sidebar_table", ext="odt",
    name="Mohamed Osman Abdelrahman", name_alt="محمد عثمان عبد الرحمن", prefix="Dr.", suffix="MBBS",
    email="m.osman.abdelrahman@hotmail.com", phone="+20 10 2345 6789",
    address="Nasr City, Cairo, Egypt (relocated from Khartoum, 2023)",
    personal=[("Nationality", "Sudanese"), ("Born", "1996")],
    summary="Sudanese physician interested in Internal Medicine and Gastroenterology.",
    sections=[
        ("Education", [
            E("2013 – 2020", "Bachelor of Medicine and Bachelor of Surgery (MBBS)",
              "University of Khartoum, Faculty of Medicine, Khartoum, Sudan"),
        ]),
        ("Training in Sudan", [
            E("03/2021 – 02/2022", "House Officer (Internship)", "Khartoum Teaching Hospital / Soba University Hospital"),
            E("03/2022 – 04/2023", "Medical Officer, compulsory National Service", "Wad Madani Teaching Hospital, Gezira"),
        ]),
        ("US Clinical Experience", [
            E("2024/11 – 2025/01", "Observership, Gastroenterology & Hepatology", "Houston Methodist Hospital, Houston, TX"),
            E("Feb–Apr 2025", "Hands-on clinical rotation, Internal Medicine", "Mount Sinai Hospital, Chicago, IL"),
        ]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 250", "ECFMG status: Certified (2024)"]),
        ("Publications", [
            "Abdelrahman MO, Suliman SH. Hepatitis B prevalence among blood donors in Khartoum. Sudan J Med Sci. 2021;16(4):401-412.",
            "Abdelrahman MO, et al. Upper GI bleeding aetiology in Gezira. Khartoum Med J. 2022;15(1):1980-1987.",
        ]),
        ("Languages", ["Arabic (native), English (fluent)"]),
        ("References", ["Prof. Salah H. Suliman, Faculty of Medicine, U of K — salahsuliman@uofk.edu — +249 912 301 744"]),
    ],
    truth=dict(full_name="Mohamed Osman Abdelrahman", email="m.osman.abdelrahman@hotmail.com", phone_e164="+201023456789",
               medical_school="University of Khartoum Faculty of Medicine", medical_school_country="SD",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
               ecfmg_status="certified", specialties=["Internal Medicine", "Gastroenterology"],
               languages=["Arabic", "English"], visa_status=None, publications=2,
               usce_entries=[U("observership", "Gastroenterology", "TX", "2024-11", "2025-01"),
                             U("hands_on", "Internal Medicine", "IL", "2025-02", "2025-04")]),
))

# ---------------------------------------------------------------- 014 Nigeria, txt CRLF, contacts at bottom
PEOPLE.append(dict(
    id="014", layout="txt_crlf_contacts_bottom", ext="txt",
    name="Aisha Bello Abubakar", prefix="Dr.", suffix="MBBS",
    email="aishabello.abubakar@gmail.com", phone="+1 832 447 1903",
    address="Sugar Land, TX 77479",
    personal=[],
    summary="",
    sections=[
        ("EDUCATION", [
            E("2009-2016", "MBBS", "Ahmadu Bello University, Zaria, Kaduna State, Nigeria"),
        ]),
        ("TRAINING AND WORK", [
            E("2016-2017", "House Officer (housemanship)", "Ahmadu Bello University Teaching Hospital (ABUTH), Zaria"),
            E("2017-2018", "NYSC Corps Medical Officer", "Specialist Hospital Sokoto, Sokoto State"),
            E("2018-2021", "Resident Doctor, Family Medicine (did not complete; relocated)", "ABUTH, Zaria"),
        ]),
        ("USCE", [
            E("08/2023 - 10/2023", "Hands-on clinical experience, Family Medicine", "Memorial Family Medicine clinic, Houston, TX"),
            E("11/2023 - 12/2023", "Observership, Family Medicine", "Morehouse School of Medicine, Atlanta, GA"),
            E("01/2024 - 06/2024", "Research volunteer, Family Medicine (diabetes QI project)", "UTHealth Houston, Houston, TX"),
        ]),
        ("USMLE", ["Step 1: 231 (2021)", "Step 2 CK: 245 (2022)", "Step 3: 229 (2024)", "ECFMG certified"]),
        ("STATUS", ["US permanent resident (green card holder) - no visa sponsorship needed"]),
        ("SPECIALTY", ["Family Medicine"]),
        ("LANGUAGES", ["Hausa, English, Arabic (reading)"]),
        ("REFERENCES", [
            "Dr. Ibrahim Garba, ABUTH Zaria - ibrahimgarba@abuth.gov.ng - 0803 702 1146",
            "Dr. Lisa Tran, MD, Houston - ltran.fm@gmail.com - (713) 555-0192",
        ]),
    ],
    truth=dict(full_name="Aisha Bello Abubakar", email="aishabello.abubakar@gmail.com", phone_e164="+18324471903",
               medical_school="Ahmadu Bello University", medical_school_country="NG", graduation_year=2016,
               is_student=False, usmle_step1=231, usmle_step2ck=245, usmle_step3=229, ecfmg_status="certified",
               specialties=["Family Medicine"], languages=["Hausa", "English", "Arabic"], visa_status="green_card",
               publications=0,
               usce_entries=[U("hands_on", "Family Medicine", "TX", "2023-08", "2023-10"),
                             U("observership", "Family Medicine", "GA", "2023-11", "2023-12"),
                             U("research", "Family Medicine", "TX", "2024-01", "2024-06")]),
))

# ---------------------------------------------------------------- 015 Ukraine student, reportlab two columns
PEOPLE.append(dict(
    id="015", layout="pdf_twocol_reportlab", ext="pdf",
    name="Maksym Shevchenko", name_alt="Максим Іванович Шевченко", prefix="", suffix="",
    email="maksym.shevchenko@knmu.edu.ua", phone="+380 67 512 34 89",
    address="Kharkiv, Ukraine",
    personal=[("Date of birth", "03.05.2002")],
    summary="6th-year medical student, Kharkiv. Interests: General Surgery (trauma), Emergency Medicine.",
    sections=[
        ("Education", [
            E("2021 – 2027", "Medical Doctor (Master's in Medicine, 'Лікар') — expected June 2027",
              "Kharkiv National Medical University, Kharkiv, Ukraine"),
        ]),
        ("US rotations", [
            E("Mar 2026", "Sub-internship (hands-on), General Surgery", "NYC Health + Hospitals/Jacobi, Bronx, NY"),
            E("April–May 2026", "Elective (hands-on), Emergency Medicine", "Albany Medical Center, Albany, NY"),
        ]),
        ("Clinical practice in Ukraine", [
            E("Summer 2024", "Виробнича практика (clinical practice), Surgery", "Kharkiv Regional Clinical Hospital"),
            E("2022 – present", "Volunteer, emergency first aid", "Ukrainian Red Cross, Kharkiv"),
        ]),
        ("USMLE", ["Step 1 — PASS (May 2026)"]),
        ("Publications", [
            "Shevchenko M, Boiko V. Blast injuries of the abdomen: case series. Kharkiv Surgical School. 2025;(2):44-49.",
            "Abstract: Shevchenko M. Tourniquet conversion times. International Scientific Interdisciplinary Congress, Kharkiv 2025.",
        ]),
        ("Languages", ["Ukrainian (native)", "Russian (fluent)", "English (C1)"]),
        ("Visa", ["B1/B2 visa holder"]),
        ("References", ["Prof. Valerii Boiko — v.boiko@knmu.edu.ua — +380 57 707 73 80"]),
    ],
    truth=dict(full_name="Maksym Shevchenko", email="maksym.shevchenko@knmu.edu.ua", phone_e164="+380675123489",
               medical_school="Kharkiv National Medical University", medical_school_country="UA", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               specialties=["General Surgery", "Emergency Medicine"], languages=["Ukrainian", "Russian", "English"],
               visa_status="b1b2", publications=1,
               usce_entries=[U("hands_on", "General Surgery", "NY", "2026-03", "2026-03"),
                             U("hands_on", "Emergency Medicine", "NY", "2026-04", "2026-05")]),
))

# ---------------------------------------------------------------- 016 Kenya student, docx with skill bars & colours
PEOPLE.append(dict(
    id="016", layout="docx_skillbars_twocol", ext="docx",
    name="Kevin Otieno Odhiambo", prefix="", suffix="",
    email="kevin.odhiambo@students.mu.ac.ke", phone="+254 711 902 554",
    address="Eldoret, Kenya",
    personal=[("Year of birth", "2001")],
    summary="Final-year MBChB student with AMPATH oncology exposure; aiming for Internal Medicine then Hematology/Oncology.",
    skills=[("English", 95), ("Kiswahili", 100), ("Dholuo", 80), ("Clinical research", 60), ("Point-of-care US", 40)],
    sections=[
        ("Education", [
            E("2020 – expected March 2027", "Bachelor of Medicine and Bachelor of Surgery (MBChB)",
              "Moi University School of Medicine, Eldoret, Kenya"),
        ]),
        ("US Clinical Experience", [
            E("2025-07 – 2025-08", "Visiting student elective (hands-on), Hematology/Oncology",
              "Indiana University School of Medicine (AMPATH exchange), Indianapolis, IN"),
        ]),
        ("Kenyan clinical clerkships", [
            E("2023 – 2026", "Core clerkships", "Moi Teaching and Referral Hospital, Eldoret"),
        ]),
        ("USMLE", ["Step 1: Pass (2025)"]),
        ("Publications", [
            "Odhiambo KO, Busakhala N. Kaposi sarcoma presentation in western Kenya. J Glob Oncol. 2025;11:e240311.",
        ]),
        ("References", ["Dr. Naftali Busakhala, Moi University — nbusakhala@mu.ac.ke — +254 53 203 3471"]),
    ],
    truth=dict(full_name="Kevin Otieno Odhiambo", email="kevin.odhiambo@students.mu.ac.ke", phone_e164="+254711902554",
               medical_school="Moi University School of Medicine", medical_school_country="KE", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["English", "Swahili", "Luo"],
               visa_status=None, publications=1,
               usce_entries=[U("hands_on", "Hematology/Oncology", "IN", "2025-07", "2025-08")]),
))

# ================================================================ scans
PEOPLE.append(dict(
    id="017", layout="scan_phone_photo", ext="jpg", scan="phone",
    name="Oluwaseun Adebayo Adeyemi", prefix="Dr.", suffix="MBChB",
    email="seun.adeyemi@gmail.com", phone="+234 812 947 3051", address="Ile-Ife, Osun State, Nigeria",
    personal=[],
    summary="Psychiatry-oriented Nigerian physician.",
    sections=[
        ("EDUCATION", [E("2014 - 2021", "MBChB", "Obafemi Awolowo University, Ile-Ife, Nigeria")]),
        ("EXPERIENCE", [
            E("2021 - 2022", "House Officer", "OAU Teaching Hospitals Complex, Ile-Ife"),
            E("2022 - 2023", "NYSC Medical Officer", "Federal Medical Centre, Yola"),
        ]),
        ("US EXPERIENCE", [E("Feb 2025 - Apr 2025", "Observership, Psychiatry", "Kings County Hospital, Brooklyn, NY")]),
        ("USMLE", ["Step 1: Pass    Step 2 CK: 238    ECFMG: Certified"]),
        ("PUBLICATION", ["Adeyemi OA, Mosaku K. Depression in HIV clinic attendees. Niger J Psychiatry. 2023;21(1):12-18."]),
        ("LANGUAGES", ["English, Yoruba"]),
        ("INTEREST / VISA", ["Psychiatry residency. Requires J-1 visa."]),
    ],
    truth=dict(full_name="Oluwaseun Adebayo Adeyemi", email="seun.adeyemi@gmail.com", phone_e164="+2348129473051",
               medical_school="Obafemi Awolowo University", medical_school_country="NG", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
               specialties=["Psychiatry"], languages=["English", "Yoruba"], visa_status="j1", publications=1,
               usce_entries=[U("observership", "Psychiatry", "NY", "2025-02", "2025-04")]),
))

PEOPLE.append(dict(
    id="018", layout="scan_office_pdf", ext="pdf", scan="office",
    name="Ekaterina Andreyevna Morozova", name_alt="Екатерина Андреевна Морозова", prefix="", suffix="",
    email="e.morozova.endo@yandex.ru", phone="+7 925 318 44 02", address="Moscow, Russia",
    personal=[("Date of birth", "15.08.1994")],
    summary="Endocrinologist (ordinatura), Sechenov University.",
    sections=[
        ("EDUCATION", [
            E("2013 - 2019", "Specialist in General Medicine (MD equivalent)", "I.M. Sechenov First Moscow State Medical University"),
            E("2019 - 2021", "Ordinatura (residency), Endocrinology", "Endocrinology Research Centre, Moscow"),
        ]),
        ("US EXPERIENCE", [
            E("2023.09 - 2024.08", "Research Fellow, Diabetes & Endocrinology", "Joslin Diabetes Center, Boston, MA"),
            E("2024.05 - 2024.06", "Clinical Observer, Endocrinology", "Massachusetts General Hospital, Boston, MA"),
        ]),
        ("USMLE", ["Step 1 - Pass; Step 2 CK - 249; ECFMG certified"]),
        ("PUBLICATIONS", [
            "Morozova EA, et al. Diabetes Mellitus (Moscow). 2020;23(4):310-318.",
            "Morozova EA, et al. Problems of Endocrinology. 2021;67(2):52-60.",
            "Morozova EA, et al. J Clin Endocrinol Metab. 2024;109(6):1540-1549.",
        ]),
        ("LANGUAGES", ["Russian, English, French"]),
        ("INTERESTS", ["Endocrinology; Internal Medicine residency"]),
    ],
    truth=dict(full_name="Ekaterina Andreyevna Morozova", email="e.morozova.endo@yandex.ru", phone_e164="+79253184402",
               medical_school="I.M. Sechenov First Moscow State Medical University", medical_school_country="RU",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=249, usmle_step3=None,
               ecfmg_status="certified", specialties=["Endocrinology", "Internal Medicine"],
               languages=["Russian", "English", "French"], visa_status=None, publications=3,
               usce_entries=[U("research", "Endocrinology", "MA", "2023-09", "2024-08"),
                             U("observership", "Endocrinology", "MA", "2024-05", "2024-06")]),
))

PEOPLE.append(dict(
    id="019", layout="scan_phone_photo_png", ext="png", scan="phone",
    name="Abena Serwaa Darko", prefix="Dr.", suffix="", email="abena.darko@ug.edu.gh", phone="+233 20 774 1592",
    address="Legon, Accra, Ghana", personal=[],
    summary="Paediatrics-focused medical officer.",
    sections=[
        ("EDUCATION", [E("2014 - 2020", "MBChB", "University of Ghana Medical School, Accra, Ghana")]),
        ("WORK", [E("2020 - 2022", "House Officer", "Korle Bu Teaching Hospital, Accra"),
                  E("2022 - present", "Medical Officer, Paediatrics", "Ridge Regional Hospital, Accra")]),
        ("EXAMS", ["USMLE Step 1: Pass. ECFMG certification pending."]),
        ("LANGUAGES", ["English, Twi, Ga"]),
        ("INTEREST", ["Pediatrics"]),
    ],
    truth=dict(full_name="Abena Serwaa Darko", email="abena.darko@ug.edu.gh", phone_e164="+233207741592",
               medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Pediatrics"], languages=["English", "Twi", "Ga"], visa_status=None, publications=0,
               usce_entries=[]),
))

PEOPLE.append(dict(
    id="020", layout="scan_office_pdf_gray", ext="pdf", scan="office",
    name="Dilnoza Akhmedova", name_alt="Дилноза Ахмедова", prefix="", suffix="MD",
    email="dilnoza.akhmedova@gmail.com", phone="+998 90 412 77 63", address="Samarkand, Uzbekistan",
    personal=[],
    summary="OB/GYN physician from Samarkand.",
    sections=[
        ("EDUCATION", [E("2014 - 2021", "MD, General Medicine", "Samarkand State Medical University, Uzbekistan"),
                       E("2021 - 2024", "Clinical ordinatura, Obstetrics & Gynecology", "Samarkand Regional Perinatal Center")]),
        ("USCE", [E("11/2024", "Observership, OB/GYN", "NewYork-Presbyterian Queens, Flushing, NY"),
                  E("01/2025 - 03/2025", "Hands-on externship, OB/GYN", "Jersey City Medical Center, Jersey City, NJ")]),
        ("USMLE", ["Step 1: Pass | Step 2 CK: 236 | ECFMG: certified"]),
        ("PUBLICATIONS", ["Akhmedova D, et al. Preeclampsia markers. Problems of Biology and Medicine. 2022;(3):14-19.",
                          "Akhmedova D, et al. Anaemia in pregnancy, Samarkand. Central Asian J Med. 2023;(2):77-83."]),
        ("LANGUAGES", ["Uzbek, Russian, English, Tajik"]),
        ("VISA / INTEREST", ["J-1 visa required. Obstetrics and Gynecology."]),
    ],
    truth=dict(full_name="Dilnoza Akhmedova", email="dilnoza.akhmedova@gmail.com", phone_e164="+998904127763",
               medical_school="Samarkand State Medical University", medical_school_country="UZ", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
               specialties=["Obstetrics and Gynecology"], languages=["Uzbek", "Russian", "English", "Tajik"],
               visa_status="j1", publications=2,
               usce_entries=[U("observership", "Obstetrics and Gynecology", "NY", "2024-11", "2024-11"),
                             U("hands_on", "Obstetrics and Gynecology", "NJ", "2025-01", "2025-03")]),
))

PEOPLE.append(dict(
    id="021", layout="scan_phone_photo_dark", ext="jpg", scan="phone",
    name="Yonas Girma Haile", prefix="", suffix="MD", email="yonas.girma.haile@gmail.com", phone="+251 912 660 318",
    address="Gondar, Ethiopia", personal=[],
    summary="Internist-in-training interested in Pulmonary & Critical Care.",
    sections=[
        ("EDUCATION", [E("2013 - 2019", "Doctor of Medicine (MD)", "University of Gondar, College of Medicine and Health Sciences, Ethiopia")]),
        ("US EXPERIENCE", [E("Jun-Aug 2024", "Observership, Internal Medicine", "Hennepin Healthcare, Minneapolis, MN")]),
        ("USMLE", ["Step 1: Pass   Step 2 CK: 244   ECFMG certified"]),
        ("PUBLICATIONS", ["Four peer-reviewed articles (Ethiop Med J 2020, 2021; BMC Pulm Med 2022; PLoS One 2023)."]),
        ("LANGUAGES", ["Amharic, English, Tigrinya"]),
        ("GOALS", ["Internal Medicine, then Pulmonary/Critical Care. J-1 visa."]),
    ],
    truth=dict(full_name="Yonas Girma Haile", email="yonas.girma.haile@gmail.com", phone_e164="+251912660318",
               medical_school="University of Gondar College of Medicine and Health Sciences", medical_school_country="ET",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None,
               ecfmg_status="certified", specialties=["Internal Medicine", "Pulmonology/Critical Care"],
               languages=["Amharic", "English", "Tigrinya"], visa_status="j1", publications=4,
               usce_entries=[U("observership", "Internal Medicine", "MN", "2024-06", "2024-08")]),
))

DAMAGED = [
    dict(id="022", layout="pdf_truncated", ext="pdf"),
    dict(id="023", layout="pdf_encrypted", ext="pdf"),
    dict(id="024", layout="docx_random_bytes", ext="docx"),
]


def fname(p):
    return "w91_%s_%s.%s" % (p["id"], p["layout"], p["ext"])
