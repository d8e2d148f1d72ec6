# -*- coding: utf-8 -*-
"""CV content + truth for writer w29 (East / Southeast Asian applicants).

Each person: `cv` = what is printed, `truth` = the labels. USCE entries are written by hand
to match the printed text; usce_months are computed in build_truth() and independently in check.py.
"""


def I(when, what, where="", *notes):
    return {"when": when, "what": what, "where": where, "notes": list(notes)}


def S(title, items, side=False):
    return {"title": title, "items": items, "side": side}


def U(t, spec, st, a, b):
    return {"type": t, "specialty": spec, "state": st, "start": a, "end": b}


PEOPLE = {}

# ---------------------------------------------------------------- 001 China
PEOPLE["001"] = dict(
    layout="html_photobox", fmt="pdf",
    cv=dict(
        name="WANG Haoran", native="王浩然", title="MD",
        tagline="Internal Medicine applicant · Cardiovascular research",
        contacts=[("Email", "haoran.wang.md@gmail.com"), ("Mobile", "+86 138 1024 5567"),
                  ("Address", "Haidian District, Beijing 100191, P.R. China"),
                  ("Born", "1995.11.02"), ("Nationality", "Chinese")],
        sections=[
            S("Career Objective", [
                "Seeking a categorical Internal Medicine residency position, with long-term goal of Cardiology fellowship."]),
            S("Education", [
                I("2013.09 – 2021.07", "Doctor of Medicine (MD), 8-year program",
                  "Peking University Health Science Center, Beijing, China",
                  "Ranked top 10% of class; thesis on heart-failure biomarkers"),
                I("2021.09 – 2024.08", "Standardized Residency Training, Internal Medicine",
                  "Peking University First Hospital, Beijing")]),
            S("Licensure & Examinations", [
                I("2022.08", "National Medical Licensing Examination (NMLE), China", "", "Passed; Medical Practitioner Certificate issued 2022.12"),
                I("2023.05", "USMLE Step 1", "", "Pass"),
                I("2024.06", "USMLE Step 2 CK", "", "Score: 247"),
                I("2024.08", "ECFMG Certification", "", "Certified (ECFMG #0-912-448-7)")]),
            S("US Clinical Experience", [
                I("2024/09/02 – 2024/10/25", "Clinical Observership, Cardiovascular Medicine",
                  "Brigham and Women's Hospital, Boston", "Attended CCU rounds, echo reading sessions and heart-failure clinic"),
                I("2024/11/04 – 2025/01/31", "Clinical Externship (hands-on), Internal Medicine",
                  "Mount Sinai Morningside, New York", "Pre-rounded, wrote progress notes under supervision; presented on rounds"),
                I("2025/02 – present", "Postdoctoral Research Fellow, Cardiovascular Division",
                  "Massachusetts General Hospital, Boston", "Cardio-oncology cohort studies; REDCap database design")]),
            S("Clinical Experience in China", [
                I("2021.09 – 2024.08", "Resident Physician, Department of Internal Medicine",
                  "Peking University First Hospital, Beijing", "Cardiology, nephrology, respiratory and ICU rotations; ~60 night calls/year")]),
            S("Publications", [
                "Wang H, Liu J, Zhao Q. NT-proBNP trajectories after acute decompensated heart failure. Chin Med J (Engl). 2022;135(14):1701-1708.",
                "Zhao Q, Wang H, et al. Sacubitril/valsartan in Chinese elderly patients: a retrospective cohort. BMC Cardiovasc Disord. 2023;23:412.",
                "Wang H, Kim S, Neilan TG. Immune checkpoint inhibitor myocarditis: incidence in an Asian-American cohort. J Am Heart Assoc. 2025;14:e03318.",
                "Poster: Wang H et al. Troponin surveillance in ICI therapy. AHA Scientific Sessions 2025, Chicago.",
                "Submitted: Wang H, Neilan TG. Cardiac MRI in cardio-oncology (under review, JACC CardioOncol)."]),
            S("Languages", ["Chinese (Mandarin) – native", "English – fluent (TOEFL iBT 112)", "Japanese – basic (JLPT N3)"]),
            S("Visa", ["Chinese citizen; will require J-1 visa sponsorship (ECFMG)."]),
            S("References", [
                I("", "Dr. Tomas G. Neilan, MD MPH", "Cardio-Oncology Program, Massachusetts General Hospital, Boston",
                  "tneilan.ref@mgh-mail.org · +1 617 726 2000"),
                I("", "Prof. Liu Jian", "Department of Cardiology, Peking University First Hospital",
                  "liujian_pkufh@bjmu.edu.cn · +86 10 8357 2211")]),
        ]),
    truth=dict(full_name="Wang Haoran", email="haoran.wang.md@gmail.com", phone_e164="+8613810245567",
               medical_school="Peking University Health Science Center", medical_school_country="CN",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Cardiology"],
               languages=["Chinese", "English", "Japanese"], publications=3,
               usce_entries=[U("observership", "Cardiology", "MA", "2024-09", "2024-10"),
                             U("hands_on", "Internal Medicine", "NY", "2024-11", "2025-01"),
                             U("research", "Cardiology", "MA", "2025-02", "2026-12")]),
    tricky="CJK name beside Latin; ISO-style slashed dates; ongoing research 'present'; referee emails/phones (US + CN); poster and submitted paper not counted",
)

# ---------------------------------------------------------------- 002 Korea
PEOPLE["002"] = dict(
    layout="html_twocol", fmt="pdf",
    cv=dict(
        name="KIM Min-jun", native="김민준", title="M.D.",
        tagline="Neurology | Stroke & Neurocritical Care",
        contacts=[("E-mail", "minjun.kim0415@naver.com"), ("Phone", "(+82) 010-4821-7390"),
                  ("KakaoTalk", "mj_kim_neuro"), ("Location", "Seoul, Republic of Korea"), ("Date of birth", "1996-04-15")],
        sections=[
            S("Languages", ["Korean (native)", "English (professional; TOEFL 109)"], side=True),
            S("Exams", ["KMLE – passed 2022.01", "USMLE Step 1 – Pass (2024.03)", "USMLE Step 2 CK – 255 (2024.09)",
                        "USMLE Step 3 – 228 (2025.11)", "ECFMG certified 2024.10"], side=True),
            S("Visa", ["Will require H-1B visa sponsorship"], side=True),
            S("Interests", ["Neurology, vascular neurology, neurocritical care", "Marathon running, classical piano"], side=True),
            S("Profile", ["Korean-trained physician (six-year MD) applying for Neurology residency. Completed mandatory "
                          "military service as a Public Health Doctor in rural Gangwon-do."]),
            S("Education", [
                I("2016.03 – 2022.02", "Doctor of Medicine (M.D.)", "Yonsei University College of Medicine, Seoul, Korea",
                  "Six-year program (2 premedical + 4 medical years)")]),
            S("Experience", [
                I("2022.04 – 2025.03", "Public Health Doctor (alternative military service)",
                  "Hongcheon County Public Health Center, Gangwon-do, Korea", "Primary care and stroke-prevention clinic for rural elderly"),
                I("2025.05.05 – 2025.05.30", "Observership, Department of Neurology",
                  "Mayo Clinic, Rochester", "Cerebrovascular and epilepsy services"),
                I("2025.07 – 2025.08", "Telehealth Elective in Neurology (virtual)",
                  "University of Pittsburgh Medical Center (UPMC)", "Tele-stroke consults, remote neuro clinic"),
                I("2025.10 – 2025.12", "Clinical Rotation (hands-on), Stroke Service",
                  "Cedars-Sinai Medical Center, Los Angeles", "Admitted and followed patients under attending supervision"),
                I("2026.01 – 2026.06", "Clinical Research Fellow, Stroke Program",
                  "Toronto Western Hospital, Toronto, Canada", "Thrombectomy registry analysis")]),
            S("Publications", [
                "Kim MJ, Heo JH. Early neurological deterioration in lacunar stroke. J Stroke. 2023;25(2):261-269.",
                "Kim MJ, Park S, Lee K. Tenecteplase use in rural Korea. J Clin Neurol. 2025;21(1):44-51.",
                "Manuscript in preparation: Thrombectomy outcomes in octogenarians (Toronto registry)."]),
            S("References", [
                I("", "Prof. Ji Hoe Heo, MD PhD", "Department of Neurology, Severance Hospital", "jhheo.ref@yuhs.ac"),
                I("", "Dr. Amelia Ross, MD", "Neurology, Mayo Clinic", "ross.amelia@mayo-ref.org · +1 507 284 2511")]),
        ]),
    truth=dict(full_name="Kim Min-jun", email="minjun.kim0415@naver.com", phone_e164="+821048217390",
               medical_school="Yonsei University College of Medicine", medical_school_country="KR",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=228,
               ecfmg_status="certified", visa_status="h1b", specialties=["Neurology"],
               languages=["Korean", "English"], publications=2,
               usce_entries=[U("observership", "Neurology", "MN", "2025-05", "2025-05"),
                             U("telehealth", "Neurology", "PA", "2025-07", "2025-08"),
                             U("hands_on", "Neurology", "CA", "2025-10", "2025-12")]),
    tricky="contacts + exams only in sidebar; (+82) 010 trunk zero; Mayo 'Rochester' w/o state (MN); UPMC telehealth w/o city; Canadian fellowship is not USCE; single-month observership",
)

# ---------------------------------------------------------------- 003 Japan
PEOPLE["003"] = dict(
    layout="html_academic_table", fmt="pdf",
    cv=dict(
        name="SATO Yuki", native="佐藤 由紀", title="MD",
        tagline="Curriculum Vitae",
        contacts=[("E-mail", "yuki.sato.md@yahoo.co.jp"), ("Tel", "+81 (0)90-3318-2046"),
                  ("Current address", "Brookline, Massachusetts"), ("Date of birth", "1995/08/21")],
        sections=[
            S("Education", [
                I("2014/04 – 2020/03", "Doctor of Medicine (MD), six-year program", "Keio University School of Medicine, Tokyo, Japan"),
                I("2011/04 – 2014/03", "High school", "Keio Girls Senior High School, Tokyo")]),
            S("Postgraduate Training", [
                I("2020/04 – 2022/03", "Initial clinical training (junior residency, 2 years)", "St. Luke's International Hospital, Tokyo"),
                I("2022/04 – 2023/03", "Senior resident, Hematology", "Keio University Hospital, Tokyo")]),
            S("Licensure and Examinations", [
                I("2020/03", "Japanese Medical Licensing Examination (JMLE)", "", "Passed – License No. 578xxx"),
                I("2022/02", "USMLE Step 1", "", "Pass"),
                I("2023/01", "USMLE Step 2 CK", "", "241"),
                I("2025/06", "ECFMG certification", "", "Pending (Pathway 6 and OET completed; awaiting issue)")]),
            S("Research and Clinical Experience in the United States", [
                I("2023/04 – 2025/03", "Research Fellow, Division of Hematologic Malignancies",
                  "Dana-Farber Cancer Institute, Boston", "Single-cell profiling of myelodysplastic syndromes"),
                I("2025/04 – 2025/05", "Clinical Observer, Leukemia Service",
                  "Memorial Sloan Kettering Cancer Center, New York", "Inpatient leukemia rounds, BMT clinic")]),
            S("Peer-reviewed Original Articles", [
                "1. Sato Y, Ito M, Okamoto S. Azacitidine response in elderly Japanese MDS. Int J Hematol. 2021;114:55-63.",
                "2. Sato Y, Mori T. Outcomes of haploidentical transplant in Keio cohort. Bone Marrow Transplant. 2022;57:1120-1127.",
                "3. Ito M, Sato Y, et al. TP53-mutant AML in Japan. Leuk Res. 2022;118:106870.",
                "4. Sato Y, Lindsley RC. Clonal hematopoiesis and therapy-related myeloid neoplasms. Blood Adv. 2024;8(3):612-620.",
                "5. Sato Y, Chen W, Lindsley RC. Single-cell RNA-seq of MDS stem cells. Leukemia. 2024;38:1455-1466.",
                "6. Lindsley RC, Sato Y, et al. Germline DDX41 variants in East Asian patients. Haematologica. 2025;110(2):330-339."]),
            S("Case Reports (peer-reviewed)", [
                "7. Sato Y, Mori T. Hemophagocytic lymphohistiocytosis after COVID-19 vaccination. Intern Med. 2021;60(21):3455-3458."]),
            S("Conference Abstracts / Posters", [
                "Sato Y et al. ASH Annual Meeting 2023, San Diego (poster).",
                "Sato Y et al. EHA Congress 2024, Madrid (oral abstract).",
                "Sato Y et al. Japanese Society of Hematology 2022, Nagoya (poster)."]),
            S("Manuscripts under review", ["Sato Y, Lindsley RC. DDX41 and clonal evolution. Submitted to Blood, 2026."]),
            S("Languages", ["Japanese (native); English (fluent, IELTS 8.0)"]),
            S("Visa", ["Current status: J-1 Research Scholar (valid through 2027/03)"]),
            S("Career Interests", ["Hematology/Oncology fellowship following Internal Medicine residency."]),
            S("Referees", [
                I("", "R. Coleman Lindsley, MD PhD", "Dana-Farber Cancer Institute, Boston", "coleman_lindsley.ref@dfci.org"),
                I("", "Prof. Takehiko Mori, MD PhD", "Keio University Hospital", "tmori-ref@keio.jp · +81-3-3353-1211")]),
        ]),
    truth=dict(full_name="Sato Yuki", email="yuki.sato.md@yahoo.co.jp", phone_e164="+819033182046",
               medical_school="Keio University School of Medicine", medical_school_country="JP",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None,
               ecfmg_status="pending", visa_status="j1", specialties=["Hematology/Oncology", "Internal Medicine"],
               languages=["Japanese", "English"], publications=7,
               usce_entries=[U("research", "Hematology/Oncology", "MA", "2023-04", "2025-03"),
                             U("observership", "Hematology/Oncology", "NY", "2025-04", "2025-05")]),
    tricky="everything in tables; +81 (0)90 trunk; 6 articles + 1 peer-reviewed case report = 7; abstracts/submitted excluded; US address without being USCE",
)

# ---------------------------------------------------------------- 004 Vietnam
PEOPLE["004"] = dict(
    layout="html_rightdates", fmt="pdf",
    cv=dict(
        name="NGUYỄN Thị Thu Trang", native="", title="MD",
        tagline="Internal Medicine · Infectious Diseases",
        contacts=[("Email", "trang.nguyen.hmu@gmail.com"), ("Phone", "+84 903 418 276"),
                  ("Address", "Đống Đa, Hà Nội, Vietnam"), ("LinkedIn", "linkedin.com/in/trangnguyen-md")],
        sections=[
            S("Summary", ["Vietnamese physician with 3 years of internal medicine residency at Bach Mai Hospital, "
                          "seeking Internal Medicine residency with interest in Infectious Disease."]),
            S("Education", [
                I("09-2015 – 06-2021", "Doctor of Medicine (Bác sĩ Đa khoa), 6-year general medicine program", "Hanoi Medical University, Hanoi, Vietnam"),
                I("10-2021 – 09-2024", "Residency (Bác sĩ nội trú), Internal Medicine", "Hanoi Medical University / Bach Mai Hospital")]),
            S("US Clinical Experience", [
                I("03-2025 – 05-2025", "Hands-on Externship, Internal Medicine", "Ochsner Medical Center, New Orleans",
                  "Managed 6–8 patients daily, H&P, daily notes co-signed by attending"),
                I("06-2025 – 07-2025", "Observership, Infectious Diseases Consult Service", "Emory University Hospital, Atlanta")]),
            S("International Experience", [
                I("11-2024", "Observership, Infectious Diseases", "Singapore General Hospital, Singapore"),
                I("10-2021 – 09-2024", "Resident physician", "Bach Mai Hospital, Hanoi")]),
            S("Examinations", [
                I("2023", "USMLE Step 1 — Pass", ""),
                I("2024", "USMLE Step 2 CK — 238", ""),
                I("2025", "ECFMG Certified", "")]),
            S("Publications & Presentations", [
                "Nguyen TTT, Le VD. Melioidosis in northern Vietnam: a case series. Am J Trop Med Hyg. 2023;108(4):701-706.",
                "Poster – IDWeek 2025, Los Angeles: Carbapenem-resistant Klebsiella in Hanoi ICUs.",
                "Poster – Vietnam National Conference of Infectious Diseases 2022."]),
            S("Languages", ["Vietnamese (native), English (fluent), French (basic)"]),
            S("Visa status", ["B1/B2 visa holder (valid until 2029)"]),
            S("References", [I("", "Dr. Le Van Duyet", "Bach Mai Hospital, Hanoi", "duyet.levan@bachmai-ref.vn"),
                             I("", "Dr. Sarah Whitfield", "Ochsner Medical Center, New Orleans", "+1 504 842 3000")]),
        ]),
    truth=dict(full_name="Nguyễn Thị Thu Trang", email="trang.nguyen.hmu@gmail.com", phone_e164="+84903418276",
               medical_school="Hanoi Medical University", medical_school_country="VN",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["Internal Medicine", "Infectious Disease"],
               languages=["Vietnamese", "English", "French"], publications=1,
               usce_entries=[U("hands_on", "Internal Medicine", "LA", "2025-03", "2025-05"),
                             U("observership", "Infectious Disease", "GA", "2025-06", "2025-07")]),
    tricky="family name in capitals with Vietnamese diacritics; MM-YYYY dates flush right; Singapore observership not USCE; 'New Orleans' -> LA",
)

# ---------------------------------------------------------------- 005 Thailand
PEOPLE["005"] = dict(
    layout="docx_table", fmt="docx",
    cv=dict(
        name="Thanakorn Srisuwan", native="ธนากร ศรีสุวรรณ", title="M.D.",
        tagline="Emergency Medicine",
        contacts=[("Email", "thanakorn.s@hotmail.com"), ("Mobile", "+66 89 517 2044"), ("Line ID", "thanakorn.er"),
                  ("Address", "Bangkok Noi, Bangkok 10700, Thailand")],
        sections=[
            S("Personal data", ["Date of birth: 14 Feb 1996", "Nationality: Thai", "Gender: Male"]),
            S("Education", [
                I("2014 – 2020", "Doctor of Medicine (M.D.), First-class honours",
                  "Faculty of Medicine Siriraj Hospital, Mahidol University, Bangkok, Thailand")]),
            S("Postgraduate / Work", [
                I("2020 – 2023", "Internship and government service (3 years)", "Chiangrai Prachanukroh Hospital, Chiang Rai, Thailand"),
                I("2023/09/04 – 2023/10/27", "Observership, Emergency Medicine", "Johns Hopkins Hospital, Baltimore"),
                I("2024/01/08 – 2024/03/29", "Externship (hands-on), Emergency Department", "NYC Health + Hospitals/Jacobi, Bronx, New York"),
                I("2024/03 – 2024/09", "Research Assistant, Department of Emergency Medicine", "University of Washington, Seattle",
                  "Prehospital stroke triage study")]),
            S("Licensure and examinations", [
                I("2020", "Thai Medical License (Medical Council of Thailand), NLE Steps 1–3", "", "Passed"),
                I("2019/07", "USMLE Step 1", "", "231"),
                I("2022/11", "USMLE Step 2 CK", "", "244"),
                I("2023/02", "ECFMG", "", "Certified")]),
            S("Publications", [
                "Srisuwan T, Kanchanasurakit S. Snakebite envenomation in northern Thailand. Wilderness Environ Med. 2022;33(3):290-296.",
                "Srisuwan T, Lee H, Mercer M. Prehospital stroke scales in a US urban EMS system. Prehosp Emerg Care. 2025;29(2):180-187."]),
            S("Languages", ["Thai (native)", "English (fluent)"]),
            S("Career goal", ["Emergency Medicine residency."]),
            S("Referees", [I("", "Assoc. Prof. Sirirat Kanchanasurakit", "Siriraj Hospital", "sirirat.k.ref@mahidol.ac.th"),
                           I("", "Dr. Michael Mercer", "UW Emergency Medicine, Seattle", "mercer.ref@uw-em.org; +1 206 744 3000")]),
        ]),
    truth=dict(full_name="Thanakorn Srisuwan", email="thanakorn.s@hotmail.com", phone_e164="+66895172044",
               medical_school="Faculty of Medicine Siriraj Hospital, Mahidol University", medical_school_country="TH",
               graduation_year=2020, is_student=False, usmle_step1=231, usmle_step2ck=244, usmle_step3=None,
               ecfmg_status="certified", visa_status=None, specialties=["Emergency Medicine"],
               languages=["Thai", "English"], publications=2,
               usce_entries=[U("observership", "Emergency Medicine", "MD", "2023-09", "2023-10"),
                             U("hands_on", "Emergency Medicine", "NY", "2024-01", "2024-03"),
                             U("research", "Emergency Medicine", "WA", "2024-03", "2024-09")]),
    tricky="python-docx tables; Thai script beside Latin name; Step 1 numeric score (pre-2022); research overlaps externship by one month; Seattle -> WA",
)

# ---------------------------------------------------------------- 006 Indonesia
PEOPLE["006"] = dict(
    layout="docx_header", fmt="docx",
    cv=dict(
        name="Rizky Aditya Pratama", native="", title="dr.",
        tagline="Pediatrics",
        contacts=[("Email", "rizkyadityap@gmail.com"), ("WhatsApp", "+62 812-8840-3319"), ("Address", "Jl. Salemba Raya 6, Jakarta Pusat, Indonesia")],
        sections=[
            S("Education", [
                I("2015 – 2019", "Sarjana Kedokteran (S.Ked., Bachelor of Medicine, pre-clinical)", "Faculty of Medicine, Universitas Indonesia, Jakarta"),
                I("2019 – 2021", "Dokter (MD, professional degree)", "Faculty of Medicine, Universitas Indonesia, Jakarta", "Clinical clerkship at Cipto Mangunkusumo Hospital")]),
            S("Internship & Work", [
                I("2021 – 2022", "Dokter Internsip (national internship program)", "RSUD Cibinong, West Java"),
                I("2022 – 2024", "General Practitioner", "Siloam Hospitals Kebon Jeruk, Jakarta")]),
            S("Clinical Experience Abroad", [
                I("2025-02 – 2025-03", "Pediatric Observership", "Texas Children's Hospital, Houston"),
                I("2025-06", "Telehealth Elective in Pediatrics (virtual)", "Children's Hospital of Philadelphia"),
                I("2024-10", "Elective, General Paediatrics", "Royal Children's Hospital, Melbourne, Australia")]),
            S("Examinations", [
                I("2021", "UKMPPD (Indonesian national competency exam)", "", "Passed"),
                I("2024", "USMLE Step 1", "", "Passed"),
                I("2026-01", "USMLE Step 2 CK", "", "Scheduled (NBME practice 245)"),
                I("", "ECFMG", "", "Not yet certified")]),
            S("Presentations", ["Poster: Stunting prevalence in Bogor district, Asia Pacific Pediatric Congress 2023."]),
            S("Languages", ["Bahasa Indonesia (native), Javanese (native), English (fluent), Dutch (basic)"]),
            S("Visa", ["Will apply for a B1/B2 visitor visa for clinical rotations."]),
            S("Interests", ["Pediatrics; neonatology; global child health"]),
        ]),
    truth=dict(full_name="Rizky Aditya Pratama", email="rizkyadityap@gmail.com", phone_e164="+6281288403319",
               medical_school="Faculty of Medicine, Universitas Indonesia", medical_school_country="ID",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="not_certified", visa_status="b1b2", specialties=["Pediatrics"],
               languages=["Indonesian", "Javanese", "English", "Dutch"], publications=0,
               usce_entries=[U("observership", "Pediatrics", "TX", "2025-02", "2025-03"),
                             U("telehealth", "Pediatrics", "PA", "2025-06", "2025-06")]),
    tricky="contacts only in the DOCX header; S.Ked. pre-clinical degree (2019) vs Dokter (2021); Step 2 CK scheduled + NBME practice score; Melbourne elective not USCE; 'dr.' title",
)

# ---------------------------------------------------------------- 007 Malaysia
PEOPLE["007"] = dict(
    layout="lo_docx2pdf", fmt="pdf",
    cv=dict(
        name="Nurul Aisyah binti Ahmad Faizal", native="", title="Dr.",
        tagline="Family Medicine · Geriatrics",
        contacts=[("Email", "nurulaisyah.faizal@gmail.com"), ("Mobile", "+60 12-738 4415"), ("Address", "Cheras, 56000 Kuala Lumpur, Malaysia")],
        sections=[
            S("Personal Statement", ["Malaysian medical officer with six years of post-housemanship experience, applying to "
                                     "Family Medicine programs with a particular interest in Geriatrics."]),
            S("Education", [I("2013 – 2018", "Doctor of Medicine (MD)", "Universiti Kebangsaan Malaysia (UKM), Kuala Lumpur")]),
            S("Employment", [
                I("2018/08 – 2020/08", "House Officer (housemanship)", "Hospital Kuala Lumpur"),
                I("2020/09 – 2024/06", "Medical Officer, Klinik Kesihatan Cheras", "Ministry of Health Malaysia")]),
            S("United States Clinical Experience", [
                I("2024/10 – 2024/12", "Hands-on clinical rotation, Family Medicine", "Advocate Illinois Masonic Medical Center, Chicago"),
                I("2025/01", "Observership, Geriatrics", "Mount Sinai Hospital, New York"),
                I("2025/02 – 2025/03", "Observership, Family Medicine", "The Queen's Medical Center, Honolulu")]),
            S("USMLE / ECFMG", [
                "Step 1: Pass (2023)", "Step 2 CK: 236 (2024)", "Step 3: 224 (2025)",
                "OET Medicine: B grade in all sub-tests", "ECFMG certified – 2024"]),
            S("Research", ["Ahmad Faizal NA, Tan MP. Falls among community-dwelling older Malaysians. BMC Geriatr. 2022;22:811."]),
            S("Languages", ["Malay (native), English (fluent), Arabic (basic reading)"]),
            S("Immigration", ["Malaysian passport; requires H-1B visa sponsorship."]),
            S("Referees", [I("", "Prof. Dr. Tan Maw Pin", "University of Malaya Medical Centre", "mptan.ref@ummc.edu.my"),
                           I("", "Dr. Karen O'Leary", "Advocate Illinois Masonic, Chicago", "+1 773 975 1600")]),
        ]),
    truth=dict(full_name="Nurul Aisyah binti Ahmad Faizal", email="nurulaisyah.faizal@gmail.com", phone_e164="+60127384415",
               medical_school="Universiti Kebangsaan Malaysia", medical_school_country="MY",
               graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=224,
               ecfmg_status="certified", visa_status="h1b", specialties=["Family Medicine", "Geriatrics"],
               languages=["Malay", "English", "Arabic"], publications=1,
               usce_entries=[U("hands_on", "Family Medicine", "IL", "2024-10", "2024-12"),
                             U("observership", "Geriatrics", "NY", "2025-01", "2025-01"),
                             U("observership", "Family Medicine", "HI", "2025-02", "2025-03")]),
    tricky="Malay patronymic 'binti' name; python-docx -> LibreOffice PDF; Honolulu -> HI; Step 3 score; OET not USMLE",
)

# ---------------------------------------------------------------- 008 Myanmar
PEOPLE["008"] = dict(
    layout="lo_docx2odt", fmt="odt",
    cv=dict(
        name="Aung Kyaw Moe", native="အောင်ကျော်မိုး", title="Dr.",
        tagline="MBBS (Yangon) · Psychiatry",
        contacts=[("Email", "aungkyawmoe.um1@gmail.com"), ("Phone (US)", "+1 415-802-3361"), ("Address", "Daly City, California")],
        sections=[
            S("Education", [I("2010 – 2017", "M.B.,B.S. (including one-year house-surgeon internship)", "University of Medicine 1, Yangon, Myanmar")]),
            S("Work Experience", [
                I("2017 – 2021", "Assistant Surgeon (medical officer), Department of Medicine", "Yangon General Hospital, Myanmar"),
                I("2021 – 2023", "General Practitioner / Mental health program", "Mae Tao Clinic, Mae Sot, Thailand")]),
            S("US Experience", [
                I("2024.07 – 2024.09", "Observership, Psychiatry", "Zuckerberg San Francisco General Hospital, San Francisco"),
                I("2024.07 – 2025.06", "Volunteer Research Associate, Department of Psychiatry", "UCSF, San Francisco",
                  "Refugee mental health project (part-time)"),
                I("2025.09 – 2025.11", "Clinical Externship (hands-on), Inpatient Psychiatry", "Brookdale Hospital Medical Center, Brooklyn")]),
            S("Examinations", ["USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 229 (2024)", "ECFMG: Certified (2024)",
                               "Myanmar Medical Council registration (SaMa) 2017"]),
            S("Residency status", ["Lawful permanent resident (green card holder) since 2024"]),
            S("Languages", ["Burmese (native), English (fluent), Thai (conversational)"]),
            S("Career interest", ["Psychiatry residency; trauma-informed care for immigrant communities."]),
            S("Reference", [I("", "Dr. Helen Tran, MD", "Department of Psychiatry, UCSF", "helen.tran.ref@ucsf-ref.edu, +1 628 206 8000")]),
        ]),
    truth=dict(full_name="Aung Kyaw Moe", email="aungkyawmoe.um1@gmail.com", phone_e164="+14158023361",
               medical_school="University of Medicine 1, Yangon", medical_school_country="MM",
               graduation_year=2017, is_student=False, usmle_step1="pass", usmle_step2ck=229, usmle_step3=None,
               ecfmg_status="certified", visa_status="green_card", specialties=["Psychiatry"],
               languages=["Burmese", "English", "Thai"], publications=0,
               usce_entries=[U("observership", "Psychiatry", "CA", "2024-07", "2024-09"),
                             U("research", "Psychiatry", "CA", "2024-07", "2025-06"),
                             U("hands_on", "Psychiatry", "NY", "2025-09", "2025-11")]),
    tricky="ODT via LibreOffice; Myanmar script; name without family name; US phone; Thai clinic not USCE; research fully overlaps observership; Brooklyn -> NY",
)

# ---------------------------------------------------------------- 009 Nepal (txt)
PEOPLE["009"] = dict(
    layout="plain_txt", fmt="txt",
    cv=dict(
        name="Sushma Adhikari", native="सुष्मा अधिकारी", title="MBBS",
        tagline="",
        contacts=[("Email", "sushma.adhikari92@gmail.com"), ("Cell", "+977-9841-235867"), ("DOB", "1993-08-14"),
                  ("Address", "Maharajgunj, Kathmandu, Nepal")],
        sections=[
            S("OBJECTIVE", ["Internal Medicine residency; future interest in Nephrology."]),
            S("EDUCATION", [I("Nov 2012 - Apr 2018", "MBBS (incl. 1-year rotating internship)",
                              "Institute of Medicine, Tribhuvan University (Maharajgunj Medical Campus), Kathmandu, Nepal")]),
            S("LICENSURE", ["Nepal Medical Council Licensing Examination - passed (2018), NMC No. 14xxx",
                            "USMLE Step 1: PASS (2022)", "USMLE Step 2 CK: 250 (2023)", "ECFMG: certified (Oct 2023)"]),
            S("WORK EXPERIENCE", [I("Jun 2018 - Dec 2022", "Medical Officer", "Tribhuvan University Teaching Hospital, Kathmandu")]),
            S("US CLINICAL EXPERIENCE", [
                I("Mar 2024 - May 2024", "Externship (hands-on), Internal Medicine", "Henry Ford Hospital, Detroit"),
                I("Summer 2024 (Jun-Aug)", "Research volunteer, Nephrology", "Cleveland Clinic, Cleveland"),
                I("Sep 2024", "Observership, Nephrology", "Johns Hopkins Hospital, Baltimore")]),
            S("PUBLICATIONS", [
                "1. Adhikari S, Shrestha R. Acute kidney injury in snakebite. J Nepal Med Assoc. 2020;58(229):650-654.",
                "2. Adhikari S, Karki P, et al. CKD of unknown etiology in Terai. Kidney Int Rep. 2022;7(9):2101-2108.",
                "Abstract: ASN Kidney Week 2024 (poster)."]),
            S("LANGUAGES", ["Nepali, Hindi, English"]),
            S("VISA", ["Will need J-1 visa"]),
            S("REFERENCES", [I("", "Prof. Dr. Rajani Shrestha", "Nephrology, TUTH", "rajani.shrestha.ref@iom.edu.np"),
                             I("", "Dr. Paul Mendez", "Henry Ford Hospital, Detroit", "+1 313 916 2600")]),
        ]),
    truth=dict(full_name="Sushma Adhikari", email="sushma.adhikari92@gmail.com", phone_e164="+9779841235867",
               medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP",
               graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Nephrology"],
               languages=["Nepali", "Hindi", "English"], publications=2,
               usce_entries=[U("hands_on", "Internal Medicine", "MI", "2024-03", "2024-05"),
                             U("research", "Nephrology", "OH", "2024-06", "2024-08"),
                             U("observership", "Nephrology", "MD", "2024-09", "2024-09")]),
    tricky="plain text; Devanagari name; 'Summer 2024 (Jun-Aug)'; single-month 'Sep 2024'; cities only (Detroit, Cleveland, Baltimore)",
)

# ---------------------------------------------------------------- 010 Taiwan
PEOPLE["010"] = dict(
    layout="html_photobox", fmt="pdf",
    cv=dict(
        name="CHEN Yu-Ting", native="陳郁婷", title="MD",
        tagline="Diagnostic Radiology",
        contacts=[("Email", "yuting.chen.cmu@gmail.com"), ("Mobile", "+886 933-207-418"), ("City", "Taichung, Taiwan"),
                  ("Born", "1996/03/09")],
        sections=[
            S("Objective", ["Diagnostic Radiology residency (interest in neuroradiology and interventional radiology)."]),
            S("Education", [I("2014.09 – 2020.06", "Doctor of Medicine (MD), 6-year program", "China Medical University, Taichung, Taiwan")]),
            S("Postgraduate Training", [I("2020.08 – 2022.07", "Post-Graduate Year (PGY) training", "China Medical University Hospital, Taichung"),
                                        I("2022.08 – 2023.06", "Resident, Department of Medical Imaging", "China Medical University Hospital, Taichung")]),
            S("US Experience", [
                I("2023.07 – 2023.12", "Visiting Research Scholar, Department of Radiology", "Stanford University, Palo Alto"),
                I("2024.01 – 2024.02", "Clinical Observership, Radiology", "Ronald Reagan UCLA Medical Center, Los Angeles")]),
            S("Examinations", ["Taiwan Medical Licensing Examination, Steps 1 & 2 – passed (2020)",
                               "USMLE Step 1 – Pass", "USMLE Step 2 CK – 259", "ECFMG – certified (2023)"]),
            S("Publications", [
                "Chen YT, Huang WC. Deep-learning detection of intracranial hemorrhage on CT. Eur Radiol. 2022;32:5521-5530.",
                "Chen YT, et al. MRI features of moyamoya disease in Taiwanese adults. AJNR Am J Neuroradiol. 2023;44(5):560-566.",
                "Chen YT, Zaharchuk G. Low-dose gadolinium MRI with AI enhancement. Radiology. 2024;311(1):e232101.",
                "Lin CH, Chen YT. Radiation dose in pediatric CT in central Taiwan. J Formos Med Assoc. 2021;120(8):1567-1573."]),
            S("Languages", ["Chinese (Mandarin, native)", "English (fluent)", "Japanese (intermediate)"]),
            S("References", [I("", "Prof. Greg Zaharchuk", "Stanford Radiology", "gregz.ref@stanford-ref.edu"),
                             I("", "Dr. Huang Wei-Chun", "China Medical University Hospital", "+886-4-2205-2121")]),
        ]),
    truth=dict(full_name="Chen Yu-Ting", email="yuting.chen.cmu@gmail.com", phone_e164="+886933207418",
               medical_school="China Medical University", medical_school_country="TW",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=259, usmle_step3=None,
               ecfmg_status="certified", visa_status=None, specialties=["Radiology"],
               languages=["Chinese", "English", "Japanese"], publications=4,
               usce_entries=[U("research", "Radiology", "CA", "2023-07", "2023-12"),
                             U("observership", "Radiology", "CA", "2024-01", "2024-02")]),
    tricky="'China Medical University, Taichung, Taiwan' is TW not CN; PGY year after MD; no visa stated",
)

# ---------------------------------------------------------------- 011 China student
PEOPLE["011"] = dict(
    layout="html_twocol", fmt="pdf",
    cv=dict(
        name="Xinyi LI", native="李欣怡", title="",
        tagline="Final-year medical student · General Surgery",
        contacts=[("Email", "lixinyi_fdmc@163.com"), ("WeChat", "xinyi_li_fd"), ("Tel", "+86 186 2170 4439"),
                  ("Address", "Xuhui District, Shanghai, China")],
        sections=[
            S("Exams", ["USMLE Step 1: Pass (2025.12)", "Step 2 CK: planned 2027", "CET-6: 612 / IELTS 7.5"], side=True),
            S("Languages", ["Chinese (Mandarin) — native", "Cantonese — conversational", "English — fluent", "German — A2"], side=True),
            S("Visa", ["B1/B2 visa holder"], side=True),
            S("Education", [I("2022.09 – 2027.07 (expected)", "Bachelor of Medicine (MBBS), Clinical Medicine, 5-year program",
                              "Fudan University Shanghai Medical College, Shanghai, China", "GPA 3.78/4.0; clinical clerkship at Zhongshan Hospital")]),
            S("Clinical Electives", [
                I("2026/03/02 – 2026/03/27", "Visiting Student Elective (hands-on sub-I), General Surgery", "UPMC Presbyterian, Pittsburgh"),
                I("2026/07 – 2026/08", "Observership, General Surgery (Surgical Oncology service)", "MD Anderson Cancer Center, Houston"),
                I("2025/07 – 2025/08", "Summer elective, Hepatobiliary Surgery", "Queen Mary Hospital, Hong Kong")]),
            S("Research & Publications", [
                "Li X, Zhou J, Fan J. Laparoscopic vs open hepatectomy in elderly patients: a propensity-matched study. Hepatobiliary Surg Nutr. 2025;14(3):402-411.",
                "Oral presentation: Chinese College of Surgeons Annual Congress 2024."]),
            S("Career Interest", ["General Surgery residency; hepatobiliary and transplant surgery."]),
            S("Referee", [I("", "Prof. Zhou Jian", "Zhongshan Hospital, Fudan University", "zhou.jian.ref@zs-hospital.sh.cn")]),
        ]),
    truth=dict(full_name="Xinyi Li", email="lixinyi_fdmc@163.com", phone_e164="+8618621704439",
               medical_school="Fudan University Shanghai Medical College", medical_school_country="CN",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2", specialties=["General Surgery"],
               languages=["Chinese", "Cantonese", "English", "German"], publications=1,
               usce_entries=[U("hands_on", "General Surgery", "PA", "2026-03", "2026-03"),
                             U("observership", "General Surgery", "TX", "2026-07", "2026-08")]),
    tricky="student (expected 2027); WeChat ID + phone in sidebar; Hong Kong elective not USCE; single-month sub-I; 'MD Anderson' must not be read as a degree",
)

# ---------------------------------------------------------------- 012 Vietnam (docx plain)
PEOPLE["012"] = dict(
    layout="docx_plain", fmt="docx",
    cv=dict(
        name="Trần Minh Khoa", native="", title="MD",
        tagline="Gastroenterology research · Internal Medicine applicant",
        contacts=[("Email", "khoa.tranminh@outlook.com"), ("Phone", "(+84) 0908 552 174"), ("Address", "Houston, TX / Ho Chi Minh City")],
        sections=[
            S("Education", [I("2012-09 – 2018-07", "Doctor of Medicine (MD), six-year program",
                              "University of Medicine and Pharmacy at Ho Chi Minh City, Vietnam")]),
            S("Experience", [
                I("2018-09 – 2021-08", "General Practitioner, Department of Gastroenterology", "Cho Ray Hospital, Ho Chi Minh City"),
                I("2021-10 – 2023-09", "Research Associate, Section of Gastroenterology and Hepatology", "Baylor College of Medicine, Houston, TX"),
                I("2023-10 – 2023-12", "Hands-on Externship, Internal Medicine", "Memorial Hermann–Texas Medical Center, Houston"),
                I("2024-01", "Observership, Gastroenterology", "Houston Methodist Hospital, Houston")]),
            S("USMLE", ["Step 1: 226 (2020)", "Step 2 CK: 242 (2021)", "Step 2 CS: Pass (2020)", "Step 3: 219 (2024)", "ECFMG certified (2021)"]),
            S("Publications (peer-reviewed)", [
                "Tran MK, El-Serag HB. Hepatocellular carcinoma surveillance in Vietnamese Americans. Clin Gastroenterol Hepatol. 2022;20(11):2540-2547.",
                "Tran MK, Kanwal F. MASLD prevalence among Asian Americans. Hepatology. 2023;77(4):1190-1199.",
                "Nguyen TH, Tran MK. H. pylori resistance in southern Vietnam. Helicobacter. 2019;24(6):e12660.",
                "Tran MK, et al. HBV reactivation during chemotherapy. Aliment Pharmacol Ther. 2023;58(2):201-210."]),
            S("Abstracts", ["DDW 2022 poster; AASLD The Liver Meeting 2023 poster."]),
            S("Citizenship", ["United States citizen (naturalized 2024); also Vietnamese national"]),
            S("Languages", ["Vietnamese, English"]),
            S("Goals", ["Internal Medicine residency, then Gastroenterology fellowship."]),
        ]),
    truth=dict(full_name="Trần Minh Khoa", email="khoa.tranminh@outlook.com", phone_e164="+84908552174",
               medical_school="University of Medicine and Pharmacy at Ho Chi Minh City", medical_school_country="VN",
               graduation_year=2018, is_student=False, usmle_step1=226, usmle_step2ck=242, usmle_step3=219,
               ecfmg_status="certified", visa_status="citizen", specialties=["Internal Medicine", "Gastroenterology"],
               languages=["Vietnamese", "English"], publications=4,
               usce_entries=[U("research", "Gastroenterology", "TX", "2021-10", "2023-09"),
                             U("hands_on", "Internal Medicine", "TX", "2023-10", "2023-12"),
                             U("observership", "Gastroenterology", "TX", "2024-01", "2024-01")]),
    tricky="(+84) 0908 trunk zero; Step 2 CS pass ignored; long US research; US citizen; diacritics in name",
)

# ---------------------------------------------------------------- 013 Korea student
PEOPLE["013"] = dict(
    layout="html_rightdates", fmt="pdf",
    cv=dict(
        name="PARK Ji-woo", native="박지우", title="",
        tagline="Medical Student (M4) · Seoul National University",
        contacts=[("Email", "jiwoo.park.snu@gmail.com"), ("Phone", "+82 10-5562-0983"), ("Address", "Jongno-gu, Seoul, Korea")],
        sections=[
            S("Education", [I("2021.03 – 2027.02 (expected)", "Doctor of Medicine (M.D.) candidate, six-year program",
                              "Seoul National University College of Medicine, Seoul")]),
            S("US Clinical Electives", [
                I("2026.04 – 2026.05", "Visiting Medical Student Clerkship (hands-on), General Pediatrics", "Boston Children's Hospital, Boston"),
                I("2025.08", "Telehealth Elective, Pediatrics (virtual)", "Nationwide Children's Hospital, Columbus")]),
            S("Other Clinical Experience", [I("2025.01 – 2025.02", "Elective, Paediatrics", "KK Women's and Children's Hospital, Singapore")]),
            S("Examinations", [I("2025.10", "USMLE Step 1 — Pass", ""),
                               I("2027.01", "Korean Medical Licensing Examination (KMLE) — scheduled", "")]),
            S("Research", ["Research assistant, SNU Children's Hospital — pediatric epilepsy database (2023–2024)",
                           "Poster: Korean Epilepsy Society 2024"]),
            S("Languages", ["Korean (native), English (fluent), Chinese (Mandarin, HSK 4)"]),
            S("Visa", ["Korean passport holder; will require a J-1 visa for clinical electives"]),
            S("Interests", ["Pediatrics (future pediatric neurology)"]),
        ]),
    truth=dict(full_name="Park Ji-woo", email="jiwoo.park.snu@gmail.com", phone_e164="+821055620983",
               medical_school="Seoul National University College of Medicine", medical_school_country="KR",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="j1", specialties=["Pediatrics"],
               languages=["Korean", "English", "Chinese"], publications=0,
               usce_entries=[U("hands_on", "Pediatrics", "MA", "2026-04", "2026-05"),
                             U("telehealth", "Pediatrics", "OH", "2025-08", "2025-08")]),
    tricky="student, graduation Feb 2027 > reference date; Singapore elective not USCE; Columbus -> OH; KMLE scheduled",
)

# ---------------------------------------------------------------- 014 Indonesia (footer)
PEOPLE["014"] = dict(
    layout="lo_docx2pdf_footer", fmt="pdf",
    cv=dict(
        name="Dewi Lestari Putri", native="", title="dr.",
        tagline="Obstetrics & Gynecology",
        contacts=[("Email", "dewi.lestariputri@yahoo.com"), ("Phone", "+62 821 3456 7780"), ("Address", "Sleman, Yogyakarta, Indonesia")],
        sections=[
            S("Education", [I("2014.08 – 2020.11", "Medical Doctor (dokter), Faculty of Medicine, Public Health and Nursing",
                              "Universitas Gadjah Mada, Yogyakarta, Indonesia")]),
            S("Internship & Clinical Work", [
                I("2021.02 – 2022.02", "Internship doctor (PIDI)", "RSUD Sleman, Yogyakarta"),
                I("2022.03 – 2024.02", "General practitioner, maternity ward", "RS PKU Muhammadiyah Yogyakarta")]),
            S("US Experience", [
                I("2024.04 – 2024.06", "Observership, Obstetrics & Gynecology", "NewYork-Presbyterian/Columbia University Irving Medical Center"),
                I("2024.07 – 2025.06", "Research Fellow, Maternal-Fetal Medicine", "University of Alabama at Birmingham")]),
            S("Examinations", ["UKMPPD (national exam) 2020 – passed", "USMLE Step 1: Pass", "USMLE Step 2 CK: 233", "ECFMG: certified 2024"]),
            S("Publications", [
                "Putri DL, Tita ATN. Chronic hypertension in pregnancy: secondary analysis of the CHAP trial. Obstet Gynecol. 2025;145(3):321-329.",
                "Putri DL, Sulistyowati S. Maternal mortality audit in Yogyakarta. BMC Pregnancy Childbirth. 2023;23:610.",
                "Poster: SMFM Pregnancy Meeting 2025."]),
            S("Languages", ["Indonesian, Javanese, English"]),
            S("Visa requirement", ["J-1 visa sponsorship required"]),
            S("Specialty interest", ["Obstetrics and Gynecology"]),
        ]),
    truth=dict(full_name="Dewi Lestari Putri", email="dewi.lestariputri@yahoo.com", phone_e164="+6282134567780",
               medical_school="Universitas Gadjah Mada", medical_school_country="ID",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Obstetrics and Gynecology"],
               languages=["Indonesian", "Javanese", "English"], publications=2,
               usce_entries=[U("observership", "Obstetrics and Gynecology", "NY", "2024-04", "2024-06"),
                             U("research", "Obstetrics and Gynecology", "AL", "2024-07", "2025-06")]),
    tricky="contacts only in the page footer (LibreOffice PDF); NewYork-Presbyterian and UAB with no state; 'Birmingham' (AL not UK)",
)

# ---------------------------------------------------------------- 015 China academic
PEOPLE["015"] = dict(
    layout="html_academic_table", fmt="pdf",
    cv=dict(
        name="ZHANG Wei", native="张伟", title="MBBS, MD (Research), PhD",
        tagline="Curriculum Vitae — Pathology",
        contacts=[("Email", "zhangwei_sysu@163.com"), ("Phone", "+1 (203) 214-7780"), ("Address", "New Haven, Connecticut")],
        sections=[
            S("Education", [
                I("2005.09 – 2010.07", "Bachelor of Medicine, Bachelor of Surgery (MBBS), 5-year program", "Zhongshan School of Medicine, Sun Yat-sen University, Guangzhou"),
                I("2010.09 – 2015.07", "MD (research doctorate) / PhD, Pathology", "Sun Yat-sen University, Guangzhou")]),
            S("Appointments", [
                I("2015.08 – 2019.08", "Attending pathologist", "First Affiliated Hospital of Sun Yat-sen University, Guangzhou"),
                I("2019.09 – present", "Associate Research Scientist, Department of Pathology", "Yale School of Medicine, New Haven"),
                I("2023.06 – 2023.07", "Clinical Observership, Surgical Pathology", "Yale New Haven Hospital, New Haven")]),
            S("Licensure", [
                I("2011", "Medical Practitioner License, P.R. China (NMLE)", ""),
                I("2022.09", "USMLE Step 1", "", "Pass"),
                I("2023.11", "USMLE Step 2 CK", "", "240"),
                I("2024.02", "ECFMG", "", "Certified")]),
            S("Peer-reviewed Publications", [
                "1. Zhang W, et al. PD-L1 expression in nasopharyngeal carcinoma. Mod Pathol. 2014;27:1125-1133.",
                "2. Zhang W, Li Y. EBV-associated gastric carcinoma in southern China. Am J Surg Pathol. 2015;39(8):1067-1075.",
                "3. Chen L, Zhang W. Tumor budding in colorectal cancer. Histopathology. 2017;71(4):566-574.",
                "4. Zhang W, et al. Digital pathology for HCC grading. J Pathol. 2018;246(2):191-203.",
                "5. Zhang W, Rimm DL. Quantitative immunofluorescence of PD-L1. Clin Cancer Res. 2020;26(20):5380-5389.",
                "6. Zhang W, Rimm DL. Spatial profiling in NSCLC. Nat Commun. 2021;12:6134.",
                "7. Rimm DL, Zhang W, et al. Harmonization of PD-L1 assays. JAMA Oncol. 2022;8(6):895-902.",
                "8. Zhang W, et al. AI-based HER2-low scoring. Lab Invest. 2023;103(9):100190.",
                "9. Zhang W, Rimm DL. Multiplex imaging reproducibility. Mod Pathol. 2024;37(5):100460."]),
            S("Abstracts (not peer-reviewed)", [
                "USCAP Annual Meeting 2021, 2023, 2025 — three platform/poster abstracts."]),
            S("Under review", ["Zhang W. TROP2 heterogeneity in breast cancer (submitted to J Pathol, 2026)."]),
            S("Languages", ["Chinese (Mandarin), Cantonese, English"]),
            S("Immigration status", ["H-1B (current employer: Yale University)"]),
            S("Career goal", ["Anatomic and Clinical Pathology residency."]),
            S("References", [I("", "David L. Rimm, MD PhD", "Yale School of Medicine", "david.rimm.ref@yale-ref.edu · +1 203 737 4204")]),
        ]),
    truth=dict(full_name="Zhang Wei", email="zhangwei_sysu@163.com", phone_e164="+12032147780",
               medical_school="Zhongshan School of Medicine, Sun Yat-sen University", medical_school_country="CN",
               graduation_year=2010, is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None,
               ecfmg_status="certified", visa_status="h1b", specialties=["Pathology"],
               languages=["Chinese", "Cantonese", "English"], publications=9,
               usce_entries=[U("research", "Pathology", "CT", "2019-09", "2026-12"),
                             U("observership", "Pathology", "CT", "2023-06", "2023-07")]),
    tricky="primary degree is the 2010 MBBS, not the 2015 research MD/PhD; 9 numbered papers vs abstracts; ongoing research since 2019 overlaps observership",
)

# ---------------------------------------------------------------- 016 Japan (rtf)
PEOPLE["016"] = dict(
    layout="lo_docx2rtf", fmt="rtf",
    cv=dict(
        name="Kenji TAKAHASHI", native="高橋 健二", title="M.D.",
        tagline="Anesthesiology",
        contacts=[("E-mail", "k.takahashi.md@gmail.com"), ("Mobile", "+81-80-4412-9937"), ("Address", "Suita, Osaka, Japan")],
        sections=[
            S("Education", [I("2016.04 – 2022.03", "M.D. (six-year program)", "Osaka University Faculty of Medicine, Osaka, Japan")]),
            S("Clinical Training", [I("2022.04 – 2024.03", "Junior Resident (initial clinical training)", "Kameda Medical Center, Kamogawa, Chiba"),
                                    I("2024.04 – present", "Anesthesiology Resident", "Osaka University Hospital")]),
            S("Electives and Observerships", [
                I("2021.05", "Clinical elective as 6th-year student (hands-on), Anesthesiology", "The Queen's Medical Center, Honolulu"),
                I("2021.02", "Elective, Anaesthetics", "Guy's and St Thomas' Hospital, London, UK"),
                I("2024.06 – 2024.07", "Observership, Anesthesiology", "University of Michigan Health, Ann Arbor")]),
            S("Examinations", ["JMLE: passed (2022.03)", "USMLE Step 1: Pass", "USMLE Step 2 CK: 248", "ECFMG certification: 2025.09"]),
            S("Publication", ["Takahashi K, Hirota K. Remimazolam for elderly sedation. J Anesth. 2024;38(1):77-84."]),
            S("Languages", ["Japanese (native), English (advanced), Spanish (basic)"]),
            S("Visa", ["J-1 (ECFMG sponsorship) required"]),
        ]),
    truth=dict(full_name="Kenji Takahashi", email="k.takahashi.md@gmail.com", phone_e164="+818044129937",
               medical_school="Osaka University Faculty of Medicine", medical_school_country="JP",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Anesthesiology"],
               languages=["Japanese", "English", "Spanish"], publications=1,
               usce_entries=[U("hands_on", "Anesthesiology", "HI", "2021-05", "2021-05"),
                             U("observership", "Anesthesiology", "MI", "2024-06", "2024-07")]),
    tricky="RTF via LibreOffice; given name first with family name in capitals; London elective not USCE; student elective before graduation counts; Ann Arbor -> MI",
)

# ================================================================ scans
PEOPLE["017"] = dict(
    layout="scan_pdf", fmt="pdf",
    cv=dict(
        name="Pimchanok Wongsawat", native="พิมพ์ชนก วงศ์สวัสดิ์", title="MD",
        tagline="Internal Medicine · Endocrinology",
        contacts=[("Email", "pimchanok.w@gmail.com"), ("Mobile", "+66 86 402 7715"), ("Address", "Pathum Wan, Bangkok")],
        sections=[
            S("Education", [I("2016 – 2022", "Doctor of Medicine (MD)", "Faculty of Medicine, Chulalongkorn University, Bangkok, Thailand")]),
            S("US Clinical Experience", [
                I("2024.09 – 2024.10", "Observership, Endocrinology", "Joslin Diabetes Center, Boston"),
                I("2025.01 – 2025.03", "Hands-on Externship, Internal Medicine", "Rush University Medical Center, Chicago")]),
            S("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 252", "ECFMG: Certified"]),
            S("Publication", ["Wongsawat P, Sriphrapradang C. Thyroid storm in Thai adults. Endocr Pract. 2023;29(6):455-461."]),
            S("Languages", ["Thai, English, Chinese"]),
            S("Visa", ["Requires J-1 visa"]),
            S("Interests", ["Internal Medicine residency, Endocrinology fellowship"]),
        ]),
    truth=dict(full_name="Pimchanok Wongsawat", email="pimchanok.w@gmail.com", phone_e164="+66864027715",
               medical_school="Faculty of Medicine, Chulalongkorn University", medical_school_country="TH",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Endocrinology"],
               languages=["Thai", "English", "Chinese"], publications=1,
               usce_entries=[U("observership", "Endocrinology", "MA", "2024-09", "2024-10"),
                             U("hands_on", "Internal Medicine", "IL", "2025-01", "2025-03")]),
    tricky="image-only PDF (rotated ~1.2 deg, noise); Thai script",
)

PEOPLE["018"] = dict(
    layout="scan_png", fmt="png",
    cv=dict(
        name="Bikash Shrestha", native="", title="MBBS",
        tagline="Family Medicine",
        contacts=[("Email", "bikash.shrestha.bp@gmail.com"), ("Phone", "+977 980-4312-567"), ("Address", "Dharan, Sunsari, Nepal")],
        sections=[
            S("Education", [I("2013 – 2019", "MBBS", "B.P. Koirala Institute of Health Sciences (BPKIHS), Dharan, Nepal")]),
            S("US Experience", [
                I("Apr 2025 – Jun 2025", "Family Medicine Externship (hands-on)", "Baptist Health South Florida, Miami"),
                I("Jul 2025", "Observership, Family Medicine", "Oregon Health & Science University, Portland")]),
            S("Exams", ["NMC licensing exam: passed 2019", "USMLE Step 1: Pass", "Step 2 CK: 231", "ECFMG: pending (awaiting OET)"]),
            S("Languages", ["Nepali, English, Hindi"]),
            S("Goal", ["Family Medicine residency"]),
        ]),
    truth=dict(full_name="Bikash Shrestha", email="bikash.shrestha.bp@gmail.com", phone_e164="+9779804312567",
               medical_school="B.P. Koirala Institute of Health Sciences", medical_school_country="NP",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=231, usmle_step3=None,
               ecfmg_status="pending", visa_status=None, specialties=["Family Medicine"],
               languages=["Nepali", "English", "Hindi"], publications=0,
               usce_entries=[U("hands_on", "Family Medicine", "FL", "2025-04", "2025-06"),
                             U("observership", "Family Medicine", "OR", "2025-07", "2025-07")]),
    tricky="PNG photo of page, rotated, blurred; Portland = OR (OHSU)",
)

PEOPLE["019"] = dict(
    layout="scan_jpg", fmt="jpg",
    cv=dict(
        name="LEE Seo-yeon", native="이서연", title="M.D.",
        tagline="Psychiatry",
        contacts=[("Email", "seoyeon.lee.md@gmail.com"), ("Phone", "+82 10-9137-2254"), ("Address", "Seodaemun-gu, Seoul")],
        sections=[
            S("Education", [I("2015.03 – 2021.02", "Doctor of Medicine (M.D.)", "Ewha Womans University College of Medicine, Seoul, Korea")]),
            S("US Experience", [
                I("2025.03 – 2025.04", "Observership, Psychiatry", "McLean Hospital, Belmont, Massachusetts"),
                I("2025.05 – 2025.10", "Research Volunteer, Psychiatry", "Columbia University Irving Medical Center, New York")]),
            S("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 261", "ECFMG: Certified"]),
            S("Publications", ["Lee SY, Kim H. Suicide risk after discharge in Korea. Psychiatry Investig. 2022;19(4):301-309.",
                               "Lee SY, et al. Ketamine for TRD: a meta-analysis. J Affect Disord. 2025;370:55-63."]),
            S("Languages", ["Korean, English"]),
            S("Visa", ["B1/B2 visa"]),
            S("Interest", ["Psychiatry"]),
        ]),
    truth=dict(full_name="Lee Seo-yeon", email="seoyeon.lee.md@gmail.com", phone_e164="+821091372254",
               medical_school="Ewha Womans University College of Medicine", medical_school_country="KR",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=261, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["Psychiatry"],
               languages=["Korean", "English"], publications=2,
               usce_entries=[U("observership", "Psychiatry", "MA", "2025-03", "2025-04"),
                             U("research", "Psychiatry", "NY", "2025-05", "2025-10")]),
    tricky="JPEG photo, low contrast + blur, Hangul beside name",
)

PEOPLE["020"] = dict(
    layout="scan_pdf_2pages", fmt="pdf",
    cv=dict(
        name="LIM Wei Jie", native="林伟杰", title="MBBS",
        tagline="Internal Medicine · Nephrology",
        contacts=[("Email", "weijie.lim88@gmail.com"), ("Mobile", "+60 16-223 8841"), ("Address", "Petaling Jaya, Selangor, Malaysia")],
        sections=[
            S("Education", [I("2012 – 2017", "Bachelor of Medicine and Bachelor of Surgery (MBBS)", "Universiti Malaya, Kuala Lumpur, Malaysia")]),
            S("Employment", [I("2017 – 2019", "House Officer", "Hospital Sultanah Aminah, Johor Bahru"),
                             I("2019 – 2023", "Medical Officer, Nephrology unit", "Hospital Selayang, Selangor")]),
            S("US Clinical Experience", [
                I("2024.02 – 2024.04", "Hands-on Externship, Internal Medicine", "Einstein Medical Center Philadelphia"),
                I("2024.05", "Observership, Nephrology", "Vanderbilt University Medical Center, Nashville")]),
            S("Examinations", ["USMLE Step 1: 238 (2019)", "USMLE Step 2 CK: 245 (2021)", "MRCP (UK) Part 1: passed", "ECFMG: Certified"]),
            dict(S("Publications", ["Lim WJ, Wong HS. Peritoneal dialysis peritonitis in Malaysia. Perit Dial Int. 2021;41(5):476-482.",
                               "Lim WJ, et al. SGLT2 inhibitors in diabetic CKD: Malaysian registry. Nephrology (Carlton). 2022;27(8):650-657.",
                               "Lim WJ, Wong HS. Hyperkalemia management audit. Med J Malaysia. 2023;78(2):190-195."]), **{"break": True}),
            S("Languages", ["Malay, English, Chinese (Mandarin), Cantonese"]),
            S("Visa", ["J-1 visa required"]),
            S("Interests", ["Internal Medicine residency leading to Nephrology fellowship"]),
            S("Referees", [I("", "Dato' Dr. Wong Hin Seng", "Hospital Selayang", "hswong.ref@moh-ref.gov.my"),
                           I("", "Dr. Rachel Ortiz", "Einstein Medical Center Philadelphia", "+1 215 456 7890")]),
        ]),
    truth=dict(full_name="Lim Wei Jie", email="weijie.lim88@gmail.com", phone_e164="+60162238841",
               medical_school="Universiti Malaya", medical_school_country="MY",
               graduation_year=2017, is_student=False, usmle_step1=238, usmle_step2ck=245, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Nephrology"],
               languages=["Malay", "English", "Chinese", "Cantonese"], publications=3,
               usce_entries=[U("hands_on", "Internal Medicine", "PA", "2024-02", "2024-04"),
                             U("observership", "Nephrology", "TN", "2024-05", "2024-05")]),
    tricky="two-page image-only PDF; MRCP not USMLE; Philadelphia in the hospital name only",
)

PEOPLE["021"] = dict(
    layout="scan_jpg", fmt="jpg",
    cv=dict(
        name="PHAM Quoc Bao", native="", title="MD",
        tagline="General Surgery",
        contacts=[("Email", "bao.pham.hue@gmail.com"), ("Phone", "+84 935 118 240"), ("Address", "Hue City, Vietnam")],
        sections=[
            S("Education", [I("2013 – 2019", "Doctor of Medicine (6-year program)", "Hue University of Medicine and Pharmacy, Hue, Vietnam")]),
            S("Experience", [I("2019 – 2024", "Surgical resident / general practitioner", "Hue Central Hospital"),
                             I("2025.10 – 2025.11", "Observership, General Surgery", "Massachusetts General Hospital, Boston")]),
            S("Exams", ["USMLE Step 1: Pass (2024)"]),
            S("Languages", ["Vietnamese, English"]),
            S("Interest", ["General Surgery"]),
        ]),
    truth=dict(full_name="Pham Quoc Bao", email="bao.pham.hue@gmail.com", phone_e164="+84935118240",
               medical_school="Hue University of Medicine and Pharmacy", medical_school_country="VN",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None, specialties=["General Surgery"],
               languages=["Vietnamese", "English"], publications=0,
               usce_entries=[U("observership", "General Surgery", "MA", "2025-10", "2025-11")]),
    tricky="JPEG photo rotated -1.5 deg; sparse CV, many nulls",
)

DAMAGED = {
    "022": dict(layout="truncated_docx", fmt="docx", src="005", tricky="python-docx file cut to 45% (no zip central directory)"),
    "023": dict(layout="encrypted_pdf", fmt="pdf", src="001", tricky="Chromium PDF encrypted with a user password (pypdf, RC4-128)"),
    "024": dict(layout="random_bytes_pdf", fmt="pdf", src=None, tricky="random bytes after a fake '%PDF-1.7' line"),
}


def month_set(entries, clinical_only=False):
    ms = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            ms.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return ms


def fname(nnn, p):
    return f"w29_{nnn}_{p['layout']}.{p['fmt']}"


def build_truth():
    rows = []
    keys = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
            "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status",
            "specialties", "languages", "publications"]
    for nnn in sorted(list(PEOPLE) + list(DAMAGED)):
        if nnn in DAMAGED:
            d = DAMAGED[nnn]
            rows.append({"file": fname(nnn, d), "layout": d["layout"], "error": True})
            continue
        p = PEOPLE[nnn]
        t = p["truth"]
        row = {"file": fname(nnn, p), "layout": p["layout"]}
        for k in keys:
            row[k] = t[k]
        row["usce_months"] = len(month_set(t["usce_entries"]))
        row["usce_months_clinical"] = len(month_set(t["usce_entries"], True))
        row["usce_entries"] = t["usce_entries"]
        if p["layout"].startswith("scan"):
            row["needs_ocr"] = True
        rows.append(row)
    return rows
