# -*- coding: utf-8 -*-
"""Content + truth for writer w94. Each person: truth (contract fields) + cv (what the document shows).
Items in sections: str (a line/paragraph) or dict(h=heading, org=..., loc=..., d=date text, b=[bullets],
setting=..., hours=...)."""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = []

# 001 Europass docx -------------------------------------------------------------
P.append(dict(
    n=1, layout="europass_docx",
    truth=dict(full_name="Rahul Venkatesh Iyer", email="rahul.v.iyer91@gmail.com", phone_e164="+919845017732",
               medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine"], languages=["English", "Hindi", "Tamil", "Kannada"], visa_status="j1",
               publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2024-03", "2024-04"),
                             E("observership", "Cardiology", "NY", "2024-05", "2024-05"),
                             E("research", "Cardiology", "MA", "2024-06", "2025-01")]),
    cv=dict(
        name="Rahul Venkatesh Iyer", title="International Medical Graduate – Internal Medicine applicant",
        email="rahul.v.iyer91@gmail.com", phone="(+91) 98450 17732", loc="No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011, India",
        extra=["Date of birth: 12/08/1996", "Nationality: Indian", "Sex: Male"],
        sections=[
            ("ABOUT ME", ["ECFMG-certified graduate seeking a categorical Internal Medicine residency; J-1 visa sponsorship required."]),
            ("WORK EXPERIENCE", [
                dict(h="Research Fellow (Cardiovascular Outcomes)", org="Massachusetts General Hospital, Cardiology Division", loc="Boston, United States",
                     d="01/06/2024 – 31/01/2025", b=["Retrospective cohort of 1,200 HFpEF admissions; REDCap data abstraction", "Weekly journal club"]),
                dict(h="Observer – Cardiology", org="Mount Sinai Morningside", loc="New York, United States", d="05/2024",
                     b=["4-week observership on the inpatient cardiology consult service"]),
                dict(h="Clinical Extern – Internal Medicine (hands-on)", org="Saint Michael's Medical Center", loc="Newark, New Jersey, United States",
                     d="04/03/2024 – 26/04/2024", b=["Admitted and followed 4–6 patients daily, wrote progress notes under supervision"]),
                dict(h="Junior Resident (non-academic), General Medicine", org="Kasturba Hospital, Manipal", loc="Manipal, India",
                     d="08/2022 – 12/2023", b=["Managed 30-bed medical ward; night on-call for ICU"]),
                dict(h="Compulsory Rotating Internship", org="Kasturba Hospital, Manipal", loc="Manipal, India", d="03/2021 – 02/2022", b=[]),
            ]),
            ("EDUCATION AND TRAINING", [
                dict(h="Bachelor of Medicine, Bachelor of Surgery (MBBS)", org="Kasturba Medical College, Manipal (Manipal Academy of Higher Education)",
                     loc="Manipal, India", d="08/2015 – 02/2021", b=["EQF level 7"]),
                dict(h="Higher Secondary Certificate (Science)", org="National Public School, Indiranagar", loc="Bengaluru, India", d="2013 – 2015", b=[]),
            ]),
            ("LICENCES AND EXAMINATIONS", [
                "USMLE Step 1: PASS (2022)", "USMLE Step 2 CK: 248 (2023)", "ECFMG Certified (June 2023)",
                "NBME CCSSA practice: 252 (not an official score)", "Registered with Karnataka Medical Council, Reg. No. KMC 118843"]),
            ("LANGUAGE SKILLS", ["Mother tongue(s): TAMIL", "Other language(s): ENGLISH (C2), HINDI (C1), KANNADA (B2)"]),
            ("PUBLICATIONS", [
                "Iyer RV, Shenoy MT, et al. Predictors of 30-day readmission in HFpEF. J Card Fail. 2025;31(2):211-219.",
                "Kamath A, Iyer RV. Snakebite-associated AKI in coastal Karnataka. Indian J Nephrol. 2022;32(4):344-349.",
                "Poster: Iyer RV. Sodium trends in decompensated cirrhosis. ACP Massachusetts Chapter Meeting, 2024.",
            ]),
            ("REFERENCES", [
                "Dr. Meera T. Shenoy, MD – Cardiology, Massachusetts General Hospital – mshenoy@mgh.harvard.edu – +1 617 726 5512",
                "Dr. Daniel Ruiz, MD – Program Director IM, Saint Michael's Medical Center – druiz@smmc.com – (973) 877-5000",
            ]),
        ])))

# 002 LinkedIn save-to-PDF --------------------------------------------------------
P.append(dict(
    n=2, layout="linkedin_pdf",
    truth=dict(full_name="Maria Angelica Santos Dela Cruz", email="macsdelacruz@yahoo.com", phone_e164="+639178824105",
               medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
               specialties=["Family Medicine", "Pediatrics"], languages=["English", "Filipino", "Cebuano"], visa_status="b1b2",
               publications=1,
               usce_entries=[E("observership", "Family Medicine", "CA", "2025-01", "2025-02"),
                             E("hands_on", "Pediatrics", "FL", "2025-02", "2025-04"),
                             E("telehealth", "Family Medicine", "TX", "2025-06", "2026-12")]),
    cv=dict(
        name="Maria Angelica Santos Dela Cruz, MD", title="ECFMG-certified IMG | Family Medicine & Pediatrics | B1/B2 visa holder",
        email="macsdelacruz@yahoo.com", phone="+63 917 882 4105 (Mobile)", loc="Quezon City, National Capital Region, Philippines",
        extra=["www.linkedin.com/in/macsdelacruz-md (LinkedIn)"],
        skills=["Primary Care", "Pediatric Advanced Life Support (PALS)", "Epic Systems"],
        langs=["English (Full Professional)", "Filipino (Native or Bilingual)", "Cebuano (Professional Working)"],
        certs=["ECFMG Certification", "USMLE Step 2 CK – 236", "USMLE Step 1 – Passed", "BLS/ACLS – American Heart Association"],
        sections=[
            ("Summary", ["Filipino physician who has held a B1/B2 visa since 2024, currently providing telehealth support to a Texas family practice. "
                         "Pursuing Family Medicine or Pediatrics residency in the 2027 Match."]),
            ("Experience", [
                dict(h="Telehealth Medical Assistant (remote)", org="Lone Star Family Health Partners", d="June 2025 - Present (1 year 7 months)",
                     loc="Houston, Texas, United States", b=["Pre-visit charting, medication reconciliation and virtual intake for family medicine clinic patients"]),
                dict(h="Pediatrics Externship", org="Nicklaus Children's Hospital", d="February 2025 - April 2025 (3 months)",
                     loc="Miami, Florida, United States", b=["Hands-on externship in general pediatrics wards and continuity clinic; 12 weeks"]),
                dict(h="Clinical Observer, Family Medicine", org="UCLA Health", d="January 2025 - February 2025 (2 months)",
                     loc="Los Angeles, California, United States", b=[]),
                dict(h="Medical Officer III", org="Philippine General Hospital", d="August 2021 - December 2024 (3 years 5 months)",
                     loc="Manila, National Capital Region, Philippines", b=["Outpatient pediatrics and family medicine clinics"]),
                dict(h="Post-graduate Intern", org="St. Luke's Medical Center", d="August 2020 - July 2021 (1 year)",
                     loc="Quezon City, Philippines", b=[]),
            ]),
            ("Education", [
                dict(h="University of Santo Tomas Faculty of Medicine and Surgery", org="Doctor of Medicine - MD, Medicine", d="(2016 - 2020)", b=[]),
                dict(h="University of Santo Tomas", org="Bachelor of Science - BS, Medical Technology", d="(2012 - 2016)", b=[]),
            ]),
            ("Publications", ["Dengue shock syndrome outcomes in a tertiary pediatric ICU — Acta Medica Philippina (2023)"]),
        ])))

# 003 Canva sidebar ---------------------------------------------------------------
P.append(dict(
    n=3, layout="canva_sidebar_pdf",
    truth=dict(full_name="Chukwuemeka Obinna Eze", email="emeka.eze.md@outlook.com", phone_e164="+2348034412907",
               medical_school="University of Nigeria College of Medicine", medical_school_country="NG", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=232, ecfmg_status="certified",
               specialties=["Internal Medicine", "Nephrology"], languages=["English", "Igbo", "Yoruba"], visa_status="j1",
               publications=3,
               usce_entries=[E("research", "Nephrology", "MD", "2023-09", "2024-08"),
                             E("observership", "Internal Medicine", "GA", "2024-10", "2024-11"),
                             E("hands_on", "Internal Medicine", "MI", "2025-01", "2025-03")]),
    cv=dict(
        name="Chukwuemeka Obinna Eze", title="MBBS · Internal Medicine / Nephrology",
        email="emeka.eze.md@outlook.com", phone="+234 803 441 2907", loc="Enugu, Nigeria", extra=["linkedin.com/in/emekaeze"],
        skills=["Dialysis access care", "Point-of-care ultrasound", "R / SPSS", "Epic & Cerner"],
        langs=["English", "Igbo (native)", "Yoruba (conversational)"],
        sections=[
            ("PROFILE", ["Nephrology-minded internist. Step 3 done; will need J-1 sponsorship through ECFMG."]),
            ("CLINICAL EXPERIENCE", [
                dict(h="Sub-Internship, Internal Medicine", org="Henry Ford Hospital, Detroit, MI", d="01/2025 – 03/2025", b=["Hands-on: admitted patients, presented on rounds, 12 weeks"]),
                dict(h="Observership, Internal Medicine", org="Emory University Hospital Midtown, Atlanta, GA", d="10/2024 – 11/2024", b=[]),
                dict(h="Medical Officer, Renal Unit", org="University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla", d="11/2021 – 08/2023", b=["Haemodialysis unit, 18 stations"]),
                dict(h="NYSC Medical Officer", org="General Hospital Ikot Ekpene, Akwa Ibom", d="10/2020 – 09/2021", b=[]),
                dict(h="House Officer (Internship)", org="UNTH Enugu", d="09/2019 – 08/2020", b=[]),
            ]),
            ("RESEARCH", [
                dict(h="Postdoctoral Research Fellow – Nephrology", org="Johns Hopkins University School of Medicine, Baltimore, MD", d="09/2023 – 08/2024",
                     b=["APOL1 genotype and CKD progression in West African cohorts"]),
            ]),
            ("EDUCATION", [dict(h="MBBS", org="University of Nigeria College of Medicine, Enugu Campus", d="2012 – 2019", b=[])]),
            ("USMLE", ["Step 1 — Pass", "Step 2 CK — 255", "Step 3 — 232", "ECFMG Certified (2022)"]),
            ("PUBLICATIONS", ["3 peer-reviewed articles (Kidney Int Rep 2024; BMC Nephrol 2023; Niger J Clin Pract 2021)",
                              "2 abstracts at ASN Kidney Week 2024 (posters)"]),
            ("REFEREES", ["Prof. Ifeoma Ulasi – Nephrology, UNTH – ifeoma.ulasi@unn.edu.ng",
                          "Dr. Michael Chen – Johns Hopkins Nephrology – mchen42@jhmi.edu – +1 410 955 5268"]),
        ])))

# 004 ERAS-like plain text ------------------------------------------------------------
P.append(dict(
    n=4, layout="eras_experience_txt",
    truth=dict(full_name="Ayesha Siddiqa Malik", email="ayesha.s.malik@gmail.com", phone_e164="+923332190458",
               medical_school="Dow University of Health Sciences", medical_school_country="PK", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Psychiatry"], languages=["English", "Urdu", "Sindhi"], visa_status="b1b2",
               publications=0,
               usce_entries=[E("observership", "Psychiatry", "IL", "2025-07", "2025-08"),
                             E("hands_on", "Psychiatry", "NY", "2025-09", "2025-09"),
                             E("telehealth", "Psychiatry", "OH", "2026-01", "2026-03")]),
    cv=None))

# 005 Google Docs template -> odt ------------------------------------------------------
P.append(dict(
    n=5, layout="gdocs_template_odt",
    truth=dict(full_name="Andrés Felipe Restrepo Gómez", email="afrestrepo.md@gmail.com", phone_e164="+573104478812",
               medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
               specialties=["Emergency Medicine", "Anesthesiology"], languages=["Spanish", "English", "Portuguese"], visa_status="j1",
               publications=1,
               usce_entries=[E("observership", "Emergency Medicine", "FL", "2024-01", "2024-02"),
                             E("hands_on", "Emergency Medicine", "TX", "2024-09", "2024-10"),
                             E("hands_on", "Anesthesiology", "TX", "2024-10", "2024-11")]),
    cv=dict(
        name="Andrés Felipe Restrepo Gómez", title="Médico y Cirujano — Emergency Medicine / Anesthesiology",
        email="afrestrepo.md@gmail.com", phone="+57 310 447 8812", loc="Medellín, Antioquia, Colombia",
        extra=[],
        sections=[
            ("EXPERIENCE", [
                dict(h="Anesthesiology Clerkship (hands-on)", org="UT Health San Antonio — University Hospital, San Antonio, TX", d="OCT 2024 – NOV 2024",
                     b=["Airway management under supervision, pre-op assessments"]),
                dict(h="Emergency Medicine Externship", org="Ben Taub Hospital (Baylor College of Medicine), Houston, TX", d="SEP 2024 – OCT 2024",
                     b=["Level I trauma center; 4-week hands-on rotation"]),
                dict(h="Observership, Emergency Department", org="Jackson Memorial Hospital, Miami, FL", d="JAN 2024 – FEB 2024", b=[]),
                dict(h="Médico de Servicio Social Obligatorio (rural year)", org="E.S.E. Hospital San Juan de Dios, Santa Fe de Antioquia", d="FEB 2022 – JAN 2023",
                     b=["Sole physician on night shifts, emergency and obstetric care"]),
                dict(h="Médico General, Urgencias", org="Hospital Pablo Tobón Uribe, Medellín", d="MAR 2023 – DIC 2023", b=[]),
            ]),
            ("EDUCATION", [dict(h="Médico y Cirujano (MD equivalent)", org="Universidad de Antioquia, Facultad de Medicina — Medellín", d="2015 — 2022", b=[])]),
            ("EXAMS", ["USMLE Step 1: Pass · Step 2 CK: 241 · ECFMG certified (2024)", "UWorld self-assessment: 249"]),
            ("PUBLICATIONS", ["Restrepo-Gómez AF, et al. Scorpion envenomation in rural Antioquia. Biomédica. 2023;43(1):55-63.",
                              "Manuscript submitted: Ketamine for rapid sequence intubation in Colombian EDs (under review)."]),
            ("LANGUAGES", ["Spanish (native), English (fluent, TOEFL iBT 112), Portuguese (intermediate)"]),
            ("REFERENCES", ["Dr. Laura Benítez – EM attending, Ben Taub – lbenitez@bcm.edu", "Dra. Catalina Ospina – Universidad de Antioquia – catalina.ospina@udea.edu.co – +57 604 219 2000"]),
        ])))

# 006 reportlab, Cyrillic -----------------------------------------------------------------
P.append(dict(
    n=6, layout="reportlab_cyrillic_pdf",
    truth=dict(full_name="Oleksandra Kovalenko", email="o.kovalenko.neuro@gmail.com", phone_e164="+12155550147",
               medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified",
               specialties=["Neurology"], languages=["Ukrainian", "Russian", "English", "Polish"], visa_status="green_card",
               publications=2,
               usce_entries=[E("research", "Neurology", "PA", "2023-05", "2024-04"),
                             E("observership", "Neurology", "PA", "2024-02", "2024-03"),
                             E("hands_on", "Neurology", "OH", "2024-06", "2024-07")]),
    cv=dict(
        name="Oleksandra Kovalenko", alt="Олександра Коваленко", title="MD · Neurology",
        email="o.kovalenko.neuro@gmail.com", phone="+1 (215) 555-0147", loc="Philadelphia, PA 19104",
        extra=["U.S. Permanent Resident (Green Card since 2023) — no visa sponsorship needed", "Born 1997"],
        sections=[
            ("Medical Education", [dict(h="Doctor of Medicine (Лікар, MD equivalent)", org="Bogomolets National Medical University, Kyiv, Ukraine", d="2015–2021", b=["Graduated with honours (червоний диплом)"])]),
            ("Postgraduate Training (Ukraine)", [dict(h="Intern, Neurology (інтернатура)", org="Kyiv City Clinical Hospital No. 4", d="2021.08 – 2022.02", b=["Training interrupted by the full-scale invasion"])]),
            ("U.S. Clinical & Research Experience", [
                dict(h="Research Coordinator, Comprehensive Stroke Center", org="Penn Medicine — Hospital of the University of Pennsylvania, Philadelphia, PA", d="2023.05 – 2024.04", b=["Thrombectomy registry; 2 first-author papers"]),
                dict(h="Observership, Neurology (inpatient stroke)", org="Thomas Jefferson University Hospital, Philadelphia, PA", d="2024.02 – 2024.03", b=["Overlapped with research position (part-time)"]),
                dict(h="Neurology Sub-Internship (hands-on)", org="Cleveland Clinic, Cleveland, OH", d="2024.06 – 2024.07", b=["Inpatient neurology service; direct patient care, notes co-signed"]),
            ]),
            ("Examinations", ["USMLE Step 1 — PASS", "USMLE Step 2 CK — 262", "ECFMG certificate issued 2024", "Ukrainian KROK 1 / KROK 2 — passed"]),
            ("Publications", ["Kovalenko O, Patel N, et al. Door-to-groin times after regional transfer. Stroke. 2024;55:1120-1128.",
                              "Kovalenko O, et al. Tenecteplase in wake-up stroke. J Neurol Sci. 2024;459:122960.",
                              "Abstract: ISC 2024 poster, Phoenix."]),
            ("Languages", ["Українська (Ukrainian) — native; Русский (Russian) — fluent; English — C2; Polski (Polish) — B1"]),
            ("Interests", ["Neurology residency; vascular neurology"]),
            ("References", ["Dr. Neil Patel, Penn Stroke Center — neil.patel@pennmedicine.upenn.edu", "Dr. Hanna Ostrowska — Cleveland Clinic — ostrowh@ccf.org — +1 216 444 2200"]),
        ])))

# 007 fpdf2 Caribbean student ---------------------------------------------------------------
P.append(dict(
    n=7, layout="fpdf_caribbean_student_pdf",
    truth=dict(full_name="Shivani Persaud", email="shivani.persaud@students.rossu.edu", phone_e164="+17185550193",
               medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["English", "Spanish"], visa_status="citizen",
               publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2025-05", "2025-07"),
                             E("hands_on", "General Surgery", "MD", "2025-08", "2025-10"),
                             E("hands_on", "Obstetrics and Gynecology", "NY", "2025-11", "2025-12"),
                             E("hands_on", "Pediatrics", "CA", "2026-01", "2026-02"),
                             E("hands_on", "Psychiatry", "FL", "2026-03", "2026-04"),
                             E("hands_on", "Family Medicine", "GA", "2026-05", "2026-06"),
                             E("hands_on", "Obstetrics and Gynecology", "NY", "2026-09", "2026-12")]),
    cv=dict(
        name="Shivani Persaud", title="MD Candidate, Class of 2027",
        email="shivani.persaud@students.rossu.edu", phone="718-555-0193", loc="Richmond Hill, Queens, NY 11418",
        extra=["U.S. citizen"],
        sections=[
            ("EDUCATION", [
                dict(h="Doctor of Medicine (MD) Candidate – expected May 2027", org="Ross University School of Medicine, Bridgetown, Barbados", d="Jan 2023 – present", b=["Basic sciences completed in Barbados; clinical years in U.S. affiliated hospitals"]),
                dict(h="B.S. Biology", org="Queens College, CUNY, Flushing, NY", d="2018 – 2022", b=[]),
            ]),
            ("CORE CLINICAL ROTATIONS", [
                dict(h="Internal Medicine (12 wks)", org="St. Joseph's University Medical Center, Paterson, NJ", d="May–Jul 2025", b=[]),
                dict(h="Surgery (12 wks)", org="MedStar Franklin Square Medical Center, Baltimore, MD", d="Aug–Oct 2025", b=[]),
                dict(h="Obstetrics & Gynecology (6 wks)", org="Brookdale Hospital Medical Center, Brooklyn, NY", d="Nov–Dec 2025", b=[]),
                dict(h="Pediatrics (6 wks)", org="Harbor-UCLA Medical Center, Torrance, CA", d="Jan–Feb 2026", b=[]),
                dict(h="Psychiatry (6 wks)", org="Larkin Community Hospital, South Miami, FL", d="Mar–Apr 2026", b=[]),
                dict(h="Family Medicine (6 wks)", org="Atlanta Medical Center South, East Point, GA", d="May–Jun 2026", b=[]),
            ]),
            ("ELECTIVES / SUB-INTERNSHIPS", [
                dict(h="Sub-Internship, Obstetrics & Gynecology", org="Brookdale Hospital Medical Center, Brooklyn, NY", d="Sept 2026 – current", b=["Labor & delivery, gyn surgery; acting intern responsibilities"]),
            ]),
            ("EXAMINATIONS", ["USMLE Step 1: Pass (Oct 2024)", "USMLE Step 2 CK: scheduled Jan 2027", "NBME Comprehensive Clinical Science Self-Assessment: 238", "ECFMG: certification pending graduation"]),
            ("VOLUNTEER", ["Guyanese-American Health Fair, Queens, NY — blood pressure screening (2019–2022)"]),
            ("LANGUAGES", ["English (native); Spanish (intermediate)"]),
            ("INTERESTS", ["Applying to Obstetrics and Gynecology; Family Medicine as parallel plan"]),
        ])))

# 008 handwritten RTF Romania -------------------------------------------------------------
P.append(dict(
    n=8, layout="rtf_classic",
    truth=dict(full_name="Bogdan-Ionuț Popescu", email="bogdan.popescu.md@gmail.com", phone_e164="+40722418390",
               medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
               specialties=["Gastroenterology", "Internal Medicine"], languages=["Romanian", "English", "French"], visa_status="j1",
               publications=4,
               usce_entries=[E("observership", "Gastroenterology", "MN", "2023-07", "2023-08"),
                             E("research", "Gastroenterology", "OH", "2023-09", "2024-06"),
                             E("hands_on", "Internal Medicine", "IL", "2024-07", "2024-08")]),
    cv=dict(
        name="Dr. Bogdan-Ionuț Popescu", title="Curriculum Vitae",
        email="bogdan.popescu.md@gmail.com", phone="0040 722 418 390", loc="Str. Dionisie Lupu 37, Sector 2, București, România",
        extra=["Born: 14.02.1995"],
        sections=[
            ("Education", [dict(h="Doctor-medic (MD, 6-year program)", org="\"Carol Davila\" University of Medicine and Pharmacy, Bucharest", d="Oct. 2014 – Sept. 2020", b=["Final grade 9.41/10"])]),
            ("Clinical Experience", [
                dict(h="Resident Physician (medic rezident), Gastroenterology", org="Fundeni Clinical Institute, Bucharest", d="Jan. 2021 – June 2023", b=["Upper endoscopy (≈300 procedures), hepatology ward"]),
                dict(h="Clinical Observer, Division of Gastroenterology & Hepatology", org="Mayo Clinic, Rochester, Minnesota", d="July–August 2023", b=["Endoscopy suite and IBD clinic, 8 weeks"]),
                dict(h="Visiting Physician (hands-on), Internal Medicine", org="Advocate Illinois Masonic Medical Center, Chicago, IL", d="July 2024 – August 2024", b=["Inpatient teaching team"]),
            ]),
            ("Research", [dict(h="Research Fellow, Digestive Disease Institute", org="Cleveland Clinic, Cleveland, OH", d="Sept. 2023 – June 2024", b=["Endoscopic ultrasound outcomes; IBD biobank"])]),
            ("USMLE / Certification", ["Step 1 Pass; Step 2 CK 244; ECFMG certified 2023", "Also: Romanian Residency Exam (Rezidențiat) 2020 — 842 points"]),
            ("Publications (peer-reviewed: 4)", ["1. Popescu BI, et al. J Gastrointestin Liver Dis. 2022", "2. Popescu BI, Ionescu C. Rom J Intern Med. 2022",
                                                "3. Sharma P, Popescu BI, et al. Gastrointest Endosc. 2024", "4. Popescu BI, et al. Clin Gastroenterol Hepatol. 2024",
                                                "Posters: DDW 2024 (x2)"]),
            ("Languages", ["Romanian – mother tongue; English – C2 (IELTS 8.5); French – B2"]),
            ("Career goal", ["Internal Medicine residency followed by Gastroenterology fellowship (J-1)."]),
            ("Referees", ["Prof. Dr. Carmen Ionescu – Fundeni Clinical Institute – carmen.ionescu@icfundeni.ro – +40 21 275 0700",
                          "Dr. Prateek Sharma – Cleveland Clinic – sharmap3@ccf.org"]),
        ])))

# 009 web form paste ---------------------------------------------------------------------
P.append(dict(
    n=9, layout="webform_paste_txt",
    truth=dict(full_name="Muhammad Usman Chaudhry", email="usman.chaudhry.aimc@hotmail.com", phone_e164="+923004561278",
               medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"], visa_status="b1b2",
               publications=1,
               usce_entries=[E("observership", "Cardiology", "TX", "2025-03", "2025-04"),
                             E("hands_on", "Internal Medicine", "TX", "2025-05", "2025-05"),
                             E("telehealth", "Internal Medicine", "NY", "2025-08", "2025-10")]),
    cv=None))

# 010 Novoresume-style --------------------------------------------------------------------
P.append(dict(
    n=10, layout="novoresume_icons_pdf",
    truth=dict(full_name="Juan Pablo Hernández Ortiz", email="jp.hernandez.ortiz@protonmail.com", phone_e164="+525543218876",
               medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified",
               specialties=["Pediatrics"], languages=["Spanish", "English"], visa_status="j1",
               publications=0,
               usce_entries=[E("observership", "Pediatrics", "TX", "2024-04", "2024-05"),
                             E("hands_on", "Pediatrics", "AZ", "2024-07", "2024-08"),
                             E("hands_on", "Pediatrics", "CA", "2024-09", "2024-10")]),
    cv=dict(
        name="Juan Pablo Hernández Ortiz", title="Médico Cirujano · Future Pediatrician",
        email="jp.hernandez.ortiz@protonmail.com", phone="+52 55 4321 8876", loc="Coyoacán, CDMX, México", extra=["J-1 (ECFMG) sponsorship needed"],
        skills=["PALS / NRP", "Neonatal resuscitation", "Spanish-language family counseling"],
        langs=["Spanish — Native", "English — Full professional"],
        sections=[
            ("WORK EXPERIENCE", [
                dict(h="Pediatric Externship", org="Rady Children's Hospital, San Diego, CA", d="09/2024 - 10/2024", b=["Hands-on; inpatient general pediatrics (~200 h)"]),
                dict(h="Pediatrics Clerkship (hands-on)", org="Phoenix Children's Hospital, Phoenix, AZ", d="07/2024 - 08/2024", b=["8 weeks, 320 hours, wards + newborn nursery"]),
                dict(h="Observership, Pediatric Hospital Medicine", org="Texas Children's Hospital, Houston, TX", d="04/2024 - 05/2024", b=[]),
                dict(h="Observership, Pediatrics", org="SickKids (The Hospital for Sick Children), Toronto, ON, Canada", d="01/2024 - 02/2024", b=["Canadian observership"]),
                dict(h="Médico Pasante de Servicio Social", org="Centro de Salud T-III, Oaxaca, México", d="08/2020 - 07/2021", b=[]),
                dict(h="Médico General", org="Hospital Infantil de México Federico Gómez, CDMX", d="09/2021 - 12/2023", b=["Urgencias pediátricas"]),
            ]),
            ("EDUCATION", [dict(h="Médico Cirujano (MD)", org="Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", d="2015 - 2021", b=[])]),
            ("CERTIFICATIONS & EXAMS", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 239", "ECFMG Certified — 2024", "ENARM 2023 — 71.2"]),
            ("CONFERENCES", ["Poster: Bronchiolitis high-flow outcomes — PAS 2024, Toronto", "Poster: Kawasaki disease in Mexican children — 2023"]),
            ("REFERENCES", ["Dr. Sofía Villarreal, Phoenix Children's — svillarreal@phoenixchildrens.com — (602) 933-1000"]),
        ])))

# 011 python-docx with header/footer contacts -------------------------------------------------
P.append(dict(
    n=11, layout="docx_header_footer",
    truth=dict(full_name="Fatima Zahra Bello", email="fz.bello@utsw-research.org", phone_e164="+14695550182",
               medical_school="Ahmadu Bello University", medical_school_country="NG", graduation_year=2018,
               is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=219, ecfmg_status="certified",
               specialties=["Hematology/Oncology", "Internal Medicine"], languages=["English", "Hausa", "Arabic", "French"], visa_status="h1b",
               publications=5,
               usce_entries=[E("research", "Hematology/Oncology", "TX", "2022-01", "2026-12"),
                             E("hands_on", "Internal Medicine", "TX", "2025-06", "2025-07")]),
    cv=dict(
        name="Fatima Zahra Bello", title="MBBS",
        email="fz.bello@utsw-research.org", phone="+1 469-555-0182", loc="Dallas, Texas",
        extra=["Immigration: H-1B (research scientist), valid through 2027"],
        sections=[
            ("Professional Summary", ["Physician-scientist in sickle cell disease and myeloid malignancies, applying to Internal Medicine with a path to Hematology/Oncology."]),
            ("Experience", [
                dict(h="Research Scientist, Division of Hematology/Oncology", org="UT Southwestern Medical Center, Dallas, TX", d="Jan 2022 – Present",
                     b=["Leads clinical data core for the sickle cell gene therapy registry", "H-1B sponsored position"]),
                dict(h="Clinical Externship, Internal Medicine (hands-on)", org="Parkland Memorial Hospital, Dallas, TX", d="Jun 2025 – Jul 2025", b=["Done on approved leave from the research post"]),
                dict(h="Medical Officer, Haematology", org="Ahmadu Bello University Teaching Hospital, Zaria", d="Nov 2019 – Dec 2021", b=[]),
                dict(h="House Officer", org="ABUTH, Shika-Zaria", d="Oct 2018 – Sep 2019", b=[]),
            ]),
            ("Education", [dict(h="MBBS", org="Ahmadu Bello University, Zaria, Nigeria", d="2012 – 2018", b=["Distinction in Pathology"])]),
            ("Examinations", ["USMLE Step 1: Pass | Step 2 CK: 250 | Step 3: 219", "ECFMG certification: 2021", "PLAB 1 (UK): passed 2020"]),
            ("Publications", ["Five peer-reviewed papers incl. Blood Adv 2024, Am J Hematol 2023 (2), Br J Haematol 2022, Niger Med J 2021.",
                              "Oral presentation: ASH Annual Meeting 2024."]),
            ("Languages", ["English, Hausa, Arabic (reading & conversational), French (basic)"]),
            ("References", ["Dr. Ravi Subramanian, Professor of Medicine, UTSW — ravi.subramanian@utsouthwestern.edu — +1 214 648 3111"]),
        ])))

# 012 odfpy Georgia ------------------------------------------------------------------
P.append(dict(
    n=12, layout="odfpy_odt",
    truth=dict(full_name="Nino Beridze", email="nino.beridze.md@gmail.com", phone_e164="+995599124387",
               medical_school="Tbilisi State Medical University", medical_school_country="GE", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
               specialties=["Endocrinology", "Internal Medicine"], languages=["Georgian", "Russian", "English", "German"], visa_status="b1b2",
               publications=0,
               usce_entries=[E("observership", "Endocrinology", "NY", "2025-10", "2025-11"),
                             E("hands_on", "Internal Medicine", "NY", "2026-01", "2026-02")]),
    cv=dict(
        name="Nino Beridze", alt="ნინო ბერიძე", title="Medical Doctor (MD), Tbilisi",
        email="nino.beridze.md@gmail.com", phone="+995 599 12 43 87", loc="Tbilisi, Georgia", extra=["Visa: B1/B2 (valid to 2029)", "Born 1999"],
        sections=[
            ("Education", [dict(h="Doctor of Medicine (MD), 6-year English-language program", org="Tbilisi State Medical University (TSMU), Georgia", d="2017 — 2023", b=["GPA 3.71/4.0"])]),
            ("Rotations", [
                dict(h="Internal Medicine externship (hands-on)", org="NYC Health + Hospitals/Coney Island, Brooklyn, NY", d="2026-01 → 2026-02", b=[]),
                dict(h="Endocrinology observership", org="Mount Sinai Hospital, Division of Endocrinology, New York, NY", d="2025-10 → 2025-11", b=["Diabetes & thyroid clinics; 6 weeks"]),
                dict(h="Resident physician, Internal Medicine", org="Todua Clinic, Tbilisi", d="2023-09 → 2025-08", b=[]),
            ]),
            ("USMLE", ["Step 1 — PASS (2024)", "Step 2 CK — preparing (UWSA2: 244)", "ECFMG — not certified yet"]),
            ("Other", ["Poster: Thyroid nodules in iodine-deficient regions of Georgia, AACE 2025 (abstract)"]),
            ("Languages", ["Georgian (native), Russian (fluent), English (C1), German (A2)"]),
            ("Referee", ["Dr. Ketevan Asatiani — Todua Clinic — k.asatiani@todua.ge — +995 32 242 2424"]),
        ])))

# 013 python-docx -> LibreOffice PDF, Philippines ---------------------------------------------------
P.append(dict(
    n=13, layout="soffice_docx2pdf",
    truth=dict(full_name="Carlo Miguel Reyes Bautista", email="cmbautista.up@gmail.com", phone_e164="+639285517340",
               medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified",
               specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["English", "Filipino", "Ilocano"], visa_status="j1",
               publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "CA", "2023-01", "2023-03"),
                             E("observership", "Pulmonology/Critical Care", "WA", "2023-04", "2023-04"),
                             E("research", "Pulmonology/Critical Care", "CA", "2023-05", "2023-10")]),
    cv=dict(
        name="CARLO MIGUEL REYES BAUTISTA, MD", title="",
        email="cmbautista.up@gmail.com", phone="+63 928 551 7340", loc="Manila, Philippines", extra=["Visa: J-1 sponsorship needed"],
        sections=[
            ("Clinical Experience", [
                dict(h="Observer, Pulmonary & Critical Care Medicine", org="Harborview Medical Center / UW Medicine, Seattle, WA", d="April 2023", b=["MICU and bronchoscopy; 4 weeks"]),
                dict(h="Acting Intern, Internal Medicine", org="Kaiser Permanente Los Angeles Medical Center, Los Angeles, CA", d="January – March 2023", b=["Hands-on, 12 weeks, 480 hours"]),
                dict(h="Medical Officer IV, Department of Medicine", org="Philippine General Hospital, Manila", d="2020 – 2022", b=["COVID-19 ICU surge team"]),
                dict(h="Post-graduate Internship", org="Philippine General Hospital", d="2019 – 2020", b=[]),
            ]),
            ("Research Experience", [dict(h="Visiting Research Scholar, Pulmonary Critical Care", org="Stanford University School of Medicine, Stanford, CA", d="May 2023 – October 2023", b=["ARDS phenotyping study"])]),
            ("Education", [dict(h="Doctor of Medicine", org="University of the Philippines College of Medicine, Manila", d="2015 – 2019", b=["Cum laude"])]),
            ("Licensure & Exams", ["Philippine Physician Licensure Examination — passed 2020", "USMLE Step 1: PASSED", "USMLE Step 2 CK: 258", "ECFMG certified: yes (2022)"]),
            ("Publications", ["Bautista CMR, et al. Prone positioning in non-intubated COVID-19. Respir Med. 2022.", "Bautista CMR, Lim J. Tuberculosis in PLHIV. Acta Med Philipp. 2021.",
                              "Under review: ARDS subphenotypes in Asian cohorts."]),
            ("Languages", ["English, Filipino, Ilocano"]),
            ("Interests", ["Internal Medicine residency → Pulmonary and Critical Care fellowship"]),
            ("References", ["Dr. Angela Rogers — Stanford PCCM — angela.rogers@stanford.edu", "Dr. Jose Lim — UP-PGH — jmlim@up.edu.ph — +63 2 8554 8400"]),
        ])))

# 014 ERAS-like docx table, Aga Khan --------------------------------------------------------------
P.append(dict(
    n=14, layout="eras_table_docx",
    truth=dict(full_name="Hina Rauf Sheikh", email="hina.sheikh@aku.edu", phone_e164="+923218264530",
               medical_school="Aga Khan University Medical College", medical_school_country="PK", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Rheumatology"], languages=["English", "Urdu", "Gujarati"], visa_status="j1",
               publications=6,
               usce_entries=[E("research", "Rheumatology", "MA", "2022-08", "2024-07"),
                             E("observership", "Rheumatology", "MA", "2023-03", "2023-03"),
                             E("hands_on", "Internal Medicine", "CT", "2024-08", "2024-10")]),
    cv=None))

# 015 RTF via LibreOffice, Jamaica ------------------------------------------------------------------
P.append(dict(
    n=15, layout="soffice_rtf",
    truth=dict(full_name="Kemar Anthony Campbell", email="kemar.campbell@uwimona.edu.jm", phone_e164="+18765550148",
               medical_school="University of the West Indies, Mona", medical_school_country="JM", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified",
               specialties=["General Surgery"], languages=["English", "Spanish"], visa_status=None,
               publications=1,
               usce_entries=[E("observership", "General Surgery", "FL", "2023-06", "2023-07"),
                             E("hands_on", "General Surgery", "NY", "2024-01", "2024-03")]),
    cv=dict(
        name="Kemar Anthony Campbell, MBBS", title="",
        email="kemar.campbell@uwimona.edu.jm", phone="(876) 555-0148", loc="Kingston 7, Jamaica W.I.", extra=[],
        sections=[
            ("Objective", ["General Surgery residency (categorical)."]),
            ("Education", [dict(h="MBBS (Hons)", org="The University of the West Indies, Mona Campus, Kingston, Jamaica", d="2016-2021", b=[])]),
            ("Experience", [
                dict(h="Senior House Officer, General Surgery", org="University Hospital of the West Indies, Kingston", d="Aug 2022 - present", b=["Emergency laparotomies, trauma call 1-in-4"]),
                dict(h="Surgical Externship (hands-on)", org="Jamaica Hospital Medical Center, Queens, NY", d="Jan 2024 - Mar 2024", b=["12 weeks; scrubbed in on ~60 cases"]),
                dict(h="Observership, Trauma & Acute Care Surgery", org="Ryder Trauma Center, Jackson Memorial, Miami, FL", d="Jun 2023 - Jul 2023", b=[]),
                dict(h="Intern", org="Cornwall Regional Hospital, Montego Bay", d="Aug 2021 - Jul 2022", b=[]),
            ]),
            ("Examinations", ["USMLE Step 1 - Pass; USMLE Step 2 CK - 233; ECFMG Certified 2023; Step 2 CS - Pass (2020)"]),
            ("Publications", ["Campbell KA, et al. Outcomes of penetrating abdominal trauma at UHWI. West Indian Med J. 2023;70(2).", "Poster: Caribbean College of Surgeons 2022."]),
            ("Languages", ["English; Spanish (conversational)"]),
            ("Referees", ["Mr. Derrick McDowell, FRCS - Consultant Surgeon, UHWI - dmcdowell@uwimona.edu.jm - (876) 927-1620",
                          "Dr. Alicia Romero - Jamaica Hospital Medical Center - aromero@jhmc.org"]),
        ])))

# 016 Chromium Google-Docs-like serif, Poland ---------------------------------------------------------
P.append(dict(
    n=16, layout="chromium_serif_pdf",
    truth=dict(full_name="Katarzyna Wiśniewska", email="k.wisniewska@student.wum.edu.pl", phone_e164="+48601234987",
               medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2024,
               is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="pending",
               specialties=["Radiology"], languages=["Polish", "English", "German"], visa_status="j1",
               publications=1,
               usce_entries=[E("observership", "Radiology", "MI", "2025-04", "2025-06"),
                             E("research", "Radiology", "MI", "2025-04", "2025-09")]),
    cv=dict(
        name="Katarzyna Wiśniewska", title="lekarz (MD) — Diagnostic Radiology",
        email="k.wisniewska@student.wum.edu.pl", phone="+48 601 234 987", loc="ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa", extra=["J-1 visa required"],
        sections=[
            ("Education", [dict(h="Lekarz (Physician, MD), 6-year program", org="Medical University of Warsaw (Warszawski Uniwersytet Medyczny)", d="Oct 2018 – Jun 2024", b=[])]),
            ("Experience", [
                dict(h="Staż podyplomowy (postgraduate internship)", org="Szpital Bielański, Warszawa", d="10.2024 – present", b=["13-month mandatory internship, currently in radiology block"]),
                dict(h="Research Intern, Department of Radiology", org="University of Michigan, Ann Arbor, MI", d="Apr – Sep 2025", b=["Deep-learning triage of chest CT"]),
                dict(h="Radiology Observership", org="Michigan Medicine, Ann Arbor, MI", d="Spring 2025 (Apr–Jun)", b=["Reading room observership alongside research"]),
            ]),
            ("Exams", ["USMLE Step 1: Pass; Step 2 CK: 247; ECFMG: pending (OET)", "LEK (Polish licensing exam): 162/200", "PLAB 1: Pass (2023)"]),
            ("Publications", ["Wiśniewska K, et al. Pol J Radiol. 2025;90:e112-e119.", "Submitted: Eur Radiol (2026)"]),
            ("Languages", ["Polish — native; English — C1; German — B2"]),
            ("References", ["Dr. Ella Kazerooni — ellakaz@med.umich.edu", "dr hab. n. med. Piotr Nowak — piotr.nowak@wum.edu.pl — +48 22 599 2000"]),
        ])))

# ---- scans -----------------------------------------------------------------------------
P.append(dict(
    n=17, layout="scan_png_rotated",
    truth=dict(full_name="Siddharth Rao", email="sid.rao.ggmc@gmail.com", phone_e164="+919820455671",
               medical_school="Grant Government Medical College", medical_school_country="IN", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="pending",
               specialties=["Internal Medicine"], languages=["English", "Hindi", "Marathi"], visa_status="b1b2",
               publications=0,
               usce_entries=[E("observership", "Internal Medicine", "NJ", "2024-08", "2024-09")]),
    cv=dict(name="Siddharth Rao", title="MBBS", email="sid.rao.ggmc@gmail.com", phone="+91 98204 55671", loc="Mumbai, India", extra=["B1/B2 visa"],
            sections=[("Education", [dict(h="MBBS", org="Grant Government Medical College & Sir J.J. Group of Hospitals, Mumbai", d="2016 – 2022", b=[])]),
                      ("Experience", [dict(h="Observership, Internal Medicine", org="Hackensack University Medical Center, NJ", d="Aug – Sep 2024", b=[]),
                                      dict(h="Medical Officer", org="Sir J.J. Hospital, Mumbai", d="2023 – 2024", b=[])]),
                      ("USMLE", ["Step 1: Pass  |  Step 2 CK: 240  |  ECFMG: pending"]),
                      ("Languages", ["English, Hindi, Marathi"]),
                      ("Goal", ["Internal Medicine residency"])])))
P.append(dict(
    n=18, layout="scan_jpg_photo",
    truth=dict(full_name="Grace Adaeze Nwankwo", email="grace.nwankwo@yahoo.com", phone_e164="+2348122093345",
               medical_school="University of Lagos College of Medicine", medical_school_country="NG", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="certified",
               specialties=["Family Medicine"], languages=["English", "Igbo"], visa_status="j1",
               publications=0,
               usce_entries=[E("hands_on", "Family Medicine", "TX", "2025-02", "2025-04")]),
    cv=dict(name="Grace Adaeze Nwankwo", title="MBBS", email="grace.nwankwo@yahoo.com", phone="+234 812 209 3345", loc="Lagos, Nigeria", extra=["J-1 visa needed"],
            sections=[("Education", [dict(h="MBBS", org="University of Lagos College of Medicine, Idi-Araba", d="2013 – 2020", b=[])]),
                      ("Clinical Experience", [dict(h="Family Medicine Externship (hands-on)", org="JPS Health Network, Fort Worth, TX", d="02/2025 – 04/2025", b=[]),
                                               dict(h="Medical Officer", org="Lagos University Teaching Hospital", d="2021 – 2024", b=[])]),
                      ("USMLE", ["Step 1 Pass; Step 2 CK 231; ECFMG Certified"]),
                      ("Languages", ["English, Igbo"]), ("Interest", ["Family Medicine"])])))
P.append(dict(
    n=19, layout="scan_pdf_imageonly",
    truth=dict(full_name="Luis Alberto Quispe Mamani", email="lquispe.md@gmail.com", phone_e164="+51987654213",
               medical_school="Universidad Nacional Mayor de San Marcos", medical_school_country="PE", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Infectious Disease"], languages=["Spanish", "Quechua", "English"], visa_status="b1b2",
               publications=1,
               usce_entries=[E("observership", "Infectious Disease", "FL", "2025-05", "2025-06")]),
    cv=dict(name="Luis Alberto Quispe Mamani", title="Médico Cirujano", email="lquispe.md@gmail.com", phone="+51 987 654 213", loc="Lima, Perú", extra=["Visa B1/B2"],
            sections=[("Educación / Education", [dict(h="Médico Cirujano", org="Universidad Nacional Mayor de San Marcos, Lima", d="2014 – 2021", b=[])]),
                      ("Experience", [dict(h="Observership, Infectious Diseases", org="University of Miami / Jackson Memorial, Miami, FL", d="May–June 2025", b=[]),
                                      dict(h="SERUMS physician", org="Puesto de Salud Ccatcca, Cusco", d="2021 – 2022", b=[])]),
                      ("Exams", ["USMLE Step 1: Pass; ECFMG pending"]),
                      ("Publications", ["Quispe LA, et al. Rev Peru Med Exp Salud Publica. 2023 (1 peer-reviewed)"]),
                      ("Languages", ["Spanish, Quechua, English"]), ("Interest", ["Infectious Disease"])])))
P.append(dict(
    n=20, layout="scan_pdf_lowcontrast",
    truth=dict(full_name="Jelena Marković", email="jelena.markovic.md@gmail.com", phone_e164="+381641237788",
               medical_school="University of Belgrade Faculty of Medicine", medical_school_country="RS", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Geriatrics"], languages=["Serbian", "English", "Italian"], visa_status="j1",
               publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "PA", "2024-01", "2024-02"),
                             E("observership", "Geriatrics", "PA", "2024-03", "2024-03")]),
    cv=dict(name="Jelena Marković", title="MD", email="jelena.markovic.md@gmail.com", phone="+381 64 123 7788", loc="Beograd, Srbija", extra=["J-1"],
            sections=[("Education", [dict(h="Doctor of Medicine", org="University of Belgrade Faculty of Medicine", d="2013 – 2019", b=[])]),
                      ("Rotations", [dict(h="Internal Medicine (hands-on)", org="Allegheny General Hospital, Pittsburgh, PA", d="Jan 2024 – Feb 2024", b=[]),
                                     dict(h="Geriatrics observership", org="UPMC Senior Care, Pittsburgh, PA", d="Mar 2024", b=[]),
                                     dict(h="Clinical physician", org="Clinical Center of Serbia", d="2020 – 2023", b=[])]),
                      ("USMLE", ["Step 1 Pass / Step 2 CK 252 / ECFMG certified"]),
                      ("Languages", ["Serbian, English, Italian"]), ("Goal", ["Internal Medicine, Geriatrics"])])))
P.append(dict(
    n=21, layout="scan_jpg_student",
    truth=dict(full_name="Anjali Menon", email="amenon2@sgu.edu", phone_e164="+13475550166",
               medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               specialties=["Pediatrics"], languages=["English", "Malayalam"], visa_status="green_card",
               publications=0,
               usce_entries=[E("hands_on", "Pediatrics", "NY", "2026-05", "2026-06"),
                             E("hands_on", "Internal Medicine", "NY", "2026-07", "2026-09")]),
    cv=dict(name="Anjali Menon", title="MD Candidate 2027", email="amenon2@sgu.edu", phone="(347) 555-0166", loc="Jersey City, NJ", extra=["Permanent resident (green card)"],
            sections=[("Education", [dict(h="MD Candidate (expected 2027)", org="St. George's University School of Medicine, Grenada", d="2023 – present", b=[])]),
                      ("Clinical Rotations", [dict(h="Pediatrics core", org="Brooklyn Hospital Center, Brooklyn, NY", d="May – Jun 2026", b=[]),
                                              dict(h="Internal Medicine core", org="St. Barnabas Hospital, Bronx, NY", d="Jul – Sep 2026", b=[])]),
                      ("USMLE", ["Step 1: Pass"]), ("Languages", ["English, Malayalam"]), ("Interest", ["Pediatrics"])])))
