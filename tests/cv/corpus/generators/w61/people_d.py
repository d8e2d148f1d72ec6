"""Applicants whose CVs are delivered as scans (017-021)."""
from pubs import make_output
from people_a import E, U, PEOPLE
import people_c  # noqa: F401

# ---------------------------------------------------------------- 017 Sri Lanka (scan PDF)
w_out = make_output(1717, "Wijesinghe SB", ["Perera A", "Fernando N", "Jayasinghe S", "de Silva HJ",
                    "Kularatne SAM", "Amarasiri L"], "pulm", "Sri Lanka",
                    ["Ceylon Med J", "Sri Lanka J Med", "Respirology", "BMC Pulm Med", "Lung India"],
                    ["Sri Lanka College of Pulmonologists Annual Sessions", "CHEST Annual Meeting",
                     "APSR Congress"], (2010, 2024), n_article=7, n_case=2, n_abstract=4, n_poster=2, n_talk=2)
PEOPLE.append({
    "nnn": "017", "layout": "scan_pdf_multipage", "ext": "pdf", "scan": True, "base": "reportlab",
    "full_name": "Sanjeewa Bandara Wijesinghe", "display_name": "Dr. Sanjeewa Bandara Wijesinghe",
    "email": "sanjeewa.wijesinghe@gmail.com", "phone_disp": "+94 77 341 9826", "phone_e164": "+94773419826",
    "address": "45/2 Kynsey Road, Colombo 08, Sri Lanka",
    "medical_school": "University of Colombo Faculty of Medicine", "medical_school_country": "LK", "graduation_year": 2003,
    "is_student": False, "usmle_step1": 229, "usmle_step2ck": 236, "usmle_step3": None,
    "ecfmg_status": "certified", "visa_status": None, "specialties": ["Pulmonology/Critical Care"],
    "languages": ["Sinhala", "English", "Tamil"],
    "usce_entries": [U("observership", "Pulmonology/Critical Care", "TX", "2013-10", "2013-12")],
    "output": w_out,
    "sections": [
        ("Academic Formation", "entries", [
            E("1997 – 2003", "MBBS (Colombo)", "Faculty of Medicine, University of Colombo", "Second class (upper division)"),
            E("2004 – 2005", "Internship", "National Hospital of Sri Lanka, Colombo"),
            E("2007 – 2011", "MD (Medicine)", "Postgraduate Institute of Medicine, University of Colombo"),
            E("2012", "MRCP (UK)", "Royal Colleges of Physicians of the UK"),
        ]),
        ("Professional Trajectory", "entries", [
            E("2005 – 2007", "Senior House Officer, Medicine", "Teaching Hospital Kandy"),
            E("2011 – 2013", "Senior Registrar, Respiratory Medicine", "Central Chest Clinic, Colombo"),
            E("Oct – Dec 2013", "Clinical observer, Pulmonary & Critical Care Medicine", "Baylor College of Medicine / Ben Taub Hospital, Houston, Texas"),
            E("2014 – 2015", "Clinical fellow, Respiratory Medicine", "Royal Papworth Hospital, Cambridge, UK"),
            E("2016 – present", "Consultant Respiratory Physician", "National Hospital for Respiratory Diseases, Welisara"),
        ]),
        ("Certifications & Examinations", "bullets", ["SLMC registration 18842", "Board certified Consultant Respiratory Physician (PGIM), 2016",
                                                       "USMLE Step 1 229; Step 2 CK 236; ECFMG certified (2013)"]),
        ("Teaching & Committees", "bullets", ["Trainer, MD Respiratory Medicine, PGIM", "Secretary, Sri Lanka College of Pulmonologists (2020–2021)"]),
        ("Publications", "pubs_mixed", None),
        ("Languages", "para", "Sinhala, English, Tamil (spoken)"),
        ("Referees", "refs", [("Dr. Amitha Fernando", "Consultant Respiratory Physician, NHRD Welisara", "amithafernando@yahoo.com", "+94 71 440 2193")]),
    ],
})

# ---------------------------------------------------------------- 018 Sudan (scan JPG, stacked pages)
y_out = make_output(1818, "Osman YA", ["Elhassan EM", "Mohamed AO", "Ibrahim ME", "Ribeiro RC",
                    "Abdelrahim AM", "Hassan AA"], "heme", "Sudan",
                    ["Sudan J Paediatr", "Sudan Med J", "Pediatr Blood Cancer", "J Glob Oncol", "East Mediterr Health J"],
                    ["Sudanese Oncology Society Conference", "SIOP Congress", "ASH Annual Meeting"],
                    (2011, 2023), n_article=5, n_case=1, n_abstract=3, n_poster=2)
PEOPLE.append({
    "nnn": "018", "layout": "scan_jpg_phone_photo", "ext": "jpg", "scan": True, "base": "fpdf",
    "full_name": "Yasmin Abdelrahman Osman", "display_name": "Dr. Yasmin Abdelrahman Osman",
    "email": "yasmin.a.osman@gmail.com", "phone_disp": "+249 912 447 306", "phone_e164": "+249912447306",
    "address": "Riyadh Block 11, Khartoum, Sudan (currently Cairo, Egypt)",
    "medical_school": "University of Khartoum Faculty of Medicine", "medical_school_country": "SD", "graduation_year": 2004,
    "is_student": False, "usmle_step1": 224, "usmle_step2ck": 232, "usmle_step3": None,
    "ecfmg_status": "certified", "visa_status": "j1", "specialties": ["Hematology/Oncology", "Pediatrics"],
    "languages": ["Arabic", "English"],
    "usce_entries": [U("research", "Hematology/Oncology", "TN", "2012-09", "2013-08")],
    "output": y_out,
    "sections": [
        ("Education", "entries", [
            E("1998–2004", "MBBS", "Faculty of Medicine, University of Khartoum"),
            E("2006–2010", "MD Paediatrics & Child Health", "Sudan Medical Specialization Board"),
        ]),
        ("Experience", "entries", [
            E("2004–2006", "House officer & medical officer", "Khartoum Teaching Hospital; Soba University Hospital"),
            E("Sep 2012 – Aug 2013", "International Outreach research fellow, pediatric oncology", "St. Jude Children's Research Hospital, Memphis, Tennessee"),
            E("2013–2023", "Consultant paediatric haemato-oncologist", "Radiation & Isotopes Centre Khartoum (RICK)"),
            E("2023–present", "Clinical fellow (displaced)", "Children's Cancer Hospital Egypt 57357, Cairo"),
        ]),
        ("Exams", "bullets", ["USMLE Step 1: 224 — Step 2 CK: 232", "ECFMG certified 2011", "Sudan Medical Council 9917"]),
        ("Goal", "para", "Pediatrics residency then Hematology/Oncology fellowship; J-1 sponsorship."),
        ("Publications", "pubs_mixed", None),
        ("Languages", "para", "Arabic, English"),
        ("Referee", "refs", [("Raul C. Ribeiro, MD", "St. Jude Children's Research Hospital", "raul.ribeiro@stjude.org", "+1 901 595 3300")]),
    ],
})

# ---------------------------------------------------------------- 019 Mexico (scan PNG)
z_out = make_output(1919, "Guzmán Villalobos A", ["Gutiérrez-Robledo LM", "Ávila-Funes JA", "Reuben DB",
                    "Pérez-Zepeda MU", "García-Peña C", "Medina-Campos RH"], "geri", "Mexico",
                    ["Salud Publica Mex", "Rev Invest Clin", "J Am Geriatr Soc", "Gac Med Mex", "Arch Gerontol Geriatr"],
                    ["Congreso Nacional de Geriatría", "AGS Annual Scientific Meeting", "IAGG World Congress"],
                    (2005, 2024), n_article=11, n_review=2, n_abstract=5, n_poster=3, n_chapter=3, n_talk=3)
PEOPLE.append({
    "nnn": "019", "layout": "scan_png_flatbed", "ext": "png", "scan": True, "base": "reportlab",
    "full_name": "Arturo Guzmán Villalobos", "display_name": "Dr. Arturo Guzmán Villalobos",
    "email": "arturo.guzman.geriatra@gmail.com", "phone_disp": "+52 55 4187 2230", "phone_e164": "+525541872230",
    "address": "Av. Vasco de Quiroga 15, Col. Belisario Domínguez, Tlalpan, CDMX 14080",
    "medical_school": "Universidad Nacional Autónoma de México", "medical_school_country": "MX", "graduation_year": 1999,
    "is_student": False, "usmle_step1": 218, "usmle_step2ck": 230, "usmle_step3": None,
    "ecfmg_status": "certified", "visa_status": "b1b2", "specialties": ["Geriatrics", "Internal Medicine"],
    "languages": ["Spanish", "English"],
    "usce_entries": [U("observership", "Geriatrics", "CA", "2007-03", "2007-05")],
    "output": z_out,
    "sections": [
        ("Formación académica", "entries", [
            E("1993–1999", "Médico Cirujano", "Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)", "Internado 1998; servicio social 1999"),
            E("2000–2004", "Especialidad en Medicina Interna", "INCMNSZ / UNAM"),
            E("2004–2006", "Especialidad en Geriatría", "INCMNSZ / UNAM"),
        ]),
        ("Trayectoria", "entries", [
            E("Mar–May 2007", "Observer, Geriatric Medicine", "UCLA Medical Center, Los Angeles, California"),
            E("2007–2015", "Médico adscrito, Geriatría", "Instituto Nacional de Ciencias Médicas y Nutrición Salvador Zubirán"),
            E("2015–present", "Jefe de Servicio de Geriatría", "Hospital General de México Dr. Eduardo Liceaga"),
        ]),
        ("Certificaciones", "bullets", ["Consejo Mexicano de Geriatría, recertified 2022", "USMLE Step 1 218, Step 2 CK 230, ECFMG certified 2006",
                                         "Visa: B1/B2 (valid)"]),
        ("Publicaciones", "pubs_mixed", None),
        ("Idiomas", "para", "Español, inglés"),
        ("Referencias", "refs", [("David B. Reuben, MD", "UCLA Geriatrics", "dreuben@mednet.ucla.edu", "+1 310 825 8253")]),
    ],
})

# ---------------------------------------------------------------- 020 Bangladesh (scan PDF rotated)
r_out = make_output(2020, "Chowdhury MRI", ["Rahman MM", "Alam MK", "Hasan M", "Khan MRA", "Islam S", "Sarker SA"],
                    "gi", "Bangladesh", ["Bangladesh Med Res Counc Bull", "Mymensingh Med J", "BSMMU J",
                    "Euroasian J Hepatogastroenterol", "J Gastroenterol Hepatol"],
                    ["Bangladesh Gastroenterology Society Conference", "APDW", "DDW, San Diego"],
                    (2008, 2024), n_article=8, n_case=3, n_abstract=4, n_poster=2, n_letter=1)
PEOPLE.append({
    "nnn": "020", "layout": "scan_pdf_skewed", "ext": "pdf", "scan": True, "base": "fpdf",
    "full_name": "Md. Rafiqul Islam Chowdhury", "display_name": "Dr. Md. Rafiqul Islam Chowdhury",
    "email": "rafiq.chowdhury.gi@gmail.com", "phone_disp": "+880 1711-538204", "phone_e164": "+8801711538204",
    "address": "House 22, Road 7, Dhanmondi R/A, Dhaka-1205, Bangladesh",
    "medical_school": "Dhaka Medical College", "medical_school_country": "BD", "graduation_year": 2000,
    "is_student": False, "usmle_step1": 222, "usmle_step2ck": 231, "usmle_step3": None,
    "ecfmg_status": "certified", "visa_status": "j1", "specialties": ["Gastroenterology"],
    "languages": ["Bengali", "English", "Hindi"],
    "usce_entries": [U("observership", "Gastroenterology", "TX", "2016-02", "2016-04")],
    "output": r_out,
    "sections": [
        ("Education", "entries", [
            E("1994–2000", "MBBS", "Dhaka Medical College (University of Dhaka)"),
            E("2003–2008", "MD (Gastroenterology)", "Bangabandhu Sheikh Mujib Medical University"),
            E("2006", "FCPS (Medicine)", "Bangladesh College of Physicians and Surgeons"),
        ]),
        ("Experience", "entries", [
            E("2001–2003", "Medical Officer", "Upazila Health Complex, Sreemangal"),
            E("02/2016–04/2016", "Observership, Gastroenterology & Hepatology", "UT Southwestern Medical Center, Dallas, TX"),
            E("2009–present", "Associate Professor, Gastroenterology", "BSMMU, Dhaka"),
        ]),
        ("Exams", "bullets", ["USMLE Step 1 222; Step 2 CK 231; ECFMG certified 2015", "BMDC reg. A-38712"]),
        ("Publications", "pubs_mixed", None),
        ("Languages", "para", "Bangla, English, Hindi"),
        ("Target", "para", "Gastroenterology fellowship (J-1)."),
    ],
})

# ---------------------------------------------------------------- 021 Romania (scan PDF, low contrast)
n_out = make_output(2121, "Popescu A", ["Ionescu D", "Dumitrescu C", "Stan R", "Georgescu M", "Marinescu I"],
                    "em", "Romania", ["Rom J Intern Med", "Medicina (Kaunas)", "J Crit Care Med", "Exp Ther Med"],
                    ["Congresul Național de Medicină de Urgență", "EUSEM Congress"], (2011, 2024),
                    n_article=4, n_case=1, n_abstract=3, n_poster=3, n_talk=1)
PEOPLE.append({
    "nnn": "021", "layout": "scan_pdf_low_contrast", "ext": "pdf", "scan": True, "base": "reportlab",
    "full_name": "Andrei Popescu", "display_name": "Dr. Andrei Popescu",
    "email": "andrei.popescu.umf@yahoo.com", "phone_disp": "+40 722 518 406", "phone_e164": "+40722518406",
    "address": "Str. Dionisie Lupu 37, Sector 2, București, Romania",
    "medical_school": "Carol Davila University of Medicine and Pharmacy", "medical_school_country": "RO", "graduation_year": 2006,
    "is_student": False, "usmle_step1": 226, "usmle_step2ck": 240, "usmle_step3": None,
    "ecfmg_status": "certified", "visa_status": None, "specialties": ["Emergency Medicine", "Internal Medicine"],
    "languages": ["Romanian", "English", "French"],
    "usce_entries": [U("observership", "Emergency Medicine", "IL", "2019-04", "2019-05"),
                     U("hands_on", "Internal Medicine", "IL", "2019-06", "2019-06")],
    "output": n_out,
    "sections": [
        ("Education", "entries", [
            E("2000–2006", "Doctor-medic (MD)", "Universitatea de Medicină și Farmacie „Carol Davila”, București"),
            E("2007–2012", "Rezidențiat, Medicină de Urgență", "Spitalul Clinic de Urgență Floreasca"),
        ]),
        ("Experience", "entries", [
            E("2012–present", "Medic primar, Emergency Medicine", "Spitalul Clinic de Urgență București"),
            E("04/2019–05/2019", "Observer, Emergency Department", "Northwestern Memorial Hospital, Chicago, IL"),
            E("06/2019", "Hands-on externship, Internal Medicine", "Advocate Illinois Masonic Medical Center, Chicago, IL"),
        ]),
        ("Exams", "bullets", ["USMLE Step 1 226; Step 2 CK 240", "ECFMG certified (2018)"]),
        ("Publications", "pubs_mixed", None),
        ("Languages", "para", "Romanian (native), English (C1), French (B2)"),
        ("Aim", "para", "Residency in Emergency Medicine or Internal Medicine."),
    ],
})

# Career objectives (stated specialty interest), inserted where the CV had none.
OBJECTIVES = {
    "001": (0, "Career Goal", "para", "US residency in Pediatrics (PGY-1), to be followed by fellowship in Neonatal-Perinatal Medicine."),
    "003": (0, "Objetivo / Objective", "para", "Residencia en Medicina Interna en EE.UU. y luego fellowship en Enfermedades Infecciosas (Internal Medicine residency, then Infectious Disease fellowship)."),
    "004": (0, "Career Objective", "para", "To undertake accredited US training in General Surgery (categorical residency) and return to strengthen trauma care in South-East Nigeria."),
    "005": (0, "Professional goal", "para", "Residency in Neurology in the United States with subsequent neuroimmunology fellowship."),
    "006": (1, "Objective", "para", "Seeking an Internal Medicine residency (preliminary/categorical) leading to Nephrology fellowship; as a permanent resident I do not require visa sponsorship."),
    "009": (1, "Objective", "para", "Internal Medicine residency followed by an Endocrinology, Diabetes & Metabolism fellowship."),
    "010": (0, "Aim", "para", "Clinical fellowship in Cardiology (interventional / structural heart) in the United States."),
    "012": (0, "Goal", "para", "Emergency Medicine residency (PGY-1) in the United States; J-1 visa through ECFMG."),
    "013": (0, "Objective", "para", "Diagnostic Radiology residency or an abdominal imaging fellowship in the USA."),
    "015": (0, "Objetivo", "para", "Research / observer position in Gastroenterology (IBD) in the United States; no clinical residency sought."),
    "017": (0, "Objective", "para", "Fellowship in Pulmonology/Critical Care (Pulmonary & Critical Care Medicine) in the US."),
    "019": (0, "Objetivo", "para", "Residencia en Medicina Interna y después fellowship en Geriatría en EE.UU. (Internal Medicine residency, then Geriatric Medicine fellowship)."),
}
for _p in PEOPLE:
    if _p["nnn"] in OBJECTIVES:
        _i, _h, _k, _t = OBJECTIVES[_p["nnn"]]
        _p["sections"].insert(_i, (_h, _k, _t))

ALL = PEOPLE
