# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w119.
Theme: IMGs from Southeast Europe / Greece / Cyprus / Balkans.
Each CV: header (name, alt-script name, contacts), sections of items.
An item is either a string (paragraph/bullet) or a (date, text) tuple.
Truth is written by hand from the content (never parsed from files)."""

CVS = []

def cv(**kw):
    CVS.append(kw)
    return kw

# ---------------------------------------------------------------- 001
cv(id="001", layout="chromium_sidebar", ext="pdf",
   name="Marko Petrović", name_alt="Марко Петровић", degree="dr med.",
   tagline="Physician (Doktor medicine) · Applicant for US clinical rotations in Internal Medicine / Cardiology",
   contact=[("E-mail / Е-пошта", "marko.petrovic.md@gmail.com"),
            ("Mobile / Мобилни", "+381 64 123 4567"),
            ("Address / Адреса", "Булевар ослобођења 112, 11000 Beograd, Srbija"),
            ("Born / Рођен", "1997, Kraljevo")],
   sections=[
    ("Образовање / Education", [
      ("10.2016 – 14.07.2022.", "Doktor medicine (MD equivalent, 6-year integrated program) — Medicinski fakultet Univerziteta u Beogradu / Медицински факултет Универзитета у Београду (Faculty of Medicine, University of Belgrade), Serbia. GPA 9.41/10."),
      ("2012 – 2016", "Gimnazija Kraljevo, natural sciences track"),
    ]),
    ("Приправнички стаж и лиценца / Internship & licensure", [
      ("01.09.2022. – 31.08.2023.", "Pripravnički staž (mandatory 12-month rotating internship), KBC Zvezdara, Beograd"),
      ("03.2023.", "Stručni (državni) ispit — Ministry of Health of the Republic of Serbia — passed; licence of Lekarska komora Srbije no. 47-2219"),
    ]),
    ("Клиничко искуство / Clinical experience", [
      ("10.2023. – 08.2025.", "Lekar opšte prakse (general practitioner), Dom zdravlja Voždovac, Beograd"),
      ("01.09.2025. – 30.09.2025.", "Clinical Observership, Department of Cardiovascular Medicine, Cleveland Clinic, Cleveland, OH, USA"),
      ("mart 2026 – maj 2026", "Externship (hands-on, history & physical, progress notes), Internal Medicine, Brookdale Hospital Medical Center, Brooklyn, NY, USA"),
    ]),
    ("USMLE / ECFMG", [
      "USMLE Step 1: Pass (04/2024)",
      "USMLE Step 2 CK: 248 (11/2024)",
      "ECFMG certified (certificate issued 02/2025). UWSA2 practice score 252 (not an official result).",
      "Visa: will require J-1 (ECFMG-sponsored) for residency; currently in Serbia.",
    ]),
    ("Interests / Интересовања", [
      "Career goal: residency in Internal Medicine, followed by fellowship in Cardiology.",
    ]),
    ("Publications / Публикације", [
      "1. Petrović M, Ilić S, Marković D. Predictors of in-hospital mortality in STEMI patients treated in a regional PCI centre. Srp Arh Celok Lek. 2024;152(5-6):233-239.",
      "2. Janković N, Petrović M. Atrial fibrillation screening in primary care: a cross-sectional study. Vojnosanit Pregl. 2025;82(3):145-151.",
      "Poster: 'Hypertension control in Voždovac primary care', Serbian Cardiology Congress, Zlatibor, 10/2024 (poster, not published).",
    ]),
    ("Језици / Languages", ["Serbian (native), English (C1, IELTS 7.5), German (B1)"]),
    ("Reference / Referees", [
      "Prof. dr Dragan Simić, Clinic of Cardiology, UKC Srbije — dragan.simic.ref@kcs-demo.rs, +381 11 366 1234",
    ]),
   ],
   truth=dict(full_name="Marko Petrović", email="marko.petrovic.md@gmail.com", phone_e164="+381641234567",
      medical_school="Faculty of Medicine, University of Belgrade", medical_school_country="RS", graduation_year=2022,
      is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
      visa_status="j1", specialties=["Internal Medicine", "Cardiology"], languages=["Serbian", "English", "German"],
      publications=2,
      usce_entries=[dict(type="observership", specialty="Cardiology", state="OH", start="2025-09", end="2025-09"),
                    dict(type="hands_on", specialty="Internal Medicine", state="NY", start="2026-03", end="2026-05")]),
   tricky="Cyrillic/Latin bilingual headings; 'mart 2026 – maj 2026' Serbian month names; dotted dates with trailing dot; referee phone +381 11; UWSA practice score")

# ---------------------------------------------------------------- 002
cv(id="002", layout="lo_docx_tables", ext="pdf",
   name="Amra Hadžić", name_alt=None, degree="MD",
   tagline="Doktor medicine — Pediatrics applicant",
   contact=[("Email", "amra.hadzic@outlook.com"), ("Telefon / Phone", "+387 61 234 567"),
            ("Adresa", "Titova 45, 71000 Sarajevo, Bosna i Hercegovina"), ("Datum rođenja", "22.06.1996.")],
   sections=[
    ("Obrazovanje / Education", [
      ("2014 – 2021", "Medicinski fakultet Univerziteta u Sarajevu (Faculty of Medicine, University of Sarajevo), Bosnia and Herzegovina — Doktor medicine, diploma 09.07.2021."),
    ]),
    ("Staž i stručni ispit / Internship & state exam", [
      ("10/2021 – 09/2022", "Pripravnički staž, Klinički centar Univerziteta u Sarajevu (KCUS)"),
      ("11/2022", "Stručni ispit (state licensing exam), Federalno ministarstvo zdravstva — položen (passed)"),
    ]),
    ("Radno iskustvo / Work experience", [
      ("12/2022 – 05/2023", "Ljekar, Pedijatrijska klinika KCUS (volunteer physician)"),
      ("06/2023 – 05/2024", "Research Fellow (postdoctoral research), Department of Pediatrics – Division of Neonatology, Children's Hospital of Philadelphia, Philadelphia, PA — neonatal sepsis biomarker cohort; no patient contact"),
      ("07/2024 – 08/2024", "Observership, General Pediatrics, Children's Hospital of Michigan, Detroit, MI"),
      ("09/2024 – present", "Pediatric ward physician (temporary contract), Opća bolnica \"Prim. dr. Abdulah Nakaš\", Sarajevo"),
    ]),
    ("USMLE", [
      ("Step 1", "Pass — 2023"),
      ("Step 2 CK", "239 — 2024"),
      ("ECFMG", "Certified, 2024"),
    ]),
    ("Publikacije / Publications", [
      "Hadžić A, Begović E, et al. Procalcitonin kinetics in late-onset neonatal sepsis. Med Glas (Zenica). 2024;21(1):88-94.",
      "Abstract: Hadžić A. et al. 'Early-onset sepsis calculator in a Bosnian NICU' — PAS Annual Meeting 2024 (abstract).",
    ]),
    ("Jezici / Languages", [("Bosanski", "maternji (native)"), ("English", "fluent"), ("Türkçe / Turkish", "intermediate"), ("Deutsch / German", "basic")]),
    ("Cilj / Goal", ["Seeking a categorical Pediatrics residency position in the United States."]),
   ],
   truth=dict(full_name="Amra Hadžić", email="amra.hadzic@outlook.com", phone_e164="+38761234567",
      medical_school="Faculty of Medicine, University of Sarajevo", medical_school_country="BA", graduation_year=2021,
      is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified",
      visa_status=None, specialties=["Pediatrics"], languages=["Bosnian", "English", "Turkish", "German"],
      publications=1,
      usce_entries=[dict(type="research", specialty="Pediatrics", state="PA", start="2023-06", end="2024-05"),
                    dict(type="observership", specialty="Pediatrics", state="MI", start="2024-07", end="2024-08")]),
   tricky="python-docx tables converted by LibreOffice; research fellowship (Neonatology→Pediatrics) counted only in usce_months; 'present' home-country job is not USCE; abstract not counted")

# ---------------------------------------------------------------- 003
cv(id="003", layout="reportlab_classic", ext="pdf",
   name="Georgios Papadopoulos", name_alt="Γεώργιος Παπαδόπουλος", degree="MD, PhD(c)",
   tagline="Research Scholar in Hematology/Oncology · Boston, MA",
   contact=[("Email", "g.papadopoulos.onc@gmail.com"), ("US cell", "+1 (617) 555-0148"),
            ("Greece", "+30 694 123 4567"), ("Status", "J-1 Research Scholar (DS-2019 valid to 08/2027)")],
   sections=[
    ("Education / Εκπαίδευση", [
      ("2014 – 2020", "Ιατρική Σχολή, Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών (Iatriki Scholi, Ethniko kai Kapodistriako Panepistimio Athinon) — School of Medicine, National and Kapodistrian University of Athens, Greece. Ptychio Iatrikis (MD), graduated 07/2020, grade 8.6/10 (Lian Kala)."),
      ("2022 – present", "PhD candidate, Molecular Oncology, NKUA (thesis in progress)"),
    ]),
    ("Military & rural service / Στρατιωτική θητεία – Αγροτικό", [
      ("11/2020 – 08/2021", "Military service as medical officer (Ανθυπίατρος), Hellenic Army, 96 ADTE, Chios"),
      ("09/2021 – 08/2022", "Rural service (Agrotiko), Health Centre of Kalavryta, Achaia"),
    ]),
    ("US Experience", [
      ("09/2024 – present", "Postdoctoral Research Fellow, Hematologic Malignancies, Dana-Farber Cancer Institute, Boston, MA — CAR-T toxicity registry, 3 first-author papers"),
      ("Feb 2025 – Mar 2025", "Clinical observership, Internal Medicine (inpatient wards), Beth Israel Deaconess Medical Center, Boston, MA"),
    ]),
    ("Non-US clinical work", [
      ("09/2022 – 08/2024", "Resident in Internal Medicine (specialty training, not completed), Laiko General Hospital, Athens"),
    ]),
    ("Examinations", [
      ("USMLE Step 1", "238 (2021)"),
      ("USMLE Step 2 CK", "251 (2023)"),
      ("USMLE Step 3", "229 (2025)"),
      ("ECFMG", "Certified (2023)"),
      ("Greek licence", "Άδεια ασκήσεως ιατρικού επαγγέλματος, Ιατρικός Σύλλογος Αθηνών, 2020"),
    ]),
    ("Career interest", ["Internal Medicine residency with a view to a Hematology-Oncology fellowship."]),
    ("Publications (peer-reviewed)", [
      "1. Papadopoulos G, et al. Cytokine release syndrome grading in real-world CAR-T recipients. Blood Adv. 2025;9:1120-1131.",
      "2. Papadopoulos G, Lee J, Armand P. ICANS after axi-cel: a single-centre analysis. Transplant Cell Ther. 2025;31:402-410.",
      "3. Papadopoulos G, et al. Ferritin as early marker of HLH-like toxicity. Leuk Lymphoma. 2026;67:55-63.",
      "4. Terpos E, Papadopoulos G, et al. Renal impairment in newly diagnosed myeloma. Ann Hematol. 2023;102:3011-3019.",
      "5. Papadopoulos G, Dimopoulos MA. Frailty scores in Greek myeloma patients. Hematol Oncol. 2022;40:870-877.",
    ]),
    ("Manuscripts & abstracts (not peer-reviewed publications)", [
      "Two manuscripts in preparation (CAR-T cardiotoxicity; bispecific antibodies infections).",
      "Abstracts: ASH 2024 (poster), EHA 2025 (oral), ASCO 2025 (poster).",
    ]),
    ("Languages", ["Greek (native), English (C2 – Certificate of Proficiency), French (DELF B2)"]),
    ("References", ["Dr. Philippe Armand (mentor) — reference contact available on request via DFCI office, +1 617 555 0199"]),
   ],
   truth=dict(full_name="Georgios Papadopoulos", email="g.papadopoulos.onc@gmail.com", phone_e164="+16175550148",
      medical_school="School of Medicine, National and Kapodistrian University of Athens", medical_school_country="GR",
      graduation_year=2020, is_student=False, usmle_step1=238, usmle_step2ck=251, usmle_step3=229,
      ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Hematology/Oncology"],
      languages=["Greek", "English", "French"], publications=5,
      usce_entries=[dict(type="research", specialty="Hematology/Oncology", state="MA", start="2024-09", end="2026-12"),
                    dict(type="observership", specialty="Internal Medicine", state="MA", start="2025-02", end="2025-03")]),
   tricky="Greek script + transliteration; two phones (US first, Greek second); Step 1 numeric; research 'present' to 2026-12 overlaps observership; manuscripts/abstracts not counted; PhD not primary degree")

# ---------------------------------------------------------------- 004
cv(id="004", layout="chromium_classic", ext="pdf",
   name="Eleni Christodoulou", name_alt="Ελένη Χριστοδούλου", degree="MD",
   tagline="Obstetrics & Gynecology applicant — Limassol, Cyprus",
   contact=[("Email", "eleni.christodoulou23@gmail.com"), ("Mobile", "+357 99 123456"),
            ("Address", "28 Oktovriou Ave 214, 3035 Lemesos, Cyprus")],
   sections=[
    ("Education", [
      ("2017 – 2023", "Medical University – Sofia (Медицински университет – София), Faculty of Medicine, Bulgaria — Master's degree in Medicine (MD, English-language programme). Graduated 06/2023."),
      ("2011 – 2017", "Lanition Lyceum, Limassol — Apolytirion 19.4/20"),
    ]),
    ("Licensure", [
      ("2023", "Registration with the Cyprus Medical Council (Ιατρικό Συμβούλιο Κύπρου), reg. no. 6721"),
      ("2023 – 2024", "Pre-registration house officer year, Limassol General Hospital (Obstetrics, Surgery, Medicine)"),
    ]),
    ("US Clinical Experience", [
      ("June 2–27, 2025 (4 weeks)", "Observership — Obstetrics & Gynecology, Texas Children's Pavilion for Women, Houston, TX"),
      ("Jan – Feb 2026", "Externship (hands-on) — Family Medicine, Jackson Memorial Hospital community clinics, Miami, FL"),
    ]),
    ("Examinations", [
      ("USMLE Step 1", "Pass (2024)"),
      ("USMLE Step 2 CK", "255 (2025)"),
      ("OET Medicine", "scheduled January 2027"),
      ("ECFMG", "Certification pending (awaiting OET)"),
    ]),
    ("Visa", ["Current B1/B2 visitor visa (valid to 2030) used for observerships."]),
    ("Research & Presentations", [
      "Poster: Christodoulou E., et al. 'Gestational diabetes screening in Cyprus' — 11th Panhellenic OB/GYN Congress, Thessaloniki, 2024.",
      "No peer-reviewed publications yet.",
    ]),
    ("Languages", ["Greek (native) · English (fluent) · Bulgarian (conversational)"]),
    ("Interests", ["Obstetrics and Gynecology residency; maternal-fetal medicine."]),
   ],
   truth=dict(full_name="Eleni Christodoulou", email="eleni.christodoulou23@gmail.com", phone_e164="+35799123456",
      medical_school="Medical University – Sofia", medical_school_country="BG", graduation_year=2023,
      is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="pending",
      visa_status="b1b2", specialties=["Obstetrics and Gynecology"], languages=["Greek", "English", "Bulgarian"],
      publications=0,
      usce_entries=[dict(type="observership", specialty="Obstetrics and Gynecology", state="TX", start="2025-06", end="2025-06"),
                    dict(type="hands_on", specialty="Family Medicine", state="FL", start="2026-01", end="2026-02")]),
   tricky="Cypriot who studied in Bulgaria (school country BG, not CY); ECFMG pending; B1/B2; '4 weeks' inside one month; poster only")

# ---------------------------------------------------------------- 005
cv(id="005", layout="fpdf2_plain", ext="pdf",
   name="Arbër Muça", name_alt=None, degree="MD",
   tagline="Mjek i përgjithshëm / General Physician",
   contact=[("E-mail", "arber.muca.md@gmail.com"), ("Tel.", "+355 69 234 5678"),
            ("Adresa / Address", "Rruga e Kavajës 58, Tiranë, Shqipëri"), ("US address", "Newark, NJ (permanent resident)")],
   sections=[
    ("Arsimi / Education", [
      ("2013 – 2019", "Universiteti i Mjekësisë, Tiranë — Fakulteti i Mjekësisë (University of Medicine, Tirana, Faculty of Medicine), Albania. Diplomë Mjek i Përgjithshëm (MD), 07/2019."),
    ]),
    ("Provimi i shtetit / State exam", [
      ("11/2019", "Provimi i Shtetit (Albanian state licensing exam) — passed; Urdhri i Mjekëve të Shqipërisë licence"),
    ]),
    ("Përvoja klinike / Clinical experience", [
      ("2019 – 2023", "General physician, Qendra Shëndetësore Nr. 3, Tiranë"),
      ("03/2024 – 06/2024", "Hands-on clinical externship, Family Medicine, Hackensack Meridian Health – Palisades, North Bergen, NJ"),
      ("08/2024", "Observership, Psychiatry (inpatient & consult-liaison), NYC Health + Hospitals / Bellevue, New York, NY"),
      ("01/2025 – 04/2025", "Telehealth clinical assistant-physician (remote), Family Medicine, Bright Family Health telemedicine program, San Diego, CA"),
    ]),
    ("Provimet / Examinations", [
      ("USMLE Step 1", "226"),
      ("USMLE Step 2 CK", "232"),
      ("ECFMG", "Certified (2021)"),
    ]),
    ("Statusi / Status", ["US lawful permanent resident (Green Card), DV-2022 programme. No visa sponsorship needed."]),
    ("Interesat / Interests", ["Family Medicine (first choice) and Psychiatry."]),
    ("Publikime / Publications", [
      "Muça A, Hoxha E. Depression screening in Albanian primary care. Albanian Med J. 2021;4:51-57.",
    ]),
    ("Gjuhët / Languages", ["Shqip / Albanian (native); English (C1); Italiano / Italian (C1); Greek (A2)"]),
   ],
   truth=dict(full_name="Arbër Muça", email="arber.muca.md@gmail.com", phone_e164="+355692345678",
      medical_school="University of Medicine, Tirana", medical_school_country="AL", graduation_year=2019,
      is_student=False, usmle_step1=226, usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
      visa_status="green_card", specialties=["Family Medicine", "Psychiatry"],
      languages=["Albanian", "English", "Italian", "Greek"], publications=1,
      usce_entries=[dict(type="hands_on", specialty="Family Medicine", state="NJ", start="2024-03", end="2024-06"),
                    dict(type="observership", specialty="Psychiatry", state="NY", start="2024-08", end="2024-08"),
                    dict(type="telehealth", specialty="Family Medicine", state="CA", start="2025-01", end="2025-04")]),
   tricky="ë/ç in name vs ASCII email; Albanian/English headings; telehealth excluded from clinical months; green card; fpdf2 with TTF font")

# ---------------------------------------------------------------- 006
cv(id="006", layout="txt_plain", ext="txt",
   name="Blerta Gashi", name_alt=None, degree=None,
   tagline="Final-year medical student (viti i 6-të) — Prishtinë, Kosovë",
   contact=[("Email", "blerta.gashi.med@gmail.com"), ("Phone", "+383 44 123 456"), ("Address", "Rr. Agim Ramadani 12, 10000 Prishtinë, Kosovo")],
   sections=[
    ("EDUCATION / ARSIMI", [
      ("10/2021 – expected 07/2027", "Universiteti i Prishtinës \"Hasan Prishtina\", Fakulteti i Mjekësisë (University of Prishtina, Faculty of Medicine), Kosovo — Doctor of Medicine programme, currently 6th (final) year. GPA 9.2/10."),
    ]),
    ("USMLE", [
      "Step 1: PASS (March 2026)",
      "Step 2 CK: planned for spring 2027",
      "ECFMG: not yet certified",
      "NBME CBSSA practice: 71 (practice only)",
    ]),
    ("US CLINICAL EXPERIENCE", [
      ("Summer 2026 (07/2026 - 08/2026)", "Visiting student clerkship (hands-on), Neurology, Rush University Medical Center, Chicago, IL"),
    ]),
    ("OTHER CLINICAL", [
      ("2024 - 2025", "Volunteer, Emergency Center, QKUK (University Clinical Centre of Kosovo), Prishtinë"),
      ("08/2025", "Summer elective, Neurology, Universitätsklinikum Freiburg, Germany"),
    ]),
    ("INTERESTS", ["Neurology (stroke, epilepsy)."]),
    ("VISA", ["Will need a B1/B2 visa for further US rotations."]),
    ("LANGUAGES / GJUHËT", ["Albanian (native), English (C1), Serbian (B2), German (B1)"]),
    ("PUBLICATIONS", ["None yet. Case report submitted (under review)."]),
    ("REFERENCES", ["Prof. Dr. Ilir Berisha, Neurology, QKUK - ilir.berisha.ref@uni-pr-demo.edu, +383 49 555 321"]),
   ],
   truth=dict(full_name="Blerta Gashi", email="blerta.gashi.med@gmail.com", phone_e164="+38344123456",
      medical_school="University of Prishtina, Faculty of Medicine", medical_school_country="XK", graduation_year=2027,
      is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
      visa_status="b1b2", specialties=["Neurology"], languages=["Albanian", "English", "Serbian", "German"],
      publications=0,
      usce_entries=[dict(type="hands_on", specialty="Neurology", state="IL", start="2026-07", end="2026-08")]),
   tricky="plain text; Kosovo (+383, school country XK — not an official ISO code); student expected 2027; 'Summer 2026' with explicit months; German elective not USCE; submitted case report not counted")

# ---------------------------------------------------------------- 007
cv(id="007", layout="odt_lo", ext="pdf",
   name="Stefan Stojanovski", name_alt="Стефан Стојановски", degree="MD",
   tagline="Internal Medicine resident (Skopje) · aspiring gastroenterologist",
   contact=[("Е-пошта / Email", "stefan.stojanovski@yahoo.com"), ("Телефон / Phone", "+389 70 123 456"),
            ("Адреса / Address", "ул. Македонија 21, 1000 Скопје, North Macedonia")],
   sections=[
    ("Образование / Education", [
      ("2012 – 2018", "Медицински факултет, Универзитет „Св. Кирил и Методиј“ во Скопје — Faculty of Medicine, Ss. Cyril and Methodius University in Skopje, North Macedonia. Доктор на медицина (MD), 2018."),
    ]),
    ("Стаж и државен испит / Internship & state exam", [
      ("2018 – 2019", "Задолжителен стаж (mandatory internship), Clinical Hospital Bitola"),
      ("05.2019", "Државен стручен испит (state licensing exam) — passed; licence Лекарска комора на Македонија"),
    ]),
    ("Работно искуство / Experience", [
      ("2019 – 2022", "General practitioner, PHI Health Centre Skopje"),
      ("2022 – present", "Resident, Internal Medicine (specijalizacija), University Clinic of Gastroenterohepatology, Skopje"),
      ("Oct 2023", "Clinical observership, Gastroenterology & Hepatology, University of Pittsburgh Medical Center (UPMC), Pittsburgh, PA"),
      ("11/2023 – 04/2024", "Research volunteer (IBD outcomes database), Division of Gastroenterology, UPMC, Pittsburgh, PA"),
    ]),
    ("USMLE / ECFMG", [
      ("Step 1", "231 (2021)"), ("Step 2 CK", "244 (2022)"), ("ECFMG", "Certified 2022"),
      ("Visa", "J-1 (ECFMG sponsorship) required"),
    ]),
    ("Интереси / Interests", ["Internal Medicine residency → Gastroenterology fellowship"]),
    ("Публикации / Publications", [
      "Stojanovski S, et al. Vedolizumab trough levels in Macedonian IBD cohort. Maced J Med Sci. 2023;11:200-206.",
      "Stojanovski S, Trajkov D. Hepatitis B reactivation under biologics. Prilozi. 2024;45:33-40.",
      "Binion DG, Stojanovski S, et al. Healthcare utilization in elderly IBD. Inflamm Bowel Dis. 2025;31:774-781.",
    ]),
    ("Јазици / Languages", ["Macedonian (native), English (C1), Serbian (C1), Bulgarian (B2)"]),
   ],
   truth=dict(full_name="Stefan Stojanovski", email="stefan.stojanovski@yahoo.com", phone_e164="+38970123456",
      medical_school="Faculty of Medicine, Ss. Cyril and Methodius University in Skopje", medical_school_country="MK",
      graduation_year=2018, is_student=False, usmle_step1=231, usmle_step2ck=244, usmle_step3=None,
      ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Gastroenterology"],
      languages=["Macedonian", "English", "Serbian", "Bulgarian"], publications=3,
      usce_entries=[dict(type="observership", specialty="Gastroenterology", state="PA", start="2023-10", end="2023-10"),
                    dict(type="research", specialty="Gastroenterology", state="PA", start="2023-11", end="2024-04")]),
   tricky="Macedonian Cyrillic headings beside English; home residency 'present' not USCE; odfpy ODT converted by LibreOffice")

# ---------------------------------------------------------------- 008
cv(id="008", layout="rtf_raw", ext="rtf",
   name="Maria Ivanova Petrova", name_alt="Мария Иванова Петрова", degree="MD",
   tagline="Physician — Anesthesiology and Intensive Care, Plovdiv",
   contact=[("E-mail", "m.petrova.md@abv.bg"), ("Мобилен / Mobile", "+359 88 765 4321"),
            ("Адрес / Address", "бул. „България“ 88, 4003 Пловдив, Bulgaria")],
   sections=[
    ("Образование / Education", [
      ("2016 – 2022", "Медицински университет – Пловдив (Medical University – Plovdiv), Bulgaria — Магистър по медицина / Master of Medicine (MD). Diploma 07.2022."),
    ]),
    ("Професионален опит / Experience", [
      ("09.2022 – 02.2025", "Лекар-специализант, Клиника по анестезиология и интензивно лечение, УМБАЛ „Св. Георги“, Пловдив (Anesthesiology resident, Bulgaria)"),
      ("03.2025 – 04.2025", "Hands-on externship, Department of Anesthesiology, Emory University Hospital, Atlanta, GA, USA"),
      ("05.2025", "Observership, Anesthesiology (cardiac OR), Piedmont Atlanta Hospital, Atlanta, GA, USA"),
    ]),
    ("USMLE / ECFMG", [
      "USMLE Step 1 — Pass",
      "USMLE Step 2 CK — 261",
      "ECFMG — Certified (2024)",
    ]),
    ("Специалност / Specialty interest", ["Anesthesiology residency (categorical)."]),
    ("Публикации / Publications", [
      "Petrova M, Stoyanov G. Quadratus lumborum block after caesarean section. Folia Med (Plovdiv). 2023;65:410-416.",
      "Petrova M, et al. Sugammadex and postoperative pulmonary complications. J Anesth. 2024;38:602-609.",
    ]),
    ("Езици / Languages", ["Bulgarian (native); English (C2); Russian (B2)"]),
    ("Препоръки / References", [
      "Dr. Amy Richardson, Emory Anesthesiology — a.richardson.ref@emory-demo.edu, +1 404 555 0172",
      "Доц. д-р Петър Колев — +359 32 602 111",
    ]),
   ],
   truth=dict(full_name="Maria Ivanova Petrova", email="m.petrova.md@abv.bg", phone_e164="+359887654321",
      medical_school="Medical University – Plovdiv", medical_school_country="BG", graduation_year=2022,
      is_student=False, usmle_step1="pass", usmle_step2ck=261, usmle_step3=None, ecfmg_status="certified",
      visa_status=None, specialties=["Anesthesiology"], languages=["Bulgarian", "English", "Russian"],
      publications=2,
      usce_entries=[dict(type="hands_on", specialty="Anesthesiology", state="GA", start="2025-03", end="2025-04"),
                    dict(type="observership", specialty="Anesthesiology", state="GA", start="2025-05", end="2025-05")]),
   tricky="raw RTF with \\u escapes for Cyrillic; three-part Bulgarian name with patronymic; US referee phone/email must not be taken; MM.YYYY dates")

# ---------------------------------------------------------------- 009
cv(id="009", layout="docx_headerfooter", ext="docx",
   name="Milica Đurović", name_alt="Милица Ђуровић", degree="dr med.",
   tagline="Emergency Medicine — Podgorica, Crna Gora",
   contact=[("Email", "milica.djurovic.em@gmail.com"), ("Tel", "+382 67 345 678"),
            ("Address", "Bulevar Svetog Petra Cetinjskog 9, 81000 Podgorica, Montenegro")],
   sections=[
    ("Obrazovanje / Education", [
      ("2014 – 2020", "Medicinski fakultet, Univerzitet Crne Gore, Podgorica (Faculty of Medicine, University of Montenegro) — Doktor medicine, 2020"),
    ]),
    ("Staž / Internship & licence", [
      ("2020 – 2021", "Pripravnički staž, Klinički centar Crne Gore"),
      ("06.2021.", "Stručni ispit — položen / state exam passed"),
    ]),
    ("Iskustvo / Experience", [
      ("2021 – 2025", "Ljekar, Hitna medicinska pomoć (Emergency Medical Service), Podgorica"),
      ("09/2025 – 10/2025", "Emergency Medicine sub-internship (hands-on), Banner – University Medical Center Phoenix, Phoenix, AZ"),
      ("20.10.2025. – 21.11.2025.", "Emergency Medicine elective (hands-on), Valleywise Health Medical Center, Phoenix, AZ"),
    ]),
    ("USMLE", [("Step 1", "218"), ("Step 2 CK", "229"), ("ECFMG", "Certified (2024)")]),
    ("Citizenship", ["Dual citizen: Montenegro and United States (US passport) — no visa required."]),
    ("Interests", ["Emergency Medicine residency."]),
    ("Jezici / Languages", ["Montenegrin (native), English (fluent), Italian (B1)"]),
    ("Publications", ["No peer-reviewed publications."]),
   ],
   truth=dict(full_name="Milica Đurović", email="milica.djurovic.em@gmail.com", phone_e164="+38267345678",
      medical_school="Faculty of Medicine, University of Montenegro", medical_school_country="ME", graduation_year=2020,
      is_student=False, usmle_step1=218, usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified",
      visa_status="citizen", specialties=["Emergency Medicine"], languages=["Montenegrin", "English", "Italian"],
      publications=0,
      usce_entries=[dict(type="hands_on", specialty="Emergency Medicine", state="AZ", start="2025-09", end="2025-10"),
                    dict(type="hands_on", specialty="Emergency Medicine", state="AZ", start="2025-10", end="2025-11")]),
   tricky="contacts only in DOCX header/footer; Đ→dj in email; overlapping October counted once (3 months); US citizen")

# ---------------------------------------------------------------- 010
cv(id="010", layout="odt_native", ext="odt",
   name="Đorđe Nikolić", name_alt="Ђорђе Николић", degree="MD, Radiology specialist",
   tagline="Specijalista radiologije / Board-certified radiologist (Serbia)",
   contact=[("E-mail", "djordje.nikolic.rad@gmail.com"), ("Mobilni", "+381 62 845 1190"),
            ("Adresa", "Bulevar oslobođenja 30, 21000 Novi Sad, Srbija")],
   sections=[
    ("Obrazovanje / Education", [
      ("2010 – 2016", "Medicinski fakultet, Univerzitet u Novom Sadu (Faculty of Medicine, University of Novi Sad), Serbia — doktor medicine, diplomirao 28.09.2016."),
      ("2018 – 2022", "Specijalizacija iz radiologije (residency in Radiology), Klinički centar Vojvodine — specijalistički ispit položen 06.2022."),
    ]),
    ("Staž / Internship", [("2016 – 2017", "Pripravnički staž, Dom zdravlja Novi Sad; državni ispit 2017.")]),
    ("US experience", [
      ("01/2024 – 12/2024", "Research Fellow, Neuroradiology, Johns Hopkins Hospital, Baltimore, MD"),
      ("januar 2025", "Observership, Diagnostic Radiology reading rooms, University of Maryland Medical Center, Baltimore, MD"),
    ]),
    ("USMLE / ECFMG", [("Step 1", "Pass (2023)"), ("Step 2 CK", "240 (2023)"), ("ECFMG", "Certified (2023)"),
                        ("Visa", "Requires H-1B sponsorship")]),
    ("Career goal", ["Diagnostic Radiology residency."]),
    ("Publications", [
      "Six peer-reviewed articles (AJNR 2025, Eur Radiol 2024, Radiology 2025, Srp Arh Celok Lek 2019, Med Pregl 2020, Vojnosanit Pregl 2021).",
      "Four conference abstracts (RSNA 2024 ×2, ECR 2023, ASNR 2025).",
    ]),
    ("Jezici / Languages", ["Serbian (native), English (C2), Hungarian (B2)"]),
   ],
   truth=dict(full_name="Đorđe Nikolić", email="djordje.nikolic.rad@gmail.com", phone_e164="+381628451190",
      medical_school="Faculty of Medicine, University of Novi Sad", medical_school_country="RS", graduation_year=2016,
      is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified",
      visa_status="h1b", specialties=["Radiology"], languages=["Serbian", "English", "Hungarian"], publications=6,
      usce_entries=[dict(type="research", specialty="Radiology", state="MD", start="2024-01", end="2024-12"),
                    dict(type="observership", specialty="Radiology", state="MD", start="2025-01", end="2025-01")]),
   tricky="native ODT; 'januar 2025' Serbian month; publication count stated as a word ('Six'), abstracts excluded; specialist training not primary degree")

# ---------------------------------------------------------------- 011
cv(id="011", layout="chromium_timeline", ext="pdf",
   name="Andreas Constantinou", name_alt="Ανδρέας Κωνσταντίνου", degree="MD",
   tagline="General Surgery applicant · Nicosia, Cyprus",
   contact=[("Email", "andreas.konstantinou.md@cytanet.com.cy"), ("Mobile", "+357 96 512 834"),
            ("Born", "1996, Larnaca")],
   sections=[
    ("Military Service / Στρατιωτική θητεία", [
      ("07/2014 – 08/2016", "Cyprus National Guard (Εθνική Φρουρά), mandatory service, medical corps assistant"),
    ]),
    ("Education / Σπουδές", [
      ("2016 – 2022", "Ιατρική Σχολή, Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης (Iatriki Scholi, Aristoteleio Panepistimio Thessalonikis) — School of Medicine, Aristotle University of Thessaloniki, Greece. Ptychio Iatrikis, 2022."),
    ]),
    ("Clinical Experience", [
      ("2022 – 2023", "House officer, Nicosia General Hospital (General Surgery, Orthopaedics)"),
      ("08/2023 – 10/2023", "Clinical attachment, General Surgery, Royal Free Hospital, London, UK"),
      ("04/2025 – 05/2025", "Sub-internship (hands-on), General Surgery, Hennepin Healthcare, Minneapolis, MN"),
      ("2023 – present", "Surgical senior house officer, Larnaca General Hospital"),
    ]),
    ("Examinations", [
      ("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "243"), ("PLAB 1", "Passed (2023)"),
      ("ECFMG", "Certified"), ("Visa", "J-1 needed"),
    ]),
    ("Interest", ["Surgery (categorical General Surgery residency)."]),
    ("Publications", ["Constantinou A, et al. Laparoscopic appendicectomy outcomes in Cyprus. Cyprus Med J. 2024;9:15-21."]),
    ("Languages / Γλώσσες", ["Ελληνικά / Greek (native), English (C2), Russian (B1)"]),
   ],
   truth=dict(full_name="Andreas Constantinou", email="andreas.konstantinou.md@cytanet.com.cy", phone_e164="+35796512834",
      medical_school="School of Medicine, Aristotle University of Thessaloniki", medical_school_country="GR",
      graduation_year=2022, is_student=False, usmle_step1="pass", usmle_step2ck=243, usmle_step3=None,
      ecfmg_status="certified", visa_status="j1", specialties=["General Surgery"],
      languages=["Greek", "English", "Russian"], publications=1,
      usce_entries=[dict(type="hands_on", specialty="General Surgery", state="MN", start="2025-04", end="2025-05")]),
   tricky="name spelled Constantinou but email 'konstantinou'; National Guard service; UK attachment and PLAB not US/USMLE; Greek script headings")

# ---------------------------------------------------------------- 012 (scan)
cv(id="012", layout="scan_pdf_chromium", ext="pdf", scan="pdf", render_as="chromium_classic",
   name="Dragana Kovačević", name_alt="Драгана Ковачевић", degree="dr med.",
   tagline="Doktor medicine — Psychiatry applicant, Banja Luka",
   contact=[("E-mail", "dragana.kovacevic.psy@gmail.com"), ("Mobitel", "+387 65 432 109")],
   sections=[
    ("Образовање / Education", [
      ("2013 – 2019", "Медицински факултет, Универзитет у Бањој Луци / Medicinski fakultet, Univerzitet u Banjoj Luci (Faculty of Medicine, University of Banja Luka), Bosnia and Herzegovina — doktor medicine, 2019"),
      ("2019 – 2020", "Pripravnički staž & stručni ispit (10.2020.)"),
    ]),
    ("Experience", [
      ("2020 – 2024", "Physician, Clinic of Psychiatry, UKC Republike Srpske"),
      ("10/2024 – 12/2024", "Observership, Adult Psychiatry, Yale New Haven Psychiatric Hospital, New Haven, CT"),
      ("02/2025 – 05/2025", "Telepsychiatry elective (remote, video visits), Department of Psychiatry, Mount Sinai, New York, NY"),
    ]),
    ("USMLE", ["Step 1: Pass · Step 2 CK: 236 · ECFMG certified · J-1 visa required"]),
    ("Interests", ["Psychiatry residency; consultation-liaison psychiatry."]),
    ("Languages", ["Serbian (native), English (C1), Spanish (B1)"]),
    ("Publications", ["None."]),
   ],
   truth=dict(full_name="Dragana Kovačević", email="dragana.kovacevic.psy@gmail.com", phone_e164="+38765432109",
      medical_school="Faculty of Medicine, University of Banja Luka", medical_school_country="BA", graduation_year=2019,
      is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="certified",
      visa_status="j1", specialties=["Psychiatry"], languages=["Serbian", "English", "Spanish"], publications=0,
      usce_entries=[dict(type="observership", specialty="Psychiatry", state="CT", start="2024-10", end="2024-12"),
                    dict(type="telehealth", specialty="Psychiatry", state="NY", start="2025-02", end="2025-05")]),
   tricky="image-only PDF scan (rotation, noise); Cyrillic+Latin school name; telehealth excluded from clinical months")

# ---------------------------------------------------------------- 013
cv(id="013", layout="rtf_lo", ext="pdf",
   name="Katerina Alexiou", name_alt="Κατερίνα Αλεξίου", degree="MD",
   tagline="Internal Medicine / Endocrinology — Heraklion, Crete",
   contact=[("Email", "katerina.alexiou.md@gmail.com"), ("Κινητό / Mobile", "+30 697 555 1234"),
            ("Διεύθυνση / Address", "Leoforos Knossou 140, 71409 Heraklion, Greece")],
   sections=[
    ("Σπουδές / Education", [
      ("2018 – 2024", "Ιατρικό Τμήμα, Πανεπιστήμιο Κρήτης (Iatriko Tmima, Panepistimio Kritis) — School of Medicine, University of Crete, Greece. Ptychio Iatrikis (MD), 06/2024, 8.9/10."),
    ]),
    ("Κλινική εμπειρία / Clinical experience", [
      ("09/2024 – 02/2025", "Προσωρινή θέση ιατρού (temporary physician post), Venizelio General Hospital, Heraklion"),
      ("Mar 2025 – May 2025", "Clinical Observer, Endocrinology, Diabetes & Metabolism, Houston Methodist Hospital, Houston, TX"),
      ("06/2025 – present", "Internal Medicine trainee (awaiting specialty post), University Hospital of Heraklion (PAGNI)"),
    ]),
    ("Εξετάσεις / Examinations", [
      ("USMLE Step 1", "Pass (2024)"), ("USMLE Step 2 CK", "258 (2025)"), ("ECFMG", "Certified (2025)"),
    ]),
    ("Ενδιαφέροντα / Interests", ["Internal Medicine residency → Endocrinology fellowship."]),
    ("Δημοσιεύσεις / Publications", [
      "Alexiou K, et al. Thyroid dysfunction in Cretan adolescents. Hormones (Athens). 2024;23:311-318.",
      "Alexiou K, Kampa M. GLP-1 RA adherence in type 2 diabetes. Diabetes Ther. 2025;16:901-912.",
      "Book chapter: 'Adrenal incidentaloma' in Endocrinology Notes for Students (Greek), 2023.",
    ]),
    ("Γλώσσες / Languages", ["Greek (native), English (C2), Spanish (B2)"]),
   ],
   truth=dict(full_name="Katerina Alexiou", email="katerina.alexiou.md@gmail.com", phone_e164="+306975551234",
      medical_school="School of Medicine, University of Crete", medical_school_country="GR", graduation_year=2024,
      is_student=False, usmle_step1="pass", usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified",
      visa_status=None, specialties=["Internal Medicine", "Endocrinology"], languages=["Greek", "English", "Spanish"],
      publications=2,
      usce_entries=[dict(type="observership", specialty="Endocrinology", state="TX", start="2025-03", end="2025-05")]),
   tricky="RTF converted to PDF by LibreOffice; Greek-first headings; book chapter not counted; 'present' Greek job not USCE")

# ---------------------------------------------------------------- 014 (scan)
cv(id="014", layout="scan_png_fpdf2", ext="png", scan="png", render_as="fpdf2_plain",
   name="Shpëtim Rexhepi", name_alt=None, degree="MD",
   tagline="Doktor i Mjekësisë — Tetovë, North Macedonia",
   contact=[("Email", "shpetim.rexhepi@gmail.com"), ("Tel.", "+389 71 234 567")],
   sections=[
    ("Arsimi / Education", [
      ("2015 – 2021", "Universiteti Shtetëror i Tetovës, Fakulteti i Shkencave Mjekësore (State University of Tetovo, Faculty of Medical Sciences), North Macedonia — MD, 2021"),
    ]),
    ("Përvoja / Experience", [
      ("2021 – 2026", "Physician, Clinical Hospital Tetovo, Department of Infectious Diseases"),
      ("11/2026 – present", "Observership, Infectious Diseases, Cleveland Clinic, Cleveland, OH"),
    ]),
    ("USMLE", ["Step 1: Pass (2025) · Step 2 CK: not yet taken · ECFMG: pending · Visa: B1/B2"]),
    ("Interesat / Interests", ["Infectious Disease; Internal Medicine."]),
    ("Gjuhët / Languages", ["Albanian, Macedonian, English, Turkish"]),
   ],
   truth=dict(full_name="Shpëtim Rexhepi", email="shpetim.rexhepi@gmail.com", phone_e164="+38971234567",
      medical_school="State University of Tetovo, Faculty of Medical Sciences", medical_school_country="MK",
      graduation_year=2021, is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None,
      ecfmg_status="pending", visa_status="b1b2", specialties=["Infectious Disease", "Internal Medicine"],
      languages=["Albanian", "Macedonian", "English", "Turkish"], publications=0,
      usce_entries=[dict(type="observership", specialty="Infectious Disease", state="OH", start="2026-11", end="2026-12")]),
   tricky="PNG scan; ë in name; 'present' observership ends 2026-12; Albanian from North Macedonia")

# ---------------------------------------------------------------- 015
cv(id="015", layout="reportlab_table", ext="pdf",
   name="Georgi Dimitrov", name_alt="Георги Димитров", degree="MD, Nephrology specialist",
   tagline="Nephrologist (Bulgaria) · Research fellow",
   contact=[("Email", "georgi.dimitrov.neph@gmail.com"), ("Phone", "+359 89 612 3456"),
            ("Address", "ул. „Цар Освободител“ 15, 9000 Варна")],
   sections=[
    ("Education / Образование", [
      ("2011 – 2017", "Медицински университет „Проф. д-р Параскев Стоянов“ – Варна (Medical University of Varna), Bulgaria — Master of Medicine (MD), 2017"),
      ("2018 – 2022", "Specialisation in Nephrology, University Hospital St. Marina, Varna — специалист по нефрология"),
    ]),
    ("US Research", [
      ("07.2023 – 06.2024", "Research Fellow, UNC Kidney Center (glomerular disease collaborative network), Chapel Hill, NC — no clinical duties"),
    ]),
    ("Clinical (Bulgaria)", [("2022 – present", "Nephrologist, Dialysis Unit, St. Marina University Hospital, Varna")]),
    ("Exams", [("USMLE Step 1", "219"), ("USMLE Step 2 CK", "233"), ("ECFMG", "Certified"), ("Visa", "J-1 physician (needs ECFMG sponsorship)")]),
    ("Interest", ["Nephrology — long-term goal: academic nephrology (glomerular disease)."]),
    ("Publications", [
      "1. Dimitrov G, et al. IgA nephropathy progression in Bulgarian adults. Nephron. 2021;145:560-567.",
      "2. Dimitrov G, Nikolova M. Dialysis access outcomes. J Vasc Access. 2022;23:712-718.",
      "3. Falk RJ, Dimitrov G, et al. ANCA vasculitis relapse predictors. Kidney Int Rep. 2024;9:1880-1889.",
      "4. Dimitrov G, et al. Podocyte biomarkers in FSGS. Clin Kidney J. 2025;18:sfae210.",
      "Poster: ASN Kidney Week 2023.",
    ]),
    ("Languages", ["Bulgarian (native), English (C1), German (B2)"]),
   ],
   truth=dict(full_name="Georgi Dimitrov", email="georgi.dimitrov.neph@gmail.com", phone_e164="+359896123456",
      medical_school="Medical University of Varna", medical_school_country="BG", graduation_year=2017,
      is_student=False, usmle_step1=219, usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified",
      visa_status="j1", specialties=["Nephrology"], languages=["Bulgarian", "English", "German"], publications=4,
      usce_entries=[dict(type="research", specialty="Nephrology", state="NC", start="2023-07", end="2024-06")]),
   tricky="research-only USCE (clinical months 0); Bulgarian Cyrillic address; reportlab tables; MM.YYYY dates")

# ---------------------------------------------------------------- 016 (scan)
cv(id="016", layout="photo_jpg_docx", ext="jpg", scan="photo", render_as="lo_docx_tables",
   name="Teodora Ilić", name_alt="Теодора Илић", degree=None,
   tagline="Student medicine, 6. godina / Final-year medical student — Niš",
   contact=[("Email", "teodora.ilic.med@gmail.com"), ("Telefon", "+381 63 987 6543")],
   sections=[
    ("Obrazovanje / Education", [
      ("2021 – 2027 (expected)", "Medicinski fakultet Univerziteta u Nišu (Faculty of Medicine, University of Niš), Serbia — integrated MD programme, 6th year, expected graduation 07/2027"),
    ]),
    ("USCE", [("07.2026. – 08.2026.", "Clerkship (hands-on, student), General Pediatrics, Nicklaus Children's Hospital, Miami, FL")]),
    ("USMLE", [("Step 1", "Pass (2026)")]),
    ("Interests", ["Pediatrics"]),
    ("Languages / Jezici", ["Serbian, English, French"]),
   ],
   truth=dict(full_name="Teodora Ilić", email="teodora.ilic.med@gmail.com", phone_e164="+381639876543",
      medical_school="Faculty of Medicine, University of Niš", medical_school_country="RS", graduation_year=2027,
      is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
      visa_status=None, specialties=["Pediatrics"], languages=["Serbian", "English", "French"], publications=0,
      usce_entries=[dict(type="hands_on", specialty="Pediatrics", state="FL", start="2026-07", end="2026-08")]),
   tricky="phone-photo JPG with perspective; student; no ECFMG/visa statement")

# ---------------------------------------------------------------- 017
cv(id="017", layout="fpdf2_twocol", ext="pdf",
   name="Dimitrios Karagiannis", name_alt="Δημήτριος Καραγιάννης", degree="MD, PhD, FESC",
   tagline="Cardiologist · Ioannina, Greece / Los Angeles, CA",
   contact=[("Email", "dkaragiannis.cardio@gmail.com"), ("Mobile", "+30 693 812 4490"),
            ("Status", "US permanent resident"), ("Born", "1989")],
   sections=[
    ("Education", [
      ("2009 – 2015", "Σχολή Επιστημών Υγείας, Τμήμα Ιατρικής, Πανεπιστήμιο Ιωαννίνων — Faculty of Medicine, University of Ioannina, Greece. MD (Ptychio), 2015"),
      ("2019 – 2023", "PhD, University of Ioannina (cardiac imaging)"),
    ]),
    ("Military service", [("2015 – 2016", "Hellenic Navy, medical officer (9 months)")]),
    ("US experience", [
      ("01/2017 – 06/2018", "Postdoctoral research fellow, Smidt Heart Institute, Cedars-Sinai Medical Center, Los Angeles, CA"),
      ("07/2018", "Observership, Cardiology (echo lab & CCU), Cedars-Sinai Medical Center, Los Angeles, CA"),
    ]),
    ("Clinical training (non-US)", [
      ("2018 – 2024", "Cardiology specialty training, University Hospital of Ioannina"),
      ("2024 – 2025", "Clinical fellow, Cardiac Imaging, Hammersmith Hospital, London, UK"),
    ]),
    ("USMLE", [("Step 1", "241 (2016)"), ("Step 2 CK", "247 (2017)"), ("Step 3", "225 (2019)"), ("ECFMG", "Certified 2017")]),
    ("Goal", ["Cardiology — clinical cardiology / cardiac imaging."]),
    ("Publications", ["11 peer-reviewed publications (full list on request); 20+ abstracts at ESC/ACC."]),
    ("Languages", ["Greek, English, German"]),
   ],
   truth=dict(full_name="Dimitrios Karagiannis", email="dkaragiannis.cardio@gmail.com", phone_e164="+306938124490",
      medical_school="Faculty of Medicine, University of Ioannina", medical_school_country="GR", graduation_year=2015,
      is_student=False, usmle_step1=241, usmle_step2ck=247, usmle_step3=225, ecfmg_status="certified",
      visa_status="green_card", specialties=["Cardiology"], languages=["Greek", "English", "German"], publications=11,
      usce_entries=[dict(type="research", specialty="Cardiology", state="CA", start="2017-01", end="2018-06"),
                    dict(type="observership", specialty="Cardiology", state="CA", start="2018-07", end="2018-07")]),
   tricky="fpdf2 two-column (sidebar text order); PhD after MD; 'Internal Medicine residency required' is a pathway not stated interest; UK fellowship not USCE; Step 3 present")

# ---------------------------------------------------------------- 018
cv(id="018", layout="docx_contacts_table", ext="docx",
   name="Nemanja Stevanović", name_alt="Немања Стевановић", degree="dr med.",
   tagline="Лекар / Physician — Kragujevac, Srbija",
   contact=[("Е-пошта / E-mail", "nemanja.stevanovic.pccm@gmail.com"), ("Телефон / Phone", "+381 65 222 3344"),
            ("Адреса / Address", "Kneza Miloša 17, 34000 Kragujevac")],
   sections=[
    ("Образовање / Obrazovanje / Education", [
      ("2017 – 2023", "Fakultet medicinskih nauka, Univerzitet u Kragujevcu / Факултет медицинских наука, Универзитет у Крагујевцу (Faculty of Medical Sciences, University of Kragujevac), Serbia — doktor medicine, 2023"),
    ]),
    ("Стаж / Staž / Internship", [("2023 – 2024", "Pripravnički staž, UKC Kragujevac; državni (stručni) ispit položen 09.2024.")]),
    ("USCE", [
      ("15.01.2026. – 15.03.2026.", "Observership, Pulmonary and Critical Care Medicine (MICU), Northwestern Memorial Hospital, Chicago, IL"),
      ("04/2026 – 06/2026", "Hands-on externship, Internal Medicine, Mount Sinai Hospital, Chicago, IL"),
    ]),
    ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "250"), ("ECFMG", "Certified"), ("Виза / Visa", "J-1")]),
    ("Интересовања / Interests", ["Internal Medicine residency, then Pulmonary and Critical Care fellowship."]),
    ("Публикације / Publications", ["Stevanović N, et al. COVID-19 ARDS outcomes in Šumadija. Medicinski časopis. 2024;58:12-18."]),
    ("Језици / Languages", ["српски / Serbian (native), English (C1), руски / Russian (B1)"]),
   ],
   truth=dict(full_name="Nemanja Stevanović", email="nemanja.stevanovic.pccm@gmail.com", phone_e164="+381652223344",
      medical_school="Faculty of Medical Sciences, University of Kragujevac", medical_school_country="RS",
      graduation_year=2023, is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None,
      ecfmg_status="certified", visa_status="j1", specialties=["Internal Medicine", "Pulmonology/Critical Care"],
      languages=["Serbian", "English", "Russian"], publications=1,
      usce_entries=[dict(type="observership", specialty="Pulmonology/Critical Care", state="IL", start="2026-01", end="2026-03"),
                    dict(type="hands_on", specialty="Internal Medicine", state="IL", start="2026-04", end="2026-06")]),
   tricky="native DOCX with contacts in a table; trilingual headings (Cyrillic/Latin/English); day-first dotted dates with trailing dot; 'Pulmonary and Critical Care' naming")

# ---------------------------------------------------------------- 019 (scan)
cv(id="019", layout="scan_pdf_reportlab", ext="pdf", scan="pdf", render_as="reportlab_classic",
   name="Emir Mehmedović", name_alt=None, degree="MD",
   tagline="Doktor medicine — Family Medicine applicant, Tuzla",
   contact=[("Email", "emir.mehmedovic@hotmail.com"), ("Phone", "+387 62 345 678")],
   sections=[
    ("Education", [
      ("2014 – 2020", "Medicinski fakultet Univerziteta u Tuzli (Faculty of Medicine, University of Tuzla), Bosnia and Herzegovina — Doktor medicine, 2020"),
    ]),
    ("Experience", [
      ("2021 – 2022", "Assistenzarzt, Innere Medizin, Klinikum Dortmund, Germany"),
      ("05/2023 – 12/2023", "Medical assistant (non-physician role), Family Health Center, Chicago, IL"),
      ("02/2024 – 03/2024", "Observership, Family Medicine, Advocate Illinois Masonic Medical Center, Chicago, IL"),
    ]),
    ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "228"), ("ECFMG", "Certified")]),
    ("Interests", ["Family Medicine"]),
    ("Languages", ["Bosnian, English, German"]),
   ],
   truth=dict(full_name="Emir Mehmedović", email="emir.mehmedovic@hotmail.com", phone_e164="+38762345678",
      medical_school="Faculty of Medicine, University of Tuzla", medical_school_country="BA", graduation_year=2020,
      is_student=False, usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified",
      visa_status=None, specialties=["Family Medicine"], languages=["Bosnian", "English", "German"], publications=0,
      usce_entries=[dict(type="observership", specialty="Family Medicine", state="IL", start="2024-02", end="2024-03")]),
   tricky="image-only PDF; US medical-assistant job is not USCE; German job not USCE")

# ---------------------------------------------------------------- 020
cv(id="020", layout="txt_markdown", ext="txt",
   name="Christina Charalambous", name_alt="Χριστίνα Χαραλάμπους", degree="MD",
   tagline="Rheumatology research fellow, New York",
   contact=[("Email", "c.charalambous.rheum@gmail.com"), ("Mobile (CY)", "+357 97 654 321"), ("Visa", "J-1 research scholar")],
   sections=[
    ("Education", [
      ("2019 – 2025", "University of Cyprus Medical School (Ιατρική Σχολή Πανεπιστημίου Κύπρου), Nicosia, Cyprus — MD, 05/2025"),
    ]),
    ("US experience", [
      ("Sep 2025 – present", "Research fellow, Division of Rheumatology, Hospital for Special Surgery, New York, NY"),
      ("March 2026", "Clinical observership, Rheumatology clinics, Hospital for Special Surgery, New York, NY"),
    ]),
    ("Exams", ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 245", "ECFMG — certified (2025)"]),
    ("Interests", ["Internal Medicine residency; Rheumatology fellowship."]),
    ("Publications", [
      "Charalambous C, et al. Lupus nephritis in Cyprus: a registry. Lupus. 2025;34:455-462.",
      "Submitted: interferon signature in dermatomyositis (under review).",
    ]),
    ("Languages", ["Greek (native), English (C2), French (B1)"]),
   ],
   truth=dict(full_name="Christina Charalambous", email="c.charalambous.rheum@gmail.com", phone_e164="+35797654321",
      medical_school="University of Cyprus Medical School", medical_school_country="CY", graduation_year=2025,
      is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
      visa_status="j1", specialties=["Internal Medicine", "Rheumatology"], languages=["Greek", "English", "French"],
      publications=1,
      usce_entries=[dict(type="research", specialty="Rheumatology", state="NY", start="2025-09", end="2026-12"),
                    dict(type="observership", specialty="Rheumatology", state="NY", start="2026-03", end="2026-03")]),
   tricky="Markdown-style plain text; research 'present' → 2026-12 (16 months) with nested observership; submitted paper excluded")

# ---------------------------------------------------------------- 021 (scan)
cv(id="021", layout="photo_jpg_odt", ext="jpg", scan="jpg", render_as="odt_lo",
   name="Anxhela Çuni", name_alt=None, degree="MD",
   tagline="Mjeke / Physician — Pathology applicant, Tiranë",
   contact=[("Email", "anxhela.cuni@yahoo.com"), ("Cel.", "+355 68 456 7890")],
   sections=[
    ("Arsimi / Education", [
      ("2017 – 2023", "Universiteti i Mjekësisë, Tiranë (University of Medicine, Tirana), Albania — MD, 2023"),
    ]),
    ("US Experience", [
      ("05/2025 – 06/2025", "Observership, Anatomic & Clinical Pathology, Massachusetts General Hospital, Boston, MA"),
      ("07/2025 – 12/2025", "Research assistant, Department of Pathology, Massachusetts General Hospital, Boston, MA"),
    ]),
    ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "238"), ("ECFMG", "Certified"), ("Visa", "J-1")]),
    ("Interest", ["Pathology residency"]),
    ("Publications", ["Çuni A, et al. HER2-low breast cancer in Albania. Virchows Arch. 2025;486:77-84."]),
    ("Gjuhët / Languages", ["Albanian, English, Italian"]),
   ],
   truth=dict(full_name="Anxhela Çuni", email="anxhela.cuni@yahoo.com", phone_e164="+355684567890",
      medical_school="University of Medicine, Tirana", medical_school_country="AL", graduation_year=2023,
      is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified",
      visa_status="j1", specialties=["Pathology"], languages=["Albanian", "English", "Italian"], publications=1,
      usce_entries=[dict(type="observership", specialty="Pathology", state="MA", start="2025-05", end="2025-06"),
                    dict(type="research", specialty="Pathology", state="MA", start="2025-07", end="2025-12")]),
   tricky="JPG scan (JPEG artefacts, low contrast); Ç in name vs ASCII email")

DAMAGED = [
    dict(id="022", layout="damaged_truncated", ext="pdf", src="001", tricky="PDF truncated to 35% of its bytes (no xref/trailer)"),
    dict(id="023", layout="damaged_encrypted", ext="pdf", src="011", tricky="PDF encrypted with an unknown user password"),
    dict(id="024", layout="damaged_random", ext="docx", src=None, tricky="random bytes with .docx extension (not a zip)"),
]
