# Invented people for writer w124. Display content and hand-written truth side by side.
# All names, emails and phones are invented.

P = {}

# ---------------------------------------------------------------- 001 ERAS printout (Chromium)
P[1] = dict(
    layout="eras_printout",
    name="Aditya Raghavan Iyer", email="aditya.r.iyer.md@gmail.com", phone="+91 98401 55732",
    address="Flat 4B, Lakshmi Apartments, 12 TTK Road, Alwarpet, Chennai 600018, India",
    dob="02/14/1998", aamc_id="15540987", usmle_id="5-402-118-3",
    citizenship="India", visa="Current Work Authorization: None<br>Visa Sponsorship Needed: Yes<br>Visa Sponsorship Sought: J-1",
    applying="Internal Medicine - Categorical",
    school="Madras Medical College", school_loc="Chennai, Tamil Nadu, India", degree="MBBS",
    school_dates="08/2016 - 03/2022", degree_date="03/2022",
    exams=[("USMLE Step 1", "Pass", "03/12/2023"), ("USMLE Step 2 CK", "246", "07/19/2024"),
           ("USMLE Step 3", "Not Taken", ""), ("ECFMG Certified", "Yes", "09/2024")],
    exp=[
        dict(title="Compulsory Rotating Medical Internship", org="Rajiv Gandhi Government General Hospital",
             place="Chennai, India", setting="Clinical", dates="04/2021 - 03/2022", hours="48 hours/week",
             desc="Rotated through Medicine, Surgery, Pediatrics, OBGYN, Community Medicine and Casualty."),
        dict(title="Junior Resident (Non-Academic), General Medicine", org="Apollo Hospitals, Greams Road",
             place="Chennai, India", setting="Clinical", dates="06/2022 - 08/2023", hours="60 hours/week",
             desc="Managed ward and ICU step-down patients under consultant supervision."),
        dict(title="Research Volunteer", org="Division of Cardiology, University of Pittsburgh Medical Center",
             place="Pittsburgh, PA, USA", setting="Research", dates="09/2023 - 02/2024", hours="25 hours/week",
             desc="Retrospective chart review on heart failure readmissions; REDCap data abstraction."),
        dict(title="Clinical Externship - Internal Medicine (hands-on)", org="Brookdale Hospital Medical Center",
             place="Brooklyn, NY, USA", setting="Clinical", dates="05/2024 - 06/2024", hours="50 hours/week",
             desc="Took histories, examined patients, presented on rounds and wrote notes co-signed by residents."),
        dict(title="Observership - Nephrology", org="Henry Ford Hospital", place="Detroit, MI, USA",
             setting="Clinical", dates="07/2024 - 07/2024", hours="40 hours/week",
             desc="Observed inpatient nephrology consults and hemodialysis unit rounds."),
        dict(title="Telehealth Rotation - Family Medicine", org="Lone Star Family Health Center (virtual)",
             place="Houston, TX, USA", setting="Clinical", dates="10/2024 - 11/2024", hours="20 hours/week",
             desc="Joined attending physician on video visits; drafted assessment and plan for review."),
    ],
    pubs=[
        ("Peer Reviewed Journal Articles/Abstracts", "Iyer AR, Natarajan K, Bose S. Predictors of 30-day readmission in heart failure with reduced ejection fraction. Indian Heart J. 2024;76(2):101-106. Status: Published"),
        ("Peer Reviewed Journal Articles/Abstracts", "Raman P, Iyer AR. Scrub typhus presenting as acute kidney injury: a case series. J Assoc Physicians India. 2022;70(9):44-47. Status: Published"),
        ("Peer Reviewed Journal Articles/Abstracts (Other than Published)", "Iyer AR, et al. SGLT2 inhibitor uptake after HF hospitalization. Status: Submitted"),
        ("Poster Presentation", "Iyer AR. Readmission risk scores in HFrEF. ACC Pennsylvania Chapter Annual Meeting, Hershey, PA, 10/2023"),
    ],
    langs=[("English", "Native/Functionally Native"), ("Tamil", "Native/Functionally Native"), ("Hindi", "Advanced")],
    hobbies="Carnatic violin, long-distance running (Chennai Marathon 2019, 2022), chess.",
    truth=dict(
        full_name="Aditya Raghavan Iyer", email="aditya.r.iyer.md@gmail.com", phone_e164="+919840155732",
        medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2022, is_student=False,
        usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
        specialties=["Internal Medicine"], languages=["English", "Tamil", "Hindi"], publications=2,
        usce_entries=[
            dict(type="research", specialty="Cardiology", state="PA", start="2023-09", end="2024-02"),
            dict(type="hands_on", specialty="Internal Medicine", state="NY", start="2024-05", end="2024-06"),
            dict(type="observership", specialty="Nephrology", state="MI", start="2024-07", end="2024-07"),
            dict(type="telehealth", specialty="Family Medicine", state="TX", start="2024-10", end="2024-11"),
        ], usce_months=11, usce_months_clinical=3),
)

# ---------------------------------------------------------------- 002 LinkedIn Save-to-PDF (reportlab)
P[2] = dict(
    layout="linkedin_pdf",
    name="Mariam Adel Hassan", email="mariam.adel.hassan@outlook.com", phone="+20 100 482 7719",
    linkedin="www.linkedin.com/in/mariam-adel-hassan-md",
    headline="MBBCh | ECFMG Certified | Aspiring Internal Medicine Resident | Research Fellow at Cleveland Clinic",
    location="Cleveland, Ohio, United States",
    summary=("Egyptian physician (Cairo University, Class of 2022) preparing for the Match in Internal Medicine, "
             "with a long-term interest in Pulmonary and Critical Care Medicine. USMLE Step 1: Passed (first attempt). "
             "USMLE Step 2 CK: 251. ECFMG certified in 2024. Currently working on ARDS and sepsis outcomes research."),
    skills=["Clinical Research", "Biostatistics", "Critical Care Medicine"],
    langs=[("Arabic", "Native or Bilingual"), ("English", "Full Professional"), ("French", "Elementary")],
    certs=["ECFMG Certification", "Basic Life Support (BLS)", "Advanced Cardiovascular Life Support (ACLS)"],
    honors=["Best Research Poster - CHEST Annual Meeting 2025 (Trainee Session)"],
    exp=[
        ("Cleveland Clinic", None, [("Research Fellow, Pulmonary and Critical Care Medicine",
            "March 2025 - Present (1 year 10 months)", "Cleveland, Ohio, United States",
            "Prospective cohort of ARDS patients in the Medical ICU; database management; manuscript drafting.")]),
        ("Staten Island University Hospital", None, [("Clinical Observer - Internal Medicine",
            "October 2024 - December 2024 (3 months)", "Staten Island, New York, United States",
            "Observed inpatient general medicine teams; attended morning report and noon conferences.")]),
        ("Kasr Al Ainy Hospitals - Cairo University", "3 years 5 months", [
            ("Resident Physician (non-training contract), Chest Department", "March 2024 - July 2024 (5 months)", "Cairo, Egypt",
             "Ward and outpatient care of COPD, asthma and TB patients."),
            ("Intern Doctor", "March 2023 - February 2024 (1 year)", "Cairo, Egypt",
             "12-month rotating internship: Internal Medicine, Surgery, Pediatrics, OB/GYN, Emergency."),
            ("Medical Student (final-year clerkships)", "March 2021 - February 2022 (1 year)", "Cairo, Egypt", "Final-year clinical clerkships.")]),
    ],
    edu=[("Cairo University", "Bachelor of Medicine, Bachelor of Surgery - MBBCh, Medicine", "(2016 - 2022)"),
         ("El Orman Language School", "High School Diploma", "(2013 - 2016)")],
    pubs=["Hassan MA, Farouk H, Lindqvist E, et al. Driving pressure and mortality in moderate ARDS: a prospective cohort. Respiratory Care (2026)",
          "Hassan MA, Saleh N. Tuberculous pleural effusion in young adults: a 5-year review. Egyptian Journal of Chest Diseases and Tuberculosis (2024)",
          "Abstract: Early prone positioning in COVID-negative ARDS. CHEST 2025 Annual Meeting abstract supplement"],
    truth=dict(
        full_name="Mariam Adel Hassan", email="mariam.adel.hassan@outlook.com", phone_e164="+201004827719",
        medical_school="Cairo University", medical_school_country="EG", graduation_year=2022, is_student=False,
        usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status=None,
        specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Arabic", "English", "French"],
        publications=2,
        usce_entries=[
            dict(type="research", specialty="Pulmonology/Critical Care", state="OH", start="2025-03", end="2026-12"),
            dict(type="observership", specialty="Internal Medicine", state="NY", start="2024-10", end="2024-12"),
        ], usce_months=25, usce_months_clinical=3),
)

# ---------------------------------------------------------------- 003 Google Docs "Serif" template -> PDF (Chromium)
P[3] = dict(
    layout="gdocs_serif_pdf",
    name="Usman Tariq Chaudhry", email="usman.t.chaudhry@gmail.com", phone="(267) 555-0143",
    address=["2214 Walnut Street, Apt 3F", "Philadelphia, PA 19103"],
    tagline="Physician (MBBS, Pakistan) and U.S. permanent resident (green card) seeking a PGY-1 position in Family Medicine or Internal Medicine.",
    exp=[
        ("Philly Family Practice Associates", "Philadelphia, PA", "Medical Assistant", "2024 - PRESENT",
         "Rooming patients, vitals, EHR intake (eClinicalWorks) and point-of-care testing."),
        ("Jefferson Health - Northeast", "Philadelphia, PA", "Clinical Extern, Internal Medicine (hands-on)", "NOV 2023 - JAN 2024",
         "Carried 4-6 inpatients under resident supervision; wrote progress notes and discharge summaries."),
        ("Temple University Hospital, Dept. of Family & Community Medicine", "Philadelphia, PA", "Research Coordinator", "OCT 2021 - SEP 2023",
         "Coordinated a diabetes telemonitoring trial (n=240); IRB submissions; consented participants."),
        ("Services Hospital", "Lahore, Pakistan", "Medical Officer, Medicine Unit II", "FEB 2020 - AUG 2021",
         "Admitted and managed patients in a 60-bed medical unit; COVID-19 isolation ward duties 2020-21."),
        ("Mayo Hospital", "Lahore, Pakistan", "House Officer", "JAN 2019 - DEC 2019",
         "Six months Medicine, six months Surgery."),
    ],
    edu=[("King Edward Medical University", "Lahore, Pakistan", "MBBS", "2013 - 2018",
          "Graduated December 2018; distinction in Community Medicine."),
         ("Government College University", "Lahore", "F.Sc. Pre-Medical", "2011 - 2013", "")],
    skills="USMLE Step 1: 231 (2020)  ·  Step 2 CK: 244 (2021)  ·  Step 3: 228 (2023)  ·  ECFMG certified (2021)  ·  BLS/ACLS  ·  Epic, eClinicalWorks  ·  REDCap, SPSS",
    projects=[
        "Chaudhry UT, Morales L, Brennan K. Remote glucose monitoring in an urban FQHC: a pilot RCT. Journal of the American Board of Family Medicine. 2023;36(4):612-620.",
        "Chaudhry UT, Akhtar S. Dengue-associated hepatitis in adults, Lahore 2019 outbreak. Journal of Pakistan Medical Association. 2021;71(3):880-884.",
        "Morales L, Chaudhry UT. Telemonitoring adherence among Spanish-speaking patients. Manuscript under review.",
        "Chaudhry UT. Diabetes in South Asian immigrants. In: Kumar R, ed. Primary Care of Immigrant Populations. Springer; 2024 (book chapter).",
    ],
    awards="Gold medal, Community Medicine (KEMU, 2017); Temple DFCM Research Staff Award (2023)",
    langs="English, Urdu (native), Punjabi (native)",
    truth=dict(
        full_name="Usman Tariq Chaudhry", email="usman.t.chaudhry@gmail.com", phone_e164="+12675550143",
        medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2018, is_student=False,
        usmle_step1=231, usmle_step2ck=244, usmle_step3=228, ecfmg_status="certified", visa_status="green_card",
        specialties=["Family Medicine", "Internal Medicine"], languages=["English", "Urdu", "Punjabi"], publications=2,
        usce_entries=[
            dict(type="research", specialty="Family Medicine", state="PA", start="2021-10", end="2023-09"),
            dict(type="hands_on", specialty="Internal Medicine", state="PA", start="2023-11", end="2024-01"),
        ], usce_months=27, usce_months_clinical=3),
)

# ---------------------------------------------------------------- 004 Google Docs "Spearmint" exported as DOCX (python-docx)
P[4] = dict(
    layout="gdocs_spearmint_docx",
    name="Chiamaka Nwosu", email="chiamaka.nwosu.md@yahoo.com", phone="+234 803 445 1906",
    address="14 Ogui Road, Enugu, Enugu State, Nigeria",
    intro="Nigerian medical graduate pursuing a career in Pediatrics. USMLE Step 1 passed; Step 2 CK 238. "
          "ECFMG certification pending (OET result awaited). Will require a J-1 visa for U.S. clinical training.",
    exp=[
        ("Emory University School of Medicine, Department of Pediatrics", "Atlanta, GA", "Clinical Research Volunteer",
         "OCT 2025 - PRESENT", "Neonatal sepsis quality-improvement project in the Level IV NICU; data collection and literature review."),
        ("Driscoll Children's Hospital", "Corpus Christi, TX", "Hands-on Clerkship, Pediatrics",
         "AUG - SEP 2025", "Admitted patients with residents, presented on family-centered rounds, wrote H&Ps."),
        ("Children's Hospital at Montefiore", "Bronx, NY", "Pediatrics Observership",
         "4 weeks, starting 2 June 2025", "General pediatrics wards and pediatric ED."),
        ("General Hospital Kano (NYSC)", "Kano, Nigeria", "Medical Officer (National Youth Service Corps)",
         "MAR 2023 - FEB 2024", "Outpatient and emergency pediatrics; immunisation campaigns."),
        ("University of Nigeria Teaching Hospital", "Ituku-Ozalla, Enugu", "House Officer",
         "JAN 2022 - DEC 2022", "Rotations: Pediatrics, Internal Medicine, Surgery, Obstetrics & Gynaecology."),
    ],
    edu=[("University of Nigeria, College of Medicine", "Enugu, Nigeria", "MB;BS", "2015 - NOV 2021")],
    skills=["USMLE Step 1: PASS (2023)", "USMLE Step 2 CK: 238 (2024)", "NBME CCSSA practice: 71%", "PALS, NRP, BLS",
            "Pediatric advanced airway skills lab"],
    pubs=["Nwosu C, Eze J, Okafor U. Neonatal jaundice outcomes in a tertiary hospital in south-east Nigeria. Niger J Paediatr. 2023;50(1):12-18.",
          "Poster: Nwosu C. Measles vaccination coverage in Kano. Nigerian Paediatric Association Conference, January 2024."],
    langs="English, Igbo (native), Yoruba (conversational), Hausa (basic)",
    refs=[("Prof. Ngozi Ibeziako", "Consultant Paediatrician, UNTH Enugu", "n.ibeziako@unth-mail.ng", "+234 803 771 2294"),
          ("Dr. Rachel Whitford, MD", "Pediatric Hospitalist, Driscoll Children's Hospital", "rwhitford.peds@driscollkids-mail.org", "(361) 555-0178")],
    truth=dict(
        full_name="Chiamaka Nwosu", email="chiamaka.nwosu.md@yahoo.com", phone_e164="+2348034451906",
        medical_school="University of Nigeria, College of Medicine", medical_school_country="NG", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
        specialties=["Pediatrics"], languages=["English", "Igbo", "Yoruba", "Hausa"], publications=1,
        usce_entries=[
            dict(type="research", specialty="Pediatrics", state="GA", start="2025-10", end="2026-12"),
            dict(type="hands_on", specialty="Pediatrics", state="TX", start="2025-08", end="2025-09"),
            dict(type="observership", specialty="Pediatrics", state="NY", start="2025-06", end="2025-06"),
        ], usce_months=18, usce_months_clinical=3),
)

# ---------------------------------------------------------------- 005 Google Docs "Coral" -> DOCX -> LibreOffice PDF
P[5] = dict(
    layout="gdocs_coral_docx2pdf",
    name="Maria Angelica Dela Cruz", email="mangelica.delacruz@gmail.com", phone="+63 917 552 0384",
    address="Unit 1203, Avida Towers, Sta. Mesa, Manila 1016, Philippines",
    intro="Psychiatry-bound physician. Dual citizen (Philippines / United States). Born 1994.",
    exp=[
        ("Rutgers New Jersey Medical School, Department of Psychiatry", "Newark, NJ", "Research Assistant",
         "May 2024 - present", "Suicide-risk screening study in the psychiatric emergency service; co-author on 1 paper."),
        ("The Zucker Hillside Hospital (Northwell Health)", "Glen Oaks, NY", "Observership - Child & Adolescent Psychiatry",
         "Mar 2024 - Apr 2024", "Observed inpatient adolescent unit and consult-liaison service."),
        ("Bergen New Bridge Medical Center", "Paramus, NJ", "Psychiatry Externship (hands-on)",
         "Feb 2024 - Mar 2024", "Interviewed patients, presented to attendings, drafted progress notes."),
        ("National Center for Mental Health", "Mandaluyong City, Philippines", "Medical Officer III",
         "Sep 2021 - Dec 2023", "Acute psychiatry wards; admissions and crisis management."),
        ("Philippine General Hospital", "Manila, Philippines", "Post-Graduate Intern",
         "Aug 2020 - Jul 2021", "Rotating internship; passed the Physician Licensure Examination (PLE) in Nov 2021."),
    ],
    edu=[("University of Santo Tomas, Faculty of Medicine and Surgery", "Manila, Philippines", "Doctor of Medicine (MD)", "2016 - 2020"),
         ("University of Santo Tomas", "Manila", "BS Psychology, cum laude", "2012 - 2016")],
    exams=["USMLE Step 1 - Pass (2022)", "USMLE Step 2 CK - 229 (2023)", "UWSA2 (practice) - 245",
           "ECFMG Certified (2024)", "Philippine Physician Licensure Exam - passed 2021"],
    pubs=["Dela Cruz MA, Okonkwo T, Greenberg R. Columbia scale screening in a psychiatric ED. Psychiatric Services. 2025;76(8):770-776.",
          "Greenberg R, Dela Cruz MA. Boarding times for adolescents with suicidal ideation. J Am Acad Child Adolesc Psychiatry. 2026;65(2):210-218.",
          "Dela Cruz MA, Santos R. Clozapine use in a Philippine state hospital. Philipp J Psychiatry. 2023;45(1):33-40."],
    langs="English, Filipino (Tagalog), Cebuano",
    truth=dict(
        full_name="Maria Angelica Dela Cruz", email="mangelica.delacruz@gmail.com", phone_e164="+639175520384",
        medical_school="University of Santo Tomas, Faculty of Medicine and Surgery", medical_school_country="PH", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
        specialties=["Psychiatry"], languages=["English", "Filipino", "Cebuano"], publications=3,
        usce_entries=[
            dict(type="research", specialty="Psychiatry", state="NJ", start="2024-05", end="2026-12"),
            dict(type="observership", specialty="Psychiatry", state="NY", start="2024-03", end="2024-04"),
            dict(type="hands_on", specialty="Psychiatry", state="NJ", start="2024-02", end="2024-03"),
        ], usce_months=35, usce_months_clinical=3),
)

# ---------------------------------------------------------------- 006 Canva-like design with icons and skill bars (Chromium)
P[6] = dict(
    layout="canva_skillbars_pdf",
    name="João Pedro Albuquerque Santos", email="joaopedro.asantos@gmail.com", phone="+55 31 99872-4410",
    city="Belo Horizonte - MG, Brasil", born="Nascido em 1997",
    title="MÉDICO | EMERGENCY MEDICINE & ANESTHESIOLOGY",
    profile="Brazilian physician (UFMG 2023) applying for U.S. residency in Emergency Medicine, with Anesthesiology as a second interest. "
            "B1/B2 visa holder. ECFMG certification in progress.",
    exp=[
        ("Observership - Emergency Medicine", "Jackson Memorial Hospital · Miami, FL", "01.2026 - 02.2026",
         "Observed the adult ED and trauma bay; attended resident didactics."),
        ("Médico Plantonista (Emergency Physician)", "Hospital Risoleta Tolentino Neves · Belo Horizonte", "03.2023 - 12.2025",
         "12-hour ER shifts, 40+ patients/shift; sedation and airway management."),
        ("Visiting Student Elective - Anesthesiology (hands-on)", "Baylor St. Luke's Medical Center · Houston, TX", "07.2022 - 08.2022",
         "Final-year elective: pre-op assessment, supervised intubations and line placement."),
    ],
    edu=[("Medicina - Médico (MD equivalent)", "Universidade Federal de Minas Gerais (UFMG)", "2017 - 2023")],
    scores=[("USMLE Step 1", "PASS"), ("USMLE Step 2 CK", "255"), ("UWSA 1 (practice)", "262")],
    bars=[("Portuguese", 100), ("English", 90), ("Spanish", 60)],
    skillbars=[("Point-of-care ultrasound", 80), ("Airway management", 85), ("ACLS / ATLS", 90)],
    extras=["2 posters - Congresso Brasileiro de Medicina de Emergência (2024, 2025)", "Volunteer, Brazilian Red Cross (2019-2022)"],
    truth=dict(
        full_name="João Pedro Albuquerque Santos", email="joaopedro.asantos@gmail.com", phone_e164="+5531998724410",
        medical_school="Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2023, is_student=False,
        usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
        specialties=["Emergency Medicine", "Anesthesiology"], languages=["Portuguese", "English", "Spanish"], publications=0,
        usce_entries=[
            dict(type="observership", specialty="Emergency Medicine", state="FL", start="2026-01", end="2026-02"),
            dict(type="hands_on", specialty="Anesthesiology", state="TX", start="2022-07", end="2022-08"),
        ], usce_months=4, usce_months_clinical=4),
)

# ---------------------------------------------------------------- 007 Europass-like form (reportlab)
P[7] = dict(
    layout="europass_reportlab",
    name="Andreea-Ioana Popescu", email="andreea.popescu96@yahoo.ro", phone="+40 745 318 902",
    address="Str. Doamna Ghica 27, Bl. 4, Ap. 12, 022835 București (Romania)",
    dob="23/07/1996", nationality="Romanian", sex="Female",
    applied="Clinical rotations / residency in Internal Medicine and Cardiology (United States)",
    work=[
        ("01/01/2022 – present", "Medic rezident Cardiologie (Cardiology resident physician)",
         "Spitalul Clinic de Urgență București, Calea Floreasca 8, București (Romania)",
         "Coronary care unit, echocardiography lab, cardiology outpatient clinic."),
        ("02/10/2023 – 27/10/2023", "Clinical observer – Internal Medicine",
         "Corewell Health William Beaumont University Hospital, Royal Oak, MI (United States)",
         "General medicine teaching service; morning report and grand rounds."),
        ("04/09/2023 – 29/09/2023", "Clinical observer – Cardiology",
         "Mayo Clinic, Rochester, MN (United States)",
         "Heart failure and echocardiography services (unpaid observership)."),
    ],
    edu=[("2015 – 2021", "Doctor-medic (Medical Doctor, 6-year programme)",
          "Universitatea de Medicină și Farmacie „Carol Davila”, București (Romania)", "EQF level 7"),
         ("2011 – 2015", "Diplomă de bacalaureat", "Colegiul Național „Gheorghe Lazăr”, București", "")],
    exams="USMLE Step 1: passed (2023). USMLE Step 2 CK: 240 (2024). Romanian residency entrance exam (Rezidențiat) 2021: 912/950 points.",
    mother="Romanian",
    other_langs=[("English", "C1", "C1", "C1", "C1", "C1", "Cambridge C1 Advanced"),
                 ("French", "B2", "B2", "B1", "B1", "B1", "DELF B2"),
                 ("Italian", "A2", "A2", "A2", "A1", "A1", "")],
    pubs="2 original articles in the Romanian Journal of Cardiology (peer-reviewed, 2023 and 2025); 1 conference abstract, European Society of Cardiology Congress 2024.",
    truth=dict(
        full_name="Andreea-Ioana Popescu", email="andreea.popescu96@yahoo.ro", phone_e164="+40745318902",
        medical_school="Universitatea de Medicină și Farmacie „Carol Davila”", medical_school_country="RO", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status=None, visa_status=None,
        specialties=["Internal Medicine", "Cardiology"], languages=["Romanian", "English", "French", "Italian"], publications=2,
        usce_entries=[
            dict(type="observership", specialty="Internal Medicine", state="MI", start="2023-10", end="2023-10"),
            dict(type="observership", specialty="Cardiology", state="MN", start="2023-09", end="2023-09"),
        ], usce_months=2, usce_months_clinical=2),
)

# ---------------------------------------------------------------- 008 Markdown printed from browser (Chromium, header/footer)
P[8] = dict(
    layout="markdown_browser_print",
    name="Yuxin Chen", name_cjk="陈雨欣", email="yuxin.chen.md@163.com", phone="+86 138 1024 7765",
    us_phone="+1 (617) 555-0191 (US, shared lab line - please use email)",
    md=r"""# Yuxin Chen (陈雨欣)

**Email:** yuxin.chen.md@163.com · **Mobile (WeChat):** +86 138 1024 7765 · **GitHub:** github.com/yuxinchen-neuro
**Location:** Boston, MA · **Status:** J-1 research scholar (ECFMG Certified, 2025-04)

> Neurology applicant, Match 2027.

## Education

- **Peking University Health Science Center**, Beijing, China — *MD (eight-year program)*, 2015-09 – 2023-07
  - Thesis: *Serum neurofilament light chain in acute ischemic stroke*

## USMLE

| Exam | Result | Date |
|---|---|---|
| Step 1 | Pass | 2024-05 |
| Step 2 CK | 262 | 2025-02 |
| NBME CCSSA (practice) | 84% | 2024-12 |

## Experience

- **Postdoctoral Research Fellow**, Department of Neurology, Massachusetts General Hospital, Boston, MA — 2025-06 – present
- **Observership, Neurology**, Yale New Haven Hospital, New Haven, CT — 2025-03 – 2025-04
- **Resident Physician** (Standardized Residency Training, Neurology), Peking University First Hospital, Beijing — 2023-08 – 2025-05

## Publications

1. Chen Y, Li H, Wang Q. Serum NfL predicts early neurological deterioration after ischemic stroke. *Stroke*. 2024;55(3):612-620.
2. Chen Y, et al. Tenecteplase in Chinese stroke centers: a registry analysis. *Neurology*. 2025;104(6):e210334.
3. Zhao M, Chen Y. Glymphatic MRI markers in cerebral small vessel disease. *J Neurol Sci*. 2023;449:120661.
4. Chen Y, Rosand J. Blood pressure variability after ICH. *Ann Neurol*. 2026;99(1):88-97.
5. Chen Y, et al. Federated learning for stroke triage. *medRxiv* preprint, 2026.

## Languages

- Chinese (Mandarin) — native
- English — fluent (TOEFL iBT 112)
- Japanese — JLPT N3
""",
    truth=dict(
        full_name="Yuxin Chen", email="yuxin.chen.md@163.com", phone_e164="+8613810247765",
        medical_school="Peking University Health Science Center", medical_school_country="CN", graduation_year=2023, is_student=False,
        usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
        specialties=["Neurology"], languages=["Chinese", "English", "Japanese"], publications=4,
        usce_entries=[
            dict(type="research", specialty="Neurology", state="MA", start="2025-06", end="2026-12"),
            dict(type="observership", specialty="Neurology", state="CT", start="2025-03", end="2025-04"),
        ], usce_months=21, usce_months_clinical=2),
)

# ---------------------------------------------------------------- 009 python-docx, everything in tables, contacts in header
P[9] = dict(
    layout="docx_tables_header",
    name="Seyed Amirhossein Mousavi", email="a.h.mousavi.md@gmail.com", phone="+98 912 304 5571",
    us_addr="1850 Fuller Rd, Apt 214, Ann Arbor, MI 48105",
    personal=[("Date of birth", "1994 (Tehran, Iran)"), ("Citizenship", "Iran"), ("Visa", "H-1B (research), University of Michigan"),
              ("Target specialty", "Internal Medicine → Gastroenterology")],
    edu=[("2013/09 – 2020/08", "Doctor of Medicine (MD), Tehran University of Medical Sciences, Tehran, Iran. GPA 17.6/20.")],
    exams=[("USMLE Step 1", "248 (2021)"), ("USMLE Step 2 CK", "257 (2022)"), ("USMLE Step 3", "Scheduled January 2027"),
           ("ECFMG", "Certified, 2022"), ("Iranian Comprehensive Basic Sciences Exam", "Top 1%")],
    exp=[("2022/10 – present", "Postdoctoral Research Fellow, Division of Gastroenterology & Hepatology, University of Michigan, Ann Arbor, MI. IBD cohort studies, endoscopy video annotation."),
         ("2025/01 (2 weeks)", "Observership, Gastroenterology, Detroit Medical Center – Harper University Hospital, Detroit, MI."),
         ("2024/06 – 2024/07", "Clinical Externship, Internal Medicine (hands-on, inpatient wards), Hurley Medical Center, Flint, MI."),
         ("2020/09 – 2022/08", "General Practitioner (mandatory rural service), Imam Ali Health Center, Zahedan, Sistan-Baluchestan, Iran."),
         ("2019/03 – 2020/08", "Intern (clinical clerkship, final 18 months of MD), Imam Khomeini Hospital Complex, Tehran.")],
    pubs=[("Journal article", "Mousavi SA, Higgins PDR, et al. Ustekinumab persistence in Crohn's disease. Inflamm Bowel Dis. 2024;30(5):701-709."),
          ("Journal article", "Mousavi SA, et al. Biologic sequencing in ulcerative colitis: a target-trial emulation. Gastroenterology. 2025;168(2):290-301."),
          ("Journal article", "Rahimi N, Mousavi SA. H. pylori eradication rates in south-east Iran. Middle East J Dig Dis. 2022;14(3):301-307."),
          ("Journal article", "Mousavi SA, Karimi F. Celiac serology in Iranian children with short stature. Arch Iran Med. 2021;24(8):610-615."),
          ("Abstract", "Mousavi SA. AI polyp detection in IBD surveillance. Digestive Disease Week 2025, San Diego (poster)."),
          ("Submitted", "Mousavi SA, et al. Vedolizumab and postoperative complications. Submitted to Clin Gastroenterol Hepatol.")],
    langs=[("Persian (Farsi)", "Native"), ("English", "Fluent (IELTS 8.0)"), ("Arabic", "Reading only")],
    refs=[("Peter D. R. Higgins, MD, PhD", "Professor of Medicine, University of Michigan", "pdrh.gi.office@umich-mail.edu", "+1 734 555 0122"),
          ("Farhad Karimi, MD", "Associate Professor, TUMS", "f.karimi@tums-mail.ac.ir", "+98 21 6658 1142")],
    truth=dict(
        full_name="Seyed Amirhossein Mousavi", email="a.h.mousavi.md@gmail.com", phone_e164="+989123045571",
        medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2020, is_student=False,
        usmle_step1=248, usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
        specialties=["Internal Medicine", "Gastroenterology"], languages=["Persian", "English", "Arabic"], publications=4,
        usce_entries=[
            dict(type="research", specialty="Gastroenterology", state="MI", start="2022-10", end="2026-12"),
            dict(type="observership", specialty="Gastroenterology", state="MI", start="2025-01", end="2025-01"),
            dict(type="hands_on", specialty="Internal Medicine", state="MI", start="2024-06", end="2024-07"),
        ], usce_months=51, usce_months_clinical=3),
)

# ---------------------------------------------------------------- 010 VSLO application summary (fpdf2), student
P[10] = dict(
    layout="vslo_summary_fpdf",
    name="Valeria Jiménez Ortega", email="valeria.jimenez.o@comunidad.unam.mx", phone="+52 55 4187 2093",
    dob="09/30/2001", home="Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina",
    home_loc="Ciudad de México, Mexico", degree="Médico Cirujano (MD equivalent)", year="5th year (internado de pregrado)",
    grad="07/2027", visa="B-1/B-2 visitor visa (valid through 2031)",
    interest="Emergency Medicine", usmle="USMLE Step 1: Pass (05/2025). Step 2 CK: not yet taken.",
    apps=[("University of Texas Health Science Center at San Antonio", "San Antonio, TX", "EMED 4001 Emergency Medicine Sub-Internship",
           "03/02/2026 - 03/27/2026", "Completed"),
          ("University of New Mexico School of Medicine", "Albuquerque, NM", "IM 4010 Inpatient Internal Medicine (hands-on)",
           "06/01/2026 - 06/26/2026", "Completed"),
          ("University of Arizona College of Medicine - Tucson", "Tucson, AZ", "EMED 840 Toxicology Elective",
           "09/07/2026 - 10/02/2026", "Application withdrawn by student")],
    langs="Spanish (native); English (advanced, TOEFL iBT 108)",
    truth=dict(
        full_name="Valeria Jiménez Ortega", email="valeria.jimenez.o@comunidad.unam.mx", phone_e164="+525541872093",
        medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2027, is_student=True,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
        specialties=["Emergency Medicine"], languages=["Spanish", "English"], publications=0,
        usce_entries=[
            dict(type="hands_on", specialty="Emergency Medicine", state="TX", start="2026-03", end="2026-03"),
            dict(type="hands_on", specialty="Internal Medicine", state="NM", start="2026-06", end="2026-06"),
        ], usce_months=2, usce_months_clinical=2),
)

# ---------------------------------------------------------------- 011 DOCX -> ODT (LibreOffice), tables, Cyrillic
P[11] = dict(
    layout="odt_table_cyrillic",
    name="Oleksandr Kovalenko", name_cyr="Олександр Коваленко", email="o.kovalenko.md@ukr.net", phone="+380 67 412 8830",
    us_phone="(585) 555-0166", address="Rochester, NY (permanent resident since 2025)",
    rows=[
        ("EDUCATION", None),
        ("09.2012 – 06.2018", "Bogomolets National Medical University (Національний медичний університет імені О.О. Богомольця), Kyiv, Ukraine — Doctor of Medicine (лікар), specialty 'General Medicine'"),
        ("08.2018 – 06.2020", "Internship (інтернатура) in General Surgery, Kyiv City Clinical Hospital No. 17"),
        ("EXAMINATIONS", None),
        ("USMLE Step 1", "Pass (2022)"),
        ("USMLE Step 2 CK", "241 (2023)"),
        ("ECFMG", "Certified (2023)"),
        ("KROK 1 / KROK 2", "Passed (Ukrainian licensing exams)"),
        ("WORK EXPERIENCE", None),
        ("07.2020 – 02.2022", "Surgeon, Department of General Surgery, Kyiv City Clinical Hospital No. 17, Kyiv"),
        ("03.2022 – 12.2023", "Surgeon, military mobile hospital, Dnipro region (trauma and damage-control surgery)"),
        ("03.2024 – 02.2025", "Research Fellow, Department of Surgery, University of Rochester Medical Center, Rochester, NY, USA"),
        ("04.2025 – 05.2025", "Surgical Observership (acute care surgery), Albany Medical Center, Albany, NY, USA"),
        ("CAREER GOAL", None),
        ("", "Categorical General Surgery residency"),
        ("PUBLICATIONS", None),
        ("1", "Kovalenko O, Stone J. Tourniquet conversion times in combat casualties. J Surg Res. 2025;301:44-51."),
        ("2", "Коваленко О.В., Петренко І.М. Лапароскопічна апендектомія у вагітних. Хірургія України. 2021;(2):15-20."),
        ("3", "Коваленко О.В. Damage-control laparotomy outcomes. Клінічна хірургія. 2023;90(4):22-27."),
        ("4", "Two conference theses (тези), Congress of Surgeons of Ukraine, 2019 and 2021"),
        ("LANGUAGES", None),
        ("", "Ukrainian (native), Russian (fluent), English (C1), Polish (B1)"),
        ("STATUS", None),
        ("", "U.S. lawful permanent resident (green card holder)"),
    ],
    truth=dict(
        full_name="Oleksandr Kovalenko", email="o.kovalenko.md@ukr.net", phone_e164="+380674128830",
        medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2018, is_student=False,
        usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
        specialties=["General Surgery"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=3,
        usce_entries=[
            dict(type="research", specialty="General Surgery", state="NY", start="2024-03", end="2025-02"),
            dict(type="observership", specialty="General Surgery", state="NY", start="2025-04", end="2025-05"),
        ], usce_months=14, usce_months_clinical=2),
)

# ---------------------------------------------------------------- 012 "ERAS-style" CV in Word, contacts only in footer
P[12] = dict(
    layout="eras_style_docx_footer",
    name="Lina Haddad", email="lina.haddad.md@gmail.com", phone="+962 79 555 2841",
    fields=[("Medical School", "Jordan University of Science and Technology, Faculty of Medicine, Irbid, Jordan"),
            ("Degree", "Doctor of Medicine (MD)"), ("Attendance Dates", "09/2017 - 06/2023"), ("Degree Date", "06/2023"),
            ("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "236"), ("ECFMG Status", "Certified"),
            ("Visa", "Will require J-1 sponsorship"), ("Specialty", "Obstetrics and Gynecology")],
    exp=[("Sub-Internship, Obstetrics & Gynecology (hands-on)", "Jersey Shore University Medical Center, Neptune, NJ", "March–May 2025", "Clinical",
          "Labor and delivery, gynecologic surgery first-assist, clinic."),
         ("Observership, Obstetrics & Gynecology", "Advocate Christ Medical Center, Oak Lawn, IL", "Summer 2024", "Clinical",
          "Observed L&D, MFM clinic and gynecologic oncology OR."),
         ("Intern Physician (rotating internship)", "King Abdullah University Hospital, Irbid, Jordan", "07/2023 - 06/2024", "Clinical",
          "Internal Medicine, Surgery, Pediatrics, OB/GYN.")],
    other=[("NBME Self-Assessment (Form 13)", "250 (practice)"), ("Jordan Medical Council licensure exam", "Passed 2024")],
    pubs=["Haddad L, Obeidat N. Anemia in pregnancy in northern Jordan: a cross-sectional study. BMC Pregnancy Childbirth. 2024;24:318.",
          "Oral presentation: Haddad L. Cesarean rates at KAUH. Jordan Society of OB/GYN Meeting, Amman, 2023."],
    langs="Arabic (native), English (fluent), German (B1)",
    truth=dict(
        full_name="Lina Haddad", email="lina.haddad.md@gmail.com", phone_e164="+962795552841",
        medical_school="Jordan University of Science and Technology", medical_school_country="JO", graduation_year=2023, is_student=False,
        usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
        specialties=["Obstetrics and Gynecology"], languages=["Arabic", "English", "German"], publications=1,
        usce_entries=[
            dict(type="hands_on", specialty="Obstetrics and Gynecology", state="NJ", start="2025-03", end="2025-05"),
            dict(type="observership", specialty="Obstetrics and Gynecology", state="IL", start="2024-06", end="2024-08"),
        ], usce_months=6, usce_months_clinical=6),
)

# ---------------------------------------------------------------- 013 Novoresume-like timeline (Chromium)
P[13] = dict(
    layout="novoresume_timeline_pdf",
    name="Prakash Bahadur Thapa", email="prakash.thapa.np@gmail.com", phone="+977-9841-223344",
    loc="Kathmandu, Nepal / Omaha, NE", title="Internal Medicine & Infectious Disease Applicant",
    summary="MBBS (IOM, 2020). Step 1 Pass, Step 2 CK 233, Step 3 221. ECFMG certified. Requires H-1B sponsorship.",
    exp=[("Research Scholar - Infectious Diseases", "University of Nebraska Medical Center", "Omaha, NE", "Jun 2023 – May 2024",
          ["HIV PrEP uptake study in rural Nebraska", "Antimicrobial stewardship dashboard (R, Tableau)"]),
         ("Clinical Externship - Internal Medicine", "Larkin Community Hospital", "South Miami, FL", "Jul 2024 – Sep 2024",
          ["Hands-on inpatient rotation; H&Ps, progress notes, family meetings"]),
         ("Observership - Infectious Diseases", "Rush University Medical Center", "Chicago, IL", "09/2024 – 10/2024",
          ["ID consult service and OPAT clinic"]),
         ("Medical Officer", "Tribhuvan University Teaching Hospital", "Kathmandu, Nepal", "Mar 2021 – Apr 2023",
          ["Medicine wards and fever clinic; dengue outbreak 2022"]),
         ("Rotating Intern", "Tribhuvan University Teaching Hospital", "Kathmandu, Nepal", "Jan 2020 – Dec 2020", [])],
    edu=[("MBBS", "Institute of Medicine, Tribhuvan University", "Maharajgunj, Kathmandu", "2014 – 2019 (degree conferred 2020)")],
    pubs=["Thapa PB, Swindells S. PrEP persistence in rural Nebraska. Open Forum Infect Dis. 2024;11(7):ofae301.",
          "Thapa PB, Shrestha R. Scrub typhus in central Nepal. J Nepal Med Assoc. 2022;60(248):345-350.",
          "Poster - IDWeek 2024: Stewardship dashboards in community hospitals."],
    langs=[("Nepali", 5), ("English", 5), ("Hindi", 4)],
    certs=["BLS/ACLS (AHA, 2024)", "NMC (Nepal Medical Council) registration 2020"],
    truth=dict(
        full_name="Prakash Bahadur Thapa", email="prakash.thapa.np@gmail.com", phone_e164="+9779841223344",
        medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=233, usmle_step3=221, ecfmg_status="certified", visa_status="h1b",
        specialties=["Internal Medicine", "Infectious Disease"], languages=["Nepali", "English", "Hindi"], publications=2,
        usce_entries=[
            dict(type="research", specialty="Infectious Disease", state="NE", start="2023-06", end="2024-05"),
            dict(type="hands_on", specialty="Internal Medicine", state="FL", start="2024-07", end="2024-09"),
            dict(type="observership", specialty="Infectious Disease", state="IL", start="2024-09", end="2024-10"),
        ], usce_months=16, usce_months_clinical=4),
)

# ---------------------------------------------------------------- 014 online CV builder (fpdf2), contacts only in footer
P[14] = dict(
    layout="cvbuilder_fpdf_footer",
    name="Tharushi Wickramasinghe", email="tharushi.wick@gmail.com", phone="+94 77 318 4402",
    rows=[("Degree", "MBBS, Faculty of Medicine, University of Colombo, Sri Lanka (2013 - 2019)"),
          ("Internship", "Intern House Officer, National Hospital of Sri Lanka, Colombo (2019 - 2020)"),
          ("Current post", "Medical Officer, Lady Ridgeway Hospital for Children, Colombo (2020 - present)"),
          ("USMLE", "Step 1: Pass   |   Step 2 CK: scheduled February 2027"),
          ("ECFMG", "Not yet certified"),
          ("Interests", "Pediatrics; Family Medicine"),
          ("US clinical experience", "Observership, Pediatrics - Nemours Children's Hospital, Wilmington, DE - 15/01/2025 to 14/02/2025\n"
                                     "Virtual (telehealth) rotation, Family Medicine - Sunrise Family Clinic, Phoenix, AZ - 04/2025 to 06/2025"),
          ("Publications", "Wickramasinghe T, Perera D. Dengue shock syndrome in children: fluid outcomes. Sri Lanka J Child Health. 2023;52(2):140-146.\n"
                           "Poster: Kawasaki disease in Sri Lanka - SLCP Annual Congress 2022"),
          ("Languages", "Sinhala, English, Tamil"),
          ("Referee", "Dr. Dulani Perera, Consultant Paediatrician, LRH Colombo - dulani.perera@lrh-mail.lk - +94 11 269 3711")],
    truth=dict(
        full_name="Tharushi Wickramasinghe", email="tharushi.wick@gmail.com", phone_e164="+94773184402",
        medical_school="Faculty of Medicine, University of Colombo", medical_school_country="LK", graduation_year=2019, is_student=False,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status=None,
        specialties=["Pediatrics", "Family Medicine"], languages=["Sinhala", "English", "Tamil"], publications=1,
        usce_entries=[
            dict(type="observership", specialty="Pediatrics", state="DE", start="2025-01", end="2025-02"),
            dict(type="telehealth", specialty="Family Medicine", state="AZ", start="2025-04", end="2025-06"),
        ], usce_months=5, usce_months_clinical=2),
)

# ---------------------------------------------------------------- 015 plain-text export from a job portal (Korean)
P[15] = dict(
    layout="portal_plaintext_export",
    name="Min-jun Kim", email="minjun.kim.md@naver.com", phone="010-4821-7763",
    truth=dict(
        full_name="Min-jun Kim", email="minjun.kim.md@naver.com", phone_e164="+821048217763",
        medical_school="Yonsei University College of Medicine", medical_school_country="KR", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=259, usmle_step3=None, ecfmg_status="certified", visa_status=None,
        specialties=["Radiology", "Internal Medicine"], languages=["Korean", "English"], publications=3,
        usce_entries=[
            dict(type="research", specialty="Radiology", state="CA", start="2024-03", end="2025-08"),
            dict(type="observership", specialty="Radiology", state="CA", start="2025-09", end="2025-10"),
        ], usce_months=20, usce_months_clinical=2),
)

# ---------------------------------------------------------------- 016 reportlab, tables with wrapping cells
P[16] = dict(
    layout="reportlab_tables",
    name="Kwame Asante Boateng", email="kwame.boateng.mb@gmail.com", phone="+233 24 551 7320",
    truth=dict(
        full_name="Kwame Asante Boateng", email="kwame.boateng.mb@gmail.com", phone_e164="+233245517320",
        medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2018, is_student=False,
        usmle_step1=236, usmle_step2ck=242, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
        specialties=["Hematology/Oncology", "Internal Medicine"], languages=["English", "Twi", "Ga"], publications=2,
        usce_entries=[
            dict(type="research", specialty="Hematology/Oncology", state="PA", start="2023-09", end="2026-12"),
            dict(type="observership", specialty="Hematology/Oncology", state="PA", start="2023-11", end="2023-12"),
            dict(type="hands_on", specialty="Internal Medicine", state="NJ", start="2024-02", end="2024-04"),
        ], usce_months=40, usce_months_clinical=5),
)

# ================================================================ scans / photos
P[17] = dict(
    layout="scan_eras_printout_pdf",
    name="Fatima Zahra El Amrani", email="fz.elamrani@gmail.com", phone="+212 661 448 290",
    address="Résidence Al Boustane, Imm. 7, Apt 14, Maârif, Casablanca 20330, Morocco",
    dob="05/21/1997", aamc_id="15822310", usmle_id="5-511-406-2", citizenship="Morocco",
    visa="Current Work Authorization: None<br>Visa Sponsorship Needed: Yes<br>Visa Sponsorship Sought: J-1",
    applying="Pediatrics - Categorical",
    school="Faculté de Médecine et de Pharmacie de Casablanca (Université Hassan II)", school_loc="Casablanca, Morocco",
    degree="Doctorat en Médecine (MD)", school_dates="09/2015 - 07/2022", degree_date="07/2022",
    exams=[("USMLE Step 1", "Pass", "11/2022"), ("USMLE Step 2 CK", "240", "06/2023"), ("USMLE Step 3", "Not Taken", ""),
           ("ECFMG Certified", "Yes", "08/2023")],
    exp=[
        dict(title="Research Assistant, Pediatric Infectious Diseases", org="Johns Hopkins University School of Medicine",
             place="Baltimore, MD, USA", setting="Research", dates="03/2024 - 08/2024", hours="40 hours/week",
             desc="RSV surveillance database; co-author of one published article."),
        dict(title="Observership - General Pediatrics", org="Nicklaus Children's Hospital", place="Miami, FL, USA",
             setting="Clinical", dates="01/2024 - 02/2024", hours="40 hours/week", desc="Inpatient pediatrics and PICU rounds."),
        dict(title="Médecin Interne (Intern)", org="CHU Ibn Rochd", place="Casablanca, Morocco", setting="Clinical",
             dates="09/2021 - 07/2022", hours="60 hours/week", desc="Pediatrics, Internal Medicine, Surgery, Gyneco-Obstetrics."),
    ],
    pubs=[("Peer Reviewed Journal Articles/Abstracts", "El Amrani FZ, Karron R, et al. RSV hospitalizations in infants after nirsevimab rollout. Pediatrics. 2025;155(1):e2024068123. Status: Published"),
          ("Poster Presentation", "El Amrani FZ. Bronchiolitis in Casablanca. Moroccan Pediatric Society Congress, 2022")],
    langs=[("Arabic", "Native/Functionally Native"), ("French", "Native/Functionally Native"), ("English", "Advanced")],
    hobbies="Calligraphy, hiking in the Atlas, volunteering with SOS Villages d'Enfants.",
    truth=dict(
        full_name="Fatima Zahra El Amrani", email="fz.elamrani@gmail.com", phone_e164="+212661448290",
        medical_school="Faculté de Médecine et de Pharmacie de Casablanca", medical_school_country="MA", graduation_year=2022, is_student=False,
        usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
        specialties=["Pediatrics"], languages=["Arabic", "French", "English"], publications=1,
        usce_entries=[
            dict(type="research", specialty="Pediatrics", state="MD", start="2024-03", end="2024-08"),
            dict(type="observership", specialty="Pediatrics", state="FL", start="2024-01", end="2024-02"),
        ], usce_months=8, usce_months_clinical=2),
)

P[18] = dict(
    layout="photo_gdocs_serif_jpg",
    name="Nusrat Jahan", email="nusrat.jahan.dmc@gmail.com", phone="+880 1715-208436",
    address=["House 22, Road 7, Dhanmondi", "Dhaka 1205, Bangladesh"],
    tagline="Bangladeshi physician applying for Internal Medicine residency (Match 2027).",
    exp=[
        ("Saint Michael's Medical Center", "Newark, NJ", "Hands-on Externship, Internal Medicine", "MAY 2023",
         "Four-week inpatient rotation with daily presentations."),
        ("Maimonides Medical Center", "Brooklyn, NY", "Observer, Internal Medicine", "MAR 2023 - APR 2023",
         "General medicine wards and cardiology consults."),
        ("Dhaka Medical College Hospital", "Dhaka, Bangladesh", "Medical Officer / Honorary Medical Officer", "2020 - 2022",
         "Medicine wards; COVID-19 red zone duty."),
    ],
    edu=[("Dhaka Medical College", "Dhaka, Bangladesh", "MBBS", "2013 - 2019", "Internship 2019 - 2020, DMCH.")],
    skills="USMLE Step 1: Pass  ·  Step 2 CK: 232  ·  ECFMG certified (2022)  ·  BLS/ACLS",
    projects=[], awards="", langs="Bengali (native), English, Hindi",
    truth=dict(
        full_name="Nusrat Jahan", email="nusrat.jahan.dmc@gmail.com", phone_e164="+8801715208436",
        medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2019, is_student=False,
        usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified", visa_status=None,
        specialties=["Internal Medicine"], languages=["Bengali", "English", "Hindi"], publications=0,
        usce_entries=[
            dict(type="hands_on", specialty="Internal Medicine", state="NJ", start="2023-05", end="2023-05"),
            dict(type="observership", specialty="Internal Medicine", state="NY", start="2023-03", end="2023-04"),
        ], usce_months=3, usce_months_clinical=3),
)

P[19] = dict(
    layout="scan_linkedin_png",
    name="Omar Al-Khatib", email="omar.alkhatib.md@gmail.com", phone="+49 1523 7704129",
    linkedin="www.linkedin.com/in/omar-alkhatib-cardio",
    headline="Assistenzarzt Innere Medizin | USMLE Step 2 CK 247 | Future Cardiology fellow",
    location="Hamburg, Germany",
    summary=("Syrian-trained physician (Damascus University, 2018) working in internal medicine in Germany. "
             "USMLE Step 1 passed, Step 2 CK 247. Applying to Internal Medicine in the US with a goal of Cardiology."),
    skills=["Echocardiography", "Internal Medicine", "Clinical Research"],
    langs=[("Arabic", "Native or Bilingual"), ("German", "Full Professional"), ("English", "Full Professional")],
    certs=["Approbation als Arzt (Germany)"], honors=[],
    exp=[
        ("Houston Methodist", None, [("Research Volunteer, Cardiology", "July 2025 - September 2025 (3 months)",
            "Houston, Texas, United States", "Echo strain analysis in cardio-oncology patients.")]),
        ("Asklepios Klinik Altona", None, [("Assistenzarzt Innere Medizin (Resident, Internal Medicine)",
            "April 2019 - Present (7 years 9 months)", "Hamburg, Germany", "")]),
    ],
    edu=[("Damascus University", "Doctor of Medicine - MD", "(2012 - 2018)")],
    pubs=["Al-Khatib O, et al. GLS decline after anthracyclines. Clin Res Cardiol (2025)"],
    truth=dict(
        full_name="Omar Al-Khatib", email="omar.alkhatib.md@gmail.com", phone_e164="+4915237704129",
        medical_school="Damascus University", medical_school_country="SY", graduation_year=2018, is_student=False,
        usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status=None, visa_status=None,
        specialties=["Internal Medicine", "Cardiology"], languages=["Arabic", "German", "English"], publications=1,
        usce_entries=[
            dict(type="research", specialty="Cardiology", state="TX", start="2025-07", end="2025-09"),
        ], usce_months=3, usce_months_clinical=0),
)

P[20] = dict(
    layout="scan_europass_pdf",
    name="Giulia Ferraro", email="giulia.ferraro.md@libero.it", phone="+39 347 882 1054",
    address="Via Belzoni 41, 35121 Padova (Italy)", dob="11/03/1995", nationality="Italian", sex="Female",
    applied="Residency in Internal Medicine (Endocrinology track), United States — will require J-1 visa",
    work=[
        ("09/2023 – 08/2024", "Research Fellow – Diabetes Research Institute (Endocrinology)",
         "University of Miami Miller School of Medicine, Miami, FL (United States)", "Islet transplantation outcomes database."),
        ("02/05/2023 – 30/06/2023", "Clinical observer – Endocrinology",
         "Cedars-Sinai Medical Center, Los Angeles, CA (United States)", "Thyroid and pituitary clinics."),
        ("11/2021 – 03/2023", "Medico di continuità assistenziale (out-of-hours GP)", "ULSS 6 Euganea, Padova (Italy)", ""),
    ],
    edu=[("2014 – 2021", "Laurea Magistrale in Medicina e Chirurgia (MD)", "Università degli Studi di Padova, Padova (Italy)", "110/110 cum laude")],
    exams="USMLE Step 1: pass (2022). USMLE Step 2 CK: 245 (2023). ECFMG certified (2023).",
    mother="Italian",
    other_langs=[("English", "C2", "C2", "C1", "C1", "C1", "IELTS 8.5"), ("Spanish", "B2", "B2", "B1", "B1", "B1", ""),
                 ("German", "A2", "A2", "A1", "A1", "A1", "")],
    pubs="Peer-reviewed: 2 articles (Diabetes Care 2024; J Endocrinol Invest 2022). 1 poster at ENDO 2024.",
    truth=dict(
        full_name="Giulia Ferraro", email="giulia.ferraro.md@libero.it", phone_e164="+393478821054",
        medical_school="Università degli Studi di Padova", medical_school_country="IT", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
        specialties=["Internal Medicine", "Endocrinology"], languages=["Italian", "English", "Spanish", "German"], publications=2,
        usce_entries=[
            dict(type="research", specialty="Endocrinology", state="FL", start="2023-09", end="2024-08"),
            dict(type="observership", specialty="Endocrinology", state="CA", start="2023-05", end="2023-06"),
        ], usce_months=14, usce_months_clinical=2),
)

P[21] = dict(
    layout="photo_table_cv_jpg",
    name="Dawit Tesfaye Bekele", email="dawit.bekele.md@gmail.com", phone="+251 91 146 2270",
    rows=[("Name", "Dawit Tesfaye Bekele"), ("E-mail", "dawit.bekele.md@gmail.com"), ("Mobile", "+251 91 146 2270"),
          ("Medical degree", "Doctor of Medicine (MD), Addis Ababa University, College of Health Sciences, 2014 - 2020"),
          ("USMLE", "Step 1: Pass (2022); Step 2 CK: 239 (2023)"),
          ("ECFMG", "Certification pending (Pathway application submitted)"),
          ("Visa", "J-1 sponsorship required"),
          ("Specialty sought", "Family Medicine"),
          ("US experience", "Observership, Family Medicine, Hennepin Healthcare, Minneapolis, MN (10/2024 - 11/2024)"),
          ("Home experience", "General Practitioner, Tikur Anbessa Specialized Hospital, Addis Ababa (2020 - 2024)"),
          ("Languages", "Amharic, English, Afaan Oromo"),
          ("Publications", "None")],
    truth=dict(
        full_name="Dawit Tesfaye Bekele", email="dawit.bekele.md@gmail.com", phone_e164="+251911462270",
        medical_school="Addis Ababa University", medical_school_country="ET", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
        specialties=["Family Medicine"], languages=["Amharic", "English", "Oromo"], publications=0,
        usce_entries=[
            dict(type="observership", specialty="Family Medicine", state="MN", start="2024-10", end="2024-11"),
        ], usce_months=2, usce_months_clinical=2),
)

DAMAGED = {22: "damaged_truncated_pdf", 23: "damaged_encrypted_pdf", 24: "damaged_random_bytes_docx"}
