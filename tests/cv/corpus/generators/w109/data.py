# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w109 (East / Southeast Asia theme).
Each person: meta (file, layout), head, contact, sections, truth.
Entry forms inside a section: plain string, or dict(t=title, d=dates, s=subtitle/place, b=[bullets]).
Truth is written by hand from the content below (not parsed from rendered files)."""

P = []

# ---------------------------------------------------------------- 001 China, chromium grid
P.append(dict(
    file="w109_001_chromium_grid.pdf", layout="chromium_grid",
    name="ZHANG Wei", alt="张伟", title="MBBS  ·  临床医学学士",
    contact=["Email: zhangwei.md2024@163.com", "Mobile / 手机: +86 138 0013 8000", "WeChat: zw_cardio_24",
             "Guangzhou, Guangdong, China"],
    sections=[
        ("个人简介 Profile", ["Chinese MBBS graduate (2024) applying for clinical rotations; career interest in "
                            "Internal Medicine and Cardiology. Will require a J-1 visa for U.S. training."]),
        ("教育背景 Education", [
            dict(t="Bachelor of Medicine, Bachelor of Surgery (MBBS), five-year program 五年制临床医学",
                 s="Sun Yat-sen University, Zhongshan School of Medicine 中山大学中山医学院, Guangzhou, China",
                 d="2019年9月 – 2024年6月"),
            dict(t="Clinical Internship (final-year rotations) 临床实习", s="The First Affiliated Hospital of Sun Yat-sen University",
                 d="2023年7月 – 2024年5月"),
        ]),
        ("考试成绩 Examinations", [
            "USMLE Step 1: Pass (2023年8月)", "USMLE Step 2 CK: 248 (2024年11月)",
            "NBME CBSE practice: 212;  UWSA2: 255", "National Medical Licensing Examination (China) 执业医师资格考试: Passed 2024",
            "ECFMG: Certified (2025年1月)"]),
        ("美国临床经历 U.S. Clinical Experience", [
            dict(t="Postdoctoral Research Associate, Heart and Vascular Institute", s="University of Pittsburgh, Pittsburgh, PA",
                 d="2024年8月 – 至今 (present)", b=["Outcomes research on heart failure readmissions; REDCap database management."]),
            dict(t="Clinical Observership, Cardiology", s="Cleveland Clinic, Cleveland, OH", d="2025年3月 (4 weeks)",
                 b=["Observed inpatient cardiology consults and echo reading sessions."]),
        ]),
        ("论文发表 Publications", [
            "1. Zhang W, et al. Sacubitril-valsartan and 30-day readmission. J Card Fail. 2025;31(4):512-520.",
            "2. Li H, Zhang W, et al. Troponin kinetics after PCI. Chin Med J. 2024;137(9):1101-1108.",
            "3. Zhang W, Chen Y. Frailty in Chinese HF patients. BMC Cardiovasc Disord. 2023;23:441.",
            "Poster: AHA Scientific Sessions 2025, Chicago (abstract).",
            "Manuscript submitted: SGLT2 inhibitors in HFpEF (JACC Heart Fail, under review)."]),
        ("语言 Languages", ["Chinese (Mandarin, native), Cantonese (fluent), English (fluent; TOEFL 110)"]),
        ("推荐人 References", ["Prof. HUANG Jian, Department of Cardiology, SYSU — huangjian@mail.sysu.edu.cn, +86 20 8733 2200"]),
    ],
    truth=dict(full_name="ZHANG Wei", email="zhangwei.md2024@163.com", phone_e164="+8613800138000",
               medical_school="Sun Yat-sen University Zhongshan School of Medicine", medical_school_country="CN",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Cardiology"],
               languages=["Chinese", "Cantonese", "English"], publications=3,
               usce_entries=[dict(type="research", specialty="Cardiology", state="PA", start="2024-08", end="2026-12"),
                             dict(type="observership", specialty="Cardiology", state="OH", start="2025-03", end="2025-03")]),
))

# ---------------------------------------------------------------- 002 Japan, chromium timeline
P.append(dict(
    file="w109_002_chromium_timeline.pdf", layout="chromium_timeline",
    name="SATO Haruka", alt="佐藤 遥", title="医師 Physician (Internal Medicine)",
    contact=["haruka.sato.im@gmail.com", "090-1234-5678", "Nagoya, Aichi, Japan", "生年 Born: 1995"],
    sections=[
        ("学歴 Education", [
            dict(t="Doctor of Medicine (M.D.), six-year program", s="Nagoya City University School of Medicine 名古屋市立大学医学部",
                 d="2014年4月 – 2020年3月"),
        ]),
        ("職歴・研修 Clinical Training (Japan)", [
            dict(t="Junior Residency 初期臨床研修", s="Japanese Red Cross Nagoya Daini Hospital", d="2020年4月 – 2022年3月"),
            dict(t="Senior Resident, Internal Medicine 内科専攻医", s="Nagoya City University Hospital", d="2022年4月 – 2025年3月"),
            dict(t="Staff Physician, Rheumatology 膠原病内科", s="Nagoya City University Hospital", d="2025年4月 – 現在"),
        ]),
        ("米国臨床経験 U.S. Clinical Experience", [
            dict(t="Clinical Observer, Division of Rheumatology", s="Mayo Clinic, Rochester, Minnesota",
                 d="2025年7月 – 8月", b=["Outpatient vasculitis and lupus clinics; multidisciplinary conferences."]),
        ]),
        ("資格・試験 Licensure & Examinations", [
            "Japanese National Medical Licensure Examination 医師国家試験: Passed (2020)",
            "USMLE Step 1: Passed (2023)", "USMLE Step 2 CK: 255 (2024)", "ECFMG Certification: obtained 2024",
            "Japanese Society of Internal Medicine: Board certified (2025)"]),
        ("業績 Publications", [
            "Sato H, Ito K. Tocilizumab in elderly-onset RA. Mod Rheumatol. 2024;34(2):301-307.",
            "Sato H, et al. IgG4-related disease: a case series. Intern Med. 2023;62(11):1655-1660.",
            "Oral presentation: Japan College of Rheumatology annual meeting, 2024."]),
        ("志望 Career Goal", ["Residency in Internal Medicine, followed by fellowship in Rheumatology."]),
        ("言語 Languages", ["Japanese (native), English (professional; IELTS 7.5)"]),
    ],
    truth=dict(full_name="SATO Haruka", email="haruka.sato.im@gmail.com", phone_e164="+819012345678",
               medical_school="Nagoya City University School of Medicine", medical_school_country="JP",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=None,
               ecfmg_status="certified", visa_status=None, specialties=["Internal Medicine", "Rheumatology"],
               languages=["Japanese", "English"], publications=2,
               usce_entries=[dict(type="observership", specialty="Rheumatology", state="MN", start="2025-07", end="2025-08")]),
))

# ---------------------------------------------------------------- 003 Korea, python-docx -> LibreOffice PDF
P.append(dict(
    file="w109_003_docx_lo.pdf", layout="docx_lo",
    name="KIM Min-jun", alt="김민준", title="M.D., Korean Licensed Physician",
    contact=["E-mail: minjun.kim.em@naver.com", "Phone: 010-1234-5678 (Korea)", "Seoul, Republic of Korea"],
    sections=[
        ("학력 Education", [
            dict(t="Doctor of Medicine (M.D.) — 6-year program (2 premedical + 4 medical)", s="Yonsei University College of Medicine, Seoul",
                 d="2016.03 – 2022.02"),
        ]),
        ("면허 Licensure", ["Korean Medical Licensing Examination (KMLE): Passed, January 2022",
                           "USMLE Step 1: Pass (2023.06)", "USMLE Step 2 CK: 241 (2024.05)", "ECFMG certified (2024.08)"]),
        ("경력 Professional Experience", [
            dict(t="Public Health Doctor (military service alternative)", s="Jeollanam-do Public Health Center, Korea", d="2022.04 – 2025.04"),
            dict(t="Clinical Observer, Department of Emergency Medicine", s="Mount Sinai Hospital, New York, NY", d="2025.09 – 2025.10",
                 b=["Shadowed attendings in the adult ED; attended resident conferences."]),
            dict(t="Research Fellow, Department of Emergency Medicine", s="Emory University School of Medicine, Atlanta, GA",
                 d="2025.11 – present", b=["Retrospective study of ED boarding and sepsis bundle compliance."]),
        ]),
        ("연구 Publications", [
            "Kim MJ, Lee S. Prehospital delay in rural stroke. Clin Exp Emerg Med. 2024;11(1):45-52.",
            "Abstract: SAEM 2026 annual meeting (accepted).", "Manuscript in preparation: ED boarding and mortality."]),
        ("관심 분야 Specialty Interest", ["Emergency Medicine"]),
        ("언어 Languages", ["Korean (native), English (fluent), Japanese (basic)"]),
        ("Visa", ["Will apply for J-1 (ECFMG sponsorship)."]),
        ("추천인 References", ["Dr. Sarah Whitfield, Emory EM — swhitfield@emory-example.edu, (404) 555-0190"]),
    ],
    truth=dict(full_name="KIM Min-jun", email="minjun.kim.em@naver.com", phone_e164="+821012345678",
               medical_school="Yonsei University College of Medicine", medical_school_country="KR",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Emergency Medicine"],
               languages=["Korean", "English", "Japanese"], publications=1,
               usce_entries=[dict(type="observership", specialty="Emergency Medicine", state="NY", start="2025-09", end="2025-10"),
                             dict(type="research", specialty="Emergency Medicine", state="GA", start="2025-11", end="2026-12")]),
))

# ---------------------------------------------------------------- 004 Taiwan, raw docx, contacts only in header
P.append(dict(
    file="w109_004_docx_header.docx", layout="docx_header",
    name="CHEN Yi-Ting", alt="陳怡婷", title="M.D.",
    contact=["yiting.chen.md@gmail.com", "+886 912 345 678", "Taipei, Taiwan"],  # placed in header only
    sections=[
        ("學歷 Education", [
            dict(t="Doctor of Medicine (M.D.), six-year curriculum", s="National Taiwan University College of Medicine, Taipei",
                 d="2016/09～2022/06"),
        ]),
        ("臨床訓練 Clinical Training", [
            dict(t="Post-Graduate Year (PGY) Resident", s="National Taiwan University Hospital", d="2022/08～2024/07"),
        ]),
        ("美國經歷 U.S. Experience", [
            dict(t="Research Fellow, Sidney Kimmel Comprehensive Cancer Center", s="Johns Hopkins University, Baltimore, MD",
                 d="2024/09～2025/08", b=["Hematologic malignancy outcomes; CAR-T toxicity database."]),
            dict(t="Observership, Hematology-Oncology", s="MD Anderson Cancer Center, Houston, TX", d="2025/10～2025/11"),
        ]),
        ("考試 Examinations", ["Taiwan Medical Licensing Examination (Steps 1 & 2): Passed 2022",
                              "USMLE Step 1: Pass", "USMLE Step 2 CK: 260", "ECFMG certification: pending (final documents in review)"]),
        ("著作 Publications", [
            "1. Chen YT, et al. CRS grading after CAR-T. Blood Adv. 2025;9(3):600-611.",
            "2. Chen YT, Wu PH. Anemia in CKD in Taiwan. J Formos Med Assoc. 2023;122(5):410-417.",
            "3. Lin CH, Chen YT. MDS risk scores. Ann Hematol. 2024;103(2):233-240.",
            "4. Chen YT, et al. Neutropenic fever pathways. Support Care Cancer. 2025;33:112.",
            "Poster: ASH Annual Meeting 2024, San Diego."]),
        ("興趣 Interests", ["Internal Medicine residency; long-term goal Hematology/Oncology fellowship."]),
        ("語言 Languages", ["Chinese (Mandarin), Taiwanese, English"]),
    ],
    truth=dict(full_name="CHEN Yi-Ting", email="yiting.chen.md@gmail.com", phone_e164="+886912345678",
               medical_school="National Taiwan University College of Medicine", medical_school_country="TW",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=260, usmle_step3=None,
               ecfmg_status="pending", visa_status=None, specialties=["Internal Medicine", "Hematology/Oncology"],
               languages=["Chinese", "Taiwanese", "English"], publications=4,
               usce_entries=[dict(type="research", specialty="Hematology/Oncology", state="MD", start="2024-09", end="2025-08"),
                             dict(type="observership", specialty="Hematology/Oncology", state="TX", start="2025-10", end="2025-11")]),
))

# ---------------------------------------------------------------- 005 Vietnam, reportlab
P.append(dict(
    file="w109_005_reportlab_single.pdf", layout="reportlab_single",
    name="Nguyễn Văn An", alt="NGUYEN Van An", title="Bác sĩ Đa khoa / Medical Doctor",
    contact=["an.nguyenvan.md@gmail.com", "+84 912 345 678", "Đống Đa, Hà Nội, Việt Nam"],
    sections=[
        ("Học vấn / Education", [
            dict(t="Doctor of Medicine (Bác sĩ Đa khoa), 6-year program", s="Hanoi Medical University (Trường Đại học Y Hà Nội)",
                 d="09/2017 – 07/2023"),
        ]),
        ("Kinh nghiệm / Clinical Experience", [
            dict(t="General Practitioner, Department of Family Medicine", s="Hanoi Medical University Hospital", d="10/2023 – 05/2025"),
            dict(t="Observership, Family Medicine", s="Kaiser Permanente Los Angeles Medical Center, Los Angeles, CA",
                 d="06/2025 – 07/2025", b=["Continuity clinic, preventive care and chronic disease visits."]),
            dict(t="Volunteer physician (Vietnamese-speaking community clinic)", s="Orange County, CA", d="08/2025",
                 b=["Health education talks only; no patient care."]),
        ]),
        ("Kỳ thi / Examinations", ["USMLE Step 1: Pass (03/2025)", "USMLE Step 2 CK: scheduled 01/2027",
                                   "Vietnamese medical practice certificate (Chứng chỉ hành nghề): 2025"]),
        ("Mục tiêu / Goals", ["Seeking residency in Family Medicine or Internal Medicine."]),
        ("Ngôn ngữ / Languages", ["Vietnamese (native), English (fluent), French (intermediate)"]),
        ("Publications", ["None yet; 1 poster at the Vietnam Family Medicine Congress 2024."]),
    ],
    truth=dict(full_name="Nguyễn Văn An", email="an.nguyenvan.md@gmail.com", phone_e164="+84912345678",
               medical_school="Hanoi Medical University", medical_school_country="VN",
               graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None, specialties=["Family Medicine", "Internal Medicine"],
               languages=["Vietnamese", "English", "French"], publications=0,
               usce_entries=[dict(type="observership", specialty="Family Medicine", state="CA", start="2025-06", end="2025-07")]),
))

# ---------------------------------------------------------------- 006 China student, fpdf2 with CJK fallback
P.append(dict(
    file="w109_006_fpdf2_cjk.pdf", layout="fpdf2_cjk",
    name="WANG Jing", alt="王静", title="Medical Student, Class of 2027",
    contact=["wangjing_fdu@126.com", "+86 139 1234 5678", "Shanghai 200032, China"],
    sections=[
        ("教育 Education", [
            dict(t="Clinical Medicine (MBBS equivalent), 5-year program — Expected graduation June 2027",
                 s="Fudan University Shanghai Medical College 复旦大学上海医学院", d="2022年9月 – 2027年6月（预计）"),
        ]),
        ("Research 科研经历", [
            dict(t="Summer Research Student, Department of Neurology", s="Washington University in St. Louis, St. Louis, MO",
                 d="2025年7月 – 2025年8月", b=["Stroke imaging biomarkers; MRI segmentation."]),
            dict(t="Undergraduate Researcher, Neurology lab", s="Huashan Hospital, Shanghai", d="2023年3月 – 至今"),
        ]),
        ("Examinations 考试", ["USMLE Step 1: PASS (2025年12月)", "UWSA1: 245 (practice)", "CET-6: 620"]),
        ("Publications 论文", ["Wang J, et al. White-matter hyperintensity and post-stroke depression. Front Neurol. 2025;16:1123.",
                              "Abstract: Chinese Stroke Association Conference 2024.",
                              "Abstract: International Stroke Conference 2026 (poster)."]),
        ("Interests 兴趣", ["Neurology (vascular neurology)."]),
        ("Languages 语言", ["Chinese (native), English (fluent)"]),
        ("Visa 签证", ["Holds a valid B1/B2 visitor visa (through 2030)."]),
    ],
    truth=dict(full_name="WANG Jing", email="wangjing_fdu@126.com", phone_e164="+8613912345678",
               medical_school="Fudan University Shanghai Medical College", medical_school_country="CN",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2", specialties=["Neurology"],
               languages=["Chinese", "English"], publications=1,
               usce_entries=[dict(type="research", specialty="Neurology", state="MO", start="2025-07", end="2025-08")]),
))

# ---------------------------------------------------------------- 007 Japan, plain text with full-width characters
P.append(dict(
    file="w109_007_plaintext_fullwidth.txt", layout="plaintext_fullwidth",
    name="TANAKA Kenta", alt="田中 健太", title="",
    contact=[], sections=[],
    text="""履歴書　／　CURRICULUM VITAE
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

氏名　Name：　TANAKA Kenta（田中　健太）
E-mail：　kenta.tanaka.pccm@yahoo.co.jp
携帯　Mobile：　０８０－２３４５－６７８９
住所　Address：　大阪府吹田市　Suita, Osaka, Japan

■学歴　Education
　２０１８年４月～２０２４年３月　　Osaka University Faculty of Medicine（大阪大学医学部医学科）
　　　　　　　　　　　　　　　　　　M.D.（６年制 six-year program）

■臨床研修　Clinical Training (Japan)
　２０２４年４月～現在　　　Junior Resident, Osaka General Medical Center（大阪急性期・総合医療センター）

■米国臨床経験　U.S. Clinical Experience
　２０２３年５月　　　　　　Clinical Elective (sub-internship, hands-on), Internal Medicine
　　　　　　　　　　　　　　University of Hawaii, John A. Burns School of Medicine, Honolulu, HI
　２０２５年２月～３月　　　Observership, Pulmonary and Critical Care Medicine
　　　　　　　　　　　　　　Massachusetts General Hospital, Boston, MA

■試験　Examinations
　ＵＳＭＬＥ Ｓｔｅｐ １：　Ｐａｓｓ（２０２３年）
　ＵＳＭＬＥ Ｓｔｅｐ ２ ＣＫ：　２３８（２０２４年）
　ＥＣＦＭＧ：　Certified（２０２４年１１月）
　医師国家試験（Japanese National Medical Licensure Exam）：　合格（２０２４年）

■志望科　Specialty Interest
　Pulmonary and Critical Care Medicine；Internal Medicine

■論文　Publications
　なし（None）。学会発表　Conference presentation：日本呼吸器学会　２０２５年（口演）

■語学　Languages
　日本語　Japanese（native）、英語　English（TOEFL iBT １０５）
""",
    truth=dict(full_name="TANAKA Kenta", email="kenta.tanaka.pccm@yahoo.co.jp", phone_e164="+818023456789",
               medical_school="Osaka University Faculty of Medicine", medical_school_country="JP",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None,
               ecfmg_status="certified", visa_status=None, specialties=["Pulmonology/Critical Care", "Internal Medicine"],
               languages=["Japanese", "English"], publications=0,
               usce_entries=[dict(type="hands_on", specialty="Internal Medicine", state="HI", start="2023-05", end="2023-05"),
                             dict(type="observership", specialty="Pulmonology/Critical Care", state="MA", start="2025-02", end="2025-03")]),
))

# ---------------------------------------------------------------- 008 Philippines, RTF -> LibreOffice PDF
P.append(dict(
    file="w109_008_rtf_lo.pdf", layout="rtf_lo",
    name="Maria Angelica R. Dela Cruz", alt="", title="MD",
    contact=["Email: angelica.delacruz.md@gmail.com", "Mobile: 0917 123 4567", "Quezon City, Metro Manila, Philippines"],
    sections=[
        ("EDUCATION", [
            dict(t="Doctor of Medicine", s="University of Santo Tomas Faculty of Medicine and Surgery, Manila", d="June 2017 – June 2021"),
            dict(t="BS Biology (pre-medical), cum laude", s="University of the Philippines Diliman", d="2013 – 2017"),
        ]),
        ("POST-GRADUATE INTERNSHIP", [dict(t="Post-Graduate Intern (rotating)", s="Philippine General Hospital, Manila", d="Aug 2021 – Jul 2022")]),
        ("LICENSURE", ["Philippine Physician Licensure Examination (PLE): Passed, 2022 (PRC License No. 0151234)",
                       "USMLE Step 1: Pass", "USMLE Step 2 CK: 232", "USMLE Step 3: 218", "ECFMG Certified (2024)"]),
        ("U.S. EXPERIENCE", [
            dict(t="Research Volunteer, Department of Pediatrics", s="Baylor College of Medicine, Houston, TX", d="01/2024 – 12/2024"),
            dict(t="Pediatric Observership", s="Ann & Robert H. Lurie Children's Hospital of Chicago, Chicago, IL", d="March – May 2025"),
            dict(t="Medical Scribe (part-time)", s="ScribeAmerica, Houston, TX", d="2023 – 2024"),
        ]),
        ("WORK EXPERIENCE (PHILIPPINES)", [dict(t="Resident Physician, Pediatrics (non-training)", s="St. Luke's Medical Center, Quezon City",
                                                  d="Sept 2022 – Dec 2023")]),
        ("PUBLICATION", ["Dela Cruz MAR, Santos J. Dengue shock predictors in Filipino children. Acta Med Philipp. 2023;57(4):22-29.",
                         "Poster: Philippine Pediatric Society Convention 2022."]),
        ("CAREER GOAL", ["Categorical residency in Pediatrics."]),
        ("LANGUAGES", ["Filipino, English, Cebuano"]),
        ("VISA", ["Currently holds B1/B2 visa."]),
        ("REFERENCES", ["Dr. Michael Tan, Lurie Children's — mtan@luriechildrens-example.org, +1 312 555 0147"]),
    ],
    truth=dict(full_name="Maria Angelica R. Dela Cruz", email="angelica.delacruz.md@gmail.com", phone_e164="+639171234567",
               medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=218,
               ecfmg_status="certified", visa_status="b1b2", specialties=["Pediatrics"],
               languages=["Filipino", "English", "Cebuano"], publications=1,
               usce_entries=[dict(type="research", specialty="Pediatrics", state="TX", start="2024-01", end="2024-12"),
                             dict(type="observership", specialty="Pediatrics", state="IL", start="2025-03", end="2025-05")]),
))

# ---------------------------------------------------------------- 009 Indonesia, chromium sidebar
P.append(dict(
    file="w109_009_chromium_sidebar.pdf", layout="chromium_sidebar",
    name="Putri Ayu Lestari", alt="dr. Putri Ayu Lestari", title="Dokter (Medical Doctor)",
    contact=["putri.lestari.dr@gmail.com", "+62 812-3456-7890", "Jakarta Selatan, Indonesia", "Born 1997"],
    sections=[
        ("Pendidikan / Education", [
            dict(t="Profesi Dokter (Dokter, dr.) — clinical stage", s="Faculty of Medicine, Universitas Indonesia, Jakarta", d="08/2019 – 11/2021"),
            dict(t="Sarjana Kedokteran (S.Ked) — preclinical stage", s="Faculty of Medicine, Universitas Indonesia", d="08/2015 – 07/2019"),
        ]),
        ("Licensure", ["UKMPPD (Indonesian national competency exam): Passed 2021", "STR (registration) issued 2022",
                       "USMLE Step 1: Pass", "USMLE Step 2 CK: 245", "ECFMG: Certified"]),
        ("Clinical Experience", [
            dict(t="Internship Doctor (Program Internsip Dokter Indonesia)", s="RSUD Bekasi, West Java", d="02/2022 – 02/2023"),
            dict(t="General Practitioner, Infectious Disease unit", s="RSUP Persahabatan, Jakarta", d="03/2023 – 08/2025"),
            dict(t="Observership, Infectious Diseases", s="UCSF Medical Center, San Francisco, CA", d="15/09/2025 – 10/10/2025"),
            dict(t="Virtual Tele-rotation, Internal Medicine (telehealth)", s="Northwell Health, New Hyde Park, NY", d="01/2026 – 02/2026"),
        ]),
        ("Publications", ["Lestari PA, et al. MDR-TB outcomes in Jakarta. Acta Med Indones. 2024;56(1):33-41.",
                          "Lestari PA, Wibowo T. Dengue in adults: a cohort. Trop Med Infect Dis. 2025;10(2):51.",
                          "Abstract: IDWeek 2025 (poster)."]),
        ("Interests", ["Infectious Disease", "Internal Medicine"]),
        ("Languages", ["Indonesian (native)", "English (fluent)", "Javanese (conversational)"]),
        ("Visa", ["J-1 visa required"]),
    ],
    truth=dict(full_name="Putri Ayu Lestari", email="putri.lestari.dr@gmail.com", phone_e164="+6281234567890",
               medical_school="Universitas Indonesia Faculty of Medicine", medical_school_country="ID",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Infectious Disease", "Internal Medicine"],
               languages=["Indonesian", "English", "Javanese"], publications=2,
               usce_entries=[dict(type="observership", specialty="Infectious Disease", state="CA", start="2025-09", end="2025-10"),
                             dict(type="telehealth", specialty="Internal Medicine", state="NY", start="2026-01", end="2026-02")]),
))

# ---------------------------------------------------------------- 010 Malaysia, raw python-docx, contacts in a table
P.append(dict(
    file="w109_010_docx_table.docx", layout="docx_table",
    name="Nurul Aisyah binti Kamarudin", alt="", title="MBBS (Malaya)",
    contact=["nurulaisyah.kamarudin@outlook.com", "+60 12-345 6789", "Petaling Jaya, Selangor, Malaysia"],
    sections=[
        ("Education", [dict(t="Bachelor of Medicine and Bachelor of Surgery (MBBS)", s="University of Malaya, Kuala Lumpur", d="Sep 2016 – Jun 2021")]),
        ("Clinical Experience", [
            dict(t="House Officer (housemanship, 2 years)", s="Hospital Kuala Lumpur", d="Aug 2021 – Jul 2023"),
            dict(t="Medical Officer, Obstetrics & Gynaecology", s="Hospital Tunku Azizah, Kuala Lumpur", d="Aug 2023 – present"),
            dict(t="Observership, Obstetrics and Gynecology", s="Jackson Memorial Hospital, Miami, FL", d="Jan 2026 – Feb 2026"),
        ]),
        ("Examinations", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 235", "MRCOG Part 1 — Passed (2024)", "ECFMG Certified (2025)"]),
        ("Posters", ["Two posters at the Malaysian Congress of O&G (2023, 2024). No journal publications."]),
        ("Specialty sought", ["Obstetrics and Gynecology"]),
        ("Languages", ["Malay (native), English (fluent), Arabic (basic)"]),
    ],
    refs=[("Dr. Siti Hajar binti Osman", "Consultant O&G, Hospital Tunku Azizah", "sitihajar.osman@moh-example.gov.my", "+60 3-2600 3000"),
          ("Dr. Kevin Morales", "Attending, Jackson Memorial", "kmorales@jhs-example.org", "+1 305 555 0166")],
    truth=dict(full_name="Nurul Aisyah binti Kamarudin", email="nurulaisyah.kamarudin@outlook.com", phone_e164="+60123456789",
               medical_school="University of Malaya", medical_school_country="MY",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=235, usmle_step3=None,
               ecfmg_status="certified", visa_status=None, specialties=["Obstetrics and Gynecology"],
               languages=["Malay", "English", "Arabic"], publications=0,
               usce_entries=[dict(type="observership", specialty="Obstetrics and Gynecology", state="FL", start="2026-01", end="2026-02")]),
))

# ---------------------------------------------------------------- 011 Myanmar, reportlab two-column, long US research
P.append(dict(
    file="w109_011_reportlab_twocol.pdf", layout="reportlab_twocol",
    name="Aung Kyaw Min", alt="အောင်ကျော်မင်း", title="M.B., B.S.",
    contact=["aungkyawmin.research@gmail.com", "+1 (205) 555-0148", "Birmingham, Alabama, USA"],
    sections=[
        ("Education", [dict(t="M.B., B.S.", s="University of Medicine 1, Yangon, Myanmar", d="Dec 2011 – Feb 2018"),
                       dict(t="House Surgeon (compulsory internship)", s="Yangon General Hospital", d="Mar 2018 – Feb 2019")]),
        ("Research Experience (USA)", [
            dict(t="Postdoctoral Research Fellow, Division of Nephrology", s="University of Alabama at Birmingham, Birmingham, AL",
                 d="Jan 2022 – Dec 2024"),
            dict(t="Research Associate, Department of Pathology", s="University of Alabama at Birmingham, AL", d="Jan 2025 – Present"),
        ]),
        ("Clinical Experience", [
            dict(t="Assistant Surgeon, Internal Medicine", s="North Okkalapa General Hospital, Yangon", d="Mar 2019 – Jun 2021"),
            dict(t="Observership, Internal Medicine", s="UAB Hospital, Birmingham, AL", d="Apr 2023"),
        ]),
        ("USMLE / Certification", ["Step 1: 216", "Step 2 CK: 240", "Step 3: 225", "ECFMG certified (2023)"]),
        ("Publications", ["Six peer-reviewed articles (selected):",
                          "1. Min AK, et al. APOL1 and CKD progression. Kidney Int Rep. 2023;8:1201-1210.",
                          "2. Min AK, et al. Podocyte injury markers. Am J Physiol Renal. 2023;324:F55-F64.",
                          "3. Smith J, Min AK. Kidney biopsy AI. Mod Pathol. 2024;37:100410.",
                          "4. Min AK, et al. IgA nephropathy in Asians. Clin J Am Soc Nephrol. 2024;19:700-709.",
                          "5. Min AK, et al. Urinary EVs. J Am Soc Nephrol. 2025;36:88-97.",
                          "6. Lee R, Min AK. Renal pathology QA. Arch Pathol Lab Med. 2025;149:40-47.",
                          "Plus 4 abstracts at ASN Kidney Week."]),
        ("Career Interest", ["Internal Medicine residency; interest in Nephrology."]),
        ("Languages", ["Burmese (native), English (fluent)"]),
        ("Immigration", ["Current status: H-1B (UAB)"]),
    ],
    truth=dict(full_name="Aung Kyaw Min", email="aungkyawmin.research@gmail.com", phone_e164="+12055550148",
               medical_school="University of Medicine 1, Yangon", medical_school_country="MM",
               graduation_year=2018, is_student=False, usmle_step1=216, usmle_step2ck=240, usmle_step3=225,
               ecfmg_status="certified", visa_status="h1b", specialties=["Internal Medicine", "Nephrology"],
               languages=["Burmese", "English"], publications=6,
               usce_entries=[dict(type="research", specialty="Nephrology", state="AL", start="2022-01", end="2024-12"),
                             dict(type="research", specialty="Pathology", state="AL", start="2025-01", end="2026-12"),
                             dict(type="observership", specialty="Internal Medicine", state="AL", start="2023-04", end="2023-04")]),
))

# ---------------------------------------------------------------- 012 Korea student, chromium bilingual cards
P.append(dict(
    file="w109_012_chromium_cards.pdf", layout="chromium_cards",
    name="PARK Seo-yeon", alt="박서연", title="의과대학생 Medical Student (5th year)",
    contact=["seoyeon.park.neuro@gmail.com", "+82 10-9876-5432", "Seoul, Korea"],
    sections=[
        ("학력 Education", [dict(t="M.D. candidate (6-year program), expected graduation February 2027",
                                 s="The Catholic University of Korea College of Medicine, Seoul", d="2021.03 – 2027.02 (expected)")]),
        ("시험 Examinations", ["USMLE Step 1: Pass (2025.08)", "KMLE: to be taken 2027.01"]),
        ("미국 임상실습 U.S. Clinical Electives", [
            dict(t="Visiting Medical Student Elective (hands-on), Neurology", s="University of Washington Medical Center, Seattle, WA",
                 d="2026.04 – 2026.05"),
        ]),
        ("국내 실습 Clerkships (Korea)", ["Seoul St. Mary's Hospital core clerkships: 2025.01 – 2026.02"]),
        ("연구 Research", ["Undergraduate research on migraine epidemiology (Korea). Manuscript in preparation."]),
        ("관심 Interests", ["Neurology, Psychiatry"]),
        ("언어 Languages", ["Korean (native), English (fluent), Chinese (intermediate, HSK 4)"]),
    ],
    truth=dict(full_name="PARK Seo-yeon", email="seoyeon.park.neuro@gmail.com", phone_e164="+821098765432",
               medical_school="The Catholic University of Korea College of Medicine", medical_school_country="KR",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None, specialties=["Neurology", "Psychiatry"],
               languages=["Korean", "English", "Chinese"], publications=0,
               usce_entries=[dict(type="hands_on", specialty="Neurology", state="WA", start="2026-04", end="2026-05")]),
))

# ---------------------------------------------------------------- 013 China 8-year MD, fpdf2
P.append(dict(
    file="w109_013_fpdf2_plain.pdf", layout="fpdf2_plain",
    name="LIU Yang", alt="刘洋", title="M.D. (8-year program)",
    contact=["liuyang.radiology@qq.com", "+86 135 7100 2233", "WeChat ID: liuyang_rad"],
    sections=[
        ("EDUCATION 教育经历", [dict(t="Doctor of Medicine (M.D.), eight-year clinical medicine program 临床医学八年制",
                                    s="Zhejiang University School of Medicine 浙江大学医学院, Hangzhou", d="2010.09–2018.06")]),
        ("TRAINING 住院医师规范化培训", [dict(t="Standardized Residency Training, Radiology", s="Second Affiliated Hospital of Zhejiang University",
                                          d="2018.07–2021.06"),
                                     dict(t="Attending Radiologist 主治医师", s="Second Affiliated Hospital of Zhejiang University", d="2021.07–2022.02")]),
        ("U.S. EXPERIENCE 美国经历", [
            dict(t="Visiting Postdoctoral Scholar, Department of Radiology", s="Stanford University, Stanford, CA", d="2022.03–2024.02",
                 b=["Deep-learning prostate MRI; J-1 research scholar."]),
            dict(t="Observership, Diagnostic Radiology", s="UCLA Ronald Reagan Medical Center, Los Angeles, CA", d="2024.03–2024.04"),
        ]),
        ("EXAMS 考试", ["USMLE Step 1: Pass; Step 2 CK: 252", "ECFMG Certified 2024", "Chinese Physician License 执业医师资格: 2019"]),
        ("PUBLICATIONS 论文", ["9 peer-reviewed SCI papers (4 first-author), e.g.:",
                               "Liu Y, et al. Radiology. 2023;307:e221234.  Liu Y, et al. Eur Radiol. 2024;34:1500-1510.",
                               "Liu Y, et al. AJR. 2022;219:800-809.  (full list available on request)",
                               "Also 3 RSNA abstracts and 1 book chapter (Chinese)."]),
        ("GOAL 目标", ["Diagnostic Radiology residency."]),
        ("LANGUAGES 语言", ["Chinese (native), English (fluent)"]),
        ("VISA", ["Previously J-1; will require J-1 for residency."]),
    ],
    truth=dict(full_name="LIU Yang", email="liuyang.radiology@qq.com", phone_e164="+8613571002233",
               medical_school="Zhejiang University School of Medicine", medical_school_country="CN",
               graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Radiology"],
               languages=["Chinese", "English"], publications=9,
               usce_entries=[dict(type="research", specialty="Radiology", state="CA", start="2022-03", end="2024-02"),
                             dict(type="observership", specialty="Radiology", state="CA", start="2024-03", end="2024-04")]),
))

# ---------------------------------------------------------------- 014 Philippines student, HTML -> ODT -> PDF (LibreOffice)
P.append(dict(
    file="w109_014_lo_odt.pdf", layout="lo_odt",
    name="Jose Miguel S. Reyes", alt="", title="Medical Clerk (4th year)",
    contact=["jmreyes.cdu@yahoo.com", "0998 765 4321", "Cebu City, Philippines"],
    sections=[
        ("Education", [dict(t="Doctor of Medicine (expected 2027)", s="Cebu Doctors' University College of Medicine, Mandaue City", d="2023 – present"),
                       dict(t="BS Nursing", s="University of San Carlos, Cebu City", d="2019 – 2023")]),
        ("Clinical Exposure", [
            dict(t="Observership, Internal Medicine — 4 weeks, starting June 2025", s="St. Luke's Medical Center, Quezon City, Philippines", d="June 2025"),
            dict(t="Clerkship rotations (Surgery, Medicine, Pediatrics)", s="Cebu Doctors' University Hospital", d="Aug 2026 – present"),
        ]),
        ("Examinations", ["USMLE Step 1: planned for 2027", "NBME CBSE: 68 (equivalent)"]),
        ("Goals", ["Aspiring General Surgery resident in the United States."]),
        ("Languages", ["Filipino, English, Cebuano"]),
        ("Leadership", ["Vice-President, Surgical Society of CDU (2025–2026)"]),
    ],
    truth=dict(full_name="Jose Miguel S. Reyes", email="jmreyes.cdu@yahoo.com", phone_e164="+639987654321",
               medical_school="Cebu Doctors' University College of Medicine", medical_school_country="PH",
               graduation_year=2027, is_student=True, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None, specialties=["General Surgery"],
               languages=["Filipino", "English", "Cebuano"], publications=0, usce_entries=[]),
))

# ---------------------------------------------------------------- 015 Taiwan, chromium table CV
P.append(dict(
    file="w109_015_chromium_table.pdf", layout="chromium_table",
    name="HUANG Chia-Hao", alt="黃家豪", title="M.D.",
    contact=["chiahao.huang.gi@gmail.com", "0928-765-432", "Kaohsiung, Taiwan"],
    sections=[
        ("學歷 Education", [dict(t="Doctor of Medicine (M.D.), 7-year program", s="Kaohsiung Medical University, Kaohsiung", d="2013/09～2020/06")]),
        ("經歷 Experience", [
            dict(t="Resident, Internal Medicine", s="Kaohsiung Medical University Chung-Ho Memorial Hospital", d="2020/08～2021/03"),
            dict(t="Postdoctoral Research Fellow, Gastroenterology", s="University of Michigan, Ann Arbor, MI", d="2021/04～2022/03"),
            dict(t="Observership, Gastroenterology & Hepatology", s="Cleveland Clinic, Cleveland, OH", d="2022/04～2022/05"),
            dict(t="Attending Physician, Gastroenterology", s="Kaohsiung Municipal Ta-Tung Hospital", d="2023/01～present"),
        ]),
        ("考試 Examinations", ["USMLE Step 1: 229 (2021)", "USMLE Step 2 CK: 244 (2022)", "ECFMG Certificate: issued 2022"]),
        ("著作 Publications", ["5 peer-reviewed articles (2 first author) in Hepatology, Gut Liver, J Gastroenterol Hepatol, Dig Dis Sci, Sci Rep."]),
        ("志向 Interests", ["Internal Medicine → Gastroenterology fellowship"]),
        ("語言 Languages", ["Chinese (Mandarin), Taiwanese, English, Japanese"]),
    ],
    truth=dict(full_name="HUANG Chia-Hao", email="chiahao.huang.gi@gmail.com", phone_e164="+886928765432",
               medical_school="Kaohsiung Medical University", medical_school_country="TW",
               graduation_year=2020, is_student=False, usmle_step1=229, usmle_step2ck=244, usmle_step3=None,
               ecfmg_status="certified", visa_status=None, specialties=["Internal Medicine", "Gastroenterology"],
               languages=["Chinese", "Taiwanese", "English", "Japanese"], publications=5,
               usce_entries=[dict(type="research", specialty="Gastroenterology", state="MI", start="2021-04", end="2022-03"),
                             dict(type="observership", specialty="Gastroenterology", state="OH", start="2022-04", end="2022-05")]),
))

# ---------------------------------------------------------------- 016 Vietnam, python-docx -> LO PDF (different style), footer contacts
P.append(dict(
    file="w109_016_docx_footer_lo.pdf", layout="docx_footer_lo",
    name="Trần Thị Mai", alt="TRAN Thi Mai", title="Bác sĩ Y khoa (M.D.)",
    contact=["tranthimai.endo@gmail.com", "+84 903 123 456", "Quận 5, TP. Hồ Chí Minh"],  # in footer only
    sections=[
        ("Education", [dict(t="Doctor of Medicine (Bác sĩ Y khoa), 6 years", s="University of Medicine and Pharmacy at Ho Chi Minh City",
                            d="09.2014 – 08.2020"),
                       dict(t="Internal Medicine Residency (Bác sĩ Nội trú)", s="Cho Ray Hospital, Ho Chi Minh City", d="10.2020 – 09.2023")]),
        ("U.S. Experience", [
            dict(t="Research Scholar, Division of Endocrinology", s="UT Southwestern Medical Center, Dallas, TX", d="03.2024 – 02.2025"),
            dict(t="Observership, Endocrinology, Diabetes & Metabolism", s="Houston Methodist Hospital, Houston, TX", d="03.2025 – 04.2025"),
        ]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 250", "ECFMG: Certified"]),
        ("Publications", ["Tran TM, et al. Thyroid nodules in Vietnam. Thyroid. 2024;34:900-908.",
                          "Tran TM, et al. GLP-1 RA adherence. Diabetes Care. 2025;48:e10.",
                          "Nguyen H, Tran TM. Adrenal incidentaloma. Endocr Pract. 2025;31:210-216."]),
        ("Interests", ["Internal Medicine; Endocrinology"]),
        ("Languages", ["Vietnamese (native), English (fluent)"]),
        ("Visa", ["Requires J-1 sponsorship"]),
        ("Reference", ["Prof. David Kline, UTSW Endocrinology — dkline@utsw-example.edu, +1 214 555 0123"]),
    ],
    truth=dict(full_name="Trần Thị Mai", email="tranthimai.endo@gmail.com", phone_e164="+84903123456",
               medical_school="University of Medicine and Pharmacy at Ho Chi Minh City", medical_school_country="VN",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Endocrinology"],
               languages=["Vietnamese", "English"], publications=3,
               usce_entries=[dict(type="research", specialty="Endocrinology", state="TX", start="2024-03", end="2025-02"),
                             dict(type="observership", specialty="Endocrinology", state="TX", start="2025-03", end="2025-04")]),
))

# ================================================================ scans / photos (needs_ocr)
P.append(dict(
    file="w109_017_scan_pdf.pdf", layout="scan_pdf", scan=dict(kind="pdf", rot=1.4, src="html"),
    name="YAMAMOTO Yuki", alt="山本 優希", title="M.D.",
    contact=["yuki.yamamoto.peds@gmail.com", "070-3141-5926", "Sendai, Miyagi, Japan"],
    sections=[
        ("学歴 Education", [dict(t="M.D., six-year program", s="Tohoku University School of Medicine, Sendai", d="2015年4月 – 2021年3月")]),
        ("研修 Training", [dict(t="Pediatric Resident", s="Miyagi Children's Hospital", d="2023年4月 – 2026年3月")]),
        ("米国経験 U.S. Experience", [dict(t="Observership, Pediatrics", s="Cincinnati Children's Hospital, Cincinnati, OH", d="2026年6月 – 2026年7月")]),
        ("試験 Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 236", "ECFMG certified"]),
        ("志望 Interest", ["Pediatrics"]),
        ("言語 Languages", ["Japanese, English"]),
        ("Publications", ["1 peer-reviewed paper: Pediatr Int. 2025;67:e15800."]),
    ],
    truth=dict(full_name="YAMAMOTO Yuki", email="yuki.yamamoto.peds@gmail.com", phone_e164="+817031415926",
               medical_school="Tohoku University School of Medicine", medical_school_country="JP",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None,
               ecfmg_status="certified", visa_status=None, specialties=["Pediatrics"], languages=["Japanese", "English"],
               publications=1,
               usce_entries=[dict(type="observership", specialty="Pediatrics", state="OH", start="2026-06", end="2026-07")]),
))
P.append(dict(
    file="w109_018_phone_photo_jpg.jpg", layout="phone_photo_jpg", scan=dict(kind="photo", rot=-2.2, src="html"),
    name="CHEN Hao", alt="陈浩", title="MBBS",
    contact=["chenhao.gs@163.com", "+86 186 2100 4455", "Wuhan, Hubei, China"],
    sections=[
        ("教育 Education", [dict(t="MBBS (5-year)", s="Huazhong University of Science and Technology, Tongji Medical College", d="2016年9月–2021年6月")]),
        ("工作 Work (China)", [dict(t="Resident, General Surgery", s="Tongji Hospital, Wuhan", d="2021年8月–2024年7月")]),
        ("美国经历 U.S.", [dict(t="Research Fellow, Surgical Oncology", s="Ohio State University, Columbus, OH", d="2024年9月–至今")]),
        ("考试 Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 243"]),
        ("方向 Interest", ["General Surgery"]),
        ("语言 Languages", ["Chinese, English"]),
        ("论文 Publications", ["2 peer-reviewed papers (Ann Surg Oncol 2025; World J Surg 2023)"]),
    ],
    truth=dict(full_name="CHEN Hao", email="chenhao.gs@163.com", phone_e164="+8618621004455",
               medical_school="Huazhong University of Science and Technology Tongji Medical College", medical_school_country="CN",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=243, usmle_step3=None,
               ecfmg_status=None, visa_status=None, specialties=["General Surgery"], languages=["Chinese", "English"],
               publications=2,
               usce_entries=[dict(type="research", specialty="General Surgery", state="OH", start="2024-09", end="2026-12")]),
))
P.append(dict(
    file="w109_019_scan_png.png", layout="scan_png", scan=dict(kind="png", rot=0.8, src="html"),
    name="LEE Ji-hoon", alt="이지훈", title="M.D.",
    contact=["jihoon.lee.psych@gmail.com", "010-2468-1357", "Busan, Korea"],
    sections=[
        ("학력 Education", [dict(t="M.D. (6-year program)", s="Pusan National University School of Medicine", d="2013.03 – 2019.02")]),
        ("수련 Training", [dict(t="Psychiatry Residency", s="Pusan National University Hospital", d="2020.03 – 2024.02")]),
        ("미국 경험 U.S.", [dict(t="Observership, Psychiatry", s="McLean Hospital, Belmont, MA", d="2025.05 – 2025.06"),
                          dict(t="Research Volunteer, Psychiatry", s="Massachusetts General Hospital, Boston, MA", d="2025.05 – 2025.10")]),
        ("시험 Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 239", "ECFMG: pending"]),
        ("관심 Interest", ["Psychiatry"]),
        ("언어 Languages", ["Korean, English"]),
        ("Publications", ["None"]),
    ],
    truth=dict(full_name="LEE Ji-hoon", email="jihoon.lee.psych@gmail.com", phone_e164="+821024681357",
               medical_school="Pusan National University School of Medicine", medical_school_country="KR",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None,
               ecfmg_status="pending", visa_status=None, specialties=["Psychiatry"], languages=["Korean", "English"],
               publications=0,
               usce_entries=[dict(type="observership", specialty="Psychiatry", state="MA", start="2025-05", end="2025-06"),
                             dict(type="research", specialty="Psychiatry", state="MA", start="2025-05", end="2025-10")]),
))
P.append(dict(
    file="w109_020_scan_pdf_lowcontrast.pdf", layout="scan_pdf_lowcontrast", scan=dict(kind="pdf", rot=-0.6, src="html", low=True),
    name="Kristine Joy M. Santos", alt="", title="MD",
    contact=["kjsantos.md@gmail.com", "0927 555 8123", "Davao City, Philippines"],
    sections=[
        ("Education", [dict(t="Doctor of Medicine", s="Davao Medical School Foundation", d="2016 – 2020"),
                       dict(t="Post-graduate internship", s="Southern Philippines Medical Center", d="2020 – 2021")]),
        ("U.S. Clinical Experience", [dict(t="Externship (hands-on), Family Medicine", s="Community clinic, Newark, NJ", d="Oct 2024 – Nov 2024")]),
        ("Exams", ["PLE: Passed 2021", "USMLE Step 1: Pass", "USMLE Step 2 CK: 228", "ECFMG Certified"]),
        ("Interest", ["Family Medicine"]),
        ("Languages", ["Filipino, English, Cebuano"]),
        ("Visa", ["US green card holder"]),
    ],
    truth=dict(full_name="Kristine Joy M. Santos", email="kjsantos.md@gmail.com", phone_e164="+639275558123",
               medical_school="Davao Medical School Foundation", medical_school_country="PH",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None,
               ecfmg_status="certified", visa_status="green_card", specialties=["Family Medicine"],
               languages=["Filipino", "English", "Cebuano"], publications=0,
               usce_entries=[dict(type="hands_on", specialty="Family Medicine", state="NJ", start="2024-10", end="2024-11")]),
))
P.append(dict(
    file="w109_021_phone_photo_jpg.jpg", layout="phone_photo_jpg", scan=dict(kind="photo", rot=1.9, src="html"),
    name="Rizky Pratama", alt="", title="Dokter",
    contact=["rizky.pratama.md@gmail.com", "+62 813-9988-7766", "Surabaya, Indonesia"],
    sections=[
        ("Education", [dict(t="Dokter (Profesi Dokter)", s="Faculty of Medicine, Universitas Airlangga, Surabaya", d="2014 – 2020")]),
        ("Experience", [dict(t="Internship doctor", s="RSUD Dr. Soetomo, Surabaya", d="2020 – 2021"),
                        dict(t="Observership, Anesthesiology", s="University of Miami Hospital, Miami, FL", d="Aug 2025 – Sep 2025")]),
        ("Exams", ["UKMPPD passed 2020", "USMLE Step 1: Pass", "Step 2 CK: 231"]),
        ("Interest", ["Anesthesiology"]),
        ("Languages", ["Indonesian, English"]),
    ],
    truth=dict(full_name="Rizky Pratama", email="rizky.pratama.md@gmail.com", phone_e164="+6281399887766",
               medical_school="Universitas Airlangga Faculty of Medicine", medical_school_country="ID",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=231, usmle_step3=None,
               ecfmg_status=None, visa_status=None, specialties=["Anesthesiology"], languages=["Indonesian", "English"],
               publications=0,
               usce_entries=[dict(type="observership", specialty="Anesthesiology", state="FL", start="2025-08", end="2025-09")]),
))

DAMAGED = [
    dict(file="w109_022_damaged_truncated.pdf", layout="damaged_truncated"),
    dict(file="w109_023_damaged_encrypted.pdf", layout="damaged_encrypted"),
    dict(file="w109_024_damaged_random.docx", layout="damaged_random"),
]
