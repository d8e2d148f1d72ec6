# -*- coding: utf-8 -*-
"""CV content + truth for writer w55.  Body DSL: '# ' heading, '- ' bullet,
'| a | b |' table row (first row of a block = header), '> ' right-aligned/small line, else paragraph."""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

CVS = []

def cv(**kw):
    CVS.append(kw)

# ---------------------------------------------------------------- 001
cv(n=1, layout="txt_email_paste", ext="txt", render="txt_email",
truth=dict(full_name="Priyanka Venkataraman", email="priyanka.venkat94@gmail.com", phone_e164="+919845012377",
 medical_school="Stanley Medical College", medical_school_country="IN", graduation_year=2019, is_student=False,
 usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified",
 specialties=["Internal Medicine", "Nephrology"], languages=["English", "Tamil", "Hindi", "Telugu"],
 visa_status="b1b2", publications=2,
 usce_entries=[E("observership", "Nephrology", "NY", "2023-07", "2023-09"),
               E("hands_on", "Internal Medicine", "LA", "2024-01", "2024-02"),
               E("research", "Nephrology", "AL", "2024-03", "2026-12")]),
body="""From: Priyanka V <priyanka.venkat94@gmail.com>
Sent: Monday, November 30, 2026 11:42 PM
To: rotations@clinicalbridge-usce.com
Subject: Application - IM rotation Spring 2027 (CV pasted below, attachment was not opening)

Dear Sir/Madam,

Please find my CV below. I tried attaching the PDF twice but your portal said "file type not supported", so I am pasting it here. Kindly let me know if anything else is needed.

Thanks and regards,
Priyanka

=====================================================================
                       CURRICULUM VITAE
          DR. PRIYANKA VENKATARAMAN, MBBS
=====================================================================
Email   : priyanka.venkat94@gmail.com
Mobile  : +91 98450 12377  (WhatsApp available)
Address : No. 14, 3rd Cross Street, Besant Nagar, Chennai 600090, India
DOB     : 17-Aug-1994        Nationality: Indian
Visa    : B1/B2 visitor visa (valid until 2029)

CAREER OBJECTIVE
----------------
Seeking a categorical Internal Medicine residency position, with long
term interest in Nephrology fellowship.

EDUCATION
---------
* MBBS - Stanley Medical College, Chennai (affiliated to The Tamil Nadu
  Dr. M.G.R. Medical University)            Aug 2013 - Mar 2019
* Compulsory Rotating Residential Internship (CRRI), Govt. Stanley
  Hospital                                 Apr 2019 - Mar 2020
* Higher Secondary (Biology/Maths) - PSBB Senior Secondary School, 2012

USMLE / ECFMG
-------------
Step 1      : PASS (first attempt, 2022)
Step 2 CK   : 243 (2023)
NBME form 30 (practice) : 252
OET Medicine: Grade B all subtests
ECFMG       : Certified (Certificate issued Sep 2023)

US CLINICAL EXPERIENCE
----------------------
1) Nephrology Observership
   Icahn School of Medicine at Mount Sinai, New York, NY
   July 2023 - September 2023
   - Attended CKD and transplant clinics, dialysis rounds
2) Hands-on Externship, Internal Medicine (inpatient wards)
   Ochsner Medical Center, New Orleans, LA
   Jan 2024 - Feb 2024
   - Pre-rounded, wrote progress notes co-signed by attendings
3) Clinical Research Coordinator (volunteer), Division of Nephrology
   University of Alabama at Birmingham, Birmingham, AL
   March 2024 - present
   - Retrospective AKI cohort, REDCap data abstraction

CLINICAL EXPERIENCE - INDIA
---------------------------
* Junior Resident (non-academic), Dept. of General Medicine,
  Apollo Hospitals, Greams Road, Chennai          Apr 2020 - Jun 2022
* COVID-19 ward medical officer, Rajiv Gandhi Govt. General Hospital
                                                 May 2021 - Aug 2021

PUBLICATIONS
------------
1. Venkataraman P, Iyer S, Rao K. Contrast-associated AKI after coronary
   angiography in South Indian diabetics. Indian J Nephrol. 2022;32(4):310-6.
2. Krishnan A, Venkataraman P, et al. Snake-bite associated acute kidney
   injury: a 5-year review. J Assoc Physicians India. 2021;69(9):22-6.
Poster: "Hyponatremia in the elderly" - ISN Frontiers Meeting, 2023 (poster)
Manuscript submitted: "AKI biomarkers in the Deep South", Kidney360.

LANGUAGES
---------
English (fluent), Tamil (native), Hindi (conversational), Telugu (basic)

REFERENCES
----------
Dr. Kevin Liu, MD - Attending Nephrologist, Mount Sinai
  kevin.liu.md@mountsinai-ref.org | +1 (212) 555-0187
Dr. S. Ramalingam, MD DM - Professor of Nephrology, Stanley Medical College
  sramalingam.neph@gmail.com | +91 94440 33121

--
Sent from my iPhone
""")

# ---------------------------------------------------------------- 002
cv(n=2, layout="docx_table", ext="docx", render="docx",
truth=dict(full_name="Mohamed Abdelrahman Elsayed", email="m.elsayed.md@outlook.com", phone_e164="+201004827731",
 medical_school="Cairo University Faculty of Medicine", medical_school_country="EG", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
 specialties=["Internal Medicine", "Gastroenterology"], languages=["Arabic", "English", "French"],
 visa_status="j1", publications=3,
 usce_entries=[E("hands_on", "Internal Medicine", "FL", "2024-01", "2024-03"),
               E("observership", "Gastroenterology", "OH", "2024-04", "2024-04"),
               E("research", "Gastroenterology", "MN", "2024-03", "2024-05")]),
header=None, footer=None,
body="""## Mohamed Abdelrahman Elsayed, MBBCh
> Giza, Egypt  •  +20 100 482 7731  •  m.elsayed.md@outlook.com
> Date of birth: 03 February 1996  •  Visa: will require J-1 (ECFMG-sponsored) for training
# Career Goal
Internal Medicine residency applicant (Match 2027) with a strong interest in Gastroenterology and hepatology.
# Education
| Years | Degree | Institution |
| 2013 – 2020 | MBBCh (Bachelor of Medicine & Surgery), Very Good with Honours | Cairo University Faculty of Medicine (Kasr Alainy), Cairo, Egypt |
| 2020 – 2021 | Mandatory house-officer internship | Kasr Alainy University Hospitals, Cairo |
# Examinations
| Exam | Result | Date |
| USMLE Step 1 | Pass | 06/2022 |
| USMLE Step 2 CK | 238 | 11/2022 |
| ECFMG | Certified | 01/2023 |
| UWSA 2 (self-assessment) | 251 | 10/2022 |
# US Clinical Experience
| Dates | Type | Specialty | Institution | Location |
| 01/2024 – 03/2024 | Hands-on externship | Internal Medicine | Jackson Memorial Hospital | Miami, FL |
| 04/2024 | Observership | Gastroenterology | Cleveland Clinic | Cleveland, OH |
| 03/2024 – 05/2024 | Research (clinical) | Gastroenterology | Mayo Clinic | Rochester, MN |
# Other Clinical Experience
| Dates | Role | Institution | Location |
| 11/2021 – 12/2023 | Resident, Internal Medicine | Ministry of Health – Ahmed Maher Teaching Hospital | Cairo, Egypt |
| 08/2023 | Observer, Hepatology | Toronto General Hospital | Toronto, ON, Canada |
# Publications (peer-reviewed)
- Elsayed MA, Fathy H. Predictors of variceal rebleeding in HCV cirrhosis. Arab J Gastroenterol. 2023;24(2):88-93.
- Hassan N, Elsayed MA, et al. Fecal calprotectin in Egyptian IBD patients. Egypt Liver J. 2022;12:41.
- Elsayed MA, Mayo Clinic GI Research Group. Outcomes of early TIPS in acute variceal bleeding: a meta-analysis. Cureus. 2024;16(6):e61220.
# Presentations
- Poster: "Vonoprazan versus PPI in H. pylori eradication", DDW 2024, Washington, DC.
# Languages
Arabic (native) · English (fluent, OET B) · French (intermediate)
# References
| Name | Position | Contact |
| Dr. Laura Jimenez, MD | Program Director, IM – Jackson Memorial | ljimenez.ref@jhsmiami-ref.org, +1 305 555 0142 |
| Prof. Hany Fathy | Professor of Tropical Medicine, Cairo University | hany.fathy.kasr@gmail.com, +20 122 334 1987 |
""")

# ---------------------------------------------------------------- 003
cv(n=3, layout="docx_textbox_sidebar", ext="docx", render="odt_textbox_to_docx",
truth=dict(full_name="Olena Kovalenko", email="olena.kovalenko.md@gmail.com", phone_e164="+380673412290",
 medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="pending",
 specialties=["Family Medicine", "Psychiatry"], languages=["Ukrainian", "Russian", "English", "Polish"],
 visa_status="green_card", publications=1,
 usce_entries=[E("observership", "Psychiatry", "NY", "2023-08", "2023-10"),
               E("hands_on", "Family Medicine", "PA", "2024-06", "2024-08")]),
sidebar="""OLENA KOVALENKO
Олена Коваленко
CONTACT
+380 67 341 2290
olena.kovalenko.md@gmail.com
Philadelphia, PA (since 2023)
STATUS
US Permanent Resident (Green Card)
ECFMG certification in progress – OET passed, awaiting final certificate
LANGUAGES
Ukrainian – native
Russian – native
English – C1
Polish – B1""",
body="""# PROFILE
Ukrainian-trained physician relocating to the USA; applying to Family Medicine and Psychiatry residency programs.
# EDUCATION
Doctor of Medicine (MD / Лікар), Bogomolets National Medical University, Kyiv, Ukraine — 2015–2021
Internship (Family Medicine), Kyiv City Clinical Hospital No. 1 — 2021–2023
# USMLE
Step 1: Pass · Step 2 CK: 229 · Step 3: not yet taken
# US CLINICAL EXPERIENCE
Psychiatry Observership — Zucker Hillside Hospital (Northwell Health), Glen Oaks, NY — Aug–Oct 2023
Hands-on rotation, Family Medicine — UPMC St. Margaret, Pittsburgh — June 2024 – August 2024
# CLINICAL EXPERIENCE, UKRAINE
Family physician (intern), outpatient clinic, Kyiv — 09/2021 – 06/2023
Volunteer physician, mobile medical team, Kharkiv oblast — 03/2022 – 05/2022
# PUBLICATIONS
Kovalenko O, Shevchenko I. Burnout among primary care physicians during wartime. Fam Med Prim Care Rev. 2023;25(3):301-6.
Abstract: PTSD screening in displaced adults — APA Annual Meeting 2024 (poster).
# REFERENCES
Dr. Michael Brennan, DO — Program Faculty, UPMC St. Margaret — mbrennan.fm@upmc-ref.org — +1 412 555 0199
""")

# ---------------------------------------------------------------- 004
cv(n=4, layout="pdf_multipage_physician", ext="pdf", render="reportlab_multipage",
truth=dict(full_name="Rajesh Kumar Bhattarai", email="rk.bhattarai@yahoo.com", phone_e164="+9779851023344",
 medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2008, is_student=False,
 usmle_step1=231, usmle_step2ck=240, usmle_step3=225, ecfmg_status="certified",
 specialties=["Cardiology", "Internal Medicine"], languages=["Nepali", "Hindi", "English", "Maithili"],
 visa_status="h1b", publications=6,
 usce_entries=[E("research", "Cardiology", "MD", "2022-09", "2026-12"),
               E("observership", "Cardiology", "MA", "2022-06", "2022-07")]),
running_header="Rajesh K. Bhattarai, MBBS, MD — Curriculum Vitae",
body="""## Rajesh Kumar Bhattarai, MBBS, MD (Internal Medicine)
> Baltimore, MD 21205, USA  |  Cell (Nepal, WhatsApp): +977 985-1023344  |  rk.bhattarai@yahoo.com
> Born 1983, Janakpur, Nepal  |  Current US status: H-1B (research scholar, Johns Hopkins University)
# PERSONAL STATEMENT SUMMARY
Internist with ten years of independent practice in Nepal and four years of cardiovascular research in the United States, seeking a Cardiology-focused Internal Medicine residency position.
# EDUCATION AND TRAINING
| 2002 – 2008 | MBBS, Institute of Medicine, Tribhuvan University (Maharajgunj Medical Campus), Kathmandu, Nepal |
| 2008 – 2009 | Rotating internship, Tribhuvan University Teaching Hospital, Kathmandu |
| 2010 – 2013 | MD Internal Medicine (postgraduate residency), B.P. Koirala Institute of Health Sciences, Dharan, Nepal |
| 2015 | Fellowship in Echocardiography (6 months), Shahid Gangalal National Heart Centre, Kathmandu |
# LICENSURE AND EXAMINATIONS
- Nepal Medical Council, registration no. 4471 (full, since 2009)
- USMLE Step 1: 231 (2011) · Step 2 CK: 240 (2012) · Step 2 CS: Pass (2012) · Step 3: 225 (2023)
- ECFMG Certified (2012, certificate no. 0-794-112-3)
# PROFESSIONAL EXPERIENCE — NEPAL
| 2013 – 2016 | Lecturer & Consultant Physician, Department of Internal Medicine, BPKIHS, Dharan |
| 2016 – 2022 | Consultant Physician / Head of Non-invasive Cardiology, Janakpur Provincial Hospital, Janakpur |
| 2019 – 2022 | Visiting Consultant, Nobel Medical College Teaching Hospital, Biratnagar (weekend clinics) |
# UNITED STATES EXPERIENCE
| Sep 2022 – Present | Postdoctoral Research Fellow, Division of Cardiology, Johns Hopkins University School of Medicine, Baltimore, MD. Heart-failure outcomes research, echocardiography core lab reading. |
| June – July 2022 | Clinical Observer, Cardiology (echo lab, CCU rounds), Massachusetts General Hospital, Boston, MA |
# TEACHING
- Undergraduate MBBS lectures in cardiology and ECG interpretation, BPKIHS (2013 – 2016)
- ECG workshop instructor, Nepal Medical Association continuing medical education, 2018, 2019
# AWARDS
- Best Young Investigator, Cardiac Society of Nepal Annual Conference, 2018
- Gold medal, MD Internal Medicine, BPKIHS, 2013
# PUBLICATIONS — PEER-REVIEWED JOURNAL ARTICLES
1. Bhattarai RK, Shrestha A, Karki P. Rheumatic heart disease burden in school children of Dhanusha district. J Nepal Health Res Counc. 2017;15(2):112-7.
2. Bhattarai RK, Yadav SK. Predictors of in-hospital mortality in acute myocardial infarction in a provincial hospital of Nepal. Nepal Heart J. 2019;16(1):27-32.
3. Karki P, Bhattarai RK, et al. Snakebite-induced myocarditis: a case series. BMJ Case Rep. 2020;13:e235611.
4. Bhattarai RK, Michos ED, Solomon SD, et al. Left atrial strain and incident heart failure in older adults. JACC Cardiovasc Imaging. 2024;17(3):255-66.
5. Nguyen T, Bhattarai RK, Chen L, et al. Global longitudinal strain in cancer therapy-related cardiac dysfunction. J Am Soc Echocardiogr. 2024;37(9):871-80.
6. Bhattarai RK, Ndumele CE. Cardiometabolic risk in South Asian immigrants: a narrative review. Curr Cardiol Rep. 2025;27(1):14.
# ABSTRACTS AND POSTERS (not peer-reviewed articles)
7. Bhattarai RK et al. LA reservoir strain and AF recurrence. Circulation. 2023;148(Suppl 1):A14122 (AHA Scientific Sessions abstract).
8. Bhattarai RK, Michos ED. Sex differences in diastolic dysfunction. ACC.24 poster presentation, Atlanta, GA.
# MANUSCRIPTS UNDER REVIEW
9. Bhattarai RK et al. Machine-learning echo phenotypes in HFpEF. Submitted to Eur Heart J, 2026.
# PROFESSIONAL MEMBERSHIPS
- American College of Cardiology (International Associate), American Heart Association (Early Career), Nepal Medical Association (life member)
# LANGUAGES
Nepali (native), Maithili (native), Hindi (fluent), English (fluent)
# RESEARCH INTERESTS
Heart failure with preserved ejection fraction; cardiac imaging; cardiovascular disease in low-resource settings; South Asian cardiometabolic risk.
# REFERENCES
| Erin D. Michos, MD, MHS | Professor of Medicine, Johns Hopkins | emichos.ref@jhmi-ref.org · +1 410 555 0134 |
| Scott D. Solomon, MD | Professor of Medicine, Brigham and Women's Hospital | ssolomon.ref@bwh-ref.org · +1 617 555 0101 |
| Prof. Prahlad Karki | Former Vice-Chancellor, BPKIHS, Dharan | pkarki.bp@gmail.com · +977 984-2021100 |
""")

# ---------------------------------------------------------------- 005
cv(n=5, layout="pdf_student_onepage", ext="pdf", render="fpdf",
truth=dict(full_name="Chiamaka Okonkwo", email="chiamaka.okonkwo22@gmail.com", phone_e164="+2348035550142",
 medical_school="University of Nigeria College of Medicine", medical_school_country="NG", graduation_year=2027, is_student=True,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
 specialties=["Pediatrics"], languages=["English", "Igbo", "Yoruba"],
 visa_status="b1b2", publications=0,
 usce_entries=[E("observership", "Pediatrics", "PA", "2025-07", "2025-07"),
               E("telehealth", "Internal Medicine", "TX", "2025-02", "2025-02")]),
body="""## CHIAMAKA OKONKWO
> Final-year medical student (MBBS) · Enugu, Nigeria · chiamaka.okonkwo22@gmail.com · +234 803 555 0142
# EDUCATION
MBBS (in view), University of Nigeria College of Medicine, Enugu Campus — 2020 – expected July 2027
West African Senior School Certificate — Federal Government Girls' College, Owerri, 2019
# USMLE
Step 1 — PASS (March 2026). Step 2 CK scheduled for 2027. NBME CCSSA practice: 231.
# US CLINICAL EXPOSURE
- Pediatrics Observership, Children's Hospital of Philadelphia, Philadelphia, PA — Jul 2025 (4 weeks)
- Virtual Internal Medicine rotation (telehealth), Baylor College of Medicine, Houston, TX — Feb 2025
# CLERKSHIPS (NIGERIA)
Paediatrics, Internal Medicine, Surgery, O&G — University of Nigeria Teaching Hospital, Ituku-Ozalla (2023 – 2026)
Summer 2024 — Research elective, Department of Paediatrics, Lagos University Teaching Hospital, Lagos
# INTERESTS & GOALS
Pediatrics residency; child nutrition and neonatal care.
# RESEARCH / ACTIVITIES
- Poster: "Neonatal jaundice outcomes at UNTH" — Nigerian Medical Students Research Day 2025
- President, Paediatrics Interest Group, UNN Medical Students' Association (2024/2025)
# LANGUAGES
English (fluent) · Igbo (native) · Yoruba (conversational)
# VISA
Will apply for B1/B2 visitor visa for US rotations.
# REFERENCE
Dr. Ngozi Eze, Consultant Paediatrician, UNTH — ngozi.eze@unth-ref.edu.ng — +234 806 111 2233
""")

# ---------------------------------------------------------------- 006
cv(n=6, layout="pdf_zety_twocolumn", ext="pdf", render="chromium_twocol",
truth=dict(full_name="Maria Angelica Reyes", email="angelica.reyes.md@gmail.com", phone_e164="+639178245510",
 medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH", graduation_year=2022, is_student=False,
 usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
 specialties=["Internal Medicine", "Geriatrics"], languages=["English", "Tagalog", "Cebuano"],
 visa_status="citizen", publications=2,
 usce_entries=[E("hands_on", "Internal Medicine", "IL", "2023-09", "2023-10"),
               E("observership", "Geriatrics", "NY", "2023-11", "2023-11"),
               E("research", "Internal Medicine", "CA", "2023-12", "2024-06")]),
sidebar="""MARIA ANGELICA REYES
Physician · IMG · Internal Medicine
CONTACT
angelica.reyes.md@gmail.com
+63 917 824 5510
Quezon City, Philippines
linkedin.com/in/angelica-reyes-md
CITIZENSHIP
Dual citizen: United States & Philippines
SKILLS
Point-of-care ultrasound ●●●○○
EMR (Epic, Cerner) ●●●●○
Geriatric assessment ●●●●○
LANGUAGES
English ●●●●●
Tagalog ●●●●●
Cebuano ●●●○○""",
body="""# SUMMARY
ECFMG-certified physician (UST 2022) seeking PGY-1 in Internal Medicine with future fellowship in Geriatrics.
# EXPERIENCE
**Sub-Internship, Internal Medicine**
Rush University Medical Center — Chicago, IL | Sep 2023 – Oct 2023
- Carried 4–6 patients on general medicine wards; presented on rounds; notes co-signed
**Observership, Geriatrics**
Mount Sinai Beth Israel — New York | Nov 2023
**Clinical Research Volunteer, Internal Medicine**
UCSF Division of Hospital Medicine — San Francisco, CA | Dec 2023 – Jun 2024
**Post-graduate Internship**
Philippine General Hospital — Manila, Philippines | Aug 2022 – Jul 2023
# EDUCATION
**Doctor of Medicine** — University of Santo Tomas Faculty of Medicine and Surgery, Manila | 2018 – 2022
**BS Biology (cum laude)** — University of the Philippines Diliman | 2014 – 2018
# EXAMS
USMLE Step 1: Pass | USMLE Step 2 CK: 247 | ECFMG: Certified (2023) | PLE (Philippine boards): passed 2023
# PUBLICATIONS
- Reyes MA, Tan JL. Delirium prevalence among hospitalized Filipino elderly. Acta Med Philipp. 2022;56(10):45-51.
- Reyes MA, et al. Deprescribing in hospitalized older adults: a quality-improvement study. J Hosp Med. 2024;19(8):701-7.
# REFERENCES
Dr. Andrew Kim, MD — Hospitalist, UCSF · andrew.kim.hm@ucsf-ref.edu · (415) 555-0170
""")

# ---------------------------------------------------------------- 007
cv(n=7, layout="pdf_europass", ext="pdf", render="reportlab_europass",
truth=dict(full_name="Andrei-Mihai Popescu", email="andrei.popescu@yahoo.ro", phone_e164="+40744123987",
 medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO", graduation_year=2023, is_student=False,
 usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
 specialties=["Neurology"], languages=["Romanian", "English", "French", "German"],
 visa_status="j1", publications=1,
 usce_entries=[E("observership", "Neurology", "CT", "2024-01", "2024-03"),
               E("hands_on", "Neurology", "FL", "2024-04", "2024-04")]),
europass=[
 ("PERSONAL INFORMATION", [("Name", "Andrei-Mihai Popescu"), ("Address", "Str. Dr. Felix 42, Sector 1, 011035 București, Romania"),
   ("Telephone", "+40 744 123 987"), ("E-mail", "andrei.popescu@yahoo.ro"), ("Date of birth", "12/05/1998"), ("Nationality", "Romanian"),
   ("Visa", "J-1 exchange visitor sponsorship required")]),
 ("JOB APPLIED FOR", [("", "Neurology observership / externship; Neurology residency (NRMP 2027)")]),
 ("WORK EXPERIENCE", [
   ("01/06/2024 – current", "Resident doctor (medic rezident), Neurology — Colentina Clinical Hospital, Bucharest (Romania)"),
   ("01/04/2024 – 30/04/2024", "Clinical extern, Neurology (hands-on) — University of Miami / Jackson Memorial Hospital, Miami, FL (United States)"),
   ("15/01/2024 – 15/03/2024", "Visiting observer, Department of Neurology — Yale New Haven Hospital, New Haven, CT (United States)"),
   ("01/10/2022 – 31/12/2022", "Erasmus+ clinical placement, Neurology — Charité Universitätsmedizin Berlin (Germany)")]),
 ("EDUCATION AND TRAINING", [
   ("2017 – 2023", "Doctor-medic (MD), \"Carol Davila\" University of Medicine and Pharmacy, Bucharest (Romania). EQF level 7"),
   ("USMLE", "Step 1: Pass (2022); Step 2 CK: 255 (2023). ECFMG certified (09/2023)")]),
 ("PERSONAL SKILLS", [("Mother tongue(s)", "Romanian")]),
 ("LANGTABLE", [("English", "C2", "C2", "C1", "C1", "C2"), ("French", "B2", "B2", "B1", "B1", "B1"), ("German", "A2", "B1", "A2", "A2", "A1")]),
 ("DIGITAL SKILLS", [("", "ECDL; SPSS, R (basic); EEG reading (supervised)")]),
 ("ADDITIONAL INFORMATION", [
   ("Publications", "Popescu AM, Ionescu D. Early predictors of post-stroke epilepsy. Rom J Neurol. 2023;22(2):134-9. — Poster: EAN Congress 2024, Helsinki."),
   ("References", "Dr. Rachel Feldman, Yale Neurology — rfeldman.neuro@yale-ref.edu — +1 203 555 0112")]),
])

# ---------------------------------------------------------------- 008
cv(n=8, layout="odt_plain", ext="odt", render="odt",
truth=dict(full_name="Aigerim Seitkali", email="aigerim.seitkali@mail.ru", phone_e164="+77015554321",
 medical_school="Asfendiyarov Kazakh National Medical University", medical_school_country="KZ", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="not_certified",
 specialties=["Endocrinology", "Internal Medicine"], languages=["Kazakh", "Russian", "English", "Turkish"],
 visa_status=None, publications=0,
 usce_entries=[E("hands_on", "Endocrinology", "MI", "2024-02", "2024-04")]),
body="""## Aigerim Seitkali
> Айгерим Сейткали
> Almaty, Kazakhstan · tel. +7 701 555 43 21 · aigerim.seitkali@mail.ru
# Objective
Internal Medicine residency, future Endocrinology fellowship (diabetes, thyroid disease).
# Education
2015.09 – 2021.06  General Medicine (MD), Asfendiyarov Kazakh National Medical University, Almaty
2021.09 – 2023.06  Internship/residency in Endocrinology, City Clinical Hospital No. 4, Almaty
# Examinations
USMLE Step 1 — pass (2023.05)
USMLE Step 2 CK — 232 (2023.12)
ECFMG — not certified yet (OET scheduled)
# USA
2024.02 – 2024.04  Externship in Endocrinology (hands-on, outpatient diabetes clinic), Henry Ford Hospital, Detroit, Michigan
# Work experience
2023.07 – 2024.01  Endocrinologist, Polyclinic No. 17, Almaty
2024.06 – present  Endocrinologist, Medical Center "Sunkar", Almaty
# Conferences
Oral presentation: "Gestational diabetes in Kazakh women" — Central Asian Endocrinology Congress, Tashkent, 2022
# Languages
Kazakh – native; Russian – native; English – advanced; Turkish – intermediate
# Recommendation
Dr. Samuel Ortiz, Henry Ford Endocrinology, sortiz.endo@hfhs-ref.org, +1 313 555 0160
""")

# ---------------------------------------------------------------- 009
cv(n=9, layout="rtf_wordpad", ext="rtf", render="rtf",
truth=dict(full_name="Usman Ali Chaudhry", email="usman.chaudhry88@hotmail.com", phone_e164="+923004567812",
 medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2018, is_student=False,
 usmle_step1=224, usmle_step2ck=236, usmle_step3=218, ecfmg_status="certified",
 specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Urdu", "Punjabi", "English"],
 visa_status="b1b2", publications=4,
 usce_entries=[E("research", "Hematology/Oncology", "TX", "2022-10", "2023-09"),
               E("hands_on", "Internal Medicine", "NY", "2023-08", "2023-10"),
               E("observership", "Hematology/Oncology", "NY", "2023-11", "2023-11")]),
body="""## USMAN ALI CHAUDHRY, MBBS
> House 22-B, Street 9, Johar Town, Lahore, Pakistan
> Cell: +92 300 4567812   Email: usman.chaudhry88@hotmail.com
# PERSONAL
Date of birth: 09/09/1993. Nationality: Pakistani. Visa status: B1/B2 (multiple entry, valid to 2030).
# EDUCATION
MBBS, Allama Iqbal Medical College, Lahore (University of Health Sciences) — 2013 to 2018
House Job (Medicine & Surgery), Jinnah Hospital Lahore — 2018 to 2019
# USMLE
Step 1: 224 | Step 2 CK: 236 | Step 3: 218 | ECFMG Certified (2021)
PLAB 1: passed (2019); PLAB 2: passed (2020)
# U.S. CLINICAL EXPERIENCE
Research Assistant, Hematology/Oncology — MD Anderson Cancer Center, Houston, TX — Oct 2022 to Sep 2023
Hands-on Clinical Rotation, Internal Medicine — The Brooklyn Hospital Center, Brooklyn, NY — Aug 2023 to Oct 2023
Observership, Hematology/Oncology — Roswell Park Comprehensive Cancer Center, Buffalo, NY — Nov 2023
# PAKISTAN
Medical Officer, Department of Medicine, Services Hospital Lahore — 2019 to 2022
# PUBLICATIONS
1. Chaudhry UA, Iqbal M. Thalassemia trait screening in Punjab. J Pak Med Assoc. 2020;70(5):812-6.
2. Chaudhry UA et al. Febrile neutropenia outcomes in Lahore. Cureus. 2021;13(4):e14562.
3. Lee J, Chaudhry UA, et al. CAR-T associated ICANS in older adults. Blood Adv. 2023;7(22):7011-20.
4. Chaudhry UA, Patel K. Venetoclax combinations in AML: real-world data. Leuk Lymphoma. 2024;65(3):290-8.
Abstract (ASH 2023): "Time-to-treatment in DLBCL" — abstract only.
# INTERESTS
Internal Medicine residency; Hematology/Oncology fellowship.
# LANGUAGES
Urdu, Punjabi, English
# REFERENCES
Dr. Kiran Patel, MD Anderson — kpatel.heme@mdanderson-ref.org — (713) 555-0122
""")

# ---------------------------------------------------------------- 010
cv(n=10, layout="docx_header_footer_contacts", ext="docx", render="docx",
truth=dict(full_name="Sara Mohammadi", email="sara.mohammadi.md@gmail.com", phone_e164="+989123456789",
 medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified",
 specialties=["Pathology"], languages=["Persian", "English", "Arabic"],
 visa_status="j1", publications=5,
 usce_entries=[E("research", "Pathology", "MA", "2023-03", "2024-08"),
               E("observership", "Pathology", "MA", "2024-05", "2024-05")]),
header="Sara Mohammadi, MD   |   سارا محمدی",
footer="sara.mohammadi.md@gmail.com  ·  +98 912 345 6789  ·  Tehran, Iran",
body="""# Objective
Anatomic and Clinical Pathology residency (J-1 visa sponsorship needed).
# Education
MD (Doctor of Medicine), Tehran University of Medical Sciences, Tehran, Iran — 2013–2020 (GPA 17.9/20)
# Exams
USMLE Step 1 — Pass; USMLE Step 2 CK — 260; ECFMG certified (May 2023)
# Experience in the United States
2023-03 to 2024-08 — Research Fellow, Department of Pathology, Brigham and Women's Hospital, Boston, MA (digital pathology, GI/liver)
2024-05 — Observership, Surgical Pathology, Massachusetts General Hospital, Boston
# Experience in Iran
2020-09 to 2022-12 — General practitioner (mandatory service), Zahedan
# Peer-reviewed publications
1. Mohammadi S, et al. Deep learning for Barrett's dysplasia grading. Mod Pathol. 2024;37:100412.
2. Mohammadi S, Odze RD. Interobserver variability in IBD dysplasia. Am J Surg Pathol. 2024;48(5):601-9.
3. Rahimi A, Mohammadi S. Helicobacter pylori and gastric atrophy in northern Iran. Arch Iran Med. 2021;24(3):190-5.
4. Mohammadi S et al. Liver biopsy adequacy in NAFLD. Hum Pathol. 2023;139:45-52.
5. Karimi M, Mohammadi S. COVID-19 autopsy findings in Tehran. Iran J Pathol. 2021;16(2):120-8.
# Abstracts
- USCAP 2024 poster: "Whole-slide AI triage in GI biopsies" (abstract)
- USCAP 2025 platform: "Eosinophilic esophagitis scoring" (abstract)
# Languages
Farsi (native), English (fluent), Arabic (reading)
# References
Dr. Robert Odze — Chief of GI Pathology (emeritus) — rodze.ref@bwh-ref.org, +1 617 555 0150
""")

# ---------------------------------------------------------------- 011
cv(n=11, layout="pdf_novoresume", ext="pdf", render="chromium_novo",
truth=dict(full_name="Tasnim Rahman Chowdhury", email="tasnim.chowdhury.md@gmail.com", phone_e164="+8801712345678",
 medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified",
 specialties=["Pediatrics"], languages=["Bengali", "English", "Hindi"],
 visa_status=None, publications=2,
 usce_entries=[E("observership", "Pediatrics", "OH", "2024-05", "2024-06"),
               E("hands_on", "Pediatrics", "NY", "2024-08", "2024-10"),
               E("research", "Infectious Disease", "GA", "2025-01", "2026-12")]),
header_line="Tasnim Rahman Chowdhury",
subtitle="MBBS · Aspiring Pediatrics Resident",
contacts=["tasnim.chowdhury.md@gmail.com", "+880 1712-345678", "Dhaka, Bangladesh"],
body="""# WORK EXPERIENCE
[2025-01 — Present] Remote Research Assistant, Pediatric Infectious Diseases | Emory University School of Medicine, Atlanta, GA
- RSV hospitalization outcomes; manuscript writing
[2024-08 — 2024-10] Hands-on Pediatrics Externship | The Brooklyn Hospital Center, Brooklyn, New York
[2024-05 — 2024-06] Pediatric Observership | Nationwide Children's Hospital, Columbus, Ohio
[2022-03 — 2024-03] Medical Officer, Pediatrics | Dhaka Shishu (Children) Hospital, Dhaka
# EDUCATION
[2015 — 2021] MBBS | Dhaka Medical College, University of Dhaka
[2021 — 2022] Internship | Dhaka Medical College Hospital
# USMLE
Step 1 — Pass · Step 2 CK — 251 · ECFMG Certified (2024)
# PUBLICATIONS
- Chowdhury TR, et al. Dengue shock syndrome in children: a tertiary care experience. Bangladesh J Child Health. 2023;47(1):12-18.
- Chowdhury TR, Rahman M. Neonatal sepsis antibiogram, Dhaka. J Trop Pediatr. 2022;68(4):fmac055.
# LANGUAGES
Bangla (native) · English (fluent) · Hindi (conversational)
# REFERENCES
Dr. Evan Anderson, Emory Pediatrics — evan.anderson.id@emory-ref.edu — +1 404 555 0177
""")

# ---------------------------------------------------------------- 012
cv(n=12, layout="docx_soffice_from_html", ext="docx", render="html_to_docx_soffice",
truth=dict(full_name="José Luis Hernández Ramírez", email="jl.hernandez.ramirez@gmail.com", phone_e164="+525512345678",
 medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2019, is_student=False,
 usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
 specialties=["Emergency Medicine"], languages=["Spanish", "English"],
 visa_status="b1b2", publications=1,
 usce_entries=[E("hands_on", "Emergency Medicine", "IL", "2025-03", "2025-05"),
               E("observership", "Emergency Medicine", "TX", "2025-01", "2025-01")]),
body="""## José Luis Hernández Ramírez
> Médico Cirujano · Ciudad de México · +52 55 1234 5678 · jl.hernandez.ramirez@gmail.com
# Profile
Mexican physician applying to Emergency Medicine residency. Visa: B1/B2 (valid).
# US Clinical Experience
Emergency Medicine Externship (hands-on) — Cook County Health (John H. Stroger Jr. Hospital), Chicago — March–May 2025
Observership in Emergency Medicine — Parkland Memorial Hospital, Dallas — January 2025
# Clinical Experience (outside the US)
Urgencias (Emergency Department) physician — Hospital General de México "Dr. Eduardo Liceaga" — 2021 – 2024
Servicio social (social service year) — Centro de Salud rural, Oaxaca — 2019 – 2020
Elective in Emergency Medicine — Sunnybrook Health Sciences Centre, Toronto — October 2024
# Education
Médico Cirujano (MD equivalent) — Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM) — 2013 – 2019
Internado de pregrado — Hospital Juárez de México — 2018
# Licensing exams
USMLE Step 1: Pass · Step 2 CK: 244 · ECFMG: Certified · ENARM 2020: 78.4 (Mexican residency exam) · MCCQE Part I: passed (2024)
# Publications
Hernández-Ramírez JL, et al. Tiempo puerta-aguja en ictus isquémico. Rev Med Inst Mex Seguro Soc. 2022;60(3):210-5.
# Languages
Spanish (native), English (C1)
# References
Dr. Amanda Brooks, Cook County EM — abrooks.em@cookcounty-ref.org — (312) 555-0133
""")

# ---------------------------------------------------------------- 013
cv(n=13, layout="txt_plain_wrapped", ext="txt", render="txt",
truth=dict(full_name="Ji-woo Park", email="jiwoo.park.md@naver.com", phone_e164="+821023456789",
 medical_school="Yonsei University College of Medicine", medical_school_country="KR", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=262, usmle_step3=241, ecfmg_status="certified",
 specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["Korean", "English", "Japanese"],
 visa_status="j1", publications=3,
 usce_entries=[E("research", "Anesthesiology", "CA", "2023-06", "2023-08"),
               E("observership", "Pulmonology/Critical Care", "WA", "2024-01", "2024-02")]),
body="""JI-WOO PARK (박지우), M.D.
Seoul, Republic of Korea | jiwoo.park.md@naver.com | +82 10-2345-6789

INTERESTS: Anesthesiology residency; later Critical Care (Pulmonary/CCM)
VISA: J-1 required

EDUCATION
2014/03-2020/02  M.D., Yonsei University College of Medicine, Seoul
2020/03-2021/02  Internship, Severance Hospital, Seoul

USMLE
Step 1 Pass / Step 2 CK 262 / Step 3 241 -- ECFMG certified (2022)

US EXPERIENCE
06/2023-08/2023  Research Intern, Dept. of Anesthesiology, Perioperative
                 and Pain Medicine, Stanford University School of Medicine,
                 Stanford CA
2024/01-2024/02  Observer, Pulmonary & Critical Care Medicine, University
                 of Washington Medical Center, Seattle WA

KOREA
2021/04-2024/04  Public Health Doctor (military service alternative),
                 Gangwon-do
2024/06-present  Clinical fellow (non-training), Anesthesiology, Severance
                 Hospital

PUBLICATIONS (peer reviewed)
1) Park JW, Kim SH. Remimazolam vs propofol for sedation in ICU. Korean J
   Anesthesiol. 2022;75(4):300-8.
2) Park JW, et al. Driving pressure and ARDS mortality in Korea. Acute Crit
   Care. 2023;38(2):180-9.
3) Lee H, Park JW, Mariano ER. Opioid-sparing analgesia after TKA. Reg
   Anesth Pain Med. 2024;49(1):22-8.

LANGUAGES: Korean (native), English (fluent), Japanese (JLPT N2)

REFERENCE: Prof. Edward Mariano, Stanford -- emariano.ref@stanford-ref.edu
""")

# ---------------------------------------------------------------- 014
cv(n=14, layout="pdf_soffice_from_docx", ext="pdf", render="docx_to_pdf_soffice",
truth=dict(full_name="Letícia Albuquerque de Souza", email="leticia.albuquerque@gmail.com", phone_e164="+5511987654321",
 medical_school="Faculdade de Medicina da Universidade de São Paulo", medical_school_country="BR", graduation_year=2018, is_student=False,
 usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified",
 specialties=["Obstetrics and Gynecology"], languages=["Portuguese", "English", "Spanish"],
 visa_status="j1", publications=7,
 usce_entries=[E("observership", "Obstetrics and Gynecology", "MA", "2023-09", "2023-11"),
               E("hands_on", "Obstetrics and Gynecology", "FL", "2024-02", "2024-04")]),
header=None, footer="Letícia A. de Souza — CV — updated November 2026",
body="""## Letícia Albuquerque de Souza
> São Paulo – SP, Brazil | +55 (11) 98765-4321 | leticia.albuquerque@gmail.com
# Summary
Brazilian obstetrician-gynecologist (residency completed 2022) seeking OB/GYN residency in the US. J-1 visa sponsorship required.
# Education
| 2012 – 2018 | Medical degree (Médica), Faculdade de Medicina da Universidade de São Paulo (FMUSP) |
| 2019 – 2022 | Residency in Obstetrics and Gynecology, Hospital das Clínicas da FMUSP |
# USMLE / ECFMG
| Step 1 | Pass |
| Step 2 CK | 249 |
| ECFMG | Certified, 2023 |
# U.S. Clinical Experience
| Sept 2023 – Nov 2023 | Observership, Maternal-Fetal Medicine (OB/GYN), Brigham and Women's Hospital, Boston, MA |
| 02/2024 – 04/2024 | Hands-on rotation, Obstetrics & Gynecology, Jackson Memorial Hospital, Miami, FL |
# Experience in Brazil
| 2022 – present | Attending obstetrician, Hospital Israelita Albert Einstein, São Paulo |
# Publications (peer-reviewed articles)
1. Souza LA, Francisco RPV. Preeclampsia screening in Brazilian nulliparas. Rev Bras Ginecol Obstet. 2020;42(8):455-61.
2. Souza LA, et al. Zika virus and pregnancy outcomes in São Paulo. Clinics. 2019;74:e1203.
3. Souza LA, et al. Maternal COVID-19 and preterm birth. Clinics. 2021;76:e3010.
4. Souza LA, Zugaib M. Cervical length and spontaneous preterm birth. J Matern Fetal Neonatal Med. 2021;34(12):1980-6.
5. Pereira JM, Souza LA. Postpartum hemorrhage bundles. Int J Gynaecol Obstet. 2022;158(2):355-61.
6. Souza LA, et al. Obesity and cesarean risk in Brazil. BMC Pregnancy Childbirth. 2023;23:412.
7. Souza LA, Robinson JN. Maternal mortality in the Americas: a review. Am J Obstet Gynecol MFM. 2024;6(4):101312.
# Congress abstracts
- FIGO 2021 (virtual): "Tranexamic acid use in PPH" — abstract.
- SMFM 2024: "Sonographic cervical length in twins" — poster.
- Congresso Paulista de Obstetrícia 2020 — oral presentation.
# Languages
Portuguese (native), English (fluent), Spanish (intermediate)
# References
Dr. Julian Robinson, BWH MFM — jrobinson.mfm@bwh-ref.org — +1 617 555 0190
""")

# ---------------------------------------------------------------- 015
cv(n=15, layout="odt_table", ext="odt", render="odt",
truth=dict(full_name="Yuxuan Chen", email="yuxuan.chen@163.com", phone_e164="+8613812345678",
 medical_school="Peking Union Medical College", medical_school_country="CN", graduation_year=2022, is_student=False,
 usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="pending",
 specialties=["Hematology/Oncology", "Internal Medicine"], languages=["Chinese", "English"],
 visa_status=None, publications=4,
 usce_entries=[E("research", "Hematology/Oncology", "NY", "2024-03", "2024-06"),
               E("observership", "Hematology/Oncology", "MA", "2024-07", "2024-07")]),
body="""## Yuxuan Chen  陈雨轩
| Tel. | +86 138 1234 5678 | E-mail | yuxuan.chen@163.com |
| Address | Dongcheng District, Beijing, China | Born | 1996 |
# Career interest
Internal Medicine residency → Hematology/Oncology fellowship
# Education
| Period | Program | Institution |
| 2014.09 – 2022.06 | M.D. (8-year program) | Peking Union Medical College (Tsinghua University), Beijing |
| 2022.07 – 2023.12 | Standardized residency training, Internal Medicine (partial) | Peking Union Medical College Hospital |
# USMLE & certification
| Step 1 | Pass (2023) |
| Step 2 CK | 255 (2024) |
| ECFMG | Pending — awaiting Pathway/OET verification |
# US experience
| Period | Institution | City, State | Role |
| Mar 2024–Jun 2024 | Memorial Sloan Kettering Cancer Center | New York, NY | Research intern, Hematologic Oncology (lymphoma) |
| Jul 2024 | Dana-Farber Cancer Institute | Boston, MA | Clinical observer, Hematology/Oncology |
# Publications
1. Chen Y, Zhou D. CAR-T therapy outcomes in Chinese patients with relapsed DLBCL. Chin Med J. 2022;135(18):2201-8.
2. Chen Y, et al. Hemophagocytic lymphohistiocytosis in adults: 10-year cohort. Ann Hematol. 2023;102(4):811-9.
3. Wang L, Chen Y. Light-chain amyloidosis cardiac staging. Blood Cancer J. 2023;13:74.
4. Chen Y, Salles G, et al. Bispecific antibodies in follicular lymphoma: a review. Leuk Lymphoma. 2025;66(2):201-12.
# Languages
Chinese (native); English (fluent, TOEFL 112)
# Referee
Dr. Gilles Salles, MSK Lymphoma Service — gsalles.ref@mskcc-ref.org — +1 212 555 0166
""")

# ---------------------------------------------------------------- 016
cv(n=16, layout="docx_multipage_physician", ext="docx", render="docx",
truth=dict(full_name="Omar Khalid Haddad", email="omar.haddad.cardio@gmail.com", phone_e164="+962795551234",
 medical_school="University of Jordan Faculty of Medicine", medical_school_country="JO", graduation_year=2009, is_student=False,
 usmle_step1=228, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified",
 specialties=["Cardiology"], languages=["Arabic", "English", "German"],
 visa_status="green_card", publications=10,
 usce_entries=[E("observership", "Cardiology", "OH", "2019-10", "2019-12"),
               E("research", "Cardiology", "TX", "2020-01", "2021-06")]),
header="Omar K. Haddad, MD — Curriculum Vitae", footer="PAGEFIELD",
body="""## Dr. Omar Khalid Haddad, MD, FESC
> Amman, Jordan · Mobile +962 79 555 1234 · omar.haddad.cardio@gmail.com
> US Permanent Resident (Green Card, EB-2 NIW, 2024)
# PROFESSIONAL SUMMARY
Consultant cardiologist with 12 years of post-graduate experience in interventional and preventive cardiology, seeking to re-train in the US (Internal Medicine → Cardiology fellowship pathway).
# EDUCATION
| 2003 – 2009 | Doctor of Medicine (MD), University of Jordan Faculty of Medicine, Amman (rank 7/310) |
| 2009 – 2010 | Internship, Jordan University Hospital |
| 2010 – 2014 | Residency in Internal Medicine, Jordan University Hospital — Jordanian Board of Internal Medicine (2014) |
| 2014 – 2017 | Fellowship in Cardiology, Jordan University Hospital — Jordanian Board of Cardiology (2017) |
| 2018 | Interventional cardiology training (6 months), Universitätsklinikum Heidelberg, Germany |
# CERTIFICATION
| USMLE Step 1 | 228 (2008) |
| USMLE Step 2 CK | 235 (2009) |
| USMLE Step 2 CS | Pass (2010) |
| ECFMG | Certified (2010) |
| MRCP (UK) | Membership 2015 |
| PLAB | not taken |
# PROFESSIONAL APPOINTMENTS
| 2017 – 2019 | Specialist Cardiologist, Prince Hamzah Hospital, Amman |
| 2021 – present | Consultant Interventional Cardiologist, Al-Khalidi Hospital & Medical Center, Amman |
# UNITED STATES EXPERIENCE
| 10/2019 – 12/2019 | Clinical Observer, Heart, Vascular & Thoracic Institute, Cleveland Clinic, Cleveland, OH |
| 01/2020 – 06/2021 | Research Fellow, Cardiovascular Imaging (cardiac CT/MRI), Houston Methodist DeBakey Heart & Vascular Center, Houston, TX |
# PEER-REVIEWED PUBLICATIONS
1. Haddad OK, Hammoudeh AJ. Premature coronary disease in young Jordanian adults. Jordan Med J. 2014;48(2):77-85.
2. Haddad OK, et al. Prevalence of familial hypercholesterolemia in Jordan. J Clin Lipidol. 2016;10(5):1187-93.
3. Haddad OK, Alhaddad IA. Radial versus femoral access in STEMI: Jordanian registry. Catheter Cardiovasc Interv. 2018;92(3):E182-9.
4. Al-Mousa E, Haddad OK, et al. Gulf COAST registry: Jordanian subgroup. Clin Cardiol. 2018;41(9):1180-6.
5. Haddad OK, Nabi F, Zoghbi WA. Coronary CT angiography plaque features in South-Asian and Arab patients. J Cardiovasc Comput Tomogr. 2020;14(6):512-8.
6. Haddad OK, et al. Cardiac MRI findings after COVID-19 myocarditis. JACC Case Rep. 2021;3(4):610-4.
7. Nabi F, Haddad OK, Shah DJ. Stress perfusion CMR in women with INOCA. Circ Cardiovasc Imaging. 2021;14(7):e012345.
8. Haddad OK, et al. FFR-CT versus invasive FFR in diabetic patients. Int J Cardiol. 2022;352:25-31.
9. Haddad OK, Zoghbi WA. Valvular heart disease imaging: state of the art. Methodist DeBakey Cardiovasc J. 2022;18(3):5-17.
10. Hammoudeh AJ, Haddad OK, et al. Atrial fibrillation in the Middle East: JoFib outcomes. Heart Rhythm O2. 2023;4(2):98-106.
# BOOK CHAPTERS (not peer-reviewed)
- Haddad OK. "Cardiac CT in the emergency department." In: Arab Cardiology Textbook, 2nd ed. Amman: Dar Al-Shorouk; 2022.
- Haddad OK, Nabi F. "Hybrid imaging." In: Zoghbi WA (ed.), Imaging Cases in Cardiology. 2021.
# ABSTRACTS AND PRESENTATIONS
- ESC Congress 2019, Paris — poster: "Lp(a) in Jordanian ACS patients".
- SCCT 2021 (virtual) — oral abstract: "Pericoronary fat attenuation index".
- AHA Scientific Sessions 2022 — poster.
- Emirates Cardiac Society 2023 — invited talk.
# TEACHING & LEADERSHIP
- Clinical tutor, University of Jordan 5th-year students (2017 – 2019, 2021 – present)
- Member, Jordan Cardiac Society scientific committee (2022 – present)
# AWARDS
- Fellow of the European Society of Cardiology (FESC), 2023
- Young Investigator Award finalist, SCCT 2021
# LANGUAGES
Arabic (native), English (fluent; IELTS 8.0), German (B1 — Heidelberg rotation)
# REFERENCES
| Dr. Faisal Nabi, MD | Director of Cardiac CT, Houston Methodist | fnabi.ref@houstonmethodist-ref.org · +1 713 555 0138 |
| Dr. William A. Zoghbi, MD | Chair, Department of Cardiology, Houston Methodist | wzoghbi.ref@houstonmethodist-ref.org · +1 713 555 0101 |
| Prof. Ayman J. Hammoudeh | Consultant Cardiologist, Istishari Hospital, Amman | ayman.hammoudeh@gmail.com · +962 79 500 2020 |
""")

# ======================================================= SCANS (017-021)
cv(n=17, layout="scan_pdf_image", ext="pdf", render="scan_pdf", scan_src="chromium",
truth=dict(full_name="Dawit Tesfaye Bekele", email="dawit.tesfaye.md@gmail.com", phone_e164="+251911234567",
 medical_school="Addis Ababa University School of Medicine", medical_school_country="ET", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
 specialties=["Infectious Disease", "Internal Medicine"], languages=["Amharic", "English", "Oromo"],
 visa_status="j1", publications=1,
 usce_entries=[E("observership", "Infectious Disease", "GA", "2024-04", "2024-05")]),
body="""## Dawit Tesfaye Bekele, MD
> Addis Ababa, Ethiopia | +251 91 123 4567 | dawit.tesfaye.md@gmail.com
# Goal
Internal Medicine residency with interest in Infectious Disease (HIV, TB). J-1 visa required.
# Education
MD — Addis Ababa University School of Medicine (Tikur Anbessa), 2014 – 2020
# USMLE
Step 1: Pass; Step 2 CK: 240; ECFMG certified 2023
# US clinical experience
Observership, Infectious Disease — Emory University Hospital, Atlanta, GA — Apr 2024 – May 2024
# Work
General Practitioner, St. Paul's Hospital Millennium Medical College, Addis Ababa — 2020 – 2023
# Publications
Bekele DT, et al. MDR-TB treatment outcomes in Addis Ababa. Ethiop Med J. 2022;60(1):33-40.
# Languages
Amharic (native), Oromo (fluent), English (fluent)
# Reference
Dr. Carlos del Rio-Vance, Emory ID — cdelrio.ref@emory-ref.edu
""")

cv(n=18, layout="scan_png_photo", ext="png", render="scan_png", scan_src="reportlab",
truth=dict(full_name="Lina Al-Khatib", email="lina.alkhatib91@gmail.com", phone_e164="+963944123456",
 medical_school="Damascus University Faculty of Medicine", medical_school_country="SY", graduation_year=2019, is_student=False,
 usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified",
 specialties=["Family Medicine"], languages=["Arabic", "English", "German"],
 visa_status="b1b2", publications=0,
 usce_entries=[E("hands_on", "Family Medicine", "PA", "2024-02", "2024-04")]),
body="""## LINA AL-KHATIB, MD
> Damascus, Syria · +963 944 123 456 · lina.alkhatib91@gmail.com
> Visa: B1/B2 tourist visa
# EDUCATION
Doctor of Medicine, Damascus University Faculty of Medicine — 2013–2019
# USMLE
Step 1 Pass · Step 2 CK 233 · ECFMG Certified
# US CLINICAL EXPERIENCE
Family Medicine hands-on rotation — St. Luke's University Health Network, Allentown, PA — 02/2024 – 04/2024
# OTHER EXPERIENCE
Resident, Family Medicine, Al-Mouwasat University Hospital, Damascus — 2019–2023
# INTERESTS
Family Medicine residency
# LANGUAGES
Arabic (native) · English (fluent) · German (B2)
""")

cv(n=19, layout="scan_jpg_lowcontrast", ext="jpg", render="scan_jpg", scan_src="reportlab",
truth=dict(full_name="Emre Yıldırım", email="emreyildirim.md@gmail.com", phone_e164="+905321234567",
 medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
 specialties=["General Surgery"], languages=["Turkish", "English", "German"],
 visa_status=None, publications=2,
 usce_entries=[E("research", "General Surgery", "PA", "2023-09", "2024-02")]),
body="""## Emre Yıldırım, MD
> Ankara, Türkiye · +90 532 123 45 67 · emreyildirim.md@gmail.com
# Education
Hacettepe University Faculty of Medicine, Ankara — MD, 2015–2021
# USMLE
Step 1: PASS (2023). Step 2 CK: planned 2027.
# Research in the USA
09/2023–02/2024 Research fellow, Department of Surgery, University of Pittsburgh Medical Center, Pittsburgh, PA
# Clinical
General Surgery resident, Ankara City Hospital, 2021–2023
# Interests
General Surgery
# Publications
1. Yıldırım E, et al. Laparoscopic appendectomy in pregnancy. Ulus Travma Acil Cerrahi Derg. 2022;28(4):501-6.
2. Yıldırım E, Zureikat AH. Robotic Whipple learning curve. Ann Surg Oncol. 2024;31(5):3100-8.
# Languages
Turkish (native), English (advanced), German (basic)
""")

cv(n=20, layout="scan_pdf_multipage", ext="pdf", render="scan_pdf", scan_src="reportlab",
truth=dict(full_name="Kavindi Perera", email="kavindi.perera.md@gmail.com", phone_e164="+94771234567",
 medical_school="University of Colombo Faculty of Medicine", medical_school_country="LK", graduation_year=2022, is_student=False,
 usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified",
 specialties=["Psychiatry"], languages=["Sinhala", "English", "Tamil"],
 visa_status="j1", publications=1,
 usce_entries=[E("observership", "Psychiatry", "NY", "2024-06", "2024-08"),
               E("telehealth", "Psychiatry", "MI", "2024-10", "2024-10")]),
body="""## Kavindi Perera, MBBS
> Colombo 07, Sri Lanka · +94 77 123 4567 · kavindi.perera.md@gmail.com
# Profile
Sri Lankan doctor applying for Psychiatry residency; will need J-1 visa.
# Education
MBBS, University of Colombo Faculty of Medicine — 2016 – 2022
Internship, National Hospital of Sri Lanka — 2022 – 2023
# USMLE
Step 1: Pass. Step 2 CK: 246. ECFMG: certified (2024).
# US clinical experience
Observership, Psychiatry — Maimonides Medical Center, Brooklyn, NY — Jun 2024 – Aug 2024
Virtual observership (telepsychiatry) — University of Michigan, Ann Arbor, MI — Oct 2024
# Sri Lanka
Senior House Officer, Psychiatry, National Institute of Mental Health, Angoda — 2023 – present
# PAGEBREAK
> Kavindi Perera — CV — page 2
# Publications
Perera K, Jayasinghe N. Postpartum depression screening in Colombo. Ceylon Med J. 2023;68(2):60-5.
# Posters
- "Ketamine for TRD: a case series", Sri Lanka College of Psychiatrists Annual Academic Sessions 2024
# Languages
Sinhala (native), English (fluent), Tamil (conversational)
# References
Dr. Aaron Feld, Maimonides Psychiatry — afeld.ref@maimo-ref.org — +1 718 555 0119
Prof. Nalaka Jayasinghe, University of Colombo — nalaka.j@cmb-ref.ac.lk
""")

cv(n=21, layout="scan_jpg_rotated", ext="jpg", render="scan_jpg", scan_src="chromium",
truth=dict(full_name="Kwame Mensah Asante", email="kwame.asante.md@gmail.com", phone_e164="+233244123456",
 medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified",
 specialties=["Family Medicine", "Emergency Medicine"], languages=["English", "Twi", "Ga"],
 visa_status="green_card", publications=0,
 usce_entries=[E("hands_on", "Family Medicine", "NJ", "2023-05", "2023-06"),
               E("observership", "Emergency Medicine", "NJ", "2023-07", "2023-07")]),
body="""## Kwame Mensah Asante, MBChB
> Accra, Ghana · +233 24 412 3456 · kwame.asante.md@gmail.com
> Permanent resident of the USA (green card holder)
# Education
MBChB, University of Ghana Medical School, Korle Bu — 2014 – 2020
# USMLE
Step 1 Pass | Step 2 CK 228 | ECFMG Certified
# US Clinical Experience
- 05/2023 - 06/2023  Hands-on, Family Medicine — Jersey Shore University Medical Center, Neptune, NJ
- 07/2023  Observership, Emergency Medicine — Newark Beth Israel Medical Center, Newark, NJ
# Ghana
House Officer, Korle Bu Teaching Hospital, Accra — 2020 – 2022
Medical Officer, Ridge Hospital, Accra — 2022 – present
# Interests
Family Medicine; Emergency Medicine
# Languages
English, Twi, Ga
""")

DAMAGED = [
    dict(n=22, layout="damaged_truncated", ext="pdf"),
    dict(n=23, layout="damaged_encrypted", ext="pdf"),
    dict(n=24, layout="damaged_random_bytes", ext="docx"),
]
