# -*- coding: utf-8 -*-
"""Data for writer w87: each person = truth fields + CV content (sections of lines)."""
P = []
def add(**k): P.append(k)

# 1 Philippines, UST, 4-yr pre-med BS then MD, PGI at PGH
add(n=1, layout="docx_table", fmt="docx",
 full_name="Maria Angelica Dela Cruz Reyes", title="Dr. Maria Angelica Dela Cruz Reyes, MD",
 email="mariaangelica.reyes.md@gmail.com", phone_disp="+63 917 845 2231", phone_e164="+639178452231",
 address="Unit 12B, 1540 España Blvd., Sampaloc, Manila 1008, Philippines",
 medical_school="University of Santo Tomas", medical_school_country="PH", graduation_year=2022, is_student=False,
 usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Internal Medicine"], languages=["English","Filipino","Cebuano"], publications=2,
 usce=[("hands_on","Internal Medicine","IL","2024-03","2024-04"),("observership","Cardiology","NJ","2024-06","2024-06")],
 sections=[
 ("Personal Data",["Date of Birth: 14/02/1997 | Citizenship: Filipino | Visa: will require J-1 (ECFMG-sponsored)"]),
 ("Education",[
  "Doctor of Medicine (MD) — University of Santo Tomas Faculty of Medicine and Surgery, Manila | 06/2018 – 06/2022 | Cum Laude",
  "BS Biology (pre-medicine, 4 years) — University of Santo Tomas College of Science | 06/2014 – 04/2018",
  "Post-Graduate Internship — Philippine General Hospital, Manila | 08/2022 – 07/2023",
  "Philippine Physician Licensure Examination (PLE): Passed, 02/2024 (PRC License No. 0178452)"]),
 ("Examinations",["USMLE Step 1: PASS (first attempt, 11/2023)","USMLE Step 2 CK: 248 (05/2024)","OET Medicine: passed (B in all sub-tests)","ECFMG Certified: 08/2024 (certificate #0-987-654-3)","NBME CBSSA practice: 255 (not an official USMLE score)"]),
 ("US Clinical Experience",[
  "Externship (hands-on), Internal Medicine — Mount Sinai Hospital, Chicago, IL | Mar 2024 – Apr 2024",
  "Observership, Cardiology — Hackensack University Medical Center, Hackensack, NJ | June 2024"]),
 ("Clinical Experience (Philippines)",["Resident Physician (non-training), Internal Medicine — Ospital ng Maynila Medical Center | 09/2024 – present","Medical Officer III, rural health unit — Bayambang, Pangasinan | 03/2024 – 08/2024 (Doctors to the Barrios)"]),
 ("Publications",[
  "Reyes MADC, Santos RL. Dengue shock syndrome outcomes in adults at a tertiary hospital in Manila. Acta Med Philipp. 2023;57(4):12-19.",
  "Lim JT, Reyes MADC, et al. Tuberculosis treatment adherence in urban poor communities. Philipp J Intern Med. 2022;60(2):88-95.",
  "Poster: Reyes MADC. Leptospirosis and AKI — PCP Annual Convention, Pasay City, May 2023 (abstract only)."]),
 ("Career Goal",["Categorical residency in Internal Medicine (2027 Match)."]),
 ("Languages",["English (fluent), Filipino/Tagalog (native), Cebuano (conversational)"]),
 ("References",["Dr. Ramon L. Santos, FPCP — Dept. of Medicine, UST Hospital — ramon.santos@ust.edu.ph — +63 2 8731 3001",
                "Dr. Elaine Kowalski, MD — Mount Sinai Hospital Chicago — ekowalski@sinai.org — (773) 542-2000"])])

# 2 Vietnam, Hanoi Medical University, family name first, Chromium sidebar
add(n=2, layout="html_sidebar", fmt="pdf",
 full_name="Nguyễn Thị Minh Anh", title="Nguyễn Thị Minh Anh",
 email="minhanh.nguyen.hmu@gmail.com", phone_disp="(+84) 912 345 678", phone_e164="+84912345678",
 address="Số 1 Tôn Thất Tùng, Đống Đa, Hà Nội, Việt Nam",
 medical_school="Hanoi Medical University", medical_school_country="VN", graduation_year=2023, is_student=False,
 usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
 specialties=["Internal Medicine","Gastroenterology"], languages=["Vietnamese","English","French"], publications=1,
 usce=[("observership","Gastroenterology","MA","2025-01","2025-02"),("hands_on","Internal Medicine","MI","2025-03","2025-05")],
 sections=[
 ("Profile",["Family name: NGUYỄN · Given names: Thị Minh Anh · Date of birth: 21/09/1998 · Nationality: Vietnamese","Currently holds a B1/B2 visitor visa for observerships; applying to Internal Medicine (GI track)."]),
 ("Education",["Bác sĩ Y khoa / Doctor of Medicine (6-year program), Hanoi Medical University — 09/2017 – 07/2023 (GPA 8.1/10)","Class of 2016 high school: Hà Nội – Amsterdam High School for the Gifted"]),
 ("USMLE",["Step 1: Passed — 03/2024","Step 2 CK: 239 — 10/2024","ECFMG certification: pending (OET scheduled 01/2026)"]),
 ("U.S. Clinical Experience",["Observership — Gastroenterology, Beth Israel Deaconess Medical Center, Boston, MA — 01/2025 – 02/2025","Hands-on Clerkship — Internal Medicine, Henry Ford Hospital, Detroit, MI — 03/2025 – 05/2025"]),
 ("Clinical Work in Vietnam",["Resident doctor (Bác sĩ nội trú), Department of Gastroenterology, Bạch Mai Hospital — 10/2023 – hiện tại (current)"]),
 ("Research",["Nguyen TMA, Tran VH. Helicobacter pylori antibiotic resistance in northern Vietnam. J Gastroenterol Hepatol. 2024;39(6):1101-1107.","Manuscript submitted: Nguyen TMA et al. Hepatitis B screening uptake in rural Thái Bình."]),
 ("Languages",["Vietnamese (native) · English (C1, IELTS 7.5) · French (B1, DELF)"]),
 ("Referees",["PGS.TS. Trần Văn Huy — Bạch Mai Hospital — tvhuy@bachmai.gov.vn — +84 24 3869 3731","Dr. Sarah Goldberg — BIDMC — sgoldber@bidmc.harvard.edu"])])

# 3 Indonesia, Universitas Indonesia, reportlab two column
add(n=3, layout="reportlab_twocol", fmt="pdf",
 full_name="Putri Ayu Kusumawardhani", title="dr. Putri Ayu Kusumawardhani",
 email="putri.kusumawardhani@ui.ac.id", phone_disp="+62 812-8877-4512", phone_e164="+6281288774512",
 address="Jl. Salemba Raya No. 6, Jakarta Pusat 10430, Indonesia",
 medical_school="Universitas Indonesia", medical_school_country="ID", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status=None,
 specialties=["Pediatrics"], languages=["Indonesian","English","Javanese"], publications=3,
 usce=[("research","Pediatrics","OH","2023-09","2024-08")],
 sections=[
 ("Education",["Profesi Dokter (Medical Doctor, dr.) — Fakultas Kedokteran Universitas Indonesia, 2019 – 2021","Sarjana Kedokteran (S.Ked, pre-clinical bachelor) — Universitas Indonesia, 2015 – 2019","Internship Dokter Indonesia — RSUD Tangerang, 2022.02 – 2023.02"]),
 ("USMLE / ECFMG",["Step 1: Pass (2024.06)","Step 2 CK: scheduled 2025.04","ECFMG status: not yet certified"]),
 ("Research Experience (USA)",["Research Fellow, Division of Infectious Diseases, Cincinnati Children's Hospital Medical Center, Cincinnati, OH — 2023.09 to 2024.08"]),
 ("Clinical Experience (Indonesia)",["General practitioner, Puskesmas Kecamatan Cilandak, Jakarta — 2024.10 – sekarang (ongoing)","Emergency physician (part-time), RS Premier Bintaro — 2023.03 – 2023.08"]),
 ("Publications",["1. Kusumawardhani PA, et al. Stunting and anemia in Jakarta toddlers. Paediatr Indones. 2022;62(3):145-52.","2. Kusumawardhani PA, Hadinegoro SR. Dengue vaccine coverage in DKI Jakarta. Vaccine. 2023;41(8):1422-28.","3. Moore AL, Kusumawardhani PA, et al. RSV seasonality in Ohio. Pediatr Infect Dis J. 2024;43(11):e401-e406.","Abstract: PAS Meeting 2024, Toronto (poster)."]),
 ("Interests",["Pediatrics"]),
 ("Languages",["Bahasa Indonesia (native), English (fluent), Javanese (basic)"]),
 ("References",["Prof. Dr. dr. Sri Rezeki Hadinegoro, Sp.A(K) — FKUI — srezeki@ui.ac.id","Dr. Alexandra Moore — CCHMC — alexandra.moore@cchmc.org — +1 513 636 4200"])])

# 4 Cambodia, UHS Phnom Penh, fpdf2
add(n=4, layout="fpdf_classic", fmt="pdf",
 full_name="Chhim Sokha", title="Dr. CHHIM Sokha",
 email="sokha.chhim@uhs.edu.kh", phone_disp="+855 12 456 789", phone_e164="+85512456789",
 address="#23, Street 271, Sangkat Tuol Tumpung, Phnom Penh, Cambodia",
 medical_school="University of Health Sciences", medical_school_country="KH", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Family Medicine","Infectious Disease"], languages=["Khmer","English","French"], publications=0,
 usce=[("observership","Family Medicine","CA","2024-07","2024-08"),("hands_on","Family Medicine","NY","2024-08","2024-10")],
 sections=[
 ("Personal",["Born: 1994 in Battambang · Nationality: Cambodian · J-1 visa required for residency"]),
 ("Education",["Doctor of Medicine (MD), University of Health Sciences, Phnom Penh — 2013–2020","Internship year (final year hospital training), Calmette Hospital, Phnom Penh — 2019–2020"]),
 ("Licensing Exams",["USMLE Step 1 — Pass (2023)","USMLE Step 2 CK — 231 (2024)","ECFMG certified (2024)"]),
 ("US Clinical Experience",["Observer, Family Medicine — UCLA Health Santa Monica, CA — Jul 2024 – Aug 2024","Externship (hands-on), Family Medicine — Brookdale Hospital, Brooklyn, NY — Aug–Oct 2024 (overlaps last week of UCLA)"]),
 ("Work in Cambodia",["Medical Doctor, HIV/TB clinic, Khmer-Soviet Friendship Hospital — 2020 – present"]),
 ("Presentations",["Oral presentation: Latent TB screening in people living with HIV — National Health Congress, Phnom Penh, 2022","Poster: Scrub typhus in rural Cambodia — ASEAN ID Forum 2023"]),
 ("Interests",["Family Medicine, Infectious Diseases"]),
 ("Languages",["Khmer (mother tongue), English (fluent), French (intermediate)"]),
 ("References",["Prof. Saphonn Vonthanak — UHS — vsaphonn@uhs.edu.kh","Dr. Michael Tran — Brookdale FM — mtran@bhmcny.org — 718-240-5000"])])

# 5 Thailand, Chulalongkorn, Buddhist Era years, ODT
add(n=5, layout="odt_be_years", fmt="odt",
 full_name="Pimchanok Srisawat", title="Pimchanok Srisawat, M.D. (พิมพ์ชนก ศรีสวัสดิ์)",
 email="pimchanok.s@chula.md", phone_disp="+66 81 234 5678", phone_e164="+66812345678",
 address="1873 Rama IV Rd, Pathum Wan, Bangkok 10330, Thailand",
 medical_school="Chulalongkorn University", medical_school_country="TH", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Neurology"], languages=["Thai","English","Japanese"], publications=2,
 usce=[("observership","Neurology","MN","2025-02","2025-03"),("hands_on","Neurology","PA","2025-04","2025-04")],
 sections=[
 ("ข้อมูลส่วนตัว / Personal",["Date of birth: 3 ม.ค. 2540 (03/01/1997) · Thai citizen · J-1 sponsorship needed"]),
 ("Education",["Doctor of Medicine (แพทยศาสตรบัณฑิต), Faculty of Medicine, Chulalongkorn University — B.E. 2558–2564 (2015–2021), Second-class honours","Internship (แพทย์ใช้ทุน / intern), Khon Kaen Hospital — B.E. 2564–2565 (2021–2022)"]),
 ("USMLE",["Step 1: Pass (2566 / 2023)","Step 2 CK: 252 (2567 / 2024)","ECFMG Certificate issued 2567 (2024)"]),
 ("United States Clinical Experience",["Observership, Neurology — Mayo Clinic, Rochester, MN — Feb–Mar 2025 (ก.พ.–มี.ค. 2568)","Sub-internship (hands-on), Stroke Neurology — Penn Medicine, Philadelphia, PA — April 2025"]),
 ("Thai Clinical Experience",["General practitioner, Chaiyaphum Hospital — 2565–2567 (2022–2024)","Neurology research assistant, King Chulalongkorn Memorial Hospital — 2567–ปัจจุบัน (2024–present)"]),
 ("Publications",["Srisawat P, Phanthumchinda K. Parkinson disease prevalence in northeastern Thailand. J Med Assoc Thai. 2023;106(2):150-6.","Srisawat P, et al. Thrombolysis door-to-needle time in a provincial hospital. Neurol Asia. 2024;29(1):33-9.","Submitted: Srisawat P. Myasthenia gravis outcomes (under review)."]),
 ("Specialty of interest",["Neurology (adult)"]),
 ("Languages",["Thai (native), English (fluent; TOEFL iBT 109), Japanese (JLPT N3)"]),
 ("References",["Assoc. Prof. Kammant Phanthumchinda — kammant.p@chula.ac.th — +66 2 256 4000","Dr. James K. Olson — Mayo Clinic — olson.james@mayo.edu"])])

# 6 Malaysia, Universiti Malaya, RTF
add(n=6, layout="rtf_plain", fmt="rtf",
 full_name="Nurul Aisyah binti Mohd Rahim", title="DR. NURUL AISYAH BINTI MOHD RAHIM",
 email="nurulaisyah.rahim@yahoo.com.my", phone_disp="012-345 6789 (Malaysia)", phone_e164="+60123456789",
 address="No. 15, Jalan SS 2/24, 47300 Petaling Jaya, Selangor",
 medical_school="Universiti Malaya", medical_school_country="MY", graduation_year=2019, is_student=False,
 usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Psychiatry"], languages=["Malay","English","Arabic"], publications=1,
 usce=[("observership","Psychiatry","TX","2024-01","2024-01"),("hands_on","Psychiatry","FL","2024-02","2024-03")],
 sections=[
 ("Objective",["Seeking a PGY-1 position in Psychiatry. Will require a J1 visa."]),
 ("Education",["MBBS (Bachelor of Medicine and Bachelor of Surgery), Universiti Malaya, Kuala Lumpur - 2014 to 2019","Housemanship (2-year HO training), Hospital Kuala Lumpur - 2019 to 2021","Master of Psychological Medicine (part 1 only, not completed) - 2022"]),
 ("Examinations",["USMLE Step 1 - PASS","USMLE Step 2 CK - 244","ECFMG certified 2023","MRCPsych Paper A - passed (UK, not US)"]),
 ("USCE",["Observership, Psychiatry - Baylor College of Medicine, Houston, TX - 01/2024","Clinical elective, Psychiatry (hands-on) - University of Miami / Jackson Memorial, Miami, FL - 02/2024 to 03/2024"]),
 ("Malaysian experience",["Medical Officer, Department of Psychiatry, Hospital Sultanah Bahiyah, Alor Setar - 2021 to present"]),
 ("Publication",["Rahim NA, Jambunathan S. Depression among caregivers of schizophrenia patients in Kedah. Malays J Psychiatry. 2022;31(1):22-30."]),
 ("Languages",["Bahasa Melayu, English, Arabic (reading only)"]),
 ("Referees",["Dr. Stephen Jambunathan, Consultant Psychiatrist, UMMC - stephenj@ummc.edu.my - +603 7949 4422"])])

# 7 Myanmar plain text
add(n=7, layout="txt_plain", fmt="txt",
 full_name="Aung Kyaw Htet", title="Dr. Aung Kyaw Htet  (အောင်ကျော်ထက်)",
 email="aungkyawhtet.um1@gmail.com", phone_disp="+95 9 7850 12345", phone_e164="+959785012345",
 address="No. 45, Bogyoke Aung San Road, Pabedan Township, Yangon, Myanmar",
 medical_school="University of Medicine 1, Yangon", medical_school_country="MM", graduation_year=2018, is_student=False,
 usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
 specialties=["Internal Medicine","Nephrology"], languages=["Burmese","English"], publications=0,
 usce=[("hands_on","Internal Medicine","NY","2023-10","2023-12"),("research","Nephrology","GA","2024-01","2025-06"),("observership","Nephrology","GA","2025-03","2025-04")],
 sections=[
 ("Personal",["DOB: 12-08-1993   Nationality: Myanmar   Visa: H1B sponsorship preferred"]),
 ("Education",["M.B.,B.S. - University of Medicine 1, Yangon - 2011-2018 (incl. 1-year house surgeon internship at Yangon General Hospital 2017-2018)"]),
 ("Exams",["USMLE Step 1   : PASS (2022)","USMLE Step 2 CK: 236 (2023)","ECFMG          : Certified (Sep 2023)","Step 2 CS      : n/a (discontinued)"]),
 ("US Clinical Experience",["* Hands-on externship, Internal Medicine - Woodhull Medical Center, Brooklyn, NY   Oct 2023 - Dec 2023","* Research Associate, Nephrology - Emory University, Atlanta, GA   Jan 2024 - Jun 2025","* Observership, Nephrology (dialysis unit) - Grady Memorial Hospital, Atlanta, GA   Mar-Apr 2025 (during research)"]),
 ("Myanmar Experience",["Assistant Surgeon (medical officer), Mandalay General Hospital - 2018-2021","Volunteer doctor, community clinic, Hlaing Tharyar - 2021-2023"]),
 ("Posters/Abstracts",["ASN Kidney Week 2024 poster: CKD of unknown etiology in Myanmar farmers (abstract)","ASN Kidney Week 2025 poster: Hyperkalemia in hemodialysis patients (abstract)"]),
 ("Interests",["Internal Medicine, later Nephrology fellowship"]),
 ("Languages",["Burmese (native), English (fluent)"]),
 ("References",["Dr. Janice P. Lea, Emory Renal - jlea@emory.edu - 404-727-0000","Prof. Khin Maung Win, UM1 - kmwin.um1@gmail.com"])])

# 8 Nepal, BPKIHS, docx -> LibreOffice PDF
add(n=8, layout="docx_to_pdf_lo", fmt="pdf_lo",
 full_name="Sushant Raj Adhikari", title="Sushant Raj Adhikari, MBBS",
 email="sushant.adhikari@bpkihs.edu", phone_disp="+977-9841-234567", phone_e164="+9779841234567",
 address="Ward 5, Dharan-17, Sunsari, Koshi Province, Nepal",
 medical_school="B.P. Koirala Institute of Health Sciences", medical_school_country="NP", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Internal Medicine","Pulmonology/Critical Care"], languages=["Nepali","English","Hindi","Maithili"], publications=2,
 usce=[("hands_on","Internal Medicine","PA","2024-05","2024-06"),("hands_on","Pulmonology/Critical Care","OH","2024-09","2024-09"),("telehealth","Internal Medicine","NY","2024-11","2025-01")],
 sections=[
 ("Personal Information",["Date of Birth: 2053/04/15 B.S. (30 July 1996) · Citizenship: Nepali · J-1 required"]),
 ("Education",["MBBS — B.P. Koirala Institute of Health Sciences, Dharan — 2015 – 2021","Compulsory Rotatory Residential Internship (CRRI) — BPKIHS Teaching Hospital — 2020-2021","Nepal Medical Council licensure exam — passed 2021 (NMC No. 21345)"]),
 ("USMLE",["Step 1: Pass | Step 2 CK: 258 | ECFMG Certified (2024)"]),
 ("U.S. Clinical Experience",["Hands-on clerkship, Internal Medicine — UPMC Mercy, Pittsburgh, PA — May–June 2024","Sub-internship, MICU (Pulmonary & Critical Care) — Cleveland Clinic, Cleveland, OH — September 2024","Tele-rotation (virtual), Internal Medicine — Mount Sinai (remote), New York, NY — Nov 2024 – Jan 2025"]),
 ("Work Experience in Nepal",["Medical Officer, Department of Internal Medicine, BPKIHS — 2021–2023","Medical Officer, ICU, Dhulikhel Hospital — 2023–present"]),
 ("Publications",["Adhikari SR, Karki P. Organophosphate poisoning outcomes in eastern Nepal. J Nepal Med Assoc. 2022;60(246):123-128.","Adhikari SR, et al. Snakebite envenomation and AKI at BPKIHS. Trop Doct. 2023;53(2):210-214."]),
 ("Interests",["Internal Medicine; Pulmonary & Critical Care Medicine"]),
 ("Languages",["Nepali, English, Hindi, Maithili"]),
 ("References",["Prof. Dr. Prahlad Karki — BPKIHS — pkarki@bpkihs.edu — +977-25-525555","Dr. Linda Hoffmann — UPMC Mercy — hoffmannl@upmc.edu"])])

# 9 Sri Lanka, Colombo, Chromium designed template with header band
add(n=9, layout="html_modern_band", fmt="pdf",
 full_name="Tharindu Lakshan Wickramasinghe", title="Tharindu Lakshan Wickramasinghe",
 email="tharindu.wick@gmail.com", phone_disp="+94 77 123 4567", phone_e164="+94771234567",
 address="42/3 Ward Place, Colombo 07, Sri Lanka",
 medical_school="University of Colombo", medical_school_country="LK", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=261, usmle_step3=228, ecfmg_status="certified", visa_status="h1b",
 specialties=["Emergency Medicine"], languages=["Sinhala","English","Tamil"], publications=4,
 usce=[("hands_on","Emergency Medicine","CA","2025-06","2025-08"),("observership","Emergency Medicine","WA","2025-09","2025-09")],
 sections=[
 ("Summary",["Sri Lankan physician, MBBS (Colombo), USMLE 261/228, ECFMG certified; seeking Emergency Medicine residency; H-1B preferred."]),
 ("Education",["MBBS — Faculty of Medicine, University of Colombo — 2014 – 2020 (Second Class Upper)","Internship (pre-registration house officer) — National Hospital of Sri Lanka, Colombo — 2021 – 2022"]),
 ("Examinations",["USMLE Step 1: Pass · Step 2 CK: 261 · Step 3: 228","PLAB 1 & 2: passed (UK GMC) — not used for US application","ECFMG: certified 2023"]),
 ("U.S. Clinical Experience",["Hands-on externship, Emergency Medicine — Harbor-UCLA Medical Center, Torrance, CA — Summer 2025 (June–August)","Observership, Emergency Medicine — Harborview Medical Center, Seattle, WA — September 2025"]),
 ("Clinical Experience (Sri Lanka)",["Senior House Officer, Accident & Emergency, National Hospital of Sri Lanka — 2022 – present"]),
 ("Publications",["Wickramasinghe TL, et al. Paraquat poisoning mortality in Sri Lanka. Clin Toxicol. 2021;59(9):812-8.","Wickramasinghe TL, Dissanayake D. Snakebite triage. Ceylon Med J. 2022;67(1):5-10.","Perera S, Wickramasinghe TL. Road traffic trauma in Colombo. Injury. 2023;54(4):1100-6.","Wickramasinghe TL. Point-of-care ultrasound in resource-limited EDs. Emerg Med Australas. 2024;36(2):301-3.","Manuscript in preparation: ED crowding after the 2022 economic crisis."]),
 ("Languages",["Sinhala (native), English (fluent), Tamil (conversational)"]),
 ("References",["Dr. Dilshan Dissanayake — NHSL — dilshan.d@nhsl.health.gov.lk — +94 11 269 1111","Dr. Karen Wu — Harbor-UCLA EM — kwu@dhs.lacounty.gov"])])

# 10 Bangladesh, Dhaka Medical College, docx with contact only in header/footer
add(n=10, layout="docx_header_contacts", fmt="docx_hdr",
 full_name="Farhana Akter", title="Dr. Farhana Akter",
 email="farhana.akter.dmc@outlook.com", phone_disp="+880 1711-234567", phone_e164="+8801711234567",
 address="House 12, Road 5, Dhanmondi, Dhaka 1205, Bangladesh",
 medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2019, is_student=False,
 usmle_step1="pass", usmle_step2ck=242, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
 specialties=["Obstetrics and Gynecology"], languages=["Bengali","English","Hindi"], publications=1,
 usce=[("hands_on","Obstetrics and Gynecology","NY","2025-02","2025-04"),("observership","Obstetrics and Gynecology","NY","2025-04","2025-05")],
 sections=[
 ("Personal",["Permanent Resident of the USA (Green Card holder since 2024) · Born 1995"]),
 ("Education",["MBBS — Dhaka Medical College (University of Dhaka) — Session 2013-14, passed Nov 2019","Internship (12 months, rotating) — Dhaka Medical College Hospital — 01/2020 – 12/2020","FCPS Part I (Obs & Gynae), BCPS — passed July 2021"]),
 ("USMLE & ECFMG",["Step 1: Pass · Step 2 CK: 242 · ECFMG certified (Dec 2024)"]),
 ("US Clinical Experience",["Hands-on externship, Obstetrics & Gynecology — Jamaica Hospital Medical Center, Queens, NY — February 2025 – April 2025","Observership, Ob/Gyn — NewYork-Presbyterian Queens, Flushing, NY — April 2025 – May 2025"]),
 ("Experience in Bangladesh",["Honorary Medical Officer, Obs & Gynae, DMCH — 2021 – 2023","Medical Officer, Marie Stopes Bangladesh — 2023 – 2024"]),
 ("Publication",["Akter F, Begum F. Eclampsia outcomes at a tertiary hospital in Dhaka. Bangladesh J Obstet Gynaecol. 2022;37(1):14-18."]),
 ("Languages",["Bangla (mother tongue), English, Hindi (spoken)"]),
 ("Reference",["Prof. Ferdousi Begum — DMC — ferdousi.begum@dmc.gov.bd — +880 2 5516 5088"])])

# 11 Fiji, FNU, reportlab single column, student? no: graduate
add(n=11, layout="reportlab_classic", fmt="pdf_rl",
 full_name="Losana Tuivaga", title="Dr Losana Tuivaga",
 email="losana.tuivaga@fnu.ac.fj", phone_disp="+679 992 3456", phone_e164="+6799923456",
 address="Hoodless House, Brown St, Suva, Fiji",
 medical_school="Fiji National University", medical_school_country="FJ", graduation_year=2022, is_student=False,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status=None,
 specialties=["Family Medicine","Pediatrics"], languages=["English","Fijian","Fiji Hindi"], publications=0,
 usce=[("observership","Family Medicine","HI","2024-11","2024-12")],
 sections=[
 ("Education",["MBBS — College of Medicine, Nursing & Health Sciences, Fiji National University (formerly Fiji School of Medicine), Suva — 2016–2022","Internship — Colonial War Memorial Hospital, Suva — 2023–2024 (rotations: Medicine, Surgery, O&G, Paediatrics)"]),
 ("USMLE",["Step 1: Passed (Aug 2024). Step 2 CK: preparing; UWSA2 practice 240 (not official)."]),
 ("US Clinical Experience",["Observership, Family Medicine — Kapiʻolani / Hawaii Pacific Health clinic, Honolulu, HI — Nov–Dec 2024"]),
 ("Other International",["Elective, Paediatrics — Starship Children's Hospital, Auckland, New Zealand — 2022 (not US)"]),
 ("Experience",["Medical Officer, Lautoka Hospital — 2024–current"]),
 ("Interests",["Family Medicine and Pediatrics; rural Pacific health"]),
 ("Languages",["English, iTaukei (Fijian), Fiji Hindi"]),
 ("Referees",["Dr Jemesa Tudravu, CWM Hospital — jemesa.tudravu@health.gov.fj — +679 331 3444"])])

# 12 Philippines student, UP Manila, fpdf2
add(n=12, layout="fpdf_student", fmt="pdf_fpdf2",
 full_name="Jose Miguel Santos Bautista", title="Jose Miguel Santos Bautista",
 email="jmbautista@up.edu.ph", phone_disp="0918 555 0142", phone_e164="+639185550142",
 address="Pedro Gil St., Ermita, Manila",
 medical_school="University of the Philippines Manila", medical_school_country="PH", graduation_year=2027, is_student=True,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
 specialties=["General Surgery"], languages=["English","Filipino","Ilocano"], publications=1,
 usce=[("hands_on","General Surgery","TX","2026-07","2026-08")],
 sections=[
 ("Education",["Doctor of Medicine — UP College of Medicine, University of the Philippines Manila — 2023 – expected June 2027 (Year Level 4 clerk)","BS Biology (pre-med) — University of the Philippines Diliman — 2019 – 2023, Magna Cum Laude","Post-graduate internship (PGI) planned 2027–2028 before PLE"]),
 ("Exams",["USMLE Step 1: PASS (April 2026) — ECFMG certification pending (graduation required)"]),
 ("US Clinical Experience",["Visiting student clerkship (hands-on), General Surgery — UTHealth Houston, TX — July–August 2026 (B1/B2 visitor visa)"]),
 ("Clinical clerkship (Philippines)",["Clerkship, Philippine General Hospital — 08/2026 – ongoing"]),
 ("Research",["Bautista JMS, Cruz AL. Appendicitis in children: CT use at PGH. Philipp J Surg Spec. 2025;80(2):45-50.","Abstract accepted: ACS Clinical Congress 2026 (poster)."]),
 ("Interests",["General Surgery"]),
 ("Languages",["English, Filipino, Ilocano"]),
 ("References",["Dr. Antonio L. Cruz, FPCS — PGH Department of Surgery — alcruz1@up.edu.ph"])])

# 13 Vietnam, UMP HCMC, docx two-column table + US research year
add(n=13, layout="docx_twocol_table", fmt="docx",
 full_name="Trần Quốc Bảo", title="TRẦN QUỐC BẢO, MD",
 email="bao.tranquoc@ump.edu.vn", phone_disp="+1 (617) 555-0198 (US) / +84 90 876 5432", phone_e164="+16175550198",
 address="Boston, MA (temporary) · Quận 5, TP. Hồ Chí Minh",
 medical_school="University of Medicine and Pharmacy at Ho Chi Minh City", medical_school_country="VN", graduation_year=2020, is_student=False,
 usmle_step1=232, usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Cardiology","Internal Medicine"], languages=["Vietnamese","English"], publications=5,
 usce=[("research","Cardiology","MA","2023-07","2025-06"),("observership","Cardiology","MA","2024-03","2024-04"),("hands_on","Internal Medicine","CT","2025-08","2025-10")],
 sections=[
 ("Education",["Bác sĩ Đa khoa (MD, 6 years), Đại học Y Dược TP. Hồ Chí Minh — 2014 – 2020","Internal Medicine resident (nội trú), Chợ Rẫy Hospital — 2020 – 2023 (Vietnam, completed)"]),
 ("USMLE",["Step 1: 232 (2019, scored era) · Step 2 CK: 247 (2022) · ECFMG certified 2022 · currently on J-1 research scholar visa"]),
 ("US Experience",["Postdoctoral Research Fellow, Cardiovascular Division — Massachusetts General Hospital, Boston, MA — 07/2023 – 06/2025","Observership, Cardiology clinics — Brigham and Women's Hospital, Boston, MA — 03/2024 – 04/2024","Hands-on externship, Internal Medicine — Yale New Haven Hospital, New Haven, CT — 08/2025 – 10/2025"]),
 ("Publications (peer-reviewed)",["1. Tran QB, et al. Rheumatic heart disease in southern Vietnam. Heart Asia. 2021;13:e011.","2. Tran QB, Nguyen VT. STEMI delays in HCMC. Glob Heart. 2022;17(1):44.","3. Smith JA, Tran QB, et al. Lp(a) and ASCVD in Asian Americans. JACC Asia. 2024;4(3):210-9.","4. Tran QB, Smith JA. AI-ECG for HFrEF screening. Circ Cardiovasc Qual Outcomes. 2024;17:e010222.","5. Lee K, Tran QB. SGLT2i uptake. J Am Heart Assoc. 2025;14:e034567.","Abstracts: AHA 2023, ACC 2024 (posters, 3)"]),
 ("Goals",["Internal Medicine residency → Cardiology fellowship"]),
 ("Languages",["Vietnamese (native), English (full professional)"]),
 ("References",["Jonathan A. Smith, MD — MGH Cardiology — jasmith@mgh.harvard.edu — +1 617 726 2000","PGS. Nguyễn Văn Trí — UMP — nvtri@ump.edu.vn"])])

# 14 Indonesia UGM ODT with table
add(n=14, layout="odt_table", fmt="odt",
 full_name="Muhammad Rizky Pratama", title="dr. Muhammad Rizky Pratama",
 email="rizky.pratama@mail.ugm.ac.id", phone_disp="0813-2765-4410", phone_e164="+6281327654410",
 address="Jl. Kaliurang Km 5, Sleman, D.I. Yogyakarta 55281",
 medical_school="Universitas Gadjah Mada", medical_school_country="ID", graduation_year=2022, is_student=False,
 usmle_step1="fail", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status=None,
 specialties=["Anesthesiology"], languages=["Indonesian","English","Javanese","Sundanese"], publications=0,
 usce=[],
 sections=[
 ("Pendidikan / Education",["Dokter (MD equivalent), Fakultas Kedokteran, Kesehatan Masyarakat, dan Keperawatan, Universitas Gadjah Mada — 2016 – Agustus 2022","Internsip Dokter Indonesia — RSUD Wonosari — 2022.11 – 2023.11"]),
 ("Ujian / Exams",["UKMPPD (national competency exam): passed 2022","USMLE Step 1: attempted 2025 — not passed (retake planned 2026)","ECFMG: not certified"]),
 ("Pengalaman Klinis",["Dokter jaga IGD (ER physician), RS PKU Muhammadiyah Yogyakarta — 2024 – sekarang","Anesthesia observer, RSUP Dr. Sardjito — 3 bulan, 2024"]),
 ("Interests",["Anesthesiology; pain medicine"]),
 ("Bahasa / Languages",["Indonesia, English, Jawa, Sunda"]),
 ("Referensi",["dr. Bambang Suryono, Sp.An-KNA — RSUP Dr. Sardjito — bambang.sur@ugm.ac.id — +62 274 587333"])])

# 15 Thailand Mahidol, plain text markdown-ish
add(n=15, layout="txt_markdown", fmt="txt",
 full_name="Kittipong Wongsuwan", title="Kittipong Wongsuwan, MD",
 email="kittipong.w@protonmail.com", phone_disp="+1-646-555-0177", phone_e164="+16465550177",
 address="Queens, NY 11373",
 medical_school="Mahidol University", medical_school_country="TH", graduation_year=2018, is_student=False,
 usmle_step1="pass", usmle_step2ck=255, usmle_step3=231, ecfmg_status="certified", visa_status="h1b",
 specialties=["Hematology/Oncology","Internal Medicine"], languages=["Thai","English"], publications=3,
 usce=[("hands_on","Internal Medicine","NY","2024-01","2024-03"),("research","Hematology/Oncology","NY","2024-04","2026-12")],
 sections=[
 ("Education",["- Doctor of Medicine, Faculty of Medicine Siriraj Hospital, Mahidol University, Bangkok (2012-2018; B.E. 2555-2561)","- Internal Medicine residency (Thai board, Diplomate Thai Board of IM), Siriraj Hospital (2019-2022)"]),
 ("Exams",["- USMLE Step 1: Pass","- USMLE Step 2 CK: 255","- USMLE Step 3: 231","- ECFMG certified (2023)"]),
 ("US Experience",["- Hands-on externship, Internal Medicine | Elmhurst Hospital Center, Queens, NY | 2024-01 - 2024-03","- Research Fellow, Hematology/Oncology | Memorial Sloan Kettering Cancer Center, New York, NY | 2024-04 - present (H-1B researcher)"]),
 ("Publications",["- Wongsuwan K, et al. Thalassemia iron overload in Thai adults. Ann Hematol. 2021;100:2211-8.","- Wongsuwan K, Chuncharunee S. CAR-T access in Thailand. Blood Adv. 2023;7(9):1765-70.","- Patel R, Wongsuwan K, et al. Minimal residual disease in myeloma. Blood. 2025;145(3):301-10.","- Abstract: ASH 2024 poster"]),
 ("Interests",["Hematology/Oncology (after IM residency)"]),
 ("Languages",["Thai, English"]),
 ("References",["- Dr. Rina Patel, MSKCC - patelr2@mskcc.org - 212-639-2000"])])

# 16 Nepal student, KUSMS, Chromium designed
add(n=16, layout="html_timeline", fmt="pdf",
 full_name="Anjali Shrestha", title="Anjali Shrestha",
 email="anjali.shrestha.kusms@gmail.com", phone_disp="+977 980-1122334", phone_e164="+9779801122334",
 address="Dhulikhel-7, Kavrepalanchok, Nepal",
 medical_school="Kathmandu University School of Medical Sciences", medical_school_country="NP", graduation_year=2027, is_student=True,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
 specialties=["Pediatrics","Neurology"], languages=["Nepali","Newari","English","Hindi"], publications=0,
 usce=[("observership","Pediatrics","OH","2026-05","2026-05"),("hands_on","Pediatrics","MO","2026-06","2026-07")],
 sections=[
 ("Education",["MBBS (final year) — Kathmandu University School of Medical Sciences, Dhulikhel — 2021 – expected 2027","Intermediate (+2 Science) — St. Xavier's College, Kathmandu — 2018 – 2020"]),
 ("Exams",["USMLE Step 1 — Pass (Jan 2026)"]),
 ("US Clinical Experience",["Observership, Pediatrics — Nationwide Children's Hospital, Columbus, OH — May 2026","Elective (hands-on clerkship), Pediatrics — Children's Mercy, Kansas City, MO — Jun 2026 – Jul 2026"]),
 ("Research & Presentations",["Poster: Neonatal sepsis in Dhulikhel Hospital — NEPAS conference 2025","Case report submitted: Japanese encephalitis in a 7-year-old (under review)"]),
 ("Interests",["Pediatrics; also considering Neurology"]),
 ("Languages",["Nepali, Newari (Nepal Bhasa), English, Hindi"]),
 ("References",["Dr. Rajesh Shakya, KUSMS Pediatrics — rshakya@kusms.edu.np"])])

# ---- scans ----
add(n=17, layout="scan_pdf_bd", fmt="scan_pdf",
 full_name="Md. Tanvir Hasan", title="Dr. Md. Tanvir Hasan",
 email="tanvir.hasan.cmc@gmail.com", phone_disp="+880 1819-445566", phone_e164="+8801819445566",
 address="Panchlaish, Chattogram 4203, Bangladesh",
 medical_school="Chittagong Medical College", medical_school_country="BD", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Internal Medicine"], languages=["Bengali","English"], publications=0,
 usce=[("hands_on","Internal Medicine","NJ","2025-01","2025-02")],
 sections=[
 ("Education",["MBBS - Chittagong Medical College (University of Chittagong) - 2014-2020","Internship - CMC Hospital - 2020-2021"]),
 ("USMLE",["Step 1: Pass   Step 2 CK: 233   ECFMG: Certified 2024   Visa: J-1 needed"]),
 ("US Clinical Experience",["Hands-on externship, Internal Medicine - St. Joseph's University Medical Center, Paterson, NJ - 01/2025 - 02/2025"]),
 ("Work",["Medical Officer, Chattogram Maa-O-Shishu Hospital - 2021-present"]),
 ("Interests",["Internal Medicine"]),
 ("Languages",["Bangla, English"]),
 ("Reference",["Prof. Aminur Rahman - CMC - aminur.r@cmc.gov.bd"])])

add(n=18, layout="scan_photo_ph", fmt="scan_jpg",
 full_name="Kristine Joy Villanueva", title="KRISTINE JOY VILLANUEVA, MD",
 email="kjvillanueva.md@gmail.com", phone_disp="+63 905 112 7788", phone_e164="+639051127788",
 address="Cebu City, Philippines",
 medical_school="Cebu Doctors' University", medical_school_country="PH", graduation_year=2021, is_student=False,
 usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Family Medicine"], languages=["English","Filipino","Cebuano"], publications=0,
 usce=[("observership","Family Medicine","CA","2024-09","2024-10")],
 sections=[
 ("Education",["Doctor of Medicine - Cebu Doctors' University College of Medicine - 2017-2021","BS Nursing (pre-med) - Cebu Doctors' University - 2013-2017","Post-graduate internship - Vicente Sotto Memorial Medical Center - 2021-2022"]),
 ("Exams",["USMLE Step 1: PASSED  |  Step 2 CK: 240  |  ECFMG certified (2024)"]),
 ("USCE",["Observership, Family Medicine - Kaiser Permanente, Fontana, CA - Sept-Oct 2024"]),
 ("Interests",["Family Medicine. J1 visa."]),
 ("Languages",["English, Filipino, Cebuano (Bisaya)"]),
 ("References",["Dr. Lourdes Tan - CDU - lourdes.tan@cdu.edu.ph"])])

add(n=19, layout="scan_png_my", fmt="scan_png",
 full_name="Lim Wei Jie", title="LIM WEI JIE",
 email="weijie.lim.ukm@gmail.com", phone_disp="+60 16-778 9012", phone_e164="+60167789012",
 address="Cheras, Kuala Lumpur",
 medical_school="Universiti Kebangsaan Malaysia", medical_school_country="MY", graduation_year=2020, is_student=False,
 usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["Radiology"], languages=["English","Malay","Mandarin","Cantonese"], publications=1,
 usce=[("observership","Radiology","TX","2025-03","2025-04")],
 sections=[
 ("Education",["MD (Doktor Perubatan) - Universiti Kebangsaan Malaysia - 2015-2020","Housemanship - Hospital Canselor Tuanku Muhriz - 2020-2022"]),
 ("Exams",["USMLE Step 1 Pass, Step 2 CK 250, ECFMG certified, J1 visa required"]),
 ("US Experience",["Observership, Radiology - MD Anderson Cancer Center, Houston, TX - 03/2025-04/2025"]),
 ("Publication",["Lim WJ, et al. CT findings in melioidosis. Med J Malaysia. 2023;78(2):190-5."]),
 ("Interests",["Diagnostic Radiology"]),
 ("Languages",["English, Bahasa Malaysia, Mandarin, Cantonese"])])

add(n=20, layout="scan_pdf_mm", fmt="scan_pdf",
 full_name="Thiri Htun", title="Dr. Thiri Htun",
 email="thiri.htun.umm@gmail.com", phone_disp="+95 9 4420 98765", phone_e164="+959442098765",
 address="Chanayethazan Township, Mandalay, Myanmar",
 medical_school="University of Medicine, Mandalay", medical_school_country="MM", graduation_year=2019, is_student=False,
 usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status=None,
 specialties=["Psychiatry"], languages=["Burmese","English"], publications=0,
 usce=[],
 sections=[
 ("Education",["M.B.,B.S. - University of Medicine, Mandalay - 2012-2019 (house surgeon year included)"]),
 ("Exams",["USMLE Step 1: Pass (2025). Step 2 CK: scheduled. ECFMG: pending."]),
 ("Experience",["Assistant Surgeon, Mandalay General Hospital - 2019-2021","Volunteer physician, mental health NGO, Mae Sot, Thailand - 2022-present"]),
 ("Interests",["Psychiatry"]),
 ("Languages",["Myanmar (Burmese), English"]),
 ("Reference",["Dr. Naw Paw - npaw.mhngo@gmail.com"])])

add(n=21, layout="scan_photo_vn", fmt="scan_jpg",
 full_name="Lê Văn Hùng", title="LÊ VĂN HÙNG",
 email="levanhung.hue@gmail.com", phone_disp="+84 935 246 810", phone_e164="+84935246810",
 address="Thành phố Huế, Việt Nam",
 medical_school="Hue University of Medicine and Pharmacy", medical_school_country="VN", graduation_year=2019, is_student=False,
 usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
 specialties=["General Surgery"], languages=["Vietnamese","English"], publications=0,
 usce=[("hands_on","General Surgery","FL","2024-10","2024-12")],
 sections=[
 ("Education",["Bác sĩ Đa khoa (MD) - Hue University of Medicine and Pharmacy - 2013-2019"]),
 ("Exams",["USMLE Step 1: Pass; Step 2 CK: 226; ECFMG certified; J-1"]),
 ("US Clinical Experience",["Hands-on externship, General Surgery - Larkin Community Hospital, Miami, FL - Oct-Dec 2024"]),
 ("Work",["Surgeon (bác sĩ ngoại), Hue Central Hospital - 2019-present"]),
 ("Interests",["General Surgery"]),
 ("Languages",["Tiếng Việt (Vietnamese), English"])])

# ---- extra generic sections to make several CVs run to 2+ pages ----
_EXTRA = {
 1: [("Core Clerkship Rotations (UST Hospital, 2021–2022)", ["Internal Medicine — 8 weeks (06/2021 – 07/2021)", "Surgery — 8 weeks (08/2021 – 09/2021)", "Pediatrics — 6 weeks (10/2021 – 11/2021)", "Obstetrics & Gynecology — 6 weeks (11/2021 – 12/2021)", "Family & Community Medicine — 4 weeks (01/2022)", "Psychiatry, Neurology, Ophthalmology, ENT — 2 weeks each (02/2022 – 04/2022)"]),
     ("Certifications", ["BLS & ACLS Provider — Philippine Heart Association (valid to 03/2026)", "Good Clinical Practice (GCP) — NIDA Clinical Trials Network, 2023"]),
     ("Awards", ["Dean's Lister, Faculty of Medicine and Surgery (2019–2022)", "Best Case Presentation, Department of Medicine Grand Rounds, 2022"]),
     ("Leadership & Volunteer Work", ["Medical volunteer, Typhoon Odette relief mission, Siargao — 12/2021 – 01/2022", "Vice President, UST Medicine Student Council — 2020–2021", "Tutor, pharmacology review sessions for first-year students — 2019–2021"]),
     ("Skills", ["EMR: Epic (observer access), HOMIS; ECG interpretation; point-of-care ultrasound (basic)", "Microsoft Office, SPSS, REDCap"])],
 3: [("Clinical Rotations (Kepaniteraan Klinik, RSCM)", ["Ilmu Penyakit Dalam (Internal Medicine) — 10 weeks, 2019", "Ilmu Kesehatan Anak (Pediatrics) — 10 weeks, 2019–2020", "Bedah (Surgery) — 10 weeks, 2020", "Obstetri & Ginekologi — 10 weeks, 2020", "Neurologi, Psikiatri, Kulit & Kelamin, Mata, THT — 4 weeks each, 2020–2021"]),
     ("Awards & Grants", ["Lulusan Terbaik (Best Graduate), FKUI Class of 2021", "LPDP Scholarship awardee (research year), 2023"]),
     ("Certifications", ["ATLS (Advanced Trauma Life Support) — 2022", "ACLS — Perki, 2022", "PALS — 2023"]),
     ("Volunteer", ["Relawan Covid-19, Wisma Atlet Emergency Hospital, Jakarta — 06/2021 – 09/2021", "Health camp volunteer, Nusa Tenggara Timur — 2022"]),
     ("Skills", ["R, STATA, SPSS; REDCap; systematic review methods (Covidence)"])],
 9: [("Clinical Rotations (University of Colombo)", ["Professorial Medicine — 8 weeks, 2019", "Professorial Surgery — 8 weeks, 2019", "Paediatrics — 8 weeks, Lady Ridgeway Hospital, 2019–2020", "Obstetrics & Gynaecology — 8 weeks, De Soysa Hospital for Women, 2020", "Psychiatry — 4 weeks, National Institute of Mental Health, Angoda, 2020"]),
     ("Teaching", ["Demonstrator, Department of Physiology, University of Colombo — 2021", "Instructor, ultrasound workshop for house officers — 2023, 2024"]),
     ("Certifications", ["ACLS, PALS — AHA (2025)", "ATLS — College of Surgeons of Sri Lanka (2023)", "Point-of-care ultrasound certificate — 2024"]),
     ("Awards", ["Gold Medal in Forensic Medicine, Final MBBS", "Best Poster, SLMA Annual Academic Sessions 2023"]),
     ("Volunteer", ["Medical officer volunteer, Aragalaya first-aid camp, Galle Face — 04/2022 – 07/2022", "St John Ambulance Sri Lanka — 2016 – 2020"]),
     ("Hobbies", ["Cricket (university team), hiking in the Knuckles range, photography"])],
 13: [("Teaching & Service", ["Teaching assistant, Internal Medicine clerkship, UMP — 2021 – 2023", "Volunteer physician, COVID-19 field hospital No. 16, Thủ Đức — 07/2021 – 10/2021"]),
      ("Awards", ["Best Abstract (Young Investigator), Vietnam Heart Association Congress 2022", "MGH Cardiology Research Day poster award 2024"]),
      ("Skills", ["Echocardiography (basic TTE), ECG, R / Python / SAS; REDCap; Epic"]),
      ("Certifications", ["ACLS/BLS — AHA 2025", "CITI Human Subjects Research — 2023"])],
}
for _p in P:
    if _p['n'] in _EXTRA:
        _s = _p['sections']; _i = max(0, len(_s) - 2)
        _p['sections'] = _s[:_i] + _EXTRA[_p['n']] + _s[_i:]
