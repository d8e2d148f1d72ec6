"""The fictional applicants behind the sample form export, the partner referral sheet and the CVs.

Every person, email and phone number here is invented. Emails use only the example.com/.org/.net domains
reserved for documentation; US numbers use the 555-01xx fictional range. The rows are deliberately
messy the way real Google Form exports are, and a few are broken on purpose (see README.md).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import datetime

FORM_HEADERS = (
    "Timestamp",
    "Full Name",
    "Email Address",
    "Phone (WhatsApp)",
    "Medical School",
    "Country of Medical School",
    "Graduation Year",
    "ECFMG Certification Status",
    "USMLE Step 1",
    "USMLE Step 2 CK Score",
    "Specialties of Interest",
    "Preferred States",
    "Preferred Start Month",
    "Rotation Type",
    "Visa Status",
    "CV Link",
    "How did you hear about us?",
)

REFERRAL_HEADERS = (
    "Submitted",
    "Applicant Name",
    "E-mail",
    "Mobile",
    "School",
    "School Country",
    "YOG",
    "ECFMG",
    "Step 1",
    "Step 2 CK",
    "Specialty",
    "State(s)",
    "Start",
    "Type",
    "Visa",
    "Resume URL",
)

# How the CV behind a link is stored; "missing" means the link points at no file ("missing on Drive").
CV_KINDS = ("pdf", "pdf_two_column", "pdf_image_only", "pdf_corrupt", "docx", "docx_named_pdf", "txt", "missing")


@dataclass(frozen=True)
class Usce:
    """One US clinical experience entry as a CV lists it."""

    kind: str  # hands-on | observership | research | telehealth
    specialty: str
    city: str
    state: str
    start: tuple[int, int]  # (year, month)
    end: tuple[int, int] | None  # None = ongoing


@dataclass(frozen=True)
class Applicant:
    """One form (or referral) submission plus what that person's CV says."""

    key: str  # stable slug; the Drive id derives from it, so a resubmission reuses the same CV link
    submitted: str  # Google Forms' M/D/YYYY H:MM:SS
    name: str
    email: str
    phone: str
    school: str
    country: str
    graduation_year: str
    ecfmg: str
    step1: str
    step2ck: str
    specialties: str
    states: str
    start: str
    rotation: str
    visa: str
    link_style: str  # file | open | uc | "" (no CV link)
    heard: str
    cv_kind: str | None = None
    cv_name: str = ""  # the name as the CV prints it (clean, one line)
    home: str = ""  # city, country for the CV contact line
    languages: tuple[str, ...] = ("English",)
    usce: tuple[Usce, ...] = ()
    publications: tuple[str, ...] = ()
    # Where the CV disagrees with the form (a parser that cross-checks should flag these).
    cv_step2ck: str | None = None
    cv_graduation_year: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def drive_id(self) -> str:
        return drive_id(self.key)

    @property
    def cv_link(self) -> str:
        return drive_link(self.drive_id, self.link_style)


def drive_id(key: str) -> str:
    """A Drive-shaped file id (28–33 chars of [A-Za-z0-9_-]) that depends only on ``key``."""
    digest = hashlib.sha256(f"clerkflow-sample:{key}".encode()).digest()
    body = base64.urlsafe_b64encode(digest).decode().rstrip("=")
    return "1" + body[: 27 + digest[0] % 6]


def drive_link(file_id: str, style: str) -> str:
    """The three link shapes Google hands out for one uploaded file."""
    if style == "file":
        return f"https://drive.google.com/file/d/{file_id}/view?usp=sharing"
    if style == "open":
        return f"https://drive.google.com/open?id={file_id}"
    if style == "uc":
        return f"https://drive.google.com/uc?id={file_id}&export=download"
    return ""


def _u(kind: str, specialty: str, city: str, state: str, start: tuple[int, int], end: tuple[int, int] | None) -> Usce:
    return Usce(kind, specialty, city, state, start, end)


FORM_APPLICANTS: tuple[Applicant, ...] = (
    Applicant(
        key="priya-raghavan",
        submitted="11/18/2026 8:12:45",
        name="Priya Raghavan",
        email="priya.raghavan@example.com",
        phone="+91 98765 43210",
        school="Seth Memorial Medical College, Mumbai",
        country="India",
        graduation_year="2020",
        ecfmg="Certified",
        step1="231",
        step2ck="245",
        specialties="IM, Peds",
        states="NY, NJ",
        start="January 2027",
        rotation="Hands-on (clerkship/externship)",
        visa="J-1",
        link_style="file",
        heard="Instagram",
        cv_kind="pdf",
        cv_name="Priya Raghavan",
        home="Mumbai, India",
        languages=("English", "Hindi", "Marathi"),
        usce=(
            _u("observership", "Internal Medicine", "Brooklyn", "NY", (2024, 6), (2024, 7)),
            _u("hands-on", "Pediatrics", "Newark", "NJ", (2025, 3), (2025, 3)),
        ),
        publications=(
            "Raghavan P, Iyer S. Dengue with hepatitis in adults: a case series. Fict Med Rep. 2021;4:12-15.",
        ),
        cv_step2ck="248",
        notes=("CV says Step 2 CK 248; the form says 245",),
    ),
    Applicant(
        key="jose-alvarez",
        submitted="11/18/2026 10:40:02",
        name="José Álvarez",
        email="  Jose.Alvarez@Example.org ",
        phone="+55 11 91234-5678",
        school="Universidade Federal do Vale (UFV) Faculdade de Medicina",
        country="Brazil",
        graduation_year="2021",
        ecfmg="Pending",
        step1="Pass",
        step2ck="238",
        specialties="Internal Medicine",
        states="TX; FL",
        start="2027-02",
        rotation="Hands-on, Observership",
        visa="B1/B2",
        link_style="open",
        heard="Friend / colleague",
        cv_kind="pdf_two_column",
        cv_name="José Álvarez",
        home="São Paulo, Brazil",
        languages=("Portuguese", "Spanish", "English"),
        usce=(_u("observership", "Internal Medicine", "Miami", "FL", (2025, 1), (2025, 2)),),
        notes=("mixed-case, space-padded email",),
    ),
    Applicant(
        key="nguyen-thi-lan",
        submitted="11/18/2026 13:05:19",
        name="Nguyễn Thị Lan",
        email="lan.nguyen@example.net",
        phone="0917 123 4567",
        school="Manila Central University College of Medicine",
        country="Philippines",
        graduation_year="2022",
        ecfmg="Certified",
        step1="PASS",
        step2ck="250",
        specialties="Psych",
        states="California",
        start="Mar 2027",
        rotation="Observership",
        visa="Green Card",
        link_style="file",
        heard="Google search",
        cv_kind="pdf",
        cv_name="Nguyễn Thị Lan",
        home="Quezon City, Philippines",
        languages=("Vietnamese", "English", "Tagalog"),
        usce=(_u("telehealth", "Psychiatry", "San Diego", "CA", (2024, 9), (2024, 11)),),
    ),
    Applicant(
        key="soren-lindqvist",
        submitted="11/18/2026 19:22:37",
        name="Søren Lindqvist",
        email="soren.l@example.com",
        phone="(305) 555-0142",
        school="St. Aldric University School of Medicine",
        country="Grenada",
        graduation_year="2023",
        ecfmg="Certified",
        step1="Pass",
        step2ck="242",
        specialties="FM",
        states="anywhere",
        start="ASAP",
        rotation="Hands-on (clerkship/externship)",
        visa="US Citizen",
        link_style="uc",
        heard="YouTube",
        cv_kind="docx",
        cv_name="Søren Lindqvist",
        home="Miami, FL, USA",
        languages=("English", "Danish"),
        usce=(
            _u("hands-on", "Family Medicine", "Atlanta", "GA", (2022, 1), (2022, 2)),
            _u("hands-on", "Internal Medicine", "Orlando", "FL", (2022, 5), (2022, 6)),
        ),
        notes=("US citizen who graduated from a Caribbean school",),
    ),
    Applicant(
        key="zoe-okafor",
        submitted="11/19/2026 7:48:10",
        name="Zoë Okafor",
        email="zoe.okafor@example.com",
        phone="0803 123 4567",
        school="University of Lagos Lagoon College of Medicine",
        country="Nigeria",
        graduation_year="2019",
        ecfmg="Certified",
        step1="228",
        step2ck="245 (expected)",
        specialties="OBGYN",
        states="East Coast",
        start="03/2027",
        rotation="Observership",
        visa="Need visa",
        link_style="file",
        heard="WhatsApp group",
        cv_kind="pdf",
        cv_name="Zoë Okafor",
        home="Lagos, Nigeria",
        languages=("English", "Igbo", "Yoruba"),
        usce=(),
    ),
    Applicant(
        key="ahmed-hassan",
        submitted="11/19/2026 9:15:33",
        name="أحمد حسن",
        email="ahmed.hassan@example.org",
        phone="+20 10 1234 5678",
        school="Cairo Nile University Faculty of Medicine",
        country="Egypt",
        graduation_year="2018",
        ecfmg="Certified",
        step1="236",
        step2ck="241",
        specialties="Cardiology",
        states="New York",
        start="January 2027",
        rotation="Research",
        visa="J-1",
        link_style="file",
        heard="Facebook group",
        cv_kind="docx",
        cv_name="Ahmed Hassan (أحمد حسن)",
        home="Cairo, Egypt",
        languages=("Arabic", "English"),
        usce=(_u("research", "Cardiology", "Boston", "MA", (2023, 2), (2023, 7)),),
        publications=(
            "Hassan A, Fahmy R. Troponin trends after non-cardiac surgery. Fict J Cardiol. 2023;11:201-9.",
            "Hassan A. Atrial fibrillation screening in a rural clinic. Nile Fict Med J. 2020;2:44-8.",
        ),
        notes=("name in Arabic script on the form",),
    ),
    Applicant(
        key="aarav-sharma",
        submitted="11/19/2026 11:02:58",
        name="आरव शर्मा",
        email="AARAV.SHARMA@EXAMPLE.COM",
        phone="9812345678",
        school="Tribhuvan Valley Institute of Medicine",
        country="Nepal",
        graduation_year="2024",
        ecfmg="Pending",
        step1="Pass",
        step2ck="not taken",
        specialties="Internal Medicine",
        states="ny",
        start="Mar 2027",
        rotation="Observership",
        visa="B1/B2",
        link_style="open",
        heard="Instagram",
        cv_kind="docx",
        cv_name="Aarav Sharma (आरव शर्मा)",
        home="Kathmandu, Nepal",
        languages=("Nepali", "Hindi", "English"),
        notes=("name in Devanagari on the form; upper-case email",),
    ),
    Applicant(
        key="fatima-malik",
        submitted="11/19/2026 14:30:21",
        name="Fatima Malik",
        email="fatima.malik@example.com",
        phone="+92 300 1234567",
        school="Lahore Crescent Medical College",
        country="Pakistan",
        graduation_year="2017",
        ecfmg="Certified",
        step1="229",
        step2ck="238",
        specialties="Neuro",
        states="anywhere",
        start="2027-02",
        rotation="Hands-on (clerkship/externship)",
        visa="J-1",
        link_style="file",
        heard="Friend / colleague",
        cv_kind="pdf",
        cv_name="Fatima Malik",
        home="Lahore, Pakistan",
        languages=("English", "Urdu", "Punjabi"),
        usce=(_u("hands-on", "Neurology", "Chicago", "IL", (2023, 9), (2023, 10)),),
        cv_graduation_year="2016",
        notes=("CV says graduated 2016; the form says 2017",),
    ),
    Applicant(
        key="oleksandr-kovalenko",
        submitted="11/19/2026 16:55:07",
        name="Oleksandr Kovalenko",
        email="o.kovalenko@example.net",
        phone="+380 67 123 4567",
        school="Kharkiv Regional Medical University",
        country="Ukraine",
        graduation_year="2016",
        ecfmg="Certified",
        step1="226",
        step2ck="232",
        specialties="Gen Surg",
        states="NYC",
        start="January 2027",
        rotation="Hands-on, Observership",
        visa="Green Card",
        link_style="uc",
        heard="Google search",
        cv_kind="pdf_two_column",
        cv_name="Oleksandr Kovalenko",
        home="Brooklyn, NY, USA",
        languages=("Ukrainian", "Russian", "English"),
        usce=(
            _u("observership", "General Surgery", "Bronx", "NY", (2024, 4), (2024, 5)),
            _u("research", "General Surgery", "Philadelphia", "PA", (2025, 6), None),
        ),
        cv_step2ck="239",
        notes=("CV says Step 2 CK 239; the form says 232",),
    ),
    Applicant(
        key="rohan-mehta",
        submitted="11/20/2026 8:03:44",
        name="Rohan Mehta",
        email="rohan.mehta@example.com",
        phone="+91-99887-76655",
        school="Bharati Institute of Medical Sciences, Pune",
        country="IN",
        graduation_year="2021",
        ecfmg="Certified",
        step1="Pass",
        step2ck="245",
        specialties="Internal Medicine",
        states="New York",
        start="January 2027",
        rotation="Hands-on (clerkship/externship)",
        visa="J-1",
        link_style="file",
        heard="Instagram",
        cv_kind="pdf",
        cv_name="Rohan Mehta",
        home="Pune, India",
        languages=("English", "Hindi", "Gujarati"),
        usce=(_u("observership", "Cardiology", "Houston", "TX", (2025, 8), (2025, 9)),),
        notes=("submits again on 11/22 with another specialty",),
    ),
    Applicant(
        key="grace-adeyemi",
        submitted="11/20/2026 10:27:16",
        name="Grace\nAdeyemi",
        email="grace.adeyemi@example.org",
        phone="+234 803 123 4567",
        school="Ibadan Riverside College of Medicine",
        country="Nigeria",
        graduation_year="2022",
        ecfmg="Not yet",
        step1="Pass",
        step2ck="scheduled",
        specialties="FM",
        states="TX; FL",
        start="Mar 2027",
        rotation="Telehealth",
        visa="Need visa",
        link_style="file",
        heard="WhatsApp group",
        cv_kind="pdf",
        cv_name="Grace Adeyemi",
        home="Ibadan, Nigeria",
        languages=("English", "Yoruba"),
        usce=(_u("telehealth", "Family Medicine", "Dallas", "TX", (2025, 10), (2025, 12)),),
        notes=("newline inside the name cell",),
    ),
    Applicant(
        key="mohammed-tariq",
        submitted="11/20/2026 12:45:09",
        name="Mohammed Tariq",
        email="",
        phone="0321-7654321",
        school="Rawalpindi Hills Medical College",
        country="Pakistan",
        graduation_year="2020",
        ecfmg="Certified",
        step1="231",
        step2ck="N/A",
        specialties="IM, Peds",
        states="anywhere",
        start="2027-02",
        rotation="Observership",
        visa="Need visa",
        link_style="open",
        heard="",
        cv_kind="docx",
        cv_name="Mohammed Tariq",
        home="Rawalpindi, Pakistan",
        languages=("English", "Urdu"),
        notes=("no email address",),
    ),
    Applicant(
        key="maria-santos",
        submitted="11/20/2026 14:03:11",
        name="Maria Santos",
        email="maria.at.example.com",
        phone="+63 917 765 4321",
        school="Cebu Harbor College of Medicine",
        country="Philippines",
        graduation_year="2020",
        ecfmg="Certified",
        step1="Pass",
        step2ck="238",
        specialties="OB/GYN",
        states="California",
        start="January 2027",
        rotation="Hands-on (clerkship/externship)",
        visa="H-1B",
        link_style="file",
        heard="Facebook group",
        cv_kind="pdf",
        cv_name="Maria Santos",
        home="Cebu City, Philippines",
        languages=("English", "Tagalog", "Cebuano"),
        usce=(_u("hands-on", "Obstetrics and Gynecology", "Los Angeles", "CA", (2024, 1), (2024, 2)),),
        cv_graduation_year="2021",
        notes=("invalid email", "CV says graduated 2021; the form says 2020"),
    ),
    Applicant(
        key="anonymous-applicant",
        submitted="11/20/2026 17:38:50",
        name="",
        email="anon.applicant@example.org",
        phone="+91 90000 12345",
        school="Deccan Plateau Medical College",
        country="India",
        graduation_year="2023",
        ecfmg="Pending",
        step1="Pass",
        step2ck="not taken",
        specialties="Internal Medicine",
        states="anywhere",
        start="ASAP",
        rotation="Observership",
        visa="B1/B2",
        link_style="file",
        heard="",
        cv_kind="missing",
        notes=("empty name", "CV link points at no file"),
    ),
    Applicant(
        key="ravi-kumar",
        submitted="11/21/2026 6:12:33",
        name="Ravi Kumar<script>alert(1)</script>",
        email="ravi.kumar@example.net",
        phone="+91 91234 56789",
        school="Andhra Coastal Medical College",
        country="India",
        graduation_year="2022",
        ecfmg="Certified",
        step1="Pass",
        step2ck="238",
        specialties="Internal Medicine",
        states="NY, NJ",
        start="2027-02",
        rotation="Hands-on (clerkship/externship)",
        visa="J-1",
        link_style="file",
        heard="Google search",
        cv_kind="txt",
        cv_name="Ravi Kumar",
        home="Visakhapatnam, India",
        languages=("English", "Telugu", "Hindi"),
        usce=(_u("hands-on", "Internal Medicine", "Jersey City", "NJ", (2025, 4), (2025, 5)),),
        notes=("HTML/script in the name", "plain-text CV"),
    ),
    Applicant(
        key="chloe-baptiste",
        submitted="11/21/2026 9:44:27",
        name="Chloe Baptiste",
        email="chloe.baptiste@example.com",
        phone="+1 767 245 0134",
        school='=HYPERLINK("https://evil.example.net/x","Windward Isles School of Medicine")',
        country="Dominica",
        graduation_year="2028",
        ecfmg="N/A",
        step1="",
        step2ck="N/A",
        specialties="Psych",
        states="NY, NJ",
        start="2027-02",
        rotation="Observership",
        visa="Need visa",
        link_style="uc",
        heard="Instagram",
        cv_kind="docx",
        cv_name="Chloe Baptiste",
        home="Roseau, Dominica",
        languages=("English", "French"),
        notes=("formula injection in the school cell", "student (graduates 2028)"),
    ),
    Applicant(
        key="chinedu-okoro",
        submitted="11/21/2026 13:20:15",
        name="Chinedu Okoro",
        email="chinedu.okoro@example.org",
        phone="08091234567",
        school="Enugu Hills College of Medicine",
        country="Nigeria",
        graduation_year="2020",
        ecfmg="Pending",
        step1="Pass",
        step2ck="240",
        specialties="Neuro",
        states="East Coast",
        start="ASAP",
        rotation="Observership",
        visa="B1/B2",
        link_style="",
        heard="WhatsApp group",
        notes=("empty CV link",),
    ),
    Applicant(
        key="rohan-mehta",
        submitted="11/22/2026 9:05:12",
        name="Rohan Mehta",
        email=" Rohan.Mehta@Example.COM ",
        phone="+91-99887-76655",
        school="Bharati Institute of Medical Sciences, Pune",
        country="IN",
        graduation_year="2021",
        ecfmg="Certified",
        step1="Pass",
        step2ck="245",
        specialties="Cardiology, Internal Medicine",
        states="New York",
        start="January 2027",
        rotation="Hands-on (clerkship/externship)",
        visa="J-1",
        link_style="open",
        heard="Instagram",
        cv_kind="pdf",
        cv_name="Rohan Mehta",
        notes=("second submission by the same person: email differs only by case and spaces; specialty updated",),
    ),
    Applicant(
        key="ana-souza",
        submitted="11/22/2026 15:47:39",
        name="Ana Beatriz Souza",
        email="ana.souza@example.net",
        phone="(21) 98765-4321",
        school="Universidade Estadual do Litoral Faculdade de Medicina",
        country="Brazil",
        graduation_year="2027",
        ecfmg="Not yet",
        step1="",
        step2ck="not taken",
        specialties="Internal Medicine",
        states="California",
        start="2027-02",
        rotation="Research",
        visa="Need visa",
        link_style="file",
        heard="YouTube",
        cv_kind="docx",
        cv_name="Ana Beatriz Souza",
        home="Rio de Janeiro, Brazil",
        languages=("Portuguese", "English", "Spanish"),
        publications=("Souza AB, Lima T. Sepsis bundles in a teaching ward. Fict Braz Med. 2025;7:88-91.",),
        notes=("student (graduates 2027), Brazilian local phone",),
    ),
    Applicant(
        key="hira-qureshi",
        submitted="11/22/2026 21:16:04",
        name="Hira Qureshi",
        email="hira.qureshi@example.com",
        phone="+92 333 7654321",
        school="Karachi Seaside Medical College",
        country="Pakistan",
        graduation_year="2019",
        ecfmg="Not yet",
        step1="fail",
        step2ck="not taken",
        specialties="Psych",
        states="anywhere",
        start="Mar 2027",
        rotation="Telehealth",
        visa="Need visa",
        link_style="file",
        heard="Friend / colleague",
        cv_kind="pdf_image_only",
        cv_name="Hira Qureshi",
        notes=("scanned CV: a PDF with no text layer",),
    ),
    Applicant(
        key="kavya-nair",
        submitted="11/23/2026 7:30:58",
        name="Kavya Nair",
        email="kavya.nair@example.org",
        phone="098470 12345",
        school="Malabar Coast Medical College",
        country="IN",
        graduation_year="2015",
        ecfmg="Certified",
        step1="221",
        step2ck="238",
        specialties="OBGYN",
        states="NYC",
        start="Mar 2027",
        rotation="Observership",
        visa="H-1B",
        link_style="file",
        heard="Google search",
        cv_kind="pdf_corrupt",
        cv_name="Kavya Nair",
        notes=("CV upload is a truncated, unreadable PDF",),
    ),
    Applicant(
        key="juan-reyes",
        submitted="11/23/2026 12:09:41",
        name="Juan Miguel Reyes",
        email="jm.reyes@example.com",
        phone="09171234567",
        school="Davao Gulf University College of Medicine",
        country="Philippines",
        graduation_year="2019",
        ecfmg="Certified",
        step1="235",
        step2ck="247",
        specialties="IM, Peds",
        states="TX; FL",
        start="January 2027",
        rotation="Hands-on, Observership",
        visa="J-1",
        link_style="uc",
        heard="Facebook group",
        cv_kind="docx_named_pdf",
        cv_name="Juan Miguel Reyes",
        home="Davao City, Philippines",
        languages=("English", "Tagalog"),
        usce=(_u("hands-on", "Pediatrics", "San Antonio", "TX", (2024, 10), (2024, 11)),),
        notes=("a DOCX uploaded under a .pdf name",),
    ),
    Applicant(
        key="marcus-campbell",
        submitted="11/23/2026 18:52:26",
        name="Marcus Campbell",
        email="marcus.campbell@example.net",
        phone="+1 876 555 0123",
        school="Windward Isles School of Medicine",
        country="Dominica",
        graduation_year="2024",
        ecfmg="Certified",
        step1="Pass",
        step2ck="238",
        specialties="Gen Surg",
        states="East Coast",
        start="ASAP",
        rotation="Hands-on (clerkship/externship)",
        visa="Need visa",
        link_style="file",
        heard="Friend / colleague",
        cv_kind="pdf",
        cv_name="Marcus Campbell",
        home="Kingston, Jamaica",
        languages=("English",),
        usce=(_u("hands-on", "General Surgery", "Baltimore", "MD", (2023, 3), (2023, 4)),),
        notes=("Jamaican graduate of a Caribbean school",),
    ),
    Applicant(
        key="emily-carter",
        submitted="11/24/2026 10:14:07",
        name="Emily Carter",
        email="Emily.Carter@example.com",
        phone="+1 (617) 555-0199",
        school="Chennai Bayview Medical College",
        country="India",
        graduation_year="2018",
        ecfmg="Certified",
        step1="240",
        step2ck="251",
        specialties="Cardiology",
        states="New York",
        start="03/2027",
        rotation="Hands-on, Observership",
        visa="Green Card",
        link_style="file",
        heard="Google search",
        cv_kind="docx",
        cv_name="Emily Carter",
        home="Boston, MA, USA",
        languages=("English", "Tamil"),
        usce=(
            _u("hands-on", "Cardiology", "New York", "NY", (2025, 1), (2025, 2)),
            _u("research", "Internal Medicine", "Boston", "MA", (2025, 6), None),
        ),
        publications=("Carter E, Rao V. Heart failure readmissions after discharge. Fict Cardio Rep. 2024;9:3-8.",),
        notes=("US phone, Indian school, green card",),
    ),
    Applicant(
        key="bilal-ahmed",
        submitted="11/24/2026 16:33:48",
        name="Bilal Ahmed",
        email="bilal.ahmed@example.org",
        phone="010 9876 5432",
        school="Alexandria Bay Faculty of Medicine",
        country="Egypt",
        graduation_year="2021",
        ecfmg="Pending",
        step1="Pass",
        step2ck="scheduled",
        specialties="Internal Medicine",
        states="TX; FL",
        start="2027-02",
        rotation="Observership",
        visa="B1/B2",
        link_style="file",
        heard="Instagram",
        cv_kind="missing",
        notes=("CV link points at no file",),
    ),
)


@dataclass(frozen=True)
class Referral:
    """One row of a partner agency's sheet: other headers, Excel-typed cells, some numbers as numbers."""

    submitted: datetime
    applicant: Applicant
    mobile: str | int
    yog: int | str
    step2ck: int | str
    specialty: str
    states: str
    start: str
    rotation: str


def _fatima() -> Applicant:
    return next(a for a in FORM_APPLICANTS if a.key == "fatima-malik")


REFERRALS: tuple[Referral, ...] = (
    Referral(
        submitted=datetime(2026, 11, 19, 9, 30),
        applicant=Applicant(
            key="deepak-thapa",
            submitted="",
            name="Deepak Thapa",
            email="deepak.thapa@example.net",
            phone="",
            school="Pokhara Lakeside Medical College",
            country="Nepal",
            graduation_year="2021",
            ecfmg="Certified",
            step1="Pass",
            step2ck="236",
            specialties="",
            states="",
            start="",
            rotation="",
            visa="J-1",
            link_style="open",
            heard="",
            cv_kind="docx",
            cv_name="Deepak Thapa",
            home="Pokhara, Nepal",
            languages=("Nepali", "English", "Hindi"),
            usce=(_u("observership", "Internal Medicine", "Queens", "NY", (2025, 2), (2025, 3)),),
        ),
        mobile=9779801234567,
        yog=2021,
        step2ck=236,
        specialty="Int. Med",
        states="NY/NJ",
        start="Feb 2027",
        rotation="Observership",
    ),
    Referral(
        submitted=datetime(2026, 11, 20, 15, 5),
        applicant=Applicant(
            key="layla-mansour",
            submitted="",
            name="Layla Mansour",
            email="layla.mansour@example.org",
            phone="",
            school="Cairo Nile University Faculty of Medicine",
            country="Egypt",
            graduation_year="2022",
            ecfmg="Pending",
            step1="Pass",
            step2ck="",
            specialties="",
            states="",
            start="",
            rotation="",
            visa="B1/B2",
            link_style="file",
            heard="",
            cv_kind="pdf",
            cv_name="Layla Mansour",
            home="Giza, Egypt",
            languages=("Arabic", "English", "French"),
        ),
        mobile="+20 122 345 6789",
        yog=2022,
        step2ck="pending",
        specialty="Pediatrics",
        states="Texas",
        start="2027-04",
        rotation="Observership",
    ),
    Referral(
        submitted=datetime(2026, 11, 21, 11, 45),
        applicant=_fatima(),
        mobile="+92 300 1234567",
        yog=2017,
        step2ck=238,
        specialty="Neurology",
        states="Anywhere",
        start="Feb 2027",
        rotation="Clerkship",
    ),
    Referral(
        submitted=datetime(2026, 11, 23, 8, 20),
        applicant=Applicant(
            key="ikechukwu-obi",
            submitted="",
            name="Ikechukwu Obi",
            email="ike.obi@example.com",
            phone="",
            school="Enugu Hills College of Medicine",
            country="Nigeria",
            graduation_year="2023",
            ecfmg="Not yet",
            step1="Pass",
            step2ck="",
            specialties="",
            states="",
            start="",
            rotation="",
            visa="Need visa",
            link_style="uc",
            heard="",
            cv_kind="pdf",
            cv_name="Ikechukwu Obi",
            home="Enugu, Nigeria",
            languages=("English", "Igbo"),
            usce=(_u("telehealth", "Family Medicine", "Nashville", "TN", (2025, 5), (2025, 7)),),
        ),
        mobile="0805 987 6543",
        yog=2023,
        step2ck="N/A",
        specialty="Family Med",
        states="TN, GA",
        start="ASAP",
        rotation="Telehealth",
    ),
)

# The overlapping referral writes the email in another case, as partner sheets do.
REFERRAL_EMAIL_OVERRIDES = {"fatima-malik": "FATIMA.MALIK@example.com"}


def form_rows() -> list[list[str]]:
    """The Google Form export: header row, then one row per submission in submission order."""
    rows = [list(FORM_HEADERS)]
    for a in FORM_APPLICANTS:
        rows.append(
            [
                a.submitted,
                a.name,
                a.email,
                a.phone,
                a.school,
                a.country,
                a.graduation_year,
                a.ecfmg,
                a.step1,
                a.step2ck,
                a.specialties,
                a.states,
                a.start,
                a.rotation,
                a.visa,
                a.cv_link,
                a.heard,
            ]
        )
    return rows


def referral_rows() -> list[list[object]]:
    """The partner sheet: header row, then typed cells (datetimes and ints stay Excel-typed)."""
    rows: list[list[object]] = [list(REFERRAL_HEADERS)]
    for r in REFERRALS:
        a = r.applicant
        rows.append(
            [
                r.submitted,
                a.cv_name or a.name,
                REFERRAL_EMAIL_OVERRIDES.get(a.key, a.email),
                r.mobile,
                a.school,
                a.country,
                r.yog,
                a.ecfmg,
                a.step1,
                r.step2ck,
                r.specialty,
                r.states,
                r.start,
                r.rotation,
                a.visa,
                a.cv_link,
            ]
        )
    return rows


def cv_owners() -> list[Applicant]:
    """Each distinct person with a CV link, once (the resubmission shares its first row's file)."""
    seen: dict[str, Applicant] = {}
    for a in (*FORM_APPLICANTS, *(r.applicant for r in REFERRALS)):
        if a.link_style and a.key not in seen:
            seen[a.key] = a
    return list(seen.values())
