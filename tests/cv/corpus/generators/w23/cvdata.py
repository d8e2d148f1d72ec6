# -*- coding: utf-8 -*-
"""Content + truth for w23 CVs (South Asia / Middle East self-made Word CVs)."""
T = "table"

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

CVS = []

# 001 ---------------------------------------------------------------------
CVS.append(dict(
 n=1, layout="docx_qualtable", fmt="docx", contacts="body",
 title="CURRICULUM VITAE", name_display="Dr. Muhammad Usman Saeed (MBBS)",
 contacts_lines=["House # 42, Street 7, Johar Town, Lahore, Pakistan",
                 "Cell: +92 321 4478109   |   Email: usman.saeed.kemu@gmail.com",
                 "Date of Birth: 14-02-1996   |   Nationality: Pakistani"],
 sections=[
  ("CAREER OBJECTIVE", ["Aspiring Internal Medicine resident seeking a categorical position in a US residency program (Match 2027). Particular interest in Cardiology."]),
  ("ACADEMIC QUALIFICATIONS", [(T, ["Degree", "Institution", "Year", "Marks"], [
      ["MBBS", "King Edward Medical University, Lahore", "2021", "3618/4700 (77%)"],
      ["F.Sc. (Pre-Medical)", "Govt. College University, Lahore", "2015", "1012/1100"],
      ["Matric (Science)", "Crescent Model School, Lahore", "2013", "1021/1050"]])]),
  ("USMLE / ECFMG", [(T, ["Examination", "Result", "Date"], [
      ["USMLE Step 1", "Passed (first attempt)", "Jan 2023"],
      ["USMLE Step 2 CK", "248", "Jun 2023"],
      ["OET Medicine", "Grade B (all sub-tests)", "Mar 2023"],
      ["ECFMG Certification", "Certified", "Aug 2023"]])]),
  ("HOUSE JOB", ["House Officer, Medicine & Allied - Mayo Hospital, Lahore (01/2022 - 06/2022)",
                 "House Officer, Surgery - Mayo Hospital, Lahore (07/2022 - 12/2022)"]),
  ("US CLINICAL EXPERIENCE", [
      "Clinical Observership - Internal Medicine, Cleveland Clinic, Ohio   Mar 2024 - May 2024",
      "   Attended rounds with hospitalist teams, wrote H&Ps for review, presented at morning report.",
      "Research Fellow (Cardiology) - University of Pittsburgh Medical Center, Pittsburgh, PA   Jun 2024 - Present",
      "   Retrospective outcomes research in heart failure with preserved EF."]),
  ("PUBLICATIONS", [
      "1. Saeed MU, Iqbal A, Rehman H. Dengue-associated myocarditis in Lahore: a case series. J Pak Med Assoc. 2022;72(9):1811-1815.",
      "2. Saeed MU, Farooq S, et al. Predictors of 30-day readmission in HFpEF. Cureus. 2025;17(3):e80412.",
      "3. Poster: Saeed MU et al. 'Sodium-glucose cotransporter-2 inhibitors in HFpEF' - ACC Quality Summit, 2024.",
      "4. Abstract: Saeed MU. Troponin kinetics after elective PCI. Circulation. 2024;150(Suppl 1):A4411."]),
  ("LANGUAGES", ["English (fluent), Urdu (native), Punjabi (native)"]),
  ("REFERENCES", ["Prof. Dr. Khalid Mahmood, Head of Medicine Unit II, Mayo Hospital Lahore - khalid.mahmood@kemu.edu.pk - +92 300 8465321",
                  "Dr. Jennifer Walsh, MD, Cleveland Clinic - walshj2@ccf.org - (216) 444-2200"])],
 truth=dict(full_name="Muhammad Usman Saeed", email="usman.saeed.kemu@gmail.com", phone_e164="+923214478109",
  medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
  specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"], visa_status=None, publications=2,
  usce_entries=[E("observership", "Internal Medicine", "OH", "2024-03", "2024-05"), E("research", "Cardiology", "PA", "2024-06", "2026-12")]),
 tricky="qualification table with Matric/FSc rows; 'Present' research; poster+abstract mixed in numbered list; referee contacts"))

# 002 ---------------------------------------------------------------------
CVS.append(dict(
 n=2, layout="docx_header", fmt="docx", contacts="header",
 title=None, name_display="Dr. Priya Raghunathan, MBBS",
 contacts_lines=["Dr. Priya Raghunathan, MBBS", "No. 14, 2nd Cross Street, Anna Nagar West, Chennai 600040", "Mobile: +91 98410 27735  •  priya.raghu.mmc@outlook.com"],
 sections=[
  ("Objective", ["Aspiring Internal Medicine resident. Committed, empathetic physician looking for a residency position in Internal Medicine starting July 2027; will require J-1 visa sponsorship."]),
  ("Education", [(T, ["Degree", "Institution", "University", "Year of Passing", "Percentage"], [
      ["MBBS", "Madras Medical College, Chennai", "The Tamil Nadu Dr. M.G.R. Medical University", "2020", "71.4%"],
      ["Class XII (CBSE)", "DAV Boys Senior Secondary School", "CBSE", "2014", "94.2%"]])]),
  ("Internship", ["Compulsory Rotatory Residential Internship (CRRI), Rajiv Gandhi Government General Hospital, Chennai — April 2020 to March 2021"]),
  ("Work Experience", ["Junior Resident (non-academic), Department of General Medicine, Stanley Medical College Hospital, Chennai — 05/2021 – 11/2023"]),
  ("Exam Scores", [(T, ["Exam", "Score / Result"], [
      ["USMLE Step 1", "Passed (first attempt)"],
      ["USMLE Step 2 CK", "255"],
      ["NBME CBSSA (practice)", "262"],
      ["ECFMG", "Certified — 12 October 2023"]])]),
  ("USCE", [
      "Observership – Internal Medicine",
      "Mount Sinai Hospital, New York, NY",
      "January 2024 – February 2024",
      "",
      "Hands-on Clinical Externship – Family Medicine",
      "Jackson Park Hospital, Chicago, IL",
      "June 2024"]),
  ("Languages", ["English, Tamil, Hindi, Malayalam (spoken)"]),
  ("Hobbies", ["Carnatic music, marathon running"])],
 truth=dict(full_name="Priya Raghunathan", email="priya.raghu.mmc@outlook.com", phone_e164="+919841027735",
  medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
  specialties=["Internal Medicine"], languages=["English", "Tamil", "Hindi", "Malayalam"], visa_status="j1", publications=0,
  usce_entries=[E("observership", "Internal Medicine", "NY", "2024-01", "2024-02"), E("hands_on", "Family Medicine", "IL", "2024-06", "2024-06")]),
 tricky="name/phone/email only in page header; NBME practice score in the exam table; no publications section; single-month externship"))

# 003 ---------------------------------------------------------------------
CVS.append(dict(
 n=3, layout="pdf_twocol", fmt="pdf", contacts="twocol",
 title=None, name_display="MOHAMMAD TANVIR HASAN",
 contacts_lines=["Phone: +880 1711-582934", "E-mail: tanvir.hasan.dmc@yahoo.com", "Address: 27/B Green Road, Dhanmondi, Dhaka-1205, Bangladesh"],
 sections=[
  ("Personal Details", ["Date of birth: 03.09.1994", "Nationality: Bangladeshi", "Religion: Islam", "Marital status: Married"]),
  ("Career Goal", ["To train in Internal Medicine in the United States and later sub-specialise in Neurology."]),
  ("Education", ["MBBS, Dhaka Medical College (University of Dhaka), session 2012-13, passed Final Prof. in Nov 2018",
                 "HSC, Notre Dame College, Dhaka, 2011 — GPA 5.00", "SSC, Ideal School & College, 2009 — GPA 5.00"]),
  ("Internship", ["Intern Doctor, Dhaka Medical College Hospital, 01.2019 – 12.2019 (Medicine, Surgery, Gynae & Obs)"]),
  ("USMLE", ["Step 1 – PASS (2021)", "Step 2 CK – 239 (2022)", "OET – passed (Jan 2023)", "ECFMG certification: pending (awaiting Pathway 1 verification)"]),
  ("US Clinical Experience", ["Observership, Internal Medicine", "Brookdale University Hospital Medical Center", "Brooklyn, NY", "Sep 2023 – Nov 2023",
                              "Research Volunteer, Department of Neurology", "Johns Hopkins University School of Medicine, Baltimore, MD", "2024.01 – 2024.06"]),
  ("Publications & Presentations", ["Hasan MT, Rahman S, Akter N. Guillain-Barré syndrome after dengue infection: a case report. Bangladesh J Neurosci. 2021;37(2):112-115.",
                                    "Poster — Stroke in young adults in Dhaka. Bangladesh Society of Medicine Annual Conference, 2020.",
                                    "Poster — Post-stroke depression screening. AAN Annual Meeting, Denver, 2024."]),
  ("Languages", ["Bengali (Bangla) – mother tongue; English – fluent"]),
  ("Referees", ["Prof. Dr. A.K.M. Mosharraf Hossain, Professor of Medicine, DMCH. Phone: +880 1819-223344. Email: akm.mosharraf@dmc.gov.bd"])],
 truth=dict(full_name="Mohammad Tanvir Hasan", email="tanvir.hasan.dmc@yahoo.com", phone_e164="+8801711582934",
  medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending",
  specialties=["Internal Medicine", "Neurology"], languages=["Bengali", "English"], visa_status=None, publications=1,
  usce_entries=[E("observership", "Internal Medicine", "NY", "2023-09", "2023-11"), E("research", "Neurology", "MD", "2024-01", "2024-06")]),
 tricky="two-column layout table, section labels in left column, converted by soffice; city on the line after hospital; dates 2024.01; name in caps"))

# 004 ---------------------------------------------------------------------
CVS.append(dict(
 n=4, layout="odt_plain", fmt="odt", contacts="body",
 title="Curriculum Vitae", name_display="Sushant Raj Adhikari",
 contacts_lines=["Maharajgunj-3, Kathmandu, Nepal", "sushant.adhikari22@gmail.com", "+977-9841-356720"],
 sections=[
  ("Profile", ["MBBS graduate from Nepal aspiring to a Pediatrics residency in the US. Currently in the US on a B1/B2 visitor visa for observerships."]),
  ("Education", ["MBBS — Maharajgunj Medical Campus, Institute of Medicine, Tribhuvan University, Kathmandu (2016 – 2022)",
                 "Internship — Tribhuvan University Teaching Hospital (TUTH), 2021–2022"]),
  ("Work", ["Medical Officer, Kanti Children's Hospital, Kathmandu — Aug 2022 to Feb 2024"]),
  ("Examinations", ["USMLE Step 1: Passed (first attempt), March 2023", "USMLE Step 2 CK: scheduled, July 2025",
                    "ECFMG: not yet certified", "NMC Nepal Licensing Exam: passed 2022"]),
  ("Clinical Experience (North America)", ["Observer, Division of General Pediatrics, The Hospital for Sick Children (SickKids), Toronto, ON, Canada — Apr 2024",
                                           "Observership, Pediatrics — University of Toledo Medical Center, Toledo, OH — Summer 2024 (June–August)"]),
  ("Publications", ["None so far; one case report under review."]),
  ("Languages", ["Nepali, English, Hindi, Maithili"]),
  ("Referee", ["Dr. Ganesh Kumar Rai, Professor, Department of Pediatrics, IOM — gkrai@iom.edu.np"])],
 truth=dict(full_name="Sushant Raj Adhikari", email="sushant.adhikari22@gmail.com", phone_e164="+9779841356720",
  medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
  specialties=["Pediatrics"], languages=["Nepali", "English", "Hindi", "Maithili"], visa_status="b1b2", publications=0,
  usce_entries=[E("observership", "Pediatrics", "OH", "2024-06", "2024-08")]),
 tricky="Canadian observership (not USCE); 'Summer 2024 (June–August)'; manuscript under review not counted"))

# 005 ---------------------------------------------------------------------
CVS.append(dict(
 n=5, layout="rtf_wordpad", fmt="rtf", contacts="body",
 title="CURRICULUM VITAE", name_display="Dr. Tharindu Dilshan Wijesinghe MBBS (Colombo)",
 contacts_lines=["No. 118/4, Kandy Road, Kiribathgoda, Sri Lanka", "Tel: +94 77 318 6642", "Email: tharindu.wijesinghe@hotmail.com"],
 sections=[
  ("Personal Statement", ["Internal Medicine applicant with a strong interest in Cardiology. Seeking H-1B visa sponsorship."]),
  ("Qualifications", ["MBBS (Colombo) - Faculty of Medicine, University of Colombo, 2018 (Second Class Upper)",
                      "PLAB 1 - Passed (2019)", "USMLE Step 1 - Pass", "USMLE Step 2 CK - 232", "USMLE Step 3 - 221",
                      "ECFMG Certified - February 2021"]),
  ("Internship", ["Intern House Officer, National Hospital of Sri Lanka, Colombo: 2019/01 - 2019/12"]),
  ("US Experience", ["Research Fellow, Division of Cardiology, UT Southwestern Medical Center, Dallas, TX. 03/2022 - 08/2023",
                     "Clinical Observer, Cardiology, Baylor Scott & White Medical Center, Temple, TX. 09/2023 - 10/2023"]),
  ("Peer-reviewed Publications", ["1. Wijesinghe TD, et al. Atrial fibrillation in rheumatic heart disease. Ceylon Med J. 2020;65:44-49.",
                                  "2. Wijesinghe TD, Patel R, Khera A. Lp(a) and coronary calcium. JACC Adv. 2023;2:100311.",
                                  "3. Wijesinghe TD, et al. Sex differences in statin eligibility. Am J Prev Cardiol. 2023;14:100488.",
                                  "4. Khera A, Wijesinghe TD. Polygenic risk in South Asians. Circ Genom Precis Med. 2024;17:e004210."]),
  ("Abstracts", ["1. AHA Scientific Sessions 2022 (poster)", "2. ACC.23 (moderated poster)", "3. AHA 2023 (abstract, Circulation supplement)"]),
  ("Languages", ["Sinhala, Tamil, English"]),
  ("Referees", ["Dr. Amit Khera, UT Southwestern, amit.khera@utsouthwestern.edu, +1 214 645 7500"])],
 truth=dict(full_name="Tharindu Dilshan Wijesinghe", email="tharindu.wijesinghe@hotmail.com", phone_e164="+94773186642",
  medical_school="Faculty of Medicine, University of Colombo", medical_school_country="LK", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=232, usmle_step3=221, ecfmg_status="certified",
  specialties=["Internal Medicine", "Cardiology"], languages=["Sinhala", "Tamil", "English"], visa_status="h1b", publications=4,
  usce_entries=[E("research", "Cardiology", "TX", "2022-03", "2023-08"), E("observership", "Cardiology", "TX", "2023-09", "2023-10")]),
 tricky="RTF; Step 3 score present; PLAB 1; abstracts listed separately; US referee phone"))

# 006 ---------------------------------------------------------------------
CVS.append(dict(
 n=6, layout="pdf_contacttable", fmt="pdf", contacts="table",
 title=None, name_display="Ahmed Mohamed Abdelrahman, M.B.B.Ch.",
 contacts_lines=[("Mobile", "+20 100 742 1983"), ("E-mail", "ahmed.abdelrahman.md@gmail.com"), ("Address", "12 Abbas El-Akkad St., Nasr City, Cairo, Egypt"), ("Date of birth", "21/07/1996")],
 sections=[
  ("Objective", ["Seeking a residency position in Internal Medicine with future fellowship in Gastroenterology. J-1 visa."]),
  ("Education", [(T, ["Degree", "Institution", "Year", "Grade"], [
      ["M.B.B.Ch.", "Faculty of Medicine, Cairo University (Kasr Al Ainy)", "2020", "Very Good with Honors (82.3%)"],
      ["Thanaweya Amma", "El Horreya Language School, Giza", "2013", "99.1%"]])]),
  ("Internship", ["Intern, Kasr Al Ainy University Hospitals, Mar 2021 – Feb 2022", "Resident, Internal Medicine, Ministry of Health, El Sahel Teaching Hospital, 2022 – 2023"]),
  ("USMLE & ECFMG", [(T, ["Exam", "Result", "Date"], [
      ["Step 1", "Pass", "09/2022"], ["Step 2 CK", "244", "02/2023"], ["ECFMG", "Certified", "05/2023"]])]),
  ("U.S. Clinical Experience", [(T, ["Dates", "Position", "Institution"], [
      ["Jun 2023 – Jul 2023", "Observership, Gastroenterology", "Cleveland Clinic, Ohio"],
      ["2024-02 – 2024-04", "Externship (hands-on), Internal Medicine", "Saint Michael's Medical Center, Newark, NJ"]])]),
  ("Publications", ["Abdelrahman AM, Hassan MS, Elshazly M. Non-invasive fibrosis scores in Egyptian NAFLD patients. Egypt Liver J. 2022;12:41.",
                    "Abdelrahman AM, et al. Hepatitis C elimination in Egypt: outcomes of the 100 Million Healthy Lives campaign. World J Hepatol. 2023;15(4):512-520.",
                    "Poster: H. pylori eradication failure rates in Cairo. Digestive Disease Week (DDW), Chicago, 2024."]),
  ("Languages", ["Arabic (native), English (fluent), German (A2)"])],
 truth=dict(full_name="Ahmed Mohamed Abdelrahman", email="ahmed.abdelrahman.md@gmail.com", phone_e164="+201007421983",
  medical_school="Faculty of Medicine, Cairo University", medical_school_country="EG", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
  specialties=["Internal Medicine", "Gastroenterology"], languages=["Arabic", "English", "German"], visa_status="j1", publications=2,
  usce_entries=[E("observership", "Gastroenterology", "OH", "2023-06", "2023-07"), E("hands_on", "Internal Medicine", "NJ", "2024-02", "2024-04")]),
 tricky="contacts in a 2-column table at top; USCE in a table with dates first; 'Cleveland Clinic, Ohio' (state name, no city)"))

# 007 ---------------------------------------------------------------------
CVS.append(dict(
 n=7, layout="odt_table", fmt="odt", contacts="table",
 title="CURRICULUM VITAE", name_display="Lina Khaled Al-Masri",
 contacts_lines=[("Phone", "+962 79 584 2210"), ("Email", "lina.almasri@ju.edu.jo"), ("City", "Amman, Jordan")],
 sections=[
  ("Career Interests", ["Neurology and Psychiatry residency applicant (NRMP 2027)."]),
  ("Education", [(T, ["Degree", "Institution", "Graduation", "GPA"], [
      ["Doctor of Medicine (MD)", "Faculty of Medicine, The University of Jordan", "June 2023", "3.71/4.00 (Excellent)"]])]),
  ("Internship", ["Rotating Intern, Jordan University Hospital, Amman — 07/2023 – 06/2024"]),
  ("Licensing Exams", [(T, ["Exam", "Result"], [["USMLE Step 1", "Pass"], ["USMLE Step 2 CK", "260"], ["ECFMG certificate", "Issued 08/2024"], ["Jordan Medical Council Licensure", "Passed"]])]),
  ("US Clinical Experience", [
      "Henry Ford Hospital, Detroit, MI — Observership, Neurology (stroke service), Jul 2024 – Aug 2024",
      "Larkin Community Hospital, Miami, FL — Telehealth elective (virtual), Psychiatry, October 2024"]),
  ("Research", ["Hussein Research Group, University of Jordan — Multiple sclerosis registry, 2021 – 2023"]),
  ("Publications", ["Al-Masri LK, Dahbour S, et al. Prevalence of MOGAD among Jordanian patients with demyelinating disease. Mult Scler Relat Disord. 2023;79:104981.",
                    "Al-Masri LK. Abstract: Migraine burden in medical students. Headache. 2022;62(S1):112."]),
  ("Languages", ["Arabic, English, French (intermediate)"])],
 truth=dict(full_name="Lina Khaled Al-Masri", email="lina.almasri@ju.edu.jo", phone_e164="+962795842210",
  medical_school="Faculty of Medicine, The University of Jordan", medical_school_country="JO", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified",
  specialties=["Neurology", "Psychiatry"], languages=["Arabic", "English", "French"], visa_status=None, publications=1,
  usce_entries=[E("observership", "Neurology", "MI", "2024-07", "2024-08"), E("telehealth", "Psychiatry", "FL", "2024-10", "2024-10")]),
 tricky="ODT via odfpy; contacts in table; telehealth entry; home-country research not USCE"))

# 008 ---------------------------------------------------------------------
CVS.append(dict(
 n=8, layout="txt_email", fmt="txt", contacts="body",
 title=None, name_display="Mustafa Haider Al-Jubouri",
 contacts_lines=["Baghdad, Iraq | WhatsApp: +964 770 219 8834 | mustafa.aljubouri91@gmail.com"],
 sections=[],
 truth=dict(full_name="Mustafa Haider Al-Jubouri", email="mustafa.aljubouri91@gmail.com", phone_e164="+9647702198834",
  medical_school="University of Baghdad College of Medicine", medical_school_country="IQ", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="pending",
  specialties=["Internal Medicine", "Family Medicine"], languages=["Arabic", "English", "Kurdish"], visa_status="j1", publications=0,
  usce_entries=[E("observership", "Internal Medicine", "NY", "2023-11", "2023-12")]),
 tricky="plain text pasted into an email with forwarding header and signature; no publications"))

# 009 ---------------------------------------------------------------------
CVS.append(dict(
 n=9, layout="docx_twocol", fmt="docx", contacts="twocol",
 title=None, name_display="Rama Al-Halabi, MD",
 contacts_lines=["Cell: (617) 555-0193", "Email: rama.halabi.md@gmail.com", "Boston, MA (US Permanent Resident – Green Card holder)"],
 sections=[
  ("Objective", ["Internal Medicine residency with long-term goal of Hematology/Oncology fellowship."]),
  ("Education", ["Doctor of Medicine, Faculty of Medicine, Damascus University, Syria — 2015–2021",
                 "Internship: Al-Assad University Hospital, Damascus, 2021–2022"]),
  ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 241", "ECFMG: Certified (March 2023)"]),
  ("US Clinical Experience", ["Observership, Hematology/Oncology", "University of Chicago Medicine", "Chicago, IL", "Jan 2025 – Mar 2025"]),
  ("Research", ["Postdoctoral Research Fellow, Lymphoma Program", "Dana-Farber Cancer Institute, Boston, MA", "04/2025 – present"]),
  ("Publications", ["1. Al-Halabi R, et al. CAR-T toxicity in elderly patients. Blood Adv. 2025;9:1120-1131.",
                    "2. Al-Halabi R, Jacobsen E. Bispecific antibodies in follicular lymphoma. Leuk Lymphoma. 2025;66:455-462.",
                    "3. Khoury M, Al-Halabi R. Thalassemia care in displaced Syrian children. Hemoglobin. 2022;46:201-205.",
                    "Posters: ASH 2025 (x2)"]),
  ("Languages", ["Arabic (native), English (fluent), Turkish (conversational)"]),
  ("References", ["Eric Jacobsen, MD — Dana-Farber — eric_jacobsen@dfci.harvard.edu — 617-632-3000"])],
 truth=dict(full_name="Rama Al-Halabi", email="rama.halabi.md@gmail.com", phone_e164="+16175550193",
  medical_school="Faculty of Medicine, Damascus University", medical_school_country="SY", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
  specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Arabic", "English", "Turkish"], visa_status="green_card", publications=3,
  usce_entries=[E("observership", "Hematology/Oncology", "IL", "2025-01", "2025-03"), E("research", "Hematology/Oncology", "MA", "2025-04", "2026-12")]),
 tricky="two-column layout table (labels left); US phone; city on next line; ongoing research 'present'"))

# 010 ---------------------------------------------------------------------
CVS.append(dict(
 n=10, layout="pdf_header", fmt="pdf", contacts="header",
 title=None, name_display="Seyed Amirhossein Mousavi, MD",
 contacts_lines=["Seyed Amirhossein Mousavi, MD  |  سید امیرحسین موسوی", "New Haven, CT  •  +1 (203) 555-0148  •  a.mousavi.tums@gmail.com"],
 sections=[
  ("Summary", ["Psychiatry applicant with four years of clinical research in mood disorders. US permanent resident (Green Card)."]),
  ("Education", [(T, ["Degree", "Institution", "Years", "GPA"], [
      ["Doctor of Medicine (MD)", "Tehran University of Medical Sciences, Tehran, Iran", "2013 – 2020", "17.8/20"]])]),
  ("Clinical Training", ["General Practitioner (mandatory service), Shahid Beheshti Health Center, Qazvin — 2020/09 – 2022/08"]),
  ("USMLE", ["Step 1: Passed", "Step 2 CK: 252", "ECFMG Certified: 11/2022"]),
  ("US Experience", ["Research Fellow — Department of Psychiatry, Yale School of Medicine, New Haven, CT — 2023.01 – 2024.12",
                     "Clinical Observer — Psychiatry", "Massachusetts General Hospital", "Boston, MA", "2025.01 – 2025.02"]),
  ("Publications (peer-reviewed)", ["Mousavi SA, et al. Ketamine response in treatment-resistant depression. J Affect Disord. 2023;331:12-19.",
      "Mousavi SA, Krystal JH. Glutamate modulators in bipolar depression. Biol Psychiatry. 2024;95:88-97.",
      "Sanacora G, Mousavi SA. Esketamine real-world outcomes. Am J Psychiatry. 2024;181:300-309.",
      "Mousavi SA, et al. Suicidality in Iranian medical residents. Iran J Psychiatry. 2021;16:201-208.",
      "Mousavi SA, et al. Lithium and renal function. Bipolar Disord. 2025;27:40-49."]),
  ("Posters", ["APA Annual Meeting 2024, New York; SOBP 2025, Toronto"]),
  ("Languages", ["Farsi (native), English (fluent), Azerbaijani Turkish (spoken), Arabic (reading)"]),
  ("Interests", ["Neurology-psychiatry interface; interested in Psychiatry and Neurology residency programs"])],
 truth=dict(full_name="Seyed Amirhossein Mousavi", email="a.mousavi.tums@gmail.com", phone_e164="+12035550148",
  medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified",
  specialties=["Psychiatry", "Neurology"], languages=["Persian", "English", "Azerbaijani", "Arabic"], visa_status="green_card", publications=5,
  usce_entries=[E("research", "Psychiatry", "CT", "2023-01", "2024-12"), E("observership", "Psychiatry", "MA", "2025-01", "2025-02")]),
 tricky="contacts + Persian-script name only in page header (soffice PDF); Farsi -> Persian; 'Azerbaijani Turkish'"))

# 011 ---------------------------------------------------------------------
CVS.append(dict(
 n=11, layout="docx_qualtable", fmt="docx", contacts="body",
 title="Curriculum Vitae", name_display="Abdullah Fahad Al-Otaibi",
 contacts_lines=["Riyadh, Kingdom of Saudi Arabia", "Mobile: 00966 55 431 7720", "Email: a.alotaibi.ksu@gmail.com"],
 sections=[
  ("Objective", ["Internal Medicine residency leading to Pulmonary and Critical Care Medicine fellowship; sponsored by the Saudi Ministry of Education (J-1 visa)."]),
  ("Qualifications", [(T, ["Degree", "Institution", "Year", "Marks"], [
      ["MBBS", "College of Medicine, King Saud University, Riyadh", "2022", "GPA 4.62/5 (Excellent, 2nd Honors)"],
      ["Saudi Medical Licensing Exam (SMLE)", "Saudi Commission for Health Specialties", "2022", "Passed"]])]),
  ("Internship", ["Internship year, King Khalid University Hospital, Riyadh (Jul 2022 – Jun 2023)"]),
  ("USMLE", [(T, ["Step", "Result", "Attempt"], [["Step 1", "Pass", "First"], ["Step 2 CK", "257", "First"], ["ECFMG", "Certified (Oct 2023)", "—"]])]),
  ("US Clinical Experience", [
      "Sub-internship (hands-on), Emergency Medicine – Jackson Memorial Hospital / University of Miami, Miami, FL – July–August 2021 (as a medical student)",
      "Observership, Pulmonary & Critical Care – Mayo Clinic, Rochester, MN – 2024-09 to 2024-10"]),
  ("Publications", ["Al-Otaibi AF, et al. Obstructive sleep apnea screening in Riyadh. Ann Thorac Med. 2023;18:77-83.",
                    "Al-Otaibi AF, Alqahtani S. Hajj-related pneumonia: a 5-year review. Saudi Med J. 2024;45:330-336.",
                    "Abstract: COVID-19 ICU outcomes at KKUH. Chest. 2022;162(4 Suppl):A1021."]),
  ("Languages", ["Arabic (native), English (fluent)"])],
 truth=dict(full_name="Abdullah Fahad Al-Otaibi", email="a.alotaibi.ksu@gmail.com", phone_e164="+966554317720",
  medical_school="College of Medicine, King Saud University", medical_school_country="SA", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified",
  specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Arabic", "English"], visa_status="j1", publications=2,
  usce_entries=[E("hands_on", "Emergency Medicine", "FL", "2021-07", "2021-08"), E("observership", "Pulmonology/Critical Care", "MN", "2024-09", "2024-10")]),
 tricky="phone with 00966 prefix; SMLE row in qualification table; EM sub-I as student is USCE but EM is not a pursued specialty"))

# 012 ---------------------------------------------------------------------
CVS.append(dict(
 n=12, layout="pdf_contacttable", fmt="pdf", contacts="table",
 title="CURRICULUM VITAE", name_display="Ayesha Siddiqa Malik",
 contacts_lines=[("Email", "ayesha.malik@scholar.aku.edu"), ("Phone", "+92 333 2190457"), ("Address", "Stadium Road, Karachi 74800, Pakistan")],
 sections=[
  ("Objective", ["Final-year medical student planning to apply to Pediatrics residency in the US after graduation."]),
  ("Education", [(T, ["Degree", "Institution", "Year", "Marks"], [
      ["MBBS (in progress, final year)", "Aga Khan University Medical College, Karachi", "Expected 2027", "Honors in Pediatrics clerkship"],
      ["A-Levels", "Karachi Grammar School", "2021", "A*A*A"]])]),
  ("Examinations", ["USMLE Step 1 — Pass (June 2025)"]),
  ("US Experience", ["Summer Research Intern, Department of Pediatrics, Emory University School of Medicine, Atlanta, GA — June–August 2025",
                     "Visiting Student Elective (hands-on), Pediatrics — Children's Hospital of Philadelphia, PA — April 2026"]),
  ("Publications", ["Malik AS, Ariff S, et al. Kangaroo mother care uptake in Sindh. J Pak Med Assoc. 2024;74:1450-1455.",
                    "Malik AS, et al. Neonatal sepsis antibiograms in Karachi (submitted, 2025)."]),
  ("Languages", ["English, Urdu, Sindhi"]),
  ("Visa", ["B1/B2 visitor visa (valid to 2029)"])],
 truth=dict(full_name="Ayesha Siddiqa Malik", email="ayesha.malik@scholar.aku.edu", phone_e164="+923332190457",
  medical_school="Aga Khan University Medical College", medical_school_country="PK", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
  specialties=["Pediatrics"], languages=["English", "Urdu", "Sindhi"], visa_status="b1b2", publications=1,
  usce_entries=[E("research", "Pediatrics", "GA", "2025-06", "2025-08"), E("hands_on", "Pediatrics", "PA", "2026-04", "2026-04")]),
 tricky="student (expected 2027); submitted paper not counted; research + single-month elective"))

# 013 ---------------------------------------------------------------------
CVS.append(dict(
 n=13, layout="odt_headed", fmt="odt", contacts="body",
 title=None, name_display="Dr. Rohit Kumar Verma",
 contacts_lines=["MBBS (AIIMS New Delhi) • ECFMG Certified • H-1B", "rohitverma.aiims@gmail.com  |  +1 650-555-0127  |  Palo Alto, CA"],
 sections=[
  ("Interests", ["Internal Medicine, Nephrology"]),
  ("Education", ["MBBS, All India Institute of Medical Sciences (AIIMS), New Delhi — 2013–2019 (including internship 2018–2019)"]),
  ("USMLE", ["Step 1: Pass | Step 2 CK: 263 | Step 3: 235", "ECFMG Certified: March 2022"]),
  ("Clinical Experience", ["Senior Resident (non-academic), Dept. of Nephrology, AIIMS New Delhi — Jul 2019 – Jun 2022",
                           "Observership — Nephrology, Cleveland Clinic", "Cleveland, OH", "March–May 2025"]),
  ("Research", ["Postdoctoral Research Fellow, Division of Nephrology, Stanford University School of Medicine, Stanford, CA — Aug 2022 – Jul 2024"]),
  ("Selected Publications (6 peer-reviewed)", ["1. Verma RK, et al. APOL1 variants in Indian CKD. Kidney Int Rep. 2021;6:2002-2010.",
      "2. Verma RK, Bhowmik D. Tacrolimus variability after transplant. Indian J Nephrol. 2020;30:301-306.",
      "3. Verma RK, Chertow GM. Dialysis initiation timing. JASN. 2023;34:1120-1130.",
      "4. Verma RK, et al. SGLT2i in CKD: real-world. CJASN. 2024;19:55-64.",
      "5. Chertow GM, Verma RK. Hyperkalemia binders. Kidney360. 2024;5:230-238.",
      "6. Verma RK, et al. Contrast nephropathy myths. Am J Kidney Dis. 2023;82:401-409.",
      "Abstracts (4): ASN Kidney Week 2022, 2023 (x2), 2024."]),
  ("Languages", ["English, Hindi"])],
 truth=dict(full_name="Rohit Kumar Verma", email="rohitverma.aiims@gmail.com", phone_e164="+16505550127",
  medical_school="All India Institute of Medical Sciences, New Delhi", medical_school_country="IN", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=263, usmle_step3=235, ecfmg_status="certified",
  specialties=["Internal Medicine", "Nephrology"], languages=["English", "Hindi"], visa_status="h1b", publications=6,
  usce_entries=[E("research", "Nephrology", "CA", "2022-08", "2024-07"), E("observership", "Nephrology", "OH", "2025-03", "2025-05")]),
 tricky="all USMLE on one line; 'March–May 2025'; publication count in heading; graduation year must come from 2013–2019 range"))

# 014 ---------------------------------------------------------------------
CVS.append(dict(
 n=14, layout="docx_header_footer", fmt="docx", contacts="header_footer",
 title="CURRICULUM VITAE", name_display="Nourhan Ashraf Elsayed",
 contacts_lines=["Nourhan Ashraf Elsayed, MBBCh", "Mobile/WhatsApp: +20 122 318 7740 | Email: nourhan.elsayed.asu@gmail.com"],
 sections=[
  ("Objective", ["Applicant to Obstetrics and Gynecology and Family Medicine residencies. Holds a US B1/B2 visa."]),
  ("Education", [(T, ["Degree", "Institution", "Year", "Grade"], [["MBBCh", "Faculty of Medicine, Ain Shams University, Cairo", "2022", "Very Good (79%)"]])]),
  ("Exam Results", [(T, ["Exam", "Score", "Date"], [["USMLE Step 1", "Pass", "2023-05"], ["USMLE Step 2 CK", "236", "2024-01"], ["OET", "B/B/B/B", "2023-09"], ["ECFMG", "Pending (Pathway 6)", "—"]])]),
  ("Internship", ["Ain Shams University Hospitals, Mar 2023 – Feb 2024"]),
  ("US Clinical Experience", ["Observership, Obstetrics & Gynecology — NYC Health + Hospitals/Coney Island, Brooklyn, NY — Aug 2024 – Sep 2024",
                              "Hands-on Externship, Family Medicine — Memorial Hermann Family Medicine Clinic, Houston, TX — 10/2024 – 01/2025"]),
  ("Posters & Presentations", ["Elsayed NA. Placenta accreta spectrum outcomes — poster, ACOG Annual Meeting 2024.",
                               "Elsayed NA. Postpartum anemia in Cairo — oral presentation, ASU Student Congress 2021."]),
  ("Languages", ["Arabic, English"])],
 truth=dict(full_name="Nourhan Ashraf Elsayed", email="nourhan.elsayed.asu@gmail.com", phone_e164="+201223187740",
  medical_school="Faculty of Medicine, Ain Shams University", medical_school_country="EG", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="pending",
  specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["Arabic", "English"], visa_status="b1b2", publications=0,
  usce_entries=[E("observership", "Obstetrics and Gynecology", "NY", "2024-08", "2024-09"), E("hands_on", "Family Medicine", "TX", "2024-10", "2025-01")]),
 tricky="name in header, phone/email only in footer; posters only -> publications 0"))

# 015 ---------------------------------------------------------------------
CVS.append(dict(
 n=15, layout="pdf_twocol", fmt="pdf", contacts="twocol",
 title=None, name_display="Dr. Bilal Ahmed Khan MBBS, MRCP(UK) Part 1",
 contacts_lines=["Tel: +44 7700 912 384", "Email: bilal.khan.dow@gmail.com", "Manchester, United Kingdom"],
 sections=[
  ("Objective", ["Internal Medicine residency in the US; interest in Geriatrics. Will need J1 visa."]),
  ("Education", ["MBBS — Dow Medical College, Dow University of Health Sciences, Karachi — 2012–2018", "House Job — Civil Hospital Karachi, 2018–2019"]),
  ("Licensing", ["PLAB 1: Passed (2019)", "PLAB 2: Passed (2020)", "GMC full registration (2020)", "USMLE Step 1: Pass", "USMLE Step 2 CK: 240", "ECFMG: Certified 2021"]),
  ("Experience", ["Clinical Fellow (Care of the Elderly), Salford Royal NHS Foundation Trust — Aug 2020 – present",
                  "Observership, Internal Medicine", "Beaumont Hospital, Royal Oak, MI", "June – July 2022"]),
  ("Publications", ["Khan BA, et al. Frailty scores and delirium in older inpatients. Age Ageing. 2023;52:afad101.",
                    "Poster: Falls clinic audit — BGS Spring Meeting 2022", "Poster: Deprescribing in care homes — RCP Medicine 2023"]),
  ("Languages", ["English, Urdu, Pashto"])],
 truth=dict(full_name="Bilal Ahmed Khan", email="bilal.khan.dow@gmail.com", phone_e164="+447700912384",
  medical_school="Dow Medical College, Dow University of Health Sciences", medical_school_country="PK", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
  specialties=["Internal Medicine", "Geriatrics"], languages=["English", "Urdu", "Pashto"], visa_status="j1", publications=1,
  usce_entries=[E("observership", "Internal Medicine", "MI", "2022-06", "2022-07")]),
 tricky="UK phone; NHS job 'present' is not USCE; PLAB; MRCP in name line"))

# 016 ---------------------------------------------------------------------
CVS.append(dict(
 n=16, layout="docx_contacttable", fmt="docx", contacts="table",
 title="RESUME", name_display="Farhana Akter",
 contacts_lines=[("Mobile", "+880 1912 447 605"), ("E-mail", "farhana.akter.ssmc@gmail.com"), ("Present address", "House 9, Road 4, Mirpur-10, Dhaka")],
 sections=[
  ("Career Objective", ["Aspiring Internal Medicine resident with a special interest in Endocrinology (diabetes care)."]),
  ("Academic Qualification", [(T, ["Exam", "Institution", "Board/University", "Year", "Result"], [
      ["MBBS", "Sir Salimullah Medical College, Dhaka", "University of Dhaka", "2021", "Passed"],
      ["HSC", "Viqarunnisa Noon College", "Dhaka", "2014", "GPA 5.00"],
      ["SSC", "Viqarunnisa Noon School", "Dhaka", "2012", "GPA 5.00"]])]),
  ("Internship", ["Sir Salimullah Medical College & Mitford Hospital, 2021–2022"]),
  ("Job Experience", ["Medical Officer, BIRDEM General Hospital, Dhaka — 2022 – ongoing"]),
  ("USMLE", ["Step 1: Passed (first attempt), 2024"]),
  ("US Clinical Experience", ["Montefiore Medical Center, Bronx, NY — Observer, Internal Medicine (Endocrinology clinic), 2025-03 – 2025-04"]),
  ("Languages", ["Bangla (native), English (fluent), Hindi (spoken)"]),
  ("Reference", ["Prof. Dr. Faruque Pathan, BIRDEM — +880 1711 535 211"])],
 truth=dict(full_name="Farhana Akter", email="farhana.akter.ssmc@gmail.com", phone_e164="+8801912447605",
  medical_school="Sir Salimullah Medical College", medical_school_country="BD", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
  specialties=["Internal Medicine", "Endocrinology"], languages=["Bengali", "English", "Hindi"], visa_status=None, publications=0,
  usce_entries=[E("observership", "Internal Medicine", "NY", "2025-03", "2025-04")]),
 tricky="SSC/HSC rows in table; home job 'ongoing' not USCE; Bangla -> Bengali; no publications"))

# ---------------- scans -------------------------------------------------
CVS.append(dict(
 n=17, layout="scan_pdf_qualtable", fmt="scan_pdf", contacts="body",
 title="CURRICULUM VITAE", name_display="Dr. Zainab Rashid",
 contacts_lines=["Email: zainab.rashid.aimc@gmail.com   Cell: 0300-4127789", "Model Town, Lahore, Pakistan"],
 sections=[
  ("Objective", ["Aspiring Internal Medicine resident; interest in Rheumatology."]),
  ("Qualifications", [(T, ["Degree", "Institution", "Year", "Marks"], [["MBBS", "Allama Iqbal Medical College, Lahore", "2020", "72%"], ["F.Sc.", "Lahore College for Women", "2014", "1005/1100"]])]),
  ("USMLE", ["Step 1: Passed (first attempt)", "Step 2 CK: 245", "ECFMG: Certified, 04/2022"]),
  ("US Clinical Experience", ["Observership, Rheumatology — Cleveland Clinic, Ohio — 05/2023 – 06/2023",
                              "Hands-on Externship, Internal Medicine — Brooklyn Hospital Center, Brooklyn, NY — 09/2023 – 11/2023"]),
  ("Publications", ["Rashid Z, et al. Lupus nephritis outcomes in Punjab. J Pak Med Assoc. 2022;72:990-994.", "Poster: ACR Convergence 2023."]),
  ("Languages", ["English, Urdu, Punjabi"]), ("Visa", ["J-1 visa required"])],
 truth=dict(full_name="Zainab Rashid", email="zainab.rashid.aimc@gmail.com", phone_e164="+923004127789",
  medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
  specialties=["Internal Medicine", "Rheumatology"], languages=["English", "Urdu", "Punjabi"], visa_status="j1", publications=1,
  usce_entries=[E("observership", "Rheumatology", "OH", "2023-05", "2023-06"), E("hands_on", "Internal Medicine", "NY", "2023-09", "2023-11")]),
 tricky="image-only PDF, rotated ~1°, noise; local phone format 0300-"))

CVS.append(dict(
 n=18, layout="scan_pdf_header", fmt="scan_pdf", contacts="body",
 title=None, name_display="Ananya Iyer, MBBS",
 contacts_lines=["ananya.iyer.kmc@gmail.com | +91 99001 45237 | Bengaluru, India"],
 sections=[
  ("Education", ["MBBS, Kasturba Medical College, Manipal (MAHE), 2015–2021"]),
  ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 251", "ECFMG Certified (Sep 2023)"]),
  ("US Experience", ["Research Assistant, Department of Pediatrics, Cincinnati Children's Hospital, Cincinnati, OH — Jan 2024 – Dec 2024",
                     "Observer, Pediatrics — Nationwide Children's Hospital", "Columbus, OH", "Feb 2025"]),
  ("Publications", ["Iyer A, et al. Kawasaki disease in South India. Indian Pediatr. 2021;58:640-644.",
                    "Iyer A, et al. Asthma biologics in children. Pediatr Pulmonol. 2025;60:e27102."]),
  ("Languages", ["English, Kannada, Tamil, Hindi"]), ("Goal", ["Pediatrics residency; J-1 visa"])],
 truth=dict(full_name="Ananya Iyer", email="ananya.iyer.kmc@gmail.com", phone_e164="+919900145237",
  medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified",
  specialties=["Pediatrics"], languages=["English", "Kannada", "Tamil", "Hindi"], visa_status="j1", publications=2,
  usce_entries=[E("research", "Pediatrics", "OH", "2024-01", "2024-12"), E("observership", "Pediatrics", "OH", "2025-02", "2025-02")]),
 tricky="image-only PDF, blur + low contrast"))

CVS.append(dict(
 n=19, layout="scan_png", fmt="scan_png", contacts="body",
 title="CURRICULUM VITAE", name_display="Omar Yousef Haddad",
 contacts_lines=["Irbid, Jordan — +962 77 901 4456 — omar.haddad.just@gmail.com"],
 sections=[
  ("Education", ["MD, Jordan University of Science and Technology (JUST), Irbid — 2022"]),
  ("USMLE", ["Step 1: Pass", "Step 2 CK: 238", "ECFMG: pending"]),
  ("US Clinical Experience", ["Observership, Emergency Medicine — Detroit Receiving Hospital, Detroit, MI — Nov 2023 – Jan 2024"]),
  ("Interests", ["Emergency Medicine, Internal Medicine"]),
  ("Publications", ["None"]), ("Languages", ["Arabic, English"])],
 truth=dict(full_name="Omar Yousef Haddad", email="omar.haddad.just@gmail.com", phone_e164="+962779014456",
  medical_school="Jordan University of Science and Technology", medical_school_country="JO", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="pending",
  specialties=["Emergency Medicine", "Internal Medicine"], languages=["Arabic", "English"], visa_status=None, publications=0,
  usce_entries=[E("observership", "Emergency Medicine", "MI", "2023-11", "2024-01")]),
 tricky="PNG scan, rotated, noise"))

CVS.append(dict(
 n=20, layout="scan_pdf_twocol", fmt="scan_pdf", contacts="twocol",
 title=None, name_display="Zahraa Ali Hussein",
 contacts_lines=["zahraa.hussein.md@yahoo.com", "+964 781 330 5521", "Najaf, Iraq"],
 sections=[
  ("Education", ["MBChB, University of Kufa College of Medicine, 2020"]),
  ("Residency (Iraq)", ["Resident, Obstetrics & Gynecology, Al-Zahraa Teaching Hospital, Najaf, 2021–2023"]),
  ("USMLE", ["Step 1: Pass", "Step 2 CK: 233"]),
  ("USCE", ["Observership, OB/GYN, Sinai Hospital of Baltimore, Baltimore, MD, 03/2024 – 05/2024"]),
  ("Interests", ["Obstetrics and Gynecology"]), ("Languages", ["Arabic, English"])],
 truth=dict(full_name="Zahraa Ali Hussein", email="zahraa.hussein.md@yahoo.com", phone_e164="+9647813305521",
  medical_school="University of Kufa College of Medicine", medical_school_country="IQ", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status=None,
  specialties=["Obstetrics and Gynecology"], languages=["Arabic", "English"], visa_status=None, publications=0,
  usce_entries=[E("observership", "Obstetrics and Gynecology", "MD", "2024-03", "2024-05")]),
 tricky="image-only PDF of a two-column layout"))

CVS.append(dict(
 n=21, layout="scan_phone_jpg", fmt="scan_jpg", contacts="body",
 title="CURRICULUM VITAE", name_display="Pratiksha Shrestha",
 contacts_lines=["Dharan, Nepal | +977 9852 048 731 | pratiksha.shrestha.bpkihs@gmail.com"],
 sections=[
  ("Education", ["MBBS, B.P. Koirala Institute of Health Sciences (BPKIHS), Dharan — 2021"]),
  ("USMLE", ["Step 1: Passed (first attempt)", "Step 2 CK: 247", "ECFMG Certified: June 2023"]),
  ("US Clinical Experience", ["Observership, Family Medicine — University of Pittsburgh Medical Center, Pittsburgh, PA — Oct 2023 – Dec 2023"]),
  ("Interests", ["Aspiring Family Medicine resident"]),
  ("Languages", ["Nepali, English, Hindi, Newari"])],
 truth=dict(full_name="Pratiksha Shrestha", email="pratiksha.shrestha.bpkihs@gmail.com", phone_e164="+9779852048731",
  medical_school="B.P. Koirala Institute of Health Sciences", medical_school_country="NP", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
  specialties=["Family Medicine"], languages=["Nepali", "English", "Hindi", "Newari"], visa_status=None, publications=0,
  usce_entries=[E("observership", "Family Medicine", "PA", "2023-10", "2023-12")]),
 tricky="phone photo JPG: perspective, uneven lighting, blur"))

TXT_008 = """---------- Forwarded message ---------
From: Mustafa Haider <mustafa.aljubouri91@gmail.com>
Date: Tue, 4 Mar 2025 at 22:14
Subject: CV - Observership / externship application
To: <rotations@placement-desk.org>

Dear Sir/Madam,

Please find my CV below (I could not attach the Word file from my phone).

Thank you,
Mustafa

=====================================
MUSTAFA HAIDER AL-JUBOURI, MBChB
Baghdad, Iraq | WhatsApp: +964 770 219 8834 | mustafa.aljubouri91@gmail.com
=====================================

OBJECTIVE
Aspiring Internal Medicine resident, also applying to Family Medicine. J1 visa needed.

EDUCATION
- MBChB, University of Baghdad College of Medicine, 2013 - 2019 (rank 37/412)

TRAINING
- Internship (rotating), Baghdad Teaching Hospital / Medical City, 2019 - 2021
- General practitioner, Al-Kindy Teaching Hospital, 2021 - now

USMLE
- Step 1: PASSED (first attempt) 2022
- Step 2 CK: 229 (2023)
- ECFMG: in process, waiting for OET result

US CLINICAL EXPERIENCE
- Mount Sinai Hospital, New York, NY
  Observership in Internal Medicine, 11/2023 - 12/2023

LANGUAGES
Arabic (mother tongue), English (good), Kurdish (basic)

REFERENCES
Dr. Ali Kadhim, Consultant Physician, Medical City Baghdad, ali.kadhim@uobaghdad.edu.iq, +964 790 111 2233

--
Sent from my Galaxy
"""
