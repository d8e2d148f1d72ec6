# -*- coding: utf-8 -*-
"""CV content + ground truth for writer w75.
Each person: 'truth' (contract fields, minus file/layout) and 'doc' (what is printed).
doc = {name, name2 (other script / headline), contacts [str], sections [(heading, [item])]}
an item is a str, or a tuple (when, what) for dated rows.
"""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = {}

# 001 India -- python-docx, tables, contacts in header
P["001"] = dict(
    layout="docx_table",
    truth=dict(full_name="Aishwarya Ramakrishnan", email="aishwarya.ramakrishnan.md@gmail.com",
               phone_e164="+919840122376", medical_school="Madras Medical College",
               medical_school_country="IN", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Cardiology"], languages=["English", "Tamil", "Hindi", "Telugu"],
               visa_status="j1", publications=1,
               usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2024-01", "2024-03"),
                             E("observership", "Cardiology", "MI", "2024-03", "2024-05"),
                             E("research", "Nephrology", "AL", "2024-06", "2024-11")],
               usce_months=11, usce_months_clinical=5),
    doc=dict(
        name="Dr. Aishwarya Ramakrishnan, MBBS",
        name2="Applying for Internal Medicine residency (long term interest: Cardiology)",
        contacts=["Email: aishwarya.ramakrishnan.md@gmail.com (new)  /  aishu.rk96@yahoo.co.in (old, still checked)",
                  "Mob: +91 98401 22376 (WhatsApp same)   |   Chennai, Tamil Nadu, India",
                  "DOB: 14/08/1996"],
        sections=[
            ("Educaton", [("2015 - 2021", "MBBS, Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University)"),
                          ("2020 - 2021", "Compulsory Rotatory Residential Internship (CRRI), Rajiv Gandhi Government General Hospital")]),
            ("USMLE / ECFMG", ["TABLE:Exam|Result|Date", "TABLE:USMLE Step 1|PASS|Sep 2022",
                                "TABLE:USMLE Step 2 CK|248|04/2023", "TABLE:ECFMG|Certified|June 2023",
                                "TABLE:NBME 30 (practice)|262|2023"]),
            ("Clinical Experiance", [
                ("Jan-Mar 2024", "Hands-on Externship, Internal Medicine - Saint Michael's Medical Center, Newark, NJ"),
                ("03/24–05/24", "Observership, Cardiology - Henry Ford Hospital, Detroit, Michigan"),
                ("2021/09 – 2023/10", "Junior Resident (non-academic), General Medicine, Rajiv Gandhi Govt. General Hospital, Chennai"),
                ("2024/06 – 2024/11", "Research Volunteer, Division of Nephrology, University of Alabama at Birmingham (UAB), Birmingham, AL")]),
            ("Publications & Posters", [
                "1. Ramakrishnan A, Selvaraj K. Hyponatremia in elderly inpatients: a retrospective study. Indian J Nephrol. 2023;33(4):271-276.",
                "2. Poster - 'Contrast nephropathy after PCI', ASN Kidney Week 2024, San Diego (poster)",
                "3. Poster - Case of Takotsubo in a young female, ACP Michigan Chapter 2024",
                "4. Manuscript submitted: AKI outcomes in CKD stage 3 (under review)"]),
            ("Languages", ["English (fluent), Tamil (native), Hindi, Telugu (basic)"]),
            ("Visa", ["Will require J1 visa sponsorship (ECFMG)"]),
            ("References", ["Dr. Kavitha Selvaraj, Professor of Medicine, Madras Medical College - kavitha.selvaraj@mmc.ac.in, +91 44 2530 5000",
                            "Dr. Robert Kline, MD, Program Director IM, Saint Michael's, Newark NJ - rkline@smmcnj.org, (973) 877-5000"]),
        ]))

# 002 Philippines -- python-docx -> LibreOffice PDF
P["002"] = dict(
    layout="lo_docx2pdf",
    truth=dict(full_name="Maria Kristina Dela Cruz", email="mkdelacruz.md@gmail.com",
               phone_e164="+639178452210", medical_school="University of Santo Tomas Faculty of Medicine and Surgery",
               medical_school_country="PH", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="pending",
               specialties=["Pediatrics", "Family Medicine"], languages=["English", "Tagalog", "Cebuano"],
               visa_status="b1b2", publications=0,
               usce_entries=[E("hands_on", "Family Medicine", "TX", "2024-07", "2024-07"),
                             E("observership", "Pediatrics", "IL", "2025-02", "2025-04"),
                             E("research", "Pediatrics", "CA", "2025-06", "2026-12")],
               usce_months=23, usce_months_clinical=4),
    doc=dict(
        name="MARIA KRISTINA DELA CRUZ, MD",
        name2="Pediatrics / Family Medicine applicant",
        contacts=["mkdelacruz.md@gmail.com  •  tin.delacruz@ust.edu.ph (school email, may expire)",
                  "Mobile/Viber: +63 917 845 2210    WhatsApp: +63 998 112 4471",
                  "Quezon City, Metro Manila, Philippines"],
        sections=[
            ("PROFESSIONAL EXPERIENCE", [
                ("from June 2025 to now", "Clinical Research Volunteer (Pediatrics), Loma Linda University Children's Hospital, Loma Linda, California"),
                ("Feb 2025 - Apr 2025", "Observer, General Pediatrics, Advocate Children's Hospital, Oak Lawn, IL"),
                ("Aug 2023 - Dec 2024", "Municipal Health Officer (Doctor to the Barrios), Rural Health Unit, Bantayan, Cebu"),
                ("07/2024", "Hands-on clinical rotation, Family Medicine, private clinic, Houston, TX"),
                ("2022 - 2023", "Post-graduate internship, University of Santo Tomas Hospital, Manila")]),
            ("EDUCATION", [("2018 - 2022", "Doctor of Medicine, University of Santo Tomas Faculty of Medicine and Surgery, Manila"),
                           ("2014 - 2018", "BS Biology, cum laude, University of San Carlos, Cebu"),
                           ("2023", "Philippine Physician Licensure Exam - passed")]),
            ("LICENSURE EXAMS", ["USMLE Step 1: PASSED (2023)", "USMLE Step 2 CK: 236 (Nov 2024)",
                                 "ECFMG certification: in process (OET done, awaiting final)"]),
            ("POSTERS", ["Dela Cruz MK, Santos R. 'Dengue shock in a 6-year-old: a case' - poster, PPS Annual Convention 2023"]),
            ("LANGUAGE", ["English, Tagalog (native), Cebuano"]),
            ("Visa", ["US B1/B2 visa (valid until 2029)"]),
            ("REFERENCES", ["Ramon Santos, MD, FPPS - Dept of Pediatrics, UST Hospital, rsantos.peds@ust.edu.ph, +63 2 8731 3001"]),
        ]))

# 003 Nigeria -- Chromium print, two-column with sidebar
P["003"] = dict(
    layout="chromium_sidebar",
    truth=dict(full_name="Chukwuemeka Obinna Nwosu", email="emeka.nwosu@outlook.com",
               phone_e164="+2348034418275", medical_school="University of Nigeria College of Medicine",
               medical_school_country="NG", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=241, usmle_step3=225, ecfmg_status="certified",
               specialties=["Internal Medicine", "Hematology/Oncology"],
               languages=["English", "Igbo", "Yoruba", "Nigerian Pidgin"],
               visa_status="h1b", publications=3,
               usce_entries=[E("hands_on", "Internal Medicine", "TX", "2023-09", "2023-11"),
                             E("observership", "Hematology/Oncology", "MD", "2023-12", "2024-01"),
                             E("telehealth", "Internal Medicine", "OH", "2024-02", "2024-02")],
               usce_months=6, usce_months_clinical=5),
    doc=dict(
        name="Chukwuemeka Obinna Nwosu",
        name2="MBBS (UNN) | ECFMG Certified | Aspiring Internist → Hem/Onc",
        contacts=["emeka.nwosu@outlook.com", "c.o.nwosu@yahoo.com (alt)", "+234 803 441 8275", "WhatsApp +234 905 220 1187",
                  "Enugu, Nigeria"],
        sections=[
            ("Experience", [
                ("Sept–Nov 2023", "Clinical Extern (hands-on), Internal Medicine — HCA Houston Healthcare, Houston, Texas"),
                ("12/2023 - 01/2024", "Observer, Hematology/Oncology — University of Maryland Greenebaum Cancer Center, Baltimore, MD"),
                ("Feb 2024", "Telehealth rotation, Internal Medicine — virtual clinic of a Columbus, OH primary care group"),
                ("2022–2023", "Medical Officer, Reddington Hospital, Victoria Island, Lagos"),
                ("2021–2022", "NYSC Medical Officer, General Hospital Ikot Ekpene, Akwa Ibom"),
                ("2020–2021", "House Officer, University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla")]),
            ("USMLE", ["Step 1: P", "Step 2 CK: 241", "Step 3: 225", "ECFMG: Certified (2023)"]),
            ("Education", [("2013 - 2020", "MBBS, College of Medicine, University of Nigeria, Enugu Campus")]),
            ("Research & Publications", [
                "Nwosu CO, Okafor UH. Sickle cell nephropathy in adults in Enugu. Niger J Clin Pract. 2022;25(3):301-6.",
                "Eze BA, Nwosu CO, et al. Prevalence of anaemia among pregnant women, Ikot Ekpene. Afr Health Sci. 2023;23(1):44-50.",
                "Nwosu CO, et al. Chronic myeloid leukaemia outcomes on imatinib in SE Nigeria. Pan Afr Med J. 2024;47:112.",
                "Poster: Febrile neutropenia case series — ASH Annual Meeting 2023 (poster)",
                "Poster: Telehealth follow-up adherence — SGIM 2024 (poster)"]),
            ("Career interest", ["Internal Medicine residency, later fellowship in Hematology/Oncology"]),
            ("Visa", ["Will need H-1B sponsorship"]),
            ("Referees", ["Prof. Uchenna H. Okafor, Dept. of Medicine, UNTH — uchenna.okafor@unn.edu.ng, +234 803 700 1122",
                          "Dr. Samuel Greene, MD, HCA Houston — samuel.greene@hcahealthcare.com"]),
        ],
        sidebar=["Languages", "English", "Igbo (native)", "Yoruba", "Nigerian Pidgin"]))

# 004 Brazil -- reportlab
P["004"] = dict(
    layout="reportlab_plain",
    truth=dict(full_name="João Victor Albuquerque Sá", email="jvictor.sa@gmail.com",
               phone_e164="+5531991457730", medical_school="Universidade Federal de Minas Gerais",
               medical_school_country="BR", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
               specialties=["Neurology"], languages=["Portuguese", "English", "Spanish"],
               visa_status="b1b2", publications=2,
               usce_entries=[E("observership", "Neurology", "OH", "2024-09", "2024-10"),
                             E("research", "Neurology", "MA", "2025-01", "2025-06")],
               usce_months=8, usce_months_clinical=2),
    doc=dict(
        name="João Victor Albuquerque Sá",
        name2="Médico (MD) — Belo Horizonte, MG, Brasil",
        contacts=["jvictor.sa@gmail.com | +55 (31) 99145-7730 | WhatsApp: same", "Born 1998"],
        sections=[
            ("Objective", ["Neurology residency in the United States (Match 2027)."]),
            ("Education", [("2017 – 2023", "Doctor of Medicine (MD), Faculdade de Medicina, Universidade Federal de Minas Gerais (UFMG)"),
                           ("2021 – 2023", "Internato (clerkship), Hospital das Clínicas da UFMG")]),
            ("Experience", [
                ("2024.09 – 2024.10", "Observership, Neurology — Cleveland Clinic, Cleveland, OH"),
                ("2025.01 – 2025.06", "Research fellow (Stroke), Massachusetts General Hospital, Boston, MA"),
                ("2023.03 – 2024.07", "Médico plantonista (ER physician), UPA Centro-Sul, Belo Horizonte")]),
            ("USMLE", ["Step 1 — Pass (2024)", "Step 2 CK — scheduled for March 2026", "ECFMG — not yet certified",
                       "Revalida — not applicable"]),
            ("Publications", ["Sá JVA, Teixeira AL. Neuromyelitis optica in Brazil: a cohort. Arq Neuropsiquiatr. 2023;81(2):123-130.",
                              "Sá JVA, et al. Thrombolysis door-to-needle times in a public hospital. Arq Neuropsiquiatr. 2024;82(5):1-8.",
                              "Abstract/poster: Stroke in young adults, European Stroke Organisation Conference 2025.",
                              "Poster: Migraine and sleep, Congresso Brasileiro de Neurologia 2022."]),
            ("Languages", ["Portuguese (native), English (C1 — TOEFL 108), Spanish (intermediate)"]),
            ("Visa", ["B1/B2 (tourist/business) valid"]),
            ("References", ["Prof. Antônio Lúcio Teixeira — UFMG — alteixeira@ufmg.br"]),
        ]))

# 005 Iran -- ODT (odfpy), name in Persian + Latin
P["005"] = dict(
    layout="odt_odfpy",
    truth=dict(full_name="Fatemeh Karimi Nejad", email="f.kariminejad@gmail.com",
               phone_e164="+989121234587", medical_school="Tehran University of Medical Sciences",
               medical_school_country="IR", graduation_year=2019, is_student=False,
               usmle_step1=233, usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
               specialties=["Psychiatry"], languages=["Persian", "English", "Azerbaijani"],
               visa_status="j1", publications=4,
               usce_entries=[E("observership", "Psychiatry", "CT", "2023-03", "2023-04"),
                             E("research", "Psychiatry", "PA", "2023-06", "2026-12")],
               usce_months=45, usce_months_clinical=2),
    doc=dict(
        name="Fatemeh Karimi Nejad, MD",
        name2="فاطمه کریمی نژاد",
        contacts=["f.kariminejad@gmail.com   —   +98 912 123 4587 (Iran, WhatsApp/Telegram)",
                  "Pittsburgh, PA (current address)"],
        sections=[
            ("Research Experience", [("2023-06 – present", "Postdoctoral research associate, Department of Psychiatry, University of Pittsburgh, Pittsburgh, PA")]),
            ("Clinical experince", [("Mar 2023 – Apr 2023", "Observership, Psychiatry, Yale New Haven Hospital, New Haven, CT"),
                                     ("1399–1401 (2020–2022)", "General practitioner (Tarh), Roozbeh Psychiatric Hospital, Tehran"),
                                     ("2018-2019", "Internship, Imam Khomeini Hospital Complex, Tehran")]),
            ("Education", [("2012 – 2019", "MD (Doctor of Medicine), Tehran University of Medical Sciences (TUMS), Tehran, Iran")]),
            ("Exams", ["S1 233 / S2 245 (CK)", "ECFMG certified 2022", "Step 3 — not yet"]),
            ("Publications", ["1. Karimi Nejad F, et al. Ketamine in treatment-resistant depression. Iran J Psychiatry. 2021;16(2):140-7.",
                              "2. Karimi Nejad F, Sharifi V. First-episode psychosis services in Tehran. Asian J Psychiatr. 2022;70:103025.",
                              "3. Hosseini S, Karimi Nejad F. Lithium adherence. BMC Psychiatry. 2023;23:611.",
                              "4. Karimi Nejad F, et al. Sleep and suicidality in adolescents. J Affect Disord. 2024;348:12-19.",
                              "Poster — APA Annual Meeting 2024, New York (poster)",
                              "Under review: Digital CBT for insomnia in Farsi speakers"]),
            ("Languages", ["Farsi (native) · English (IELTS 8.0) · Azeri (spoken)"]),
            ("Status", ["J-1 visa required for residency"]),
            ("References", ["Vandad Sharifi, MD — Tehran University of Medical Sciences — vsharifi@tums.ac.ir",
                            "Dr. Mary L. Phillips — University of Pittsburgh — phillipsml@upmc.edu, +1 412 246 5000"]),
        ]))

# 006 Pakistan -- plain text
P["006"] = dict(
    layout="plain_txt",
    truth=dict(full_name="Ayesha Siddiqa Malik", email="ayesha.s.malik@hotmail.com",
               phone_e164="+13125550147", medical_school="Allama Iqbal Medical College",
               medical_school_country="PK", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Nephrology"], languages=["English", "Urdu", "Punjabi"],
               visa_status="j1", publications=1,
               usce_entries=[E("hands_on", "Internal Medicine", "IL", "2025-01", "2025-03"),
                             E("observership", "Nephrology", "TX", "2025-04", "2025-04")],
               usce_months=4, usce_months_clinical=4),
    doc=dict(
        name="AYESHA SIDDIQA MALIK",
        name2="MBBS",
        contacts=["ayesha.s.malik@hotmail.com",
                  "US cell (current): (312) 555-0147",
                  "Pakistan: 0300-4412983 (whatsapp)"],
        sections=[
            ("EXAMS", ["S1 P / S2 245", "ECFMG certified - yes (Aug 2024)", "UWSA2: 251 (practice)"]),
            ("EXPERIENCE", [("01/2025 - 03/2025", "Hands on IM rotation, Jackson Park Hospital, Chicago, IL"),
                            ("Apr 2025", "Observership - Nephrology, Houston Methodist, Houston TX"),
                            ("2022-2023", "House Job (Medicine + Surgery), Mayo Hospital, Lahore"),
                            ("2023-2024", "Medical Officer, Shaukat Khanum Memorial Cancer Hospital, Lahore")]),
            ("EDUCATION", [("2017-2022", "MBBS, Allama Iqbal Medical College, Lahore (UHS)")]),
            ("RESEARCH", ["Malik AS, Javed M. Dialysis adequacy in Punjab. J Pak Med Assoc. 2023;73(6):1201-5.",
                          "Poster: Hyperkalemia management audit, Mayo Hospital research day 2023"]),
            ("INTERESTS", ["Internal Medicine (plan to apply to Nephrology fellowship)"]),
            ("LANGUAGES", ["English, Urdu, Punjabi"]),
            ("VISA", ["J1"]),
            ("REFERENCES", ["Dr Muhammad Javed, Prof of Medicine AIMC - mjaved.aimc@gmail.com 0321-4567890",
                            "Dr. Linda Hayes (Jackson Park) - lhayes@jacksonparkhospital.org"]),
        ]))

# 007 Ukraine -- python-docx -> soffice -> ODT? (odfpy used for 005); here: soffice DOCX->ODT
P["007"] = dict(
    layout="odt_via_lo",
    truth=dict(full_name="Oleksandr Kovalenko", email="o.kovalenko.md@ukr.net",
               phone_e164="+380671234509", medical_school="Bogomolets National Medical University",
               medical_school_country="UA", graduation_year=2024, is_student=False,
               usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="pending",
               specialties=["Anesthesiology", "Emergency Medicine"],
               languages=["Ukrainian", "Russian", "English", "Polish"],
               visa_status="b1b2", publications=0,
               usce_entries=[E("hands_on", "Emergency Medicine", "NY", "2025-03", "2025-04"),
                             E("observership", "Anesthesiology", "PA", "2025-05", "2025-06")],
               usce_months=4, usce_months_clinical=4),
    doc=dict(
        name="Oleksandr Kovalenko",
        name2="Олександр Коваленко — MD",
        contacts=["o.kovalenko.md@ukr.net; okovalenko2000@gmail.com",
                  "+380 67 123 4509 (Viber/Telegram) / +48 512 334 901 (Poland, until 2025)"],
        sections=[
            ("Education", [("2018-2024", "Doctor of Medicine, Bogomolets National Medical University, Kyiv, Ukraine")]),
            ("Experience", [("2025/03 - 2025/04", "Hands-on clinical elective, Emergency Medicine, NYC Health + Hospitals/Kings County, Brooklyn, NY"),
                            ("May–June 2025", "Observership, Anesthesiology, Penn State Health Milton S. Hershey Medical Center, Hershey, PA"),
                            ("08.2024 – 02.2025", "Intern physician (anesthesiology), Kyiv City Clinical Hospital No. 17"),
                            ("2022", "Volunteer, field stabilization point, Kharkiv oblast")]),
            ("USMLE", ["Step 1: Pass", "Step 2 CK: 229", "ECFMG: pending (OET pending)", "KROK 1/KROK 2 passed (Ukraine)"]),
            ("Posters", ["Kovalenko O. Blast injuries triage, poster, Ukrainian Congress of Anaesthesiologists 2023",
                         "Kovalenko O. Tourniquet conversion times, poster, EuSEM 2024"]),
            ("Interests", ["Anesthesiology; Emergency Medicine"]),
            ("Languages", ["Ukrainian (native), Russian (fluent), English (B2/C1), Polish (conversational)"]),
            ("Visa", ["B1/B2 visa"]),
            ("References", ["Prof. Iryna Melnyk, Dept. of Anesthesiology, Bogomolets NMU, i.melnyk@nmu.ua, +380 44 234 4062"]),
        ]))

# 008 Mexico -- hand-written RTF
P["008"] = dict(
    layout="rtf_handmade",
    truth=dict(full_name="Ana Sofía Hernández Ruiz", email="anasofia.hdzruiz@gmail.com",
               phone_e164="+525541236780", medical_school="Universidad Nacional Autónoma de México",
               medical_school_country="MX", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
               specialties=["Obstetrics and Gynecology", "Family Medicine"],
               languages=["Spanish", "English", "French"],
               visa_status="b1b2", publications=1,
               usce_entries=[E("hands_on", "Obstetrics and Gynecology", "TX", "2024-07", "2024-08"),
                             E("observership", "Family Medicine", "CA", "2024-10", "2024-10")],
               usce_months=3, usce_months_clinical=3),
    doc=dict(
        name="Ana Sofía Hernández Ruiz",
        name2="Médico Cirujano — OB/GYN & Family Medicine applicant",
        contacts=["anasofia.hdzruiz@gmail.com / +52 55 4123 6780 / Ciudad de México"],
        sections=[
            ("Experiencia / Experience", [
                ("Jul–Aug 2024", "Hands-on rotation OB/GYN, University Medical Center of El Paso, El Paso, TX"),
                ("10/2024", "Observership Family Medicine, UC San Diego Health, San Diego, California"),
                ("2021-2022", "Servicio Social (social service year), Centro de Salud rural, Oaxaca"),
                ("2020-2021", "Internado de pregrado, Hospital General de México")]),
            ("Education", [("2016 – 2022", "Médico Cirujano, Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)")]),
            ("USMLE", ["Step 1 PASS", "Step 2 CK 238", "ECFMG Certified (2023)"]),
            ("Publicaciones", ["Hernández Ruiz AS, et al. Preeclampsia in adolescent mothers in Oaxaca. Ginecol Obstet Mex. 2023;91(4):230-8.",
                               "Poster: Postpartum hemorrhage drills, ACOG District XI 2024"]),
            ("Idiomas", ["Español (nativo), English (fluent), Français (básico)"]),
            ("Visa", ["B1/B2"]),
            ("Referencias", ["Dra. Lucía Ramírez, Hospital General de México, lucia.ramirez@hgm.salud.gob.mx, +52 55 2789 2000"]),
        ]))

# 009 Vietnam -- python-docx, contacts only in footer
P["009"] = dict(
    layout="docx_footer_contacts",
    truth=dict(full_name="Nguyễn Thị Thu Hà", email="thuha.nguyen.hmu@gmail.com",
               phone_e164="+84912345678", medical_school="Hanoi Medical University",
               medical_school_country="VN", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               specialties=["Pediatrics"], languages=["Vietnamese", "English", "Japanese"],
               visa_status=None, publications=2,
               usce_entries=[E("research", "Pediatrics", "OH", "2024-08", "2025-01"),
                             E("observership", "Pediatrics", "PA", "2025-02", "2025-02")],
               usce_months=7, usce_months_clinical=1),
    doc=dict(
        name="Nguyễn Thị Thu Hà",
        name2="(Thu Ha Nguyen) — Medical Doctor",
        contacts=["thuha.nguyen.hmu@gmail.com", "Zalo/WhatsApp: +84 912 345 678", "Hà Nội, Việt Nam"],
        sections=[
            ("Objective", ["Pediatrics residency."]),
            ("Education", [("2017 - 2023", "Doctor of Medicine (Bác sĩ Đa khoa), Hanoi Medical University, Hà Nội")]),
            ("Research", [("2024-08 to 2025-01", "Research assistant, Division of General and Community Pediatrics, Cincinnati Children's Hospital Medical Center, Cincinnati, OH")]),
            ("Clinical", [("Feb 2025", "Observership, General Pediatrics, Children's Hospital of Philadelphia, Philadelphia, PA"),
                          ("2023 - 2024", "Resident doctor, Vietnam National Children's Hospital, Hà Nội")]),
            ("USMLE", ["Step 1: Pass (2024)", "Step 2 CK: preparing"]),
            ("Publications", ["1. Nguyen TTH, Tran VD. Hand-foot-mouth disease outcomes. Vietnam Medical Journal. 2022;519(2):55-59.",
                              "2. Nguyen TTH, et al. RSV bronchiolitis in infants. Pediatr Int. 2024;66(1):e15701.",
                              "Poster: Kawasaki disease IVIG resistance, PAS 2025 (poster)"]),
            ("Languages", ["Vietnamese (native), English (IELTS 7.5), Japanese (JLPT N3)"]),
            ("References", ["Assoc. Prof. Trần Văn Dũng — Hanoi Medical University — tranvandung@hmu.edu.vn"]),
        ]))

# 010 China -- Chromium, single column
P["010"] = dict(
    layout="chromium_single",
    truth=dict(full_name="Zihao Wang", email="zihao.wang.pumc@163.com",
               phone_e164="+14435550192", medical_school="Peking Union Medical College",
               medical_school_country="CN", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
               specialties=["Pathology"], languages=["Chinese", "English", "Cantonese"],
               visa_status="h1b", publications=6,
               usce_entries=[E("research", "Pathology", "MD", "2022-09", "2024-08"),
                             E("observership", "Pathology", "CA", "2024-10", "2024-11")],
               usce_months=26, usce_months_clinical=2),
    doc=dict(
        name="王子豪",
        name2="Zihao Wang, MD",
        contacts=["zihao.wang.pumc@163.com (preferred) | zwang@jhmi.edu (work)",
                  "+1 (443) 555-0192 · WeChat: wzh_pumc · +86 138 1012 3344 (China)"],
        sections=[
            ("Education", [("2013–2021", "MD (8-year program), Peking Union Medical College (PUMC), Beijing, China")]),
            ("Research Experience", [("2022.09 – 2024.08", "Postdoctoral Fellow, Department of Pathology, Johns Hopkins University School of Medicine, Baltimore, Maryland")]),
            ("Clinical Experience", [("Oct–Nov 2024", "Observership, Surgical Pathology, Stanford Health Care, Stanford, CA"),
                                     ("2021–2022", "Resident physician, Pathology, Peking Union Medical College Hospital")]),
            ("Examinations", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 255", "ECFMG — Certified (2023)"]),
            ("Publications (selected, peer-reviewed)", [
                "1. Wang Z, et al. Mod Pathol. 2023;36:100112.", "2. Wang Z, Li Y. Am J Surg Pathol. 2023;47(8):900-7.",
                "3. Chen X, Wang Z. Hum Pathol. 2022;125:40-48.", "4. Wang Z, et al. Lab Invest. 2024;104:100301.",
                "5. Wang Z, Epstein JI. Histopathology. 2024;84(2):310-8.", "6. Zhao L, Wang Z. Chin Med J. 2021;134:2201-3.",
                "Abstracts/posters: USCAP 2023 (2 posters), USCAP 2024 (platform talk)"]),
            ("Career Goal", ["Anatomic and Clinical Pathology (AP/CP) residency"]),
            ("Languages", ["Chinese (Mandarin, native), English (fluent), Cantonese (basic)"]),
            ("Visa", ["Currently on H-1B (postdoc); will need H-1B for residency"]),
            ("References", ["Jonathan I. Epstein, MD — Johns Hopkins — jepstein@jhmi.edu, +1 410 955 5043"]),
        ]))

# 011 Egypt -- odfpy ODT -> soffice PDF
P["011"] = dict(
    layout="lo_odt2pdf",
    truth=dict(full_name="Omar Ahmed Abdelrahman", email="omar.abdelrahman.md@gmail.com",
               phone_e164="+201001234567", medical_school="Cairo University Kasr Alainy Faculty of Medicine",
               medical_school_country="EG", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified",
               specialties=["Gastroenterology", "Internal Medicine"], languages=["Arabic", "English", "German"],
               visa_status="j1", publications=3,
               usce_entries=[E("hands_on", "Internal Medicine", "MI", "2023-08", "2023-10"),
                             E("observership", "Gastroenterology", "FL", "2023-11", "2023-11"),
                             E("research", "Gastroenterology", "MN", "2023-10", "2024-03")],
               usce_months=8, usce_months_clinical=4),
    doc=dict(
        name="Omar Ahmed Abdelrahman",
        name2="MBBCh — Internal Medicine applicant (GI track)",
        contacts=["omar.abdelrahman.md@gmail.com", "+20 100 123 4567 (mobile & WhatsApp)", "Giza, Egypt"],
        sections=[
            ("USMLE", ["Step1: PASS   Step2 CK: 251   Step 3: scheduled Jan 2027", "ECFMG certified (2022)"]),
            ("Clinical Experience", [("08/2023 – 10/2023", "Hands-on externship, Internal Medicine, Ascension Providence Hospital, Southfield, MI"),
                                     ("Nov 2023", "Observership, Gastroenterology, Cleveland Clinic Florida, Weston, FL"),
                                     ("2021 – 2023", "Resident, Internal Medicine, Kasr Alainy Hospital, Cairo"),
                                     ("2020 – 2021", "House officer (internship year), Cairo University Hospitals")]),
            ("Research", [("Oct 2023 – Mar 2024", "Research trainee, Division of Gastroenterology and Hepatology, Mayo Clinic, Rochester, MN")]),
            ("Education", [("2014 – 2020", "MBBCh, Faculty of Medicine, Kasr Alainy, Cairo University (Excellent with honors)")]),
            ("Publications", ["Abdelrahman OA, et al. HCV treatment outcomes post-DAA. J Viral Hepat. 2022;29(5):355-63.",
                              "Abdelrahman OA, Hassan M. NAFLD in Egyptian adolescents. Arab J Gastroenterol. 2023;24(2):88-94.",
                              "Soliman H, Abdelrahman OA. Capsule endoscopy yield. World J Gastroenterol. 2024;30(3):210-19.",
                              "Posters (3): DDW 2024 x2, ACG 2023"]),
            ("Interests", ["Internal Medicine → Gastroenterology"]),
            ("Languages", ["Arabic (native), English (fluent), German (B1 — Goethe)"]),
            ("Visa", ["J1 (ECFMG sponsored)"]),
            ("References", ["Prof. Mohamed Hassan, Kasr Alainy, m.hassan@kasralainy.edu.eg, +20 2 2364 1093"]),
        ]))

# 012 Nepal -- HTML -> soffice DOCX (LibreOffice-made docx), student
P["012"] = dict(
    layout="lo_html2docx",
    truth=dict(full_name="Prakriti Shrestha", email="prakriti.shr@gmail.com",
               phone_e164="+9779841234567", medical_school="Maharajgunj Medical Campus, Institute of Medicine, Tribhuvan University",
               medical_school_country="NP", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               specialties=["Internal Medicine"], languages=["Nepali", "English", "Hindi", "Newari"],
               visa_status=None, publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2025-06", "2025-07")],
               usce_months=2, usce_months_clinical=2),
    doc=dict(
        name="Prakriti Shrestha",
        name2="MBBS student (final year) — expected graduation 2027",
        contacts=["prakriti.shr@gmail.com, +977-9841234567 (whatsapp), Kathmandu"],
        sections=[
            ("Educaton", [("2021 – 2027 (expected)", "MBBS, Maharajgunj Medical Campus, Institute of Medicine (IOM), Tribhuvan University, Kathmandu")]),
            ("US Clinical Experience", [("June 2025 – July 2025", "Hands-on elective, Internal Medicine, Jersey City Medical Center, Jersey City, NJ")]),
            ("Other Experience", [("2023", "Volunteer, Nepal Red Cross earthquake relief camp, Jajarkot"),
                                  ("Winter 2024", "Elective, Tribhuvan University Teaching Hospital, Medicine unit")]),
            ("Exams", ["USMLE Step 1 - PASS (Dec 2024)", "Step 2 CK - planned 2026"]),
            ("Presentations", ["Oral presentation: 'Snakebite in Terai', IOM student research day 2024"]),
            ("Languages", ["Nepali, English, Hindi, Newari"]),
            ("Interest", ["Internal Medicine"]),
            ("Referee", ["Dr. Bikash Adhikari, Lecturer, IOM - bikash.adhikari@iom.edu.np"]),
        ]))

# 013 Bangladesh -- python-docx -> soffice RTF
P["013"] = dict(
    layout="lo_docx2rtf",
    truth=dict(full_name="Nusrat Jahan Chowdhury", email="nusrat.chowdhury.dmc@gmail.com",
               phone_e164="+17185550163", medical_school="Dhaka Medical College",
               medical_school_country="BD", graduation_year=2019, is_student=False,
               usmle_step1=228, usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
               specialties=["Family Medicine", "Geriatrics"], languages=["Bengali", "English", "Hindi"],
               visa_status="green_card", publications=1,
               usce_entries=[E("hands_on", "Family Medicine", "NY", "2023-02", "2023-04"),
                             E("hands_on", "Geriatrics", "NY", "2023-05", "2023-05"),
                             E("telehealth", "Family Medicine", "NJ", "2023-06", "2023-08")],
               usce_months=7, usce_months_clinical=4),
    doc=dict(
        name="Nusrat Jahan Chowdhury, MBBS",
        name2="Family Medicine | Geriatrics",
        contacts=["Queens, NY 11372", "nusrat.chowdhury.dmc@gmail.com", "Cell: 718-555-0163", "BD: +880 1711-234567 (old)"],
        sections=[
            ("Summary", ["US Permanent Resident (Green Card). ECFMG certified. Seeking Family Medicine residency with geriatrics focus."]),
            ("Experience", [("Feb–Apr 2023", "Clinical rotation (hands-on), Family Medicine, Elmhurst Hospital, Queens, NY"),
                            ("May 2023", "Hands-on, Geriatric Medicine, Montefiore Medical Center, Bronx, NY"),
                            ("Jun–Aug 2023", "Telehealth (virtual) rotation, Family Medicine, Hackensack Meridian primary care, NJ"),
                            ("2019–2022", "Medical Officer, Dhaka Medical College Hospital, Dhaka")]),
            ("Education", [("2013-2019", "MBBS, Dhaka Medical College, University of Dhaka, Bangladesh")]),
            ("USMLE", ["Step 1: 228 (2021)", "Step 2 CK: 240", "ECFMG Certified"]),
            ("Publications", ["Chowdhury NJ, et al. Falls in elderly Bangladeshi women. Bangladesh Med Res Counc Bull. 2022;48(1):33-9.",
                              "Poster: Polypharmacy audit, STFM 2023 (poster)"]),
            ("Languages", ["Bangla (native), English, Hindi/Urdu (spoken)"]),
            ("References", ["Dr. Farhana Rahman, DMCH — farhana.rahman@dmc.gov.bd", "Dr. Steven Ortiz, Elmhurst — ortizs@nychhc.org"]),
        ]))

# 014 Sudan -- plain txt (CRLF, tabs)
P["014"] = dict(
    layout="plain_txt_crlf",
    truth=dict(full_name="Mohamed Elfatih Osman", email="m.elfatih.osman@gmail.com",
               phone_e164="+249912345670", medical_school="University of Khartoum Faculty of Medicine",
               medical_school_country="SD", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
               specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["Arabic", "English"],
               visa_status="j1", publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "NY", "2024-04", "2024-06"),
                             E("observership", "Pulmonology/Critical Care", "MD", "2024-07", "2024-07")],
               usce_months=4, usce_months_clinical=4),
    doc=dict(
        name="Dr. Mohamed Elfatih Osman",
        name2="MBBS (U of K)",
        contacts=["Email: m.elfatih.osman@gmail.com ; mohamed.osman@nhs.net (NHS, inactive)",
                  "Phone: +249 91 234 5670 | +44 7700 900412 (UK, old)"],
        sections=[
            ("PERSONAL", ["Year of birth: 1993", "Nationality: Sudanese", "Visa: need J-1"]),
            ("EXPERIENCE", [("Apr-Jun 2024", "Hands-on IM, Brookdale University Hospital, Brooklyn NY"),
                            ("07/2024", "Observer, Pulmonary & Critical Care, Johns Hopkins Bayview, Baltimore, MD"),
                            ("2022-2023", "Clinical attachment, Respiratory Medicine, Royal Derby Hospital, UK"),
                            ("2019-2022", "Medical Officer, Ibn Sina Specialized Hospital, Khartoum"),
                            ("2018-2019", "House officer, Soba University Hospital")]),
            ("EDUCATON", [("2012-2018", "MBBS, Faculty of Medicine, University of Khartoum, Sudan")]),
            ("EXAMS", ["USMLE Step 1: PASSED", "USMLE Step 2 CK: 232", "ECFMG: certified 2023", "PLAB 1 & 2: passed (2022)"]),
            ("PUBLICATIONS", ["1) Osman ME, et al. Tuberculosis treatment default in Khartoum. Sudan J Med Sci. 2020;15(2):140-9.",
                              "2) Osman ME, Ali A. COVID-19 ICU mortality in Sudan. Pan Afr Med J. 2021;39:201.",
                              "Posters: CHEST 2024 (1)"]),
            ("INTEREST", ["Pulmonary/Critical Care - via Internal Medicine residency"]),
            ("LANGUAGES", ["Arabic, English"]),
            ("REFEREES", ["Prof Amal Ali, University of Khartoum - amal.ali@uofk.edu +249 183 777 000"]),
        ]))

# 015 Colombia -- reportlab two-column (sidebar with contacts)
P["015"] = dict(
    layout="reportlab_twocol",
    truth=dict(full_name="Valentina Restrepo Gómez", email="vrestrepo.md@gmail.com",
               phone_e164="+573104567821", medical_school="Universidad de Antioquia",
               medical_school_country="CO", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
               specialties=["Emergency Medicine"], languages=["Spanish", "English", "Portuguese"],
               visa_status="b1b2", publications=1,
               usce_entries=[E("hands_on", "Emergency Medicine", "FL", "2024-01", "2024-02"),
                             E("observership", "Emergency Medicine", "FL", "2024-02", "2024-03")],
               usce_months=3, usce_months_clinical=3),
    doc=dict(
        name="Valentina Restrepo Gómez",
        name2="Médica y Cirujana · Emergency Medicine",
        contacts=["vrestrepo.md@gmail.com", "+57 310 456 7821", "WhatsApp +57 300 998 1120", "Medellín, Colombia"],
        sections=[
            ("Experience", [("01/2024 - 02/2024", "Hands-on rotation, Emergency Medicine, Jackson Memorial Hospital, Miami, FL"),
                            ("Feb–Mar 2024", "Observership, Emergency Department, Orlando Health ORMC, Orlando, Florida"),
                            ("2023-10", "Observership, Emergency Medicine, Sunnybrook, Toronto, ON, Canada"),
                            ("2022 – 2023", "Médica general (ER), Hospital Pablo Tobón Uribe, Medellín"),
                            ("2021 – 2022", "Servicio social obligatorio (rural), Hospital San Juan de Dios, Rionegro")]),
            ("Education", [("2015 – 2021", "Medicina (Médica y Cirujana), Universidad de Antioquia, Medellín")]),
            ("USMLE", ["Step 1 Pass · Step 2 CK 244 · ECFMG Certified (2023)"]),
            ("Publications", ["Restrepo Gómez V, et al. Trauma triage in Medellín EDs. Iatreia. 2022;35(3):210-8.",
                              "Poster: Sepsis bundle compliance, SAEM 2024"]),
            ("References", ["Dr. Carlos Mejía, Hospital Pablo Tobón Uribe — carlos.mejia@hptu.org.co"]),
        ],
        sidebar=["Languages", "Spanish (native)", "English (C1)", "Portuguese (B1)", "Visa", "B1/B2"]))

# 016 Syria -- fpdf2
P["016"] = dict(
    layout="fpdf2_basic",
    truth=dict(full_name="Rama Al-Khatib", email="rama.alkhatib93@gmail.com",
               phone_e164="+963944123456", medical_school="Damascus University Faculty of Medicine",
               medical_school_country="SY", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified",
               specialties=["Neurology", "Psychiatry"], languages=["Arabic", "English", "French"],
               visa_status="j1", publications=2,
               usce_entries=[E("observership", "Neurology", "MI", "2023-09", "2023-10"),
                             E("research", "Neurology", "OH", "2023-11", "2024-10")],
               usce_months=14, usce_months_clinical=2),
    doc=dict(
        name="Rama Al-Khatib, MD",
        name2="Neurology / Psychiatry",
        contacts=["rama.alkhatib93@gmail.com  |  rama.khatib@yahoo.com (old)",
                  "+963 944 123 456 (Syria)  |  WhatsApp: +963 944 123 456"],
        sections=[
            ("Exams", ["S1 P / S2 258", "ECFMG: certified (2023)"]),
            ("Experience", [("09/2023–10/2023", "Observership, Neurology, Detroit Medical Center, Detroit, MI"),
                            ("Nov 2023 – Oct 2024", "Research fellow, Cerebrovascular Center, Cleveland Clinic, Cleveland, OH"),
                            ("2022–2023", "Resident doctor (Neurology), Al-Assad University Hospital, Damascus")]),
            ("Education", [("2016 – 2022", "Doctor of Medicine, Faculty of Medicine, Damascus University, Syria")]),
            ("Publications", ["Al-Khatib R, et al. Multiple sclerosis prevalence in Damascus. Mult Scler Relat Disord. 2023;70:104512.",
                              "Al-Khatib R, Uchino K. Tenecteplase vs alteplase in elderly. J Stroke Cerebrovasc Dis. 2024;33(6):107702.",
                              "Poster: ISC 2024 (poster); Abstract: AAN 2024"]),
            ("Languages", ["Arabic (native), English (fluent), French (intermediate)"]),
            ("Visa", ["J-1 visa required"]),
            ("References", ["Ken Uchino, MD — Cleveland Clinic — uchinok@ccf.org"]),
        ]))

# ---------- scans ----------
P["017"] = dict(
    layout="scan_pdf_image",
    truth=dict(full_name="Brian Otieno Ochieng", email="brian.ochieng.md@gmail.com",
               phone_e164="+254722345678", medical_school="University of Nairobi",
               medical_school_country="KE", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=230, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine"], languages=["English", "Swahili", "Luo"],
               visa_status=None, publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "GA", "2024-05", "2024-07")],
               usce_months=3, usce_months_clinical=3),
    doc=dict(
        name="Brian Otieno Ochieng, MBChB",
        name2="Internal Medicine applicant",
        contacts=["brian.ochieng.md@gmail.com | +254 722 345 678 | Nairobi, Kenya"],
        sections=[
            ("Education", [("2015-2021", "MBChB, University of Nairobi, Kenya")]),
            ("Experience", [("May-Jul 2024", "Hands-on clinical rotation, Internal Medicine, Grady Memorial Hospital, Atlanta, GA"),
                            ("2021-2023", "Medical Officer Intern, Kenyatta National Hospital, Nairobi")]),
            ("USMLE", ["Step 1: Pass  Step 2 CK: 230", "ECFMG certified"]),
            ("Languages", ["English, Swahili, Luo (Dholuo)"]),
            ("Referee", ["Dr. Grace Wanjiru, KNH, gwanjiru@knh.or.ke"]),
        ]))

P["018"] = dict(
    layout="scan_png_rotated",
    truth=dict(full_name="Elif Yıldırım", email="elif.yildirim.md@gmail.com",
               phone_e164="+905321234567", medical_school="Hacettepe University Faculty of Medicine",
               medical_school_country="TR", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Pediatrics"], languages=["Turkish", "English", "German"],
               visa_status=None, publications=0,
               usce_entries=[E("observership", "Pediatrics", "MA", "2025-03", "2025-04")],
               usce_months=2, usce_months_clinical=2),
    doc=dict(
        name="Elif Yıldırım",
        name2="MD — Pediatrics",
        contacts=["elif.yildirim.md@gmail.com", "+90 532 123 45 67", "Ankara, Türkiye"],
        sections=[
            ("Education", [("2017-2023", "MD, Hacettepe University Faculty of Medicine, Ankara")]),
            ("Clinical Experiance", [("03/2025 - 04/2025", "Observership, Pediatrics, Boston Children's Hospital, Boston, MA"),
                                      ("2023-2024", "General practitioner, Ankara City Hospital")]),
            ("USMLE", ["Step 1 Pass", "ECFMG in process"]),
            ("Languages", ["Turkish, English, German"]),
        ]))

P["019"] = dict(
    layout="scan_jpg_photo",
    truth=dict(full_name="Rohan Mehta", email="rohan.mehta.gmc@gmail.com",
               phone_e164="+919820456789", medical_school="Grant Government Medical College",
               medical_school_country="IN", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified",
               specialties=["Psychiatry"], languages=["English", "Hindi", "Marathi", "Gujarati"],
               visa_status="j1", publications=1,
               usce_entries=[E("observership", "Psychiatry", "NY", "2023-06", "2023-07"),
                             E("hands_on", "Psychiatry", "NJ", "2023-08", "2023-09")],
               usce_months=4, usce_months_clinical=4),
    doc=dict(
        name="Rohan Mehta",
        name2="MBBS - Psychiatry",
        contacts=["rohan.mehta.gmc@gmail.com  |  +91 98204 56789  |  Mumbai"],
        sections=[
            ("Experience", [("Jun-Jul 2023", "Observership, Psychiatry, NYU Langone, New York, NY"),
                            ("08/23 - 09/23", "Hands-on, Psychiatry, Hackensack University Medical Center, NJ"),
                            ("2020-2022", "Medical officer, KEM Hospital, Mumbai")]),
            ("Education", [("2014-2020", "MBBS, Grant Government Medical College, Mumbai")]),
            ("USMLE", ["Step 1: PASS, Step 2 CK: 239, ECFMG certified", "Visa: J1"]),
            ("Publications", ["Mehta R, et al. Indian J Psychiatry. 2022;64(3):300-5.", "Poster: APA 2023"]),
            ("Languages", ["English, Hindi, Marathi, Gujarati"]),
        ]))

P["020"] = dict(
    layout="scan_pdf_lowcontrast",
    truth=dict(full_name="Selamawit Tesfaye Bekele", email="selam.tesfaye@gmail.com",
               phone_e164="+251911234567", medical_school="Addis Ababa University",
               medical_school_country="ET", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="certified",
               specialties=["Obstetrics and Gynecology"], languages=["Amharic", "English", "Oromo"],
               visa_status=None, publications=0,
               usce_entries=[E("hands_on", "Obstetrics and Gynecology", "MD", "2022-10", "2022-12")],
               usce_months=3, usce_months_clinical=3),
    doc=dict(
        name="Selamawit Tesfaye Bekele",
        name2="MD — Obstetrics and Gynecology",
        contacts=["selam.tesfaye@gmail.com", "+251 91 123 4567", "Addis Ababa, Ethiopia"],
        sections=[
            ("Education", [("2013-2019", "Doctor of Medicine, Addis Ababa University, College of Health Sciences")]),
            ("Experience", [("Oct-Dec 2022", "Hands-on rotation, OB/GYN, University of Maryland Medical Center, Baltimore, MD"),
                            ("2019-2022", "General Practitioner, St. Paul's Hospital Millennium Medical College")]),
            ("USMLE", ["Step 1 Pass, Step 2 CK 226, ECFMG Certified"]),
            ("Languages", ["Amharic, English, Afaan Oromo"]),
        ]))

P["021"] = dict(
    layout="scan_jpg_blur",
    truth=dict(full_name="Zainab Hussain", email="zainab.hussain.dmc@gmail.com",
               phone_e164="+923331234567", medical_school="Dow Medical College",
               medical_school_country="PK", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Family Medicine"], languages=["English", "Urdu", "Sindhi"],
               visa_status="b1b2", publications=0,
               usce_entries=[E("hands_on", "Family Medicine", "TX", "2025-01", "2025-02")],
               usce_months=2, usce_months_clinical=2),
    doc=dict(
        name="Zainab Hussain",
        name2="MBBS — Family Medicine",
        contacts=["zainab.hussain.dmc@gmail.com | +92 333 1234567 | Karachi"],
        sections=[
            ("Educaton", [("2018-2023", "MBBS, Dow Medical College, Karachi")]),
            ("Experience", [("Jan-Feb 2025", "Hands-on, Family Medicine, Dallas, TX"),
                            ("2023-2024", "House job, Civil Hospital Karachi")]),
            ("Exams", ["S1 P", "ECFMG: in process", "Visa: B1/B2"]),
            ("Languages", ["English, Urdu, Sindhi"]),
        ]))

DAMAGED = {"022": "damaged_truncated_pdf", "023": "damaged_encrypted_pdf", "024": "damaged_random_docx"}
