# -*- coding: utf-8 -*-
"""Content + truth for writer w30. Each person: display content (sections) and the truth record.
Items in a section: str, or (left, right) tuple (date / label on the left)."""

def T(**kw):
    base = dict(full_name=None, email=None, phone_e164=None, medical_school=None, medical_school_country=None,
                graduation_year=None, is_student=False, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
                ecfmg_status=None, specialties=[], languages=[], visa_status=None, publications=0,
                usce_entries=[])
    base.update(kw)
    return base

def U(t, sp, st, a, b):
    return dict(type=t, specialty=sp, state=st, start=a, end=b)

PEOPLE = []

# ---------------------------------------------------------------- 001 UK FY2, docx tables -> PDF
PEOPLE.append(dict(n=1, layout="docx_uk_fy_table", ext="pdf", kind="readable",
    display_name="Dr Callum James Fraser MBChB (Glasgow)",
    title_line="Foundation Year 2 Doctor  |  GMC Reference No. 7894561 (Full registration with licence to practise)",
    contact=["Flat 2/1, 48 Hyndland Road, Glasgow G12 9UX, United Kingdom",
             "Mobile: 07700 900461", "Email: callumjfraser@gmail.com"],
    sections=[
        ("Personal Details", [("Date of birth", "12/05/1999"), ("Nationality", "British"),
                              ("GMC number", "7894561"), ("Visa (US)", "B1/B2 visitor visa, valid to 03/2029")]),
        ("Career Statement", ["Foundation doctor seeking US clinical experience ahead of applying to Internal "
                              "Medicine residency (ERAS 2027), with a long-term aim of Cardiology fellowship."]),
        ("Education & Qualifications", [
            ("09/2018 – 07/2024", "MBChB, University of Glasgow, Scotland (Commendation)"),
            ("09/2021 – 06/2022", "BSc (Hons) Medical Sciences – intercalated, Cardiovascular Science, 2:1"),
            ("2017", "SQA Advanced Highers: Chemistry A, Biology A, Mathematics B")]),
        ("Licensing Examinations", [
            ("USMLE Step 1", "Pass (27/06/2023)"), ("USMLE Step 2 CK", "248 (14/05/2025)"),
            ("ECFMG", "Certified – certificate issued 14/08/2025"),
            ("Prescribing Safety Assessment", "Passed 2024 (UK)")]),
        ("Current & Previous Posts (UK Foundation Programme)", [
            ("06/08/2025 – to date", "FY2 Acute Medicine, Queen Elizabeth University Hospital, Glasgow (NHS GGC)"),
            ("07/04/2025 – 05/08/2025", "FY1 General Surgery, Glasgow Royal Infirmary"),
            ("02/12/2024 – 06/04/2025", "FY1 Cardiology, Golden Jubilee National Hospital, Clydebank"),
            ("07/08/2024 – 01/12/2024", "FY1 General Medicine, Royal Alexandra Hospital, Paisley")]),
        ("US Clinical Experience", [
            ("04/03/2024 – 26/04/2024", "Clinical elective (hands-on, sub-intern level), Internal Medicine – "
             "Massachusetts General Hospital, Boston, MA. Admitted and followed patients under supervision."),
            ("01/09/2025 – 26/09/2025", "Observership, Cardiology – Mayo Clinic, Rochester, MN "
             "(taken as annual leave from FY2)")]),
        ("Clinical Attachments (UK)", [
            ("01/07/2023 – 28/07/2023", "Clinical attachment, Cardiology, Royal Infirmary of Edinburgh"),
            ("2022–23 academic year", "Student assistantship, Renal Medicine, Queen Elizabeth University Hospital")]),
        ("Publications (peer-reviewed)", [
            "1. Fraser CJ, MacLeod F, Boyd A. Sex differences in door-to-balloon time in the West of Scotland. "
            "Scott Med J. 2024;69(2):41-47.",
            "2. Singh R, Fraser CJ, et al. Audit of VTE prophylaxis prescribing in acute receiving. "
            "BMJ Open Quality. 2025;14:e002931."]),
        ("Posters & Submitted Work", [
            "Poster: Fraser CJ et al. Troponin pathways in a district general hospital. SMA Conference, 11/2023.",
            "Submitted: Fraser CJ, Boyd A. Remote monitoring after TAVI (under review, Heart)."]),
        ("Languages", ["English (native); French (conversational, DELF B2); Scottish Gaelic (basic)"]),
        ("Referees", [
            ("Dr Fiona MacLeod", "Consultant Cardiologist, Golden Jubilee National Hospital. "
             "fiona.macleod2@ggc.scot.nhs.uk  |  0141 951 5000"),
            ("Mr Andrew Boyd", "Consultant General Surgeon, Glasgow Royal Infirmary. "
             "andrew.boyd@ggc.scot.nhs.uk  |  0141 211 4000")]),
    ],
    truth=T(full_name="Callum James Fraser", email="callumjfraser@gmail.com", phone_e164="+447700900461",
            medical_school="University of Glasgow", medical_school_country="GB", graduation_year=2024,
            usmle_step1="pass", usmle_step2ck=248, ecfmg_status="certified",
            specialties=["Internal Medicine", "Cardiology"], languages=["English", "French", "Scottish Gaelic"],
            visa_status="b1b2", publications=2,
            usce_entries=[U("hands_on", "Internal Medicine", "MA", "2024-03", "2024-04"),
                          U("observership", "Cardiology", "MN", "2025-09", "2025-09")])))

# ---------------------------------------------------------------- 002 Norwegian @ Warsaw, raw DOCX, header contacts, tabs
PEOPLE.append(dict(n=2, layout="docx_header_tabs", ext="docx", kind="readable",
    display_name="Sigrid Åsheim Nygård",
    header_contact="Sigrid Åsheim Nygård  ·  sigrid.nygard@outlook.com  ·  +47 412 58 903  ·  Warszawa / Bergen",
    title_line="6th-year medical student – English Division, Medical University of Warsaw",
    contact=[],
    sections=[
        ("Education", [
            ("X.2021 – present", "Doctor of Medicine (lekarz) programme, English Division, Medical University of "
             "Warsaw, Poland. Expected graduation VI.2027. GPA 4.6/5.0"),
            ("VIII.2018 – VI.2021", "Bachelor programme in Biology, University of Bergen, Norway (not completed)"),
            ("2018", "Vitnemål, Bergen Katedralskole")]),
        ("Examinations", [
            ("I.2026", "USMLE Step 1 – Passed"),
            ("", "ECFMG: application in progress (pathway documents submitted)"),
            ("", "NBME CCSSA practice form 9: 241 (not an official score)")]),
        ("Clinical clerkships (Poland / Norway)", [
            ("VII.2024", "Summer clerkship, Internal Medicine, Szpital Bielański, Warsaw"),
            ("VI.2025", "Sommervikar (student locum), Children's Clinic, Haukeland University Hospital, Bergen"),
            ("2023–24 academic year", "Rotations in Surgery, Paediatrics and Neurology, University Clinical "
             "Centre, Warsaw")]),
        ("Experience in the United States", [
            ("VI.2024 – VIII.2024", "Research volunteer, Department of Neurology, University of Minnesota, "
             "Minneapolis, MN – EEG database curation"),
            ("July–August 2025", "Observership, Paediatrics – Boston Children's Hospital, Boston, MA")]),
        ("Research output", [
            "Nygård SÅ, Lund K, Hegge M. Febrile seizure recurrence in Western Norway: a registry study. "
            "Tidsskr Nor Laegeforen. 2025;145(3). (peer-reviewed)",
            "Abstract: Nygård SÅ et al. EEG slowing after paediatric COVID-19. Polish Neurological Society "
            "Congress, IX.2024."]),
        ("Specialty interests", ["Paediatrics; Neurology"]),
        ("Languages", ["Norwegian (Bokmål) – native; English – C2; Polish – B1; Swedish – passive understanding"]),
        ("Travel", ["Norwegian passport; travels to the US on ESTA (Visa Waiver Program)"]),
        ("References", [
            ("Prof. dr hab. Marta Kowalska", "Department of Paediatric Neurology, MUW. "
             "marta.kowalska@wum.edu.pl, +48 22 317 96 00"),
            ("Dr Kari Lund", "Haukeland University Hospital. kari.lund@helse-bergen.no")]),
    ],
    truth=T(full_name="Sigrid Åsheim Nygård", email="sigrid.nygard@outlook.com", phone_e164="+4741258903",
            medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2027,
            is_student=True, usmle_step1="pass", ecfmg_status="pending",
            specialties=["Pediatrics", "Neurology"], languages=["Norwegian", "English", "Polish", "Swedish"],
            visa_status=None, publications=1,
            usce_entries=[U("research", "Neurology", "MN", "2024-06", "2024-08"),
                          U("observership", "Pediatrics", "MA", "2025-07", "2025-08")])))

# ---------------------------------------------------------------- 003 Israeli @ Semmelweis, DOCX -> ODT
PEOPLE.append(dict(n=3, layout="odt_from_docx_bilingual", ext="odt", kind="readable",
    display_name="Noa Ben-David  |  נועה בן־דוד",
    title_line="MD, Semmelweis University (Budapest) – ECFMG certified",
    contact=["Email: noa.bendavid.md@gmail.com", "Tel: 052-718-4436 (Israel)", "Ra'anana, Israel"],
    sections=[
        ("Personal", [("Date of birth", "03.11.1996"), ("Citizenship", "Israel"),
                      ("US visa", "Requires J-1 visa for clinical training")]),
        ("Medical Education", [
            ("01.09.2019 – 30.06.2025", "Doctor of Medicine (MD), Semmelweis University, Faculty of Medicine, "
             "English-language programme, Budapest, Hungary"),
            ("2018 – 2019", "Pre-medical year, Semmelweis University")]),
        ("Military Service", [("2015 – 2018", "Combat medic (Magen David Adom liaison), IDF")]),
        ("Exams", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "259"), ("Step 2 CS", "not required (discontinued)"),
                   ("ECFMG", "Certified (October 2025)")]),
        ("US Clinical Experience", [
            ("01.09.2025 – 31.10.2025", "Hands-on sub-internship, Emergency Medicine, Jackson Memorial Hospital, "
             "Miami, FL"),
            ("01.10.2025 – 30.11.2025", "Telehealth elective, Internal Medicine, Cleveland Clinic virtual "
             "program (Ohio)"),
            ("03.11.2025 – 19.12.2025", "Observership, Internal Medicine, Mount Sinai Hospital, New York, NY")]),
        ("Clinical Experience – Israel & Hungary", [
            ("07.2024 – 08.2024", "Elective, Emergency Department, Sheba Medical Center, Tel HaShomer"),
            ("2024–25", "Final-year rotations, Semmelweis Clinics, Budapest")]),
        ("Career Goal", ["Emergency Medicine residency"]),
        ("Presentations", ["Poster: Ben-David N. Lactate clearance in sepsis – ISEM Annual Meeting, Eilat, 2024"]),
        ("Languages", ["Hebrew (native), English (fluent), Russian (conversational), Hungarian (basic)"]),
        ("Referees", [("Dr. Yael Cohen", "Head of ED, Sheba Medical Center — yael.cohen@sheba.health.gov.il, "
                       "+972-3-530-3030")]),
    ],
    truth=T(full_name="Noa Ben-David", email="noa.bendavid.md@gmail.com", phone_e164="+972527184436",
            medical_school="Semmelweis University", medical_school_country="HU", graduation_year=2025,
            usmle_step1="pass", usmle_step2ck=259, ecfmg_status="certified",
            specialties=["Emergency Medicine"], languages=["Hebrew", "English", "Russian", "Hungarian"],
            visa_status="j1", publications=0,
            usce_entries=[U("hands_on", "Emergency Medicine", "FL", "2025-09", "2025-10"),
                          U("telehealth", "Internal Medicine", "OH", "2025-10", "2025-11"),
                          U("observership", "Internal Medicine", "NY", "2025-11", "2025-12")])))

# ---------------------------------------------------------------- 004 US citizen @ Charles University, DOCX -> RTF
PEOPLE.append(dict(n=4, layout="rtf_from_docx_uscitizen", ext="rtf", kind="readable",
    display_name="Michael Anthony Russo",
    title_line="MUDr. (MD) June 2026 – First Faculty of Medicine, Charles University, Prague",
    contact=["31 Bay Avenue, Huntington, NY 11743", "(631) 742-9185", "m.a.russo@icloud.com"],
    sections=[
        ("Status", [("Citizenship", "United States (US citizen)"), ("Graduation", "June 2026 (MUDr./MD)"),
                    ("ECFMG", "Certification pending – final diploma verification")]),
        ("Education", [
            ("Oct 2020 – Jun 2026", "General Medicine (English programme), First Faculty of Medicine, Charles "
             "University, Prague, Czech Republic"),
            ("2016 – 2020", "B.S. Biology, Stony Brook University, NY")]),
        ("USMLE", [("Step 1", "Pass (Aug 2024)"), ("Step 2 CK", "241 (Apr 2025)")]),
        ("U.S. Clinical Rotations", [
            ("Sept 2024", "Observership – Gastroenterology, Hackensack University Medical Center, NJ"),
            ("Jan 2025", "Hands-on clerkship – Family Medicine, Stony Brook Southampton Hospital, NY"),
            ("Feb – Mar 2025", "Sub-internship (hands-on) – Internal Medicine, Northwell Health, Manhasset, NY")]),
        ("Clinical Training in Prague", [
            ("2023–24 academic year", "Internal Medicine and Surgery rotations, General University Hospital"),
            ("Summer 2023", "Volunteer, Homeless clinic (Naděje), Prague")]),
        ("Interests", ["Family Medicine, Internal Medicine; rural primary care"]),
        ("Languages", ["English (native), Italian (heritage speaker), Czech (medical Czech, B1)"]),
        ("References available on request", []),
    ],
    truth=T(full_name="Michael Anthony Russo", email="m.a.russo@icloud.com", phone_e164="+16317429185",
            medical_school="Charles University", medical_school_country="CZ", graduation_year=2026,
            is_student=False, usmle_step1="pass", usmle_step2ck=241, ecfmg_status="pending",
            specialties=["Family Medicine", "Internal Medicine"], languages=["English", "Italian", "Czech"],
            visa_status="citizen", publications=0,
            usce_entries=[U("observership", "Gastroenterology", "NJ", "2024-09", "2024-09"),
                          U("hands_on", "Family Medicine", "NY", "2025-01", "2025-01"),
                          U("hands_on", "Internal Medicine", "NY", "2025-02", "2025-03")])))

# ---------------------------------------------------------------- 005 Indian @ Carol Davila, odfpy ODT
PEOPLE.append(dict(n=5, layout="odfpy_odt_plain", ext="odt", kind="readable",
    display_name="Dr. Aditya Raghunathan Iyer, MD",
    title_line="Graduate, Carol Davila University of Medicine and Pharmacy, Bucharest",
    contact=["aditya.r.iyer94@gmail.com", "+91 98455 30172", "Chennai, Tamil Nadu, India"],
    sections=[
        ("Education", [
            ("10.2018 – 09.2024", "Doctor-Medic (MD), Carol Davila University of Medicine and Pharmacy, "
             "Bucharest, Romania – English-taught programme"),
            ("2016 – 2018", "Higher Secondary (CBSE), DAV Boys Senior Secondary School, Chennai")]),
        ("Licensing", [("USMLE Step 1", "PASS"), ("USMLE Step 2 CK", "232"),
                       ("FMGE (India)", "Passed, 06.2025"), ("ECFMG", "Certified")]),
        ("Clinical Experience – USA", [
            ("07.2025 – 09.2025", "Observership, Psychiatry, Henry Ford Hospital, Detroit, Michigan"),
            ("10.2025 – to date", "Research assistant (remote), Department of Psychiatry, University of "
             "Pittsburgh, Pennsylvania – depression outcomes database")]),
        ("Clinical Experience – India & Romania", [
            ("01.2025 – 06.2025", "Clinical observer, Institute of Mental Health, Chennai"),
            ("2022 – 2024", "Rotations, Spitalul Clinic de Urgență Bucureşti")]),
        ("Publications", [
            "Iyer AR, Popescu D. Lithium monitoring adherence in a Romanian tertiary centre. "
            "Rom J Psychiatry. 2024;26(1):12-18.",
            "Poster – Iyer AR. Screen time and adolescent anxiety, APA Annual Meeting 2025."]),
        ("Visa", ["Will apply for B1/B2 visa for clinical observership"]),
        ("Interest", ["Psychiatry"]),
        ("Languages", ["English, Tamil, Hindi, Romanian"]),
        ("Referees", [("Dr. Daniela Popescu", "Carol Davila UMF – daniela.popescu@umfcd.ro"),
                      ("Dr. Rachel Klein", "Henry Ford Hospital – rklein3@hfhs.org, (313) 916-2600")]),
    ],
    truth=T(full_name="Aditya Raghunathan Iyer", email="aditya.r.iyer94@gmail.com", phone_e164="+919845530172",
            medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO",
            graduation_year=2024, usmle_step1="pass", usmle_step2ck=232, ecfmg_status="certified",
            specialties=["Psychiatry"], languages=["English", "Tamil", "Hindi", "Romanian"], visa_status="b1b2",
            publications=1,
            usce_entries=[U("observership", "Psychiatry", "MI", "2025-07", "2025-09"),
                          U("research", "Psychiatry", "PA", "2025-10", "2026-12")])))

# ---------------------------------------------------------------- 006 Nigerian @ MU Sofia, reportlab two columns
PEOPLE.append(dict(n=6, layout="reportlab_two_column", ext="pdf", kind="readable",
    display_name="Chukwuemeka Obinna Okafor, MD",
    title_line="Medical University – Sofia graduate · ECFMG certified · USMLE Step 3 passed",
    contact=["Phone: +234 803 412 7755", "Email: emeka.okafor.md@yahoo.com", "Lekki Phase 1, Lagos, Nigeria",
             "DOB: 1995"],
    sections=[
        ("Education", [("2017 – 2023", "Master of Medicine (MD), Medical University – Sofia, Bulgaria; "
                                       "English-language programme")]),
        ("Internship", [("Nov 2023 – Oct 2024", "House Officer (housemanship), Lagos University Teaching "
                                                "Hospital, Idi-Araba, Lagos")]),
        ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "245"), ("Step 3", "228"), ("ECFMG", "Certified 2024")]),
        ("US Clinical Experience", [
            ("Mar 2025 – May 2025", "Hands-on externship, Internal Medicine, Houston Methodist, Houston, TX"),
            ("May 2025 – Jun 2025", "Observership, Nephrology, UT Southwestern, Dallas, TX"),
            ("Aug 2025 – present", "Clinical research fellow, Nephrology (CKD trials), Emory University, Atlanta, GA")]),
        ("Publications", [
            "1. Okafor CO, et al. APOL1 genotypes and CKD progression in West Africans. Kidney Int Rep. 2025.",
            "2. Okafor CO, Adeyemi T. Hypertension control in Lagos: a cross-sectional study. Niger J Clin Pract. 2024.",
            "3. Ivanova M, Okafor CO. Contrast nephropathy after PCI in Bulgaria. Folia Med (Plovdiv). 2023.",
            "Poster: ASN Kidney Week 2025 – Okafor CO. Dialysis access in Nigeria."]),
        ("Goals", ["Internal Medicine residency, then Nephrology fellowship"]),
        ("Visa", ["Current US visa: B1/B2 (valid until 2028)"]),
        ("Languages", ["English, Igbo, Yoruba (basic), Bulgarian (basic)"]),
        ("References", [("Dr. Amara Nwosu", "Emory Renal Division – anwosu@emory.edu, +1 404 727 2525"),
                        ("Prof. Maria Ivanova", "MU-Sofia – m.ivanova@mu-sofia.bg")]),
    ],
    truth=T(full_name="Chukwuemeka Obinna Okafor", email="emeka.okafor.md@yahoo.com", phone_e164="+2348034127755",
            medical_school="Medical University – Sofia", medical_school_country="BG", graduation_year=2023,
            usmle_step1="pass", usmle_step2ck=245, usmle_step3=228, ecfmg_status="certified",
            specialties=["Internal Medicine", "Nephrology"], languages=["English", "Igbo", "Yoruba", "Bulgarian"],
            visa_status="b1b2", publications=3,
            usce_entries=[U("hands_on", "Internal Medicine", "TX", "2025-03", "2025-05"),
                          U("observership", "Nephrology", "TX", "2025-05", "2025-06"),
                          U("research", "Nephrology", "GA", "2025-08", "2026-12")])))

# ---------------------------------------------------------------- 007 Indian @ TSMU Georgia, fpdf2 dates in left margin, Roman months
PEOPLE.append(dict(n=7, layout="fpdf2_margin_dates_roman", ext="pdf", kind="readable",
    display_name="Harpreet Kaur Sandhu",
    title_line="5th-year MD student, Tbilisi State Medical University (English programme)",
    contact=["harpreet.sandhu.tsmu@gmail.com", "+91 98140 22671", "Ludhiana, Punjab / Tbilisi, Georgia"],
    sections=[
        ("Education", [
            ("IX.2021 – now", "Medical Doctor (MD) one-cycle programme, Tbilisi State Medical University, "
                             "Tbilisi, Georgia. Expected graduation: VII.2027"),
            ("2019 – 2021", "Senior Secondary (PCB), Sacred Heart Convent School, Ludhiana")]),
        ("USMLE preparation", [("", "Step 1 not yet attempted – NBME 24: 238; UWSA 2: 245 (practice)")]),
        ("US clinical exposure", [
            ("VII.2025 – VIII.2025", "Observership, Obstetrics & Gynaecology, Saint Peter's University Hospital, "
                                     "New Brunswick, NJ"),
            ("X.2025", "Telehealth rotation, Internal Medicine, virtual clinic affiliated with Northwell, NY")]),
        ("Clinical rotations (Georgia / India)", [
            ("III.2024 – V.2024", "Obstetrics clerkship, Chachava Clinic, Tbilisi"),
            ("VI.2024", "Summer observer, Dayanand Medical College & Hospital, Ludhiana")]),
        ("Research", ["Manuscript submitted: Sandhu HK, Beridze N. Anaemia in pregnancy in Adjara region."]),
        ("Career interest", ["Obstetrics and Gynecology"]),
        ("Languages", ["English (fluent), Punjabi (native), Hindi, Georgian (A2)"]),
        ("Reference", [("Prof. Nino Beridze", "Dept. of Obstetrics, TSMU – n.beridze@tsmu.edu, +995 32 254 24 11")]),
    ],
    truth=T(full_name="Harpreet Kaur Sandhu", email="harpreet.sandhu.tsmu@gmail.com", phone_e164="+919814022671",
            medical_school="Tbilisi State Medical University", medical_school_country="GE", graduation_year=2027,
            is_student=True, specialties=["Obstetrics and Gynecology"],
            languages=["English", "Punjabi", "Hindi", "Georgian"], publications=0,
            usce_entries=[U("observership", "Obstetrics and Gynecology", "NJ", "2025-07", "2025-08"),
                          U("telehealth", "Internal Medicine", "NY", "2025-10", "2025-10")])))

# ---------------------------------------------------------------- 008 Swede @ Pavia, Europass HTML -> Chromium PDF
PEOPLE.append(dict(n=8, layout="chromium_europass", ext="pdf", kind="readable",
    display_name="Elin Margareta Lindqvist",
    title_line="Medical Doctor – Harvey Medicine and Surgery, University of Pavia",
    contact=["Email: elin.lindqvist@protonmail.com", "Phone: (+46) 70 318 42 96",
             "Address: Vasagatan 14, 411 24 Göteborg (Sweden)", "Date of birth: 21/02/1998",
             "Nationality: Swedish"],
    sections=[
        ("Work experience", [
            ("03/11/2025 – 28/11/2025", "Observer – Anesthesiology, Stanford Health Care, Stanford, CA (United States)"),
            ("01/09/2025 – 31/10/2025", "Visiting clinical elective (hands-on) – Anesthesiology, UC San Diego "
                                        "Health, San Diego, CA (United States)"),
            ("2024 – 2025", "Tirocinio (clinical internship) – Anestesia e Rianimazione, Policlinico San Matteo, Pavia (Italy)"),
            ("06/2023 – 08/2023", "Undersköterska (summer nursing assistant) – Sahlgrenska University Hospital (Sweden)")]),
        ("Education and training", [
            ("2019 – 2025", "Laurea Magistrale in Medicine and Surgery (MD) – Harvey course, University of Pavia, "
                            "Italy. 110/110 cum laude"),
            ("2025", "USMLE Step 1: Pass · USMLE Step 2 CK: 250 · ECFMG certification: certified (December 2025)")]),
        ("Personal skills", [
            ("Mother tongue(s)", "Swedish"),
            ("Other language(s)", "English C2 · Italian C1 · German B1")]),
        ("Additional information", [
            ("Publications", "Lindqvist E, Rossi F. Sugammadex and postoperative pulmonary complications. "
             "Minerva Anestesiol. 2025;91:210-8. | Rossi F, Lindqvist E, et al. Awake proning in COVID-19 "
             "ARDS. J Clin Med. 2024;13:1123."),
            ("Career objective", "Anesthesiology residency in the United States"),
            ("Visa", "Will require a J-1 visa (ECFMG sponsorship)"),
            ("References", "Prof. Francesca Rossi – francesca.rossi@unipv.it – +39 0382 501 111")]),
    ],
    truth=T(full_name="Elin Margareta Lindqvist", email="elin.lindqvist@protonmail.com", phone_e164="+46703184296",
            medical_school="University of Pavia", medical_school_country="IT", graduation_year=2025,
            usmle_step1="pass", usmle_step2ck=250, ecfmg_status="certified", specialties=["Anesthesiology"],
            languages=["Swedish", "English", "Italian", "German"], visa_status="j1", publications=2,
            usce_entries=[U("observership", "Anesthesiology", "CA", "2025-11", "2025-11"),
                          U("hands_on", "Anesthesiology", "CA", "2025-09", "2025-10")])))

# ---------------------------------------------------------------- 009 Canadian IMG @ RCSI, plain text CRLF
PEOPLE.append(dict(n=9, layout="txt_crlf_canadian", ext="txt", kind="readable",
    display_name="GABRIEL TREMBLAY-NGUYEN, MB BCh BAO",
    title_line="Canadian IMG – RCSI graduate – MCCQE Part I passed",
    contact=["Ottawa, ON K1S 3W7, Canada", "Cell: 613-729-4410", "E-mail: g.tremblaynguyen@gmail.com"],
    sections=[
        ("EDUCATION", [("2016-2022", "MB BCh BAO (Hons), Royal College of Surgeons in Ireland (RCSI), Dublin, Ireland"),
                       ("2012-2016", "BSc Biochemistry, University of Ottawa")]),
        ("EXAMINATIONS", [("MCCQE Part I", "Passed (Oct 2022)"), ("NAC OSCE", "Passed (Mar 2023)"),
                          ("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "236"),
                          ("ECFMG", "Certified (2023)")]),
        ("CANADIAN ELECTIVES (not US)", [
            ("Jan 2022 - Feb 2022", "Family Medicine elective, Ottawa Hospital - Civic Campus, Ottawa, ON"),
            ("Mar 2022", "Emergency Medicine elective, Sunnybrook, Toronto, ON")]),
        ("US CLINICAL EXPERIENCE", [
            ("Jun 2024 - Jul 2024", "Observership, Family Medicine, University of Vermont Medical Center, Burlington, VT"),
            ("2024-09 to 2024-10", "Hands-on externship, Family Medicine, MaineHealth, Portland, ME")]),
        ("WORK", [("2023 - present", "Clinical Assistant, Family Health Team, Ottawa, ON")]),
        ("PUBLICATION", ["Tremblay-Nguyen G, O'Brien S. Antibiotic stewardship in Irish general practice. "
                         "Ir J Med Sci. 2022;191:2201-7."]),
        ("INTEREST", ["Family Medicine (rural practice)"]),
        ("VISA", ["Canadian citizen; will require J-1 sponsorship"]),
        ("LANGUAGES", ["English, French (bilingual), Vietnamese (conversational)"]),
        ("REFEREES", [("Dr Sinead O'Brien", "RCSI Dept of General Practice, sobrien@rcsi.ie, +353 1 402 2100"),
                      ("Dr Mark Hollis", "UVM Family Medicine, mark.hollis@uvmhealth.org, 802-847-0000")]),
    ],
    truth=T(full_name="Gabriel Tremblay-Nguyen", email="g.tremblaynguyen@gmail.com", phone_e164="+16137294410",
            medical_school="Royal College of Surgeons in Ireland", medical_school_country="IE", graduation_year=2022,
            usmle_step1="pass", usmle_step2ck=236, ecfmg_status="certified", specialties=["Family Medicine"],
            languages=["English", "French", "Vietnamese"], visa_status="j1", publications=1,
            usce_entries=[U("observership", "Family Medicine", "VT", "2024-06", "2024-07"),
                          U("hands_on", "Family Medicine", "ME", "2024-09", "2024-10")])))

# ---------------------------------------------------------------- 010 Australian intern, DOCX tab stops -> PDF
PEOPLE.append(dict(n=10, layout="docx_tabstops_au_intern", ext="pdf", kind="readable",
    display_name="Dr Lachlan O'Sullivan-Reid",
    title_line="PGY2 Resident Medical Officer, Alfred Health, Melbourne  ·  AHPRA MED0002456789",
    contact=["lachlan.osr@outlook.com.au", "0412 387 045", "Prahran VIC 3181, Australia"],
    sections=[
        ("Qualifications", [
            ("2019 – 2024", "Bachelor of Medical Science and Doctor of Medicine (MD), Monash University, "
                            "Clayton, Victoria (Honours)"),
            ("2018", "Victorian Certificate of Education, ATAR 99.45")]),
        ("Employment", [
            ("January 2026 – current", "PGY2 Resident (Surgical stream), The Alfred, Melbourne"),
            ("January 2025 – January 2026", "Intern (PGY1), Alfred Health: General Surgery, Emergency, "
                                             "General Medicine, Orthopaedics")]),
        ("US Elective", [("November – December 2023", "Final-year elective (hands-on sub-internship), General "
                          "Surgery, Cleveland Clinic, Cleveland, OH")]),
        ("Examinations", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "262"), ("ECFMG", "Certified (2025)"),
                          ("AMC", "Not applicable – Australian graduate")]),
        ("Publications", [
            "O'Sullivan-Reid L, Tan J. Outcomes of emergency laparotomy in octogenarians. ANZ J Surg. 2025;95:77-83.",
            "Tan J, O'Sullivan-Reid L, Hewitt P. Appendicectomy delays on weekends. ANZ J Surg. 2024;94:1502-6.",
            "O'Sullivan-Reid L. Case report: Amyand hernia. J Surg Case Rep. 2024;rjae118.",
            "Abstract: RACS Annual Scientific Congress 2025 – Frailty and laparotomy."]),
        ("Aim", ["General Surgery residency (categorical)"]),
        ("Visa", ["Will apply for B1/B2 visa"]),
        ("Languages", ["English; Japanese (intermediate, JLPT N3)"]),
        ("Referees", [("Mr Jonathan Tan", "Colorectal Surgeon, The Alfred – j.tan@alfred.org.au – (03) 9076 2000"),
                      ("Dr Priya Hewitt", "Director of Clinical Training – p.hewitt@alfred.org.au")]),
    ],
    truth=T(full_name="Lachlan O'Sullivan-Reid", email="lachlan.osr@outlook.com.au", phone_e164="+61412387045",
            medical_school="Monash University", medical_school_country="AU", graduation_year=2024,
            usmle_step1="pass", usmle_step2ck=262, ecfmg_status="certified", specialties=["General Surgery"],
            languages=["English", "Japanese"], visa_status="b1b2", publications=3,
            usce_entries=[U("hands_on", "General Surgery", "OH", "2023-11", "2023-12")])))

# ---------------------------------------------------------------- 011 NZ house officer, reportlab small print
PEOPLE.append(dict(n=11, layout="reportlab_small_print", ext="pdf", kind="readable",
    display_name="Mereana Kōwhai Parata",
    title_line="House Officer (PGY3), Te Whatu Ora Waitaha Canterbury, Christchurch  ·  MCNZ 78124",
    contact=["m.parata@xtra.co.nz", "021 456 7890", "Ōtautahi Christchurch, Aotearoa New Zealand"],
    sections=[
        ("Education", [("2018 – 2023", "Bachelor of Medicine and Bachelor of Surgery (MB ChB), University of Otago, "
                                       "Dunedin; Trainee Intern year 2023 (Christchurch campus)")]),
        ("Employment", [("Nov 2023 – current", "House Officer (PGY1–3), Christchurch Hospital: General Medicine, "
                                               "Infectious Diseases, ED, Renal")]),
        ("Exams", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "255"), ("ECFMG", "Certified")]),
        ("US Experience", [
            ("Feb 2022 – Apr 2022", "Research elective, Infectious Diseases (HIV PrEP cohort), University of "
                                    "Washington, Seattle, WA"),
            ("Jan 2025", "Observership, Infectious Diseases, The Queen's Medical Center, Honolulu, HI")]),
        ("Publications", [
            "Parata MK, Walker R. Rheumatic fever notifications in Canterbury 2015–2022. N Z Med J. 2024;137:45-52.",
            "Walker R, Parata MK. Outpatient parenteral antibiotic therapy outcomes. Intern Med J. 2025;55:301-9.",
            "Oral presentation: Māori health equity in ID referrals, ASID Annual Meeting 2025."]),
        ("Interests", ["Infectious Disease; Internal Medicine"]),
        ("Languages", ["English; te reo Māori (conversational)"]),
        ("Referees", [("Dr Rebecca Walker", "ID Physician – rebecca.walker@cdhb.health.nz – 03 364 0640")]),
    ],
    truth=T(full_name="Mereana Kōwhai Parata", email="m.parata@xtra.co.nz", phone_e164="+64214567890",
            medical_school="University of Otago", medical_school_country="NZ", graduation_year=2023,
            usmle_step1="pass", usmle_step2ck=255, ecfmg_status="certified",
            specialties=["Infectious Disease", "Internal Medicine"], languages=["English", "Māori"],
            visa_status=None, publications=2,
            usce_entries=[U("research", "Infectious Disease", "WA", "2022-02", "2022-04"),
                          U("observership", "Infectious Disease", "HI", "2025-01", "2025-01")])))

# ---------------------------------------------------------------- 012 Irish SHO, raw DOCX, contacts only in footer
PEOPLE.append(dict(n=12, layout="docx_footer_contacts_ie", ext="docx", kind="readable",
    display_name="Aoife Ní Mhurchú",
    footer_contact="Aoife Ní Mhurchú · aoife.nimhurchu@gmail.com · +353 87 312 4598 · Medical Council Reg. No. 451237",
    title_line="Senior House Officer, Paediatrics – Children's Health Ireland at Crumlin",
    contact=[],
    sections=[
        ("Education", [("2018 – 2024", "MB BCh BAO, University College Dublin (UCD) School of Medicine – "
                                       "Second Class Honours Grade 1")]),
        ("Clinical Posts", [
            ("10/07/2024 – 07/07/2025", "Intern year (HSE Dublin Mid-Leinster): St Vincent's University Hospital – "
                                         "General Medicine, General Surgery, Paediatrics (Tallaght)"),
            ("14/07/2025 – current", "SHO, Paediatrics, CHI at Crumlin, Dublin 12")]),
        ("US Clinical Experience", [("Summer 2023 (June – July 2023)", "Observership, Pediatrics – Nationwide "
                                     "Children's Hospital, Columbus, OH")]),
        ("Examinations", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "244"), ("ECFMG", "Certified"),
                          ("MRCPCH Foundation of Practice", "Passed (not a US exam)")]),
        ("Publication", ["Ní Mhurchú A, Byrne C. Bronchiolitis admissions after the pandemic. Ir Med J. 2025;118(4):P112."]),
        ("Career Aim", ["Paediatrics (Pediatrics residency, US)"]),
        ("Visa", ["Irish citizen – J-1 visa required"]),
        ("Languages", ["English, Irish (Gaeilge, fluent), Spanish (B1)"]),
        ("Referees", [("Dr Ciara Byrne", "Consultant Paediatrician, CHI Crumlin – ciara.byrne@childrenshealthireland.ie"),
                      ("Prof. Seán Doyle", "UCD School of Medicine – sean.doyle@ucd.ie, +353 1 716 6000")]),
    ],
    truth=T(full_name="Aoife Ní Mhurchú", email="aoife.nimhurchu@gmail.com", phone_e164="+353873124598",
            medical_school="University College Dublin", medical_school_country="IE", graduation_year=2024,
            usmle_step1="pass", usmle_step2ck=244, ecfmg_status="certified", specialties=["Pediatrics"],
            languages=["English", "Irish", "Spanish"], visa_status="j1", publications=1,
            usce_entries=[U("observership", "Pediatrics", "OH", "2023-06", "2023-07")])))

# ---------------------------------------------------------------- 013 Green card holder @ Poznań, fpdf2 sidebar
PEOPLE.append(dict(n=13, layout="fpdf2_sidebar", ext="pdf", kind="readable",
    display_name="Natalia Zofia Kowalczyk",
    title_line="MD, Poznan University of Medical Sciences – US permanent resident",
    contact=["natalia.kowalczyk.md@gmail.com", "+1 (773) 418-2290", "Chicago, IL 60630", "Green card holder"],
    sections=[
        ("Education", [("2019 – 2025", "Doctor of Medicine (6-year MD programme), Poznan University of Medical "
                                       "Sciences (Uniwersytet Medyczny im. Karola Marcinkowskiego), Poznań, Poland")]),
        ("Exams", [("Step 1", "Pass"), ("Step 2 CK", "239"), ("ECFMG", "Certified"),
                   ("LEK (Polish final exam)", "Passed 2025")]),
        ("U.S. Clinical Experience", [
            ("2024-07 – 2024-08", "Hands-on clerkship, Internal Medicine, Advocate Lutheran General, Park Ridge, IL"),
            ("2025-08", "Hands-on elective, Endocrinology, Rush University Medical Center, Chicago, IL"),
            ("2025-10 – current", "Clinical research coordinator (part-time), Endocrinology – diabetes technology trials, Rush University Medical Center, Chicago, IL")]),
        ("Polish Clinical Rotations", [("2023–24 academic year", "Internal Medicine, Endocrinology, Surgery – "
                                       "Heliodor Święcicki Clinical Hospital, Poznań")]),
        ("Interests", ["Internal Medicine; Endocrinology (diabetes technology)"]),
        ("Languages", ["Polish (native), English (native)"]),
        ("Poster", ["Kowalczyk NZ. CGM use in type 1 diabetes in Wielkopolska. EASD 2024 (poster)."]),
    ],
    truth=T(full_name="Natalia Zofia Kowalczyk", email="natalia.kowalczyk.md@gmail.com", phone_e164="+17734182290",
            medical_school="Poznan University of Medical Sciences", medical_school_country="PL", graduation_year=2025,
            usmle_step1="pass", usmle_step2ck=239, ecfmg_status="certified",
            specialties=["Internal Medicine", "Endocrinology"], languages=["Polish", "English"],
            visa_status="green_card", publications=0,
            usce_entries=[U("hands_on", "Internal Medicine", "IL", "2024-07", "2024-08"),
                          U("hands_on", "Endocrinology", "IL", "2025-08", "2025-08"),
                          U("research", "Endocrinology", "IL", "2025-10", "2026-12")])))

# ---------------------------------------------------------------- 014 Canadian student @ Jagiellonian, odfpy ODT tables
PEOPLE.append(dict(n=14, layout="odfpy_odt_tables", ext="odt", kind="readable",
    display_name="Olivia Park-MacDonald",
    title_line="Medical student (Year 5 of 6), Jagiellonian University Medical College, Kraków",
    contact=["olivia.parkmac@gmail.com", "604-812-3307", "Vancouver, BC, Canada"],
    sections=[
        ("Education", [("X.2021 – present", "MD programme, School of Medicine in English, Jagiellonian University "
                                            "Medical College, Kraków, Poland (expected graduation 2027)"),
                       ("2017 – 2021", "BSc Integrated Sciences, University of British Columbia")]),
        ("Exams", [("USMLE Step 1", "Pass (2025)"), ("MCCQE Part I", "Planned 2027")]),
        ("Canadian electives (not USCE)", [
            ("VII.2024", "Observership, Diagnostic Radiology, Vancouver General Hospital, BC"),
            ("VIII.2025", "Elective, Interventional Radiology, St. Paul's Hospital, Vancouver, BC")]),
        ("US experience", [("Summer 2025 (June–August 2025)", "Research student, Department of Radiology, "
                            "University of Washington, Seattle, WA – MRI radiomics")]),
        ("Publication", ["Park-MacDonald O, Nowak P. Radiomics of hepatocellular carcinoma on MRI. "
                         "Pol J Radiol. 2025;90:e88-e95."]),
        ("Interest", ["Radiology"]),
        ("Languages", ["English, French, Korean, Polish (A2)"]),
    ],
    truth=T(full_name="Olivia Park-MacDonald", email="olivia.parkmac@gmail.com", phone_e164="+16048123307",
            medical_school="Jagiellonian University Medical College", medical_school_country="PL",
            graduation_year=2027, is_student=True, usmle_step1="pass", specialties=["Radiology"],
            languages=["English", "French", "Korean", "Polish"], publications=1,
            usce_entries=[U("research", "Radiology", "WA", "2025-06", "2025-08")])))

# ---------------------------------------------------------------- 015 Finn @ Debrecen, DOCX -> RTF
PEOPLE.append(dict(n=15, layout="rtf_from_docx_table", ext="rtf", kind="readable",
    display_name="Aleksi Juhani Mäkinen, MD",
    title_line="Graduate of the University of Debrecen (English-language General Medicine)",
    contact=["aleksi.makinen@gmail.com", "+358 40 718 2245", "Tampere, Finland"],
    sections=[
        ("Education", [("2018–2024", "General Medicine (MD), University of Debrecen, Faculty of Medicine, Hungary")]),
        ("Exams", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "228"), ("ECFMG", "Certified"),
                   ("Finnish licence (Valvira)", "Granted 2025")]),
        ("Clinical work, Finland", [("2025 – current", "Terveyskeskuslääkäri (health-centre physician), Tampere")]),
        ("US observerships", [
            ("Sept 2024 – Oct 2024", "Neurology, Hennepin Healthcare, Minneapolis, Minnesota"),
            ("2025.01 – 2025.02", "Neurology (stroke service), Houston Methodist, Houston, Texas")]),
        ("Interest", ["Neurology"]),
        ("Visa", ["B1/B2"]),
        ("Languages", ["Finnish, Swedish, English, Hungarian (basic)"]),
        ("References", [("Dr. Gábor Szabó", "University of Debrecen Neurology – szabo.gabor@med.unideb.hu")]),
    ],
    truth=T(full_name="Aleksi Juhani Mäkinen", email="aleksi.makinen@gmail.com", phone_e164="+358407182245",
            medical_school="University of Debrecen", medical_school_country="HU", graduation_year=2024,
            usmle_step1="pass", usmle_step2ck=228, ecfmg_status="certified", specialties=["Neurology"],
            languages=["Finnish", "Swedish", "English", "Hungarian"], visa_status="b1b2", publications=0,
            usce_entries=[U("observership", "Neurology", "MN", "2024-09", "2024-10"),
                          U("observership", "Neurology", "TX", "2025-01", "2025-02")])))

# ---------------------------------------------------------------- 016 Israeli @ Cluj, DOCX -> PDF (text boxes / tables)
PEOPLE.append(dict(n=16, layout="docx_table_cluj", ext="pdf", kind="readable",
    display_name="Yonatan Mizrahi",
    title_line="MD 2026 – Iuliu Hațieganu University of Medicine and Pharmacy, Cluj-Napoca",
    contact=["yonatan.mizrahi@mail.huji.ac.il", "+40 745 218 903", "Cluj-Napoca, Romania"],
    sections=[
        ("Education", [("10.2020 – 07.2026", "Doctor of Medicine, Iuliu Hațieganu University of Medicine and "
                                             "Pharmacy, Cluj-Napoca, Romania (English line)")]),
        ("Exams", [("USMLE Step 1", "Pass (III.2025)"), ("USMLE Step 2 CK", "scheduled I.2027"),
                   ("ECFMG", "Pending – awaiting diploma")]),
        ("US Clinical Experience", [("2025-07 — 2025-08", "Observership, Hematology/Oncology, Johns Hopkins "
                                     "Kimmel Cancer Center, Baltimore, Maryland")]),
        ("Other clinical", [("2024–25 academic year", "Oncology Institute Prof. Dr. Ion Chiricuță, Cluj"),
                            ("VIII.2024", "Elective, Hematology, Rambam Health Care Campus, Haifa")]),
        ("Publications", [
            "Mizrahi Y, Pop L. CAR-T toxicity in Eastern Europe. Clujul Medical. 2025;98:14-20.",
            "Pop L, Mizrahi Y, et al. Iron deficiency in IBD. Rom J Intern Med. 2024;62:301-8.",
            "In preparation: Mizrahi Y. Bispecifics in myeloma."]),
        ("Career plan", ["Internal Medicine residency, then Hematology/Oncology fellowship"]),
        ("Visa", ["Will require B1/B2 visitor visa"]),
        ("Languages", ["Hebrew, English, Romanian, Arabic (basic)"]),
    ],
    truth=T(full_name="Yonatan Mizrahi", email="yonatan.mizrahi@mail.huji.ac.il", phone_e164="+40745218903",
            medical_school="Iuliu Hațieganu University of Medicine and Pharmacy", medical_school_country="RO",
            graduation_year=2026, usmle_step1="pass", ecfmg_status="pending",
            specialties=["Hematology/Oncology", "Internal Medicine"],
            languages=["Hebrew", "English", "Romanian", "Arabic"], visa_status="b1b2", publications=2,
            usce_entries=[U("observership", "Hematology/Oncology", "MD", "2025-07", "2025-08")])))

# ================================================================ scans
PEOPLE.append(dict(n=17, layout="scan_pdf_masaryk", ext="pdf", kind="scan", src="docx",
    display_name="Mads Kristian Østergaard",
    title_line="MUDr. – Masaryk University, Brno (General Medicine in English)",
    contact=["mads.ostergaard@gmail.com", "+45 28 41 93 07", "Aarhus, Denmark"],
    sections=[
        ("Education", [("2019 – 2025", "General Medicine (MUDr.), Faculty of Medicine, Masaryk University, Brno, Czechia")]),
        ("Exams", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "240"), ("ECFMG", "Certified")]),
        ("US Clinical Experience", [("Oct 2025 – Nov 2025", "Observership, Emergency Medicine, Denver Health, Denver, CO")]),
        ("Other", [("2024", "Summer locum, Akutmodtagelsen, Aarhus University Hospital")]),
        ("Interest", ["Emergency Medicine"]),
        ("Languages", ["Danish, English, Czech, German"]),
    ],
    truth=T(full_name="Mads Kristian Østergaard", email="mads.ostergaard@gmail.com", phone_e164="+4528419307",
            medical_school="Masaryk University", medical_school_country="CZ", graduation_year=2025,
            usmle_step1="pass", usmle_step2ck=240, ecfmg_status="certified", specialties=["Emergency Medicine"],
            languages=["Danish", "English", "Czech", "German"], publications=0,
            usce_entries=[U("observership", "Emergency Medicine", "CO", "2025-10", "2025-11")])))

PEOPLE.append(dict(n=18, layout="scan_png_pecs", ext="png", kind="scan", src="reportlab",
    display_name="Rohan Mehta",
    title_line="MD, University of Pécs Medical School (English programme)",
    contact=["rohan.mehta.pecs@gmail.com", "+91 99301 44827", "Mumbai, India"],
    sections=[
        ("Education", [("2018 – 2024", "General Medicine (MD), University of Pécs Medical School, Hungary")]),
        ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "233"), ("ECFMG", "Certified")]),
        ("US Clinical Experience", [("03/2025 – 05/2025", "Hands-on externship, Internal Medicine, Brookdale Hospital, Brooklyn, NY"),
                                    ("06/2025", "Observership, Cardiology, Maimonides Medical Center, Brooklyn, NY")]),
        ("Publication", ["Mehta R, Kovács B. Statin adherence in Baranya county. Orv Hetil. 2024;165:88-94."]),
        ("Interest", ["Internal Medicine"]),
        ("Visa", ["J-1 visa required"]),
        ("Languages", ["English, Hindi, Gujarati"]),
    ],
    truth=T(full_name="Rohan Mehta", email="rohan.mehta.pecs@gmail.com", phone_e164="+919930144827",
            medical_school="University of Pécs", medical_school_country="HU", graduation_year=2024,
            usmle_step1="pass", usmle_step2ck=233, ecfmg_status="certified", specialties=["Internal Medicine"],
            languages=["English", "Hindi", "Gujarati"], visa_status="j1", publications=1,
            usce_entries=[U("hands_on", "Internal Medicine", "NY", "2025-03", "2025-05"),
                          U("observership", "Cardiology", "NY", "2025-06", "2025-06")])))

PEOPLE.append(dict(n=19, layout="scan_jpg_plab_ng", ext="jpg", kind="scan", src="html",
    display_name="Dr Folasade Adunni Adeyemi MBBS",
    title_line="Clinical Fellow, Care of the Elderly – GMC 7712390 (PLAB route)",
    contact=["folasade.adeyemi@nhs.net", "07700 900872", "Leicester, United Kingdom"],
    sections=[
        ("Education", [("2012 – 2019", "MBBS, University of Ibadan, College of Medicine, Nigeria")]),
        ("UK Registration", [("PLAB 1 / PLAB 2", "Passed 2021 / 2022"), ("GMC", "Full registration 7712390")]),
        ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "247"), ("ECFMG", "Certified")]),
        ("Posts", [("08/2022 – to date", "Clinical Fellow, Geriatric Medicine, Leicester Royal Infirmary")]),
        ("US Experience", [("Aug 2024", "Observership, Geriatrics, Penn Medicine, Philadelphia, PA")]),
        ("Publication", ["Adeyemi FA, Khan S. Delirium screening on a UK frailty unit. Age Ageing. 2024;53:afae101."]),
        ("Goal", ["Internal Medicine residency, then Geriatrics"]),
        ("Visa", ["Seeking H-1B sponsorship"]),
        ("Languages", ["English, Yoruba"]),
    ],
    truth=T(full_name="Folasade Adunni Adeyemi", email="folasade.adeyemi@nhs.net", phone_e164="+447700900872",
            medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2019,
            usmle_step1="pass", usmle_step2ck=247, ecfmg_status="certified",
            specialties=["Internal Medicine", "Geriatrics"], languages=["English", "Yoruba"], visa_status="h1b",
            publications=1,
            usce_entries=[U("observership", "Geriatrics", "PA", "2024-08", "2024-08")])))

PEOPLE.append(dict(n=20, layout="scan_pdf_lowcontrast_varna", ext="pdf", kind="scan", src="fpdf",
    display_name="Imogen Clarke",
    title_line="4th-year medical student, Medical University of Varna (English-language programme)",
    contact=["imogen.clarke01@gmail.com", "+44 7700 900315", "Varna, Bulgaria / Bristol, UK"],
    sections=[
        ("Education", [("2022 – present", "Medicine (MD), Medical University \"Prof. Dr. Paraskev Stoyanov\" – "
                                         "Varna, Bulgaria. Expected graduation 2027")]),
        ("Clinical", [("Summer 2025", "Observer, Paediatrics, Bristol Royal Hospital for Children, UK"),
                      ("2024–25 academic year", "Clinical propaedeutics, St. Marina University Hospital, Varna")]),
        ("USMLE", ["Preparing for Step 1 (planned 2026)"]),
        ("Interest", ["Paediatrics"]),
        ("Languages", ["English (native), Bulgarian (B1)"]),
    ],
    truth=T(full_name="Imogen Clarke", email="imogen.clarke01@gmail.com", phone_e164="+447700900315",
            medical_school="Medical University of Varna", medical_school_country="BG", graduation_year=2027,
            is_student=True, specialties=["Pediatrics"], languages=["English", "Bulgarian"], publications=0,
            usce_entries=[])))

PEOPLE.append(dict(n=21, layout="scan_png_blur_lodz", ext="png", kind="scan", src="odt",
    display_name="Brianna Okonkwo-Hayes",
    title_line="MD, Medical University of Lodz – US citizen",
    contact=["brianna.okonkwohayes@gmail.com", "(312) 908-4471", "Chicago, IL"],
    sections=[
        ("Education", [("2019 – 2025", "Doctor of Medicine, Medical University of Lodz, Poland (English Division)")]),
        ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "238"), ("ECFMG", "Certified")]),
        ("US Clinical Experience", [("Jan 2025 – Mar 2025", "Hands-on clerkship, Psychiatry, Cook County Health, Chicago, IL")]),
        ("Interest", ["Psychiatry"]),
        ("Citizenship", ["US citizen"]),
        ("Languages", ["English, Polish (B1)"]),
    ],
    truth=T(full_name="Brianna Okonkwo-Hayes", email="brianna.okonkwohayes@gmail.com", phone_e164="+13129084471",
            medical_school="Medical University of Lodz", medical_school_country="PL", graduation_year=2025,
            usmle_step1="pass", usmle_step2ck=238, ecfmg_status="certified", specialties=["Psychiatry"],
            languages=["English", "Polish"], visa_status="citizen", publications=0,
            usce_entries=[U("hands_on", "Psychiatry", "IL", "2025-01", "2025-03")])))

DAMAGED = [
    dict(n=22, layout="damaged_truncated_pdf", ext="pdf"),
    dict(n=23, layout="damaged_encrypted_pdf", ext="pdf"),
    dict(n=24, layout="damaged_random_bytes", ext="docx"),
]
