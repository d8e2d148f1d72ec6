# -*- coding: utf-8 -*-
"""CV content + truth for helper w25. Each person: 'truth' (contract fields) and 'cv' (what is printed).
cv = {name, native, tagline, contacts:[str], sections:[(title, [item])]}; item = str or (date, what, detail)."""

IM, FM, PED, PSY, NEU, GS, OB, EM, AN, RAD, PATH, CARD, GI, NEPH, PCC, ENDO, RHEU, HO, ID, GER = (
    "Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
    "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
    "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
    "Hematology/Oncology", "Infectious Disease", "Geriatrics")


def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}


PEOPLE = []

# 1 Nigeria - Europass ODT (odfpy)
PEOPLE.append(dict(
    layout="odt_europass", kind="readable", ext="odt",
    truth=dict(full_name="Chinedu Emeka Okonkwo", email="chinedu.okonkwo.md@gmail.com", phone_e164="+2348035550147",
               medical_school="University of Ibadan College of Medicine", medical_school_country="NG",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=243, usmle_step3=None,
               ecfmg_status="certified", specialties=[IM, CARD], languages=["English", "Igbo", "Yoruba", "French"],
               visa_status="b1b2", publications=2,
               usce_entries=[E("hands_on", IM, "MD", "2023-04", "2023-06"), E("observership", CARD, "TX", "2024-06", "2024-08")]),
    cv=dict(name="Chinedu Emeka Okonkwo", native=None, tagline="Medical Doctor (MBBS) | ECFMG Certified",
            contacts=["Address: 14 Awolowo Avenue, Bodija, Ibadan, Oyo State, Nigeria",
                      "Telephone: +234 803 555 0147", "Email: chinedu.okonkwo.md@gmail.com",
                      "Date of birth: 12/03/1996 | Nationality: Nigerian", "Sex: Male"],
            sections=[
                ("DESIRED EMPLOYMENT / OCCUPATIONAL FIELD", ["Residency in Internal Medicine (Match 2027); long-term interest in Cardiology"]),
                ("WORK EXPERIENCE", [
                    ("06/2024 – 08/2024", "Clinical Observer, Cardiology – Baylor St. Luke's Medical Center, Houston, TX, USA",
                     "Summer 2024 observership: echo lab, cath conference, heart-failure clinic."),
                    ("04/2023 – 06/2023", "Externship (hands-on), Internal Medicine – University of Maryland Medical Center, Baltimore, MD, USA",
                     "Admitted and presented patients on wards; wrote progress notes under supervision."),
                    ("09/2022 – 02/2023", "Clinical Fellow (Acute Medicine) – NHS Lothian, Royal Infirmary of Edinburgh, UK",
                     "Non-training post; on-call rota for acute medical admissions."),
                    ("01/2021 – 12/2021", "House Officer – University College Hospital, Ibadan, Nigeria",
                     "Rotations in Internal Medicine, Surgery, Paediatrics, O&G."),
                ]),
                ("EDUCATION AND TRAINING", [
                    ("2014 – 2021", "MBBS – University of Ibadan College of Medicine, Ibadan, Nigeria", "Distinction in Pharmacology"),
                ]),
                ("EXAMINATIONS", ["USMLE Step 1: PASS (2022)", "USMLE Step 2 CK: 243 (2023)",
                                   "NBME CCSSA practice: 251 (not an official score)", "PLAB 1: Passed (2022)",
                                   "ECFMG Certified (2023)"]),
                ("PERSONAL SKILLS", ["Mother tongue(s): Igbo", "Other language(s): English (C2), Yoruba (B2), French (A2)",
                                     "Digital skills: Epic (student access), Microsoft Office, SPSS"]),
                ("PUBLICATIONS", [
                    "1. Okonkwo CE, Adebayo T. Hypertension control in rural Oyo State. Niger J Clin Pract. 2022;25(4):311-7.",
                    "2. Bello K, Okonkwo CE, et al. Sickle cell crises in adults: a 5-year review. Pan Afr Med J. 2023;44:88.",
                    "Poster: Okonkwo CE. Echo findings in peripartum cardiomyopathy. ACC Middle East 2024 (poster).",
                ]),
                ("VISA", ["Will require B1/B2 visa for clinical rotations in the United States."]),
                ("REFERENCES", ["Dr. Rebecca Haines, MD – Associate Professor of Medicine, University of Maryland; +1 (410) 555-0192; rhaines@som.umaryland.example.edu",
                                "Prof. Adewale Ogunleye – UCH Ibadan; +234 802 555 0110; a.ogunleye@uch-ibadan.example.ng"]),
            ])))

# 2 Kenya - Europass via odfpy -> LibreOffice PDF
PEOPLE.append(dict(
    layout="pdf_europass_lo", kind="readable", ext="pdf",
    truth=dict(full_name="Grace Wanjiru Njoroge", email="grace.njoroge@outlook.com", phone_e164="+254722555318",
               medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
               specialties=[FM, PED], languages=["English", "Swahili", "Kikuyu"], visa_status=None, publications=1,
               usce_entries=[E("observership", PED, "NY", "2023-09", "2023-10"), E("telehealth", FM, "FL", "2024-01", "2024-02")]),
    cv=dict(name="Grace Wanjiru Njoroge", native=None, tagline="MBChB — Family Medicine applicant",
            contacts=["Nairobi, Kenya (Westlands)", "+254 722 555 318", "grace.njoroge@outlook.com",
                      "Born 1995 · Kenyan"],
            sections=[
                ("PERSONAL STATEMENT", ["Primary-care minded physician seeking Family Medicine or Pediatrics residency."]),
                ("WORK EXPERIENCE", [
                    ("Jan 2024 – Feb 2024", "US Telehealth Clinical Rotation, Family Medicine — AdventHealth Primary Care (virtual), Orlando, FL",
                     "Remote patient encounters via video, supervised by US attending."),
                    ("Sept 2023 – Oct 2023", "Observership, Pediatrics — NYU Langone Hassenfeld Children's Hospital, New York, NY", ""),
                    ("2022 – present", "Medical Officer — Kenyatta National Hospital, Nairobi, Kenya", "Paediatric emergency unit."),
                    ("Mar 2022 – Aug 2022", "Research Assistant — McMaster University, Hamilton, ON, Canada",
                     "Global child-health cohort (not clinical)."),
                    ("2020 – 2021", "Medical Intern — Kiambu Level 5 Hospital, Kenya", ""),
                ]),
                ("EDUCATION AND TRAINING", [("2014 – 2020", "Bachelor of Medicine and Bachelor of Surgery (MBChB) — University of Nairobi, Kenya", "")]),
                ("USMLE / ECFMG", ["Step 1 — Pass", "Step 2 CK — 238", "NBME Form 13 (practice) — 245",
                                   "ECFMG Certificate — issued 2024"]),
                ("LANGUAGES", ["English — proficient", "Swahili — native", "Kikuyu — native"]),
                ("PUBLICATIONS", ["Njoroge GW, Otieno P. Neonatal sepsis in Kiambu County. East Afr Med J. 2023;100(2):45-52.",
                                  "Abstract (accepted): Njoroge GW. Malaria RDT use in children. ASTMH 2024."]),
                ("REFEREES", ["Dr. Peter Otieno — Senior Lecturer, Paediatrics, UoN — +254 733 555 901 — potieno@uonbi.example.ac.ke",
                              "Dr. Linda Marsh, MD — AdventHealth — (407) 555-0148 — linda.marsh@adventhealth.example.com"]),
            ])))

# 3 China - reportlab, dates on right margin
PEOPLE.append(dict(
    layout="pdf_reportlab_rightdates", kind="readable", ext="pdf",
    truth=dict(full_name="Jiaqi Wang", email="wangjiaqi.pumc@163.com", phone_e164="+8613811556720",
               medical_school="Peking Union Medical College", medical_school_country="CN", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=256, usmle_step3=None, ecfmg_status="certified",
               specialties=[HO, IM], languages=["Chinese", "English", "Japanese"], visa_status="j1", publications=4,
               usce_entries=[E("research", HO, "TX", "2023-04", "2024-03"), E("observership", IM, "MA", "2024-05", "2024-06")]),
    cv=dict(name="Jiaqi Wang", native="王佳琪", tagline="MD · Hematology/Oncology research",
            contacts=["wangjiaqi.pumc@163.com", "+86 138 1155 6720", "Dongcheng District, Beijing 100730, China"],
            sections=[
                ("EDUCATION", [("2011.09 – 2019.07", "Peking Union Medical College (Tsinghua University), Beijing", "Doctor of Medicine (MD), 8-year program"),
                               ("2019.08 – 2022.07", "Peking Union Medical College Hospital", "Standardized Residency Training, Internal Medicine (China)")]),
                ("US EXPERIENCE", [("2023.04 – 2024.03", "Postdoctoral Research Fellow, Dept. of Leukemia", "MD Anderson Cancer Center, Houston, TX"),
                                   ("2024.05 – 2024.06", "Clinical Observership, General Internal Medicine", "Massachusetts General Hospital, Boston, MA")]),
                ("CLINICAL EXPERIENCE (CHINA)", [("2022.08 – 2023.03", "Attending physician, Hematology", "PUMCH, Beijing")]),
                ("USMLE", ["Step 1: Pass (2021)", "Step 2 CK: 256 (2022)", "Step 2 CS: eligible but exam discontinued",
                           "ECFMG certified: 2022"]),
                ("INTERESTS", ["Hematology/Oncology fellowship after Internal Medicine residency"]),
                ("PUBLICATIONS", ["Wang J, et al. FLT3 inhibitors in relapsed AML. Blood Adv. 2024;8:1120-9.",
                                  "Wang J, Li H. Venetoclax-based regimens in elderly AML. Leuk Res. 2023;130:107311.",
                                  "Zhang Y, Wang J. CAR-T toxicity in Chinese cohort. Chin Med J. 2022;135:2201-8.",
                                  "Wang J, Zhou D. TP53-mutated MDS outcomes. Ann Hematol. 2021;100:1543-50.",
                                  "Wang J. Menin inhibitors review. (manuscript in preparation)"]),
                ("LANGUAGES", ["Mandarin Chinese (native), English (fluent, TOEFL 112), Japanese (JLPT N2)"]),
                ("VISA", ["J-1 sponsorship needed (ECFMG-sponsored J-1 for residency)"]),
                ("REFERENCES", ["Naval Daver, MD — MD Anderson — +1 713-555-0164 — ndaver.ref@mdanderson.example.org",
                                "Prof. Zhou Daobin — PUMCH — +86 10 6915 5555 — zhoudb@pumch.example.cn"]),
            ])))

# 4 Japan - reportlab 3-column table
PEOPLE.append(dict(
    layout="pdf_reportlab_3coltable", kind="readable", ext="pdf",
    truth=dict(full_name="Haruka Sato", email="haruka.sato.md@icloud.com", phone_e164="+819055513377",
               medical_school="Keio University School of Medicine", medical_school_country="JP", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="pending",
               specialties=[EM, AN], languages=["Japanese", "English"], visa_status=None, publications=1,
               usce_entries=[E("hands_on", EM, "HI", "2024-02", "2024-03"), E("hands_on", AN, "CA", "2024-03", "2024-04")]),
    cv=dict(name="Haruka Sato", native="佐藤 遥", tagline="Curriculum Vitae",
            contacts=["E-mail: haruka.sato.md@icloud.com", "Mobile: 090-5551-3377 (Japan, +81)", "Shinjuku-ku, Tokyo, Japan"],
            sections=[
                ("Education", [("04/2016 – 03/2022", "Keio University School of Medicine, Tokyo", "M.D. (Igakushi)")]),
                ("Clinical Training", [
                    ("04/2022 – 03/2024", "St. Luke's International Hospital, Tokyo", "Initial (junior) residency, Japan"),
                    ("02/2024 – 03/2024", "The Queen's Medical Center, Honolulu, HI", "Emergency Medicine sub-internship (hands-on)"),
                    ("03/2024 – 04/2024", "UC San Diego Health, San Diego, CA", "Anesthesiology elective, hands-on, overlapping final week of March"),
                    ("05/2024 – present", "Tokyo Bay Urayasu Ichikawa Medical Center, Chiba", "Emergency Medicine senior resident")]),
                ("Examinations", [("2023", "USMLE Step 1", "Pass"), ("2024", "USMLE Step 2 CK", "249"),
                                  ("2024", "OET Medicine", "A/B"), ("—", "ECFMG", "Certification pending (Pathway 3 submitted)")]),
                ("Career Goal", ["Emergency Medicine residency; Anesthesiology as second choice."]),
                ("Publication", ["Sato H, Tanaka K. Door-to-CT time in stroke alerts at a Japanese ED. Acute Med Surg. 2023;10:e842."]),
                ("Languages", ["Japanese (native), English (business level)"]),
                ("References", ["Dr. Keiko Yamamoto, St. Luke's — yamamoto.k@luke.example.or.jp — +81 3-5550-2200"]),
            ])))

# 5 Egypt - fpdf2 coloured heading bars
PEOPLE.append(dict(
    layout="pdf_fpdf2_colorbars", kind="readable", ext="pdf",
    truth=dict(full_name="Youssef Abdelrahman El-Sayed", email="y.elsayed.kasralainy@gmail.com", phone_e164="+201005552384",
               medical_school="Cairo University Faculty of Medicine (Kasr Al-Ainy)", medical_school_country="EG",
               graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=218,
               ecfmg_status="certified", specialties=[NEPH, IM], languages=["Arabic", "English", "German"],
               visa_status="b1b2", publications=3,
               usce_entries=[E("hands_on", NEPH, "MI", "2023-01", "2023-03"), E("research", NEPH, "OH", "2023-06", "2026-12")]),
    cv=dict(name="Youssef Abdelrahman El-Sayed", native=None, tagline="MBBCh | Aspiring Nephrologist",
            contacts=["Phone/WhatsApp: +20 100 555 2384", "Email: y.elsayed.kasralainy@gmail.com", "Giza, Egypt  |  DOB: 1994"],
            sections=[
                ("OBJECTIVE", ["Internal Medicine residency with a pathway to Nephrology fellowship."]),
                ("EDUCATION", [("2012 – 2018", "Bachelor of Medicine and Surgery (MBBCh)", "Cairo University Faculty of Medicine (Kasr Al-Ainy), Egypt — Very Good with Honours")]),
                ("US CLINICAL EXPERIENCE", [
                    ("2023-06 – ongoing", "Research Fellow, Division of Nephrology & Hypertension", "Cleveland Clinic, Cleveland, OH"),
                    ("2023-01 – 2023-03", "Hands-on Externship, Nephrology", "Henry Ford Hospital, Detroit, MI")]),
                ("OTHER CLINICAL EXPERIENCE", [
                    ("2019-03 – 2022-11", "Resident, Internal Medicine", "Kasr Al-Ainy Hospital, Cairo"),
                    ("2018-03 – 2019-02", "House Officer (internship)", "Cairo University Hospitals"),
                    ("2022-12", "Locum physician", "King Fahad Medical City, Riyadh, Saudi Arabia")]),
                ("USMLE", ["Step 1: Pass  |  Step 2 CK: 232  |  Step 3: 218", "ECFMG Certified (2021)"]),
                ("PUBLICATIONS", ["1. El-Sayed YA, et al. APOL1 risk variants in Egyptian CKD. Kidney Int Rep. 2024;9:1502-10.",
                                  "2. El-Sayed YA, Hassan M. Contrast nephropathy after PCI. Clin Nephrol. 2023;99:210-6.",
                                  "3. Rahman S, El-Sayed YA. SGLT2i in diabetic kidney disease. Nephron. 2022;146:455-62.",
                                  "Abstracts: ASN Kidney Week 2023 (2 abstracts, poster presentations)"]),
                ("LANGUAGES", ["Arabic (native) · English (fluent) · German (B1, Goethe certificate)"]),
                ("VISA STATUS", ["Holds B1/B2 visa (valid to 2028)"]),
                ("REFERENCES", ["Dr. Georges Nakhoul, Cleveland Clinic — +1 216-555-0173 — nakhoul.g@ccf.example.org"]),
            ])))

# 6 Uzbekistan - RTF
PEOPLE.append(dict(
    layout="rtf_plain", kind="readable", ext="rtf",
    truth=dict(full_name="Dilnoza Karimova", email="dilnoza.karimova@mail.ru", phone_e164="+998901554412",
               medical_school="Tashkent Medical Academy", medical_school_country="UZ", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=[NEU, PSY], languages=["Uzbek", "Russian", "English", "Turkish"], visa_status="b1b2",
               publications=0,
               usce_entries=[E("observership", NEU, "NY", "2024-03", "2024-03"), E("telehealth", PSY, "TX", "2024-07", "2024-08")]),
    cv=dict(name="Dilnoza Karimova", native="Дилноза Каримова", tagline="Medical Doctor (Tashkent)",
            contacts=["Tel.: +998 (90) 155-44-12", "E-mail: dilnoza.karimova@mail.ru", "Tashkent, Yunusabad district, Uzbekistan"],
            sections=[
                ("Objective", ["Seeking US clinical experience toward Neurology residency; also interested in Psychiatry."]),
                ("Education", [("2015 – 2021", "Tashkent Medical Academy", "Doctor of Medicine (General Medicine), diploma with honours"),
                               ("2021 – 2023", "Tashkent Medical Academy", "Clinical ordinatura (residency), Neurology — Uzbekistan")]),
                ("U.S. Clinical Experience", [
                    ("03/2024", "Clinical Observership, Neurology", "Mount Sinai Hospital, New York, NY (4 weeks)"),
                    ("07/2024 – 08/2024", "Telehealth Rotation, Psychiatry (virtual)", "UTHealth Houston, TX — remote")]),
                ("Other Experience", [("09/2023 – 12/2023", "Visiting Physician, Neurology", "Sechenov University Clinic, Moscow, Russia")]),
                ("Examinations", ["USMLE Step 1 — PASS (2023)", "USMLE Step 2 CK — scheduled for January 2027",
                                  "Step 2 CS — not taken (exam discontinued)", "ECFMG certification — in progress"]),
                ("Languages", ["Uzbek — native; Russian — fluent; English — upper-intermediate (IELTS 7.0); Turkish — basic"]),
                ("Visa", ["Will require B1/B2 visa."]),
                ("References", ["Dr. Aziz Rakhimov, Head of Neurology, TMA — +998 71 555 0199 — a.rakhimov@tma.example.uz"]),
            ])))

# 7 Russia - plain text ASCII rules
PEOPLE.append(dict(
    layout="txt_ascii_rules", kind="readable", ext="txt",
    truth=dict(full_name="Aleksandr Volkov", email="a.volkov.md@yandex.ru", phone_e164="+12675550139",
               medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU",
               graduation_year=2017, is_student=False, usmle_step1=241, usmle_step2ck=247, usmle_step3=None,
               ecfmg_status="certified", specialties=[AN, PCC], languages=["Russian", "English", "Spanish"],
               visa_status="green_card", publications=5,
               usce_entries=[E("hands_on", PCC, "IL", "2022-07", "2022-09"), E("hands_on", AN, "NJ", "2023-01", "2023-01"),
                             E("research", AN, "PA", "2023-02", "2024-01")]),
    cv=dict(name="Aleksandr Volkov", native="Александр Волков", tagline="MD (Russia) | US Permanent Resident",
            contacts=["Philadelphia, PA 19104", "Cell: (267) 555-0139", "a.volkov.md@yandex.ru"],
            sections=[
                ("SPECIALTY INTEREST", ["Anesthesiology; Pulmonary & Critical Care"]),
                ("EDUCATION", [("2011 - 2017", "Pirogov Russian National Research Medical University, Moscow", "Doctor of Medicine (Lechebnoe delo / General Medicine)"),
                               ("2017 - 2019", "Bakulev Center, Moscow", "Ordinatura (residency), Anesthesiology & Reanimatology")]),
                ("USCE", [("Jul 2022 - Sep 2022", "Sub-internship, MICU (hands-on)", "Rush University Medical Center, Chicago, IL"),
                          ("Jan 2023", "Externship, Anesthesiology (hands-on, 4 wks)", "Hackensack University Medical Center, NJ"),
                          ("Feb 2023 - Jan 2024", "Research Fellow, Anesthesiology & Critical Care", "Penn Medicine, Philadelphia, PA")]),
                ("WORK (RUSSIA)", [("2019 - 2022", "Anesthesiologist", "City Clinical Hospital No. 1, Moscow")]),
                ("USMLE", ["Step 1 .......... 241", "Step 2 CK ....... 247", "Step 3 .......... not yet taken",
                           "NBME practice (CCSSA) 250, UWSA2 255 - practice only", "ECFMG .......... Certified (2021)"]),
                ("PUBLICATIONS (peer-reviewed: 5)", [
                    "1. Volkov A, et al. Anesthesiology. 2024;140:88-97.", "2. Volkov A, Smith J. Br J Anaesth. 2023;131:e12-14.",
                    "3. Volkov A. Crit Care Med. 2023;51:1022-30.", "4. Petrov I, Volkov A. Anesteziol Reanimatol. 2020;(3):44-50.",
                    "5. Volkov A, et al. Vestn Anesteziol. 2019;16:31-7.", "Poster: ASA Annual Meeting 2023"]),
                ("LANGUAGES", ["Russian (native), English (fluent), Spanish (conversational)"]),
                ("STATUS", ["US Permanent Resident (Green Card holder) - no visa sponsorship required"]),
                ("REFERENCES", ["Dr. Michael Reyes - Penn Medicine - (215) 555-0177 - mreyes@pennmedicine.example.org"]),
            ])))

# 8 Ghana - plain text, different ASCII style
PEOPLE.append(dict(
    layout="txt_ascii_boxes", kind="readable", ext="txt",
    truth=dict(full_name="Kwame Asante", email="kwame.asante@yahoo.com", phone_e164="+447700900412",
               medical_school="Kwame Nkrumah University of Science and Technology School of Medicine and Dentistry",
               medical_school_country="GH", graduation_year=2019, is_student=False, usmle_step1="pass",
               usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", specialties=[FM],
               languages=["English", "Twi", "Ga"], visa_status="j1", publications=0,
               usce_entries=[E("hands_on", FM, "GA", "2022-10", "2022-12"), E("observership", IM, "GA", "2023-01", "2023-01")]),
    cv=dict(name="Kwame Asante", native=None, tagline="MBChB, PLAB-certified, GMC registered",
            contacts=["Leeds LS6, United Kingdom", "Mob (UK): 07700 900412", "kwame.asante@yahoo.com"],
            sections=[
                ("CAREER AIM", ["Family Medicine residency in the US (2027 Match)."]),
                ("MEDICAL EDUCATION", [("2013 - 2019", "KNUST School of Medicine and Dentistry, Kumasi, Ghana", "MBChB (Kwame Nkrumah University of Science and Technology)")]),
                ("US CLINICAL EXPERIENCE", [("Oct 2022 - Dec 2022", "Family Medicine clerkship, hands-on", "Morehouse School of Medicine, Atlanta, GA"),
                                            ("January 2023", "Internal Medicine observership", "Emory University Hospital, Atlanta, GA")]),
                ("UK / GHANA EXPERIENCE (NOT US)", [("Aug 2023 - present", "Trust Grade Doctor (FY2 level)", "Leeds Teaching Hospitals NHS Trust, UK"),
                                                    ("2019 - 2021", "House Officer", "Komfo Anokye Teaching Hospital, Kumasi")]),
                ("EXAMS", ["USMLE Step 1: PASS", "USMLE Step 2 CK: 229", "PLAB 1 & 2: Passed (2022)", "ECFMG: Certified"]),
                ("LANGUAGES", ["English, Twi (Akan), Ga"]),
                ("VISA", ["J-1 visa required for residency."]),
                ("REFEREES", ["Dr. Sandra Owusu, MD - Morehouse Family Medicine - +1 404 555 0126 - sowusu@msm.example.edu",
                              "Mr. Daniel Brooks, Consultant - Leeds - 07700 900555 - d.brooks@nhs.example.uk"]),
            ])))

# 9 South Korea - DOCX, contacts only in footer + text box
PEOPLE.append(dict(
    layout="docx_footer_textbox", kind="readable", ext="docx",
    truth=dict(full_name="Min-jun Kim", email="minjun.kim.rad@naver.com", phone_e164="+821055518842",
               medical_school="Yonsei University College of Medicine", medical_school_country="KR", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified",
               specialties=[RAD], languages=["Korean", "English"], visa_status=None, publications=6,
               usce_entries=[E("research", RAD, "MA", "2021-09", "2023-08"), E("observership", RAD, "MA", "2023-09", "2023-10")]),
    cv=dict(name="Min-jun Kim", native="김민준", tagline="Diagnostic Radiology applicant",
            contacts=["minjun.kim.rad@naver.com", "+82 10-5551-8842", "Seodaemun-gu, Seoul"],
            sections=[
                ("Education", [("2014 – 2020", "Yonsei University College of Medicine, Seoul, Korea", "Doctor of Medicine (M.D.)")]),
                ("Research", [("09/2021 – 08/2023", "Research Fellow, Department of Radiology", "Brigham and Women's Hospital / Harvard Medical School, Boston, MA")]),
                ("US Clinical Experience", [("09/2023 – 10/2023", "Observership, Abdominal Imaging", "Massachusetts General Hospital, Boston, MA")]),
                ("Korean Experience", [("2020 – 2021", "Rotating intern", "Severance Hospital, Seoul"),
                                       ("2018 – 2020", "Public health doctor (military service alternative)", "Jeju-do")]),
                ("USMLE", ["Step 1 Pass · Step 2 CK 260 · ECFMG certified 2022"]),
                ("Publications (peer-reviewed)", [
                    "Kim M, et al. Radiology. 2023;307:e221450.", "Kim M, et al. AJR. 2023;220:512-20.",
                    "Kim M, Lee S. Eur Radiol. 2022;32:7701-9.", "Park J, Kim M. Korean J Radiol. 2022;23:1180-9.",
                    "Kim M, et al. J Digit Imaging. 2022;35:1601-10.", "Kim M, et al. Acad Radiol. 2021;28:1439-47."]),
                ("Posters", ["RSNA 2022 (2 posters)"]),
                ("Languages", ["Korean (native), English (fluent)"]),
                ("Reference", ["Dr. Hiroto Hatabu, BWH — +1 617-555-0190 — hhatabu.ref@bwh.example.org"]),
            ])))

# 10 Vietnam - python-docx -> LibreOffice PDF? keep as docx with table
PEOPLE.append(dict(
    layout="docx_contact_table", kind="readable", ext="docx",
    truth=dict(full_name="Nguyễn Thị Thu Hà", email="thuha.nguyen.hmu@gmail.com", phone_e164="+84912555067",
               medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="pending",
               specialties=[PED, ID], languages=["Vietnamese", "English", "French"], visa_status="b1b2", publications=2,
               usce_entries=[E("hands_on", PED, "CA", "2024-04", "2024-06"), E("hands_on", ID, "CA", "2024-06", "2024-06")]),
    cv=dict(name="Nguyễn Thị Thu Hà", native=None, tagline="Doctor of Medicine — Pediatrics",
            contacts=["thuha.nguyen.hmu@gmail.com", "0912 555 067 (VN)", "Đống Đa, Hà Nội, Việt Nam", "DOB: 1998"],
            sections=[
                ("Education", [("2016 – 2022", "Hanoi Medical University (Trường Đại học Y Hà Nội)", "Doctor of Medicine (General Practitioner, 6-year)")]),
                ("US Clinical Rotations", [("April–June 2024", "Pediatrics, hands-on clerkship", "Children's Hospital Los Angeles, Los Angeles, CA"),
                                           ("June 2024", "Pediatric Infectious Disease consults (concurrent, 2 weeks)", "Children's Hospital Los Angeles, CA")]),
                ("Other Experience", [("2023.01 – 2023.12", "Resident physician", "Vietnam National Children's Hospital, Hanoi"),
                                      ("Summer 2023", "Observership (Canada)", "The Hospital for Sick Children, Toronto, ON")]),
                ("Exams", ["USMLE Step 1: Pass (2023)", "Step 2 CK: 240", "ECFMG: pending (OET result awaited)"]),
                ("Interests", ["Pediatrics; Pediatric Infectious Disease"]),
                ("Publications", ["Nguyen TTH, et al. Dengue shock in children. PLoS Negl Trop Dis. 2023;17:e0011200.",
                                  "Tran VD, Nguyen TTH. Hand-foot-mouth disease outbreaks. BMC Infect Dis. 2022;22:811.",
                                  "Nguyen TTH. Antibiotic stewardship in NICU (submitted)."]),
                ("Languages", ["Vietnamese (native), English (IELTS 7.5), French (DELF B1)"]),
                ("Visa", ["B1/B2 visa will be required"]),
                ("References", ["Dr. Pia Pannaraj, CHLA — +1 323-555-0111 — ppannaraj@chla.example.org"]),
            ])))

# 11 Ethiopia - student, fpdf2
PEOPLE.append(dict(
    layout="pdf_fpdf2_student", kind="readable", ext="pdf",
    truth=dict(full_name="Meron Tesfaye Alemu", email="meron.tesfaye@aau.edu.et", phone_e164="+251911553204",
               medical_school="Addis Ababa University College of Health Sciences", medical_school_country="ET",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="not_certified", specialties=[IM, ID], languages=["Amharic", "English", "Tigrinya"],
               visa_status="b1b2", publications=1,
               usce_entries=[E("hands_on", IM, "MN", "2026-01", "2026-02")]),
    cv=dict(name="Meron Tesfaye Alemu", native=None, tagline="Medical Student (Year 5 of 6)",
            contacts=["meron.tesfaye@aau.edu.et", "+251 911 55 32 04", "Addis Ababa, Ethiopia"],
            sections=[
                ("EDUCATION", [("2021 – 2027 (expected)", "Doctor of Medicine (MD) — Addis Ababa University College of Health Sciences", "Expected graduation: July 2027; class rank top 10%")]),
                ("US ELECTIVE", [("January – February 2026", "Visiting student, Internal Medicine (hands-on sub-I)", "Hennepin Healthcare, Minneapolis, MN")]),
                ("CLINICAL CLERKSHIPS (ETHIOPIA)", [("2024 – present", "Core clerkships", "Tikur Anbessa Specialized Hospital, Addis Ababa")]),
                ("EXAMS", ["USMLE Step 1: Pass (2025)", "Step 2 CK: planned 2027", "NBME CBSSA practice: 72% predicted pass",
                           "ECFMG certification: not yet eligible (student)"]),
                ("INTERESTS", ["Internal Medicine, Infectious Disease (HIV/TB)"]),
                ("RESEARCH", ["Alemu MT, et al. MDR-TB outcomes in Addis Ababa. Ethiop Med J. 2025;63:101-8.",
                              "Poster: CUGH 2025, TB preventive therapy uptake"]),
                ("LANGUAGES", ["Amharic (native), English (fluent), Tigrinya (conversational)"]),
                ("VISA", ["Will require B1/B2 visa for elective rotations"]),
                ("REFEREE", ["Dr. Abebe Bekele, Dept. of Internal Medicine, AAU — +251 911 555 987 — abebe.bekele@aau.example.et"]),
            ])))

# 12 Kazakhstan - reportlab sidebar
PEOPLE.append(dict(
    layout="pdf_reportlab_sidebar", kind="readable", ext="pdf",
    truth=dict(full_name="Aigerim Zhaksylykova", email="aigerim.zhaksylykova@gmail.com", phone_e164="+77015553921",
               medical_school="Astana Medical University", medical_school_country="KZ", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
               specialties=[ENDO, IM], languages=["Kazakh", "Russian", "English"], visa_status="j1", publications=2,
               usce_entries=[E("observership", ENDO, "OH", "2023-05", "2023-06"), E("hands_on", IM, "FL", "2023-08", "2023-10")]),
    cv=dict(name="Aigerim Zhaksylykova", native="Айгерім Жақсылықова", tagline="MD · Internal Medicine / Endocrinology",
            contacts=["+7 701 555 39 21", "aigerim.zhaksylykova@gmail.com", "Astana, Kazakhstan", "Born 1997"],
            sections=[
                ("EDUCATION", [("2013 – 2020", "Astana Medical University, Kazakhstan", "Doctor of Medicine (General Medicine)"),
                               ("2020 – 2022", "National Research Medical Center, Astana", "Internship/residency, Endocrinology (KZ)")]),
                ("U.S. EXPERIENCE", [("May 2023 – Jun 2023", "Observership, Endocrinology", "University Hospitals Cleveland Medical Center, OH"),
                                     ("Aug 2023 – Oct 2023", "Hands-on externship, Internal Medicine", "Larkin Community Hospital, Miami, FL")]),
                ("EXAMS", ["USMLE Step 1 – Pass", "USMLE Step 2 CK – 236", "ECFMG – Certified (2023)"]),
                ("PUBLICATIONS", ["Zhaksylykova A, et al. Thyroid nodules in Kazakhstan. Endocr Connect. 2022;11:e220113.",
                                  "Zhaksylykova A, Nurpeisov T. GDM screening in Astana. Diabetes Res Clin Pract. 2021;178:108950."]),
                ("GOALS", ["Internal Medicine residency → Endocrinology fellowship"]),
                ("LANGUAGES", ["Kazakh (native), Russian (native), English (C1)"]),
                ("VISA", ["J-1 (ECFMG sponsorship) required"]),
                ("REFERENCES", ["Dr. Baha Arafah — UH Cleveland — +1 216-555-0133 — barafah@uhhospitals.example.org"]),
            ])))

# 13 Sudan - odfpy ODT -> LibreOffice DOCX
PEOPLE.append(dict(
    layout="docx_lo_from_odt", kind="readable", ext="docx",
    truth=dict(full_name="Mohamed Osman Elbashir", email="m.elbashir@nhs.net", phone_e164="+447911555730",
               medical_school="University of Khartoum Faculty of Medicine", medical_school_country="SD", graduation_year=2016,
               is_student=False, usmle_step1="pass", usmle_step2ck=226, usmle_step3=212, ecfmg_status="certified",
               specialties=[GS], languages=["Arabic", "English"], visa_status=None, publications=3,
               usce_entries=[E("hands_on", GS, "NY", "2019-07", "2019-09")]),
    cv=dict(name="Mohamed Osman Elbashir", native=None, tagline="MBBS (Khartoum), MRCS",
            contacts=["Mobile: +44 7911 555730", "Email: m.elbashir@nhs.net", "Birmingham, UK"],
            sections=[
                ("Profile", ["General surgeon in training seeking US General Surgery residency."]),
                ("Education", [("2010 – 2016", "MBBS, University of Khartoum Faculty of Medicine, Sudan", "")]),
                ("US Clinical Experience", [("Jul 2019 – Sep 2019", "Surgical externship (hands-on)", "SUNY Downstate / Kings County Hospital, Brooklyn, NY")]),
                ("Employment", [("2020 – present", "Specialty Doctor (Registrar level), General Surgery", "University Hospitals Birmingham NHS FT, UK"),
                                ("2017 – 2019", "Medical Officer, Surgery", "Soba University Hospital, Khartoum")]),
                ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 226", "USMLE Step 3: 212", "MRCS (Royal College of Surgeons of England): 2021",
                                  "ECFMG: Certified"]),
                ("Publications", ["Elbashir MO, et al. Int J Surg. 2022;104:106745.", "Elbashir MO. Sudan J Med Sci. 2018;13:201-9.",
                                  "Ahmed A, Elbashir MO. BJS Open. 2023;7:zrad021."]),
                ("Languages", ["Arabic, English"]),
                ("Right to work", ["UK Skilled Worker visa (Health and Care)"]),
                ("Referees", ["Mr. James Hartley FRCS — +44 121 555 0199 — james.hartley@uhb.example.nhs.uk"]),
            ])))

# 14 China - Chromium print to PDF
PEOPLE.append(dict(
    layout="pdf_chromium_twocol", kind="readable", ext="pdf",
    truth=dict(full_name="Yang Liu", email="liuyang.fudan@qq.com", phone_e164="+8615921554873",
               medical_school="Fudan University Shanghai Medical College", medical_school_country="CN", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified",
               specialties=[GI, IM], languages=["Chinese", "English"], visa_status="h1b", publications=2,
               usce_entries=[E("research", GI, "CA", "2022-03", "2024-02"), E("hands_on", IM, "CA", "2024-03", "2024-04")]),
    cv=dict(name="Yang Liu", native="刘洋", tagline="MD | GI research fellow",
            contacts=["liuyang.fudan@qq.com", "Tel +86 159 2155 4873", "Shanghai, China"],
            sections=[
                ("Education", [("2013 – 2021", "Fudan University Shanghai Medical College", "MD (8-year program)")]),
                ("US Experience", [("Mar 2022 – Feb 2024", "Postdoctoral Scholar, Division of Gastroenterology", "Stanford University, Stanford, CA"),
                                   ("Mar 2024 – Apr 2024", "Hands-on clinical elective, Internal Medicine", "Stanford Health Care, CA")]),
                ("USMLE", ["Step 1 Pass; Step 2 CK 251; ECFMG certified (2023)"]),
                ("Career interest", ["Internal Medicine, then Gastroenterology fellowship"]),
                ("Publications", ["Liu Y, et al. Gastroenterology. 2024;166:301-12.", "Liu Y, et al. Gut. 2023;72:1800-9.",
                                  "Liu Y. Abstract, DDW 2023."]),
                ("Languages", ["Chinese (Mandarin, native), English (fluent)"]),
                ("Visa", ["Seeking H-1B sponsorship"]),
                ("Reference", ["Dr. Aida Habtezion — Stanford — +1 650-555-0181 — ahabtezion@stanford.example.edu"]),
            ])))

# 15 Nigeria - python-docx table -> LibreOffice PDF
PEOPLE.append(dict(
    layout="pdf_lo_from_docx_table", kind="readable", ext="pdf",
    truth=dict(full_name="Adaeze Chiamaka Nwosu", email="adaeze.nwosu@unilag-alumni.org", phone_e164="+2348091557734",
               medical_school="University of Lagos College of Medicine", medical_school_country="NG", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=235, usmle_step3=None, ecfmg_status=None,
               specialties=[OB], languages=["English", "Igbo", "Hausa"], visa_status="b1b2", publications=0,
               usce_entries=[E("observership", OB, "TX", "2024-10", "2024-11"), E("telehealth", OB, "IL", "2025-02", "2025-03")]),
    cv=dict(name="Adaeze Chiamaka Nwosu", native=None, tagline="MBBS — Obstetrics & Gynaecology",
            contacts=["adaeze.nwosu@unilag-alumni.org", "+234 809 155 7734", "Lekki, Lagos"],
            sections=[
                ("Education", [("2015 – 2022", "University of Lagos College of Medicine", "MBBS")]),
                ("Clinical Experience", [("10/2024 – 11/2024", "Observership, Obstetrics and Gynecology", "Texas Children's Pavilion for Women, Houston, TX"),
                                         ("02/2025 – 03/2025", "Telehealth rotation (virtual), OB/GYN", "Northwestern Medicine, Chicago, IL"),
                                         ("2023 – present", "Medical Officer, O&G", "Lagos University Teaching Hospital")]),
                ("Examinations", ["USMLE Step 1 – Pass", "USMLE Step 2 CK – 235", "UWorld self-assessment – 240 (practice)"]),
                ("Languages", ["English, Igbo, Hausa"]),
                ("Visa", ["Will require B1/B2 visa"]),
                ("Referee", ["Dr. Funmi Adeyemi — LUTH — +234 803 555 0421 — funmi.adeyemi@luth.example.ng"]),
            ])))

# 16 South Korea (second) - odfpy ODT plain
PEOPLE.append(dict(
    layout="odt_plain_korean", kind="readable", ext="odt",
    truth=dict(full_name="Seo-yeon Jeon", email="seoyeon.jeon@snu.ac.kr", phone_e164="+821055527719",
               medical_school="Seoul National University College of Medicine", medical_school_country="KR",
               graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=254, usmle_step3=None,
               ecfmg_status="certified", specialties=[PSY], languages=["Korean", "English", "Chinese"], visa_status=None,
               publications=1,
               usce_entries=[E("observership", PSY, "CT", "2025-03", "2025-05"), E("research", PSY, "CT", "2025-06", "2026-12")]),
    cv=dict(name="Seo-yeon Jeon", native="전서연", tagline="M.D. — Psychiatry",
            contacts=["seoyeon.jeon@snu.ac.kr", "010-5552-7719 (+82)", "Gwanak-gu, Seoul"],
            sections=[
                ("Education", [("2017 – 2023", "Seoul National University College of Medicine", "M.D.")]),
                ("US Experience", [("2025.03 – 2025.05", "Clinical observer, Psychiatry", "Yale New Haven Psychiatric Hospital, New Haven, CT"),
                                   ("2025.06 – current", "Postgraduate Research Associate, Psychiatry", "Yale School of Medicine, New Haven, CT")]),
                ("Korea", [("2023 – 2025", "Intern / junior resident", "Seoul National University Hospital")]),
                ("USMLE", ["Step 1: Pass", "Step 2 CK: 254", "ECFMG certified (2024)"]),
                ("Publications", ["Jeon S, et al. JAMA Psychiatry. 2025;82:140-8.", "Jeon S. Poster, APA 2025."]),
                ("Languages", ["Korean (native), English (fluent), Chinese (HSK 4)"]),
                ("References", ["Dr. John Krystal — Yale — +1 203-555-0145 — jkrystal.ref@yale.example.edu"]),
            ])))

# ---------------- scans ----------------
SCANS = []
SCANS.append(dict(
    layout="scan_pdf_kenya", kind="scan", ext="pdf",
    truth=dict(full_name="Samuel Otieno Ochieng", email="samuel.ochieng@gmail.com", phone_e164="+254712555640",
               medical_school="Moi University School of Medicine", medical_school_country="KE", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=230, usmle_step3=None, ecfmg_status="certified",
               specialties=[EM], languages=["English", "Swahili", "Luo"], visa_status="b1b2", publications=0,
               usce_entries=[E("hands_on", EM, "NC", "2023-05", "2023-07")]),
    cv=dict(name="Samuel Otieno Ochieng", native=None, tagline="MBChB",
            contacts=["+254 712 555 640", "samuel.ochieng@gmail.com", "Eldoret, Kenya"],
            sections=[
                ("Education", [("2013 – 2019", "Moi University School of Medicine, Eldoret", "MBChB")]),
                ("US Clinical Experience", [("May 2023 – Jul 2023", "Emergency Medicine externship (hands-on)", "Duke University Hospital, Durham, NC")]),
                ("Experience", [("2020 – present", "Medical Officer, A&E", "Moi Teaching and Referral Hospital")]),
                ("USMLE", ["Step 1: Pass   Step 2 CK: 230   ECFMG: Certified"]),
                ("Interest", ["Emergency Medicine"]),
                ("Languages", ["English, Swahili, Luo"]),
                ("Visa", ["Will require B1/B2 visa"]),
            ])))
SCANS.append(dict(
    layout="scan_pdf_nigeria", kind="scan", ext="pdf",
    truth=dict(full_name="Fatima Abubakar Bello", email="fatima.bello.abu@gmail.com", phone_e164="+2348065553310",
               medical_school="Ahmadu Bello University", medical_school_country="NG", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
               specialties=[PED], languages=["English", "Hausa", "Arabic"], visa_status="j1", publications=1,
               usce_entries=[E("observership", PED, "OH", "2024-01", "2024-02")]),
    cv=dict(name="Fatima Abubakar Bello", native=None, tagline="MBBS (ABU Zaria)",
            contacts=["fatima.bello.abu@gmail.com", "+234 806 555 3310", "Kaduna, Nigeria"],
            sections=[
                ("Education", [("2013 – 2020", "Ahmadu Bello University, Zaria", "MBBS")]),
                ("US Experience", [("01/2024 – 02/2024", "Pediatrics observership", "Cincinnati Children's Hospital, OH")]),
                ("Work", [("2021 – present", "Medical Officer, Paediatrics", "ABU Teaching Hospital")]),
                ("USMLE", ["Step 1: Pass, Step 2 CK: 241, ECFMG certified"]),
                ("Publication", ["Bello FA, et al. Niger J Paediatr. 2023;50:12-8."]),
                ("Interests", ["Pediatrics"]),
                ("Languages", ["English, Hausa, Arabic"]),
                ("Visa", ["J-1 sponsorship needed"]),
            ])))
SCANS.append(dict(
    layout="scan_pdf_uzbekistan", kind="scan", ext="pdf",
    truth=dict(full_name="Timur Rakhimov", email="timur.rakhimov@gmail.com", phone_e164="+998935557781",
               medical_school="Samarkand State Medical University", medical_school_country="UZ", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified",
               specialties=[CARD, IM], languages=["Uzbek", "Russian", "English"], visa_status="b1b2", publications=0,
               usce_entries=[E("hands_on", IM, "NY", "2023-02", "2023-04")]),
    cv=dict(name="Timur Rakhimov", native="Тимур Рахимов", tagline="MD",
            contacts=["timur.rakhimov@gmail.com", "+998 93 555 77 81", "Samarkand, Uzbekistan"],
            sections=[
                ("Education", [("2013 – 2019", "Samarkand State Medical University", "Doctor of Medicine")]),
                ("USCE", [("2023.02 – 2023.04", "Internal Medicine externship, hands-on", "Brookdale Hospital, Brooklyn, NY")]),
                ("Work", [("2019 – 2022", "Cardiologist (ordinatura)", "Republican Cardiology Center, Tashkent")]),
                ("USMLE", ["Step 1: Pass", "Step 2 CK: 233", "ECFMG: Certified"]),
                ("Goal", ["Internal Medicine residency, Cardiology fellowship"]),
                ("Languages", ["Uzbek, Russian, English"]),
                ("Visa", ["B1/B2 visa required"]),
            ])))
SCANS.append(dict(
    layout="scan_pdf_japan", kind="scan", ext="pdf",
    truth=dict(full_name="Hana Yoshida", email="hana.yoshida@gmail.com", phone_e164="+818055524410",
               medical_school="Osaka University Graduate School of Medicine", medical_school_country="JP",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None,
               ecfmg_status="certified", specialties=[NEU], languages=["Japanese", "English"], visa_status=None,
               publications=2,
               usce_entries=[E("research", NEU, "MD", "2022-04", "2023-03"), E("observership", NEU, "MD", "2023-04", "2023-04")]),
    cv=dict(name="Hana Yoshida", native=None, tagline="M.D.",
            contacts=["hana.yoshida@gmail.com", "+81 80-5552-4410", "Suita, Osaka"],
            sections=[
                ("Education", [("2015 – 2021", "Osaka University Graduate School of Medicine", "M.D.")]),
                ("US Experience", [("04/2022 – 03/2023", "Research fellow, Neurology", "Johns Hopkins University, Baltimore, MD"),
                                   ("04/2023", "Observership, Neurology", "Johns Hopkins Hospital, Baltimore, MD")]),
                ("USMLE", ["Step 1 Pass / Step 2 CK 245 / ECFMG Certified"]),
                ("Publications", ["Yoshida H, et al. Neurology. 2023;100:e1201.", "Yoshida H. Stroke. 2022;53:2101-9."]),
                ("Interest", ["Neurology"]),
                ("Languages", ["Japanese, English"]),
            ])))
SCANS.append(dict(
    layout="scan_jpg_photo_egypt", kind="scan", ext="jpg",
    truth=dict(full_name="Ahmed Mahmoud Farouk", email="ahmed.farouk.md@gmail.com", phone_e164="+201225553098",
               medical_school="Ain Shams University Faculty of Medicine", medical_school_country="EG", graduation_year=2017,
               is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified",
               specialties=[GS], languages=["Arabic", "English"], visa_status="j1", publications=0,
               usce_entries=[E("hands_on", GS, "NJ", "2022-08", "2022-10")]),
    cv=dict(name="Ahmed Mahmoud Farouk", native=None, tagline="MBBCh",
            contacts=["ahmed.farouk.md@gmail.com", "+20 122 555 3098", "Cairo, Egypt"],
            sections=[
                ("Education", [("2011 – 2017", "Ain Shams University Faculty of Medicine", "MBBCh")]),
                ("USCE", [("Aug 2022 – Oct 2022", "General Surgery externship (hands-on)", "Newark Beth Israel, Newark, NJ")]),
                ("USMLE", ["Step 1 Pass, Step 2 CK 228, ECFMG Certified"]),
                ("Interest", ["General Surgery"]),
                ("Languages", ["Arabic, English"]),
                ("Visa", ["J-1 visa required"]),
            ])))

DAMAGED = [("damaged_truncated_pdf", "pdf"), ("damaged_encrypted_pdf", "pdf"), ("damaged_random_bytes", "docx")]
