# Data for writer w52: IMG CVs from South/Southeast Asia, the Caribbean and Sub-Saharan Africa.
# Each person dict holds both the rendered content and the truth.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt(ym, style):
    if ym is None:
        return ""
    y, m = ym.split("-")
    mi = int(m)
    return {
        "mon": f"{MONTHS[mi-1][:3]} {y}",
        "month": f"{MONTHS[mi-1]} {y}",
        "slash": f"{m}/{y}",
        "dot": f"{y}.{m}",
        "iso": f"{y}-{m}",
        "monp": f"{MONTHS[mi-1][:3]}. {y}" if mi != 5 else f"May {y}",
    }[style]


def drange(s, e, style, ongoing_word="Present"):
    if e is None:
        return f"{fmt(s, style)} – {ongoing_word}"
    if s == e:
        return fmt(s, style)
    if style in ("month", "mon") and s[:4] == e[:4]:
        sm = MONTHS[int(s[5:])-1]
        em = MONTHS[int(e[5:])-1]
        if style == "mon":
            sm, em = sm[:3], em[:3]
        return f"{sm}–{em} {s[:4]}"
    return f"{fmt(s, style)} – {fmt(e, style)}"


TYPE_LABEL = {
    "hands_on": ["Hands-on Clinical Elective", "Clinical Externship (hands-on)", "Sub-Internship",
                 "Inpatient Clinical Rotation"],
    "observership": ["Clinical Observership", "Observership", "Outpatient Observership"],
    "research": ["Research Volunteer", "Research Fellow", "Clinical Research Assistant"],
    "telehealth": ["Telehealth Rotation (virtual)", "Virtual Telemedicine Elective"],
}

# Each USCE item: (type, specialty, state, start, end|None, site, city, label_idx)
PEOPLE = [
 dict(
  n=1, layout="lo_gdocs_template", fmt="lo_docx", name="Aditi Raghunathan", title="",
  email="aditi.raghunathan93@gmail.com", phone="+91 98450 31276", phone_e164="+919845031276",
  address="No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011, Karnataka, India",
  school="Kasturba Medical College, Manipal", school_truth="Kasturba Medical College, Manipal", country="IN",
  degree="MBBS", grad=2019, student=False, dstyle="mon",
  step1=232, step1_text="USMLE Step 1: 232 (first attempt, 2018)", step2=248, step3=None,
  other_exams=["NBME Form 30 (practice): 251", "USMLE Step 2 CS: Passed (2020)"],
  ecfmg="certified", ecfmg_text="ECFMG Certified (Certificate #0-912-445-7, 2021)",
  visa="j1", visa_text="Will require J-1 visa sponsorship (ECFMG)",
  specialties=["Internal Medicine", "Nephrology"],
  spec_text="Career goal: Internal Medicine residency, with a long-term interest in Nephrology.",
  languages_text="English, Kannada, Tamil, Hindi", languages=["English", "Kannada", "Tamil", "Hindi"],
  usce=[("hands_on", "Internal Medicine", "NY", "2022-01", "2022-02", "Maimonides Medical Center", "Brooklyn, NY", 0),
        ("observership", "Nephrology", "NY", "2022-02", "2022-03", "Mount Sinai Hospital", "New York, NY", 0),
        ("research", "Nephrology", "OH", "2023-06", None, "Cleveland Clinic, Dept. of Kidney Medicine", "Cleveland, OH", 1)],
  home=[("Compulsory Rotating Internship", "Kasturba Hospital, Manipal, India", "Feb 2018 – Jan 2019"),
        ("Junior Resident, General Medicine", "Manipal Hospital, Bengaluru, India", "03/2019 – 11/2021")],
  pubs=["Raghunathan A, Shenoy MT, et al. Outcomes of AKI in dengue: a retrospective cohort. Indian J Nephrol. 2020;30(4):250-256.",
        "Raghunathan A, Kumar V. Hyponatremia in elderly inpatients. J Assoc Physicians India. 2021;69(2):33-37.",
        "Raghunathan A, Patel R, Schold J. Living donor follow-up adherence. Clin Transplant. 2024;38(5):e15311."],
  posters=["Poster: ASN Kidney Week 2023, Philadelphia — 'SGLT2i uptake in CKD clinics'"],
  refs=[("Dr. Jesse D. Schold, PhD", "Cleveland Clinic", "scholdj@ccf.org", "+1 216 444 2200"),
        ("Dr. Ravi Kumar, MD", "Maimonides Medical Center", "rkumar@maimo.org", "+1 718 283 6000")],
  birth="1993",
 ),
 dict(
  n=2, layout="chromium_canva_sidebar", fmt="chromium", name="Chiamaka Obiageli Nwosu", title="",
  email="chiamaka.nwosu@yahoo.com", phone="+234 (0)803 412 7765", phone_e164="+2348034127765",
  address="Lekki Phase 1, Lagos, Nigeria",
  school="College of Medicine, University of Lagos", school_truth="University of Lagos College of Medicine", country="NG",
  degree="MBBS", grad=2021, student=False, dstyle="slash",
  step1="pass", step1_text="USMLE Step 1 — PASS (2023)", step2=241, step3=None,
  other_exams=["PLAB 1 — Passed (2022)", "UWorld self-assessment (UWSA2): 247"],
  ecfmg="certified", ecfmg_text="ECFMG certified — 2024",
  visa="j1", visa_text="J-1 visa required",
  specialties=["Obstetrics and Gynecology"], spec_text="Applying: Obstetrics & Gynecology",
  languages_text="English (native) · Igbo (native) · Yoruba (conversational) · French (basic)",
  languages=["English", "Igbo", "Yoruba", "French"],
  usce=[("hands_on", "Obstetrics and Gynecology", "GA", "2024-05", "2024-06", "Grady Memorial Hospital", "Atlanta, GA", 3),
        ("observership", "Obstetrics and Gynecology", "MD", "2024-08", "2024-08", "Johns Hopkins Bayview", "Baltimore, MD", 1),
        ("observership", "Family Medicine", "TX", "2024-09", "2024-10", "UTMB Health Clinics", "Galveston, TX", 2)],
  home=[("House Officer (Internship)", "Lagos University Teaching Hospital, Nigeria", "2021 – 2022"),
        ("Medical Officer, NYSC", "General Hospital Ikorodu, Lagos", "2022 – 2023")],
  pubs=["Nwosu CO, Okonkwo I. Postpartum haemorrhage audit at LUTH. Niger J Clin Pract. 2022;25(8):1290-1295."],
  posters=["Abstract: SMFM Annual Meeting 2025 — 'Preeclampsia screening in Lagos'",
           "Manuscript submitted: 'Maternal near-miss in urban Nigeria' (under review, BJOG)"],
  refs=[("Prof. Ifeoma Okonkwo", "LUTH, Dept. of O&G", "i.okonkwo@unilag.edu.ng", "+234 802 555 0190"),
        ("Dr. Angela Bryant, MD", "Grady Memorial Hospital", "abryant@gmh.edu", "+1 404 616 1000")],
  skills=[("Ultrasound (basic OB)", 70), ("EHR — Epic", 85), ("Suturing", 80), ("Research / SPSS", 60)],
  birth="1997",
 ),
 dict(
  n=3, layout="moderncv_reportlab_classic", fmt="reportlab_moderncv", name="Muhammad Usman Siddiqui", title="Dr.",
  email="usman.siddiqui.md@outlook.com", phone="0092-321-4509876", phone_e164="+923214509876",
  address="House 22-B, Block 13, Gulshan-e-Iqbal, Karachi, Pakistan",
  school="Dow Medical College, Dow University of Health Sciences", school_truth="Dow Medical College", country="PK",
  degree="MBBS", grad=2020, student=False, dstyle="dot",
  step1="pass", step1_text="USMLE Step 1: Pass", step2=257, step3=221,
  other_exams=["NBME CCSSA: 262 (practice)"],
  ecfmg="certified", ecfmg_text="ECFMG certification: Certified (2023)",
  visa="h1b", visa_text="Seeking H-1B visa sponsorship",
  specialties=["Internal Medicine", "Cardiology"], spec_text="Interests: Internal Medicine → Cardiology fellowship",
  languages_text="English, Urdu, Sindhi, Punjabi", languages=["English", "Urdu", "Sindhi", "Punjabi"],
  usce=[("hands_on", "Internal Medicine", "MI", "2023-07", "2023-09", "Henry Ford Hospital", "Detroit, MI", 0),
        ("hands_on", "Cardiology", "MI", "2023-09", "2023-10", "Henry Ford Hospital", "Detroit, MI", 3),
        ("telehealth", "Internal Medicine", "FL", "2024-01", "2024-02", "AMOpportunities virtual clinic", "Tampa, FL", 0)],
  home=[("House Job, Medicine & Surgery", "Civil Hospital Karachi", "2020.03 – 2021.02"),
        ("Medical Officer, Cardiology", "National Institute of Cardiovascular Diseases, Karachi", "2021.03 – 2023.05")],
  pubs=["Siddiqui MU, Ahmed F. Door-to-balloon times at NICVD. J Pak Med Assoc. 2022;72(3):412-416.",
        "Siddiqui MU, et al. Troponin kinetics after PCI. Cureus. 2023;15(2):e34988."],
  posters=["Oral presentation, PCS Annual Conference 2022"],
  refs=[("Dr. Farhan Ahmed, FCPS", "NICVD Karachi", "farhan.ahmed@nicvd.gov.pk", "+92 21 99201271"),
        ("Dr. Gerald Koenig, MD", "Henry Ford Hospital", "gkoenig1@hfhs.org", "+1 313 916 2600")],
  birth="1995",
 ),
 dict(
  n=4, layout="docx_table", fmt="docx", name="Maria Kristina Dela Cruz-Santos", title="",
  email="kristina.delacruz.md@gmail.com", phone="+63 917 824 3356", phone_e164="+639178243356",
  address="Quezon City, Metro Manila, Philippines",
  school="University of Santo Tomas Faculty of Medicine and Surgery", school_truth="University of Santo Tomas Faculty of Medicine and Surgery", country="PH",
  degree="Doctor of Medicine (MD)", grad=2022, student=False, dstyle="month",
  step1="pass", step1_text="USMLE Step 1 – Passed", step2=None, step3=None,
  other_exams=["Philippine Physician Licensure Exam – Passed (2023)", "NBME 31 (practice): 68% equiv."],
  ecfmg="pending", ecfmg_text="ECFMG certification pending (Step 2 CK scheduled Feb 2027)",
  visa="b1b2", visa_text="US B1/B2 visa (valid until 2031)",
  specialties=["Pediatrics"], spec_text="Target specialty: Pediatrics (interest in Pediatric Cardiology)",
  languages_text="English, Filipino, Cebuano", languages=["English", "Filipino", "Cebuano"],
  usce=[("observership", "Pediatrics", "CA", "2025-03", "2025-04", "Loma Linda University Children's Hospital", "Loma Linda, CA", 0),
        ("hands_on", "Pediatrics", "NV", "2025-06", "2025-07", "Renown Children's Hospital", "Reno, NV", 0)],
  home=[("Post-graduate Internship", "Philippine General Hospital, Manila", "Summer 2022 – 2023"),
        ("Clinical Clerkship (Pediatrics)", "UST Hospital", "2021")],
  pubs=[],
  posters=["Poster: Philippine Pediatric Society Convention 2023 — 'Kawasaki disease in Filipino children'"],
  refs=[("Dr. Ramon Villanueva", "Philippine General Hospital", "rvillanueva@pgh.gov.ph", "+63 2 8554 8400"),
        ("Dr. Susan Hardy, MD", "Renown Children's Hospital", "shardy@renown.org", "+1 775 982 4100")],
  birth="1998",
 ),
 dict(
  n=5, layout="chromium_timeline", fmt="chromium", name="Shanique Alexis Campbell", title="",
  email="shanique.campbell@uwimona.edu.jm", phone="+1 (876) 438-2719", phone_e164="+18764382719",
  address="Kingston 6, Jamaica W.I.",
  school="The University of the West Indies, Mona", school_truth="University of the West Indies, Mona", country="JM",
  degree="MBBS", grad=2027, student=True, dstyle="mon",
  step1="pass", step1_text="USMLE Step 1: Pass (June 2025)", step2=None, step3=None,
  other_exams=["NBME CBSE: 71"],
  ecfmg=None, ecfmg_text=None,
  visa="b1b2", visa_text="Holds valid US B1/B2 visitor visa",
  specialties=["Emergency Medicine", "Internal Medicine"], spec_text="Interested in Emergency Medicine and Internal Medicine",
  languages_text="English, Jamaican Patois, Spanish (intermediate)", languages=["English", "Jamaican Patois", "Spanish"],
  usce=[("hands_on", "Emergency Medicine", "FL", "2025-07", "2025-08", "Jackson Memorial Hospital", "Miami, FL", 0),
        ("observership", "Internal Medicine", "FL", "2025-08", "2025-08", "Broward Health Medical Center", "Fort Lauderdale, FL", 1),
        ("hands_on", "Internal Medicine", "NY", "2026-11", None, "SUNY Downstate / Kings County", "Brooklyn, NY", 2)],
  home=[("Clinical clerkships (Medicine, Surgery, A&E)", "University Hospital of the West Indies, Kingston", "Sep 2024 – ongoing"),
        ("Elective, Emergency Medicine", "Toronto General Hospital, Canada", "Jan–Feb 2025")],
  pubs=[],
  posters=["Abstract: Caribbean Public Health Agency Conference 2025"],
  refs=[("Dr. Michael Thompson-Reid", "UHWI Dept. of Emergency Medicine", "m.thompsonreid@uwimona.edu.jm", "+1 876 927 1620")],
  birth="2001",
 ),
 dict(
  n=6, layout="odt_classic", fmt="odt", name="Brian Kiprotich Langat", title="Dr.",
  email="b.k.langat@gmail.com", phone="+254 722 614 093", phone_e164="+254722614093",
  address="P.O. Box 19676-00202, Nairobi, Kenya",
  school="University of Nairobi, Faculty of Health Sciences", school_truth="University of Nairobi", country="KE",
  degree="MBChB", grad=2018, student=False, dstyle="iso",
  step1=226, step1_text="USMLE Step 1: 226 (2019)", step2=239, step3=None,
  other_exams=["MCCQE Part I: 265 (2021)"],
  ecfmg="certified", ecfmg_text="ECFMG Certified, 2020",
  visa="j1", visa_text="Requires J1 visa",
  specialties=["Infectious Disease", "Internal Medicine"], spec_text="Specialty interest: Internal Medicine, then Infectious Disease (HIV/TB).",
  languages_text="English, Kiswahili, Kalenjin", languages=["English", "Swahili", "Kalenjin"],
  usce=[("research", "Infectious Disease", "WA", "2019-09", "2020-08", "University of Washington, Dept. of Global Health", "Seattle, WA", 1),
        ("observership", "Infectious Disease", "WA", "2020-02", "2020-03", "Harborview Medical Center", "Seattle, WA", 0)],
  home=[("Medical Officer Intern", "Kenyatta National Hospital, Nairobi", "2018-04 – 2019-04"),
        ("Medical Officer", "Moi Teaching and Referral Hospital, Eldoret", "2020-10 – present")],
  pubs=["Langat BK, Otieno G, et al. TB preventive therapy uptake in PLHIV. East Afr Med J. 2019;96(7):2801-2808.",
        "Langat BK, Kinuthia J. Viral suppression among adolescents. AIDS Care. 2020;32(11):1401-1407.",
        "Otieno G, Langat BK. Cryptococcal antigen screening. BMC Infect Dis. 2021;21:744.",
        "Langat BK, et al. Sepsis bundles in Eldoret. Afr J Emerg Med. 2023;13(1):12-18."],
  posters=["CROI 2020 poster (virtual)"],
  refs=[("Prof. John Kinuthia", "University of Washington / KNH", "kinuthia@uw.edu", "+1 206 543 1000"),
        ("Dr. Grace Otieno", "Moi Teaching and Referral Hospital", "gotieno@mtrh.go.ke", "+254 53 2033471")],
  birth="1992",
 ),
 dict(
  n=7, layout="lo_word_twocol_table", fmt="lo_docx_table", name="Tahmina Akter Rimi", title="Dr.",
  email="tahmina.rimi@gmail.com", phone="+880 1711-482915", phone_e164="+8801711482915",
  address="Dhanmondi R/A, Dhaka-1209, Bangladesh",
  school="Dhaka Medical College", school_truth="Dhaka Medical College", country="BD",
  degree="MBBS", grad=2017, student=False, dstyle="slash",
  step1=219, step1_text="Step 1 — 219", step2=233, step3=None,
  other_exams=["FCPS Part I (Medicine) — Passed (2018)", "Step 2 CS — Pass"],
  ecfmg="certified", ecfmg_text="ECFMG: Certified",
  visa="green_card", visa_text="US Permanent Resident (Green Card holder)",
  specialties=["Family Medicine", "Psychiatry"], spec_text="Applying to Family Medicine; also considering Psychiatry",
  languages_text="Bangla (mother tongue), English, Hindi, Urdu (spoken)", languages=["Bengali", "English", "Hindi", "Urdu"],
  usce=[("hands_on", "Family Medicine", "NJ", "2023-02", "2023-04", "Hackensack Meridian Family Practice", "Edison, NJ", 1),
        ("observership", "Psychiatry", "NY", "2023-03", "2023-05", "Elmhurst Hospital Center", "Queens, NY", 0),
        ("hands_on", "Internal Medicine", "PA", "2023-09", "2023-09", "Temple University Hospital", "Philadelphia, PA", 3)],
  home=[("Internship", "Dhaka Medical College Hospital", "01/2017 – 12/2017"),
        ("Honorary Medical Officer, Medicine", "BSMMU, Dhaka", "02/2018 – 06/2021")],
  pubs=["Rimi TA, Hossain MZ. Dengue shock syndrome in Dhaka, 2019 outbreak. Bangladesh Med Res Counc Bull. 2020;46(1):22-27."],
  posters=["Case report (poster) — ACP New Jersey Chapter 2023"],
  refs=[("Dr. Md. Zakir Hossain", "BSMMU", "zakir.hossain@bsmmu.edu.bd", "+880 2 9661064"),
        ("Dr. Lisa Moreno, DO", "Hackensack Meridian Health", "lisa.moreno@hmhn.org", "+1 732 321 7000")],
  birth="1992",
 ),
 dict(
  n=8, layout="fpdf2_simple", fmt="fpdf2", name="Kwabena Owusu-Ansah", title="",
  email="kowusuansah@gmail.com", phone="+233 24 418 7732", phone_e164="+233244187732",
  address="Kumasi, Ashanti Region, Ghana",
  school="Kwame Nkrumah University of Science and Technology School of Medicine and Dentistry", school_truth="Kwame Nkrumah University of Science and Technology", country="GH",
  degree="MBChB", grad=2023, student=False, dstyle="monp",
  step1="pass", step1_text="USMLE Step 1: PASSED", step2=262, step3=None,
  other_exams=["NBME Form 13 (practice): 260"],
  ecfmg="certified", ecfmg_text="ECFMG certified (2025)",
  visa=None, visa_text=None,
  specialties=["General Surgery"], spec_text="Pursuing General Surgery",
  languages_text="English; Twi (Akan); Ga", languages=["English", "Twi", "Ga"],
  usce=[("hands_on", "General Surgery", "MA", "2025-01", "2025-02", "Boston Medical Center", "Boston, MA", 2),
        ("hands_on", "General Surgery", "CT", "2025-02", "2025-03", "Yale New Haven Hospital", "New Haven, CT", 0),
        ("research", "General Surgery", "MA", "2025-04", "2025-09", "BMC Surgical Outcomes Lab", "Boston, MA", 2)],
  home=[("House Officer", "Komfo Anokye Teaching Hospital, Kumasi", "Oct. 2023 – Sept. 2024")],
  pubs=["Owusu-Ansah K, Mensah E. Typhoid ileal perforation outcomes. Ghana Med J. 2023;57(2):101-107.",
        "Owusu-Ansah K, et al. Trauma registries in West Africa. World J Surg. 2025;49(3):655-662."],
  posters=["Oral abstract: Academic Surgical Congress 2025", "Manuscript in preparation: hernia mesh costs"],
  refs=[("Dr. Tracey Dechert, MD", "Boston Medical Center", "tracey.dechert@bmc.org", "+1 617 638 8000")],
  birth="1998",
 ),
 dict(
  n=9, layout="rtf_plain", fmt="rtf", name="Sujan Bahadur Thapa Magar", title="Dr.",
  email="sujanthapa.mbbs@gmail.com", phone="+977-9841-556203", phone_e164="+9779841556203",
  address="Kathmandu-32, Koteshwor, Nepal",
  school="B.P. Koirala Institute of Health Sciences, Dharan", school_truth="B.P. Koirala Institute of Health Sciences", country="NP",
  degree="MBBS", grad=2021, student=False, dstyle="dot",
  step1="pass", step1_text="USMLE Step 1 - Pass", step2=245, step3=None,
  other_exams=["NMC Licensing Exam - Passed"],
  ecfmg="certified", ecfmg_text="ECFMG Certified (2024)",
  visa="j1", visa_text="Visa: will need J-1",
  specialties=["Neurology"], spec_text="Neurology (adult); interest in stroke",
  languages_text="Nepali, English, Hindi, Magar", languages=["Nepali", "English", "Hindi", "Magar"],
  usce=[("observership", "Neurology", "MN", "2024-04", "2024-05", "Mayo Clinic", "Rochester, MN", 0),
        ("hands_on", "Neurology", "IL", "2024-06", "2024-07", "Rush University Medical Center", "Chicago, IL", 0),
        ("hands_on", "Internal Medicine", "IL", "2024-07", "2024-08", "Mount Sinai Hospital Chicago", "Chicago, IL", 3)],
  home=[("Internship", "BPKIHS Teaching Hospital, Dharan", "2021.01 - 2022.01"),
        ("Medical Officer", "Nepal Police Hospital, Kathmandu", "2022.02 - 2024.02")],
  pubs=["Thapa Magar SB, Shrestha R. Stroke thrombolysis in Nepal. J Nepal Health Res Counc. 2023;21(1):45-50."],
  posters=[],
  refs=[("Dr. Rajeev Shrestha", "BPKIHS", "rajeev.shrestha@bpkihs.edu", "+977 25 525555")],
  birth="1996",
 ),
 dict(
  n=10, layout="chromium_skillbars", fmt="chromium", name="Tan Wei Ming", alt_name="陈伟明", title="",
  email="weiming.tan@protonmail.com", phone="+60 12-738 4419", phone_e164="+60127384419",
  address="Petaling Jaya, Selangor, Malaysia",
  school="Faculty of Medicine, Universiti Malaya", school_truth="Universiti Malaya", country="MY",
  degree="MBBS", grad=2020, student=False, dstyle="mon",
  step1=245, step1_text="USMLE Step 1 — 245 (2019)", step2=258, step3=None,
  other_exams=["MRCP (UK) Part 1 — Passed"],
  ecfmg="certified", ecfmg_text="ECFMG Certified",
  visa="j1", visa_text="J-1 (ECFMG sponsorship)",
  specialties=["Gastroenterology", "Internal Medicine"], spec_text="Internal Medicine → Gastroenterology",
  languages_text="English, Bahasa Melayu, Mandarin, Cantonese", languages=["English", "Malay", "Mandarin", "Cantonese"],
  usce=[("hands_on", "Gastroenterology", "TX", "2024-02", "2024-03", "Baylor St. Luke's Medical Center", "Houston, TX", 3),
        ("observership", "Internal Medicine", "TX", "2024-03", "2024-04", "Houston Methodist", "Houston, TX", 0)],
  home=[("Housemanship", "Hospital Kuala Lumpur", "Mar 2020 – Feb 2022"),
        ("Medical Officer, Gastroenterology", "Universiti Malaya Medical Centre", "Mar 2022 – Jan 2024")],
  pubs=["Tan WM, Goh KL. H. pylori eradication in Malaysia. JGH Open. 2022;6(4):233-239.",
        "Tan WM, et al. Colorectal cancer screening uptake. Asian Pac J Cancer Prev. 2023;24(9):3011-3017."],
  posters=["Poster — APDW 2023, Bangkok"],
  refs=[("Prof. Goh Khean Lee", "UMMC", "gohkl@ummc.edu.my", "+60 3 7949 4422")],
  skills=[("Endoscopy assist", 75), ("Point-of-care US", 65), ("Epic / Cerner", 80), ("R / statistics", 55)],
  birth="1995",
 ),
 dict(
  n=11, layout="txt_plain", fmt="txt", name="Devendra Ramnarine", title="",
  email="dev.ramnarine@hotmail.com", phone="1-868-763-2290", phone_e164="+18687632290",
  address="Chaguanas, Trinidad and Tobago",
  school="The University of the West Indies, St. Augustine (Faculty of Medical Sciences)", school_truth="University of the West Indies, St. Augustine", country="TT",
  degree="MBBS", grad=2019, student=False, dstyle="slash",
  step1=228, step1_text="USMLE STEP 1: 228", step2=236, step3=212,
  other_exams=[],
  ecfmg="certified", ecfmg_text="ECFMG CERTIFIED (2021)",
  visa="h1b", visa_text="Requires H1B",
  specialties=["Anesthesiology"], spec_text="Anesthesiology",
  languages_text="English, Hindi (basic)", languages=["English", "Hindi"],
  usce=[("hands_on", "Anesthesiology", "FL", "2021-10", "2021-11", "Mount Sinai Medical Center", "Miami Beach, FL", 0),
        ("observership", "Anesthesiology", "LA", "2022-01", "2022-01", "Ochsner Medical Center", "New Orleans, LA", 1)],
  home=[("Internship", "Eric Williams Medical Sciences Complex, Trinidad", "08/2019 - 07/2020"),
        ("Senior House Officer, Anaesthesia", "San Fernando General Hospital", "08/2020 - current")],
  pubs=[],
  posters=["Poster: Caribbean Anaesthesia Conference 2022"],
  refs=[("Dr. Anand Chatoor", "San Fernando General Hospital", "achatoor@swrha.co.tt", "+1 868 652 3581")],
  birth="1994",
 ),
 dict(
  n=12, layout="moderncv_reportlab_banking", fmt="reportlab_banking", name="Nadeesha Tharangani Wijesinghe", title="Dr.",
  email="nadeesha.w@gmail.com", phone="+94 77 219 6643", phone_e164="+94772196643",
  address="Nugegoda, Colombo, Sri Lanka",
  school="Faculty of Medicine, University of Colombo", school_truth="University of Colombo Faculty of Medicine", country="LK",
  degree="MBBS", grad=2020, student=False, dstyle="iso",
  step1="pass", step1_text="USMLE Step 1: Pass", step2=250, step3=None,
  other_exams=["PLAB 1 & 2 — Passed (GMC registered)"],
  ecfmg="certified", ecfmg_text="ECFMG certified",
  visa="j1", visa_text="Visa status: J-1 required",
  specialties=["Hematology/Oncology", "Internal Medicine"], spec_text="Internal Medicine, with interest in Hematology/Oncology",
  languages_text="Sinhala, English, Tamil (basic)", languages=["Sinhala", "English", "Tamil"],
  usce=[("hands_on", "Hematology/Oncology", "PA", "2025-01", "2025-02", "Fox Chase Cancer Center", "Philadelphia, PA", 0),
        ("research", "Hematology/Oncology", "PA", "2025-02", "2025-12", "University of Pennsylvania, Abramson Cancer Center", "Philadelphia, PA", 2),
        ("observership", "Internal Medicine", "NY", "2026-02", "2026-03", "NewYork-Presbyterian Queens", "Flushing, NY", 0)],
  home=[("Intern House Officer", "National Hospital of Sri Lanka, Colombo", "2020-06 – 2021-06"),
        ("Senior House Officer (NHS), Haematology", "Royal Derby Hospital, UK", "2022-08 – 2024-11")],
  pubs=["Wijesinghe NT, et al. Thalassaemia carrier screening. Ceylon Med J. 2021;66(2):77-82.",
        "Wijesinghe NT, Perera P. Iron chelation adherence. Br J Haematol. 2023;201(4):612-619.",
        "Wijesinghe NT, et al. CAR-T toxicity in older adults. Blood Adv. 2025;9(14):3502-3510."],
  posters=["Poster: ASH Annual Meeting 2025", "Manuscript submitted to JCO Oncology Practice"],
  refs=[("Dr. Priyanka Perera", "National Hospital of Sri Lanka", "priyanka.perera@nhsl.health.gov.lk", "+94 11 2691111"),
        ("Dr. Daniel Landsburg, MD", "Penn Medicine", "daniel.landsburg@pennmedicine.upenn.edu", "+1 215 662 4000")],
  birth="1995",
 ),
 dict(
  n=13, layout="docx_header_footer", fmt="docx_hf", name="Hiwot Tesfaye Bekele", title="Dr.",
  email="hiwot.tesfaye.b@gmail.com", phone="+251 91 162 3390", phone_e164="+251911623390",
  address="Bole Sub-city, Addis Ababa, Ethiopia",
  school="Addis Ababa University, College of Health Sciences (School of Medicine)", school_truth="Addis Ababa University", country="ET",
  degree="Doctor of Medicine (MD)", grad=2022, student=False, dstyle="month",
  step1="pass", step1_text="USMLE Step 1: Pass (2024)", step2=None, step3=None,
  other_exams=["NBME Form 29 (self-assessment): 235", "Ethiopian National Licensing Exam: Passed"],
  ecfmg="not_certified", ecfmg_text="ECFMG: not yet certified (OET Medicine completed)",
  visa="j1", visa_text="J-1 visa needed",
  specialties=["Pediatrics"], spec_text="Pediatrics",
  languages_text="Amharic, English, Afaan Oromo", languages=["Amharic", "English", "Oromo"],
  usce=[("observership", "Pediatrics", "OH", "2025-09", "2025-10", "Cincinnati Children's Hospital", "Cincinnati, OH", 0),
        ("telehealth", "Pediatrics", "IL", "2026-01", "2026-02", "Lurie Children's (tele-rounds)", "Chicago, IL", 1)],
  home=[("General Practitioner", "Tikur Anbessa Specialized Hospital, Addis Ababa", "October 2022 – September 2025")],
  pubs=["Bekele HT, Tadesse A. Neonatal sepsis at Tikur Anbessa. Ethiop Med J. 2023;61(3):215-222."],
  posters=[],
  refs=[("Dr. Abebe Tadesse", "Tikur Anbessa Specialized Hospital", "abebe.tadesse@aau.edu.et", "+251 11 551 1211")],
  birth="1997",
 ),
 dict(
  n=14, layout="chromium_icons_sidebar", fmt="chromium", name="Tendai Rufaro Moyo", title="",
  email="tendai.moyo@outlook.com", phone="+263 77 345 9128", phone_e164="+263773459128",
  address="Avondale, Harare, Zimbabwe",
  school="University of Zimbabwe College of Health Sciences", school_truth="University of Zimbabwe", country="ZW",
  degree="MBChB", grad=2016, student=False, dstyle="slash",
  step1=231, step1_text="USMLE Step 1: 231", step2=244, step3=None,
  other_exams=["Step 2 CS: Pass (2018)"],
  ecfmg="certified", ecfmg_text="ECFMG Certified (2018)",
  visa="green_card", visa_text="US Permanent Resident",
  specialties=["Psychiatry"], spec_text="Psychiatry",
  languages_text="English, Shona, Ndebele", languages=["English", "Shona", "Ndebele"],
  usce=[("hands_on", "Psychiatry", "MD", "2022-05", "2022-07", "Sheppard Pratt", "Towson, MD", 1),
        ("research", "Psychiatry", "MD", "2022-08", None, "Johns Hopkins Dept. of Psychiatry", "Baltimore, MD", 2),
        ("observership", "Psychiatry", "VA", "2023-01", "2023-02", "Inova Fairfax Hospital", "Falls Church, VA", 0)],
  home=[("Government Medical Officer", "Parirenyatwa Group of Hospitals, Harare", "01/2017 – 12/2020")],
  pubs=["Moyo TR, Chibanda D. Friendship Bench outcomes. Lancet Psychiatry. 2021;8(6):e12.",
        "Moyo TR, et al. Depression screening in HIV clinics. BMC Psychiatry. 2023;23:411."],
  posters=["Poster: APA Annual Meeting 2024"],
  refs=[("Prof. Dixon Chibanda", "University of Zimbabwe", "dchibanda@friendshipbench.io", "+263 24 2791631"),
        ("Dr. Karen Swartz, MD", "Johns Hopkins Medicine", "kswartz@jhmi.edu", "+1 410 955 5000")],
  skills=[("Motivational interviewing", 85), ("CBT basics", 70), ("REDCap / Stata", 75)],
  birth="1990",
 ),
 dict(
  n=15, layout="lo_odt_export", fmt="lo_odt", name="Joan Nakato Ssemakula", title="",
  email="joan.ssemakula@gmail.com", phone="+256 772 481 306", phone_e164="+256772481306",
  address="Kampala, Uganda",
  school="Makerere University College of Health Sciences", school_truth="Makerere University", country="UG",
  degree="MBChB", grad=2024, student=False, dstyle="mon",
  step1="pass", step1_text="USMLE Step 1: Pass", step2=236, step3=None,
  other_exams=[],
  ecfmg="certified", ecfmg_text="ECFMG certification: completed March 2026",
  visa="j1", visa_text="Will require J-1 visa",
  specialties=["Family Medicine", "Internal Medicine"], spec_text="Family Medicine or Internal Medicine (primary care track)",
  languages_text="English, Luganda, Swahili", languages=["English", "Luganda", "Swahili"],
  usce=[("observership", "Family Medicine", "MN", "2025-10", "2025-11", "Hennepin Healthcare", "Minneapolis, MN", 0),
        ("hands_on", "Internal Medicine", "MN", "2026-09", None, "Regions Hospital", "St. Paul, MN", 0)],
  home=[("Intern Doctor", "Mulago National Referral Hospital", "Jul 2024 – Jun 2025")],
  pubs=[],
  posters=["Abstract: Uganda Medical Association Scientific Conference 2024"],
  refs=[("Dr. Robert Kalyesubula", "Makerere University", "rkalyesubula@chs.mak.ac.ug", "+256 414 530 020")],
  birth="1999",
 ),
 dict(
  n=16, layout="moderncv_fpdf2_casual", fmt="fpdf2_casual", name="Nguyễn Thị Thu Hằng", title="",
  email="thuhang.nguyen@hmu.edu.vn", phone="+84 912 604 378", phone_e164="+84912604378",
  address="Đống Đa, Hà Nội, Việt Nam",
  school="Hanoi Medical University", school_truth="Hanoi Medical University", country="VN",
  degree="Doctor of Medicine (MD, 6-year program)", grad=2027, student=True, dstyle="slash",
  step1="pass", step1_text="USMLE Step 1: Pass (2026)", step2=None, step3=None,
  other_exams=["NBME CBSE (practice): 72"],
  ecfmg=None, ecfmg_text=None,
  visa=None, visa_text=None,
  specialties=["Internal Medicine", "Endocrinology"], spec_text="Interests: Internal Medicine, Endocrinology, Dermatology",
  languages_text="Vietnamese (native), English (IELTS 8.0), Japanese (JLPT N3)", languages=["Vietnamese", "English", "Japanese"],
  usce=[("observership", "Endocrinology", "CA", "2026-06", "2026-07", "UCSF Diabetes Center", "San Francisco, CA", 0)],
  home=[("Clinical rotations", "Bach Mai Hospital, Hà Nội", "09/2023 – present")],
  pubs=["Nguyen TTH, Tran VH. Thyroid nodules in Vietnamese women. Endocr J. 2025;72(3):301-308."],
  posters=["Poster: AFES 2025"],
  refs=[("Assoc. Prof. Trần Văn Hùng", "Bach Mai Hospital", "tvhung@bachmai.gov.vn", "+84 24 3869 3731")],
  birth="2002",
 ),
 # ---------------- scans ----------------
 dict(
  n=17, layout="scan_photo_rotated", fmt="scan_jpg", name="Putu Ayu Pramesti", title="dr.",
  email="putuayu.pramesti@gmail.com", phone="+62 812-3856-4471", phone_e164="+6281238564471",
  address="Denpasar, Bali, Indonesia",
  school="Fakultas Kedokteran Universitas Indonesia", school_truth="Universitas Indonesia", country="ID",
  degree="Dokter (MD)", grad=2021, student=False, dstyle="mon",
  step1="pass", step1_text="USMLE Step 1: Pass", step2=240, step3=None,
  other_exams=[], ecfmg="certified", ecfmg_text="ECFMG Certified",
  visa="j1", visa_text="J-1 visa required",
  specialties=["Internal Medicine"], spec_text="Internal Medicine",
  languages_text="Indonesian, English, Balinese", languages=["Indonesian", "English", "Balinese"],
  usce=[("hands_on", "Internal Medicine", "HI", "2024-01", "2024-02", "The Queen's Medical Center", "Honolulu, HI", 0)],
  home=[("Internship (Dokter Internsip)", "RSUP Sanglah, Denpasar", "Mar 2021 – Mar 2022")],
  pubs=[], posters=[],
  refs=[("dr. I Made Wirawan, Sp.PD", "RSUP Sanglah", "imwirawan@unud.ac.id", "+62 361 227911")],
  birth="1996",
 ),
 dict(
  n=18, layout="scan_imagepdf", fmt="scan_pdf", name="Sipho Mthunzi Dlamini", title="Dr",
  email="sipho.dlamini@gmail.com", phone="+27 82 614 0937", phone_e164="+27826140937",
  address="Observatory, Cape Town, South Africa",
  school="University of Cape Town", school_truth="University of Cape Town", country="ZA",
  degree="MBChB", grad=2019, student=False, dstyle="slash",
  step1=236, step1_text="USMLE Step 1: 236", step2=251, step3=None,
  other_exams=[], ecfmg="certified", ecfmg_text="ECFMG certified 2021",
  visa="j1", visa_text="J-1",
  specialties=["Emergency Medicine"], spec_text="Emergency Medicine",
  languages_text="English, isiZulu, isiXhosa, Afrikaans", languages=["English", "Zulu", "Xhosa", "Afrikaans"],
  usce=[("hands_on", "Emergency Medicine", "CO", "2022-03", "2022-04", "Denver Health", "Denver, CO", 0),
        ("observership", "Emergency Medicine", "CO", "2022-05", "2022-05", "UCHealth", "Aurora, CO", 0)],
  home=[("Intern", "Groote Schuur Hospital", "01/2020 – 12/2021"), ("Community Service MO", "Khayelitsha District Hospital", "2022 – 2023")],
  pubs=["Dlamini SM, Wallis LA. Trauma triage in Khayelitsha. S Afr Med J. 2023;113(4):210-215."], posters=[],
  refs=[("Prof. Lee Wallis", "University of Cape Town", "lee.wallis@uct.ac.za", "+27 21 404 9111")],
  birth="1994",
 ),
 dict(
  n=19, layout="scan_photo_lowcontrast", fmt="scan_png", name="Keisha Annmarie Persaud", title="",
  email="keisha.persaud@gmail.com", phone="+592 623 4471", phone_e164="+5926234471",
  address="Georgetown, Guyana",
  school="Ross University School of Medicine (Barbados)", school_truth="Ross University School of Medicine", country="BB",
  degree="MD", grad=2026, student=False, dstyle="slash",
  step1="pass", step1_text="USMLE Step 1: Pass", step2=244, step3=None,
  other_exams=[], ecfmg="pending", ecfmg_text="ECFMG certification pending",
  visa="citizen", visa_text="US Citizen",
  specialties=["Family Medicine"], spec_text="Family Medicine",
  languages_text="English, Guyanese Creole", languages=["English", "Guyanese Creole"],
  usce=[("hands_on", "Family Medicine", "GA", "2024-07", "2024-09", "Atlanta Family Medicine Associates", "Atlanta, GA", 0),
        ("hands_on", "Internal Medicine", "GA", "2024-09", "2024-11", "Wellstar Kennestone", "Marietta, GA", 0),
        ("hands_on", "Pediatrics", "FL", "2025-01", "2025-02", "St. Joseph's Children's Hospital", "Tampa, FL", 0)],
  home=[], pubs=[], posters=[],
  refs=[("Dr. Mark Ellis, MD", "Atlanta Family Medicine Associates", "mellis@afma-atl.com", "+1 404 555 0176")],
  birth="1997",
 ),
 dict(
  n=20, layout="scan_imagepdf_sidebar", fmt="scan_pdf2", name="Armelle Nguimfack Tchoupo", title="Dr",
  email="armelle.tchoupo@yahoo.fr", phone="+237 6 77 41 82 95", phone_e164="+237677418295",
  address="Yaoundé, Cameroun",
  school="Faculté de Médecine et des Sciences Biomédicales, Université de Yaoundé I", school_truth="University of Yaoundé I", country="CM",
  degree="Doctorat en Médecine (MD)", grad=2020, student=False, dstyle="slash",
  step1="pass", step1_text="USMLE Step 1: Pass", step2=None, step3=None,
  other_exams=[], ecfmg="not_certified", ecfmg_text="ECFMG: not certified yet",
  visa="b1b2", visa_text="B1/B2 visa holder",
  specialties=["Obstetrics and Gynecology"], spec_text="Obstetrics and Gynecology",
  languages_text="French, English, Medumba", languages=["French", "English", "Medumba"],
  usce=[("observership", "Obstetrics and Gynecology", "DC", "2025-04", "2025-05", "MedStar Washington Hospital Center", "Washington, DC", 0)],
  home=[("Médecin généraliste", "Hôpital Central de Yaoundé", "2020 – 2024")],
  pubs=[], posters=[],
  refs=[("Pr. Jean Dupont Kemfang", "Université de Yaoundé I", "jd.kemfang@univ-yaounde1.cm", "+237 2 22 23 40 20")],
  birth="1993",
 ),
 dict(
  n=21, layout="scan_photo_blur", fmt="scan_jpg2", name="Ayesha Noor Chaudhry", title="Dr.",
  email="ayesha.chaudhry91@gmail.com", phone="+92 300 842 1157", phone_e164="+923008421157",
  address="Lahore, Punjab, Pakistan",
  school="King Edward Medical University, Lahore", school_truth="King Edward Medical University", country="PK",
  degree="MBBS", grad=2015, student=False, dstyle="mon",
  step1=241, step1_text="USMLE Step 1: 241", step2=249, step3=230,
  other_exams=[], ecfmg="certified", ecfmg_text="ECFMG Certified",
  visa="h1b", visa_text="H-1B",
  specialties=["Rheumatology", "Internal Medicine"], spec_text="Internal Medicine; Rheumatology",
  languages_text="Urdu, English, Punjabi", languages=["Urdu", "English", "Punjabi"],
  usce=[("observership", "Rheumatology", "TX", "2019-06", "2019-08", "UT Southwestern", "Dallas, TX", 0)],
  home=[("House Officer", "Mayo Hospital, Lahore", "Jan 2016 – Dec 2016")],
  pubs=["Chaudhry AN, et al. SLE nephritis in Pakistani women. Lupus. 2018;27(9):1520-1526."], posters=[],
  refs=[("Prof. Saira Elaine Anwer Khan", "KEMU", "saira.khan@kemu.edu.pk", "+92 42 99211145")],
  birth="1991",
 ),
]

DAMAGED = [
 dict(n=22, layout="damaged_truncated", ext="pdf"),
 dict(n=23, layout="damaged_encrypted", ext="pdf"),
 dict(n=24, layout="damaged_random_bytes", ext="docx"),
]

EXT = {"lo_docx": "pdf", "chromium": "pdf", "reportlab_moderncv": "pdf", "docx": "docx", "odt": "odt",
       "lo_docx_table": "pdf", "fpdf2": "pdf", "rtf": "rtf", "txt": "txt", "reportlab_banking": "pdf",
       "docx_hf": "docx", "lo_odt": "pdf", "fpdf2_casual": "pdf", "scan_jpg": "jpg", "scan_pdf": "pdf",
       "scan_png": "png", "scan_pdf2": "pdf", "scan_jpg2": "jpg"}


def fname(p):
    return f"w52_{p['n']:03d}_{p['layout']}.{EXT[p['fmt']]}"


def months_set(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        ey, em = map(int, e["end"].split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m))
            m += 1
            if m > 12:
                y, m = y + 1, 1
    return s


def truth(p):
    entries = [{"type": t, "specialty": sp, "state": st, "start": s, "end": e or "2026-12"}
               for (t, sp, st, s, e, *_r) in p["usce"]]
    clin = [e for e in entries if e["type"] in ("hands_on", "observership")]
    d = {"file": fname(p), "layout": p["layout"], "full_name": p["name"], "email": p["email"],
         "phone_e164": p["phone_e164"], "medical_school": p["school_truth"],
         "medical_school_country": p["country"], "graduation_year": p["grad"], "is_student": p["student"],
         "usmle_step1": p["step1"], "usmle_step2ck": p["step2"], "usmle_step3": p["step3"],
         "ecfmg_status": p["ecfmg"], "specialties": p["specialties"], "languages": p["languages"],
         "visa_status": p["visa"], "publications": len(p["pubs"]),
         "usce_months": len(months_set(entries)), "usce_months_clinical": len(months_set(clin)),
         "usce_entries": entries}
    if p["fmt"].startswith("scan"):
        d["needs_ocr"] = True
    return d


ONGOING = {1: "Present", 5: "ongoing", 12: "current", 14: "present", 15: "Current"}


HEAD_VARIANTS = {
    "Education": ["Education", "Academic Qualifications", "Medical Education", "Education & Training"],
    "Licensing Examinations & Certification": ["Licensing Examinations & Certification", "USMLE / Exams",
        "Examinations", "Board Exams & ECFMG"],
    "US Clinical Experience": ["US Clinical Experience", "USCE", "Clinical Rotations in the United States",
        "U.S. Clinical Experience (USCE)"],
    "Clinical Experience (Home Country / International)": ["Clinical Experience (Home Country / International)",
        "Work Experience", "Professional Experience", "Internship & Employment"],
    "Peer-reviewed Publications": ["Peer-reviewed Publications", "Publications", "Research Publications (PubMed-indexed)",
        "Journal Articles"],
    "Posters, Presentations & Other Work": ["Posters, Presentations & Other Work", "Conference Presentations",
        "Abstracts & Posters", "Other Scholarly Work"],
    "Career Interests": ["Career Interests", "Career Objective", "Specialty of Interest", "Professional Goals"],
    "Languages": ["Languages", "Languages Spoken", "Language Skills", "Languages"],
    "Personal": ["Personal", "Personal Details", "Additional Information", "Other Details"],
    "References": ["References", "Referees", "References (available on request — listed below)", "Letters of Recommendation"],
}
MERGE_CLINICAL = {5, 6, 12, 18}


def sections(p):
    raw = _sections(p)
    if p["n"] in MERGE_CLINICAL:
        merged, out = [], []
        for t, items in raw:
            if t in ("US Clinical Experience", "Clinical Experience (Home Country / International)"):
                merged.extend(items)
                if not any(x[0] == "Clinical Experience" for x in out):
                    out.append(("Clinical Experience", merged))
            else:
                out.append((t, items))
        raw = out
    k = p["n"] % 4
    return [(Title(HEAD_VARIANTS.get(t, [t] * 4)[k], t), items) for t, items in raw]


class Title(str):
    def __new__(cls, shown, canon):
        o = str.__new__(cls, shown)
        o.canon = canon
        return o


def _sections(p):
    """Structured content shared by all renderers: list of (title, [items]);
    item = dict(head, sub, date, bullets)."""
    st = p["dstyle"]
    ow = ONGOING.get(p["n"], "Present")
    secs = []
    edu = [dict(head=f"{p['degree']}", sub=p["school"],
                date=(f"Expected {p['grad']}" if p["student"] else f"Graduated {p['grad']}"),
                bullets=[])]
    secs.append(("Education", edu))
    ex = [dict(head=p["step1_text"], sub="", date="", bullets=[])]
    if p["step2"]:
        ex.append(dict(head=f"USMLE Step 2 CK: {p['step2']}", sub="", date="", bullets=[]))
    if p["step3"]:
        ex.append(dict(head=f"USMLE Step 3: {p['step3']}", sub="", date="", bullets=[]))
    for o in p["other_exams"]:
        ex.append(dict(head=o, sub="", date="", bullets=[]))
    if p["ecfmg_text"]:
        ex.append(dict(head=p["ecfmg_text"], sub="", date="", bullets=[]))
    secs.append(("Licensing Examinations & Certification", ex))
    us = []
    for (t, sp, stt, s, e, site, city, li) in p["usce"]:
        lab = TYPE_LABEL[t][li % len(TYPE_LABEL[t])]
        us.append(dict(head=f"{lab} — {sp}", sub=f"{site}, {city}", date=drange(s, e, st, ow),
                       bullets=[]))
    if us:
        secs.append(("US Clinical Experience", us))
    hm = [dict(head=a, sub=b, date=c, bullets=[]) for (a, b, c) in p["home"]]
    if hm:
        secs.append(("Clinical Experience (Home Country / International)", hm))
    if p["pubs"] or p["posters"]:
        items = [dict(head=x, sub="", date="", bullets=[]) for x in p["pubs"]]
        if p["pubs"]:
            secs.append(("Peer-reviewed Publications", items))
        if p["posters"]:
            secs.append(("Posters, Presentations & Other Work", [dict(head=x, sub="", date="", bullets=[]) for x in p["posters"]]))
    secs.append(("Career Interests", [dict(head=p["spec_text"], sub="", date="", bullets=[])]))
    secs.append(("Languages", [dict(head=p["languages_text"], sub="", date="", bullets=[])]))
    pers = [f"Year of birth: {p['birth']}"]
    if p["visa_text"]:
        pers.append(p["visa_text"])
    secs.append(("Personal", [dict(head=x, sub="", date="", bullets=[]) for x in pers]))
    refs = [dict(head=r[0], sub=r[1], date="", bullets=[f"Email: {r[2]}", f"Tel: {r[3]}"]) for r in p["refs"]]
    secs.append(("References", refs))
    return secs
