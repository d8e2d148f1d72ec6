# -*- coding: utf-8 -*-
"""Content + truth for w64 CVs. Each person: truth dict 't' and CV content 'cv'.
cv = {"name": display name line, "sub": subtitle, "contacts": [lines], "sections": [(title, [blocks])]}
blocks: ("p", text) | ("ul", [items]) | ("table", header, rows) | ("entry", title, dateline, [bullets])
"""

def T(**kw):
    base = dict(usmle_step3=None, ecfmg_status=None, visa_status=None, publications=0, is_student=False)
    base.update(kw)
    return base

def U(type_, spec, state, start, end):
    return {"type": type_, "specialty": spec, "state": state, "start": start, "end": end}

P = []

# 1 Nigeria - docx table (Dates | Institution | City, State | Specialty | Type)
P.append(dict(num=1, layout="docx_usce_table", fmt="docx_table",
 t=T(full_name="Chukwuemeka Obinna Nwosu", email="c.nwosu.md@gmail.com", phone_e164="+2348034127765",
     medical_school="University of Lagos College of Medicine", medical_school_country="NG", graduation_year=2021,
     usmle_step1="pass", usmle_step2ck=248, ecfmg_status="certified", visa_status="b1b2",
     specialties=["Internal Medicine", "Nephrology"], languages=["English", "Igbo", "Yoruba"], publications=2,
     usce_entries=[U("hands_on","Internal Medicine","NY","2024-01","2024-03"), U("observership","Nephrology","MI","2024-04","2024-04"),
                   U("research","Nephrology","MI","2024-05","2024-10")]),
 cv=dict(name="Dr. Chukwuemeka Obinna Nwosu, MBBS", sub="International Medical Graduate | Internal Medicine applicant",
   contacts=["12 Adeniran Ogunsanya Street, Surulere, Lagos, Nigeria", "Mobile/WhatsApp: +234 803 412 7765", "Email: c.nwosu.md@gmail.com"],
   sections=[
    ("Career Objective", [("p", "ECFMG-certified graduate seeking a categorical Internal Medicine residency position, with a long-term goal of fellowship training in Nephrology.")]),
    ("Education", [("ul", ["MBBS, University of Lagos College of Medicine, Idi-Araba, Lagos, Nigeria — Nov 2014 – Dec 2021",
                           "West African Senior School Certificate — Federal Government College, Enugu — 2013"])]),
    ("Examinations & Certification", [("table", ["Exam", "Result", "Date"], [["USMLE Step 1", "Pass", "Aug 2022"], ["USMLE Step 2 CK", "248", "Feb 2023"],
                           ["OET Medicine", "Pass (B in all sub-tests)", "Apr 2023"], ["ECFMG Certification", "Certified", "May 2023"]])]),
    ("US Clinical Experience", [("table", ["Dates", "Institution", "City, State", "Specialty", "Type"], [
        ["01/2024 – 03/2024", "The Brookdale Hospital Medical Center", "Brooklyn, NY", "Internal Medicine", "Hands-on externship"],
        ["04/2024", "Henry Ford Hospital", "Detroit, MI", "Nephrology", "Observership"],
        ["05/2024 – 10/2024", "University of Michigan, Division of Nephrology", "Ann Arbor, MI", "Nephrology", "Research fellowship"]])]),
    ("Clinical Experience in Nigeria", [("ul", ["House Officer (Internship), Lagos University Teaching Hospital, Idi-Araba — Jan 2022 – Dec 2022: rotations in Medicine, Surgery, Paediatrics, O&G",
                                             "Medical Officer (NYSC), General Hospital Gboko, Benue State — Mar 2023 – Nov 2023"])]),
    ("Publications", [("ul", ["Nwosu CO, Adeyemi TA, et al. Prevalence of chronic kidney disease among hypertensive adults in Lagos. Niger J Clin Pract. 2022;25(9):1450-1456.",
                              "Okafor E, Nwosu CO, Bello K. Outcomes of haemodialysis initiation in a tertiary centre. Pan Afr Med J. 2024;47:112.",
                              "Poster: Nwosu CO, et al. APOL1 risk alleles in West African cohorts. ASN Kidney Week 2024, San Diego (poster)."])]),
    ("Languages", [("p", "English (native proficiency), Igbo (native), Yoruba (conversational)")]),
    ("Visa", [("p", "Currently hold a valid US B1/B2 visitor visa (expires 2028).")]),
    ("Referees", [("ul", ["Dr. Michael Harrington, MD — Attending Physician, Brookdale Hospital — mharrington@brookdale-example.org — +1 (718) 240-5000",
                          "Prof. Adaeze Okonkwo — Consultant Nephrologist, LUTH — a.okonkwo@luth-example.ng — +234 802 555 1092"])]),
   ])))

# 2 Ghana - chromium sidebar, one-line entries
P.append(dict(num=2, layout="chromium_sidebar_oneline", fmt="chromium",
 t=T(full_name="Ama Serwaa Boateng", email="ama.boateng@outlook.com", phone_e164="+233244567812",
     medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2020,
     usmle_step1="pass", usmle_step2ck=239, ecfmg_status="certified", visa_status="b1b2",
     specialties=["Family Medicine", "Pediatrics"], languages=["English", "Twi", "Ga", "French"], publications=1,
     usce_entries=[U("observership","Family Medicine","MN","2024-06","2024-08"), U("hands_on","Pediatrics","MI","2024-09","2024-10"),
                   U("hands_on","Family Medicine","GA","2025-03","2025-03")]),
 cv=dict(name="Ama Serwaa Boateng, MB ChB", sub="Aspiring Family Medicine / Pediatrics resident",
   contacts=["ama.boateng@outlook.com", "+233 24 456 7812", "East Legon, Accra, Ghana", "Visa: B1/B2 (valid to 2029)"],
   sections=[
    ("Profile", [("p", "Medical doctor from Ghana with two years of housemanship and US clinical exposure in primary care and paediatrics. Applying to Family Medicine and Pediatrics programs.")]),
    ("Education", [("p", "Bachelor of Medicine and Bachelor of Surgery (MB ChB), University of Ghana Medical School, Korle Bu, Accra — graduated July 2020")]),
    ("USMLE", [("p", "Step 1: PASS (2021) · Step 2 CK: 239 (2022) · ECFMG certified (Jan 2023)")]),
    ("US Clinical Experience", [("ul", [
        "Observer, Family Medicine, Mayo Clinic, Rochester, MN, 06/2024–08/2024",
        "Externship (hands-on), Pediatrics, Children's Hospital of Michigan, Detroit, MI, Sep 2024 – Oct 2024",
        "Sub-internship, Family Medicine, Emory University School of Medicine, 4 weeks, March 2025",
        "Upcoming (confirmed): Observership, Pediatrics, Cincinnati Children's Hospital, Cincinnati, OH, February 2027"])]),
    ("Experience in Ghana", [("ul", ["House Officer, Korle Bu Teaching Hospital, Accra — Aug 2020 – Jul 2022",
                                      "Medical Officer, Ridge Hospital (Greater Accra Regional Hospital) — Aug 2022 – Dec 2023"])]),
    ("Research", [("ul", ["Boateng AS, Mensah K, Asare-Bediako E. Childhood malaria admissions before and after RTS,S rollout in Accra. Ghana Med J. 2023;57(2):88-95."])]),
    ("Languages", [("p", "English, Twi (Akan), Ga, French (basic)")]),
    ("References", [("ul", ["Dr. Lisa Thompson, Family Medicine, Mayo Clinic — thompson.lisa@mayo-example.edu", "Dr. Kofi Agyeman, Korle Bu TH — kagyeman@kbth-example.gh"])]),
   ])))

# 3 Kenya - reportlab, bulleted blocks with dates on own line
P.append(dict(num=3, layout="reportlab_blocks", fmt="reportlab",
 t=T(full_name="Wanjiru Njeri Kamau", email="wanjiru.kamau@gmail.com", phone_e164="+254722318904",
     medical_school="University of Nairobi School of Medicine", medical_school_country="KE", graduation_year=2019,
     usmle_step1="pass", usmle_step2ck=255, ecfmg_status="certified", visa_status=None,
     specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Swahili", "Kikuyu"], publications=3,
     usce_entries=[U("research","Infectious Disease","MD","2023-07","2024-06"), U("observership","Internal Medicine","MD","2024-02","2024-04"),
                   U("hands_on","Internal Medicine","TX","2024-09","2024-11")]),
 cv=dict(name="WANJIRU NJERI KAMAU", sub="MBChB (Nairobi) — Internal Medicine / Infectious Diseases",
   contacts=["P.O. Box 30197-00100, Nairobi, Kenya", "+254 722 318 904", "wanjiru.kamau@gmail.com"],
   sections=[
    ("Education", [("entry", "Bachelor of Medicine and Bachelor of Surgery (MBChB)", "University of Nairobi School of Medicine, Nairobi — 2013 to 2019", [])]),
    ("Licensure", [("ul", ["USMLE Step 1 — Passed (first attempt)", "USMLE Step 2 CK — 255", "ECFMG Certificate — issued 2022", "Kenya Medical Practitioners and Dentists Council — full registration"])]),
    ("Clinical and Research Experience — United States", [
        ("entry", "Research Fellow, Division of Infectious Diseases, Johns Hopkins University School of Medicine, Baltimore", "July 2023 – June 2024",
            ["HIV/TB co-infection cohort analysis; REDCap data management", "Weekly ID clinical case conference"]),
        ("entry", "Clinical Observer, Internal Medicine, Johns Hopkins Bayview Medical Center, Baltimore, MD", "Feb 2024 – Apr 2024",
            ["Observed inpatient ward rounds (concurrent with research fellowship)"]),
        ("entry", "Hands-on Externship, Internal Medicine, UT Southwestern Medical Center / Parkland Memorial Hospital, Dallas", "September 2024 – November 2024",
            ["Pre-rounded, presented patients, wrote notes under supervision"])]),
    ("Clinical Experience — Kenya", [
        ("entry", "Medical Officer Intern, Kenyatta National Hospital, Nairobi", "2019 – 2020", ["Rotations: Internal Medicine, Surgery, Paediatrics, Obstetrics & Gynaecology"]),
        ("entry", "Medical Officer, Kiambu Level 5 Hospital", "2020 – 2023", ["HIV comprehensive care clinic"])]),
    ("Publications", [("ul", ["Kamau WN, Otieno J, Mwangi P. Isoniazid preventive therapy completion in Nairobi. Int J Tuberc Lung Dis. 2021;25(4):301-307.",
        "Kamau WN, et al. Cryptococcal antigen screening in advanced HIV disease. Open Forum Infect Dis. 2024;11(3):ofae087.",
        "Smith R, Kamau WN, Chaisson RE. Rifapentine-based regimens in East Africa. Clin Infect Dis. 2024;78(5):1201-1209.",
        "Abstract: Kamau WN. TB outcomes in diabetics. IDWeek 2023 (abstract).", "Abstract: Kamau WN. CrAg screening yield. CROI 2024 (abstract)."])]),
    ("Languages", [("p", "English, Kiswahili, Kikuyu")]),
    ("Referees", [("ul", ["Richard E. Chaisson, MD — Johns Hopkins — rchaisson@jh-example.edu", "Dr. Peter Mwangi — KNH — pmwangi@knh-example.ke, +254 720 000 111"])]),
   ])))

# 4 Egypt - docx -> LibreOffice PDF, Institution-first table, Arabic name
P.append(dict(num=4, layout="soffice_pdf_arabic", fmt="soffice_pdf",
 t=T(full_name="Mohamed Ahmed Abdelrahman Elsayed", email="m.elsayed.kasr@gmail.com", phone_e164="+201002345678",
     medical_school="Cairo University Faculty of Medicine (Kasr Al Ainy)", medical_school_country="EG", graduation_year=2020,
     usmle_step1="pass", usmle_step2ck=262, ecfmg_status="pending", visa_status="j1",
     specialties=["Cardiology", "Internal Medicine"], languages=["Arabic", "English", "German"], publications=4,
     usce_entries=[U("observership","Cardiology","OH","2024-02","2024-04"), U("research","Cardiology","NY","2024-05","2026-12"),
                   U("hands_on","Internal Medicine","NY","2025-01","2025-02")]),
 cv=dict(name="Mohamed Ahmed Abdelrahman Elsayed", name2="محمد أحمد عبد الرحمن السيد", sub="M.B.B.Ch. — Kasr Al Ainy, Cairo University",
   contacts=["Mobile: (+20) 100 234 5678", "E-mail: m.elsayed.kasr@gmail.com", "Dokki, Giza, Egypt"],
   sections=[
    ("Education", [("ul", ["M.B.B.Ch. (Bachelor of Medicine and Surgery), Faculty of Medicine, Cairo University (Kasr Al Ainy) — 2013–2020, grade: Excellent with honours",
                           "Mandatory internship year (Imtiaz), Kasr Al Ainy Hospitals — 03/2020 – 02/2021"])]),
    ("USMLE / ECFMG", [("ul", ["Step 1: Pass", "Step 2 CK: 262", "ECFMG certification: pending (OET result awaited)"])]),
    ("U.S. Experience", [("table", ["Institution", "Specialty", "Type", "Dates", "Location"], [
        ["Cleveland Clinic, Heart, Vascular & Thoracic Institute", "Cardiology", "Observership", "2024.02 – 2024.04", "9500 Euclid Ave, Cleveland, Ohio 44195"],
        ["Icahn School of Medicine at Mount Sinai", "Cardiology", "Research fellowship", "2024.05 – present", "New York, NY"],
        ["Mount Sinai Morningside", "Internal Medicine", "Hands-on clerkship", "2025.01 – 2025.02", "New York, NY"]])]),
    ("Work Experience (Egypt)", [("ul", ["Resident, Cardiology, National Heart Institute, Giza — 2021 – 2023", "Internship, Kasr Al Ainy Hospitals — 2020 – 2021"])]),
    ("Publications (peer-reviewed)", [("ul", [
        "Elsayed MA, et al. Sex differences in TAVR outcomes. J Am Heart Assoc. 2025;14:e031122.",
        "Elsayed MA, Kim J, Fuster V. Lipoprotein(a) and premature MI. Am J Cardiol. 2024;220:45-52.",
        "Hassan N, Elsayed MA. Rheumatic heart disease in Upper Egypt. Egypt Heart J. 2022;74:61.",
        "Elsayed MA, et al. GLP-1 RA and atrial fibrillation: a meta-analysis. Cardiovasc Diabetol. 2025;24:18."]),
        ("p", "Manuscript submitted: Elsayed MA, et al. SGLT2 inhibitors in HFpEF in Egyptians (under review).")]),
    ("Languages", [("p", "Arabic (mother tongue), English (C2, OET grade A), German (B1)")]),
    ("Visa", [("p", "Will require J-1 visa sponsorship (ECFMG).")]),
    ("References", [("ul", ["Prof. Valentin Fuster — Mount Sinai — vfuster@mssm-example.edu", "Dr. Jane Kim — Cleveland Clinic — kimj@ccf-example.org — +1 216 444 0000"])]),
   ])))

# 5 Ethiopia - ODT
P.append(dict(num=5, layout="odt_plain", fmt="odt",
 t=T(full_name="Selamawit Tesfaye Gebremariam", email="selam.gebremariam@yahoo.com", phone_e164="+12403817726",
     medical_school="Addis Ababa University School of Medicine", medical_school_country="ET", graduation_year=2018,
     usmle_step1="pass", usmle_step2ck=244, ecfmg_status="certified", visa_status="green_card",
     specialties=["Pediatrics"], languages=["Amharic", "English", "Tigrinya", "Oromo"], publications=2,
     usce_entries=[U("telehealth","Pediatrics","DC","2023-10","2023-11"), U("observership","Pediatrics","OH","2024-01","2024-03"),
                   U("hands_on","Pediatrics","FL","2024-09","2024-10")]),
 cv=dict(name="Selamawit Tesfaye Gebremariam, MD", sub="Pediatrics", 
   contacts=["Silver Spring, Maryland", "Cell: +1 240-381-7726", "selam.gebremariam@yahoo.com", "Permanent resident (green card holder)"],
   sections=[
    ("Education", [("p", "Doctor of Medicine (MD), Addis Ababa University, School of Medicine (Tikur Anbessa), Addis Ababa, Ethiopia, 2012 – 2018")]),
    ("Exams", [("p", "USMLE Step 1 — pass; USMLE Step 2 CK — 244; ECFMG certified (2021). NBME CCSSA practice: 251 (not an official score).")]),
    ("U.S. Clinical Experience", [("ul", [
        "Virtual Pediatric Rotation (telehealth), Children's National Hospital, Washington, DC — Oct–Nov 2023",
        "Pediatric Observership, Nationwide Children's Hospital, Columbus, OH — 2024-01 to 2024-03",
        "Hands-on Externship in Pediatrics, Johns Hopkins All Children's Hospital, St. Petersburg, FL — 8 weeks, 2 Sep 2024 – 25 Oct 2024"])]),
    ("Experience in Ethiopia", [("ul", ["Intern, Tikur Anbessa Specialized Hospital, Addis Ababa — 2017 – 2018",
                                        "General Practitioner, Adama Hospital Medical College — 2018 – 2022"])]),
    ("Publications", [("ul", ["Gebremariam ST, Tadesse A. Neonatal sepsis etiology in Addis Ababa. Ethiop Med J. 2019;57(3):211-218.",
                              "Tadesse A, Gebremariam ST, et al. Severe acute malnutrition outcomes. BMC Pediatr. 2021;21:402."])]),
    ("Languages", [("p", "Amharic, English, Tigrinya, Afaan Oromo")]),
    ("References", [("p", "Dr. Sarah Whitfield, Nationwide Children's Hospital, sarah.whitfield@nch-example.org, (614) 722-0000")]),
   ])))

# 6 Sudan - TXT
P.append(dict(num=6, layout="txt_plain", fmt="txt",
 t=T(full_name="Mohammed Osman Elfadil", email="mo.elfadil@protonmail.com", phone_e164="+17134920187",
     medical_school="University of Khartoum Faculty of Medicine", medical_school_country="SD", graduation_year=2017,
     usmle_step1="pass", usmle_step2ck=236, usmle_step3=218, ecfmg_status="certified", visa_status="h1b",
     specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Arabic", "English"], publications=5,
     usce_entries=[U("research","Pulmonology/Critical Care","TX","2022-08","2026-12"), U("observership","Pulmonology/Critical Care","TX","2023-03","2023-05"),
                   U("hands_on","Internal Medicine","TX","2025-06","2025-06")]),
 cv=dict(name="MOHAMMED OSMAN ELFADIL, MBBS", sub="Internal Medicine applicant -- future Pulmonary & Critical Care",
   contacts=["Houston, TX 77030", "Phone: (713) 492-0187", "Email: mo.elfadil@protonmail.com"],
   sections=[
    ("EDUCATION", [("p", "MBBS, University of Khartoum, Faculty of Medicine, Khartoum, Sudan (2011-2017)")]),
    ("USMLE", [("ul", ["Step 1 ........ PASS", "Step 2 CK ..... 236", "Step 3 ........ 218", "ECFMG ......... Certified (2020)"])]),
    ("US EXPERIENCE", [
        ("entry", "Postdoctoral Research Fellow - Section of Pulmonary, Critical Care and Sleep Medicine", "Baylor College of Medicine, One Baylor Plaza, Houston, Texas | Aug 2022 - current", ["ARDS biomarker studies; 3 first-author papers"]),
        ("entry", "Observer - Medical ICU", "Ben Taub Hospital, Houston, TX | 3/2023 - 5/2023", []),
        ("entry", "Sub-Internship (hands-on) - Internal Medicine", "University of Texas Medical Branch, Galveston | 4 weeks, June 2025", [])]),
    ("EXPERIENCE IN SUDAN", [("ul", ["House Officer, Khartoum Teaching Hospital, 2017-2018", "Medical Officer, Soba University Hospital, 2018-2021"])]),
    ("PUBLICATIONS", [("p", "5 peer-reviewed articles (e.g. Elfadil MO, et al. Crit Care Med 2024; Elfadil MO, et al. Chest 2023; Elfadil MO, et al. Respir Med 2025; Ahmed S, Elfadil MO. Sudan Med J 2019; Elfadil MO, et al. Ann Am Thorac Soc 2024). 3 poster presentations (ATS 2023, ATS 2024, CHEST 2025).")]),
    ("LANGUAGES", [("p", "Arabic (native), English (fluent)")]),
    ("VISA", [("p", "Currently on H-1B (research employer).")]),
    ("REFERENCES", [("p", "Dr. Amir Sharafkhaneh - amir.s@bcm-example.edu - (713) 798-0000")]),
   ])))

# 7 Cameroon - handwritten RTF
P.append(dict(num=7, layout="rtf_handwritten", fmt="rtf",
 t=T(full_name="Brenda Ngwa Achu", email="brenda.achu@gmail.com", phone_e164="+237677452318",
     medical_school="University of Buea Faculty of Health Sciences", medical_school_country="CM", graduation_year=2022,
     usmle_step1="pass", usmle_step2ck=None, ecfmg_status="not_certified", visa_status="b1b2",
     specialties=["Obstetrics and Gynecology", "Family Medicine"], languages=["English", "French", "Cameroonian Pidgin English"], publications=1,
     usce_entries=[U("observership","Obstetrics and Gynecology","FL","2024-05","2024-05"), U("hands_on","Family Medicine","GA","2024-06","2024-08")]),
 cv=dict(name="Brenda Ngwa Achu, MD", sub="Médecin généraliste — Obstetrics & Gynecology / Family Medicine",
   contacts=["Molyko, Buea, South-West Region, Cameroon", "Tel: +237 6 77 45 23 18", "brenda.achu@gmail.com"],
   sections=[
    ("Education", [("p", "Doctor of Medicine (MD), Faculty of Health Sciences, University of Buea, Cameroon — 2015–2022 (thesis: Pre-eclampsia outcomes in Buea Regional Hospital)")]),
    ("USMLE", [("p", "Step 1: Pass (2023). Step 2 CK: scheduled January 2027. ECFMG: not yet certified.")]),
    ("US Clinical Experience", [("ul", [
        "OB/GYN Observership — Jackson Memorial Hospital, Miami, FL — 4 weeks, May 2024",
        "Family Medicine Externship (hands-on) — Morehouse School of Medicine, Atlanta, Georgia — Summer 2024 (June–August)",
        "Sub-internship, OB/GYN — University of Maryland Medical Center, Baltimore, MD — scheduled March 2027 (not yet started)"])]),
    ("Clinical Experience (Cameroon)", [("ul", ["Internship (stage interné), Bamenda Regional Hospital — Oct 2022 – Sep 2023", "General Practitioner, Mount Mary Hospital, Buea — Oct 2023 – present"])]),
    ("Publications", [("p", "Achu BN, Tanue EA, Nsagha DS. Determinants of pre-eclampsia in the South-West Region of Cameroon. BMC Pregnancy Childbirth. 2023;23:455.")]),
    ("Languages", [("p", "English, French (bilingual), Cameroonian Pidgin English")]),
    ("Visa", [("p", "B1/B2 visitor visa")]),
    ("Referee", [("p", "Dr. Camille Roberts, OB/GYN, Jackson Health System — croberts@jhs-example.org")]),
   ])))

# 8 Zimbabwe - fpdf2, contacts in footer
P.append(dict(num=8, layout="fpdf2_footer_contacts", fmt="fpdf",
 t=T(full_name="Tendai Rufaro Moyo", email="tendai.moyo.md@gmail.com", phone_e164="+263772349081",
     medical_school="University of Zimbabwe College of Health Sciences", medical_school_country="ZW", graduation_year=2019,
     usmle_step1="pass", usmle_step2ck=241, ecfmg_status="certified", visa_status="j1",
     specialties=["Psychiatry"], languages=["English", "Shona", "Ndebele"], publications=0,
     usce_entries=[U("observership","Psychiatry","TX","2023-10","2023-12"), U("research","Psychiatry","CT","2024-01","2024-06"),
                   U("hands_on","Psychiatry","NY","2024-07","2024-09")]),
 cv=dict(name="Tendai Rufaro Moyo", sub="MBChB (UZ) · Psychiatry",
   contacts=["Harare, Zimbabwe", "+263 77 234 9081", "tendai.moyo.md@gmail.com"],
   sections=[
    ("Education", [("p", "MBChB, University of Zimbabwe College of Health Sciences (now Faculty of Medicine and Health Sciences), Harare — 2013–2019")]),
    ("Board Exams", [("p", "USMLE Step 1 Pass | Step 2 CK 241 | ECFMG Certified 2022 | Requires J-1 visa")]),
    ("US Experience", [("ul", [
        "Psychiatry Observership — UT Southwestern Medical Center. 10/2023–12/2023",
        "Research Volunteer (remote), Yale Department of Psychiatry, New Haven, CT, Jan 2024 – Jun 2024",
        "Inpatient Psychiatry Externship (hands-on), Kingsboro Psychiatric Center, Brooklyn, NY, 2024-07 – 2024-09"])]),
    ("Other International Experience", [("ul", ["Observership, Centre for Addiction and Mental Health (CAMH), Toronto, ON, Canada, 2023-05 – 2023-06",
                                                "Intern Medical Officer, Parirenyatwa Group of Hospitals, Harare, 2019–2021",
                                                "Government Medical Officer, Chitungwiza Central Hospital, 2021–2023"])]),
    ("Presentations", [("ul", ["Poster: Moyo TR. Friendship Bench outcomes in peri-urban Harare. APA Annual Meeting 2024 (poster).",
                               "Manuscript in preparation: Moyo TR, et al. Ketamine-assisted therapy access in LMICs."])]),
    ("Languages", [("p", "English, Shona, Ndebele")]),
    ("Reference", [("p", "Dr. Robert Klein, Yale Psychiatry — robert.klein@yale-example.edu")]),
   ])))

# 9 India - docx, contacts in page header, Institution-first table, upcoming row
P.append(dict(num=9, layout="docx_header_contacts", fmt="docx_header",
 t=T(full_name="Aditya Venkataraman", email="aditya.venkat21@gmail.com", phone_e164="+919845012367",
     medical_school="Kasturba Medical College, Manipal", medical_school_country="IN", graduation_year=2021,
     usmle_step1="pass", usmle_step2ck=258, ecfmg_status="certified", visa_status=None,
     specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Hindi", "Tamil", "Kannada"], publications=6,
     usce_entries=[U("research","Gastroenterology","MN","2023-08","2024-07"), U("observership","Gastroenterology","MN","2023-11","2023-12"),
                   U("hands_on","Internal Medicine","IL","2024-09","2024-10")]),
 cv=dict(name="ADITYA VENKATARAMAN", sub="MBBS — Kasturba Medical College, Manipal",
   contacts=["aditya.venkat21@gmail.com", "+91 98450 12367", "Bengaluru, Karnataka, India"],
   sections=[
    ("Education", [("ul", ["MBBS, Kasturba Medical College, Manipal (Manipal Academy of Higher Education), 2016 – 2021", "Compulsory Rotating Resident Internship (CRRI), Kasturba Hospital, Manipal, 2021 – 2022"])]),
    ("USMLE", [("table", ["Step", "Score", "Year"], [["Step 1", "Pass", "2022"], ["Step 2 CK", "258", "2023"], ["ECFMG", "Certified", "2023"]])]),
    ("US Clinical & Research Experience", [("table", ["Institution", "Department", "Role", "From", "To", "Location"], [
        ["Mayo Clinic", "Gastroenterology & Hepatology", "Research Trainee", "Aug 2023", "Jul 2024", "Rochester, MN"],
        ["Mayo Clinic", "Gastroenterology", "Observer", "Nov 2023", "Dec 2023", "Rochester, MN"],
        ["University of Chicago Medicine", "Internal Medicine", "Sub-Intern (hands-on)", "Sep 2024", "Oct 2024", "Chicago, IL"],
        ["Northwestern Memorial Hospital", "Internal Medicine", "Externship (upcoming, confirmed)", "Jan 2027", "Feb 2027", "Chicago, IL"]])]),
    ("Publications", [("p", "Six peer-reviewed publications (3 first-author), including Venkataraman A, et al. Gastroenterology 2024; Clin Gastroenterol Hepatol 2024; Am J Gastroenterol 2023; Indian J Gastroenterol 2022; Dig Dis Sci 2025; J Clin Gastroenterol 2025. Four abstracts at DDW 2024.")]),
    ("Languages", [("p", "English, Hindi, Tamil (native), Kannada")]),
    ("Interests", [("p", "Internal Medicine residency with a goal of Gastroenterology fellowship.")]),
    ("References", [("ul", ["Dr. Vijay Shah, Mayo Clinic — shah.vijay@mayo-example.edu", "Dr. Karen Liu, UChicago — kliu@uchicago-example.edu, +1 773 702 0000"])]),
   ])))

# 10 Pakistan - chromium two-column
P.append(dict(num=10, layout="chromium_two_column", fmt="chromium",
 t=T(full_name="Ayesha Siddiqa Malik", email="ayesha.s.malik@hotmail.com", phone_e164="+923334412086",
     medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2022,
     usmle_step1="pass", usmle_step2ck=251, ecfmg_status="certified", visa_status="j1",
     specialties=["Internal Medicine", "Hematology/Oncology"], languages=["English", "Urdu", "Punjabi"], publications=3,
     usce_entries=[U("observership","Hematology/Oncology","TX","2024-03","2024-05"), U("telehealth","Internal Medicine","FL","2024-07","2024-07"),
                   U("hands_on","Internal Medicine","GA","2024-08","2024-10"), U("research","Hematology/Oncology","GA","2024-08","2026-12")]),
 cv=dict(name="Ayesha Siddiqa Malik", sub="MBBS · Internal Medicine → Hematology/Oncology",
   contacts=["+92 333 441 2086", "ayesha.s.malik@hotmail.com", "DHA Phase 5, Lahore, Pakistan", "Visa: J-1 (ECFMG sponsorship) needed"],
   sections=[
    ("Education", [("p", "MBBS, King Edward Medical University, Lahore — 2017 – 2022 (gold medal in Medicine)")]),
    ("Scores", [("p", "USMLE Step 1: Pass · Step 2 CK: 251 · ECFMG Certified (2023) · NBME Form 31 (practice): 248")]),
    ("USCE", [("ul", [
        "Hematology/Oncology Observership · MD Anderson Cancer Center (Houston) · 03/2024 – 05/2024",
        "Virtual Internal Medicine Rotation (telemedicine) · Cleveland Clinic Florida, Weston, FL · 2 weeks, July 2024",
        "Clinical Externship, Internal Medicine · Emory University Hospital Midtown · Aug – Oct 2024",
        "Clinical Research Fellow, Hematology · Winship Cancer Institute of Emory University, Atlanta, GA · Aug 2024 – ongoing"])]),
    ("Pakistan", [("ul", ["House Officer, Mayo Hospital Lahore — 2022 – 2023", "Medical Officer, Shaukat Khanum Memorial Cancer Hospital — 2023 – Feb 2024"])]),
    ("Publications", [("ul", ["Malik AS, et al. Blood. 2025;145(4):412-420.", "Malik AS, Raza H. J Pak Med Assoc. 2023;73(2):301-305.", "Ahmed F, Malik AS, et al. JCO Glob Oncol. 2024;10:e2300211.",
                              "Abstract: ASH 2024 annual meeting (abstract)."])]),
    ("Languages", [("p", "English · Urdu · Punjabi")]),
    ("References", [("p", "Dr. Emily Carter — Winship Cancer Institute — ecarter@emory-example.edu — +1 404 778 0000")]),
   ])))

# 11 Bangladesh - docx -> RTF via LibreOffice
P.append(dict(num=11, layout="soffice_rtf", fmt="soffice_rtf",
 t=T(full_name="Md. Rafiqul Islam Chowdhury", email="rafiq.chowdhury.dmc@gmail.com", phone_e164="+8801712345678",
     medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2019,
     usmle_step1="pass", usmle_step2ck=233, ecfmg_status="certified", visa_status="b1b2",
     specialties=["Family Medicine", "Internal Medicine"], languages=["Bengali", "English", "Hindi"], publications=1,
     usce_entries=[U("hands_on","Family Medicine","NY","2024-12","2025-02"), U("observership","Internal Medicine","PA","2024-07","2024-07")]),
 cv=dict(name="Dr. Md. Rafiqul Islam Chowdhury", sub="MBBS (DMC), BMDC Reg. A-98765",
   contacts=["House 14, Road 7, Dhanmondi, Dhaka-1205, Bangladesh", "Cell: +880 1712-345678", "rafiq.chowdhury.dmc@gmail.com"],
   sections=[
    ("Academic Qualification", [("p", "MBBS, Dhaka Medical College (University of Dhaka), session 2013-14, passed 2019")]),
    ("USMLE", [("p", "Step 1 — Passed; Step 2 CK — 233; ECFMG certified (2022). PLAB 1 — passed (2021).")]),
    ("Clinical Experience in USA", [("ul", [
        "Externship (Hands-on) – Family Medicine – Jamaica Hospital Medical Center, Queens, New York – Dec 2024 – Feb 2025",
        "Observership – Internal Medicine – Temple University Hospital, Philadelphia, PA – Jul 2024"])]),
    ("Clinical Experience in Bangladesh", [("ul", ["Internship, Dhaka Medical College Hospital — 2019 – 2020", "Medical Officer, Upazila Health Complex, Savar — 2020 – 2024"])]),
    ("Publication", [("p", "Chowdhury MRI, Rahman S. Dengue shock syndrome in adults, Dhaka 2019 outbreak. Bangladesh Med Res Counc Bull. 2021;47(1):33-39.")]),
    ("Languages", [("p", "Bangla (mother tongue), English, Hindi")]),
    ("Visa status", [("p", "B1/B2 (multiple entry)")]),
    ("Career goal", [("p", "Family Medicine or Internal Medicine residency.")]),
    ("Reference", [("p", "Dr. Angela Russo, Jamaica Hospital — arusso@jhmc-example.org")]),
   ])))

# 12 Nepal - reportlab two-col header
P.append(dict(num=12, layout="reportlab_pipe_lines", fmt="reportlab",
 t=T(full_name="Sujata Koirala", email="sujata.koirala@gmail.com", phone_e164="+9779841234567",
     medical_school="B.P. Koirala Institute of Health Sciences", medical_school_country="NP", graduation_year=2020,
     usmle_step1="pass", usmle_step2ck=247, ecfmg_status="certified", visa_status=None,
     specialties=["Neurology"], languages=["Nepali", "English", "Hindi", "Maithili"], publications=2,
     usce_entries=[U("observership","Neurology","AZ","2024-02","2024-03"), U("research","Neurology","MI","2024-04","2025-03"),
                   U("hands_on","Neurology","LA","2024-10","2024-11")]),
 cv=dict(name="Dr. Sujata Koirala", sub="MBBS (BPKIHS) — Neurology",
   contacts=["Dharan-8, Sunsari, Nepal", "+977 9841-234567", "sujata.koirala@gmail.com"],
   sections=[
    ("Education", [("p", "MBBS, B.P. Koirala Institute of Health Sciences (BPKIHS), Dharan, Nepal | 2014 – 2020")]),
    ("USMLE", [("p", "Step 1: Pass | Step 2 CK: 247 | ECFMG certified")]),
    ("US Experience", [("ul", [
        "Neurology Observership, Barrow Neurological Institute, Phoenix, AZ | 2024-02 – 2024-03",
        "Stroke Research Fellow, University of Michigan, Ann Arbor | 2024-04 – 2025-03",
        "Hands-on Neurology Externship, Ochsner Medical Center, New Orleans, Louisiana | Oct 2024 – Nov 2024"])]),
    ("Experience in Nepal", [("ul", ["Intern, BPKIHS Teaching Hospital, Dharan | 2020 – 2021", "Medical Officer, Neurology, Tribhuvan University Teaching Hospital | 2021 – 2023"])]),
    ("Publications", [("ul", ["Koirala S, et al. Stroke. 2025;56(2):e45-e52.", "Koirala S, Shrestha R. J Nepal Med Assoc. 2022;60(251):612-617."])]),
    ("Languages", [("p", "Nepali, English, Hindi, Maithili")]),
    ("Reference", [("p", "Dr. Lesli Skolarus, University of Michigan — lskolarus@umich-example.edu")]),
   ])))

# 13 Sri Lanka - docx, header/footer contacts, Specialty-first table
P.append(dict(num=13, layout="docx_specialty_first_table", fmt="docx_hf",
 t=T(full_name="Kavindu Dilshan Perera", email="dilshan.perera.lk@gmail.com", phone_e164="+94771234567",
     medical_school="University of Colombo Faculty of Medicine", medical_school_country="LK", graduation_year=2018,
     usmle_step1="pass", usmle_step2ck=245, ecfmg_status="certified", visa_status="j1",
     specialties=["Anesthesiology", "Pulmonology/Critical Care"], languages=["Sinhala", "English", "Tamil"], publications=2,
     usce_entries=[U("observership","Anesthesiology","MA","2024-01","2024-02"), U("research","Pulmonology/Critical Care","MA","2024-03","2024-08"),
                   U("hands_on","Anesthesiology","TN","2024-09","2024-09")]),
 cv=dict(name="Kavindu Dilshan Perera", sub="MBBS (Colombo) — Anesthesiology / Critical Care",
   contacts=["No. 45/2, Galle Road, Dehiwala, Sri Lanka", "+94 77 123 4567", "dilshan.perera.lk@gmail.com"],
   sections=[
    ("Education", [("p", "MBBS, Faculty of Medicine, University of Colombo, Sri Lanka — 2012–2018 (Second Class Upper)")]),
    ("Examinations", [("ul", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 245", "ECFMG: Certified (2023)", "PLAB 1 & PLAB 2: Passed (UK GMC) — not pursuing UK"])]),
    ("US Clinical Experience", [("table", ["Specialty", "Type", "Institution", "City, State", "Dates"], [
        ["Anesthesiology", "Observership", "Massachusetts General Hospital", "Boston, MA", "Jan–Feb 2024"],
        ["Critical Care", "Research", "Brigham and Women's Hospital", "Boston, MA", "Mar 2024 – Aug 2024"],
        ["Anesthesiology", "Hands-on elective", "Vanderbilt University Medical Center, Nashville", "", "September 2024"]])]),
    ("Experience in Sri Lanka", [("ul", ["Intern House Officer, National Hospital of Sri Lanka, Colombo — 2019–2020", "Senior House Officer, Anaesthesia & ICU, Colombo South Teaching Hospital — 2020–2023"])]),
    ("Publications", [("ul", ["Perera KD, et al. Ceylon Med J. 2021;66(3):130-135.", "Perera KD, Silva A, et al. Crit Care Explor. 2025;7(1):e1190."])]),
    ("Languages", [("p", "Sinhala, English, Tamil (spoken)")]),
    ("Visa", [("p", "J-1 required")]),
    ("References", [("p", "Dr. Richard Hayes, MGH Anesthesia — rhayes@mgh-example.org")]),
   ])))

# 14 Nigeria - TXT second
P.append(dict(num=14, layout="txt_dashes", fmt="txt",
 t=T(full_name="Fatima Zahra Bello", email="fzbello.md@gmail.com", phone_e164="+2348067712290",
     medical_school="Ahmadu Bello University", medical_school_country="NG", graduation_year=2021,
     usmle_step1="pass", usmle_step2ck=229, ecfmg_status="pending", visa_status="b1b2",
     specialties=["Obstetrics and Gynecology"], languages=["Hausa", "English", "Arabic"], publications=0,
     usce_entries=[U("observership","Obstetrics and Gynecology","GA","2024-05","2024-06"), U("telehealth","Obstetrics and Gynecology","FL","2024-08","2024-08"),
                   U("hands_on","Obstetrics and Gynecology","LA","2025-01","2025-03")]),
 cv=dict(name="Fatima Zahra Bello (MBBS)", sub="Obstetrics & Gynaecology",
   contacts=["GRA, Zaria, Kaduna State, Nigeria", "Phone: 0806 771 2290 (+234)", "Email: fzbello.md@gmail.com"],
   sections=[
    ("EDUCATION", [("p", "MBBS, Ahmadu Bello University, Zaria, Nigeria — 2014 - 2021")]),
    ("EXAMS", [("p", "USMLE Step 1: PASS. USMLE Step 2 CK: 229. NBME practice (CCSSA): 238. PLAB 1: passed 2022. ECFMG certification pending (Pathway/OET in process).")]),
    ("USCE", [("ul", [
        "Observer -- Obstetrics & Gynecology -- Grady Memorial Hospital (Atlanta) -- 05/2024 to 06/2024",
        "Telehealth rotation -- OB/GYN -- Mayo Clinic, Jacksonville, Florida -- 08/2024",
        "Hands-on externship -- OB/GYN -- Woman's Hospital, Baton Rouge, LA -- Jan 2025 - Mar 2025"])]),
    ("NIGERIA", [("ul", ["House Officer, Ahmadu Bello University Teaching Hospital, Zaria -- 2021 - 2022", "NYSC Medical Officer, Federal Medical Centre, Yenagoa -- 2022 - 2023"])]),
    ("LANGUAGES", [("p", "Hausa, English, Arabic (basic)")]),
    ("VISA", [("p", "Valid B1/B2")]),
    ("REFEREE", [("p", "Dr. Denise Jamieson, Grady - djamieson@grady-example.org")]),
   ])))

# 15 India student - chromium
P.append(dict(num=15, layout="chromium_student", fmt="chromium",
 t=T(full_name="Priyanka Nair", email="priyanka.nair.gmc@gmail.com", phone_e164="+919447122839",
     medical_school="Government Medical College, Thiruvananthapuram", medical_school_country="IN", graduation_year=2027, is_student=True,
     usmle_step1="pass", usmle_step2ck=None, ecfmg_status=None, visa_status="b1b2",
     specialties=["Psychiatry"], languages=["Malayalam", "English", "Hindi"], publications=1,
     usce_entries=[U("hands_on","Psychiatry","NJ","2025-06","2025-06"), U("observership","Psychiatry","PA","2025-07","2025-07"),
                   U("telehealth","Psychiatry","MA","2025-10","2025-11")]),
 cv=dict(name="Priyanka Nair", sub="Final-year MBBS student · Psychiatry",
   contacts=["priyanka.nair.gmc@gmail.com", "+91 94471 22839", "Thiruvananthapuram, Kerala"],
   sections=[
    ("Education", [("p", "MBBS (final professional year), Government Medical College, Thiruvananthapuram, Kerala — 2021 – expected graduation June 2027")]),
    ("USMLE", [("p", "Step 1: Pass (2025). Step 2 CK: planned 2027.")]),
    ("US Clinical Electives", [("ul", [
        "Clinical Clerkship (hands-on), Psychiatry — Rutgers New Jersey Medical School, Newark, NJ — 4 weeks, June 2025",
        "Observership, Child & Adolescent Psychiatry — Children's Hospital of Philadelphia — July 2025",
        "Virtual telepsychiatry rotation — Massachusetts General Hospital, Boston — Oct 2025 – Nov 2025",
        "Upcoming: Sub-internship in Psychiatry, UT Southwestern — January 2027"])]),
    ("Publications", [("p", "Nair P, Menon R. Screen time and adolescent depression in Kerala. Indian J Psychiatry. 2025;67(1):44-50.")]),
    ("Languages", [("p", "Malayalam, English, Hindi")]),
    ("Visa", [("p", "B1/B2 visa")]),
    ("Reference", [("p", "Dr. Anjali Menon, Dept. of Psychiatry, GMC TVM — anjali.menon@gmctvm-example.in")]),
   ])))

# 16 Egypt - fpdf2
P.append(dict(num=16, layout="fpdf2_pipe_table", fmt="fpdf",
 t=T(full_name="Omar Farouk Hassan", email="omar.f.hassan@gmail.com", phone_e164="+201228765543",
     medical_school="Ain Shams University Faculty of Medicine", medical_school_country="EG", graduation_year=2021,
     usmle_step1="pass", usmle_step2ck=240, ecfmg_status="certified", visa_status="b1b2",
     specialties=["Emergency Medicine"], languages=["Arabic", "English", "French"], publications=1,
     usce_entries=[U("observership","Emergency Medicine","NY","2023-09","2023-10"), U("hands_on","Emergency Medicine","NJ","2023-11","2024-01"),
                   U("research","Emergency Medicine","MI","2024-02","2024-07")]),
 cv=dict(name="Omar Farouk Hassan", sub="MBBCh — Emergency Medicine",
   contacts=["Heliopolis, Cairo, Egypt", "+20 122 876 5543", "omar.f.hassan@gmail.com"],
   sections=[
    ("Education", [("p", "MBBCh, Faculty of Medicine, Ain Shams University, Cairo — 2014–2021")]),
    ("USMLE", [("p", "Step 1: Pass · Step 2 CK: 240 · ECFMG certified · US visa: B1/B2")]),
    ("US Experience", [("ul", [
        "Emergency Medicine Observership | NYU Langone Health, New York, NY | 09/2023 – 10/2023",
        "EM Hands-on Externship | Hackensack University Medical Center, Hackensack, NJ | 11/2023 – 01/2024",
        "Emergency Medicine Research Fellow | University of Michigan, Ann Arbor | 02/2024 – 07/2024"])]),
    ("Experience in Egypt", [("ul", ["Intern, Ain Shams University Hospitals — 2021–2022", "Emergency Medicine Resident, El Demerdash Hospital — 2022–2023"])]),
    ("Publications", [("p", "Hassan OF, et al. Ann Emerg Med. 2025;85(1):22-30. Posters: SAEM 2024 (x2).")]),
    ("Languages", [("p", "Arabic, English, French")]),
    ("Reference", [("p", "Dr. Keith Barrett, University of Michigan EM — kbarrett@umich-example.edu")]),
   ])))

# ---------------- scans 17-21 ----------------
P.append(dict(num=17, layout="scan_png", fmt="scan_png", scan=True,
 t=T(full_name="Kwabena Osei-Mensah", email="kwabena.oseimensah@gmail.com", phone_e164="+233208134456",
     medical_school="Kwame Nkrumah University of Science and Technology School of Medical Sciences", medical_school_country="GH", graduation_year=2018,
     usmle_step1="pass", usmle_step2ck=237, ecfmg_status="certified", visa_status="j1",
     specialties=["General Surgery"], languages=["English", "Twi"], publications=1,
     usce_entries=[U("observership","General Surgery","DC","2024-03","2024-04"), U("hands_on","General Surgery","NY","2024-06","2024-08")]),
 cv=dict(name="Kwabena Osei-Mensah, MBChB", sub="General Surgery",
   contacts=["Kumasi, Ghana", "+233 20 813 4456", "kwabena.oseimensah@gmail.com"],
   sections=[
    ("Education", [("p", "MBChB, KNUST School of Medical Sciences, Kumasi — 2012–2018")]),
    ("USMLE", [("p", "Step 1: Pass; Step 2 CK: 237; ECFMG certified; J-1 visa required")]),
    ("US Clinical Experience", [("ul", ["Observership, General Surgery, Howard University Hospital, Washington, DC — Mar 2024 – Apr 2024",
                                        "Hands-on externship, General Surgery, Wyckoff Heights Medical Center, Brooklyn, NY — Jun 2024 – Aug 2024"])]),
    ("Ghana", [("ul", ["House Officer, Komfo Anokye Teaching Hospital — 2018–2020"])]),
    ("Publications", [("p", "Osei-Mensah K, et al. Ghana Med J. 2022;56(1):12-18.")]),
    ("Languages", [("p", "English, Twi")]),
   ])))
P.append(dict(num=18, layout="scan_photo_jpg", fmt="scan_jpg", scan=True,
 t=T(full_name="Hiba Abdelmoneim Salih", email="hiba.salih@gmail.com", phone_e164="+249912345678",
     medical_school="Ahfad University for Women School of Medicine", medical_school_country="SD", graduation_year=2020,
     usmle_step1="pass", usmle_step2ck=244, ecfmg_status="certified", visa_status="b1b2",
     specialties=["Endocrinology", "Internal Medicine"], languages=["Arabic", "English"], publications=2,
     usce_entries=[U("research","Endocrinology","MA","2023-09","2024-08"), U("observership","Endocrinology","MA","2024-01","2024-02")]),
 cv=dict(name="Hiba Abdelmoneim Salih", sub="MBBS — Internal Medicine / Endocrinology",
   contacts=["Omdurman, Sudan", "+249 91 234 5678", "hiba.salih@gmail.com"],
   sections=[
    ("Education", [("p", "MBBS, Ahfad University for Women, School of Medicine, Omdurman — 2014–2020")]),
    ("USMLE", [("p", "Step 1 Pass; Step 2 CK 244; ECFMG certified; B1/B2 visa")]),
    ("US Experience", [("ul", ["Research Fellow, Joslin Diabetes Center, Boston, MA — Sep 2023 – Aug 2024",
                               "Clinical Observer, Adult Endocrinology, Joslin Diabetes Center, Boston, MA — Jan 2024 – Feb 2024"])]),
    ("Sudan", [("ul", ["House Officer, Omdurman Teaching Hospital — 2020–2021"])]),
    ("Publications", [("p", "2 peer-reviewed: Diabetes Care 2024; Sudan J Med Sci 2021")]),
    ("Languages", [("p", "Arabic, English")]),
   ])))
P.append(dict(num=19, layout="scan_pdf_image", fmt="scan_pdf", scan=True,
 t=T(full_name="Rahul Deshpande", email="rahul.deshpande.ggmc@gmail.com", phone_e164="+919820145673",
     medical_school="Grant Government Medical College, Mumbai", medical_school_country="IN", graduation_year=2020,
     usmle_step1="pass", usmle_step2ck=252, ecfmg_status="certified", visa_status=None,
     specialties=["Radiology"], languages=["English", "Marathi", "Hindi"], publications=3,
     usce_entries=[U("observership","Radiology","CA","2024-01","2024-02"), U("research","Radiology","CA","2024-03","2024-12")]),
 cv=dict(name="Dr. Rahul Deshpande", sub="MBBS — Diagnostic Radiology",
   contacts=["Dadar, Mumbai 400014", "+91 98201 45673", "rahul.deshpande.ggmc@gmail.com"],
   sections=[
    ("Education", [("p", "MBBS, Grant Government Medical College & Sir J.J. Group of Hospitals, Mumbai — 2014–2020")]),
    ("USMLE", [("p", "Step 1: Pass | Step 2 CK: 252 | ECFMG Certified")]),
    ("USCE", [("ul", ["Observer, Radiology, UCLA Medical Center, Los Angeles, CA — 01/2024 – 02/2024",
                      "Research Fellow, Radiology, Stanford University, Palo Alto, CA — 03/2024 – 12/2024"])]),
    ("India", [("ul", ["Internship, Sir J.J. Group of Hospitals — 2020–2021"])]),
    ("Publications", [("p", "3 peer-reviewed papers (Radiology 2024, AJR 2025, Indian J Radiol Imaging 2022)")]),
    ("Languages", [("p", "English, Marathi, Hindi")]),
   ])))
P.append(dict(num=20, layout="scan_pdf_rotated", fmt="scan_pdf", scan=True,
 t=T(full_name="Bilal Ahmed Siddiqui", email="bilal.siddiqui.aku@gmail.com", phone_e164="+923002198765",
     medical_school="Aga Khan University", medical_school_country="PK", graduation_year=2019,
     usmle_step1="pass", usmle_step2ck=260, usmle_step3=235, ecfmg_status="certified", visa_status="j1",
     specialties=["Cardiology", "Internal Medicine"], languages=["English", "Urdu", "Sindhi"], publications=4,
     usce_entries=[U("hands_on","Internal Medicine","IL","2023-05","2023-07"), U("observership","Cardiology","TX","2023-09","2023-09")]),
 cv=dict(name="Bilal Ahmed Siddiqui, MBBS", sub="Internal Medicine / Cardiology",
   contacts=["Clifton, Karachi, Pakistan", "+92 300 2198765", "bilal.siddiqui.aku@gmail.com"],
   sections=[
    ("Education", [("p", "MBBS, Aga Khan University, Karachi — 2014–2019")]),
    ("USMLE", [("p", "Step 1 Pass · Step 2 CK 260 · Step 3 235 · ECFMG certified · J-1")]),
    ("US Clinical Experience", [("ul", ["Hands-on externship, Internal Medicine, Rush University Medical Center, Chicago, IL — May–Jul 2023",
                                        "Observership, Cardiology, Baylor St. Luke's Medical Center, Houston, TX — Sep 2023"])]),
    ("Pakistan", [("ul", ["House Officer, Aga Khan University Hospital — 2019–2020"])]),
    ("Publications", [("p", "4 peer-reviewed papers; 2 abstracts")]),
    ("Languages", [("p", "English, Urdu, Sindhi")]),
   ])))
P.append(dict(num=21, layout="scan_photo_lowcontrast", fmt="scan_jpg", scan=True,
 t=T(full_name="Nyasha Chipo Mutasa", email="nyasha.mutasa@yahoo.com", phone_e164="+263714552093",
     medical_school="University of Zimbabwe College of Health Sciences", medical_school_country="ZW", graduation_year=2021,
     usmle_step1="pass", usmle_step2ck=238, ecfmg_status="pending", visa_status="b1b2",
     specialties=["Family Medicine"], languages=["English", "Shona"], publications=0,
     usce_entries=[U("observership","Family Medicine","MN","2025-04","2025-05"), U("telehealth","Family Medicine","PA","2025-07","2025-07")]),
 cv=dict(name="Nyasha Chipo Mutasa", sub="MBChB — Family Medicine",
   contacts=["Bulawayo, Zimbabwe", "+263 71 455 2093", "nyasha.mutasa@yahoo.com"],
   sections=[
    ("Education", [("p", "MBChB, University of Zimbabwe College of Health Sciences, Harare — 2015–2021")]),
    ("USMLE", [("p", "Step 1: Pass; Step 2 CK: 238; ECFMG: pending; B1/B2 visa")]),
    ("US Experience", [("ul", ["Observership, Family Medicine, University of Minnesota, Minneapolis, MN — Apr 2025 – May 2025",
                               "Telehealth rotation, Family Medicine, Penn State Health, Hershey, PA — Jul 2025"])]),
    ("Zimbabwe", [("ul", ["Intern, Mpilo Central Hospital, Bulawayo — 2021–2023"])]),
    ("Languages", [("p", "English, Shona")]),
   ])))
