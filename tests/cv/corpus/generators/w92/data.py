# -*- coding: utf-8 -*-
"""Content + truth for writer w92's CVs (Middle East / North Africa IMGs)."""

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
STATES = {"TX": "Texas", "NY": "New York", "OH": "Ohio", "MA": "Massachusetts", "MD": "Maryland",
          "IL": "Illinois", "MI": "Michigan", "FL": "Florida", "PA": "Pennsylvania", "NJ": "New Jersey",
          "CA": "California", "MN": "Minnesota", "GA": "Georgia", "WA": "Washington"}


def fmt_ym(ym, style):
    if ym == "present":
        return {"b": "Present", "m": "present", "dot": "current", "B": "Present", "iso": "ongoing"}[style]
    y, m = ym.split("-")
    mi = int(m)
    if style == "b":
        return MONTHS[mi - 1][:3] + " " + y
    if style == "B":
        return MONTHS[mi - 1] + " " + y
    if style == "m":
        return "%02d/%s" % (mi, y)
    if style == "dot":
        return "%s.%02d" % (y, mi)
    if style == "iso":
        return "%s-%02d" % (y, mi)
    raise ValueError(style)


def date_range(e, style):
    s, t = e["start"], e.get("shown_end", e["end"])
    if s == t:
        return fmt_ym(s, style)
    return fmt_ym(s, style) + " \u2013 " + fmt_ym(t, style)


TYPE_LABEL = {"hands_on": "Clinical Externship (hands-on)", "observership": "Observership",
              "research": "Research Fellow", "telehealth": "Telehealth Rotation (virtual)"}


def usce_table(entries, style, role_col=True):
    hdr = ["Dates", "Institution", "City", "State"]
    if role_col:
        hdr = ["Dates", "Rotation", "Institution", "City", "State"]
    rows = []
    for e in entries:
        r = [date_range(e, style)]
        if role_col:
            r.append(e.get("role", TYPE_LABEL[e["type"]] + " \u2013 " + e["spec_text"]))
            r += [e["inst"], e["city"], e["state_text"]]
        else:
            r += [e["inst"] + " (" + e.get("role", TYPE_LABEL[e["type"]] + ", " + e["spec_text"]) + ")",
                  e["city"], e["state_text"]]
        rows.append(r)
    return ("table", hdr, rows)


def usce_list(entries, style):
    out = []
    for e in entries:
        out.append("%s \u2014 %s, %s \u2014 %s, %s, %s" % (
            date_range(e, style), e.get("role", TYPE_LABEL[e["type"]]), e["spec_text"], e["inst"],
            e["city"], e["state_text"]))
    return ("bullets", out)


def entries_truth(entries):
    return [{"type": e["type"], "specialty": e["spec"], "state": e["state"], "start": e["start"],
             "end": e["end"]} for e in entries]


def E(type_, spec, state, start, end, inst, city, spec_text=None, state_text=None, **kw):
    d = {"type": type_, "spec": spec, "state": state, "start": start, "end": end, "inst": inst,
         "city": city, "spec_text": spec_text or spec, "state_text": state_text or state}
    d.update(kw)
    return d


PEOPLE = []


def add(**kw):
    PEOPLE.append(kw)


# ---------------------------------------------------------------- 001 Egypt, python-docx table
e = [E("observership", "Cardiology", "TX", "2024-03", "2024-04", "Houston Methodist Hospital", "Houston",
       role="Cardiology Observership"),
     E("hands_on", "Internal Medicine", "NY", "2024-06", "2024-08", "Brookdale University Hospital Medical Center",
       "Brooklyn", role="Internal Medicine Externship (hands-on, inpatient wards)"),
     E("research", "Cardiology", "OH", "2025-01", "2026-12", "Cleveland Clinic, Heart, Vascular & Thoracic Institute",
       "Cleveland", shown_end="present", role="Clinical Research Volunteer \u2013 Heart Failure")]
add(num=1, layout="docx_table", ext="docx", tool="python-docx", native="\u0623\u062d\u0645\u062f \u0645\u0635\u0637\u0641\u0649 \u0639\u0628\u062f \u0627\u0644\u0631\u062d\u0645\u0646",
    name="Ahmed Mostafa Abdelrahman", headline="MBBCh \u2013 ECFMG Certified \u2013 Applicant for Internal Medicine Residency",
    contacts=["Nasr City, Cairo, Egypt", "ahmed.m.abdelrahman93@gmail.com", "+20 101 457 3926", "Born: 1996"],
    entries=e,
    sections=[
        ("Education", [("table", ["Years", "Degree", "Institution"], [
            ["2014 \u2013 2020", "MBBCh (Bachelor of Medicine and Surgery), Very Good with Honors",
             "Faculty of Medicine, Cairo University (Kasr Al Ainy), Cairo, Egypt"],
            ["2020 \u2013 2021", "House Officer (Intern Year) \u2013 mandatory rotating internship",
             "Kasr Al Ainy University Hospitals, Cairo"]])]),
        ("USMLE & Certification", [("table", ["Exam", "Result", "Date"], [
            ["USMLE Step 1", "PASS", "05/2022"],
            ["USMLE Step 2 CK", "248", "11/2022"],
            ["NBME CCSSA Form 10 (practice)", "236", "09/2022"],
            ["UWSA 2 (practice)", "252", "10/2022"],
            ["OET Medicine", "Grade B all subtests", "01/2023"],
            ["ECFMG", "Certified (March 2023)", "03/2023"]])]),
        ("US Clinical Experience", [usce_table(e, "m")]),
        ("Clinical Experience in Egypt", [("bullets", [
            "Resident physician (Internal Medicine), Ministry of Health \u2013 El Sahel Teaching Hospital, Cairo, 2021 \u2013 2023",
            "Emergency physician (night shifts), Dar Al Fouad Hospital, 6th of October City, 2022 \u2013 2023"])]),
        ("Publications", [("bullets", [
            "Abdelrahman AM, Saleh H, et al. Predictors of in-hospital mortality in acute decompensated heart failure in Egypt. Egypt Heart J. 2023;75:41.",
            "Farag E, Abdelrahman AM, Nasr M. SGLT2 inhibitor uptake after myocardial infarction: a single-centre audit. Cureus. 2024;16(2):e53871.",
            "Poster: Abdelrahman AM. Sacubitril/valsartan titration barriers. ACC Middle East Conference 2023 (poster, not peer-reviewed)."])]),
        ("Career Interests", [("p", "Internal Medicine residency with a long-term plan to pursue Cardiology fellowship.")]),
        ("Languages", [("p", "Arabic (native), English (fluent, OET B), French (intermediate)")]),
        ("Visa", [("p", "Egyptian citizen \u2013 will require J-1 visa sponsorship through ECFMG for residency training.")]),
        ("References", [("bullets", [
            "Dr. Karen Whitfield, MD, FACC \u2013 Houston Methodist DeBakey Heart Center \u2013 kwhitfield@houstonmethodist.org \u2013 +1 713 441 1100",
            "Prof. Hesham Saleh, MD \u2013 Cairo University \u2013 hesham.saleh@kasralainy.edu.eg \u2013 +20 122 310 5544"])]),
    ],
    truth=dict(full_name="Ahmed Mostafa Abdelrahman", email="ahmed.m.abdelrahman93@gmail.com", phone_e164="+201014573926",
               medical_school="Cairo University Faculty of Medicine (Kasr Al Ainy)", medical_school_country="EG",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Cardiology"],
               languages=["Arabic", "English", "French"], publications=2))

# ---------------------------------------------------------------- 002 Iran, reportlab sidebar
e = [E("observership", "Psychiatry", "MA", "2023-09", "2023-09", "McLean Hospital", "Belmont", state_text="MA"),
     E("research", "Psychiatry", "MD", "2023-10", "2024-06", "Johns Hopkins School of Medicine, Dept. of Psychiatry",
       "Baltimore", role="Research Assistant (mood disorders lab)"),
     E("observership", "Neurology", "MD", "2024-03", "2024-03", "Johns Hopkins Hospital, Neurology Clinic", "Baltimore"),
     E("hands_on", "Psychiatry", "IL", "2024-08", "2024-10", "Advocate Illinois Masonic Medical Center", "Chicago",
       role="Hands-on Externship")]
add(num=2, layout="pdf_sidebar_reportlab", ext="pdf", tool="reportlab", native="\u0645\u0631\u06cc\u0645 \u0631\u0636\u0627\u06cc\u06cc \u062a\u0628\u0631\u06cc\u0632\u06cc",
    name="Maryam Rezaei Tabrizi", headline="General Physician (MD) \u2013 Psychiatry applicant",
    contacts=["maryam.rezaei.tbz@yahoo.com", "(+98) 912-384-7710", "US: Silver Spring, MD", "DOB: 14 Aug 1992",
              "linkedin.com/in/maryamrezaeimd"],
    entries=e,
    sections=[
        ("Education", [("bullets", [
            "Doctor of Medicine (MD), Tehran University of Medical Sciences, Tehran, Iran \u2014 2012\u20132019",
            "Internship (final 18 months of MD curriculum), Imam Khomeini Hospital Complex, Tehran"])]),
        ("Examinations", [("bullets", [
            "USMLE Step 1: Pass (2021)", "USMLE Step 2 CK: 241 (2022)", "USMLE Step 3: 225 (2024)",
            "NBME Self-Assessment (CCSSA): 229 \u2014 practice", "ECFMG Certified (2022)"])]),
        ("US Clinical & Research Experience", [usce_list(e, "b")]),
        ("Work in Iran", [("bullets", [
            "General Physician \u2013 'Tarh' (mandatory rural service), Zahedan, Sistan-Baluchestan, 2019\u20132021",
            "General Physician, Sina outpatient clinic, Tehran, 2021\u20132023"])]),
        ("Research Output", [("p", "4 peer-reviewed publications (Iran J Psychiatry, BMC Psychiatry x2, J Affect Disord) and 2 conference abstracts (APA Annual Meeting 2024).")]),
        ("Goal", [("p", "Categorical Psychiatry residency.")]),
        ("Languages", [("p", "Persian (Farsi) \u2013 native; English \u2013 fluent; Azerbaijani (Azeri Turkish) \u2013 conversational")]),
        ("Status", [("p", "Lawful permanent resident of the United States (green card holder since 2023). No sponsorship needed.")]),
        ("Referees", [("bullets", [
            "Dr. Paul Kessler, MD \u2013 Associate Professor of Psychiatry, Johns Hopkins \u2013 pkessler2@jhmi.edu \u2013 410-955-0111",
            "Dr. Leila Sadeghi \u2013 TUMS \u2013 l.sadeghi@tums.ac.ir"])]),
    ],
    truth=dict(full_name="Maryam Rezaei Tabrizi", email="maryam.rezaei.tbz@yahoo.com", phone_e164="+989123847710",
               medical_school="Tehran University of Medical Sciences", medical_school_country="IR",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=225,
               ecfmg_status="certified", visa_status="green_card", specialties=["Psychiatry"],
               languages=["Persian", "English", "Azerbaijani"], publications=4))

# ---------------------------------------------------------------- 003 Turkey, chromium prose
e = [E("observership", "Pediatrics", "TX", "2024-03", "2024-03", "Texas Children's Hospital", "Houston"),
     E("hands_on", "Pediatrics", "MI", "2024-06", "2024-08", "Children's Hospital of Michigan", "Detroit"),
     E("research", "Pediatrics", "OH", "2024-09", "2025-02", "Cincinnati Children's Hospital Medical Center", "Cincinnati")]
add(num=3, layout="pdf_chromium_prose", ext="pdf", tool="chromium", native=None,
    name="Elif Nur Y\u0131ld\u0131r\u0131m", headline="Tıp Doktoru (MD) \u2022 Pediatrics",
    contacts=["Çankaya, Ankara, Türkiye", "elifnur.yildirim@outlook.com", "+90 532 418 67 09"],
    entries=e,
    sections=[
        ("Profile", [("p", "Turkish physician trained at Hacettepe, applying for Pediatrics residency in the United States. "
                            "Born 1997 in Eskişehir.")]),
        ("Education", [("p", "Hacettepe University Faculty of Medicine (Hacettepe Üniversitesi Tıp Fakültesi), Ankara \u2014 "
                             "Doctor of Medicine (Tıp Doktoru), graduated June 2022. The final year was the intörn (intern) "
                             "year, 2021\u20132022, with rotations in pediatrics, internal medicine, surgery and emergency medicine.")]),
        ("Work Experience in Türkiye", [("p", "After graduation I worked as a pratisyen hekim (general practitioner) at "
                                              "Yenimahalle No. 14 Family Health Centre in Ankara from September 2022 to "
                                              "December 2023, and then in the pediatric emergency department of Ankara "
                                              "City Hospital until February 2024.")]),
        ("Clinical Experience in the United States", [
            ("p", "In March 2024 I completed a four-week observership in general pediatrics at Texas Children's Hospital in Houston, Texas."),
            ("p", "From June to August 2024 I worked as a hands-on extern on the pediatric inpatient unit at Children's Hospital of Michigan in Detroit, Michigan, presenting patients and writing notes under supervision."),
            ("p", "From September 2024 through February 2025 I was a research volunteer in the Division of Hospital Medicine at Cincinnati Children's Hospital Medical Center in Cincinnati, Ohio."),
            ("p", "I also completed a two-week observership at The Hospital for Sick Children (SickKids) in Toronto, Ontario in May 2024.")]),
        ("USMLE", [("p", "Step 1: Pass (first attempt). Step 2 CK: 256. My UWSA 1 practice score was 262 and NBME 11 was 249. "
                         "ECFMG certification is pending \u2014 OET Medicine exam booked for January 2027.")]),
        ("Publications", [("p", "Yıldırım EN, Kara A, Özsürekçi Y. Clinical features of MIS-C in Turkish children. Turk J Pediatr. 2023;65(4):601-610. "
                                "A second manuscript (bronchiolitis high-flow oxygen) is submitted to Hospital Pediatrics.")]),
        ("Languages", [("p", "Turkish (native), English (C1), German (B1).")]),
        ("Visa", [("p", "I hold a valid B1/B2 visitor visa (valid until 2029).")]),
        ("References", [("p", "Dr. Andrea Lopez, MD, Texas Children's Hospital, andrea.lopez@bcm.edu, +1 832 824 1000. "
                              "Prof. Dr. Ali Bülent Antmen, Hacettepe University, abantmen@hacettepe.edu.tr.")]),
    ],
    truth=dict(full_name="Elif Nur Y\u0131ld\u0131r\u0131m", email="elifnur.yildirim@outlook.com", phone_e164="+905324186709",
               medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=256, usmle_step3=None,
               ecfmg_status="pending", visa_status="b1b2", specialties=["Pediatrics"],
               languages=["Turkish", "English", "German"], publications=1))

# ---------------------------------------------------------------- 004 Iraq, odfpy
e = [E("hands_on", "General Surgery", "FL", "2023-11", "2024-01", "Larkin Community Hospital", "South Miami",
       spec_text="General Surgery", role="Surgical Externship (hands-on, OR + floor)"),
     E("observership", "General Surgery", "PA", "2024-02", "2024-02", "Allegheny General Hospital", "Pittsburgh",
       spec_text="Trauma & Acute Care Surgery"),
     E("telehealth", "Internal Medicine", "NJ", "2024-05", "2024-07", "Hackensack Meridian Health (virtual clinic)",
       "Hackensack", role="Telehealth rotation")]
add(num=4, layout="odt_classic", ext="odt", tool="odfpy", native="\u0645\u0635\u0637\u0641\u0649 \u0643\u0631\u064a\u0645 \u0627\u0644\u062c\u0628\u0648\u0631\u064a",
    name="Mustafa Kareem Al-Jubouri", headline="M.B.Ch.B. \u2014 General Surgery",
    contacts=["Al-Mansour, Baghdad, Iraq", "Tel/WhatsApp: +964 770 318 4452", "Email: mustafa.aljubouri@gmail.com"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["M.B.Ch.B., University of Baghdad College of Medicine, 2014 \u2013 2020 (graduated July 2020)"])]),
        ("Internship & Training in Iraq", [("bullets", [
            "Resident doctor (rotating internship, 2 years), Baghdad Medical City, 10/2020 \u2013 09/2022",
            "Surgical senior house officer, Al-Yarmouk Teaching Hospital, 10/2022 \u2013 08/2023"])]),
        ("U.S. Clinical Experience", [usce_list(e, "m")]),
        ("USMLE", [("bullets", ["Step 1 \u2014 Passed (2022)", "Step 2 CK \u2014 233 (2023)",
                                 "UWSA2 practice \u2014 241", "ECFMG certificate issued 2024"])]),
        ("Publications (peer-reviewed)", [("bullets", [
            "Al-Jubouri MK, et al. Laparoscopic vs open appendicectomy outcomes in Baghdad. Iraqi Postgrad Med J. 2022.",
            "Hassan SA, Al-Jubouri MK. Blast injuries in civilians: a 5-year review. Injury. 2023.",
            "Al-Jubouri MK, Kadhim A. Surgical site infection after emergency laparotomy. Cureus. 2024."])]),
        ("Specialty interest", [("p", "General Surgery")]),
        ("Languages", [("p", "Arabic, English, Kurdish (basic)")]),
        ("Visa", [("p", "I hold a valid US B1/B2 tourist visa.")]),
        ("Referees", [("bullets", ["Dr. Ramon Alvarez, MD, FACS \u2014 Larkin Community Hospital \u2014 ralvarez@larkinhospital.com \u2014 (305) 284-7500"])]),
    ],
    truth=dict(full_name="Mustafa Kareem Al-Jubouri", email="mustafa.aljubouri@gmail.com", phone_e164="+9647703184452",
               medical_school="University of Baghdad College of Medicine", medical_school_country="IQ",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["General Surgery"],
               languages=["Arabic", "English", "Kurdish"], publications=3))

# ---------------------------------------------------------------- 005 Saudi, handwritten RTF
e = [E("observership", "Emergency Medicine", "MA", "2024-01", "2024-02", "Massachusetts General Hospital", "Boston",
       state_text="Massachusetts"),
     E("hands_on", "Emergency Medicine", "CA", "2024-04", "2024-05", "Harbor-UCLA Medical Center", "Torrance",
       state_text="California", role="Emergency Medicine Sub-internship (hands-on)"),
     E("hands_on", "Anesthesiology", "CA", "2024-05", "2024-06", "Ronald Reagan UCLA Medical Center", "Los Angeles",
       state_text="California", role="Anesthesiology elective (hands-on)")]
add(num=5, layout="rtf_plain", ext="rtf", tool="handwritten RTF", native="\u0639\u0628\u062f\u0627\u0644\u0644\u0647 \u0641\u064a\u0635\u0644 \u0627\u0644\u0642\u062d\u0637\u0627\u0646\u064a",
    name="Abdullah Faisal Alqahtani", headline="MBBS | Emergency Medicine & Anesthesiology",
    contacts=["Riyadh 12372, Saudi Arabia", "Mobile: +966 55 214 8830", "E-mail: a.f.alqahtani@outlook.sa"],
    entries=e,
    sections=[
        ("EDUCATION", [("bullets", [
            "2016 \u2013 2023  Bachelor of Medicine, Bachelor of Surgery (MBBS), College of Medicine, King Saud University, Riyadh (awarded 2023 after internship)",
            "2022.07 \u2013 2023.06  Internship year, King Khalid University Hospital, Riyadh"])]),
        ("USMLE", [("bullets", ["Step 1: PASS", "Step 2 CK: 259", "Step 2 CK practice (UWSA 2): 265",
                                 "ECFMG: certified (2024)"])]),
        ("U.S. ROTATIONS", [usce_list(e, "dot")]),
        ("SAUDI CLINICAL WORK", [("bullets", ["2023.08 \u2013 2023.12  General practitioner, Emergency Department, King Fahad Medical City, Riyadh"])]),
        ("PUBLICATIONS", [("p", "Five peer-reviewed articles (Saudi Med J 2021, Ann Saudi Med 2022, Cureus 2022, BMC Emerg Med 2023, West J Emerg Med 2024); one more under review.")]),
        ("INTERESTS", [("p", "Emergency Medicine (first choice); Anesthesiology.")]),
        ("LANGUAGES", [("p", "Arabic (mother tongue); English (IELTS 8.0)")]),
        ("VISA", [("p", "Saudi national, sponsored by the Saudi Arabian Cultural Mission (SACM). J-1 visa will be needed.")]),
        ("REFERENCES", [("bullets", ["Dr. Michael O'Donnell, MD, Harbor-UCLA EM \u2014 modonnell@dhs.lacounty.gov \u2014 +1 (310) 222-2345",
                                      "Dr. Saad Alshahrani \u2014 KSU \u2014 salshahrani@ksu.edu.sa \u2014 +966 11 467 0011"])]),
    ],
    truth=dict(full_name="Abdullah Faisal Alqahtani", email="a.f.alqahtani@outlook.sa", phone_e164="+966552148830",
               medical_school="King Saud University College of Medicine", medical_school_country="SA",
               graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=259, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Emergency Medicine", "Anesthesiology"],
               languages=["Arabic", "English"], publications=5))

# ---------------------------------------------------------------- 006 Jordan, txt
e = [E("observership", "Family Medicine", "MI", "2023-06", "2023-08", "Beaumont Hospital, Dearborn", "Dearborn",
       state_text="MI"),
     E("hands_on", "Internal Medicine", "IL", "2025-09", "2025-10", "Mount Sinai Hospital", "Chicago", state_text="IL"),
     E("hands_on", "Family Medicine", "OH", "2025-11", "2026-12", "MetroHealth Medical Center, Family Medicine", "Cleveland",
       state_text="OH", shown_end="present")]
add(num=6, layout="txt_plain", ext="txt", tool="plain text", native="\u0644\u064a\u0646\u0627 \u0633\u0645\u064a\u0631 \u062d\u062f\u0627\u062f",
    name="Lina Samir Haddad", headline="MD, University of Jordan",
    contacts=["Email: lina.haddad.md@gmail.com", "Phone: +1 (216) 470-3382 (US) / +962 79 551 2047 (Jordan)",
              "Cleveland, OH"],
    entries=e,
    sections=[
        ("EDUCATION", [("bullets", ["Doctor of Medicine (MD), The University of Jordan School of Medicine, Amman -- 2018 to 2024",
                                     "Internship year, Jordan University Hospital, Amman -- 07/2024 to 06/2025"])]),
        ("US CLINICAL EXPERIENCE", [("bullets", [
            "Summer 2023 (June-August): Observership, Family Medicine - Beaumont Hospital, Dearborn, MI",
            "Sep 2025 - Oct 2025: Hands-on externship, Internal Medicine - Mount Sinai Hospital, Chicago, IL",
            "Nov 2025 - present: Hands-on clinical rotation, Family Medicine - MetroHealth Medical Center, Cleveland, OH"])]),
        ("EXAMS", [("bullets", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 244", "NBME Form 12 (practice): 231",
                                 "ECFMG certification: pending (awaiting final documents)"])]),
        ("POSTERS", [("bullets", ["Haddad L. Diabetes control in Syrian refugee clinics. STFM Annual Conference 2023 (poster)",
                                   "Haddad L. Statin adherence in rural Jordan. ACP Jordan Chapter 2024 (poster)"])]),
        ("INTERESTS", [("p", "Family Medicine, Internal Medicine")]),
        ("LANGUAGES", [("p", "Arabic, English, Spanish (basic)")]),
        ("CITIZENSHIP", [("p", "Dual Jordanian-American; U.S. citizen.")]),
        ("REFERENCES", [("bullets", ["Dr. Susan Ward, MD - MetroHealth Family Medicine - sward@metrohealth.org - 216-778-4000"])]),
    ],
    truth=dict(full_name="Lina Samir Haddad", email="lina.haddad.md@gmail.com", phone_e164="+12164703382",
               medical_school="The University of Jordan School of Medicine", medical_school_country="JO",
               graduation_year=2024, is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None,
               ecfmg_status="pending", visa_status="citizen", specialties=["Family Medicine", "Internal Medicine"],
               languages=["Arabic", "English", "Spanish"], publications=0))

# ---------------------------------------------------------------- 007 Syria, docx -> LibreOffice PDF
e = [E("observership", "Nephrology", "MN", "2024-08", "2024-09", "Mayo Clinic, Division of Nephrology & Hypertension", "Rochester",
       state_text="Minnesota"),
     E("research", "Nephrology", "NY", "2025-02", "2025-07", "Columbia University Irving Medical Center", "New York",
       state_text="New York", role="Postdoctoral research fellow (transplant nephrology)")]
add(num=7, layout="pdf_lo_twocol", ext="pdf", tool="python-docx -> soffice pdf", native="\u0639\u0645\u0631 \u062e\u0627\u0644\u062f \u0627\u0644\u0645\u0635\u0631\u064a",
    name="Omar Khaled Al-Masri", headline="Internist \u2013 Nephrology track",
    contacts=["omar.almasri.md@web.de", "+49 176 2290 4415", "Hannover, Germany"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["Doctor of Medicine (MD), Faculty of Medicine, Damascus University, Syria \u2014 2012\u20132018"])]),
        ("Postgraduate training (outside the US)", [("bullets", [
            "Internal Medicine residency, Al-Mouwasat University Hospital, Damascus \u2014 2018\u20132021 (Syrian Board)",
            "Assistenzarzt Innere Medizin/Nephrologie, KRH Klinikum Nordstadt, Hannover, Germany \u2014 2022\u20132024"])]),
        ("US experience", [usce_list(e, "B")]),
        ("USMLE", [("table", ["Step", "Score", "Year"], [["Step 1", "212", "2019"], ["Step 2 CK", "238", "2020"],
                                                        ["Step 2 CS", "Pass", "2020"], ["Step 3", "219", "2023"]]),
                   ("p", "ECFMG certified since 2020.")]),
        ("Publications", [("bullets", ["Al-Masri OK, et al. Hyperkalemia management in CKD stage 4. Clin Kidney J. 2023.",
                                        "Schmidt T, Al-Masri OK. BK viremia after kidney transplant. Transpl Int. 2024."])]),
        ("Specialty", [("p", "Nephrology (via Internal Medicine residency).")]),
        ("Languages", [("p", "Arabic \u2013 native | English \u2013 fluent | German \u2013 C1")]),
        ("Immigration", [("p", "Syrian citizen with German residence permit (Aufenthaltstitel). Will require H-1B visa sponsorship.")]),
    ],
    truth=dict(full_name="Omar Khaled Al-Masri", email="omar.almasri.md@web.de", phone_e164="+4917622904415",
               medical_school="Damascus University Faculty of Medicine", medical_school_country="SY",
               graduation_year=2018, is_student=False, usmle_step1=212, usmle_step2ck=238, usmle_step3=219,
               ecfmg_status="certified", visa_status="h1b", specialties=["Nephrology", "Internal Medicine"],
               languages=["Arabic", "English", "German"], publications=2))

# ---------------------------------------------------------------- 008 Yemen, fpdf2
e = [E("observership", "Obstetrics and Gynecology", "MD", "2025-03", "2025-04", "MedStar Franklin Square Medical Center", "Baltimore",
       spec_text="OB/GYN"),
     E("observership", "Obstetrics and Gynecology", "GA", "2025-06", "2025-06", "Grady Memorial Hospital", "Atlanta",
       spec_text="Labor & Delivery")]
add(num=8, layout="pdf_fpdf_simple", ext="pdf", tool="fpdf2", native="\u0641\u0627\u0637\u0645\u0629 \u0639\u0628\u062f\u0627\u0644\u0648\u0647\u0627\u0628 \u0627\u0644\u0634\u0631\u0639\u0628\u064a",
    name="Fatima Abdulwahab Al-Sharabi", headline="MBBS - aspiring OB/GYN resident",
    contacts=["Sana'a, Yemen", "fatima.alsharabi@protonmail.com", "+967 771 209 354"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MBBS, Faculty of Medicine and Health Sciences, Sana'a University, 2016-2022"])]),
        ("Internship", [("bullets", ["Rotating intern, Al-Thawra Modern General Hospital, Sana'a, 2022-2023",
                                      "General practitioner, MSF-supported maternity unit, Abs Hospital, Hajjah, 2023-2024"])]),
        ("US Observerships", [usce_list(e, "b")]),
        ("Other international", [("bullets", ["Observership, Obstetrics, Jordan University Hospital, Amman, Jordan - Nov 2024"])]),
        ("USMLE", [("bullets", ["Step 1: Pass (2024)", "Step 2 CK: scheduled February 2027",
                                 "NBME CBSSA (practice): 68% predicted pass", "ECFMG status: not yet certified"])]),
        ("Publication", [("bullets", ["Al-Sharabi F, Ghaleb Y. Maternal mortality in conflict settings: Yemen 2015-2022. BMC Pregnancy Childbirth. 2024."])]),
        ("Specialty", [("p", "Obstetrics and Gynecology")]),
        ("Languages", [("p", "Arabic (native), English (fluent)")]),
        ("Visa", [("p", "J-1 visa required.")]),
    ],
    truth=dict(full_name="Fatima Abdulwahab Al-Sharabi", email="fatima.alsharabi@protonmail.com", phone_e164="+967771209354",
               medical_school="Sana'a University Faculty of Medicine and Health Sciences", medical_school_country="YE",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status="not_certified", visa_status="j1", specialties=["Obstetrics and Gynecology"],
               languages=["Arabic", "English"], publications=1))

# ---------------------------------------------------------------- 009 Egypt, docx header/footer contacts
e = [E("research", "Gastroenterology", "TX", "2024-01", "2025-06", "UT Southwestern Medical Center, Division of Digestive and Liver Diseases",
       "Dallas", role="Research Fellow"),
     E("observership", "Gastroenterology", "TX", "2024-10", "2024-10", "Parkland Memorial Hospital, GI Endoscopy", "Dallas"),
     E("hands_on", "Internal Medicine", "TX", "2025-07", "2025-09", "Baylor Scott & White Medical Center", "Temple",
       role="Hands-on Externship")]
add(num=9, layout="docx_headerfooter", ext="docx", tool="python-docx", native="\u064a\u0648\u0633\u0641 \u0647\u0627\u0646\u064a \u0627\u0644\u0633\u064a\u062f",
    name="Youssef Hany Elsayed", headline="MBBCh, Ain Shams University \u2014 Internal Medicine / GI",
    contacts=["youssef.h.elsayed@gmail.com", "+1 469 285 7731", "Dallas, TX 75390"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MBBCh, Faculty of Medicine, Ain Shams University, Cairo, Egypt (2014\u20132020)",
                                     "Intern year (house officer), Ain Shams University Hospitals, Mar 2020 \u2013 Feb 2021"])]),
        ("USMLE", [("bullets", ["Step 1: Pass", "Step 2 CK: 262", "Step 3: 240", "ECFMG: Certified"])]),
        ("Research & Clinical Experience \u2013 United States", [usce_table(e, "b", role_col=False)]),
        ("Experience \u2013 Egypt", [("bullets", ["Resident, Ministry of Health and Population, Ain Shams Specialized Hospital, 2021\u20132023"])]),
        ("Publications", [("p", "Six peer-reviewed publications (Gastroenterology, Clin Gastroenterol Hepatol, Dig Dis Sci, Hepatology Communications, Cureus \u00d72); full list on request. Eight abstracts at DDW 2024/2025.")]),
        ("Interests", [("p", "Internal Medicine residency \u2192 Gastroenterology fellowship")]),
        ("Languages", [("p", "Arabic, English")]),
        ("Visa", [("p", "Current visa: J-1 research scholar (DS-2019 valid through 06/2026).")]),
        ("References", [("bullets", ["Dr. Amit Singal, MD \u2013 UT Southwestern \u2013 research mentor \u2013 contact via department office 214-648-3111"])]),
    ],
    truth=dict(full_name="Youssef Hany Elsayed", email="youssef.h.elsayed@gmail.com", phone_e164="+14692857731",
               medical_school="Ain Shams University Faculty of Medicine", medical_school_country="EG",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=262, usmle_step3=240,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Gastroenterology"],
               languages=["Arabic", "English"], publications=6))

# ---------------------------------------------------------------- 010 Jordan student, chromium with Arabic name
e = [E("hands_on", "Neurology", "FL", "2025-03", "2025-05", "University of Miami / Jackson Memorial Hospital", "Miami",
       state_text="Florida"),
     E("observership", "Neurology", "OH", "2025-07", "2025-07", "University Hospitals Cleveland Medical Center", "Cleveland",
       state_text="Ohio")]
add(num=10, layout="pdf_chromium_arabic_header", ext="pdf", tool="chromium", native="\u064a\u0632\u0646 \u0625\u0628\u0631\u0627\u0647\u064a\u0645 \u0627\u0644\u062e\u0637\u064a\u0628",
    name="Yazan Ibrahim Al-Khatib", headline="Final-year medical student \u2013 Neurology",
    contacts=["Irbid, Jordan", "yazan.alkhatib@just.edu.jo", "+962 78 630 1942"],
    entries=e,
    sections=[
        ("Education", [("p", "Doctor of Medicine (MD) candidate, Faculty of Medicine, Jordan University of Science and Technology (JUST), Irbid. "
                             "Expected graduation: June 2027. Cumulative GPA 3.81/4.0.")]),
        ("US Clinical Rotations", [("bullets", [
            "March\u2013May 2025 \u2014 Neurology clerkship (hands-on, visiting student), University of Miami / Jackson Memorial Hospital, Miami, Florida",
            "July 2025 \u2014 Stroke neurology observership, University Hospitals Cleveland Medical Center, Cleveland, Ohio"])]),
        ("Examinations", [("p", "USMLE Step 1: Passed (Sep 2024). NBME CBSE practice: 81. Step 2 CK planned for 2026/27.")]),
        ("Research", [("p", "Al-Khatib YI, Obeidat M. Epilepsy treatment gap in northern Jordan. Seizure. 2025;124:33-39.")]),
        ("Interests", [("p", "Neurology")]),
        ("Languages", [("p", "Arabic (native), English (fluent)")]),
        ("Visa", [("p", "B-1/B-2 visa (valid).")]),
        ("Referee", [("p", "Dr. Kevin Ortega, MD, Neurology, University of Miami \u2014 k.ortega@med.miami.edu")]),
    ],
    truth=dict(full_name="Yazan Ibrahim Al-Khatib", email="yazan.alkhatib@just.edu.jo", phone_e164="+962786301942",
               medical_school="Jordan University of Science and Technology Faculty of Medicine", medical_school_country="JO",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2", specialties=["Neurology"],
               languages=["Arabic", "English"], publications=1))

# ---------------------------------------------------------------- 011 Iran, html -> soffice odt
e = [E("research", "Radiology", "CA", "2023-05", "2024-04", "Stanford University School of Medicine, Department of Radiology", "Stanford",
       state_text="CA", role="Visiting research scholar (AI in chest CT)"),
     E("observership", "Radiology", "WA", "2024-06", "2024-06", "University of Washington Medical Center", "Seattle",
       state_text="WA")]
add(num=11, layout="odt_from_html", ext="odt", tool="HTML -> soffice odt", native="\u0627\u0645\u06cc\u0631\u062d\u0633\u06cc\u0646 \u06a9\u0631\u06cc\u0645\u06cc",
    name="Amir Hossein Karimi", headline="MD (General Physician) \u2014 Diagnostic Radiology",
    contacts=["amirhossein.karimi@gmail.com", "+98 917 305 2281", "Shiraz, Iran"],
    entries=e,
    sections=[
        ("Education", [("table", ["Period", "Degree / Institution"], [
            ["2010\u20132017", "MD, Shiraz University of Medical Sciences, Shiraz, Iran"],
            ["2016\u20132017", "Internship (Kaaroozi), Namazi Hospital, Shiraz"]])]),
        ("Professional experience (Iran)", [("table", ["Period", "Position"], [
            ["2017\u20132019", "General physician \u2014 Tarh (compulsory public service), Lamerd, Fars Province"],
            ["2019\u20132022", "General physician, private clinic, Shiraz"]])]),
        ("US experience", [usce_table(e, "iso")]),
        ("USMLE", [("table", ["Exam", "Result"], [["Step 1", "Pass"], ["Step 2 CK", "250"], ["UWSA 1 (practice)", "255"],
                                                  ["ECFMG", "Certified 2022"]])]),
        ("Publications", [("p", "8 peer-reviewed papers (Radiology: AI, Eur Radiol, AJR, Iran J Radiol...), 3 RSNA abstracts.")]),
        ("Interest", [("p", "Diagnostic Radiology")]),
        ("Languages", [("p", "Persian (native), English (fluent), Arabic (reading)")]),
        ("Visa", [("p", "Iranian national; will require J-1 physician sponsorship (ECFMG).")]),
    ],
    truth=dict(full_name="Amir Hossein Karimi", email="amirhossein.karimi@gmail.com", phone_e164="+989173052281",
               medical_school="Shiraz University of Medical Sciences", medical_school_country="IR",
               graduation_year=2017, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Radiology"],
               languages=["Persian", "English", "Arabic"], publications=8))

# ---------------------------------------------------------------- 012 Turkey, reportlab prose
e = [E("observership", "Emergency Medicine", "FL", "2024-01", "2024-01", "Jackson Memorial Hospital", "Miami"),
     E("hands_on", "Emergency Medicine", "NJ", "2024-04", "2024-06", "Newark Beth Israel Medical Center", "Newark"),
     E("research", "Emergency Medicine", "PA", "2025-09", "2026-12", "Penn Medicine, Center for Resuscitation Science", "Philadelphia")]
add(num=12, layout="pdf_reportlab_prose", ext="pdf", tool="reportlab", native=None,
    name="Mehmet Can \u00d6zt\u00fcrk", headline="Emergency Physician (Pratisyen Hekim) \u2014 Curriculum Vitae",
    contacts=["mehmetcan.ozturk@gmail.com", "+1 (267) 318-0492", "Philadelphia, PA"],
    entries=e,
    sections=[
        ("Education", [("p", "I graduated in 2021 from Istanbul University-Cerrahpa\u015fa, Cerrahpa\u015fa Faculty of Medicine "
                             "(Tıp Doktoru). My sixth year (2020\u20132021) was the int\u00f6rn year, spent largely in the "
                             "emergency department during the COVID-19 surge.")]),
        ("Experience in T\u00fcrkiye", [("p", "From August 2021 to July 2023 I fulfilled my mandatory state service "
                                              "(devlet hizmet y\u00fck\u00fcml\u00fcl\u00fc\u011f\u00fc) as a pratisyen hekim in the emergency "
                                              "department of Van Training and Research Hospital.")]),
        ("Clinical experience in the United States", [
            ("p", "In January 2024 I completed a four-week observership in emergency medicine at Jackson Memorial Hospital in Miami, Florida."),
            ("p", "Between April and June 2024 I worked as a hands-on clinical extern in the emergency department at Newark Beth Israel Medical Center in Newark, New Jersey."),
            ("p", "Since September 2025 I have been working as a research coordinator at the Center for Resuscitation Science, Penn Medicine, in Philadelphia, Pennsylvania, where I remain today.")]),
        ("Examinations", [("p", "USMLE Step 1 passed; Step 2 CK 239; Step 2 CS passed (2019, before its discontinuation). "
                                "I am ECFMG certified.")]),
        ("Publications", [("p", "No publications yet; two manuscripts on out-of-hospital cardiac arrest are under review.")]),
        ("Goal", [("p", "Emergency Medicine residency.")]),
        ("Languages", [("p", "Turkish (native), English (fluent), Arabic (conversational).")]),
        ("Status", [("p", "I am a permanent resident (green card) of the United States.")]),
        ("Reference", [("p", "Benjamin Abella, MD, MPhil \u2014 Penn Medicine \u2014 benjamin.abella@pennmedicine.upenn.edu")]),
    ],
    truth=dict(full_name="Mehmet Can \u00d6zt\u00fcrk", email="mehmetcan.ozturk@gmail.com", phone_e164="+12673180492",
               medical_school="Istanbul University-Cerrahpa\u015fa, Cerrahpa\u015fa Faculty of Medicine", medical_school_country="TR",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None,
               ecfmg_status="certified", visa_status="green_card", specialties=["Emergency Medicine"],
               languages=["Turkish", "English", "Arabic"], publications=0))

# ---------------------------------------------------------------- 013 Iraqi Kurdistan, odt -> soffice docx
e = [E("observership", "Hematology/Oncology", "TX", "2023-09", "2023-10", "MD Anderson Cancer Center", "Houston",
       spec_text="Hematology/Oncology"),
     E("hands_on", "Internal Medicine", "NY", "2024-02", "2024-03", "Interfaith Medical Center", "Brooklyn"),
     E("research", "Hematology/Oncology", "TX", "2024-05", "2024-10", "MD Anderson Cancer Center, Dept. of Leukemia", "Houston",
       role="Research volunteer")]
add(num=13, layout="docx_from_odt", ext="docx", tool="odfpy -> soffice docx", native="\u0634\u06cc\u0644\u0627\u0646 \u0639\u06d5\u0632\u06cc\u0632 \u0695\u06d5\u0633\u0648\u06b5",
    name="Shilan Aziz Rasul", headline="MBChB \u2014 Hematology/Oncology",
    contacts=["Erbil, Kurdistan Region, Iraq", "shilan.rasul@hmu.edu.krd", "+964 750 446 1938"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MBChB, College of Medicine, Hawler Medical University, Erbil \u2014 2013\u20132019"])]),
        ("Training in Iraq", [("bullets", ["Rotating house officer (2 years), Rizgary Teaching Hospital, Erbil \u2014 2019\u20132021",
                                            "Junior doctor, Nanakali Hospital for Blood Diseases and Cancer, Erbil \u2014 2021\u20132023"])]),
        ("US Experience", [usce_list(e, "b")]),
        ("USMLE", [("bullets", ["Step 1 \u2013 Pass", "Step 2 CK \u2013 227", "UWSA2 \u2013 238 (practice)", "ECFMG certified"])]),
        ("Publications", [("bullets", ["Rasul SA, et al. Thalassemia carrier screening in Erbil. Hemoglobin. 2022.",
                                        "Rasul SA, Ahmed B. CML outcomes with generic imatinib. J Oncol Pharm Pract. 2023."])]),
        ("Interest", [("p", "Hematology/Oncology")]),
        ("Languages", [("p", "Kurdish (Sorani) \u2013 native; Arabic; English; Persian")]),
        ("Visa", [("p", "Requires visa sponsorship (J1).")]),
    ],
    truth=dict(full_name="Shilan Aziz Rasul", email="shilan.rasul@hmu.edu.krd", phone_e164="+9647504461938",
               medical_school="Hawler Medical University College of Medicine", medical_school_country="IQ",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=227, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Hematology/Oncology"],
               languages=["Kurdish", "Arabic", "English", "Persian"], publications=2))

# ---------------------------------------------------------------- 014 Iran, markdown-ish txt
e = [E("hands_on", "Internal Medicine", "NY", "2024-03", "2024-05", "Brookdale University Hospital", "Brooklyn"),
     E("observership", "Geriatrics", "NY", "2024-07", "2024-07", "Mount Sinai Hospital, Brookdale Dept. of Geriatrics", "New York")]
add(num=14, layout="txt_markdown", ext="txt", tool="plain text (markdown-ish)", native="\u0631\u0636\u0627 \u0645\u062d\u0645\u062f\u06cc\u200c\u0646\u0698\u0627\u062f",
    name="Reza Mohammadi Nejad", headline="General Physician, MD (MUMS)",
    contacts=["reza.mnejad@gmail.com", "+98 915 112 6620"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MD, Mashhad University of Medical Sciences, Mashhad, Iran (2009-2016)"])]),
        ("Work", [("bullets", ["2016-2018  General physician (tarh / compulsory service), Torbat-e Jam health network",
                                "2018-2023  General physician, Imam Reza Hospital emergency department, Mashhad"])]),
        ("USCE", [("bullets", ["2024-03 to 2024-05 | Hands-on | Internal Medicine | Brookdale University Hospital | Brooklyn, NY",
                                "2024-07 | Observership | Geriatrics | Mount Sinai Hospital, Brookdale Dept. of Geriatrics | New York, NY",
                                "2023-11 | Observership | Internal Medicine | Toronto Western Hospital | Toronto, ON (Canada)"])]),
        ("Exams", [("bullets", ["USMLE Step 1: PASS (2021)", "USMLE Step 2 CK: 236", "USMLE Step 3: 218",
                                 "NBME 13 practice: 228", "ECFMG: certified"])]),
        ("Publications", [("p", "3 peer-reviewed articles; 1 poster (AGS 2024).")]),
        ("Interests", [("p", "Geriatrics, Internal Medicine")]),
        ("Languages", [("p", "Farsi, English, Turkish")]),
        ("Visa", [("p", "Requesting H-1B sponsorship (Step 3 passed).")]),
    ],
    truth=dict(full_name="Reza Mohammadi Nejad", email="reza.mnejad@gmail.com", phone_e164="+989151126620",
               medical_school="Mashhad University of Medical Sciences", medical_school_country="IR",
               graduation_year=2016, is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=218,
               ecfmg_status="certified", visa_status="h1b", specialties=["Geriatrics", "Internal Medicine"],
               languages=["Persian", "English", "Turkish"], publications=3))

# ---------------------------------------------------------------- 015 Saudi, fpdf2 table
e = [E("observership", "Endocrinology", "OH", "2023-07", "2023-08", "Cleveland Clinic Endocrinology & Metabolism Institute", "Cleveland"),
     E("hands_on", "Internal Medicine", "MI", "2024-01", "2024-02", "Henry Ford Hospital", "Detroit"),
     E("research", "Endocrinology", "MA", "2024-03", "2024-08", "Joslin Diabetes Center", "Boston")]
add(num=15, layout="pdf_fpdf_table", ext="pdf", tool="fpdf2", native="\u0646\u0648\u0631\u0629 \u0633\u0639\u062f \u0627\u0644\u0639\u062a\u064a\u0628\u064a",
    name="Noura Saad Alotaibi", headline="MBBS \u2013 Internal Medicine / Endocrinology",
    contacts=["noura.alotaibi.md@gmail.com", "+966 50 781 2264", "Jeddah, Saudi Arabia"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MBBS (First Class Honors), Faculty of Medicine, King Abdulaziz University, Jeddah \u2014 2015\u20132022",
                                     "Internship, King Abdulaziz University Hospital, 2021\u20132022"])]),
        ("US Clinical Experience", [usce_table(e, "b", role_col=True)]),
        ("USMLE", [("bullets", ["Step 1: Pass", "Step 2 CK: 245", "ECFMG certified (2023)"])]),
        ("Publications", [("bullets", ["Alotaibi NS, et al. Vitamin D and glycemic control in Saudi women. Saudi Med J. 2021.",
                                        "Alotaibi NS, Bahijri S. Prediabetes prevalence in Jeddah. Diabetes Metab Syndr. 2022.",
                                        "Alotaibi NS, et al. CGM use in Saudi adolescents. Cureus. 2024."])]),
        ("Interests", [("p", "Internal Medicine; Endocrinology fellowship")]),
        ("Languages", [("p", "Arabic, English")]),
        ("Visa", [("p", "Requires J-1 visa.")]),
    ],
    truth=dict(full_name="Noura Saad Alotaibi", email="noura.alotaibi.md@gmail.com", phone_e164="+966507812264",
               medical_school="King Abdulaziz University Faculty of Medicine", medical_school_country="SA",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Endocrinology"],
               languages=["Arabic", "English"], publications=3))

# ---------------------------------------------------------------- 016 Syria, docx -> soffice rtf
e = [E("observership", "Infectious Disease", "GA", "2024-04", "2024-04", "Emory University Hospital", "Atlanta",
       spec_text="Infectious Diseases"),
     E("hands_on", "Internal Medicine", "TX", "2024-05", "2024-06", "Texas Tech University Health Sciences Center", "Lubbock")]
add(num=16, layout="rtf_from_docx", ext="rtf", tool="python-docx -> soffice rtf", native="\u0631\u0627\u0645\u0627 \u0628\u0633\u0627\u0645 \u0627\u0644\u062d\u0644\u0628\u064a",
    name="Rama Bassam Alhalabi", headline="MD \u2013 University of Aleppo",
    contacts=["rama.alhalabi@gmail.com", "+90 555 731 4408 (Gaziantep, Türkiye)"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["Doctor of Medicine (MD), Faculty of Medicine, University of Aleppo, Syria \u2014 graduated 2021"])]),
        ("Experience outside the US", [("bullets", ["General practitioner, Syrian American Medical Society (SAMS) clinic, Gaziantep, Türkiye \u2014 2021\u20132023"])]),
        ("US clinical experience", [usce_list(e, "m")]),
        ("USMLE", [("bullets", ["Step 1: Pass", "Step 2 CK: 252", "NBME 14 (practice): 240",
                                 "ECFMG certification: in progress (pending OET result)"])]),
        ("Publication", [("bullets", ["Alhalabi RB, et al. Cholera outbreak in northwest Syria 2022. Confl Health. 2023."])]),
        ("Career interest", [("p", "Infectious Disease (via Internal Medicine)")]),
        ("Languages", [("p", "Arabic, English, Turkish")]),
        ("Visa", [("p", "Will need a B1/B2 visitor visa for rotations.")]),
    ],
    truth=dict(full_name="Rama Bassam Alhalabi", email="rama.alhalabi@gmail.com", phone_e164="+905557314408",
               medical_school="University of Aleppo Faculty of Medicine", medical_school_country="SY",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None,
               ecfmg_status="pending", visa_status="b1b2", specialties=["Infectious Disease", "Internal Medicine"],
               languages=["Arabic", "English", "Turkish"], publications=1))

# ================================================================ scans
e = [E("observership", "Pediatrics", "PA", "2024-02", "2024-03", "Children's Hospital of Philadelphia", "Philadelphia"),
     E("hands_on", "Pediatrics", "NY", "2024-09", "2024-10", "Maimonides Children's Hospital", "Brooklyn")]
add(num=17, layout="scan_pdf", ext="pdf", tool="reportlab -> pdftoppm -> Pillow PDF", scan="pdf", native="\u0645\u0631\u064a\u0645 \u0637\u0627\u0631\u0642 \u0641\u0647\u0645\u064a",
    name="Mariam Tarek Fahmy", headline="MBBCh \u2013 Pediatrics", contacts=["mariam.fahmy@alexmed.edu.eg", "+20 122 903 4471", "Alexandria, Egypt"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MBBCh, Faculty of Medicine, Alexandria University, 2015\u20132022",
                                     "House officer (intern year), Alexandria Main University Hospital, 2022\u20132023"])]),
        ("US Clinical Experience", [usce_list(e, "b")]),
        ("USMLE", [("bullets", ["Step 1: Pass", "Step 2 CK: 240", "UWSA 2 practice: 247", "ECFMG certified"])]),
        ("Publications", [("bullets", ["Fahmy MT, et al. Neonatal sepsis isolates in Alexandria. Alex J Pediatr. 2023."])]),
        ("Interest", [("p", "Pediatrics")]), ("Languages", [("p", "Arabic, English")]),
        ("Visa", [("p", "J-1 visa required")]),
    ],
    truth=dict(full_name="Mariam Tarek Fahmy", email="mariam.fahmy@alexmed.edu.eg", phone_e164="+201229034471",
               medical_school="Alexandria University Faculty of Medicine", medical_school_country="EG",
               graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None,
               ecfmg_status="certified", visa_status="j1", specialties=["Pediatrics"],
               languages=["Arabic", "English"], publications=1))

e = [E("research", "Neurology", "MD", "2024-01", "2024-06", "Johns Hopkins Neurology", "Baltimore"),
     E("observership", "Neurology", "MN", "2024-08", "2024-08", "Mayo Clinic", "Rochester")]
add(num=18, layout="scan_png_photo", ext="png", tool="reportlab -> pdftoppm -> Pillow PNG", scan="png", native="\u0633\u0627\u0631\u0627 \u0627\u062d\u0645\u062f\u06cc",
    name="Sara Ahmadi", headline="MD \u2013 Neurology", contacts=["sara.ahmadi.neuro@gmail.com", "+98 913 402 7765", "Isfahan, Iran"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MD, Isfahan University of Medical Sciences, 2013\u20132020"])]),
        ("Work", [("bullets", ["General physician (tarh), Kashan, 2020\u20132022"])]),
        ("US Experience", [usce_list(e, "m")]),
        ("USMLE", [("bullets", ["Step 1: Pass", "Step 2 CK: 247", "ECFMG certified"])]),
        ("Publications", [("p", "2 peer-reviewed papers (Mult Scler Relat Disord 2022; Neurol Sci 2023).")]),
        ("Interest", [("p", "Neurology")]), ("Languages", [("p", "Persian, English")]),
    ],
    truth=dict(full_name="Sara Ahmadi", email="sara.ahmadi.neuro@gmail.com", phone_e164="+989134027765",
               medical_school="Isfahan University of Medical Sciences", medical_school_country="IR",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None,
               ecfmg_status="certified", visa_status=None, specialties=["Neurology"],
               languages=["Persian", "English"], publications=2))

e = [E("observership", "Anesthesiology", "NY", "2023-10", "2023-11", "NYU Langone Health", "New York")]
add(num=19, layout="scan_jpg_photo", ext="jpg", tool="reportlab -> pdftoppm -> Pillow JPEG", scan="jpg", native=None,
    name="Burak \u015eahin", headline="Tıp Doktoru \u2013 Anesthesiology", contacts=["burak.sahin.md@gmail.com", "+90 533 612 90 14", "İzmir"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MD, Ankara University Faculty of Medicine, 2013\u20132019 (int\u00f6rn year 2018\u20132019)"])]),
        ("Work in T\u00fcrkiye", [("bullets", ["Pratisyen hekim, \u0130zmir Katip \u00c7elebi Atat\u00fcrk Training Hospital, 2019\u20132023"])]),
        ("US Experience", [usce_list(e, "B")]),
        ("USMLE", [("bullets", ["Step 1: Pass", "Step 2 CK: 231", "ECFMG certified"])]),
        ("Interest", [("p", "Anesthesiology")]), ("Languages", [("p", "Turkish, English")]),
        ("Visa", [("p", "B1/B2 visa holder")]),
    ],
    truth=dict(full_name="Burak \u015eahin", email="burak.sahin.md@gmail.com", phone_e164="+905336129014",
               medical_school="Ankara University Faculty of Medicine", medical_school_country="TR",
               graduation_year=2019, is_student=False, usmle_step1="pass", usmle_step2ck=231, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["Anesthesiology"],
               languages=["Turkish", "English"], publications=0))

e = [E("hands_on", "Internal Medicine", "NJ", "2025-01", "2025-03", "Saint Michael's Medical Center", "Newark")]
add(num=20, layout="scan_pdf_lowres", ext="pdf", tool="fpdf2 -> pdftoppm -> Pillow PDF", scan="pdf", native="\u0645\u062d\u0645\u062f \u0639\u0644\u064a \u0627\u0644\u062d\u0645\u062f\u0627\u0646\u064a",
    name="Mohammed Ali Al-Hamdani", headline="MBBS \u2013 Internal Medicine", contacts=["m.alhamdani@yahoo.com", "+967 733 451 208", "Aden, Yemen"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MBBS, Faculty of Medicine and Health Sciences, University of Aden, 2014\u20132020"])]),
        ("US Clinical Experience", [usce_list(e, "m")]),
        ("USMLE", [("bullets", ["Step 1: Pass", "Step 2 CK: 235", "ECFMG: pending"])]),
        ("Interest", [("p", "Internal Medicine")]), ("Languages", [("p", "Arabic, English")]),
        ("Visa", [("p", "Need J1 visa")]),
    ],
    truth=dict(full_name="Mohammed Ali Al-Hamdani", email="m.alhamdani@yahoo.com", phone_e164="+967733451208",
               medical_school="University of Aden Faculty of Medicine and Health Sciences", medical_school_country="YE",
               graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=235, usmle_step3=None,
               ecfmg_status="pending", visa_status="j1", specialties=["Internal Medicine"],
               languages=["Arabic", "English"], publications=0))

e = [E("observership", "Family Medicine", "TX", "2025-05", "2025-05", "Baylor College of Medicine Family Medicine", "Houston")]
add(num=21, layout="scan_jpg_lowcontrast", ext="jpg", tool="reportlab -> pdftoppm -> Pillow JPEG", scan="jpg", native="\u0632\u064a\u0646\u0628 \u062d\u0633\u064a\u0646 \u0627\u0644\u0645\u0648\u0633\u0648\u064a",
    name="Zainab Hussein Al-Moussawi", headline="MBChB \u2013 Family Medicine", contacts=["zainab.almoussawi@gmail.com", "+964 781 220 5537", "Mosul, Iraq"],
    entries=e,
    sections=[
        ("Education", [("bullets", ["MBChB, University of Mosul College of Medicine, 2015\u20132021"])]),
        ("US Experience", [usce_list(e, "b")]),
        ("USMLE", [("bullets", ["Step 1: Pass"])]),
        ("Interest", [("p", "Family Medicine")]), ("Languages", [("p", "Arabic, English")]),
    ],
    truth=dict(full_name="Zainab Hussein Al-Moussawi", email="zainab.almoussawi@gmail.com", phone_e164="+9647812205537",
               medical_school="University of Mosul College of Medicine", medical_school_country="IQ",
               graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status=None, specialties=["Family Medicine"],
               languages=["Arabic", "English"], publications=0))

DAMAGED = [(22, "damaged_truncated_pdf", "pdf"), (23, "damaged_encrypted_pdf", "pdf"), (24, "damaged_random_docx", "docx")]


def fname(p):
    return "w92_%03d_%s.%s" % (p["num"], p["layout"], p["ext"])
