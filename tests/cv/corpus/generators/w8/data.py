# -*- coding: utf-8 -*-
"""One record per applicant: drives both the document and its truth row.

Experience items may carry a `usce` dict (type, specialty, state, start, end);
the date text shown on the page is produced from start/end with the record's
date style, so page and truth cannot drift apart.
"""

MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


def _ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def fmt_date(s, style):
    """s = 'YYYY-MM' or 'present'."""
    if s == "present":
        return {"abbr": "Present", "full": "present", "num": "Present", "dot": "current",
                "dayfirst": "till date", "iso": "present", "ordinal": "Date"}[style]
    y, m = _ym(s)
    if style == "abbr":
        return f"{MON3[m-1]} {y}"
    if style == "full":
        return f"{MON[m-1]} {y}"
    if style == "num":
        return f"{m:02d}/{y}"
    if style == "dot":
        return f"{y}.{m:02d}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dayfirst":
        return f"01-{m:02d}-{y}"
    if style == "ordinal":
        return f"{MON[m-1]}, {y}"
    raise ValueError(style)


def fmt_range(a, b, style, dash=" – "):
    if a == b and style != "dayfirst":
        return fmt_date(a, style)
    if style == "dayfirst":
        # start at 1st, end at a day in the end month
        ea = fmt_date(a, style)
        if b == "present":
            eb = "till date"
        else:
            y, m = _ym(b)
            eb = f"{28 if m == 2 else 30}-{m:02d}-{y}"
        return f"{ea} to {eb}"
    return fmt_date(a, style) + dash + fmt_date(b, style)


def E(dates, title, org, place="", bullets=(), usce=None):
    return dict(dates=dates, title=title, org=org, place=place, bullets=list(bullets), usce=usce)


def U(typ, spec, state, start, end):
    return dict(type=typ, specialty=spec, state=state, start=start, end=end)


R = []

# ---------------------------------------------------------------- LaTeX awesome-like
R.append(dict(
    n=1, layout="latex_awesome", ext="pdf",
    display_name="Dr. Ahmed Raza Siddiqui", post="MBBS",
    full_name="Ahmed Raza Siddiqui", email="ahmed.r.siddiqui91@gmail.com",
    phone="+92 321 456 7890", phone_e164="+923214567890", contact_place="body",
    city="Lahore, Pakistan",
    medical_school="King Edward Medical University", medical_school_country="PK",
    graduation_year=2019, is_student=False,
    usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Internal Medicine", "Cardiology"],
    languages=["English", "Urdu", "Punjabi"], lang_display="English (fluent), Urdu (native), Punjabi (native)",
    publications=3, datestyle="abbr",
    summary="ECFMG-certified physician applying to Internal Medicine residency (2027 Match) with a long-term goal of a Cardiology fellowship. Requires J-1 visa sponsorship.",
    education=[("2013 – 2019", "Bachelor of Medicine, Bachelor of Surgery (MBBS)", "King Edward Medical University, Lahore, Pakistan"),
               ("2011 – 2013", "F.Sc. Pre-Medical", "Government College University, Lahore")],
    exams=["USMLE Step 1 — Pass (first attempt), June 2021",
           "USMLE Step 2 CK — 248 (first attempt), February 2022",
           "OET Medicine — Grade B in all sub-tests",
           "ECFMG Certified — April 2022"],
    experience=[
        E(None, "Research Fellow — Cardiovascular Outcomes", "Henry Ford Hospital", "Detroit, MI",
          ["Retrospective registry work on heart-failure readmissions", "Manage REDCap database of 1,900 patients"],
          U("research", "Cardiology", "MI", "2023-08", "present")),
        E(None, "Clinical Observer — Cardiology", "Cleveland Clinic", "Cleveland, OH",
          ["Attended CCU rounds and cath-lab conferences"], U("observership", "Cardiology", "OH", "2023-03", "2023-05")),
        E(None, "Hands-on Externship — Internal Medicine", "Jackson Park Hospital", "Chicago, IL",
          ["Admitted and followed 4–6 patients daily under supervision", "Wrote progress notes in Epic"],
          U("hands_on", "Internal Medicine", "IL", "2023-05", "2023-06")),
        E("Jan 2020 – Dec 2020", "House Officer (Medicine & Surgery)", "Mayo Hospital", "Lahore, Pakistan",
          ["Rotations in Medicine, Cardiology and General Surgery"]),
        E("Feb 2021 – Jan 2023", "Medical Officer", "Punjab Institute of Cardiology", "Lahore, Pakistan",
          ["Emergency department and CCU coverage"]),
    ],
    pubs_list=["Siddiqui AR, Malik H, et al. Predictors of 30-day readmission in heart failure with reduced ejection fraction. J Card Fail. 2024;30(5):612-619.",
               "Siddiqui AR, Iqbal S. Dengue myocarditis: a case series from Lahore. Cureus. 2021;13(9):e18012.",
               "Khan F, Siddiqui AR, Ahmed N. Statin adherence after ACS in Punjab. Pak Heart J. 2022;55(2):141-146."],
    posters=["Poster: SGLT2 inhibitor uptake in a Detroit HF clinic. ACC Scientific Sessions 2024, Atlanta, GA.",
             "Poster: Door-to-balloon times in Lahore. PCS Annual Conference 2022."],
    referees=["Dr. Mark J. Hollander, MD — Senior Staff Cardiologist, Henry Ford Hospital, Detroit, MI — mhollan1@hfhs.org — +1 (313) 916-2740",
              "Dr. Priya Natarajan, MD — Staff Physician, Cleveland Clinic, OH — natarap@ccf.org — +1 216-444-0186",
              "Prof. Dr. Khalid Mahmood — Head of Medicine, Mayo Hospital, Lahore — +92 42 9921 1100"],
    personal={"Date of birth": "03 November 1995", "Nationality": "Pakistani"},
))

R.append(dict(
    n=2, layout="latex_awesome", ext="pdf",
    display_name="Mariana Ortega Villaseñor", post="M.D.",
    full_name="Mariana Ortega Villaseñor", email="mariana.ortega.v@outlook.com",
    phone="+1 (720) 555-0143", phone_e164="+17205550143", contact_place="footer",
    city="Aurora, Colorado",
    medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX",
    graduation_year=2021, is_student=False,
    usmle_step1="pass", usmle_step2ck=239, usmle_step3=221, ecfmg_status="certified",
    visa_status="h1b", specialties=["Pediatrics"],
    languages=["Spanish", "English", "Portuguese"], lang_display="Spanish (native) · English (C2) · Portuguese (B1)",
    publications=5, datestyle="full",
    summary="Pediatric research fellow currently in the United States on an H-1B visa, applying to categorical Pediatrics programs.",
    education=[("2015 – 2021", "Médico Cirujano (M.D. equivalent)", "Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM), Mexico City")],
    exams=["USMLE Step 1: PASS", "USMLE Step 2 CK: 239", "USMLE Step 3: 221", "ECFMG certification: obtained 2022",
           "ENARM (Mexican residency exam) 2021: 71.2 points"],
    experience=[
        E(None, "Postdoctoral Research Fellow, Section of Neonatology", "Children's Hospital Colorado", "Aurora, CO",
          ["Bronchopulmonary dysplasia cohort; IRB submissions and data analysis in R"],
          U("research", "Pediatrics", "CO", "2024-09", "present")),
        E(None, "Visiting Medical Student — Pediatrics Clerkship (hands-on)", "Texas Children's Hospital", "Houston, TX",
          ["Four-week inpatient elective as a final-year student"], U("hands_on", "Pediatrics", "TX", "2020-02", "2020-03")),
        E("August 2021 – July 2022", "Servicio Social (Social Service Physician)", "Centro de Salud Rural", "San Juan Bautista Tuxtepec, Oaxaca, Mexico",
          ["Sole physician for a rural community of ~8,000"]),
        E("March 2023 – August 2024", "Pediatric Resident (PGY-1, PGY-2)", "Instituto Nacional de Pediatría", "Mexico City, Mexico", []),
    ],
    pubs_list=["Ortega-Villaseñor M, et al. Early caffeine and BPD in preterm infants. J Perinatol. 2025;45:210-217.",
               "Ortega-Villaseñor M, Ruiz A. Sepsis bundles in Mexican PICUs. Bol Med Hosp Infant Mex. 2023;80(4):233-240.",
               "Lee K, Ortega-Villaseñor M, et al. Oxygen saturation targets in the NICU. Pediatr Res. 2025;97:88-95.",
               "Ortega-Villaseñor M. Kawasaki disease in Mexico City. Rev Mex Pediatr. 2022;89(1):12-18.",
               "Ruiz A, Ortega-Villaseñor M. Rotavirus after vaccination. Salud Publica Mex. 2021;63(6):744-750."],
    posters=["Poster, Pediatric Academic Societies Meeting 2025, Honolulu, HI."],
    referees=["Available upon request."],
    personal={},
))

# ---------------------------------------------------------------- LaTeX res-like
R.append(dict(
    n=3, layout="latex_res", ext="pdf",
    display_name="Sina Rahimi, MD", post="",
    full_name="Sina Rahimi", email="sina.rahimi.md@gmail.com",
    phone="+98 912 345 6789", phone_e164="+989123456789", contact_place="body",
    city="Boston, MA / Tehran, Iran",
    medical_school="Tehran University of Medical Sciences", medical_school_country="IR",
    graduation_year=2018, is_student=False,
    usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified",
    visa_status=None, specialties=["Neurology"],
    languages=["Persian", "English", "German"], lang_display="Farsi (native), English (full professional), German (B2, Goethe-Zertifikat)",
    publications=7, datestyle="abbr",
    summary=None,
    education=[("2011--2018", "Doctor of Medicine (MD)", "Tehran University of Medical Sciences, Tehran, Iran. Thesis: Seizure outcomes after anterior temporal lobectomy.")],
    exams=["USMLE Step 1 --- Passed (2019)", "USMLE Step 2 CK --- 251 (2020)", "ECFMG certification --- 2020"],
    experience=[
        E(None, "Research Fellow, Epilepsy Division", "Massachusetts General Hospital", "Boston, MA",
          ["EEG biomarkers of drug-resistant epilepsy; co-wrote two R01 progress reports"],
          U("research", "Neurology", "MA", "2022-01", "2023-12")),
        E(None, "Clinical Observer, Inpatient Neurology", "Massachusetts General Hospital", "Boston, MA",
          ["Stroke and epilepsy services"], U("observership", "Neurology", "MA", "2023-10", "2023-11")),
        E("Mar 2019 -- Dec 2021", "General Practitioner (mandatory service, Tarh-e Niru-ye Ensani)", "Rural Health Center", "Kerman Province, Iran", []),
    ],
    pubs_list=["Rahimi S, et al. Interictal HFOs predict surgical outcome. Epilepsia. 2023;64(7):1801-1812.",
               "Rahimi S, Cash SS. Sleep spindles after temporal lobectomy. Neurology. 2024;102(3):e208011.",
               "Rahimi S, et al. Cenobamate real-world retention. Seizure. 2024;115:33-40.",
               "Ahmadi R, Rahimi S. Stroke thrombolysis in Tehran. Arch Iran Med. 2019;22(4):180-185.",
               "Rahimi S, et al. Post-COVID encephalopathy. Iran J Neurol. 2021;20(2):55-61.",
               "Moradi P, Rahimi S, et al. Multiple sclerosis prevalence in Kerman. Mult Scler Relat Disord. 2021;52:102955.",
               "Rahimi S, et al. EEG in autoimmune encephalitis. Clin Neurophysiol. 2023;148:1-9."],
    posters=[],
    referees=["Sydney S. Cash, MD, PhD --- Massachusetts General Hospital, Boston, MA --- scash.mgh@mgb.org --- +1 617 726 0271"],
    personal={},
))

R.append(dict(
    n=4, layout="latex_res", ext="pdf",
    display_name="Daniel J. Kowalczyk", post="",
    full_name="Daniel J. Kowalczyk", email="dkowalczyk@student.wum.edu.pl",
    phone="+48 512 880 341", phone_e164="+48512880341", contact_place="body",
    city="Warszawa, Poland",
    medical_school="Medical University of Warsaw", medical_school_country="PL",
    graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
    visa_status="citizen", specialties=["Emergency Medicine"],
    languages=["English", "Polish"], lang_display="English (native), Polish (heritage speaker, C1)",
    publications=0, datestyle="full",
    summary="U.S. citizen (born in Chicago, IL), sixth-year student in the English Division. ECFMG certification pending completion of Step 2 CK.",
    education=[("2021--2027", "Lekarz (MD), expected June 2027", "Medical University of Warsaw (Warszawski Uniwersytet Medyczny), English Division, Warszawa, Poland"),
               ("2017--2021", "B.S. Biology", "Loyola University Chicago, IL")],
    exams=["USMLE Step 1: Pass (May 2025)", "USMLE Step 2 CK: scheduled for February 2027",
           "NBME CCSSA Form 30: 248; UWSA 2: 252 (practice)", "Lekarski Egzamin Końcowy (LEK): planned 2027"],
    experience=[
        E(None, "Sub-Internship, Emergency Medicine (hands-on)", "Cooper University Hospital", "Camden, NJ",
          ["Saw 8--10 patients per shift; presented to attendings"], U("hands_on", "Emergency Medicine", "NJ", "2025-07", "2025-08")),
        E(None, "Clinical Clerkship, Internal Medicine", "NYC Health + Hospitals/Elmhurst", "Queens, NY",
          [], U("hands_on", "Internal Medicine", "NY", "2025-09", "2025-09")),
        E("July 2024", "Clinical clerkship, Surgery", "Szpital Bielański", "Warszawa, Poland", []),
    ],
    pubs_list=[],
    posters=["Kowalczyk DJ, Nowak A. Ultrasound-guided IV access by students (poster). EUSEM 2025, Copenhagen."],
    pubs_heading="Publications & Presentations",
    referees=[],
    personal={},
))

# ---------------------------------------------------------------- typst grid (dates left)
R.append(dict(
    n=5, layout="typst_grid", ext="pdf",
    display_name="Nguyễn Thị Minh Anh", post="MD",
    full_name="Nguyễn Thị Minh Anh", email="minhanh.nguyen.hmu@gmail.com",
    phone="+84 90 312 4578", phone_e164="+84903124578", contact_place="body",
    city="Hà Nội, Việt Nam",
    medical_school="Hanoi Medical University", medical_school_country="VN",
    graduation_year=2020, is_student=False,
    usmle_step1="pass", usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Family Medicine"],
    languages=["Vietnamese", "English", "French"], lang_display="Tiếng Việt / Vietnamese (native), English (fluent), French (intermediate)",
    publications=2, datestyle="num",
    summary="Family physician seeking a J-1 sponsored Family Medicine residency.",
    education=[("09/2014 – 06/2020", "Doctor of Medicine (Bác sĩ Đa khoa)", "Hanoi Medical University (Trường Đại học Y Hà Nội), Hà Nội, Việt Nam")],
    exams=["USMLE Step 1 — Pass", "USMLE Step 2 CK — 235", "ECFMG certified (2023)"],
    experience=[
        E(None, "Observership, Family Medicine", "Valley Family Health Center", "Fresno, CA",
          ["Outpatient chronic disease and well-child visits"], U("observership", "Family Medicine", "CA", "2024-04", "2024-06")),
        E(None, "Telehealth Clinical Assistant, Internal Medicine", "Lone Star Virtual Care", "Austin, TX (remote)",
          ["Pre-charting and virtual visits with supervising internist"], U("telehealth", "Internal Medicine", "TX", "2024-07", "2024-09")),
        E("10/2020 – 12/2023", "Resident Physician, Family Medicine", "Bạch Mai Hospital", "Hà Nội, Việt Nam", []),
    ],
    pubs_list=["Nguyen TMA, Tran VH. Hypertension control in Hanoi primary care. BMC Fam Pract. 2022;23:144.",
               "Le QT, Nguyen TMA. Diabetes screening in rural Vietnam. Asia Pac Fam Med. 2021;20:7."],
    posters=[],
    referees=[],
    personal={"Date of birth": "21/07/1996"},
))

R.append(dict(
    n=6, layout="typst_grid", ext="pdf",
    display_name="Rahul Venkatesh Iyer", post="MBBS",
    full_name="Rahul Venkatesh Iyer", email="rahul.v.iyer@yahoo.com",
    phone="(646) 555-0178", phone_e164="+16465550178", contact_place="body",
    city="Jersey City, NJ",
    medical_school="Madras Medical College", medical_school_country="IN",
    graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified",
    visa_status="green_card", specialties=["Internal Medicine", "Gastroenterology"],
    languages=["English", "Tamil", "Hindi", "Telugu"], lang_display="English, Tamil, Hindi, Telugu",
    publications=2, datestyle="abbr",
    summary="U.S. Permanent Resident (Green Card). Applying to Internal Medicine with interest in Gastroenterology.",
    education=[("2016 – 2022", "MBBS (incl. CRRI internship 2021–22)", "Madras Medical College, The Tamil Nadu Dr. M.G.R. Medical University, Chennai, India")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 262", "ECFMG: Certified", "NBME 12 (practice): 251"],
    experience=[
        E(None, "Externship (hands-on), Internal Medicine", "Brookdale Hospital Medical Center", "Brooklyn, NY",
          ["Pre-rounded, wrote notes, presented on rounds"], U("hands_on", "Internal Medicine", "NY", "2024-11", "2025-01")),
        E(None, "Observership, Gastroenterology", "Mount Sinai Medical Center", "Miami Beach, FL",
          ["Endoscopy suite and IBD clinic"], U("observership", "Gastroenterology", "FL", "2025-01", "2025-02")),
        E(None, "Clinical Research Coordinator, GI & Hepatology", "University of Miami Miller School of Medicine", "Miami, FL",
          ["MASLD cohort; chart abstraction and manuscript drafting"], U("research", "Gastroenterology", "FL", "2025-03", "present")),
        E("Apr 2021 – Mar 2022", "Compulsory Rotatory Residential Internship (CRRI)", "Rajiv Gandhi Government General Hospital", "Chennai, India", []),
    ],
    pubs_list=["Iyer RV, et al. FIB-4 in MASLD screening among South Asians. Dig Dis Sci. 2025;70:1102-1110.",
               "Iyer RV, Sharma P. Upper GI bleed outcomes in Chennai. Indian J Gastroenterol. 2023;42:515-521."],
    posters=["Poster: DDW 2025, San Diego, CA."],
    referees=[],
    personal={},
))

R.append(dict(
    n=7, layout="typst_grid", ext="pdf",
    display_name="Juan Sebastián Restrepo Gómez", post="MD",
    full_name="Juan Sebastián Restrepo Gómez", email="jsrestrepo.md@gmail.com",
    phone="+57 310 555 2891", phone_e164="+573105552891", contact_place="body",
    city="Medellín, Colombia",
    medical_school="Universidad de Antioquia", medical_school_country="CO",
    graduation_year=2017, is_student=False,
    usmle_step1=231, usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
    visa_status=None, specialties=["Anesthesiology"],
    languages=["Spanish", "English"], lang_display="Español (nativo), English (advanced)",
    publications=1, datestyle="abbr",
    summary="Anesthesiologist trained in Colombia pursuing US residency in Anesthesiology.",
    education=[("2011 – 2017", "Médico y Cirujano", "Universidad de Antioquia, Medellín, Colombia"),
               ("2019 – 2022", "Especialización en Anestesiología", "Universidad de Antioquia / Hospital San Vicente Fundación")],
    exams=["USMLE Step 1: 231 (2018)", "USMLE Step 2 CK: 244 (2019)", "ECFMG certificate #0-912-345-6"],
    experience=[
        E("Jan 2023 – present", "Anesthesiologist (attending)", "Hospital Pablo Tobón Uribe", "Medellín, Colombia", ["Cardiac and regional anesthesia"]),
        E("Feb 2018 – Jan 2019", "Médico de Servicio Social Obligatorio", "E.S.E. Hospital San Juan de Dios", "Rionegro, Antioquia", []),
    ],
    pubs_list=["Restrepo-Gómez JS, et al. Erector spinae plane block for cardiac surgery. Rev Colomb Anestesiol. 2023;51(2):e1064."],
    posters=[],
    referees=[],
    personal={},
))

# ---------------------------------------------------------------- typst modern band
R.append(dict(
    n=8, layout="typst_band", ext="pdf",
    display_name="Fatima Zahra El Amrani", nonlatin="فاطمة الزهراء العمراني", post="",
    full_name="Fatima Zahra El Amrani", email="fz.elamrani@gmail.com",
    phone="+212 6 61 23 45 78", phone_e164="+212661234578", contact_place="body",
    city="Casablanca, Maroc",
    medical_school="Faculty of Medicine and Pharmacy of Casablanca", medical_school_country="MA",
    graduation_year=2022, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
    visa_status="b1b2", specialties=["Psychiatry"],
    languages=["Arabic", "French", "English", "Spanish"], lang_display="Arabic, French, English, Spanish",
    publications=None, datestyle="num",
    summary="General practitioner (Doctorat en Médecine) aiming for Psychiatry residency. Holds a valid B1/B2 visa.",
    education=[("2015 – 2022", "Doctorat en Médecine", "Faculté de Médecine et de Pharmacie de Casablanca, Université Hassan II, Morocco")],
    exams=["USMLE Step 1 — PASS (2024)", "USMLE Step 2 CK — scheduled 03/2027", "UWSA 2 (practice): 241",
           "ECFMG certification: not yet certified"],
    experience=[
        E(None, "Observership — Psychiatry", "Hackensack Meridian Health", "Hackensack, NJ",
          ["Inpatient psychiatry and consult-liaison"], U("observership", "Psychiatry", "NJ", "2025-02", "2025-04")),
        E("09/2022 – 12/2024", "Médecin généraliste", "Centre de Santé Urbain Hay Hassani", "Casablanca, Morocco", []),
        E("2021 – 2022", "Interne (stage hospitalier)", "CHU Ibn Rochd", "Casablanca, Morocco", ["Psychiatry, Internal Medicine, Pediatrics"]),
    ],
    pubs_list=None, posters=[], referees=[], personal={},
))

R.append(dict(
    n=9, layout="typst_band", ext="pdf",
    display_name="Oleksandr Kovalenko", nonlatin="Олександр Коваленко", post="MD, PhD",
    full_name="Oleksandr Kovalenko", email="o.kovalenko.md@gmail.com",
    phone="+1 412 555 0166", phone_e164="+14125550166", contact_place="body",
    city="Pittsburgh, PA",
    medical_school="Bogomolets National Medical University", medical_school_country="UA",
    graduation_year=2016, is_student=False,
    usmle_step1=228, usmle_step2ck=241, usmle_step3=219, ecfmg_status="certified",
    visa_status="h1b", specialties=["Hematology/Oncology", "Internal Medicine"],
    languages=["Ukrainian", "Russian", "English", "Polish"], lang_display="Ukrainian, Russian, English, Polish",
    publications=9, datestyle="iso",
    summary="Physician-scientist in cancer immunology (H-1B), seeking Internal Medicine residency followed by Hematology/Oncology fellowship.",
    education=[("2010 – 2016", "Medical Doctor (General Medicine)", "Bogomolets National Medical University, Kyiv, Ukraine"),
               ("2016 – 2020", "PhD, Oncology", "National Cancer Institute of Ukraine, Kyiv")],
    exams=["USMLE Step 1: 228", "USMLE Step 2 CK: 241", "USMLE Step 3: 219", "ECFMG: certified (2019)"],
    experience=[
        E(None, "Research Associate, Hematology/Oncology", "UPMC Hillman Cancer Center", "Pittsburgh, PA",
          ["CAR-T toxicity biomarkers; 4 first-author papers"], U("research", "Hematology/Oncology", "PA", "2022-06", "present")),
        E(None, "Clinical Observer, Hematology/Oncology", "UPMC Hillman Cancer Center", "Pittsburgh, PA",
          ["Lymphoma and myeloma clinics"], U("observership", "Hematology/Oncology", "PA", "2023-01", "2023-03")),
        E("2016-09 – 2022-03", "Oncologist (Intern → Staff)", "National Cancer Institute", "Kyiv, Ukraine", []),
    ],
    pubs_list=["Kovalenko O, Wexler J, et al. IL-6 kinetics predict severe CRS after CD19 CAR-T. J Immunother Cancer. 2024;12:e008123.",
               "Kovalenko O, et al. Ferritin trajectories and ICANS in large B-cell lymphoma. Blood Adv. 2023;7(18):5410-5419.",
               "Kovalenko O, et al. Bridging radiotherapy before axi-cel. Transplant Cell Ther. 2025;31(2):98.e1-98.e9.",
               "Kovalenko O, Shevchenko I. Outcomes of DLBCL in Ukraine, 2010-2019. Exp Oncol. 2020;42(3):210-215.",
               "Petrenko A, Kovalenko O, et al. Rituximab biosimilars in Ukraine. Exp Oncol. 2019;41(4):330-334.",
               "Kovalenko O, et al. Prognostic value of PET-CT interim response. Klin Onkol. 2021;34(1):44-51.",
               "Wexler J, Kovalenko O, et al. Teclistamab infections in myeloma. Haematologica. 2025;110(1):201-209.",
               "Kovalenko O, et al. Cytopenias after CAR-T: a single-center study. Leuk Lymphoma. 2024;65(6):790-798.",
               "Bondar V, Kovalenko O. War-related disruption of oncology care in Kyiv. Lancet Oncol. 2023;24(5):e190-e197."],
    posters=[], referees=["Dr. Jason Wexler, MD — UPMC Hillman — wexlerj@upmc.edu — +1 412-647-2811"], personal={},
))

R.append(dict(
    n=10, layout="typst_band", ext="pdf",
    display_name="Layla Haddad", nonlatin="ليلى حداد", post="",
    full_name="Layla Haddad", email="layla.haddad@just.edu.jo",
    phone="+962 79 555 1234", phone_e164="+962795551234", contact_place="body",
    city="Irbid, Jordan",
    medical_school="Jordan University of Science and Technology", medical_school_country="JO",
    graduation_year=2027, is_student=True,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
    visa_status="b1b2", specialties=["General Surgery"],
    languages=["Arabic", "English"], lang_display="Arabic (native), English (IELTS 8.0)",
    publications=1, datestyle="full",
    summary="Final-year medical student (MD expected June 2027) interested in General Surgery. Visa: B1/B2.",
    education=[("2021 – 2027 (expected)", "Doctor of Medicine (MD) candidate", "Faculty of Medicine, Jordan University of Science and Technology, Irbid")],
    exams=["USMLE Step 1: Pass (2025)"],
    experience=[
        E(None, "Visiting student clerkship — General Surgery", "Beaumont Hospital (Corewell Health)", "Royal Oak, MI",
          ["Scrubbed in on 40+ cases; daily notes"], U("hands_on", "General Surgery", "MI", "2026-07", "2026-08")),
        E(None, "Observership — Surgery", "University Hospitals Cleveland Medical Center", "Cleveland, OH",
          [], U("observership", "General Surgery", "OH", "2026-09", "present")),
        E("2024 – 2026", "Clinical rotations", "King Abdullah University Hospital", "Irbid, Jordan", []),
    ],
    pubs_list=["Haddad L, et al. Appendicitis scores in Jordanian children. Ann Med Surg. 2025;87:1201-1206."],
    posters=[], referees=[], personal={},
))

# ---------------------------------------------------------------- ODT biodata
R.append(dict(
    n=11, layout="odt_biodata", ext="pdf",
    display_name="Dr. Md. Tanvir Hossain Chowdhury", nonlatin="মোঃ তানভীর হোসেন চৌধুরী", post="MBBS (DMC), BCS (Health)",
    full_name="Md. Tanvir Hossain Chowdhury", email="tanvir.dmc51@gmail.com",
    phone="+880 1711-234567", phone_e164="+8801711234567", contact_place="table",
    city="Dhaka, Bangladesh",
    medical_school="Dhaka Medical College", medical_school_country="BD",
    graduation_year=2018, is_student=False,
    usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Internal Medicine", "Nephrology"],
    languages=["Bengali", "English", "Hindi"], lang_display="Bangla (mother tongue), English, Hindi (spoken)",
    publications=2, datestyle="dayfirst",
    summary="Career objective: to pursue Internal Medicine residency in the USA and later Nephrology fellowship. J1 visa needed.",
    education=[("2012 – 2018", "MBBS", "Dhaka Medical College, University of Dhaka (passed professional exam in November 2018)"),
               ("2010", "HSC (Science) GPA 5.00", "Notre Dame College, Dhaka")],
    exams=["USMLE Step 1: PASSED", "USMLE Step 2 CK: 238", "ECFMG Certified: Yes (2023)"],
    experience=[
        E(None, "Observership in Nephrology", "Nassau University Medical Center", "East Meadow, NY",
          ["Dialysis unit and transplant clinic"], U("observership", "Nephrology", "NY", "2024-03", "2024-05")),
        E(None, "Externship (hands-on) in Internal Medicine", "Houston Methodist Baytown Hospital", "Baytown, TX",
          [], U("hands_on", "Internal Medicine", "TX", "2024-06", "2024-07")),
        E("01-01-2019 to 31-12-2019", "Intern Doctor", "Dhaka Medical College Hospital", "Dhaka", []),
        E("2020 – 2023", "Medical Officer (BCS Health Cadre)", "Upazila Health Complex", "Sreepur, Gazipur", []),
    ],
    pubs_list=["Chowdhury MTH, et al. CKD of unknown cause in rural Bangladesh. J Dhaka Med Coll. 2022;31(1):44-49.",
               "Rahman S, Chowdhury MTH. Snakebite AKI. Bangladesh Med Res Counc Bull. 2021;47:120-125."],
    posters=[],
    referees=["Prof. Dr. Abul Kalam Azad, Professor of Medicine, Dhaka Medical College — +880 1819-111222"],
    personal={"Father's name": "Md. Anwar Hossain Chowdhury", "Date of birth": "14/03/1993", "Nationality": "Bangladeshi",
              "Religion": "Islam", "Marital status": "Married", "Permanent address": "House 12, Road 5, Dhanmondi, Dhaka-1205"},
))

R.append(dict(
    n=12, layout="odt_biodata", ext="pdf",
    display_name="Dr. Sushma Adhikari", nonlatin="सुष्मा अधिकारी", post="",
    full_name="Sushma Adhikari", email="sushma.adhikari.iom@gmail.com",
    phone="+977 984-1234567", phone_e164="+9779841234567", contact_place="table",
    city="Kathmandu, Nepal",
    medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP",
    graduation_year=2020, is_student=False,
    usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified",
    visa_status=None, specialties=["Obstetrics and Gynecology"],
    languages=["Nepali", "English", "Hindi", "Maithili"], lang_display="Nepali, English, Hindi, Maithili",
    publications=0, datestyle="full",
    summary="Objective: Residency in Obstetrics & Gynaecology.",
    education=[("2014 – 2020", "MBBS", "Maharajgunj Medical Campus, Institute of Medicine (IOM), Tribhuvan University, Kathmandu"),
               ("2021", "Nepal Medical Council Licensing Examination", "Passed (NMC Reg. No. 23456)")],
    exams=["USMLE Step 1 - Pass", "USMLE Step 2 CK - 229", "ECFMG Certification - Certified (2024)"],
    experience=[
        E(None, "Clinical Observership, Obstetrics & Gynaecology", "Allegheny General Hospital", "Pittsburgh, PA",
          [], U("observership", "Obstetrics and Gynecology", "PA", "2023-06", "2023-08")),
        E("2020 – 2021", "Rotating Internship", "Tribhuvan University Teaching Hospital", "Kathmandu", []),
        E("2021 – 2023", "Medical Officer, Obs/Gyn", "Paropakar Maternity and Women's Hospital", "Thapathali, Kathmandu", []),
    ],
    pubs_list=[], pubs_heading="Publications", pubs_nil="Nil",
    posters=[],
    referees=["Prof. Dr. Ganesh Dangal, Kathmandu Model Hospital — +977 1-4240805"],
    personal={"Date of birth": "2 Baisakh 2053 B.S. (14 April 1996 A.D.)", "Nationality": "Nepali", "Gender": "Female",
              "Marital status": "Unmarried"},
))

R.append(dict(
    n=13, layout="odt_biodata", ext="odt",
    display_name="Mohamed Osman Eltayeb Ahmed", nonlatin="محمد عثمان الطيب أحمد", post="MBBS",
    full_name="Mohamed Osman Eltayeb Ahmed", email="m.eltayeb.uofk@hotmail.com",
    phone="+1 (301) 555-0119", phone_e164="+13015550119", contact_place="table",
    city="Silver Spring, MD",
    medical_school="University of Khartoum", medical_school_country="SD",
    graduation_year=2015, is_student=False,
    usmle_step1=219, usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified",
    visa_status="green_card", specialties=["Family Medicine"],
    languages=["Arabic", "English"], lang_display="Arabic (mother tongue), English (fluent)",
    publications=1, datestyle="abbr",
    summary="Objective: Family Medicine residency.",
    education=[("2009 – 2015", "Bachelor of Medicine and Bachelor of Surgery (MBBS)", "Faculty of Medicine, University of Khartoum, Sudan")],
    exams=["USMLE Step 1: 219", "USMLE Step 2 CK: 233", "ECFMG: certified 2021", "PLAB 1: passed (2018)"],
    experience=[
        E(None, "Externship, Family Medicine (hands-on)", "Adventist HealthCare Shady Grove", "Rockville, MD",
          [], U("hands_on", "Family Medicine", "MD", "2023-05", "2023-07")),
        E(None, "Observership, Internal Medicine", "Inova Fairfax Hospital", "Falls Church, VA",
          [], U("observership", "Internal Medicine", "VA", "2023-07", "2023-09")),
        E("Mar 2016 – Feb 2017", "House Officer", "Khartoum Teaching Hospital", "Khartoum, Sudan", []),
        E("2017 – 2021", "General Practitioner", "Ministry of Health Primary Care Center", "Riyadh, Saudi Arabia", []),
    ],
    pubs_list=["Eltayeb M, et al. Malaria in pregnancy in Gezira. Sudan J Med Sci. 2016;11(3):101-106."],
    posters=[],
    referees=["Dr. Sarah Whitfield, MD — Family Medicine, Shady Grove — swhitfield@adventisthealthcare.com — +1 240-826-6000"],
    personal={"Date of birth": "1st January 1990", "Nationality": "Sudanese / US Permanent Resident (Green Card holder since 2022)",
              "Marital status": "Married"},
))

# ---------------------------------------------------------------- ODT ALL CAPS underlined
R.append(dict(
    n=14, layout="odt_caps", ext="pdf",
    display_name="Dr. Mahmoud Abdelrahman Fahmy", nonlatin="محمود عبد الرحمن فهمي", post="MBBCh",
    full_name="Mahmoud Abdelrahman Fahmy", email="mahmoud.fahmy.kasralainy@gmail.com",
    phone="+20 100 123 4567", phone_e164="+201001234567", contact_place="header",
    city="Chicago, IL / Cairo, Egypt",
    medical_school="Cairo University", medical_school_country="EG",
    graduation_year=2019, is_student=False,
    usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Pulmonology/Critical Care", "Internal Medicine"],
    languages=["Arabic", "English", "German"], lang_display="Arabic (native), English (fluent), German (A2)",
    publications=4, datestyle="dayfirst_words",
    summary="Internal Medicine applicant with a strong interest in Pulmonary and Critical Care Medicine; J-1 sponsorship required.",
    education=[("2013 – 2019", "Bachelor of Medicine and Surgery (MBBCh), Excellent with Honors", "Kasr Alainy Faculty of Medicine, Cairo University, Egypt")],
    exams=["USMLE STEP 1: PASS", "USMLE STEP 2 CK: 255", "ECFMG: CERTIFIED (2023)", "MRCP Part 1 (UK): passed"],
    experience=[
        E("15 Jan 2024 – 15 Mar 2024", "Observership, Pulmonary & Critical Care", "Rush University Medical Center", "Chicago, IL",
          ["MICU rounds, bronchoscopy"], U("observership", "Pulmonology/Critical Care", "IL", "2024-01", "2024-03")),
        E("04/2024 – Present", "Research Volunteer, Pulmonary Division", "Northwestern Medicine", "Chicago, IL",
          ["ARDS phenotyping"], U("research", "Pulmonology/Critical Care", "IL", "2024-04", "present")),
        E("March 2020 – February 2021", "Intern (House Officer)", "Kasr Alainy Hospitals", "Cairo, Egypt", []),
        E("2021 – 2023", "Resident, Chest Diseases", "Cairo University Hospitals", "Cairo, Egypt", []),
    ],
    pubs_list=["Fahmy MA, et al. ARDS subphenotypes. Crit Care Med. 2025;53:e401.",
               "Fahmy MA, et al. COVID-19 ICU outcomes in Cairo. Egypt J Chest Dis Tuberc. 2022;71:88-94.",
               "Said H, Fahmy MA. NIV failure predictors. Respir Care. 2023;68:1001-1009.",
               "Fahmy MA, Nour A, et al. Aetiology of non-cystic fibrosis bronchiectasis in Egyptian adults. Chest. 2024;165(4):901-910."],
    posters=["Poster — ATS 2025, San Francisco, CA"],
    referees=["Dr. Jesse B. Hall, MD — Professor of Medicine, Rush University Medical Center, Chicago, IL — jesse_hall@rush.edu — +1 (312) 942-5000",
              "Dr. Ankit Mehra, MD — Pulmonary Division, Northwestern Medicine — ankit.mehra@nm.org — +1 312-926-2000"],
    personal={},
))

R.append(dict(
    n=15, layout="odt_caps", ext="pdf",
    display_name="Lina Kassab", nonlatin="لينا قصاب", post="MD",
    full_name="Lina Kassab", email="lina.kassab.md@gmail.com",
    phone="+963 944 123 456", phone_e164="+963944123456", contact_place="body",
    city="Damascus, Syria",
    medical_school="Damascus University", medical_school_country="SY",
    graduation_year=2021, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
    visa_status=None, specialties=["Pediatrics"],
    languages=["Arabic", "English", "French"], lang_display="Arabic, English, French",
    publications=0, datestyle="abbr",
    summary="Pediatrics resident seeking residency in Pediatrics in the United States.",
    education=[("2015 – 2021", "Doctor of Medicine (MD)", "Faculty of Medicine, Damascus University, Syria")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: scheduled for February 2027", "NBME 13: 238 (practice)"],
    experience=[
        E("Oct 2022 – present", "Pediatrics Resident", "Children's University Hospital", "Damascus, Syria", ["NICU and general wards"]),
        E("2021 – 2022", "Rotating intern", "Al-Mouwasat University Hospital", "Damascus, Syria", []),
    ],
    pubs_list=[], pubs_heading="PUBLICATIONS & POSTERS",
    posters=["Poster: Neonatal sepsis organisms in Damascus, 2019–2023. Pediatric Academic Societies 2024 (virtual)."],
    referees=[], personal={},
))

R.append(dict(
    n=16, layout="odt_caps", ext="pdf",
    display_name="Brianna Marie Thompson", post="MD",
    full_name="Brianna Marie Thompson", email="bthompson@rossmed.edu",
    phone="404.555.0132", phone_e164="+14045550132", contact_place="body",
    city="Atlanta, GA",
    medical_school="Ross University School of Medicine", medical_school_country="BB",
    graduation_year=2024, is_student=False,
    usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
    visa_status="citizen", specialties=["Psychiatry"],
    languages=["English", "Spanish"], lang_display="English (native), Spanish (conversational)",
    publications=0, datestyle="abbr",
    summary="U.S. citizen graduate of Ross University (Barbados) applying to Psychiatry.",
    education=[("2020 – 2024", "Doctor of Medicine", "Ross University School of Medicine, Bridgetown, Barbados"),
               ("2015 – 2019", "B.S. Psychology", "Georgia State University, Atlanta, GA")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 232", "ECFMG Certified: June 2024"],
    experience=[
        E(None, "Core Clerkship — Internal Medicine", "Atlanta Medical Center", "Atlanta, GA", [], U("hands_on", "Internal Medicine", "GA", "2022-05", "2022-07")),
        E(None, "Core Clerkship — Surgery", "Larkin Community Hospital", "Miami, FL", [], U("hands_on", "General Surgery", "FL", "2022-08", "2022-10")),
        E(None, "Core Clerkship — Pediatrics", "St. Mary Medical Center", "Long Beach, CA", [], U("hands_on", "Pediatrics", "CA", "2022-11", "2022-12")),
        E(None, "Core Clerkship — Psychiatry", "Sheppard Pratt", "Towson, MD", [], U("hands_on", "Psychiatry", "MD", "2023-01", "2023-02")),
        E(None, "Core Clerkship — Obstetrics & Gynecology", "Brookdale Hospital", "Brooklyn, NY", [], U("hands_on", "Obstetrics and Gynecology", "NY", "2023-03", "2023-04")),
        E(None, "Core Clerkship — Family Medicine", "Morehouse School of Medicine affiliates", "Atlanta, GA", [], U("hands_on", "Family Medicine", "GA", "2023-05", "2023-06")),
        E(None, "Research Assistant — Psychiatry", "Emory University School of Medicine", "Atlanta, GA",
          ["Ketamine for treatment-resistant depression trial"], U("research", "Psychiatry", "GA", "2025-01", "present")),
    ],
    pubs_list=[], pubs_heading="PUBLICATIONS", pubs_nil="None",
    posters=[], referees=[], personal={},
))

# ---------------------------------------------------------------- DOCX Nigeria / Ghana
R.append(dict(
    n=17, layout="docx_nigeria", ext="docx",
    display_name="DR. CHUKWUEMEKA OBINNA OKONKWO", post="MBBS (Nig.)",
    full_name="Chukwuemeka Obinna Okonkwo", email="emeka.okonkwo.md@gmail.com",
    phone="+234 803 456 7812", phone_e164="+2348034567812", contact_place="body",
    city="Enugu, Nigeria",
    medical_school="University of Nigeria", medical_school_country="NG",
    graduation_year=2017, is_student=False,
    usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Internal Medicine"],
    languages=["English", "Igbo", "Hausa"], lang_display="English, Igbo, Hausa",
    publications=2, datestyle="full",
    summary="A hardworking and dedicated medical doctor seeking a position in an Internal Medicine residency program. Will require J-1 visa.",
    education=[("2010 – 2017", "Bachelor of Medicine, Bachelor of Surgery (MBBS)", "College of Medicine, University of Nigeria, Enugu Campus"),
               ("2003 – 2009", "West African Senior School Certificate (WASSCE)", "Christ the King College, Onitsha")],
    exams=["USMLE Step 1 — PASS", "USMLE Step 2 CK — 241", "ECFMG Certification — Certified (2023)", "PLAB 1 — Pass (2019)"],
    experience=[
        E(None, "Clinical Observership, Internal Medicine", "Memorial Hermann Hospital", "Houston, Texas",
          [], U("observership", "Internal Medicine", "TX", "2024-03", "2024-05")),
        E(None, "Hands-on Externship, Internal Medicine", "Jackson Park Hospital", "Chicago, Illinois",
          [], U("hands_on", "Internal Medicine", "IL", "2024-06", "2024-08")),
        E("November 2017 – October 2018", "House Officer", "University of Nigeria Teaching Hospital (UNTH)", "Ituku-Ozalla, Enugu", []),
        E("2018 – 2019", "Corps Medical Officer (NYSC)", "General Hospital", "Kano State", []),
        E("2019 – 2023", "Medical Officer", "St. Charles Borromeo Hospital", "Onitsha, Anambra State", []),
    ],
    pubs_list=["Okonkwo CO, et al. Hypertension awareness in south-east Nigeria. Niger J Clin Pract. 2021;24:1450-1456.",
               "Eze U, Okonkwo CO. Sickle cell crisis admissions at UNTH. Ann Afr Med. 2019;18:201-205."],
    posters=[],
    referees=["Dr. Kelechi Nwosu, MD — Attending Physician, Memorial Hermann Hospital, Houston, TX 77030. Email: kelechi.nwosu@memorialhermann.org. Tel: +1 713-704-4000",
              "Prof. Ifeoma Ulasi — Consultant Physician, UNTH Enugu. Email: ifeoma.ulasi@unn.edu.ng. Tel: +234 803 111 2233"],
    personal={"Date of Birth": "12th May, 1990", "Sex": "Male", "Marital Status": "Single", "State of Origin": "Anambra State",
              "L.G.A.": "Idemili North", "Nationality": "Nigerian", "Religion": "Christianity"},
))

R.append(dict(
    n=18, layout="docx_ghana", ext="docx",
    display_name="Dr. Nana Ama Serwaa Mensah-Bonsu", post="MB ChB",
    full_name="Nana Ama Serwaa Mensah-Bonsu", email="nanaama.mensahbonsu@gmail.com",
    phone="+233 24 456 7890", phone_e164="+233244567890", contact_place="header",
    city="Accra, Ghana",
    medical_school="University of Ghana Medical School", medical_school_country="GH",
    graduation_year=2020, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
    visa_status=None, specialties=["Obstetrics and Gynecology"],
    languages=["English", "Twi", "Ga", "French"], lang_display="English, Twi (Akan), Ga, French (basic)",
    publications=1, datestyle="abbr",
    summary="Career objective: to train in Obstetrics and Gynaecology in the United States.",
    education=[("2014 – 2020", "MB ChB", "University of Ghana Medical School, Korle Bu, Accra")],
    exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: scheduled January 2027", "ECFMG certification: pending (awaiting Step 2 CK)", "UWSA 1: 236 (practice)"],
    experience=[
        E(None, "Observership, Obstetrics & Gynecology", "Grady Memorial Hospital", "Atlanta, GA",
          [], U("observership", "Obstetrics and Gynecology", "GA", "2025-10", "2025-12")),
        E(None, "Research Assistant (remote), Maternal-Fetal Medicine", "Emory University School of Medicine", "Atlanta, GA",
          ["Postpartum hemorrhage database"], U("research", "Obstetrics and Gynecology", "GA", "2026-01", "present")),
        E("Nov 2020 – Oct 2022", "House Officer", "Korle Bu Teaching Hospital", "Accra", []),
        E("2022 – 2025", "Medical Officer", "Ridge Regional Hospital", "Accra", []),
    ],
    pubs_list=["Mensah-Bonsu NAS, et al. Maternal near-miss at Korle Bu. Ghana Med J. 2023;57:12-18."],
    posters=[],
    referees=["Dr. Rachel K. Adams, MD — Associate Professor, Emory University, Atlanta, GA — rachel.adams@emory.edu — +1 404-727-8600",
              "Prof. Kwabena Danso — Korle Bu Teaching Hospital, Accra — +233 30 266 5401"],
    hobbies="Choir singing, mentoring junior doctors, hiking",
    personal={"Date of Birth": "19th August, 1995", "Hometown": "Kumasi, Ashanti Region", "Nationality": "Ghanaian", "Marital status": "Single"},
))

R.append(dict(
    n=19, layout="docx_nigeria", ext="docx",
    display_name="AISHA BELLO ABUBAKAR", post="",
    full_name="Aisha Bello Abubakar", email="aishabelloabubakar@yahoo.com",
    phone="0803 555 6721", phone_e164="+2348035556721", contact_place="body",
    city="Zaria, Kaduna State",
    medical_school="Ahmadu Bello University", medical_school_country="NG",
    graduation_year=2021, is_student=False,
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
    visa_status=None, specialties=["Pediatrics"],
    languages=["English", "Hausa", "Arabic"], lang_display="English, Hausa, Arabic (reading)",
    publications=0, datestyle="full",
    summary="A compassionate young doctor with interest in Paediatrics.",
    education=[("2014 – 2021", "MBBS", "Ahmadu Bello University, Zaria"), ("2008 – 2013", "SSCE", "Federal Government Girls College, Bakori")],
    exams=["USMLE Step 1: Passed (2025)"],
    experience=[
        E("January 2022 – December 2022", "House Officer", "Ahmadu Bello University Teaching Hospital", "Shika, Zaria", []),
        E("2023 – 2024", "NYSC Medical Officer", "Primary Health Care Centre", "Ilorin, Kwara State", []),
        E("2024 – present", "Medical Officer (Paediatrics)", "Barau Dikko Teaching Hospital", "Kaduna", []),
    ],
    pubs_list=[], pubs_heading="PUBLICATIONS", pubs_nil="None yet",
    posters=[],
    referees=["Dr. Halima Yusuf — Consultant Paediatrician, ABUTH Zaria. Tel: +234 802 345 6789",
              "Dr. Ibrahim Sani — Medical Director, Barau Dikko Teaching Hospital. Tel: +234 806 222 1100"],
    hobbies="Cooking, reading novels, community health outreach",
    personal={"Date of Birth": "3rd March, 1997", "Sex": "Female", "State of Origin": "Kaduna State", "L.G.A.": "Zaria",
              "Nationality": "Nigerian", "Marital Status": "Married"},
))

# ---------------------------------------------------------------- DOCX Philippines
R.append(dict(
    n=20, layout="docx_ph", ext="docx",
    display_name="MARIA KRISTINA DELA CRUZ SANTOS, MD", post="",
    full_name="Maria Kristina Dela Cruz Santos", email="mkdcsantos.md@gmail.com",
    phone="+63 917 555 1234", phone_e164="+639175551234", contact_place="body",
    city="Quezon City, Philippines",
    medical_school="University of Santo Tomas", medical_school_country="PH",
    graduation_year=2020, is_student=False,
    usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
    visa_status="j1", specialties=["Internal Medicine", "Geriatrics"],
    languages=["English", "Tagalog", "Cebuano"], lang_display="English, Filipino, Cebuano",
    publications=1, datestyle="abbr",
    summary="Licensed Filipino physician applying for Internal Medicine residency (J-1) with interest in Geriatric Medicine.",
    education=[("2016 – 2020", "Doctor of Medicine", "Faculty of Medicine and Surgery, University of Santo Tomas, Manila"),
               ("2012 – 2016", "BS Biology (cum laude)", "University of the Philippines Diliman")],
    exams=["Physician Licensure Examination (Board exam, PLE) — PASSED, rating 84.50%, September 2021 (PRC License No. 0145678)",
           "USMLE Step 1 — Pass", "USMLE Step 2 CK — 236", "ECFMG — Certified (2024)"],
    experience=[
        E(None, "Observership, Geriatric Medicine", "The Queen's Medical Center", "Honolulu, HI",
          [], U("observership", "Geriatrics", "HI", "2024-08", "2024-09")),
        E(None, "Externship (hands-on), Internal Medicine", "University Medical Center of Southern Nevada", "Las Vegas, NV",
          [], U("hands_on", "Internal Medicine", "NV", "2024-10", "2024-11")),
        E("Aug 2020 – Jul 2021", "Post-Graduate Internship", "Philippine General Hospital", "Manila", []),
        E("2022 – 2024", "Resident Physician, Internal Medicine", "St. Luke's Medical Center", "Quezon City", []),
    ],
    pubs_list=["Santos MKDC, et al. Frailty among Filipino elderly inpatients. Acta Med Philipp. 2023;57(9):40-47."],
    posters=[],
    referees=["Dr. Kamal Masaki, MD — Chair of Geriatric Medicine, University of Hawaii — kmasaki@hawaii.edu — +1 808-523-8461",
              "Dr. Rosario Tan-Garcia, MD — St. Luke's Medical Center — +63 2 8723 0101"],
    personal={"Birthdate": "April 2, 1995", "Civil status": "Single", "Citizenship": "Filipino", "Religion": "Roman Catholic"},
))

R.append(dict(
    n=21, layout="docx_ph", ext="docx",
    display_name="Jose Miguel R. Bautista, MD", post="",
    full_name="Jose Miguel R. Bautista", email="jmrbautista@gmail.com",
    phone="+1 (323) 555-0187", phone_e164="+13235550187", contact_place="body",
    city="Los Angeles, CA",
    medical_school="University of the Philippines College of Medicine", medical_school_country="PH",
    graduation_year=2019, is_student=False,
    usmle_step1="pass", usmle_step2ck=247, usmle_step3=230, ecfmg_status="certified",
    visa_status="green_card", specialties=["Emergency Medicine"],
    languages=["English", "Tagalog", "Ilocano"], lang_display="English, Tagalog, Ilocano",
    publications=None, datestyle="num",
    summary="US Permanent Resident. Emergency Medicine applicant.",
    education=[("2015 – 2019", "Doctor of Medicine", "University of the Philippines College of Medicine, Manila")],
    exams=["Philippine Physician Licensure Exam (PLE): Passed, 86.25% — 2020", "USMLE Step 1: Pass", "USMLE Step 2 CK: 247",
           "USMLE Step 3: 230", "ECFMG: Certified"],
    experience=[
        E(None, "Hands-on Clinical Rotation, Emergency Medicine", "Harbor-UCLA Medical Center", "Torrance, CA",
          [], U("hands_on", "Emergency Medicine", "CA", "2025-01", "2025-02")),
        E(None, "Observership, Emergency Medicine", "NYC Health + Hospitals/Lincoln", "Bronx, NY",
          [], U("observership", "Emergency Medicine", "NY", "2025-02", "2025-03")),
        E(None, "Telehealth Medical Assistant, Internal Medicine", "Sunset Virtual Clinic", "Los Angeles, CA",
          [], U("telehealth", "Internal Medicine", "CA", "2025-03", "2025-06")),
        E("2019 – 2020", "Post-Graduate Intern", "Philippine General Hospital", "Manila", []),
        E("2020 – 2023", "Emergency Room Physician", "Ilocos Training and Regional Medical Center", "San Fernando, La Union", []),
    ],
    pubs_list=None, posters=[], referees=[],
    personal={"Date of birth": "11 November 1993", "Civil status": "Married", "Citizenship": "Filipino (US Permanent Resident)"},
))

for r in R:
    for e in r["experience"]:
        if e["usce"] and not e["dates"]:
            st = r["datestyle"]
            if st == "dayfirst_words":
                st = "abbr"
            e["dates"] = fmt_range(e["usce"]["start"], e["usce"]["end"], st)
