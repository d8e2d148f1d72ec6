# Person data for w97. usce: list of (truth_entry_dict, display_line)
def U(t, sp, st, s, e): return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}
P = []
def add(**k): P.append(k)

add(name="Chiamaka Nwosu-Adeyemi", email="chiamaka.nwosu@gmail.com", phone="+234 803 451 2276", e164="+2348034512276",
    school="University of Nigeria College of Medicine", sc="NG", grad="MBBS, Nov 2021", gy=2021, student=False,
    s1="pass", s2=248, s3=None, ecfmg="certified", visa="j1", spec=["Internal Medicine", "Nephrology"],
    langs=["English", "Igbo", "Yoruba"], pubs=["Nwosu-Adeyemi C, Okafor E. Prevalence of CKD among hypertensives in Enugu. Niger J Clin Pract. 2022;25(4):512-518.", "Poster: AKI in sickle cell crisis. NephCon Abuja, 2023 (poster)"], npub=1,
    usce=[(U("hands_on","Internal Medicine","MD","2024-03","2024-05"), "Externship, Internal Medicine — Sinai Hospital, Baltimore, MD — Mar 2024 – May 2024"),
          (U("observership","Nephrology","MD","2024-05","2024-06"), "Observership, Nephrology — Johns Hopkins Bayview, Baltimore, MD — 05/2024 – 06/2024")],
    other=["House Officer, University of Nigeria Teaching Hospital, Ituku-Ozalla — 2022-01 to 2022-12", "NYSC Medical Officer, General Hospital Onitsha — Feb 2023 – Jan 2024"],
    extra="Step 2 CS: passed (2020, before discontinuation). ECFMG certified: July 2024. J-1 visa sponsorship (ECFMG) required.",
    refs=["Dr. Emeka Okafor, Professor of Medicine, UNTH — emeka.okafor@unn.edu.ng — +234 802 113 4490", "Dr. Laura Bennett, Sinai Hospital of Baltimore — lbennett@lifebridgehealth.org — (410) 601-5512"])

add(name="Aarav Menon", email="aarav.menon.md@outlook.com", phone="+91 98470 23815", e164="+919847023815",
    school="Government Medical College, Thiruvananthapuram", sc="IN", grad="2020", gy=2020, student=False,
    s1="pass", s2=239, s3=None, ecfmg="certified", visa="h1b", spec=["Cardiology", "Internal Medicine"],
    langs=["English", "Malayalam", "Hindi", "Tamil"], pubs=["Menon A, et al. Outcomes of primary PCI in rural Kerala. Indian Heart J. 2021;73(2):201-205.", "Menon A, Pillai R. Statin adherence after ACS. J Assoc Physicians India. 2022;70(9):44-48.", "Menon A. Troponin kinetics — manuscript in preparation"], npub=2,
    usce=[(U("hands_on","Cardiology","NJ","2023-09","2023-11"), "Sub-internship, Cardiology — Newark Beth Israel Medical Center, NJ (Sept 2023 – Nov 2023)"),
          (U("research","Cardiology","NJ","2023-10","2024-03"), "Research volunteer, Cardiovascular Outcomes Lab, Rutgers NJMS, Newark NJ — 2023.10 – 2024.03"),
          (U("telehealth","Internal Medicine","NY","2024-06","2024-06"), "Tele-rotation, Internal Medicine, Mount Sinai (virtual), New York, NY — June 2024")],
    other=["Junior Resident, Cardiology, Sree Chitra Tirunal Institute, Thiruvananthapuram — Mar 2021 – Aug 2023"],
    extra="USMLE Step 1: PASS · Step 2 CK: 239 · NBME self-assessment 245 (practice). Visa: will require H-1B sponsorship.",
    refs=["Dr. Rajesh Pillai, Sree Chitra Tirunal Institute — rpillai@sctimst.ac.in", "Dr. Michael Esposito, NBIMC — michael.esposito@rwjbh.org — +1 973 926 7000"])

add(name="Yasmin Al-Khatib", email="yasmin.alkhatib92@yahoo.com", phone="+962 79 556 1843", e164="+962795561843",
    school="University of Jordan Faculty of Medicine", sc="JO", grad="June 2019", gy=2019, student=False,
    s1=231, s2=244, s3=212, ecfmg="certified", visa="j1", spec=["Pediatrics"],
    langs=["Arabic", "English", "French"], pubs=["Al-Khatib Y, Haddad S. Bronchiolitis admissions in Amman. J Med J. 2020;54(1):33-40.", "Al-Khatib Y. Iron deficiency in toddlers — abstract, Pediatric Academic Societies 2022"], npub=1,
    usce=[(U("observership","Pediatrics","OH","2022-07","2022-08"), "Pediatric Observership — Cleveland Clinic Children's, Cleveland, OH — 07/2022–08/2022"),
          (U("hands_on","Pediatrics","MI","2023-01","2023-03"), "Clinical Externship in General Pediatrics — Hurley Medical Center, Flint, MI — Jan–Mar 2023")],
    other=["Pediatric Resident (PGY-1 to PGY-3), Jordan University Hospital — 2019-09 – 2022-06"],
    extra="Step 1: 231 (taken 2018, scored). Step 2 CK: 244. Step 3: 212. ECFMG Certified. J-1 (ECFMG sponsored).",
    refs=["Dr. Samer Haddad, JUH Dept. of Pediatrics — s.haddad@ju.edu.jo — +962 6 535 3444"])

add(name="Mateo Fernández Ruiz", email="mateo.fernandez.ruiz@gmail.com", phone="+52 55 4182 9930", e164="+525541829930",
    school="Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", sc="MX", grad="2022", gy=2022, student=False,
    s1="pass", s2=None, s3=None, ecfmg="pending", visa="b1b2", spec=["Emergency Medicine", "General Surgery"],
    langs=["Spanish", "English", "Portuguese"], pubs=["Fernández Ruiz M, López A. Trauma triage in Mexico City. Cir Cir. 2023;91(2):150-156.", "Poster: Penetrating trauma outcomes, ACS Clinical Congress 2024"], npub=1,
    usce=[(U("observership","Emergency Medicine","TX","2024-07","2024-08"), "Observership — Emergency Medicine, Ben Taub Hospital, Houston, TX — Summer 2024 (Jul–Aug)"),
          (U("hands_on","General Surgery","FL","2025-03","2025-05"), "Hands-on Externship, General Surgery — Jackson Memorial, Miami, FL — March–May 2025")],
    other=["Servicio Social (social service year), Centro de Salud Tlalpan, CDMX — Aug 2022 – Jul 2023", "Médico General, Hospital Ángeles Pedregal — 2023-08 – present"],
    extra="USMLE Step 1: Passed. Step 2 CK: scheduled 02/2026. ECFMG certification pending (Step 2 CK outstanding). Currently holds B1/B2 visitor visa.",
    refs=["Dr. Alejandro López, Hospital Ángeles — alopez@saludangeles.mx", "Dr. Karen Whitfield, Jackson Memorial Hospital — kwhitfield@jhsmiami.org"])

add(name="Fatima Zahra Benali", email="fz.benali@hotmail.fr", phone="+212 661 24 87 09", e164="+212661248709",
    school="Faculté de Médecine et de Pharmacie de Casablanca (Université Hassan II)", sc="MA", grad="expected July 2027", gy=2027, student=True,
    s1="pass", s2=None, s3=None, ecfmg=None, visa="b1b2", spec=["Obstetrics and Gynecology"],
    langs=["Arabic", "French", "English", "Berber"], pubs=[], npub=0,
    usce=[(U("observership","Obstetrics and Gynecology","NY","2025-07","2025-08"), "Clinical observership, Ob/Gyn — NYC Health + Hospitals/Lincoln, Bronx, NY — 2025-07 → 2025-08")],
    other=["Externe, Maternité Lalla Meryem, CHU Ibn Rochd, Casablanca — Oct 2024 – Feb 2025 (ongoing rotations)"],
    extra="6th-year medical student. USMLE Step 1: Pass (2025). B1/B2 visa holder.",
    refs=["Pr. Naima Samouh, CHU Ibn Rochd — n.samouh@chuibnrochd.ma"])

add(name="Muhammad Bilal Chaudhry", email="bilal.chaudhry@gmail.com", phone="+92 321 7745 118", e164="+923217745118",
    school="Allama Iqbal Medical College, Lahore", sc="PK", grad="MBBS 2018", gy=2018, student=False,
    s1=228, s2=241, s3=None, ecfmg="certified", visa="green_card", spec=["Family Medicine", "Internal Medicine"],
    langs=["English", "Urdu", "Punjabi"], pubs=["Chaudhry MB, et al. Dengue outbreak 2019 Lahore. Pak J Med Sci. 2020;36(3):412-417.", "Chaudhry MB. HbA1c screening in primary care. J Pak Med Assoc. 2021;71(5):1320-1324.", "Chaudhry MB, Iqbal S. Telemedicine during COVID. Cureus. 2021;13(8):e17201."], npub=3,
    usce=[(U("hands_on","Family Medicine","IL","2023-02","2023-04"), "Family Medicine Externship — Advocate Christ, Oak Lawn, IL — Feb 2023 to Apr 2023"),
          (U("hands_on","Internal Medicine","IL","2023-04","2023-06"), "Internal Medicine Externship — Mount Sinai Hospital Chicago, IL — Apr 2023 to Jun 2023"),
          (U("research","Internal Medicine","IL","2023-07","2026-12"), "Clinical Research Coordinator, UIC Division of General Internal Medicine, Chicago IL — 07/2023 – current")],
    other=["House Job, Services Hospital Lahore — 2018–2019", "Medical Officer, Jinnah Hospital Lahore — Jan 2019 – Dec 2021"],
    extra="Permanent Resident (Green Card) — no visa sponsorship needed. ECFMG certified 2022.",
    refs=["Dr. Saima Iqbal, AIMC — saima.iqbal@aimc.edu.pk", "Dr. Robert Kaminski, UIC — rkaminski@uic.edu — +1 (312) 996-4811"])

add(name="Nandini Raghavan", email="nandini.r@protonmail.com", phone="+1 (614) 338-2071", e164="+16143382071",
    school="Kasturba Medical College, Manipal", sc="IN", grad="2016", gy=2016, student=False,
    s1="pass", s2=256, s3=229, ecfmg="certified", visa="citizen", spec=["Psychiatry"],
    langs=["English", "Tamil", "Kannada"], pubs=["Raghavan N. Lithium monitoring in outpatients. Indian J Psychiatry. 2018;60(1):77-81.", "Raghavan N, Shah K. Ketamine for TRD — talk at APA 2024"], npub=1,
    usce=[(U("hands_on","Psychiatry","OH","2021-09","2022-02"), "Psychiatry Externship, OhioHealth Riverside Methodist, Columbus, OH — September 2021–February 2022"),
          (U("research","Psychiatry","OH","2022-03","2023-08"), "Research Assistant, OSU Wexner Dept of Psychiatry, Columbus OH — 03/2022 – 08/2023")],
    other=["Junior Resident Psychiatry, NIMHANS Bengaluru — 2017-06 – 2020-05"],
    extra="US citizen (naturalized 2020). ECFMG: Certified.",
    refs=["Dr. Kunal Shah, OSU Wexner — kunal.shah@osumc.edu — 614-293-9600"])

add(name="Omar Haddad", email="omar.haddad.md@gmail.com", phone="+961 3 482 915", e164="+9613482915",
    school="American University of Beirut Faculty of Medicine", sc="LB", grad="May 2023", gy=2023, student=False,
    s1="pass", s2=262, s3=None, ecfmg="certified", visa="j1", spec=["Neurology"],
    langs=["Arabic", "English", "French"], pubs=["Haddad O, Khoury R. Stroke thrombolysis times in Beirut. J Stroke Cerebrovasc Dis. 2023;32(6):107080.", "Haddad O, et al. Status epilepticus in adults. Seizure. 2024;115:22-28.", "Haddad O. MS registry — submitted"], npub=2,
    usce=[(U("hands_on","Neurology","PA","2022-03","2022-03"), "Neurology elective (MS4), Penn State Hershey, PA — Mar 2022"),
          (U("observership","Neurology","MA","2024-01","2024-02"), "Observership, Stroke Service, Mass General, Boston, MA — Jan 2024 – Feb 2024")],
    other=["Intern, AUBMC Internal Medicine — Jul 2023 – Jun 2024", "Neurology Resident, AUBMC — 2024-07 – ongoing"],
    extra="ECFMG certified (2023). Will require J-1.",
    refs=["Dr. Rami Khoury, AUBMC Neurology — rk41@aub.edu.lb — +961 1 350 000"])

add(name="Gabriela Souza Lima", email="gabi.souzalima@gmail.com", phone="+55 11 98765-4321", e164="+5511987654321",
    school="Universidade de São Paulo (FMUSP)", sc="BR", grad="Dec/2021", gy=2021, student=False,
    s1=None, s2=None, s3=None, ecfmg=None, visa=None, spec=["Anesthesiology"],
    langs=["Portuguese", "English", "Spanish"], pubs=["Souza Lima G. Regional anesthesia for hip fracture. Braz J Anesthesiol. 2022;72(5):601-606."], npub=1,
    usce=[], other=["Residência em Anestesiologia, Hospital das Clínicas FMUSP — 2022-03 – 2025-02", "Plantonista, Hospital Sírio-Libanês — Mar 2025 – presente"],
    extra="USMLE: preparing Step 1 (UWorld self-assessment 68%). No US clinical experience yet.",
    refs=["Dr. Paulo Carvalho, HC-FMUSP — paulo.carvalho@hc.fm.usp.br"])

add(name="Kwame Asante Boateng", email="kwame.boateng@knust-alumni.org", phone="+233 24 418 6620", e164="+233244186620",
    school="Kwame Nkrumah University of Science and Technology School of Medicine", sc="GH", grad="2019", gy=2019, student=False,
    s1="pass", s2=235, s3=None, ecfmg="certified", visa="j1", spec=["General Surgery"],
    langs=["English", "Twi", "Ga"], pubs=["Boateng KA, Mensah P. Hernia repair outcomes in Kumasi. Ghana Med J. 2021;55(2):98-103.", "Poster: Surgical site infection bundle — WACS 2022"], npub=1,
    usce=[(U("hands_on","General Surgery","GA","2024-02","2024-04"), "Surgical Externship — Grady Memorial Hospital, Atlanta, GA — 2024-02 to 2024-04"),
          (U("observership","General Surgery","GA","2024-04","2024-05"), "Observer, Trauma Surgery — Emory University Hospital Midtown, Atlanta, GA — 04/24 – 05/24")],
    other=["House Officer, Komfo Anokye Teaching Hospital — 2019–2020", "Medical Officer, Surgery, KATH — Oct 2020 – Dec 2023"],
    extra="ECFMG Certified. J-1 visa (ECFMG).",
    refs=["Dr. Peter Mensah, KATH — pmensah@kathhsp.org", "Dr. Angela Ruiz, Grady — aruiz@gmh.edu"])

add(name="Sara Tesfaye Gebremedhin", email="sara.tesfaye@gmail.com", phone="+251 911 234 567", e164="+251911234567",
    school="Addis Ababa University College of Health Sciences", sc="ET", grad="2020", gy=2020, student=False,
    s1="pass", s2=228, s3=None, ecfmg="certified", visa="j1", spec=["Infectious Disease", "Internal Medicine"],
    langs=["Amharic", "Tigrinya", "English"], pubs=["Tesfaye S, et al. TB-HIV coinfection outcomes. Ethiop Med J. 2021;59(3):211-218.", "Tesfaye S. MDR-TB in Addis. Int J Tuberc Lung Dis. 2022;26(4):330-335."], npub=2,
    usce=[(U("observership","Infectious Disease","MN","2023-05","2023-06"), "Observership, Infectious Diseases — Hennepin Healthcare, Minneapolis, MN — May 2023 – June 2023"),
          (U("hands_on","Internal Medicine","MN","2023-08","2023-10"), "Externship, Internal Medicine — Regions Hospital, St. Paul, MN — Aug–Oct 2023")],
    other=["General Practitioner, Tikur Anbessa Specialized Hospital — 2020-09 – 2023-03"],
    extra="ECFMG certified Jan 2023. J-1 needed.",
    refs=["Dr. Abebe Bekele, AAU — abebe.bekele@aau.edu.et", "Dr. Susan Olson, Hennepin — susan.olson@hcmed.org — 612-873-3000"])

add(name="Reza Moradi", email="reza.moradi.md@gmail.com", phone="+98 912 345 6789", e164="+989123456789",
    school="Tehran University of Medical Sciences", sc="IR", grad="2017", gy=2017, student=False,
    s1=240, s2=250, s3=None, ecfmg="certified", visa="h1b", spec=["Radiology"],
    langs=["Farsi", "English", "Azerbaijani"], pubs=["Moradi R, et al. CT findings in COVID-19. Radiology Case Rep. 2020;15(9):1520-1524.", "Moradi R, Karimi H. MRI in pediatric epilepsy. Iran J Radiol. 2019;16(2):e84521.", "Moradi R. AI in chest X-ray. Eur Radiol. 2021;31:8870-8878.", "Moradi R. Radiomics review — under review"], npub=3,
    usce=[(U("research","Radiology","CA","2022-01","2023-12"), "Postdoctoral Research Fellow, Radiology, UCSF, San Francisco, CA — Jan 2022 – Dec 2023"),
          (U("observership","Radiology","CA","2024-02","2024-03"), "Observership, Neuroradiology, Stanford Health Care, CA — Feb–Mar 2024")],
    other=["Radiology Resident, Imam Khomeini Hospital Complex — 2017-09 – 2021-08"],
    extra="Currently on H-1B (research). ECFMG certified.",
    refs=["Dr. Hossein Karimi, TUMS — hkarimi@tums.ac.ir", "Dr. Jennifer Wu, UCSF Radiology — jennifer.wu@ucsf.edu"])

add(name="Valentina Castro Ortiz", email="vcastro.ortiz@gmail.com", phone="+57 310 555 8812", e164="+573105558812",
    school="Pontificia Universidad Javeriana, Facultad de Medicina", sc="CO", grad="2024", gy=2024, student=False,
    s1="pass", s2=233, s3=None, ecfmg="certified", visa="b1b2", spec=["Pediatrics", "Hematology/Oncology"],
    langs=["Spanish", "English"], pubs=[], npub=0,
    usce=[(U("hands_on","Pediatrics","FL","2025-01","2025-02"), "Pediatrics Clerkship — Nicklaus Children's Hospital, Miami, FL — 01/2025–02/2025"),
          (U("observership","Hematology/Oncology","TN","2025-04","2025-04"), "Observership, Pediatric Hem/Onc — St. Jude Children's Research Hospital, Memphis, TN — April 2025")],
    other=["Médica Interna, Hospital Universitario San Ignacio — 2023-01 – 2023-12", "Servicio Social Obligatorio, Leticia, Amazonas — 2024-03 – present"],
    extra="B1/B2 visa. ECFMG Certified (2025).",
    refs=["Dra. Lucía Moreno, HUSI — lmoreno@husi.org.co"])

add(name="Amina Yusuf Abdullahi", email="amina.abdullahi@gmail.com", phone="+254 722 981 340", e164="+254722981340",
    school="University of Nairobi School of Medicine", sc="KE", grad="2021", gy=2021, student=False,
    s1="pass", s2=None, s3=None, ecfmg="not_certified", visa="j1", spec=["Obstetrics and Gynecology", "Family Medicine"],
    langs=["English", "Swahili", "Somali"], pubs=["Abdullahi AY. Postpartum haemorrhage in Kenyatta. East Afr Med J. 2022;99(1):12-18."], npub=1,
    usce=[(U("observership","Obstetrics and Gynecology","WA","2024-09","2024-10"), "Observership OB/GYN, Harborview Medical Center, Seattle WA, Sep 2024 - Oct 2024")],
    other=["Medical Intern, Kenyatta National Hospital — 2021-2022", "Medical Officer, Garissa County Referral Hospital — 2022 – present"],
    extra="Step 1 passed; Step 2 CK not yet taken. Not yet ECFMG certified. Will need J-1.",
    refs=["Dr. John Kariuki, UoN — jkariuki@uonbi.ac.ke"])

add(name="Harpreet Kaur Sandhu", email="harpreet.sandhu@gmail.com", phone="+91 98140 56723", e164="+919814056723",
    school="Government Medical College, Amritsar", sc="IN", grad="2022", gy=2022, student=False,
    s1="pass", s2=245, s3=None, ecfmg="certified", visa="green_card", spec=["Endocrinology", "Internal Medicine"],
    langs=["Punjabi", "Hindi", "English"], pubs=["Sandhu HK. Thyroid dysfunction in pregnancy, Punjab. Indian J Endocrinol Metab. 2023;27(2):140-145."], npub=1,
    usce=[(U("hands_on","Internal Medicine","CA","2024-08","2024-10"), "IM Externship, Kaiser Permanente Fresno, CA — Aug 2024 – Oct 2024"),
          (U("observership","Endocrinology","CA","2024-10","2024-11"), "Endocrinology Observership, UC Davis Medical Center, Sacramento, CA — Oct–Nov 2024")],
    other=["Rotating Intern, GMC Amritsar — 2022-03 – 2023-03"],
    extra="US permanent resident (green card). ECFMG certified.",
    refs=["Dr. Gurpreet Singh Gill, GMC Amritsar — gsgill@gmcamritsar.in"])

add(name="Ahmed Samir Elmasry", email="ahmed.elmasry91@gmail.com", phone="+20 100 456 7821", e164="+201004567821",
    school="Cairo University Faculty of Medicine (Kasr Al Ainy)", sc="EG", grad="2015", gy=2015, student=False,
    s1=226, s2=238, s3=221, ecfmg="certified", visa="j1", spec=["Gastroenterology", "Internal Medicine"],
    langs=["Arabic", "English", "German"], pubs=["Elmasry AS, et al. HCV DAA response in Egypt. J Hepatol Egypt. 2017;4(2):55-60.", "Elmasry AS. Variceal bleeding prophylaxis. Arab J Gastroenterol. 2019;20(3):143-148.", "Elmasry AS, Fathy M. NAFLD in Cairo. World J Hepatol. 2020;12(10):812-820.", "Elmasry AS. ERCP complications. Endosc Int Open. 2021;9:E1102."], npub=4,
    usce=[(U("observership","Gastroenterology","NY","2019-06","2019-08"), "Observership, Gastroenterology — NYU Langone, New York, NY — Jun 2019 – Aug 2019"),
          (U("research","Gastroenterology","NY","2019-09","2020-08"), "Research Fellow, Hepatology — Mount Sinai, New York, NY — 09/2019 – 08/2020")],
    other=["Resident, Internal Medicine, Kasr Al Ainy — 2016-03 – 2019-02", "Assistant Lecturer, Gastroenterology, Cairo University — 2020-10 – present"],
    extra="ECFMG Certified. J-1.",
    refs=["Prof. Mohamed Fathy, Kasr Al Ainy — mfathy@kasralainy.edu.eg"])

add(name="Priya Shrestha", email="priya.shrestha@gmail.com", phone="+977 984 1234 567", e164="+9779841234567",
    school="Institute of Medicine, Tribhuvan University", sc="NP", grad="2023", gy=2023, student=False,
    s1="pass", s2=241, s3=None, ecfmg="certified", visa="j1", spec=["Internal Medicine"],
    langs=["Nepali", "English", "Hindi", "Newari"], pubs=[], npub=0,
    usce=[(U("hands_on","Internal Medicine","NY","2024-10","2024-12"), "Internal Medicine Externship, Brookdale Hospital, Brooklyn, NY — 10/2024 - 12/2024"),
          (U("hands_on","Pulmonology/Critical Care","NY","2025-01","2025-01"), "MICU Elective, Brookdale Hospital, Brooklyn, NY — January 2025")],
    other=["Medical Officer, Tribhuvan University Teaching Hospital — 2023-08 – 2024-08"],
    extra="ECFMG certified. J-1.",
    refs=["Dr. Ramesh Adhikari, TUTH — radhikari@iom.edu.np"])

add(name="Tunde Olawale Bakare", email="tunde.bakare@gmail.com", phone="+234 807 662 1145", e164="+2348076621145",
    school="University of Ibadan College of Medicine", sc="NG", grad="2014", gy=2014, student=False,
    s1=218, s2=230, s3=None, ecfmg="certified", visa="citizen", spec=["Geriatrics", "Family Medicine"],
    langs=["English", "Yoruba"], pubs=["Bakare TO. Falls in elderly Nigerians. Afr J Med Med Sci. 2016;45(1):23-29."], npub=1,
    usce=[(U("hands_on","Family Medicine","TX","2021-01","2021-06"), "Family Medicine Preceptorship — UT Health San Antonio, TX — Jan 2021 – Jun 2021"),
          (U("hands_on","Geriatrics","TX","2021-05","2021-07"), "Geriatrics rotation — Audie L. Murphy VA, San Antonio, TX — May–July 2021")],
    other=["Medical Officer, UCH Ibadan — 2014 – 2018"],
    extra="US citizen. ECFMG certified 2020.",
    refs=["Dr. Linda Garza, UT Health SA — garzal@uthscsa.edu"])

add(name="Layla Hassan Mahmoud", email="layla.mahmoud@gmail.com", phone="+249 91 234 5678", e164="+249912345678",
    school="University of Khartoum Faculty of Medicine", sc="SD", grad="2020", gy=2020, student=False,
    s1="pass", s2=232, s3=None, ecfmg="pending", visa="j1", spec=["Pediatrics"],
    langs=["Arabic", "English"], pubs=["Mahmoud LH. Severe acute malnutrition outcomes. Sudan J Paediatr. 2021;21(2):160-166."], npub=1,
    usce=[(U("observership","Pediatrics","MD","2025-06","2025-07"), "Pediatric observership — University of Maryland Children's, Baltimore, MD — 2025.06 – 2025.07")],
    other=["House Officer, Soba University Hospital — 2020-2021", "Medical Officer, MSF Pediatrics, Port Sudan — Jun 2023 – Mar 2025"],
    extra="ECFMG certification pending (OET). J-1 required.",
    refs=["Dr. Khalid Osman, UofK — kosman@uofk.edu"])

add(name="Diego Alejandro Paredes", email="d.paredes.md@gmail.com", phone="+51 987 654 321", e164="+51987654321",
    school="Universidad Peruana Cayetano Heredia", sc="PE", grad="2021", gy=2021, student=False,
    s1=None, s2=None, s3=None, ecfmg=None, visa=None, spec=["Pulmonology/Critical Care", "Internal Medicine"],
    langs=["Spanish", "English", "Quechua"], pubs=[], npub=0,
    usce=[(U("telehealth","Internal Medicine","FL","2024-03","2024-04"), "Virtual tele-rotation, Internal Medicine — AdventHealth Orlando, FL — Mar–Apr 2024")],
    other=["SERUMS, Puesto de Salud Cusco — 2021-2022", "Médico residente, UCI, Hospital Cayetano Heredia — 2022-07 – actual"],
    extra="Preparing for USMLE Step 1.",
    refs=["Dr. Jorge Salazar, UPCH — jorge.salazar@upch.pe"])

add(name="Zainab Rashid Al-Farsi", email="zainab.alfarsi@gmail.com", phone="+968 9123 4567", e164="+96891234567",
    school="Sultan Qaboos University College of Medicine", sc="OM", grad="2022", gy=2022, student=False,
    s1="pass", s2=252, s3=None, ecfmg="certified", visa="j1", spec=["Rheumatology", "Internal Medicine"],
    langs=["Arabic", "English"], pubs=["Al-Farsi ZR. SLE in Omani women. Oman Med J. 2023;38(4):e520.", "Al-Farsi ZR, et al. Gout registry. SQU Med J. 2024;24(1):60-66."], npub=2,
    usce=[(U("hands_on","Internal Medicine","PA","2024-01","2024-03"), "Internal Medicine Sub-I — Allegheny General Hospital, Pittsburgh, PA — 01/2024 – 03/2024"),
          (U("observership","Rheumatology","PA","2024-03","2024-04"), "Rheumatology observership — UPMC, Pittsburgh, PA — Mar 2024 – Apr 2024")],
    other=["Intern, SQUH — 2022-2023"],
    extra="ECFMG certified. J-1.",
    refs=["Dr. Ibrahim Al-Hinai, SQUH — ihinai@squ.edu.om"])
