# Person data for w80 CVs. Each 'usce' item: (type, specialty, state, start, end, display_text)
P = []
def add(**k): P.append(k)

add(name="Rohan Venkatesh Iyer", title="Dr.", email="rohan.iyer91@gmail.com", phone="+91 98450 23716", e164="+919845023716",
 school="Bangalore Medical College and Research Institute", univ="Rajiv Gandhi University of Health Sciences", country="IN", grad=2016, student=False,
 s1=238, s2=247, s3=None, ecfmg="certified", visa="j1", spec=["Internal Medicine"], langs=["English","Kannada","Tamil","Hindi"],
 father="Venkatesh Subramanian Iyer", dob="14/07/1991", marital="Married", reg="KMC Reg. No. 112874",
 pg="MD (General Medicine), JSS Medical College, Mysuru, 2020",
 pubs=[("Iyer RV, Shetty A. Hyponatremia outcomes in elderly inpatients. J Assoc Physicians India. 2021;69(4):22-26.",True),
       ("Iyer RV et al. Dengue with hepatitis: case series. Indian J Crit Care Med. 2022;26(2):190-4.",True),
       ("Poster: Sepsis bundle compliance, APICON 2019.",False)],
 usce=[("observership","Internal Medicine","NJ","2023-08","2023-09","Clinical Observership, Internal Medicine — Saint Peter's University Hospital, New Brunswick, NJ | Aug 2023 – Sep 2023"),
       ("hands_on","Internal Medicine","IL","2024-01","2024-03","Hands-on Externship, Internal Medicine — Mount Sinai Hospital, Chicago, IL | 01/2024 – 03/2024"),
       ("research","Cardiology","OH","2024-02","2024-07","Remote Research Volunteer, Cardiology — Cleveland Clinic, Cleveland, OH | Feb 2024 – Jul 2024 (remote)")],
 home=["Compulsory Rotating Residential Internship (CRRI), Victoria Hospital, Bengaluru — Apr 2015 – Mar 2016",
       "Senior Resident, Dept. of Medicine, ESIC Medical College, Bengaluru — Aug 2020 – Jul 2023"],
 refs=[("Dr. Anand Shetty, Professor of Medicine, JSS Medical College","anand.shetty@jssuni.edu.in","+91 821 254 8400"),
       ("Dr. Michael Rosen, Program Director IM, Mount Sinai Hospital Chicago","m.rosen@sinai.org","+1 (773) 542-2000")])

add(name="Ayesha Siddiqua Malik", title="Dr.", email="ayesha.malik.kemu@outlook.com", phone="0300-4417829", e164="+923004417829",
 school="King Edward Medical University", univ="King Edward Medical University, Lahore", country="PK", grad=2019, student=False,
 s1="pass", s2=255, s3=None, ecfmg="certified", visa="j1", spec=["Pediatrics"], langs=["English","Urdu","Punjabi"],
 father="Malik Abdul Rasheed", dob="02-11-1995", marital="Single", reg="PMDC No. 98214-P",
 pg="FCPS Part I (Paediatrics), College of Physicians and Surgeons Pakistan, 2021",
 pubs=[("Malik AS, Rafiq N. Neonatal sepsis patterns in Lahore. J Pak Med Assoc. 2022;72(5):880-4.",True),
       ("Abstract: Kangaroo care uptake, PAS 2023.",False)],
 usce=[("observership","Pediatrics","NY","2023-06","2023-07","Pediatric Observership, Brookdale University Hospital, Brooklyn, NY — June–July 2023"),
       ("hands_on","Pediatrics","TX","2024-09","2024-10","Sub-internship style externship, Pediatrics, UT Health, San Antonio, Texas — 2024.09 to 2024.10")],
 home=["House Job (Medicine & Paediatrics), Mayo Hospital Lahore — Jan 2020 – Dec 2020",
       "Medical Officer, Children's Hospital Lahore — Mar 2021 – present"],
 refs=[("Prof. Dr. Nadia Rafiq, Head of Paediatrics, Mayo Hospital","nadia.rafiq@kemu.edu.pk","+92 42 99211145")])

add(name="Md. Tanvir Hasan Chowdhury", title="", email="tanvir.chowdhury.dmc@gmail.com", phone="+880 1712-558943", e164="+8801712558943",
 school="Dhaka Medical College", univ="University of Dhaka", country="BD", grad=2020, student=False,
 s1="pass", s2=241, s3=None, ecfmg="pending", visa="b1b2", spec=["Internal Medicine","Nephrology"], langs=["Bengali","English","Hindi"],
 father="Md. Abul Kalam Chowdhury", dob="1996-03-21", marital="Unmarried", reg="BMDC Reg. No. A-108457",
 pg="", pubs=[("Chowdhury MTH et al. AKI in snakebite envenomation. Bangladesh Med Res Counc Bull. 2023;49(1):12-18.",True),
  ("Chowdhury MTH. Manuscript in preparation: CKD-u in rural Bangladesh.",False)],
 usce=[("observership","Nephrology","MI","2024-05","2024-05","Observership — Nephrology, Henry Ford Hospital, Detroit, MI (May 2024)"),
       ("hands_on","Internal Medicine","FL","2025-03","2025-05","Clinical Externship — Internal Medicine, Larkin Community Hospital, Miami, FL (March–May 2025)")],
 home=["Internship, Dhaka Medical College Hospital — 01.2021 – 12.2021","Honorary Medical Officer, BIRDEM General Hospital — 2022 – 2023"],
 refs=[("Prof. Dr. Shahidul Islam, Dept. of Nephrology, DMCH","shahidul.islam@dmc.gov.bd","+880 2 55165001")])

add(name="Priyanka Sharma", title="Dr.", email="priyanka.sharma.aiims@yahoo.co.in", phone="+91-9811047263", e164="+919811047263",
 school="Maulana Azad Medical College", univ="University of Delhi", country="IN", grad=2021, student=False,
 s1=None, s2=None, s3=None, ecfmg=None, visa=None, spec=["Psychiatry"], langs=["English","Hindi","Punjabi"],
 father="Rajesh Kumar Sharma", dob="09 Sep 1997", marital="Single", reg="DMC Reg. 78123 / NMC",
 pg="", pubs=[],
 usce=[("telehealth","Psychiatry","CA","2025-01","2025-04","Virtual Telepsychiatry Rotation — UCSF Affiliated Clinic, San Francisco, CA — 2025-01 to 2025-04"),
       ("observership","Psychiatry","MA","2025-06","present","Observership, Dept. of Psychiatry, Beth Israel Deaconess Medical Center, Boston, MA — Jun 2025 – ongoing")],
 home=["Internship (CRRI), Lok Nayak Hospital, New Delhi — 2020-2021","Junior Resident (non-academic), Institute of Human Behaviour & Allied Sciences (IHBAS), Delhi — 2021-2024"],
 refs=[("Dr. Sunita Mehra, Consultant Psychiatrist, IHBAS","smehra.ihbas@gmail.com","+91 11 2211 4021")])

add(name="Usman Ghani Khattak", title="Dr.", email="usman.khattak@kmu.edu.pk", phone="+92 333 9102547", e164="+923339102547",
 school="Khyber Medical College", univ="Khyber Medical University, Peshawar", country="PK", grad=2014, student=False,
 s1=231, s2=240, s3=219, ecfmg="certified", visa="h1b", spec=["General Surgery"], langs=["English","Urdu","Pashto"],
 father="Abdul Ghani Khattak", dob="1989-12-30", marital="Married", reg="PMDC 45821-N",
 pg="FCPS (General Surgery), CPSP, 2020", pubs=[("Khattak UG. Laparoscopic cholecystectomy outcomes. J Ayub Med Coll Abbottabad. 2019;31(3):341-5.",True),
  ("Khattak UG, Afridi S. Hernia mesh infections. Pak J Surg. 2020;36(1):9-13.",True),("Khattak UG et al. Trauma triage. Cureus. 2023;15(4):e37711.",True)],
 usce=[("hands_on","General Surgery","PA","2022-07","2022-09","Surgical Externship, Temple University Hospital, Philadelphia, PA. July 2022 - September 2022"),
       ("research","General Surgery","MD","2023-01","2024-06","Research Fellow (Surgical Outcomes), Johns Hopkins, Baltimore, MD. 01/2023 - 06/2024")],
 home=["House Job, Lady Reading Hospital, Peshawar — 2014-2015","Registrar / PGR Surgery, Lady Reading Hospital — 2016-2020"],
 refs=[("Prof. Saeed Afridi, Chair of Surgery, LRH","saeed.afridi@lrh.edu.pk","+92 91 9211430"),("Dr. Elena Park, Johns Hopkins Surgery","epark14@jhmi.edu","+1 410-955-5000")])

add(name="Sneha Ramesh Kulkarni", title="", email="sneha.kulkarni2002@gmail.com", phone="9822 314 578", e164="+919822314578",
 school="Byramjee Jeejeebhoy Government Medical College", univ="Maharashtra University of Health Sciences", country="IN", grad=2027, student=True,
 s1="pass", s2=None, s3=None, ecfmg=None, visa="b1b2", spec=["Neurology"], langs=["English","Marathi","Hindi","German"],
 father="Ramesh Kulkarni", dob="22/01/2002", marital="Single", reg="(final-year student)",
 pg="", pubs=[("Poster: Stroke thrombolysis door-to-needle times, IAN 2025.",False)],
 usce=[("observership","Neurology","NY","2025-07","2025-07","Neurology Observership, NYU Langone, New York, NY — Summer 2025 (July)")],
 home=["Final MBBS Part II (ongoing), B.J. Government Medical College, Pune"],
 refs=[("Dr. Vandana Joshi, Prof. of Neurology, BJGMC","vandana.joshi@bjgmcpune.org","+91 20 2612 8000")])

add(name="Fatima Zahra Qureshi", title="Dr.", email="fzqureshi.aku@gmail.com", phone="+1 (646) 555-0182", e164="+16465550182",
 school="Aga Khan University", univ="Aga Khan University, Karachi", country="PK", grad=2018, student=False,
 s1=249, s2=262, s3=None, ecfmg="certified", visa="green_card", spec=["Internal Medicine","Hematology/Oncology"], langs=["English","Urdu","Sindhi","Arabic"],
 father="Zahid Hussain Qureshi", dob="17 March 1994", marital="Married", reg="PMDC 79034-S",
 pg="", pubs=[("Qureshi FZ et al. Thalassemia transfusion burden. Pak J Med Sci. 2020;36(6):1221-6.",True),
  ("Qureshi FZ, Lee J. CAR-T toxicity review. JCO Oncol Pract. 2024;20(2):101-110.",True),
  ("Qureshi FZ. Submitted: BTK inhibitor cardiotoxicity.",False),("Oral presentation: ASH 2023.",False)],
 usce=[("research","Hematology/Oncology","NY","2023-03","present","Research Coordinator, Hematology/Oncology, Memorial Sloan Kettering, New York, NY — 03/2023 – Present"),
       ("observership","Hematology/Oncology","NY","2024-02","2024-03","Observership, Medical Oncology, Mount Sinai, New York, NY — Feb–Mar 2024"),
       ("hands_on","Internal Medicine","NJ","2025-05","2025-06","Externship, Internal Medicine, Newark Beth Israel, Newark, NJ — May 2025 – June 2025")],
 home=["House Officer, Aga Khan University Hospital, Karachi — 2018-2019","Resident (Internal Medicine, R2), AKUH — 2019-2021"],
 refs=[("Dr. Jennifer Lee, MSKCC","leej7@mskcc.org","+1 212-639-2000"),("Dr. Kashif Ali, AKUH","kashif.ali@aku.edu","+92 21 3486 1000")])

add(name="Arjun Prakash Nair", title="Dr.", email="arjunpnair@protonmail.com", phone="+91 94470 88123", e164="+919447088123",
 school="Government Medical College, Thiruvananthapuram", univ="Kerala University of Health Sciences", country="IN", grad=2017, student=False,
 s1=225, s2=236, s3=None, ecfmg="certified", visa="j1", spec=["Anesthesiology"], langs=["English","Malayalam","Hindi"],
 father="K. Prakash Nair", dob="05.05.1993", marital="Single", reg="TCMC Reg. 61234",
 pg="DNB (Anaesthesiology), National Board of Examinations, 2022", pubs=[("Nair AP. Ultrasound-guided ESP block. Indian J Anaesth. 2021;65(9):670-4.",True)],
 usce=[("observership","Anesthesiology","OH","2023-10","2023-11","Observer, Dept. of Anesthesiology, University Hospitals Cleveland Medical Center, OH — Oct 2023–Nov 2023")],
 home=["CRRI, Medical College Hospital, Thiruvananthapuram — 2016-17","DNB Resident, KIMS Hospital — 2019-2022","Consultant Anaesthetist, Aster Medcity, Kochi — 2022-present"],
 refs=[("Dr. Thomas Varghese, HOD Anaesthesia, KIMS","thomas.varghese@kimshealth.org","+91 471 294 1400")])

add(name="Hira Batool", title="Dr.", email="hira.batool.rmc@gmail.com", phone="+92 321 5567102", e164="+923215567102",
 school="Rawalpindi Medical University", univ="Rawalpindi Medical University", country="PK", grad=2022, student=False,
 s1="pass", s2=None, s3=None, ecfmg="not_certified", visa=None, spec=["Family Medicine","Internal Medicine"], langs=["English","Urdu"],
 father="Syed Batool Hussain", dob="1998-08-08", marital="Single", reg="PMDC 112307-P",
 pg="", pubs=[],
 usce=[("hands_on","Family Medicine","GA","2024-08","2024-09","Family Medicine Clerkship, Atlanta, Georgia (Piedmont Clinic) — 08/2024 - 09/2024"),
       ("observership","Internal Medicine","GA","2024-09","2024-10","IM Observership, Grady Memorial Hospital, Atlanta, GA — Sep 2024 - Oct 2024")],
 home=["House Job, Holy Family Hospital, Rawalpindi — Feb 2023 – Jan 2024"],
 refs=[("Dr. Amina Shah, Associate Prof Medicine, RMU","amina.shah@rmur.edu.pk","+92 51 9290301")])

add(name="Siddharth Banerjee", title="", email="sid.banerjee.ipgmer@gmail.com", phone="+91 90070 31562", e164="+919007031562",
 school="Institute of Post Graduate Medical Education and Research", univ="West Bengal University of Health Sciences", country="IN", grad=2019, student=False,
 s1=244, s2=251, s3=None, ecfmg="certified", visa="j1", spec=["Cardiology","Internal Medicine"], langs=["Bengali","English","Hindi"],
 father="Subrata Banerjee", dob="30/06/1995", marital="Married", reg="WBMC 71452",
 pg="MD (Medicine), IPGMER, 2023", pubs=[("Banerjee S. Rheumatic heart disease registry. Indian Heart J. 2022;74(3):211-5.",True),
  ("Banerjee S, Das P. QT prolongation in HIV. J Assoc Physicians India. 2023;71(1):40-4.",True)],
 usce=[("observership","Cardiology","TX","2024-04","2024-05","Cardiology Observership — Houston Methodist, Houston, TX — Apr–May 2024"),
       ("hands_on","Internal Medicine","NY","2024-05","2024-07","IM Externship — Interfaith Medical Center, Brooklyn, NY — May 2024 – Jul 2024")],
 home=["Internship, SSKM Hospital — 2018-2019","Junior Resident MD Medicine, IPGMER — 2020-2023"],
 refs=[("Dr. Pranab Das, Prof. Cardiology, IPGMER","pranab.das@ipgmer.gov.in","+91 33 2223 1604")])

add(name="Nusrat Jahan", title="Dr.", email="nusrat.jahan.ssmc@gmail.com", phone="01819-442267", e164="+8801819442267",
 school="Sir Salimullah Medical College", univ="University of Dhaka", country="BD", grad=2018, student=False,
 s1=232, s2=244, s3=None, ecfmg="certified", visa="j1", spec=["Obstetrics and Gynecology"], langs=["Bengali","English"],
 father="Abdul Jalil", dob="12 Dec 1993", marital="Married", reg="BMDC A-96540",
 pg="FCPS (Obstetrics & Gynaecology), BCPS, 2023", pubs=[("Jahan N. Eclampsia outcomes in Dhaka. Bangladesh J Obstet Gynaecol. 2022;37(1):5-9.",True)],
 usce=[("observership","Obstetrics and Gynecology","IL","2024-10","2024-12","OB/GYN Observership, John H. Stroger Jr. Hospital, Chicago, IL — 10/2024–12/2024")],
 home=["Internship, Mitford Hospital, Dhaka — 2018-2019","FCPS Trainee, Dhaka Medical College Hospital — 2019-2023"],
 refs=[("Prof. Rowshan Ara, OB/GYN, DMCH","rowshan.ara@dmc.gov.bd","+880 1711 223344")])

add(name="Karthik Subramaniam", title="Dr.", email="karthik.subbu@gmail.com", phone="+91 99400 56721", e164="+919940056721",
 school="Madras Medical College", univ="The Tamil Nadu Dr. M.G.R. Medical University", country="IN", grad=2015, student=False,
 s1=236, s2=248, s3=226, ecfmg="certified", visa="h1b", spec=["Pulmonology/Critical Care","Internal Medicine"], langs=["English","Tamil"],
 father="R. Subramaniam", dob="1990-04-11", marital="Married", reg="TNMC 102938",
 pg="MD (Respiratory Medicine), Stanley Medical College, 2019", pubs=[("Subramaniam K. TB-diabetes comorbidity. Lung India. 2019;36(2):120-4.",True),
  ("Subramaniam K et al. Prone ventilation in COVID ARDS. Indian J Crit Care Med. 2021;25(7):760-5.",True),
  ("Subramaniam K. ECMO case report. Cureus. 2022;14(1):e21100.",True),("Subramaniam K. ILD cohort. Chest. 2024;165(3):600-8.",True)],
 usce=[("research","Pulmonology/Critical Care","MN","2022-09","2023-08","Research Fellow, Pulmonary & Critical Care, Mayo Clinic, Rochester, MN, Sept 2022 – Aug 2023"),
       ("hands_on","Internal Medicine","MI","2023-09","2023-11","Clinical Externship (Internal Medicine), Detroit Medical Center, Detroit, MI, Sept 2023 – Nov 2023")],
 home=["CRRI, Rajiv Gandhi Government General Hospital — 2014-2015","Assistant Surgeon, Tamil Nadu Medical Services — 2019-2022"],
 refs=[("Dr. Lisa Kramer, Mayo Clinic PCCM","kramer.lisa@mayo.edu","+1 507-284-2511")])

add(name="Mehwish Anwar", title="Dr.", email="mehwish.anwar@hotmail.com", phone="+92 300 2231984", e164="+923002231984",
 school="Dow Medical College", univ="Dow University of Health Sciences, Karachi", country="PK", grad=2020, student=False,
 s1=222, s2=233, s3=None, ecfmg="pending", visa="b1b2", spec=["Endocrinology","Internal Medicine"], langs=["English","Urdu","Gujarati"],
 father="Muhammad Anwar", dob="04/04/1996", marital="Single", reg="PMDC 100245-S",
 pg="", pubs=[("Anwar M. HbA1c variability in Ramadan. Pak J Med Sci. 2023;39(2):455-9.",True)],
 usce=[("observership","Endocrinology","CA","2024-03","2024-04","Endocrinology Observership, Cedars-Sinai, Los Angeles, CA — Mar 2024 - Apr 2024"),
       ("telehealth","Internal Medicine","TX","2024-06","2024-08","Telehealth Internal Medicine rotation, Dallas, TX (remote) — Jun–Aug 2024")],
 home=["House Job, Civil Hospital Karachi — 2020-2021","Medical Officer, Baqai Institute of Diabetology — 2021-2024"],
 refs=[("Dr. Asher Fawwad, BIDE","asher.fawwad@bide.edu.pk","+92 21 3668 8897")])

add(name="Aditya Vardhan Reddy", title="", email="aditya.reddy.osmania@gmail.com", phone="+91 80081 45692", e164="+918008145692",
 school="Osmania Medical College", univ="Kaloji Narayana Rao University of Health Sciences", country="IN", grad=2023, student=False,
 s1="pass", s2=258, s3=None, ecfmg="certified", visa="j1", spec=["Emergency Medicine"], langs=["English","Telugu","Hindi","Urdu"],
 father="Vardhan Reddy Kotha", dob="19-02-1999", marital="Single", reg="TSMC FMR/2023/4471",
 pg="", pubs=[("Reddy AV. Snakebite ED management in Telangana. Cureus. 2024;16(5):e60012.",True)],
 usce=[("hands_on","Emergency Medicine","NV","2024-11","2025-01","EM Externship — University Medical Center, Las Vegas, NV — Nov 2024 to Jan 2025"),
       ("observership","Emergency Medicine","AZ","2025-02","2025-02","EM Observership — Banner University Medical Center, Phoenix, AZ — Feb 2025")],
 home=["Internship, Osmania General Hospital — 2022-2023"],
 refs=[("Dr. K. Srinivas, Prof. Emergency Medicine, OGH","ksrinivas.ogh@gmail.com","+91 40 2460 0121")])

add(name="Zainab Khalid Butt", title="Dr.", email="zainab.butt@aimc.edu.pk", phone="+92 345 4018822", e164="+923454018822",
 school="Allama Iqbal Medical College", univ="University of Health Sciences, Lahore", country="PK", grad=2021, student=False,
 s1=240, s2=None, s3=None, ecfmg="pending", visa="j1", spec=["Rheumatology","Internal Medicine"], langs=["English","Urdu","Punjabi","French"],
 father="Khalid Mahmood Butt", dob="25/10/1997", marital="Single", reg="PMDC 108812-P",
 pg="", pubs=[("Butt ZK. Lupus nephritis in Punjab. Pak J Med Sci. 2024;40(1):88-92.",True),("Butt ZK. Abstract, ACR Convergence 2024.",False)],
 usce=[("research","Rheumatology","PA","2024-06","present","Remote Research Assistant, Rheumatology, University of Pittsburgh, PA — 2024-06 – current"),
       ("observership","Rheumatology","PA","2025-03","2025-04","Observership, Rheumatology, UPMC Presbyterian, Pittsburgh, PA — 2025-03 – 2025-04")],
 home=["House Job, Jinnah Hospital Lahore — 2021-2022","Medical Officer, Services Hospital Lahore — 2023-2024"],
 refs=[("Dr. Robert Klein, UPMC Rheumatology","kleinr@upmc.edu","+1 412-647-2345")])

add(name="Vikram Singh Rathore", title="Dr.", email="vsrathore.sms@gmail.com", phone="+91 94141 77230", e164="+919414177230",
 school="Sawai Man Singh Medical College", univ="Rajasthan University of Health Sciences", country="IN", grad=2018, student=False,
 s1=219, s2=230, s3=None, ecfmg="certified", visa="j1", spec=["Gastroenterology","Internal Medicine"], langs=["English","Hindi","Rajasthani"],
 father="Thakur Mahendra Singh Rathore", dob="01-01-1994", marital="Married", reg="RMC 38921",
 pg="MD (General Medicine), SMS Medical College, 2022", pubs=[("Rathore VS. Hepatitis E in pregnancy. Trop Gastroenterol. 2021;42(2):70-4.",True)],
 usce=[("observership","Gastroenterology","FL","2023-11","2023-12","GI Observership, Cleveland Clinic Florida, Weston, FL (Nov-Dec 2023)"),
       ("hands_on","Internal Medicine","NY","2024-02","2024-04","Externship, Internal Medicine, Jamaica Hospital Medical Center, Queens, NY (Feb-Apr 2024)")],
 home=["CRRI, SMS Hospital Jaipur — 2017-2018","Senior Resident, SMS Hospital — 2022-2023"],
 refs=[("Dr. Sandeep Nijhawan, Prof. Gastroenterology, SMS","snijhawan@smsmc.in","+91 141 256 0291")])

# scans
add(name="Sana Iqbal Chaudhry", title="Dr.", email="sana.chaudhry@nmu.edu.pk", phone="+92 61 4521907", e164="+92614521907",
 school="Nishtar Medical University", univ="Nishtar Medical University, Multan", country="PK", grad=2017, student=False,
 s1=228, s2=239, s3=None, ecfmg="certified", visa="j1", spec=["Infectious Disease","Internal Medicine"], langs=["English","Urdu","Saraiki"],
 father="Iqbal Ahmed Chaudhry", dob="14/02/1993", marital="Married", reg="PMDC 81122-P", pg="",
 pubs=[("Chaudhry SI. XDR typhoid in Multan. J Pak Med Assoc. 2020;70(8):1400-4.",True)],
 usce=[("observership","Infectious Disease","MO","2024-01","2024-02","ID Observership, Barnes-Jewish Hospital, St. Louis, MO — Jan–Feb 2024")],
 home=["House Job, Nishtar Hospital Multan — 2017-2018"], refs=[("Dr. Tariq Mahmood, Nishtar Hospital","tariq.m@nmu.edu.pk","+92 61 9200231")])

add(name="Deepak Kumar Yadav", title="Dr.", email="deepakyadav.kgmu@gmail.com", phone="+91 94150 62718", e164="+919415062718",
 school="King George's Medical University", univ="King George's Medical University, Lucknow", country="IN", grad=2019, student=False,
 s1=234, s2=245, s3=None, ecfmg="certified", visa="j1", spec=["Internal Medicine"], langs=["English","Hindi","Bhojpuri"],
 father="Ram Prasad Yadav", dob="10/10/1995", marital="Single", reg="UPMC 67710", pg="",
 pubs=[], usce=[("hands_on","Internal Medicine","NY","2024-06","2024-08","IM Externship, Brookdale Hospital, Brooklyn, NY — 06/2024 – 08/2024")],
 home=["Internship, KGMU Lucknow — 2018-2019"], refs=[("Dr. Vivek Kumar, KGMU","vivek.kumar@kgmcindia.edu","+91 522 225 7450")])

add(name="Rumana Akter", title="Dr.", email="rumana.akter.cmc@gmail.com", phone="+880 1911 305672", e164="+8801911305672",
 school="Chittagong Medical College", univ="University of Chittagong", country="BD", grad=2021, student=False,
 s1="pass", s2=None, s3=None, ecfmg=None, visa="b1b2", spec=["Pediatrics"], langs=["Bengali","English"],
 father="Abdur Rahim", dob="03 Mar 1997", marital="Single", reg="BMDC A-112908", pg="", pubs=[],
 usce=[("observership","Pediatrics","OH","2025-04","2025-05","Pediatrics Observership, Cincinnati Children's, Cincinnati, OH — April–May 2025")],
 home=["Internship, Chittagong Medical College Hospital — 2021-2022"], refs=[("Prof. Nasir Uddin, CMCH","nasiruddin.cmc@gmail.com","+880 31 630335")])

add(name="Imran Haider Zaidi", title="Dr.", email="imran.zaidi.smc@gmail.com", phone="+92 300 8455120", e164="+923008455120",
 school="Sindh Medical College", univ="Jinnah Sindh Medical University", country="PK", grad=2016, student=False,
 s1=226, s2=237, s3=None, ecfmg="certified", visa="j1", spec=["Radiology"], langs=["English","Urdu"],
 father="Syed Haider Ali Zaidi", dob="07/07/1991", marital="Married", reg="PMDC 74502-S", pg="FCPS (Radiology), CPSP, 2021",
 pubs=[("Zaidi IH. MRI in spinal TB. Pak J Radiol. 2020;30(2):88-92.",True),("Zaidi IH. Contrast nephropathy. Cureus. 2022;14(9):e29011.",True)],
 usce=[("observership","Radiology","TX","2023-05","2023-06","Radiology Observership, UT Southwestern, Dallas, TX — May–June 2023")],
 home=["House Job, JPMC Karachi — 2016-2017"], refs=[("Dr. Saima Raza, JPMC Radiology","saima.raza@jpmc.edu.pk","+92 21 9920 1300")])

add(name="Ananya Ghosh", title="", email="ananya.ghosh.cmc@gmail.com", phone="+91 98300 11458", e164="+919830011458",
 school="Christian Medical College, Vellore", univ="The Tamil Nadu Dr. M.G.R. Medical University", country="IN", grad=2024, student=False,
 s1="pass", s2=250, s3=None, ecfmg="certified", visa="j1", spec=["Neurology"], langs=["English","Bengali","Tamil"],
 father="Amitava Ghosh", dob="11/11/2000", marital="Single", reg="NMC 2024/98812", pg="", pubs=[],
 usce=[("observership","Neurology","MA","2025-08","2025-09","Neurology Observership, Massachusetts General Hospital, Boston, MA — Aug 2025 – Sep 2025")],
 home=["CRRI, CMC Vellore — 2023-2024"], refs=[("Dr. Sanjith Aaron, CMC Neurology","saaron@cmcvellore.ac.in","+91 416 228 2000")])

P[5]["native"] = "स्नेहा रमेश कुलकर्णी"
P[8]["native"] = "حرا بتول"
P[12]["native"] = "مہوش انور"
