# -*- coding: utf-8 -*-
"""Hand-written CV contents + matching truth. Each person: T (truth) and D (document)."""
def E(t, sp, st, s, e): return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = {}

P["001"] = dict(layout="docx_plain", fmt="docx", T=dict(
  full_name="Priyanka Venkataraman", email="priyanka.venkat91@gmail.com", phone_e164="+919884213576",
  medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", specialties=["Internal Medicine"],
  languages=["English", "Tamil", "Hindi"], visa_status="j1", publications=2,
  usce_entries=[E("hands_on","Internal Medicine","IL","2024-03","2024-05"), E("observership","Cardiology","OH","2024-06","2024-06")]),
 D=dict(name="Dr. Priyanka Venkataraman, MBBS", sub="Internal Medicine applicant",
  contacts=["No. 14, 3rd Cross Street, Besant Nagar, Chennai 600090, India", "Mobile: +91 98842 13576", "E-mail: priyanka.venkat91@gmail.com", "Year of birth: 1997"],
  sections=[
   ("Career Objective", ["To obtain a clinical rotation in Internal Medicine in the United States as preparation for the 2027 Match. Requires J-1 visa."]),
   ("Education", ["2015 – 2021   MBBS, Madras Medical College, Chennai, Tamil Nadu (The Tamil Nadu Dr. M.G.R. Medical University)", "2013 – 2015   Higher Secondary, D.A.V. Boys Senior Secondary School, Chennai"]),
   ("USMLE / ECFMG", ["USMLE Step 1: PASS (first attempt, 2023)", "USMLE Step 2 CK: 247 (2024)", "NBME CCSSA practice: 252", "ECFMG Certified (certificate issued Aug 2024)"]),
   ("US Clinical Experience", ["03/2024 – 05/2024   Hands-on Externship, Internal Medicine — John H. Stroger Jr. Hospital of Cook County, Chicago, IL", "06/2024   Observership, Cardiology — Cleveland Clinic, Cleveland, OH"]),
   ("Clinical Experience in India", ["04/2020 – 03/2021   Compulsory Rotatory Residential Internship, Rajiv Gandhi Government General Hospital, Chennai", "06/2021 – 12/2023   Junior Resident (non-academic), Department of General Medicine, Government Stanley Hospital, Chennai"]),
   ("Publications", ["1. Venkataraman P, Kumar S. Prevalence of diabetic nephropathy in a tertiary care centre in South India. Indian J Nephrol. 2022;32(4):311-6.", "2. Ramesh A, Venkataraman P, et al. Dengue-associated myocarditis: a case series. J Assoc Physicians India. 2023;71(2):45-8.", "Poster: Hyponatremia in elderly inpatients. APICON 2022, Kolkata."]),
   ("Languages", ["English, Tamil, Hindi"]),
   ("References", ["Dr. Michael O'Rourke, MD, Attending Physician, Cook County Health, Chicago, IL — mororke@cookcountyhhs.org — +1 312 864 7000", "Prof. S. Balasubramanian, Head of Medicine, Madras Medical College — sbala.mmc@gmail.com — +91 94440 55123"]),
  ]))

P["002"] = dict(layout="docx_table", fmt="docx", T=dict(
  full_name="Muhammad Usman Siddiqui", email="usman.siddiqui.aimc@outlook.com", phone_e164="+923214587902",
  medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", specialties=["Internal Medicine","Nephrology"],
  languages=["English","Urdu","Punjabi"], visa_status="b1b2", publications=3,
  usce_entries=[E("hands_on","Internal Medicine","TX","2024-08","2024-10"), E("observership","Nephrology","TX","2024-10","2024-11"), E("research","Nephrology","MI","2025-01","2026-12")]),
 D=dict(name="MUHAMMAD USMAN SIDDIQUI", sub="MBBS (Pakistan) | ECFMG Certified",
  contacts=["House 221-B, Johar Town, Lahore, Pakistan", "+92 321 4587902", "usman.siddiqui.aimc@outlook.com"], contacts_in="header",
  sections=[
   ("Personal Statement", ["Aspiring internist with a research interest in Nephrology. Currently holding a valid B1/B2 visa."]),
   ("Education", [{"table": [["Degree","Institution","Year"],["MBBS","Allama Iqbal Medical College, Lahore (University of Health Sciences)","2017 – 2022"],["F.Sc. Pre-Medical","Government College University, Lahore","2015 – 2017"]]}]),
   ("Examinations", [{"table": [["Exam","Result","Date"],["USMLE Step 1","Pass","Jan 2023"],["USMLE Step 2 CK","238","Nov 2023"],["OET Medicine","Grade B all subtests","Jul 2023"],["ECFMG","Certified","Feb 2024"]]}]),
   ("Clinical Experience (USA)", [{"table": [["Dates","Position","Department","Hospital / City"],["Aug 2024 – Oct 2024","Clinical Extern (hands-on)","Internal Medicine","Harris Health Ben Taub Hospital, Houston, TX"],["Oct 2024 – Nov 2024","Observer","Nephrology","Houston Methodist Hospital, Houston, TX"],["Jan 2025 – Present","Research Fellow","Division of Nephrology","University of Michigan, Ann Arbor, MI"]]}]),
   ("Clinical Experience (Pakistan)", [{"table": [["Dates","Position","Hospital"],["Mar 2022 – Feb 2023","House Officer (Medicine & Surgery)","Jinnah Hospital, Lahore"],["Mar 2023 – Jun 2024","Medical Officer","Shaikh Zayed Hospital, Lahore"]]}]),
   ("Publications", ["Siddiqui MU, Khan A, et al. Outcomes of AKI in dengue fever. Cureus. 2023;15(6):e40211.", "Siddiqui MU, Raza H. Hepatitis C and CKD progression in Punjab. J Pak Med Assoc. 2024;74(1):88-92.", "Ahmed F, Siddiqui MU, et al. Tenofovir nephrotoxicity: a retrospective cohort. Kidney Med. 2025;7(3):100921.", "Manuscript submitted: SGLT2 inhibitor uptake in Michigan CKD clinics (under review)."]),
   ("Languages", ["English (fluent) · Urdu (native) · Punjabi (native)"]),
   ("Referees", ["Dr. Laura Whitfield, MD, Associate Professor of Nephrology, University of Michigan — lwhitfield@med.umich.edu, +1 734 936 4000"]),
  ]))

P["003"] = dict(layout="lo_pdf_classic", fmt="pdf_lo", T=dict(
  full_name="Chukwuemeka Obinna Eze", email="emeka.eze.md@yahoo.com", phone_e164="+2348035521190",
  medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=255, usmle_step3=229, ecfmg_status="certified", specialties=["Family Medicine"],
  languages=["English","Igbo","Yoruba"], visa_status=None, publications=1,
  usce_entries=[E("observership","Family Medicine","GA","2023-09","2023-10"), E("hands_on","Family Medicine","MD","2024-01","2024-03")]),
 D=dict(name="Chukwuemeka Obinna Eze", sub="Curriculum Vitae",
  contacts=["12 Awolowo Avenue, Bodija, Ibadan, Oyo State, Nigeria", "Tel: 0803 552 1190 (+234)", "Email: emeka.eze.md@yahoo.com", "Date of birth: 14 February 1994"],
  sections=[
   ("Profile", ["Family physician in training seeking US clinical experience ahead of residency applications in Family Medicine."]),
   ("Education", ["University of Ibadan, Ibadan, Nigeria — Bachelor of Medicine, Bachelor of Surgery (MBBS), 2012 – 2019", "Loyola College, Ibadan — Senior Secondary School Certificate, 2011"]),
   ("Licensing Examinations", ["USMLE Step 1 — Passed (2021)", "USMLE Step 2 CK — 255 (2022)", "USMLE Step 3 — 229 (2024)", "PLAB 1 — Passed (2020)", "ECFMG Certification — Certified, 2022", "Medical and Dental Council of Nigeria — Full registration"]),
   ("Clinical Experience", ["House Officer, University College Hospital, Ibadan — Nov 2019 to Oct 2020", "Medical Officer, Adeoyo Maternity Teaching Hospital, Ibadan — Jan 2021 to Jun 2023", "Clinical Attachment, General Practice, Royal London Hospital, London, United Kingdom — Mar 2022 (4 weeks)", "Observership in Family Medicine, Piedmont Athens Regional Medical Center, Athens, Georgia — September to October 2023", "Clinical Externship (hands-on), Family Medicine, University of Maryland Family Medicine Clinic, Baltimore, Maryland — January 2024 to March 2024"]),
   ("Research", ["Eze CO, Adeyemi T. Hypertension awareness in rural Oyo State. Niger J Clin Pract. 2021;24(9):1302-7.", "Abstract: Malaria in pregnancy, WONCA Africa 2022 (oral presentation).", "Abstract: Sickle cell crisis admissions, NMA Conference 2021 (poster)."]),
   ("Languages", ["English, Igbo, Yoruba"]),
   ("Referees", ["Dr. Karen L. Mitchell, Program Director, Family Medicine, University of Maryland, Baltimore — kmitchell@som.umaryland.edu — (410) 328-8792", "Prof. Adebowale Ogunleye, Department of Family Medicine, UCH Ibadan — a.ogunleye@comui.edu.ng — +234 802 331 4410"]),
  ]))

P["004"] = dict(layout="chrome_sidebar", fmt="pdf_chrome", T=dict(
  full_name="Mariam Abdelrahman Hassan", email="mariam.a.hassan@gmail.com", phone_e164="+201006734219",
  medical_school="Ain Shams University", medical_school_country="EG", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=261, usmle_step3=None, ecfmg_status="pending", specialties=["Pediatrics"],
  languages=["Arabic","English","French"], visa_status="j1", publications=4,
  usce_entries=[E("research","Pediatrics","MA","2024-06","2024-12"), E("observership","Pediatrics","MI","2025-02","2025-04")]),
 D=dict(name="Mariam Abdelrahman Hassan", alt="مريم عبد الرحمن حسن", sub="M.B.B.Ch. — Pediatrics",
  contacts=["Cairo, Egypt", "+20 100 673 4219", "mariam.a.hassan@gmail.com", "linkedin.com/in/mariam-hassan-md", "Languages: Arabic (native), English (C2), French (B1)", "Visa: will require J-1"], contacts_in="sidebar",
  sections=[
   ("Objective", ["Pediatrics-focused graduate seeking a hands-on rotation in a US children's hospital."]),
   ("Education", ["M.B.B.Ch., Faculty of Medicine, Ain Shams University, Cairo — 2014–2020 (Excellent with honours)", "Internship year, Ain Shams University Hospitals — 2021–2022"]),
   ("Exams", ["USMLE Step 1: Pass · USMLE Step 2 CK: 261", "ECFMG certification: pending (OET passed May 2025)"]),
   ("US Experience", ["Feb 2025 – Apr 2025 · Observer, Pediatrics — Children's Hospital of Michigan, Detroit, MI", "Jun 2024 – Dec 2024 · Research Assistant (remote), Department of Pediatrics — Boston Children's Hospital, Boston, MA"]),
   ("Egypt", ["2022 – 2024 · Pediatric Resident, Abu El-Reesh Children's Hospital, Cairo University"]),
   ("Publications", ["Hassan MA, et al. Kawasaki disease in Egyptian children. Pediatr Int. 2022;64:e15012.", "Hassan MA, Farid N. Neonatal sepsis antibiograms. Egypt Pediatr Assoc Gaz. 2023;71:14.", "Salem R, Hassan MA. Vitamin D and bronchiolitis severity. BMC Pediatr. 2023;23:402.", "Hassan MA, et al. MIS-C outcomes, a cohort. Front Pediatr. 2024;12:1189034.", "Poster: RSV season shifts after COVID-19, PAS 2025 (abstract)."]),
   ("References", ["Dr. Steven Kowalski, MD — Children's Hospital of Michigan — skowalski@dmc.org — +1 313 745 5437"]),
  ]))

P["005"] = dict(layout="lo_odt", fmt="odt", T=dict(
  full_name="Maria Katrina D. Villanueva", email="katvillanueva.md@gmail.com", phone_e164="+639178204455",
  medical_school="University of Santo Tomas", medical_school_country="PH", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", specialties=["Psychiatry"],
  languages=["English","Filipino","Cebuano"], visa_status="b1b2", publications=0,
  usce_entries=[E("telehealth","Psychiatry","FL","2024-06","2024-08"), E("hands_on","Psychiatry","NY","2025-01","2025-02")]),
 D=dict(name="MARIA KATRINA D. VILLANUEVA, MD", sub="Physician · Aspiring Psychiatrist",
  contacts=["Blk 7 Lot 12, Greenwoods Executive Village, Pasig City, Metro Manila", "Cell: +63 917 820 4455", "katvillanueva.md@gmail.com"],
  sections=[
   ("Education", ["Doctor of Medicine — University of Santo Tomas Faculty of Medicine and Surgery, Manila (2019 – 2023)", "BS Psychology, cum laude — Ateneo de Manila University (2015 – 2019)"]),
   ("Licensure", ["Philippine Physician Licensure Examination — passed, 2024", "USMLE Step 1 — PASSED", "USMLE Step 2 CK — scheduled March 2027", "ECFMG certification pending Step 2 CK"]),
   ("Clinical Rotations — United States", ["Virtual (telehealth) rotation in Psychiatry, University of Florida Health, Gainesville, FL — Summer 2024 (June–August)", "Hands-on Externship, Psychiatry, Kings County Hospital Center, Brooklyn, NY — January–February 2025"]),
   ("Post-graduate Internship (Philippines)", ["Philippine General Hospital, Manila — Aug 2023 – Jul 2024"]),
   ("Activities", ["Volunteer, Mental Health PH hotline, 2022 – present", "Poster: Burnout among Filipino medical interns, PPA Annual Convention 2024"]),
   ("Languages", ["English · Filipino (Tagalog) · Cebuano"]),
   ("Visa", ["B1/B2 visitor visa (valid until 2033)"]),
   ("Character References", ["Dr. Jose Emmanuel Cruz, Department of Psychiatry, UST Hospital — jecruz@ust.edu.ph — +63 2 8731 3001"]),
  ]))

P["006"] = dict(layout="lo_rtf", fmt="rtf", T=dict(
  full_name="José Luis Hernández Ramírez", email="jl.hernandez.ramirez@hotmail.com", phone_e164="+525512348876",
  medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified", specialties=["Emergency Medicine"],
  languages=["Spanish","English"], visa_status="b1b2", publications=1,
  usce_entries=[E("observership","Emergency Medicine","TX","2023-11","2024-01"), E("hands_on","Internal Medicine","FL","2024-03","2024-04")]),
 D=dict(name="José Luis Hernández Ramírez", sub="Médico Cirujano — Emergency Medicine",
  contacts=["Av. Universidad 1330, Coyoacán, CDMX, México", "Cel. +52 55 1234 8876", "jl.hernandez.ramirez@hotmail.com"],
  sections=[
   ("Educación / Education", ["Médico Cirujano (MD), Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina — 2015–2021", "Servicio Social, Centro de Salud T-III, Oaxaca — 2021.08–2022.07"]),
   ("Exámenes", ["USMLE Step 1: Pass (2022)", "USMLE Step 2 CK: 232 (2023)", "ENARM 2022: 68.4 (national residency exam, Mexico)", "ECFMG: Certified"]),
   ("Experiencia clínica en EE.UU.", ["2023.11 – 2024.01 — Observership, Emergency Medicine — University Medical Center of El Paso, El Paso, TX", "2024.03 – 2024.04 — Externship (hands-on), Internal Medicine — Palmetto General Hospital, Hialeah, FL"]),
   ("Experiencia en México", ["2022.08 – 2023.09 — Médico General, Urgencias, Hospital General de México Dr. Eduardo Liceaga"]),
   ("Publicaciones", ["Hernández-Ramírez JL, et al. Trauma care times in Mexico City. Rev Med Inst Mex Seguro Soc. 2022;60(5):512-8."]),
   ("Idiomas", ["Español (nativo), Inglés (avanzado, TOEFL 108)"]),
   ("Visa", ["B1/B2 vigente"]),
   ("Referencias", ["Dr. Robert Alvarez, MD, EM Attending, UMC El Paso — ralvarez@umcelpaso.org — +1 915 544 1200"]),
  ]))

P["007"] = dict(layout="reportlab_eras", fmt="pdf_rl", T=dict(
  full_name="Gabriela Costa Nogueira", email="gabi.nogueira@usp.br", phone_e164="+5511987654321",
  medical_school="Universidade de São Paulo", medical_school_country="BR", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", specialties=["Neurology"],
  languages=["Portuguese","English","Spanish"], visa_status="j1", publications=2,
  usce_entries=[E("observership","Neurology","MD","2024-09","2024-10"), E("research","Neurology","FL","2025-01","2026-12")]),
 D=dict(name="Gabriela Costa Nogueira", sub="MyERAS-style Application Summary",
  contacts=["Email: gabi.nogueira@usp.br", "Preferred Phone: +55 (11) 98765-4321", "Permanent Address: Rua Oscar Freire 1200, São Paulo, SP, Brazil", "Citizenship: Brazil · Visa Sponsorship Needed: Yes (J-1)"],
  sections=[
   ("Medical Education", ["Universidade de São Paulo, Faculdade de Medicina — Medical Degree (MD), 02/2016 - 12/2022"]),
   ("Licensure Exams", [{"table": [["Exam","Result"],["USMLE Step 1","Pass"],["USMLE Step 2 CK","244"],["USMLE Step 3","Not taken"],["ECFMG Status","Certified (2024)"]]}]),
   ("Experience", ["Research Fellow, Department of Neurology, University of Miami Miller School of Medicine, Miami, FL — 01/2025 - Present", "Observer, Neurology, Johns Hopkins Hospital, Baltimore, MD — 09/2024 - 10/2024", "Resident, Internal Medicine (Clínica Médica), Hospital das Clínicas FMUSP, São Paulo — 02/2023 - 06/2024"]),
   ("Publications", ["Peer Reviewed Journal Articles: Nogueira GC, et al. Stroke thrombolysis door-to-needle time in São Paulo. Arq Neuropsiquiatr. 2023;81(4):330-7.", "Peer Reviewed Journal Articles: Lima R, Nogueira GC. Myasthenia gravis crisis predictors. J Neurol Sci. 2025;468:123301.", "Submitted Publications: Nogueira GC, et al. Tenecteplase in South Florida (submitted).", "Poster Presentations: AAN Annual Meeting 2025 (2 posters)."]),
   ("Languages", ["Portuguese: Native · English: Fluent · Spanish: Advanced"]),
   ("Letters of Recommendation", ["Dr. Alan Fischer, MD — Neurology, University of Miami — afischer@med.miami.edu — +1 305 243 6732"]),
  ]))

P["008"] = dict(layout="fpdf_twocol", fmt="pdf_fpdf", T=dict(
  full_name="Seyed Amirhossein Mousavi", email="a.mousavi.md@gmail.com", phone_e164="+14155550187",
  medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2018, is_student=False,
  usmle_step1=238, usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", specialties=["Cardiology","Internal Medicine"],
  languages=["Persian","English","Turkish"], visa_status="green_card", publications=3,
  usce_entries=[E("research","Cardiology","CA","2022-04","2023-09"), E("hands_on","Internal Medicine","CA","2023-10","2023-12"), E("observership","Cardiology","CA","2024-01","2024-01")]),
 D=dict(name="Seyed Amirhossein Mousavi, MD", sub="Internal Medicine → Cardiology",
  contacts=["San Jose, CA 95128", "(415) 555-0187", "a.mousavi.md@gmail.com", "US Permanent Resident (Green Card)"],
  sections=[
   ("Education", ["Tehran University of Medical Sciences — Doctor of Medicine (MD), 2011 – 2018", "Allameh Helli High School (NODET), Tehran — 2011"]),
   ("Exams", ["USMLE Step 1: 238 (2021)", "USMLE Step 2 CK: 250 (2022)", "ECFMG: Certified"]),
   ("US Experience", ["Postdoctoral Research Fellow, Cardiovascular Institute, Stanford University, Stanford, CA — Apr 2022 – Sep 2023", "Clinical Extern (hands-on), Internal Medicine, Santa Clara Valley Medical Center, San Jose, CA — Oct 2023 – Dec 2023", "Observer, Cardiology, UCSF Medical Center, San Francisco, CA — Jan 2024"]),
   ("Iran", ["General Practitioner, Imam Khomeini Hospital Complex, Tehran — 2018 – 2021 (incl. 2-year mandatory service)"]),
   ("Publications", ["Mousavi SA, et al. Lp(a) and premature CAD in Iranian adults. Arch Iran Med. 2020;23(8):512-8.", "Mousavi SA, Chen L, et al. Deep learning ECG for LVEF. JACC Adv. 2023;2(6):100455.", "Chen L, Mousavi SA. Wearable AF detection. Circulation. 2024;149(5):e123.", "Abstracts: AHA Scientific Sessions 2022; ACC.23 (poster)."]),
   ("Languages", ["Farsi (native), English (fluent), Turkish (conversational)"]),
   ("References", ["Dr. Linda Chen, MD PhD, Stanford Cardiovascular Institute — lchen@stanford.edu — (650) 723-4000"]),
  ]))

P["009"] = dict(layout="email_paste", fmt="txt", T=dict(
  full_name="Oleksandra Kovalenko", email="o.kovalenko.md@ukr.net", phone_e164="+380671234598",
  medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2024, is_student=False,
  usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="pending", specialties=["Anesthesiology"],
  languages=["Ukrainian","Russian","English","Polish"], visa_status="b1b2", publications=0,
  usce_entries=[E("observership","Anesthesiology","IL","2025-02","2025-03"), E("hands_on","Internal Medicine","NJ","2026-10","2026-12")]),
 D=None)

P["010"] = dict(layout="chrome_modern", fmt="pdf_chrome", T=dict(
  full_name="Xiaoyu Lin", email="xiaoyu.lin.md@163.com", phone_e164="+17135550142",
  medical_school="Fudan University", medical_school_country="CN", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified", specialties=["Hematology/Oncology","Internal Medicine"],
  languages=["Chinese","English"], visa_status="h1b", publications=5,
  usce_entries=[E("research","Hematology/Oncology","TX","2023-07","2026-12"), E("observership","Hematology/Oncology","TX","2025-05","2025-06"), E("hands_on","Internal Medicine","TX","2026-01","2026-02")]),
 D=dict(name="Xiaoyu Lin", sub="MD · Research Scientist · Hematology/Oncology",
  contacts=["Houston, TX", "+1 (713) 555-0142", "xiaoyu.lin.md@163.com", "Current visa: H-1B"], contacts_in="topbar",
  sections=[
   ("Education", ["2014 – 2022 | Doctor of Medicine (8-year program), Fudan University Shanghai Medical College, Shanghai, China"]),
   ("Examinations", ["USMLE Step 1 — Pass | USMLE Step 2 CK — 258 | ECFMG certified (2024)", "Chinese National Medical Licensing Examination — passed 2023"]),
   ("Experience", ["2023.07 – present | Research Scientist, Department of Lymphoma/Myeloma, MD Anderson Cancer Center, Houston, TX", "2025.05 – 2025.06 | Clinical Observer, Hematology/Oncology, Baylor St. Luke's Medical Center, Houston, TX", "2026.01 – 2026.02 | Hands-on Externship, Internal Medicine, Houston Methodist Hospital, Houston, TX", "2022.08 – 2023.06 | Resident Physician, Hematology, Huashan Hospital, Shanghai"]),
   ("Selected publications", ["Lin X, et al. CAR-T toxicity in Chinese patients. Blood Adv. 2022;6(12):3650.", "Lin X, Wang Y. BTK inhibitors in MCL. Leukemia. 2023;37:1420-8.", "Patel K, Lin X, et al. Bispecifics in myeloma. J Clin Oncol. 2024;42(16):1901.", "Lin X, et al. ctDNA in DLBCL. Haematologica. 2025;110(2):389.", "Lin X, Patel K. Real-world CRS grading. Blood. 2025;146(8):801.", "Abstracts: ASH 2024 (oral), ASCO 2025 (poster)."]),
   ("Interests", ["Hematology/Oncology fellowship after Internal Medicine residency."]),
   ("Languages", ["Chinese (Mandarin, native), English (fluent)"]),
   ("References", ["Dr. Krina Patel, MD — MD Anderson — kpatel@mdanderson.org — +1 713 792 2121"]),
  ]))

P["011"] = dict(layout="docx_footer", fmt="docx", T=dict(
  full_name="Kevin Ramcharan", email="kramcharan@sgu.edu", phone_e164="+17185550163",
  medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, specialties=["General Surgery"],
  languages=["English"], visa_status="citizen", publications=0,
  usce_entries=[E("hands_on","Internal Medicine","NY","2025-09","2025-12"), E("hands_on","General Surgery","NJ","2026-01","2026-03"),
                E("hands_on","Pediatrics","NY","2026-04","2026-05"), E("hands_on","Obstetrics and Gynecology","NY","2026-06","2026-07"), E("hands_on","Psychiatry","NY","2026-08","2026-09")]),
 D=dict(name="Kevin Ramcharan", sub="MD Candidate, Class of 2027 — St. George's University School of Medicine, Grenada",
  contacts=["Kevin Ramcharan · 88-14 Sutphin Blvd, Jamaica, NY 11435 · (718) 555-0163 · kramcharan@sgu.edu · U.S. Citizen"], contacts_in="footer",
  sections=[
   ("Education", ["St. George's University School of Medicine, True Blue, Grenada — Doctor of Medicine, expected May 2027", "Basic Sciences, Grenada campus, Aug 2023 – Jun 2025", "B.S. Biology, Stony Brook University, NY, 2022"]),
   ("Board Examinations", ["USMLE Step 1: Pass (July 2025)", "NBME CBSE: 71"]),
   ("Core Clinical Rotations", ["Internal Medicine (12 weeks) — The Brooklyn Hospital Center, Brooklyn, NY — Sept–Dec 2025", "Surgery (12 weeks) — Saint Michael's Medical Center, Newark, NJ — Jan–Mar 2026", "Pediatrics (6 weeks) — BronxCare Health System, Bronx, NY — Apr–May 2026", "Obstetrics & Gynecology (6 weeks) — Jamaica Hospital Medical Center, Queens, NY — Jun–Jul 2026", "Psychiatry (6 weeks) — Kings County Hospital Center, Brooklyn, NY — Aug–Sep 2026"]),
   ("Career Interest", ["General Surgery"]),
   ("Presentations", ["Poster: Appendicitis in pregnancy, SGU Research Day 2026"]),
   ("Languages", ["English"]),
   ("References", ["Dr. Anthony Russo, Chief of Surgery, Saint Michael's Medical Center — arusso@smmcnj.org — (973) 877-5000"]),
  ]))

P["012"] = dict(layout="lo_pdf_table", fmt="pdf_lo", T=dict(
  full_name="Sneha Patil", email="sneha.patil.kem@gmail.com", phone_e164="+919820456712",
  medical_school="Seth GS Medical College", medical_school_country="IN", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=221, ecfmg_status="certified", specialties=["Family Medicine","Geriatrics"],
  languages=["English","Marathi","Hindi"], visa_status="h1b", publications=1,
  usce_entries=[E("observership","Geriatrics","NY","2023-07","2023-08"), E("hands_on","Family Medicine","TX","2023-09","2023-09"), E("telehealth","Internal Medicine","FL","2023-10","2023-12")]),
 D=dict(name="Sneha Patil", sub="MBBS · Family Medicine & Geriatrics",
  contacts=["Flat 502, Shanti Kunj, Dadar (W), Mumbai 400028 | +91-9820456712 | sneha.patil.kem@gmail.com"],
  sections=[
   ("Academic Qualifications", [{"table": [["Year","Qualification","Institution"],["2014–2020","MBBS","Seth GS Medical College & KEM Hospital, Mumbai (MUHS)"],["2014","HSC","Ruia College, Mumbai"]]}]),
   ("USMLE", [{"table": [["Step 1","Step 2 CK","Step 3","ECFMG"],["Pass","236","221","Certified"]]}]),
   ("Clinical Experience", [{"table": [["Dates","Role","Institution","Location"],["Jul 2023 – Aug 2023","Observership, Geriatrics","Mount Sinai Hospital","New York, NY"],["Sep 2023","Hands-on Externship, Family Medicine","Baylor Family Medicine Clinic","Dallas, TX"],["Oct 2023 – Dec 2023","Telemedicine rotation, Internal Medicine","TeleHealth Partners (remote)","Tampa, FL"],["2021–2022","Junior Resident, Medicine","KEM Hospital","Mumbai, India"],["2022–2023","Medical Officer","Primary Health Centre, Palghar","Maharashtra, India"]]}]),
   ("Goals", ["Residency in Family Medicine with later fellowship in Geriatrics. Will require H-1B sponsorship."]),
   ("Publications", ["Patil S, Desai M. Falls in elderly outpatients in Mumbai. J Family Med Prim Care. 2022;11(7):3600-5.", "Poster: Polypharmacy audit, AAFP FMX 2023."]),
   ("Languages", ["English, Marathi, Hindi"]),
   ("Referees", ["Dr. Rebecca Stein, Geriatrics, Mount Sinai — rebecca.stein@mountsinai.org — 212-241-6500"]),
  ]))

P["013"] = dict(layout="reportlab_plain", fmt="pdf_rl", T=dict(
  full_name="Ayesha Noor Malik", email="ayesha.n.malik@aku.edu", phone_e164="+923008221745",
  medical_school="Aga Khan University", medical_school_country="PK", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", specialties=["Pulmonology/Critical Care","Internal Medicine"],
  languages=["English","Urdu","Sindhi"], visa_status="j1", publications=2,
  usce_entries=[E("research","Pulmonology/Critical Care","PA","2025-03","2025-05"), E("hands_on","Pulmonology/Critical Care","MI","2025-06","2025-06")]),
 D=dict(name="Ayesha Noor Malik", sub="MBBS, Aga Khan University",
  contacts=["Karachi, Pakistan — 0300 8221745 (+92) — ayesha.n.malik@aku.edu"],
  sections=[
   ("Interests", ["Internal Medicine residency, then Pulmonary and Critical Care Medicine fellowship. J-1 visa required."]),
   ("Education", ["MBBS — Aga Khan University, Karachi — 2016–2021", "A-Levels — Karachi Grammar School — 2016"]),
   ("Scores", ["USMLE Step 1 — Pass; USMLE Step 2 CK — 249; ECFMG certified (2023)", "Practice: NBME 30 — 265; UWSA2 — 258"]),
   ("US Clinical / Research", ["Research Elective (Pulmonary and Critical Care), University of Pittsburgh Medical Center, Pittsburgh, PA — March–May 2025", "Hands-on Sub-Internship, Medical ICU, Henry Ford Hospital, Detroit, MI — June 2025"]),
   ("Pakistan", ["House Officer, Aga Khan University Hospital — 2021–2022", "Resident Medical Officer, Indus Hospital, Karachi — 2022–2024"]),
   ("Publications", ["Malik AN, et al. ARDS mortality in a Pakistani ICU. J Crit Care. 2023;75:154276.", "Malik AN, Hussain S. Tuberculosis diagnostics delays. Int J Tuberc Lung Dis. 2024;28(3):145-50.", "Under review: Prone positioning in non-COVID ARDS (Chest, submitted)."]),
   ("Languages", ["English, Urdu, Sindhi"]),
   ("Reference", ["Dr. Daniel Kessler, MD, UPMC Pulmonary — kesslerd@upmc.edu — +1 412 647 8762"]),
  ]))

P["014"] = dict(layout="chrome_email", fmt="pdf_chrome", T=dict(
  full_name="Oluwaseun Temitope Adeyemi", email="seun.adeyemi@gmail.com", phone_e164="+16475550129",
  medical_school="Obafemi Awolowo University", medical_school_country="NG", graduation_year=2017, is_student=False,
  usmle_step1=231, usmle_step2ck=242, usmle_step3=None, ecfmg_status="certified", specialties=["Obstetrics and Gynecology"],
  languages=["English","Yoruba"], visa_status="b1b2", publications=1,
  usce_entries=[E("observership","Obstetrics and Gynecology","OH","2022-05","2022-06")]),
 D=None)

P["015"] = dict(layout="docx_eras", fmt="docx", T=dict(
  full_name="Ahmed Mostafa El-Sayed", email="ahmed.elsayed.rad@gmail.com", phone_e164="+201223344587",
  medical_school="Cairo University", medical_school_country="EG", graduation_year=2019, is_student=False,
  usmle_step1=229, usmle_step2ck=234, usmle_step3=None, ecfmg_status="certified", specialties=["Radiology"],
  languages=["Arabic","English","German"], visa_status="j1", publications=3,
  usce_entries=[E("observership","Radiology","MI","2024-02","2024-04"), E("research","Radiology","CA","2024-05","2025-04")]),
 D=dict(name="Ahmed Mostafa El-Sayed", sub="ERAS Common Application Form — Applicant Summary",
  contacts=["AAMC ID: 15827364", "Email: ahmed.elsayed.rad@gmail.com", "Phone: +20 122 334 4587", "Citizenship: Egypt · Visa requested: J-1"],
  sections=[
   ("Medical Education", ["Kasr Al Ainy Faculty of Medicine, Cairo University — M.B.B.Ch. — 09/2012 – 07/2019"]),
   ("USMLE Transcript", ["Step 1: 229 (Pass) — 06/2021", "Step 2 CK: 234 — 03/2022", "Step 2 CS: Pass — 2020", "ECFMG Certification: Certified"]),
   ("Experiences", ["Observership — Diagnostic Radiology — Henry Ford Hospital, Detroit, Michigan — 02/2024 → 04/2024", "Research Volunteer (remote) — Musculoskeletal Radiology — Stanford University, Stanford, California — 05/2024 → 04/2025", "Resident, Radiodiagnosis — Kasr Al Ainy Hospitals, Cairo — 03/2021 → 12/2023", "House Officer — Kasr Al Ainy Hospitals — 03/2020 → 02/2021"]),
   ("Publications", ["Peer-reviewed: El-Sayed AM, et al. MRI of rotator cuff tears. Egypt J Radiol Nucl Med. 2022;53:88.", "Peer-reviewed: El-Sayed AM, Gold G. Deep learning knee MRI grading. Radiology. 2025;314(2):e241022.", "Peer-reviewed: Nasser H, El-Sayed AM. CT in blunt abdominal trauma. Emerg Radiol. 2023;30:611-9.", "Poster: RSNA 2024 — education exhibit."]),
   ("Specialty", ["Diagnostic Radiology"]),
   ("Languages", ["Arabic — Native; English — Advanced; German — Intermediate (B2)"]),
   ("LoR Authors", ["Dr. Garry Gold, MD — Stanford Radiology — ggold@stanford.edu — (650) 725-1700"]),
  ]))

P["016"] = dict(layout="lo_odt_dateslast", fmt="odt", T=dict(
  full_name="Anjali Nair", email="anjali.nair.md@gmail.com", phone_e164="+14045550118",
  medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2024, is_student=False,
  usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", specialties=["Internal Medicine","Infectious Disease"],
  languages=["English","Malayalam"], visa_status="green_card", publications=0,
  usce_entries=[E("hands_on","Internal Medicine","GA","2023-05","2023-07"), E("hands_on","General Surgery","FL","2023-08","2023-10"),
                E("hands_on","Family Medicine","FL","2023-11","2023-12"), E("hands_on","Infectious Disease","GA","2024-01","2024-01")]),
 D=dict(name="Anjali Nair, MD", sub="Atlanta, GA · (404) 555-0118 · anjali.nair.md@gmail.com · Lawful Permanent Resident",
  contacts=[],
  sections=[
   ("Education", ["Doctor of Medicine — Ross University School of Medicine, Bridgetown, Barbados — 2020 – 2024", "B.Sc. Biochemistry — University of Toronto — 2019"]),
   ("Exams", ["USMLE Step 1 Pass · Step 2 CK 228 · ECFMG Certified (June 2024)"]),
   ("Clinical Rotations", ["Internal Medicine core — Grady Memorial Hospital, Atlanta, GA — May 2023 – Jul 2023", "Surgery core — Larkin Community Hospital, Miami, FL — Aug 2023 – Oct 2023", "Family Medicine core — Broward Health, Fort Lauderdale, FL — Nov 2023 – Dec 2023", "Infectious Disease elective — Emory University Hospital, Atlanta, GA — Jan 2024"]),
   ("Interests", ["Internal Medicine, with a long-term interest in Infectious Disease"]),
   ("Volunteering", ["Kerala Flood Relief medical camp, Kochi, India — Aug 2018"]),
   ("Languages", ["English, Malayalam"]),
   ("References", ["Dr. Carlos del Rio, Emory ID — cdelrio@emory.edu — (404) 616-0000"]),
  ]))

# ---- scans (rendered with reportlab then rasterised & degraded) ----
P["017"] = dict(layout="scan_pdf", fmt="scan_pdf", T=dict(
  full_name="Juan Miguel Santos Reyes", email="jmsreyes.md@gmail.com", phone_e164="+639285517734",
  medical_school="University of the Philippines Manila", medical_school_country="PH", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", specialties=["Family Medicine"],
  languages=["English","Filipino"], visa_status="j1", publications=1,
  usce_entries=[E("hands_on","Family Medicine","CA","2024-04","2024-05")]),
 D=dict(name="JUAN MIGUEL SANTOS REYES", sub="Doctor of Medicine",
  contacts=["Quezon City, Philippines · +63 928 551 7734 · jmsreyes.md@gmail.com"],
  sections=[
   ("Education", ["Doctor of Medicine, University of the Philippines Manila, College of Medicine — 2016–2020"]),
   ("Exams", ["USMLE Step 1: Pass · Step 2 CK: 245 · ECFMG Certified"]),
   ("US Clinical Experience", ["Apr 2024 – May 2024 — Hands-on Externship, Family Medicine — Kaiser Permanente, Fontana, CA"]),
   ("Philippines", ["Medical Officer III, Philippine General Hospital — 2021–2023"]),
   ("Publication", ["Reyes JMS, et al. Hypertension control in Manila barangays. Acta Med Philipp. 2022;56(3):45-51."]),
   ("Goal / Visa", ["Family Medicine residency; J-1 visa will be required"]),
   ("Languages", ["English, Filipino"]),
  ]))

P["018"] = dict(layout="scan_png", fmt="scan_png", T=dict(
  full_name="Ana Sofía Gutiérrez Morales", email="anasofia.gtz@gmail.com", phone_e164="+523318907654",
  medical_school="Universidad de Guadalajara", medical_school_country="MX", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", specialties=["Pediatrics"],
  languages=["Spanish","English"], visa_status="b1b2", publications=0,
  usce_entries=[E("observership","Pediatrics","TX","2025-06","2025-07")]),
 D=dict(name="Ana Sofía Gutiérrez Morales", sub="Médico Cirujano y Partero",
  contacts=["Guadalajara, Jalisco · +52 33 1890 7654 · anasofia.gtz@gmail.com"],
  sections=[
   ("Educación", ["Universidad de Guadalajara — Médico Cirujano y Partero — 2016–2022"]),
   ("USMLE", ["Step 1: Pass (2024) · ECFMG: pending"]),
   ("Rotaciones en EE.UU.", ["Observership, Pediatrics — Texas Children's Hospital, Houston, TX — 06/2025 – 07/2025"]),
   ("México", ["Internado de pregrado, Hospital Civil de Guadalajara — 2021", "Servicio social — 2022–2023"]),
   ("Interés", ["Pediatría (Pediatrics)"]),
   ("Visa / Idiomas", ["Visa B1/B2 · Español, Inglés"]),
  ]))

P["019"] = dict(layout="scan_jpg", fmt="scan_jpg", T=dict(
  full_name="Fatemeh Rezaei", email="fatemeh.rezaei.md@gmail.com", phone_e164="+989171234567",
  medical_school="Shiraz University of Medical Sciences", medical_school_country="IR", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", specialties=["Psychiatry"],
  languages=["Persian","English"], visa_status=None, publications=2,
  usce_entries=[E("research","Psychiatry","MA","2023-01","2023-12"), E("observership","Psychiatry","MA","2024-01","2024-02")]),
 D=dict(name="Fatemeh Rezaei, MD", sub="Psychiatry",
  contacts=["Shiraz, Iran · +98 917 123 4567 · fatemeh.rezaei.md@gmail.com"],
  sections=[
   ("Education", ["Shiraz University of Medical Sciences — MD — 2012–2019"]),
   ("USMLE", ["Step 1 Pass; Step 2 CK 236; ECFMG certified"]),
   ("US Experience", ["Research Fellow, Psychiatry, Massachusetts General Hospital, Boston, MA — Jan 2023 – Dec 2023", "Observer, Psychiatry, McLean Hospital, Belmont, MA — Jan 2024 – Feb 2024"]),
   ("Publications", ["Rezaei F, et al. Postpartum depression in Fars. BMC Psychiatry. 2021;21:310.", "Rezaei F, Smith J. Ketamine in TRD. J Affect Disord. 2024;350:12-9."]),
   ("Languages", ["Persian, English"]),
  ]))

P["020"] = dict(layout="scan_pdf_ua", fmt="scan_pdf", T=dict(
  full_name="Dmytro Shevchenko", email="d.shevchenko.surg@gmail.com", phone_e164="+380501112233",
  medical_school="Kharkiv National Medical University", medical_school_country="UA", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=227, usmle_step3=None, ecfmg_status="certified", specialties=["General Surgery"],
  languages=["Ukrainian","Russian","English"], visa_status="j1", publications=0,
  usce_entries=[E("hands_on","General Surgery","PA","2025-09","2025-11")]),
 D=dict(name="Dmytro Shevchenko", sub="MD — General Surgery",
  contacts=["Kharkiv, Ukraine · +380 50 111 2233 · d.shevchenko.surg@gmail.com"],
  sections=[
   ("Education", ["Kharkiv National Medical University — Medical Doctor — 2015–2021", "Internship (General Surgery), Kharkiv Regional Clinical Hospital — 2021–2023"]),
   ("USMLE", ["Step 1: Pass · Step 2 CK: 227 · ECFMG: certified"]),
   ("US Clinical Experience", ["Sep–Nov 2025: Hands-on Externship, General Surgery — Temple University Hospital, Philadelphia, PA"]),
   ("Visa", ["J-1 required"]),
   ("Languages", ["Ukrainian, Russian, English"]),
  ]))

P["021"] = dict(layout="scan_jpg_br", fmt="scan_jpg", T=dict(
  full_name="Lucas Ferreira Almeida", email="lucas.f.almeida@gmail.com", phone_e164="+5531991234567",
  medical_school="Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", specialties=["Emergency Medicine"],
  languages=["Portuguese","English","Spanish"], visa_status="b1b2", publications=1,
  usce_entries=[E("observership","Emergency Medicine","IL","2024-07","2024-07")]),
 D=dict(name="Lucas Ferreira Almeida", sub="Médico — Emergency Medicine",
  contacts=["Belo Horizonte, MG, Brasil · +55 31 99123-4567 · lucas.f.almeida@gmail.com"],
  sections=[
   ("Education", ["Universidade Federal de Minas Gerais (UFMG) — Medicina — 2017–2023"]),
   ("USMLE", ["Step 1: Pass · ECFMG: pending (Step 2 CK scheduled)"]),
   ("US Experience", ["Observership, Emergency Medicine, Northwestern Memorial Hospital, Chicago, IL — July 2024"]),
   ("Publication", ["Almeida LF, et al. Sepsis bundles in Minas Gerais. Rev Bras Ter Intensiva. 2023;35(2):120-6."]),
   ("Visa / Languages", ["B1/B2 · Portuguese, English, Spanish"]),
  ]))
