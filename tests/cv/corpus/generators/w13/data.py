# -*- coding: utf-8 -*-
"""CV content + truth for writer w13. Each person: display content (contact lines, sections) and truth."""


def E(head, sub, date, bullets=()):
    return {"head": head, "sub": sub, "date": date, "bullets": list(bullets)}


def U(t, spec, st, a, b):
    return {"type": t, "specialty": spec, "state": st, "start": a, "end": b}


P = {}

# ---------------------------------------------------------------- 1
P["rohan"] = dict(
    name="Rohan Kulkarni", title="MBBS", alt=None,
    contact=["Pune, Maharashtra, India", "+91 98220 41763", "rohan.kulkarni.md@gmail.com", "DOB: 14 Aug 1996"],
    summary="MBBS graduate seeking a PGY-1 position in Internal Medicine, with an interest in hospital medicine and "
            "quality improvement. Hands-on US clinical experience in family medicine and inpatient observership in Chicago.",
    sections=[
        ("EDUCATION", [E("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "B.J. Government Medical College, Pune, India", "2016 - 2022"),
                       E("Compulsory Rotating Internship", "Sassoon General Hospitals, Pune", "Mar 2021 - Feb 2022")]),
        ("EXAMINATIONS", ["USMLE Step 1: Pass (first attempt, 2022)", "USMLE Step 2 CK: 248 (2023)",
                          "NBME CCSSA Form 11 practice: 262", "ECFMG Certified (October 2023)"]),
        ("US CLINICAL EXPERIENCE", [
            E("Clinical Observer, Internal Medicine", "Advocate Illinois Masonic Medical Center, Chicago, IL", "Mar 2024 - May 2024",
              ["Observed inpatient teaching rounds and presented two patients at morning report"]),
            E("Externship (hands-on), Family Medicine", "Bayou City Family Clinic, Houston, TX", "Jun 2024 - Aug 2024",
              ["Took histories, performed physical exams and wrote SOAP notes under supervision"])]),
        ("CLINICAL EXPERIENCE - INDIA", [E("Junior Resident (non-academic), Medicine", "Deenanath Mangeshkar Hospital, Pune", "Apr 2022 - Jan 2024")]),
        ("PUBLICATIONS", ["Kulkarni R, Deshpande A. Dengue-associated hepatitis in adults. J Assoc Physicians India. 2022;70(6):31-35.",
                          "Kulkarni R, et al. Glycemic variability in ICU patients. Indian J Crit Care Med. 2023;27(2):118-122.",
                          "Poster: Sepsis bundle adherence in a tertiary hospital. ACP India Chapter Meeting, 2021."]),
        ("LANGUAGES", ["English (fluent), Hindi (fluent), Marathi (native)"]),
        ("REFEREES", ["Dr. Anil Deshpande, Professor of Medicine, BJGMC Pune - anil.deshpande@bjgmc.edu.in - +91 20 2612 8000",
                      "Dr. Karen Walsh, MD, Program Faculty, Advocate Illinois Masonic - kwalsh.md@outlook.com - +1 (773) 555-0142"]),
    ],
    truth=dict(full_name="Rohan Kulkarni", email="rohan.kulkarni.md@gmail.com", phone_e164="+919822041763",
               medical_school="B.J. Government Medical College", medical_school_country="IN", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine"], languages=["English", "Hindi", "Marathi"], visa_status=None,
               publications=2,
               usce_entries=[U("observership", "Internal Medicine", "IL", "2024-03", "2024-05"),
                             U("hands_on", "Family Medicine", "TX", "2024-06", "2024-08")]))

# ---------------------------------------------------------------- 2
P["chiamaka"] = dict(
    name="Chiamaka Okonkwo", title="MBBS", alt=None,
    contact=["chiamaka.okonkwo@yahoo.com", "(+234) 803 456 7812", "Enugu, Nigeria"],
    summary="Pediatrics-bound physician who has worked in neonatal units in Enugu and is now a research fellow in pediatric "
            "infectious disease outcomes in Baltimore. I am applying to categorical Pediatrics residency programs.",
    sections=[
        ("Education", [E("MBBS", "University of Nigeria College of Medicine, Enugu Campus", "2014 - 2021")]),
        ("USMLE and Certification", ["Step 1 - PASS", "Step 2 CK - 236", "ECFMG certified, 2023", "UWSA2: 245 (practice)"]),
        ("Clinical Experience in the United States", [
            E("Observership - General Pediatrics", "Children's Healthcare of Atlanta, Atlanta, GA", "09/2023 - 11/2023"),
            E("Research Fellow - Pediatric Outcomes", "Johns Hopkins Children's Center, Baltimore, MD", "01/2024 - present",
              ["Retrospective cohort of RSV admissions; REDCap data management"])]),
        ("Clinical Experience in Nigeria", [E("House Officer", "University of Nigeria Teaching Hospital, Ituku-Ozalla", "01/2022 - 12/2022",
                                               ["Rotations in pediatrics, surgery, internal medicine and obstetrics"])]),
        ("Publications", ["Okonkwo C, Eze U. Neonatal jaundice in a Nigerian tertiary centre. Niger J Paediatr. 2022;49(1):12-18.",
                          "Okonkwo C, et al. Malaria and anemia in under-fives. Malar J. 2023;22:141.",
                          "Adeyemi T, Okonkwo C. Sickle cell crisis triggers. Pediatr Blood Cancer. 2024;71(3):e30812.",
                          "Manuscript in preparation: RSV readmissions in infants (2025)."]),
        ("Languages", ["English, Igbo, Yoruba"]),
    ],
    truth=dict(full_name="Chiamaka Okonkwo", email="chiamaka.okonkwo@yahoo.com", phone_e164="+2348034567812",
               medical_school="University of Nigeria College of Medicine", medical_school_country="NG", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
               specialties=["Pediatrics"], languages=["English", "Igbo", "Yoruba"], visa_status=None, publications=3,
               usce_entries=[U("observership", "Pediatrics", "GA", "2023-09", "2023-11"),
                             U("research", "Pediatrics", "MD", "2024-01", "present")]))

# ---------------------------------------------------------------- 3
P["mariana"] = dict(
    name="Mariana Castillo Rojas", title="MD", alt=None,
    contact=["+57 310 482 9917", "mcastillo.rojas@outlook.com", "Bogotá, Colombia", "Permanent Resident (Green Card)"],
    summary="Neurology applicant. Interests: stroke, epilepsy and neurocritical care.",
    sections=[
        ("Formación Académica / Education", [E("Médico Cirujano (MD)", "Universidad Nacional de Colombia, Bogotá", "2013 - 2020")]),
        ("Licensure & Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 241", "USMLE Step 3: 225", "ECFMG Certificate #0-887-412-6"]),
        ("US Clinical Experience", [
            E("Clinical Observer, Neurology", "Jackson Memorial Hospital, Miami, FL", "December 2024"),
            E("Sub-Internship (hands-on), Vascular Neurology", "Baptist Health Neuroscience Center, Miami, FL", "January - March 2025",
              ["Admitted stroke patients, NIHSS assessments, presented at stroke conference"])]),
        ("Experience in Colombia", [E("Médico Rural (Social Service)", "Hospital San José, Guaviare", "2020 - 2021"),
                                    E("General Physician, Emergency", "Clínica Colsanitas, Bogotá", "2021 - 2024")]),
        ("Research", ["Castillo Rojas M, Pérez L. Status epilepticus in adults in Bogotá. Acta Neurol Colomb. 2022;38(4):201-207.",
                      "Abstract: Door-to-needle time audit. World Stroke Congress 2023 (poster)."]),
        ("Languages", ["Spanish (native) - English (C2) - Portuguese (B1)"]),
    ],
    truth=dict(full_name="Mariana Castillo Rojas", email="mcastillo.rojas@outlook.com", phone_e164="+573104829917",
               medical_school="Universidad Nacional de Colombia", medical_school_country="CO", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=225, ecfmg_status="certified",
               specialties=["Neurology"], languages=["Spanish", "English", "Portuguese"], visa_status="green_card",
               publications=1,
               usce_entries=[U("observership", "Neurology", "FL", "2024-12", "2024-12"),
                             U("hands_on", "Neurology", "FL", "2025-01", "2025-03")]))

# ---------------------------------------------------------------- 4
P["ahmed"] = dict(
    name="Ahmed Hassan El-Sayed", title="MBBCh", alt=None,
    contact=["Mobile / WhatsApp: +20 100 734 5521", "E-mail: ahmed.elsayed.surg@gmail.com", "12 El-Nozha St, Heliopolis, Cairo, Egypt"],
    summary="General surgery applicant with four years of surgical residency training in Cairo and US research in surgical "
            "outcomes. Seeking a categorical General Surgery position; will require J-1 visa sponsorship.",
    sections=[
        ("Education", [E("Bachelor of Medicine and Bachelor of Surgery (MBBCh), Very Good with Honours", "Ain Shams University Faculty of Medicine, Cairo, Egypt", "Sep 2012 - Jul 2019"),
                       E("Internship year", "Ain Shams University Hospitals", "Mar 2019 - Feb 2020")]),
        ("Examinations", ["USMLE Step 1 - Pass", "USMLE Step 2 CK - 229", "OET Medicine - passed (2024)",
                          "ECFMG status: pending - awaiting final certification", "MRCS Part A (UK) - Pass"]),
        ("Surgical Training (Egypt)", [E("Resident, General Surgery", "Ain Shams University Hospitals, Cairo", "2020 - 2023",
                                        ["Performed 120+ laparoscopic cholecystectomies as first assistant / primary surgeon"])]),
        ("U.S. Experience", [
            E("Observer, Department of Surgery", "NewYork-Presbyterian / Weill Cornell, New York, NY", "07/2023 - 08/2023"),
            E("Research Fellow, Surgical Outcomes", "Cleveland Clinic, Cleveland, OH", "10/2023 - 06/2024",
              ["NSQIP database analyses; two first-author manuscripts"])]),
        ("Publications", ["El-Sayed AH, et al. Early vs delayed cholecystectomy in mild gallstone pancreatitis. Surg Endosc. 2021;35:4410-4417.",
                          "El-Sayed AH, Farag M. Mesh fixation in open ventral hernia. Hernia. 2022;26(3):889-896.",
                          "El-Sayed AH, et al. Frailty and outcomes after colectomy. J Am Coll Surg. 2024;238(4):512-520.",
                          "Rahman S, El-Sayed AH, et al. Readmission after bariatric surgery. Obes Surg. 2024;34:1021-1029.",
                          "Abstract: ERAS compliance in Egypt. ACS Clinical Congress 2023 (oral)."]),
        ("Languages", ["Arabic (native); English (fluent); German (B1)"]),
        ("References", ["Prof. Mohamed Farag, Ain Shams University - mfarag.surg@yahoo.com - +20 122 310 4488",
                        "Dr. Susan Miller, Cleveland Clinic - smiller.research@gmail.com - +1 216 555 0190"]),
    ],
    truth=dict(full_name="Ahmed Hassan El-Sayed", email="ahmed.elsayed.surg@gmail.com", phone_e164="+201007345521",
               medical_school="Ain Shams University Faculty of Medicine", medical_school_country="EG", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="pending",
               specialties=["General Surgery"], languages=["Arabic", "English", "German"], visa_status="j1",
               publications=4,
               usce_entries=[U("observership", "General Surgery", "NY", "2023-07", "2023-08"),
                             U("research", "General Surgery", "OH", "2023-10", "2024-06")]))

# ---------------------------------------------------------------- 5
P["sana"] = dict(
    name="Sana Tariq", title="MBBS", alt=None,
    contact=["sana.tariq93@hotmail.com", "+92 321 456 0987", "Lahore, Punjab, Pakistan"],
    summary="Psychiatry applicant. I will require a J-1 visa sponsored by ECFMG.",
    sections=[
        ("Education", [E("MBBS", "King Edward Medical University, Lahore, Pakistan", "Graduated Dec 2023")]),
        ("Licensing Examinations", ["USMLE Step 1: PASS (2023)", "USMLE Step 2 CK: 251 (2024)", "ECFMG Certified: Yes (2024)"]),
        ("US Clinical Experience", [
            E("Observership, Adult Psychiatry", "Hackensack Meridian Health, Hackensack, NJ", "Aug 2024 - Sep 2024"),
            E("Telepsychiatry Externship", "Penn Behavioral Health Telehealth Program, Philadelphia, PA", "Oct 2024 - Jan 2025",
              ["Participated in virtual consultations; documented mental status exams"])]),
        ("House Job", [E("House Officer", "Mayo Hospital, Lahore", "Jan 2024 - Jul 2024", ["Psychiatry and medicine rotations"])]),
        ("Publications & Presentations", ["Tariq S, Iqbal N. Depression among medical students in Lahore. J Pak Med Assoc. 2023;73(9):1801-1805.",
                                          "Poster: Stigma and help-seeking in Pakistan. APA Annual Meeting 2024."]),
        ("Languages", ["English, Urdu, Punjabi"]),
    ],
    truth=dict(full_name="Sana Tariq", email="sana.tariq93@hotmail.com", phone_e164="+923214560987",
               medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified",
               specialties=["Psychiatry"], languages=["English", "Urdu", "Punjabi"], visa_status="j1", publications=1,
               usce_entries=[U("observership", "Psychiatry", "NJ", "2024-08", "2024-09"),
                             U("telehealth", "Psychiatry", "PA", "2024-10", "2025-01")]))

# ---------------------------------------------------------------- 6
P["minhanh"] = dict(
    name="Nguyễn Thị Minh Anh", title="MD", alt=None,
    contact=["minhanh.nguyen.md@gmail.com", "+84 912 345 678", "Hà Nội, Việt Nam"],
    summary="Family physician in training seeking Family Medicine residency; community and preventive care focus.",
    sections=[
        ("EDUCATION", [E("Doctor of Medicine (Bác sĩ Đa khoa)", "Hanoi Medical University, Hà Nội, Vietnam", "2016 - 2022")]),
        ("USMLE", ["Step 1 - Pass", "Step 2 CK - 245", "ECFMG Certified (2024)"]),
        ("U.S. CLINICAL ROTATIONS", [E("Hands-on Externship, Family Medicine", "Valley Community Health Center, Fresno, CA", "Feb 2025 - Apr 2025",
                                      ["Saw 15-20 patients/day under attending supervision; chronic disease follow-up"])]),
        ("WORK EXPERIENCE", [E("General Practitioner", "Bạch Mai Hospital outpatient clinics, Hà Nội", "2022 - 2024")]),
        ("LANGUAGES", ["Vietnamese (native), English (fluent), French (intermediate)"]),
        ("VOLUNTEERING", ["Vietnam Red Cross mobile clinics, Hà Giang province (2019 - 2021)"]),
    ],
    truth=dict(full_name="Nguyễn Thị Minh Anh", email="minhanh.nguyen.md@gmail.com", phone_e164="+84912345678",
               medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
               specialties=["Family Medicine"], languages=["Vietnamese", "English", "French"], visa_status=None,
               publications=0,
               usce_entries=[U("hands_on", "Family Medicine", "CA", "2025-02", "2025-04")]))

# ---------------------------------------------------------------- 7
P["liwei"] = dict(
    name="Liwei Zhang", title="MBBS", alt="张立伟",
    contact=["liwei.zhang.cardio@outlook.com", "+86 138 1024 5567", "Boston, MA (current) | Shanghai, China"],
    summary="Cardiology-focused physician scientist applying to Internal Medicine residency, with a long-term goal of "
            "fellowship in Cardiology. Currently holds H-1B status as a research fellow.",
    sections=[
        ("EDUCATION", [E("MBBS (Bachelor of Medicine)", "Fudan University Shanghai Medical College, Shanghai, China", "2014 - 2020")]),
        ("EXAMINATIONS", ["USMLE Step 1: 238", "USMLE Step 2 CK: 252", "ECFMG certification: certified 2021"]),
        ("RESEARCH", [E("Postdoctoral Research Fellow, Cardiovascular Imaging", "Massachusetts General Hospital, Boston, MA", "2022.09 - 2024.08",
                        ["Cardiac MRI strain analysis in heart failure with preserved EF"])]),
        ("US CLINICAL EXPERIENCE", [E("Observership, Cardiology consult service", "Beth Israel Deaconess Medical Center, Boston, MA", "2024.09 - 2024.11")]),
        ("CLINICAL (CHINA)", [E("Resident physician, Internal Medicine", "Zhongshan Hospital, Fudan University", "2020.07 - 2022.06")]),
        ("SELECTED PUBLICATIONS (6)", [
            "Zhang L, et al. LV strain in HFpEF. JACC Cardiovasc Imaging. 2023;16(5):612-624.",
            "Zhang L, et al. Myocardial T1 mapping reproducibility. J Cardiovasc Magn Reson. 2023;25:44.",
            "Chen X, Zhang L. Atrial fibrillation burden in Shanghai. Europace. 2021;23(7):1042-1049.",
            "Zhang L, Wang Y. Troponin kinetics after PCI. Heart. 2022;108(3):201-208.",
            "Zhang L, et al. Cardiac MRI in myocarditis after COVID-19. Radiology. 2024;310(1):e231122.",
            "Patel R, Zhang L, et al. ML-derived strain phenotypes. Circ Cardiovasc Imaging. 2024;17:e015790.",
            "Poster: Strain in amyloidosis. AHA Scientific Sessions 2023."]),
        ("LANGUAGES", ["Mandarin (native), Cantonese, English"]),
    ],
    truth=dict(full_name="Liwei Zhang", email="liwei.zhang.cardio@outlook.com", phone_e164="+8613810245567",
               medical_school="Fudan University Shanghai Medical College", medical_school_country="CN", graduation_year=2020,
               is_student=False, usmle_step1=238, usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Cardiology"], languages=["Mandarin", "Cantonese", "English"],
               visa_status="h1b", publications=6,
               usce_entries=[U("research", "Cardiology", "MA", "2022-09", "2024-08"),
                             U("observership", "Cardiology", "MA", "2024-09", "2024-11")]))

# ---------------------------------------------------------------- 8
P["priya"] = dict(
    name="Priya Shrestha", title="MBBS", alt="प्रिया श्रेष्ठ",
    contact=["Email: priya.shrestha.np@gmail.com", "Phone: +977 984-1234567", "Lalitpur, Nepal"],
    summary="Recent graduate with interest in Obstetrics and Gynecology and maternal health. Currently visiting the US "
            "on a B1/B2 visitor visa for observerships.",
    sections=[
        ("Education", [E("MBBS", "Kathmandu University School of Medical Sciences, Dhulikhel, Nepal", "2018 - 2024")]),
        ("Examinations", ["USMLE Step 1 - Pass (2024)", "Step 2 CK - scheduled March 2026", "ECFMG: not yet certified"]),
        ("US Observership", [E("Observer, Obstetrics & Gynecology", "Henry Ford Hospital, Detroit, MI", "June-July 2025")]),
        ("Internship", [E("Rotating Intern", "Dhulikhel Hospital, Kathmandu University Hospital", "2023 - 2024")]),
        ("Languages", ["Nepali (native), Hindi (fluent), English (fluent)"]),
        ("Volunteer", ["Safe motherhood camps, Sindhupalchok (2022)"]),
    ],
    truth=dict(full_name="Priya Shrestha", email="priya.shrestha.np@gmail.com", phone_e164="+9779841234567",
               medical_school="Kathmandu University School of Medical Sciences", medical_school_country="NP",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="not_certified", specialties=["Obstetrics and Gynecology"],
               languages=["Nepali", "Hindi", "English"], visa_status="b1b2", publications=0,
               usce_entries=[U("observership", "Obstetrics and Gynecology", "MI", "2025-06", "2025-07")]))

# ---------------------------------------------------------------- 9
P["omar"] = dict(
    name="Omar Al-Khatib", title="MD", alt="عمر الخطيب",
    contact=["omar.alkhatib@gmail.com", "+962 79 555 1234", "Amman, Jordan"],
    summary="Internal Medicine applicant with a strong interest in Nephrology. Requires J-1 visa sponsorship.",
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "The University of Jordan, Faculty of Medicine, Amman", "2015 - 2021")]),
        ("Scores", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 239", "USMLE Step 3: 218", "ECFMG Certified"]),
        ("Clinical Experience - USA", [
            E("Hands-on Clinical Rotation, Internal Medicine", "UT Health San Antonio, San Antonio, TX", "04/2023 to 06/2023"),
            E("Observership, Nephrology & Dialysis", "University Hospital, San Antonio, TX", "05/2023 to 07/2023")]),
        ("Clinical Experience - Jordan", [E("Internship", "Jordan University Hospital", "2021 - 2022"),
                                          E("General Practitioner", "Al-Khalidi Hospital, Amman", "2022 - 2023")]),
        ("Publications", ["Al-Khatib O, et al. CKD prevalence in Jordanian diabetics. Saudi J Kidney Dis Transpl. 2022;33(2):245-252.",
                          "Haddad R, Al-Khatib O. Hyperkalemia management audit. BMC Nephrol. 2023;24:88."]),
        ("Languages", ["Arabic (native), English (fluent)"]),
    ],
    truth=dict(full_name="Omar Al-Khatib", email="omar.alkhatib@gmail.com", phone_e164="+962795551234",
               medical_school="The University of Jordan, Faculty of Medicine", medical_school_country="JO",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=218,
               ecfmg_status="certified", specialties=["Internal Medicine", "Nephrology"],
               languages=["Arabic", "English"], visa_status="j1", publications=2,
               usce_entries=[U("hands_on", "Internal Medicine", "TX", "2023-04", "2023-06"),
                             U("observership", "Nephrology", "TX", "2023-05", "2023-07")]))

# ---------------------------------------------------------------- 10
P["elena"] = dict(
    name="Elena Popescu", title="MD", alt=None,
    contact=["elena.popescu.md@yahoo.com", "+40 722 318 904", "Str. Dorobanților 14, București, Romania"],
    summary="Anesthesiology applicant; perioperative medicine and regional anesthesia.",
    sections=[
        ("Education", [E("Doctor-Medic (MD)", "\"Carol Davila\" University of Medicine and Pharmacy, Bucharest, Romania", "2016 - 2022")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 233", "ECFMG: Certified (2023)"]),
        ("US Clinical Experience", [E("Observership, Anesthesiology", "University Hospitals Cleveland Medical Center, Cleveland, OH", "Feb 2024 - Mar 2024")]),
        ("Residency (Romania)", [E("Resident, Anesthesia and Intensive Care", "Spitalul Clinic de Urgență Floreasca, București", "Jan 2023 - present")]),
        ("Publications", ["Popescu E, Ionescu D. Spinal anesthesia hypotension. Rom J Anaesth Intensive Care. 2022;29(1):15-21.",
                          "Popescu E, et al. Quadratus lumborum block after cesarean. J Clin Anesth. 2024;92:111301."]),
        ("Languages", ["Romanian (native), English (C1), Italian (B2)"]),
    ],
    truth=dict(full_name="Elena Popescu", email="elena.popescu.md@yahoo.com", phone_e164="+40722318904",
               medical_school="\"Carol Davila\" University of Medicine and Pharmacy", medical_school_country="RO",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None,
               ecfmg_status="certified", specialties=["Anesthesiology"], languages=["Romanian", "English", "Italian"],
               visa_status=None, publications=2,
               usce_entries=[U("observership", "Anesthesiology", "OH", "2024-02", "2024-03")]))

# ---------------------------------------------------------------- 11
P["juanpablo"] = dict(
    name="Juan Pablo Herrera Villalobos", title="MD", alt=None,
    contact=["jp.herrera.em@gmail.com", "+52 55 1234 8890", "Ciudad de México, México", "Visa: J-1 (current)"],
    summary="Emergency Medicine applicant with US hands-on experience in EM and IM, plus one year of ED research.",
    sections=[
        ("EDUCATION", [E("Médico Cirujano", "Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", "2013-2019"),
                       E("Internado de pregrado", "Hospital General de México", "2018-2019"),
                       E("Servicio Social", "Centro de Salud T-III, Iztapalapa", "2019-2020")]),
        ("EXAMS", ["USMLE Step 1 PASS | Step 2 CK 247 | Step 3 231 | ECFMG certified 2021 | NBME 30: 258 (practice)"]),
        ("US EXPERIENCE", [
            E("Hands-on clerkship, Emergency Medicine", "Cook County Health, Chicago, IL", "Jan '22 - Feb '22"),
            E("Hands-on clerkship, Internal Medicine", "Cook County Health, Chicago, IL", "Mar '22"),
            E("Observership, Emergency Medicine", "University Medical Center of Southern Nevada, Las Vegas, NV", "Jun '22 - Jul '22"),
            E("Research Assistant, Emergency Medicine", "UCSF Department of Emergency Medicine, San Francisco, CA", "Jan '23 - Dec '23")]),
        ("MEXICO", [E("Médico General, Urgencias", "Hospital Ángeles, CDMX", "2020-2021; 2024-present")]),
        ("PUBLICATIONS", ["Herrera JP, et al. ED boarding and mortality. Ann Emerg Med. 2024;83(2):140-148.",
                          "Herrera JP, Lee K. Point-of-care ultrasound in trauma. West J Emerg Med. 2023;24(6):1011-1017.",
                          "Lee K, Herrera JP, et al. Sepsis triage in Spanish-speaking patients. Acad Emerg Med. 2024;31(1):55-62.",
                          "Poster: Interpreter use in ED. SAEM 2023."]),
        ("LANGUAGES", ["Spanish (native); English (fluent)"]),
        ("REFERENCES", ["Dr. Kevin Lee, UCSF EM - kevin.lee.em@gmail.com - +1 415 555 0133",
                        "Dra. Laura Méndez, Cook County - lmendez.md@outlook.com - +1 312 555 0177"]),
    ],
    truth=dict(full_name="Juan Pablo Herrera Villalobos", email="jp.herrera.em@gmail.com", phone_e164="+525512348890",
               medical_school="Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina",
               medical_school_country="MX", graduation_year=2019, is_student=False, usmle_step1="pass",
               usmle_step2ck=247, usmle_step3=231, ecfmg_status="certified", specialties=["Emergency Medicine"],
               languages=["Spanish", "English"], visa_status="j1", publications=3,
               usce_entries=[U("hands_on", "Emergency Medicine", "IL", "2022-01", "2022-02"),
                             U("hands_on", "Internal Medicine", "IL", "2022-03", "2022-03"),
                             U("observership", "Emergency Medicine", "NV", "2022-06", "2022-07"),
                             U("research", "Emergency Medicine", "CA", "2023-01", "2023-12")]))

# ---------------------------------------------------------------- 12
P["fatima"] = dict(
    name="Fatima Zahra Benali", title="MD", alt=None,
    contact=["fz.benali@outlook.fr", "+212 6 61 23 45 78", "Rabat, Morocco"],
    summary="Internal Medicine applicant aiming for Infectious Disease fellowship (HIV, antimicrobial stewardship).",
    sections=[
        ("Formation", [E("Doctorat en Médecine (MD)", "Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V", "2012 - 2020")]),
        ("USMLE / ECFMG", ["Step 1: Pass", "Step 2 CK: 231", "ECFMG certified (2022)"]),
        ("U.S. Experience", [E("Research Volunteer, Infectious Diseases", "University of Maryland Institute of Human Virology, Baltimore, MD", "Apr 2024 - Mar 2025"),
                             E("Clinical Observer, ID Consult Service", "University of Maryland Medical Center, Baltimore, MD", "Apr 2025 - May 2025")]),
        ("Experience (Morocco)", [E("Médecin résident, Maladies infectieuses", "CHU Ibn Sina, Rabat", "2020 - 2023")]),
        ("Publications", ["Benali FZ, et al. Carbapenem-resistant Klebsiella in Rabat ICU. J Infect Dev Ctries. 2022;16(4):612-618.",
                          "Benali FZ, Alaoui M. Brucellosis in Morocco. Int J Infect Dis. 2021;110:210-214.",
                          "Benali FZ, et al. PrEP awareness in North Africa. AIDS Care. 2025;37(2):301-309.",
                          "Abstract: Stewardship in Moroccan hospitals. ECCMID 2023."]),
        ("Langues / Languages", ["Arabic, French, English, Spanish"]),
    ],
    truth=dict(full_name="Fatima Zahra Benali", email="fz.benali@outlook.fr", phone_e164="+212661234578",
               medical_school="Faculté de Médecine et de Pharmacie de Rabat", medical_school_country="MA",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=231, usmle_step3=None,
               ecfmg_status="certified", specialties=["Internal Medicine", "Infectious Disease"],
               languages=["Arabic", "French", "English", "Spanish"], visa_status=None, publications=3,
               usce_entries=[U("research", "Infectious Disease", "MD", "2024-04", "2025-03"),
                             U("observership", "Infectious Disease", "MD", "2025-04", "2025-05")]))

# ---------------------------------------------------------------- 13
P["oleksandr"] = dict(
    name="Oleksandr Kovalenko", title="MD", alt=None,
    contact=["o.kovalenko.md@gmail.com", "+380 67 432 1098", "Kyiv, Ukraine / Pittsburgh, PA"],
    summary="Internal Medicine applicant with a future in Pulmonary and Critical Care Medicine. J-1 visa required.",
    sections=[
        ("Education", [E("Medical Doctor (MD), General Medicine", "Bogomolets National Medical University, Kyiv, Ukraine", "2012 - 2018"),
                       E("Internship, Anesthesiology and Intensive Care", "Kyiv City Clinical Hospital No. 17", "2018 - 2020")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 226", "ECFMG certified, 2022"]),
        ("US Clinical Experience", [E("Observership, Pulmonary & Critical Care", "UPMC Presbyterian, Pittsburgh, PA", "11/2023 - 01/2024"),
                                    E("Hands-on Externship, Internal Medicine", "Allegheny General Hospital, Pittsburgh, PA", "02/2024 - 04/2024")]),
        ("Work Experience (Ukraine)", [E("Intensivist", "Kyiv Regional Clinical Hospital", "2020 - 2023",
                                         ["Mechanical ventilation, ECMO team member during 2022"])]),
        ("Publications", ["Kovalenko O, et al. Prone positioning in COVID-19 ARDS in Ukraine. Crit Care. 2021;25:318.",
                          "Kovalenko O, Shevchenko I. Blast lung injuries. Mil Med. 2023;188(7-8):e2101-e2106.",
                          "Poster: Tracheostomy timing. CHEST 2023."]),
        ("Languages", ["Ukrainian (native), Russian (fluent), English (fluent), Polish (basic)"]),
        ("References", ["Dr. Ivan Shevchenko - ivan.shevchenko@ukr.net - +380 44 555 2211",
                        "Dr. Rachel Adams, UPMC - radams.pccm@gmail.com - +1 412 555 0166"]),
    ],
    truth=dict(full_name="Oleksandr Kovalenko", email="o.kovalenko.md@gmail.com", phone_e164="+380674321098",
               medical_school="Bogomolets National Medical University", medical_school_country="UA",
               graduation_year=2018, is_student=False, usmle_step1="pass", usmle_step2ck=226, usmle_step3=None,
               ecfmg_status="certified", specialties=["Internal Medicine", "Pulmonology/Critical Care"],
               languages=["Ukrainian", "Russian", "English", "Polish"], visa_status="j1", publications=2,
               usce_entries=[U("observership", "Pulmonology/Critical Care", "PA", "2023-11", "2024-01"),
                             U("hands_on", "Internal Medicine", "PA", "2024-02", "2024-04")]))

# ---------------------------------------------------------------- 14
P["kwame"] = dict(
    name="Kwame Asante", title="", alt=None,
    contact=["kwame.asante@st.ug.edu.gh", "+233 24 418 7702", "Accra, Ghana"],
    summary="Final-year medical student (MBChB expected 2027) interested in Hematology/Oncology.",
    sections=[
        ("Education", [E("MBChB (in progress), expected graduation July 2027", "University of Ghana Medical School, Accra", "2021 - 2027")]),
        ("Exams", ["USMLE Step 1: Pass (2025)", "UWSA1: 238, NBME 31: 241 (practice)"]),
        ("US Electives", [E("Visiting Student Elective (hands-on), Internal Medicine", "SUNY Downstate Health Sciences University, Brooklyn, NY", "January - February 2026")]),
        ("Clinical Clerkships (Ghana)", [E("Core clerkships: Medicine, Surgery, Paediatrics, O&G", "Korle Bu Teaching Hospital, Accra", "2024 - 2026")]),
        ("Publications", ["Asante K, Mensah E. Sickle cell disease and stroke in Ghanaian children. Ghana Med J. 2025;59(1):22-28.",
                          "Abstract: Breast cancer stage at presentation in Accra. AORTIC 2025 (poster)."]),
        ("Languages", ["English, Twi, Ga"]),
    ],
    truth=dict(full_name="Kwame Asante", email="kwame.asante@st.ug.edu.gh", phone_e164="+233244187702",
               medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               specialties=["Hematology/Oncology"], languages=["English", "Twi", "Ga"], visa_status=None,
               publications=1,
               usce_entries=[U("hands_on", "Internal Medicine", "NY", "2026-01", "2026-02")]))

# ================================================================ scans
P["anapaula"] = dict(
    name="Ana Paula Ferreira", title="MD", alt=None,
    contact=["anapaula.ferreira@gmail.com", "+55 31 98765-4321", "Belo Horizonte, MG, Brasil"],
    summary="Internal Medicine applicant with strong interest in Rheumatology (lupus, vasculitis).",
    sections=[
        ("Education", [E("Médica (MD)", "Universidade Federal de Minas Gerais (UFMG), Belo Horizonte, Brazil", "2015 - 2021")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 240", "ECFMG: pending (awaiting OET result)"]),
        ("US Clinical Experience", [E("Observership, Rheumatology", "Hospital for Special Surgery, New York, NY", "Sep 2024 - Oct 2024")]),
        ("Experience in Brazil", [E("Residência em Clínica Médica", "Hospital das Clínicas da UFMG", "2022 - 2024")]),
        ("Publications", ["Ferreira AP, et al. Lupus nephritis outcomes in Brazil. Lupus. 2023;32(8):950-957.",
                          "Ferreira AP, Souza R. Takayasu arteritis case series. Rev Bras Reumatol. 2022;62:14."]),
        ("Languages", ["Portuguese (native), Spanish, English"]),
    ],
    truth=dict(full_name="Ana Paula Ferreira", email="anapaula.ferreira@gmail.com", phone_e164="+5531987654321",
               medical_school="Universidade Federal de Minas Gerais (UFMG)", medical_school_country="BR",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None,
               ecfmg_status="pending", specialties=["Internal Medicine", "Rheumatology"],
               languages=["Portuguese", "Spanish", "English"], visa_status=None, publications=2,
               usce_entries=[U("observership", "Rheumatology", "NY", "2024-09", "2024-10")]))

P["josemiguel"] = dict(
    name="Jose Miguel Dela Cruz", title="MD", alt=None,
    contact=["jm.delacruz.md@yahoo.com", "+63 917 555 2048", "Quezon City, Philippines", "US Permanent Resident"],
    summary="Family Medicine applicant with an interest in Geriatrics and long-term care.",
    sections=[
        ("Education", [E("Doctor of Medicine", "University of Santo Tomas Faculty of Medicine and Surgery, Manila", "2016 - 2020"),
                       E("BS Biology (pre-med)", "University of the Philippines Diliman", "2012 - 2016")]),
        ("Board Exams", ["Philippine Physician Licensure Exam - passed 2021", "USMLE Step 1: Pass", "USMLE Step 2 CK: 238",
                         "ECFMG Certified 2022"]),
        ("U.S. Clinical Experience", [E("Hands-on Externship, Family Medicine", "MultiCare Health System, Tacoma, WA", "June 2023 - Sept 2023"),
                                      E("Observership, Geriatric Medicine", "Harborview Medical Center, Seattle, WA", "October 2023")]),
        ("Experience (Philippines)", [E("Post-graduate Intern", "UST Hospital", "2020 - 2021")]),
        ("Languages", ["English, Filipino, Cebuano"]),
    ],
    truth=dict(full_name="Jose Miguel Dela Cruz", email="jm.delacruz.md@yahoo.com", phone_e164="+639175552048",
               medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None,
               ecfmg_status="certified", specialties=["Family Medicine", "Geriatrics"],
               languages=["English", "Filipino", "Cebuano"], visa_status="green_card", publications=0,
               usce_entries=[U("hands_on", "Family Medicine", "WA", "2023-06", "2023-09"),
                             U("observership", "Geriatrics", "WA", "2023-10", "2023-10")]))

P["tamar"] = dict(
    name="Tamar Beridze", title="MD", alt=None,
    contact=["tamar.beridze@gmail.com", "+995 599 12 34 56", "Tbilisi, Georgia"],
    summary="Internal Medicine applicant. J-1 visa needed.",
    sections=[
        ("Education", [E("Medical Doctor (MD)", "Tbilisi State Medical University, Tbilisi, Georgia", "2016 - 2022")]),
        ("USMLE", ["Step 1 - Pass", "Step 2 CK - 230", "ECFMG certification in process (pending)"]),
        ("US Clinical Experience", [E("Observership, Internal Medicine", "Saint Peter's University Hospital, New Brunswick, NJ", "Jan 2024 - Mar 2024")]),
        ("Work", [E("Junior Doctor, Internal Medicine", "Aversi Clinic, Tbilisi", "2022 - 2023")]),
        ("Publications", ["Beridze T, et al. Hepatitis C elimination program outcomes. Georgian Med News. 2023;(338):45-50."]),
        ("Languages", ["Georgian (native), Russian (fluent), English (fluent)"]),
    ],
    truth=dict(full_name="Tamar Beridze", email="tamar.beridze@gmail.com", phone_e164="+995599123456",
               medical_school="Tbilisi State Medical University", medical_school_country="GE", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=230, usmle_step3=None, ecfmg_status="pending",
               specialties=["Internal Medicine"], languages=["Georgian", "Russian", "English"], visa_status="j1",
               publications=1,
               usce_entries=[U("observership", "Internal Medicine", "NJ", "2024-01", "2024-03")]))

P["devika"] = dict(
    name="Devika Nair", title="MBBS", alt=None,
    contact=["devika.nair.endo@gmail.com", "+91 94470 12345", "Thiruvananthapuram, Kerala"],
    summary="Internal Medicine applicant interested in Endocrinology and diabetes technology.",
    sections=[
        ("Education", [E("MBBS", "Government Medical College, Thiruvananthapuram, Kerala, India", "2014 - 2020")]),
        ("Exams", ["USMLE Step 1 Pass", "USMLE Step 2 CK 250", "ECFMG certified"]),
        ("US Experience", [E("Research Fellow, Endocrinology", "Mayo Clinic, Rochester, MN", "Jan 2023 - Dec 2023"),
                           E("Hands-on Externship, Internal Medicine", "Hennepin Healthcare, Minneapolis, MN", "Jan 2024 - Mar 2024")]),
        ("India", [E("Junior Resident, Medicine", "KIMS Hospital, Trivandrum", "2021 - 2022")]),
        ("Publications", ["Nair D, et al. CGM use in type 1 diabetes. Diabetes Technol Ther. 2023;25(9):601-609.",
                          "Nair D, et al. Adrenal incidentaloma follow-up. J Clin Endocrinol Metab. 2024;109(2):e612-e620.",
                          "Nair D, Kumar S. Thyroid dysfunction in Kerala. Indian J Endocrinol Metab. 2021;25(4):300-305.",
                          "Singh P, Nair D. Hypoglycemia in elderly. Endocr Pract. 2024;30(1):40-46."]),
        ("Languages", ["English, Malayalam, Hindi, Tamil"]),
    ],
    truth=dict(full_name="Devika Nair", email="devika.nair.endo@gmail.com", phone_e164="+919447012345",
               medical_school="Government Medical College, Thiruvananthapuram", medical_school_country="IN",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
               ecfmg_status="certified", specialties=["Internal Medicine", "Endocrinology"],
               languages=["English", "Malayalam", "Hindi", "Tamil"], visa_status=None, publications=4,
               usce_entries=[U("research", "Endocrinology", "MN", "2023-01", "2023-12"),
                             U("hands_on", "Internal Medicine", "MN", "2024-01", "2024-03")]))

P["samuel"] = dict(
    name="Samuel Mwangi", title="MBChB", alt=None,
    contact=["samuel.mwangi@gmail.com", "+254 722 345 678", "Nairobi, Kenya"],
    summary="Family Medicine applicant; rural and community health. J-1 visa.",
    sections=[
        ("Education", [E("MBChB", "University of Nairobi School of Medicine, Nairobi, Kenya", "2015 - 2021")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 224", "ECFMG Certified"]),
        ("US Clinical Experience", [E("Observership, Family Medicine", "Cleveland Clinic Akron General, Akron, OH", "May - June 2024")]),
        ("Kenya", [E("Medical Officer Intern", "Kenyatta National Hospital", "2021 - 2022"),
                   E("Medical Officer", "Nyeri County Referral Hospital", "2022 - 2024")]),
        ("Languages", ["English, Swahili, Kikuyu"]),
    ],
    truth=dict(full_name="Samuel Mwangi", email="samuel.mwangi@gmail.com", phone_e164="+254722345678",
               medical_school="University of Nairobi School of Medicine", medical_school_country="KE",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=224, usmle_step3=None,
               ecfmg_status="certified", specialties=["Family Medicine"], languages=["English", "Swahili", "Kikuyu"],
               visa_status="j1", publications=0,
               usce_entries=[U("observership", "Family Medicine", "OH", "2024-05", "2024-06")]))

P["reza"] = dict(
    name="Reza Ahmadi", title="MD", alt=None,
    contact=["reza.ahmadi.rad@gmail.com", "+98 912 345 6789", "Tehran, Iran / Los Angeles, CA"],
    summary="Diagnostic Radiology applicant; neuroradiology and AI research.",
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "Tehran University of Medical Sciences, Tehran, Iran", "2012 - 2019")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 255", "ECFMG Certified"]),
        ("US Experience", [E("Research Fellow, Neuroradiology AI Lab", "Cedars-Sinai Medical Center, Los Angeles, CA", "Oct 2022 - Jun 2024"),
                           E("Observer, Diagnostic Radiology", "Cedars-Sinai Medical Center, Los Angeles, CA", "Jul 2024 - Aug 2024")]),
        ("Publications (5 peer-reviewed)", ["Ahmadi R, et al. Deep learning for ICH detection. Radiology: AI. 2023;5(4):e220311.",
                          "Ahmadi R, et al. Glioma segmentation. AJNR. 2024;45(2):150-157.",
                          "Ahmadi R, Karimi S. MRI in MS in Iran. Mult Scler Relat Disord. 2021;50:102831.",
                          "Ahmadi R, et al. Stroke CTP automation. J Neurointerv Surg. 2024;16(3):290-296.",
                          "Lee J, Ahmadi R. LLMs in radiology reports. Eur Radiol. 2024;34:5512-5520."]),
        ("Languages", ["Farsi (native), English (fluent), Azerbaijani"]),
    ],
    truth=dict(full_name="Reza Ahmadi", email="reza.ahmadi.rad@gmail.com", phone_e164="+989123456789",
               medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
               specialties=["Radiology"], languages=["Persian", "English", "Azerbaijani"], visa_status=None,
               publications=5,
               usce_entries=[U("research", "Radiology", "CA", "2022-10", "2024-06"),
                             U("observership", "Radiology", "CA", "2024-07", "2024-08")]))

P["zofia"] = dict(
    name="Zofia Wiśniewska", title="MD", alt=None,
    contact=["zofia.wisniewska@outlook.com", "+48 601 234 567", "Warszawa, Poland"],
    summary="Pathology applicant (J-1). Interests: hematopathology and molecular diagnostics.",
    sections=[
        ("Education", [E("Lekarz (MD)", "Medical University of Warsaw, Warsaw, Poland", "2017 - 2023")]),
        ("Licensing", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 243", "ECFMG Certified 2024", "LEK (Polish licensing exam): passed"]),
        ("United States", [E("Observership, Anatomic & Clinical Pathology", "Brigham and Women's Hospital, Boston, MA", "Jan 2025 - Feb 2025"),
                           E("Research Fellow, Molecular Pathology", "Brigham and Women's Hospital, Boston, MA", "Mar 2025 - ongoing")]),
        ("Poland", [E("Staż podyplomowy (internship)", "Central Clinical Hospital, Warsaw", "Oct 2023 - Sep 2024")]),
        ("Publications", ["Wiśniewska Z, et al. NGS in AML. Pol J Pathol. 2023;74(2):101-109.",
                          "Wiśniewska Z, et al. PD-L1 scoring concordance. Virchows Arch. 2025;486:77-85."]),
        ("Languages", ["Polish (native), English (C1), German (B2)"]),
        ("References", ["Dr. Piotr Nowak, MUW - piotr.nowak@wum.edu.pl - +48 22 599 1000"]),
    ],
    truth=dict(full_name="Zofia Wiśniewska", email="zofia.wisniewska@outlook.com", phone_e164="+48601234567",
               medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified",
               specialties=["Pathology"], languages=["Polish", "English", "German"], visa_status="j1",
               publications=2,
               usce_entries=[U("observership", "Pathology", "MA", "2025-01", "2025-02"),
                             U("research", "Pathology", "MA", "2025-03", "present")]))

P["alicia"] = dict(
    name="Alicia Ramdeen", title="MD", alt=None,
    contact=["alicia.ramdeen@gmail.com", "+1 (868) 555-0123", "San Fernando, Trinidad and Tobago", "U.S. Citizen"],
    summary="Pediatrics applicant, Caribbean medical graduate with US core clerkships.",
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "Ross University School of Medicine, Barbados", "2020 - 2024"),
                       E("BSc Biology", "The University of the West Indies, St. Augustine", "2016 - 2019")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 238", "ECFMG Certified (2024)"]),
        ("Core Clinical Clerkships (USA)", [
            E("Internal Medicine Clerkship", "Larkin Community Hospital, Miami, FL", "05/2022 - 07/2022"),
            E("Surgery Clerkship", "Larkin Community Hospital, Miami, FL", "08/2022 - 10/2022"),
            E("Pediatrics Clerkship", "Atlanta Medical Center, Atlanta, GA", "11/2022 - 12/2022")]),
        ("Publications", ["Ramdeen A, et al. Asthma control in Caribbean children. West Indian Med J. 2023;71(3):210-215."]),
        ("Languages", ["English, Spanish (conversational)"]),
    ],
    truth=dict(full_name="Alicia Ramdeen", email="alicia.ramdeen@gmail.com", phone_e164="+18685550123",
               medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2024,
               is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
               specialties=["Pediatrics"], languages=["English", "Spanish"], visa_status="citizen", publications=1,
               usce_entries=[U("hands_on", "Internal Medicine", "FL", "2022-05", "2022-07"),
                             U("hands_on", "General Surgery", "FL", "2022-08", "2022-10"),
                             U("hands_on", "Pediatrics", "GA", "2022-11", "2022-12")]))

# ================================================================ odt
P["kenji"] = dict(
    name="Kenji Watanabe", title="MD", alt=None,
    contact=["kenji.watanabe.gi@gmail.com", "+81 90-1234-5678", "Minato-ku, Tokyo, Japan"],
    summary="Internal Medicine applicant aiming for Gastroenterology (IBD, advanced endoscopy). J-1 visa sponsorship required.",
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "Keio University School of Medicine, Tokyo, Japan", "2015 - 2021")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 246", "ECFMG: Certified (2022)"]),
        ("U.S. Clinical Experience", [E("Observership, Gastroenterology", "The Queen's Medical Center, Honolulu, HI", "Aug 2023 - Sep 2023"),
                                      E("Research Fellow, GI / IBD", "University of Hawaii John A. Burns School of Medicine, Honolulu, HI", "Oct 2023 - Mar 2024")]),
        ("Japan", [E("Junior Resident (Shoki Kenshu)", "St. Luke's International Hospital, Tokyo", "2021 - 2023")]),
        ("Publications", ["Watanabe K, et al. Ustekinumab in Japanese Crohn's disease. J Gastroenterol. 2023;58:440-448.",
                          "Watanabe K, et al. Cold snare polypectomy. Dig Endosc. 2022;34(6):1201-1208.",
                          "Watanabe K, Sato H. H. pylori eradication in elderly. Helicobacter. 2024;29(1):e13040."]),
        ("Languages", ["Japanese (native), English (fluent)"]),
    ],
    truth=dict(full_name="Kenji Watanabe", email="kenji.watanabe.gi@gmail.com", phone_e164="+819012345678",
               medical_school="Keio University School of Medicine", medical_school_country="JP", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Gastroenterology"], languages=["Japanese", "English"],
               visa_status="j1", publications=3,
               usce_entries=[U("observership", "Gastroenterology", "HI", "2023-08", "2023-09"),
                             U("research", "Gastroenterology", "HI", "2023-10", "2024-03")]))

P["mohammad"] = dict(
    name="Mohammad Rafiqul Rahman", title="MBBS", alt=None,
    contact=["rafiq.rahman.dmc@gmail.com", "+880 1712-345678", "Dhanmondi, Dhaka, Bangladesh"],
    summary="Internal Medicine applicant with interest in Cardiology.",
    sections=[
        ("Education", [E("MBBS", "Dhaka Medical College, University of Dhaka, Bangladesh", "2013 - 2020")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 232", "ECFMG Certified"]),
        ("US Clinical Experience", [E("Hands-on Externship, Internal Medicine", "Jamaica Hospital Medical Center, Queens, NY", "Mar 2024 - May 2024"),
                                    E("Observership, Cardiology", "Jamaica Hospital Medical Center, Queens, NY", "Apr 2024")]),
        ("Bangladesh", [E("Internship", "Dhaka Medical College Hospital", "2020 - 2021"),
                        E("Medical Officer", "National Institute of Cardiovascular Diseases", "2021 - 2023")]),
        ("Publications", ["Rahman MR, et al. STEMI door-to-balloon time in Dhaka. Bangladesh Heart J. 2022;37(2):88-94.",
                          "Poster: Hypertension awareness in rural Bangladesh. ACC Asia 2022."]),
        ("Languages", ["Bangla (native), English (fluent), Hindi (conversational)"]),
    ],
    truth=dict(full_name="Mohammad Rafiqul Rahman", email="rafiq.rahman.dmc@gmail.com", phone_e164="+8801712345678",
               medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Cardiology"], languages=["Bengali", "English", "Hindi"],
               visa_status=None, publications=1,
               usce_entries=[U("hands_on", "Internal Medicine", "NY", "2024-03", "2024-05"),
                             U("observership", "Cardiology", "NY", "2024-04", "2024-04")]))


def months(entries, types=None):
    s = set()
    for e in entries:
        if types and e["type"] not in types:
            continue
        y, m = map(int, e["start"].split("-"))
        end = "2026-12" if e["end"] == "present" else e["end"]
        ey, em = map(int, end.split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)
