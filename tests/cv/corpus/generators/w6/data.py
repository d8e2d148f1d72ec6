# -*- coding: utf-8 -*-
"""CV content + truth for writer w6. Every printed string is here; renderers only lay it out.
Entry: dict(t=title, s=place line, d=date string as printed, b=[bullets]).
Truth is written explicitly per person (not parsed back)."""

def U(type_, spec, st, start, end):
    return {"type": type_, "specialty": spec, "state": st, "start": start, "end": end}

P = []

# 001 Pakistan, Dr + MBBS, house job, referees US, UWSA, overlapping observerships
P.append(dict(
 id=1, layout="rtf_soffice_pdf", fmt="rtf2pdf",
 name="Dr. Hamza Tariq Qureshi, MBBS", headline="Internal Medicine Applicant | ECFMG Certified",
 contacts=["House 14, Street 9, F-8/3, Islamabad, Pakistan", "Email: hamza.t.qureshi@gmail.com", "Cell: +92 321 5507412", "DOB: 14 August 1996"],
 sections=[
  dict(h="Career Objective", text="Seeking a categorical residency position in Internal Medicine, with a long-term interest in Cardiology."),
  dict(h="Education", items=[
   dict(t="Bachelor of Medicine, Bachelor of Surgery (MBBS)", s="Rawalpindi Medical University, Rawalpindi, Pakistan", d="2015 – 2020"),
   dict(t="F.Sc. Pre-Medical", s="Punjab Group of Colleges, Rawalpindi", d="2013 – 2015")]),
  dict(h="USMLE & Certification", items=[
   dict(t="USMLE Step 1", s="Pass (first attempt)", d="Feb 2022"),
   dict(t="USMLE Step 2 CK", s="Score: 248", d="Oct 2022"),
   dict(t="UWSA 2 (practice)", s="Score: 256", d="Sep 2022"),
   dict(t="ECFMG Certification", s="Certified — valid indefinitely", d="Jan 2023")]),
  dict(h="US Clinical Experience", items=[
   dict(t="Clinical Observership – Internal Medicine", s="Mount Sinai Hospital, Chicago, IL", d="Mar 2024 – May 2024", b=["Attended daily rounds and morning report", "Presented two cases at noon conference"]),
   dict(t="Observership – Cardiology", s="Advocate Christ Medical Center, Oak Lawn, IL", d="May 2024 – Jun 2024", b=["Observed echocardiography and cath lab procedures"])]),
  dict(h="Postgraduate Training (Pakistan)", items=[
   dict(t="House Officer – Medicine & Surgery", s="Holy Family Hospital, Rawalpindi", d="Jan 2021 – Dec 2021"),
   dict(t="Medical Officer – Emergency Department", s="Benazir Bhutto Hospital, Rawalpindi", d="Feb 2022 – Jan 2024")]),
  dict(h="Publications", items=[
   dict(t="Qureshi HT, Malik S. Dengue-associated myocarditis in adults: a retrospective cohort. Pak J Med Sci. 2023;39(4):1021-26."),
   dict(t="Khan A, Qureshi HT, et al. Outcomes of DKA management protocols in a tertiary care unit. Cureus. 2022;14(8):e28112."),
   dict(t="Poster: Hyponatremia in elderly inpatients. RMU Research Day, 2020 (poster only).")]),
  dict(h="Languages", text="English (fluent), Urdu (native), Punjabi (native)"),
  dict(h="Visa Status", text="Will require J-1 visa sponsorship (ECFMG)."),
  dict(h="References", items=[
   dict(t="Dr. Sarah Whitman, MD – Program Director, Internal Medicine", s="Mount Sinai Hospital, Chicago, IL · swhitman@sinai.org · +1 (773) 542-2000"),
   dict(t="Dr. Rajesh Iyer, MD, FACC – Attending Cardiologist", s="Advocate Christ Medical Center · rajesh.iyer@aah.org · +1 708-684-8000")]),
 ],
 truth=dict(full_name="Hamza Tariq Qureshi", email="hamza.t.qureshi@gmail.com", phone_e164="+923215507412",
  medical_school="Rawalpindi Medical University", medical_school_country="PK", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"], publications=2,
  usce_entries=[U("observership","Internal Medicine","IL","2024-03","2024-05"), U("observership","Cardiology","IL","2024-05","2024-06")]),
))

# 002 Egypt, Arabic script next to name, numeric dates 03/2024, hands-on + research, Step 3
P.append(dict(
 id=2, layout="rtf_soffice_pdf", fmt="rtf2pdf",
 name="Omar Khaled Abdelrahman", alt_name="عمر خالد عبد الرحمن", headline="MBBCh, Cairo University",
 contacts=["omar.abdelrahman.md@outlook.com", "+20 100 482 7731", "Giza, Egypt"],
 sections=[
  dict(h="Personal Statement", text="Physician applying for residency in Neurology. Interested in stroke and neurocritical care."),
  dict(h="Education", items=[
   dict(t="Bachelor of Medicine and Surgery (MBBCh)", s="Faculty of Medicine, Cairo University (Kasr Al Ainy), Egypt", d="09/2012 – 07/2018", b=["Grade: Excellent with Honors"])]),
  dict(h="Licensing Examinations", items=[
   dict(t="USMLE Step 1", s="234", d="06/2020"),
   dict(t="USMLE Step 2 CK", s="251", d="01/2021"),
   dict(t="USMLE Step 3", s="229", d="11/2023"),
   dict(t="ECFMG", s="Certified", d="03/2021")]),
  dict(h="Clinical Experience in the USA", items=[
   dict(t="Research Fellow, Stroke Outcomes Lab", s="University of Miami Miller School of Medicine, Miami, FL", d="01/2023 – 06/2023", b=["Data abstraction for thrombectomy registry"]),
   dict(t="Externship (hands-on), Neurology", s="Jackson Memorial Hospital, Miami, FL", d="07/2023 – 09/2023", b=["Wrote notes and orders under supervision"])]),
  dict(h="Experience in Egypt", items=[
   dict(t="Internship (rotating)", s="Kasr Al Ainy Hospitals, Cairo", d="03/2019 – 02/2020"),
   dict(t="Resident, Neurology", s="Cairo University Hospitals", d="03/2020 – 12/2022")]),
  dict(h="Publications", items=[
   dict(t="Abdelrahman OK, et al. Door-to-needle time in an Egyptian stroke unit. J Stroke Cerebrovasc Dis. 2022;31:106400."),
   dict(t="Hassan M, Abdelrahman OK. Predictors of hemorrhagic transformation after tPA. Egypt J Neurol Psychiatr Neurosurg. 2021;57:88."),
   dict(t="Abdelrahman OK, Salem R, Gomez L. Mechanical thrombectomy beyond 24 hours: a case series. Front Neurol. 2023;14:1123."),
   ]),
  dict(h="Languages", text="Arabic (native); English (fluent); French (basic)"),
  dict(h="Immigration", text="Currently in the U.S. on H-1B visa."),
 ],
 truth=dict(full_name="Omar Khaled Abdelrahman", email="omar.abdelrahman.md@outlook.com", phone_e164="+201004827731",
  medical_school="Faculty of Medicine, Cairo University (Kasr Al Ainy)", medical_school_country="EG", graduation_year=2018, is_student=False,
  usmle_step1=234, usmle_step2ck=251, usmle_step3=229, ecfmg_status="certified", visa_status="h1b",
  specialties=["Neurology"], languages=["Arabic", "English", "French"], publications=3,
  usce_entries=[U("research","Neurology","FL","2023-01","2023-06"), U("hands_on","Neurology","FL","2023-07","2023-09")]),
))

# 003 Nigeria, UK attachment (not USCE), PLAB, student? no, graduated. Step1 fail? Make step1 pass, step2 pending.
P.append(dict(
 id=3, layout="rtf_soffice_pdf", fmt="rtf2pdf",
 name="Chiamaka Adaeze Okonkwo, MBBS", headline="Family Medicine | Pediatrics",
 contacts=["Lagos, Nigeria", "chiamaka.okonkwo@yahoo.com", "Tel: +234 803 219 6650"],
 sections=[
  dict(h="Professional Summary", text="Motivated graduate from Nigeria pursuing residency in Family Medicine or Pediatrics in the United States."),
  dict(h="Medical Education", items=[
   dict(t="MBBS", s="College of Medicine, University of Lagos (UNILAG), Nigeria", d="Graduated November 2019")]),
  dict(h="Examinations", items=[
   dict(t="USMLE Step 1", s="Passed", d="July 2023"),
   dict(t="USMLE Step 2 CK", s="Scheduled", d="January 2027"),
   dict(t="PLAB 1 and PLAB 2 (UK GMC)", s="Passed", d="2021"),
   dict(t="NBME Form 30 (self-assessment)", s="262", d="June 2023")]),
  dict(h="ECFMG", text="Certification pending – Step 2 CK outstanding."),
  dict(h="Clinical Experience", items=[
   dict(t="Observer, Family Medicine", s="Piedmont Family Practice, Atlanta, Georgia, USA", d="August 2024"),
   dict(t="Clinical Attachment, Paediatrics", s="Royal Manchester Children's Hospital, Manchester, UK", d="March 2022 – April 2022"),
   dict(t="Telehealth Elective, Pediatrics", s="Children's Mercy Kansas City (virtual), Missouri, USA", d="October 2024 – November 2024"),
   dict(t="House Officer", s="Lagos University Teaching Hospital", d="January 2020 – December 2020"),
   dict(t="NYSC Medical Officer", s="General Hospital Katsina", d="2021")]),
  dict(h="Research", text="No peer-reviewed publications yet; two posters presented at the Nigerian Paediatric Society conference (2021)."),
  dict(h="Languages", text="English, Igbo, Yoruba"),
  dict(h="Referees", items=[dict(t="Dr. Monica Hale, MD", s="Piedmont Family Practice · mhale@piedmontfp.com · (404) 555-0143")]),
 ],
 truth=dict(full_name="Chiamaka Adaeze Okonkwo", email="chiamaka.okonkwo@yahoo.com", phone_e164="+2348032196650",
  medical_school="College of Medicine, University of Lagos", medical_school_country="NG", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
  specialties=["Family Medicine", "Pediatrics"], languages=["English", "Igbo", "Yoruba"], publications=0,
  usce_entries=[U("observership","Family Medicine","GA","2024-08","2024-08"), U("telehealth","Pediatrics","MO","2024-10","2024-11")]),
))

# 004 Brazil, Portuguese diacritics, reportlab 2-col, US citizen? no: b1b2
P.append(dict(
 id=4, layout="reportlab_twocol_pdf", fmt="rl2col",
 name="Luíza Fernandes Araújo", headline="Médica | Medical Doctor",
 contacts=["luiza.araujo.med@gmail.com", "+55 (31) 99874-2210", "Belo Horizonte, MG, Brasil"],
 sidebar=[dict(h="Languages", text="Portuguese – native\nEnglish – C1\nSpanish – B2"),
          dict(h="Interests", text="Obstetrics and Gynecology\nMaternal-fetal medicine"),
          dict(h="Visa", text="B1/B2 visitor visa (valid until 2031)")],
 sections=[
  dict(h="Education", items=[
   dict(t="Doctor of Medicine (MD equivalent – Médico)", s="Universidade Federal de Minas Gerais (UFMG), Belo Horizonte, Brazil", d="2014 – 2019")]),
  dict(h="USMLE", items=[
   dict(t="Step 1", s="Pass", d="2021"), dict(t="Step 2 CK", s="241", d="2022"),
   dict(t="ECFMG Status", s="Certified", d="2022")]),
  dict(h="U.S. Clinical Experience", items=[
   dict(t="Observership – Obstetrics & Gynecology", s="Brigham and Women's Hospital, Boston, MA", d="Sep 2023 – Oct 2023"),
   dict(t="Observership – Maternal-Fetal Medicine", s="Tufts Medical Center, Boston, MA", d="Nov 2023")]),
  dict(h="Experience in Brazil", items=[
   dict(t="Residência Médica (Residency) – Ginecologia e Obstetrícia", s="Hospital das Clínicas da UFMG", d="2020 – 2023 (completed)")]),
  dict(h="Publications", items=[
   dict(t="Araújo LF, Costa R. Preeclampsia screening in a public maternity. Rev Bras Ginecol Obstet. 2022;44:310-17.")]),
 ],
 truth=dict(full_name="Luíza Fernandes Araújo", email="luiza.araujo.med@gmail.com", phone_e164="+5531998742210",
  medical_school="Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Obstetrics and Gynecology"], languages=["Portuguese", "English", "Spanish"], publications=1,
  usce_entries=[U("observership","Obstetrics and Gynecology","MA","2023-09","2023-10"), U("observership","Obstetrics and Gynecology","MA","2023-11","2023-11")]),
))

# 005 India, student (final year), reportlab 2col
P.append(dict(
 id=5, layout="reportlab_twocol_pdf", fmt="rl2col",
 name="Aarav Venkatesh", headline="Final-year MBBS student",
 contacts=["aarav.venkatesh27@gmail.com", "+91 98450 31276", "Bengaluru, India"],
 sidebar=[dict(h="Languages", text="English\nHindi\nKannada\nTamil"),
          dict(h="Career Interest", text="Emergency Medicine"),
          dict(h="Date of Birth", text="02/11/2001")],
 sections=[
  dict(h="Education", items=[
   dict(t="MBBS (expected May 2027)", s="Bangalore Medical College and Research Institute, Bengaluru, India", d="2021 – present")]),
  dict(h="Exams", items=[dict(t="USMLE Step 1", s="Pass", d="Apr 2025"), dict(t="UWSA 1", s="248 (practice)", d="Mar 2025")]),
  dict(h="U.S. Clinical Electives", items=[
   dict(t="Visiting Student Elective (hands-on) – Emergency Medicine", s="Detroit Receiving Hospital, Detroit, MI", d="Jun 2025 – Jul 2025"),
   dict(t="Virtual Research Internship – Emergency Medicine", s="Henry Ford Health, Detroit, MI (remote)", d="Jan 2025 – Mar 2025")]),
  dict(h="Publications", text="None to date (manuscript under review)."),
 ],
 truth=dict(full_name="Aarav Venkatesh", email="aarav.venkatesh27@gmail.com", phone_e164="+919845031276",
  medical_school="Bangalore Medical College and Research Institute", medical_school_country="IN", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Emergency Medicine"], languages=["English", "Hindi", "Kannada", "Tamil"], publications=0,
  usce_entries=[U("hands_on","Emergency Medicine","MI","2025-06","2025-07"), U("research","Emergency Medicine","MI","2025-01","2025-03")]),
))

# 006 Caribbean student, US citizen, Ross (Barbados)
P.append(dict(
 id=6, layout="reportlab_twocol_pdf", fmt="rl2col",
 name="Tyler J. Brennan", headline="MD Candidate, Class of 2027",
 contacts=["tbrennan@students.rossu.edu", "(617) 555-0188", "Boston, MA, USA"],
 sidebar=[dict(h="Citizenship", text="U.S. citizen"), dict(h="Languages", text="English (native)\nSpanish (conversational)"),
          dict(h="Interests", text="General Surgery")],
 sections=[
  dict(h="Education", items=[
   dict(t="Doctor of Medicine (MD) Candidate", s="Ross University School of Medicine, Bridgetown, Barbados", d="Jan 2023 – expected Apr 2027"),
   dict(t="B.S. Biology", s="University of Massachusetts Amherst, MA", d="2018 – 2022")]),
  dict(h="USMLE", items=[dict(t="Step 1", s="Pass", d="Jan 2025"), dict(t="Step 2 CK", s="Not yet taken", d="")]),
  dict(h="Core Clinical Rotations", items=[
   dict(t="Surgery Clerkship (hands-on)", s="Saint Michael's Medical Center, Newark, NJ", d="2025-03 – 2025-05"),
   dict(t="Internal Medicine Clerkship (hands-on)", s="Larkin Community Hospital, Miami, FL", d="2025-06 – 2025-08"),
   dict(t="Pediatrics Clerkship (hands-on)", s="Saint Michael's Medical Center, Newark, NJ", d="2025-09 – 2025-10"),
   dict(t="Surgical Subinternship (hands-on)", s="Saint Michael's Medical Center, Newark, NJ", d="2026-11 – Present")]),
 ],
 truth=dict(full_name="Tyler J. Brennan", email="tbrennan@students.rossu.edu", phone_e164="+16175550188",
  medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="citizen",
  specialties=["General Surgery"], languages=["English", "Spanish"], publications=None,
  usce_entries=[U("hands_on","General Surgery","NJ","2025-03","2025-05"), U("hands_on","Internal Medicine","FL","2025-06","2025-08"),
                U("hands_on","Pediatrics","NJ","2025-09","2025-10"), U("hands_on","General Surgery","NJ","2026-11","2026-12")]),
))

# 007 Philippines, chromium modern, 2 pages
P.append(dict(
 id=7, layout="chromium_modern_pdf", fmt="chrome",
 name="Maria Cristina Dela Cruz, MD", headline="Physician · Pediatrics",
 contacts=["mcdelacruz.md@gmail.com", "+63 917 842 3391", "Quezon City, Philippines"],
 sidebar=[dict(h="Skills", text="Pediatric Advanced Life Support (PALS)\nNeonatal Resuscitation (NRP)\nEpic EMR\nREDCap"),
          dict(h="Languages", text="Filipino ●●●●●\nEnglish ●●●●●\nCebuano ●●●○○"),
          dict(h="Visa", text="J-1 (ECFMG sponsorship)")],
 sections=[
  dict(h="Profile", text="Pediatrician-in-training from the Philippines seeking US residency in Pediatrics; special interest in Infectious Disease."),
  dict(h="Education", items=[
   dict(t="Doctor of Medicine", s="University of the Philippines College of Medicine, Manila", d="2013 – 2017"),
   dict(t="BS Biology", s="University of the Philippines Diliman", d="2009 – 2013")]),
  dict(h="Licensure", items=[
   dict(t="Philippine Physician Licensure Examination", s="Passed", d="Sep 2018"),
   dict(t="USMLE Step 1", s="228", d="Mar 2021"),
   dict(t="USMLE Step 2 CK", s="244", d="Aug 2021"),
   dict(t="ECFMG Certificate", s="Issued", d="Oct 2021")]),
  dict(h="US Clinical Experience", items=[
   dict(t="Pediatric Observership", s="Nationwide Children's Hospital, Columbus, OH", d="April–June 2024", b=["Rounded with general pediatrics team", "Attended ID consult rounds"]),
   dict(t="Research Assistant, Infectious Disease", s="Nationwide Children's Hospital, Columbus, OH", d="May 2024 – August 2024", b=["Chart review for RSV hospitalization study"])]),
  dict(h="Work Experience (Philippines)", items=[
   dict(t="Post-graduate Internship", s="Philippine General Hospital", d="Aug 2017 – Jul 2018"),
   dict(t="Pediatric Resident", s="Philippine General Hospital, Manila", d="Jan 2019 – Dec 2021"),
   dict(t="Pediatric Consultant", s="St. Luke's Medical Center, Quezon City", d="Jan 2022 – Mar 2024")]),
  dict(h="Publications", items=[
   dict(t="Dela Cruz MC, Reyes A. Dengue shock syndrome in children: a 5-year review. Acta Med Philipp. 2021;55(3):290-8."),
   dict(t="Dela Cruz MC, Tan JL. Measles outbreak response in Metro Manila. Pediatr Infect Dis Soc Philipp J. 2020;21(1):12-19."),
   dict(t="Dela Cruz MC, Park S, Lindqvist E. Outcomes of infants hospitalized with RSV. J Pediatric Infect Dis Soc. 2025;14(2):101-8."),
   dict(t="Abstract: RSV readmissions. Pediatric Academic Societies 2025 (abstract, not peer-reviewed article).")]),
  dict(h="Volunteer Work", items=[dict(t="Medical mission, Typhoon Odette relief", s="Surigao del Norte", d="Dec 2021 – Jan 2022")]),
  dict(h="Awards", items=[dict(t="Best Resident Research Paper", s="Philippine Pediatric Society", d="2021"), dict(t="Dean's Lister", s="UP College of Medicine", d="2014 – 2016")]),
 ],
 truth=dict(full_name="Maria Cristina Dela Cruz", email="mcdelacruz.md@gmail.com", phone_e164="+639178423391",
  medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2017, is_student=False,
  usmle_step1=228, usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Pediatrics", "Infectious Disease"], languages=["Filipino", "English", "Cebuano"], publications=3,
  usce_entries=[U("observership","Pediatrics","OH","2024-04","2024-06"), U("research","Infectious Disease","OH","2024-05","2024-08")]),
))

# 008 Iran, Persian script, chromium modern, green card
P.append(dict(
 id=8, layout="chromium_modern_pdf", fmt="chrome",
 name="Dr. Narges Hosseini", alt_name="نرگس حسینی", headline="Psychiatry Applicant",
 contacts=["narges.hosseini.md@gmail.com", "+1 (408) 555-0172", "San Jose, CA"],
 sidebar=[dict(h="Skills", text="Motivational interviewing\nCBT basics\nSPSS, R"),
          dict(h="Languages", text="Persian (native)\nEnglish (fluent)\nTurkish (intermediate)"),
          dict(h="Status", text="U.S. Permanent Resident (Green Card)")],
 sections=[
  dict(h="Objective", text="To match into a Psychiatry residency program."),
  dict(h="Education", items=[dict(t="Doctor of Medicine (MD)", s="Tehran University of Medical Sciences, Tehran, Iran", d="2011 – 2018")]),
  dict(h="USMLE", items=[dict(t="Step 1", s="Pass", d="2022"), dict(t="Step 2 CK", s="239", d="2023"), dict(t="ECFMG", s="Certified", d="2023")]),
  dict(h="US Clinical Experience", items=[
   dict(t="Psychiatry Externship (hands-on)", s="Stanford Health Care, Palo Alto, CA", d="Jan '25 – Mar '25"),
   dict(t="Telepsychiatry Observership", s="UC Davis Health (virtual), Sacramento, CA", d="Feb '25 – Apr '25")]),
  dict(h="Iran", items=[dict(t="General Practitioner (mandatory service)", s="Rural Health Center, Kerman Province", d="2018 – 2020")]),
  dict(h="Publications", text="1. Hosseini N, et al. Prevalence of postpartum depression in Tehran. Iran J Psychiatry. 2019;14(2):120-6."),
 ],
 truth=dict(full_name="Narges Hosseini", email="narges.hosseini.md@gmail.com", phone_e164="+14085550172",
  medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Psychiatry"], languages=["Persian", "English", "Turkish"], publications=1,
  usce_entries=[U("hands_on","Psychiatry","CA","2025-01","2025-03"), U("telehealth","Psychiatry","CA","2025-02","2025-04")]),
))

# 009 Mexico, chromium, no USCE
P.append(dict(
 id=9, layout="chromium_modern_pdf", fmt="chrome",
 name="José Ángel Ramírez Núñez", headline="Médico Cirujano · Gastroenterology",
 contacts=["jangel.ramirez.nunez@hotmail.com", "+52 55 3821 9047", "Ciudad de México"],
 sidebar=[dict(h="Skills", text="Upper endoscopy (assisted)\nPoint-of-care ultrasound"),
          dict(h="Languages", text="Spanish – native\nEnglish – advanced")],
 sections=[
  dict(h="Summary", text="Mexican physician preparing for the Match in Internal Medicine, aiming at a Gastroenterology fellowship."),
  dict(h="Education", items=[dict(t="Médico Cirujano (MD)", s="Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)", d="2015 – 2021")]),
  dict(h="Exams", items=[dict(t="USMLE Step 1", s="Pass", d="2023"), dict(t="USMLE Step 2 CK", s="236", d="2024"), dict(t="ENARM", s="Passed", d="2022")]),
  dict(h="Clinical Experience", items=[
   dict(t="Servicio Social", s="Centro de Salud, Oaxaca", d="Aug 2020 – Jul 2021"),
   dict(t="Internal Medicine Resident (R1–R2)", s="Hospital General de México", d="Mar 2022 – Feb 2024"),
   dict(t="Clinical elective", s="Toronto General Hospital, Toronto, Canada", d="Apr 2024")]),
 ],
 truth=dict(full_name="José Ángel Ramírez Núñez", email="jangel.ramirez.nunez@hotmail.com", phone_e164="+525538219047",
  medical_school="Facultad de Medicina, Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Internal Medicine", "Gastroenterology"], languages=["Spanish", "English"], publications=None,
  usce_entries=[]),
))

# 010 Unusual headings, Jordan, pandoc docx
P.append(dict(
 id=10, layout="pandoc_unusual_headings_docx", fmt="pandoc",
 name="Dr. Layla Nasser Haddad, MD", headline="",
 contacts=["l.haddad.md@gmail.com", "+962 79 553 1842", "Amman, Jordan"],
 sections=[
  dict(h="Academic Background", items=[dict(t="Doctor of Medicine (MD)", s="Faculty of Medicine, Jordan University of Science and Technology (JUST), Irbid", d="2016 – 2022")]),
  dict(h="Licensing Examinations", items=[
   dict(t="USMLE Step 1", s="Pass", d="03/2023"), dict(t="USMLE Step 2 CK", s="257", d="09/2023"),
   dict(t="Jordan Medical Council Licensing Exam", s="Passed", d="2022"), dict(t="ECFMG certification", s="Obtained", d="11/2023")]),
  dict(h="Clinical Rotations in the United States", items=[
   dict(t="Endocrinology Observership", s="Cleveland Clinic, Cleveland, Ohio", d="2024-02 to 2024-03"),
   dict(t="Internal Medicine Externship (hands-on)", s="Cleveland Clinic Fairview Hospital, Cleveland, Ohio", d="2024-03 to 2024-05"),
   dict(t="Telehealth Rotation, Endocrinology", s="University of Michigan (virtual), Ann Arbor, Michigan", d="2024-09")]),
  dict(h="Hospital Service in Jordan", items=[dict(t="Internship Year", s="King Abdullah University Hospital, Irbid", d="2022 – 2023")]),
  dict(h="Scholarly Work", items=[
   dict(t="Haddad LN, et al. Thyroid nodules in Jordanian adults. Endocr Pract. 2023;29(5):345-51."),
   dict(t="Haddad LN, Odeh M. Vitamin D status and glycemic control. J Diabetes Res. 2022;2022:8841."),
   dict(t="Oral presentation: Diabetic foot outcomes, JUST Research Day 2021.")]),
  dict(h="Career Goals", text="Internal Medicine residency followed by Endocrinology fellowship."),
  dict(h="Languages", text="Arabic, English"),
  dict(h="Visa", text="J1 visa will be required."),
 ],
 truth=dict(full_name="Layla Nasser Haddad", email="l.haddad.md@gmail.com", phone_e164="+962795531842",
  medical_school="Faculty of Medicine, Jordan University of Science and Technology", medical_school_country="JO", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Endocrinology"], languages=["Arabic", "English"], publications=2,
  usce_entries=[U("observership","Endocrinology","OH","2024-02","2024-03"), U("hands_on","Internal Medicine","OH","2024-03","2024-05"), U("telehealth","Endocrinology","MI","2024-09","2024-09")]),
))

# 011 Unusual headings, Nepal, pandoc docx, Step 1 fail
P.append(dict(
 id=11, layout="pandoc_unusual_headings_docx", fmt="pandoc",
 name="Sushant Bahadur Thapa", alt_name="सुशान्त बहादुर थापा", headline="MBBS",
 contacts=["sushant.thapa.mbbs@gmail.com", "+977 984-1267530", "Kathmandu, Nepal"],
 sections=[
  dict(h="Academic Background", items=[dict(t="Bachelor of Medicine and Bachelor of Surgery", s="Institute of Medicine, Tribhuvan University, Maharajgunj, Kathmandu", d="2014 – 2020")]),
  dict(h="Licensing Examinations", items=[
   dict(t="Nepal Medical Council Licensing Exam", s="Passed", d="2020"),
   dict(t="USMLE Step 1", s="Fail (first attempt)", d="2022"),
   dict(t="USMLE Step 2 CK", s="231", d="2024")]),
  dict(h="ECFMG", text="Not certified yet (Step 1 retake scheduled)."),
  dict(h="Clinical Rotations in the United States", items=[
   dict(t="Observer, Pulmonary & Critical Care", s="Baylor St. Luke's Medical Center, Houston, TX", d="Oct 2024 – Dec 2024")]),
  dict(h="Service in Nepal", items=[dict(t="Medical Officer", s="Dhulikhel Hospital, Kavre", d="2020 – 2023")]),
  dict(h="Scholarly Work", text="Case report: Thapa SB, Karki P. Scrub typhus with ARDS. JNMA J Nepal Med Assoc. 2021;59(240):812-4."),
  dict(h="Field of Interest", text="Pulmonology/Critical Care; Internal Medicine"),
  dict(h="Languages", text="Nepali, Hindi, English, Newari"),
 ],
 truth=dict(full_name="Sushant Bahadur Thapa", email="sushant.thapa.mbbs@gmail.com", phone_e164="+9779841267530",
  medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2020, is_student=False,
  usmle_step1="fail", usmle_step2ck=231, usmle_step3=None, ecfmg_status="not_certified", visa_status=None,
  specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["Nepali", "Hindi", "English", "Newari"], publications=1,
  usce_entries=[U("observership","Pulmonology/Critical Care","TX","2024-10","2024-12")]),
))

# 012 Dates on right edge, Bangladesh, reportlab
P.append(dict(
 id=12, layout="reportlab_dates_right_pdf", fmt="rlright",
 name="Farhana Rahman Chowdhury", headline="MBBS · Dhaka, Bangladesh",
 contacts=["farhana.chowdhury.dmc@gmail.com", "+880 1711-349826"],
 sections=[
  dict(h="Education", items=[dict(t="MBBS, Dhaka Medical College, University of Dhaka, Bangladesh", d="2013 – 2019")]),
  dict(h="Examinations", items=[dict(t="USMLE Step 1 — 221", d="2021"), dict(t="USMLE Step 2 CK — 238", d="2022"), dict(t="USMLE Step 3 — 225", d="2024"), dict(t="ECFMG Certified", d="2022")]),
  dict(h="US Clinical Experience", items=[
   dict(t="Observership, Nephrology — Temple University Hospital, Philadelphia, PA", d="Jul 2023 – Aug 2023"),
   dict(t="Hands-on Externship, Internal Medicine — Einstein Medical Center, Philadelphia, PA", d="Aug 2023 – Oct 2023"),
   dict(t="Research Volunteer, Nephrology — Penn Medicine, Philadelphia, PA", d="Jan 2024 – Present")]),
  dict(h="Bangladesh", items=[dict(t="Internship — Dhaka Medical College Hospital", d="2019 – 2020"), dict(t="Medical Officer — BIRDEM General Hospital", d="2020 – 2023")]),
  dict(h="Publications", items=[
   dict(t="Chowdhury FR, et al. CKD of unknown etiology in rural Bangladesh. Kidney Int Rep. 2024;9(3):512-20.", d="2024"),
   dict(t="Chowdhury FR, Islam T. Contrast nephropathy after PCI. Bangladesh Med Res Counc Bull. 2022;48:77-82.", d="2022")]),
  dict(h="Interests", text="Internal Medicine with a future in Nephrology"),
  dict(h="Languages", text="Bengali, English, Hindi"),
  dict(h="Visa", text="Requires J-1"),
 ],
 truth=dict(full_name="Farhana Rahman Chowdhury", email="farhana.chowdhury.dmc@gmail.com", phone_e164="+8801711349826",
  medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2019, is_student=False,
  usmle_step1=221, usmle_step2ck=238, usmle_step3=225, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Nephrology"], languages=["Bengali", "English", "Hindi"], publications=2,
  usce_entries=[U("observership","Nephrology","PA","2023-07","2023-08"), U("hands_on","Internal Medicine","PA","2023-08","2023-10"), U("research","Nephrology","PA","2024-01","2026-12")]),
))

# 013 Dates on right edge, Ukraine, Cyrillic
P.append(dict(
 id=13, layout="reportlab_dates_right_pdf", fmt="rlright",
 name="Olena Kovalenko", alt_name="Олена Коваленко", headline="MD · Anesthesiology",
 contacts=["olena.kovalenko.md@ukr.net", "+380 67 412 5590", "Lviv, Ukraine"],
 sections=[
  dict(h="Education", items=[dict(t="Medical Doctor (Medical Faculty), Danylo Halytsky Lviv National Medical University, Ukraine", d="2012 – 2018")]),
  dict(h="Examinations", items=[dict(t="USMLE Step 1 — Pass", d="10.2023"), dict(t="USMLE Step 2 CK — 243", d="04.2024"), dict(t="KROK 1 / KROK 2 (Ukraine)", d="2015 / 2018")]),
  dict(h="Clinical Experience", items=[
   dict(t="Anesthesiology Observership — University of Pittsburgh Medical Center, Pittsburgh, PA", d="06.2024 – 07.2024"),
   dict(t="Anesthesiology Observership — NYU Langone Health, New York, NY", d="07.2024 – 08.2024"),
   dict(t="Anesthesiologist — Lviv Regional Clinical Hospital", d="2020 – 2023"),
   dict(t="Internship in Anesthesiology — Lviv Emergency Hospital", d="2018 – 2020")]),
  dict(h="Languages", text="Ukrainian (native), Russian (fluent), English (C1), Polish (B1)"),
  dict(h="Objective", text="Residency in Anesthesiology."),
 ],
 truth=dict(full_name="Olena Kovalenko", email="olena.kovalenko.md@ukr.net", phone_e164="+380674125590",
  medical_school="Danylo Halytsky Lviv National Medical University", medical_school_country="UA", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Anesthesiology"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=None,
  usce_entries=[U("observership","Anesthesiology","PA","2024-06","2024-07"), U("observership","Anesthesiology","NY","2024-07","2024-08")]),
))

# 014 E:/M:/WhatsApp labels, Syria, fodt->docx
P.append(dict(
 id=14, layout="fodt_labels_docx", fmt="fodt",
 name="Dr. Karim Al-Masri", headline="General Practitioner · Damascus",
 contacts=["E: karim.almasri.md@gmail.com", "M: +49 176 3348 2291", "WhatsApp: +963 944 218 375"],
 sections=[
  dict(h="Objective", text="Seeking observership and residency opportunities in General Surgery."),
  dict(h="Education", items=[dict(t="Doctor of Medicine (MD)", s="Faculty of Medicine, Damascus University, Syria", d="Sept 2011 – June 2017")]),
  dict(h="Examinations", items=[dict(t="USMLE Step 1", s="Passed", d="Dec 2019"), dict(t="USMLE Step 2 CK", s="226", d="May 2021"), dict(t="ECFMG", s="Certified", d="2021")]),
  dict(h="Clinical Experience", items=[
   dict(t="Surgical Resident", s="Al Mouwasat University Hospital, Damascus", d="July 2017 – June 2020"),
   dict(t="Assistenzarzt (Chirurgie)", s="Klinikum Dortmund, Germany", d="Sept 2020 – Present"),
   dict(t="Surgical Observership", s="Houston Methodist Hospital, Houston, Texas", d="March 2023")]),
  dict(h="Languages", text="Arabic · German · English"),
  dict(h="Visa", text="Will need B1/B2 visa for observership"),
 ],
 truth=dict(full_name="Karim Al-Masri", email="karim.almasri.md@gmail.com", phone_e164="+4917633482291",
  medical_school="Faculty of Medicine, Damascus University", medical_school_country="SY", graduation_year=2017, is_student=False,
  usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["General Surgery"], languages=["Arabic", "German", "English"], publications=None,
  usce_entries=[U("observership","General Surgery","TX","2023-03","2023-03")]),
))

# 015 labels, Colombia
P.append(dict(
 id=15, layout="fodt_labels_docx", fmt="fodt",
 name="Valentina Gómez Restrepo", headline="Médica y Cirujana",
 contacts=["E: valentina.gomezr@udea.edu.co", "M: +57 300 615 4482", "WhatsApp: same", "A: Medellín, Colombia"],
 sections=[
  dict(h="Education", items=[dict(t="Médica y Cirujana (MD)", s="Universidad de Antioquia, Medellín, Colombia", d="Feb 2014 – Dec 2020")]),
  dict(h="USMLE", items=[dict(t="Step 1", s="Pass", d="Aug 2022"), dict(t="Step 2 CK", s="259", d="Feb 2023"), dict(t="ECFMG", s="Certified", d="Mar 2023")]),
  dict(h="U.S. Experience", items=[
   dict(t="Research Fellow, Dermatology", s="University of Miami, Miami, FL", d="Jun 2023 – May 2024"),
   dict(t="Dermatology Observership", s="Mount Sinai, New York, NY", d="Jul 2024 – Sep 2024"),
   dict(t="Dermatology Clinical Elective (hands-on)", s="University of Miami Hospital, Miami, FL", d="Apr 2024 – Jun 2024")]),
  dict(h="Rural Service (Colombia)", items=[dict(t="Médico SSO", s="Hospital San Juan de Dios, Rionegro", d="Jan 2021 – Dec 2021")]),
  dict(h="Publications", items=[
   dict(t="Gómez Restrepo V, et al. Cutaneous leishmaniasis in Antioquia. Int J Dermatol. 2022;61:1190-5."),
   dict(t="Gómez Restrepo V, Ortiz J. Melanoma in Hispanic patients. JAAD Int. 2024;15:44-50."),
   dict(t="Gómez Restrepo V, Kirsner RS. Hidradenitis suppurativa biologics. J Drugs Dermatol. 2024;23(6):412-8."),
   dict(t="Gómez Restrepo V. Poster: Vitiligo phototherapy outcomes. AAD Annual Meeting 2024.")]),
  dict(h="Interests", text="Dermatology"),
  dict(h="Languages", text="Spanish (native), English (fluent), Portuguese (basic)"),
  dict(h="Visa", text="J-1 research scholar (current)"),
 ],
 truth=dict(full_name="Valentina Gómez Restrepo", email="valentina.gomezr@udea.edu.co", phone_e164="+573006154482",
  medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=259, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Dermatology"], languages=["Spanish", "English", "Portuguese"], publications=3,
  usce_entries=[U("research","Dermatology","FL","2023-06","2024-05"), U("observership","Dermatology","NY","2024-07","2024-09"), U("hands_on","Dermatology","FL","2024-04","2024-06")]),
))

# 016 textbox header + table body, Vietnam
P.append(dict(
 id=16, layout="fodt_textbox_table_docx", fmt="fodt_tb",
 name="Nguyễn Thị Thu Hà", headline="Bác sĩ Đa khoa (Medical Doctor)",
 contacts=["thuha.nguyen.hmu@gmail.com", "+84 912 306 778", "Hà Nội, Việt Nam"],
 sections=[
  dict(h="Education", items=[dict(t="Doctor of Medicine (Bác sĩ Đa khoa)", s="Hanoi Medical University, Vietnam", d="2012 – 2018")]),
  dict(h="USMLE", items=[dict(t="Step 1", s="Pass", d="2020"), dict(t="Step 2 CK", s="250", d="2021")]),
  dict(h="ECFMG", text="ECFMG certified (2021)"),
  dict(h="US Experience", items=[
   dict(t="Observership – Hematology/Oncology", s="MD Anderson Cancer Center, Houston, TX", d="Jan – Feb 2024"),
   dict(t="Research Scholar – Hematology/Oncology", s="MD Anderson Cancer Center, Houston, TX", d="Feb 2024 – Jul 2024")]),
  dict(h="Vietnam", items=[dict(t="Resident physician, Oncology", s="K Hospital (National Cancer Hospital), Hanoi", d="2018 – 2022")]),
  dict(h="Publications", text="Nguyen TTH, et al. EGFR mutations in Vietnamese NSCLC. Asian Pac J Cancer Prev. 2021;22(7):2201-7.\nNguyen TTH, Le VK. Cervical cancer screening uptake in Hanoi. BMC Cancer. 2020;20:1134."),
  dict(h="Goal", text="Internal Medicine residency → Hematology/Oncology fellowship"),
  dict(h="Languages", text="Vietnamese, English, French"),
 ],
 truth=dict(full_name="Nguyễn Thị Thu Hà", email="thuha.nguyen.hmu@gmail.com", phone_e164="+84912306778",
  medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Vietnamese", "English", "French"], publications=2,
  usce_entries=[U("observership","Hematology/Oncology","TX","2024-01","2024-02"), U("research","Hematology/Oncology","TX","2024-02","2024-07")]),
))

# 017 textbox header + table body, Kenya, Caribbean? no: Kenya, referee US contacts
P.append(dict(
 id=17, layout="fodt_textbox_table_docx", fmt="fodt_tb",
 name="Dr. Wanjiru Kamau, MBChB", headline="Medical Officer",
 contacts=["wanjiru.kamau@gmail.com", "+254 722 481 903", "Nairobi, Kenya"],
 sections=[
  dict(h="Education", items=[dict(t="Bachelor of Medicine and Bachelor of Surgery (MBChB)", s="University of Nairobi, Kenya", d="2012 – 2018")]),
  dict(h="Examinations", items=[dict(t="USMLE Step 1", s="Pass", d="2023"), dict(t="USMLE Step 2 CK", s="Scheduled Feb 2027", d=""), dict(t="MCCQE Part I (Canada)", s="Pass", d="2022")]),
  dict(h="Experience", items=[
   dict(t="Medical Intern", s="Kenyatta National Hospital, Nairobi", d="2018 – 2019"),
   dict(t="Medical Officer, Infectious Diseases", s="Moi Teaching and Referral Hospital, Eldoret", d="2019 – 2024"),
   dict(t="Infectious Disease Observer", s="Johns Hopkins Hospital, Baltimore, Maryland", d="September 2025 – November 2025"),
   dict(t="Family Medicine Observer", s="MedStar Franklin Square, Baltimore, Maryland", d="November 2025")]),
  dict(h="Interests", text="Infectious Disease, Family Medicine"),
  dict(h="Languages", text="English, Kiswahili, Kikuyu"),
  dict(h="Referees", text="Dr. Paul Anderson, MD – Johns Hopkins Division of Infectious Diseases – panders9@jhmi.edu – +1 410-955-5000"),
 ],
 truth=dict(full_name="Wanjiru Kamau", email="wanjiru.kamau@gmail.com", phone_e164="+254722481903",
  medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Infectious Disease", "Family Medicine"], languages=["English", "Swahili", "Kikuyu"], publications=None,
  usce_entries=[U("observership","Infectious Disease","MD","2025-09","2025-11"), U("observership","Family Medicine","MD","2025-11","2025-11")]),
))

# 018 plain text, China, Chinese script
P.append(dict(
 id=18, layout="plain_text_txt", fmt="txt",
 name="Li Wei-Ming (李伟明)", headline="",
 contacts=["Email: weiming.li.md@163.com", "Phone: +86 138 1025 6643", "Shanghai, China"],
 sections=[
  dict(h="EDUCATION", items=[dict(t="MD (8-year program), Peking Union Medical College, Beijing, China", d="2010-2018")]),
  dict(h="USMLE", items=[dict(t="Step 1: 245", d="2019"), dict(t="Step 2 CK: 252", d="2020"), dict(t="ECFMG: certified", d="2020")]),
  dict(h="US CLINICAL EXPERIENCE", items=[
   dict(t="Radiology observership, Massachusetts General Hospital, Boston, MA", d="2021-03 to 2021-05"),
   dict(t="Radiology research fellow, Mayo Clinic, Rochester, MN", d="2021-07 to 2022-06")]),
  dict(h="CHINA", items=[dict(t="Resident, Radiology, Ruijin Hospital, Shanghai", d="2018-2021")]),
  dict(h="PUBLICATIONS (4 peer-reviewed)", items=[
   dict(t="Li WM, et al. Deep learning for lung nodule detection. Radiology. 2022;303(2):345-53."),
   dict(t="Li WM, Zhang Y. CT perfusion in acute stroke. AJNR. 2021;42:1001-7."),
   dict(t="Li WM, et al. MRI radiomics in HCC. Eur Radiol. 2020;30:5500-9."),
   dict(t="Zhang Y, Li WM. Dual-energy CT of gout. Skeletal Radiol. 2019;48:1811-8.")]),
  dict(h="INTEREST", text="Diagnostic Radiology"),
  dict(h="LANGUAGES", text="Mandarin, English, Cantonese"),
  dict(h="VISA", text="H-1B required"),
 ],
 truth=dict(full_name="Li Wei-Ming", email="weiming.li.md@163.com", phone_e164="+8613810256643",
  medical_school="Peking Union Medical College", medical_school_country="CN", graduation_year=2018, is_student=False,
  usmle_step1=245, usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
  specialties=["Radiology"], languages=["Mandarin", "English", "Cantonese"], publications=4,
  usce_entries=[U("observership","Radiology","MA","2021-03","2021-05"), U("research","Radiology","MN","2021-07","2022-06")]),
))

# 019 plain text, Grenada student (St George's), Canadian citizen? -> visa null; Sri Lankan origin
P.append(dict(
 id=19, layout="plain_text_txt", fmt="txt",
 name="Nishani Perera", headline="4th-year medical student",
 contacts=["nperera@sgu.edu", "Mobile: +94 77 318 5520", "St. George's, Grenada"],
 sections=[
  dict(h="EDUCATION", items=[dict(t="Doctor of Medicine (MD) candidate, St. George's University School of Medicine, Grenada, West Indies", d="Aug 2022 - expected May 2027")]),
  dict(h="EXAMS", items=[dict(t="USMLE Step 1: PASS", d="Jun 2024"), dict(t="NBME CBSE: 71", d="Mar 2024")]),
  dict(h="CLINICAL ROTATIONS (USA)", items=[
   dict(t="Internal Medicine core, Kings County Hospital Center, Brooklyn, NY", d="Jul 2024 - Oct 2024"),
   dict(t="Psychiatry core, Kings County Hospital Center, Brooklyn, NY", d="Nov 2024 - Dec 2024"),
   dict(t="Obstetrics & Gynecology core, Saint Michael's Medical Center, Newark, NJ", d="Jan 2025 - Feb 2025"),
   dict(t="Family Medicine elective, Wyckoff Heights Medical Center, Brooklyn, NY", d="Dec 2024")]),
  dict(h="CLINICAL ROTATIONS (UK)", items=[dict(t="Surgery core, Northampton General Hospital, UK", d="Mar 2025 - May 2025")]),
  dict(h="INTERESTS", text="Internal Medicine"),
  dict(h="LANGUAGES", text="English, Sinhala, Tamil"),
 ],
 truth=dict(full_name="Nishani Perera", email="nperera@sgu.edu", phone_e164="+94773185520",
  medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Internal Medicine"], languages=["English", "Sinhala", "Tamil"], publications=None,
  usce_entries=[U("hands_on","Internal Medicine","NY","2024-07","2024-10"), U("hands_on","Psychiatry","NY","2024-11","2024-12"),
                U("hands_on","Obstetrics and Gynecology","NJ","2025-01","2025-02"), U("hands_on","Family Medicine","NY","2024-12","2024-12")]),
))

# 020 RTF -> DOCX, Turkey, US citizen who studied abroad, multi-page
P.append(dict(
 id=20, layout="rtf_soffice_docx", fmt="rtf2docx",
 name="Emre Yılmaz Demir, M.D.", headline="Rheumatology-bound Internal Medicine applicant",
 contacts=["emre.demir.md@icloud.com", "+1 (201) 555-0164", "Hackensack, NJ"],
 sections=[
  dict(h="Summary", text="U.S. citizen who completed medical school in Türkiye. Applying to Internal Medicine residency with the goal of Rheumatology fellowship."),
  dict(h="Education", items=[dict(t="Doctor of Medicine (Tıp Doktoru)", s="Hacettepe University Faculty of Medicine, Ankara, Türkiye", d="September 2016 – June 2022")]),
  dict(h="USMLE", items=[dict(t="Step 1", s="Pass", d="December 2021"), dict(t="Step 2 CK", s="246", d="August 2022"), dict(t="Step 3", s="218", d="May 2024"), dict(t="ECFMG certification", s="Certified", d="2022")]),
  dict(h="U.S. Clinical Experience", items=[
   dict(t="Rheumatology Observership", s="Hospital for Special Surgery, New York, NY", d="March–May 2024"),
   dict(t="Internal Medicine Externship (hands-on)", s="Hackensack University Medical Center, Hackensack, NJ", d="June 2024 – August 2024"),
   dict(t="Clinical Research Coordinator, Rheumatology", s="Hackensack Meridian Health, Hackensack, NJ", d="September 2024 – Present")]),
  dict(h="Experience in Türkiye", items=[dict(t="Compulsory service physician", s="Ankara City Hospital", d="July 2022 – February 2024")]),
  dict(h="Publications", items=[
   dict(t="Demir EY, et al. Familial Mediterranean fever and amyloidosis. Rheumatol Int. 2023;43:901-8."),
   dict(t="Demir EY, Kaya A. Colchicine resistance predictors. Clin Rheumatol. 2022;41:3411-7.")]),
  dict(h="Citizenship", text="United States citizen (no visa sponsorship required)"),
  dict(h="Languages", text="English, Turkish, German"),
 ],
 truth=dict(full_name="Emre Yılmaz Demir", email="emre.demir.md@icloud.com", phone_e164="+12015550164",
  medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=246, usmle_step3=218, ecfmg_status="certified", visa_status="citizen",
  specialties=["Internal Medicine", "Rheumatology"], languages=["English", "Turkish", "German"], publications=2,
  usce_entries=[U("observership","Rheumatology","NY","2024-03","2024-05"), U("hands_on","Internal Medicine","NJ","2024-06","2024-08"), U("research","Rheumatology","NJ","2024-09","2026-12")]),
))

def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

KEYS = ["full_name","email","phone_e164","medical_school","medical_school_country","graduation_year","is_student",
        "usmle_step1","usmle_step2ck","usmle_step3","ecfmg_status","specialties","languages","visa_status","publications"]

def truth_line(p, fname, **extra):
    t = p["truth"]; d = {"file": fname, "layout": p["layout"]}
    for k in KEYS: d[k] = t[k]
    d["usce_months"] = months(t["usce_entries"]); d["usce_months_clinical"] = months(t["usce_entries"], True)
    d["usce_entries"] = t["usce_entries"]; d.update(extra)
    return d
