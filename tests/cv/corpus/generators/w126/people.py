# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w126.
Each person: 'cv' (what is printed) and 'truth' (what a careful reader extracts), both typed by hand.
Items in a section: str (paragraph/bullet) or (when, what) tuple (dated entry)."""

P = {}

# ---------------------------------------------------------------- readable 001 Nigeria (docx -> LibreOffice pdf, contacts table)
P['001'] = dict(
 cv=dict(name="Chukwuemeka Obiora Nwachukwu-Eze", title="MBBS (UNN) · ECFMG Certified",
  contacts=[("Email", "c.o.nwachukwu.eze91@gmail.com"), ("Mobile", "+234 803 412 7765"),
            ("Address", "14 Ogui Road, Enugu, Enugu State, Nigeria"), ("Date of birth", "22/09/1991")],
  sections=[
   ("Career Objective", ["Seeking a categorical position in Internal Medicine, with a long-term interest in Nephrology. J-1 visa required (ECFMG sponsorship)."]),
   ("Education", [("2009 – 2016", "Bachelor of Medicine, Bachelor of Surgery (MBBS), College of Medicine, University of Nigeria, Nsukka (Enugu Campus), Nigeria"),
                  ("2003 – 2008", "Senior Secondary School Certificate, Federal Government College, Enugu")]),
   ("USMLE / ECFMG", ["USMLE Step 1: PASS (2022)", "USMLE Step 2 CK: 248 (2023)", "UWSA 2 practice score: 255", "ECFMG Certified — certificate issued November 2023"]),
   ("Clinical Experience in the United States", [
       ("03/2024 – 05/2024", "Observership, Internal Medicine — Cleveland Clinic Main Campus, Cleveland, OH"),
       ("07/2024 – 08/2024", "Hands-on Clinical Externship, Nephrology — Houston Kidney Associates, Houston, TX")]),
   ("Clinical Experience in Nigeria", [
       ("11/2016 – 10/2017", "House Officer (Internship), University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla"),
       ("2017 – 2018", "NYSC Medical Officer, General Hospital Birnin Kebbi, Kebbi State"),
       ("2018 – 2023", "Medical Officer, Internal Medicine, Parklane Specialist Hospital, Enugu")]),
   ("Publications", [
       "Nwachukwu-Eze CO, Okafor IM. Prevalence of chronic kidney disease among hypertensive adults in Enugu. Niger J Clin Pract. 2021;24(6):812-818.",
       "Eze AU, Nwachukwu-Eze CO, Ugwu T. Outcomes of haemodialysis in a tertiary hospital in South-East Nigeria. Pan Afr Med J. 2022;41:77.",
       "Poster: Nwachukwu-Eze CO. Hyperkalaemia in CKD — a quality improvement audit. Nigerian Association of Nephrology Conference, 2020."]),
   ("Languages", ["English (fluent), Igbo (native), Hausa (conversational)"]),
   ("Referees", ["Prof. Ifeoma M. Okafor, Dept. of Medicine, UNTH Enugu — ifeoma.okafor@unth.edu.ng — +234 805 221 9034",
                 "Dr. Daniel R. Whitfield, Cleveland Clinic, OH — +1 (216) 555-0142"]),
  ]),
 truth=dict(full_name="Chukwuemeka Obiora Nwachukwu-Eze", email="c.o.nwachukwu.eze91@gmail.com", phone_e164="+2348034127765",
  medical_school="University of Nigeria, Nsukka", medical_school_country="NG", graduation_year=2016, is_student=False,
  usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Nephrology"], languages=["English", "Igbo", "Hausa"], publications=2,
  usce_entries=[dict(type="observership", specialty="Internal Medicine", state="OH", start="2024-03", end="2024-05"),
                dict(type="hands_on", specialty="Nephrology", state="TX", start="2024-07", end="2024-08")],
  usce_months=5, usce_months_clinical=5))

# ---------------------------------------------------------------- readable 002 Ghana (python-docx, contacts only in header/footer)
P['002'] = dict(
 cv=dict(name="Akosua Serwaa Boateng-Mensah", title="MBChB (KNUST)",
  contacts=[("Tel", "024 456 7890"), ("E-mail", "akosua.boateng.mensah@yahoo.com"), ("", "P.O. Box KS 1123, Kumasi, Ghana")],
  sections=[
   ("Personal Statement", ["Paediatrics is the field I wish to pursue. I hold a valid B1/B2 visitor visa (valid until 2028) for observerships and interviews."]),
   ("Education", [("2013 – 2019", "MBChB, School of Medical Sciences, Kwame Nkrumah University of Science and Technology (KNUST), Kumasi, Ghana"),
                  ("2010 – 2013", "WASSCE, Wesley Girls' High School, Cape Coast")]),
   ("Examinations", ["USMLE Step 1 — Passed (first attempt), 2024", "USMLE Step 2 CK — 241 (2025)", "OET Medicine — Grade B in all sub-tests",
                     "ECFMG certification: pending (awaiting final verification of diploma)"]),
   ("US Clinical Experience", [
       ("June – July 2025", "Pediatrics Observership, Nemours Children's Hospital, Wilmington, Delaware"),
       ("Sept 2025", "Virtual (telehealth) rotation, Internal Medicine — Lakeside Community Health, Toledo, Ohio")]),
   ("Clinical Experience — Ghana", [
       ("2019 – 2021", "House Officer, Komfo Anokye Teaching Hospital, Kumasi (Paediatrics, O&G, Surgery, Medicine)"),
       ("2021 – present", "Medical Officer, Child Health Directorate, Komfo Anokye Teaching Hospital")]),
   ("Research & Publications", [
       "Boateng-Mensah AS, Owusu K. Neonatal sepsis and antibiotic resistance in Kumasi. Ghana Med J. 2023;57(2):101-107.",
       "Manuscript in preparation: Malaria in children under five after RTS,S roll-out in Ashanti Region."]),
   ("Languages", ["English, Twi (Asante), Ga, French (basic)"]),
   ("References", ["Dr. Kwadwo Owusu, Head of Child Health, KATH — k.owusu@kathhsp.org — 0322 022 301"]),
  ]),
 truth=dict(full_name="Akosua Serwaa Boateng-Mensah", email="akosua.boateng.mensah@yahoo.com", phone_e164="+233244567890",
  medical_school="Kwame Nkrumah University of Science and Technology", medical_school_country="GH", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
  specialties=["Pediatrics"], languages=["English", "Twi", "Ga", "French"], publications=1,
  usce_entries=[dict(type="observership", specialty="Pediatrics", state="DE", start="2025-06", end="2025-07"),
                dict(type="telehealth", specialty="Internal Medicine", state="OH", start="2025-09", end="2025-09")],
  usce_months=3, usce_months_clinical=2))

# ---------------------------------------------------------------- readable 003 Cameroon (Chromium two-column)
P['003'] = dict(
 cv=dict(name="Émilienne Françoise Ngo Bikoko", title="Docteur en Médecine — Université de Yaoundé I",
  contacts=[("Téléphone", "+237 6 77 54 32 10"), ("E-mail", "emilienne.ngobikoko@outlook.fr"), ("Adresse", "Quartier Bastos, Yaoundé, Cameroun"),
            ("Née en", "1994")],
  sections=[
   ("Objective", ["Applicant to Obstetrics & Gynecology and Family Medicine residency programs. Will require a J-1 visa."]),
   ("Education", [("2013 – 2020", "Doctorat en Médecine (MD), Faculté de Médecine et des Sciences Biomédicales (FMSB), Université de Yaoundé I, Cameroun"),
                  ("2013", "Baccalauréat série C, Lycée Général Leclerc, Yaoundé")]),
   ("USMLE", ["Step 1 : Pass (2022)", "Step 2 CK : 236 (2023)", "ECFMG Certified (2023)", "NBME 30 practice : 238"]),
   ("US Clinical Experience", [
       ("01/2025 – 02/2025", "Hands-on Externship, Obstetrics & Gynecology — Jackson Memorial Hospital, Miami, FL"),
       ("02/2025 – 03/2025", "Observership, Family Medicine — Morehouse Family Practice, Atlanta, GA")]),
   ("Expérience clinique (Cameroun)", [
       ("2020 – 2021", "Médecin interne, Hôpital Gynéco-Obstétrique et Pédiatrique de Yaoundé"),
       ("2021 – 2024", "Médecin généraliste, Centre Médical d'Arrondissement de Mfou")]),
   ("Publications", [
       "Ngo Bikoko EF, Fouda P. Facteurs associés à l'hémorragie du post-partum à Yaoundé. Health Sci Dis. 2021;22(4):45-50.",
       "Ngo Bikoko EF et al. Cervical cancer screening uptake among women in Mfou. Pan Afr Med J. 2022;43:112.",
       "Mbarga J, Ngo Bikoko EF. Anemia in pregnancy in rural Cameroon. BMC Pregnancy Childbirth. 2023;23:519.",
       "Oral presentation: Journées Médicales de Yaoundé, 2022."]),
   ("Langues / Languages", ["Français (langue maternelle)", "English (fluent)", "Ewondo"]),
   ("Référence", ["Pr. Pascal Fouda, FMSB — pascal.fouda@fmsb-uy1.cm — +237 6 99 11 22 33"]),
  ]),
 truth=dict(full_name="Émilienne Françoise Ngo Bikoko", email="emilienne.ngobikoko@outlook.fr", phone_e164="+237677543210",
  medical_school="Université de Yaoundé I", medical_school_country="CM", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["French", "English", "Ewondo"], publications=3,
  usce_entries=[dict(type="hands_on", specialty="Obstetrics and Gynecology", state="FL", start="2025-01", end="2025-02"),
                dict(type="observership", specialty="Family Medicine", state="GA", start="2025-02", end="2025-03")],
  usce_months=3, usce_months_clinical=3))

# ---------------------------------------------------------------- readable 004 Pakistan (fpdf2)
P['004'] = dict(
 cv=dict(name="Syeda Mahnoor Zaidi", title="MBBS, King Edward Medical University",
  contacts=[("Email", "mahnoor.zaidi.97@hotmail.com"), ("Cell", "+92-300-5127843"), ("Address", "House 27, Street 4, Gulberg III, Lahore"),
            ("DOB", "14/08/1997"), ("Visa", "Will require H-1B sponsorship")],
  sections=[
   ("Objective", ["Internal Medicine residency, with the goal of a fellowship in Cardiology."]),
   ("Education", [("2017 – 2022", "MBBS, King Edward Medical University (KEMU), Lahore, Pakistan — Gold medal in Medicine"),
                  ("2015 – 2017", "FSc Pre-Medical, Lahore College for Women")]),
   ("USMLE", ["Step 1: Pass (05/2023)", "Step 2 CK: 252 (11/2023)", "Step 3: planned 2027", "ECFMG certified (2024)"]),
   ("US Clinical Experience", [
       ("15/01/2024 – 10/03/2024", "Clinical Externship (hands-on), Internal Medicine — Mount Sinai Hospital, Chicago, IL"),
       ("04/2024 – Present", "Research Volunteer, Cardiology — Houston Methodist DeBakey Heart Center, Houston, TX")]),
   ("Pakistan Experience", [
       ("03/2022 – 02/2023", "House Job, Mayo Hospital Lahore (Medicine & Surgery)"),
       ("03/2023 – 12/2023", "Medical Officer, Cardiology Ward, Punjab Institute of Cardiology")]),
   ("Publications (peer-reviewed)", [
       "1. Zaidi SM, Rehman A. Door-to-balloon time in STEMI at a tertiary centre in Lahore. J Pak Med Assoc. 2022;72(9):1771-4.",
       "2. Zaidi SM, et al. Statin adherence after acute coronary syndrome. Cureus. 2023;15(4):e37812.",
       "3. Khan F, Zaidi SM. Dengue myocarditis: a case series. Pak J Med Sci. 2023;39(2):410-14.",
       "4. Zaidi SM, Nguyen T, Patel R. Heart failure readmissions in South Asian Americans. J Am Heart Assoc. 2025;14:e031122."]),
   ("Abstracts & Submitted", ["Abstract: ACC.25, Chicago — Lipoprotein(a) in young South Asians.", "Abstract: AHA 2024 — SGLT2 use after MI.",
                              "Submitted: Zaidi SM et al. Troponin kinetics after TAVR (under review, JACC)."]),
   ("Languages", ["English, Urdu, Punjabi"]),
   ("References", ["Dr. Rebecca Nguyen, MD, Houston Methodist — rnguyen@houstonmethodist.example — +1 713-555-0199"]),
  ]),
 truth=dict(full_name="Syeda Mahnoor Zaidi", email="mahnoor.zaidi.97@hotmail.com", phone_e164="+923005127843",
  medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
  specialties=["Internal Medicine", "Cardiology"], languages=["English", "Urdu", "Punjabi"], publications=4,
  usce_entries=[dict(type="hands_on", specialty="Internal Medicine", state="IL", start="2024-01", end="2024-03"),
                dict(type="research", specialty="Cardiology", state="TX", start="2024-04", end="2026-12")],
  usce_months=36, usce_months_clinical=3))

# ---------------------------------------------------------------- readable 005 Nepal (plain text)
P['005'] = dict(
 cv=dict(name="Sushant Raj Adhikari", native="सुशान्त राज अधिकारी", title="MBBS (Tribhuvan University, IOM)",
  contacts=[("Phone", "(+977) 9841-234567"), ("Email", "sushant.adhikari07@gmail.com"), ("Address", "Baneshwor-10, Kathmandu, Nepal")],
  sections=[
   ("AREAS OF INTEREST", ["Psychiatry; Neurology"]),
   ("EDUCATION", [("2015 - 2021", "MBBS, Maharajgunj Medical Campus, Institute of Medicine (IOM), Tribhuvan University, Kathmandu, Nepal")]),
   ("LICENSURE & EXAMS", ["Nepal Medical Council registration no. 21874", "USMLE Step 1 - PASS", "USMLE Step 2 CK - 239", "ECFMG Certified: Yes (2024)"]),
   ("US CLINICAL EXPERIENCE", [
       ("4 weeks, starting 2 June 2025", "Psychiatry Observership, Bellevue Hospital Center, New York, NY"),
       ("Aug 2025 - Jan 2026", "Research Assistant (remote), Neurology - Massachusetts General Hospital, Boston, MA")]),
   ("WORK EXPERIENCE (NEPAL)", [
       ("2021 - 2022", "Intern, Tribhuvan University Teaching Hospital (TUTH)"),
       ("2022 - 2025", "Medical Officer, Mental Hospital Lagankhel, Lalitpur")]),
   ("PUBLICATIONS", [
       "Adhikari SR, Sharma P. Depression among medical students in Kathmandu. J Nepal Med Assoc. 2021;59(240):720-5.",
       "Adhikari SR, et al. Stroke outcomes at a tertiary centre in Nepal. J Nepal Health Res Counc. 2023;21(1):88-93.",
       "Poster: Burnout among interns at TUTH - SAARC Psychiatry Conference 2022."]),
   ("LANGUAGES", ["Nepali (native), English (fluent), Hindi, Maithili"]),
   ("REFERENCE", ["Prof. Dr. Pramila Sharma, Dept. of Psychiatry, IOM - +977-1-4412303 - psharma.iom@example.edu.np"]),
  ]),
 truth=dict(full_name="Sushant Raj Adhikari", email="sushant.adhikari07@gmail.com", phone_e164="+9779841234567",
  medical_school="Institute of Medicine, Tribhuvan University", medical_school_country="NP", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Psychiatry", "Neurology"], languages=["Nepali", "English", "Hindi", "Maithili"], publications=2,
  usce_entries=[dict(type="observership", specialty="Psychiatry", state="NY", start="2025-06", end="2025-06"),
                dict(type="research", specialty="Neurology", state="MA", start="2025-08", end="2026-01")],
  usce_months=7, usce_months_clinical=1))

# ---------------------------------------------------------------- readable 006 Bangladesh (reportlab, table)
P['006'] = dict(
 cv=dict(name="Farzana Akter Mitu", title="MBBS (Dhaka Medical College)",
  contacts=[("Phone", "+880 1712-345678"), ("Email", "farzana.mitu.dmc@gmail.com"), ("US address", "87-14 168th St, Jamaica, NY 11432"),
            ("Status", "US Permanent Resident (Green Card holder)")],
  sections=[
   ("Career Goal", ["Family Medicine residency; special interest in Geriatrics and care of older immigrants."]),
   ("Education", [("2012 – 2018", "MBBS, Dhaka Medical College (University of Dhaka), Dhaka, Bangladesh"),
                  ("2018 – 2019", "Internship, Dhaka Medical College Hospital")]),
   ("USMLE", ["Step 1: PASSED", "Step 2 CK: 244", "ECFMG: Certified (March 2023)"]),
   ("US Clinical Experience", [
       ("03.2024 – 05.2024", "Observership, Family Medicine — Jamaica Hospital Medical Center, Queens, NY"),
       ("06.2024 – 08.2024", "Hands-on Externship, Geriatric Medicine — Newark Senior Care Clinic, Newark, NJ")]),
   ("Other Work", [("2019 – 2022", "Medical Officer, Upazila Health Complex, Savar, Bangladesh"),
                   ("2022 – 2023", "Medical Assistant, CityMD Urgent Care, Queens, NY (not a physician role)")]),
   ("Publication", ["Mitu FA, Rahman M. Hypertension awareness in rural Bangladesh. Bangladesh Med Res Counc Bull. 2020;46(2):98-104."]),
   ("Languages", ["Bangla (Bengali), English, Hindi"]),
   ("Reference", ["Dr. Anthony Russo, Jamaica Hospital — (718) 555-0177 — arusso@jhmc.example.org"]),
  ]),
 truth=dict(full_name="Farzana Akter Mitu", email="farzana.mitu.dmc@gmail.com", phone_e164="+8801712345678",
  medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Family Medicine", "Geriatrics"], languages=["Bengali", "English", "Hindi"], publications=1,
  usce_entries=[dict(type="observership", specialty="Family Medicine", state="NY", start="2024-03", end="2024-05"),
                dict(type="hands_on", specialty="Geriatrics", state="NJ", start="2024-06", end="2024-08")],
  usce_months=6, usce_months_clinical=6))

# ---------------------------------------------------------------- readable 007 DR Congo (odfpy .odt)
P['007'] = dict(
 cv=dict(name="Dieudonné Kalala Mbuyi", title="Docteur en Médecine (Université de Kinshasa)",
  contacts=[("Tél.", "+243 81 234 5678"), ("Courriel", "d.kalala.mbuyi@gmail.com"), ("Adresse", "Avenue de la Justice 42, Gombe, Kinshasa, RDC")],
  sections=[
   ("Objectif", ["Residency in Internal Medicine followed by an Infectious Disease fellowship. I will need a J1 visa."]),
   ("Formation", [("2010 – 2017", "Docteur en Médecine, Chirurgie et Accouchements, Faculté de Médecine, Université de Kinshasa (UNIKIN), RD Congo")]),
   ("Examens", ["USMLE Step 1 : réussi (Pass)", "USMLE Step 2 CK : 231", "ECFMG : certifié (2022)"]),
   ("Expérience clinique aux États-Unis", [("June–August 2024", "Observership, Infectious Diseases — Johns Hopkins Hospital, Baltimore, Maryland")]),
   ("Expérience professionnelle (RDC)", [("2017 – 2019", "Médecin généraliste, Cliniques Universitaires de Kinshasa"),
                                         ("2019 – présent", "Médecin chercheur, programme VIH/TB, Hôpital de Kintambo, Kinshasa")]),
   ("Publications", ["Kalala Mbuyi D, Lukusa P. Tuberculosis–HIV co-infection outcomes in Kinshasa. Int J Tuberc Lung Dis. 2020;24(8):801-6.",
                     "Lukusa P, Kalala Mbuyi D et al. Ebola survivors follow-up in Equateur. Lancet Glob Health. 2021;9(5):e612.",
                     "Chapitre: Maladies infectieuses tropicales, in Manuel de médecine interne, Presses UNIKIN, 2022."]),
   ("Langues", ["Français, Lingala, Swahili, Tshiluba, Anglais (courant)"]),
   ("Références", ["Prof. Patrick Lukusa, UNIKIN — +243 99 700 1122 — p.lukusa@unikin.example.cd"]),
  ]),
 truth=dict(full_name="Dieudonné Kalala Mbuyi", email="d.kalala.mbuyi@gmail.com", phone_e164="+243812345678",
  medical_school="Université de Kinshasa", medical_school_country="CD", graduation_year=2017, is_student=False,
  usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Infectious Disease"], languages=["French", "Lingala", "Swahili", "Tshiluba", "English"], publications=2,
  usce_entries=[dict(type="observership", specialty="Infectious Disease", state="MD", start="2024-06", end="2024-08")],
  usce_months=3, usce_months_clinical=3))

# ---------------------------------------------------------------- readable 008 Nigeria (RTF, Yoruba diacritics)
P['008'] = dict(
 cv=dict(name="Fúnmiláyọ̀ Adéọlá Ogunleye", title="MBBS (Ibadan)",
  contacts=[("Phone", "0816 221 4590"), ("Email", "funmi.ogunleye88@gmail.com"), ("Citizenship", "US Citizen (naturalised 2021)")],
  sections=[
   ("Specialty Sought", ["Anesthesiology"]),
   ("Education", [("2006 – 2013", "MBBS, College of Medicine, University of Ibadan, Nigeria")]),
   ("Examinations", ["USMLE Step 1: 229", "USMLE Step 2 CK: 238", "USMLE Step 3: 221", "ECFMG Certified (2019)"]),
   ("US Experience", [("09/2022 – 08/2023", "Research Fellow, Department of Anesthesiology and Perioperative Medicine, University of Pittsburgh, Pittsburgh, PA"),
                      ("10/2023 – 12/2023", "Observership, Anesthesiology — UPMC Presbyterian, Pittsburgh, PA"),
                      ("01/2024 – 02/2024", "Clinical Externship (hands-on), Emergency Medicine — University Hospital, Newark, NJ")]),
   ("Nigeria Experience", [("2013 – 2014", "House Officer, University College Hospital (UCH), Ibadan"),
                           ("2014 – 2019", "Medical Officer, Lagos Island General Hospital")]),
   ("Publications", ["Ogunleye FA, Brooks J. Regional anesthesia and opioid use after hip fracture. Anesth Analg. 2023;137(2):301-9.",
                     "Ogunleye FA et al. Postoperative delirium in older adults. Br J Anaesth. 2023;131(5):880-7.",
                     "Brooks J, Ogunleye FA. Airway outcomes in obese parturients. Int J Obstet Anesth. 2024;57:103960.",
                     "Poster: ASA Annual Meeting 2023 — Quadratus lumborum block outcomes."]),
   ("Languages", ["English, Yorùbá"]),
   ("Referee", ["Dr. Jonathan Brooks, University of Pittsburgh — +1 412 555 0123"]),
  ]),
 truth=dict(full_name="Fúnmiláyọ̀ Adéọlá Ogunleye", email="funmi.ogunleye88@gmail.com", phone_e164="+2348162214590",
  medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2013, is_student=False,
  usmle_step1=229, usmle_step2ck=238, usmle_step3=221, ecfmg_status="certified", visa_status="citizen",
  specialties=["Anesthesiology"], languages=["English", "Yoruba"], publications=3,
  usce_entries=[dict(type="research", specialty="Anesthesiology", state="PA", start="2022-09", end="2023-08"),
                dict(type="observership", specialty="Anesthesiology", state="PA", start="2023-10", end="2023-12"),
                dict(type="hands_on", specialty="Emergency Medicine", state="NJ", start="2024-01", end="2024-02")],
  usce_months=17, usce_months_clinical=5))

# ---------------------------------------------------------------- readable 009 Pakistan (Chromium with photo box and signature)
P['009'] = dict(
 cv=dict(name="Hamza Tariq Qureshi", title="MBBS — Aga Khan University",
  contacts=[("Mobile / WhatsApp", "0333-4567821"), ("Email", "hamza.t.qureshi.md@gmail.com"), ("Address", "Block 13-D, Gulshan-e-Iqbal, Karachi"),
            ("Visa", "J-1 (ECFMG) required")],
  sections=[
   ("Objective", ["Emergency Medicine residency applicant (Match 2027)."]),
   ("Education", [("2018 – 2023", "MBBS, Aga Khan University Medical College, Karachi, Pakistan")]),
   ("USMLE", ["Step 1 — Pass", "Step 2 CK — 260", "ECFMG Certified"]),
   ("US Clinical Experience", [("February–March 2025", "Observership, Emergency Medicine — Henry Ford Hospital, Detroit, MI"),
                               ("2025-05 – 2025-06", "Hands-on Externship, Internal Medicine — Brookdale Hospital, Brooklyn, NY"),
                               ("2025-08", "Telehealth rotation, Pulmonary and Critical Care — Virtual ICU Program, Dallas, TX")]),
   ("Pakistan", [("2023 – 2024", "House Officer, Aga Khan University Hospital, Karachi"),
                 ("2024 – present", "Resident Medical Officer, Emergency Department, Indus Hospital, Karachi")]),
   ("Posters & Abstracts", ["Qureshi HT. Triage times in a Karachi ED — poster, SAEM 2025.", "Qureshi HT, Ali S. Snakebite management — abstract, PEMC 2024."]),
   ("Languages", ["English, Urdu, Pashto"]),
   ("Reference", ["Dr. Maria Lopez, Henry Ford Hospital — +1 313 555 0188"]),
  ]),
 truth=dict(full_name="Hamza Tariq Qureshi", email="hamza.t.qureshi.md@gmail.com", phone_e164="+923334567821",
  medical_school="Aga Khan University", medical_school_country="PK", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=260, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Emergency Medicine"], languages=["English", "Urdu", "Pashto"], publications=0,
  usce_entries=[dict(type="observership", specialty="Emergency Medicine", state="MI", start="2025-02", end="2025-03"),
                dict(type="hands_on", specialty="Internal Medicine", state="NY", start="2025-05", end="2025-06"),
                dict(type="telehealth", specialty="Pulmonology/Critical Care", state="TX", start="2025-08", end="2025-08")],
  usce_months=5, usce_months_clinical=4))

# ---------------------------------------------------------------- readable 010 Ghana (HTML -> LibreOffice writer -> pdf)
P['010'] = dict(
 cv=dict(name="Kwame Nyarko Asante-Darko", title="MBChB (University of Ghana)",
  contacts=[("Phone", "+233 (0) 20 812 3456"), ("Email", "kn.asantedarko@gmail.com"), ("US status", "H-1B (current employer: research institute)")],
  sections=[
   ("Interests", ["Hematology-Oncology fellowship after residency in Internal Medicine."]),
   ("Education", [("2009 – 2015", "MBChB, University of Ghana Medical School, Korle-Bu, Accra, Ghana")]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 229", "Step 3: 215", "ECFMG certified 2018"]),
   ("US Experience", [("07/2022 – present", "Research Associate, Hematology-Oncology, The Ohio State University Comprehensive Cancer Center, Columbus, OH"),
                      ("03/2023 – 04/2023", "Observership, Hematology/Oncology clinic, James Cancer Hospital, Columbus, OH")]),
   ("Ghana", [("2015 – 2016", "House Officer, Korle-Bu Teaching Hospital"), ("2016 – 2022", "Medical Officer, Haematology Unit, Korle-Bu Teaching Hospital")]),
   ("Publications (selected — 6 peer-reviewed)", [
       "1. Asante-Darko KN et al. Sickle cell disease and stroke risk in Accra. Br J Haematol. 2019;186(2):345-52.",
       "2. Asante-Darko KN, Mensah E. Hydroxyurea use in Ghanaian children. Blood Adv. 2020;4(18):4470-8.",
       "3. Mensah E, Asante-Darko KN. Breast cancer stage at presentation in Ghana. JCO Glob Oncol. 2021;7:1012-9.",
       "4. Asante-Darko KN et al. CAR-T toxicity in older adults. Transplant Cell Ther. 2023;29(8):501-9.",
       "5. Asante-Darko KN, Clarke R. Multiple myeloma in African Americans. Leuk Lymphoma. 2024;65(3):301-9.",
       "6. Clarke R, Asante-Darko KN. Venetoclax in AML: real-world outcomes. Haematologica. 2025;110(1):55-63."]),
   ("Languages", ["English, Twi, Ewe"]),
  ]),
 truth=dict(full_name="Kwame Nyarko Asante-Darko", email="kn.asantedarko@gmail.com", phone_e164="+233208123456",
  medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2015, is_student=False,
  usmle_step1="pass", usmle_step2ck=229, usmle_step3=215, ecfmg_status="certified", visa_status="h1b",
  specialties=["Hematology/Oncology", "Internal Medicine"], languages=["English", "Twi", "Ewe"], publications=6,
  usce_entries=[dict(type="research", specialty="Hematology/Oncology", state="OH", start="2022-07", end="2026-12"),
                dict(type="observership", specialty="Hematology/Oncology", state="OH", start="2023-03", end="2023-04")],
  usce_months=54, usce_months_clinical=2))

# ---------------------------------------------------------------- readable 011 Bangladesh (fpdf2 two pages, student)
P['011'] = dict(
 cv=dict(name="Arif Mahmud Sarker", title="Final-year MBBS student, Sir Salimullah Medical College",
  contacts=[("Mobile", "01819-456789"), ("Email", "arif.sarker.ssmc@yahoo.com"), ("Address", "Mitford Road, Dhaka-1100, Bangladesh"), ("Visa", "B1/B2 (valid)")],
  sections=[
   ("Objective", ["Medical student aiming for General Surgery residency in the United States."]),
   ("Education", [("2021 – present", "MBBS (Final Professional), Sir Salimullah Medical College, University of Dhaka — expected graduation January 2027"),
                  ("2018 – 2020", "HSC (Science), Notre Dame College, Dhaka — GPA 5.00")]),
   ("USMLE", ["Step 1: Pass (2026)", "Step 2 CK: scheduled for early 2027", "NBME 31 practice: 240"]),
   ("US Clinical Experience", [("4 weeks, starting June 2026", "Surgery Clerkship (hands-on elective), Stroger Hospital of Cook County, Chicago, IL"),
                               ("Jul 2026 – Aug 2026", "Observership, General Surgery — Boston Medical Center, Boston, MA")]),
   ("Clinical Rotations (Bangladesh)", [("2023 – 2025", "Ward placements: Medicine, Surgery, Obstetrics & Gynaecology, Paediatrics — Mitford Hospital, Dhaka")]),
   ("Research", ["Sarker AM, Hossain M. Surgical site infections after caesarean section in Dhaka. Bangladesh J Med Sci. 2025;24(3):612-18.",
                 "Manuscript in preparation: Road-traffic injuries in Dhaka — a registry study."]),
   ("Extracurricular", ["Vice-President, SSMC Surgical Society (2024–2025)", "Volunteer, Bangladesh Red Crescent flood relief, Sylhet 2024"]),
   ("Languages", ["Bengali (native), English (IELTS 8.0), Arabic (reading)"]),
   ("References", ["Prof. Mosharraf Hossain, Department of Surgery, SSMC — +880 1711-000222", "Dr. Karen Walsh, Boston Medical Center — kwalsh@bmc.example.org"]),
  ]),
 truth=dict(full_name="Arif Mahmud Sarker", email="arif.sarker.ssmc@yahoo.com", phone_e164="+8801819456789",
  medical_school="Sir Salimullah Medical College", medical_school_country="BD", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
  specialties=["General Surgery"], languages=["Bengali", "English", "Arabic"], publications=1,
  usce_entries=[dict(type="hands_on", specialty="General Surgery", state="IL", start="2026-06", end="2026-06"),
                dict(type="observership", specialty="General Surgery", state="MA", start="2026-07", end="2026-08")],
  usce_months=3, usce_months_clinical=3))

# ---------------------------------------------------------------- readable 012 Nepal (python-docx -> LibreOffice -> .doc? no: docx table, no USCE)
P['012'] = dict(
 cv=dict(name="Anjali Kumari Thapa Magar", title="MBBS (BPKIHS)",
  contacts=[("Mobile", "+977 980-1234567"), ("Email", "anjali.thapamagar@gmail.com"), ("Address", "Dharan-8, Sunsari, Koshi Province, Nepal")],
  sections=[
   ("Objective", ["Pediatrics residency."]),
   ("Education", [("2013 – 2019", "MBBS, B.P. Koirala Institute of Health Sciences (BPKIHS), Dharan, Nepal")]),
   ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 245", "ECFMG Certified", "PLAB 1: Passed (2023); PLAB 2: Passed (2024)"]),
   ("Clinical Experience", [("2019 – 2020", "Internship, BPKIHS Teaching Hospital, Dharan"),
                            ("2020 – 2023", "Medical Officer, Paediatrics, Koshi Hospital, Biratnagar"),
                            ("09/2024 – 11/2024", "Clinical Attachment (observer), Paediatrics — Royal Manchester Children's Hospital, Manchester, UK")]),
   ("Publications", ["Thapa Magar AK, Rai S. Childhood pneumonia in eastern Nepal. J Nepal Paediatr Soc. 2021;41(2):190-6.",
                     "Rai S, Thapa Magar AK. Snake bite in children: a 5-year review. Health Renaissance. 2022;20(1):30-5."]),
   ("Languages", ["Nepali, English, Hindi, Magar"]),
   ("Referees", ["Prof. Sunil Rai, BPKIHS — +977 25 525555 — sunil.rai@bpkihs.example.edu"]),
  ]),
 truth=dict(full_name="Anjali Kumari Thapa Magar", email="anjali.thapamagar@gmail.com", phone_e164="+9779801234567",
  medical_school="B.P. Koirala Institute of Health Sciences", medical_school_country="NP", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Pediatrics"], languages=["Nepali", "English", "Hindi", "Magar"], publications=2,
  usce_entries=[], usce_months=0, usce_months_clinical=0))

# ================================================================ SCANS (013-021)
# ---------------------------------------------------------------- 013 Nigeria, fax
P['013'] = dict(
 cv=dict(name="Ibrahim Musa Danjuma", title="MBBS (ABU Zaria)",
  contacts=[("GSM", "+234 706 555 1234"), ("Email", "ibrahim.danjuma2@gmail.com"), ("Address", "No. 5 Sokoto Road, Samaru, Zaria, Kaduna State")],
  sections=[
   ("Objective", ["Family Medicine residency. J-1 visa sponsorship required."]),
   ("Education", [("2011 – 2018", "MBBS, Ahmadu Bello University, Zaria, Nigeria")]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 233", "ECFMG: Certified"]),
   ("US Clinical Experience", [("09/2024 – 11/2024", "Observership, Family Medicine — Hennepin Healthcare, Minneapolis, MN")]),
   ("Nigeria", [("2018 – 2019", "House Officer, ABU Teaching Hospital, Shika"), ("2019 – 2024", "Medical Officer, Federal Medical Centre, Katsina")]),
   ("Publication", ["Danjuma IM, Bello A. Typhoid perforation in northern Nigeria. Ann Afr Med. 2021;20(3):201-5."]),
   ("Languages", ["English, Hausa, Arabic"]),
   ("Referee", ["Dr. Aminu Bello, ABUTH — +234 803 600 7788"]),
  ]),
 truth=dict(full_name="Ibrahim Musa Danjuma", email="ibrahim.danjuma2@gmail.com", phone_e164="+2347065551234",
  medical_school="Ahmadu Bello University", medical_school_country="NG", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Family Medicine"], languages=["English", "Hausa", "Arabic"], publications=1,
  usce_entries=[dict(type="observership", specialty="Family Medicine", state="MN", start="2024-09", end="2024-11")],
  usce_months=3, usce_months_clinical=3))

# ---------------------------------------------------------------- 014 Ghana, phone photo JPG
P['014'] = dict(
 cv=dict(name="Efua Adjoa Owusu-Ansah", title="MBChB (UCC)",
  contacts=[("Phone", "+233 54 123 4567"), ("Email", "efua.owusuansah@gmail.com"), ("Address", "Cape Coast, Central Region, Ghana")],
  sections=[
   ("Career Interest", ["Obstetrics and Gynaecology"]),
   ("Education", [("2015 – 2021", "MBChB, School of Medical Sciences, University of Cape Coast, Ghana")]),
   ("Examinations", ["USMLE Step 1: Pass (2025)", "Step 2 CK: preparing"]),
   ("US Clinical Experience", [("Aug 2025", "Observership, Obstetrics & Gynecology — Newark Beth Israel Medical Center, Newark, NJ")]),
   ("Work", [("2021 – 2023", "House Officer, Cape Coast Teaching Hospital"), ("2023 – present", "Medical Officer, O&G, Cape Coast Teaching Hospital")]),
   ("Languages", ["English, Fante, Twi"]),
  ]),
 truth=dict(full_name="Efua Adjoa Owusu-Ansah", email="efua.owusuansah@gmail.com", phone_e164="+233541234567",
  medical_school="University of Cape Coast", medical_school_country="GH", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Obstetrics and Gynecology"], languages=["English", "Fante", "Twi"], publications=0,
  usce_entries=[dict(type="observership", specialty="Obstetrics and Gynecology", state="NJ", start="2025-08", end="2025-08")],
  usce_months=1, usce_months_clinical=1))

# ---------------------------------------------------------------- 015 Cameroon, two-page scan PDF
P['015'] = dict(
 cv=dict(name="Emmanuel Nfor Tanyi", title="MD (University of Buea)",
  contacts=[("Phone", "+237 650 12 34 56"), ("Email", "emmanuel.tanyi.md@gmail.com"), ("Address", "Molyko, Buea, South West Region, Cameroon"), ("Visa", "J-1 required")],
  sections=[
   ("Objective", ["Internal Medicine residency leading to a Pulmonary and Critical Care fellowship."]),
   ("Education", [("2012 – 2019", "Doctor of Medicine (MD), Faculty of Health Sciences, University of Buea, Cameroon")]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 242", "ECFMG Certified (2023)"]),
   ("US Clinical Experience", [("01/2024 – 03/2024", "Hands-on Externship, Internal Medicine — Lincoln Medical Center, Bronx, NY"),
                               ("03/2024 – 04/2024", "Observership, Pulmonary & Critical Care — Lincoln Medical Center, Bronx, NY"),
                               ("05/2024 – 10/2024", "Clinical Research Volunteer, Pulmonology — Columbia University, New York, NY")]),
   ("Cameroon", [("2019 – 2020", "Intern, Buea Regional Hospital"), ("2020 – 2023", "General Practitioner, Mbingo Baptist Hospital, Bamenda")]),
   ("Publications", ["Tanyi EN, Njim T. Tuberculosis treatment outcomes in Bamenda. BMC Infect Dis. 2021;21:902.",
                     "Tanyi EN et al. COVID-19 ICU mortality in Cameroon. Pan Afr Med J. 2022;41:210.",
                     "Abstract: ATS 2025 — Sepsis bundles in Bronx ICU."]),
   ("Languages", ["English, French"]),
   ("References", ["Dr. Tsi Njim, University of Buea — +237 677 00 11 22", "Dr. Samuel Ortiz, Lincoln Medical Center — +1 718 555 0101"]),
  ]),
 truth=dict(full_name="Emmanuel Nfor Tanyi", email="emmanuel.tanyi.md@gmail.com", phone_e164="+237650123456",
  medical_school="University of Buea", medical_school_country="CM", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=242, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["English", "French"], publications=2,
  usce_entries=[dict(type="hands_on", specialty="Internal Medicine", state="NY", start="2024-01", end="2024-03"),
                dict(type="observership", specialty="Pulmonology/Critical Care", state="NY", start="2024-03", end="2024-04"),
                dict(type="research", specialty="Pulmonology/Critical Care", state="NY", start="2024-05", end="2024-10")],
  usce_months=10, usce_months_clinical=4))

# ---------------------------------------------------------------- 016 DR Congo, stamped PNG
P['016'] = dict(
 cv=dict(name="Grâce Mwamba Ilunga", title="Docteur en Médecine — Université de Lubumbashi",
  contacts=[("Tél", "+243 99 876 5432"), ("Email", "grace.ilunga.mwamba@yahoo.fr"), ("Adresse", "Commune de Lubumbashi, Haut-Katanga, RDC")],
  sections=[
   ("Objectif", ["Pediatrics residency; interest in pediatric Infectious Disease."]),
   ("Formation", [("2009 – 2016", "Docteur en Médecine, Faculté de Médecine, Université de Lubumbashi (UNILU), RDC")]),
   ("Examens", ["USMLE Step 1 : Pass", "USMLE Step 2 CK : 226", "ECFMG : certification en cours (pending)"]),
   ("Expérience", [("2016 – 2018", "Médecin, Hôpital Sendwe, Lubumbashi"), ("2018 – présent", "Médecin pédiatre assistant, Cliniques Universitaires de Lubumbashi"),
                   ("2022", "Formation choléra, MSF, Kalemie")]),
   ("Publication", ["Mwamba Ilunga G, Kasongo B. Malnutrition aiguë sévère à Lubumbashi. Pan Afr Med J. 2020;36:154."]),
   ("Langues", ["Français, Swahili, Anglais"]),
  ]),
 truth=dict(full_name="Grâce Mwamba Ilunga", email="grace.ilunga.mwamba@yahoo.fr", phone_e164="+243998765432",
  medical_school="Université de Lubumbashi", medical_school_country="CD", graduation_year=2016, is_student=False,
  usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="pending", visa_status=None,
  specialties=["Pediatrics", "Infectious Disease"], languages=["French", "Swahili", "English"], publications=1,
  usce_entries=[], usce_months=0, usce_months_clinical=0))

# ---------------------------------------------------------------- 017 Pakistan, grey JPG
P['017'] = dict(
 cv=dict(name="Ayesha Noor Malik", title="MBBS (Rawalpindi Medical University)",
  contacts=[("Cell", "+92 321 9876543"), ("Email", "ayesha.malik.rmc@gmail.com"), ("Address", "Satellite Town, Rawalpindi")],
  sections=[
   ("Objective", ["Internal Medicine; future Endocrinology fellowship. J1 visa needed."]),
   ("Education", [("2015 – 2020", "MBBS, Rawalpindi Medical University, Rawalpindi, Pakistan")]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 250", "ECFMG certified"]),
   ("US Clinical Experience", [("Apr 2025 – Jun 2025", "Observership, Endocrinology — Cleveland Clinic, Cleveland, OH"),
                               ("Jul 2025 – Sep 2025", "Hands-on Externship, Internal Medicine — UF Health, Jacksonville, FL")]),
   ("Pakistan", [("2020 – 2021", "House Officer, Holy Family Hospital, Rawalpindi"), ("2021 – 2025", "Medical Officer, Benazir Bhutto Hospital")]),
   ("Publications", ["Malik AN et al. Diabetic foot in Punjab. J Ayub Med Coll. 2021;33(2):250-4.",
                     "Malik AN, Iqbal S. Thyroid nodules in iodine-deficient areas. Pak J Med Sci. 2022;38(5):1201-6.",
                     "Iqbal S, Malik AN. Gestational diabetes screening. Cureus. 2023;15(7):e41233."]),
   ("Languages", ["English, Urdu, Punjabi"]),
  ]),
 truth=dict(full_name="Ayesha Noor Malik", email="ayesha.malik.rmc@gmail.com", phone_e164="+923219876543",
  medical_school="Rawalpindi Medical University", medical_school_country="PK", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Endocrinology"], languages=["English", "Urdu", "Punjabi"], publications=3,
  usce_entries=[dict(type="observership", specialty="Endocrinology", state="OH", start="2025-04", end="2025-06"),
                dict(type="hands_on", specialty="Internal Medicine", state="FL", start="2025-07", end="2025-09")],
  usce_months=6, usce_months_clinical=6))

# ---------------------------------------------------------------- 018 Bangladesh, low-contrast PDF
P['018'] = dict(
 cv=dict(name="Rezaul Karim Bhuiyan", title="MBBS (Chittagong Medical College)",
  contacts=[("Phone", "+880 1911-223344"), ("Email", "rezaul.bhuiyan.cmc@gmail.com"), ("Status", "US Permanent Resident")],
  sections=[
   ("Objective", ["Psychiatry residency."]),
   ("Education", [("2011 – 2017", "MBBS, Chittagong Medical College (University of Chittagong), Bangladesh")]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 238", "ECFMG: Certified"]),
   ("US Experience", [("10/2023 – 12/2023", "Observership, Psychiatry — Elmhurst Hospital Center, Queens, NY"),
                      ("01/2024 – 06/2024", "Research Assistant, Psychiatry — Zucker Hillside Hospital, Glen Oaks, NY")]),
   ("Bangladesh", [("2017 – 2018", "Intern, Chittagong Medical College Hospital"), ("2018 – 2022", "Medical Officer, Chattogram Psychiatric Clinic")]),
   ("Posters", ["Bhuiyan RK. Depression screening in refugee camps — poster, APA 2024."]),
   ("Languages", ["Bengali, English"]),
  ]),
 truth=dict(full_name="Rezaul Karim Bhuiyan", email="rezaul.bhuiyan.cmc@gmail.com", phone_e164="+8801911223344",
  medical_school="Chittagong Medical College", medical_school_country="BD", graduation_year=2017, is_student=False,
  usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Psychiatry"], languages=["Bengali", "English"], publications=0,
  usce_entries=[dict(type="observership", specialty="Psychiatry", state="NY", start="2023-10", end="2023-12"),
                dict(type="research", specialty="Psychiatry", state="NY", start="2024-01", end="2024-06")],
  usce_months=9, usce_months_clinical=3))

# ---------------------------------------------------------------- 019 Nepal, phone photo PNG
P['019'] = dict(
 cv=dict(name="Rojina Karki", title="MBBS (Kathmandu University)",
  contacts=[("Phone", "(+977) 98510-12345"), ("Email", "rojina.karki.kmc@gmail.com"), ("Address", "Sinamangal, Kathmandu")],
  sections=[
   ("Objective", ["Family Medicine or Internal Medicine residency."]),
   ("Education", [("2016 – 2022", "MBBS, Kathmandu Medical College, Kathmandu University, Nepal")]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 247", "ECFMG Certified"]),
   ("US Clinical Experience", [("11/2025 – 12/2025", "Observership, Internal Medicine — UPMC Mercy, Pittsburgh, PA")]),
   ("Nepal", [("2022 – 2023", "Intern, KMC Teaching Hospital"), ("2023 – 2025", "Medical Officer, Dhulikhel Hospital")]),
   ("Publication", ["Karki R, Shrestha B. Hypertension in the Kathmandu Valley. Kathmandu Univ Med J. 2023;21(2):150-5."]),
   ("Languages", ["Nepali, English, Hindi"]),
  ]),
 truth=dict(full_name="Rojina Karki", email="rojina.karki.kmc@gmail.com", phone_e164="+9779851012345",
  medical_school="Kathmandu Medical College", medical_school_country="NP", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Family Medicine", "Internal Medicine"], languages=["Nepali", "English", "Hindi"], publications=1,
  usce_entries=[dict(type="observership", specialty="Internal Medicine", state="PA", start="2025-11", end="2025-12")],
  usce_months=2, usce_months_clinical=2))

# ---------------------------------------------------------------- 020 Pakistan, two-page scan PDF
P['020'] = dict(
 cv=dict(name="Muhammad Bilal Akhtar", title="MBBS (Dow Medical College)",
  contacts=[("Mobile", "+92-345-6789012"), ("Email", "m.bilal.akhtar92@gmail.com"), ("Current", "Rochester, MN (H-1B)"), ("DOB", "1992")],
  sections=[
   ("Objective", ["Internal Medicine residency with a view to a Gastroenterology fellowship."]),
   ("Education", [("2011 – 2017", "MBBS, Dow Medical College, Dow University of Health Sciences, Karachi, Pakistan")]),
   ("USMLE", ["Step 1: 231 (first attempt)", "Step 2 CK: 240", "Step 3: 219", "ECFMG Certified (2019)"]),
   ("US Experience", [("08/2021 – 07/2023", "Research Fellow, Division of Gastroenterology and Hepatology, Mayo Clinic, Rochester, MN"),
                      ("09/2023 – 10/2023", "Clinical Externship (hands-on), Internal Medicine — Olmsted Medical Center, Rochester, MN")]),
   ("Pakistan", [("2017 – 2018", "House Officer, Civil Hospital Karachi"), ("2018 – 2021", "Medical Officer, Gastroenterology, Jinnah Postgraduate Medical Centre")]),
   ("Publications", ["1. Akhtar MB et al. Hepatitis C treatment in Karachi. J Pak Med Assoc. 2019;69(4):512-6.",
                     "2. Akhtar MB, Smith J. Colonoscopy quality in rural Minnesota. Gastrointest Endosc. 2022;95(6):1120-8.",
                     "3. Smith J, Akhtar MB. Eosinophilic esophagitis incidence. Clin Gastroenterol Hepatol. 2022;20(9):2011-9.",
                     "4. Akhtar MB et al. Fecal calprotectin in IBD flares. Am J Gastroenterol. 2023;118(2):301-8.",
                     "5. Akhtar MB, Lee K. NAFLD in South Asian immigrants. Hepatology. 2023;78(1):122-31.",
                     "Abstract: DDW 2023 — Capsule endoscopy yield."]),
   ("Languages", ["English, Urdu, Sindhi"]),
   ("References", ["Dr. Jennifer Smith, Mayo Clinic — +1 507 555 0166"]),
  ]),
 truth=dict(full_name="Muhammad Bilal Akhtar", email="m.bilal.akhtar92@gmail.com", phone_e164="+923456789012",
  medical_school="Dow Medical College", medical_school_country="PK", graduation_year=2017, is_student=False,
  usmle_step1=231, usmle_step2ck=240, usmle_step3=219, ecfmg_status="certified", visa_status="h1b",
  specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Urdu", "Sindhi"], publications=5,
  usce_entries=[dict(type="research", specialty="Gastroenterology", state="MN", start="2021-08", end="2023-07"),
                dict(type="hands_on", specialty="Internal Medicine", state="MN", start="2023-09", end="2023-10")],
  usce_months=26, usce_months_clinical=2))

# ---------------------------------------------------------------- 021 Nigeria, table JPG
P['021'] = dict(
 cv=dict(name="Chiamaka Adaeze Okorie", title="MBBS (University of Lagos)",
  contacts=[("Phone", "0909 876 5432"), ("Email", "chiamaka.okorie@outlook.com"), ("Address", "Surulere, Lagos"), ("Visa", "J-1")],
  sections=[
   ("Objective", ["Neurology residency."]),
   ("Education", [("2013 – 2020", "MBBS, College of Medicine, University of Lagos (CMUL), Nigeria")]),
   ("USMLE", ["Step 1: Pass", "Step 2 CK: 255", "ECFMG Certified"]),
   ("US Clinical Experience", [("03.2025 – 04.2025", "Observership, Neurology — Johns Hopkins Hospital, Baltimore, MD"),
                               ("05.2025", "Tele-neurology elective (virtual), Neurology — University of Maryland, Baltimore, MD")]),
   ("Nigeria", [("2020 – 2021", "House Officer, Lagos University Teaching Hospital"), ("2022 – 2024", "Medical Officer, Neurology Unit, LUTH")]),
   ("Publications", ["Okorie CA, Ojini F. Epilepsy treatment gap in Lagos. Seizure. 2022;98:44-9.",
                     "Okorie CA et al. Stroke in young adults in Lagos. J Neurol Sci. 2023;446:120581."]),
   ("Languages", ["English, Igbo"]),
  ]),
 truth=dict(full_name="Chiamaka Adaeze Okorie", email="chiamaka.okorie@outlook.com", phone_e164="+2349098765432",
  medical_school="University of Lagos", medical_school_country="NG", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Neurology"], languages=["English", "Igbo"], publications=2,
  usce_entries=[dict(type="observership", specialty="Neurology", state="MD", start="2025-03", end="2025-04"),
                dict(type="telehealth", specialty="Neurology", state="MD", start="2025-05", end="2025-05")],
  usce_months=3, usce_months_clinical=2))
