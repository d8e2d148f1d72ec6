# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w118.

Each person: 'cv' = what is printed (name, native-script line, contact lines,
sections), 'truth' = what a careful reader extracts.  The truth is typed by
hand here, NOT derived from the cv text.
Section entry forms:  str -> paragraph / bullet;  (title, dates, [detail lines]) -> dated entry.
"""

P = {}

# ---------------------------------------------------------------- 01 Turkey
P["001"] = dict(
    layout="lo_docx_classic",
    cv=dict(
        name="Dr. Zeynep Gülşen Aydoğdu, MD",
        native=None,
        contact=["Tel: +90 (532) 418 27 63", "E-posta / Email: zeynep.aydogdu@gmail.com",
                 "Adres: Bahçelievler Mah. 7. Cad. No:14/3, Çankaya, Ankara, Türkiye", "Doğum yılı / Born: 1997"],
        sections=[
            ("Kariyer Hedefi / Objective", [
                "Türk hekim, seeking a categorical Internal Medicine residency position in the United States (Match 2027). J-1 visa sponsorship required."]),
            ("Eğitim / Education", [
                ("Doctor of Medicine (Tıp Doktoru), Hacettepe Üniversitesi Tıp Fakültesi, Ankara", "Eylül 2016 – Haziran 2022", ["English-medium program; GPA 3.41/4.00"]),
                ("Ankara Fen Lisesi (high school)", "2012 – 2016", []),
            ]),
            ("Sınavlar / Examinations", [
                "USMLE Step 1: PASS (first attempt, 02/2024)",
                "USMLE Step 2 CK: 248 (first attempt, 09/2024)",
                "NBME CBSSA practice form 30: 251 (not an official score)",
                "TUS (Tıpta Uzmanlık Sınavı) 2024-1: 71.25 puan, sıralama 1.842 — Turkish national residency exam",
                "ECFMG Certification: certified (November 2024)",
            ]),
            ("Deneyim / Clinical Experience", [
                ("Pratisyen Hekim — Mecburi Hizmet (state compulsory service), Siverek Devlet Hastanesi, Şanlıurfa", "08.2022 – 08.2024",
                 ["Emergency and outpatient internal medicine, ~60 patients/day", "On-call coverage of a 120-bed district hospital"]),
                ("Clinical Observer, Department of Internal Medicine, Cleveland Clinic, Cleveland, Ohio, USA", "Mar 2025 – Apr 2025",
                 ["Observed inpatient hospital medicine teams; attended morning report and noon conferences"]),
                ("İntörn Doktor (final-year internship), Hacettepe Üniversitesi Hastaneleri", "2021 – 2022", []),
            ]),
            ("Yayınlar / Publications", [
                "1. Aydoğdu ZG, Korkmaz H, Ertuğrul A. Hyponatremia in elderly patients admitted to a rural Turkish hospital. Turk J Med Sci. 2024;54(3):611-618.",
                "2. Yalçın B, Aydoğdu ZG, Şimşek E. Brucellosis presenting as fever of unknown origin: a case series. Infect Dis Clin Pract. 2025;33(2):e1412.",
                "Poster: Aydoğdu ZG. Metformin-associated lactic acidosis. Turkish Society of Internal Medicine Congress, Antalya, 2023 (poster).",
            ]),
            ("Yabancı Dil / Languages", ["Türkçe (Turkish) — ana dil / native", "İngilizce (English) — C1, YDS 92.5", "Almanca (German) — B1"]),
            ("Referanslar / References", [
                "Prof. Dr. Hakan Korkmaz, Hacettepe Üniversitesi İç Hastalıkları AD — hkorkmaz@hacettepe.edu.tr — +90 312 305 10 00",
            ]),
        ]),
    truth=dict(full_name="Zeynep Gülşen Aydoğdu", email="zeynep.aydogdu@gmail.com", phone_e164="+905324182763",
               medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Internal Medicine"], languages=["Turkish", "English", "German"], publications=2,
               usce_entries=[dict(type="observership", specialty="Internal Medicine", state="OH", start="2025-03", end="2025-04")]),
)

# ---------------------------------------------------------------- 02 Iran (Persian bilingual, Chromium)
P["002"] = dict(
    layout="chromium_persian_bilingual",
    cv=dict(
        name="Mohammadreza Karimi",
        native="محمدرضا کریمی",
        contact=["Passport name: KARIMI, MOHAMMADREZA", "Email: m.kareemi.neuro@gmail.com",
                 "Mobile / WhatsApp: +98 912 345 6789", "Shiraz, Iran"],
        sections=[
            ("تحصیلات — Education", [
                ("Doctor of Medicine (MD), Shiraz University of Medical Sciences, Shiraz, Iran", "۱۳۹۳–۱۴۰۰ / 1393–1400 (2014–2021)",
                 ["دکترای حرفه‌ای پزشکی — professional doctorate in medicine", "Thesis: Seizure recurrence after first unprovoked seizure in adults"]),
            ]),
            ("آزمون‌ها — Examinations", [
                "USMLE Step 1 — Pass (2023)",
                "USMLE Step 2 CK — 241 (2024)",
                "Iranian National Residency Entrance Exam (آزمون دستیاری) 1401 — rank 312 nationally",
                "OET Medicine — pending",
                "ECFMG certification: pending (awaiting OET result)",
            ]),
            ("سوابق بالینی — Clinical Experience", [
                ("General Practitioner, طرح (Tarh, mandatory public-health service), Lar Health Network, Fars Province", "1400–1402 (2021–2023)",
                 ["Rural emergency department and family-physician program"]),
                ("Research Volunteer, Department of Neurology, Massachusetts General Hospital, Boston, MA", "06/2024 – 02/2025",
                 ["Epilepsy outcomes database; EEG annotation"]),
                ("Clinical Observer, Neurology, University of Michigan Health, Ann Arbor, MI", "03/2025 – 04/2025",
                 ["Stroke and neuromuscular services, inpatient consults"]),
            ]),
            ("Career goal", ["Applying to Neurology residency in the United States. Currently in the US on a B1/B2 visitor visa."]),
            ("مقالات — Publications (peer-reviewed)", [
                "Karimi M, Asadi-Pooya AA. Drug-resistant epilepsy in southern Iran. Epilepsy Behav. 2022;129:108601.",
                "Karimi MR, et al. Status epilepticus outcomes in Fars. Seizure. 2023;107:45-51.",
                "Nemati R, Karimi MR. Functional seizures in adolescents. Neurol Sci. 2023;44:2211-2218.",
                "Karimi M, Hosseini S. Migraine and sleep quality in medical students. Iran J Neurol. 2021;20(4):150-156.",
                "Submitted: Karimi MR, et al. EEG biomarkers after first seizure. (under review, Neurology)",
            ]),
            ("زبان‌ها — Languages", ["Persian / فارسی (native)", "English (fluent; IELTS 7.5)", "Arabic (reading)"]),
            ("Referee", ["Dr. Ali A. Asadi-Pooya — neurology department, Shiraz — +98 71 3230 5410 — referee.neuro@sums.example.ir"]),
        ]),
    truth=dict(full_name="Mohammadreza Karimi", email="m.kareemi.neuro@gmail.com", phone_e164="+989123456789",
               medical_school="Shiraz University of Medical Sciences", medical_school_country="IR", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="pending",
               visa_status="b1b2", specialties=["Neurology"], languages=["Persian", "English", "Arabic"], publications=4,
               usce_entries=[dict(type="research", specialty="Neurology", state="MA", start="2024-06", end="2025-02"),
                             dict(type="observership", specialty="Neurology", state="MI", start="2025-03", end="2025-04")]),
)

# ---------------------------------------------------------------- 03 Armenia (fpdf2)
P["003"] = dict(
    layout="fpdf2_armenian",
    cv=dict(
        name="Anahit Grigoryan, MD",
        native="Անահիտ Գրիգորյան",
        contact=["anahit.grigorian@mail.am", "+374 91 234567", "Yerevan, Armenia"],
        sections=[
            ("Profile", ["Obstetrician-gynecologist (Armenian board-certified) applying for Obstetrics and Gynecology residency. Email spelling 'Grigorian' is the older transliteration of my surname."]),
            ("Medical Education", [
                ("MD (General Medicine), Yerevan State Medical University after Mkhitar Heratsi", "2014 – 2020", ["Yerevan, Armenia"]),
                ("Clinical Ordinatura (residency), Obstetrics & Gynecology, Shengavit Medical Center", "2020 – 2023", ["Yerevan"]),
            ]),
            ("USMLE", ["Step 1: Pass", "Step 2 CK: 233", "ECFMG certified (2024)"]),
            ("Work Experience", [
                ("Obstetrician-Gynecologist, Erebouni Medical Center, Yerevan", "Sept 2023 – present", ["Labor ward, high-risk pregnancy clinic"]),
                ("Hands-on Externship, Obstetrics & Gynecology, Valley Community Hospital, Glendale, CA", "Jan 2025 – Feb 2025",
                 ["Admitted and followed labor patients under supervision; wrote progress notes"]),
            ]),
            ("Publications", ["Grigoryan A, Hakobyan T. Preeclampsia screening in Armenia. Int J Gynaecol Obstet. 2023;160(2):512-517.",
                              "Abstract: Grigoryan A. Cesarean rates in Yerevan. FIGO Congress 2023 (abstract)."]),
            ("Languages", ["Armenian (native) · Russian (fluent) · English (fluent) · French (intermediate)"]),
            ("Reference", ["Dr. Tigran Hakobyan, Head of OB/GYN, Erebouni MC — t.hakobyan@erebouni.example.am — +374 10 47 11 00"]),
        ]),
    truth=dict(full_name="Anahit Grigoryan", email="anahit.grigorian@mail.am", phone_e164="+37491234567",
               medical_school="Yerevan State Medical University after Mkhitar Heratsi", medical_school_country="AM", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified",
               visa_status=None, specialties=["Obstetrics and Gynecology"], languages=["Armenian", "Russian", "English", "French"],
               publications=1,
               usce_entries=[dict(type="hands_on", specialty="Obstetrics and Gynecology", state="CA", start="2025-01", end="2025-02")]),
)

# ---------------------------------------------------------------- 04 Georgia (reportlab)
P["004"] = dict(
    layout="reportlab_platypus",
    cv=dict(
        name="Nino Beridze",
        native="ნინო ბერიძე",
        contact=["nberidze.md@gmail.com", "+995 599 12 34 56", "Tbilisi, Georgia"],
        sections=[
            ("Career Interest", ["Pediatrics — categorical residency, 2027 Match. Currently hold a valid US B1/B2 visa."]),
            ("Education", [
                ("MD, Tbilisi State Medical University (TSMU), Tbilisi, Georgia", "2017 – 2023", ["6-year English-language MD program"]),
            ]),
            ("USMLE / ECFMG", ["Step 1 — Pass (May 2023)", "Step 2 CK — 252 (Dec 2023)", "UWSA2 — 260 (practice)", "ECFMG — Certified (Feb 2024)"]),
            ("US Clinical Experience", [
                ("Observership, Pediatrics, Lurie Children's Hospital, Chicago, IL", "09/2024 – 10/2024", ["General pediatrics wards and NICU rounds"]),
                ("Tele-rotation (virtual, telehealth), Pediatrics, Lone Star Pediatric Telehealth, Dallas, TX", "Jan 2025 (4 weeks)", ["Remote case presentations"]),
            ]),
            ("Clinical Experience — Georgia", [
                ("Junior doctor, M. Iashvili Children's Central Hospital, Tbilisi", "2023 – present", ["Emergency pediatrics"]),
            ]),
            ("Research", ["Poster: Beridze N. RSV seasonality in Tbilisi. European Academy of Paediatrics 2024 (poster).", "No peer-reviewed publications yet."]),
            ("Languages", ["Georgian (native), Russian (fluent), English (fluent)"]),
        ]),
    truth=dict(full_name="Nino Beridze", email="nberidze.md@gmail.com", phone_e164="+995599123456",
               medical_school="Tbilisi State Medical University", medical_school_country="GE", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified",
               visa_status="b1b2", specialties=["Pediatrics"], languages=["Georgian", "Russian", "English"], publications=0,
               usce_entries=[dict(type="observership", specialty="Pediatrics", state="IL", start="2024-09", end="2024-10"),
                             dict(type="telehealth", specialty="Pediatrics", state="TX", start="2025-01", end="2025-01")]),
)

# ---------------------------------------------------------------- 05 Azerbaijan (plain text)
P["005"] = dict(
    layout="plaintext",
    cv=dict(
        name="Elvin Məmmədov",
        native="(passport: MAMMADOV ELVIN)",
        contact=["e-mail: elvin.mammadov94@mail.ru", "mob.: +994 50 123 45 67", "Bakı / Baku, Azərbaycan"],
        sections=[
            ("OBJECTIVE", ["Internal Medicine residency with later Cardiology fellowship. J-1 visa sponsorship required."]),
            ("TƏHSİL / EDUCATION", [
                ("Azərbaycan Tibb Universiteti (Azerbaijan Medical University), Baku — Medical Faculty I, Physician (MD equivalent)", "2012-2018", []),
                ("Residency (rezidentura), Cardiology, Scientific-Research Institute of Cardiology, Baku", "2018-2021", []),
            ]),
            ("USMLE", ["Step 1 ........ 228 (2021)", "Step 2 CK ..... 235 (2022)", "ECFMG certificate: certified, 2022"]),
            ("İŞ TƏCRÜBƏSİ / WORK", [
                ("Cardiologist, Central Clinical Hospital, Baku", "09.2021-present", ["Echocardiography, CCU duty"]),
                ("Military medical service, Azerbaijan Armed Forces (mandatory)", "2011-2012", []),
            ]),
            ("PUBLICATIONS (peer reviewed)", [
                "1) Mammadov E, Aliyev F. Atrial fibrillation in Azerbaijani adults. Azerbaijan Med J. 2020;4:33-38.",
                "2) Mammadov E et al. Rheumatic heart disease prevalence in Ganja. Cardiol Young. 2021;31(9):1410-1415.",
                "3) Aliyev F, Mammadov E. Statin adherence after MI. Anatol J Cardiol. 2023;27(5):270-276.",
                "Talks: 2 oral presentations at Azerbaijan Cardiology Society congress (2022, 2023).",
            ]),
            ("DİLLƏR / LANGUAGES", ["Azerbaijani (native), Turkish (fluent), Russian (fluent), English (advanced)"]),
            ("REFEREES", ["Prof. Farid Aliyev - f.aliyev@cardio.example.az - +994 12 498 00 00"]),
        ]),
    truth=dict(full_name="Elvin Məmmədov", email="elvin.mammadov94@mail.ru", phone_e164="+994501234567",
               medical_school="Azerbaijan Medical University", medical_school_country="AZ", graduation_year=2018,
               is_student=False, usmle_step1=228, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Internal Medicine", "Cardiology"],
               languages=["Azerbaijani", "Turkish", "Russian", "English"], publications=3, usce_entries=[]),
)

# ---------------------------------------------------------------- 06 Afghanistan (docx tables)
P["006"] = dict(
    layout="docx_tables",
    cv=dict(
        name="Farzana Ahmadzai",
        native="فرزانه احمدزی",
        contact=["Email: farzana.ahmadzai.md@gmail.com", "Phone: (571) 483-0172", "Alexandria, VA 22304, USA",
                 "Status: US Permanent Resident (Green Card)"],
        sections=[
            ("Specialty interests", ["Family Medicine; Pediatrics"]),
            ("Education", [
                ("Doctor of Medicine (MD), Kabul University of Medical Sciences (formerly Kabul Medical University), Kabul, Afghanistan", "2012 – 2019", []),
            ]),
            ("Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 239", "ECFMG: Certified (2023)"]),
            ("US Clinical Experience", [
                ("Clinical Externship (hands-on), Family Medicine, Northern Virginia Family Practice, Alexandria, VA", "Feb 2024 – May 2024", ["Saw patients independently and presented to attending; EMR notes"]),
                ("Observership, Pediatrics, Children's National Hospital, Washington, DC", "Jul 2024 – Aug 2024", []),
            ]),
            ("Other Experience", [
                ("Medical Interpreter (Dari/Pashto), Inova Health System, Fairfax, VA", "2022 – 2023", ["Non-physician role"]),
                ("General Physician, Malalai Maternity Hospital, Kabul", "2019 – 2021", []),
            ]),
            ("Publications", ["Ahmadzai F, Sadat M. Neonatal sepsis in Kabul. BMC Pediatr. 2021;21:388."]),
            ("Languages", ["Dari (native), Pashto (fluent), English (fluent), Urdu (conversational)"]),
        ]),
    truth=dict(full_name="Farzana Ahmadzai", email="farzana.ahmadzai.md@gmail.com", phone_e164="+15714830172",
               medical_school="Kabul University of Medical Sciences", medical_school_country="AF", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified",
               visa_status="green_card", specialties=["Family Medicine", "Pediatrics"],
               languages=["Dari", "Pashto", "English", "Urdu"], publications=1,
               usce_entries=[dict(type="hands_on", specialty="Family Medicine", state="VA", start="2024-02", end="2024-05"),
                             dict(type="observership", specialty="Pediatrics", state="DC", start="2024-07", end="2024-08")]),
)

# ---------------------------------------------------------------- 07 Turkey (chromium sidebar)
P["007"] = dict(
    layout="chromium_sidebar",
    cv=dict(
        name="Emre Çelikkaya",
        native=None,
        contact=["emre.celikkaya@hotmail.com", "+90 505 671 22 94", "İzmir, Türkiye", "linkedin.com/in/emrecelikkaya"],
        sections=[
            ("Hedef / Goal", ["Emergency Medicine residency (US). Acil Tıp asistanı in Türkiye."]),
            ("Eğitim", [
                ("Tıp Doktoru (MD), Ege Üniversitesi Tıp Fakültesi, İzmir", "2015 – 2021", []),
            ]),
            ("Sınavlar", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 244", "TUS 2023-2 — sıralama 3.105 (Turkish residency exam)", "ECFMG — Certified"]),
            ("Deneyim", [
                ("Acil Tıp Araştırma Görevlisi (EM resident), Dokuz Eylül Üniversitesi Hastanesi, İzmir", "Mart 2024 – devam ediyor", []),
                ("Mecburi Hizmet — Pratisyen Hekim, Yüksekova Devlet Hastanesi, Hakkari", "Ağu 2021 – Şub 2024", ["Sole ED physician on night shifts; trauma stabilisation"]),
                ("Observership, Emergency Medicine, Maimonides Medical Center, Brooklyn, NY", "Jul 2025 – Aug 2025", []),
            ]),
            ("Yayınlar", [
                "Çelikkaya E, Uçar Ö. Carbon monoxide poisoning from coal stoves. Turk J Emerg Med. 2023;23(2):101-106.",
                "Uçar Ö, Çelikkaya E. Snakebite envenomation in eastern Anatolia. Wilderness Environ Med. 2024;35(1):44-50.",
                "Oral presentation: Trauma triage in a border hospital. Acil Tıp Kongresi 2023.",
            ]),
            ("Yabancı Dil", ["Türkçe — anadil", "İngilizce — ileri (C1)", "Kürtçe (Kurmanji) — temel"]),
        ]),
    truth=dict(full_name="Emre Çelikkaya", email="emre.celikkaya@hotmail.com", phone_e164="+905056712294",
               medical_school="Ege University Faculty of Medicine", medical_school_country="TR", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
               visa_status=None, specialties=["Emergency Medicine"], languages=["Turkish", "English", "Kurdish"], publications=2,
               usce_entries=[dict(type="observership", specialty="Emergency Medicine", state="NY", start="2025-07", end="2025-08")]),
)

# ---------------------------------------------------------------- 08 Iran (RTF)
P["008"] = dict(
    layout="rtf_handwritten",
    cv=dict(
        name="Sara Hosseini",
        native="سارا حسینی",
        contact=["Email: sarah.hosseyni@yahoo.com  (old spelling)", "Cell: 0935 412 7780 (Iran, +98)", "Tehran, Iran"],
        sections=[
            ("Objective", ["Internal Medicine residency; long-term interest in Endocrinology."]),
            ("Education (تحصیلات)", [
                ("MD, Tehran University of Medical Sciences (TUMS), Tehran", "1394–1401 (2015–2022)", []),
            ]),
            ("Examinations", ["USMLE Step 1: PASS (2024)", "USMLE Step 2 CK: scheduled February 2027", "ECFMG certification: pending (Step 2 CK outstanding)", "Iranian residency exam (آزمون دستیاری) 1402: rank 1,104"]),
            ("Experience", [
                ("General Practitioner — Tarh (طرح نیروی انسانی, mandatory service), Zanjan University of Medical Sciences", "1401–1403 (2022–2024)", []),
                ("Research Fellow, Division of Endocrinology, Diabetes & Metabolism, Johns Hopkins University, Baltimore, MD", "10/2025 – present", ["Thyroid nodule AI project"]),
            ]),
            ("Publications", [
                "1. Hosseini S, et al. Vitamin D status in Tehran. Endocr Pract. 2021;27:1001-1006.",
                "2. Hosseini S, Rahimi A. Gestational diabetes screening. J Diabetes Res. 2022;2022:5512345.",
                "3. Hosseini S. Thyroid nodules in iodine-sufficient areas. Thyroid Res. 2023;16:9.",
                "4. Karimi M, Hosseini S. Migraine and sleep quality in medical students. Iran J Neurol. 2021;20(4):150-156.",
                "5. Hosseini S, et al. Metformin and B12. Arch Iran Med. 2024;27(1):20-25.",
                "In preparation (2): thyroid ultrasound AI; PCOS cohort.",
            ]),
            ("Languages", ["Persian (native), English (fluent), Azerbaijani (Azeri Turkish, conversational)"]),
        ]),
    truth=dict(full_name="Sara Hosseini", email="sarah.hosseyni@yahoo.com", phone_e164="+989354127780",
               medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               visa_status=None, specialties=["Internal Medicine", "Endocrinology"],
               languages=["Persian", "English", "Azerbaijani"], publications=5,
               usce_entries=[dict(type="research", specialty="Endocrinology", state="MD", start="2025-10", end="2026-12")]),
)

# ---------------------------------------------------------------- 09 Georgia student (ODT -> PDF)
P["009"] = dict(
    layout="lo_odt_pdf",
    cv=dict(
        name="Giorgi Kapanadze",
        native="გიორგი კაპანაძე",
        contact=["giorgi.kapanadze01@gmail.com", "+995 551 20 30 40", "Tbilisi"],
        sections=[
            ("Summary", ["Sixth-year medical student interested in General Surgery. Will require a B1/B2 visa for US clinical rotations. ECFMG status: not certified (student)."]),
            ("Education", [("MD program (year 6 of 6), David Tvildiani Medical University (DTMU), Tbilisi, Georgia", "2021 – expected June 2027", [])]),
            ("Exams", ["USMLE Step 1 — passed 04/2026", "Step 2 CK — not yet taken"]),
            ("Clinical", [("Student assistant, Surgery dept., Aversi Clinic, Tbilisi", "2025-09 – present", ["Georgian clinical clerkships only; no US experience yet"])]),
            ("Languages", ["Georgian – native; English – C1; Russian – B2; German – A2"]),
        ]),
    truth=dict(full_name="Giorgi Kapanadze", email="giorgi.kapanadze01@gmail.com", phone_e164="+995551203040",
               medical_school="David Tvildiani Medical University", medical_school_country="GE", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
               visa_status="b1b2", specialties=["General Surgery"], languages=["Georgian", "English", "Russian", "German"],
               publications=0, usce_entries=[]),
)

# ---------------------------------------------------------------- 10 Turkey (docx, contacts only in header/footer)
P["010"] = dict(
    layout="docx_headerfooter",
    cv=dict(
        name="Ayşe Nur Kılıç",
        native=None,
        contact=["aysenur.kilic@gmail.com", "+90 544 903 16 58"],
        sections=[
            ("Özet / Summary", ["Turkish board-certified pediatrician (Çocuk Sağlığı ve Hastalıkları Uzmanı) applying for Pediatrics residency; H-1B visa sponsorship required."]),
            ("Eğitim / Education", [
                ("Tıp Doktoru, Ankara Üniversitesi Tıp Fakültesi", "09/2013 – 06/2019", []),
                ("Uzmanlık eğitimi (Residency), Pediatrics, Ankara Bilkent Şehir Hastanesi", "01/2021 – 01/2025", []),
            ]),
            ("USMLE & ECFMG", ["Step 1: Pass", "Step 2 CK: 251", "Step 3: 226", "ECFMG: Certified", "TUS 2020-1: 74.8 puan (Turkish exam, not USMLE)"]),
            ("Deneyim / Experience", [
                ("Mecburi Hizmet (compulsory service), Van Eğitim ve Araştırma Hastanesi", "07/2019 – 12/2020", []),
                ("Çocuk Sağlığı ve Hastalıkları Uzmanı, Gaziantep Şehir Hastanesi", "02/2025 – present", []),
                ("Observership, Pediatrics, Texas Children's Hospital, Houston, TX", "03/2026 – 04/2026", []),
            ]),
            ("Yayınlar / Publications", [
                "Six peer-reviewed articles (first author in 3), e.g.:",
                "1. Kılıç AN, et al. Kawasaki disease in Ankara. Turk J Pediatr. 2022;64:10-17.",
                "2. Kılıç AN, Demir S. MIS-C outcomes. Pediatr Infect Dis J. 2023;42:e101-e106.",
                "3. Demir S, Kılıç AN. Iron deficiency in refugees. J Trop Pediatr. 2023;69:fmad012.",
                "4. Kılıç AN. Febrile infants in Van. Eur J Pediatr. 2024;183:455-461.",
                "5. Yıldız E, Kılıç AN. Bronchiolitis HFNC. Pediatr Pulmonol. 2024;59:880-886.",
                "6. Kılıç AN, et al. Measles resurgence. Vaccine. 2025;43:126501.",
            ]),
            ("Yabancı Dil / Languages", ["Türkçe (native), English (YDS 88), Français (B1)"]),
        ]),
    truth=dict(full_name="Ayşe Nur Kılıç", email="aysenur.kilic@gmail.com", phone_e164="+905449031658",
               medical_school="Ankara University Faculty of Medicine", medical_school_country="TR", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=251, usmle_step3=226, ecfmg_status="certified",
               visa_status="h1b", specialties=["Pediatrics"], languages=["Turkish", "English", "French"], publications=6,
               usce_entries=[dict(type="observership", specialty="Pediatrics", state="TX", start="2026-03", end="2026-04")]),
)

# ---------------------------------------------------------------- 11 Iran (RTF -> LibreOffice PDF)
P["011"] = dict(
    layout="lo_rtf_pdf",
    cv=dict(
        name="Amirhossein Rahimi",
        native="امیرحسین رحیمی",
        contact=["amirhosein.rahimi@gmail.com", "+98 915 220 4471", "Mashhad, Khorasan Razavi, Iran"],
        sections=[
            ("Goal", ["Internal Medicine residency, then Gastroenterology fellowship. Will need J-1 visa."]),
            ("Education", [("MD, Mashhad University of Medical Sciences", "1392–1399 (2013–2020)", ["Ranked top 5% of class"])]),
            ("Tests", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 259", "ECFMG certified (2023)", "Iranian residency exam 1400 — rank 87 (not taken up)"]),
            ("Experience", [
                ("GP, Tarh (mandatory service), Zahedan, Sistan-Baluchestan", "1399–1401 (2020–2022)", []),
                ("General Practitioner, Imam Reza Hospital, Mashhad", "2022 – 2025", []),
                ("Observership, Gastroenterology, Baylor St. Luke's Medical Center, Houston, TX", "4 weeks, starting 2 June 2025", ["ERCP/endoscopy suite, GI consult service"]),
                ("Clinical Research Volunteer, Internal Medicine, Houston Methodist Hospital, Houston, TX", "Jan 2026 – present", []),
            ]),
            ("Publications", [
                "Rahimi A, et al. H. pylori eradication in Mashhad. Helicobacter. 2021;26:e12800.",
                "Rahimi A, Ghaffarzadegan K. Gastric cancer in NE Iran. Middle East J Dig Dis. 2022;14:88-95.",
                "Hosseini S, Rahimi A. Gestational diabetes screening. J Diabetes Res. 2022;2022:5512345.",
                "Book chapter: Rahimi A. Peptic ulcer. In: Persian Textbook of Internal Medicine, 2023.",
            ]),
            ("Languages", ["Persian, English, Arabic"]),
        ]),
    truth=dict(full_name="Amirhossein Rahimi", email="amirhosein.rahimi@gmail.com", phone_e164="+989152204471",
               medical_school="Mashhad University of Medical Sciences", medical_school_country="IR", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=259, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Internal Medicine", "Gastroenterology"],
               languages=["Persian", "English", "Arabic"], publications=3,
               usce_entries=[dict(type="observership", specialty="Gastroenterology", state="TX", start="2025-06", end="2025-06"),
                             dict(type="research", specialty="Internal Medicine", state="TX", start="2026-01", end="2026-12")]),
)

# ---------------------------------------------------------------- 12 Armenia (chromium timeline)
P["012"] = dict(
    layout="chromium_timeline",
    cv=dict(
        name="Hayk Petrosyan",
        native="Հայկ Պետրոսյան",
        contact=["hayk.petrosian.md@gmail.com", "+374 77 45 67 89", "Glendale, CA / Yerevan", "US Permanent Resident since 2024"],
        sections=[
            ("Focus", ["Anesthesiology"]),
            ("Education", [("MD, Yerevan State Medical University after Mkhitar Heratsi, Armenia", "2011–2017", [])]),
            ("Postgraduate", [
                ("Military doctor (mandatory service), Armenian Armed Forces, Gyumri", "2017–2018", []),
                ("Residency (clinical ordinatura), Anesthesiology & Intensive Care, Astghik Medical Center, Yerevan", "2018–2021", []),
                ("Anesthesiologist, Nairi Medical Center, Yerevan", "2021–2024", []),
            ]),
            ("USMLE", ["Step 1 Pass · Step 2 CK 238 · ECFMG Certified"]),
            ("US Experience", [
                ("ER Scribe, Adventist Health Glendale, CA", "03/2024 – 05/2024", ["non-clinical documentation role"]),
                ("Research Assistant, Department of Anesthesiology, Cedars-Sinai Medical Center, Los Angeles, CA", "2024-06 – 2025-02", ["Perioperative outcomes registry"]),
                ("Clinical Externship (hands-on), Anesthesiology, Cedars-Sinai Medical Center, Los Angeles, CA", "2025-01 – 2025-03", ["Pre-op assessments, airway management under supervision"]),
            ]),
            ("Publications", [
                "Petrosyan H, et al. Spinal anesthesia for cesarean in Armenia. Anesth Pain Med. 2020;10:e101122.",
                "Petrosyan H, Sargsyan L. Postoperative delirium in elderly. BMC Anesthesiol. 2022;22:301.",
            ]),
            ("Languages", ["Armenian — native", "Russian — fluent", "English — fluent"]),
        ]),
    truth=dict(full_name="Hayk Petrosyan", email="hayk.petrosian.md@gmail.com", phone_e164="+37477456789",
               medical_school="Yerevan State Medical University after Mkhitar Heratsi", medical_school_country="AM", graduation_year=2017,
               is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
               visa_status="green_card", specialties=["Anesthesiology"], languages=["Armenian", "Russian", "English"],
               publications=2,
               usce_entries=[dict(type="research", specialty="Anesthesiology", state="CA", start="2024-06", end="2025-02"),
                             dict(type="hands_on", specialty="Anesthesiology", state="CA", start="2025-01", end="2025-03")]),
)

# ---------------------------------------------------------------- 13 Afghanistan (docx with text box)
P["013"] = dict(
    layout="docx_textbox",
    cv=dict(
        name="Ahmad Shah Noori",
        native="احمد شاه نوری",
        contact=["E-mail: ahmadshah.nouri@gmail.com", "Mobile (Türkiye): +90 553 287 40 19", "Istanbul, Türkiye"],
        sections=[
            ("Objective", ["Internal Medicine residency; interest in Infectious Disease."]),
            ("Education", [("Doctor of Medicine (MD), Herat University Faculty of Medicine, Herat, Afghanistan", "1388–1394 (2009–2015)", ["Graduated 1394 / 2015"])]),
            ("Exams", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 226", "ECFMG: certified (2024)"]),
            ("Clinical Work", [
                ("Physician, Infectious Diseases Ward, Herat Regional Hospital", "2015 – 2021", ["Cholera, CCHF and TB outbreaks"]),
                ("Physician, Refugee Health Centre (Göçmen Sağlığı Merkezi), Istanbul", "2022 – present", []),
            ]),
            ("Publications", ["Noori AS, et al. Crimean-Congo haemorrhagic fever in Herat. Trop Med Int Health. 2020;25:1200-1206."]),
            ("Languages", ["Dari (native), Pashto, Turkish, English"]),
            ("References", ["Dr. Rahmatullah Sediqi — former head, ID ward — +93 79 912 3456"]),
        ]),
    truth=dict(full_name="Ahmad Shah Noori", email="ahmadshah.nouri@gmail.com", phone_e164="+905532874019",
               medical_school="Herat University Faculty of Medicine", medical_school_country="AF", graduation_year=2015,
               is_student=False, usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="certified",
               visa_status=None, specialties=["Internal Medicine", "Infectious Disease"],
               languages=["Dari", "Pashto", "Turkish", "English"], publications=1, usce_entries=[]),
)

# ---------------------------------------------------------------- 14 Turkey student (chromium europass)
P["014"] = dict(
    layout="chromium_europass",
    cv=dict(
        name="İrem Şahin",
        native=None,
        contact=["irem.sahin@ogr.iuc.edu.tr", "+90 539 118 77 05", "Fatih, İstanbul", "Date of birth: 14/02/2002"],
        sections=[
            ("Personal statement", ["Final-year medical student pursuing Psychiatry, with strong interest in Neurology. Holds a B1/B2 visa (valid until 2031)."]),
            ("Education and training", [
                ("Doctor of Medicine (in progress), İstanbul Üniversitesi-Cerrahpaşa, Cerrahpaşa Tıp Fakültesi", "09/2021 – expected 06/2027", []),
            ]),
            ("Examinations", ["USMLE Step 1: Pass (03/2026)", "Step 2 CK: planned 2027"]),
            ("US clinical experience", [
                ("Visiting student elective (hands-on), Psychiatry, Penn Medicine, Philadelphia, PA", "03.08.2026 – 28.08.2026", []),
                ("Observership, Neurology, Jefferson Hospital for Neuroscience, Philadelphia, PA", "Summer 2025 (July 2025)", []),
            ]),
            ("Publications", ["Şahin İ, Öztürk B. Social media use and anxiety in Turkish adolescents. Noro Psikiyatr Ars. 2025;62(1):33-39.",
                              "Manuscript submitted: Şahin İ. Lithium levels in bipolar disorder."]),
            ("Language skills", ["Mother tongue: Turkish", "English — C1", "Spanish — A2"]),
        ]),
    truth=dict(full_name="İrem Şahin", email="irem.sahin@ogr.iuc.edu.tr", phone_e164="+905391187705",
               medical_school="Istanbul University-Cerrahpaşa, Cerrahpaşa Faculty of Medicine", medical_school_country="TR",
               graduation_year=2027, is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
               ecfmg_status=None, visa_status="b1b2", specialties=["Psychiatry", "Neurology"],
               languages=["Turkish", "English", "Spanish"], publications=1,
               usce_entries=[dict(type="hands_on", specialty="Psychiatry", state="PA", start="2026-08", end="2026-08"),
                             dict(type="observership", specialty="Neurology", state="PA", start="2025-07", end="2025-07")]),
)

# ---------------------------------------------------------------- 15 Iran (native ODT)
P["015"] = dict(
    layout="odt_native",
    cv=dict(
        name="Maryam Sadeghi",
        native="مریم صادقی",
        contact=["m.sadeghi.md@gmail.com", "+98 912 773 0519", "Nashville, TN (temporary) / Isfahan, Iran"],
        sections=[
            ("Interest", ["Pathology (AP/CP)"]),
            ("تحصیلات / Education", [("MD, Isfahan University of Medical Sciences, Isfahan, Iran", "1391–1398 (2012–2019)", [])]),
            ("USMLE", ["Step 1: Pass", "Step 2 CK: 236", "ECFMG: Certified"]),
            ("Experience", [
                ("GP, Tarh (mandatory service), Kashan", "1398–1400 (2019–2021)", []),
                ("Postdoctoral Research Fellow, Department of Pathology, Vanderbilt University Medical Center, Nashville, TN", "Sep 2023 – Aug 2025", []),
                ("Observership, Pathology, Vanderbilt University Medical Center, Nashville, TN", "Sep 2025 – Oct 2025", []),
            ]),
            ("Peer-reviewed publications (7)", [
                "1. Sadeghi M, et al. Mod Pathol. 2024;37:100401.", "2. Sadeghi M, et al. Am J Surg Pathol. 2024;48:612-620.",
                "3. Sadeghi M, Lee J. Histopathology. 2023;83:55-63.", "4. Sadeghi M. Arch Pathol Lab Med. 2025;149:70-77.",
                "5. Lee J, Sadeghi M. Hum Pathol. 2024;145:1-8.", "6. Sadeghi M, et al. Adv Biomed Res. 2021;10:12.",
                "7. Sadeghi M, et al. J Res Med Sci. 2020;25:88.",
                "Posters: USCAP 2024, USCAP 2025 (2 posters)",
            ]),
            ("Languages", ["Persian (native), English (fluent), French (basic)"]),
        ]),
    truth=dict(full_name="Maryam Sadeghi", email="m.sadeghi.md@gmail.com", phone_e164="+989127730519",
               medical_school="Isfahan University of Medical Sciences", medical_school_country="IR", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
               visa_status=None, specialties=["Pathology"], languages=["Persian", "English", "French"], publications=7,
               usce_entries=[dict(type="research", specialty="Pathology", state="TN", start="2023-09", end="2025-08"),
                             dict(type="observership", specialty="Pathology", state="TN", start="2025-09", end="2025-10")]),
)

# ---------------------------------------------------------------- 16 Azerbaijan (docx two-column -> LO PDF)
P["016"] = dict(
    layout="lo_docx_twocol",
    cv=dict(
        name="Leyla Hüseynova",
        native="(pasport: HUSEYNOVA LEYLA)",
        contact=["leyla.huseynova.md@gmail.com", "+994 55 876 54 32", "Bakı, Azərbaycan"],
        sections=[
            ("Məqsəd / Objective", ["Neurology residency in the USA; J-1 visa needed."]),
            ("Təhsil / Education", [("Azərbaycan Tibb Universiteti (Azerbaijan Medical University), Baku — MD", "2016 – 2022", []),
                                    ("Residency in Neurology, AMU Educational-Surgical Clinic", "2022 – 2025", [])]),
            ("Exams", ["USMLE Step 1 – Pass", "USMLE Step 2 CK – 242", "ECFMG – pending (OET)"]),
            ("Experience", [("Neurologist, Republican Clinical Hospital, Baku", "2025 – present", []),
                            ("Virtual (telehealth) observership, Neurology, Baptist Health, Miami, FL", "Nov 2025 – Dec 2025", [])]),
            ("Publications", ["None yet; 1 abstract at EAN Congress 2024."]),
            ("Dillər / Languages", ["Azərbaycan dili (Azerbaijani), Русский (Russian), Türkçe (Turkish), English"]),
        ]),
    truth=dict(full_name="Leyla Hüseynova", email="leyla.huseynova.md@gmail.com", phone_e164="+994558765432",
               medical_school="Azerbaijan Medical University", medical_school_country="AZ", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=242, usmle_step3=None, ecfmg_status="pending",
               visa_status="j1", specialties=["Neurology"], languages=["Azerbaijani", "Russian", "Turkish", "English"],
               publications=0,
               usce_entries=[dict(type="telehealth", specialty="Neurology", state="FL", start="2025-11", end="2025-12")]),
)

# ================================================================= scans
P["017"] = dict(
    layout="scan_pdf_rotated",
    cv=dict(
        name="Op. Dr. Mehmet Ali Yıldırım",
        native=None,
        contact=["mayildirim.md@gmail.com", "GSM: 0532 664 90 21 (+90)", "Konak, İzmir"],
        sections=[
            ("Eğitim / Education", [("MD, Dokuz Eylül Üniversitesi Tıp Fakültesi, İzmir", "2009 – 2015", []),
                                    ("Genel Cerrahi Uzmanlık Eğitimi (General Surgery residency), İzmir Katip Çelebi Üniv.", "2017 – 2022", [])]),
            ("Deneyim", [("Mecburi hizmet, Muş Devlet Hastanesi", "2015 – 2017", []),
                         ("Genel Cerrahi Uzmanı, Manisa Şehir Hastanesi", "2022 – present", []),
                         ("Observership, General Surgery, Henry Ford Hospital, Detroit, MI", "05/2024 – 06/2024", [])]),
            ("USMLE", ["Step 1 Pass; Step 2 CK 231; ECFMG certified. J-1 visa required.", "Target: General Surgery residency."]),
            ("Yayınlar", ["4 peer-reviewed articles (Ulus Travma Acil Cerrahi Derg 2019, 2021; Turk J Surg 2022; Hernia 2023)."]),
            ("Yabancı Dil", ["Türkçe, İngilizce (English)"]),
        ]),
    truth=dict(full_name="Mehmet Ali Yıldırım", email="mayildirim.md@gmail.com", phone_e164="+905326649021",
               medical_school="Dokuz Eylül University Faculty of Medicine", medical_school_country="TR", graduation_year=2015,
               is_student=False, usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["General Surgery"], languages=["Turkish", "English"], publications=4,
               usce_entries=[dict(type="observership", specialty="General Surgery", state="MI", start="2024-05", end="2024-06")]),
)

P["018"] = dict(
    layout="scan_png_chromium",
    cv=dict(
        name="Reza Mousavi",
        native="رضا موسوی",
        contact=["reza.mousavi.tbz@gmail.com", "+98 914 331 7286", "Tabriz, East Azerbaijan, Iran"],
        sections=[
            ("Education — تحصیلات", [("MD, Tabriz University of Medical Sciences", "1390–1397 (2011–2018)", [])]),
            ("Service", [("Tarh (طرح), GP, Ahar Health Network", "1397–1399 (2018–2020)", []),
                         ("GP, Shahid Madani Heart Center, Tabriz", "2020 – present", [])]),
            ("Exams", ["USMLE Step 1: Pass · Step 2 CK: 247 · ECFMG: Certified", "Iranian residency exam rank 540 (1399)"]),
            ("Interests", ["Internal Medicine → Cardiology"]),
            ("Publications", ["2 peer-reviewed: J Cardiovasc Thorac Res 2021; ARYA Atheroscler 2022."]),
            ("Languages", ["Persian, Azerbaijani (Azeri), English"]),
        ]),
    truth=dict(full_name="Reza Mousavi", email="reza.mousavi.tbz@gmail.com", phone_e164="+989143317286",
               medical_school="Tabriz University of Medical Sciences", medical_school_country="IR", graduation_year=2018,
               is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
               visa_status=None, specialties=["Internal Medicine", "Cardiology"],
               languages=["Persian", "Azerbaijani", "English"], publications=2, usce_entries=[]),
)

P["019"] = dict(
    layout="photo_jpg_perspective",
    cv=dict(
        name="Tamar Lomidze",
        native="თამარ ლომიძე",
        contact=["tamar.lomidze21@gmail.com", "+995 577 88 90 12", "Kutaisi, Georgia"],
        sections=[
            ("Education", [("MD, Tbilisi State Medical University", "2015 – 2021", [])]),
            ("USMLE", ["Step 1: Pass (2024)"]),
            ("Experience", [("Family physician, Kutaisi Primary Care Center", "2021 – present", []),
                            ("Observership, Family Medicine, Hackensack Meridian Health, NJ", "Oct 2025 – Nov 2025", [])]),
            ("Interest", ["Family Medicine"]),
            ("Languages", ["Georgian, English, Russian"]),
        ]),
    truth=dict(full_name="Tamar Lomidze", email="tamar.lomidze21@gmail.com", phone_e164="+995577889012",
               medical_school="Tbilisi State Medical University", medical_school_country="GE", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               visa_status=None, specialties=["Family Medicine"], languages=["Georgian", "English", "Russian"],
               publications=0,
               usce_entries=[dict(type="observership", specialty="Family Medicine", state="NJ", start="2025-10", end="2025-11")]),
)

P["020"] = dict(
    layout="scan_pdf_lowcontrast",
    cv=dict(
        name="Lilit Sargsyan",
        native="Լիլիթ Սարգսյան",
        contact=["lilit.sargsyan.md@gmail.com", "+374 94 55 66 77", "Yerevan, Armenia"],
        sections=[
            ("Goal", ["Internal Medicine residency; Hematology-Oncology fellowship. J-1 visa."]),
            ("Education", [("MD, Yerevan State Medical University after Mkhitar Heratsi", "2013 – 2019", [])]),
            ("Exams", ["USMLE Step 1 Pass, Step 2 CK 240, ECFMG certified"]),
            ("US Experience", [("Research Fellow, Hematology/Oncology, Dana-Farber Cancer Institute, Boston, MA", "03/2024 – 02/2025", []),
                               ("Observership, Hematology/Oncology, Beth Israel Deaconess, Boston, MA", "03/2025 – 04/2025", [])]),
            ("Publications", ["3 peer-reviewed papers (Blood Adv 2024; Leuk Lymphoma 2023; Armenian J Hematol 2021)"]),
            ("Languages", ["Armenian, Russian, English"]),
        ]),
    truth=dict(full_name="Lilit Sargsyan", email="lilit.sargsyan.md@gmail.com", phone_e164="+37494556677",
               medical_school="Yerevan State Medical University after Mkhitar Heratsi", medical_school_country="AM", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Internal Medicine", "Hematology/Oncology"],
               languages=["Armenian", "Russian", "English"], publications=3,
               usce_entries=[dict(type="research", specialty="Hematology/Oncology", state="MA", start="2024-03", end="2025-02"),
                             dict(type="observership", specialty="Hematology/Oncology", state="MA", start="2025-03", end="2025-04")]),
)

P["021"] = dict(
    layout="scan_png_typed",
    cv=dict(
        name="Mohammad Yasin Hakimi",
        native="محمد یاسین حکیمی",
        contact=["yasin.hakimi.md@gmail.com", "(916) 555-0187", "Sacramento, CA — Green Card holder"],
        sections=[
            ("Education", [("MD, Balkh University Faculty of Medicine, Mazar-i-Sharif, Afghanistan", "2008 – 2014", [])]),
            ("USMLE", ["Step 1: Pass; Step 2 CK: 222; ECFMG Certified"]),
            ("Experience", [("Physician, Balkh Regional Hospital", "2014 – 2021", []),
                            ("Medical Assistant, Sutter Health clinic, Sacramento, CA", "2022 – 2024", []),
                            ("Clinical Externship, Internal Medicine, Sacramento Community Clinic, Sacramento, CA", "January–March 2025", [])]),
            ("Interests", ["Internal Medicine, Family Medicine"]),
            ("Languages", ["Dari, Pashto, Uzbek, English"]),
        ]),
    truth=dict(full_name="Mohammad Yasin Hakimi", email="yasin.hakimi.md@gmail.com", phone_e164="+19165550187",
               medical_school="Balkh University Faculty of Medicine", medical_school_country="AF", graduation_year=2014,
               is_student=False, usmle_step1="pass", usmle_step2ck=222, usmle_step3=None, ecfmg_status="certified",
               visa_status="green_card", specialties=["Internal Medicine", "Family Medicine"],
               languages=["Dari", "Pashto", "Uzbek", "English"], publications=0,
               usce_entries=[dict(type="hands_on", specialty="Internal Medicine", state="CA", start="2025-01", end="2025-03")]),
)

DAMAGED = [("022", "damaged_truncated_pdf", "pdf"), ("023", "damaged_encrypted_pdf", "pdf"), ("024", "damaged_random_docx", "docx")]

# usce_months / usce_months_clinical counted by hand (check.py recounts from entries)
MONTHS = {"001": (2, 2), "002": (11, 2), "003": (2, 2), "004": (3, 2), "005": (0, 0), "006": (6, 6), "007": (2, 2),
          "008": (15, 0), "009": (0, 0), "010": (2, 2), "011": (13, 1), "012": (10, 3), "013": (0, 0), "014": (2, 2),
          "015": (26, 2), "016": (2, 0), "017": (2, 2), "018": (0, 0), "019": (2, 2), "020": (14, 2), "021": (3, 3)}
