# Hand-written CV content and truth for writer w121 (table-heavy CVs).
# Each person: header (name line), personal (label/value rows), sections (tables), truth (hand-written).

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = {}

P[1] = dict(
    layout="docx_labelvalue", ext="docx",
    header="Dr. Priya Raghunathan, MBBS",
    personal=[("Name", "Priya Raghunathan"), ("Date of birth", "14/02/1996"), ("Nationality", "Indian"),
              ("E-mail", "priya.raghunathan96@gmail.com"), ("Mobile", "+91 98401 27735"),
              ("Address", "12/4 Kamaraj Salai, Mylapore, Chennai 600004, India"),
              ("ECFMG", "Certified (ECFMG #0-912-447-3, issued 02/2024)"),
              ("Visa", "Will require J-1 visa sponsorship"),
              ("Career goal", "Internal Medicine residency; long-term interest in Nephrology")],
    sections=[
        dict(title="Education", cols=["From", "To", "Qualification", "Institution"], rows=[
            ["08/2015", "03/2021", "MBBS", "Madras Medical College, Chennai, Tamil Nadu, India"],
            ["04/2021", "03/2022", "Compulsory Rotating Internship", "Rajiv Gandhi Government General Hospital, Chennai"],
            ["06/2013", "05/2015", "Higher Secondary (Biology)", "DAV Girls Sr. Sec. School, Chennai"]]),
        dict(title="USMLE / Examinations", cols=["Examination", "Date", "Result"], rows=[
            ["USMLE Step 1", "06/2023", "Pass"],
            ["USMLE Step 2 CK", "01/2024", "246"],
            ["NBME CCSSA Form 12 (practice)", "11/2023", "238"],
            ["UWSA 2 (practice)", "12/2023", "252"],
            ["OET Medicine", "09/2023", "Grade B in all subtests"]]),
        dict(title="Clinical Experience", cols=["Period", "Position", "Department", "Hospital / Location"], rows=[
            ["06/2024 – 07/2024", "Hands-on externship", "Family Medicine", "Garden State Family Health Center, Newark, NJ, USA"],
            ["03/2024 – 04/2024", "Clinical observership", "Internal Medicine", "Hudson Valley Regional Medical Center, Poughkeepsie, NY, USA"],
            ["04/2022 – 12/2022", "Junior Resident (non-academic)", "General Medicine", "Government Stanley Hospital, Chennai, India"],
            ["04/2021 – 03/2022", "Intern", "Rotating", "Rajiv Gandhi Government General Hospital, Chennai, India"]]),
        dict(title="Publications & Presentations", cols=["#", "Type", "Citation"], rows=[
            ["1", "Journal article", "Raghunathan P, Suresh K. Hyponatremia in elderly inpatients. Indian J Nephrol. 2022;32(4):311-6."],
            ["2", "Journal article", "Kumar A, Raghunathan P, et al. Outcomes of AKI in dengue. J Assoc Physicians India. 2023;71(2):45-9."],
            ["3", "Poster", "Raghunathan P. Contrast nephropathy audit. TNAPICON 2022, Madurai."]]),
        dict(title="Languages", cols=["Language", "Proficiency"], rows=[
            ["English", "Fluent"], ["Tamil", "Native"], ["Hindi", "Conversational"]]),
        dict(title="Referees", cols=["Name", "Position", "E-mail", "Phone"], rows=[
            ["Dr. Alan Whitcombe, MD", "Program Director, Internal Medicine, HVRMC", "awhitcombe@hvrmc-med.org", "(845) 555-0142"],
            ["Dr. R. Senthil Kumar, MD", "Professor of Medicine, Madras Medical College", "senthilkumar.mmc@gmail.com", "+91 94440 18823"]]),
    ],
    truth=dict(full_name="Priya Raghunathan", email="priya.raghunathan96@gmail.com", phone_e164="+919840127735",
               medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Nephrology"], languages=["English", "Tamil", "Hindi"], publications=2,
               usce_entries=[E("hands_on", "Family Medicine", "NJ", "2024-06", "2024-07"),
                             E("observership", "Internal Medicine", "NY", "2024-03", "2024-04")],
               usce_months=4, usce_months_clinical=4))

P[2] = dict(
    layout="docx_textbox", ext="docx",
    header="Ahmed Mostafa Elsayed  —  أحمد مصطفى السيد",
    contact_box=["ahmed.m.elsayed@outlook.com", "+20 100 482 7731", "Giza, Egypt / Cleveland, OH"],
    personal=[("Full name", "Ahmed Mostafa Elsayed (أحمد مصطفى السيد)"), ("Year of birth", "1995"),
              ("Citizenship", "Egyptian"), ("ECFMG status", "Certified"),
              ("Interests", "Internal Medicine residency, then Cardiology fellowship")],
    sections=[
        dict(title="Education", cols=["Dates", "Degree", "Institution"], rows=[
            ["Sep 2013 – Jun 2019", "MBBCh (Bachelor of Medicine and Surgery)", "Kasr Alainy Faculty of Medicine, Cairo University, Egypt"],
            ["Mar 2020 – Feb 2021", "Internship year", "Kasr Alainy University Hospitals, Cairo"]]),
        dict(title="Examinations", cols=["Exam", "Date", "Score"], rows=[
            ["USMLE Step 1", "Aug 2022", "Pass"], ["USMLE Step 2 CK", "May 2023", "251"],
            ["Free 120 (NBME practice)", "Apr 2023", "88%"], ["USMLE Step 3", "—", "Not taken yet"]]),
        dict(title="US Clinical & Research Experience", cols=["Dates", "Role", "Specialty", "Institution, City"], rows=[
            ["Sep 2023 – present", "Research Fellow", "Cardiology", "Lakeshore Heart Institute, Cleveland, OH"],
            ["Feb 2024 – Mar 2024", "Observer (overlaps research)", "Cardiology", "Lakeshore Heart Institute, Cleveland, OH"],
            ["Jul 2025 – Aug 2025", "Hands-on externship", "Internal Medicine", "Bayou City General Hospital, Houston, TX"]]),
        dict(title="Clinical Experience in Egypt", cols=["Dates", "Role", "Department", "Hospital"], rows=[
            ["Mar 2021 – Jul 2023", "Resident physician", "Cardiology", "National Heart Institute, Giza, Egypt"],
            ["Mar 2020 – Feb 2021", "Intern", "Rotating", "Kasr Alainy University Hospitals, Cairo, Egypt"]]),
        dict(title="Publications", cols=["Status", "Reference"], rows=[
            ["Published", "Elsayed AM, et al. Troponin kinetics after TAVR. J Am Heart Assoc. 2024;13:e031122."],
            ["Published", "Novak T, Elsayed AM. Sex differences in HFpEF readmissions. Am J Cardiol. 2025;214:77-84."],
            ["Published", "Elsayed AM, Hassan R. Rheumatic heart disease in Upper Egypt. Egypt Heart J. 2022;74:51."],
            ["Submitted", "Elsayed AM, et al. AI-ECG for amyloidosis screening (under review, JACC)."]]),
        dict(title="Languages", cols=["Arabic", "English", "French"], rows=[["Native", "Fluent (TOEFL 112)", "Basic"]]),
        dict(title="References", cols=["Name", "Contact"], rows=[
            ["Tomas Novak, MD, FACC — Director, Cardiovascular Research", "tnovak@lakeshoreheart.org · +1 216 555 0199"],
            ["Prof. Hesham Abdelaziz — Cairo University", "h.abdelaziz@kasralainy.edu.eg · +20 122 555 0417"]]),
    ],
    truth=dict(full_name="Ahmed Mostafa Elsayed", email="ahmed.m.elsayed@outlook.com", phone_e164="+201004827731",
               medical_school="Kasr Alainy Faculty of Medicine, Cairo University", medical_school_country="EG", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Internal Medicine", "Cardiology"], languages=["Arabic", "English", "French"], publications=3,
               usce_entries=[E("research", "Cardiology", "OH", "2023-09", "2026-12"),
                             E("observership", "Cardiology", "OH", "2024-02", "2024-03"),
                             E("hands_on", "Internal Medicine", "TX", "2025-07", "2025-08")],
               usce_months=40, usce_months_clinical=4))

# long activity list for page-splitting tables
_p3_extra = [[f"{m} 2022", "Medical Officer (locum)", "Paediatrics", "St. Luke's Mission Hospital, Anua, Uyo, Nigeria"] for m in ["Jan", "Mar", "May", "Jul", "Sep", "Nov"]]
P[3] = dict(
    layout="lo_writer_docx2pdf", ext="pdf",
    header="CURRICULUM VITAE — Chiamaka Obianuju Nwosu, MBBS",
    personal=[("Name", "Chiamaka Obianuju Nwosu"), ("Date of birth", "1993-07-22"), ("Nationality", "Nigerian"),
              ("Email", "chiamaka.nwosu.md@gmail.com"), ("Phone (US)", "+1 (410) 555-0186"),
              ("Address", "2210 N Charles St, Apt 4B, Baltimore, MD 21218"),
              ("Current visa", "H-1B (Clinical Research Associate)"), ("ECFMG", "Certified, 2022"),
              ("Specialty sought", "Pediatrics")],
    sections=[
        dict(title="Education", cols=["Start", "End", "Degree", "Institution"], rows=[
            ["2011-10", "2018-11", "MBBS", "College of Medicine, University of Nigeria, Enugu Campus, Nigeria"],
            ["2019-01", "2019-12", "Housemanship", "University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla"]]),
        dict(title="Licensing Examinations", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "2021-03", "Pass"], ["USMLE Step 2 CK", "2021-10", "239"],
            ["USMLE Step 3", "2024-08", "221"], ["NBME Form 9 (self-assessment)", "2021-08", "227"],
            ["MDCN full registration (Nigeria)", "2020-01", "Registered"]]),
        dict(title="Clinical and Research Experience (chronological)", repeat_header=True,
             cols=["Dates", "Role", "Specialty", "Institution / Location"], rows=[
            ["2024-01 – Present", "Clinical Research Associate", "Pediatrics", "Chesapeake Children's Research Institute, Baltimore, MD, USA"],
            ["2023-09 – 2023-10", "Observership", "Pediatrics", "Schuylkill Children's Hospital, Philadelphia, PA, USA"],
            ["15/05/2023 – 30/06/2023", "Hands-on externship", "Pediatrics", "Peachtree Pediatric Associates, Atlanta, GA, USA"],
            ["2020-03 – 2021-02", "NYSC Medical Officer", "General practice", "General Hospital Onitsha, Anambra, Nigeria"],
            ["2019-01 – 2019-12", "House Officer", "Paediatrics / O&G / Surgery / Medicine", "UNTH, Enugu, Nigeria"]] + _p3_extra + [
            ["2021-04 – 2022-12", "Volunteer Physician (weekends)", "Paediatrics", "Hope Child Clinic, Enugu, Nigeria"]]),
        dict(title="Publications (peer-reviewed)", repeat_header=True, cols=["#", "Citation"], rows=[
            ["1", "Nwosu CO, et al. Neonatal sepsis isolates in southeast Nigeria. Niger J Paediatr. 2020;47(3):201-7."],
            ["2", "Nwosu CO, Eze U. Sickle cell crises and hydroxyurea uptake. Pediatr Blood Cancer. 2022;69:e29811."],
            ["3", "Miller J, Nwosu CO, et al. RSV admissions after nirsevimab. J Pediatr. 2025;276:114302."],
            ["4", "Nwosu CO, Miller J. Asthma readmissions in Baltimore. Acad Pediatr. 2025;25(6):102611."]]),
        dict(title="Posters", cols=["#", "Presentation"], rows=[
            ["1", "Pediatric Academic Societies Meeting 2024, Toronto, Canada — poster"],
            ["2", "AAP National Conference 2025 — poster"]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["English", "Native"], ["Igbo", "Native"], ["Yoruba", "Conversational"]]),
        dict(title="Referees", cols=["Referee", "Email", "Telephone"], rows=[
            ["Jennifer Miller, MD, MPH — Principal Investigator", "jmiller@cchri-research.org", "+1 410 555 0123"],
            ["Prof. Uchenna Eze — UNTH Paediatrics", "uchenna.eze@unth.edu.ng", "+234 803 555 0912"]]),
    ],
    truth=dict(full_name="Chiamaka Obianuju Nwosu", email="chiamaka.nwosu.md@gmail.com", phone_e164="+14105550186",
               medical_school="College of Medicine, University of Nigeria", medical_school_country="NG", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=221, ecfmg_status="certified", visa_status="h1b",
               specialties=["Pediatrics"], languages=["English", "Igbo", "Yoruba"], publications=4,
               usce_entries=[E("research", "Pediatrics", "MD", "2024-01", "2026-12"),
                             E("observership", "Pediatrics", "PA", "2023-09", "2023-10"),
                             E("hands_on", "Pediatrics", "GA", "2023-05", "2023-06")],
               usce_months=40, usce_months_clinical=4))

P[4] = dict(
    layout="odfpy_odt", ext="odt",
    header="MARIA ANGELICA DELA CRUZ SANTOS, MD",
    personal=[("Name", "Maria Angelica Dela Cruz Santos"), ("Birthday", "March 3, 1997"), ("Citizenship", "Filipino"),
              ("Email", "angelica.santos.md@yahoo.com"), ("Mobile", "+63 917 842 5510"),
              ("Visa", "Holder of B1/B2 visitor visa (valid to 2029)"),
              ("ECFMG", "Certification pending — OET Medicine passed, awaiting final verification"),
              ("Goal", "Family Medicine residency with a focus on Geriatrics")],
    sections=[
        dict(title="Education", cols=["Year", "Degree", "School"], rows=[
            ["2018 – 2022", "Doctor of Medicine (MD)", "University of Santo Tomas Faculty of Medicine and Surgery, Manila, Philippines"],
            ["2014 – 2018", "BS Biology (pre-med)", "University of Santo Tomas College of Science"],
            ["2022 – 2023", "Post-graduate internship", "Philippine General Hospital, Manila"]]),
        dict(title="Board and Licensing Examinations", cols=["Examination", "Date", "Result"], rows=[
            ["Philippine Physician Licensure Exam", "Feb 2024", "Passed (rating 86.4%)"],
            ["USMLE Step 1", "Oct 2024", "Pass"], ["USMLE Step 2 CK", "Jun 2025", "232"],
            ["UWSA 1 (practice)", "May 2025", "229"]]),
        dict(title="Clinical Experience", cols=["Dates", "Type", "Specialty", "Site"], rows=[
            ["Jan 2025 – Feb 2025", "Observership", "Family Medicine", "San Joaquin Family Care Clinic, Stockton, CA"],
            ["March 2025 (4 weeks)", "Observership", "Geriatric Medicine", "Desert Springs Senior Health, Las Vegas, NV"],
            ["Aug 2023 – Dec 2024", "Municipal Health Officer (Doctor to the Barrios)", "Primary care", "Rural Health Unit, Bantayan, Cebu, Philippines"]]),
        dict(title="Research", cols=["Year", "Output"], rows=[
            ["2022", "Poster: Fall risk screening among community-dwelling elderly — PAFP Convention, Manila"]]),
        dict(title="Languages", cols=["Language", "Fluency"], rows=[["English", "Fluent"], ["Filipino (Tagalog)", "Native"], ["Cebuano", "Conversational"]]),
        dict(title="Character References", cols=["Name", "Designation", "Contact"], rows=[
            ["Dr. Rowena Lim-Tan", "Chair, Dept. of Family Medicine, UST Hospital", "rlimtan@ust-fm.ph / +63 2 8555 0177"],
            ["Dr. Gregory Alvarez", "Preceptor, San Joaquin Family Care", "galvarez@sjfamilycare.org / (209) 555-0131"]]),
    ],
    truth=dict(full_name="Maria Angelica Dela Cruz Santos", email="angelica.santos.md@yahoo.com", phone_e164="+639178425510",
               medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
               specialties=["Family Medicine", "Geriatrics"], languages=["English", "Filipino", "Cebuano"], publications=0,
               usce_entries=[E("observership", "Family Medicine", "CA", "2025-01", "2025-02"),
                             E("observership", "Geriatrics", "NV", "2025-03", "2025-03")],
               usce_months=3, usce_months_clinical=3))

P[5] = dict(
    layout="odfpy_lo_pdf", ext="pdf",
    header="Muhammad Hamza Qureshi — محمد حمزہ قریشی",
    personal=[("Name", "Muhammad Hamza Qureshi"), ("DOB", "09.11.1992"), ("Status in USA", "US Permanent Resident (Green Card holder)"),
              ("Email", "hamza.qureshi.kemu@gmail.com"), ("Cell", "(312) 555-0147"), ("ECFMG", "Certified (2019)"),
              ("Applying for", "Internal Medicine; future Gastroenterology fellowship")],
    sections=[
        dict(title="Education", cols=["Dates", "Degree", "Institution"], rows=[
            ["11.2012 – 12.2017", "MBBS", "King Edward Medical University, Lahore, Pakistan"],
            ["01.2018 – 12.2018", "House Job", "Mayo Hospital, Lahore, Pakistan"]]),
        dict(title="USMLE", cols=["Step", "Date", "Score"], rows=[
            ["Step 1", "04.2019", "241"], ["Step 2 CK", "09.2019", "255"], ["Step 2 CS", "11.2019", "Pass"], ["Step 3", "06.2022", "230"]]),
        dict(title="Experience", cols=["Dates", "Position", "Specialty", "Institution", "Location"], rows=[
            ["08.2023 – 10.2023", "Hands-on externship", "Internal Medicine", "Lakeview Community Hospital", "Chicago, IL"],
            ["07.2021 – 06.2023", "Research Fellow", "Gastroenterology & Hepatology", "Northstar Clinic Research Center", "Rochester, MN"],
            ["02.2020 – 05.2021", "Medical Scribe", "Emergency Department", "Trinity Valley Medical Center", "Dallas, TX"],
            ["01.2019 – 12.2019", "Medical Officer", "Medicine", "Services Hospital", "Lahore, Pakistan"]]),
        dict(title="Publications", cols=["#", "Type", "Reference"], rows=[
            ["1", "Original article", "Qureshi MH, et al. Fecal calprotectin in IBD flares. Clin Gastroenterol Hepatol. 2022;20:1811-9."],
            ["2", "Original article", "Qureshi MH, Lund E. Varices screening in NAFLD cirrhosis. Hepatology. 2022;76:1203-12."],
            ["3", "Review", "Lund E, Qureshi MH. Eosinophilic esophagitis update. Mayo-type Clin Proc. 2023;98:410-22."],
            ["4", "Original article", "Qureshi MH, et al. Colonoscopy quality metrics. Gastrointest Endosc. 2023;97:88-96."],
            ["5", "Case report", "Qureshi MH. Ascites of rare cause. ACG Case Rep J. 2021;8:e00655."],
            ["—", "Abstract", "DDW 2022 abstract (Su1420)"], ["—", "Abstract", "ACG 2022 abstract (P0871)"]]),
        dict(title="Languages", cols=["English", "Urdu", "Punjabi"], rows=[["Fluent", "Native", "Native"]]),
        dict(title="References", cols=["Name", "Role", "Email"], rows=[
            ["Erik Lund, MD", "Consultant, Gastroenterology", "lund.erik@northstarclinic.org"],
            ["Sarah Patel, MD", "Attending, Lakeview Community Hospital (cell 773-555-0108)", "spatel@lakeviewch.org"]]),
    ],
    truth=dict(full_name="Muhammad Hamza Qureshi", email="hamza.qureshi.kemu@gmail.com", phone_e164="+13125550147",
               medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2017, is_student=False,
               usmle_step1=241, usmle_step2ck=255, usmle_step3=230, ecfmg_status="certified", visa_status="green_card",
               specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Urdu", "Punjabi"], publications=5,
               usce_entries=[E("hands_on", "Internal Medicine", "IL", "2023-08", "2023-10"),
                             E("research", "Gastroenterology", "MN", "2021-07", "2023-06")],
               usce_months=27, usce_months_clinical=3))

P[6] = dict(
    layout="chromium_gdocs", ext="pdf",
    header="João Pedro Albuquerque Lima",
    personal=[("Email", "joaopedro.alima@gmail.com"), ("WhatsApp", "+55 31 99872-4410"), ("City", "Belo Horizonte, MG, Brazil"),
              ("Born", "1998"), ("Target specialty", "Emergency Medicine"),
              ("ECFMG", "Not yet certified (Step 2 CK scheduled)")],
    sections=[
        dict(title="Education", cols=["Period", "Degree", "Institution"], rows=[
            ["Feb 2017 – Dec 2022", "Médico (MD equivalent)", "Faculdade de Medicina, Universidade Federal de Minas Gerais (UFMG), Brazil"],
            ["Summer 2021", "Exchange elective (Emergency Dept.)", "Hospital de Santa Maria, Lisbon, Portugal"]]),
        dict(title="Exams", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "Nov 2024", "Pass"], ["NBME 13 (practice)", "Oct 2026", "248"],
            ["USMLE Step 2 CK", "Feb 2027", "Scheduled"], ["Revalida (Brazil)", "2023", "Approved"]]),
        dict(title="Clinical Experience", cols=["When", "What", "Where"], rows=[
            ["4 weeks, starting 2 June 2025", "Hands-on elective — Emergency Medicine", "Biscayne Bay Medical Center, Miami, FL"],
            ["03/2025", "Observership — Emergency Medicine", "Central Florida Regional ED, Orlando, FL"],
            ["Oct–Nov 2024", "Telehealth virtual rotation — Internal Medicine", "Commonwealth Virtual Care, Boston, MA"],
            ["Jan 2023 – present", "Emergency physician (plantonista)", "UPA Centro-Sul, Belo Horizonte, Brazil"]]),
        dict(title="Publications", cols=["Year", "Reference"], rows=[
            ["2024", "Lima JPA, Souza R. Sepsis bundle compliance in Brazilian UPAs. Rev Bras Ter Intensiva. 2024;36:e2024."],
            ["2025", "Poster: Point-of-care ultrasound training for residents — SAEM 2025"]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Portuguese", "Native"], ["English", "C1"], ["Spanish", "B2"]]),
        dict(title="References", cols=["Name", "Contact"], rows=[
            ["Dr. Michael Reyes, Biscayne Bay MC", "mreyes@biscaynebaymc.org | +1 305 555 0166"]]),
    ],
    truth=dict(full_name="João Pedro Albuquerque Lima", email="joaopedro.alima@gmail.com", phone_e164="+5531998724410",
               medical_school="Faculdade de Medicina, Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status=None,
               specialties=["Emergency Medicine"], languages=["Portuguese", "English", "Spanish"], publications=1,
               usce_entries=[E("hands_on", "Emergency Medicine", "FL", "2025-06", "2025-06"),
                             E("observership", "Emergency Medicine", "FL", "2025-03", "2025-03"),
                             E("telehealth", "Internal Medicine", "MA", "2024-10", "2024-11")],
               usce_months=4, usce_months_clinical=2))

P[7] = dict(
    layout="chromium_pages", ext="pdf",
    header="Ji-woo Park",
    subtitle="박지우 · MD · Neurology",
    personal=[("Email", "jiwoo.park.neuro@naver.com"), ("Phone", "+82 10-4417-2286"), ("Seoul, Republic of Korea", ""),
              ("Visa", "J-1 (will require)"), ("ECFMG", "Certified")],
    sections=[
        dict(title="Education", cols=["", "", ""], rows=[
            ["2014 — 2020", "Doctor of Medicine", "Yonsei University College of Medicine, Seoul"],
            ["2021 — 2024", "Neurology residency (Korean board)", "Severance Hospital, Seoul"]]),
        dict(title="Examinations", cols=["", "", ""], rows=[
            ["USMLE Step 1", "Pass", "2022"], ["USMLE Step 2 CK", "262", "2023"], ["Korean Medical Licensing Exam", "Passed", "2020"]]),
        dict(title="Experience", cols=["", "", "", ""], rows=[
            ["Sep 2024 — Present", "Postdoctoral Research Fellow", "Neurology (stroke)", "Back Bay Neuroscience Institute, Boston, MA"],
            ["Apr 2025 — May 2025", "Clinical Observer", "Neurology", "Elm City Neurology, New Haven, CT"],
            ["Mar 2021 — Feb 2024", "Resident Physician", "Neurology", "Severance Hospital, Seoul, Korea"]]),
        dict(title="Publications", cols=["", ""], rows=[
            ["2023", "Park J, Kim H. Thrombectomy outcomes in elderly Koreans. J Stroke. 2023;25:221-9."],
            ["2024", "Park J, et al. Post-stroke depression screening. Front Neurol. 2024;15:1290044."],
            ["2025", "Park J, Gordon A. Tenecteplase in wake-up stroke. Stroke. 2025;56:e112-4."],
            ["In preparation", "Park J. Machine learning for LVO detection (manuscript in preparation)."],
            ["In preparation", "Park J, Gordon A. Sleep and stroke recovery (manuscript in preparation)."]]),
        dict(title="Languages", cols=["", ""], rows=[["Korean", "Native"], ["English", "Fluent"], ["Japanese", "Intermediate"]]),
        dict(title="References", cols=["", ""], rows=[
            ["Alan Gordon, MD, PhD", "agordon@bbneuro.org · 617-555-0193"]]),
    ],
    truth=dict(full_name="Ji-woo Park", email="jiwoo.park.neuro@naver.com", phone_e164="+821044172286",
               medical_school="Yonsei University College of Medicine", medical_school_country="KR", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Neurology"], languages=["Korean", "English", "Japanese"], publications=3,
               usce_entries=[E("research", "Neurology", "MA", "2024-09", "2026-12"),
                             E("observership", "Neurology", "CT", "2025-04", "2025-05")],
               usce_months=28, usce_months_clinical=2))

P[8] = dict(
    layout="chromium_wps_nested", ext="pdf",
    header="个人简历 / Curriculum Vitae",
    personal=[("Name", "Li Mengyao (李梦瑶)"), ("Gender", "Female"), ("Date of Birth", "1996.05"), ("Nationality", "China"),
              ("Email", "mengyao.li.pumc@163.com"), ("Tel", "+86 138 1024 7763"),
              ("ECFMG", "Certified"), ("Career interest", "Internal Medicine → Hematology-Oncology")],
    sections=[
        dict(title="Education 教育背景", cols=["Time", "School", "Degree"], rows=[
            ["09.2014 – 06.2022", "Peking University Health Science Center, Beijing, China", "MD (8-year program)"]]),
        dict(title="USMLE", cols=["Step", "Date", "Score"], rows=[
            ["Step 1", "08.2022", "Pass"], ["Step 2 CK", "02.2023", "244"], ["UWSA 2 (self-assessment)", "01.2023", "250"]]),
        dict(title="US Experience", cols=["Time", "Position", "Institution", "City/State"], rows=[
            ["03.2023 – 02.2024", "Research Scholar, Hematology/Oncology", "Gulf Coast Cancer Center", "Houston, TX"],
            ["05.2024 – 06.2024", "Clinical Extern (hands-on), Hematology/Oncology", "Puget Sound Oncology Hospital", "Seattle, WA"],
            ["06.2024 – 07.2024", "Observer, Internal Medicine", "Puget Sound Oncology Hospital", "Seattle, WA"]]),
        dict(title="China Experience", cols=["Time", "Position", "Institution", "City"], rows=[
            ["07.2020 – 06.2022", "Clinical clerk / intern", "Peking University People's Hospital", "Beijing"]]),
        dict(title="Publications", cols=["No.", "Paper"], rows=[
            ["1", "Li M, et al. CAR-T neurotoxicity predictors. Blood Adv. 2024;8:1455-64."],
            ["2", "Li M, Zhang W. Minimal residual disease in Chinese ALL cohort. Chin Med J. 2021;134:2880-6."],
            ["3", "Li M. Abstract: ASH Annual Meeting 2023 (poster)"]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Chinese", "Native"], ["English", "Fluent (TOEFL 115)"]]),
        dict(title="Referee", cols=["Name", "Email / Phone"], rows=[
            ["Dr. Helen Carter, Gulf Coast Cancer Center", "hcarter@gulfcoastcc.org / 713-555-0171"]]),
    ],
    truth=dict(full_name="Li Mengyao", email="mengyao.li.pumc@163.com", phone_e164="+8613810247763",
               medical_school="Peking University Health Science Center", medical_school_country="CN", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Chinese", "English"], publications=2,
               usce_entries=[E("research", "Hematology/Oncology", "TX", "2023-03", "2024-02"),
                             E("hands_on", "Hematology/Oncology", "WA", "2024-05", "2024-06"),
                             E("observership", "Internal Medicine", "WA", "2024-06", "2024-07")],
               usce_months=15, usce_months_clinical=3))

_p9_rows = [["2019-12 – 2020-11", "Rotating House Officer", "Medicine/Surgery", "Tribhuvan University Teaching Hospital, Kathmandu, Nepal"],
            ["2020-12 – 2023-09", "Medical Officer", "Psychiatry", "Patan Hospital, Lalitpur, Nepal"],
            ["2023-11 – 2024-01", "Observer", "Psychiatry", "Kings County Behavioral Health, Brooklyn, NY, USA"],
            ["2024-02 – 2025-01", "Research Assistant", "Psychiatry", "Garden State Psychiatric Research Unit, Newark, NJ, USA"],
            ["2025-03 – 2025-04", "Hands-on externship", "Psychiatry", "Motor City Behavioral Hospital, Detroit, MI, USA"]]
P[9] = dict(
    layout="reportlab_grid", ext="pdf",
    header="Sushant Adhikari, MBBS",
    subtitle="सुशान्त अधिकारी",
    personal=[("Name", "Sushant Adhikari"), ("Date of birth", "1994"), ("Citizenship", "Nepal"),
              ("Email", "sushant.adhikari.iom@gmail.com"), ("Phone", "+977 984-1557290"),
              ("Visa", "J-1 required"), ("ECFMG", "Certified"), ("Specialty", "Psychiatry")],
    sections=[
        dict(title="Education", cols=["Dates", "Degree", "Institution"], rows=[
            ["2013-11 – 2019-08", "MBBS", "Maharajgunj Medical Campus, Institute of Medicine, Tribhuvan University, Kathmandu, Nepal"]]),
        dict(title="Examinations", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "2022-05", "Pass"], ["USMLE Step 2 CK", "2023-02", "237"],
            ["NBME 10 (practice)", "2023-01", "231"], ["Nepal Medical Council Licensing Exam", "2019-10", "Passed"]]),
        dict(title="Clinical and Research Experience", repeat_header=True, cols=["Dates", "Role", "Specialty", "Institution"],
             rows=_p9_rows + [[f"2021-{m:02d}", "Mental health camp (1 week)", "Psychiatry", f"District Hospital, {d}, Nepal"] for m, d in
                              [(2, "Dhading"), (4, "Gorkha"), (6, "Sindhupalchok"), (8, "Kavre"), (10, "Nuwakot"), (12, "Dolakha")]]),
        dict(title="Publications", cols=["#", "Citation"], rows=[
            ["1", "Adhikari S, et al. Depression among earthquake survivors. J Nepal Health Res Counc. 2022;20:301-6."],
            ["2", "Adhikari S, Brennan K. Ketamine clinic outcomes. J Affect Disord. 2025;368:112-9."],
            ["—", "Poster: APA Annual Meeting 2024"]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Nepali", "Native"], ["English", "Fluent"], ["Hindi", "Fluent"]]),
        dict(title="References", cols=["Name", "Position", "Contact"], rows=[
            ["Kevin Brennan, MD", "Director, Garden State Psychiatric Research Unit", "kbrennan@gspru.org, 973-555-0150"],
            ["Dr. Sita Shrestha", "Head, Dept. of Psychiatry, Patan Hospital", "sita.shrestha@pahs.edu.np"]]),
    ],
    truth=dict(full_name="Sushant Adhikari", email="sushant.adhikari.iom@gmail.com", phone_e164="+9779841557290",
               medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=237, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Psychiatry"], languages=["Nepali", "English", "Hindi"], publications=2,
               usce_entries=[E("observership", "Psychiatry", "NY", "2023-11", "2024-01"),
                             E("research", "Psychiatry", "NJ", "2024-02", "2025-01"),
                             E("hands_on", "Psychiatry", "MI", "2025-03", "2025-04")],
               usce_months=17, usce_months_clinical=5))

P[10] = dict(
    layout="fpdf2_table", ext="pdf",
    header="Olena Kovalenko, MD",
    subtitle="Олена Коваленко",
    personal=[("Name", "Olena Kovalenko"), ("Date of birth", "21.06.1996"), ("Residence", "Pittsburgh, PA (U.S. permanent resident — Green Card)"),
              ("Email", "olena.kovalenko.md@proton.me"), ("Phone", "+1 412 555 0175"), ("ECFMG", "Certified (2024)"),
              ("Specialty interest", "Anesthesiology")],
    sections=[
        dict(title="Education", cols=["Dates", "Degree", "Institution"], rows=[
            ["Sep 2015 – Jun 2021", "Medical Doctor (Lіkar)", "Bogomolets National Medical University, Kyiv, Ukraine"],
            ["Aug 2021 – Feb 2022", "Internship, Anesthesiology", "Kyiv City Clinical Hospital No. 17, Ukraine"]]),
        dict(title="Examinations", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "Mar 2023", "Pass"], ["USMLE Step 2 CK", "Jan 2024", "249"],
            ["UWSA 1 (practice)", "Dec 2023", "244"], ["KROK 2 (Ukraine)", "2021", "Passed, 89.5%"]]),
        dict(title="Clinical Experience", cols=["Dates", "Role", "Specialty", "Institution", "Location"], rows=[
            ["Sep 2025 – Oct 2025", "Hands-on externship", "Anesthesiology", "Scioto Valley Medical Center", "Columbus, OH"],
            ["March–May 2025", "Observership", "Anesthesiology", "Three Rivers University Hospital", "Pittsburgh, PA"],
            ["Jun 2023 – Dec 2024", "Medical Assistant", "Pain clinic", "Allegheny Pain Specialists", "Pittsburgh, PA"],
            ["Apr 2022 – Mar 2023", "Clinical observer", "Anaesthesia & ICU", "University Clinical Hospital", "Wrocław, Poland"]]),
        dict(title="Publications", cols=["#", "Reference"], rows=[
            ["1", "Kovalenko O, et al. Regional anesthesia in blast injuries. Ukr J Anaesth. 2022;4:33-9."]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Ukrainian", "Native"], ["Russian", "Fluent"], ["English", "Fluent"], ["Polish", "B1"]]),
        dict(title="References", cols=["Name", "Contact"], rows=[
            ["Daniel Hoffman, MD — Anesthesiology, Three Rivers University Hospital", "dhoffman@threeriversuh.org, 412-555-0109"]]),
    ],
    truth=dict(full_name="Olena Kovalenko", email="olena.kovalenko.md@proton.me", phone_e164="+14125550175",
               medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
               specialties=["Anesthesiology"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=1,
               usce_entries=[E("hands_on", "Anesthesiology", "OH", "2025-09", "2025-10"),
                             E("observership", "Anesthesiology", "PA", "2025-03", "2025-05")],
               usce_months=5, usce_months_clinical=5))

P[11] = dict(
    layout="calc_xlsx2pdf", ext="pdf",
    header="DANIELA FERNÁNDEZ RUIZ — Curriculum Vitae",
    personal=[("Nombre / Name", "Daniela Fernández Ruiz"), ("Fecha de nacimiento", "1995"), ("Citizenship", "U.S. citizen (born in Mexico)"),
              ("Email", "dani.fernandez.ruiz@hotmail.com"), ("Phone", "+52 55 4120 8836"), ("ECFMG", "Certified"),
              ("Objective", "Obstetrics & Gynecology residency")],
    sections=[
        dict(title="Education", cols=["Start", "End", "Degree", "Institution"], rows=[
            ["2013", "2019", "Médico Cirujano", "Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM), Mexico"],
            ["08/2019", "07/2020", "Servicio social (year of social service)", "Centro de Salud Rural, Oaxaca, Mexico"]]),
        dict(title="Exams", cols=["Exam", "Date", "Score"], rows=[
            ["USMLE Step 1", "2022", "PASS"], ["USMLE Step 2 CK", "2023", "228"], ["ENARM (Mexico)", "2020", "74.2"]]),
        dict(title="Clinical Experience", cols=["Start", "End", "Type", "Specialty", "Site", "City, State"], rows=[
            ["01/2025", "02/2025", "Hands-on externship", "OB/GYN", "Rio Grande Women's Hospital", "El Paso, TX"],
            ["02/2025", "03/2025", "Observership", "OB/GYN", "Alamo Maternal-Fetal Center", "San Antonio, TX"],
            ["03/2021", "12/2024", "Médico general", "OB/GYN ward", "Hospital General de Zona 32", "Mexico City, Mexico"]]),
        dict(title="Publications", cols=["#", "Item"], rows=[["—", "None (one poster: FIGO 2023)"]]),
        dict(title="Languages", cols=["Spanish", "English"], rows=[["Native", "Fluent"]]),
        dict(title="References", cols=["Name", "Email", "Phone"], rows=[
            ["Dr. Laura Medina", "lmedina@rgwomens.org", "915-555-0188"]]),
    ],
    truth=dict(full_name="Daniela Fernández Ruiz", email="dani.fernandez.ruiz@hotmail.com", phone_e164="+525541208836",
               medical_school="Facultad de Medicina, Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["Obstetrics and Gynecology"], languages=["Spanish", "English"], publications=0,
               usce_entries=[E("hands_on", "Obstetrics and Gynecology", "TX", "2025-01", "2025-02"),
                             E("observership", "Obstetrics and Gynecology", "TX", "2025-02", "2025-03")],
               usce_months=3, usce_months_clinical=3))

P[12] = dict(
    layout="odfpy_ods2pdf", ext="pdf",
    header="Kwame Mensah Boateng, MBChB",
    personal=[("Name", "Kwame Mensah Boateng"), ("Year of birth", "1990"), ("Nationality", "Ghanaian"),
              ("Email", "kwame.boateng.mbchb@gmail.com"), ("Phone", "+1 718 555 0132"), ("Immigration", "H-1B"),
              ("ECFMG", "Certified 2021"), ("Interests", "Internal Medicine; Nephrology")],
    sections=[
        dict(title="Education", cols=["From", "To", "Degree", "Institution"], rows=[
            ["2010", "2017", "MBChB", "University of Ghana Medical School, Accra, Ghana"]]),
        dict(title="Exams", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "2020", "Pass"], ["USMLE Step 2 CK", "2021", "241"], ["USMLE Step 3", "2023", "219"]]),
        dict(title="Experience", cols=["From", "To", "Role", "Specialty", "Institution"], rows=[
            ["07/2023", "present", "Research Fellow", "Nephrology", "Bronx Renal Research Center, Bronx, NY"],
            ["07/2022", "06/2023", "PGY-1 Preliminary Resident", "Internal Medicine", "Riverdale Medical Center, Bronx, NY"],
            ["2018", "2021", "Medical Officer", "Internal Medicine", "Komfo Anokye Teaching Hospital, Kumasi, Ghana"],
            ["2017", "2018", "House Officer", "Rotating", "Korle Bu Teaching Hospital, Accra, Ghana"]]),
        dict(title="Publications", cols=["#", "Reference"], rows=[
            ["1", "Boateng KM, et al. APOL1 variants and CKD progression. Kidney Int Rep. 2024;9:812-20."],
            ["2", "Boateng KM, Rivera L. Home dialysis uptake. Clin J Am Soc Nephrol. 2025;20:401-9."]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["English", "Fluent"], ["Twi", "Native"], ["Ga", "Conversational"]]),
        dict(title="Referees", cols=["Name", "Email", "Phone"], rows=[
            ["Luis Rivera, MD", "lrivera@bronxrenal.org", "718-555-0177"],
            ["Dr. Ama Owusu", "ama.owusu@kath.gov.gh", "+233 24 555 0190"]]),
    ],
    truth=dict(full_name="Kwame Mensah Boateng", email="kwame.boateng.mbchb@gmail.com", phone_e164="+17185550132",
               medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=241, usmle_step3=219, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Nephrology"], languages=["English", "Twi", "Ga"], publications=2,
               usce_entries=[E("research", "Nephrology", "NY", "2023-07", "2026-12"),
                             E("hands_on", "Internal Medicine", "NY", "2022-07", "2023-06")],
               usce_months=54, usce_months_clinical=12))

P[13] = dict(
    layout="plaintext_columns", ext="txt",
    header="HANA TESFAYE BEKELE, MD  (ሃና ተስፋዬ በቀለ)",
    personal=[("Name", "Hana Tesfaye Bekele"), ("Born", "1996"), ("Nationality", "Ethiopian"),
              ("Email", "hana.tesfaye.md@gmail.com"), ("Phone", "+251 911 42 7765"), ("Visa", "Will need J-1"),
              ("ECFMG", "Pending (awaiting Pathway/OET verification)"), ("Interest", "Infectious Disease, Internal Medicine")],
    sections=[
        dict(title="EDUCATION", cols=["Period", "Degree", "Institution"], rows=[
            ["2016-2022", "Doctor of Medicine (MD)", "School of Medicine, Addis Ababa University, Ethiopia"]]),
        dict(title="EXAMS", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "Jul 2024", "Pass"], ["USMLE Step 2 CK", "Apr 2025", "236"], ["NBME 12 (practice)", "Mar 2025", "229"]]),
        dict(title="EXPERIENCE", cols=["Period", "Role", "Specialty", "Place"], rows=[
            ["Oct 2025 - present", "Research Assistant", "Infectious Disease", "Magic City ID Research Unit, Birmingham, AL"],
            ["Aug 2025 - Sep 2025", "Observer", "Infectious Disease", "Music Row Medical Center, Nashville, TN"],
            ["Sep 2022 - Jun 2024", "General Practitioner", "HIV clinic", "ALERT Hospital, Addis Ababa, Ethiopia"]]),
        dict(title="PUBLICATIONS", cols=["#", "Reference"], rows=[
            ["1", "Bekele HT, et al. TB-HIV coinfection outcomes. Ethiop Med J. 2023;61:145-52."],
            ["-", "Manuscript submitted: Cryptococcal antigen screening (2026)"]]),
        dict(title="LANGUAGES", cols=["Language", "Level"], rows=[["Amharic", "Native"], ["English", "Fluent"], ["Afaan Oromo", "Conversational"]]),
        dict(title="REFERENCES", cols=["Name", "Contact"], rows=[
            ["Dr. Rachel Owens, Magic City ID Research Unit", "rowens@magiccityid.org  205-555-0126"]]),
    ],
    truth=dict(full_name="Hana Tesfaye Bekele", email="hana.tesfaye.md@gmail.com", phone_e164="+251911427765",
               medical_school="School of Medicine, Addis Ababa University", medical_school_country="ET", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Infectious Disease", "Internal Medicine"], languages=["Amharic", "English", "Oromo"], publications=1,
               usce_entries=[E("research", "Infectious Disease", "AL", "2025-10", "2026-12"),
                             E("observership", "Infectious Disease", "TN", "2025-08", "2025-09")],
               usce_months=17, usce_months_clinical=2))

P[14] = dict(
    layout="rtf_lo2docx", ext="docx",
    header="Dr. Lina Haddad — لينا حداد",
    personal=[("Name", "Lina Haddad"), ("Date of birth", "1994-02-17"), ("Nationality", "Jordanian"),
              ("E-mail", "lina.haddad.md@gmail.com"), ("Mobile", "+962 79 555 3187"), ("Visa", "J-1 (ECFMG-sponsored) required"),
              ("ECFMG", "Certified"), ("Interests", "Internal Medicine, Rheumatology")],
    sections=[
        dict(title="Education", cols=["Dates", "Degree", "Institution"], rows=[
            ["2012 – 2018", "Doctor of Medicine (MD)", "Faculty of Medicine, University of Jordan, Amman, Jordan"],
            ["2018 – 2019", "Internship", "Jordan University Hospital, Amman"]]),
        dict(title="Examinations", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "2021", "Pass"], ["USMLE Step 2 CK", "2022", "245"], ["PLAB 1", "2020", "Pass"], ["PLAB 2", "2021", "Pass"]]),
        dict(title="Clinical Experience", cols=["Dates", "Role", "Specialty", "Location"], rows=[
            ["Jun 2023 – Aug 2023", "Hands-on externship", "Internal Medicine", "Cuyahoga Valley Hospital, Cleveland, OH, USA"],
            ["May 2023", "Observership", "Rheumatology", "Huron River Arthritis Center, Ann Arbor, MI, USA"],
            ["Sep 2021 – Feb 2022", "Clinical attachment", "Rheumatology", "St. Albans General Hospital, Hertfordshire, UK"],
            ["2019 – 2021", "Resident, Internal Medicine", "Internal Medicine", "Jordan University Hospital, Amman, Jordan"]]),
        dict(title="Publications", cols=["#", "Reference"], rows=[
            ["1", "Haddad L, et al. Familial Mediterranean fever phenotypes in Jordan. Rheumatol Int. 2021;41:1121-8."],
            ["2", "Haddad L, Nasser O. Lupus nephritis in Arab cohorts. Lupus. 2022;31:990-7."]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Arabic", "Native"], ["English", "Fluent"], ["German", "B1"]]),
        dict(title="Referees", cols=["Name", "Contact"], rows=[
            ["Dr. Mark Feldman, Cuyahoga Valley Hospital", "mfeldman@cvhospital.org, (216) 555-0114"],
            ["Prof. Omar Nasser, University of Jordan", "o.nasser@ju.edu.jo, +962 6 555 0100"]]),
    ],
    truth=dict(full_name="Lina Haddad", email="lina.haddad.md@gmail.com", phone_e164="+962795553187",
               medical_school="Faculty of Medicine, University of Jordan", medical_school_country="JO", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Rheumatology"], languages=["Arabic", "English", "German"], publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "OH", "2023-06", "2023-08"),
                             E("observership", "Rheumatology", "MI", "2023-05", "2023-05")],
               usce_months=4, usce_months_clinical=4))

P[15] = dict(
    layout="docx_nested", ext="docx",
    header="Tahmina Akter, MBBS",
    personal=[("Name", "Tahmina Akter"), ("Date of birth", "05/08/1995"), ("Nationality", "Bangladeshi"),
              ("Email", "tahmina.akter.dmc@gmail.com"), ("Phone", "+880 1712-559043"), ("ECFMG", "Certified (2023)"),
              ("Career interest", "Pathology (AP/CP)")],
    sections=[
        dict(title="Education", cols=["Session", "Degree", "Institution"], rows=[
            ["2013 – 2019", "MBBS", "Dhaka Medical College, University of Dhaka, Bangladesh"],
            ["2019 – 2020", "Internship", "Dhaka Medical College Hospital"]]),
        dict(title="Examinations", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "Jan 2022", "Pass"], ["USMLE Step 2 CK", "Nov 2022", "240"], ["NBME 11 (practice)", "Oct 2022", "233"]]),
        dict(title="Experience", cols=["Dates", "Role", "Specialty", "Institution"], rows=[
            ["04/2024 – 03/2025", "Research Fellow", "Pathology", "Queen City Pathology Research Lab, Cincinnati, OH, USA"],
            ["05/2025", "Observership (4 weeks)", "Pathology", "Bluegrass Regional Medical Center, Louisville, KY, USA"],
            ["2020 – 2023", "Lecturer", "Pathology", "Sir Salimullah Medical College, Dhaka, Bangladesh"]]),
        dict(title="Publications", cols=["#", "Reference"], rows=[
            ["1", "Akter T, et al. HPV genotypes in cervical biopsies. Bangladesh Med Res Counc Bull. 2021;47:12-8."],
            ["2", "Akter T, Hughes D. Digital pathology QA. Arch Pathol Lab Med. 2025;149:501-7."],
            ["3", "Hughes D, Akter T. Frozen section discordance. Am J Clin Pathol. 2025;163:220-6."]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Bengali", "Native"], ["English", "Fluent"], ["Hindi", "Conversational"]]),
        dict(title="Referees", cols=["Name", "Contact"], rows=[
            ["Dr. David Hughes, Queen City Pathology Research Lab", "dhughes@qcpathlab.org · 513-555-0152"]]),
    ],
    truth=dict(full_name="Tahmina Akter", email="tahmina.akter.dmc@gmail.com", phone_e164="+8801712559043",
               medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Pathology"], languages=["Bengali", "English", "Hindi"], publications=3,
               usce_entries=[E("research", "Pathology", "OH", "2024-04", "2025-03"),
                             E("observership", "Pathology", "KY", "2025-05", "2025-05")],
               usce_months=13, usce_months_clinical=1))

P[16] = dict(
    layout="lo_html2docx", ext="docx",
    header="Ravi Shankar Persaud",
    personal=[("Name", "Ravi Shankar Persaud"), ("Status", "4th-year medical student (MD expected May 2027)"),
              ("Citizenship", "United States citizen"), ("Email", "rpersaud@students.auc-med.edu"), ("Phone", "(718) 555-0161"),
              ("ECFMG", "Pending — Step 2 CK outstanding"), ("Specialty", "Surgery")],
    sections=[
        dict(title="Education", cols=["Dates", "Program", "Institution"], rows=[
            ["Sep 2023 – May 2027 (expected)", "Doctor of Medicine (MD)", "American University of the Caribbean School of Medicine, Sint Maarten"],
            ["2018 – 2022", "BS Biology", "Brooklyn College, CUNY"]]),
        dict(title="Exams", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "Jun 2025", "Pass"], ["UWSA 1 (practice)", "Oct 2026", "241"], ["NBME 11 (practice)", "Nov 2026", "236"]]),
        dict(title="Clinical Rotations", cols=["Dates", "Rotation", "Hospital", "Location"], rows=[
            ["Jul 2025 – Sep 2025", "Internal Medicine core", "Kings Crossing Hospital", "Brooklyn, NY"],
            ["Oct 2025 – Dec 2025", "Surgery core", "Dade North Medical Center", "Miami Gardens, FL"],
            ["Jan 2026 – Feb 2026", "Pediatrics core", "Peachtree Children's Hospital", "Atlanta, GA"],
            ["Mar 2026 – Apr 2026", "Obstetrics & Gynecology core", "Peachtree Women's Center", "Atlanta, GA"],
            ["May 2026 – Jun 2026", "Psychiatry core", "Kings Crossing Hospital", "Brooklyn, NY"],
            ["Jul 2026 – Aug 2026", "Family Medicine elective", "Orange Blossom Family Practice", "Orlando, FL"],
            ["Sep 2026 – present", "Surgery sub-internship", "Dade North Medical Center", "Miami Gardens, FL"]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["English", "Native"], ["Spanish", "Intermediate"]]),
        dict(title="References", cols=["Name", "Contact"], rows=[
            ["Dr. Carlos Mendez, Clerkship Director, Surgery", "cmendez@dadenorthmc.org / 305-555-0140"]]),
    ],
    truth=dict(full_name="Ravi Shankar Persaud", email="rpersaud@students.auc-med.edu", phone_e164="+17185550161",
               medical_school="American University of the Caribbean School of Medicine", medical_school_country="SX", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="citizen",
               specialties=["General Surgery"], languages=["English", "Spanish"], publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "NY", "2025-07", "2025-09"),
                             E("hands_on", "General Surgery", "FL", "2025-10", "2025-12"),
                             E("hands_on", "Pediatrics", "GA", "2026-01", "2026-02"),
                             E("hands_on", "Obstetrics and Gynecology", "GA", "2026-03", "2026-04"),
                             E("hands_on", "Psychiatry", "NY", "2026-05", "2026-06"),
                             E("hands_on", "Family Medicine", "FL", "2026-07", "2026-08"),
                             E("hands_on", "General Surgery", "FL", "2026-09", "2026-12")],
               usce_months=18, usce_months_clinical=18))

# ---------------- scans / photos (rendered by a base toolchain, then rasterized & degraded) ----------------
P[17] = dict(
    layout="scan_docx_labelvalue_pdf", ext="pdf", base="docx_labelvalue",
    header="Dr. Elif Yıldırım",
    personal=[("Name", "Elif Yıldırım"), ("Date of birth", "12.09.1995"), ("Nationality", "Turkish"),
              ("E-mail", "elif.yildirim.md@gmail.com"), ("Phone", "+90 532 418 7720"), ("Visa", "J-1 needed"),
              ("ECFMG", "Certified"), ("Interest", "Diagnostic Radiology")],
    sections=[
        dict(title="Education", cols=["Dates", "Degree", "Institution"], rows=[
            ["2013 – 2019", "MD (Tıp Doktoru)", "Hacettepe University Faculty of Medicine, Ankara, Turkey"]]),
        dict(title="Examinations", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "2022", "Pass"], ["USMLE Step 2 CK", "2023", "250"], ["TUS (Turkey)", "2019", "71.3"]]),
        dict(title="Experience", cols=["Dates", "Role", "Specialty", "Institution"], rows=[
            ["01/2024 – 12/2024", "Research Fellow", "Radiology", "Tobacco Road Imaging Lab, Durham, NC, USA"],
            ["02/2025 – 03/2025", "Observer", "Radiology", "Queen City Radiology Associates, Charlotte, NC, USA"],
            ["2019 – 2023", "Radiology Resident", "Radiology", "Hacettepe University Hospital, Ankara, Turkey"]]),
        dict(title="Publications", cols=["#", "Reference"], rows=[
            ["1", "Yıldırım E, et al. MRI of pediatric appendicitis. Diagn Interv Radiol. 2021;27:512-8."],
            ["2", "Yıldırım E, Carter P. Deep learning for lung nodules. Radiology: AI. 2025;7:e240112."]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Turkish", "Native"], ["English", "Fluent"], ["German", "Intermediate"]]),
        dict(title="Referees", cols=["Name", "Contact"], rows=[["Paul Carter, MD", "pcarter@trimaginglab.org, 919-555-0137"]]),
    ],
    truth=dict(full_name="Elif Yıldırım", email="elif.yildirim.md@gmail.com", phone_e164="+905324187720",
               medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Radiology"], languages=["Turkish", "English", "German"], publications=2,
               usce_entries=[E("research", "Radiology", "NC", "2024-01", "2024-12"),
                             E("observership", "Radiology", "NC", "2025-02", "2025-03")],
               usce_months=14, usce_months_clinical=2))

P[18] = dict(
    layout="scan_reportlab_png", ext="png", base="reportlab_grid",
    header="Mohamed Osman Abdelrahman, MBBS",
    personal=[("Name", "Mohamed Osman Abdelrahman"), ("Year of birth", "1989"), ("Status", "US Permanent Resident"),
              ("Email", "m.osman.abdelrahman@gmail.com"), ("Phone", "+1 612 555 0193"), ("ECFMG", "Certified"),
              ("Specialty", "Family Medicine")],
    sections=[
        dict(title="Education", cols=["Dates", "Degree", "Institution"], rows=[
            ["2009 – 2016", "MBBS", "Faculty of Medicine, University of Khartoum, Sudan"]]),
        dict(title="Examinations", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "2019", "Pass"], ["USMLE Step 2 CK", "2020", "233"], ["USMLE Step 3", "2023", "215"]]),
        dict(title="Experience", cols=["Dates", "Role", "Specialty", "Institution"], rows=[
            ["10/2024 – 12/2024", "Hands-on externship", "Family Medicine", "North Loop Family Clinic, Minneapolis, MN"],
            ["08/2024 – 09/2024", "Observership", "Family Medicine", "Summit Avenue Health, St. Paul, MN"],
            ["2017 – 2022", "General Practitioner", "Primary care", "Ministry of Health PHC, Riyadh, Saudi Arabia"]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Arabic", "Native"], ["English", "Fluent"]]),
        dict(title="References", cols=["Name", "Contact"], rows=[["Dr. Karen Olson", "kolson@northloopfc.org, 612-555-0111"]]),
    ],
    truth=dict(full_name="Mohamed Osman Abdelrahman", email="m.osman.abdelrahman@gmail.com", phone_e164="+16125550193",
               medical_school="Faculty of Medicine, University of Khartoum", medical_school_country="SD", graduation_year=2016, is_student=False,
               usmle_step1="pass", usmle_step2ck=233, usmle_step3=215, ecfmg_status="certified", visa_status="green_card",
               specialties=["Family Medicine"], languages=["Arabic", "English"], publications=0,
               usce_entries=[E("hands_on", "Family Medicine", "MN", "2024-10", "2024-12"),
                             E("observership", "Family Medicine", "MN", "2024-08", "2024-09")],
               usce_months=5, usce_months_clinical=5))

P[19] = dict(
    layout="photo_chromium_jpg", ext="jpg", base="chromium_gdocs",
    header="Nguyễn Thị Lan Anh",
    personal=[("Email", "lananh.nguyen.hmu@gmail.com"), ("Phone", "+84 912 374 118"), ("City", "Hanoi, Vietnam"),
              ("Visa", "J-1 required"), ("ECFMG", "Certified"), ("Interests", "Internal Medicine, Endocrinology")],
    sections=[
        dict(title="Education", cols=["Period", "Degree", "Institution"], rows=[
            ["2014 – 2020", "Medical Doctor (MD)", "Hanoi Medical University, Vietnam"]]),
        dict(title="Exams", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "2022", "Pass"], ["USMLE Step 2 CK", "2023", "247"]]),
        dict(title="Experience", cols=["When", "What", "Where"], rows=[
            ["Jun 2023 – May 2024", "Research fellow — Endocrinology", "Willamette Diabetes Institute, Portland, OR"],
            ["Jun 2024", "Observership — Endocrinology", "Willamette Diabetes Institute, Portland, OR"],
            ["2020 – 2023", "Resident — Endocrinology", "Bach Mai Hospital, Hanoi, Vietnam"]]),
        dict(title="Publications", cols=["Year", "Reference"], rows=[
            ["2024", "Nguyen TLA, Brooks S. CGM use in gestational diabetes. Diabetes Care. 2024;47:1201-8."]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Vietnamese", "Native"], ["English", "Fluent"], ["French", "Basic"]]),
    ],
    truth=dict(full_name="Nguyễn Thị Lan Anh", email="lananh.nguyen.hmu@gmail.com", phone_e164="+84912374118",
               medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Endocrinology"], languages=["Vietnamese", "English", "French"], publications=1,
               usce_entries=[E("research", "Endocrinology", "OR", "2023-06", "2024-05"),
                             E("observership", "Endocrinology", "OR", "2024-06", "2024-06")],
               usce_months=13, usce_months_clinical=1))

P[20] = dict(
    layout="scan_fpdf2_lowcontrast_pdf", ext="pdf", base="fpdf2_table",
    header="Santiago Restrepo Gómez, MD",
    personal=[("Name", "Santiago Restrepo Gómez"), ("Date of birth", "30/01/1993"), ("Nationality", "Colombian"),
              ("Email", "santiago.restrepo.md@gmail.com"), ("Phone", "+57 310 455 2291"), ("Visa", "B1/B2 visa holder"),
              ("ECFMG", "Certified"), ("Interest", "Pulmonary and Critical Care Medicine")],
    sections=[
        dict(title="Education", cols=["Dates", "Degree", "Institution"], rows=[
            ["2011 – 2019", "Médico y Cirujano", "Facultad de Medicina, Universidad de Antioquia, Medellín, Colombia"]]),
        dict(title="Examinations", cols=["Exam", "Date", "Result"], rows=[
            ["USMLE Step 1", "2021", "Pass"], ["USMLE Step 2 CK", "2022", "238"]]),
        dict(title="Clinical Experience", cols=["Dates", "Role", "Specialty", "Institution", "Location"], rows=[
            ["05/2024 – 06/2024", "Hands-on externship", "Pulmonary/Critical Care (ICU)", "Wasatch Medical Center", "Salt Lake City, UT"],
            ["02/2024 – 03/2024", "Observership", "Pulmonary & Critical Care", "Front Range Lung Center", "Denver, CO"],
            ["2020 – 2023", "Médico general (ICU)", "Critical Care", "Hospital San Vicente Fundación", "Medellín, Colombia"]]),
        dict(title="Publications", cols=["#", "Reference"], rows=[
            ["1", "Restrepo S, et al. Prone positioning in COVID ARDS. Rev Colomb Neumol. 2021;33:22-9."],
            ["2", "Restrepo S, Hale J. ECMO transport outcomes. Chest. 2025;167:880-8."]]),
        dict(title="Languages", cols=["Language", "Level"], rows=[["Spanish", "Native"], ["English", "Fluent"], ["Portuguese", "Intermediate"]]),
    ],
    truth=dict(full_name="Santiago Restrepo Gómez", email="santiago.restrepo.md@gmail.com", phone_e164="+573104552291",
               medical_school="Facultad de Medicina, Universidad de Antioquia", medical_school_country="CO", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Pulmonology/Critical Care"], languages=["Spanish", "English", "Portuguese"], publications=2,
               usce_entries=[E("hands_on", "Pulmonology/Critical Care", "UT", "2024-05", "2024-06"),
                             E("observership", "Pulmonology/Critical Care", "CO", "2024-02", "2024-03")],
               usce_months=4, usce_months_clinical=4))

P[21] = dict(
    layout="scan_calc_png", ext="png", base="calc_xlsx2pdf",
    header="Katarzyna Nowak-Wiśniewska — CV",
    personal=[("Name", "Katarzyna Nowak-Wiśniewska"), ("Year of birth", "1997"), ("Nationality", "Polish"),
              ("Email", "k.nowak.wisniewska@wp.pl"), ("Phone", "+48 601 337 842"), ("ECFMG", "Certified"),
              ("Objective", "Emergency Medicine residency")],
    sections=[
        dict(title="Education", cols=["Start", "End", "Degree", "Institution"], rows=[
            ["2016", "2022", "Lekarz (MD)", "Medical University of Warsaw, Poland"]]),
        dict(title="Exams", cols=["Exam", "Date", "Score"], rows=[
            ["USMLE Step 1", "2024", "Pass"], ["USMLE Step 2 CK", "2025", "259"], ["LEK (Poland)", "2022", "171/200"]]),
        dict(title="Clinical Experience", cols=["Start", "End", "Type", "Specialty", "City, State"], rows=[
            ["11/2025", "01/2026", "Hands-on externship", "Emergency Medicine", "Phoenix, AZ"],
            ["10/2022", "09/2025", "Emergency physician", "SOR", "Warsaw, Poland"]]),
        dict(title="Publications", cols=["#", "Item"], rows=[
            ["1", "Nowak-Wiśniewska K. Trauma triage in Warsaw. Emerg Med Serv. 2024;11:44-50."]]),
        dict(title="Languages", cols=["Polish", "English", "German"], rows=[["Native", "C2", "B2"]]),
    ],
    truth=dict(full_name="Katarzyna Nowak-Wiśniewska", email="k.nowak.wisniewska@wp.pl", phone_e164="+48601337842",
               medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=259, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Emergency Medicine"], languages=["Polish", "English", "German"], publications=1,
               usce_entries=[E("hands_on", "Emergency Medicine", "AZ", "2025-11", "2026-01")],
               usce_months=3, usce_months_clinical=3))
