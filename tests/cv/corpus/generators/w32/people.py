# -*- coding: utf-8 -*-
"""CV content + truth for writer w32 (medical students / very recent graduates).

Each person: 'truth' (contract fields except file/layout/usce_months*), and 'cv':
  name_line, title, contacts (list of str), sections: list of (heading, [item]),
  item = (title, date, [detail lines]) or a plain string.
"""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

P = {}

# 001 -- Caribbean (SGU, Grenada) MS4, Trinidad -- chromium header band
P["001"] = dict(
    truth=dict(full_name="Priya Ramnarine", email="priya.ramnarine@sgu-students.org", phone_e164="+18687204415",
               medical_school="St. George's University School of Medicine", medical_school_country="GD",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None,
               ecfmg_status="pending", visa_status="b1b2", specialties=["Emergency Medicine", "Internal Medicine"],
               languages=["English", "Spanish"], publications=1,
               usce_entries=[E("hands_on", "Internal Medicine", "NJ", "2025-01", "2025-03"),
                             E("hands_on", "General Surgery", "NY", "2025-04", "2025-06"),
                             E("hands_on", "Pediatrics", "NY", "2025-07", "2025-08"),
                             E("hands_on", "Obstetrics and Gynecology", "MD", "2025-09", "2025-10"),
                             E("hands_on", "Psychiatry", "NY", "2025-11", "2025-12"),
                             E("hands_on", "Family Medicine", "FL", "2026-01", "2026-02"),
                             E("hands_on", "Emergency Medicine", "NJ", "2026-09", "2026-12")]),
    cv=dict(
        name_line="Priya Ramnarine", title="MS4 · Doctor of Medicine Candidate · Aspiring Emergency Medicine Resident",
        contacts=["priya.ramnarine@sgu-students.org", "+1 (868) 720-4415", "San Fernando, Trinidad & Tobago", "linkedin.com/in/priyaramnarine"],
        sections=[
            ("Profile", ["Fourth-year medical student (MS4) at St. George's University with 14 months of US core clerkships and a current "
                         "Emergency Medicine sub-internship. Interested in Emergency Medicine and Internal Medicine residency (Match 2027)."]),
            ("Education", [
                ("Doctor of Medicine (MD) — St. George's University School of Medicine, Grenada, West Indies", "Aug 2022 – present",
                 ["Expected graduation: June 2027", "Basic Sciences (Terms 1–5), True Blue campus, Grenada: Aug 2022 – Dec 2024",
                  "Clinical Sciences, affiliated US hospitals: Jan 2025 – present"]),
                ("BSc Biology (First Class Honours) — The University of the West Indies, St. Augustine", "2018 – 2021", []),
            ]),
            ("USMLE & Certification", [
                "USMLE Step 1: Pass (March 2024)", "USMLE Step 2 CK: 248 (October 2026)",
                "NBME CCSE practice exam: 79 · UWSA2: 255 (practice)",
                "ECFMG certification: pending (graduation required)", "BLS / ACLS (American Heart Association), valid to 2027",
            ]),
            ("US Clinical Experience — Core Clerkships", [
                ("Internal Medicine Core Clerkship (12 weeks) — St. Michael's Medical Center, Newark, NJ", "Jan 2025 – Mar 2025",
                 ["Admitted and followed 4–6 patients daily; presented on rounds; wrote daily progress notes."]),
                ("Surgery Core Clerkship (12 weeks) — Wyckoff Heights Medical Center, Brooklyn, NY", "Apr 2025 – Jun 2025",
                 ["Scrubbed in on laparoscopic cholecystectomies and appendectomies; first assist on hernia repairs."]),
                ("Pediatrics Core Clerkship — Brooklyn Hospital Center, Brooklyn, NY", "Jul 2025 – Aug 2025", []),
                ("Obstetrics & Gynecology Core Clerkship — Holy Cross Hospital, Silver Spring, MD", "Sep 2025 – Oct 2025", []),
                ("Psychiatry Core Clerkship — Kingsbrook Jewish Medical Center, Brooklyn, NY", "Nov 2025 – Dec 2025", []),
                ("Family Medicine Core Clerkship — Larkin Community Hospital, South Miami, FL", "Jan 2026 – Feb 2026", []),
                ("Sub-Internship, Emergency Medicine — Saint Barnabas Medical Center, Livingston, NJ", "Sep 2026 – present",
                 ["Acting intern in a Level II trauma ED; independently evaluate ESI 2–4 patients under attending supervision."]),
            ]),
            ("Research & Publications", [
                "Ramnarine P, Baksh R, Mohammed S. Door-to-ECG times in a Caribbean emergency department. West Indian Medical Journal. 2024;71(3):215-219.",
                "Poster: Sepsis bundle compliance in a community ED. SGU Research Day, Grenada, 2024.",
                "Poster: Hyperkalaemia recognition on ECG among interns (abstract), ACEP Scientific Assembly 2025.",
            ]),
            ("Languages", ["English — native", "Spanish — conversational (B1)"]),
            ("Visa / Work Authorization", ["Citizen of Trinidad and Tobago · holds US B1/B2 visa (valid through 2029)"]),
            ("References", ["Dr. Marcus Feldman, MD — Clerkship Director, Emergency Medicine, Saint Barnabas Medical Center · mfeldman@rwjbh-ed.org · +1 (973) 322-5000",
                            "Dr. Angela Okoro, MD — Internal Medicine, St. Michael's Medical Center · aokoro@smmcnj.org"]),
        ],
        skills=[("Patient presentations", 90), ("Suturing", 75), ("Point-of-care US", 60), ("EPIC EMR", 85)],
    ))

# 002 -- Pakistan final-year student -- python-docx, contacts in header, tables
P["002"] = dict(
    truth=dict(full_name="Muhammad Usman Ghani", email="usman.ghani.aimc@gmail.com", phone_e164="+923004567123",
               medical_school="Allama Iqbal Medical College", medical_school_country="PK",
               graduation_year=2027, is_student=True, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="not_certified", visa_status="b1b2", specialties=["Cardiology", "Internal Medicine"],
               languages=["English", "Urdu", "Punjabi"], publications=0,
               usce_entries=[E("research", "Cardiology", "PA", "2024-06", "2024-08"),
                             E("telehealth", "Internal Medicine", "NY", "2024-10", "2024-10"),
                             E("observership", "Internal Medicine", "OH", "2025-01", "2025-02")]),
    cv=dict(
        name_line="MUHAMMAD USMAN GHANI", title="Final Year MBBS Student",
        contacts=["usman.ghani.aimc@gmail.com", "+92 300 4567123", "House 14-B, Allama Iqbal Town, Lahore, Pakistan"],
        sections=[
            ("Education", [
                ("MBBS — Allama Iqbal Medical College, Lahore (University of Health Sciences)", "2022 – 2027",
                 ["Final year MBBS (2022–2027); Final Professional examination expected in 2027",
                  "Distinction in Physiology (1st Professional), Honours in Pharmacology"]),
                ("F.Sc. Pre-Medical — Government College University, Lahore", "2019 – 2021", ["1068/1100"]),
            ]),
            ("United States Clinical Exposure", [
                ("Summer Research Internship, Division of Cardiology — University of Pittsburgh Medical Center, Pittsburgh, PA", "Summer 2024 (Jun–Aug)",
                 ["Chart review for a heart-failure readmission database (REDCap)."]),
                ("Virtual (telehealth) elective, Internal Medicine — Mount Sinai Hospital, New York, NY", "Oct 2024",
                 ["Attended virtual rounds and telemedicine clinic visits, 4 weeks."]),
                ("Visiting Student Observership, Department of Internal Medicine — Cleveland Clinic, Cleveland, OH", "15 Jan 2025 – 7 Feb 2025",
                 ["Observed inpatient general medicine team; 3 weeks."]),
            ]),
            ("Clinical Rotations (Pakistan)", [
                ("Clinical clerkships — Jinnah Hospital, Lahore", "2024 – present", ["Medicine, Surgery, Gynae/Obs, Paediatrics wards"]),
            ]),
            ("Examinations", ["USMLE Step 1: scheduled March 2027", "NBME CBSSA practice: 238 (Form 30)",
                              "ECFMG ID 0-812-446-3 — not yet certified"]),
            ("Research", ["Manuscript submitted: 'Statin adherence after PCI in Lahore' (under review, Pak Heart J)",
                          "Poster: QT prolongation in hospitalized patients, UHS Research Symposium 2025"]),
            ("Interests", ["Cardiology", "Internal Medicine"]),
            ("Languages", ["English (fluent)", "Urdu (native)", "Punjabi (native)"]),
            ("Visa", ["Will require a US B1/B2 visitor visa for rotations"]),
            ("Referees", ["Prof. Dr. Khalid Mahmood, Head of Cardiology, Jinnah Hospital — khalid.mahmood@aimc.edu.pk — +92 42 9923 1400",
                          "Dr. Sarah Whitfield, MD, UPMC Heart & Vascular Institute — whitfields@upmc-research.org"]),
        ],
    ))

# 003 -- Egypt graduate -- python-docx -> LibreOffice PDF
P["003"] = dict(
    truth=dict(full_name="Mohamed Ashraf El-Sayed", email="m.ashraf.elsayed@outlook.com", phone_e164="+201012345678",
               medical_school="Kasr Al Ainy Faculty of Medicine, Cairo University", medical_school_country="EG",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=256, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Nephrology"],
               languages=["Arabic", "English", "French"], publications=3,
               usce_entries=[E("observership", "Cardiology", "TX", "2026-03", "2026-04"),
                             E("hands_on", "Internal Medicine", "IL", "2026-05", "2026-07"),
                             E("research", "Nephrology", "FL", "2026-08", "2026-12")]),
    cv=dict(
        name_line="Dr. Mohamed Ashraf El-Sayed, MBBCh", title="Internal Medicine applicant — Match 2027",
        contacts=["m.ashraf.elsayed@outlook.com", "+20 10 1234 5678", "Giza, Egypt"],
        sections=[
            ("Education", [
                ("Bachelor of Medicine and Surgery (MBBCh) — Kasr Al Ainy Faculty of Medicine, Cairo University", "2018 – 2024",
                 ["Graduated with distinction (Excellent with Honours), 2024 — cumulative 89.6%"]),
                ("Mandatory Internship (House Officer year) — Kasr Al Ainy University Hospitals", "Mar 2025 – Feb 2026",
                 ["Rotations: Internal Medicine, General Surgery, Pediatrics, OB/GYN, Emergency, Anesthesia"]),
            ]),
            ("USMLE", ["Step 1 — PASS (2023)", "Step 2 CK — 256 (2025)", "OET Medicine — Grade A/B",
                       "ECFMG Certified — May 2026"]),
            ("U.S. Clinical Experience", [
                ("Clinical Observership, Cardiology — Houston Methodist Hospital, Houston, Texas", "03/2026 – 04/2026", []),
                ("Hands-on Externship, Internal Medicine — Saint Anthony Hospital, Chicago, Illinois", "05/2026 – 07/2026",
                 ["Took histories, performed physical exams, wrote progress notes under attending supervision."]),
                ("Clinical Research Volunteer, Division of Nephrology — University of Miami Miller School of Medicine, Miami, FL", "08/2026 – Present",
                 ["Retrospective AKI-after-contrast cohort; data abstraction and SPSS analysis."]),
            ]),
            ("Publications (peer-reviewed)", [
                "1. El-Sayed MA, Fathy H, et al. Hyponatremia outcomes in cirrhosis. Egyptian Journal of Internal Medicine. 2024;36:41.",
                "2. Abdelaziz R, El-Sayed MA. Contrast nephropathy in diabetics: a prospective study. BMC Nephrology. 2025;26:112.",
                "3. El-Sayed MA, Morsy N. Vitamin D and CKD progression. Cureus. 2025;17(4):e81234.",
                "Abstract (not peer-reviewed): Hepatorenal syndrome management, ASN Kidney Week 2026.",
            ]),
            ("Languages", ["Arabic (native), English (fluent, C2), French (basic)"]),
            ("Visa", ["Will need J-1 visa sponsorship (ECFMG) for residency and US rotations"]),
            ("References", ["Prof. Hany Fathy, Professor of Internal Medicine, Cairo University — hany.fathy@kasralainy.edu.eg — +20 2 2364 0000",
                            "Dr. Laura Mendez, MD, Nephrology, University of Miami — lmendez@med-miami-research.org"]),
        ],
    ))

# 004 -- Nigeria, awaiting convocation -- python-docx -> LibreOffice ODT
P["004"] = dict(
    truth=dict(full_name="Chiamaka Nwachukwu-Eze", email="chiamaka.nwachukwu@yahoo.com", phone_e164="+2348035550192",
               medical_school="College of Medicine, University of Lagos", medical_school_country="NG",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="pending", visa_status=None, specialties=["Pediatrics"],
               languages=["English", "Igbo", "Yoruba"], publications=1,
               usce_entries=[E("observership", "Pediatrics", "PA", "2025-01", "2025-02")]),
    cv=dict(
        name_line="Chiamaka Nwachukwu-Eze", title="MBBS (Lagos) · House Officer · Future Paediatrician",
        contacts=["chiamaka.nwachukwu@yahoo.com", "+234 803 555 0192", "Surulere, Lagos, Nigeria"],
        sections=[
            ("Education", [
                ("Bachelor of Medicine, Bachelor of Surgery (MBBS) — College of Medicine, University of Lagos (CMUL)", "2019 – 2025",
                 ["Passed Final MB examinations, June 2025 — degree awaiting convocation",
                  "Distinction in Paediatrics (Final MB)"]),
            ]),
            ("Housemanship", [
                ("House Officer — Lagos University Teaching Hospital (LUTH), Idi-Araba", "Nov 2025 – present",
                 ["Paediatrics (4 mo), Internal Medicine (3 mo), Surgery (3 mo), Obstetrics & Gynaecology (2 mo)"]),
            ]),
            ("US Clinical Experience", [
                ("Visiting medical student observership, General Pediatrics — Children's Hospital of Philadelphia, Philadelphia, PA", "Jan–Feb '25",
                 ["3 weeks; attended family-centred rounds, morning report and continuity clinic."]),
            ]),
            ("Examinations", ["USMLE Step 1: Passed (first attempt), 2026", "USMLE Step 2 CK: scheduled for February 2027",
                              "ECFMG certification: in progress"]),
            ("Publication", ["Nwachukwu-Eze C, Adeyemo A. Neonatal jaundice and exchange transfusion at LUTH. Nigerian Journal of Paediatrics. 2025;52(2):101-107."]),
            ("Languages", ["English, Igbo (native), Yoruba (conversational)"]),
            ("Referees", ["Prof. Adebola Adeyemo — Department of Paediatrics, LUTH — bola.adeyemo@unilag-med.edu.ng — +234 802 311 4400",
                          "Dr. Rachel Kim, MD — Attending, General Pediatrics, CHOP — kimr@chop-peds.org"]),
        ],
    ))

# 005 -- India graduate -- python-docx -> LibreOffice RTF
P["005"] = dict(
    truth=dict(full_name="Sneha Venkataraman", email="sneha.venkat93@gmail.com", phone_e164="+919840123456",
               medical_school="Madras Medical College", medical_school_country="IN",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["Psychiatry", "Neurology"],
               languages=["English", "Tamil", "Hindi", "Telugu"], publications=2,
               usce_entries=[E("observership", "Psychiatry", "MI", "2025-03", "2025-03"),
                             E("hands_on", "Psychiatry", "NY", "2025-06", "2025-08"),
                             E("research", "Neurology", "MD", "2025-09", "2026-12")]),
    cv=dict(
        name_line="Sneha Venkataraman", title="MBBS — Applicant for Psychiatry / Neurology residency",
        contacts=["sneha.venkat93@gmail.com", "+91 98401 23456", "Adyar, Chennai 600020, India"],
        sections=[
            ("Medical Education", [
                ("MBBS — Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University)", "2019 – 2024",
                 ["Year of graduation (degree conferred): 2025"]),
                ("Compulsory Rotating Resident Internship (CRRI) — Rajiv Gandhi Government General Hospital, Chennai", "Apr 2024 – Mar 2025", []),
            ]),
            ("US Clinical Experience", [
                ("Clinical Observership, Psychiatry — Henry Ford Hospital, Detroit, MI", "3 Mar 2025 – 21 Mar 2025", ["3 weeks"]),
                ("Hands-on Clinical Externship, Psychiatry — Interfaith Medical Center, Brooklyn, NY", "2025.06 – 2025.08",
                 ["Inpatient psychiatry unit: admission H&Ps, MSE, family meetings."]),
                ("Research Assistant (remote), Department of Neurology — Johns Hopkins University School of Medicine, Baltimore, MD", "Sep 2025 – ongoing",
                 ["Epilepsy outcomes registry; REDCap, R."]),
            ]),
            ("USMLE / ECFMG", ["Step 1: Pass", "Step 2 CK: 241", "Step 2 CS: not applicable (discontinued)", "ECFMG certified (2025)"]),
            ("Publications", ["1. Venkataraman S, Raman K. Catatonia in a tertiary hospital in South India. Indian J Psychiatry. 2024;66(5):455-460.",
                              "2. Venkataraman S, et al. Status epilepticus mortality predictors. Epilepsy & Behavior. 2026;150:109601.",
                              "Manuscript in preparation: Lithium monitoring adherence."]),
            ("Languages", ["English, Tamil (native), Hindi, Telugu"]),
            ("Visa status", ["Current visa: B1/B2 (valid until 2034)"]),
            ("References", ["Dr. Karthik Raman, MD, Professor of Psychiatry, Madras Medical College — karthik.raman@mmc-faculty.in",
                            "Dr. Emily Carter, MD, Neurology, Johns Hopkins — ecarter12@jh-neuro.org — +1 410 555 0199"]),
        ],
    ))

# 006 -- Philippines MD student -- plain text
P["006"] = dict(
    truth=dict(full_name="Maria Angelica Dela Cruz", email="mangelica.delacruz@ust.edu.ph", phone_e164="+639178123456",
               medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH",
               graduation_year=2027, is_student=True, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2", specialties=["Family Medicine"],
               languages=["English", "Filipino", "Cebuano"], publications=0,
               usce_entries=[E("hands_on", "Family Medicine", "HI", "2024-12", "2024-12"),
                             E("telehealth", "Internal Medicine", "TX", "2025-03", "2025-03")]),
    cv=None)

# 007 -- Mexico graduate -- chromium sidebar + skill bars
P["007"] = dict(
    truth=dict(full_name="José Luis Hernández Ávila", email="jl.hernandez.avila@gmail.com", phone_e164="+523312345678",
               medical_school="Universidad Autónoma de Guadalajara", medical_school_country="MX",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=235, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Gastroenterology", "Internal Medicine"],
               languages=["Spanish", "English", "Portuguese"], publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "TX", "2025-10", "2025-12"),
                             E("observership", "Gastroenterology", "FL", "2026-01", "2026-01"),
                             E("research", "Gastroenterology", "CA", "2026-02", "2026-12")]),
    cv=dict(
        name_line="José Luis Hernández Ávila", title="Médico Cirujano · Research Fellow, Gastroenterology",
        contacts=["jl.hernandez.avila@gmail.com", "+52 33 1234 5678", "Zapopan, Jalisco, México"],
        sections=[
            ("Education", [
                ("Médico Cirujano (MD equivalent) — Universidad Autónoma de Guadalajara, Facultad de Medicina", "2018 – 2025",
                 ["Internado de pregrado (rotating internship): Hospital Civil de Guadalajara, 2023–2024",
                  "Servicio social: Centro de Salud Tlaquepaque, 2024–2025",
                  "Título de Médico Cirujano conferred August 2025"]),
            ]),
            ("US Clinical Experience", [
                ("Hands-on Externship, Internal Medicine — University Health, San Antonio, TX", "2025-10 → 2025-12", ["Inpatient wards, 12 weeks"]),
                ("Observership, Gastroenterology & Hepatology — Jackson Memorial Hospital, Miami, FL", "Jan 2026", ["Endoscopy suite and GI clinic, 4 weeks"]),
                ("Research Fellow, Division of Gastroenterology — UC San Diego Health, La Jolla, CA", "Feb 2026 – Current",
                 ["IBD biologics outcomes; 2 manuscripts accepted"]),
            ]),
            ("USMLE", ["Step 1: Pass", "Step 2 CK: 235", "ECFMG: Certified (Oct 2025)"]),
            ("Publications", ["Hernández Ávila JL, et al. Ustekinumab persistence in Hispanic IBD patients. Inflamm Bowel Dis. 2026;32(7):1101-1108.",
                              "Hernández Ávila JL, Park S. Colonoscopy quality metrics in Jalisco. Rev Gastroenterol Mex. 2025;90(2):180-187.",
                              "Poster: DDW 2026, San Diego — Vedolizumab trough levels."]),
            ("Visa", ["J-1 Research Scholar (current)"]),
            ("References", ["Dr. Samuel Park, MD — Associate Professor of Medicine (GI), UC San Diego — spark@ucsd-gi-lab.org — +1 (858) 555-0143",
                            "Dra. Lucía Robles — Hospital Civil de Guadalajara — lrobles@hcg-med.mx"]),
        ],
        sidebar_langs=["Español — nativo", "English — C2", "Português — B2"],
        skills=[("Endoscopy (observed)", 55), ("Clinical research", 85), ("R / SPSS", 70), ("Bedside procedures", 65)],
    ))

# 008 -- Poland student -- python-docx two-column table
P["008"] = dict(
    truth=dict(full_name="Aleksandra Nowak-Wiśniewska", email="a.nowak.wisniewska@gumed.edu.pl", phone_e164="+48601234567",
               medical_school="Medical University of Gdańsk", medical_school_country="PL",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2", specialties=["General Surgery", "Anesthesiology"],
               languages=["Polish", "English", "German", "Russian"], publications=1,
               usce_entries=[E("hands_on", "General Surgery", "FL", "2026-07", "2026-07"),
                             E("hands_on", "Anesthesiology", "OH", "2026-08", "2026-08")]),
    cv=dict(
        name_line="Aleksandra Nowak-Wiśniewska", title="6th-year medical student · MD (in progress)",
        contacts=["a.nowak.wisniewska@gumed.edu.pl", "+48 601 234 567", "Gdańsk, Poland"],
        sections=[
            ("Education", [
                ("Lekarz (MD program, English Division) — Medical University of Gdańsk (Gdański Uniwersytet Medyczny)", "2021 – 2027",
                 ["MD (in progress) — expected graduation June 2027", "GPA 4.6 / 5.0"]),
            ]),
            ("US electives", [
                ("Sub-internship, General Surgery (4 weeks) — University of Miami / Jackson Health, Miami, FL", "07/2026", ["Acting intern on the acute care surgery service"]),
                ("Visiting student elective, Anesthesiology — University Hospitals Cleveland Medical Center, Cleveland, OH", "08/2026",
                 ["Airway management, regional blocks (supervised)"]),
            ]),
            ("Clinical experience in Europe", [
                ("Summer clinical clerkship, Surgery — Uniklinik Köln, Germany", "Jul 2025", []),
                ("Clinical rotations — University Clinical Centre, Gdańsk", "2023 – present", []),
            ]),
            ("USMLE", ["Step 1: PASS (April 2026)"]),
            ("Publications", ["Nowak-Wiśniewska A, Kowalski P. Enhanced recovery after colorectal surgery in Pomerania. Pol Przegl Chir. 2025;97(3):12-18."]),
            ("Languages", ["Polish (native), English (C2), German (B2), Russian (A2)"]),
            ("Visa", ["Polish citizen; US B1/B2 visa"]),
            ("References", ["Prof. Piotr Kowalski, MD PhD — Department of Surgery, Medical University of Gdańsk — p.kowalski@gumed-surg.pl",
                            "Dr. Nathan Brooks, MD — Anesthesiology, UH Cleveland — nathan.brooks@uh-anes.org"]),
        ],
    ))

# 009 -- Ross (Barbados), Canadian, class of 2026 graduating December -- chromium modern icons
P["009"] = dict(
    truth=dict(full_name="Harjot Kaur Sandhu", email="harjot.sandhu@rossmed.edu.dm", phone_e164="+14165550147",
               medical_school="Ross University School of Medicine", medical_school_country="BB",
               graduation_year=2026, is_student=True, usmle_step1="pass", usmle_step2ck=262, usmle_step3=None,
               ecfmg_status="pending", visa_status=None, specialties=["Internal Medicine"],
               languages=["English", "French", "Punjabi"], publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "GA", "2025-01", "2025-03"),
                             E("hands_on", "General Surgery", "FL", "2025-04", "2025-06"),
                             E("hands_on", "Psychiatry", "IL", "2025-09", "2025-10"),
                             E("hands_on", "Obstetrics and Gynecology", "GA", "2025-11", "2025-12"),
                             E("hands_on", "Family Medicine", "FL", "2026-01", "2026-02"),
                             E("hands_on", "Internal Medicine", "GA", "2026-04", "2026-04")]),
    cv=dict(
        name_line="Harjot Kaur Sandhu", title="MD Candidate · Class of 2026 · Internal Medicine",
        contacts=["harjot.sandhu@rossmed.edu.dm", "+1 416-555-0147", "Brampton, Ontario, Canada"],
        sections=[
            ("Education", [
                ("Doctor of Medicine — Ross University School of Medicine, Bridgetown, Barbados", "Sep 2022 – Dec 2026",
                 ["Class of 2026 — anticipated graduation: December 2026 (degree conferral after final term)",
                  "Medical Sciences (basic sciences), Barbados campus: Sep 2022 – Dec 2024"]),
                ("Honours BSc, Life Sciences — McMaster University, Hamilton, ON", "2018 – 2022", []),
            ]),
            ("Clinical Sciences — United States", [
                ("Internal Medicine core — Morehouse School of Medicine affiliated hospital, Atlanta, GA", "Jan–Mar 2025", []),
                ("Surgery core — Larkin Community Hospital, Miami, FL", "Apr–Jun 2025", []),
                ("Psychiatry core — Saint Anthony Hospital, Chicago, IL", "Sep–Oct 2025", []),
                ("Obstetrics & Gynecology core — Atlanta Medical Center, Atlanta, GA", "Nov–Dec 2025", []),
                ("Family Medicine core — Florida Hospital (AdventHealth), Orlando, FL", "Jan–Feb 2026", []),
                ("Sub-internship, Internal Medicine — Grady Memorial Hospital, Atlanta, GA", "Apr 2026", []),
            ]),
            ("Clinical Sciences — Canada (electives)", [
                ("Pediatrics core — William Osler Health System, Brampton, ON", "Jul–Aug 2025", []),
                ("Neurology elective — The Ottawa Hospital, Ottawa, ON", "Mar 2026", []),
            ]),
            ("Licensing exams", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 262", "MCCQE Part I — 265 (not USMLE)",
                                 "ECFMG certification pending — awaiting final diploma"]),
            ("Languages", ["English · French · Punjabi"]),
            ("Citizenship", ["Canadian citizen"]),
            ("References", ["Dr. Olusegun Ajayi, MD — Program Director, Grady IM sub-internship — oajayi@grady-im.org — +1 404 555 0110",
                            "Dr. Helen Tran, MD — Clerkship Director, Surgery — htran@larkin-surg.org"]),
        ],
    ))

# 010 -- Romania graduate -- python-docx, contacts in footer
P["010"] = dict(
    truth=dict(full_name="Andrei-Mihai Popescu", email="andrei.m.popescu@protonmail.com", phone_e164="+40721234567",
               medical_school="Carol Davila University of Medicine and Pharmacy", medical_school_country="RO",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=218,
               ecfmg_status="certified", visa_status="j1", specialties=["Neurology"],
               languages=["Romanian", "English", "French", "Italian"], publications=4,
               usce_entries=[E("observership", "Neurology", "TX", "2025-06", "2025-06"),
                             E("research", "Neurology", "TX", "2025-09", "2026-12")]),
    cv=dict(
        name_line="Andrei-Mihai Popescu, MD", title="Doctor-Medic · Neurology research",
        contacts=["andrei.m.popescu@protonmail.com", "+40 721 234 567", "Bucharest, Romania"],
        sections=[
            ("Education", [
                ("Doctor-Medic (MD, 6-year program) — Carol Davila University of Medicine and Pharmacy, Bucharest", "2019 – 2025",
                 ["Graduated July 2025, final grade 9.71/10"]),
            ]),
            ("US Experience", [
                ("Observership, Neurology — UT Southwestern Medical Center, Dallas, TX", "June 9 – June 27, 2025", []),
                ("Postdoctoral Research Fellow, Department of Neurology — UT Southwestern Medical Center, Dallas, TX", "2025-09 – present",
                 ["Stroke thrombectomy outcomes; J-1 research scholar"]),
            ]),
            ("USMLE", ["Step 1: Pass · Step 2 CK: 244 · Step 3: 218", "ECFMG certified (2025)"]),
            ("Publications", ["1. Popescu AM, et al. Tenecteplase vs alteplase in rural stroke. J Stroke Cerebrovasc Dis. 2026;35:107512.",
                              "2. Popescu AM, Ionescu D. Migraine burden in Romanian students. Rom J Neurol. 2024;23(2):88-94.",
                              "3. Singh R, Popescu AM. Thrombectomy after 24 hours. Stroke. 2026;57:e201.",
                              "4. Popescu AM, et al. Guillain-Barré after vaccination: case series. Neurol Sci. 2025;46:3321.",
                              "Posters: ISC 2026 (x2)"]),
            ("Languages", ["Romanian (native), English (C2), French (B2), Italian (B1)"]),
            ("Visa", ["Currently in the US on a J-1 visa (research scholar)"]),
            ("References", ["Dr. Rajesh Singh, MD — Associate Professor of Neurology, UT Southwestern — rsingh@utsw-neuro.org — +1 214 555 0177"]),
        ],
    ))

# 011 -- Pakistan graduate -- chromium timeline
P["011"] = dict(
    truth=dict(full_name="Ayesha Siddiqa Malik", email="ayesha.s.malik@hotmail.com", phone_e164="+923212345678",
               medical_school="Dow Medical College, Dow University of Health Sciences", medical_school_country="PK",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=259, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["Hematology/Oncology", "Internal Medicine"],
               languages=["English", "Urdu", "Sindhi"], publications=3,
               usce_entries=[E("observership", "Hematology/Oncology", "TX", "2026-02", "2026-03"),
                             E("hands_on", "Internal Medicine", "IL", "2026-04", "2026-06"),
                             E("research", "Hematology/Oncology", "TX", "2026-03", "2026-12")]),
    cv=dict(
        name_line="Ayesha Siddiqa Malik", title="MBBS · Aspiring Internal Medicine → Hematology/Oncology",
        contacts=["ayesha.s.malik@hotmail.com", "+92 321 2345678", "Clifton, Karachi"],
        sections=[
            ("Education", [
                ("MBBS — Dow Medical College, Dow University of Health Sciences, Karachi", "2020 – 2025",
                 ["Graduated with distinction, 2025 (Gold medal, Pathology)"]),
                ("House Job — Civil Hospital Karachi", "Mar 2025 – Feb 2026", ["Medicine 6 months, Surgery 6 months"]),
            ]),
            ("US Clinical Experience", [
                ("Observership, Hematology/Oncology — Baylor St. Luke's Medical Center, Houston, TX", "2/2026–3/2026", []),
                ("Research Volunteer (remote), Hematology/Oncology — Baylor College of Medicine, Houston, TX", "3/2026–present",
                 ["Myeloma CAR-T real-world outcomes"]),
                ("Hands-on Externship, Internal Medicine — Mount Sinai Hospital, Chicago, IL", "4/2026–6/2026", []),
            ]),
            ("Scores", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 259", "ECFMG: Certified", "PLAB 1: Pass (2025) — not pursuing UK"]),
            ("Publications", ["Malik AS, et al. Iron deficiency in Karachi adolescents. J Pak Med Assoc. 2024;74(6):1120-1124.",
                              "Malik AS, Qureshi F. Thalassemia carrier screening. Pak J Med Sci. 2025;41(1):55-60.",
                              "Ahmed Z, Malik AS. Febrile neutropenia outcomes. Cureus. 2026;18(2):e55102.",
                              "Abstract: ASH 2026 (submitted)"]),
            ("Languages", ["English · Urdu · Sindhi"]),
            ("Visa", ["B1/B2 visitor visa holder"]),
            ("References", ["Dr. Farah Qureshi — Professor of Pathology, DUHS — farah.qureshi@duhs-path.edu.pk",
                            "Dr. Michael Nguyen, MD — Hematology, Baylor College of Medicine — mnguyen@bcm-heme.org — +1 713 555 0166"]),
        ],
    ))

# 012 -- Ukraine student, name in two scripts -- python-docx -> LO PDF
P["012"] = dict(
    truth=dict(full_name="Yevheniia Shevchenko", email="yevheniia.shevchenko@ukr.net", phone_e164="+380671234567",
               medical_school="Bogomolets National Medical University", medical_school_country="UA",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2", specialties=["Internal Medicine", "Endocrinology"],
               languages=["Ukrainian", "Russian", "English", "Polish"], publications=0,
               usce_entries=[E("observership", "Internal Medicine", "NJ", "2025-01", "2025-02")]),
    cv=dict(
        name_line="Yevheniia Shevchenko / Євгенія Шевченко", title="Medical student (6th year) — Internal Medicine & Endocrinology",
        contacts=["yevheniia.shevchenko@ukr.net", "+380 67 123 4567", "Kyiv, Ukraine"],
        sections=[
            ("Education", [
                ("Medical Doctor program (General Medicine) — Bogomolets National Medical University, Kyiv", "Sept 2021 – June 2027",
                 ["6th-year student; expected graduation June 2027", "Followed by internatura (internship) in Internal Medicine"]),
            ]),
            ("US Clinical Exposure", [
                ("Observership, Internal Medicine — Hackensack University Medical Center, Hackensack, NJ", "15 Jan 2025 – 7 Feb 2025", ["3 weeks"]),
            ]),
            ("Exams", ["USMLE Step 1 — Pass (Nov 2025)", "KROK 1 — 186.5 (national exam, not USMLE)"]),
            ("Volunteering", ["Red Cross Ukraine — first aid instructor, 2022–present"]),
            ("Languages", ["Ukrainian (native), Russian (fluent), English (C1), Polish (B1)"]),
            ("Visa", ["US B1/B2 visa issued 2024"]),
            ("Referees", ["Prof. Olena Kovalchuk — Department of Internal Medicine No. 2, Bogomolets NMU — o.kovalchuk@nmu-im2.ua",
                          "Dr. David Levin, MD — Hackensack Meridian Health — dlevin@hmh-im.org"]),
        ],
    ))

# 013 -- India graduate -- python-docx -> LO ODT
P["013"] = dict(
    truth=dict(full_name="Rohan Mehta", email="rohanmehta.kmc@gmail.com", phone_e164="+919920011223",
               medical_school="Kasturba Medical College, Manipal", medical_school_country="IN",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None,
               ecfmg_status="certified", visa_status=None, specialties=["Family Medicine", "Emergency Medicine"],
               languages=["English", "Hindi", "Gujarati", "Marathi"], publications=1,
               usce_entries=[E("hands_on", "Family Medicine", "TX", "2025-01", "2025-03"),
                             E("observership", "Emergency Medicine", "NJ", "2025-05", "2025-05"),
                             E("telehealth", "Psychiatry", "CA", "2025-06", "2025-07")]),
    cv=dict(
        name_line="Rohan Mehta", title="MBBS (Manipal), 2024 — Family Medicine / Emergency Medicine",
        contacts=["rohanmehta.kmc@gmail.com", "+91 99200 11223", "Andheri West, Mumbai"],
        sections=[
            ("Education", [
                ("MBBS — Kasturba Medical College, Manipal (Manipal Academy of Higher Education)", "2018 – 2024",
                 ["Coursework 2018–2023; Compulsory rotating internship 2023–2024; degree awarded 2024"]),
            ]),
            ("USCE", [
                ("Clinical Externship (hands-on), Family Medicine — Harris Health Community Clinic, Houston, TX", "Jan–Mar 2025", []),
                ("Observership, Emergency Medicine — University Hospital, Newark, NJ", "May 2025", ["2 weeks"]),
                ("Telehealth rotation, Psychiatry — virtual clinic, Los Angeles, CA", "Jun–Jul 2025", []),
            ]),
            ("Indian clinical work", [("Junior Resident (non-academic), Emergency Medicine — Lilavati Hospital, Mumbai", "Aug 2025 – present", [])]),
            ("Exams", ["USMLE Step 1: PASS · Step 2 CK: 238 · ECFMG certified (Dec 2024)", "UWSA1 practice: 245"]),
            ("Publications", ["Mehta R, Shetty A. Snakebite envenomation outcomes in coastal Karnataka. J Family Med Prim Care. 2024;13(8):3011-3016."]),
            ("Languages", ["English, Hindi, Gujarati, Marathi"]),
            ("References", ["Dr. Anil Shetty — Professor, Community Medicine, KMC Manipal — anil.shetty@manipal-cm.edu",
                            "Dr. Jennifer Wu, MD — Family Medicine, Houston — jwu@harris-fm.org — +1 713 555 0134"]),
        ],
    ))

# 014 -- AUC (Sint Maarten), US citizen -- python-docx -> LO RTF
P["014"] = dict(
    truth=dict(full_name="Oluwaseun Adebayo-Williams", email="seun.adebayowilliams@students.aucmed.edu", phone_e164="+13475550182",
               medical_school="American University of the Caribbean School of Medicine", medical_school_country="SX",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="citizen", specialties=["Obstetrics and Gynecology"],
               languages=["English", "Yoruba"], publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "FL", "2024-10", "2024-12"),
                             E("hands_on", "General Surgery", "NY", "2025-01", "2025-03"),
                             E("hands_on", "Pediatrics", "MI", "2025-04", "2025-05"),
                             E("hands_on", "Obstetrics and Gynecology", "NY", "2025-06", "2025-07"),
                             E("hands_on", "Psychiatry", "CA", "2025-08", "2025-09"),
                             E("hands_on", "Family Medicine", "TX", "2025-10", "2025-11")]),
    cv=dict(
        name_line="Oluwaseun Adebayo-Williams", title="MD Candidate — Obstetrics & Gynecology",
        contacts=["seun.adebayowilliams@students.aucmed.edu", "(347) 555-0182", "Queens, NY 11434"],
        sections=[
            ("Education", [
                ("Doctor of Medicine — American University of the Caribbean School of Medicine, Sint Maarten", "Jan 2023 – present",
                 ["MD (in progress) — Expected graduation: May 2027",
                  "Basic Sciences (Sint Maarten campus): Jan 2023 – Aug 2024", "Clinical Sciences (US hospitals): Oct 2024 – present"]),
                ("B.S. Biology — Stony Brook University, NY", "2017 – 2021", []),
            ]),
            ("Core Clerkships (USA)", [
                ("Internal Medicine — Larkin Community Hospital, Miami, FL", "10/2024–12/2024", []),
                ("Surgery — Jamaica Hospital Medical Center, Queens, NY", "01/2025–03/2025", []),
                ("Pediatrics — Hurley Medical Center, Flint, MI", "04/2025–05/2025", []),
                ("Obstetrics & Gynecology — Flushing Hospital Medical Center, Flushing, NY", "06/2025–07/2025", []),
                ("Psychiatry — Kern Medical, Bakersfield, CA", "08/2025–09/2025", []),
                ("Family Medicine — Methodist Family Medicine, Houston, TX", "10/2025–11/2025", []),
            ]),
            ("Examinations", ["USMLE Step 1 — Pass (2024)", "NBME OB/GYN shelf — 84th percentile", "Step 2 CK — scheduled January 2027"]),
            ("Citizenship", ["U.S. citizen"]),
            ("Languages", ["English (native); Yoruba (heritage speaker)"]),
            ("References", ["Dr. Patricia Gomez, MD — OB/GYN Clerkship Director, Flushing Hospital — pgomez@flushing-obgyn.org — (718) 555-0101"]),
        ],
    ))

# 015 -- Bangladesh graduate in internship -- python-docx table grid
P["015"] = dict(
    truth=dict(full_name="Tasnim Rahman Chowdhury", email="tasnim.r.chowdhury@gmail.com", phone_e164="+8801712345678",
               medical_school="Dhaka Medical College", medical_school_country="BD",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="pending", visa_status="b1b2", specialties=["Infectious Disease", "Internal Medicine"],
               languages=["Bengali", "English", "Hindi"], publications=2,
               usce_entries=[E("observership", "Infectious Disease", "MA", "2026-08", "2026-08")]),
    cv=dict(
        name_line="Dr. Tasnim Rahman Chowdhury", title="MBBS (Dhaka Medical College) — Intern Doctor",
        contacts=["tasnim.r.chowdhury@gmail.com", "+880 1712-345678", "Dhanmondi, Dhaka-1205, Bangladesh"],
        sections=[
            ("Academic Qualification", [
                ("MBBS — Dhaka Medical College (University of Dhaka)", "2019 – 2025",
                 ["Final Professional MBBS examination passed May 2025 (honours marks in Medicine)"]),
                ("Internship — Dhaka Medical College Hospital", "Jul 2025 – Jun 2026", ["12-month rotating internship (completed)"]),
            ]),
            ("US Clinical Experience", [
                ("Observership, Infectious Diseases — Massachusetts General Hospital, Boston, MA", "Aug 4 – Aug 22, 2026", ["3 weeks"]),
            ]),
            ("Exams", ["USMLE Step 1: Pass (2025)", "ECFMG status: Pending (Step 2 CK scheduled Jan 2027)"]),
            ("Publications", ["Chowdhury TR, et al. Dengue shock syndrome predictors in Dhaka. PLoS Negl Trop Dis. 2025;19(3):e0012201.",
                              "Chowdhury TR, Islam M. Typhoid antimicrobial resistance. Bangladesh Med Res Counc Bull. 2024;50(1):22-27."]),
            ("Languages", ["Bengali (Bangla), English, Hindi"]),
            ("Visa", ["US B1/B2 visa"]),
            ("Referees", ["Prof. Dr. Mahmudul Islam — Department of Medicine, DMC — mislam@dmc-medicine.gov.bd — +880 2 5516 5088"]),
        ],
    ))

# 016 -- Jamaica (UWI Mona) final-year student -- chromium minimal serif
P["016"] = dict(
    truth=dict(full_name="Shanice Campbell", email="shanice.campbell@mymona.uwi.edu", phone_e164="+18765550123",
               medical_school="The University of the West Indies, Mona", medical_school_country="JM",
               graduation_year=2027, is_student=True, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2", specialties=["Obstetrics and Gynecology"],
               languages=["English", "Spanish"], publications=0,
               usce_entries=[E("hands_on", "Obstetrics and Gynecology", "FL", "2026-01", "2026-02")]),
    cv=dict(
        name_line="Shanice Campbell", title="Final-year MBBS student",
        contacts=["shanice.campbell@mymona.uwi.edu", "876-555-0123", "Kingston 7, Jamaica"],
        sections=[
            ("Education", [
                ("MBBS — The University of the West Indies, Mona Campus, Kingston, Jamaica", "2022 – 2027",
                 ["Final year; expected graduation July 2027", "Phase I (pre-clinical) 2022–2024; Phase II (clinical) 2024–2027"]),
            ]),
            ("Visiting Student Elective (USA)", [
                ("Visiting student elective, Obstetrics & Gynecology — Jackson Memorial Hospital, Miami, FL", "Jan–Feb '26",
                 ["Labor & delivery and gyn-onc clinic"]),
            ]),
            ("Clinical Clerkships (Jamaica)", [("University Hospital of the West Indies — OB/GYN, Surgery, Medicine", "2024 – present", [])]),
            ("Interests", ["Obstetrics & Gynecology; global maternal health"]),
            ("Languages", ["English; Spanish (intermediate)"]),
            ("Visa", ["Jamaican national; B1/B2 visa holder"]),
            ("References", ["Dr. Horace Fletcher — UHWI Obstetrics — hfletcher@uwimona-obgyn.edu.jm — +1 876 927 1620"]),
        ],
    ))

# --- Scans ---
P["017"] = dict(
    truth=dict(full_name="Ifeoluwa Adeyemi", email="ife.adeyemi@gmail.com", phone_e164="+2348123456789",
               medical_school="Obafemi Awolowo University", medical_school_country="NG",
               graduation_year=2027, is_student=True, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None, specialties=["Pediatrics"],
               languages=["English", "Yoruba"], publications=0,
               usce_entries=[E("observership", "Pediatrics", "TX", "2025-03", "2025-03")]),
    cv=dict(
        name_line="Ifeoluwa Adeyemi", title="Medical student (600 level), Obafemi Awolowo University",
        contacts=["ife.adeyemi@gmail.com", "+234 812 345 6789", "Ile-Ife, Osun State, Nigeria"],
        sections=[
            ("Education", [("MBChB — Obafemi Awolowo University, Ile-Ife", "2020 – 2027", ["Final year; expected graduation 2027"])]),
            ("US Clinical Exposure", [("Observership, Pediatrics — Texas Children's Hospital, Houston, TX", "Mar 2025", ["2 weeks"])]),
            ("Interests", ["Pediatrics"]),
            ("Languages", ["English, Yoruba"]),
            ("Referee", ["Prof. Kayode Ogundipe — OAUTHC Paediatrics — kogundipe@oauthc-peds.ng"]),
        ],
    ))
P["018"] = dict(
    truth=dict(full_name="Ananya Krishnan", email="ananya.krishnan24@gmail.com", phone_e164="+919876501234",
               medical_school="Grant Government Medical College", medical_school_country="IN",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["Internal Medicine"],
               languages=["English", "Hindi", "Malayalam"], publications=1,
               usce_entries=[E("hands_on", "Internal Medicine", "NY", "2025-02", "2025-04"),
                             E("observership", "Cardiology", "OH", "2025-06", "2025-06")]),
    cv=dict(
        name_line="Ananya Krishnan", title="MBBS, Grant Government Medical College, Mumbai (2024)",
        contacts=["ananya.krishnan24@gmail.com", "+91 98765 01234", "Mumbai, India"],
        sections=[
            ("Education", [("MBBS — Grant Government Medical College, Mumbai", "2018 – 2024", ["Graduated 2024 after internship at Sir J.J. Hospital"])]),
            ("US Clinical Experience", [("Externship, Internal Medicine — Brookdale Hospital, Brooklyn, NY", "02/2025 – 04/2025", []),
                                        ("Observership, Cardiology — Cleveland Clinic, Cleveland, OH", "06/2025", [])]),
            ("USMLE", ["Step 1: Pass; Step 2 CK: 250; ECFMG certified"]),
            ("Publication", ["Krishnan A, et al. Dengue myocarditis. Indian Heart J. 2024;76:210-214."]),
            ("Languages / Visa", ["English, Hindi, Malayalam · B1/B2 visa"]),
        ],
    ))
P["019"] = dict(
    truth=dict(full_name="Carlo Miguel Bautista", email="cm.bautista@up.edu.ph", phone_e164="+639281234567",
               medical_school="University of the Philippines College of Medicine", medical_school_country="PH",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None, specialties=["Pulmonology/Critical Care", "Internal Medicine"],
               languages=["English", "Filipino"], publications=0,
               usce_entries=[E("observership", "Pulmonology/Critical Care", "CA", "2026-05", "2026-06")]),
    cv=dict(
        name_line="Carlo Miguel Bautista", title="Doctor of Medicine, UP College of Medicine, 2025",
        contacts=["cm.bautista@up.edu.ph", "+63 928 123 4567", "Quezon City, Philippines"],
        sections=[
            ("Education", [("Doctor of Medicine — University of the Philippines College of Medicine, Manila", "2020 – 2025",
                            ["Graduated 2025; postgraduate internship at Philippine General Hospital 2025–2026"])]),
            ("US Experience", [("Observership, Pulmonary & Critical Care — Cedars-Sinai Medical Center, Los Angeles, CA", "May–June 2026", [])]),
            ("Exams", ["USMLE Step 1: Pass"]),
            ("Interests", ["Pulmonary/Critical Care, Internal Medicine"]),
            ("Languages", ["English, Filipino"]),
        ],
    ))
P["020"] = dict(
    truth=dict(full_name="Youssef Mahmoud Farouk", email="youssef.farouk@med.asu.edu.eg", phone_e164="+201112223344",
               medical_school="Ain Shams University Faculty of Medicine", medical_school_country="EG",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2", specialties=["General Surgery"],
               languages=["Arabic", "English", "German"], publications=0,
               usce_entries=[E("observership", "General Surgery", "MN", "2025-08", "2025-08")]),
    cv=dict(
        name_line="Youssef Mahmoud Farouk", title="Final-year medical student, Ain Shams University",
        contacts=["youssef.farouk@med.asu.edu.eg", "+20 111 222 3344", "Cairo, Egypt"],
        sections=[
            ("Education", [("MBBCh — Ain Shams University Faculty of Medicine, Cairo", "2021 – 2027", ["Expected graduation: 2027 (before internship years)"])]),
            ("US Experience", [("Surgical observership — Mayo Clinic, Rochester, MN", "Aug 2025", ["3 weeks"])]),
            ("USMLE", ["Step 1 — Pass (2026)"]),
            ("Interests", ["General Surgery"]),
            ("Languages", ["Arabic, English, German (A2)"]),
            ("Visa", ["B1/B2"]),
        ],
    ))
P["021"] = dict(
    truth=dict(full_name="Aditya Rao", email="aditya.rao.tsmu@gmail.com", phone_e164="+995555123456",
               medical_school="Tbilisi State Medical University", medical_school_country="GE",
               graduation_year=2025, is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["Psychiatry"],
               languages=["English", "Hindi", "Kannada", "Georgian"], publications=0,
               usce_entries=[E("hands_on", "Psychiatry", "NY", "2025-09", "2025-11")]),
    cv=dict(
        name_line="Aditya Rao", title="MD, Tbilisi State Medical University (2025)",
        contacts=["aditya.rao.tsmu@gmail.com", "+995 555 12 34 56", "Tbilisi, Georgia"],
        sections=[
            ("Education", [("Medical Doctor (6-year MD) — Tbilisi State Medical University, Georgia", "2019 – 2025", ["Graduated July 2025"])]),
            ("USCE", [("Hands-on Externship, Psychiatry — Brookdale University Hospital, Brooklyn, NY", "Sep–Nov 2025", [])]),
            ("Exams", ["USMLE Step 1 Pass · Step 2 CK 232 · ECFMG certified"]),
            ("Interests", ["Psychiatry"]),
            ("Languages", ["English, Hindi, Kannada, Georgian (basic)"]),
            ("Visa", ["B1/B2 visa"]),
        ],
    ))
