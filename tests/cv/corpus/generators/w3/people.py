"""Person model + truth computation for the w3 corpus (deterministic given an rng)."""
import random

CANON = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology",
         "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
         "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"]

ALIAS = {
    "Internal Medicine": ["Internal Medicine", "IM", "Internal Med.", "General Internal Medicine"],
    "Family Medicine": ["Family Medicine", "FM", "Family Practice"],
    "Pediatrics": ["Pediatrics", "Paediatrics", "Peds", "Paeds"],
    "Psychiatry": ["Psychiatry", "Psych", "Adult Psychiatry"],
    "Neurology": ["Neurology", "Neuro"],
    "General Surgery": ["General Surgery", "Surgery (General)", "Gen Surg"],
    "Obstetrics and Gynecology": ["Obstetrics & Gynecology", "OB/GYN", "OBGYN", "Obstetrics and Gynaecology"],
    "Emergency Medicine": ["Emergency Medicine", "EM", "Emergency Dept."],
    "Anesthesiology": ["Anesthesiology", "Anaesthesia", "Anesthesia"],
    "Radiology": ["Radiology", "Diagnostic Radiology"],
    "Pathology": ["Pathology", "Anatomic & Clinical Pathology"],
    "Cardiology": ["Cardiology", "Cardiovascular Medicine"],
    "Gastroenterology": ["Gastroenterology", "GI", "Gastroenterology & Hepatology"],
    "Nephrology": ["Nephrology", "Renal Medicine"],
    "Pulmonology/Critical Care": ["Pulmonary & Critical Care", "Pulmonology", "PCCM", "Pulmonary/Critical Care"],
    "Endocrinology": ["Endocrinology", "Endocrine", "Endocrinology & Diabetes"],
    "Rheumatology": ["Rheumatology", "Rheum"],
    "Hematology/Oncology": ["Hematology/Oncology", "Heme/Onc", "Hematology-Oncology"],
    "Infectious Disease": ["Infectious Diseases", "ID", "Infectious Disease"],
    "Geriatrics": ["Geriatrics", "Geriatric Medicine"],
}
# specialties people pursue (residency targets)
TARGETS = ["Internal Medicine", "Internal Medicine", "Internal Medicine", "Family Medicine", "Pediatrics",
           "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology", "Emergency Medicine",
           "Anesthesiology", "Radiology", "Pathology"]
ROT_SPEC = ["Internal Medicine", "Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology",
            "Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
            "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics", "General Surgery",
            "Emergency Medicine", "Obstetrics and Gynecology", "Radiology", "Pathology"]

# country: (cc, phone cc, national-number template, schools, names, alt-script, lang sets)
COUNTRIES = {
    "EG": dict(pcc="20", nat=["10########", "11########", "12########"], city="Cairo, Egypt",
               schools=["Cairo University Faculty of Medicine (Kasr Al Ainy)", "Ain Shams University Faculty of Medicine",
                        "Alexandria University Faculty of Medicine", "Mansoura University Faculty of Medicine"],
               names=[("Ahmed", "Mostafa", "أحمد مصطفى"), ("Mariam", "El-Sayed", "مريم السيد"),
                      ("Omar", "Abdelrahman", "عمر عبد الرحمن"), ("Nour", "Hassan", "نور حسن"),
                      ("Yasmine", "Fawzy", None), ("Karim", "Soliman", None)],
               langs=[["Arabic", "English"], ["Arabic", "English", "French"], ["Arabic", "English", "German"]]),
    "IN": dict(pcc="91", nat=["98########", "99########", "97########", "88########"], city="New Delhi, India",
               schools=["All India Institute of Medical Sciences, New Delhi", "Maulana Azad Medical College",
                        "Kasturba Medical College, Manipal", "Grant Government Medical College, Mumbai"],
               names=[("Priya", "Raghavan", None), ("Arjun", "Mehta", None), ("Sneha", "Kulkarni", None),
                      ("Rahul", "Venkatesh", None), ("Ananya", "Iyer", None), ("Vikram", "Singh", None)],
               langs=[["English", "Hindi", "Marathi"], ["English", "Hindi", "Tamil"], ["English", "Hindi", "Punjabi"],
                      ["English", "Hindi", "Kannada", "Telugu"]]),
    "PK": dict(pcc="92", nat=["300#######", "321#######", "333#######"], city="Lahore, Pakistan",
               schools=["King Edward Medical University", "Aga Khan University Medical College",
                        "Dow University of Health Sciences", "Allama Iqbal Medical College"],
               names=[("Ayesha", "Siddiqui", None), ("Hamza", "Qureshi", None), ("Fatima", "Zahra Malik", None),
                      ("Usman", "Chaudhry", None), ("Zainab", "Anwar", None)],
               langs=[["English", "Urdu", "Punjabi"], ["English", "Urdu", "Sindhi"], ["English", "Urdu", "Pashto"]]),
    "NG": dict(pcc="234", nat=["803#######", "806#######", "813#######"], city="Lagos, Nigeria",
               schools=["University of Lagos College of Medicine", "University of Ibadan College of Medicine",
                        "Obafemi Awolowo University", "University of Nigeria, Nsukka"],
               names=[("Chinedu", "Okafor", None), ("Adaeze", "Nwosu", None), ("Oluwaseun", "Adeyemi", None),
                      ("Ngozi", "Eze", None), ("Tunde", "Bakare", None)],
               langs=[["English", "Yoruba"], ["English", "Igbo"], ["English", "Hausa", "Yoruba"]]),
    "PH": dict(pcc="63", nat=["917#######", "918#######", "927#######"], city="Quezon City, Philippines",
               schools=["University of the Philippines College of Medicine", "University of Santo Tomas Faculty of Medicine and Surgery",
                        "Cebu Doctors' University College of Medicine"],
               names=[("Maria Angelica", "Santos", None), ("Jose Miguel", "Reyes", None), ("Kristine", "dela Cruz", None)],
               langs=[["English", "Filipino"], ["English", "Filipino", "Cebuano"]]),
    "MX": dict(pcc="52", nat=["55########", "33########", "81########"], city="Ciudad de México, México",
               schools=["Universidad Nacional Autónoma de México (UNAM)", "Universidad Autónoma de Guadalajara",
                        "Tecnológico de Monterrey Escuela de Medicina"],
               names=[("José", "Álvarez Gutiérrez", None), ("Mariana", "López Hernández", None), ("Andrés", "Muñoz", None)],
               langs=[["Spanish", "English"], ["Spanish", "English", "Portuguese"]]),
    "BR": dict(pcc="55", nat=["119########", "219########"], city="São Paulo, Brazil",
               schools=["Universidade de São Paulo (FMUSP)", "Universidade Federal do Rio de Janeiro"],
               names=[("João", "Conceição", None), ("Luíza", "Araújo", None), ("Thiago", "Gonçalves", None)],
               langs=[["Portuguese", "English", "Spanish"]]),
    "IR": dict(pcc="98", nat=["912#######", "935#######"], city="Tehran, Iran",
               schools=["Tehran University of Medical Sciences", "Shiraz University of Medical Sciences"],
               names=[("Sara", "Rezaei", "سارا رضایی"), ("Amir", "Hosseini", "امیر حسینی"), ("Nazanin", "Karimi", None)],
               langs=[["Persian", "English"], ["Persian", "English", "Turkish"]]),
    "SY": dict(pcc="963", nat=["944######", "933######"], city="Damascus, Syria",
               schools=["Damascus University Faculty of Medicine", "University of Aleppo Faculty of Medicine"],
               names=[("Rami", "Al-Khatib", "رامي الخطيب"), ("Lina", "Haddad", "لينا حداد"), ("Bashar", "Mansour", None)],
               langs=[["Arabic", "English"], ["Arabic", "English", "German"]]),
    "JO": dict(pcc="962", nat=["79#######", "77#######"], city="Amman, Jordan",
               schools=["University of Jordan School of Medicine", "Jordan University of Science and Technology"],
               names=[("Dana", "Al-Masri", "دانا المصري"), ("Khaled", "Obeidat", None), ("Hala", "Nasser", None)],
               langs=[["Arabic", "English"]]),
    "VN": dict(pcc="84", nat=["91#######", "98#######"], city="Hà Nội, Vietnam",
               schools=["Hanoi Medical University", "University of Medicine and Pharmacy at Ho Chi Minh City"],
               names=[("Nguyễn Thị", "Hương", None), ("Trần Minh", "Đức", None), ("Lê Thị", "Phương", None)],
               langs=[["Vietnamese", "English"], ["Vietnamese", "English", "French"]]),
    "UA": dict(pcc="380", nat=["67#######", "50#######"], city="Kyiv, Ukraine",
               schools=["Bogomolets National Medical University", "Kharkiv National Medical University"],
               names=[("Olena", "Kovalenko", "Олена Коваленко"), ("Dmytro", "Shevchuk", "Дмитро Шевчук")],
               langs=[["Ukrainian", "Russian", "English"], ["Ukrainian", "English", "Polish"]]),
    "RU": dict(pcc="7", nat=["916#######", "925#######"], city="Moscow, Russia",
               schools=["Sechenov First Moscow State Medical University", "Pirogov Russian National Research Medical University"],
               names=[("Anastasia", "Volkova", "Анастасия Волкова"), ("Sergei", "Morozov", "Сергей Морозов")],
               langs=[["Russian", "English"], ["Russian", "English", "German"]]),
    "TR": dict(pcc="90", nat=["532#######", "542#######"], city="İstanbul, Türkiye",
               schools=["Hacettepe University Faculty of Medicine", "İstanbul University-Cerrahpaşa Faculty of Medicine"],
               names=[("Ayşe", "Yılmaz", None), ("Mehmet", "Çelik", None), ("Elif", "Şahin", None)],
               langs=[["Turkish", "English"], ["Turkish", "English", "German"]]),
    "BD": dict(pcc="880", nat=["171#######", "181#######"], city="Dhaka, Bangladesh",
               schools=["Dhaka Medical College", "Sir Salimullah Medical College"],
               names=[("Tahmina", "Rahman", None), ("Farhan", "Hossain", None), ("Nusrat", "Jahan", None)],
               langs=[["Bengali", "English"], ["Bengali", "English", "Hindi"]]),
    "NP": dict(pcc="977", nat=["98########"], city="Kathmandu, Nepal",
               schools=["Institute of Medicine, Tribhuvan University", "B.P. Koirala Institute of Health Sciences"],
               names=[("Sujan", "Shrestha", None), ("Anjali", "Gurung", None), ("Bikash", "Adhikari", None)],
               langs=[["Nepali", "English", "Hindi"], ["Nepali", "English"]]),
    "GD": dict(pcc="1", nat=["201555####", "646555####", "917555####"], city="Brooklyn, NY",
               schools=["St. George's University School of Medicine"],
               names=[("Daniel", "O'Connor", None), ("Sophia", "Patel", None), ("Marcus", "Williams", None),
                      ("Jasmine", "Baptiste", None)],
               langs=[["English", "Spanish"], ["English"], ["English", "Haitian Creole", "French"]]),
    "SX": dict(pcc="1", nat=["305555####", "786555####"], city="Miami, FL",
               schools=["American University of the Caribbean School of Medicine"],
               names=[("Gabriela", "Fernández", None), ("Kevin", "Nguyen", None)],
               langs=[["English", "Spanish"], ["English", "Vietnamese"]]),
    "CN": dict(pcc="86", nat=["138########", "139########"], city="Shanghai, China",
               schools=["Fudan University Shanghai Medical College", "West China School of Medicine, Sichuan University"],
               names=[("Wei", "Zhang", None), ("Xiaoling", "Chen", None), ("Hao", "Liu", None)],
               langs=[["Chinese (Mandarin)", "English"], ["Chinese (Mandarin)", "English", "Cantonese"]]),
    "CO": dict(pcc="57", nat=["310#######", "315#######"], city="Bogotá, Colombia",
               schools=["Universidad de los Andes", "Universidad Nacional de Colombia", "Universidad de Antioquia"],
               names=[("Camila", "Rodríguez Peña", None), ("Santiago", "Gómez", None), ("Valentina", "Ospina", None)],
               langs=[["Spanish", "English"], ["Spanish", "English", "French"]]),
}
LANG_KEY = {"Chinese (Mandarin)": "Chinese"}  # display -> canonical English name used in truth

SITES = [("Cleveland Clinic", "Cleveland", "OH", "Ohio"), ("Mayo Clinic", "Rochester", "MN", "Minnesota"),
         ("Johns Hopkins Hospital", "Baltimore", "MD", "Maryland"), ("Mount Sinai Hospital", "New York", "NY", "New York"),
         ("John H. Stroger Jr. Hospital of Cook County", "Chicago", "IL", "Illinois"),
         ("Henry Ford Hospital", "Detroit", "MI", "Michigan"), ("Baylor St. Luke's Medical Center", "Houston", "TX", "Texas"),
         ("Jackson Memorial Hospital", "Miami", "FL", "Florida"), ("UPMC Presbyterian", "Pittsburgh", "PA", "Pennsylvania"),
         ("Emory University Hospital", "Atlanta", "GA", "Georgia"), ("Cedars-Sinai Medical Center", "Los Angeles", "CA", "California"),
         ("Massachusetts General Hospital", "Boston", "MA", "Massachusetts"),
         ("University of Iowa Hospitals & Clinics", "Iowa City", "IA", "Iowa"), ("Ochsner Medical Center", "New Orleans", "LA", "Louisiana"),
         ("Brooklyn Community Medical Associates", "Brooklyn", "NY", "New York"),
         ("St. Joseph's University Medical Center", "Paterson", "NJ", "New Jersey"),
         ("University of Alabama at Birmingham", "Birmingham", "AL", "Alabama"),
         ("Harbor Internal Medicine Group (private practice)", "Tampa", "FL", "Florida"),
         ("Banner University Medical Center", "Phoenix", "AZ", "Arizona"), ("Virginia Mason Medical Center", "Seattle", "WA", "Washington")]
RESEARCH_SITES = [("University of Alabama at Birmingham", "Birmingham", "AL", "Alabama"),
                  ("Brigham and Women's Hospital / Harvard Medical School", "Boston", "MA", "Massachusetts"),
                  ("Yale School of Medicine", "New Haven", "CT", "Connecticut"),
                  ("University of Texas Southwestern", "Dallas", "TX", "Texas"),
                  ("Northwestern University Feinberg School of Medicine", "Chicago", "IL", "Illinois"),
                  ("Mayo Clinic", "Jacksonville", "FL", "Florida")]
TELE_SITES = [("MedClerkships Virtual Program (hosted by Capital Health)", "Trenton", "NJ", "New Jersey"),
              ("AMO Telehealth Rotation, Westside Family Clinic", "Houston", "TX", "Texas"),
              ("Virtual Clinical Rotation, Summit Primary Care", "Newark", "NJ", "New Jersey")]

REF_FIRST = ["Michael", "Jennifer", "Robert", "Linda", "David", "Susan", "James", "Karen", "Thomas", "Rachel", "Anil", "Hossam"]
REF_LAST = ["Goldberg", "Thompson", "Ramirez", "Kowalski", "Bennett", "Patel", "O'Brien", "Fischer", "Kim", "Abdallah", "Morgan", "Sharma"]

JOURNALS = ["Cureus", "BMC Medical Education", "Journal of Clinical Medicine", "Annals of Internal Medicine (letter)",
            "Frontiers in Neurology", "Journal of the Egyptian Society of Cardiology", "Pakistan Journal of Medical Sciences",
            "Indian Journal of Pediatrics", "BMJ Open", "PLOS ONE", "Clinical Case Reports", "World Journal of Gastroenterology"]
TOPICS = ["outcomes of sepsis bundles in a tertiary care center", "vitamin D deficiency in adolescents",
          "a rare presentation of Takayasu arteritis: case report", "burnout among junior doctors: a cross-sectional survey",
          "readmission predictors in heart failure", "diabetic ketoacidosis management adherence",
          "anemia prevalence in pregnant women", "stroke thrombolysis door-to-needle times",
          "antibiotic resistance patterns in urinary isolates", "a retrospective review of pediatric asthma admissions",
          "telemedicine follow-up after myocardial infarction", "hepatitis C treatment response with sofosbuvir"]
CONFS = ["ACP Internal Medicine Meeting", "SHM Converge", "AAN Annual Meeting", "ACG Annual Scientific Meeting",
         "Pediatric Academic Societies Meeting", "APA Annual Meeting", "CHEST Annual Meeting"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def ym(y, m):
    return "%04d-%02d" % (y, m)


def add_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def fmt_date(y, m, style):
    if style == "mon_yyyy":
        return "%s %d" % (MON3[m - 1], y)
    if style == "month_yyyy":
        return "%s %d" % (MONTHS[m - 1], y)
    if style == "mm/yyyy":
        return "%02d/%d" % (m, y)
    if style == "yyyy-mm":
        return "%d-%02d" % (y, m)
    if style == "mon_'yy":
        return "%s '%02d" % (MON3[m - 1], y % 100)
    if style == "mm.yyyy":
        return "%02d.%d" % (m, y)
    raise ValueError(style)


DATE_STYLES = ["mon_yyyy", "month_yyyy", "mm/yyyy", "yyyy-mm", "mon_'yy", "mm.yyyy"]


def months_set(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        ey, em = map(int, e["end"].split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m))
            y, m = add_months(y, m, 1)
    return len(s)


def phone_display(pcc, nat, rng, style=None):
    style = style or rng.choice(["plus_space", "paren", "00", "dash", "plain_plus", "dot"])
    if pcc == "1":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        return {"plus_space": "+1 (%s) %s-%s" % (a, b, c), "paren": "(+1) %s-%s-%s" % (a, b, c),
                "00": "001 %s %s %s" % (a, b, c), "dash": "+1-%s-%s-%s" % (a, b, c),
                "plain_plus": "+1 %s %s %s" % (a, b, c), "dot": "+1.%s.%s.%s" % (a, b, c)}[style]
    # group national number
    if len(nat) == 10:
        g = [nat[:3], nat[3:6], nat[6:]]
    elif len(nat) == 11:
        g = [nat[:3], nat[3:7], nat[7:]]
    else:
        g = [nat[:2], nat[2:5], nat[5:]]
    if pcc == "91":
        g = [nat[:5], nat[5:]]
    return {"plus_space": "+%s %s" % (pcc, " ".join(g)), "paren": "(+%s) %s" % (pcc, " ".join(g)),
            "00": "00%s %s" % (pcc, " ".join(g)), "dash": "+%s-%s" % (pcc, "-".join(g)),
            "plain_plus": "+%s %s" % (pcc, "".join(g)), "dot": "+%s.%s" % (pcc, ".".join(g))}[style]


def fill(tmpl, rng):
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in tmpl)


def make_person(rng, idx, cc=None, force=None):
    """force: dict of overrides for situations."""
    force = force or {}
    cc = cc or rng.choice(list(COUNTRIES))
    C = COUNTRIES[cc]
    first, last, alt = rng.choice(C["names"])
    p = {"cc": cc, "first": first, "last": last, "alt": alt if rng.random() < 0.8 else None}
    p["full_name"] = "%s %s" % (first, last)
    p["title_prefix"] = rng.choice(["", "", "Dr. ", ""]) if cc not in ("GD", "SX") else ""
    p["degree_suffix"] = rng.choice(["", "MBBS", "MD", "M.B.B.Ch."]) if cc in ("EG", "IN", "PK", "NG", "BD", "NP") else rng.choice(["", "MD"])
    dom = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "proton.me"])
    def asc(s):
        import unicodedata
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("đ", "d").replace("Đ", "D").replace("ı", "i")
        return "".join(ch for ch in s.lower() if ch.isalnum())
    p["email"] = rng.choice(["%s.%s%d@%s", "%s%s%d@%s", "dr.%s.%s%d@%s"]) % (asc(first.split()[0]), asc(last.split()[-1]), rng.randint(1, 99), dom)
    if force.get("no_email"):
        p["email"] = None
    # phone: US-resident Caribbean grads get a US phone
    nat = fill(rng.choice(C["nat"]), rng)
    p["pcc"], p["nat"] = C["pcc"], nat
    p["phone_e164"] = "+" + C["pcc"] + nat
    p["phone_disp"] = phone_display(C["pcc"], nat, rng)
    if force.get("us_phone_second"):
        n2 = "312555" + fill("####", rng)
        p["phone2_disp"] = phone_display("1", n2, rng)  # secondary US number shown as "US (WhatsApp)" - primary is first
    p["city"] = C["city"]
    p["school"] = rng.choice(C["schools"])
    p["country"] = "GD" if cc == "GD" else cc
    student = force.get("student", cc in ("GD", "SX") and rng.random() < 0.5 or rng.random() < 0.1)
    p["is_student"] = bool(student)
    if student:
        p["grad_year"] = rng.choice([2027, 2027, 2028])
        p["grad_month"] = rng.choice([5, 6, 7])
    else:
        p["grad_year"] = rng.randint(2014, 2025)
        p["grad_month"] = rng.choice([6, 7, 9, 12])
    dur = 4 if cc in ("GD", "SX") else (6 if cc not in ("PH",) else 4)
    p["start_year"] = p["grad_year"] - dur
    p["degree"] = {"EG": "MBBCh", "IN": "MBBS", "PK": "MBBS", "NG": "MBBS", "BD": "MBBS", "NP": "MBBS", "PH": "Doctor of Medicine (MD)",
                   "GD": "Doctor of Medicine (MD)", "SX": "Doctor of Medicine (MD)", "MX": "Médico Cirujano (MD equivalent)",
                   "BR": "Doctor of Medicine (Médico)", "CO": "Médico y Cirujano (MD)", "IR": "Doctor of Medicine (MD)",
                   "SY": "Doctor of Medicine (MD)", "JO": "Doctor of Medicine (MD)", "VN": "Doctor of Medicine (MD)",
                   "UA": "Medical Doctor (MD), General Medicine", "RU": "Specialist degree in General Medicine (MD)",
                   "TR": "Doctor of Medicine (MD)", "CN": "Bachelor of Medicine (MBBS)"}[cc]
    # birth
    if p["is_student"]:
        p["title_prefix"], p["degree_suffix"] = "", ""
    p["dob"] = (p["start_year"] - (22 if cc in ("GD", "SX") else 18) - rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.45 else None
    # USMLE
    recent = True
    s1 = force.get("step1", "auto")
    if s1 == "auto":
        r = rng.random()
        if p["is_student"]:
            s1 = "pass" if r < 0.7 else None
        elif r < 0.08:
            s1 = None
        elif r < 0.13:
            s1 = "fail"
        elif r < 0.55 and p["grad_year"] >= 2021:
            s1 = "pass"
        else:
            s1 = rng.randint(205, 262)
    p["step1"] = s1
    p["step1_fail_then_pass"] = False
    s2 = force.get("step2", "auto")
    if s2 == "auto":
        s2 = None if (p["is_student"] or s1 is None or rng.random() < 0.25) else rng.randint(218, 268)
    p["step2"] = s2
    s3 = force.get("step3", "auto")
    if s3 == "auto":
        s3 = rng.randint(205, 245) if (s2 and not p["is_student"] and rng.random() < 0.25) else None
    p["step3"] = s3
    p["step2cs"] = rng.random() < 0.2 and not p["is_student"] and p["grad_year"] < 2021
    p["practice"] = rng.choice([None, None, "NBME %d" % rng.randint(230, 265), "UWSA2 %d" % rng.randint(235, 270),
                                "UWSA1 %d, NBME 12 %d" % (rng.randint(230, 260), rng.randint(225, 260))])
    p["plab"] = rng.random() < 0.15 and cc in ("EG", "IN", "PK", "NG", "BD", "NP", "SY")
    p["mccqe"] = rng.random() < 0.08
    # ECFMG
    e = force.get("ecfmg", "auto")
    if e == "auto":
        if s1 and s2 and s1 != "fail" and rng.random() < 0.7:
            e = "certified"
        else:
            e = rng.choice(["pending", "not_certified", None, None])
    p["ecfmg"] = e
    # visa
    v = force.get("visa", "auto")
    if v == "auto":
        if cc in ("GD", "SX"):
            v = rng.choice(["citizen", "green_card", None])
        else:
            v = rng.choice(["j1", "j1", "h1b", "b1b2", "green_card", None, None])
    p["visa"] = v
    # specialties
    k = rng.choice([0, 1, 1, 1, 2])
    specs = []
    while len(specs) < k:
        s = rng.choice(TARGETS)
        if s not in specs:
            specs.append(s)
    p["specialties"] = specs
    # languages
    langs = list(rng.choice(C["langs"]))
    p["languages"] = langs if rng.random() < 0.9 else []
    levels = {}
    for i, l in enumerate(langs):
        levels[l] = ["native", "mother tongue", "fluent", "professional", "C1", "intermediate", "basic", "B2"][
            0 if i == 0 and l != "English" else rng.randint(2, 7)] if rng.random() < 0.7 else None
    p["lang_levels"] = levels
    # publications
    r = rng.random()
    if r < 0.22:
        p["pubs"], p["posters"], p["has_pub_section"] = [], [], False
    elif r < 0.35:
        p["pubs"], p["posters"], p["has_pub_section"] = [], [], True
    else:
        npub = rng.choice([0, 1, 1, 2, 3, 4, 5])
        npos = rng.choice([0, 1, 2, 3])
        if npub == 0 and npos == 0:
            npos = 1
        p["pubs"] = [make_pub(rng, p) for _ in range(npub)]
        p["posters"] = [make_poster(rng, p) for _ in range(npos)]
        p["has_pub_section"] = True
    # USCE
    p["usce"] = make_usce(rng, p, force.get("n_usce"))
    # non-US experience
    p["nonus"] = make_nonus(rng, p)
    # referees
    p["refs"] = [make_ref(rng) for _ in range(rng.choice([2, 3]))] if force.get("refs", rng.random() < 0.4) else []
    p["refs_on_request"] = (not p["refs"]) and rng.random() < 0.5
    return p


def make_pub(rng, p):
    au = "%s %s" % (p["last"].split()[-1], p["first"][0])
    return "%s, %s %s, et al. %s. %s. %d;%d(%d):e%d." % (
        au, rng.choice(REF_LAST), rng.choice("ABCDEJKMR"), rng.choice(TOPICS).capitalize(), rng.choice(JOURNALS),
        rng.randint(2019, 2026), rng.randint(5, 40), rng.randint(1, 12), rng.randint(1000, 99999))


def make_poster(rng, p):
    kind = rng.choice(["Poster", "Abstract", "Oral presentation", "Poster"])
    return "%s: %s. %s, %d." % (kind, rng.choice(TOPICS).capitalize(), rng.choice(CONFS), rng.randint(2021, 2026))


def make_ref(rng):
    f, l = rng.choice(REF_FIRST), rng.choice(REF_LAST)
    site = rng.choice(SITES)
    em = "%s.%s@%s" % (f.lower(), l.lower().replace("'", ""), rng.choice(["ccf.org", "jhmi.edu", "mountsinai.org", "hfhs.org", "uab.edu", "emory.edu", "kasralainy.edu.eg", "aku.edu"]))
    ph = phone_display("1", fill(rng.choice(["216", "410", "212", "313", "205"]) + "555####", rng), rng)
    return {"name": "Dr. %s %s" % (f, l), "title": rng.choice(["Program Director, Internal Medicine", "Attending Physician", "Associate Professor of Medicine",
                                                              "Chief of Hospital Medicine", "Research Mentor"]),
            "site": "%s, %s, %s" % (site[0], site[1], site[2]), "email": em, "phone": ph}


def make_usce(rng, p, n=None):
    if n is None:
        n = rng.choice([0, 1, 2, 2, 3, 3, 4])
    entries = []
    # start after graduation or during clinical years
    y, m = min(p["grad_year"] + rng.randint(0, 2), 2026), rng.randint(1, 12)
    if p["is_student"]:
        y = rng.choice([2025, 2026])
    for i in range(n):
        t = rng.choice(["hands_on", "hands_on", "observership", "observership", "research", "telehealth"])
        if t == "research":
            site = rng.choice(RESEARCH_SITES)
            length = rng.randint(3, 12)
        elif t == "telehealth":
            site = rng.choice(TELE_SITES)
            length = 1
        else:
            site = rng.choice(SITES)
            length = rng.choice([1, 1, 1, 2, 2, 3])
        spec = rng.choice(ROT_SPEC)
        sy, sm = y, m
        # sometimes overlap with the previous entry
        if entries and rng.random() < 0.25:
            py, pm = map(int, entries[-1]["start"].split("-"))
            sy, sm = py, pm
            if t not in ("research",):
                t = "research" if rng.random() < 0.5 else t
                if t == "research":
                    site = rng.choice(RESEARCH_SITES)
                    length = rng.randint(4, 10)
        ey, em = add_months(sy, sm, length - 1)
        present = False
        if (ey, em) >= (2026, 12) or (i == n - 1 and t == "research" and rng.random() < 0.5 and (sy, sm) <= (2026, 10)):
            ey, em, present = 2026, 12, True
        if (sy, sm) > (2026, 12):
            break
        entries.append({"type": t, "specialty": spec, "state": site[2], "start": ym(sy, sm), "end": ym(ey, em),
                        "site": site, "present": present, "supervisor": "Dr. %s %s" % (rng.choice(REF_FIRST), rng.choice(REF_LAST))})
        ny, nm = add_months(ey, em, rng.randint(1, 4))
        y, m = ny, nm
    return entries


def make_nonus(rng, p):
    out = []
    C = COUNTRIES[p["cc"]]
    home = C["city"]
    if not p["is_student"] and p["cc"] not in ("GD", "SX"):
        y = p["grad_year"]
        out.append({"role": rng.choice(["House Officer (Internship)", "Rotating Internship", "House Job", "Intern Doctor"]),
                    "place": "%s Teaching Hospital, %s" % (p["school"].split(",")[0].split(" Faculty")[0], home),
                    "start": (y, p["grad_month"] % 12 + 1), "end": add_months(y, p["grad_month"] % 12 + 1, 11),
                    "detail": "Rotations in Internal Medicine, Surgery, Pediatrics and OB/GYN; managed 20+ inpatients daily."})
        if rng.random() < 0.4 and y <= 2022:
            ry = y + 1
            out.append({"role": "Resident, %s" % rng.choice(["Internal Medicine", "General Surgery", "Pediatrics", "Psychiatry"]),
                        "place": "%s, %s" % (rng.choice(["National Hospital", "University Hospital", "Military Hospital"]), home),
                        "start": (ry, 7), "end": (ry + 2, 6), "detail": "Residency training (completed 2 of 4 years)."})
    if rng.random() < 0.25:
        y = min(p["grad_year"] + 1, 2025)
        out.append({"role": "Clinical Attachment (observer), Acute Medicine", "place": "Royal London Hospital, London, United Kingdom",
                    "start": (y, 2), "end": (y, 3), "detail": "Observed ward rounds and MDT meetings under NHS consultant supervision."})
    if rng.random() < 0.2:
        y = min(p["grad_year"] + 1, 2025)
        out.append({"role": "Observership, Family Medicine", "place": "Toronto Western Hospital, Toronto, ON, Canada",
                    "start": (y, 9), "end": (y, 10), "detail": "Outpatient observership in a Canadian teaching clinic."})
    return out


KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]


def truth(p, fname, layout, extra=None):
    ents = [{k: e[k] for k in ("type", "specialty", "state", "start", "end")} for e in p["usce"]]
    t = {"file": fname, "layout": layout, "full_name": p["full_name"], "email": p["email"], "phone_e164": p["phone_e164"],
         "medical_school": p["school"], "medical_school_country": p["country"], "graduation_year": p["grad_year"],
         "is_student": p["is_student"], "usmle_step1": p["step1"], "usmle_step2ck": p["step2"], "usmle_step3": p["step3"],
         "ecfmg_status": p["ecfmg"], "specialties": list(p["specialties"]),
         "languages": [LANG_KEY.get(l, l) for l in p["languages"]], "visa_status": p["visa"],
         "publications": (len(p["pubs"]) if p["has_pub_section"] else None),
         "usce_months": months_set(p["usce"]), "usce_months_clinical": months_set(p["usce"], True), "usce_entries": ents}
    if extra:
        t.update(extra)
    return t


def error_truth(fname, layout):
    t = {k: None for k in KEYS}
    t["file"], t["layout"], t["error"] = fname, layout, True
    return t
