"""Render the fictional applicants' CVs as PDF (fpdf2), DOCX (python-docx) and plain text.

CVs vary the way real ones do (section headings, date formats, one or two columns, tables, a contact line
in the DOCX page header) so the CV parser meets that variety in tests. Each CV also lists two referees
with their own emails and phones, which a parser must not mistake for the applicant's.
"""

from __future__ import annotations

import io
import random
import re
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from include.sample_data.applicants import Applicant, Usce

FIXED_TIME = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
_ZIP_TIME = (2026, 11, 1, 9, 0, 0)
_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = (
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

EDUCATION_HEADINGS = ("Education", "Academic Background", "EDUCATION & TRAINING")
CLINICAL_HEADINGS = ("Clinical Experience", "USCE", "US Clinical Experience")
EXAM_HEADINGS = ("Licensure & Examinations", "USMLE")

_KIND_LABELS = {
    "hands-on": ("Hands-on clerkship", "Externship (hands-on)", "Clinical clerkship - hands-on"),
    "observership": ("Observership", "Clinical observership"),
    "research": ("Research fellowship", "Clinical research"),
    "telehealth": ("Telehealth rotation", "Virtual rotation (telehealth)"),
}
_DEGREES = {
    "India": "MBBS",
    "IN": "MBBS",
    "Nepal": "MBBS",
    "Pakistan": "MBBS",
    "Nigeria": "MBBS",
    "Egypt": "MBBCh",
    "Brazil": "Médico (MD equivalent)",
}
_REFEREES = (
    ("Dr. Helen Park, MD", "Attending Physician, Internal Medicine", "h.park@example.org", "+1 (718) 555-0131"),
    ("Dr. Samuel Whitaker, MD", "Program Director, Family Medicine", "swhitaker@example.net", "(404) 555-0178"),
    ("Prof. Anil Deshpande", "Professor of Medicine", "anil.deshpande@example.org", "+91 98200 11223"),
    ("Dr. Rachel Goldberg, DO", "Clinical Preceptor, Pediatrics", "rgoldberg@example.com", "+1 973 555 0164"),
    ("Dr. Kwame Asante, MBChB", "Consultant Physician", "k.asante@example.net", "+234 802 555 1199"),
    ("Dr. Laura Mendes, MD", "Associate Professor of Surgery", "laura.mendes@example.org", "+55 21 99876-1122"),
    ("Dr. Omar Farouk, MD", "Head of Cardiology Unit", "o.farouk@example.net", "+20 100 555 7788"),
    ("Dr. Patricia Nolan, MD", "Attending Psychiatrist", "pnolan@example.com", "(619) 555-0107"),
)
_SITES = (
    "Riverside Community Hospital",
    "Lakeview Medical Center",
    "St. Brendan Teaching Hospital",
    "Harborview Family Clinic",
    "Northgate Internal Medicine Associates",
)


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class CvContent:
    """What one CV says, laid out independently of the file format."""

    name: str
    contact: str
    sections: tuple[Section, ...]
    usce_rows: tuple[tuple[str, str, str, str], ...]  # (dates, type, specialty, location) for DOCX tables
    clinical_heading: str


def _month(ym: tuple[int, int], style: int) -> str:
    year, month = ym
    if style == 0:
        return f"{month:02d}/{year}"
    if style == 1:
        return f"{_MONTHS[month - 1]} {year}"
    if style == 2:
        return f"{_MONTHS_LONG[month - 1]} {year}"
    return f"{year}.{month:02d}"


def _range(u: Usce, style: int) -> str:
    end = "Present" if u.end is None else _month(u.end, style)
    return f"{_month(u.start, style)} - {end}"


def _contact_email(a: Applicant) -> str:
    email = a.email.strip().lower()
    if "@" in email:
        return email
    # The form row lost or mangled the address; the CV has the real one.
    first, _, last = a.cv_name.partition(" ")
    return f"{first[:1].lower()}.{last.split(' ')[-1].lower()}@example.net" if last else "applicant@example.net"


def cv_content(a: Applicant, variant: int) -> CvContent:
    """The sections of ``a``'s CV; ``variant`` picks headings, date format and wording deterministically."""
    rng = random.Random(f"clerkflow-cv:{a.key}")
    style = variant % 4
    grad = a.cv_graduation_year or a.graduation_year
    degree = _DEGREES.get(a.country, "Doctor of Medicine (MD)")
    start_year = int(grad) - (6 if degree.startswith("MB") else 5)
    student = int(grad) > 2026
    if student:
        edu = f"{degree} candidate, {a.school} ({a.country}), expected graduation {_MONTHS_LONG[5]} {grad}"
    elif style in (0, 3):
        edu = f"{degree}, {a.school}, {a.country}, {start_year}–{grad}"
    else:
        edu = f"{degree}, {a.school}, {a.country}. Graduated {_month((int(grad), 6), style)}"
    education = [edu]
    if not student and degree.startswith("MB"):
        education.append(f"Internship (house job), {a.school} Teaching Hospital, {_month((int(grad) + 1, 7), style)}")

    exams: list[str] = []
    if a.step1:
        exams.append(f"USMLE Step 1: {a.step1.capitalize() if a.step1.isalpha() else a.step1}")
    step2 = a.cv_step2ck or a.step2ck
    if step2.isdigit():
        exams.append(f"USMLE Step 2 CK: {step2}")
    elif "expected" in step2:
        exams.append("USMLE Step 2 CK: taken 11/2026, result awaited")
    elif step2 == "scheduled":
        exams.append("USMLE Step 2 CK: scheduled for January 2027")
    if a.ecfmg == "Certified":
        exams.append(f"ECFMG Certified ({int(grad) + 2 if int(grad) < 2024 else 2026})")
    elif a.ecfmg in ("Pending", "Not yet"):
        exams.append("ECFMG certification: pending")

    clinical: list[str] = []
    rows: list[tuple[str, str, str, str]] = []
    for u in a.usce:
        label = rng.choice(_KIND_LABELS[u.kind])
        site = rng.choice(_SITES)
        dates = _range(u, style)
        clinical.append(f"{dates}  {label}, {u.specialty} - {site}, {u.city}, {u.state}")
        rows.append((dates, label, u.specialty, f"{site}, {u.city}, {u.state}"))
    if all(u.kind == "observership" for u in a.usce) and a.usce and variant % 2:
        clinical_heading = "Observerships"
    else:
        clinical_heading = CLINICAL_HEADINGS[variant % len(CLINICAL_HEADINGS)]
    if not clinical:
        clinical.append("No US clinical experience yet.")

    referees = rng.sample(_REFEREES, 2)
    references = [f"{n}, {t}. Email: {e}. Phone: {p}" for n, t, e, p in referees]
    phone = a.phone
    sections = [
        Section(EDUCATION_HEADINGS[variant % len(EDUCATION_HEADINGS)], tuple(education)),
        Section(EXAM_HEADINGS[variant % len(EXAM_HEADINGS)], tuple(exams) or ("Preparing for USMLE Step 1",)),
        Section(clinical_heading, tuple(clinical)),
        Section("Languages", (", ".join(a.languages),)),
    ]
    if a.publications:
        sections.append(Section("Publications", a.publications))
    sections.append(Section("References", tuple(references)))
    contact = f"{_contact_email(a)} | {phone} | {a.home}".strip(" |")
    return CvContent(a.cv_name, contact, tuple(sections), tuple(rows), clinical_heading)


# ---- PDF ----------------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Latin-1 text for fpdf2's core fonts, used only when no DejaVu TTF is on the machine."""
    out = []
    for ch in text.replace("–", "-").replace("—", "-"):
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base if base.isascii() and base else {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D"}.get(ch, "?"))
    return "".join(out)


class _Pdf:
    """fpdf2 with a Unicode font where the machine has one, a fixed creation date either way."""

    def __init__(self) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(format="A4")
        self.pdf.set_creation_date(FIXED_TIME)
        self.pdf.set_title("Curriculum Vitae")
        self.pdf.set_author("")
        self.pdf.set_creator("clerkflow sample data")
        self.pdf.set_producer("fpdf2")
        regular, bold = _FONT_DIR / "DejaVuSans.ttf", _FONT_DIR / "DejaVuSans-Bold.ttf"
        self.unicode = regular.is_file() and bold.is_file()
        if self.unicode:
            self.pdf.add_font("DejaVu", "", str(regular))
            self.pdf.add_font("DejaVu", "B", str(bold))
            self.family = "DejaVu"
        else:
            self.family = "Helvetica"
        self.pdf.set_auto_page_break(auto=True, margin=15)
        self.pdf.add_page()

    def text(self, value: str) -> str:
        return value if self.unicode else _fold(value)

    def font(self, size: float, bold: bool = False) -> None:
        self.pdf.set_font(self.family, "B" if bold else "", size)

    def block(self, x: float, width: float, value: str, height: float = 5) -> None:
        self.pdf.set_x(x)
        self.pdf.multi_cell(width, height, self.text(value), align="L", new_x="LMARGIN", new_y="NEXT")

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def render_pdf(content: CvContent) -> bytes:
    """A one-column CV: name, contact line, then each section."""
    doc = _Pdf()
    doc.font(18, bold=True)
    doc.block(10, 0, content.name, 9)
    doc.font(9.5)
    doc.block(10, 0, content.contact)
    for section in content.sections:
        doc.pdf.ln(3)
        doc.font(12, bold=True)
        doc.block(10, 0, section.heading, 7)
        doc.font(10)
        for line in section.lines:
            doc.block(10, 0, line)
    return doc.output()


def render_pdf_two_column(content: CvContent) -> bytes:
    """Sidebar (contact, languages, references) beside the main column, as design templates do."""
    doc = _Pdf()
    doc.font(18, bold=True)
    doc.block(10, 0, content.name, 9)
    top = doc.pdf.get_y() + 3
    side = [Section("Contact", tuple(content.contact.split(" | ")))]
    side += [s for s in content.sections if s.heading in ("Languages", "References")]
    main = [s for s in content.sections if s.heading not in ("Languages", "References")]
    for x, width, sections in ((10, 58, side), (74, 126, main)):
        doc.pdf.set_y(top)
        for section in sections:
            doc.font(11, bold=True)
            doc.block(x, width, section.heading, 6)
            doc.font(9)
            for line in section.lines:
                doc.block(x, width, line, 4.5)
            doc.pdf.ln(2)
    return doc.output()


def _png(width: int, height: int, rng: random.Random) -> bytes:
    """A grayscale PNG of dark bars shaped like lines of text: pixels only, no text layer anywhere."""
    white = b"\x00" + b"\xff" * width
    rows: list[bytes] = []
    y = 0
    while y < height:
        if 60 <= y < height - 80 and y % 28 < 10:
            length = rng.randint(width // 3, width - 140) if y % 196 else width // 4
            line = b"\x00" + b"\xff" * 70 + b"\x30" * length + b"\xff" * (width - 70 - length)
            rows.extend([line] * 10)
            y += 10
        else:
            rows.append(white)
            y += 1
    raw = b"".join(rows[:height])

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def render_pdf_image_only(key: str) -> bytes:
    """A 'scanned' CV: one page that is a picture, so text extraction finds nothing and OCR is needed."""
    doc = _Pdf()
    doc.pdf.image(io.BytesIO(_png(620, 877, random.Random(f"clerkflow-scan:{key}"))), x=0, y=0, w=210)
    return doc.output()


def render_pdf_corrupt(content: CvContent) -> bytes:
    """A real CV cut off mid-upload: the header is right, the xref and trailer are gone."""
    whole = render_pdf(content)
    return whole[: len(whole) * 2 // 5]


# ---- DOCX and text ------------------------------------------------------------------------------------------


def render_docx(content: CvContent, variant: int) -> bytes:
    """Contact line in the page header, experience in a table (parsers that skip tables miss it)."""
    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.author = "Applicant"
    props.last_modified_by = "Applicant"
    props.title = "Curriculum Vitae"
    props.created = props.modified = props.last_printed = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    doc.sections[0].header.paragraphs[0].text = content.contact
    doc.add_heading(content.name, level=0)
    for section in content.sections:
        doc.add_heading(section.heading, level=1)
        if section.heading == content.clinical_heading and content.usce_rows:
            table = doc.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            for cell, title in zip(table.rows[0].cells, ("Dates", "Type", "Specialty", "Location"), strict=True):
                cell.text = title
            for row in content.usce_rows:
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    cell.text = value
            continue
        if section.heading in EXAM_HEADINGS and variant % 2 == 0:
            table = doc.add_table(rows=0, cols=2)
            for line in section.lines:
                label, _, value = line.partition(": ")
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value or "yes"
            continue
        for line in section.lines:
            doc.add_paragraph(line, style="List Bullet")
    buf = io.BytesIO()
    doc.save(buf)
    return reproducible_zip(buf.getvalue())


def render_txt(content: CvContent) -> bytes:
    lines = [content.name, content.contact, ""]
    for section in content.sections:
        lines += [section.heading.upper(), "-" * len(section.heading)]
        lines += [f"* {line}" for line in section.lines] + [""]
    return "\n".join(lines).encode("utf-8")


_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def reproducible_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed entry times and fixed core-property dates, so output is byte-stable."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(rb"\g<1>" + stamp + rb"\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, body)
    return out.getvalue()


_SUFFIXES = {
    "pdf": ".pdf",
    "pdf_two_column": ".pdf",
    "pdf_image_only": ".pdf",
    "pdf_corrupt": ".pdf",
    "docx": ".docx",
    "docx_named_pdf": ".pdf",  # a DOCX uploaded under the wrong extension
    "txt": ".txt",
}


def cv_suffix(kind: str | None) -> str | None:
    """The file extension a CV of ``kind`` is stored under; None when there is no file."""
    if kind in (None, "missing"):
        return None
    if kind not in _SUFFIXES:
        raise ValueError(f"unknown CV kind {kind!r}")
    return _SUFFIXES[kind]


def render_cv(a: Applicant, variant: int) -> bytes | None:
    """The bytes of ``a``'s CV in the format its ``cv_kind`` names; None when no file exists."""
    if cv_suffix(a.cv_kind) is None:
        return None
    if a.cv_kind == "pdf_image_only":
        return render_pdf_image_only(a.key)
    content = cv_content(a, variant)
    renderers = {
        "pdf": lambda: render_pdf(content),
        "pdf_two_column": lambda: render_pdf_two_column(content),
        "pdf_corrupt": lambda: render_pdf_corrupt(content),
        "docx": lambda: render_docx(content, variant),
        "docx_named_pdf": lambda: render_docx(content, variant),
        "txt": lambda: render_txt(content),
    }
    return renderers[a.cv_kind]()  # type: ignore[index]
