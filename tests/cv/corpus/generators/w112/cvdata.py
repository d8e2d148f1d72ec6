# -*- coding: utf-8 -*-
"""Hand-written CV content for writer w112 (résumé-builder look-alikes).
Each CV: header, contacts (icon, text), sidebar blocks, main sections.
Items: d=dates text, t=title, o=organisation, p=place, b=bullets.
"""

def it(d, t, o="", p="", b=None):
    return dict(d=d, t=t, o=o, p=p, b=b or [])

CV = {}

# ---------------------------------------------------------------- 001 Canva sidebar, Pakistan
CV["001"] = dict(
    name="Ayesha Siddiqui", native="عائشہ صدیقی", title="MBBS · ECFMG Certified · Aspiring Internist",
    contacts=[("☎", "+92 321 4478 120"), ("✉", "ayesha.siddiqui.mbbs@gmail.com"),
              ("⌂", "Block 13-D, Gulshan-e-Iqbal, Karachi"), ("in", "linkedin.com/in/ayesha-siddiqui-md")],
    profile="Dow graduate with hands-on U.S. inpatient experience, seeking a categorical Internal Medicine "
            "position. Requires B1/B2 visa for clinical rotations.",
    langs=[("English", 95), ("Urdu", 100), ("Sindhi", 60)],
    skills=[("History & Physical", 90), ("EMR (Epic, Cerner)", 75), ("Case presentation", 85), ("Point-of-care US", 40)],
    side_extra=[("USMLE", ["Step 1 — Pass (2022)", "Step 2 CK — 248 (2023)", "ECFMG Certified (Oct 2023)"]),
                ("Interests", ["Internal Medicine", "Hospital medicine", "Cricket & calligraphy"])],
    sections=[
        ("Education", [it("2017 – 2022", "Bachelor of Medicine, Bachelor of Surgery (MBBS)", "Dow Medical College, Dow University of Health Sciences", "Karachi, Pakistan",
                          ["Graduated December 2022", "Distinction in Pharmacology"])]),
        ("Clinical Exposure", [
            it("Mar 2024 – Apr 2024", "Hands-on Externship, Internal Medicine", "Lakeshore Community Hospital", "Chicago, IL",
               ["Pre-rounded on 6–8 patients, wrote progress notes under supervision", "Presented on morning rounds daily"]),
            it("05/2024 – 06/2024", "Observership, Cardiology", "Gulf Coast Heart Institute", "Houston, TX",
               ["Observed cath lab, echo reading and CHF clinic"]),
            it("Jul 2024 – Jan 2025", "Research Volunteer, Cardiology", "Lakeshore Community Hospital", "Chicago, IL",
               ["Retrospective chart review on HFpEF readmissions"]),
            it("Jan 2023 – Dec 2023", "House Officer (Internship), Medicine & Surgery", "Civil Hospital Karachi", "Karachi, Pakistan",
               ["Rotations in Medicine (6 mo) and Surgery (6 mo)"]),
        ]),
        ("Publications", [
            it("2024", "Siddiqui A, Memon R, Khan S. Predictors of 30-day readmission in heart failure with preserved ejection fraction. Cureus. 2024;16(8):e66211."),
            it("2023", "Memon R, Siddiqui A. Dengue-associated myocarditis: a case series from Karachi. J Pak Med Assoc. 2023;73(5):1102-1105."),
            it("2024", "Poster: HFpEF readmission trends — Illinois ACP Chapter Meeting (poster presentation)."),
            it("", "Siddiqui A, et al. Sodium-glucose cotransporter-2 inhibitors in South Asian cohorts (manuscript submitted)."),
        ]),
        ("References", [
            it("", "Dr. Rizwan Memon, MD — Attending Physician, Lakeshore Community Hospital", "", "",
               ["rmemon@lakeshorechm.org · (312) 555-0190"]),
        ]),
    ],
)

# ---------------------------------------------------------------- 002 Zety timeline, Bangladesh
CV["002"] = dict(
    name="Md. Tanvir Hasan Chowdhury", native="মোঃ তানভীর হাসান চৌধুরী", title="Medical Graduate (MBBS) | Internal Medicine & Nephrology",
    contacts=[("✉", "tanvir.hchowdhury@outlook.com"), ("☎", "+880 1712-345678"), ("⌂", "Zindabazar, Sylhet 3100, Bangladesh")],
    profile="MBBS graduate with U.S. observership and hands-on experience. J-1 visa required for residency and rotations. "
            "Pursuing Internal Medicine with a strong interest in Nephrology.",
    langs=[("বাংলা Bengali", "Native"), ("English", "Fluent (IELTS 8.0)"), ("Hindi", "Conversational")],
    skills=[("Clinical reasoning", 85), ("Dialysis unit workflow", 70), ("Research methods", 65)],
    side_extra=[("USMLE", ["Step 1: Pass (first attempt)", "Step 2 CK: scheduled Jan 2027",
                           "UWSA 2 practice: 255 · NBME 12: 248", "ECFMG certification: pending"])],
    sections=[
        ("U.S. Clinical Experience (USCE)", [
            it("June – August 2024", "Observership — Nephrology", "Hudson Valley Kidney Center", "Poughkeepsie, NY",
               ["Dialysis rounds, transplant clinic, AKI consults"]),
            it("4 weeks, starting 01 Sept 2024", "Hands-on Externship — Internal Medicine", "Garden State Medical Center", "Newark, NJ",
               ["Admitted patients, wrote H&Ps, called consults"]),
            it("Nov 2024 – Dec 2024", "Tele-rotation (virtual) — Internal Medicine", "Bayou Telehealth Education Program", "Houston, TX",
               ["Live virtual rounds and case write-ups"]),
        ]),
        ("Work Experience", [
            it("Mar 2023 – Feb 2024", "Medical Officer", "Popular Medical Centre", "Sylhet, Bangladesh", ["Outpatient medicine, 40+ patients/day"]),
            it("Jan 2022 – Dec 2022", "Intern Doctor (Internship)", "Sylhet MAG Osmani Medical College Hospital", "Sylhet, Bangladesh", []),
        ]),
        ("Education", [
            it("2016 – 2021", "MBBS", "Sylhet MAG Osmani Medical College (University of Chittagong)", "Sylhet, Bangladesh",
               ["Professional exams passed 2021; degree awarded 2022"]),
        ]),
        ("Academic Achievements", [
            it("2024", "Chowdhury TH, Rahman M. Outcomes of hemodialysis catheter infections in a tertiary center in Sylhet. Bangladesh Med Res Counc Bull. 2024;50(1):22-27."),
            it("2023", "Abstract: CKD of unknown etiology in tea-garden workers — APSN Congress (oral abstract)."),
            it("2019", "Board Scholarship, University of Chittagong"),
        ]),
    ],
)

# ---------------------------------------------------------------- 003 Novoresume two pages, Nepal
CV["003"] = dict(
    name="Prakriti Shrestha", native="प्रकृति श्रेष्ठ", title="MBBS | Future Pediatrician",
    contacts=[("✉", "prakriti.shrestha.ku@gmail.com"), ("☎", "+977 984-1234567"), ("⌂", "Dhulikhel-7, Kavrepalanchok, Nepal"),
              ("⚑", "Date of birth: 14 Feb 1999")],
    profile="Recent MBBS graduate (ECFMG certified, 2025) passionate about pediatrics and child health equity in low-resource settings.",
    langs=[("Nepali", 5), ("English", 5), ("Hindi", 4), ("Maithili", 3)],
    skills=[("Neonatal resuscitation (NRP)", 80), ("PALS", 75), ("Pediatric history taking", 90)],
    side_extra=[("USMLE", ["Step 1 — PASS", "Step 2 CK — 256", "ECFMG Certified — May 2025"]),
                ("Certifications", ["BLS / PALS (AHA), 2025", "NRP 8th ed., 2024"])],
    sections=[
        ("Observerships & Externships", [
            it("Jan 2025 - Feb 2025", "Pediatric Observership", "Lake Erie Children's Hospital", "Toledo, OH",
               ["General pediatric wards and NICU rounds"]),
            it("03/2025 – 04/2025", "Pediatric Externship (hands-on)", "Great Lakes Children's Medical Center", "Grand Rapids, MI",
               ["Examined patients, wrote notes co-signed by attending", "Family-centred rounds"]),
            it("Feb 2025 – present", "Clinical Research Volunteer, Department of Pediatrics", "Buckeye Children's Research Institute", "Columbus, OH",
               ["Bronchiolitis high-flow oxygen outcomes database"]),
        ]),
        ("Work Experience", [
            it("Aug 2024 – Dec 2024", "Medical Officer, Pediatrics", "Dhulikhel Hospital", "Dhulikhel, Nepal", ["Pediatric OPD and emergency"]),
            it("Jun 2023 – Jun 2024", "Rotating Intern", "Dhulikhel Hospital – Kathmandu University Hospital", "Dhulikhel, Nepal", []),
        ]),
        ("Education", [
            it("2018 – 2024", "Bachelor of Medicine and Bachelor of Surgery (MBBS)", "Kathmandu University School of Medical Sciences", "Dhulikhel, Nepal",
               ["Degree conferred 2024 after internship", "Gold medal, Community Medicine"]),
        ]),
        ("Publications", [
            it("2025", "Shrestha P, Karki S, Thapa B. Vaccine hesitancy among caregivers in Kavre district. JNMA J Nepal Med Assoc. 2025;63(281):10-15."),
            it("2024", "Shrestha P, Gurung R. Case report: Kawasaki disease in a 9-month-old. Kathmandu Univ Med J. 2024;22(2):210-213."),
            it("2024", "Thapa B, Shrestha P, et al. Neonatal sepsis pathogens in a rural tertiary hospital. BMC Pediatr. 2024;24:512."),
            it("2025", "Poster — Pediatric Academic Societies (PAS) 2025: High-flow oxygen in bronchiolitis (abstract)."),
        ]),
        ("Volunteering", [
            it("2022 – 2024", "School Health Camps, Kavre", "Nepal Red Cross Society", "", ["Screened 1,200+ children"]),
        ]),
        ("References", [
            it("", "Dr. Sunita Karki, MD — Pediatric Hospitalist, Lake Erie Children's Hospital", "", "", ["skarki@lakeeriechildrens.org · +1 419 555 0144"]),
            it("", "Prof. Bimal Thapa — Head of Pediatrics, Dhulikhel Hospital", "", "", ["bthapa@kusms.edu.np · +977 11 490497"]),
        ]),
    ],
)

# ---------------------------------------------------------------- 004 Resume.io date column, Philippines, US citizen
CV["004"] = dict(
    name="Maria Kristina Dela Cruz-Santos", native="", title="Family Medicine Applicant",
    contacts=[("☎", "+1 (650) 555-0183"), ("✉", "kristina.dcsantos@yahoo.com"), ("⌂", "Daly City, CA 94014"),
              ("★", "U.S. Citizen")],
    profile="U.S.-born physician (UST Manila graduate) returning to California to pursue Family Medicine residency.",
    langs=[("English", "Native"), ("Filipino (Tagalog)", "Native"), ("Cebuano", "Intermediate")],
    skills=[("Preventive care", 90), ("Chronic disease mgmt", 80), ("Motivational interviewing", 70)],
    side_extra=[("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 233", "USMLE Step 3: 221", "ECFMG: Certified"])],
    sections=[
        ("Hands-on Experience", [
            it("Jul 2023 – Sep 2023", "Clinical Extern, Family Medicine", "Peninsula Family Health Center", "San Mateo, CA",
               ["Saw 10–12 patients/day independently before staffing", "Well-woman and diabetes follow-up visits"]),
            it("Oct 2023", "Observer, Geriatric Medicine", "Bay Area Senior Care Clinic", "Oakland, CA", ["Home-visit and SNF rounds"]),
        ]),
        ("Employment", [
            it("Jan 2023 – Jun 2023", "Medical Scribe", "South City Urgent Care", "South San Francisco, CA", ["Epic documentation for 3 physicians"]),
            it("Aug 2021 – Jul 2022", "Post-graduate Intern", "Philippine General Hospital", "Manila, Philippines",
               ["Rotations: IM, Surgery, Pediatrics, OB-GYN, Family & Community Medicine"]),
        ]),
        ("Education", [
            it("2017 – 2021", "Doctor of Medicine (MD)", "University of Santo Tomas Faculty of Medicine and Surgery", "Manila, Philippines",
               ["Physician Licensure Exam (PLE) passer, 2022"]),
            it("2013 – 2017", "BS Biology", "University of Santo Tomas", "Manila, Philippines"),
        ]),
        ("Presentations", [
            it("2023", "Poster: Telehealth follow-up for type 2 diabetes in Filipino-American seniors — CAFP Scientific Assembly."),
        ]),
    ],
)

# ---------------------------------------------------------------- 005 Kickresume header band, Nigeria
CV["005"] = dict(
    name="Chukwuemeka Obinna Eze", native="", title="MBBS · Emergency Medicine Aspirant",
    contacts=[("☎", "0803 456 7812"), ("✉", "emeka.eze.md@gmail.com"), ("⌂", "Independence Layout, Enugu, Nigeria")],
    profile="Career interest: Emergency Medicine. Current B1/B2 visa holder (valid through 2029). "
            "Five years of acute-care practice in Nigeria and the UK.",
    langs=[("English", 100), ("Igbo", 100), ("Yoruba", 40), ("French", 30)],
    skills=[("Trauma resuscitation (ATLS)", 85), ("Airway management", 75), ("POCUS / FAST", 70), ("Triage", 90)],
    side_extra=[("Licensing", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 244", "ECFMG Certified", "PLAB 1 & 2 — Passed (GMC registered)"])],
    sections=[
        ("USCE", [
            it("15/01/2025 – 09/02/2025", "Sub-Internship, Emergency Medicine (hands-on)", "Peachtree Regional Medical Center", "Atlanta, GA",
               ["Managed ESI 2–4 patients, procedures under supervision"]),
            it("March–April 2025", "Observership, General Surgery / Trauma", "Chesapeake University Hospital", "Baltimore, MD",
               ["Trauma bay activations and OR observation"]),
        ]),
        ("Experience", [
            it("Sep 2022 – Dec 2024", "Clinical Fellow, Emergency Department (NHS)", "Royal Shrewsbury Hospital", "Shrewsbury, UK",
               ["Majors and resus; ALS provider"]),
            it("Jan 2021 – Aug 2022", "Medical Officer, Accident & Emergency", "University of Nigeria Teaching Hospital", "Ituku-Ozalla, Enugu", []),
            it("2020 – 2021", "House Officer", "University of Nigeria Teaching Hospital", "Enugu, Nigeria", []),
        ]),
        ("Education", [
            it("2013 – 2020", "MBBS", "College of Medicine, University of Nigeria (UNN)", "Enugu Campus, Nigeria", ["Graduated 2020"]),
        ]),
        ("Publications", [
            it("2023", "Eze CO, Okafor U. Road traffic injuries presenting to a Nigerian emergency department. Niger J Clin Pract. 2023;26(4):455-460."),
        ]),
        ("Referees", [
            it("", "Dr. Adaeze Okafor, FWACS — Consultant Surgeon, UNTH Enugu", "", "", ["a.okafor@unth.edu.ng · +234 805 112 3344"]),
            it("", "Dr. Mark Hollis, MD — EM Clerkship Director, Peachtree Regional", "", "", ["mhollis@peachtreeregional.org · (404) 555-0172"]),
        ]),
    ],
)

# ---------------------------------------------------------------- 006 AltaCV, Brazil, student
CV["006"] = dict(
    name="João Pedro Araújo Nogueira", native="", title="Medical Student (5th year) · Neurology & Psychiatry",
    contacts=[("✉", "joaopedro.nogueira@ufmg.br"), ("☎", "+55 31 98765-4321"), ("⌂", "Belo Horizonte, MG, Brazil"),
              ("⚲", "github.com/jpnogueira-neuro")],
    profile="Fifth-year medical student at UFMG (expected graduation: December 2027) interested in Neurology and Psychiatry, "
            "with a research year in Boston.",
    langs=[("Portuguese", "Native"), ("English", "C2 (TOEFL 112)"), ("Spanish", "B2"), ("Italian", "A2")],
    skills=[("Python / R", 80), ("EEG basics", 60), ("Neuro exam", 85)],
    side_extra=[("USMLE", ["Step 1: PASS (Aug 2025)", "Step 2 CK: planned 2026"]),
                ("Awards", ["CNPq undergraduate research scholarship (2022–2024)"])],
    sections=[
        ("Research & Clinical Experience (USA)", [
            it("2024-07 – 2025-01", "Visiting Research Student, Neurology", "Charles River Neuroscience Center", "Boston, MA",
               ["Stroke registry analysis; weekly neurology grand rounds"]),
            it("2025-02 – 2025-03", "Clinical Observer, Neurology", "Charles River Neuroscience Center", "Boston, MA",
               ["Stroke and epilepsy services"]),
        ]),
        ("Education", [
            it("2022 – 2027 (expected)", "Medicina (MD equivalent) — in progress", "Universidade Federal de Minas Gerais (UFMG)", "Belo Horizonte, Brazil",
               ["Internato (clerkships) 2026–2027"]),
        ]),
        ("Publications", [
            it("2025", "Nogueira JPA, Silva MC, et al. Door-to-needle time trends in a Brazilian stroke network. Arq Neuropsiquiatr. 2025;83(2):e240118."),
            it("2024", "Silva MC, Nogueira JPA. Depression screening in epilepsy outpatients. Epilepsy Behav. 2024;151:109622."),
            it("2025", "Nogueira JPA. Poster — American Academy of Neurology Annual Meeting 2025."),
        ]),
    ],
)

# ---------------------------------------------------------------- 007 moderncv, Mexico, green card
CV["007"] = dict(
    name="Ximena Guadalupe Ibáñez Rentería", native="", title="Médica Cirujana — OB/GYN applicant",
    contacts=[("☎", "+1 (956) 555-0132"), ("✉", "ximena.ibanez.md@gmail.com"), ("⌂", "McAllen, TX 78501"),
              ("✓", "U.S. Permanent Resident")],
    profile="",
    langs=[("Spanish", "Mother tongue"), ("English", "Fluent"), ("French", "Basic (DELF A2)")],
    skills=[],
    side_extra=[],
    sections=[
        ("Education", [
            it("2013–2019", "Médico Cirujano (MD)", "Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)", "Ciudad de México",
               ["Title awarded 2019 after Servicio Social"]),
        ]),
        ("USMLE & Certification", [
            it("2020", "USMLE Step 1", "Pass"), it("2021", "USMLE Step 2 CK", "231"), it("2023", "USMLE Step 3", "218"),
            it("2021", "ECFMG Certification", "Certified"),
        ]),
        ("U.S. Clinical Experience", [
            it("Aug. 2022 – Oct. 2022", "Hands-on Externship, Obstetrics & Gynecology", "Rio Grande Women's Hospital", "Edinburg, TX",
               ["Labor & delivery, C-section first assist, prenatal clinic"]),
            it("11.2022 – 12.2022", "Observership, Maternal-Fetal Medicine", "South Texas Perinatal Associates", "San Antonio, TX", []),
        ]),
        ("Clinical Experience in Mexico", [
            it("03.2020 – 07.2022", "Residente de Ginecología y Obstetricia (R1–R3, not completed — relocated to U.S.)", "Hospital General de Zona No. 8, IMSS", "Ciudad de México", []),
            it("08.2018 – 07.2019", "Médico Pasante en Servicio Social", "Centro de Salud Rural", "San Juan Bautista Tuxtepec, Oaxaca", []),
        ]),
        ("Publications", [
            it("2022", "Ibáñez-Rentería XG, Morales L. Preeclampsia risk in adolescent pregnancy. Ginecol Obstet Mex. 2022;90(6):480-488."),
            it("2019", "Tesis de licenciatura: Anemia en el embarazo en población rural (undergraduate thesis)."),
        ]),
        ("Languages", [it("", "Spanish — mother tongue; English — fluent; French — basic (DELF A2)")]),
        ("Career Goal", [it("", "Categorical residency in Obstetrics and Gynecology.")]),
    ],
)

# ---------------------------------------------------------------- 008 Google Docs Serif (docx), Jamaica-trained US citizen
CV["008"] = dict(
    name="Kimberly-Ann Thompson", title="MBBS (UWI) · U.S. Citizen",
    email="kimberlyann.thompson.md@gmail.com", phone="+1 (347) 555-0162", addr="Brooklyn, NY 11226",
)

# ---------------------------------------------------------------- 009 Google Docs Spearmint (docx), Ross/Barbados, green card
CV["009"] = dict(
    name="Rafael Antonio Peña Almonte", title="MD Graduate · Emergency Medicine / Anesthesiology",
    email="rafa.pena.almonte@gmail.com", phone="+1 (786) 555-0110", addr="Hialeah, FL 33012",
)

# ---------------------------------------------------------------- 010 Canva table docx -> PDF (soffice), Pakistan student
CV["010"] = dict(name="Muhammad Hamza Rauf", email="hamza.rauf.kemu@gmail.com", phone="0333-5120476")

# ---------------------------------------------------------------- 011 docx header/footer, Bangladesh
CV["011"] = dict(name="Nusrat Jahan Mim", email="nusrat.mim.dmc@gmail.com", phone="+880 1819-456123")

# ---------------------------------------------------------------- 012 Resume.io two pages, Philippines, H-1B
CV["012"] = dict(
    name="Jose Miguel Villanueva Reyes", native="", title="MD · Research Fellow, Gastroenterology",
    contacts=[("☎", "+1 (614) 555-0177"), ("✉", "jm.villanueva.reyes@gmail.com"), ("⌂", "Columbus, OH 43210"),
              ("★", "H-1B (current)")],
    profile="Filipino physician with 2.5 years of U.S. GI research, applying to Internal Medicine with the goal of a Gastroenterology fellowship.",
    langs=[("English", "Fluent"), ("Filipino", "Native"), ("Cebuano (Bisaya)", "Native")],
    skills=[("REDCap / SPSS", 90), ("Endoscopy unit workflow", 70), ("Manuscript writing", 85)],
    side_extra=[("USMLE", ["Step 1: Pass", "Step 2 CK: 226", "ECFMG certified (2021)"])],
    sections=[
        ("Experience", [
            it("2022-01 – 2024-06", "Research Fellow, Division of Gastroenterology", "Scioto Valley University Medical Center", "Columbus, OH",
               ["IBD biologics outcomes registry (n = 1,450)", "Co-investigator on 3 IRB protocols"]),
            it("2024-07 – 2024-08", "Clinical Observer, Gastroenterology & Hepatology", "Scioto Valley University Medical Center", "Columbus, OH", []),
            it("Oct–Nov 2024", "Hands-on Externship, Internal Medicine", "Bluegrass Regional Hospital", "Lexington, KY",
               ["Wards team member; wrote daily notes, presented on rounds"]),
            it("Jun 2020 – Nov 2021", "Resident Physician (non-training), Internal Medicine", "Vicente Sotto Memorial Medical Center", "Cebu City, Philippines",
               ["COVID-19 wards"]),
            it("2019 – 2020", "Post-graduate Internship", "Cebu Doctors' University Hospital", "Cebu City, Philippines", []),
        ]),
        ("Education", [
            it("2015 – 2019", "Doctor of Medicine", "Cebu Doctors' University College of Medicine", "Mandaue City, Philippines",
               ["Physician Licensure Examination passed, 2020"]),
        ]),
        ("Publications", [
            it("2024", "Villanueva Reyes JM, Patel K, Moore D. Vedolizumab persistence in elderly IBD patients. Inflamm Bowel Dis. 2024;30(3):401-409."),
            it("2024", "Patel K, Villanueva Reyes JM, et al. Ustekinumab dose escalation outcomes. Dig Dis Sci. 2024;69(7):2450-2458."),
            it("2023", "Villanueva Reyes JM, Moore D. Anemia in Crohn's disease: a registry study. Crohns Colitis 360. 2023;5(2):otad021."),
            it("2023", "Moore D, Villanueva Reyes JM. Fecal calprotectin trajectories. J Clin Gastroenterol. 2023;57(9):900-906."),
            it("2022", "Villanueva Reyes JM, et al. COVID-19 and GI bleeding in Cebu. Philipp J Intern Med. 2022;60(1):33-38."),
            it("2024", "Abstracts: DDW 2023 (poster), DDW 2024 (oral), ACG 2024 (poster)."),
            it("", "Villanueva Reyes JM, et al. Biosimilar switching in IBD (manuscript in preparation)."),
        ]),
        ("Leadership & Service", [
            it("2023 – 2024", "Volunteer (patient intake), Free Clinic", "Columbus Free Clinic", "Columbus, OH", ["Intake and vital signs (non-physician volunteer role)"]),
            it("2018", "Class President", "Cebu Doctors' University College of Medicine", "", []),
        ]),
        ("References", [
            it("", "Dennis Moore, MD, PhD — Director, IBD Center, Scioto Valley University Medical Center", "", "", ["dennis.moore@svumc.org · (614) 555-0110"]),
            it("", "Kavita Patel, MD — Associate Professor of Medicine", "", "", ["kavita.patel@svumc.org · (614) 555-0113"]),
        ]),
    ],
)

# ---------------------------------------------------------------- 013 reportlab Kickresume bars, Nigeria
CV["013"] = dict(name="Oluwaseun Adebimpe Adeyemi", email="seun.adeyemi.md@yahoo.com", phone="+234 (0) 812 345 6789")

# ---------------------------------------------------------------- 014 fpdf2 minimal icons, Brazil
CV["014"] = dict(name="Letícia Gonçalves Barbosa", email="leticia.gbarbosa@usp.br", phone="+55 (11) 99123-4567")

# ---------------------------------------------------------------- 015 plain text ATS export, Mexico
CV["015"] = dict(name="Luis Fernando Cárdenas Olvera", email="lf.cardenas.olvera@hotmail.com", phone="+52 33 1234 5678")

# ---------------------------------------------------------------- 016 docx -> ODT (soffice), Trinidad
CV["016"] = dict(name="Anjali Ramdass-Maharaj", email="anjali.ramdass.maharaj@gmail.com", phone="+1 (868) 555-0148")

# ================================================================ scans (rendered with the HTML templates)
CV["017"] = dict(
    name="Usman Tariq Butt", native="عثمان طارق بٹ", title="MBBS · Internal Medicine | Cardiology",
    contacts=[("☎", "+92 300 8123456"), ("✉", "usman.t.butt@gmail.com"), ("⌂", "Model Town, Lahore")],
    profile="AIMC graduate seeking Internal Medicine residency; long-term goal Cardiology fellowship. J-1 visa sponsorship needed.",
    langs=[("English", 90), ("Urdu", 100), ("Punjabi", 100)],
    skills=[("ECG interpretation", 85), ("Inpatient medicine", 80)],
    side_extra=[("USMLE", ["Step 1 — Pass", "Step 2 CK — 245", "ECFMG Certified"])],
    sections=[
        ("U.S. Clinical Experience", [
            it("10/2024 – 12/2024", "Hands-on Externship, Internal Medicine", "Queensboro General Hospital", "Queens, NY", ["Admissions, progress notes, discharge summaries"]),
            it("01/2025", "Observership, Cardiology", "Queensboro General Hospital", "Queens, NY", []),
        ]),
        ("Experience", [
            it("2022 – 2024", "Medical Officer, Cardiology", "Punjab Institute of Cardiology", "Lahore, Pakistan", []),
            it("2021 – 2022", "House Job", "Jinnah Hospital", "Lahore, Pakistan", []),
        ]),
        ("Education", [it("2016 – 2021", "MBBS", "Allama Iqbal Medical College", "Lahore, Pakistan", [])]),
        ("Publications", [
            it("2023", "Butt UT, Anwar F. Door-to-balloon time in a public cardiac center. Pak Heart J. 2023;56(2):120-125."),
            it("2024", "Anwar F, Butt UT. Statin adherence after ACS. J Coll Physicians Surg Pak. 2024;34(1):55-59."),
        ]),
    ],
)

CV["018"] = dict(
    name="Wesner Pierre-Louis", native="", title="MD · Family Medicine",
    contacts=[("☎", "+1 (954) 555-0126"), ("✉", "wesner.pierrelouis@gmail.com"), ("⌂", "Fort Lauderdale, FL"),
              ("★", "Green Card holder")],
    profile="Haitian-trained physician, U.S. lawful permanent resident, committed to Family Medicine in underserved communities.",
    langs=[("Haitian Creole", 100), ("French", 95), ("English", 90), ("Spanish", 50)],
    skills=[("Community health", 90), ("Chronic care", 80)],
    side_extra=[("USMLE", ["Step 1: Pass", "Step 2 CK: 236", "ECFMG: Certified"])],
    sections=[
        ("Clinical Experience", [
            it("06/2023 – 08/2023", "Hands-on Clinical Rotation, Family Medicine", "Broward Family Health Partners", "Fort Lauderdale, FL", ["Outpatient continuity clinic"]),
            it("09/2023", "Observership, Infectious Disease", "Palm Coast ID Associates", "West Palm Beach, FL", []),
            it("2020 – 2022", "Médecin de Service Social", "Hôpital Sainte-Thérèse", "Hinche, Haiti", []),
        ]),
        ("Education", [it("2014 – 2020", "Docteur en Médecine (MD)", "Faculté de Médecine et de Pharmacie, Université d'État d'Haïti", "Port-au-Prince, Haiti", [])]),
    ],
)

CV["019"] = dict(
    name="Bikash Adhikari", native="", title="MBBS — Neurology",
    contacts=[("☎", "+977 980-2345678"), ("✉", "bikash.adhikari.bpkihs@gmail.com"), ("⌂", "Dharan-14, Sunsari, Nepal")],
    profile="", langs=[("Nepali", "native"), ("English", "fluent"), ("Hindi", "good")], skills=[], side_extra=[],
    sections=[
        ("Education", [it("2016–2022", "MBBS", "B.P. Koirala Institute of Health Sciences (BPKIHS)", "Dharan, Nepal", [])]),
        ("USMLE", [it("2022", "Step 1", "Pass"), it("2023", "Step 2 CK", "252"), it("2023", "ECFMG", "Certified")]),
        ("U.S. Clinical Experience", [
            it("Jan 2025 – Feb 2025", "Observership, Neurology", "Allegheny Valley Neurological Institute", "Pittsburgh, PA", []),
            it("Mar 2025 – present", "Research Assistant, Neurology (stroke)", "Allegheny Valley Neurological Institute", "Pittsburgh, PA", []),
        ]),
        ("Experience in Nepal", [it("2022–2024", "Medical Officer", "BPKIHS Teaching Hospital", "Dharan", [])]),
        ("Publications", [it("2024", "Adhikari B, Rai S. Snakebite neurotoxicity outcomes in eastern Nepal. J Neurol Sci. 2024;459:122970.")]),
        ("Languages", [it("", "Nepali (native), English (fluent), Hindi (good)")]),
        ("Interests", [it("", "Neurology residency; neurocritical care")]),
    ],
)

CV["020"] = dict(
    name="Andrea Sofía Treviño Garza", native="", title="Médica Cirujana y Partera · Pediatrics",
    contacts=[("✉", "andrea.trevino.garza@gmail.com"), ("☎", "+52 81 2345 6789"), ("⌂", "San Pedro Garza García, N.L., México")],
    profile="Recent UANL graduate pursuing Pediatrics residency. B1/B2 visa holder.",
    langs=[("Spanish", "Native"), ("English", "Fluent (C1)")],
    skills=[("Pediatric exam", 85), ("Bilingual counselling", 90)],
    side_extra=[("USMLE", ["Step 1 — Pass", "Step 2 CK — 240", "ECFMG Certified (2025)"])],
    sections=[
        ("U.S. Clinical Experience (USCE)", [
            it("Jun 2025 – Jul 2025", "Observership, Pediatrics", "Alamo Children's Hospital", "San Antonio, TX", ["General pediatrics and PICU rounds"]),
            it("Sep 2025 – Oct 2025", "Hands-on Externship, Pediatrics", "Coastal Bend Pediatric Clinic", "Corpus Christi, TX", ["Well-child visits, bilingual family counselling"]),
        ]),
        ("Experience", [
            it("Aug 2023 – Jul 2024", "Servicio Social", "Hospital Universitario Dr. José Eleuterio González", "Monterrey, N.L.", []),
            it("2022 – 2023", "Internado de Pregrado", "Hospital Universitario UANL", "Monterrey, N.L.", []),
        ]),
        ("Education", [it("2018 – 2024", "Médico Cirujano y Partero", "Facultad de Medicina, Universidad Autónoma de Nuevo León (UANL)", "Monterrey, México", ["Degree awarded 2024"])]),
        ("Volunteering", [it("2019 – 2023", "Brigadas de salud", "Cruz Roja Mexicana", "Monterrey", ["Vaccination campaigns"])]),
    ],
)

CV["021"] = dict(
    name="Aisha Bello Abubakar", native="", title="MBBS · Obstetrics & Gynaecology",
    contacts=[("✉", "aisha.bello.abubakar@gmail.com"), ("☎", "+234 706 123 4567"), ("⌂", "Zaria, Kaduna State, Nigeria")],
    profile="Passionate about maternal health; seeking OB/GYN residency. Not yet ECFMG certified (Step 2 CK pending). Will require J-1 visa.",
    langs=[("Hausa", "Native"), ("English", "Fluent"), ("Arabic", "Reading")],
    skills=[("Obstetric emergencies", 80), ("Ultrasound basics", 60)],
    side_extra=[("USMLE", ["Step 1: Pass (2024)", "Step 2 CK: scheduled"])],
    sections=[
        ("Observerships & Externships", [
            it("Mar 2025", "Observership, Obstetrics & Gynecology", "North Star Women's Health Center", "Minneapolis, MN", ["Labor & delivery and gyn-onc clinic"]),
        ]),
        ("Experience", [
            it("2022 – 2024", "Medical Officer, O&G", "Ahmadu Bello University Teaching Hospital", "Zaria, Nigeria", []),
            it("2021 – 2022", "House Officer", "ABUTH", "Zaria, Nigeria", []),
        ]),
        ("Education", [it("2014 – 2021", "MBBS", "Ahmadu Bello University", "Zaria, Nigeria", [])]),
        ("Publications", [it("2023", "Abubakar AB, Musa H. Vesicovaginal fistula repair outcomes in northern Nigeria. Int Urogynecol J. 2023;34(8):1801-1807.")]),
    ],
)
