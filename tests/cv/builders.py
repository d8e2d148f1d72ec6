"""Realistic CVs built in memory (fpdf2, python-docx) so tests need no binary fixtures in the repo."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.shared import Pt
from fpdf import FPDF
from PIL import Image, ImageFilter

TODAY = date(2025, 6, 1)
_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

NAME = "Aisha Bello"
CONTACT = "Lagos, Nigeria | aisha.bello@example.com | +234 803 123 4567"
EDUCATION = [
    "MBBS, University of Lagos College of Medicine, Lagos, Nigeria        2013 – 2019",
    "Senior Secondary School Certificate, Queen's College, Lagos        2007 – 2013",
]
EXAMS = [
    "USMLE Step 1: PASS (2021)",
    "USMLE Step 2 CK (2023): 248",
    "Step 3: 231",
    "ECFMG Certification: Certified (August 2023)",
]
USCE = [
    ("Internal Medicine Observership, Mount Sinai Hospital, New York, NY", "Jun 2022 – Aug 2022"),
    ("Hands-on Externship in Family Medicine, Houston, TX", "07/2022 - 10/2022"),
    ("Research Elective, Cardiology, Chicago, IL", "2023.01 - 2023.02"),
]
HOME = [("House Officer, Internal Medicine, Lagos University Teaching Hospital, Lagos, Nigeria", "2019 – 2020")]
PUBLICATIONS = [
    "1. Bello A, Okafor C. Sepsis outcomes in Lagos. West Afr J Med. 2020;37:100-110.",
    "2. Bello A. Diabetes care in rural Nigeria. Cureus. 2021;13:e1234.",
]
LANGUAGES = "English (fluent), Yoruba (native), French (basic)"
VISA = "Visa status: B1/B2 visa holder"
REFERENCES = [
    "Dr. John Smith, MD, Program Director, Mount Sinai Hospital",
    "john.smith@mountsinai.org | (212) 241-6500",
]

EXPECTED = {
    "full_name": "Aisha Bello",
    "email": "aisha.bello@example.com",
    "phone_e164": "+2348031234567",
    "medical_school": "University of Lagos College of Medicine",
    "medical_school_country": "NG",
    "graduation_year": 2019,
    "is_student": False,
    "usmle_step1": "pass",
    "usmle_step2ck": 248,
    "usmle_step3": 231,
    "ecfmg_status": "certified",
    "usce_months": 7,  # Jun–Oct 2022 (overlap once) + Jan–Feb 2023
    "usce_entries": [
        {"type": "observership", "specialty": "Internal Medicine", "state": "NY", "start": "2022-06", "end": "2022-08"},
        {"type": "hands_on", "specialty": "Family Medicine", "state": "TX", "start": "2022-07", "end": "2022-10"},
        {"type": "research", "specialty": "Cardiology", "state": "IL", "start": "2023-01", "end": "2023-02"},
    ],
    "specialties": [],  # no stated interest; past rotations' specialties are not pursued ones (issue 12)
    "languages": ["English", "Yoruba", "French"],
    "visa_status": "b1b2",
    "publications": 2,
    "needs_ocr": False,
    "ocr": False,
    "ocr_confidence": None,
    "evidence": {},  # not compared: where each field was found (tests/cv/test_layout.py checks it)
    "error": False,
    "error_reason": None,
}


def cv_text() -> str:
    """The CV as a plain-text file would hold it."""
    out = [NAME.upper(), CONTACT, "", "EDUCATION & TRAINING", *EDUCATION, "", "Licensure & Examinations", *EXAMS]
    out += ["", "US Clinical Experience"]
    for title, dates in USCE:
        out += [f"{title}    {dates}", "- Presented patients on daily rounds.", ""]
    out += ["Clinical Experience (Nigeria)"]
    out += [f"{title}    {dates}" for title, dates in HOME]
    out += ["", "Publications", *PUBLICATIONS, "", "Languages", LANGUAGES, "", VISA, "", "References", *REFERENCES]
    return "\n".join(out) + "\n"


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.unicode = _FONT.exists() and _FONT_BOLD.exists()
        if self.unicode:
            self.add_font("body", "", str(_FONT))
            self.add_font("body", "B", str(_FONT_BOLD))
        self.set_auto_page_break(True, margin=15)

    def use(self, size: float, bold: bool = False) -> None:
        self.set_font("body" if self.unicode else "Helvetica", "B" if bold else "", size)

    def safe(self, text: str) -> str:
        return text if self.unicode else text.replace("–", "-")


def one_column_pdf() -> bytes:
    """A single-column PDF with dates right-aligned on each entry's line."""
    pdf = _Pdf()
    pdf.add_page()
    pdf.use(18, bold=True)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.use(10)
    pdf.cell(0, 6, CONTACT, new_x="LMARGIN", new_y="NEXT")

    def heading(text: str) -> None:
        pdf.ln(4)
        pdf.use(12, bold=True)
        pdf.cell(0, 7, text.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.use(10)

    def entry(title: str, dates: str) -> None:
        pdf.cell(140, 6, pdf.safe(title))
        pdf.cell(0, 6, pdf.safe(dates), align="R", new_x="LMARGIN", new_y="NEXT")

    heading("Education & Training")
    for line in EDUCATION:
        title, dates = line.rsplit("  ", 1)
        entry(title.strip(), dates.strip())
    heading("Licensure & Examinations")
    for line in EXAMS:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    heading("US Clinical Experience")
    for title, dates in USCE:
        entry(title, dates)
        pdf.cell(0, 6, "- Presented patients on daily rounds.", new_x="LMARGIN", new_y="NEXT")
    heading("Clinical Experience (Nigeria)")
    for title, dates in HOME:
        pdf.use(9)
        entry(title, dates)
        pdf.use(10)
    heading("Publications")
    for line in PUBLICATIONS:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    heading("Languages")
    pdf.cell(0, 6, LANGUAGES, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 6, VISA, new_x="LMARGIN", new_y="NEXT")
    heading("References")
    for line in REFERENCES:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def two_column_pdf() -> bytes:
    """A sidebar (contact, languages, visa, references) beside a main column, written row by row.

    The content stream interleaves the columns line by line, as many CV builders do, so reading the
    page in stream order would mix them.
    """
    pdf = _Pdf()
    pdf.add_page()
    pdf.use(20, bold=True)
    pdf.set_xy(10, 12)
    pdf.cell(0, 10, NAME)
    side: list[tuple[str, bool]] = [("CONTACT", True)]
    side += [(part, False) for part in CONTACT.split(" | ")]
    side += [("", False), ("LANGUAGES", True), *[(x.strip(), False) for x in LANGUAGES.split(",")]]
    side += [("", False), ("VISA", True), (VISA.split(": ")[1], False)]
    side += [("", False), ("REFERENCES", True), ("Dr. John Smith, MD", False), ("Mount Sinai Hospital", False)]
    side += [("john.smith@mountsinai.org", False), ("(212) 241-6500", False)]
    main: list[tuple[str, bool]] = [("EDUCATION", True), *[(x.split("  ")[0], False) for x in EDUCATION[:1]]]
    main += [("Graduated: 2019", False), ("", False), ("USMLE", True), *[(x, False) for x in EXAMS]]
    main += [("", False), ("US CLINICAL EXPERIENCE", True)]
    for title, dates in USCE:
        main += [(title, False), (dates, False), ("", False)]
    main += [("PUBLICATIONS", True), *[(x, False) for x in PUBLICATIONS]]
    y_side, y_main = 30.0, 30.0
    for i in range(max(len(side), len(main))):
        if i < len(side):
            text, bold = side[i]
            pdf.use(10 if bold else 8, bold=bold)
            pdf.set_xy(10, y_side)
            pdf.cell(52, 5, pdf.safe(text))
            y_side += 7.5 if bold else 5.0
        if i < len(main):
            text, bold = main[i]
            pdf.use(11 if bold else 9, bold=bold)
            pdf.set_xy(70, y_main)
            pdf.cell(130, 6, pdf.safe(text[:95]))
            y_main += 8 if bold else 6
    return bytes(pdf.output())


def docx_with_table_and_header() -> bytes:
    """Name and contact in the page header, exams and US rotations in tables, references in a footer-free body."""
    document = docx.Document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = NAME
    header.add_paragraph(CONTACT)

    def heading(text: str) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = True
        run.font.size = Pt(13)

    heading("Academic Background")
    document.add_paragraph(EDUCATION[0].split("  ")[0] + " (2019)")
    heading("USMLE")
    table = document.add_table(rows=0, cols=2)
    for exam in EXAMS:
        label, value = exam.split(": ", 1)
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    heading("USCE")
    table = document.add_table(rows=1, cols=3)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text, table.rows[0].cells[2].text = "Dates", "Rotation", "Site"
    for title, dates in USCE:
        kind_specialty, site = title.split(", ", 1)
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text = dates, kind_specialty, site
    heading("Publications")
    for line in PUBLICATIONS:
        document.add_paragraph(line)
    heading("Languages")
    document.add_paragraph(LANGUAGES)
    document.add_paragraph(VISA)
    heading("References")
    for line in REFERENCES:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def _odf_parts() -> tuple[str, str, str]:
    """(styles, master pages, body) of the CV as LibreOffice writes it: contacts in the page header, the name
    in a large bold style, headings as ``text:h``, US rotations in a table, references in a text span."""
    from xml.sax.saxutils import escape

    def p(text: str, style: str = "Body") -> str:
        return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'

    def h(text: str) -> str:
        return f'<text:h text:style-name="Heading" text:outline-level="2">{escape(text)}</text:h>'

    styles = (
        '<office:styles><style:style style:name="Standard" style:family="paragraph">'
        '<style:text-properties fo:font-size="10.5pt"/></style:style>'
        '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style></office:styles>'
        '<office:automatic-styles><style:style style:name="P1" style:family="paragraph">'
        '<style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/>'
        "</style:style></office:automatic-styles>"
    )
    master = (
        '<office:master-styles><style:master-page style:name="Standard"><style:header>'
        f"{p(CONTACT)}</style:header></style:master-page></office:master-styles>"
    )
    rows = "".join(
        f"<table:table-row><table:table-cell>{p(title)}</table:table-cell>"
        f"<table:table-cell>{p(dates)}</table:table-cell></table:table-row>"
        for title, dates in USCE
    )
    body = "".join(
        [
            p(NAME, "P1"),
            h("Education & Training"),
            *map(p, EDUCATION),
            h("Licensure & Examinations"),
            *map(p, EXAMS),
            h("US Clinical Experience"),
            '<table:table table:name="USCE"><table:table-column table:number-columns-repeated="2"/>'
            f"{rows}</table:table>",
            h("Clinical Experience (Nigeria)"),
            *(p(f"{title}<text:tab/>{dates}") for title, dates in HOME),
            h("Publications"),
            *map(p, PUBLICATIONS),
            h("Languages"),
            p(LANGUAGES),
            f'<text:p text:style-name="Body"><text:span text:style-name="T1">Visa status:</text:span>'
            f"{escape(VISA.split(':', 1)[1])}</text:p>",
            h("References"),
            *map(p, REFERENCES),
        ]
    )
    return styles, master, body.replace("&lt;text:tab/&gt;", "<text:tab/>")


def odt_document() -> bytes:
    """The CV as an .odt (zip: mimetype first and stored, content.xml, styles.xml with the page header)."""
    styles, master, body = _odf_parts()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}>'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>",
        )
        archive.writestr(
            "styles.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODF_NS}>{styles}{master}'
            "</office:document-styles>",
        )
    return out.getvalue()


def fodt_document() -> bytes:
    """The same CV as a flat OpenDocument file (.fodt: one XML document)."""
    styles, master, body = _odf_parts()
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_ODF_NS} '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"{styles}{master}<office:body><office:text>{body}</office:text></office:body></office:document>"
    ).encode()


def rtf_document() -> bytes:
    """The CV as WordPad/Word write RTF: a font table, contacts in ``\\header``, the name large and bold,
    non-ASCII as ``\\uN?`` and ``\\'hh``, US rotations as table rows, a picture with binary data."""

    def esc(text: str) -> str:
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            elif ch == "é":
                out.append("\\'e9")
            else:
                code = ord(ch)
                out.append(f"\\u{code if code < 32768 else code - 65536}?")
        return "".join(out)

    def par(text: str, bold: bool = False, size: int = 21) -> str:
        weight = "\\b " if bold else " "
        return f"\\pard\\plain\\fs{size}{weight}{esc(text)}\\par\n"

    body = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red0\\green0\\blue0;}\n",
        "{\\*\\generator Msftedit 5.41.21.2510;}{\\info{\\author clerkflow tests}}\n",
        "{\\header " + par(CONTACT, size=18) + "}\n",
        par(NAME, bold=True, size=44),
        par("EDUCATION & TRAINING", bold=True, size=26),
        *(par(x) for x in EDUCATION),
        par("Licensure & Examinations", bold=True, size=26),
        *(par(x) for x in EXAMS),
        par("US Clinical Experience", bold=True, size=26),
        *(
            f"\\trowd\\cellx6000\\cellx9000\\pard\\intbl {esc(title)}\\cell {esc(dates)}\\cell\\row\n"
            for title, dates in USCE
        ),
        "{\\pict\\pngblip\\picw10\\pich10 \\bin6 {}\\}{x}\n",
        par("Clinical Experience (Nigeria)", bold=True, size=26),
        *(par(f"{title}\t{dates}").replace("\t", "\\tab ") for title, dates in HOME),
        par("Publications", bold=True, size=26),
        *(par(x) for x in PUBLICATIONS),
        par("Languages", bold=True, size=26),
        par(LANGUAGES),
        par(VISA),
        par("References", bold=True, size=26),
        *(par(x) for x in REFERENCES),
        "}",
    ]
    return "".join(body).encode("ascii")


def encrypted_pdf() -> bytes:
    pdf = _Pdf()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.use(10)
    pdf.cell(0, 6, NAME)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A scanned-looking page: shapes and no text layer."""
    pdf = _Pdf()
    pdf.add_page()
    for i in range(30):
        pdf.rect(20, 20 + i * 8, 120 + (i % 5) * 10, 4, style="F")
    return bytes(pdf.output())


def zip_bomb_docx() -> bytes:
    """A DOCX-shaped zip whose document part inflates 1000-fold."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (20 * 1024 * 1024))
    return out.getvalue()


def table_pdf() -> bytes:
    """US rotations in a ruled three-column table under a one-column header."""
    pdf = _Pdf()
    pdf.add_page()
    pdf.use(14, bold=True)
    pdf.cell(0, 8, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.use(10)
    pdf.cell(0, 6, "US CLINICAL EXPERIENCE", new_x="LMARGIN", new_y="NEXT")
    pdf.use(8)
    with pdf.table(col_widths=(40, 70, 80)) as table:
        for cells in [("Dates", "Rotation", "Site"), *((d, t.split(", ")[0], t.split(", ", 1)[1]) for t, d in USCE)]:
            row = table.row()
            for text in cells:
                row.cell(pdf.safe(text))
    return bytes(pdf.output())


def scanned_cv(seed: int = 1) -> bytes:
    """A text CV printed, 'scanned' at 200 dpi, turned by 1°, blurred and speckled, and saved as an image-only PDF."""
    scan = FPDF(format="A4")
    scan.add_page()
    scan.image(scanned_image(seed), x=0, y=0, w=210)
    return bytes(scan.output())


def scanned_image(seed: int = 1) -> Image.Image:
    """The page of ``scanned_cv`` as the scanner's image (what a phone or scanner app uploads as PNG/JPEG)."""
    pdf = FPDF(format="A4")
    pdf.add_font("dv", "", str(_FONT))
    pdf.add_font("dv", "B", str(_FONT_BOLD))
    pdf.add_page()
    pdf.set_font("dv", "B", 18)
    pdf.set_xy(20, 20)
    pdf.cell(0, 10, "Priya Raghavan")
    pdf.set_font("dv", "", 11)
    for i, line in enumerate(
        [
            "Chennai, India | priya.raghavan@example.com | +91 98400 12345",
            "",
            "EDUCATION",
            "MBBS, Madras Medical College, Chennai, India, 2015 - 2021",
            "",
            "USMLE",
            "Step 1: Pass    Step 2 CK: 244",
        ]
    ):
        pdf.set_xy(20, 36 + i * 8)
        pdf.cell(0, 6, line)
    page = pdfium.PdfDocument(bytes(pdf.output()))[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil().rotate(1.0, fillcolor=255, expand=False)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    rng = random.Random(seed)
    pixels = image.load()
    for _ in range(4000):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        pixels[x, y] = rng.choice((0, 90, 200))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return Image.open(io.BytesIO(buffer.getvalue()))
