# -*- coding: utf-8 -*-
"""CV content for writer w122, in a tiny markup shared by all renderers.
# name   ~ alt-script name   > headline   @ contact   == section
* title || dates   (indented lines continue the entry)   - bullet   . paragraph
"""
CV = {}

CV["001"] = """
# Dr. Rohit Kumar Yadav, MD (Physician)
> Internal Medicine applicant | ECFMG certified | FMGE qualified | NMC registered
@ Jaipur, Rajasthan 302017, India
@ rohit.k.yadav.md@gmail.com
@ Mobile / WhatsApp: +91 98290 45117
@ Date of birth: 14 August 1999
== Career Objective
. Physician trained at Kazan State Medical University (Russia) seeking an Internal Medicine residency in the United States, with a long-term goal of fellowship training in Cardiology.
== Education
* Kazan State Medical University (Казанский государственный медицинский университет), Kazan, Russian Federation || Sep 2017 – Jun 2023
  Degree: General Medicine – MD (Physician), 6-year programme, English medium; recognised by NMC as equivalent to MBBS
  Clinical years (4th–6th) at Republican Clinical Hospital and City Clinical Hospital No. 7, Kazan
* Senior Secondary (PCB), Central Academy, Jaipur – CBSE, 91.2% || 2017
== Licensure & Examinations
- FMGE (NBEMS), December 2023 session – Qualified; NMC (Rajasthan Medical Council) permanent registration 2025
- USMLE Step 1 – Pass (August 2024)
- USMLE Step 2 CK – 241 (March 2025)
- OET Medicine – Grade B in all subtests (2024)
- ECFMG Certification – certified, June 2025
== Internship (India)
* Compulsory Rotating Medical Internship (CRMI), SMS Medical College & Hospital, Jaipur || Jan 2024 – Dec 2024
  Medicine, Surgery, Obstetrics & Gynaecology, Paediatrics, Community Medicine, Casualty
== US Clinical Experience
* Observership – Internal Medicine, Newark Beth Israel Medical Center, Newark, NJ || Feb 2025 – Mar 2025
  Attended rounds and morning report; presented two cases of decompensated heart failure
* Clinical Externship (hands-on) – Family Medicine, Bellaire Community Health Clinic, Houston, TX || May 2025 – Jul 2025
  Took histories, performed examinations, wrote SOAP notes in eClinicalWorks under supervision
* Research Volunteer – Cardiology, Heart & Vascular Outcomes Lab, Chicago, IL || Sep 2025 – Present
  Retrospective chart review on atrial fibrillation readmissions
== Publications
- Yadav RK, Khasanov R, Galiullina L. Prevalence of metabolic syndrome among international medical students in Kazan. Kazan Medical Journal. 2022;103(4):612-618.
- Yadav RK, Sharma P, Meena D. Outcomes of dengue with thrombocytopenia in a tertiary hospital in Rajasthan. Cureus. 2025;17(2):e78812.
== Posters & Manuscripts
- Poster: Readmission predictors in atrial fibrillation – regional ACP meeting, Chicago, 2026
- Manuscript submitted: SGLT2 inhibitors and AF burden – a retrospective cohort (under review)
== Languages
. English (fluent), Hindi (native), Russian (B2 – used daily with patients during clinical years)
== Visa
. Will require J-1 visa sponsorship (ECFMG) for residency and rotations.
== References
- Dr. Lauren Mitchell, MD, Program Faculty, Internal Medicine, Newark, NJ – l.mitchell.im@nbimc-example.org – +1 (973) 555-0182
- Prof. Albert Khasanov, Department of Hospital Therapy, Kazan SMU – +7 843 236-06-52
"""

CV["002"] = """
# Sushmita Adhikari
~ सुस्मिता अधिकारी
> 6th-year medical student (MD programme) – aspiring Pediatrics resident
@ Tbilisi, Georgia (originally Kathmandu, Nepal)
@ sushmita.adhikari27@outlook.com
@ My WhatsApp (Georgia): +995 599 21 47 83
@ Home (Kathmandu, parents): +977 1-4412356
@ linkedin.com/in/sushmita-adhikari-md
== Profile
. Final-year international student at Tbilisi State Medical University. Passionate about general pediatrics and child health in low-resource settings. Expected graduation: June 2027.
== Education
* Tbilisi State Medical University (თბილისის სახელმწიფო სამედიცინო უნივერსიტეტი), Tbilisi, Georgia || Sept 2021 – expected June 2027
  One-Cycle Educational Programme "Medical Doctor" (MD), 6 years, English language
  Current GPA 3.71 / 4.0
* +2 Science, St. Xavier's College, Maitighar, Kathmandu || 2019 – 2021
== Examinations
- USMLE Step 1: scheduled for March 2027 (not yet taken)
- UWSA 1: 232 · UWSA 2: 241 · NBME Form 30: 226 (practice assessments, 2026)
- Nepal Medical Council Licensing Examination – will sit after graduation
== Clinical Rotations (Georgia & Nepal)
- Pediatrics, Iashvili Children's Central Hospital, Tbilisi – Oct–Dec 2025
- Internal Medicine, First University Clinic TSMU – Feb–Apr 2026
- Summer elective, Kanti Children's Hospital, Maharajgunj, Kathmandu, Nepal – Jul–Aug 2024
== US Clinical Experience
* Pediatric Observership, Nationwide Children's Hospital, Columbus, OH || 4 weeks, starting 14 July 2025
  Observed general pediatrics inpatient team and newborn nursery
== Research & Presentations
- Poster: Vitamin D status among Nepali adolescents – TSMU Student Scientific Conference, May 2025
- Case report in preparation: Kawasaki disease with coronary aneurysm in a Georgian toddler
== Volunteering
- Nepal Red Cross Society, health camp volunteer, Sindhupalchok (2020)
== Languages
- Nepali – native
- English – fluent (IELTS 8.0)
- Hindi – fluent
- Georgian – basic (for patient greetings and history taking)
== Visa
. Current US B1/B2 visa holder (valid until 2030)
"""

CV["003"] = """
# Dr. Muhammad Hamza Qureshi
~ محمد حمزہ قریشی
> MD (Osh State University) – Internal Medicine & Nephrology
@ Primary mobile (US): +1 718 555 0147 (WhatsApp)
@ Pakistan (father): +92 300 8456123
@ hamza.qureshi.md@gmail.com
@ 148 Linden Blvd, Apt 3B, Brooklyn, NY 11226 | Permanent: Model Town, Lahore, Pakistan
== Education
* Osh State University, International Medical Faculty, Osh, Kyrgyzstan || 09/2016 – 06/2022
  MD (equivalent to MBBS), 6-year programme; clinical clerkships at Osh Interregional Clinical Hospital
* F.Sc. Pre-Medical, Government College, Lahore || 2014 – 2016
== Licensing
- Pakistan Medical Commission – National Licensing Examination (NLE): passed, 2023; full registration PMDC
- USMLE Step 1: Pass (06/2024)
- USMLE Step 2 CK: 229 (11/2024)
- ECFMG: certification pending – OET passed, awaiting final verification
- NBME CCSSA practice: 72%
== Postgraduate Training (Pakistan)
* House Job (House Officer), Mayo Hospital, Lahore – Medicine and Surgery || 03/2023 – 02/2024
== US Clinical Experience
* Hands-on Externship – Internal Medicine, Brookdale Hospital Medical Center, Brooklyn, NY || 01/2025 – 02/2025
* Observership – Nephrology, Henry Ford Hospital, Detroit, MI || 03/2025 – 04/2025
* Telehealth Clerkship – Internal Medicine, Orlando Virtual Care Clinic, Orlando, FL || 06/2025
== Publications (peer-reviewed)
- Qureshi MH, Asanov B. Hepatitis C treatment outcomes in southern Kyrgyzstan. Cureus. 2021;13(9):e18034.
- Qureshi MH, et al. Hyponatremia in hospitalized elderly in Lahore. J Pak Med Assoc. 2024;74(2):301-305.
- Iqbal S, Qureshi MH, Tariq A. Contrast-induced nephropathy after PCI: a single-centre study. Pak J Med Sci. 2024;40(6):1122-1127.
== Abstracts
- AKI in dengue – abstract, ASN Kidney Week 2025
- CKD screening camp outcomes – abstract, PSIM Annual Conference 2023
== Languages
. Urdu (native), Punjabi (native), English (fluent), Russian (intermediate), Kyrgyz (basic)
== Career Interests
. Internal Medicine residency; future fellowship in Nephrology.
== Visa Status
. Currently in the US on a B1/B2 visitor visa.
== References
- Dr. Samuel Okafor, Attending Physician, Brookdale Hospital – +1 (718) 555-0190 – s.okafor@brookdale-example.org
"""

CV["004"] = """
# Farhana Islam Chowdhury, MBBS
~ ফারহানা ইসলাম চৌধুরী
> Psychiatry residency applicant | ECFMG certified | US permanent resident
@ farhana.chowdhury.md@gmail.com
@ Cell: +1 (412) 555-0193
@ Pittsburgh, PA 15213, USA
@ Family contact (Dhaka): +880 1711-238904
== Education
* China Medical University (中国医科大学), Shenyang, Liaoning, P.R. China || 2015 – 2021
  Bachelor of Medicine, Bachelor of Surgery (MBBS), English-taught, 6 years including 1-year internship at the First Affiliated Hospital
* HSC (Science), Viqarunnisa Noon School & College, Dhaka || 2014
== Registration & Examinations
- BMDC (Bangladesh Medical & Dental Council) registration examination for foreign graduates – passed 2022
- USMLE Step 1 – PASS (2022)
- USMLE Step 2 CK – 245 (2023)
- USMLE Step 3 – 221 (2025)
- ECFMG certified (2023)
== US Clinical & Research Experience
* Research Assistant – Psychiatry, Western Psychiatric Hospital, Pittsburgh, PA || Jan 2024 – Dec 2024
  Data collection for a trial on ketamine in treatment-resistant depression
* Observership – Psychiatry, Hackensack Meridian Health, Hackensack, NJ || Nov 2024 – Dec 2024
* Clinical Externship (hands-on) – Psychiatry, BronxCare Health System, Bronx, NY || Feb 2025 – Apr 2025
* Observership – Neurology, Johns Hopkins Bayview, Baltimore, MD || May 2025
== Clinical Experience (Bangladesh)
* Medical Officer, Department of Psychiatry, Dhaka Medical College Hospital || Aug 2022 – Nov 2023
== Publications
- Chowdhury FI, Wang L. Internet addiction among medical students in Shenyang. Asian J Psychiatr. 2021;58:102611.
- Chowdhury FI, Rahman M. Postpartum depression screening in urban Dhaka. Bangladesh J Psychiatry. 2023;37(1):14-19.
- Chowdhury FI, et al. Ketamine response predictors: a pilot analysis. J Affect Disord. 2025;368:55-61.
- Patel R, Chowdhury FI, Lee K. Sleep and suicidality in adolescents. Psychiatry Res. 2025;342:116201.
== Interests
. Adult Psychiatry; also open to Neurology.
== Languages
. Bengali (native), English (fluent), Chinese – Mandarin (HSK 4), Hindi (conversational)
== Immigration
. Lawful permanent resident (Green Card holder) since 2024 – no visa sponsorship needed.
"""

CV["005"] = """
# Tharindu Sandaruwan Perera
> MD (General Medicine), KazNMU | SLMC registered | ECFMG certified
@ 42/7 Temple Road, Nugegoda, Sri Lanka
@ tharindu.perera.kz@gmail.com | +94 77 345 6781
== Professional Summary
. Sri Lankan physician trained in Kazakhstan with four years of clinical work in Sri Lanka. Seeking Internal Medicine residency with later Hematology-Oncology fellowship.
== Education
* Kazakh National Medical University named after S.D. Asfendiyarov (Казахский национальный медицинский университет имени С. Д. Асфендиярова), Almaty, Kazakhstan || 2014 – 2020
  Specialty: General Medicine – degree awarded: Doctor of Medicine (MD), 6 years
* G.C.E. Advanced Level, Biology stream, Ananda College, Colombo || 2013
== Licensure
- ERPM (Examination for Registration to Practise Medicine), Sri Lanka Medical Council – passed 2021
- USMLE Step 1 – Passed (2023)
- USMLE Step 2 CK – 233 (2024)
- USMLE Step 3 – scheduled 2027
- ECFMG certification – certified (2024)
== Clinical Experience (Sri Lanka)
* Intern Medical Officer, National Hospital of Sri Lanka, Colombo || 2022
* Senior House Officer, Oncology Unit, Apeksha Hospital, Maharagama || 2023 – 2025
== US Clinical Experience
* Observership, Hematology-Oncology, Cleveland Clinic Taussig Cancer Institute, Cleveland, OH || 03.2025 – 05.2025
* Externship (hands-on), Internal Medicine, Mount Sinai Hospital, Chicago, IL || 06.2025 – 07.2025
== Publications
- Perera TS, Jayasekara N. Febrile neutropenia outcomes in a Sri Lankan cancer hospital. Ceylon Med J. 2024;69(1):22-27.
- Perera TS, et al. Imatinib adherence in CML patients: a case series. Sri Lanka J Cancer. 2025;4(2):45-50.
== Languages
. Sinhala (native), Tamil (conversational), English (fluent), Russian (fluent – clinical), Kazakh (basic)
== Visa
. Will require H-1B visa sponsorship.
== Referees
- Dr. Nirmala Jayasekara, Consultant Oncologist, Apeksha Hospital – +94 11 285 0251 – nirmala.j@apeksha-example.lk
- Dr. Michael Brennan, Staff Physician, Cleveland, OH – +1 216 555 0138
"""

CV["006"] = """
# Priya Venkataraman
~ பிரியா வெங்கடராமன்
> Doctor of Medicine (Philippines) | FMGE cleared | Family Medicine / OB-GYN
@ Email: priya.venkat.md@yahoo.com
@ Phone: +91-94440-12873
@ Address: 17, 2nd Cross Street, Adyar, Chennai 600020, Tamil Nadu, India
== OBJECTIVE
. To obtain a Family Medicine residency position in the US; strong secondary interest in Obstetrics & Gynaecology.
== EDUCATION
* Doctor of Medicine (MD), Davao Medical School Foundation, Inc., Davao City, Philippines || 2019 - 2023
  4-year MD incl. clinical clerkship at Southern Philippines Medical Center
* BS Biology (pre-medical), Davao Medical School Foundation || 2017 - 2019
* Class XII, DAV Girls Senior Secondary School, Chennai || 2017
== EXAMS
- FMGE June 2024 - cleared; Tamil Nadu Medical Council registration
- USMLE Step 1 - Pass
- USMLE Step 2 CK - 236
- ECFMG certified (2025)
- UWorld Self Assessment (UWSA2) - 248 (practice)
== INTERNSHIP (INDIA)
* CRMI, Madras Medical College & Rajiv Gandhi Government General Hospital, Chennai || Aug 2024 - Jul 2025
== US CLINICAL EXPERIENCE
* Observership - Family Medicine, Sacramento Family Health Center, Sacramento, CA || Summer 2025 (Jun - Aug)
* Hands-on rotation - Obstetrics & Gynecology, Memorial Hermann, Houston, TX || 2025-10 to 2025-11
== RESEARCH
- Manuscript in preparation: Anemia in pregnancy in Davao region
== LANGUAGES
- Tamil (mother tongue), English, Hindi
- Filipino/Tagalog (basic), Cebuano/Bisaya (conversational - used with patients in Davao)
== VISA
. Will need J-1 visa.
== REFERENCES
- Dr. Maricel Dela Cruz, MD, FPOGS - Professor, DMSF - +63 82 227 2045
- Dr. Kevin Tran, MD - Family Medicine, Sacramento, CA - +1 916 555 0104 - ktran.fm@example.org
"""

CV["007"] = """
# Karandeep Singh
> MD General Medicine (Uzbekistan) – CRMI intern, Amritsar
@ karandeep.singh.md@gmail.com
@ India (current): +91 81462 30975
@ Uzbekistan (old, not in use): +998 93 512 44 08
@ Ranjit Avenue, Amritsar, Punjab 143001
@ Born: 2001
== Education
* Samarkand State Medical University (Самаркандский государственный медицинский университет), Samarkand, Uzbekistan || Sep 2022 – Jun 2025
  Degree: General Medicine (MD), awarded June 2025 – transferred in 4th year under academic mobility
* Kharkiv National Medical University, Kharkiv, Ukraine || Sep 2019 – Feb 2022
  Years 1–3 of General Medicine; studies interrupted by the war, transferred to Samarkand
== Screening & Licensing
- FMGE January 2026 – qualified; Punjab Medical Council provisional registration
- USMLE Step 1: preparing – UWSA 2: 245, NBME 31: 238 (practice)
== Internship
* Compulsory Rotating Medical Internship, Government Medical College, Amritsar || Feb 2026 – present
== US Experience
* Tele-observership – Emergency Medicine, Truman Medical Centers (virtual), Kansas City, MO || 4 weeks, August 2025
== Clinical Rotations (abroad)
- Surgery, Samarkand Regional Multidisciplinary Medical Centre, 2023
- Emergency & Intensive Care, Republican Emergency Medical Centre, Samarkand branch, 2024
== Interests
. Emergency Medicine; Anesthesiology
== Languages
. Punjabi, Hindi, English, Russian (fluent), Ukrainian (basic), Uzbek (basic)
== Publications
. None yet.
"""

CV["008"] = """
# Roshan Shrestha, MBBS
~ रोशन श्रेष्ठ
> Internal Medicine • Pulmonary & Critical Care
@ roshan.shrestha.mbbs@gmail.com
@ US cell (current): +1 (617) 555-0126
@ Nepal (family): +977 9846-123789
@ Boston, MA · Pokhara-8, Kaski, Nepal
== Summary
. Nepali physician, MBBS from Bangladesh, three years of clinical work in Nepal. ECFMG certified. Applying for Internal Medicine with a goal of Pulmonary and Critical Care fellowship.
== Education
* MBBS, Holy Family Red Crescent Medical College, Dhaka, Bangladesh (University of Dhaka) || 2016 – 2022
* Compulsory Internship, Holy Family Red Crescent Medical College Hospital, Dhaka || 2022 – 2023
== Licensure & Exams
- Nepal Medical Council Licensing Examination – passed (2023), NMC Reg. No. 23xxx
- USMLE Step 1 – PASS (2025)
- USMLE Step 2 CK – 252 (2026)
- ECFMG Certified – 2026
== Work Experience (Nepal)
* Medical Officer, Emergency & ICU, Western Regional Hospital, Pokhara || Aug 2023 – Sep 2025
== US Clinical Experience
* Clinical Externship (hands-on), Internal Medicine, Grady Memorial Hospital, Atlanta, GA || Jan – Mar 2026
* Observership, Pulmonary & Critical Care, Jackson Memorial Hospital, Miami, FL || April 2026
* Research Fellow, Pulmonary & Critical Care, Brigham-affiliated ARDS Outcomes Group, Boston, MA || Jun 2026 – present
== Publications
- Shrestha R, Gurung P. High-altitude pulmonary edema cases at a western Nepal hospital. J Nepal Med Assoc. 2024;62(270):88-92.
- Shrestha R, et al. Organophosphate poisoning in Kaski district: ICU outcomes. Nepal Med Coll J. 2025;27(1):10-15.
- Adhikari B, Shrestha R. Prone positioning in resource-limited ICUs. Cureus. 2025;17(6):e61234.
== Languages
- Nepali (native)
- Newari / Nepal Bhasa (native)
- English (fluent)
- Hindi (fluent)
- Bengali (conversational)
== Visa
. Requires J-1 visa.
== References
- Dr. Prakash Gurung, Chief, ICU, Western Regional Hospital – +977 61-520066
"""

CV["009"] = """
# Sneha Reddy Gaddam
~ स्नेहा रेड्डी गड्डम
> MD (Yerevan) | USMLE Step 1 passed | CRMI intern, Hyderabad
@ sneha.gaddam.ysmu@gmail.com
@ +91 99490 56312 (mobile/WhatsApp)
@ Armenian number (until 2024): +374 94 123456
@ Kukatpally, Hyderabad 500072, Telangana, India
== Education
* Yerevan State Medical University after Mkhitar Heratsi (Երևանի Մխիթար Հերացու անվան պետական բժշկական համալսարան), Yerevan, Armenia || 2018 – 2024
  Faculty of General Medicine – MD, 6 years, English medium
== Screening Exams
- FMGE – June 2025, passed; Telangana Medical Council registration
- USMLE Step 1 – Pass (May 2025)
- USMLE Step 2 CK – scheduled January 2027
- NBME Form 13 (CK practice) – 245
- ECFMG – not yet certified
== Internship
* CRMI – Gandhi Medical College & Hospital, Secunderabad || Aug 2025 – ongoing
== US Clinical Experience
* Observership – Pediatrics, SUNY Downstate, Brooklyn, NY || 15/04/2024 – 10/05/2024
* Observership – Neurology, UT Southwestern, Dallas, TX || Mar 2025
== Publication
- Gaddam SR, Hakobyan A. Febrile seizures in Yerevan children: a 5-year review. New Armenian Medical Journal. 2024;18(2):40-46.
== Interests
. Pediatrics, with special interest in Neurology
== Languages
. Telugu, Hindi, English, Armenian (basic), Russian (basic)
== References
- Prof. Anna Hakobyan, Department of Pediatrics, YSMU – +374 10 582532
"""

CV["010"] = """
# Nethmi Dilhara Wijesinghe
~ නෙත්මි දිල්හාරා විජේසිංහ
> MD (Volgograd) – Obstetrics & Gynecology
@ nethmi.wijesinghe@proton.me
@ My WhatsApp: +94 71 890 2345
@ Old Russian number (Volgograd, inactive): +7 (927) 512-34-89
@ Kandy, Sri Lanka
== Education
* Volgograd State Medical University (Волгоградский государственный медицинский университет), Volgograd, Russia || 2019 – 2025
  Specialist degree "General Medicine" (MD Physician), 6 years, English medium with Russian for clinical years
== Examinations
- USMLE Step 1 – Pass (October 2026)
- ERPM Part I, Sri Lanka Medical Council – passed August 2026
- ECFMG certification – pending (Step 2 CK outstanding)
== US Clinical Experience
* Observership, Obstetrics & Gynecology – Robert Wood Johnson University Hospital, New Brunswick, NJ || 2026-09 – 2026-10
* Hands-on Externship, Obstetrics & Gynecology – Jersey City Medical Center, Jersey City, NJ || Nov 2026 – present
== Clinical Training (Russia)
- Obstetrics, Volgograd Regional Perinatal Centre No. 2 – 2024
- Therapy (Internal Medicine), Volgograd Clinical Hospital No. 4 – 2023–2024
== Interests
. Obstetrics and Gynecology
== Languages
. Sinhala (native), English (fluent), Russian (B2), Tamil (basic)
== Visa
. Holds a valid US B1/B2 visa.
"""

CV["011"] = """
# Nikhil Menon
> Doctor of Medicine (AUA) – Internal Medicine
@ Email: nikhil.menon.aua@gmail.com
@ US cell (preferred): +1 (347) 555-0178
@ India: +91 94470 21856
@ Kochi, Kerala, India · Queens, NY
== Education
* American University of Antigua College of Medicine, St. John's, Antigua and Barbuda || Jan 2019 – May 2023
  Doctor of Medicine (MD); basic sciences in Antigua, clinical clerkships in US teaching hospitals
* B.Sc. Zoology, St. Albert's College, Ernakulam || 2015 – 2018
== USMLE & ECFMG
- Step 1: Pass (2021)
- Step 2 CK: 248 (2022)
- Step 3: 226 (2024)
- ECFMG Certified (2023)
== Core Clerkships (US)
* Internal Medicine – Flushing Hospital Medical Center, Queens, NY || Jul 2021 – Sep 2021
* Surgery – St. Agnes Hospital, Baltimore, MD || Oct 2021 – Dec 2021
* Pediatrics – Saint Anthony Hospital, Chicago, IL || Jan 2022 – Feb 2022
* Obstetrics & Gynecology – Saint Anthony Hospital, Chicago, IL || Mar 2022 – Apr 2022
* Psychiatry – Larkin Community Hospital, Miami, FL || May 2022 – Jun 2022
* Family Medicine – Morehouse Family Practice, Atlanta, GA || Jul 2022 – Aug 2022
== Electives (US)
* Cardiology – Wyckoff Heights Medical Center, Brooklyn, NY || Sep 2022
* Emergency Medicine – Jersey Shore University Medical Center, Neptune, NJ || Oct 2022 – Nov 2022
* Gastroenterology – Flushing Hospital Medical Center, Queens, NY || Jan 2023 – Feb 2023
== Research
* Research Associate – Cardiology, Mount Sinai Morningside, New York, NY || 06/2023 – 05/2024
== Publications
- Menon N, Rao S. Troponin elevation in sepsis and 30-day mortality. Cureus. 2024;16(1):e51123.
- Rao S, Menon N, Ali H. QT prolongation with antiemetics in the ED. J Community Hosp Intern Med Perspect. 2024;14(3):20-25.
== Career Goal
. Internal Medicine residency.
== Languages
. Malayalam, English, Hindi, Tamil
== Visa
. Will require J-1 sponsorship.
"""

CV["012"] = """
# Mohd. Faizan Ansari
~ मोहम्मद फ़ैज़ान अंसारी · محمد فیضان انصاری
> MD (Physician) 2026 – Orenburg State Medical University – General Surgery
@ faizan.ansari98@mail.ru
@ Russia (primary, WhatsApp/Telegram): +7 (987) 345-12-90
@ India (parents): +91 70071 23456
@ ul. Sovetskaya 6, Orenburg, Russia · Gorakhpur, Uttar Pradesh, India
@ Year of birth: 1998
== Education
* Orenburg State Medical University (Оренбургский государственный медицинский университет), Orenburg, Russia || Sep 2020 – Jul 2026
  General Medicine (Лечебное дело) – MD (Physician), diploma awarded July 2026; 6-year programme
* Senior Secondary, Jamia Millia Islamia School, New Delhi || 2019
== Exams
- USMLE Step 1: PASS (first attempt, 09/2026)
- NExT / FMGE: awaiting next session (India)
- Russian State Accreditation exam (первичная аккредитация) – passed 2026
== US Clinical Experience
* Observership – Internal Medicine, JFK University Medical Center, Edison, NJ || Summer 2024 (July–August)
* Surgical Observership – General Surgery, Houston Methodist Hospital, Houston, TX || 06.07.2026 – 31.07.2026
== Clinical Years in Russia
- Surgery sub-internship, Orenburg Regional Clinical Hospital No. 1 – 2025
- Assistant to surgical nurse (paid summer practice) – 2023
== Publication
- Ansari MF, Kuznetsova EV. Acute appendicitis in pregnancy: 10-year review. Orenburg Medical Bulletin. 2025;13(2):18-23.
== Goal
. General Surgery residency.
== Languages
. Hindi, Urdu, Bhojpuri, English, Russian (C1 – daily patient contact)
== Visa
. Holds US B1/B2 visa (valid through 2031).
"""

CV["013"] = """
# Anjali Gurung
~ अञ्जली गुरुङ
> MBBS (Hebei Medical University) | Nepal Medical Council registered | ECFMG certified
@ anjali.gurung.mbbs@gmail.com
@ Tel: +977 9856-032114
@ Lakeside, Pokhara, Nepal
@ Old China number (not in use): +86 138 3115 2760
== Personal Statement
. Family physician in Nepal interested in Family Medicine residency and later Geriatrics.
== Education
* Hebei Medical University (河北医科大学), Shijiazhuang, Hebei, China || 2014 – 2020
  MBBS (English-medium), 6 years incl. internship at the Second Hospital of Hebei Medical University
== Licensing
- Nepal Medical Council Licensing Examination – passed, 2021
- USMLE Step 1 – 232 (Nov 2021)
- USMLE Step 2 CK – 240 (2022)
- USMLE Step 3 – 215 (2024)
- ECFMG – Certified (2022)
== Work Experience
* Medical Officer, Gandaki Provincial Hospital, Pokhara || 2021 – 2022 and 2023 – present
== US Clinical Experience
* Observership – Geriatrics, Highland Hospital, Rochester, NY || January–February 2023
* Hands-on Clinical Rotation – Family Medicine, University of Michigan Health, Ann Arbor, MI || 2023-03 – 2023-05
* Observership – Family Medicine, Swedish Medical Center, Seattle, WA || 2023-05 – 2023-06
== Publications
- Gurung A, Li Y. Polypharmacy among elderly outpatients in Shijiazhuang. Chin J Geriatr. 2020;39(8):901-905.
- Gurung A, Thapa S. Hypertension control in rural Kaski. Nepal J Epidemiol. 2023;13(2):1260-1266.
== Languages
. Nepali, Gurung (Tamu), English, Hindi, Chinese (Mandarin, HSK 3)
== Visa
. J-1 visa required.
"""

CV["014"] = """
# Ayesha Tariq
> MD (General Medicine), Tashkent Medical Academy – Internal Medicine / Endocrinology
@ ayesha.tariq.tma@gmail.com
@ +92 333 4129087
@ Gulberg III, Lahore, Pakistan
== Education
* Tashkent Medical Academy (Toshkent tibbiyot akademiyasi), Tashkent, Uzbekistan || 2017 – 2023
  General Medicine – MD, 6 years; clinical rotations at TMA multidisciplinary clinic
== Licensing
- PM&DC / Pakistan Medical Commission – National Licensing Examination: passed 2024
- USMLE Step 1: Pass
- USMLE Step 2 CK: 226 (2026)
- ECFMG: pending
== House Job
* House Officer, Services Hospital, Lahore || Mar 2024 – Feb 2025
== US Clinical Experience
* Observership – Endocrinology, Houston Methodist, Houston, TX || Aug 2026 – Sep 2026
* Hands-on Externship – Internal Medicine, Mount Sinai Hospital, Chicago, IL || Oct 2026 – present
== Publications & Posters
- Tariq A, Yusupova D. Thyroid nodules in iodine-deficient Uzbekistan. Cureus. 2023;15(4):e37711. (peer-reviewed)
- Poster: Diabetic foot outcomes, Services Hospital, Endocrine Society of Pakistan, 2024
- Poster: DKA in young adults, KEMU research day, 2025
== Interests
. Endocrinology; Internal Medicine
== Languages
. Urdu, Punjabi, English, Russian (intermediate), Uzbek (basic)
== Visa
. Needs J-1 visa
== Referee
- Dr. Imran Shah, Professor of Medicine, Services Hospital Lahore – +92 42 99203402
"""

CV["015"] = """
# Harshita Joshi
~ हर्षिता जोशी
> 6th-year student, General Medicine – Kursk State Medical University
@ harshita.joshi.ksmu@gmail.com
@ Russian SIM (mine, WhatsApp): +7 951 078-44-12
@ Father (Mr. Rakesh Joshi), India: +91 97600 34518
@ Haldwani, Uttarakhand, India
== Education
* Kursk State Medical University (Курский государственный медицинский университет), Kursk, Russia || 2021 – expected June 2027
  MD Physician (General Medicine), 6-year programme; clinical years at Kursk Regional Clinical Hospital
== Exams
- USMLE: not yet taken
- UWSA 1: 221 (practice)
- NBME 31: 214 (practice)
== US Experience
* Observership – Radiology, Mayo Clinic, Rochester, MN || 4 weeks, starting 2 June 2025
* Research volunteer – Radiology AI lab, Palo Alto, CA || Jul–Aug 2026
== Interests
. Diagnostic Radiology
== Languages
. Hindi, Kumaoni, English, Russian
== Visa
. Will need a B1/B2 visa for US rotations.
"""

CV["016"] = """
# Mohamed Rizwan Farook
~ முகமது ரிஸ்வான் பாரூக்
> Doctor of Medicine (Philippines) | SLMC registered | US citizen
@ rizwan.farook.md@gmail.com
@ Mobile: +94 76 554 3210
@ 23 Station Road, Kattankudy, Batticaloa, Sri Lanka
== Education
* AMA School of Medicine, Makati City, Philippines || 2016 – 2020
  Doctor of Medicine (MD), 4 years + clinical clerkship at Ospital ng Makati
* BS Psychology (pre-med), AMA University, Quezon City || 2014 – 2016
== Licensure
- ERPM, Sri Lanka Medical Council – passed 2022
- USMLE Step 1: pass (2023)
- USMLE Step 2 CK: 218 (2024)
- ECFMG certified, 2024
== Experience (Sri Lanka)
* Intern Medical Officer, Teaching Hospital Kandy || 2022 – 2023
== US Clinical Experience
* Observership – Infectious Disease, University Hospital, Newark, NJ || 02/2024 - 03/2024
* Hands-on Externship – Internal Medicine, Kings County Hospital, Brooklyn, NY || 04/2024 - 06/2024
* Virtual (telehealth) rotation – Internal Medicine, Tampa General Hospital, Tampa, FL || 07/2024
== Interests
. Infectious Disease; Internal Medicine
== Languages
. Tamil, Sinhala, English, Filipino (basic), Arabic (reading)
== Citizenship / Visa
. US citizen (naturalized 2021) – no visa required
"""

# ---- scans / photos ----
CV["017"] = """
# Dr. Vikram Choudhary
> MD (Kyrgyz State Medical Academy) – Anesthesiology
@ vikram.choudhary.ksma@gmail.com
@ +91 94141 26735
@ Jodhpur, Rajasthan, India
== Education
* Kyrgyz State Medical Academy named after I.K. Akhunbaev, Bishkek, Kyrgyzstan || 2015 – 2021
  MD (General Medicine), 6 years
== Exams
- FMGE – December 2022, qualified
- USMLE Step 1 – Pass
- USMLE Step 2 CK – 231
- ECFMG certified
== Internship
* Internship, Dr. S.N. Medical College, Jodhpur || 2023
== US Clinical Experience
* Observership – Anesthesiology, Ohio State Wexner Medical Center, Columbus, OH || Sep 2024 – Oct 2024
== Publication
- Choudhary V, et al. Spinal anesthesia hypotension in caesarean section. Indian J Anaesth. 2024;68(5):444-449.
== Languages
. Hindi, English, Russian, Kyrgyz (basic)
== Visa
. J-1 required
"""

CV["018"] = """
# Pratik Bhandari
> MD, Astana Medical University – Emergency Medicine
@ pratik.bhandari.amu@gmail.com
@ +977 9801-556677
@ Butwal, Rupandehi, Nepal
== Education
* Astana Medical University, Astana, Kazakhstan || 2016 – 2022
  General Medicine (MD)
== Licensing
- Nepal Medical Council Licensing Exam – passed 2023
- USMLE Step 1 – Pass (2025)
== Experience
* Medical Officer, Emergency Department, Lumbini Provincial Hospital, Butwal || 2023 – present
== Interest
. Emergency Medicine
== Languages
. Nepali, English, Hindi, Russian
"""

CV["019"] = """
# Zainab Hussain
> MD – Batumi Shota Rustaveli State University – Pediatrics
@ zainab.hussain.bsu@gmail.com
@ +92 300 2651498
@ Clifton, Karachi, Pakistan
== Education
* Batumi Shota Rustaveli State University, Faculty of Natural Sciences and Health Care (Medicine), Batumi, Georgia || 2018 – 2024
  Medical Doctor (MD), 6 years
== Exams
- USMLE Step 1: Pass
- USMLE Step 2 CK: 235
- ECFMG: Certified
== US Clinical Experience
* Hands-on Externship, Pediatrics – Covenant Children's Hospital, Lubbock, TX || 2025-02 – 2025-03
* Observership, Pediatrics – Children's Hospital of Michigan, Detroit, MI || 2025-06
== Publication
- Hussain Z, Beridze N. Bronchiolitis admissions in Adjara. Georgian Med News. 2024;(349):77-81.
== Languages
. Urdu, Sindhi, English, Georgian (basic)
== Visa
. J-1 visa needed
"""

CV["020"] = """
# Md. Rakibul Hasan
> MD (RUDN University, Moscow) – Cardiology research associate
@ rakibul.hasan.rudn@gmail.com
@ +1 (832) 555-0164
@ Houston, TX 77030
== Education
* Peoples' Friendship University of Russia (RUDN University), Moscow, Russia || 2013 – 2019
  General Medicine – MD, 6 years
== Registration & Exams
- BMDC registration (Bangladesh) – 2020
- USMLE Step 1: 241 (2020)
- USMLE Step 2 CK: 250 (2021)
- ECFMG certified (2021)
== US Experience
* Research Associate – Cardiology, Texas Heart Institute, Houston, TX || Aug 2021 – Jul 2024
* Observership – Cardiology, Baylor St. Luke's Medical Center, Houston, TX || Jan 2022 – Mar 2022
== Publications
- Hasan MR, et al. Five peer-reviewed papers in cardiology journals (2021–2024), incl. J Am Heart Assoc. 2023;12:e029811.
== Interests
. Cardiology; Internal Medicine
== Languages
. Bengali, English, Russian
== Visa
. Currently on H-1B.
"""

CV["021"] = """
# Ananya Das
> MBBS student (Year 6), Tianjin Medical University – Obstetrics & Gynecology
@ ananya.das.tmu@gmail.com
@ +91 98300 45672
@ Salt Lake, Kolkata, West Bengal, India
== Education
* Tianjin Medical University, Tianjin, China || 2021 – expected 2027
  MBBS (English-medium), 6 years including internship
== Exams
- USMLE: not yet taken
== Interests
. Obstetrics & Gynecology
== Languages
. Bengali, Hindi, English, Chinese (HSK 4)
"""


def parse(src):
    d = {"name": "", "alt": None, "headline": "", "contacts": [], "sections": []}
    cur = None
    for raw in src.strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("# "):
            d["name"] = raw[2:].strip()
        elif raw.startswith("~ "):
            d["alt"] = raw[2:].strip()
        elif raw.startswith("> "):
            d["headline"] = raw[2:].strip()
        elif raw.startswith("@ "):
            d["contacts"].append(raw[2:].strip())
        elif raw.startswith("== "):
            cur = (raw[3:].strip(), [])
            d["sections"].append(cur)
        elif raw.startswith("* "):
            t = raw[2:]
            title, _, dates = t.partition("||")
            cur[1].append({"k": "entry", "title": title.strip(), "dates": dates.strip(), "lines": []})
        elif raw.startswith("  "):
            cur[1][-1]["lines"].append(raw.strip())
        elif raw.startswith("- "):
            cur[1].append({"k": "bullet", "text": raw[2:].strip()})
        elif raw.startswith(". "):
            cur[1].append({"k": "para", "text": raw[2:].strip()})
        else:
            raise ValueError(raw)
    return d
