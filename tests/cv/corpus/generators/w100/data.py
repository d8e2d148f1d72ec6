# -*- coding: utf-8 -*-
"""People, CV sections and truth for writer w100.
Each person: truth fields (t) + presentation (name/alt/contacts/sections)."""

def E(typ, spec, state, start, end):
    return {"type": typ, "specialty": spec, "state": state, "start": start, "end": end}

def item(title, org="", dates="", bullets=(), place=""):
    return {"title": title, "org": org, "dates": dates, "bullets": list(bullets), "place": place}

P = {}

# ---------------------------------------------------------------- 001
P[1] = dict(
    layout="docx_word_template", ext="docx",
    name="Ananya Raghunathan", alt=None, headline="MBBS | Internal Medicine applicant",
    email="ananya.raghu21@gmail.com", phone="+91 98401 22736", address="14, 3rd Cross Street, Besant Nagar, Chennai 600090, India",
    linkedin="linkedin.com/in/ananya-raghunathan",
    sections=[
        ("Career Objective", ["Dedicated MBBS graduate seeking a categorical residency position in Internal Medicine, with a long-term interest in Nephrology."]),
        ("Education", [item("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "Madras Medical College, Chennai, Tamil Nadu (The Tamil Nadu Dr. M.G.R. Medical University)", "Aug 2015 – Mar 2021"),
                       item("Compulsory Rotating Residential Internship (CRRI)", "Rajiv Gandhi Government General Hospital, Chennai", "Mar 2020 – Mar 2021")]),
        ("USMLE / Certification", ["USMLE Step 1: PASS (first attempt, 2022)", "USMLE Step 2 CK: 246 (2023)", "ECFMG Certified (June 2023)", "PLAB 1: Passed (2021) – not pursued further", "Visa: Will require J-1 sponsorship (ECFMG)"]),
        ("US Clinical Experience", [
            item("Clinical Externship – Internal Medicine (hands-on)", "The Brookdale University Hospital Medical Center, Brooklyn, NY", "Mar 2024 – May 2024",
                 ["Pre-rounded on 6–8 patients daily, wrote progress notes under supervision", "Presented cases at morning report"]),
            item("Observership – Nephrology", "Houston Methodist Hospital, Houston, TX", "06/2024 – 07/2024",
                 ["Observed dialysis unit and inpatient nephrology consults"])]),
        ("Clinical Experience (India)", [
            item("Junior Resident (non-academic), Department of General Medicine", "Government Stanley Medical College Hospital, Chennai", "Apr 2021 – Dec 2023",
                 ["Managed medical wards and casualty, ~40 admissions per on-call day", "COVID-19 ward duty during second wave (2021)"])]),
        ("Publications", ["Raghunathan A, Kumar S, Pillai R. Prevalence of CKD of unknown etiology among agricultural workers in Tamil Nadu. Indian J Nephrol. 2022;32(4):311-317.",
                          "Raghunathan A, Balaji V. Hyponatremia outcomes in elderly inpatients: a retrospective cohort. J Assoc Physicians India. 2023;71(2):45-49.",
                          "Poster: Raghunathan A. 'Renal outcomes after snakebite envenomation' – APICON 2022, Kolkata (poster)."]),
        ("Languages", ["English (fluent), Tamil (native), Hindi (conversational)"]),
        ("References", ["Dr. Michael Rosen, MD – Program Director, Internal Medicine, Brookdale University Hospital | mrosen@bhmcny.org | +1 (718) 240-5000",
                        "Dr. S. Venkatesan, MD – Professor of Medicine, Madras Medical College | venkatesan.s@mmc.ac.in | +91 44 2530 5000"]),
    ],
    t=dict(full_name="Ananya Raghunathan", email="ananya.raghu21@gmail.com", phone_e164="+919840122736",
           medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2021, is_student=False,
           usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
           specialties=["Internal Medicine", "Nephrology"], languages=["English", "Tamil", "Hindi"], publications=2,
           usce_entries=[E("hands_on", "Internal Medicine", "NY", "2024-03", "2024-05"), E("observership", "Nephrology", "TX", "2024-06", "2024-07")]),
)

# ---------------------------------------------------------------- 002
P[2] = dict(
    layout="word_template_lo_pdf", ext="pdf",
    name="Muhammad Bilal Siddiqui", alt=None, headline="MBBS – Cardiology-focused Internal Medicine candidate",
    email="bilal.siddiqui.md@outlook.com", phone="0300-8451290 (PK) / WhatsApp +92 300 8451290", address="House 22-B, Block 7, Gulshan-e-Iqbal, Karachi, Pakistan",
    linkedin=None,
    sections=[
        ("Professional Summary", ["Aga Khan University graduate with 13 months of cardiovascular research in Ohio and US clinical experience. Applying for Internal Medicine residency with plans to pursue Cardiology fellowship."]),
        ("Education", [item("MBBS", "Aga Khan University Medical College, Karachi, Pakistan", "2014 – 2019"),
                       item("House Job (Internship)", "Aga Khan University Hospital, Karachi", "2019 – 2020")]),
        ("Examinations", ["USMLE Step 1 – Pass", "USMLE Step 2 CK – 238", "USMLE Step 3 – 221", "ECFMG certification: Certified", "Visa: B1/B2 (valid until 2028)"]),
        ("United States Experience", [
            item("Research Fellow – Cardiovascular Medicine", "Cleveland Clinic, Cleveland, Ohio", "2023-01 – 2024-01", ["Atrial fibrillation ablation registry; data abstraction and REDCap management"]),
            item("Observer – Cardiology", "Cleveland Clinic Heart, Vascular & Thoracic Institute, Cleveland, OH", "Jan 2024", ["Cath lab and echo reading rooms"]),
            item("Hands-on Externship – Internal Medicine", "Henry Ford Hospital, Detroit, MI", "2024.02 – 2024.04", ["Admitted and followed patients on teaching service"])]),
        ("Work Experience – Pakistan", [item("Medical Officer, Emergency Department", "Liaquat National Hospital, Karachi", "Jul 2020 – Nov 2022", ["High-volume ED with 250+ visits/day"])]),
        ("Publications", ["1. Siddiqui MB, et al. Outcomes of pulsed-field ablation in persistent AF. J Cardiovasc Electrophysiol. 2024;35(3):512-520.",
                          "2. Siddiqui MB, Khan A. Premature coronary artery disease in South Asians. Pak J Med Sci. 2021;37(6):1601-1606.",
                          "3. Ahmed R, Siddiqui MB, et al. Door-to-balloon times in Karachi. J Pak Med Assoc. 2022;72(9):1780-1784.",
                          "Abstracts: AHA Scientific Sessions 2023 (2 abstracts)"]),
        ("Languages", ["English, Urdu, Punjabi"]),
        ("Referees", ["Dr. Omar Haddad, MD – Staff Electrophysiologist, Cleveland Clinic – haddado@ccf.org – (216) 444-2200",
                      "Dr. Hina Qureshi – Internal Medicine, Henry Ford Hospital – hqureshi2@hfhs.org"]),
    ],
    t=dict(full_name="Muhammad Bilal Siddiqui", email="bilal.siddiqui.md@outlook.com", phone_e164="+923008451290",
           medical_school="Aga Khan University", medical_school_country="PK", graduation_year=2019, is_student=False,
           usmle_step1="pass", usmle_step2ck=238, usmle_step3=221, ecfmg_status="certified", visa_status="b1b2",
           specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"], publications=3,
           usce_entries=[E("research", "Cardiology", "OH", "2023-01", "2024-01"), E("observership", "Cardiology", "OH", "2024-01", "2024-01"),
                         E("hands_on", "Internal Medicine", "MI", "2024-02", "2024-04")]),
)

# ---------------------------------------------------------------- 003
P[3] = dict(
    layout="gdocs_onecol_odt", ext="odt",
    name="Camila Andrea Restrepo Gómez", alt=None, headline="Médica y Cirujana",
    email="camila.restrepo.g@gmail.com", phone="+57 310 456 7821", address="Medellín, Antioquia, Colombia",
    linkedin=None,
    sections=[
        ("Education", [item("Médico y Cirujano (MD equivalent)", "Universidad de Antioquia, Facultad de Medicina – Medellín, Colombia", "2016 – 2022 (graduated Dec 2022)")]),
        ("USMLE", ["Step 1: Pass (2024)", "Step 2 CK: scheduled for February 2027", "ECFMG status: pending (Step 2 CK outstanding)", "UWorld self-assessment: 71%"]),
        ("US Clinical Experience", [item("Observership, Pediatrics", "Nicklaus Children's Hospital, Miami, Florida", "March–May 2025",
                                         ["Attended rounds in general pediatrics and PICU", "Daily teaching conferences"])]),
        ("Clinical Experience – Colombia", [
            item("Servicio Social Obligatorio (rural physician)", "E.S.E. Hospital San Juan de Dios, Santa Fe de Antioquia", "Ene 2023 – Dic 2023", ["Outpatient pediatrics, vaccination, emergency care"]),
            item("Médica General – Urgencias Pediátricas", "Hospital Pablo Tobón Uribe, Medellín", "Feb 2024 – presente")]),
        ("Research", ["Restrepo-Gómez CA, Arango J. Bronchiolitis admissions after COVID-19 lockdown in Medellín. Iatreia. 2023;36(2):145-152.",
                      "Oral presentation: Congreso Colombiano de Pediatría 2024."]),
        ("Interests", ["Pediatrics (applying 2027 Match)"]),
        ("Visa", ["B1/B2 visa holder"]),
        ("Languages", ["Spanish (native) · English (C1) · Portuguese (intermediate)"]),
        ("References", ["Dra. Luz Helena Arango – Jefe de Pediatría, Hospital Pablo Tobón Uribe – lharango@hptu.org.co",
                        "Dr. Marcos Delgado, MD – Observership supervisor, Nicklaus Children's Hospital – marcos.delgado@nicklaushealth.org – +1 305 666 6511"]),
    ],
    t=dict(full_name="Camila Andrea Restrepo Gómez", email="camila.restrepo.g@gmail.com", phone_e164="+573104567821",
           medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2022, is_student=False,
           usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
           specialties=["Pediatrics"], languages=["Spanish", "English", "Portuguese"], publications=1,
           usce_entries=[E("observership", "Pediatrics", "FL", "2025-03", "2025-05")]),
)

# ---------------------------------------------------------------- 004
P[4] = dict(
    layout="canva_sidebar", ext="pdf",
    name="Nguyễn Thị Minh Thư", alt=None, headline="Medical Doctor · Internal Medicine & Infectious Disease",
    email="minhthu.nguyen.hmu@gmail.com", phone="(+84) 912 345 678", address="Đống Đa, Hà Nội, Việt Nam",
    linkedin="linkedin.com/in/minhthu-nguyen-md",
    skills=[("Clinical reasoning", 90), ("Point-of-care ultrasound", 70), ("EPIC / Cerner", 60), ("R & SPSS", 75)],
    sections=[
        ("Profile", ["Hanoi Medical University graduate interested in Internal Medicine and Infectious Disease, with hands-on US experience and HIV/TB research."]),
        ("Education", [item("Doctor of Medicine (Bác sĩ Đa khoa)", "Hanoi Medical University, Hà Nội", "2014 – 2020")]),
        ("USMLE", ["Step 1 — Pass", "Step 2 CK — 255", "ECFMG — Certified", "Visa — J-1 required"]),
        ("US Clinical Experience", [
            item("Sub-internship (hands-on), Infectious Disease", "University of Maryland Medical Center, Baltimore, MD", "Summer 2024"),
            item("Telehealth rotation, Internal Medicine", "Remote — primary care clinic in Sacramento, CA", "10/2024 – 12/2024")]),
        ("Experience in Vietnam", [item("Resident physician, Tropical Diseases", "National Hospital for Tropical Diseases, Hà Nội", "2020 – 2023"),
                                   item("Research associate (HIV/TB cohort)", "Oxford University Clinical Research Unit, Hà Nội", "2023 – present")]),
        ("Publications", ["4 peer-reviewed articles (e.g., Nguyen TMT et al. Lancet Reg Health West Pac 2023; Clin Infect Dis 2024; PLoS One 2022; BMC Infect Dis 2021)"]),
        ("Languages", ["Vietnamese ★★★★★", "English ★★★★☆", "French ★★★☆☆"]),
        ("Referees", ["Dr. Anthony Harris — UMMC, Baltimore — aharris@som.umaryland.edu"]),
    ],
    t=dict(full_name="Nguyễn Thị Minh Thư", email="minhthu.nguyen.hmu@gmail.com", phone_e164="+84912345678",
           medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2020, is_student=False,
           usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
           specialties=["Internal Medicine", "Infectious Disease"], languages=["Vietnamese", "English", "French"], publications=4,
           usce_entries=[E("hands_on", "Infectious Disease", "MD", "2024-06", "2024-08"), E("telehealth", "Internal Medicine", "CA", "2024-10", "2024-12")]),
)

# ---------------------------------------------------------------- 005
P[5] = dict(
    layout="canva_timeline", ext="pdf",
    name="Oluwaseun Adebayo-Okafor", alt=None, headline="MBBS · Family & Emergency Medicine",
    email="seun.adebayo.okafor@yahoo.com", phone="+234 803 555 0192", address="Ibadan, Oyo State, Nigeria",
    linkedin=None,
    sections=[
        ("About me", ["Physician from Nigeria pursuing Family Medicine or Emergency Medicine residency. Requires J-1 visa sponsorship."]),
        ("Education", [item("MBBS", "University of Ibadan, College of Medicine", "2011 – 2018"),
                       item("Housemanship", "University College Hospital (UCH), Ibadan", "2018 – 2019")]),
        ("Timeline — US Clinical Experience", [
            item("Hands-on rotation · Family Medicine", "Morehouse School of Medicine affiliate clinic, Atlanta, GA", "Jan 2023 – Mar 2023"),
            item("Hands-on rotation · Emergency Medicine", "Grady Memorial Hospital, Atlanta, GA", "Apr 2023"),
            item("Observership · Internal Medicine", "Saint Michael's Medical Center, Newark, NJ", "2023-09 – 2023-10"),
            item("Research volunteer · Emergency Medicine", "Emory University, Department of Emergency Medicine, Atlanta, GA", "Nov 2023 – Jun 2024")]),
        ("Timeline — Nigeria", [item("Medical Officer", "Federal Medical Centre, Abeokuta", "2019 – 2022"),
                                item("NYSC Medical Officer", "General Hospital, Ilorin", "2019 – 2020")]),
        ("Scores", ["USMLE Step 1: PASS", "USMLE Step 2 CK: 241", "USMLE Step 3: 229", "ECFMG Certified ✓"]),
        ("Posters", ["Adebayo-Okafor O. Sickle cell crises in the ED – SAEM 2024 (poster)", "Adebayo-Okafor O. Hypertension screening in rural Oyo – WONCA Africa 2022 (poster)"]),
        ("Languages", ["English • Yoruba • Igbo"]),
        ("References", ["Dr. Kimberly Brown, MD – Grady EM – kbrown@emory.edu – 404-616-1000"]),
    ],
    t=dict(full_name="Oluwaseun Adebayo-Okafor", email="seun.adebayo.okafor@yahoo.com", phone_e164="+2348035550192",
           medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2018, is_student=False,
           usmle_step1="pass", usmle_step2ck=241, usmle_step3=229, ecfmg_status="certified", visa_status="j1",
           specialties=["Family Medicine", "Emergency Medicine"], languages=["English", "Yoruba", "Igbo"], publications=0,
           usce_entries=[E("hands_on", "Family Medicine", "GA", "2023-01", "2023-03"), E("hands_on", "Emergency Medicine", "GA", "2023-04", "2023-04"),
                         E("observership", "Internal Medicine", "NJ", "2023-09", "2023-10"), E("research", "Emergency Medicine", "GA", "2023-11", "2024-06")]),
)

# ---------------------------------------------------------------- 006
P[6] = dict(
    layout="linkedin_export", ext="pdf",
    name="Kateryna Bondarenko", alt="Катерина Бондаренко", headline="MD | Psychiatry & Neurology | USMLE Step 2 CK 232",
    email="k.bondarenko.md@gmail.com", phone="+380 67 123 4567 (Mobile)", address="Kraków, Małopolskie, Poland",
    linkedin="www.linkedin.com/in/kateryna-bondarenko-md (LinkedIn)",
    top_skills=["Psychiatric Interviewing", "Neurological Examination", "Clinical Research"],
    langs_block=["Ukrainian (Native or Bilingual)", "Russian (Native or Bilingual)", "English (Full Professional)", "Polish (Professional Working)"],
    sections=[
        ("Summary", ["Ukrainian physician (Bogomolets NMU, 2023) applying to Psychiatry residency; also interested in Neurology. ECFMG certification pending; will need a J-1 visa."]),
        ("Experience", [
            item("Observer, Department of Psychiatry", "Mount Sinai Hospital", "February 2025 - April 2025 (3 months)", ["New York, New York, United States"]),
            item("Physician (psychiatry clinic)", "Szpital Kliniczny im. dr. J. Babińskiego", "June 2024 - Present (2 years 7 months)", ["Kraków, Małopolskie, Poland"]),
            item("Intern Physician", "Kyiv City Psychiatric Hospital No. 1", "August 2023 - May 2024 (10 months)", ["Kyiv, Ukraine"])]),
        ("Education", [item("Bogomolets National Medical University", "Doctor of Medicine - MD, Medicine", "2017 - 2023"),
                       item("USMLE", "Step 1: Pass · Step 2 CK: 232", "2024 - 2025")]),
        ("Publications", ["Bondarenko K, Shevchenko O. PTSD symptoms among internally displaced persons in Ukraine. Psychiatr Danub. 2024;36(1):88-95."]),
    ],
    t=dict(full_name="Kateryna Bondarenko", email="k.bondarenko.md@gmail.com", phone_e164="+380671234567",
           medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2023, is_student=False,
           usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
           specialties=["Psychiatry", "Neurology"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=1,
           usce_entries=[E("observership", "Psychiatry", "NY", "2025-02", "2025-04")]),
)

# ---------------------------------------------------------------- 007
P[7] = dict(
    layout="europass_labels", ext="pdf",
    name="Mateusz Wiśniewski", alt=None, headline="Curriculum Vitae (Europass)",
    email="mateusz.wisniewski@wum.edu.pl", phone="(+48) 601 234 567", address="ul. Żwirki i Wigury 61, 02-091 Warszawa, Polska",
    linkedin=None,
    personal=[("Date of birth", "14/03/1996"), ("Nationality", "Polish"), ("Sex", "Male")],
    sections=[
        ("DESIRED EMPLOYMENT", ["Residency position – Anesthesiology"]),
        ("WORK EXPERIENCE", [
            item("Research Fellow, Department of Anesthesiology and Critical Care", "Perelman School of Medicine, University of Pennsylvania, Philadelphia, PA (USA)", "11/2024 – ongoing"),
            item("Visiting Clinical Student (hands-on) – Anesthesiology", "Penn State Health Milton S. Hershey Medical Center, Hershey, PA (USA)", "Sep–Oct 2024"),
            item("Lekarz stażysta (Intern doctor)", "Szpital Bielański, Warszawa (Poland)", "10/2021 – 09/2022"),
            item("Rezydent – Anestezjologia i Intensywna Terapia", "Centralny Szpital Kliniczny WUM, Warszawa (Poland)", "10/2022 – 08/2024")]),
        ("EDUCATION AND TRAINING", [item("Lekarz (Physician, MD equivalent)", "Warszawski Uniwersytet Medyczny / Medical University of Warsaw", "10/2015 – 06/2021")]),
        ("USMLE / ECFMG", ["Step 1: Pass; Step 2 CK: 260; ECFMG certified 2024. LEK (Polish final medical exam): 172/200", "Visa: J-1 (research scholar, current)"]),
        ("PERSONAL SKILLS – Mother tongue", ["Polish"]),
        ("Other languages", ["English – C2 ; German – B2"]),
        ("PUBLICATIONS", ["Wiśniewski M, et al. Regional anesthesia and delirium after hip fracture. Anaesthesiol Intensive Ther. 2023;55(2):101-108.",
                          "Wiśniewski M, Nowak P. Sugammadex vs neostigmine in bariatric surgery. Br J Anaesth. 2025;134(1):112-119.",
                          "Manuscript in preparation: Perioperative ketamine and opioid use (UPenn)."]),
        ("REFERENCES", ["Prof. Janusz Kowalczyk – janusz.kowalczyk@wum.edu.pl", "Dr. Rachel Gordon, MD – UPenn Anesthesiology – rachel.gordon@pennmedicine.upenn.edu – +1 215 662 3738"]),
    ],
    t=dict(full_name="Mateusz Wiśniewski", email="mateusz.wisniewski@wum.edu.pl", phone_e164="+48601234567",
           medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2021, is_student=False,
           usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
           specialties=["Anesthesiology"], languages=["Polish", "English", "German"], publications=2,
           usce_entries=[E("research", "Anesthesiology", "PA", "2024-11", "2026-12"), E("hands_on", "Anesthesiology", "PA", "2024-09", "2024-10")]),
)

# ---------------------------------------------------------------- 008
P[8] = dict(
    layout="canva_twocol_arabic", ext="pdf",
    name="Fatima Zahra El Amrani", alt="فاطمة الزهراء العمراني", headline="Médecin généraliste · OB/GYN applicant",
    email="fz.elamrani@gmail.com", phone="+212 6 61 23 45 67", address="Casablanca, Maroc",
    linkedin=None,
    skills=[("Obstetric ultrasound", 80), ("Labor & delivery", 85), ("Surgical assisting", 65)],
    sections=[
        ("Profil", ["Moroccan physician applying to Obstetrics and Gynecology residency in the United States."]),
        ("Formation", [item("Doctorat en Médecine", "Faculté de Médecine et de Pharmacie de Casablanca – Université Hassan II", "2015 – 2022")]),
        ("USMLE", ["Step 1 : Pass (2024)", "Step 2 CK : en préparation (NBME 11 practice: 236)", "ECFMG : pending", "Visa : B1/B2"]),
        ("US Clinical Experience", [
            item("Observership – Obstetrics & Gynecology", "Northwestern Memorial Hospital (Prentice Women's), Chicago, IL", "Jul 2025 – Aug 2025"),
            item("Externship (hands-on) – OB/GYN", "Mount Sinai Hospital, Chicago, IL", "Sep 2025")]),
        ("Expérience au Maroc", [item("Médecin interne, Maternité Lalla Meryem", "CHU Ibn Rochd, Casablanca", "2020 – 2022"),
                                 item("Médecin généraliste", "Centre de santé Hay Hassani, Casablanca", "2022 – présent")]),
        ("Langues", ["Arabe (langue maternelle) · Français (courant) · Anglais (courant) · Espagnol (notions)"]),
        ("Références", ["Dr. Emily Carter, MD – Northwestern OB/GYN – ecarter@nm.org"]),
    ],
    t=dict(full_name="Fatima Zahra El Amrani", email="fz.elamrani@gmail.com", phone_e164="+212661234567",
           medical_school="Faculté de Médecine et de Pharmacie de Casablanca", medical_school_country="MA", graduation_year=2022, is_student=False,
           usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
           specialties=["Obstetrics and Gynecology"], languages=["Arabic", "French", "English", "Spanish"], publications=0,
           usce_entries=[E("observership", "Obstetrics and Gynecology", "IL", "2025-07", "2025-08"), E("hands_on", "Obstetrics and Gynecology", "IL", "2025-09", "2025-09")]),
)

# ---------------------------------------------------------------- 009
P[9] = dict(
    layout="eras_list_docx", ext="docx",
    name="Rahul Mehta", alt=None, headline="Final-year MBBS student",
    email="rahul.mehta.kmc@gmail.com", phone="+91-99001-23456", address="Manipal, Karnataka, India",
    linkedin=None,
    sections=[
        ("Education", [item("MBBS (in progress; expected graduation 2027)", "Kasturba Medical College, Manipal – Manipal Academy of Higher Education", "08/2021 – expected 2027")]),
        ("Licensure Exams", ["USMLE Step 1: Pass (03/2025)", "NBME CBSSA Form 27 (practice): 245", "Step 2 CK: not yet taken"]),
        ("Experiences", [
            item("Experience type: Volunteer / Clinical elective (hands-on)  |  Internal Medicine", "Organization: Jersey City Medical Center (RWJBarnabas Health) – Jersey City, NJ, USA", "Dates: 06/2025 – 07/2025",
                 ["Supervisor: Dr. Alan Fishman, alan.fishman@rwjbh.org", "Hours per week: 50", "Description: Admitted patients, wrote H&Ps and daily notes, presented on rounds."]),
            item("Experience type: Observership  |  Gastroenterology", "Organization: Hackensack University Medical Center – Hackensack, NJ, USA", "Dates: 08/2025 – 08/2025",
                 ["Supervisor: Dr. Priya Nair, pnair@hmhn.org", "Description: Endoscopy suite and GI clinic."]),
            item("Experience type: Clinical posting", "Organization: Kasturba Hospital, Manipal – India", "Dates: 2023 – present",
                 ["Description: Core clerkships in Medicine, Surgery, Pediatrics, OBG."])]),
        ("Publications", ["Peer-reviewed journal article: Mehta R, Shetty A. Non-alcoholic fatty liver disease in lean Indians. J Clin Exp Hepatol. 2025;15(1):101-107.",
                          "Poster presentation: Mehta R. H. pylori eradication rates in coastal Karnataka – ISG 2024."]),
        ("Specialty interests", ["Internal Medicine; Gastroenterology"]),
        ("Languages", ["English – Advanced; Hindi – Native; Gujarati – Native; Kannada – Basic"]),
    ],
    t=dict(full_name="Rahul Mehta", email="rahul.mehta.kmc@gmail.com", phone_e164="+919900123456",
           medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2027, is_student=True,
           usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
           specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Hindi", "Gujarati", "Kannada"], publications=1,
           usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2025-06", "2025-07"), E("observership", "Gastroenterology", "NJ", "2025-08", "2025-08")]),
)

# ---------------------------------------------------------------- 010
P[10] = dict(
    layout="email_plaintext", ext="txt",
    name="Siti Nurhaliza binti Ahmad", alt=None, headline="",
    email="sitinurhaliza.ahmad@yahoo.com.my", phone="012-345 6789", address="Kuala Lumpur, Malaysia",
    linkedin=None,
    sections=[],
    t=dict(full_name="Siti Nurhaliza binti Ahmad", email="sitinurhaliza.ahmad@yahoo.com.my", phone_e164="+60123456789",
           medical_school="Universiti Kebangsaan Malaysia", medical_school_country="MY", graduation_year=2019, is_student=False,
           usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
           specialties=["Pediatrics"], languages=["Malay", "English", "Mandarin"], publications=1,
           usce_entries=[E("observership", "Pediatrics", "OH", "2024-10", "2024-12")]),
)

# ---------------------------------------------------------------- 011
P[11] = dict(
    layout="rtf_oldwp", ext="rtf",
    name="Ahmed Hassan Abdelrahman", alt="أحمد حسن عبد الرحمن", headline="M.B.B.Ch.",
    email="ahmed.h.abdelrahman@hotmail.com", phone="+20 100 123 4567", address="12 El-Tahrir St., Dokki, Giza, Egypt",
    linkedin=None,
    sections=[
        ("EDUCATION", [item("M.B.B.Ch. (Bachelor of Medicine and Surgery), Very Good with Honours", "Faculty of Medicine, Cairo University (Kasr Al Ainy)", "Sept 2010 - Dec 2016"),
                       item("Internship year", "Kasr Al Ainy University Hospitals", "Mar 2017 - Feb 2018")]),
        ("USMLE", ["Step 1: Passed   Step 2 CK: 228   Step 2 CS: Passed (2019)", "ECFMG Certificate: issued 2020", "Visa: J-1 required"]),
        ("UNITED STATES EXPERIENCE", [
            item("Research Fellow, Division of Surgical Oncology", "Mayo Clinic, Rochester, MN", "2022-09 to 2023-08"),
            item("Observership, General Surgery", "Mayo Clinic, Rochester, MN", "2023-09 to 2023-10"),
            item("Hands-on Externship, General Surgery", "Baylor Scott & White Medical Center, Temple, TX", "2024-01 to 2024-03")]),
        ("EXPERIENCE IN EGYPT", [item("Resident, General Surgery", "Kasr Al Ainy Hospital, Cairo", "Mar 2018 - Aug 2022"),
                                 item("Assistant Lecturer of Surgery", "Cairo University", "2021 - 2022")]),
        ("PUBLICATIONS (peer-reviewed)", ["1. Abdelrahman AH et al. Laparoscopic vs open appendectomy in Egypt. Egypt J Surg. 2019.",
                                          "2. Abdelrahman AH et al. Surgical site infection bundles. Surg Infect (Larchmt). 2020.",
                                          "3. Abdelrahman AH, Farouk M. Pancreaticoduodenectomy outcomes. HPB (Oxford). 2021.",
                                          "4. Smith J, Abdelrahman AH, et al. Margin status in gastric cancer. Ann Surg Oncol. 2023.",
                                          "5. Abdelrahman AH, et al. Frailty and colectomy outcomes. J Surg Res. 2024.",
                                          "Submitted: 2 manuscripts under review (JAMA Surg; Surgery)"]),
        ("LANGUAGES", ["Arabic (mother tongue), English (fluent), German (B1)"]),
        ("CAREER GOAL", ["General Surgery residency"]),
        ("REFERENCES", ["Prof. Mohamed Farouk, Kasr Al Ainy - mfarouk@kasralainy.edu.eg - +20 2 2365 4060",
                        "Dr. Travis Holm, MD - Mayo Clinic - holm.travis@mayo.edu"]),
    ],
    t=dict(full_name="Ahmed Hassan Abdelrahman", email="ahmed.h.abdelrahman@hotmail.com", phone_e164="+201001234567",
           medical_school="Cairo University", medical_school_country="EG", graduation_year=2016, is_student=False,
           usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
           specialties=["General Surgery"], languages=["Arabic", "English", "German"], publications=5,
           usce_entries=[E("research", "General Surgery", "MN", "2022-09", "2023-08"), E("observership", "General Surgery", "MN", "2023-09", "2023-10"),
                         E("hands_on", "General Surgery", "TX", "2024-01", "2024-03")]),
)

# ---------------------------------------------------------------- 012
P[12] = dict(
    layout="odt_footer_contacts", ext="odt",
    name="Lucía Fernández Ortiz", alt=None, headline="Médica Cirujana — Emergency Medicine",
    email="lucia.fernandez.ortiz@protonmail.com", phone="+52 1 55 1234 5678", address="Coyoacán, Ciudad de México, México",
    linkedin=None,
    sections=[
        ("Education", [item("Médico Cirujano", "Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)", "2014 – 2020"),
                       item("Servicio Social", "Centro de Salud T-III, Iztapalapa", "2019 – 2020")]),
        ("Board exams", ["USMLE Step 1 – Pass · Step 2 CK – 249 · ECFMG certified", "ENARM 2021: 78.4 (national residency exam, Mexico)", "Citizenship: Mexican & U.S. citizen (born in San Diego, CA)"]),
        ("U.S. clinical rotations", [
            item("Emergency Medicine – hands-on sub-internship", "UC San Diego Health, San Diego, CA", "01/2024–02/2024"),
            item("Internal Medicine – hands-on clerkship", "Scripps Mercy Hospital, San Diego, CA", "02/2024–04/2024"),
            item("Emergency Medicine – observership", "Banner – University Medical Center Tucson, AZ", "May 2024")]),
        ("Experience in Mexico", [item("Médica general, Urgencias", "Hospital General de México \"Dr. Eduardo Liceaga\"", "2020 – 2023")]),
        ("Goal", ["Emergency Medicine residency"]),
        ("Languages", ["Spanish (native), English (native)"]),
        ("References", ["Dr. Christian Tamura – UCSD Emergency Medicine – ctamura@health.ucsd.edu"]),
    ],
    t=dict(full_name="Lucía Fernández Ortiz", email="lucia.fernandez.ortiz@protonmail.com", phone_e164="+525512345678",
           medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2020, is_student=False,
           usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
           specialties=["Emergency Medicine"], languages=["Spanish", "English"], publications=0,
           usce_entries=[E("hands_on", "Emergency Medicine", "CA", "2024-01", "2024-02"), E("hands_on", "Internal Medicine", "CA", "2024-02", "2024-04"),
                         E("observership", "Emergency Medicine", "AZ", "2024-05", "2024-05")]),
)

# ---------------------------------------------------------------- 013
P[13] = dict(
    layout="docx_table_europass", ext="docx",
    name="Arash Karimi", alt="آرش کریمی", headline="MD – Neurology",
    email="arash.karimi.neuro@gmail.com", phone="+1 (617) 555-0148 (US cell)", address="Brookline, MA 02446, USA",
    linkedin=None,
    personal=[("Date of birth", "1990"), ("Place of birth", "Tehran, Iran"), ("Status", "Permanent resident (Green Card holder)")],
    sections=[
        ("Education", [item("Doctor of Medicine (MD)", "Tehran University of Medical Sciences (TUMS), Tehran, Iran", "2009 – 2016")]),
        ("USMLE", ["Step 1: 241 | Step 2 CK: 251 | Step 3: 236 | ECFMG: Certified"]),
        ("US Experience", [
            item("Postdoctoral Research Fellow – Neurology (stroke)", "Massachusetts General Hospital, Boston, MA", "2021-03 – 2023-02"),
            item("Clinical Observer – Neurology", "Beth Israel Deaconess Medical Center, Boston, MA", "2023-03 – 2023-04"),
            item("Hands-on Externship – Neurology", "Yale New Haven Hospital, New Haven, CT", "2023-06 – 2023-08"),
            item("Sub-internship – Internal Medicine", "NYC Health + Hospitals/Jacobi, Bronx, NY", "2023-09")]),
        ("Experience in Iran", [item("General practitioner (mandatory service)", "Zahedan University of Medical Sciences", "2016 – 2018"),
                                item("Research assistant, Iranian Center of Neurological Research", "Imam Khomeini Hospital, Tehran", "2018 – 2021")]),
        ("Publications", ["Six peer-reviewed papers (Stroke 2022; Neurology 2023; J Stroke Cerebrovasc Dis 2021; Front Neurol 2020; Iran J Neurol 2019, 2018)."]),
        ("Specialty", ["Neurology"]),
        ("Languages", ["Farsi (native), English (fluent), Arabic (reading)"]),
        ("References", ["Dr. Natalie Brenner, MD – MGH Stroke Division – nbrenner@mgh.harvard.edu – (617) 726-2000"]),
    ],
    t=dict(full_name="Arash Karimi", email="arash.karimi.neuro@gmail.com", phone_e164="+16175550148",
           medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2016, is_student=False,
           usmle_step1=241, usmle_step2ck=251, usmle_step3=236, ecfmg_status="certified", visa_status="green_card",
           specialties=["Neurology"], languages=["Persian", "English", "Arabic"], publications=6,
           usce_entries=[E("research", "Neurology", "MA", "2021-03", "2023-02"), E("observership", "Neurology", "MA", "2023-03", "2023-04"),
                         E("hands_on", "Neurology", "CT", "2023-06", "2023-08"), E("hands_on", "Internal Medicine", "NY", "2023-09", "2023-09")]),
)

# ---------------------------------------------------------------- 014
P[14] = dict(
    layout="gdocs_export_pdf", ext="pdf",
    name="Elif Yıldız", alt=None, headline="MD · Hematology/Oncology research fellow",
    email="elif.yildiz@hacettepe.edu.tr", phone="+90 532 123 45 67", address="Houston, TX (current) · Ankara, Türkiye",
    linkedin=None,
    sections=[
        ("Education", [item("Doctor of Medicine (Tıp Doktoru)", "Hacettepe University Faculty of Medicine, Ankara, Türkiye", "2015 – 2021")]),
        ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 257", "ECFMG Certified (2023)", "Visa: J-1 (current research scholar)"]),
        ("US Experience", [
            item("Postdoctoral Research Fellow, Lymphoma/Myeloma", "The University of Texas MD Anderson Cancer Center, Houston, TX", "2024-03 – present"),
            item("Clinical Observership, Hematology/Oncology", "MD Anderson Cancer Center, Houston, TX", "Jun 2025 – Jul 2025")]),
        ("Experience in Türkiye", [item("Research Assistant (Resident), Internal Medicine", "Hacettepe University Hospitals, Ankara", "2021 – 2024")]),
        ("Publications", ["Yıldız E, et al. CAR-T toxicity in older adults. Blood Adv. 2025.", "Yıldız E, et al. Bispecifics in myeloma. Leukemia. 2025.",
                          "Yıldız E, Aksu S. Iron deficiency in CKD. Turk J Haematol. 2022.", "Abstract: ASH 2024 (oral)."]),
        ("Interests", ["Hematology/Oncology; Internal Medicine"]),
        ("Languages", ["Turkish, English, German"]),
        ("Referees", ["Dr. Hannah Kessler – MD Anderson – hkessler@mdanderson.org – +1 713 792 2121"]),
    ],
    t=dict(full_name="Elif Yıldız", email="elif.yildiz@hacettepe.edu.tr", phone_e164="+905321234567",
           medical_school="Hacettepe University", medical_school_country="TR", graduation_year=2021, is_student=False,
           usmle_step1="pass", usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
           specialties=["Hematology/Oncology", "Internal Medicine"], languages=["Turkish", "English", "German"], publications=3,
           usce_entries=[E("research", "Hematology/Oncology", "TX", "2024-03", "2026-12"), E("observership", "Hematology/Oncology", "TX", "2025-06", "2025-07")]),
)

# ---------------------------------------------------------------- 015
P[15] = dict(
    layout="lo_rtf_export", ext="rtf",
    name="Wei-Ling Chen", alt="陳威伶", headline="M.D. — Diagnostic Radiology",
    email="weiling.chen.md@gmail.com", phone="+886 912-345-678", address="Palo Alto, CA / Taipei, Taiwan",
    linkedin=None,
    sections=[
        ("Education", [item("Doctor of Medicine (M.D.)", "National Taiwan University College of Medicine, Taipei", "2013 – 2020")]),
        ("USMLE & Status", ["Step 1 – Pass; Step 2 CK – 262; ECFMG Certified", "Current visa: H-1B (research)"]),
        ("US Experience", [
            item("Research Fellow, Department of Radiology (AI in chest imaging)", "Stanford University School of Medicine, Stanford, CA", "Aug 2023 – current"),
            item("Observership, Diagnostic Radiology", "Stanford Health Care, Palo Alto, CA", "Feb 2025")]),
        ("Experience in Taiwan", [item("PGY (post-graduate year) resident", "National Taiwan University Hospital", "2020 – 2022"),
                                  item("Radiology resident (R1–R2)", "Taipei Veterans General Hospital", "2022 – 2023")]),
        ("Publications", ["1. Chen WL, et al. Radiology: Artificial Intelligence. 2024.", "2. Chen WL, et al. Eur Radiol. 2024.",
                          "3. Chen WL, Lin YC. J Formos Med Assoc. 2022.", "4. Chen WL, et al. Korean J Radiol. 2023.", "RSNA 2024 poster (not counted)."]),
        ("Interests", ["Radiology"]),
        ("Languages", ["Mandarin, Taiwanese Hokkien, English, Japanese (JLPT N2)"]),
        ("Reference", ["Dr. Curtis Ambrose, MD PhD – Stanford Radiology – ambrose.c@stanford.edu"]),
    ],
    t=dict(full_name="Wei-Ling Chen", email="weiling.chen.md@gmail.com", phone_e164="+886912345678",
           medical_school="National Taiwan University College of Medicine", medical_school_country="TW", graduation_year=2020, is_student=False,
           usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
           specialties=["Radiology"], languages=["Mandarin", "Taiwanese Hokkien", "English", "Japanese"], publications=4,
           usce_entries=[E("research", "Radiology", "CA", "2023-08", "2026-12"), E("observership", "Radiology", "CA", "2025-02", "2025-02")]),
)

# ---------------------------------------------------------------- 016
P[16] = dict(
    layout="docx_sidebar_table", ext="docx",
    name="Jean-Baptiste Nkurunziza", alt=None, headline="MBChB — Infectious Disease / Internal Medicine",
    email="jb.nkurunziza@gmail.com", phone="+250 788 123 456", address="Kigali, Rwanda",
    linkedin=None,
    sections=[
        ("Education", [item("Bachelor of Medicine and Bachelor of Surgery (MBChB)", "University of Rwanda, College of Medicine and Health Sciences, Huye/Kigali", "2013 – 2019")]),
        ("Exams", ["USMLE Step 1: Pass (2025)", "MCCQE Part I: Pass (2024)", "Step 2 CK: planned 2027"]),
        ("Clinical experience", [
            item("Medical Officer, Internal Medicine & HIV clinic", "Butaro District Hospital (Partners In Health / Inshuti Mu Buzima), Burera", "2019 – 2022"),
            item("General Practitioner", "King Faisal Hospital, Kigali", "2022 – present"),
            item("Clinical observer, Infectious Diseases", "Toronto General Hospital, Toronto, ON, Canada", "May–June 2024")]),
        ("Publications", ["Nkurunziza JB, et al. Viral load suppression among adolescents in rural Rwanda. AIDS Care. 2021.",
                          "Nkurunziza JB, Mukamana D. Cryptococcal meningitis outcomes in Burera. Rwanda Med J. 2022."]),
        ("Career interest", ["Infectious Disease, Internal Medicine (seeking J-1 sponsored residency)"]),
        ("Languages", ["Kinyarwanda, French, English, Swahili"]),
        ("Referees", ["Dr. Sarah Mukamana – King Faisal Hospital – s.mukamana@kfh.rw – +250 788 300 400",
                      "Dr. Isaac Moreau – Toronto General Hospital – isaac.moreau@uhn.ca"]),
    ],
    t=dict(full_name="Jean-Baptiste Nkurunziza", email="jb.nkurunziza@gmail.com", phone_e164="+250788123456",
           medical_school="University of Rwanda", medical_school_country="RW", graduation_year=2019, is_student=False,
           usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="j1",
           specialties=["Infectious Disease", "Internal Medicine"], languages=["Kinyarwanda", "French", "English", "Swahili"], publications=2,
           usce_entries=[]),
)

# ---------------------------------------------------------------- scans 017-021
P[17] = dict(
    layout="scan_phone_photo_jpg", ext="jpg",
    name="Dimitrios Papadopoulos", alt="Δημήτριος Παπαδόπουλος", headline="MD — Cardiology",
    email="d.papadopoulos.md@gmail.com", phone="+30 694 123 4567", address="Athens, Greece",
    linkedin=None,
    sections=[
        ("Education", [item("Ptychio Iatrikis (MD)", "National and Kapodistrian University of Athens, School of Medicine", "2012 – 2018")]),
        ("USMLE", ["Step 1: 232   Step 2 CK: 240   ECFMG: certified", "Visa: J-1 needed"]),
        ("US Clinical Experience", [item("Observership, Cardiology", "Mount Sinai Medical Center, Miami Beach, FL", "Nov 2023 – Jan 2024")]),
        ("Greece", [item("Rural physician (Agrotiko)", "Health Centre of Naxos", "2018 – 2019"), item("Cardiology resident", "Hippokration General Hospital, Athens", "2020 – present")]),
        ("Publications", ["3 peer-reviewed papers (Hellenic J Cardiol 2021, 2022; Int J Cardiol 2023)"]),
        ("Interest", ["Cardiology"]),
        ("Languages", ["Greek, English, German"]),
    ],
    t=dict(full_name="Dimitrios Papadopoulos", email="d.papadopoulos.md@gmail.com", phone_e164="+306941234567",
           medical_school="National and Kapodistrian University of Athens", medical_school_country="GR", graduation_year=2018, is_student=False,
           usmle_step1=232, usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
           specialties=["Cardiology"], languages=["Greek", "English", "German"], publications=3,
           usce_entries=[E("observership", "Cardiology", "FL", "2023-11", "2024-01")]),
)
P[18] = dict(
    layout="scan_office_pdf", ext="pdf",
    name="Priya Shrestha", alt=None, headline="MBBS",
    email="priya.shrestha.iom@gmail.com", phone="+977 984-1234567", address="Lalitpur, Nepal",
    linkedin=None,
    sections=[
        ("Education", [item("MBBS", "Institute of Medicine, Tribhuvan University (Maharajgunj Medical Campus), Kathmandu", "2014 – 2020")]),
        ("USMLE", ["Step 1: Pass; Step 2 CK: 235; ECFMG: Certified; Visa: B1/B2"]),
        ("US Clinical Experience", [item("Hands-on externship, Pediatrics", "Bronx-Lebanon (BronxCare) Hospital Center, Bronx, NY", "Apr 2025 – Jun 2025"),
                                    item("Observership, Family Medicine", "Wyckoff Heights Medical Center, Brooklyn, NY", "Jul 2025")]),
        ("Nepal", [item("Medical Officer", "Kanti Children's Hospital, Kathmandu", "2021 – 2024")]),
        ("Publications", ["Shrestha P, et al. Neonatal sepsis in Nepal. JNMA J Nepal Med Assoc. 2022."]),
        ("Interests", ["Pediatrics, Family Medicine"]),
        ("Languages", ["Nepali, Hindi, English"]),
    ],
    t=dict(full_name="Priya Shrestha", email="priya.shrestha.iom@gmail.com", phone_e164="+9779841234567",
           medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2020, is_student=False,
           usmle_step1="pass", usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
           specialties=["Pediatrics", "Family Medicine"], languages=["Nepali", "Hindi", "English"], publications=1,
           usce_entries=[E("hands_on", "Pediatrics", "NY", "2025-04", "2025-06"), E("observership", "Family Medicine", "NY", "2025-07", "2025-07")]),
)
P[19] = dict(
    layout="scan_png", ext="png",
    name="Tomás Oliveira Santos", alt=None, headline="Médico — Pulmonology/Critical Care",
    email="tomas.oliveira.santos@usp.br", phone="+55 (11) 98765-4321", address="São Paulo, SP, Brasil",
    linkedin=None,
    sections=[
        ("Education", [item("Médico (MD)", "Faculdade de Medicina da Universidade de São Paulo (FMUSP)", "2013 – 2019")]),
        ("USMLE", ["Step 1: Pass · Step 2 CK: 250 · ECFMG Certified · J-1 visa required"]),
        ("US Experience", [item("Hands-on rotation, Internal Medicine", "Jackson Memorial Hospital, Miami, FL", "2024-04 – 2024-05"),
                           item("Research fellow, Pulmonary & Critical Care", "University of Miami Miller School of Medicine, FL", "2024-06 – 2024-12")]),
        ("Brazil", [item("Residência em Clínica Médica", "Hospital das Clínicas da FMUSP", "2020 – 2022")]),
        ("Publications", ["2 peer-reviewed (J Bras Pneumol 2021; Crit Care 2023)"]),
        ("Interests", ["Pulmonology/Critical Care, Internal Medicine"]),
        ("Languages", ["Portuguese, Spanish, English"]),
    ],
    t=dict(full_name="Tomás Oliveira Santos", email="tomas.oliveira.santos@usp.br", phone_e164="+5511987654321",
           medical_school="Universidade de São Paulo", medical_school_country="BR", graduation_year=2019, is_student=False,
           usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
           specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["Portuguese", "Spanish", "English"], publications=2,
           usce_entries=[E("hands_on", "Internal Medicine", "FL", "2024-04", "2024-05"), E("research", "Pulmonology/Critical Care", "FL", "2024-06", "2024-12")]),
)
P[20] = dict(
    layout="scan_phone_photo_jpg", ext="jpg",
    name="Aisha Mohammed Al-Harbi", alt=None, headline="MBBS",
    email="aisha.alharbi.md@gmail.com", phone="+966 50 123 4567", address="Riyadh, Saudi Arabia",
    linkedin=None,
    sections=[
        ("Education", [item("MBBS", "King Saud University College of Medicine, Riyadh", "2015 – 2021")]),
        ("USMLE", ["Step 1: Pass; Step 2 CK: 245; ECFMG certified; J-1"]),
        ("US Clinical Experience", [item("Observership, Endocrinology", "University of Michigan, Ann Arbor, MI", "03/2023 – 04/2023"),
                                    item("Hands-on externship, Internal Medicine", "Beaumont Hospital, Royal Oak, MI", "05/2023 – 07/2023")]),
        ("Saudi Arabia", [item("Intern", "King Khalid University Hospital", "2021 – 2022")]),
        ("Publications", ["2 peer-reviewed papers (Saudi Med J 2022; Diabetes Res Clin Pract 2023)"]),
        ("Interests", ["Endocrinology, Internal Medicine"]),
        ("Languages", ["Arabic, English"]),
    ],
    t=dict(full_name="Aisha Mohammed Al-Harbi", email="aisha.alharbi.md@gmail.com", phone_e164="+966501234567",
           medical_school="King Saud University", medical_school_country="SA", graduation_year=2021, is_student=False,
           usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
           specialties=["Endocrinology", "Internal Medicine"], languages=["Arabic", "English"], publications=2,
           usce_entries=[E("observership", "Endocrinology", "MI", "2023-03", "2023-04"), E("hands_on", "Internal Medicine", "MI", "2023-05", "2023-07")]),
)
P[21] = dict(
    layout="scan_office_pdf", ext="pdf",
    name="Kwame Mensah Boateng", alt=None, headline="MBChB",
    email="kwame.boateng.md@gmail.com", phone="+233 24 412 3456", address="Accra, Ghana",
    linkedin=None,
    sections=[
        ("Education", [item("MBChB", "University of Ghana Medical School, Accra", "2011 – 2017")]),
        ("USMLE", ["Step 1: Pass; Step 2 CK: 230; ECFMG certified"]),
        ("US Clinical Experience", [item("Hands-on rotation, Family Medicine", "Cone Health Family Medicine Center, Greensboro, NC", "Sep 2022 – Nov 2022")]),
        ("Ghana", [item("Medical Officer", "Korle Bu Teaching Hospital, Accra", "2018 – present")]),
        ("Interests", ["Geriatrics; Family Medicine"]),
        ("Languages", ["English, Twi, Ga"]),
    ],
    t=dict(full_name="Kwame Mensah Boateng", email="kwame.boateng.md@gmail.com", phone_e164="+233244123456",
           medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2017, is_student=False,
           usmle_step1="pass", usmle_step2ck=230, usmle_step3=None, ecfmg_status="certified", visa_status=None,
           specialties=["Geriatrics", "Family Medicine"], languages=["English", "Twi", "Ga"], publications=0,
           usce_entries=[E("hands_on", "Family Medicine", "NC", "2022-09", "2022-11")]),
)

DAMAGED = {
    22: ("truncated_pdf", "pdf"),
    23: ("encrypted_pdf", "pdf"),
    24: ("random_bytes_docx", "docx"),
}
