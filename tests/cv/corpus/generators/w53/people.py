# -*- coding: utf-8 -*-
"""Content + truth for w53 CVs (MENA / Gulf theme).
Each person: header info, contacts, free-text sections (as the applicant wrote them),
and the truth dict (hand-written; usce_months recomputed by build)."""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = {}

# ---------------------------------------------------------------- 001
P[1] = dict(
    layout="docx_table", ext="docx",
    name="Abdulrahman Saleh Al-Qahtani", name_ar="عبدالرحمن صالح القحطاني", title="Dr. Abdulrahman Saleh Al-Qahtani, MBBS",
    email="a.alqahtani.md@gmail.com", phone="+966 55 318 4402", address="Al Malqa District, Riyadh 13521, Saudi Arabia",
    sections=[
        ("Profile", ["Saudi Board Internal Medicine resident (R3) seeking a US observership / research position in Internal Medicine with long-term interest in Pulmonary & Critical Care."]),
        ("Education", [
            "MBBS, King Saud University College of Medicine, Riyadh, KSA — Sept 2012 – June 2019 (Second Honor)",
            "Internship year, King Khalid University Hospital, Riyadh — 07/2018 – 06/2019",
        ]),
        ("Postgraduate Training", [
            "Saudi Board of Internal Medicine (SCFHS), King Fahad Medical City, Riyadh — 10/2022 – present",
            "General Practitioner, Ministry of Health, Al-Kharj General Hospital — 2019 – 2022",
        ]),
        ("Licensing Examinations", [
            "SMLE (Saudi Medical Licensure Exam): passed 2019, score 712",
            "Saudi Board Part I (Promotion exam): passed 2023",
            "USMLE Step 1: PASS (2022)",
            "USMLE Step 2 CK: 248 (2023)",
            "UWorld self-assessment: 262, NBME form 12: 255 (practice only)",
            "ECFMG Certified (2023)",
        ]),
        ("US Clinical Experience", [
            "Clinical Observership – Pulmonary & Critical Care Medicine, Cleveland Clinic, Cleveland, Ohio. Jul 2023 – Aug 2023.",
            "Observer, Department of Internal Medicine, Cleveland Clinic Main Campus, OH — September 2023",
        ]),
        ("Publications", [
            "1. Al-Qahtani AS, Alharbi M. Outcomes of non-invasive ventilation in COPD exacerbations at a tertiary Saudi center. Ann Thorac Med. 2022;17(3):155-161.",
            "2. Al-Qahtani AS, et al. Vitamin D status in ICU patients in Riyadh. Saudi Med J. 2021;42(9):980-986.",
            "Poster: Sepsis bundle compliance, Saudi Critical Care Society Annual Meeting 2023 (poster).",
        ]),
        ("Languages", ["Arabic (native), English (fluent)"]),
        ("Visa", ["Will require J-1 visa (ECFMG sponsored) for residency."]),
        ("References", [
            "Dr. Khalid Al-Harbi, Consultant Pulmonologist, King Fahad Medical City — kharbi@kfmc.med.sa — +966 11 288 9999",
            "Dr. Rachel Simmons, Staff Physician, Cleveland Clinic — simmonr2@ccf.org — +1 216 444 2200",
        ]),
    ],
    truth=dict(full_name="Abdulrahman Saleh Al-Qahtani", email="a.alqahtani.md@gmail.com", phone_e164="+966553184402",
        medical_school="King Saud University College of Medicine", medical_school_country="SA", graduation_year=2019, is_student=False,
        usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
        specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Arabic", "English"], visa_status="j1", publications=2,
        usce_entries=[E("observership", "Pulmonology/Critical Care", "OH", "2023-07", "2023-08"), E("observership", "Internal Medicine", "OH", "2023-09", "2023-09")]),
)

# ---------------------------------------------------------------- 002
P[2] = dict(
    layout="docx_header", ext="docx",
    name="Lina Mahmoud Haddad", name_ar="لينا محمود حداد", title="LINA MAHMOUD HADDAD",
    email="lina.haddad91@outlook.com", phone="00962 79 554 1287", address="Irbid, Jordan",
    sections=[
        ("Objective", ["Applicant for Internal Medicine residency; green card holder (permanent resident), no visa sponsorship needed."]),
        ("Education", [
            "Doctor of Medicine (MD), Jordan University of Science and Technology (JUST), Irbid, Jordan, 2015–2021",
            "Rotating internship, King Abdullah University Hospital, 2021–2022",
        ]),
        ("Examinations", [
            "USMLE Step 1 — Pass",
            "USMLE Step 2 CK — 239",
            "USMLE Step 3 — 221",
            "OET Medicine — Grade B all sub-tests",
            "ECFMG certificate issued 2023",
        ]),
        ("Clinical Experience (USA)", [
            "Sub-internship, General Internal Medicine, Mayo Clinic, Rochester, MN | 2023.02 – 2023.03 | hands-on, wrote notes under supervision",
            "Externship, Nephrology, Mayo Clinic, Rochester, MN | 2023.04 | hands-on",
        ]),
        ("Clinical Experience (Jordan)", [
            "Resident physician (non-training), Internal Medicine, Jordan Hospital, Amman | 2022.07 – 2022.12",
        ]),
        ("Research", ["Case report: Haddad L, Obeidat N. Atypical presentation of lupus nephritis. Cureus. 2022;14(5):e25011 (peer-reviewed)."]),
        ("Languages", ["Arabic · English · French (basic)"]),
        ("References", ["Prof. Nabil Obeidat, MD, JUST Faculty of Medicine — nobeidat@just.edu.jo"]),
    ],
    truth=dict(full_name="Lina Mahmoud Haddad", email="lina.haddad91@outlook.com", phone_e164="+962795541287",
        medical_school="Jordan University of Science and Technology", medical_school_country="JO", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=239, usmle_step3=221, ecfmg_status="certified",
        specialties=["Internal Medicine"], languages=["Arabic", "English", "French"], visa_status="green_card", publications=1,
        usce_entries=[E("hands_on", "Internal Medicine", "MN", "2023-02", "2023-03"), E("hands_on", "Nephrology", "MN", "2023-04", "2023-04")]),
)

# ---------------------------------------------------------------- 003
P[3] = dict(
    layout="docx_sidebar", ext="docx",
    name="Mustafa Kadhim Al-Jubouri", name_ar="مصطفى كاظم الجبوري", title="Mustafa Kadhim Al-Jubouri",
    email="mustafa.aljubouri@yahoo.com", phone="(+964) 0770 412 8856", address="Al-Mansour, Baghdad, Iraq",
    sections=[
        ("About me", ["Iraqi physician, Arab Board candidate, interested in Nephrology and Internal Medicine. Currently working in the NHS (UK).", "Date of birth: 14/03/1994 — Nationality: Iraqi"]),
        ("Education", [
            "M.B.Ch.B., University of Baghdad College of Medicine — graduated 2020 (ranked 14/412)",
        ]),
        ("Postgraduate", [
            "Arab Board of Health Specializations – Internal Medicine, Part I passed (Nov 2022)",
            "Iraqi Board (Fellowship of Iraqi Board for Medical Specializations) – enrolled 2021, deferred",
        ]),
        ("Work Experience", [
            "Senior House Officer, Renal Medicine, Royal Stoke University Hospital, UK — Aug 2023 – current",
            "Resident doctor, Baghdad Teaching Hospital (Medical City) — Jan 2021 – Jun 2023",
        ]),
        ("Exams & Licensure", [
            "PLAB 1 & PLAB 2 passed (2023), full GMC registration",
            "USMLE Step 1: 232 (2021)",
            "MRCP(UK) Part 1 passed",
        ]),
        ("Publications", ["Al-Jubouri MK, Hassan AA. Prevalence of CKD among diabetics in Baghdad. Iraqi J Med Sci. 2022;20(1):44-50."]),
        ("Languages", ["Arabic (mother tongue)", "English (IELTS 7.5)"]),
        ("Referees", ["Dr. Sarah Whitfield, Consultant Nephrologist, UHNM — sarah.whitfield@uhnm.nhs.uk — +44 1782 715444"]),
    ],
    truth=dict(full_name="Mustafa Kadhim Al-Jubouri", email="mustafa.aljubouri@yahoo.com", phone_e164="+9647704128856",
        medical_school="University of Baghdad College of Medicine", medical_school_country="IQ", graduation_year=2020, is_student=False,
        usmle_step1=232, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["Nephrology", "Internal Medicine"], languages=["Arabic", "English"], visa_status=None, publications=1,
        usce_entries=[]),
)

# ---------------------------------------------------------------- 004
P[4] = dict(
    layout="odt_plain", ext="odt",
    name="Rami Fares Al-Khatib", name_ar="رامي فارس الخطيب", title="Dr. Rami Fares Al-Khatib",
    email="rami.alkhatib.md@gmail.com", phone="+49 1521 7738 204", address="Berlin, Germany (originally Damascus, Syria)",
    sections=[
        ("Summary", ["Syrian cardiology-oriented physician and research fellow. Goal: Internal Medicine residency, then Cardiology fellowship."]),
        ("Medical Education", ["Doctor of Medicine, Damascus University Faculty of Medicine, Syria (2012 – 2018)"]),
        ("Residency", ["Syrian Board of Internal Medicine, Al-Mouwasat University Hospital, Damascus, 2018–2021 (completed)"]),
        ("USMLE", ["Step 1: Pass  |  Step 2 CK: 252  |  ECFMG: Certified (Aug 2022)"]),
        ("US Experience", [
            "Observership, Cardiovascular Medicine — Brigham and Women's Hospital, Boston, MA: 09/2022 - 11/2022",
            "Postdoctoral Research Fellow, Division of Cardiology — Johns Hopkins University School of Medicine, Baltimore, MD: 2023.01 – 2024.06",
        ]),
        ("Publications (peer-reviewed)", [
            "1. Khatib RF, et al. Sex differences in TAVR outcomes. JACC Cardiovasc Interv. 2024;17:301-310.",
            "2. Khatib RF, Martin SS. Lp(a) testing trends. J Am Heart Assoc. 2023;12:e029811.",
            "3. Al-Khatib R, et al. Rheumatic heart disease in displaced Syrians. Heart. 2021;107:1650-1656.",
            "4. Al-Khatib R. Statin adherence in Damascus. East Mediterr Health J. 2020;26:711-717.",
        ]),
        ("Abstracts & Presentations", [
            "AHA Scientific Sessions 2023 — abstract (poster)",
            "ACC.24 — moderated poster",
            "ESC Congress 2023 — abstract",
        ]),
        ("Languages", ["Arabic – native; English – C2; German – B2 (Goethe-Zertifikat)"]),
        ("Visa status", ["Currently in Germany on a residence permit; J-1 sponsorship required for US training."]),
        ("References", ["Seth S. Martin, MD, MHS — Johns Hopkins — smart100@jhmi.edu — +1 410 955 5000"]),
    ],
    truth=dict(full_name="Rami Fares Al-Khatib", email="rami.alkhatib.md@gmail.com", phone_e164="+4915217738204",
        medical_school="Damascus University Faculty of Medicine", medical_school_country="SY", graduation_year=2018, is_student=False,
        usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified",
        specialties=["Internal Medicine", "Cardiology"], languages=["Arabic", "English", "German"], visa_status="j1", publications=4,
        usce_entries=[E("observership", "Cardiology", "MA", "2022-09", "2022-11"), E("research", "Cardiology", "MD", "2023-01", "2024-06")]),
)

# ---------------------------------------------------------------- 005
P[5] = dict(
    layout="rtf_hand", ext="rtf",
    name="Mohamed Osman Elhassan", name_ar="محمد عثمان الحسن", title="Mohamed Osman Elhassan",
    email="m.o.elhassan@hotmail.com", phone="+966-54-771-0932", address="Dammam, Eastern Province, KSA",
    sections=[
        ("Personal", ["Sudanese national, born 1992. Currently a General Practitioner in Saudi Arabia (Saudi Council registration, SCFHS)."]),
        ("Education", ["MBBS — University of Khartoum, Faculty of Medicine, Khartoum, Sudan. Graduated: 2017."]),
        ("Work", [
            "GP, Primary Health Care Center, MOH Dammam — 2019 – present",
            "House officer, Soba University Hospital, Khartoum — 2017 – 2018",
        ]),
        ("Licenses and exams", [
            "SMLE passed (2019); Saudi Commission classification: General Practitioner",
            "USMLE Step 1: Passed",
            "USMLE Step 2 Clinical Knowledge: 226",
            "Step 2 CS: passed (2020)",
            "ECFMG certification: in process (pathway application submitted)",
        ]),
        ("US exposure", [
            "Virtual Internal Medicine rotation (tele-rounds), University of Miami / Jackson Memorial Hospital, Miami, FL — Oct–Nov 2021",
            "Clinical observership, Family & Community Medicine, UT Health San Antonio, Texas — 15 Jan – 12 Feb 2024 (4 weeks)",
        ]),
        ("Interests", ["Family Medicine; Infectious Disease"]),
        ("Languages", ["Arabic, English"]),
        ("Referee", ["Dr. Hisham Babiker, Consultant Family Physician — hbabiker@moh.gov.sa — +966 13 842 1100"]),
    ],
    truth=dict(full_name="Mohamed Osman Elhassan", email="m.o.elhassan@hotmail.com", phone_e164="+966547710932",
        medical_school="University of Khartoum Faculty of Medicine", medical_school_country="SD", graduation_year=2017, is_student=False,
        usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="pending",
        specialties=["Family Medicine", "Infectious Disease"], languages=["Arabic", "English"], visa_status=None, publications=0,
        usce_entries=[E("telehealth", "Internal Medicine", "FL", "2021-10", "2021-11"), E("observership", "Family Medicine", "TX", "2024-01", "2024-02")]),
)

# ---------------------------------------------------------------- 006
P[6] = dict(
    layout="txt_plain", ext="txt",
    name="Fatemah Khaled Al-Mutairi", name_ar="فاطمة خالد المطيري", title="FATEMAH KHALED AL-MUTAIRI",
    email="fatemah.almutairi@ku.edu.kw", phone="+965 9903 1174", address="Salmiya, Kuwait",
    sections=[
        ("EDUCATION", [
            "Kuwait University, Faculty of Medicine (Jabriya) - BMedSc 2023; MD expected June 2027",
            "Current: Year 6 medical student (clinical years)",
        ]),
        ("USMLE", ["Step 1: PASS (first attempt, 2025)", "Step 2 CK: planned 2026"]),
        ("ELECTIVES", [
            "Summer 2025 (June-July): Pediatrics elective, UPMC Children's Hospital of Pittsburgh, PA - hands-on, 8 weeks",
            "Dec 2024: Pediatric Endocrinology elective, Al-Adan Hospital, Kuwait",
        ]),
        ("RESEARCH", [
            "Manuscript in preparation: Childhood obesity trends in Kuwaiti schools (2025)",
            "Poster: Kuwait Medical Students Research Day 2024",
        ]),
        ("INTERESTS", ["Pediatrics, Endocrinology"]),
        ("LANGUAGES", ["Arabic, English"]),
        ("VISA", ["B1/B2 visitor visa (valid to 2029)"]),
        ("REFERENCE", ["Dr. Majeda Hammoud, Dept. of Pediatrics, Kuwait University - mhammoud@hsc.edu.kw"]),
    ],
    truth=dict(full_name="Fatemah Khaled Al-Mutairi", email="fatemah.almutairi@ku.edu.kw", phone_e164="+96599031174",
        medical_school="Kuwait University Faculty of Medicine", medical_school_country="KW", graduation_year=2027, is_student=True,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["Pediatrics", "Endocrinology"], languages=["Arabic", "English"], visa_status="b1b2", publications=0,
        usce_entries=[E("hands_on", "Pediatrics", "PA", "2025-06", "2025-07")]),
)

# ---------------------------------------------------------------- 007
P[7] = dict(
    layout="pdf_reportlab_sidebar", ext="pdf",
    name="Aisha Salim Al-Balushi", name_ar="عائشة سالم البلوشي", title="Aisha Salim Al-Balushi, MD",
    email="aisha.albalushi@squ.edu.om", phone="+968 9921 4470", address="Al Khoud, Muscat, Sultanate of Oman",
    sections=[
        ("Education", ["Doctor of Medicine (MD), Sultan Qaboos University, College of Medicine and Health Sciences, Muscat, Oman — 2015–2022"]),
        ("Training", [
            "Oman Medical Specialty Board (OMSB) – Paediatrics residency, R2, Royal Hospital, Muscat, 2024–present",
            "Internship, Sultan Qaboos University Hospital, 2022–2023",
        ]),
        ("USMLE", ["Step 1 – Pass", "Step 2 CK – 255", "ECFMG – certified"]),
        ("USCE", ["Pediatric observership, Texas Children's Hospital, Houston, TX — Jan 2025 (4 weeks)"]),
        ("Career goal", ["Pediatrics residency in the US; later Pediatric Infectious Disease."]),
        ("Languages", ["Arabic, English, Balochi"]),
        ("Publications", ["Al-Balushi AS, et al. RSV hospitalisations in Omani infants. Oman Med J. 2023;38(2):e480."]),
        ("References", ["Dr. Salem Al-Rawahi, Senior Consultant — srawahi@moh.gov.om", "Dr. Emily Tran — Texas Children's — eltran@texaschildrens.org"]),
    ],
    truth=dict(full_name="Aisha Salim Al-Balushi", email="aisha.albalushi@squ.edu.om", phone_e164="+96899214470",
        medical_school="Sultan Qaboos University College of Medicine and Health Sciences", medical_school_country="OM", graduation_year=2022, is_student=False,
        usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
        specialties=["Pediatrics", "Infectious Disease"], languages=["Arabic", "English", "Balochi"], visa_status=None, publications=1,
        usce_entries=[E("observership", "Pediatrics", "TX", "2025-01", "2025-01")]),
)

# ---------------------------------------------------------------- 008
P[8] = dict(
    layout="pdf_chromium_fr", ext="pdf",
    name="Youssef El Amrani", name_ar="يوسف العمراني", title="Dr Youssef El Amrani",
    email="youssef.elamrani@gmail.com", phone="+212 6 61 47 29 83", address="Maârif, Casablanca, Maroc",
    sections=[
        ("Formation", [
            "Doctorat en Médecine — Faculté de Médecine et de Pharmacie de Casablanca, Université Hassan II, 2013–2020 (thèse soutenue en 2020, mention très honorable)",
            "Internat des CHU, CHU Ibn Rochd, Casablanca — 2018–2020",
        ]),
        ("Expérience clinique", [
            "Médecin urgentiste, Service des Urgences, Hôpital Cheikh Khalifa, Casablanca — depuis 2021",
        ]),
        ("Expérience aux États-Unis", [
            "Stage d'observation (observership), Emergency Medicine — Mount Sinai Hospital, New York, NY — mars–avril 2024",
        ]),
        ("Examens", [
            "USMLE Step 1 : Pass",
            "USMLE Step 2 CK : 241",
            "ECFMG : certifié",
        ]),
        ("Informations", ["Né le 02/11/1995 à Casablanca — nationalité marocaine"]),
        ("Projet professionnel", ["Emergency Medicine residency (USA). Visa : J-1 requis."]),
        ("Langues", ["Arabe (langue maternelle), Amazigh (Tachelhit), Français (courant), Anglais (courant), Espagnol (notions)"]),
        ("Références", ["Pr. Hicham Nejmi, Chef de service — h.nejmi@chu-ibnrochd.ma — +212 5 22 48 20 20"]),
    ],
    truth=dict(full_name="Youssef El Amrani", email="youssef.elamrani@gmail.com", phone_e164="+212661472983",
        medical_school="Faculté de Médecine et de Pharmacie de Casablanca", medical_school_country="MA", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
        specialties=["Emergency Medicine"], languages=["Arabic", "Berber", "French", "English", "Spanish"], visa_status="j1", publications=0,
        usce_entries=[E("observership", "Emergency Medicine", "NY", "2024-03", "2024-04")]),
)

# ---------------------------------------------------------------- 009
P[9] = dict(
    layout="pdf_fpdf_classic", ext="pdf",
    name="Amine Boudiaf", name_ar=None, title="Amine BOUDIAF, MD",
    email="amine.boudiaf.dz@gmail.com", phone="+213 555 62 18 47", address="Bab Ezzouar, Alger, Algeria",
    sections=[
        ("Education", ["Doctorat en Médecine (MD), Faculté de Médecine d'Alger – Université d'Alger 1 Benyoucef Benkhedda, 2012 – 2019"]),
        ("Postgraduate", ["Résidanat, Internal Medicine, CHU Mustapha Pacha, Algiers, 2020 – 2023 (not completed; left for US pathway)"]),
        ("USMLE / ECFMG", ["Step 1: PASS (2022)", "Step 2 CK: 230 (2023)", "ECFMG certified 2023"]),
        ("US Clinical Experience", [
            "Hands-on externship, Internal Medicine, Mount Sinai Hospital (Chicago, IL), 2024-09 to 2024-12",
            "Research Associate, Division of Gastroenterology, University of Michigan, Ann Arbor, MI, 2024-11 to present",
        ]),
        ("Publications", [
            "Boudiaf A, et al. Hepatitis B reactivation under biologics: a cohort. Clin Gastroenterol Hepatol. 2025;23:1120-1128.",
            "Boudiaf A, Waljee AK. Machine learning for IBD flares. Inflamm Bowel Dis. 2025 (submitted)",
            "DDW 2025 abstract (poster)",
        ]),
        ("Specialty interest", ["Internal Medicine → Gastroenterology"]),
        ("Languages", ["Arabic, French, English, Kabyle"]),
        ("References", ["Akbar K. Waljee, MD — awaljee@med.umich.edu — (734) 936-4000"]),
    ],
    truth=dict(full_name="Amine Boudiaf", email="amine.boudiaf.dz@gmail.com", phone_e164="+213555621847",
        medical_school="Faculté de Médecine d'Alger", medical_school_country="DZ", graduation_year=2019, is_student=False,
        usmle_step1="pass", usmle_step2ck=230, usmle_step3=None, ecfmg_status="certified",
        specialties=["Internal Medicine", "Gastroenterology"], languages=["Arabic", "French", "English", "Kabyle"], visa_status=None, publications=1,
        usce_entries=[E("hands_on", "Internal Medicine", "IL", "2024-09", "2024-12"), E("research", "Gastroenterology", "MI", "2024-11", "2026-12")]),
)

# ---------------------------------------------------------------- 010
P[10] = dict(
    layout="pdf_soffice_docx", ext="pdf",
    name="Omar Yasser Abu Shaban", name_ar="عمر ياسر أبو شعبان", title="Omar Yasser Abu Shaban",
    email="omar.abushaban@iugaza.edu.ps", phone="+970 59 923 4415", address="Gaza, Palestine",
    sections=[
        ("Education", ["Bachelor of Medicine and Surgery (MBBS), Islamic University of Gaza, Faculty of Medicine — 2015–2021"]),
        ("Experience", [
            "General Surgery resident, Al-Shifa Medical Complex, Gaza — 2021–2023",
            "Volunteer physician, MSF-supported field clinic, Rafah — 11/2023 – 03/2024",
        ]),
        ("United States", [
            "Observer, Department of Surgery, Henry Ford Hospital, Detroit, Michigan — May 2025 through July 2025",
        ]),
        ("Exams", ["USMLE Step 1 — pass", "USMLE Step 2 CK — result pending", "Palestinian Medical Council licence"]),
        ("Interests", ["General Surgery, trauma and acute care"]),
        ("Languages", ["Arabic (native), English (fluent), Hebrew (basic)"]),
        ("References", ["Dr. Ahmad Hijazi, Henry Ford Health — ahijazi1@hfhs.org — +1 313 916 2600"]),
    ],
    truth=dict(full_name="Omar Yasser Abu Shaban", email="omar.abushaban@iugaza.edu.ps", phone_e164="+970599234415",
        medical_school="Islamic University of Gaza", medical_school_country="PS", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["General Surgery"], languages=["Arabic", "English", "Hebrew"], visa_status=None, publications=0,
        usce_entries=[E("observership", "General Surgery", "MI", "2025-05", "2025-07")]),
)

# ---------------------------------------------------------------- 011
P[11] = dict(
    layout="pdf_chromium_bilingual", ext="pdf",
    name="Reem Abdullah Al-Otaibi", name_ar="ريم عبدالله العتيبي", title="Reem Abdullah Al-Otaibi",
    email="reem.alotaibi@alfaisal.edu", phone="+966 50 662 7719", address="Riyadh, Saudi Arabia",
    sections=[
        ("Education", ["MBBS, Alfaisal University College of Medicine, Riyadh — Class of 2024"]),
        ("Internship", ["Rotating intern, King Faisal Specialist Hospital & Research Centre (KFSH&RC), Riyadh — Aug 2024 – Jul 2025"]),
        ("Electives", [
            "Pediatric Endocrinology (hands-on clerkship), Mayo Clinic, Jacksonville, Florida — Aug 2023",
            "Pediatrics elective, Johns Hopkins Aramco Healthcare, Dhahran, Saudi Arabia — Sep 2023",
        ]),
        ("Licensing", ["SMLE — passed (2024)", "Saudi Medical Licensure + SCFHS registration", "USMLE Step 1 — Pass", "USMLE Step 2 CK — scheduled Feb 2027"]),
        ("Interests", ["Pediatrics; Pediatric Endocrinology"]),
        ("Publications", ["Al-Otaibi R, et al. Type 1 diabetes DKA at presentation in Saudi children. J Pediatr Endocrinol Metab. 2024;37(4):321-327."]),
        ("Languages", ["Arabic, English"]),
        ("References", ["Dr. Abdulaziz Al-Saud, KFSH&RC — aalsaud@kfshrc.edu.sa"]),
    ],
    truth=dict(full_name="Reem Abdullah Al-Otaibi", email="reem.alotaibi@alfaisal.edu", phone_e164="+966506627719",
        medical_school="Alfaisal University College of Medicine", medical_school_country="SA", graduation_year=2024, is_student=False,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["Pediatrics", "Endocrinology"], languages=["Arabic", "English"], visa_status=None, publications=1,
        usce_entries=[E("hands_on", "Endocrinology", "FL", "2023-08", "2023-08")]),
)

# ---------------------------------------------------------------- 012
P[12] = dict(
    layout="rtf_soffice", ext="rtf",
    name="Hamza Nabil Awwad", name_ar="حمزة نبيل عواد", title="HAMZA NABIL AWWAD",
    email="hamza.awwad.md@icloud.com", phone="+971 50 248 7713", address="Al Barsha, Dubai, UAE",
    sections=[
        ("Summary", ["DHA-licensed General Practitioner in Dubai seeking Family Medicine residency; will require H-1B sponsorship."]),
        ("Education", ["Doctor of Medicine, The University of Jordan, Faculty of Medicine, Amman — 2010–2016"]),
        ("Licensure", [
            "DHA (Dubai Health Authority) licence — General Practitioner, 2018",
            "Jordan Medical Council — permanent licence",
            "USMLE: Step 1 Pass; Step 2 CK 232; Step 3 218",
            "ECFMG Certified (2019)",
        ]),
        ("Employment", [
            "GP, Mediclinic City Hospital, Dubai — 03.2018 – present",
            "Family Medicine observer, Cleveland Clinic Abu Dhabi, UAE — 2022",
            "Resident (Family Medicine), Jordan University Hospital — 2016–2018",
        ]),
        ("US Clinical Experience", [
            "Observership, Family Medicine, Cleveland Clinic Florida, Weston, FL — 06/2023–07/2023",
        ]),
        ("Languages", ["English, Arabic"]),
        ("References", ["Dr. Joseph Karam, Cleveland Clinic Florida — karamj@ccf.org — +1 954 659 5000"]),
    ],
    truth=dict(full_name="Hamza Nabil Awwad", email="hamza.awwad.md@icloud.com", phone_e164="+971502487713",
        medical_school="The University of Jordan Faculty of Medicine", medical_school_country="JO", graduation_year=2016, is_student=False,
        usmle_step1="pass", usmle_step2ck=232, usmle_step3=218, ecfmg_status="certified",
        specialties=["Family Medicine"], languages=["English", "Arabic"], visa_status="h1b", publications=0,
        usce_entries=[E("observership", "Family Medicine", "FL", "2023-06", "2023-07")]),
)

# ---------------------------------------------------------------- 013
P[13] = dict(
    layout="odt_footer", ext="odt",
    name="Shvan Karim Rasul", name_ar="شڤان کەریم ڕەسوڵ", title="Shvan Karim Rasul, M.B.Ch.B.",
    email="shvan.rasul@gmail.com", phone="+964 750 331 9021", address="Erbil, Kurdistan Region, Iraq",
    sections=[
        ("Education", ["M.B.Ch.B. — Hawler Medical University, College of Medicine, Erbil (2013–2019)"]),
        ("Training", ["Kurdistan Board for Medical Specialties — Psychiatry, trainee, Hawler Psychiatric Hospital — 2020–2023"]),
        ("USMLE", ["Step 1: Passed (2023)"]),
        ("US Research", ["Research Assistant (postgraduate associate), Department of Psychiatry, Yale School of Medicine, New Haven, CT, 10/2023–09/2024"]),
        ("Publications", [
            "1. Rasul SK, et al. PTSD among Yazidi survivors. BMC Psychiatry. 2022;22:518.",
            "2. Rasul SK, Krystal JH. Ketamine response predictors. Biol Psychiatry. 2024;95:e12.",
            "3. Rasul SK, et al. Burnout in Kurdish residents. (submitted to J Affect Disord)",
        ]),
        ("Interest", ["Psychiatry"]),
        ("Languages", ["Kurdish (Sorani), Arabic, English, Farsi"]),
        ("References", ["Prof. Sirwan Ali, Hawler Medical University — sirwan.ali@hmu.edu.krd"]),
    ],
    truth=dict(full_name="Shvan Karim Rasul", email="shvan.rasul@gmail.com", phone_e164="+9647503319021",
        medical_school="Hawler Medical University", medical_school_country="IQ", graduation_year=2019, is_student=False,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["Psychiatry"], languages=["Kurdish", "Arabic", "English", "Persian"], visa_status=None, publications=2,
        usce_entries=[E("research", "Psychiatry", "CT", "2023-10", "2024-09")]),
)

# ---------------------------------------------------------------- 014
P[14] = dict(
    layout="txt_bilingual", ext="txt",
    name="Nour Al-Huda Shami", name_ar="نور الهدى شامي", title="Nour Al-Huda Shami",
    email="nour.shami@aleppo-med.net", phone="+963 944 517 382", address="Aleppo, Syria",
    sections=[
        ("Education / التعليم", ["University of Aleppo, Faculty of Medicine — 6th year student; graduation expected 2027"]),
        ("USMLE", ["Step 1: preparing (exam date March 2027). NBME 30: 221 (practice)"]),
        ("Clinical rotations", [
            "Internal medicine clerkship, Aleppo University Hospital — 2025",
            "Neurology elective, Aleppo University Hospital — 2026-01 – 2026-02",
        ]),
        ("Interests", ["Neurology, Internal Medicine"]),
        ("Languages / اللغات", ["العربية (Arabic), English, Turkish (intermediate)"]),
        ("Reference", ["Dr. Ghassan Hamzeh — ghamzeh@alepuniv.edu.sy"]),
    ],
    truth=dict(full_name="Nour Al-Huda Shami", email="nour.shami@aleppo-med.net", phone_e164="+963944517382",
        medical_school="University of Aleppo Faculty of Medicine", medical_school_country="SY", graduation_year=2027, is_student=True,
        usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["Neurology", "Internal Medicine"], languages=["Arabic", "English", "Turkish"], visa_status=None, publications=0,
        usce_entries=[]),
)

# ---------------------------------------------------------------- 015
P[15] = dict(
    layout="pdf_reportlab_platypus", ext="pdf",
    name="Samah Ibrahim Abdelrahman", name_ar="سماح إبراهيم عبد الرحمن", title="Dr. Samah Ibrahim Abdelrahman MBBS MRCP(UK)",
    email="samah.abdelrahman@gmail.com", phone="+44 7700 914 562", address="Leicester, United Kingdom",
    sections=[
        ("Education", ["MBBS — Al-Neelain University, Faculty of Medicine, Khartoum, Sudan (2014–2020)"]),
        ("Employment", [
            "Clinical Fellow, Haematology, University Hospitals of Leicester — Feb 2023 – present",
            "Medical officer, Khartoum Oncology Hospital (RICK) — 2021 – 2022",
        ]),
        ("Examinations", ["PLAB 1 (2021), PLAB 2 (2022)", "MRCP(UK) — full diploma 2024", "USMLE Step 1: Pass", "USMLE Step 2 CK: 244", "ECFMG Certification: Certified (2024)"]),
        ("US clinical exposure", ["Clinical Observership – Hematology/Oncology, The University of Texas MD Anderson Cancer Center, Houston, Texas. 6 weeks, Feb–Mar 2025."]),
        ("Career interest", ["Hematology/Oncology (via Internal Medicine residency)"]),
        ("Publications", ["Abdelrahman SI, et al. Burkitt lymphoma outcomes in Sudan. Br J Haematol. 2023;201:e40-e43.", "Abdelrahman SI. Sickle cell crises in Khartoum. Sudan Med J. 2021;57(2):88-93."]),
        ("Languages", ["Arabic, English"]),
        ("References", ["Dr. Andrew Pike, Consultant Haematologist — andrew.pike@uhl-tr.nhs.uk — +44 116 258 5000"]),
    ],
    truth=dict(full_name="Samah Ibrahim Abdelrahman", email="samah.abdelrahman@gmail.com", phone_e164="+447700914562",
        medical_school="Al-Neelain University Faculty of Medicine", medical_school_country="SD", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
        specialties=["Hematology/Oncology", "Internal Medicine"], languages=["Arabic", "English"], visa_status=None, publications=2,
        usce_entries=[E("observership", "Hematology/Oncology", "TX", "2025-02", "2025-03")]),
)

# ---------------------------------------------------------------- 016
P[16] = dict(
    layout="docx_footer", ext="docx",
    name="Zaid Tareq Mansour", name_ar="زيد طارق منصور", title="Zaid T. Mansour",
    email="zaid.mansour@hu.edu.jo", phone="+1 (708) 555-0142", address="Oak Lawn, IL 60453, USA",
    sections=[
        ("Citizenship", ["Full legal name: Zaid Tareq Mansour. U.S. citizen (born in Chicago, IL); completed medical school in Jordan."]),
        ("Education", ["MD, The Hashemite University Faculty of Medicine, Zarqa, Jordan — 2018–2024"]),
        ("USMLE", ["Step 1 – Pass", "Step 2 CK – 261", "ECFMG – Certified (Oct 2025)"]),
        ("US Clinical Experience", [
            "IM Sub-Internship (hands-on), Advocate Christ Medical Center, Oak Lawn, IL — July 2025",
            "Elective in Cardiology (hands-on), Loyola University Medical Center, Maywood, IL — Aug 2025 – Sep 2025",
        ]),
        ("Jordan", ["Internship, Prince Hamzah Hospital, Amman — 2024–2025"]),
        ("Goals", ["Internal Medicine residency, then Cardiology"]),
        ("Languages", ["English (native), Arabic (native)"]),
        ("References", ["Dr. Michael Chen, Program Director — michael.chen@aah.org — +1 708 684 8000"]),
    ],
    truth=dict(full_name="Zaid Tareq Mansour", email="zaid.mansour@hu.edu.jo", phone_e164="+17085550142",
        medical_school="The Hashemite University Faculty of Medicine", medical_school_country="JO", graduation_year=2024, is_student=False,
        usmle_step1="pass", usmle_step2ck=261, usmle_step3=None, ecfmg_status="certified",
        specialties=["Internal Medicine", "Cardiology"], languages=["English", "Arabic"], visa_status="citizen", publications=0,
        usce_entries=[E("hands_on", "Internal Medicine", "IL", "2025-07", "2025-07"), E("hands_on", "Cardiology", "IL", "2025-08", "2025-09")]),
)

# ================================================================ scans
P[17] = dict(
    layout="scan_png_rot", ext="png",
    name="Faisal Hassan Al-Ghamdi", name_ar="فيصل حسن الغامدي", title="Faisal Hassan Al-Ghamdi",
    email="faisal.ghamdi@kau.edu.sa", phone="+966 56 120 9934", address="Jeddah, Saudi Arabia",
    sections=[
        ("Education", ["MBBS, King Abdulaziz University Faculty of Medicine, Jeddah — 2021"]),
        ("Training", ["Saudi Board of General Surgery, R3, King Abdulaziz University Hospital — 2022–present"]),
        ("Exams", ["SMLE passed 2021", "USMLE Step 1: Pass"]),
        ("US Experience", ["Surgical observership, Houston Methodist Hospital, Houston, TX — Oct 2024"]),
        ("Interest", ["General Surgery"]),
        ("Languages", ["Arabic, English"]),
    ],
    truth=dict(full_name="Faisal Hassan Al-Ghamdi", email="faisal.ghamdi@kau.edu.sa", phone_e164="+966561209934",
        medical_school="King Abdulaziz University Faculty of Medicine", medical_school_country="SA", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["General Surgery"], languages=["Arabic", "English"], visa_status=None, publications=0,
        usce_entries=[E("observership", "General Surgery", "TX", "2024-10", "2024-10")]),
)
P[18] = dict(
    layout="scan_pdf_lowcontrast", ext="pdf",
    name="Maryam Said Al-Hinai", name_ar=None, title="Maryam Said Al-Hinai",
    email="maryam.alhinai@gmail.com", phone="+968 9245 0871", address="Sohar, Oman",
    sections=[
        ("Education", ["MD, Sultan Qaboos University, Muscat, Oman — 2020"]),
        ("Training", ["OMSB Anaesthesia residency — 2021–2025 (completed)"]),
        ("USMLE", ["Step 1 Pass; Step 2 CK 236"]),
        ("Interest", ["Anesthesiology"]),
        ("Languages", ["Arabic, English, Swahili"]),
        ("Visa", ["J-1 required"]),
    ],
    truth=dict(full_name="Maryam Said Al-Hinai", email="maryam.alhinai@gmail.com", phone_e164="+96892450871",
        medical_school="Sultan Qaboos University", medical_school_country="OM", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status=None,
        specialties=["Anesthesiology"], languages=["Arabic", "English", "Swahili"], visa_status="j1", publications=0,
        usce_entries=[]),
)
P[19] = dict(
    layout="scan_jpg_photo", ext="jpg",
    name="Salma Benjelloun", name_ar=None, title="Salma BENJELLOUN",
    email="salma.benjelloun@gmail.com", phone="+212 6 70 33 18 05", address="Agdal, Rabat, Maroc",
    sections=[
        ("Formation", ["Doctorat en Médecine, Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V — 2022"]),
        ("USMLE", ["Step 1 : Pass", "Step 2 CK : 247", "ECFMG : certified"]),
        ("US experience", ["Observership, Neurology — Barrow Neurological Institute, Phoenix, AZ — 02/2025 – 04/2025"]),
        ("Specialty", ["Neurology"]),
        ("Langues", ["Arabe, Français, Anglais"]),
    ],
    truth=dict(full_name="Salma Benjelloun", email="salma.benjelloun@gmail.com", phone_e164="+212670331805",
        medical_school="Faculté de Médecine et de Pharmacie de Rabat", medical_school_country="MA", graduation_year=2022, is_student=False,
        usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
        specialties=["Neurology"], languages=["Arabic", "French", "English"], visa_status=None, publications=0,
        usce_entries=[E("observership", "Neurology", "AZ", "2025-02", "2025-04")]),
)
P[20] = dict(
    layout="scan_pdf_blur", ext="pdf",
    name="Ali Abbas Al-Saadi", name_ar=None, title="Ali Abbas Al-Saadi",
    email="ali.alsaadi.path@gmail.com", phone="+964 781 220 4519", address="Baghdad, Iraq",
    sections=[
        ("Education", ["MBChB, Mustansiriyah University College of Medicine, Baghdad — 2018"]),
        ("Experience", ["Pathology resident, Ghazi Al-Hariri Hospital — 2019–2021"]),
        ("US Research", ["Research fellow, Dept. of Pathology, Emory University, Atlanta, GA — 2022-03 to 2023-02"]),
        ("USMLE", ["Step 1: Pass; Step 2 CK: 228"]),
        ("Publications", ["Al-Saadi AA, et al. HER2-low breast cancer. Mod Pathol. 2023;36:100112."]),
        ("Interest", ["Pathology"]),
        ("Languages", ["Arabic, English"]),
    ],
    truth=dict(full_name="Ali Abbas Al-Saadi", email="ali.alsaadi.path@gmail.com", phone_e164="+9647812204519",
        medical_school="Mustansiriyah University College of Medicine", medical_school_country="IQ", graduation_year=2018, is_student=False,
        usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status=None,
        specialties=["Pathology"], languages=["Arabic", "English"], visa_status=None, publications=1,
        usce_entries=[E("research", "Pathology", "GA", "2022-03", "2023-02")]),
)
P[21] = dict(
    layout="scan_png_noisy", ext="png",
    name="Yara Ahmad Dweikat", name_ar=None, title="Yara Ahmad Dweikat",
    email="yara.dweikat@najah.edu", phone="+970 56 781 3302", address="Nablus, Palestine",
    sections=[
        ("Education", ["Doctor of Medicine, An-Najah National University, Nablus — 2024"]),
        ("USMLE", ["Step 1: Pass"]),
        ("US Experience", ["Radiology observership, Hospital of the University of Pennsylvania, Philadelphia, PA — Nov–Dec 2025"]),
        ("Interest", ["Radiology"]),
        ("Languages", ["Arabic, English"]),
    ],
    truth=dict(full_name="Yara Ahmad Dweikat", email="yara.dweikat@najah.edu", phone_e164="+970567813302",
        medical_school="An-Najah National University", medical_school_country="PS", graduation_year=2024, is_student=False,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["Radiology"], languages=["Arabic", "English"], visa_status=None, publications=0,
        usce_entries=[E("observership", "Radiology", "PA", "2025-11", "2025-12")]),
)

DAMAGED = {
    22: dict(layout="damaged_truncated", ext="pdf"),
    23: dict(layout="damaged_encrypted", ext="pdf"),
    24: dict(layout="damaged_random", ext="docx"),
}
