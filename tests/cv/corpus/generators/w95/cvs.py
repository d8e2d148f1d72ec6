# -*- coding: utf-8 -*-
# CV content + truth. Body markup: first line = name; "@" contact line; "## " heading; "- " bullet; else paragraph.
IM, FM, PED, PSY, NEU, GS, OBG, EM = "Internal Medicine","Family Medicine","Pediatrics","Psychiatry","Neurology","General Surgery","Obstetrics and Gynecology","Emergency Medicine"
CARD, GI, NEPH, PULM, ENDO, HEMO, ID, GER, ANES, RAD, PATH = "Cardiology","Gastroenterology","Nephrology","Pulmonology/Critical Care","Endocrinology","Hematology/Oncology","Infectious Disease","Geriatrics","Anesthesiology","Radiology","Pathology"
H, O, R, TH = "hands_on","observership","research","telehealth"

def T(name, email, phone, school, cc, year, student, s1, s2, s3, ecfmg, visa, specs, langs, pubs, entries):
    return dict(full_name=name, email=email, phone_e164=phone, medical_school=school, medical_school_country=cc,
                graduation_year=year, is_student=student, usmle_step1=s1, usmle_step2ck=s2, usmle_step3=s3,
                ecfmg_status=ecfmg, visa_status=visa, specialties=specs, languages=langs, publications=pubs,
                usce_entries=[dict(type=a, specialty=b, state=c, start=d, end=e) for a, b, c, d, e in entries])

CVS = []
def cv(n, layout, ext, kind, truth, body, **opt):
    CVS.append(dict(n=n, layout=layout, ext=ext, kind=kind, truth=truth, body=body.strip("\n"), opt=opt))

cv(1, "docx_table", "docx", "docx_table",
T("Aditya Raghunathan", "aditya.raghu94@gmail.com", "+919845012736", "Bangalore Medical College and Research Institute", "IN", 2019, False,
  "pass", 244, None, "certified", "j1", [IM, CARD], ["English", "Kannada", "Hindi", "Tamil"], 2,
  [(H, IM, "NJ", "2024-03", "2024-04"), (O, CARD, "TX", "2024-06", "2024-06"), (H, IM, "MI", "2025-01", "2025-02")]),
"""
Dr. Aditya Raghunathan, MBBS
@Email: aditya.raghu94@gmail.com | Mob: +91 98450 12736
@No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru, Karnataka 560011
## CAREER OBJECTIVE
ECFMG certified IMG (J-1 sponsorship required) seeking a categorical position in Internal Medicine with future interest in Cardiology.
## EDUCATION
MBBS - Bangalore Medical College and Research Institute, Rajiv Gandhi University of Health Sciences | Aug 2013 - Feb 2019
Compulsory Rotating Internship - Victoria Hospital, Bengaluru | 03/2018 - 03/2019
## USMLE
Step 1: PASS (2022) | Step 2 CK: 244 (Nov 2023) | NBME 30 practice: 252
## US CLINICAL EXPERIENCE
- IM hands-on externship, Saint Michael's Medical Center, Newark, New Jersey | 03/2024 - 04/2024
- Cardiology obs., Memorial Hermann, Houston TX | June 2024
- IM sub-internship (hands-on), Hurley Medical Center, Flint, Michigan | Jan 2025 - Feb 2025
## WORK EXPERIENCE
Junior Resident (non-academic), Dept. of General Medicine, Victoria Hospital | 2019.04 - 2021.12
Medical Officer, Primary Health Centre Hoskote | Jan 2022 - present
## PUBLICATIONS
- Raghunathan A, Shetty P. Prevalence of metabolic syndrome in rural Karnataka. J Assoc Physicians India. 2021;69(4):22-26.
- Raghunathan A, et al. Outcomes of dengue with warning signs. Cureus. 2022;14(8):e27731.
- Poster: "Rare case of Takayasu arteritis", API Karnataka 2020
## LANGUAGES
English, Kannada, Hindi, Tamil
## REFERENCES
Dr. Mark Feldman, Program Director IM, Hurley Medical Center - mfeldman@hurleymc.com, (810) 262-9000
Dr. S. Venkatesh, Prof. of Medicine, BMCRI - venkatesh.s@bmcri.edu.in
""")

cv(2, "reportlab_twocol", "pdf", "reportlab_twocol",
T("Ayesha Noor Siddiqui", "ayesha.siddiqui.kemu@outlook.com", "+923004172593", "King Edward Medical University", "PK", 2021, False,
  "pass", 256, None, "certified", "j1", [PED], ["English", "Urdu", "Punjabi"], 1,
  [(O, PED, "OH", "2023-09", "2023-10"), (H, PED, "NY", "2024-02", "2024-03"), (R, PED, "PA", "2024-05", "2024-11")]),
"""
Ayesha Noor Siddiqui
@ayesha.siddiqui.kemu@outlook.com
@+92 300 4172593 (WhatsApp)
@Lahore, Pakistan
@Born 1997
## Profile
Pediatrics applicant, MBBS from King Edward Medical University (2021), ECFMG certified, will require J1 visa. Completed a pediatric observership at Cleveland Clinic Children's in Ohio (Sep-Oct 2023) prior to hands-on work in New York.
## Education
MBBS, King Edward Medical University, Lahore — 2016–2021 (Distinction in Paediatrics)
FSc Pre-Medical, Lahore College for Women — 2014-2016
## Scores
USMLE Step 1 Pass · Step 2 CK 256 · OET Medicine B
## US Clinical Experience
Peds ext. (hands-on) — Maimonides Children's Hospital, Brooklyn, NY — Feb 2024 to Mar 2024
Research Volunteer, Dept of Pediatrics — Children's Hospital of Philadelphia (PA) — 2024-05 – 2024-11 (remote + onsite)
## Pakistan Experience
House Officer, Mayo Hospital Lahore — 01/2022 - 12/2022
Medical Officer, The Children's Hospital & UCHS Lahore — 2023 – ongoing
## Publications
Siddiqui AN, Rafiq M. Neonatal sepsis isolates in a tertiary NICU. Pak J Med Sci. 2023;39(2):411-6.
Abstract: PAS 2025 (accepted, poster)
## Languages
English · Urdu · Punjabi
## Referees
Dr. Rebecca Klein, CHOP — kleinr@chop.edu
Prof. Tahir Masood, KEMU — +92 42 99211145
""")

cv(3, "fpdf_plain", "pdf", "fpdf_plain",
T("Chukwuemeka Obinna Eze", "emeka.eze.md@yahoo.com", "+2348034417285", "University of Nigeria", "NG", 2018, False,
  212, None, None, "pending", "b1b2", [FM, IM], ["English", "Igbo", "Yoruba"], 0,
  [(O, FM, "MD", "2025-07", "2025-08")]),
"""
CHUKWUEMEKA OBINNA EZE
@Enugu, Nigeria  *  +234 803 441 7285  *  emeka.eze.md@yahoo.com
## PERSONAL STATEMENT
Nigerian physician (MBBS, UNN 2018). Passed USMLE Step 1 with 212 (old scoring, Jan 2022). Step 2 CK scheduled for March 2026; ECFMG certification pending. Holds a valid US B1/B2 visitor visa. Interested in Family Medicine or Internal Medicine. Recently observed at a family practice in Baltimore, Maryland (July–August 2025).
## EDUCATION
Bachelor of Medicine, Bachelor of Surgery (MBBS) - University of Nigeria, Nsukka (College of Medicine, Enugu Campus), 2011 - 2018
## CLINICAL EXPERIENCE (NIGERIA)
House Officer, University of Nigeria Teaching Hospital, Ituku-Ozalla  --  Nov 2018 - Oct 2019
NYSC Medical Officer, General Hospital Bauchi  --  2019-2020
Medical Officer, Mercy Specialist Hospital, Enugu  --  03/2021 - current
## SKILLS
ACLS/BLS (AHA, 2025) - EHR: Epic (observer), Athena
## LANGUAGES
English (fluent), Igbo (native), Yoruba (basic)
## REFEREES
Dr. Linda Okafor-Brown, MD, Family Medicine, Baltimore MD - lokafor@chesapeakefm.org - 410-555-0192
Dr. I. N. Ugwu, Consultant Physician, UNTH - ugwu.in@unth.edu.ng
""")

cv(4, "odt_odfpy", "odt", "odt",
T("Mohamed Ashraf Abdelrahman", "m.ashraf.abdelrahman@gmail.com", "+201006623418", "Ain Shams University", "EG", 2020, False,
  "pass", 238, None, "certified", "j1", [GS], ["Arabic", "English", "German"], 3,
  [(H, GS, "FL", "2023-11", "2024-01"), (O, GS, "CA", "2024-02", "2024-02"), (R, GS, "MA", "2024-03", "2025-02")]),
"""
Mohamed Ashraf Abdelrahman
@Cairo, Egypt | +20 100 662 3418 | m.ashraf.abdelrahman@gmail.com
## Objective
General Surgery (categorical or preliminary) — ECFMG Certified, J-1.
## Education
M.B.B.Ch., Faculty of Medicine, Ain Shams University, Cairo – graduated Dec 2020 (Very Good with Honors)
Internship year, Ain Shams University Hospitals — 3/2021-2/2022
## USMLE
Step 1: Pass | Step 2CK: 238 | Step 2 CS: N/A (discontinued)
## US Experience
- Surg sub-I, Jackson Memorial Hospital, Miami, Florida — Nov 2023 – Jan 2024
- Surgical Oncology Observership, Cedars-Sinai, Los Angeles, California — February 2024
- Research Fellow, Dept. of Surgery, Massachusetts General Hospital (Boston MA) — 03.2024 – 02.2025
## Egyptian Experience
Resident, General Surgery, El-Demerdash Hospital — 2022–2023
## Publications
1. Abdelrahman MA, et al. Laparoscopic versus open appendectomy in Egyptian adults. Ann Med Surg. 2022;80:104215.
2. Abdelrahman MA, Fouad H. Predictors of anastomotic leak. World J Surg. 2024;48(3):601-609.
3. Chen L, Abdelrahman MA, et al. Frailty and outcomes after emergency laparotomy. JAMA Surg. 2025;160(1):55-62.
Manuscript in preparation: ERAS compliance in MGH colorectal cohort.
## Languages
Arabic (native), English (C2), German (B1)
## References
Dr. David Chang, MGH Surgery — dchang@mgh.harvard.edu
""")

cv(5, "rtf_plain", "rtf", "rtf",
T("Maria Kristina Dela Cruz", "kristina.delacruz@gmail.com", "+639178823415", "University of Santo Tomas", "PH", 2022, False,
  "pass", None, None, None, None, [PSY], ["English", "Filipino", "Cebuano"], 0,
  [(TH, PSY, "CA", "2024-08", "2024-10")]),
"""
MARIA KRISTINA DELA CRUZ, MD
@Quezon City, Philippines / kristina.delacruz@gmail.com / 0917 882 3415
## Summary
Physician from the Philippines (UST Faculty of Medicine and Surgery, 2022) interested in Psychiatry. Passed USMLE Step 1 (2024). Completed a tele-psychiatry rotation with a California outpatient group (Aug-Oct 2024).
## Education
Doctor of Medicine, University of Santo Tomas Faculty of Medicine and Surgery, Manila — 2018 – 2022
BS Psychology, University of the Philippines Diliman — 2014-2018
Post-graduate Internship, Philippine General Hospital — 2022-2023
Physician Licensure Exam (PLE), passed Feb 2024
## Clinical Experience
Resident Physician (Non-Training), National Center for Mental Health, Mandaluyong — Mar 2024 – Present
Telepsychiatry elective (virtual), Bay Area Behavioral Health, San Jose, CA — 08/2024 to 10/2024
## Languages
English, Filipino, Cebuano
## References
Dr. Rowena Santiago, MD, FPPA — NCMH — rsantiago@ncmh.gov.ph
""")

cv(6, "txt_plain", "txt", "txt",
T("João Pedro Araújo Lima", "jp.araujolima@hotmail.com", "+5511987234410", "Universidade de São Paulo", "BR", 2023, False,
  "pass", 249, None, "certified", "h1b", [EM], ["Portuguese", "English", "Spanish"], 1,
  [(O, EM, "IL", "2024-01", "2024-02"), (H, EM, "NY", "2024-04", "2024-05"), (H, IM, "NY", "2024-05", "2024-06")]),
"""
JOÃO PEDRO ARAÚJO LIMA
@São Paulo - SP, Brasil
@jp.araujolima@hotmail.com | +55 (11) 98723-4410
## RESUMO / SUMMARY
Brazilian MD (FMUSP, 2023). USMLE Step 1 Pass, Step 2 CK 249, ECFMG certified. Seeking Emergency Medicine; open to H-1B sponsoring programs.
## EDUCATION
Médico (MD) - Faculdade de Medicina da Universidade de São Paulo (FMUSP), 2017-2023
Internato (clerkship years) at Hospital das Clínicas, 2021-2023
## US CLINICAL EXPERIENCE
Jan/2024 - Feb/2024   EM obs., Northwestern Memorial Hospital, Chicago, Illinois
Apr/2024 - May/2024   EM externship (hands-on), Jacobi Medical Center, Bronx NY
May/2024 - Jun/2024   IM ext., Jacobi Medical Center, Bronx NY (overlapping weeks with EM)
## WORK
Plantonista (ER physician), Hospital Santa Marcelina, São Paulo, 07/2023 - atual
## PUBLICATIONS
Araújo Lima JP, Souza R. Trauma mortality in São Paulo. Rev Col Bras Cir. 2022;49:e20223301.
## LANGUAGES
Portuguese (native), English (fluent, TOEFL 112), Spanish (intermediate)
## REFERENCES
Dr. Ana Souza - ana.souza@hc.fm.usp.br
""")

cv(7, "chromium_sidebar", "pdf", "chromium_sidebar",
T("Mariana Gómez Ruíz", "mariana.gomezr@gmail.com", "+525543219876", "Universidad Nacional Autónoma de México", "MX", 2021, False,
  "pass", 235, None, "certified", "b1b2", [OBG], ["Spanish", "English", "French"], 0,
  [(H, OBG, "TX", "2023-06", "2023-07"), (O, OBG, "AZ", "2023-09", "2023-09"), (H, FM, "CA", "2024-01", "2024-03"), (O, OBG, "NM", "2024-10", "2024-11")]),
"""
Mariana Gómez Ruíz
@mariana.gomezr@gmail.com
@+52 55 4321 9876
@CDMX, México
@B1/B2 visa holder
## Perfil
Médico Cirujano (UNAM, 2021). Interested in Obstetrics & Gynecology. Step 1 Pass / Step 2 CK 235. ECFMG certified (2023).
## Education
Médico Cirujano — Facultad de Medicina, Universidad Nacional Autónoma de México — 2015 - 2021
Servicio Social, Centro de Salud Tlalpan — Aug 2020 - Jul 2021
## USCE
- OB/GYN hands-on rotation — University Medical Center El Paso, TX — 06/2023–07/2023
- Ob/Gyn observership — Banner University Medical Center, Tucson, AZ — Sept 2023
- Family Medicine hands-on — Kaweah Health, Visalia, California — Jan 2024 – Mar 2024
- OBGYN obs. — UNM Hospital, Albuquerque NM — Oct–Nov 2024
## Mexico
Médico General, Hospital Ángeles Pedregal — 2021 – present
## Idiomas
Español (nativo), English (C1), Français (A2)
## Referencias
Dra. Laura Pérez, UMC El Paso — lperez@umcelpaso.org, +1 915 521 7000
""")

cv(8, "docx_soffice_pdf_footer", "pdf", "docx_to_pdf_footer",
T("Olena Kovalenko", "olena.kovalenko.md@gmail.com", "+380672281934", "Bogomolets National Medical University", "UA", 2020, False,
  "pass", 241, None, "certified", "j1", [NEU, IM], ["Ukrainian", "Russian", "English", "Polish"], 2,
  [(O, NEU, "NY", "2023-03", "2023-04"), (H, IM, "CT", "2023-08", "2023-09"), (H, NEU, "NY", "2024-01", "2024-01"), (R, NEU, "NY", "2024-02", "2024-12"), (O, IM, "NJ", "2025-03", "2025-03")]),
"""
Olena Kovalenko (Олена Коваленко)
@olena.kovalenko.md@gmail.com • +380 67 228 1934 • Kyiv / currently Warsaw, Poland
## PROFESSIONAL SUMMARY
Neurology-focused physician from Ukraine, ECFMG-certified, applying for Neurology (also Internal Medicine prelim). Will need J-1 sponsorship.
## EDUCATION
General Medicine (MD equivalent), Bogomolets National Medical University, Kyiv, Ukraine — Sept 2014 – June 2020
Internship in Neurology, Kyiv City Clinical Hospital No. 4 — 2020-08 – 2022-02 (interrupted)
## EXAMINATIONS
USMLE Step 1 - Pass (2022)
USMLE Step 2 CK - 241 (2023)
## UNITED STATES CLINICAL EXPERIENCE
Neuro obs. | Mount Sinai Hospital (NY) | 2023-03 → 2023-04
IM sub-I (hands-on) | Yale New Haven Hospital, Connecticut | Aug.–Sept. 2023
Neurology clerkship (hands-on, stroke unit) | SUNY Downstate, Brooklyn, NY | January 2024
Clinical research coordinator (remote), Stroke Outcomes Lab | Columbia University, New York | 02/2024 – 12/2024
IM observership | Hackensack Meridian, New Jersey | March 2025
## EUROPEAN EXPERIENCE
Physician assistant, Neurology Dept., Szpital Bródnowski, Warsaw — May 2022 – present
## PUBLICATIONS
Kovalenko O, et al. Post-COVID headache phenotypes. Cephalalgia. 2023;43(5):1-9.
Kovalenko O, Marin J. Thrombolysis door-to-needle delays. Stroke. 2025;56(2):e44-e46.
Poster — AAN Annual Meeting 2024: "Stroke in displaced persons"
## LANGUAGES
Ukrainian (native), Russian (native), English (C1), Polish (B2)
## REFERENCES
Dr. Joshua Marin, Columbia Neurology — jm4412@cumc.columbia.edu, +1 212 305 1818
Prof. Iryna Bondar, Bogomolets NMU — bondar.i@nmu.ua
""", footer="Olena Kovalenko · olena.kovalenko.md@gmail.com · +380 67 228 1934", pad=True)

cv(9, "docx_header_contacts", "docx", "docx_header",
T("Seyed Amirhossein Rezaei", "a.rezaei.md@protonmail.com", "+989121847365", "Tehran University of Medical Sciences", "IR", 2017, False,
  "pass", 262, 231, "certified", "h1b", [IM, HEMO], ["Persian", "English", "Turkish"], 6,
  [(R, HEMO, "TX", "2022-09", "2024-08"), (O, HEMO, "TX", "2023-04", "2023-05"), (H, IM, "OH", "2024-10", "2024-12")]),
"""
Seyed Amirhossein Rezaei, M.D.
## summary
Iranian MD (TUMS 2017), ECFMG certified; USMLE Step 1 Pass, Step 2 CK 262, Step 3 231. Two years as a postdoctoral research fellow at MD Anderson (Houston, TX), now seeking IM residency with a Hem/Onc track; requires H-1B.
## education
Doctor of Medicine (MD), Tehran University of Medical Sciences, Tehran, Iran   2010 — 2017
## research
Postdoctoral Research Fellow, Dept. of Leukemia, UT MD Anderson Cancer Center, Houston, Texas   9/2022 — 8/2024
## clinical experience (US)
Hem/Onc observership, MD Anderson Cancer Center, Houston   4/2023 — 5/2023
IM externship (hands-on), Cleveland Clinic Akron General, Ohio   Oct 2024 — Dec 2024
## clinical experience (Iran)
General Practitioner (mandatory service), Zahedan   2017 — 2019
Physician, Imam Khomeini Hospital Complex, Tehran   2019 — 2022
## publications (peer-reviewed: 6; abstracts: 9)
Selected: Rezaei SA, et al. Venetoclax combinations in older AML. Blood Adv. 2024;8(2):301-312.
## languages
Persian (native) · English · Turkish (conversational)
## references
Dr. Courtney DiNardo, MD Anderson — cdinardo@mdanderson.org
""", header="Seyed Amirhossein Rezaei  |  a.rezaei.md@protonmail.com  |  +98 912 184 7365  |  Tehran")

cv(10, "reportlab_2page_footer", "pdf", "reportlab_footer",
T("Kimberly Ann Persaud", "kpersaud@sgu.edu", "+17185550147", "St. George's University School of Medicine", "GD", 2027, True,
  "pass", None, None, None, "citizen", [FM, PED], ["English"], 0,
  [(H, IM, "NY", "2025-01", "2025-03"), (H, GS, "NY", "2025-03", "2025-05"), (H, PED, "NJ", "2025-07", "2025-08"), (H, OBG, "MD", "2025-09", "2025-10"), (H, FM, "NY", "2026-01", "2026-12")]),
"""
Kimberly Ann Persaud
@Queens, New York | kpersaud@sgu.edu | (718) 555-0147
## EDUCATION
Doctor of Medicine candidate, St. George's University School of Medicine, Grenada, West Indies — expected May 2027
B.S. Biology, Stony Brook University — 2018–2022
## USMLE
Step 1: Pass (June 2024) · Step 2 CK: scheduled Feb 2027
## CORE CLINICAL ROTATIONS (USA)
Internal Medicine — Kings County Hospital, Brooklyn NY — Jan 6 2025 – Mar 28 2025
Surgery — Kingsbrook Jewish Medical Center, New York — March 2025 – May 2025
Pediatrics — Saint Peter's University Hospital, New Brunswick, NJ — Jul–Aug 2025
OB/GYN — Prince George's Hospital Center, Maryland — 09/2025 – 10/2025
Family Medicine longitudinal elective — Wyckoff Heights Medical Center, Brooklyn, NY — Jan 2026 – ongoing
## ACTIVITIES
Family Medicine Interest Group, Treasurer (2023–2024)
Volunteer, Guyanese community health fair, Richmond Hill — Summer 2021
## CITIZENSHIP
US citizen (born Queens, NY; parents from Guyana)
## INTERESTS
Family Medicine, Pediatrics
""", footer="Kimberly Ann Persaud · kpersaud@sgu.edu · (718) 555-0147", pad=True)

cv(11, "txt_nepal", "txt", "txt",
T("Sushmita Adhikari", "sushmita.adhikari27@gmail.com", "+9779841237785", "Institute of Medicine, Tribhuvan University", "NP", 2026, True,
  "pass", None, None, None, "b1b2", [IM, ID], ["Nepali", "English", "Hindi", "Maithili"], 0,
  [(O, ID, "MN", "2025-06", "2025-06")]),
"""
SUSHMITA ADHIKARI
@MBBS Final Year | Institute of Medicine (Maharajgunj Medical Campus), Tribhuvan University, Kathmandu
@Phone: +977-9841237785   Email: sushmita.adhikari27@gmail.com
## About me
Final-year MBBS student (expected graduation: Dec 2026). USMLE Step 1 - passed (Aug 2025). I did a one-month Infectious Disease observership at Mayo Clinic, Rochester, Minnesota in June 2025 on a B1/B2 visa. Planning to apply for Internal Medicine and later ID fellowship.
## Education
MBBS, IOM Maharajgunj, 2021 - present (expected 2026)
+2 Science, St. Xavier's College, Kathmandu, 2018-2020
## Clinical
Clerkships at Tribhuvan University Teaching Hospital: Medicine, Surgery, Paeds, Obs & Gyn (2024-2025)
Health camp volunteer, Rasuwa district, Summer 2023
## Research
"Scrub typhus in Nepal - a case series" - manuscript submitted to JNMA
## Languages
Nepali, English, Hindi, Maithili
## Reference
Prof. Dr. Ramesh Shrestha, IOM - rshrestha@iom.edu.np
""")

cv(12, "html_soffice_odt", "odt", "soffice_odt",
T("Lina Khaled Al-Momani", "lina.almomani@ju.edu.jo", "+962795548213", "University of Jordan", "JO", 2022, False,
  "pass", 251, None, "certified", "j1", [IM, ENDO], ["Arabic", "English"], 1,
  [(O, ENDO, "MI", "2023-07", "2023-08"), (H, IM, "IL", "2024-02", "2024-04")]),
"""
Lina Khaled Al-Momani
@Amman, Jordan — lina.almomani@ju.edu.jo — 00962 79 554 8213
## EDUCATION
Doctor of Medicine (MD), School of Medicine, The University of Jordan, Amman — 2016–2022 (GPA 3.71/4.0, Excellent)
Internship, Jordan University Hospital — 07/2022 – 06/2023
## USMLE / ECFMG
Step 1: Pass · Step 2 CK: 251 · ECFMG Certified (October 2024) · J1 visa needed
## U.S. CLINICAL EXPERIENCE
Endocrinology observership, Henry Ford Hospital, Detroit, MI — Jul 2023 - Aug 2023
Internal Medicine externship (hands-on), Advocate Illinois Masonic, Chicago, Illinois — Feb–Apr 2024
## OTHER EXPERIENCE
Resident, Internal Medicine, King Hussein Medical Center — 2023 - Present
## PUBLICATIONS
Al-Momani LK, Haddad F. Diabetic foot outcomes in Jordan. J Diabetes Res. 2023;2023:8815102.
## INTERESTS
Internal Medicine; Endocrinology
## LANGUAGES
Arabic, English
## REFERENCES
Dr. Samer Haddad, Jordan University Hospital — s.haddad@ju.edu.jo
Dr. Emily Rhodes, Henry Ford Endocrinology — erhodes1@hfhs.org
""")

cv(13, "chromium_modern", "pdf", "chromium_modern",
T("Priyanka Venkataraman", "priyanka.v2001@gmail.com", "+919003218764", "Madras Medical College", "IN", 2025, False,
  "pass", None, None, "not_certified", None, [RAD, IM], ["English", "Tamil", "Telugu"], 0,
  [(O, RAD, "GA", "2025-05", "2025-05"), (TH, IM, "FL", "2025-08", "2025-09")]),
"""
Priyanka Venkataraman
@priyanka.v2001@gmail.com | +91 90032 18764 | Chennai, Tamil Nadu
## About
MBBS graduate (Madras Medical College, 2025). Step 1 passed, Step 2 CK in preparation; not yet ECFMG certified. Interested in Radiology and Internal Medicine. Did a radiology obs. at Emory University Hospital, Atlanta GA in May 2025.
## Education
MBBS — Madras Medical College, The Tamil Nadu Dr. M.G.R. Medical University — 2019–2025 (incl. CRRI internship 2024–25)
## US Experience
Virtual IM rotation (telehealth), University of Miami Health System, Florida — Aug 2025 – Sep 2025
## India Experience
CRRI (Compulsory Rotatory Residential Internship), Rajiv Gandhi Govt. General Hospital — Apr 2024 – Mar 2025
## Achievements
Gold medal, Anatomy (2020) · UWorld self-assessment: 68%
## Languages
English, Tamil, Telugu
""")

cv(14, "rtf_soffice", "rtf", "soffice_rtf",
T("Ahmed Samir El-Sayed", "ahmed.elsayed.mans@gmail.com", "+201224591730", "Mansoura University", "EG", 2019, False,
  "fail", None, None, None, "j1", [IM, NEPH], ["Arabic", "English"], 0,
  [(O, NEPH, "PA", "2022-10", "2022-11"), (H, IM, "NY", "2023-01", "2023-03")]),
"""
AHMED SAMIR EL-SAYED
@Mansoura, Egypt | ahmed.elsayed.mans@gmail.com | +20 122 459 1730
## SUMMARY
MBBCh Mansoura University 2019. USMLE Step 1: Fail (first attempt, Sept 2023) - retake planned for early 2026; Step 2 CK not yet taken. Interested in IM/Nephrology; will need J1.
## EDUCATION
MBBCh, Faculty of Medicine, Mansoura University, Egypt (2012-2019)
Master of Internal Medicine (in progress), Mansoura University, 2021-current
## US ROTATIONS
Nephrology obs — Temple University Hospital, Philadelphia — Oct-Nov 2022 (Pennsylvania)
IM ext (hands-on inpatient) — Brookdale Hospital, Brooklyn, New York — 01/23 - 03/23
## WORK
Resident of Internal Medicine, Mansoura Urology & Nephrology Center, 2020-2022
## LANGUAGES
Arabic, English
""")

cv(15, "docx_plain_2col_dates", "docx", "docx_tabs",
T("Fatima Zahra Bello", "fz.bello@gmail.com", "+2348127734401", "Ahmadu Bello University", "NG", 2020, False,
  "pass", 228, None, "certified", "j1", [OBG, FM], ["English", "Hausa", "Arabic"], 1,
  [(H, OBG, "GA", "2024-04", "2024-05"), (H, FM, "GA", "2024-05", "2024-06"), (O, OBG, "TN", "2024-09", "2024-09")]),
"""
Fatima Zahra Bello
@Kaduna, Nigeria · fz.bello@gmail.com · +234 812 773 4401
## Career summary
OB/GYN-oriented physician from Northern Nigeria; MBBS ABU Zaria (2020); ECFMG certified; J-1 applicant. Also applying Family Medicine.
## Education
MBBS, Ahmadu Bello University, Zaria	2013 - 2020
## US clinical experience
OB-GYN hands-on elective, Grady Memorial Hospital, Atlanta, GA	April 2024 – May 2024
FM ext., Morehouse Family Medicine clinic, Atlanta (Georgia)	5/2024 – 6/2024
OBGYN observership, Meharry / Nashville General Hospital, TN	Sept. 2024
## Nigerian experience
House Officer, ABU Teaching Hospital, Zaria	2020-2021
Medical Officer, Barau Dikko Teaching Hospital, Kaduna	2022 - current
## USMLE
Step 1 Pass | Step 2 CK 228 | OET B
## Publications
Bello FZ, Musa A. Maternal near-miss in northern Nigeria. Niger J Clin Pract. 2022;25(7):1040-5.
Oral presentation, SOGON 2023
## Languages
English, Hausa, Arabic (Quranic/reading)
## References
Dr. Kenya Williams, Grady OB/GYN — kwilliams@gmh.edu
""")

cv(16, "fpdf_ross_student", "pdf", "fpdf_student",
T("Rohan Mehta", "rohanmehta@students.rossu.edu", "+19735550123", "Ross University School of Medicine", "BB", 2026, False,
  "pass", 247, None, "pending", "green_card", [ANES, EM], ["English", "Gujarati", "Hindi"], 0,
  [(H, IM, "GA", "2024-07", "2024-09"), (H, PSY, "CA", "2024-10", "2024-11"), (H, GS, "IL", "2025-01", "2025-03"), (H, ANES, "NJ", "2025-06", "2025-06"), (H, EM, "FL", "2025-08", "2025-08")]),
"""
Rohan Mehta
@Jersey City, NJ | rohanmehta@students.rossu.edu | 973-555-0123 | Permanent Resident (Green Card)
## Education
MD, Ross University School of Medicine, Bridgetown, Barbados — Aug 2021 – May 2026 (MD conferred May 2026)
BS Biochemistry, Rutgers University — 2017–2021
## Licensing
USMLE Step 1 — Pass (2023); Step 2 CK — 247 (2025); ECFMG certification pending graduation paperwork
## Clinical Rotations
IM core — Atlanta Medical Center, Georgia — 07/2024–09/2024
Psych core — Kern Medical, Bakersfield, CA — 10/2024–11/2024
Surg core — Mount Sinai Hospital Chicago (IL) — 2025-01 to 2025-03
Anesthesiology sub-I — Saint Barnabas Medical Center, Livingston NJ — June 2025
EM elective (audition) — Broward Health Medical Center, Fort Lauderdale, FL — Aug '25
## Interests
Anesthesiology (primary); Emergency Medicine (backup)
## Languages
English, Gujarati, Hindi
""")

# ---------------- scans ----------------
cv(17, "scan_pdf_rotated", "pdf", "scan_pdf",
T("Muhammad Bilal Chaudhry", "bilal.chaudhry91@gmail.com", "+923334567120", "Allama Iqbal Medical College", "PK", 2016, False,
  "pass", 230, None, "certified", "j1", [IM, GI], ["English", "Urdu", "Punjabi"], 0,
  [(H, IM, "NY", "2023-05", "2023-07"), (O, GI, "IL", "2023-08", "2023-08")]),
"""
MUHAMMAD BILAL CHAUDHRY
@Lahore, Pakistan   +92 333 4567120   bilal.chaudhry91@gmail.com
## OBJECTIVE
Internal Medicine residency, GI fellowship later. ECFMG certified, J-1.
## EDUCATION
MBBS, Allama Iqbal Medical College, Lahore, 2011-2016
## USMLE
Step 1 Pass, Step 2 CK 230
## US CLINICAL EXPERIENCE
IM externship, Interfaith Medical Center, Brooklyn NY, May 2023 - Jul 2023
GI observership, UChicago Medicine, Illinois, Aug 2023
## LANGUAGES
English, Urdu, Punjabi
""", angle=1.2)

cv(18, "scan_jpg_photo", "jpg", "scan_jpg",
T("Nkechi Adaeze Okonkwo", "nkechi.okonkwo@gmail.com", "+2348091234567", "University of Lagos", "NG", 2021, False,
  "pass", None, None, None, "b1b2", [PED], ["English", "Igbo"], 0,
  [(O, PED, "TX", "2024-06", "2024-07")]),
"""
Nkechi Adaeze Okonkwo
@nkechi.okonkwo@gmail.com | +234 809 123 4567 | Lagos
## Summary
MBBS (UNILAG 2021). Step 1 passed. Peds observership at Texas Children's Hospital, Houston TX, Jun-Jul 2024 (B1/B2).
## Education
MBBS, College of Medicine, University of Lagos, 2014 - 2021
## Work
House Officer, LUTH, 2021-2022; Medical Officer, Massey Street Children's Hospital, 2022 - date
## Interests
Pediatrics
## Languages
English, Igbo
""", angle=-0.8)

cv(19, "scan_png_lowcontrast", "png", "scan_png",
T("Trần Minh Khoa", "khoa.tranminh@gmail.com", "+84903456789", "Hanoi Medical University", "VN", 2022, False,
  "pass", 240, None, "certified", "j1", [IM], ["Vietnamese", "English"], 0,
  [(H, IM, "CA", "2024-09", "2024-11")]),
"""
Trần Minh Khoa
@khoa.tranminh@gmail.com  ·  +84 903 456 789  ·  Hà Nội, Việt Nam
## Education
Doctor of Medicine (Bác sĩ Đa khoa), Hanoi Medical University, 2016-2022
## USMLE
Step 1 Pass; Step 2 CK 240; ECFMG certified; J-1
## US Clinical Experience
IM hands-on rotation, Loma Linda University Medical Center, California, Sep-Nov 2024
## Interests
Internal Medicine
## Languages
Vietnamese, English
""", angle=0.6)

cv(20, "scan_pdf_blurry", "pdf", "scan_pdf",
T("Karla Ramírez Soto", "karla.ramirez.md@gmail.com", "+525512349876", "Universidad Autónoma de Guadalajara", "MX", 2020, False,
  "pass", 226, None, "certified", "b1b2", [FM], ["Spanish", "English"], 0,
  [(H, FM, "TX", "2023-02", "2023-03"), (O, FM, "CA", "2023-06", "2023-06")]),
"""
Karla Ramírez Soto
@karla.ramirez.md@gmail.com | +52 55 1234 9876
## Education
Médico Cirujano, Universidad Autónoma de Guadalajara, 2014-2020
## Exams
USMLE Step 1 Pass, Step 2 CK 226, ECFMG Certified
## USCE
FM hands-on, UT Health San Antonio, Texas, 02/2023-03/2023
FM obs., Sutter Health, Sacramento, CA, June 2023
## Interests
Family Medicine
## Languages
Spanish, English
## Visa
B1/B2
""", angle=-1.6)

cv(21, "scan_pdf_2page", "pdf", "scan_pdf",
T("Reza Karimi", "reza.karimi.md@gmail.com", "+989351234876", "Shiraz University of Medical Sciences", "IR", 2018, False,
  "pass", 245, None, "certified", None, [PSY, NEU], ["Persian", "English"], 1,
  [(O, PSY, "MA", "2024-03", "2024-04")]),
"""
Reza Karimi
@reza.karimi.md@gmail.com   +98 935 123 4876   Shiraz, Iran
## Summary
MD (Shiraz University of Medical Sciences, 2018). ECFMG certified. Interested in Psychiatry and Neurology.
## USMLE
Step 1 Pass, Step 2 CK 245
## US Experience
Psychiatry observership, McLean Hospital, Belmont, MA, 03/2024 - 04/2024
## Iran
GP, Shiraz Psychiatric Hospital, 2019-present
## Publications
Karimi R, et al. Ketamine in TRD. Iran J Psychiatry. 2022;17(3):250-8.
## Languages
Persian, English
""", angle=0.9)

# ---------------- damaged ----------------
cv(22, "damaged_truncated", "pdf", "damaged_truncated", None, "")
cv(23, "damaged_encrypted", "pdf", "damaged_encrypted", None, "")
cv(24, "damaged_random", "docx", "damaged_random", None, "")
