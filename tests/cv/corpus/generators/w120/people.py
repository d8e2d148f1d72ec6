# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w120.
Theme: IMGs already living in the US with complicated status and US work histories.
Each CV: id, layout, ext, name (display), contacts (list of lines), sections.
Section = (title, [items]); item = str (paragraph/bullet) or E(...) entry.
Truth is written by hand below each CV (not derived from the rendered text)."""


def E(title, dates="", place="", bullets=()):
    return {"title": title, "dates": dates, "place": place, "bullets": list(bullets)}


def U(typ, spec, state, start, end):
    return {"type": typ, "specialty": spec, "state": state, "start": start, "end": end}


CVS = []

# ---------------------------------------------------------------- 001
CVS.append(dict(
    id="001", layout="chromium_sidebar", ext="pdf",
    name="Adaeze Okonkwo-Bello, MBBS",
    headline="International Medical Graduate | Internal Medicine applicant",
    contacts=["Houston, TX 77054", "Cell: (713) 555-0182", "adaeze.okonkwobello@outlook.com",
              "Nigeria (family home): +234 803 555 2190", "US citizen (born Houston, TX)"],
    sidebar=[("Languages", ["English (native)", "Yoruba (fluent)", "Igbo (conversational)"]),
             ("Exams", ["USMLE Step 1: Pass (2022)", "USMLE Step 2 CK: 241 (2023)",
                        "UWSA2 practice: 248", "ECFMG Certified (June 2023)"]),
             ("Interests", ["Internal Medicine", "Cardiology"])],
    sections=[
        ("Education", [E("MBBS — University of Ibadan, College of Medicine", "2015 – 2021", "Ibadan, Nigeria"),
                       E("House Officer (internship), University College Hospital", "2021 – 2022", "Ibadan, Nigeria",
                         ["Rotations in medicine, surgery, paediatrics and O&G"])]),
        ("US Clinical Experience", [
            E("Observership — Internal Medicine", "02/2023 – 03/2023",
              "Baylor St. Luke's Medical Center, Houston, TX",
              ["Attended daily rounds with teaching team; presented two cases at noon conference"]),
            E("Clinical Externship — Family Medicine (hands-on)", "04/2023 – 06/2023",
              "Riverstone Family Health, Sugar Land, TX",
              ["Took histories, examined patients and wrote notes under supervision of Dr. Nkem Ude, MD"]),
            E("Research Volunteer — Division of Cardiology", "07/2023 – Present",
              "McGovern Medical School at UTHealth Houston, Houston, TX",
              ["Retrospective study of heart-failure readmissions; REDCap data abstraction"])]),
        ("US Work Experience", [
            E("Medical Scribe (ScribeAmerica)", "03/2022 – 01/2023", "Memorial Hermann ED, Houston, TX",
              ["Real-time documentation in Epic for emergency physicians (not clinical training)"])]),
        ("Publications", [
            "1. Okonkwo-Bello A, Adeyemi T, Ruiz M. Thirty-day readmission after heart-failure admission in a safety-net hospital. J Card Fail. 2024;30(8):1012-1019.",
            "2. Adeyemi T, Okonkwo-Bello A. Hypertension awareness among market traders in Ibadan. Niger J Clin Pract. 2022;25(4):455-461.",
            "Poster: Okonkwo-Bello A et al. SGLT2 inhibitor uptake at discharge. ACC Texas Chapter Meeting, 2024.",
            "Submitted: Okonkwo-Bello A, Ruiz M. Frailty and HF outcomes (under review)."]),
        ("References", ["Dr. Miguel Ruiz, MD, Associate Professor of Cardiology, UTHealth — miguel.ruiz.md@uthealth-mail.org — (713) 555-0110"]),
    ],
    truth=dict(full_name="Adaeze Okonkwo-Bello", email="adaeze.okonkwobello@outlook.com", phone_e164="+17135550182",
               medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["Internal Medicine", "Cardiology"], languages=["English", "Yoruba", "Igbo"], publications=2,
               usce_entries=[U("observership", "Internal Medicine", "TX", "2023-02", "2023-03"),
                             U("hands_on", "Family Medicine", "TX", "2023-04", "2023-06"),
                             U("research", "Cardiology", "TX", "2023-07", "2026-12")],
               usce_months=47, usce_months_clinical=5),
    tricky="US citizen born in TX who studied in Nigeria; scribe job is not USCE; Nigerian family phone secondary; research to Present; poster+submitted not counted"))

# ---------------------------------------------------------------- 002
CVS.append(dict(
    id="002", layout="chromium_classic", ext="pdf",
    name="Lucía Hernández Morales, M.D.",
    headline="",
    contacts=["4410 N 19th Ave, Apt 12, Phoenix, AZ 85015", "602.555.0119", "lucia.hdz.morales@gmail.com",
              "Status: DACA recipient — employment authorized (EAD valid through 08/2027)"],
    sections=[
        ("Objective", ["Bilingual physician seeking a categorical Pediatrics residency position, with a particular interest in care of immigrant children and families."]),
        ("Medical Education", [E("Médico Cirujano (MD equivalent)", "Aug 2017 – Jun 2023",
                                  "Universidad Autónoma de Guadalajara, Guadalajara, Jalisco, México",
                                  ["Servicio social (social service year) completed at Centro de Salud Tlaquepaque, 2022–2023"])]),
        ("Licensure & Examinations", ["USMLE Step 1 — Passed (first attempt), 2022",
                                      "USMLE Step 2 CK — 233 (2024)",
                                      "ECFMG certification — obtained March 2024",
                                      "NBME CBSSA practice form 30 — 238 (not an official score)"]),
        ("Clinical Experience in the United States", [
            E("Observer, General Pediatrics Inpatient Service", "Jan – Feb 2024",
              "Phoenix Children's Hospital, Phoenix, Arizona"),
            E("Research Volunteer, Department of Child Health", "09/2024 – 05/2025",
              "University of Arizona College of Medicine – Phoenix, AZ",
              ["Chart review on asthma ED visits among Spanish-speaking families; co-author of one paper"])]),
        ("Employment", [
            E("Medical Assistant (bilingual)", "07/2023 – present", "Valle del Sol Community Health, Phoenix, AZ",
              ["Rooming, vitals, vaccine administration, Spanish-English interpretation"]),
            E("Spanish Medical Interpreter (per diem)", "2019 – 2021 (summers)", "Banner Health, Phoenix, AZ")]),
        ("Publications & Presentations", [
            "Hernández Morales L, Whitaker J, Soto R. Language concordance and return ED visits for pediatric asthma. Pediatr Emerg Care. 2025;41(6):402-407.",
            "Poster — Hernández Morales L. Spanish-language asthma action plans. AzAAP Annual Meeting, Sept 2024.",
            "Poster — Vaccine hesitancy in a FQHC. Arizona Public Health Association, 2024."]),
        ("Languages", ["Spanish (native), English (fluent, full professional)"]),
        ("Reference", ["Jessica Whitaker, MD — Pediatric Hospitalist, Phoenix Children's — jwhitaker.peds@phxch-mail.org — 602-555-0190"]),
    ],
    truth=dict(full_name="Lucía Hernández Morales", email="lucia.hdz.morales@gmail.com", phone_e164="+16025550119",
               medical_school="Universidad Autónoma de Guadalajara", medical_school_country="MX", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Pediatrics"], languages=["Spanish", "English"], publications=1,
               usce_entries=[U("observership", "Pediatrics", "AZ", "2024-01", "2024-02"),
                             U("research", "Pediatrics", "AZ", "2024-09", "2025-05")],
               usce_months=11, usce_months_clinical=2),
    tricky="DACA/EAD is not one of the five visa values -> null; MA and interpreter jobs not USCE; NBME practice score; reference phone"))

# ---------------------------------------------------------------- 003
CVS.append(dict(
    id="003", layout="docx_table", ext="docx",
    name="Dr. Priya Raghunathan",
    headline="MBBS · Internal Medicine / Hematology-Oncology",
    contact_table=[("Address", "27 Oak Tree Rd, Edison, NJ 08820"), ("Mobile", "1-732-555-0164"),
                   ("India (home)", "+91 98401 55523"), ("Email", "priya.raghunathan.md@gmail.com"),
                   ("Immigration", "H-4 dependent spouse (H-4 EAD holder)")],
    sections=[
        ("Education", [E("MBBS", "2013 – 2019", "Madras Medical College (The Tamil Nadu Dr. M.G.R. Medical University), Chennai, India"),
                       E("Compulsory Rotatory Residential Internship", "2018 – 2019", "Rajiv Gandhi Government General Hospital, Chennai")]),
        ("Examinations", ["USMLE Step 1: PASS (2023)", "USMLE Step 2 CK: 248 (2024)", "ECFMG: Certified (2024)",
                          "NEET-PG 2020: 97th percentile"]),
        ("Clinical Experience (US)", [
            E("Observership, Internal Medicine", "03/2024 – 04/2024", "Saint Peter's University Hospital, New Brunswick, NJ"),
            E("Observership, Hematology & Medical Oncology", "15/07/2024 – 09/08/2024", "Mount Sinai Hospital, New York, NY")]),
        ("Clinical Experience (India)", [
            E("Junior Resident (non-academic), General Medicine", "05/2019 – 12/2021", "Government Stanley Medical College Hospital, Chennai")]),
        ("Work Experience (US)", [
            E("Clinical Research Coordinator (staff)", "06/2022 – present", "Rutgers Cancer Institute, New Brunswick, NJ",
              ["Screening and consenting trial participants, IRB submissions, EDC queries"])]),
        ("Publications", ["Raghunathan P, et al. Anemia in CKD stage 3-4 in South India. Indian J Nephrol. 2021;31(2):140-145.",
                          "Kumar S, Raghunathan P. Dengue-associated hepatitis: a case series. J Assoc Physicians India. 2020;68(9):33-36.",
                          "Raghunathan P, Lee K, Patel A. Enrollment disparities in phase I oncology trials. JCO Oncol Pract. 2024;20(3):210-217.",
                          "Abstract: Raghunathan P. Trial screening failures. ASCO Annual Meeting 2024 (abstract e13001)."]),
        ("Languages", ["English, Tamil, Hindi, Telugu"]),
        ("References", ["Dr. Anita Patel, MD — Rutgers Cancer Institute — (732) 555-0107 — apatel.onc@rci-mail.org"]),
    ],
    truth=dict(full_name="Priya Raghunathan", email="priya.raghunathan.md@gmail.com", phone_e164="+17325550164",
               medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["English", "Tamil", "Hindi", "Telugu"], publications=3,
               usce_entries=[U("observership", "Internal Medicine", "NJ", "2024-03", "2024-04"),
                             U("observership", "Hematology/Oncology", "NY", "2024-07", "2024-08")],
               usce_months=4, usce_months_clinical=4),
    tricky="contacts only in a table; H-4 -> null; research coordinator staff job not USCE; DD/MM/YYYY dates; 1-732 phone format; Indian home phone"))

# ---------------------------------------------------------------- 004
CVS.append(dict(
    id="004", layout="docx_header", ext="docx",
    name="Zahra Ahmadzai",
    native="زهرا احمدزی",
    header="Zahra Ahmadzai, MD  |  Sacramento, CA 95825  |  (916) 555-0133",
    footer="zahra.ahmadzai.md@yahoo.com  ·  Asylum pending — employment authorized (EAD, category C08)",
    contacts=[],
    sections=[
        ("Professional Summary", ["Afghan-trained physician (Doctor of Medicine, Kabul) with six years of obstetric and primary-care practice, resettled in Sacramento in 2021. Pursuing Family Medicine or Obstetrics & Gynecology residency."]),
        ("Education", [E("Doctor of Medicine (MD)", "2011 – 2018", "Kabul University of Medical Sciences (Abu Ali Ibn Sina), Kabul, Afghanistan")]),
        ("Examinations", ["USMLE Step 1 — pass (2023)", "USMLE Step 2 CK — 226 (2024)", "OET Medicine — B grade in all sub-tests (2024)",
                          "ECFMG certification — pending (awaiting final OET verification)"]),
        ("US Clinical Experience", [E("Observer, Family Medicine Residency Clinic", "Oct 2023 – Dec 2023", "Sutter Medical Center, Sacramento, California")]),
        ("Clinical Experience — Afghanistan", [
            E("General Practitioner / OB Medical Officer", "2018 – 2021", "Malalai Maternity Hospital, Kabul",
              ["Managed labour ward shifts; ~40 deliveries per week"])]),
        ("US Employment", [
            E("Medical Interpreter (Dari / Pashto)", "Feb 2022 – present", "UC Davis Health, Sacramento, CA"),
            E("Phlebotomist", "Nov 2021 – Jan 2022", "Quest Diagnostics PSC, Sacramento, CA")]),
        ("Presentations", ["Poster: Ahmadzai Z. Postpartum depression screening in Afghan refugee women. CAFP Research Day, 2024."]),
        ("Languages", ["Dari (native), Pashto (native), English (fluent), Urdu (conversational)"]),
    ],
    truth=dict(full_name="Zahra Ahmadzai", email="zahra.ahmadzai.md@yahoo.com", phone_e164="+19165550133",
               medical_school="Kabul University of Medical Sciences", medical_school_country="AF", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Family Medicine", "Obstetrics and Gynecology"], languages=["Dari", "Pashto", "English", "Urdu"], publications=0,
               usce_entries=[U("observership", "Family Medicine", "CA", "2023-10", "2023-12")],
               usce_months=3, usce_months_clinical=3),
    tricky="name/phone only in docx header, email only in footer; Persian-script name; asylum pending/EAD -> null visa; interpreter/phlebotomist not USCE; poster only -> 0 pubs"))

# ---------------------------------------------------------------- 005
CVS.append(dict(
    id="005", layout="lo_docx_pdf", ext="pdf",
    name="Dawit Tesfaye Bekele, MD",
    native="ዳዊት ተስፋዬ በቀለ",
    contacts=["8701 Georgia Ave, Silver Spring, MD 20910", "Phone: 301-555-0176", "Email: dawit.bekele.md@protonmail.com",
              "Addis Ababa (home): +251 911 55 3412", "Born 1991 · U.S. Permanent Resident (Diversity Visa DV-2019)"],
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "Sept 2011 – July 2017", "Addis Ababa University, College of Health Sciences, Addis Ababa, Ethiopia")]),
        ("USMLE / ECFMG", ["Step 1: Pass  |  Step 2 CK: 239  |  Step 3: 221  |  ECFMG certified 2022"]),
        ("US Clinical & Research Experience", [
            E("Research Fellow, Division of Infectious Diseases", "01/2023 – 12/2023",
              "Johns Hopkins University School of Medicine, Baltimore, MD",
              ["HIV pre-exposure prophylaxis adherence cohort; data analysis in R"]),
            E("Observership, Internal Medicine", "March 2024 – April 2024",
              "MedStar Washington Hospital Center, Washington, DC")]),
        ("Clinical Experience — Ethiopia", [
            E("General Practitioner", "2017 – 2019", "Tikur Anbessa Specialized Hospital, Addis Ababa")]),
        ("Employment in the US", [
            E("Emergency Medical Technician (EMT-B)", "2020 – 2022", "Montgomery County Fire & Rescue Service, MD"),
            E("Patient Care Technician", "2019 – 2020", "Holy Cross Hospital, Silver Spring, MD")]),
        ("Publications", [
            "Bekele DT, Mulugeta A. Tuberculosis treatment outcomes in Addis Ababa. Ethiop Med J. 2018;56(3):201-208.",
            "Bekele DT, et al. Hepatitis B prevalence among blood donors. BMC Infect Dis. 2019;19:744.",
            "Mulugeta A, Bekele DT. Antimicrobial resistance in neonatal sepsis. Pan Afr Med J. 2020;36:118.",
            "Bekele DT, Harris K, Owusu E. PrEP persistence among Black cisgender women in Baltimore. AIDS Behav. 2024;28(5):1655-1663.",
            "Posters (2): IDWeek 2023; CROI 2024."]),
        ("Languages", ["Amharic — native; Tigrinya — fluent; English — fluent"]),
        ("Career Interests", ["Internal Medicine, with future fellowship in Infectious Disease."]),
    ],
    truth=dict(full_name="Dawit Tesfaye Bekele", email="dawit.bekele.md@protonmail.com", phone_e164="+13015550176",
               medical_school="Addis Ababa University", medical_school_country="ET", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=221, ecfmg_status="certified", visa_status="green_card",
               specialties=["Internal Medicine", "Infectious Disease"], languages=["Amharic", "Tigrinya", "English"], publications=4,
               usce_entries=[U("research", "Infectious Disease", "MD", "2023-01", "2023-12"),
                             U("observership", "Internal Medicine", "DC", "2024-03", "2024-04")],
               usce_months=14, usce_months_clinical=2),
    tricky="DV lottery green card; DC observership; EMT/PCT jobs not USCE; Step 3 score; Ge'ez script name; birth year; posters not counted"))

# ---------------------------------------------------------------- 006
CVS.append(dict(
    id="006", layout="lo_odt_pdf", ext="pdf",
    name="Nguyễn Thị Thu Hà",
    contacts=["San Jose, California", "+1 (408) 555-0191", "thuha.nguyen.img@gmail.com", "U.S. Citizen (naturalized 2023)"],
    sections=[
        ("Education", [E("Doctor of Medicine (Bác sĩ Đa khoa)", "2010 – 2016", "Hanoi Medical University (Trường Đại học Y Hà Nội), Hà Nội, Vietnam")]),
        ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 236", "ECFMG Certified (2021)"]),
        ("Clinical Experience in the USA", [
            E("Telehealth Observership — Internal Medicine (virtual)", "01/2022 – 02/2022", "Cleveland Clinic, Cleveland, OH (remote)"),
            E("Observer — Geriatric Medicine Clinic", "06/2022 – 08/2022", "VA Palo Alto Health Care System, Palo Alto, CA")]),
        ("Clinical Experience in Vietnam", [E("Resident physician, Geriatrics", "2016 – 2018", "National Geriatric Hospital, Hà Nội")]),
        ("Other US Work", [E("Medical Assistant", "2019 – 2021", "Tâm An Family Clinic, San Jose, CA"),
                           E("COVID-19 Vaccination Site Volunteer", "Spring 2021", "Santa Clara County Public Health")]),
        ("Publications", ["Nguyen TTH, Pham VT. Polypharmacy in elderly outpatients in Hanoi. Vietnam Med J. 2018;468(2):77-81."]),
        ("Interests", ["Geriatrics, Internal Medicine"]),
        ("Languages", ["Vietnamese (native), English (fluent), French (intermediate)"]),
    ],
    truth=dict(full_name="Nguyễn Thị Thu Hà", email="thuha.nguyen.img@gmail.com", phone_e164="+14085550191",
               medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2016, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["Geriatrics", "Internal Medicine"], languages=["Vietnamese", "English", "French"], publications=1,
               usce_entries=[U("telehealth", "Internal Medicine", "OH", "2022-01", "2022-02"),
                             U("observership", "Geriatrics", "CA", "2022-06", "2022-08")],
               usce_months=5, usce_months_clinical=3),
    tricky="naturalized citizen; Vietnamese diacritics in name; telehealth entry excluded from clinical months; medical assistant job not USCE"))

# ---------------------------------------------------------------- 007
CVS.append(dict(
    id="007", layout="odt", ext="odt",
    name="Ana Paula Ferreira Lima",
    contacts=["Pittsburgh, PA 15213", "US cell: 412 555 0128", "Brasil: +55 31 99555-4021", "anapaula.flima@hotmail.com",
              "Immigration status: J-2 dependent (spouse is J-1 research scholar); J-2 EAD"],
    sections=[
        ("Formação / Education", [E("Médica (MD), Faculdade de Medicina", "2014 – 2020", "Universidade Federal de Minas Gerais (UFMG), Belo Horizonte, Brazil"),
                                   E("Residência Médica em Anestesiologia (incomplete, 1 year)", "2021 – 2022", "Hospital das Clínicas da UFMG")]),
        ("USMLE", ["Step 1: Pass (2024)", "Step 2 CK: scheduled for February 2027"]),
        ("Research & Clinical Experience — United States", [
            E("Visiting Research Scholar, Department of Anesthesiology and Perioperative Medicine", "Aug 2024 – present",
              "University of Pittsburgh School of Medicine, Pittsburgh, PA",
              ["Perioperative delirium outcomes database; statistical analysis"]),
            E("Clinical Observership, Anesthesiology", "Jan 6 – Jan 31, 2025", "UPMC Presbyterian, Pittsburgh, PA")]),
        ("Publications", ["Ferreira Lima AP, Souza RM. Spinal anesthesia for cesarean delivery: hypotension predictors. Braz J Anesthesiol. 2022;72(4):455-461.",
                          "Ferreira Lima AP, Chen L, Martin DE. Postoperative delirium after hip fracture surgery. Anesth Analg. 2025;140(2):310-318.",
                          "Manuscript in preparation: Frailty indices and delirium."]),
        ("Career Goal", ["Anesthesiology residency."]),
        ("Languages", ["Portuguese (native); English (C1); Spanish (B2)"]),
    ],
    truth=dict(full_name="Ana Paula Ferreira Lima", email="anapaula.flima@hotmail.com", phone_e164="+14125550128",
               medical_school="Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
               specialties=["Anesthesiology"], languages=["Portuguese", "English", "Spanish"], publications=2,
               usce_entries=[U("research", "Anesthesiology", "PA", "2024-08", "2026-12"),
                             U("observership", "Anesthesiology", "PA", "2025-01", "2025-01")],
               usce_months=29, usce_months_clinical=1),
    tricky="J-2 dependent is not J-1 -> null; observership inside ongoing research (overlap counted once); Step 2 CK only scheduled; raw ODT; incomplete residency"))

# ---------------------------------------------------------------- 008
CVS.append(dict(
    id="008", layout="fpdf2", ext="pdf",
    name="Oleksandr Kovalenko",
    native="Олександр Коваленко",
    contacts=["Chicago, IL 60618 · (773) 555-0147 · o.kovalenko.neuro@gmail.com",
              "Status: Uniting for Ukraine humanitarian parolee, EAD (no visa held)"],
    sections=[
        ("Education", [E("Medical Doctor (Лікар), Faculty of Medicine No. 2", "2016 – 2022", "Bogomolets National Medical University, Kyiv, Ukraine"),
                       E("Internship, Neurology", "2022 – 2023", "Kyiv City Clinical Hospital No. 4 (interrupted by relocation)")]),
        ("USMLE & Certification", ["Step 1 — Pass", "Step 2 CK — 244", "ECFMG Certified — 2024", "KROK 2 (Ukraine licensing exam) — 189/200"]),
        ("US Clinical Experience", [
            E("Observership, Neurology (stroke & general)", "07.2024 – 08.2024", "Rush University Medical Center, Chicago, IL"),
            E("Research Volunteer, Ken & Ruth Davee Department of Neurology", "10/2024 – 03/2025", "Northwestern University Feinberg School of Medicine, Chicago, IL",
              ["Epilepsy surgery outcomes registry"])]),
        ("Employment (US)", [E("Phlebotomist", "2023 – present", "Quest Diagnostics, Chicago, IL"),
                             E("Ukrainian/Russian interpreter (volunteer)", "2022 – 2023", "Ukrainian Congress Committee, Chicago")]),
        ("Publications", ["Kovalenko O, Shevchenko I. Post-stroke depression in a Kyiv cohort. Ukr Neurol J. 2021;(3):22-28."]),
        ("Specialty Interests", ["Neurology; Psychiatry"]),
        ("Languages", ["Ukrainian, Russian, English, Polish"]),
    ],
    truth=dict(full_name="Oleksandr Kovalenko", email="o.kovalenko.neuro@gmail.com", phone_e164="+17735550147",
               medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Neurology", "Psychiatry"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=1,
               usce_entries=[U("observership", "Neurology", "IL", "2024-07", "2024-08"),
                             U("research", "Neurology", "IL", "2024-10", "2025-03")],
               usce_months=8, usce_months_clinical=2),
    tricky="humanitarian parole/EAD -> null visa; Cyrillic name; MM.YYYY dates; KROK score not USMLE; phlebotomist job not USCE"))

# ---------------------------------------------------------------- 009
CVS.append(dict(
    id="009", layout="reportlab", ext="pdf",
    name="Rachel Goldstein-Mizrahi, MD",
    contacts=["Brooklyn, NY 11230", "1 (718) 555-0139", "rachel.gmizrahi@icloud.com", "U.S. citizen"],
    sections=[
        ("Education", [E("Doctor of Medicine (MD), New York State/American Program", "2020 – 2024", "Sackler Faculty of Medicine, Tel Aviv University, Tel Aviv, Israel"),
                       E("B.A. Biology", "2014 – 2018", "Brooklyn College, CUNY, Brooklyn, NY")]),
        ("Licensing Exams", ["USMLE Step 1: Pass (2022)", "USMLE Step 2 CK: 255 (2023)", "ECFMG: Certified (2024)"]),
        ("Clinical Rotations — United States", [
            E("Sub-Internship, Emergency Medicine", "09/2023 – 10/2023", "Jacobi Medical Center, Bronx, NY", ["Managed own patients, 12-hour shifts, procedures under supervision"]),
            E("Elective, Emergency Medicine", "11/2023", "Hackensack University Medical Center, Hackensack, NJ")]),
        ("Clinical Rotations — Israel", [E("Core clerkships (Medicine, Surgery, Pediatrics, OB/GYN, Psychiatry)", "2022 – 2023", "Tel Aviv Sourasky Medical Center; Sheba Medical Center")]),
        ("Work Experience", [E("EMT (volunteer)", "2016 – 2018", "Hatzalah of Flatbush, Brooklyn, NY"),
                             E("Medical Scribe", "2018 – 2020", "NYU Langone Brooklyn Emergency Department")]),
        ("Research & Publications", ["Goldstein-Mizrahi R, Levi O. Point-of-care ultrasound for pediatric forearm fractures. Am J Emerg Med. 2023;68:101-105.",
                                     "Levi O, Goldstein-Mizrahi R, Cohen A. Triage accuracy during mass-casualty drills. Isr J Health Policy Res. 2024;13:12.",
                                     "Oral presentation: SAEM Mid-Atlantic Regional 2023."]),
        ("Specialty", ["Emergency Medicine"]),
        ("Languages", ["English (native), Hebrew (fluent), Russian (heritage speaker)"]),
    ],
    truth=dict(full_name="Rachel Goldstein-Mizrahi", email="rachel.gmizrahi@icloud.com", phone_e164="+17185550139",
               medical_school="Sackler Faculty of Medicine, Tel Aviv University", medical_school_country="IL", graduation_year=2024, is_student=False,
               usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["Emergency Medicine"], languages=["English", "Hebrew", "Russian"], publications=2,
               usce_entries=[U("hands_on", "Emergency Medicine", "NY", "2023-09", "2023-10"),
                             U("hands_on", "Emergency Medicine", "NJ", "2023-11", "2023-11")],
               usce_months=3, usce_months_clinical=3),
    tricky="US citizen IMG (Israel); B.A. from US college is pre-med not primary degree; EMT/scribe not USCE; single-month entry '11/2023'; Israeli clerkships not USCE"))

# ---------------------------------------------------------------- 010
CVS.append(dict(
    id="010", layout="txt", ext="txt",
    name="MARIA CRISTINA DELA CRUZ SANTOS, MD",
    contacts=["Daly City, CA 94014", "Tel: +1 650 555 0102", "E-mail: mcdcsantos.md@gmail.com",
              "Immigration: Lawful Permanent Resident (family-based, I-130 petition by parent)"],
    sections=[
        ("EDUCATION", [E("Doctor of Medicine", "June 2011 - May 2015", "University of Santo Tomas Faculty of Medicine and Surgery, Manila, Philippines"),
                       E("Postgraduate Internship", "2015 - 2016", "University of Santo Tomas Hospital")]),
        ("POSTGRADUATE TRAINING (PHILIPPINES)", [E("Residency, Internal Medicine (completed)", "2016 - 2019", "Philippine General Hospital, Manila")]),
        ("EXAMINATIONS", ["USMLE Step 1 ..... PASSED", "USMLE Step 2 CK .. 229", "ECFMG .......... Certified (2024)",
                          "Philippine Physician Licensure Exam .. passed 2016"]),
        ("US CLINICAL EXPERIENCE", [
            E("Observership, Internal Medicine", "June 2 - June 27, 2025", "Seton Medical Center, Daly City, CA"),
            E("Observership, Nephrology", "Sep 2025 - Oct 2025", "UCSF Medical Center, San Francisco, CA")]),
        ("US EMPLOYMENT", [E("Medical Assistant", "2021 - present", "Kaiser Permanente South San Francisco (Primary Care)"),
                           E("Caregiver", "2019 - 2021", "Private home care, Daly City, CA")]),
        ("PUBLICATION", ["Santos MCDC, Reyes J. Leptospirosis with acute kidney injury: outcomes of early dialysis. Acta Med Philipp. 2019;53(4):312-318."]),
        ("INTERESTS", ["Internal Medicine; Nephrology"]),
        ("LANGUAGES", ["Tagalog, English, Cebuano"]),
        ("REFERENCES", ["Dr. Ramon Villanueva, Nephrology, UCSF - ramon.villanueva@ucsf-mail.org - 415.555.0166"]),
    ],
    truth=dict(full_name="Maria Cristina Dela Cruz Santos", email="mcdcsantos.md@gmail.com", phone_e164="+16505550102",
               medical_school="University of Santo Tomas", medical_school_country="PH", graduation_year=2015, is_student=False,
               usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
               specialties=["Internal Medicine", "Nephrology"], languages=["Tagalog", "English", "Cebuano"], publications=1,
               usce_entries=[U("observership", "Internal Medicine", "CA", "2025-06", "2025-06"),
                             U("observership", "Nephrology", "CA", "2025-09", "2025-10")],
               usce_months=3, usce_months_clinical=3),
    tricky="plain text, all-caps name; LPR via family -> green_card; Philippine residency not USCE; day ranges within a month; referee phone"))

# ---------------------------------------------------------------- 011
CVS.append(dict(
    id="011", layout="rtf", ext="rtf",
    name="José Gregorio Márquez Villalobos",
    contacts=["Doral, FL 33178", "Móvil (US): 305-555-0168", "Venezuela: +58 412-555-3321", "jg.marquez.villalobos@gmail.com",
              "Status: Asylee (asylum granted 2023); adjustment of status (I-485) pending"],
    sections=[
        ("Education", [E("Médico Cirujano", "2008 – 2014", "Universidad Central de Venezuela, Escuela de Medicina Luis Razetti, Caracas")]),
        ("Postgraduate (Venezuela)", [E("Postgrado de Medicina Interna", "2015 – 2018", "Hospital Universitario de Caracas")]),
        ("USMLE", ["Step 1: PASS", "Step 2 CK: 231", "ECFMG Certified (2023)"]),
        ("US Clinical Experience", [
            E("Observership, Internal Medicine", "01/2024 - 03/2024", "Jackson Memorial Hospital, Miami, FL"),
            E("Observership, Pulmonary & Critical Care Medicine", "03/2024 - 04/2024", "Mount Sinai Medical Center, Miami Beach, FL")]),
        ("Other Clinical Experience", [E("Clinical externship, Internal Medicine", "Aug 2023", "Hospital Auxilio Mutuo, San Juan, Puerto Rico")]),
        ("US Work Experience", [E("Emergency Department Scribe", "2022 – 2023", "Baptist Health South Florida, Miami, FL"),
                                E("Spanish Medical Interpreter", "2021 – 2022", "LanguageLine Solutions (remote)")]),
        ("Publications", ["Márquez JG, Rangel P. Tuberculosis pleural en pacientes VIH. Gac Méd Caracas. 2017;125(2):98-104.",
                          "Márquez JG, et al. Neumonía adquirida en la comunidad: adherencia a guías. Med Interna (Caracas). 2018;34(1):20-27."]),
        ("Specialty Interest", ["Pulmonary and Critical Care (track: Internal Medicine residency)"]),
        ("Languages", ["Spanish (native), English (fluent), Italian (basic)"]),
    ],
    truth=dict(full_name="José Gregorio Márquez Villalobos", email="jg.marquez.villalobos@gmail.com", phone_e164="+13055550168",
               medical_school="Universidad Central de Venezuela", medical_school_country="VE", graduation_year=2014, is_student=False,
               usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["Spanish", "English", "Italian"], publications=2,
               usce_entries=[U("observership", "Internal Medicine", "FL", "2024-01", "2024-03"),
                             U("observership", "Pulmonology/Critical Care", "FL", "2024-03", "2024-04")],
               usce_months=4, usce_months_clinical=4),
    tricky="RTF with accents; asylee + pending I-485 -> null; Puerto Rico externship is not a state; overlapping March; scribe/interpreter not USCE"))

# ---------------------------------------------------------------- 012
CVS.append(dict(
    id="012", layout="chromium_twocol", ext="pdf",
    name="Jean-Baptiste Pierre-Louis",
    contacts=["Mattapan, MA 02126", "617 555 0115", "jb.pierrelouis.md@gmail.com", "Haiti: +509 3755 1234",
              "Temporary Protected Status (TPS) — EAD"],
    sections=[
        ("Education", [E("Docteur en Médecine", "2012 – 2019", "Université d'État d'Haïti, Faculté de Médecine et de Pharmacie, Port-au-Prince")]),
        ("Service social (Haiti)", [E("Médecin de service social", "2019 – 2020", "Hôpital Sainte-Thérèse, Hinche")]),
        ("Exams", ["USMLE Step 1: pass", "USMLE Step 2 CK: 222", "ECFMG: certified"]),
        ("US Clinical Experience", [
            E("Observer, Family Medicine", "June 3 – July 26, 2024", "Cambridge Health Alliance, Malden, MA"),
            E("Research Volunteer, Division of Infectious Diseases", "2025-01 to 2025-06", "Massachusetts General Hospital, Boston, MA",
              ["Cholera vaccine coverage modelling for Haiti"])]),
        ("US Employment", [E("Certified Phlebotomy Technician", "2022 – 2024", "Boston Medical Center, Boston, MA"),
                           E("Haitian Creole Medical Interpreter", "2024 – present", "Cambridge Health Alliance")]),
        ("Publications", ["Pierre-Louis JB, Joseph M, Ivers LC. Oral cholera vaccine coverage in the Artibonite. Am J Trop Med Hyg. 2025;112(4):801-807.",
                          "Abstract: ASTMH 2025 Annual Meeting."]),
        ("Goal", ["Family Medicine residency"]),
        ("Languages", ["Haitian Creole, French, English, Spanish"]),
    ],
    truth=dict(full_name="Jean-Baptiste Pierre-Louis", email="jb.pierrelouis.md@gmail.com", phone_e164="+16175550115",
               medical_school="Université d'État d'Haïti", medical_school_country="HT", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=222, usmle_step3=None, ecfmg_status="certified", visa_status=None,
               specialties=["Family Medicine"], languages=["Haitian Creole", "French", "English", "Spanish"], publications=1,
               usce_entries=[U("observership", "Family Medicine", "MA", "2024-06", "2024-07"),
                             U("research", "Infectious Disease", "MA", "2025-01", "2025-06")],
               usce_months=8, usce_months_clinical=2),
    tricky="TPS -> null visa; ISO 'YYYY-MM to YYYY-MM' dates; phlebotomy/interpreter jobs not USCE; Haitian phone; research specialty differs from goal"))

# ---------------------------------------------------------------- 013
CVS.append(dict(
    id="013", layout="docx_plain", ext="docx",
    name="Rama Al-Khatib, MD",
    native="راما الخطيب",
    contacts=["Troy, MI 48084  •  (248) 555-0120  •  rama.alkhatib.md@gmail.com",
              "U.S. Permanent Resident (admitted as refugee 2016; green card 2018)"],
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "2009 – 2015", "Faculty of Medicine, Damascus University, Damascus, Syria")]),
        ("USMLE", ["Step 1 – Pass (2022); Step 2 CK – 240 (2022); Step 3 – 219 (2024); ECFMG certified"]),
        ("US Clinical Experience", [
            E("Observership, Endocrinology, Diabetes & Bone Disease", "Feb 2023 – Apr 2023", "Henry Ford Hospital, Detroit, MI"),
            E("Clinical Externship (hands-on), Internal Medicine", "05/2023 – 07/2023", "Corewell Health William Beaumont University Hospital, Royal Oak, MI",
              ["Pre-rounded, presented, drafted notes co-signed by attending"])]),
        ("US Employment", [
            E("Clinical Research Coordinator", "2018 – 2022", "Henry Ford Health, Department of Endocrinology, Detroit, MI",
              ["Coordinated 6 diabetes-device trials (staff position)"]),
            E("Arabic Medical Interpreter", "2016 – 2018", "ACCESS Community Health & Research Center, Dearborn, MI")]),
        ("Publications (peer-reviewed)", [
            "1. Al-Khatib R, et al. Continuous glucose monitoring in Ramadan fasting. Diabetes Care. 2021;44(9):e170-e171.",
            "2. Haddad F, Al-Khatib R. Thyroid nodules in refugees. Endocr Pract. 2020;26(11):1280-1285.",
            "3. Al-Khatib R, Haddad F. Insulin pump discontinuation. Diabetes Technol Ther. 2022;24(3):190-196.",
            "4. Brown T, Al-Khatib R, Haddad F. Hybrid closed-loop in type 2 diabetes. J Diabetes Sci Technol. 2022;16(5):1150-1157.",
            "5. Al-Khatib R. Osteoporosis screening in Arab-American women. Arch Osteoporos. 2023;18:44."]),
        ("Abstracts", ["Three abstracts at ADA Scientific Sessions (2020, 2021, 2022)."]),
        ("Interests", ["Endocrinology (fellowship goal) via Internal Medicine residency"]),
        ("Languages", ["Arabic (native), English (fluent), Turkish (intermediate)"]),
    ],
    truth=dict(full_name="Rama Al-Khatib", email="rama.alkhatib.md@gmail.com", phone_e164="+12485550120",
               medical_school="Damascus University", medical_school_country="SY", graduation_year=2015, is_student=False,
               usmle_step1="pass", usmle_step2ck=240, usmle_step3=219, ecfmg_status="certified", visa_status="green_card",
               specialties=["Endocrinology", "Internal Medicine"], languages=["Arabic", "English", "Turkish"], publications=5,
               usce_entries=[U("observership", "Endocrinology", "MI", "2023-02", "2023-04"),
                             U("hands_on", "Internal Medicine", "MI", "2023-05", "2023-07")],
               usce_months=6, usce_months_clinical=6),
    tricky="former refugee now green card; research coordinator staff job (with publications) not USCE; Arabic script name; abstracts not counted"))

# ---------------------------------------------------------------- 014
CVS.append(dict(
    id="014", layout="lo_docx_twocol_pdf", ext="pdf",
    name="Daniel Seung-woo Kim",
    contacts=["Fort Lee, NJ 07024", "201.555.0173", "dkim.sgu27@gmail.com", "Citizenship: United States"],
    sections=[
        ("Education", [E("Doctor of Medicine (MD) candidate — expected May 2027", "2023 – present", "St. George's University School of Medicine, St. George's, Grenada"),
                       E("B.S. Biochemistry", "2016 – 2020", "Rutgers University, New Brunswick, NJ")]),
        ("Examinations", ["USMLE Step 1: Pass (2025)", "USMLE Step 2 CK: not yet taken (planned 03/2027)", "NBME CCSE: 82"]),
        ("Core Clinical Clerkships (USA)", [
            E("Surgery", "08/2025 – 10/2025", "St. Joseph's University Medical Center, Paterson, NJ"),
            E("Internal Medicine", "11/2025 – 01/2026", "Saint Michael's Medical Center, Newark, NJ"),
            E("Psychiatry", "02/2026 – 03/2026", "Kingsbrook Behavioral Health, Brooklyn, NY"),
            E("Pediatrics", "Nov 2026 – present", "Brookdale Hospital Medical Center, Brooklyn, NY")]),
        ("Work Experience", [E("Emergency Medical Technician", "2018 – 2020", "Fort Lee Volunteer Ambulance Corps, NJ"),
                             E("Research Assistant (undergraduate)", "2019 – 2020", "Rutgers Department of Chemistry")]),
        ("Presentations", ["Poster: Kim DS. Trauma activation criteria and over-triage. SGU Research Day 2026."]),
        ("Career Interest", ["General Surgery"]),
        ("Languages", ["English, Korean"]),
    ],
    truth=dict(full_name="Daniel Seung-woo Kim", email="dkim.sgu27@gmail.com", phone_e164="+12015550173",
               medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="citizen",
               specialties=["General Surgery"], languages=["English", "Korean"], publications=0,
               usce_entries=[U("hands_on", "General Surgery", "NJ", "2025-08", "2025-10"),
                             U("hands_on", "Internal Medicine", "NJ", "2025-11", "2026-01"),
                             U("hands_on", "Psychiatry", "NY", "2026-02", "2026-03"),
                             U("hands_on", "Pediatrics", "NY", "2026-11", "2026-12")],
               usce_months=10, usce_months_clinical=10),
    tricky="student (expected 2027); US citizen at Caribbean school; core clerkships in US are hands-on; 'present' -> 2026-12; NBME CCSE not USMLE; Hangul name; two-column table"))

# ---------------------------------------------------------------- 015
CVS.append(dict(
    id="015", layout="reportlab_table", ext="pdf",
    name="Ahmed Hassan Mahmoud, MBBCh",
    contacts=["Minneapolis, MN 55455", "Mobile: 612-555-0150", "Work: 612-555-0100 ext. 4471", "ahmed.h.mahmoud.gi@gmail.com",
              "Visa: H-1B (University of Minnesota, valid to 2027)"],
    sections=[
        ("Education", [E("MBBCh (Bachelor of Medicine & Surgery)", "2008 – 2014", "Faculty of Medicine, Cairo University (Kasr Al Ainy), Egypt"),
                       E("Internship (house officer year)", "2014 – 2015", "Kasr Al Ainy University Hospitals"),
                       E("Master's degree (MSc) in Internal Medicine", "2016 – 2019", "Cairo University")]),
        ("USMLE", ["Step 1: 242", "Step 2 CK: 250", "Step 2 CS: Pass (2019)", "ECFMG Certified"]),
        ("US Experience", [
            E("Postdoctoral Research Fellow, Division of Gastroenterology, Hepatology & Nutrition", "09/2021 – present", "University of Minnesota Medical School, Minneapolis, MN",
              ["IBD translational studies; supervised by Dr. Karen Olson, MD"]),
            E("Observership, Gastroenterology & Hepatology", "2023-05 – 2023-06", "Mayo Clinic, Rochester, MN")]),
        ("Publications", ["Nine peer-reviewed articles, including:",
                          "Mahmoud AH, Olson K. Fecal calprotectin kinetics after infliximab. Inflamm Bowel Dis. 2024;30(2):221-229.",
                          "Mahmoud AH, et al. HCV eradication in Egypt: real-world SVR. J Hepatol. 2019;70(1):e211.",
                          "(Full list on request.) Also 4 conference abstracts (DDW 2022–2025)."]),
        ("Interests", ["Gastroenterology (fellowship) after Internal Medicine residency"]),
        ("Languages", ["Arabic (native), English (fluent)"]),
        ("Referee", ["Karen Olson, MD, PhD — Professor of Medicine, University of Minnesota — kolson.gi@umn-mail.org — (612) 555-0199"]),
    ],
    truth=dict(full_name="Ahmed Hassan Mahmoud", email="ahmed.h.mahmoud.gi@gmail.com", phone_e164="+16125550150",
               medical_school="Cairo University", medical_school_country="EG", graduation_year=2014, is_student=False,
               usmle_step1=242, usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
               specialties=["Gastroenterology", "Internal Medicine"], languages=["Arabic", "English"], publications=9,
               usce_entries=[U("research", "Gastroenterology", "MN", "2021-09", "2026-12"),
                             U("observership", "Gastroenterology", "MN", "2023-05", "2023-06")],
               usce_months=64, usce_months_clinical=2),
    tricky="numeric Step 1 (pre-2022); Step 2 CS not USMLE score; H-1B through research job; work phone vs mobile; '9 peer-reviewed' stated as a count; observership inside long research"))

# ---------------------------------------------------------------- 016
CVS.append(dict(
    id="016", layout="lo_rtf_pdf", ext="pdf",
    name="Fatima Zahra Benali",
    contacts=["Casablanca, Maroc — currently visiting family in Queens, NY", "WhatsApp / Mobile: +212 661-55 48 20",
              "fz.benali.med@gmail.com", "Current US status: B1/B2 visitor visa (valid until 2029)"],
    sections=[
        ("Formation", [E("Doctorat en Médecine", "2016 – 2023", "Faculté de Médecine et de Pharmacie de Casablanca (Université Hassan II), Morocco")]),
        ("USMLE", ["Step 1 – Pass", "Step 2 CK – 238", "ECFMG Certification – Certified (2025)"]),
        ("US Clinical Experience", [
            E("Observership, Internal Medicine", "03/10/2025 – 31/10/2025", "NYC Health + Hospitals/Elmhurst, Queens, NY"),
            E("Observership, Rheumatology", "Nov 2025", "Hospital for Special Surgery, New York, NY")]),
        ("Clinical Experience (Morocco)", [E("Médecin interne, Rheumatology & Internal Medicine", "2021 – 2023", "CHU Ibn Rochd, Casablanca")]),
        ("Publication", ["Benali FZ, El Idrissi M. Lupus nephritis in Moroccan patients. Rev Mar Rhumatol. 2023;64:15-21."]),
        ("Specialties of interest", ["Rheumatology, Internal Medicine"]),
        ("Languages", ["Arabic, French, English, Spanish"]),
    ],
    truth=dict(full_name="Fatima Zahra Benali", email="fz.benali.med@gmail.com", phone_e164="+212661554820",
               medical_school="Faculté de Médecine et de Pharmacie de Casablanca", medical_school_country="MA", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Rheumatology", "Internal Medicine"], languages=["Arabic", "French", "English", "Spanish"], publications=1,
               usce_entries=[U("observership", "Internal Medicine", "NY", "2025-10", "2025-10"),
                             U("observership", "Rheumatology", "NY", "2025-11", "2025-11")],
               usce_months=2, usce_months_clinical=2),
    tricky="B1/B2 visitor; only a Moroccan phone; DD/MM/YYYY dates (03/10 = 3 Oct); RTF converted by LibreOffice"))

# ---------------------------------------------------------------- scans 017-021 (rendered then degraded)
CVS.append(dict(
    id="017", layout="scan_pdf", ext="pdf", base="chromium_classic",
    name="Ayesha Siddiqui, MBBS",
    contacts=["Irving, TX 75038", "469-555-0107", "ayesha.siddiqui.psych@gmail.com", "Naturalized U.S. citizen (2020)"],
    sections=[
        ("Education", [E("MBBS", "2007 – 2012", "King Edward Medical University, Lahore, Pakistan"),
                       E("House Job (internship)", "2012 – 2013", "Mayo Hospital, Lahore")]),
        ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 232", "ECFMG certified (2021)"]),
        ("US Clinical Experience", [E("Observership, Psychiatry", "Aug 2021 – Oct 2021", "Parkland Memorial Hospital, Dallas, TX")]),
        ("US Employment", [E("Clinical Research Coordinator", "2015 – 2019", "UT Southwestern, Department of Psychiatry, Dallas, TX")]),
        ("Publications", ["Siddiqui A, et al. Depression screening in South Asian immigrants. J Immigr Minor Health. 2018;20(5):1133-1139.",
                          "Siddiqui A, Trivedi R. Ketamine infusion logistics. Psychiatr Serv. 2019;70(7):628-630.",
                          "Khan N, Siddiqui A. Postpartum psychosis in Lahore. J Pak Med Assoc. 2013;63(10):1250-1254."]),
        ("Specialty", ["Psychiatry"]),
        ("Languages", ["Urdu, Punjabi, English, Hindi"]),
    ],
    truth=dict(full_name="Ayesha Siddiqui", email="ayesha.siddiqui.psych@gmail.com", phone_e164="+14695550107",
               medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2012, is_student=False,
               usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["Psychiatry"], languages=["Urdu", "Punjabi", "English", "Hindi"], publications=3,
               usce_entries=[U("observership", "Psychiatry", "TX", "2021-08", "2021-10")],
               usce_months=3, usce_months_clinical=3),
    tricky="image-only PDF scan (rotation, noise); naturalized citizen; CRC job not USCE"))

CVS.append(dict(
    id="018", layout="scan_png", ext="png", base="fpdf2",
    name="Sabina Shrestha",
    native="सबिना श्रेष्ठ",
    contacts=["Columbus, OH 43215 | 614.555.0188 | sabina.shrestha.path@gmail.com",
              "Green card holder (DV-2020 lottery winner)"],
    sections=[
        ("Education", [E("MBBS", "2010 – 2016", "Tribhuvan University, Institute of Medicine (Maharajgunj Medical Campus), Kathmandu, Nepal")]),
        ("USMLE / ECFMG", ["Step 1 Pass; Step 2 CK 230; ECFMG Certified"]),
        ("US Experience", [E("Observership, Anatomic & Clinical Pathology", "10/2022 – 12/2022", "The Ohio State University Wexner Medical Center, Columbus, OH"),
                           E("Research Volunteer, Department of Pathology", "01/2023 – 12/2023", "The Ohio State University, Columbus, OH")]),
        ("Work", [E("Pharmacy Technician", "2020 – 2022", "CVS Pharmacy, Columbus, OH"),
                  E("Medical Officer", "2016 – 2019", "Dhulikhel Hospital, Nepal")]),
        ("Publications", ["Shrestha S, et al. HER2 status in gastric carcinoma. J Nepal Med Assoc. 2018;56(213):875-880.",
                          "Shrestha S, Kumar V. Digital pathology QA. Arch Pathol Lab Med. 2024;148(3):e55-e60."]),
        ("Interest", ["Pathology"]),
        ("Languages", ["Nepali, Newari, Hindi, English"]),
    ],
    truth=dict(full_name="Sabina Shrestha", email="sabina.shrestha.path@gmail.com", phone_e164="+16145550188",
               medical_school="Tribhuvan University, Institute of Medicine", medical_school_country="NP", graduation_year=2016, is_student=False,
               usmle_step1="pass", usmle_step2ck=230, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
               specialties=["Pathology"], languages=["Nepali", "Newari", "Hindi", "English"], publications=2,
               usce_entries=[U("observership", "Pathology", "OH", "2022-10", "2022-12"),
                             U("research", "Pathology", "OH", "2023-01", "2023-12")],
               usce_months=15, usce_months_clinical=3),
    tricky="PNG scan with blur/noise; DV lottery green card; pharmacy technician not USCE"))

CVS.append(dict(
    id="019", layout="photo_jpg", ext="jpg", base="reportlab",
    name="Mehdi Tavakoli, MD",
    native="مهدی توکلی",
    contacts=["Los Angeles, CA 90036", "(213) 555-0147", "mehdi.tavakoli.md@gmail.com",
              "Conditional permanent resident (green card through marriage)"],
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "2010 – 2017", "Tehran University of Medical Sciences, Tehran, Iran")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 245", "ECFMG: Certified"]),
        ("US Clinical Experience", [E("Observership, Cardiology", "Mar 2023 – May 2023", "Cedars-Sinai Medical Center, Los Angeles, CA")]),
        ("US Employment", [E("Medical Assistant", "2021 – present", "Wilshire Dermatology Associates, Beverly Hills, CA")]),
        ("Publications", ["Six peer-reviewed papers (cardiology, Iranian journals), e.g. Tavakoli M. Arch Iran Med. 2019;22(4):180-186."]),
        ("Interests", ["Cardiology, Internal Medicine"]),
        ("Languages", ["Persian (Farsi), English"]),
    ],
    truth=dict(full_name="Mehdi Tavakoli", email="mehdi.tavakoli.md@gmail.com", phone_e164="+12135550147",
               medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
               specialties=["Cardiology", "Internal Medicine"], languages=["Persian", "English"], publications=6,
               usce_entries=[U("observership", "Cardiology", "CA", "2023-03", "2023-05")],
               usce_months=3, usce_months_clinical=3),
    tricky="phone photo JPG with perspective; conditional PR = green card; dermatology MA job not USCE"))

CVS.append(dict(
    id="020", layout="scan_pdf_lowcontrast", ext="pdf", base="chromium_sidebar",
    name="Brianna Thompson, MD",
    headline="Obstetrics & Gynecology applicant",
    contacts=["Atlanta, GA 30310", "404-555-0131", "brianna.thompson.ob@gmail.com", "US Citizen"],
    sidebar=[("Languages", ["English", "Spanish (intermediate)"]),
             ("USMLE", ["Step 1: Pass", "Step 2 CK: 228", "ECFMG Certified 2025"]),
             ("Interests", ["Obstetrics and Gynecology", "Family Medicine"])],
    sections=[
        ("Education", [E("Doctor of Medicine", "2021 – 2025", "Ross University School of Medicine, Bridgetown, Barbados"),
                       E("B.S. Public Health", "2015 – 2019", "Georgia State University, Atlanta, GA")]),
        ("US Clinical Clerkships", [E("Family Medicine core clerkship", "01/2024 – 03/2024", "Morehouse School of Medicine affiliated clinics, Atlanta, GA"),
                                    E("Obstetrics & Gynecology core clerkship", "04/2024 – 05/2024", "Larkin Community Hospital, Miami, FL")]),
        ("Work", [E("Phlebotomist", "2019 – 2020", "LabCorp, Atlanta, GA"), E("Medical Scribe", "2020 – 2021", "Grady Memorial Hospital ED, Atlanta, GA")]),
        ("Presentations", ["Poster: Maternal hypertension follow-up. Ross Research Symposium 2024."]),
    ],
    truth=dict(full_name="Brianna Thompson", email="brianna.thompson.ob@gmail.com", phone_e164="+14045550131",
               medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2025, is_student=False,
               usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
               specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["English", "Spanish"], publications=0,
               usce_entries=[U("hands_on", "Family Medicine", "GA", "2024-01", "2024-03"),
                             U("hands_on", "Obstetrics and Gynecology", "FL", "2024-04", "2024-05")],
               usce_months=5, usce_months_clinical=5),
    tricky="low-contrast image-only PDF; Caribbean (Barbados) school; core clerkships in US hands-on; scribe/phlebotomist not USCE"))

CVS.append(dict(
    id="021", layout="scan_png_rotated", ext="png", base="docx_plain",
    name="Senait Ghebremedhin",
    native="ሰናይት ገብረመድህን",
    contacts=["Seattle, WA 98118 • 206 555 0142 • senait.ghebremedhin@outlook.com",
              "Status: refugee (admitted 2017); permanent residence application in process"],
    sections=[
        ("Education", [E("Doctor of Medicine (MD)", "2005 – 2012", "Orotta College of Medicine and Health Sciences, Asmara, Eritrea")]),
        ("Exams", ["USMLE Step 1: Passed (2024)", "ECFMG certification: in progress"]),
        ("US Clinical Experience", [E("Observership, Internal Medicine", "09/2024 – 10/2024", "Harborview Medical Center, Seattle, WA")]),
        ("US Employment", [E("Medical Interpreter (Tigrinya/Amharic)", "2018 – present", "Harborview Medical Center Interpreter Services"),
                           E("Home Health Aide", "2017 – 2018", "Seattle, WA")]),
        ("Clinical Experience (Eritrea/Ethiopia)", [E("General Practitioner", "2012 – 2016", "Halibet Hospital, Asmara")]),
        ("Interests", ["Internal Medicine, Infectious Disease"]),
        ("Languages", ["Tigrinya, Amharic, Arabic, English"]),
    ],
    truth=dict(full_name="Senait Ghebremedhin", email="senait.ghebremedhin@outlook.com", phone_e164="+12065550142",
               medical_school="Orotta College of Medicine and Health Sciences", medical_school_country="ER", graduation_year=2012, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
               specialties=["Internal Medicine", "Infectious Disease"], languages=["Tigrinya", "Amharic", "Arabic", "English"], publications=0,
               usce_entries=[U("observership", "Internal Medicine", "WA", "2024-09", "2024-10")],
               usce_months=2, usce_months_clinical=2),
    tricky="rotated PNG scan; refugee with pending PR -> null visa; ECFMG in progress -> pending; interpreter not USCE"))

DAMAGED = [
    dict(id="022", layout="damaged_truncated", ext="pdf"),
    dict(id="023", layout="damaged_encrypted", ext="pdf"),
    dict(id="024", layout="damaged_random", ext="docx"),
]
