# -*- coding: utf-8 -*-
"""CV content + truth for writer w7. Each experience carries its own USCE truth tuple (or None)."""

def X(role, org, loc, dates, desc="", usce=None):
    return dict(role=role, org=org, loc=loc, dates=dates, desc=desc, usce=usce)

def E(deg, school, loc, dates, note=""):
    return dict(deg=deg, school=school, loc=loc, dates=dates, note=note)

P = {}

# 1 ---------------------------------------------------------------- docx (Pakistan)
P[1] = dict(
    layout="docx_word", name="Ayesha Siddiqui", suffix="MBBS",
    contact=["House 42, Street 7, DHA Phase 5, Lahore, Pakistan", "+92 321 4567890", "ayesha.siddiqui.mbbs@gmail.com"],
    objective="ECFMG-certified graduate seeking a categorical position in Internal Medicine, with a long-term interest in Nephrology.",
    education=[E("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "King Edward Medical University", "Lahore, Pakistan", "2015 – 2020")],
    exams=["USMLE Step 1: Pass (first attempt, 2022)", "USMLE Step 2 CK: 248 (2023)", "ECFMG Certified (July 2023)", "Visa: will require J-1 sponsorship"],
    experience=[
        X("House Officer, Internal Medicine", "Mayo Hospital", "Lahore, Pakistan", "Jan 2021 – Dec 2021", "Managed 20-bed general medical ward; on-call duties."),
        X("Medical Officer", "Services Hospital", "Lahore, Pakistan", "Feb 2022 – Aug 2023", "Emergency and outpatient medicine."),
        X("Clinical Observer, Internal Medicine", "Henry Ford Hospital", "Detroit, MI", "Sep 2023 – Nov 2023", "Observed inpatient teaching rounds; presented cases.",
          ("observership", "Internal Medicine", "MI", "2023-09", "2023-11")),
        X("Observer, Nephrology Clinic", "Henry Ford Hospital", "Detroit, MI", "Nov 2023 – Dec 2023", "Dialysis unit and transplant clinic.",
          ("observership", "Nephrology", "MI", "2023-11", "2023-12")),
    ],
    publications=["Siddiqui A, Raza M. Hyponatremia in elderly inpatients: a cross-sectional study. J Pak Med Assoc. 2022;72(4):611-615.",
                  "Khan U, Siddiqui A, et al. Outcomes of AKI in dengue fever. Cureus. 2023;15(2):e35011."],
    posters=["Siddiqui A. Lupus nephritis in a young male. Poster, ACP Michigan Chapter, Oct 2023."],
    languages="English, Urdu, Punjabi",
    referees=["Dr. Mark Feldman, MD, Program Director, Henry Ford Hospital — mfeldman1@hfhs.org — (313) 916-2600",
              "Dr. Sana Tariq, FCPS, Professor of Medicine, KEMU — sana.tariq@kemu.edu.pk"],
    truth=dict(full_name="Ayesha Siddiqui", email="ayesha.siddiqui.mbbs@gmail.com", phone_e164="+923214567890",
               medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Nephrology"], languages=["English", "Urdu", "Punjabi"], publications=2),
)

# 2 ---------------------------------------------------------------- docx (Nigeria)
P[2] = dict(
    layout="docx_word", name="Oluwaseun Adébáyọ̀", suffix="MBBS",
    contact=["14 Ring Road, Ibadan, Oyo State, Nigeria", "+234 803 221 7845", "seun.adebayo@yahoo.com"],
    objective="Aspiring Family Medicine resident committed to community-based primary care.",
    education=[E("MBBS", "University of Ibadan, College of Medicine", "Ibadan, Nigeria", "2012 – 2019")],
    exams=["USMLE Step 1 — Passed (2021)", "USMLE Step 2 CK — 231 (2022)", "NBME CCSSA practice — 245 (not an official score)",
           "PLAB 1 — Passed (2020)", "ECFMG certification: pending (OET result awaited)"],
    experience=[
        X("House Officer (Internship)", "University College Hospital", "Ibadan, Nigeria", "Mar 2019 – Feb 2020", "Rotations in medicine, surgery, paediatrics, O&G."),
        X("Clinical Attachment, General Practice", "Whitfield Surgery, NHS", "Manchester, United Kingdom", "Jun 2022 – Jul 2022", "Shadowed GPs in primary care clinics."),
        X("Externship, Family Medicine (hands-on)", "Cook County Health", "Chicago, IL", "03/2024 – 05/2024", "Took histories, wrote SOAP notes under supervision.",
          ("hands_on", "Family Medicine", "IL", "2024-03", "2024-05")),
        X("Medical Officer", "Lagos Island General Hospital", "Lagos, Nigeria", "06/2024 – Present", "Outpatient and emergency care."),
    ],
    publications=None,
    posters=[],
    languages="English, Yoruba",
    referees=["Dr. Karen Whitley, MD — Cook County Health — kwhitley@cookcountyhhs.org — +1 312 864 7000"],
    truth=dict(full_name="Oluwaseun Adébáyọ̀", email="seun.adebayo@yahoo.com", phone_e164="+2348032217845",
               medical_school="University of Ibadan, College of Medicine", medical_school_country="NG", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Family Medicine"], languages=["English", "Yoruba"], publications=None),
)

# 3 ---------------------------------------------------------------- docx->pdf (Vietnam)
P[3] = dict(
    layout="docx_word_lo_pdf", name="Nguyễn Thị Minh Anh", suffix="MD",
    contact=["Hoàn Kiếm, Hà Nội, Việt Nam", "+84 912 345 678", "minhanh.nguyen.md@outlook.com"],
    objective="Internal Medicine applicant with strong research background, interested in Gastroenterology.",
    education=[E("Doctor of Medicine (MD, 6-year program)", "Hanoi Medical University", "Hanoi, Vietnam", "2014 – 2020")],
    exams=["USMLE Step 1: PASS", "USMLE Step 2 CK: 255", "USMLE Step 3: 221", "ECFMG: Certified (2022)", "Visa: H-1B sponsorship requested"],
    experience=[
        X("Resident Physician, Internal Medicine", "Bach Mai Hospital", "Hanoi, Vietnam", "2020-09 – 2023-08"),
        X("Postdoctoral Research Fellow, Gastroenterology", "Massachusetts General Hospital", "Boston, MA", "2023-10 – 2024-09", "IBD cohort database; manuscript preparation.",
          ("research", "Gastroenterology", "MA", "2023-10", "2024-09")),
        X("Observership, Internal Medicine", "Beth Israel Deaconess Medical Center", "Boston, MA", "2024-08 – 2024-10", "Inpatient general medicine service.",
          ("observership", "Internal Medicine", "MA", "2024-08", "2024-10")),
    ],
    publications=["Nguyen TMA, et al. Vedolizumab persistence in Vietnamese IBD patients. J Gastroenterol Hepatol. 2022;37:1120-6.",
                  "Nguyen TMA, Tran VH. Helicobacter pylori resistance in northern Vietnam. Helicobacter. 2021;26:e12801.",
                  "Park J, Nguyen TMA, et al. Ustekinumab in elderly Crohn's disease. Inflamm Bowel Dis. 2024;30:455-61."],
    posters=["Nguyen TMA. Poster: Fecal calprotectin trends. DDW 2024, Washington, DC."],
    languages="Vietnamese (native), English (fluent)",
    referees=[],
    truth=dict(full_name="Nguyễn Thị Minh Anh", email="minhanh.nguyen.md@outlook.com", phone_e164="+84912345678",
               medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=255, usmle_step3=221, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Gastroenterology"], languages=["Vietnamese", "English"], publications=3),
)

# 4 ---------------------------------------------------------------- docx->pdf (India, BSc + MBBS + internship)
P[4] = dict(
    layout="docx_word_lo_pdf", name="Rahul Venkataraman", suffix="MBBS",
    contact=["2207 Maple Ridge Dr, Plano, TX 75024", "(469) 555-0187", "rahul.venkat.md@gmail.com"],
    objective="U.S. permanent resident (green card) pursuing Neurology residency; interests in stroke and epilepsy.",
    education=[E("B.Sc. Biology (pre-medical)", "St. Xavier's College, University of Mumbai", "Mumbai, India", "2009 – 2012"),
               E("MBBS", "Kasturba Medical College, Manipal", "Manipal, India", "2012 – 2017"),
               E("Compulsory Rotating Residential Internship", "Kasturba Hospital, Manipal", "Manipal, India", "2017 – 2018")],
    exams=["USMLE Step 1: 242", "USMLE Step 2 CK: 250", "UWSA 2 (practice): 262", "ECFMG certified", "Immigration status: Permanent Resident (Green Card)"],
    experience=[
        X("Junior Resident, Neurology", "Nizam's Institute of Medical Sciences", "Hyderabad, India", "Jul 2018 – Jun 2020"),
        X("Clinical Extern, Neurology (hands-on)", "UT Southwestern Medical Center", "Dallas, TX", "Feb 2021 – Apr 2021", "Stroke service; admission H&Ps; EEG reading sessions.",
          ("hands_on", "Neurology", "TX", "2021-02", "2021-04")),
        X("Research Assistant, Stroke Outcomes", "UT Southwestern Medical Center", "Dallas, TX", "Apr 2021 – Jan 2022", "Retrospective thrombectomy registry.",
          ("research", "Neurology", "TX", "2021-04", "2022-01")),
        X("Observer, Internal Medicine", "Baylor University Medical Center", "Dallas, TX", "Mar 2022", "",
          ("observership", "Internal Medicine", "TX", "2022-03", "2022-03")),
    ],
    publications=["Venkataraman R, et al. Door-to-needle time in rural India. Neurol India. 2020;68(3):540-4.",
                  "Venkataraman R, Olson DM. Thrombectomy beyond 24 hours: a registry. J Stroke Cerebrovasc Dis. 2022;31:106321.",
                  "Shah P, Venkataraman R. Status epilepticus in adults: review. Cureus. 2021;13:e14410.",
                  "Venkataraman R. Case report: CADASIL. BMJ Case Rep. 2019;12:e230011."],
    posters=["Poster — ISC 2022, New Orleans: Post-thrombectomy hemorrhage predictors."],
    languages="English, Hindi, Tamil, Kannada",
    referees=["Dr. Darin Olson, MD — UT Southwestern — darin.olson@utsouthwestern.edu — 214-648-3111"],
    truth=dict(full_name="Rahul Venkataraman", email="rahul.venkat.md@gmail.com", phone_e164="+14695550187",
               medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2017, is_student=False,
               usmle_step1=242, usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
               specialties=["Neurology"], languages=["English", "Hindi", "Tamil", "Kannada"], publications=4),
)

# 5 ---------------------------------------------------------------- canva (Mexico)
P[5] = dict(
    layout="chromium_canva", name="María Fernanda Ríos Calderón", first="María Fernanda", last="Ríos Calderón", suffix="",
    contact=["+52 55 2345 6789", "mafer.rios.cal@gmail.com", "Coyoacán, Ciudad de México", "linkedin.com/in/mferrios"],
    objective="Médica cirujana passionate about Pediatrics and child health equity. Seeking a pediatric residency position.",
    education=[E("Médico Cirujano (MD equivalent)", "Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", "Mexico City", "2016 – 2023"),
               E("Internado de pregrado (undergraduate internship)", "Hospital General de México", "Mexico City", "2021 – 2022"),
               E("Servicio Social", "Centro de Salud Rural, Oaxaca", "Oaxaca", "2022 – 2023")],
    exams=["USMLE Step 1 — Pass", "USMLE Step 2 CK — 238", "ECFMG Certified", "B1/B2 visitor visa holder"],
    experience=[
        X("Pediatric Observership", "Nicklaus Children's Hospital", "Miami, FL", "03/2024 – 05/2024", "General pediatrics wards and PICU rounds.",
          ("observership", "Pediatrics", "FL", "2024-03", "2024-05")),
        X("Telehealth Rotation, Pediatrics", "Texas Children's Hospital (virtual)", "Houston, TX", "09/2024 – 10/2024", "Virtual case discussions and telemedicine clinic.",
          ("telehealth", "Pediatrics", "TX", "2024-09", "2024-10")),
        X("Médico General", "Clínica Pediátrica Santa Fe", "Mexico City", "01/2025 – Present", "Well-child visits, vaccination, acute care."),
    ],
    publications=["Ríos Calderón MF, et al. Anemia ferropénica en lactantes. Bol Med Hosp Infant Mex. 2023;80:112-8."],
    posters=[],
    languages="Spanish (native), English (C1), French (B1)",
    referees=[],
    truth=dict(full_name="María Fernanda Ríos Calderón", email="mafer.rios.cal@gmail.com", phone_e164="+525523456789",
               medical_school="Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", medical_school_country="MX", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Pediatrics"], languages=["Spanish", "English", "French"], publications=1),
)

# 6 ---------------------------------------------------------------- canva (Egypt, Arabic script)
P[6] = dict(
    layout="chromium_canva", name="Ahmed Mohamed Hassan", first="Ahmed Mohamed", last="Hassan", native="أحمد محمد حسن", suffix="MBBCh",
    contact=["+20 100 765 4321", "ahmed.m.hassan91@gmail.com", "Nasr City, Cairo, Egypt"],
    objective="Internal Medicine applicant aiming for a Cardiology fellowship.",
    education=[E("MBBCh (Bachelor of Medicine and Surgery)", "Faculty of Medicine, Cairo University", "Cairo, Egypt", "2014 – 2020"),
               E("Internship year", "Kasr Al Ainy Hospitals", "Cairo, Egypt", "2020 – 2021")],
    exams=["USMLE Step 1 — Passed", "USMLE Step 2 CK — scheduled Feb 2027", "NBME 12 practice: 232", "ECFMG status — pending", "J-1 visa needed"],
    experience=[
        X("Resident, Cardiology", "National Heart Institute", "Giza, Egypt", "Mar 2022 – Oct 2024", "CCU and echo lab."),
        X("Cardiology Observer", "Cleveland Clinic", "Cleveland, OH", "Jan-Mar '25", "Heart failure and interventional cardiology.",
          ("observership", "Cardiology", "OH", "2025-01", "2025-03")),
        X("Clinical Research Volunteer, Cardiology", "Cleveland Clinic", "Cleveland, OH", "Feb-Jun '25", "TAVR outcomes database.",
          ("research", "Cardiology", "OH", "2025-02", "2025-06")),
    ],
    publications=["Hassan AM, et al. Troponin kinetics after PCI. Egypt Heart J. 2023;75:41.",
                  "Hassan AM, Fahmy S. Rheumatic mitral stenosis in pregnancy. Cureus. 2022;14:e31102.",
                  "Ali R, Hassan AM, et al. TAVR in bicuspid valves. JACC Case Rep. 2025;7:102331."],
    posters=["Poster: ESC Congress 2023 — Atrial fibrillation registry."],
    languages="Arabic, English, German (basic)",
    referees=["Prof. Samir Fahmy — Cairo University — s.fahmy@kasralainy.edu.eg"],
    truth=dict(full_name="Ahmed Mohamed Hassan", email="ahmed.m.hassan91@gmail.com", phone_e164="+201007654321",
               medical_school="Faculty of Medicine, Cairo University", medical_school_country="EG", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Internal Medicine", "Cardiology"], languages=["Arabic", "English", "German"], publications=3),
)

# 7 ---------------------------------------------------------------- canva (Colombia)
P[7] = dict(
    layout="chromium_canva", name="Santiago Restrepo Gómez", first="Santiago", last="Restrepo Gómez", suffix="MD",
    contact=["+57 300 456 7812", "santiago.restrepo.g@hotmail.com", "Medellín, Colombia"],
    objective="Emergency Medicine applicant. Calm under pressure; ATLS and ACLS certified.",
    education=[E("Médico y Cirujano", "Universidad de Antioquia", "Medellín, Colombia", "2015 – 2022"),
               E("Año rural (social service)", "Hospital San Juan de Dios, Rionegro", "Colombia", "2022 – 2023")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 244", "ECFMG certified (2024)", "Visa: J-1"],
    experience=[
        X("Emergency Medicine Sub-Internship (hands-on)", "Detroit Receiving Hospital", "Detroit, MI", "June 2024 – August 2024", "Primary evaluation of patients in a Level I trauma center.",
          ("hands_on", "Emergency Medicine", "MI", "2024-06", "2024-08")),
        X("Observership, Emergency Medicine", "Jackson Memorial Hospital", "Miami, FL", "July 2024 – September 2024", "Shadowed attendings in adult ED.",
          ("observership", "Emergency Medicine", "FL", "2024-07", "2024-09")),
        X("Médico de Urgencias", "Clínica Las Américas", "Medellín, Colombia", "October 2024 – Current", "Adult emergency department."),
    ],
    publications=[],
    posters=["Restrepo S. Poster: Snakebite envenomation in Antioquia. CMUC 2023."],
    languages="Spanish, English, Portuguese",
    referees=["Dr. Angela Price, MD — Detroit Receiving Hospital — aprice@dmc.org — +1 (313) 745-3000"],
    truth=dict(full_name="Santiago Restrepo Gómez", email="santiago.restrepo.g@hotmail.com", phone_e164="+573004567812",
               medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Emergency Medicine"], languages=["Spanish", "English", "Portuguese"], publications=0),
)

# 8 ---------------------------------------------------------------- canva (Nepal, Devanagari)
P[8] = dict(
    layout="chromium_canva", name="Priya Shrestha", first="Priya", last="Shrestha", native="प्रिया श्रेष्ठ", suffix="MBBS",
    contact=["+977 984 123 4567", "priya.shrestha.iom@gmail.com", "Lalitpur, Nepal"],
    objective="Dedicated to women's health; applying to Obstetrics and Gynecology residency programs.",
    education=[E("MBBS", "Institute of Medicine, Tribhuvan University", "Kathmandu, Nepal", "2018 – 2024"),
               E("Rotating Internship (part of MBBS)", "Tribhuvan University Teaching Hospital", "Kathmandu", "2023 – 2024")],
    exams=["USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: 241 (2025)", "ECFMG certification: pending"],
    experience=[
        X("Medical Officer, Obstetrics", "Paropakar Maternity and Women's Hospital", "Kathmandu, Nepal", "Dec 2024 – Apr 2025"),
        X("Observership, Obstetrics & Gynecology", "NYU Langone Health", "New York, NY", "May 2025 – Jul 2025", "Labor & delivery, gyn-onc clinic.",
          ("observership", "Obstetrics and Gynecology", "NY", "2025-05", "2025-07")),
    ],
    publications=["Shrestha P, et al. Maternal near-miss in Nepal. J Nepal Health Res Counc. 2024;22:301-6."],
    posters=[],
    languages="Nepali, Hindi, English, Newari",
    referees=[],
    truth=dict(full_name="Priya Shrestha", email="priya.shrestha.iom@gmail.com", phone_e164="+9779841234567",
               medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2024, is_student=False,
               usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Obstetrics and Gynecology"], languages=["Nepali", "Hindi", "English", "Newari"], publications=1),
)

# 9 ---------------------------------------------------------------- caribbean (SGU, US citizen, student)
P[9] = dict(
    layout="chromium_caribbean", name="Jordan T. Mitchell", suffix="",
    contact=["1184 Oakwood Ave, Teaneck, NJ 07666", "(201) 555-0143", "jmitchell@sgu.edu"],
    objective="Fourth-year medical student pursuing General Surgery. U.S. citizen.",
    school_line=("Doctor of Medicine (MD) Candidate", "St. George's University School of Medicine", "True Blue, Grenada", "Expected May 2027"),
    education=[E("B.S. Biology", "Rutgers University", "New Brunswick, NJ", "2017 – 2021")],
    exams=["USMLE Step 1: Pass (June 2025)", "USMLE Step 2 CK: scheduled January 2027"],
    clerkships=[
        ("Internal Medicine", "Kingsbrook Jewish Medical Center", "Brooklyn, NY", "07/2025 – 09/2025", ("hands_on", "Internal Medicine", "NY", "2025-07", "2025-09")),
        ("General Surgery", "St. Joseph's University Medical Center", "Paterson, NJ", "10/2025 – 12/2025", ("hands_on", "General Surgery", "NJ", "2025-10", "2025-12")),
        ("Pediatrics", "Saint Michael's Medical Center", "Newark, NJ", "01/2026 – 02/2026", ("hands_on", "Pediatrics", "NJ", "2026-01", "2026-02")),
        ("Psychiatry", "Kings County Hospital", "Brooklyn, NY", "03/2026 – 04/2026", ("hands_on", "Psychiatry", "NY", "2026-03", "2026-04")),
        ("Surgery Sub-I (elective)", "MedStar Union Memorial Hospital", "Baltimore, MD", "10/2026 – Present", ("hands_on", "General Surgery", "MD", "2026-10", "2026-12")),
    ],
    experience=[X("Basic Sciences (Terms 1–5)", "SGU True Blue campus", "Grenada", "2021 – 2023")],
    publications=None,
    posters=[],
    languages="English, Spanish (conversational)",
    referees=[],
    truth=dict(full_name="Jordan T. Mitchell", email="jmitchell@sgu.edu", phone_e164="+12015550143",
               medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="citizen",
               specialties=["General Surgery"], languages=["English", "Spanish"], publications=None),
)

# 10 --------------------------------------------------------------- caribbean (Ross, graduated 2026)
P[10] = dict(
    layout="chromium_caribbean", name="Kavya Reddy", suffix="MD",
    contact=["4410 Brookside Ln, Orlando, FL 32819", "407-555-0199", "kavya.reddy.md@gmail.com"],
    objective="Recent graduate applying to Emergency Medicine. U.S. citizen.",
    school_line=("Doctor of Medicine", "Ross University School of Medicine", "Bridgetown, Barbados", "Graduated May 2026"),
    education=[E("B.S. Biomedical Sciences", "University of Central Florida", "Orlando, FL", "2016 – 2020")],
    exams=["USMLE Step 1 — Pass", "USMLE Step 2 CK — 252", "ECFMG Certified — June 2026"],
    clerkships=[
        ("Internal Medicine", "Larkin Community Hospital", "South Miami, FL", "Jan 2024 – Mar 2024", ("hands_on", "Internal Medicine", "FL", "2024-01", "2024-03")),
        ("Obstetrics & Gynecology", "Atlanta Medical Center", "Atlanta, GA", "Apr 2024 – May 2024", ("hands_on", "Obstetrics and Gynecology", "GA", "2024-04", "2024-05")),
        ("Family Medicine", "Ascension St. John Hospital", "Detroit, MI", "Jun 2024 – Jul 2024", ("hands_on", "Family Medicine", "MI", "2024-06", "2024-07")),
        ("Emergency Medicine (elective)", "Larkin Community Hospital", "South Miami, FL", "Sep 2024 – Oct 2024", ("hands_on", "Emergency Medicine", "FL", "2024-09", "2024-10")),
        ("Emergency Medicine Sub-I", "Broward Health Medical Center", "Fort Lauderdale, FL", "Oct 2024 – Nov 2024", ("hands_on", "Emergency Medicine", "FL", "2024-10", "2024-11")),
    ],
    experience=[],
    publications=["Reddy K, et al. Sepsis bundle compliance in a community ED. West J Emerg Med. 2025;26:88-94."],
    posters=["Reddy K. Poster: ACEP Scientific Assembly 2024."],
    languages="English, Telugu",
    referees=["Dr. Michael Torres, DO, EM Clerkship Director — mtorres@browardhealth.org — (954) 355-4400"],
    truth=dict(full_name="Kavya Reddy", email="kavya.reddy.md@gmail.com", phone_e164="+14075550199",
               medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2026, is_student=False,
               usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["Emergency Medicine"], languages=["English", "Telugu"], publications=1),
)

# 11 --------------------------------------------------------------- caribbean (AUC, green card, UK rotation)
P[11] = dict(
    layout="chromium_caribbean", name="Daniel Okafor", suffix="",
    contact=["2950 W Foster Ave, Apt 3B, Chicago, IL 60625", "+1 773 555 0122", "daniel.okafor@aucmed.edu"],
    objective="Third-year student with a strong interest in Psychiatry. Lawful permanent resident (green card).",
    school_line=("MD Candidate", "American University of the Caribbean School of Medicine", "Cupecoy, Sint Maarten", "Expected graduation: 2028"),
    education=[E("B.A. Psychology", "University of Illinois Chicago", "Chicago, IL", "2018 – 2022")],
    exams=["USMLE Step 1: Pass (March 2026)"],
    clerkships=[
        ("Internal Medicine", "Weiss Memorial Hospital", "Chicago, IL", "Apr–Jun 2026", ("hands_on", "Internal Medicine", "IL", "2026-04", "2026-06")),
        ("Psychiatry", "Lister Hospital (UK clinical programme)", "Stevenage, United Kingdom", "Jul–Aug 2026", None),
        ("Family Medicine", "California Hospital Medical Center", "Los Angeles, CA", "Sep–Oct 2026", ("hands_on", "Family Medicine", "CA", "2026-09", "2026-10")),
    ],
    experience=[],
    publications=[],
    posters=["Okafor D. Poster: Ketamine for TRD — AUC Research Day 2025"],
    languages="English, Igbo",
    referees=[],
    truth=dict(full_name="Daniel Okafor", email="daniel.okafor@aucmed.edu", phone_e164="+17735550122",
               medical_school="American University of the Caribbean School of Medicine", medical_school_country="SX", graduation_year=2028, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="green_card",
               specialties=["Psychiatry"], languages=["English", "Igbo"], publications=0),
)

# 12 --------------------------------------------------------------- fpdf academic (Iran) 2 pages
P[12] = dict(
    layout="fpdf_academic", name="Reza Karimi", prefix="Dr.", suffix="MD",
    contact=["Department of Medicine, Case Western Reserve University, Cleveland, OH", "+1 (216) 555-0178", "reza.karimi.md@gmail.com"],
    objective="Research interests: Hematology/Oncology, CAR-T toxicity, myeloma. Applying to Internal Medicine residency with a goal of Hem/Onc fellowship.",
    education=[E("Doctor of Medicine (MD)", "Tehran University of Medical Sciences", "Tehran, Iran", "2010 – 2017"),
               E("Internship (part of MD curriculum)", "Imam Khomeini Hospital Complex", "Tehran, Iran", "2015 – 2017")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 261", "USMLE Step 3: 240", "ECFMG Certification: Certified (2021)", "Visa status: H-1B"],
    experience=[
        X("General Practitioner (mandatory service)", "Zahedan Health Center", "Zahedan, Iran", "2017 – 2019"),
        X("Postdoctoral Research Fellow, Hematology/Oncology", "Case Western Reserve University", "Cleveland, OH", "Sept 2021 – Aug 2024", "CAR-T cytokine release syndrome modeling.",
          ("research", "Hematology/Oncology", "OH", "2021-09", "2024-08")),
        X("Clinical Observer, Hematology/Oncology", "University Hospitals Seidman Cancer Center", "Cleveland, OH", "Sept 2024 – Nov 2024", "",
          ("observership", "Hematology/Oncology", "OH", "2024-09", "2024-11")),
        X("Research Associate", "Cleveland Clinic Taussig Cancer Institute", "Cleveland, OH", "Dec 2024 – Present", "Myeloma real-world data.",
          ("research", "Hematology/Oncology", "OH", "2024-12", "2026-12")),
    ],
    publications=["Karimi R, et al. Cytokine kinetics predict CRS after CAR-T. Blood Adv. 2023;7:4410-20.",
                  "Karimi R, Lee J. IL-6 blockade timing in CRS. Transplant Cell Ther. 2022;28:801-8.",
                  "Lee J, Karimi R, et al. Neurotoxicity after BCMA CAR-T. J Clin Oncol. 2024;42:1100-9.",
                  "Karimi R, et al. Thalassemia carriers in southeastern Iran. Hemoglobin. 2019;43:12-7.",
                  "Karimi R. Daratumumab interference with blood typing. Transfusion. 2023;63:900-5.",
                  "Patel S, Karimi R. Elderly myeloma frailty indices. Leuk Lymphoma. 2025;66:210-8.",
                  "Karimi R, et al. Ferritin as CRS biomarker. Cancers (Basel). 2024;16:1520."],
    posters=["ASH Annual Meeting 2023 — poster: CRS grading across trials.", "ASCO 2024 — abstract: myeloma outcomes in rural Ohio."],
    languages="Persian (Farsi), English, Arabic (reading)",
    referees=["Jae Lee, MD, PhD — Associate Professor, CWRU — jae.lee@case.edu — 216-368-2000",
              "Sunil Patel, MD — Cleveland Clinic — patels7@ccf.org — 216-444-2200"],
    truth=dict(full_name="Reza Karimi", email="reza.karimi.md@gmail.com", phone_e164="+12165550178",
               medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=261, usmle_step3=240, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Persian", "English", "Arabic"], publications=7),
)

# 13 --------------------------------------------------------------- fpdf academic (China)
P[13] = dict(
    layout="fpdf_academic", name="Li Wei", prefix="", suffix="MD",
    contact=["Baltimore, MD 21205", "+1 410-555-0163", "wei.li.pumc@gmail.com"],
    objective="Applying to Anatomic and Clinical Pathology residency.",
    education=[E("Doctor of Medicine (8-year MD program)", "Peking Union Medical College", "Beijing, China", "2012 – 2020")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 257", "ECFMG certified", "J-1 visa sponsorship required"],
    experience=[
        X("Resident, Pathology", "Peking Union Medical College Hospital", "Beijing, China", "2020.09 – 2022.12"),
        X("Research Fellow, Molecular Pathology", "Johns Hopkins University School of Medicine", "Baltimore, MD", "2023.01 – present", "Tumor microenvironment imaging.",
          ("research", "Pathology", "MD", "2023-01", "2026-12")),
    ],
    publications=["Li W, et al. Spatial transcriptomics in gastric cancer. Mod Pathol. 2024;37:100420.",
                  "Li W, Zhang H. PD-L1 scoring concordance. Am J Surg Pathol. 2021;45:1301-8.",
                  "Chen Y, Li W, et al. Digital pathology QC. J Pathol Inform. 2023;14:100301.",
                  "Li W, et al. HER2-low breast carcinoma. Histopathology. 2025;86:44-52.",
                  "Li W. Mismatch repair IHC pitfalls. Arch Pathol Lab Med. 2022;146:990-6."],
    posters=["USCAP 2024 platform presentation — 'AI-assisted Gleason grading'."],
    languages="Mandarin (native), English (fluent)",
    referees=[],
    truth=dict(full_name="Li Wei", email="wei.li.pumc@gmail.com", phone_e164="+14105550163",
               medical_school="Peking Union Medical College", medical_school_country="CN", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Pathology"], languages=["Mandarin", "English"], publications=5),
)

# 14 --------------------------------------------------------------- fpdf academic (Ukraine, Cyrillic)
P[14] = dict(
    layout="fpdf_academic", name="Olena Kovalenko", native="Олена Коваленко", prefix="", suffix="MD",
    contact=["Rochester, NY 14620", "+1 585 555 0134", "olena.kovalenko.neuro@gmail.com"],
    objective="Neurology applicant; U.S. lawful permanent resident.",
    education=[E("Medical Doctor (Lykar), General Medicine", "Bogomolets National Medical University", "Kyiv, Ukraine", "2013 – 2019"),
               E("Internship (Interna), Neurology", "Kyiv City Clinical Hospital No. 4", "Kyiv, Ukraine", "2019 – 2021")],
    exams=["USMLE Step 1 — Pass", "USMLE Step 2 CK — 239", "ECFMG — certified", "Status: Green Card holder"],
    experience=[
        X("Neurologist", "Kyiv Regional Clinical Hospital", "Kyiv, Ukraine", "09.2021 – 02.2022"),
        X("Clinical Observer, Neurology", "University of Rochester Medical Center", "Rochester, NY", "10.2023 – 12.2023", "",
          ("observership", "Neurology", "NY", "2023-10", "2023-12")),
        X("Research Coordinator, Movement Disorders", "University of Rochester Medical Center", "Rochester, NY", "01.2024 – 06.2025", "Parkinson's disease trials.",
          ("research", "Neurology", "NY", "2024-01", "2025-06")),
    ],
    publications=["Kovalenko O, et al. Post-stroke depression in Ukraine. Int Neurol J. 2021;17:55-60.",
                  "Smith J, Kovalenko O. Gait markers in early PD. Mov Disord. 2025;40:301-9."],
    posters=[],
    languages="Ukrainian, Russian, English, Polish",
    referees=["Dr. Jonathan Smith — URMC — jonathan_smith@urmc.rochester.edu — (585) 275-2100"],
    truth=dict(full_name="Olena Kovalenko", email="olena.kovalenko.neuro@gmail.com", phone_e164="+15855550134",
               medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
               specialties=["Neurology"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=2),
)

# 15 --------------------------------------------------------------- txt (Bangladesh)
P[15] = dict(
    layout="plain_txt", name="Md. Tanvir Rahman", suffix="MBBS",
    contact=["Mirpur-10, Dhaka 1216, Bangladesh", "+880 1712-345678", "tanvir.rahman.dmc@gmail.com"],
    dob="Date of Birth: 12 March 1996",
    objective="To obtain a residency position in Internal Medicine.",
    education=[E("MBBS", "Dhaka Medical College, University of Dhaka", "Dhaka, Bangladesh", "2014 – 2020"),
               E("Internship", "Dhaka Medical College Hospital", "Dhaka", "2020 – 2021")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 236", "ECFMG: Certified", "Visa: J-1 required"],
    experience=[
        X("Honorary Medical Officer, Medicine", "Dhaka Medical College Hospital", "Dhaka", "2021-2023"),
        X("Observer, Internal Medicine", "Brookdale University Hospital", "Brooklyn, NY", "Jan-Mar '25", "",
          ("observership", "Internal Medicine", "NY", "2025-01", "2025-03")),
        X("Observer, Endocrinology", "Brookdale University Hospital", "Brooklyn, NY", "Mar-Apr '25", "",
          ("observership", "Endocrinology", "NY", "2025-03", "2025-04")),
    ],
    publications=["Rahman MT, et al. Diabetic foot infections in Dhaka. Bangladesh Med Res Counc Bull. 2022;48:22-7."],
    posters=[],
    languages="Bengali (Bangla), English",
    referees=["Dr. Alan Brooks, MD - Brookdale - abrooks@bhmcny.org - 718-240-5000"],
    truth=dict(full_name="Md. Tanvir Rahman", email="tanvir.rahman.dmc@gmail.com", phone_e164="+8801712345678",
               medical_school="Dhaka Medical College, University of Dhaka", medical_school_country="BD", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine"], languages=["Bengali", "English"], publications=1),
)

# 16 --------------------------------------------------------------- txt (Philippines, BS + MD + PGI)
P[16] = dict(
    layout="plain_txt", name="Maria Angelica D. Santos", suffix="MD",
    contact=["Quezon City, Metro Manila, Philippines", "+63 917 555 2480", "angelica.santos.md@gmail.com"],
    dob="Birthdate: 1994-08-21",
    objective="Family Medicine / Geriatrics.",
    education=[E("BS Biology (pre-med)", "University of the Philippines Diliman", "Quezon City", "2011 - 2015"),
               E("Doctor of Medicine", "University of the Philippines College of Medicine", "Manila", "2015 - 2019"),
               E("Post-Graduate Internship", "Philippine General Hospital", "Manila", "2019 - 2020")],
    exams=["Philippine Physician Licensure Exam: Passed (2020)", "USMLE Step 1: PASS", "USMLE Step 2 CK: 229", "USMLE Step 3: 218", "ECFMG certified", "Visa: H-1B"],
    experience=[
        X("Resident Physician, Family Medicine", "East Avenue Medical Center", "Quezon City", "2021-01 to 2023-12"),
        X("Hands-on Externship, Geriatrics", "Mount Sinai Hospital", "New York, NY", "2024-03 to 2024-04", "",
          ("hands_on", "Geriatrics", "NY", "2024-03", "2024-04")),
        X("Telemedicine Volunteer, Family Medicine", "Sto. Nino Clinic (US-based NGO)", "San Jose, CA", "2024-05 to 2024-08", "Remote follow-up calls for Filipino-American seniors.",
          ("telehealth", "Family Medicine", "CA", "2024-05", "2024-08")),
    ],
    publications=[],
    posters=["Poster: Polypharmacy in Filipino elderly, PAFP Convention 2023"],
    languages="Filipino, English, Cebuano",
    referees=[],
    truth=dict(full_name="Maria Angelica D. Santos", email="angelica.santos.md@gmail.com", phone_e164="+639175552480",
               medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=229, usmle_step3=218, ecfmg_status="certified", visa_status="h1b",
               specialties=["Family Medicine", "Geriatrics"], languages=["Filipino", "English", "Cebuano"], publications=0),
)

# 17 --------------------------------------------------------------- txt (Kenya, no USCE, no pubs section)
P[17] = dict(
    layout="plain_txt", name="Grace Wanjiru Mwangi", suffix="MBChB",
    contact=["P.O. Box 19676-00202, Nairobi, Kenya", "+254 722 123 456", "gwanjiru.mwangi@gmail.com"],
    dob="",
    objective="Interested in Pediatrics.",
    education=[E("MBChB", "University of Nairobi, Faculty of Health Sciences", "Nairobi, Kenya", "2017 - 2023")],
    exams=["USMLE Step 1 - Pass (2025)", "USMLE Step 2 CK - booked for February 2027"],
    experience=[
        X("Medical Intern", "Kenyatta National Hospital", "Nairobi", "Jul 2023 - Jun 2024"),
        X("Medical Officer, Paediatrics", "Gertrude's Children's Hospital", "Nairobi", "Aug 2024 - Present"),
    ],
    publications=None,
    posters=[],
    languages="English, Swahili, Kikuyu",
    referees=[],
    truth=dict(full_name="Grace Wanjiru Mwangi", email="gwanjiru.mwangi@gmail.com", phone_e164="+254722123456",
               medical_school="University of Nairobi, Faculty of Health Sciences", medical_school_country="KE", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
               specialties=["Pediatrics"], languages=["English", "Swahili", "Kikuyu"], publications=None),
)

# 18 --------------------------------------------------------------- british (Sri Lanka, in UK)
P[18] = dict(
    layout="chromium_british", name="Dr Nadeesha Perera", bare="Nadeesha Perera", suffix="MBBS, MRCPsych",
    contact=["Flat 4, 21 Hyde Park Road, Leeds LS6 1PY, United Kingdom", "+44 7700 900412", "nadeesha.perera@nhs.net"],
    dob="Date of birth: 14/09/1991",
    objective="I am a core psychiatry trainee in the NHS seeking a US Psychiatry residency.",
    education=[E("MBBS", "Faculty of Medicine, University of Colombo", "Colombo, Sri Lanka", "01/2010 – 12/2015"),
               E("Internship (house officer)", "National Hospital of Sri Lanka", "Colombo", "03/2016 – 02/2017")],
    exams=["PLAB 1 and 2 — passed (2018)", "MRCPsych Paper A — passed", "USMLE Step 1 — Pass", "USMLE Step 2 CK — 245", "ECFMG — certified", "Will require a J-1 visa"],
    experience=[
        X("Core Trainee (CT1–CT3), Psychiatry", "Leeds and York Partnership NHS Foundation Trust", "Leeds, UK", "02/08/2019 – 01/08/2022"),
        X("Specialty Doctor, General Adult Psychiatry", "Bradford District Care NHS Trust", "Bradford, UK", "05/09/2022 – present"),
        X("Clinical Observership, Psychiatry", "University of Pittsburgh Medical Center", "Pittsburgh, PA", "03/02/2025 – 28/03/2025", "Inpatient and consultation–liaison psychiatry.",
          ("observership", "Psychiatry", "PA", "2025-02", "2025-03")),
    ],
    publications=["Perera N, et al. Clozapine monitoring in Sri Lanka. Ceylon Med J. 2018;63:12-6."],
    posters=["Poster — RCPsych International Congress 2023."],
    languages="English, Sinhala, Tamil",
    referees=["Dr Helen Carter, Consultant Psychiatrist — helen.carter@nhs.net — +44 113 855 5000",
              "Dr Robert Klein, MD — UPMC — kleinr@upmc.edu — +1 412 647 2345"],
    truth=dict(full_name="Nadeesha Perera", email="nadeesha.perera@nhs.net", phone_e164="+447700900412",
               medical_school="Faculty of Medicine, University of Colombo", medical_school_country="LK", graduation_year=2015, is_student=False,
               usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Psychiatry"], languages=["English", "Sinhala", "Tamil"], publications=1),
)

# 19 --------------------------------------------------------------- british (Ghana)
P[19] = dict(
    layout="chromium_british", name="Dr Kwame Asante-Boateng", bare="Kwame Asante-Boateng", suffix="MBChB",
    contact=["East Legon, Accra, Ghana", "+233 24 412 3456", "kwame.asanteboateng@gmail.com"],
    dob="",
    objective="Surgical trainee aiming for General Surgery residency in the United States.",
    education=[E("MBChB", "University of Ghana Medical School", "Accra, Ghana", "09/2013 – 07/2020")],
    exams=["PLAB 1 — passed 11/2021", "USMLE Step 1 — Pass", "USMLE Step 2 CK — 232", "ECFMG certification — in progress (pending)", "Visa: B1/B2 (valid until 2029)"],
    experience=[
        X("House Officer, Surgery", "Korle Bu Teaching Hospital", "Accra, Ghana", "01/10/2020 – 30/09/2021"),
        X("Clinical Attachment, Colorectal Surgery", "Royal Infirmary of Edinburgh", "Edinburgh, Scotland", "06/06/2022 – 01/07/2022"),
        X("Surgical Observership", "Houston Methodist Hospital", "Houston, TX", "14/07/2025 – 08/08/2025", "Observed hepatobiliary and trauma surgery.",
          ("observership", "General Surgery", "TX", "2025-07", "2025-08")),
    ],
    publications=["Asante-Boateng K, et al. Typhoid ileal perforation outcomes. Ghana Med J. 2022;56:88-93.",
                  "Mensah E, Asante-Boateng K. Hernia mesh repair in rural Ghana. World J Surg. 2023;47:1550-7."],
    posters=[],
    languages="English, Twi, Ga",
    referees=["Dr Lisa Chen, MD — Houston Methodist — lchen2@houstonmethodist.org — +1 713 790 3311"],
    truth=dict(full_name="Kwame Asante-Boateng", email="kwame.asanteboateng@gmail.com", phone_e164="+233244123456",
               medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
               specialties=["General Surgery"], languages=["English", "Twi", "Ga"], publications=2),
)

# 20 --------------------------------------------------------------- british (Jordan, Arabic)
P[20] = dict(
    layout="chromium_british", name="Dr Fatima Al-Zahra Haddad", bare="Fatima Al-Zahra Haddad", native="فاطمة الزهراء حداد", suffix="MD",
    contact=["Khalda, Amman 11953, Jordan", "+962 79 555 0198", "f.haddad.md@icloud.com"],
    dob="Date of birth: 02/11/1995",
    objective="Internal Medicine applicant with a particular interest in Gastroenterology and hepatology.",
    education=[E("Doctor of Medicine (MD)", "Faculty of Medicine, The University of Jordan", "Amman, Jordan", "09/2013 – 06/2019"),
               E("Rotating Internship", "Jordan University Hospital", "Amman", "07/2019 – 06/2020")],
    exams=["MRCP(UK) Part 1 — passed", "USMLE Step 1 — 228", "USMLE Step 2 CK — 250", "ECFMG — certified"],
    experience=[
        X("Resident, Internal Medicine", "Jordan University Hospital", "Amman", "07/2020 – 06/2024"),
        X("Observer, Gastroenterology", "Northwestern Memorial Hospital", "Chicago, IL", "01/09/2024 – 31/10/2024", "",
          ("observership", "Gastroenterology", "IL", "2024-09", "2024-10")),
        X("Tele-rotation, Internal Medicine", "Ohio State Wexner Medical Center (virtual)", "Columbus, OH", "01/10/2024 – 15/12/2024", "Virtual morning report and case write-ups.",
          ("telehealth", "Internal Medicine", "OH", "2024-10", "2024-12")),
    ],
    publications=["Haddad FA, et al. NAFLD prevalence among Jordanian adults. Jordan Med J. 2023;57:140-8."],
    posters=["Poster — ACG 2024: Upper GI bleeding scores."],
    languages="Arabic, English, French",
    referees=[],
    truth=dict(full_name="Fatima Al-Zahra Haddad", email="f.haddad.md@icloud.com", phone_e164="+962795550198",
               medical_school="Faculty of Medicine, The University of Jordan", medical_school_country="JO", graduation_year=2019, is_student=False,
               usmle_step1=228, usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Internal Medicine", "Gastroenterology"], languages=["Arabic", "English", "French"], publications=1),
)


def all_experiences(p):
    out = list(p.get("experience", []))
    for c in p.get("clerkships", []):
        out.append(dict(usce=c[4]))
    return out


def months(a, b):
    y1, m1 = map(int, a.split("-")); y2, m2 = map(int, b.split("-"))
    return {(y, m) for y in range(y1, y2 + 1) for m in range(1, 13) if (y1, m1) <= (y, m) <= (y2, m2)}


def usce_truth(p):
    ents = [e["usce"] for e in all_experiences(p) if e.get("usce")]
    entries = [dict(type=t, specialty=s, state=st, start=a, end=b) for (t, s, st, a, b) in ents]
    allm, clin = set(), set()
    for (t, s, st, a, b) in ents:
        m = months(a, b); allm |= m
        if t in ("hands_on", "observership"):
            clin |= m
    return dict(usce_months=len(allm), usce_months_clinical=len(clin), usce_entries=entries)
