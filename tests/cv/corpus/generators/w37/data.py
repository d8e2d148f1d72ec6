# -*- coding: utf-8 -*-
"""CV content + truth for writer w37. Section items:
   ("e", dates, title, org, [bullets])  an entry
   ("t", text)                          a paragraph
   ("kv", key, value)                   a key/value line
   ("p", text)                          a numbered publication entry
"""
import pubs

P = []


def person(**kw):
    P.append(kw)
    return kw


def pubsec(me, field, seed, years=(2012, 2025), labels=("Peer-reviewed journal articles", "Posters", "Abstracts", "Book chapters",
                                     "Submitted manuscripts"), **counts):
    d = pubs.make(me, field, seed, years=years, **counts)
    out = []
    for key, lab in zip(["journal", "poster", "abstract", "chapter", "submitted"], labels):
        if d[key]:
            out.append((lab, [("p", x) for x in d[key]]))
    return out


def T(**kw):
    base = dict(full_name=None, email=None, phone_e164=None, medical_school=None, medical_school_country=None,
                graduation_year=None, is_student=False, usmle_step1=None, usmle_step2ck=None, usmle_step3=None,
                ecfmg_status=None, specialties=[], languages=[], visa_status=None, publications=0, usce_entries=[])
    base.update(kw)
    return base


def U(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}


# ---------------------------------------------------------------- 001 Ukraine, LaTeX-like academic PDF
person(
    n="001", layout="latex_academic", ext="pdf",
    name="Oleksandr Kovalenko", native="Олександр Коваленко", degrees="MD, PhD",
    contacts=["4102 Carnegie Ave, Apt 7B, Cleveland, OH 44103", "o.kovalenko.md@gmail.com", "+1 (216) 555-0143",
              "ORCID 0000-0002-5813-4471"],
    sections=[
        ("Objective", [("t", "Cardiologist with nine years of independent clinical practice in Ukraine and two years of "
                              "cardiovascular research in the United States, seeking a categorical Internal Medicine "
                              "residency position as a pathway to Cardiology fellowship.")]),
        ("Research Experience (United States)", [
            ("e", "09/2022 – 08/2024", "Research Fellow, Department of Cardiovascular Medicine",
             "Cleveland Clinic, Cleveland, Ohio", ["HFpEF phenotyping with cardiac MRI and speckle-tracking echocardiography",
                                                   "Coordinated a 412-patient registry; IRB submissions and REDCap design",
                                                   "Mentor: Michael R. Thornton, MD"]),
        ]),
        ("Clinical Experience in the United States", [
            ("e", "Oct 2024 – Dec 2024", "Clinical Observer, Section of Clinical Cardiology", "Cleveland Clinic, Cleveland, OH",
             ["Inpatient heart failure service and cardiology consults", "Daily rounds, case presentations (no direct patient care)"]),
            ("e", "Jan 2025", "Observership, Internal Medicine (inpatient wards)", "MetroHealth Medical Center, Cleveland, OH", []),
        ]),
        ("Professional Experience (Ukraine)", [
            ("e", "2015 – 2022", "Attending Cardiologist, Cardiology Department No. 2",
             "Kyiv City Clinical Hospital No. 1, Kyiv, Ukraine",
             ["~1,800 inpatient admissions per year, CCU coverage, 6 night calls/month", "Transthoracic echocardiography (>3000 studies)"]),
            ("e", "2019 – 2022", "Assistant Professor (part-time), Department of Internal Medicine No. 1",
             "Bogomolets National Medical University, Kyiv", ["Taught propaedeutics of internal medicine to 3rd-year students"]),
        ]),
        ("Postgraduate Training", [
            ("e", "2016 – 2019", "Candidate of Medical Sciences (PhD equivalent), Cardiology",
             "Strazhesko Institute of Cardiology, Kyiv", ["Thesis: Diastolic dysfunction in hypertensive heart disease"]),
            ("e", "2013 – 2015", "Clinical Residency (Clinical Ordinatura), Cardiology",
             "Bogomolets National Medical University, Kyiv", []),
            ("e", "2011 – 2013", "Internship, Internal Medicine", "Kyiv Regional Clinical Hospital", []),
        ]),
        ("Medical Education", [
            ("e", "2005 – 2011", "Medical Doctor (Specialist Diploma in General Medicine, with honours)",
             "Bogomolets National Medical University (Національний медичний університет імені О.О. Богомольця), Kyiv, Ukraine", []),
        ]),
        ("Examinations and Certification", [
            ("kv", "USMLE Step 1", "Pass (May 2023)"), ("kv", "USMLE Step 2 CK", "248 (Feb 2024)"),
            ("kv", "ECFMG", "Certified, January 2025"), ("kv", "KROK 2 (Ukraine)", "196/200 (2011)"),
            ("kv", "Immigration status", "U.S. Lawful Permanent Resident (green card), since 2025")]),
        ("Languages", [("t", "Ukrainian (native), Russian (fluent), English (fluent, C1), Polish (basic)")]),
    ] + pubsec("Kovalenko O", "cardio", 1, years=(2013, 2025), journal=6, poster=3, abstract=2, chapter=1, submitted=1) + [
        ("Professional Memberships", [("t", "European Society of Cardiology (2014–present); Ukrainian Association of Cardiology; "
                                            "American College of Cardiology, International Associate (2023–present)")]),
        ("References", [("t", "Michael R. Thornton, MD — Staff Cardiologist, Cleveland Clinic — thorntm@ccf.org — +1 216 444 0192"),
                        ("t", "Prof. Iryna Shevchenko, MD, DSc — Bogomolets National Medical University — i.shevchenko@nmu.ua")]),
    ],
    truth=T(full_name="Oleksandr Kovalenko", email="o.kovalenko.md@gmail.com", phone_e164="+12165550143",
            medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2011,
            usmle_step1="pass", usmle_step2ck=248, ecfmg_status="certified", specialties=["Internal Medicine", "Cardiology"],
            languages=["Ukrainian", "Russian", "English", "Polish"], visa_status="green_card", publications=6,
            usce_entries=[U("research", "Cardiology", "OH", "2022-09", "2024-08"),
                          U("observership", "Cardiology", "OH", "2024-10", "2024-12"),
                          U("observership", "Internal Medicine", "OH", "2025-01", "2025-01")]),
)

# ---------------------------------------------------------------- 002 Poland, docx header/footer
person(
    n="002", layout="docx_header_footer", ext="docx",
    name="Katarzyna Nowak-Wiśniewska", native=None, degrees="lek. med.",
    contacts=["katarzyna.nowak.wis@wp.pl", "+48 601 234 567", "ul. Grójecka 128/14, 02-383 Warszawa, Poland",
              "linkedin.com/in/knowakwisniewska"],
    sections=[
        ("Profile", [("t", "Board-certified internist (Poland, 2021) with a research year in gastroenterology at Mayo Clinic. "
                           "Applying to Internal Medicine residency; long-term interest in Gastroenterology and Hepatology.")]),
        ("Professional Experience", [
            ("e", "10.2021 – 02.2022 and 10.2023 – present", "Specialist in Internal Medicine",
             "Central Clinical Hospital of the Ministry of Interior, Warsaw", ["Inpatient internal medicine, endoscopy unit (300+ upper GI endoscopies)"]),
            ("e", "10.2016 – 09.2021", "Resident (specjalizacja), Internal Medicine", "Central Clinical Hospital, Warsaw",
             ["Rotations: gastroenterology, cardiology, nephrology, ICU", "Chief resident 2020–2021"]),
            ("e", "10.2014 – 09.2015", "Postgraduate Internship (staż podyplomowy)", "Bielański Hospital, Warsaw", []),
        ]),
        ("US Experience", [
            ("e", "03.2022 – 02.2023", "Research Fellow, Division of Gastroenterology and Hepatology", "Mayo Clinic, Rochester, MN",
             ["Microscopic colitis outcomes database", "Mentor: Dr. Sarah L. Lindqvist (lindqvist.sarah@mayo.edu)"]),
            ("e", "04.2023 – 06.2023", "Clinical Observer, Gastroenterology", "University of Minnesota Medical Center, Minneapolis, MN", []),
            ("e", "07.2025 – 09.2025", "Clinical Extern (hands-on), Internal Medicine",
             "Mount Sinai Hospital, Chicago, IL", ["History & physical, progress notes, presenting on rounds under attending supervision"]),
        ]),
        ("Education", [
            ("e", "2008 – 2014", "Lekarz (Physician, MD equivalent)", "Medical University of Warsaw (Warszawski Uniwersytet Medyczny), Poland",
             ["LEK (State Medical Exam) 2014: 178/200"]),
        ]),
        ("USMLE / ECFMG", [("kv", "Step 1", "Pass"), ("kv", "Step 2 CK", "239"), ("kv", "Step 3", "221"),
                          ("kv", "ECFMG", "Certified (2023)"), ("kv", "Visa", "Will require H-1B sponsorship")]),
        ("Languages", [("t", "Polish – native; English – C2; German – B2; Russian – A2")]),
    ] + pubsec("Nowak-Wiśniewska K", "gi", 2, years=(2016, 2024), labels=("Original articles (peer-reviewed)", "Posters", "Abstracts", "Chapters",
                                                     "Submitted"), journal=9, poster=2) + [
        ("Interests", [("t", "Endoscopy simulation, medical education, long-distance running (Warsaw Marathon 2019, 2022)")]),
    ],
    truth=T(full_name="Katarzyna Nowak-Wiśniewska", email="katarzyna.nowak.wis@wp.pl", phone_e164="+48601234567",
            medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2014,
            usmle_step1="pass", usmle_step2ck=239, usmle_step3=221, ecfmg_status="certified",
            specialties=["Internal Medicine", "Gastroenterology"], languages=["Polish", "English", "German", "Russian"],
            visa_status="h1b", publications=9,
            usce_entries=[U("research", "Gastroenterology", "MN", "2022-03", "2023-02"),
                          U("observership", "Gastroenterology", "MN", "2023-04", "2023-06"),
                          U("hands_on", "Internal Medicine", "IL", "2025-07", "2025-09")]),
)

# ---------------------------------------------------------------- 003 Kazakhstan, txt pasted email
person(
    n="003", layout="txt_email_paste", ext="txt",
    name="Aidana Serikbayeva", native="Айдана Серікбаева", degrees="MD",
    contacts=["aidana.serikbayeva@mail.kz", "+7 701 555 1234", "Astana, Kazakhstan"],
    sections=[
        ("WORK EXPERIENCE", [
            ("e", "Sep 2018 - present", "Neurologist, Stroke Unit", "National Center for Neurosurgery, Astana, Kazakhstan",
             ["Thrombolysis team, 24h on-call stroke service", "Botulinum toxin clinic (spasticity, dystonia)"]),
            ("e", "2020 - 2021", "COVID-19 hospital (reassigned)", "Astana Multidisciplinary Hospital No.1", []),
        ]),
        ("US CLINICAL EXPERIENCE", [
            ("e", "Summer 2024 (June - August)", "Observership, Neurology", "Johns Hopkins Hospital, Baltimore, Maryland", []),
            ("e", "02/2025 - 03/2025", "Virtual Telehealth Rotation, Neurology (tele-stroke clinic)",
             "University of Florida Health, Gainesville, FL (remote)", []),
        ]),
        ("POSTGRADUATE TRAINING", [
            ("e", "2016 - 2018", "Residency in Neurology", "Astana Medical University", []),
        ]),
        ("EDUCATION", [
            ("e", "2009 - 2016", "General Medicine (7-year program incl. internship), Diploma of Physician (MD equivalent)",
             "Astana Medical University, Astana, Kazakhstan", []),
        ]),
        ("EXAMS", [("kv", "USMLE Step 1", "PASS (2024)"), ("kv", "USMLE Step 2 CK", "scheduled for March 2027"),
                   ("kv", "UWorld self-assessment", "248"), ("kv", "ECFMG", "certification in progress (pending Step 2 CK)"),
                   ("kv", "Visa", "valid B1/B2 visa until 2029")]),
        ("PUBLICATIONS", [("p", "Serikbayeva A, Zhumabekov T, Li H. Door-to-needle time in a Kazakh stroke center. Neurol Asia. 2021;26(3):511-516."),
                          ("p", "Akhmetova G, Serikbayeva A. Post-stroke depression among Kazakh patients. Cent Asian J Glob Health. 2023;12(1):e701."),
                          ("p", "[Abstract] Serikbayeva A. Tele-stroke in the steppe. Eur Stroke J. 2022;7(1S):302."),
                          ("p", "[In preparation] Serikbayeva A et al. Botulinum toxin in post-stroke spasticity.")]),
        ("LANGUAGES", [("t", "Kazakh (native), Russian (native), English (fluent, IELTS 7.5), Turkish (intermediate)")]),
        ("INTERESTS", [("t", "Neurology residency (vascular neurology)")]),
        ("REFERENCES", [("t", "Dr. Rustem Zhumabekov, Head of Stroke Unit, r.zhumabekov@ncn.kz, +7 7172 51 15 94"),
                        ("t", "Dr. Laura M. Hendricks, Johns Hopkins Neurology, lhendri2@jhmi.edu")]),
    ],
    truth=T(full_name="Aidana Serikbayeva", email="aidana.serikbayeva@mail.kz", phone_e164="+77015551234",
            medical_school="Astana Medical University", medical_school_country="KZ", graduation_year=2016,
            usmle_step1="pass", ecfmg_status="pending", specialties=["Neurology"],
            languages=["Kazakh", "Russian", "English", "Turkish"], visa_status="b1b2", publications=2,
            usce_entries=[U("observership", "Neurology", "MD", "2024-06", "2024-08"),
                          U("telehealth", "Neurology", "FL", "2025-02", "2025-03")]),
)

# ---------------------------------------------------------------- 004 Russia, RTF
person(
    n="004", layout="rtf_classic", ext="rtf",
    name="Dmitry S. Volkov", native="Дмитрий Сергеевич Волков", degrees="MD, PhD",
    contacts=["dmitry.volkov.md@outlook.com", "+1 412 555 0187", "5532 Walnut St, Pittsburgh, PA 15232"],
    sections=[
        ("Current Position", [
            ("e", "03/2022 – present", "Clinical Research Coordinator / Research Associate, Department of Critical Care Medicine",
             "University of Pittsburgh, Pittsburgh, PA", ["Sepsis phenotyping cohort; screening and enrolment in ICU trials"]),
        ]),
        ("Research and Clinical Experience in the USA", [
            ("e", "11/2021 – 01/2022", "Clinical Observership, Critical Care (MICU)", "Beth Israel Deaconess Medical Center, Boston, MA", []),
            ("e", "10/2019 – 09/2021", "Research Fellow, Department of Anesthesia, Critical Care and Pain Medicine",
             "Massachusetts General Hospital / Harvard Medical School, Boston, MA", ["Postoperative delirium and EEG", "NIH-funded, 2 first-author papers"]),
        ]),
        ("Clinical Practice in Russia", [
            ("e", "09/2011 – 08/2019", "Anesthesiologist-Intensivist", "City Clinical Hospital No. 1 named after N.I. Pirogov, Moscow",
             ["Cardiac and general surgery anesthesia; 24-bed surgical ICU"]),
        ]),
        ("Postgraduate Education", [
            ("e", "2011 – 2014", "PhD (Candidate of Medical Sciences), Anesthesiology", "Pirogov Russian National Research Medical University", []),
            ("e", "2009 – 2011", "Residency (Clinical Ordinatura), Anesthesiology and Intensive Care", "Pirogov Russian National Research Medical University", []),
        ]),
        ("Medical Degree", [
            ("e", "2003 – 2009", "MD (Physician, General Medicine)", "Pirogov Russian National Research Medical University (RNRMU), Moscow, Russia", []),
        ]),
        ("USMLE", [("kv", "Step 1", "232"), ("kv", "Step 2 CK", "241"), ("kv", "Step 2 CS", "Pass (2020)"),
                   ("kv", "ECFMG Certificate", "Yes (2021)"), ("kv", "Visa", "H-1B (current)")]),
        ("Specialty interest", [("t", "Anesthesiology; Pulmonary & Critical Care Medicine")]),
        ("Languages", [("t", "Russian (native); English (fluent); German (intermediate)")]),
    ] + pubsec("Volkov DS", "anes", 4, years=(2011, 2026), journal=11, abstract=4, chapter=2, submitted=2,
               labels=("Journal Articles", "Posters", "Conference Abstracts", "Book Chapters (in Russian)", "Manuscripts Submitted")) + [
        ("References", [("t", "Dr. Helen Carver, MGH Anesthesia, hcarver@mgh.harvard.edu"),
                        ("t", "Dr. Paul D. Weiss, UPMC Critical Care, weisspd@upmc.edu, +1 412 647 0000")]),
    ],
    truth=T(full_name="Dmitry S. Volkov", email="dmitry.volkov.md@outlook.com", phone_e164="+14125550187",
            medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU",
            graduation_year=2009, usmle_step1=232, usmle_step2ck=241, ecfmg_status="certified",
            specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["Russian", "English", "German"],
            visa_status="h1b", publications=11,
            usce_entries=[U("research", "Pulmonology/Critical Care", "PA", "2022-03", "2026-12"),
                          U("observership", "Pulmonology/Critical Care", "MA", "2021-11", "2022-01"),
                          U("research", "Anesthesiology", "MA", "2019-10", "2021-09")]),
)

# ---------------------------------------------------------------- 005 Vietnam, ODT two-column
person(
    n="005", layout="odt_two_column", ext="odt",
    name="Nguyễn Thị Thu Hà", native=None, degrees="MD",
    contacts=["thuha.nguyen.peds@gmail.com", "+84 912 345 678", "18 Chùa Bộc, Đống Đa, Hà Nội, Vietnam"],
    sections=[
        ("Clinical Experience", [
            ("e", "2018 – present", "Pediatrician, Department of Infectious Diseases", "Vietnam National Children's Hospital, Hanoi", []),
            ("e", "2015 – 2018", "Pediatric Resident (Bác sĩ nội trú)", "Hanoi Medical University / National Children's Hospital", []),
        ]),
        ("US Experience", [
            ("e", "01/2023 – 12/2023", "Research Fellow, Pediatric Infectious Diseases", "Emory University School of Medicine, Atlanta, GA", []),
            ("e", "02/2024", "Observer, General Pediatrics", "Children's Healthcare of Atlanta, Atlanta, GA", []),
        ]),
        ("Medical School", [("e", "2009 – 2015", "Doctor of Medicine (Bác sĩ Đa khoa)", "Hanoi Medical University (Trường Đại học Y Hà Nội), Vietnam", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "236"), ("kv", "ECFMG", "Certified"),
                   ("kv", "Visa", "J-1 required")]),
        ("Interests", [("t", "Pediatrics; Pediatric Infectious Disease")]),
        ("Languages", [("t", "Vietnamese, English, French")]),
    ] + pubsec("Nguyen TTH", "peds", 5, years=(2016, 2024), journal=4, poster=2) + [
        ("References", [("t", "Dr. Robert K. Ames, Emory Pediatrics, rames@emory.edu")]),
    ],
    truth=T(full_name="Nguyễn Thị Thu Hà", email="thuha.nguyen.peds@gmail.com", phone_e164="+84912345678",
            medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2015,
            usmle_step1="pass", usmle_step2ck=236, ecfmg_status="certified", specialties=["Pediatrics", "Infectious Disease"],
            languages=["Vietnamese", "English", "French"], visa_status="j1", publications=4,
            usce_entries=[U("research", "Infectious Disease", "GA", "2023-01", "2023-12"),
                          U("observership", "Pediatrics", "GA", "2024-02", "2024-02")]),
)

# ---------------------------------------------------------------- 006 Korea, chromium sidebar
person(
    n="006", layout="chromium_sidebar", ext="pdf",
    name="Ji-hoon Park", native="朴智勳", degrees="MD, PhD",
    contacts=["jihoon.park.neph@gmail.com", "+82 10-2345-6789", "Seocho-gu, Seoul, Republic of Korea", "Born 1987"],
    sections=[
        ("Research Experience", [
            ("e", "2022.07 – 2024.06", "Postdoctoral Research Fellow, Division of Nephrology", "Stanford University School of Medicine, Palo Alto, CA",
             ["APOL1 kidney organoids", "K99 application (not funded)"]),
        ]),
        ("US Clinical Experience", [
            ("e", "2024.09 – 2024.10", "Observership, Nephrology", "UCSF Medical Center, San Francisco, CA", []),
            ("e", "2025.01 – 2025.03", "Hands-on Clinical Externship, Internal Medicine", "Jackson Memorial Hospital, Miami, FL", []),
        ]),
        ("Clinical Training (Korea)", [
            ("e", "2020.03 – 2022.02", "Clinical Fellow, Nephrology", "Samsung Medical Center, Seoul", []),
            ("e", "2017.04 – 2020.04", "Public Health Doctor (military service)", "Jeollanam-do Public Health Center", []),
            ("e", "2013.03 – 2017.02", "Resident, Internal Medicine", "Seoul National University Hospital", []),
            ("e", "2012.03 – 2013.02", "Rotating Intern", "Seoul National University Hospital", []),
        ]),
        ("Education", [
            ("e", "2006 – 2012", "Doctor of Medicine (MD)", "Seoul National University College of Medicine (醫科大學), Seoul, Korea", []),
            ("e", "2014 – 2018", "PhD, Internal Medicine", "Seoul National University Graduate School", []),
        ]),
        ("Licensure & Examinations", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "255"),
                                      ("kv", "USMLE Step 3", "230"), ("kv", "ECFMG", "Certified (2023)"),
                                      ("kv", "Korean Medical License", "No. 11xxxx (2012)"),
                                      ("kv", "Korean Board of Internal Medicine", "2017; Nephrology subspecialty 2022")]),
        ("Career Goal", [("t", "Internal Medicine residency followed by Nephrology fellowship. J-1 visa sponsorship needed.")]),
    ] + pubsec("Park J", "renal", 6, years=(2014, 2025), labels=("SCI Publications", "Posters", "Abstracts", "Book chapters", "Submitted"),
               journal=14, poster=4) ,
    sidebar_extra=[("Languages", ["Korean (native)", "English (fluent)", "Japanese (conversational)"]),
                   ("Skills", ["Renal biopsy", "CRRT", "Organoid culture", "R / Python"])],
    truth=T(full_name="Ji-hoon Park", email="jihoon.park.neph@gmail.com", phone_e164="+821023456789",
            medical_school="Seoul National University College of Medicine", medical_school_country="KR", graduation_year=2012,
            usmle_step1="pass", usmle_step2ck=255, usmle_step3=230, ecfmg_status="certified",
            specialties=["Internal Medicine", "Nephrology"], languages=["Korean", "English", "Japanese"], visa_status="j1",
            publications=14,
            usce_entries=[U("research", "Nephrology", "CA", "2022-07", "2024-06"),
                          U("observership", "Nephrology", "CA", "2024-09", "2024-10"),
                          U("hands_on", "Internal Medicine", "FL", "2025-01", "2025-03")]),
)

# ---------------------------------------------------------------- 007 Philippines, docx table
person(
    n="007", layout="docx_table", ext="docx",
    name="Maria Cristina D. Reyes", native=None, degrees="MD, FPOGS",
    contacts=["mcdreyes.md@yahoo.com", "+63 917 555 2468", "Blk 4 Lot 12, Sampaloc, Manila 1008, Philippines"],
    sections=[
        ("US Clinical Experience", [
            ("e", "April – June 2024", "Clinical Observership, Obstetrics & Gynecology", "John H. Stroger Jr. Hospital of Cook County, Chicago, IL", []),
            ("e", "June – August 2024", "Hands-on Externship, Family Medicine", "Wyckoff Heights Medical Center, Brooklyn, NY",
             ["Overlapped one week with Cook County observership"]),
        ]),
        ("Residency & Work", [
            ("e", "Jan 2023 – Mar 2024", "Consultant, OB-GYN", "Ospital ng Maynila Medical Center, Manila", []),
            ("e", "Jan 2019 – Dec 2022", "Resident, Obstetrics and Gynecology", "Philippine General Hospital, Manila", ["Chief resident 2022"]),
            ("e", "Aug 2017 – Jul 2018", "Post-graduate Intern", "Philippine General Hospital", []),
        ]),
        ("Medical Education", [("e", "2013 – 2017", "Doctor of Medicine", "University of Santo Tomas Faculty of Medicine and Surgery, Manila, Philippines", []),
                               ("e", "2009 – 2013", "BS Biology (pre-med)", "University of the Philippines Diliman", [])]),
        ("Licenses / Exams", [("kv", "USMLE Step 1", "Passed"), ("kv", "USMLE Step 2 CK", "244"), ("kv", "ECFMG", "Certified"),
                              ("kv", "Philippine Physician Licensure Exam", "Passed 2018 (rating 87.3%)"),
                              ("kv", "Citizenship", "U.S. citizen (naturalized 2023) and Filipino")]),
        ("Specialty Goals", [("t", "Obstetrics and Gynecology / Family Medicine")]),
        ("Languages", [("t", "English, Tagalog, Cebuano")]),
        ("Research", [("p", "Reyes MCD, Santos L. Postpartum hemorrhage bundle compliance at a tertiary hospital. Philipp J Obstet Gynecol. 2022;46(2):77-84."),
                      ("p", "Poster: Reyes MCD. Cervical cancer screening uptake in Manila. POGS Annual Convention, 2021."),
                      ("p", "Poster: Reyes MCD, Cruz A. Preeclampsia screening. FIGO World Congress, Paris, 2023."),
                      ("p", "Poster: Reyes MCD. Uterine rupture case series. ACOG Annual Meeting, 2024.")]),
        ("References", [("t", "Dr. Angela T. Wu, Cook County OB-GYN, awu@cookcountyhhs.org"),
                        ("t", "Dr. Lorna Santos, PGH, lsantos@pgh.gov.ph, +63 2 8554 8400")]),
    ],
    truth=T(full_name="Maria Cristina D. Reyes", email="mcdreyes.md@yahoo.com", phone_e164="+639175552468",
            medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH",
            graduation_year=2017, usmle_step1="pass", usmle_step2ck=244, ecfmg_status="certified",
            specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["English", "Tagalog", "Cebuano"],
            visa_status="citizen", publications=1,
            usce_entries=[U("observership", "Obstetrics and Gynecology", "IL", "2024-04", "2024-06"),
                          U("hands_on", "Family Medicine", "NY", "2024-06", "2024-08")]),
)

# ---------------------------------------------------------------- 008 Turkey, docx -> soffice pdf
person(
    n="008", layout="soffice_pdf_from_docx", ext="pdf",
    name="Emre Yıldırım", native=None, degrees="MD",
    contacts=["emre.yildirim.surg@gmail.com", "+90 532 555 77 88", "Çankaya, Ankara, Türkiye"],
    sections=[
        ("Summary", [("t", "General surgeon (Türkiye board, 2019) with five years of independent practice and an 18-month surgical "
                           "oncology research fellowship in Houston. Seeking General Surgery residency.")]),
        ("Research Fellowship (USA)", [
            ("e", "January 2024 – June 2025", "Research Fellow, Department of Surgical Oncology",
             "The University of Texas MD Anderson Cancer Center, Houston, TX", ["HIPEC outcomes database; peritoneal surface malignancy"]),
        ]),
        ("Observership (USA)", [("e", "July 2025 – September 2025", "Clinical Observer, General Surgery", "Houston Methodist Hospital, Houston, TX", [])]),
        ("Surgical Practice", [
            ("e", "2019 – 2023", "Specialist General Surgeon (compulsory state service)", "Van Training and Research Hospital, Van", []),
            ("e", "2014 – 2019", "Resident, General Surgery", "Ankara City Hospital (formerly Ankara Numune)", []),
        ]),
        ("Medical School", [("e", "2007 – 2013", "MD (Tıp Doktoru)", "Hacettepe University Faculty of Medicine, Ankara, Türkiye", [])]),
        ("Examinations", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "247"), ("kv", "TUS (residency exam)", "68.4"),
                          ("kv", "ECFMG", "Certified (2024)"), ("kv", "Visa", "J-1 Research Scholar (current)")]),
        ("Languages", [("t", "Turkish (native), English (fluent), German (B1)")]),
    ] + pubsec("Yildirim E", "surg", 8, years=(2015, 2025), journal=7, poster=5, chapter=1,
               labels=("Peer-reviewed Publications", "Poster / Oral Presentations", "Abstracts", "Book Chapter (Turkish)", "Submitted")) + [
        ("References", [("t", "Dr. Carlos M. Fuentes, MD Anderson, cmfuentes@mdanderson.org, +1 713 555 0100")]),
    ],
    truth=T(full_name="Emre Yıldırım", email="emre.yildirim.surg@gmail.com", phone_e164="+905325557788",
            medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR", graduation_year=2013,
            usmle_step1="pass", usmle_step2ck=247, ecfmg_status="certified", specialties=["General Surgery"],
            languages=["Turkish", "English", "German"], visa_status="j1", publications=7,
            usce_entries=[U("research", "General Surgery", "TX", "2024-01", "2025-06"),
                          U("observership", "General Surgery", "TX", "2025-07", "2025-09")]),
)

# ---------------------------------------------------------------- 009 China, fpdf2 compact
person(
    n="009", layout="fpdf_compact", ext="pdf",
    name="Lei Wang", native="王磊", degrees="MD",
    contacts=["lei.wang.heme@outlook.com", "+1 (206) 555-0199", "Seattle, WA 98109"],
    sections=[
        ("Current Appointment", [("e", "03/2023 – present", "Postdoctoral Research Fellow, Translational Science and Therapeutics",
                                  "Fred Hutchinson Cancer Center, Seattle, WA", ["CAR-T cell persistence; single-cell sequencing"])]),
        ("US Clinical Exposure", [("e", "08/2025", "Observership, Hematology/Oncology (one month, part-time alongside postdoc)",
                                   "University of Washington Medical Center, Seattle, WA", [])]),
        ("Clinical Experience (China)", [
            ("e", "2019 – 2023", "Attending Physician, Department of Hematology", "Peking Union Medical College Hospital, Beijing", []),
            ("e", "2017 – 2019", "Fellow, Hematology", "Peking Union Medical College Hospital", []),
            ("e", "2014 – 2017", "Resident, Internal Medicine (standardized residency training)", "Peking Union Medical College Hospital", []),
        ]),
        ("Education", [("e", "2006 – 2014", "Doctor of Medicine (8-year MD program)", "Peking Union Medical College (北京协和医学院), Beijing, China", [])]),
        ("USMLE", [("kv", "Step 1", "Pass (2024)"), ("kv", "Step 2 CK", "259 (2025)"), ("kv", "ECFMG", "Certified 2025"),
                   ("kv", "Visa", "J-1 (research scholar)")]),
        ("Specialty interest", [("t", "Internal Medicine → Hematology/Oncology")]),
        ("Languages", [("t", "Chinese (Mandarin) – native; English – fluent")]),
    ] + pubsec("Wang L", "heme", 9, years=(2015, 2026), journal=12, abstract=3, submitted=2),
    truth=T(full_name="Lei Wang", email="lei.wang.heme@outlook.com", phone_e164="+12065550199",
            medical_school="Peking Union Medical College", medical_school_country="CN", graduation_year=2014,
            usmle_step1="pass", usmle_step2ck=259, ecfmg_status="certified",
            specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Chinese", "English"], visa_status="j1",
            publications=12,
            usce_entries=[U("research", "Hematology/Oncology", "WA", "2023-03", "2026-12"),
                          U("observership", "Hematology/Oncology", "WA", "2025-08", "2025-08")]),
)

# ---------------------------------------------------------------- 010 Uzbekistan, RTF via soffice
person(
    n="010", layout="soffice_rtf", ext="rtf",
    name="Jasur Karimov", native="Жасур Каримов", degrees="MD",
    contacts=["jasur.karimov.cardio@gmail.com", "+998 90 123 45 67", "Chilonzor district, Tashkent, Uzbekistan"],
    sections=[
        ("Work Experience", [
            ("e", "2021 – present", "Cardiologist", "Republican Specialized Scientific-Practical Medical Center of Cardiology, Tashkent", []),
        ]),
        ("US Clinical Experience", [("e", "March–May 2025", "Observership, Cardiology", "Mount Sinai Morningside, New York, NY", [])]),
        ("Postgraduate Training", [("e", "2018 – 2021", "Master's degree / Clinical residency, Cardiology", "Tashkent Medical Academy", [])]),
        ("Education", [("e", "2012 – 2018", "Medical Doctor (General Medicine)", "Tashkent Medical Academy, Tashkent, Uzbekistan", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "preparing (NBME 245)"),
                   ("kv", "ECFMG", "Not yet certified"), ("kv", "Visa", "B1/B2")]),
        ("Interests", [("t", "Cardiology, Internal Medicine")]),
        ("Languages", [("t", "Uzbek (native), Russian (fluent), English (upper-intermediate)")]),
        ("Publications", [("p", "Karimov J, Alimov D. Hypertension control in Tashkent primary care. Cardiology in Uzbekistan. 2020;4:22-27."),
                          ("p", "Karimov J et al. Atrial fibrillation registry in Uzbekistan. Eurasian Heart J. 2023;2:45-51."),
                          ("p", "Abstract: Karimov J. Statin adherence. Russian Cardiology Congress, 2022."),
                          ("p", "Abstract: Karimov J. Heart failure clinic. ESC Heart Failure, 2023."),
                          ("p", "Abstract: Karimov J. Rheumatic heart disease. WCC, 2024.")]),
        ("References", [("t", "Dr. Ravi Menon, Mount Sinai Morningside, ravi.menon@mountsinai.org")]),
    ],
    truth=T(full_name="Jasur Karimov", email="jasur.karimov.cardio@gmail.com", phone_e164="+998901234567",
            medical_school="Tashkent Medical Academy", medical_school_country="UZ", graduation_year=2018,
            usmle_step1="pass", ecfmg_status="not_certified", specialties=["Cardiology", "Internal Medicine"],
            languages=["Uzbek", "Russian", "English"], visa_status="b1b2", publications=2,
            usce_entries=[U("observership", "Cardiology", "NY", "2025-03", "2025-05")]),
)

# ---------------------------------------------------------------- 011 Georgia, txt europass-like
person(
    n="011", layout="txt_europass", ext="txt",
    name="Giorgi Beridze", native="გიორგი ბერიძე", degrees="MD",
    contacts=["giorgi.beridze.em@gmail.com", "+995 599 12 34 56", "Vake, Tbilisi 0179, Georgia", "Date of birth: 14/02/1994"],
    sections=[
        ("WORK EXPERIENCE", [
            ("e", "01/2026 – 02/2026", "Clinical rotation (hands-on), Emergency Medicine", "Kings County Hospital Center, Brooklyn, NY, USA", []),
            ("e", "10/2025 – 11/2025", "Observership, Emergency Medicine", "Hackensack University Medical Center, Hackensack, NJ, USA", []),
            ("e", "09/2023 – present", "Emergency Physician", "Todua Clinic, Tbilisi, Georgia", []),
            ("e", "09/2019 – 08/2023", "Resident, Emergency Medicine", "Tbilisi State Medical University First University Clinic", []),
        ]),
        ("EDUCATION AND TRAINING", [("e", "2013 – 2019", "Medical Doctor (MD)", "Tbilisi State Medical University, Tbilisi, Georgia", [])]),
        ("EXAMINATIONS", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "232"), ("kv", "ECFMG", "Certified (2026)"),
                          ("kv", "Visa", "J-1 needed")]),
        ("PERSONAL SKILLS", [("t", "Mother tongue: Georgian. Other languages: Russian (C1), English (C1), German (A2)")]),
        ("PUBLICATIONS", [("p", "Beridze G, Kvaratskhelia N. Trauma triage in Tbilisi. Georgian Med News. 2022;(331):45-49.")]),
        ("CAREER GOAL", [("t", "Emergency Medicine residency in the US")]),
    ],
    truth=T(full_name="Giorgi Beridze", email="giorgi.beridze.em@gmail.com", phone_e164="+995599123456",
            medical_school="Tbilisi State Medical University", medical_school_country="GE", graduation_year=2019,
            usmle_step1="pass", usmle_step2ck=232, ecfmg_status="certified", specialties=["Emergency Medicine"],
            languages=["Georgian", "Russian", "English", "German"], visa_status="j1", publications=1,
            usce_entries=[U("hands_on", "Emergency Medicine", "NY", "2026-01", "2026-02"),
                          U("observership", "Emergency Medicine", "NJ", "2025-10", "2025-11")]),
)

# ---------------------------------------------------------------- 012 China, reportlab research CV (long)
person(
    n="012", layout="reportlab_research_cv", ext="pdf",
    name="Xiaoyu Chen", native="陈晓宇", degrees="MD, PhD",
    contacts=["xiaoyu.chen.neuro@gmail.com", "+1 203 555 0112", "300 George St, New Haven, CT 06511"],
    sections=[
        ("Research Appointments", [
            ("e", "Aug 2023 – Dec 2025", "Associate Research Scientist, Department of Neurology (Neuroimmunology)", "Yale School of Medicine, New Haven, CT", []),
            ("e", "Aug 2019 – Jul 2023", "Postdoctoral Researcher, Center for Neuroinflammation", "University of Pennsylvania, Philadelphia, PA", []),
        ]),
        ("Clinical Observership", [("e", "Jan 2026 – Mar 2026", "Clinical Observer, Neurology inpatient and MS clinic", "Yale New Haven Hospital, New Haven, CT", [])]),
        ("Clinical Experience (China)", [("e", "2015 – 2019", "Attending Neurologist", "Huashan Hospital, Fudan University, Shanghai", [])]),
        ("Education", [
            ("e", "2010 – 2015", "PhD in Neurology", "Fudan University, Shanghai", []),
            ("e", "2005 – 2010", "Bachelor of Medicine (MB, primary medical degree)", "Fudan University Shanghai Medical College (复旦大学上海医学院), Shanghai, China", []),
        ]),
        ("Examinations", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "251"), ("kv", "ECFMG", "Certified"),
                          ("kv", "Visa", "H-1B")]),
        ("Clinical Interest", [("t", "Neurology (neuroimmunology / multiple sclerosis)")]),
        ("Languages", [("t", "Chinese (native), English (fluent), Japanese (basic)")]),
    ] + pubsec("Chen X", "neuro", 12, years=(2011, 2026), journal=18, abstract=6, chapter=2, submitted=3) + [
        ("Grants and Awards", [("t", "NMSS Postdoctoral Fellowship (2021–2023); Huashan Young Investigator Award (2017)")]),
        ("Teaching", [("t", "Yale Neuroimmunology journal club coordinator (2024–2025)"),
                      ("t", "Lecturer, Neurology clerkship for 5th-year medical students, Fudan University (2016–2019)")]),
        ("Invited Talks (not peer-reviewed)", [
            ("p", "B-cell depletion and CNS repair. Yale Neurology Grand Rounds, New Haven, CT, October 2025."),
            ("p", "NMOSD in East Asian cohorts. Chinese Neurology Annual Meeting (virtual), September 2024."),
            ("p", "Microglia in remyelination. Penn Neuroscience Seminar Series, Philadelphia, PA, 2022."),
            ("p", "Autoimmune encephalitis: a clinician-scientist view. Huashan Hospital, Shanghai, 2019.")]),
        ("Editorial and Peer Review", [("t", "Ad hoc reviewer: Neurology: Neuroimmunology & Neuroinflammation; Multiple Sclerosis "
                                             "and Related Disorders; Frontiers in Immunology (≈25 reviews, 2020–2026)")]),
        ("Professional Memberships", [("t", "American Academy of Neurology (2019–present); ECTRIMS; Chinese Medical Association, "
                                            "Neurology Branch (2012–present)")]),
        ("Skills", [("t", "Flow cytometry, scRNA-seq analysis (Seurat, Scanpy), EAE models, two-photon imaging, R, Python, SAS")]),
        ("References", [("t", "Dr. Elena Marković, Yale Neurology, elena.markovic@yale.edu"),
                        ("t", "Dr. James O. Reilly, Penn Neurology, jreilly@pennmedicine.upenn.edu")]),
    ],
    truth=T(full_name="Xiaoyu Chen", email="xiaoyu.chen.neuro@gmail.com", phone_e164="+12035550112",
            medical_school="Fudan University Shanghai Medical College", medical_school_country="CN", graduation_year=2010,
            usmle_step1="pass", usmle_step2ck=251, ecfmg_status="certified", specialties=["Neurology"],
            languages=["Chinese", "English", "Japanese"], visa_status="h1b", publications=18,
            usce_entries=[U("research", "Neurology", "CT", "2023-08", "2025-12"),
                          U("research", "Neurology", "PA", "2019-08", "2023-07"),
                          U("observership", "Neurology", "CT", "2026-01", "2026-03")]),
)

# ---------------------------------------------------------------- 013 Kyrgyzstan, docx footer only
person(
    n="013", layout="docx_footer_only", ext="docx",
    name="Aibek Toktogulov", native="Айбек Токтогулов", degrees="MD",
    contacts=["aibek.toktogulov@gmail.com", "+996 555 123 456", "Bishkek, Kyrgyz Republic"],
    sections=[
        ("US Clinical Experience", [
            ("e", "05/2025 – 07/2025", "Hands-on Externship, Family Medicine", "UT Health Rio Grande Valley, Harlingen, TX", []),
            ("e", "08/2025", "Observership, Internal Medicine", "Brookdale University Hospital, Brooklyn, NY", []),
        ]),
        ("Work Experience", [("e", "2018 – 2024", "Family Physician", "Family Medicine Center No. 7, Bishkek", [])]),
        ("Residency", [("e", "2016 – 2018", "Clinical Ordinatura, Family Medicine", "Kyrgyz State Medical Academy", [])]),
        ("Education", [("e", "2010 – 2016", "Medical Doctor (General Medicine)", "Kyrgyz State Medical Academy named after I.K. Akhunbaev, Bishkek, Kyrgyzstan", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "228"),
                   ("kv", "ECFMG", "Pending (Pathway application submitted)"), ("kv", "Visa", "Will need J-1")]),
        ("Interests", [("t", "Family Medicine, Internal Medicine")]),
        ("Languages", [("t", "Kyrgyz, Russian, English, Turkish")]),
        ("Presentations", [("p", "Poster: Toktogulov A. Hypertension in rural Kyrgyzstan. WONCA Europe, 2023.")]),
    ],
    truth=T(full_name="Aibek Toktogulov", email="aibek.toktogulov@gmail.com", phone_e164="+996555123456",
            medical_school="Kyrgyz State Medical Academy", medical_school_country="KG", graduation_year=2016,
            usmle_step1="pass", usmle_step2ck=228, ecfmg_status="pending", specialties=["Family Medicine", "Internal Medicine"],
            languages=["Kyrgyz", "Russian", "English", "Turkish"], visa_status="j1", publications=0,
            usce_entries=[U("hands_on", "Family Medicine", "TX", "2025-05", "2025-07"),
                          U("observership", "Internal Medicine", "NY", "2025-08", "2025-08")]),
)

# ---------------------------------------------------------------- 014 Vietnam, ODT -> PDF
person(
    n="014", layout="soffice_pdf_from_odt", ext="pdf",
    name="Trần Minh Khoa", native=None, degrees="MD",
    contacts=["khoa.tranminh.psy@gmail.com", "+84 903 111 222", "Quận 5, TP. Hồ Chí Minh, Vietnam"],
    sections=[
        ("Experience", [
            ("e", "2019 – present", "Psychiatrist", "Ho Chi Minh City Mental Hospital", []),
            ("e", "2022-09 – 2023-08", "Visiting Research Scholar, Department of Psychiatry", "University of California, Los Angeles, CA", []),
            ("e", "2023-09 – 2023-10", "Clinical Observer, Adult Psychiatry", "Harbor-UCLA Medical Center, Torrance, CA", []),
            ("e", "2017 – 2019", "Specialist Level I Training, Psychiatry", "University of Medicine and Pharmacy at Ho Chi Minh City", []),
        ]),
        ("Education", [("e", "2010 – 2016", "Doctor of Medicine (Bác sĩ Y khoa)", "University of Medicine and Pharmacy at Ho Chi Minh City, Vietnam", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "240"), ("kv", "ECFMG", "Certified"),
                   ("kv", "Visa", "Will require J-1")]),
        ("Interest", [("t", "Psychiatry")]),
        ("Languages", [("t", "Vietnamese, English")]),
    ] + pubsec("Tran MK", "psych", 14, years=(2018, 2024), journal=3, submitted=1),
    truth=T(full_name="Trần Minh Khoa", email="khoa.tranminh.psy@gmail.com", phone_e164="+84903111222",
            medical_school="University of Medicine and Pharmacy at Ho Chi Minh City", medical_school_country="VN",
            graduation_year=2016, usmle_step1="pass", usmle_step2ck=240, ecfmg_status="certified", specialties=["Psychiatry"],
            languages=["Vietnamese", "English"], visa_status="j1", publications=3,
            usce_entries=[U("research", "Psychiatry", "CA", "2022-09", "2023-08"),
                          U("observership", "Psychiatry", "CA", "2023-09", "2023-10")]),
)

# ---------------------------------------------------------------- 015 Ukraine (in Poland), chromium academic
person(
    n="015", layout="chromium_academic", ext="pdf",
    name="Anastasiia Melnyk", native="Анастасія Мельник", degrees="MD",
    contacts=["anastasiia.melnyk.path@gmail.com", "+48 512 345 678", "Gdańsk, Poland"],
    sections=[
        ("Positions", [
            ("e", "Nov 2025 – Jan 2026", "Observer, Anatomic and Clinical Pathology", "Henry Ford Hospital, Detroit, MI", []),
            ("e", "Feb 2025 – Oct 2025", "Research Fellow, Department of Pathology", "University of Michigan, Ann Arbor, MI", []),
            ("e", "2022 – 2025", "Pathology Resident", "University Clinical Centre, Medical University of Gdańsk, Poland", []),
            ("e", "2020 – 2022", "Pathologist", "Lviv Regional Pathology Bureau, Lviv, Ukraine", []),
            ("e", "2018 – 2020", "Intern, Pathology", "Lviv Regional Clinical Hospital", []),
        ]),
        ("Education", [("e", "2012 – 2018", "Medical Doctor (Physician, General Medicine)", "Danylo Halytsky Lviv National Medical University, Lviv, Ukraine", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "225"), ("kv", "ECFMG", "Certified"),
                   ("kv", "Visa", "J-1 required")]),
        ("Specialty", [("t", "Pathology (AP/CP)")]),
        ("Languages", [("t", "Ukrainian, Polish, English, Russian")]),
    ] + pubsec("Melnyk A", "path", 15, years=(2019, 2025), journal=5, poster=4, chapter=1),
    truth=T(full_name="Anastasiia Melnyk", email="anastasiia.melnyk.path@gmail.com", phone_e164="+48512345678",
            medical_school="Danylo Halytsky Lviv National Medical University", medical_school_country="UA", graduation_year=2018,
            usmle_step1="pass", usmle_step2ck=225, ecfmg_status="certified", specialties=["Pathology"],
            languages=["Ukrainian", "Polish", "English", "Russian"], visa_status="j1", publications=5,
            usce_entries=[U("observership", "Pathology", "MI", "2025-11", "2026-01"),
                          U("research", "Pathology", "MI", "2025-02", "2025-10")]),
)

# ---------------------------------------------------------------- 016 Korea, docx plain
person(
    n="016", layout="docx_plain", ext="docx",
    name="Soo-yeon Kim", native="김수연", degrees="MD",
    contacts=["sooyeon.kim.rad@naver.com", "+82 10 9876 5432", "Mapo-gu, Seoul, Korea"],
    sections=[
        ("Experience", [
            ("e", "Sep. 2025 – Oct. 2025", "Observership, Diagnostic Radiology", "Memorial Sloan Kettering Cancer Center, New York, NY", []),
            ("e", "Sep. 2024 – Aug. 2025", "Visiting Research Fellow, Department of Radiology", "NYU Langone Health, New York, NY", []),
            ("e", "Mar. 2020 – Feb. 2024", "Resident, Radiology", "Severance Hospital, Yonsei University Health System, Seoul", []),
            ("e", "Mar. 2019 – Feb. 2020", "Intern", "Severance Hospital", []),
        ]),
        ("Education", [("e", "2013 – 2019", "Doctor of Medicine", "Yonsei University College of Medicine (연세대학교 의과대학), Seoul, Korea", [])]),
        ("Examinations", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "262"), ("kv", "ECFMG", "Certified"),
                          ("kv", "Visa", "J-1 sponsorship required"), ("kv", "Korean Board of Radiology", "2024")]),
        ("Specialty", [("t", "Radiology")]),
        ("Languages", [("t", "Korean (native), English (fluent)")]),
    ] + pubsec("Kim S", "rad", 16, years=(2020, 2025), journal=8, poster=2),
    truth=T(full_name="Soo-yeon Kim", email="sooyeon.kim.rad@naver.com", phone_e164="+821098765432",
            medical_school="Yonsei University College of Medicine", medical_school_country="KR", graduation_year=2019,
            usmle_step1="pass", usmle_step2ck=262, ecfmg_status="certified", specialties=["Radiology"],
            languages=["Korean", "English"], visa_status="j1", publications=8,
            usce_entries=[U("observership", "Radiology", "NY", "2025-09", "2025-10"),
                          U("research", "Radiology", "NY", "2024-09", "2025-08")]),
)

# ================================================================ scans
person(
    n="017", layout="scan_pdf_2page", ext="pdf", scan=True,
    name="Jose Miguel B. Santos", native=None, degrees="MD, FPCP",
    contacts=["jmbsantos.md@gmail.com", "+63 918 222 3344", "Quezon City, Philippines"],
    sections=[
        ("US Clinical Experience", [
            ("e", "May 2023 – June 2023", "Observership, Pulmonary & Critical Care", "University of Miami / Jackson Memorial, Miami, FL", []),
            ("e", "July 2023 – Sept 2023", "Clinical Externship (hands-on), Internal Medicine", "The Brooklyn Hospital Center, Brooklyn, NY", []),
        ]),
        ("Training", [("e", "2019 – 2021", "Fellow, Pulmonary Medicine", "St. Luke's Medical Center, Quezon City", []),
                      ("e", "2016 – 2019", "Resident, Internal Medicine", "St. Luke's Medical Center", [])]),
        ("Medical School", [("e", "2011 – 2015", "Doctor of Medicine", "Ateneo School of Medicine and Public Health, Pasig, Philippines", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "238"), ("kv", "ECFMG", "Certified"),
                   ("kv", "Visa", "J-1")]),
        ("Goals", [("t", "Internal Medicine, then Pulmonary/Critical Care")]),
        ("Languages", [("t", "English, Tagalog")]),
    ] + pubsec("Santos JMB", "anes", 17, years=(2017, 2023), journal=2, poster=2),
    truth=T(full_name="Jose Miguel B. Santos", email="jmbsantos.md@gmail.com", phone_e164="+639182223344",
            medical_school="Ateneo School of Medicine and Public Health", medical_school_country="PH", graduation_year=2015,
            usmle_step1="pass", usmle_step2ck=238, ecfmg_status="certified",
            specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["English", "Tagalog"], visa_status="j1",
            publications=2,
            usce_entries=[U("observership", "Pulmonology/Critical Care", "FL", "2023-05", "2023-06"),
                          U("hands_on", "Internal Medicine", "NY", "2023-07", "2023-09")]),
)
person(
    n="018", layout="scan_png_photo", ext="png", scan=True,
    name="Zeynep Aksoy", native=None, degrees="MD",
    contacts=["zeynep.aksoy.md@gmail.com", "+90 533 444 11 22", "Istanbul, Türkiye"],
    sections=[
        ("US Experience", [("e", "Jul 2024 – Aug 2024", "Observership, General Pediatrics", "Children's Hospital of Philadelphia, Philadelphia, PA", [])]),
        ("Experience", [("e", "2022 – present", "Pediatrician", "Başakşehir Çam ve Sakura City Hospital, Istanbul", []),
                        ("e", "2018 – 2022", "Pediatrics Resident", "Istanbul University-Cerrahpaşa", [])]),
        ("Education", [("e", "2011 – 2017", "MD", "Istanbul University-Cerrahpaşa, Cerrahpaşa Faculty of Medicine, Istanbul, Türkiye", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "250"), ("kv", "ECFMG", "Certified"),
                   ("kv", "Visa", "J-1 needed")]),
        ("Interest", [("t", "Pediatrics")]),
        ("Languages", [("t", "Turkish, English, French")]),
        ("Publications (3)", [("p", "Aksoy Z, Demir B. RSV bronchiolitis outcomes. Turk J Pediatr. 2021;63(4):600-607."),
                              ("p", "Aksoy Z et al. Neonatal sepsis in Istanbul. BMC Pediatr. 2022;22:311."),
                              ("p", "Kaya M, Aksoy Z. MIS-C in Turkish children. Pediatr Infect Dis J. 2023;42(2):e44-e49.")]),
    ],
    truth=T(full_name="Zeynep Aksoy", email="zeynep.aksoy.md@gmail.com", phone_e164="+905334441122",
            medical_school="Istanbul University-Cerrahpaşa, Cerrahpaşa Faculty of Medicine", medical_school_country="TR",
            graduation_year=2017, usmle_step1="pass", usmle_step2ck=250, ecfmg_status="certified", specialties=["Pediatrics"],
            languages=["Turkish", "English", "French"], visa_status="j1", publications=3,
            usce_entries=[U("observership", "Pediatrics", "PA", "2024-07", "2024-08")]),
)
person(
    n="019", layout="scan_jpg", ext="jpg", scan=True,
    name="Artem Sokolov", native="Артём Соколов", degrees="MD",
    contacts=["artem.sokolov.endo@yandex.ru", "+7 916 555 33 44", "Moscow, Russia"],
    sections=[
        ("US Experience", [("e", "03/2024 – 04/2024", "Observership, Endocrinology", "Joslin Diabetes Center, Boston, MA", [])]),
        ("Work", [("e", "2016 – 2023", "Endocrinologist", "Endocrinology Research Centre, Moscow", []),
                  ("e", "2014 – 2016", "Residency, Endocrinology", "Sechenov University", [])]),
        ("Education", [("e", "2008 – 2014", "MD (General Medicine)", "I.M. Sechenov First Moscow State Medical University, Moscow, Russia", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "235"), ("kv", "ECFMG", "Pending"),
                   ("kv", "Visa", "B1/B2")]),
        ("Interests", [("t", "Endocrinology, Internal Medicine")]),
        ("Languages", [("t", "Russian, English")]),
        ("Publications", [("p", "Sokolov A et al. Thyroid nodules in Moscow. Probl Endokrinol. 2019;65(2):80-86."),
                          ("p", "Sokolov A, Petrova N. Insulin pump outcomes. Diabetes Mellitus. 2020;23(1):11-17."),
                          ("p", "Sokolov A. Primary aldosteronism screening. Endocr Connect. 2021;10(5):512-519."),
                          ("p", "Sokolov A et al. Cushing's syndrome. Clin Endocrinol. 2022;97(3):301-308.")]),
    ],
    truth=T(full_name="Artem Sokolov", email="artem.sokolov.endo@yandex.ru", phone_e164="+79165553344",
            medical_school="I.M. Sechenov First Moscow State Medical University", medical_school_country="RU", graduation_year=2014,
            usmle_step1="pass", usmle_step2ck=235, ecfmg_status="pending", specialties=["Endocrinology", "Internal Medicine"],
            languages=["Russian", "English"], visa_status="b1b2", publications=4,
            usce_entries=[U("observership", "Endocrinology", "MA", "2024-03", "2024-04")]),
)
person(
    n="020", layout="scan_pdf", ext="pdf", scan=True,
    name="Nigar Məmmədova", native=None, degrees="MD",
    contacts=["nigar.mammadova.rheum@gmail.com", "+994 50 123 45 67", "Baku, Azerbaijan"],
    sections=[
        ("US Experience", [("e", "April 2025", "Observership, Rheumatology", "Hospital for Special Surgery, New York, NY", [])]),
        ("Work", [("e", "2019 – present", "Rheumatologist", "Central Clinical Hospital, Baku", []),
                  ("e", "2015 – 2019", "Residency, Rheumatology", "Azerbaijan Medical University", [])]),
        ("Education", [("e", "2009 – 2015", "MD", "Azerbaijan Medical University, Baku, Azerbaijan", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "229"), ("kv", "ECFMG", "Certified"),
                   ("kv", "Visa", "J-1")]),
        ("Interests", [("t", "Rheumatology, Internal Medicine")]),
        ("Languages", [("t", "Azerbaijani, Russian, Turkish, English")]),
        ("Publications", [("p", "Məmmədova N et al. Behçet's disease in Azerbaijan. Rheumatol Int. 2021;41:1021-1027."),
                          ("p", "Məmmədova N, Aliyev R. Familial Mediterranean fever. Clin Rheumatol. 2023;42:88-94.")]),
    ],
    truth=T(full_name="Nigar Məmmədova", email="nigar.mammadova.rheum@gmail.com", phone_e164="+994501234567",
            medical_school="Azerbaijan Medical University", medical_school_country="AZ", graduation_year=2015,
            usmle_step1="pass", usmle_step2ck=229, ecfmg_status="certified", specialties=["Rheumatology", "Internal Medicine"],
            languages=["Azerbaijani", "Russian", "Turkish", "English"], visa_status="j1", publications=2,
            usce_entries=[U("observership", "Rheumatology", "NY", "2025-04", "2025-04")]),
)
person(
    n="021", layout="scan_jpg_lowcontrast", ext="jpg", scan=True,
    name="Lê Văn Hùng", native=None, degrees="MD",
    contacts=["levanhung.anes@gmail.com", "+84 905 678 901", "Huế, Vietnam"],
    sections=[
        ("US Experience", [("e", "10/2024 – 12/2024", "Hands-on Externship, Anesthesiology", "Ochsner Medical Center, New Orleans, LA", [])]),
        ("Work", [("e", "2015 – present", "Anesthesiologist", "Hue Central Hospital, Huế", []),
                  ("e", "2012 – 2015", "Residency, Anesthesiology", "Hue University of Medicine and Pharmacy", [])]),
        ("Education", [("e", "2006 – 2012", "Doctor of Medicine", "Hue University of Medicine and Pharmacy, Huế, Vietnam", [])]),
        ("Exams", [("kv", "USMLE Step 1", "Pass"), ("kv", "USMLE Step 2 CK", "231"), ("kv", "ECFMG", "Certified"),
                   ("kv", "Visa", "J-1")]),
        ("Interest", [("t", "Anesthesiology")]),
        ("Languages", [("t", "Vietnamese, English")]),
        ("Publications", [("p", "Le VH et al. Spinal anesthesia for cesarean delivery. Hue J Med Pharm. 2020;10(3):55-61.")]),
    ],
    truth=T(full_name="Lê Văn Hùng", email="levanhung.anes@gmail.com", phone_e164="+84905678901",
            medical_school="Hue University of Medicine and Pharmacy", medical_school_country="VN", graduation_year=2012,
            usmle_step1="pass", usmle_step2ck=231, ecfmg_status="certified", specialties=["Anesthesiology"],
            languages=["Vietnamese", "English"], visa_status="j1", publications=1,
            usce_entries=[U("hands_on", "Anesthesiology", "LA", "2024-10", "2024-12")]),
)

DAMAGED = [("022", "damaged_truncated_pdf", "pdf"), ("023", "damaged_encrypted_pdf", "pdf"), ("024", "damaged_random_docx", "docx")]
