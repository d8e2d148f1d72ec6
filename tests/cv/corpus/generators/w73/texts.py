# -*- coding: utf-8 -*-
"""Hand-typed plain-text CVs (006 and 013)."""

T006 = """MARIA CRISTINA DELA CRUZ SANTOS, MD
Family Physician (DPAFP) | DHA-licensed General Practitioner
Al Barsha 1, Dubai, UAE
Mobile / WhatsApp: +971 55 318 7420
Email: mcdsantos.md@gmail.com
Date of birth: 1987 | Nationality: Filipino

=====================================================================
CAREER OBJECTIVE
=====================================================================
Board-certified Philippine family physician with 10+ years of primary
care in Manila, Riyadh and Dubai, applying for a FAMILY MEDICINE
residency in the United States. I currently hold a valid US B1/B2
visitor visa (multiple entry, valid until 2031).

=====================================================================
LICENSES & EXAMINATIONS
=====================================================================
  Philippine Physician Licensure Exam (PRC) ....... passed Aug 2013
  DHA (Dubai Health Authority) licence ............ General Practitioner,
                                                     DHA-P-0148823, active
  SCFHS (Saudi Commission for Health Specialties) . GP classification,
                                                     2017-2020 (expired)
  USMLE Step 1 .................................... PASS (2023)
  USMLE Step 2 CK ................................. 232 (Mar 2024)
  Step 2 CS ....................................... n/a (discontinued)
  NBME CMS Family Medicine form 7 (practice) ...... 84%
  ECFMG certification ............................. pending - Pathway 6
                                                     OET submitted, awaiting
                                                     final verification
  Prometric DHA exam .............................. passed 2020

=====================================================================
EDUCATION
=====================================================================
Doctor of Medicine (MD)
  University of Santo Tomas Faculty of Medicine and Surgery, Manila
  2008 - 2012 (graduated cum laude, April 2012)

Post-Graduate Internship (PGI)
  University of Santo Tomas Hospital, 2012.05 - 2013.04

BS Biology (pre-med)
  University of the Philippines Los Banos, 2004 - 2008

=====================================================================
CLINICAL EXPERIENCE
=====================================================================
2020.11 - present    General Practitioner
                     Aster Clinic, Al Barsha, Dubai (DHA)
                     - 35-45 patients/day, chronic disease clinics (DM, HTN)
                     - Well-woman and well-baby clinics, vaccinations

2017.03 - 2020.09    General Practitioner / Primary Care Physician
                     Ministry of National Guard Health Affairs,
                     Primary Health Care Center, Riyadh, KSA
                     - Family medicine clinics, Ramadan diabetes clinic
                     - Urgent care walk-in (SCFHS GP licence)

2014.01 - 2016.12    Resident, Family and Community Medicine
                     University of Santo Tomas Hospital, Manila
                     - Chief resident 2016
                     - Diplomate, Philippine Academy of Family Physicians

2013.05 - 2013.12    Municipal Health Officer (Doctor to the Barrios)
                     Rural Health Unit, Pagbilao, Quezon Province

=====================================================================
US CLINICAL EXPERIENCE
=====================================================================
June 2024            Clinical Observership - Family Medicine
                     Swedish Hospital Family Medicine Center,
                     Chicago, Illinois (4 weeks, outpatient)

=====================================================================
AUDIT / QUALITY IMPROVEMENT
=====================================================================
* HbA1c monitoring every 3 months in T2DM - audit and re-audit,
  Aster Clinic 2022-2023 (compliance 58% -> 86%)
* Antibiotic prescribing for URTI - NGHA PHC, 2019

=====================================================================
TEACHING
=====================================================================
* Preceptor for UST medical clerks, community medicine rotation, 2015-16
* Monthly CME talks for clinic nurses (Dubai), 2021-present

=====================================================================
RESEARCH / PRESENTATIONS
=====================================================================
* Poster: "Tuberculosis case finding in a rural health unit",
  PAFP Annual Convention 2016
* Oral presentation: Ramadan fasting and hypoglycaemia, NGHA Research
  Day 2019
  (no peer-reviewed publications)

=====================================================================
COURSES & CERTIFICATES
=====================================================================
BLS (AHA) 2025 | ACLS (AHA) 2025 | PALS 2023 | DHA Infection Control 2024

=====================================================================
LANGUAGES
=====================================================================
English (fluent), Filipino/Tagalog (native), Arabic (basic)

=====================================================================
REFEREES
=====================================================================
1. Dr. Ramon Villanueva, MD, FPAFP
   Chair, Dept. of Family and Community Medicine, UST Hospital
   rvillanueva@ust.edu.ph | +63 2 8731 3001

2. Dr. Salma Al-Harbi
   Consultant Family Physician, NGHA Riyadh
   harbisa@ngha.med.sa | +966 11 801 1111 ext 4412

3. Dr. Eileen Kowalski, MD
   Program Director, Family Medicine, Swedish Hospital, Chicago
   ekowalski.fm@example-hospital.org
"""

T013 = """CURRICULUM VITAE
زينب حسين الجبوري
Dr Zainab Hussein Al-Jubouri  MBChB (Mosul)

Address : 14 Crookesmoor Road, Sheffield S10, United Kingdom
Mobile  : 07380 114962
E-mail  : zainab.aljubouri@hotmail.com
GMC     : 7815502 (full registration, licence to practise)
DOB     : 9 Sep 1992, Mosul, Iraq

-- PERSONAL STATEMENT --
A doctor with experience in Iraq, Dubai and the NHS, now working in
Care of the Elderly. I am preparing for US residency in Family Medicine,
with a long-term focus on Geriatrics.
(Interests: Family Medicine, Geriatrics)

-- EDUCATION --
Sept 2010 – July 2016   MBChB, College of Medicine, University of Mosul,
                        Mosul, Iraq (graduated 2016, 4th quartile of 380)

-- EXAMS --
PLAB 1 ............. Dec 2021
PLAB 2 ............. Apr 2022
USMLE Step 1 ....... PASS, 08/2025
USMLE Step 2 CK .... scheduled 03/2027 (UWSA1 practice 231)
ECFMG .............. not yet certified (needs Step 2 CK)
OET Medicine ....... B in all sub-tests (2021)

-- WORK EXPERIENCE --
Clinical Fellow, Care of the Elderly (Trust Grade, ST1 level)
  Northern General Hospital, Sheffield Teaching Hospitals NHS FT
  Aug 2022 – present
  • Frailty unit and orthogeriatrics, comprehensive geriatric assessment
  • Falls clinic, delirium pathway

General Practitioner (DHA licence DHA-P-0211904)
  Primary Health Care Centre, Al Barsha, Dubai Health Authority, UAE
  Mar 2019 – Jun 2021

Resident Doctor (rotating)
  Al-Jumhoori Teaching Hospital, Mosul / Erbil Emergency Hospital
  Oct 2016 – Dec 2018  (displaced to Erbil during 2017)

-- AUDITS --
• Anticholinergic burden in frail inpatients (audit + re-audit), 2023
• Falls risk assessment documentation, 2024 (poster at BGS Spring
  Meeting 2024)

-- TEACHING --
• Weekly teaching for FY1 doctors on the frailty unit
• Arabic-speaking patient education sessions (Sheffield)

-- COURSES --
ALS (Resus Council UK) 2023 · Frailty Essentials (BGS) 2023 ·
Safeguarding Adults L2 2024

-- PUBLICATIONS --
None yet. Poster: BGS Spring Meeting, Belfast 2024.

-- LANGUAGES --
Arabic (native), English (IELTS 7.5 / OET B), Turkish (intermediate)

-- REFEREES --
Dr Alison Pearce, Consultant Geriatrician, Sheffield Teaching Hospitals
  alison.pearce@nhs.net  | 0114 243 4343
Dr Omar Al-Tai, Consultant Family Physician, DHA Dubai
  otai@dha.gov.ae | +971 4 502 1111
"""
