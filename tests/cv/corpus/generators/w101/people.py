# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w101.
Theme: medical students and very recent graduates.
Each CV: name_line, tagline, contact (list), sections [(title, [items])]
item = str  or  (heading, place, dates, [bullets])
Truth is written by hand (NOT derived from the CV structure)."""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

PEOPLE = []

# ---------------------------------------------------------------- 001
PEOPLE.append(dict(
 n=1, layout="eras_list", ext="pdf",
 cv=dict(
  name_line="Brianna Okafor-Whitfield",
  tagline="MD Candidate, Class of 2027",
  contact=["Decatur, GA 30030", "(404) 555-0187", "bokafor.whitfield@gmail.com"],
  sections=[
   ("Education", [
     ("Doctor of Medicine (MD) — expected graduation May 2027", "St. George's University School of Medicine, True Blue, St. George's, Grenada", "08/2022 – present",
      ["Basic sciences completed in Grenada (08/2022 – 05/2024)", "Clinical years in affiliated US teaching hospitals"]),
     ("B.S. Biology, cum laude", "Spelman College, Atlanta, GA", "08/2017 – 05/2021", []),
   ]),
   ("Licensure Examinations", [
     "USMLE Step 1: Pass (06/2024)",
     "USMLE Step 2 CK: scheduled 01/2027",
     "NBME CBSE practice: 78 (not an official score)",
     "ECFMG certification: pending graduation",
   ]),
   ("Core Clinical Clerkships (hands-on, United States)", [
     ("Internal Medicine Core Clerkship (12 weeks)", "Saint Michael's Medical Center, Newark, NJ", "07/2025 – 09/2025", []),
     ("General Surgery Core Clerkship (12 weeks)", "Wyckoff Heights Medical Center, Brooklyn, NY", "10/2025 – 12/2025", []),
     ("Pediatrics Core Clerkship (6 weeks)", "Wyckoff Heights Medical Center, Brooklyn, NY", "01/2026 – 02/2026", []),
     ("Obstetrics & Gynecology Core Clerkship (6 weeks)", "Saint Michael's Medical Center, Newark, NJ", "03/2026 – 04/2026", []),
     ("Psychiatry Core Clerkship (6 weeks)", "Larkin Community Hospital, Miami, FL", "05/2026 – 06/2026", []),
     ("Family Medicine Core Clerkship (6 weeks)", "Hurley Medical Center, Flint, MI", "07/2026 – 08/2026", []),
     ("Sub-Internship, Internal Medicine", "Piedmont Atlanta Hospital, Atlanta, GA", "09/2026 – present", ["Primary responsibility for 4–6 patients under resident supervision"]),
   ]),
   ("Planned Electives", [
     ("Nephrology elective (confirmed)", "Emory University Hospital, Atlanta, GA", "01/2027 – 02/2027", []),
   ]),
   ("Publications & Presentations", [
     "Okafor-Whitfield B, Lane T, Mbeki R. Hypertension control among uninsured adults in Grenada: a cross-sectional study. West Indian Med J. 2025;72(3):211-217.",
     "Poster: Okafor-Whitfield B, et al. Sickle cell crisis readmissions. SGU Research Day, St. George's, 2024.",
   ]),
   ("Languages", ["English (native); Igbo (conversational)"]),
   ("Career Interest", ["Internal Medicine"]),
   ("References", ["Dr. Harold Mensah, Clerkship Director, Saint Michael's Medical Center — (973) 555-0144 — hmensah@smmcnj.example.org"]),
  ]),
 truth=dict(full_name="Brianna Okafor-Whitfield", email="bokafor.whitfield@gmail.com", phone_e164="+14045550187",
  medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
  specialties=["Internal Medicine"], languages=["English", "Igbo"], publications=1,
  usce_entries=[E("hands_on","Internal Medicine","NJ","2025-07","2025-09"), E("hands_on","General Surgery","NY","2025-10","2025-12"),
   E("hands_on","Pediatrics","NY","2026-01","2026-02"), E("hands_on","Obstetrics and Gynecology","NJ","2026-03","2026-04"),
   E("hands_on","Psychiatry","FL","2026-05","2026-06"), E("hands_on","Family Medicine","MI","2026-07","2026-08"),
   E("hands_on","Internal Medicine","GA","2026-09","2026-12")],
  usce_months=18, usce_months_clinical=18),
 tricky="No visa statement although clearly US-based (truth null); planned 2027 elective must be ignored; referee phone/email; ongoing sub-I to present"))

# ---------------------------------------------------------------- 002
PEOPLE.append(dict(
 n=2, layout="chromium_sidebar", ext="pdf",
 cv=dict(
  name_line="Zofia Wiśniewska-Rahman",
  tagline="6th-year medical student · English Division · Aspiring neurologist",
  contact=["z.wisniewska.rahman@student.wum.edu.pl", "+48 601 234 567", "ul. Żwirki i Wigury 61, 02-091 Warszawa, Poland", "Born 1999"],
  sidebar=[
   ("Languages", ["Polish — native", "English — C2", "Bengali — conversational", "German — B1"]),
   ("USMLE", ["Step 1: Passed (11/2025)", "Step 2 CK: not yet taken", "UWSA 2 (practice): 251"]),
   ("Visa", ["B1/B2 visitor visa required for US electives"]),
   ("Interests", ["Neurology", "Stroke & neurovascular imaging", "Rowing (university crew)"]),
  ],
  sections=[
   ("Education", [
     ("Lekarz (MD-equivalent), 6-year English-language program", "Medical University of Warsaw (Warszawski Uniwersytet Medyczny), Warsaw, Poland", "10/2021 – expected 06/2027",
      ["Currently in final year (6th) — Class of 2027", "GPA 4.6 / 5.0"]),
   ]),
   ("Clinical Experience — United States", [
     ("Clinical Elective (hands-on), Cardiology", "Cleveland Clinic, Cleveland, OH", "07/07/2025 – 01/08/2025 (4 weeks)",
      ["Admitted and followed patients on the cardiology floor under attending supervision"]),
     ("Summer Research Student, Department of Neurology", "University of Michigan, Ann Arbor, MI", "Summer 2024 (June–August)",
      ["Retrospective cohort of 412 thrombectomy patients"]),
     ("Neurology elective — planned", "Mayo Clinic, Rochester, MN", "March 2027", ["Confirmed acceptance; not yet started"]),
   ]),
   ("Clinical Rotations — Poland", [
     ("Internal Medicine & Neurology rotations", "Central Clinical Hospital (UCK WUM), Warsaw", "10/2024 – 06/2025", []),
     ("Final-year rotations (Paediatrics, Surgery, Psychiatry)", "Bielański Hospital, Warsaw", "10/2026 – present", []),
   ]),
   ("Publications", [
     "Wiśniewska-Rahman Z, Kowalczyk P. Door-to-needle times in Masovian stroke centres. Neurol Neurochir Pol. 2025;59(2):144-150.",
     "Wiśniewska-Rahman Z, Patel R, Hughes K. Thrombectomy outcomes beyond 16 hours. J Stroke Cerebrovasc Dis. 2025;34(9):107812.",
     "Wiśniewska-Rahman Z, et al. Migraine in medical students. Manuscript submitted, 2026.",
   ]),
  ]),
 truth=dict(full_name="Zofia Wiśniewska-Rahman", email="z.wisniewska.rahman@student.wum.edu.pl", phone_e164="+48601234567",
  medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
  specialties=["Neurology"], languages=["Polish", "English", "Bengali", "German"], publications=2,
  usce_entries=[E("hands_on","Cardiology","OH","2025-07","2025-08"), E("research","Neurology","MI","2024-06","2024-08")],
  usce_months=5, usce_months_clinical=2),
 tricky="dd/mm/yyyy elective date spanning Jul-Aug; 'Summer 2024'; planned Mayo elective not USCE; Polish rotations 'present' not USCE; practice UWSA; submitted manuscript not counted; diacritics"))

# ---------------------------------------------------------------- 003
PEOPLE.append(dict(
 n=3, layout="lo_docx_table", ext="pdf",
 cv=dict(
  name_line="Arash Mohammadi Tehrani",
  name_native="آرش محمدی تهرانی",
  tagline="MD (Semmelweis University, 2026) · Applicant for Internal Medicine",
  contact_table=[("Email", "arash.m.tehrani@outlook.com"), ("Mobile", "+1 (949) 555-0143"), ("Address", "Irvine, CA 92618"),
                 ("Status", "U.S. Permanent Resident (Green Card)"), ("Date of birth", "14.03.1998")],
  contact=[],
  sections=[
   ("Education", [
     ("Doctor of Medicine (MD), English-language 6-year program", "Semmelweis University, Faculty of Medicine, Budapest, Hungary", "09/2020 – 07/2026",
      ["Graduated July 2026, cum laude"]),
   ]),
   ("USMLE & Certification", [
     "USMLE Step 1 — Pass (2024-05)",
     "USMLE Step 2 CK — 252 (2026-10)",
     "OET Medicine — passed (2025)",
     "ECFMG certification — pending (final diploma verification in progress)",
   ]),
   ("US Clinical Experience", "TABLE"),
   ("Clinical Experience outside the US", [
     ("Family Medicine elective", "Sunnybrook Health Sciences Centre, Toronto, Canada", "2025-06", []),
     ("Sixth-year internship rotations (Internal Medicine, Surgery, Neurology)", "Semmelweis University clinics, Budapest, Hungary", "2025-09 – 2026-05", []),
   ]),
   ("Publications", [
     "Mohammadi Tehrani A, Szabó K. Atrial fibrillation screening in Hungarian primary care. Orv Hetil. 2025;166(4):131-137.",
     "Mohammadi Tehrani A, Chen L, Park J. Coronary calcium scoring in young adults. J Cardiovasc Comput Tomogr. 2026;20(2):88-94.",
     "Mohammadi Tehrani A, et al. Lipoprotein(a) in Iranian-Americans. Under review, 2026.",
     "Posters: ACC Scientific Sessions 2026 (2 posters).",
   ]),
   ("Languages", ["Persian (Farsi) — native; English — fluent; Hungarian — basic"]),
   ("Career goals", ["Residency in Internal Medicine, followed by fellowship in Cardiology"]),
  ],
  usce_table=[("Type", "Specialty", "Institution / City", "Dates"),
              ("Hands-on clinical elective", "Internal Medicine", "UC Irvine Medical Center, Orange, CA", "2025-03 – 2025-04"),
              ("Observership", "Cardiology", "Cedars-Sinai Medical Center, Los Angeles, CA", "2026-08 – 2026-09"),
              ("Research assistant (part-time)", "Radiology", "UCLA, Los Angeles, CA", "2026-08 – present")]),
 truth=dict(full_name="Arash Mohammadi Tehrani", email="arash.m.tehrani@outlook.com", phone_e164="+19495550143",
  medical_school="Semmelweis University", medical_school_country="HU", graduation_year=2026, is_student=False,
  usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="pending", visa_status="green_card",
  specialties=["Internal Medicine", "Cardiology"], languages=["Persian", "English", "Hungarian"], publications=2,
  usce_entries=[E("hands_on","Internal Medicine","CA","2025-03","2025-04"), E("observership","Cardiology","CA","2026-08","2026-09"),
   E("research","Radiology","CA","2026-08","2026-12")],
  usce_months=7, usce_months_clinical=4),
 tricky="contacts only inside a table; Persian script name; USCE in a table; overlapping research & observership; Canada elective not USCE; DOB 14.03.1998; under-review paper not counted"))

# ---------------------------------------------------------------- 004
PEOPLE.append(dict(
 n=4, layout="gdocs_odt", ext="odt",
 cv=dict(
  name_line="Tharushi Wijesinghe",
  name_native="තරුෂි විජේසිංහ",
  tagline="Final-year medical student (6th year), Charles University, Prague",
  contact=["tharushi.wijesinghe@email.cz", "+420 777 123 456", "Prague 2, Czech Republic"],
  sections=[
   ("Education", [
     ("General Medicine (MUDr.), English parallel programme", "Charles University, First Faculty of Medicine, Prague, Czechia", "10.2021 – expected 06.2027", ["Final state examinations: May–June 2027"]),
     ("G.C.E. Advanced Level (Biological Science)", "Ladies' College, Colombo, Sri Lanka", "2020", []),
   ]),
   ("Clinical Experience in the USA", [
     ("Clinical elective (hands-on), General Surgery", "Jackson Memorial Hospital, Miami, FL", "03.2026 – 04.2026", ["Pre-rounding, notes, assisting in theatre"]),
     ("Observership, Pediatrics", "Nicklaus Children's Hospital, Miami, FL", "05.2026", []),
   ]),
   ("Other Clinical Experience", [
     ("Summer clerkship, Paediatrics", "Teaching Hospital Kandy, Sri Lanka", "07.2025 – 08.2025", []),
     ("Compulsory summer practice, Internal Medicine", "General University Hospital, Prague", "07.2024 – 08.2024", []),
   ]),
   ("Examinations", [
     "USMLE Step 1: scheduled February 2027",
     "NBME Form 30 (self-assessment): 71%",
   ]),
   ("Research & Presentations", [
     "Abstract: Wijesinghe T, Novák J. Febrile seizures in Prague, 2019–2023. European Academy of Paediatrics Congress, 2026 (abstract).",
   ]),
   ("Career interest", ["Pediatrics — hoping to match into categorical Pediatrics residency"]),
   ("Languages", ["Sinhala (සිංහල) — native", "English — fluent", "Tamil — intermediate", "Czech — A2"]),
   ("Referees", ["Dr. Carlos Ibáñez, Department of Surgery, Jackson Memorial Hospital, Miami, FL — +1 305 555 0172"]),
  ]),
 truth=dict(full_name="Tharushi Wijesinghe", email="tharushi.wijesinghe@email.cz", phone_e164="+420777123456",
  medical_school="Charles University, First Faculty of Medicine", medical_school_country="CZ", graduation_year=2027, is_student=True,
  usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Pediatrics"], languages=["Sinhala", "English", "Tamil", "Czech"], publications=0,
  usce_entries=[E("hands_on","General Surgery","FL","2026-03","2026-04"), E("observership","Pediatrics","FL","2026-05","2026-05")],
  usce_months=3, usce_months_clinical=3),
 tricky="Step 1 only scheduled (null); NBME practice %; dotted MM.YYYY dates; Sri Lanka & Prague clerkships not USCE; referee US phone; Sinhala script"))

# ---------------------------------------------------------------- 005
PEOPLE.append(dict(
 n=5, layout="webform_txt", ext="txt",
 cv=dict(
  name_line="Rohan Venkatesh Iyer",
  form=[
   ("Applicant Profile", [("Applicant (as on passport)", "Rohan Venkatesh Iyer"), ("First name", "Rohan"), ("Middle name", "Venkatesh"), ("Last name", "Iyer"),
     ("Email address", "rohan.v.iyer@tsmu-student.ge"), ("Mobile phone (Georgia)", "+995 555 12 34 56"),
     ("Emergency contact", "Mr. Venkatesh Iyer (father), +91 94440 22113"), ("Citizenship", "India"),
     ("US visa status", "Requires B1/B2 visa for US rotations")]),
   ("Medical Education", [("Medical school", "Tbilisi State Medical University (TSMU), Tbilisi, Georgia"),
     ("Program", "Medical Doctor (MD), 6-year English program"), ("Current year", "Final year (6th)"),
     ("Expected graduation", "July 2027"), ("ECFMG status", "Pending graduation")]),
   ("Examinations", [("USMLE Step 1", "Pass (Aug 2026)"), ("USMLE Step 2 CK", "Not yet taken"), ("USMLE Step 3", "N/A")]),
   ("Clinical Experience (US)", [
     ("Entry 1", "Observership | Internal Medicine | Mount Sinai Queens, Astoria, NY | Jul 2025 - Aug 2025"),
     ("Entry 2", "Telehealth rotation | Internal Medicine | Virtual clinic of a primary-care group in Houston, TX | Jan 2026 - Mar 2026"),
     ("Entry 3", "Elective (planned) | Gastroenterology | Detroit, MI | Apr 2027")]),
   ("Clinical Experience (outside US)", [
     ("Entry 1", "Clinical rotations | Internal Medicine, Surgery | First University Clinic of TSMU, Tbilisi | Sep 2025 - present"),
     ("Entry 2", "Summer elective | Gastroenterology | Apollo Hospitals, Chennai, India | Jun 2024 - Jul 2024")]),
   ("Publications", [("Peer-reviewed", "1. Iyer RV, Beridze N. Helicobacter pylori eradication rates in Tbilisi. Georgian Med News. 2026;(351):45-49."),
     ("Posters/abstracts", "None")]),
   ("Specialty interests", [("Primary", "Internal Medicine"), ("Secondary", "Gastroenterology")]),
   ("Languages", [("Languages spoken", "English, Tamil, Hindi, Russian (basic), Georgian (basic)")]),
  ]),
 truth=dict(full_name="Rohan Venkatesh Iyer", email="rohan.v.iyer@tsmu-student.ge", phone_e164="+995555123456",
  medical_school="Tbilisi State Medical University", medical_school_country="GE", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
  specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Tamil", "Hindi", "Russian", "Georgian"], publications=1,
  usce_entries=[E("observership","Internal Medicine","NY","2025-07","2025-08"), E("telehealth","Internal Medicine","TX","2026-01","2026-03")],
  usce_months=5, usce_months_clinical=2),
 tricky="web-form key:value text; name split in three fields; father's Indian phone is emergency contact; telehealth counted in total only; planned 2027 elective; Georgia the country vs GA"))

# ---------------------------------------------------------------- 006
PEOPLE.append(dict(
 n=6, layout="rtf", ext="rtf",
 cv=dict(
  name_line="Dr. Sneha Raghunathan, MBBS",
  name_native="சினேகா ரகுநாதன்",
  tagline="Recent MBBS graduate · ECFMG certified · Applying for Internal Medicine (Nephrology track)",
  contact=["Email: sneha.raghunathan91@yahoo.co.in", "Phone / WhatsApp: +91 98400 67321", "Chennai, Tamil Nadu, India"],
  sections=[
   ("Education", [
     ("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "Madras Medical College, Chennai, India (The Tamil Nadu Dr. M.G.R. Medical University)", "Batch 2019 – passed out 2025", ["Final professional examination passed January 2025; distinction in Medicine"]),
     ("Compulsory Rotatory Residential Internship (CRRI)", "Rajiv Gandhi Government General Hospital, Chennai", "Feb 2025 – Jan 2026", []),
   ]),
   ("USMLE / ECFMG", [
     "USMLE Step 1: PASS (2025)",
     "USMLE Step 2 CK: 248 (September 2026)",
     "ECFMG Certified — November 2026",
     "Visa: will require J-1 sponsorship",
   ]),
   ("US Clinical Experience", [
     ("Observership — Internal Medicine", "Henry Ford Hospital, Detroit, MI", "March–May 2026", ["Rounded with inpatient teams; presented 3 cases at morning report"]),
     ("Clinical Research Volunteer — Division of Nephrology", "Henry Ford Hospital, Detroit, MI", "04/2026 – till date", ["AKI biomarker registry; data abstraction"]),
   ]),
   ("Publications", [
     "1. Raghunathan S, Kumar A. Snakebite-associated acute kidney injury in Tamil Nadu. Indian J Nephrol. 2025;35(1):22-27.",
     "2. Raghunathan S, Ortiz M, Bhatt V. Contrast nephropathy after CT in outpatients. Kidney Med. 2026;8(5):100912.",
     "3. Raghunathan S. Poster: AKI in dengue. ISN Frontiers 2025 (poster).",
   ]),
   ("Languages", ["Tamil, English, Hindi, Telugu"]),
   ("Referees", ["Dr. Michael Ortiz, MD, Division of Nephrology, Henry Ford Hospital — (313) 555-0190"]),
  ]),
 truth=dict(full_name="Sneha Raghunathan", email="sneha.raghunathan91@yahoo.co.in", phone_e164="+919840067321",
  medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2025, is_student=False,
  usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Nephrology"], languages=["Tamil", "English", "Hindi", "Telugu"], publications=2,
  usce_entries=[E("observership","Internal Medicine","MI","2026-03","2026-05"), E("research","Nephrology","MI","2026-04","2026-12")],
  usce_months=10, usce_months_clinical=3),
 tricky="RTF with Tamil script (\\u escapes); 'Dr.' and 'MBBS' around the name; 'March–May 2026'; 'till date'; CRRI internship is not the graduation; poster in numbered list"))

# ---------------------------------------------------------------- 007
PEOPLE.append(dict(
 n=7, layout="fpdf2", ext="pdf",
 cv=dict(
  name_line="Ayesha Siddiqui",
  tagline="Final Year MBBS Student - Class of 2027",
  contact=["House 42, Street 7, DHA Phase 5, Lahore, Pakistan", "Cell: +92 300 1234567", "ayesha.siddiqui.kemu@gmail.com"],
  sections=[
   ("Education", [
     ("MBBS (Final Year)", "King Edward Medical University, Lahore, Pakistan", "2022 - 2027 (expected)", ["Final Professional Examination: expected March 2027"]),
   ]),
   ("USMLE", ["Step 1: Pass (Dec 2025)", "Step 2 CK: scheduled March 2027", "Visa: current B1/B2 visa holder (valid until 2030)"]),
   ("US Clinical Experience", [
     ("Clinical Elective (Hands-on) - Internal Medicine", "University of Toledo Medical Center, Toledo, OH", "Jun 2025 - Jul 2025", ["Took histories, presented patients, wrote progress notes (co-signed)"]),
     ("Observership - Endocrinology", "Houston Methodist Hospital, Houston, TX", "Aug 2025", []),
   ]),
   ("Clinical Rotations - Pakistan", [
     ("Ward rotations: Medicine, Surgery, Gynae/Obs, Paeds", "Mayo Hospital, Lahore", "Jan 2025 - present", ["Mayo Hospital is KEMU's teaching hospital in Lahore"]),
     ("Diabetes clinic volunteer", "Services Hospital, Lahore", "Oct 2024 - Dec 2024", []),
   ]),
   ("Research & Publications", [
     "1. Siddiqui A, Rana M. Glycemic control during Ramadan fasting. J Pak Med Assoc. 2025;75(2):310-314.",
     "2. Siddiqui A, Javed H, Khan S. Thyroid dysfunction in pregnant women in Lahore. Cureus. 2025;17(6):e61123.",
     "3. Siddiqui A, et al. Vitamin D deficiency in medical students. Ann King Edw Med Univ. 2026;32(1):12-17.",
     "4. Siddiqui A, et al. Metformin adherence. Manuscript in preparation.",
   ]),
   ("Interests", ["Internal Medicine; Endocrinology"]),
   ("Languages", ["Urdu, English, Punjabi"]),
  ]),
 truth=dict(full_name="Ayesha Siddiqui", email="ayesha.siddiqui.kemu@gmail.com", phone_e164="+923001234567",
  medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
  specialties=["Internal Medicine", "Endocrinology"], languages=["Urdu", "English", "Punjabi"], publications=3,
  usce_entries=[E("hands_on","Internal Medicine","OH","2025-06","2025-07"), E("observership","Endocrinology","TX","2025-08","2025-08")],
  usce_months=3, usce_months_clinical=3),
 tricky="'Mayo Hospital, Lahore' is Pakistani (not Mayo Clinic); Step 2 scheduled only; manuscript in preparation not counted; ongoing home rotation"))

# ---------------------------------------------------------------- 008
PEOPLE.append(dict(
 n=8, layout="reportlab", ext="pdf",
 cv=dict(
  name_line="Youssef Abdelrahman El-Sayed",
  tagline="MBBCh (Cairo University, 2025) | Intern, Kasr Al Ainy Hospitals | Aspiring General Surgeon",
  contact=["y.elsayed.md@gmail.com", "+20 100 234 5678", "Giza, Egypt"],
  sections=[
   ("Personal details", ["Date of birth: 02/11/2001", "Nationality: Egyptian", "US visa: will require J-1 visa sponsorship for residency"]),
   ("Education", [
     ("Bachelor of Medicine and Surgery (MBBCh) — Very Good with Honours", "Faculty of Medicine (Kasr Al Ainy), Cairo University, Egypt", "2019 – 2025", ["Ranked 87 of 1,450 graduates"]),
   ]),
   ("Internship", [
     ("Mandatory internship (house officer) year", "Kasr Al Ainy University Hospitals, Cairo", "Sep 2025 – present", ["General Surgery, Emergency, Internal Medicine, Pediatrics, OB/GYN rotations"]),
   ]),
   ("Examinations", [
     "USMLE Step 1 — Pass (February 2025)",
     "USMLE Step 2 CK — 239 (August 2026)",
     "OET Medicine — Grade B in all sub-tests (2025)",
     "PLAB 1 (UK) — Pass (2024)",
     "ECFMG certification — pending (awaiting completion of internship documentation)",
   ]),
   ("United States Experience", [
     ("Surgical Observership, Department of Surgery", "Beth Israel Deaconess Medical Center, Boston, MA", "January–February 2026", ["Observed 40+ cases; attended M&M and grand rounds"]),
     ("Research Volunteer, Surgical Outcomes Lab", "Beth Israel Deaconess Medical Center, Boston, MA", "Jul 2024 – Sep 2024", ["NSQIP database analysis of emergency laparotomy"]),
   ]),
   ("Publications", [
     "El-Sayed YA, Morgan T, Fahmy H. Frailty and 30-day mortality after emergency laparotomy. Am J Surg. 2025;240:115-121.",
     "Posters: Academic Surgical Congress 2025; Egyptian Society of Surgeons Annual Meeting 2025.",
     "El-Sayed YA. Trauma systems in Egypt (book chapter). In: Global Surgery Handbook, 2026.",
   ]),
   ("Skills", ["Basic & Advanced Cardiac Life Support (AHA), 2025", "Suturing, central line under supervision, FAST ultrasound"]),
   ("Languages", ["Arabic (native), English (fluent), French (intermediate)"]),
   ("Referees", ["Prof. Hany Fahmy, Professor of General Surgery, Cairo University — +20 122 555 0101 — hfahmy@kasralainy.example.edu.eg",
                 "Dr. Thomas Morgan, Department of Surgery, BIDMC, Boston — (617) 555-0166"]),
  ]),
 truth=dict(full_name="Youssef Abdelrahman El-Sayed", email="y.elsayed.md@gmail.com", phone_e164="+201002345678",
  medical_school="Cairo University, Faculty of Medicine (Kasr Al Ainy)", medical_school_country="EG", graduation_year=2025, is_student=False,
  usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
  specialties=["General Surgery"], languages=["Arabic", "English", "French"], publications=1,
  usce_entries=[E("observership","General Surgery","MA","2026-01","2026-02"), E("research","General Surgery","MA","2024-07","2024-09")],
  usce_months=5, usce_months_clinical=2),
 tricky="PLAB and OET not USMLE; dense one-page A4; DOB 02/11/2001; two referees with phones & email; book chapter and posters not counted; internship 'present' in Egypt"))

# ---------------------------------------------------------------- 009
PEOPLE.append(dict(
 n=9, layout="docx_headerfooter", ext="docx",
 cv=dict(
  name_line="Chiamaka Adaeze Nwosu",
  header="Chiamaka Adaeze Nwosu, MBBS  |  +234 803 123 4567  |  Ibadan, Oyo State, Nigeria",
  footer="Email: chiamaka.nwosu@ui-alumni.example.ng  •  Curriculum Vitae  •  Updated November 2026",
  tagline="House Officer · Aspiring Obstetrician-Gynaecologist",
  contact=[],
  sections=[
   ("Education", [
     ("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "College of Medicine, University of Ibadan, Nigeria", "2019 – 2026 (graduated February 2026)", ["Distinction in Obstetrics & Gynaecology"]),
   ]),
   ("Current Position", [
     ("House Officer (housemanship)", "University College Hospital, Ibadan", "Mar 2026 – present", ["Currently on Obstetrics & Gynaecology posting"]),
   ]),
   ("Examinations", ["USMLE Step 1 — Pass (Jul 2025)", "USMLE Step 2 CK — scheduled January 2027", "ECFMG status: Not certified (Step 2 CK outstanding)"]),
   ("US Clinical Experience", [
     ("Observership, Obstetrics & Gynecology", "Lincoln Medical Center, Bronx, NY", "Oct 2025 – Nov 2025", ["Labour & delivery, gynae clinic, resident didactics"]),
   ]),
   ("Clinical Experience — Nigeria", [
     ("Medical student clerkships", "University College Hospital, Ibadan", "2022 – 2025", []),
     ("Volunteer, maternal health outreach", "Ido Local Government Area, Oyo State", "Aug 2024", []),
   ]),
   ("Publications", [
     "Nwosu CA, Adebayo O. Determinants of antenatal care uptake in rural Oyo State. Afr J Reprod Health. 2025;29(4):55-63.",
     "Nwosu CA, Okonkwo E, Bello T. Postpartum haemorrhage audit at a Nigerian tertiary centre. Niger J Clin Pract. 2026;29(2):201-206.",
   ]),
   ("Visa", ["Requires B1/B2 visa for observerships"]),
   ("Interests", ["Obstetrics and Gynecology"]),
   ("Languages", ["English, Igbo, Yoruba"]),
  ]),
 truth=dict(full_name="Chiamaka Adaeze Nwosu", email="chiamaka.nwosu@ui-alumni.example.ng", phone_e164="+2348031234567",
  medical_school="University of Ibadan, College of Medicine", medical_school_country="NG", graduation_year=2026, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
  specialties=["Obstetrics and Gynecology"], languages=["English", "Igbo", "Yoruba"], publications=2,
  usce_entries=[E("observership","Obstetrics and Gynecology","NY","2025-10","2025-11")],
  usce_months=2, usce_months_clinical=2),
 tricky="phone only in the DOCX header, email only in the footer; 'Not certified' ECFMG; housemanship 'present' in Nigeria not USCE"))

# ---------------------------------------------------------------- 010
PEOPLE.append(dict(
 n=10, layout="chromium_onecol", ext="pdf",
 cv=dict(
  name_line="Angelica Mae Villanueva, MD",
  tagline="Doctor of Medicine, University of Santo Tomas (2025) · Family Medicine",
  contact=["angelica.villanueva.md@icloud.com", "+1 650-555-0129", "Daly City, California", "U.S. Permanent Resident"],
  sections=[
   ("Education", [
     ("Doctor of Medicine", "University of Santo Tomas Faculty of Medicine and Surgery, Manila, Philippines", "2021 – 2025", []),
     ("Post-Graduate Internship (PGI)", "University of Santo Tomas Hospital, Manila", "Aug 2025 – Jul 2026", []),
   ]),
   ("Licensure", ["Philippine Physician Licensure Examination — passed (Oct 2026)", "USMLE Step 1 — Pass (Mar 2025)"]),
   ("US Clinical Experience", [
     ("Clinical Extern (hands-on), Family Medicine", "Westlake Family Health (private practice), Daly City, CA", "Oct 2026 – present", ["Sees 8–10 patients/day with preceptor; EHR notes"]),
   ]),
   ("Languages", ["English · Filipino (Tagalog) · Ilocano"]),
  ]),
 truth=dict(full_name="Angelica Mae Villanueva", email="angelica.villanueva.md@icloud.com", phone_e164="+16505550129",
  medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH", graduation_year=2025, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="green_card",
  specialties=["Family Medicine"], languages=["English", "Filipino", "Ilocano"], publications=0,
  usce_entries=[E("hands_on","Family Medicine","CA","2026-10","2026-12")],
  usce_months=3, usce_months_clinical=3),
 tricky="short one-page; ', MD' after name; PGI internship not graduation; Philippine board exam not USMLE; Tagalog given as Filipino"))

# ---------------------------------------------------------------- 011
PEOPLE.append(dict(
 n=11, layout="eras_fpdf2", ext="pdf",
 cv=dict(
  name_line="Kevin Tran Nguyen",
  tagline="4th-year Medical Student | Ross University School of Medicine | Emergency Medicine applicant",
  contact=["Houston, TX 77036", "kevin.t.nguyen@rossu-student.example.edu", "Cell: 832.555.0191", "Permanent Resident (green card)"],
  sections=[
   ("Education", [
     ("MD Candidate - expected graduation April 2027", "Ross University School of Medicine, Bridgetown, Barbados", "Jan 2023 - present", ["Basic sciences in Barbados: Jan 2023 - Dec 2024"]),
     ("BS Biochemistry", "University of Houston, Houston, TX", "2017 - 2021", []),
   ]),
   ("Examinations", ["USMLE Step 1: Pass (Mar 2025)", "USMLE Step 2 CK: 247 (Oct 2026)", "ECFMG: pending graduation"]),
   ("Clinical Rotations (United States)", [
     ("Core: Internal Medicine", "BronxCare Health System, Bronx, NY", "May 2025 - Jul 2025", []),
     ("Core: Surgery", "Larkin Community Hospital, Miami, FL", "Aug 2025 - Oct 2025", []),
     ("Core: Psychiatry", "Saint Anthony Hospital, Chicago, IL", "Nov 2025 - Dec 2025", []),
     ("Core: Pediatrics", "Saint Anthony Hospital, Chicago, IL", "Jan 2026 - Feb 2026", []),
     ("Core: Obstetrics & Gynecology", "Saint Anthony Hospital, Chicago, IL", "Mar 2026 - Apr 2026", []),
     ("Core: Family Medicine", "Memorial Hermann, Houston, TX", "May 2026 - Jun 2026", []),
     ("Elective: Emergency Medicine", "Ben Taub Hospital, Houston, TX", "Jul 2026", []),
     ("Elective: Cardiology", "Ben Taub Hospital, Houston, TX", "Aug 2026", []),
     ("Sub-Internship: Emergency Medicine", "Memorial Hermann-TMC, Houston, TX", "Nov 2026 - present", []),
   ]),
   ("Research", [
     ("Research Assistant, Department of Emergency Medicine (part-time, during cores)", "Saint Anthony Hospital, Chicago, IL", "Nov 2025 - Mar 2026", ["ED boarding times and sepsis bundle compliance"]),
   ]),
   ("Other", ["Dedicated Step 2 CK study period: Sep 2026 - Oct 2026", "Poster: SAEM Great Plains Regional 2026"]),
   ("Languages", ["English, Vietnamese (Tiếng Việt)"]),
  ]),
 truth=dict(full_name="Kevin Tran Nguyen", email="kevin.t.nguyen@rossu-student.example.edu", phone_e164="+18325550191",
  medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="pending", visa_status="green_card",
  specialties=["Emergency Medicine"], languages=["English", "Vietnamese"], publications=0,
  usce_entries=[E("hands_on","Internal Medicine","NY","2025-05","2025-07"), E("hands_on","Surgery","FL","2025-08","2025-10"),
   E("hands_on","Psychiatry","IL","2025-11","2025-12"), E("hands_on","Pediatrics","IL","2026-01","2026-02"),
   E("hands_on","Obstetrics and Gynecology","IL","2026-03","2026-04"), E("hands_on","Family Medicine","TX","2026-05","2026-06"),
   E("hands_on","Emergency Medicine","TX","2026-07","2026-07"), E("hands_on","Cardiology","TX","2026-08","2026-08"),
   E("hands_on","Emergency Medicine","TX","2026-11","2026-12"), E("research","Emergency Medicine","IL","2025-11","2026-03")],
  usce_months=18, usce_months_clinical=18),
 tricky="research overlaps cores (counted once); gap Sep-Oct 2026; phone with dots; fpdf2 core fonts (Vietnamese line via DejaVu)"))

# ---------------------------------------------------------------- 012
PEOPLE.append(dict(
 n=12, layout="lo_docx_table", ext="pdf",
 cv=dict(
  name_line="Danielle Rosario Medina",
  tagline="MD, Saba University School of Medicine (May 2026) · Psychiatry",
  contact_table=[("E-mail", "danielle.r.medina@protonmail.com"), ("Phone", "(410) 555-0136"), ("Location", "Baltimore, MD"), ("Citizenship", "United States citizen")],
  contact=[],
  sections=[
   ("Education", [
     ("Doctor of Medicine (MD)", "Saba University School of Medicine, Saba, Caribbean Netherlands", "Sep 2022 – May 2026", ["Graduated May 2026"]),
     ("BA Psychology", "University of Maryland, College Park", "2016 – 2020", []),
   ]),
   ("USMLE / ECFMG", ["Step 1: Pass (2024)", "Step 2 CK: 255 (2025)", "ECFMG Certified (July 2026)", "COMLEX: not applicable"]),
   ("Clinical Clerkships — USA", "TABLE"),
   ("Current Research Position", [
     ("Research Fellow, Department of Psychiatry", "Johns Hopkins Bayview Medical Center, Baltimore, MD", "Jun 2026 – present", ["Opioid use disorder outcomes in ED-initiated buprenorphine"]),
   ]),
   ("Publications", ["Medina DR, Hughes A, Stein M. Ketamine for treatment-resistant depression in veterans: a retrospective review. J Affect Disord. 2026;351:402-409."]),
   ("Languages", ["English (native), Spanish (fluent)"]),
   ("Specialty", ["Psychiatry"]),
  ],
  usce_table=[("Rotation", "Hospital", "City, State", "Dates"),
    ("Internal Medicine (core)", "Sinai Hospital", "Baltimore, MD", "09/2024–11/2024"),
    ("Surgery (core)", "Sinai Hospital", "Baltimore, MD", "12/2024–02/2025"),
    ("Pediatrics (core)", "Mount Sinai Hospital", "Chicago, IL", "03/2025–04/2025"),
    ("OB/GYN (core)", "Mount Sinai Hospital", "Chicago, IL", "05/2025–06/2025"),
    ("Psychiatry (core)", "UMass Memorial", "Worcester, MA", "07/2025–08/2025"),
    ("Family Medicine (core)", "UMass Memorial", "Worcester, MA", "09/2025–10/2025"),
    ("Consult-Liaison Psychiatry (elective)", "Beth Israel Deaconess", "Boston, MA", "11/2025–12/2025"),
    ("Neurology (elective)", "Beth Israel Deaconess", "Boston, MA", "01/2026–02/2026"),
    ("Addiction Medicine (elective)", "Boston Medical Center", "Boston, MA", "03/2026")]),
 truth=dict(full_name="Danielle Rosario Medina", email="danielle.r.medina@protonmail.com", phone_e164="+14105550136",
  medical_school="Saba University School of Medicine", medical_school_country="BQ", graduation_year=2026, is_student=False,
  usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
  specialties=["Psychiatry"], languages=["English", "Spanish"], publications=1,
  usce_entries=[E("hands_on","Internal Medicine","MD","2024-09","2024-11"), E("hands_on","Surgery","MD","2024-12","2025-02"),
   E("hands_on","Pediatrics","IL","2025-03","2025-04"), E("hands_on","Obstetrics and Gynecology","IL","2025-05","2025-06"),
   E("hands_on","Psychiatry","MA","2025-07","2025-08"), E("hands_on","Family Medicine","MA","2025-09","2025-10"),
   E("hands_on","Psychiatry","MA","2025-11","2025-12"), E("hands_on","Neurology","MA","2026-01","2026-02"),
   E("hands_on",None,"MA","2026-03","2026-03"), E("research","Psychiatry","MD","2026-06","2026-12")],
  usce_months=26, usce_months_clinical=19),
 tricky="9-row rotation table with city and state in separate cells; 'Mount Sinai Hospital, Chicago' (not NY); COMLEX line; Saba = Caribbean Netherlands (BQ); Addiction Medicine not in specialty list"))

# ---------------------------------------------------------------- 013
PEOPLE.append(dict(
 n=13, layout="odt_pdf", ext="pdf",
 cv=dict(
  name_line="Jean-Philippe Augustin",
  tagline="Fourth-year MD student — American University of the Caribbean (Sint Maarten)",
  contact=["jp.augustin@aucmed-student.example.edu", "+1 (718) 555-0158", "Brooklyn, NY", "U.S. citizen"],
  sections=[
   ("Education", [("Doctor of Medicine (expected graduation: May 2027)", "American University of the Caribbean School of Medicine, Cupecoy, Sint Maarten", "2023 – present", [])]),
   ("USMLE", ["Step 1 — Pass (Nov 2025)", "Step 2 CK — not yet taken (planned Feb 2027)", "ECFMG certification pending graduation"]),
   ("Core clerkships completed / in progress (hands-on)", [
     ("Internal Medicine", "NYC Health + Hospitals/Coney Island, Brooklyn, NY", "January–March 2026", []),
     ("Surgery", "NYC Health + Hospitals/Coney Island, Brooklyn, NY", "April–June 2026", []),
     ("Pediatrics", "Northside Hospital Gwinnett, Lawrenceville, GA", "July–August 2026", []),
     ("Psychiatry", "Hurley Medical Center, Flint, MI", "September–October 2026", []),
     ("Obstetrics & Gynecology", "Grady Memorial Hospital, Atlanta, GA", "November 2026 – present", []),
   ]),
   ("Upcoming (scheduled)", [
     ("Family Medicine core", "Atlanta, GA", "January–February 2027", []),
     ("Electives: Trauma Surgery, Surgical ICU", "Brooklyn, NY", "March–April 2027", []),
   ]),
   ("Interests", ["General Surgery"]),
   ("Languages", ["English, Haitian Creole, French"]),
  ]),
 truth=dict(full_name="Jean-Philippe Augustin", email="jp.augustin@aucmed-student.example.edu", phone_e164="+17185550158",
  medical_school="American University of the Caribbean School of Medicine", medical_school_country="SX", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="citizen",
  specialties=["General Surgery"], languages=["English", "Haitian Creole", "French"], publications=0,
  usce_entries=[E("hands_on","Internal Medicine","NY","2026-01","2026-03"), E("hands_on","Surgery","NY","2026-04","2026-06"),
   E("hands_on","Pediatrics","GA","2026-07","2026-08"), E("hands_on","Psychiatry","MI","2026-09","2026-10"),
   E("hands_on","Obstetrics and Gynecology","GA","2026-11","2026-12")],
  usce_months=12, usce_months_clinical=12),
 tricky="month-name ranges 'January–March 2026'; upcoming 2027 rotations not USCE; one page; ODT converted via soffice"))

# ---------------------------------------------------------------- 014
PEOPLE.append(dict(
 n=14, layout="chromium_sidebar", ext="pdf",
 cv=dict(
  name_line="Aditya Narayan Kulkarni",
  name_native="आदित्य नारायण कुलकर्णी",
  tagline="Final Year MBBS (Part II) · Grant Government Medical College, Mumbai",
  contact=["aditya.kulkarni.ggmc@gmail.com", "+91 98201 23456", "Mumbai, Maharashtra", "Born: 2002"],
  sidebar=[
   ("Languages", ["Marathi (मराठी)", "Hindi", "English", "German (A1)"]),
   ("Exams", ["USMLE Step 1: scheduled Feb 2027", "NBME 25 (practice): 72%", "UWSA 2 (practice): 260"]),
   ("Visa", ["Holds B1/B2 visa"]),
   ("Interests", ["Pulmonology", "Critical Care", "Cricket, tabla"]),
  ],
  sections=[
   ("Education", [
     ("MBBS — Final Professional Part II (expected 2027)", "Grant Government Medical College & Sir J.J. Group of Hospitals, Mumbai, India", "2021 – 2027", ["Internship (CRRI) to follow: 2027 – 2028"]),
   ]),
   ("US Clinical Electives", [
     ("Hands-on clinical elective, Internal Medicine", "Advocate Illinois Masonic Medical Center, Chicago, IL", "4 weeks, starting 2 June 2025", ["Ended 29 June 2025"]),
     ("Observership, Pulmonary & Critical Care", "Rush University Medical Center, Chicago, IL", "Dec 2025 – Jan 2026", []),
   ]),
   ("Clinical work — India", [
     ("Clinical postings (Medicine, Surgery, OBGY, Paediatrics)", "Sir J.J. Group of Hospitals, Mumbai", "2023 – present", []),
     ("COVID-19 vaccination drive volunteer", "BMC ward clinics, Mumbai", "05/2021 – 08/2021", []),
   ]),
   ("Publications", [
     "Kulkarni AN, Deshmukh S. Tuberculosis treatment outcomes in Mumbai slums. Lung India. 2026;43(1):18-24.",
     "Kulkarni AN. Chapter 4: Sputum microscopy. In: Bedside Pulmonology for Students. Mumbai: JP Brothers; 2025 (book chapter).",
   ]),
  ]),
 truth=dict(full_name="Aditya Narayan Kulkarni", email="aditya.kulkarni.ggmc@gmail.com", phone_e164="+919820123456",
  medical_school="Grant Government Medical College", medical_school_country="IN", graduation_year=2027, is_student=True,
  usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
  specialties=["Pulmonology", "Critical Care"], languages=["Marathi", "Hindi", "English", "German"], publications=1,
  usce_entries=[E("hands_on","Internal Medicine","IL","2025-06","2025-06"), E("observership","Pulmonology","IL","2025-12","2026-01")],
  usce_months=3, usce_months_clinical=3),
 tricky="'4 weeks, starting 2 June 2025' (June only); observership crosses year; practice scores (NBME %, UWSA 260) are not Step 1; Devanagari; book chapter not counted"))

# ---------------------------------------------------------------- 015
PEOPLE.append(dict(
 n=15, layout="webform_txt", ext="txt",
 cv=dict(
  name_line="Paolo Miguel Bautista",
  form=[
   ("PERSONAL INFORMATION", [("Full Name", "Paolo Miguel Bautista"), ("Date of Birth", "1999-08-21"),
     ("E-mail", "pm.bautista@up.edu.ph"), ("Contact No.", "0917 555 2841 (Globe, PH)"), ("Address", "Ermita, Manila 1000, Philippines")]),
   ("EDUCATION", [("School", "University of the Philippines College of Medicine, Manila"), ("Degree", "Doctor of Medicine"),
     ("Year level", "Clerkship (final year, LU7)"), ("Batch", "Class of 2027")]),
   ("USMLE", [("Step 1", "not yet taken"), ("Step 2 CK", "not yet taken")]),
   ("US CLINICAL EXPERIENCE", [("Entries", "None yet. Confirmed: Ophthalmology elective, Wills Eye Hospital, Philadelphia, PA, 2027 (4 weeks, dates TBA)")]),
   ("CLINICAL EXPERIENCE (PHILIPPINES)", [("Clerkship", "Philippine General Hospital, Manila | Aug 2026 - present"),
     ("Community rotation", "Rural Health Unit, Bay, Laguna | 02/2026 - 03/2026")]),
   ("PUBLICATIONS", [("Count", "0"), ("Presentations", "Oral presentation, PGH Research Week 2026 (diabetic retinopathy screening)")]),
   ("SPECIALTY OF INTEREST", [("Specialty", "Ophthalmology")]),
   ("LANGUAGES", [("Spoken", "English; Filipino; Spanish (basic)")]),
  ]),
 truth=dict(full_name="Paolo Miguel Bautista", email="pm.bautista@up.edu.ph", phone_e164="+639175552841",
  medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2027, is_student=True,
  usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Ophthalmology"], languages=["English", "Filipino", "Spanish"], publications=0,
  usce_entries=[], usce_months=0, usce_months_clinical=0),
 tricky="no USCE at all (only a planned 2027 elective); local-format PH mobile 0917 → +63917...; everything null"))

# ---------------------------------------------------------------- 016
PEOPLE.append(dict(
 n=16, layout="rtf", ext="rtf",
 cv=dict(
  name_line="Ingrid Sofie Ødegård",
  tagline="6th-year medical student, University of Debrecen (English Program) — Anesthesiology",
  contact=["ingrid.odegard@mailbox.org", "+47 912 34 567", "Bergen, Norway / Debrecen, Hungary"],
  sections=[
   ("Education", [
     ("General Medicine (MD), English Program", "University of Debrecen, Faculty of Medicine, Debrecen, Hungary", "09/2021 – expected 06/2027", ["Final (6th) year — internship rotations"]),
   ]),
   ("Clinical electives — USA", [
     ("Clinical elective (hands-on, sub-internship level), Anesthesiology", "University of Miami / Jackson Memorial Hospital, Miami, FL", "15/02/2026 – 14/03/2026", ["Airway management, pre-op assessments under supervision", "Visa: J-1 (exchange visitor, student elective)"]),
   ]),
   ("Clinical experience — Norway & Hungary", [
     ("Medical student locum (vikar), Anaesthesia & Intensive Care", "Haukeland University Hospital, Bergen, Norway", "06/2025 – 08/2025", []),
     ("Sixth-year rotations", "Clinical Center, University of Debrecen", "09/2026 – present", []),
   ]),
   ("Examinations", ["USMLE: not taken yet (Step 1 planned 2027)", "Hungarian state exams: June 2027"]),
   ("Publications", ["Ødegård IS, Nagy B. Postoperative nausea after sevoflurane vs propofol: a retrospective study. Orv Hetil. 2026;167(12):470-475."]),
   ("Languages", ["Norwegian (native), English (C2), Swedish (B2), Hungarian (A2)"]),
  ]),
 truth=dict(full_name="Ingrid Sofie Ødegård", email="ingrid.odegard@mailbox.org", phone_e164="+4791234567",
  medical_school="University of Debrecen", medical_school_country="HU", graduation_year=2027, is_student=True,
  usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="j1",
  specialties=["Anesthesiology"], languages=["Norwegian", "English", "Swedish", "Hungarian"], publications=1,
  usce_entries=[E("hands_on","Anesthesiology","FL","2026-02","2026-03")],
  usce_months=2, usce_months_clinical=2),
 tricky="dd/mm/yyyy elective 15/02–14/03 spans two months; Norwegian locum job not USCE; Ø in RTF; 8-digit Norwegian number"))

# ================================================================= scans
# ---------------------------------------------------------------- 017
PEOPLE.append(dict(
 n=17, layout="scan_pdf", ext="pdf", scan=True, src="reportlab",
 cv=dict(
  name_line="MUDr. Tomáš Horák",
  tagline="Graduate, Masaryk University (2026) · Junior doctor, Internal Medicine",
  contact=["tomas.horak.md@seznam.cz", "+420 603 555 218", "Brno, Czech Republic"],
  sections=[
   ("Education", [("MUDr. (Doctor of General Medicine), 6-year program", "Faculty of Medicine, Masaryk University, Brno, Czechia", "2020 – 2026", ["Graduated June 2026"])]),
   ("Current position", [("Junior doctor (sekundární lékař), Internal Medicine", "University Hospital Brno", "08/2026 – present", [])]),
   ("USMLE", ["Step 1: Pass (2025)", "Step 2 CK: 261 (November 2026)", "ECFMG: pending", "Visa: J-1 required"]),
   ("United States experience", [
     ("Research internship, Cardiovascular Medicine", "Mayo Clinic, Rochester, MN", "07/2024 – 09/2024", []),
     ("Clinical observership, Cardiology", "Mayo Clinic, Rochester, MN", "08/2025", []),
   ]),
   ("Publications", ["Horák T, Novotný P. Heart failure readmissions in South Moravia. Cor Vasa. 2025;67(3):240-246.",
                     "Horák T, Lee S, Gersh B. Atrial fibrillation in young athletes. Mayo Clin Proc. 2025;100(8):1402-1410.",
                     "Abstract: ESC Congress 2025."]),
   ("Goals", ["Internal Medicine residency, then Cardiology fellowship"]),
   ("Languages", ["Czech, English, German"]),
  ]),
 truth=dict(full_name="Tomáš Horák", email="tomas.horak.md@seznam.cz", phone_e164="+420603555218",
  medical_school="Masaryk University, Faculty of Medicine", medical_school_country="CZ", graduation_year=2026, is_student=False,
  usmle_step1="pass", usmle_step2ck=261, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
  specialties=["Internal Medicine", "Cardiology"], languages=["Czech", "English", "German"], publications=2,
  usce_entries=[E("research","Cardiology","MN","2024-07","2024-09"), E("observership","Cardiology","MN","2025-08","2025-08")],
  usce_months=4, usce_months_clinical=1),
 tricky="image-only PDF, 1.2° rotation + noise; MUDr. title to strip; diacritics in the scan"))

# ---------------------------------------------------------------- 018
PEOPLE.append(dict(
 n=18, layout="photo_jpg", ext="jpg", scan=True, src="chromium",
 cv=dict(
  name_line="Mariam Hany Fawzy",
  tagline="6th-year medical student · Faculty of Medicine, Ain Shams University, Cairo",
  contact=["mariam.hany.fawzy@gmail.com", "+20 122 345 6789", "Heliopolis, Cairo, Egypt"],
  sections=[
   ("Education", [("MBBCh (6th year) — expected graduation 2027", "Faculty of Medicine, Ain Shams University, Cairo, Egypt", "2021 – 2027", [])]),
   ("US Experience", [("Observership, Internal Medicine", "RWJBarnabas Health – Newark Beth Israel Medical Center, Newark, NJ", "August 2025", [])]),
   ("Egypt", [("Summer training, Internal Medicine", "Ain Shams University Hospitals (El-Demerdash)", "Jul 2024", [])]),
   ("Exams", ["USMLE: not yet taken"]),
   ("Visa", ["Valid B1/B2 visa"]),
   ("Interest", ["Internal Medicine"]),
   ("Languages", ["Arabic, English, German"]),
  ]),
 truth=dict(full_name="Mariam Hany Fawzy", email="mariam.hany.fawzy@gmail.com", phone_e164="+201223456789",
  medical_school="Ain Shams University, Faculty of Medicine", medical_school_country="EG", graduation_year=2027, is_student=True,
  usmle_step1=None, usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
  specialties=["Internal Medicine"], languages=["Arabic", "English", "German"], publications=0,
  usce_entries=[E("observership","Internal Medicine","NJ","2025-08","2025-08")],
  usce_months=1, usce_months_clinical=1),
 tricky="phone photo JPG with perspective, blur, low contrast; one-month observership"))

# ---------------------------------------------------------------- 019
PEOPLE.append(dict(
 n=19, layout="scan_png", ext="png", scan=True, src="reportlab",
 cv=dict(
  name_line="Marcus D. Ellison",
  tagline="Final-year MD student, University of Medicine and Health Sciences (St. Kitts)",
  contact=["marcus.ellison@umhs-student.example.edu", "(312) 555-0177", "Chicago, IL", "US Citizen"],
  sections=[
   ("Education", [("Doctor of Medicine — expected graduation May 2027", "University of Medicine and Health Sciences, Basseterre, St. Kitts and Nevis", "2022 – present", [])]),
   ("USMLE / ECFMG", ["Step 1: Pass", "Step 2 CK: scheduled Dec 2026", "ECFMG: pending graduation"]),
   ("Core Rotations (USA)", [
     ("Internal Medicine", "Saint Anthony Hospital, Chicago, IL", "09/2025 – 11/2025", []),
     ("Surgery", "Brookdale Hospital, Brooklyn, NY", "12/2025 – 02/2026", []),
     ("Psychiatry", "Brookdale Hospital, Brooklyn, NY", "03/2026 – 04/2026", []),
     ("Pediatrics", "St. Joseph's University Medical Center, Paterson, NJ", "05/2026 – 06/2026", []),
     ("OB/GYN", "St. Joseph's University Medical Center, Paterson, NJ", "07/2026 – 08/2026", []),
     ("Family Medicine", "Kaweah Health, Visalia, CA", "10/2026 – 11/2026", []),
   ]),
   ("Specialty interest", ["Family Medicine"]),
   ("Languages", ["English, Spanish"]),
  ]),
 truth=dict(full_name="Marcus D. Ellison", email="marcus.ellison@umhs-student.example.edu", phone_e164="+13125550177",
  medical_school="University of Medicine and Health Sciences", medical_school_country="KN", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="citizen",
  specialties=["Family Medicine"], languages=["English", "Spanish"], publications=0,
  usce_entries=[E("hands_on","Internal Medicine","IL","2025-09","2025-11"), E("hands_on","Surgery","NY","2025-12","2026-02"),
   E("hands_on","Psychiatry","NY","2026-03","2026-04"), E("hands_on","Pediatrics","NJ","2026-05","2026-06"),
   E("hands_on","Obstetrics and Gynecology","NJ","2026-07","2026-08"), E("hands_on","Family Medicine","CA","2026-10","2026-11")],
  usce_months=14, usce_months_clinical=14),
 tricky="PNG scan; September 2026 gap; Step 2 'scheduled Dec 2026' not a score"))

# ---------------------------------------------------------------- 020
PEOPLE.append(dict(
 n=20, layout="scan_pdf", ext="pdf", scan=True, src="chromium",
 cv=dict(
  name_line="Dr. Hamza Tariq Memon",
  tagline="MBBS (Aga Khan University, 2026) · House Officer · Neurology",
  contact=["hamza.t.memon@aku-alumni.example.pk", "+92 321 7654321", "Karachi, Pakistan"],
  sections=[
   ("Education", [("MBBS", "Aga Khan University Medical College, Karachi, Pakistan", "2021 – 2026 (graduated May 2026)", [])]),
   ("House Job", [("House Officer, Internal Medicine & Neurology", "Aga Khan University Hospital, Karachi", "Jun 2026 – present", [])]),
   ("USMLE", ["Step 1 — Pass", "Step 2 CK — 258 (Sep 2026)", "ECFMG Certified (Nov 2026)", "Visa: J-1"]),
   ("US Clinical Elective", [("Clinical elective (hands-on), Neurology", "Baylor College of Medicine, Houston, TX", "Jan 2025 – Feb 2025", [])]),
   ("Publications", ["4 peer-reviewed publications (Pak J Neurol Sci 2024; J Pak Med Assoc 2025; Epilepsia Open 2025; Cureus 2026)", "2 posters (AAN 2025)"]),
   ("Interest", ["Neurology"]),
   ("Languages", ["Urdu, English, Sindhi"]),
  ]),
 truth=dict(full_name="Hamza Tariq Memon", email="hamza.t.memon@aku-alumni.example.pk", phone_e164="+923217654321",
  medical_school="Aga Khan University Medical College", medical_school_country="PK", graduation_year=2026, is_student=False,
  usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Neurology"], languages=["Urdu", "English", "Sindhi"], publications=4,
  usce_entries=[E("hands_on","Neurology","TX","2025-01","2025-02")],
  usce_months=2, usce_months_clinical=2),
 tricky="image-only PDF with JPEG artefacts and rotation; publications given as a count '4 peer-reviewed'"))

# ---------------------------------------------------------------- 021
PEOPLE.append(dict(
 n=21, layout="photo_jpg", ext="jpg", scan=True, src="chromium",
 cv=dict(
  name_line="Daniel Haim Rosen",
  tagline="6th-year MD student, David Tvildiani Medical University (English program), Tbilisi",
  contact=["daniel.h.rosen@gmail.com", "+1 (347) 555-0112", "Brooklyn, NY · US citizen"],
  sections=[
   ("Education", [("MD, 6-year English program — expected graduation June 2027", "David Tvildiani Medical University (AIETI), Tbilisi, Georgia", "2021 – present", [])]),
   ("USMLE", ["Step 1: Pass (Apr 2026)", "Step 2 CK: not taken"]),
   ("US Electives (hands-on)", [
     ("Internal Medicine elective", "Maimonides Medical Center, Brooklyn, NY", "July 2026", []),
     ("Cardiology elective", "Maimonides Medical Center, Brooklyn, NY", "August 2026", []),
     ("Sub-internship, Internal Medicine (planned)", "Brooklyn, NY", "February 2027", []),
   ]),
   ("Interest", ["Internal Medicine"]),
   ("Languages", ["English, Hebrew (עברית), Russian, Georgian (ქართული, basic)"]),
  ]),
 truth=dict(full_name="Daniel Haim Rosen", email="daniel.h.rosen@gmail.com", phone_e164="+13475550112",
  medical_school="David Tvildiani Medical University", medical_school_country="GE", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="citizen",
  specialties=["Internal Medicine"], languages=["English", "Hebrew", "Russian", "Georgian"], publications=0,
  usce_entries=[E("hands_on","Internal Medicine","NY","2026-07","2026-07"), E("hands_on","Cardiology","NY","2026-08","2026-08")],
  usce_months=2, usce_months_clinical=2),
 tricky="phone photo with strong perspective; Georgia (country) school; planned 2027 sub-I not USCE; Hebrew & Georgian scripts"))

DAMAGED = [
 dict(n=22, layout="damaged_truncated", ext="pdf", how="truncated"),
 dict(n=23, layout="damaged_encrypted", ext="pdf", how="encrypted"),
 dict(n=24, layout="damaged_random", ext="docx", how="random"),
]
