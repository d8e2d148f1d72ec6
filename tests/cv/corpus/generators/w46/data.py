# -*- coding: utf-8 -*-
"""CV content (what is printed) + truth (what the parser should extract) for helper w46."""

def E(t, d, *s):
    return {"t": t, "d": d, "s": list(s)}

def U(type_, spec, st, a, b):
    return {"type": type_, "specialty": spec, "state": st, "start": a, "end": b}

P = []

# 001 Taiwan, Chromium sidebar + photo box, dates 2024.03
P.append(dict(num=1, layout="html_sidebar_photo", ext="pdf", tool="chromium",
 tricky="Family name in capitals + Chinese characters; research 'to present' at MGH with city only (Boston); Taiwan PGY not USCE; poster not counted",
 cv=dict(name="CHEN Wei-Ling", native="陳薇伶", headline="Medical Graduate · Internal Medicine applicant",
  contact=["weiling.chen.md@gmail.com", "+886 912 047 318", "Taipei, Taiwan (R.O.C.)", "DOB: 1997.04.11"],
  side=[("Languages", ["Mandarin (native)", "Taiwanese (native)", "English (fluent, TOEFL 112)", "Japanese (basic, JLPT N3)"]),
        ("Exams", ["USMLE Step 1: Pass (2024.06)", "USMLE Step 2 CK: 248 (2025.01)", "ECFMG Certified (2025.02)", "Taiwan Medical Licensing Exam: Passed"]),
        ("Visa", ["Requires J-1 (ECFMG sponsored)"])],
  sections=[
   ("Objective", [E("", "", "Seeking categorical Internal Medicine residency (2027 Match); long-term goal of an academic career in clinical research.")]),
   ("Education", [E("Doctor of Medicine (M.D.), 6-year program", "2017.09 – 2023.06", "National Yang Ming Chiao Tung University School of Medicine, Taipei, Taiwan")]),
   ("Clinical Training", [E("Post-graduate year (PGY) resident", "2023.08 – 2024.07", "National Taiwan University Hospital, Taipei")]),
   ("US Clinical Experience", [
     E("Research Fellow, Division of Nephrology", "2025.07 – present", "Massachusetts General Hospital, Boston", "Cohort study of AKI after cardiac surgery; data abstraction, REDCap."),
     E("Clinical Observer, Cardiology", "2025.03 – 2025.04", "Mount Sinai Hospital, New York, NY", "Cath lab and CCU rounds.")]),
   ("Publications", [
     E("1. Chen WL, Lin YC, Huang TM. Urinary biomarkers after cardiac surgery. J Formos Med Assoc. 2024;123(5):512-519.", ""),
     E("2. Lin YC, Chen WL, et al. Statin use and contrast nephropathy. BMC Nephrol. 2025;26:88.", ""),
     E("Poster: Chen WL. AKI e-alerts in Taiwan. ASN Kidney Week 2025 (poster).", "")]),
   ("References", [E("Dr. Tzu-Ming Huang, Professor of Medicine, NTUH", "", "tmhuang@ntuh.gov.tw · +886 2 2312 3456")])]),
 truth=dict(full_name="Chen Wei-Ling", email="weiling.chen.md@gmail.com", phone_e164="+886912047318",
  medical_school="National Yang Ming Chiao Tung University School of Medicine", medical_school_country="TW",
  graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None,
  ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine"],
  languages=["Mandarin", "Taiwanese", "English", "Japanese"], publications=2,
  usce_entries=[U("research", "Nephrology", "MA", "2025-07", "2026-12"), U("observership", "Cardiology", "NY", "2025-03", "2025-04")])))

# 002 Vietnam, python-docx tables, dates 03/2024
P.append(dict(num=2, layout="docx_table", ext="docx", tool="python-docx",
 tricky="Vietnamese diacritics; neonatology observership mapped to Pediatrics; state only via city (Houston); 'submitted' manuscript not counted; B1/B2",
 cv=dict(name="Nguyễn Thị Thu Hà", native=None, headline="General Practitioner (Bác sĩ Đa khoa) – Pediatrics applicant",
  contact=["Email: thuha.nguyen.hmu@gmail.com", "Mobile/Zalo: +84 912 345 678", "Address: 12 Tôn Thất Tùng, Đống Đa, Hà Nội, Việt Nam"],
  sections=[
   ("Education", [E("Bác sĩ Đa khoa (Medical Doctor, 6-year program)", "09/2015 – 06/2021", "Hanoi Medical University (Trường Đại học Y Hà Nội), Hanoi, Vietnam")]),
   ("Examinations", [E("USMLE Step 1", "08/2023", "PASS"), E("USMLE Step 2 CK", "01/2024", "Score 239"), E("ECFMG Certification", "", "Pending – OET completed, awaiting final certificate")]),
   ("US Clinical Experience", [
     E("Hands-on Externship – General Pediatrics", "03/2024 – 05/2024", "Nicklaus Children's Hospital, Miami, FL"),
     E("Observership – Neonatology (NICU)", "06/2024", "Texas Children's Hospital, Houston")]),
   ("Clinical Experience in Vietnam", [E("Resident physician, Pediatrics", "07/2021 – 12/2023", "Vietnam National Children's Hospital, Hanoi")]),
   ("Publications", [E("Nguyen TTH, Le VT. Kawasaki disease in northern Vietnam children. Vietnam Medical Journal. 2022;518(2):45-49.", ""),
                     E("Nguyen TTH et al. RSV bronchiolitis outcomes. (submitted to Pediatr Pulmonol)", "")]),
   ("Languages", [E("Vietnamese (native), English (C1, IELTS 7.5), French (B1)", "")]),
   ("Career Interest", [E("Pediatrics residency", "")]),
   ("Visa", [E("Current B1/B2 visitor visa, valid to 2028", "")]),
   ("Referees", [E("Assoc. Prof. Lê Văn Tuấn, Hanoi Medical University", "", "tuanlv@hmu.edu.vn, +84 24 3852 3798")])]),
 truth=dict(full_name="Nguyễn Thị Thu Hà", email="thuha.nguyen.hmu@gmail.com", phone_e164="+84912345678",
  medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
  specialties=["Pediatrics"], languages=["Vietnamese", "English", "French"], publications=1,
  usce_entries=[U("hands_on", "Pediatrics", "FL", "2024-03", "2024-05"), U("observership", "Pediatrics", "TX", "2024-06", "2024-06")])))

# 003 Korea, python-docx -> LibreOffice PDF, dates "Mar. 2024"
P.append(dict(num=3, layout="docx_soffice_pdf", ext="pdf", tool="python-docx -> soffice --convert-to pdf",
 tricky="Hangul beside name; Step 3 present; 'in preparation' paper not counted; public health doctor service in Korea not USCE; H-1B",
 cv=dict(name="Min-jun Kim", native="김민준", headline="MD · Korean Medical License No. 123456",
  contact=["minjun.kim.yonsei@naver.com", "+82 10-4821-7730", "Seoul, Republic of Korea"],
  sections=[
   ("Education", [E("Doctor of Medicine (6-year program)", "Mar. 2016 – Feb. 2022", "Yonsei University College of Medicine, Seoul, Korea")]),
   ("Licensure & Examinations", [E("Korean Medical Licensing Examination (KMLE)", "Jan. 2022", "Passed"),
      E("USMLE Step 1", "Jun. 2023", "Pass"), E("USMLE Step 2 CK", "Dec. 2023", "255"), E("USMLE Step 3", "Aug. 2025", "231"),
      E("ECFMG", "", "Certified (Jan. 2024)")]),
   ("Clinical Experience – United States", [
     E("Observership, Gastroenterology & Hepatology", "Sep. 2025 – Oct. 2025", "Cleveland Clinic, Cleveland"),
     E("Sub-Internship (hands-on), Internal Medicine", "Nov. 2025 – Jan. 2026", "Johns Hopkins Hospital, Baltimore")]),
   ("Clinical Experience – Korea", [E("Public Health Doctor (military alternative service)", "Apr. 2022 – Apr. 2025", "Gangwon-do Public Health Center")]),
   ("Publications", [E("1. Kim MJ, Park SH. Helicobacter eradication rates in Korea. Gut Liver. 2022;16(3):401-8.", ""),
     E("2. Lee J, Kim MJ, et al. Colonoscopy quality indicators. Intest Res. 2023;21(1):77-85.", ""),
     E("3. Kim MJ, Cho YS. Capsule endoscopy yield. Clin Endosc. 2024;57(2):210-6.", ""),
     E("4. Kim MJ et al. Fecal calprotectin in IBD (manuscript in preparation).", "")]),
   ("Interests", [E("Internal Medicine residency, future Gastroenterology fellowship", "")]),
   ("Languages", [E("Korean (native), English (fluent)", "")]),
   ("Visa", [E("Will require H-1B sponsorship", "")])]),
 truth=dict(full_name="Min-jun Kim", email="minjun.kim.yonsei@naver.com", phone_e164="+821048217730",
  medical_school="Yonsei University College of Medicine", medical_school_country="KR", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=255, usmle_step3=231, ecfmg_status="certified", visa_status="h1b",
  specialties=["Internal Medicine", "Gastroenterology"], languages=["Korean", "English"], publications=3,
  usce_entries=[U("observership", "Gastroenterology", "OH", "2025-09", "2025-10"), U("hands_on", "Internal Medicine", "MD", "2025-11", "2026-01")])))

# 004 Nigeria, reportlab two-column
P.append(dict(num=4, layout="reportlab_twocol", ext="pdf", tool="reportlab platypus (two frames)",
 tricky="Housemanship + NYSC (not USCE); tele-rotation counted as telehealth; referee phone/email in sidebar next to applicant's",
 cv=dict(name="Chukwuemeka Obinna OKAFOR", native=None, headline="MBBS (Lagos) · ECFMG Certified",
  contact=["emeka.okafor@yahoo.com", "+234 803 456 7821", "Surulere, Lagos, Nigeria"],
  side=[("Languages", ["English", "Igbo", "Yoruba"]), ("USMLE", ["Step 1: PASS", "Step 2 CK: 244", "ECFMG: Certified"]),
        ("Visa", ["J-1 visa required"]), ("Referee", ["Prof. Adebayo Adeyemi", "LUTH, Idi-Araba", "a.adeyemi@unilag.edu.ng", "+234 802 111 2233"])],
  sections=[
   ("Education", [E("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "2014-01 – 2020-03", "College of Medicine, University of Lagos, Idi-Araba, Lagos")]),
   ("Post-graduate Service", [E("House Officer (Housemanship)", "2020-05 – 2021-04", "Lagos University Teaching Hospital"),
      E("Medical Officer, NYSC", "2021-06 – 2022-05", "General Hospital Gbagada")]),
   ("US Clinical Experience", [E("Observership, Infectious Diseases", "2024-01 – 2024-02", "Grady Memorial Hospital, Atlanta"),
      E("Tele-rotation (virtual), Internal Medicine", "2023-10 – 2023-11", "University of Chicago Medicine, Chicago, IL (remote)")]),
   ("Research & Publications", [E("Okafor CO, Adeyemi A. HIV viral suppression in Lagos. Niger Postgrad Med J. 2022;29(4):300-6.", ""),
      E("Okafor CO, et al. Typhoid perforation outcomes. Pan Afr Med J. 2023;44:112.", "")]),
   ("Career Goal", [E("Internal Medicine residency, then Infectious Disease fellowship.", "")])]),
 truth=dict(full_name="Chukwuemeka Obinna Okafor", email="emeka.okafor@yahoo.com", phone_e164="+2348034567821",
  medical_school="University of Lagos College of Medicine", medical_school_country="NG", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Igbo", "Yoruba"], publications=2,
  usce_entries=[U("observership", "Infectious Disease", "GA", "2024-01", "2024-02"), U("telehealth", "Internal Medicine", "IL", "2023-10", "2023-11")])))

# 005 Ghana, fpdf2
P.append(dict(num=5, layout="fpdf2_classic", ext="pdf", tool="fpdf2",
 tricky="'Summer 2024' (Jun-Aug); numeric Step 1 score (pre-2022); green card; housemanship not USCE",
 cv=dict(name="Ama Serwaa Boateng", native=None, headline="MB ChB · Family Medicine / OB-GYN",
  contact=["ama.boateng.ugms@gmail.com | +233 24 418 9920 | Accra, Ghana (US address: Columbus, OH)"],
  sections=[
   ("Education", [E("MB ChB", "2013 - 2019", "University of Ghana Medical School, College of Health Sciences, Korle Bu, Accra")]),
   ("Housemanship", [E("House Officer (rotating)", "Nov 2019 - Oct 2021", "Korle Bu Teaching Hospital, Accra")]),
   ("USMLE / ECFMG", [E("Step 1: 232 (2021)   Step 2 CK: 247 (2023)   ECFMG certified 2023", "")]),
   ("US Clinical Experience", [E("Hands-on clinical rotation, Family Medicine", "Summer 2024", "Hennepin Healthcare, Minneapolis"),
      E("Observership, Obstetrics & Gynecology", "Sept - Oct 2024", "Brigham and Women's Hospital, Boston, MA")]),
   ("Publication", [E("Boateng AS, Mensah K. Postpartum haemorrhage at Korle Bu. Ghana Med J. 2021;55(2):98-104.", ""),
      E("Abstract: Boateng AS. Cervical screening uptake. WONCA Africa 2022 (oral abstract).", "")]),
   ("Immigration", [E("US Permanent Resident (Green Card holder)", "")]),
   ("Languages", [E("English, Twi, Ga", "")]),
   ("Interests", [E("Family Medicine; Obstetrics and Gynecology", "")])]),
 truth=dict(full_name="Ama Serwaa Boateng", email="ama.boateng.ugms@gmail.com", phone_e164="+233244189920",
  medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2019, is_student=False,
  usmle_step1=232, usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Family Medicine", "Obstetrics and Gynecology"], languages=["English", "Twi", "Ga"], publications=1,
  usce_entries=[U("hands_on", "Family Medicine", "MN", "2024-06", "2024-08"), U("observership", "Obstetrics and Gynecology", "MA", "2024-09", "2024-10")])))

# 006 Kenya, RTF
P.append(dict(num=6, layout="rtf_plain", ext="rtf", tool="hand-written RTF 1.9",
 tricky="Overlapping research + clinical (union 6, clinical 4); 'Michigan' spelled out; posters only (0 publications); no ECFMG/visa statement",
 cv=dict(name="Grace Wanjiru Kamau", native=None, headline="MBChB (Nairobi) - Emergency Medicine",
  contact=["P.O. Box 19676-00202, Nairobi, Kenya", "gwkamau@outlook.com", "Tel: +254 722 503 118"],
  sections=[
   ("Education", [E("Bachelor of Medicine and Bachelor of Surgery (MBChB)", "2012 - 2018", "Faculty of Health Sciences, University of Nairobi")]),
   ("Internship", [E("Medical Officer Intern", "2018 - 2019", "Kenyatta National Hospital, Nairobi")]),
   ("USMLE", [E("Step 1 - Pass; Step 2 CK - 251", "")]),
   ("US Experience", [E("Hands-on rotation, Emergency Medicine", "March - May 2025", "Detroit Receiving Hospital, Detroit, Michigan"),
      E("Research volunteer, Emergency Medicine", "April 2025 - August 2025", "Henry Ford Hospital, Detroit"),
      E("Observership, Emergency Department", "June 2025", "Bellevue Hospital Center, New York")]),
   ("Posters", [E("Kamau GW. Road traffic injuries at KNH. AFEM 2019 (poster).", ""), E("Kamau GW. Snakebite care. ACEP 2025 (poster).", "")]),
   ("Languages", [E("English, Kiswahili, Kikuyu", "")]),
   ("Goal", [E("Emergency Medicine residency", "")]),
   ("Referee", [E("Dr. Peter Otieno, KNH A&E", "", "potieno@knh.or.ke, +254 20 272 6300")])]),
 truth=dict(full_name="Grace Wanjiru Kamau", email="gwkamau@outlook.com", phone_e164="+254722503118",
  medical_school="University of Nairobi", medical_school_country="KE", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=251, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Emergency Medicine"], languages=["English", "Swahili", "Kikuyu"], publications=0,
  usce_entries=[U("hands_on", "Emergency Medicine", "MI", "2025-03", "2025-05"), U("research", "Emergency Medicine", "MI", "2025-04", "2025-08"),
                U("observership", "Emergency Medicine", "NY", "2025-06", "2025-06")])))

# 007 Ethiopia, plain text
P.append(dict(num=7, layout="txt_plain", ext="txt", tool="python (UTF-8 text)",
 tricky="Ge'ez script name; NBME practice score next to real Step 2 CK; virtual Mayo observership = telehealth; abstract not counted",
 cv=dict(name="Dawit Tesfaye Bekele", native="ዳዊት ተስፋዬ በቀለ", headline="Doctor of Medicine (MD), Addis Ababa University",
  contact=["Email: dawit.tesfaye.md@gmail.com", "Phone: +251 911 234 567", "Addis Ababa, Ethiopia"],
  sections=[
   ("EDUCATION", [E("Doctor of Medicine (MD), 6 years incl. internship", "2015 - 2021", "School of Medicine, College of Health Sciences, Addis Ababa University")]),
   ("EXAMS", [E("USMLE Step 1: Pass (2023)", ""), E("NBME CCSSA practice: 250", ""), E("USMLE Step 2 CK: 236 (2024)", ""), E("ECFMG certification: pending", "")]),
   ("US CLINICAL EXPERIENCE", [E("Observership - Neurology", "08/2025 - 09/2025", "Barrow Neurological Institute, Phoenix"),
      E("Virtual observership - Neurology", "10/2025 - 11/2025", "Mayo Clinic, Rochester, MN (online)")]),
   ("WORK", [E("General Practitioner", "2021 - 2024", "Tikur Anbessa Specialized Hospital, Addis Ababa")]),
   ("PUBLICATIONS", [E("1. Bekele DT, Zenebe G. Epilepsy treatment gap in Ethiopia. Ethiop Med J. 2022;60(1):33-40.", ""),
      E("2. Bekele DT, et al. Stroke mortality at TASH. BMC Neurol. 2023;23:301.", ""),
      E("Abstract: Bekele DT. Myasthenia in Ethiopia. AAN 2025.", "")]),
   ("LANGUAGES", [E("Amharic, Afaan Oromo, English", "")]),
   ("INTEREST", [E("Neurology", "")]),
   ("VISA", [E("J-1 visa required", "")])]),
 truth=dict(full_name="Dawit Tesfaye Bekele", email="dawit.tesfaye.md@gmail.com", phone_e164="+251911234567",
  medical_school="Addis Ababa University", medical_school_country="ET", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
  specialties=["Neurology"], languages=["Amharic", "Oromo", "English"], publications=2,
  usce_entries=[U("observership", "Neurology", "AZ", "2025-08", "2025-09"), U("telehealth", "Neurology", "MN", "2025-10", "2025-11")])))

# 008 Japan, Chromium timeline, dates 2024/03/15
P.append(dict(num=8, layout="html_timeline", ext="pdf", tool="chromium",
 tricky="Family name first in capitals (TANAKA Haruki) + kanji; full dates 2024/04/01; 12-month research at Fred Hutch (Seattle, no state)",
 cv=dict(name="TANAKA Haruki", native="田中 陽希", headline="M.D. — Internal Medicine / Hematology-Oncology",
  contact=["haruki.tanaka.keio@gmail.com", "+81 90-3812-5564", "Shinjuku-ku, Tokyo, Japan"],
  sections=[
   ("Education", [E("M.D. (6-year program)", "2015/04/01 – 2021/03/25", "Keio University School of Medicine, Tokyo, Japan")]),
   ("Licensure", [E("Japanese National Medical Licensing Examination", "2021/02/07", "Passed"), E("USMLE Step 1", "2022/08/19", "Pass"),
      E("USMLE Step 2 CK", "2023/05/30", "258"), E("ECFMG Certificate", "2023/07/11", "Certified")]),
   ("Training", [E("Initial Clinical Training (初期臨床研修)", "2021/04/01 – 2023/03/31", "St. Luke's International Hospital, Tokyo")]),
   ("United States", [E("Postdoctoral Research Fellow, Hematology/Oncology", "2024/04/01 – 2025/03/31", "Fred Hutchinson Cancer Center, Seattle"),
      E("Clinical Observership, Internal Medicine", "2025/05/06 – 2025/06/27", "Beth Israel Deaconess Medical Center, Boston")]),
   ("Publications (peer-reviewed)", [E("1. Tanaka H, et al. CAR-T toxicity in Japanese patients. Int J Hematol. 2023;117:55-62.", ""),
      E("2. Tanaka H, Sato K. Venetoclax in AML. Leuk Lymphoma. 2024;65(3):301-9.", ""),
      E("3. Ito M, Tanaka H. MRD in myeloma. Blood Adv. 2025;9(2):120-9.", ""),
      E("4. Tanaka H, et al. Cytokine profiles after BCMA CAR-T. Transplant Cell Ther. 2025;31(6):400-8.", "")]),
   ("Languages", [E("Japanese (native), English (fluent)", "")]),
   ("Goal", [E("Internal Medicine residency followed by Hematology/Oncology fellowship; J-1 visa.", "")])]),
 truth=dict(full_name="Tanaka Haruki", email="haruki.tanaka.keio@gmail.com", phone_e164="+819038125564",
  medical_school="Keio University School of Medicine", medical_school_country="JP", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Japanese", "English"], publications=4,
  usce_entries=[U("research", "Hematology/Oncology", "WA", "2024-04", "2025-03"), U("observership", "Internal Medicine", "MA", "2025-05", "2025-06")])))

# 009 Thailand, python-docx -> ODT
P.append(dict(num=9, layout="docx_soffice_odt", ext="odt", tool="python-docx -> soffice --convert-to odt",
 tricky="Thai script; MM-YYYY dates; Step 2 CK only scheduled (null); 'not yet ECFMG certified'; rural internship not USCE",
 cv=dict(name="Siriporn Chaiyasit", native="ศิริพร ชัยสิทธิ์", headline="Doctor of Medicine (M.D.), Chulalongkorn University",
  contact=["siriporn.chai@gmail.com", "+66 81 234 5678", "Bangkok, Thailand"],
  sections=[
   ("Education", [E("Doctor of Medicine (6-year program)", "06-2018 – 05-2024", "Faculty of Medicine, Chulalongkorn University, Bangkok")]),
   ("Internship", [E("Intern (Medical Council of Thailand compulsory service)", "06-2024 – present", "Maharat Nakhon Ratchasima Hospital")]),
   ("Examinations", [E("USMLE Step 1", "03-2025", "Pass"), E("USMLE Step 2 CK", "12-2026", "Scheduled"), E("ECFMG", "", "Not yet certified")]),
   ("US Clinical Experience", [E("Observership, Psychiatry", "07-2025 – 08-2025", "McLean Hospital, Belmont, MA")]),
   ("Publication", [E("Chaiyasit S, et al. Depression screening in Thai medical students. J Med Assoc Thai. 2023;106(4):380-6.", "")]),
   ("Languages", [E("Thai (native), English (fluent), Mandarin (basic)", "")]),
   ("Specialty interest", [E("Psychiatry", "")])]),
 truth=dict(full_name="Siriporn Chaiyasit", email="siriporn.chai@gmail.com", phone_e164="+66812345678",
  medical_school="Faculty of Medicine, Chulalongkorn University", medical_school_country="TH", graduation_year=2024, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status=None,
  specialties=["Psychiatry"], languages=["Thai", "English", "Mandarin"], publications=1,
  usce_entries=[U("observership", "Psychiatry", "MA", "2025-07", "2025-08")])))

# 010 Indonesia, docx contacts only in header/footer
P.append(dict(num=10, layout="docx_header_footer", ext="docx", tool="python-docx (header/footer)",
 tricky="Email/phone only in header and footer; Indonesian internship not USCE; St. Louis without state; single-month Jan 2025",
 cv=dict(name="Putri Ayu Lestari", native=None, headline="dr. (Medical Doctor), Universitas Indonesia",
  header="Putri Ayu Lestari  |  putri.lestari.fkui@gmail.com", footer="WhatsApp +62 812-8765-4321  ·  Jakarta Selatan, Indonesia",
  contact=[],
  sections=[
   ("Education", [E("Sarjana Kedokteran & Profesi Dokter (dr.)", "2016 – 2022", "Faculty of Medicine, Universitas Indonesia (FKUI), Jakarta")]),
   ("Internship", [E("Program Internsip Dokter Indonesia", "2022 – 2023", "RSUD Bogor, West Java")]),
   ("USMLE", [E("Step 1: Pass | Step 2 CK: 241 | ECFMG Certified", "")]),
   ("US Clinical Rotations", [E("Hands-on, Family Medicine", "Sep 2024 – Nov 2024", "Mercy Hospital, St. Louis"),
      E("Hands-on, Internal Medicine (geriatrics clinic)", "Jan 2025", "John H. Stroger Jr. Hospital of Cook County, Chicago, IL")]),
   ("Languages", [E("Bahasa Indonesia, Javanese, English, Dutch (basic)", "")]),
   ("Interests", [E("Family Medicine; Geriatrics", "")]),
   ("Visa", [E("B1/B2 visa holder", "")])]),
 truth=dict(full_name="Putri Ayu Lestari", email="putri.lestari.fkui@gmail.com", phone_e164="+6281287654321",
  medical_school="Faculty of Medicine, Universitas Indonesia", medical_school_country="ID", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Family Medicine", "Geriatrics"], languages=["Indonesian", "Javanese", "English", "Dutch"], publications=0,
  usce_entries=[U("hands_on", "Family Medicine", "MO", "2024-09", "2024-11"), U("hands_on", "Internal Medicine", "IL", "2025-01", "2025-01")])))

# 011 Philippines, Chromium right-column dates
P.append(dict(num=11, layout="html_rightdates", ext="pdf", tool="chromium",
 tricky="Overlapping hands-on rotations NY+LA (union 4); Toronto observership is Canada (not USCE); INTARMED 7-year; PLE not USMLE",
 cv=dict(name="Maria Katrina Dela Cruz Santos", native=None, headline="MD · Internal Medicine / Pulmonary & Critical Care",
  contact=["katrina.santos.upcm@gmail.com", "+63 917 555 0142", "Quezon City, Philippines"],
  sections=[
   ("Education", [E("Doctor of Medicine (INTARMED, 7-year)", "06/2016 – 06/2023", "University of the Philippines College of Medicine, UP Manila")]),
   ("Post-graduate Internship", [E("Intern", "07/2023 – 06/2024", "Philippine General Hospital, Manila")]),
   ("Licensure", [E("Philippine Physician Licensure Examination", "08/2024", "Passed"), E("USMLE Step 1", "03/2024", "Pass"),
      E("USMLE Step 2 CK", "10/2024", "262"), E("ECFMG", "11/2024", "Certified")]),
   ("US Clinical Experience", [E("Hands-on Elective, Internal Medicine", "01/2025 – 03/2025", "Lenox Hill Hospital, New York"),
      E("Hands-on Elective, MICU (Pulmonary/Critical Care)", "02/2025 – 04/2025", "Ochsner Medical Center, New Orleans")]),
   ("Other Clinical Experience", [E("Observer, Respirology", "09/2024 – 10/2024", "Toronto General Hospital, Toronto, ON, Canada")]),
   ("Publications", [E("Santos MK, Reyes J. Tuberculosis in PGH inpatients. Acta Med Philipp. 2023;57(8):12-19.", ""),
      E("Santos MK, et al. ARDS mortality in Manila. Respirology. 2024;29(5):411-8.", "")]),
   ("Languages", [E("Filipino, English, Cebuano", "")]),
   ("Goals & Visa", [E("Internal Medicine residency, then Pulmonary & Critical Care fellowship. J-1 visa.", "")])]),
 truth=dict(full_name="Maria Katrina Dela Cruz Santos", email="katrina.santos.upcm@gmail.com", phone_e164="+639175550142",
  medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Filipino", "English", "Cebuano"], publications=2,
  usce_entries=[U("hands_on", "Internal Medicine", "NY", "2025-01", "2025-03"), U("hands_on", "Pulmonology/Critical Care", "LA", "2025-02", "2025-04")])))

# 012 Malaysia, reportlab table
P.append(dict(num=12, layout="reportlab_table", ext="pdf", tool="reportlab platypus (table grid)",
 tricky="Patronymic 'bin'; housemanship not USCE; 'Passed' Step 1; Pittsburgh without state; no visa statement",
 cv=dict(name="Muhammad Hafiz bin Abdullah", native=None, headline="MBBS (Malaya) · General Surgery",
  contact=["hafiz.abdullah.um@gmail.com", "+60 12-345 6789", "Petaling Jaya, Selangor, Malaysia"],
  sections=[
   ("Education", [E("MBBS", "2014 – 2020", "Faculty of Medicine, Universiti Malaya, Kuala Lumpur")]),
   ("Housemanship", [E("House Officer (6 postings)", "2020 – 2022", "Hospital Kuala Lumpur")]),
   ("Medical Officer", [E("MO, Department of Surgery", "2022 – 2023", "Hospital Sultanah Aminah, Johor Bahru")]),
   ("USMLE", [E("Step 1", "2022", "Passed"), E("Step 2 CK", "2023", "233"), E("ECFMG", "2023", "Certified")]),
   ("USCE", [E("Observership, General Surgery", "Oct 2023 – Nov 2023", "UPMC Presbyterian, Pittsburgh")]),
   ("Publication", [E("Abdullah MH, Tan KL. Laparoscopic appendicectomy outcomes. Med J Malaysia. 2022;77(3):300-4.", "")]),
   ("Languages", [E("Malay, English, Arabic", "")]),
   ("Specialty", [E("General Surgery", "")])]),
 truth=dict(full_name="Muhammad Hafiz bin Abdullah", email="hafiz.abdullah.um@gmail.com", phone_e164="+60123456789",
  medical_school="Universiti Malaya", medical_school_country="MY", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["General Surgery"], languages=["Malay", "English", "Arabic"], publications=1,
  usce_entries=[U("observership", "General Surgery", "PA", "2023-10", "2023-11")])))

# 013 Myanmar, docx sidebar table
P.append(dict(num=13, layout="docx_sidebar_table", ext="docx", tool="python-docx (2-column layout table)",
 tricky="Myanmar script; contacts only inside left table cell; numeric Step 1 228; Step 3; 24-month research + overlap-free observership (26/2); green card",
 cv=dict(name="Aung Kyaw Min", native="အောင်ကျော်မင်း", headline="MBBS · Pathology",
  contact=["aungkyawmin.um1@gmail.com", "+95 9 421 234 567", "Yangon, Myanmar"],
  side=[("Exams", ["USMLE Step 1: 228", "USMLE Step 2 CK: 240", "USMLE Step 3: 220", "ECFMG certified"]),
        ("Status", ["US Permanent Resident"]), ("Languages", ["Burmese", "English"])],
  sections=[
   ("Education", [E("M.B., B.S.", "Dec 2010 – Dec 2016", "University of Medicine 1, Yangon, Myanmar"),
      E("House Surgeon (internship year)", "Jan 2017 – Dec 2017", "Yangon General Hospital")]),
   ("US Experience", [E("Research Associate, Department of Pathology", "Jun 2022 – May 2024", "Henry Ford Hospital, Detroit"),
      E("Observer, Anatomic & Clinical Pathology", "Jul 2024 – Aug 2024", "University of Iowa Hospitals & Clinics, Iowa City")]),
   ("Publications", [E("Min AK, et al. Mismatch repair deficiency in colorectal cancer. Am J Clin Pathol. 2023;160(2):150-7.", ""),
      E("Min AK, Williams T. Frozen section accuracy. Arch Pathol Lab Med. 2024;148(1):60-6.", ""),
      E("Min AK, et al. Digital pathology QA. J Pathol Inform. 2024;15:100350.", "")]),
   ("Goal", [E("Pathology residency (AP/CP)", "")])]),
 truth=dict(full_name="Aung Kyaw Min", email="aungkyawmin.um1@gmail.com", phone_e164="+959421234567",
  medical_school="University of Medicine 1, Yangon", medical_school_country="MM", graduation_year=2016, is_student=False,
  usmle_step1=228, usmle_step2ck=240, usmle_step3=220, ecfmg_status="certified", visa_status="green_card",
  specialties=["Pathology"], languages=["Burmese", "English"], publications=3,
  usce_entries=[U("research", "Pathology", "MI", "2022-06", "2024-05"), U("observership", "Pathology", "IA", "2024-07", "2024-08")])))

# 014 Uganda, fpdf2 student
P.append(dict(num=14, layout="fpdf2_student", ext="pdf", tool="fpdf2",
 tricky="Student (Year 5, expected 2027); B1/B2 will be needed; Durham without state",
 cv=dict(name="Brenda Nakato", native=None, headline="MBChB Candidate (Year 5), Makerere University",
  contact=["brenda.nakato@students.mak.ac.ug  |  +256 772 845 190  |  Kampala, Uganda"],
  sections=[
   ("Education", [E("Bachelor of Medicine and Bachelor of Surgery (MBChB), 5-year programme", "Aug 2022 - expected Jun 2027", "Makerere University College of Health Sciences, Kampala")]),
   ("USMLE", [E("Step 1: Pass (Apr 2026)", "")]),
   ("US Clinical Elective", [E("Visiting student elective, Infectious Diseases consult service", "Jul 2026 - Aug 2026", "Duke University Hospital, Durham")]),
   ("Research", [E("Nakato B, Kiguli S. Malaria in children under five in Mulago. Afr Health Sci. 2025;25(2):45-52.", "")]),
   ("Languages", [E("English, Luganda, Swahili", "")]),
   ("Interests", [E("Internal Medicine; Infectious Disease", "")]),
   ("Visa", [E("Will require B1/B2 visa for US clinical electives", "")])]),
 truth=dict(full_name="Brenda Nakato", email="brenda.nakato@students.mak.ac.ug", phone_e164="+256772845190",
  medical_school="Makerere University College of Health Sciences", medical_school_country="UG", graduation_year=2027, is_student=True,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
  specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Luganda", "Swahili"], publications=1,
  usce_entries=[U("hands_on", "Infectious Disease", "NC", "2026-07", "2026-08")])))

# 015 Zambia, RTF
P.append(dict(num=15, layout="rtf_table", ext="rtf", tool="hand-written RTF with table rows",
 tricky="RTF table rows; Temple (TX) only by city; internship not USCE",
 cv=dict(name="Chanda Mwila Mulenga", native=None, headline="MBChB (UNZA) - Family Medicine",
  contact=["chanda.mulenga@gmail.com", "+260 97 7123456", "Lusaka, Zambia"],
  sections=[
   ("Education", [E("Bachelor of Medicine and Bachelor of Surgery (MBChB)", "2012 - 2019", "University of Zambia School of Medicine, Lusaka")]),
   ("Internship", [E("Junior Resident Medical Officer", "2019 - 2021", "University Teaching Hospital, Lusaka")]),
   ("USMLE", [E("Step 1: Pass   Step 2 CK: 229   ECFMG: Certified", "")]),
   ("US Clinical Experience", [E("Observership, Family Medicine", "Feb 2025 - Mar 2025", "Baylor Scott & White Medical Center, Temple")]),
   ("Languages", [E("English, Bemba, Nyanja", "")]),
   ("Career interest", [E("Family Medicine residency (J-1)", "")])]),
 truth=dict(full_name="Chanda Mwila Mulenga", email="chanda.mulenga@gmail.com", phone_e164="+260977123456",
  medical_school="University of Zambia School of Medicine", medical_school_country="ZM", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Family Medicine"], languages=["English", "Bemba", "Nyanja"], publications=0,
  usce_entries=[U("observership", "Family Medicine", "TX", "2025-02", "2025-03")])))

# 016 China, docx -> soffice PDF
P.append(dict(num=16, layout="docx_soffice_pdf", ext="pdf", tool="python-docx -> soffice --convert-to pdf",
 tricky="8-year MD programme; standardized residency not a degree; single-month Mayo observership inside ongoing Joslin research (union 16, clinical 1)",
 cv=dict(name="ZHANG Yuxuan", native="张雨轩", headline="MD (8-year program), Peking University",
  contact=["zhangyuxuan.pku@163.com", "+86 138 1024 5566", "Haidian District, Beijing, China"],
  sections=[
   ("Education", [E("Doctor of Medicine (8-year MD program)", "2015.09 – 2023.07", "Peking University Health Science Center, Beijing, China")]),
   ("Residency (China)", [E("Standardized Residency Training, Internal Medicine", "2023.08 – 2025.07", "Peking University Third Hospital")]),
   ("USMLE", [E("Step 1: Pass (2023.12)  ·  Step 2 CK: 250 (2024.09)  ·  ECFMG certified (2024.10)", "")]),
   ("US Experience", [E("Research Fellow, Section of Clinical Research", "2025.09 – present", "Joslin Diabetes Center, Boston"),
      E("Clinical Observership, Endocrinology", "2026.03", "Mayo Clinic, Rochester, Minnesota")]),
   ("Publications", [E("Five peer-reviewed articles, e.g.: Zhang Y, et al. SGLT2 inhibitors in Chinese T2DM. Diabetes Care. 2024;47:1010-8.", "",
       "Zhang Y, Ji L. Thyroid nodules ultrasound AI. Thyroid. 2023;33:700-9. | Zhang Y, et al. Chin Med J. 2022;135:2001-8. | Zhang Y, et al. J Diabetes. 2024;16:e13500. | Li X, Zhang Y. Front Endocrinol. 2025;16:1200.")]),
   ("Languages", [E("Chinese (Mandarin, native), Cantonese, English", "")]),
   ("Interests", [E("Internal Medicine → Endocrinology fellowship; J-1 visa holder", "")])]),
 truth=dict(full_name="Zhang Yuxuan", email="zhangyuxuan.pku@163.com", phone_e164="+8613810245566",
  medical_school="Peking University Health Science Center", medical_school_country="CN", graduation_year=2023, is_student=False,
  usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Internal Medicine", "Endocrinology"], languages=["Chinese", "Cantonese", "English"], publications=5,
  usce_entries=[U("research", "Endocrinology", "MA", "2025-09", "2026-12"), U("observership", "Endocrinology", "MN", "2026-03", "2026-03")])))

# ---- scans ----
S = []
S.append(dict(num=17, layout="scan_photo_jpg", ext="jpg", tool="reportlab -> pdftoppm -> Pillow (rotate 1.3°, noise, blur)",
 tricky="Phone photo of printed page; Hangul name",
 cv=dict(name="Park Ji-yeon", native=None, headline="MD, Seoul National University College of Medicine",
  contact=["jiyeon.park.snu@gmail.com", "+82 10-2290-4471", "Seoul, Korea"],
  sections=[("Education", [E("Doctor of Medicine", "2014.03 - 2020.02", "Seoul National University College of Medicine")]),
   ("USMLE", [E("Step 1: Pass, Step 2 CK: 246, ECFMG certified", "")]),
   ("US Experience", [E("Observership, Diagnostic Radiology", "2024.05 - 2024.06", "Stanford Health Care, Palo Alto, CA")]),
   ("Publications", [E("Park JY, et al. Korean J Radiol. 2022;23:100-8.", ""), E("Park JY, et al. Eur Radiol. 2023;33:500-9.", "")]),
   ("Languages", [E("Korean, English", "")]), ("Goal", [E("Radiology residency; J-1 visa", "")])]),
 truth=dict(full_name="Park Ji-yeon", email="jiyeon.park.snu@gmail.com", phone_e164="+821022904471",
  medical_school="Seoul National University College of Medicine", medical_school_country="KR", graduation_year=2020, is_student=False,
  usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Radiology"], languages=["Korean", "English"], publications=2,
  usce_entries=[U("observership", "Radiology", "CA", "2024-05", "2024-06")])))
S.append(dict(num=18, layout="scan_pdf_imageonly", ext="pdf", tool="fpdf2 -> pdftoppm -> Pillow -> image-only PDF",
 tricky="Image-only PDF, low contrast, 0.8° rotation",
 cv=dict(name="Wang Hao", native=None, headline="Bachelor of Medicine (MBBS, 5-year), Fudan University",
  contact=["wanghao.fudan@qq.com", "+86 139 1680 2233", "Shanghai, China"],
  sections=[("Education", [E("MBBS (5-year, English-taught)", "2014 - 2019", "Shanghai Medical College, Fudan University")]),
   ("USMLE", [E("Step 1: Pass; Step 2 CK: 238; ECFMG certification pending", "")]),
   ("US Clinical Experience", [E("Hands-on rotation, Anesthesiology", "03/2025 - 04/2025", "Jackson Memorial Hospital, Miami, FL")]),
   ("Publication", [E("Wang H, et al. Chin Med J. 2021;134:900-6.", "")]),
   ("Languages", [E("Chinese, English", "")]), ("Interest", [E("Anesthesiology", "")])]),
 truth=dict(full_name="Wang Hao", email="wanghao.fudan@qq.com", phone_e164="+8613916802233",
  medical_school="Shanghai Medical College, Fudan University", medical_school_country="CN", graduation_year=2019, is_student=False,
  usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="pending", visa_status=None,
  specialties=["Anesthesiology"], languages=["Chinese", "English"], publications=1,
  usce_entries=[U("hands_on", "Anesthesiology", "FL", "2025-03", "2025-04")])))
S.append(dict(num=19, layout="scan_png", ext="png", tool="reportlab -> pdftoppm -> Pillow (grey, noise)",
 tricky="PNG scan, rotated -1.7°",
 cv=dict(name="Oluwaseun Adebayo Adeyemi", native=None, headline="MBChB (Ife)",
  contact=["seun.adeyemi@gmail.com", "+234 806 772 1904", "Ibadan, Oyo State, Nigeria"],
  sections=[("Education", [E("MBChB", "2011 - 2018", "College of Health Sciences, Obafemi Awolowo University, Ile-Ife")]),
   ("Housemanship", [E("House Officer", "2018 - 2019", "OAUTHC, Ile-Ife")]),
   ("USMLE", [E("Step 1: Pass   Step 2 CK: 235   ECFMG certified", "")]),
   ("US Clinical Experience", [E("Observership, Psychiatry", "Jan 2024 - Mar 2024", "BronxCare Health System, Bronx, NY")]),
   ("Languages", [E("English, Yoruba", "")]), ("Interest", [E("Psychiatry; currently on B1/B2 visa", "")])]),
 truth=dict(full_name="Oluwaseun Adebayo Adeyemi", email="seun.adeyemi@gmail.com", phone_e164="+2348067721904",
  medical_school="Obafemi Awolowo University", medical_school_country="NG", graduation_year=2018, is_student=False,
  usmle_step1="pass", usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["Psychiatry"], languages=["English", "Yoruba"], publications=0,
  usce_entries=[U("observership", "Psychiatry", "NY", "2024-01", "2024-03")])))
S.append(dict(num=20, layout="scan_pdf_imageonly", ext="pdf", tool="reportlab -> pdftoppm -> Pillow -> image-only PDF",
 tricky="Image-only PDF with Vietnamese diacritics, no USCE",
 cv=dict(name="Trần Quốc Bảo", native=None, headline="Bác sĩ Y khoa (MD)",
  contact=["tranquocbao.ump@gmail.com", "+84 903 118 452", "TP. Hồ Chí Minh, Việt Nam"],
  sections=[("Education", [E("Doctor of Medicine (6-year)", "2016 - 2022", "University of Medicine and Pharmacy at Ho Chi Minh City")]),
   ("Work", [E("General physician", "2022 - present", "Cho Ray Hospital, Ho Chi Minh City")]),
   ("USMLE", [E("Step 1: Pass (2025)", "")]),
   ("Languages", [E("Vietnamese, English", "")]), ("Interest", [E("Internal Medicine", "")])]),
 truth=dict(full_name="Trần Quốc Bảo", email="tranquocbao.ump@gmail.com", phone_e164="+84903118452",
  medical_school="University of Medicine and Pharmacy at Ho Chi Minh City", medical_school_country="VN", graduation_year=2022, is_student=False,
  usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
  specialties=["Internal Medicine"], languages=["Vietnamese", "English"], publications=0, usce_entries=[])))
S.append(dict(num=21, layout="scan_photo_jpg", ext="jpg", tool="fpdf2 -> pdftoppm -> Pillow (rotate -0.6°, blur, low contrast)",
 tricky="Photo JPG; Indianapolis without state",
 cv=dict(name="Mercy Achieng Otieno", native=None, headline="MBChB, Moi University",
  contact=["mercy.otieno.mu@gmail.com", "+254 733 481 220", "Eldoret, Kenya"],
  sections=[("Education", [E("MBChB", "2015 - 2021", "Moi University School of Medicine, Eldoret")]),
   ("USMLE", [E("Step 1: Pass; Step 2 CK: 243; ECFMG certified", "")]),
   ("US Clinical Experience", [E("Hands-on rotation, Pediatrics", "2025-02 to 2025-04", "Riley Hospital for Children, Indianapolis")]),
   ("Publication", [E("Otieno MA, et al. East Afr Med J. 2023;100:20-6.", "")]),
   ("Languages", [E("English, Swahili, Luo", "")]), ("Interest", [E("Pediatrics (J-1 visa)", "")])]),
 truth=dict(full_name="Mercy Achieng Otieno", email="mercy.otieno.mu@gmail.com", phone_e164="+254733481220",
  medical_school="Moi University School of Medicine", medical_school_country="KE", graduation_year=2021, is_student=False,
  usmle_step1="pass", usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Pediatrics"], languages=["English", "Swahili", "Luo"], publications=1,
  usce_entries=[U("hands_on", "Pediatrics", "IN", "2025-02", "2025-04")])))

D = [dict(num=22, layout="damaged_truncated", ext="pdf", tool="reportlab PDF cut at 35%", tricky="Truncated PDF (no xref/trailer)"),
     dict(num=23, layout="damaged_encrypted", ext="pdf", tool="pypdf encrypt (user password)", tricky="RC4-128 encrypted with user password"),
     dict(num=24, layout="damaged_random", ext="docx", tool="os.urandom", tricky="Random bytes with .docx name")]
