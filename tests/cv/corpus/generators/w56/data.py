# CV content (mini-markup) + truth for w56.  "# X" = section heading, "= X" = big name line,
# "| a | b" = table row (two-column), blank line = paragraph break.
CVS = []

def cv(**kw):
    CVS.append(kw)

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

# 001 India biodata, python-docx table
cv(n=1, layout="docx_biodata", fmt="docx_biodata",
   truth=dict(full_name="Venkata Sai Krishna Reddy Gummadi", email="saikrishna.gummadi91@gmail.com",
              phone_e164="+919849012376", medical_school="Gandhi Medical College", medical_school_country="IN",
              graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None,
              ecfmg_status="certified", specialties=["Internal Medicine", "Nephrology"],
              languages=["English", "Telugu", "Hindi", "Tamil"], visa_status="j1", publications=2,
              usce_entries=[E("observership", "Nephrology", "MI", "2025-03", "2025-04"),
                            E("hands_on", "Internal Medicine", "TX", "2025-05", "2025-07"),
                            E("research", "Nephrology", "OH", "2025-09", "2026-12")]),
   biodata=[("Name", "Dr. Venkata Sai Krishna Reddy Gummadi, MBBS"), ("Father's Name", "Sri G. Narasimha Reddy"),
            ("Date of Birth", "14/06/1995"), ("Sex", "Male"), ("Marital Status", "Unmarried"),
            ("Religion / Nationality", "Hindu / Indian"), ("Permanent Address", "H.No. 8-3-214/12, Srinagar Colony, Hyderabad - 500073, Telangana"),
            ("Mobile", "+91 98490 12376"), ("E-mail", "saikrishna.gummadi91@gmail.com"),
            ("Languages Known", "English, Telugu, Hindi, Tamil (speak only)")],
   body="""# CAREER OBJECTIVE
To secure a categorical PGY-1 position in Internal Medicine in the United States and later pursue fellowship in Nephrology.
# EDUCATIONAL QUALIFICATIONS
| MBBS | Gandhi Medical College, Secunderabad (Kaloji Narayana Rao University of Health Sciences), 2013 - 2019, 68.4%
| Compulsory Rotating Resident Internship (CRRI) | Gandhi Hospital, Secunderabad, 01-04-2018 to 31-03-2019
| Intermediate (Bi.P.C.) | Sri Chaitanya Junior College, Hyderabad, 2013, 96.7%
# USMLE / ECFMG
| USMLE Step 1 | PASS (first attempt, 2022)
| USMLE Step 2 CK | 248 (2023)
| ECFMG | Certified (Certificate issued Nov 2023)
| NBME practice (CBSSA) | 255
# CLINICAL EXPERIENCE - INDIA
| Junior Resident (non-academic), Dept. of General Medicine | Gandhi Hospital, 05/2019 - 12/2021
| Medical Officer | Apollo Clinic, Kukatpally, 01/2022 - 02/2025
# US CLINICAL EXPERIENCE
| Observership - Nephrology | Henry Ford Hospital, Detroit. 03/2025 - 04/2025
| Hands-on Externship - Internal Medicine | Memorial Hermann, Houston TX. 05/2025 - 07/2025
| Research Volunteer - Nephrology (AKI outcomes) | Cleveland Clinic. 09/2025 - till date
# PUBLICATIONS
1. Gummadi VSKR, Rao P. Profile of snake-bite induced AKI in a tertiary centre. Indian J Nephrol. 2021;31(4):344-349.
2. Gummadi VSKR, et al. Hyponatremia in elderly inpatients: a prospective study. J Assoc Physicians India. 2022;70(9):11-15.
Poster: "Contrast nephropathy after PCI" - ISN Annual Conference 2024 (poster).
Manuscript submitted: "Cystatin C in cirrhosis", Kidney360 (under review).
# VISA
Will require J-1 visa (ECFMG sponsored).
# REFERENCES
| Dr. Rajesh Kumar Verma, MD (Nephrology) | Henry Ford Hospital, Detroit | rverma2@hfhs.org | +1 313 916 2600
| Prof. K. Srinivas, MD | HOD Medicine, Gandhi Medical College | ksrinivas.gmc@gmail.com | +91 94400 11223
# DECLARATION
I hereby declare that the above information is true to the best of my knowledge and belief.
Place: Hyderabad          Date: 29/11/2026          (G. V. SAI KRISHNA REDDY)
""")

# 002 Pakistan, Word-style table -> LibreOffice PDF
cv(n=2, layout="lo_table_pdf", fmt="lo_docx_pdf",
   truth=dict(full_name="Ayesha Siddiqa Malik", email="ayesha.s.malik@outlook.com", phone_e164="+923004567891",
              medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2021,
              is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending",
              specialties=["Internal Medicine"], languages=["English", "Urdu", "Punjabi"], visa_status=None,
              publications=1,
              usce_entries=[E("telehealth", "Internal Medicine", "FL", "2023-06", "2023-08"),
                            E("observership", "Internal Medicine", "IL", "2024-01", "2024-02")]),
   body="""= AYESHA SIDDIQA MALIK
MBBS (Pb), FCPS-II Trainee (Medicine)
House 17, Street 4, Gulberg III, Lahore, Pakistan | Cell: 0300-4567891 (+92) | ayesha.s.malik@outlook.com
# EDUCATION
| 2016 - 2021 | MBBS, Allama Iqbal Medical College, Lahore (University of Health Sciences). Distinction in Pharmacology.
| 2014 - 2016 | F.Sc. (Pre-Medical), Kinnaird College for Women, Lahore - 1041/1100
# POSTGRADUATE TRAINING
| Jan 2022 - Dec 2022 | House Job (Medicine & Surgery), Jinnah Hospital, Lahore
| Jan 2023 - present | FCPS-II Trainee, Internal Medicine, Services Hospital, Lahore (IMM passed 2023)
# EXAMINATIONS
| USMLE Step 1 | Pass (2023)
| USMLE Step 2 CK | 239 (2024)
| OET Medicine | Result awaited - ECFMG certification pending
| PLAB 1 | Passed (2022) - not pursuing UK
# US CLINICAL EXPERIENCE
| Jun 2023 - Aug 2023 | Virtual (telehealth) Internal Medicine rotation, UF Health, Gainesville, FL - weekly tele-clinic with attending
| Jan 2024 - Feb 2024 | Observership, Internal Medicine, Mount Sinai Hospital, Chicago
# RESEARCH & PUBLICATIONS
| 2024 | Malik AS, Iqbal N. Dengue with hepatic dysfunction in Lahore. J Coll Physicians Surg Pak. 2024;34(2):150-4.
| 2023 | Abstract: HbA1c variability in FCPS clinic (PSIM conference, oral presentation)
# LANGUAGES
English (fluent), Urdu (native), Punjabi (native)
# REFEREES
| Dr. Naveed Iqbal, FCPS | Professor of Medicine, Services Hospital Lahore | naveed.iqbal@sims.edu.pk
| Dr. Robert Klein, MD | Program Director IM, Mount Sinai Hospital Chicago | robert.klein@sinai.org | (773) 542-2000
""")

# 003 Bangladesh, odfpy ODT
cv(n=3, layout="odt_classic", fmt="odt",
   truth=dict(full_name="Mohammad Tanvir Hasan Chowdhury", email="tanvir.chowdhury.dmc@gmail.com",
              phone_e164="+8801711234567", medical_school="Dhaka Medical College", medical_school_country="BD",
              graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None,
              ecfmg_status="certified", specialties=["Pediatrics"], languages=["Bengali", "English", "Hindi"],
              visa_status="b1b2", publications=3,
              usce_entries=[E("observership", "Pediatrics", "OH", "2024-08", "2024-09"),
                            E("hands_on", "Pediatrics", "NY", "2024-10", "2024-10")]),
   body="""= Dr. Mohammad Tanvir Hasan Chowdhury
মোহাম্মদ তানভীর হাসান চৌধুরী
MBBS (DU) | ECFMG Certified
Flat 5B, Road 27, Dhanmondi, Dhaka-1209, Bangladesh
Mobile: +880 1711-234567   Email: tanvir.chowdhury.dmc@gmail.com
# Career Objective
Seeking a Pediatrics residency position in the USA.
# Academic Qualification
MBBS - Dhaka Medical College, University of Dhaka, Session 2013-14, passed Final Prof. 2019, degree awarded 2020
HSC - Notre Dame College, Dhaka, 2013 (GPA 5.00)
# Internship
Rotatory internship, Dhaka Medical College Hospital - 2020.01 to 2020.12 (Medicine, Surgery, Gynae & Obs, Paediatrics)
# Work Experience
Honorary Medical Officer, Dept. of Paediatrics, Bangabandhu Sheikh Mujib Medical University - 2021.02 to 2024.06
# USMLE
Step 1: PASS;  Step 2 CK: 244;  ECFMG certified (2024)
# US Clinical Experience
Observership, Pediatrics - Nationwide Children's Hospital - 2024.08 to 2024.09
Hands-on externship, General Pediatrics - Brooklyn, NY - 2024.10 (4 weeks)
# Publications (peer-reviewed)
1. Chowdhury MTH, Rahman S. Neonatal sepsis pathogens at DMCH. Bangladesh J Child Health. 2022;46(1):12-17.
2. Chowdhury MTH, et al. Dengue shock syndrome in children, 2023 outbreak. Dhaka Shishu Hosp J. 2023;39(2):88-93.
3. Akter N, Chowdhury MTH. Vitamin D status in rickets. Mymensingh Med J. 2024;33(1):45-50.
Conference poster: PAS 2025 (poster only)
# Languages
Bangla (mother tongue), English (IELTS 8.0), Hindi (spoken)
# Visa
Currently holds a US B1/B2 visitor visa (valid until 2029).
# References
Prof. Dr. Shahana Akter, Head of Paediatrics, DMCH - shahana.akter@dmc.gov.bd - +880 1819-112233
Dr. Emily Carter, MD, Nationwide Children's Hospital - emily.carter@nationwidechildrens.org
""")

# 004 Nepal, hand-written RTF
cv(n=4, layout="rtf_plain", fmt="rtf",
   truth=dict(full_name="Sushmita Adhikari", email="sushmita.adhikari@bpkihs.edu", phone_e164="+9779841234567",
              medical_school="B.P. Koirala Institute of Health Sciences", medical_school_country="NP",
              graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
              ecfmg_status="not_certified", specialties=["Family Medicine", "Psychiatry"],
              languages=["Nepali", "English", "Hindi", "Maithili"], visa_status="j1", publications=2,
              usce_entries=[E("research", "Psychiatry", "PA", "2023-09", "2024-08"),
                            E("observership", "Family Medicine", "TN", "2024-06", "2024-08")]),
   body="""= SUSHMITA ADHIKARI, MBBS
Dharan-14, Sunsari, Koshi Province, Nepal
Ph: +977 984-1234567  |  sushmita.adhikari@bpkihs.edu
# EDUCATION
MBBS, B.P. Koirala Institute of Health Sciences (BPKIHS), Dharan, Nepal - 2016 to 2022 (includes 1-year compulsory rotating internship, 2021-22)
# LICENSURE & EXAMS
Nepal Medical Council licence No. 21457 (2022)
USMLE Step 1 - Pass (Oct 2023)
USMLE Step 2 CK - scheduled February 2027
ECFMG: not yet certified
# US EXPERIENCE
Research Fellow (remote + on site), Department of Psychiatry, University of Pittsburgh, PA - Sept 2023 - Aug 2024
Observership, Family Medicine, Johnson City, TN - Summer 2024 (June through August)
# NEPAL EXPERIENCE
Medical Officer, Dhulikhel Hospital - 2022.08 - 2023.07
# PUBLICATIONS
Adhikari S, Koirala P. Depression among medical students in eastern Nepal. JNMA J Nepal Med Assoc. 2023;61(258):120-5.
Adhikari S, et al. Alcohol use disorder in rural Koshi. Psychiatry Res Commun. 2024;4(1):100150.
Abstract accepted: APA Annual Meeting 2024 (poster)
# INTERESTS
Family Medicine; Psychiatry
# LANGUAGES
Nepali, English, Hindi, Maithili
# VISA
Will require J-1 sponsorship.
# REFERENCES
Dr. Linda Marsh, MD - Johnson City Family Practice - lmarsh@jcfp.org
Dr. Pawan Koirala, MD - Associate Professor of Psychiatry, BPKIHS - pawan.koirala@bpkihs.edu
""")

# 005 Sri Lanka, plain text
cv(n=5, layout="txt_plain", fmt="txt",
   truth=dict(full_name="Tharindu Dilshan Wijesinghe", email="tharindu.wijesinghe@yahoo.com",
              phone_e164="+94771234567", medical_school="University of Colombo Faculty of Medicine",
              medical_school_country="LK", graduation_year=2018, is_student=False, usmle_step1="pass",
              usmle_step2ck=232, usmle_step3=218, ecfmg_status="certified", specialties=["Anesthesiology"],
              languages=["Sinhala", "English", "Tamil"], visa_status="h1b", publications=4,
              usce_entries=[E("observership", "Anesthesiology", "MN", "2025-02", "2025-03"),
                            E("research", "Anesthesiology", "MA", "2025-04", "2026-12")]),
   body="""= THARINDU DILSHAN WIJESINGHE  (තරිඳු ඩිල්ෂාන් විජේසිංහ)
MBBS (Colombo)
No. 42/3, Temple Road, Nugegoda, Sri Lanka
Tel: +94 77 123 4567 | E-mail: tharindu.wijesinghe@yahoo.com
# OBJECTIVE
Anesthesiology residency (H-1B visa sponsorship requested).
# EDUCATION
2012 - 2018   MBBS, Faculty of Medicine, University of Colombo (Second Class Upper)
# INTERNSHIP
Intern House Officer, National Hospital of Sri Lanka, Colombo - 02/2019 to 01/2020 (Medicine 6 months, Surgery 6 months)
# POSTGRADUATE
2020 - 2024   Registrar trainee, MD (Anaesthesiology), Postgraduate Institute of Medicine (PGIM), Colombo
# USMLE
Step 1 ...... Pass
Step 2 CK ... 232
Step 3 ...... 218
ECFMG ....... Certified
# UNITED STATES
2025-02 - 2025-03   Observership, Anesthesiology, Mayo Clinic, Rochester MN
2025-04 - current   Research fellow, Anesthesiology (perioperative outcomes), Brigham and Women's Hospital
# PUBLICATIONS
1. Wijesinghe TD, Fernando R. Spinal anaesthesia for caesarean section in Sri Lanka. Ceylon Med J. 2021;66(2):70-5.
2. Wijesinghe TD, et al. Post-operative nausea audit. Sri Lankan J Anaesthesiol. 2022;30(1):22-7.
3. Wijesinghe TD, Perera A. Difficult airway trolley compliance. Sri Lankan J Anaesthesiol. 2023;31(2):101-6.
4. Lee J, Wijesinghe TD, et al. Frailty and postoperative delirium. Anesth Analg. 2026;142(3):512-20.
(Also: 3 conference abstracts; 1 manuscript in preparation)
# LANGUAGES
Sinhala (native), English, Tamil (conversational)
# REFEREES
Dr. Jonathan Lee, MD, PhD - Brigham and Women's Hospital, Boston - jlee44@bwh.harvard.edu - +1 617 732 5500
Dr. Anoma Fernando - Consultant Anaesthetist, NHSL - anomaf@nhsl.health.gov.lk - +94 11 269 1111
""")

# 006 Philippines, reportlab two-column sidebar
cv(n=6, layout="pdf_sidebar", fmt="reportlab_sidebar",
   truth=dict(full_name="Maria Kristina Dela Cruz Santos", email="mk.santos.md@gmail.com",
              phone_e164="+639175552841", medical_school="University of Santo Tomas Faculty of Medicine and Surgery",
              medical_school_country="PH", graduation_year=2020, is_student=False, usmle_step1="pass",
              usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
              specialties=["Internal Medicine", "Endocrinology"], languages=["English", "Filipino", "Cebuano"],
              visa_status=None, publications=1,
              usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2024-06", "2024-08"),
                            E("observership", "Endocrinology", "CA", "2024-09", "2024-09")]),
   sidebar="""CONTACT
mk.santos.md@gmail.com
+63 917 555 2841
Quezon City, Metro Manila
LANGUAGES
English
Filipino
Cebuano
EXAMS
USMLE Step 1: PASS
USMLE Step 2 CK: 255
ECFMG: Certified
PLE (PH Board): 88.6%
INTERESTS
Internal Medicine
Endocrinology""",
   body="""= MARIA KRISTINA DELA CRUZ SANTOS, MD
# EDUCATION
Doctor of Medicine, University of Santo Tomas Faculty of Medicine and Surgery, Manila - 2016 - 2020
BS Biology (pre-med), Ateneo de Manila University - 2012 - 2016
# POSTGRADUATE INTERNSHIP
Philippine General Hospital, Manila - Aug 2020 - Jul 2021
# RESIDENCY (PHILIPPINES)
Internal Medicine Resident, St. Luke's Medical Center - Global City, Jan 2022 - Dec 2023
# US CLINICAL EXPERIENCE
Hands-on Clerkship, Internal Medicine - Jersey City, NJ - June - August 2024
Observership, Endocrinology - Cedars-Sinai Medical Center - September 2024
# PUBLICATION
Santos MKDC, Lim R. Thyroid storm outcomes at a Manila tertiary hospital. Philipp J Intern Med. 2023;61(3):201-7.
# REFERENCES
Dr. Ramon Lim, FPCP - St. Luke's Medical Center - rlim@stlukes.com.ph
Dr. Sarah Goldberg, MD - Cedars-Sinai - sarah.goldberg@cshs.org - +1 310 423 3277
""")

# 007 India student, fpdf2
cv(n=7, layout="fpdf_student", fmt="fpdf",
   truth=dict(full_name="Ananya Iyer", email="ananya.iyer.kmc@gmail.com", phone_e164="+919448055321",
              medical_school="Kasturba Medical College, Manipal", medical_school_country="IN",
              graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
              ecfmg_status=None, specialties=["Neurology"],
              languages=["English", "Tamil", "Kannada", "Hindi", "German"], visa_status="b1b2", publications=0,
              usce_entries=[E("research", "Neurology", "MD", "2024-05", "2024-07"),
                            E("observership", "Neurology", "OH", "2025-07", "2025-07")]),
   body="""= Ananya Iyer
Final-year MBBS student | Kasturba Medical College, Manipal
ananya.iyer.kmc@gmail.com  |  +91 94480 55321  |  Manipal, Karnataka 576104
# Education
MBBS, Kasturba Medical College, Manipal (MAHE) - 2021 - present; expected completion May 2027, followed by CRRI 2027-28
# USMLE
Step 1: Pass (Jan 2025).  Step 2 CK: preparing (UWSA2 practice score 252).
# US Experience
Summer research intern, Neurology (stroke imaging), Baltimore, MD - 2024-05 to 2024-07
Clinical observership, Neurology - Cleveland, OH - Jul 2025
# Research Output
Posters: (1) Wake-up stroke imaging, ISC 2025 (poster); (2) Migraine in medical students, IAN 2024 (poster)
No peer-reviewed publications yet; one manuscript submitted.
# Interests
Neurology (stroke, epilepsy)
# Languages
English, Tamil (mother tongue), Kannada, Hindi, German (A2)
# Visa
B1/B2 visa holder
# Referee
Dr. Aditya Shenoy, Professor of Neurology, KMC Manipal - aditya.shenoy@manipal.edu - +91 820 292 2361
""")

# 008 Pakistan, chromium HTML sidebar
cv(n=8, layout="chromium_sidebar", fmt="chromium",
   truth=dict(full_name="Muhammad Usman Farooq", email="usman.farooq.dow@gmail.com", phone_e164="+923212345678",
              medical_school="Dow Medical College", medical_school_country="PK", graduation_year=2017,
              is_student=False, usmle_step1=231, usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
              specialties=["General Surgery"], languages=["English", "Urdu", "Sindhi"], visa_status="j1",
              publications=5,
              usce_entries=[E("hands_on", "General Surgery", "LA", "2025-01", "2025-03"),
                            E("research", "General Surgery", "MD", "2025-04", "2026-12")]),
   sidebar="""Contact
+92 321 2345678
usman.farooq.dow@gmail.com
Clifton Block 5, Karachi
USMLE
Step 1: 231
Step 2 CK: 240
ECFMG certified 2022
Visa
J-1 required
Languages
English, Urdu, Sindhi""",
   body="""= Dr. Muhammad Usman Farooq
MBBS, FCPS (General Surgery)
# Education
MBBS - Dow Medical College, Dow University of Health Sciences, Karachi (2012 - 2017)
# Training
House Job - Civil Hospital Karachi, 03/2017 - 02/2018
FCPS Residency, General Surgery - Civil Hospital Karachi, 2018 - 2023 (FCPS awarded Aug 2023)
# US Experience
Hands-on externship, General Surgery - Ochsner Medical Center, New Orleans - 01/2025 - 03/2025
Postdoctoral research fellow, Surgical Oncology - Johns Hopkins Hospital - 04/2025 - present
# Publications
Five peer-reviewed articles (J Pak Med Assoc x2, Cureus, World J Surg, Ann Surg Oncol), 4 posters.
# Goal
General Surgery residency
# References
Dr. Kevin Tran, MD - Ochsner Medical Center - ktran@ochsner.org - (504) 842-3000
Prof. Saeed Quraishy - Civil Hospital Karachi - squraishy@duhs.edu.pk
""")

# 009 Philippines, docx with contacts only in header/footer
cv(n=9, layout="docx_headerfooter", fmt="docx_hf",
   truth=dict(full_name="Jose Miguel Bautista Reyes", email="jm.reyes.er@gmail.com", phone_e164="+639189876543",
              medical_school="University of the Philippines College of Medicine", medical_school_country="PH",
              graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=262, usmle_step3=241,
              ecfmg_status="certified", specialties=["Emergency Medicine"],
              languages=["English", "Filipino", "Spanish"], visa_status="h1b", publications=0,
              usce_entries=[E("observership", "Emergency Medicine", "HI", "2025-03", "2025-05"),
                            E("hands_on", "Emergency Medicine", "NJ", "2025-06", "2025-06")]),
   header="JOSE MIGUEL BAUTISTA REYES, MD  ·  jm.reyes.er@gmail.com",
   footer="Mobile/Viber: +63 918 987 6543  ·  Makati City, Philippines  ·  page",
   body="""# Medical Education
Doctor of Medicine - University of the Philippines College of Medicine, Manila, 2015-2019 (cum laude)
# Postgraduate Internship
Philippine General Hospital, 2019-2020
# Work
Emergency Room Physician, The Medical City, Pasig - 2020 - 2024
# USMLE
Step 1 - Pass | Step 2 CK - 262 | Step 3 - 241 | ECFMG Certified
# US Clinical Experience
Observership, Emergency Medicine - Queen's Medical Center, Honolulu, HI - March-May 2025
Sub-internship (hands-on), Emergency Medicine - Newark Beth Israel Medical Center - June 2025
# Specialty Goal
Emergency Medicine. Requires H-1B visa sponsorship.
# Languages
English, Filipino (Tagalog), Spanish (conversational)
# References
Dr. Alan Kealoha, MD - Queen's Medical Center - akealoha@queens.org
Dr. Teresa Ong - The Medical City - teresa.ong@themedicalcity.com - +63 2 8988 1000
""")

# 010 Bangladesh, docx -> ODT via LibreOffice
cv(n=10, layout="lo_docx_odt", fmt="lo_docx_odt",
   truth=dict(full_name="Nusrat Jahan Rimi", email="nusrat.rimi@gmail.com", phone_e164="+8801819876543",
              medical_school="Sir Salimullah Medical College", medical_school_country="BD", graduation_year=2021,
              is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
              specialties=["Obstetrics and Gynecology"], languages=["Bengali", "English"], visa_status=None,
              publications=1,
              usce_entries=[E("observership", "Obstetrics and Gynecology", "NY", "2025-10", "2025-11")]),
   body="""= CURRICULUM VITAE
Dr. Nusrat Jahan Rimi
MBBS (Dhaka), FCPS Part-I (Obs & Gynae)
# Personal Details
| Name | Nusrat Jahan Rimi
| Date of Birth | 02 March 1996
| Cell | 01819-876543 (Bangladesh, +880)
| E-mail | nusrat.rimi@gmail.com
| Address | 12/A Lalbagh Road, Dhaka-1211
# Education
| MBBS | Sir Salimullah Medical College, Dhaka, 2015-2021
| Internship | Sir Salimullah Medical College & Mitford Hospital, Mar 2021 - Feb 2022
| FCPS Part-I | Bangladesh College of Physicians and Surgeons, Jan 2023 (Obstetrics & Gynaecology)
# Experience
| 2022 - present | Honorary Medical Officer, Obs & Gynae, Dhaka Medical College Hospital
# USMLE
| Step 1 | Passed, 2024
| Step 2 CK | Preparing (NBME 12: 238)
# US Clinical Experience
| Oct 2025 - Nov 2025 | Observer, Obstetrics & Gynecology, Bronx, NY
# Publication
Rimi NJ, Begum F. Maternal near-miss at a Dhaka tertiary hospital. Bangladesh J Obstet Gynaecol. 2024;39(1):20-25.
# Languages
Bangla, English
# Career interest
Obstetrics & Gynecology residency
# Reference
Prof. Ferdousi Begum - BCPS - ferdousi.begum@bcps.edu.bd - +880 1711-556677
""")

# 011 India, docx -> RTF via LibreOffice, US permanent resident
cv(n=11, layout="lo_docx_rtf", fmt="lo_docx_rtf",
   truth=dict(full_name="Harpreet Kaur Sandhu", email="harpreet.sandhu.md@gmail.com", phone_e164="+19165550142",
              medical_school="Government Medical College, Amritsar", medical_school_country="IN",
              graduation_year=2016, is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None,
              ecfmg_status="certified", specialties=["Pathology", "Hematology/Oncology"],
              languages=["Punjabi", "Hindi", "English"], visa_status="green_card", publications=6,
              usce_entries=[E("research", "Pathology", "CA", "2022-01", "2023-06"),
                            E("observership", "Hematology/Oncology", "CA", "2023-08", "2023-10"),
                            E("hands_on", "Pathology", "CA", "2023-11", "2024-02")]),
   body="""= HARPREET KAUR SANDHU, MBBS, DNB (Pathology)
Elk Grove, CA 95757  |  (916) 555-0142  |  harpreet.sandhu.md@gmail.com
US Permanent Resident (Green Card)
# EDUCATION
MBBS - Government Medical College, Amritsar (Baba Farid University of Health Sciences), 2010 - 2016 (internship 2015-16 included)
DNB Pathology - Dayanand Medical College & Hospital, Ludhiana, 2017 - 2020
# USMLE
Step 1: Pass. Step 2 CK: 228. ECFMG certified (2021).
# US EXPERIENCE
Research Associate, Pathology (molecular diagnostics), Sacramento, CA - 2022.01-2023.06
Observership, Hematology/Oncology, Fresno, CA - Aug 2023 - Oct 2023
Hands-on rotation, Anatomic & Clinical Pathology, UC Davis Medical Center - 2023.11-2024.02
# INDIA EXPERIENCE
Senior Resident, Pathology, AIIMS Bathinda - 2020 - 2021
# PUBLICATIONS
Six peer-reviewed papers (Indian J Pathol Microbiol 2019, 2020; J Clin Diagn Res 2021; Am J Clin Pathol 2023; Mod Pathol 2024; Cancer Cytopathol 2024)
# INTERESTS
Pathology; Hematology/Oncology
# LANGUAGES
Punjabi, Hindi, English
# REFERENCES
Dr. Michael Chen, MD - UC Davis Pathology - mchen@ucdavis.edu - (916) 734-2000
""")

# 012 Nepal, chromium single column
cv(n=12, layout="chromium_modern", fmt="chromium",
   truth=dict(full_name="Bikash Shrestha", email="bikash.shrestha.iom@gmail.com", phone_e164="+9779851098765",
              medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP",
              graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
              ecfmg_status="pending", specialties=["Cardiology", "Internal Medicine"],
              languages=["Nepali", "English", "Newari"], visa_status="j1", publications=2,
              usce_entries=[E("observership", "Cardiology", "NY", "2024-11", "2025-01"),
                            E("telehealth", "Internal Medicine", "AZ", "2025-02", "2025-03"),
                            E("research", "Cardiology", "WI", "2025-05", "2026-12")]),
   body="""= Bikash Shrestha, MBBS
Kathmandu, Nepal · +977 985-1098765 · bikash.shrestha.iom@gmail.com
# Education
MBBS — Institute of Medicine, Tribhuvan University (Maharajgunj Medical Campus), 2014–2020
Internship — Tribhuvan University Teaching Hospital, 2019–2020
# Exams
USMLE Step 1: Pass · Step 2 CK: 250 · ECFMG certification: pending (OET booked)
# U.S. Clinical & Research Experience
Observership, Cardiology — Rochester, NY — Nov 2024 – Jan 2025
Tele-rotation (telehealth), Internal Medicine — community clinic, Phoenix, AZ — Feb–Mar 2025
Research Assistant, Cardiology (heart-failure registry) — WI — May 2025 – ongoing
# Nepal
Medical Officer, Shahid Gangalal National Heart Centre — 2020–2024
# Publications
Shrestha B, et al. Rheumatic heart disease in school children of Kavre. JNMA. 2022;60(250):500-4.
Shrestha B, Maharjan R. Door-to-balloon time in Kathmandu. Nepal Heart J. 2023;20(1):9-13.
# Aims
Internal Medicine residency, then Cardiology fellowship. J-1 visa.
# Languages
Nepali, English, Newari (Nepal Bhasa)
# References
Dr. Susan Miller, MD — susan.miller@froedtert.com — +1 414 805 3666
""")

# 013 India, reportlab single column
cv(n=13, layout="pdf_reportlab", fmt="reportlab",
   truth=dict(full_name="Rohan Mehta", email="rohanmehta.kem@gmail.com", phone_e164="+919820456781",
              medical_school="Seth GS Medical College", medical_school_country="IN", graduation_year=2023,
              is_student=False, usmle_step1="pass", usmle_step2ck=259, usmle_step3=None, ecfmg_status="certified",
              specialties=["Psychiatry"], languages=["English", "Hindi", "Marathi", "Gujarati"], visa_status=None,
              publications=1,
              usce_entries=[E("hands_on", "Psychiatry", "NY", "2025-02", "2025-04"),
                            E("observership", "Psychiatry", "TX", "2025-05", "2025-05")]),
   body="""= Rohan Mehta
MBBS (Seth GS Medical College & KEM Hospital, Mumbai)
rohanmehta.kem@gmail.com | +91 98204 56781 | Mumbai, Maharashtra
# Education
MBBS, Seth GS Medical College & KEM Hospital, Mumbai - Aug 2017 - Mar 2023 (internship Apr 2022 - Mar 2023)
# USMLE
Step 1 Pass (2022) | Step 2 CK 259 (2024) | ECFMG Certified (2024)
# US Clinical Experience
Hands-on elective, Psychiatry (inpatient & C-L) - Elmhurst, NY - Feb 2025 - Apr 2025
Observership, Psychiatry - Dallas, TX - May 2025
# Other Experience
Junior Resident (non-academic), Psychiatry, KEM Hospital - Jun 2023 - Jan 2025
# Publication
Mehta R, Shah N. Suicide attempts presenting to a Mumbai ED. Indian J Psychiatry. 2024;66(5):431-6.
# Interests
Psychiatry
# Languages
English, Hindi, Marathi, Gujarati
# References
Dr. Nilesh Shah, Professor of Psychiatry, LTMMC - nileshshah@ltmmc.edu.in
Dr. Anna Kowalski, MD - Elmhurst Hospital - kowalska@nychhc.org - +1 718 334 4000
""")

# 014 Pakistan, python-docx table layout
cv(n=14, layout="docx_table", fmt="docx_table",
   truth=dict(full_name="Fatima Zahra Qureshi", email="fatimazqureshi@gmail.com", phone_e164="+923335566778",
              medical_school="Aga Khan University", medical_school_country="PK", graduation_year=2022,
              is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
              specialties=["Infectious Disease", "Internal Medicine"], languages=["English", "Urdu", "Pashto"],
              visa_status="j1", publications=3,
              usce_entries=[E("hands_on", "Internal Medicine", "NY", "2024-04", "2024-06"),
                            E("observership", "Infectious Disease", "GA", "2024-06", "2024-07")]),
   body="""= FATIMA ZAHRA QURESHI
MBBS (AKU)
# Contact
| Phone | +92 333 5566778
| Email | fatimazqureshi@gmail.com
| Address | DHA Phase 6, Karachi
# Education
| 2017-2022 | MBBS, Aga Khan University Medical College, Karachi
| 2022-2023 | House Job (Internship), Aga Khan University Hospital
# USMLE & Certification
| Step 1 | Pass
| Step 2 CK | 247
| ECFMG | Certified (2024)
# US Clinical Experience
| 04/2024-06/2024 | Hands-on rotation, Internal Medicine, Brooklyn, NY
| 06/2024-07/2024 | Observership, Infectious Diseases, Emory University Hospital
# Publications
| 1 | Qureshi FZ, et al. Typhoid XDR in Karachi children. J Pak Med Assoc. 2023.
| 2 | Qureshi FZ, Khan E. Candida auris colonisation. Int J Infect Dis. 2024.
| 3 | Ali S, Qureshi FZ. Antibiotic stewardship at AKUH. Cureus. 2024.
# Interests
Infectious Disease; Internal Medicine. J-1 visa required.
# Languages
English, Urdu, Pashto
# Referees
| Dr. Erum Khan | Aga Khan University | erum.khan@aku.edu
| Dr. David Park | Emory University Hospital | dpark@emory.edu
""")

# 015 India, plain text, older grad
cv(n=15, layout="txt_biodata", fmt="txt",
   truth=dict(full_name="Mohammed Irfan Shaikh", email="irfan.shaikh.gi@gmail.com", phone_e164="+919867012345",
              medical_school="Grant Government Medical College", medical_school_country="IN", graduation_year=2014,
              is_student=False, usmle_step1=226, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified",
              specialties=["Gastroenterology"], languages=["English", "Hindi", "Urdu", "Marathi"], visa_status=None,
              publications=8,
              usce_entries=[E("observership", "Gastroenterology", "FL", "2019-06", "2019-08"),
                            E("research", "Gastroenterology", "OH", "2019-09", "2021-08")]),
   body="""= BIO-DATA
Name            : Dr. Mohammed Irfan Shaikh
Date of Birth   : 11-01-1989
Mobile          : 098670 12345 (India, +91)
E-mail          : irfan.shaikh.gi@gmail.com
Address         : 402, Noor Manzil, Mahim, Mumbai 400016
Languages Known : English, Hindi, Urdu, Marathi
# Qualification
MBBS - Grant Government Medical College & Sir J.J. Group of Hospitals, Mumbai - 2008-2014 (incl. internship 2013-2014)
# USMLE
Step 1 - 226 ; Step 2 CK - 235 ; ECFMG certified (2018)
# US Experience
June 2019 - August 2019 : Observership, Gastroenterology & Hepatology, Jacksonville, FL
September 2019 - August 2021 : Research Fellow, Gastroenterology, Cleveland Clinic
# India Experience
2014-2017 : Medical Officer, J.J. Hospital ; 2021-present : Consultant Physician, Saifee Hospital, Mumbai
# Publications
8 peer-reviewed (including Gastroenterology, Am J Gastroenterol, Clin Gastroenterol Hepatol); 12 abstracts at DDW/ACG
# Career Goal
Gastroenterology (via Internal Medicine residency)
# Referees
Dr. Ahmed Hassan, Cleveland Clinic - hassana2@ccf.org - +1 216 444 2200
""")

# 016 Sri Lanka, fpdf2, no USCE
cv(n=16, layout="fpdf_compact", fmt="fpdf",
   truth=dict(full_name="Nimali Perera", email="nimali.perera94@gmail.com", phone_e164="+94714567890",
              medical_school="University of Peradeniya Faculty of Medicine", medical_school_country="LK",
              graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
              ecfmg_status=None, specialties=["Pediatrics", "Family Medicine"], languages=["Sinhala", "English"],
              visa_status="b1b2", publications=0, usce_entries=[]),
   body="""= NIMALI PERERA
MBBS (Peradeniya)
nimali.perera94@gmail.com  /  071 456 7890 (+94)  /  Kandy, Sri Lanka
# Education
MBBS - Faculty of Medicine, University of Peradeniya, 2015-2021
# Internship
Intern Medical Officer, Teaching Hospital Kandy, 2022.01 - 2022.12 (Paediatrics, Medicine)
# Experience
Medical Officer, Lady Ridgeway Hospital for Children, Colombo, 2023 - present
Elective, Royal Children's Hospital, Melbourne (Australia), Jan-Feb 2021
# USMLE
Step 1: Pass (2025). Step 2 CK planned 2027.
# US Clinical Experience
None yet - observership applications in progress for 2027.
# Interests
Pediatrics, Family Medicine
# Languages
Sinhala, English
# Visa
Holds B1/B2 visitor visa.
# Referee
Dr. Chamari Jayasinghe, Consultant Paediatrician - chamari.j@lrh.health.gov.lk
""")

# ---- scans ----
cv(n=17, layout="scan_png", fmt="scan_png",
   truth=dict(full_name="Priya Ramachandran", email="priya.ram.mmc@gmail.com", phone_e164="+919884123456",
              medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2018,
              is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
              specialties=["Family Medicine"], languages=["Tamil", "English", "Malayalam"], visa_status="j1",
              publications=1, usce_entries=[E("observership", "Family Medicine", "IL", "2024-01", "2024-02")]),
   body="""= PRIYA RAMACHANDRAN, MBBS, DNB (Family Medicine)
Chennai, Tamil Nadu | +91 98841 23456 | priya.ram.mmc@gmail.com
# Education
MBBS, Madras Medical College, Chennai - 2012-2018
CRRI (internship): Rajiv Gandhi Government General Hospital, 2017-2018
DNB Family Medicine, 2019-2022
# USMLE
Step 1: PASS   Step 2 CK: 241   ECFMG: Certified
# US Clinical Experience
Observership, Family Medicine, Chicago, IL - Jan 2024 - Feb 2024
# Publication
Ramachandran P. Diabetic foot screening in primary care. J Family Med Prim Care. 2022.
# Goal / Visa
Family Medicine residency; J-1 visa required.
# Languages
Tamil, English, Malayalam
""")
cv(n=18, layout="scan_pdf", fmt="scan_pdf",
   truth=dict(full_name="Hamid Raza Khan", email="hamidrazakhan.kmc@gmail.com", phone_e164="+923459988776",
              medical_school="Khyber Medical College", medical_school_country="PK", graduation_year=2019,
              is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="pending",
              specialties=["Neurology"], languages=["Pashto", "Urdu", "English"], visa_status=None, publications=0,
              usce_entries=[E("hands_on", "Neurology", "NJ", "2025-09", "2025-11")]),
   body="""= Dr. Hamid Raza Khan
MBBS (KMC Peshawar)
Hayatabad, Peshawar | 0345-9988776 (+92) | hamidrazakhan.kmc@gmail.com
# Education
MBBS, Khyber Medical College, Peshawar, 2014-2019
House Job, Lady Reading Hospital, 2019-2020
# USMLE
Step 1 Pass, Step 2 CK 236. ECFMG certification pending.
# US Clinical Experience
Hands-on clerkship, Neurology - Newark, NJ - Sep - Nov 2025
# Interest
Neurology
# Languages
Pashto, Urdu, English
""")
cv(n=19, layout="scan_jpg", fmt="scan_jpg",
   truth=dict(full_name="Katrina Mae Villanueva", email="katrinamae.villanueva@yahoo.com",
              phone_e164="+639273334455", medical_school="Cebu Institute of Medicine", medical_school_country="PH",
              graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
              ecfmg_status=None, specialties=["Obstetrics and Gynecology"],
              languages=["English", "Filipino", "Cebuano"], visa_status=None, publications=0,
              usce_entries=[E("observership", "Obstetrics and Gynecology", "NV", "2025-07", "2025-07")]),
   body="""= KATRINA MAE VILLANUEVA, MD
Cebu City, Philippines  •  +63 927 333 4455  •  katrinamae.villanueva@yahoo.com
# Education
Doctor of Medicine, Cebu Institute of Medicine, 2017-2021
Post-graduate internship, Vicente Sotto Memorial Medical Center, 2021-2022
# Licensure
Philippine Physician Licensure Exam passed 2022; USMLE Step 1 PASS
# US Clinical Experience
Observership, Obstetrics & Gynecology, Las Vegas, NV, July 2025
# Interest
Obstetrics and Gynecology
# Languages
English, Filipino, Cebuano
""")
cv(n=20, layout="scan_pdf_rotated", fmt="scan_pdf",
   truth=dict(full_name="Arif Mahmud", email="arif.mahmud.cmc@gmail.com", phone_e164="+8801912345678",
              medical_school="Chittagong Medical College", medical_school_country="BD", graduation_year=2018,
              is_student=False, usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified",
              specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["Bengali", "English"],
              visa_status="j1", publications=2,
              usce_entries=[E("research", "Pulmonology/Critical Care", "GA", "2023-03", "2024-02"),
                            E("hands_on", "Internal Medicine", "NY", "2024-03", "2024-05")]),
   body="""= ARIF MAHMUD
MBBS (CMC)  |  +880 1912-345678  |  arif.mahmud.cmc@gmail.com  |  Chattogram
# Education
MBBS, Chittagong Medical College, 2012-2018; Internship CMCH 2018-2019
# USMLE
Step 1: Pass;  Step 2 CK: 243;  ECFMG Certified
# US Experience
Research Fellow, Pulmonary & Critical Care, Augusta, GA - 03/2023 - 02/2024
Hands-on externship, Internal Medicine, Queens, NY - 03/2024 - 05/2024
# Publications
2 peer-reviewed articles (Chest 2024; Respir Med 2024)
# Goals
Internal Medicine, then Pulmonary/Critical Care. J-1 visa.
# Languages
Bengali, English
""")
cv(n=21, layout="scan_png_phone", fmt="scan_png",
   truth=dict(full_name="Prakriti Karki", email="prakriti.karki.kmc@gmail.com", phone_e164="+9779803456789",
              medical_school="Kathmandu Medical College", medical_school_country="NP", graduation_year=2022,
              is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
              specialties=["Radiology"], languages=["Nepali", "English", "Hindi"], visa_status=None, publications=0,
              usce_entries=[E("observership", "Radiology", "MI", "2025-03", "2025-04")]),
   body="""= Prakriti Karki, MBBS
Lalitpur, Nepal  |  +977 980-3456789  |  prakriti.karki.kmc@gmail.com
# Education
MBBS, Kathmandu Medical College, Sinamangal, 2016-2022 (internship 2021-22)
# USMLE
Step 1: Pass | Step 2 CK: 238 | ECFMG Certified
# US Experience
Observership, Diagnostic Radiology, Ann Arbor, MI - 2025-03 to 2025-04
# Interest
Radiology
# Languages
Nepali, English, Hindi
""")
