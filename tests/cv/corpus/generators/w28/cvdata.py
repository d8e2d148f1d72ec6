# -*- coding: utf-8 -*-
"""Content + ground truth for writer w28 (South Asia / Sub-Saharan Africa focus).

Each CV: id, layout, ext, kind ('readable'|'scan'), truth (contract fields minus file/layout/usce_months*),
and cv: name, name_alt (other script), headline, contacts (list of lines), sections [(title, [items])].
An item is a str (paragraph/bullet) or a tuple (left, right) -> date/label column + text.
"""

H, O, R, T = "hands_on", "observership", "research", "telehealth"


def E(type_, spec, st, start, end):
    return {"type": type_, "specialty": spec, "state": st, "start": start, "end": end}


CVS = []

# ---------------------------------------------------------------- 001 India, two-column DOCX table
CVS.append(dict(
    id="001", layout="docx_table", ext="docx", kind="readable",
    truth=dict(
        full_name="Aishwarya Ramakrishnan", email="aishwarya.rk91@gmail.com", phone_e164="+919840123567",
        medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
        specialties=["Internal Medicine", "Nephrology"], languages=["English", "Tamil", "Hindi", "Telugu"],
        visa_status="j1", publications=2,
        usce_entries=[E(H, "Internal Medicine", "NJ", "2024-03", "2024-05"),
                      E(O, "Nephrology", "OH", "2024-06", "2024-06"),
                      E(R, "Nephrology", "MI", "2024-05", "2024-10")]),
    cv=dict(
        name="Dr. Aishwarya Ramakrishnan, MBBS", headline="ECFMG-certified IMG | Applying Internal Medicine (Categorical), Match 2027",
        contacts=["Email: aishwarya.rk91@gmail.com", "Mobile / WhatsApp: +91 98401 23567",
                  "Address: 14/2 Thiruvalluvar Salai, Mylapore, Chennai 600004, Tamil Nadu, India",
                  "DOB: 17 Sep 1997"],
        sections=[
            ("Career Objective", ["Internal Medicine residency applicant with a long-term goal of fellowship in Nephrology; "
                                  "particular interest in CKD progression in South Asian diabetics."]),
            ("Education", [("Aug 2015 – Feb 2021", "MBBS, Madras Medical College, Chennai (affiliated to The Tamil Nadu Dr. M.G.R. Medical University). "
                                                   "Includes 12-month Compulsory Rotating Resident Internship (CRRI), Rajiv Gandhi Government General Hospital, Feb 2020 – Feb 2021."),
                           ("2013 – 2015", "Higher Secondary (Biology–Maths), PSBB Senior Secondary School, Chennai – 96.4%")]),
            ("USMLE / Certification", [("Step 1", "PASS (first attempt), Jan 2023"),
                                       ("Step 2 CK", "248 (Aug 2023)"),
                                       ("OET Medicine", "Passed (B in all sub-tests), Oct 2023"),
                                       ("ECFMG", "Certified — Nov 2023"),
                                       ("Visa", "Will require J-1 sponsorship (ECFMG)")]),
            ("US Clinical Experience", [
                ("03/2024 – 05/2024", "Hands-on Clinical Externship, Internal Medicine — Saint Peter's University Hospital, New Brunswick, NJ. "
                                      "Pre-rounded on 6–8 patients, presented on rounds, drafted progress notes under supervision."),
                ("06/2024", "Observership, Nephrology — Cleveland Clinic Glickman Urological & Kidney Institute, Cleveland, OH."),
                ("05/2024 – 10/2024", "Research Volunteer (remote + on-site), Division of Nephrology, Henry Ford Health, Detroit, MI.")]),
            ("Clinical Experience (India)", [
                ("Mar 2021 – Dec 2023", "Junior Resident (non-academic), Dept. of General Medicine, Apollo Hospitals, Greams Road, Chennai."),
                ("Apr 2020 – Aug 2020", "COVID-19 ward duty (during CRRI), Rajiv Gandhi Government General Hospital, Chennai.")]),
            ("Publications", [
                "1. Ramakrishnan A, Selvam K, et al. Urinary NGAL as an early marker of contrast nephropathy. Indian J Nephrol. 2022;32(4):331-336.",
                "2. Ramakrishnan A, Patel S, Brennan M. Hyponatremia outcomes in elderly inpatients. Cureus. 2024;16(9):e68812.",
                "Poster: 'SGLT2 inhibitor uptake in a community hospital' — ACP New Jersey Chapter Meeting, Oct 2024 (abstract).",
                "Manuscript submitted: 'Tacrolimus trough variability in live-donor recipients' (under review, Clin Transplant)."]),
            ("Languages", ["English (fluent), Tamil (native), Hindi (conversational), Telugu (conversational)"]),
            ("References", [
                ("Dr. Michael Brennan, MD", "Program Director, Internal Medicine, Saint Peter's University Hospital, New Brunswick, NJ — mbrennan@saintpetersuh.com — +1 (732) 745-8600 ext. 8113"),
                ("Dr. Shruti Patel, MD", "Nephrology, Henry Ford Health, Detroit, MI — spatel14@hfhs.org — (313) 916-2600")]),
        ])))

# ---------------------------------------------------------------- 002 Pakistan, contacts only in page header
CVS.append(dict(
    id="002", layout="docx_header_contacts", ext="docx", kind="readable",
    truth=dict(
        full_name="Muhammad Usman Farooq", email="usman.farooq.md@outlook.com", phone_e164="+923004271859",
        medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2019, is_student=False,
        usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified",
        specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"],
        visa_status=None, publications=1,
        usce_entries=[E(O, "Cardiology", "PA", "2024-06", "2024-08"),
                      E(H, "Internal Medicine", "NY", "2025-01", "2025-03")]),
    cv=dict(
        name="MUHAMMAD USMAN FAROOQ", headline="MBBS — Internal Medicine applicant (interest: Cardiology)",
        header_contacts="usman.farooq.md@outlook.com  |  +92 300 4271859  |  House 42-B, Block J, Johar Town, Lahore",
        contacts=[],
        sections=[
            ("Personal Statement Summary", ["Graduate of Allama Iqbal Medical College seeking a categorical Internal Medicine position; "
                                            "aspiring to pursue Cardiology fellowship."]),
            ("Education", [("2014 – 2019", "Bachelor of Medicine, Bachelor of Surgery (MBBS), Allama Iqbal Medical College, Lahore (University of Health Sciences, Lahore)"),
                           ("2012 – 2014", "F.Sc. Pre-Medical, Government College Lahore — 1012/1100")]),
            ("Examinations", [("USMLE Step 1", "Pass (2022)"), ("USMLE Step 2 CK", "239 (2023)"),
                              ("ECFMG", "Certified (June 2023)"), ("NBME CCSSA practice", "254 (not official)")]),
            ("United States Clinical Experience", [
                ("Summer 2024", "Observer, Division of Cardiology — UPMC Presbyterian, Pittsburgh, Pennsylvania"),
                ("Jan 2025 – Mar 2025", "Hands-on USCE (sub-internship level), Internal Medicine — The Brooklyn Hospital Center, Brooklyn, NY")]),
            ("Work Experience — Pakistan", [
                ("Nov 2019 – Oct 2020", "House Officer (House Job), Jinnah Hospital Lahore — Medicine & Surgery rotations"),
                ("Jan 2021 – Apr 2024", "Medical Officer, Punjab Institute of Cardiology, Lahore")]),
            ("Research", ["Farooq MU, Anwar S, Ilyas M. Door-to-balloon time in a public tertiary cardiac centre of Punjab. "
                          "Pak Heart J. 2022;55(3):214-219.",
                          "Abstract: Farooq MU et al. Troponin trends in CKD — poster, Pakistan Cardiac Society Conference, 2021."]),
            ("Languages", ["English, Urdu, Punjabi"]),
            ("Referees", ["Dr. Sameer Anwar, Professor of Cardiology, PIC Lahore — available on request",
                          "Dr. Lisa M. Kowalski, MD, Cardiology, UPMC, Pittsburgh PA — kowalskilm@upmc.edu — 412-647-2345"]),
        ])))

# ---------------------------------------------------------------- 003 Bangladesh, DOCX -> LibreOffice PDF
CVS.append(dict(
    id="003", layout="pdf_lo_from_docx", ext="pdf", kind="readable",
    truth=dict(
        full_name="Tahmina Akter", email="tahmina.akter.dmc@gmail.com", phone_e164="+8801711482935",
        medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2018, is_student=False,
        usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="pending",
        specialties=["Pediatrics"], languages=["Bengali", "English", "Hindi"],
        visa_status="j1", publications=3,
        usce_entries=[E(O, "Pediatrics", "MI", "2024-02", "2024-03"),
                      E(H, "Pediatrics", "NY", "2024-09", "2024-10"),
                      E(T, "Pediatrics", "TX", "2025-01", "2025-01")]),
    cv=dict(
        name="Dr. Tahmina Akter", headline="MBBS (Dhaka) | Pediatrics applicant",
        contacts=["tahmina.akter.dmc@gmail.com", "+880 1711-482935", "House 7, Road 12, Dhanmondi R/A, Dhaka-1209, Bangladesh"],
        sections=[
            ("Objective", ["Seeking a Pediatrics residency position in the United States."]),
            ("Medical Education", [
                ("2013.01 – 2018.11", "MBBS, Dhaka Medical College, University of Dhaka. Final Professional MBBS Examination passed November 2018 (honours in Medicine)."),
                ("2019.01 – 2019.12", "Internship (12 months), Dhaka Medical College Hospital — Paediatrics, Medicine, Surgery, Obs & Gynae")]),
            ("USMLE & ECFMG", [("Step 1", "Pass — 2023.04"), ("Step 2 CK", "232 — 2023.12"),
                               ("ECFMG", "Certification pending (OET result awaited)"), ("Visa", "Will require J-1 visa")]),
            ("US Clinical Experience", [
                ("2024.02 – 2024.03", "Observership, Pediatrics, Children's Hospital of Michigan, Detroit, MI"),
                ("2024.09 – 2024.10", "Clinical rotation (hands-on), Pediatrics, Jamaica Hospital Medical Center, Queens, NY"),
                ("2025.01", "Telehealth rotation (virtual), General Pediatrics clinic, Houston, TX")]),
            ("Clinical Work in Bangladesh", [
                ("2020.03 – 2023.06", "Medical Officer, Dhaka Shishu (Children) Hospital, Sher-e-Bangla Nagar"),
                ("2023.07 – present", "Honorary Medical Officer (part-time), Bangladesh Institute of Child Health")]),
            ("Publications (peer-reviewed)", [
                "Akter T, Rahman M. Neonatal sepsis pathogens at a tertiary NICU. Bangladesh J Child Health. 2021;45(2):88-93.",
                "Akter T, Hossain K, et al. Zinc in acute watery diarrhoea — a cohort. Dhaka Med Coll J. 2022;31(1):12-18.",
                "Islam S, Akter T. Thalassaemia carrier screening in adolescents. J Bangladesh Coll Phys Surg. 2023;41(3):201-206.",
                "Poster (not peer-reviewed): Kangaroo mother care uptake, PAS 2024, Toronto."]),
            ("Languages", ["Bengali (Bangla) — native; English — fluent; Hindi — basic"]),
            ("Referees", ["Dr. Karen O'Neil, Pediatrics, Jamaica Hospital Medical Center — koneil@jhmc.org — +1 718-206-6000",
                          "Prof. Dr. Mizanur Rahman, Head of Paediatrics, DMCH, Dhaka"]),
        ])))

# ---------------------------------------------------------------- 004 Nigeria, reportlab small font
CVS.append(dict(
    id="004", layout="pdf_reportlab_small", ext="pdf", kind="readable",
    truth=dict(
        full_name="Chukwuemeka Obinna Nwosu", email="emeka.nwosu@yahoo.com", phone_e164="+2348035561290",
        medical_school="University of Nigeria College of Medicine", medical_school_country="NG", graduation_year=2019, is_student=False,
        usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
        specialties=["Emergency Medicine"], languages=["English", "Igbo", "Yoruba", "Nigerian Pidgin"],
        visa_status="h1b", publications=1,
        usce_entries=[E(H, "Emergency Medicine", "DC", "2018-07", "2018-08"),
                      E(O, "Emergency Medicine", "GA", "2024-04", "2024-04")]),
    cv=dict(
        name="Chukwuemeka Obinna NWOSU, MBBS", headline="Emergency Medicine applicant",
        contacts=["E: emeka.nwosu@yahoo.com", "T: +234 803 556 1290", "12 Chime Avenue, New Haven, Enugu, Nigeria"],
        sections=[
            ("Education", [("2012 – 2019", "MBBS, College of Medicine, University of Nigeria (Enugu Campus), Enugu State"),
                           ("2018 (Jul–Aug)", "Final-year elective abroad (see US Clinical Experience)")]),
            ("Postgraduate Training (Nigeria)", [
                ("Jan 2020 – Dec 2020", "Housemanship (House Officer), University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla — Surgery, Medicine, Paediatrics, O&G"),
                ("Mar 2021 – Feb 2022", "NYSC Medical Officer, General Hospital Ikot Ekpene, Akwa Ibom State"),
                ("Mar 2022 – current", "Medical Officer, Accident & Emergency Department, Enugu State University Teaching Hospital (ESUTH)")]),
            ("US Clinical Experience", [
                ("Jul 2018 – Aug 2018", "Clinical Elective, Emergency Medicine — Howard University Hospital, Washington, DC (student elective, direct patient care under supervision)"),
                ("April 2024", "Observership, Emergency Medicine — Grady Memorial Hospital, Atlanta, GA")]),
            ("Examinations", [("USMLE Step 1", "Passed"), ("USMLE Step 2 CK", "244"), ("ECFMG", "Certified 2023"),
                              ("PLAB 1", "Passed (2021) — not pursuing UK route"),
                              ("Visa", "Seeking H-1B visa sponsorship")]),
            ("Publications", ["Nwosu CO, Eze BI, Okafor U. Pattern of road traffic injuries presenting to an emergency unit in South-East Nigeria. "
                              "Niger J Clin Pract. 2023;26(5):601-607.",
                              "Oral presentation: Triage delays in Nigerian EDs, NARD Scientific Conference 2022."]),
            ("Courses", ["BLS & ACLS (American Heart Association), 2024", "ATLS provider, 2022"]),
            ("Languages", ["English, Igbo (native), Yoruba, Nigerian Pidgin"]),
            ("References", ["Dr. Adaeze Eze, Consultant Emergency Physician, ESUTH — adaeze.eze@esuth.edu.ng — +234 809 114 2210",
                            "Dr. Robert Hale, MD, Department of Emergency Medicine, Howard University Hospital — rhale@huhosp.org — +1 202 865 6100"]),
        ])))

# ---------------------------------------------------------------- 005 Ghana, fpdf2 small font
CVS.append(dict(
    id="005", layout="pdf_fpdf2_small", ext="pdf", kind="readable",
    truth=dict(
        full_name="Abena Serwaa Owusu-Ansah", email="abena.owusuansah@gmail.com", phone_e164="+233244187730",
        medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
        specialties=["Obstetrics and Gynecology"], languages=["English", "Twi", "Ga", "French"],
        visa_status="b1b2", publications=2,
        usce_entries=[E(O, "Obstetrics and Gynecology", "CT", "2025-03", "2025-04"),
                      E(R, "Obstetrics and Gynecology", "MD", "2025-05", "2026-12")]),
    cv=dict(
        name="Abena Serwaa Owusu-Ansah, MB ChB", headline="Obstetrics & Gynaecology | Research Fellow",
        contacts=["abena.owusuansah@gmail.com", "+233 24 418 7730", "Accra, Ghana / Baltimore, MD"],
        sections=[
            ("Education", [("2013 – 2020", "MB ChB, University of Ghana Medical School, College of Health Sciences, Korle Bu, Accra"),
                           ("2010 – 2013", "WASSCE, Wesley Girls' High School, Cape Coast")]),
            ("Housemanship", [("Nov 2020 – Oct 2022", "House Officer, Korle Bu Teaching Hospital, Accra — O&G, Internal Medicine, Surgery, Paediatrics (Medical & Dental Council of Ghana, full registration 2022)")]),
            ("Work", [("Nov 2022 – Feb 2025", "Medical Officer, Department of Obstetrics & Gynaecology, Ridge Regional Hospital, Accra")]),
            ("US Experience", [
                ("Mar 2025 – Apr 2025", "Clinical Observership, Obstetrics, Gynecology & Reproductive Sciences — Yale New Haven Hospital, New Haven, CT"),
                ("May 2025 – present", "Research Fellow (postdoctoral), Gynecology & Obstetrics — Johns Hopkins University School of Medicine, Baltimore, MD")]),
            ("USMLE", [("Step 1", "Pass (2023)"), ("Step 2 CK", "255 (2024)"), ("ECFMG", "Certified, 2024"),
                       ("Immigration", "B1/B2 visitor visa valid to 2028")]),
            ("Interests", ["Obstetrics and Gynecology residency; maternal-fetal medicine; postpartum haemorrhage in low-resource settings."]),
            ("Publications", ["1. Owusu-Ansah AS, Boakye-Danquah K, Nkyekyer K. Magnesium sulphate regimens in severe pre-eclampsia. Ghana Med J. 2022;56(2):77-84.",
                              "2. Owusu-Ansah AS, et al. Tranexamic acid uptake for PPH in Greater Accra. Int J Gynaecol Obstet. 2024;164(1):210-217.",
                              "Abstract/poster: SMFM Annual Pregnancy Meeting 2026 (accepted)."]),
            ("Languages", ["English, Twi (Akan), Ga, French (basic)"]),
            ("Referees", ["Dr. Jennifer L. Marks, MD, Johns Hopkins Gynecology & Obstetrics — jmarks12@jhmi.edu — +1 (410) 955-5000",
                          "Prof. Kwabena Nkyekyer, UGMS — knkyekyer@ug.edu.gh"]),
        ])))

# ---------------------------------------------------------------- 006 Kenya, TXT with tabs
CVS.append(dict(
    id="006", layout="txt_tabs", ext="txt", kind="readable",
    truth=dict(
        full_name="Wanjiru Njeri Kamau", email="njeri.kamau.md@gmail.com", phone_e164="+14692273841",
        medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2017, is_student=False,
        usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="certified",
        specialties=["Family Medicine", "Psychiatry"], languages=["English", "Swahili", "Kikuyu"],
        visa_status="green_card", publications=0,
        usce_entries=[E(H, "Family Medicine", "TX", "2023-09", "2023-12"),
                      E(O, "Psychiatry", "TX", "2024-01", "2024-02")]),
    cv=dict(
        name="WANJIRU NJERI KAMAU, MBChB", headline="Family Medicine / Psychiatry",
        contacts=["Phone:\t(469) 227-3841", "Email:\tnjeri.kamau.md@gmail.com", "Address:\tPlano, TX 75024",
                  "Status:\tU.S. Permanent Resident (Green Card)"],
        sections=[
            ("EDUCATION", [("2011 - 2017", "Bachelor of Medicine and Bachelor of Surgery (MBChB), University of Nairobi, School of Medicine, Nairobi, Kenya")]),
            ("INTERNSHIP & WORK (KENYA)", [("07/2017 - 06/2018", "Medical Intern, Kenyatta National Hospital, Nairobi"),
                                           ("07/2018 - 05/2022", "Medical Officer, Kiambu Level 5 Hospital, Kiambu County")]),
            ("US CLINICAL EXPERIENCE", [("09/2023 - 12/2023", "Clinical Extern (hands-on), Family Medicine, JPS Health Network, Fort Worth, TX"),
                                        ("01/2024 - 02/2024", "Observer, Psychiatry, UT Southwestern Medical Center, Dallas, TX")]),
            ("OTHER US EMPLOYMENT", [("06/2022 - present", "Behavioral health technician (non-physician role), Green Oaks Hospital, Dallas, TX")]),
            ("EXAMS", [("USMLE Step 1", "Passed"), ("USMLE Step 2 CK", "226"), ("ECFMG", "Certified (2023)")]),
            ("CAREER INTERESTS", ["Family Medicine; Psychiatry (integrated behavioral health)"]),
            ("LANGUAGES", ["English\tfluent", "Kiswahili\tfluent", "Kikuyu\tnative"]),
            ("REFERENCES", ["Dr. Sandra Whitfield, MD\tJPS Family Medicine\tswhitfield@jpshealth.org\t817-702-3431",
                            "Dr. Omar Haddad, MD\tUTSW Psychiatry\tomar.haddad@utsouthwestern.edu\t214-648-3111"]),
        ])))

# ---------------------------------------------------------------- 007 Nepal, ODT (odfpy)
CVS.append(dict(
    id="007", layout="odt_plain", ext="odt", kind="readable",
    truth=dict(
        full_name="Prabin Raj Adhikari", email="prabin.adhikari.iom@gmail.com", phone_e164="+9779841235670",
        medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
        specialties=["Neurology"], languages=["Nepali", "English", "Hindi", "Maithili"],
        visa_status="j1", publications=4,
        usce_entries=[E(O, "Neurology", "MN", "2023-08", "2023-08"),
                      E(R, "Neurology", "WI", "2023-09", "2024-08"),
                      E(H, "Neurology", "NJ", "2024-07", "2024-09")]),
    cv=dict(
        name="Prabin Raj Adhikari", headline="MBBS, Institute of Medicine (Maharajgunj) — Neurology",
        contacts=["Email: prabin.adhikari.iom@gmail.com", "Cell: +977-984-1235670", "Kathmandu-3, Maharajgunj, Nepal", "Born 1996"],
        sections=[
            ("Education", [("2015 – 2021", "MBBS, Maharajgunj Medical Campus, Institute of Medicine, Tribhuvan University, Kathmandu (5.5 years incl. 1-year rotating internship at TUTH)")]),
            ("USMLE", [("Step 1", "PASS"), ("Step 2 CK", "241"), ("ECFMG", "Certified (Feb 2024)"), ("Visa", "J-1 (ECFMG sponsorship) required")]),
            ("US Clinical & Research Experience", [
                ("Aug 2023", "Observership, Department of Neurology, Mayo Clinic, Rochester, MN"),
                ("Sep 2023 – Aug 2024", "Research Associate (stroke outcomes), Department of Neurology, Medical College of Wisconsin, Milwaukee, WI"),
                ("Jul 2024 – Sep 2024", "Neurology Externship (hands-on), Rutgers New Jersey Medical School / University Hospital, Newark, NJ")]),
            ("Work in Nepal", [("2021 – 2023", "Medical Officer, Neurology Unit, Tribhuvan University Teaching Hospital"),
                               ("2022", "Camp doctor, Nepal Earthquake relief (Jajarkot)")]),
            ("Publications", [
                "Adhikari PR, Shrestha S, et al. Stroke thrombolysis in Nepal: a registry. JNMA J Nepal Med Assoc. 2022;60(251):611-615.",
                "Adhikari PR, Karki A. Neurocysticercosis seizure outcomes. Epilepsia Open. 2023;8(2):402-410.",
                "Adhikari PR, Miller J, Lee K. Sex differences in post-thrombectomy outcomes. J Stroke Cerebrovasc Dis. 2024;33(6):107702.",
                "Lee K, Adhikari PR, et al. Tenecteplase vs alteplase in a Midwestern network. Stroke. 2025;56(3):e41-e45.",
                "Posters: International Stroke Conference 2024 (x2)."]),
            ("Languages", ["Nepali (native), English (fluent), Hindi (fluent), Maithili (conversational)"]),
            ("References", ["Dr. Kevin Lee, MD, Neurology, Medical College of Wisconsin — klee@mcw.edu — (414) 955-8000",
                            "Dr. Jessica Miller, MD — Rutgers NJMS Neurology — jm2231@njms.rutgers.edu — +1 973 972 4300"]),
        ])))

# ---------------------------------------------------------------- 008 Sri Lanka, RTF by hand
CVS.append(dict(
    id="008", layout="rtf_handwritten", ext="rtf", kind="readable",
    truth=dict(
        full_name="Dilini Nadeesha Wickramasinghe", email="dilini.wickramasinghe@gmail.com", phone_e164="+94773456621",
        medical_school="Faculty of Medicine, University of Colombo", medical_school_country="LK", graduation_year=2018, is_student=False,
        usmle_step1="pass", usmle_step2ck=260, usmle_step3=229, ecfmg_status="certified",
        specialties=["Hematology/Oncology", "Internal Medicine"], languages=["Sinhala", "English", "Tamil"],
        visa_status="h1b", publications=6,
        usce_entries=[E(R, "Hematology/Oncology", "FL", "2022-10", "2026-12"),
                      E(O, "Hematology/Oncology", "FL", "2023-03", "2023-04")]),
    cv=dict(
        name="Dilini Nadeesha Wickramasinghe", name_alt="දිලිනි නදීශා වික්‍රමසිංහ",
        headline="MBBS (Colombo) — Internal Medicine, future Hematology/Oncology",
        contacts=["dilini.wickramasinghe@gmail.com", "+94 77 345 6621 (Sri Lanka)", "Miami, Florida"],
        sections=[
            ("Education", [("2012–2018", "MBBS, Faculty of Medicine, University of Colombo, Sri Lanka (Second Class Upper; graduated 2018)")]),
            ("Internship & Service (Sri Lanka)", [("2018–2019", "Intern House Officer, Colombo South Teaching Hospital, Kalubowila"),
                                                  ("2019–2022", "Senior House Officer, National Cancer Institute (Apeksha Hospital), Maharagama")]),
            ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "260"), ("Step 3", "229"), ("ECFMG", "Certified")]),
            ("US Experience", [("Oct 2022 – present", "Postdoctoral Research Fellow, Division of Hematology/Oncology, University of Miami Miller School of Medicine, Miami, FL"),
                               ("Mar–Apr 2023", "Clinical Observership, Hematology/Oncology, Sylvester Comprehensive Cancer Center, Miami, FL")]),
            ("Immigration", ["H-1B (current employer: University of Miami)"]),
            ("Publications (peer-reviewed: 6)", [
                "Wickramasinghe DN et al. Blood. 2023;142(S1) — abstract only (not counted)",
                "1) Leukemia Res. 2021  2) Ceylon Med J. 2021  3) Br J Haematol. 2023  4) Blood Adv. 2024  5) Cancers (Basel). 2024  6) JCO Glob Oncol. 2025"]),
            ("Career goals", ["Internal Medicine residency, then fellowship in Hematology/Oncology."]),
            ("Languages", ["Sinhala, English, Tamil"]),
            ("Referees", ["Dr. Alan Goldstein, MD — Sylvester CCC — agoldstein@med.miami.edu — +1 305-243-1000"]),
        ])))

# ---------------------------------------------------------------- 009 Ethiopia, Chromium HTML sidebar -> PDF
CVS.append(dict(
    id="009", layout="pdf_chromium_sidebar", ext="pdf", kind="readable",
    truth=dict(
        full_name="Meron Tesfaye Alemu", email="meron.tesfaye@protonmail.com", phone_e164="+251911642803",
        medical_school="Addis Ababa University", medical_school_country="ET", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=237, usmle_step3=None, ecfmg_status="pending",
        specialties=["Infectious Disease", "Internal Medicine"], languages=["Amharic", "English", "Oromo", "Tigrinya"],
        visa_status="j1", publications=2,
        usce_entries=[E(O, "Infectious Disease", "GA", "2025-03", "2025-05"),
                      E(H, "Internal Medicine", "MO", "2025-06", "2025-08")]),
    cv=dict(
        name="Meron Tesfaye Alemu", name_alt="መሮን ተስፋዬ አለሙ", headline="Doctor of Medicine (MD) — Addis Ababa University",
        contacts=["meron.tesfaye@protonmail.com", "+251 911 642 803", "Bole Sub-city, Addis Ababa, Ethiopia", "LinkedIn: /in/meron-tesfaye-md"],
        sections=[
            ("Profile", ["Ethiopian physician applying to Internal Medicine; career interest in Infectious Disease (HIV/TB co-infection)."]),
            ("Education", [("2014 – 2020", "Doctor of Medicine (MD), School of Medicine, College of Health Sciences, Addis Ababa University (Tikur Anbessa Specialized Hospital); final-year internship included")]),
            ("Work Experience", [("2020 – 2022", "General Practitioner, St. Paul's Hospital Millennium Medical College, Addis Ababa"),
                                 ("2022 – 2024", "Clinical research physician, Armauer Hansen Research Institute (AHRI), Addis Ababa")]),
            ("US Clinical Experience", [("March–May 2025", "Observership, Division of Infectious Diseases, Emory University Hospital, Atlanta, GA"),
                                        ("06/2025 – 08/2025", "Hands-on Clinical Experience, Internal Medicine, Mercy Hospital St. Louis, MO")]),
            ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "237"), ("ECFMG", "Pending (awaiting OET)"), ("Visa", "J-1 required")]),
            ("Publications", ["Alemu MT, Bekele A. Isoniazid preventive therapy completion in Addis Ababa. Ethiop Med J. 2021;59(4):321-328.",
                              "Alemu MT, Tadesse Z, et al. MDR-TB treatment outcomes. BMC Infect Dis. 2023;23:512.",
                              "Manuscript in preparation: Cryptococcal antigen screening."]),
            ("Languages", ["Amharic (native), English, Afaan Oromo, Tigrinya"]),
            ("References", ["Dr. Susan Ray, MD, Emory Infectious Diseases — sray@emory.edu — +1 404-712-1000",
                            "Dr. David Kim, MD, Mercy Hospital St. Louis — david.kim@mercy.net — (314) 251-6000"]),
        ])))

# ---------------------------------------------------------------- 010 India, DOCX table, two phones
CVS.append(dict(
    id="010", layout="docx_table_two_phones", ext="docx", kind="readable",
    truth=dict(
        full_name="Vikram Singh Rathore", email="vikram.rathore.md@gmail.com", phone_e164="+919414055382",
        medical_school="Sawai Man Singh Medical College", medical_school_country="IN", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified",
        specialties=["Internal Medicine", "Gastroenterology"], languages=["Hindi", "English", "Punjabi"],
        visa_status="b1b2", publications=1,
        usce_entries=[E(H, "Internal Medicine", "NJ", "2025-09", "2025-11"),
                      E(O, "Gastroenterology", "NY", "2025-12", "2026-01"),
                      E(R, "Gastroenterology", "NJ", "2025-10", "2026-12")]),
    cv=dict(
        name="Vikram Singh Rathore", headline="MBBS | IMG — Internal Medicine (GI track)",
        contacts=["Phone (India, WhatsApp): +91 94140 55382", "Phone (US): +1 (201) 388-4197",
                  "Email: vikram.rathore.md@gmail.com", "Jaipur, Rajasthan / Jersey City, NJ"],
        sections=[
            ("Education", [("2014 – 2020", "MBBS, Sawai Man Singh (SMS) Medical College, Jaipur — Rajasthan University of Health Sciences. Duration includes compulsory rotating internship (2019–2020).")]),
            ("Licensing Exams", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "251"), ("ECFMG", "Certified (2024)"),
                                 ("Visa", "Currently in the US on B1/B2 visa")]),
            ("US Clinical Experience", [
                ("Sep 2025 – Nov 2025", "Externship (hands-on), Internal Medicine — CarePoint Health Christ Hospital, Jersey City, NJ"),
                ("Dec 2025 – Jan 2026", "Observership, Gastroenterology & Hepatology — NYU Langone Health, New York, NY"),
                ("Oct 2025 – ongoing", "Research volunteer, Division of Gastroenterology, Rutgers New Jersey Medical School, Newark, NJ")]),
            ("Experience (India)", [("2020 – 2025", "Senior Resident (non-academic) / Medical Officer, Dept. of Medicine, SMS Hospital, Jaipur")]),
            ("Publications", ["Rathore VS, Meena R, Sharma A. Spectrum of upper GI bleed in North-West India. J Assoc Physicians India. 2023;71(8):44-48.",
                              "Abstract: DDW 2026 (submitted)."]),
            ("Interests", ["Internal Medicine; Gastroenterology"]),
            ("Languages", ["Hindi, English, Punjabi"]),
            ("References", [("Dr. Nikhil Shah, MD", "Rutgers NJMS GI — nshah@njms.rutgers.edu — 973-972-5252"),
                            ("Dr. Maria Lopez, MD", "Christ Hospital IM — mlopez@carepointhealth.org — +1 201-795-8200")]),
        ])))

# ---------------------------------------------------------------- 011 Uganda, ODT -> LibreOffice PDF
CVS.append(dict(
    id="011", layout="pdf_lo_from_odt", ext="pdf", kind="readable",
    truth=dict(
        full_name="Isaac Mugisha Tumwine", email="isaac.m.tumwine@gmail.com", phone_e164="+256772409118",
        medical_school="Makerere University College of Health Sciences", medical_school_country="UG", graduation_year=2018, is_student=False,
        usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified",
        specialties=["Pediatrics"], languages=["English", "Luganda", "Runyankole", "Swahili"],
        visa_status=None, publications=5,
        usce_entries=[E(R, "Infectious Disease", "TX", "2022-01", "2022-12"),
                      E(O, "Pediatrics", "TX", "2023-01", "2023-02")]),
    cv=dict(
        name="Isaac Mugisha Tumwine", headline="MBChB (Makerere) — Pediatrics",
        contacts=["isaac.m.tumwine@gmail.com", "Tel. +256 772 409118", "Plot 14 Kira Road, Kampala, Uganda"],
        sections=[
            ("Education", [("2013–2018", "Bachelor of Medicine and Bachelor of Surgery (MBChB), Makerere University College of Health Sciences, Kampala")]),
            ("Internship", [("2018–2019", "Intern Doctor, Mulago National Referral Hospital, Kampala")]),
            ("Experience", [("2019–2021", "Medical Officer, Baylor College of Medicine Children's Foundation – Uganda (Baylor-Uganda), Kampala — paediatric HIV clinic (in Uganda)"),
                            ("Jan 2022 – Dec 2022", "Research Fellow, Pediatric Infectious Diseases, Baylor College of Medicine, Houston, TX"),
                            ("Jan 2023 – Feb 2023", "Observership, General Pediatrics, Texas Children's Hospital, Houston, TX")]),
            ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "229"), ("ECFMG", "ECFMG Certified (2022)")]),
            ("Goal", ["Categorical Pediatrics residency."]),
            ("Publications", ["Five peer-reviewed articles (J Int AIDS Soc 2020; Pediatr Infect Dis J 2021; AIDS 2022; BMC Pediatr 2022; Lancet HIV 2023 — co-author). "
                              "Conference abstracts: IAS 2021, CROI 2022."]),
            ("Languages", ["English, Luganda, Runyankole, Kiswahili"]),
            ("Referees", ["Dr. Heather Bryant, MD, Baylor College of Medicine — hbryant@bcm.edu — +1 832-824-1000",
                          "Dr. Adeodata Kekitiinwa, Baylor-Uganda, Kampala"]),
        ])))

# ---------------------------------------------------------------- 012 South Africa, contacts only in footer
CVS.append(dict(
    id="012", layout="docx_footer_contacts", ext="docx", kind="readable",
    truth=dict(
        full_name="Thandiwe Nomvula Dlamini", email="thandi.dlamini@icloud.com", phone_e164="+27826143390",
        medical_school="University of the Witwatersrand", medical_school_country="ZA", graduation_year=2017, is_student=False,
        usmle_step1=236, usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
        specialties=["Anesthesiology"], languages=["English", "Zulu", "Afrikaans", "Sotho"],
        visa_status="j1", publications=1,
        usce_entries=[E(O, "Anesthesiology", "MA", "2024-05", "2024-06")]),
    cv=dict(
        name="Dr Thandiwe Nomvula Dlamini", headline="MBBCh (Wits) — Anaesthesiology",
        footer_contacts="thandi.dlamini@icloud.com  ·  +27 82 614 3390  ·  Johannesburg, Gauteng, South Africa",
        contacts=[],
        sections=[
            ("Education", [("2012 – 2017", "MBBCh, University of the Witwatersrand, Johannesburg"),
                           ("2020", "Diploma in Anaesthesia (DA(SA)), Colleges of Medicine of South Africa")]),
            ("Internship & Community Service", [("2018 – 2019", "Intern, Chris Hani Baragwanath Academic Hospital, Soweto"),
                                                ("2020", "Community Service Medical Officer, Mankweng Hospital, Limpopo"),
                                                ("2021 – present", "Medical Officer, Department of Anaesthesiology, Charlotte Maxeke Johannesburg Academic Hospital")]),
            ("Clinical Experience Abroad", [("May – June 2024", "Observer, Department of Anesthesia, Critical Care and Pain Medicine, Massachusetts General Hospital, Boston, MA"),
                                            ("Sept 2023", "Clinical observer, Anesthesia, Toronto General Hospital, Toronto, ON, Canada")]),
            ("USMLE", [("Step 1", "236"), ("Step 2 CK", "245"), ("ECFMG", "Certified"), ("Visa", "Will need J-1")]),
            ("Specialty of interest", ["Anaesthesiology"]),
            ("Publications", ["Dlamini TN, Moodley Y. Spinal anaesthesia hypotension in HIV-positive parturients. S Afr J Anaesth Analg. 2022;28(4):112-118."]),
            ("Languages", ["English, isiZulu, Afrikaans, Sesotho"]),
            ("Referees", ["Prof. Yoshan Moodley, Wits Anaesthesiology — +27 11 488 4911",
                          "Dr. Emily Chen, MD, MGH Anesthesia — echen7@mgh.harvard.edu — +1 617-726-2000"]),
        ])))

# ---------------------------------------------------------------- 013 Pakistan, reportlab two-column sidebar, US referees
CVS.append(dict(
    id="013", layout="pdf_reportlab_twocol", ext="pdf", kind="readable",
    truth=dict(
        full_name="Ayesha Siddiqa Malik", email="ayesha.s.malik@gmail.com", phone_e164="+923218845012",
        medical_school="Dow Medical College", medical_school_country="PK", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified",
        specialties=["Psychiatry"], languages=["Urdu", "English", "Sindhi"],
        visa_status="j1", publications=2,
        usce_entries=[E(H, "Psychiatry", "NY", "2024-08", "2024-09"),
                      E(O, "Psychiatry", "NY", "2024-10", "2024-10"),
                      E(T, "Psychiatry", "MI", "2025-01", "2025-03")]),
    cv=dict(
        name="Ayesha Siddiqa Malik", headline="MBBS — Psychiatry",
        contacts=["ayesha.s.malik@gmail.com", "+92 321 8845012", "Gulshan-e-Iqbal, Karachi"],
        sidebar=[("USMLE", ["Step 1: Pass", "Step 2 CK: 258", "ECFMG: Certified", "Visa: J-1"]),
                 ("Languages", ["Urdu", "English", "Sindhi"]),
                 ("Interests", ["Psychiatry", "Consultation-liaison", "Women's mental health"])],
        sections=[
            ("Education", [("2015 – 2020", "MBBS, Dow Medical College, Dow University of Health Sciences, Karachi"),
                           ("2021", "House Job, Civil Hospital Karachi (Psychiatry, Medicine)")]),
            ("US Clinical Experience", [("Aug 2024 – Sep 2024", "Elective rotation (hands-on), Psychiatry — BronxCare Health System, Bronx, NY"),
                                        ("Oct 2024", "Observership, Psychiatry — Maimonides Medical Center, Brooklyn, NY"),
                                        ("Jan 2025 – Mar 2025", "Tele-psychiatry rotation (virtual), outpatient practice, Southfield, MI")]),
            ("Experience (Pakistan)", [("2022 – 2024", "Medical Officer, Karwan-e-Hayat Psychiatric Care, Karachi")]),
            ("Publications", ["Malik AS, Qureshi H. Depression screening in hemodialysis patients. J Pak Med Assoc. 2022;72(10):1980-1984.",
                              "Malik AS, et al. Postpartum depression prevalence in Karachi. Asian J Psychiatr. 2023;84:103571.",
                              "Poster: APA Annual Meeting 2025."]),
            ("References", ["Dr. Jonathan Weiss, MD — Maimonides Medical Center — jweiss@maimonidesmed.org — (718) 283-6000",
                            "Dr. Priya Natarajan, MD — BronxCare Psychiatry — pnatarajan@bronxcare.org — +1 718 960 1234"]),
        ])))

# ---------------------------------------------------------------- 014 India, DOCX -> RTF via LibreOffice, Devanagari name
CVS.append(dict(
    id="014", layout="rtf_lo_from_docx", ext="rtf", kind="readable",
    truth=dict(
        full_name="Ananya Kulkarni", email="ananya.kulkarni27@gmail.com", phone_e164="+919022147730",
        medical_school="Seth GS Medical College and KEM Hospital", medical_school_country="IN", graduation_year=2022, is_student=False,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
        specialties=["Internal Medicine", "Endocrinology"], languages=["Marathi", "Hindi", "English", "German"],
        visa_status=None, publications=1,
        usce_entries=[E(H, "Internal Medicine", "IL", "2025-07", "2025-08"),
                      E(O, "Endocrinology", "IL", "2025-09", "2025-09")]),
    cv=dict(
        name="Dr. Ananya Kulkarni", name_alt="अनन्या कुलकर्णी", headline="MBBS (Mumbai) — Internal Medicine / Endocrinology",
        contacts=["ananya.kulkarni27@gmail.com", "+91 90221 47730", "Dadar (West), Mumbai 400028"],
        sections=[
            ("Education", [("Aug 2016 – Jan 2022", "MBBS, Seth GS Medical College & KEM Hospital, Mumbai (Maharashtra University of Health Sciences) — including one-year compulsory rotating internship (Jan 2021 – Jan 2022)")]),
            ("USMLE", [("Step 1", "Pass (2024)"), ("Step 2 CK", "Scheduled Feb 2027 (NBME 13 practice: 245)"), ("ECFMG", "Pending")]),
            ("US Clinical Experience", [("2025-07 to 2025-08", "Hands-on Elective, Internal Medicine — Mount Sinai Hospital, Chicago, IL"),
                                        ("2025-09", "Observership, Endocrinology — Northwestern Memorial Hospital, Chicago, IL")]),
            ("Work (India)", [("2022 – 2025", "Medical Officer, Diabetes clinic, KEM Hospital, Mumbai")]),
            ("Research", ["Kulkarni A, Joshi S. Prevalence of vitamin B12 deficiency in metformin users. J Assoc Physicians India. 2023;71(2):33-37.",
                          "Posters: ENDO 2025 (Chicago); RSSDI 2023."]),
            ("Interests", ["Internal Medicine; Endocrinology"]),
            ("Languages", ["Marathi, Hindi, English, German (A2)"]),
            ("References", ["Dr. Rachel Green, MD, Northwestern Endocrinology — rgreen@nm.org — 312-926-2000"]),
        ])))

# ---------------------------------------------------------------- 015 Bangladesh, plain TXT, Bengali name
CVS.append(dict(
    id="015", layout="txt_plain_bengali", ext="txt", kind="readable",
    truth=dict(
        full_name="Md. Rakibul Hasan", email="rakibul.hasan.ssmc@gmail.com", phone_e164="+8801819334762",
        medical_school="Sir Salimullah Medical College", medical_school_country="BD", graduation_year=2021, is_student=False,
        usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
        specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Bengali", "English"],
        visa_status="j1", publications=1,
        usce_entries=[E(H, "Internal Medicine", "NY", "2024-03", "2024-04"),
                      E(O, "Pulmonology/Critical Care", "OH", "2024-05", "2024-05")]),
    cv=dict(
        name="Md. Rakibul Hasan", name_alt="মোঃ রাকিবুল হাসান", headline="MBBS — Internal Medicine (Pulmonary & Critical Care interest)",
        contacts=["Mobile: +880 1819-334762", "E-mail: rakibul.hasan.ssmc@gmail.com", "Mitford Road, Old Dhaka-1100, Bangladesh"],
        sections=[
            ("ACADEMIC QUALIFICATION", [("MBBS", "Sir Salimullah Medical College, Dhaka (University of Dhaka). Session 2015-16. Final Professional MBBS Examination: May 2021."),
                                        ("Internship", "Sir Salimullah Medical College Mitford Hospital, Jul 2021 - Jun 2022")]),
            ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "236"), ("ECFMG", "Certified"), ("Visa", "J-1 required")]),
            ("USCE", [("Mar-Apr 2024", "Hands-on clinical rotation, Internal Medicine, Interfaith Medical Center, Brooklyn, NY"),
                      ("May 2024", "Observership, Pulmonary & Critical Care Medicine, University of Toledo Medical Center, Toledo, OH")]),
            ("WORK", [("2022 - present", "Medical Officer, Respiratory Medicine, National Institute of Diseases of the Chest & Hospital (NIDCH), Mohakhali")]),
            ("PUBLICATION", ["Hasan MR, Alam K. COPD exacerbation triggers in urban Dhaka. J Dhaka Med Coll. 2023;32(2):140-145."]),
            ("CAREER GOAL", ["Internal Medicine residency followed by Pulmonary & Critical Care fellowship"]),
            ("LANGUAGES", ["Bangla (mother tongue), English"]),
            ("REFERENCE", ["Dr. Ahmed Salem, MD, Interfaith Medical Center, Brooklyn NY - asalem@interfaithmedical.org - (718) 613-4000"]),
        ])))

# ---------------------------------------------------------------- 016 India student, fpdf2
CVS.append(dict(
    id="016", layout="pdf_fpdf2_student", ext="pdf", kind="readable",
    truth=dict(
        full_name="Mohammed Faizan Ansari", email="faizan.ansari@learner.manipal.edu", phone_e164="+919701033458",
        medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2027, is_student=True,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["General Surgery"], languages=["English", "Hindi", "Urdu", "Telugu"],
        visa_status="b1b2", publications=0,
        usce_entries=[E(H, "General Surgery", "IL", "2025-06", "2025-07"),
                      E(O, "General Surgery", "FL", "2025-08", "2025-08")]),
    cv=dict(
        name="Mohammed Faizan Ansari", headline="MBBS Intern (final phase) — aspiring General Surgery resident",
        contacts=["faizan.ansari@learner.manipal.edu", "+91-97010-33458", "Tolichowki, Hyderabad, Telangana"],
        sections=[
            ("Education", [("2021 – 2027 (expected)", "MBBS, Kasturba Medical College, Manipal (Manipal Academy of Higher Education). Final MBBS Part II exams completed Dec 2025; "
                                                       "currently in 12-month compulsory rotating internship (Feb 2026 – Jan 2027). Degree to be awarded after internship.")]),
            ("USMLE", [("Step 1", "PASS (2025)"), ("Step 2 CK", "planned 2027"), ("Visa", "Holds valid B1/B2 visa")]),
            ("US Clinical Electives", [("June 2025 – July 2025", "Clinical Elective (hands-on), General Surgery, John H. Stroger Jr. Hospital of Cook County, Chicago, IL"),
                                       ("2025/08", "Observership, Trauma & Acute Care Surgery, Ryder Trauma Center – Jackson Memorial Hospital, Miami, FL")]),
            ("Research", ["Manuscript submitted: Ansari MF et al. Surgical site infection after emergency laparotomy (under review).",
                          "Poster: ASICON 2025, Bengaluru."]),
            ("Leadership", ["President, Surgical Interest Group, KMC Manipal (2023–2024)"]),
            ("Languages", ["English, Hindi, Urdu, Telugu"]),
            ("References", ["Dr. Frank Ortiz, MD, FACS — Cook County Health Surgery — fortiz@cookcountyhhs.org — +1 312 864 6000"]),
        ])))

# ---------------------------------------------------------------- scans
CVS.append(dict(
    id="017", layout="scan_png_rotated", ext="png", kind="scan",
    truth=dict(
        full_name="Bilal Ahmed Chaudhry", email="bilal.chaudhry.nmu@gmail.com", phone_e164="+923336129045",
        medical_school="Nishtar Medical University", medical_school_country="PK", graduation_year=2018, is_student=False,
        usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
        specialties=["Internal Medicine"], languages=["Urdu", "English", "Saraiki", "Punjabi"],
        visa_status="j1", publications=1,
        usce_entries=[E(H, "Internal Medicine", "NY", "2023-06", "2023-08")]),
    cv=dict(
        name="Bilal Ahmed Chaudhry", headline="MBBS — Internal Medicine",
        contacts=["bilal.chaudhry.nmu@gmail.com", "+92 333 6129045", "Multan, Punjab, Pakistan"],
        sections=[
            ("Education", [("2013 – 2018", "MBBS, Nishtar Medical University, Multan"),
                           ("2018 – 2019", "House Job, Nishtar Hospital Multan")]),
            ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "247"), ("ECFMG", "Certified"), ("Visa", "J-1")]),
            ("US Clinical Experience", [("06/2023 – 08/2023", "Hands-on Externship, Internal Medicine, Wyckoff Heights Medical Center, Brooklyn, NY")]),
            ("Publications", ["Chaudhry BA, Iqbal T. Dengue outcomes in South Punjab. Pak J Med Sci. 2020;36(5):1021-1025."]),
            ("Languages", ["Urdu, English, Saraiki, Punjabi"]),
        ])))

CVS.append(dict(
    id="018", layout="scan_jpg_noisy", ext="jpg", kind="scan",
    truth=dict(
        full_name="Oluwaseun Adebayo Adeyemi", email="seun.adeyemi@gmail.com", phone_e164="+2348062184473",
        medical_school="University of Ibadan College of Medicine", medical_school_country="NG", graduation_year=2017, is_student=False,
        usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
        specialties=["Family Medicine"], languages=["English", "Yoruba"],
        visa_status=None, publications=0,
        usce_entries=[E(O, "Family Medicine", "MD", "2024-02", "2024-04")]),
    cv=dict(
        name="Oluwaseun Adebayo Adeyemi, MBBS", headline="Family Medicine",
        contacts=["seun.adeyemi@gmail.com", "+234 806 218 4473", "Bodija, Ibadan, Oyo State"],
        sections=[
            ("Education", [("2011 – 2017", "MBBS, College of Medicine, University of Ibadan")]),
            ("Housemanship", [("2017 – 2018", "House Officer, University College Hospital (UCH), Ibadan")]),
            ("US Experience", [("Feb – Apr 2024", "Observership, Family Medicine, MedStar Franklin Square Medical Center, Baltimore, MD")]),
            ("USMLE", [("Step 1", "Passed"), ("Step 2 CK", "232"), ("ECFMG", "Certified")]),
            ("Languages", ["English, Yoruba"]),
            ("Referee", ["Dr. Laura Benson, MD — lbenson@medstar.net — +1 443-777-7000"]),
        ])))

CVS.append(dict(
    id="019", layout="scan_pdf_lowcontrast", ext="pdf", kind="scan",
    truth=dict(
        full_name="Sneha Reddy Gangula", email="sneha.gangula@gmail.com", phone_e164="+919989072315",
        medical_school="Osmania Medical College", medical_school_country="IN", graduation_year=2019, is_student=False,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["Pediatrics"], languages=["English", "Telugu", "Hindi"],
        visa_status=None, publications=0,
        usce_entries=[E(H, "Pediatrics", "NY", "2025-01", "2025-02")]),
    cv=dict(
        name="Sneha Reddy Gangula", headline="MBBS — Pediatrics",
        contacts=["sneha.gangula@gmail.com", "+91 99890 72315", "Banjara Hills, Hyderabad"],
        sections=[
            ("Education", [("2013 – 2019", "MBBS, Osmania Medical College, Hyderabad (incl. compulsory internship 2018–2019)")]),
            ("USMLE", [("Step 1", "Pass")]),
            ("US Clinical Experience", [("01/2025 – 02/2025", "Pediatrics Elective (hands-on), SBH Health System (St. Barnabas Hospital), Bronx, NY")]),
            ("Work", [("2019 – 2024", "Medical Officer, Niloufer Hospital for Women & Children, Hyderabad")]),
            ("Interests", ["Pediatrics"]),
            ("Languages", ["English, Telugu, Hindi"]),
        ])))

CVS.append(dict(
    id="020", layout="scan_pdf_rotated_blur", ext="pdf", kind="scan",
    truth=dict(
        full_name="Kwame Boateng Mensah", email="kwame.b.mensah@gmail.com", phone_e164="+233208815362",
        medical_school="Kwame Nkrumah University of Science and Technology", medical_school_country="GH", graduation_year=2019, is_student=False,
        usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
        specialties=["Emergency Medicine"], languages=["English", "Twi"],
        visa_status="j1", publications=1,
        usce_entries=[E(O, "Emergency Medicine", "MN", "2025-09", "2025-09"),
                      E(H, "Emergency Medicine", "NY", "2025-10", "2025-11")]),
    cv=dict(
        name="Kwame Boateng Mensah", headline="MBChB (KNUST) — Emergency Medicine",
        contacts=["kwame.b.mensah@gmail.com", "+233 20 881 5362", "Kumasi, Ghana"],
        sections=[
            ("Education", [("2013 – 2019", "MBChB, School of Medicine and Dentistry, Kwame Nkrumah University of Science and Technology (KNUST), Kumasi")]),
            ("Housemanship", [("2019 – 2021", "House Officer, Komfo Anokye Teaching Hospital, Kumasi")]),
            ("US Clinical Experience", [("Sep 2025", "Observership, Emergency Medicine, Hennepin Healthcare, Minneapolis, MN"),
                                        ("Oct – Nov 2025", "Elective (hands-on), Emergency Medicine, NYC Health + Hospitals/Lincoln, Bronx, NY")]),
            ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "240"), ("ECFMG", "Certified"), ("Visa", "J-1")]),
            ("Publication", ["Mensah KB, Osei E. Snakebite management in Ashanti. Ghana Med J. 2022;56(1):12-17."]),
            ("Languages", ["English, Twi"]),
        ])))

CVS.append(dict(
    id="021", layout="scan_jpg_photo", ext="jpg", kind="scan",
    truth=dict(
        full_name="Brian Otieno Ochieng", email="brian.ochieng.md@gmail.com", phone_e164="+254712904336",
        medical_school="Moi University School of Medicine", medical_school_country="KE", graduation_year=2020, is_student=False,
        usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
        specialties=["Internal Medicine"], languages=["English", "Swahili", "Luo"],
        visa_status="j1", publications=0,
        usce_entries=[E(R, "Internal Medicine", "IN", "2022-01", "2022-06"),
                      E(O, "Internal Medicine", "IN", "2022-07", "2022-07")]),
    cv=dict(
        name="Brian Otieno Ochieng", headline="MBChB (Moi) — Internal Medicine",
        contacts=["brian.ochieng.md@gmail.com", "+254 712 904 336", "Eldoret, Kenya"],
        sections=[
            ("Education", [("2014 – 2020", "MBChB, Moi University School of Medicine, Eldoret")]),
            ("US Experience", [("Jan 2022 – Jun 2022", "Research Assistant, Dept. of Medicine, Indiana University School of Medicine, Indianapolis, IN"),
                               ("Jul 2022", "Observership, Internal Medicine, IU Health Methodist Hospital, Indianapolis, IN")]),
            ("USMLE", [("Step 1", "Pass"), ("Visa", "J-1 required")]),
            ("Languages", ["English, Kiswahili, Dholuo"]),
        ])))
