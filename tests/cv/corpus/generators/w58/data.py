# -*- coding: utf-8 -*-
"""CV content + truth for writer w58. Each person: display content and truth."""
P = []

def person(**kw):
    P.append(kw)

# 001 docx_table -- Nigeria
person(num=1, layout="docx_table", name="Chukwuemeka Obinna Nwankwo", title="MBBS", alt=None,
 contacts=["Email: emeka.nwankwo88@gmail.com", "Phone/WhatsApp: 0803 456 7812 (Nigeria)", "12 Ogui Road, Enugu, Nigeria", "Born: 1994"],
 sections=[
  ("Career Objective", ["Seeking a PGY-1 position in Internal Medicine (categorical). J-1 visa sponsorship required."]),
  ("Education", ["2013 – 11.2020  MBBS, University of Nigeria College of Medicine, Enugu Campus (graduated Jan 2021)",
                 "2011 – 2013  Pre-medical sciences, University of Nigeria, Nsukka"]),
  ("Examinations", ["USMLE Step 1: PASS (2023)", "USMLE Step 2 CK: 248 (08/2024)", "NBME CBSE practice: 235; UWSA2: 259 (practice only)",
                    "ECFMG Certified (October 2024)", "PLAB 1: passed 2022 (UK)"]),
  ("US Clinical Experience", ["09.2024 – 11.2024  Internal Medicine Observership, University of Maryland Medical Center, Baltimore, MD",
                              "2023/01 – 2023/12  Research Fellow, Cardiology, Cleveland Clinic Heart Vascular & Thoracic Institute, Cleveland, OH"]),
  ("Other Clinical Experience", ["2021/02 – 2022/02  House Officer (Internship), University of Nigeria Teaching Hospital, Ituku-Ozalla",
                                 "2022/09 – 2022/10  Clinical Attachment, Royal Stoke University Hospital, Stoke-on-Trent, UK",
                                 "2022/03 – present  Medical Officer (part-time), Mother of Christ Specialist Hospital, Enugu"]),
  ("Publications", ["1. Nwankwo CO, et al. Predictors of heart failure readmission in Nigeria. Niger J Clin Pract. 2023;26(4):455-61.",
                    "2. Nwankwo CO, Eze J. Hypertension awareness in rural Enugu. Pan Afr Med J. 2022;41:112.",
                    "Poster: ACC Annual Scientific Session 2024 (abstract)."]),
  ("Languages", ["English (fluent), Igbo (native), Yoruba (conversational)"]),
  ("References", ["Dr. Adaeze Okafor, Professor of Medicine, UNTH — adaeze.okafor@unn.edu.ng, +234 809 111 2233",
                  "Dr. Michael Brennan, Program Director, UMMC — mbrennan@som.umaryland.edu, (410) 555-0199"]),
 ],
 truth=dict(full_name="Chukwuemeka Obinna Nwankwo", email="emeka.nwankwo88@gmail.com", phone_e164="+2348034567812",
  medical_school="University of Nigeria College of Medicine", medical_school_country="NG", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine"], languages=["English", "Igbo", "Yoruba"], publications=2,
  usce_entries=[dict(type="observership", specialty="Internal Medicine", state="MD", start="2024-09", end="2024-11"),
                dict(type="research", specialty="Cardiology", state="OH", start="2023-01", end="2023-12")]))

# 002 docx_header -- Ukraine
person(num=2, layout="docx_header", name="Oksana Petrenko", title="MD", alt="Оксана Петренко",
 contacts=["oksana.petrenko.md@ukr.net", "+380 67 123 4567", "Kyiv, Ukraine", "Date of birth: 14.02.1995"],
 sections=[
  ("Profile", ["Physician from Kyiv applying for residency in Psychiatry; also interested in Neurology. Will need B1/B2 visa for clinical electives."]),
  ("Освіта / Education", ["09.2012 – 06.2018  Bogomolets National Medical University, Kyiv — Medical Doctor (Лікар), diploma with honours",
                          "08.2018 – 06.2020  Internship (Інтернатура) in Psychiatry, Kyiv City Psychoneurological Hospital No. 1"]),
  ("USMLE", ["Step 1 — Pass (02.2023)", "Step 2 CK — 241 (11.2024)", "Step 2 CS — not taken (discontinued)", "ECFMG certification pending (OET passed 2024)"]),
  ("Clinical experience in the USA", ["03.2025 – 05.2025  Psychiatry Externship (hands-on), Bronx-Lebanon Hospital Center, Bronx, NY",
                                      "06.2025  Neurology Observership, Hackensack University Medical Center, Hackensack, NJ"]),
  ("Clinical experience outside USA", ["09.2022 – 12.2022  Hospitation, Klinik für Psychiatrie, Charité – Universitätsmedizin Berlin, Germany",
                                       "07.2020 – 02.2022  Psychiatrist, Kyiv City Psychoneurological Hospital No. 1, Ukraine"]),
  ("Languages", ["Ukrainian (native), Russian (native), English (C1), Polish (B1), German (A2)"]),
  ("Referees", ["Prof. Iryna Bondarenko, Chair of Psychiatry — i.bondarenko@nmu.ua, +380 44 234 5678"]),
 ],
 truth=dict(full_name="Oksana Petrenko", email="oksana.petrenko.md@ukr.net", phone_e164="+380671234567",
  medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
  specialties=["Psychiatry", "Neurology"], languages=["Ukrainian", "Russian", "English", "Polish", "German"], publications=0,
  usce_entries=[dict(type="hands_on", specialty="Psychiatry", state="NY", start="2025-03", end="2025-05"),
                dict(type="observership", specialty="Neurology", state="NJ", start="2025-06", end="2025-06")]))

# 003 odt_plain -- Uzbekistan
person(num=3, layout="odt_plain", name="Aziz Karimov", title="", alt="Азиз Каримов",
 contacts=["e-mail: aziz.karimov.tma@mail.ru", "tel: +998 90 123 45 67", "Tashkent, Uzbekistan"],
 sections=[
  ("Objective", ["Family Medicine residency. Will require H-1B visa sponsorship."]),
  ("Education", ["2011/09 – 2017/06  Tashkent Medical Academy (Ташкентская медицинская академия), General Medicine — Medical Doctor",
                 "2017/09 – 2019/06  Clinical ordinatura (residency), General Practice, Tashkent Medical Academy"]),
  ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 235", "USMLE Step 3: 221 (2025)", "ECFMG certified since 2022",
                    "IELTS Academic 7.5"]),
  ("US clinical experience", ["2024.01 – 2024.02  Hands-on clerkship, Family Medicine, UTHealth Houston Family Medicine Clinic, Houston, TX",
                              "2024.05 – 2024.06  Telehealth rotation, Internal Medicine, virtual — clinic in Orlando, FL"]),
  ("Work experience", ["2019/07 – present  General practitioner, Family Polyclinic No. 12, Tashkent",
                       "2021/03 – 2021/08  COVID-19 ward physician, Zangiota Infectious Diseases Hospital No. 1"]),
  ("Languages", ["Uzbek, Russian, English, Turkish"]),
  ("Reference", ["Dr. Laura Chen, MD — Program Director — laura.chen@uth.tmc.edu — +1 713 555 0142"]),
 ],
 truth=dict(full_name="Aziz Karimov", email="aziz.karimov.tma@mail.ru", phone_e164="+998901234567",
  medical_school="Tashkent Medical Academy", medical_school_country="UZ", graduation_year=2017, is_student=False,
  usmle_step1="pass", usmle_step2ck=235, usmle_step3=221, ecfmg_status="certified", visa_status="h1b",
  specialties=["Family Medicine"], languages=["Uzbek", "Russian", "English", "Turkish"], publications=0,
  usce_entries=[dict(type="hands_on", specialty="Family Medicine", state="TX", start="2024-01", end="2024-02"),
                dict(type="telehealth", specialty="Internal Medicine", state="FL", start="2024-05", end="2024-06")]))

# 004 rtf_hand -- Ghana
person(num=4, layout="rtf_hand", name="Ama Serwaa Owusu", title="MBChB", alt=None,
 contacts=["ama.owusu@gmail.com | +233 24 412 3456 | Accra, Ghana"],
 sections=[
  ("Personal statement", ["Recent graduate aiming for a Pediatrics residency in the United States."]),
  ("Education", ["MBChB, University of Ghana Medical School, Korle Bu — 2016 to 2022 (graduated Nov 2022)",
                 "BSc Medical Sciences (pre-clinical), University of Ghana — 2019"]),
  ("Exams", ["USMLE Step 1 — PASS (2024)", "Step 2 CK — scheduled 03/2026", "PLAB 1 — passed (2023)", "Amboss self-assessment: 68th percentile"]),
  ("Clinical experience", ["Oct 2025 – present: Pediatrics Observership, Children's Healthcare of Atlanta, Atlanta, GA",
                           "2023 – 2024: House Officer, Korle Bu Teaching Hospital, Accra (rotations: Paediatrics, O&G, Surgery, Medicine)",
                           "Jun 2024 – Sep 2024: Clinical attachment, Paediatrics, Evelina London Children's Hospital, UK"]),
  ("Languages", ["English, Twi, French (basic)"]),
  ("Referee", ["Dr. Kofi Agyeman, Head of Child Health, KBTH — k.agyeman@ug.edu.gh — +233 20 555 7788"]),
 ],
 truth=dict(full_name="Ama Serwaa Owusu", email="ama.owusu@gmail.com", phone_e164="+233244123456",
  medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Pediatrics"], languages=["English", "Twi", "French"], publications=0,
  usce_entries=[dict(type="observership", specialty="Pediatrics", state="GA", start="2025-10", end="2026-12")]))

# 005 txt_plain -- Kenya
person(num=5, layout="txt_plain", name="Grace Wanjiru Kamau", title="MBChB", alt=None,
 contacts=["Boston, MA | grace.w.kamau@outlook.com | (617) 555-0123", "Permanent resident (Green Card holder)"],
 sections=[
  ("INTERESTS", ["Infectious Disease; Internal Medicine (categorical)"]),
  ("EDUCATION", ["University of Nairobi, School of Medicine — Bachelor of Medicine and Bachelor of Surgery (MBChB), 2012–2018",
                 "Internship: Kenyatta National Hospital, Nairobi, 2018–2019"]),
  ("USMLE / ECFMG", ["Step 1: Pass | Step 2 CK: 256 | ECFMG certified (2023)"]),
  ("RESEARCH & CLINICAL EXPERIENCE (USA)", ["Sep 2022 – Oct 2024   Research Fellow, Division of Infectious Diseases, Massachusetts General Hospital, Boston, MA",
                                            "Sep 2024 – Nov 2024   Sub-internship (hands-on), Internal Medicine, Boston Medical Center, Boston, MA"]),
  ("EXPERIENCE (KENYA)", ["2019 – 2022   Medical Officer, HIV Care Clinic, Kenyatta National Hospital, Nairobi",
                          "2020 (Mar–Aug)   COVID-19 response team, Nairobi County"]),
  ("PUBLICATIONS (peer-reviewed)", ["1. Kamau GW, et al. Tenofovir resistance in western Kenya. Clin Infect Dis. 2023.",
                                    "2. Kamau GW, Otieno P. Cryptococcal meningitis outcomes. Open Forum Infect Dis. 2022.",
                                    "3. Smith J, Kamau GW. TB-HIV co-infection in Boston immigrants. J Infect Dis. 2024."]),
  ("POSTERS / SUBMITTED", ["IDWeek 2023 poster: Antiretroviral adherence.", "Kamau GW. Manuscript submitted to Lancet HIV (2025)."]),
  ("LANGUAGES", ["English, Swahili, Kikuyu"]),
  ("REFERENCES", ["Dr. Rochelle Walsh, MGH ID — rwalsh@mgh.harvard.edu — 617-555-0188"]),
 ],
 truth=dict(full_name="Grace Wanjiru Kamau", email="grace.w.kamau@outlook.com", phone_e164="+16175550123",
  medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=256, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Infectious Disease", "Internal Medicine"], languages=["English", "Swahili", "Kikuyu"], publications=3,
  usce_entries=[dict(type="research", specialty="Infectious Disease", state="MA", start="2022-09", end="2024-10"),
                dict(type="hands_on", specialty="Internal Medicine", state="MA", start="2024-09", end="2024-11")]))

# 006 pdf_sidebar -- Egypt
person(num=6, layout="pdf_sidebar", name="Ahmed Mostafa El-Sayed", title="MBBCh", alt=None,
 contacts=["ahmed.elsayed.md@yahoo.com", "+20 100 234 5678", "Nasr City, Cairo", "J-1 (ECFMG sponsorship)", "Born 1992"],
 sections=[
  ("Goal", ["Internal Medicine residency with future Cardiology fellowship."]),
  ("Education", ["Faculty of Medicine, Ain Shams University, Cairo — MBBCh, 2011–2017 (Very Good with Honours)",
                 "Internship 2017/03 – 2018/02, Ain Shams University Hospitals"]),
  ("Exams", ["USMLE Step 1: 241", "USMLE Step 2 CK: 250", "ECFMG: Certified 2021", "Goethe-Zertifikat B2; Fachsprachprüfung (Germany) 2019"]),
  ("US experience", ["07/2023 – 09/2023  Observer, Cardiology, Cleveland Clinic, Cleveland, OH",
                     "02/2024 – 04/2024  Externship (hands-on), Internal Medicine, Allegheny General Hospital, Pittsburgh, PA"]),
  ("Experience abroad", ["10/2019 – 12/2022  Assistenzarzt, Innere Medizin, Klinikum Dortmund, Germany",
                         "2018 – 2019  Resident, Cardiology, Ain Shams University Hospitals, Egypt"]),
  ("Publications", ["El-Sayed AM, et al. Atrial fibrillation in Egyptian HF patients. Egypt Heart J. 2020.", "Case report (poster) — ESC Congress 2021."]),
  ("Languages", ["Arabic (native), English (fluent), German (B2)"]),
  ("References", ["Dr. Hany Fathy — hfathy@med.asu.edu.eg — +20 122 555 1212", "Dr. Susan Park, AGH — susan.park@ahn.org"]),
 ],
 truth=dict(full_name="Ahmed Mostafa El-Sayed", email="ahmed.elsayed.md@yahoo.com", phone_e164="+201002345678",
  medical_school="Ain Shams University", medical_school_country="EG", graduation_year=2017, is_student=False,
  usmle_step1=241, usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Cardiology"], languages=["Arabic", "English", "German"], publications=1,
  usce_entries=[dict(type="observership", specialty="Cardiology", state="OH", start="2023-07", end="2023-09"),
                dict(type="hands_on", specialty="Internal Medicine", state="PA", start="2024-02", end="2024-04")]))

# 007 pdf_footer -- Ethiopia
person(num=7, layout="pdf_footer", name="Dawit Tesfaye Bekele", title="MD", alt=None,
 contacts=["dawit.bekele@gmail.com  ·  +251 91 123 4567  ·  Addis Ababa, Ethiopia"],
 sections=[
  ("Interests", ["Emergency Medicine; Anesthesiology"]),
  ("Education", ["Doctor of Medicine (MD), Addis Ababa University College of Health Sciences (Tikur Anbessa), Sept 2014 – Aug 2020"]),
  ("USMLE", ["Step 1 — Pass; Step 2 CK — 239", "ECFMG certification: pending (Pathway 1 application submitted)"]),
  ("US Clinical Experience", ["Summer 2025 (Jun–Aug): Emergency Medicine hands-on elective, Henry Ford Hospital, Detroit, MI"]),
  ("Other experience", ["2022-01 – 2022-03  Observership, Emergency Department, Sunnybrook Health Sciences Centre, Toronto, Canada",
                        "2020-09 – present  General Practitioner, St. Paul's Hospital Millennium Medical College, Addis Ababa"]),
  ("Languages", ["Amharic, Oromo, English"]),
  ("Referee", ["Dr. Selam Haile (St. Paul's) — selam.haile@sphmmc.edu.et"]),
 ],
 truth=dict(full_name="Dawit Tesfaye Bekele", email="dawit.bekele@gmail.com", phone_e164="+251911234567",
  medical_school="Addis Ababa University", medical_school_country="ET", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status=None,
  specialties=["Emergency Medicine", "Anesthesiology"], languages=["Amharic", "Oromo", "English"], publications=0,
  usce_entries=[dict(type="hands_on", specialty="Emergency Medicine", state="MI", start="2025-06", end="2025-08")]))

# 008 pdf_chromium -- Georgia
person(num=8, layout="pdf_chromium", name="Nino Beridze", title="MD", alt="ნინო ბერიძე",
 contacts=["nino.beridze.md@gmail.com", "+995 599 12 34 56", "Tbilisi, Georgia"],
 sections=[
  ("Career goal", ["Obstetrics and Gynecology residency; will require J-1 visa."]),
  ("Education", ["Tbilisi State Medical University — Medical Doctor (MD, 6-year program), 2017–2023"]),
  ("Exams", ["USMLE Step 1: Pass (2024)", "USMLE Step 2 CK: preparing (NBME 12 practice: 242)"]),
  ("U.S. clinical experience", ["January – February 2025: Observership, Obstetrics & Gynecology, Northwestern Memorial Hospital, Chicago, IL"]),
  ("International experience", ["Aug 2023: Elective, Obstetrics, Sheba Medical Center, Tel HaShomer, Israel",
                                "2023.10 – present: Junior doctor, Obstetrics, Zhordania Institute of Reproductology, Tbilisi"]),
  ("Languages", ["Georgian (native), Russian, English"]),
  ("Referee", ["Dr. Tamar Gogichaishvili — t.gogichaishvili@tsmu.edu"]),
 ],
 truth=dict(full_name="Nino Beridze", email="nino.beridze.md@gmail.com", phone_e164="+995599123456",
  medical_school="Tbilisi State Medical University", medical_school_country="GE", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="j1",
  specialties=["Obstetrics and Gynecology"], languages=["Georgian", "Russian", "English"], publications=0,
  usce_entries=[dict(type="observership", specialty="Obstetrics and Gynecology", state="IL", start="2025-01", end="2025-02")]))

# 009 pdf_soffice_docx -- Kazakhstan
person(num=9, layout="pdf_soffice_docx", name="Yerlan Abenov", title="MD", alt="Ерлан Нурланович Абенов",
 contacts=["yerlan.abenov@gmail.com", "+7 701 234 5678", "Astana, Kazakhstan"],
 sections=[
  ("Specialty of interest", ["Neurology"]),
  ("Education", ["2014/09 – 2021/06  Astana Medical University (Медицинский университет Астана) — General Medicine, MD",
                 "2021/09 – 2023/06  Residency (Резидентура), Neurology, National Center for Neurosurgery, Astana"]),
  ("USMLE", ["Step 1 PASS; Step 2 CK 228; ECFMG certified 2023; visa: J-1 required"]),
  ("U.S. experience", ["2023/09 – 2024/08  Research Fellow, Stroke Neurology, Mayo Clinic, Rochester, MN",
                       "2024/09 – 2024/10  Clinical Observership, Neurology, Mayo Clinic, Rochester, MN"]),
  ("Publications", ["Abenov Y, et al. Thrombolysis door-to-needle times in Kazakhstan. J Stroke Cerebrovasc Dis. 2024.",
                    "Abenov Y, Brown R. Post-stroke depression screening. Neurology. 2024 (abstract, AAN).",
                    "Abenov Y. Migraine in Central Asia (in preparation)."]),
  ("Languages", ["Kazakh, Russian, English"]),
  ("Reference", ["Dr. Robert Brown, Mayo Clinic — brown.robert@mayo.edu — +1 507 555 0100"]),
 ],
 truth=dict(full_name="Yerlan Abenov", email="yerlan.abenov@gmail.com", phone_e164="+77012345678",
  medical_school="Astana Medical University", medical_school_country="KZ", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Neurology"], languages=["Kazakh", "Russian", "English"], publications=1,
  usce_entries=[dict(type="research", specialty="Neurology", state="MN", start="2023-09", end="2024-08"),
                dict(type="observership", specialty="Neurology", state="MN", start="2024-09", end="2024-10")]))

# 010 docx_twocol -- Russia
person(num=10, layout="docx_twocol", name="Dmitry Volkov", title="MD, PhD", alt="Дмитрий Сергеевич Волков",
 contacts=["d.volkov.rad@gmail.com", "+7 (916) 555-12-34", "Currently: Los Angeles, CA", "H-1B sponsorship needed"],
 sections=[
  ("Focus", ["Diagnostic Radiology residency"]),
  ("Education", ["Pirogov Russian National Research Medical University (RNRMU), Moscow — Medical Doctor (Лечебное дело), 2010–2016",
                 "PhD (Candidate of Medical Sciences), Radiology, 2021"]),
  ("Licensing exams", ["USMLE Step 1: 238", "USMLE Step 2 CK: 245", "ECFMG Certified (2019)", "Israeli licensing exam (Misrad HaBriut): passed 2018"]),
  ("U.S. experience", ["2023-03 – ongoing  Research Fellow, Department of Radiology, Cedars-Sinai Medical Center, Los Angeles, CA"]),
  ("Experience outside the U.S.", ["2018-07 – 2022-12  Resident, Diagnostic Radiology, Rambam Health Care Campus, Haifa, Israel",
                                   "2016-09 – 2018-06  Clinical ordinatura, Radiology, Moscow City Clinical Hospital No. 1"]),
  ("Publications", ["Volkov D, et al. Deep learning for pulmonary nodules. Radiology. 2024.", "Volkov D, Levi A. MRI of the knee. Eur Radiol. 2021.",
                    "Volkov D. CT perfusion (Russian). Vestnik Rentgenologii. 2019.", "RSNA 2023 — oral presentation"]),
  ("Languages", ["Russian, English, Hebrew"]),
 ],
 truth=dict(full_name="Dmitry Volkov", email="d.volkov.rad@gmail.com", phone_e164="+79165551234",
  medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU", graduation_year=2016, is_student=False,
  usmle_step1=238, usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
  specialties=["Radiology"], languages=["Russian", "English", "Hebrew"], publications=3,
  usce_entries=[dict(type="research", specialty="Radiology", state="CA", start="2023-03", end="2026-12")]))

# 011 pdf_soffice_odt -- Nigeria student
person(num=11, layout="pdf_soffice_odt", name="Folasade Adeyemi", title="", alt=None,
 contacts=["folasade.adeyemi@student.oauife.edu.ng", "+234 (0) 812 345 6789", "Ile-Ife, Osun State"],
 sections=[
  ("About me", ["Final-year medical student (expected MBChB July 2027) interested in General Surgery. Applying for B1/B2 visitor visa for electives."]),
  ("Education", ["Obafemi Awolowo University, College of Health Sciences, Ile-Ife — MBChB candidate, 2020 – 2027 (expected)",
                 "WAEC/SSCE 2018"]),
  ("Examinations", ["USMLE Step 1: Pass (June 2025)", "NBME Comprehensive Clinical Science practice: 71%"]),
  ("Clinical electives", ["2026-01 to 2026-02  Surgery elective (hands-on, sub-I), SUNY Downstate, Brooklyn, NY",
                          "2025-07  Surgical elective, Obafemi Awolowo University Teaching Hospitals Complex (OAUTHC)"]),
  ("Languages", ["English, Yoruba"]),
  ("Referees", ["Prof. Olusegun Alatise, Dept of Surgery — oalatise@oauife.edu.ng"]),
 ],
 truth=dict(full_name="Folasade Adeyemi", email="folasade.adeyemi@student.oauife.edu.ng", phone_e164="+2348123456789",
  medical_school="Obafemi Awolowo University", medical_school_country="NG", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
  specialties=["General Surgery"], languages=["English", "Yoruba"], publications=0,
  usce_entries=[dict(type="hands_on", specialty="General Surgery", state="NY", start="2026-01", end="2026-02")]))

# 012 txt_email -- Kenya student
person(num=12, layout="txt_email", name="Brian Otieno Ochieng", title="", alt=None,
 contacts=["Email: b.ochieng@students.mu.ac.ke   Tel: +254 722 123 456"],
 sections=[
  ("PROFILE", ["6th-year medical student, Moi University School of Medicine, Eldoret (MBChB expected 2027). Interested in Internal Medicine and Nephrology."]),
  ("EXAMS", ["USMLE Step 1: not yet taken (target 04/2026). UWorld self-assessment: 230."]),
  ("EXPERIENCE", ["06/2025-07/2025  Clinical clerkship, Nephrology, Moi Teaching and Referral Hospital, Eldoret",
                  "2024  AMPATH research assistant (Kenya) — HIV-associated nephropathy"]),
  ("POSTERS", ["Ochieng BO. HIVAN prevalence in Eldoret. Kenya Renal Association Meeting 2025 (poster)."]),
  ("LANGUAGES", ["English; Kiswahili; Dholuo"]),
 ],
 truth=dict(full_name="Brian Otieno Ochieng", email="b.ochieng@students.mu.ac.ke", phone_e164="+254722123456",
  medical_school="Moi University School of Medicine", medical_school_country="KE", graduation_year=2027, is_student=True,
  usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Internal Medicine", "Nephrology"], languages=["English", "Swahili", "Luo"], publications=0,
  usce_entries=[]))

# 013 pdf_reportlab -- Ukraine
person(num=13, layout="pdf_reportlab", name="Andriy Kovalenko", title="MD", alt="Андрій Коваленко",
 contacts=["andriy.kovalenko@protonmail.com", "UK mobile: +44 7700 900123", "Manchester, UK"],
 sections=[
  ("Objective", ["Anesthesiology residency; long-term interest in Critical Care. Requires J-1 visa."]),
  ("Education", ["Danylo Halytsky Lviv National Medical University — Medical Doctor, 09.2013 – 06.2019"]),
  ("Examinations", ["USMLE Step 1: PASS", "USMLE Step 2 CK: 262", "ECFMG Certified (2024)", "PLAB 2: passed (2022); GMC full registration"]),
  ("U.S. clinical experience", ["March–May 2025  Anesthesiology clinical externship (hands-on), Jackson Memorial Hospital, Miami, FL"]),
  ("Clinical experience", ["2022-11 – present  Clinical Fellow in Anaesthetics & ICU, Manchester Royal Infirmary, NHS, UK",
                           "2019-08 – 2022-02  Anaesthesiologist (intern, then resident), Lviv Regional Clinical Hospital, Ukraine",
                           "03.2022 – 08.2022  Volunteer military medic, Lviv oblast"]),
  ("Languages", ["Ukrainian, Russian, English, Polish"]),
  ("Referee", ["Dr. Helen Marsh, Consultant Anaesthetist — helen.marsh@mft.nhs.uk, +44 161 555 0101"]),
 ],
 truth=dict(full_name="Andriy Kovalenko", email="andriy.kovalenko@protonmail.com", phone_e164="+447700900123",
  medical_school="Danylo Halytsky Lviv National Medical University", medical_school_country="UA", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=0,
  usce_entries=[dict(type="hands_on", specialty="Anesthesiology", state="FL", start="2025-03", end="2025-05")]))

# 014 docx_footer -- Egypt
person(num=14, layout="docx_footer", name="Nourhan Adel Abdelrahman", title="MBBCh", alt=None,
 contacts=["nourhan.abdelrahman@hotmail.com", "+20 111 987 6543", "Giza, Egypt"],
 sections=[
  ("Interests", ["Endocrinology (via Internal Medicine residency)"]),
  ("Education", ["Kasr Al Ainy Faculty of Medicine, Cairo University — MBBCh, 2015–2021 (Excellent with Honours)",
                 "Internship: Kasr Al Ainy Hospitals, 2021/03 – 2022/02"]),
  ("USMLE", ["Step 1 — Pass; Step 2 CK — 244; ECFMG certified; J-1 visa"]),
  ("US experience", ["Oct 2022 – Sep 2023  Research Fellow, Endocrinology, Baylor College of Medicine, Houston, TX",
                     "Oct 2023  Observership, Endocrinology clinic, Houston Methodist, Houston, TX"]),
  ("Publications", ["1. Abdelrahman NA, et al. GLP-1 RA adherence. Diabetes Care. 2023.", "2. Abdelrahman NA, et al. Thyroid nodules in Egypt. Thyroid. 2022.",
                    "3. Garcia L, Abdelrahman NA. Insulin pumps in Hispanic youth. J Clin Endocrinol Metab. 2024.", "4. Abdelrahman NA. Adrenal incidentaloma review. Endocr Pract. 2024.",
                    "ENDO 2023 — poster abstract"]),
  ("Languages", ["Arabic, English, French"]),
 ],
 truth=dict(full_name="Nourhan Adel Abdelrahman", email="nourhan.abdelrahman@hotmail.com", phone_e164="+201119876543",
  medical_school="Cairo University", medical_school_country="EG", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Endocrinology", "Internal Medicine"], languages=["Arabic", "English", "French"], publications=4,
  usce_entries=[dict(type="research", specialty="Endocrinology", state="TX", start="2022-10", end="2023-09"),
                dict(type="observership", specialty="Endocrinology", state="TX", start="2023-10", end="2023-10")]))

# 015 odt_table -- Russia
person(num=15, layout="odt_table", name="Yekaterina Smirnova", title="MD", alt="Екатерина Андреевна Смирнова",
 contacts=["ekaterina.smirnova.md@gmail.com", "+1 (929) 555-0177", "Brooklyn, NY", "US permanent resident"],
 sections=[
  ("Goal", ["Internal Medicine residency → Hematology/Oncology fellowship"]),
  ("Education", ["2012–2018  I.M. Sechenov First Moscow State Medical University — Medical Doctor (General Medicine)",
                 "2018–2020  Clinical residency (ordinatura), Oncology, N.N. Blokhin National Medical Research Center of Oncology"]),
  ("Exams", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 238", "ECFMG certified 2024"]),
  ("US clinical experience", ["09/2025 – 12/2025  Hands-on externship, Hematology/Oncology, NYU Langone Perlmutter Cancer Center, New York, NY"]),
  ("Other", ["2021/04 – 2022/03  Research fellow, Charité Comprehensive Cancer Center, Berlin, Germany",
             "2022/06 – 2023/05  Oncologist, Moscow City Oncology Hospital No. 62"]),
  ("Languages", ["Russian, English, German"]),
 ],
 truth=dict(full_name="Yekaterina Smirnova", email="ekaterina.smirnova.md@gmail.com", phone_e164="+19295550177",
  medical_school="Sechenov First Moscow State Medical University", medical_school_country="RU", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Russian", "English", "German"], publications=0,
  usce_entries=[dict(type="hands_on", specialty="Hematology/Oncology", state="NY", start="2025-09", end="2025-12")]))

# 016 pdf_chromium_sidebar -- Uzbekistan
person(num=16, layout="pdf_chromium_sidebar", name="Dilnoza Rakhimova", title="", alt="Дилноза Рахимова",
 contacts=["dilnoza.rakhimova@gmail.com", "+998 (93) 555-44-22", "Samarkand, Uzbekistan"],
 sections=[
  ("Interest", ["Gastroenterology (through Internal Medicine)"]),
  ("Education", ["Samarkand State Medical University (formerly Samarkand State Medical Institute) — General Medicine, 2016–2022",
                 "Master's residency, Gastroenterology, 2022–2024, Samarkand"]),
  ("USMLE", ["Step 1: Fail (2025) — retake planned 2026", "NBME Form 30: 58 (practice)"]),
  ("Experience", ["2024/09 – present  Gastroenterologist, Samarkand Regional Multidisciplinary Medical Center",
                  "2023/05 – 2023/06  Observer, Gastroenterology, Acıbadem Hospital, Istanbul, Türkiye"]),
  ("Languages", ["Uzbek, Russian, Tajik, English"]),
 ],
 truth=dict(full_name="Dilnoza Rakhimova", email="dilnoza.rakhimova@gmail.com", phone_e164="+998935554422",
  medical_school="Samarkand State Medical University", medical_school_country="UZ", graduation_year=2022, is_student=False,
  usmle_step1="fail", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Gastroenterology", "Internal Medicine"], languages=["Uzbek", "Russian", "Tajik", "English"], publications=0,
  usce_entries=[]))

# ---- scans ----
person(num=17, layout="scan_pdf", name="Kwame Mensah Asante", title="MBChB", alt=None,
 contacts=["kwame.asante@gmail.com | +233 20 345 6789 | Kumasi, Ghana"],
 sections=[
  ("Objective", ["Family Medicine residency."]),
  ("Education", ["KNUST School of Medicine and Dentistry, Kumasi — MBChB, 2014–2020"]),
  ("Exams", ["USMLE Step 1: Pass; Step 2 CK: 233; ECFMG certified"]),
  ("US clinical experience", ["04/2024 – 05/2024  Observership, Family Medicine, Cone Health, Greensboro, NC"]),
  ("Experience", ["2021 – present  Medical Officer, Komfo Anokye Teaching Hospital, Kumasi"]),
  ("Languages", ["English, Twi, Ewe"]),
 ],
 truth=dict(full_name="Kwame Mensah Asante", email="kwame.asante@gmail.com", phone_e164="+233203456789",
  medical_school="Kwame Nkrumah University of Science and Technology", medical_school_country="GH", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Family Medicine"], languages=["English", "Twi", "Ewe"], publications=0,
  usce_entries=[dict(type="observership", specialty="Family Medicine", state="NC", start="2024-04", end="2024-05")]))

person(num=18, layout="scan_png", name="Olena Shevchenko", title="MD", alt="Олена Шевченко",
 contacts=["olena.shevchenko@gmail.com | +380 50 765 4321 | Kharkiv"],
 sections=[
  ("Objective", ["Pediatrics residency (J-1)."]),
  ("Education", ["Kharkiv National Medical University — Medical Doctor, 09.2011 – 06.2017"]),
  ("Exams", ["USMLE Step 1: 228; Step 2 CK: 240; ECFMG certified"]),
  ("US clinical experience", ["2023/07 – 2023/09  Pediatrics externship (hands-on), Cincinnati Children's Hospital, Cincinnati, OH"]),
  ("Experience", ["2017 – 2022  Pediatrician, Kharkiv Regional Children's Hospital", "2022 – 2023  Locum, Paediatrics, Kinderklinik Köln, Germany"]),
  ("Languages", ["Ukrainian, Russian, English, German"]),
 ],
 truth=dict(full_name="Olena Shevchenko", email="olena.shevchenko@gmail.com", phone_e164="+380507654321",
  medical_school="Kharkiv National Medical University", medical_school_country="UA", graduation_year=2017, is_student=False,
  usmle_step1=228, usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Pediatrics"], languages=["Ukrainian", "Russian", "English", "German"], publications=0,
  usce_entries=[dict(type="hands_on", specialty="Pediatrics", state="OH", start="2023-07", end="2023-09")]))

person(num=19, layout="scan_jpg", name="Tigist Alemu", title="MD", alt=None,
 contacts=["tigist.alemu@yahoo.com | +251 92 555 8899 | Jimma, Ethiopia"],
 sections=[
  ("Objective", ["Internal Medicine"]),
  ("Education", ["Jimma University Institute of Health — Doctor of Medicine, 2013–2019"]),
  ("Exams", ["USMLE Step 1: Pass"]),
  ("US clinical experience", ["May 2025  Observership, Internal Medicine, Inova Fairfax Hospital, Falls Church, VA"]),
  ("Experience", ["2019 – present  General Practitioner, Jimma University Medical Center"]),
  ("Languages", ["Amharic, Afaan Oromo, English"]),
 ],
 truth=dict(full_name="Tigist Alemu", email="tigist.alemu@yahoo.com", phone_e164="+251925558899",
  medical_school="Jimma University", medical_school_country="ET", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Internal Medicine"], languages=["Amharic", "Oromo", "English"], publications=0,
  usce_entries=[dict(type="observership", specialty="Internal Medicine", state="VA", start="2025-05", end="2025-05")]))

person(num=20, layout="scan_pdf", name="Bekzat Zhumabayev", title="MD", alt="Бекзат Жумабаев",
 contacts=["bekzat.zhumabayev@mail.kz | +7 777 321 0987 | Almaty"],
 sections=[
  ("Objective", ["Psychiatry residency"]),
  ("Education", ["Asfendiyarov Kazakh National Medical University, Almaty — General Medicine, 2014–2020"]),
  ("Exams", ["USMLE Step 1: Pass; Step 2 CK: 231"]),
  ("US clinical experience", ["2024.10 – 2024.12  Observership, Psychiatry, UPMC Western Psychiatric Hospital, Pittsburgh, PA"]),
  ("Other", ["2023.02 – 2023.04  Observership, Psychiatry, CAMH, Toronto, Canada", "2020 – 2023  Psychiatrist, Almaty City Mental Health Center"]),
  ("Languages", ["Kazakh, Russian, English"]),
 ],
 truth=dict(full_name="Bekzat Zhumabayev", email="bekzat.zhumabayev@mail.kz", phone_e164="+77773210987",
  medical_school="Asfendiyarov Kazakh National Medical University", medical_school_country="KZ", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Psychiatry"], languages=["Kazakh", "Russian", "English"], publications=0,
  usce_entries=[dict(type="observership", specialty="Psychiatry", state="PA", start="2024-10", end="2024-12")]))

person(num=21, layout="scan_jpg", name="Mohamed Hassan Farouk", title="MBBCh", alt=None,
 contacts=["m.farouk.neph@gmail.com | +20 122 333 4455 | Alexandria, Egypt"],
 sections=[
  ("Objective", ["Internal Medicine residency, then Nephrology. J-1 visa."]),
  ("Education", ["Faculty of Medicine, Alexandria University — MBBCh, 2013–2019"]),
  ("Exams", ["USMLE Step 1: Pass; Step 2 CK: 247; ECFMG certified"]),
  ("US clinical experience", ["08/2024 – 09/2024  Hands-on externship, Nephrology, Hackensack Meridian Health, NJ"]),
  ("Experience", ["2020 – 2023  Nephrology resident, Alexandria Main University Hospital"]),
  ("Languages", ["Arabic, English"]),
 ],
 truth=dict(full_name="Mohamed Hassan Farouk", email="m.farouk.neph@gmail.com", phone_e164="+201223334455",
  medical_school="Alexandria University", medical_school_country="EG", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Nephrology"], languages=["Arabic", "English"], publications=0,
  usce_entries=[dict(type="hands_on", specialty="Nephrology", state="NJ", start="2024-08", end="2024-09")]))
