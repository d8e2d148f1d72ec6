"""Reading order, character text and sizes of CVs built in the test: icon glyphs, label columns, right-hand
sidebars, stacked names, DOCX style sizes."""

from __future__ import annotations

import ctypes
import io

import docx
import pypdfium2 as pdfium
import pytest
from docx.shared import Pt
from fpdf import FPDF

from include.cv import ocr as ocr_module
from include.cv.docx_text import docx_text
from include.cv.pdf_text import _Box, _margin_column, _walk_back, pdf_text
from tests.cv.test_layout import _pdf


def _raw_pdf(content: bytes, to_unicode: bytes) -> bytes:
    """A one-page PDF whose font (Type0, Identity-H) maps codes to Unicode only through ``to_unicode``."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange " + to_unicode + b" endcmap "
        b"CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _codes(text: str) -> bytes:
    return "".join(f"{ord(c):04X}" for c in text).encode()


def test_an_icon_outside_the_basic_plane_does_not_shift_the_letters_after_it() -> None:
    # A phone icon mapped to U+1F4DE (two UTF-16 units for one glyph) before each contact line: pdfium
    # counts it as two characters, the page's text string as one, so every letter after it took its
    # neighbour's box ("1 305 …" lost its "+", "Miami" split from "FL").
    to_unicode = b"1 beginbfchar <0001> <D83DDCDE> endbfchar 1 beginbfrange <0020> <007E> <0020> endbfrange"
    content = (
        b"BT /F1 11 Tf 60 780 Td <0001" + _codes(" +1 305 555 0100 maria.rios@example.org") + b"> Tj ET "
        b"BT /F1 11 Tf 60 760 Td <0001" + _codes(" Miami FL 33101") + b"> Tj ET"
    )
    read = pdf_text(_raw_pdf(content, to_unicode), ocr=False).lines
    lines = [" ".join(line.text.split()) for line in read if line.text]
    assert any("+1 305 555 0100 maria.rios@example.org" in line for line in lines), lines
    assert any("Miami FL 33101" in line for line in lines), lines


def _put(
    pdf: FPDF, x: float, y: float, text: str, size: float, style: str = "", align: str = "L", w: float = 0
) -> None:
    pdf.set_font("dv", style, size)
    pdf.set_xy(x, y)
    pdf.cell(w, 5, text, align=align)


def test_a_run_starting_with_a_thin_dash_keeps_its_own_font_size() -> None:
    # "— 2018 – 2022" after a bold title: the dash sits above the run's middle, so the probe for the run's
    # first character missed and the size of character 0 (the 22 pt name) was taken for the whole run.
    pdf = _pdf()
    _put(pdf, 20, 15, "Aarav Venkatesh", 22, "B")
    for row, (title, dates) in enumerate([("B.S. Biology", "— 2018 – 2022"), ("MBBS", "— 2021 – present")]):
        _put(pdf, 20, 40 + 8 * row, title, 9.5, "B")
        _put(pdf, 20 + pdf.get_string_width(title) + 2, 40 + 8 * row, dates, 9.5)
    lines = pdf_text(bytes(pdf.output()), ocr=False).lines
    dated = [line for line in lines if "2018" in line.text or "2021" in line.text]
    assert len(dated) == 2, [x.text for x in lines]
    assert all(line.size is not None and line.size < 12 for line in dated), [(x.text, x.size) for x in dated]


def _modern_right_sidebar() -> bytes:
    """A main column whose entries carry right-aligned dates, beside a right sidebar of short items under
    bold headings (CONTACT, SKILLS, LANGUAGES): two clear gaps, the wider one inside the main column."""
    pdf = _pdf()
    _put(pdf, 15, 12, "Daniel Okafor", 22, "B")
    main = [
        ("B", "Education", ""),
        ("B", "Doctor of Medicine (MD)", "2012 – 2018"),
        ("", "University of Lagos, Lagos", ""),
        ("B", "USMLE", ""),
        ("B", "Step 1", "2021"),
        ("", "Pass", ""),
        ("B", "Step 2 CK", "2022"),
        ("", "245", ""),
        ("B", "US Clinical Experience", ""),
        ("B", "Internal Medicine Externship", "Jan '24 – Mar '24"),
        ("", "Mercy Hospital, Chicago, IL", ""),
        ("B", "Publications", ""),
        ("", "Okafor D. Sepsis bundles in Lagos. West Afr Med J. 2020;3:1-5.", ""),
    ]
    y = 35.0
    for style, text, dates in main:
        _put(pdf, 15, y, text, 11 if style else 10, style)
        if dates:
            _put(pdf, 95, y, dates, 10, align="R", w=30)
        y += 7
    side = [
        ("B", "CONTACT"),
        ("", "d.okafor@example.org"),
        ("", "+234 803 555 0101"),
        ("B", "SKILLS"),
        ("", "SPSS"),
        ("", "R"),
        ("B", "LANGUAGES"),
        ("", "English"),
        ("", "Yoruba"),
    ]
    y = 40.0
    for style, text in side:
        _put(pdf, 145, y, text, 11 if style else 9.5, style)
        y += 7
    return bytes(pdf.output())


def test_a_right_sidebar_beside_a_main_column_with_its_own_dates_is_read_after_it() -> None:
    texts = [line.text for line in pdf_text(_modern_right_sidebar(), ocr=False).lines if line.text]
    step2 = next(i for i, t in enumerate(texts) if t.startswith("Step 2 CK"))
    assert texts[step2 + 1] == "245", texts
    assert texts.index("SKILLS") > texts.index("Mercy Hospital, Chicago, IL"), texts
    assert any(t.startswith("Doctor of Medicine (MD)") and t.endswith("2012 – 2018") for t in texts), texts


def test_a_name_in_small_capitals_is_read_as_whole_words() -> None:
    # Word processors set small capitals as a full-size first letter and smaller capitals after it, in
    # separate runs ("R" + "AHUL", " T" + "HỊ"); the runs touch, so they are one word, and a run that
    # starts with its word space still has its own first character and size.
    pdf = _pdf()
    x = 40.0
    for text, size in [("N", 22), ("GUYỄN", 17.6), (" T", 22), ("HỊ", 17.6), (" A", 22), ("NH", 17.6)]:
        pdf.set_font("dv", "B", size)
        pdf.set_xy(x, 20)
        pdf.cell(pdf.get_string_width(text), 10, text)
        x += pdf.get_string_width(text)
    for row, text in enumerate(["EDUCATION", "Doctor of Medicine, Hanoi Medical University", "2014 – 2020", "EXAMS"]):
        _put(pdf, 40, 40 + 8 * row, text, 10.5)
        _put(pdf, 150, 40 + 8 * row, "Hà Nội, Việt Nam", 10.5)
    lines = [line for line in pdf_text(bytes(pdf.output()), ocr=False).lines if line.text]
    assert lines[0].text == "NGUYỄN THỊ ANH", [x.text for x in lines]
    assert lines[0].size == 22


def test_a_name_stacked_a_word_a_line_in_a_band_is_one_line() -> None:
    pdf = _pdf()
    pdf.set_fill_color(40, 70, 110)
    pdf.rect(0, 0, 65, 297, style="F")
    _put(pdf, 8, 4, "CURRICULUM VITAE", 26, "B")  # a title above the name is not part of it
    for row, word in enumerate(["Lucía", "Andrea", "PARDO", "QUINTERO"]):
        _put(pdf, 8, 15 + 11 * row, word, 26, "B" if word.isupper() else "")
    for row, text in enumerate(["CONTACT", "+57 310 555 0199", "lucia.pardo@example.org", "Medellín, Colombia"]):
        _put(pdf, 8, 70 + 7 * row, text, 9.5, "B" if text.isupper() else "")
    main = [
        "EDUCATION",
        "Médica Cirujana, Universidad de Antioquia, 2016 – 2022",
        "Internado rotatorio, Hospital San Vicente",
        "EXAMS",
        "USMLE Step 1: Pass",
        "USMLE Step 2 CK: 241",
        "LANGUAGES",
        "Spanish (native), English (C1)",
    ]
    for row, text in enumerate(main):
        _put(pdf, 75, 14 + 8 * row, text, 10.5, "B" if text.isupper() else "")
    lines = [line for line in pdf_text(bytes(pdf.output()), ocr=False).lines if line.text]
    assert lines[0].text == "CURRICULUM VITAE", [x.text for x in lines]
    assert lines[1].text == "Lucía Andrea PARDO QUINTERO", [x.text for x in lines]
    assert "CONTACT" in [x.text for x in lines]  # body lines are not joined
    assert "EXAMS" in [x.text for x in lines]


def _europass_like() -> bytes:
    """Labels, section headings and dates set right-aligned in a left column, each on the row of what it
    labels in the right column (Europass and other form-like CVs)."""
    pdf = _pdf()
    rows = [
        ("PERSONAL INFORMATION", "Tomás Herrera Vidal", 9.5, "B"),
        ("Telephone", "+34 612 555 019", 8.5, ""),
        ("E-mail", "t.herrera@example.org", 8.5, ""),
        ("WORK EXPERIENCE", "", 9.5, "B"),
        ("Mar 2023 – May 2023", "Clinical Observership – Internal Medicine", 8.5, ""),
        ("", "Mount Sinai Hospital, New York, NY, USA", 8.5, ""),
        ("Sept 2020 – Aug 2022", "Resident in Family Medicine", 8.5, ""),
        ("", "Hospital Clínic, Barcelona, Spain", 8.5, ""),
        ("EDUCATION AND TRAINING", "", 9.5, "B"),
        ("2012 – 2018", "Grado en Medicina, Universidad de Barcelona", 8.5, ""),
        ("LICENSING EXAMINATIONS", "USMLE Step 1 — Passed (2021)", 9.5, "B"),
        ("", "USMLE Step 2 CK — 238 (2022)", 8.5, ""),
        ("Languages", "Spanish, Catalan, English", 8.5, ""),
    ]
    for row, (label, content, size, style) in enumerate(rows):
        y = 20 + 7 * row
        if label:
            _put(pdf, 10, y, label, size, style, align="R", w=70)
        if content:
            _put(pdf, 84, y, content, 9.5)
    return bytes(pdf.output())


def test_a_right_aligned_label_column_is_read_on_the_rows_it_labels() -> None:
    texts = [" ".join(line.text.split()) for line in pdf_text(_europass_like(), ocr=False).lines if line.text]
    assert "Mar 2023 – May 2023 Clinical Observership – Internal Medicine" in texts, texts
    assert texts.index("WORK EXPERIENCE") < texts.index("Mount Sinai Hospital, New York, NY, USA"), texts
    # A section heading in capitals beside its first line is a line of its own; a label stays with its value.
    assert texts.index("LICENSING EXAMINATIONS") + 1 == texts.index("USMLE Step 1 — Passed (2021)"), texts
    assert "Telephone +34 612 555 019" in texts, texts


def test_a_word_hyphenated_at_a_line_end_leaves_no_marker() -> None:
    # pdfium writes U+FFFE for the hyphen of a word broken across lines; the school's name is joined
    # back from "Uni" / "versity", so the marker must not stay on the line.
    pdf = _pdf()
    _put(pdf, 20, 20, "Medical Doctor (MD), Kharkiv National Medical Uni-", 11)
    _put(pdf, 20, 26, "versity, Kharkiv, Ukraine", 11)
    texts = [line.text for line in pdf_text(bytes(pdf.output()), ocr=False).lines if line.text]
    assert texts == ["Medical Doctor (MD), Kharkiv National Medical Uni", "versity, Kharkiv, Ukraine"]


def test_a_rectangles_first_character_is_found_back_from_the_probe() -> None:
    # A probe at a run's left edge can land on its second glyph (an apostrophe above the middle of "'24"):
    # walking back over the characters inside the rectangle finds the first.
    pdf = _pdf()
    _put(pdf, 20, 20, "Sep", 11)
    _put(pdf, 20, 26, "'24 – Oct '24", 11)
    document = pdfium.PdfDocument(bytes(pdf.output()))
    textpage = document[0].get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    quote = text.index("'")
    lx, by, _, ty = textpage.get_charbox(quote)
    end = textpage.get_charbox(text.index("4"))
    cells = tuple(ctypes.c_double() for _ in range(4))
    first = _walk_back(textpage.raw, quote + 1, lx, min(by, end[1]), end[2], max(ty, end[3]), cells)
    assert first == quote
    assert _walk_back(textpage.raw, quote, lx, min(by, end[1]), end[2], max(ty, end[3]), cells) == quote


def test_docx_runs_without_a_size_take_their_paragraph_styles() -> None:
    # Pandoc and LibreOffice write sizes in styles.xml, not on the runs: a heading style's size reaches its
    # lines, so headings stand out; body text in the default style stays "size not known", as before.
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10.5)
    document.styles["Heading 2"].font.size = Pt(14)
    document.add_paragraph("Gabriela Ortiz Medina")
    document.add_heading("Clinical rotations in the United States", level=2)
    document.add_paragraph("Observership, Internal Medicine, Cleveland Clinic, Cleveland, OH")
    buffer = io.BytesIO()
    document.save(buffer)
    lines = {line.text: line for line in docx_text(buffer.getvalue()) if line.text}
    assert lines["Gabriela Ortiz Medina"].size is None
    assert lines["Clinical rotations in the United States"].size == 14
    assert lines["Observership, Internal Medicine, Cleveland Clinic, Cleveland, OH"].size is None


@pytest.mark.skipif(not ocr_module.available(), reason="tesseract-ocr is not installed")
def test_a_stacked_name_on_a_scan_is_one_line() -> None:
    # The same rule on OCR lines, whose size is a pixel height: accents and descenders ("Araújo") change it.
    pdf = _pdf()
    for row, word in enumerate(["Luíza", "Fernandes", "Araújo"]):
        _put(pdf, 15, 15 + 9 * row, word, 24, "B")
    body = [
        "Médica | Medical Doctor",
        "luiza.araujo@example.org  +55 31 99874 2210",
        "EDUCATION",
        "Medicina, Universidade Federal de Minas Gerais, 2014 – 2020",
        "USMLE Step 1: Pass; Step 2 CK: 247",
        "Observership, Internal Medicine, Jackson Memorial Hospital, Miami, FL",
    ]
    for row, text in enumerate(body):
        _put(pdf, 15, 50 + 8 * row, text, 10.5)
    image = pdfium.PdfDocument(bytes(pdf.output()))[0].render(scale=200 / 72, grayscale=True).to_pil()
    scan = FPDF(format="A4")
    scan.add_page()
    scan.image(image, x=0, y=0, w=210)
    read = ocr_module.ocr_document(pdfium.PdfDocument(bytes(scan.output())))
    texts = [line.text for line in read.lines if line.text]
    assert texts[0] == "Luíza Fernandes Araújo", texts


def test_a_left_label_column_of_a_word_table_opens_the_sections_it_labels() -> None:
    # Word's two-column CV templates: a section's name in a narrow left cell, wrapped over the first rows of the
    # entries beside it ("US Clinical" / "Experience"); the name is a heading line of its own, before them.
    pdf = _pdf()
    rows = [
        ("Education", "MBBS, King Edward Medical University, Lahore, Pakistan"),
        ("", "Graduated Nov 2019"),
        ("US Clinical", "Hands-on Externship, Internal Medicine   03/2022 – 05/2022"),
        ("Experience", "Memorial Hermann Hospital, Houston, TX"),
        ("", "Observership, Nephrology   06/2022 – 07/2022"),
        ("", "Rush University Medical Center, Chicago, IL"),
        ("Pakistan", "House Job – Medicine & Surgery   12/2019 – 11/2020"),
        ("Experience", "Mayo Hospital, Lahore"),
        ("", "Medical Officer, Emergency Department   01/2021 – 02/2022"),
        ("", "Services Hospital, Lahore"),
        ("Languages", "English, Urdu, Punjabi"),
    ]
    for row, (label, content) in enumerate(rows):
        if label:
            _put(pdf, 18, 20 + 6 * row, label, 10, "B")
        _put(pdf, 60, 20 + 6 * row, content, 10)
    texts = [" ".join(line.text.split()) for line in pdf_text(bytes(pdf.output()), ocr=False).lines if line.text]
    assert texts == [
        "Education",
        "MBBS, King Edward Medical University, Lahore, Pakistan",
        "Graduated Nov 2019",
        "US Clinical Experience",
        "Hands-on Externship, Internal Medicine 03/2022 – 05/2022",
        "Memorial Hermann Hospital, Houston, TX",
        "Observership, Nephrology 06/2022 – 07/2022",
        "Rush University Medical Center, Chicago, IL",
        "Pakistan Experience",
        "House Job – Medicine & Surgery 12/2019 – 11/2020",
        "Mayo Hospital, Lahore",
        "Medical Officer, Emergency Department 01/2021 – 02/2022",
        "Services Hospital, Lahore",
        "Languages",
        "English, Urdu, Punjabi",
    ], texts


def test_a_form_of_labels_with_values_keeps_each_label_on_its_row() -> None:
    # ERAS-like forms: most rows are a label and its value ("Degree  MBChB"), not sections in a label column.
    pdf = _pdf()
    rows = [("Degree", "MBChB"), ("Medical School", "University of Ghana Medical School"), ("ECFMG", "Certified")]
    for row, (label, value) in enumerate(rows):
        _put(pdf, 18, 20 + 6 * row, label, 10, "B")
        _put(pdf, 60, 20 + 6 * row, value, 10)
    texts = [" ".join(line.text.split()) for line in pdf_text(bytes(pdf.output()), ocr=False).lines if line.text]
    assert texts == ["Degree MBChB", "Medical School University of Ghana Medical School", "ECFMG Certified"], texts


def test_a_tables_header_row_is_no_label_column() -> None:
    # "Academic Qualifications": Exam | Board/University | Year, then a first cell on every row ("MBBS").
    pdf = _pdf()
    rows = [("Exam", "Board/University", "Year"), ("SSC", "Barisal", "2012"), ("MBBS", "Dhaka University", "2022")]
    for row, cells in enumerate(rows):
        for x, cell in zip((18, 60, 120), cells, strict=True):
            _put(pdf, x, 20 + 6 * row, cell, 10, "B" if row == 0 else "")
    texts = [" ".join(line.text.split()) for line in pdf_text(bytes(pdf.output()), ocr=False).lines if line.text]
    assert texts[0] == "Exam Board/University Year", texts


def test_a_table_cell_wrapped_over_lines_is_read_whole_on_its_row() -> None:
    # "Academic Qualifications" through LibreOffice: the school's cell wraps under itself; a line under the first
    # cell (an entry's next line) is not taken into the row.
    pdf = _pdf()
    _put(pdf, 18, 20, "MBBS", 10)
    _put(pdf, 60, 20, "Sir Salimullah", 10)
    _put(pdf, 120, 20, "2022", 10)
    _put(pdf, 150, 20, "Passed", 10)
    _put(pdf, 60, 25, "Medical College,", 10)
    _put(pdf, 60, 30, "Dhaka", 10)
    _put(pdf, 18, 35, "Internship, Mitford Hospital", 10)
    texts = [" ".join(line.text.split()) for line in pdf_text(bytes(pdf.output()), ocr=False).lines if line.text]
    assert texts == ["MBBS Sir Salimullah Medical College, Dhaka 2022 Passed", "Internship, Mitford Hospital"], texts


def test_a_table_row_with_narrow_gaps_and_a_first_cell_cut_open_is_read_whole() -> None:
    # A Word table through LibreOffice whose cells nearly touch (a gap of about one line height): the degree cell
    # cut open ("MBBS (in progress,") goes on under itself beside the school's next line; the header row above and
    # the next row, whose first cells could end where they do, stay rows of their own.
    pdf = _pdf()
    rows = [
        (20, ("Degree", "Institution", "Year", "Marks")),
        (25, ("MBBS (in progress,", "Aga Khan University", "2027", "Honors")),
        (30, ("final year)", "Medical College,", "", "")),
        (35, ("", "Karachi", "", "")),
        (40, ("A-Levels", "Karachi Grammar", "2021", "A*A*A")),
    ]
    for y, cells in rows:
        for x, cell in zip((18, 56, 100, 112), cells, strict=True):
            if cell:
                _put(pdf, x, y, cell, 10)
    lines = [line.text for line in pdf_text(bytes(pdf.output()), ocr=False).lines if line.text]
    assert "Aga Khan University Medical College, Karachi   2027" in lines[1]  # joined cells stay apart
    texts = [" ".join(line.split()) for line in lines]
    assert texts == [
        "Degree Institution Year Marks",
        "MBBS (in progress, final year) Aga Khan University Medical College, Karachi 2027 Honors",
        "A-Levels Karachi Grammar 2021 A*A*A",
    ], texts


def test_a_margin_of_dates_labels_and_headings_is_read_on_the_rows_it_dates() -> None:
    # A reportlab CV: each entry's dates, an exam's label and the section headings share a narrow left margin;
    # the headings are no reason to read the dates as a column of their own, apart from what they date.
    margin = [
        "EDUCATION", "2012 – 2019", "2018 (Jul–Aug)", "Jan 2020 – Dec 2020", "Mar 2021 – Feb 2022",
        "Mar 2022 – current", "Jul 2018 – Aug 2018", "April 2024", "EXAMINATIONS", "USMLE Step 1",
        "USMLE Step 2 CK", "ECFMG", "PLAB 1", "Visa", "PUBLICATIONS", "COURSES", "LANGUAGES", "REFERENCES",
    ]  # fmt: skip
    left = [
        _Box(44.0, 700.0 - 9 * k, 44.0 + 4 * len(t), 706.0 - 9 * k, t, 6.4, t.isupper()) for k, t in enumerate(margin)
    ]
    assert _margin_column(left, 595.0)


def test_a_table_with_the_section_headings_and_dates_in_its_left_cells_is_read_on_its_rows() -> None:
    # A Word table converted by LibreOffice: headings and dates on the left, entries on the right, the name's
    # contacts beside it at the top. No heading on the right: not a sidebar beside a main column.
    pdf = _pdf()
    rows = [
        ("Yonatan Mizrahi", "yonatan.mizrahi@example.org", 16, "B"),
        ("MD 2026, Iuliu Hatieganu University", "+40 745 218 903", 10, ""),
        ("EDUCATION", "", 11, "B"),
        ("10.2020 – 07.2026", "Doctor of Medicine, Iuliu Hatieganu University of", 10, ""),
        ("", "Medicine and Pharmacy, Cluj-Napoca, Romania", 10, ""),
        ("EXAMS", "", 11, "B"),
        ("USMLE Step 1", "Pass (III.2025)", 10, ""),
        ("US CLINICAL EXPERIENCE", "", 11, "B"),
        ("2025-07 – 2025-08", "Observership, Hematology/Oncology, Johns", 10, ""),
        ("", "Hopkins Kimmel Cancer Center, Baltimore, Maryland", 10, ""),
        ("OTHER CLINICAL", "", 11, "B"),
        ("VIII.2024", "Elective, Hematology, Rambam Health Care Campus, Haifa", 10, ""),
    ]
    for row, (label, content, size, style) in enumerate(rows):
        if label:
            _put(pdf, 18, 20 + 7 * row, label, size, style)
        if content:
            _put(pdf, 110, 20 + 7 * row, content, 10)
    texts = [" ".join(line.text.split()) for line in pdf_text(bytes(pdf.output()), ocr=False).lines if line.text]
    assert "2025-07 – 2025-08 Observership, Hematology/Oncology, Johns" in texts, texts
    assert texts.index("US CLINICAL EXPERIENCE") < texts.index("Hopkins Kimmel Cancer Center, Baltimore, Maryland")


@pytest.mark.skipif(not ocr_module.available(), reason="tesseract-ocr is not installed")
def test_a_scanned_label_column_is_read_on_the_rows_it_labels() -> None:
    # Tesseract reads a Europass scan as two columns, every label and heading, then every value: read row by row.
    image = pdfium.PdfDocument(_europass_like())[0].render(scale=200 / 72, grayscale=True).to_pil()
    scan = FPDF(format="A4")
    scan.add_page()
    scan.image(image, x=0, y=0, w=210)
    read = ocr_module.ocr_document(pdfium.PdfDocument(bytes(scan.output())))
    texts = [" ".join(line.text.replace("–", "-").split()) for line in read.lines if line.text]
    assert "Mar 2023 - May 2023 Clinical Observership - Internal Medicine" in texts, texts
    assert texts.index("WORK EXPERIENCE") < texts.index("Mount Sinai Hospital, New York, NY, USA"), texts
