# Hand-written CV content and hand-written truth for writer w106.
# Each person: "cv" (what is rendered) and "truth" (what a careful reader extracts), written separately.

def E(when, what, where="", bullets=None):
    return {"when": when, "what": what, "where": where, "bullets": bullets or []}

P = []

# ---------------------------------------------------------------- 001 Pakistan, Canva sidebar
P.append(dict(
    n=1, layout="chromium_canva_sidebar", ext="pdf",
    cv=dict(
        name="Dr. Muhammad Hamza Qureshi", native="محمد حمزہ قریشی", native_font="Noto Nastaliq Urdu",
        headline="MBBS | USMLE Step 1 Pass, Step 2 CK 248 | ECFMG Certified",
        contacts=["☎ 0300-1234567", "✉ hamza.qureshi.md@gmail.com", "⌂ House 14-B, Street 9, Johar Town, Lahore, Pakistan",
                  "DOB: 14/02/1997"],
        sections=[
            ("Profile", ["Internal medicine-focused graduate of King Edward Medical University seeking a categorical "
                         "Internal Medicine position with a long-term interest in Cardiology. Requires J-1 visa sponsorship "
                         "(ECFMG-sponsored)."]),
            ("Education", [E("2016 – 2021", "MBBS (Bachelor of Medicine, Bachelor of Surgery)",
                             "King Edward Medical University, Lahore, Pakistan",
                             ["Graduated 2022 (final professional exams held Feb 2022 due to COVID-19 delays)",
                              "Distinction in Medicine"]),
                          E("2013 – 2015", "F.Sc. Pre-Medical", "Government College, Lahore")]),
            ("US Clinical Experience", [
                E("Mar 2024 – Apr 2024", "Observership – Cardiology", "Houston Methodist Hospital, Houston, TX",
                  ["Observed cath-lab procedures and CCU rounds", "Presented 2 cases at morning report"]),
                E("06/2024 – 08/2024", "Externship (Hands-on) – Internal Medicine", "Mount Sinai Hospital, Chicago, IL",
                  ["Took histories, examined patients, wrote progress notes under supervision"])]),
            ("Clinical Experience – Pakistan", [
                E("Mar 2022 – Feb 2023", "House Job (House Officer)", "Mayo Hospital, Lahore",
                  ["Medicine (6 months) and Surgery (6 months) rotations"]),
                E("Mar 2023 – Jan 2024", "Medical Officer, Cardiology", "Punjab Institute of Cardiology, Lahore")]),
            ("Examinations", ["USMLE Step 1 – PASS (2023)", "USMLE Step 2 CK – 248 (2023)",
                              "NBME 30 practice: 255 | UWSA2: 261", "OET Medicine – Grade B in all sub-tests",
                              "ECFMG Certified (Dec 2023)"]),
            ("Publications", ["Qureshi MH, Anwar S. Door-to-balloon time in a tertiary centre in Lahore. Pak J Med Sci. 2023;39(4):1021-6.",
                              "Qureshi MH, et al. Statin adherence after ACS in Punjab. J Pak Med Assoc. 2024;74(2):301-5.",
                              "Poster: Takotsubo after dengue fever. PIC Annual Symposium 2023."]),
            ("Languages", ["English|5", "Urdu|5", "Punjabi|4"]),
            ("Skills", ["ECG interpretation|5", "Point-of-care ultrasound|3", "EMR (Epic, Cerner)|4"]),
            ("References", ["Prof. Dr. Tariq Mahmood, Head of Cardiology, Punjab Institute of Cardiology — tariq.mahmood@pic.example.pk — 0321-4455667",
                            "Dr. Sarah Collins, MD, Houston Methodist — scollins@houstonmethodist.example.org — (713) 555-0147"]),
        ]),
    truth=dict(full_name="Muhammad Hamza Qureshi", email="hamza.qureshi.md@gmail.com", phone_e164="+923001234567",
               medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"],
               publications=2,
               usce_entries=[dict(type="observership", specialty="Cardiology", state="TX", start="2024-03", end="2024-04"),
                             dict(type="hands_on", specialty="Internal Medicine", state="IL", start="2024-06", end="2024-08")],
               usce_months=5, usce_months_clinical=5)))

# ---------------------------------------------------------------- 002 India, header band
P.append(dict(
    n=2, layout="chromium_header_band", ext="pdf",
    cv=dict(
        name="Dr. K. V. Lakshmi Narayanan", native="கே. வி. லட்சுமி நாராயணன்", native_font="Noto Sans Tamil",
        headline="MBBS · Nephrology research fellow · USMLE 231 / 245 / 221",
        contacts=["+91 94440 56789", "kvl.narayanan@outlook.com", "Chennai, Tamil Nadu, India", "Visa: B1/B2 (valid till 2028)"],
        sections=[
            ("Career Objective", ["Seeking an Internal Medicine residency, with a view to a Nephrology fellowship."]),
            ("Education", [E("2013 – 2019", "MBBS", "Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University)",
                             ["Compulsory Rotating Residential Internship (CRRI) 2018–2019, Rajiv Gandhi Government General Hospital",
                              "Degree awarded March 2019"])]),
            ("USMLE", ["Step 1: 231 (first attempt, 2019)", "Step 2 CK: 245 (first attempt, 2020)", "Step 3: 221 (2024)",
                       "ECFMG certified since 2020"]),
            ("US Experience", [
                E("Jan 2023 – Dec 2023", "Research Fellow, Division of Nephrology", "University of Alabama at Birmingham, AL",
                  ["Retrospective cohort of 1,200 CKD patients; REDCap database management"]),
                E("Feb 2024 – Mar 2024", "Clinical Observer, Nephrology", "Mount Sinai Beth Israel, New York, NY"),
                E("4 weeks, starting 2 June 2025", "Hands-on Externship, Internal Medicine", "Broward Health, Fort Lauderdale, FL",
                  ["Ended 29 June 2025; inpatient wards, 6–8 patients/day"])]),
            ("Work Experience (India)", [E("2019 – 2022", "Junior Resident (non-academic), General Medicine",
                                           "Stanley Medical College Hospital, Chennai"),
                                         E("2024 – present", "Medical Officer (part-time)", "Apollo Clinic, T. Nagar, Chennai")]),
            ("Publications", ["4 peer-reviewed articles (Indian J Nephrol 2022; Kidney Med 2023; Clin Nephrol 2024; BMC Nephrol 2024)",
                              "2 abstracts at ASN Kidney Week 2023", "1 book chapter: 'Renal tubular acidosis' in Tamil Nadu Handbook of Medicine (2021)"]),
            ("Languages", ["English, Tamil, Hindi, Malayalam"]),
            ("Referees", ["Dr. Ramesh Venkataraman, Professor of Nephrology, MMC — rvenkat@mmc.example.in — +91 98410 77889"]),
        ]),
    truth=dict(full_name="K. V. Lakshmi Narayanan", email="kvl.narayanan@outlook.com", phone_e164="+919444056789",
               medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2019, is_student=False,
               usmle_step1=231, usmle_step2ck=245, usmle_step3=221, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Internal Medicine", "Nephrology"], languages=["English", "Tamil", "Hindi", "Malayalam"],
               publications=4,
               usce_entries=[dict(type="research", specialty="Nephrology", state="AL", start="2023-01", end="2023-12"),
                             dict(type="observership", specialty="Nephrology", state="NY", start="2024-02", end="2024-03"),
                             dict(type="hands_on", specialty="Internal Medicine", state="FL", start="2025-06", end="2025-06")],
               usce_months=15, usce_months_clinical=3)))

# ---------------------------------------------------------------- 003 Bangladesh, LinkedIn export
P.append(dict(
    n=3, layout="chromium_linkedin", ext="pdf",
    cv=dict(
        name="Farhana Akter Chowdhury", native="ফারহানা আক্তার চৌধুরী", native_font="Noto Sans Bengali",
        headline="MBBS | Aspiring Pediatrics Resident | USMLE Step 1 Pass, Step 2 CK 239 | Research Volunteer at Johns Hopkins",
        location="Baltimore, Maryland, United States",
        contacts=["+880 1712-345678 (Mobile)", "farhana.chowdhury.md@yahoo.com", "www.linkedin.com/in/farhana-akter-chowdhury-md (LinkedIn)"],
        top_skills=["Pediatric Advanced Life Support (PALS)", "Clinical Research", "REDCap"],
        languages=["English (Full Professional)", "Bengali (Native or Bilingual)", "Hindi (Elementary)"],
        honors=["ECFMG certification pending (OET passed 2024)", "Gold Medal in Pediatrics, DMC 2019"],
        summary="Bangladeshi physician pursuing a Pediatrics residency. Step 1 Pass, Step 2 CK 239. ECFMG certification pending.",
        experience=[
            ("Johns Hopkins University School of Medicine", "3 years",
             [("Research Volunteer, Department of Pediatrics", "January 2024 - Present (3 years)", "Baltimore, Maryland, United States",
               "Data abstraction and manuscript drafting for a pediatric sepsis cohort.")]),
            ("Children's Hospital of Michigan", "3 months",
             [("Clinical Observer, Pediatrics", "September 2023 - November 2023 (3 months)", "Detroit, Michigan, United States",
               "Observed general pediatrics rounds and NICU.")]),
            ("Square Hospitals Ltd.", "1 year 8 months",
             [("Medical Officer, Pediatrics", "January 2022 - August 2023 (1 year 8 months)", "Dhaka, Bangladesh", "")]),
            ("Dhaka Medical College Hospital", "1 year",
             [("Intern Doctor", "January 2021 - December 2021 (1 year)", "Dhaka, Bangladesh", "")]),
        ],
        education=[("Dhaka Medical College", "Bachelor of Medicine, Bachelor of Surgery - MBBS, Medicine · (2014 - 2020)"),
                   ("Holy Cross College, Dhaka", "Higher Secondary Certificate, Science · (2011 - 2013)")],
        publications=["Chowdhury FA, et al. Procalcitonin-guided antibiotics in neonatal sepsis. Bangladesh J Child Health. 2022.",
                      "Chowdhury FA, Rahman M. Dengue shock syndrome in children: a 5-year review. BMC Pediatr. 2023.",
                      "Poster abstract: Pediatric sepsis bundles, PAS Meeting 2025."],
    ),
    truth=dict(full_name="Farhana Akter Chowdhury", email="farhana.chowdhury.md@yahoo.com", phone_e164="+8801712345678",
               medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Pediatrics"], languages=["English", "Bengali", "Hindi"], publications=2,
               usce_entries=[dict(type="research", specialty="Pediatrics", state="MD", start="2024-01", end="2026-12"),
                             dict(type="observership", specialty="Pediatrics", state="MI", start="2023-09", end="2023-11")],
               usce_months=39, usce_months_clinical=3)))

# ---------------------------------------------------------------- 004 Philippines, Google-Docs-like single column (Chromium)
P.append(dict(
    n=4, layout="chromium_gdocs_single", ext="pdf",
    cv=dict(
        name="Maria Angelica D. Santos, MD", native=None,
        headline="",
        contacts=["Quezon City, Metro Manila, Philippines", "0917 123 4567", "angelica.santos.md@gmail.com"],
        sections=[
            ("SUMMARY", ["Filipino physician applying for Family Medicine residency; strong interest in Geriatrics. "
                         "ECFMG certified. Will require a J-1 visa."]),
            ("EDUCATION", [E("2017 – 2021", "Doctor of Medicine (MD)", "University of Santo Tomas Faculty of Medicine and Surgery, Manila"),
                           E("2021 – 2022", "Post-Graduate Internship", "Philippine General Hospital, Manila"),
                           E("2013 – 2017", "BS Biology (pre-med), cum laude", "University of Santo Tomas")]),
            ("LICENSURE & EXAMINATIONS", ["Philippine Physician Licensure Exam (PLE), passed Sept 2022",
                                          "USMLE Step 1: Passed (2023)", "USMLE Step 2 CK: 252 (2024)", "ECFMG Certified (2024)"]),
            ("U.S. CLINICAL EXPERIENCE", [
                E("March–May 2025", "Hands-on Clinical Rotation, Family Medicine", "Newark Community Health Center, Newark, NJ"),
                E("07/2025 – 08/2025", "Observership, Geriatric Medicine", "Penn Medicine, Philadelphia, PA"),
                E("10/2025 – 11/2025", "Telehealth Rotation, Internal Medicine (virtual)", "hosted by Cleveland Family Care, Cleveland, OH")]),
            ("WORK EXPERIENCE", [E("Oct 2022 – Jan 2025", "Rural Health Physician (Doctors to the Barrios)", "Municipal Health Office, Bohol, Philippines")]),
            ("PUBLICATIONS", ["Santos MAD, Reyes JP. Frailty screening in rural Bohol. Acta Med Philipp. 2024;58(3):44-50."]),
            ("LANGUAGES", ["English (fluent), Filipino/Tagalog (native), Cebuano (conversational)"]),
        ]),
    truth=dict(full_name="Maria Angelica D. Santos", email="angelica.santos.md@gmail.com", phone_e164="+639171234567",
               medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Family Medicine", "Geriatrics"],
               languages=["English", "Filipino", "Cebuano"], publications=1,
               usce_entries=[dict(type="hands_on", specialty="Family Medicine", state="NJ", start="2025-03", end="2025-05"),
                             dict(type="observership", specialty="Geriatrics", state="PA", start="2025-07", end="2025-08"),
                             dict(type="telehealth", specialty="Internal Medicine", state="OH", start="2025-10", end="2025-11")],
               usce_months=7, usce_months_clinical=5)))

# ---------------------------------------------------------------- 005 India/Saudi, DOCX everything in a 2-col table
P.append(dict(
    n=5, layout="docx_table2col", ext="docx",
    cv=dict(
        name="Mohammed Abdul Rahman S.", native="محمد عبد الرحمن", native_font="Noto Naskh Arabic",
        headline="MBBS – General Practitioner",
        rows=[
            ("Name", "Mohammed Abdul Rahman S."), ("Date of Birth", "05-08-1991"), ("Nationality", "Indian (Saudi Iqama holder)"),
            ("Mobile", "+966 55 123 4567"), ("E-mail", "m.abdulrahman.s@hotmail.com"),
            ("Address", "Al Olaya District, Riyadh 12214, KSA"),
            ("Objective", "Residency in Family Medicine or Emergency Medicine. Will need J-1 visa sponsorship."),
            ("Qualification", "MBBS, Deccan College of Medical Sciences, Hyderabad (Dr. NTR University of Health Sciences), 2010 – 2016\nInternship 2015 – 2016, Owaisi Hospital, Hyderabad"),
            ("Licensing exams", "PLAB 1 – Passed (2017)\nPLAB 2 – Passed (2018)\nUSMLE Step 1 – Passed (2023)\nUSMLE Step 2 CK – 236 (2023)\nECFMG – Certified (Nov 2023)\nSaudi Commission (SCFHS) – Registered GP"),
            ("US Clinical Experience", "Observership, Emergency Medicine – Ben Taub Hospital, Houston, TX – 01/2024 to 02/2024\nHands-on, Family Medicine – Grady Primary Care, Atlanta, GA – 02/2024 to 04/2024"),
            ("Work Experience", "General Practitioner, Al Noor Polyclinic, Riyadh – Sept 2018 to Dec 2023\nCasualty Medical Officer, Princess Esra Hospital, Hyderabad – 2016 to 2018"),
            ("Languages", "English, Urdu, Hindi, Telugu, Arabic"),
            ("Publications", "Nil"),
            ("Reference", "Dr. Faisal Al-Harbi, Medical Director, Al Noor Polyclinic – f.alharbi@alnoor.example.sa – +966 50 987 6543"),
            ("Declaration", "I hereby declare that the above information is true to the best of my knowledge.\nPlace: Riyadh    Date: 12/10/2026"),
        ]),
    truth=dict(full_name="Mohammed Abdul Rahman S.", email="m.abdulrahman.s@hotmail.com", phone_e164="+966551234567",
               medical_school="Deccan College of Medical Sciences", medical_school_country="IN", graduation_year=2016,
               is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Family Medicine", "Emergency Medicine"],
               languages=["English", "Urdu", "Hindi", "Telugu", "Arabic"], publications=0,
               usce_entries=[dict(type="observership", specialty="Emergency Medicine", state="TX", start="2024-01", end="2024-02"),
                             dict(type="hands_on", specialty="Family Medicine", state="GA", start="2024-02", end="2024-04")],
               usce_months=4, usce_months_clinical=4)))

# ---------------------------------------------------------------- 006 Nepal, CV pasted as an e-mail body
P.append(dict(
    n=6, layout="email_body", ext="txt",
    cv=dict(text="""From: Sujan Thapa <sujan.thapa.mbbs@gmail.com>
To: rotations@clinicalplacements.example.com
Date: Tue, 10 Nov 2026 21:14:05 +0545
Subject: Application for Clinical Rotation - Sujan Bahadur Thapa (MBBS, Nepal)

Dear Sir/Madam,

Greetings from Kathmandu! I am writing to apply for a hands-on rotation in Internal Medicine. My CV is pasted below
as I was not able to attach the file from my phone.

Kind regards,
Sujan

----------------------------------------------------------------
SUJAN BAHADUR THAPA  (सुजन बहादुर थापा)
MBBS
Mobile/WhatsApp: 98-41234567 (Nepal, +977)
Email: sujan.thapa.mbbs@gmail.com
Address: Maharajgunj-3, Kathmandu, Nepal
----------------------------------------------------------------

OBJECTIVE
Internal Medicine residency, then fellowship in Pulmonary and Critical Care Medicine.

EDUCATION
* MBBS - Institute of Medicine (IOM), Tribhuvan University, Maharajgunj, Kathmandu. 2017 - 2023
* Internship (1 year) - Tribhuvan University Teaching Hospital, 2022-2023 (part of MBBS)

USMLE / ECFMG
* Step 1: PASS (May 2024)
* Step 2 CK: scheduled for February 2027 (NBME 13: 245, UWSA1: 250)
* ECFMG certification: pending Step 2 CK

VISA
I hold a valid B1/B2 visitor visa (issued 2025).

US CLINICAL EXPERIENCE
I completed a 4-week observership in Pulmonary and Critical Care Medicine at UPMC Presbyterian, Pittsburgh,
Pennsylvania, from 20 Oct 2025 to 14 Nov 2025, where I attended MICU rounds and bronchoscopy sessions.
I am currently doing a hands-on externship in Internal Medicine at Elmhurst Hospital, Queens, New York
(Nov 2026 - Jan 2027).

CLINICAL WORK IN NEPAL
* Medical Officer, Bir Hospital, Kathmandu - Sept 2023 to Sept 2025
* Volunteer doctor, health camps in Humla district - Summer 2024

RESEARCH / PUBLICATIONS
* Thapa SB, Shrestha R. Outcomes of COPD exacerbations at high altitude. JNMA J Nepal Med Assoc. 2024;62(271):150-4.
* Thapa SB, et al. Scrub typhus in Kathmandu valley - manuscript submitted to Trop Med Health (2026).

LANGUAGES
English, Nepali, Hindi

REFERENCES
1. Prof. Dr. Bishnu Prasad Shrestha, Dept. of Internal Medicine, TUTH - bp.shrestha@iom.example.edu.np - +977 985-1012345
2. Dr. Michael Grant, MD, UPMC - grantm@upmc.example.org - (412) 555-0192

Sent from my Android phone
"""),
    truth=dict(full_name="Sujan Bahadur Thapa", email="sujan.thapa.mbbs@gmail.com", phone_e164="+9779841234567",
               medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               visa_status="b1b2", specialties=["Internal Medicine", "Pulmonology/Critical Care"],
               languages=["English", "Nepali", "Hindi"], publications=1,
               usce_entries=[dict(type="observership", specialty="Pulmonology/Critical Care", state="PA", start="2025-10", end="2025-11"),
                             dict(type="hands_on", specialty="Internal Medicine", state="NY", start="2026-11", end="2027-01")],
               usce_months=4, usce_months_clinical=4)))

# ---------------------------------------------------------------- 007 Sri Lanka, DOCX with contacts in header/footer -> soffice PDF
P.append(dict(
    n=7, layout="soffice_docx_headerfooter", ext="pdf",
    cv=dict(
        name="Tharindu Lakshan Wijesinghe", native=None,
        header="Dr. Tharindu Lakshan Wijesinghe  |  MBBS (Colombo)  |  +94 77 123 4567",
        footer="tharindu.wijesinghe@gmail.com  ·  Colombo 07, Sri Lanka  ·  Page 1",
        sections=[
            ("Personal Statement", ["Sri Lankan doctor pursuing a career in Anesthesiology in the United States."]),
            ("Education", [E("2013 – 2020", "MBBS", "Faculty of Medicine, University of Colombo, Sri Lanka",
                             ["Final MBBS passed Jan 2020; Second Class (Upper Division)"])]),
            ("Internship", [E("03.2021 – 02.2022", "Pre-intern Medical Officer / Intern House Officer",
                              "National Hospital of Sri Lanka, Colombo", ["Medicine 6 months; Surgery 6 months"])]),
            ("Examinations", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 255", "USMLE Step 3 — 230",
                              "ECFMG Certified (2023)"]),
            ("U.S. Clinical Experience", [
                E("09.2024 – 10.2024", "Hands-on sub-internship, Anesthesiology", "Baystate Medical Center, Springfield, Massachusetts"),
                E("11.2024 – 04.2025", "Research Assistant, Department of Anesthesiology", "University of Michigan, Ann Arbor, Michigan")]),
            ("Experience – Sri Lanka", [E("2022 – 2024", "Senior House Officer, Anaesthesia & ICU", "Teaching Hospital Karapitiya, Galle")]),
            ("Publications", ["Wijesinghe TL, et al. Spinal anaesthesia for caesarean section in Sri Lanka. Ceylon Med J. 2023;68:12-7.",
                              "Wijesinghe TL, Perera A. Post-operative nausea after laparoscopic cholecystectomy. Sri Lankan J Anaesthesiol. 2023.",
                              "Wijesinghe TL, et al. Sugammadex utilization in a US academic center. J Clin Anesth. 2025;101:111-8."]),
            ("Languages", ["English, Sinhala, Tamil"]),
            ("Referees", ["Dr. Nimal Perera, Consultant Anaesthetist, NHSL — nimal.perera@nhsl.example.lk — +94 71 555 0101",
                          "Dr. Laura Chen, MD, University of Michigan — lchen@umich.example.edu — (734) 555-0133"]),
        ]),
    truth=dict(full_name="Tharindu Lakshan Wijesinghe", email="tharindu.wijesinghe@gmail.com", phone_e164="+94771234567",
               medical_school="Faculty of Medicine, University of Colombo", medical_school_country="LK", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=230, ecfmg_status="certified",
               visa_status=None, specialties=["Anesthesiology"], languages=["English", "Sinhala", "Tamil"], publications=3,
               usce_entries=[dict(type="hands_on", specialty="Anesthesiology", state="MA", start="2024-09", end="2024-10"),
                             dict(type="research", specialty="Anesthesiology", state="MI", start="2024-11", end="2025-04")],
               usce_months=8, usce_months_clinical=2)))

# ---------------------------------------------------------------- 008 Thailand, fpdf2
P.append(dict(
    n=8, layout="fpdf2_plain", ext="pdf",
    cv=dict(
        name="Natthaphon Srisuk, M.D.", native="ณัฐพล ศรีสุข", native_font="thai",
        headline="Doctor of Medicine (Mahidol) - Neurology applicant",
        contacts=["Tel: 098-765-4321 (Thailand)", "E-mail: natthaphon.srisuk@hotmail.com", "Bangkok Noi, Bangkok 10700, Thailand",
                  "Born 1997"],
        sections=[
            ("OBJECTIVE", ["Neurology residency in the U.S. (J-1 visa required)."]),
            ("EDUCATION", [E("2016 - 2022", "Doctor of Medicine (M.D.), Second-class honors",
                             "Faculty of Medicine Siriraj Hospital, Mahidol University, Bangkok")]),
            ("INTERNSHIP AND GOVERNMENT SERVICE", [
                E("2022 - 2023", "Medical Intern", "Khon Kaen Hospital, Khon Kaen"),
                E("2023 - 2025", "General Practitioner (rural service)", "Nam Phong Community Hospital, Khon Kaen")]),
            ("USMLE", ["Step 1: Pass (2024)", "Step 2 CK: 241 (2024)", "ECFMG: certified (January 2025)"]),
            ("U.S. CLINICAL EXPERIENCE", [
                E("Summer 2024 (July 1 - August 9)", "Observership - Neurology", "Mayo Clinic, Rochester, Minnesota",
                  ["Stroke service and EEG reading sessions"]),
                E("15/01/2025 - 14/02/2025", "Clinical Externship (hands-on) - Neurology", "University Hospitals, Cleveland, Ohio",
                  ["Admitted and followed patients on the general neurology ward"])]),
            ("RESEARCH", ["Manuscript in preparation: Thrombolysis delays in rural Thailand.",
                          "Oral presentation: Thai Stroke Society Annual Meeting 2024."]),
            ("LANGUAGES", ["Thai (native), English (fluent), Japanese (basic, JLPT N4)"]),
            ("REFEREE", ["Assoc. Prof. Dr. Somchai Wongsawat, Siriraj Hospital - somchai.w@siriraj.example.ac.th - 02-419-7000"]),
        ]),
    truth=dict(full_name="Natthaphon Srisuk", email="natthaphon.srisuk@hotmail.com", phone_e164="+66987654321",
               medical_school="Faculty of Medicine Siriraj Hospital, Mahidol University", medical_school_country="TH",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Neurology"],
               languages=["Thai", "English", "Japanese"], publications=0,
               usce_entries=[dict(type="observership", specialty="Neurology", state="MN", start="2024-07", end="2024-08"),
                             dict(type="hands_on", specialty="Neurology", state="OH", start="2025-01", end="2025-02")],
               usce_months=4, usce_months_clinical=4)))

# ---------------------------------------------------------------- 009 Jordan, reportlab two-column
P.append(dict(
    n=9, layout="reportlab_twocol", ext="pdf",
    cv=dict(
        name="Layla Hassan Al-Khatib", native="ليلى حسن الخطيب", native_font="arabic",
        headline="MD · Obstetrics & Gynecology applicant",
        contacts=["+962 7 9123 4567", "layla.alkhatib.md@gmail.com", "Amman, Jordan / Dearborn, MI",
                  "US Permanent Resident (Green Card)"],
        sections=[
            ("Interests", ["Obstetrics & Gynecology; Dermatology (cosmetic gynecology overlap)"]),
            ("Education", [E("2017 – 2023", "Doctor of Medicine (MD)", "The University of Jordan, Faculty of Medicine, Amman"),
                           E("2023 – 2024", "Rotating Internship", "Jordan University Hospital, Amman")]),
            ("USMLE", ["Step 1 – Pass", "Step 2 CK – 260", "ECFMG certified (2024)"]),
            ("US Clinical Experience", [
                E("Jan 2025 – Feb 2025", "Hands-on rotation, OB/GYN", "Beaumont Hospital, Dearborn, MI"),
                E("Feb 2025 – Mar 2025", "Hands-on rotation, Obstetrics & Gynecology", "LAC+USC Medical Center, Los Angeles, CA"),
                E("Jun 2025", "Observership, Internal Medicine", "Advocate Christ Medical Center, Oak Lawn, IL")]),
            ("Publications", ["Al-Khatib LH, et al. Gestational diabetes screening in Jordan. J Obstet Gynaecol. 2023;43(1):221-7.",
                              "Al-Khatib LH, Saleh R. Preterm labour in Syrian refugees. BMC Pregnancy Childbirth. 2024;24:310."]),
            ("Languages", ["Arabic", "English", "French"]),
            ("References", ["Dr. Rana Saleh, JUH — r.saleh@ju.example.edu.jo — +962 6 535 3444"]),
        ]),
    truth=dict(full_name="Layla Hassan Al-Khatib", email="layla.alkhatib.md@gmail.com", phone_e164="+962791234567",
               medical_school="The University of Jordan, Faculty of Medicine", medical_school_country="JO", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified",
               visa_status="green_card", specialties=["Obstetrics and Gynecology"], languages=["Arabic", "English", "French"],
               publications=2,
               usce_entries=[dict(type="hands_on", specialty="Obstetrics and Gynecology", state="MI", start="2025-01", end="2025-02"),
                             dict(type="hands_on", specialty="Obstetrics and Gynecology", state="CA", start="2025-02", end="2025-03"),
                             dict(type="observership", specialty="Internal Medicine", state="IL", start="2025-06", end="2025-06")],
               usce_months=4, usce_months_clinical=4)))

# ---------------------------------------------------------------- 010 Malaysia, ODT (odfpy)
P.append(dict(
    n=10, layout="odt_odfpy", ext="odt",
    cv=dict(
        name="Dr. Nurul Aisyah binti Ahmad Fauzi", native=None,
        headline="MD (UKM) · MMC registered",
        contacts=["H/P: +60 12-345 6789", "Email: nurul.aisyah.af@gmail.com", "Bangi, Selangor, Malaysia", "IC birth year: 1994"],
        sections=[
            ("Career Goal", ["Internal Medicine residency followed by Infectious Disease fellowship. J-1 visa sponsorship needed."]),
            ("Education", [E("2014 – 2019", "Doctor of Medicine (MD)", "Universiti Kebangsaan Malaysia (UKM), Kuala Lumpur")]),
            ("Housemanship & Work", [E("2019 – 2021", "House Officer (Housemanship)", "Hospital Kuala Lumpur"),
                                     E("2021 – 2022", "Medical Officer, Infectious Disease Unit", "Hospital Sungai Buloh")]),
            ("Exams", ["PLAB 1 – passed 2022 (did not proceed)", "USMLE Step 1 – Pass", "USMLE Step 2 CK – 233",
                       "ECFMG – Certified 2022"]),
            ("US Clinical Experience", [
                E("03/2023 – 04/2023", "Observer, Infectious Diseases", "Johns Hopkins Hospital, Baltimore, MD"),
                E("05/2023 – 06/2023", "Hands-on externship, Internal Medicine", "Jamaica Hospital Medical Center, Queens, NY")]),
            ("Publications", ["Ahmad Fauzi NA, et al. Melioidosis in Selangor: a case series. Med J Malaysia. 2022;77(5):600-4."]),
            ("Languages", ["Bahasa Melayu (native), English (fluent), Mandarin (conversational)"]),
        ]),
    truth=dict(full_name="Nurul Aisyah binti Ahmad Fauzi", email="nurul.aisyah.af@gmail.com", phone_e164="+60123456789",
               medical_school="Universiti Kebangsaan Malaysia", medical_school_country="MY", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Infectious Disease"], languages=["Malay", "English", "Mandarin"], publications=1,
               usce_entries=[dict(type="observership", specialty="Infectious Disease", state="MD", start="2023-03", end="2023-04"),
                             dict(type="hands_on", specialty="Internal Medicine", state="NY", start="2023-05", end="2023-06")],
               usce_months=4, usce_months_clinical=4)))

# ---------------------------------------------------------------- 011 Pakistan, RTF
P.append(dict(
    n=11, layout="rtf_plain", ext="rtf",
    cv=dict(
        name="Dr. Ayesha Siddiqua Malik", native="عائشہ صدیقہ ملک",
        headline="MBBS (Dow) | Psychiatry",
        contacts=["Cell: +92 (321) 456 7890", "ayesha.malik.dr@gmail.com", "New Haven, CT, USA (current)", "Visa status: H-1B (research scholar)"],
        sections=[
            ("OBJECTIVE", ["Psychiatry residency, PGY-1 2027."]),
            ("EDUCATION", [E("2013 - 2018", "MBBS", "Dow Medical College, Dow University of Health Sciences, Karachi, Pakistan"),
                           E("2018 - 2019", "House Job", "Civil Hospital Karachi (Medicine & Psychiatry)")]),
            ("EXAMINATIONS", ["USMLE Step 1: 229 (2020)", "USMLE Step 2 CK: 238 (2021)", "ECFMG Certified 2021",
                              "FCPS Part 1 Psychiatry (CPSP) - passed 2019"]),
            ("US EXPERIENCE", [
                E("08/2021 - 07/2023", "Postdoctoral Research Associate, Department of Psychiatry", "Yale School of Medicine, New Haven, CT"),
                E("09/2023 - 10/2023", "Hands-on Clinical Rotation, Psychiatry", "Hartford Hospital / Institute of Living, Hartford, CT")]),
            ("PUBLICATIONS (peer-reviewed, 5)", [
                "1. Malik AS, et al. Ketamine and suicidality. J Affect Disord. 2022.", "2. Malik AS, et al. Postpartum depression in Karachi. Arch Womens Ment Health. 2021.",
                "3. Malik AS, Lee J. Digital CBT adherence. JMIR Ment Health. 2023.", "4. Malik AS, et al. rTMS in treatment-resistant depression. Brain Stimul. 2023.",
                "5. Malik AS, et al. Lithium monitoring in South Asia. Bipolar Disord. 2024.",
                "Posters: APA Annual Meeting 2022, 2023 (not counted above)"]),
            ("LANGUAGES", ["English, Urdu, Sindhi"]),
        ]),
    truth=dict(full_name="Ayesha Siddiqua Malik", email="ayesha.malik.dr@gmail.com", phone_e164="+923214567890",
               medical_school="Dow Medical College", medical_school_country="PK", graduation_year=2018, is_student=False,
               usmle_step1=229, usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
               specialties=["Psychiatry"], languages=["English", "Urdu", "Sindhi"], publications=5,
               usce_entries=[dict(type="research", specialty="Psychiatry", state="CT", start="2021-08", end="2023-07"),
                             dict(type="hands_on", specialty="Psychiatry", state="CT", start="2023-09", end="2023-10")],
               usce_months=26, usce_months_clinical=2)))

# ---------------------------------------------------------------- 012 Egypt, Canva timeline (Chromium)
P.append(dict(
    n=12, layout="chromium_canva_timeline", ext="pdf",
    cv=dict(
        name="Omar Khaled Abdelrahman Mostafa", native="عمر خالد عبد الرحمن مصطفى", native_font="Noto Naskh Arabic",
        headline="MBBCh · Aspiring General Surgeon",
        contacts=["📞 010 1234 5678", "📧 omar.k.mostafa@gmail.com", "📍 Giza, Egypt", "🪪 J-1 visa needed"],
        sections=[
            ("About Me", ["Kasr Al Ainy graduate aiming for a Surgery residency. Step 2 CK 257."]),
            ("Education", [E("2015 → 2021", "MBBCh (Bachelor of Medicine & Surgery), Excellent with Honors",
                             "Faculty of Medicine, Cairo University (Kasr Al Ainy)"),
                           E("2021 → 2022", "Internship (12 months)", "Kasr Al Ainy University Hospitals")]),
            ("US Clinical Experience", [
                E("Mar 2024 → Apr 2024", "Hands-on Externship · General Surgery", "Jackson Memorial Hospital, Miami, FL"),
                E("May 2024 → Jun 2024", "Observership · General Surgery", "Baylor St. Luke's Medical Center, Houston, TX")]),
            ("Work", [E("2022 → 2023", "Resident, General Surgery (Ministry of Health)", "El Sahel Teaching Hospital, Cairo")]),
            ("Exams", ["USMLE Step 1 ✔ Pass", "USMLE Step 2 CK ★ 257", "ECFMG ✔ Certified", "UWSA2 270 (practice)"]),
            ("Publications", ["2 peer-reviewed papers (Int J Surg Case Rep 2023; Egypt J Surg 2024)", "3 posters (ACS Clinical Congress 2024)"]),
            ("Languages", ["Arabic|5", "English|5", "German (B1)|3"]),
            ("Skills", ["Suturing|5", "Laparoscopy simulator|3", "ATLS certified|4"]),
        ]),
    truth=dict(full_name="Omar Khaled Abdelrahman Mostafa", email="omar.k.mostafa@gmail.com", phone_e164="+201012345678",
               medical_school="Faculty of Medicine, Cairo University (Kasr Al Ainy)", medical_school_country="EG", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["General Surgery"], languages=["Arabic", "English", "German"], publications=2,
               usce_entries=[dict(type="hands_on", specialty="General Surgery", state="FL", start="2024-03", end="2024-04"),
                             dict(type="observership", specialty="General Surgery", state="TX", start="2024-05", end="2024-06")],
               usce_months=4, usce_months_clinical=4)))

# ---------------------------------------------------------------- 013 India student, Google-Docs-like DOCX
P.append(dict(
    n=13, layout="docx_gdocs", ext="docx",
    cv=dict(
        name="Ananya Ramesh Kulkarni", native="अनन्या रमेश कुलकर्णी",
        headline="Final-year MBBS student",
        contacts=["+91 99001 22334", "ananya.kulkarni27@gmail.com", "Manipal, Karnataka, India"],
        sections=[
            ("Education", [E("2021 – present (expected graduation: June 2027)", "MBBS (final year)",
                             "Kasturba Medical College, Manipal (Manipal Academy of Higher Education)")]),
            ("USMLE", ["Step 1: Pass (August 2025)", "Step 2 CK: preparing (target date March 2027)"]),
            ("Clinical Electives in the USA", [
                E("June 2026 – July 2026", "Clinical elective (hands-on, sub-I style), Pediatrics", "Advocate Children's Hospital, Park Ridge, Illinois"),
                E("2026-09 – 2026-10", "Observership, Hematology-Oncology", "MD Anderson Cancer Center, Houston, Texas")]),
            ("Interests", ["Pediatrics; Hematology-Oncology; Dermatology"]),
            ("Research", ["Poster: Iron-deficiency anemia in adolescent girls, KMC Research Day 2025",
                          "Manuscript submitted: Thalassemia carrier screening in coastal Karnataka (2026)"]),
            ("Languages", ["English, Hindi, Marathi, Kannada"]),
            ("Visa", ["B1/B2 visitor visa (valid through 2030)"]),
        ]),
    truth=dict(full_name="Ananya Ramesh Kulkarni", email="ananya.kulkarni27@gmail.com", phone_e164="+919900122334",
               medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               visa_status="b1b2", specialties=["Pediatrics", "Hematology/Oncology"],
               languages=["English", "Hindi", "Marathi", "Kannada"], publications=0,
               usce_entries=[dict(type="hands_on", specialty="Pediatrics", state="IL", start="2026-06", end="2026-07"),
                             dict(type="observership", specialty="Hematology/Oncology", state="TX", start="2026-09", end="2026-10")],
               usce_months=4, usce_months_clinical=4)))

# ---------------------------------------------------------------- 014 Iran, Canva skill bars (Chromium)
P.append(dict(
    n=14, layout="chromium_canva_skills", ext="pdf",
    cv=dict(
        name="Seyed Amirhossein Hosseini", native="سید امیرحسین حسینی", native_font="Noto Naskh Arabic",
        headline="MD · Diagnostic Radiology",
        contacts=["+98 912 345 6789", "amir.hosseini.md@gmail.com", "Tehran, Iran", "J-1 visa (ECFMG sponsorship)"],
        sections=[
            ("Summary", ["Iranian MD with 1 year of radiology research in California, applying to Diagnostic Radiology."]),
            ("Education", [E("2013 – 2020", "Doctor of Medicine (MD)", "Tehran University of Medical Sciences (TUMS), Tehran, Iran",
                             ["Includes 18-month internship (clerkship) at Imam Khomeini Hospital Complex"])]),
            ("Experience", [E("2020 – 2022", "General Practitioner (mandatory service)", "Health Network of Zanjan, Iran"),
                            E("March 2023 – February 2024", "Research Fellow, Radiology AI Lab", "Stanford University, Palo Alto, CA"),
                            E("March 2024 – April 2024", "Observer, Neuroradiology & Body Imaging", "UCSF Medical Center, San Francisco, CA")]),
            ("USMLE", ["Step 1: Pass", "Step 2 CK: 262", "ECFMG: Certified"]),
            ("Publications", ["7 peer-reviewed articles (Radiology 2023, AJR 2024, Eur Radiol 2024, +4)", "2 RSNA abstracts"]),
            ("Languages", ["Persian (Farsi)|5", "English|5", "Azerbaijani (Azeri Turkish)|4"]),
            ("Skills", ["PACS / RIS|5", "Python & deep learning|4", "Ultrasound|3"]),
        ]),
    truth=dict(full_name="Seyed Amirhossein Hosseini", email="amir.hosseini.md@gmail.com", phone_e164="+989123456789",
               medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Radiology"], languages=["Persian", "English", "Azerbaijani"], publications=7,
               usce_entries=[dict(type="research", specialty="Radiology", state="CA", start="2023-03", end="2024-02"),
                             dict(type="observership", specialty="Radiology", state="CA", start="2024-03", end="2024-04")],
               usce_months=14, usce_months_clinical=2)))

# ---------------------------------------------------------------- 015 Lebanon, tables-heavy DOCX -> soffice PDF
P.append(dict(
    n=15, layout="soffice_docx_tables", ext="pdf",
    cv=dict(
        name="Karim Georges Haddad", native="كريم جورج حداد", native_font="Noto Naskh Arabic",
        headline="MD (AUB) — Emergency Medicine",
        rows=[
            ("Contact", "Mobile: +961 3 123 456\nEmail: karim.haddad.md@outlook.com\nHamra, Beirut, Lebanon"),
            ("Education", "Doctor of Medicine (MD), American University of Beirut, Faculty of Medicine, 2020 – 2024\nBS Biology, AUB, 2017 – 2020"),
            ("USMLE", "Step 1: Pass | Step 2 CK: 250 | ECFMG certified (Oct 2024)"),
            ("US Clinical Rotations", "• Emergency Medicine (hands-on), MetroHealth Medical Center, Cleveland, Ohio — 2025-01 to 2025-02\n"
                                      "• Internal Medicine (hands-on), Temple University Hospital, Philadelphia, Pennsylvania — 2025-03 to 2025-04"),
            ("Work", "Emergency Department Physician (general), Rafik Hariri University Hospital, Beirut — 2025-05 to present"),
            ("Specialty sought", "Emergency Medicine — requires J-1 visa"),
            ("Publications", "Haddad KG, et al. Blast injuries after the Beirut port explosion. Prehosp Disaster Med. 2021;36(5):550-5."),
            ("Languages", "Arabic · English · French"),
        ]),
    truth=dict(full_name="Karim Georges Haddad", email="karim.haddad.md@outlook.com", phone_e164="+9613123456",
               medical_school="American University of Beirut", medical_school_country="LB", graduation_year=2024,
               is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Emergency Medicine"], languages=["Arabic", "English", "French"], publications=1,
               usce_entries=[dict(type="hands_on", specialty="Emergency Medicine", state="OH", start="2025-01", end="2025-02"),
                             dict(type="hands_on", specialty="Internal Medicine", state="PA", start="2025-03", end="2025-04")],
               usce_months=4, usce_months_clinical=4)))

# ---------------------------------------------------------------- 016 Vietnam, LinkedIn export #2
P.append(dict(
    n=16, layout="chromium_linkedin", ext="pdf",
    cv=dict(
        name="Nguyễn Thị Minh Anh", native=None,
        headline="MD, Hanoi Medical University | Endocrinology & Internal Medicine | USMLE 2 CK 244",
        location="Hà Nội, Vietnam",
        contacts=["+84 912 345 678 (Mobile)", "minhanh.nguyen.md@gmail.com", "www.linkedin.com/in/minh-anh-nguyen-md (LinkedIn)"],
        top_skills=["Diabetes Management", "Thyroid Ultrasound", "Clinical Research"],
        languages=["Vietnamese (Native or Bilingual)", "English (Professional Working)", "French (Elementary)"],
        honors=["USMLE Step 1 Pass", "ECFMG certification pending (awaiting OET result)", "J-1 visa required"],
        summary="Physician interested in Internal Medicine residency and Endocrinology fellowship.",
        experience=[
            ("Brigham and Women's Hospital", "3 months",
             [("Observer, Division of Endocrinology, Diabetes and Hypertension", "October 2024 - December 2024 (3 months)",
               "Boston, Massachusetts, United States", "Observed outpatient endocrine clinics and inpatient consults.")]),
            ("Virtual Clinical Rotations (hosted by NYC Health + Hospitals)", "2 months",
             [("Telehealth Rotation, Internal Medicine", "February 2025 - March 2025 (2 months)", "New York, United States",
               "Participated in virtual rounds and case write-ups.")]),
            ("Bach Mai Hospital", "2 years 4 months",
             [("Resident Doctor, Endocrinology", "June 2022 - September 2024 (2 years 4 months)", "Hà Nội, Vietnam", "")]),
        ],
        education=[("Hanoi Medical University", "Doctor of Medicine - MD, General Medicine · (2016 - 2022)")],
        publications=["Nguyen TMA, et al. Prevalence of diabetic retinopathy in northern Vietnam. J Diabetes Investig. 2023."],
    ),
    truth=dict(full_name="Nguyễn Thị Minh Anh", email="minhanh.nguyen.md@gmail.com", phone_e164="+84912345678",
               medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Internal Medicine", "Endocrinology"], languages=["Vietnamese", "English", "French"], publications=1,
               usce_entries=[dict(type="observership", specialty="Endocrinology", state="MA", start="2024-10", end="2024-12"),
                             dict(type="telehealth", specialty="Internal Medicine", state="NY", start="2025-02", end="2025-03")],
               usce_months=5, usce_months_clinical=3)))

# ================================================================ scans (rendered via Chromium, then degraded)
P.append(dict(
    n=17, layout="scan_photo_perspective", ext="jpg", scan="photo", base="chromium_canva_sidebar",
    cv=dict(
        name="Dr. Bilal Ahmed Chaudhry", native="بلال احمد چوہدری", native_font="Noto Nastaliq Urdu",
        headline="MBBS (AIMC) | Internal Medicine → GI",
        contacts=["☎ 0333-7654321", "✉ bilal.chaudhry.md@gmail.com", "⌂ Model Town, Lahore", "J-1 visa required"],
        sections=[
            ("Profile", ["Applying to Internal Medicine; career goal Gastroenterology."]),
            ("Education", [E("2016 – 2021", "MBBS", "Allama Iqbal Medical College, Lahore, Pakistan"),
                           E("2021 – 2022", "House Job", "Jinnah Hospital, Lahore")]),
            ("US Clinical Experience", [E("Oct 2023 – Dec 2023", "Hands-on Externship, Internal Medicine", "Saint Anthony Hospital, Chicago, IL"),
                                        E("Jan 2024", "Observership, Gastroenterology", "Henry Ford Hospital, Detroit, MI")]),
            ("USMLE", ["Step 1: PASS", "Step 2 CK: 243", "ECFMG Certified"]),
            ("Publications", ["2 peer-reviewed (Pak J Med Sci 2022; Cureus 2023)"]),
            ("Languages", ["English|5", "Urdu|5", "Punjabi|4"]),
        ]),
    truth=dict(full_name="Bilal Ahmed Chaudhry", email="bilal.chaudhry.md@gmail.com", phone_e164="+923337654321",
               medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Urdu", "Punjabi"], publications=2,
               usce_entries=[dict(type="hands_on", specialty="Internal Medicine", state="IL", start="2023-10", end="2023-12"),
                             dict(type="observership", specialty="Gastroenterology", state="MI", start="2024-01", end="2024-01")],
               usce_months=4, usce_months_clinical=4)))

P.append(dict(
    n=18, layout="scan_fax_lowcontrast", ext="png", scan="fax", base="chromium_gdocs_single",
    cv=dict(
        name="Md. Rafiqul Islam", native=None,
        headline="",
        contacts=["Mirpur-10, Dhaka 1216, Bangladesh", "+880 1812-987654", "rafiq.islam.dmc@gmail.com"],
        sections=[
            ("OBJECTIVE", ["Pathology residency (AP/CP)."]),
            ("EDUCATION", [E("2011 – 2017", "MBBS", "Sir Salimullah Medical College, Dhaka (University of Dhaka)"),
                           E("2017 – 2018", "Internship", "Mitford Hospital, Dhaka")]),
            ("USMLE", ["Step 1: 218", "Step 2 CK: 230", "ECFMG certified (2019)"]),
            ("US EXPERIENCE", [E("06/2019 – 05/2020", "Research Fellow, Department of Pathology", "Montefiore Medical Center, Bronx, NY")]),
            ("WORK", [E("2020 – present", "Lecturer, Pathology", "Sir Salimullah Medical College, Dhaka")]),
            ("LANGUAGES", ["English, Bengali"]),
        ]),
    truth=dict(full_name="Md. Rafiqul Islam", email="rafiq.islam.dmc@gmail.com", phone_e164="+8801812987654",
               medical_school="Sir Salimullah Medical College", medical_school_country="BD", graduation_year=2017, is_student=False,
               usmle_step1=218, usmle_step2ck=230, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Pathology"], languages=["English", "Bengali"], publications=0,
               usce_entries=[dict(type="research", specialty="Pathology", state="NY", start="2019-06", end="2020-05")],
               usce_months=12, usce_months_clinical=0)))

P.append(dict(
    n=19, layout="scan_pdf_imageonly", ext="pdf", scan="scan", base="chromium_header_band",
    cv=dict(
        name="Dr. Venkata Sai Krishna Reddy G.", native="వెంకట సాయి కృష్ణ రెడ్డి", native_font="Noto Serif Telugu",
        headline="MBBS · Hematology/Oncology aspirant",
        contacts=["+91 90000 11223", "vsk.reddy.g@gmail.com", "Hyderabad, Telangana", "B1/B2 visa"],
        sections=[
            ("Education", [E("2016 – 2022", "MBBS", "Osmania Medical College, Hyderabad (KNRUHS)", ["Internship 2021–2022, Osmania General Hospital"])]),
            ("USMLE", ["Step 1: Pass", "Step 2 CK: 236", "ECFMG certified"]),
            ("US Clinical Experience", [E("Jul 2024 – Aug 2024", "Hands-on, Hematology-Oncology", "Hackensack Meridian Health, Hackensack, NJ"),
                                        E("Aug 2024 – Sep 2024", "Observership, Internal Medicine", "RWJ University Hospital, New Brunswick, NJ")]),
            ("Interests", ["Hematology & Oncology"]),
            ("Publications", ["Reddy GVSK, et al. Aplastic anemia outcomes. Indian J Hematol Blood Transfus. 2023."]),
            ("Languages", ["English, Telugu, Hindi"]),
        ]),
    truth=dict(full_name="Venkata Sai Krishna Reddy G.", email="vsk.reddy.g@gmail.com", phone_e164="+919000011223",
               medical_school="Osmania Medical College", medical_school_country="IN", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Hematology/Oncology"], languages=["English", "Telugu", "Hindi"], publications=1,
               usce_entries=[dict(type="hands_on", specialty="Hematology/Oncology", state="NJ", start="2024-07", end="2024-08"),
                             dict(type="observership", specialty="Internal Medicine", state="NJ", start="2024-08", end="2024-09")],
               usce_months=3, usce_months_clinical=3)))

P.append(dict(
    n=20, layout="scan_photo_shadow", ext="jpg", scan="photo", base="chromium_gdocs_single",
    cv=dict(
        name="Jose Miguel R. Bautista, MD", native=None,
        headline="",
        contacts=["Diliman, Quezon City", "+63 918 765 4321", "jm.bautista.md@yahoo.com"],
        sections=[
            ("OBJECTIVE", ["Family Medicine residency. J-1 visa applicant."]),
            ("EDUCATION", [E("2016 – 2020", "Doctor of Medicine", "University of the Philippines College of Medicine, Manila"),
                           E("2020 – 2021", "Post-Graduate Internship", "Philippine General Hospital")]),
            ("EXAMS", ["USMLE Step 1: Passed", "USMLE Step 2 CK: 228", "ECFMG Certified"]),
            ("U.S. CLINICAL EXPERIENCE", [E("Jan 2025 – Mar 2025", "Hands-on Rotation, Family Medicine", "Kaweah Health, Visalia, California")]),
            ("LANGUAGES", ["English, Filipino"]),
        ]),
    truth=dict(full_name="Jose Miguel R. Bautista", email="jm.bautista.md@yahoo.com", phone_e164="+639187654321",
               medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Family Medicine"], languages=["English", "Filipino"], publications=0,
               usce_entries=[dict(type="hands_on", specialty="Family Medicine", state="CA", start="2025-01", end="2025-03")],
               usce_months=3, usce_months_clinical=3)))

P.append(dict(
    n=21, layout="scan_fax_pdf", ext="pdf", scan="fax", base="docx_table2col",
    cv=dict(
        name="Zainab Ali Hussein Al-Obaidi", native="زينب علي حسين العبيدي", native_font="Noto Naskh Arabic",
        headline="MBChB – Internal Medicine / Rheumatology",
        rows=[("Name", "Zainab Ali Hussein Al-Obaidi"), ("Mobile", "+964 770 123 4567"), ("E-mail", "zainab.alobaidi.md@gmail.com"),
              ("Degree", "MBChB, University of Baghdad College of Medicine, 2013 – 2019"),
              ("Residency (Iraq)", "Resident Doctor, Baghdad Teaching Hospital, 2019 – 2022"),
              ("USMLE", "Step 1 Pass; Step 2 CK 240; ECFMG certified"),
              ("US experience", "Observership, Rheumatology, Houston Methodist, Houston, TX, 02/2023 – 03/2023\nHands-on, Internal Medicine, UTMB, Galveston, TX, 04/2023 – 06/2023"),
              ("Interests", "Internal Medicine, Rheumatology"), ("Visa", "J-1 required"),
              ("Publications", "1 (Iraqi J Med Sci 2021)"), ("Languages", "Arabic, English")]),
    truth=dict(full_name="Zainab Ali Hussein Al-Obaidi", email="zainab.alobaidi.md@gmail.com", phone_e164="+9647701234567",
               medical_school="University of Baghdad College of Medicine", medical_school_country="IQ", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Internal Medicine", "Rheumatology"], languages=["Arabic", "English"], publications=1,
               usce_entries=[dict(type="observership", specialty="Rheumatology", state="TX", start="2023-02", end="2023-03"),
                             dict(type="hands_on", specialty="Internal Medicine", state="TX", start="2023-04", end="2023-06")],
               usce_months=5, usce_months_clinical=5)))

DAMAGED = [dict(n=22, layout="damaged_truncated_pdf", ext="pdf"),
           dict(n=23, layout="damaged_encrypted_pdf", ext="pdf"),
           dict(n=24, layout="damaged_zero_length_docx", ext="docx")]
