#!/usr/bin/env python3
"""w1 corpus generator: 56 IMG CVs in 5 DOCX-based layouts (3 DOCX, 2 LibreOffice->PDF).
Deterministic (fixed seed). Writes files/ and truth.jsonl next to this script."""
import json, os, random, shutil, subprocess, sys, unicodedata, glob, datetime
from xml.sax.saxutils import escape as xesc
from docx import Document
from docx.shared import Pt, RGBColor, Inches, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
BUILD = os.path.join(HERE, "build")
PREFIX = "w1_"
SEED = 1203
N = 56
LAYOUTS = ["docx_table_header", "docx_header_footer", "docx_textbox", "lo_pdf_classic", "lo_pdf_twocol"]
REF_MONTH = (2026, 12)

rng = random.Random(SEED)

# ----------------------------------------------------------------------------- data
# country: cc, phone groups (national number), mobile prefix, schools, names, languages
C = {
 "EG": dict(cc="20", groups=[3, 3, 4], pre=["100", "101", "111", "122", "127"], lang=["Arabic"],
            schools=[("Cairo University Faculty of Medicine (Kasr Al-Ainy)", "Cairo"), ("Ain Shams University Faculty of Medicine", "Cairo"),
                     ("Alexandria University Faculty of Medicine", "Alexandria"), ("Mansoura University Faculty of Medicine", "Mansoura")],
            deg=["MBBCh", "M.B.B.Ch."], cname="Egypt",
            names=[("Ahmed", "Abdelrahman", "أحمد عبد الرحمن"), ("Mariam", "El-Sayed", "مريم السيد"), ("Omar", "Farouk", "عمر فاروق"), ("Nourhan", "Khalil", None)]),
 "IN": dict(cc="91", groups=[5, 5], pre=["98", "97", "99", "88", "70"], lang=["Hindi"],
            schools=[("All India Institute of Medical Sciences (AIIMS)", "New Delhi"), ("Maulana Azad Medical College", "New Delhi"),
                     ("Kasturba Medical College, Manipal", "Manipal"), ("Grant Government Medical College", "Mumbai")],
            deg=["MBBS"], cname="India",
            names=[("Priya", "Raghunathan", None), ("Arjun", "Mehta", "अर्जुन मेहता"), ("Sneha", "Kulkarni", None), ("Rohit", "Venkataraman", None)]),
 "PK": dict(cc="92", groups=[3, 7], pre=["300", "321", "333", "345"], lang=["Urdu"],
            schools=[("King Edward Medical University", "Lahore"), ("Aga Khan University Medical College", "Karachi"),
                     ("Dow Medical College", "Karachi"), ("Allama Iqbal Medical College", "Lahore")],
            deg=["MBBS"], cname="Pakistan",
            names=[("Ayesha", "Siddiqui", None), ("Muhammad", "Usman Tariq", "محمد عثمان طارق"), ("Hira", "Qureshi", None), ("Bilal", "Chaudhry", None)]),
 "NG": dict(cc="234", groups=[3, 3, 4], pre=["803", "806", "813", "703", "905"], lang=["Yoruba", "Igbo", "Hausa"],
            schools=[("University of Lagos College of Medicine", "Lagos"), ("University of Ibadan College of Medicine", "Ibadan"),
                     ("Obafemi Awolowo University", "Ile-Ife"), ("University of Nigeria, Enugu Campus", "Enugu")],
            deg=["MBBS", "MBChB"], cname="Nigeria",
            names=[("Chinonso", "Okafor", None), ("Oluwaseun", "Adeyemi", None), ("Aisha", "Bello", None), ("Emeka", "Nwosu", None)]),
 "PH": dict(cc="63", groups=[3, 3, 4], pre=["917", "918", "927", "939"], lang=["Filipino", "Cebuano"],
            schools=[("University of the Philippines College of Medicine", "Manila"), ("University of Santo Tomas Faculty of Medicine and Surgery", "Manila")],
            deg=["MD", "Doctor of Medicine"], cname="Philippines",
            names=[("Maria Katrina", "Dela Cruz", None), ("Jose Miguel", "Santos", None), ("Kristine", "Bautista", None)]),
 "MX": dict(cc="52", groups=[2, 4, 4], pre=["55", "33", "81"], lang=["Spanish"],
            schools=[("Universidad Nacional Autónoma de México (UNAM), Facultad de Medicina", "Ciudad de México"), ("Universidad de Guadalajara", "Guadalajara")],
            deg=["Médico Cirujano (MD)", "MD"], cname="Mexico",
            names=[("José", "Álvarez Ramírez", None), ("Daniela", "Hernández", None), ("Sofía", "Guzmán Peña", None)]),
 "BR": dict(cc="55", groups=[2, 5, 4], pre=["11", "21", "31"], lang=["Portuguese"],
            schools=[("Faculdade de Medicina da Universidade de São Paulo (FMUSP)", "São Paulo"), ("Universidade Federal de São Paulo (UNIFESP)", "São Paulo")],
            deg=["MD (Médico)", "MD"], cname="Brazil",
            names=[("João Pedro", "Conceição", None), ("Larissa", "Araújo", None), ("Thiago", "Gonçalves", None)]),
 "IR": dict(cc="98", groups=[3, 3, 4], pre=["912", "935", "919"], lang=["Persian"],
            schools=[("Tehran University of Medical Sciences", "Tehran"), ("Shiraz University of Medical Sciences", "Shiraz")],
            deg=["MD", "Doctor of Medicine (MD)"], cname="Iran",
            names=[("Seyed Amir", "Hosseini", "سید امیر حسینی"), ("Niloufar", "Rahimi", "نیلوفر رحیمی"), ("Parisa", "Mousavi", None)]),
 "SY": dict(cc="963", groups=[3, 3, 3], pre=["944", "933", "988"], lang=["Arabic"],
            schools=[("Damascus University Faculty of Medicine", "Damascus"), ("University of Aleppo Faculty of Medicine", "Aleppo")],
            deg=["MD", "Doctor of Medicine"], cname="Syria",
            names=[("Rami", "Al-Haddad", "رامي الحداد"), ("Lama", "Haddad", None), ("Yazan", "Kabbani", "يزن قباني")]),
 "JO": dict(cc="962", groups=[1, 4, 4], pre=["7"], lang=["Arabic"],
            schools=[("The University of Jordan School of Medicine", "Amman"), ("Jordan University of Science and Technology", "Irbid")],
            deg=["MD", "Doctor of Medicine (MD)"], cname="Jordan",
            names=[("Leen", "Al-Momani", "لين المومني"), ("Hamza", "Obeidat", None), ("Dana", "Khasawneh", "دانا خصاونة")]),
 "VN": dict(cc="84", groups=[2, 3, 4], pre=["90", "91", "98"], lang=["Vietnamese"],
            schools=[("Hanoi Medical University", "Hanoi"), ("University of Medicine and Pharmacy at Ho Chi Minh City", "Ho Chi Minh City")],
            deg=["MD (Bác sĩ Y khoa)", "Doctor of Medicine"], cname="Vietnam",
            names=[("Nguyễn Thị", "Hương", None), ("Trần Minh", "Đức", None), ("Phạm Thu", "Trang", None)]),
 "UA": dict(cc="380", groups=[2, 3, 2, 2], pre=["67", "50", "93"], lang=["Ukrainian", "Russian"],
            schools=[("Bogomolets National Medical University", "Kyiv"), ("Kharkiv National Medical University", "Kharkiv")],
            deg=["MD (Specialist in General Medicine)", "MD"], cname="Ukraine",
            names=[("Olena", "Kovalenko", "Олена Коваленко"), ("Dmytro", "Shevchuk", "Дмитро Шевчук"), ("Iryna", "Bondarenko", None)]),
 "RU": dict(cc="7", groups=[3, 3, 2, 2], pre=["916", "903", "925"], lang=["Russian"],
            schools=[("Sechenov First Moscow State Medical University", "Moscow"), ("Pirogov Russian National Research Medical University", "Moscow")],
            deg=["MD (General Medicine)", "Doctor of Medicine"], cname="Russia",
            names=[("Ekaterina", "Smirnova", "Екатерина Смирнова"), ("Alexei", "Volkov", "Алексей Волков"), ("Anastasia", "Kuznetsova", None)]),
 "TR": dict(cc="90", groups=[3, 3, 2, 2], pre=["532", "542", "555"], lang=["Turkish"],
            schools=[("Hacettepe University Faculty of Medicine", "Ankara"), ("İstanbul University-Cerrahpaşa, Cerrahpaşa Faculty of Medicine", "İstanbul")],
            deg=["MD (Tıp Doktoru)", "MD"], cname="Turkey",
            names=[("Ayşe", "Yılmaz", None), ("Mehmet Can", "Öztürk", None), ("Elif", "Şahin", None)]),
 "BD": dict(cc="880", groups=[4, 6], pre=["171", "181", "191"], lang=["Bengali"],
            schools=[("Dhaka Medical College", "Dhaka"), ("Sir Salimullah Medical College", "Dhaka")],
            deg=["MBBS"], cname="Bangladesh",
            names=[("Tanvir", "Rahman", "তানভীর রহমান"), ("Nusrat", "Jahan", None), ("Md. Rafiqul", "Islam", None)]),
 "NP": dict(cc="977", groups=[3, 7], pre=["984", "985", "980"], lang=["Nepali"],
            schools=[("Institute of Medicine, Tribhuvan University", "Kathmandu"), ("B.P. Koirala Institute of Health Sciences", "Dharan")],
            deg=["MBBS"], cname="Nepal",
            names=[("Sujan", "Shrestha", None), ("Anjali", "Thapa Magar", None), ("Bikash", "Gurung", None)]),
 "CN": dict(cc="86", groups=[3, 4, 4], pre=["138", "139", "186"], lang=["Chinese"],
            schools=[("Peking University Health Science Center", "Beijing"), ("Fudan University Shanghai Medical College", "Shanghai")],
            deg=["MBBS", "MD"], cname="China",
            names=[("Li", "Wenjing", "李文静"), ("Zhang", "Hao", "张昊"), ("Chen", "Yuxin", "陈雨欣")]),
 "CO": dict(cc="57", groups=[3, 3, 4], pre=["310", "315", "300"], lang=["Spanish"],
            schools=[("Universidad Nacional de Colombia", "Bogotá"), ("Universidad de Antioquia", "Medellín")],
            deg=["Médico y Cirujano (MD)", "MD"], cname="Colombia",
            names=[("Andrés Felipe", "Muñoz", None), ("Valentina", "Restrepo Gómez", None), ("Camila", "Ospina Vélez", None)]),
 "GD": dict(cc="1", groups=[3, 3, 4], pre=["473"], lang=[],
            schools=[("St. George's University School of Medicine", "St. George's, Grenada")],
            deg=["MD"], cname="Grenada",
            names=[("Rebecca", "Thomas", None), ("Karan", "Patel", None), ("Samuel", "Osei", None)]),
 "BB": dict(cc="1", groups=[3, 3, 4], pre=["246"], lang=[],
            schools=[("Ross University School of Medicine", "Bridgetown, Barbados")],
            deg=["MD"], cname="Barbados",
            names=[("Daniel", "Ferreira", None), ("Nadia", "Hussain", None), ("Tyler", "Brooks", None)]),
}
COUNTRY_LIST = list(C.keys())
COUNTRY_ORDER = COUNTRY_LIST * 3
random.Random(77).shuffle(COUNTRY_ORDER)

LANG_ALIAS = {"Mandarin Chinese": "Mandarin Chinese"}

# canonical -> printed aliases
SPEC = {
 "Internal Medicine": ["Internal Medicine", "IM", "General Internal Medicine", "Internal Medicine"],
 "Family Medicine": ["Family Medicine", "FM", "Family Practice"],
 "Pediatrics": ["Pediatrics", "Paediatrics", "Peds"],
 "Psychiatry": ["Psychiatry", "Adult Psychiatry"],
 "Neurology": ["Neurology", "Adult Neurology"],
 "General Surgery": ["General Surgery", "Surgery"],
 "Obstetrics and Gynecology": ["Obstetrics & Gynecology", "OB/GYN", "Obstetrics and Gynaecology"],
 "Emergency Medicine": ["Emergency Medicine", "EM"],
 "Anesthesiology": ["Anesthesiology", "Anaesthesiology"],
 "Radiology": ["Diagnostic Radiology", "Radiology"],
 "Pathology": ["Pathology", "Anatomic & Clinical Pathology"],
 "Cardiology": ["Cardiology", "Cardiovascular Medicine"],
 "Gastroenterology": ["Gastroenterology", "GI & Hepatology"],
 "Nephrology": ["Nephrology"],
 "Pulmonology/Critical Care": ["Pulmonary & Critical Care Medicine", "Pulmonology", "PCCM"],
 "Endocrinology": ["Endocrinology", "Endocrinology, Diabetes & Metabolism"],
 "Rheumatology": ["Rheumatology"],
 "Hematology/Oncology": ["Hematology/Oncology", "Hem-Onc", "Hematology & Medical Oncology"],
 "Infectious Disease": ["Infectious Diseases", "Infectious Disease"],
 "Geriatrics": ["Geriatric Medicine", "Geriatrics"],
}
GOAL_SPECS = ["Internal Medicine"] * 5 + ["Family Medicine"] * 2 + ["Pediatrics"] * 2 + ["Psychiatry", "Neurology", "General Surgery",
              "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology"]
FELLOW_SPECS = ["Cardiology", "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
                "Hematology/Oncology", "Infectious Disease", "Geriatrics"]
ROT_SPECS = list(SPEC.keys())

US_SITES = [
 ("Mount Sinai Hospital", "New York", "NY", "New York"), ("Cook County Health", "Chicago", "IL", "Illinois"),
 ("Houston Methodist Hospital", "Houston", "TX", "Texas"), ("Cleveland Clinic", "Cleveland", "OH", "Ohio"),
 ("Jackson Memorial Hospital", "Miami", "FL", "Florida"), ("Henry Ford Hospital", "Detroit", "MI", "Michigan"),
 ("Emory University Hospital", "Atlanta", "GA", "Georgia"), ("Johns Hopkins Hospital", "Baltimore", "MD", "Maryland"),
 ("Massachusetts General Hospital", "Boston", "MA", "Massachusetts"), ("UPMC Presbyterian", "Pittsburgh", "PA", "Pennsylvania"),
 ("Mayo Clinic", "Rochester", "MN", "Minnesota"), ("Cedars-Sinai Medical Center", "Los Angeles", "CA", "California"),
 ("University of Arizona Medical Center", "Tucson", "AZ", "Arizona"), ("Ochsner Medical Center", "New Orleans", "LA", "Louisiana"),
 ("Brookdale Hospital Medical Center", "Brooklyn", "NY", "New York"), ("Saint Louis University Hospital", "St. Louis", "MO", "Missouri"),
 ("Private practice of Dr. R. Patel, MD (Internal Medicine clinic)", "Edison", "NJ", "New Jersey"),
 ("Community Health Center", "Paterson", "NJ", "New Jersey"), ("UT Southwestern Medical Center", "Dallas", "TX", "Texas"),
 ("Yale New Haven Hospital", "New Haven", "CT", "Connecticut"), ("University of Iowa Hospitals & Clinics", "Iowa City", "IA", "Iowa"),
]
US_REFEREES = [("John A. Whitaker", "whitakerj"), ("Susan Miller", "smiller"), ("Rajesh Kapoor", "rkapoor"), ("Linda Chen", "lchen"),
               ("Michael O'Brien", "mobrien"), ("Karen Goldstein", "kgoldstein"), ("David Rosenberg", "drosenberg"),
               ("Patricia Nguyen", "pnguyen"), ("Ahmad Saleh", "asaleh"), ("Robert Jenkins", "rjenkins"), ("Emily Carter", "ecarter")]
HOME_REFEREES = {
 "EG": [("Prof. Hesham Mostafa", "hesham.mostafa@kasralainy.edu.eg")], "IN": [("Dr. Anil Sharma", "anil.sharma@aiims.edu")],
 "PK": [("Prof. Tariq Mahmood", "tmahmood@kemu.edu.pk")], "NG": [("Prof. Adebayo Ogunleye", "aogunleye@unilag.edu.ng")],
 "PH": [("Dr. Ramon Villanueva", "rvillanueva@up.edu.ph")], "MX": [("Dr. Carlos Domínguez", "cdominguez@unam.mx")],
 "BR": [("Prof. Dr. Ricardo Lima", "ricardo.lima@usp.br")], "IR": [("Dr. Reza Karimi", "r-karimi@tums.ac.ir")],
 "SY": [("Prof. Samer Haddad", "s.haddad@damascusuniversity.edu.sy")], "JO": [("Dr. Khaled Al-Zoubi", "k.alzoubi@ju.edu.jo")],
 "VN": [("PGS. TS. Lê Văn Thành", "levanthanh@hmu.edu.vn")], "UA": [("Prof. Mykola Tkachenko", "m.tkachenko@nmu.ua")],
 "RU": [("Prof. Igor Petrov", "petrov_i@sechenov.ru")], "TR": [("Prof. Dr. Mustafa Demir", "mdemir@hacettepe.edu.tr")],
 "BD": [("Prof. Kamrul Hasan", "kamrul.hasan@dmc.gov.bd")], "NP": [("Dr. Ramesh Adhikari", "radhikari@iom.edu.np")],
 "CN": [("Prof. Wang Jian", "wangjian@bjmu.edu.cn")], "CO": [("Dr. Jorge Castaño", "jcastano@unal.edu.co")],
 "GD": [("Dr. Marcus Phillip", "mphillip@sgu.edu")], "BB": [("Dr. Alicia Greaves", "agreaves@rossu.edu")],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
FONTS_DOCX = ["Calibri", "Cambria", "Georgia", "Garamond", "Arial", "Times New Roman", "Book Antiqua", "Segoe UI"]
FONTS_PDF = ["Liberation Serif", "Liberation Sans", "DejaVu Sans", "DejaVu Serif", "Lato", "Noto Sans", "Nimbus Roman", "C059", "Bitstream Charter"]


def ascii_fold(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("đ", "d").replace("Đ", "D").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def make_phone(r, cc, groups, pre, us=False):
    """returns (national number, printed, e164)"""
    total = sum(groups)
    if us:
        nat = pre + "555" + "01" + digits(r, 2)
    else:
        p = r.choice(pre)
        nat = p + digits(r, total - len(p))
    parts, i = [], 0
    for g in groups:
        parts.append(nat[i:i + g]); i += g
    e164 = "+" + cc + nat
    if cc == "1":
        styles = [f"+1 ({parts[0]}) {parts[1]}-{parts[2]}", f"+1-{parts[0]}-{parts[1]}-{parts[2]}", f"+1 {parts[0]}.{parts[1]}.{parts[2]}",
                  f"001 {parts[0]} {parts[1]} {parts[2]}"]
    else:
        styles = [f"+{cc} {' '.join(parts)}", f"(+{cc}) {' '.join(parts)}", f"00{cc} {' '.join(parts)}", f"+{cc}-{'-'.join(parts)}",
                  f"+{cc}{nat}", f"+{cc} ({parts[0]}) {' '.join(parts[1:])}"]
    return r.choice(styles), e164


# ----------------------------------------------------------------------------- dates
def ym_add(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def fmt_ym(y, m, style):
    if style == "Mon YYYY":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "Month YYYY":
        return f"{MONTHS[m-1]} {y}"
    if style == "MM/YYYY":
        return f"{m:02d}/{y}"
    if style == "YYYY-MM":
        return f"{y}-{m:02d}"
    if style == "Mon 'YY":
        return f"{MONTHS[m-1][:3]} '{y % 100:02d}"
    if style == "M/YYYY":
        return f"{m}/{y}"
    if style == "Mon. YYYY":
        mm = MONTHS[m-1]
        return (mm[:3] + ". " if len(mm) > 4 else mm + " ") + str(y)
    raise ValueError(style)


DATE_STYLES = ["Mon YYYY", "Month YYYY", "MM/YYYY", "YYYY-MM", "Mon 'YY", "M/YYYY", "Mon. YYYY"]
SEPS = [" – ", " - ", " to ", " — ", "–"]
PRESENT = ["Present", "present", "Current", "Ongoing", "to date"]


def fmt_range(s, e, style, sep, present_word):
    a = fmt_ym(*s, style)
    if e is not None and e == s:
        return a
    if e is None:
        b = present_word
    else:
        b = fmt_ym(*e, style)
    if sep == " to " and e is None and present_word == "to date":
        return f"{a} to date"
    if e is None and present_word == "to date":
        return f"{a}{sep}present"
    return f"{a}{sep}{b}"


def months_set(entries):
    s = set()
    for en in entries:
        sy, sm = map(int, en["start"].split("-"))
        ey, em = map(int, en["end"].split("-"))
        y, m = sy, sm
        while (y, m) <= (ey, em):
            s.add((y, m)); y, m = ym_add(y, m, 1)
    return len(s)


# ----------------------------------------------------------------------------- profile
def build_profile(i, r):
    layout = LAYOUTS[i % 5]
    cc = COUNTRY_ORDER[i]
    cd = C[cc]
    given, family, native = cd["names"][COUNTRY_ORDER[:i].count(cc) % len(cd["names"])]
    full = f"{given} {family}"
    school, city = r.choice(cd["schools"])
    caribbean = cc in ("GD", "BB")
    student = (i % 6 == 2) or (caribbean and r.random() < 0.5)
    if student:
        grad = r.choice([2027, 2027, 2028])
        grad_month = r.choice([5, 6, 7])
    else:
        grad = r.choice(list(range(2013, 2026)))
        grad_month = r.choice([6, 7, 8, 12])
    # email
    fl = ascii_fold(given).lower().split()[0]
    la = ascii_fold(family).lower().replace(" ", "").replace("-", "").replace("'", "")
    email = r.choice([f"{fl}.{la}@gmail.com", f"{fl}{la}{r.randint(10, 99)}@gmail.com", f"dr.{la}.{fl}@outlook.com",
                      f"{fl[0]}{la}@yahoo.com", f"{la}.{fl}.md@protonmail.com", f"{fl}_{la}@hotmail.com"])
    # phone: home or US
    us_phone = caribbean or r.random() < 0.2
    if us_phone:
        area = r.choice(["312", "713", "646", "305", "404", "617", "214", "248"])
        printed, e164 = make_phone(r, "1", [3, 3, 4], area, us=True)
    else:
        printed, e164 = make_phone(r, cd["cc"], cd["groups"], cd["pre"])
    # specialties
    n_spec = r.choice([0, 1, 1, 1, 2, 2])
    specs = []
    if n_spec >= 1:
        specs.append(r.choice(GOAL_SPECS))
    if n_spec == 2:
        if specs[0] == "Internal Medicine":
            specs.append(r.choice(FELLOW_SPECS))
        else:
            s2 = r.choice(GOAL_SPECS)
            if s2 not in specs:
                specs.append(s2)
    # exams
    step1 = step2 = step3 = None
    if student:
        step1 = r.choice([None, "pass", "pass"])
        if grad == 2028:
            step1 = r.choice([None, "pass"])
        if caribbean and step1 is None:
            step1 = "pass"
    else:
        if grad <= 2021:
            step1 = r.choice([r.randint(215, 258), r.randint(220, 250), "pass"])
        else:
            step1 = r.choice(["pass", "pass", r.randint(222, 245)])
        step2 = r.choice([r.randint(228, 265), r.randint(235, 260), None])
        if step2 and isinstance(step1, int) and r.random() < 0.35:
            step3 = r.randint(210, 245)
    if i == 40:
        step1, step2, step3 = "fail", None, None
    if step1 in ("pass",) or isinstance(step1, int):
        if step2 and not student:
            ecfmg = r.choice(["certified", "certified", None])
        else:
            ecfmg = r.choice(["pending", "pending", None])
    else:
        ecfmg = r.choice(["not_certified", None])
    visa = r.choice(["j1", "j1", "j1", "b1b2", "green_card", "citizen", "h1b", None, None])
    if caribbean:
        visa = r.choice(["citizen", "green_card", "j1", None])
    elif student and visa == "h1b":
        visa = "b1b2"
    # languages
    langs = []
    base = list(cd["lang"])
    if base:
        langs.append((base[0], r.choice(["native", "Native", "mother tongue", "first language"])))
        for extra in base[1:]:
            if r.random() < 0.5:
                langs.append((extra, r.choice(["fluent", "conversational", "professional working proficiency"])))
    langs.insert(r.randint(0, len(langs)), ("English", r.choice(["fluent", "Fluent", "full professional proficiency", "C2", "native-like"])))
    if r.random() < 0.35:
        langs.append((r.choice(["French", "German", "Spanish", "Arabic"]), r.choice(["basic", "intermediate (B1)", "elementary", "working knowledge"])))
    seen = set(); lang2 = []
    for l, lv in langs:
        if l not in seen:
            seen.add(l); lang2.append((l, lv))
    langs = lang2
    lang_section = r.random() < 0.9
    # USCE
    entries = []
    n_usce = r.choice([0, 1, 2, 2, 3, 3, 4])
    cur = (r.choice([2022, 2023, 2024, 2025]), r.randint(1, 12))
    if student:
        cur = (grad - 2, r.randint(1, 12))
    for k in range(n_usce):
        if student and caribbean:
            t = r.choice(["hands_on", "hands_on", "hands_on", "observership"])
        else:
            t = r.choice(["hands_on", "observership", "observership", "research", "telehealth", "hands_on"])
        sp = r.choice(specs + ROT_SPECS[:12] if specs else ROT_SPECS[:12])
        if t == "research":
            dur = r.randint(4, 14)
        elif t == "telehealth":
            dur = r.randint(1, 2)
        else:
            dur = r.randint(1, 3)
        start = cur
        if r.random() < 0.25 and entries:  # overlap with previous
            ps = tuple(map(int, entries[-1]["start"].split("-")))
            start = ym_add(*ps, 1)
        end = ym_add(*start, dur - 1)
        present = False
        if end >= REF_MONTH or (k == n_usce - 1 and r.random() < 0.6 and ((t == "research" and (2025, 6) <= start <= (2026, 10)) or (t == "hands_on" and (2026, 9) <= start <= (2026, 11)))):
            present = True
            end = REF_MONTH
        if start > REF_MONTH:
            break
        site = r.choice(US_SITES)
        entries.append(dict(type=t, specialty=sp, state=site[2], start=f"{start[0]}-{start[1]:02d}", end=f"{end[0]}-{end[1]:02d}",
                            _site=site, _present=present, _s=start, _e=None if present else end))
        cur = ym_add(*end, r.randint(1, 4))
        if present:
            break
    # publications
    pub_mode = r.choice([None, None, "papers", "papers", "posters_only", "mixed", "papers"])
    n_papers = 0; n_posters = 0
    if pub_mode == "papers":
        n_papers = r.randint(1, 4)
    elif pub_mode == "posters_only":
        n_posters = r.randint(1, 3)
    elif pub_mode == "mixed":
        n_papers = r.randint(1, 3); n_posters = r.randint(1, 3)
    referees = (i % 7 in (0, 2, 4, 5)) or r.random() < 0.2
    return dict(i=i, layout=layout, cc=cc, cd=cd, given=given, family=family, full=full, native=native, school=school, city=city,
                student=student, grad=grad, grad_month=grad_month, email=email, phone=printed, e164=e164, specs=specs,
                step1=step1, step2=step2, step3=step3, ecfmg=ecfmg, visa=visa, langs=langs, lang_section=lang_section,
                usce=entries, pub_mode=pub_mode, n_papers=n_papers, n_posters=n_posters, referees=referees, caribbean=caribbean)


# ----------------------------------------------------------------------------- content
JOURNALS = ["Cureus", "BMC Medical Education", "Journal of Clinical Medicine", "Annals of Medicine and Surgery", "PLoS One",
            "Frontiers in Neurology", "Journal of General Internal Medicine", "BMJ Open", "Pediatric Reports", "World Journal of Cardiology"]
TOPICS = ["outcomes of sepsis bundles in a tertiary ICU", "vitamin D deficiency among adolescents", "burnout among junior doctors",
          "predictors of 30-day readmission in heart failure", "antibiotic resistance patterns in urinary isolates",
          "telemedicine follow-up after stroke", "glycemic control in Ramadan fasting", "hepatitis C treatment uptake",
          "delirium screening in elderly inpatients", "postpartum hemorrhage risk factors", "COVID-19 myocarditis: a case report",
          "pediatric asthma exacerbation triggers", "thyroid nodules incidentally found on CT"]
CONFS = ["ACP Internal Medicine Meeting", "SHM Converge", "AAFP FMX", "Pediatric Academic Societies Meeting", "APA Annual Meeting",
         "CHEST Annual Meeting", "ACG Annual Scientific Meeting", "Society of General Internal Medicine (SGIM) Annual Meeting"]


def usce_title(r, en, student=False):
    sp = r.choice(SPEC[en["specialty"]][:2]) if len(SPEC[en["specialty"]]) > 1 else SPEC[en["specialty"]][0]
    t = en["type"]
    if t == "hands_on":
        return r.choice([f"Clinical Externship – {sp}", f"Hands-on Clinical Rotation: {sp}", f"Sub-Internship (Acting Intern), {sp}",
                         f"{sp} – Hands-on Externship"] + ([f"Core Clinical Clerkship – {sp}", f"Elective Clerkship (hands-on), {sp}"] if student else []))
    if t == "observership":
        return r.choice([f"Observership – {sp}", f"Clinical Observer, Department of {sp}", f"{sp} Observership", f"Observer (non hands-on), {sp}"])
    if t == "research":
        return r.choice([f"Research Fellow, Division of {sp}", f"Clinical Research Volunteer – {sp}", f"Postdoctoral Research Fellow ({sp})",
                         f"Research Assistant, {sp} Research Unit"])
    return r.choice([f"Telehealth Rotation – {sp}", f"Virtual Telemedicine Rotation, {sp}", f"Tele-rotation (remote), {sp}"])


def usce_bullets(r, en):
    t = en["type"]
    if t == "hands_on":
        pool = ["Took histories and performed physical examinations on admitted patients", "Presented new admissions on morning rounds",
                "Wrote progress notes and discharge summaries under supervision (EMR: Epic)", "Managed 4–6 patients daily under attending supervision"]
    elif t == "observership":
        pool = ["Observed attending physicians in inpatient and outpatient settings", "Attended morning report, noon conferences and grand rounds",
                "Became familiar with US healthcare system and documentation"]
    elif t == "research":
        pool = ["Designed retrospective chart-review study; IRB submission", "Data collection, REDCap database management and statistical analysis in R",
                "Drafted manuscripts and abstracts for national meetings"]
    else:
        pool = ["Participated in supervised virtual patient encounters", "Presented cases to attending via video conference",
                "Wrote SOAP notes for telehealth visits"]
    return r.sample(pool, r.randint(1, min(3, len(pool))))


def loc_str(r, site):
    name, city, st, stfull = site
    return r.choice([f"{name}, {city}, {st}", f"{name} — {city}, {stfull}", f"{name}, {city}, {st}, USA", f"{name} ({city}, {st})"])


def build_sections(p, r):
    """returns list of (key, heading, items). item kinds: para, entry, bullets, kv"""
    ds = r.choice(DATE_STYLES); sep = r.choice(SEPS); pw = r.choice(PRESENT)
    p["_ds"] = ds
    secs = {}
    cd = p["cd"]
    # --- objective
    specs = p["specs"]
    if specs:
        a = [r.choice(SPEC[s][:2]) if s != "Internal Medicine" or r.random() < 0.5 else "Internal Medicine" for s in specs]
        if len(a) == 1:
            txt = r.choice([f"Motivated physician seeking a residency position in {a[0]} in the United States.",
                            f"International medical graduate applying to {a[0]} residency programs for the upcoming Match.",
                            f"Career goal: categorical {a[0]} residency, with a strong interest in underserved care.",
                            f"Dedicated clinician pursuing {a[0]}; eager to contribute to patient care and research."])
        else:
            if specs[0] == "Internal Medicine" and specs[1] in FELLOW_SPECS:
                txt = r.choice([f"Applying for residency in {a[0]} with a long-term goal of fellowship in {a[1]}.",
                                f"Interested in {a[0]} and, subsequently, {a[1]}."])
            else:
                txt = r.choice([f"Applying to {a[0]} and {a[1]} residency programs.", f"Specialty interests: {a[0]}, {a[1]}."])
        if p["student"]:
            txt = txt.replace("Motivated physician", "Motivated medical student").replace("International medical graduate", "Final-year international medical student")
        secs["objective"] = (r.choice(["Objective", "Career Objective", "Personal Statement", "Professional Summary", "Profile"]), [dict(k="para", text=txt)])
    else:
        if r.random() < 0.5:
            secs["objective"] = (r.choice(["Profile", "Summary"]), [dict(k="para", text=r.choice([
                "Hard-working international medical graduate with broad clinical exposure, seeking a residency position in the US.",
                "Physician with strong clinical and research background looking for opportunities in US graduate medical education."]))])
    # --- education
    deg = r.choice(cd["deg"])
    edu = []
    if p["cc"] == "PH" or p["caribbean"] and r.random() < 0.7:
        pre_y = p["grad"] - (4 if p["caribbean"] else 4)
        edu.append(dict(k="entry", title=r.choice(["B.S. Biology", "BS Psychology", "Bachelor of Science in Biochemistry"]),
                        org=r.choice(["University of the Philippines Diliman", "Ateneo de Manila University"]) if p["cc"] == "PH" else r.choice(["Rutgers University, NJ", "University of Toronto, Canada", "CUNY Hunter College, NY"]),
                        dates=f"{pre_y - 4} – {pre_y}", bullets=[]))
    start_y = p["grad"] - (4 if p["cc"] in ("PH", "GD", "BB") else 6)
    if p["student"]:
        gdate = r.choice([f"Expected graduation: {MONTHS[p['grad_month']-1]} {p['grad']}", f"{start_y} – {p['grad']} (expected)",
                          f"Class of {p['grad']} (anticipated)", f"{start_y} – present; expected {MONTHS[p['grad_month']-1][:3]} {p['grad']}"])
        title = r.choice([f"{deg} candidate", f"Doctor of Medicine ({deg}) – in progress", f"{deg} (final year)" if p["grad"] == 2027 else f"{deg} (4th year)"])
    else:
        gdate = r.choice([f"{start_y} – {p['grad']}", f"Graduated {MONTHS[p['grad_month']-1]} {p['grad']}", f"{p['grad']}",
                          f"{fmt_ym(start_y, 9, 'MM/YYYY')} – {fmt_ym(p['grad'], p['grad_month'], 'MM/YYYY')}"])
        title = r.choice([deg, f"{deg} – Bachelor of Medicine" if deg.startswith("MB") else f"{deg} degree", f"Doctor of Medicine ({deg})" if deg in ("MD", "M.D.") else (f"{deg}, Bachelor of Medicine, Bachelor of Surgery" if deg.startswith("MB") else deg)])
    cloc = p["city"] if ("Grenada" in p["city"] or "Barbados" in p["city"]) else f"{p['city']}, {cd['cname']}"
    med_entry = dict(k="entry", title=title, org=f"{p['school']}, {cloc}", dates=gdate,
                     bullets=[b for b in [r.choice(["Graduated with honors (top 10%)", "Cumulative GPA 3.7/4.0", "Class rank 12/240", "Dean's list", ""])] if b])
    edu.append(med_entry)
    if not p["student"] and r.random() < 0.3:
        y = p["grad"] + r.randint(2, 4)
        if y <= 2026:
            edu.append(dict(k="entry", title=r.choice(["Master of Public Health (MPH)", "MSc Clinical Research", "Diploma in Tropical Medicine"]),
                            org=r.choice(["London School of Hygiene & Tropical Medicine, UK", "University of Liverpool (online)", "Johns Hopkins Bloomberg School of Public Health (online certificate)"]),
                            dates=str(y), bullets=[]))
    if r.random() < 0.5:
        edu.reverse()
    secs["education"] = (r.choice(["Education", "Medical Education", "EDUCATION & TRAINING", "Academic Qualifications"]), edu)
    # --- exams
    kv = []
    s1 = p["step1"]
    if s1 == "pass":
        kv.append(("USMLE Step 1", r.choice(["Pass", "PASS", "Passed (first attempt)", f"Pass ({p['grad'] - r.randint(0, 1) if not p['student'] else min(2026, p['grad'] - 2)})"])))
    elif s1 == "fail":
        kv.append(("USMLE Step 1", "Fail (2024) – reattempt scheduled for 2027"))
    elif isinstance(s1, int):
        kv.append(("USMLE Step 1", r.choice([f"{s1}", f"Score {s1} (first attempt)", f"{s1} / Pass"])))
    if p["step2"]:
        kv.append(("USMLE Step 2 CK", r.choice([f"{p['step2']}", f"Score: {p['step2']}", f"{p['step2']} (first attempt)"])))
    elif not p["student"] and s1 is not None and r.random() < 0.6:
        kv.append(("USMLE Step 2 CK", r.choice(["Scheduled – March 2027", "Preparing (exam date: 02/2027)"])))
    if p["step3"]:
        kv.append(("USMLE Step 3", str(p["step3"])))
    distract = []
    if s1 is not None and r.random() < 0.5:
        distract.append(r.choice([("NBME Form 31 (practice)", str(r.randint(230, 262))), ("UWSA2 (self-assessment)", str(r.randint(235, 268))),
                                  ("NBME CCSSA (practice)", str(r.randint(225, 255)))]))
    if not p["student"] and p["grad"] <= 2020 and r.random() < 0.5:
        distract.append(("USMLE Step 2 CS", r.choice(["Pass (2019)", "Pass"])))
    if r.random() < 0.25:
        distract.append(r.choice([("PLAB 1", "Pass (2022)"), ("PLAB 2", "Pass"), ("MCCQE Part I", str(r.randint(240, 290))), ("OET Medicine", "Grade B in all sub-tests")]))
    kv += distract
    if kv and r.random() < 0.5:
        r.shuffle(kv)
    ec = p["ecfmg"]
    if ec == "certified":
        kv.append(("ECFMG Status", r.choice(["Certified", f"ECFMG Certified ({min(2026, p['grad'] + r.randint(1, 3))})", "Certified – ECFMG #0-{}-{}".format(digits(r, 3), digits(r, 3))])))
    elif ec == "pending":
        kv.append(("ECFMG Status", r.choice(["Pending (awaiting Step 2 CK)", "Certification pending", "In progress – pending"])))
    elif ec == "not_certified":
        kv.append(("ECFMG", r.choice(["Not certified", "Not yet certified"])))
    if kv:
        secs["exams"] = (r.choice(["USMLE", "Examinations", "USMLE & Certifications", "Licensing Examinations", "Board Examinations"]), [dict(k="kv", rows=kv)])
    # --- USCE
    usce_items = []
    research_items = []
    for en in p["usce"]:
        rng_s = fmt_range(en["_s"], en["_e"], ds, sep, pw)
        item = dict(k="entry", title=usce_title(r, en, p["student"]), org=loc_str(r, en["_site"]), dates=rng_s, bullets=usce_bullets(r, en))
        if en["type"] == "research" and r.random() < 0.7:
            research_items.append(item)
        else:
            usce_items.append(item)
    if usce_items:
        secs["usce"] = (r.choice(["US Clinical Experience", "USCE", "US Clinical Rotations", "Clinical Experience in the United States", "Electives (USA)"]), usce_items)
    # --- other clinical
    other = []
    if not p["student"]:
        iy, im = ym_add(p["grad"], p["grad_month"], r.randint(1, 4))
        if p["cc"] in ("EG", "PK", "BD", "NP", "IN", "NG", "SY", "JO", "PH", "IR") and iy <= 2025:
            t = {"PK": "House Officer (House Job)", "BD": "Intern Doctor", "EG": "Intern (rotating internship)", "NG": "House Officer",
                 "IN": "Compulsory Rotating Internship", "NP": "Intern Medical Officer"}.get(p["cc"], "Rotating Internship")
            hosp = r.choice([f"{p['city']} University Teaching Hospital", f"{p['city']} General Hospital", "Affiliated University Hospital"])
            other.append(dict(k="entry", title=t, org=f"{hosp}, {p['city']}, {cd['cname']}", dates=fmt_range((iy, im), ym_add(iy, im, 11), ds, sep, pw),
                              bullets=["Rotations in Internal Medicine, Surgery, Pediatrics, OB/GYN and Emergency"]))
            iy += 1
        if iy <= 2023 and r.random() < 0.6:  # residency / medical officer abroad
            spn = r.choice(["Internal Medicine", "Pediatrics", "General Surgery", "Psychiatry"])
            ry2 = min(iy + 3, 2026)
            other.append(dict(k="entry", title=r.choice([f"Resident, {spn}", f"Medical Officer – {spn}", f"Junior Resident ({spn})"]),
                              org=f"{r.choice(['University Hospital', 'General Hospital', 'Teaching Hospital'])}, {p['city']}, {cd['cname']}",
                              dates=fmt_range((iy + 1, 1), (ry2, 6) if ry2 < 2026 else None, ds, sep, pw), bullets=["Managed inpatient ward of 20–30 beds; night calls"]))
        if r.random() < 0.25:
            other.append(dict(k="entry", title=r.choice(["Clinical Fellow (Trust Grade), Acute Medicine", "Senior House Officer – Emergency Department"]),
                              org=r.choice(["Royal London Hospital, Barts Health NHS Trust, London, UK", "Manchester Royal Infirmary, Manchester, United Kingdom"]),
                              dates=fmt_range((2024, 2), (2025, 1), ds, sep, pw), bullets=["Full GMC registration; NHS acute medical take"]))
        if r.random() < 0.2:
            other.append(dict(k="entry", title="Observership – Family Medicine", org="Toronto Western Hospital, Toronto, ON, Canada",
                              dates=fmt_range((2023, 5), (2023, 6), ds, sep, pw), bullets=["Non-US observership (Canada)"]))
    else:
        if r.random() < 0.6:
            other.append(dict(k="entry", title=r.choice(["Clinical Clerkships (core rotations)", "Elective in Cardiology", "Summer Clinical Elective"]),
                              org=f"{p['school'].split(',')[0]} affiliated hospital, {p['city']}", dates=fmt_range((p["grad"] - 2, 1), (p["grad"] - 2, 3), ds, sep, pw), bullets=[]))
    if other:
        secs["other_clin"] = (r.choice(["Clinical Experience", "Professional Experience", "Work Experience", "Clinical Training (Home Country)", "Postgraduate Training"]), other)
    # --- research (home + US research)
    if r.random() < 0.4:
        research_items.append(dict(k="entry", title="Undergraduate Research Assistant", org=f"Department of Community Medicine, {p['school'].split(',')[0]}",
                                   dates=fmt_range((p["grad"] - 3, 2), (p["grad"] - 2, 8), ds, sep, pw), bullets=["Cross-sectional survey; SPSS analysis"]))
    if research_items:
        secs["research"] = (r.choice(["Research Experience", "Research", "Research Activities"]), research_items)
    # --- publications
    pm = p["pub_mode"]
    if pm is not None:
        items = []
        au = f"{p['family']} {p['given'][0]}"
        for k in range(p["n_papers"]):
            items.append(f"{au}, {r.choice(['Smith J', 'Khan A', 'Garcia M', 'Ali S'])}, et al. {r.choice(TOPICS).capitalize()}. {r.choice(JOURNALS)}. {r.randint(2019, 2026)};{r.randint(3, 40)}({r.randint(1, 12)}):{r.randint(100, 999)}.")
        posters = []
        for k in range(p["n_posters"]):
            posters.append(f"{r.choice(['Poster', 'Abstract (poster)', 'Oral presentation'])}: {r.choice(TOPICS).capitalize()}. {r.choice(CONFS)}, {r.randint(2022, 2026)}.")
        its = []
        if items and posters and r.random() < 0.6:
            its.append(dict(k="para", text="Peer-reviewed articles", bold=True))
            its.append(dict(k="bullets", items=items, numbered=True))
            its.append(dict(k="para", text="Posters & Presentations", bold=True))
            its.append(dict(k="bullets", items=posters))
        else:
            if items or posters:
                its.append(dict(k="bullets", items=items + posters, numbered=bool(items) and r.random() < 0.5))
            else:
                its.append(dict(k="para", text="None to date (manuscript in preparation)."))
        heading = "Publications" if not posters else r.choice(["Publications & Presentations", "Publications and Posters", "Publications"])
        secs["pubs"] = (heading, its)
    # --- languages
    if p["lang_section"]:
        style = r.choice(["inline", "bullets", "kv"])
        if style == "inline":
            txt = ", ".join(f"{l} ({lv})" for l, lv in p["langs"]) if r.random() < 0.7 else ", ".join(l for l, _ in p["langs"])
            its = [dict(k="para", text=txt)]
        elif style == "bullets":
            its = [dict(k="bullets", items=[f"{l} – {lv}" for l, lv in p["langs"]])]
        else:
            its = [dict(k="kv", rows=[(l, lv[0].upper() + lv[1:]) for l, lv in p["langs"]])]
        secs["langs"] = (r.choice(["Languages", "Language Skills", "LANGUAGES"]), its)
    # --- personal / visa
    pers = []
    v = p["visa"]
    if v:
        vt = {"j1": ["Will require J-1 visa sponsorship", "J-1 (ECFMG-sponsored) visa required", "Visa needed: J-1"],
              "h1b": ["Requires H-1B visa sponsorship", "Currently on H-1B visa (research position)"],
              "b1b2": ["Holds valid B1/B2 visitor visa (valid through 2029)", "B1/B2 visa holder"],
              "green_card": ["US Permanent Resident (Green Card)", "Green card holder – no sponsorship required"],
              "citizen": ["US Citizen", "United States citizen – no visa required"]}[v]
        pers.append(("Visa / Work Authorization", r.choice(vt)))
    if r.random() < 0.55:
        by = p["grad"] - r.randint(23, 26)
        pers.append(("Date of Birth", r.choice([f"{r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {by}", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{by}", f"Born {by}"])))
    if r.random() < 0.5:
        nat = {"EG": "Egyptian", "IN": "Indian", "PK": "Pakistani", "NG": "Nigerian", "PH": "Filipino", "MX": "Mexican", "BR": "Brazilian",
               "IR": "Iranian", "SY": "Syrian", "JO": "Jordanian", "VN": "Vietnamese", "UA": "Ukrainian", "RU": "Russian", "TR": "Turkish",
               "BD": "Bangladeshi", "NP": "Nepali", "CN": "Chinese", "CO": "Colombian", "GD": "", "BB": ""}[p["cc"]]
        if nat and v != "citizen":
            pers.append(("Nationality", nat))
    if pers:
        secs["personal"] = (r.choice(["Personal Information", "Personal Details", "Additional Information"]), [dict(k="kv", rows=pers)])
    # --- skills
    if r.random() < 0.5:
        secs["skills"] = (r.choice(["Skills", "Clinical Skills", "Certifications & Skills"]), [dict(k="bullets", items=r.sample(
            ["BLS & ACLS (American Heart Association), valid to 2027", "EMR: Epic, Cerner", "Point-of-care ultrasound (basic)",
             "Statistical software: SPSS, R", "Phlebotomy, IV cannulation, NG tube insertion", "Good Clinical Practice (GCP) certified"], 3))])
    # --- referees
    if p["referees"]:
        its = []
        refs = []
        us_pool = r.sample(US_REFEREES, 2)
        for nm, handle in us_pool:
            site = r.choice(US_SITES)
            dom = r.choice(["hospital.org", "health.org", "med.edu", "clinic.org"])
            ph, _ = make_phone(r, "1", [3, 3, 4], r.choice(["212", "312", "713", "216", "305", "313"]), us=True)
            refs.append((f"Dr. {nm}, MD", f"{r.choice(['Attending Physician', 'Program Director', 'Associate Professor of Medicine', 'Research Mentor'])}, {site[0]}, {site[1]}, {site[2]}",
                         f"{handle}@{dom}", ph))
        if r.random() < 0.6:
            hn, he = HOME_REFEREES[p["cc"]][0]
            if C[p["cc"]]["cc"] == "1":
                hph, _ = make_phone(r, "1", [3, 3, 4], C[p["cc"]]["pre"][0], us=True)
            else:
                hph, _ = make_phone(r, C[p["cc"]]["cc"], C[p["cc"]]["groups"], C[p["cc"]]["pre"])
            refs.append((hn, f"Professor, {p['school'].split(',')[0]}", he, hph))
        rstyle = r.choice(["block", "kv", "table"])
        for nm, role, em, ph in refs:
            if rstyle == "block":
                its.append(dict(k="para", text=nm, bold=True))
                its.append(dict(k="para", text=role))
                its.append(dict(k="para", text=f"Email: {em} | Phone: {ph}"))
            elif rstyle == "kv":
                its.append(dict(k="para", text=f"{nm} — {role}. {em}, Tel. {ph}"))
        if rstyle == "table":
            its.append(dict(k="table", rows=[("Referee", "Position", "Contact")] + [(nm, role, f"{em}\n{ph}") for nm, role, em, ph in refs]))
        secs["refs"] = (r.choice(["References", "Referees", "Letters of Recommendation"]), its)
    elif r.random() < 0.3:
        secs["refs"] = ("References", [dict(k="para", text="Available upon request.")])
    # order
    order_a = ["objective", "education", "exams", "usce", "other_clin", "research", "pubs", "skills", "langs", "personal", "refs"]
    order_b = ["objective", "exams", "usce", "education", "research", "other_clin", "pubs", "langs", "skills", "personal", "refs"]
    order_c = ["personal", "objective", "education", "other_clin", "usce", "exams", "research", "pubs", "langs", "skills", "refs"]
    order_d = ["objective", "usce", "exams", "education", "other_clin", "research", "pubs", "personal", "langs", "skills", "refs"]
    order = r.choice([order_a, order_b, order_c, order_d])
    return [(k, secs[k][0], secs[k][1]) for k in order if k in secs]


# ----------------------------------------------------------------------------- docx helpers
class Sty:
    pass


def make_style(p, r, pdf):
    s = Sty()
    s.font = r.choice(FONTS_PDF if pdf else FONTS_DOCX)
    s.size = r.choice([10, 10.5, 11, 11])
    s.name_size = r.choice([16, 18, 20, 22, 24, 26, 28])
    s.head_caps = r.random() < 0.5
    s.head_color = r.choice([None, RGBColor(0x1F, 0x4E, 0x79), RGBColor(0x80, 0x1A, 0x1A), RGBColor(0x2E, 0x5E, 0x3A)])
    s.head_rule = r.random() < 0.5
    s.dates_right = r.random() < 0.6
    s.kv_table = r.random() < 0.5
    s.title_prefix = r.choice(["", "", "", "Dr. "]) if not p["student"] else ""
    s.suffix = "" if p["student"] or r.random() < 0.5 else r.choice([", MD", ", MBBS", " MD", ", M.D."])
    if "MBBS" not in " ".join(p["cd"]["deg"]) and s.suffix == ", MBBS":
        s.suffix = ", MD"
    s.contact_labels = r.random() < 0.6
    return s


def set_doc_font(doc, s):
    st = doc.styles["Normal"]
    st.font.name = s.font
    st.font.size = Pt(s.size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), s.font)
    pf = st.paragraph_format
    pf.space_after = Pt(2); pf.space_before = Pt(0)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
    cp = doc.core_properties
    cp.created = datetime.datetime(2026, 11, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 1, 9, 0, 0)
    cp.last_modified_by = "cv"; cp.author = "cv"; cp.revision = 1


def add_rule(par, color="888888"):
    pPr = par._p.get_or_add_pPr()
    bdr = parse_xml(f'<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:bottom w:val="single" w:sz="6" w:space="1" w:color="{color}"/></w:pBdr>')
    pPr.append(bdr)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
                  "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    tblPr.append(b)


def grid_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
                  "".join(f'<w:{e} w:val="single" w:sz="4" w:color="999999"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    tblPr.append(b)


def heading(cont, text, s, width_in=6.9):
    par = cont.add_paragraph()
    par.paragraph_format.space_before = Pt(8)
    par.paragraph_format.space_after = Pt(3)
    run = par.add_run(text.upper() if s.head_caps else text)
    run.bold = True
    run.font.size = Pt(s.size + 1.5)
    if s.head_color is not None:
        run.font.color.rgb = s.head_color
    if s.head_rule:
        add_rule(par)
    return par


def render_items(cont, items, s, width_in=6.9, narrow=False, tabs=True):
    for it in items:
        k = it["k"]
        if k == "para":
            par = cont.add_paragraph()
            rn = par.add_run(it["text"]); rn.bold = it.get("bold", False)
        elif k == "bullets":
            for j, b in enumerate(it["items"]):
                par = cont.add_paragraph()
                par.paragraph_format.left_indent = Cm(0.5)
                par.add_run((f"{j+1}. " if it.get("numbered") else "• ") + b)
        elif k == "entry":
            par = cont.add_paragraph()
            par.paragraph_format.space_before = Pt(3)
            if s.dates_right and not narrow and tabs:
                par.paragraph_format.tab_stops.add_tab_stop(Inches(width_in), WD_TAB_ALIGNMENT.RIGHT)
                rn = par.add_run(it["title"]); rn.bold = True
                par.add_run("\t" + it["dates"])
                par2 = cont.add_paragraph(); r2 = par2.add_run(it["org"]); r2.italic = True
            else:
                rn = par.add_run(it["title"]); rn.bold = True
                par2 = cont.add_paragraph(); r2 = par2.add_run(f"{it['org']} | {it['dates']}" if not narrow else f"{it['org']}\n{it['dates']}"); r2.italic = True
            for b in it["bullets"]:
                pb = cont.add_paragraph(); pb.paragraph_format.left_indent = Cm(0.5)
                pb.add_run("– " + b)
        elif k == "kv":
            if s.kv_table and not narrow:
                t = cont.add_table(rows=0, cols=2)
                for a, b in it["rows"]:
                    cells = t.add_row().cells
                    cells[0].text = a; cells[1].text = b
                    for rr in cells[0].paragraphs[0].runs:
                        rr.bold = True
                no_borders(t)
            else:
                for a, b in it["rows"]:
                    par = cont.add_paragraph()
                    rn = par.add_run(a + ": "); rn.bold = True
                    par.add_run(b)
        elif k == "table":
            rows = it["rows"]
            t = cont.add_table(rows=0, cols=len(rows[0]))
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci, val in enumerate(row):
                    cells[ci].text = val
                    if ri == 0:
                        for rr in cells[ci].paragraphs[0].runs:
                            rr.bold = True
            grid_borders(t)


def contact_lines(p, s, r):
    lab = s.contact_labels
    email = ("Email: " if lab else "") + p["email"]
    phone = (r.choice(["Phone: ", "Tel: ", "Mobile: ", "WhatsApp/Cell: "]) if lab else "") + p["phone"]
    if p["phone"] is None:
        phone = None
    home = p["city"] if p["caribbean"] else f"{p['city']}, {p['cd']['cname']}"
    addr = r.choice([home if not p["caribbean"] else "Brooklyn, NY, USA", "Houston, TX, USA", "Chicago, IL 60616, USA", home])
    p["_addr"] = addr
    lines = [l for l in [addr, phone, email] if l]
    if r.random() < 0.3:
        lines.append("linkedin.com/in/" + ascii_fold(p["given"]).lower().split()[0] + "-" + ascii_fold(p["family"]).lower().replace(" ", "-") + "-md")
    r.shuffle(lines)
    return lines


def display_name(p, s):
    return f"{s.title_prefix}{p['full']}{s.suffix}"


def add_name_par(cont, p, s, align=None):
    par = cont.add_paragraph()
    if align is not None:
        par.alignment = align
    rn = par.add_run(display_name(p, s)); rn.bold = True; rn.font.size = Pt(s.name_size)
    if s.head_color is not None and p["i"] % 2:
        rn.font.color.rgb = s.head_color
    if p["native"] and p["_show_native"]:
        par2 = cont.add_paragraph()
        if align is not None:
            par2.alignment = align
        r2 = par2.add_run(p["native"]); r2.font.size = Pt(s.size + 2)
    return par


# ----------------------------------------------------------------------------- layouts
def layout_table_header(doc, p, s, secs, r):
    ncol = r.choice([2, 3])
    t = doc.add_table(rows=1, cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0 = t.rows[0].cells[0]
    c0.paragraphs[0].text = ""
    para = c0.paragraphs[0]
    rn = para.add_run(display_name(p, s)); rn.bold = True; rn.font.size = Pt(s.name_size)
    if p["native"] and p["_show_native"]:
        c0.add_paragraph(p["native"])
    c0.add_paragraph(r.choice(["Curriculum Vitae", "International Medical Graduate", "Medical Student" if p["student"] else "Physician"]))
    lines = contact_lines(p, s, r)
    if ncol == 2:
        c1 = t.rows[0].cells[1]
        c1.paragraphs[0].text = lines[0]
        for l in lines[1:]:
            c1.add_paragraph(l)
        for pp in c1.paragraphs:
            pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        half = (len(lines) + 1) // 2
        for ci, chunk in ((1, lines[:half]), (2, lines[half:])):
            c = t.rows[0].cells[ci]
            c.paragraphs[0].text = chunk[0] if chunk else ""
            for l in chunk[1:]:
                c.add_paragraph(l)
    if r.random() < 0.5:
        grid_borders(t)
    else:
        no_borders(t)
    for k, h, items in secs:
        heading(doc, h, s)
        render_items(doc, items, s)


def layout_header_footer(doc, p, s, secs, r):
    sec = doc.sections[0]
    hdr = sec.header
    mode = r.choice(["all_header", "all_header", "name_header_contacts_footer", "all_footer"])
    lines = contact_lines(p, s, r)
    sep = r.choice(["  |  ", " • ", " · "])
    if mode in ("all_header", "name_header_contacts_footer"):
        hp = hdr.paragraphs[0]
        hp.alignment = r.choice([WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT])
        rn = hp.add_run(display_name(p, s)); rn.bold = True; rn.font.size = Pt(s.name_size)
        if p["native"] and p["_show_native"]:
            rn2 = hp.add_run("  " + p["native"]); rn2.font.size = Pt(s.size + 1)
        if mode == "all_header":
            cp = hdr.add_paragraph(sep.join(lines)); cp.alignment = hp.alignment
            add_rule(cp)
        else:
            fp = sec.footer.paragraphs[0]; fp.text = sep.join(lines); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        fp = sec.footer.paragraphs[0]
        rn = fp.add_run(display_name(p, s)); rn.bold = True; rn.font.size = Pt(max(12, s.name_size - 8))
        fp.add_run(sep + sep.join(lines))
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hp = hdr.paragraphs[0]; hp.text = "Curriculum Vitae"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if r.random() < 0.5:
        tp = doc.add_paragraph(); tr = tp.add_run(r.choice(["CURRICULUM VITAE", "Curriculum Vitae", "Résumé"])); tr.bold = True; tr.font.size = Pt(s.size + 4)
        tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, h, items in secs:
        heading(doc, h, s)
        render_items(doc, items, s)


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ALL_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def tx_par(text, font, size_pt, bold=False, align="left", color=None):
    rpr = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>' + ("<w:b/>" if bold else "") + \
          (f'<w:color w:val="{color}"/>' if color else "") + f'<w:sz w:val="{int(size_pt*2)}"/><w:szCs w:val="{int(size_pt*2)}"/>'
    return f'<w:p><w:pPr><w:spacing w:after="40"/><w:jc w:val="{align}"/></w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:p>'


def textbox_run_xml(kind, paras_xml, width_emu, height_emu, fill, line, box_id):
    inner = "".join(paras_xml)
    wps = f'''<w:drawing><wp:anchor distT="0" distB="91440" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + box_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{width_emu}" cy="{height_emu}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'''
    wpt = width_emu / 12700.0; hpt = height_emu / 12700.0
    vml = f'''<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="TextBox{box_id}" o:spid="_x0000_s10{box_id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1pt">
<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>'''
    if kind == "wps":
        body = wps
    elif kind == "vml":
        body = vml
    else:
        body = f'<mc:AlternateContent><mc:Choice Requires="wps">{wps}</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>'
    return parse_xml(f'<w:r {ALL_NS}>{body}</w:r>')


def layout_textbox(doc, p, s, secs, r):
    kind = ["wps", "vml", "alt"][(p["i"] // 5) % 3]
    p["_tb_kind"] = kind
    lines = contact_lines(p, s, r)
    align = r.choice(["left", "center"])
    color = r.choice([None, "1F4E79", "333333"])
    paras = [tx_par(display_name(p, s), s.font, s.name_size, True, align, color)]
    if p["native"] and p["_show_native"]:
        paras.append(tx_par(p["native"], s.font, s.size + 2, False, align))
    if r.random() < 0.5:
        paras.append(tx_par(" | ".join(lines), s.font, s.size, False, align))
    else:
        for l in lines:
            paras.append(tx_par(l, s.font, s.size, False, align))
    h_pt = s.name_size * 1.5 + (len(paras) - 1) * (s.size * 1.6) + 14
    fill = r.choice(["FFFFFF", "EAF1F8", "F2F2F2", "FFF8E7"])
    run = textbox_run_xml(kind, paras, int(6.9 * 914400) if r.random() < 0.6 else int(4.2 * 914400), int(h_pt * 12700), fill, r.choice(["1F4E79", "7F7F7F", "000000"]), 1)
    par = doc.add_paragraph()
    par._p.append(run)
    if r.random() < 0.4:
        # a second, decorative text box on the right with the headline title (not contacts)
        pass
    for k, h, items in secs:
        heading(doc, h, s)
        render_items(doc, items, s)


def layout_classic(doc, p, s, secs, r):
    align = r.choice([WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT])
    add_name_par(doc, p, s, align)
    lines = contact_lines(p, s, r)
    if r.random() < 0.5:
        cp = doc.add_paragraph(r.choice(["  |  ", " · ", " • "]).join(lines)); cp.alignment = align
    else:
        for l in lines:
            cp = doc.add_paragraph(l); cp.alignment = align
            cp.paragraph_format.space_after = Pt(0)
    add_rule(cp, "444444")
    for k, h, items in secs:
        heading(doc, h, s)
        render_items(doc, items, s)


def set_cols(sectPr, num, space=360):
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), str(space))
    # cols must come before docGrid etc.; insert after pgMar if present
    pgMar = sectPr.find(qn("w:pgMar"))
    if pgMar is not None:
        pgMar.addnext(cols)
    else:
        sectPr.append(cols)


def layout_twocol(doc, p, s, secs, r):
    variant = ["cols", "table"][(p["i"] // 5) % 2]
    p["_twocol_variant"] = variant
    side_keys = {"langs", "personal", "skills", "exams"} if variant == "table" else set()
    if variant == "cols":
        add_name_par(doc, p, s, WD_ALIGN_PARAGRAPH.LEFT)
        lines = contact_lines(p, s, r)
        cp = doc.add_paragraph(" | ".join(lines)); add_rule(cp, "444444")
        set_cols(doc.sections[0]._sectPr, 1)
        new = doc.add_section(WD_SECTION.CONTINUOUS)
        set_cols(new._sectPr, 2)
        for k, h, items in secs:
            heading(doc, h, s, 3.3)
            render_items(doc, items, s, 3.3, narrow=True)
    else:
        name_top = r.random() < 0.5
        if name_top:
            add_name_par(doc, p, s, WD_ALIGN_PARAGRAPH.LEFT)
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        left, right = t.rows[0].cells
        left.width = Inches(2.3); right.width = Inches(4.6)
        for c, w in ((left, 2.3), (right, 4.6)):
            tcPr = c._tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.append(tcW)
            tcW.set(qn("w:w"), str(int(w * 1440))); tcW.set(qn("w:type"), "dxa")
        shade = parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{r.choice(["EAF1F8", "F2F2F2", "E8F3EC"])}"/>')
        left._tc.get_or_add_tcPr().append(shade)
        if not name_top:
            pr = left.paragraphs[0]
            rn = pr.add_run(display_name(p, s)); rn.bold = True; rn.font.size = Pt(min(s.name_size, 20))
            if p["native"] and p["_show_native"]:
                left.add_paragraph(p["native"])
        lines = contact_lines(p, s, r)
        hp = left.add_paragraph(); hr = hp.add_run("CONTACT"); hr.bold = True
        for l in lines:
            left.add_paragraph(l)
        first = True
        for k, h, items in secs:
            cont = left if k in side_keys else right
            if cont is right and first:
                par = right.paragraphs[0]
                rn = par.add_run(h.upper() if s.head_caps else h); rn.bold = True; rn.font.size = Pt(s.size + 1.5)
                first = False
            else:
                heading(cont, h, s)
            render_items(cont, items, s, 4.2, narrow=(cont is left), tabs=False)


# ----------------------------------------------------------------------------- main
def truth_row(p, fname):
    return dict(file=fname, layout=p["layout"], full_name=p["full"], email=p["email"], phone_e164=p["e164"],
                medical_school=p["school"], medical_school_country=p["cc"], graduation_year=p["grad"], is_student=p["student"],
                usmle_step1=p["step1"], usmle_step2ck=p["step2"], usmle_step3=p["step3"], ecfmg_status=p["ecfmg"],
                specialties=p["specs"], languages=[l for l, _ in p["langs"]] if p["lang_section"] else [], visa_status=p["visa"],
                publications=(p["n_papers"] if p["pub_mode"] is not None else None),
                usce_months=months_set(p["usce"]), usce_months_clinical=months_set([e for e in p["usce"] if e["type"] in ("hands_on", "observership")]),
                usce_entries=[{k: e[k] for k in ("type", "specialty", "state", "start", "end")} for e in p["usce"]])


def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(FILES); os.makedirs(BUILD)
    rows = []
    to_pdf = []
    meta = []
    for i in range(N):
        r = random.Random(SEED * 1000 + i)
        p = build_profile(i, r)
        p["_show_native"] = bool(p["native"]) and r.random() < 0.8
        secs = build_sections(p, r)
        pdf = p["layout"].startswith("lo_pdf")
        s = make_style(p, r, pdf)
        doc = Document()
        set_doc_font(doc, s)
        {"docx_table_header": layout_table_header, "docx_header_footer": layout_header_footer, "docx_textbox": layout_textbox,
         "lo_pdf_classic": layout_classic, "lo_pdf_twocol": layout_twocol}[p["layout"]](doc, p, s, secs, r)
        base = f"{PREFIX}{i+1:03d}_{p['layout']}"
        if pdf:
            path = os.path.join(BUILD, base + ".docx")
            doc.save(path)
            to_pdf.append(path)
            fname = base + ".pdf"
        else:
            fname = base + ".docx"
            doc.save(os.path.join(FILES, fname))
        rows.append(truth_row(p, fname))
        meta.append(dict(file=fname, font=s.font, name_size=s.name_size, title=s.title_prefix, suffix=s.suffix,
                         tb=p.get("_tb_kind"), twocol=p.get("_twocol_variant"), referees=p["referees"], native=p["_show_native"]))
    # convert with LibreOffice (private profile so we do not clash with other soffice users)
    prof = "file:///tmp/w1_lo_profile"
    for chunk in [to_pdf[k:k + 12] for k in range(0, len(to_pdf), 12)]:
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", FILES] + chunk,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    for row in rows:
        fp = os.path.join(FILES, row["file"])
        if not os.path.exists(fp):
            sys.exit(f"missing {fp}")
        if os.path.getsize(fp) > 400 * 1024:
            sys.exit(f"too big {fp}")
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(BUILD, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote", len(rows))


if __name__ == "__main__":
    main()
