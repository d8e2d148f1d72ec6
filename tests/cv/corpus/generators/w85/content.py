# -*- coding: utf-8 -*-
"""CV content + ground truth for writer w85. Each person: truth fields, name/contact lines, sections."""

def E(t, sp, st, a, b):
    return {"type": t, "specialty": sp, "state": st, "start": a, "end": b}

P = []

# 001 -------------------------------------------------------------
P.append(dict(
    n=1, layout="docx_table", ext="docx",
    full_name="Wang Haoran", email="haoran.wang.md@163.com", phone_e164="+8613916824471",
    medical_school="Fudan University Shanghai Medical College", medical_school_country="CN",
    graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Cardiology"],
    languages=["Chinese", "English"], publications=3,
    usce_entries=[E("research", "Cardiology", "MD", "2023-09", "2024-08"),
                  E("observership", "Cardiology", "NY", "2025-03", "2025-04")],
    name_line="Wang Haoran  王浩然",
    subtitle="MD (Fudan) | ECFMG Certified | Applicant, Internal Medicine (Cardiology track)",
    contact=["Email: haoran.wang.md@163.com", "Mobile/WeChat: +86 139 1682 4471",
             "Address: 138 Yixueyuan Rd, Xuhui District, Shanghai 200032, China",
             "Family name: WANG   Given name: Haoran   Born: 1996"],
    sections=[
        ("Education", [
            "2013.09–2021.06  Doctor of Medicine (MD, 8-year programme), Fudan University Shanghai Medical College, Shanghai, China",
            "2021.07–2023.06  Standardized Residency Training (Internal Medicine), Zhongshan Hospital, Fudan University",
        ]),
        ("Licensure & Examinations", [
            "USMLE Step 1: PASS (2022)",
            "USMLE Step 2 CK: 248 (2023)",
            "NBME Form 30 (practice): 262; UWSA 2 (practice): 255",
            "ECFMG Certification: obtained 2024.01",
            "Chinese Medical Licensing Examination (CNMLE): passed 2022",
            "Visa: will require J-1 sponsorship (ECFMG)",
        ]),
        ("US Clinical & Research Experience", [
            "2023.09–2024.08  Research Fellow, Division of Cardiology, Johns Hopkins Hospital, Baltimore, MD — heart-failure registry, echo core lab",
            "2025.03–2025.04  Clinical Observer, Cardiology, Mount Sinai Hospital, New York, NY — CCU rounds, cath-lab conferences",
        ]),
        ("Clinical Experience (China)", [
            "2021.07–2023.06  Resident, Department of Cardiology & General Internal Medicine, Zhongshan Hospital, Shanghai",
            "2019.07–2020.06  Clinical clerkship (rotating), Huashan Hospital, Shanghai",
        ]),
        ("Publications (peer-reviewed)", [
            "1. Wang H, Li J, et al. Sacubitril/valsartan in HFmrEF: a registry analysis. Chin Med J. 2022;135:1402-9.",
            "2. Wang H, Ge J. Coronary microvascular dysfunction in women. Front Cardiovasc Med. 2023;10:112845.",
            "3. Patel R, Wang H, Sharma K. Echo predictors of readmission in HFpEF. J Card Fail. 2024;30:615-22.",
        ]),
        ("Posters", [
            "Wang H et al. LV strain in cardio-oncology. ACC.24 poster, Atlanta, April 2024.",
            "Wang H et al. Frailty and TAVR outcomes. AHA Scientific Sessions 2023 (abstract).",
        ]),
        ("Career Interests", ["Internal Medicine residency, with a long-term goal of Cardiology fellowship."]),
        ("Languages", ["Mandarin Chinese (native), English (fluent, IELTS 8.0)"]),
        ("Referees", [
            "Prof. Kavita Sharma, MD — Johns Hopkins Heart Failure Program — ksharma41@jhmi.edu — +1 410 955 2107",
            "Prof. Ge Junbo — Zhongshan Hospital Cardiology — gejunbo@zs-hospital.sh.cn",
        ]),
    ]))

# 002 -------------------------------------------------------------
P.append(dict(
    n=2, layout="chromium_sidebar", ext="pdf",
    full_name="Aditi Raghunathan", email="aditi.raghu.mbbs@gmail.com", phone_e164="+919845032117",
    medical_school="China Medical University", medical_school_country="CN",
    graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None,
    ecfmg_status="pending", visa_status="b1b2", specialties=["Internal Medicine", "Pediatrics"],
    languages=["English", "Hindi", "Tamil", "Chinese"], publications=1,
    usce_entries=[E("telehealth", "Psychiatry", "FL", "2024-09", "2024-11"),
                  E("hands_on", "Internal Medicine", "IL", "2025-01", "2025-02"),
                  E("observership", "Pediatrics", "NJ", "2025-03", "2025-03")],
    name_line="Aditi Raghunathan",
    subtitle="MBBS (China Medical University, Shenyang) · FMGE qualified",
    contact=["aditi.raghu.mbbs@gmail.com", "+91 98450 32117", "Bengaluru, Karnataka, India", "Born 1999"],
    sidebar_extra=[("Visa", ["Currently hold B1/B2 visitor visa"]),
                   ("Languages", ["English", "Hindi", "Tamil (native)", "Mandarin (HSK 4)"]),
                   ("Reference", ["Dr. Michael Osei, MD", "Program Director, IM", "Advocate Illinois Masonic", "mosei.im@aah.org", "(773) 296-5124"])],
    sections=[
        ("Profile", ["Indian medical graduate of the English-taught MBBS programme at China Medical University (Shenyang). Seeking Internal Medicine or Pediatrics residency."]),
        ("Education", [
            "MBBS, China Medical University, Shenyang, Liaoning, China — Sep 2017 – Jul 2023 (English medium; internship year at First Affiliated Hospital of CMU)",
            "Class XII (CBSE), Delhi Public School Bangalore South — 2017",
        ]),
        ("Examinations", [
            "USMLE Step 1 — Pass (Mar 2024)",
            "USMLE Step 2 CK — 239 (Aug 2024)",
            "ECFMG certification — pending (OET result awaited)",
            "FMGE (India) — Qualified, June 2024 (score 182/300)",
            "UWSA1 — 244 (practice)",
        ]),
        ("US Clinical Experience", [
            "Sep 2024–Nov 2024 · Telehealth Psychiatry Externship, Serenity Behavioral Health (Tampa, FL) — remote virtual visits",
            "Jan 2025 – Feb 2025 · Hands-on Externship, Internal Medicine, Advocate Illinois Masonic Medical Center, Chicago, IL",
            "Mar 2025 · Pediatric Observership, Hackensack Meridian Health, Hackensack, NJ",
        ]),
        ("Clinical Work — India", [
            "Aug 2023 – Jun 2024 · Compulsory Rotating Medical Internship (CRMI), Bangalore Medical College & Research Institute",
        ]),
        ("Research & Publications", [
            "Raghunathan A, Zhou L. Vitamin D status in Shenyang schoolchildren. BMC Pediatr. 2022;22:514. (peer-reviewed)",
            "Poster: Sepsis bundle compliance on a Chicago medicine ward — ACP Illinois Chapter 2025",
        ]),
    ]))

# 003 -------------------------------------------------------------
P.append(dict(
    n=3, layout="reportlab_classic", ext="pdf",
    full_name="Muhammad Usman Ghani", email="usman.ghani.ksma@outlook.com", phone_e164="+923005718244",
    medical_school="Kyrgyz State Medical Academy", medical_school_country="KG",
    graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Family Medicine", "Internal Medicine"],
    languages=["English", "Urdu", "Punjabi", "Russian"], publications=1,
    usce_entries=[E("observership", "Family Medicine", "TX", "2024-06", "2024-08"),
                  E("hands_on", "Internal Medicine", "NY", "2024-08", "2024-10")],
    name_line="Dr. Muhammad Usman Ghani, MD",
    subtitle="Graduate, Kyrgyz State Medical Academy named after I.K. Akhunbaev (Bishkek)",
    contact=["House 14, Street 7, F-10/2, Islamabad, Pakistan", "Cell: 0300-5718244 (Pakistan, +92)",
             "E-mail: usman.ghani.ksma@outlook.com", "DOB: 14/02/1997"],
    sections=[
        ("Objective", ["Seeking a Family Medicine residency position; also applying to Internal Medicine programs. J-1 visa required."]),
        ("Education", [
            "MD (equivalent to MBBS), Kyrgyz State Medical Academy named after I.K. Akhunbaev, Bishkek, Kyrgyzstan. 09/2016 – 06/2022. Language of instruction: English.",
            "F.Sc. Pre-Medical, Punjab Group of Colleges, Rawalpindi, 2015",
        ]),
        ("USMLE / Certification", [
            "Step 1: Passed (first attempt), 11/2022",
            "Step 2 CK: 232, 07/2023",
            "Step 2 CK practice: NBME 12 - 540 (≈ 245), UWSA2 - 249",
            "ECFMG Certified: 02/2024",
            "NLE (Pakistan Medical & Dental Council) - passed 2023",
        ]),
        ("U.S. Clinical Experience", [
            "06/2024 - 08/2024  Observership, Family Medicine - Harris Health Lyndon B. Johnson Hospital, Houston, Texas",
            "08/2024 - 10/2024  Hands-on Clinical Externship, Internal Medicine - Brookdale University Hospital, Brooklyn, New York",
        ]),
        ("Clinical Experience - Pakistan & Kyrgyzstan", [
            "11/2022 - 11/2023  House Officer (Medicine & Surgery), Pakistan Institute of Medical Sciences (PIMS), Islamabad",
            "2021  Clinical practice (summer), City Clinical Hospital No. 1, Bishkek",
        ]),
        ("Publications", [
            "Ghani MU, Asanov B. Brucellosis presentations in Chui region. Cureus. 2023;15(4):e37821.",
            "Case report submitted: Wernicke encephalopathy after bariatric surgery (under review).",
        ]),
        ("Languages", ["English (fluent), Urdu (native), Punjabi, Russian (intermediate, studied in Bishkek)"]),
        ("References", [
            "Dr. Sandra Whitfield, MD, Program Director Family Medicine, Harris Health - swhitfield@harrishealth.org - (713) 566-5020",
            "Dr. Rakesh Menon, MD, Brookdale University Hospital - rmenon@bhmcny.org",
        ]),
    ]))

# 004 -------------------------------------------------------------
P.append(dict(
    n=4, layout="txt_plain", ext="txt",
    full_name="Bat-Erdene Ganbold", email="baterdene.g@mnums.edu.mn", phone_e164="+97699114587",
    medical_school="Mongolian National University of Medical Sciences", medical_school_country="MN",
    graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=209,
    ecfmg_status="certified", visa_status="b1b2", specialties=["Emergency Medicine", "Anesthesiology"],
    languages=["Mongolian", "English", "Russian", "Korean"], publications=0,
    usce_entries=[E("hands_on", "Emergency Medicine", "TX", "2024-06", "2024-08")],
    name_line="BAT-ERDENE GANBOLD",
    subtitle="(Mongolian: Ганболдын Бат-Эрдэнэ)  MD, Emergency physician",
    contact=["E: baterdene.g@mnums.edu.mn", "Tel: +976 9911 4587", "Ulaanbaatar, Mongolia, Bayanzurkh district", "Year of birth: 1995"],
    sections=[
        ("EDUCATION", [
            "2014-2020  Doctor of Medicine (MD), Mongolian National University of Medical Sciences (MNUMS), Ulaanbaatar",
            "2020-2023  Residency, Emergency Medicine, First Central Hospital of Mongolia",
        ]),
        ("EXAMS", [
            "USMLE Step 1 ....... PASS",
            "USMLE Step 2 CK .... 228",
            "USMLE Step 3 ....... 209",
            "ECFMG .............. certified (2023)",
        ]),
        ("US CLINICAL EXPERIENCE", [
            "Summer 2024 (June-August) - Hands-on rotation, Emergency Medicine, UT Health San Antonio, Texas",
        ]),
        ("WORK EXPERIENCE (MONGOLIA)", [
            "2023 - present   Attending physician, Emergency Department, National Trauma and Orthopedic Research Center, Ulaanbaatar",
            "2022 (3 months)  Rotation in anesthesiology & ICU, Seoul National University Hospital, South Korea",
        ]),
        ("INTERESTS", ["Emergency Medicine; Anesthesiology as second choice"]),
        ("VISA", ["B1/B2 visa valid until 2028"]),
        ("LANGUAGES", ["Mongolian - native; English - fluent; Russian - good; Korean - basic (TOPIK 2)"]),
        ("PRESENTATIONS", ["Poster: Road traffic trauma in Ulaanbaatar winter, Asian Conference on Emergency Medicine 2023"]),
        ("REFEREE", ["Dr. Oyunchimeg Dorj, Head of ED, First Central Hospital - oyunchimeg.d@fchm.mn - +976 9909 1234"]),
    ]))

# 005 -------------------------------------------------------------
P.append(dict(
    n=5, layout="odt_odfpy", ext="odt",
    full_name="Aigerim Seitkali", email="aigerim.seitkali@mail.kz", phone_e164="+77014823916",
    medical_school="Asfendiyarov Kazakh National Medical University", medical_school_country="KZ",
    graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
    ecfmg_status="pending", visa_status=None, specialties=["Neurology"],
    languages=["Kazakh", "Russian", "English", "Turkish"], publications=2,
    usce_entries=[E("research", "Neurology", "MA", "2024-06", "2024-08"),
                  E("observership", "Neurology", "OH", "2025-10", "2025-11")],
    name_line="Aigerim Seitkali  (Айгерім Сейтқали)",
    subtitle="General Medicine graduate — future neurologist",
    contact=["aigerim.seitkali@mail.kz", "+7 701 482 39 16", "Almaty, Kazakhstan"],
    sections=[
        ("Education", [
            "2019.09–2025.06  General Medicine (MD diploma), Asfendiyarov Kazakh National Medical University, Almaty",
            "2025.09–ongoing  Internship (Neurology), Almaty City Clinical Hospital No. 7",
        ]),
        ("Exams", [
            "USMLE Step 1 — Pass (2024.03)",
            "USMLE Step 2 CK — scheduled 2027.02 (NBME 13 practice: 238)",
            "ECFMG certification — pending Step 2 CK",
        ]),
        ("USCE", [
            "2024.06–2024.08  Summer research student, Stroke Division, Massachusetts General Hospital, Boston, MA",
            "2025.10–2025.11  Clinical observership, Neurology, Cleveland Clinic, Cleveland, OH",
        ]),
        ("Publications", [
            "Seitkali A, et al. Stroke thrombolysis door-to-needle times in Almaty. J Stroke Cerebrovasc Dis. 2024;33:107612.",
            "Seitkali A, Kaliyeva S. Multiple sclerosis prevalence in Kazakhstan. Mult Scler Relat Disord. 2025;94:106233.",
            "Abstract: EEG in post-COVID cognitive complaints, EAN Congress 2025.",
        ]),
        ("Languages", ["Kazakh (native), Russian (native), English (C1), Turkish (B1)"]),
        ("Reference", ["Dr. Lee H. Schwamm (research mentor) — stroke division — lschwamm.research@mgh.harvard.edu"]),
    ]))

# 006 -------------------------------------------------------------
P.append(dict(
    n=6, layout="rtf_hand", ext="rtf",
    full_name="Anahit Grigoryan", email="anahit.grigoryan.md@gmail.com", phone_e164="+18184027719",
    medical_school="Yerevan State Medical University after Mkhitar Heratsi", medical_school_country="AM",
    graduation_year=2018, is_student=False, usmle_step1=231, usmle_step2ck=244, usmle_step3=221,
    ecfmg_status="certified", visa_status="green_card", specialties=["Obstetrics and Gynecology"],
    languages=["Armenian", "Russian", "English"], publications=4,
    usce_entries=[E("hands_on", "Obstetrics and Gynecology", "CA", "2023-07", "2023-09"),
                  E("observership", "Obstetrics and Gynecology", "CA", "2023-10", "2023-12"),
                  E("research", "Obstetrics and Gynecology", "CA", "2024-01", "2026-12")],
    name_line="Anahit Grigoryan, MD",
    subtitle="Անահիտ Գրիգորյան · US Permanent Resident (Green Card)",
    contact=["Glendale, CA 91203", "(818) 402-7719", "anahit.grigoryan.md@gmail.com"],
    sections=[
        ("Education", [
            "Doctor of Medicine, Yerevan State Medical University after Mkhitar Heratsi, Yerevan, Armenia, 2012–2018",
            "Clinical Residency, Obstetrics & Gynecology, Shengavit Medical Center, Yerevan, 2018–2021",
        ]),
        ("USMLE", ["Step 1: 231   Step 2 CK: 244   Step 3: 221", "ECFMG certified (2022)"]),
        ("US Clinical Experience", [
            "07/2023 - 09/2023   Sub-internship style hands-on rotation, OB/GYN, Harbor-UCLA Medical Center, Torrance, CA",
            "10/2023 - 12/2023   Observership, Maternal-Fetal Medicine, Cedars-Sinai, Los Angeles, CA",
            "01/2024 - present   Clinical Research Coordinator, Gynecologic Oncology Research, Cedars-Sinai, Los Angeles, CA",
        ]),
        ("Work in Armenia", ["2021 - 2022   OB/GYN physician, Erebouni Medical Center, Yerevan"]),
        ("Publications", [
            "1. Grigoryan A, et al. Preterm birth trends in Armenia. Int J Gynaecol Obstet. 2020.",
            "2. Grigoryan A, Hakobyan N. Postpartum hemorrhage protocols. BMC Pregnancy Childbirth. 2021.",
            "3. Kim S, Grigoryan A, et al. HPV self-sampling uptake in LA County. Gynecol Oncol. 2024.",
            "4. Grigoryan A, Kim S. Ovarian cancer disparities among Armenian-Americans. J Womens Health. 2025.",
            "Poster: Cervical cancer screening in immigrant communities, ACOG District IX 2024",
        ]),
        ("Specialty", ["Applying to Obstetrics and Gynecology residency (2027 Match)"]),
        ("Languages", ["Armenian (native), Russian (fluent), English (fluent)"]),
        ("References", ["Dr. Sarah Kim, MD, Gynecologic Oncology, Cedars-Sinai — sarah.kim@cshs.org — (310) 423-3600"]),
    ]))

# 007 -------------------------------------------------------------
P.append(dict(
    n=7, layout="docx_header_footer", ext="docx",
    full_name="Giorgi Beridze", email="g.beridze@tvildiani.ge", phone_e164="+995599123487",
    medical_school="David Tvildiani Medical University", medical_school_country="GE",
    graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=251, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["General Surgery"],
    languages=["Georgian", "English", "Russian", "German"], publications=2,
    usce_entries=[E("hands_on", "General Surgery", "PA", "2024-02", "2024-03"),
                  E("observership", "General Surgery", "MI", "2024-04", "2024-04"),
                  E("research", "General Surgery", "PA", "2024-05", "2025-01")],
    name_line="GIORGI BERIDZE",
    subtitle="გიორგი ბერიძე — MD, aspiring general surgeon",
    contact=["g.beridze@tvildiani.ge", "+995 599 12 34 87", "Tbilisi, Georgia"],
    sections=[
        ("Education", [
            "Feb 2016 – Jul 2022 — MD, David Tvildiani Medical University (AIETI Medical School), Tbilisi, Georgia (USMLE-based curriculum)",
        ]),
        ("Exams", ["USMLE Step 1 – Pass", "USMLE Step 2 CK – 251", "ECFMG – Certified (Oct 2023)", "J-1 visa sponsorship needed"]),
        ("US Experience", [
            "Feb–Mar 2024 — Hands-on sub-internship, General Surgery, Allegheny General Hospital, Pittsburgh, PA",
            "April 2024 — Observership, Acute Care Surgery, Henry Ford Hospital, Detroit, MI",
            "May 2024 – Jan 2025 — Research fellow, Department of Surgery, University of Pittsburgh Medical Center, PA",
        ]),
        ("Georgia", ["Aug 2022 – Dec 2023 — Junior doctor, Surgery, Tbilisi State Medical University First University Clinic"]),
        ("Publications", [
            "Beridze G, et al. Laparoscopic appendectomy outcomes in Georgia. World J Surg. 2023;47:2210-7.",
            "Beridze G, Zuckerbraun B. Frailty and emergency laparotomy. J Surg Res. 2025;305:45-52.",
            "Submitted: Robotic hernia repair learning curve (Surg Endosc, under review)",
        ]),
        ("Languages", ["Georgian (native), English (fluent), Russian (good), German (B2)"]),
        ("Reference", ["Brian Zuckerbraun, MD — UPMC Surgery — zuckerbraunbs@upmc.edu — +1 412 647 0635"]),
    ]))

# 008 -------------------------------------------------------------
P.append(dict(
    n=8, layout="lo_docx2pdf", ext="pdf",
    full_name="Rahul Kumar Verma", email="rahulkverma.tsmu@gmail.com", phone_e164="+919810442671",
    medical_school="Tbilisi State Medical University", medical_school_country="GE",
    graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
    ecfmg_status=None, visa_status="b1b2", specialties=["Internal Medicine", "Gastroenterology"],
    languages=["English", "Hindi", "Georgian"], publications=0,
    usce_entries=[E("observership", "Internal Medicine", "NJ", "2025-09", "2025-10"),
                  E("hands_on", "Gastroenterology", "NJ", "2025-11", "2025-11")],
    name_line="Dr. Rahul Kumar Verma, MD",
    subtitle="Indian medical graduate — Tbilisi State Medical University (English programme)",
    contact=["Phone: +91-9810-442-671", "Email: rahulkverma.tsmu@gmail.com", "Address: C-42, Sector 21, Noida, Uttar Pradesh, India"],
    sections=[
        ("Education", [
            "Sep 2018 – Jun 2024: Medical Doctor (MD, 6-year English-taught programme), Tbilisi State Medical University, Tbilisi, Georgia",
            "2018: Class XII, Amity International School, Noida",
        ]),
        ("Licensing exams", [
            "USMLE Step 1: Pass (Jan 2025)",
            "Step 2 CK: preparing — NBME 9 practice 250, UWSA2 practice 258",
            "FMGE (NBEMS, India): Qualified, Dec 2024",
            "NExT: not yet applicable",
        ]),
        ("Clinical experience — USA", [
            "Sep 2025 – Oct 2025: Observership in Internal Medicine, Saint Peter's University Hospital, New Brunswick, NJ",
            "Nov 2025: Hands-on elective, Gastroenterology & Hepatology, Hackensack University Medical Center, NJ",
        ]),
        ("Other clinical experience", [
            "Jun 2025 – Jul 2025: Observership, Gastroenterology, Toronto Western Hospital, Ontario, Canada",
            "Feb 2025 – May 2025: Internship (CRMI), Safdarjung Hospital, New Delhi",
        ]),
        ("Research", ["Poster: H. pylori eradication rates in Tbilisi — TSMU Student Conference 2023"]),
        ("Interests", ["Internal Medicine → Gastroenterology fellowship"]),
        ("Visa", ["B1/B2 visa holder"]),
        ("Languages", ["English, Hindi, Georgian (basic)"]),
        ("References", ["Dr. Nino Kiknadze, Professor of Internal Medicine, TSMU — n.kiknadze@tsmu.edu — +995 32 254 24 09"]),
    ]))

# 009 -------------------------------------------------------------
P.append(dict(
    n=9, layout="fpdf2_compact", ext="pdf",
    full_name="Leyla Məmmədova", email="leyla.mammadova.md@gmail.com", phone_e164="+994503182764",
    medical_school="Azerbaijan Medical University", medical_school_country="AZ",
    graduation_year=2017, is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Pediatrics"],
    languages=["Azerbaijani", "Turkish", "Russian", "English"], publications=1,
    usce_entries=[E("observership", "Pediatrics", "FL", "2024-11", "2025-02"),
                  E("hands_on", "Pediatrics", "FL", "2025-01", "2025-03")],
    name_line="Leyla Məmmədova",
    subtitle="(Leyla Mammadova) · Pediatrician · Baku, Azerbaijan",
    contact=["leyla.mammadova.md@gmail.com", "+994 50 318 27 64", "b. 1993"],
    sections=[
        ("EDUCATION", [
            "2011–2017  MD (General Medicine), Azerbaijan Medical University, Baku",
            "2017–2020  Residency in Pediatrics, Scientific Research Institute of Pediatrics named after K. Farajova, Baku",
        ]),
        ("USMLE", ["Step 1 PASS · Step 2 CK 236 · ECFMG certified 2023 · needs J-1"]),
        ("US CLINICAL EXPERIENCE", [
            "Nov 2024 – Feb 2025  Pediatric observership, Nicklaus Children's Hospital, Miami, FL",
            "Jan 2025 – Mar 2025  Hands-on pediatric externship (outpatient), Jackson Health System, Miami, FL",
        ]),
        ("WORK", ["2020 – 2024  Pediatrician, Baku Children's City Clinical Hospital No. 4"]),
        ("PUBLICATIONS", ["Məmmədova L, et al. Iron deficiency in Azerbaijani toddlers. Azerbaijan Medical Journal. 2021;(3):44-49."]),
        ("GOAL", ["Pediatrics residency"]),
        ("LANGUAGES", ["Azerbaijani (native), Turkish, Russian, English"]),
        ("REFERENCE", ["Dr. Carlos Mendoza-Ruiz, Nicklaus Children's — carlos.mendoza@nicklaushealth.org"]),
    ]))

# 010 -------------------------------------------------------------
P.append(dict(
    n=10, layout="chromium_cjk", ext="pdf",
    full_name="Chen Yutong", email="chenyutong@student.pumc.edu.cn", phone_e164="+8618601135290",
    medical_school="Peking Union Medical College", medical_school_country="CN",
    graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
    ecfmg_status=None, visa_status=None, specialties=["Hematology/Oncology", "Internal Medicine"],
    languages=["Chinese", "English", "Japanese"], publications=5,
    usce_entries=[E("research", "Hematology/Oncology", "TX", "2025-07", "2025-12")],
    name_line="陈雨桐 Chen Yutong",
    subtitle="MD Candidate (8-year programme), Peking Union Medical College",
    contact=["chenyutong@student.pumc.edu.cn", "+86 186-0113-5290", "Dongcheng District, Beijing 100730"],
    sections=[
        ("教育背景 Education", [
            "2019.09–2027.06 (expected)  Doctor of Medicine (MD), Peking Union Medical College / Tsinghua University School of Medicine, Beijing",
            "Clinical training: Peking Union Medical College Hospital (PUMCH)",
        ]),
        ("考试 Examinations", ["USMLE Step 1: Pass (2025.04)", "Step 2 CK: planned 2026 Q4", "UWSA1 (practice): 241"]),
        ("Research Experience (USA)", [
            "2025.07–2025.12  Visiting research student, Department of Lymphoma/Myeloma, MD Anderson Cancer Center, Houston, TX",
        ]),
        ("Research (China)", ["2023.01–2025.06  Student researcher, Hematology Department, PUMCH (CAR-T outcomes)"]),
        ("Publications (SCI, peer-reviewed)", [
            "1. Chen Y, et al. CAR-T cytokine release syndrome predictors. Blood Adv. 2024.",
            "2. Chen Y, Zhou D. Amyloidosis in Chinese cohort. Ann Hematol. 2023.",
            "3. Li X, Chen Y, et al. POEMS syndrome outcomes. Am J Hematol. 2024.",
            "4. Chen Y, et al. Waldenström macroglobulinemia real-world data. Leuk Lymphoma. 2025.",
            "5. Zhang W, Chen Y. Castleman disease review. Orphanet J Rare Dis. 2025.",
            "Manuscript in preparation: bispecific antibodies in myeloma (MD Anderson)",
        ]),
        ("Interests", ["Hematology/Oncology via Internal Medicine residency"]),
        ("语言 Languages", ["Chinese (native), English (TOEFL 112), Japanese (JLPT N2)"]),
        ("Referee", ["Prof. Zhou Daobin, PUMCH Hematology — zhoudb@pumch.cn"]),
    ]))

# 011 -------------------------------------------------------------
P.append(dict(
    n=11, layout="docx_textbox", ext="docx",
    full_name="Nyein Chan Aung", email="nyeinchanaung.um1@gmail.com", phone_e164="+959420118736",
    medical_school="University of Medicine 1, Yangon", medical_school_country="MM",
    graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Infectious Disease"],
    languages=["Burmese", "English", "Thai"], publications=1,
    usce_entries=[E("observership", "Infectious Disease", "MD", "2025-01", "2025-03"),
                  E("telehealth", "Internal Medicine", "NY", "2025-06", "2026-12")],
    name_line="Nyein Chan Aung",
    subtitle="ငြိမ်းချမ်းအောင် · M.B., B.S. (Yangon)",
    contact=["nyeinchanaung.um1@gmail.com", "+95 9 420 118 736", "Mae Sot, Tak, Thailand (current)"],
    sections=[
        ("Education", ["M.B., B.S., University of Medicine 1, Yangon, Myanmar — 2012–2019 (house surgeoncy 2018–2019)"]),
        ("Examinations", ["USMLE Step 1: PASS", "USMLE Step 2 CK: 241", "ECFMG: Certified (2024)", "Visa: J-1 required"]),
        ("US Clinical Experience", [
            "Jan 2025 to Mar 2025 — Observership, Infectious Diseases, University of Maryland Medical Center, Baltimore, MD",
            "Jun 2025 – ongoing — Telehealth clinical assistant (Internal Medicine), remote for a New York primary-care group (NY)",
        ]),
        ("Work Experience", [
            "2019–2021 — Assistant Surgeon (Medical Officer), Yangon General Hospital, Medical Unit",
            "2022–present — Medical doctor, Mae Tao Clinic, Mae Sot, Thailand (TB/HIV program)",
        ]),
        ("Publications", ["Aung NC, et al. MDR-TB treatment outcomes on the Thai–Myanmar border. Int J Tuberc Lung Dis. 2024;28:301-7."]),
        ("Interest", ["Internal Medicine, then Infectious Disease fellowship"]),
        ("Languages", ["Burmese (native), English (fluent), Thai (conversational)"]),
        ("Referee", ["Dr. Kerri Thom, ID, University of Maryland — kthom@som.umaryland.edu"]),
    ]))

# 012 -------------------------------------------------------------
P.append(dict(
    n=12, layout="reportlab_twocol", ext="pdf",
    full_name="Sokha Chea", email="sokha.chea.uhs@gmail.com", phone_e164="+85512845392",
    medical_school="University of Health Sciences", medical_school_country="KH",
    graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=226, usmle_step3=None,
    ecfmg_status="pending", visa_status="b1b2", specialties=["Family Medicine", "Pediatrics"],
    languages=["Khmer", "English", "French"], publications=0,
    usce_entries=[E("hands_on", "Family Medicine", "WA", "2025-03", "2025-04")],
    name_line="Sokha Chea",
    subtitle="Doctor of Medicine · Phnom Penh, Cambodia",
    contact=["sokha.chea.uhs@gmail.com", "+855 12 845 392", "Phnom Penh", "Khmer name order: CHEA Sokha"],
    sections=[
        ("Education", ["Doctor of Medicine, University of Health Sciences, Phnom Penh, Cambodia — 2014 → 2021"]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 226", "ECFMG: certification in process"]),
        ("US Clinical Experience", ["2025-03 → 2025-04  Hands-on rotation, Family Medicine, Swedish Family Medicine Residency (Cherry Hill), Seattle, WA"]),
        ("Clinical Experience (Cambodia)", [
            "2021 → present  General practitioner, Calmette Hospital, Phnom Penh",
            "2019 → 2021  Intern, Angkor Hospital for Children, Siem Reap",
        ]),
        ("Interests", ["Family Medicine, Pediatrics"]),
        ("Visa", ["B1/B2"]),
        ("Languages", ["Khmer, English, French"]),
        ("Reference", ["Dr. Emily Tran, Swedish FM — emily.tran@swedish.org"]),
    ]))

# 013 -------------------------------------------------------------
P.append(dict(
    n=13, layout="lo_odt2pdf", ext="pdf",
    full_name="Tharindu Madushanka Wijesinghe", email="tharindu.wijesinghe@med.cmb.ac.lk", phone_e164="+94771234587",
    medical_school="Faculty of Medicine, University of Colombo", medical_school_country="LK",
    graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Pulmonology/Critical Care", "Internal Medicine"],
    languages=["Sinhala", "English", "Tamil"], publications=3,
    usce_entries=[E("hands_on", "Pulmonology/Critical Care", "OH", "2024-08", "2024-10"),
                  E("research", "Pulmonology/Critical Care", "OH", "2024-11", "2025-06")],
    name_line="Tharindu Madushanka Wijesinghe",
    subtitle="MBBS (Colombo) · ECFMG certified",
    contact=["tharindu.wijesinghe@med.cmb.ac.lk", "+94 77 123 4587", "Nugegoda, Sri Lanka"],
    sections=[
        ("Education", ["MBBS, Faculty of Medicine, University of Colombo, Sri Lanka — 2014–2020 (Second Class Upper)"]),
        ("Examinations", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 255", "ECFMG — Certified", "PLAB 1 — Pass (2022) [UK]", "Will require J-1 visa"]),
        ("US Clinical Experience", [
            "Aug 2024–Oct 2024  Hands-on externship, Medical ICU (Pulmonary & Critical Care), MetroHealth Medical Center, Cleveland, OH",
            "Nov 2024–Jun 2025  Research assistant, Pulmonary & Critical Care, Cleveland Clinic, OH",
        ]),
        ("Sri Lanka", [
            "2021–2022  Intern House Officer, National Hospital of Sri Lanka, Colombo",
            "2022–2024  Senior House Officer, Respiratory Medicine, Central Chest Clinic, Colombo",
        ]),
        ("Publications", [
            "Wijesinghe TM, et al. Dengue shock in adults: ICU outcomes. Ceylon Med J. 2021.",
            "Wijesinghe TM, Perera R. Silicosis in Sri Lankan quarry workers. BMC Pulm Med. 2023.",
            "Shah A, Wijesinghe TM, et al. Prone positioning adherence. Crit Care Explor. 2025.",
            "Abstract: ARDS phenotypes (ATS 2025) — abstract only",
        ]),
        ("Interests", ["Pulmonary & Critical Care medicine via Internal Medicine"]),
        ("Languages", ["Sinhala, English, Tamil"]),
        ("Referees", ["Dr. Abhijit Shah, MetroHealth MICU — ashah@metrohealth.org — +1 216 778 3000"]),
    ]))

# 014 -------------------------------------------------------------
P.append(dict(
    n=14, layout="txt_email_style", ext="txt",
    full_name="Sara Hosseini", email="sara.hosseini.md@yahoo.com", phone_e164="+14087712290",
    medical_school="Tehran University of Medical Sciences", medical_school_country="IR",
    graduation_year=2016, is_student=False, usmle_step1=240, usmle_step2ck=252, usmle_step3=230,
    ecfmg_status="certified", visa_status="green_card", specialties=["Psychiatry", "Neurology"],
    languages=["Persian", "English", "Azerbaijani"], publications=6,
    usce_entries=[E("observership", "Psychiatry", "CA", "2023-06", "2023-08"),
                  E("hands_on", "Psychiatry", "CA", "2023-09", "2023-09"),
                  E("research", "Psychiatry", "CA", "2023-10", "2024-09")],
    name_line="Sara Hosseini",
    subtitle="سارا حسینی",
    contact=["San Jose, CA", "sara.hosseini.md@yahoo.com", "+1 (408) 771-2290"],
    sections=[
        ("Status", ["US lawful permanent resident (green card) since 2022"]),
        ("Medical degree", ["MD, Tehran University of Medical Sciences (TUMS), Iran — 2009 to 2016"]),
        ("USMLE", ["Step 1: 240 | Step 2 CK: 252 | Step 3: 230 | ECFMG certified"]),
        ("US experience", [
            "- Jun 2023 - Aug 2023: Observer, Adult Psychiatry, Stanford Health Care, Palo Alto, CA",
            "- Sept 2023: Hands-on elective, Consult-Liaison Psychiatry, Santa Clara Valley Medical Center, CA",
            "- 2023-10 to 2024-09: Research coordinator, UCLA Semel Institute, Los Angeles, CA",
        ]),
        ("Iran", ["- 2016-2018: General practitioner (mandatory service), Ardabil province",
                  "- 2018-2021: Psychiatry resident (3 of 4 years), Roozbeh Hospital, Tehran"]),
        ("Publications", ["6 peer-reviewed articles (first author on 3), e.g. Hosseini S et al. Ketamine in TRD. Iran J Psychiatry 2020; plus 4 posters"]),
        ("Interests", ["Psychiatry (first), Neurology"]),
        ("Languages", ["Farsi (native), English (fluent), Azeri Turkish (conversational)"]),
        ("Reference", ["Dr. Ramin Tabatabaei, Stanford Psychiatry - rtabatab@stanford.edu - 650-723-6811"]),
    ]))

# 015 -------------------------------------------------------------
P.append(dict(
    n=15, layout="chromium_table", ext="pdf",
    full_name="Ahmad Zia Rahimi", email="az.rahimi.md@gmail.com", phone_e164="+15713084412",
    medical_school="Kabul University of Medical Sciences", medical_school_country="AF",
    graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=230, usmle_step3=None,
    ecfmg_status="certified", visa_status="green_card", specialties=["Family Medicine", "Internal Medicine"],
    languages=["Dari", "Pashto", "English", "Urdu"], publications=1,
    usce_entries=[E("hands_on", "Family Medicine", "VA", "2024-05", "2024-07"),
                  E("observership", "Internal Medicine", "VA", "2024-08", "2024-08")],
    name_line="Ahmad Zia Rahimi",
    subtitle="MD (Kabul) · Family Medicine applicant",
    contact=["az.rahimi.md@gmail.com", "+1 571-308-4412", "Alexandria, VA 22304", "Green card holder (SIV)"],
    sections=[
        ("Education", ["MD, Kabul University of Medical Sciences (Abu Ali Ibn Sina), Kabul, Afghanistan — 2012–2019"]),
        ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 230", "ECFMG: Certified (2023)"]),
        ("USCE", [
            "05/2024–07/2024 | Hands-on | Family Medicine | Inova Alexandria Hospital, Alexandria, VA",
            "08/2024 | Observership | Internal Medicine | VCU Health, Richmond, VA",
        ]),
        ("Afghanistan", [
            "01/2020–08/2021 | Physician | Emergency & Internal Medicine | Wazir Akbar Khan Hospital, Kabul",
            "2019–2020 | Intern | Rotating | Ali Abad Teaching Hospital, Kabul",
        ]),
        ("Publications", ["Rahimi AZ, et al. Measles outbreak in Kabul 2019. East Mediterr Health J. 2021;27:1088-94."]),
        ("Languages", ["Dari, Pashto (native); English; Urdu"]),
        ("Personal", ["Name in Dari: احمد ضیا رحیمی | Born 1994, Kabul"]),
        ("References", ["Dr. Laura Whitman, Inova FM — laura.whitman@inova.org — 703-504-3000"]),
    ]))

# 016 -------------------------------------------------------------
P.append(dict(
    n=16, layout="lo_rtf2docx", ext="docx",
    full_name="Sushmita Adhikari", email="sushmita.adhikari22@gmail.com", phone_e164="+9779841234567",
    medical_school="Holy Family Red Crescent Medical College", medical_school_country="BD",
    graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
    ecfmg_status=None, visa_status=None, specialties=["Pathology", "Internal Medicine"],
    languages=["Nepali", "English", "Hindi", "Bengali"], publications=1,
    usce_entries=[E("observership", "Pathology", "NY", "2025-02", "2025-03")],
    name_line="Sushmita Adhikari",
    subtitle="MBBS (Dhaka University) — Nepal Medical Council registered",
    contact=["sushmita.adhikari22@gmail.com", "+977 9841-234567", "Lalitpur, Nepal"],
    sections=[
        ("Education", ["MBBS, Holy Family Red Crescent Medical College, Dhaka, Bangladesh (affiliated with University of Dhaka) — Jan 2016 – Mar 2022",
                       "Internship: Holy Family Red Crescent Medical College Hospital, 2022–2023"]),
        ("Licensure", ["Nepal Medical Council licensing exam — passed 2023", "USMLE Step 1 — Pass (2024)"]),
        ("US Observership", ["February–March 2025: Observership in Anatomic & Clinical Pathology, NYU Langone Health, New York, NY"]),
        ("Experience (Nepal)", ["2023 – present: Medical Officer, Patan Hospital, Lalitpur"]),
        ("Publication", ["Adhikari S, et al. Thyroid FNAC Bethesda categories in Dhaka. J Cytol. 2023;40:77-81."]),
        ("Interests", ["Pathology; Internal Medicine"]),
        ("Languages", ["Nepali, English, Hindi, Bengali"]),
        ("References", ["Prof. Nasreen Sultana, Pathology, HFRCMC — nasreen.sultana@hfrcmc.edu.bd"]),
    ]))

# ------------------------ scans --------------------------------
P.append(dict(
    n=17, layout="scan_pdf_rotated", ext="pdf", scan=True,
    full_name="Priyanka Nair", email="priyanka.nair.oshsu@gmail.com", phone_e164="+919447021836",
    medical_school="Osh State University", medical_school_country="KG",
    graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
    ecfmg_status=None, visa_status="b1b2", specialties=["Internal Medicine"],
    languages=["English", "Malayalam", "Hindi", "Russian"], publications=0,
    usce_entries=[E("hands_on", "Internal Medicine", "GA", "2025-07", "2025-08")],
    name_line="Priyanka Nair",
    subtitle="MD student (6th year), International Medical Faculty, Osh State University, Kyrgyzstan",
    contact=["priyanka.nair.oshsu@gmail.com", "+91 94470 21836", "Kochi, Kerala"],
    sections=[
        ("Education", ["MD (General Medicine), Osh State University, Osh, Kyrgyzstan — Sep 2021 – Jun 2027 (expected)"]),
        ("Exams", ["USMLE Step 1: Pass (2025)", "NExT/FMGE: will appear after graduation"]),
        ("US Clinical Experience", ["Jul 2025 - Aug 2025: Hands-on clerkship, Internal Medicine, Piedmont Atlanta Hospital, GA"]),
        ("Interest", ["Internal Medicine"]),
        ("Visa", ["B1/B2 visa"]),
        ("Languages", ["English, Malayalam, Hindi, Russian (basic)"]),
    ]))

P.append(dict(
    n=18, layout="photo_png", ext="png", scan=True,
    full_name="Hamid Reza Karimi", email="hr.karimi@sums.ac.ir", phone_e164="+989123456781",
    medical_school="Shiraz University of Medical Sciences", medical_school_country="IR",
    graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None,
    ecfmg_status="certified", visa_status="h1b", specialties=["Radiology"],
    languages=["Persian", "English"], publications=2,
    usce_entries=[E("observership", "Radiology", "IL", "2024-09", "2024-11")],
    name_line="Hamid Reza Karimi, MD",
    subtitle="Shiraz, Iran",
    contact=["hr.karimi@sums.ac.ir", "+98 912 345 6781"],
    sections=[
        ("Education", ["MD, Shiraz University of Medical Sciences, Iran, 2013-2020"]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 245", "ECFMG certified"]),
        ("US Experience", ["Sep 2024 - Nov 2024: Observership, Diagnostic Radiology, Northwestern Memorial Hospital, Chicago, IL"]),
        ("Publications", ["2 peer-reviewed papers (Iran J Radiol 2021; Eur J Radiol 2023)"]),
        ("Goal", ["Diagnostic Radiology residency; will need H-1B visa sponsorship"]),
        ("Languages", ["Persian, English"]),
    ]))

P.append(dict(
    n=19, layout="photo_jpg", ext="jpg", scan=True,
    full_name="Mohammed Faizan Shaikh", email="faizan.shaikh.smu@gmail.com", phone_e164="+77772154490",
    medical_school="Semey Medical University", medical_school_country="KZ",
    graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
    ecfmg_status=None, visa_status=None, specialties=["Family Medicine"],
    languages=["English", "Hindi", "Urdu", "Marathi"], publications=0,
    usce_entries=[],
    name_line="Mohammed Faizan Shaikh",
    subtitle="5th year MD student, Semey Medical University, Kazakhstan",
    contact=["faizan.shaikh.smu@gmail.com", "+7 777 215 4490", "Semey, Kazakhstan / Mumbai, India"],
    sections=[
        ("Education", ["MD (English medium), Semey Medical University, Semey, Kazakhstan — 2021–2027 (expected)"]),
        ("Exams", ["USMLE Step 1: Passed 2025", "FMGE / NExT: planned"]),
        ("Clinical", ["Summer practice 2024: Semey Emergency Hospital (Kazakhstan)"]),
        ("Interest", ["Family Medicine"]),
        ("Languages", ["English, Hindi, Urdu, Marathi"]),
    ]))

P.append(dict(
    n=20, layout="scan_pdf_lowres", ext="pdf", scan=True,
    full_name="Dilini Perera", email="dilini.perera.zzu@gmail.com", phone_e164="+94715563302",
    medical_school="Zhengzhou University", medical_school_country="CN",
    graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Pediatrics"],
    languages=["Sinhala", "English", "Chinese"], publications=0,
    usce_entries=[E("observership", "Pediatrics", "MI", "2025-05", "2025-06")],
    name_line="Dilini Perera",
    subtitle="MBBS (Zhengzhou University, China)",
    contact=["dilini.perera.zzu@gmail.com", "+94 71 556 3302", "Kandy, Sri Lanka"],
    sections=[
        ("Education", ["MBBS, Zhengzhou University, Henan, China — 2015.09–2021.07 (English-medium)"]),
        ("Exams", ["ERPM (Sri Lanka Medical Council): passed 2022", "USMLE Step 1: Pass", "USMLE Step 2 CK: 233", "ECFMG: Certified", "J-1 required"]),
        ("US Clinical Experience", ["May 2025 – Jun 2025: Pediatrics observership, Children's Hospital of Michigan, Detroit, MI"]),
        ("Experience", ["2022–2024: Intern Medical Officer, Teaching Hospital Kandy"]),
        ("Interest", ["Pediatrics"]),
        ("Languages", ["Sinhala, English, Mandarin"]),
    ]))

P.append(dict(
    n=21, layout="photo_jpg_lowcontrast", ext="jpg", scan=True,
    full_name="Ayesha Siddiqa Malik", email="ayesha.malik.xjtu@gmail.com", phone_e164="+923214409875",
    medical_school="Xi'an Jiaotong University", medical_school_country="CN",
    graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None,
    ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Endocrinology"],
    languages=["English", "Urdu", "Punjabi", "Chinese"], publications=0,
    usce_entries=[E("hands_on", "Internal Medicine", "NY", "2024-01", "2024-02"),
                  E("hands_on", "Endocrinology", "NY", "2024-03", "2024-03")],
    name_line="Ayesha Siddiqa Malik",
    subtitle="MBBS, Xi'an Jiaotong University Health Science Center (China)",
    contact=["ayesha.malik.xjtu@gmail.com", "0321-4409875 (+92)", "Lahore, Pakistan"],
    sections=[
        ("Education", ["MBBS, Xi'an Jiaotong University, Xi'an, China — 2014–2020 (English-taught)"]),
        ("Exams", ["USMLE Step 1: Pass", "Step 2 CK: 240", "ECFMG certified", "NLE Pakistan: passed", "Visa: J-1"]),
        ("US Clinical Experience", [
            "Jan 2024 – Feb 2024: Hands-on IM externship, Jamaica Hospital Medical Center, Queens, NY",
            "Mar 2024: Endocrinology elective (hands-on), Jamaica Hospital Medical Center, NY",
        ]),
        ("Interest", ["Internal Medicine, Endocrinology"]),
        ("Languages", ["English, Urdu, Punjabi, Chinese"]),
    ]))

DAMAGED = [
    dict(n=22, layout="damaged_truncated_pdf", ext="pdf"),
    dict(n=23, layout="damaged_encrypted_pdf", ext="pdf"),
    dict(n=24, layout="damaged_random_bytes", ext="docx"),
]

KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]


def fname(p):
    return "w85_%03d_%s.%s" % (p["n"], p["layout"], p["ext"])


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
            if m > 12:
                y, m = y + 1, 1
    return len(s)


def truth(p):
    d = {k: p.get(k) for k in KEYS}
    d["file"] = fname(p)
    d["usce_months"] = months(p["usce_entries"])
    d["usce_months_clinical"] = months(p["usce_entries"], True)
    if p.get("scan"):
        d["needs_ocr"] = True
    return d
