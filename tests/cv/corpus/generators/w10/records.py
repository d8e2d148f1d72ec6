# -*- coding: utf-8 -*-
"""One record per applicant: the same record renders the document and yields its truth row.

Items inside a section:
  str                      -> paragraph
  ("b", [..])              -> bullet list
  ("kv", [(k, v), ..])     -> key/value lines (exams, personal data)
  E(...)                   -> dated entry; usce=(type, specialty, state) marks it as US clinical experience
  ("ref", name, role, org, email, phone)  -> referee (NOT the applicant's contacts)
"""

def E(s, e, title, org, place="", bul=None, usce=None):
    return {"s": s, "e": e, "title": title, "org": org, "place": place, "bul": bul or [], "usce": usce}

def R(name, *, n, layout, ext, header_name, email, phone_disp, phone, contact_where="body", extra=None,
      native=None, datefmt="mon", present="Present", sections, school, country, grad, student,
      s1, s2=None, s3=None, ecfmg=None, visa=None, specs=(), langs=(), pubs=None, opts=None):
    return dict(n=n, layout=layout, ext=ext, full_name=name, header_name=header_name, email=email,
                phone_disp=phone_disp, phone=phone, contact_where=contact_where, extra=extra or [],
                native=native, datefmt=datefmt, present=present, sections=sections,
                t=dict(medical_school=school, medical_school_country=country, graduation_year=grad,
                       is_student=student, usmle_step1=s1, usmle_step2ck=s2, usmle_step3=s3,
                       ecfmg_status=ecfmg, visa_status=visa, specialties=list(specs),
                       languages=list(langs), publications=pubs), opts=opts or {})

RECORDS = []
add = RECORDS.append

# ---------------------------------------------------------------- 1. LO table -> DOCX
add(R("Hamza Tariq Qureshi", n=1, layout="lo_table_docx", ext="docx",
  header_name="Dr. Hamza Tariq Qureshi, MBBS", email="hamza.t.qureshi@gmail.com",
  phone_disp="+92 300 4127785", phone="+923004127785", contact_where="body",
  extra=["House 14-B, Street 7, Johar Town, Lahore, Pakistan", "Date of birth: 12 March 1997"],
  datefmt="mon", present="Present",
  sections=[
   ("Career Objective", ["ECFMG-certified IMG seeking a categorical PGY-1 position in Internal Medicine "
                          "starting July 2027, with long-term interest in Cardiology."]),
   ("Education", [E("2016-11", "2022-01", "Bachelor of Medicine, Bachelor of Surgery (MBBS)",
                    "King Edward Medical University", "Lahore, Pakistan",
                    ["Graduated January 2022; distinction in Medicine (Final Professional)"])]),
   ("USMLE / ECFMG", [("kv", [("USMLE Step 1", "PASS (first attempt, 2022)"),
                              ("USMLE Step 2 CK", "248 (2023)"),
                              ("UWorld Self-Assessment", "UWSA2 261"),
                              ("ECFMG", "Certified, October 2023"),
                              ("Visa", "Will require J-1 sponsorship (ECFMG)")])]),
   ("U.S. Clinical Experience", [
      E("2024-02", "2024-04", "Clinical Extern - Internal Medicine (hands-on)",
        "Saint Michael's Medical Center", "Newark, NJ",
        ["Pre-rounded, wrote progress notes in Epic under supervision",
         "Presented 4-6 patients daily to attending"], usce=("hands_on", "Internal Medicine", "NJ")),
      E("2024-05", "2024-06", "Observer - Cardiology", "Houston Methodist Hospital", "Houston, TX",
        ["Observed echo reading sessions and cath lab"], usce=("observership", "Cardiology", "TX"))]),
   ("Clinical Experience (Pakistan)", [
      E("2022-03", "2023-02", "House Officer (Medicine & Surgery)", "Mayo Hospital", "Lahore, Pakistan",
        ["12-month house job: 6 months Medicine, 6 months Surgery"]),
      E("2023-03", "2023-12", "Medical Officer", "Ittefaq Hospital (Trust)", "Lahore, Pakistan")]),
   ("Research & Publications", [
      "1. Qureshi HT, Ali S, Rana M. Glycemic control among type 2 diabetics attending a tertiary clinic. "
      "J Pak Med Assoc. 2023;73(4):812-816.",
      "2. Iqbal A, Qureshi HT. Outcomes of dengue fever with warning signs in Lahore. Cureus. 2024;16(2):e53321.",
      "Poster: Hyponatremia in elderly inpatients. ACP Pakistan Chapter Meeting, 2023 (poster only)."]),
   ("Languages", ["English (fluent), Urdu (native), Punjabi (native)"]),
   ("References", [
      ("ref", "Dr. Lisa M. Carver, MD", "Program Director, Internal Medicine", "Saint Michael's Medical Center",
       "lcarver@smmcnj.org", "+1 (973) 555-0186"),
      ("ref", "Dr. Rajiv Menon, MD, FACC", "Attending Cardiologist", "Houston Methodist Hospital",
       "rmenon@houstonmethodist.org", "713-555-0142")])],
  school="King Edward Medical University", country="PK", grad=2022, student=False,
  s1="pass", s2=248, ecfmg="certified", visa="j1", specs=["Internal Medicine", "Cardiology"],
  langs=["English", "Urdu", "Punjabi"], pubs=2))

add(R("Chiamaka Obiageli Nwosu", n=2, layout="lo_table_docx", ext="docx",
  header_name="CHIAMAKA OBIAGELI NWOSU", email="chiamaka.nwosu.md@yahoo.com",
  phone_disp="+234 803 555 0192", phone="+2348035550192", contact_where="table",
  extra=["12 Ogui Road, Enugu, Nigeria"], datefmt="mm/yyyy", present="present",
  sections=[
   ("Profile", ["Physician (MBBS, UNN) applying to Family Medicine residency programs. Requires H-1B visa "
                "sponsorship."]),
   ("Medical School", [E("2012-09", "2019-11", "MBBS", "University of Nigeria, Nsukka (College of Medicine, Enugu Campus)",
                          "Enugu, Nigeria", ["MBBS awarded November 2019"])]),
   ("Examinations", [("kv", [("USMLE Step 1", "Passed"), ("USMLE Step 2 CK", "236"),
                              ("USMLE Step 3", "221"), ("ECFMG", "Certified (2022)"),
                              ("OET Medicine", "Passed")])]),
   ("US Experience", [
      E("2023-09", "2023-11", "Observership, Family Medicine", "MedStar Franklin Square Medical Center",
        "Baltimore, Maryland", usce=("observership", "Family Medicine", "MD")),
      E("2024-01", "present", "Research Assistant (volunteer), Department of Family & Preventive Medicine",
        "Emory University School of Medicine", "Atlanta, GA",
        ["Chart review for hypertension control QI project; REDCap data entry"],
        usce=("research", "Family Medicine", "GA"))]),
   ("Nigerian Experience", [
      E("2020-01", "2020-12", "House Officer", "University of Nigeria Teaching Hospital", "Ituku-Ozalla, Enugu"),
      E("2021-02", "2022-01", "NYSC Medical Officer", "General Hospital Ikot Ekpene", "Akwa Ibom State")]),
   ("Publications", [
      "Nwosu CO, Eze UJ. Prevalence of hypertension among market traders in Enugu. Niger J Clin Pract. 2021.",
      "Okafor K, Nwosu CO, et al. Malaria in pregnancy: a community survey. Pan Afr Med J. 2022;41:118.",
      "Nwosu CO, Adeyemi T. Barriers to cervical screening in south-east Nigeria. BMC Womens Health. 2023;23:402."]),
   ("Languages", [("b", ["English", "Igbo (native)", "Yoruba (conversational)"])]),
   ("Referees", [("ref", "Karen Whitfield, MD", "Attending Physician, Family Medicine", "MedStar Franklin Square",
                   "karen.whitfield@medstar.net", "(443) 555-0117")])],
  school="University of Nigeria, Nsukka", country="NG", grad=2019, student=False,
  s1="pass", s2=236, s3=221, ecfmg="certified", visa="h1b", specs=["Family Medicine"],
  langs=["English", "Igbo", "Yoruba"], pubs=3))

add(R("Aditya Venkataraman", n=3, layout="lo_table_docx", ext="docx",
  header_name="Aditya Venkataraman", email="aditya.venkat27@outlook.com",
  phone_disp="+91 98450 12345", phone="+919845012345", contact_where="body",
  extra=["Final-year MBBS student", "DOB: 04/08/2002"], datefmt="month", present="ongoing",
  sections=[
   ("Objective", ["Final-year medical student seeking US clinical electives and research in Neurology."]),
   ("Education", [E("2021-08", "2027-02", "MBBS (expected February 2027)", "Kasturba Medical College, Manipal "
                    "(Manipal Academy of Higher Education)", "Manipal, Karnataka, India"),
                  E("2019-06", "2021-03", "Higher Secondary (PCB)", "DAV Boys Senior Secondary School", "Chennai")]),
   ("USMLE", [("kv", [("Step 1", "Pass (May 2025)"), ("NBME Form 31 (practice)", "248"),
                       ("Step 2 CK", "Scheduled for March 2027"),
                       ("ECFMG", "Certification in progress (pending graduation)"),
                       ("Visa", "Holds a valid B1/B2 visitor visa")])]),
   ("Clinical Electives", [
      E("2026-06", "2026-07", "Visiting Student Elective - Neurology (hands-on sub-internship)",
        "University Hospitals Cleveland Medical Center", "Cleveland, OH",
        ["Took histories, performed neuro exams, presented on rounds in the stroke unit"],
        usce=("hands_on", "Neurology", "OH")),
      E("2025-12", "2025-12", "Elective - General Medicine", "Christian Medical College", "Vellore, India")]),
   ("Activities", [("b", ["Vice-president, KMC Neurology Interest Group", "Volunteer, rural health camps, Udupi"])]),
   ("Languages", ["English, Tamil, Hindi, Kannada"])],
  school="Kasturba Medical College, Manipal", country="IN", grad=2027, student=True,
  s1="pass", s2=None, ecfmg="pending", visa="b1b2", specs=["Neurology"],
  langs=["English", "Tamil", "Hindi", "Kannada"], pubs=None))

# ---------------------------------------------------------------- LO frame -> DOCX
add(R("Sepideh Rahimi", n=4, layout="lo_frame_docx", ext="docx",
  header_name="Sepideh Rahimi, M.D.", email="sepideh.rahimi.md@gmail.com",
  phone_disp="(617) 555-0143", phone="+16175550143", contact_where="frame",
  extra=["88 Beacon St, Apt 4, Brookline, MA 02446", "U.S. Permanent Resident (Green Card)"],
  datefmt="mm/yyyy", present="Present",
  sections=[
   ("Interests", ["Psychiatry residency; consult-liaison and addiction psychiatry"]),
   ("Medical Education", [E("2012-09", "2019-06", "Doctor of Medicine (M.D.)", "Tehran University of Medical Sciences",
                             "Tehran, Iran")]),
   ("Licensure & Exams", [("kv", [("USMLE Step 1", "245"), ("USMLE Step 2 CK", "255"), ("USMLE Step 3", "230"),
                                   ("ECFMG", "Certified (2021)")])]),
   ("Experience in the United States", [
      E("2022-03", "2023-08", "Postdoctoral Research Fellow, Psychiatry", "McLean Hospital / Harvard Medical School",
        "Belmont, MA", ["fMRI study of treatment-resistant depression; IRB submissions"],
        usce=("research", "Psychiatry", "MA")),
      E("2023-06", "2023-09", "Clinical Observer, Psychiatry", "NYU Langone - Bellevue Hospital", "New York, NY",
        usce=("observership", "Psychiatry", "NY"))]),
   ("Experience in Iran", [E("2019-07", "2021-06", "General Practitioner (mandatory service)",
                              "Shahid Beheshti Health Center", "Zanjan, Iran")]),
   ("Publications", ["Five peer-reviewed articles, including:",
                     ("b", ["Rahimi S, et al. Ketamine response predictors. J Affect Disord. 2023.",
                            "Rahimi S, Lee J. Sleep and suicidality in adolescents. Psychiatry Res. 2022.",
                            "Rahimi S, et al. Default-mode network in TRD. Biol Psychiatry CNNI. 2023.",
                            "Moradi A, Rahimi S. Methadone retention in Tehran. Addict Health. 2020.",
                            "Rahimi S, et al. Burnout among Iranian interns. BMC Med Educ. 2019."])]),
   ("Languages", ["Farsi (native), English (fluent), Azerbaijani (conversational)"])],
  school="Tehran University of Medical Sciences", country="IR", grad=2019, student=False,
  s1=245, s2=255, s3=230, ecfmg="certified", visa="green_card", specs=["Psychiatry"],
  langs=["Persian", "English", "Azerbaijani"], pubs=5))

add(R("María Luisa Dela Cruz", n=5, layout="lo_frame_docx", ext="docx",
  header_name="MARÍA LUISA DELA CRUZ, MD", email="mldelacruz.md@gmail.com",
  phone_disp="+63 917 555 2840", phone="+639175552840", contact_where="frame",
  extra=["Sampaloc, Manila, Philippines"], datefmt="month", present="Present",
  sections=[
   ("Career Goal", ["Pediatrics residency (categorical), interest in pediatric infectious diseases"]),
   ("Education", [E("2016-06", "2021-06", "Doctor of Medicine", "University of Santo Tomas Faculty of Medicine and Surgery",
                    "Manila, Philippines"),
                  E("2012-06", "2016-04", "BS Biology (pre-med)", "University of the Philippines Diliman", "Quezon City")]),
   ("Board Exams", [("kv", [("Philippine Physician Licensure Exam", "Passed, 2022"),
                             ("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "241"), ("ECFMG", "Certified")])]),
   ("US Clinical Exposure", [
      E("2024-08", "2024-09", "Virtual Tele-observership, Pediatrics", "Nicklaus Children's Hospital (telehealth program)",
        "Miami, FL", usce=("telehealth", "Pediatrics", "FL")),
      E("2025-01", "2025-02", "Observership, General Pediatrics", "Advocate Children's Hospital", "Park Ridge, IL",
        usce=("observership", "Pediatrics", "IL"))]),
   ("Post-graduate Internship (Philippines)", [E("2021-08", "2022-07", "Post-graduate Intern", "Philippine General Hospital", "Manila")]),
   ("Research", ["No peer-reviewed publications.",
                 "Poster: Measles outbreak response in Manila, PPS Annual Convention 2023."]),
   ("Languages", ["English, Filipino, Cebuano"])],
  school="University of Santo Tomas", country="PH", grad=2021, student=False,
  s1="pass", s2=241, ecfmg="certified", visa=None, specs=["Pediatrics"],
  langs=["English", "Tagalog", "Cebuano"], pubs=0))

# ---------------------------------------------------------------- LO -> PDF (tab dates, footer Page x of y)
add(R("Tanvir Ahmed Chowdhury", n=6, layout="lo_pdf", ext="pdf",
  header_name="Dr. Tanvir Ahmed Chowdhury (MBBS, FCPS Part-I)", email="tanvir.chowdhury.dmc@gmail.com",
  phone_disp="+880 1711-555210", phone="+8801711555210", contact_where="body",
  extra=["Dhanmondi 9/A, Dhaka-1209, Bangladesh", "Born: 1993"], datefmt="mon", present="Present",
  sections=[
   ("Personal Statement Summary", ["Internist from Bangladesh pursuing Internal Medicine residency, with a "
                                    "future fellowship in Nephrology."]),
   ("Education", [E("2011-01", "2018-01", "MBBS", "Dhaka Medical College (University of Dhaka)", "Dhaka, Bangladesh"),
                  E("2020-07", "2020-07", "FCPS Part-I (Medicine)", "Bangladesh College of Physicians and Surgeons", "Dhaka")]),
   ("USMLE", [("kv", [("Step 1", "229 (2021)"), ("Step 2 CK", "240 (2022)"), ("Step 2 CS", "Pass (2020)"),
                       ("ECFMG certificate", "Yes - 2022"), ("Visa", "J-1 (will need sponsorship)")])]),
   ("US Clinical Experience", [
      E("2025-03", "2025-05", "Externship, Internal Medicine (hands-on)", "Ascension St. John Hospital", "Detroit, MI",
        ["Admitted patients, wrote H&Ps, discharge summaries; EHR: Cerner"], usce=("hands_on", "Internal Medicine", "MI")),
      E("2025-05", "2025-06", "Observership, Nephrology", "Henry Ford Hospital", "Detroit, Michigan",
        ["Dialysis rounds, transplant clinic"], usce=("observership", "Nephrology", "MI"))]),
   ("Work Experience (Bangladesh)", [
      E("2018-02", "2019-01", "Intern Doctor", "Dhaka Medical College Hospital", "Dhaka"),
      E("2019-03", "2024-12", "Resident Medical Officer / FCPS Trainee, Medicine", "Shaheed Suhrawardy Medical College Hospital",
        "Dhaka", ["Managed 40-bed medicine ward; ICU rotations", "Supervised interns"])]),
   ("Publications", [("b", ["Chowdhury TA, et al. AKI in snakebite. Bangladesh Med Res Counc Bull. 2020.",
                            "Chowdhury TA, Haque M. CKD in rural Bangladesh. J Nephrol Ther. 2021.",
                            "Rahman S, Chowdhury TA. Dengue AKI 2023 outbreak. Cureus. 2024.",
                            "Chowdhury TA, et al. Hepatitis B screening in dialysis units. BMC Nephrol. 2024."]),
                     "Oral presentation: Dengue AKI, ISN Frontiers 2024 (abstract)."]),
   ("Languages", ["Bangla (mother tongue), English (fluent), Hindi (spoken)"]),
   ("References", [("ref", "Dr. Samuel Odom, MD", "Attending, Internal Medicine", "Ascension St. John Hospital",
                     "samuel.odom@ascension.org", "+1 313-555-0178"),
                    ("ref", "Dr. Priya Natarajan, MD", "Nephrology Division", "Henry Ford Hospital",
                     "pnataraj1@hfhs.org", "+1 313-555-0165")])],
  school="Dhaka Medical College", country="BD", grad=2018, student=False,
  s1=229, s2=240, ecfmg="certified", visa="j1", specs=["Internal Medicine", "Nephrology"],
  langs=["Bengali", "English", "Hindi"], pubs=4))

add(R("Rami Haddad", n=7, layout="lo_pdf", ext="pdf",
  header_name="Rami Haddad, MD", email="rami.haddad@mail.aub.edu",
  phone_disp="+961 3 555 218", phone="+9613555218", contact_where="header",
  extra=["Beirut, Lebanon"], datefmt="mm/yyyy", present="present",
  sections=[
   ("Summary", ["AUB graduate with cardiovascular research experience at Boston; applying to Internal Medicine "
                "residency with a goal of Cardiology fellowship."]),
   ("Education", [E("2019-09", "2023-06", "Doctor of Medicine (MD)", "American University of Beirut Faculty of Medicine",
                    "Beirut, Lebanon"), E("2016-09", "2019-06", "BS Biology", "American University of Beirut", "Beirut")]),
   ("Examinations", [("kv", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "262"), ("ECFMG", "Certified 09/2023"),
                              ("Visa", "J-1 required")])]),
   ("Research Experience", [
      E("2023-07", "present", "Research Fellow, Cardiovascular Division", "Brigham and Women's Hospital", "Boston, MA",
        ["Heart failure registry analyses; co-author on 3 manuscripts"], usce=("research", "Cardiology", "MA"))]),
   ("Clinical Experience", [
      E("2024-01", "2024-03", "Observer, General Internal Medicine", "Massachusetts General Hospital", "Boston, MA",
        usce=("observership", "Internal Medicine", "MA")),
      E("2022-07", "2023-06", "Sub-intern (Acting Intern), Internal Medicine", "AUB Medical Center", "Beirut")]),
   ("Publications", [("b", ["Haddad R, et al. SGLT2 inhibitors in HFpEF. JACC Heart Fail. 2024.",
                            "Haddad R, Khoury M. Statin adherence in Lebanon. Int J Cardiol. 2022.",
                            "Smith J, Haddad R, et al. Sex differences in LVAD outcomes. Circ Heart Fail. 2024.",
                            "Haddad R, et al. Cardio-oncology referral patterns. JACC CardioOncol. 2025.",
                            "Nasser A, Haddad R. Beirut blast cardiac injuries. Lebanese Med J. 2021.",
                            "Haddad R, et al. Machine learning for HF readmission. ESC Heart Fail. 2025."])]),
   ("Languages", ["Arabic, English, French"])],
  school="American University of Beirut", country="LB", grad=2023, student=False,
  s1="pass", s2=262, ecfmg="certified", visa="j1", specs=["Internal Medicine", "Cardiology"],
  langs=["Arabic", "English", "French"], pubs=6))

add(R("Jessica Marie Thompson", n=8, layout="lo_pdf", ext="pdf",
  header_name="Jessica Marie Thompson, MD", email="jthompson@sgu.edu",
  phone_disp="(813) 555-0199", phone="+18135550199", contact_where="body",
  extra=["Tampa, FL 33606", "U.S. Citizen"], datefmt="month", present="Present",
  sections=[
   ("Education", [E("2021-08", "2025-05", "Doctor of Medicine", "St. George's University School of Medicine",
                    "True Blue, Grenada, West Indies", ["Basic sciences in Grenada; clinical years in the US and UK"]),
                  E("2016-08", "2020-05", "B.S. Biomedical Sciences", "University of South Florida", "Tampa, FL")]),
   ("USMLE", [("kv", [("Step 1", "Pass"), ("Step 2 CK", "244"), ("ECFMG", "Certified, June 2025")])]),
   ("Clinical Rotations", [
      E("2023-05", "2023-07", "Internal Medicine Core Clerkship", "St. Barnabas Hospital", "Bronx, NY",
        usce=("hands_on", "Internal Medicine", "NY")),
      E("2023-08", "2023-10", "Surgery Core Clerkship", "Jersey Shore University Medical Center", "Neptune, NJ",
        usce=("hands_on", "General Surgery", "NJ")),
      E("2023-11", "2023-12", "Pediatrics Core Clerkship", "St. Barnabas Hospital", "Bronx, NY",
        usce=("hands_on", "Pediatrics", "NY")),
      E("2024-01", "2024-02", "Family Medicine Core", "Northampton General Hospital", "Northampton, United Kingdom"),
      E("2024-03", "2024-04", "Obstetrics & Gynecology Core", "Larkin Community Hospital", "South Miami, FL",
        usce=("hands_on", "Obstetrics and Gynecology", "FL")),
      E("2024-09", "2024-10", "Emergency Medicine Elective (sub-I)", "Tampa General Hospital", "Tampa, FL",
        usce=("hands_on", "Emergency Medicine", "FL"))]),
   ("Research", ["Thompson JM, Patel K. Door-to-needle times in rural EDs. West J Emerg Med. 2025;26(1):44-50."]),
   ("Specialty", ["Applying to Emergency Medicine"]),
   ("Languages", ["English (native), Spanish (intermediate)"])],
  school="St. George's University", country="GD", grad=2025, student=False,
  s1="pass", s2=244, ecfmg="certified", visa="citizen", specs=["Emergency Medicine"],
  langs=["English", "Spanish"], pubs=1))

add(R("Selamawit Bekele Tadesse", n=9, layout="lo_pdf", ext="pdf",
  header_name="Selamawit Bekele Tadesse", email="selam.bekele.md@gmail.com",
  phone_disp="+251 911 555 732", phone="+251911555732", contact_where="table",
  extra=["Bole Sub-city, Addis Ababa, Ethiopia"], datefmt="mon", present="to date",
  sections=[
   ("Objective", ["General Surgery residency applicant (preliminary or categorical)."]),
   ("Medical Education", [E("2010-09", "2017-07", "Doctor of Medicine (MD)", "Addis Ababa University, College of Health Sciences "
                             "(Tikur Anbessa)", "Addis Ababa, Ethiopia")]),
   ("Postgraduate Training", [E("2019-09", "2023-08", "Resident, General Surgery (completed)", "Addis Ababa University / "
                                "Tikur Anbessa Specialized Hospital", "Addis Ababa", ["Chief resident 2022-2023"]),
                               E("2017-09", "2019-08", "General Practitioner", "Debre Markos Referral Hospital", "Amhara Region")]),
   ("USMLE & Certification", [("kv", [("Step 1", "Pass"), ("Step 2 CK", "230"), ("ECFMG", "Certified")])]),
   ("US Clinical Experience", [E("2025-09", "2025-10", "Observership in General Surgery", "Hennepin Healthcare",
                                  "Minneapolis, MN", usce=("observership", "General Surgery", "MN"))]),
   ("Publications", ["Tadesse SB, et al. Typhoid perforation outcomes. Ethiop Med J. 2021.",
                     "Tadesse SB, Alemu G. Surgical site infection audit. East Cent Afr J Surg. 2022."]),
   ("Languages", ["Amharic, Tigrinya, English"])],
  school="Addis Ababa University", country="ET", grad=2017, student=False,
  s1="pass", s2=230, ecfmg="certified", visa=None, specs=["General Surgery"],
  langs=["Amharic", "Tigrinya", "English"], pubs=2))

# ---------------------------------------------------------------- Europass (HTML -> Chromium)
add(R("Ștefania Rădulescu", n=10, layout="europass_html", ext="pdf",
  header_name="Ștefania Rădulescu", email="stefania.radulescu@gmail.com",
  phone_disp="(+40) 721 555 904", phone="+40721555904", contact_where="body",
  extra=["Date of birth: 17/02/1996", "Nationality: Romanian", "Home: Str. Mihai Eminescu 12, 010512 București (Romania)"],
  datefmt="dmy", present="Current",
  sections=[
   ("WORK EXPERIENCE", [
      E("2024-03", "2024-05", "Clinical Observer – Endocrinology", "Northwestern Memorial Hospital", "Chicago, United States",
        ["Diabetes and thyroid clinics; inpatient endocrine consults (observership, no patient contact)"],
        usce=("observership", "Endocrinology", "IL")),
      E("2022-10", "2024-02", "Resident Physician – Endocrinology", "Institutul Național de Endocrinologie „C.I. Parhon”",
        "Bucharest, Romania")]),
   ("EDUCATION AND TRAINING", [
      E("2016-10", "2022-09", "Doctor-medic (MD, 6-year programme)", "Universitatea de Medicină și Farmacie „Carol Davila”",
        "Bucharest, Romania")]),
   ("USMLE", [("kv", [("Step 1", "Pass"), ("Step 2 CK", "251"), ("ECFMG", "Certified (2023)"),
                       ("Visa", "J-1 physician (ECFMG sponsorship)")])]),
   ("CAREER INTERESTS", ["Internal Medicine residency, followed by Endocrinology fellowship"]),
   ("PUBLICATIONS", [("b", ["Rădulescu Ș, et al. Graves orbitopathy and selenium. Acta Endocrinol (Buc). 2023.",
                            "Rădulescu Ș, Ionescu M. Adrenal incidentalomas in Romania. Endokrynol Pol. 2024.",
                            "Popa A, Rădulescu Ș. Thyroid nodules in pregnancy. Exp Ther Med. 2022."])])],
  opts={"mother": "Romanian", "cefr": [("English", "C2", "C2", "C1", "C1", "C2"), ("French", "B2", "B2", "B1", "B1", "B2"),
                                       ("Italian", "B1", "B2", "A2", "A2", "A2")], "driving": "B"},
  school="Carol Davila University of Medicine and Pharmacy", country="RO", grad=2022, student=False,
  s1="pass", s2=251, ecfmg="certified", visa="j1", specs=["Internal Medicine", "Endocrinology"],
  langs=["Romanian", "English", "French", "Italian"], pubs=3))

add(R("Jakub Wiśniewski", n=11, layout="europass_html", ext="pdf",
  header_name="Jakub Wiśniewski", email="jakub.wisniewski@student.wum.edu.pl",
  phone_disp="(+48) 601 555 318", phone="+48601555318", contact_where="body",
  extra=["Date of birth: 03/11/2001", "Nationality: Polish"], datefmt="dmy", present="Current",
  sections=[
   ("ABOUT ME", ["Sixth-year student of the English Division, interested in Anesthesiology and critical care."]),
   ("EDUCATION AND TRAINING", [
      E("2020-10", "2027-06", "Physician (lekarz) – expected graduation June 2027", "Medical University of Warsaw – English Division",
        "Warsaw, Poland")]),
   ("WORK EXPERIENCE", [
      E("2025-07", "2025-08", "Summer Research Student – Anesthesiology", "Penn State Health Milton S. Hershey Medical Center",
        "Hershey, United States", ["Retrospective study of post-operative delirium (PA)"], usce=("research", "Anesthesiology", "PA")),
      E("2026-07", "2026-07", "Visiting Student Clerkship – Anesthesiology", "Cleveland Clinic", "Cleveland, Ohio, United States",
        ["Airway management under supervision, pre-operative assessments"], usce=("hands_on", "Anesthesiology", "OH")),
      E("2024-07", "2024-07", "Clerkship – Intensive Care", "Szpital Bielański", "Warsaw, Poland")]),
   ("EXAMS", [("kv", [("USMLE Step 1", "Passed (2025)"), ("UWSA 1", "248")])]),
   ("PUBLICATIONS", ["Wiśniewski J, et al. Post-operative delirium after hip surgery. J Clin Anesth. 2026;90:111254."])],
  opts={"mother": "Polish", "cefr": [("English", "C1", "C1", "C1", "C1", "C1"), ("German", "B1", "B1", "A2", "A2", "A2")],
        "driving": "B"},
  school="Medical University of Warsaw", country="PL", grad=2027, student=True,
  s1="pass", s2=None, ecfmg=None, visa=None, specs=["Anesthesiology"],
  langs=["Polish", "English", "German"], pubs=1))

add(R("Marko Petrović", n=12, layout="europass_html", ext="pdf",
  header_name="Marko Petrović", email="marko.petrovic.md@gmail.com",
  phone_disp="(+381) 64 555 2271", phone="+381645552271", contact_where="body",
  extra=["Date of birth: 22/05/1989", "Nationality: Serbian"], datefmt="dmy", present="Current",
  sections=[
   ("WORK EXPERIENCE", [
      E("2024-09", "2024-11", "Observer – Rheumatology (outpatient clinics)", "Houston Methodist Hospital",
        "Houston, United States", usce=("observership", "Rheumatology", "TX")),
      E("2017-01", "2024-06", "Specialist in Internal Medicine", "University Clinical Centre of Serbia", "Belgrade, Serbia")]),
   ("EDUCATION AND TRAINING", [
      E("2008-10", "2015-09", "Doctor of Medicine", "University of Belgrade – Faculty of Medicine", "Belgrade, Serbia"),
      E("2017-01", "2021-12", "Specialization in Internal Medicine", "University Clinical Centre of Serbia", "Belgrade, Serbia")]),
   ("USMLE / ECFMG", [("kv", [("Step 1", "238"), ("Step 2 CK", "245"), ("Step 3", "225"), ("ECFMG", "Certified"),
                               ("Visa", "H-1B sponsorship requested")])]),
   ("CAREER GOAL", ["Internal Medicine residency, then Rheumatology fellowship."]),
   ("PUBLICATIONS", ["7 peer-reviewed papers (list available on request), e.g. Petrović M, et al. Lupus nephritis "
                     "outcomes in Serbia. Lupus. 2022."])],
  opts={"mother": "Serbian", "cefr": [("English", "C1", "C1", "C1", "C1", "B2"), ("Russian", "B1", "B1", "B1", "B1", "A2"),
                                      ("German", "A2", "A2", "A2", "A2", "A1")], "driving": "B"},
  school="University of Belgrade", country="RS", grad=2015, student=False,
  s1=238, s2=245, s3=225, ecfmg="certified", visa="h1b", specs=["Internal Medicine", "Rheumatology"],
  langs=["Serbian", "English", "Russian", "German"], pubs=7))

# ---------------------------------------------------------------- fpdf2 Unicode mixed scripts
add(R("Valentina Gómez Restrepo", n=13, layout="fpdf_es", ext="pdf",
  header_name="Dra. Valentina Gómez Restrepo", email="valentina.gomezr@udea.edu.co",
  phone_disp="+57 310 555 7764", phone="+573105557764", contact_where="body",
  extra=["Medellín, Antioquia, Colombia", "Fecha de nacimiento (Date of birth): 09/07/1996"], datefmt="es", present="actualidad",
  sections=[
   ("Perfil (Profile)", ["Médica y cirujana con interés en Medicina Interna y Enfermedades Infecciosas. "
                         "Visa B1/B2 vigente (valid B1/B2 visa)."]),
   ("Formación académica (Education)", [E("2014-02", "2021-06", "Médica y Cirujana (MD)", "Universidad de Antioquia", "Medellín, Colombia")]),
   ("Exámenes (Examinations)", [("kv", [("USMLE Step 1", "Aprobado (Pass)"), ("USMLE Step 2 CK", "239"),
                                         ("ECFMG", "Certificada (Certified) 2023")])]),
   ("Experiencia clínica en EE. UU. (US clinical experience)", [
      E("2024-02", "2024-03", "Observership – Enfermedades Infecciosas (Infectious Disease)", "Jackson Memorial Hospital",
        "Miami, Florida", usce=("observership", "Infectious Disease", "FL")),
      E("2024-04", "2024-06", "Externship – Medicina Interna (hands-on)", "Larkin Community Hospital", "Hialeah, FL",
        ["Historias clínicas y notas de evolución en el EHR bajo supervisión"], usce=("hands_on", "Internal Medicine", "FL"))]),
   ("Experiencia clínica (Clinical experience)", [
      E("2021-07", "2022-06", "Médica de Servicio Social Obligatorio (rural service)", "Hospital San Juan de Dios", "Santa Fe de Antioquia"),
      E("2022-08", "2023-12", "Médica General – Urgencias", "Hospital Pablo Tobón Uribe", "Medellín")]),
   ("Publicaciones (Publications)", [("b", ["Gómez Restrepo V, et al. Tuberculosis farmacorresistente en Medellín. Biomédica. 2022.",
                                              "Gómez Restrepo V, Arango L. Dengue grave en adultos. Infectio. 2023."])]),
   ("Idiomas (Languages)", ["Español (nativo), Inglés (avanzado – C1), Portugués (intermedio)"])],
  school="Universidad de Antioquia", country="CO", grad=2021, student=False,
  s1="pass", s2=239, ecfmg="certified", visa="b1b2", specs=["Internal Medicine", "Infectious Disease"],
  langs=["Spanish", "English", "Portuguese"], pubs=2))

add(R("Olena Kovalenko", n=14, layout="fpdf_cyrillic", ext="pdf",
  header_name="Olena Kovalenko, MD", native="Олена Коваленко", email="olena.kovalenko.md@ukr.net",
  phone_disp="+380 67 555 4412", phone="+380675554412", contact_where="body",
  extra=["Kyiv, Ukraine / currently Cleveland, OH", "Date of birth: 14.10.1994"], datefmt="dot", present="present",
  sections=[
   ("Objective", ["Neurology residency (categorical)"]),
   ("Education", [E("2012-09", "2018-06", "Medical Doctor (Лікар), General Medicine", "Bogomolets National Medical University",
                    "Kyiv, Ukraine", ["Диплом з відзнакою / Diploma with honours"]),
                  E("2018-08", "2020-06", "Internship (Інтернатура), Neurology", "Kyiv City Clinical Hospital No. 4", "Kyiv")]),
   ("USMLE / ECFMG", [("kv", [("Step 1", "PASS"), ("Step 2 CK", "233"), ("ECFMG", "Pending – OET result awaited"),
                               ("Visa", "J-1")])]),
   ("Clinical Experience in the USA", [
      E("2025-10", "present", "Observer, Neurology (stroke & epilepsy services)", "Cleveland Clinic Neurological Institute",
        "Cleveland, OH", usce=("observership", "Neurology", "OH"))]),
   ("Work Experience (Ukraine)", [E("2020-08", "2025-03", "Neurologist", "Feofaniya Clinical Hospital", "Kyiv, Ukraine",
                                    ["Outpatient and inpatient neurology; stroke thrombolysis team"])]),
   ("Publications", ["Kovalenko O, Shevchuk I. Post-COVID headache in Kyiv. Ukr Neurol J. 2022;3:15-21."]),
   ("Languages", ["Ukrainian (native), Russian (fluent), English (C1), Polish (basic)"])],
  school="Bogomolets National Medical University", country="UA", grad=2018, student=False,
  s1="pass", s2=233, ecfmg="pending", visa="j1", specs=["Neurology"],
  langs=["Ukrainian", "Russian", "English", "Polish"], pubs=1))

add(R("Mohamed Abdelrahman Elsayed", n=15, layout="fpdf_arabic", ext="pdf",
  header_name="Dr. Mohamed Abdelrahman Elsayed", native="محمد عبد الرحمن السيد", email="m.abdelrahman.elsayed@gmail.com",
  phone_disp="+20 100 555 8823", phone="+201005558823", contact_where="body",
  extra=["Giza, Egypt", "DOB 02/1995"], datefmt="mon", present="Present",
  sections=[
   ("Career Interest", ["Internal Medicine residency leading to Gastroenterology fellowship."]),
   ("Medical Education", [E("2013-09", "2019-09", "MBBCh (Bachelor of Medicine and Surgery)", "Cairo University – Kasr Al Ainy Faculty of Medicine",
                             "Cairo, Egypt", ["Graduated 2019, grade: Excellent with Honors"]),
                          E("2020-03", "2021-02", "Internship (mandatory rotating year)", "Kasr Al Ainy University Hospitals", "Cairo")]),
   ("USMLE", [("kv", [("Step 1", "Pass"), ("Step 2 CK", "258"), ("ECFMG", "Certified"), ("Visa status", "J-1")])]),
   ("United States Experience", [
      E("2024-06", "present", "Research Scholar, Division of Gastroenterology", "Mount Sinai Hospital", "New York, NY",
        ["IBD database; 2 manuscripts under review"], usce=("research", "Gastroenterology", "NY")),
      E("2025-01", "2025-03", "Clinical Extern, Internal Medicine (hands-on)", "Brookdale Hospital Medical Center", "Brooklyn, NY",
        usce=("hands_on", "Internal Medicine", "NY"))]),
   ("Experience in Egypt", [E("2021-03", "2024-04", "Resident, Internal Medicine", "Kasr Al Ainy Hospital", "Cairo")]),
   ("Publications", [("b", ["Elsayed MA, et al. HCV treatment outcomes in Egypt. J Viral Hepat. 2022.",
                            "Elsayed MA, Farouk H. NAFLD in young adults. Arab J Gastroenterol. 2023.",
                            "Hassan R, Elsayed MA, et al. Ustekinumab in Crohn's. Inflamm Bowel Dis. 2025."])]),
   ("Languages", ["Arabic (native), English (fluent), German (A2)"]),
   ("References", [("ref", "Dr. Daniel Rosen, MD", "Associate Professor of Medicine (Gastroenterology)", "Icahn School of Medicine at Mount Sinai",
                     "daniel.rosen@mssm.edu", "+1 212 555 0134")])],
  school="Cairo University", country="EG", grad=2019, student=False,
  s1="pass", s2=258, ecfmg="certified", visa="j1", specs=["Internal Medicine", "Gastroenterology"],
  langs=["Arabic", "English", "German"], pubs=3))

# ---------------------------------------------------------------- plain text
add(R("Sabin Shrestha", n=16, layout="txt_email", ext="txt",
  header_name="Sabin Shrestha, MBBS", email="sabin.shrestha.iom@gmail.com",
  phone_disp="+977-9841-555203", phone="+9779841555203", contact_where="body",
  extra=["Kathmandu, Nepal"], datefmt="mon", present="present",
  sections=[
   ("EDUCATION", [E("2015-11", "2021-05", "MBBS", "Institute of Medicine, Tribhuvan University (Maharajgunj Medical Campus)",
                    "Kathmandu, Nepal")]),
   ("USMLE", [("kv", [("Step 1", "Pass"), ("Step 2 CK", "247"), ("ECFMG", "certified (Jan 2024)")])]),
   ("US CLINICAL EXPERIENCE", [E("2025-06", "2025-07", "Observership - Internal Medicine", "UPMC Presbyterian", "Pittsburgh, PA",
                                  usce=("observership", "Internal Medicine", "PA"))]),
   ("WORK", [E("2021-06", "2022-05", "Internship", "TU Teaching Hospital", "Kathmandu"),
             E("2022-07", "2025-04", "Medical Officer", "Dhulikhel Hospital", "Kavre, Nepal")]),
   ("PUBLICATIONS", ["None yet"]),
   ("LANGUAGES", ["Nepali, English, Hindi"]),
   ("REFERENCE", [("ref", "Dr. Michael Brennan", "Attending Physician, Internal Medicine", "UPMC Presbyterian",
                    "brennanm2@upmc.edu", "(412) 555-0190")])],
  opts={"intro": "Dear Dr. Alvarez,\n\nThank you for considering my application for the observership/externship program in Internal "
                 "Medicine. I am pasting my CV below since the portal did not accept attachments. I am interested in Internal "
                 "Medicine residency.\n\nBest regards,\nSabin"},
  school="Institute of Medicine, Tribhuvan University", country="NP", grad=2021, student=False,
  s1="pass", s2=247, ecfmg="certified", visa=None, specs=["Internal Medicine"],
  langs=["Nepali", "English", "Hindi"], pubs=0))

add(R("Nadeesha Perera", n=17, layout="txt_bullets", ext="txt",
  header_name="Dr. Nadeesha Perera", email="nadeesha.perera.lk@gmail.com",
  phone_disp="+1 909-555-0178", phone="+19095550178", contact_where="body",
  extra=["Rancho Cucamonga, CA 91730", "Status: Permanent Resident (green card)"], datefmt="mon", present="current",
  sections=[
   ("OBJECTIVE", ["Seeking a PGY-1 position in a community-based Family Medicine residency program where I can continue caring for older adults and underserved immigrant families; particular interest in geriatric care and chronic disease management."]),
   ("EDUCATION", [E("2012-06", "2019-01", "MBBS", "Faculty of Medicine, University of Colombo", "Colombo, Sri Lanka",
                    ["Effective date of degree: January 2019"])]),
   ("EXAMS", [("kv", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "229"), ("PLAB 1", "Passed (2020)"),
                       ("ECFMG", "Certified")])]),
   ("US CLINICAL EXPERIENCE", [
      E("2023-10", "2024-01", "Externship, Family Medicine (hands-on)", "Loma Linda University Health - FM clinic",
        "Loma Linda, CA", ["SOAP notes, patient interviews, procedures under supervision"], usce=("hands_on", "Family Medicine", "CA")),
      E("2024-02", "2024-03", "Observership, Geriatrics", "Kaiser Permanente Fontana Medical Center", "Fontana, CA",
        usce=("observership", "Geriatrics", "CA"))]),
   ("OTHER CLINICAL", [E("2019-02", "2020-01", "Intern House Officer", "National Hospital of Sri Lanka", "Colombo"),
                       E("2020-03", "2022-08", "Senior House Officer (Medicine)", "Teaching Hospital Kandy", "Kandy, Sri Lanka")]),
   ("LANGUAGES", [("b", ["Sinhala - native", "Tamil - conversational", "English - fluent"])])],
  school="University of Colombo", country="LK", grad=2019, student=False,
  s1="pass", s2=229, ecfmg="certified", visa="green_card", specs=["Family Medicine", "Geriatrics"],
  langs=["Sinhala", "Tamil", "English"], pubs=None))

add(R("Abdullah Saad Al-Harbi", n=18, layout="txt_gdocs", ext="txt",
  header_name="Abdullah Saad Al-Harbi", email="a.alharbi.rad@hotmail.com",
  phone_disp="+966 55 555 1934", phone="+966555551934", contact_where="body",
  extra=["Riyadh, Saudi Arabia"], datefmt="iso", present="Present",
  sections=[
   ("Career Objective", ["To match into a Diagnostic Radiology residency."]),
   ("Education", [E("2015-09", "2022-06", "MBBS", "King Saud University College of Medicine", "Riyadh, Saudi Arabia",
                    ["Internship year included (2021-2022)"])]),
   ("USMLE", [("kv", [("Step 1", "Pass"), ("Step 2 CK", "250"), ("ECFMG", "Certified"), ("Visa", "J-1")])]),
   ("US Experience", [E("2024-03", "2024-04", "Observership – Diagnostic Radiology", "The Ohio State University Wexner Medical Center",
                         "Columbus, OH", usce=("observership", "Radiology", "OH"))]),
   ("Work", [E("2022-08", "2024-01", "General Practitioner", "King Khalid University Hospital", "Riyadh")]),
   ("Publications", ["Al-Harbi AS, et al. CT utilization in the ED. Saudi Med J. 2022.",
                     "Al-Harbi AS, Al-Otaibi N. MRI wait times in Riyadh. Ann Saudi Med. 2023."]),
   ("Languages", ["Arabic, English"])],
  school="King Saud University", country="SA", grad=2022, student=False,
  s1="pass", s2=250, ecfmg="certified", visa="j1", specs=["Radiology"],
  langs=["Arabic", "English"], pubs=2))

# ---------------------------------------------------------------- RTF by hand
add(R("Kwame Mensah Asante", n=19, layout="rtf_hand", ext="rtf",
  header_name="KWAME MENSAH ASANTE, MB ChB", email="kwame.asante.md@gmail.com",
  phone_disp="+1 (301) 555-0126", phone="+13015550126", contact_where="body",
  extra=["Silver Spring, MD 20910", "US Citizen (naturalized 2021)"], datefmt="month", present="Present",
  sections=[
   ("Objective", ["Internal Medicine residency; long-term goal Hematology/Oncology fellowship"]),
   ("Education", [E("2009-09", "2016-07", "MB ChB", "University of Ghana Medical School", "Accra, Ghana")]),
   ("Postgraduate", [E("2016-10", "2018-09", "House Officer", "Korle Bu Teaching Hospital", "Accra, Ghana"),
                     E("2018-10", "2021-06", "Medical Officer", "Komfo Anokye Teaching Hospital", "Kumasi, Ghana")]),
   ("USMLE", [("kv", [("Step 1", "238"), ("Step 2 CK", "242"), ("ECFMG", "Certified (2020)")])]),
   ("Experience in the US", [
      E("2022-01", "2023-06", "Research Coordinator, Hematologic Malignancies", "Johns Hopkins Sidney Kimmel Cancer Center",
        "Baltimore, MD", usce=("research", "Hematology/Oncology", "MD")),
      E("2023-03", "2023-05", "Observership, Hematology/Oncology", "University of Maryland Medical Center", "Baltimore, MD",
        usce=("observership", "Hematology/Oncology", "MD"))]),
   ("Publications", [("b", ["Asante KM, et al. Sickle cell disease and stroke in Accra. Ghana Med J. 2019.",
                            "Asante KM, et al. Multiple myeloma outcomes in African Americans. Blood Adv. 2023.",
                            "Owusu E, Asante KM. Burkitt lymphoma in Kumasi. Pan Afr Med J. 2020.",
                            "Asante KM, Lee S. CAR-T access disparities. JCO Oncol Pract. 2023."])]),
   ("Languages", ["English, Twi, Ga"])],
  school="University of Ghana Medical School", country="GH", grad=2016, student=False,
  s1=238, s2=242, ecfmg="certified", visa="citizen", specs=["Internal Medicine", "Hematology/Oncology"],
  langs=["English", "Twi", "Ga"], pubs=4))

add(R("Shanice Campbell-Brown", n=20, layout="rtf_hand", ext="rtf",
  header_name="Shanice Campbell-Brown, MBBS", email="shanice.cbrown@gmail.com",
  phone_disp="+1 876 555 0147", phone="+18765550147", contact_where="header",
  extra=["Kingston 6, Jamaica"], datefmt="mm/yyyy", present="present",
  sections=[
   ("Professional Interest", ["Obstetrics & Gynaecology"]),
   ("Education", [E("2014-09", "2020-06", "Bachelor of Medicine, Bachelor of Surgery", "The University of the West Indies, Mona",
                    "Kingston, Jamaica")]),
   ("Examinations", [("kv", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "226"), ("NBME CCSSA", "232 (practice)"),
                              ("MCCQE Part I", "Passed 2023"), ("ECFMG", "Certified")])]),
   ("Clinical Experience", [
      E("2020-07", "2021-06", "Intern", "University Hospital of the West Indies", "Kingston, Jamaica"),
      E("2021-07", "2024-06", "Senior House Officer, Obstetrics & Gynaecology", "Victoria Jubilee Hospital", "Kingston, Jamaica"),
      E("2024-09", "2024-11", "Clinical Observer, Obstetrics & Gynecology", "Mount Sinai Hospital", "Toronto, Ontario, Canada")]),
   ("Research", ["No journal publications. Posters: Pre-eclampsia screening at VJH (CARPHA 2023); "
                 "Teen pregnancy outcomes (UWI Research Day 2022)."]),
   ("Languages", ["English, Spanish (basic)"])],
  school="The University of the West Indies, Mona", country="JM", grad=2020, student=False,
  s1="pass", s2=226, ecfmg="certified", visa=None, specs=["Obstetrics and Gynecology"],
  langs=["English", "Spanish"], pubs=0))

add(R("Nguyễn Thị Minh Anh", n=21, layout="rtf_hand", ext="rtf",
  header_name="Nguyễn Thị Minh Anh, MD", email="minhanh.nguyen.hmu@gmail.com",
  phone_disp="(+84) 912 555 683", phone="+84912555683", contact_where="body",
  extra=["Đống Đa, Hà Nội, Việt Nam", "Born 1998"], datefmt="mm/yyyy", present="present",
  sections=[
   ("Career interest", ["Anatomic and Clinical Pathology"]),
   ("Education", [E("2017-09", "2023-06", "Bác sĩ Đa khoa (Doctor of Medicine, General Medicine)", "Hanoi Medical University (Trường Đại học Y Hà Nội)",
                    "Hà Nội, Vietnam")]),
   ("USMLE", [("kv", [("Step 1", "Pass (2024)"), ("Step 2 CK", "scheduled 01/2027"), ("ECFMG", "Not yet certified")])]),
   ("Research Experience (USA)", [
      E("2025-02", "2025-08", "Visiting Research Scholar, Department of Pathology", "UT Southwestern Medical Center", "Dallas, TX",
        ["Digital pathology image annotation; tumor microenvironment study"], usce=("research", "Pathology", "TX"))]),
   ("Clinical Work (Vietnam)", [E("2023-08", "2025-01", "Resident Doctor (Bác sĩ nội trú), Pathology", "Bach Mai Hospital", "Hà Nội")]),
   ("Publications", ["Nguyễn TMA, et al. HPV genotypes in cervical lesions. Asian Pac J Cancer Prev. 2023.",
                     "Tran VH, Nguyễn TMA. Frozen section accuracy at Bach Mai. Ann Diagn Pathol. 2024."]),
   ("Languages", ["Vietnamese (native), English (IELTS 7.5), French (basic)"])],
  school="Hanoi Medical University", country="VN", grad=2023, student=False,
  s1="pass", s2=None, ecfmg="not_certified", visa=None, specs=["Pathology"],
  langs=["Vietnamese", "English", "French"], pubs=2))

# ---- extra sections that make the Writer->PDF CVs run onto a second page ("Page 1 of 2")
_MORE = {
 6: [("Certifications", [("b", ["BLS and ACLS (American Heart Association), valid to 2027", "ECFMG Pathway: not applicable (Step 2 CS passed)"])]),
     ("Skills", [("b", ["Central lines, thoracentesis, paracentesis, lumbar puncture", "Point-of-care ultrasound (basic)",
                        "EHR: Cerner, Epic (externship training)", "SPSS, R (basic)"])]),
     ("Volunteer Work", [E("2020-04", "2020-09", "COVID-19 isolation ward volunteer", "Kurmitola General Hospital", "Dhaka"),
                         E("2017-01", "2017-03", "Flood relief medical camp", "Bangladesh Red Crescent Society", "Sirajganj")]),
     ("Hobbies", ["Cricket, photography, teaching USMLE study groups"])],
 7: [("Teaching", [E("2021-09", "2023-05", "Teaching Assistant, Physiology", "AUB Faculty of Medicine", "Beirut")]),
     ("Skills", [("b", ["R, Python, Stata; REDCap", "Echocardiography image acquisition (basic)", "BLS/ACLS certified"])]),
     ("Awards", [("b", ["Dean's Honor List (2017-2023)", "Best Poster, AUB Research Day 2022"])]),
     ("Volunteer Work", ["Lebanese Red Cross emergency medical services volunteer, 2017-2020."])],
 8: [("Leadership", [E("2022-01", "2022-12", "President, Emergency Medicine Interest Group", "St. George's University", "Grenada")]),
     ("Certifications", [("b", ["BLS, ACLS, PALS (AHA)", "Stop the Bleed instructor"])]),
     ("Volunteer", [("b", ["Tampa Bay free clinic (2019-2020)", "Hurricane Ian shelter medical volunteer (2022)"])]),
     ("Interests", ["Trail running, wilderness medicine, Spanish language"])],
 9: [("Surgical Skills", [("b", ["Laparotomy, bowel resection and anastomosis", "Appendectomy (open and laparoscopic)",
                                   "Thyroidectomy (assisted)", "Trauma primary survey and ATLS protocols"])]),
     ("Teaching", [E("2021-09", "2023-08", "Clinical tutor for medical students", "Addis Ababa University", "Addis Ababa")]),
     ("Certifications", [("b", ["ATLS (2022)", "BLS/ACLS (2025)"])]),
     ("Memberships", [("b", ["Surgical Society of Ethiopia", "COSECSA associate member"])])],
}
for _r in RECORDS:
    if _r["n"] in _MORE:
        _secs = _r["sections"]
        _lang = [s for s in _secs if s[0].lower().startswith("languages")]
        _rest = [s for s in _secs if not s[0].lower().startswith("languages")]
        _r["sections"] = _rest[:-1] + _MORE[_r["n"]] + [_rest[-1]] + _lang if _rest[-1][0] == "References" else _rest + _MORE[_r["n"]] + _lang
