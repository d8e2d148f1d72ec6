"""Layout-aware reading: sidebars, the largest text on page 1, DOCX parts, the streaming byte cap, OCR of scans."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF

from include.cv import docx_text as docx_module
from include.cv import ocr as ocr_module
from include.cv.document import parse_document
from include.cv.docx_text import DocxError, docx_text
from include.cv.pdf_text import pdf_text
from include.cv.sandbox import CvParserPool
from tests.cv import builders

ROOT = Path(__file__).resolve().parents[2]
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.add_font("dv", "", _FONT)
    pdf.add_font("dv", "B", _FONT_BOLD)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def sidebar_cv() -> bytes:
    """A grey left sidebar (contacts, languages, a referee) beside the main column; a small title above the name."""
    pdf = _pdf()
    pdf.set_fill_color(235, 235, 235)
    pdf.rect(0, 0, 65, 297, style="F")
    pdf.set_font("dv", "", 8)
    pdf.set_xy(75, 12)
    pdf.cell(0, 5, "CURRICULUM VITAE")
    pdf.set_font("dv", "B", 20)
    pdf.set_xy(75, 20)
    pdf.cell(0, 10, "Mariana Cárdenas Ruiz")
    side = [
        ("B", "CONTACT"),
        ("", "Bogotá, Colombia"),
        ("", "mcardenas.md@example.org"),
        ("", "+57 310 555 0123"),
        ("", ""),
        ("B", "LANGUAGES"),
        ("", "Spanish (native)"),
        ("", "English (fluent)"),
        ("", ""),
        ("B", "REFERENCES"),
        ("", "Dr. Paul Reyes, Program Director"),
        ("", "preyes@hospital.example.com"),
        ("", "+1 212 555 0199"),
    ]
    y = 45.0
    for style, text in side:
        pdf.set_font("dv", style, 9)
        pdf.set_xy(6, y)
        pdf.cell(55, 5, text)
        y += 6
    main = [
        ("B", "EDUCATION"),
        ("", "Doctor of Medicine (MD), Universidad Nacional de Colombia, Bogotá, Colombia, 2016 – 2022"),
        ("", ""),
        ("B", "USMLE"),
        ("", "Step 1: Pass"),
        ("", "Step 2 CK: 251"),
        ("", ""),
        ("B", "US CLINICAL EXPERIENCE"),
        ("", "Internal Medicine Observership, Jackson Memorial Hospital, Miami, FL"),
        ("", "Jan 2024 – Mar 2024"),
        ("", ""),
        ("B", "RESEARCH"),
        ("", "Clinical research in cardiology, outcomes of heart failure clinics in the region"),
    ]
    y = 45.0
    for style, text in main:
        pdf.set_font("dv", style, 9)
        pdf.set_xy(75, y)
        pdf.multi_cell(125, 5, text)
        y = pdf.get_y() + 1
    return bytes(pdf.output())


def test_sidebar_is_read_as_its_own_column_and_the_name_is_the_largest_text() -> None:
    lines = [x.text for x in pdf_text(sidebar_cv(), ocr=False).lines if x.text.strip()]
    # The sidebar's lines stay together, never interleaved with the main column's.
    contact = lines.index("CONTACT")
    assert lines[contact : contact + 4] == [
        "CONTACT",
        "Bogotá, Colombia",
        "mcardenas.md@example.org",
        "+57 310 555 0123",
    ]
    assert lines.index("Step 1: Pass") + 1 == lines.index("Step 2 CK: 251")
    profile = parse_document(sidebar_cv())
    assert profile["full_name"] == "Mariana Cárdenas Ruiz"
    assert "largest text on page 1" in profile["evidence"]["full_name"]["why"]
    assert profile["evidence"]["full_name"]["page"] == 1
    # The referee's contacts sit in the same sidebar; they never win.
    assert profile["email"] == "mcardenas.md@example.org"
    assert profile["phone_e164"] == "+573105550123"
    assert profile["medical_school_country"] == "CO"
    assert profile["usmle_step2ck"] == 251
    assert profile["usce_months"] == 3


def test_font_size_and_weight_are_carried_on_each_line() -> None:
    lines = {x.text: x for x in pdf_text(sidebar_cv(), ocr=False).lines if x.text}
    assert lines["Mariana Cárdenas Ruiz"].size == pytest.approx(20, abs=0.5)
    assert lines["Mariana Cárdenas Ruiz"].bold
    assert lines["EDUCATION"].bold
    assert not lines["Step 1: Pass"].bold
    assert lines["Step 1: Pass"].size == pytest.approx(9, abs=0.5)
    assert 0 < lines["Mariana Cárdenas Ruiz"].top < lines["EDUCATION"].top < 1


def test_referee_contacts_never_win_when_the_applicant_gives_none() -> None:
    text = (
        "Ahmed Raza\nLahore, Pakistan\n\nEducation\nMBBS, King Edward Medical University, Lahore, Pakistan, 2020\n\n"
        "Referees\nDr. Sara Malik, Professor of Medicine\nsara.malik@kemu.example.edu\n+92 300 1234567\n"
    )
    profile = parse_document(text.encode())
    assert profile["full_name"] == "Ahmed Raza"
    assert profile["email"] is None
    assert profile["phone_e164"] is None


def test_name_agreeing_with_the_email_beats_an_earlier_name_like_line() -> None:
    text = (
        "Global Health Fellow\nOlusegun Bankole\nsegun.bankole@example.com\n\n"
        "Education\nMBBS, University of Ibadan, 2019\n"
    )
    profile = parse_document(text.encode())
    assert profile["full_name"] == "Olusegun Bankole"
    assert "agrees with the email" in profile["evidence"]["full_name"]["why"]


# ------------------------------------------------------------------ DOCX


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: str, header: str | None = None, footer: str | None = None) -> bytes:
    """A minimal DOCX written by hand: body XML, and a header/footer part when given."""
    rels = ['<Relationship Id="rIdH" Type="h" Target="header1.xml"/>' if header else "",
            '<Relationship Id="rIdF" Type="f" Target="footer1.xml"/>' if footer else ""]  # fmt: skip
    refs = ('<w:headerReference w:type="default" r:id="rIdH"/>' if header else "") + (
        '<w:footerReference w:type="default" r:id="rIdF"/>' if footer else ""
    )
    ns = (
        f'xmlns:w="{_W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels)
            + "</Relationships>",
        )
        archive.writestr(
            "word/document.xml", f"<w:document {ns}><w:body>{body}<w:sectPr>{refs}</w:sectPr></w:body></w:document>"
        )
        if header:
            archive.writestr("word/header1.xml", f"<w:hdr {ns}>{header}</w:hdr>")
        if footer:
            archive.writestr("word/footer1.xml", f"<w:ftr {ns}>{footer}</w:ftr>")
    return out.getvalue()


def _p(text: str, size: int | None = None, bold: bool = False) -> str:
    props = (f'<w:sz w:val="{size * 2}"/>' if size else "") + ("<w:b/>" if bold else "")
    return f'<w:p><w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _textbox(*paragraphs: str) -> str:
    box = f"<w:txbxContent>{''.join(paragraphs)}</w:txbxContent>"
    return (
        "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing>"
        f"{box}</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def test_docx_reads_header_table_text_box_and_footer_in_document_order() -> None:
    table = (
        "<w:tbl><w:tr><w:tc>" + _p("Email") + "</w:tc><w:tc>" + _p("wei.zhang@example.cn") + "</w:tc></w:tr>"
        "<w:tr><w:tc>" + _p("Phone") + "</w:tc><w:tc>" + _p("+86 138 0013 8000") + "</w:tc></w:tr></w:tbl>"
    )
    body = _p("Education", bold=True) + _p("MBBS, Peking University Health Science Center, 2021") + table
    body += _textbox(_p("Languages", bold=True), _p("Mandarin, English"))
    content = _docx(body, header=_p("Wei Zhang", size=22, bold=True), footer=_p("Page 1 of 2"))
    lines = [x.text for x in docx_text(content) if x.text.strip()]
    assert lines == [
        "Wei Zhang",
        "Education",
        "MBBS, Peking University Health Science Center, 2021",
        "Email | wei.zhang@example.cn",
        "Phone | +86 138 0013 8000",
        "Languages",  # the text box is read once, not again from its VML fallback
        "Mandarin, English",
        "Page 1 of 2",
    ]
    first = next(x for x in docx_text(content) if x.text)
    assert first.size == 22
    assert first.bold
    profile = parse_document(content)
    assert (profile["full_name"], profile["email"], profile["phone_e164"]) == (
        "Wei Zhang",
        "wei.zhang@example.cn",
        "+8613800138000",
    )
    assert profile["languages"] == ["Mandarin", "English"]  # as written: "Mandarin" alone is not renamed Chinese


def test_docx_part_is_inflated_in_chunks_and_reading_stops_at_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A member far larger than the cap: reading stops after the cap plus one chunk, whatever the directory says."""
    filler = "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 400_000  # ~14 MB of valid XML, compresses ~500:1
    content = _docx(filler)
    monkeypatch.setattr(docx_module, "MAX_PART", 1024 * 1024)
    read: list[int] = []
    original = zipfile.ZipExtFile.read

    def counting(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        assert n > 0, "a whole member must never be read at once"
        data = original(self, n)
        read.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        # A part whose declared size is over the cap is refused before a byte is inflated.
        with pytest.raises(DocxError, match="zip bomb refused"):
            docx_module.read_part(archive, "word/document.xml", docx_module.Budget(10**9))
        assert read == []
        # Under the part cap but over what the document may still inflate: reading stops at the budget.
        monkeypatch.setattr(docx_module, "MAX_PART", 20 * 1024 * 1024)
        with pytest.raises(DocxError, match="zip bomb refused"):
            docx_module.read_part(archive, "word/document.xml", docx_module.Budget(1024 * 1024))
    assert 1024 * 1024 < sum(read) <= 1024 * 1024 + docx_module._CHUNK


def test_docx_bomb_member_stays_small_in_memory(tmp_path: Path) -> None:
    """A 1 GB member of valid XML: refused, and the process never grows by more than a few MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(f'<w:document xmlns:w="{_W}"><w:body>'.encode())
            block = b" " * (1024 * 1024)
            for _ in range(1024):
                member.write(block)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(out.getvalue())
    script = (
        "import resource, sys\n"
        "from include.cv.document import parse_document\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        f"p = parse_document(open({str(bomb)!r}, 'rb').read())\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(p['error_reason']); print((after - before) // 1024)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    reason, grown_mb = done.stdout.split("\n")[:2]
    assert reason.startswith("zip bomb refused")
    assert int(grown_mb) < 64


# ------------------------------------------------------------------ OCR


needs_tesseract = pytest.mark.skipif(not ocr_module.available(), reason="tesseract-ocr is not installed")


@needs_tesseract
def test_scanned_cv_is_read_by_ocr_in_the_sandbox() -> None:
    with CvParserPool(1, timeout_s=120) as pool:
        profile = pool.parse(builders.scanned_cv(), "scan.pdf")
    assert profile["error"] is False
    assert profile["ocr"] is True
    assert profile["needs_ocr"] is False
    assert 50 < profile["ocr_confidence"] <= 100
    assert profile["full_name"] == "Priya Raghavan"
    assert profile["email"] == "priya.raghavan@example.com"
    assert profile["phone_e164"] == "+919840012345"
    assert profile["usmle_step2ck"] == 244


def test_without_tesseract_a_scan_needs_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr_module, "available", lambda: False)
    profile = parse_document(builders.scanned_cv())
    assert profile["needs_ocr"] is True
    assert profile["ocr"] is False
    assert profile["error"] is False
    assert profile["usce_months"] is None  # nothing was read: unknown, not zero


def test_parse_cv_command_takes_the_reference_date(tmp_path: Path) -> None:
    cv = tmp_path / "cv.txt"
    cv.write_text(
        "Lina Haddad\nlina.haddad@example.com\n\nUS Clinical Experience\n"
        "Observership in Internal Medicine, Cleveland Clinic, Cleveland, OH   Sep 2026 - Present\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "include.cli", "parse-cv", "--today", "2026-12-01", str(cv)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    profile = json.loads(done.stdout)
    assert profile["file"] == str(cv)
    assert profile["usce_entries"][0]["end"] == "2026-12"
    assert profile["usce_months"] == 4
    assert "sqlalchemy" not in done.stderr


def test_parse_cv_command_imports_neither_sqlalchemy_nor_airflow() -> None:
    script = (
        "import sys\nfrom include import cli\n"
        "sys.argv = ['cli', 'parse-cv', '--help']\n"
        "try:\n    cli.main(['parse-cv', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'airflow', 'pypdfium2', 'lxml'}))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (": ‘Oluwadamilare / Adebayo- ‘Smith", "Oluwadamilare Adebayo-Smith"),
        ("seun.bello@yahoo. com | $234 (0) 809 555 1234", "seun.bello@yahoo.com | +234 (0) 809 555 1234"),
        ("john©gmail.com", "john@gmail.com"),
        ("Email: aisha@example com", "Email: aisha@example.com"),
        ("MBBS 2014 - 2020", "MBBS 2014 - 2020"),
        ("marco.esposito.rad   gmail.cor", "marco.esposito.rad@gmail.com"),  # the "@" lost beside an icon
        ("shrestha.bpkihs@gqmail.com", "shrestha.bpkihs@gmail.com"),
        ("a.b@hotmail.co.uk", "a.b@hotmail.co.uk"),
        ("I use gmail. It is fine", "I use gmail. It is fine"),
    ],
)
def test_ocr_slips_on_contact_lines_are_repaired(read: str, meant: str) -> None:
    assert ocr_module.repair(read) == meant


def test_an_ocr_address_split_at_its_lost_at_sign_is_joined_on_its_line() -> None:
    # Tesseract reads the "@" icon of a designed CV as a gap: two fields, joined again with the "@".
    words = [("marco.esposito.rad", 100, 160), ("gmail.cor", 330, 90), ("Napoli", 600, 60)]
    data = {
        "text": [w for w, _, _ in words],
        "left": [x for _, x, _ in words],
        "width": [w for _, _, w in words],
        "top": [50] * 3,
        "height": [20] * 3,
        "conf": [90.0] * 3,
        "block_num": [1] * 3,
        "par_num": [1] * 3,
        "line_num": [1] * 3,
    }
    lines, _ = ocr_module._lines(data, 1, 1000, 1400)
    assert lines[0].text == "marco.esposito.rad@gmail.com   Napoli"
