from pubs import make_output, count_peer, by_kind


def E(when, what, where="", *notes):
    return {"when": when, "what": what, "where": where, "notes": list(notes)}


def U(type_, spec, state, start, end):
    return {"type": type_, "specialty": spec, "state": state, "start": start, "end": end}


PEOPLE = []

# ---------------------------------------------------------------- 001 India
p_out = make_output(101, "Venkataraman R", ["Kumar P", "Sundaram S", "Rajan A", "Devi M", "Natarajan K",
                    "Balasubramanian V", "Iyer L", "Foglia EE", "Kirpalani H", "Chandrasekaran S"],
                    "peds", "South India", ["Indian Pediatr", "Indian J Pediatr", "J Trop Pediatr",
                    "J Perinatol", "Neonatology", "BMC Pediatr", "Pediatr Res"],
                    ["PEDICON, Indian Academy of Pediatrics", "NEOCON, National Neonatology Forum",
                     "Pediatric Academic Societies Meeting, Vancouver", "Tamil Nadu State NNF Conference"],
                    (2005, 2025), n_article=11, n_review=2, n_case=3, n_abstract=6, n_poster=4,
                    n_chapter=2, n_talk=5, n_letter=1, n_prep=1)
PEOPLE.append({
    "nnn": "001", "layout": "docx_header_footer", "ext": "docx",
    "full_name": "Rajeshwari Venkataraman", "display_name": "Dr. Rajeshwari Venkataraman, MBBS, MD, DM",
    "email": "rajeshwari.venkat@gmail.com", "phone_disp": "+91 94440 27815", "phone_e164": "+919444027815",
    "address": "Flat 3B, Sri Ganesh Apartments, 14 Luz Church Road, Mylapore, Chennai 600004, Tamil Nadu, India",
    "medical_school": "Madras Medical College", "medical_school_country": "IN", "graduation_year": 2001,
    "is_student": False, "usmle_step1": 228, "usmle_step2ck": 235, "usmle_step3": None,
    "ecfmg_status": "certified", "visa_status": "j1", "specialties": ["Pediatrics"],
    "languages": ["English", "Tamil", "Hindi", "Telugu"],
    "usce_entries": [U("research", "Pediatrics", "PA", "2009-07", "2010-06"),
                     U("observership", "Pediatrics", "PA", "2010-07", "2010-09")],
    "output": p_out,
    "personal": [("Date of birth", "14 February 1978"), ("Nationality", "Indian"),
                 ("Visa", "Will require J-1 (ECFMG-sponsored) for clinical training"),
                 ("Languages", "English (fluent), Tamil (native), Hindi (working), Telugu (spoken)")],
    "sections": [
        ("Academic Formation", "entries", [
            E("2008 – 2011", "DM (Neonatology)", "Institute of Child Health & Hospital for Children, Egmore, Chennai — The Tamil Nadu Dr. M.G.R. Medical University",
              "Thesis: ‘Oral probiotics and late-onset sepsis in VLBW infants: an RCT’"),
            E("2003 – 2006", "MD (Paediatrics)", "Madras Medical College, Chennai"),
            E("2001 – 2002", "Compulsory Rotating Residential Internship (CRRI)", "Rajiv Gandhi Government General Hospital, Chennai"),
            E("1995 – 2001", "MBBS", "Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University)",
              "Gold medal in Community Medicine; graduated March 2001"),
        ]),
        ("Certifications & Examinations", "kv", [
            ("USMLE Step 1", "228 (first attempt, June 2008)"),
            ("USMLE Step 2 CK", "235 (first attempt, January 2009)"),
            ("USMLE Step 2 CS", "Pass (2009) — discontinued exam"),
            ("ECFMG", "Certified, 2009 (Certificate no. 0-712-448-3); status valid"),
            ("Tamil Nadu Medical Council", "Reg. No. 68214 (permanent)"),
            ("NRP / PALS", "NRP Instructor (IAP-NNF), renewed 2025; PALS provider"),
        ]),
        ("Professional Trajectory", "entries", [
            E("Jun 2019 – present", "Associate Professor of Neonatology", "Institute of Child Health & Hospital for Children, Madras Medical College, Chennai",
              "Lead, 48-bed level III NICU; coordinator of the DM Neonatology programme"),
            E("Apr 2014 – May 2019", "Assistant Professor of Neonatology", "Institute of Child Health & Hospital for Children, Chennai"),
            E("Oct 2010 – Mar 2014", "Consultant Neonatologist", "Kauvery Hospital, Chennai"),
            E("Jul 2009 – Jun 2010", "Research Fellow, Division of Neonatology", "Children's Hospital of Philadelphia, Philadelphia, PA, USA",
              "J-1 research scholar; NIH-funded trial of less invasive surfactant administration; no direct patient care"),
            E("Jul 2010 – Sep 2010", "Clinical Observer, Newborn/Infant Intensive Care Unit", "Children's Hospital of Philadelphia, PA, USA",
              "Attended rounds, family meetings and neonatal resuscitation simulation"),
            E("2006 – 2008", "Senior Resident, Paediatrics", "Government Stanley Medical College Hospital, Chennai"),
        ]),
        ("Teaching", "bullets", [
            "Undergraduate lectures in neonatology for MBBS Phase III (approx. 40 h / year, 2014–present)",
            "Supervisor of 11 MD Paediatrics and 6 DM Neonatology theses",
            "Faculty, IAP-NNF Basic Neonatal Resuscitation courses (over 30 workshops)",
            "Convenor, annual ‘Hands-on Neonatal Ventilation’ workshop, Chennai (2016–2024)",
        ]),
        ("Committees & Service", "bullets", [
            "Member, Institutional Ethics Committee, Madras Medical College (2017–present)",
            "Secretary, National Neonatology Forum – Tamil Nadu chapter (2021–2023)",
            "Hospital Infection Control Committee, ICH Egmore (2015–present)",
            "Reviewer: Indian Pediatrics; Journal of Tropical Pediatrics; BMC Pediatrics",
        ]),
        ("Research Grants", "bullets", [
            "ICMR extramural grant (2018–2021), INR 42 lakh — PI: Probiotic prophylaxis in VLBW neonates",
            "Tamil Nadu State Health Society grant (2022) — Co-PI: Kangaroo mother care scale-up",
        ]),
        ("Scholarly Output", "pubs_mixed", None),
        ("Referees", "refs", [
            ("Prof. Dr. S. Balasubramanian", "Former Director, Institute of Child Health, Chennai", "sbalu.ich@gmail.com", "+91 98410 55321"),
            ("Haresh Kirpalani, BM, MSc", "Emeritus Professor of Pediatrics, CHOP / University of Pennsylvania", "kirpalanih@chop.edu", "+1 215 590 1653"),
        ]),
    ],
})

# ---------------------------------------------------------------- 002 Saudi Arabia
o_out = make_output(202, "Al-Harbi OK", ["Al-Qahtani M", "Al-Shehri A", "Alotaibi N", "Al-Mutairi F",
                    "Tuzcu EM", "Kapadia SR", "Al-Zahrani S", "Alghamdi A", "Almasood A"],
                    "cards", "Saudi Arabia", ["Ann Saudi Med", "Saudi Med J", "J Saudi Heart Assoc",
                    "Am J Cardiol", "Catheter Cardiovasc Interv", "Heart Views", "Cureus"],
                    ["Saudi Heart Association Annual Conference", "ESC Congress", "ACC Scientific Session",
                     "Gulf Heart Association Meeting"], (2009, 2025), n_article=9, n_review=1, n_case=2,
                    n_abstract=7, n_poster=3, n_talk=6, n_submitted=2)
PEOPLE.append({
    "nnn": "002", "layout": "chromium_margin_boxes", "ext": "pdf",
    "full_name": "Omar Khalid Al-Harbi", "display_name": "Omar Khalid Al-Harbi, MBBS, SBIM, FACC",
    "native_name": "عمر خالد الحربي",
    "email": "o.alharbi.md@outlook.com", "phone_disp": "+966 55 318 4720", "phone_e164": "+966553184720",
    "address": "Al Nakheel District, Riyadh 12382, Kingdom of Saudi Arabia",
    "medical_school": "King Saud University College of Medicine", "medical_school_country": "SA",
    "graduation_year": 2005, "is_student": False, "usmle_step1": 241, "usmle_step2ck": 248, "usmle_step3": None,
    "ecfmg_status": "certified", "visa_status": "j1", "specialties": ["Cardiology"],
    "languages": ["Arabic", "English"],
    "usce_entries": [U("observership", "Cardiology", "OH", "2012-03", "2012-05"),
                     U("research", "Cardiology", "OH", "2012-06", "2013-05")],
    "output": o_out,
    "sections": [
        ("Profile", "para", "Consultant cardiologist with 15 years of post-graduate training and practice in the Saudi health system, seeking a US clinical fellowship position in interventional/structural cardiology. Requires J-1 sponsorship through ECFMG."),
        ("Education", "entries", [
            E("1999–2005", "Bachelor of Medicine, Bachelor of Surgery (MBBS)", "King Saud University College of Medicine, Riyadh", "Second-class honours; graduated June 2005"),
            E("2005–2006", "Internship year", "King Khalid University Hospital, Riyadh"),
        ]),
        ("Postgraduate Training", "entries", [
            E("2006–2010", "Residency, Internal Medicine — Saudi Board (SBIM)", "King Faisal Specialist Hospital & Research Centre, Riyadh"),
            E("2010–2012", "Fellowship, Adult Cardiology — Saudi Board", "Prince Sultan Cardiac Center, Riyadh"),
            E("Mar–May 2012", "Clinical Observership, Heart & Vascular Institute", "Cleveland Clinic, Cleveland, Ohio", "Cardiac catheterization and structural heart programme"),
            E("Jun 2012 – May 2013", "Research Fellowship, Interventional Cardiology", "Cleveland Clinic, Cleveland, Ohio", "TAVR outcomes registry; 3 first-author abstracts"),
            E("2013–2015", "Fellowship, Interventional Cardiology", "King Fahad Cardiac Centre, King Saud University Medical City, Riyadh"),
        ]),
        ("Appointments", "entries", [
            E("2020 – current", "Consultant Interventional Cardiologist & Assistant Professor", "King Saud University Medical City, Riyadh"),
            E("2015–2020", "Consultant Cardiologist", "King Fahad Medical City, Riyadh"),
        ]),
        ("Board Certification & Licensure", "bullets", [
            "Saudi Board of Internal Medicine (SBIM), 2010",
            "Saudi Board of Adult Cardiology, 2012; Arab Board of Cardiology, 2013",
            "Saudi Commission for Health Specialties — Consultant classification, Lic. 09-R-M-0031245",
            "USMLE Step 1: 241 | Step 2 CK: 248 | ECFMG certified (2011)",
            "Fellow of the American College of Cardiology (FACC), 2019",
        ]),
        ("Teaching & Committees", "bullets", [
            "Program Director, Saudi Board Adult Cardiology, KSUMC (2021–present)",
            "Member, Cath Lab Quality Committee; Chair, Chest Pain Unit Working Group",
            "Lecturer, MBBS cardiovascular block (since 2020)",
        ]),
        ("Grants", "bullets", ["King Abdulaziz City for Science & Technology (KACST) grant AT-38-112, SAR 600,000, 2018–2021 (Co-I)"]),
        ("Publications (peer-reviewed)", "pubs_peer", None),
        ("Abstracts, Posters & Invited Lectures", "pubs_other", None),
        ("Languages", "bullets", ["Arabic — mother tongue", "English — fluent (IELTS 8.0, 2011)"]),
        ("References", "refs", [
            ("Samir R. Kapadia, MD", "Chair, Cardiovascular Medicine, Cleveland Clinic", "kapadis@ccf.org", "+1 216 444 6735"),
            ("Dr. Abdulrahman Almasood", "Head of Cardiology, KSUMC", "aalmasood@ksu.edu.sa", "+966 11 467 1111"),
        ]),
    ],
})

# ---------------------------------------------------------------- 003 Peru (ODT, forward chronological)
m_out = make_output(303, "Quispe-Huamán MF", ["Gotuzzo E", "Seas C", "Mendoza D", "Gilman RH", "Ticona E",
                    "Castillo R", "Huaroto L", "Bern C", "Pinazo MJ"], "id", "Peru",
                    ["Am J Trop Med Hyg", "Rev Peru Med Exp Salud Publica", "PLoS Negl Trop Dis",
                     "Clin Infect Dis", "Int J Tuberc Lung Dis", "Rev Chilena Infectol"],
                    ["Congreso Peruano de Enfermedades Infecciosas", "ASTMH Annual Meeting, Atlanta",
                     "IDWeek, Washington DC", "Congreso Panamericano de Infectología"], (2011, 2025),
                    n_article=7, n_case=2, n_abstract=5, n_poster=5, n_oral=2, n_chapter=1, n_submitted=1)
PEOPLE.append({
    "nnn": "003", "layout": "odt_forward_chrono", "ext": "odt",
    "full_name": "María Fernanda Quispe Huamán", "display_name": "Dra. María Fernanda Quispe Huamán",
    "email": "mfquispe.huaman@gmail.com", "phone_disp": "(+51) 987 654 213", "phone_e164": "+51987654213",
    "address": "Jr. Las Magnolias 452, San Isidro, Lima 27, Perú",
    "medical_school": "Universidad Nacional Mayor de San Marcos", "medical_school_country": "PE",
    "graduation_year": 2008, "is_student": False, "usmle_step1": 225, "usmle_step2ck": 238, "usmle_step3": None,
    "ecfmg_status": "pending", "visa_status": None,
    "specialties": ["Infectious Disease", "Internal Medicine"],
    "languages": ["Spanish", "English", "Quechua", "Portuguese"],
    "usce_entries": [U("research", "Infectious Disease", "MD", "2014-09", "2016-08"),
                     U("observership", "Infectious Disease", "MD", "2016-03", "2016-05")],
    "output": m_out,
    "sections": [
        ("Formación académica", "entries", [
            E("2001 – 2008", "Médico Cirujano (MD equivalent)", "Facultad de Medicina ‘San Fernando’, Universidad Nacional Mayor de San Marcos, Lima",
              "Título profesional de Médico Cirujano, diciembre 2008; tercio superior"),
            E("2008 – 2009", "Internado médico", "Hospital Nacional Dos de Mayo, Lima"),
            E("2009 – 2010", "SERUMS (rural service year)", "Puesto de Salud Ccatca, Quispicanchi, Cusco"),
            E("2010 – 2013", "Residencia — Enfermedades Infecciosas y Tropicales", "Hospital Nacional Cayetano Heredia / Universidad Peruana Cayetano Heredia"),
            E("2014 – 2016", "Maestría en Epidemiología Clínica", "Universidad Peruana Cayetano Heredia"),
        ]),
        ("Clinical Exposure in the United States", "entries", [
            E("09/2014 – 08/2016", "Research Fellow (Fogarty Global Health Fellow)", "Johns Hopkins Bloomberg School of Public Health, Baltimore, Maryland",
              "Chagas cardiomyopathy cohort; laboratory and field work, no patient care"),
            E("03/2016 – 05/2016", "Clinical Observer, Infectious Diseases consult service", "Johns Hopkins Hospital, Baltimore, MD",
              "Part-time (2 days/week) during research fellowship"),
        ]),
        ("Trayectoria profesional", "entries", [
            E("2016 – 2019", "Médico asistente, Servicio de Infectología", "Hospital Nacional Arzobispo Loayza, Lima"),
            E("2019 – presente", "Médica infectóloga y Jefa de la Unidad de TB-MDR", "Hospital Nacional Cayetano Heredia, Lima"),
            E("2020 – presente", "Profesora auxiliar (part-time)", "Facultad de Medicina Alberto Hurtado, UPCH"),
            E("Abr – Jul 2020", "COVID-19 surge physician", "Villa Panamericana temporary hospital, Lima"),
        ]),
        ("Certificaciones y exámenes", "kv", [
            ("USMLE Step 1", "225 (2019)"),
            ("USMLE Step 2 CK", "238 (2021)"),
            ("ECFMG", "Pending — Pathway/OET Medicine to be completed 2027"),
            ("Colegio Médico del Perú", "CMP 058712; RNE 031447 (Enfermedades Infecciosas)"),
            ("NBME CCSSA (practice)", "251 — not an official score"),
        ]),
        ("Docencia y comités", "bullets", [
            "Tutor, Diplomado en VIH/TB, UPCH (2018–2024)",
            "Miembro, Comité de Control de Infecciones Intrahospitalarias, HNCH (2019–presente)",
            "Comité Institucional de Ética en Investigación, UPCH (2021–presente)",
            "Docente invitada, curso de Medicina Tropical (Gorgas Course in Clinical Tropical Medicine), Lima, 2017–2025",
            "Asesora de 14 tesis de pregrado y 5 de especialidad (UNMSM / UPCH)",
            "Revisora: Revista Peruana de Medicina Experimental y Salud Pública; PLoS Neglected Tropical Diseases",
        ]),
        ("Cursos y certificaciones adicionales", "bullets", [
            "Gorgas Diploma in Tropical Medicine & Hygiene (ASTMH), Lima, 2012",
            "Good Clinical Practice (NIDA CTN), 2023",
            "Curso Internacional de Manejo de TB Resistente (The Union), Lima, 2018",
            "ACLS provider (AHA), vigente hasta 03/2027",
        ]),
        ("Financiamiento", "bullets", [
            "NIH/Fogarty D43 TW010074 — trainee support (2014–2016)",
            "CONCYTEC-FONDECYT 2019-01 — Co-investigator, PEN 300,000",
        ]),
        ("Producción científica", "pubs_mixed", None),
        ("Idiomas", "bullets", ["Español (nativo)", "English (C1 — TOEFL iBT 109)", "Quechua (conversacional)", "Portugués (intermedio)"]),
        ("Referencias", "refs", [
            ("Dr. Eduardo Gotuzzo", "Instituto de Medicina Tropical Alexander von Humboldt, UPCH", "eduardo.gotuzzo@upch.pe", "+51 1 482 3910"),
            ("Robert H. Gilman, MD, DTMH", "Professor, Johns Hopkins Bloomberg School of Public Health", "rgilman1@jhu.edu", "+1 410 614 3959"),
        ]),
    ],
})

# ---------------------------------------------------------------- 004 Nigeria (reportlab)
c_out = make_output(404, "Nwachukwu CO", ["Okafor UV", "Eze JC", "Ugwu EO", "Nwankwo EN", "Chukwu BF",
                    "Onuh AC", "Obi AO", "Edelu BO"], "surg", "South-East Nigeria",
                    ["Niger J Clin Pract", "Niger J Surg", "West Afr J Med", "Ann Afr Med", "World J Surg",
                     "Pan Afr Med J", "East Cent Afr J Surg"],
                    ["Annual Conference of the Nigerian Surgical Research Society", "West African College of Surgeons AGM",
                     "Association of Surgeons of Nigeria Scientific Conference", "American College of Surgeons Clinical Congress"],
                    (2004, 2025), n_article=17, n_review=1, n_case=4, n_abstract=4, n_poster=2,
                    n_chapter=3, n_talk=4, n_letter=2)
PEOPLE.append({
    "nnn": "004", "layout": "reportlab_numbered", "ext": "pdf",
    "full_name": "Chukwuemeka Obinna Nwachukwu", "display_name": "CHUKWUEMEKA OBINNA NWACHUKWU",
    "email": "emeka.nwachukwu@unn.edu.ng", "phone_disp": "0803 447 2916", "phone_e164": "+2348034472916",
    "address": "Department of Surgery, University of Nigeria Teaching Hospital, Ituku-Ozalla, Enugu State, Nigeria",
    "medical_school": "University of Nigeria College of Medicine", "medical_school_country": "NG",
    "graduation_year": 1999, "is_student": False, "usmle_step1": None, "usmle_step2ck": None, "usmle_step3": None,
    "ecfmg_status": None, "visa_status": "b1b2", "specialties": ["General Surgery"],
    "languages": ["English", "Igbo", "Hausa"],
    "usce_entries": [U("observership", "General Surgery", "MA", "2010-06", "2010-08")],
    "output": c_out,
    "sections": [
        ("Personal Data", "kv", [
            ("Date of Birth", "22nd October 1973"), ("State of Origin", "Anambra"), ("Marital Status", "Married, four children"),
            ("Travel document", "Nigerian passport; valid US B1/B2 visitor visa (to 2029)"),
            ("Languages", "English, Igbo, Hausa (fair)"),
        ]),
        ("Institutions Attended with Dates", "entries", [
            E("1986 – 1991", "West African Senior School Certificate", "Christ the King College, Onitsha"),
            E("1992 – 1999", "MB BS", "College of Medicine, University of Nigeria, Enugu Campus", "Graduated 11 November 1999"),
            E("2002 – 2009", "Residency training in General Surgery", "University of Nigeria Teaching Hospital (UNTH), Enugu"),
        ]),
        ("Qualifications", "bullets", [
            "MB BS (Nig.) — 1999",
            "FMCS (Part I) — National Postgraduate Medical College of Nigeria, 2004",
            "FWACS (General Surgery) — West African College of Surgeons, 2009",
            "FACS — Fellow, American College of Surgeons, 2018",
            "Certificate in Laparoscopic Surgery, IRCAD Africa, Kigali, 2017",
        ]),
        ("Working Experience", "entries", [
            E("1999 – 2000", "House Officer", "Federal Medical Centre, Owerri"),
            E("2000 – 2001", "NYSC Medical Officer", "General Hospital, Katsina-Ala, Benue State"),
            E("2001 – 2002", "Medical Officer", "Our Lady of Lourdes Hospital, Ihiala"),
            E("2002 – 2009", "Registrar / Senior Registrar, Surgery", "UNTH, Enugu"),
            E("Jun – Aug 2010", "International Visiting Surgeon (observer)", "Massachusetts General Hospital, Boston, MA, USA",
              "Acute care surgery and trauma service; ACS International Guest Scholar programme"),
            E("2010 – 2015", "Consultant Surgeon / Lecturer I", "UNTH & College of Medicine, University of Nigeria"),
            E("2015 – 2021", "Senior Lecturer / Consultant General Surgeon", "College of Medicine, University of Nigeria"),
            E("2021 – date", "Reader (Associate Professor) & Head, Division of General Surgery", "College of Medicine, University of Nigeria"),
            E("2024 – date", "Visiting Consultant (monthly outreach)", "Mater Misericordiae Hospital, Afikpo"),
        ]),
        ("Teaching and Administrative Experience", "bullets", [
            "Coordinator, final MB BS surgery examinations (2016–2022)",
            "Examiner, West African College of Surgeons (Part I and Part II), since 2014",
            "Sub-Dean, Faculty of Clinical Medicine (2019–2021)",
            "Member, UNTH Medical Advisory Committee (2021–present)",
            "Trainer, Primary Trauma Care and ATLS Nigeria",
        ]),
        ("Research Grants", "bullets", [
            "TETFund Institution-Based Research grant (2016) — N2.5 million — Surgical site infection surveillance",
            "Global Surgery Foundation / GlobalSurg collaborative site lead (2019–2022)",
        ]),
        ("Publications in Learned Journals", "pubs_peer_numbered", None),
        ("Book Chapters", "pubs_kind:chapter", None),
        ("Conference Papers, Abstracts and Letters", "pubs_kind:abstract,poster,talk,letter", None),
        ("Referees", "refs", [
            ("Prof. J. C. Eze", "Department of Surgery, UNTH, Enugu", "jc.eze@unn.edu.ng", "0803 331 2248"),
            ("Prof. B. F. Chukwu", "Provost, College of Medicine, UNN", "provost.com@unn.edu.ng", "0805 662 0137"),
            ("George C. Velmahos, MD, PhD", "Chief, Trauma, Emergency Surgery & Surgical Critical Care, MGH, Boston", "gvelmahos@mgh.harvard.edu", "+1 617 643 9250"),
        ]),
    ],
})

# ---------------------------------------------------------------- 005 Poland (fpdf2)
k_out = make_output(505, "Wiśniewska-Nowak K", ["Kurkowska-Jastrzębska I", "Członkowska A", "Brola W",
                    "Weinshenker BG", "Pittock SJ", "Kozubski W", "Lewandowski P", "Zakrzewska-Pniewska B"],
                    "neuro", "Poland", ["Neurol Neurochir Pol", "Mult Scler", "J Neurol", "Neurology",
                    "Eur J Neurol", "Mult Scler Relat Disord", "Front Neurol"],
                    ["ECTRIMS Congress", "Zjazd Polskiego Towarzystwa Neurologicznego", "AAN Annual Meeting",
                     "EAN Congress"], (2008, 2026), n_article=12, n_review=2, n_abstract=9, n_poster=6,
                    n_chapter=2, n_talk=3, n_submitted=1, n_prep=1)
PEOPLE.append({
    "nnn": "005", "layout": "fpdf2_header_footer", "ext": "pdf",
    "full_name": "Katarzyna Wiśniewska-Nowak", "display_name": "dr n. med. Katarzyna Wiśniewska-Nowak",
    "email": "k.wisniewska.nowak@wp.pl", "phone_disp": "+48 601 228 947", "phone_e164": "+48601228947",
    "address": "ul. Sobieskiego 112/14, 00-764 Warszawa, Poland",
    "medical_school": "Medical University of Warsaw", "medical_school_country": "PL", "graduation_year": 2003,
    "is_student": False, "usmle_step1": 232, "usmle_step2ck": 244, "usmle_step3": None,
    "ecfmg_status": "certified", "visa_status": "j1", "specialties": ["Neurology"],
    "languages": ["Polish", "English", "German"],
    "usce_entries": [U("research", "Neurology", "MN", "2011-10", "2013-09"),
                     U("observership", "Neurology", "MN", "2013-07", "2013-08")],
    "output": k_out,
    "sections": [
        ("Education", "entries", [
            E("10.1997 – 06.2003", "Lekarz (physician diploma, MD-equivalent)", "I Wydział Lekarski, Warszawski Uniwersytet Medyczny (Medical University of Warsaw)"),
            E("10.2003 – 09.2004", "Staż podyplomowy (internship)", "Szpital Bielański, Warsaw"),
            E("2005 – 2010", "Specialisation training in Neurology", "II Klinika Neurologiczna, Instytut Psychiatrii i Neurologii, Warsaw"),
            E("2010", "Doctor of Medical Sciences (PhD)", "Instytut Psychiatrii i Neurologii", "Thesis: MRI correlates of fatigue in relapsing-remitting MS"),
        ]),
        ("Specialist Titles and Licensure", "bullets", [
            "Specjalista neurologii (Board certification in Neurology, Poland) — 2010",
            "Prawo wykonywania zawodu lekarza (medical licence) no. 3118764, Okręgowa Izba Lekarska w Warszawie",
            "European Board of Neurology (FEBN) — 2015",
        ]),
        ("Academic & Clinical Positions", "entries", [
            E("01.2020 – now", "Head of MS Outpatient Centre; Assistant Professor (adiunkt)", "II Klinika Neurologiczna, IPiN, Warsaw"),
            E("10.2013 – 12.2019", "Consultant Neurologist", "Szpital Bródnowski, Warsaw"),
            E("10.2011 – 09.2013", "Research Fellow, Neuroimmunology Laboratory", "Mayo Clinic, Rochester, Minnesota, USA",
              "AQP4-IgG and MOG-IgG assay validation; J-1 research scholar"),
            E("07.2013 – 08.2013", "Clinical observership, Neuroimmunology clinic", "Mayo Clinic, Rochester, MN"),
            E("2004 – 2005", "Junior doctor, Department of Internal Medicine", "Szpital Czerniakowski, Warsaw"),
        ]),
        ("USMLE / ECFMG", "kv", [("Step 1", "232"), ("Step 2 CK", "244"), ("Step 2 CS", "Pass, 2012"),
                                  ("ECFMG", "Certified 2012 — will require J-1 sponsorship")]),
        ("Didactic activity", "bullets", [
            "Lectures in clinical neurology for 4th-year medical students (English Division), WUM, since 2014",
            "Supervisor of specialisation training for 7 neurology residents",
        ]),
        ("Memberships & committees", "bullets", [
            "Polish Neurological Society — Section of Multiple Sclerosis and Neuroimmunology (board member 2022–)",
            "ECTRIMS; American Academy of Neurology (international member)",
            "Hospital Drug Committee, IPiN (2021–present)",
        ]),
        ("Grants", "bullets", [
            "National Science Centre (NCN) OPUS 19, 2020/37/B/NZ5/01234 — PI, PLN 1.1 mln (2021–2025)",
            "Polish-American Fulbright Commission — Junior Research Award (2011)",
        ]),
        ("Publications", "pubs_peer", None),
        ("Conference contributions", "pubs_kind:abstract,poster,talk", None),
        ("Other", "pubs_kind:chapter,submitted,in_prep", None),
        ("Languages", "bullets", ["Polish — native", "English — C2", "German — B2"]),
    ],
    "refs_note": "References available on request.",
})
