# -*- coding: utf-8 -*-
"""Content of the w72 CVs (Sub-Saharan Africa theme) and their ground truth.

Each person: id, layout, ext, name (as written on CV), contact dict, sections, truth dict.
Section items: tuple (when, title, where, [bullets]) or a plain string.
usce_months / usce_months_clinical are computed in build_truth.py from usce_entries.
"""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

PEOPLE = []

# ---------------------------------------------------------------- 001 Nigeria / Ibadan
PEOPLE.append(dict(
    id="001", layout="docx_table", ext="docx",
    name="Oluwaseun Adebayo Adeyemi-Bakare", degree="MBBS (Ibadan)",
    contact=dict(email="seun.adeyemibakare@gmail.com", phone="0803 412 7765",
                 address="14 Bodija Estate Road, Ibadan, Oyo State, Nigeria", dob="Born 1994"),
    summary="Internal medicine-focused physician with two years of post-housemanship practice in Nigeria "
            "and five months of U.S. clinical experience. Long-term goal: Cardiology fellowship after an "
            "Internal Medicine residency.",
    sections=[
        ("Education", [
            ("2012 – Dec 2019", "Bachelor of Medicine, Bachelor of Surgery (MBBS)", "College of Medicine, University of Ibadan, Nigeria",
             ["Distinction in Physiology (Part I MBBS)"]),
            ("2010 – 2011", "Pre-degree Science Programme", "The Polytechnic, Ibadan", []),
        ]),
        ("USMLE / ECFMG", [
            ("2023", "USMLE Step 1: P", "", []),
            ("Jun 2024", "Step 2 CK: 245 (first attempt)", "", ["NBME Form 13 practice: 252 (self-assessment)"]),
            ("Aug 2024", "ECFMG Certified", "ECFMG # 1-744-318-2", []),
            ("", "Visa: will require J-1 sponsorship (ECFMG)", "", []),
        ]),
        ("U.S. Clinical Experience", [
            ("Sept 2024 – Oct 2024", "Observership – Internal Medicine", "Cleveland Clinic, Cleveland, OH",
             ["Attended daily rounds on the hospital medicine service", "Presented two cases at morning report"]),
            ("Nov 2024 – Jan 2025", "Clinical Externship (hands-on) – Internal Medicine", "Brookdale University Hospital Medical Center, Brooklyn, NY",
             ["Took histories, examined patients and wrote progress notes under supervision"]),
        ]),
        ("Clinical Experience – Nigeria / UK", [
            ("Jan 2020 – Dec 2020", "House Officer (Housemanship)", "University College Hospital (UCH), Ibadan",
             ["Rotations: Internal Medicine, Surgery, Paediatrics, Obstetrics & Gynaecology"]),
            ("Mar 2021 – Feb 2022", "NYSC Medical Officer (National Youth Service Corps)", "Federal Medical Centre, Yola, Adamawa State", []),
            ("Apr 2022 – Aug 2023", "Medical Officer", "Lagoon Hospitals, Ikoyi, Lagos", []),
            ("Jul 2018", "Elective student attachment – Cardiology", "King's College Hospital, London, UK", []),
        ]),
        ("Publications", [
            "1. Adeyemi-Bakare OA, Ademola AD. Prevalence of uncontrolled hypertension among civil servants in Ibadan. Niger J Cardiol. 2021;18(2):88-94.",
            "2. Olatunji LK, Adeyemi-Bakare OA, Ogunleye T. Outcomes of diabetic ketoacidosis in a Nigerian tertiary hospital. Pan Afr Med J. 2023;44:112.",
            "Poster: Heart failure readmissions in UCH Ibadan. West African College of Physicians Annual Meeting, 2022 (poster only).",
        ]),
        ("Languages", ["English (native), Yoruba (native), Hausa (basic)"]),
        ("Referees", [
            "Prof. Adebowale D. Ademola, Department of Medicine, University College Hospital, Ibadan. Tel: +234 802 555 0191. Email: adeademola@ui.edu.ng",
            "Mark T. Ellison, MD, Staff Physician, Hospital Medicine, Cleveland Clinic, Cleveland, OH 44195. Tel: (216) 555-0123. Email: ellisom@ccf.org",
        ]),
    ],
    truth=dict(full_name="Oluwaseun Adebayo Adeyemi-Bakare", email="seun.adeyemibakare@gmail.com", phone_e164="+2348034127765",
               medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Cardiology"], languages=["English", "Yoruba", "Hausa"], publications=2,
               usce_entries=[E("observership", "Internal Medicine", "OH", "2024-09", "2024-10"),
                             E("hands_on", "Internal Medicine", "NY", "2024-11", "2025-01")]),
    tricky="python-docx tables (2-col date|content); local NG phone 0803...; NBME practice score; UK elective; referee with US phone",
))

# ---------------------------------------------------------------- 002 Ghana / UGMS
PEOPLE.append(dict(
    id="002", layout="lo_docx_pdf", ext="pdf",
    name="Abena Serwaa Owusu-Ansah", degree="MB ChB",
    contact=dict(email="abena.owusuansah@yahoo.com", phone="+233 (0) 24 412 3344",
                 address="P.O. Box KB 412, Korle Bu, Accra, Ghana"),
    summary="Medical Officer in Accra applying for Obstetrics & Gynaecology residency; also open to Family Medicine.",
    sections=[
        ("Medical Education", [
            ("2014 – 2020", "MB ChB", "University of Ghana Medical School, Korle Bu, Accra, Ghana", []),
        ]),
        ("Licensing Examinations", [
            "USMLE Step 1 – Passed (March 2023)",
            "USMLE Step 2 CK – 238 (February 2024)",
            "OET Medicine – Grade B in all sub-tests (2024)",
            "ECFMG certification: pending (awaiting OET verification)",
        ]),
        ("US Clinical Experience", [
            ("05/2024 – 06/2024", "Observer, Obstetrics and Gynecology", "Emory University Hospital Midtown, Atlanta, GA", []),
            ("07/2024 – 09/2024", "Hands-on Externship, Family Medicine", "Peachtree Family Practice, Decatur, GA",
             ["Saw 15–20 patients/day with attending supervision; documented in Epic"]),
        ]),
        ("Work Experience (Ghana)", [
            ("11/2020 – 10/2022", "House Officer (2-year housemanship)", "Korle Bu Teaching Hospital, Accra", []),
            ("11/2022 – present", "Medical Officer, Obstetrics & Gynaecology", "Greater Accra Regional Hospital (Ridge), Accra", []),
        ]),
        ("Research & Publications", [
            "Owusu-Ansah AS, Boateng E, Nkansah K. Maternal near-miss at a tertiary hospital in Accra. Ghana Med J. 2022;56(3):150-157.",
            "Owusu-Ansah AS, et al. Postpartum haemorrhage bundles in district hospitals. (submitted to BMC Pregnancy Childbirth, 2025)",
        ]),
        ("Languages", ["English, Twi, Ga"]),
        ("References", [
            "Dr. Kwabena A. Nkansah, Consultant Obstetrician, Korle Bu Teaching Hospital — kanansah@kbth.gov.gh — +233 20 555 0178",
            "Dr. Sarah L. Whitfield, MD, Emory University School of Medicine, Atlanta, GA — swhitfield@emory.edu — (404) 555-0199",
        ]),
    ],
    truth=dict(full_name="Abena Serwaa Owusu-Ansah", email="abena.owusuansah@yahoo.com", phone_e164="+233244123344",
               medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["English", "Twi", "Ga"], publications=1,
               usce_entries=[E("observership", "Obstetrics and Gynecology", "GA", "2024-05", "2024-06"),
                             E("hands_on", "Family Medicine", "GA", "2024-07", "2024-09")]),
    tricky="python-docx -> LibreOffice PDF; phone with (0) trunk prefix; submitted paper not counted; British spelling OB/GYN",
))

# ---------------------------------------------------------------- 003 Kenya / Nairobi (sidebar)
PEOPLE.append(dict(
    id="003", layout="chromium_sidebar", ext="pdf",
    name="Wanjiru Njeri Kamau", degree="MBChB",
    contact=dict(email="wanjiru.kamau@outlook.com", phone="0722 345 678", address="Kilimani, Nairobi, Kenya",
                 linkedin="linkedin.com/in/wanjiru-kamau-md"),
    summary="Paediatrician-in-training at heart: former Medical Officer at a children's hospital in Nairobi, now seeking a Pediatrics residency, "
            "with a particular interest in neonatology.",
    sections=[
        ("Education", [
            ("2015 – 2021", "Bachelor of Medicine and Bachelor of Surgery (MBChB)", "University of Nairobi, Faculty of Health Sciences", []),
        ]),
        ("USMLE", ["Step 1: Pass (2023)", "Step 2 CK: 251 (first attempt, 2024)", "ECFMG Certified — ECFMG ID 1-789-456-2",
                   "Visa: B1/B2 visitor visa holder (valid to 2029)"]),
        ("U.S. Clinical & Research Experience", [
            ("Jan 2025 – Feb 2025", "Virtual Clinical Rotation (telehealth)", "Pediatric primary care clinic, Houston, TX", []),
            ("March–May 2025", "Observership, General Pediatrics", "Children's Hospital of Philadelphia, Philadelphia, PA",
             ["Rounded with the inpatient general pediatrics team; attended noon conferences"]),
            ("Jun 2025 – present", "Research Assistant, Department of Pediatrics", "University of Michigan, Ann Arbor, MI",
             ["Neonatal sepsis cohort: data cleaning, REDCap, R analysis"]),
        ]),
        ("Kenyan Clinical Experience", [
            ("Jul 2021 – Jun 2022", "Medical Officer Intern", "Kenyatta National Hospital, Nairobi", []),
            ("Aug 2022 – May 2025", "Medical Officer, Paediatrics", "Gertrude's Children's Hospital, Nairobi", []),
        ]),
        ("Publications", [
            "Kamau WN, Otieno P, Mwangi J. Early-onset neonatal sepsis in a Kenyan referral hospital. East Afr Med J. 2022;99(4):210-218.",
            "Otieno P, Kamau WN. Oxygen saturation targets in preterm infants: an audit. BMC Pediatr. 2023;23:401.",
            "Kamau WN, et al. Kangaroo mother care uptake in Nairobi County. J Trop Pediatr. 2024;70(1):fmad041.",
            "Abstract: Kamau WN. Neonatal hypothermia. Kenya Paediatric Association Conference 2023 (oral abstract).",
        ]),
        ("Languages", ["English, Kiswahili, Kikuyu"]),
        ("Referees", [
            "Prof. Rachel W. Musoke, Dept. of Paediatrics, University of Nairobi — rmusoke@uonbi.ac.ke — 0733 555 012",
            "Dr. Daniel J. Haverford, MD, CHOP, Philadelphia PA — haverfordd@chop.edu — +1 215 555 0147",
        ]),
    ],
    truth=dict(full_name="Wanjiru Njeri Kamau", email="wanjiru.kamau@outlook.com", phone_e164="+254722345678",
               medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Pediatrics"], languages=["English", "Swahili", "Kikuyu"], publications=3,
               usce_entries=[E("telehealth", "Pediatrics", "TX", "2025-01", "2025-02"),
                             E("observership", "Pediatrics", "PA", "2025-03", "2025-05"),
                             E("research", "Pediatrics", "MI", "2025-06", "2026-12")]),
    tricky="Chromium HTML/CSS; contacts only in left sidebar; name uppercased with CSS text-transform; 'March–May 2025'; ongoing research; telehealth",
))

# ---------------------------------------------------------------- 004 Uganda / Makerere (two columns)
PEOPLE.append(dict(
    id="004", layout="chromium_twocol", ext="pdf",
    name="Joseph K. Ssemwanga", degree="MBChB, MRCP(UK) Part 1",
    contact=dict(email="jk.ssemwanga@gmail.com", phone="+256 772 123 456", address="Flat 3, 22 Oxford Road, Manchester M13 9PL, UK (current)"),
    summary="Dr. Joseph K. Ssemwanga – Ugandan physician (NHS Clinical Fellow) with HIV/TB research background, applying to Internal Medicine "
            "with a view to an Infectious Disease fellowship. Requires H-1B visa sponsorship.",
    sections=[
        ("Education", [
            ("2013 – 2018", "MBChB", "Makerere University College of Health Sciences, Kampala, Uganda", []),
        ]),
        ("Examinations", [
            "USMLE Step 1: 231 (2021)", "USMLE Step 2 CK: 244 (2022)", "USMLE Step 3: 220 (2024)",
            "PLAB 1: Pass (Mar 2022)", "PLAB 2: Pass (Jan 2023)", "ECFMG certified since 2022",
        ]),
        ("Experience", [
            ("2018-08 – 2019-07", "Intern Doctor", "Mulago National Referral Hospital, Kampala", []),
            ("2019-08 – 2021-07", "Medical Officer", "Mbarara Regional Referral Hospital, Uganda", []),
            ("2021-08 – 2022-07", "Research Fellow (HIV/TB), Division of Infectious Diseases", "Johns Hopkins University School of Medicine, Baltimore, MD",
             ["TB diagnostics cohort: protocol writing, REDCap database, survival analysis"]),
            ("Feb 2022", "Clinical Observership, Infectious Diseases", "Massachusetts General Hospital, Boston, MA", []),
            ("2023-03 – present", "Clinical Fellow, Acute Medicine", "Manchester University NHS Foundation Trust, UK", []),
        ]),
        ("Publications (peer-reviewed)", [
            "1. Ssemwanga JK, et al. Isoniazid preventive therapy completion in Kampala. Int J Tuberc Lung Dis. 2020;24(5):512-518.",
            "2. Nakato R, Ssemwanga JK. Cryptococcal antigen screening in advanced HIV. Open Forum Infect Dis. 2021;8(7):ofab301.",
            "3. Ssemwanga JK, Kiwanuka N. Viral load suppression among adolescents. AIDS Care. 2021;33(9):1150-1157.",
            "4. Ssemwanga JK, et al. Xpert Ultra in HIV-associated TB. Clin Infect Dis. 2022;75(3):440-447.",
            "5. Kiwanuka N, Ssemwanga JK, Dorsey G. Malaria-HIV coinfection outcomes. Malar J. 2023;22:91.",
            "Posters: IAS 2021 (Berlin); CROI 2022 (virtual).",
        ]),
        ("Languages", ["English · Luganda · Swahili"]),
        ("Referees", [
            "Prof. Noah Kiwanuka, Makerere University School of Public Health, Kampala. nkiwanuka@musph.ac.ug, +256 414 555 019",
            "Dr. Grant R. Dorsey, MD PhD, Johns Hopkins University, Baltimore, MD. gdorsey@jhmi.edu, 410-555-0132",
        ]),
    ],
    truth=dict(full_name="Joseph K. Ssemwanga", email="jk.ssemwanga@gmail.com", phone_e164="+256772123456",
               medical_school="Makerere University", medical_school_country="UG", graduation_year=2018, is_student=False,
               usmle_step1=231, usmle_step2ck=244, usmle_step3=220, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Luganda", "Swahili"], publications=5,
               usce_entries=[E("research", "Infectious Disease", "MD", "2021-08", "2022-07"),
                             E("observership", "Infectious Disease", "MA", "2022-02", "2022-02")]),
    tricky="two CSS columns; Step 1 numeric (pre-2022); Step 3; PLAB; UK NHS job not USCE; observership inside research period (overlap counted once); single-month entry",
))

# ---------------------------------------------------------------- 005 Tanzania / MUHAS (reportlab)
PEOPLE.append(dict(
    id="005", layout="reportlab_flow", ext="pdf",
    name="Neema Joseph Mwakyusa", degree="MD",
    contact=dict(email="neema.mwakyusa@gmail.com", phone="0754 321 987", address="Upanga West, Dar es Salaam, Tanzania"),
    summary="Medical Officer with emergency and primary-care experience; seeking Family Medicine or Emergency Medicine residency.",
    sections=[
        ("Education", [
            ("2015.10 – 2020.08", "Doctor of Medicine (MD)", "Muhimbili University of Health and Allied Sciences (MUHAS), Dar es Salaam", []),
        ]),
        ("Internship & Employment", [
            ("2020.11 – 2021.10", "Intern Doctor (12-month internship)", "Muhimbili National Hospital, Dar es Salaam", []),
            ("2021.12 – current", "Medical Officer, Emergency Department", "Amana Regional Referral Hospital, Ilala, Dar es Salaam", []),
        ]),
        ("United States Clinical Experience", [
            ("2024.06 – 2024.07", "Observership, Family & Community Medicine", "UT Health San Antonio, San Antonio, TX", []),
            ("2024.09 – 2024.11", "Hands-on Clinical Rotation, Emergency Medicine", "Jackson Memorial Hospital, Miami, FL",
             ["Performed H&Ps, presented to EM attendings, assisted with procedures"]),
        ]),
        ("USMLE Status", [
            "Step 1: Pass (2024.02)", "Step 2 CK: scheduled 2027.02", "UWSA 2 (practice): 239",
            "ECFMG: not yet certified",
        ]),
        ("Languages", ["Swahili (native), English (fluent)"]),
        ("Referees", [
            "Dr. Juma H. Mfinanga, Head of Emergency Medicine, Muhimbili National Hospital, P.O. Box 65000, Dar es Salaam. juma.mfinanga@mnh.or.tz. +255 715 555 033",
            "Dr. Elena M. Ruiz, MD, Jackson Memorial Hospital, 1611 NW 12th Ave, Miami, FL 33136. eruiz@jhsmiami.org. (305) 555-0110",
        ]),
    ],
    truth=dict(full_name="Neema Joseph Mwakyusa", email="neema.mwakyusa@gmail.com", phone_e164="+255754321987",
               medical_school="Muhimbili University of Health and Allied Sciences", medical_school_country="TZ", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status=None,
               specialties=["Family Medicine", "Emergency Medicine"], languages=["Swahili", "English"], publications=0,
               usce_entries=[E("observership", "Family Medicine", "TX", "2024-06", "2024-07"),
                             E("hands_on", "Emergency Medicine", "FL", "2024-09", "2024-11")]),
    tricky="reportlab platypus; YYYY.MM dates; Step 2 CK only scheduled; UWSA practice score; 'current'",
))

# ---------------------------------------------------------------- 006 Ethiopia / AAU (fpdf2)
PEOPLE.append(dict(
    id="006", layout="fpdf2_plain", ext="pdf",
    name="Hana Tesfaye Gebremedhin", degree="MD",
    contact=dict(email="hana.gebremedhin@gmail.com", phone="+251 911 23 45 67", address="Bole Sub-city, Addis Ababa, Ethiopia"),
    summary="General practitioner interested in Neurology and Psychiatry (neuropsychiatry, epilepsy care).",
    sections=[
        ("Education", [
            ("Sep 2013 – Jul 2019", "Doctor of Medicine (MD), including 1-year internship", "Addis Ababa University, College of Health Sciences, School of Medicine", []),
        ]),
        ("Exams", ["USMLE Step 1 - Pass", "USMLE Step 2 CK - 236", "USMLE Step 2 CS - Pass (2020)",
                   "ECFMG Certification: In Progress", "J-1 visa required for residency"]),
        ("US Clinical Experience", [
            ("Summer 2024", "Observership, Neurology (epilepsy & stroke services)", "University of Alabama at Birmingham (UAB), Birmingham, AL", []),
            ("10/2024 - 12/2024", "Psychiatry Externship (hands-on)", "St. Elizabeths Hospital, Washington, DC", []),
        ]),
        ("Experience in Ethiopia", [
            ("Aug 2019 - Jun 2023", "General Practitioner", "St. Paul's Hospital Millennium Medical College, Addis Ababa", []),
            ("Jul 2023 - present", "GP, Amanuel Mental Specialized Hospital", "Addis Ababa", []),
        ]),
        ("Publication", ["Gebremedhin HT, Alemayehu M, Zenebe G. Treatment gap in epilepsy in rural Ethiopia. Epilepsia Open. 2022;7(2):301-309."]),
        ("Languages", ["Amharic, English, Tigrinya, Afaan Oromo (conversational)"]),
        ("References", [
            "Prof. Guta Zenebe, Department of Neurology, Addis Ababa University. gzenebe@aau.edu.et, +251 115 55 01 02",
            "Dr. Rebecca A. Thornton, MD, UAB Department of Neurology, Birmingham, AL. rthornton@uabmc.edu, (205) 555-0176",
        ]),
    ],
    truth=dict(full_name="Hana Tesfaye Gebremedhin", email="hana.gebremedhin@gmail.com", phone_e164="+251911234567",
               medical_school="Addis Ababa University", medical_school_country="ET", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Neurology", "Psychiatry"], languages=["Amharic", "English", "Tigrinya", "Oromo"], publications=1,
               usce_entries=[E("observership", "Neurology", "AL", "2024-06", "2024-08"),
                             E("hands_on", "Psychiatry", "DC", "2024-10", "2024-12")]),
    tricky="fpdf2 core font; 'Summer 2024' (truth Jun-Aug); Step 2 CS not USMLE score; Afaan Oromo->Oromo; DC as state",
))

# ---------------------------------------------------------------- 007 Sudan / Khartoum (plain text)
PEOPLE.append(dict(
    id="007", layout="plain_text", ext="txt",
    name="Mohamed Osman Abdelrahman Elhassan", name_native="محمد عثمان عبدالرحمن الحسن", degree="MBBS",
    contact=dict(email="m.elhassan88@hotmail.com", phone="0912 345 678 (Sudan) / WhatsApp same", address="Dearborn, MI (current)", dob="Year of birth: 1988"),
    summary="Internal Medicine applicant with nephrology research experience in Michigan. US Permanent Resident (Green Card) - no visa needed.",
    sections=[
        ("EDUCATION", [("2006-2013", "MBBS", "Faculty of Medicine, University of Khartoum, Sudan", [])]),
        ("USMLE", ["Step 1: 238 (2019)", "Step 2 CK: 246 (2020)", "Step 2 CS: Pass (2020)", "Step 3: 221 (2022)", "ECFMG: Certified (2020)"]),
        ("US EXPERIENCE", [
            ("2021-09 to 2021-12", "Clinical Externship, Internal Medicine (hands-on)", "Detroit Medical Center, Detroit, MI", []),
            ("2022-03 to present", "Clinical Research Coordinator, Division of Nephrology", "Henry Ford Hospital, Detroit, MI", []),
        ]),
        ("EXPERIENCE - SUDAN / SAUDI ARABIA", [
            ("2014", "House Officer (house job)", "Khartoum Teaching Hospital", []),
            ("2015-2016", "Medical Officer", "Omdurman Teaching Hospital", []),
            ("2016-2021", "General Practitioner", "Ministry of Health, Riyadh, Saudi Arabia", []),
        ]),
        ("PUBLICATIONS", [
            "Elhassan MOA, et al. AKI after cardiac surgery. Clin Nephrol. 2023;99(2):70-77.",
            "Elhassan MOA, Yee J. Hyperkalemia management with patiromer. Kidney Med. 2023;5(6):100640.",
            "Yee J, Elhassan MOA. SGLT2 inhibitors in CKD stage 4. Am J Nephrol. 2024;55(1):12-20.",
            "Elhassan MOA, et al. Hemodialysis catheter infections. Hemodial Int. 2025;29(1):33-40.",
            "Abstracts (2): ASN Kidney Week 2023, 2024.",
        ]),
        ("LANGUAGES", ["Arabic (native), English (fluent)"]),
        ("REFERENCES", [
            "Jerry Yee, MD - Division Head, Nephrology, Henry Ford Hospital, Detroit, MI - jyee1@hfhs.org - 313-555-0188",
            "Prof. Amal Babiker Saeed - University of Khartoum - amal.saeed@uofk.edu - +249 183 555 021",
        ]),
    ],
    truth=dict(full_name="Mohamed Osman Abdelrahman Elhassan", email="m.elhassan88@hotmail.com", phone_e164="+249912345678",
               medical_school="University of Khartoum", medical_school_country="SD", graduation_year=2013, is_student=False,
               usmle_step1=238, usmle_step2ck=246, usmle_step3=221, ecfmg_status="certified", visa_status="green_card",
               specialties=["Internal Medicine", "Nephrology"], languages=["Arabic", "English"], publications=4,
               usce_entries=[E("hands_on", "Internal Medicine", "MI", "2021-09", "2021-12"),
                             E("research", "Nephrology", "MI", "2022-03", "2026-12")]),
    tricky="plain UTF-8 text with Arabic-script name; long ongoing research; Step 2 CS; Saudi work not USCE; two-phone-ish line",
))

# ---------------------------------------------------------------- 008 Cameroon / Yaoundé I (ODT)
PEOPLE.append(dict(
    id="008", layout="odt_odfpy", ext="odt",
    name="Nadège Flore Ebogo Mvondo", degree="MD (Doctorat en Médecine)",
    contact=dict(email="nadege.ebogo@yahoo.fr", phone="+237 6 77 12 34 56", address="Quartier Bastos, Yaoundé, Cameroon"),
    summary="Bilingual (French/English) general practitioner applying to Internal Medicine, interested in Gastroenterology.",
    sections=[
        ("Education", [("2015 – 2022", "Doctorat en Médecine (MD)", "Faculty of Medicine and Biomedical Sciences (FMSB), University of Yaoundé I, Cameroon",
                        ["Thesis: Hepatitis B prevalence among blood donors in Yaoundé (2022)"])]),
        ("USMLE & ECFMG", ["Step 1 – Pass (2024)", "Step 2 CK – 229 (2025)", "ECFMG Status: certification pending"]),
        ("Clinical Experience – United States", [
            ("Jan. 2025 – Mar. 2025", "Observership, Gastroenterology & Hepatology", "Ochsner Medical Center, New Orleans, LA", []),
            ("Apr–Jun 2025", "Hands-on externship, Internal Medicine", "Mount Sinai Hospital, Chicago, IL", []),
        ]),
        ("Clinical Experience – Cameroon / France", [
            ("2021 – 2022", "Internship (stage interné)", "Yaoundé Central Hospital", []),
            ("Oct 2022 – Dec 2024", "General Practitioner", "Laquintinie Hospital, Douala", []),
            ("Sept 2023", "Observership, Hepato-gastroenterology", "Hôpital Européen Georges-Pompidou, Paris, France", []),
        ]),
        ("Presentations", ["Poster: HBV in blood donors, Cameroon Society of Gastroenterology, 2023"]),
        ("Languages", ["Français (langue maternelle), English (fluent), Ewondo"]),
        ("References", [
            "Pr. Oudou Njoya, Hepato-Gastroenterology, Yaoundé University Teaching Hospital – onjoya@fmsb-uy1.cm – +237 6 99 55 01 23",
            "Dr. Paul F. Guidry, MD, Ochsner Medical Center, New Orleans, LA – pguidry@ochsner.org – (504) 555-0162",
        ]),
    ],
    truth=dict(full_name="Nadège Flore Ebogo Mvondo", email="nadege.ebogo@yahoo.fr", phone_e164="+237677123456",
               medical_school="University of Yaoundé I", medical_school_country="CM", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Internal Medicine", "Gastroenterology"], languages=["French", "English", "Ewondo"], publications=0,
               usce_entries=[E("observership", "Gastroenterology", "LA", "2025-01", "2025-03"),
                             E("hands_on", "Internal Medicine", "IL", "2025-04", "2025-06")]),
    tricky="odfpy ODT; diacritics in name; Cameroon 9-digit mobile; French observership not USCE; 'Apr–Jun 2025'; Français->French; poster only",
))

# ---------------------------------------------------------------- 009 Zimbabwe / UZ (hand RTF)
PEOPLE.append(dict(
    id="009", layout="rtf_hand", ext="rtf",
    name="Tatenda R. Chikwanha", degree="MBChB (UZ)",
    contact=dict(email="tatenda.chikwanha@gmail.com", phone="0772 345 678", address="Avondale, Harare, Zimbabwe"),
    summary="Government Medical Officer with anaesthesia and critical care exposure. Residency interest: Anaesthesiology; "
            "later Critical Care Medicine. Anticipates J-1 visa (ECFMG-sponsored).",
    sections=[
        ("Education", [("2010 – 2016", "MBChB", "University of Zimbabwe College of Health Sciences, Harare", [])]),
        ("USMLE", ["Step 1: Pass (1st attempt, Nov 2022)", "Step 2 CK: 241", "ECFMG certified (2023)"]),
        ("U.S. Clinical Experience", [
            ("2023-04 to 2023-05", "Observership – Anesthesiology", "University of Iowa Hospitals & Clinics, Iowa City, IA", []),
            ("2023-05 to 2023-07", "Observership – Critical Care (MICU)", "Temple University Hospital, Philadelphia, PA", []),
        ]),
        ("Zimbabwe Experience", [
            ("2017 – 2018", "House Officer (housemanship)", "Parirenyatwa Group of Hospitals, Harare", []),
            ("2019 – 2021", "Government Medical Officer", "Chitungwiza Central Hospital", []),
            ("2021 – present", "Senior Resident Medical Officer, Anaesthesia & ICU", "Sally Mugabe Central Hospital, Harare", []),
        ]),
        ("Publications", [
            "Chikwanha TR, Madzimbamuto FD. Spinal anaesthesia for caesarean section in Harare. S Afr J Anaesth Analg. 2020;26(4):180-184.",
            "Madzimbamuto FD, Chikwanha TR, et al. ICU mortality in Zimbabwe. Afr J Emerg Med. 2022;12(3):221-226.",
        ]),
        ("Languages", ["English, Shona, isiNdebele"]),
        ("Referees", [
            "Prof. Farai D. Madzimbamuto, Dept. of Anaesthesia, University of Zimbabwe, Harare. Phone +263 242 555 011; fmadzi@uz.ac.zw",
            "Dr. Linda K. Voss, MD, Anesthesia, University of Iowa Hospitals & Clinics. Phone (319) 555-0140; linda-voss@uiowa.edu",
        ]),
    ],
    truth=dict(full_name="Tatenda R. Chikwanha", email="tatenda.chikwanha@gmail.com", phone_e164="+263772345678",
               medical_school="University of Zimbabwe", medical_school_country="ZW", graduation_year=2016, is_student=False,
               usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["English", "Shona", "Ndebele"], publications=2,
               usce_entries=[E("observership", "Anesthesiology", "IA", "2023-04", "2023-05"),
                             E("observership", "Pulmonology/Critical Care", "PA", "2023-05", "2023-07")]),
    tricky="hand-written RTF; overlapping rotations (May 2023 counted once); Anaesthesia/Critical Care spellings; initial in name",
))

# ---------------------------------------------------------------- 010 Zambia / UNZA (header/footer contacts)
PEOPLE.append(dict(
    id="010", layout="docx_header_footer", ext="docx",
    name="Chanda Mwila Bwalya", degree="MBChB",
    contact=dict(email="cbwalya.md@gmail.com", phone="097 765 4321", address="Plot 118, Kabulonga, Lusaka, Zambia"),
    summary="Emergency Medicine applicant. Medical Officer in a high-volume Zambian teaching hospital.",
    sections=[
        ("Education", [("2016 – 2023", "Bachelor of Medicine and Bachelor of Surgery (MBChB)", "University of Zambia, School of Medicine, Lusaka", [])]),
        ("USMLE", ["Step 1: PASS", "Step 2 CK: 255 (first attempt)", "Awaiting ECFMG certification (OET Medicine passed, 2025)"]),
        ("US Clinical Experience", [
            ("Aug 2025", "Observership – Emergency Medicine", "Hennepin Healthcare (HCMC), Minneapolis, MN", []),
        ]),
        ("Zambian Experience", [
            ("Sep 2023 – Aug 2024", "Intern Medical Officer", "University Teaching Hospital (UTH), Lusaka", []),
            ("Sep 2024 – present", "Medical Officer, Emergency Department", "Levy Mwanawasa University Teaching Hospital, Lusaka", []),
        ]),
        ("Courses", ["ACLS (AHA, 2024)", "Primary Trauma Care instructor (2025)"]),
        ("Languages", ["English, Bemba, Nyanja"]),
        ("Referees", [
            "Dr. Mulenga P. Chisanga, Head of ED, Levy Mwanawasa UTH, Lusaka — mchisanga@lmuth.gov.zm — 0966 555 014",
            "Dr. Aaron J. Lindqvist, MD, Hennepin Healthcare, Minneapolis, MN — aaron.lindqvist@hcmed.org — 612-555-0155",
        ]),
    ],
    truth=dict(full_name="Chanda Mwila Bwalya", email="cbwalya.md@gmail.com", phone_e164="+260977654321",
               medical_school="University of Zambia", medical_school_country="ZM", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Emergency Medicine"], languages=["English", "Bemba", "Nyanja"], publications=0,
               usce_entries=[E("observership", "Emergency Medicine", "MN", "2025-08", "2025-08")]),
    tricky="email/phone only in docx footer, name in header and body; local Zambian phone 097...; single-month entry",
))

# ---------------------------------------------------------------- 011 South Africa / UCT (text box)
PEOPLE.append(dict(
    id="011", layout="docx_textbox", ext="docx",
    name="Zanele Precious Mokoena", degree="MBChB (UCT)",
    contact=dict(email="zanele.mokoena@icloud.com", phone="082 555 0142", address="Observatory, Cape Town, 7925, South Africa"),
    summary="General Surgery applicant; US citizen (born in Houston, TX; dual SA/US citizenship).",
    sections=[
        ("Education", [("2015 – 2020", "MBChB", "University of Cape Town, Faculty of Health Sciences", [])]),
        ("USMLE", ["Step 1: P", "Step 2 CK: 260", "ECFMG certified (2025)"]),
        ("US Clinical Experience", [
            ("2025-01 – 2025-02", "Hands-on sub-internship, General Surgery", "Baylor College of Medicine, Houston, TX", []),
            ("March 2025", "Observership, Trauma & Acute Care Surgery", "Grady Memorial Hospital, Atlanta, GA", []),
        ]),
        ("South African Experience", [
            ("2021 – 2022", "Intern (2-year internship)", "Groote Schuur Hospital, Cape Town", []),
            ("2023", "Community Service Medical Officer", "Khayelitsha District Hospital", []),
            ("2024 – present", "Medical Officer, Surgery", "Tygerberg Hospital", []),
        ]),
        ("Publications", ["Mokoena ZP, Kahn D. Penetrating abdominal trauma at a Cape Town referral centre. S Afr J Surg. 2023;61(2):45-50."]),
        ("Languages", ["English, isiZulu, Sesotho, Afrikaans"]),
        ("Referees", [
            "Prof. Delawir Kahn, Department of Surgery, UCT — delawir.kahn@uct.ac.za — +27 21 555 0104",
            "Dr. Marcus E. Bellamy, MD, Baylor College of Medicine, Houston, TX — mbellamy@bcm.edu — (713) 555-0121",
        ]),
    ],
    truth=dict(full_name="Zanele Precious Mokoena", email="zanele.mokoena@icloud.com", phone_e164="+27825550142",
               medical_school="University of Cape Town", medical_school_country="ZA", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["General Surgery"], languages=["English", "Zulu", "Sotho", "Afrikaans"], publications=1,
               usce_entries=[E("hands_on", "General Surgery", "TX", "2025-01", "2025-02"),
                             E("observership", "General Surgery", "GA", "2025-03", "2025-03")]),
    tricky="contacts inside a DrawingML text box (w:txbxContent) only; community service; isiZulu/Sesotho; citizen",
))

# ---------------------------------------------------------------- 012 Nigeria / OAU student (ODT -> PDF)
PEOPLE.append(dict(
    id="012", layout="lo_odt_pdf", ext="pdf",
    name="Chukwuemeka I. Okonkwo", degree="MBChB candidate",
    contact=dict(email="emeka.okonkwo@student.oauife.edu.ng", phone="+234 (0) 806 123 4567", address="Ile-Ife, Osun State, Nigeria"),
    summary="Final-year medical student (expected graduation: 2027) interested in General Surgery and Neurosurgery.",
    sections=[
        ("Education", [("2020 – 2027 (expected)", "Bachelor of Medicine, Bachelor of Surgery (MBChB) – in progress", "Obafemi Awolowo University, Ile-Ife, Nigeria", [])]),
        ("USMLE", ["Step 1: Pass (Jan 2026)", "Step 2 CK: not taken", "ECFMG: not yet eligible for certification (student)", "Will require B1/B2 visitor visa for US clerkships"]),
        ("US Experience", [
            ("June–August 2025", "Summer Research Program, Department of Radiology", "University of Pittsburgh, Pittsburgh, PA", []),
            ("07/2026 – 08/2026", "Elective clerkship (hands-on), General Surgery", "Howard University Hospital, Washington, DC", []),
        ]),
        ("Nigerian Clinical Rotations", [("2024 – present", "Clinical clerkships", "Obafemi Awolowo University Teaching Hospitals Complex (OAUTHC)", [])]),
        ("Publications", ["Okonkwo CI, Adisa AO. Appendicitis in pregnancy: a 10-year review. Niger J Surg. 2025;31(1):14-19.",
                          "Okonkwo CI, et al. Head injury outcomes in Ile-Ife (manuscript in preparation)."]),
        ("Languages", ["English, Igbo, Yoruba"]),
        ("Referees", [
            "Prof. Adewale O. Adisa, Department of Surgery, OAU, Ile-Ife. aadisa@oauife.edu.ng; 0803 555 0177",
            "Dr. Kevin P. Marsh, MD, Howard University Hospital, Washington, DC. kmarsh@howard.edu; (202) 555-0109",
        ]),
    ],
    truth=dict(full_name="Chukwuemeka I. Okonkwo", email="emeka.okonkwo@student.oauife.edu.ng", phone_e164="+2348061234567",
               medical_school="Obafemi Awolowo University", medical_school_country="NG", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
               specialties=["General Surgery"], languages=["English", "Igbo", "Yoruba"], publications=1,
               usce_entries=[E("research", "Radiology", "PA", "2025-06", "2025-08"),
                             E("hands_on", "General Surgery", "DC", "2026-07", "2026-08")]),
    tricky="odfpy ODT -> LibreOffice PDF; student (expected 2027); Nigerian referee phone 0803... (not applicant); Neurosurgery out of vocabulary",
))

# ---------------------------------------------------------------- 013 South Africa / Wits (timeline)
PEOPLE.append(dict(
    id="013", layout="chromium_timeline", ext="pdf",
    name="Kagiso Thabo Molefe", degree="MB BCh (Wits)",
    contact=dict(email="kagiso.molefe@protonmail.com", phone="+1 (617) 555-0187", address="Brookline, MA 02446, USA"),
    summary="Cardiovascular research fellow in Boston. Applying to Internal Medicine (categorical) with plans for Cardiology. Current visa: J-1 (research scholar).",
    sections=[
        ("Education", [("2013 – 2018", "MB BCh", "University of the Witwatersrand, Johannesburg, South Africa", [])]),
        ("Licensure", ["USMLE Step 1 — Pass (2023)", "USMLE Step 2 CK — 249", "USMLE Step 3 — 230", "ECFMG Certificate issued March 2024 (#0-123-456-7)",
                       "HPCSA registration: Independent Practice (MP 0741258)"]),
        ("Experience", [
            ("2024-09 – present", "Postdoctoral Research Fellow, Cardiovascular Division", "Brigham and Women's Hospital, Boston, MA", []),
            ("2024-06 – 2024-08", "Clinical Observer, Cardiology", "Beth Israel Deaconess Medical Center, Boston, MA", []),
            ("2022 – 2024", "Medical Officer, Internal Medicine", "Helen Joseph Hospital, Johannesburg", []),
            ("2021", "Community Service Medical Officer", "Rob Ferreira Hospital, Mbombela, Mpumalanga", []),
            ("2019 – 2020", "Intern", "Chris Hani Baragwanath Academic Hospital, Soweto", []),
        ]),
        ("Selected Publications", [
            "1. Molefe KT, et al. Rheumatic heart disease registry in Gauteng. Cardiovasc J Afr. 2021;32(4):190-196.",
            "2. Molefe KT, Tsabedze N. Peripartum cardiomyopathy outcomes. ESC Heart Fail. 2022;9(5):3120-3128.",
            "3. Tsabedze N, Molefe KT. HIV-associated cardiomyopathy. JACC Heart Fail. 2023;11(2):201-210.",
            "4. Molefe KT, et al. Heart failure with improved EF in Soweto. Int J Cardiol. 2024;395:131420.",
            "5. Molefe KT, Givertz MM. Wearable monitoring in HF. J Card Fail. 2025;31(3):455-463.",
            "6. Givertz MM, Molefe KT, et al. Diuretic resistance phenotypes. Circ Heart Fail. 2025;18(6):e011902.",
            "Abstract: AHA Scientific Sessions 2025 (late-breaking poster).",
        ]),
        ("Languages", ["English, Setswana, isiZulu, Afrikaans"]),
        ("References", [
            "Michael M. Givertz, MD — Brigham and Women's Hospital, 75 Francis St, Boston, MA 02115 — mgivertz@bwh.harvard.edu — (617) 555-0130",
            "Prof. Nqoba Tsabedze — Wits Cardiology, Johannesburg — nqoba.tsabedze@wits.ac.za — +27 11 555 0193",
        ]),
    ],
    truth=dict(full_name="Kagiso Thabo Molefe", email="kagiso.molefe@protonmail.com", phone_e164="+16175550187",
               medical_school="University of the Witwatersrand", medical_school_country="ZA", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=249, usmle_step3=230, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Cardiology"], languages=["English", "Tswana", "Zulu", "Afrikaans"], publications=6,
               usce_entries=[E("research", "Cardiology", "MA", "2024-09", "2026-12"),
                             E("observership", "Cardiology", "MA", "2024-06", "2024-08")]),
    tricky="Chromium timeline with CSS dots/absolute dates column; US phone; MB BCh; reverse chronology; Setswana->Tswana",
))

# ---------------------------------------------------------------- 014 Ghana / KNUST (DOCX -> RTF via LO)
PEOPLE.append(dict(
    id="014", layout="lo_docx_rtf", ext="rtf",
    name="Kofi Asante Mensah-Bonsu", degree="MBChB",
    contact=dict(email="kofi.mensahbonsu@gmail.com", phone="0244 567 890", address="Cantonments, Accra, Ghana"),
    summary="Psychiatry applicant; Medical Officer at 37 Military Hospital.",
    sections=[
        ("Education", [("2015 – 2021", "MBChB", "Kwame Nkrumah University of Science and Technology (KNUST), School of Medicine and Dentistry, Kumasi", [])]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 233 (2nd attempt)", "ECFMG: certification pending (final diploma verification)"]),
        ("US Experience", [
            ("Oct 2024–Dec 2024", "Observership, Psychiatry", "Bellevue Hospital Center, New York, NY", []),
            ("2025-01 – 2025-03", "Virtual telepsychiatry observership", "Yale Department of Psychiatry, New Haven, CT", []),
        ]),
        ("Ghana Experience", [
            ("2021 – 2023", "House Officer", "Komfo Anokye Teaching Hospital, Kumasi", []),
            ("2023 – present", "Medical Officer", "37 Military Hospital, Accra", []),
        ]),
        ("Languages", ["English, Twi, Ewe"]),
        ("References", [
            "Dr. Akwasi Osei, Chief Psychiatrist, Ghana Mental Health Authority — akwasi.osei@mha.gov.gh — 0302 555 018",
            "Dr. Joanna F. Pierce, MD, Bellevue Hospital, New York, NY — joanna.pierce@nyulangone.org — 212-555-0170",
        ]),
    ],
    truth=dict(full_name="Kofi Asante Mensah-Bonsu", email="kofi.mensahbonsu@gmail.com", phone_e164="+233244567890",
               medical_school="Kwame Nkrumah University of Science and Technology", medical_school_country="GH", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Psychiatry"], languages=["English", "Twi", "Ewe"], publications=0,
               usce_entries=[E("observership", "Psychiatry", "NY", "2024-10", "2024-12"),
                             E("telehealth", "Psychiatry", "CT", "2025-01", "2025-03")]),
    tricky="LibreOffice-generated RTF (from DOCX); telehealth observership counted only in usce_months; 2nd attempt score",
))

# ---------------------------------------------------------------- 015 Kenya / Moi (HTML -> DOCX via LO)
PEOPLE.append(dict(
    id="015", layout="lo_html_docx", ext="docx",
    name="Kiprono Brian Cheruiyot", degree="MBChB (Moi)",
    contact=dict(email="kiprono.cheruiyot@gmail.com", phone="+254 (0) 733 456 789", address="Eldoret, Uasin Gishu County, Kenya"),
    summary="Family Medicine applicant from the AMPATH Moi–Indiana partnership. J-1 visa needed.",
    sections=[
        ("Education", [("2016 – 2022", "MBChB", "Moi University School of Medicine, Eldoret, Kenya", [])]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 242", "ECFMG Certified"]),
        ("US Clinical Experience", [
            ("Feb 2024 – Apr 2024", "Observership, Internal Medicine (AMPATH exchange)", "Indiana University Health Methodist Hospital, Indianapolis, IN", []),
        ]),
        ("Kenyan Experience & Research", [
            ("2022 – 2023", "Medical Officer Intern", "Moi Teaching and Referral Hospital, Eldoret", []),
            ("2023 – present", "Medical Officer", "AIC Kijabe Hospital, Kijabe", []),
            ("2023 – present", "Research collaborator (based in Eldoret) with Indiana University School of Medicine", "AMPATH Kenya", []),
        ]),
        ("Publications", ["Cheruiyot KB, et al. Hypertension control in rural western Kenya. Glob Heart. 2023;18(1):22.",
                          "Mercer T, Cheruiyot KB. Community health volunteers and NCD care. BMJ Glob Health. 2024;9:e013377."]),
        ("Languages", ["English, Kiswahili, Kalenjin"]),
        ("References", [
            "Dr. Tim Mercer, MD MPH, Indiana University School of Medicine, Indianapolis, IN — tmercer@iu.edu — +1 317 555 0114",
            "Dr. Sylvester C. Kimaiyo, Moi Teaching and Referral Hospital — skimaiyo@mtrh.go.ke — 0722 555 031",
        ]),
    ],
    truth=dict(full_name="Kiprono Brian Cheruiyot", email="kiprono.cheruiyot@gmail.com", phone_e164="+254733456789",
               medical_school="Moi University", medical_school_country="KE", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=242, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Family Medicine"], languages=["English", "Swahili", "Kalenjin"], publications=2,
               usce_entries=[E("observership", "Internal Medicine", "IN", "2024-02", "2024-04")]),
    tricky="HTML converted to DOCX by LibreOffice; research with a US university done in Kenya (not USCE); referee phone 0722 (Kenyan, not applicant)",
))

# ---------------------------------------------------------------- 016 Nigeria / UNN (reportlab table)
PEOPLE.append(dict(
    id="016", layout="reportlab_table", ext="pdf",
    name="Ngozi Adaeze Eze-Okafor", degree="MBBS",
    contact=dict(email="ngozi.ezeokafor@gmail.com", phone="(301) 555-0164", address="Silver Spring, MD 20910"),
    summary="Internal Medicine applicant with 3.5 years of oncology research at the NCI; goal: Hematology/Oncology fellowship. "
            "Lawful permanent resident (green card holder).",
    sections=[
        ("Education", [("2008 – 2015", "MBBS", "College of Medicine, University of Nigeria (Enugu Campus), Nsukka/Enugu, Nigeria", [])]),
        ("USMLE", ["Step 1: 241", "Step 2 CK: 250", "Step 3: 228", "ECFMG certified (2020)"]),
        ("U.S. Experience", [
            ("Jan 2020 – Apr 2020", "Externship (hands-on), Internal Medicine", "Prince George's Hospital Center, Cheverly, MD", []),
            ("May 2020 – Dec 2023", "Clinical Research Associate, Hematology/Oncology", "National Cancer Institute (NIH), Bethesda, MD", []),
            ("2024-01 – 2024-02", "Observership, Hematology/Oncology", "MedStar Georgetown University Hospital, Washington, DC", []),
        ]),
        ("Nigeria", [
            ("2015 – 2016", "House Officer", "University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla, Enugu", []),
            ("2016 – 2017", "NYSC Medical Officer", "Murtala Muhammad Specialist Hospital, Kano", []),
            ("2017 – 2019", "Medical Officer", "Memfys Hospital, Enugu", []),
        ]),
        ("Publications", [
            "Seven peer-reviewed papers, including:",
            "1. Eze-Okafor NA, et al. CAR-T toxicity in older adults. Blood Adv. 2021;5(18):3601-3610.",
            "2. Eze-Okafor NA, Kochenderfer JN. CRS grading. J Immunother Cancer. 2021;9:e002930.",
            "3. Eze-Okafor NA, et al. Sickle cell trait and myeloma. Haematologica. 2022;107(4):980-983.",
            "4. Brudno JN, Eze-Okafor NA. BCMA CAR-T relapse. Leukemia. 2022;36(6):1602-1611.",
            "5. Eze-Okafor NA, et al. Neurotoxicity biomarkers. Transplant Cell Ther. 2023;29(2):98.e1-98.e9.",
            "6. Eze-Okafor NA, et al. Infections after CAR-T. Clin Infect Dis. 2023;76(3):e1090-e1098.",
            "7. Eze-Okafor NA, Kochenderfer JN. Long-term follow-up. J Clin Oncol. 2024;42(10):1150-1159.",
            "Abstracts: ASH 2021, ASH 2022, ASCO 2023 (3 abstracts).",
        ]),
        ("Languages", ["English, Igbo, French (basic)"]),
        ("References", [
            "James N. Kochenderfer, MD, NCI, Bethesda, MD — jkochenderfer@mail.nih.gov — 240-555-0172",
            "Prof. Chinedu I. Okafor, UNTH Enugu — chinedu.okafor@unn.edu.ng — 0803 555 0190",
        ]),
    ],
    truth=dict(full_name="Ngozi Adaeze Eze-Okafor", email="ngozi.ezeokafor@gmail.com", phone_e164="+13015550164",
               medical_school="University of Nigeria", medical_school_country="NG", graduation_year=2015, is_student=False,
               usmle_step1=241, usmle_step2ck=250, usmle_step3=228, ecfmg_status="certified", visa_status="green_card",
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["English", "Igbo", "French"], publications=7,
               usce_entries=[E("hands_on", "Internal Medicine", "MD", "2020-01", "2020-04"),
                             E("research", "Hematology/Oncology", "MD", "2020-05", "2023-12"),
                             E("observership", "Hematology/Oncology", "DC", "2024-01", "2024-02")]),
    tricky="reportlab Table grid; US phone with no country code; referee shares surname Okafor; 3 abstracts not counted",
))

# ================================================================ scans
PEOPLE.append(dict(
    id="017", layout="scan_pdf", ext="pdf", scan=True,
    name="Dawit Alemu Bekele", degree="MD",
    contact=dict(email="dawit.bekele21@gmail.com", phone="0912 88 45 21", address="Jimma, Oromia, Ethiopia"),
    summary="General practitioner applying for Internal Medicine residency.",
    sections=[
        ("Education", [("2015 – 2021", "Doctor of Medicine (MD)", "Jimma University, Institute of Health, Jimma, Ethiopia", [])]),
        ("USMLE", ["Step 1: Pass (2024)", "Step 2 CK: preparing"]),
        ("US Clinical Experience", [("Apr 2025 – May 2025", "Observership, Internal Medicine", "University of Minnesota Medical Center, Minneapolis, MN", [])]),
        ("Experience", [("2021 – present", "General Practitioner", "Jimma University Medical Center", [])]),
        ("Languages", ["Amharic, Afaan Oromo, English"]),
        ("Referee", ["Dr. Tesfaye G. Woldemichael, Jimma University Medical Center — tesfaye.w@ju.edu.et — +251 471 55 01 09"]),
    ],
    truth=dict(full_name="Dawit Alemu Bekele", email="dawit.bekele21@gmail.com", phone_e164="+251912884521",
               medical_school="Jimma University", medical_school_country="ET", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
               specialties=["Internal Medicine"], languages=["Amharic", "Oromo", "English"], publications=0,
               usce_entries=[E("observership", "Internal Medicine", "MN", "2025-04", "2025-05")]),
    tricky="image-only PDF (no text layer), rotated ~1.2°, noise",
))
PEOPLE.append(dict(
    id="018", layout="scan_photo", ext="jpg", scan=True,
    name="Patience Atuhaire Nuwagaba", degree="MBChB",
    contact=dict(email="patience.nuwagaba@gmail.com", phone="0701 234 567", address="Mbarara, Uganda"),
    summary="Obstetrics and Gynecology applicant.",
    sections=[
        ("Education", [("2014 – 2019", "MBChB", "Mbarara University of Science and Technology, Uganda", [])]),
        ("USMLE / ECFMG", ["Step 1: Pass", "Step 2 CK: 239", "ECFMG certified", "J-1 visa required"]),
        ("US Clinical Experience", [("09/2023 – 11/2023", "Observership, Obstetrics & Gynecology", "Montefiore Medical Center, Bronx, NY", [])]),
        ("Uganda", [("2019 – 2020", "Intern Doctor", "Mbarara Regional Referral Hospital", []),
                    ("2020 – present", "Medical Officer, Maternity", "Kabale Regional Referral Hospital", [])]),
        ("Publication", ["Nuwagaba PA, et al. Uterine rupture in southwestern Uganda. BMC Pregnancy Childbirth. 2022;22:610."]),
        ("Languages", ["English, Runyankole, Luganda"]),
        ("Referee", ["Dr. Joseph Ngonzi, MUST Dept of ObGyn — jngonzi@must.ac.ug — +256 485 555 012"]),
    ],
    truth=dict(full_name="Patience Atuhaire Nuwagaba", email="patience.nuwagaba@gmail.com", phone_e164="+256701234567",
               medical_school="Mbarara University of Science and Technology", medical_school_country="UG", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Obstetrics and Gynecology"], languages=["English", "Runyankole", "Luganda"], publications=1,
               usce_entries=[E("observership", "Obstetrics and Gynecology", "NY", "2023-09", "2023-11")]),
    tricky="JPEG photo of printed page: perspective-ish rotation, blur, uneven lighting",
))
PEOPLE.append(dict(
    id="019", layout="scan_png", ext="png", scan=True,
    name="Emmanuel Baraka Lyimo", degree="MD",
    contact=dict(email="e.b.lyimo@gmail.com", phone="+255 713 456 789", address="Moshi, Kilimanjaro, Tanzania"),
    summary="Emergency Medicine / Anesthesiology applicant.",
    sections=[
        ("Education", [("2017 – 2022", "Doctor of Medicine", "Kilimanjaro Christian Medical University College (KCMUCo), Moshi", [])]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 247", "ECFMG certification pending"]),
        ("US Clinical Experience", [("2024-10 – 2024-12", "Hands-on rotation, Emergency Medicine", "Duke University Hospital, Durham, NC", [])]),
        ("Tanzania", [("2022 – 2023", "Intern", "KCMC Hospital, Moshi", []), ("2023 – present", "Medical Officer", "Mawenzi Regional Referral Hospital", [])]),
        ("Languages", ["Kiswahili, English, Kichagga"]),
        ("Referee", ["Dr. Blandina T. Mmbaga, KCMC — b.mmbaga@kcri.ac.tz — +255 27 275 0001"]),
    ],
    truth=dict(full_name="Emmanuel Baraka Lyimo", email="e.b.lyimo@gmail.com", phone_e164="+255713456789",
               medical_school="Kilimanjaro Christian Medical University College", medical_school_country="TZ", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Emergency Medicine", "Anesthesiology"], languages=["Swahili", "English", "Chagga"], publications=0,
               usce_entries=[E("hands_on", "Emergency Medicine", "NC", "2024-10", "2024-12")]),
    tricky="PNG scan, grayscale, rotated -0.8°, salt noise",
))
PEOPLE.append(dict(
    id="020", layout="scan_pdf_2page", ext="pdf", scan=True,
    name="Aisha Bello Abdullahi", degree="MBBS",
    contact=dict(email="aisha.b.abdullahi@gmail.com", phone="0805 987 6543", address="Surulere, Lagos, Nigeria"),
    summary="Pediatrics applicant with research experience in Ohio.",
    sections=[
        ("Education", [("2013 – 2020", "MBBS", "College of Medicine, University of Lagos (CMUL), Idi-Araba, Lagos", [])]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 252", "ECFMG Certified", "Visa: J-1 required"]),
        ("US Experience", [
            ("Jun 2024 – Aug 2024", "Observership, Pediatrics", "Nationwide Children's Hospital, Columbus, OH", []),
            ("Sep 2024 – Feb 2025", "Research Volunteer, Division of Neonatology", "Cincinnati Children's Hospital Medical Center, Cincinnati, OH", []),
        ]),
        ("Nigeria", [
            ("2021", "House Officer (housemanship)", "Lagos University Teaching Hospital (LUTH)", []),
            ("2022", "NYSC Medical Officer", "General Hospital, Minna, Niger State", []),
            ("2023 – 2024", "Medical Officer, Paediatrics", "Massey Street Children's Hospital, Lagos", []),
        ]),
        ("Publications", ["Abdullahi AB, et al. Neonatal jaundice in Lagos. Niger J Paediatr. 2022;49(3):201-207.",
                          "Ezeaka CV, Abdullahi AB. Bubble CPAP in low-resource settings. J Perinatol. 2024;44(2):250-256."]),
        ("Languages", ["English, Hausa, Yoruba"]),
        ("Referees", ["Prof. Chinyere V. Ezeaka, LUTH — cezeaka@unilag.edu.ng — 0802 555 0133",
                      "Dr. Heather R. Collins, MD, Nationwide Children's Hospital, Columbus, OH — heather.collins@nationwidechildrens.org — (614) 555-0102"]),
    ],
    truth=dict(full_name="Aisha Bello Abdullahi", email="aisha.b.abdullahi@gmail.com", phone_e164="+2348059876543",
               medical_school="University of Lagos", medical_school_country="NG", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Pediatrics"], languages=["English", "Hausa", "Yoruba"], publications=2,
               usce_entries=[E("observership", "Pediatrics", "OH", "2024-06", "2024-08"),
                             E("research", "Pediatrics", "OH", "2024-09", "2025-02")]),
    tricky="2-page image-only PDF, low DPI (150), blur, rotation 1.6°",
))
PEOPLE.append(dict(
    id="021", layout="scan_lowcontrast", ext="jpg", scan=True,
    name="Nomsa Grace Khumalo", degree="MBChB",
    contact=dict(email="nomsa.khumalo@gmail.com", phone="+27 71 234 5678", address="Stellenbosch, Western Cape, South Africa"),
    summary="Anesthesiology applicant.",
    sections=[
        ("Education", [("2012 – 2017", "MBChB", "Stellenbosch University, Faculty of Medicine and Health Sciences", [])]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 244", "ECFMG Certified"]),
        ("US Clinical Experience", [("2023-02 – 2023-03", "Observership, Anesthesiology", "Stanford Health Care, Stanford, CA", [])]),
        ("South Africa", [("2018 – 2019", "Intern", "Tygerberg Hospital", []), ("2020", "Community Service MO", "Worcester Provincial Hospital", []),
                          ("2021 – present", "Medical Officer, Anaesthesiology", "Groote Schuur Hospital", [])]),
        ("Publication", ["Khumalo NG, et al. Spinal hypotension in pre-eclampsia. S Afr Med J. 2022;112(8):620-625."]),
        ("Languages", ["English, isiZulu, Afrikaans"]),
        ("Referee", ["Dr. Robert A. Dyer, Anaesthesia, UCT — robert.dyer@uct.ac.za — +27 21 555 0166"]),
    ],
    truth=dict(full_name="Nomsa Grace Khumalo", email="nomsa.khumalo@gmail.com", phone_e164="+27712345678",
               medical_school="Stellenbosch University", medical_school_country="ZA", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Anesthesiology"], languages=["English", "Zulu", "Afrikaans"], publications=1,
               usce_entries=[E("observership", "Anesthesiology", "CA", "2023-02", "2023-03")]),
    tricky="JPEG, very low contrast (faded photocopy), rotated 0.6°, blur",
))

# ================================================================ damaged
DAMAGED = [
    dict(id="022", layout="damaged_truncated", ext="pdf", note="valid reportlab CV cut to 45% of its bytes (no xref/trailer)"),
    dict(id="023", layout="damaged_encrypted", ext="pdf", note="CV PDF encrypted with a user password (RC4-128) via pypdf"),
    dict(id="024", layout="damaged_random", ext="docx", note="8 KB of random bytes named .docx"),
]


def fname(p):
    return f"w72_{p['id']}_{p['layout']}.{p['ext']}"
