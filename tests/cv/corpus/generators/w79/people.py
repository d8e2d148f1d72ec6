# Data for w79 CVs. usce: (type, specialty, state, start, end, institution, role)
P = []
def add(**k): P.append(k)

add(id=1, name="Rajesh Venkataraman Iyer", title="Dr.", email="rajesh.v.iyer@gmail.com", phone_disp="+91 98410 27734", e164="+919841027734",
    school="Madras Medical College", school_city="Chennai, Tamil Nadu, India", cc="IN", deg="MBBS", grad=2001,
    pg=["MD (General Medicine), PGIMER Chandigarh, 2005", "DM (Cardiology), Sree Chitra Tirunal Institute, Thiruvananthapuram, 2009"],
    s1=228, s2=235, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certified (Certificate No. 0-712-443-9, 2012)",
    visa="j1", visa_txt="Will require J-1 (ECFMG-sponsored) visa", spec=["Cardiology","Internal Medicine"],
    lang_txt=["English (fluent)","Tamil (native)","Hindi (conversational)"], langs=["English","Tamil","Hindi"],
    npub=18, nother=14, birth="1977", city="Chennai",
    usce=[("research","Cardiology","OH","2008-07","2010-06","Cleveland Clinic Foundation, Cleveland, Ohio","Research Fellow, Heart & Vascular Institute"),
          ("observership","Cardiology","NY","2025-03","2025-04","Mount Sinai Hospital, New York, NY","Clinical Observer, Interventional Cardiology")],
    nonus=[("Consultant Interventional Cardiologist","Apollo Hospitals, Chennai","2014-01","present"),("Assistant Professor of Cardiology","Madras Medical College","2010-08","2013-12")])

add(id=2, name="Farhana Akhtar Chaudhry", title="Dr.", email="farhana.chaudhry.obg@outlook.com", phone_disp="+92 321 448 9016", e164="+923214489016",
    school="Dow Medical College", school_city="Karachi, Pakistan", cc="PK", deg="MBBS", grad=2003,
    pg=["FCPS (Obstetrics & Gynaecology), College of Physicians and Surgeons Pakistan, 2009","MRCOG (Part 1 & 2), Royal College of Obstetricians and Gynaecologists, London, 2012"],
    s1="pass", s2=241, s3=None, ecfmg="certified", ecfmg_txt="ECFMG certified (2024)", visa="h1b", visa_txt="H-1B eligible; requires H-1B sponsorship",
    spec=["Obstetrics and Gynecology"], lang_txt=["English","Urdu","Punjabi","Sindhi (basic)"], langs=["English","Urdu","Punjabi","Sindhi"],
    npub=12, nother=9, birth="1979", city="Karachi",
    usce=[("observership","Obstetrics and Gynecology","TX","2024-09","2024-10","Baylor College of Medicine, Houston, TX","Observer, Maternal-Fetal Medicine"),
          ("hands_on","Obstetrics and Gynecology","NJ","2025-01","2025-03","Newark Beth Israel Medical Center, Newark, NJ","Externship (hands-on), Department of OB/GYN")],
    nonus=[("Associate Professor, Obstetrics & Gynaecology","Dow University of Health Sciences / Civil Hospital Karachi","2016-03","2024-06"),("Senior Registrar","Jinnah Postgraduate Medical Centre, Karachi","2010-01","2016-02")])

add(id=3, name="Oluwaseun Adeyemi Bankole", title="Dr.", email="seun.bankole@yahoo.com", phone_disp="+234 803 551 2290", e164="+2348035512290",
    school="University of Ibadan, College of Medicine", school_city="Ibadan, Nigeria", cc="NG", deg="MBBS", grad=1999,
    pg=["FWACS (General Surgery), West African College of Surgeons, 2008","FMCS, National Postgraduate Medical College of Nigeria, 2009"],
    s1=219, s2=226, s3=212, ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="green_card", visa_txt="US Permanent Resident (Green Card holder)",
    spec=["General Surgery"], lang_txt=["English","Yoruba"], langs=["English","Yoruba"],
    npub=22, nother=11, birth="1974", city="Ibadan",
    usce=[("research","General Surgery","MD","2006-01","2007-12","Johns Hopkins University School of Medicine, Baltimore, MD","Postdoctoral Research Fellow, Surgical Oncology"),
          ("observership","General Surgery","GA","2025-06","2025-08","Emory University Hospital, Atlanta, GA","Clinical Observer, Department of Surgery")],
    nonus=[("Consultant General Surgeon / Senior Lecturer","University College Hospital, Ibadan","2010-02","2025-04"),("Senior Registrar, Surgery","University College Hospital, Ibadan","2002-01","2005-12")])

add(id=4, name="Mahmoud Khalil Haddad", title="Dr.", email="m.haddad.gi@gmail.com", phone_disp="+962 79 644 1183", e164="+962796441183",
    school="University of Jordan, Faculty of Medicine", school_city="Amman, Jordan", cc="JO", deg="MD", grad=2004,
    pg=["Jordanian Board of Internal Medicine, 2009","Clinical Fellowship in Gastroenterology & Hepatology, Jordan University Hospital, 2011"],
    s1=231, s2=244, s3=None, ecfmg="certified", ecfmg_txt="ECFMG certification: obtained 2010", visa="j1", visa_txt="J-1 visa required",
    spec=["Gastroenterology","Internal Medicine"], lang_txt=["Arabic (native)","English (fluent)","French (intermediate)"], langs=["Arabic","English","French"],
    npub=15, nother=8, birth="1980", city="Amman",
    usce=[("research","Gastroenterology","MN","2011-08","2013-07","Mayo Clinic, Rochester, MN","Research Fellow, Division of Gastroenterology & Hepatology"),
          ("observership","Gastroenterology","MI","2025-02","2025-02","University of Michigan, Ann Arbor, MI","Observership, Advanced Endoscopy (4 weeks)")],
    nonus=[("Consultant Gastroenterologist","King Hussein Medical Center, Amman","2014-01","present"),("Clinical Instructor","University of Jordan","2014-09","present")])

add(id=5, name="Ana Lucía Ramírez Ochoa", title="Dra.", email="analu.ramirez.ochoa@gmail.com", phone_disp="+57 310 482 7765", e164="+573104827765",
    school="Universidad de Antioquia", school_city="Medellín, Colombia", cc="CO", deg="Médico y Cirujano", grad=2006,
    pg=["Especialista en Pediatría, Universidad de Antioquia, 2011","Subespecialista en Nefrología Pediátrica, Universidad El Bosque, Bogotá, 2014"],
    s1="pass", s2=238, s3=None, ecfmg="pending", ecfmg_txt="ECFMG certification pending (OET Medicine scheduled)", visa="b1b2", visa_txt="Holds valid B1/B2 visa",
    spec=["Pediatrics","Nephrology"], lang_txt=["Spanish (native)","English (C1)","Portuguese (B1)"], langs=["Spanish","English","Portuguese"],
    npub=10, nother=12, birth="1982", city="Medellín",
    usce=[("research","Pediatrics","PA","2012-09","2013-08","Children's Hospital of Philadelphia, PA","Visiting Research Scholar, Division of Nephrology"),
          ("observership","Pediatrics","FL","2025-01","2025-02","Nicklaus Children's Hospital, Miami, FL","Observer, General Pediatrics"),
          ("observership","Nephrology","FL","2025-03","2025-03","Jackson Memorial Hospital, Miami, FL","Observer, Pediatric Nephrology")],
    nonus=[("Nefróloga Pediatra","Hospital Pablo Tobón Uribe, Medellín","2014-06","present"),("Profesora de cátedra","Universidad de Antioquia","2015-02","present")])

add(id=6, name="Tomasz Wójcik", title="Dr n. med.", email="tomasz.wojcik.neuro@wp.pl", phone_disp="+48 601 224 718", e164="+48601224718",
    school="Medical University of Warsaw", school_city="Warsaw, Poland", cc="PL", deg="Physician Diploma (lekarz, equivalent to MD)", grad=2002,
    pg=["PhD in Medical Sciences (Neurology), Medical University of Warsaw, 2010","Specialist in Neurology (Board certification, Poland), 2012"],
    s1=224, s2=232, s3=219, ecfmg="certified", ecfmg_txt="ECFMG Certified (valid indefinitely)", visa="j1", visa_txt="J-1 sponsorship needed",
    spec=["Neurology"], lang_txt=["Polish – native","English – fluent","German – good"], langs=["Polish","English","German"],
    npub=31, nother=15, birth="1977", city="Warsaw",
    usce=[("research","Neurology","MA","2007-10","2009-09","Massachusetts General Hospital, Boston, MA","Research Fellow, Stroke Service"),
          ("observership","Neurology","NY","2024-11","2024-12","NYU Langone Health, New York, NY","Observer, Comprehensive Epilepsy Center")],
    nonus=[("Assistant Professor (adiunkt), Department of Neurology","Medical University of Warsaw","2012-10","present"),("Resident, Neurology","Central Clinical Hospital, Warsaw","2004-10","2010-09")])

add(id=7, name="Nadia Mahmoud El-Sayed", title="Dr.", email="nadia.elsayed.onc@gmail.com", phone_disp="+20 100 338 4471", e164="+201003384471",
    school="Cairo University, Kasr Al Ainy Faculty of Medicine", school_city="Cairo, Egypt", cc="EG", deg="MBBCh", grad=2000,
    pg=["MSc Clinical Oncology, Cairo University, 2005","MD Clinical Oncology, Cairo University, 2010"],
    s1="pass", s2=229, s3=None, ecfmg="certified", ecfmg_txt="ECFMG certified 2024", visa="h1b", visa_txt="Requires H-1B",
    spec=["Hematology/Oncology"], lang_txt=["Arabic","English","French (basic)"], langs=["Arabic","English","French"],
    npub=27, nother=13, birth="1976", city="Cairo",
    usce=[("research","Hematology/Oncology","TX","2010-01","2011-06","The University of Texas MD Anderson Cancer Center, Houston, TX","Visiting Scientist, Department of Breast Medical Oncology"),
          ("observership","Hematology/Oncology","TX","2025-04","2025-05","Houston Methodist Hospital, Houston, TX","Clinical Observer, Hematology-Oncology")],
    nonus=[("Professor of Clinical Oncology","Kasr Al Ainy Center of Clinical Oncology (NEMROCK), Cairo University","2019-05","present"),("Lecturer / Assistant Professor","Cairo University","2011-07","2019-04")])

add(id=8, name="Dmytro Kovalenko", alt="Дмитро Олександрович Коваленко", title="Dr.", email="d.kovalenko.md@ukr.net", phone_disp="+380 67 415 2093", e164="+380674152093",
    school="Bogomolets National Medical University", school_city="Kyiv, Ukraine", cc="UA", deg="MD (Diploma of Specialist, General Medicine)", grad=2008,
    pg=["Internship & Residency in Anesthesiology and Intensive Care, Kyiv City Clinical Hospital No. 17, 2008–2011","Candidate of Medical Sciences (PhD), 2015"],
    s1="pass", s2=247, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certified", visa=None, visa_txt=None,
    spec=["Anesthesiology","Pulmonology/Critical Care"], lang_txt=["Ukrainian (native)","Russian (fluent)","English (fluent, OET B)"], langs=["Ukrainian","Russian","English"],
    npub=11, nother=7, birth="1985", city="Kyiv",
    usce=[("observership","Anesthesiology","OH","2024-05","2024-07","University Hospitals Cleveland Medical Center, Cleveland, OH","Observer, Department of Anesthesiology"),
          ("hands_on","Pulmonology/Critical Care","PA","2025-09","ongoing","Allegheny General Hospital, Pittsburgh, PA","Clinical Assistant (hands-on), Medical ICU")],
    nonus=[("Anesthesiologist-Intensivist, Head of ICU","Kyiv Regional Clinical Hospital","2016-01","2024-03"),("Associate Professor, Dept. of Anesthesiology","Bogomolets NMU","2017-09","2024-03")])

add(id=9, name="Samira Benali", title="Dr.", email="samira.benali.endo@gmail.com", phone_disp="+212 661 738 204", e164="+212661738204",
    school="Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V", school_city="Rabat, Morocco", cc="MA", deg="Doctorat en Médecine (MD)", grad=2005,
    pg=["Diplôme de Spécialité en Endocrinologie-Diabétologie, CHU Ibn Sina, 2010"],
    s1=226, s2=233, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certified (2014)", visa="j1", visa_txt="J1 visa",
    spec=["Endocrinology"], lang_txt=["Arabic","French","English","Spanish","Tamazight"], langs=["Arabic","French","English","Spanish","Tamazight"],
    npub=14, nother=10, birth="1980", city="Rabat",
    usce=[("research","Endocrinology","CA","2013-02","2014-01","University of California, San Francisco, CA","Postdoctoral Research Scholar, Diabetes Center"),
          ("observership","Endocrinology","IL","2025-10","2025-11","Northwestern Memorial Hospital, Chicago, IL","Observer, Endocrinology, Metabolism & Molecular Medicine")],
    nonus=[("Professeur Assistant, Endocrinologie","CHU Ibn Sina, Rabat","2015-01","2025-06")])

add(id=10, name="Kwame Mensah Asante", title="Dr.", email="kwame.asante.md@gmail.com", phone_disp="+233 24 455 9012", e164="+233244559012",
    school="University of Ghana Medical School", school_city="Accra, Ghana", cc="GH", deg="MBChB", grad=1998,
    pg=["MPH, Johns Hopkins Bloomberg School of Public Health, 2005","FWACP (Internal Medicine), West African College of Physicians, 2009"],
    s1=214, s2=221, s3=210, ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="green_card", visa_txt="Permanent Resident (I-551)",
    spec=["Infectious Disease","Internal Medicine"], lang_txt=["English","Twi","Ga"], langs=["English","Twi","Ga"],
    npub=35, nother=16, birth="1972", city="Accra",
    usce=[("research","Infectious Disease","MD","2004-09","2006-08","National Institutes of Health (NIAID), Bethesda, MD","Fogarty International Research Fellow"),
          ("observership","Infectious Disease","GA","2024-10","2024-12","Grady Memorial Hospital / Emory, Atlanta, GA","Observer, Infectious Diseases Consult Service"),
          ("telehealth","Infectious Disease","GA","2025-06","2025-08","Emory Healthcare TeleID Program, Atlanta, GA","Tele-observership, Infectious Diseases e-consults")],
    nonus=[("Consultant Physician & Head, Infectious Diseases Unit","Korle Bu Teaching Hospital, Accra","2010-01","2024-08"),("Senior Lecturer, Dept. of Medicine","University of Ghana Medical School","2011-09","2024-08")])

add(id=11, name="Shirin Ahmadi Tehrani", title="Dr.", email="shirin.ahmadi.t@protonmail.com", phone_disp="+98 912 307 4418", e164="+989123074418",
    school="Tehran University of Medical Sciences", school_city="Tehran, Iran", cc="IR", deg="MD (Doctor of Medicine)", grad=2007,
    pg=["Specialty Board in Psychiatry, Roozbeh Hospital, Tehran University of Medical Sciences, 2012","Fellowship in Child & Adolescent Psychiatry, 2014"],
    s1="pass", s2=252, s3=None, ecfmg="certified", ecfmg_txt="ECFMG certified", visa=None, visa_txt=None,
    spec=["Psychiatry"], lang_txt=["Farsi (native)","English (fluent)","Azerbaijani (conversational)"], langs=["Persian","English","Azerbaijani"],
    npub=16, nother=9, birth="1982", city="Tehran",
    usce=[("observership","Psychiatry","CA","2025-05","2025-06","UCLA Resnick Neuropsychiatric Hospital, Los Angeles, CA","Clinical Observer, Adult Inpatient Psychiatry"),
          ("research","Psychiatry","CA","2025-07","current","UCLA Semel Institute, Los Angeles, CA","Volunteer Research Associate, Mood Disorders Program")],
    nonus=[("Assistant Professor of Psychiatry","Roozbeh Hospital, TUMS","2015-09","2024-12")])

add(id=12, name="Bogdan-Ionuț Popescu", title="Dr.", email="bogdan.popescu.rad@gmail.com", phone_disp="+40 744 512 309", e164="+40744512309",
    school="Carol Davila University of Medicine and Pharmacy", school_city="Bucharest, Romania", cc="RO", deg="Doctor-medic (MD)", grad=2009,
    pg=["Specialist in Radiology and Medical Imaging, Fundeni Clinical Institute, 2014","PhD, Carol Davila University, 2017"],
    s1=238, s2=245, s3=None, ecfmg="certified", ecfmg_txt="ECFMG: Certified (2022)", visa="j1", visa_txt="Will require J-1 visa",
    spec=["Radiology"], lang_txt=["Romanian (native)","English (C2)","Italian (B2)","French (A2)"], langs=["Romanian","English","Italian","French"],
    npub=20, nother=10, birth="1984", city="Bucharest",
    usce=[("observership","Radiology","NC","2023-06","2023-08","Duke University Medical Center, Durham, NC","Observer, Abdominal Imaging"),
          ("research","Radiology","NC","2023-09","2024-02","Duke University Medical Center, Durham, NC","Visiting Research Scholar, Body MRI")],
    nonus=[("Senior Radiologist (medic primar)","Fundeni Clinical Institute, Bucharest","2019-01","present"),("Teaching Assistant, Radiology","Carol Davila University","2015-10","present")])

add(id=13, name="Anjali Sharma Deshpande", title="Dr.", email="anjali.deshpande.path@gmail.com", phone_disp="+91-98200-61453", e164="+919820061453",
    school="Seth GS Medical College & KEM Hospital", school_city="Mumbai, India", cc="IN", deg="MBBS", grad=2010,
    pg=["MD (Pathology), Seth GS Medical College, 2014","DNB (Pathology), National Board of Examinations, 2015"],
    s1="pass", s2=240, s3=None, ecfmg="certified", ecfmg_txt="ECFMG certified (2025)", visa="h1b", visa_txt="H1B visa required",
    spec=["Pathology"], lang_txt=["English","Marathi","Hindi"], langs=["English","Marathi","Hindi"],
    npub=24, nother=11, birth="1986", city="Mumbai",
    usce=[("research","Pathology","NY","2017-01","2018-12","Memorial Sloan Kettering Cancer Center, New York, NY","Research Fellow, Molecular Diagnostics Service"),
          ("observership","Pathology","NY","2025-08","2025-09","Weill Cornell Medicine / NewYork-Presbyterian, NY","Observer, Surgical Pathology")],
    nonus=[("Associate Professor, Pathology","Tata Memorial Centre, Mumbai","2019-02","present")])

add(id=14, name="Carlos Eduardo Mendes da Silva", title="Dr.", email="carlos.mendes.silva@hotmail.com", phone_disp="+55 31 99872-4410", e164="+5531998724410",
    school="Universidade Federal de Minas Gerais (UFMG)", school_city="Belo Horizonte, Brazil", cc="BR", deg="Médico (MD)", grad=2003,
    pg=["Residência em Clínica Médica, Hospital das Clínicas UFMG, 2006","Residência em Cardiologia, InCor – Universidade de São Paulo, 2008","PhD (Doutorado) in Cardiology, Universidade de São Paulo, 2013"],
    s1=222, s2=230, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certificate issued 2015", visa="j1", visa_txt="J-1 visa required for training",
    spec=["Cardiology"], lang_txt=["Portuguese (native)","English (fluent)","Spanish (fluent)"], langs=["Portuguese","English","Spanish"],
    npub=29, nother=14, birth="1979", city="Belo Horizonte",
    usce=[("research","Cardiology","MA","2009-03","2010-02","Brigham and Women's Hospital, Boston, MA","Research Fellow, Cardiovascular Division"),
          ("observership","Cardiology","FL","2024-12","2025-01","Cleveland Clinic Florida, Weston, FL","Observer, Heart Failure & Transplant")],
    nonus=[("Cardiologist, Heart Failure Unit","Hospital das Clínicas da UFMG","2013-03","present"),("Adjunct Professor of Medicine","Faculdade de Ciências Médicas de Minas Gerais","2016-02","present")])

add(id=15, name="Zainab Hussain Al-Mahdi", title="Dr.", email="zainab.almahdi.fm@gmail.com", phone_disp="+1 (313) 555-0148", e164="+13135550148",
    school="University of Baghdad, College of Medicine", school_city="Baghdad, Iraq", cc="IQ", deg="MBChB", grad=2001,
    pg=["FIBMS (Family Medicine), Arab Board of Health Specializations, 2008","MRCGP [INT], 2013"],
    s1="pass", s2=228, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="green_card", visa_txt="Lawful Permanent Resident",
    spec=["Family Medicine"], lang_txt=["Arabic (native)","English (fluent)","Kurdish (Sorani, basic)"], langs=["Arabic","English","Kurdish"],
    npub=10, nother=6, birth="1977", city="Dearborn, MI",
    usce=[("observership","Family Medicine","MI","2024-04","2024-06","Beaumont Family Medicine Center, Dearborn, MI","Observer"),
          ("hands_on","Family Medicine","MI","2025-01","2025-04","ACCESS Community Health & Research Center, Dearborn, MI","Clinical Externship (hands-on)")],
    nonus=[("Family Physician / Clinical Tutor","Baghdad Medical City, Primary Care Directorate","2008-06","2019-12"),("Consultant, Family Medicine","Primary Health Care Corporation, Doha, Qatar","2020-01","2023-10")])

add(id=16, name="Md. Rafiqul Islam Chowdhury", title="Dr.", email="rafiq.chowdhury.neph@gmail.com", phone_disp="+880 1711-548392", e164="+8801711548392",
    school="Dhaka Medical College", school_city="Dhaka, Bangladesh", cc="BD", deg="MBBS", grad=1999,
    pg=["FCPS (Medicine), Bangladesh College of Physicians and Surgeons, 2006","MD (Nephrology), Bangabandhu Sheikh Mujib Medical University, 2010"],
    s1=211, s2=219, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certified", visa="j1", visa_txt="J-1",
    spec=["Nephrology","Internal Medicine"], lang_txt=["Bangla (mother tongue)","English","Hindi/Urdu (spoken)"], langs=["Bengali","English","Hindi","Urdu"],
    npub=19, nother=10, birth="1974", city="Dhaka",
    usce=[("research","Nephrology","TN","2012-04","2013-03","Vanderbilt University Medical Center, Nashville, TN","ISN Fellow (research), Division of Nephrology"),
          ("observership","Nephrology","NY","2025-01","2025-02","Montefiore Medical Center, Bronx, NY","Observer, Nephrology & Dialysis")],
    nonus=[("Associate Professor, Nephrology","Dhaka Medical College Hospital","2015-07","present")])

# scans
add(id=17, name="Priya Ramachandran Nair", title="Dr.", email="priya.r.nair@gmail.com", phone_disp="+91 94470 18235", e164="+919447018235",
    school="Government Medical College, Thiruvananthapuram", school_city="Kerala, India", cc="IN", deg="MBBS", grad=2006,
    pg=["MD (Pediatrics), 2010","DNB (Pediatrics), 2011"], s1="pass", s2=236, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certified",
    visa="j1", visa_txt="J-1 visa required", spec=["Pediatrics"], lang_txt=["English","Malayalam","Hindi"], langs=["English","Malayalam","Hindi"],
    npub=10, nother=4, birth="1982", city="Kochi",
    usce=[("observership","Pediatrics","OH","2025-04","2025-05","Cincinnati Children's Hospital, Cincinnati, OH","Observer, Hospital Medicine")],
    nonus=[("Consultant Pediatrician","Amrita Institute of Medical Sciences, Kochi","2012-01","present")])

add(id=18, name="Emeka Chukwuma Okafor", title="Dr.", email="emeka.okafor.pulm@gmail.com", phone_disp="+234 806 771 3348", e164="+2348067713348",
    school="University of Nigeria, College of Medicine", school_city="Enugu, Nigeria", cc="NG", deg="MBBS", grad=2008,
    pg=["FMCP (Internal Medicine), 2015"], s1="pass", s2=241, s3=225, ecfmg="certified", ecfmg_txt="ECFMG Certified",
    visa="h1b", visa_txt="H-1B required", spec=["Pulmonology/Critical Care","Internal Medicine"], lang_txt=["English","Igbo"], langs=["English","Igbo"],
    npub=11, nother=4, birth="1983", city="Enugu",
    usce=[("observership","Pulmonology/Critical Care","TX","2024-02","2024-03","UT Southwestern, Dallas, TX","Observer, Pulmonary & Critical Care"),
          ("research","Pulmonology/Critical Care","TX","2024-04","2024-09","UT Southwestern, Dallas, TX","Research Volunteer, ICU Outcomes")],
    nonus=[("Consultant Physician, Chest Unit","UNTH Enugu","2016-01","2023-12")])

add(id=19, name="Elena Dimitrova Petrova", title="Dr.", email="elena.petrova.rheum@abv.bg", phone_disp="+359 88 712 4456", e164="+359887124456",
    school="Medical University of Sofia", school_city="Sofia, Bulgaria", cc="BG", deg="Master of Medicine (MD)", grad=2005,
    pg=["Specialty in Rheumatology, 2011","PhD, 2014"], s1=229, s2=234, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certified",
    visa="j1", visa_txt="J-1", spec=["Rheumatology"], lang_txt=["Bulgarian","English","Russian"], langs=["Bulgarian","English","Russian"],
    npub=12, nother=4, birth="1980", city="Sofia",
    usce=[("research","Rheumatology","PA","2011-01","2012-06","University of Pittsburgh, PA","Research Fellow, Division of Rheumatology"),
          ("observership","Rheumatology","PA","2025-03","2025-03","UPMC Presbyterian, Pittsburgh, PA","Observer (4 weeks)")],
    nonus=[("Rheumatologist, Assoc. Professor","St. Ivan Rilski University Hospital, Sofia","2014-01","present")])

add(id=20, name="Syed Imran Haider", title="Dr.", email="imran.haider.gi@gmail.com", phone_disp="+92 300 852 1177", e164="+923008521177",
    school="Aga Khan University Medical College", school_city="Karachi, Pakistan", cc="PK", deg="MBBS", grad=2000,
    pg=["FCPS (Gastroenterology), 2008","FRCP (Edinburgh), 2016"], s1=233, s2=239, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certified",
    visa="green_card", visa_txt="Green card holder", spec=["Gastroenterology"], lang_txt=["Urdu","English"], langs=["Urdu","English"],
    npub=13, nother=4, birth="1975", city="Karachi",
    usce=[("research","Gastroenterology","OH","2006-07","2008-06","Case Western Reserve University, Cleveland, OH","Research Fellow"),
          ("observership","Gastroenterology","TX","2025-09","2025-10","Baylor Scott & White, Dallas, TX","Observer, GI & Hepatology")],
    nonus=[("Consultant Gastroenterologist","Aga Khan University Hospital","2010-01","2025-06")])

add(id=21, name="María Fernanda Gutiérrez Salazar", title="Dra.", email="mafer.gutierrez.em@gmail.com", phone_disp="+52 55 3412 8890", e164="+525534128890",
    school="Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", school_city="Ciudad de México", cc="MX", deg="Médico Cirujano", grad=2012,
    pg=["Especialidad en Medicina de Urgencias, IMSS / UNAM, 2017"], s1="pass", s2=249, s3=None, ecfmg="certified", ecfmg_txt="ECFMG Certified",
    visa="j1", visa_txt="J-1 required", spec=["Emergency Medicine"], lang_txt=["Spanish","English"], langs=["Spanish","English"],
    npub=10, nother=4, birth="1988", city="Mexico City",
    usce=[("observership","Emergency Medicine","TX","2025-06","2025-07","University Medical Center El Paso, TX","Observer, Emergency Department"),
          ("hands_on","Emergency Medicine","TX","2025-10","present","Texas Tech HSC El Paso, TX","Clinical Externship (hands-on)")],
    nonus=[("Attending, Emergency Medicine","Hospital General de México","2017-03","2025-05")])
