# -*- coding: utf-8 -*-
"""Content + truth for writer w93's CVs.

Each person: 'file', 'layout', 'truth' (contract fields except file/layout/usce_months*),
and 'cv': display content used by the renderers.
CV sections: list of (heading, items); an item is either a str or a tuple
(when, what, detail) rendered as a dated entry.
"""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = []

# ---------------------------------------------------------------- 001
P.append(dict(
    file="w93_001_chromium_sidebar.pdf", layout="chromium_sidebar",
    truth=dict(full_name="Chen Yu-Ting", email="yuting.chen.md@gmail.com", phone_e164="+886912345678",
               medical_school="National Taiwan University College of Medicine", medical_school_country="TW",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=None,
               ecfmg_status="certified", visa_status=None,
               specialties=["Internal Medicine", "Gastroenterology"], languages=["Chinese", "English", "Japanese"],
               publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "OH", "2023-07", "2023-08"),
                             E("observership", "Gastroenterology", "NY", "2024-09", "2024-10")]),
    cv=dict(
        name="Chen Yu-Ting", alt_name="陳羽婷",
        tagline="M.D. graduate · Applicant, Internal Medicine (Gastroenterology track)",
        contacts=[("Mobile", "+886 912-345-678"), ("E-mail", "yuting.chen.md@gmail.com"),
                  ("Address", "No. 7, Chang-Te St., Zhongzheng Dist., Taipei 100, Taiwan"),
                  ("Born", "1999")],
        sidebar=[("Languages", ["Mandarin Chinese — native", "English — fluent (TOEFL iBT 112)",
                                "Japanese — JLPT N2"]),
                 ("USMLE", ["Step 1: PASS (2023.05)", "Step 2 CK: 255 (2024.08)", "ECFMG certified 2024.11"]),
                 ("Interests", ["Internal Medicine", "Gastroenterology, endoscopy", "Hiking, erhu"])],
        sections=[
            ("Education", [("2017.09 – 2024.06", "Doctor of Medicine (M.D.)",
                            "National Taiwan University College of Medicine, Taipei (國立臺灣大學醫學院). "
                            "Diploma conferred 2024.06; top 10% of class.")]),
            ("International Electives", [
                ("2023.07 – 2023.08", "Sub-internship, Internal Medicine",
                 "Cleveland Clinic, Cleveland — hands-on inpatient wards, admitted and presented patients."),
                ("2023.03", "Elective, Gastroenterology & Hepatology",
                 "Charité – Universitätsmedizin Berlin, Germany."),
                ("2023.10 – 2023.11", "Clinical rotation, General Medicine",
                 "Mount Sinai Hospital, Toronto — exchange via NTU-UofT agreement."),
                ("2024.09 – 2024.10", "Observership, Gastroenterology",
                 "Mount Sinai Hospital, New York — endoscopy suite and GI consult service."),
            ]),
            ("Clinical Experience (Taiwan)", [
                ("2023.12 – 2024.05", "Post-graduate year trainee (PGY-0 clerk)",
                 "National Taiwan University Hospital, Taipei — IM, surgery, ED blocks.")]),
            ("Publications", [
                "Chen YT, Lin HC, Wu MS. Helicobacter pylori eradication and gastric cancer incidence in Taiwan: "
                "a nationwide cohort. J Formos Med Assoc. 2024;123(4):455-462.",
                "Huang CY, Chen YT, et al. Capsule endoscopy yield in obscure GI bleeding. "
                "Gastroenterol Res Pract. 2023;2023:8812233.",
                "Chen YT, et al. Deep-learning polyp detection in a tertiary centre. (submitted, 2025)"]),
            ("References", [
                "Prof. Ming-Shiang Wu, MD, PhD — Dept. of Internal Medicine, NTUH — mswu@ntuh.gov.tw — +886 2 2312 3456",
                "Dr. Sarah K. Moore — Cleveland Clinic, Dept. of Hospital Medicine — moores2@ccf.org — +1 216 444 2200"]),
        ]),
))

# ---------------------------------------------------------------- 002
P.append(dict(
    file="w93_002_docx_header_table.docx", layout="docx_header_table",
    truth=dict(full_name="Kim Min-jun", email="minjun.kim.snu@naver.com", phone_e164="+821048217735",
               medical_school="Seoul National University College of Medicine", medical_school_country="KR",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=262, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Korean", "English"],
               publications=5,
               usce_entries=[E("observership", "Hematology/Oncology", "NY", "2026-05", "2026-06"),
                             E("research", "Hematology/Oncology", "MA", "2026-07", "2026-12")]),
    cv=dict(
        name="Kim Min-jun", alt_name="김민준",
        tagline="Research Fellow in Medical Oncology | Korean medical license No. 140522",
        contacts=[("Tel.", "+82 10-4821-7735"), ("Email", "minjun.kim.snu@naver.com"),
                  ("Addr.", "450 Brookline Ave, Boston, MA (temporary)")],
        sections=[
            ("Personal", ["Date of birth: 1996.02.14", "Visa: currently in the US on a J-1 Research Scholar visa (DS-2019 through 2027.06)",
                          "Military service: completed as Public Health Doctor (공중보건의사), 2023.04 – 2026.04"]),
            ("Education", [("2016.03 – 2022.02", "Doctor of Medicine (M.D.)",
                            "Seoul National University College of Medicine, Seoul (서울대학교 의과대학)"),
                           ("2014.03 – 2016.02", "Pre-medical course", "Seoul National University College of Natural Sciences")]),
            ("Postgraduate Training", [("2022.03 – 2023.02", "Rotating Internship", "Seoul National University Hospital, Seoul")]),
            ("US Clinical & Research Experience", [
                ("2026.07 – present", "Research Fellow, Medical Oncology",
                 "Dana-Farber Cancer Institute, Boston — lung cancer translational research (Lab of Dr. P. Jänne group)"),
                ("2026.05 – 2026.06", "Clinical Observer, Hematology/Oncology",
                 "Memorial Sloan Kettering Cancer Center, New York")]),
            ("Examinations", ["USMLE Step 1 — Pass (2024.09)", "USMLE Step 2 CK — 262 (2025.11)",
                              "ECFMG Certificate issued 2026.01", "Korean Medical Licensing Exam — passed 2022.01"]),
            ("Career Goal", ["Internal Medicine residency, followed by Hematology/Oncology fellowship."]),
            ("Publications (peer-reviewed)", [
                "1. Kim MJ, et al. Osimertinib resistance patterns in Korean EGFR-mutant NSCLC. Cancer Res Treat. 2025;57:311-20.",
                "2. Lee S, Kim MJ, et al. Rural public-health clinic screening for hepatitis B. J Korean Med Sci. 2024;39:e112.",
                "3. Kim MJ, Park JH. Frailty and chemotherapy toxicity in older adults. J Geriatr Oncol. 2024;15:101733.",
                "4. Choi Y, Kim MJ, et al. Tumor mutational burden in gastric cancer. Gastric Cancer. 2023;26:540-9.",
                "5. Kim MJ, et al. Immune-related adverse events registry. Korean J Intern Med. 2023;38:870-9.",
                "Abstracts: ASCO 2025 (poster), ESMO Asia 2024 (poster)"]),
            ("Languages", ["Korean (native); English (fluent, TOEFL 110)"]),
            ("References", ["Prof. Dae-Seog Heo, SNU Hospital — heo1013@snu.ac.kr",
                            "Dr. Emily R. Tran, Dana-Farber Cancer Institute — emily_tran@dfci.harvard.edu, +1 617 632 3000"]),
        ]),
))

# ---------------------------------------------------------------- 003
P.append(dict(
    file="w93_003_reportlab_twocol.pdf", layout="reportlab_twocol",
    truth=dict(full_name="Ingrid Solberg", email="ingrid.solberg@gumed.edu.pl", phone_e164="+48512345678",
               medical_school="Medical University of Gdańsk", medical_school_country="PL",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="pending", visa_status="b1b2",
               specialties=["Emergency Medicine", "Anesthesiology"], languages=["Norwegian", "English", "Swedish", "Polish"],
               publications=0,
               usce_entries=[E("hands_on", "Emergency Medicine", "FL", "2025-03", "2025-03")]),
    cv=dict(
        name="Ingrid Solberg", alt_name=None,
        tagline="6th-year medical student, English Division (MD programme) — expected graduation June 2027",
        contacts=[("Phone", "+48 512 345 678"), ("Email", "ingrid.solberg@gumed.edu.pl"),
                  ("City", "Gdańsk, Poland / Bergen, Norway")],
        sections=[
            ("Education", [("01.10.2021 – present", "Doctor of Medicine programme (6th year)",
                            "Medical University of Gdańsk (Gdański Uniwersytet Medyczny), English Division. Expected diploma: 06.2027"),
                           ("2018 – 2021", "Videregående skole (natural sciences)", "Bergen Katedralskole, Norway")]),
            ("Clerkships", [("01.07.2024 – 31.07.2024", "Summer clerkship, Anaesthesiology & Intensive Care",
                             "Oslo University Hospital, Ullevål, Norway"),
                            ("01.08.2023 – 31.08.2023", "Summer clerkship, Internal Medicine",
                             "Haukeland University Hospital, Bergen, Norway"),
                            ("03.03.2025 – 28.03.2025", "Visiting student elective, Emergency Medicine (hands-on, 4 weeks)",
                             "University of Miami / Jackson Memorial Hospital, Miami"),
                            ("15.07.2025 – 14.08.2025", "Erasmus+ clerkship, Emergency Department",
                             "Hospital Universitario La Paz, Madrid, Spain")]),
            ("Exams", ["USMLE Step 1: passed (10.01.2025)", "NBME CCSSA practice: 231 (not official)",
                       "ECFMG ID 1-764-219-3 — certification pending (Step 2 CK planned spring 2027)"]),
            ("Visa", ["Holds a valid US B1/B2 visa (expires 2029)"]),
            ("Interests", ["Emergency Medicine; Anesthesiology", "Wilderness medicine, ski patrol volunteer"]),
            ("Posters", ["Solberg I. Point-of-care ultrasound in student training. Poster, GUMed Student Conference, 12.04.2025"]),
            ("Languages", ["Norwegian (native), English (C2), Swedish (C1), Polish (A2)"]),
            ("Referee", ["dr hab. Tomasz Nowak, Dept. of Emergency Medicine, GUMed — t.nowak@gumed.edu.pl, +48 58 349 11 00"]),
        ]),
))

# ---------------------------------------------------------------- 004
P.append(dict(
    file="w93_004_fpdf2_classic.pdf", layout="fpdf2_classic",
    truth=dict(full_name="Leila Farahani", email="leila.farahani91@outlook.com", phone_e164="+36305551234",
               medical_school="Semmelweis University", medical_school_country="HU",
               graduation_year=2022, is_student=False, usmle_step1=238, usmle_step2ck=247, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1",
               specialties=["Neurology"], languages=["Persian", "English", "German", "Hungarian"],
               publications=1,
               usce_entries=[E("observership", "Neurology", "MN", "2023-09", "2023-11")]),
    cv=dict(
        name="Leila Farahani", alt_name="لیلا فراهانی",
        tagline="Medical Doctor (dr. med.) — seeking Neurology residency (J-1 sponsorship required)",
        contacts=[("Phone", "+36 30 555 1234"), ("Email", "leila.farahani91@outlook.com"),
                  ("Address", "Üllői út 26, 1085 Budapest, Hungary")],
        sections=[
            ("Education", [("09/2016 – 06/2022", "General Medicine (MD), English-language programme",
                            "Semmelweis University, Faculty of Medicine, Budapest, Hungary — diploma June 2022, cum laude"),
                           ("2015 – 2016", "Preparatory year (Biology, Chemistry)", "Semmelweis University Foundation Year")]),
            ("Electives", [
                ("04/2021", "Neurology elective", "Semmelweis University Department of Neurology, Budapest"),
                ("07/2021 – 08/2021", "Stroke unit elective", "Vienna General Hospital (AKH Wien), Austria"),
                ("09/2023 – 11/2023", "Clinical observership, Neurology (movement disorders & stroke)",
                 "Mayo Clinic, Rochester"),
                ("01/2024 – 02/2024", "Observership, Neurology", "Cleveland Clinic Abu Dhabi, UAE")]),
            ("Work Experience", [("10/2022 – present", "Junior doctor (rezidens), Neurology",
                                  "Semmelweis University Department of Neurology, Budapest")]),
            ("USMLE / Certification", ["Step 1: 238 (2021)", "Step 2 CK: 247 (2023)", "Step 2 CS: Pass (2020)",
                                       "ECFMG certified (2023)"]),
            ("Publication", ["Farahani L, Szabó Á, Kovács T. Early levodopa response in Parkinson's disease: "
                             "a Hungarian cohort. Ideggyogy Sz. 2023;76(5-6):201-208."]),
            ("Languages", ["Farsi (native), English (fluent), German (B1), Hungarian (basic medical)"]),
            ("References", ["Prof. Dr. Tibor Kovács, Semmelweis University — kovacs.tibor@med.semmelweis-univ.hu",
                            "Dr. James O'Neill, Mayo Clinic Department of Neurology — oneill.james@mayo.edu, +1 507 284 2511"]),
        ]),
))

# ---------------------------------------------------------------- 005
P.append(dict(
    file="w93_005_odt_japanese.odt", layout="odt_japanese",
    truth=dict(full_name="Kenta Sato", email="k.sato.keio@gmail.com", phone_e164="+819012345678",
               medical_school="Keio University School of Medicine", medical_school_country="JP",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None,
               ecfmg_status="certified", visa_status=None,
               specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["Japanese", "English"],
               publications=4,
               usce_entries=[E("hands_on", "Internal Medicine", "HI", "2020-06", "2020-06"),
                             E("observership", "Pulmonology/Critical Care", "MA", "2024-01", "2024-02")]),
    cv=dict(
        name="Kenta Sato", alt_name="佐藤 健太",
        tagline="Internal Medicine physician (Japan) — applying for US residency, Pulmonary & Critical Care",
        contacts=[("Phone", "+81 90-1234-5678"), ("E-mail", "k.sato.keio@gmail.com"),
                  ("Address", "3-5-1 Shinanomachi, Shinjuku-ku, Tokyo 160-0016, Japan")],
        sections=[
            ("学歴 / Education", [("2015年4月 – 2021年3月", "M.D. (医学士)", "Keio University School of Medicine, Tokyo (慶應義塾大学医学部) — graduated 2021年3月")]),
            ("職歴 / Training", [("2021年4月 – 2023年3月", "Initial Clinical Training (初期臨床研修)", "St. Luke's International Hospital, Tokyo"),
                                ("2023年4月 – 現在", "Senior resident (後期研修医), Respiratory Medicine", "St. Luke's International Hospital, Tokyo")]),
            ("Clinical Experience in the United States", [
                ("2020年6月", "Clinical clerkship (4 weeks, hands-on), Internal Medicine",
                 "The Queen's Medical Center, Honolulu — University of Hawaii JABSOM program"),
                ("2024年1月 – 2024年2月", "Observership, Pulmonary & Critical Care Medicine",
                 "Beth Israel Deaconess Medical Center, Boston")]),
            ("USMLE", ["Step 1: Pass (2022年11月)", "Step 2 CK: 239 (2023年8月)", "ECFMG Certification: 2023年10月"]),
            ("Research & Publications", [
                "1. Sato K, et al. High-flow nasal cannula in COVID-19 pneumonia. Respir Investig. 2023;61:90-97.",
                "2. 佐藤健太, 他. 間質性肺炎急性増悪の予後因子. 日本呼吸器学会誌. 2023;12:45-51. (peer-reviewed, Japanese)",
                "3. Sato K, Tanaka H. Sepsis bundle compliance in a Tokyo ICU. Acute Med Surg. 2022;9:e780.",
                "4. Ito Y, Sato K, et al. Lung ultrasound in heart failure. J Cardiol. 2024;83:120-6.",
                "Presentation: ATS 2024 International Conference, San Diego (poster)"]),
            ("Licenses", ["Japanese Medical License (医師免許) No. 612345, 2021年4月"]),
            ("Languages", ["Japanese (native), English (professional, OET B)"]),
            ("References", ["Dr. Hiroshi Tanaka, St. Luke's International Hospital — htanaka@luke.ac.jp, +81 3-3541-5151",
                            "Dr. Laura Benson, BIDMC Pulmonary — lbenson@bidmc.harvard.edu"]),
        ]),
))

# ---------------------------------------------------------------- 006
P.append(dict(
    file="w93_006_rtf_plain.rtf", layout="rtf_plain",
    truth=dict(full_name="Omar Benali", email="omar.benali.md@gmail.com", phone_e164="+212661234567",
               medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="not_certified", visa_status=None,
               specialties=["General Surgery"], languages=["Arabic", "French", "English", "Romanian"],
               publications=0, usce_entries=[]),
    cv=dict(
        name="Omar Benali", alt_name="عمر بنعلي",
        tagline="Medical Doctor — General Surgery",
        contacts=[("Tel", "+212 6 61 23 45 67"), ("Email", "omar.benali.md@gmail.com"), ("Address", "Rabat, Morocco")],
        sections=[
            ("Education", [("2019 – 2025", "Medicine (English line of study), Doctor-medic diploma 2025",
                            "Carol Davila University of Medicine and Pharmacy, Bucharest, Romania. Licence exam: September 2025.")]),
            ("European Clinical Rotations", [
                ("01.02.2024 – 30.04.2024", "Erasmus+ clinical placement, Digestive Surgery", "Hôpital Necker – Enfants Malades, Paris, France"),
                ("01.07.2023 – 31.07.2023", "Summer practice, General Surgery", "Spitalul Clinic de Urgență Floreasca, Bucharest"),
                ("Summer 2022", "Volunteer, surgical outreach", "CHU Ibn Sina, Rabat, Morocco")]),
            ("Exams", ["USMLE Step 1: Pass (November 2024)", "NBME CBSSA: 68% (practice)",
                       "ECFMG status: not certified yet (Step 2 CK scheduled March 2027)"]),
            ("Skills", ["Basic laparoscopic skills (FLS-style simulator), suturing, ATLS provider course 2024"]),
            ("Languages", ["Arabic (native), French (native-level), English (C1), Romanian (B2)"]),
            ("Referee", ["Conf. Dr. Andrei Popescu, Floreasca Emergency Hospital — andrei.popescu@umfcd.ro, +40 21 599 2300"]),
        ]),
))

# ---------------------------------------------------------------- 007
P.append(dict(
    file="w93_007_txt_mongolia.txt", layout="txt_plain",
    truth=dict(full_name="Enkhtuya Batbayar", email="enkhtuya.b@mnums.edu.mn", phone_e164="+97699112233",
               medical_school="Mongolian National University of Medical Sciences", medical_school_country="MN",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=231, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2",
               specialties=["Endocrinology", "Internal Medicine"], languages=["Mongolian", "Russian", "English"],
               publications=1,
               usce_entries=[E("telehealth", "Endocrinology", "PA", "2024-10", "2024-12"),
                             E("observership", "Endocrinology", "FL", "2025-02", "2025-04")]),
    cv=dict(
        name="Enkhtuya Batbayar", alt_name="Батбаярын Энхтуяа",
        tagline="MD, Internal Medicine specialist (Mongolia)",
        contacts=[("Phone/WhatsApp", "+976 9911 2233"), ("Email", "enkhtuya.b@mnums.edu.mn"),
                  ("Address", "Sukhbaatar district, Ulaanbaatar 14210, Mongolia")],
        sections=[
            ("EDUCATION", [("2014 - 2020", "Medical Doctor (MD), 6 years",
                            "Mongolian National University of Medical Sciences (MNUMS), Ulaanbaatar")]),
            ("RESIDENCY (Mongolia)", [("2020 - 2023", "Residency, Internal Medicine", "First Central Hospital of Mongolia, Ulaanbaatar")]),
            ("WORK", [("2023 - current", "Internal Medicine physician, Endocrinology unit", "Intermed Hospital, Ulaanbaatar")]),
            ("US EXPERIENCE", [
                ("Oct 2024 - Dec 2024", "Virtual tele-observership, Endocrinology (online case conferences)",
                 "University of Pittsburgh Medical Center (UPMC), Pittsburgh"),
                ("Feb 2025 - Apr 2025", "Observership, Endocrinology, Diabetes & Metabolism", "Mayo Clinic, Jacksonville")]),
            ("EXAMS", ["USMLE Step 1 - PASS (2023)", "USMLE Step 2 CK - 231 (2024)", "ECFMG certified - June 2025",
                       "Visa: B1/B2 visitor visa (used for the observership)"]),
            ("PUBLICATION", ["Batbayar E, Dorj G. Prevalence of type 2 diabetes in Ulaanbaatar adults. "
                             "Cent Asian J Med Sci. 2022;8(3):201-9."]),
            ("GOALS", ["Internal Medicine residency, then Endocrinology fellowship"]),
            ("LANGUAGES", ["Mongolian - native; Russian - fluent; English - fluent"]),
            ("REFERENCES", ["Dr. Gerelmaa Dorj, MNUMS - gerelmaa.d@mnums.edu.mn, +976 11 328 670",
                            "Dr. Kevin Albright, Mayo Clinic Florida - albright.kevin@mayo.edu"]),
        ]),
))

# ---------------------------------------------------------------- 008
P.append(dict(
    file="w93_008_chromium_timeline.pdf", layout="chromium_timeline",
    truth=dict(full_name="Aisyah Rahman", email="aisyah.rahman@lf3.cuni.cz", phone_e164="+420777123456",
               medical_school="Charles University, Third Faculty of Medicine", medical_school_country="CZ",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None,
               specialties=["Pediatrics"], languages=["Malay", "English", "Czech"],
               publications=0,
               usce_entries=[E("hands_on", "Pediatrics", "NY", "2026-07", "2026-07")]),
    cv=dict(
        name="Aisyah Rahman", alt_name=None,
        tagline="Final-year medical student (General Medicine in English) · Future paediatrician",
        contacts=[("Phone", "+420 777 123 456"), ("Email", "aisyah.rahman@lf3.cuni.cz"),
                  ("Address", "Ruská 87, 100 00 Praha 10, Czech Republic"), ("Home", "Kuala Lumpur, Malaysia")],
        sections=[
            ("Education", [("Oct 2021 – Jun 2027 (expected)", "MUDr. (Doctor of Medicine), General Medicine in English",
                            "Charles University, Third Faculty of Medicine, Prague — currently in 6th year (state exams 2027)"),
                           ("2019 – 2020", "A-Levels", "Taylor's College, Subang Jaya, Malaysia")]),
            ("Clinical Electives", [
                ("01.07.2026 – 31.07.2026", "Visiting student, Pediatrics (inpatient wards, hands-on)",
                 "NewYork-Presbyterian / Columbia University Irving Medical Center, New York"),
                ("05.02.2026 – 02.03.2026", "Elective, Paediatric Cardiology", "Great Ormond Street Hospital, London, UK"),
                ("Summer 2025", "Clinical attachment, Paediatrics", "Hospital Kuala Lumpur, Malaysia"),
                ("Sep 2024", "Clerkship, Paediatrics", "University Hospital Královské Vinohrady, Prague")]),
            ("Examinations", ["USMLE Step 1 — Pass (May 2026)", "UWorld self-assessment: 72% (practice)"]),
            ("Activities", ["President, IFMSA Czech Republic — LF3 local committee (2024–2025)",
                            "Poster: Vitamin D status in Czech children — LF3 Student Conference 2025"]),
            ("Languages", ["Malay (native), English (fluent), Czech (A2 medical Czech)"]),
            ("Referee", ["MUDr. Petra Svobodová, Ph.D., Dept. of Paediatrics, FNKV — petra.svobodova@fnkv.cz"]),
        ]),
))

# ---------------------------------------------------------------- 009
P.append(dict(
    file="w93_009_docx_twocol_table.docx", layout="docx_twocol_table",
    truth=dict(full_name="Guðrún Sigurðardóttir", email="gudrun.sigurdardottir@gmail.com", phone_e164="+3548612345",
               medical_school="Jessenius Faculty of Medicine in Martin, Comenius University", medical_school_country="SK",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None,
               ecfmg_status="pending", visa_status="j1",
               specialties=["Obstetrics and Gynecology"], languages=["Icelandic", "English", "Danish", "Slovak"],
               publications=1,
               usce_entries=[E("observership", "Obstetrics and Gynecology", "MA", "2025-09", "2025-10")]),
    cv=dict(
        name="Guðrún Sigurðardóttir", alt_name=None,
        tagline="MUDr. — Obstetrics & Gynecology applicant",
        contacts=[("Sími / Phone", "+354 861 2345"), ("Email", "gudrun.sigurdardottir@gmail.com"),
                  ("Address", "Hringbraut 101, 101 Reykjavík, Iceland")],
        sections=[
            ("Education", [("2018 – 2024", "General Medicine (MUDr.), English programme",
                            "Jessenius Faculty of Medicine in Martin, Comenius University in Bratislava, Slovakia. Diploma awarded 2024.")]),
            ("Internship", [("08/2024 – 07/2025", "Kandidatsár (foundation year)", "Landspítali – The National University Hospital of Iceland, Reykjavík")]),
            ("Electives", [
                ("09/2025 – 10/2025", "Observership, Obstetrics & Gynecology (labour & delivery, gyn-onc clinic)",
                 "Brigham and Women's Hospital, Boston"),
                ("06/2023", "Elective, Obstetrics", "Karolinska University Hospital, Stockholm, Sweden"),
                ("07/2022", "Clerkship, Gynecology", "University Hospital Martin, Slovakia")]),
            ("USMLE", ["Step 1 – Pass (2023)", "Step 2 CK – 244 (2026)", "ECFMG certification pending (OET results awaited)"]),
            ("Visa", ["Will require J-1 visa sponsorship (ECFMG)"]),
            ("Publication", ["Sigurðardóttir G, Jónsson H. Outcomes of planned home births in Iceland 2010–2020. "
                             "Laeknabladid. 2024;110(3):133-139."]),
            ("Languages", ["Icelandic (native), English (fluent), Danish (good), Slovak (basic)"]),
            ("References", ["Dr. Hannes Jónsson, Landspítali — hannesj@landspitali.is, +354 543 1000"]),
        ]),
))

# ---------------------------------------------------------------- 010
P.append(dict(
    file="w93_010_reportlab_banner.pdf", layout="reportlab_banner",
    truth=dict(full_name="Yael Mizrahi", email="yael.mizrahi@yale.edu", phone_e164="+12035550147",
               medical_school="Lithuanian University of Health Sciences", medical_school_country="LT",
               graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
               ecfmg_status="certified", visa_status="h1b",
               specialties=["Psychiatry", "Neurology"], languages=["Hebrew", "English", "Russian", "Lithuanian"],
               publications=6,
               usce_entries=[E("observership", "Psychiatry", "MA", "2024-05", "2024-06"),
                             E("research", "Psychiatry", "CT", "2024-07", "2026-12")]),
    cv=dict(
        name="Yael Mizrahi", alt_name="יעל מזרחי",
        tagline="MD · Postdoctoral Associate, Psychiatry Research",
        contacts=[("Cell", "(203) 555-0147"), ("Email", "yael.mizrahi@yale.edu"), ("Location", "New Haven, CT")],
        sections=[
            ("Education", [("2017 – 2023", "Medical Doctor (MD), Integrated Studies of Medicine in English",
                            "Lithuanian University of Health Sciences (LSMU), Kaunas, Lithuania")]),
            ("Research Experience", [("07/2024 – present", "Postdoctoral Associate, Clinical Neuroscience (Psychiatry)",
                                      "Yale School of Medicine, New Haven — ketamine & treatment-resistant depression trials")]),
            ("Clinical Experience", [("05/2024 – 06/2024", "Clinical observership, Psychiatry", "McLean Hospital, Belmont"),
                                     ("2023 – 2024", "Intern, Psychiatry department", "Sheba Medical Center, Tel HaShomer, Israel")]),
            ("Exams & Status", ["USMLE Step 1: Pass | Step 2 CK: 250", "ECFMG certified (2024)",
                                "Work authorization: H-1B (current)"]),
            ("Interests", ["Psychiatry residency; interest in neuropsychiatry / Neurology overlap"]),
            ("Selected Publications", [
                "Mizrahi Y, et al. Ketamine response predictors. J Affect Disord. 2026;350:112-9.",
                "Mizrahi Y, et al. EEG biomarkers in TRD. Biol Psychiatry. 2025;97:455-63.",
                "Kaye A, Mizrahi Y. Suicide risk after ED discharge. Psychiatr Serv. 2025;76:301-8.",
                "Mizrahi Y, et al. Esketamine real-world outcomes. J Clin Psychiatry. 2025;86:24m1555.",
                "Mizrahi Y, Žukauskas R. Burnout among Lithuanian residents. Medicina (Kaunas). 2023;59:1290.",
                "Levi D, Mizrahi Y. Psychosis after cannabis in Israeli soldiers. Isr J Psychiatry. 2024;61:20-6.",
                "Posters: APA 2025 (x2), SOBP 2025"]),
            ("Languages", ["Hebrew (native), English (fluent), Russian (conversational), Lithuanian (basic)"]),
            ("References", ["Prof. Gerard Sanacora, Yale Psychiatry — gerard.sanacora@yale.edu",
                            "Prof. Robertas Žukauskas, LSMU — robertas.zukauskas@lsmu.lt, +370 37 327 200"]),
        ]),
))

# ---------------------------------------------------------------- 011
P.append(dict(
    file="w93_011_fpdf2_compact.pdf", layout="fpdf2_compact",
    truth=dict(full_name="Giulia Romano", email="giulia.romano3@studenti.unimi.it", phone_e164="+393471234567",
               medical_school="University of Milan", medical_school_country="IT",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2",
               specialties=["General Surgery"], languages=["Italian", "English", "Spanish", "French"],
               publications=1,
               usce_entries=[E("hands_on", "General Surgery", "MD", "2026-09", "2026-10")]),
    cv=dict(
        name="Giulia Romano", alt_name=None,
        tagline="6th-year student, International Medical School (Medicine and Surgery in English)",
        contacts=[("Mob.", "+39 347 123 4567"), ("E-mail", "giulia.romano3@studenti.unimi.it"), ("Address", "Via Festa del Perdono 7, Milano")],
        sections=[
            ("Education", [("2021 – 2027 (expected)", "Medicine and Surgery (Laurea Magistrale a ciclo unico, MD)",
                            "University of Milan (Università degli Studi di Milano), International Medical School — final year; graduation expected July 2027")]),
            ("International Electives", [
                ("01.07.2025 – 31.07.2025", "Elective, General & Digestive Surgery", "Hospital Clínic de Barcelona, Spain"),
                ("June 2026", "Visiting elective, Surgery", "Mount Sinai Hospital, Toronto"),
                ("07.09.2026 – 30.10.2026", "Sub-internship, General Surgery (hands-on, 8 weeks)", "The Johns Hopkins Hospital, Baltimore"),
                ("2024 – 2025", "Internato (student internship), Surgery", "Ospedale Policlinico di Milano")]),
            ("Exams", ["USMLE Step 1 – Pass (March 2026)", "Step 2 CK – scheduled January 2027"]),
            ("Visa", ["B1/B2 visa issued 2026"]),
            ("Publication", ["Romano G, Ferrari L, et al. Enhanced recovery after colorectal surgery in the elderly. Updates Surg. 2025;77:1021-8."]),
            ("Languages", ["Italian (mother tongue), English (C2), Spanish (B2), French (B1)"]),
            ("Referees", ["Prof. Luca Ferrari, University of Milan — luca.ferrari@unimi.it, +39 02 5503 2000",
                          "Dr. Anne Whitfield, Johns Hopkins Surgery — awhitfi1@jhmi.edu"]),
        ]),
))

# ---------------------------------------------------------------- 012
P.append(dict(
    file="w93_012_odt_footer.odt", layout="odt_footer",
    truth=dict(full_name="Lucas Ferreira Martins", email="lucas.fmartins@hotmail.com", phone_e164="+351912345678",
               medical_school="Universidad Europea de Madrid", medical_school_country="ES",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None,
               ecfmg_status="certified", visa_status=None,
               specialties=["Emergency Medicine", "Family Medicine"], languages=["Portuguese", "Spanish", "English"],
               publications=0,
               usce_entries=[E("observership", "Emergency Medicine", "CA", "2025-10", "2025-12")]),
    cv=dict(
        name="Lucas Ferreira Martins", alt_name=None,
        tagline="Médico (Grado en Medicina) — Emergency Medicine / Family Medicine",
        contacts=[("Tlf.", "+351 912 345 678"), ("Email", "lucas.fmartins@hotmail.com"), ("Morada", "Rua de Santa Catarina 112, Porto, Portugal")],
        sections=[
            ("Education", [("2019 – 2025", "Grado en Medicina (MD equivalent), English-taught track",
                            "Universidad Europea de Madrid, Spain — título 2025")]),
            ("Clinical rotations", [
                ("Oct 2025 – Dec 2025", "Observership, Emergency Medicine", "Cedars-Sinai Medical Center, Los Angeles"),
                ("Mar 2024 – May 2024", "Rotatorio, Urgencias", "Hospital Universitario Quirónsalud Madrid"),
                ("Jul 2023", "Estágio, Medicina Geral e Familiar", "USF Ramalde, Porto, Portugal")]),
            ("USMLE", ["Step 1 Pass (2024) · Step 2 CK 238 (2025) · ECFMG certified"]),
            ("Languages", ["Portuguese (native), Spanish (C2), English (C1)"]),
            ("References", ["Dr. María López García, Quirónsalud Madrid — mlopezg@quironsalud.es, +34 91 452 1900"]),
        ]),
))

# ---------------------------------------------------------------- 013
P.append(dict(
    file="w93_013_rtf_table.rtf", layout="rtf_table",
    truth=dict(full_name="Wang Haoran", email="haoran.wang@student.ump.edu.pl", phone_e164="+48600700800",
               medical_school="Poznan University of Medical Sciences", medical_school_country="PL",
               graduation_year=2027, is_student=True, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None,
               specialties=["Cardiology", "Internal Medicine"], languages=["Chinese", "English", "Polish"],
               publications=0,
               usce_entries=[E("research", "Cardiology", "TX", "2025-06", "2025-08")]),
    cv=dict(
        name="Wang Haoran", alt_name="王浩然",
        tagline="Medical student, 6-year MD Program in English (final year)",
        contacts=[("Phone", "+48 600 700 800"), ("Email", "haoran.wang@student.ump.edu.pl"), ("WeChat", "whr_pl2021")],
        sections=[
            ("Education", [("2021.10 – 2027.06 (expected)", "MD Program (6 years), Faculty of Medicine",
                            "Poznan University of Medical Sciences, Poland — currently in final year"),
                           ("2018.09 – 2021.06", "High school", "Beijing No. 4 High School (北京四中)")]),
            ("Research", [("Summer 2025 (Jun–Aug)", "Summer research student, Cardiology (echo core lab)",
                           "Houston Methodist Hospital, Houston")]),
            ("Clerkships", [("2024.07", "Summer clerkship, Cardiology", "Heliodor Swiecicki Clinical Hospital, Poznań"),
                            ("2025.09", "Clerkship, Internal Medicine", "Peking Union Medical College Hospital, Beijing (北京协和医院)")]),
            ("Manuscripts", ["Wang H, et al. Strain imaging in cardio-oncology patients. (submitted to Echocardiography, 2026)"]),
            ("Goals", ["Internal Medicine residency with a view to Cardiology fellowship. USMLE Step 1 planned 2027.02."]),
            ("Languages", ["Mandarin Chinese (native), English (IELTS 7.5), Polish (B1)"]),
            ("Reference", ["Dr. Sherif F. Nagueh, Houston Methodist DeBakey Heart Center — snagueh@houstonmethodist.org"]),
        ]),
))

# ---------------------------------------------------------------- 014
P.append(dict(
    file="w93_014_soffice_from_odt.pdf", layout="soffice_from_odt",
    truth=dict(full_name="Misaki Tanaka", email="misaki.tanaka@pitt.edu", phone_e164="+14125550183",
               medical_school="Osaka University Faculty of Medicine", medical_school_country="JP",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=256, usmle_step3=222,
               ecfmg_status="certified", visa_status="j1",
               specialties=["Gastroenterology", "Internal Medicine"], languages=["Japanese", "English"],
               publications=9,
               usce_entries=[E("research", "Gastroenterology", "PA", "2024-04", "2026-12"),
                             E("observership", "Gastroenterology", "IL", "2025-08", "2025-08")]),
    cv=dict(
        name="Misaki Tanaka", alt_name="田中 美咲",
        tagline="Postdoctoral Research Fellow, Division of Gastroenterology, Hepatology and Nutrition",
        contacts=[("Phone", "+1 412-555-0183"), ("Email", "misaki.tanaka@pitt.edu"), ("Address", "Pittsburgh, PA 15213, USA")],
        sections=[
            ("Education", [("2013.04 – 2019.03", "M.D.", "Osaka University Faculty of Medicine, Suita, Japan (大阪大学医学部)"),
                           ("2021.04 – 2024.03", "Ph.D. (Medicine)", "Osaka University Graduate School of Medicine")]),
            ("Postgraduate Training (Japan)", [("2019.04 – 2021.03", "Junior residency", "Osaka University Hospital")]),
            ("US Experience", [("2024.04 – current", "Postdoctoral Research Fellow, Hepatology", "University of Pittsburgh Medical Center, Pittsburgh"),
                               ("2025.08", "Clinical observership, Gastroenterology & Hepatology (4 weeks)", "Northwestern Memorial Hospital, Chicago")]),
            ("Examinations", ["USMLE Step 1: Pass (2023.06)", "USMLE Step 2 CK: 256 (2024.12)", "USMLE Step 3: 222 (2025.10)",
                              "ECFMG certified (2025.01)"]),
            ("Visa", ["J-1 research scholar (sponsor: University of Pittsburgh)"]),
            ("Publications", ["9 peer-reviewed articles (5 first-author), e.g.:",
                              "Tanaka M, et al. Hepatocyte senescence in MASH. Hepatology. 2025;81:1120-34.",
                              "Tanaka M, et al. Gut microbiome and HCC. J Gastroenterol. 2023;58:77-89.",
                              "Full list: https://pubmed.ncbi.nlm.nih.gov/?term=Tanaka+Misaki"]),
            ("Languages", ["Japanese (native), English (fluent)"]),
            ("References", ["Prof. Satdarshan P. Monga, UPMC — smonga@pitt.edu, +1 412 648 9966"]),
        ]),
))

# ---------------------------------------------------------------- 015
P.append(dict(
    file="w93_015_chromium_cards.pdf", layout="chromium_cards",
    truth=dict(full_name="Lee Seo-yeon", email="seoyeon.lee.pte@gmail.com", phone_e164="+821022334455",
               medical_school="University of Pécs Medical School", medical_school_country="HU",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2",
               specialties=["Family Medicine", "Pediatrics"], languages=["Korean", "English", "Hungarian"],
               publications=0,
               usce_entries=[E("hands_on", "Family Medicine", "IL", "2025-01", "2025-02"),
                             E("observership", "Pediatrics", "TX", "2025-03", "2025-03")]),
    cv=dict(
        name="Lee Seo-yeon", alt_name="이서연",
        tagline="Medical Doctor (dr. med.) · Family Medicine & Pediatrics",
        contacts=[("📱", "+82 10 2233 4455"), ("✉", "seoyeon.lee.pte@gmail.com"), ("⌂", "Busan, Republic of Korea")],
        sections=[
            ("Education", [("2018 – 2024", "General Medicine, English-language programme (dr. med.)",
                            "University of Pécs Medical School, Pécs, Hungary — diploma 2024 (studies 2018–2024)")]),
            ("US Clinical Rotations", [
                ("2025.01 – 2025.02", "Hands-on clinical rotation, Family Medicine", "Cook County Health, Chicago"),
                ("2025.03", "Observership, General Pediatrics", "Texas Children's Hospital, Houston")]),
            ("Other Clinical Experience", [("2023.09 – 2023.10", "Elective, Paediatrics", "Clinical Centre, University of Pécs"),
                                           ("2022.07", "Summer practice, Family Medicine", "Pusan National University Hospital, Korea")]),
            ("USMLE", ["Step 1 Pass (2023.12)", "Step 2 CK 236 (2024.10)", "ECFMG Certified"]),
            ("Visa", ["B1/B2 visitor visa"]),
            ("Languages", ["Korean (native), English (fluent), Hungarian (basic)"]),
            ("References", ["Dr. Anita Kelemen, University of Pécs — kelemen.anita@pte.hu",
                            "Dr. Marcus Hill, Cook County Health — mhill@cookcountyhhs.org, +1 312 864 6000"]),
        ]),
))

# ---------------------------------------------------------------- 016
P.append(dict(
    file="w93_016_docx_modern.docx", layout="docx_modern",
    truth=dict(full_name="Michael J. Kowalski", email="mkowalski.md@gmail.com", phone_e164="+17735550192",
               medical_school="Jagiellonian University Medical College", medical_school_country="PL",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=258, usmle_step3=None,
               ecfmg_status="certified", visa_status="citizen",
               specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["English", "Polish"],
               publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "IL", "2024-07", "2024-08"),
                             E("hands_on", "Pulmonology/Critical Care", "IL", "2025-08", "2025-09")]),
    cv=dict(
        name="Michael J. Kowalski", alt_name=None,
        tagline="MD — US citizen IMG · Internal Medicine → Pulmonary/Critical Care",
        contacts=[("Phone", "(773) 555-0192"), ("Email", "mkowalski.md@gmail.com"), ("Address", "Chicago, IL 60630")],
        sections=[
            ("Education", [("Oct 2019 – Jun 2025", "Doctor of Medicine (lekarz), School of Medicine in English",
                            "Jagiellonian University Medical College, Kraków, Poland")]),
            ("Clinical Experience", [
                ("Aug 2025 – Sep 2025", "Sub-internship, Pulmonary & Critical Care (MICU)", "Rush University Medical Center, Chicago"),
                ("Jul 2024 – Aug 2024", "Clinical elective, Internal Medicine (hands-on, inpatient)", "Advocate Lutheran General Hospital, Park Ridge"),
                ("Feb 2024 – Apr 2024", "Clinical rotation, Internal Medicine", "University Hospital in Kraków")]),
            ("Licensure & Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 258", "ECFMG certified (Oct 2025)", "Citizenship: US citizen"]),
            ("Publications", ["Kowalski MJ, et al. Prone positioning outcomes in ARDS. Pol Arch Intern Med. 2024;134:16701.",
                              "Nowak A, Kowalski MJ. Vaping-associated lung injury: case series. Adv Respir Med. 2023;91:210-5."]),
            ("Languages", ["English (native), Polish (fluent)"]),
            ("References", ["Dr. Patricia Lane, Rush MICU — patricia_lane@rush.edu, +1 312 942 5000"]),
        ]),
))

# ================================================================ scans
P.append(dict(
    file="w93_017_scan_pdf.pdf", layout="scan_image_pdf", scan=True,
    truth=dict(full_name="Liu Jiayi", email="liujiayi.sysu@163.com", phone_e164="+8613800138000",
               medical_school="Sun Yat-sen University Zhongshan School of Medicine", medical_school_country="CN",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1",
               specialties=["Rheumatology", "Internal Medicine"], languages=["Chinese", "English"],
               publications=2,
               usce_entries=[E("observership", "Rheumatology", "OH", "2024-02", "2024-04")]),
    cv=dict(
        name="Liu Jiayi", alt_name="刘佳怡",
        tagline="MBBS · Internal Medicine / Rheumatology",
        contacts=[("Mobile", "+86 138 0013 8000"), ("Email", "liujiayi.sysu@163.com"), ("Address", "Guangzhou, China")],
        sections=[
            ("Education", [("2016年9月 – 2022年6月", "MBBS (English-medium programme)", "Sun Yat-sen University Zhongshan School of Medicine, Guangzhou")]),
            ("US Experience", [("2024年2月 – 2024年4月", "Observership, Rheumatology", "Cleveland Clinic, Cleveland")]),
            ("Work", [("2022年7月 – 2024年1月", "Resident physician, Internal Medicine", "The First Affiliated Hospital of Sun Yat-sen University")]),
            ("USMLE", ["Step 1: Pass; Step 2 CK: 245; ECFMG certified; J-1 visa needed"]),
            ("Publications", ["Liu J, et al. Lupus nephritis outcomes in South China. Lupus. 2023;32:88-95.",
                              "Zhang L, Liu J. Gout flares and SGLT2 inhibitors. Clin Rheumatol. 2024;43:512-8."]),
            ("Languages", ["Mandarin Chinese (native), English (fluent)"]),
        ]),
))
P.append(dict(
    file="w93_018_scan_photo.png", layout="scan_photo_png", scan=True,
    truth=dict(full_name="Lin Kuan-Yu", email="kuanyu.lin@kmu.edu.tw", phone_e164="+886933222111",
               medical_school="Kaohsiung Medical University", medical_school_country="TW",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="pending", visa_status=None,
               specialties=["Nephrology"], languages=["Chinese", "English"],
               publications=1,
               usce_entries=[E("observership", "Nephrology", "CA", "2023-10", "2023-12")]),
    cv=dict(
        name="Lin Kuan-Yu", alt_name="林冠宇",
        tagline="M.D. — Nephrology",
        contacts=[("Phone", "0933-222-111 (+886)"), ("Email", "kuanyu.lin@kmu.edu.tw")],
        sections=[
            ("Education", [("2014.09 – 2021.06", "Doctor of Medicine", "Kaohsiung Medical University, Kaohsiung, Taiwan (高雄醫學大學)")]),
            ("Electives", [("2023.10 – 2023.12", "Observership, Nephrology", "UCSF Medical Center, San Francisco"),
                           ("2020.04", "Elective, Internal Medicine", "Kaohsiung Medical University Hospital")]),
            ("USMLE", ["Step 1: Pass (2022.09)", "ECFMG: pending"]),
            ("Publication", ["Lin KY, et al. AKI after contrast CT. Kaohsiung J Med Sci. 2022;38:1021-7."]),
            ("Languages", ["Mandarin Chinese, English"]),
        ]),
))
P.append(dict(
    file="w93_019_scan_photo.jpg", layout="scan_photo_jpg", scan=True,
    truth=dict(full_name="Sofia Papadopoulou", email="sofia.papadopoulou@yahoo.gr", phone_e164="+306941234567",
               medical_school="Iuliu Hațieganu University of Medicine and Pharmacy", medical_school_country="RO",
               graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None,
               specialties=["Anesthesiology"], languages=["Greek", "English", "Romanian"],
               publications=0, usce_entries=[]),
    cv=dict(
        name="Sofia Papadopoulou", alt_name="Σοφία Παπαδοπούλου",
        tagline="Medical Doctor — Anesthesiology",
        contacts=[("Phone", "+30 694 123 4567"), ("Email", "sofia.papadopoulou@yahoo.gr"), ("City", "Thessaloniki, Greece")],
        sections=[
            ("Education", [("2017 – 2023", "Medicine (English section), Diploma 2023",
                            "Iuliu Hațieganu University of Medicine and Pharmacy, Cluj-Napoca, Romania")]),
            ("Clinical Experience", [("01.09.2023 – 31.08.2024", "Agrotiko (rural service) physician", "Health Centre of Kalambaka, Greece"),
                                     ("01.07.2022 – 31.07.2022", "Clerkship, Anaesthesia & ICU", "Emergency County Hospital Cluj, Romania")]),
            ("Exams", ["USMLE Step 1: Pass (2025)"]),
            ("Languages", ["Greek (native), English (C2), Romanian (B2)"]),
        ]),
))
P.append(dict(
    file="w93_020_scan_pdf.pdf", layout="scan_image_pdf", scan=True,
    truth=dict(full_name="Park Ji-hoon", email="jihoon.park@yuhs.ac", phone_e164="+821055667788",
               medical_school="Yonsei University College of Medicine", medical_school_country="KR",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=251, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1",
               specialties=["Infectious Disease", "Internal Medicine"], languages=["Korean", "English"],
               publications=3,
               usce_entries=[E("observership", "Infectious Disease", "GA", "2025-05", "2025-06")]),
    cv=dict(
        name="Park Ji-hoon", alt_name="박지훈",
        tagline="M.D. · Internal Medicine / Infectious Disease",
        contacts=[("Phone", "+82 10-5566-7788"), ("Email", "jihoon.park@yuhs.ac"), ("Address", "Seodaemun-gu, Seoul")],
        sections=[
            ("Education", [("2014.03 – 2020.02", "M.D.", "Yonsei University College of Medicine, Seoul (연세대학교 의과대학)")]),
            ("Training", [("2020.03 – 2024.02", "Internship & Residency, Internal Medicine", "Severance Hospital, Seoul")]),
            ("US Observership", [("2025.05 – 2025.06", "Observer, Infectious Diseases", "Emory University Hospital, Atlanta")]),
            ("USMLE", ["Step 1 Pass · Step 2 CK 251 · ECFMG certified · J-1 required"]),
            ("Publications", ["3 peer-reviewed (Yonsei Med J 2022, Infect Chemother 2023, J Korean Med Sci 2024)"]),
            ("Languages", ["Korean (native), English (fluent)"]),
        ]),
))
P.append(dict(
    file="w93_021_scan_photo.png", layout="scan_photo_png", scan=True,
    truth=dict(full_name="Emma Schneider", email="emma.schneider@mf.stud.vu.lt", phone_e164="+37061234567",
               medical_school="Vilnius University Faculty of Medicine", medical_school_country="LT",
               graduation_year=2027, is_student=True, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None,
               specialties=["Radiology"], languages=["German", "English", "Lithuanian"],
               publications=0,
               usce_entries=[E("hands_on", "Radiology", "NC", "2026-04", "2026-04")]),
    cv=dict(
        name="Emma Schneider", alt_name=None,
        tagline="Final-year medical student (Medicine in English)",
        contacts=[("Phone", "+370 612 34567"), ("Email", "emma.schneider@mf.stud.vu.lt"), ("Address", "Vilnius, Lithuania")],
        sections=[
            ("Education", [("2021 – 2027 (expected)", "Integrated studies of Medicine (MD)", "Vilnius University Faculty of Medicine, Lithuania — 6th year")]),
            ("Electives", [("01.04.2026 – 30.04.2026", "Elective, Diagnostic Radiology (hands-on)", "Duke University Hospital, Durham"),
                           ("Aug 2025", "Famulatur, Radiology", "Universitätsklinikum Freiburg, Germany")]),
            ("Interests", ["Radiology"]),
            ("Languages", ["German (native), English (C1), Lithuanian (A2)"]),
        ]),
))


DAMAGED = [
    dict(file="w93_022_truncated.pdf", layout="damaged_truncated_pdf"),
    dict(file="w93_023_encrypted.pdf", layout="damaged_encrypted_pdf"),
    dict(file="w93_024_random_bytes.docx", layout="damaged_random_docx"),
]
