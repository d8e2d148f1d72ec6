"""Generate the labeled CV set: ≥ 40 fictional CVs in many layouts, each with its expected profile.

Every CV is drawn from a seeded random generator (same seed, same set), then rendered as TXT, PDF
(one column, two columns, tables) or DOCX (paragraphs, tables with page header and footer, a
sidebar layout table). Headings, date formats, exam phrasing, name scripts, countries and the place
of the references vary per CV; the expected profile is written from the facts drawn, never from
the parser. Broken and hostile files (image-only, encrypted, corrupt, zip bomb, wrong extension,
unsupported) come last.

    python -m tests.cv.labeled.generate OUT_DIR    # writes <id>.<ext> and <id>.json per CV
"""

from __future__ import annotations

import io
import json
import random
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import docx
import phonenumbers
from docx.shared import Pt
from fpdf import FPDF

from include.cv.ocr import available as ocr_available
from include.cv.profile import PROFILE_KEYS

TODAY = date(2025, 6, 1)
SEED = 20250601
_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


# ------------------------------------------------------------------ what a CV says


@dataclass(frozen=True)
class Person:
    name: str
    email_user: str
    country: str  # ISO alpha-2 of the medical school
    school: str
    city: str
    country_name: str
    languages: tuple[tuple[str, str], ...]  # (as written, English name)
    pdf_ok: bool = True  # script renders in the PDF font


PEOPLE: tuple[Person, ...] = (
    Person(
        "Aarav Sharma",
        "aarav.sharma",
        "IN",
        "Maulana Azad Medical College",
        "New Delhi",
        "India",
        (("English", "English"), ("Hindi", "Hindi"), ("Punjabi", "Punjabi")),
    ),
    Person(
        "Oluwaseun Adeyemi",
        "seun.adeyemi",
        "NG",
        "University of Ibadan College of Medicine",
        "Ibadan",
        "Nigeria",
        (("English", "English"), ("Yoruba", "Yoruba")),
    ),
    Person(
        "Fatima Zahra El Amrani",
        "fz.elamrani",
        "MA",
        "Faculty of Medicine and Pharmacy of Rabat",
        "Rabat",
        "Morocco",
        (("Arabic", "Arabic"), ("French", "French"), ("English", "English")),
    ),
    Person(
        "Nguyễn Văn Minh",
        "minh.nguyen",
        "VN",
        "Hanoi Medical University",
        "Hanoi",
        "Vietnam",
        (("Vietnamese", "Vietnamese"), ("English", "English")),
    ),
    Person(
        "María José Hernández",
        "mj.hernandez",
        "MX",
        "Universidad Nacional Autónoma de México",
        "Mexico City",
        "Mexico",
        (("Español", "Spanish"), ("English", "English")),
    ),
    Person(
        "João Pedro Araújo",
        "jp.araujo",
        "BR",
        "Universidade Federal de Minas Gerais",
        "Belo Horizonte",
        "Brazil",
        (("Portuguese", "Portuguese"), ("English", "English"), ("Spanish", "Spanish")),
    ),
    Person(
        "Олена Коваленко",
        "olena.kovalenko",
        "UA",
        "Bogomolets National Medical University",
        "Kyiv",
        "Ukraine",
        (("Ukrainian", "Ukrainian"), ("Russian", "Russian"), ("English", "English")),
    ),
    Person(
        "Muhammad Bilal Qureshi",
        "bilal.qureshi",
        "PK",
        "King Edward Medical University",
        "Lahore",
        "Pakistan",
        (("Urdu", "Urdu"), ("English", "English"), ("Punjabi", "Punjabi")),
    ),
    Person(
        "Ahmed Abdel-Rahman",
        "ahmed.abdelrahman",
        "EG",
        "Cairo University Faculty of Medicine",
        "Cairo",
        "Egypt",
        (("Arabic", "Arabic"), ("English", "English")),
    ),
    Person(
        "Maria Clara Santos",
        "mc.santos",
        "PH",
        "University of Santo Tomas Faculty of Medicine and Surgery",
        "Manila",
        "Philippines",
        (("Filipino", "Tagalog"), ("English", "English")),
    ),
    Person(
        "Bishal Shrestha",
        "bishal.shrestha",
        "NP",
        "Tribhuvan University Institute of Medicine",
        "Kathmandu",
        "Nepal",
        (("Nepali", "Nepali"), ("Hindi", "Hindi"), ("English", "English")),
    ),
    Person(
        "Chidinma O'Neal-Okonkwo",
        "chidinma.okonkwo",
        "NG",
        "University of Nigeria College of Medicine",
        "Enugu",
        "Nigeria",
        (("English", "English"), ("Igbo", "Igbo")),
    ),
    Person(
        "Zeynep Yılmaz",
        "zeynep.yilmaz",
        "TR",
        "Hacettepe University Faculty of Medicine",
        "Ankara",
        "Turkey",
        (("Turkish", "Turkish"), ("English", "English"), ("German", "German")),
    ),
    Person(
        "Νικόλαος Παπαδόπουλος",
        "n.papadopoulos",
        "GR",
        "National and Kapodistrian University of Athens",
        "Athens",
        "Greece",
        (("Greek", "Greek"), ("English", "English")),
    ),
    Person(
        "Sofía Rodríguez Gómez",
        "sofia.rodriguez",
        "CO",
        "Universidad de los Andes",
        "Bogotá",
        "Colombia",
        (("Spanish", "Spanish"), ("English", "English")),
    ),
    Person(
        "محمد الأحمد",
        "m.alahmad",
        "JO",
        "University of Jordan School of Medicine",
        "Amman",
        "Jordan",
        (("Arabic", "Arabic"), ("English", "English")),
        pdf_ok=False,
    ),
    Person(
        "Tasnim Rahman Chowdhury",
        "tasnim.chowdhury",
        "BD",
        "Dhaka Medical College",
        "Dhaka",
        "Bangladesh",
        (("Bengali", "Bengali"), ("English", "English")),
    ),
    Person(
        "Daniel Kim Jae-won",
        "daniel.jaewon",
        "GD",
        "St. George's University School of Medicine",
        "St. George's",
        "Grenada",
        (("English", "English"), ("Korean", "Korean")),
    ),
    Person(
        "Priya Venkataraman",
        "priya.v",
        "IN",
        "Christian Medical College Vellore",
        "Vellore",
        "India",
        (("Tamil", "Tamil"), ("English", "English"), ("Hindi", "Hindi")),
    ),
    Person(
        "Omar Farouk Haddad",
        "omar.haddad",
        "SA",
        "King Saud University College of Medicine",
        "Riyadh",
        "Saudi Arabia",
        (("Arabic", "Arabic"), ("English", "English")),
    ),
)

SPECIALTIES = (
    ("Internal Medicine", ("Internal Medicine", "Internal Medicine", "IM")),
    ("Family Medicine", ("Family Medicine", "Family Medicine")),
    ("Pediatrics", ("Pediatrics", "Pediatrics")),
    ("Psychiatry", ("Psychiatry",)),
    ("Neurology", ("Neurology",)),
    ("Cardiology", ("Cardiology",)),
    ("General Surgery", ("General Surgery",)),
    ("Obstetrics and Gynecology", ("Obstetrics and Gynecology", "OB/GYN")),
    ("Emergency Medicine", ("Emergency Medicine",)),
    ("Gastroenterology", ("Gastroenterology",)),
    ("Nephrology", ("Nephrology",)),
)
SITES = (
    ("Mount Sinai Hospital, New York, NY", "NY"),
    ("Baylor St. Luke's Medical Center, Houston, TX", "TX"),
    ("Cleveland Clinic, Cleveland, Ohio", "OH"),
    ("Jackson Memorial Hospital, Miami, FL 33136", "FL"),
    ("University of Chicago Medicine, Chicago, IL", "IL"),
    ("Kaiser Permanente, Los Angeles, California", "CA"),
    ("Massachusetts General Hospital, Boston, MA", "MA"),
    ("Henry Ford Hospital, Detroit, Michigan", "MI"),
    ("Emory University Hospital, Atlanta, GA", "GA"),
    ("Private clinic, Edison, New Jersey", "NJ"),
    ("Allegheny General Hospital, Pittsburgh, PA", "PA"),
    ("Banner University Medical Center, Phoenix, AZ", "AZ"),
)
TYPE_WORDS = {
    "hands_on": ("Hands-on Clerkship", "Externship", "Sub-Internship", "Clinical Elective", "Hands-on Rotation"),
    "observership": ("Observership", "Clinical Observership", "Observer"),
    "research": ("Research Fellow", "Clinical Research Volunteer", "Research Assistant"),
    "telehealth": ("Telehealth Rotation", "Virtual Rotation"),
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

HEADINGS = {
    "education": (
        "Education",
        "EDUCATION & TRAINING",
        "Academic Background",
        "Medical Education",
        "Academic Qualifications",
        "Educational Background",
    ),
    "exams": (
        "USMLE",
        "Licensure & Examinations",
        "USMLE Scores",
        "Examinations",
        "Board Examinations",
        "Licensing Exams & Certification",
        "USMLE / ECFMG",
    ),
    "usce": (
        "US Clinical Experience",
        "USCE",
        "Clinical Experience (USA)",
        "U.S. Clinical Rotations",
        "Clinical Experience in the United States",
        "Observerships & Externships",
    ),
    "research": ("Research Experience", "Research"),
    "work": ("Work Experience", "Professional Experience", "Employment History", "Clinical Experience"),
    "publications": ("Publications", "Peer-Reviewed Publications", "Selected Publications"),
    "languages": ("Languages", "Languages Spoken", "LANGUAGES"),
    "references": ("References", "Referees", "Letters of Recommendation", "Professional References", "Recommenders"),
    "objective": ("Career Objective", "Personal Statement", "Objective", "Professional Summary"),
    "personal": ("Personal Details", "Personal Information", "Contact"),
}
REFEREES = (
    (
        "Dr. Jonathan Miller, MD",
        "Program Director, Internal Medicine",
        "jmiller@hospital.example.org",
        "(212) 241-6500",
    ),
    ("Dr. Susan Park, MD, FACP", "Attending Physician", "spark@clinic.example.org", "+1 713-798-4951"),
    ("Dr. Rajesh Gupta", "Professor of Medicine", "rgupta@university.example.edu", "+91 11 2658 8500"),
    ("Dr. Linda Okafor", "Clerkship Supervisor", "l.okafor@health.example.com", "(313) 916-2600"),
)


@dataclass
class Entry:
    title: str
    place: str
    dates: str
    details: list[str] = field(default_factory=list)


@dataclass
class Section:
    key: str
    heading: str
    lines: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    side: bool = False  # sidebar material in two-column layouts


@dataclass
class Cv:
    case_id: str
    layout: str
    header: list[str]
    sections: list[Section]
    expected: dict[str, Any]
    entry_style: str = "right"
    header_in_page_header: bool = False
    contact_in_footer: list[str] = field(default_factory=list)


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _date(rng: random.Random, y: int, m: int, style: str) -> str:
    return {
        "mon": f"{MONTHS[m - 1][:3]} {y}",
        "month": f"{MONTHS[m - 1]} {y}",
        "slash": f"{m:02d}/{y}",
        "slash1": f"{m}/{y}",
        "dot": f"{y}.{m:02d}",
        "iso": f"{y}-{m:02d}",
        "mondot": f"{MONTHS[m - 1][:3]}. {y}" if m != 5 else f"May {y}",
    }[style]


def _range(rng: random.Random, start: tuple[int, int], end: tuple[int, int] | None) -> str:
    style = rng.choice(["mon", "month", "slash", "slash1", "dot", "iso", "mondot"])
    dash = rng.choice([" – ", " - ", " to ", "–", " — "])
    if style == "iso":
        dash = rng.choice([" to ", " – "])
    if end is None:
        return f"{_date(rng, *start, style)}{dash}{rng.choice(['Present', 'present', 'Current'])}"
    if start == end and rng.random() < 0.5:
        return _date(rng, *start, rng.choice(["mon", "month"]))
    if start[0] == end[0] and style == "month" and rng.random() < 0.5:
        return f"{MONTHS[start[1] - 1]} – {MONTHS[end[1] - 1]} {end[0]}"
    return f"{_date(rng, *start, style)}{dash}{_date(rng, *end, style)}"


def _months(start: tuple[int, int], end: tuple[int, int]) -> set[tuple[int, int]]:
    first, last = start[0] * 12 + start[1] - 1, end[0] * 12 + end[1] - 1
    return {(i // 12, i % 12 + 1) for i in range(first, last + 1)}


def _phone(rng: random.Random, region: str) -> tuple[str, str]:
    """(as written, E.164): a valid mobile number of ``region`` in one of several written forms."""
    base = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(base.national_number)
    for _ in range(50):
        digits = national[:-3] + f"{rng.randrange(1000):03d}"
        number = phonenumbers.parse(f"+{base.country_code}{digits}")
        if phonenumbers.is_valid_number(number):
            break
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    form = rng.choice(["intl", "intl", "e164", "dashed", "paren"])
    if form == "intl":
        written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif form == "e164":
        written = e164
    elif form == "dashed":
        written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL).replace(" ", "-")
    else:
        written = (
            f"(+{number.country_code}) {phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)}"
        )
        if region in {"US", "GD"}:
            written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return written, e164


def _exam_lines(rng: random.Random, grad: int, student: bool) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """Exam (label, value) pairs and the expected exam fields."""
    rows: list[tuple[str, str]] = []
    exp: dict[str, Any] = {"usmle_step1": None, "usmle_step2ck": None, "usmle_step3": None, "ecfmg_status": None}
    step1_year = grad - 1 if not student else TODAY.year - 1
    if step1_year < 2022 and rng.random() < 0.6:
        score = rng.randrange(215, 260)
        rows.append((rng.choice(["USMLE Step 1", "Step 1", "USMLE Step I"]), f"{score} ({step1_year})"))
        exp["usmle_step1"] = score
    else:
        value = rng.choice(["Pass", "PASS", "Passed", "Passed (first attempt)", f"Pass ({max(step1_year, 2022)})"])
        rows.append((rng.choice(["USMLE Step 1", "Step 1", "Step I", "USMLE Step 1 (Pass/Fail)"]), value))
        exp["usmle_step1"] = "pass"
    mode = (
        "none" if student and rng.random() < 0.5 else rng.choice(["score", "score", "score", "expected", "scheduled"])
    )
    label2 = rng.choice(["USMLE Step 2 CK", "Step 2 CK", "Step 2CK", "Step II CK", "Step 2 Clinical Knowledge (CK)"])
    if mode == "score":
        score = rng.randrange(228, 272)
        rows.append((label2, rng.choice([f"{score}", f"{score} (first attempt)", f"Score {score}", f"{score}, 2024"])))
        exp["usmle_step2ck"] = score
    elif mode == "expected":
        rows.append((label2, f"{rng.randrange(235, 262)} (expected)"))
    elif mode == "scheduled":
        rows.append((label2, rng.choice(["Scheduled for August 2025", "Not yet taken", "Planned - July 2025"])))
    if not student and exp["usmle_step2ck"] and rng.random() < 0.35:
        if rng.random() < 0.5:
            rows.append((rng.choice(["USMLE Step 3", "Step 3"]), "Pass"))
            exp["usmle_step3"] = "pass"
        else:
            score = rng.randrange(205, 245)
            rows.append(("Step 3", str(score)))
            exp["usmle_step3"] = score
    if exp["usmle_step2ck"] and not student and rng.random() < 0.7:
        rows.append(
            (
                rng.choice(["ECFMG Certification", "ECFMG Status", "ECFMG"]),
                rng.choice(["Certified", "Certified (2024)", "Certified, valid indefinitely"]),
            )
        )
        exp["ecfmg_status"] = "certified"
    elif rng.random() < 0.7:
        rows.append(
            (
                rng.choice(["ECFMG Certification", "ECFMG Status"]),
                rng.choice(["Pending (Step 2 CK remaining)", "Pending", "In progress"]),
            )
        )
        exp["ecfmg_status"] = "pending"
    if rng.random() < 0.3:
        rows.append(("ECFMG ID", f"0-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(10)}"))
    if rng.random() < 0.3:
        rows.append(("NBME practice exam", f"{rng.randrange(230, 265)} (self-assessment)"))
    return rows, exp


def _cv(index: int, layout: str) -> Cv:
    rng = random.Random(SEED * 1000 + index)
    person = PEOPLE[index % len(PEOPLE)]
    if layout.startswith("pdf") and not person.pdf_ok:
        person = PEOPLE[(index + 1) % len(PEOPLE)]
    student = rng.random() < 0.2
    grad = rng.randrange(2026, 2028) if student else rng.randrange(2014, 2025)
    email_domain = rng.choice(["example.com", "mail.example.org", "students.example.edu", "example.net"])
    email = f"{person.email_user}{rng.randrange(1, 99) if rng.random() < 0.4 else ''}@{email_domain}"
    in_us = rng.random() < 0.2
    phone_written, phone_e164 = _phone(rng, "US" if in_us else person.country)
    visa_kind = rng.choice(["j1", "citizen", "green_card", "h1b", "b1b2", None, "j1"])

    # Header
    name_written = person.name
    style = rng.random()
    if style < 0.2 and person.pdf_ok and "ı" not in person.name:
        name_written = person.name.upper()
    elif style < 0.35:
        name_written = f"Dr. {person.name}"
    elif style < 0.5:
        name_written = f"{person.name}, {rng.choice(['MD', 'MBBS', 'M.D.'])}"
    header = [name_written]
    if rng.random() < 0.2:
        header.insert(0, rng.choice(["CURRICULUM VITAE", "Curriculum Vitae", "RÉSUMÉ"]))
    address = f"{rng.randrange(2, 400)} {rng.choice(['Park Avenue', 'MG Road', 'Rue Hassan II', 'Main Street'])}, " + (
        f"{rng.choice(['Jersey City, NJ 07302', 'Queens, NY 11375', 'Houston, TX 77030'])}"
        if in_us
        else f"{person.city}, {person.country_name}"
    )
    email_label = rng.choice(["", "Email: ", "E-mail: ", "✉ "])
    phone_label = rng.choice(["", "Phone: ", "Mobile: ", "Tel: ", "Cell: ", "WhatsApp: "])
    contact_parts = [address, f"{email_label}{email}", f"{phone_label}{phone_written}"]
    rng.shuffle(contact_parts)
    contact_layout = rng.choice(["one", "lines"])
    contact_lines = [" | ".join(contact_parts)] if contact_layout == "one" else contact_parts

    sections: list[Section] = []
    exp_specialties: list[str] = []
    # Objective
    interest = rng.choice(SPECIALTIES[:4])
    if rng.random() < 0.75:
        sections.append(
            Section(
                "objective",
                rng.choice(HEADINGS["objective"]),
                [
                    rng.choice(
                        [
                            f"International medical graduate seeking a categorical residency in {interest[0]}.",
                            f"Keen interest in {interest[0]}, applying to the {TODAY.year + 1} Match.",
                            f"Aspiring {interest[0]} resident committed to evidence-based, compassionate patient care.",
                        ]
                    )
                ],
            )
        )
        exp_specialties.append(interest[0])

    # Education
    edu = Section("education", rng.choice(HEADINGS["education"]))
    degree = rng.choice(["MBBS", "MD", "Doctor of Medicine (MD)", "Bachelor of Medicine, Bachelor of Surgery (MBBS)"])
    if person.country in {"MX", "CO", "BR", "GD", "UA", "GR", "TR", "JO", "SA", "EG", "MA", "PH", "VN"}:
        degree = rng.choice(["MD", "Doctor of Medicine (MD)", "Medical Degree (MD)"])
    start = grad - rng.choice([5, 6])
    if student:
        when = rng.choice(
            [
                f"{start} – Present (expected graduation {grad})",
                f"Expected graduation: May {grad}",
                f"Class of {grad} (expected)",
            ]
        )
    else:
        when = rng.choice(
            [
                f"{start} – {grad}",
                f"Graduated {rng.choice(MONTHS)} {grad}",
                f"{grad}",
                f"{start}-{grad}",
                f"Completed {grad}",
            ]
        )
    edu_style = rng.choice(["one", "two", "three"])
    where = f"{person.city}, {person.country_name}"
    if edu_style == "one":
        edu.entries.append(Entry(f"{degree}, {person.school}", where, when))
    elif edu_style == "two":
        edu.lines += [f"{person.school}, {where}", f"{degree}   {when}"]
    else:
        edu.lines += [f"{degree}", f"{person.school} | {where}", when]
    if rng.random() < 0.5:
        prior = rng.choice(["Higher Secondary Certificate", "High School Diploma", "Pre-Medical Program"])
        edu.lines += ["", f"{prior}, {rng.choice(['City College', 'National School'])}, {person.city}    {start - 2}"]
    sections.append(edu)

    # Exams
    rows, exp_exams = _exam_lines(rng, grad, student)
    exams = Section("exams", rng.choice(HEADINGS["exams"]))
    sep = rng.choice([": ", " - ", " — ", ":  "])
    exams.lines = [f"{label}{sep}{value}" for label, value in rows]
    exams.table = [["Examination", "Result"], *[[label, value] for label, value in rows]]
    sections.append(exams)

    # USCE
    usce = Section("usce", rng.choice(HEADINGS["usce"]))
    exp_entries: list[dict[str, Any]] = []
    months: set[tuple[int, int]] = set()
    cursor = (min(grad, TODAY.year) - rng.randrange(1, 3), rng.randrange(1, 13))
    n = rng.choice([1, 2, 2, 3, 3, 4])
    used_sites: set[str] = set()
    for k in range(n):
        kind = rng.choice(["observership", "observership", "hands_on", "hands_on", "research", "telehealth"])
        spec, aliases = rng.choice(SPECIALTIES)
        site, state = rng.choice([s for s in SITES if s[0] not in used_sites])
        used_sites.add(site)
        length = rng.choice([1, 1, 2, 3])
        begin = cursor
        end_i = begin[0] * 12 + begin[1] - 1 + length - 1
        end = (end_i // 12, end_i % 12 + 1)
        ongoing = k == n - 1 and rng.random() < 0.15
        if ongoing:
            begin = (TODAY.year, max(1, TODAY.month - 2))
            end = (TODAY.year, TODAY.month)
        if end > (TODAY.year, TODAY.month):
            break
        alias = rng.choice(aliases)
        word = rng.choice(TYPE_WORDS[kind])
        title = rng.choice([f"{alias} {word}", f"{word} in {alias}", f"{word} – {alias}"])
        if kind == "telehealth":
            site = site.split(", ", 1)[1]
            site = f"Remote ({site})"
        dates = _range(rng, begin, None if ongoing else end)
        if dates.count(" ") == 1 and "–" not in dates and not ongoing and begin != end:
            pass
        details = rng.sample(
            [
                "Presented patients on daily rounds.",
                "Wrote progress notes under supervision.",
                "Attended morning report and noon conferences.",
                "Collected and analysed data for a QI project.",
                "Observed outpatient visits and procedures.",
            ],
            k=rng.randrange(0, 3),
        )
        usce.entries.append(Entry(title, site, dates, [f"• {d}" if rng.random() < 0.7 else f"- {d}" for d in details]))
        exp_entries.append({"type": kind, "specialty": spec, "state": state, "start": _ym(*begin), "end": _ym(*end)})
        months |= _months(begin, end)
        gap = rng.choice([0, 1, 2, 4]) if rng.random() < 0.85 else -1  # -1: overlapping rotations
        nxt = end[0] * 12 + end[1] - 1 + gap + (1 if gap >= 0 else -length + 1)
        cursor = (nxt // 12, nxt % 12 + 1)
    sections.append(usce)

    # Home-country work (never USCE), with years that are not the graduation year
    if not student:
        work = Section("work", rng.choice(HEADINGS["work"]))
        y = grad + 1
        work.entries.append(
            Entry(
                rng.choice(["Intern (House Officer)", "Rotating Internship", "Medical Officer"]),
                f"{rng.choice(['District Hospital', 'Teaching Hospital', 'General Hospital'])}, {where}",
                f"{y} – {y + 1}",
                ["• Managed inpatients on general medicine wards."],
            )
        )
        sections.append(work)

    # Publications
    exp_pubs = 0
    if rng.random() < 0.7:
        count = rng.randrange(0, 5)
        pubs = Section("publications", rng.choice(HEADINGS["publications"]))
        numbering = rng.choice(["num", "bullet", "plain"])
        for i in range(count):
            topic = rng.choice(["sepsis care", "heart failure readmissions", "diabetic foot ulcers"])
            ref = (
                f"{person.name.split()[-1]} {person.name[0]}, Lee K. "
                f"{rng.choice(['Outcomes of', 'Trends in', 'A review of'])} {topic} in {person.country_name}. "
                f"J Clin Med. {2018 + i};{10 + i}:{100 + i}-{110 + i}."
            )
            pubs.lines.append(f"{i + 1}. {ref}" if numbering == "num" else f"• {ref}" if numbering == "bullet" else ref)
            if numbering == "plain":
                pubs.lines.append("")
        if count == 0:
            pubs.lines.append("None")
        exp_pubs = count
        sections.append(pubs)

    # Languages
    langs = list(person.languages)
    levels = ["(native)", "(fluent)", "- fluent", "", "(professional)", "(basic)"]
    written = [f"{w} {rng.choice(levels)}".strip() for w, _ in langs]
    lang_style = rng.choice(["section", "section", "inline"])
    # Named as written where the vocabulary folds one into another (Filipino, Chinese), as the corpus writers do.
    exp_langs = [
        {"Tagalog": "Filipino", "Mandarin": "Chinese"}.get(e, e)
        if w.split()[0] in {"Filipino", "Mandarin", "Chinese"}
        else e
        for w, e in langs
    ]
    if lang_style == "section":
        sections.append(Section("languages", rng.choice(HEADINGS["languages"]), [", ".join(written)], side=True))

    # Visa
    visa_text = {
        "j1": rng.choice(
            [
                "Visa status: Will require J-1 visa sponsorship",
                "Visa: J-1 (ECFMG sponsored) required",
                "Visa status: J-1",
            ]
        ),
        "citizen": rng.choice(
            ["Citizenship: US Citizen", "Visa status: U.S. citizen", "Work authorization: US citizen"]
        ),
        "green_card": rng.choice(
            ["Immigration status: Permanent Resident (Green Card)", "Visa status: Green card holder"]
        ),
        "h1b": rng.choice(["Visa status: H-1B", "Visa: currently on H1B"]),
        "b1b2": rng.choice(["Visa status: B1/B2 visitor visa", "Visa: B1/B2"]),
        None: "",
    }[visa_kind]
    # The contract: what the applicant holds or will need for a US rotation ("J-1 required" is j1).
    exp_visa = visa_kind
    personal_lines = []
    if lang_style == "inline":
        personal_lines.append(f"Languages: {', '.join(written)}")
    if visa_text:
        personal_lines.append(visa_text)
    if personal_lines:
        sections.append(Section("personal", rng.choice(HEADINGS["personal"][:2]), personal_lines, side=True))

    # References
    refs = Section("references", rng.choice(HEADINGS["references"]), side=True)
    for name, role, mail, tel in rng.sample(REFEREES, k=rng.choice([1, 2, 2, 3])):
        refs.lines += [name, role, f"{mail} | {tel}" if rng.random() < 0.5 else mail]
        if "|" not in refs.lines[-1]:
            refs.lines.append(tel)
        refs.lines.append("")
    if rng.random() < 0.15:
        refs.lines = ["Available upon request."]
    sections.append(refs)

    expected = dict.fromkeys(PROFILE_KEYS)
    expected.update(
        full_name=person.name,
        email=email,
        phone_e164=phone_e164,
        medical_school=person.school,
        medical_school_country=person.country,
        graduation_year=grad,
        is_student=student,
        **exp_exams,
        usce_months=len({m for m in months if m <= (TODAY.year, TODAY.month)}),
        usce_entries=exp_entries,
        specialties=exp_specialties,
        languages=exp_langs,
        visa_status=exp_visa,
        publications=exp_pubs,
        needs_ocr=False,
        ocr=False,
        evidence={},
        error=False,
    )
    cv = Cv(f"{index:02d}-{layout}", layout, [*header, *contact_lines], sections, expected)
    cv.entry_style = rng.choice(["right", "below", "first"])
    if layout == "docx_tables" and rng.random() < 0.6:
        cv.header_in_page_header = True
    if layout == "docx_tables" and rng.random() < 0.4:
        cv.header = [*header]
        cv.contact_in_footer = contact_lines
    return cv


# ------------------------------------------------------------------ renderers


def _entry_lines(entry: Entry, style: str) -> list[str]:
    if style == "right":
        return [f"{entry.title}, {entry.place}    {entry.dates}", *entry.details]
    if style == "below":
        return [entry.title, f"{entry.place} | {entry.dates}", *entry.details]
    return [f"{entry.dates}   {entry.title}, {entry.place}", *entry.details]


def _section_lines(section: Section, style: str, tables: bool = False) -> list[str]:
    out = list(section.lines) if not (tables and section.table) else []
    if tables and section.table:
        out += [" | ".join(r) for r in section.table[1:]]
    for entry in section.entries:
        out += _entry_lines(entry, style)
        out.append("")
    return out


def render_txt(cv: Cv) -> bytes:
    out = [*cv.header, ""]
    for section in cv.sections:
        heading = section.heading.upper() if len(cv.case_id) % 2 else section.heading
        out += [heading, *_section_lines(section, cv.entry_style), ""]
    encoding = "utf-8-sig" if cv.case_id.startswith("0") else "utf-8"
    return "\n".join(out).encode(encoding)


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(format=("A4"))
        self.add_font("body", "", str(_FONT))
        self.add_font("body", "B", str(_FONT_BOLD))
        self.set_auto_page_break(True, margin=15)
        self.set_creation_date(datetime(2025, 1, 1))

    def use(self, size: float, bold: bool = False) -> None:
        self.set_font("body", "B" if bold else "", size)


def render_pdf_one(cv: Cv) -> bytes:
    pdf = _Pdf()
    pdf.add_page()
    for i, line in enumerate(cv.header):
        pdf.use(16 if line == cv.header[0] or (i == 1 and "CURRIC" in cv.header[0].upper()) else 9, bold=i == 0)
        pdf.multi_cell(0, 8 if i == 0 else 5, line, new_x="LMARGIN", new_y="NEXT")
    for section in cv.sections:
        pdf.ln(3)
        pdf.use(11, bold=True)
        pdf.cell(0, 7, section.heading.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.use(9)
        for line in section.lines:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT") if line else pdf.ln(2)
        for entry in section.entries:
            if cv.entry_style == "right":
                pdf.use(9, bold=True)
                pdf.cell(140, 5, f"{entry.title}, {entry.place}"[:90])
                pdf.use(9)
                pdf.cell(0, 5, entry.dates, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                for line in _entry_lines(entry, cv.entry_style)[:2]:
                    pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            for detail in entry.details:
                pdf.set_x(15)
                pdf.multi_cell(0, 5, detail, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return bytes(pdf.output())


def render_pdf_table(cv: Cv) -> bytes:
    """Exams and US rotations in ruled tables; the rest in one column."""
    pdf = _Pdf()
    pdf.add_page()
    pdf.use(15, bold=True)
    pdf.cell(0, 8, cv.header[0], new_x="LMARGIN", new_y="NEXT")
    pdf.use(9)
    for line in cv.header[1:]:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    for section in cv.sections:
        pdf.ln(3)
        pdf.use(11, bold=True)
        pdf.cell(0, 7, section.heading, new_x="LMARGIN", new_y="NEXT")
        pdf.use(8)
        if section.key == "exams":
            with pdf.table(col_widths=(70, 110)) as table:
                for cells in section.table:
                    row = table.row()
                    for text in cells:
                        row.cell(text)
            continue
        if section.key == "usce" and section.entries:
            with pdf.table(col_widths=(35, 65, 90)) as table:
                row = table.row()
                for text in ("Dates", "Rotation", "Site"):
                    row.cell(text)
                for entry in section.entries:
                    row = table.row()
                    for text in (entry.dates, entry.title, entry.place):
                        row.cell(text)
            continue
        for line in _section_lines(section, "right"):
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT") if line else pdf.ln(2)
    return bytes(pdf.output())


def render_pdf_two(cv: Cv) -> bytes:
    """A left sidebar (contact, languages, personal, references) beside the main column, interleaved
    row by row in the content stream as many CV builders write it."""
    pdf = _Pdf()
    pdf.add_page()
    pdf.use(18, bold=True)
    pdf.set_xy(10, 12)
    titled = cv.header[0].upper().startswith(("CURRIC", "RÉSUMÉ"))
    pdf.cell(0, 10, cv.header[1] if titled else cv.header[0])
    side: list[tuple[str, bool]] = [("CONTACT", True)]
    for line in cv.header[2 if titled else 1 :]:
        side += [(part.strip(), False) for part in line.split(" | ")]
    main: list[tuple[str, bool]] = []
    for section in cv.sections:
        target = side if section.side else main
        target += [("", False), (section.heading.upper(), True)]
        for line in _section_lines(section, "below"):
            if target is side:
                parts = (
                    line.split(", ")
                    if section.key == "languages" or line.startswith("Languages")
                    else line.split(" | ")
                )
                target += [(part.strip(), False) for part in parts]
            else:
                target.append((line, False))
    y_side, y_main = 30.0, 30.0
    for i in range(max(len(side), len(main))):
        if i < len(side):
            text, bold = side[i]
            pdf.use(9 if bold else 7, bold=bold)
            pdf.set_xy(10, y_side)
            pdf.cell(55, 4.5, text[:48])
            y_side += 6.5 if bold else 4.5
        if i < len(main):
            text, bold = main[i]
            pdf.use(10 if bold else 8, bold=bold)
            pdf.set_xy(72, y_main)
            pdf.cell(128, 5, text[:100])
            y_main += 7 if bold else 5
        if max(y_side, y_main) > 280:
            pdf.add_page()
            y_side = y_main = 15.0
    return bytes(pdf.output())


def _docx_heading(document: Any, text: str, styled: bool) -> None:
    if styled:
        document.add_heading(text, level=2)
        return
    run = document.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(12)


def render_docx(cv: Cv) -> bytes:
    document = docx.Document()
    styled = len(cv.case_id) % 2 == 0
    for line in cv.header:
        document.add_paragraph(line)
    for section in cv.sections:
        _docx_heading(document, section.heading, styled)
        for line in _section_lines(section, cv.entry_style):
            if line:
                document.add_paragraph(line)
    return _save(document)


def render_docx_tables(cv: Cv) -> bytes:
    """Name (and contact) in the page header or footer, exams and rotations in tables."""
    document = docx.Document()
    section0 = document.sections[0]
    if cv.header_in_page_header:
        header = section0.header
        header.is_linked_to_previous = False
        header.paragraphs[0].text = cv.header[0]
        for line in cv.header[1:]:
            header.add_paragraph(line)
    else:
        for line in cv.header:
            document.add_paragraph(line)
    if cv.contact_in_footer:
        footer = section0.footer
        footer.is_linked_to_previous = False
        footer.paragraphs[0].text = " | ".join(cv.contact_in_footer)
    for section in cv.sections:
        _docx_heading(document, section.heading, True)
        if section.key == "exams":
            table = document.add_table(rows=0, cols=2)
            for label, value in section.table[1:]:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value
            continue
        if section.key == "usce" and section.entries:
            table = document.add_table(rows=1, cols=3)
            for cell, text in zip(table.rows[0].cells, ("Dates", "Rotation", "Site"), strict=True):
                cell.text = text
            for entry in section.entries:
                cells = table.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = entry.dates, entry.title, entry.place
            continue
        for line in _section_lines(section, cv.entry_style):
            if line:
                document.add_paragraph(line)
    return _save(document)


def render_docx_sidebar(cv: Cv) -> bytes:
    """A two-cell layout table: sidebar (contact, languages, references) | main column."""
    document = docx.Document()
    document.add_paragraph(cv.header[0])
    table = document.add_table(rows=1, cols=2)
    side, main = table.rows[0].cells
    side.paragraphs[0].text = "Contact"
    for line in cv.header[1:]:
        for part in line.split(" | "):
            side.add_paragraph(part)
    main.paragraphs[0].text = ""
    for section in cv.sections:
        cell = side if section.side else main
        cell.add_paragraph(section.heading)
        for line in _section_lines(section, cv.entry_style):
            if line:
                cell.add_paragraph(line)
    return _save(document)


def _save(document: Any) -> bytes:
    document.core_properties.created = datetime(2025, 1, 1)
    document.core_properties.modified = datetime(2025, 1, 1)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


RENDERERS: dict[str, tuple[Callable[[Cv], bytes], str]] = {
    "txt": (render_txt, "txt"),
    "pdf_one": (render_pdf_one, "pdf"),
    "pdf_two": (render_pdf_two, "pdf"),
    "pdf_table": (render_pdf_table, "pdf"),
    "docx": (render_docx, "docx"),
    "docx_tables": (render_docx_tables, "docx"),
    "docx_sidebar": (render_docx_sidebar, "docx"),
}
LAYOUTS = ["txt", "pdf_one", "pdf_two", "pdf_table", "docx", "docx_tables", "pdf_one", "docx_sidebar"]
GOOD_CVS = 44


# ------------------------------------------------------------------ broken and hostile files


def _error(reason: str) -> dict[str, Any]:
    expected = dict.fromkeys(PROFILE_KEYS)
    expected.update(
        usce_entries=[], specialties=[], languages=[], needs_ocr=False, ocr=False, evidence={}, error=True,
        error_reason=reason,
    )  # fmt: skip
    return expected


def _broken(good: list[LabeledCv]) -> list[LabeledCv]:
    first_pdf = next(c for c in good if c.filename.endswith(".pdf"))
    first_docx = next(c for c in good if c.filename.endswith(".docx"))
    image = _Pdf()
    image.add_page()
    for i in range(30):
        image.rect(20, 20 + i * 8, 120 + (i % 5) * 10, 4, style="F")
    # With Tesseract the scan is read and has no text; without it the file is flagged for OCR.
    no_text = (
        _error("image-only PDF: OCR found no text")
        if ocr_available()
        else dict(_error(""), error=False, error_reason=None, needs_ocr=True)
    )
    encrypted = _Pdf()
    encrypted.set_encryption(owner_password="owner-secret", user_password="user-secret")
    encrypted.add_page()
    encrypted.use(10)
    encrypted.cell(0, 6, "Fictional Person")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (30 * 1024 * 1024))
    return [
        LabeledCv("90-image-only", "90-image-only.pdf", bytes(image.output()), no_text),
        LabeledCv("91-encrypted", "91-encrypted.pdf", bytes(encrypted.output()), _error("encrypted PDF")),
        LabeledCv("92-corrupt", "92-corrupt.pdf", first_pdf.content[:500], _error("corrupt or unreadable PDF")),
        LabeledCv(
            "93-zip-bomb",
            "93-zip-bomb.docx",
            bomb.getvalue(),
            _error("zip bomb refused: a part inflates past the size cap"),
        ),
        LabeledCv("94-docx-named-pdf", "94-docx-named-pdf.pdf", first_docx.content, first_docx.expected),
        LabeledCv("95-pdf-named-docx", "95-pdf-named-docx.docx", first_pdf.content, first_pdf.expected),
        LabeledCv("96-png", "96-png.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200), _error("corrupt or unreadable image")),
        LabeledCv(
            "97-legacy-doc",
            "97-legacy-doc.doc",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
            _error("unsupported file type"),
        ),
        LabeledCv("98-empty", "98-empty.txt", b"  \n", _error("empty file")),
    ]


# ------------------------------------------------------------------ the set


@dataclass(frozen=True)
class LabeledCv:
    case_id: str
    filename: str
    content: bytes
    expected: dict[str, Any]

    @property
    def kind(self) -> str:
        """The layout (``pdf_two``…) or the failure it stands for."""
        return self.case_id.split("-", 1)[1]


BROKEN_IDS = (
    "90-image-only",
    "91-encrypted",
    "92-corrupt",
    "93-zip-bomb",
    "94-docx-named-pdf",
    "95-pdf-named-docx",
    "96-png",
    "97-legacy-doc",
    "98-empty",
)


def case_ids() -> list[str]:
    """Ids of the whole set without rendering it (for test parametrization)."""
    return [f"{i:02d}-{LAYOUTS[i % len(LAYOUTS)]}" for i in range(GOOD_CVS)] + list(BROKEN_IDS)


def labeled_set() -> list[LabeledCv]:
    """The whole set, in a fixed order: good CVs first, then broken and hostile files."""
    good = []
    for index in range(GOOD_CVS):
        layout = LAYOUTS[index % len(LAYOUTS)]
        cv = _cv(index, layout)
        render, ext = RENDERERS[layout]
        good.append(LabeledCv(cv.case_id, f"{cv.case_id}.{ext}", render(cv), cv.expected))
    return good + _broken(good)


def write(folder: Path) -> list[Path]:
    """Write every CV and its ``.json`` expected profile into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for cv in labeled_set():
        path = folder / cv.filename
        path.write_bytes(cv.content)
        (folder / f"{cv.case_id}.json").write_text(json.dumps(cv.expected, indent=2, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "var/cv-labeled")
    print(f"wrote {len(write(target))} CVs to {target}")
