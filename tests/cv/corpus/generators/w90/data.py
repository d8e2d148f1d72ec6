# -*- coding: utf-8 -*-
"""Content of the w90 CVs. Each person: display fields + truth fields.
Experience entries: role, org, place, when (display), sec (heading in CV), t = truth tuple or None (non-US)."""


def X(role, org, place, when, sec, t=None, desc=None):
    return dict(role=role, org=org, place=place, when=when, sec=sec, t=t, desc=desc)


def T(kind, spec, st, s, e):
    return dict(type=kind, specialty=spec, state=st, start=s, end=e)


def R(name, title, org, email, phone):
    return dict(name=name, title=title, org=org, email=email, phone=phone)


USCE = "US Clinical Experience"
HOME = "Clinical Experience"
RES = "Research Experience"

PEOPLE = {}

PEOPLE["sabin"] = dict(
    name="Sabin Adhikari", native="सबिन अधिकारी", suffix="MBBS",
    email="sabin.adhikari21@gmail.com", phone_disp="+977 984-1523678", phone="+9779841523678",
    address="Maharajgunj-3, Kathmandu 44600, Nepal", born="Born: 14 Feb 1996",
    edu=[("MBBS", "Tribhuvan University, Institute of Medicine (Maharajgunj Medical Campus)", "Kathmandu, Nepal", "2015 – 2021"),
         ("Higher Secondary (Science)", "St. Xavier's College", "Kathmandu, Nepal", "2013 – 2015")],
    exams=["USMLE Step 1: PASS (first attempt, 2022)", "USMLE Step 2 CK: 247 (2023)", "ECFMG Certified (Aug 2023)",
           "NBME CBSE (practice): 231 — not an official USMLE result"],
    visa_disp="B1/B2 visitor visa (valid through 2029)",
    interests="Applying to Internal Medicine residency (Match 2027)",
    langs_disp="English (fluent), Nepali (native), Hindi (conversational)",
    exp=[
        X("IM Observership", "Cleveland Clinic", "Cleveland, OH", "06/24–07/24", USCE, T("observership", "Internal Medicine", "OH", "2024-06", "2024-07")),
        X("Hands-on Externship – Family Medicine", "Bellaire Community Clinic", "Houston, TX", "09/24 (4 weeks)", USCE, T("hands_on", "Family Medicine", "TX", "2024-09", "2024-09")),
        X("Research Volunteer – Cardiology", "UPMC Heart and Vascular Institute", "Pittsburgh, PA", "10/24–present", USCE, T("research", "Cardiology", "PA", "2024-10", "2026-12")),
        X("Virtual IM Rotation (telehealth)", "Ochsner Health (remote)", "New Orleans, LA", "01/25", USCE, T("telehealth", "Internal Medicine", "LA", "2025-01", "2025-01")),
        X("Rotating Intern", "Tribhuvan University Teaching Hospital", "Kathmandu, Nepal", "11/20–10/21", HOME),
        X("Medical Officer, Emergency & Medicine", "Bir Hospital", "Kathmandu, Nepal", "12/21–05/24", HOME),
    ],
    pubs=[("Adhikari S, Pokharel N, Bhattarai R. Prevalence of hypertension among adults in Kavrepalanchok district. J Nepal Health Res Counc. 2022;20(3):612-617.", True),
          ("Shrestha A, Adhikari S. Outcomes of acute coronary syndrome in a tertiary center of Nepal. Cureus. 2024;16(2):e53712.", True),
          ("Adhikari S et al. Troponin trends after PCI — poster, ACC Quality Summit 2025.", False)],
    refs=[R("Dr. Michael J. Fenton, MD", "Staff Physician, Department of Hospital Medicine", "Cleveland Clinic, OH", "fentonm@ccf.org", "+1 (216) 444-2200"),
          R("Prof. Dr. Rajendra K. Bhattarai", "Professor of Medicine", "TUTH, Kathmandu", "rkbhattarai@iom.edu.np", "+977-1-4412303")],
    truth=dict(medical_school="Tribhuvan University Institute of Medicine", medical_school_country="NP", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
               visa_status="b1b2", specialties=["Internal Medicine"], languages=["English", "Nepali", "Hindi"]),
)

PEOPLE["farhana"] = dict(
    name="Farhana Akter Mim", suffix="MBBS", email="farhana.mim.dmc@outlook.com", phone_disp="+880 1712-345678", phone="+8801712345678",
    address="House 21, Road 7, Dhanmondi, Dhaka-1205, Bangladesh", born="Date of birth: 02.09.1996",
    edu=[("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "Dhaka Medical College (University of Dhaka)", "Dhaka, Bangladesh", "2014 – 2019")],
    exams=["USMLE Step 1 — Passed (2023)", "USMLE Step 2 CK — 239 (2024)", "OET Medicine — scheduled; ECFMG certification pending",
           "UWSA2 (self-assessment): 246"],
    visa_disp="Will require J-1 visa sponsorship (ECFMG)",
    interests="Career goal: Pediatrics residency; long-term interest in neonatal care",
    langs_disp="Bangla (native), English (fluent), Hindi (basic)",
    exp=[
        X("Pediatric Observership", "Children's Hospital of Michigan", "Detroit, MI", "4 weeks, Sept 2024", HOME, T("observership", "Pediatrics", "MI", "2024-09", "2024-09")),
        X("Hands-on Pediatric Externship", "Kings Pediatrics PC", "Brooklyn, NY", "Oct 14 – Nov 8, 2024", HOME, T("hands_on", "Pediatrics", "NY", "2024-10", "2024-11")),
        X("Clinical Research Volunteer (remote), Pediatric Hematology–Oncology", "St. Jude Children's Research Hospital", "Memphis, TN", "Jan 2025 – Jun 2025", HOME, T("research", "Hematology/Oncology", "TN", "2025-01", "2025-06")),
        X("Medical Officer, Pediatrics", "Dhaka Shishu (Children) Hospital", "Dhaka, Bangladesh", "Mar 2021 – Jul 2024", HOME),
        X("Internship (rotating)", "Dhaka Medical College Hospital", "Dhaka, Bangladesh", "Jan 2020 – Dec 2020", HOME),
    ],
    pubs=[("Mim FA, Rahman M, Hossain S. Risk factors of neonatal sepsis in a tertiary hospital of Bangladesh. Bangladesh J Child Health. 2023;47(1):22-27.", True),
          ("Mim FA et al. Iron deficiency in school-age children in Dhaka — manuscript submitted, 2025.", False),
          ("Mim FA. Dengue shock syndrome in children — poster, PAS 2025.", False),
          ("Mim FA. Kangaroo mother care uptake — abstract, BPA Congress 2022.", False)],
    refs=[R("Dr. Lisa M. Okafor, MD", "Attending Pediatrician", "Children's Hospital of Michigan", "lokafor@dmc.org", "+1 313-745-5437"),
          R("Prof. Dr. Md. Abid Hossain Mollah", "Professor of Pediatrics", "Dhaka Medical College", "ahmollah@dmc.gov.bd", "+880 1711-520033")],
    truth=dict(medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
               specialties=["Pediatrics"], languages=["Bengali", "English", "Hindi"]),
)

PEOPLE["tharindu"] = dict(
    name="Tharindu Jayasekara", suffix="MBBS (Peradeniya)", email="tharindu.jayasekara@gmail.com", phone_disp="+94 77 345 6721", phone="+94773456721",
    address="42/3 Peradeniya Road, Kandy, Sri Lanka", born="Year of birth: 1993",
    edu=[("MBBS", "Faculty of Medicine, University of Peradeniya", "Peradeniya, Sri Lanka", "2012 – 2018 (graduated March 2019)")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 255", "USMLE Step 3: 231", "ECFMG certified (2022)", "PLAB 1: Passed (2021) — UK, not pursued"],
    visa_disp="Seeking H-1B sponsorship",
    interests="Internal Medicine residency → Nephrology fellowship",
    langs_disp="Sinhala · English · Tamil",
    exp=[
        X("Research Fellow, Division of Nephrology & Hypertension", "Mayo Clinic", "Rochester, MN", "Aug 2023 – Jul 2024", RES, T("research", "Nephrology", "MN", "2023-08", "2024-07")),
        X("Clinical Observer, Nephrology", "Mayo Clinic", "Rochester, MN", "Feb – Mar 2024", USCE, T("observership", "Nephrology", "MN", "2024-02", "2024-03")),
        X("Hands-on Externship, Internal Medicine (inpatient)", "Saint Michael's Medical Center", "Newark, NJ", "2024-09 – 2024-10", USCE, T("hands_on", "Internal Medicine", "NJ", "2024-09", "2024-10")),
        X("Senior House Officer, Nephrology", "Teaching Hospital Kandy", "Kandy, Sri Lanka", "2020 – 2023", HOME),
        X("Intern House Officer (Medicine & Surgery)", "National Hospital of Sri Lanka", "Colombo, Sri Lanka", "Apr 2019 – Mar 2020", HOME),
    ],
    pubs=[("Jayasekara T, et al. CKD of unknown aetiology in the North Central Province. Ceylon Med J. 2021;66:115-20.", True),
          ("Jayasekara T, Garovic VD, et al. Hypertensive disorders of pregnancy and long-term kidney outcomes. Kidney Int Rep. 2024;9:1450-58.", True),
          ("Jayasekara T, et al. Kidney biopsy complications in older adults. Mayo Clin Proc. 2024;99:1901-10.", True),
          ("Perera K, Jayasekara T. Snakebite-associated AKI: a case series. BMC Nephrol. 2022;23:301.", True),
          ("Jayasekara T. APOL1 and transplant outcomes — oral abstract, ASN Kidney Week 2024.", False)],
    refs=[R("Vesna D. Garovic, MD, PhD", "Professor of Medicine", "Mayo Clinic, Rochester MN", "garovic.vesna@mayo.edu", "+1 507-266-1044"),
          R("Dr. Nalaka Herath", "Consultant Nephrologist", "Teaching Hospital Kandy", "nherath@pdn.ac.lk", "+94 81 2388 000")],
    truth=dict(medical_school="University of Peradeniya Faculty of Medicine", medical_school_country="LK", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=255, usmle_step3=231, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Nephrology"], languages=["Sinhala", "English", "Tamil"]),
)

PEOPLE["aditya"] = dict(
    name="Aditya Raghunathan", suffix="MBBS", email="aditya.r.mmc@gmail.com", phone_disp="+1 (312) 702-4418", phone="+13127024418",
    address="1150 N Lake Shore Dr, Apt 9C, Chicago, IL 60611", born="",
    edu=[("MBBS", "Madras Medical College (The Tamil Nadu Dr. M.G.R. Medical University)", "Chennai, India", "2016 – 2022")],
    exams=["USMLE Step 1 – Pass", "USMLE Step 2 CK – 261", "ECFMG Certification – Certified (2024)"],
    visa_disp="B1/B2 (valid until 2030)",
    interests="Neurology (stroke & neurocritical care)",
    langs_disp="English, Tamil, Hindi, Telugu",
    exp=[
        X("Neurology Observership", "Rush University Medical Center", "Chicago, IL", "01/25–02/25", USCE, T("observership", "Neurology", "IL", "2025-01", "2025-02")),
        X("Neurology Research Fellow", "Northwestern University Feinberg School of Medicine", "Chicago, IL", "03/2025–present", USCE, T("research", "Neurology", "IL", "2025-03", "2026-12")),
        X("Tele-Neurology Virtual Rotation", "University of Miami (virtual)", "Miami, FL", "4 weeks, Nov 2024", USCE, T("telehealth", "Neurology", "FL", "2024-11", "2024-11")),
        X("Hands-on IM Externship", "Detroit Medical Center – Sinai-Grace Hospital", "Detroit, MI", "09/24–10/24", USCE, T("hands_on", "Internal Medicine", "MI", "2024-09", "2024-10")),
        X("Virtual Clinical Rotation (telehealth), Internal Medicine", "AMG Virtual Rotations (US-based, fully remote)", "online", "2 weeks, Dec 2024", USCE),
        X("Junior Resident (non-academic), Neurology", "Apollo Hospitals, Greams Road", "Chennai, India", "08/22–06/24", HOME),
        X("CRRI (Compulsory Rotating Residential Internship)", "Rajiv Gandhi Government General Hospital", "Chennai, India", "03/21–03/22", HOME),
    ],
    pubs=[("Raghunathan A, et al. Door-to-needle times in a South Indian stroke unit. Neurol India. 2023;71:880-5.", True),
          ("Raghunathan A, Kumar S. Guillain–Barré syndrome after dengue: case report. Ann Indian Acad Neurol. 2022;25:312-4.", True),
          ("Raghunathan A, et al. Tenecteplase vs alteplase in wake-up stroke. J Stroke Cerebrovasc Dis. 2025;34:107890.", True),
          ("Raghunathan A. Mobile stroke units in India — in preparation.", False)],
    refs=[R("Dr. Shyam Prabhakaran, MD", "Professor of Neurology", "Northwestern Medicine", "s.prabhakaran@northwestern.edu", "+1 312-503-8000"),
          R("Dr. Karen O'Donnell, MD", "Attending Neurologist", "Rush University Medical Center", "karen_odonnell@rush.edu", "+1 (312) 942-4500")],
    truth=dict(medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=261, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Neurology"], languages=["English", "Tamil", "Hindi", "Telugu"]),
)

PEOPLE["bilal"] = dict(
    name="Muhammad Bilal Khan", suffix="MBBS", email="dr.bilalkhan.kmc@yahoo.com", phone_disp="Cell: 0333-9124578 (WhatsApp)", phone="+923339124578",
    address="Street 4, Hayatabad Phase 3, Peshawar, Khyber Pakhtunkhwa, Pakistan", born="DOB: 1993",
    edu=[("MBBS", "Khyber Medical College, Peshawar (Khyber Medical University)", "Peshawar, Pakistan", "2012 – 2017 (degree awarded 2018)")],
    exams=["USMLE Step 1: 218 (2019)", "USMLE Step 2 CK: 232 (2020)", "Step 2 CS: Pass (2020)", "ECFMG Certificate: issued 2020"],
    visa_disp="J-1 (ECFMG-sponsored) required",
    interests="Family Medicine or Internal Medicine",
    langs_disp="Pashto (mother tongue), Urdu, English",
    exp=[
        X("Observership, Family Medicine", "UT Health San Antonio", "San Antonio, TX", "Mar 2023", USCE, T("observership", "Family Medicine", "TX", "2023-03", "2023-03")),
        X("Clinical Externship (hands-on), Internal Medicine", "Jackson Park Hospital", "Chicago, IL", "April–May 2023", USCE, T("hands_on", "Internal Medicine", "IL", "2023-04", "2023-05")),
        X("Research Assistant (remote), Infectious Diseases", "Emory University School of Medicine", "Atlanta, GA", "2023.06 – 2024.02", RES, T("research", "Infectious Disease", "GA", "2023-06", "2024-02")),
        X("Observer, Family Medicine", "Toronto Western Hospital", "Toronto, ON, Canada", "Sep 2022", HOME),
        X("Medical Officer", "Lady Reading Hospital", "Peshawar, Pakistan", "2019 – 2022", HOME),
        X("House Job (Medicine, Surgery)", "Lady Reading Hospital", "Peshawar, Pakistan", "2018 – 2019", HOME),
    ],
    pubs=[("Khan MB. Hepatitis C seroprevalence in blood donors — poster, KMU Research Day 2018.", False),
          ("Khan MB, et al. Typhoid XDR outbreak response — poster, IDWeek 2023.", False)],
    refs=[R("Dr. Roberto Villarreal, MD", "Associate Professor, Family & Community Medicine", "UT Health San Antonio", "villarrealr@uthscsa.edu", "+1 210-358-3930"),
          R("Dr. Jamal Ud Din", "Assistant Professor of Medicine", "Lady Reading Hospital", "jamaluddin@lrh.edu.pk", "+92 91 9211430")],
    truth=dict(medical_school="Khyber Medical College", medical_school_country="PK", graduation_year=2018, is_student=False,
               usmle_step1=218, usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Family Medicine", "Internal Medicine"], languages=["Pashto", "Urdu", "English"]),
)

PEOPLE["zarghona"] = dict(
    name="Zarghona Ahmadzai", native="زرغونه احمدزۍ", suffix="MD", email="zarghona.ahmadzai@gmail.com", phone_disp="(571) 438-2290", phone="+15714382290",
    address="Alexandria, VA 22304", born="",
    edu=[("Doctor of Medicine (MD)", "Kabul University of Medical Sciences (Abu Ali Ibn Sina)", "Kabul, Afghanistan", "2010 – 2017")],
    exams=["USMLE Step 1 — Pass", "USMLE Step 2 CK — 229", "ECFMG certification: pending (OET Medicine booked)"],
    visa_disp="U.S. Lawful Permanent Resident (Green Card)",
    interests="Obstetrics & Gynecology",
    langs_disp="Pashto (native), Persian/Dari (native), English (fluent), Urdu (conversational)",
    exp=[
        X("Ob/Gyn Externship (hands-on)", "Northern Virginia Women's Health (private practice)", "Falls Church, VA", "2024-02 — 2024-04", USCE, T("hands_on", "Obstetrics and Gynecology", "VA", "2024-02", "2024-04")),
        X("Observership, Obstetrics & Gynecology", "University of Maryland Medical Center", "Baltimore, MD", "May 2024", USCE, T("observership", "Obstetrics and Gynecology", "MD", "2024-05", "2024-05")),
        X("Research Volunteer, Maternal–Fetal Medicine", "Johns Hopkins School of Medicine", "Baltimore, MD", "June 2024 – ongoing", RES, T("research", "Obstetrics and Gynecology", "MD", "2024-06", "2026-12")),
        X("Resident, Obstetrics & Gynecology", "Malalai Maternity Hospital", "Kabul, Afghanistan", "2018 – 2021", HOME),
        X("Intern", "Malalai Maternity Hospital", "Kabul, Afghanistan", "2017 – 2018", HOME),
    ],
    pubs=[("Ahmadzai Z, Stanekzai H. Maternal near-miss in Kabul: a cross-sectional study. East Mediterr Health J. 2020;26(9):1051-8.", True),
          ("Ahmadzai Z. Postpartum hemorrhage bundle adherence — poster, ACOG Annual 2025.", False)],
    refs=[R("Dr. Jennifer A. Cole, MD, FACOG", "Ob/Gyn, practice owner", "Northern Virginia Women's Health", "jcole@novawomenshealth.com", "+1 703-555-0192"),
          R("Irina Burd, MD, PhD", "Professor of Gynecology & Obstetrics", "Johns Hopkins / UMMC", "iburd@som.umaryland.edu", "+1 (410) 328-5959")],
    truth=dict(medical_school="Kabul University of Medical Sciences", medical_school_country="AF", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="pending", visa_status="green_card",
               specialties=["Obstetrics and Gynecology"], languages=["Pashto", "Persian", "English", "Urdu"]),
)

PEOPLE["prakriti"] = dict(
    name="Prakriti Gurung", suffix="", email="prakriti.gurung@kusms.edu.np", phone_disp="+977-9846-112907", phone="+9779846112907",
    address="Dhulikhel-7, Kavrepalanchok, Nepal", born="DOB 22/11/2001",
    edu=[("MBBS (final year; expected graduation 2027)", "Kathmandu University School of Medical Sciences", "Dhulikhel, Nepal", "2021 – present")],
    exams=["USMLE Step 1: Pass (June 2025)", "USMLE Step 2 CK: scheduled March 2026", "ECFMG status: not yet certified"],
    visa_disp="B-1/B-2 visa holder",
    interests="Emergency Medicine",
    langs_disp="Nepali, English, Gurung (Tamu), Hindi",
    exp=[
        X("Virtual Clerkship, Emergency Medicine", "University of Arizona College of Medicine (online)", "Tucson, AZ", "Jan–Feb 2025", "Virtual & Clinical Electives (USA)", T("telehealth", "Emergency Medicine", "AZ", "2025-01", "2025-02")),
        X("Visiting Student Elective (hands-on), Emergency Medicine", "SUNY Downstate Health Sciences University", "Brooklyn, NY", "4 weeks, July 2025", "Virtual & Clinical Electives (USA)", T("hands_on", "Emergency Medicine", "NY", "2025-07", "2025-07")),
        X("Observership, Emergency Medicine", "Hennepin Healthcare", "Minneapolis, MN", "2 weeks, 04–15 Aug 2025", "Virtual & Clinical Electives (USA)", T("observership", "Emergency Medicine", "MN", "2025-08", "2025-08")),
        X("Clinical clerkships (core rotations)", "Dhulikhel Hospital – Kathmandu University Hospital", "Dhulikhel, Nepal", "2023 – present", "Clinical Rotations (Nepal)"),
        X("Volunteer, earthquake health camp", "Nepal Red Cross Society", "Jajarkot, Nepal", "Nov 2023", "Clinical Rotations (Nepal)"),
    ],
    pubs=[],
    refs=[R("Dr. Samuel Reyes, MD", "Clerkship Director, Emergency Medicine", "SUNY Downstate", "samuel.reyes@downstate.edu", "+1 718-270-1000"),
          R("Dr. Rajesh Gongal", "Professor, Dept. of Emergency Medicine", "Dhulikhel Hospital", "rgongal@kusms.edu.np", "+977 11 490497")],
    truth=dict(medical_school="Kathmandu University School of Medical Sciences", medical_school_country="NP", graduation_year=2027, is_student=True,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
               specialties=["Emergency Medicine"], languages=["Nepali", "English", "Gurung", "Hindi"]),
)

PEOPLE["rafi"] = dict(
    name="Shahriar Hossain Rafi", suffix="MBBS", email="rafi.ssmc19@gmail.com", phone_disp="+880 1819 456 723", phone="+8801819456723",
    address="Mirpur-10, Dhaka 1216, Bangladesh", born="Born 1995",
    edu=[("MBBS", "Sir Salimullah Medical College (University of Dhaka)", "Dhaka, Bangladesh", "2013-2018; internship completed 2019")],
    exams=["USMLE Step 1: PASS", "USMLE Step 2 CK: 244", "ECFMG: Certified"],
    visa_disp="J1 visa needed",
    interests="Psychiatry (adult & consultation-liaison)",
    langs_disp="Bengali, English",
    exp=[
        X("Psychiatry Observership", "BronxCare Health System", "Bronx, NY", "05/24-06/24", USCE, T("observership", "Psychiatry", "NY", "2024-05", "2024-06")),
        X("Hands-on Externship - Psychiatry", "Queens Behavioral Health PC (outpatient)", "Queens, NY", "07/24-09/24", USCE, T("hands_on", "Psychiatry", "NY", "2024-07", "2024-09")),
        X("Research Volunteer - Psychiatry", "Zucker Hillside Hospital, Northwell Health", "Glen Oaks, NY", "10/2024-present", USCE, T("research", "Psychiatry", "NY", "2024-10", "2026-12")),
        X("Telepsychiatry Virtual Rotation", "Rutgers University Behavioral Health Care (virtual)", "Piscataway, NJ", "2 weeks, Jan 2025", USCE, T("telehealth", "Psychiatry", "NJ", "2025-01", "2025-01")),
        X("Medical Officer", "National Institute of Mental Health (NIMH)", "Dhaka, Bangladesh", "2020-2023", HOME),
        X("Intern Doctor", "Sir Salimullah Medical College & Mitford Hospital", "Dhaka, Bangladesh", "2018-2019", HOME),
    ],
    pubs=[("Rafi SH, Alam MF. Depression among medical students in Dhaka. Bangladesh J Psychiatry. 2021;35(2):45-50.", True),
          ("Rafi SH, et al. Clozapine utilization in a public psychiatric hospital. Asian J Psychiatr. 2024;93:103925.", True),
          ("Rafi SH. Lithium monitoring QI project - poster, APA Annual Meeting 2025.", False)],
    refs=[R("Dr. Daniel Feldman, MD", "Attending Psychiatrist", "BronxCare Health System", "dfeldman@bronxcare.org", "+1 718-960-1234"),
          R("Dr. Mohammad Faruq Alam", "Professor of Psychiatry", "NIMH Dhaka", "faruq.alam@nimh.gov.bd", "+880 2-9118171")],
    truth=dict(medical_school="Sir Salimullah Medical College", medical_school_country="BD", graduation_year=2018, is_student=False,
               usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Psychiatry"], languages=["Bengali", "English"]),
)

PEOPLE["ananya"] = dict(
    name="Ananya Iyer", native="अनन्या अय्यर", suffix="MBBS", email="ananya.iyer.kmc@gmail.com", phone_disp="+91 98450 12763", phone="+919845012763",
    address="No. 18, 4th Cross, Jayanagar, Bengaluru 560011", born="",
    edu=[("MBBS", "Kasturba Medical College, Manipal (Manipal Academy of Higher Education)", "Manipal, India", "Aug 2015 – Jan 2021")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 258", "ECFMG certified (2023)"],
    visa_disp="Will require H-1B sponsorship",
    interests="Internal Medicine, with a goal of Hematology/Oncology fellowship",
    langs_disp="English, Kannada, Tamil, Hindi",
    exp=[
        X("Research Fellow, Department of Lymphoma/Myeloma", "The University of Texas MD Anderson Cancer Center", "Houston, TX", "Jul 2023 – Jun 2025", RES, T("research", "Hematology/Oncology", "TX", "2023-07", "2025-06")),
        X("Clinical Observer, Hematology/Oncology", "MD Anderson Cancer Center", "Houston, TX", "Mar 2024", USCE, T("observership", "Hematology/Oncology", "TX", "2024-03", "2024-03")),
        X("Hands-on Clinical Rotation, Inpatient Internal Medicine", "Brookdale University Hospital Medical Center", "Brooklyn, NY", "Aug–Sep 2025", USCE, T("hands_on", "Internal Medicine", "NY", "2025-08", "2025-09")),
        X("Compulsory Rotating Internship", "Kasturba Hospital", "Manipal, India", "Feb 2020 – Jan 2021", "Internship (India)"),
    ],
    pubs=[("Iyer A, et al. Outcomes of CAR-T therapy in older adults with LBCL. Blood Adv. 2024;8:3150-60.", True),
          ("Iyer A, Nastoupil L, et al. Bispecific antibodies in relapsed follicular lymphoma. Haematologica. 2025;110:220-9.", True),
          ("Iyer A, et al. Cytokine release syndrome grading concordance. Transplant Cell Ther. 2024;30:611.e1-8.", True),
          ("Iyer A, Rao P. Anemia in pregnancy in coastal Karnataka. Indian J Hematol Blood Transfus. 2021;37:440-5.", True),
          ("Iyer A, et al. Real-world tafasitamab use. Leuk Lymphoma. 2025;66:101-9.", True),
          ("Iyer A. Neurotoxicity after CAR-T — abstract, ASH 2024.", False),
          ("Iyer A. Frailty indices in myeloma — abstract, ASCO 2025.", False)],
    refs=[R("Loretta J. Nastoupil, MD", "Professor, Lymphoma/Myeloma", "MD Anderson Cancer Center", "lnastoupil@mdanderson.org", "+1 713-792-2860"),
          R("Dr. Alan Weiss, MD", "Program Director, Internal Medicine", "Brookdale University Hospital", "aweiss@bhmcny.org", "+1 718-240-5000")],
    truth=dict(medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
               specialties=["Internal Medicine", "Hematology/Oncology"], languages=["English", "Kannada", "Tamil", "Hindi"]),
)

PEOPLE["ayesha"] = dict(
    name="Ayesha Siddiqa Malik", suffix="MBBS", email="ayesha.s.malik@gmail.com", phone_disp="+92 321 4477 906", phone="+923214477906",
    address="DHA Phase 5, Karachi, Pakistan", born="Born 1997",
    edu=[("MBBS", "Aga Khan University Medical College", "Karachi, Pakistan", "2015–2020")],
    exams=["USMLE Step 1: Pass (2021)", "USMLE Step 2 CK: 252 (2022)", "ECFMG Certified: Yes (2022)"],
    visa_disp="J-1 (ECFMG) — will require sponsorship",
    interests="Internal Medicine; Endocrinology fellowship",
    langs_disp="English, Urdu, Punjabi",
    exp=[
        X("Observership", "Joslin Diabetes Center", "Boston, MA", "09/2023 (4 wks)", USCE, T("observership", "Endocrinology", "MA", "2023-09", "2023-09")),
        X("Externship (hands-on)", "Hurley Medical Center", "Flint, MI", "10/2023–12/2023 (12 wks)", USCE, T("hands_on", "Internal Medicine", "MI", "2023-10", "2023-12")),
        X("Research Associate", "Case Western Reserve University", "Cleveland, OH", "01/2024–present", USCE, T("research", "Endocrinology", "OH", "2024-01", "2026-12")),
        X("Telehealth rotation", "UTMB Health (virtual clinic)", "Galveston, TX", "05/2024 (2 wks)", USCE, T("telehealth", "Internal Medicine", "TX", "2024-05", "2024-05")),
        X("House Officer / Medical Officer", "Aga Khan University Hospital", "Karachi, Pakistan", "2020–2023", HOME),
    ],
    pubs=[("Malik AS, Jabbar A. Glycemic control during Ramadan fasting. J Pak Med Assoc. 2021;71:1880-4.", True),
          ("Malik AS, et al. Thyroid nodule ultrasound risk stratification. Endocr Pract. 2024;30:540-7.", True),
          ("Malik AS, et al. GLP-1 RA discontinuation patterns. Diabetes Care. 2025;48:e12-e14.", True),
          ("Malik AS. Adrenal incidentalomas — manuscript in preparation.", False)],
    refs=[R("Dr. Abdul Jabbar", "Professor of Medicine (Endocrinology)", "Aga Khan University", "abdul.jabbar@aku.edu", "+92 21 3486 4645"),
          R("Dr. Margaret Liu, MD", "Attending, Internal Medicine", "Hurley Medical Center", "mliu1@hurleymc.com", "+1 810-262-9000")],
    truth=dict(medical_school="Aga Khan University", medical_school_country="PK", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Endocrinology"], languages=["English", "Urdu", "Punjabi"]),
)

PEOPLE["kasun"] = dict(
    name="Kasun Wickramasinghe", native="කසුන් වික්‍රමසිංහ", suffix="MBBS", email="kasun.wickrama@yahoo.com", phone_disp="+1 (646) 221-7843", phone="+16462217843",
    address="Jackson Heights, NY 11372", born="",
    edu=[("MBBS", "Faculty of Medicine, University of Colombo", "Colombo, Sri Lanka", "2010 – 2015 (graduated 2016)")],
    exams=["USMLE Step 1 — 231", "USMLE Step 2 CK — 240", "USMLE Step 3 — 225", "ECFMG — Certified (2019)"],
    visa_disp="Permanent resident (green card holder)",
    interests="Anesthesiology",
    langs_disp="Sinhala, English",
    exp=[
        X("Research Associate, Department of Anesthesiology", "Columbia University Irving Medical Center", "New York, NY", "2022-04 → 2023-09", USCE, T("research", "Anesthesiology", "NY", "2022-04", "2023-09")),
        X("Observer, Anesthesiology", "Mount Sinai Morningside", "New York, NY", "2023-10 → 2023-11", USCE, T("observership", "Anesthesiology", "NY", "2023-10", "2023-11")),
        X("Clinical Observer, Medical ICU", "NYU Langone Health", "New York, NY", "2024-01", USCE, T("observership", "Pulmonology/Critical Care", "NY", "2024-01", "2024-01")),
        X("Senior House Officer, Anaesthesia & ICU", "National Hospital of Sri Lanka", "Colombo, Sri Lanka", "2017 → 2021", HOME),
        X("Intern House Officer", "Teaching Hospital Karapitiya", "Galle, Sri Lanka", "2016 → 2017", HOME),
    ],
    pubs=[("Wickramasinghe K, et al. Quadratus lumborum block after cesarean delivery: an RCT. Anesth Analg. 2023;137:998-1006.", True),
          ("Wickramasinghe K. Airway outcomes registry — poster, ASA 2023.", False)],
    refs=[R("Dr. Priya Raman, MD", "Assistant Professor of Anesthesiology", "Columbia University Irving Medical Center", "pr2381@cumc.columbia.edu", "+1 212-305-2413"),
          R("Dr. Anoma Perera", "Consultant Anaesthetist", "National Hospital of Sri Lanka", "anoma.perera@nhsl.health.gov.lk", "+94 11 269 1111")],
    truth=dict(medical_school="University of Colombo Faculty of Medicine", medical_school_country="LK", graduation_year=2016, is_student=False,
               usmle_step1=231, usmle_step2ck=240, usmle_step3=225, ecfmg_status="certified", visa_status="green_card",
               specialties=["Anesthesiology"], languages=["Sinhala", "English"]),
)

PEOPLE["rohan"] = dict(
    name="Rohan Mehta", suffix="MBBS", email="rohan.mehta.ggmc@gmail.com", phone_disp="+91 99201 47385", phone="+919920147385",
    address="Andheri West, Mumbai 400058", born="DOB: 09-06-1999",
    edu=[("MBBS", "Grant Government Medical College & Sir J.J. Group of Hospitals", "Mumbai, India", "2018 – 2024")],
    exams=["USMLE Step 1: Pass (2024)", "Step 2 CK: preparing — NBME 12: 245, UWSA1: 252 (practice)"],
    visa_disp="B1/B2 (valid to 2034)",
    interests="Gastroenterology; applying in Internal Medicine",
    langs_disp="English, Hindi, Marathi, Gujarati",
    exp=[
        X("Gastroenterology Observership", "Ochsner Medical Center", "New Orleans, LA", "Feb 3 – Feb 28, 2025", USCE, T("observership", "Gastroenterology", "LA", "2025-02", "2025-02")),
        X("IM Clinical Externship (hands-on)", "Medical City Dallas", "Dallas, TX", "March–May 2025", USCE, T("hands_on", "Internal Medicine", "TX", "2025-03", "2025-05")),
        X("Telemedicine Rotation, Internal Medicine", "Keystone Virtual Care (PA-based practice)", "Philadelphia, PA", "2025-06", USCE, T("telehealth", "Internal Medicine", "PA", "2025-06", "2025-06")),
        X("Clinical Research Volunteer, GI & Hepatology", "Lewis Katz School of Medicine at Temple University", "Philadelphia, PA", "06/2025 – current", USCE, T("research", "Gastroenterology", "PA", "2025-06", "2026-12")),
        X("Rotating Internship", "Sir J.J. Group of Hospitals", "Mumbai, India", "2023 – 2024", HOME),
    ],
    pubs=[("Mehta R, et al. Endoscopic findings in upper GI bleeding in Mumbai — manuscript submitted.", False),
          ("Mehta R. NAFLD prevalence in young adults — abstract, DDW 2025.", False),
          ("Mehta R. H. pylori eradication rates — abstract, ISGCON 2024.", False)],
    refs=[R("Dr. Nicholas Ochs-Brandt, MD", "Gastroenterologist", "Ochsner Medical Center", "nochsbrandt@ochsner.org", "+1 504-842-4000"),
          R("Dr. Sunita Kulkarni", "Associate Professor of Medicine", "Grant Government Medical College", "skulkarni@ggmc.ac.in", "+91 22 2373 5555")],
    truth=dict(medical_school="Grant Government Medical College", medical_school_country="IN", graduation_year=2024, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
               specialties=["Gastroenterology", "Internal Medicine"], languages=["English", "Hindi", "Marathi", "Gujarati"]),
)

PEOPLE["sujata"] = dict(
    name="Sujata Koirala", suffix="MBBS", email="sujata.koirala@pahs.edu.np", phone_disp="+977 980-3312456", phone="+9779803312456",
    address="Lalitpur, Nepal", born="",
    edu=[("MBBS", "Patan Academy of Health Sciences", "Lalitpur, Nepal", "2014 – 2019 (internship 2019–2020)")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 236", "ECFMG: certified (2022)"],
    visa_disp="J-1 visa (will need sponsorship)",
    interests="Family Medicine; Geriatrics",
    langs_disp="Nepali, English, Newari, Hindi",
    exp=[
        X("Geriatrics Observership", "Michigan Medicine – Division of Geriatric and Palliative Medicine", "Ann Arbor, MI", "Nov 2023", USCE, T("observership", "Geriatrics", "MI", "2023-11", "2023-11")),
        X("Family Medicine Externship (hands-on)", "Valleywise Community Health Center", "Phoenix, AZ", "Jan – Mar 2024", USCE, T("hands_on", "Family Medicine", "AZ", "2024-01", "2024-03")),
        X("Telehealth Family Medicine Rotation", "UCSF Family Medicine (virtual)", "San Francisco, CA", "April 2024", USCE, T("telehealth", "Family Medicine", "CA", "2024-04", "2024-04")),
        X("Medical Officer", "Bayalpata Hospital (Possible Health)", "Achham, Nepal", "2020 – 2023", HOME),
        X("Intern", "Patan Hospital", "Lalitpur, Nepal", "2019 – 2020", HOME),
        X("Student volunteer, mobile health camps", "Nepal Medical Association", "Humla & Mugu, Nepal", "Summer 2018", HOME),
    ],
    pubs=[("Koirala S, et al. Integrated chronic care in rural Nepal. BMJ Glob Health. 2023;8:e011254.", True)],
    refs=[R("Dr. Lona Mody, MD, MSc", "Professor, Geriatric Medicine", "Michigan Medicine", "lonamody@med.umich.edu", "+1 734-764-6831"),
          R("Dr. Bikash Gauchan", "Medical Director", "Bayalpata Hospital", "bgauchan@possiblehealth.org", "+977 97-625000")],
    truth=dict(medical_school="Patan Academy of Health Sciences", medical_school_country="NP", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Family Medicine", "Geriatrics"], languages=["Nepali", "English", "Newari", "Hindi"]),
)

PEOPLE["aziz"] = dict(
    name="Aziz Ahmad Rahimi", suffix="MD", email="aziz.rahimi.md@gmail.com", phone_disp="+93 79 912 3456", phone="+93799123456",
    address="Herat, Afghanistan (currently Omaha, NE)", born="Born: 1994",
    edu=[("Doctor of Medicine (MD)", "Herat University, Faculty of Medicine", "Herat, Afghanistan", "2012 – 2019")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 224", "ECFMG: certification pending"],
    visa_disp="B1/B2 visitor visa",
    interests="Internal Medicine / Infectious Disease",
    langs_disp="Farsi, Pashto, English",
    exp=[
        X("Infectious Diseases Observership", "University of Nebraska Medical Center", "Omaha, NE", "06/2024 – 07/2024", USCE, T("observership", "Infectious Disease", "NE", "2024-06", "2024-07")),
        X("Internal Medicine Externship (hands-on)", "Interfaith Medical Center", "Brooklyn, NY", "08/2024 – 10/2024", USCE, T("hands_on", "Internal Medicine", "NY", "2024-08", "2024-10")),
        X("Research Collaborator (remote), Infectious Diseases", "University of Nebraska Medical Center", "Omaha, NE", "08/2024 – present", RES, T("research", "Infectious Disease", "NE", "2024-08", "2026-12")),
        X("Clinical Observer, Infectious Diseases", "Aga Khan University Hospital", "Karachi, Pakistan", "03/2023", HOME),
        X("Internship / General Practitioner", "Herat Regional Hospital", "Herat, Afghanistan", "2019 – 2022", HOME),
    ],
    pubs=[("Rahimi AA, et al. Crimean-Congo hemorrhagic fever in western Afghanistan. Am J Trop Med Hyg. 2022;106:1310-4.", True),
          ("Rahimi AA, Sayed N. Multidrug-resistant TB outcomes in Herat. Int J Mycobacteriol. 2023;12:45-50.", True),
          ("Rahimi AA. Brucellosis case series — poster, IDWeek 2024.", False)],
    refs=[R("Dr. Sara H. Bares, MD", "Associate Professor, Infectious Diseases", "University of Nebraska Medical Center", "sbares@unmc.edu", "+1 402-559-8650"),
          R("Dr. Nasir Sayed", "Head of Internal Medicine", "Herat Regional Hospital", "n.sayed@hu.edu.af", "+93 40 223 3046")],
    truth=dict(medical_school="Herat University Faculty of Medicine", medical_school_country="AF", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=224, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
               specialties=["Internal Medicine", "Infectious Disease"], languages=["Persian", "Pashto", "English"]),
)

PEOPLE["nusrat"] = dict(
    name="Nusrat Jahan", suffix="MBBS", email="nusrat.jahan.cmc@gmail.com", phone_disp="+1 347-612-0985", phone="+13476120985",
    address="Jamaica, Queens, NY 11432", born="",
    edu=[("MBBS", "Chittagong Medical College (University of Chittagong)", "Chattogram, Bangladesh", "2011 – 2016 (degree 2017)")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 233", "ECFMG: Certified"],
    visa_disp="Green card holder",
    interests="Pathology (AP/CP)",
    langs_disp="Bengali, English, Hindi, Urdu",
    exp=[
        X("Pathology Observership", "Yale New Haven Hospital", "New Haven, CT", "2023-03 to 2023-04", USCE, T("observership", "Pathology", "CT", "2023-03", "2023-04")),
        X("Research Assistant, Pathology & Laboratory Medicine", "Weill Cornell Medicine", "New York, NY", "2023-05 to 2024-08", RES, T("research", "Pathology", "NY", "2023-05", "2024-08")),
        X("Cytopathology Observership", "Johns Hopkins Hospital", "Baltimore, MD", "2 weeks, June 2024", USCE, T("observership", "Pathology", "MD", "2024-06", "2024-06")),
        X("Lecturer, Department of Pathology", "Chittagong Medical College", "Chattogram, Bangladesh", "2019 to 2022", HOME),
        X("Internship", "Chittagong Medical College Hospital", "Chattogram, Bangladesh", "2017 to 2018", HOME),
    ],
    pubs=[("Jahan N, et al. Ki-67 in breast carcinoma in Bangladeshi women. Chattagram Maa-O-Shishu Hosp Med Coll J. 2021;20:30-4.", True),
          ("Jahan N, et al. Digital pathology for frozen sections. Mod Pathol. 2024;37:100412.", True),
          ("Jahan N. HPV-associated oropharyngeal SCC — poster, USCAP 2024.", False)],
    refs=[R("Dr. Rema Rao, MD", "Professor of Pathology", "Weill Cornell Medicine", "rer9052@med.cornell.edu", "+1 212-746-6464"),
          R("Dr. Mohammad Kamal", "Professor of Pathology", "Chittagong Medical College", "mkamal@cmc.edu.bd", "+880 31-630335")],
    truth=dict(medical_school="Chittagong Medical College", medical_school_country="BD", graduation_year=2017, is_student=False,
               usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
               specialties=["Pathology"], languages=["Bengali", "English", "Hindi", "Urdu"]),
)

PEOPLE["vikram"] = dict(
    name="Vikram Singh Rathore", suffix="MBBS", email="vikram.rathore.aiims@gmail.com", phone_disp="+91 94140 56721", phone="+919414056721",
    address="Jodhpur, Rajasthan, India", born="",
    edu=[("MBBS", "All India Institute of Medical Sciences (AIIMS), Jodhpur", "Jodhpur, India", "2017 – 2023")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 249", "ECFMG certified — 2024"],
    visa_disp="J-1 visa required",
    interests="General Surgery",
    langs_disp="Hindi, English, Punjabi",
    exp=[
        X("Surgical Research Fellow", "Massachusetts General Hospital, Department of Surgery", "Boston, MA", "07/2024 – present", RES, T("research", "General Surgery", "MA", "2024-07", "2026-12")),
        X("Observership, General Surgery", "Brigham and Women's Hospital", "Boston, MA", "11/2024", USCE, T("observership", "General Surgery", "MA", "2024-11", "2024-11")),
        X("Hands-on Externship, General Surgery", "SBH Health System (St. Barnabas Hospital)", "Bronx, NY", "2025-03 to 2025-04", USCE, T("hands_on", "General Surgery", "NY", "2025-03", "2025-04")),
        X("Internship", "AIIMS Jodhpur", "Jodhpur, India", "2022 – 2023", HOME),
    ],
    pubs=[("Rathore VS, et al. Laparoscopic vs open appendectomy in rural India. Indian J Surg. 2023;85:1120-5.", True),
          ("Rathore VS, et al. Frailty and emergency laparotomy outcomes. JAMA Surg. 2025;160:210-8.", True),
          ("Rathore VS, et al. Trauma triage in the elderly. J Trauma Acute Care Surg. 2025;98:400-7.", True),
          ("Rathore VS, et al. Hernia recurrence after mesh repair. Hernia. 2024;28:1801-8.", True)],
    refs=[R("Dr. Haytham M.A. Kaafarani, MD, MPH", "Professor of Surgery", "Massachusetts General Hospital", "hkaafarani@mgh.harvard.edu", "+1 617-726-2000"),
          R("Dr. Vaibhav Varshney", "Additional Professor of Surgery", "AIIMS Jodhpur", "vaibhav.v@aiimsjodhpur.edu.in", "+91 291 2740741")],
    truth=dict(medical_school="All India Institute of Medical Sciences, Jodhpur", medical_school_country="IN", graduation_year=2023, is_student=False,
               usmle_step1="pass", usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["General Surgery"], languages=["Hindi", "English", "Punjabi"]),
)

# ---- scans ----
PEOPLE["dilini"] = dict(
    name="Dilini Perera", suffix="MBBS", email="dilini.perera.kln@gmail.com", phone_disp="+94 71 234 8890", phone="+94712348890",
    address="Ragama, Sri Lanka", born="",
    edu=[("MBBS", "Faculty of Medicine, University of Kelaniya", "Ragama, Sri Lanka", "2015 – 2021")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 241", "ECFMG Certified"],
    visa_disp="B1/B2", interests="Pediatrics", langs_disp="Sinhala, English",
    exp=[
        X("Pediatrics Observership", "Nationwide Children's Hospital", "Columbus, OH", "Aug 2024", USCE, T("observership", "Pediatrics", "OH", "2024-08", "2024-08")),
        X("Hands-on Pediatric Externship", "Sunshine Pediatrics", "Orlando, FL", "Sep – Oct 2024", USCE, T("hands_on", "Pediatrics", "FL", "2024-09", "2024-10")),
        X("Intern House Officer, Paediatrics", "Colombo North Teaching Hospital", "Ragama, Sri Lanka", "2021 – 2022", HOME),
    ],
    pubs=[], refs=[R("Dr. Ellen Marsh, MD", "Attending Pediatrician", "Sunshine Pediatrics", "emarsh@sunshinepeds.com", "+1 407-555-0143")],
    truth=dict(medical_school="University of Kelaniya Faculty of Medicine", medical_school_country="LK", graduation_year=2021, is_student=False,
               usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
               specialties=["Pediatrics"], languages=["Sinhala", "English"]),
)

PEOPLE["imran"] = dict(
    name="Imran Haider", suffix="MBBS", email="imranhaider.aimc@gmail.com", phone_disp="+92 300 8456 123", phone="+923008456123",
    address="Lahore, Pakistan", born="",
    edu=[("MBBS", "Allama Iqbal Medical College", "Lahore, Pakistan", "2014 – 2019")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 238", "ECFMG: Certified"],
    visa_disp="J-1 needed", interests="Cardiology, Internal Medicine", langs_disp="Urdu, Punjabi, English",
    exp=[
        X("IM Observership", "Henry Ford Hospital", "Detroit, MI", "01/2024", USCE, T("observership", "Internal Medicine", "MI", "2024-01", "2024-01")),
        X("Cardiology Research Fellow", "University of Kansas Medical Center", "Kansas City, KS", "02/2024 – 12/2024", USCE, T("research", "Cardiology", "KS", "2024-02", "2024-12")),
        X("Hands-on IM Externship", "Loretto Hospital", "Chicago, IL", "01/2025 – 02/2025", USCE, T("hands_on", "Internal Medicine", "IL", "2025-01", "2025-02")),
        X("House Job", "Jinnah Hospital", "Lahore, Pakistan", "2019 – 2020", HOME),
    ],
    pubs=[("Haider I, et al. Statin adherence after MI in Lahore. Pak Heart J. 2022;55:130-5.", True)],
    refs=[R("Dr. Kamal Gupta, MD", "Professor of Cardiology", "University of Kansas Medical Center", "kgupta@kumc.edu", "+1 913-588-5000")],
    truth=dict(medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2019, is_student=False,
               usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Cardiology", "Internal Medicine"], languages=["Urdu", "Punjabi", "English"]),
)

PEOPLE["bishal"] = dict(
    name="Bishal Thapa", suffix="MBBS", email="bishal.thapa.mcoms@gmail.com", phone_disp="+977 9856 012345", phone="+9779856012345",
    address="Pokhara, Nepal", born="",
    edu=[("MBBS", "Manipal College of Medical Sciences", "Pokhara, Nepal", "2016 – 2022")],
    exams=["USMLE Step 1: Pass (2024)"],
    visa_disp="B1/B2", interests="Radiology", langs_disp="Nepali, English, Hindi",
    exp=[
        X("Radiology Observership", "UT Southwestern Medical Center", "Dallas, TX", "03/2025", USCE, T("observership", "Radiology", "TX", "2025-03", "2025-03")),
        X("Research Volunteer, Neuroradiology", "Emory University", "Atlanta, GA", "04/2025 – present", USCE, T("research", "Radiology", "GA", "2025-04", "2026-12")),
        X("Medical Officer", "Manipal Teaching Hospital", "Pokhara, Nepal", "2022 – 2024", HOME),
    ],
    pubs=[], refs=[R("Dr. Carlos Mendez, MD", "Associate Professor of Radiology", "Emory University", "cmendez@emory.edu", "+1 404-712-2000")],
    truth=dict(medical_school="Manipal College of Medical Sciences", medical_school_country="NP", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
               specialties=["Radiology"], languages=["Nepali", "English", "Hindi"]),
)

PEOPLE["mursal"] = dict(
    name="Mursal Sadat", suffix="MD", email="mursal.sadat@outlook.com", phone_disp="(916) 307-5521", phone="+19163075521",
    address="Sacramento, CA 95825", born="",
    edu=[("MD", "Nangarhar University, Faculty of Medicine", "Jalalabad, Afghanistan", "2013 – 2020")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 227", "ECFMG certification: pending"],
    visa_disp="Green card", interests="Family Medicine", langs_disp="Pashto, Persian (Dari), English",
    exp=[
        X("Family Medicine Externship (hands-on)", "Sacramento Community Clinic", "Sacramento, CA", "Apr – Jun 2024", USCE, T("hands_on", "Family Medicine", "CA", "2024-04", "2024-06")),
        X("Family Medicine Observership", "UC Davis Health", "Sacramento, CA", "Aug 2024", USCE, T("observership", "Family Medicine", "CA", "2024-08", "2024-08")),
        X("General Practitioner", "Nangarhar Regional Hospital", "Jalalabad, Afghanistan", "2020 – 2021", HOME),
    ],
    pubs=[], refs=[R("Dr. Anna Whitfield, MD", "Family Physician", "Sacramento Community Clinic", "awhitfield@saccc.org", "+1 916-555-0177")],
    truth=dict(medical_school="Nangarhar University Faculty of Medicine", medical_school_country="AF", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=227, usmle_step3=None, ecfmg_status="pending", visa_status="green_card",
               specialties=["Family Medicine"], languages=["Pashto", "Persian", "English"]),
)

PEOPLE["arjun"] = dict(
    name="Arjun Menon", suffix="MBBS", email="arjun.menon.gmctvm@gmail.com", phone_disp="+91 94470 31856", phone="+919447031856",
    address="Thiruvananthapuram, Kerala", born="",
    edu=[("MBBS", "Government Medical College, Thiruvananthapuram", "Kerala, India", "2014 – 2020")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 250", "ECFMG Certified"],
    visa_disp="J-1", interests="Pulmonary & Critical Care; Internal Medicine", langs_disp="Malayalam, English, Hindi, Tamil",
    exp=[
        X("PCCM Observership", "UPMC Presbyterian", "Pittsburgh, PA", "Aug – Sep 2024", USCE, T("observership", "Pulmonology/Critical Care", "PA", "2024-08", "2024-09")),
        X("Hands-on IM Externship", "Newark Beth Israel Medical Center", "Newark, NJ", "Oct 2024", USCE, T("hands_on", "Internal Medicine", "NJ", "2024-10", "2024-10")),
        X("Research Volunteer (remote), PCCM", "The Ohio State University Wexner Medical Center", "Columbus, OH", "Nov 2024 – present", USCE, T("research", "Pulmonology/Critical Care", "OH", "2024-11", "2026-12")),
        X("House Surgeon (Internship)", "Government Medical College Hospital", "Thiruvananthapuram, India", "2019 – 2020", HOME),
    ],
    pubs=[("Menon A, et al. Scrub typhus ARDS in Kerala. Lung India. 2022;39:250-4.", True),
          ("Menon A, et al. High-flow nasal oxygen in COVID-19. Indian J Crit Care Med. 2021;25:1012-7.", True)],
    refs=[R("Dr. Bryan J. McVerry, MD", "Associate Professor, PCCM", "University of Pittsburgh", "mcverrybj@upmc.edu", "+1 412-692-2210")],
    truth=dict(medical_school="Government Medical College, Thiruvananthapuram", medical_school_country="IN", graduation_year=2020, is_student=False,
               usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Pulmonology/Critical Care", "Internal Medicine"], languages=["Malayalam", "English", "Hindi", "Tamil"]),
)

# ---- used only for damaged files ----
PEOPLE["rukhsana"] = dict(
    name="Rukhsana Parvin", suffix="MBBS", email="rukhsana.parvin.rmc@gmail.com", phone_disp="+880 1911-203344", phone="+8801911203344",
    address="Rajshahi, Bangladesh", born="",
    edu=[("MBBS", "Rajshahi Medical College", "Rajshahi, Bangladesh", "2014 – 2019")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 235"], visa_disp="J-1", interests="Internal Medicine", langs_disp="Bengali, English",
    exp=[X("IM Observership", "Mount Sinai Hospital", "New York, NY", "03/24–04/24", USCE, T("observership", "Internal Medicine", "NY", "2024-03", "2024-04")),
         X("Internship", "Rajshahi Medical College Hospital", "Rajshahi, Bangladesh", "2019–2020", HOME)],
    pubs=[], refs=[], truth={},
)
PEOPLE["hassan"] = dict(
    name="Hassan Raza Naqvi", suffix="MBBS", email="hassan.naqvi.dow@gmail.com", phone_disp="+92 345 2219087", phone="+923452219087",
    address="Gulshan-e-Iqbal, Karachi", born="",
    edu=[("MBBS", "Dow Medical College, Dow University of Health Sciences", "Karachi, Pakistan", "2016 – 2021")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 246", "ECFMG certified"], visa_disp="J-1", interests="Nephrology, Internal Medicine",
    langs_disp="Urdu, English, Sindhi",
    exp=[X("Nephrology Research", "Cleveland Clinic", "Cleveland, OH", "2024-01 – present", RES, T("research", "Nephrology", "OH", "2024-01", "2026-12")),
         X("House Job", "Civil Hospital Karachi", "Karachi, Pakistan", "2021–2022", HOME)],
    pubs=[], refs=[], truth={},
)
