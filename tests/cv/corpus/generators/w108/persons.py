# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w108 (Anglophone Africa theme).
Item conventions inside a section list:
  "@Left text || right text"  -> entry heading (role / institution) with dates on the right
  "- text"                    -> bullet
  other string                -> paragraph
"""

P = []

def person(**kw):
    P.append(kw)
    return kw

# ---------------------------------------------------------------- 001 Nigeria, docx -> LO pdf
person(
 id="001", layout="docx_lo_pdf",
 name="Oluwaseun Adebayo Ogunleye", heading="DR. OLUWASEUN ADEBAYO OGUNLEYE, MBBS (Ibadan)",
 contact=["14 Adeola Odeku Street, Victoria Island, Lagos, Nigeria",
          "Mobile: +234 803 456 7812", "E-mail: seun.ogunleye.md@gmail.com"],
 personal=[("Date of Birth", "14/06/1992"), ("Sex", "Male"), ("Marital Status", "Married"),
           ("State of Origin", "Ogun State"), ("Local Government Area", "Abeokuta South"),
           ("Nationality", "Nigerian"), ("Religion", "Christianity"),
           ("Languages", "English (fluent), Yoruba (native), Hausa (basic)")],
 sections=[
  ("CAREER OBJECTIVE", ["To obtain a PGY-1 position in an academic Internal Medicine residency programme in the United States, "
      "and to subsequently pursue fellowship training in Cardiology, while contributing to patient care, teaching and research."]),
  ("EDUCATIONAL QUALIFICATIONS", [
    "@University of Ibadan, College of Medicine, Ibadan, Oyo State || 2010 – 2017",
    "- Bachelor of Medicine, Bachelor of Surgery (MBBS), December 2017",
    "- Distinction in Surgery (Final MBBS); Departmental Prize in Community Medicine",
    "@Federal Government College, Odogbolu, Ogun State || 2003 – 2009",
    "- West African Senior School Certificate Examination (WAEC/SSCE): 9 credits (7 distinctions)"]),
  ("PROFESSIONAL EXAMINATIONS & LICENSURE", [
    "- USMLE Step 1: Passed (first attempt), 2023",
    "- USMLE Step 2 CK: 248 (first attempt), 2024",
    "- ECFMG Certified (August 2024)",
    "- PLAB Part 1 (UK General Medical Council): Passed, November 2021",
    "- Full Registration, Medical and Dental Council of Nigeria (MDCN), Folio No. MDCN/R/84412",
    "- Basic Life Support (BLS) and ACLS, American Heart Association, 2025"]),
  ("WORK EXPERIENCE", [
    "@Clinical Research Volunteer, Division of Cardiology, University of Maryland School of Medicine, Baltimore, MD, USA || April 2024 – till date",
    "- Data abstraction and REDCap management for a heart-failure readmission registry (n = 1,200).",
    "- Co-authored two manuscripts; presented a poster at the ACC Quality Summit.",
    "@Clinical Observer, Department of Internal Medicine, Brookdale University Hospital Medical Center, Brooklyn, NY, USA || 01/2024 – 03/2024",
    "- Observed inpatient rounds on general medicine and CCU teams; presented 4 cases at morning report.",
    "@Medical Officer, Lagos Island General Hospital, Lagos || Oct 2019 – Dec 2023",
    "- Managed adult medical emergencies, ran the hypertension and diabetes clinic (about 60 patients/week).",
    "@Medical Officer (NYSC), General Hospital Gusau, Zamfara State || Oct 2018 – Sept 2019",
    "- National Youth Service Corps primary assignment; rural outreach and immunisation campaigns.",
    "@House Officer (Housemanship), University College Hospital (UCH), Ibadan || Jan 2018 – Dec 2018",
    "- Rotations: Internal Medicine, Surgery, Paediatrics, Obstetrics & Gynaecology (3 months each)."]),
  ("PUBLICATIONS", [
    "1. Ogunleye OA, Bankole AO, et al. Predictors of 30-day readmission in heart failure with reduced ejection fraction. J Card Fail. 2025;31(4):512-520.",
    "2. Ogunleye OA, Eze CP. Hypertension control in an urban Nigerian general hospital clinic. Niger J Clin Pract. 2023;26(2):188-194.",
    "3. Adekunle TS, Ogunleye OA, et al. Sepsis outcomes in a Nigerian tertiary centre. Afr Health Sci. 2021;21(3):1120-1127.",
    "Posters: (i) ACC Quality Summit 2025 – Heart failure registry outcomes; (ii) NMA Scientific Conference 2022 – Salt intake survey."]),
  ("HOBBIES", ["Chess, table tennis, mentoring secondary school students."]),
  ("REFEREES", [
    "Prof. Adeyemi O. Bankole, MBBS, FWACP — Consultant Cardiologist, Department of Medicine, University College Hospital, Ibadan. Tel: +234 802 311 4590. E-mail: ao.bankole@uchibadan.org.ng",
    "Dr. Chinedu P. Eze, FMCP — Head of Clinical Services, Lagos Island General Hospital, Lagos. Tel: 0805 667 2231. E-mail: chinedu.eze.lighosp@gmail.com",
    "Dr. Rebecca L. Hartman, MD — Associate Professor of Medicine, University of Maryland, Baltimore, MD. Tel: +1 (410) 555-0182. E-mail: rhartman@som.example.edu"]),
 ],
 truth=dict(full_name="Oluwaseun Adebayo Ogunleye", email="seun.ogunleye.md@gmail.com", phone_e164="+2348034567812",
  medical_school="University of Ibadan, College of Medicine", medical_school_country="NG", graduation_year=2017, is_student=False,
  usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Internal Medicine", "Cardiology"], languages=["English", "Yoruba", "Hausa"], publications=3,
  usce_entries=[
   dict(type="research", specialty="Cardiology", state="MD", start="2024-04", end="2026-12"),
   dict(type="observership", specialty="Internal Medicine", state="NY", start="2024-01", end="2024-03")],
  usce_months=36, usce_months_clinical=3),
 tricky="PERSONAL DATA table, 'till date', 3 referees incl. a US one with phone/email, PLAB, housemanship/NYSC mixed with US work",
)

# ---------------------------------------------------------------- 002 Kenya, native docx, contacts in header/footer
person(
 id="002", layout="docx_headerfooter",
 name="Wanjiru Njeri Kamau", heading="Wanjiru Njeri Kamau",
 header_text="Dr. Wanjiru N. Kamau, MBChB  |  Tel: +254 712 345 678  |  Nairobi, Kenya",
 footer_text="wanjiru.kamau.md@gmail.com  ·  Curriculum Vitae  ·  Page ",
 contact=[],
 personal=[("Date of birth", "3rd March 1995"), ("Nationality", "Kenyan"), ("Marital status", "Single"),
           ("ID/Passport", "Available on request"), ("KMPDC Reg. No.", "A11842")],
 sections=[
  ("PROFESSIONAL SUMMARY", ["Medical Officer with four years of clinical practice in county and referral hospitals in Kenya. "
     "I aim to match into Paediatrics or Family Medicine residency in the USA, with a special interest in neonatal care in low-resource settings."]),
  ("EDUCATION", [
    "@Bachelor of Medicine and Bachelor of Surgery (MBChB), University of Nairobi, Faculty of Health Sciences || 2014 – 2020",
    "- Graduated December 2020, Second Class Honours (Upper Division); Distinction in Paediatrics and Child Health",
    "@Kenya Certificate of Secondary Education (KCSE), Alliance Girls' High School, Kikuyu || 2010 – 2013",
    "- Mean grade A (plain)"]),
  ("LICENSURE AND EXAMINATIONS", [
    "- USMLE Step 1 — Pass (2023)",
    "- USMLE Step 2 CK — 239 (2024)",
    "- OET Medicine — Grade B in all sub-tests (2024)",
    "- ECFMG Certification — pending (awaiting final verification of medical diploma)",
    "- Full registration: Kenya Medical Practitioners and Dentists Council (KMPDC)"]),
  ("WORK EXPERIENCE", [
    "@Observership, Department of Pediatrics, Hennepin Healthcare, Minneapolis, Minnesota || Jul 2025 – Aug 2025",
    "- Attended general pediatrics ward rounds, NICU family meetings and resident teaching conferences.",
    "@Clinical Externship (hands-on), Family Medicine, Legacy Community Health, Houston, Texas || 4 weeks, starting 2 June 2025",
    "- Took histories and examined patients under supervision, wrote SOAP notes in Epic, presented to attendings.",
    "@Medical Officer, Kiambu Level 5 Hospital, Kiambu County || Jan 2022 – Apr 2025",
    "- Newborn unit and paediatric ward; led the hospital's Helping Babies Breathe training (2023).",
    "@Medical Officer Intern, Kenyatta National Hospital, Nairobi || Jan 2021 – Dec 2021",
    "- Internship rotations: Paediatrics, Internal Medicine, Surgery, Obstetrics & Gynaecology."]),
  ("RESEARCH AND PUBLICATIONS", [
    "- Kamau WN, Otieno P, Mwangi J. Neonatal sepsis and antibiotic resistance at a Kenyan county referral hospital. East Afr Med J. 2024;101(2):45-52.",
    "- Kamau WN, et al. Kangaroo mother care uptake in Kiambu County. (Manuscript submitted to BMC Pediatrics, 2025.)",
    "- Oral presentation: Kenya Paediatric Association Annual Conference, Mombasa, 2023."]),
  ("LANGUAGES", ["English (fluent), Kiswahili (fluent), Kikuyu (native)"]),
  ("VISA", ["Will require J-1 visa sponsorship."]),
  ("REFEREES", [
    "1. Dr. Peter Otieno, Consultant Paediatrician, Kiambu Level 5 Hospital. Phone: +254 722 908 114. Email: potieno.paeds@gmail.com",
    "2. Prof. Jane Mwangi, Department of Paediatrics, University of Nairobi. Phone: +254 733 410 552. Email: jmwangi@uonbi.example.ac.ke",
    "3. Dr. Sarah Whitfield, MD, Hennepin Healthcare, Minneapolis, MN. Phone: +1 612 555 0139."]),
 ],
 truth=dict(full_name="Wanjiru Njeri Kamau", email="wanjiru.kamau.md@gmail.com", phone_e164="+254712345678",
  medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
  specialties=["Pediatrics", "Family Medicine"], languages=["English", "Swahili", "Kikuyu"], publications=1,
  usce_entries=[
   dict(type="observership", specialty="Pediatrics", state="MN", start="2025-07", end="2025-08"),
   dict(type="hands_on", specialty="Family Medicine", state="TX", start="2025-06", end="2025-06")],
  usce_months=3, usce_months_clinical=3),
 tricky="phone only in the Word header, email only in the footer; '4 weeks, starting 2 June 2025'; states spelled out; submitted manuscript; Paediatrics spelling",
)

# ---------------------------------------------------------------- 003 Ghana, hand RTF
person(
 id="003", layout="rtf_hand",
 name="Kwabena Owusu-Ansah", heading="KWABENA OWUSU-ANSAH",
 contact=["P. O. Box KB 417, Korle Bu, Accra, Ghana", "Cell: 0244 581 937", "Email: kowusuansah@yahoo.com"],
 personal=[("Date of Birth", "22nd September 1991"), ("Hometown", "Kumasi, Ashanti Region"),
           ("Marital Status", "Married with one child"), ("Nationality", "Ghanaian")],
 sections=[
  ("CAREER OBJECTIVE", ["A hardworking and result-oriented medical doctor seeking a categorical General Surgery residency position, "
     "bringing experience in trauma and acute care surgery from Ghana and surgical outcomes research in the USA."]),
  ("EDUCATION", [
    "@University of Ghana Medical School, College of Health Sciences, Korle Bu || 2011 – 2018",
    "- MB ChB, awarded July 2018 (Distinction in Surgery)",
    "- BSc Medical Sciences (First Class Honours), 2014",
    "@Prempeh College, Kumasi || 2006 – 2009",
    "- WASSCE: 8 A1"]),
  ("EXAMINATIONS", [
    "USMLE Step 1 – Pass;  USMLE Step 2 CK – 251;  ECFMG certified (2023).",
    "Medical and Dental Council, Ghana – Permanent Registration (2020)."]),
  ("WORK EXPERIENCE", [
    "@Observer, General Surgery, Cleveland Clinic Fairview Hospital, Cleveland, OH || 10/2025 – 12/2025",
    "- Observed trauma and acute care surgery service; attended M&M conferences and skills lab.",
    "@Research Fellow, Department of Surgery, Emory University School of Medicine, Atlanta, GA || Sept 2024 – Aug 2025",
    "- Surgical outcomes research (NSQIP), global surgery projects; statistical analysis in R.",
    "@Medical Officer, Department of Surgery, Komfo Anokye Teaching Hospital, Kumasi || 2021 – 2024",
    "@National Service Personnel (Medical Officer), Tamale Teaching Hospital || 2020 – 2021",
    "@House Officer, Korle Bu Teaching Hospital, Accra || 2018 – 2020",
    "- Two-year housemanship: Surgery, Internal Medicine, Paediatrics, Obstetrics & Gynaecology."]),
  ("PUBLICATIONS", [
    "1. Owusu-Ansah K, Mensah E, et al. Trauma laparotomy outcomes in Kumasi. World J Surg. 2024;48:1021-1029.",
    "2. Owusu-Ansah K, Clarke J. Frailty and 30-day outcomes after emergency general surgery. Am J Surg. 2025;230:55-61.",
    "3. Boateng A, Owusu-Ansah K. Typhoid intestinal perforation in northern Ghana. Ghana Med J. 2022;56(1):12-18.",
    "4. Owusu-Ansah K, et al. Access to surgical care in Ghana: a geospatial analysis. BJS Open. 2025;9(2):zrae014.",
    "Abstracts: Academic Surgical Congress 2025 (two abstracts)."]),
  ("LANGUAGES", ["English, Twi (Akan), Ga, French (intermediate)"]),
  ("REFEREES", [
    "Dr. Emmanuel K. Mensah, Consultant Surgeon, Komfo Anokye Teaching Hospital, Kumasi. Tel: 0208 114 352. ekmensah@kath.example.gh",
    "Prof. Jonathan Clarke, MD, FACS, Emory University, Atlanta, GA. Tel: +1 404 555 0166. jclarke@emory.example.edu"]),
 ],
 truth=dict(full_name="Kwabena Owusu-Ansah", email="kowusuansah@yahoo.com", phone_e164="+233244581937",
  medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["General Surgery"], languages=["English", "Twi", "Ga", "French"], publications=4,
  usce_entries=[
   dict(type="observership", specialty="General Surgery", state="OH", start="2025-10", end="2025-12"),
   dict(type="research", specialty="General Surgery", state="GA", start="2024-09", end="2025-08")],
  usce_months=15, usce_months_clinical=3),
 tricky="hand-written RTF; Ghana local phone without country code (0244…); BSc First Class before MB ChB; USMLE on one line",
)

# ---------------------------------------------------------------- 004 Uganda, chromium two-column
person(
 id="004", layout="chromium_twocol",
 name="Grace Nakato Ssemwogerere", heading="Grace Nakato Ssemwogerere", subtitle="MBChB (Makerere) · Internal Medicine / Infectious Disease applicant",
 contact=["grace.nakato.s@gmail.com", "+256 772 418 903", "Kampala, Uganda"],
 personal=[("Date of birth", "11 Nov 1994"), ("Nationality", "Ugandan"), ("Marital status", "Single")],
 sections=[
  ("Profile", ["Ugandan physician with HIV/TB clinical experience. Seeking residency in Internal Medicine, followed by fellowship in Infectious Disease."]),
  ("Experience", [
    "@Observership, Hematology/Oncology — Sylvester Comprehensive Cancer Center, Miami, FL || 03.2026 – 04.2026",
    "- Outpatient leukemia/lymphoma clinics and tumor boards.",
    "@Hands-on Clinical Rotation, Infectious Disease — Johns Hopkins Bayview affiliated clinic, Baltimore, MD || May–June 2025",
    "- Saw new HIV and hepatitis C consults, wrote notes, presented to the ID attending.",
    "@Telehealth Rotation, Internal Medicine — Henry Ford Health (remote), Detroit, MI || Feb 2025 – Mar 2025",
    "- Virtual clinic encounters with residents; weekly case presentations.",
    "@Clinical Observer, Infectious Diseases — Toronto General Hospital, Toronto, ON, Canada || Aug 2024",
    "@Medical Officer, Infectious Diseases Institute, Kampala || Jul 2020 – Dec 2024",
    "- HIV, TB and advanced disease clinic; research site physician for two NIH-funded trials.",
    "@Intern Doctor, Mulago National Referral Hospital, Kampala || Jul 2019 – Jun 2020"]),
  ("Education", [
    "@MBChB, Makerere University College of Health Sciences, Kampala || 2014 – 2019",
    "- Graduated January 2019; Best student in Microbiology",
    "@Uganda Advanced Certificate of Education (UACE), Gayaza High School || 2012 – 2013"]),
  ("USMLE / Certification", ["Step 1: Pass", "Step 2 CK: 236", "ECFMG: Certified (2025)", "Visa: B1/B2 visa holder"]),
  ("Publications", [
    "- Ssemwogerere GN, et al. Cryptococcal antigen screening in advanced HIV. Open Forum Infect Dis. 2023;10(6):ofad210.",
    "- Ssemwogerere GN, Kiggundu R. TB preventive therapy completion in Kampala. Int J Tuberc Lung Dis. 2022;26(9):870-876.",
    "- Poster: CROI 2024, Denver."]),
  ("Languages", ["English, Luganda, Swahili"]),
  ("References", ["Dr. Robert Kiggundu, Infectious Diseases Institute, Kampala — +256 414 307 000 — rkiggundu@idi.example.ug",
                  "Dr. Anita Shah, MD, Johns Hopkins Bayview, Baltimore, MD — ashah@jh.example.edu"]),
 ],
 truth=dict(full_name="Grace Nakato Ssemwogerere", email="grace.nakato.s@gmail.com", phone_e164="+256772418903",
  medical_school="Makerere University College of Health Sciences", medical_school_country="UG", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Luganda", "Swahili"], publications=2,
  usce_entries=[
   dict(type="observership", specialty="Hematology/Oncology", state="FL", start="2026-03", end="2026-04"),
   dict(type="hands_on", specialty="Infectious Disease", state="MD", start="2025-05", end="2025-06"),
   dict(type="telehealth", specialty="Internal Medicine", state="MI", start="2025-02", end="2025-03")],
  usce_months=6, usce_months_clinical=4),
 tricky="two-column Chromium print (sidebar holds contacts, languages, USMLE); telehealth entry; Canada observership not USCE; 03.2026 and 'May–June 2025' date formats",
)

# ---------------------------------------------------------------- 005 Zimbabwe, reportlab
person(
 id="005", layout="reportlab_classic",
 name="Tatenda Brian Moyo", heading="Tatenda Brian Moyo, MBChB, MRCPsych (Part A)",
 contact=["Flat 3, 27 Selous Avenue, Harare, Zimbabwe", "+263 772 610 445", "tatenda.moyo.md@gmail.com"],
 personal=[("Date of Birth", "05/02/1990"), ("Nationality", "Zimbabwean"), ("Marital Status", "Married"),
           ("GMC (UK) No.", "7712093")],
 sections=[
  ("Career Objective", ["Psychiatrist-in-training seeking a US Psychiatry residency position, with interests in first-episode psychosis and community mental health."]),
  ("Education", [
    "@MBChB, University of Zimbabwe College of Health Sciences, Harare || 2010 – 2016",
    "- Graduated 2016; Distinction in Psychiatry",
    "@Zimbabwe 'A' Level Certificate, Prince Edward School, Harare || 2008 – 2009"]),
  ("Examinations & Registration", [
    "USMLE Step 1: Pass  |  USMLE Step 2 CK: 242  |  USMLE Step 3: 221",
    "ECFMG Certified (2024)",
    "PLAB 1 and PLAB 2 passed (2020); full GMC registration with licence to practise",
    "Medical and Dental Practitioners Council of Zimbabwe (MDPCZ) registration"]),
  ("Work Experience", [
    "@Clinical Observer, Department of Psychiatry, NYU Langone / Bellevue Hospital, New York, NY || 2025-03 – 2025-05",
    "@Research Assistant, Department of Psychiatry, University of Pittsburgh, Pittsburgh, PA || 2024-09 – 2025-02",
    "- Early-psychosis cohort data management; co-author on one publication.",
    "@Senior House Officer (Core Psychiatry), South London and Maudsley NHS Foundation Trust, London, UK || 2021-02 – 2024-07",
    "@Government Medical Officer, Mpilo Central Hospital, Bulawayo || 2018-03 – 2020-12",
    "@House Officer, Parirenyatwa Group of Hospitals, Harare || 2016-12 – 2018-02"]),
  ("Publications", [
    "1. Moyo TB, et al. Duration of untreated psychosis in Bulawayo. BJPsych Open. 2022;8(3):e91.",
    "2. Fraser L, Moyo TB, et al. Cannabis use and relapse in first-episode psychosis. Schizophr Res. 2025;262:44-50.",
    "Book chapter: Moyo TB. 'Mental health in Southern Africa.' In: Global Psychiatry, 2nd ed. OUP, 2023."]),
  ("Languages", ["English, Shona, Ndebele"]),
  ("Referees", [
    "Dr. Lorna Fraser, MD, Associate Professor of Psychiatry, University of Pittsburgh. +1 412 555 0120, lfraser@pitt.example.edu",
    "Dr. Tendai Chikwanha, Consultant Psychiatrist, Mpilo Central Hospital. +263 712 455 310"]),
 ],
 truth=dict(full_name="Tatenda Brian Moyo", email="tatenda.moyo.md@gmail.com", phone_e164="+263772610445",
  medical_school="University of Zimbabwe College of Health Sciences", medical_school_country="ZW", graduation_year=2016, is_student=False,
  usmle_step1="pass", usmle_step2ck=242, usmle_step3=221, ecfmg_status="certified", visa_status=None,
  specialties=["Psychiatry"], languages=["English", "Shona", "Ndebele"], publications=2,
  usce_entries=[
   dict(type="observership", specialty="Psychiatry", state="NY", start="2025-03", end="2025-05"),
   dict(type="research", specialty="Psychiatry", state="PA", start="2024-09", end="2025-02")],
  usce_months=9, usce_months_clinical=3),
 tricky="ISO-like dates 2025-03; UK NHS SHO job (not USCE); PLAB/GMC; Step 3 score; book chapter not counted",
)

# ---------------------------------------------------------------- 006 Zambia, fpdf2
person(
 id="006", layout="fpdf2_simple",
 name="Mwila Chanda Mulenga", heading="MWILA CHANDA MULENGA",
 contact=["Plot 4410, Kabulonga Road, Lusaka, Zambia", "Phone: +260 966 204 781", "Email: mwila.mulenga@hotmail.com"],
 personal=[("Date of Birth", "17 August 1996"), ("Nationality", "Zambian"), ("Marital Status", "Single"), ("NRC", "On request")],
 sections=[
  ("CAREER OBJECTIVE", ["To train in Obstetrics and Gynaecology in the United States and return to strengthen maternal health services in Zambia."]),
  ("EDUCATION", [
    "@Bachelor of Medicine and Bachelor of Surgery (MBChB), University of Zambia School of Medicine, Lusaka || 2015 – 2021",
    "- Graduated November 2021 with Merit",
    "@Grade 12 School Certificate, Kabulonga Girls Secondary School || 2014"]),
  ("USMLE", [
    "Step 1: PASS (2023)",
    "Step 2 CK: 233 (2024)",
    "Practice: NBME 13 - 245; UWSA 2 - 250",
    "Visa: B1/B2 (valid until 2029)"]),
  ("WORK EXPERIENCE", [
    "@Externship (hands-on), Obstetrics and Gynecology, Grady Memorial Hospital, Atlanta, GA || 06/01/2025 - 06/28/2025",
    "- Labor and delivery, triage and gynecology clinic under attending supervision.",
    "@Observership, Obstetrics & Gynaecology, Mount Sinai Hospital, Chicago, IL || Summer 2024",
    "@Medical Officer, Ndola Teaching Hospital, Ndola || Jan 2023 - Apr 2024",
    "@Junior Resident Medical Officer (Internship), University Teaching Hospitals, Lusaka || Dec 2021 - Dec 2022"]),
  ("SKILLS", ["BLS/ACLS certified; bedside ultrasound (FAST, obstetric scans); Microsoft Office; SPSS."]),
  ("LANGUAGES", ["English, Bemba, Nyanja"]),
  ("REFEREES", [
    "Dr. Mutale Banda, Consultant Obstetrician, University Teaching Hospitals, Lusaka. Cell: +260 977 334 118. Email: mbanda.uth@gmail.com",
    "Dr. Karen Liu, MD, Department of Gynecology & Obstetrics, Emory University, Atlanta, GA. Tel: +1 404 555 0191"]),
 ],
 truth=dict(full_name="Mwila Chanda Mulenga", email="mwila.mulenga@hotmail.com", phone_e164="+260966204781",
  medical_school="University of Zambia School of Medicine", medical_school_country="ZM", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
  specialties=["Obstetrics and Gynecology"], languages=["English", "Bemba", "Nyanja"], publications=0,
  usce_entries=[
   dict(type="hands_on", specialty="Obstetrics and Gynecology", state="GA", start="2025-06", end="2025-06"),
   dict(type="observership", specialty="Obstetrics and Gynecology", state="IL", start="2024-06", end="2024-08")],
  usce_months=4, usce_months_clinical=4),
 tricky="'Summer 2024' (read as Jun–Aug 2024); US-style 06/01/2025 dates; NBME/UWSA practice scores; no ECFMG statement; no publications section",
)

# ---------------------------------------------------------------- 007 Tanzania, plain text
person(
 id="007", layout="plaintext",
 name="Baraka Juma Mwakyusa", heading="BARAKA JUMA MWAKYUSA, MD",
 contact=["Mbezi Beach, Dar es Salaam, Tanzania", "Mobile: 0754 321 098", "E-mail: baraka.mwakyusa@gmail.com"],
 personal=[("Date of birth", "1993"), ("Nationality", "Tanzanian"), ("Marital status", "Single")],
 sections=[
  ("CAREER OBJECTIVE", ["Emergency physician-in-training seeking an Emergency Medicine residency in the US."]),
  ("EDUCATION", [
    "@Doctor of Medicine (MD), Muhimbili University of Health and Allied Sciences (MUHAS), Dar es Salaam || 2015 - 2020",
    "@Advanced Certificate of Secondary Education (ACSEE), Ilboru Secondary School, Arusha || 2013"]),
  ("EXAMINATIONS", ["USMLE Step 1 - Pass", "USMLE Step 2 CK - 229", "ECFMG - Certified", "Medical Council of Tanganyika - full registration (2021)"]),
  ("WORK EXPERIENCE", [
    "@Research volunteer - Emergency Medicine - Brown University / Rhode Island Hospital, Providence, RI || 05/2025 to present",
    "@Observership - Emergency Medicine - University Hospital, Newark, NJ || 03/2025 to 04/2025",
    "@Emergency Medical Officer - Muhimbili National Hospital Emergency Medicine Department || 11/2021 to 12/2024",
    "@Intern Doctor - Bugando Medical Centre, Mwanza || 11/2020 to 10/2021"]),
  ("PUBLICATIONS", ["Mwakyusa BJ, Sawe HR, et al. Point-of-care ultrasound use in a Tanzanian emergency department. Afr J Emerg Med. 2023;13(4):301-306."]),
  ("LANGUAGES", ["Swahili (native), English (fluent)"]),
  ("REFEREES", ["Dr. Hendry Sawe, Emergency Medicine Department, Muhimbili National Hospital. Tel: +255 713 220 441"]),
 ],
 truth=dict(full_name="Baraka Juma Mwakyusa", email="baraka.mwakyusa@gmail.com", phone_e164="+255754321098",
  medical_school="Muhimbili University of Health and Allied Sciences", medical_school_country="TZ", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Emergency Medicine"], languages=["Swahili", "English"], publications=1,
  usce_entries=[
   dict(type="research", specialty="Emergency Medicine", state="RI", start="2025-05", end="2026-12"),
   dict(type="observership", specialty="Emergency Medicine", state="NJ", start="2025-03", end="2025-04")],
  usce_months=22, usce_months_clinical=2),
 tricky="plain text; Tanzanian local phone 0754… (no +255); MD (not MBBS) with years only; 'to present'; birth year only",
)

# ---------------------------------------------------------------- 008 Nigeria, WPS-like Word via LO with odd fonts
person(
 id="008", layout="wps_lo_pdf",
 name="Chiamaka Adaeze Nwosu", heading="CHIAMAKA ADAEZE NWOSU",
 contact=["Address: 22 Ogui Road, Enugu, Enugu State, Nigeria", "Phone: 0806 712 3345", "Email: chiamaka.nwosu@yahoo.co.uk"],
 personal=[("Date of Birth", "02/12/1993"), ("Sex", "Female"), ("State of Origin", "Anambra"), ("LGA", "Nnewi North"),
           ("Marital Status", "Married"), ("Nationality", "Nigerian"),
           ("Residency status (USA)", "Permanent Resident (Green Card holder)")],
 sections=[
  ("CAREER OBJECTIVE", ["Seeking a residency position in Family Medicine or Internal Medicine where I can provide continuous, "
     "community-centred primary care to underserved populations."]),
  ("EDUCATIONAL BACKGROUND", [
    "@University of Nigeria, Enugu Campus (College of Medicine) — MBBS || 2011 – 2018",
    "- MBBS, October 2018",
    "@Queen of the Rosary College, Onitsha — WAEC (SSCE) || 2010"]),
  ("CERTIFICATIONS", ["USMLE Step 1 — Passed", "USMLE Step 2 CK — 252", "ECFMG certification — certified (2023)",
                      "Medical and Dental Council of Nigeria (MDCN) — Full Licence"]),
  ("WORK EXPERIENCE", [
    "@Externship, Internal Medicine — Harris Health Ben Taub Hospital affiliated practice, Houston, Texas || May 2024 – Jul 2024",
    "- Hands-on: admitted patients, wrote progress notes and orders (co-signed).",
    "@Research Assistant, Department of Family and Social Medicine — Montefiore Medical Center, Bronx, NY || 03/2024 – 08/2024",
    "@Clinical Observership, Family Medicine — Montefiore Medical Center, Bronx, NY || 15/03/2024 – 12/04/2024",
    "@Medical Officer — St. Nicholas Hospital, Lagos Island, Lagos || Nov 2020 – Dec 2023",
    "@NYSC Medical Officer — Federal Medical Centre, Yola, Adamawa State || 2019 – 2020",
    "@House Officer — University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla || Nov 2018 – Oct 2019"]),
  ("PUBLICATIONS", [
    "1. Nwosu CA, Okafor IJ. Intimate partner violence screening in primary care. Niger J Fam Pract. 2022;13(1):22-28.",
    "2. Nwosu CA, et al. Diabetes self-management education in the Bronx. J Prim Care Community Health. 2025;16:1-7."]),
  ("LANGUAGES", ["English, Igbo, Yoruba"]),
  ("REFEREES", [
    "Dr. Ifeanyi J. Okafor — Consultant Family Physician, UNTH Enugu — 0803 401 2297 — ifeanyi.okafor@unth.example.ng",
    "Dr. Maria Gonzalez, MD — Montefiore Medical Center, Bronx, NY — +1 718 555 0104"]),
 ],
 truth=dict(full_name="Chiamaka Adaeze Nwosu", email="chiamaka.nwosu@yahoo.co.uk", phone_e164="+2348067123345",
  medical_school="University of Nigeria, Enugu Campus (College of Medicine)", medical_school_country="NG", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Family Medicine", "Internal Medicine"], languages=["English", "Igbo", "Yoruba"], publications=2,
  usce_entries=[
   dict(type="hands_on", specialty="Internal Medicine", state="TX", start="2024-05", end="2024-07"),
   dict(type="research", specialty="Family Medicine", state="NY", start="2024-03", end="2024-08"),
   dict(type="observership", specialty="Family Medicine", state="NY", start="2024-03", end="2024-04")],
  usce_months=6, usce_months_clinical=5),
 tricky="Word-style fonts not installed (LO substitution); overlapping research/observership/externship; DD/MM/YYYY 15/03/2024; green card only in PERSONAL DATA table; local 0806 phone",
)

# ---------------------------------------------------------------- 009 Ethiopia, docx all tables
person(
 id="009", layout="docx_tables",
 name="Yohannes Tesfaye Bekele", heading="Yohannes Tesfaye Bekele", subtitle="ዮሐንስ ተስፋዬ በቀለ",
 contact=[],
 personal=[("Full name", "Yohannes Tesfaye Bekele"), ("Date of birth", "1991 (Ethiopian calendar 1983)"), ("Sex", "Male"),
           ("Nationality", "Ethiopian"), ("Mobile", "+251 911 234 567"), ("E-mail", "yohannes.tesfaye.b@gmail.com"),
           ("Address", "Bole Sub-city, Woreda 03, Addis Ababa"), ("Marital status", "Married")],
 sections=[
  ("Career Objective", ["To pursue residency training in Internal Medicine followed by a fellowship in Pulmonary and Critical Care Medicine."]),
  ("Education", [
    "@Doctor of Medicine (MD), Addis Ababa University, College of Health Sciences (Tikur Anbessa), Addis Ababa || 2013 – 2019",
    "- Graduated with Great Distinction (CGPA 3.84); includes one-year internship",
    "@Ethiopian Higher Education Entrance Certificate Examination (EHEECE) || 2012"]),
  ("Licensing and Examinations", [
    "- USMLE Step 1: Pass (2022)", "- USMLE Step 2 CK: 255 (2023)", "- ECFMG: Certified",
    "- Ethiopian Ministry of Health licence; Ethiopian Medical Association member"]),
  ("Experience", [
    "@Clinical Observer, Pulmonary & Critical Care, Massachusetts General Hospital, Boston, MA || Feb 2024 – Mar 2024",
    "@Research Fellow, Pulmonary and Critical Care Medicine, Vanderbilt University Medical Center, Nashville, TN || Jan 2023 – Dec 2023",
    "- ICU sepsis cohort; ARDS biomarker sub-study.",
    "@General Practitioner, Hawassa University Comprehensive Specialized Hospital, Hawassa || Sep 2019 – Nov 2022"]),
  ("Publications", [
    "1. Bekele YT, et al. Outcomes of mechanically ventilated patients in Ethiopia. Ethiop J Health Sci. 2021;31(5):987-994.",
    "2. Bekele YT, Semler MW. Fluid balance in sepsis. Crit Care Med. 2024;52(3):410-418.",
    "3. Bekele YT, et al. ARDS phenotypes in a US cohort. Am J Respir Crit Care Med. 2024;209:A1234 (abstract).",
    "4. Alemu T, Bekele YT. COPD prevalence in Sidama. BMC Pulm Med. 2022;22:301.",
    "5. Bekele YT, et al. Oxygen availability in Ethiopian hospitals. Lancet Glob Health. 2023;11(2):e210-e218.",
    "6. Bekele YT, et al. Tuberculosis and diabetes co-morbidity. Int J Tuberc Lung Dis. 2020;24(8):812-818.",
    "7. Bekele YT, et al. ICU capacity in East Africa. Chest. 2025;167(1):88-97."]),
  ("Languages", ["Amharic (native), English (fluent), Afaan Oromo (conversational)"]),
  ("Visa", ["Will need J-1 visa sponsorship (ECFMG)."]),
  ("Referees", ["Dr. Matthew W. Semler, Vanderbilt University Medical Center, Nashville, TN — +1 615 555 0177 — msemler@vumc.example.org",
                "Dr. Abebe Girma, Hawassa University — +251 916 443 028"]),
 ],
 truth=dict(full_name="Yohannes Tesfaye Bekele", email="yohannes.tesfaye.b@gmail.com", phone_e164="+251911234567",
  medical_school="Addis Ababa University, College of Health Sciences", medical_school_country="ET", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Amharic", "English", "Oromo"], publications=6,
  usce_entries=[
   dict(type="observership", specialty="Pulmonology/Critical Care", state="MA", start="2024-02", end="2024-03"),
   dict(type="research", specialty="Pulmonology/Critical Care", state="TN", start="2023-01", end="2023-12")],
  usce_months=14, usce_months_clinical=2),
 tricky="Everything in Word tables incl. contacts; Amharic (Ge'ez) name line; one listed 'publication' is an abstract (6 papers, not 7); Ethiopian-calendar birth year",
)

# ---------------------------------------------------------------- 010 Sudan, docx -> LO rtf
person(
 id="010", layout="lo_rtf",
 name="Mohamed Elfatih Abdelrahman", heading="Mohamed Elfatih Abdelrahman", subtitle="محمد الفاتح عبد الرحمن",
 contact=["Riyadh Block 12, Khartoum, Sudan", "Tel/WhatsApp: +249 912 345 678", "E-mail: m.elfatih.abdelrahman@gmail.com"],
 personal=[("Date of Birth", "01 January 1993"), ("Place of Birth", "Omdurman, Sudan"), ("Nationality", "Sudanese"),
           ("Marital Status", "Single")],
 sections=[
  ("Career Objective", ["Aspiring internist with a strong interest in Nephrology, seeking an Internal Medicine residency position."]),
  ("Education", [
    "@MBBS, Faculty of Medicine, University of Khartoum || 2011 – 2017",
    "- Graduated with Honours (Second Class, Division One), October 2017",
    "@Sudan School Certificate, Comboni College Khartoum || 2010 (94.1%)"]),
  ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 240", "USMLE Step 2 CS: Pass (2020)", "ECFMG certified (2021)",
                    "Sudan Medical Council: permanent registration"]),
  ("Work Experience", [
    "@Research Volunteer, Division of Nephrology, University of Michigan, Ann Arbor, MI || Jan 2024 – present",
    "@Observer, Nephrology, Cleveland Clinic, Cleveland, OH || Oct 2023 – Dec 2023",
    "@General Practitioner, Dr. Sulaiman Al Habib Hospital, Riyadh, Saudi Arabia || Mar 2022 – Jun 2023",
    "@Medical Officer, Omdurman Teaching Hospital || 2019 – 2022",
    "@National Service Doctor, Kassala Teaching Hospital || 2018 – 2019",
    "@House Officer (Internship), Khartoum Teaching Hospital || Nov 2017 – Nov 2018"]),
  ("Publications", [
    "1. Abdelrahman ME, et al. Prevalence of CKD among hypertensive patients in Khartoum. BMC Nephrol. 2021;22:198.",
    "2. Abdelrahman ME, Hassan AO. Hemodialysis access outcomes in Sudan. Saudi J Kidney Dis Transpl. 2022;33(2):301-309.",
    "3. Abdelrahman ME, et al. APOL1 and kidney outcomes. Kidney Int Rep. 2025;10(1):55-64."]),
  ("Languages", ["Arabic (native), English (fluent)"]),
  ("Referees", ["Dr. Ahmed O. Hassan, Consultant Nephrologist, Omdurman Teaching Hospital — +249 123 456 701 — ahmed.hassan.neph@gmail.com"]),
 ],
 truth=dict(full_name="Mohamed Elfatih Abdelrahman", email="m.elfatih.abdelrahman@gmail.com", phone_e164="+249912345678",
  medical_school="University of Khartoum, Faculty of Medicine", medical_school_country="SD", graduation_year=2017, is_student=False,
  usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Internal Medicine", "Nephrology"], languages=["Arabic", "English"], publications=3,
  usce_entries=[
   dict(type="research", specialty="Nephrology", state="MI", start="2024-01", end="2026-12"),
   dict(type="observership", specialty="Nephrology", state="OH", start="2023-10", end="2023-12")],
  usce_months=39, usce_months_clinical=3),
 tricky="RTF exported by LibreOffice; Arabic-script name line; Step 2 CS (not counted); Saudi job not USCE; 'present'",
)

# ---------------------------------------------------------------- 011 Cameroon (English), chromium two-column
person(
 id="011", layout="chromium_twocol",
 name="Emmanuel Ngwa Fon", heading="Emmanuel Ngwa Fon", subtitle="MD · Neurology",
 contact=["emmanuel.fon.md@gmail.com", "+237 677 123 456", "Buea, South-West Region, Cameroon"],
 personal=[("Born", "1995"), ("Nationality", "Cameroonian"), ("Status", "Single")],
 sections=[
  ("Career Objective", ["Bilingual (English/French) physician seeking a Neurology residency position, with interests in stroke and epilepsy care."]),
  ("Work & Clinical Experience", [
    "@Research Assistant, Department of Neurology, Johns Hopkins University, Baltimore, MD || 03/2025 – 09/2025",
    "- Stroke registry, EEG data curation, IRB submissions.",
    "@Clinical Observership, Neurology, UT Southwestern Medical Center, Dallas, TX || Jan–Feb 2025",
    "@General Practitioner, Bamenda Regional Hospital, North-West Region || Jan 2022 – Dec 2024",
    "@Internship, Buea Regional Hospital || Sep 2021 – Dec 2021"]),
  ("Education", [
    "@Doctor of Medicine (MD), Faculty of Health Sciences, University of Buea || 2014 – 2021",
    "- Thesis: Epilepsy treatment gap in Fako Division (graded Excellent)",
    "@GCE Advanced Level, Sacred Heart College, Mankon || 2013"]),
  ("USMLE", ["Step 1: Pass", "Step 2 CK: 244", "ECFMG certified", "Visa: B1/B2"]),
  ("Publications", ["- Fon EN, et al. Epilepsy treatment gap in Fako Division, Cameroon. Epilepsy Behav. 2022;128:108567.",
                    "- Poster: AAN Annual Meeting 2025."]),
  ("Languages", ["English, French"]),
  ("Referees", ["Prof. Alfred K. Njamnshi, Neurologist, Yaoundé — +237 699 001 234",
                "Dr. Rachel Kim, MD, Johns Hopkins Neurology — rkim@jhmi.example.edu"]),
 ],
 truth=dict(full_name="Emmanuel Ngwa Fon", email="emmanuel.fon.md@gmail.com", phone_e164="+237677123456",
  medical_school="University of Buea, Faculty of Health Sciences", medical_school_country="CM", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Neurology"], languages=["English", "French"], publications=1,
  usce_entries=[
   dict(type="research", specialty="Neurology", state="MD", start="2025-03", end="2025-09"),
   dict(type="observership", specialty="Neurology", state="TX", start="2025-01", end="2025-02")],
  usce_months=9, usce_months_clinical=2),
 tricky="two-column Chromium print (second template); Cameroon +237 9-digit number; 'Jan–Feb 2025'; referee phones in Cameroon too",
)

# ---------------------------------------------------------------- 012 Ghana, student, docx -> LO pdf
person(
 id="012", layout="docx_lo_pdf",
 name="Akosua Serwaa Mensah", heading="AKOSUA SERWAA MENSAH",
 contact=["Mobile: +233 20 847 3315", "Email: akosua.mensah@st.knust.edu.gh", "Kumasi, Ghana"],
 personal=[("Date of Birth", "09/04/2001"), ("Gender", "Female"), ("Hometown", "Kumasi"), ("Marital Status", "Single"),
           ("Nationality", "Ghanaian"), ("Visa", "Holds a valid B1/B2 visa")],
 sections=[
  ("CAREER OBJECTIVE", ["Final-year medical student seeking US clinical experience in Pediatrics ahead of applying to Pediatrics residency."]),
  ("EDUCATION", [
    "@MBChB (in view), KNUST School of Medicine and Dentistry, Kwame Nkrumah University of Science and Technology, Kumasi || 2021 – expected July 2027",
    "- Current year: 6th (final) year; Dean's List 2023, 2024",
    "@BSc Human Biology (First Class Honours), KNUST || 2018 – 2021",
    "@WASSCE, Wesley Girls' High School, Cape Coast || 2017 — 8 A1"]),
  ("USMLE", ["Step 1: Pass (May 2025)", "Step 2 CK: scheduled for March 2027", "ECFMG: not yet certified"]),
  ("CLINICAL EXPERIENCE", [
    "@Visiting Student Observership, Pediatrics, Nationwide Children's Hospital, Columbus, OH || July 2025",
    "@Clinical rotations (student), Komfo Anokye Teaching Hospital, Kumasi || 2024 – present"]),
  ("RESEARCH", ["Poster: Malaria in under-fives at KATH — Ghana Medical Students' Research Day 2024."]),
  ("LANGUAGES", ["English, Twi, German (basic)"]),
  ("REFEREES", ["Dr. Ama Owusu-Darko, Senior Lecturer in Child Health, KNUST. +233 24 331 0097. aowusudarko@knust.example.edu.gh"]),
 ],
 truth=dict(full_name="Akosua Serwaa Mensah", email="akosua.mensah@st.knust.edu.gh", phone_e164="+233208473315",
  medical_school="KNUST School of Medicine and Dentistry", medical_school_country="GH", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
  specialties=["Pediatrics"], languages=["English", "Twi", "German"], publications=0,
  usce_entries=[dict(type="observership", specialty="Pediatrics", state="OH", start="2025-07", end="2025-07")],
  usce_months=1, usce_months_clinical=1),
 tricky="student (expected 2027); BSc First Class before MBChB; visa in PERSONAL DATA table; Step 2 only scheduled; poster only",
)

# ---------------------------------------------------------------- 013 Nigeria in Texas, reportlab
person(
 id="013", layout="reportlab_modern",
 name="Abdulrahman Bello Yusuf", heading="Abdulrahman Bello Yusuf, MBBS",
 contact=["Katy, TX 77494", "(832) 555-0147", "abdulrahman.yusuf.md@gmail.com"],
 personal=[("Date of Birth", "20 Feb 1989"), ("State of Origin", "Kano State, Nigeria"), ("Immigration status", "U.S. Permanent Resident"),
           ("Marital Status", "Married")],
 sections=[
  ("Career Objective", ["Internal Medicine residency applicant with a long-term goal of Gastroenterology fellowship."]),
  ("Work Experience", [
    "@Observership, Gastroenterology, UT Health San Antonio, San Antonio, TX || 07/2024 – 08/2024",
    "@Research Coordinator (volunteer), Gastroenterology, Baylor College of Medicine, Houston, TX || 12/2022 – 06/2024",
    "- Inflammatory bowel disease cohort; 2 publications.",
    "@Clinical Externship (hands-on), Internal Medicine, Memorial Hermann affiliated clinic, Houston, TX || 09/2022 – 11/2022",
    "@Medical Scribe, Emergency Department, HCA Houston Healthcare || 01/2021 – 08/2022",
    "@Medical Officer, Aminu Kano Teaching Hospital, Kano || 2017 – 2020",
    "@NYSC Medical Officer, Rivers State Hospitals Management Board, Port Harcourt || 2016 – 2017",
    "@House Officer, Ahmadu Bello University Teaching Hospital (ABUTH), Zaria || 2015 – 2016"]),
  ("Education", [
    "@MBBS, Ahmadu Bello University, Zaria, Kaduna State || 2008 – 2015",
    "@WAEC (SSCE), Government Secondary School, Kano || 2006"]),
  ("USMLE", ["Step 1: 232 (2021)", "Step 2 CK: 246 (2022)", "Step 3: 218 (2024)", "ECFMG certified (2022)"]),
  ("Publications", ["1. Yusuf AB, et al. Biologic persistence in Crohn's disease. Inflamm Bowel Dis. 2024;30(5):700-708.",
                    "2. Yusuf AB, et al. Vedolizumab outcomes in older adults. Dig Dis Sci. 2023;68:4012-4020.",
                    "Abstract: DDW 2024, Washington, DC."]),
  ("Languages", ["English, Hausa, Arabic (reading)"]),
  ("References", ["Dr. Michael Tran, MD, Baylor College of Medicine, Houston, TX — (713) 555-0110 — mtran@bcm.example.edu",
                  "Dr. Aisha Garba, Aminu Kano Teaching Hospital — +234 803 661 2284"]),
 ],
 truth=dict(full_name="Abdulrahman Bello Yusuf", email="abdulrahman.yusuf.md@gmail.com", phone_e164="+18325550147",
  medical_school="Ahmadu Bello University", medical_school_country="NG", graduation_year=2015, is_student=False,
  usmle_step1=232, usmle_step2ck=246, usmle_step3=218, ecfmg_status="certified", visa_status="green_card",
  specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Hausa", "Arabic"], publications=2,
  usce_entries=[
   dict(type="observership", specialty="Gastroenterology", state="TX", start="2024-07", end="2024-08"),
   dict(type="research", specialty="Gastroenterology", state="TX", start="2022-12", end="2024-06"),
   dict(type="hands_on", specialty="Internal Medicine", state="TX", start="2022-09", end="2022-11")],
  usce_months=24, usce_months_clinical=5),
 tricky="US phone without +1; medical scribe job (not USCE); 3-digit Step 1 score; Step 3; referee phones US and Nigerian",
)

# ---------------------------------------------------------------- 014 Kenya, fpdf2
person(
 id="014", layout="fpdf2_banner",
 name="Brian Otieno Ochieng", heading="Dr. Brian Otieno Ochieng",
 contact=["Eldoret, Kenya", "Mobile: 0722 456 789", "brian.ochieng.md@gmail.com"],
 personal=[("Date of Birth", "30/10/1992"), ("Nationality", "Kenyan"), ("Marital Status", "Single")],
 sections=[
  ("Career Objective", ["To join an Internal Medicine residency programme and subsequently pursue an Infectious Diseases fellowship, "
     "focusing on HIV care. Requires J-1 visa sponsorship."]),
  ("Education", [
    "@MBChB, Moi University School of Medicine, Eldoret || 2012 - 2018",
    "- Graduated December 2018",
    "@KCSE, Maseno School || 2011 - Grade A"]),
  ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 238", "ECFMG Certified (2023)", "KMPDC full registration"]),
  ("Work Experience", [
    "@Telehealth Rotation, Internal Medicine, Stanford Health Care virtual clinic (California) || Sept - Oct 2024",
    "@Observership, Infectious Diseases, IU Health Methodist Hospital, Indianapolis, IN || Aug 2024",
    "@Research Scholar, Division of Infectious Diseases, Indiana University School of Medicine, Indianapolis, IN || Aug 2023 - Jul 2024",
    "@Medical Officer, AMPATH / Moi Teaching and Referral Hospital, Eldoret || Jan 2020 - Jul 2023",
    "@Medical Officer Intern, Moi Teaching and Referral Hospital || Jan 2019 - Dec 2019"]),
  ("Publications", [
    "1. Ochieng BO, et al. Viral load suppression among adolescents in western Kenya. J Int AIDS Soc. 2021;24(4):e25690.",
    "2. Ochieng BO, et al. Cryptococcal meningitis mortality at MTRH. Med Mycol. 2022;60(3):myac012.",
    "3. Ochieng BO, Wools-Kaloustian K. Dolutegravir transition outcomes. AIDS. 2023;37(2):311-318.",
    "4. Ochieng BO, et al. TB-HIV integration in Kenya. PLoS One. 2023;18(7):e0288112.",
    "5. Ochieng BO, et al. Kaposi sarcoma survival. JCO Glob Oncol. 2024;10:e2300211.",
    "6. Ochieng BO, et al. PrEP uptake among fisherfolk. AIDS Behav. 2024;28:1550-1559.",
    "Manuscripts in preparation: 2."]),
  ("Languages", ["English, Kiswahili, Dholuo"]),
  ("Referees", ["Prof. Kara Wools-Kaloustian, MD, Indiana University, Indianapolis, IN. +1 317 555 0163",
                "Dr. Lameck Diero, AMPATH Kenya, Eldoret. 0733 221 904"]),
 ],
 truth=dict(full_name="Brian Otieno Ochieng", email="brian.ochieng.md@gmail.com", phone_e164="+254722456789",
  medical_school="Moi University School of Medicine", medical_school_country="KE", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Swahili", "Luo"], publications=6,
  usce_entries=[
   dict(type="telehealth", specialty="Internal Medicine", state="CA", start="2024-09", end="2024-10"),
   dict(type="observership", specialty="Infectious Disease", state="IN", start="2024-08", end="2024-08"),
   dict(type="research", specialty="Infectious Disease", state="IN", start="2023-08", end="2024-07")],
  usce_months=15, usce_months_clinical=1),
 tricky="Kenyan 0722 local phone; state only as '(California)'; telehealth; J-1 inside objective; Dholuo = Luo; 6 papers + manuscripts in preparation",
)

# ---------------------------------------------------------------- 015 Uganda, WPS-like via LO with odd fonts
person(
 id="015", layout="wps_lo_pdf",
 name="Patience Akello", heading="PATIENCE AKELLO",
 contact=["Gulu City, Northern Uganda", "Tel: +256 701 552 908", "E-mail: patience.akello@gmail.com"],
 personal=[("Date of Birth", "12th July 1995"), ("Sex", "Female"), ("Nationality", "Ugandan"), ("Marital Status", "Single"),
           ("District of Origin", "Gulu")],
 sections=[
  ("CAREER OBJECTIVE", ["To secure a residency position in Anesthesiology in the United States."]),
  ("EDUCATION", [
    "@Bachelor of Medicine and Bachelor of Surgery (MBChB), Gulu University Faculty of Medicine || 2014 – 2020",
    "@Uganda Certificate of Education (UCE) and UACE, St. Mary's College Lacor || 2008 – 2013"]),
  ("PROFESSIONAL EXAMS", ["USMLE Step 1: Pass (2024)", "USMLE Step 2 CK: scheduled January 2027",
                          "ECFMG certification: pending", "Uganda Medical and Dental Practitioners Council – licensed"]),
  ("WORK EXPERIENCE", [
    "@Observership, Anaesthesia, UPMC Presbyterian, Pittsburgh, PA || 2025-02 – 2025-04",
    "@Observership, Anesthesiology, Mayo Clinic, Rochester, MN || 2025-01 – 2025-02",
    "@Medical Officer, Arua Regional Referral Hospital || 2021 – 2024",
    "@Intern Doctor, St. Mary's Hospital Lacor, Gulu || 2020 – 2021"]),
  ("LANGUAGES", ["English, Acholi, Luganda"]),
  ("REFEREES", ["Dr. Okello Denis, Consultant Anaesthesiologist, Lacor Hospital — +256 772 908 114 — dokello@lacor.example.ug"]),
 ],
 truth=dict(full_name="Patience Akello", email="patience.akello@gmail.com", phone_e164="+256701552908",
  medical_school="Gulu University Faculty of Medicine", medical_school_country="UG", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
  specialties=["Anesthesiology"], languages=["English", "Acholi", "Luganda"], publications=0,
  usce_entries=[
   dict(type="observership", specialty="Anesthesiology", state="PA", start="2025-02", end="2025-04"),
   dict(type="observership", specialty="Anesthesiology", state="MN", start="2025-01", end="2025-02")],
  usce_months=4, usce_months_clinical=4),
 tricky="odd fonts via LibreOffice; overlapping observerships (Feb 2025 counted once); 'Anaesthesia' spelling; graduation year only from date range",
)

# ---------------------------------------------------------------- 016 Nigeria, plain text email-paste
person(
 id="016", layout="plaintext",
 name="Ifeoluwa Temitope Adeleke", heading="IFEOLUWA TEMITOPE ADELEKE",
 contact=["Phone: +234 (0) 809 876 5432", "Email: ifeoluwa.adeleke@gmail.com", "Osogbo, Osun State"],
 personal=[("Date of Birth", "25/05/1997"), ("State of Origin", "Osun"), ("Marital Status", "Single"), ("Nationality", "Nigerian")],
 sections=[
  ("CAREER OBJECTIVE", ["To secure a research position and later an Internal Medicine residency, with a focus on Endocrinology (diabetes and thyroid disease)."]),
  ("EDUCATION", ["@MBBS, Obafemi Awolowo University, Ile-Ife || 2014 - 2021", "@WAEC, Federal Government College Ilorin || 2013"]),
  ("EXAMS", ["USMLE Step 1: PASSED", "USMLE Step 2 CK: preparing (UWSA1 258)", "MDCN: full registration"]),
  ("WORK EXPERIENCE", [
    "@Research Intern, Division of Endocrinology, University of Alabama at Birmingham, Birmingham, AL || March–May 2025",
    "@NYSC Medical Officer, Comprehensive Health Centre, Ijebu-Ode || 2022 - 2023",
    "@House Officer, OAUTHC Ile-Ife || 2021 - 2022"]),
  ("PUBLICATIONS", ["Adeleke IT, et al. Thyroid dysfunction in type 2 diabetes in Ile-Ife. Niger Postgrad Med J. 2023;30(1):40-45.",
                    "Adeleke IT, et al. Continuous glucose monitoring in Nigeria (submitted)."]),
  ("LANGUAGES", ["English, Yoruba"]),
  ("REFEREES", ["Dr. Olufemi Adeoye, Endocrinology Unit, OAUTHC. 0803 777 1204. femi.adeoye@oauthc.example.ng"]),
 ],
 truth=dict(full_name="Ifeoluwa Temitope Adeleke", email="ifeoluwa.adeleke@gmail.com", phone_e164="+2348098765432",
  medical_school="Obafemi Awolowo University", medical_school_country="NG", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Internal Medicine", "Endocrinology"], languages=["English", "Yoruba"], publications=1,
  usce_entries=[dict(type="research", specialty="Endocrinology", state="AL", start="2025-03", end="2025-05")],
  usce_months=3, usce_months_clinical=0),
 tricky="phone '+234 (0) 809…' trunk zero; UWSA practice score next to Step 2 CK; research-only USCE; submitted paper not counted",
)

# ================================================================ scans / photos
person(
 id="017", layout="scan_pdf", source="docx_lo_pdf",
 name="Chukwuemeka Ikenna Obi", heading="CHUKWUEMEKA IKENNA OBI",
 contact=["Mobile: +234 805 221 7788", "Email: ikenna.obi.md@gmail.com", "Yaba, Lagos"],
 personal=[("Date of Birth", "07/01/1990"), ("State of Origin", "Imo"), ("Marital Status", "Married"), ("Nationality", "Nigerian")],
 sections=[
  ("CAREER OBJECTIVE", ["To train in Diagnostic Radiology in a US residency programme."]),
  ("EDUCATION", ["@MBBS, College of Medicine, University of Lagos || 2009 – 2016"]),
  ("EXAMINATIONS", ["USMLE Step 1: Pass;  Step 2 CK: 247;  ECFMG Certified;  Visa: B1/B2"]),
  ("WORK EXPERIENCE", [
    "@Research Fellow, Radiology, Thomas Jefferson University, Philadelphia, PA || Sep 2023 – Feb 2024",
    "@Observership, Radiology, Penn Medicine, Philadelphia, PA || Jun 2023 – Aug 2023",
    "@Medical Officer, Reddington Hospital, Lagos || 2018 – 2022",
    "@NYSC, General Hospital Ikorodu || 2017 – 2018",
    "@House Officer, Lagos University Teaching Hospital || 2016 – 2017"]),
  ("PUBLICATIONS", ["1. Obi CI, et al. CT utilisation in Lagos. West Afr J Radiol. 2021;28(2):80-85.",
                    "2. Obi CI, et al. AI triage of chest radiographs. J Am Coll Radiol. 2024;21(6):900-907."]),
  ("LANGUAGES", ["English, Igbo"]),
  ("REFEREES", ["Dr. Funmi Ajayi, Consultant Radiologist, LUTH. 0802 555 9911"]),
 ],
 truth=dict(full_name="Chukwuemeka Ikenna Obi", email="ikenna.obi.md@gmail.com", phone_e164="+2348052217788",
  medical_school="University of Lagos, College of Medicine", medical_school_country="NG", graduation_year=2016, is_student=False,
  usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Radiology"], languages=["English", "Igbo"], publications=2,
  usce_entries=[
   dict(type="research", specialty="Radiology", state="PA", start="2023-09", end="2024-02"),
   dict(type="observership", specialty="Radiology", state="PA", start="2023-06", end="2023-08")],
  usce_months=9, usce_months_clinical=3),
 tricky="image-only PDF, rotated ~1.5°, noise; grad year from range",
)

person(
 id="018", layout="photo_jpg", source="reportlab_classic",
 name="Faith Wambui Mwangi", heading="Faith Wambui Mwangi",
 contact=["+254 733 908 112", "faith.mwangi.md@gmail.com", "Nakuru, Kenya"],
 personal=[("Date of Birth", "1997"), ("Nationality", "Kenyan")],
 sections=[
  ("Career Objective", ["Family Medicine residency applicant."]),
  ("Education", ["@MBChB, Kenyatta University School of Medicine, Nairobi || 2016 – 2022"]),
  ("USMLE", ["Step 1: Pass  |  Step 2 CK: 231  |  ECFMG certification pending  |  B1/B2 visa"]),
  ("Experience", [
    "@Observership, Family Medicine, Truman Medical Centers, Kansas City, MO || Oct 2025 – Nov 2025",
    "@Medical Officer, Nakuru County Referral Hospital || 2023 – 2025",
    "@Intern, Nakuru Level 5 Hospital || 2022 – 2023"]),
  ("Languages", ["English, Swahili, Kikuyu"]),
  ("Referees", ["Dr. James Kariuki, Nakuru County Referral Hospital, +254 720 114 556"]),
 ],
 truth=dict(full_name="Faith Wambui Mwangi", email="faith.mwangi.md@gmail.com", phone_e164="+254733908112",
  medical_school="Kenyatta University School of Medicine", medical_school_country="KE", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
  specialties=["Family Medicine"], languages=["English", "Swahili", "Kikuyu"], publications=0,
  usce_entries=[dict(type="observership", specialty="Family Medicine", state="MO", start="2025-10", end="2025-11")],
  usce_months=2, usce_months_clinical=2),
 tricky="phone photo: perspective warp, shading, JPEG",
)

person(
 id="019", layout="scan_png_lowres", source="fpdf2_simple",
 name="Yaw Darko Appiah", heading="YAW DARKO APPIAH",
 contact=["Tel: 020 933 4671", "Email: yaw.appiah.md@gmail.com", "Cape Coast, Ghana"],
 personal=[("Date of Birth", "03/03/1993"), ("Nationality", "Ghanaian"), ("Marital Status", "Single")],
 sections=[
  ("CAREER OBJECTIVE", ["Internal Medicine residency, then Cardiology fellowship."]),
  ("EDUCATION", ["@MBChB, University of Cape Coast School of Medical Sciences || 2013 - 2019"]),
  ("EXAMS", ["USMLE Step 1: Pass; Step 2 CK: 250; ECFMG: Certified"]),
  ("WORK EXPERIENCE", [
    "@Research Associate, Cardiology, Mount Sinai Hospital, New York, NY || 04/2024 - 12/2024",
    "@Observership, Cardiology, Newark Beth Israel Medical Center, Newark, NJ || 02/2024 - 03/2024",
    "@Medical Officer, Cape Coast Teaching Hospital || 2021 - 2023",
    "@House Officer, Cape Coast Teaching Hospital || 2019 - 2021"]),
  ("PUBLICATIONS", ["Three peer-reviewed articles (Ghana Med J 2021; Cardiovasc J Afr 2022; JACC Case Rep 2024)."]),
  ("LANGUAGES", ["English, Twi, Ewe"]),
  ("REFEREES", ["Dr. Kofi Adu, Cape Coast Teaching Hospital, 024 401 2276"]),
 ],
 truth=dict(full_name="Yaw Darko Appiah", email="yaw.appiah.md@gmail.com", phone_e164="+233209334671",
  medical_school="University of Cape Coast School of Medical Sciences", medical_school_country="GH", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Internal Medicine", "Cardiology"], languages=["English", "Twi", "Ewe"], publications=3,
  usce_entries=[
   dict(type="research", specialty="Cardiology", state="NY", start="2024-04", end="2024-12"),
   dict(type="observership", specialty="Cardiology", state="NJ", start="2024-02", end="2024-03")],
  usce_months=11, usce_months_clinical=2),
 tricky="low-resolution PNG (~100 dpi), grey, slight blur; Ghana local 020 phone",
)

person(
 id="020", layout="scan_pdf", source="docx_lo_pdf",
 name="Chilufya Natasha Bwalya", heading="CHILUFYA NATASHA BWALYA",
 contact=["Phone: +260 977 845 120", "Email: chilufya.bwalya@gmail.com", "Kitwe, Zambia"],
 personal=[("Date of Birth", "14/02/1996"), ("Nationality", "Zambian"), ("Marital Status", "Single"), ("Visa", "B1/B2")],
 sections=[
  ("CAREER OBJECTIVE", ["Seeking a residency position in Anatomic and Clinical Pathology."]),
  ("EDUCATION", ["@MBChB, Copperbelt University, Michael Chilufya Sata School of Medicine, Ndola || 2014 – 2020",
                 "@Grade 12, Mpelembe Secondary School, Kitwe || 2013"]),
  ("EXAMINATIONS", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 227", "ECFMG Certified (2024)", "Health Professions Council of Zambia – full registration"]),
  ("WORK EXPERIENCE", [
    "@Observership, Pathology, Henry Ford Hospital, Detroit, MI || March 2025",
    "@Hands-on Clerkship, General Surgery, Detroit Medical Center, Detroit, MI || Jan 2025 – Feb 2025",
    "@Medical Officer, Kitwe Teaching Hospital || 2022 – 2024",
    "@Junior Resident Medical Officer, Kitwe Teaching Hospital || 2020 – 2022"]),
  ("PUBLICATIONS", ["Bwalya CN, et al. Cervical cytology findings in Kitwe. Med J Zambia. 2023;50(2):110-116."]),
  ("LANGUAGES", ["English, Bemba"]),
  ("REFEREES", ["Dr. Mulenga Kapata, Pathologist, Kitwe Teaching Hospital. +260 966 771 203", "Dr. Susan Park, MD, Henry Ford Hospital, Detroit, MI"]),
 ],
 truth=dict(full_name="Chilufya Natasha Bwalya", email="chilufya.bwalya@gmail.com", phone_e164="+260977845120",
  medical_school="Copperbelt University, Michael Chilufya Sata School of Medicine", medical_school_country="ZM", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=227, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Pathology"], languages=["English", "Bemba"], publications=1,
  usce_entries=[
   dict(type="observership", specialty="Pathology", state="MI", start="2025-03", end="2025-03"),
   dict(type="hands_on", specialty="General Surgery", state="MI", start="2025-01", end="2025-02")],
  usce_months=3, usce_months_clinical=3),
 tricky="image-only PDF rotated -2°, JPEG artefacts; surgery rotation but Pathology goal",
)

person(
 id="021", layout="photo_jpg_lowcontrast", source="reportlab_classic",
 name="Hanna Girma Alemu", heading="Hanna Girma Alemu",
 contact=["+251 912 887 406", "hanna.girma.alemu@gmail.com", "Jimma, Ethiopia"],
 personal=[("Date of Birth", "1996"), ("Nationality", "Ethiopian")],
 sections=[
  ("Career Objective", ["Internal Medicine residency with an interest in Geriatrics."]),
  ("Education", ["@Doctor of Medicine (MD), Jimma University Institute of Health || 2015 – 2021"]),
  ("Examinations", ["USMLE Step 1: Pass (2024)"]),
  ("Experience", [
    "@Observership, Geriatric Medicine, Johns Hopkins Bayview Medical Center, Baltimore, MD || Jul 2025 – Sep 2025",
    "@General Practitioner, Jimma University Medical Center || 2021 – 2024"]),
  ("Publications", ["Alemu HG, et al. Polypharmacy among older adults in Jimma. BMC Geriatr. 2023;23:415."]),
  ("Languages", ["Amharic, English, Afaan Oromo"]),
 ],
 truth=dict(full_name="Hanna Girma Alemu", email="hanna.girma.alemu@gmail.com", phone_e164="+251912887406",
  medical_school="Jimma University Institute of Health", medical_school_country="ET", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Internal Medicine", "Geriatrics"], languages=["Amharic", "English", "Oromo"], publications=1,
  usce_entries=[dict(type="observership", specialty="Geriatrics", state="MD", start="2025-07", end="2025-09")],
  usce_months=3, usce_months_clinical=3),
 tricky="low-contrast, blurred phone photo rotated ~2.5°",
)

BYID = {p["id"]: p for p in P}
