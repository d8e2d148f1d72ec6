#!/usr/bin/env python3
"""Deterministic generator of 56 HTML/CSS CVs printed to PDF with headless Chromium.
Writes files/w2_NNN_<layout>.pdf and truth.jsonl.  Fixed seed; no network."""
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
HTMLDIR = os.path.join(HERE, "html")  # kept for inspection
R = random.Random(20261203)
REF_MONTH = (2026, 12)

LAYOUTS = ["html_sidebar_left", "html_sidebar_right", "html_grid_modern",
           "html_two_column_flow", "html_compact_table"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

E = html.escape

# ----------------------------------------------------------------- countries
PHONE = {  # cc, prefixes, national length, grouping
    "EG": ("20", ["100", "101", "111", "122", "155"], 10, (3, 3, 4)),
    "IN": ("91", ["98", "97", "99", "88", "70"], 10, (5, 5)),
    "PK": ("92", ["300", "321", "333", "345"], 10, (3, 7)),
    "NG": ("234", ["803", "806", "813", "703", "905"], 10, (3, 3, 4)),
    "PH": ("63", ["917", "918", "927", "998"], 10, (3, 3, 4)),
    "MX": ("52", ["55", "33", "81"], 10, (2, 4, 4)),
    "BR": ("55", ["119", "219", "319"], 11, (2, 5, 4)),
    "IR": ("98", ["912", "935", "919"], 10, (3, 3, 4)),
    "SY": ("963", ["944", "933", "988"], 9, (3, 3, 3)),
    "JO": ("962", ["79", "77", "78"], 9, (1, 4, 4)),
    "VN": ("84", ["91", "90", "98", "97"], 9, (3, 3, 3)),
    "UA": ("380", ["67", "50", "63", "93"], 9, (2, 3, 2, 2)),
    "RU": ("7", ["916", "926", "903"], 10, (3, 3, 2, 2)),
    "TR": ("90", ["532", "533", "542", "505"], 10, (3, 3, 2, 2)),
    "BD": ("880", ["171", "181", "191"], 10, (4, 6)),
    "NP": ("977", ["984", "985", "980"], 10, (3, 7)),
    "CN": ("86", ["138", "139", "186"], 11, (3, 4, 4)),
    "CO": ("57", ["310", "311", "300", "315"], 10, (3, 3, 4)),
    "US": ("1", ["312", "718", "832", "404", "305", "646", "917", "614"], 10, (3, 3, 4)),
    "GB": ("44", ["7700"], 10, (4, 6)),
    "CA": ("1", ["416", "647", "905"], 10, (3, 3, 4)),
    "GD": ("1", ["473"], 10, (3, 3, 4)),
    "BB": ("1", ["246"], 10, (3, 3, 4)),
}

COUNTRY_NAME = {"EG": "Egypt", "IN": "India", "PK": "Pakistan", "NG": "Nigeria", "PH": "Philippines",
                "MX": "Mexico", "BR": "Brazil", "IR": "Iran", "SY": "Syria", "JO": "Jordan",
                "VN": "Vietnam", "UA": "Ukraine", "RU": "Russia", "TR": "Türkiye", "BD": "Bangladesh",
                "NP": "Nepal", "CN": "China", "CO": "Colombia", "GD": "Grenada", "BB": "Barbados"}

SCHOOLS = {
    "EG": [("Kasr Al Ainy Faculty of Medicine, Cairo University", "Cairo"),
           ("Ain Shams University Faculty of Medicine", "Cairo"),
           ("Alexandria University Faculty of Medicine", "Alexandria"),
           ("Mansoura University Faculty of Medicine", "Mansoura")],
    "IN": [("All India Institute of Medical Sciences (AIIMS)", "New Delhi"),
           ("Maulana Azad Medical College", "New Delhi"),
           ("Grant Government Medical College", "Mumbai"),
           ("Kasturba Medical College, Manipal", "Manipal"),
           ("Madras Medical College", "Chennai")],
    "PK": [("King Edward Medical University", "Lahore"),
           ("Dow University of Health Sciences", "Karachi"),
           ("Aga Khan University Medical College", "Karachi"),
           ("Allama Iqbal Medical College", "Lahore")],
    "NG": [("University of Lagos College of Medicine", "Lagos"),
           ("University of Ibadan College of Medicine", "Ibadan"),
           ("Obafemi Awolowo University College of Health Sciences", "Ile-Ife")],
    "PH": [("University of the Philippines College of Medicine", "Manila"),
           ("University of Santo Tomas Faculty of Medicine and Surgery", "Manila")],
    "MX": [("Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)", "Ciudad de México"),
           ("Universidad Autónoma de Guadalajara", "Guadalajara")],
    "BR": [("Faculdade de Medicina da Universidade de São Paulo (FMUSP)", "São Paulo"),
           ("Universidade Federal do Rio de Janeiro", "Rio de Janeiro")],
    "IR": [("Tehran University of Medical Sciences", "Tehran"),
           ("Shiraz University of Medical Sciences", "Shiraz")],
    "SY": [("Damascus University Faculty of Medicine", "Damascus"),
           ("University of Aleppo Faculty of Medicine", "Aleppo")],
    "JO": [("University of Jordan School of Medicine", "Amman"),
           ("Jordan University of Science and Technology", "Irbid")],
    "VN": [("Hanoi Medical University", "Hanoi"),
           ("University of Medicine and Pharmacy at Ho Chi Minh City", "Ho Chi Minh City")],
    "UA": [("Bogomolets National Medical University", "Kyiv"),
           ("Kharkiv National Medical University", "Kharkiv")],
    "RU": [("Pirogov Russian National Research Medical University", "Moscow"),
           ("I.M. Sechenov First Moscow State Medical University", "Moscow")],
    "TR": [("Hacettepe University Faculty of Medicine", "Ankara"),
           ("Istanbul University-Cerrahpaşa Faculty of Medicine", "Istanbul")],
    "BD": [("Dhaka Medical College", "Dhaka"), ("Sir Salimullah Medical College", "Dhaka")],
    "NP": [("Institute of Medicine, Tribhuvan University", "Kathmandu"),
           ("B.P. Koirala Institute of Health Sciences", "Dharan")],
    "CN": [("Peking University Health Science Center", "Beijing"),
           ("Fudan University Shanghai Medical College", "Shanghai")],
    "CO": [("Universidad Nacional de Colombia, Facultad de Medicina", "Bogotá"),
           ("Universidad de Antioquia", "Medellín")],
    "GD": [("St. George's University School of Medicine", "St. George's")],
    "BB": [("Ross University School of Medicine", "Bridgetown")],
}

DEGREE = {"EG": "MBBCh", "IN": "MBBS", "PK": "MBBS", "NG": "MBBS", "PH": "Doctor of Medicine (MD)",
          "MX": "Médico Cirujano (MD equivalent)", "BR": "Doctor of Medicine (MD)", "IR": "Doctor of Medicine (MD)",
          "SY": "Doctor of Medicine (MD)", "JO": "Doctor of Medicine (MD)", "VN": "Doctor of Medicine (MD)",
          "UA": "Medical Doctor (MD), General Medicine", "RU": "MD, Specialist in General Medicine",
          "TR": "Doctor of Medicine (MD)", "BD": "MBBS", "NP": "MBBS", "CN": "MBBS (English-medium)",
          "CO": "Médico y Cirujano (MD)", "GD": "Doctor of Medicine (MD)", "BB": "Doctor of Medicine (MD)"}

# first, last, native-script line (or None)
NAMES = {
    "EG": [("Ahmed Mostafa", "Elsayed", "أحمد مصطفى السيد"), ("Mariam Hassan", "Abdelrahman", None),
           ("Omar Khaled", "Farouk", "عمر خالد فاروق"), ("Nourhan", "El-Sherif", None)],
    "IN": [("Priya", "Raghavan", None), ("Arjun", "Mehta", "अर्जुन मेहता"), ("Sneha", "Kulkarni", None),
           ("Rohit", "Venkataraman", None)],
    "PK": [("Muhammad Usman", "Tariq", None), ("Ayesha", "Siddiqui", None), ("Hamza", "Iqbal", None)],
    "NG": [("Chukwuemeka", "Okafor", None), ("Oluwaseun", "Adeyemi", None), ("Ngozi", "Eze", None)],
    "PH": [("Maria Angelica", "Santos", None), ("John Paul", "Reyes", None)],
    "MX": [("José", "Álvarez Hernández", None), ("María Fernanda", "Ruíz Peña", None)],
    "BR": [("João Pedro", "Araújo", None), ("Letícia", "Gonçalves", None)],
    "IR": [("Seyed Amir", "Hosseini", "سید امیر حسینی"), ("Zahra", "Moradi", None)],
    "SY": [("Rama", "Al-Khatib", "راما الخطيب"), ("Yazan", "Haddad", None)],
    "JO": [("Lina", "Al-Masri", None), ("Omar", "Abu-Zeid", None)],
    "VN": [("Nguyễn Thị", "Hương", None), ("Trần Minh", "Đức", None)],
    "UA": [("Olena", "Kovalenko", "Олена Коваленко"), ("Dmytro", "Shevchenko", "Дмитро Шевченко")],
    "RU": [("Ekaterina", "Smirnova", "Екатерина Смирнова"), ("Alexei", "Volkov", None)],
    "TR": [("Ayşe", "Yılmaz", None), ("Mehmet", "Çelik", None), ("Elif", "Şahin", None)],
    "BD": [("Tanvir", "Rahman", None), ("Nusrat", "Jahan", None)],
    "NP": [("Sagar", "Shrestha", None), ("Anjali", "Thapa", None)],
    "CN": [("Wang", "Lei", "王磊"), ("Li", "Xiaoyu", "李晓雨")],
    "CO": [("Andrés Felipe", "Gómez", None), ("Valentina", "Ramírez", None)],
    "GD": [("Michael", "O'Brien", None), ("Priyanka", "Patel", None), ("Kwame", "Mensah", None)],
    "BB": [("Daniel", "Kim", None), ("Ashley", "Rodríguez", None)],
}

LANG_HOME = {"EG": ["Arabic"], "IN": ["Hindi", "Marathi|Tamil|Telugu|Punjabi"], "PK": ["Urdu", "Punjabi"],
             "NG": ["Yoruba|Igbo|Hausa"], "PH": ["Filipino"], "MX": ["Spanish"], "BR": ["Portuguese"],
             "IR": ["Persian"], "SY": ["Arabic"], "JO": ["Arabic"], "VN": ["Vietnamese"],
             "UA": ["Ukrainian", "Russian"], "RU": ["Russian"], "TR": ["Turkish"], "BD": ["Bengali"],
             "NP": ["Nepali", "Hindi"], "CN": ["Chinese"], "CO": ["Spanish"], "GD": [], "BB": []}

CANON = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
         "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
         "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
SPEC_VARIANTS = {
    "Internal Medicine": ["Internal Medicine", "IM", "General Internal Medicine"],
    "Family Medicine": ["Family Medicine", "FM", "Family Practice"],
    "Pediatrics": ["Pediatrics", "Paediatrics", "Peds"],
    "Psychiatry": ["Psychiatry", "Psych", "Adult Psychiatry"],
    "Neurology": ["Neurology", "Neuro"],
    "General Surgery": ["General Surgery", "Surgery (General)"],
    "Obstetrics and Gynecology": ["OB/GYN", "Obstetrics & Gynaecology", "ObGyn"],
    "Emergency Medicine": ["Emergency Medicine", "EM"],
    "Anesthesiology": ["Anesthesiology", "Anaesthesia"],
    "Radiology": ["Radiology", "Diagnostic Radiology"],
    "Pathology": ["Pathology", "Anatomic & Clinical Pathology"],
    "Cardiology": ["Cardiology", "Cardiovascular Medicine"],
    "Gastroenterology": ["Gastroenterology", "GI"],
    "Nephrology": ["Nephrology"],
    "Pulmonology/Critical Care": ["Pulmonary & Critical Care", "Pulmonology/ICU", "Pulm-CC"],
    "Endocrinology": ["Endocrinology", "Endocrinology, Diabetes & Metabolism"],
    "Rheumatology": ["Rheumatology"],
    "Hematology/Oncology": ["Hematology-Oncology", "Heme/Onc"],
    "Infectious Disease": ["Infectious Diseases", "ID"],
    "Geriatrics": ["Geriatric Medicine", "Geriatrics"],
}
SPEC_ROT_NAME = {  # clear names used for rotations
    "Internal Medicine": ["Internal Medicine"], "Family Medicine": ["Family Medicine"],
    "Pediatrics": ["Pediatrics", "Paediatrics"], "Psychiatry": ["Psychiatry"], "Neurology": ["Neurology"],
    "General Surgery": ["General Surgery"], "Obstetrics and Gynecology": ["OB/GYN", "Obstetrics & Gynecology"],
    "Emergency Medicine": ["Emergency Medicine"], "Anesthesiology": ["Anesthesiology"],
    "Radiology": ["Radiology"], "Pathology": ["Pathology"], "Cardiology": ["Cardiology"],
    "Gastroenterology": ["Gastroenterology"], "Nephrology": ["Nephrology"],
    "Pulmonology/Critical Care": ["Pulmonary & Critical Care", "Pulmonology / Critical Care"],
    "Endocrinology": ["Endocrinology"], "Rheumatology": ["Rheumatology"],
    "Hematology/Oncology": ["Hematology/Oncology"], "Infectious Disease": ["Infectious Disease"],
    "Geriatrics": ["Geriatric Medicine"]}

US_SITES = [  # institution, city, state abbr, state full
    ("Mount Sinai Beth Israel", "New York", "NY", "New York"),
    ("Cleveland Clinic", "Cleveland", "OH", "Ohio"),
    ("University of Chicago Medicine", "Chicago", "IL", "Illinois"),
    ("Henry Ford Hospital", "Detroit", "MI", "Michigan"),
    ("Baylor St. Luke's Medical Center", "Houston", "TX", "Texas"),
    ("Jackson Memorial Hospital", "Miami", "FL", "Florida"),
    ("Emory University Hospital Midtown", "Atlanta", "GA", "Georgia"),
    ("Brigham and Women's Hospital", "Boston", "MA", "Massachusetts"),
    ("UPMC Mercy", "Pittsburgh", "PA", "Pennsylvania"),
    ("Mayo Clinic", "Rochester", "MN", "Minnesota"),
    ("Cedars-Sinai Medical Center", "Los Angeles", "CA", "California"),
    ("Johns Hopkins Bayview Medical Center", "Baltimore", "MD", "Maryland"),
    ("Ochsner Medical Center", "New Orleans", "LA", "Louisiana"),
    ("Brooklyn Community Internal Medicine Associates (private practice)", "Brooklyn", "NY", "New York"),
    ("Newark Beth Israel Medical Center", "Newark", "NJ", "New Jersey"),
    ("VCU Health System", "Richmond", "VA", "Virginia"),
    ("Banner – University Medical Center Tucson", "Tucson", "AZ", "Arizona"),
    ("University of Michigan Medical School", "Ann Arbor", "MI", "Michigan"),
    ("Saint Francis Hospital", "Hartford", "CT", "Connecticut"),
    ("Kingsbrook Family Health Center", "Paterson", "NJ", "New Jersey"),
    ("UT Southwestern Medical Center", "Dallas", "TX", "Texas"),
    ("Loma Linda University Medical Center", "Loma Linda", "CA", "California"),
    ("Wyckoff Heights Medical Center", "Brooklyn", "NY", "New York"),
    ("Christiana Care Hospital", "Newark", "DE", "Delaware"),
]
TELE_SITES = [("Hope Community Clinic (virtual)", "Houston", "TX", "Texas"),
              ("Lakeshore Primary Care – Telehealth Program", "Chicago", "IL", "Illinois"),
              ("Sunrise Internal Medicine, telemedicine clinic", "Orlando", "FL", "Florida"),
              ("Garden State Psychiatry (tele-psychiatry)", "Edison", "NJ", "New Jersey")]

REF_FIRST = ["Robert", "Susan", "David", "Karen", "Michael", "Linda", "James", "Anita", "Rajesh", "Emily",
             "Thomas", "Laura", "Samir", "Jennifer", "Paul", "Catherine", "Hassan", "Nina", "George", "Maria"]
REF_LAST = ["Bennett", "Goldberg", "Patel", "Nguyen", "Thompson", "Kowalski", "Schwartz", "Morales", "Khan",
            "O'Connor", "Reynolds", "Chen", "Friedman", "Haddad", "Walker", "Sullivan", "Brooks", "Ibrahim"]

SKILLS = ["BLS & ACLS certified (AHA)", "EMR: Epic, Cerner", "Point-of-care ultrasound (basic)",
          "Central line placement (supervised)", "Lumbar puncture", "Arterial blood gas sampling",
          "SPSS, R, REDCap", "Suturing & wound care", "ECG interpretation", "Patient education & counseling",
          "PALS certified", "Microsoft Office", "Medical Spanish (basic)", "Quality improvement (PDSA cycles)"]


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ş", "s").replace("ğ", "g").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------- phones
def make_phone(cc_key):
    cc, prefs, n, groups = PHONE[cc_key]
    p = R.choice(prefs)
    if cc == "1":
        nat = p + "555" + "01" + "%02d" % R.randint(0, 99)
    else:
        nat = p + "".join(str(R.randint(0, 9)) for _ in range(n - len(p)))
    return cc, nat, groups


def group(nat, groups):
    out, i = [], 0
    for g in groups:
        out.append(nat[i:i + g])
        i += g
    if i < len(nat):
        out[-1] += nat[i:]
    return out


def fmt_phone(cc, nat, groups, style):
    g = group(nat, groups)
    if cc == "1":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        return {0: f"+1 ({a}) {b}-{c}", 1: f"+1 {a}-{b}-{c}", 2: f"+1.{a}.{b}.{c}",
                3: f"001 {a} {b} {c}", 4: f"(+1) {a} {b} {c}"}[style % 5]
    if cc == "44" and style % 5 == 4:
        return "+44 (0) " + " ".join(g)
    return {0: f"+{cc} " + " ".join(g), 1: f"00{cc} " + " ".join(g), 2: f"(+{cc}) " + " ".join(g),
            3: f"+{cc}-" + "-".join(g), 4: f"+{cc} {nat}"}[style % 5]


# ----------------------------------------------------------------- dates
def mi(y, m):
    return y * 12 + m - 1


def from_mi(i):
    return i // 12, i % 12 + 1


def ym(i):
    y, m = from_mi(i)
    return f"{y:04d}-{m:02d}"


def fmt_month(i, style):
    y, m = from_mi(i)
    return {"mon": f"{MONTHS[m-1][:3]} {y}", "month": f"{MONTHS[m-1]} {y}", "num": f"{m:02d}/{y}",
            "iso": f"{y}-{m:02d}", "apos": f"{MONTHS[m-1][:3]} '{y % 100:02d}", "dot": f"{m:02d}.{y}"}[style]


def fmt_range(s, e, style, sep, present_word, ongoing):
    a = fmt_month(s, style)
    if ongoing:
        return f"{a}{sep}{present_word}"
    if s == e and R.random() < 0.6:
        return a
    if style in ("mon", "month") and from_mi(s)[0] == from_mi(e)[0] and R.random() < 0.3 and s != e:
        y = from_mi(s)[0]
        return f"{fmt_month(s, style).rsplit(' ', 1)[0]}{sep.strip() and '–'}{fmt_month(e, style)}"
    return f"{a}{sep}{fmt_month(e, style)}"


# ----------------------------------------------------------------- CV model
def build_cv(idx, country, name_tuple, layout):
    cv = {"idx": idx, "layout": layout, "country": country}
    first, last, native = name_tuple
    cv["full_name"] = f"{first} {last}"
    cv["native"] = native
    cv["prefix_dr"] = R.random() < 0.4
    school, city = R.choice(SCHOOLS[country])
    cv["school"], cv["school_city"] = school, city
    caribbean = country in ("GD", "BB")
    student = R.random() < (0.55 if caribbean else 0.12)
    cv["is_student"] = student
    if student:
        grad = R.choice([2027, 2027, 2028])
    else:
        grad = R.choice(list(range(2009, 2026)) + [2019, 2020, 2021, 2022, 2023, 2024, 2022, 2023])
    cv["grad_year"] = grad
    cv["grad_month"] = R.choice([5, 6, 7, 8, 12]) if not caribbean else R.choice([5, 6])
    cv["degree"] = DEGREE[country]
    cv["start_year"] = grad - (4 if caribbean else (6 if country not in ("PK", "IN", "BD", "NP", "NG") else 5))
    # pre-med / other degrees (traps for medical_school)
    cv["other_edu"] = []
    if caribbean:
        cv["other_edu"].append(("B.S. in Biology", R.choice(["Rutgers University, New Brunswick, NJ",
                                                             "University of Florida, Gainesville, FL",
                                                             "CUNY Hunter College, New York, NY"]),
                                f"{cv['start_year']-4} – {cv['start_year']}"))
    elif not student and grad <= 2019 and R.random() < 0.3:
        cv["other_edu"].append((R.choice(["MSc Public Health", "Master of Public Health (MPH)",
                                          "MSc Clinical Research"]),
                                R.choice(["London School of Hygiene & Tropical Medicine, UK",
                                          "University of Edinburgh, UK", "Aga Khan University (online)"]),
                                f"{grad+1} – {grad+2}"))
    # contact
    fa = ascii_fold(first.split()[0]).lower().replace("'", "")
    la = ascii_fold(last.split()[0]).lower().replace("'", "").replace("-", "")
    user = R.choice([f"{fa}.{la}", f"{fa}{la}{R.randint(1, 99)}", f"dr.{la}{fa[0]}", f"{fa[0]}{la}.md",
                     f"{la}.{fa}{grad % 100}"])
    cv["email"] = user + "@" + R.choice(["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                                         "protonmail.com", "icloud.com"])
    # phone country: home, or US for GC/citizens, sometimes UK for those working there
    cv["visa"] = None
    if caribbean:
        cv["visa"] = R.choice(["citizen", "citizen", "green_card", None, "citizen"])
    else:
        cv["visa"] = R.choice(["j1", "j1", "j1", "h1b", "b1b2", "b1b2", "green_card", "citizen", None, None, None])
    cv["uk_work"] = (not student) and (not caribbean) and grad <= 2021 and R.random() < 0.2
    if cv["visa"] in ("citizen", "green_card") and R.random() < 0.85:
        pc = "US"
    elif cv["uk_work"]:
        pc = "GB"
    else:
        pc = country if country not in ("GD", "BB") else R.choice(["US", country])
    cc, nat, groups = make_phone(pc)
    cv["phone_e164"] = f"+{cc}{nat}"
    cv["phone_display"] = fmt_phone(cc, nat, groups, R.randint(0, 4))
    cv["has_phone"] = R.random() > 0.04
    if not cv["has_phone"]:
        cv["phone_e164"] = None
    cv["address"] = (f"{R.randint(10, 980)} {R.choice(['Ocean Ave', 'Park Lane', 'Elm Street', 'Kennedy Blvd'])}, "
                     f"{R.choice(['Brooklyn, NY', 'Jersey City, NJ', 'Houston, TX', 'Chicago, IL'])}"
                     if pc == "US" else f"{city}, {COUNTRY_NAME.get(country, country)}")
    if pc == "GB":
        cv["address"] = R.choice(["Manchester, United Kingdom", "Leeds, UK", "Birmingham, UK"])
    # DOB
    by = grad - R.randint(23, 26)
    r = R.random()
    if r < 0.3:
        cv["dob"] = f"Date of birth: {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{by}"
    elif r < 0.45:
        cv["dob"] = f"Born {by}"
    elif r < 0.55:
        cv["dob"] = f"DOB: {R.randint(1, 28)} {MONTHS[R.randint(0, 11)]} {by}"
    else:
        cv["dob"] = None
    # ----- USMLE
    if student:
        s1year = min(grad - 2, 2026) if caribbean else 2026 - R.randint(0, 1)
    else:
        s1year = grad - 1 if caribbean else grad + R.randint(0, 2)
    if student and not caribbean and R.random() < 0.5:
        step1 = None
    elif R.random() < 0.07:
        step1 = None
    elif s1year < 2022:
        step1 = R.randint(205, 259)
    else:
        step1 = "fail" if R.random() < 0.05 else "pass"
    if not student and R.random() < 0.15 and step1 is not None and s1year < 2022:
        step1 = "pass"  # some older grads still print "Passed"
    cv["step1"], cv["s1year"] = step1, min(s1year, 2026)
    step2 = None
    if step1 not in (None, "fail") and (not student or caribbean) and R.random() < 0.75:
        step2 = R.randint(221, 266)
    cv["s2year"] = min(cv["s1year"] + 1, 2026)
    if student and cv["s1year"] + 1 > 2026:
        step2 = None
    cv["step2ck"] = step2
    cv["s3year"] = min(cv["s2year"] + 1, 2026)
    cv["step2cs"] = step2 is not None and cv["s2year"] <= 2020 and R.random() < 0.7
    cv["practice"] = []
    if R.random() < 0.35:
        if step2 is None:
            cv["practice"] = [f"NBME Form {R.randint(9, 14)}: {R.randint(228, 262)}",
                              f"UWSA2: {R.randint(235, 268)}"]
        else:
            cv["practice"] = [f"UWSA1: {R.randint(230, 260)}", f"NBME 12: {R.randint(230, 262)}"]
    cv["step2_planned"] = step2 is None and step1 not in (None, "fail") and R.random() < 0.6
    cv["other_exams"] = []
    if cv["uk_work"]:
        cv["other_exams"].append(f"PLAB 1 & 2 – passed ({grad + 1}); GMC full registration")
    if R.random() < 0.1 and not student:
        cv["other_exams"].append(f"MCCQE Part I – {R.randint(230, 320)} (pass)")
    if country in ("EG", "SY", "JO") and R.random() < 0.3:
        cv["other_exams"].append("OET Medicine – Grade B in all subtests")
    if R.random() < 0.15:
        cv["other_exams"].append(f"IELTS Academic – overall {R.choice(['7.5', '8.0', '8.5'])}")
    # ----- ECFMG
    if step1 not in (None, "fail") and step2 and not student and R.random() < 0.7:
        cv["ecfmg"] = "certified"
    elif step1 not in (None, "fail") and R.random() < 0.5:
        cv["ecfmg"] = "pending"
    elif R.random() < 0.2 and not step2:
        cv["ecfmg"] = "not_certified"
    else:
        cv["ecfmg"] = None
    if caribbean and cv["ecfmg"] == "certified":
        cv["ecfmg"] = "pending"
    step3 = None
    if cv["ecfmg"] == "certified" and R.random() < 0.4:
        step3 = R.randint(203, 246)
    cv["step3"] = step3
    # ----- specialties
    main = R.choice(["Internal Medicine"] * 6 + ["Family Medicine"] * 2 + ["Pediatrics"] * 2 +
                    ["Psychiatry"] * 2 + ["Neurology", "General Surgery", "Obstetrics and Gynecology",
                                          "Emergency Medicine", "Pathology", "Anesthesiology", "Radiology"])
    specs = [main]
    if main == "Internal Medicine" and R.random() < 0.5:
        specs.append(R.choice(["Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care",
                               "Hematology/Oncology", "Infectious Disease", "Endocrinology", "Rheumatology",
                               "Geriatrics"]))
    elif R.random() < 0.15:
        specs.append(R.choice(["Internal Medicine", "Family Medicine", "Pediatrics"]))
        specs = list(dict.fromkeys(specs))
    if R.random() < 0.12:
        specs = []
    cv["specialties"] = specs
    # ----- languages
    langs = []
    for L in LANG_HOME[country]:
        langs.append(R.choice(L.split("|")))
    langs.append("English")
    if R.random() < 0.35:
        extra = R.choice(["French", "German", "Spanish", "Arabic", "Italian", "Russian"])
        if extra not in langs:
            langs.append(extra)
    if caribbean and R.random() < 0.6:
        langs.append(R.choice(["Spanish", "Gujarati", "Korean", "Twi"]))
    langs = list(dict.fromkeys(langs))
    if R.random() < 0.06:
        langs = []
    cv["languages"] = langs
    # ----- non-US experience
    nonus = []
    if not student and not caribbean:
        ht = {"IN": "Compulsory Rotating Medical Internship", "PK": "House Job", "BD": "Internship (House Officer)",
              "NP": "Internship", "NG": "House Officer (Housemanship)", "EG": "Internship Year (house officer)",
              "PH": "Post-graduate Internship"}.get(country, "Intern Physician / Rotating Internship")
        nonus.append({"title": ht, "place": f"{R.choice(['University Hospital', 'Teaching Hospital', 'General Hospital'])}, {city}, {COUNTRY_NAME[country]}",
                      "dates": f"{grad}–{grad + 1}" if R.random() < 0.5 else
                      f"{fmt_month(mi(grad, cv['grad_month']) + 1, 'mon')} – {fmt_month(mi(grad, cv['grad_month']) + 12, 'mon')}",
                      "bullets": ["Rotations in medicine, surgery, pediatrics, OB/GYN and emergency",
                                  "Managed 10–15 inpatients daily under supervision"]})
        if grad <= 2020 and R.random() < 0.45:
            rspec = R.choice(["Internal Medicine", "Pediatrics", "General Surgery", "Psychiatry", "Family Medicine"])
            ry = R.randint(3, 4)
            nonus.append({"title": f"Resident Physician, {rspec}",
                          "place": f"{R.choice(['University Hospital', 'Ministry of Health Hospital', 'Military Hospital'])}, {city}, {COUNTRY_NAME[country]}",
                          "dates": f"{grad + 2} – {grad + 2 + ry}",
                          "bullets": [f"{ry}-year residency program (completed)" if grad + 2 + ry <= 2026 else "Ongoing residency",
                                      "Supervised junior residents and interns"]})
        elif R.random() < 0.4:
            nonus.append({"title": R.choice(["General Practitioner", "Medical Officer", "Emergency Physician"]),
                          "place": f"{R.choice(['District Hospital', 'Primary Health Care Unit', 'Private Clinic'])}, {COUNTRY_NAME[country]}",
                          "dates": f"{grad + 1} – {min(grad + 3, 2025)}",
                          "bullets": ["Outpatient and emergency care, 40+ patients per day"]})
    if cv["uk_work"]:
        nonus.append({"title": "Clinical Fellow (Trust Grade), Acute Medicine",
                      "place": R.choice(["Manchester Royal Infirmary, Manchester, UK", "Leeds General Infirmary, UK",
                                         "Queen Elizabeth Hospital Birmingham, UK"]),
                      "dates": f"{grad + 2} – {min(grad + 4, 2026)}",
                      "bullets": ["NHS acute medical take, ward cover and on-calls"]})
    cv["canada"] = (not caribbean) and R.random() < 0.15
    if cv["canada"]:
        nonus.append({"title": f"Clinical Observer, {R.choice(['Internal Medicine', 'Family Medicine'])}",
                      "place": R.choice(["Toronto General Hospital, Toronto, ON, Canada",
                                         "McGill University Health Centre, Montréal, QC, Canada"]),
                      "dates": f"{MONTHS[R.randint(0, 11)][:3]} {min(grad + 1, 2025)} – 1 month",
                      "bullets": ["Observed rounds and multidisciplinary meetings"]})
    if student and not caribbean:
        nonus.append({"title": "Clinical Clerkships (core)", "place": f"{school} affiliated hospitals, {COUNTRY_NAME[country]}",
                      "dates": f"{grad - 2} – present", "bullets": ["Medicine, surgery, pediatrics, OB/GYN"]})
    cv["nonus"] = nonus
    # ----- USCE
    cv["usce"] = gen_usce(cv, caribbean, student)
    st = R.choice(["mon", "month", "num", "iso", "apos", "dot", "mon", "month"])
    cv["date_style"] = st
    cv["date_sep"] = R.choice([" – ", " - ", " to ", " — "])
    cv["present_word"] = R.choice(["Present", "present", "Current"])
    # ----- publications
    r = R.random()
    posters = []
    pubs = []
    if r < 0.25:
        cv["pub_mode"] = None
    elif r < 0.45:
        cv["pub_mode"] = "posters"
        posters = gen_posters(cv, R.randint(1, 3))
    else:
        cv["pub_mode"] = "papers"
        pubs = gen_papers(cv, R.randint(1, 6))
        if R.random() < 0.5:
            posters = gen_posters(cv, R.randint(1, 2))
    cv["pubs"], cv["posters"] = pubs, posters
    cv["in_prep"] = cv["pub_mode"] == "papers" and R.random() < 0.2
    cv["publications"] = None if cv["pub_mode"] is None else len(pubs)
    # ----- referees
    nref = 0
    if R.random() < 0.55:
        nref = R.randint(2, 3)
    cv["refs"] = [gen_ref(cv) for _ in range(nref)]
    cv["refs_on_request"] = nref == 0 and R.random() < 0.5
    cv["skills"] = R.sample(SKILLS, R.randint(3, 6))
    cv["awards"] = R.sample([f"Dean's List ({cv['start_year'] + 2})", "Distinction in Pharmacology",
                             "Best Intern Award", "Gold medal, Pathology", "USMLE scholarship (Kaplan)",
                             "Volunteer of the Year, Red Crescent", "First place, university research day"],
                            R.randint(0, 3))
    return cv


def gen_usce(cv, caribbean, student):
    grad = cv["grad_year"]
    entries = []
    if caribbean and (student or R.random() < 0.7):
        # core clerkships in the US (hands-on)
        start = mi(grad - 2, R.choice([1, 3, 5, 7]))
        site = R.choice(US_SITES[:13] + US_SITES[14:16] + US_SITES[22:])
        n = R.randint(3, 5)
        cores = R.sample(["Internal Medicine", "General Surgery", "Pediatrics", "Psychiatry",
                          "Obstetrics and Gynecology", "Family Medicine"], n)
        t = start
        for sp in cores:
            ln = 3 if sp in ("Internal Medicine", "General Surgery") else R.choice([1, 2])
            e = t + ln - 1
            if e >= mi(*REF_MONTH):
                break
            entries.append(dict(type="hands_on", specialty=sp, site=site, s=t, e=e, role="Core clerkship"))
            t = e + 1
        return entries
    n = R.choice([0, 0, 1, 2, 2, 3, 3, 4]) if not student else R.choice([0, 1, 1, 2])
    if n == 0:
        return entries
    lo = mi(grad, 9) if not student else mi(grad - 2, 1)
    lo = max(lo, mi(2018, 1))
    hi = mi(2026, 11)
    if lo > hi - 6:
        lo = hi - 12
    t = R.randint(lo, max(lo, hi - 8 * n))
    used = set()
    for k in range(n):
        typ = R.choices(["hands_on", "observership", "research", "telehealth"], [35, 35, 15, 15])[0]
        if student and typ == "research":
            typ = "observership"
        sp = R.choice(cv["specialties"] + ["Internal Medicine", "Family Medicine"]) if cv["specialties"] else \
            R.choice(["Internal Medicine", "Family Medicine", "Cardiology", "Nephrology"])
        if typ == "research":
            sp = R.choice(["Cardiology", "Gastroenterology", "Hematology/Oncology", "Neurology",
                           "Nephrology", "Infectious Disease", "Psychiatry", "Internal Medicine"]
                          + cv["specialties"])
            ln = R.randint(4, 14)
            site = R.choice([s for s in US_SITES if "private" not in s[0] and "Family" not in s[0]])
        elif typ == "telehealth":
            ln = R.randint(1, 2)
            site = R.choice(TELE_SITES)
            if "Psychiatry" in site[0]:
                sp = "Psychiatry"
        else:
            ln = R.randint(1, 3)
            site = R.choice(US_SITES)
        s = t
        e = min(s + ln - 1, mi(*REF_MONTH))
        ongoing = False
        if e >= mi(*REF_MONTH) - 1 and k == n - 1 and R.random() < 0.8:
            e = mi(*REF_MONTH)
            ongoing = True
        entries.append(dict(type=typ, specialty=sp, site=site, s=s, e=e, ongoing=ongoing,
                            role={"hands_on": R.choice(["Hands-on Externship", "Clinical Extern (hands-on)",
                                                        "Sub-Internship", "Hands-on Clinical Rotation"]),
                                  "observership": R.choice(["Observership", "Clinical Observer",
                                                            "Observership (inpatient)"]),
                                  "research": R.choice(["Research Fellow", "Research Volunteer",
                                                        "Postdoctoral Research Associate", "Clinical Research Assistant"]),
                                  "telehealth": R.choice(["Telehealth Rotation", "Virtual Clinical Rotation (telehealth)",
                                                          "Tele-medicine Externship"])}[typ]))
        # next start: sequential, sometimes overlapping
        if typ == "research" and R.random() < 0.6:
            t = s + R.randint(1, 3)  # clinical rotation during research -> overlap
        else:
            t = e + 1 + R.choice([0, 0, 1, 2, 4])
        if t > mi(2026, 11):
            break
    # some applicants have a current ("Present") US position
    if entries and R.random() < 0.3 and max(en["e"] for en in entries) < mi(2026, 6):
        typ = R.choice(["research", "research", "observership", "hands_on"])
        sp = R.choice(cv["specialties"] or ["Internal Medicine"])
        site = R.choice([s for s in US_SITES if "private" not in s[0]])
        entries.append(dict(type=typ, specialty=sp, site=site, s=mi(2026, R.randint(3, 10)), e=mi(*REF_MONTH),
                            ongoing=True, role={"research": "Research Fellow", "observership": "Clinical Observer",
                                                "hands_on": "Clinical Extern (hands-on)"}[typ]))
    # make sure none in the future beyond Dec 2026
    for en in entries:
        en["e"] = min(en["e"], mi(*REF_MONTH))
        if en["e"] == mi(*REF_MONTH):
            en["ongoing"] = True
    return entries


JOURNALS = ["Cureus", "BMJ Case Reports", "Journal of Community Hospital Internal Medicine Perspectives",
            "Annals of Medicine and Surgery", "Frontiers in Cardiovascular Medicine", "BMC Nephrology",
            "Journal of Investigative Medicine High Impact Case Reports", "World Journal of Gastroenterology",
            "International Journal of Infectious Diseases", "Pakistan Journal of Medical Sciences"]
TOPICS = ["Outcomes of SGLT2 inhibitors in heart failure with preserved ejection fraction: a meta-analysis",
          "An unusual presentation of Kikuchi-Fujimoto disease: a case report",
          "Prevalence of burnout among junior doctors: a cross-sectional study",
          "Acute kidney injury after contrast exposure in elderly inpatients",
          "Clostridioides difficile recurrence and proton pump inhibitor use",
          "Vitamin D deficiency and glycemic control in type 2 diabetes",
          "Thrombotic thrombocytopenic purpura mimicking stroke",
          "Sepsis bundle compliance in a tertiary care emergency department",
          "Anti-NMDA receptor encephalitis presenting as first-episode psychosis",
          "Predictors of 30-day readmission in cirrhosis",
          "Screening for depression in primary care: a quality improvement project",
          "Pediatric dengue shock syndrome: outcomes in a referral hospital"]


def gen_papers(cv, n):
    last = cv["full_name"].split()[-1]
    ini = "".join(w[0] for w in cv["full_name"].split()[:-1])
    out = []
    for k in range(n):
        co = R.sample(REF_LAST, 2)
        pos = R.randint(0, 2)
        authors = [f"{co[0]} {R.choice('ABCDEJKMS')}", f"{co[1]} {R.choice('ABCDEJKMS')}"]
        authors.insert(pos, f"<b>{E(last)} {E(ini)}</b>")
        y = R.randint(max(cv["grad_year"] - 2, 2016), 2026)
        out.append(f"{', '.join(a if a.startswith('<b>') else E(a) for a in authors)}, et al. "
                   f"{E(R.choice(TOPICS))}. <i>{E(R.choice(JOURNALS))}</i>. {y};{R.randint(5, 40)}"
                   f"({R.randint(1, 12)}):e{R.randint(100, 9999)}. doi:10.{R.randint(1000, 9999)}/{R.randint(10000, 99999)}")
    return out


def gen_posters(cv, n):
    out = []
    for k in range(n):
        y = R.randint(2019, 2026)
        kind = R.choice(["Poster presentation", "Oral abstract", "Poster", "Abstract (poster)"])
        out.append(f"{kind}: “{E(R.choice(TOPICS))}”. "
                   f"{E(R.choice(['ACP Internal Medicine Meeting', 'SHM Converge', 'ACG Annual Scientific Meeting', 'AAN Annual Meeting', 'APA Annual Meeting', 'Regional medical students conference']))}, {y}.")
    return out


def gen_ref(cv):
    f, l = R.choice(REF_FIRST), R.choice(REF_LAST)
    site = R.choice([s for s in US_SITES] + [("Department of Medicine, " + cv["school"], cv["school_city"], None, None)])
    dom = R.choice(["hospital.org", "health.org", "med.edu", "clinic.org", "medctr.org"])
    email = f"{f[0].lower()}{ascii_fold(l).lower().replace(chr(39), '')}@{dom}" if R.random() < 0.5 else \
        f"{f.lower()}.{ascii_fold(l).lower().replace(chr(39), '')}@{dom}"
    if site[2]:
        cc, nat, groups = make_phone("US")
        phone = fmt_phone(cc, nat, groups, R.randint(0, 4))
        loc = f"{site[1]}, {site[2]}"
    else:
        cc, nat, groups = make_phone(cv["country"] if cv["country"] in PHONE else "US")
        phone = fmt_phone(cc, nat, groups, R.randint(0, 3))
        loc = f"{site[1]}, {COUNTRY_NAME.get(cv['country'], '')}"
    title = R.choice(["Program Director, Internal Medicine Residency", "Attending Physician",
                      "Professor of Medicine", "Associate Professor", "Clinical Supervisor", "Chief of Cardiology"])
    return dict(name=f"Dr. {f} {l}", title=title, inst=site[0], loc=loc, email=email, phone=phone)


# ----------------------------------------------------------------- truth
def truth_of(cv, fname):
    ents = []
    months = set()
    months_cl = set()
    for en in cv["usce"]:
        ents.append({"type": en["type"], "specialty": en["specialty"], "state": en["site"][2],
                     "start": ym(en["s"]), "end": ym(en["e"])})
        rng = set(range(en["s"], en["e"] + 1))
        months |= rng
        if en["type"] in ("hands_on", "observership"):
            months_cl |= rng
    return {"file": fname, "layout": cv["layout"], "full_name": cv["full_name"], "email": cv["email"],
            "phone_e164": cv["phone_e164"], "medical_school": cv["school"],
            "medical_school_country": cv["country"], "graduation_year": cv["grad_year"],
            "is_student": cv["is_student"], "usmle_step1": cv["step1"], "usmle_step2ck": cv["step2ck"],
            "usmle_step3": cv["step3"], "ecfmg_status": cv["ecfmg"], "specialties": cv["specialties"],
            "languages": cv["languages"], "visa_status": cv["visa"], "publications": cv["publications"],
            "usce_months": len(months), "usce_months_clinical": len(months_cl), "usce_entries": ents}


# ----------------------------------------------------------------- text blocks
def pick(d):
    return R.choice(d)


def name_html(cv):
    n = E(cv["full_name"])
    if cv["prefix_dr"] and not cv["is_student"]:
        n = "Dr. " + n
    suffix = ""
    if not cv["is_student"] and R.random() < 0.4:
        suffix = ", " + ("MBBS" if "MBBS" in cv["degree"] else ("MBBCh" if cv["degree"] == "MBBCh" else "MD"))
    return n + E(suffix)


def native_html(cv):
    if not cv["native"]:
        return ""
    return f'<div class="native" lang="x">{E(cv["native"])}</div>'


def spec_line(cv):
    if not cv["specialties"]:
        return None
    names = [R.choice(SPEC_VARIANTS[s]) for s in cv["specialties"]]
    if len(names) == 1:
        return R.choice([f"Applying for categorical {names[0]} residency (Match {2027 if not cv['is_student'] else cv['grad_year']})",
                         f"Seeking a PGY-1 position in {names[0]}",
                         f"Specialty interest: {names[0]}"])
    if cv["specialties"][0] != "Internal Medicine":
        return R.choice([f"Specialty interests: {names[0]}, {names[1]}",
                         f"Applying to {names[0]} residency; also considering {names[1]}"])
    return R.choice([f"Applying to {names[0]} residency with a long-term interest in {names[1]} fellowship",
                     f"Specialty interests: {names[0]}, {names[1]}",
                     f"Career goal: {names[0]} residency, followed by {names[1]}"])


def profile_text(cv):
    yrs = "final-year medical student" if cv["is_student"] else \
        R.choice(["international medical graduate", "IMG physician", "foreign-trained physician"])
    sl = spec_line(cv)
    parts = [f"Motivated {yrs} from {COUNTRY_NAME[cv['country']]}" if cv["country"] not in ("GD", "BB")
             else f"Motivated {yrs} at a Caribbean medical school"]
    if cv["usce"]:
        parts.append("with hands-on and observational experience in US hospitals" if any(
            e["type"] == "hands_on" for e in cv["usce"]) else "with exposure to the US health-care system")
    txt = " ".join(parts) + "."
    if sl:
        txt += " " + sl + "."
    return txt


def visa_text(cv):
    v = cv["visa"]
    if v is None:
        return None
    return R.choice({
        "citizen": ["U.S. Citizen", "US citizen (dual citizenship)", "Citizenship: United States"],
        "green_card": ["US Permanent Resident (Green Card holder)", "Lawful Permanent Resident – no sponsorship needed",
                       "Green card holder"],
        "j1": ["Will require J-1 visa sponsorship (ECFMG)", "J-1 visa required", "Requires J-1 clinical visa"],
        "h1b": ["Requires H-1B visa sponsorship", "Currently on H-1B visa", "H-1B visa holder (research)"],
        "b1b2": ["Valid B1/B2 visitor visa (until 2029)", "B1/B2 visa holder", "Holds a US B-1/B-2 visa"],
    }[v])


def ecfmg_text(cv):
    v = cv["ecfmg"]
    if v is None:
        return None
    yr = min(cv["s2year"] + R.randint(0, 1), 2026)
    return R.choice({
        "certified": [f"ECFMG Certified ({yr})", f"ECFMG certification: obtained {MONTHS[R.randint(0, 11)]} {yr}",
                      "ECFMG certified – Pathway 1 complete"],
        "pending": (["ECFMG certification pending", "ECFMG: pending – expected upon graduation"] if cv["is_student"]
                    else ["ECFMG certification pending", "ECFMG certification: in progress (awaiting final verification)",
                          "ECFMG certification pending (OET and Pathway review in progress)"]),
        "not_certified": ["Not yet ECFMG certified", "ECFMG certification: not yet"],
    }[v])


def step_lines(cv):
    """list of (label, value) for USMLE."""
    out = []
    s1 = cv["step1"]
    if s1 is not None:
        if s1 == "pass":
            v = R.choice(["Pass", "Passed", "PASS", "Pass (first attempt)"]) + f" ({cv['s1year']})"
        elif s1 == "fail":
            v = f"Fail ({cv['s1year']}) – retake scheduled {cv['s1year'] + 1 if cv['s1year'] < 2026 else 2027}"
        else:
            v = f"{s1} ({cv['s1year']})" if R.random() < 0.6 else f"Score {s1}, {cv['s1year']}"
        out.append(("USMLE Step 1", v))
    if cv["step2ck"]:
        out.append(("USMLE Step 2 CK", f"{cv['step2ck']} ({cv['s2year']})"))
    elif cv["step2_planned"]:
        out.append(("USMLE Step 2 CK", R.choice(["Scheduled – " + MONTHS[R.randint(0, 11)] + " 2027",
                                                 "Preparing (exam date 03/2027)", "Planned, early 2027"])))
    if cv["step2cs"]:
        out.append(("USMLE Step 2 CS", f"Pass ({cv['s2year']})"))
    if cv["step3"]:
        out.append(("USMLE Step 3", f"{cv['step3']} ({cv['s3year']})"))
    return out


def lang_items(cv):
    style = R.randint(0, 3)
    home = set(LANG_HOME[cv["country"]][0].split("|")) if LANG_HOME[cv["country"]] else set()
    items = []
    for L in cv["languages"]:
        native = L in home or (L in ("Hindi", "Urdu", "Russian") and cv["languages"].index(L) == 0) or \
            (L == "English" and cv["country"] in ("GD", "BB", "NG"))
        if L == "English":
            lvl = "native" if native else R.choice(["fluent", "full professional", "C2", "fluent, IELTS 8.0"])
        elif native:
            lvl = R.choice(["native", "mother tongue", "native speaker"])
        else:
            lvl = R.choice(["intermediate", "B2", "basic", "conversational", "working proficiency", "A2"])
        if style == 0:
            items.append(f"{L} ({lvl})")
        elif style == 1:
            items.append(f"{L} – {lvl}")
        elif style == 2:
            items.append(f"{L}: {lvl.capitalize()}")
        else:
            items.append(L)
    return items


def usce_entry_html(cv, en, mode="div"):
    inst, city, st, stfull = en["site"]
    loc = f"{city}, {st}" if R.random() < 0.75 else f"{city}, {stfull}"
    sp = R.choice(SPEC_ROT_NAME[en["specialty"]])
    dates = fmt_range(en["s"], en["e"], cv["date_style"], cv["date_sep"], cv["present_word"], en.get("ongoing"))
    role = en["role"]
    bullets = {
        "hands_on": ["Took histories and performed physical exams on 4–6 patients daily",
                     "Presented on morning rounds; wrote progress notes co-signed by attending",
                     "Placed orders under supervision in Epic"],
        "observership": ["Observed inpatient rounds and outpatient clinics",
                         "Attended morning report, noon conferences and journal clubs"],
        "research": ["Retrospective chart review; data analysis in R", "Prepared IRB submission and manuscripts"],
        "telehealth": ["Participated in virtual patient visits with the attending",
                       "Drafted SOAP notes and discussed management plans"],
    }[en["type"]]
    bl = R.sample(bullets, min(len(bullets), R.randint(1, 2)))
    if mode == "row":
        return dates, f"{E(inst)}, {E(loc)}", f"{E(role)} – {E(sp)}", bl
    return (f'<div class="entry"><div class="eh"><span class="role">{E(role)}, {E(sp)}</span>'
            f'<span class="dates">{E(dates)}</span></div>'
            f'<div class="place">{E(inst)} — {E(loc)}</div>'
            f'<ul>{"".join("<li>" + E(b) + "</li>" for b in bl)}</ul></div>')


def nonus_entry_html(en, mode="div"):
    if mode == "row":
        return en["dates"], E(en["place"]), E(en["title"]), en["bullets"]
    return (f'<div class="entry"><div class="eh"><span class="role">{E(en["title"])}</span>'
            f'<span class="dates">{E(en["dates"])}</span></div>'
            f'<div class="place">{E(en["place"])}</div>'
            f'<ul>{"".join("<li>" + E(b) + "</li>" for b in en["bullets"])}</ul></div>')


def edu_items(cv):
    """list of (dates, title, place)"""
    out = []
    if cv["is_student"]:
        d = R.choice([f"{cv['start_year']} – expected {MONTHS[cv['grad_month']-1]} {cv['grad_year']}",
                      f"{cv['start_year']} – {cv['grad_year']} (expected)",
                      f"Expected graduation: {cv['grad_month']:02d}/{cv['grad_year']}"])
        title = cv["degree"] + (" candidate" if "candidate" not in cv["degree"] else "")
    else:
        d = R.choice([f"{cv['start_year']} – {cv['grad_year']}", f"Graduated {MONTHS[cv['grad_month']-1]} {cv['grad_year']}",
                      f"{cv['grad_month']:02d}/{cv['grad_year']}", f"{cv['start_year']}–{cv['grad_year']}"])
        title = cv["degree"]
    place = f"{cv['school']}, {cv['school_city']}, {COUNTRY_NAME[cv['country']]}"
    out.append((d, title, place))
    for t, p, dd in cv["other_edu"]:
        out.append((dd, t, p))
    return out


SECTION_NAMES = {
    "usce": ["US Clinical Experience", "USCE", "US Clinical Rotations", "Clinical Experience in the United States",
             "Clinical Experience (USA)", "Electives & Observerships (USA)"],
    "nonus": ["Professional Experience", "Clinical Experience", "Work Experience", "Postgraduate Training",
              "Experience (Home Country & Abroad)"],
    "edu": ["Education", "Medical Education", "Academic Background", "Education & Training"],
    "exams": ["USMLE & Certification", "Examinations", "Licensing Exams", "Exams & Scores"],
    "pubs": ["Publications", "Research & Publications", "Publications and Presentations", "Scholarly Work"],
    "refs": ["References", "Referees", "Letters of Recommendation"],
    "langs": ["Languages", "Language Skills", "Spoken Languages"],
    "skills": ["Skills", "Clinical Skills", "Skills & Certifications"],
    "contact": ["Contact", "Contact Details", "Personal Details", "Get in touch"],
    "profile": ["Profile", "Personal Statement", "Summary", "Career Objective"],
    "awards": ["Honors & Awards", "Awards", "Achievements"],
}


def sname(key):
    return R.choice(SECTION_NAMES[key])


def usce_split(cv):
    """Some CVs put US research in the research section rather than USCE."""
    return cv["usce"]


def exams_html(cv, compact=False):
    rows = step_lines(cv)
    h = ""
    if rows:
        h += "<table class='ex'>" + "".join(f"<tr><td>{E(a)}</td><td><b>{E(b)}</b></td></tr>" for a, b in rows) + "</table>"
    et = ecfmg_text(cv)
    if et:
        h += f"<p>{E(et)}</p>"
    if cv["practice"]:
        h += f"<p class='small'>Self-assessment scores (practice): {E('; '.join(cv['practice']))}</p>"
    for o in cv["other_exams"]:
        h += f"<p class='small'>{E(o)}</p>"
    if not h:
        h = "<p>USMLE: preparing for Step 1</p>" if cv["is_student"] else ""
    return h


def pubs_html(cv):
    if cv["pub_mode"] is None:
        return None
    h = ""
    if cv["pubs"]:
        h += "<div class='sub'>Peer-reviewed articles</div><ol>" + "".join(f"<li>{p}</li>" for p in cv["pubs"]) + "</ol>"
    if cv["in_prep"]:
        h += f"<p class='small'>Manuscript in preparation: “{E(R.choice(TOPICS))}” (not yet submitted)</p>"
    if cv["posters"]:
        h += "<div class='sub'>Posters &amp; abstracts</div><ul>" + "".join(f"<li>{p}</li>" for p in cv["posters"]) + "</ul>"
    return h


def refs_html(cv):
    if cv["refs"]:
        return "".join(
            f"<div class='ref'><b>{E(r['name'])}</b><br>{E(r['title'])}<br>{E(r['inst'])}, {E(r['loc'])}<br>"
            f"{E(r['email'])} · {E(r['phone'])}</div>" for r in cv["refs"])
    if cv["refs_on_request"]:
        return "<p>Available upon request.</p>"
    return None


def contact_lines(cv, icons=False):
    ic = (lambda s: f"<span class='ic'>{s}</span> ") if icons else (lambda s: "")
    lab = not icons and R.random() < 0.6
    out = []
    out.append(f"{ic('✉')}{'Email: ' if lab else ''}<span class='em'>{E(cv['email'])}</span>")
    if cv["phone_e164"]:
        out.append(f"{ic('☎')}{R.choice(['Phone: ', 'Mobile: ', 'Tel: ', 'WhatsApp: ']) if lab else ''}{E(cv['phone_display'])}")
    out.append(f"{ic('⌂')}{E(cv['address'])}")
    if R.random() < 0.3:
        slug = ascii_fold(cv["full_name"]).lower().replace(" ", "-").replace("'", "")
        out.append(f"{ic('in')}linkedin.com/in/{E(slug)}")
    if cv["dob"]:
        out.append(E(cv["dob"]))
    return out


# ----------------------------------------------------------------- layouts
FONTS = ["'DejaVu Sans'", "'Liberation Sans'", "'Noto Sans'", "'Liberation Serif'", "'DejaVu Serif'", "'Noto Serif'"]
COLORS = ["#1f4e79", "#2e6b4f", "#6b2e5f", "#7a3b12", "#234", "#0b6e75", "#5a4a9c", "#8b1c2c"]

BASE_CSS = """
@page { size: %(page)s; margin: %(margin)s; }
* { box-sizing: border-box; }
body { font-family: %(font)s, 'Noto Sans Arabic', 'Droid Sans Fallback', sans-serif; font-size: %(fs)s; color: #222; margin: 0; }
h1 { margin: 0; } ul { margin: 2px 0 4px 16px; padding: 0; } ol { margin: 2px 0 4px 18px; padding: 0; }
.entry { break-inside: avoid; margin-bottom: 6px; }
.eh { display: flex; justify-content: space-between; gap: 8px; }
.role { font-weight: bold; } .dates { white-space: nowrap; color: #555; }
.place { font-style: italic; color: #444; }
.small { font-size: 0.9em; color: #444; margin: 2px 0; }
.sub { font-weight: bold; margin-top: 4px; }
.ref { margin-bottom: 6px; break-inside: avoid; }
.native { font-size: 1.1em; margin-top: 2px; }
table.ex td { padding: 1px 8px 1px 0; }
p { margin: 3px 0; }
"""


def page_css(extra, **kw):
    d = dict(page=R.choice(["A4", "Letter"]), margin="0", font=R.choice(FONTS), fs=R.choice(["10pt", "10.5pt", "9.5pt"]))
    d.update(kw)
    return BASE_CSS % d + extra


def main_sections(cv, keys):
    """returns list of (title, html) in the given order, skipping empty."""
    out = []
    for k in keys:
        if k == "profile":
            out.append((sname("profile"), f"<p>{E(profile_text(cv))}</p>"))
        elif k == "edu":
            h = "".join(f'<div class="entry"><div class="eh"><span class="role">{E(t)}</span><span class="dates">{E(d)}</span></div><div class="place">{E(p)}</div></div>'
                        for d, t, p in edu_items(cv))
            out.append((sname("edu"), h))
        elif k == "usce" and cv["usce"]:
            out.append((sname("usce"), "".join(usce_entry_html(cv, en) for en in sorted(cv["usce"], key=lambda e: -e["s"]))))
        elif k == "nonus" and cv["nonus"]:
            out.append((sname("nonus"), "".join(nonus_entry_html(en) for en in cv["nonus"][::-1])))
        elif k == "exams":
            h = exams_html(cv)
            if h:
                out.append((sname("exams"), h))
        elif k == "pubs":
            h = pubs_html(cv)
            if h:
                out.append((sname("pubs") if not cv["pubs"] or R.random() < 0.8 else "Publications", h))
        elif k == "refs":
            h = refs_html(cv)
            if h:
                out.append((sname("refs"), h))
        elif k == "awards" and cv["awards"]:
            out.append((sname("awards"), "<ul>" + "".join(f"<li>{E(a)}</li>" for a in cv["awards"]) + "</ul>"))
        elif k == "visa":
            v = visa_text(cv)
            if v:
                out.append((R.choice(["Visa Status", "Immigration Status", "Work Authorization"]), f"<p>{E(v)}</p>"))
        elif k == "langs" and cv["languages"]:
            out.append((sname("langs"), "<p>" + E(", ".join(lang_items(cv))) + "</p>"))
        elif k == "skills":
            out.append((sname("skills"), "<ul>" + "".join(f"<li>{E(s)}</li>" for s in cv["skills"]) + "</ul>"))
    return out


def shuffle_mid(keys):
    """keep first key, shuffle some of the middle."""
    mid = keys[1:]
    if R.random() < 0.5:
        i, j = R.sample(range(len(mid)), 2)
        mid[i], mid[j] = mid[j], mid[i]
    return [keys[0]] + mid


def layout_sidebar_left(cv):
    col = R.choice(COLORS)
    css = page_css(f"""
.wrap {{ display: grid; grid-template-columns: 33% 67%; min-height: 100vh; }}
.side {{ background: {col}; color: #fff; padding: 18mm 6mm 10mm 8mm; }}
.side h3 {{ border-bottom: 1px solid rgba(255,255,255,.5); font-size: 1em; text-transform: uppercase; letter-spacing: 1px; margin: 14px 0 4px; }}
.side p, .side li {{ word-break: break-word; }}
.side .em {{ white-space: nowrap; font-size: 8pt; }}
.avatar {{ width: 28mm; height: 28mm; border-radius: 50%; background: rgba(255,255,255,.25); display:flex; align-items:center; justify-content:center; font-size: 22pt; font-weight: bold; margin: 0 auto 6mm; }}
.main {{ padding: 16mm 10mm 10mm 8mm; }}
.main h1 {{ color: {col}; font-size: 22pt; }}
.main h2 {{ color: {col}; font-size: 12pt; border-bottom: 2px solid {col}; margin: 12px 0 5px; }}
.tag {{ color: #666; }}
""", margin="0")
    ini = "".join(w[0] for w in ascii_fold(cv["full_name"]).split()[:2])
    side = f"<div class='avatar'>{E(ini)}</div>"
    side += f"<h3>{E(sname('contact'))}</h3>" + "".join(f"<p>{l}</p>" for l in contact_lines(cv))
    v = visa_text(cv)
    if v:
        side += f"<h3>Visa</h3><p>{E(v)}</p>"
    if cv["languages"]:
        side += f"<h3>{E(sname('langs'))}</h3><ul>" + "".join(f"<li>{E(x)}</li>" for x in lang_items(cv)) + "</ul>"
    side += f"<h3>{E(sname('skills'))}</h3><ul>" + "".join(f"<li>{E(s)}</li>" for s in cv["skills"]) + "</ul>"
    keys = shuffle_mid(["profile", "edu", "exams", "usce", "nonus", "pubs", "awards"]) + ["refs"]
    main = f"<h1>{name_html(cv)}</h1>{native_html(cv)}"
    main += f"<div class='tag'>{E(cv['degree'])}{' (candidate)' if cv['is_student'] else ''}</div>"
    for t, h in main_sections(cv, keys):
        main += f"<h2>{E(t)}</h2>{h}"
    return css, f"<div class='wrap'><aside class='side'>{side}</aside><main class='main'>{main}</main></div>"


def layout_sidebar_right(cv):
    col = R.choice(COLORS)
    css = page_css(f"""
.wrap {{ display: grid; grid-template-columns: 64% 36%; gap: 0; }}
.main {{ padding-right: 6mm; }}
.side {{ background: #f1f3f6; border-left: 4px solid {col}; padding: 4mm 5mm; }}
.side h3 {{ color: {col}; font-size: 1em; margin: 10px 0 4px; text-transform: uppercase; }}
header {{ border-bottom: 3px solid {col}; margin-bottom: 6px; padding-bottom: 4px; }}
header h1 {{ font-size: 24pt; color: {col}; }}
.main h2 {{ font-size: 12pt; color: {col}; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .5px; }}
.side p {{ word-break: break-word; }}
.side .em {{ white-space: nowrap; font-size: 8pt; }}
""", margin="14mm 12mm")
    main = ""
    keys = shuffle_mid(["profile", "usce", "edu", "nonus", "pubs", "awards", "skills"]) + ["refs"]
    if R.random() < 0.4:
        keys = ["profile", "edu", "usce", "nonus", "pubs", "skills", "refs"]
    for t, h in main_sections(cv, keys):
        main += f"<h2>{E(t)}</h2>{h}"
    side = f"<h3>{E(sname('contact'))}</h3>" + "".join(f"<p>{l}</p>" for l in contact_lines(cv))
    ex = exams_html(cv)
    if ex:
        side += f"<h3>{E(sname('exams'))}</h3>{ex}"
    v = visa_text(cv)
    if v:
        side += f"<h3>{E(R.choice(['Visa', 'Visa Status', 'Work Authorization']))}</h3><p>{E(v)}</p>"
    if cv["languages"]:
        side += f"<h3>{E(sname('langs'))}</h3>" + "".join(f"<p>{E(x)}</p>" for x in lang_items(cv))
    sub = E(R.choice(["International Medical Graduate", "Medical Doctor", "Physician"]) if not cv["is_student"]
            else "Medical Student")
    head = f"<header><h1>{name_html(cv)}</h1>{native_html(cv)}<div>{sub}</div></header>"
    return css, f"{head}<div class='wrap'><main class='main'>{main}</main><aside class='side'>{side}</aside></div>"


SVG_MAIL = "<svg width='11' height='11' viewBox='0 0 24 24'><path fill='currentColor' d='M2 4h20v16H2z M4 6v.5l8 5 8-5V6z' fill-rule='evenodd'/></svg>"
SVG_PHONE = "<svg width='11' height='11' viewBox='0 0 24 24'><path fill='currentColor' d='M6.6 10.8a15 15 0 006.6 6.6l2.2-2.2a1 1 0 011-.25 11.4 11.4 0 003.6.6 1 1 0 011 1V20a1 1 0 01-1 1A17 17 0 013 4a1 1 0 011-1h3.5a1 1 0 011 1 11.4 11.4 0 00.6 3.6 1 1 0 01-.25 1z'/></svg>"


def layout_grid_modern(cv):
    col = R.choice(COLORS)
    use_svg = R.random() < 0.5
    css = page_css(f"""
.banner {{ background: linear-gradient(90deg, {col}, #333); color: #fff; padding: 10mm 12mm 7mm; }}
.banner h1 {{ font-size: 28pt; letter-spacing: .5px; }}
.banner .sub {{ opacity: .9; }}
.contacts {{ display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 6px; font-size: .95em; }}
.ic {{ display: inline-block; width: 1.2em; text-align: center; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; padding: 6mm 10mm; }}
.card {{ border: 1px solid #ddd; border-top: 4px solid {col}; border-radius: 6px; padding: 3mm 4mm; break-inside: avoid; }}
.card.wide {{ grid-column: span 2; }}
.card h2 {{ font-size: 11.5pt; margin: 0 0 4px; color: {col}; }}
""", margin="0 0 10mm 0")
    if use_svg:
        mail_i, tel_i = f"<span class='ic'>{SVG_MAIL}</span> ", f"<span class='ic'>{SVG_PHONE}</span> "
    else:
        mail_i, tel_i = "<span class='ic'>✉</span> ", "<span class='ic'>☎</span> "
    cl = [f"{mail_i}{E(cv['email'])}"]
    if cv["phone_e164"]:
        cl.append(f"{tel_i}{E(cv['phone_display'])}")
    cl.append(f"<span class='ic'>⌖</span> {E(cv['address'])}")
    if cv["dob"]:
        cl.append(E(cv["dob"]))
    sub = E(cv["degree"] + (" — student" if cv["is_student"] else ""))
    banner = (f"<div class='banner'><h1>{name_html(cv)}</h1>{native_html(cv)}<div class='sub'>{sub}</div>"
              f"<div class='contacts'>{''.join(f'<span>{c}</span>' for c in cl)}</div></div>")
    keys = ["profile", "exams", "edu", "visa", "usce", "nonus", "langs", "skills", "pubs", "awards", "refs"]
    keys = shuffle_mid(keys)
    cards = ""
    for t, h in main_sections(cv, keys):
        wide = any(w in t for w in ["Profile", "Statement", "Summary", "Objective", "US", "Clinical", "Public",
                                    "Scholarly", "Refer", "Letters", "Experience", "Training"]) and R.random() < 0.8
        cards += f"<section class='card{' wide' if wide else ''}'><h2>{E(t)}</h2>{h}</section>"
    return css, banner + f"<div class='grid'>{cards}</div>"


def layout_two_column_flow(cv):
    col = R.choice(COLORS)
    css = page_css(f"""
header {{ text-align: {R.choice(['center', 'left'])}; border-bottom: 2px solid {col}; padding-bottom: 5px; margin-bottom: 8px; }}
header h1 {{ font-size: 22pt; color: {col}; }}
.cl {{ font-size: .95em; }}
.flow {{ column-count: 2; column-gap: 9mm; column-rule: 1px solid #ccc; }}
.flow h2 {{ font-size: 11pt; color: {col}; text-transform: uppercase; margin: 8px 0 3px; break-after: avoid; }}
""", margin=R.choice(["14mm 13mm", "20mm 18mm"]), fs=R.choice(["10pt", "11pt", "11.5pt"]))
    cl = contact_lines(cv)
    head = f"<header><h1>{name_html(cv)}</h1>{native_html(cv)}<div class='cl'>{' | '.join(cl)}</div></header>"
    keys = ["profile", "edu", "exams", "usce", "nonus", "visa", "pubs", "langs", "skills", "awards", "refs"]
    keys = shuffle_mid(shuffle_mid(keys))
    body = ""
    for t, h in main_sections(cv, keys):
        body += f"<h2>{E(t)}</h2>{h}"
    return css, head + f"<div class='flow'>{body}</div>"


def layout_compact_table(cv):
    col = R.choice(COLORS)
    css = page_css(f"""
.bar {{ background: {col}; color: #fff; padding: 5mm 8mm; display: flex; justify-content: space-between; align-items: baseline; }}
.bar h1 {{ font-size: 18pt; }}
.body {{ padding: 4mm 8mm; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 4px; }}
td, th {{ border: 1px solid #bbb; padding: 2px 4px; vertical-align: top; font-size: 8.5pt; }}
th {{ background: #eee; text-align: left; }}
h2 {{ font-size: 10pt; margin: 6px 0 2px; color: {col}; text-transform: uppercase; }}
td ul {{ margin: 0 0 0 12px; }}
td.k {{ width: 26%; background: #f6f6f6; font-weight: bold; }}
""", margin="0 0 8mm 0", fs="8.5pt", font=R.choice(["'Liberation Sans'", "'DejaVu Sans Condensed'", "'Liberation Sans Narrow'", "'Noto Sans'"]))
    right = E(R.choice(["Curriculum Vitae", "CV — Residency Application", "Curriculum Vitae (ERAS)"]))
    bar = f"<div class='bar'><div><h1>{name_html(cv)}</h1>{native_html(cv)}</div><div>{right}</div></div>"
    # personal details table (contacts only in a table)
    pd = [("Email", E(cv["email"]))]
    if cv["phone_e164"]:
        pd.append((R.choice(["Phone", "Mobile", "Cell"]), E(cv["phone_display"])))
    pd.append(("Address", E(cv["address"])))
    if cv["dob"]:
        k, _, v = cv["dob"].partition(" ") if cv["dob"].startswith("Born") else cv["dob"].partition(": ")
        pd.append(("Date of birth" if not cv["dob"].startswith("Born") else "Year of birth", E(v)))
    v = visa_text(cv)
    if v:
        pd.append(("Visa status", E(v)))
    if cv["languages"]:
        pd.append((sname("langs"), E("; ".join(lang_items(cv)))))
    sl = spec_line(cv)
    if sl:
        pd.append(("Objective", E(sl)))
    parts = {}
    parts["pd"] = f"<h2>{E(sname('contact'))}</h2><table>" + "".join(f"<tr><td class='k'>{a}</td><td>{b}</td></tr>" for a, b in pd) + "</table>"
    rows = "".join(f"<tr><td>{E(d)}</td><td>{E(p)}</td><td>{E(t)}</td></tr>" for d, t, p in edu_items(cv))
    parts["edu"] = f"<h2>{E(sname('edu'))}</h2><table><tr><th>Dates</th><th>Institution</th><th>Degree</th></tr>{rows}</table>"
    ex = step_lines(cv)
    et = ecfmg_text(cv)
    exrows = "".join(f"<tr><td class='k'>{E(a)}</td><td>{E(b)}</td></tr>" for a, b in ex)
    if et:
        exrows += f"<tr><td class='k'>ECFMG</td><td>{E(et)}</td></tr>"
    if cv["practice"]:
        exrows += f"<tr><td class='k'>Practice exams</td><td>{E('; '.join(cv['practice']))}</td></tr>"
    for o in cv["other_exams"]:
        nm, _, rest = o.partition(" – ")
        exrows += f"<tr><td class='k'>{E(nm)}</td><td>{E(rest or o)}</td></tr>"
    parts["exams"] = f"<h2>{E(sname('exams'))}</h2><table>{exrows}</table>" if exrows else ""

    def rows_of(items):
        return "".join(f"<tr><td style='width:22%'>{E(d)}</td><td style='width:38%'>{p}</td><td>{r}<ul>{''.join('<li>' + E(b) + '</li>' for b in bl)}</ul></td></tr>"
                       for d, p, r, bl in items)
    hdr = f"<tr><th>{E(R.choice(['Dates', 'Period', 'When']))}</th><th>{E(R.choice(['Place', 'Institution', 'Hospital / Location']))}</th><th>{E(R.choice(['Role', 'Position', 'Role / Specialty']))}</th></tr>"
    parts["usce"] = (f"<h2>{E(sname('usce'))}</h2><table>{hdr}{rows_of([usce_entry_html(cv, en, 'row') for en in sorted(cv['usce'], key=lambda e: e['s'])])}</table>"
                     if cv["usce"] else "")
    parts["nonus"] = (f"<h2>{E(sname('nonus'))}</h2><table>{hdr}{rows_of([nonus_entry_html(en, 'row') for en in cv['nonus']])}</table>"
                      if cv["nonus"] else "")
    ph = pubs_html(cv)
    parts["pubs"] = f"<h2>{E(sname('pubs'))}</h2>{ph}" if ph else ""
    if cv["refs"]:
        parts["refs"] = (f"<h2>{E(sname('refs'))}</h2><table><tr><th>Name</th><th>Position</th><th>Email</th><th>Phone</th></tr>" +
                         "".join(f"<tr><td>{E(r['name'])}</td><td>{E(r['title'])}, {E(r['inst'])}, {E(r['loc'])}</td><td>{E(r['email'])}</td><td>{E(r['phone'])}</td></tr>" for r in cv["refs"]) + "</table>")
    elif cv["refs_on_request"]:
        parts["refs"] = f"<h2>{E(sname('refs'))}</h2><p>Available on request.</p>"
    else:
        parts["refs"] = ""
    parts["skills"] = f"<h2>{E(sname('skills'))}</h2><table><tr><td>{E(' · '.join(cv['skills']))}</td></tr></table>"
    order = ["pd", "edu", "exams", "usce", "nonus", "pubs", "skills", "refs"]
    if R.random() < 0.5:
        order = ["pd", "exams", "edu", "nonus", "usce", "pubs", "skills", "refs"]
    return css, bar + "<div class='body'>" + "".join(parts[k] for k in order) + "</div>"


RENDER = {"html_sidebar_left": layout_sidebar_left, "html_sidebar_right": layout_sidebar_right,
          "html_grid_modern": layout_grid_modern, "html_two_column_flow": layout_two_column_flow,
          "html_compact_table": layout_compact_table}


def to_pdf(html_path, pdf_path):
    prof = tempfile.mkdtemp(prefix="w2chr_")
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                        f"--print-to-pdf={pdf_path}", "--no-pdf-header-footer", "--disable-extensions", "--no-first-run", "file://" + html_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(HTMLDIR, exist_ok=True)
    # country assignment: 56 slots
    countries = ["EG", "EG", "EG", "IN", "IN", "IN", "IN", "PK", "PK", "PK", "NG", "NG", "NG", "PH", "PH",
                 "MX", "MX", "BR", "BR", "IR", "IR", "SY", "SY", "JO", "JO", "VN", "VN", "UA", "UA", "RU", "RU",
                 "TR", "TR", "TR", "BD", "BD", "NP", "NP", "CN", "CN", "CO", "CO", "GD", "GD", "GD", "BB", "BB",
                 "EG", "IN", "PK", "NG", "IR", "SY", "TR", "GD", "PH"]
    assert len(countries) == 56
    R.shuffle(countries)
    used = {c: 0 for c in NAMES}
    layouts = [LAYOUTS[i % 5] for i in range(56)]
    rows = []
    jobs = []
    for i, (c, lay) in enumerate(zip(countries, layouts), start=1):
        nm = NAMES[c][used[c] % len(NAMES[c])]
        used[c] += 1
        cv = build_cv(i, c, nm, lay)
        css, body = RENDER[lay](cv)
        doc = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>CV – {E(cv['full_name'])}</title>"
               f"<style>{css}</style></head><body>{body}</body></html>")
        base = f"w2_{i:03d}_{lay}"
        hp = os.path.join(HTMLDIR, base + ".html")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(doc)
        fname = base + ".pdf"
        jobs.append((hp, os.path.join(OUT, fname)))
        rows.append(truth_of(cv, fname))
    if "--no-pdf" not in sys.argv:
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(6) as ex:
            list(ex.map(lambda j: to_pdf(*j), jobs))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows))


if __name__ == "__main__":
    main()
