# -*- coding: utf-8 -*-
# CV content + truth for helper w48 (medical students / recent grads, first US electives)
def E(t, sp, st, s, e): return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}
def T(**k):
    base = dict(full_name=None, email=None, phone_e164=None, medical_school=None, medical_school_country=None,
                graduation_year=None, is_student=None, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
                ecfmg_status=None, specialties=[], languages=[], visa_status=None, publications=0, usce_entries=[])
    base.update(k); return base

P = []
# 1 chromium sidebar (Canva-like)
P.append(dict(n=1, layout="canva_sidebar", ext="pdf", tool="chromium",
  name="Aarav Mehta", alt=None, title="Final-Year MBBS Student | Aspiring Internist",
  contact=["aarav.mehta.kem@gmail.com", "+91 98201 44712", "Parel, Mumbai 400012, India", "linkedin.com/in/aaravmehta-kem"],
  side=[("Languages", ["English (fluent)", "Hindi (native)", "Marathi (native)", "Gujarati (conversational)"]),
        ("Skills", ["ECG interpretation", "ABG analysis", "IV cannulation, suturing", "Epic (trained at Rush)", "R, SPSS"]),
        ("Visa", ["B1/B2 visitor visa, valid through 2030"])],
  sections=[
   ("Education", ["MBBS — Seth GS Medical College & KEM Hospital, Mumbai (2021 – present)",
                  "Expected graduation: May 2027 (after compulsory rotating internship)",
                  "Higher Secondary (HSC), Jai Hind College, Mumbai — 2020"]),
   ("Examinations", ["USMLE Step 1: PASS (first attempt, Jan 2025)",
                     "USMLE Step 2 CK: scheduled Feb 2027 (NBME CCSSA practice: 248)",
                     "ECFMG certification: pending (Step 2 CK + OET outstanding)"]),
   ("US Clinical Experience", ["Sub-Internship, Internal Medicine (hands-on) — Rush University Medical Center, Chicago, IL · Jul 2025 – Aug 2025",
                               "Virtual Elective, Cardiology (telehealth) — Cleveland Clinic, Cleveland, OH · Oct 2024"]),
   ("Home Clerkships", ["Medicine, Surgery, OBGY, Pediatrics clerkships — KEM Hospital, Mumbai (2023 – 2025)"]),
   ("Research & Publications", ["Mehta A, Kulkarni S, et al. Dengue-associated myocarditis in adults: a retrospective cohort. J Assoc Physicians India. 2024;72(9):41-45.",
                                "Poster: Sepsis bundle compliance in a tertiary ICU — APICON 2024, Kolkata (poster only)"]),
   ("Awards & Volunteer", ["Dr. Nanavati Gold Medal in Physiology (2022)", "Volunteer, Tata Memorial palliative care camps (2023–2024)"]),
   ("Career Goal", ["Residency in Internal Medicine (Match 2028)."]),
   ("Referee", ["Dr. Sunil Kulkarni, Professor of Medicine, KEM Hospital — sunil.kulkarni@kem.edu, +91 22 2410 7000"])],
  truth=T(full_name="Aarav Mehta", email="aarav.mehta.kem@gmail.com", phone_e164="+919820144712",
    medical_school="Seth GS Medical College & KEM Hospital", medical_school_country="IN", graduation_year=2027, is_student=True,
    usmle_step1="pass", ecfmg_status="pending", specialties=["Internal Medicine"],
    languages=["English", "Hindi", "Marathi", "Gujarati"], visa_status="b1b2", publications=1,
    usce_entries=[E("hands_on","Internal Medicine","IL","2025-07","2025-08"), E("telehealth","Cardiology","OH","2024-10","2024-10")])))

# 2 python-docx table -> LibreOffice PDF
P.append(dict(n=2, layout="gdocs_table_pdf", ext="pdf", tool="python-docx+soffice",
  name="Fatima Zahra Malik", alt=None, title="MBBS Final Year, Aga Khan University",
  contact=["fatimazahra.malik@scholar.aku.edu", "(+92) 321 555 0187", "Karachi, Pakistan"],
  sections=[
   ("Education", ["Aga Khan University Medical College, Karachi — MBBS, Class of 2027 (expected graduation: 2027)",
                  "A-Levels, Karachi Grammar School — 2021"]),
   ("USMLE", ["Step 1: not yet taken (target date March 2027)", "UWorld self-assessment (UWSA2): 241 — practice only"]),
   ("US Clinical Experience", ["Observership, Pediatrics — Children's Hospital of Philadelphia, Philadelphia, PA — 02/2026 – 03/2026"]),
   ("Clinical Rotations (Pakistan)", ["Pediatrics, Medicine, Surgery clerkships — Aga Khan University Hospital (2024 – present)",
                                       "Community health rotation, Sindh rural health centres — Summer 2025"]),
   ("Research", ["Malik FZ, Siddiqui N. Vaccine hesitancy among mothers in Karachi. Manuscript submitted to J Pak Med Assoc (2026).",
                 "Abstract: Neonatal jaundice screening — AKU National Health Sciences Research Symposium 2025"]),
   ("Volunteer", ["Indus Hospital thalassemia blood-drive coordinator (2023 – 2025)"]),
   ("Interests", ["Pediatrics; Neonatology"]),
   ("Languages", ["English, Urdu, Sindhi, Arabic (reading)"]),
   ("References", ["Dr. Nadia Siddiqui, Associate Professor of Paediatrics — nadia.siddiqui@aku.edu — +92 21 3486 4400"])],
  truth=T(full_name="Fatima Zahra Malik", email="fatimazahra.malik@scholar.aku.edu", phone_e164="+923215550187",
    medical_school="Aga Khan University", medical_school_country="PK", graduation_year=2027, is_student=True,
    specialties=["Pediatrics"], languages=["English", "Urdu", "Sindhi", "Arabic"], publications=0,
    usce_entries=[E("observership","Pediatrics","PA","2026-02","2026-03")])))

# 3 reportlab two-column
P.append(dict(n=3, layout="reportlab_twocol", ext="pdf", tool="reportlab",
  name="Chukwuemeka Obi", alt=None, title="MBBS (Lagos) · ECFMG Certified",
  contact=["emeka.obi.md@outlook.com", "+234 803 412 7765", "Yaba, Lagos, Nigeria"],
  sections=[
   ("Education", ["MBBS, College of Medicine, University of Lagos, Nigeria — 2018 to 2025 (graduated Feb 2025)",
                  "Housemanship (internship), Lagos University Teaching Hospital — Mar 2025 – Feb 2026"]),
   ("Licensing", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 248", "ECFMG Certified (April 2026)", "MDCN full registration (Nigeria)"]),
   ("US Clinical Experience", ["Hands-on Externship, Internal Medicine — Emory University Hospital, Atlanta, GA — Mar 2026 – May 2026",
                               "Observership, Cardiology — Baylor St. Luke's Medical Center, Houston, TX — May 2026 – present"]),
   ("Research", ["Obi C, Adeyemi T. Hypertension control in urban Lagos clinics. Niger J Clin Pract. 2025;28(3):301-7.",
                 "Oral presentation: Rheumatic heart disease registry — NCS Annual Conference 2024"]),
   ("Career Interests", ["Internal Medicine residency; long-term goal Cardiology fellowship"]),
   ("Visa", ["Will require J-1 visa sponsorship (ECFMG)"]),
   ("Languages", ["English, Igbo, Yoruba"]),
   ("Referees", ["Prof. Titilayo Adeyemi, Dept. of Medicine, LUTH — t.adeyemi@unilag.edu.ng — +234 802 334 1190",
                 "Dr. Marcus Greene, Emory — mgreene2@emory.edu — (404) 555-0143"])],
  truth=T(full_name="Chukwuemeka Obi", email="emeka.obi.md@outlook.com", phone_e164="+2348034127765",
    medical_school="University of Lagos College of Medicine", medical_school_country="NG", graduation_year=2025, is_student=False,
    usmle_step1="pass", usmle_step2ck=248, ecfmg_status="certified", specialties=["Internal Medicine", "Cardiology"],
    languages=["English", "Igbo", "Yoruba"], visa_status="j1", publications=1,
    usce_entries=[E("hands_on","Internal Medicine","GA","2026-03","2026-05"), E("observership","Cardiology","TX","2026-05","2026-12")])))

# 4 fpdf2 classic
P.append(dict(n=4, layout="fpdf_classic", ext="pdf", tool="fpdf2",
  name="Ana Sofía Restrepo Gómez", alt=None, title="Estudiante de Medicina (Internado) — Universidad de Antioquia",
  contact=["anasofia.restrepo@udea.edu.co", "+57 310 482 9916", "Medellín, Colombia"],
  sections=[
   ("Education", ["Médica y Cirujana (MD equivalent), Universidad de Antioquia, Medellín — expected graduation 06/2027",
                  "Currently in internado (final clinical year), Hospital San Vicente Fundación"]),
   ("Exams", ["USMLE Step 1 — Passed (2025)", "ECFMG: certification pending"]),
   ("US Clinical Electives", ["Emergency Medicine, hands-on elective — Jackson Memorial Hospital / University of Miami, Miami, FL — 2025-09 to 2025-10",
                              "Research assistant, Pediatric Infectious Disease lab — Nicklaus Children's Hospital, Miami, FL — 2024.06–2024.08"]),
   ("Publications", ["Restrepo-Gómez AS, et al. Bronquiolitis en lactantes: cohorte de Medellín. Iatreia. 2025;38(2):112-20.",
                     "Restrepo-Gómez AS, Vélez J. Dengue grave pediátrico. Biomédica. 2024;44(1):55-63.",
                     "Poster: Pediatric sepsis in the ED — SAEM 2025 (abstract)"]),
   ("Interests", ["Pediatrics and Emergency Medicine"]),
   ("Languages", ["Spanish (native), English (C1, IELTS 8.0), Portuguese (B1)"]),
   ("Volunteer", ["Brigadas de salud rurales, Chocó (2023, 2024)"]),
   ("Reference", ["Dr. Juliana Vélez, Pediatrics, UdeA — juliana.velez@udea.edu.co"])],
  truth=T(full_name="Ana Sofía Restrepo Gómez", email="anasofia.restrepo@udea.edu.co", phone_e164="+573104829916",
    medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2027, is_student=True,
    usmle_step1="pass", ecfmg_status="pending", specialties=["Pediatrics", "Emergency Medicine"],
    languages=["Spanish", "English", "Portuguese"], publications=2,
    usce_entries=[E("hands_on","Emergency Medicine","FL","2025-09","2025-10"), E("research","Infectious Disease","FL","2024-06","2024-08")])))

# 5 chromium modern with Cyrillic
P.append(dict(n=5, layout="canva_modern", ext="pdf", tool="chromium",
  name="Dmytro Kovalenko", alt="Дмитро Коваленко", title="MD (General Medicine), Bogomolets NMU",
  contact=["d.kovalenko.md@gmail.com", "+380 67 231 4580", "Kyiv, Ukraine"],
  side=[("Languages", ["Ukrainian", "Russian", "English", "Polish"]), ("Visa", ["J-1 visa required"])],
  sections=[
   ("Education", ["Bogomolets National Medical University, Kyiv — MD (Doctor of Medicine), 2018–2024",
                  "Internship in Anesthesiology & Intensive Care, Kyiv City Clinical Hospital No. 17 — 2024–present"]),
   ("USMLE / ECFMG", ["Step 1: Pass · Step 2 CK: 239 · ECFMG Certified (2025)", "PLAB 1: passed (2024)"]),
   ("US Experience", ["Observership, Anesthesiology — Mayo Clinic, Rochester, MN — March–May 2025"]),
   ("Other International Experience", ["Clinical observership, Anesthesia — Toronto General Hospital, Toronto, ON, Canada — 2023-07 – 2023-08"]),
   ("Publications", ["Kovalenko D, et al. Regional anesthesia in blast injuries. Ukr J Anaesth. 2023;4:12-19.",
                     "Kovalenko D, Shevchenko O. ARDS ventilation in wartime ICUs. Emerg Med (Kyiv). 2024;20(2):77-84.",
                     "Submitted: Ketamine sedation outcomes (under review, 2026)"]),
   ("Interests", ["Anesthesiology; Pulmonology/Critical Care"]),
   ("References", ["Dr. Olena Shevchenko — o.shevchenko@nmu.ua — +380 44 234 1122"])],
  truth=T(full_name="Dmytro Kovalenko", email="d.kovalenko.md@gmail.com", phone_e164="+380672314580",
    medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=239, ecfmg_status="certified", specialties=["Anesthesiology", "Pulmonology/Critical Care"],
    languages=["Ukrainian", "Russian", "English", "Polish"], visa_status="j1", publications=2,
    usce_entries=[E("observership","Anesthesiology","MN","2025-03","2025-05")])))

# 6 python-docx native, contact in header
P.append(dict(n=6, layout="docx_header_contact", ext="docx", tool="python-docx",
  name="Nguyễn Thị Thu Hà", alt=None, title="Sixth-year Medical Student (MD program)",
  contact=["thuha.nguyen@hmu.edu.vn", "+84 912 345 678", "Đống Đa, Hà Nội, Vietnam"],
  sections=[
   ("Education", ["Hanoi Medical University — Doctor of Medicine (6-year program), 2021 – 2027 (expected)"]),
   ("USMLE", ["Step 1: preparing; planned test date Q2 2027"]),
   ("US Clinical Experience", ["Virtual clerkship (telehealth), Internal Medicine — Stanford Health Care, Palo Alto, CA — Jan 2025"]),
   ("Clinical Rotations (Vietnam)", ["Internal Medicine, Bach Mai Hospital — 2024 – 2025", "Endocrinology elective, Bach Mai Hospital — Summer 2025"]),
   ("Research", ["Poster: Diabetic foot ulcer outcomes in northern Vietnam — Vietnam Endocrine Society 2025 (poster)"]),
   ("Awards", ["Hanoi Medical University academic excellence scholarship (2022, 2023, 2024)"]),
   ("Specialty Interests", ["Internal Medicine, Endocrinology"]),
   ("Languages", ["Vietnamese (native), English (IELTS 7.5), French (DELF B2)"]),
   ("Reference", ["Assoc. Prof. Trần Văn Minh — tranvanminh@hmu.edu.vn"])],
  truth=T(full_name="Nguyễn Thị Thu Hà", email="thuha.nguyen@hmu.edu.vn", phone_e164="+84912345678",
    medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2027, is_student=True,
    specialties=["Internal Medicine", "Endocrinology"], languages=["Vietnamese", "English", "French"], publications=0,
    usce_entries=[E("telehealth","Internal Medicine","CA","2025-01","2025-01")])))

# 7 RTF
P.append(dict(n=7, layout="rtf_simple", ext="rtf", tool="handwritten-rtf",
  name="Kwame Asante", alt=None, title="MBChB — University of Ghana Medical School",
  contact=["kwame.asante.mbchb@gmail.com", "+233 24 418 9037", "Accra, Ghana"],
  sections=[
   ("Education", ["University of Ghana Medical School, Accra — MBChB, 2017 – 2023",
                  "Housemanship: Korle Bu Teaching Hospital, Accra — Nov 2023 – Oct 2025"]),
   ("USMLE", ["Step 1 — PASS", "Step 2 CK — 231", "ECFMG: Certified"]),
   ("US Clinical Experience", ["Family Medicine clerkship (hands-on), Wright State University / Miami Valley Hospital, Dayton, OH — 11/2024 – 12/2024",
                               "Observership, Family Medicine, University of Maryland Family Health Center, Baltimore, MD — 01/2025"]),
   ("Volunteer", ["Medical outreach, Volta Region (2022 – 2024)"]),
   ("Specialty", ["Family Medicine"]),
   ("Visa", ["Currently holds a B1/B2 visa"]),
   ("Languages", ["English, Twi, Ga"]),
   ("Referees", ["Dr. Linda Mensah — lmensah@ug.edu.gh — +233 30 266 5401"])],
  truth=T(full_name="Kwame Asante", email="kwame.asante.mbchb@gmail.com", phone_e164="+233244189037",
    medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=231, ecfmg_status="certified", specialties=["Family Medicine"],
    languages=["English", "Twi", "Ga"], visa_status="b1b2", publications=0,
    usce_entries=[E("hands_on","Family Medicine","OH","2024-11","2024-12"), E("observership","Family Medicine","MD","2025-01","2025-01")])))

# 8 chromium bold header, Arabic name
P.append(dict(n=8, layout="canva_banner", ext="pdf", tool="chromium",
  name="Mariam Khalil", alt="مريم خليل", title="MBBCh, Kasr Alainy — Neurology Applicant",
  contact=["mariam.khalil.kasr@yahoo.com", "+20 100 778 2345", "Giza, Egypt"],
  side=[("Languages", ["Arabic (native)", "English (fluent)", "German (B2)"])],
  sections=[
   ("Education", ["Faculty of Medicine, Cairo University (Kasr Alainy) — MBBCh, 2019–2025 (Very Good with Honours)",
                  "Internship year, Kasr Alainy Hospitals — 2025 – 2026 (ongoing)"]),
   ("Exams", ["USMLE Step 1: Pass", "Step 2 CK: exam date booked (Jan 2027)", "ECFMG certification pending"]),
   ("US Experience", ["Research fellow (on site), Neurology — Johns Hopkins Hospital, Baltimore, MD — Jul 2024 – Sep 2024",
                      "Observership, Neurology — Cleveland Clinic, Cleveland, OH — 2025-10 – 2025-11"]),
   ("Publications", ["Khalil M, et al. Stroke thrombolysis door-to-needle times in Cairo. Egypt J Neurol Psychiatr Neurosurg. 2025;61:44.",
                     "Abstract: Migraine burden among medical students — AAN 2025 (abstract only)"]),
   ("Interest", ["Neurology"]),
   ("Referee", ["Prof. Hany Aref — hany.aref@kasralainy.edu.eg"])],
  truth=T(full_name="Mariam Khalil", email="mariam.khalil.kasr@yahoo.com", phone_e164="+201007782345",
    medical_school="Cairo University Faculty of Medicine (Kasr Alainy)", medical_school_country="EG", graduation_year=2025, is_student=False,
    usmle_step1="pass", ecfmg_status="pending", specialties=["Neurology"], languages=["Arabic", "English", "German"], publications=1,
    usce_entries=[E("research","Neurology","MD","2024-07","2024-09"), E("observership","Neurology","OH","2025-10","2025-11")])))

# 9 fpdf2 Caribbean core rotations (US citizen)
P.append(dict(n=9, layout="fpdf_caribbean", ext="pdf", tool="fpdf2",
  name="Tyler J. Brennan", alt=None, title="MD Candidate, St. George's University School of Medicine (Grenada)",
  contact=["tbrennan@sgu.edu", "(732) 555-0198", "Red Bank, NJ, USA"],
  sections=[
   ("Education", ["St. George's University School of Medicine, Grenada, West Indies — MD expected May 2027",
                  "B.S. Biology, Rutgers University — 2021"]),
   ("Exams", ["USMLE Step 1: Pass (2024)", "USMLE Step 2 CK: 244 (2026)", "ECFMG: pending (graduation required)"]),
   ("Core Clinical Rotations (USA)", [
     "Internal Medicine — St. Michael's Medical Center, Newark, NJ — Jan 2025 – Mar 2025",
     "General Surgery — Brooklyn Hospital Center, Brooklyn, NY — Apr 2025 – Jun 2025",
     "Pediatrics — Brooklyn Hospital Center, Brooklyn, NY — Jul 2025 – Aug 2025",
     "Psychiatry — St. Michael's Medical Center, Newark, NJ — Sep 2025 – Oct 2025",
     "Obstetrics & Gynecology — Wyckoff Heights Medical Center, Brooklyn, NY — Nov 2025 – Dec 2025",
     "Emergency Medicine Sub-Internship — Aventura Hospital, Aventura, FL — Jan 2026"]),
   ("Volunteer", ["EMT-B, Red Bank First Aid Squad (2018 – 2021)"]),
   ("Goal", ["Emergency Medicine residency"]),
   ("Citizenship", ["U.S. citizen"]),
   ("Languages", ["English, Spanish (conversational)"])],
  truth=T(full_name="Tyler J. Brennan", email="tbrennan@sgu.edu", phone_e164="+17325550198",
    medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=244, ecfmg_status="pending", specialties=["Emergency Medicine"],
    languages=["English", "Spanish"], visa_status="citizen", publications=0,
    usce_entries=[E("hands_on","Internal Medicine","NJ","2025-01","2025-03"), E("hands_on","General Surgery","NY","2025-04","2025-06"),
                  E("hands_on","Pediatrics","NY","2025-07","2025-08"), E("hands_on","Psychiatry","NJ","2025-09","2025-10"),
                  E("hands_on","Obstetrics and Gynecology","NY","2025-11","2025-12"), E("hands_on","Emergency Medicine","FL","2026-01","2026-01")])))

# 10 plain text
P.append(dict(n=10, layout="plain_text", ext="txt", tool="python",
  name="Priya Ramdial", alt=None, title="MBBS Student (Year 5), UWI St. Augustine",
  contact=["priya.ramdial@my.uwi.edu", "+1 (868) 724-3391", "San Fernando, Trinidad and Tobago"],
  sections=[
   ("EDUCATION", ["Bachelor of Medicine and Bachelor of Surgery (MBBS)", "The University of the West Indies, St. Augustine Campus, Trinidad",
                  "2022 - present; expected graduation: June 2027"]),
   ("EXAMS", ["USMLE: none taken yet (Step 1 planned after graduation)"]),
   ("CLINICAL EXPERIENCE", ["Obstetrics & Gynaecology clerkship, San Fernando General Hospital - 2025.09 - 2025.11",
                            "Internal Medicine clerkship, Eric Williams Medical Sciences Complex - 2025.01 - 2025.04"]),
   ("VOLUNTEER", ["Trinidad & Tobago Red Cross - health fairs (2023 - ongoing)"]),
   ("INTERESTS", ["Obstetrics and Gynecology"]),
   ("US ROTATIONS", ["None yet - seeking a first US elective in OB/GYN for 2026-2027 (will need B1/B2 visa)"]),
   ("LANGUAGES", ["English, Hindi (basic)"]),
   ("REFERENCES", ["Dr. Anil Persad, OB/GYN - anil.persad@sta.uwi.edu - +1 868 662 2002"])],
  truth=T(full_name="Priya Ramdial", email="priya.ramdial@my.uwi.edu", phone_e164="+18687243391",
    medical_school="The University of the West Indies, St. Augustine", medical_school_country="TT", graduation_year=2027, is_student=True,
    specialties=["Obstetrics and Gynecology"], languages=["English", "Hindi"], visa_status="b1b2", publications=0, usce_entries=[])))

# 11 python-docx -> LibreOffice PDF, footer contact
P.append(dict(n=11, layout="gdocs_footer_pdf", ext="pdf", tool="python-docx+soffice",
  name="Juan Pablo Herrera Ruiz", alt=None, title="Médico Cirujano (UNAM) — Internal Medicine",
  contact=["jpherrera.md@gmail.com", "+52 1 55 4123 9087", "Coyoacán, CDMX, México"],
  sections=[
   ("Education", ["Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina — Médico Cirujano, 2018–2024",
                  "Servicio social, Instituto Nacional de Ciencias Médicas y Nutrición Salvador Zubirán — 08/2024 – 07/2025"]),
   ("USMLE", ["Step 1 — Pass", "Step 2 CK — 226", "ECFMG Certified — 2025"]),
   ("US Clinical Experience", ["Hands-on externship, Internal Medicine — UTRGV / DHR Health, Edinburg, TX — Jun 2025 – Jul 2025",
                               "Observership, Gastroenterology — Houston Methodist Hospital, Houston, TX — Jul 2025 – Sep 2025"]),
   ("Posters", ["Poster: Hepatic steatosis in Mexican adolescents — DDW 2025", "Poster: H. pylori resistance — ACG 2025"]),
   ("Interests", ["Internal Medicine; Gastroenterology; Hepatology"]),
   ("Status", ["U.S. Permanent Resident (Green Card holder)"]),
   ("Languages", ["Spanish (native), English (fluent)"]),
   ("References", ["Dr. Laura Castañeda, Houston Methodist — lcastaneda@houstonmethodist.org — (713) 555-0121"])],
  truth=T(full_name="Juan Pablo Herrera Ruiz", email="jpherrera.md@gmail.com", phone_e164="+525541239087",
    medical_school="Universidad Nacional Autónoma de México (UNAM)", medical_school_country="MX", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=226, ecfmg_status="certified", specialties=["Internal Medicine", "Gastroenterology"],
    languages=["Spanish", "English"], visa_status="green_card", publications=0,
    usce_entries=[E("hands_on","Internal Medicine","TX","2025-06","2025-07"), E("observership","Gastroenterology","TX","2025-07","2025-09")])))

# 12 ODT via LibreOffice
P.append(dict(n=12, layout="odt_libreoffice", ext="odt", tool="python-docx+soffice(odt)",
  name="Siti Nurhaliza binti Ahmad", alt=None, title="Final Year MBBS Student, Universiti Malaya",
  contact=["siti.nurhaliza@siswa.um.edu.my", "+60 12-384 7710", "Petaling Jaya, Selangor, Malaysia"],
  sections=[
   ("Education", ["Universiti Malaya, Faculty of Medicine — MBBS, 2022 – 2027 (expected)", "Foundation in Science, UM — 2021"]),
   ("US Experience", ["Summer research internship, Pathology — University of Pittsburgh Medical Center, Pittsburgh, PA — Jun 2025 – Aug 2025"]),
   ("Home Clerkships", ["Pathology, Medicine, Surgery postings — UMMC, Kuala Lumpur (2024 – ongoing)"]),
   ("Publications", ["Ahmad SN, Lim KH. Digital pathology concordance in breast core biopsies. Malays J Pathol. 2025;47(1):23-30."]),
   ("Awards", ["Dean's List 2023, 2024", "Best Poster, UM Medical Research Week 2025"]),
   ("Interest", ["Pathology"]),
   ("Skills", ["QuPath, ImageJ, basic Python"]),
   ("Languages", ["Malay, English, Mandarin (conversational)"]),
   ("Referee", ["Prof. Lim Kean Hooi — limkh@um.edu.my"])],
  truth=T(full_name="Siti Nurhaliza binti Ahmad", email="siti.nurhaliza@siswa.um.edu.my", phone_e164="+60123847710",
    medical_school="Universiti Malaya", medical_school_country="MY", graduation_year=2027, is_student=True,
    specialties=["Pathology"], languages=["Malay", "English", "Mandarin"], publications=1,
    usce_entries=[E("research","Pathology","PA","2025-06","2025-08")])))

# 13 reportlab single column
P.append(dict(n=13, layout="reportlab_classic", ext="pdf", tool="reportlab",
  name="Jose Miguel Dela Cruz", alt=None, title="MD, University of Santo Tomas",
  contact=["jmdelacruz.ust@gmail.com", "+63 917 555 2046", "Sampaloc, Manila, Philippines"],
  sections=[
   ("Education", ["Doctor of Medicine — University of Santo Tomas Faculty of Medicine and Surgery, Manila — 2020–2024",
                  "Post-graduate internship — UST Hospital — 2024–2025", "BS Medical Technology — UST — 2020"]),
   ("Examinations", ["USMLE Step 1: PASSED", "USMLE Step 2 CK: 255", "ECFMG certified (2025)", "Philippine Physician Licensure Exam: passed (2025)"]),
   ("US Clinical Experience", ["Observership, Nephrology — NYU Langone Health, New York, NY — Aug 2025",
                               "Externship (hands-on), Internal Medicine — The Brookdale Hospital Medical Center, Brooklyn, NY — Sep 2025 – Oct 2025"]),
   ("Publications", ["Dela Cruz JM, Reyes A. CKD progression among Filipino diabetics. Philipp J Intern Med. 2024;62(2):88-94.",
                     "Dela Cruz JM, et al. AKI after contrast CT. Acta Med Philipp. 2025;59(4):15-21."]),
   ("Interests", ["Internal Medicine, Nephrology"]),
   ("Visa", ["J-1 (will require sponsorship)"]),
   ("Languages", ["Filipino, English, Cebuano"]),
   ("References", ["Dr. Angela Reyes — areyes@ust.edu.ph"])],
  truth=T(full_name="Jose Miguel Dela Cruz", email="jmdelacruz.ust@gmail.com", phone_e164="+639175552046",
    medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=255, ecfmg_status="certified", specialties=["Internal Medicine", "Nephrology"],
    languages=["Filipino", "English", "Cebuano"], visa_status="j1", publications=2,
    usce_entries=[E("observership","Nephrology","NY","2025-08","2025-08"), E("hands_on","Internal Medicine","NY","2025-09","2025-10")])))

# 14 chromium two-column with ongoing research
P.append(dict(n=14, layout="canva_twocol", ext="pdf", tool="chromium",
  name="Ahmed Raza Khan", alt=None, title="MBBS (Dow) · Research Fellow, Hematology/Oncology",
  contact=["ahmedraza.khan91@hotmail.com", "+92 333 210 4478", "Houston, TX (current) / Karachi, Pakistan"],
  side=[("Languages", ["English", "Urdu", "Punjabi", "Sindhi"]), ("Visa", ["H-1B sponsorship required for residency"]),
        ("Skills", ["REDCap, Stata", "BLS/ACLS (AHA)"])],
  sections=[
   ("Education", ["Dow University of Health Sciences (Dow Medical College), Karachi — MBBS, 2018–2024", "House job, Civil Hospital Karachi — 2024 (12 months)"]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 241", "ECFMG: Certified"]),
   ("US Experience", ["Hands-on elective, Internal Medicine — Mount Sinai Hospital, Chicago, IL — 2025.02 – 2025.03",
                      "Research Fellow, Hematology/Oncology — MD Anderson Cancer Center, Houston, TX — 2025.04 – current"]),
   ("Publications", ["Khan AR, et al. CAR-T toxicity in older adults. Blood Adv. 2025;9(14):3310-19.",
                     "Khan AR, Patel V. Ferritin trends in thalassemia. J Pak Med Assoc. 2024;74(6):1102-6.",
                     "Khan AR, et al. Venetoclax in AML. Leuk Lymphoma. 2026;67(2):201-9.",
                     "2 abstracts at ASH 2025 (not peer-reviewed papers)"]),
   ("Interests", ["Internal Medicine → Hematology/Oncology fellowship; also interested in Hospitalist Medicine"]),
   ("Referee", ["Dr. Vikram Patel, MD Anderson — vpatel@mdanderson.org — (713) 555-0188"])],
  truth=T(full_name="Ahmed Raza Khan", email="ahmedraza.khan91@hotmail.com", phone_e164="+923332104478",
    medical_school="Dow University of Health Sciences", medical_school_country="PK", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=241, ecfmg_status="certified", specialties=["Internal Medicine", "Hematology/Oncology"],
    languages=["English", "Urdu", "Punjabi", "Sindhi"], visa_status="h1b", publications=3,
    usce_entries=[E("hands_on","Internal Medicine","IL","2025-02","2025-03"), E("research","Hematology/Oncology","TX","2025-04","2026-12")])))

# 15 python-docx native, contact in a table
P.append(dict(n=15, layout="docx_contact_table", ext="docx", tool="python-docx",
  name="Katarzyna Wiśniewska", alt=None, title="6th-year medical student, Warszawski Uniwersytet Medyczny",
  contact=["k.wisniewska@student.wum.edu.pl", "+48 601 229 874", "Warszawa, Poland"],
  sections=[
   ("Education", ["Medical University of Warsaw (Warszawski Uniwersytet Medyczny) — lekarz (MD), 2021 – 2027 (expected)"]),
   ("USMLE", ["Step 1: Pass (Oct 2025)"]),
   ("US Clinical Experience", ["Sub-internship, Psychiatry (hands-on) — Yale New Haven Hospital, New Haven, CT — April 2026"]),
   ("International Electives", ["Psychiatry elective — Charité Universitätsmedizin Berlin, Germany — 2025-07"]),
   ("Volunteer", ["Peer-support mental health line, WUM students (2022 – present)"]),
   ("Interest", ["Psychiatry"]),
   ("Languages", ["Polish, English, German"])],
  truth=T(full_name="Katarzyna Wiśniewska", email="k.wisniewska@student.wum.edu.pl", phone_e164="+48601229874",
    medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2027, is_student=True,
    usmle_step1="pass", specialties=["Psychiatry"], languages=["Polish", "English", "German"], publications=0,
    usce_entries=[E("hands_on","Psychiatry","CT","2026-04","2026-04")])))

# 16 RTF
P.append(dict(n=16, layout="rtf_twosection", ext="rtf", tool="handwritten-rtf",
  name="Tendai Moyo", alt=None, title="MBChB (UZ) · ECFMG Certified",
  contact=["tendai.moyo.md@gmail.com", "+263 77 214 5539", "Harare, Zimbabwe"],
  sections=[
   ("Education", ["University of Zimbabwe College of Health Sciences — MBChB, graduated 2022", "Internship: Parirenyatwa Group of Hospitals — 2023 – 2024"]),
   ("Examinations", ["USMLE Step 1 — Pass; Step 2 CK — 236", "ECFMG certified (2024)", "PLAB 1 — passed (not USMLE)"]),
   ("US Clinical Experience", ["Observership, Infectious Diseases — Massachusetts General Hospital, Boston, MA — Oct 2024 – Nov 2024"]),
   ("Publications", ["Moyo T, et al. TB-HIV co-infection outcomes in Harare. Afr Health Sci. 2023;23(4):210-8.",
                     "Moyo T, Chikwanha R. Cryptococcal meningitis mortality. S Afr J Infect Dis. 2024;39(1):a560."]),
   ("Career Interests", ["Infectious Disease; Internal Medicine"]),
   ("Visa", ["Will require J-1"]),
   ("Languages", ["English, Shona, Ndebele"]),
   ("Referee", ["Dr. Rudo Chikwanha — rchikwanha@uz.ac.zw — +263 24 279 1631"])],
  truth=T(full_name="Tendai Moyo", email="tendai.moyo.md@gmail.com", phone_e164="+263772145539",
    medical_school="University of Zimbabwe College of Health Sciences", medical_school_country="ZW", graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=236, ecfmg_status="certified", specialties=["Infectious Disease", "Internal Medicine"],
    languages=["English", "Shona", "Ndebele"], visa_status="j1", publications=2,
    usce_entries=[E("observership","Infectious Disease","MA","2024-10","2024-11")])))

# ---------------- scans ----------------
P.append(dict(n=17, layout="scan_png", ext="png", tool="reportlab->pdftoppm->Pillow", scan=True,
  name="Irina Popescu", alt=None, title="MD, Carol Davila University",
  contact=["irina.popescu.md@gmail.com", "+40 722 318 406", "Bucharest, Romania"],
  sections=[
   ("Education", ["Carol Davila University of Medicine and Pharmacy, Bucharest — MD, 2019 – 2025"]),
   ("Exams", ["USMLE Step 1: Pass", "ECFMG: pending"]),
   ("US Experience", ["Observership, Radiology — University of Michigan, Ann Arbor, MI — 2025-11 to 2026-01"]),
   ("Interest", ["Radiology"]), ("Languages", ["Romanian, English, French"])],
  truth=T(full_name="Irina Popescu", email="irina.popescu.md@gmail.com", phone_e164="+40722318406",
    medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO", graduation_year=2025, is_student=False,
    usmle_step1="pass", ecfmg_status="pending", specialties=["Radiology"], languages=["Romanian", "English", "French"], publications=0,
    usce_entries=[E("observership","Radiology","MI","2025-11","2026-01")])))
P.append(dict(n=18, layout="scan_photo_jpg", ext="jpg", tool="reportlab->pdftoppm->Pillow", scan=True,
  name="Arjun Nair", alt=None, title="Final-year MBBS, Kasturba Medical College, Manipal",
  contact=["arjun.nair.kmc@gmail.com", "+91 94470 21563", "Kochi, Kerala, India"],
  sections=[
   ("Education", ["Kasturba Medical College, Manipal — MBBS, expected graduation 2027"]),
   ("Exams", ["USMLE Step 1 — Pass"]),
   ("US Clinical Experience", ["Sub-internship, Internal Medicine — Henry Ford Hospital, Detroit, MI — Sep 2025"]),
   ("Interest", ["Internal Medicine"]), ("Languages", ["English, Malayalam, Hindi"])],
  truth=T(full_name="Arjun Nair", email="arjun.nair.kmc@gmail.com", phone_e164="+919447021563",
    medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2027, is_student=True,
    usmle_step1="pass", specialties=["Internal Medicine"], languages=["English", "Malayalam", "Hindi"], publications=0,
    usce_entries=[E("hands_on","Internal Medicine","MI","2025-09","2025-09")])))
P.append(dict(n=19, layout="scan_imagepdf", ext="pdf", tool="reportlab->pdftoppm->Pillow->img2pdf(Pillow)", scan=True,
  name="Zainab Bello", alt=None, title="MBBS, Ahmadu Bello University",
  contact=["zainab.bello.mbbs@gmail.com", "+234 806 551 2093", "Zaria, Kaduna State, Nigeria"],
  sections=[
   ("Education", ["Ahmadu Bello University, Zaria — MBBS, 2016 – 2023"]),
   ("Exams", ["USMLE Step 1: Pass · Step 2 CK: 229 · ECFMG Certified"]),
   ("US Experience", ["Observership, Obstetrics & Gynecology — Grady Memorial Hospital, Atlanta, GA — 06/2024 – 08/2024"]),
   ("Interest", ["Obstetrics and Gynecology"]), ("Languages", ["English, Hausa, Yoruba"])],
  truth=T(full_name="Zainab Bello", email="zainab.bello.mbbs@gmail.com", phone_e164="+2348065512093",
    medical_school="Ahmadu Bello University", medical_school_country="NG", graduation_year=2023, is_student=False,
    usmle_step1="pass", usmle_step2ck=229, ecfmg_status="certified", specialties=["Obstetrics and Gynecology"],
    languages=["English", "Hausa", "Yoruba"], publications=0,
    usce_entries=[E("observership","Obstetrics and Gynecology","GA","2024-06","2024-08")])))
P.append(dict(n=20, layout="scan_imagepdf_skew", ext="pdf", tool="reportlab->pdftoppm->Pillow", scan=True,
  name="Lucas Ferreira", alt=None, title="Médico, Faculdade de Medicina da USP",
  contact=["lucas.ferreira@usp.br", "+55 11 98765 4321", "São Paulo, Brazil"],
  sections=[
   ("Education", ["Faculdade de Medicina da Universidade de São Paulo (FMUSP) — MD, 2018 – 2024"]),
   ("Exams", ["USMLE Step 1: Pass; Step 2 CK: 250; ECFMG certified"]),
   ("US Experience", ["Research fellow, General Surgery — Massachusetts General Hospital, Boston, MA — 2024-09 to 2025-08",
                      "Observership, General Surgery — MGH, Boston, MA — 2025-09"]),
   ("Interest", ["General Surgery"]), ("Visa", ["J-1"]), ("Languages", ["Portuguese, English, Spanish"])],
  truth=T(full_name="Lucas Ferreira", email="lucas.ferreira@usp.br", phone_e164="+5511987654321",
    medical_school="Faculdade de Medicina da Universidade de São Paulo", medical_school_country="BR", graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=250, ecfmg_status="certified", specialties=["General Surgery"],
    languages=["Portuguese", "English", "Spanish"], visa_status="j1", publications=0,
    usce_entries=[E("research","General Surgery","MA","2024-09","2025-08"), E("observership","General Surgery","MA","2025-09","2025-09")])))
P.append(dict(n=21, layout="scan_photo_lowcontrast", ext="jpg", tool="reportlab->pdftoppm->Pillow", scan=True,
  name="Thanawat Srisuk", alt=None, title="MD, Faculty of Medicine Siriraj Hospital, Mahidol University",
  contact=["thanawat.srisuk@gmail.com", "+66 81 234 5678", "Bangkok, Thailand"],
  sections=[
   ("Education", ["Faculty of Medicine Siriraj Hospital, Mahidol University — MD, 2019 – 2025"]),
   ("Exams", ["USMLE Step 1: Pass", "ECFMG: pending"]),
   ("US Experience", ["None yet"]),
   ("Interest", ["Pediatrics"]), ("Languages", ["Thai, English"])],
  truth=T(full_name="Thanawat Srisuk", email="thanawat.srisuk@gmail.com", phone_e164="+66812345678",
    medical_school="Faculty of Medicine Siriraj Hospital, Mahidol University", medical_school_country="TH", graduation_year=2025, is_student=False,
    usmle_step1="pass", ecfmg_status="pending", specialties=["Pediatrics"], languages=["Thai", "English"], publications=0, usce_entries=[])))

DAMAGED = [(22, "truncated_pdf", "pdf"), (23, "encrypted_pdf", "pdf"), (24, "random_bytes_docx", "docx")]
