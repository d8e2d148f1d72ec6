# -*- coding: utf-8 -*-
"""Content of the 24 CVs of writer w110 (MENA applicants) and their hand-written truth.

Each CV: dict(id, layout, ext, name, native, native_dir, headline, contact[list], sections[list]).
A section: (heading, [items]); an item is a plain string or a dict(d=dates, t=title, s=place, b=[bullets]).
The 'truth' dict is written by hand from the content below (not by parsing rendered files).
"""

CVS = []


def cv(**kw):
    CVS.append(kw)
    return kw


# ---------------------------------------------------------------- 001 Egypt, Kasr Al Ainy
cv(id="001", layout="lo_docx_bilingual", ext="pdf",
   name="Mahmoud Abdelrahman El-Sayed", native="محمود عبد الرحمن السيد", native_dir="rtl",
   headline="MBBCh (Kasr Al Ainy) · Egyptian Fellowship Part I (Internal Medicine) · ECFMG Certified",
   contact=["Mobile (Egypt): 010 2345 6781", "E-mail: mahmoud.elsayed.kasr@outlook.com",
            "12 El-Manial St., Old Cairo, Cairo, Egypt",
            "Date of birth: 14/03/1995 (13 Shawwal 1415 AH)",
            "National ID No.: 29503140101876"],
   sections=[
       ("Career Objective", ["Seeking a categorical Internal Medicine residency position (PGY-1, 2027 Match) with a long-term goal of a Cardiology fellowship. J-1 visa sponsorship through ECFMG will be required."]),
       ("Education", [
           dict(d="Sept 2012 – Dec 2018", t="Bachelor of Medicine and Bachelor of Surgery (MBBCh)",
                s="Faculty of Medicine, Cairo University (Kasr Al Ainy), Cairo, Egypt",
                b=["Cumulative grade: Excellent with Honours (rank 41 / 1,350)"]),
           dict(d="Mar 2019 – Feb 2020", t="Internship (Imtiyaz / House Officer year)",
                s="Kasr Al Ainy University Hospitals (El Manial), Cairo",
                b=["Rotations: Internal Medicine, General Surgery, Pediatrics, Obstetrics & Gynecology, Emergency, Anesthesia"]),
       ]),
       ("Mandatory Service", [dict(d="Mar 2020 – Mar 2021", t="Military Service — Medical Officer",
                                    s="Armed Forces Medical Services, Egypt", b=["Status: completed (certificate available)"])]),
       ("Postgraduate Training (Egypt)", [
           dict(d="Apr 2021 – Apr 2024", t="Resident, Internal Medicine (Egyptian Fellowship Program)",
                s="Kasr Al Ainy Hospital & El-Sahel Teaching Hospital, Cairo",
                b=["Egyptian Fellowship of Internal Medicine — Part I passed (October 2022); Part II exam scheduled",
                   "Managed 20–25 inpatients per shift in the CCU and general medical wards"]),
       ]),
       ("USMLE & Certification", [
           "USMLE Step 1: Pass (first attempt, May 2022)",
           "USMLE Step 2 CK: 251 (first attempt, August 2023)",
           "Step 3: not yet taken",
           "NBME Self-Assessment (CCSSA): 259 — practice only",
           "ECFMG Certified: September 2023 (certificate no. on request)",
       ]),
       ("US Clinical Experience", [
           dict(d="Jul 2024 – Sep 2024", t="Observership, Internal Medicine",
                s="Mount Sinai Morningside, New York, NY",
                b=["Attended daily rounds and morning reports; prepared case presentations"]),
           dict(d="Oct 2024 – Nov 2024", t="Clinical Externship (hands-on), Cardiology",
                s="Heart & Vascular Clinic, Houston, TX",
                b=["Took histories, examined patients, wrote notes under supervision of the attending"]),
       ]),
       ("Publications", [
           "1. El-Sayed MA, Farouk H, Nabil S. Predictors of in-hospital mortality in acute decompensated heart failure in Egypt. Egyptian Heart Journal. 2023;75:41.",
           "2. Nabil S, El-Sayed MA, et al. Vitamin D status and glycaemic control in type 2 diabetes: a cross-sectional study. BMC Endocrine Disorders. 2022;22:188.",
           "3. El-Sayed MA, Hassan R. Colchicine after acute coronary syndrome: a systematic review. Cureus. 2024;16(2):e53102.",
           "Posters: (a) ESC Congress 2023, Amsterdam — poster; (b) Egyptian Society of Cardiology Annual Meeting 2022 — poster.",
           "Submitted: SGLT2 inhibitors in Egyptian HFpEF patients (under review, Frontiers in Cardiovascular Medicine).",
       ]),
       ("Languages", ["Arabic — native (العربية)", "English — fluent (IELTS 8.0)", "French — basic"]),
       ("References", [
           "Prof. Hany Farouk, MD — Professor of Internal Medicine, Kasr Al Ainy. hany.farouk@kasralainy-faculty.org · 012 0044 3456",
           "Dr. Rasha Hassan, MD — Attending Cardiologist, Houston, TX. rhassan@hvclinic-houston.com · (713) 555-0142",
       ]),
   ],
   truth=dict(full_name="Mahmoud Abdelrahman El-Sayed", email="mahmoud.elsayed.kasr@outlook.com",
              phone_e164="+201023456781", medical_school="Faculty of Medicine, Cairo University (Kasr Al Ainy)",
              medical_school_country="EG", graduation_year=2018, is_student=False,
              usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
              specialties=["Internal Medicine", "Cardiology"], languages=["Arabic", "English", "French"],
              publications=3,
              usce_entries=[dict(type="observership", specialty="Internal Medicine", state="NY", start="2024-07", end="2024-09"),
                            dict(type="hands_on", specialty="Cardiology", state="TX", start="2024-10", end="2024-11")]))

# ---------------------------------------------------------------- 002 Iran, TUMS, Persian RTL
cv(id="002", layout="chromium_rtl_persian", ext="pdf",
   name="Niloufar Tavakoli", native="نیلوفر توکلی", native_dir="rtl",
   native_block=["دکترای حرفه‌ای پزشکی — دانشگاه علوم پزشکی تهران", "تاریخ فارغ‌التحصیلی: ۳۱ شهریور ۱۴۰۰",
                 "کد ملی: ۰۰۷۱۲۳۴۵۶۸", "تلفن همراه: ۰۹۱۲ ۴۱۸ ۲۷۶۳"],
   headline="Doctor of Medicine (MD), Tehran University of Medical Sciences — applicant in Neurology",
   contact=["Cell: 0912 418 2763", "n.tavakoli.neuro@yahoo.com", "Tehran, Iran · currently in Miami, FL",
            "National Code (Kod-e Melli): 0071234568", "Born 1374 (1995)"],
   sections=[
       ("Education", [
           dict(d="Mehr 1393 – Shahrivar 1400 (Sep 2014 – Sep 2021)", t="Doctor of Medicine (MD)",
                s="School of Medicine, Tehran University of Medical Sciences (TUMS), Tehran, Iran",
                b=["Graduated 31 Shahrivar 1400 / 22 Sep 2021; GPA 17.6/20",
                   "Internship (karvarzi, final 18 months of MD): Imam Khomeini Hospital Complex and Sina Hospital",
                   "Comprehensive Pre-Internship Examination: top 5%"]),
       ]),
       ("Mandatory Medical Service (Tarh-e Niroo-ye Ensani)", [
           dict(d="1400–1402 (Oct 2021 – Oct 2023)", t="General Practitioner",
                s="Zahedan, Sistan-Baluchestan Province, Iran (rural health centres)",
                b=["Sole physician for a catchment of ~12,000 people; stroke referral coordination"]),
       ]),
       ("USMLE / ECFMG", [
           "Step 1 — PASS (March 2023)", "Step 2 CK — 257 (January 2024)", "Step 3 — 231 (June 2025)",
           "ECFMG certification — certified (2024)",
           "Visa: currently holds a B1/B2 visitor visa (valid to 2028)"]),
       ("US Clinical & Research Experience", [
           dict(d="01 Feb 2025 – 28 Mar 2025", t="Clinical Observership — Neurology (stroke & epilepsy services)",
                s="Cleveland Clinic, Cleveland, Ohio", b=["Observed neuro-ICU rounds, EEG reading sessions"]),
           dict(d="April 2025 – present", t="Research Fellow, Stroke Research Group (Neurology)",
                s="University of Miami Miller School of Medicine, Miami, FL",
                b=["Prospective registry of large-vessel occlusion stroke; REDCap database management"]),
           dict(d="June 2025 (4 weeks)", t="Observership — Neurology (inpatient consult service)",
                s="Jackson Memorial Hospital, Miami, FL", b=["Done alongside the research fellowship"]),
       ]),
       ("Publications (peer-reviewed)", [
           "Tavakoli N, Ghandehari K, et al. Thrombolysis door-to-needle times in Tehran. J Stroke Cerebrovasc Dis. 2022.",
           "Tavakoli N, Rahimi A. Migraine prevalence among Iranian medical students. Headache. 2020.",
           "Sadeghi M, Tavakoli N, et al. Multiple sclerosis incidence trends in Iran, 2000–2019. Mult Scler Relat Disord. 2021.",
           "Tavakoli N, et al. Reperfusion outcomes in rural referral networks. Front Neurol. 2025.",
           "Lopez R, Tavakoli N, et al. Sex differences in LVO stroke transfer times. Stroke. 2026.",
           "Other: book chapter (Persian) on headache disorders, 1399; 2 conference abstracts (Iranian Neurology Congress).",
       ]),
       ("Career Interest", ["Neurology residency, with a focus on vascular neurology."]),
       ("Languages", ["Persian (native)", "English (fluent, TOEFL iBT 114)", "Arabic (reading)"]),
       ("Referees", ["Prof. Kavian Ghandehari, Department of Neurology, TUMS — k.ghandehari@tums-neuro.ir — 021 6119 2000",
                     "Dr. Rosa Lopez, Stroke Research Group, University of Miami — rlopez@miami-stroke.org"]),
   ],
   truth=dict(full_name="Niloufar Tavakoli", email="n.tavakoli.neuro@yahoo.com", phone_e164="+989124182763",
              medical_school="Tehran University of Medical Sciences", medical_school_country="IR",
              graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=257, usmle_step3=231,
              ecfmg_status="certified", visa_status="b1b2", specialties=["Neurology"],
              languages=["Persian", "English", "Arabic"], publications=5,
              usce_entries=[dict(type="observership", specialty="Neurology", state="OH", start="2025-02", end="2025-03"),
                            dict(type="research", specialty="Neurology", state="FL", start="2025-04", end="2026-12"),
                            dict(type="observership", specialty="Neurology", state="FL", start="2025-06", end="2025-06")]))

# ---------------------------------------------------------------- 003 Jordan, JUST, python-docx tables
cv(id="003", layout="pydocx_tables", ext="docx",
   name="Rawan Khaled Al-Momani", native="روان خالد المومني", native_dir="rtl",
   headline="Doctor of Medicine (MD) — Jordan University of Science and Technology",
   contact=["Mobile: 079 534 2817", "Email: rawan.almomani.md@hotmail.com", "Address: Al-Husn St., Irbid, Jordan",
            "Date of birth: 02/11/1998"],
   sections=[
       ("Personal Statement", ["Recent JUST graduate committed to a career in Pediatrics. Will require J-1 visa sponsorship (ECFMG)."]),
       ("Education", [
           dict(d="Sep 2016 – Jun 2022", t="Doctor of Medicine (MD)", s="Faculty of Medicine, Jordan University of Science and Technology (JUST), Irbid, Jordan",
                b=["Graduated with Very Good grade"]),
           dict(d="Jul 2022 – Jun 2023", t="Rotating Internship (Internship Year)", s="King Abdullah University Hospital, Irbid", b=[]),
       ]),
       ("Licensure & Examinations", [
           "Jordan Medical Council — Licensing Exam: passed (2023); full license to practise",
           "USMLE Step 1: PASS (03/2023)",
           "USMLE Step 2 CK: 239 (01/2024)",
           "ECFMG Certification: certified (04/2024)",
       ]),
       ("Clinical Experience (Jordan)", [
           dict(d="07/2023 – 05/2024", t="General Practitioner / Pediatric Resident (non-training)", s="Al-Bashir Hospital, Amman", b=[]),
       ]),
       ("US Clinical Experience", [
           dict(d="06/2024 – 07/2024", t="Observership — Pediatrics", s="Children's Hospital of Michigan, Detroit, MI", b=[]),
           dict(d="09/2024 – 11/2024", t="Hands-on Externship — Pediatrics", s="Lakeview Pediatrics Clinic, Chicago, IL", b=[]),
           dict(d="01/2025 – 02/2025", t="Telehealth rotation — Internal Medicine", s="Virtual clinic, Sunshine Health Partners, Tampa, FL", b=[]),
       ]),
       ("Publications", [
           "Al-Momani R, Khasawneh W. Neonatal sepsis pathogens in northern Jordan. Pediatr Int. 2023;65:e15512.",
           "Obeidat N, Al-Momani R, et al. Iron deficiency among Jordanian toddlers. BMC Pediatr. 2022;22:611.",
           "Under review: Vaccine hesitancy among Jordanian parents (Vaccines, submitted 2025).",
       ]),
       ("Languages", ["Arabic (native)", "English (fluent)", "German (A2)"]),
       ("References", ["Dr. Wasim Khasawneh, Professor of Pediatrics, JUST — wkhasawneh@just-peds.jo — +962 2 720 0600"]),
   ],
   truth=dict(full_name="Rawan Khaled Al-Momani", email="rawan.almomani.md@hotmail.com", phone_e164="+962795342817",
              medical_school="Jordan University of Science and Technology", medical_school_country="JO",
              graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None,
              ecfmg_status="certified", visa_status="j1", specialties=["Pediatrics"],
              languages=["Arabic", "English", "German"], publications=2,
              usce_entries=[dict(type="observership", specialty="Pediatrics", state="MI", start="2024-06", end="2024-07"),
                            dict(type="hands_on", specialty="Pediatrics", state="IL", start="2024-09", end="2024-11"),
                            dict(type="telehealth", specialty="Internal Medicine", state="FL", start="2025-01", end="2025-02")]))

# ---------------------------------------------------------------- 004 Turkey, Hacettepe, docx text box
cv(id="004", layout="pydocx_textbox", ext="docx",
   name="Mehmet Emre Yıldırım", native="Mehmet Emre Yıldırım", native_dir="ltr",
   headline="Tıp Doktoru (MD), Hacettepe Üniversitesi Tıp Fakültesi — Emergency Medicine applicant",
   contact=["GSM: 0532 481 27 90", "e-posta / email: emre.yildirim.em@protonmail.com", "Çankaya, Ankara, Türkiye",
            "T.C. Kimlik No: 18745230916", "Askerlik (military service): completed 2021"],
   sections=[
       ("Education / Eğitim", [
           dict(d="2013 – 2019", t="Doctor of Medicine (Tıp Doktoru)", s="Hacettepe University Faculty of Medicine, Ankara, Turkey (English program)",
                b=["Graduated June 2019"]),
       ]),
       ("Work Experience", [
           dict(d="Aug 2019 – Aug 2020", t="Compulsory Public Service (Devlet Hizmet Yükümlülüğü) — Emergency physician",
                s="Van Training and Research Hospital, Van, Turkey", b=[]),
           dict(d="Jan 2021 – Jun 2021", t="Military service (short-term, as physician)", s="Turkish Armed Forces, Burdur", b=[]),
           dict(d="Sep 2021 – Mar 2025", t="Resident, Emergency Medicine (after TUS 2021 placement)", s="Ankara City Hospital", b=["Left training to pursue US residency"]),
       ]),
       ("Examinations", ["TUS (Tıpta Uzmanlık Sınavı) 2021: 71.4", "USMLE Step 1: Passed (2023)", "USMLE Step 2 CK: 262 (2024)",
                         "ECFMG Certified (2024)", "OET Medicine: grade B in all sub-tests"]),
       ("US Clinical Experience", [
           dict(d="4 weeks, starting 2 June 2025", t="Visiting Observer — Emergency Medicine", s="Hospital of the University of Pennsylvania, Philadelphia, PA", b=[]),
           dict(d="09/2025 – 02/2026", t="Research Associate — Emergency Medicine (ultrasound research)", s="Yale School of Medicine, New Haven, CT", b=[]),
       ]),
       ("Publications", [
           "Yıldırım ME, et al. Point-of-care ultrasound for renal colic in the ED. Am J Emerg Med. 2022.",
           "Yıldırım ME, Demir A. Earthquake crush injuries: lessons from 2023 Türkiye. Prehosp Disaster Med. 2023.",
           "Kaya S, Yıldırım ME. Sepsis qSOFA performance in Turkish EDs. Turk J Emerg Med. 2021.",
           "Yıldırım ME, et al. Lung ultrasound protocols in dyspnoea. J Ultrasound Med. 2026.",
       ]),
       ("Languages", ["Turkish — native", "English — C2", "German — B1"]),
       ("Career goal", ["Emergency Medicine residency in the US."]),
   ],
   truth=dict(full_name="Mehmet Emre Yıldırım", email="emre.yildirim.em@protonmail.com", phone_e164="+905324812790",
              medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR", graduation_year=2019,
              is_student=False, usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified",
              visa_status=None, specialties=["Emergency Medicine"], languages=["Turkish", "English", "German"],
              publications=4,
              usce_entries=[dict(type="observership", specialty="Emergency Medicine", state="PA", start="2025-06", end="2025-06"),
                            dict(type="research", specialty="Emergency Medicine", state="CT", start="2025-09", end="2026-02")]))

# ---------------------------------------------------------------- 005 Lebanon, AUB, Word two-column template
cv(id="005", layout="lo_word_twocol", ext="pdf",
   name="Karim Nabil Khoury", native="كريم نبيل خوري", native_dir="rtl",
   headline="MD, American University of Beirut · Internal Medicine · Hematology-Oncology",
   contact=["+961 3 218 547", "karim.n.khoury@outlook.com", "Hamra, Beirut, Lebanon", "US Permanent Resident (Green Card)"],
   sidebar=[("Skills", ["Chemotherapy protocols", "Bone-marrow biopsy (supervised)", "REDCap, R, SPSS"]),
            ("Languages", ["Arabic", "English", "French"]),
            ("References", ["Dr. Ali Taher, Professor of Medicine, AUBMC — ataher@aubmc-hemonc.org",
                            "Dr. Sarah Mills, MD Anderson — smills@mdacc-research.org · +1 713 555 0199"])],
   sections=[
       ("Profile", ["Internal Medicine graduate of AUBMC pursuing Hematology-Oncology; applying to Internal Medicine residency as a pathway."]),
       ("Education", [
           dict(d="2012 – 2016", t="BS Biology (pre-medical)", s="American University of Beirut", b=[]),
           dict(d="2016 – 2020", t="Doctor of Medicine (MD)", s="Faculty of Medicine, American University of Beirut (AUB), Beirut, Lebanon",
                b=["Lebanese Colloquium (licensing) exam: passed 2020"]),
       ]),
       ("Training", [
           dict(d="Jul 2020 – Jun 2023", t="Resident, Internal Medicine", s="American University of Beirut Medical Center", b=["Chief resident duties in PGY-3 (2022–23)"]),
       ]),
       ("Examinations", ["USMLE Step 1: 245", "USMLE Step 2 CK: 259", "USMLE Step 3: 228", "ECFMG: certified (2020)"]),
       ("US Experience", [
           dict(d="08/2023 – 07/2024", t="Postdoctoral Research Fellow, Hematology/Oncology", s="MD Anderson Cancer Center, Houston, TX", b=["Myelodysplastic syndrome outcomes database"]),
           dict(d="06/2024 – 08/2024", t="Clinical Observership, Internal Medicine", s="Baylor St. Luke's Medical Center, Houston, TX", b=[]),
       ]),
       ("Publications", ["Seven peer-reviewed articles (listed):",
                         "1. Khoury KN, et al. Blood 2024.", "2. Khoury KN, Taher A. Am J Hematol 2022.",
                         "3. Khoury KN, et al. Leuk Res 2024.", "4. Taher A, Khoury KN. Br J Haematol 2021.",
                         "5. Khoury KN, et al. Cancer 2023.", "6. Mills S, Khoury KN. JCO Oncol Pract 2024.",
                         "7. Khoury KN. Lebanese Medical Journal 2020.",
                         "Abstracts: ASH 2023 (poster), ASCO 2024 (online abstract)."]),
   ],
   truth=dict(full_name="Karim Nabil Khoury", email="karim.n.khoury@outlook.com", phone_e164="+9613218547",
              medical_school="American University of Beirut Faculty of Medicine", medical_school_country="LB",
              graduation_year=2020, is_student=False, usmle_step1=245, usmle_step2ck=259, usmle_step3=228,
              ecfmg_status="certified", visa_status="green_card",
              specialties=["Hematology/Oncology", "Internal Medicine"], languages=["Arabic", "English", "French"],
              publications=7,
              usce_entries=[dict(type="research", specialty="Hematology/Oncology", state="TX", start="2023-08", end="2024-07"),
                            dict(type="observership", specialty="Internal Medicine", state="TX", start="2024-06", end="2024-08")]))

# ---------------------------------------------------------------- 006 Iraq, Baghdad, plain text
cv(id="006", layout="plain_txt", ext="txt",
   name="Ali Hussein Al-Jubouri", native="علي حسين الجبوري", native_dir="rtl",
   headline="MBChB, University of Baghdad - Arab Board (General Surgery) Part I",
   contact=["Mob: 0770 315 6642 (WhatsApp)", "E-mail: ali.aljubouri91@gmail.com", "Baghdad - Al-Mansour, Iraq", "Year of birth: 1991"],
   sections=[
       ("EDUCATION", [
           dict(d="2009 - 2015", t="MBChB (Bachelor of Medicine & Surgery)", s="College of Medicine, University of Baghdad, Iraq", b=[]),
       ]),
       ("POSTGRADUATE TRAINING", [
           dict(d="2015 - 2017", t="Resident doctor (house officer rotations)", s="Baghdad Medical City Teaching Hospital", b=[]),
           dict(d="2017 - 2022", t="Trainee, Arab Board of Health Specializations - General Surgery", s="Al-Kindy Teaching Hospital, Baghdad",
                b=["Arab Board Part I: passed 2019", "Iraqi Board for Medical Specializations: enrolled 2018"]),
       ]),
       ("EXAMS", ["USMLE Step 1 - 231 (2019)", "USMLE Step 2 CK - 240 (2021)", "ECFMG certified 2021",
                  "PLAB 1 (UK) - passed 2020 (not pursued)"]),
       ("US EXPERIENCE", [
           dict(d="Summer 2024", t="Surgical observership (General Surgery)", s="Henry Ford Hospital, Detroit, Michigan", b=[]),
           dict(d="2024-09 to 2025-03", t="Research volunteer - Trauma & Acute Care Surgery", s="University of Michigan, Ann Arbor, MI", b=[]),
       ]),
       ("PUBLICATIONS", ["Al-Jubouri AH, et al. Blast injuries of the abdomen in Baghdad. World J Surg. 2021.",
                         "Poster: Iraqi Surgical Society Conference 2019."]),
       ("INTEREST", ["General Surgery residency."]),
       ("LANGUAGES", ["Arabic, English, Kurdish (Sorani)"]),
       ("REFEREES", ["Prof. Dr. Saad Al-Rubaie, Head of Surgery, Al-Kindy TH - s.alrubaie@kindy-surgery.iq - 0790 111 2233"]),
   ],
   truth=dict(full_name="Ali Hussein Al-Jubouri", email="ali.aljubouri91@gmail.com", phone_e164="+9647703156642",
              medical_school="College of Medicine, University of Baghdad", medical_school_country="IQ",
              graduation_year=2015, is_student=False, usmle_step1=231, usmle_step2ck=240, usmle_step3=None,
              ecfmg_status="certified", visa_status=None, specialties=["General Surgery"],
              languages=["Arabic", "English", "Kurdish"], publications=1,
              usce_entries=[dict(type="observership", specialty="General Surgery", state="MI", start="2024-06", end="2024-08"),
                            dict(type="research", specialty="General Surgery", state="MI", start="2024-09", end="2025-03")]))

# ---------------------------------------------------------------- 007 Morocco, Casablanca, RTF
cv(id="007", layout="rtf_plain", ext="rtf",
   name="Salma Benjelloun", native="سلمى بنجلون", native_dir="rtl",
   headline="Docteur en Médecine — Faculté de Médecine et de Pharmacie de Casablanca",
   contact=["Tél. : 06 61 23 45 78", "Email : s.benjelloun.med@gmail.com", "Maârif, Casablanca, Maroc"],
   sections=[
       ("Formation / Education", [
           dict(d="2016 – 2023", t="Doctorat en Médecine (MD)", s="Faculté de Médecine et de Pharmacie de Casablanca, Université Hassan II, Morocco",
                b=["Thèse soutenue le 12/10/2023 : « Grossesse et cardiopathies au CHU Ibn Rochd » (mention très honorable)"]),
           dict(d="2021 – 2023", t="Interne des Hôpitaux (concours de l'internat)", s="CHU Ibn Rochd, Casablanca", b=[]),
       ]),
       ("Expérience clinique au Maroc", [dict(d="Nov 2023 – Dec 2024", t="Médecin généraliste", s="Centre de santé, Settat", b=[])]),
       ("USMLE", ["Step 1 : Pass (2024)", "Step 2 CK : scheduled February 2027", "ECFMG certification : pending"]),
       ("US Clinical Experience", [
           dict(d="March–May 2025", t="Observership — Obstetrics & Gynecology", s="NYU Langone Hospital — Brooklyn, New York, NY", b=[]),
           dict(d="01/07/2025 – 31/08/2025", t="Hands-on externship — OB/GYN", s="Women's Care of Miami, Miami, FL", b=[]),
       ]),
       ("Recherche", ["Thèse de doctorat (2023).", "Poster : Congrès de la Société Marocaine de Gynécologie Obstétrique, 2023."]),
       ("Objectif", ["Residency in Obstetrics and Gynecology (OB/GYN)."]),
       ("Langues", ["Arabe (langue maternelle)", "Français (courant)", "Anglais (courant)", "Espagnol (intermédiaire)"]),
       ("Références", ["Pr. Nadia Alami, Chef de service Gynécologie-Obstétrique, CHU Ibn Rochd — n.alami@chu-ibnrochd.ma — 05 22 48 20 00"]),
   ],
   truth=dict(full_name="Salma Benjelloun", email="s.benjelloun.med@gmail.com", phone_e164="+212661234578",
              medical_school="Faculté de Médecine et de Pharmacie de Casablanca", medical_school_country="MA",
              graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
              ecfmg_status="pending", visa_status=None, specialties=["Obstetrics and Gynecology"],
              languages=["Arabic", "French", "English", "Spanish"], publications=0,
              usce_entries=[dict(type="observership", specialty="Obstetrics and Gynecology", state="NY", start="2025-03", end="2025-05"),
                            dict(type="hands_on", specialty="Obstetrics and Gynecology", state="FL", start="2025-07", end="2025-08")]))

# ---------------------------------------------------------------- 008 Syria, Damascus, ODT
cv(id="008", layout="odfpy_odt", ext="odt",
   name="Omar Faisal Al-Khatib", native="عمر فيصل الخطيب", native_dir="rtl",
   headline="MD (Damascus University) · Syrian Board of Internal Medicine",
   contact=["Phone: 0944 127 583", "Email: dr.omar.khatib@yahoo.com", "Damascus, Syria", "Military service: exempt (only son)"],
   sections=[
       ("Education", [dict(d="2011 – 2017", t="Doctor of Medicine (MD)", s="Faculty of Medicine, Damascus University, Syria", b=[])]),
       ("Residency", [dict(d="2017 – 2021", t="Resident, Internal Medicine", s="Al-Mouwasat University Hospital, Damascus",
                          b=["Syrian Board of Internal Medicine — certified 2021"])]),
       ("Work Experience", [dict(d="04.2022 – 09.2024", t="Assistenzarzt, Nephrologie (non-US)", s="Klinikum Kassel, Germany", b=["Dialysis unit; kidney transplant follow-up"])]),
       ("Examinations", ["USMLE Step 1: Pass (2022)", "USMLE Step 2 CK: 244 (2023)", "USMLE Step 3: 219 (2024)", "ECFMG certified", "Visa: J-1 visa required"]),
       ("US Clinical Experience", [dict(d="01.2025 – 03.2025", t="Observership — Nephrology", s="University of Kansas Medical Center, Kansas City, KS", b=[])]),
       ("Publications", ["Al-Khatib OF, et al. CKD in Syrian refugees. Nephrol Dial Transplant. 2023.",
                         "Al-Khatib OF, Weber T. Hyperkalemia management in German dialysis units. BMC Nephrol. 2024."]),
       ("Interests", ["Nephrology; Internal Medicine residency first."]),
       ("Languages", ["Arabic (native)", "English (C1)", "German (B2)"]),
   ],
   truth=dict(full_name="Omar Faisal Al-Khatib", email="dr.omar.khatib@yahoo.com", phone_e164="+963944127583",
              medical_school="Faculty of Medicine, Damascus University", medical_school_country="SY", graduation_year=2017,
              is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=219, ecfmg_status="certified",
              visa_status="j1", specialties=["Nephrology", "Internal Medicine"], languages=["Arabic", "English", "German"],
              publications=2,
              usce_entries=[dict(type="observership", specialty="Nephrology", state="KS", start="2025-01", end="2025-03")]))

# ---------------------------------------------------------------- 009 Saudi, KSU, fpdf2 (Hijri)
cv(id="009", layout="fpdf2_hijri", ext="pdf",
   name="Abdullah Saad Al-Qahtani", native="عبدالله سعد القحطاني", native_dir="rtl",
   headline="MBBS, King Saud University — Anesthesiology / Pulmonary & Critical Care",
   contact=["Mobile: 055 321 7789", "Email: aalqahtani.md@gmail.com", "Riyadh, Kingdom of Saudi Arabia",
            "Sponsorship: Saudi Arabian Cultural Mission (SACM) — J-1 visa"],
   sections=[
       ("Education", [dict(d="1436 – 1442 H (2015 – 2021)", t="Bachelor of Medicine, Bachelor of Surgery (MBBS)",
                          s="College of Medicine, King Saud University, Riyadh, Saudi Arabia",
                          b=["Graduated Shawwal 1442 H (May 2021), GPA 4.61/5"]),
                     dict(d="Jul 2021 – Jun 2022", t="Internship year (imtiyaz)", s="King Khalid University Hospital, Riyadh", b=[])]),
       ("Licensure", ["Saudi Medical Licensing Exam (SMLE): passed 1443 H (2022)", "SCFHS registration: General Physician"]),
       ("USMLE", ["Step 1: Pass (2022)", "Step 2 CK: 236 (2023)", "ECFMG: Certified (2023)"]),
       ("US Experience", [
           dict(d="08/2024 – 10/2024", t="Observership, Anesthesiology", s="Johns Hopkins Hospital, Baltimore, MD", b=[]),
           dict(d="Nov 2024 – Present", t="Research Fellow, Pulmonary & Critical Care Medicine", s="University of Pittsburgh, Pittsburgh, PA",
                b=["ARDS ventilation cohort; SACM-funded"]),
       ]),
       ("Publications", ["Al-Qahtani AS, et al. Ann Saudi Med. 2022.", "Al-Qahtani AS, et al. Saudi J Anaesth. 2023.",
                         "Smith J, Al-Qahtani AS. Crit Care Med. 2025.", "Abstract: ATS 2025 (poster)."]),
       ("Specialty interest", ["Anesthesiology; Pulmonary & Critical Care Medicine"]),
       ("Languages", ["Arabic", "English"]),
   ],
   truth=dict(full_name="Abdullah Saad Al-Qahtani", email="aalqahtani.md@gmail.com", phone_e164="+966553217789",
              medical_school="College of Medicine, King Saud University", medical_school_country="SA", graduation_year=2021,
              is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
              visa_status="j1", specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["Arabic", "English"],
              publications=3,
              usce_entries=[dict(type="observership", specialty="Anesthesiology", state="MD", start="2024-08", end="2024-10"),
                            dict(type="research", specialty="Pulmonology/Critical Care", state="PA", start="2024-11", end="2026-12")]))

# ---------------------------------------------------------------- 010 Egypt, Ain Shams student, reportlab
cv(id="010", layout="reportlab_student", ext="pdf",
   name="Nourhan Ashraf Mostafa", native=None, native_dir="ltr",
   headline="Final-year medical student (MBBCh candidate), Faculty of Medicine, Ain Shams University",
   contact=["Mobile: 011 1234 5670", "nourhan.a.mostafa@gmail.com", "Heliopolis, Cairo, Egypt", "Visa: B1/B2 visa holder"],
   sections=[
       ("Education", [dict(d="2021 – 2027 (expected)", t="MBBCh (Bachelor of Medicine and Surgery) — 6th year",
                          s="Faculty of Medicine, Ain Shams University, Cairo, Egypt",
                          b=["Expected graduation: June 2027, followed by 2-year internship (new Egyptian 5+2 system)"])]),
       ("USMLE", ["Step 1: PASS (August 2025)", "Practice: NBME 31 — 245; UWSA 2 — 250 (Step 2 CK preparation)",
                  "ECFMG certification: in progress (pending Step 2 CK and graduation)"]),
       ("US Clinical Electives", [
           dict(d="07/2025 – 08/2025", t="Visiting Student Clerkship (hands-on) — Psychiatry", s="UTMB Health, Galveston, TX", b=[]),
           dict(d="Sept 2026 – Oct 2026", t="Observership — Psychiatry", s="Zucker Hillside Hospital, Glen Oaks, NY", b=[]),
       ]),
       ("Research", ["Mostafa NA, et al. Burnout among Egyptian medical students. Middle East Current Psychiatry. 2024.",
                     "Under review: Social media use and sleep quality (BMC Psychiatry)."]),
       ("Interests", ["Psychiatry (adult and child)."]),
       ("Languages", ["Arabic (native)", "English (fluent)"]),
       ("Reference", ["Prof. Tarek Okasha, Dept. of Neuropsychiatry, Ain Shams University — t.okasha@asu-psych.edu.eg"]),
   ],
   truth=dict(full_name="Nourhan Ashraf Mostafa", email="nourhan.a.mostafa@gmail.com", phone_e164="+201112345670",
              medical_school="Faculty of Medicine, Ain Shams University", medical_school_country="EG", graduation_year=2027,
              is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
              visa_status="b1b2", specialties=["Psychiatry"], languages=["Arabic", "English"], publications=1,
              usce_entries=[dict(type="hands_on", specialty="Psychiatry", state="TX", start="2025-07", end="2025-08"),
                            dict(type="observership", specialty="Psychiatry", state="NY", start="2026-09", end="2026-10")]))

# ---------------------------------------------------------------- 011 Turkey, Cerrahpaşa, Chromium sidebar
cv(id="011", layout="chromium_sidebar", ext="pdf",
   name="Zeynep Nur Aydın", native=None, native_dir="ltr",
   headline="MD · Family Medicine Specialist (Aile Hekimliği Uzmanı)",
   contact=["0 (505) 367 21 84", "zeynepnur.aydin@gmail.com", "Kadıköy, İstanbul", "Dual citizen: Türkiye / USA"],
   sidebar=[("Languages", ["Turkish (native)", "English (C2)", "Spanish (B1)"]),
            ("Exams", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 246", "ECFMG — Certified", "TUS 2022 — 68.9"]),
            ("Interests", ["Family Medicine", "Geriatrics"])],
   sections=[
       ("Education", [dict(d="2014 – 2020", t="Doctor of Medicine", s="İstanbul University-Cerrahpaşa, Cerrahpaşa Faculty of Medicine, Istanbul, Turkey", b=[])]),
       ("Experience", [
           dict(d="2020 – 2022", t="Compulsory service physician (Devlet Hizmet Yükümlülüğü)", s="Şanlıurfa Family Health Centre", b=[]),
           dict(d="2022 – 2025", t="Resident, Family Medicine", s="Haydarpaşa Numune Training and Research Hospital, Istanbul", b=["Board certified in Family Medicine (Türkiye), 2025"]),
           dict(d="2025-09 – 2025-11", t="Hands-on Externship, Family Medicine", s="Peachtree Family Practice, Atlanta, GA", b=[]),
           dict(d="2026-01 – 2026-02", t="Observership, Geriatrics", s="Montefiore Medical Center, Bronx, NY", b=[]),
       ]),
       ("Publications", ["Aydın ZN, et al. Polypharmacy in elderly primary-care patients. Turk J Geriatr. 2023.",
                         "Aydın ZN, Koç M. HbA1c control in Syrian refugees in Şanlıurfa. Prim Care Diabetes. 2022.",
                         "Posters (3): WONCA Europe 2023, 2024; Turkish Family Medicine Congress 2022."]),
   ],
   truth=dict(full_name="Zeynep Nur Aydın", email="zeynepnur.aydin@gmail.com", phone_e164="+905053672184",
              medical_school="İstanbul University-Cerrahpaşa, Cerrahpaşa Faculty of Medicine", medical_school_country="TR",
              graduation_year=2020, is_student=False, usmle_step1="pass", usmle_step2ck=246, usmle_step3=None,
              ecfmg_status="certified", visa_status="citizen", specialties=["Family Medicine", "Geriatrics"],
              languages=["Turkish", "English", "Spanish"], publications=2,
              usce_entries=[dict(type="hands_on", specialty="Family Medicine", state="GA", start="2025-09", end="2025-11"),
                            dict(type="observership", specialty="Geriatrics", state="NY", start="2026-01", end="2026-02")]))

# ---------------------------------------------------------------- 012 Iran, Shiraz, LO docx header/footer
cv(id="012", layout="lo_docx_headerfooter", ext="pdf",
   name="Mohammad Reza Karimi", native="محمدرضا کریمی", native_dir="rtl",
   headline="MD · Iranian Board Certified in Internal Medicine · Gastroenterology applicant",
   header_line="Mohammad Reza Karimi, MD — Mobile: 0917 305 4412 — Shiraz, Iran",
   footer_line="mr.karimi.shiraz@gmail.com  |  Curriculum Vitae  |  updated Azar 1405 (Nov 2026)",
   contact=[],
   sections=[
       ("Education", [dict(d="1388 – 1395 (2009 – 2016)", t="Doctor of Medicine (MD)", s="Shiraz University of Medical Sciences, Shiraz, Iran", b=[])]),
       ("Service", [dict(d="1395 – 1397 (2016 – 2018)", t="Military service as physician (completed) / Tarh", s="Bushehr Province health network", b=[])]),
       ("Residency", [dict(d="2018 – 2022", t="Resident, Internal Medicine", s="Namazi Hospital, Shiraz University of Medical Sciences",
                          b=["Iranian Board of Internal Medicine — certified 1401 (2022), national rank 12"])]),
       ("Examinations", ["USMLE Step 1 — Pass (2023)", "USMLE Step 2 CK — 232 (2024)", "ECFMG — Certified (2024)", "Visa: J-1 required"]),
       ("US Experience", [
           dict(d="03/2025 – 04/2025", t="Observership, Gastroenterology & Hepatology", s="Mayo Clinic, Rochester, MN", b=[]),
           dict(d="May 2025 – Oct 2025", t="Research Trainee, Gastroenterology", s="Mayo Clinic, Rochester, MN", b=[]),
       ]),
       ("Peer-reviewed publications (n = 6)", [
           "1. Karimi MR, et al. Hepatology International. 2021.", "2. Karimi MR, et al. Middle East J Dig Dis. 2020.",
           "3. Karimi MR, et al. Arch Iran Med. 2019.", "4. Karimi MR, et al. Clin Gastroenterol Hepatol. 2023.",
           "5. Karimi MR, et al. Dig Dis Sci. 2024.", "6. Karimi MR, et al. World J Gastroenterol. 2025.",
           "Abstracts: DDW 2025 (2 posters)."]),
       ("Interests", ["Gastroenterology (after Internal Medicine residency)."]),
       ("Languages", ["Persian (native)", "English (fluent)"]),
   ],
   truth=dict(full_name="Mohammad Reza Karimi", email="mr.karimi.shiraz@gmail.com", phone_e164="+989173054412",
              medical_school="Shiraz University of Medical Sciences", medical_school_country="IR", graduation_year=2016,
              is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
              visa_status="j1", specialties=["Gastroenterology", "Internal Medicine"], languages=["Persian", "English"],
              publications=6,
              usce_entries=[dict(type="observership", specialty="Gastroenterology", state="MN", start="2025-03", end="2025-04"),
                            dict(type="research", specialty="Gastroenterology", state="MN", start="2025-05", end="2025-10")]))

# ---------------------------------------------------------------- 013 Jordan, UJ, docx header contacts
cv(id="013", layout="pydocx_header", ext="docx",
   name="Yazan Tareq Obeidat", native="يزن طارق عبيدات", native_dir="rtl",
   headline="MD, The University of Jordan — Diagnostic Radiology",
   header_line="Yazan Tareq Obeidat  •  +962 77 912 3408  •  yazan.obeidat@live.com  •  Amman, Jordan",
   footer_line="Page 1",
   contact=[],
   sections=[
       ("Education", [dict(d="2018 – 2024", t="Doctor of Medicine (MD)", s="School of Medicine, The University of Jordan, Amman, Jordan", b=[]),
                     dict(d="07/2024 – 06/2025", t="Internship", s="Jordan University Hospital", b=[])]),
       ("USMLE", ["Step 1: Pass (2023)", "Step 2 CK: 255 (2025)", "ECFMG certified (2025)"]),
       ("US Experience", [dict(d="Aug 2025 – Oct 2025", t="Observership, Radiology", s="Houston Methodist Hospital, Houston, TX", b=[]),
                         dict(d="Nov 2025 – till date", t="Research Fellow, Radiology (AI imaging lab)", s="Emory University, Atlanta, GA", b=[])]),
       ("Publications", ["Obeidat YT, et al. Radiology: Artificial Intelligence. 2026.", "Obeidat YT, et al. Jordan Med J. 2023.",
                         "In preparation: CT triage of pulmonary embolism."]),
       ("Languages", ["Arabic", "English"]),
       ("Goal", ["Diagnostic Radiology residency."]),
   ],
   truth=dict(full_name="Yazan Tareq Obeidat", email="yazan.obeidat@live.com", phone_e164="+962779123408",
              medical_school="School of Medicine, The University of Jordan", medical_school_country="JO", graduation_year=2024,
              is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
              visa_status=None, specialties=["Radiology"], languages=["Arabic", "English"], publications=2,
              usce_entries=[dict(type="observership", specialty="Radiology", state="TX", start="2025-08", end="2025-10"),
                            dict(type="research", specialty="Radiology", state="GA", start="2025-11", end="2026-12")]))

# ---------------------------------------------------------------- 014 Egypt, Mansoura, RTF -> LibreOffice PDF
cv(id="014", layout="lo_rtf2pdf", ext="pdf",
   name="Ahmed Samir Abou El-Naga", native="أحمد سمير أبو النجا", native_dir="rtl",
   headline="MBBCh, MSc Clinical Pathology — Mansoura University",
   contact=["Tel.: 012 7654 3210", "E-mail: ahmed.abouelnaga@yandex.com", "Mansoura, Dakahlia, Egypt", "Visa: H-1B preferred"],
   sections=[
       ("Education", [dict(d="2011 – 2017", t="MBBCh", s="Faculty of Medicine, Mansoura University, Egypt", b=["Very Good with Honour"]),
                     dict(d="2018 – 2019", t="House Officer (Internship)", s="Mansoura University Hospitals", b=[]),
                     dict(d="2020 – 2022", t="MSc Clinical Pathology", s="Mansoura University", b=[])]),
       ("Military Service", ["2019 – 2020: Medical officer, Egyptian Armed Forces (completed)"]),
       ("USMLE", ["Step 1: 228", "Step 2 CK: 235", "ECFMG: Certified"]),
       ("US Experience", [dict(d="01/2023 – 06/2024", t="Research Fellow, Pathology", s="Johns Hopkins University School of Medicine, Baltimore, MD", b=[]),
                         dict(d="03/2024 – 04/2024", t="Observership, Surgical Pathology", s="Johns Hopkins Hospital, Baltimore, MD", b=[])]),
       ("Publications", ["4 peer-reviewed papers: Am J Surg Pathol 2024; Mod Pathol 2023; Egypt J Pathol 2021; Histopathology 2024."]),
       ("Interest", ["Pathology (AP/CP)."]),
       ("Languages", ["Arabic", "English"]),
   ],
   truth=dict(full_name="Ahmed Samir Abou El-Naga", email="ahmed.abouelnaga@yandex.com", phone_e164="+201276543210",
              medical_school="Faculty of Medicine, Mansoura University", medical_school_country="EG", graduation_year=2017,
              is_student=False, usmle_step1=228, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified",
              visa_status="h1b", specialties=["Pathology"], languages=["Arabic", "English"], publications=4,
              usce_entries=[dict(type="research", specialty="Pathology", state="MD", start="2023-01", end="2024-06"),
                            dict(type="observership", specialty="Pathology", state="MD", start="2024-03", end="2024-04")]))

# ---------------------------------------------------------------- 015 Iraq, Kufa, Arabic-first Chromium
cv(id="015", layout="chromium_arabic_first", ext="pdf",
   name="Zainab Kadhim Al-Saadi", native="زينب كاظم الساعدي", native_dir="rtl",
   native_block=["السيرة الذاتية", "بكالوريوس طب وجراحة عامة — جامعة الكوفة ١٤٤٠ هـ", "البورد العربي — الطب الباطني"],
   headline="MBChB (University of Kufa) · Arab Board of Internal Medicine",
   contact=["Mobile: 0781 462 9035", "Email: zainab.k.alsaadi@gmail.com", "Najaf, Iraq"],
   sections=[
       ("Education", [dict(d="2013 – 2019 (1440 H)", t="MBChB", s="College of Medicine, University of Kufa, Najaf, Iraq", b=[])]),
       ("Postgraduate", [dict(d="2020 – 2024", t="Arab Board of Health Specializations — Internal Medicine (certified 2024)", s="Al-Sadr Medical City, Najaf", b=[])]),
       ("USMLE / ECFMG", ["Step 1: Pass (2025)", "Step 2 CK: 228 (2026)", "ECFMG certification: pending (OET outstanding)", "Visa: J-1"]),
       ("US Clinical Experience", [dict(d="01.2026 – 03.2026", t="Observership — Endocrinology", s="University of Iowa Hospitals & Clinics, Iowa City, IA", b=[])]),
       ("Publications", ["Al-Saadi ZK, et al. Thyroid disorders in Najaf. Iraqi J Med Sci. 2022."]),
       ("Interests", ["Endocrinology, Internal Medicine"]),
       ("Languages", ["Arabic", "English", "Persian"]),
   ],
   truth=dict(full_name="Zainab Kadhim Al-Saadi", email="zainab.k.alsaadi@gmail.com", phone_e164="+9647814629035",
              medical_school="College of Medicine, University of Kufa", medical_school_country="IQ", graduation_year=2019,
              is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="pending",
              visa_status="j1", specialties=["Endocrinology", "Internal Medicine"], languages=["Arabic", "English", "Persian"],
              publications=1,
              usce_entries=[dict(type="observership", specialty="Endocrinology", state="IA", start="2026-01", end="2026-03")]))

# ---------------------------------------------------------------- 016 Syria (in Lebanon), Aleppo, ODT->DOCX by LibreOffice
cv(id="016", layout="lo_odt2docx", ext="docx",
   name="Hiba Mahmoud Darwish", native="هبة محمود درويش", native_dir="rtl",
   headline="MD, University of Aleppo — Internal Medicine / Rheumatology",
   contact=["Mobile (Lebanon): +961 71 482 906", "Email: hiba.darwish.md@gmail.com", "Achrafieh, Beirut",
            "Emergency contact: Mahmoud Darwish (father), Aleppo — 0933 555 812"],
   sections=[
       ("Education", [dict(d="2012 – 2018", t="Doctor of Medicine (MD)", s="Faculty of Medicine, University of Aleppo, Syria", b=[])]),
       ("Experience", [dict(d="2018 – 2022", t="Resident, Internal Medicine", s="Aleppo University Hospital", b=[]),
                      dict(d="2022 – 2025", t="Rheumatology clinic physician", s="Clemenceau Medical Center, Beirut, Lebanon", b=[])]),
       ("USMLE", ["Step 1 Pass", "Step 2 CK 241", "ECFMG Certified"]),
       ("US Clinical Experience", [dict(d="Oct 2025 – Dec 2025", t="Observership — Rheumatology", s="Hospital for Special Surgery, New York, NY", b=[])]),
       ("Publications", ["Darwish HM, et al. Familial Mediterranean fever in Syrian children. Rheumatol Int. 2021.",
                         "Darwish HM, et al. Lupus nephritis outcomes in Aleppo. Lupus. 2022."]),
       ("Specialty interests", ["Rheumatology; Internal Medicine"]),
       ("Languages", ["Arabic", "English", "French"]),
   ],
   truth=dict(full_name="Hiba Mahmoud Darwish", email="hiba.darwish.md@gmail.com", phone_e164="+96171482906",
              medical_school="Faculty of Medicine, University of Aleppo", medical_school_country="SY", graduation_year=2018,
              is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
              visa_status=None, specialties=["Rheumatology", "Internal Medicine"], languages=["Arabic", "English", "French"],
              publications=2,
              usce_entries=[dict(type="observership", specialty="Rheumatology", state="NY", start="2025-10", end="2025-12")]))

# ================================================================ scans
cv(id="017", layout="scan_phone_photo", ext="jpg", scan=True,
   name="Youssef Magdy Hassan", native="يوسف مجدي حسن", native_dir="rtl",
   headline="MBBCh, Alexandria University — Emergency Medicine",
   contact=["Mobile: 010 9876 1234", "youssef.magdy.hassan@gmail.com", "Smouha, Alexandria, Egypt"],
   sections=[
       ("Education", [dict(d="2014 – 2020", t="MBBCh", s="Faculty of Medicine, Alexandria University, Egypt", b=[]),
                     dict(d="2021 – 2022", t="House officer year (imtiyaz)", s="Alexandria Main University Hospital", b=[])]),
       ("Service & Training", ["2022 – 2023: Military service, medical officer (completed)",
                               "2023 – 2025: Resident, Emergency Medicine; Egyptian Fellowship of EM Part I passed"]),
       ("USMLE", ["Step 1: Pass", "Step 2 CK: 244", "ECFMG Certified", "Will need J-1 visa"]),
       ("US Clinical Experience", [dict(d="05/2025 – 06/2025", t="Observership, Emergency Medicine", s="Maimonides Medical Center, Brooklyn, NY", b=[])]),
       ("Publications", ["Hassan YM, et al. Triage accuracy in Alexandria EDs. Afr J Emerg Med. 2024."]),
       ("Languages", ["Arabic, English"]),
   ],
   truth=dict(full_name="Youssef Magdy Hassan", email="youssef.magdy.hassan@gmail.com", phone_e164="+201098761234",
              medical_school="Faculty of Medicine, Alexandria University", medical_school_country="EG", graduation_year=2020,
              is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
              visa_status="j1", specialties=["Emergency Medicine"], languages=["Arabic", "English"], publications=1,
              usce_entries=[dict(type="observership", specialty="Emergency Medicine", state="NY", start="2025-05", end="2025-06")]))

cv(id="018", layout="scan_fax_1bit", ext="pdf", scan=True,
   name="Hossein Jafari", native="حسین جعفری", native_dir="rtl",
   headline="MD, Mashhad University of Medical Sciences — Cardiology",
   contact=["Tel: 0915 602 3418", "h.jafari.mums@gmail.com", "Mashhad, Iran", "Status: US Permanent Resident"],
   sections=[
       ("Education", [dict(d="1384 – 1391 (2005 – 2012)", t="Doctor of Medicine (MD)", s="Mashhad University of Medical Sciences, Mashhad, Iran", b=[])]),
       ("Training", ["2012 – 2014: Military service as physician", "2014 – 2018: Internal Medicine residency, Imam Reza Hospital, Mashhad",
                     "2018 – 2021: Cardiology fellowship; Iranian Board of Cardiology 2021"]),
       ("USMLE", ["Step 1: Pass", "Step 2 CK: 226", "Step 3: 215", "ECFMG: certified"]),
       ("US Experience", [dict(d="04/2024 – 09/2025", t="Research Fellow, Cardiology", s="Cedars-Sinai Medical Center, Los Angeles, CA", b=[])]),
       ("Publications", ["11 peer-reviewed articles (list on request); 6 abstracts."]),
       ("Interest / Languages", ["Cardiology.  Languages: Persian, English"]),
   ],
   truth=dict(full_name="Hossein Jafari", email="h.jafari.mums@gmail.com", phone_e164="+989156023418",
              medical_school="Mashhad University of Medical Sciences", medical_school_country="IR", graduation_year=2012,
              is_student=False, usmle_step1="pass", usmle_step2ck=226, usmle_step3=215, ecfmg_status="certified",
              visa_status="green_card", specialties=["Cardiology"], languages=["Persian", "English"], publications=11,
              usce_entries=[dict(type="research", specialty="Cardiology", state="CA", start="2024-04", end="2025-09")]))

cv(id="019", layout="scan_rotated", ext="png", scan=True,
   name="Burak Öztürk", native=None, native_dir="ltr",
   headline="MD, Ege University Faculty of Medicine — Internal Medicine",
   contact=["GSM: 0533 724 19 06", "burak.ozturk.md@gmail.com", "Bornova, İzmir, Türkiye", "Askerlik: deferred (tecilli)"],
   sections=[
       ("Education", [dict(d="2016 – 2022", t="Doctor of Medicine", s="Ege University Faculty of Medicine, İzmir, Turkey", b=[])]),
       ("Experience", ["2022 – 2023: Compulsory public service, Manisa State Hospital"]),
       ("USMLE", ["Step 1: Pass", "Step 2 CK: 250", "ECFMG: certified"]),
       ("US Clinical Experience", [dict(d="02/2025 – 04/2025", t="Hands-on externship, Internal Medicine", s="Chicago, IL", b=[]),
                                  dict(d="04/2025 – 05/2025", t="Observership, Internal Medicine", s="Houston Methodist, Houston, TX", b=[])]),
       ("Goal / Languages", ["Internal Medicine residency.", "Turkish, English, German"]),
   ],
   truth=dict(full_name="Burak Öztürk", email="burak.ozturk.md@gmail.com", phone_e164="+905337241906",
              medical_school="Ege University Faculty of Medicine", medical_school_country="TR", graduation_year=2022,
              is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified",
              visa_status=None, specialties=["Internal Medicine"], languages=["Turkish", "English", "German"], publications=0,
              usce_entries=[dict(type="hands_on", specialty="Internal Medicine", state="IL", start="2025-02", end="2025-04"),
                            dict(type="observership", specialty="Internal Medicine", state="TX", start="2025-04", end="2025-05")]))

cv(id="020", layout="scan_colour_band", ext="pdf", scan=True,
   name="Reem Abdulaziz Al-Harbi", native="ريم عبدالعزيز الحربي", native_dir="rtl",
   headline="MBBS, King Abdulaziz University — Infectious Disease / Internal Medicine",
   contact=["Mobile: 050 874 3321", "reem.alharbi.md@gmail.com", "Jeddah, Saudi Arabia"],
   sections=[
       ("Education", [dict(d="2017 – 2023 (1444 H)", t="MBBS", s="Faculty of Medicine, King Abdulaziz University, Jeddah, Saudi Arabia", b=[]),
                     dict(d="2023 – 2024", t="Internship year", s="King Abdulaziz University Hospital", b=[])]),
       ("Exams", ["SMLE: passed", "USMLE Step 1: Pass", "USMLE Step 2 CK: 243", "ECFMG: Certified", "Visa: J-1 (SACM)"]),
       ("US Clinical Experience", [dict(d="06/2025 – 07/2025", t="Observership, Infectious Diseases", s="Emory University Hospital, Atlanta, GA", b=[])]),
       ("Publications", ["Al-Harbi RA, et al. MERS-CoV in Jeddah. J Infect Public Health. 2023.", "Al-Harbi RA, et al. Saudi Med J. 2024."]),
       ("Interests / Languages", ["Infectious Disease; Internal Medicine", "Arabic, English"]),
   ],
   truth=dict(full_name="Reem Abdulaziz Al-Harbi", email="reem.alharbi.md@gmail.com", phone_e164="+966508743321",
              medical_school="Faculty of Medicine, King Abdulaziz University", medical_school_country="SA", graduation_year=2023,
              is_student=False, usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified",
              visa_status="j1", specialties=["Infectious Disease", "Internal Medicine"], languages=["Arabic", "English"],
              publications=2,
              usce_entries=[dict(type="observership", specialty="Infectious Disease", state="GA", start="2025-06", end="2025-07")]))

cv(id="021", layout="scan_jpeg_2page", ext="pdf", scan=True,
   name="Yassine El Amrani", native="ياسين العمراني", native_dir="rtl",
   headline="Docteur en Médecine — Faculté de Médecine et de Pharmacie de Rabat",
   contact=["Tél : 06 70 11 22 93", "yassine.elamrani@gmail.com", "Agdal, Rabat, Maroc"],
   sections=[
       ("Formation", [dict(d="2012 – 2019", t="Doctorat en Médecine", s="Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V, Morocco", b=[])]),
       ("Expérience", ["2019 – 2023 : Résident en Pneumologie, CHU Ibn Sina, Rabat",
                       "2023 : Stage (observership), Pneumologie, Hôpital Cochin, Paris, France",
                       "2024 : Observership, Respirology, Montreal General Hospital, Canada"]),
       ("USMLE", ["Step 1 : Pass", "Step 2 CK : 238", "ECFMG : certified"]),
       ("Publications", ["El Amrani Y, et al. Tuberculose multirésistante au Maroc. Rev Mal Respir. 2022."]),
       ("Objectif", ["Pulmonary and Critical Care Medicine (via Internal Medicine)."]),
       ("Langues", ["Arabe, Français, Anglais"]),
   ],
   truth=dict(full_name="Yassine El Amrani", email="yassine.elamrani@gmail.com", phone_e164="+212670112293",
              medical_school="Faculté de Médecine et de Pharmacie de Rabat", medical_school_country="MA", graduation_year=2019,
              is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
              visa_status=None, specialties=["Pulmonology/Critical Care", "Internal Medicine"],
              languages=["Arabic", "French", "English"], publications=1, usce_entries=[]))

# ================================================================ damaged
DAMAGED = [("022", "damaged_truncated_pdf", "pdf"), ("023", "damaged_random_bytes", "docx"), ("024", "damaged_zero_length", "pdf")]

# hand-counted (usce_months, usce_months_clinical); check.py recounts them from the entries
MONTHS = {"001": (5, 5), "002": (23, 3), "003": (7, 5), "004": (7, 1), "005": (13, 3), "006": (10, 3),
          "007": (5, 5), "008": (3, 3), "009": (29, 3), "010": (4, 4), "011": (5, 5), "012": (8, 2),
          "013": (17, 3), "014": (18, 2), "015": (3, 3), "016": (3, 3), "017": (2, 2), "018": (18, 0),
          "019": (4, 4), "020": (2, 2), "021": (0, 0)}
